#!/usr/bin/env bash
# Makes release-2026-12.db, the upgrade fixture: a database created by the migrations of the
# 2026-12 release (the four hand-written ones and AddModelSnapshot) holding release-2026-12.sql.
# Run once per release whose database later releases must upgrade, then commit the .db; never
# regenerate an existing fixture (it stands for databases already out there).
# Needs `dotnet tool restore` and sqlite3 (apt-get install -y sqlite3).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
out="$here/release-2026-12.db"
last="20261202022023_AddModelSnapshot"

cd "$root"
rm -f "$out" "$out-wal" "$out-shm"
dotnet tool restore >/dev/null
dotnet ef database update "$last" --project src/InterviewPrep.Data --startup-project src/InterviewPrep.Data \
  --connection "Data Source=$out"
sqlite3 "$out" < "$here/release-2026-12.sql"
# A plain rollback-journal file, compacted: the test copies this one file.
sqlite3 "$out" "PRAGMA journal_mode=DELETE; VACUUM;" >/dev/null
ls -l "$out"
