#!/usr/bin/env bash
# Export memory benchmark: writes a province's member list (60,000 generated members) through the
# member export's sheet as XLSX and CSV, in a JVM limited to a 192 MB heap, and prints the time and
# the heap growth against the budgets (< 10 s, < 128 MB). No running stack is needed.
#
#   bench/export.sh            # 60,000 members
#   bench/export.sh 120000     # another size
set -euo pipefail
# shellcheck source=../scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
cd "$CHIBO_ROOT"
find_java
./mvnw -B -q -pl backend test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
"$JAVA_HOME/bin/java" -Xmx192m -cp "backend/target/test-classes:backend/target/classes:$(cat backend/target/bench-classpath.txt)" \
  vn.chibo.bench.MemberExportBenchmark "${1:-60000}"
