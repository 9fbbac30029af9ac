#!/usr/bin/env bash
# Time from `./assay serve` to its first answered request (GET /actuator/health), on a fresh
# embedded database each run, alternated: the launcher's defaults (the AOT cache when it fits),
# ASSAY_AOT=0 (the Spring Boot jar, no cache), and the extracted jar with the cache turned off in
# the JVM (-XX:AOTMode=off), which tells the cache's share from the extraction's.
#   assay-bench/scripts/serve-start.sh [--runs 3] [--port 18191]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs=3
port=18191
while (($#)); do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    *) echo "usage: $0 [--runs N] [--port P]" >&2; exit 2 ;;
  esac
done
once() {
  local work start pid
  work="$(mktemp -d)"
  start=$(date +%s%N)
  ASSAY_AOT="$1" ASSAY_JAVA_OPTS="${2:-}" "$root/assay" serve --port "$port" --db "jdbc:h2:file:$work/assay" >"$work/log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1800); do
    curl -sf "http://localhost:$port/actuator/health" >/dev/null 2>&1 && break
    sleep 0.05
  done
  echo "ASSAY_AOT=$1 ${2:-}: first request answered after $((($(date +%s%N) - start) / 1000000)) ms," \
    "$(sed -n 's/.*\(Started AssayServer in [0-9.]* seconds\).*/\1/p' "$work/log")," \
    "$(grep -c 'aot/assay-server.jar' "$work/log" || true) log line(s) from the extracted jar, load $(cut -d' ' -f1 /proc/loadavg)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
for _ in $(seq 1 "$runs"); do
  once 1
  once 0
  once 1 -XX:AOTMode=off
done
