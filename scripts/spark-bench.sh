#!/usr/bin/env bash
# Spark overhead: N articles (the PolNeAR corpus repeated under new ids) through `detente analyze`,
# through `detente ingest` + `detente export` (what the job does), and through the Spark job in
# local[2], on the same articles in the same run; prints articles/s, wall and CPU. Not a test:
# run it on a quiet machine. Usage: scripts/spark-bench.sh [N]
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
# wall time and CPU time (user+sys of the process and its children) of each run: on a shared
# machine the CPU time is the steadier figure
python3 - "$n" "$root" "$work" <<'PY'
import re, resource, subprocess, sys, time
n, root, work = int(sys.argv[1]), sys.argv[2], sys.argv[3]
corpus = f"{work}/corpus.jsonl"

def run(cmd, out):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.time()
    with open(out, "w") as o, open(out + ".err", "w") as e:
        code = subprocess.call(cmd, stdout=o, stderr=e)
    wall = time.time() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if code != 0:
        sys.exit(f"spark-bench: {cmd[0]} failed:\n" + open(out + ".err").read()[-2000:])
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

aw, ac = run([f"{root}/detente", "analyze", corpus], f"{work}/analyze.out")
# what the job does besides analysing, the laptop way: ingest into a ledger, then export it
iw, ic = run([f"{root}/detente", "ingest", "--db", f"{work}/bench.db", corpus], f"{work}/ingest.out")
ew, ec = run([f"{root}/detente", "export", "--db", f"{work}/bench.db", "--format", "parquet", "--out", f"{work}/export"],
             f"{work}/export.out")
sw, sc = run([f"{root}/scripts/spark-local.sh", "--master", "local[2]", f"{work}/out", corpus], f"{work}/spark.out")
summary = open(f"{work}/spark.out").read().strip()
print(f"articles: {n}")
print(f"detente analyze:      {aw:7.1f} s wall {n / aw:7.1f} articles/s | {ac:7.1f} s CPU {n / ac:6.1f} articles/CPU-s")
print(f"detente ingest+export:{iw + ew:7.1f} s wall {n / (iw + ew):7.1f} articles/s | {ic + ec:7.1f} s CPU "
      f"{n / (ic + ec):6.1f} articles/CPU-s")
print(f"spark job, local[2]:  {sw:7.1f} s wall {n / sw:7.1f} articles/s | {sc:7.1f} s CPU {n / sc:6.1f} articles/CPU-s"
      "  (JVM start to end: analysis, ledger merge, export)")
m = re.search(r"analyse ([\d.]+) s, merge ([\d.]+) s, export ([\d.]+) s", summary)
if m:
    an, me, ex = map(float, m.groups())
    print(f"  job phases: read+analyse {an:.1f} s ({n / an:.1f} articles/s), ledger merge {me:.1f} s, export {ex:.1f} s")
print(f"spark overhead vs analyze: {100 * (sw / aw - 1):+.0f} % wall, {100 * (sc / ac - 1):+.0f} % CPU; "
      f"vs ingest+export: {100 * (sw / (iw + ew) - 1):+.0f} % wall, {100 * (sc / (ic + ec) - 1):+.0f} % CPU")
print(summary)
PY
