#!/usr/bin/env bash
# Requests per second of a theme page against a static file (a fingerprinted CSS file) in the
# same wrk run, with and without "Accept-Encoding: gzip, br", REPEAT rounds; prints each round and
# the median ratio. The app is published Release and run from its publish folder, as deployed.
#
#   bench/pages/run.sh                      # 3 rounds of 10 s, 32 connections
#   REPEAT=5 DURATION=15s bench/pages/run.sh
#   IP_BENCH_NO_PUBLISH=1 bench/pages/run.sh  # reuse the last publish
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
REPEAT=${REPEAT:-3}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
PORT=${PORT:-5490}
PAGE=${PAGE:-/principles/dive-deep}
OUT=${OUT:-/tmp/interviewprep-bench-pages}
command -v wrk >/dev/null || { echo "needs wrk (apt-get install -y wrk)"; exit 1; }

if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is taken; set PORT"; exit 1; fi
mkdir -p "$OUT"
if [[ -z "${IP_BENCH_NO_PUBLISH:-}" ]]; then
  dotnet publish src/InterviewPrep.Web -c Release -o "$OUT/app" --nologo -v q >/dev/null
fi
rm -f "$OUT"/bench.db*
(cd "$OUT/app" && ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  Content__Path="$ROOT/content" ConnectionStrings__Default="Data Source=$OUT/bench.db" exec ./InterviewPrep.Web --urls "http://127.0.0.1:$PORT") >"$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 120); do curl -sf -o /dev/null "$BASE/health" && break; sleep 0.5; done

# The static file: whatever fingerprinted app.css the page links to.
CSS=$(curl -s "$BASE$PAGE" | grep -o 'css/app\.[a-z0-9]*\.css' | head -1)
[[ -n "$CSS" ]] || { echo "no css link found on $PAGE"; exit 1; }
echo "page $PAGE ($(curl -s "$BASE$PAGE" | wc -c) bytes, $(curl -s -H 'Accept-Encoding: gzip, br' "$BASE$PAGE" | wc -c) compressed)" \
  "vs /$CSS ($(curl -s "$BASE/$CSS" | wc -c) bytes, $(curl -s -H 'Accept-Encoding: gzip, br' "$BASE/$CSS" | wc -c) compressed)"
rps() { wrk -t2 -c"$CONNECTIONS" -d"$DURATION" "$@" | awk '/Requests\/sec/ {print $2}'; }
# Warm both (JIT, output cache).
wrk -t2 -c"$CONNECTIONS" -d3s "$BASE$PAGE" >/dev/null; wrk -t2 -c"$CONNECTIONS" -d3s "$BASE/$CSS" >/dev/null

declare -a plain compressed
for i in $(seq 1 "$REPEAT"); do
  p=$(rps "$BASE$PAGE"); s=$(rps "$BASE/$CSS")
  pc=$(rps -H 'Accept-Encoding: gzip, br' "$BASE$PAGE"); sc=$(rps -H 'Accept-Encoding: gzip, br' "$BASE/$CSS")
  r=$(echo "$p / $s" | bc -l); rc=$(echo "$pc / $sc" | bc -l)
  printf 'round %d: identity page %8.0f static %8.0f ratio %.2f | gzip,br page %8.0f static %8.0f ratio %.2f | load %s\n' \
    "$i" "$p" "$s" "$r" "$pc" "$sc" "$rc" "$(cut -d' ' -f1 /proc/loadavg)"
  plain+=("$r"); compressed+=("$rc")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
printf 'median ratio theme page / static file: identity %.2f, gzip+br %.2f\n' "$(median "${plain[@]}")" "$(median "${compressed[@]}")"
