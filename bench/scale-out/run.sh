#!/usr/bin/env bash
# Load figure for issue 13: USERS Chromium users autosaving for SECONDS through nginx to two
# instances on PostgreSQL (deploy/multi), then the same against one instance on SQLite.
# Prints a table: saves, saves/s, p50/p95 latency, errors, rows lost (stories whose stored
# Reflection is not exactly what was typed). Everything on loopback; stops what it started.
#
#   USERS=8 RUN_SECONDS=120 bench/scale-out/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
users="${USERS:-8}"
seconds="${RUN_SECONDS:-120}"
state="${IP_MULTI_STATE:-/tmp/interviewprep-multi}"
single_port="${IP_BENCH_SINGLE_PORT:-5221}"
out="${IP_BENCH_OUT:-$repo/artifacts/scale-out}"
mkdir -p "$out"

[ -d "$here/node_modules/playwright-core" ] || (cd "$here" && npm install --no-save --silent playwright-core@1.64.1 >/dev/null)

# 1. Two instances on PostgreSQL behind nginx.
"$repo/deploy/multi/start.sh"
BASE=http://localhost:${IP_MULTI_PORT:-5200} USERS="$users" RUN_SECONDS="$seconds" node "$here/autosave.js" >"$out/postgres.json"
PGPASSWORD="$(cat "$state/pg-app-password")" python3 "$here/check.py" postgres "$out/postgres.json" \
  "127.0.0.1" "${IP_MULTI_PG_PORT:-5210}" >"$out/postgres.txt"
"$repo/deploy/multi/stop.sh"

# 2. One instance on SQLite (the same published build), no proxy.
db="$out/single.db"
rm -f "$db" "$db"-*
ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Default="Data Source=$db" Content__Path="$repo/content" \
  Logging__LogLevel__Default=Warning nohup dotnet "$state/app/InterviewPrep.Web.dll" --contentRoot "$state/app" --urls "http://127.0.0.1:$single_port" >"$out/single.log" 2>&1 &
single_pid=$!
trap 'kill $single_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$single_port/health" || true)" = "200" ] && break; sleep 1; done
BASE=http://localhost:$single_port USERS="$users" RUN_SECONDS="$seconds" node "$here/autosave.js" >"$out/sqlite.json"
python3 "$here/check.py" sqlite "$out/sqlite.json" "$db" >"$out/sqlite.txt"
kill $single_pid; wait $single_pid 2>/dev/null || true

echo "| setup | users | seconds | saves | saves/s | p50 ms | p95 ms | errors | rows lost |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
echo "| 2 instances + nginx, PostgreSQL | $(cat "$out/postgres.txt") |"
echo "| 1 instance, SQLite | $(cat "$out/sqlite.txt") |"
