#!/usr/bin/env bash
# Ledger scale benchmark (not part of the tests): ingests generated articles into ONE ledger in
# chunks and prints each chunk's ingest rate, then the time of every query command on the ledger
# as it stands. A per-article cost that grows with the ledger shows as falling rates.
# Usage: scripts/ledger-bench.sh [CHUNKS] [CHUNK_SIZE] [DB]   (defaults: 10 chunks of 10000)
# Each ingest runs in a 256 MB heap and reports the share of its time spent in GC pauses. The ledger
# after the first chunk is kept as DB.first; at the end the queries are timed on DB.first and on DB
# back to back, so both sizes are measured in the same state of the machine
# (by hand: java -cp detente.jar scripts/LedgerQueryBench.java DB PAIR).
# DETENTE_JAR=FILE measures that jar instead of building one (the benchmark test passes the jar it packaged).
#
# The articles are built from a seeded generator: several thousand people (given names and
# surnames drawn from syllables, so surnames repeat across people and many mentions are a bare,
# ambiguous surname), 40 countries, statements with speech verbs and stance words, meetings,
# sanctions and threats between country pairs, dated over two years: what makes the registry,
# statement merging and the pair views work.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
chunks=${1:-10}
size=${2:-10000}
db=${3:-$(mktemp -d)/bench.db}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -n "${DETENTE_JAR:-}" ] || "$root/detente" --version > /dev/null 2>&1 || true # builds the jar once
. "$root/scripts/java-home.sh"; detente_select_jdk
jar="$work/detente.jar" # a copy: a rebuild during the run does not change the program measured
cp "${DETENTE_JAR:-$root/detente-cli/target/detente.jar}" "$jar"
run() { "$JAVA_HOME/bin/java" -Xmx256m -XX:+UseParallelGC -Xlog:gc:file="$work/gc.log" -Xss4m -jar "$jar" "$@"; }
# GC pauses as a share of the run's wall time (from the unified GC log)
gc_share() { awk -v wall="$1" '/Pause/ { v = $NF; sub("ms", "", v); s += v } END { printf "GC pauses %.1f s (%.1f%% of %.0f s)", s / 1000, (wall > 0 ? 100 * s / 1000 / wall : 0), wall }' "$work/gc.log"; }
query_bench() { "$JAVA_HOME/bin/java" -cp "$jar" "$root/scripts/LedgerQueryBench.java" "$1" "$2"; }
echo "ledger: $db"
for ((k = 0; k < chunks; k++)); do
  python3 "$root/scripts/gen-articles.py" "$k" "$size" > "$work/chunk.jsonl"
  # CPU seconds as well as wall time: on a shared machine the load changes between chunks
  TIMEFORMAT='%U %S'
  start=$(date +%s.%N)
  { cpu=$( { time run ingest --no-progress --db "$db" "$work/chunk.jsonl" > "$work/out" 2>&1; } 2>&1 ); } || true
  wall=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { print e - s }')
  line=$(tail -1 "$work/out")
  rate=$(sed -nE 's/.*\(([0-9.]+) articles\/s, writing ([0-9.]+) s\).*/\1 articles\/s wall (writer \2 s wall)/p' <<< "$line")
  per_cpu=$(awk -v n="$size" -v c="$cpu" 'BEGIN { split(c, t, " "); printf "%.1f articles per CPU-second (%.0f CPU s)", n / (t[1] + t[2]), t[1] + t[2] }')
  echo "chunk $((k + 1)) ($(( (k + 1) * size )) articles): $rate; $per_cpu; $(gc_share "$wall"); load $(cut -d' ' -f1 /proc/loadavg)"
  if ((k == 0)); then
    pair=$(sqlite3 "$db" "SELECT pair FROM pair_counts ORDER BY events DESC LIMIT 1" 2>/dev/null || echo BRA-JPN)
    sqlite3 "$db" ".backup '$db.first'"
  fi
done
echo "query latency at $size articles ($pair; warm, median of 5, in one JVM; load $(cut -d' ' -f1 /proc/loadavg)):"
query_bench "$db.first" "$pair"
echo "query latency at $((chunks * size)) articles ($pair; warm, median of 5, in one JVM; load $(cut -d' ' -f1 /proc/loadavg)):"
query_bench "$db" "$pair"
