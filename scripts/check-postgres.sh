#!/usr/bin/env bash
# Proves that the Flyway migrations and the entity mapping work on PostgreSQL, the production
# database: builds the backend for PostgreSQL (backend/target/quarkus-app-pg), starts a throwaway
# PostgreSQL server in a temp directory (installing Debian's package when absent), starts the
# backend on it with demo data (migrate, validate the schema, load data), restarts it once (an
# existing schema validates, demo data is not loaded twice), then stops everything it started.
# With CHIBO_KEYCLOAK_URL set (test.sh), it also runs scripts/crash-test.mjs on PostgreSQL.
#
#   scripts/check-postgres.sh        # port 55432 for PostgreSQL, 18090 for the backend
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$CHIBO_ROOT"

PG_PORT="${CHIBO_PG_PORT:-55432}"
API_PORT="${CHIBO_PG_API_PORT:-18090}"
MGMT_PORT=$((API_PORT + 1000))
find_java
require_ports_free "PostgreSQL:$PG_PORT" "API:$API_PORT" "API-management:$MGMT_PORT"

require_postgres

TMP="$(mktemp -d "${TMPDIR:-/tmp}/chibo-pg.XXXXXX")"
LOG="$TMP/backend.log"
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_all
  stop_postgres "$TMP"
  rm -rf "$TMP"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

JAR="$(package_for_postgres)"

start_postgres "$TMP" "$PG_PORT"
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "create database chibo" >/dev/null

start_on_postgres() {
  ("$CHIBO_JAVA" -Dquarkus.http.port="$API_PORT" -Dquarkus.http.host=127.0.0.1 -Dquarkus.management.port="$MGMT_PORT" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:$PG_PORT/chibo" \
    -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password= \
    -Dchibo.data-dir="$TMP" -Dchibo.demo-data=true -jar "$JAR" >>"$LOG" 2>&1) &
  API_PID=$!
  register_pid "$API_PID"
  # Live, not ready: readiness also needs Keycloak, which this check does not start.
  wait_http "http://127.0.0.1:$MGMT_PORT/q/health/live" 120 "$API_PID" "backend on PostgreSQL" "$LOG" \
    || die "The backend did not start on PostgreSQL"
}

start_on_postgres
grep -q "Demo data loaded" "$LOG" || die "The demo data was not loaded on PostgreSQL"
stop_all
start_on_postgres
stop_all
[ "$(grep -c "Demo data loaded" "$LOG")" = "1" ] || die "The demo data was loaded twice"
COUNTS="$("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d chibo -At \
  -c "select (select count(*) from organization) || ' organisations, ' || (select count(*) from member) || ' members'")"
log "PostgreSQL check passed: migrations applied, schema validated twice, $COUNTS"

# With a Keycloak to sign in to (test.sh passes CHIBO_KEYCLOAK_URL), the kill -9 crash test runs on
# PostgreSQL too: every acknowledged write must be there after each restart.
if [ -n "${CHIBO_KEYCLOAK_URL:-}" ]; then
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "create database chibo_crash" >/dev/null
  log "Waiting for Keycloak at $CHIBO_KEYCLOAK_URL for the crash test on PostgreSQL"
  for _ in $(seq 1 300); do
    curl -sf -o /dev/null "$CHIBO_KEYCLOAK_URL/realms/${CHIBO_REALM:-chibo}" && break
    sleep 1
  done
  CHIBO_JAVA="$CHIBO_JAVA" CRASH_JAR="$JAR" CRASH_PORT="${CHIBO_PG_CRASH_PORT:-18093}" \
    CRASH_JAVA_OPTS="-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:$PG_PORT/chibo_crash -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password=" \
    node scripts/crash-test.mjs || die "Acknowledged writes were lost after kill -9 on PostgreSQL"
fi
