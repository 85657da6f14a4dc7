#!/usr/bin/env bash
# bench/meeting.sh: how fast one meeting loads, on the server and on a phone.
#
# Against a running stack (./run.sh), with the defaults API http://localhost:8080, Keycloak
# http://localhost:8180 and the web app http://localhost:3000 (override with CHIBO_API_URL,
# CHIBO_KEYCLOAK_URL, CHIBO_SPA_URL, or CHIBO_API_PORT / CHIBO_KC_PORT / CHIBO_SPA_PORT):
#
#   1. signs in as canbo.tinh (password grant on the demo client chibo-cli);
#   2. creates through the API a new cell "Chi bộ đo hiệu năng <time>" with 60 members and a meeting
#      with attendance for all 60, 20 speeches, a vote, times, a resolution and 15 tasks (each run
#      adds one such cell to the database; BENCH_MEETING_ID=<id> reuses an existing meeting);
#   3. GET /api/v1/meetings/{id}: 50 warm-up requests, then 300 measured one after the other over
#      loopback; prints p50 / p95 / max (the server's Server-Timing when it sends one, else the time
#      to the whole response) against the budget p95 < 50 ms: PASS or FAIL;
#   4. Lighthouse 12 (mobile form factor, simulated throttling) on the meeting screen
#      /meetings/{id}/attendance, in a Chromium that signed in through the Keycloak login page first
#      (the session is reused: storage is not reset); prints the LCP against the budget < 2.5 s.
#
# Exits 0 when both budgets are met, 1 otherwise. Needs Node 20+, frontend/node_modules
# (npm ci in frontend/: lighthouse, puppeteer-core, chrome-launcher are devDependencies) and
# Chromium at /usr/bin/chromium (or CHROME_PATH). Other knobs: BENCH_MEMBERS, BENCH_REQUESTS,
# BENCH_WARMUP, BENCH_USER, BENCH_PASSWORD, BENCH_SKIP_LIGHTHOUSE=1.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../scripts/lib.sh
source "$here/../scripts/lib.sh"

export CHIBO_SPA_URL="${CHIBO_SPA_URL:-http://localhost:$CHIBO_SPA_PORT}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

[ -d "$CHIBO_ROOT/frontend/node_modules/lighthouse" ] \
  || die "frontend/node_modules is missing lighthouse: run 'npm ci' in frontend/ first"
[ "${BENCH_SKIP_LIGHTHOUSE:-}" = 1 ] || [ -x "$CHROME_PATH" ] \
  || die "Chromium not found at $CHROME_PATH (apt-get install -y chromium, or set CHROME_PATH)"

require_running_api "$CHIBO_SPA_URL/config.json"
log "web app $CHIBO_SPA_URL"
exec node "$here/meeting-bench.mjs"
