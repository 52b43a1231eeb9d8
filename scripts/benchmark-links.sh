#!/usr/bin/env bash
# Times building a long page's links with Spring's ResourceUrlEncodingFilter and with the application's
# AssetLinkFilter, inside the packaged application (java -jar's class path, where the cost was), on a database of
# its own under target/. Not part of the test suite. Usage: scripts/benchmark-links.sh
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -DskipTests package
out=target/link-benchmark
rm -rf "$out" && mkdir -p "$out/classes/org/thinktank/surveyflow/web"
cp target/test-classes/org/thinktank/surveyflow/web/LinkEncodingBenchmark.class "$out/classes/org/thinktank/surveyflow/web/"
# the benchmark makes its requests with spring-test's mock request and response
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/test.classpath"
spring_test=$(tr ':' '\n' < "$out/test.classpath" | grep '/spring-test-')
SURVEYFLOW_DATA_DIR="$out/data" exec java -Xmx512m -Dfile.encoding=UTF-8 \
  -Dloader.path="$out/classes,$spring_test" -Dloader.main=org.thinktank.surveyflow.web.LinkEncodingBenchmark \
  -cp target/survey-workflow-0.1.0-SNAPSHOT.jar org.springframework.boot.loader.launch.PropertiesLauncher \
  --server.port=0 --logging.level.root=warn
