#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests: a fresh cluster in a temporary directory,
# trust authentication, listening on 127.0.0.1 only, fsync off. Nothing of the
# machine's own clusters is touched.
#
#   eval "$(scripts/pg-test-server.sh start)"   # exports SITREP_TEST_PG_URL, SITREP_TEST_PG_DIR
#   scripts/pg-test-server.sh stop [DIR]        # DIR defaults to $SITREP_TEST_PG_DIR
#
# The port is $PGPORT, or the first free one from 55432 on. As root, the server runs as
# the `postgres` user (initdb refuses to run as root). $PG_BIN overrides the directory
# of the server binaries (default: the newest /usr/lib/postgresql/*/bin).
set -euo pipefail

pg_bin() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$dir" ] && command -v pg_config >/dev/null 2>&1; then dir="$(pg_config --bindir)"; fi
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
    echo "pg-test-server: no PostgreSQL server binaries found (apt-get install -y postgresql, or set PG_BIN)" >&2
    exit 1
  fi
  echo "$dir"
}

# Runs a command as the owner of the cluster: postgres when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local bin dir port first last
  bin="$(pg_bin)"
  dir="$(mktemp -d "${SITREP_PG_TMP:-/tmp}/sitrep-pg.XXXXXX")"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir"; fi
  chmod 700 "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -A trust -U app -E UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    rm -rf "$dir"
    exit 1
  }
  if [ -n "${PGPORT:-}" ]; then first="$PGPORT"; last="$PGPORT"; else first=55432; last=55482; fi
  for ((port = first; port <= last; port++)); do
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null 2>&1; then
      "$bin/createdb" -h 127.0.0.1 -p "$port" -U app sitrep
      echo "export SITREP_TEST_PG_URL=postgres://app@127.0.0.1:$port/sitrep"
      echo "export SITREP_TEST_PG_DIR=$dir"
      return 0
    fi
  done
  echo "pg-test-server: could not start on ports $first-$last:" >&2
  tail -n 5 "$dir/server.log" >&2 || true
  rm -rf "$dir"
  exit 1
}

stop() {
  local bin dir="${1:-${SITREP_TEST_PG_DIR:-}}"
  if [ -z "$dir" ] || [ ! -f "$dir/data/PG_VERSION" ]; then
    echo "pg-test-server: $dir is not a test server directory" >&2
    exit 1
  fi
  bin="$(pg_bin)"
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-start}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *)
    echo "usage: $0 start | stop [DIR]" >&2
    exit 2
    ;;
esac
