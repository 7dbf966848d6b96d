# -*- coding: utf-8 -*-
"""Final check: every contains figure of an answered item occurs in a document it cites
(whitespace removed), or is a computed figure whose arithmetic (items_meta.json) gives it.
Run: /work/main/.venv/bin/python check.py"""
import json, os, re, sys
import openpyxl, pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.join(HERE, "..", "..", "..")  # (the seed in knowledge/, the samples in tests/data/samples/)
FILES = {"seed": REPO + "/knowledge/000_9289cd5134f499bc.txt",
         "T1": HERE + "/安吉县文化和广电旅游体育局2026年项目支出绩效目标表.txt",
         "T2": HERE + "/安吉县农业农村局2025年度项目支出绩效自评表.xlsx",
         "T3": HERE + "/安吉县2026年村级全民健身场地设施建设专项资金分配表.xlsx",
         "cq": REPO + "/tests/data/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx",
         "wh": REPO + "/tests/data/samples/wuhan_donghu_rsj_2020_project_application.xlsx",
         "zj": REPO + "/tests/data/samples/zhanjiang_rsj_2024_department_targets.xlsx",
         "sg": REPO + "/tests/data/samples/putuo_shegongbu_2024_final_accounts.pdf",
         "cz": REPO + "/tests/data/samples/putuo_czj_2024_final_accounts.pdf"}


def norm(t):
    return re.sub(r"\s+", "", t)


def load(path):
    if path.endswith(".txt"):
        return norm(open(path, encoding="utf-8").read())
    if path.endswith(".pdf"):
        with pdfplumber.open(path) as p:
            return norm("".join((pg.extract_text() or "") + "\n" for pg in p.pages))
    wb = openpyxl.load_workbook(path)
    parts = []
    for ws in wb:
        parts.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    parts += [str(v), "%g" % v, "%.2f" % v]
                    if "%" in (c.number_format or ""):
                        parts.append("%g%%" % (v * 100))
                else:
                    parts.append(str(v))
    return norm("|".join(parts))


TEXT = {k: load(v) for k, v in FILES.items()}
items = [json.loads(l) for l in open(os.path.join(HERE, "..", "..", "questions", "blind_47.jsonl"), encoding="utf-8")]
meta = {m["id"]: m for m in json.load(open(os.path.join(HERE, "items_meta.json"), encoding="utf-8"))}

bad = 0
for it in items:
    m = meta[it["id"]]
    if "unknown" in it["status"] and it["contains"]:
        print("UNKNOWN WITH CONTAINS", it["id"]); bad += 1
    for x in it["excludes"]:
        if any(norm(x) in norm(c) for c in it["contains"]):
            print("EXCLUDE INSIDE CONTAINS", it["id"], x); bad += 1
    if "answered" not in it["status"] and "clarify" not in it["status"]:
        continue
    for c in it["contains"]:
        if c in m["calc"]:
            val = eval(m["calc"][c])
            dec = len(c.split(".")[1]) if "." in c else 0
            if abs(round(val, dec) - float(c)) > 1e-9:
                print("CALC MISMATCH", it["id"], c, m["calc"][c], val); bad += 1
            continue
        if not any(norm(c) in TEXT[d] for d in m["docs"]):
            print("NOT IN DOC", it["id"], c, m["docs"]); bad += 1

ids = [it["id"] for it in items]
assert len(ids) == len(set(ids)), "duplicate ids"
n = len(items)
seed = sum(1 for d in items if d["kb"] == "seed")
unk = sum(1 for d in items if "unknown" in d["status"])
conv = sum(1 for d in items if "conversation" in d)
print("problems:", bad)
print("total", n, "seed", seed, "all", n - seed, "unknown", unk, "conversations", conv)
sys.exit(1 if bad else 0)
