#!/usr/bin/env python
"""Verifies every contains string of answered/clarify items occurs in the cited document(s)
(whitespace removed), or equals a recorded arithmetic result; flags exclude/contains clashes."""
import json, os, re, sys
import openpyxl, pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
meta = json.load(open(os.path.join(HERE, "answers_meta.json"), encoding="utf-8"))
cache = {}
def text(key):
    if key in cache: return cache[key]
    p = meta["files"][key]
    if p.startswith("docs/"): p = p[5:]  # (the committed documents sit beside this script)
    if not p.startswith("/"): p = os.path.join(HERE, p)
    if p.endswith(".txt"): t = open(p, encoding="utf-8").read()
    elif p.endswith(".xlsx"):
        parts = []
        for ws in openpyxl.load_workbook(p, data_only=True):
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None: continue
                    parts.append(str(v))
                    if isinstance(v, float): parts.append("%.2f" % v)
                    if isinstance(v, int): parts.append("%d.00" % v)
        t = "|".join(parts)
    else:
        with pdfplumber.open(p) as pdf: t = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    cache[key] = re.sub(r"\s+", "", t)
    return cache[key]
bad = 0
for it in meta["items"]:
    for c in it["contains"]:
        for e in it["excludes"]:
            if e in c: print("CLASH", it["id"], c, e); bad += 1
    if it["status"] == ["unknown"]: continue
    keys = [k for k in it["src"].split("+") if k]
    doc = "|".join(text(k) for k in keys)
    calcv = None
    if it["calc"]:
        lhs, rhs = it["calc"].split("=")
        calcv = eval(lhs)
        if abs(calcv - float(rhs)) > 0.006: print("CALC", it["id"], it["calc"], calcv); bad += 1
    for c in it["contains"]:
        cc = re.sub(r"\s+", "", c)
        if cc in doc: continue
        if calcv is not None and re.fullmatch(r"[\d.]+", cc) and abs(float(cc) - calcv) < 0.1: continue
        print("MISSING", it["id"], it["src"], c); bad += 1
print("checked %d items, problems: %d" % (len(meta["items"]), bad))
sys.exit(1 if bad else 0)
