# -*- coding: utf-8 -*-
"""Build questions.jsonl and ANSWERS.md from questions_src.py."""
import tempfile
import json, os
from questions_src import ALL_GROUPS
from check import DOC_NAMES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = tempfile.mkdtemp(prefix="general67_q_")  # scratch: the committed set is tests/questions/blind_67.jsonl
counters = {"s": 0, "sc": 0, "a": 0, "ac": 0}
items, lines = [], []
for group in ALL_GROUPS:
    for kind, q, status, contains, excludes, src, where in group:
        counters[kind] += 1
        iid = "%s-%03d" % (kind, counters[kind])
        if status[0] == "unknown":
            iid += "-unk"
        it = {"id": iid}
        if isinstance(q, list):
            it["conversation"] = q
        else:
            it["q"] = q
        it.update({"status": status, "contains": contains, "excludes": excludes,
                   "kb": "seed" if kind in ("s", "sc") else "all"})
        items.append(it)
        qtext = " → ".join(q) if isinstance(q, list) else q
        srcs = "; ".join(DOC_NAMES[k] for k in src)
        lines.append("%s | %s | %s | %s" % (iid, qtext, srcs, where))
with open(os.path.join(OUT, "questions.jsonl"), "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "ANSWERS.md"), "w", encoding="utf-8") as f:
    f.write("# Answers\n\nOne line per item: id | question | document(s) | where the answer is read (and arithmetic)\n\n")
    for l in lines:
        f.write(l + "\n")
print("wrote", len(items), "items")
