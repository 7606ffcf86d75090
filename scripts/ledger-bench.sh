#!/usr/bin/env bash
# Ledger scale benchmark (not part of the tests): ingests generated articles into ONE ledger in
# chunks and prints each chunk's ingest rate, then the time of every query command on the ledger
# as it stands. A per-article cost that grows with the ledger shows as falling rates.
# Usage: scripts/ledger-bench.sh [CHUNKS] [CHUNK_SIZE] [DB]   (defaults: 5 chunks of 10000)
#
# The articles are built from a seeded generator: several thousand people (given names and
# surnames drawn from syllables, so surnames repeat across people and many mentions are a bare,
# ambiguous surname), 40 countries, statements with speech verbs and stance words, meetings,
# sanctions and threats between country pairs, dated over two years: what makes the registry,
# statement merging and the pair views work.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
chunks=${1:-5}
size=${2:-10000}
db=${3:-$(mktemp -d)/bench.db}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/detente" --version > /dev/null 2>&1 || true # builds the jar once
. "$root/scripts/java-home.sh"; detente_select_jdk
jar="$work/detente.jar" # a copy: a rebuild during the run does not change the program measured
cp "$root/detente-cli/target/detente.jar" "$jar"
run() { "$JAVA_HOME/bin/java" -XX:+UseParallelGC -Xss4m -jar "$jar" "$@"; }
echo "ledger: $db"
for ((k = 0; k < chunks; k++)); do
  python3 "$root/scripts/gen-articles.py" "$k" "$size" > "$work/chunk.jsonl"
  # CPU seconds as well as wall time: on a shared machine the load changes between chunks
  TIMEFORMAT='%U %S'
  { cpu=$( { time run ingest --no-progress --db "$db" "$work/chunk.jsonl" > "$work/out" 2>&1; } 2>&1 ); } || true
  line=$(tail -1 "$work/out")
  rate=$(sed -nE 's/.*\(([0-9.]+) articles\/s, writing ([0-9.]+) s\).*/\1 articles\/s wall (writer \2 s wall)/p' <<< "$line")
  per_cpu=$(awk -v n="$size" -v c="$cpu" 'BEGIN { split(c, t, " "); printf "%.1f articles per CPU-second (%.0f CPU s)", n / (t[1] + t[2]), t[1] + t[2] }')
  echo "chunk $((k + 1)) ($(( (k + 1) * size )) articles): $rate; $per_cpu; load $(cut -d' ' -f1 /proc/loadavg)"
done
pair=$(sqlite3 "$db" "SELECT pair FROM event_pairs GROUP BY pair ORDER BY count(*) DESC LIMIT 1" 2>/dev/null || echo BRA-JPN)
echo "query latency on the final ledger ($pair; warm, median of 5, in one JVM):"
"$JAVA_HOME/bin/java" -cp "$jar" "$root/scripts/LedgerQueryBench.java" "$db" "$pair"
