#!/usr/bin/env bash
# The server with and without its AOT cache, alternated in one session: http-screening.sh on
# the extracted jar with the cache ("cache"), on the Spring Boot jar ("jar", as before the cache),
# and on the extracted jar without it ("extracted"), for --rounds rounds. Needs the cache from
# server-aot-train.sh; extra arguments go to http-screening.sh.
#   assay-bench/scripts/http-screening-aot.sh [--rounds 2] [--rates 500,1000 --seconds 20 ...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds=2
if [[ "${1:-}" == --rounds ]]; then rounds="$2"; shift 2; fi
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export CLIENT_ARGS="${CLIENT_ARGS:---warmup 20 --warmup-rate 500}"
aot="$root/assay-server/target/aot"
[[ -s "$aot/assay-server.aot" ]] || { echo "no cache: run server-aot-train.sh first" >&2; exit 1; }
for round in $(seq 1 "$rounds"); do
  for arm in cache jar extracted; do
    echo "=== round $round, $arm, $(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg)"
    case $arm in
      cache) SERVER_JAR="$aot/assay-server.jar" SERVER_JAVA_OPTS="-XX:AOTCache=$aot/assay-server.aot" \
        "$root/assay-bench/scripts/http-screening.sh" --no-build "$@" ;;
      jar) "$root/assay-bench/scripts/http-screening.sh" --no-build "$@" ;;
      extracted) SERVER_JAR="$aot/assay-server.jar" "$root/assay-bench/scripts/http-screening.sh" --no-build "$@" ;;
    esac
  done
done
