#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on loopback for the tests that need a real
# one, and prints the URL to export as TOUCHPOINT_TEST_POSTGRES:
#
#   export TOUCHPOINT_TEST_POSTGRES="$(bash .ci/postgres.sh)"
#
# Uses Debian's postgresql package (installed by .ci/run). The cluster lives in a
# temporary folder, listens on 127.0.0.1 only, on a free port from 55432 up, and is
# owned by the `postgres` system user when run as root (the server refuses root).
# Stop it with: pg_ctl -D "$dir" stop  (the folder is printed on stderr).
#
# With --reuse, the server lives in a fixed folder (/tmp/touchpoint-test-pg) and a
# running one is reused: the test suite starts it that way when no URL is given, so
# repeated test runs share one server instead of leaving one behind each.
set -euo pipefail
reuse=""
[ "${1:-}" = "--reuse" ] && reuse=1

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$bin/initdb" ] || { echo "postgres.sh: no PostgreSQL server (apt install postgresql)" >&2; exit 1; }

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ -n "$reuse" ]; then
  dir=/tmp/touchpoint-test-pg
  if [ -f "$dir/url" ] && as_pg "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    cat "$dir/url"
    exit 0
  fi
  rm -rf "$dir"
  mkdir -m 700 "$dir"
else
  dir="$(mktemp -d /tmp/touchpoint-pg.XXXXXX)"
fi
[ "$(id -u)" = 0 ] && chown postgres: "$dir"
port=55432
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

password="tp-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
pwfile="$dir/pw"
printf '%s\n' "$password" >"$pwfile"
[ "$(id -u)" = 0 ] && chown postgres: "$pwfile"
as_pg "$bin/initdb" -D "$dir/data" -U touchpoint --pwfile="$pwfile" -A scram-sha-256 \
  -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
rm -f "$pwfile"
as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=100 -c fsync=on" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
echo "postgres.sh: server in $dir on 127.0.0.1:$port (stop: $bin/pg_ctl -D $dir/data stop)" >&2
url="postgres://touchpoint:$password@127.0.0.1:$port/postgres"
if [ -n "$reuse" ]; then (umask 077; echo "$url" >"$dir/url"); fi
echo "$url"
