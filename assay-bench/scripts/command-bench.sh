#!/usr/bin/env bash
# Whole-command benchmark: times `assay` commands as a user runs them (a new process each time,
# JVM start included) over several runs and prints the median wall time, CPU seconds and peak
# resident memory of each. Commands are taken in turn, run by run (A B C A B C ...), so that a
# machine whose speed drifts slows all of them alike; ratios against the first command of a
# group are computed from the medians.
#
#   assay-bench/scripts/command-bench.sh [-n RUNS] [--small] [--large FILE] [--baseline DIR]
#
#   --small         every command on small input (the shipped examples): start-up latency
#   --large FILE    `screen` of FILE against `validate` of the same FILE (parse-only baseline)
#   --baseline DIR  also run every command with DIR/assay (another checkout or a copy of the
#                   previous build), in turn with this one: before and after from one session
#
# Needs GNU time (/usr/bin/time, Debian package `time`). Output: one table on standard output.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs=5
small=0
large=""
baseline=""
while (($#)); do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --small) small=1; shift ;;
    --large) large="$2"; shift 2 ;;
    --baseline) baseline="$(cd "$2" && pwd)"; shift 2 ;;
    *) echo "usage: $0 [-n RUNS] [--small] [--large FILE] [--baseline DIR]" >&2; exit 2 ;;
  esac
done
((small)) || [[ -n "$large" ]] || small=1
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

assay="$root/assay"
"$assay" --version >/dev/null 2>&1 # builds the jar and its start-up cache before timing
if [[ -n "$baseline" ]]; then
  [[ -x "$baseline/assay" ]] || { echo "no $baseline/assay" >&2; exit 2; }
  "$baseline/assay" --version >/dev/null 2>&1
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

names=()
commands=()
binaries=()
add() {
  if [[ -n "$baseline" ]]; then
    names+=("$1 (baseline)"); commands+=("$2"); binaries+=("$baseline/assay")
  fi
  names+=("$1"); commands+=("$2"); binaries+=("$assay")
}

if ((small)); then
  ex="$root/examples"
  add "--version" "--version"
  add "determine" "determine --hs 8110101000 --to US --date 2025-01-10"
  add "controllist" "controllist --as-of 2025-06-01"
  add "match" "match Lokheed"
  add "validate (31 decl.)" "validate $ex/declarations.csv"
  add "screen (31 decl.)" "screen -q $ex/declarations.csv -o $tmp/out.jsonl"
fi
if [[ -n "$large" ]]; then
  add "validate FILE" "validate -q $large"
  add "screen FILE" "screen -q $large -o $tmp/out.jsonl"
fi

load="$(cut -d' ' -f1-3 /proc/loadavg)"
# One warm-up of each (file cache, start-up cache), then the counted runs in turn.
for i in "${!commands[@]}"; do ${binaries[$i]} ${commands[$i]} >/dev/null 2>&1 || true; done
for ((r = 0; r < runs; r++)); do
  for i in "${!commands[@]}"; do
    /usr/bin/time -o "$tmp/t.$i.$r" -f "%e %U %S %M" ${binaries[$i]} ${commands[$i]} >/dev/null 2>&1 || true
  done
done

median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
printf '%-22s %10s %10s %12s %10s\n' command "wall s" "cpu s" "peak RSS MB" "wall/first"
first=""
for i in "${!commands[@]}"; do
  wall=$(cat "$tmp"/t."$i".* | awk '{print $1}' | median)
  cpu=$(cat "$tmp"/t."$i".* | awk '{print $2 + $3}' | median)
  rss=$(cat "$tmp"/t."$i".* | awk '{print $4 / 1024}' | median)
  [[ -n "$first" ]] || first="$wall"
  printf '%-22s %10.2f %10.2f %12.0f %10.2f\n' "${names[$i]}" "$wall" "$cpu" "$rss" "$(awk -v a="$wall" -v b="$first" 'BEGIN {print a / b}')"
done
echo "($runs runs each, medians; $(nproc) cores; $(date -u +%Y-%m-%d); JDK from the launcher; load before: $load)"
