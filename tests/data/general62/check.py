# -*- coding: utf-8 -*-
"""Verifies: every contains string of an answered/clarify item occurs in a document it cites
(whitespace removed; thousands commas also removed), or, for derived figures, that the arithmetic holds."""
import json, os, re, sys
import openpyxl, pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
SH = "/work/shared"
PATHS = {"SEED": SH + "/seed/000_9289cd5134f499bc.txt",
         "T1": HERE + "/平湖市_交通运输局_2026年_项目支出绩效目标表.txt",
         "T2": HERE + "/平湖市_交通运输局_2026年1-6月_项目支出绩效监控表.xlsx",
         "T3": HERE + "/平湖市_2026年_部门人员编制及车辆情况表.xlsx",
         "ZJ": SH + "/samples/zhanjiang_rsj_2024_department_targets.xlsx",
         "WH": SH + "/samples/wuhan_donghu_rsj_2020_project_application.xlsx",
         "CQ": SH + "/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx",
         "SG": SH + "/samples/putuo_shegongbu_2024_final_accounts.pdf",
         "CZ": SH + "/samples/putuo_czj_2024_final_accounts.pdf"}

def render(c):
    v = c.value
    if v is None: return []
    out = [str(v)]
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        fmt = c.number_format or ""
        if "%" in fmt:
            d = len(fmt.split(".")[1].rstrip("%")) if "." in fmt else 0
            out.append(("%." + str(d) + "f%%") % (v * 100))
        elif fmt == "0.00":
            out.append("%.2f" % v)
    return out

def text(key):
    p = PATHS[key]
    if p.endswith(".txt"):
        t = open(p, encoding="utf-8").read()
    elif p.endswith(".xlsx"):
        wb = openpyxl.load_workbook(p)
        t = "\n".join(s for ws in wb for row in ws.iter_rows() for c in row for s in render(c))
        t += "\n" + "\n".join(ws.title for ws in wb)
    else:
        with pdfplumber.open(p) as pdf:
            t = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    t = re.sub(r"\s+", "", t)
    return t + "|" + t.replace(",", "")

def main():
    docs = {k: text(k) for k in PATHS}
    meta = json.load(open(os.path.join(HERE, "answers_meta.json"), encoding="utf-8"))
    bad = 0; checked = 0
    for line in open(os.path.join(HERE, "../../questions/blind_62.jsonl"), encoding="utf-8"):
        it = json.loads(line); m = meta[it["id"]]
        if it["status"] == ["unknown"]: continue
        for c in it["contains"]:
            checked += 1
            if c in m["calc"]:
                val = eval(m["calc"][c])
                if abs(float(val) - float(c)) > 1e-6:
                    print("CALC MISMATCH", it["id"], c, m["calc"][c], val); bad += 1
                continue
            cc = re.sub(r"\s+", "", c)
            if not any(cc in docs[k] for k in m["src"]):
                print("NOT FOUND", it["id"], c, m["src"]); bad += 1
    print("checked", checked, "problems", bad)
    return bad

if __name__ == "__main__":
    sys.exit(1 if main() else 0)
