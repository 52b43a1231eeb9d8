#!/usr/bin/env bash
# Times the Word and Excel exports against bare POI writes of the same content, under a 256 MB heap.
# Not part of the test suite. Usage: scripts/benchmark-exports.sh
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -DskipTests test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
exec java -Xmx256m -Dfile.encoding=UTF-8 \
  -cp "target/classes:target/test-classes:$(cat target/benchmark.classpath)" \
  org.thinktank.surveyflow.export.ExportBenchmark
