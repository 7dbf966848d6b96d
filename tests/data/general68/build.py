# -*- coding: utf-8 -*-
"""Writes questions.jsonl and ANSWERS.md from q_seed.py, q_t1.py, q_t23.py, q_cross.py."""
import json
import os

import q_seed, q_t1, q_t23, q_cross  # noqa: F401  (they fill qlib.ITEMS)
from qlib import DOCFILES, ITEMS

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "..", "..", "questions", "blind_68.jsonl"), "w", encoding="utf-8") as f:
    for it in ITEMS:
        f.write(json.dumps(it["item"], ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "ANSWERS.md"), "w", encoding="utf-8") as f:
    f.write("# Answers\n\nid | question | where the answer is read (file: sheet/row or project) and the arithmetic\n\n")
    for it in ITEMS:
        i = it["item"]
        q = i.get("q") or " → ".join(i["conversation"])
        files = ", ".join(os.path.basename(DOCFILES[d]) for d in it["docs"])
        calc = "; ".join(f"{k} = {v}" for k, v in it["calc"].items())
        f.write(f"- {i['id']} | {q} | {files}: {it['where']}" + (f" [算式: {calc}]" if calc else "") + "\n")
items = [it["item"] for it in ITEMS]
n = len(items)
seed = sum(i["kb"] == "seed" for i in items)
unk = sum(i["status"] == ["unknown"] for i in items)
conv = sum("conversation" in i for i in items)
print(f"total {n}, seed {seed}, all {n - seed}, unknown {unk}, conversations {conv}")
