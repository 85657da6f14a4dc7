#!/usr/bin/env bash
# Start-up benchmark of the packaged backend: a restart on a database that already holds the demo.
#
# Conditions (printed with the figures):
#   1. preparation, not timed: backend/target/quarkus-app/quarkus-run.jar starts once on a fresh H2
#      database in a temp directory with the demo data (chibo.demo-data=true, its year of history), so
#      Flyway migrates and the demo loader fills it; then it is stopped cleanly (H2 compacts the file);
#   2. CHIBO_BENCH_RUNS (5) timed restarts on that same data directory, demo data still on (the loader
#      finds the demo and does nothing), with the JVM options every start uses (scripts/lib.sh
#      backend_java_command: backend/jvm.options and the build's AOT cache when there is one). Each
#      is timed from the launch of java until /q/health/live answers 200 on the management port
#      (readiness also waits for Keycloak, which is not needed here: OIDC discovery is retried later),
#      then its resident memory (VmRSS) is read after CHIBO_BENCH_IDLE (5) seconds idle;
#   3. one more restart with -Dquarkus.debug.print-startup-times=true, not timed, for the breakdown:
#      the longest runtime steps of Quarkus' start (Hibernate, Flyway, validator, OIDC, start-up observers).
#
#   bench/startup.sh            # ports 18080 (API) and 19080 (management)
#   CHIBO_BENCH_PORT=18081 CHIBO_BENCH_RUNS=3 CHIBO_BENCH_IDLE=5 bench/startup.sh
#   CHIBO_BENCH_OPTS='-Dquarkus.flyway.validate-on-migrate=false' bench/startup.sh   # compare a setting
#
# Budgets (issue 11): the median restart live < 5 s, its RSS < 300 MB. Exit code 1 when one is missed.
# On a shared machine run it alone (e.g. under the build lock): other builds on the same cores slow it down.
set -euo pipefail

# shellcheck source=../scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
cd "$CHIBO_ROOT"

READY_BUDGET_MS=5000
RSS_BUDGET_MB=300
IDLE_S="${CHIBO_BENCH_IDLE:-5}"
RUNS="${CHIBO_BENCH_RUNS:-5}"
# Extra JVM options for the timed restarts, to compare settings (e.g. CHIBO_BENCH_OPTS='-Dx=y -Dz=w').
read -r -a EXTRA_OPTS <<<"${CHIBO_BENCH_OPTS:-}"
CHIBO_API_PORT="${CHIBO_BENCH_PORT:-18080}"
CHIBO_MGMT_PORT=$((CHIBO_API_PORT + 1000))

[ -f "$CHIBO_BACKEND_JAR" ] || die "Missing $CHIBO_BACKEND_JAR: build it first with ./mvnw -B -DskipTests package"
find_java
require_ports_free "bench-API:$CHIBO_API_PORT" "bench-API-management:$CHIBO_MGMT_PORT"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/chibo-bench.XXXXXX")"
DATA="$TMP/data"
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

URL="http://127.0.0.1:$CHIBO_MGMT_PORT/q/health/live"

# start_live LOG [options...] -> starts the backend on $DATA with the demo on and waits until it is live;
# sets LIVE_MS (from the launch).
start_live() {
  local logfile="$1" t0; shift
  t0="$(date +%s%N)"
  start_backend "$DATA" true "$logfile" "$@"
  while :; do
    if [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$URL" 2>/dev/null || true)" = "200" ]; then
      LIVE_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
      return 0
    fi
    if ! kill -0 "$API_PID" 2>/dev/null; then
      tail -n 40 "$logfile" >&2
      die "The backend exited during start-up"
    fi
    if [ $(( ($(date +%s%N) - t0) / 1000000 )) -gt 600000 ]; then
      tail -n 40 "$logfile" >&2
      die "The backend was not live after 600 s"
    fi
    sleep 0.05
  done
}

log "Preparation (not timed): first start on an empty database, loading the demo data"
start_live "$TMP/prepare.log"
PREPARED="$(grep -oE 'Demo data loaded as of [0-9-]+: [0-9]+ organisations, [0-9]+ members(, [0-9]+ meetings)?' "$TMP/prepare.log" | head -n 1 || true)"
[ -n "$PREPARED" ] || { tail -n 40 "$TMP/prepare.log" >&2; die "The demo data was not loaded"; }
log "First start with the demo load took $((LIVE_MS / 1000)) s; stopping (H2 compacts the file)"
stop_all

