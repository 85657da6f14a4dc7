#!/usr/bin/env bash
# The production shape on one machine:
#   - PostgreSQL (Debian's package): the application's database `chibo` and Keycloak's own database `keycloak`;
#   - Keycloak in production mode (kc.sh build + start --optimized) on its PostgreSQL database;
#   - two backend replicas (the PostgreSQL build, profiles prod,cluster) sharing the database and the
#     document directory, started by deploy/replicas.mjs;
#   - nginx (Debian's package) in front: TLS termination with a self-signed certificate, gzip, the SPA's static
#     files (hashed assets cached for a year, index.html revalidated), /api/ balanced over the replicas.
#
#   deploy/up.sh          # keeps running until Ctrl-C; data kept in .run/deploy (CHIBO_DEPLOY_FRESH=1 starts over)
#   deploy/up.sh --test   # fresh data in a temp folder; runs the cluster test (deploy/replicas.mjs test) and
#                         # stops everything: a document stored through one replica is read through the other,
#                         # the daily job runs once per cluster, a rate budget spent on one replica is refused
#                         # on the other, and an API smoke run through nginx survives kill -9 of a replica;
#                         # then a pg_dump / pg_restore round trip with a row count check (deploy/backup-check.sh).
#
# Ports (override with the variables): nginx CHIBO_DEPLOY_HTTP (18100) and CHIBO_DEPLOY_HTTPS (18443), replicas
# CHIBO_DEPLOY_REPLICA1/2 (18101, 18102; management +1000), Keycloak CHIBO_DEPLOY_KC (18180; management 19180),
# PostgreSQL CHIBO_DEPLOY_PG (55434). CHIBO_DEPLOY_KEYCLOAK_URL=http://host:port uses a Keycloak already running
# with the chibo realm instead of starting one (./test.sh passes its own, which saves two minutes of CI).
# Needs the packaged SPA (./mvnw -B -DskipTests package); builds the
# PostgreSQL variant of the backend when it is missing or stale.
set -euo pipefail

# shellcheck source=../scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
cd "$CHIBO_ROOT"

MODE=serve
[ "${1:-}" = "--test" ] && MODE=test
HTTP_PORT="${CHIBO_DEPLOY_HTTP:-18100}"
HTTPS_PORT="${CHIBO_DEPLOY_HTTPS:-18443}"
REPLICA1="${CHIBO_DEPLOY_REPLICA1:-18101}"
REPLICA2="${CHIBO_DEPLOY_REPLICA2:-18102}"
PG_PORT="${CHIBO_DEPLOY_PG:-55434}"
# lib.sh's Keycloak helpers read these: Keycloak on its own ports, the realm's redirect URIs on nginx's.
CHIBO_KC_PORT="${CHIBO_DEPLOY_KC:-18180}"
CHIBO_KC_MGMT_PORT=$((CHIBO_KC_PORT + 1000))
CHIBO_SPA_PORT="$HTTP_PORT"

find_java
find_node
require_postgres
require_nginx
KEYCLOAK_URL="${CHIBO_DEPLOY_KEYCLOAK_URL:-}"
PORTS=("nginx:$HTTP_PORT" "nginx-TLS:$HTTPS_PORT" "replica-1:$REPLICA1" "replica-2:$REPLICA2"
  "replica-1-management:$((REPLICA1 + 1000))" "replica-2-management:$((REPLICA2 + 1000))" "PostgreSQL:$PG_PORT")
[ -n "$KEYCLOAK_URL" ] || PORTS+=("Keycloak:$CHIBO_KC_PORT" "Keycloak-management:$CHIBO_KC_MGMT_PORT")
require_ports_free "${PORTS[@]}"
[ -f "$CHIBO_SPA_DIST/index.html" ] || die "Missing $CHIBO_SPA_DIST/index.html: build with ./mvnw -B -DskipTests package"

if [ "$MODE" = test ]; then
  DEPLOY="$(mktemp -d "${TMPDIR:-/tmp}/chibo-deploy.XXXXXX")"
else
  DEPLOY="$CHIBO_RUN_DIR/deploy"
  [ "${CHIBO_DEPLOY_FRESH:-0}" = "1" ] && rm -rf "$DEPLOY"
  mkdir -p "$DEPLOY"
fi
# PostgreSQL runs as its own user and must reach its data folder inside.
chmod 755 "$DEPLOY"
LOGS="$DEPLOY/logs"
mkdir -p "$LOGS" "$DEPLOY/nginx/tmp" "$DEPLOY/nginx/tls" "$DEPLOY/spa" "$DEPLOY/shared"

