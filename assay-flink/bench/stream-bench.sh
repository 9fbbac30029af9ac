#!/usr/bin/env bash
# Stream benchmark (docs/flink.md, "Benchmark figures"): the Flink job at parallelism 1 and 2
# against `assay screen` on the same simulated stream in one JVM, checkpoints, and latency at a
# fixed rate. Usage: assay-flink/bench/stream-bench.sh [DECLARATIONS [RATE [SECONDS]]]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -o -pl assay-flink -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/assay-flink/target/bench.classpath" -Dmdep.includeScope=test >/dev/null
cp="assay-flink/target/test-classes:assay-flink/target/classes"
for m in assay-core assay-ml assay-store assay-simulator assay-cli; do cp="$cp:$m/target/classes"; done
cp="$cp:$(cat assay-flink/target/bench.classpath)"
echo "load before: $(cat /proc/loadavg) on $(nproc) cores"
java -Xmx3g -XX:+UseParallelGC \
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED \
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
  --add-opens=java.base/java.time=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.text=ALL-UNNAMED \
  -Dlog4j2.configurationFile=log4j2-bench.properties -Dbench.log=assay-flink/target/stream-bench.log \
  -cp "$cp" dev.assay.flink.StreamBenchmark "$@"
echo "load after: $(cat /proc/loadavg)"
