#!/usr/bin/env bash
# Start-up to the first 200 on / of InterviewPrep against a bare `dotnet new web` app, both
# published Release the same way (linux-x64, framework-dependent, ReadyToRun) and started the same
# way (apphost, Production), RUNS
# times each, interleaved; prints every run and the medians. A fresh database each run would
# measure migrations; the app's database is created once and reused, as on a real restart.
#
#   bench/startup/run.sh            # 7 runs each
#   RUNS=11 bench/startup/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
RUNS=${RUNS:-7}
OUT=${OUT:-/tmp/interviewprep-bench-startup}
mkdir -p "$OUT"

if [[ -z "${IP_BENCH_NO_PUBLISH:-}" ]]; then
  # For a runtime, framework-dependent: the app's ReadyToRun switch (InterviewPrep.Web.csproj) applies.
  dotnet publish src/InterviewPrep.Web -c Release -r linux-x64 --self-contained false -o "$OUT/app" --nologo -v q >/dev/null
  rm -rf "$OUT/bare-src"
  dotnet new web -o "$OUT/bare-src" -n Bare --no-restore >/dev/null
  dotnet publish "$OUT/bare-src" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/bare" --nologo -v q >/dev/null
fi

export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
export Content__Path="$ROOT/content" ConnectionStrings__Default="Data Source=$OUT/startup.db"
# One start to create and migrate the database, not timed.
python3 bench/startup/first200.py 1 warm="cd $OUT/app && exec ./InterviewPrep.Web --urls \$URL" >/dev/null
python3 bench/startup/first200.py "$RUNS" \
  bare="cd $OUT/bare && exec ./Bare --urls \$URL" \
  interviewprep="cd $OUT/app && exec ./InterviewPrep.Web --urls \$URL"
