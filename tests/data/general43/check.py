# -*- coding: utf-8 -*-
"""Final check: every contains string of an answered/clarify item occurs in a document it cites
(computed figures: the arithmetic in answers_meta.json is re-evaluated and its operands looked up);
excludes never overlap contains; ids/format sane. Prints counts.
Run: /work/main/.venv/bin/python check.py"""
import json, os, re, sys
import openpyxl, pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
meta = json.load(open(os.path.join(HERE, "answers_meta.json"), encoding="utf-8"))
items = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
norm = lambda s: re.sub(r"\s+", "", s)


def num_forms(v):
    f = [str(v)]
    if isinstance(v, (int, float)):
        f += [f"{v:.2f}", f"{v:g}", f"{v * 100:g}%", f"{v * 100:.2f}%"]
    return f


def load(path):
    p = path if os.path.isabs(path) else os.path.join(HERE, path)
    if p.endswith(".txt"):
        return norm(open(p, encoding="utf-8").read())
    if p.endswith(".xlsx"):
        wb = openpyxl.load_workbook(p)
        parts = []
        for ws in wb:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is not None:
                        parts += num_forms(v)
        return norm("\n".join(parts))
    if p.endswith(".pdf"):
        with pdfplumber.open(p) as pdf:
            return norm("\n".join(pg.extract_text() or "" for pg in pdf.pages))
    raise ValueError(p)


texts = {k: load(v) for k, v in meta["docfile"].items()}
bad = 0
mi = {m["id"]: m for m in meta["items"]}
for it in items:
    m = mi[it["id"]]
    assert set(it) >= {"id", "status", "contains", "excludes", "kb"} and ("q" in it) != ("conversation" in it), it
    assert it["kb"] in ("seed", "all")
    if it["kb"] == "seed":
        assert m["docs"] == ["SEED"], it["id"]
    for e in it["excludes"]:
        for c in it["contains"]:
            if norm(e) in norm(c):
                print("EXCLUDE INSIDE CONTAINS", it["id"], e, c); bad += 1
    if "unknown" in it["status"]:
        if it["contains"]:
            print("unknown with contains", it["id"]); bad += 1
        continue
    src = "".join(texts[d] for d in m["docs"])
    for c in it["contains"]:
        if norm(c) in src:
            continue
        if c in m["calc"]:
            expr = m["calc"][c]
            val = eval(expr)
            ok = abs(val - float(c)) < 1e-6
            for op in re.findall(r"\d+(?:\.\d+)?", expr):
                forms = {op, op.rstrip("0").rstrip(".") if "." in op else op, f"{float(op):.2f}"}
                if not any(fm in src for fm in forms):
                    ok = False; print("operand not found", it["id"], op)
            if ok:
                continue
        print("NOT FOUND", it["id"], c, m["docs"]); bad += 1

conv = sum("conversation" in i for i in items)
unk = sum(i["status"] == ["unknown"] for i in items)
seed = sum(i["kb"] == "seed" for i in items)
print(f"total={len(items)} seed={seed} all={len(items) - seed} unknown={unk} conversations={conv} problems={bad}")
sys.exit(1 if bad else 0)
