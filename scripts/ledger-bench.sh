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
jar="$root/detente-cli/target/detente.jar"
run() { "$JAVA_HOME/bin/java" -XX:+UseParallelGC -Xss4m -jar "$jar" "$@"; }
echo "ledger: $db"
for ((k = 0; k < chunks; k++)); do
  python3 "$root/scripts/gen-articles.py" "$k" "$size" > "$work/chunk.jsonl"
  line=$(run ingest --no-progress --db "$db" "$work/chunk.jsonl" 2>&1 | tail -1)
  rate=$(sed -nE 's/.*\(([0-9.]+) articles\/s, writing ([0-9.]+) s\).*/\1 articles\/s (writing \2 s)/p' <<< "$line")
  echo "chunk $((k + 1)) ($(( (k + 1) * size )) articles): $rate"
done
echo "query times on the final ledger (wall time of a JVM start and the query; one run warm after one cold):"
pair=$(run stats --db "$db" --format json > /dev/null; sqlite3 "$db" "SELECT pair FROM event_pairs GROUP BY pair ORDER BY count(*) DESC LIMIT 1" 2>/dev/null || echo BRA-JPN)
for q in "stats" "statements --limit 50" "statements --pair $pair" "statements --speaker-country ${pair%-*} --about ${pair#*-}" \
         "events --pair $pair" "events --type CONSULT" "actors --limit 50" "actors --kind person --limit 50" \
         "timeline --pair $pair" "issues --pair $pair" "changes --pair $pair" "changes" "search talks OR sanctions"; do
  run $q --db "$db" --format json > /dev/null 2>&1
  start=$(date +%s.%N)
  run $q --db "$db" --format json > /dev/null 2>&1
  end=$(date +%s.%N)
  printf '  %-48s %6.0f ms\n' "$q" "$(echo "($end - $start) * 1000" | bc)"
done
start=$(date +%s.%N); run --version > /dev/null; end=$(date +%s.%N)
printf '  %-48s %6.0f ms\n' "(JVM start alone: detente --version)" "$(echo "($end - $start) * 1000" | bc)"
