#!/usr/bin/env bash
# A backup of the application's PostgreSQL database and a restore of it, checked row by row count:
#   1. pg_dump -Fc of the database (a consistent snapshot; the backend may keep running while it is taken);
#   2. pg_restore into a new database (what a restore on another server does);
#   3. every table of the source and of the restored copy counted; any difference fails the check.
# Run it when nothing writes (deploy/up.sh --test runs it after stopping the replicas), or the live source
# may have moved on since the snapshot.
#
#   PG_BIN=/usr/lib/postgresql/15/bin PGHOST=127.0.0.1 PGPORT=55434 PGUSER=postgres deploy/backup-check.sh chibo /tmp/backups
# The dump stays in the backup folder (chibo-<date>.dump); the restored copy is dropped at the end.
set -euo pipefail

# shellcheck source=../scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"

DB="${1:-chibo}"
BACKUPS="${2:-$CHIBO_RUN_DIR/backups}"
[ -n "${PG_BIN:-}" ] || require_postgres
: "${PGHOST:?set PGHOST}" "${PGPORT:?set PGPORT}" "${PGUSER:?set PGUSER}"
export PGHOST PGPORT PGUSER
RESTORED="${DB}_restore_check"
mkdir -p "$BACKUPS"
DUMP="$BACKUPS/$DB-$(date -u +%Y%m%dT%H%M%SZ).dump"

counts() {
  "$PG_BIN/psql" -d "$1" -Atq -F ' ' -c "select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name" |
    while read -r table; do
      echo "$table $("$PG_BIN/psql" -d "$1" -Atq -c "select count(*) from public.\"$table\"")"
    done
}

started=$(date +%s%N)
"$PG_BIN/pg_dump" -Fc -f "$DUMP" "$DB"
dumped=$(date +%s%N)
PGOPTIONS="-c client_min_messages=warning" "$PG_BIN/psql" -d postgres -q -c "drop database if exists $RESTORED" -c "create database $RESTORED" >/dev/null
"$PG_BIN/pg_restore" --no-owner --exit-on-error -d "$RESTORED" "$DUMP"
restored=$(date +%s%N)

source_counts="$(counts "$DB")"
restored_counts="$(counts "$RESTORED")"
"$PG_BIN/psql" -d postgres -q -c "drop database $RESTORED" >/dev/null
if [ "$source_counts" != "$restored_counts" ]; then
  diff <(echo "$source_counts") <(echo "$restored_counts") >&2 || true
  die "The restored copy of $DB differs from the source (table row counts above: < source, > restored)"
fi
tables=$(echo "$source_counts" | wc -l)
rows=$(echo "$source_counts" | awk '{s += $2} END {print s}')
log "Backup and restore of $DB checked: $tables tables, $rows rows, the same in the restored copy;" \
  "dump $(( $(stat -c %s "$DUMP") / 1024 )) KB in $(( (dumped - started) / 1000000 )) ms, restore $(( (restored - dumped) / 1000000 )) ms ($DUMP)"
