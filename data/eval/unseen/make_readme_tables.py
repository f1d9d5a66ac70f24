#!/usr/bin/env python3
"""Print Markdown tables (articles, places) from unseen.gold.json for README.md."""
import json
from collections import Counter
from pathlib import Path

g = json.loads((Path(__file__).resolve().parent / "unseen.gold.json").read_text(encoding="utf-8"))
print("| id | outlet | published (precision) | req/opt mentions | URL |")
print("|---|---|---|---|---|")
for a in g["articles"]:
    r = sum(t["required"] for t in a["toponyms"])
    print(f"| {a['id']} | {a['outlet']} | {a['published']} ({a['published_precision']}) | {r}/{len(a['toponyms']) - r} | {a['source_url']} |")
print()
cnt = Counter((t["place"], t["required"]) for a in g["articles"] for t in a["toponyms"])
print("| place | kind | mentions req/opt | lat | lon | confidence | source |")
print("|---|---|---|---|---|---|---|")
for k, p in g["places"].items():
    src = p["source"].replace("|", "\\|")
    if p.get("note"):
        src += " — " + p["note"].replace("|", "\\|")
    print(f"| {p['name']} (`{k}`) | {p['kind']} | {cnt[(k, True)]}/{cnt[(k, False)]} | {p['lat']} | {p['lon']} | {p['confidence']} | {src} |")
