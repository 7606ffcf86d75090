#!/usr/bin/env python3
"""Groups reported-speech errors on PolNeAR by construction class, to attack the biggest first.

usage: reported-diagnose.py GOLD.gold.jsonl PRED.jsonl [--examples N] [--class SUBSTRING]

Uses score_polnear.py's filtering ("speakers" pass: named-speaker gold, ignore list applied) and
score.py's matching (token F1 >= 0.5, greedy). A missed gold reported statement is classed by its
cue lemma, the cue's position (before / after / inside the content), the complement type (that,
to-infinitive, question word, bare clause, content holding quotation marks) and what was predicted
near it (nothing, a direct quote, a reported statement with other bounds). False positives are
classed by cue lemma and whether any gold statement (named or not) overlaps them.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.join(HERE, "..", "..", "shared", "eval")


def load(path):
    import importlib.util
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def lemma(cue):
    w = (cue or "").lower().split()
    if not w:
        return "-"
    words = []
    for t in w[:3]:
        for suf, rep in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
            if len(t) > 4 and t.endswith(suf):
                t = t[: -len(suf)] + rep
                break
        words.append(t)
    return " ".join(words)


QUESTION = {"whether", "if", "how", "what", "why", "when", "where", "who", "which"}
MARKS = re.compile(r"[\"\u201c\u201d\u2018\u2019']{1}\w|\w[\"\u201c\u201d]")


def classify(text, q, cue):
    s, e = q["start"], q["end"]
    before = text[max(0, s - 120):s]
    after = text[e:e + 120]
    lc = (cue or "").lower()
    pos = "none"
    if lc:
        b = before.lower().rfind(lc)
        a = after.lower().find(lc)
        inside = text[s:e].lower().find(lc)
        cand = []
        if b >= 0:
            cand.append((len(before) - b, "before"))
        if a >= 0:
            cand.append((a, "after"))
        if inside >= 0:
            cand.append((0, "inside"))
        if cand:
            pos = min(cand)[1]
    content = text[s:e]
    first = (content.split() or [""])[0].lower().strip(",")
    prev = (before.split() or [""])[-1].lower().strip(",")
    if prev == "that" or first == "that":
        comp = "that"
    elif prev == "to" or first == "to":
        comp = "to-inf"
    elif prev in QUESTION or first in QUESTION:
        comp = "question"
    elif lc.startswith("according"):
        comp = "according"
    else:
        comp = "bare"
    if "\u201c" in content or "\"" in content or "''" in content:
        comp += "+quotes"
    return pos, comp


def overlaps(a, b):
    return min(a["end"], b["end"]) > max(a["start"], b["start"])


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip())
        return 2
    n_ex = int(argv[argv.index("--examples") + 1]) if "--examples" in argv else 0
    only = argv[argv.index("--class") + 1] if "--class" in argv else None
    S = load(os.path.join(EVAL, "score.py"))
    P = load(os.path.join(EVAL, "score_polnear.py"))
    gold = [json.loads(l) for l in open(argv[1], encoding="utf-8") if l.strip()]
    pred = {}
    for l in open(argv[2], encoding="utf-8"):
        if l.strip():
            o = json.loads(l)
            pred[o["id"]] = o
    missed = collections.Counter()
    missed_ex = collections.defaultdict(list)
    fps = collections.Counter()
    fp_ex = collections.defaultdict(list)
    wrong_speaker = collections.Counter()
    ws_ex = collections.defaultdict(list)
    for g in gold:
        p = pred.get(g["id"], {})
        text = p.get("text") or ""
        g2, p2, _ = P.filter_doc(S, g, p, "speakers")
        gq = [q for q in g2["quotes"] if not q.get("direct")]
        pq = [q for q in p2["quotes"] if not q.get("direct")]
        pd = [q for q in p2["quotes"] if q.get("direct")]
        allg = [q for q in g.get("quotes", [])]
        pairs = S.greedy(gq, pq, lambda a, b: S.token_f1(a.get("text"), b.get("text")), 0.5)
        mg = {gi for gi, _ in pairs}
        mp = {pi for _, pi in pairs}
        for gi, pi in pairs:
            if not S.same_name(gq[gi].get("speaker"), pq[pi].get("speaker") or ""):
                k = (lemma(gq[gi].get("cue")), "pred-unresolved" if not pq[pi].get("speaker") else "other")
                wrong_speaker[k] += 1
                ws_ex[k].append((gq[gi].get("speaker"), pq[pi].get("speaker"), gq[gi]["text"][:90]))
        for gi, q in enumerate(gq):
            if gi in mg:
                continue
            pos, comp = classify(text, q, q.get("cue"))
            near = "nothing"
            if any(overlaps(q, r) for r in pq if "start" in r):
                near = "reported-other-bounds"
            elif any(overlaps(q, r) for r in pd if "start" in r):
                near = "direct"
            key = (lemma(q.get("cue")), pos, comp, near)
            missed[key] += 1
            ctx = text[max(0, q["start"] - 80):q["start"]] + " [[" + text[q["start"]:q["end"]][:160] + "]] " + text[q["end"]:q["end"] + 40]
            missed_ex[key].append((q.get("speaker"), ctx.replace("\n", " ")))
        for pi, q in enumerate(pq):
            if pi in mp:
                continue
            anyg = any(overlaps(q, r) for r in allg if "start" in r and not r.get("direct"))
            key = (lemma(q.get("cue")), "overlaps-gold" if anyg else "no-gold")
            fps[key] += 1
            s = q.get("start", 0)
            ctx = text[max(0, s - 80):s] + " [[" + (q.get("text") or "")[:160] + "]]"
            fp_ex[key].append((q.get("speaker"), ctx.replace("\n", " ")))

    def show(title, counter, examples, top=40):
        print(f"== {title}: {sum(counter.values())}")
        for dim in range(len(next(iter(counter))) if counter else 0):
            agg = collections.Counter()
            for k, n in counter.items():
                agg[k[dim]] += n
            print("  by dim", dim, ", ".join(f"{k}={n}" for k, n in agg.most_common(14)))
        for k, n in counter.most_common(top):
            if only and only not in " ".join(k):
                continue
            print(f"{n:5d}  {' | '.join(k)}")
            for ex in examples[k][:n_ex]:
                print("         ", ex)

    show("missed named-speaker reported", missed, missed_ex)
    show("false-positive reported", fps, fp_ex)
    show("matched but wrong speaker", wrong_speaker, ws_ex, 15)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
