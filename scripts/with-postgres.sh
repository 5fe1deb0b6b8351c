#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server on loopback, when the machine has one:
# SARING_TEST_DATABASE_URL points at it. Without PostgreSQL the command runs all the same.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
PGDIR=""
cleanup() {
  if [ -n "$PGDIR" ]; then
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PGDIR"
  fi
}
trap cleanup EXIT
if [ -n "$PGBIN" ] && [ "$(id -u)" -eq 0 ] && id postgres >/dev/null 2>&1; then
  PGDIR=$(mktemp -d /tmp/saring-pg.XXXXXX)
  chown postgres "$PGDIR"
  PORT=$((20000 + RANDOM % 20000))
  runuser -u postgres -- "$PGBIN/initdb" -D "$PGDIR/data" -A trust -U saring >/dev/null
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGDIR" start >/dev/null
  export SARING_TEST_DATABASE_URL="postgresql+psycopg://saring@127.0.0.1:$PORT/postgres"
  echo "PostgreSQL test server on 127.0.0.1:$PORT"
else
  echo "warning: PostgreSQL not available: PostgreSQL runs are skipped" >&2
fi
"$@"
