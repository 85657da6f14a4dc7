#!/usr/bin/env bash
# bench/capacity.sh: the measured figures of docs/capacity.md, on the province data set of bench/province.sh
# (3,000 cells, about 60,000 members, a year of history, PostgreSQL; generated once into .bench/province-3000/).
# Prints
#   1. each committee read of the province benchmark: server p50/p95 (Server-Timing; 10 warm-up calls and
#      40 timed ones unless BENCH_WARM_UP / BENCH_RUNS say otherwise: a p95 of 15 calls is their maximum) and the SQL statements one call executes after the warm-up
#      (pg_stat_statements, reset before the call; the smallest count of 3 calls);
#   2. every table of the schema: exact rows, total bytes (pg_total_relation_size: heap, TOAST, indexes),
#      index bytes, bytes per row, and rows per member per year for the tables a year of activity writes
#      (the year: the months with meetings up to the as-of day, divided by 12).
# It is bench/province.sh with PostgreSQL started with pg_stat_statements and BENCH_CAPACITY set, so the same
# options apply (BENCH_CELLS, BENCH_BUILD, BENCH_ONLY to count only some reads, BENCH_JVM_OPTIONS).
#   bench/capacity.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BENCH_WARM_UP="${BENCH_WARM_UP:-10}" BENCH_RUNS="${BENCH_RUNS:-40}" \
  BENCH_CAPACITY=1 BENCH_PG_OPTIONS="-c shared_preload_libraries=pg_stat_statements ${BENCH_PG_OPTIONS:-}" \
  exec "$here/province.sh" "$@"
