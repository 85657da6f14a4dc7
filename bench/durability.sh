#!/usr/bin/env bash
# What durability costs: acknowledged writes per second (four clients creating meetings, saving
# minutes and recording attendance) with the default embedded database (commits reach the file before
# the answer, WRITE_DELAY=0) and with H2's default half-second write delay (fast, but a kill -9 loses
# the last half second of acknowledged writes). Needs Keycloak running (./run.sh or test.sh's) and the
# packaged backend; starts its own backend on port 18091.
#   bench/durability.sh [seconds per setting, default 20]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
cd "$CHIBO_ROOT"
find_java
find_node
SECONDS_EACH="${1:-20}"
export CHIBO_JAVA CHIBO_KEYCLOAK_URL="http://localhost:$CHIBO_KC_PORT" CRASH_MEASURE="$SECONDS_EACH"
log "Durable commits (the default: WRITE_DELAY=0)"
CRASH_JAVA_OPTS="" node scripts/crash-test.mjs | grep RESULT
log "H2's default write delay (500 ms; loses acknowledged writes on kill -9)"
CRASH_JAVA_OPTS='-Dquarkus.datasource.jdbc.url=jdbc:h2:file:{data}/chibo;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE' \
  node scripts/crash-test.mjs | grep RESULT
