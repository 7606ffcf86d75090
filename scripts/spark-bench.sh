#!/usr/bin/env bash
# Spark overhead: N articles (the PolNeAR corpus repeated under new ids) through `detente analyze`
# and through the Spark job in local[2], on the same articles in the same run; prints both in
# articles/s. Not a test: run it on a quiet machine. Usage: scripts/spark-bench.sh [N]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
n=${1:-20000}
corpus_in="$root/../shared/corpus/polnear-train.jsonl"
if [ ! -f "$corpus_in" ]; then
  echo "spark-bench: $corpus_in is absent" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$n" "$corpus_in" > "$work/corpus.jsonl" <<'PY'
import json, sys
n, src = int(sys.argv[1]), sys.argv[2]
docs = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
for i in range(n):
    d = dict(docs[i % len(docs)])
    d["id"] = f"{d.get('id', 'doc')}-{i}"
    print(json.dumps(d))
PY
"$root/detente" --help >/dev/null 2>&1 || true   # build outside the timing
"$root/scripts/spark-local.sh" --help >/dev/null 2>&1 || true
t0=$(date +%s.%N)
"$root/detente" analyze "$work/corpus.jsonl" > /dev/null 2> "$work/analyze.err"
t1=$(date +%s.%N)
"$root/scripts/spark-local.sh" --master 'local[2]' "$work/out" "$work/corpus.jsonl" > "$work/spark.out" 2> "$work/spark.err" \
  || { cat "$work/spark.err" >&2; exit 1; }
t2=$(date +%s.%N)
python3 - "$n" "$t0" "$t1" "$t2" "$work/spark.out" <<'PY'
import re, sys
n, t0, t1, t2 = int(sys.argv[1]), *map(float, sys.argv[2:5])
summary = open(sys.argv[5]).read().strip()
a, s = n / (t1 - t0), n / (t2 - t1)
m = re.search(r"analyse ([\d.]+) s, merge ([\d.]+) s, export ([\d.]+) s", summary)
print(f"articles: {n}")
print(f"detente analyze:      {t1 - t0:7.1f} s  {a:7.1f} articles/s")
print(f"spark job, local[2]:  {t2 - t1:7.1f} s  {s:7.1f} articles/s  (JVM start to end, ledger and export included)")
if m:
    an, me, ex = map(float, m.groups())
    print(f"  of which read+analyse {an:.1f} s ({n / an:.1f} articles/s), ledger merge {me:.1f} s, export {ex:.1f} s")
print(f"spark overhead vs analyze: {100 * (a / s - 1):+.0f} % (whole job), "
      + (f"{100 * (a / (n / an) - 1):+.0f} % (read+analyse)" if m else ""))
print(summary)
PY
