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
find_java
require_ports_free "PostgreSQL:$PG_PORT" "API:$API_PORT"

PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  [ "$(id -u)" = "0" ] || die "PostgreSQL is not installed; install Debian's 'postgresql' package (as root)."
  log "Installing PostgreSQL from apt"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null \
    || die "Installing postgresql with apt failed"
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
fi

as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

TMP="$(mktemp -d "${TMPDIR:-/tmp}/chibo-pg.XXXXXX")"
chmod 755 "$TMP"
[ "$(id -u)" = "0" ] && chown postgres "$TMP"
LOG="$TMP/backend.log"
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_all
  as_pg "$PG_BIN/pg_ctl" -D "$TMP/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$TMP"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log "Building the backend for PostgreSQL (backend/target/quarkus-app-pg)"
./mvnw -B -q -pl backend package -DskipTests \
  -Dquarkus.datasource.db-kind=postgresql -Dquarkus.package.output-directory=quarkus-app-pg >&2 \
  || die "Building the PostgreSQL variant failed"
JAR="backend/target/quarkus-app-pg/quarkus-run.jar"
[ -f "$JAR" ] || die "Missing $JAR after the build"

log "Starting PostgreSQL ($PG_BIN) on 127.0.0.1:$PG_PORT"
as_pg "$PG_BIN/initdb" -D "$TMP/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
start_postgres() {
  as_pg "$PG_BIN/pg_ctl" -D "$TMP/data" -w -t 60 -l "$TMP/data/server.log" \
    -o "-p $PG_PORT -k $TMP -c listen_addresses=127.0.0.1" start >/dev/null
}
# One retry: on a busy 2-core machine the first start has been seen to time out.
start_postgres || { sleep 2; start_postgres; } || { tail -n 20 "$TMP/data/server.log" >&2; die "PostgreSQL did not start"; }
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "create database chibo" >/dev/null

start_on_postgres() {
  ("$CHIBO_JAVA" -Dquarkus.http.port="$API_PORT" -Dquarkus.http.host=127.0.0.1 \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:$PG_PORT/chibo" \
    -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password= \
    -Dchibo.data-dir="$TMP" -Dchibo.demo-data=true -jar "$JAR" >>"$LOG" 2>&1) &
  API_PID=$!
  register_pid "$API_PID"
  # Live, not ready: readiness also needs Keycloak, which this check does not start.
  wait_http "http://127.0.0.1:$API_PORT/q/health/live" 120 "$API_PID" "backend on PostgreSQL" "$LOG" \
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
