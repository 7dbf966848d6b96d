# -*- coding: utf-8 -*-
"""Final check: every contains string of an answered item occurs in the document(s) it cites
(after removing whitespace), or is the result of the item's recorded arithmetic whose operands occur there.
Also checks ids, statuses and counts.  Run: /work/main/.venv/bin/python check.py"""
import json, os, re, sys
import openpyxl, pdfplumber
from build_questions import build, DOCNAME

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = {"shared": "/work/shared", "docs": HERE}

def path(rel):
    top, rest = rel.split("/", 1)
    return os.path.join(ROOT[top], rest)

def norm(s):
    return re.sub(r"\s+", "", s)

def xlsx_text(p):
    out = []
    wb = openpyxl.load_workbook(p)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                out.append(str(v))
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    out.append("%.2f" % v)
                    if "%" in (c.number_format or ""):
                        out.append("%g%%" % (v * 100))
                    if "," in (c.number_format or ""):
                        out.append("{:,.2f}".format(v))
    return norm("|".join(out))

def pdf_text(p):
    with pdfplumber.open(p) as pdf:
        return norm("".join((pg.extract_text() or "") for pg in pdf.pages))

_cache = {}
def doc_text(key):
    if key not in _cache:
        p = path(DOCNAME[key])
        if p.endswith(".xlsx"):
            _cache[key] = xlsx_text(p)
        elif p.endswith(".pdf"):
            _cache[key] = pdf_text(p)
        else:
            _cache[key] = norm(open(p, encoding="utf-8").read())
    return _cache[key]

def fmt(x):
    s = "%.2f" % x
    return s.rstrip("0").rstrip(".") if "." in s else s

def main():
    items, rows = build()
    bad = 0
    ids = set()
    for it, (iid, q, doc, where, calc, con, g) in zip(items, rows):
        assert it["id"] not in ids, it["id"]; ids.add(it["id"])
        assert re.match(r"^(s|sc|a|ac)-\d{3}(-unk)?$", it["id"]), it["id"]
        assert set(it["status"]) <= {"answered", "clarify", "unknown"}
        assert it["id"].endswith("-unk") == (it["status"] == ["unknown"])
        assert ("q" in it) != ("conversation" in it)
        texts = [doc_text(d) for d in doc.split("+")]
        if "answered" not in it["status"]:
            continue
        for c in con:
            cn = norm(c)
            if any(cn in t for t in texts):
                continue
            if calc:
                val = eval(calc)
                ops = re.findall(r"\d+(?:\.\d+)?", calc)
                ops_ok = all(any(fmt(float(o)) in t for t in texts) for o in ops)
                if fmt(val) == cn and ops_ok:
                    continue
                print("CALC MISMATCH", iid, c, calc, fmt(val), ops_ok)
            else:
                print("NOT FOUND", iid, c, "in", doc)
            bad += 1
    print("items:", len(items), "problems:", bad)
    print("total", len(items), "seed", sum(i["kb"] == "seed" for i in items), "all", sum(i["kb"] == "all" for i in items),
          "unknown", sum(i["status"] == ["unknown"] for i in items), "conversations", sum("conversation" in i for i in items))
    return bad

if __name__ == "__main__":
    sys.exit(1 if main() else 0)
