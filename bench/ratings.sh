#!/usr/bin/env bash
# Rating recompute benchmark: recomputes the totals and ratings of a year of meetings for a
# 3,000-cell province (36,000 evaluations) with the server's own calculator and the shipped HD 42
# sheet: the timed part reads every score row back from an embedded H2 table and recomputes every
# total and rating. Prints the time against the budget (< 10 s). No running stack is needed.
#
#   bench/ratings.sh            # 3,000 cells
#   bench/ratings.sh 6000       # another size
set -euo pipefail
# shellcheck source=../scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
cd "$CHIBO_ROOT"
find_java
./mvnw -B -q -pl backend test-compile >&2
./mvnw -B -q -pl backend org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
  -Dexec.mainClass=vn.chibo.bench.RatingRecomputeBenchmark -Dexec.args="${1:-3000}"
