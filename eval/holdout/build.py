#!/usr/bin/env python3
"""Builds a held-out set's NAME.jsonl and NAME.gold.jsonl (NAME: its folder's name) from the
hand-written articles and annotations in its build_a.py / build_b.py, and checks that every span
is verbatim. Usage: python3 eval/holdout/build.py [FOLDER] (default: this script's folder)."""
import json, os, re, sys
here = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
name = os.path.basename(here)
A = []


def art(id, url, text, published, title, quotes, events, people, stance):
    """One article of a set's build_a.py / build_b.py: its text and its gold."""
    A.append(dict(id=id, url=url, text=text, gold=dict(id=id, published=published, title=title, language="en",
        quotes=[dict(speaker=s, direct=d, text=t, said_on=o) for s, d, t, o in quotes],
        events=[dict(type=ty, actors=a, date=dt, place=pl, evidence=ev) for ty, a, dt, pl, ev in events],
        people=[dict(name=n, role=r, country=c) for n, r, c in people],
        stance=[dict(speaker=s, countries=c, score=v) for s, c, v in stance])))


for part in ("build_a.py", "build_b.py"):
    exec(open(os.path.join(here, part), encoding="utf-8").read(), {"art": art})
bad = 0
ids = set()
for a in A:
    t, g = a["text"], a["gold"]
    assert a["id"] not in ids; ids.add(a["id"])
    nw = len(re.findall(r"\w+", t))
    if not 250 <= nw <= 450:
        print(f"{a['id']}: {nw} words"); bad += 1
    # the headline is the first line, or a whole line after a section label or a letterhead
    if g["title"] and not t.startswith(g["title"]) and g["title"] not in t.splitlines():
        print(f"{a['id']}: title not first line"); bad += 1
    for q in g["quotes"]:
        if q["text"] not in t:
            print(f"{a['id']}: quote not verbatim: {q['text']!r}"); bad += 1
    for e in g["events"]:
        if e["evidence"] not in t:
            print(f"{a['id']}: evidence not verbatim: {e['evidence']!r}"); bad += 1
    names = {p["name"] for p in g["people"]}
    for p in g["people"]:
        if p["name"] not in t:
            print(f"{a['id']}: person not in text: {p['name']!r}"); bad += 1
    for s in g["stance"]:
        assert -2 <= s["score"] <= 2 and len(s["countries"]) == 2
with open(os.path.join(here, name + ".jsonl"), "w", encoding="utf-8") as f:
    for a in A:
        f.write(json.dumps({"id": a["id"], "url": a["url"], "text": a["text"]}, ensure_ascii=False) + "\n")
with open(os.path.join(here, name + ".gold.jsonl"), "w", encoding="utf-8") as f:
    for a in A:
        f.write(json.dumps(a["gold"], ensure_ascii=False) + "\n")
print(f"{len(A)} documents, {sum(len(a['gold']['quotes']) for a in A)} quotes, "
      f"{sum(len(a['gold']['events']) for a in A)} events, {sum(len(a['gold']['people']) for a in A)} people, "
      f"{sum(len(a['gold']['stance']) for a in A)} stance; problems: {bad}")
sys.exit(1 if bad else 0)
