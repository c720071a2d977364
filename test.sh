#!/usr/bin/env bash
# Runs every test of InterviewPrep: unit, HTTP, CLI and browser (Playwright in Debian's Chromium).
# Installs Chromium, nginx and PostgreSQL with apt-get when they are missing and starts a private
# PostgreSQL cluster on loopback for the provider tests, so a fresh machine needs nothing by hand.
# Ends with one line "N passed, N failed" counted from the TRX result files.
set -uo pipefail
cd "$(dirname "$0")"

if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Chromium (Debian package) for the browser tests..."
  if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null \
    || { echo "could not install chromium"; exit 1; }
fi

# nginx (Debian package) for the multi-instance browser test (tests/InterviewPrep.E2E/MultiInstanceTests.cs).
if [ -z "${NGINX_PATH:-}" ] && ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  echo "Installing nginx (Debian package) for the multi-instance tests..."
  if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx >/dev/null \
    || { echo "could not install nginx"; exit 1; }
fi

# PostgreSQL for the provider tests: a throw-away cluster on 127.0.0.1 (installed with apt-get when
# missing; see deploy/postgres/cluster.sh), unless INTERVIEWPREP_TEST_POSTGRES names a server already.
if [ -z "${INTERVIEWPREP_TEST_POSTGRES:-}" ]; then
  pg_port="${IP_TEST_PG_PORT:-5232}"
  pg_dir="${TMPDIR:-/tmp}/interviewprep-test-pg-$pg_port"
  pg_password="test-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
  deploy/postgres/cluster.sh stop "$pg_dir"
  rm -rf "$pg_dir"
  PG_FSYNC=off deploy/postgres/cluster.sh start "$pg_dir" "$pg_port" "$pg_password" || { echo "could not start PostgreSQL"; echo "0 passed, 1 failed"; exit 1; }
  trap 'deploy/postgres/cluster.sh stop "$pg_dir"; rm -rf "$pg_dir"' EXIT
  export INTERVIEWPREP_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$pg_password"
fi

results="$(pwd)/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

dotnet test InterviewPrep.sln --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or a test host failed before any result was written: that is a failure too.
  failed=1
fi

echo "${passed} passed, ${failed} failed"
exit "$status"
