#!/usr/bin/env bash
# RSS per live editor circuit: publishes Release, starts the app (Production, its own database),
# runs measure.js (10, 25, 50 Chromium pages) and prints the points and the fitted KB per circuit.
#   bench/circuits/run.sh            (COUNTS=10,25,50; extra env such as DOTNET_gcServer=1 passes through)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
PORT=${PORT:-5497}
OUT=${OUT:-/tmp/interviewprep-bench-circuits}
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is taken; set PORT"; exit 1; fi
mkdir -p "$OUT"
[[ -n "${IP_BENCH_NO_PUBLISH:-}" ]] || dotnet publish src/InterviewPrep.Web -c Release -r linux-x64 --self-contained false -o "$OUT/app" --nologo -v q >/dev/null
[[ -d bench/circuits/node_modules/playwright-core ]] || (cd bench/circuits && npm i --no-save --silent playwright-core@1.64.1)
rm -f "$OUT"/circuits.db*
(cd "$OUT/app" && ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Content__Path="$ROOT/content" \
  ConnectionStrings__Default="Data Source=$OUT/circuits.db" exec ./InterviewPrep.Web --urls "http://127.0.0.1:$PORT") >"$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/health" && break; sleep 0.5; done
BASE="http://127.0.0.1:$PORT" PID=$APP node bench/circuits/measure.js
