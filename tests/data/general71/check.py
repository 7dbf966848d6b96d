# -*- coding: utf-8 -*-
"""Final check: every contains string of an answered item occurs in the document(s) it cites
(whitespace removed), or is the result of the recorded arithmetic whose operands occur there."""
import json, re, sys
import openpyxl, pdfplumber

meta = json.load(open("answers_meta.json", encoding="utf-8"))
DOCS = meta["docfiles"]
_cache = {}

def cell_strings(v, fmt):
    if isinstance(v, bool) or v is None:
        return []
    if isinstance(v, (int, float)):
        out = [repr(v)]
        if float(v).is_integer():
            out.append(str(int(v)))
        out.append("%.2f" % v)
        out.append("{:,.2f}".format(v))
        if "%" in (fmt or ""):
            p = v * 100
            out.append(("%d%%" % p) if float(p).is_integer() else ("%g%%" % p))
        return out
    return [str(v)]

def text_of(key):
    if key in _cache:
        return _cache[key]
    path = DOCS[key]
    if path.endswith(".txt"):
        t = open(path, encoding="utf-8").read()
    elif path.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path)
        parts = []
        for ws in wb:
            for row in ws.iter_rows():
                for c in row:
                    parts += cell_strings(c.value, c.number_format)
        t = "\n".join(parts)
    else:
        with pdfplumber.open(path) as p:
            t = "\n".join((pg.extract_text() or "") for pg in p.pages)
    t = re.sub(r"\s+", "", t)
    _cache[key] = t
    return t

def nums_in(expr):
    return re.findall(r"\d+(?:\.\d+)?", expr)

bad = 0
n_checked = 0
for line in open("../../questions/blind_71.jsonl", encoding="utf-8"):
    it = json.loads(line)
    if "answered" not in it["status"] and "clarify" not in it["status"]:
        continue
    m = meta["items"][it["id"]]
    keys, _ = m["src"].split("|", 1)
    if keys == "all":
        continue
    text = "".join(text_of(k) for k in keys.split("+"))
    for s in it["contains"]:
        n_checked += 1
        s0 = re.sub(r"\s+", "", s)
        if s in m["calc"]:
            expr = m["calc"][s]
            val = eval(expr)
            ok_val = ("%.2f" % val).startswith(s) or ("%g" % val) == s or abs(val - float(s)) < 1e-9
            missing = [x for x in nums_in(expr) if x not in text and x not in ("100",)]
            if ok_val and not missing:
                continue
            print("BAD CALC", it["id"], s, expr, val, "missing operands:", missing); bad += 1
            continue
        if s0 in text:
            continue
        print("NOT FOUND", it["id"], repr(s), "in", keys); bad += 1
print("checked", n_checked, "contains strings;", bad, "problems")
sys.exit(1 if bad else 0)
