#!/usr/bin/env bash
# Throughput check: analyses N articles (the dev corpus and the seeds, repeated under new ids)
# with --stats and prints documents/s and the time per stage. Usage: scripts/bench.sh [N]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
n=${1:-3000}
shared="$root/../shared"
corpus=$(mktemp --suffix=.jsonl)
trap 'rm -f "$corpus"' EXIT
python3 - "$n" "$shared/corpus/dev.jsonl" "$root/examples/seeds" > "$corpus" <<'PY'
import json, os, sys
n, dev, seeds = int(sys.argv[1]), sys.argv[2], sys.argv[3]
docs = [json.loads(l) for l in open(dev, encoding="utf-8") if l.strip()]
for f in sorted(os.listdir(seeds)):
    docs.append({"id": f.rsplit(".", 1)[0], "url": None, "text": open(os.path.join(seeds, f), encoding="utf-8").read()})
for i in range(n):
    d = dict(docs[i % len(docs)])
    d["id"] = f"{d['id']}-{i}"
    print(json.dumps(d))
PY
"$root/detente" analyze --stats "$corpus" 2>&1 > /dev/null | grep -v " note: "
