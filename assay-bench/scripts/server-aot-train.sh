#!/usr/bin/env bash
# Warm start for `assay serve`: a training run that writes a JDK 25 AOT cache (JEP 483/514/515:
# the classes loaded and linked, and the methods' profiles, so the JIT reaches its optimized code
# sooner) for the server, used by `./assay serve` from then on.
#
#   assay-bench/scripts/server-aot-train.sh [--seconds 10] [--no-build]
#
# The AOT cache cannot hold classes read from the jars nested in Spring Boot's executable jar, so
# the jar is first extracted (`-Djarmode=tools extract`) to assay-server/target/aot/, and the server
# runs from there; the training drives POST /api/v1/screen through http-screening.sh (SocketLoad) with
# declarations of another seed than the benchmark's, then stops the server (SIGTERM) so that the
# JVM writes the cache on its way out. Written aside and moved into place; the JDK's identity is kept
# beside it (assay-server.aot.jdk) and ./assay serve uses the cache only when that JDK runs it and
# the cache is newer than the server jar; otherwise it starts from the jar as before.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds=10
build=1
while (($#)); do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "usage: $0 [--seconds N] [--no-build]" >&2; exit 2 ;;
  esac
done

export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java="$JAVA_HOME/bin/java"
major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release")"
if ((major < 25)); then
  echo "the server's AOT cache needs JDK 25 or newer (JAVA_HOME is $major)" >&2
  exit 1
fi
if ((build)); then
  (cd "$root" && ./mvnw -B -q -o -DskipTests -pl assay-server,assay-bench -am package)
fi

server_jar="$root/assay-server/target/assay-server.jar"
app="$root/assay-server/target/aot"
cache="$app/assay-server.aot"
rm -rf "$app.tmp"
"$java" -Djarmode=tools -jar "$server_jar" extract --destination "$app.tmp" >/dev/null
rm -rf "$app"
mv "$app.tmp" "$app"

# 5 s at 200/s, then $seconds at 500/s and at 1,000/s: the paths a clearance system's calls take.
SERVER_JAR="$app/assay-server.jar" \
  SERVER_JAVA_OPTS="-XX:AOTCacheOutput=$cache.tmp -Xlog:aot*=warning ${SERVER_JAVA_OPTS:-}" \
  CLIENT_ARGS="--seed 7" \
  "$root/assay-bench/scripts/http-screening.sh" --no-build --rates 500,1000 --seconds "$seconds"

[[ -s "$cache.tmp" ]] || { echo "the training run wrote no cache" >&2; exit 1; }
mv -f "$cache.tmp" "$cache"
# The same identity as the launcher computes (assay: jdk_identity).
echo "$JAVA_HOME $(sed -n 's/^\(JAVA_RUNTIME_VERSION\|IMPLEMENTOR\)=//p' "$JAVA_HOME/release" | tr -d '"' | tr '\n' ' ')" >"$cache.jdk"
echo "AOT cache: $cache ($(($(stat -c %s "$cache") / 1024 / 1024)) MB)"
