#!/usr/bin/env bash
# HTTP screening benchmark: starts `assay serve` on a fresh embedded database, signs in as the
# first administrator, makes an API token, and runs HttpScreeningBench against it: POST
# /api/v1/screen at fixed rates (open model, latency from each request's due time) and the same
# engine in-process in the same run. Client and server share the machine, as a clearance system
# and Assay would not; on a 2-core machine the client's own CPU is part of what is measured, which
# is why the default client is SocketLoad (plain sockets, about 0.1 ms of CPU per request).
#
#   assay-bench/scripts/http-screening.sh [--rates 500,1000] [--seconds 20] [--port 18090]
#
# Builds what it needs (assay-server and assay-bench) unless --no-build. To compare builds or
# settings in one session, through the environment:
#   SERVER_JAR=/tmp/base/assay-server.jar   the server to run (default: this checkout's)
#   SERVER_JAVA_OPTS="-XX:+UseG1GC"         extra JVM options for the server (after the defaults)
#   CLIENT_ARGS="--client jdk"              extra options for HttpScreeningBench (--connections N,
#                                           --warmup S, --warmup-rate R, --client jdk|socket)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rates=500,1000
seconds=20
port=18090
build=1
while (($#)); do
  case "$1" in
    --rates) rates="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "usage: $0 [--rates R1,R2] [--seconds N] [--port P] [--no-build]" >&2; exit 2 ;;
  esac
done

export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java="$JAVA_HOME/bin/java"
if ((build)); then
  (cd "$root" && ./mvnw -B -q -o -DskipTests -pl assay-server,assay-bench -am package)
fi

work="$(mktemp -d)"
server_pid=""
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The server as ./assay serve runs it, on a database of its own.
server_jar="${SERVER_JAR:-$root/assay-server/target/assay-server.jar}"
# The collector of ./assay serve (ZGC with a soft heap limit), unless SERVER_JAVA_OPTS names one
# (two would be refused): SERVER_JAVA_OPTS=-XX:+UseG1GC measures G1.
gc="-XX:+UseZGC -XX:SoftMaxHeapSize=384m"
[[ "${SERVER_JAVA_OPTS:-}" == *-XX:+Use*GC* ]] && gc=
# shellcheck disable=SC2086 # gc, SERVER_JAVA_OPTS and CLIENT_ARGS are word lists on purpose
"$java" -Xmx768m $gc ${SERVER_JAVA_OPTS:-} --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED \
  -jar "$server_jar" \
  --port "$port" --db "jdbc:h2:file:$work/assay" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 180); do
  curl -sf "http://localhost:$port/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
password="$(sed -n 's/.*created the first user: admin \/ \([^ ]*\).*/\1/p' "$work/server.log" | head -1)"
[[ -n "$password" ]] || { echo "server did not start; its log:" >&2; tail -20 "$work/server.log" >&2; exit 1; }

# Sign in with the form (CSRF token from the page), then make a token through the API.
base="http://localhost:$port"
jar="$work/cookies"
csrf="$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p')"
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login"
csrf="$(curl -s -c "$jar" -b "$jar" "$base/" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p')"
token="$(curl -s -c "$jar" -b "$jar" -H "X-CSRF-TOKEN: $csrf" -H 'Content-Type: application/json' \
  -d '{"name":"http benchmark"}' "$base/api/v1/tokens" | sed -n 's/.*"secret":"\([^"]*\)".*/\1/p')"
[[ -n "$token" ]] || { echo "could not make an API token" >&2; exit 1; }

echo "server: $server_jar ${SERVER_JAVA_OPTS:-}"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); JDK $("$java" -version 2>&1 | head -1)"
"$java" -Xmx1g -cp "$root/assay-bench/target/benchmarks.jar" dev.assay.bench.HttpScreeningBench \
  --url "$base" --token "$token" --rates "$rates" --seconds "$seconds" \
  --server-pid "$server_pid" ${CLIENT_ARGS:-}
echo "server resident memory: $(($(ps -o rss= -p "$server_pid") / 1024)) MB"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
