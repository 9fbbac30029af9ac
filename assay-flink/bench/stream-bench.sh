#!/usr/bin/env bash
# Stream benchmark (docs/flink.md, "Benchmark figures"): the Flink job for each state backend and
# parallelism asked for, against `assay screen` on the same simulated stream in one JVM;
# checkpoint duration, state size and bytes per checkpoint; CPU seconds and memory per phase;
# latency at a fixed rate. Usage (each option --name value; --help-like list on a bad option):
#   assay-flink/bench/stream-bench.sh --declarations 100000 --backends hashmap,rocksdb \
#     --parallelism 1,2 --screen true --latency-seconds 15 --rate 200
#   assay-flink/bench/stream-bench.sh --declarations 1000000 --backends rocksdb --parallelism 2 \
#     --checkpoint-interval-ms 10000 --screen false --latency-seconds 0
# Options: --declarations N, --backends hashmap,rocksdb, --parallelism 1,2,
# --checkpoint-interval-ms N, --screen true|false, --latency-seconds N (0: no latency run),
# --rate N, --latency-checkpoint-interval-ms N, --seed N, --warmup N. BENCH_HEAP sets -Xmx (3g).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -o -pl assay-flink -am test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile="$PWD/assay-flink/target/bench.classpath" -Dmdep.includeScope=test >/dev/null
cp="assay-flink/target/test-classes:assay-flink/target/classes"
for m in assay-core assay-ml assay-store assay-simulator assay-cli; do cp="$cp:$m/target/classes"; done
cp="$cp:$(cat assay-flink/target/bench.classpath)"
echo "load before: $(cat /proc/loadavg) on $(nproc) cores"
java -Xmx"${BENCH_HEAP:-3g}" -XX:+UseParallelGC \
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED \
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
  --add-opens=java.base/java.time=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.text=ALL-UNNAMED \
  -Dlog4j2.configurationFile=log4j2-bench.properties -Dbench.log=assay-flink/target/stream-bench.log \
  -cp "$cp" dev.assay.flink.StreamBenchmark "$@"
echo "load after: $(cat /proc/loadavg)"
