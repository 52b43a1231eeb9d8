#!/usr/bin/env bash
# The benchmark suite (docs/benchmarks.md). Not part of the test suite; about 15 minutes on 2 cores.
#
#   scripts/benchmark.sh            # workflow (P1, P4, P5, memory), then the exports (P2, P3); the other
#                                   # forms below measure the workflow only
#   AUTH=basic scripts/benchmark.sh # the same with HTTP Basic on every call instead of personal access tokens
#   SCALE=0.1 scripts/benchmark.sh  # a tenth of the data: checks that the benchmark runs, writes no figures to docs
#   TUNING="camunda.bpm.history-level=audit" scripts/benchmark.sh   # the application with other settings
#   HEAP=512m scripts/benchmark.sh  # another heap (default 1g)
#
# The application runs inside the benchmark's JVM, on its embedded PostgreSQL (target/benchmark, emptied at each
# start), with the heap below: the heap this project documents for one node. The table is printed and written to
# target/benchmark/results.md and, for a full run with the defaults (tokens, no TUNING), into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

HEAP=${HEAP:-1g}
./mvnw -B -q -DskipTests test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
java -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseG1GC -Dfile.encoding=UTF-8 \
  -cp "target/classes:target/test-classes:$(cat target/benchmark.classpath)" \
  org.thinktank.surveyflow.benchmark.WorkflowBenchmark target/benchmark
if [ "${SCALE:-1}" = "1" ] && [ -z "${TUNING:-}" ] && [ -z "${AUTH:-}" ] && [ "$HEAP" = "1g" ]; then
  scripts/benchmark-exports.sh
fi
