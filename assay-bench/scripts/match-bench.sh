#!/usr/bin/env bash
# Cold `assay match` against a large imported list, as a user runs it: a new process each time,
# JVM start, list loading and the query included. Imports a synthetic list of NAMES names (the
# benchmark's SyntheticParties, written as a watch-list CSV) with each launcher given, then times
# `match` over several runs taken in turn (A B A B ...) and prints the medians of wall time, CPU
# seconds and peak RSS. Compare versions in one run by giving several launchers: this checkout's
# `./assay` and, say, a copy of an older checkout's launcher with its built jar.
#
#   assay-bench/scripts/match-bench.sh [-n RUNS] [--names N] [--query NAME] [LAUNCHER...]
#
# Needs GNU time (/usr/bin/time) and the benchmark jar (./mvnw -pl assay-bench -am package).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs=5
names=40000
query="Traal Logistics"
launchers=()
while (($#)); do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --names) names="$2"; shift 2 ;;
    --query) query="$2"; shift 2 ;;
    -*) echo "usage: $0 [-n RUNS] [--names N] [--query NAME] [LAUNCHER...]" >&2; exit 2 ;;
    *) launchers+=("$1"); shift ;;
  esac
done
((${#launchers[@]})) || launchers=("$root/assay")
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
bench_jar="$root/assay-bench/target/benchmarks.jar"
[[ -f "$bench_jar" ]] || { echo "build the benchmark jar first: ./mvnw -pl assay-bench -am package" >&2; exit 2; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# The benchmark jar targets Java 21: take JAVA_HOME, else the newest JDK under /usr/lib/jvm (the
# default `java` may be older, as the launcher also assumes).
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [[ -z "${JAVA_HOME:-}" ]]; then
  newest="$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -V | tail -n 1)"
  [[ -n "$newest" ]] && java_bin="$newest"
fi
"$java_bin" -cp "$bench_jar" dev.assay.bench.SyntheticListFile "$names" "$tmp/list.csv" || {
  echo "match-bench: could not write the synthetic list with $java_bin (needs Java 21+)" >&2
  exit 1
}

for i in "${!launchers[@]}"; do
  l="${launchers[$i]}"
  "$l" --version >/dev/null 2>&1 # builds its jar and start-up cache before timing
  # Each launcher imports the list itself, so each reads what its own version writes.
  "$l" lists import --format watchlist-csv --list-id synthetic --version 2026-12-01 \
    --into "$tmp/lists.$i" "$tmp/list.csv" >/dev/null
  "$l" match "$query" --lists "$tmp/lists.$i" >/dev/null 2>&1 # warm-up: file cache
done
for ((r = 0; r < runs; r++)); do
  for i in "${!launchers[@]}"; do
    /usr/bin/time -o "$tmp/t.$i.$r" -f "%e %U %S %M" \
      "${launchers[$i]}" match "$query" --lists "$tmp/lists.$i" >/dev/null 2>&1 || true
  done
done

median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
printf '%-48s %8s %8s %12s\n' "launcher (match against $names names)" "wall s" "cpu s" "peak RSS MB"
for i in "${!launchers[@]}"; do
  wall=$(cat "$tmp"/t."$i".* | awk '{print $1}' | median)
  cpu=$(cat "$tmp"/t."$i".* | awk '{print $2 + $3}' | median)
  rss=$(cat "$tmp"/t."$i".* | awk '{print $4 / 1024}' | median)
  printf '%-48s %8.2f %8.2f %12.0f\n' "${launchers[$i]}" "$wall" "$cpu" "$rss"
done
echo "($runs runs each, taken in turn; medians; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ))"
