# -*- coding: utf-8 -*-
"""Final check: every contains string of an item occurs in a document its ANSWERS line cites,
or (for computed answers) equals the arithmetic whose operands occur in the cited documents."""
import json, os, re, sys
import openpyxl, pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
meta = json.load(open(os.path.join(HERE, "answers_meta.json"), encoding="utf-8"))
SRC = meta["sources"]
_cache = {}
def norm(t):
    return re.sub(r"\s+", "", t)
def text_of(key):
    if key in _cache:
        return _cache[key]
    p = SRC[key]
    if not os.path.isabs(p):
        p = os.path.join(HERE, p)
    parts = []
    if p.endswith(".txt"):
        parts.append(open(p, encoding="utf-8").read())
    elif p.endswith(".xlsx"):
        wb = openpyxl.load_workbook(p)
        for ws in wb:
            parts.append(ws.title)
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if v is None:
                        continue
                    parts.append(str(v))
                    if isinstance(v, (int, float)) and not isinstance(v, bool):
                        parts.append("%.2f" % v)
                        if float(v).is_integer():
                            parts.append(str(int(v)))
                        if "%" in (c.number_format or ""):
                            parts.append("%g%%" % (v * 100))
    elif p.endswith(".pdf"):
        with pdfplumber.open(p) as pdf:
            for pg in pdf.pages:
                parts.append(pg.extract_text() or "")
    t = "\n".join(norm(x) for x in parts)
    _cache[key] = t
    return t
def keys_in(where):
    return [k for k in SRC if k in where]
def fmt(x):
    s = "%.2f" % x
    return s.rstrip("0").rstrip(".") if "." in s else s
items = [json.loads(l) for l in open(os.path.join(HERE, "..", "..", "questions", "blind_69.jsonl"), encoding="utf-8")]
bad = 0
for it in items:
    m = meta["items"][it["id"]]
    ks = keys_in(m["where"])
    if it["status"] == ["unknown"] and not it["contains"]:
        continue   # nothing to find: the data is not there
    if not ks:
        print("NO SOURCE", it["id"]); bad += 1; continue
    txt = "\n".join(text_of(k) for k in ks)
    if m["calc"]:
        val = eval(m["calc"])
        res = fmt(val)
        want = [c for c in it["contains"]]
        if not any(c.rstrip("%") == res for c in want):
            print("CALC MISMATCH", it["id"], m["calc"], "=", res, want); bad += 1
        for op in re.findall(r"\d+(?:\.\d+)?", m["calc"]):
            if float(op) in (6, 100) and op in ("6", "100"):
                continue
            if "." not in op and float(op) < 10:
                continue   # counts (e.g. indicator counts) are not printed figures
            f = fmt(float(op))
            if f not in txt and op not in txt:
                print("OPERAND NOT IN DOC", it["id"], op, ks); bad += 1
        continue
    for c in it["contains"]:
        if norm(c) not in txt:
            print("MISSING", it["id"], repr(c), ks); bad += 1
    if "unknown" in it["status"] and it["contains"]:
        print("UNKNOWN WITH CONTAINS", it["id"])
n = len(items)
seed = sum(1 for i in items if i["kb"] == "seed")
unk = sum(1 for i in items if i["status"] == ["unknown"])
conv = sum(1 for i in items if "conversation" in i)
ids = [i["id"] for i in items]
assert len(set(ids)) == n, "duplicate ids"
print("problems:", bad)
print("total %d, seed %d, all %d, unknown %d, conversations %d" % (n, seed, n - seed, unk, conv))
sys.exit(1 if bad else 0)
