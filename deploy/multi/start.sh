#!/usr/bin/env bash
# Starts InterviewPrep as several instances behind nginx, on loopback:
#   PostgreSQL (a private cluster, deploy/postgres/cluster.sh)   127.0.0.1:$IP_MULTI_PG_PORT   (5210)
#   app instance 1..N (Release publish, Database:Provider=Postgres) 127.0.0.1:5211, 5212, ...
#   nginx (deploy/multi/nginx.conf.template)                      http://localhost:$IP_MULTI_PORT (5200)
# Every instance shares the database and the Data Protection key ring in it. State (database,
# logs, pid files, the published app) lives in $IP_MULTI_STATE (/tmp/interviewprep-multi) and
# survives stop.sh; `stop.sh --wipe` removes it. Installs postgresql and nginx with apt-get when
# missing. Re-running start.sh starts whatever is not running.
#
#   deploy/multi/start.sh            # two instances
#   IP_MULTI_INSTANCES=3 deploy/multi/start.sh
#   IP_MULTI_NO_PUBLISH=1 deploy/multi/start.sh   # reuse the last publish
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
state="${IP_MULTI_STATE:-/tmp/interviewprep-multi}"
port="${IP_MULTI_PORT:-5200}"
pg_port="${IP_MULTI_PG_PORT:-5210}"
first_app_port="${IP_MULTI_APP_PORT:-5211}"
instances="${IP_MULTI_INSTANCES:-2}"
mkdir -p "$state/tmp"

if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
if [ ! -x "$nginx_bin" ]; then
  echo "Installing nginx (Debian package)..."
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx >/dev/null
  nginx_bin=/usr/sbin/nginx
fi

# 1. PostgreSQL, with a role and a database for the app (not the superuser).
[ -f "$state/pg-superuser-password" ] || od -An -N12 -tx4 /dev/urandom | tr -d ' \n' >"$state/pg-superuser-password"
[ -f "$state/pg-app-password" ] || od -An -N12 -tx4 /dev/urandom | tr -d ' \n' >"$state/pg-app-password"
chmod 600 "$state"/pg-*-password
"$repo/deploy/postgres/cluster.sh" start "$state/pg" "$pg_port" "$(cat "$state/pg-superuser-password")"
app_password="$(cat "$state/pg-app-password")"
export PGPASSWORD="$(cat "$state/pg-superuser-password")"
psql_admin=(psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA)
if [ -z "$("${psql_admin[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = 'interviewprep'")" ]; then
  "${psql_admin[@]}" -c "CREATE ROLE interviewprep LOGIN PASSWORD '$app_password'"
fi
if [ -z "$("${psql_admin[@]}" -c "SELECT 1 FROM pg_database WHERE datname = 'interviewprep'")" ]; then
  "${psql_admin[@]}" -c "CREATE DATABASE interviewprep OWNER interviewprep"
fi
unset PGPASSWORD
connection="Host=127.0.0.1;Port=$pg_port;Database=interviewprep;Username=interviewprep;Password=$app_password;Maximum Pool Size=50"

# 2. The app, published once (Release; the published folder serves its own static files).
if [ -z "${IP_MULTI_NO_PUBLISH:-}" ] || [ ! -f "$state/app/InterviewPrep.Web.dll" ]; then
  echo "Publishing the app (Release) to $state/app..."
  dotnet publish "$repo/src/InterviewPrep.Web" -c Release -o "$state/app" -v q -nologo >"$state/publish.log" 2>&1 \
    || { tail -n 30 "$state/publish.log"; exit 1; }
fi

wait_healthy() { # URL SECONDS
  for _ in $(seq 1 "$2"); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)" = "200" ]; then return 0; fi
    sleep 1
  done
  return 1
}

servers=""
for i in $(seq 1 "$instances"); do
  app_port=$((first_app_port + i - 1))
  servers+="        server 127.0.0.1:$app_port max_fails=1 fail_timeout=10s;"$'\n'
  pidfile="$state/app-$i.pid"
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then continue; fi
  # One at a time: the first start migrates the database and creates the shared key.
  nohup env ASPNETCORE_ENVIRONMENT=Production \
    Database__Provider=Postgres \
    ConnectionStrings__Default="$connection" \
    DataProtection__Store=Database \
    Content__Path="$repo/content" \
    Logging__LogLevel__Default=Warning \
    Logging__LogLevel__Microsoft.Hosting.Lifetime=Information \
    dotnet "$state/app/InterviewPrep.Web.dll" --contentRoot "$state/app" --urls "http://127.0.0.1:$app_port" >"$state/app-$i.log" 2>&1 &
  echo $! >"$pidfile"
  wait_healthy "http://127.0.0.1:$app_port/health" 90 || { echo "instance $i did not become healthy:"; tail -n 20 "$state/app-$i.log"; exit 1; }
  echo "instance $i: http://127.0.0.1:$app_port (pid $(cat "$pidfile"), log $state/app-$i.log)"
done

# 3. nginx in front.
sed -e "s#@STATE@#$state#g" -e "s#@LISTEN@#127.0.0.1:$port#g" "$repo/deploy/multi/nginx.conf.template" \
  | awk -v servers="$servers" '{ if ($0 == "@SERVERS@") printf "%s", servers; else print }' >"$state/nginx.conf"
"$nginx_bin" -t -q -p "$state" -c "$state/nginx.conf" -e "$state/nginx-error.log"
if [ -f "$state/nginx.pid" ] && kill -0 "$(cat "$state/nginx.pid")" 2>/dev/null; then
  "$nginx_bin" -p "$state" -c "$state/nginx.conf" -e "$state/nginx-error.log" -s reload
else
  "$nginx_bin" -p "$state" -c "$state/nginx.conf" -e "$state/nginx-error.log"
fi
wait_healthy "http://127.0.0.1:$port/health" 30 || { echo "nginx does not answer on $port"; exit 1; }
echo "nginx: http://localhost:$port  (stop with deploy/multi/stop.sh)"
