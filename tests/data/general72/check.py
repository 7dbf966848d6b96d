# -*- coding: utf-8 -*-
"""Final check: every contains string of an answered/clarify item occurs in a document the item cites,
or is the result of its recorded arithmetic whose operands occur in the cited documents.
Run: /work/main/.venv/bin/python check.py   (after build_questions.py)"""
import json, os, re, sys
import openpyxl, pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
SH = "/work/shared"
FILES = {
    "S": SH + "/seed/000_9289cd5134f499bc.txt",
    "T1": HERE + "/乐清市人力资源和社会保障局_2026年_项目支出绩效目标表.txt",
    "T2": HERE + "/乐清市_2026年_一般公共预算财政拨款支出表.xlsx",
    "T3": HERE + "/乐清市财政局_2026年_部门收支总表.xlsx",
    "ZJ": SH + "/samples/zhanjiang_rsj_2024_department_targets.xlsx",
    "WH": SH + "/samples/wuhan_donghu_rsj_2020_project_application.xlsx",
    "CQ": SH + "/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx",
    "SG": SH + "/samples/putuo_shegongbu_2024_final_accounts.pdf",
    "CZ": SH + "/samples/putuo_czj_2024_final_accounts.pdf",
}


def load(path):
    if path.endswith(".txt"):
        return open(path, encoding="utf-8").read()
    if path.endswith(".xlsx"):
        out = []
        for ws in openpyxl.load_workbook(path).worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    out.append(str(v))
                    if isinstance(v, float):
                        out.append("%.2f" % v)
        return "|".join(out)
    with pdfplumber.open(path) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


TEXT = {k: re.sub(r"\s+", "", load(v)) for k, v in FILES.items()}
TEXT_NOCOMMA = {k: v.replace(",", "") for k, v in TEXT.items()}
items = json.load(open(os.path.join(HERE, "items_meta.json"), encoding="utf-8"))
bad = 0
for it in items:
    if it["st"] == ["unknown"]:
        if it["c"]:
            print("UNKNOWN WITH CONTAINS", it["id"]); bad += 1
        continue
    docs = it["d"]
    txt = "".join(TEXT[d] for d in docs); txt2 = "".join(TEXT_NOCOMMA[d] for d in docs)
    for c in it["c"]:
        c0 = re.sub(r"\s+", "", c)
        if c0 in it["calc"]:
            expr = it["calc"][c0]
            for num in re.findall(r"\d+(?:\.\d+)?", expr):
                if num in ("100",) and expr.endswith("*100"):
                    continue
                if num not in txt2 and num.rstrip("0").rstrip(".") not in txt2 and len(num) > 1:
                    print("CALC OPERAND MISSING", it["id"], num); bad += 1
            val = eval(expr)
            s = "%.2f" % val
            if not (s.startswith(c0) or abs(val - float(c0)) < 0.005):
                print("CALC MISMATCH", it["id"], c0, expr, s); bad += 1
            continue
        if c0 not in txt and c0 not in txt2:
            print("MISSING", it["id"], repr(c0), docs); bad += 1
print("checked", len(items), "items;", "problems:", bad)
sys.exit(1 if bad else 0)
