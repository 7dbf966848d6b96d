# -*- coding: utf-8 -*-
"""Final check: every `contains` string of an answered/clarify item occurs in the document(s) it cites
(whitespace removed), or, for derived figures, the arithmetic is recomputed from numbers that occur there."""
import os, re, sys
import openpyxl, pdfplumber
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from questions_src import ITEMS, main as write_outputs

HERE = os.path.dirname(os.path.abspath(__file__))
SH = "/work/shared"
FILES = {"seed": SH + "/seed/000_9289cd5134f499bc.txt",
         "T1": HERE + "/象山县文化广电旅游体育局_2026年_项目支出绩效目标表.txt",
         "T2": HERE + "/象山县文化广电旅游体育局_2025年_项目支出绩效评价指标评分表.xlsx",
         "T3": HERE + "/象山县_2026年_新增资产配置预算表.xlsx",
         "zj": SH + "/samples/zhanjiang_rsj_2024_department_targets.xlsx",
         "wh": SH + "/samples/wuhan_donghu_rsj_2020_project_application.xlsx",
         "cq": SH + "/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx",
         "czj": SH + "/samples/putuo_czj_2024_final_accounts.pdf",
         "sgb": SH + "/samples/putuo_shegongbu_2024_final_accounts.pdf"}


def nows(s):
    return "".join(str(s).split())


def text_of(key):
    p = FILES[key]
    if p.endswith(".txt"):
        return nows(open(p, encoding="utf-8").read())
    if p.endswith(".pdf"):
        with pdfplumber.open(p) as pdf:
            t = nows("".join(pg.extract_text() or "" for pg in pdf.pages))
        return t + "|" + t.replace(",", "")
    parts = []
    wb = openpyxl.load_workbook(p)
    for ws in wb:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                parts.append(nows(v))
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    parts.append("%.2f" % v)
                    if float(v).is_integer():
                        parts.append(str(int(v)))
    return "|".join(parts)


def main():
    write_outputs()
    texts = {k: text_of(k) for k in FILES}
    bad = 0
    for it, src, where, calc in ITEMS:
        st = it["status"]
        for ex in it["excludes"]:
            if any(nows(ex) in nows(c) for c in it["contains"]):
                print("EXCLUDE inside CONTAINS", it["id"], ex); bad += 1
        if st == ["unknown"]:
            if it["contains"] or src:
                print("unknown item with contains/src", it["id"]); bad += 1
            continue
        if not src:
            print("answered item without source", it["id"]); bad += 1
            continue
        doc = "|".join(texts[s] for s in src)
        derived = dict(calc)
        for c in it["contains"]:
            if c in derived:
                expr = derived[c]
                for num in re.findall(r"\d+(?:\.\d+)?", expr):
                    if num not in doc and num not in ("1",):
                        print("calc operand not in doc", it["id"], num); bad += 1
                v = eval(expr)
                r = ("%.2f" % v).rstrip("0").rstrip(".")
                if not (r == c or ("%.2f" % v).startswith(c) or str(v) == c):
                    print("calc mismatch", it["id"], c, v); bad += 1
            elif nows(c) not in doc:
                print("NOT FOUND", it["id"], c, src); bad += 1
    print("check:", "OK" if not bad else "%d problems" % bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
