#!/usr/bin/env python3
"""Score PLOVER event typing on single human-coded news sentences (one gold event each).

usage: score_sentences.py GOLD.jsonl (--pred PRED.jsonl | --run PROJECT_DIR) [--verbose]

GOLD lines: {"id", "text", "published"?, "event": {"type", "source", "target", "trigger"}}.
PRED lines: `detente analyze` output for the same ids (--run makes it with PROJECT_DIR/detente).
Figures: type recall (the gold type among the sentence's counted events), type precision (distinct
predicted types per sentence that equal the gold type), and, where the type is right, source and
target agreement (the side's country, or its code for an organisation; gold null sides are skipped).
"""
import argparse, json, os, subprocess, sys, tempfile
from collections import Counter, defaultdict


def side_code(event, key, actors):
    sid = event.get(key)
    if not sid:
        return None
    a = actors.get(sid)
    if not a:
        return None
    return a.get("country") or a.get("code")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--pred")
    g.add_argument("--run")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    gold = [json.loads(l) for l in open(args.gold, encoding="utf-8") if l.strip()]
    if args.run:
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "sentences.jsonl")
            with open(src, "w", encoding="utf-8") as f:
                for s in gold:
                    f.write(json.dumps({"id": s["id"], "text": s["text"], "published": s.get("published")}) + "\n")
            out = subprocess.run([os.path.join(args.run, "detente"), "analyze", src], capture_output=True, text=True,
                                 cwd=args.run)
            if out.returncode not in (0,):
                sys.stderr.write(out.stderr[-2000:])
            lines = out.stdout.splitlines()
    else:
        lines = open(args.pred, encoding="utf-8").read().splitlines()
    pred = {}
    for l in lines:
        if l.strip():
            d = json.loads(l)
            pred[d["id"]] = d
    n = len(gold)
    found = 0; no_event = 0; pred_types = 0; right_types = 0
    sides = {"source": [0, 0], "target": [0, 0]}  # agreeing, judged
    per_type = defaultdict(lambda: [0, 0]); confusion = Counter(); misses = []; side_errors = []
    for s in gold:
        ge = s["event"]; t = ge["type"]
        d = pred.get(s["id"], {})
        actors = {a["id"]: a for a in d.get("actors", [])}
        events = d.get("events", [])
        types = {e["type"] for e in events}
        pred_types += len(types); right_types += 1 if t in types else 0
        per_type[t][1] += 1
        if t in types:
            found += 1; per_type[t][0] += 1
            cands = [e for e in events if e["type"] == t]
            for side in ("source", "target"):
                if ge.get(side):
                    found_sides = [side_code(e, side, actors) for e in cands]
                    ok = ge[side] in found_sides
                    sides[side][0] += ok
                    sides[side][1] += 1
                    if not ok:
                        side_errors.append((s["id"], side, ge[side], found_sides, s["text"]))
        else:
            if not events:
                no_event += 1
            for pt in types:
                confusion[(t, pt)] += 1
            misses.append((s["id"], t, sorted(types), ge.get("trigger"), s["text"]))
    f = lambda a, b: a / b if b else 0.0
    print(f"sentences {n}")
    print(f"type recall     {f(found, n):.3f}  ({found}/{n}; misses {n - found}, of which no event at all {no_event})")
    print(f"type precision  {f(right_types, pred_types):.3f}  ({right_types}/{pred_types} distinct predicted types)")
    (src_ok, src_n), (tgt_ok, tgt_n) = sides["source"], sides["target"]
    print(f"source agreement {f(src_ok, src_n):.3f} ({src_ok}/{src_n})   target agreement {f(tgt_ok, tgt_n):.3f} ({tgt_ok}/{tgt_n})")
    print("recall by type: " + "  ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(per_type.items())))
    if args.verbose:
        print("\nconfusions (gold -> predicted instead):", ", ".join(f"{a}->{b} {c}" for (a, b), c in confusion.most_common()))
        print("\nMISSES")
        for m in misses:
            print(f"  {m[0]} gold {m[1]} pred {m[2]} trigger {m[3]!r}\n      {m[4]}")
        print("\nSIDE ERRORS")
        for e in side_errors:
            print(f"  {e[0]} {e[1]} gold {e[2]} pred {e[3]}\n      {e[4]}")


if __name__ == "__main__":
    main()
