#!/usr/bin/env bash
# bench/province.sh: committee reads of a province-sized subtree, next to their raw-SQL floor.
#
#   1. generates (once, kept in .bench/province-<cells>/) the demo province grown to BENCH_CELLS
#      cells (default 3000, 30 a commune, 9-31 members each: about 60,000 members) with a year of
#      history each, through the product's own demo loader (chibo.demo-province-cells); the day the
#      data is "as of" is kept with it and the server's clock is started there on every run;
#   2. starts the packaged backend on that database (port 18090) and, signed in as canbo.tinh, times
#      each read (server time from Server-Timing: 3 warm-up calls, then the median and p95 of 15)
#      and its response size;
#   3. stops the backend and times the plain SQL that computes the same figures or rows on the same
#      database file (vn.chibo.bench.ProvinceFloorBenchmark);
#   4. prints one table: server time, floor, their ratio and the size, with the issue's budgets.
#
# Keycloak: uses the one on CHIBO_KC_PORT (8180) when it answers (./run.sh running), otherwise
# starts its own and stops it at the end. Generation takes several minutes the first time; later
# runs reuse the database. BENCH_CELLS=300 bench/province.sh for a quick look.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../scripts/lib.sh
source "$here/../scripts/lib.sh"
cd "$CHIBO_ROOT"
find_java
require_cmd node
trap stop_all EXIT INT TERM

cells="${BENCH_CELLS:-3000}"
data="$CHIBO_ROOT/.bench/province-$cells"
mkdir -p "$data"
if [ ! -f "$CHIBO_BACKEND_JAR" ] || [ ! -f backend/target/test-classes/vn/chibo/bench/ProvinceFloorBenchmark.class ]; then
  ./mvnw -B -q -pl backend -DskipTests package test-compile >&2
fi
if [ "$(http_status "http://localhost:$CHIBO_KC_PORT/realms/$CHIBO_REALM")" != 200 ]; then
  fetch_keycloak "$CHIBO_RUN_DIR"
  keycloak_prepare "$KC_HOME"
  start_keycloak "$KC_HOME" "$data/keycloak.log"
  wait_keycloak "$data/keycloak.log"
fi
[ -f "$data/as-of" ] || date -u +%Y-%m-%dT05:00:00Z >"$data/as-of"

BENCH_DATA="$data" BENCH_CELLS="$cells" BENCH_AS_OF="$(cat "$data/as-of")" \
  CHIBO_KEYCLOAK_URL="http://localhost:$CHIBO_KC_PORT" CHIBO_JAVA="$CHIBO_JAVA" \
  node "$here/province-bench.mjs"
