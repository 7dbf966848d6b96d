# -*- coding: utf-8 -*-
"""Verifies every contains string of answered/clarify items occurs in a document the item cites
(whitespace and thousands separators removed), or is a computed figure whose arithmetic (sources.json) gives it."""
import json, os, re, sys
import openpyxl, pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
src = json.load(open(os.path.join(HERE, "sources.json"), encoding="utf-8"))

def norm(s):
    return re.sub(r"\s+", "", s).replace(",", "")

def xlsx_text(path):
    out = []
    wb = openpyxl.load_workbook(path)
    for ws in wb:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                out.append(str(v))
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    fmt = c.number_format or ""
                    if "%" in fmt:
                        dec = len(fmt.split(".")[1].rstrip("%")) if "." in fmt else 0
                        out.append(("%." + str(dec) + "f%%") % (v * 100))
                    elif fmt.startswith("0.") :
                        out.append(("%." + str(len(fmt.split(".")[1])) + "f") % v)
    return "\n".join(out)

def pdf_text(path):
    with pdfplumber.open(path) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)

cache = {}
def doc(key):
    if key not in cache:
        p = src["docs"][key]
        p = p if os.path.isabs(p) else os.path.join(HERE, p)
        if p.endswith(".xlsx"): t = xlsx_text(p)
        elif p.endswith(".pdf"): t = pdf_text(p)
        else: t = open(p, encoding="utf-8").read()
        cache[key] = norm(t)
    return cache[key]

bad = 0
items = [json.loads(l) for l in open(os.path.join(HERE, "../../questions/blind_63.jsonl"), encoding="utf-8")]
ids = set()
for it in items:
    assert it["id"] not in ids, it["id"]; ids.add(it["id"])
    assert ("q" in it) != ("conversation" in it)
    assert it["kb"] in ("seed", "all")
    if it["status"] == ["unknown"]:
        assert not it["contains"], it["id"]
        continue
    s = src["items"][it["id"]]
    for c in it["contains"]:
        if c in s["calc"]:
            expr = s["calc"][c]
            val = eval(expr)
            ok = abs(val - float(c)) < 0.006 or ("%.1f" % val) == c or ("%.2f" % val).rstrip("0").rstrip(".") == c
            if not ok:
                print("CALC MISMATCH", it["id"], c, expr, val); bad += 1
            continue
        if not any(norm(c) in doc(k) for k in s["docs"]):
            print("NOT FOUND", it["id"], c, s["docs"]); bad += 1
    for e in it["excludes"]:
        for c in it["contains"]:
            if norm(e) in norm(c):
                print("EXCLUDE INSIDE CONTAINS", it["id"], e, c); bad += 1
tot = len(items); seed = sum(i["kb"] == "seed" for i in items)
unk = sum(i["status"] == ["unknown"] for i in items); conv = sum("conversation" in i for i in items)
print("total", tot, "seed", seed, "all", tot - seed, "unknown", unk, "conversations", conv)
print("problems", bad)
sys.exit(1 if bad else 0)
