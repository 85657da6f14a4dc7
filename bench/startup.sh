#!/usr/bin/env bash
# Start-up benchmark of the packaged backend.
#
# Starts backend/target/quarkus-app/quarkus-run.jar (H2 in a temp directory,
# demo data off, no Keycloak needed), measures the time until
# /q/health/live answers 200 and the resident memory (VmRSS) after ~5 s idle,
# compares both with the budgets and stops the backend.
#
#   bench/startup.sh            # port 18080
#   CHIBO_BENCH_PORT=18081 CHIBO_BENCH_IDLE=5 bench/startup.sh
#
# Budgets: ready < 5 s, RSS < 300 MB. Exit code 1 when a budget is missed.
set -euo pipefail

# shellcheck source=../scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
cd "$CHIBO_ROOT"

READY_BUDGET_MS=5000
RSS_BUDGET_MB=300
IDLE_S="${CHIBO_BENCH_IDLE:-5}"
CHIBO_API_PORT="${CHIBO_BENCH_PORT:-18080}"
CHIBO_MGMT_PORT=$((CHIBO_API_PORT + 1000))

[ -f "$CHIBO_BACKEND_JAR" ] || die "Missing $CHIBO_BACKEND_JAR: build it first with ./mvnw -B -DskipTests package"
find_java
require_ports_free "bench-API:$CHIBO_API_PORT" "bench-API-management:$CHIBO_MGMT_PORT"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/chibo-bench.XXXXXX")"
LOG="$TMP/backend.log"
cleanup() {
  local rc=$?
  trap - EXIT INT TERM HUP
  stop_all
  rm -rf "$TMP"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# Live: the application has started (readiness also waits for Keycloak, which this benchmark does not need).
URL="http://127.0.0.1:$CHIBO_MGMT_PORT/q/health/live"
T0="$(date +%s%N)"
start_backend "$TMP" false "$LOG"
READY_MS=""
while :; do
  if [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$URL" 2>/dev/null || true)" = "200" ]; then
    READY_MS=$(( ($(date +%s%N) - T0) / 1000000 ))
    break
  fi
  if ! kill -0 "$API_PID" 2>/dev/null; then
    tail -n 40 "$LOG" >&2
    die "The backend exited during start-up"
  fi
  if [ $(( ($(date +%s%N) - T0) / 1000000 )) -gt 60000 ]; then
    tail -n 40 "$LOG" >&2
    die "The backend was not ready after 60 s"
  fi
  sleep 0.05
done

sleep "$IDLE_S"
RSS_KB="$(awk '/^VmRSS:/ {print $2}' "/proc/$API_PID/status")"
RSS_MB=$(( RSS_KB / 1024 ))
QUARKUS_SAYS="$(grep -oE 'started in [0-9.]+s' "$LOG" | head -n 1 || true)"

verdict() { if [ "$1" -lt "$2" ]; then echo PASS; else echo FAIL; fi; }
READY_V="$(verdict "$READY_MS" "$READY_BUDGET_MS")"
RSS_V="$(verdict "$RSS_MB" "$RSS_BUDGET_MB")"

printf '\nStart-up benchmark (%s, Java %s, %s cores)\n' "$(basename "$CHIBO_BACKEND_JAR")" "$(java_major "$CHIBO_JAVA")" "$(nproc)"
printf '  time to ready      %6d ms   budget < %d ms   %s%s\n' "$READY_MS" "$READY_BUDGET_MS" "$READY_V" "${QUARKUS_SAYS:+   (Quarkus: $QUARKUS_SAYS)}"
printf '  RSS after %ss idle %6d MB   budget < %d MB    %s\n' "$IDLE_S" "$RSS_MB" "$RSS_BUDGET_MB" "$RSS_V"
if [ "$READY_V" = PASS ] && [ "$RSS_V" = PASS ]; then
  echo "Result: PASS"
else
  echo "Result: FAIL"
  exit 1
fi
