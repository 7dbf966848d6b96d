# -*- coding: utf-8 -*-
"""Verify every contains string of an answered/clarify item occurs in the document(s) it cites,
or is a derived figure whose arithmetic (calc) reproduces it. Also checks excludes do not collide with contains."""
import json, os, re, sys
import openpyxl, pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
SH = "/work/shared"
D = HERE
FILES = {
 "S": f"{SH}/seed/000_9289cd5134f499bc.txt",
 "T1": f"{D}/开化县_文化和广电旅游体育局_2026年_项目支出绩效目标表.txt",
 "T2": f"{D}/开化县_财政局_2026年_县级财政专项资金绩效目标汇总表.xlsx",
 "T3": f"{D}/开化县_发展和改革局_2025年_民生实事项目完成情况表.xlsx",
 "ZJ": f"{SH}/samples/zhanjiang_rsj_2024_department_targets.xlsx",
 "WH": f"{SH}/samples/wuhan_donghu_rsj_2020_project_application.xlsx",
 "CQ": f"{SH}/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx",
 "SG": f"{SH}/samples/putuo_shegongbu_2024_final_accounts.pdf",
 "CZ": f"{SH}/samples/putuo_czj_2024_final_accounts.pdf",
}

def text_of(path):
    if path.endswith(".txt"):
        t = open(path, encoding="utf-8").read()
    elif path.endswith(".xlsx"):
        parts = []
        for ws in openpyxl.load_workbook(path):
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if v is None: continue
                    parts.append(str(v))
                    if isinstance(v, (int, float)):
                        parts.append(f"{v:.2f}")
                        if "%" in (c.number_format or ""):
                            parts.append(f"{v * 100:.2f}%")
        t = " | ".join(parts)
    else:
        with pdfplumber.open(path) as pdf:
            t = "\n".join(p.extract_text() or "" for p in pdf.pages)
        t = t + "\n" + t.replace(",", "")
    return re.sub(r"\s+", "", t)

TXT = {k: text_of(v) for k, v in FILES.items()}
items = json.load(open(os.path.join(HERE, "items_meta.json"), encoding="utf-8"))
bad = 0
for it in items:
    for c in it["contains"]:
        if c in it["calc"]:
            val = eval(it["calc"][c])
            if abs(round(val, 2) - float(c)) > 0.005:
                print("CALC MISMATCH", it["id"], c, it["calc"][c], val); bad += 1
            continue
        if not any(re.sub(r"\s+", "", c) in TXT[d] for d in it["docs"]):
            print("NOT FOUND", it["id"], c, it["docs"]); bad += 1
    for e in it["excludes"]:
        if any(e in c for c in it["contains"]):
            print("EXCLUDE COLLIDES WITH CONTAINS", it["id"], e); bad += 1
ids = [it["id"] for it in items]
assert len(ids) == len(set(ids)), "duplicate ids"
n = len(items); seed = sum(i["kb"] == "seed" for i in items)
unk = sum(i["status"] == ["unknown"] for i in items); conv = sum(isinstance(i["text"], list) for i in items)
print(f"problems: {bad}")
print(f"total {n}  seed {seed}  all {n - seed}  unknown {unk}  conversations {conv}")
sys.exit(1 if bad else 0)
