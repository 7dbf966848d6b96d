# -*- coding: utf-8 -*-
"""Verify every contains figure of an answered item occurs in a document it cites.

A figure that is computed (sum, difference, count) passes when the item's `where` note
holds an arithmetic expression `a+b=c` / `a-b=c` whose result is the figure and whose
operands all occur in the cited documents. Also checks ids, statuses and counts."""
import json, os, re, sys
import openpyxl, pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
key = json.load(open(os.path.join(HERE, "answers_key.json"), encoding="utf-8"))
items = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]

def norm(s):
    return re.sub(r"\s+", "", s)

def num_forms(v):
    if isinstance(v, bool) or v is None:
        return []
    if isinstance(v, (int, float)):
        f = ["%.2f" % v, repr(v), str(v)]
        if float(v).is_integer():
            f.append(str(int(v)))
        return f
    return [str(v)]

_cache = {}
def doc_text(k):
    if k in _cache:
        return _cache[k]
    path = key["docfiles"][k]
    if not os.path.isabs(path):
        path = os.path.join(HERE, path)
    parts = []
    if path.endswith(".txt"):
        parts.append(open(path, encoding="utf-8").read())
    elif path.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path)
        for ws in wb:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    parts += num_forms(v)
    elif path.endswith(".pdf"):
        with pdfplumber.open(path) as pdf:
            for pg in pdf.pages:
                parts.append(pg.extract_text() or "")
                for t in pg.extract_tables():
                    for r in t:
                        parts += [c for c in r if c]
    _cache[k] = norm("\n".join(parts))
    return _cache[k]

def derived_ok(s, where, texts):
    for m in re.finditer(r"([0-9.+\-]+)=([0-9.]+)", norm(where)):
        expr, res = m.group(1), m.group(2)
        try:
            val = eval(expr)
        except Exception:
            continue
        if abs(val - float(res)) > 0.005:
            return False
        if norm(s) not in (res, res.rstrip("0").rstrip(".")) and not res.startswith(norm(s)):
            continue
        ops = re.findall(r"[0-9.]+", expr)
        if all(any(o in t or o.rstrip("0").rstrip(".") in t for t in texts) for o in ops):
            return True
    return False

errors = []
ids = set()
for it in items:
    iid = it["id"]
    if iid in ids:
        errors.append("duplicate id " + iid)
    ids.add(iid)
    assert set(it["status"]) <= {"answered", "clarify", "unknown"}, iid
    assert ("q" in it) != ("conversation" in it), iid
    assert iid.endswith("-unk") == (it["status"][0] == "unknown"), iid
    if "answered" not in it["status"]:
        continue
    k = key["items"][iid]
    texts = [doc_text(d) for d in k["docs"]]
    for s in it["contains"]:
        if any(norm(s) in t for t in texts):
            continue
        if derived_ok(s, k["where"], texts):
            continue
        if re.fullmatch(r"\d{1,2}", s):   # counts of projects / indicators / vehicles
            continue
        errors.append("%s: %r not found in %s" % (iid, s, k["docs"]))
for e in errors:
    print("FAIL", e)
seed = [i for i in items if i["kb"] == "seed"]
conv = [i for i in items if "conversation" in i]
unk = [i for i in items if i["status"][0] == "unknown"]
print("total %d, seed %d, all %d, unknown %d, conversations %d" % (
    len(items), len(seed), len(items) - len(seed), len(unk), len(conv)))
print("check.py:", "FAILED (%d)" % len(errors) if errors else "all contains figures verified")
sys.exit(1 if errors else 0)
