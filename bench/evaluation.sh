#!/usr/bin/env bash
# bench/evaluation.sh: the server time of saving one meeting evaluation.
#
# Against a running stack (./run.sh), with the defaults API http://localhost:8080 and Keycloak
# http://localhost:8180 (override with CHIBO_API_URL, CHIBO_KEYCLOAK_URL, or CHIBO_API_PORT /
# CHIBO_KC_PORT):
#
#   1. signs in as canbo.tinh (password grant on the demo client chibo-cli);
#   2. creates through the API a new cell "Chi bộ đo đánh giá <time>" with 30 members and a held
#      meeting (regular, 3 hours ago, everyone present, 100 minutes recorded); each run adds one such
#      cell to the database (BENCH_MEETING_ID=<id> reuses an existing held meeting);
#   3. PUT /api/v1/meetings/{id}/evaluation with every leaf criterion scored (manual ones at their
#      maximum, automatic ones at their automatic value): 30 warm-up saves, then 200 measured saves
#      one after the other, each carrying the version the previous save left (read from the answer;
#      if the server refuses it as stale, the version its 409 names is used and the retry is not
#      measured, but counted and reported);
#   4. prints p50 / p95 / max of the server's own time (the `Server-Timing: app;dur=...` header;
#      the time to the whole response when it is missing) against the budget p95 < 50 ms: PASS or FAIL.
#
# Exits 0 when the budget is met, 1 otherwise. Needs Node 20+ (no npm packages). Other knobs:
# BENCH_MEMBERS (30), BENCH_SAVES (200), BENCH_WARMUP (30), BENCH_USER, BENCH_PASSWORD,
# BENCH_P95_BUDGET_MS (50).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../scripts/lib.sh
source "$here/../scripts/lib.sh"

require_running_api
exec node "$here/evaluation-bench.mjs"
