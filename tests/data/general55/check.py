# -*- coding: utf-8 -*-
"""Verify every contains string of an answered/clarify item occurs in a document it cites
(whitespace removed), or, for computed items, that the arithmetic holds and its operands occur."""
import json, re, os, sys
from decimal import Decimal as D
import openpyxl, pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = "/work/shared"
meta = json.load(open(os.path.join(HERE, "questions_meta.json"), encoding="utf-8"))
items = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]

def path(rel):
    return os.path.join(HERE if rel.startswith("docs/") else SHARED, rel)

def text_of(rel):
    p = path(rel)
    if p.endswith(".txt"):
        t = open(p, encoding="utf-8").read()
    elif p.endswith(".pdf"):
        with pdfplumber.open(p) as pdf:
            t = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
        t += t.replace(",", "")
    else:
        parts = []
        for ws in openpyxl.load_workbook(p).worksheets:
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if v is None: continue
                    parts.append(str(v))
                    if isinstance(v, (int, float)):
                        parts.append("%.2f" % v)
                        if "%" in (c.number_format or ""):
                            parts.append("%g%%" % (v * 100))
        t = "\n".join(parts)
    return re.sub(r"\s+", "", t)

cache = {k: text_of(v) for k, v in meta["docs"].items()}
bad = 0
for it in items:
    m = meta["items"][it["id"]]
    if it["status"] == ["unknown"]:
        if it["contains"]: print("UNK WITH CONTAINS", it["id"]); bad += 1
        continue
    hay = "".join(cache[k] for k in m["src"])
    calc = m.get("calc")
    calc_res = None
    if calc:
        expr, res = calc.split("=")
        nums = re.findall(r"\d+(?:\.\d+)?", expr.replace("*100", ""))
        for n in nums:
            if n not in hay and n.rstrip("0").rstrip(".") not in hay:
                print("CALC OPERAND MISSING", it["id"], n); bad += 1
        val = eval(expr.replace("/", "*1.0/"))
        if abs(val - float(res)) > 0.006:
            print("CALC WRONG", it["id"], calc, val); bad += 1
        calc_res = res
    for c in it["contains"]:
        cc = re.sub(r"\s+", "", c)
        if cc in hay: continue
        if calc_res and (cc in calc_res or calc_res.startswith(cc)): continue
        print("MISSING", it["id"], repr(c), m["src"]); bad += 1
    for e in it["excludes"]:
        ee = re.sub(r"\s+", "", e)
        if any(ee == re.sub(r"\s+", "", c) for c in it["contains"]):
            print("EXCLUDE==CONTAINS", it["id"], e); bad += 1
tot = len(items); seed = sum(i["kb"] == "seed" for i in items)
print("checked", tot, "items; problems:", bad)
print("total", tot, "seed", seed, "all", tot - seed,
      "unknown", sum(i["status"] == ["unknown"] for i in items),
      "conversations", sum("conversation" in i for i in items))
sys.exit(1 if bad else 0)
