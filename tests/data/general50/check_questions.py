# -*- coding: utf-8 -*-
"""Verify every contains string of an answered item occurs in the document(s) it cites
(or, for computed figures, that the arithmetic given in questions_src.py is right)."""
import os, re, sys
import openpyxl, pdfplumber
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import questions_src as QS

HERE = os.path.dirname(os.path.abspath(__file__))
SAM = "/work/shared/samples/"
DOCS = {
    "SEED": "/work/shared/seed/000_9289cd5134f499bc.txt",
    "T1": os.path.join(HERE, "docs/浏阳市文化旅游广电体育局_2025年_项目支出绩效目标表.txt"),
    "T2": os.path.join(HERE, "docs/浏阳市农业农村局水利局_2025年1-8月_项目支出绩效监控表.xlsx"),
    "T3": os.path.join(HERE, "docs/浏阳市_2026年_部门项目支出预算表.xlsx"),
    "CQ": SAM + "chongqing_yuzhong_2021_project_self_evaluation.xlsx",
    "WH": SAM + "wuhan_donghu_rsj_2020_project_application.xlsx",
    "ZJ": SAM + "zhanjiang_rsj_2024_department_targets.xlsx",
    "CZJ": SAM + "putuo_czj_2024_final_accounts.pdf",
    "SGB": SAM + "putuo_shegongbu_2024_final_accounts.pdf",
}


def load(path):
    if path.endswith(".txt"):
        t = open(path, encoding="utf-8").read()
    elif path.endswith(".pdf"):
        with pdfplumber.open(path) as p:
            t = "\n".join(pg.extract_text() or "" for pg in p.pages)
        t = t + "\n" + t.replace(",", "")
    else:
        parts = []
        for ws in openpyxl.load_workbook(path):
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if v is None:
                        continue
                    parts.append(str(v))
                    if isinstance(v, (int, float)) and not isinstance(v, bool):
                        parts.append("%.2f" % v)
                        if "%" in (c.number_format or ""):
                            parts.append("%.2f%%" % (v * 100))
        t = "|".join(parts)
    return re.sub(r"\s+", "", t)


TEXT = {k: load(v) for k, v in DOCS.items()}
bad = 0; checked = 0
for it, src, calc in QS.ITEMS:
    if "answered" not in it["status"] and "clarify" not in it["status"]:
        continue
    keys = [k for k in re.findall(r"[A-Z][A-Z0-9]+", src.split(":")[0]) if k in DOCS]
    if not keys:
        print("NO DOC", it["id"], src); bad += 1; continue
    for s in it["contains"]:
        checked += 1
        if s in calc:
            val = eval(calc[s])
            if abs(float(s.rstrip("%")) - val) > 0.006:
                print("CALC MISMATCH", it["id"], s, calc[s], val); bad += 1
            continue
        ns = re.sub(r"\s+", "", s)
        if not any(ns in TEXT[k] for k in keys):
            print("NOT FOUND", it["id"], s, keys); bad += 1
print("checked %d contains strings, %d problems" % (checked, bad))
sys.exit(1 if bad else 0)