NGINX_PID=""
cleanup() {
  local rc=$?
  trap - EXIT INT TERM HUP
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null
  stop_all
  stop_postgres "$DEPLOY/pg"
  [ "$MODE" = test ] && [ "$rc" = 0 ] && rm -rf "$DEPLOY"
  [ "$MODE" = test ] && [ "$rc" != 0 ] && warn "Logs kept in $LOGS"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# 1. The PostgreSQL build of the backend (the datasource kind is fixed at build time).
PG_JAR="$CHIBO_ROOT/backend/target/quarkus-app-pg/quarkus-run.jar"
if [ ! -f "$PG_JAR" ] || [ -n "$(find backend/src backend/pom.xml pom.xml -newer "$PG_JAR" -type f -print -quit)" ]; then
  PG_JAR="$(package_for_postgres)"
else
  log "PostgreSQL build is up to date: $PG_JAR"
fi

# 2. PostgreSQL with both databases.
mkdir -p "$DEPLOY/pg"
start_postgres "$DEPLOY/pg" "$PG_PORT"
for db in chibo keycloak; do
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -Atq -c "select 1 from pg_database where datname = '$db'" | grep -q 1 \
    || "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "create database $db" >/dev/null
done

# 3. Keycloak in production mode on its own database (unless one is given).
if [ -z "$KEYCLOAK_URL" ]; then
  fetch_keycloak "$CHIBO_RUN_DIR/deploy-keycloak"
  keycloak_prepare "$KC_HOME"
  start_keycloak_production "$KC_HOME" "jdbc:postgresql://127.0.0.1:$PG_PORT/keycloak" "$LOGS/keycloak.log"
  KEYCLOAK_URL="http://localhost:$CHIBO_KC_PORT"
else
  log "Using the Keycloak at $KEYCLOAK_URL"
fi

# 4. The SPA as nginx serves it, with its runtime config: API and app on the same origin.
cp -r "$CHIBO_SPA_DIST/." "$DEPLOY/spa/"
cat >"$DEPLOY/spa/config.json" <<EOF
{"apiBaseUrl":"http://localhost:$HTTP_PORT","keycloakUrl":"$KEYCLOAK_URL","realm":"$CHIBO_REALM","clientId":"chibo-spa"}
EOF

# 5. nginx: a self-signed certificate for the TLS example, then the configuration from the template.
if [ ! -f "$DEPLOY/nginx/tls/cert.pem" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj "/CN=localhost" \
    -keyout "$DEPLOY/nginx/tls/key.pem" -out "$DEPLOY/nginx/tls/cert.pem" >/dev/null 2>&1 \
    || die "openssl could not make the self-signed certificate"
fi
write_nginx_config "$DEPLOY/nginx" "$DEPLOY/spa" "$HTTP_PORT" "$HTTPS_PORT" "$REPLICA1" "$REPLICA2"
log "Starting nginx on http://localhost:$HTTP_PORT and https://localhost:$HTTPS_PORT (log: $DEPLOY/nginx/error.log)"
/usr/sbin/nginx -p "$DEPLOY/nginx" -c "$DEPLOY/nginx/nginx.conf" -g 'daemon off;' >"$LOGS/nginx.log" 2>&1 </dev/null &
NGINX_PID=$!
wait_http "http://127.0.0.1:$HTTP_PORT/" 20 "$NGINX_PID" nginx "$LOGS/nginx.log" || die "nginx did not start"

if [ -n "${KC_PID:-}" ]; then
  wait_keycloak "$LOGS/keycloak.log" 300 || die "Keycloak did not start (log: $LOGS/keycloak.log)"
fi

# 6. The replicas (deploy/replicas.mjs starts, watches and stops them; in test mode it also runs the checks).
export DEPLOY_MODE="$MODE" DEPLOY_JAR="$PG_JAR" DEPLOY_DIR="$DEPLOY" DEPLOY_LOGS="$LOGS" \
  DEPLOY_PROXY="http://127.0.0.1:$HTTP_PORT" DEPLOY_PROXY_TLS="https://127.0.0.1:$HTTPS_PORT" \
  DEPLOY_REPLICAS="$REPLICA1,$REPLICA2" DEPLOY_PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/chibo" \
  DEPLOY_PSQL="$PG_BIN/psql -h 127.0.0.1 -p $PG_PORT -U postgres -d chibo" \
  CHIBO_KEYCLOAK_URL="$KEYCLOAK_URL" CHIBO_REALM CHIBO_JAVA
node deploy/replicas.mjs

# 7. In test mode, once the replicas have stopped: a backup (pg_dump) restored into a new database, row counts equal.
if [ "$MODE" = test ]; then
  PG_BIN="$PG_BIN" PGHOST=127.0.0.1 PGPORT="$PG_PORT" PGUSER=postgres deploy/backup-check.sh chibo "$DEPLOY/backups"
fi
