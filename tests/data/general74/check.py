# -*- coding: utf-8 -*-
"""Final check: every contains string of an answered/clarify item occurs in the document(s) it cites;
computed figures are re-computed from operands that occur in the cited documents."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__)) + "/"
import openpyxl, pdfplumber

SH = "/work/shared/"
DOCS = {"S": SH + "seed/000_9289cd5134f499bc.txt", "T1": HERE + "兰溪市自然资源和规划局_2026年_项目支出绩效目标表.txt",
        "T2": HERE + "兰溪市自然资源和规划局_2026年_部门整体支出绩效目标表.xlsx", "T3": HERE + "兰溪市_2026年_政府债务限额和余额情况表.xlsx",
        "ZJ": SH + "samples/zhanjiang_rsj_2024_department_targets.xlsx", "WH": SH + "samples/wuhan_donghu_rsj_2020_project_application.xlsx",
        "CQ": SH + "samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx", "SG": SH + "samples/putuo_shegongbu_2024_final_accounts.pdf",
        "CZ": SH + "samples/putuo_czj_2024_final_accounts.pdf"}


def cell_texts(c):
    v = c.value
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    out = [str(v)]
    f = c.number_format or ""
    if "%" in f:
        out.append(f"{v * 100:.0f}%")
    if isinstance(v, (int, float)):
        out += [f"{v:.2f}", f"{v:,.2f}"]
    return out


def load(key):
    p = DOCS[key]
    if p.endswith(".txt"):
        t = open(p, encoding="utf-8").read()
    elif p.endswith(".xlsx"):
        wb = openpyxl.load_workbook(p)
        t = "\n".join(s for ws in wb for row in ws.iter_rows() for c in row for s in cell_texts(c))
    else:
        with pdfplumber.open(p) as pdf:
            t = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    return re.sub(r"\s+", "", t)


texts = {k: load(k) for k in DOCS}
meta = json.load(open(HERE + "items_meta.json", encoding="utf-8"))
bad = 0
for m in meta:
    if m["status"] == ["unknown"]:
        continue
    corpus = "".join(texts[s] for s in m["src"])
    if m["calc"]:
        expr, want = m["calc"]
        got = eval(expr)
        for num in re.findall(r"\d+(?:\.\d+)?", expr):
            if num in ("100", "3") and ("*100" in expr or "/3" in expr):
                continue
            if num not in corpus and num.rstrip("0").rstrip(".") not in corpus:
                print("OPERAND MISSING", m["id"], num); bad += 1
        s = f"{got:.4f}"
        if not (s.startswith(want) or f"{got:.2f}".rstrip("0").rstrip(".").startswith(want)):
            print("CALC MISMATCH", m["id"], expr, got, want); bad += 1
        if want not in m["contains"]:
            print("CALC NOT IN CONTAINS", m["id"]); bad += 1
        continue
    for c in m["contains"]:
        if re.sub(r"\s+", "", c) not in corpus:
            print("MISSING", m["id"], c, m["src"]); bad += 1
print("problems:", bad)
sys.exit(1 if bad else 0)
