# -*- coding: utf-8 -*-
"""Final check: every `contains` string of every item occurs in a document the item cites
(text with whitespace and thousands commas removed; xlsx cells also as 2-decimal numbers),
or is a computed figure whose expression (ANSWERS.md 算式) evaluates to it. Also checks
that no `excludes` string is among the contains, and ids are unique."""
import os
import re
import sys

import openpyxl
import pdfplumber

import build  # noqa: F401  (rebuilds questions.jsonl / ANSWERS.md, fills ITEMS)
from qlib import DOCFILES, ITEMS

HERE = os.path.dirname(os.path.abspath(__file__))
_cache = {}


def norm(s):
    return re.sub(r"\s+", "", s).replace(",", "")


def doc_text(key):
    if key in _cache:
        return _cache[key]
    path = DOCFILES[key]
    path = path if os.path.isabs(path) else os.path.join(HERE, path)
    parts = []
    if path.endswith(".txt"):
        parts.append(open(path, encoding="utf-8").read())
    elif path.endswith(".xlsx"):
        for ws in openpyxl.load_workbook(path).worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    parts.append(str(v))
                    if isinstance(v, (int, float)):
                        parts.append(f"{v:.2f}")
                        if isinstance(v, float) and v.is_integer():
                            parts.append(str(int(v)))
    elif path.endswith(".pdf"):
        with pdfplumber.open(path) as pdf:
            parts += [p.extract_text() or "" for p in pdf.pages]
    _cache[key] = "\n".join(norm(p) for p in parts)
    return _cache[key]


def num_eq(fig, value):
    try:
        return abs(float(fig) - float(value)) < 0.005
    except ValueError:
        return False


bad = 0
ids = set()
for it in ITEMS:
    i = it["item"]
    if i["id"] in ids:
        print("duplicate id", i["id"]); bad += 1
    ids.add(i["id"])
    if i["status"] == ["unknown"] and i["contains"]:
        print("unknown item with contains", i["id"]); bad += 1
    for x in i["excludes"]:
        if any(x in c for c in i["contains"]):
            print("exclude inside contains", i["id"], x); bad += 1
    for c in i["contains"]:
        if c in it["calc"]:
            if not num_eq(c, eval(it["calc"][c])):
                print("calc mismatch", i["id"], c, it["calc"][c]); bad += 1
            continue
        if not any(norm(c) in doc_text(d) for d in it["docs"]):
            print("NOT FOUND", i["id"], c, it["docs"]); bad += 1
print("problems:", bad)
sys.exit(1 if bad else 0)
