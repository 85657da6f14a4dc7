#!/usr/bin/env bash
# bench/province.sh: committee reads of a province-sized subtree, next to their raw-SQL floor, on
# PostgreSQL (the production database).
#
#   1. generates (once, kept in .bench/province-<cells>/ with its own PostgreSQL cluster) the demo
#      province grown to BENCH_CELLS cells (default 3000, 30 a commune, 9-31 members each: about
#      60,000 members) with a year of history each, through the product's own demo loader
#      (chibo.demo-province-cells); the day the data is "as of" is kept with it and the server's
#      clock starts there on every run;
#   2. starts the backend built for PostgreSQL on that database (port 18090) and, signed in as
#      canbo.tinh, times each read (server time from Server-Timing: 3 warm-up calls, then the median
#      and p95 of 15) and its response size;
#   3. stops the backend and times the plain SQL that computes the same figures or rows on the same
#      database (vn.chibo.bench.ProvinceFloorBenchmark);
#   4. prints one table: server time, floor, their ratio and the size, against the issue's budgets, and the
#      generation of the province's annual report for the year (its figures, and its PDF; budget < 5 s).
#
# Why not H2: its durable file (WRITE_DELAY=0, see "Durability") is not compacted while open, and a
# bulk load of this size grows it past 20 GB. The product's H2 default is for a cell or a commune.
#
# Keycloak: uses the one on CHIBO_KC_PORT (8180) when it answers (./run.sh running), otherwise starts
# its own. Generation takes about 10 minutes the first time; later runs reuse the database.
#   BENCH_CELLS=300 bench/province.sh     # a quick look
#   BENCH_ONLY=dashboard bench/province.sh # only the reads whose name matches, no report, no floor
#   BENCH_JVM_OPTIONS="-XX:StartFlightRecording=filename=/tmp/p.jfr" bench/province.sh   # a profile
#   BENCH_PG_OPTIONS="-c work_mem=64MB" bench/province.sh   # more PostgreSQL server options
#   BENCH_CAPACITY=1: the capacity figures instead of the floor and the reports (bench/capacity.sh sets it)
#   BENCH_BUILD=1 bench/province.sh       # rebuild the PostgreSQL jar (otherwise an existing one is reused)
#   BENCH_WARM_UP=300 BENCH_RUNS=60 bench/province.sh   # more calls before and during the timing (3 and 15 by
#                                         # default): with few warm-up calls the figures include the JIT compiling
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../scripts/lib.sh
source "$here/../scripts/lib.sh"
cd "$CHIBO_ROOT"
find_java
require_cmd node
require_postgres

cells="${BENCH_CELLS:-3000}"
pg_port="${BENCH_PG_PORT:-55433}"
data="$CHIBO_ROOT/.bench/province-$cells"
mkdir -p "$data"
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_all
  stop_postgres "$data"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

jar="$CHIBO_ROOT/backend/target/quarkus-app-pg/quarkus-run.jar"
[ -f "$jar" ] && [ -z "${BENCH_BUILD:-}" ] || jar="$(package_for_postgres)"
[ -n "${BENCH_CAPACITY:-}" ] || [ -f backend/target/test-classes/vn/chibo/bench/ProvinceFloorBenchmark.class ] || ./mvnw -B -q -pl backend test-compile >&2

start_postgres "$data" "$pg_port" "${BENCH_PG_OPTIONS:-}"
if [ "$("$PG_BIN/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -At -c "select count(*) from pg_database where datname = 'chibo'")" = 0 ]; then
  "$PG_BIN/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -q -c "create database chibo" >/dev/null
fi
if [ "$(http_status "http://localhost:$CHIBO_KC_PORT/realms/$CHIBO_REALM")" != 200 ]; then
  fetch_keycloak "$CHIBO_RUN_DIR"
  keycloak_prepare "$KC_HOME"
  start_keycloak "$KC_HOME" "$data/keycloak.log"
  wait_keycloak "$data/keycloak.log"
fi
[ -f "$data/as-of" ] || date -u +%Y-%m-%dT05:00:00Z >"$data/as-of"

BENCH_PSQL="$PG_BIN/psql" BENCH_PG_PORT="$pg_port" BENCH_DATA="$data" BENCH_CELLS="$cells" BENCH_AS_OF="$(cat "$data/as-of")" BENCH_JAR="$jar" \
  BENCH_JDBC_URL="jdbc:postgresql://127.0.0.1:$pg_port/chibo" \
  CHIBO_KEYCLOAK_URL="http://localhost:$CHIBO_KC_PORT" CHIBO_JAVA="$CHIBO_JAVA" \
  node "$here/province-bench.mjs"
