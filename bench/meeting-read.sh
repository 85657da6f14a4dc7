#!/usr/bin/env bash
# bench/meeting-read.sh: GET of one meeting with 60 members at 32 connections, next to a trivial JSON
# endpoint of the same JVM (budgets: p95 < 50 ms, throughput >= 30% of the trivial endpoint).
#
# Needs a running Keycloak (./run.sh; CHIBO_KEYCLOAK_URL, default http://localhost:8180) and the
# packaged backend (./mvnw -B -DskipTests package). Starts its own backend on port 18094 (LOAD_PORT)
# with a fresh data folder, builds a cell of 60 members with a meeting (all present, 20 speeches),
# warms both reads up for 5 s each, then measures each for LOAD_SECONDS (default 20) at
# LOAD_CONNECTIONS (default 32) and prints the figures and PASS or FAIL. The client runs on the
# same machine, as the benchmark's own conditions. It also prints the server's CPU time per request.
# LOAD_CLIENT=hey drives the two reads with hey (apt-get install hey) instead of the Node client.
set -euo pipefail
# shellcheck source=../scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
cd "$CHIBO_ROOT"
find_java
[ -f "$CHIBO_BACKEND_JAR" ] || die "Missing $CHIBO_BACKEND_JAR: build it first with ./mvnw -B -DskipTests package"
export CHIBO_JAVA="${CHIBO_JAVA:-$JAVA_HOME/bin/java}"
export CHIBO_KEYCLOAK_URL="${CHIBO_KEYCLOAK_URL:-http://localhost:$CHIBO_KC_PORT}"
LOAD_MODE=meeting-read LOAD_CLIENT="${LOAD_CLIENT:-node}" LOAD_CONNECTIONS="${LOAD_CONNECTIONS:-32}" LOAD_SECONDS="${LOAD_SECONDS:-20}" \
  exec node scripts/load-test.mjs
