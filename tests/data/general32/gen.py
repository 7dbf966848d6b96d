# -*- coding: utf-8 -*-
import json, sys
sys.path.insert(0, '/work/blind32/build')
from questions_src import seed, allq
ST = {"a": ["answered"], "u": ["unknown"], "c": ["clarify"], "ca": ["clarify", "answered"], "ua": ["unknown", "answered"]}
out = []; ans = []
def emit(items, kb, ps, pc):
    ns = nc = 0
    for turns, st, con, exc, where in items:
        unk = st in ("u", "ua")
        if isinstance(turns, list):
            nc += 1; i = f"{pc}-{nc:03d}" + ("-unk" if unk else "")
            o = {"id": i, "conversation": turns}
        else:
            ns += 1; i = f"{ps}-{ns:03d}" + ("-unk" if unk else "")
            o = {"id": i, "q": turns}
        o.update(status=ST[st], contains=con, excludes=exc, kb=kb)
        out.append(o); ans.append((i, where))
emit(seed, "seed", "s", "sc")
emit(allq, "all", "a", "ac")
ids = [o["id"] for o in out]; assert len(ids) == len(set(ids))
with open('/work/blind32/questions.jsonl', 'w', encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
with open('/work/blind32/ANSWERS.md', 'w', encoding='utf-8') as f:
    f.write("# ANSWERS — where each expected answer is read\n\n")
    f.write("Documents: seed = /work/shared/seed/000_9289cd5134f499bc.txt (L = line number); docs/*.txt (L = line number); xlsx rows/columns are Excel coordinates; samples under /work/shared/samples (p = PDF page).\n\n")
    for i, w in ans: f.write(f"- {i}: {w}\n")
n = len(out); seedn = sum(o["kb"] == "seed" for o in out)
unk = sum("unknown" in o["status"] for o in out); conv = sum("conversation" in o for o in out)
print(n, "seed", seedn, "all", n - seedn, "unknown", unk, "conv", conv)
