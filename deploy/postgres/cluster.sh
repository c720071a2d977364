#!/usr/bin/env bash
# A private PostgreSQL cluster on loopback, for the tests (test.sh) and the multi-instance demo
# (deploy/multi/start.sh). It touches no system cluster: its files live in DIR, it listens on
# 127.0.0.1:PORT only, and it installs Debian's postgresql package first when it is missing.
#
#   deploy/postgres/cluster.sh start DIR PORT PASSWORD   # init on first use, then start (idempotent)
#   deploy/postgres/cluster.sh stop DIR
#
# PostgreSQL refuses to run as root: as root the server runs as the `postgres` user (made by the
# Debian package), otherwise as the calling user. The superuser is `postgres` with PASSWORD
# (scram-sha-256 over TCP); the Unix socket lives in DIR too.
set -euo pipefail

cmd=${1:?start|stop}
dir=${2:?DIR}

if [ "$(id -u)" = "0" ]; then SUDO=""; AS=(runuser -u postgres --); else SUDO="sudo"; AS=(); fi

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

case "$cmd" in
  start)
    port=${3:?PORT}
    password=${4:?PASSWORD}
    if [ -z "$(bindir)" ] || [ ! -x "$(bindir)/initdb" ]; then
      echo "Installing PostgreSQL (Debian package)..."
      $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null \
        || { echo "could not install postgresql"; exit 1; }
    fi
    bin=$(bindir)
    mkdir -p "$dir"
    if [ "${#AS[@]}" -gt 0 ]; then chown postgres:postgres "$dir"; fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      pwfile="$dir/.pw"
      printf '%s\n' "$password" >"$pwfile"
      if [ "${#AS[@]}" -gt 0 ]; then chown postgres:postgres "$pwfile"; fi
      chmod 600 "$pwfile"
      "${AS[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log"; exit 1; }
      rm -f "$pwfile"
    fi
    if "${AS[@]}" "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      exit 0
    fi
    # PG_FSYNC=off (test.sh) trades durability for speed on throw-away test data; the demo keeps it on.
    "${AS[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=300 -c fsync=${PG_FSYNC:-on}" start >/dev/null \
      || { tail -n 20 "$dir/server.log"; exit 1; }
    ;;
  stop)
    bin=$(bindir)
    if [ -n "$bin" ] && [ -f "$dir/data/PG_VERSION" ]; then
      "${AS[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    ;;
  *) echo "usage: $0 start DIR PORT PASSWORD | stop DIR" >&2; exit 2 ;;
esac
