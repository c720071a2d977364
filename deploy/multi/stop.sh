#!/usr/bin/env bash
# Stops what deploy/multi/start.sh started (nginx, the app instances, PostgreSQL), by the pid
# files in its state folder. `--wipe` also deletes the state: database, logs, published app.
set -uo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
state="${IP_MULTI_STATE:-/tmp/interviewprep-multi}"
[ -d "$state" ] || exit 0

nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
if [ -f "$state/nginx.pid" ] && kill -0 "$(cat "$state/nginx.pid")" 2>/dev/null; then
  "$nginx_bin" -p "$state" -c "$state/nginx.conf" -e "$state/nginx-error.log" -s quit
fi
for pidfile in "$state"/app-*.pid; do
  [ -e "$pidfile" ] || continue
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
  rm -f "$pidfile"
done
"$repo/deploy/postgres/cluster.sh" stop "$state/pg"
if [ "${1:-}" = "--wipe" ]; then rm -rf "$state"; fi
echo "stopped"