LIVES=() RSSES=()
for run in $(seq 1 "$RUNS"); do
  start_live "$TMP/run-$run.log" "${EXTRA_OPTS[@]}"
  sleep "$IDLE_S"
  rss_kb="$(awk '/^VmRSS:/ {print $2}' "/proc/$API_PID/status")"
  LIVES+=("$LIVE_MS"); RSSES+=("$((rss_kb / 1024))")
  log "Restart $run: live after $LIVE_MS ms ($(grep -oE 'started in [0-9.]+s' "$TMP/run-$run.log" | head -n 1 || true)), RSS $((rss_kb / 1024)) MB"
  stop_all
done

log "One more restart for the breakdown (quarkus.debug.print-startup-times, not timed)"
start_live "$TMP/breakdown.log" "${EXTRA_OPTS[@]}" -Dquarkus.debug.print-startup-times=true
stop_all

# min and median of a list of integers
stats() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {printf "%d %d %d", v[1], v[int((NR+1)/2)], v[NR]}'; }
read -r LIVE_MIN LIVE_MED LIVE_MAX <<<"$(stats "${LIVES[@]}")"
read -r RSS_MIN RSS_MED RSS_MAX <<<"$(stats "${RSSES[@]}")"
verdict() { if [ "$1" -lt "$2" ]; then echo PASS; else echo FAIL; fi; }
READY_V="$(verdict "$LIVE_MED" "$READY_BUDGET_MS")"
RSS_V="$(verdict "$RSS_MED" "$RSS_BUDGET_MB")"
mapfile -t JAVA_COMMAND < <(backend_java_command "$CHIBO_BACKEND_JAR" 2>/dev/null)
# Whether the identity provider answered: when it does, OIDC fetches its discovery document and keys during
# the start, and a Keycloak on the same cores competes for them (README, Start-up benchmark).
IDP_URL="http://localhost:$CHIBO_KC_PORT/realms/$CHIBO_REALM"
if [ "$(http_status "$IDP_URL")" = 200 ]; then IDP="answering at $IDP_URL (fetched during each start)"; else IDP="not answering at $IDP_URL"; fi

printf '\nStart-up benchmark (%s, Java %s, %s cores, load average %s at the end)\n' "$(basename "$CHIBO_BACKEND_JAR")" \
  "$(java_major "$CHIBO_JAVA")" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '  conditions: restart of the packaged backend on H2 holding the demo (%s), demo data on\n' "${PREPARED#Demo data loaded }"
printf '  JVM options: %s %s\n' "${JAVA_COMMAND[*]:1}" "${EXTRA_OPTS[*]}"
printf '  identity provider: %s\n' "$IDP"
printf '  %d restarts; live = launch of java until /q/health/live answers 200; RSS = VmRSS after %ss idle\n' "$RUNS" "$IDLE_S"
printf '  time to live  min %6d  median %6d  max %6d ms   budget (median) < %d ms   %s\n' \
  "$LIVE_MIN" "$LIVE_MED" "$LIVE_MAX" "$READY_BUDGET_MS" "$READY_V"
printf '  RSS           min %6d  median %6d  max %6d MB   budget (median) < %d MB    %s\n' \
  "$RSS_MIN" "$RSS_MED" "$RSS_MAX" "$RSS_BUDGET_MB" "$RSS_V"
printf '  where the start goes (one restart, Quarkus runtime steps over 100 ms; they overlap, e.g. the\n'
printf '  container listeners hold Hibernate'"'"'s boot; startupEvent = the application'"'"'s start-up observers):\n'
grep -oE 'Build step [^ ]+ completed in: [0-9]+ms' "$TMP/breakdown.log" \
  | sed -E 's/Build step ([^ ]+) completed in: ([0-9]+)ms/\2 \1/' | sort -rn | awk '$1 >= 100 {printf "    %6d ms  %s\n", $1, $2}' | head -n 12
printf '    %s (Quarkus'"'"' own figure, from its main class)\n' "$(grep -oE 'started in [0-9.]+s' "$TMP/breakdown.log" | head -n 1)"
if [ "$READY_V" = PASS ] && [ "$RSS_V" = PASS ]; then
  echo "Result: PASS"
else
  echo "Result: FAIL"
  exit 1
fi
