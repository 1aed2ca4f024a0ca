#!/usr/bin/env bash
# The whole test suite, twice: against SQLite, then against a private PostgreSQL 15 server that this
# script starts in a temporary directory (its own port and socket) and stops afterwards. Autovacuum is off
# there so that planner statistics change only when a test gathers them (on committed rows: ops/dbstats.py),
# never at a moment that depends on how long earlier tests took.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

echo "== Checks"
mkdir -p var  # the default SQLite database lives there; makemigrations --check reads its history
DEBUG=1 $BIN/python manage.py makemigrations --check --dry-run >/dev/null
env -u DEBUG SECRET_KEY="$(head -c 48 /dev/urandom | base64)" ALLOWED_HOSTS=archive.example.org \
  $BIN/python manage.py check --deploy --fail-level WARNING

echo "== Tests on SQLite"
env -u DATABASE_URL $BIN/python -m pytest "$@"

echo "== Tests on PostgreSQL"
tmp=$(mktemp -d /tmp/archive-pg.XXXXXX)
run_as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() { run_as_pg "$PG_BIN/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$tmp"; }
trap cleanup EXIT
[ "$(id -u)" -eq 0 ] && chown postgres "$tmp"
port=$($BIN/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
run_as_pg "$PG_BIN/initdb" -D "$tmp/data" -U archive --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
run_as_pg "$PG_BIN/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w \
  -o "-p $port -k $tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c autovacuum=off" \
  start >/dev/null
DATABASE_URL="postgres://archive@127.0.0.1:$port/postgres" $BIN/python -m pytest "$@"
