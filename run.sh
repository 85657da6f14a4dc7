#!/usr/bin/env bash
# Runs the whole application locally: Keycloak (8180), backend API (8080), the
# single-page app (3000) and MailDev (SMTP 1025, web 1080), which catches the notice e-mails. Builds what is missing or stale first.
# Ctrl-C stops everything this script started.
#
# Environment overrides:
#   CHIBO_API_PORT (8080)  CHIBO_SPA_PORT (3000)  CHIBO_KC_PORT (8180)  CHIBO_KC_MGMT_PORT (9000)  CHIBO_MGMT_PORT (9080)
#   CHIBO_SMTP_PORT (1025)  CHIBO_MAIL_WEB_PORT (1080)
#   CHIBO_DATA_DIR (.run/data)   CHIBO_SKIP_BUILD=1 (never build)   CHIBO_REBUILD=1 (always build)
#   CHIBO_DEMO_DATA (true)       CHIBO_BACKEND_JAVA_OPTS (extra JVM options for the backend)
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/scripts/lib.sh"
cd "$CHIBO_ROOT"

DATA_DIR="${CHIBO_DATA_DIR:-$CHIBO_RUN_DIR/data}"
LOG_DIR="$CHIBO_RUN_DIR/logs"
DEMO_DATA="${CHIBO_DEMO_DATA:-true}"

find_java
find_node
mkdir -p "$DATA_DIR" "$LOG_DIR"
DATA_DIR="$(cd "$DATA_DIR" && pwd)"

require_ports_free "API:$CHIBO_API_PORT" "SPA:$CHIBO_SPA_PORT" "Keycloak:$CHIBO_KC_PORT" "Keycloak-management:$CHIBO_KC_MGMT_PORT" "API-management:$CHIBO_MGMT_PORT" \
  "MailDev-SMTP:$CHIBO_SMTP_PORT" "MailDev-web:$CHIBO_MAIL_WEB_PORT"

# 1. Build (only what is missing or older than its sources).
if [ "${CHIBO_SKIP_BUILD:-0}" != "1" ]; then
  if [ "${CHIBO_REBUILD:-0}" = "1" ] || build_needed; then
    maven_package
  else
    log "Build is up to date (CHIBO_REBUILD=1 forces a rebuild)"
  fi
fi
[ -f "$CHIBO_BACKEND_JAR" ] || die "Missing $CHIBO_BACKEND_JAR (build with ./mvnw -B -DskipTests package)"
[ -f "$CHIBO_SPA_DIST/index.html" ] || die "Missing $CHIBO_SPA_DIST/index.html (build with ./mvnw -B -DskipTests package)"

cleanup() {
  local rc=$?
  trap - EXIT INT TERM HUP
  if [ "${#CHIBO_PIDS[@]}" -gt 0 ]; then
    log "Stopping everything run.sh started..."
    stop_all
    log "Stopped."
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# 2. Keycloak.
fetch_keycloak "$CHIBO_RUN_DIR/keycloak"
keycloak_prepare "$KC_HOME"
start_keycloak "$KC_HOME" "$LOG_DIR/keycloak.log"

# 3. MailDev (the backend's SMTP server here) and the SPA (static files; ready at once).
start_maildev "$LOG_DIR/maildev.log"
wait_maildev "$LOG_DIR/maildev.log" || die "MailDev did not start."
write_spa_config
start_spa "$LOG_DIR/spa.log"
wait_spa "$LOG_DIR/spa.log" || die "The SPA server did not start."

# 4. Backend, once Keycloak is ready (it would start without it, since its OIDC
#    discovery is retried lazily, but with a noisy warning; on 2 cores starting
#    both at once is not faster anyway).
wait_keycloak "$LOG_DIR/keycloak.log" 300 || die "Keycloak did not start (log: $LOG_DIR/keycloak.log)."
log "Database: H2 file $DATA_DIR/chibo.mv.db (kept across restarts; delete $DATA_DIR to start over)"
start_backend "$DATA_DIR" "$DEMO_DATA" "$LOG_DIR/backend.log"
wait_backend "$LOG_DIR/backend.log" 180 || die "The backend did not start (log: $LOG_DIR/backend.log)."

cat <<EOF

==========================================================================
 Chi bộ is running
   Web app (SPA)   http://localhost:$CHIBO_SPA_PORT
   API             http://localhost:$CHIBO_API_PORT/api/v1
   Swagger UI      http://localhost:$CHIBO_API_PORT/q/swagger-ui
   Health, metrics http://127.0.0.1:$CHIBO_MGMT_PORT/q/health/ready  http://127.0.0.1:$CHIBO_MGMT_PORT/q/metrics
   Keycloak        http://localhost:$CHIBO_KC_PORT   (admin console: $CHIBO_KC_ADMIN_USER / $CHIBO_KC_ADMIN_PASSWORD)
   E-mail (MailDev) http://localhost:$CHIBO_MAIL_WEB_PORT   (notices e-mailed by the backend, SMTP 127.0.0.1:$CHIBO_SMTP_PORT)
   Account page    http://localhost:$CHIBO_KC_PORT/realms/$CHIBO_REALM/account
   Data            $DATA_DIR
   Logs            $LOG_DIR/{keycloak,backend,spa,maildev}.log
==========================================================================
EOF
node scripts/demo-accounts.mjs "http://localhost:$CHIBO_KC_PORT" "http://localhost:$CHIBO_API_PORT" 2>>"$LOG_DIR/spa.log" \
  || print_demo_accounts
cat <<EOF

Press Ctrl-C to stop everything.
EOF

# 5. Stay in the foreground until Ctrl-C or until one of the services dies.
while :; do
  for pid in "$KC_PID" "$API_PID" "$SPA_PID" "$MAIL_PID"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      case "$pid" in
        "$KC_PID") name=Keycloak; logf=keycloak.log ;;
        "$API_PID") name=Backend; logf=backend.log ;;
        "$MAIL_PID") name=MailDev; logf=maildev.log ;;
        *) name="SPA server"; logf=spa.log ;;
      esac
      warn "$name (PID $pid) exited unexpectedly; see $LOG_DIR/$logf"
      exit 1
    fi
  done
  sleep 2
done
