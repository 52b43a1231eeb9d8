#!/usr/bin/env bash
# Times summarising a generated 50,000-respondent, 40-question dataset (.xlsx and GB18030 .csv) under a 128 MB heap,
# and prints the peak heap each run needed. Not part of the test suite. Usage: scripts/benchmark-questionnaire.sh
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -DskipTests process-test-classes
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
exec java -Xmx128m -Dfile.encoding=UTF-8 \
  -cp "target/classes:target/test-classes:$(cat target/benchmark.classpath)" \
  org.thinktank.surveyflow.benchmark.QuestionnaireBenchmark
