# -*- coding: utf-8 -*-
"""Final check: every `contains` string of an answered item occurs (whitespace removed) in a document its
ANSWERS source cites; figures that are the result of arithmetic are recomputed from CALC, and each operand must
occur in the cited documents. Run: /work/main/.venv/bin/python check.py"""
import json, os, re, sys
import openpyxl, pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
SH = "/work/shared"
FILES = {
 "SEED": f"{SH}/seed/000_9289cd5134f499bc.txt",
 "T1": f"{HERE}/义乌市市场监督管理局2026年项目支出绩效目标表.txt",
 "T2": f"{HERE}/义乌市市场监督管理局2026年上半年项目支出绩效运行监控表.xlsx",
 "T3": f"{HERE}/义乌市市场监督管理局2025年部门收入决算表.xlsx",
 "ZJ": f"{SH}/samples/zhanjiang_rsj_2024_department_targets.xlsx",
 "WH": f"{SH}/samples/wuhan_donghu_rsj_2020_project_application.xlsx",
 "CQ": f"{SH}/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx",
 "SG": f"{SH}/samples/putuo_shegongbu_2024_final_accounts.pdf",
 "CZ": f"{SH}/samples/putuo_czj_2024_final_accounts.pdf",
}
# computed answers: contains figure -> expression over figures printed in the cited documents
CALC = {
 "72": "60+12", "8": "68-60", "79.98": "77.28+2.70", "6.38": "15/234.98*100", "1.25": "15/12",
 "39.16": "234.98/6", "3": "15-12", "205.28": "60+68+77.28", "9.28": "77.28-68",
 "571.5": "326.50+245.00", "123.5": "450.00-326.50", "168.8": "112.00+56.80", "1376.03": "2192.46-816.43",
 "30": "450.00-420.00", "8919.91": "6734.49+2185.42", "22.71": "89724814.05/10000-8949.77",
 "9858": "49358-39500", "3254.07": "307.82+2946.25", "1957.48": "2192.46-234.98", "416.27": "445.69-29.42",
 "124": "12+112", "1563.21": "51.32+1511.89", "270.22": "258.50+11.72", "6378.18": "7574-1195.82", "204.89": "187.19+17.70", "357.78": "360.49-2.71", "20": "6+14",
}
# counts and yes/no answers read by counting rows/items (not printed figures)
COUNTED = {"6", "9", "8", "5", "2", "13", "4", "14", "3", "10", "否"}


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    parts = []
    for ws in wb:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                parts.append(str(v))
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    fmt = c.number_format or ""
                    if "%" in fmt:
                        parts.append(f"{v*100:.2f}%")
                    elif "0.00" in fmt:
                        parts.append(f"{v:.2f}")
    return "\n".join(parts)


def load(key):
    p = FILES[key]
    if p.endswith(".txt"):
        t = open(p, encoding="utf-8").read()
    elif p.endswith(".xlsx"):
        t = xlsx_text(p)
    else:
        with pdfplumber.open(p) as pdf:
            t = "\n".join((pg.extract_text() or "") for pg in pdf.pages)
    return re.sub(r"\s+", "", t)


def num_in(fig, text):
    # figure appears, allowing the document to print trailing zeros / thousands separators
    if fig in text:
        return True
    f = fig.replace(",", "")
    plain = text.replace(",", "")
    return re.search(r"(?<![\d.])" + re.escape(f) + r"(0*)(?![\d])", plain) is not None


def main():
    texts = {k: load(k) for k in FILES}
    srcs = json.load(open(os.path.join(HERE, "sources.json"), encoding="utf-8"))
    items = [json.loads(l) for l in open(os.path.join(HERE, "..", "..", "questions", "blind_76.jsonl"), encoding="utf-8")]
    bad = 0
    ids = set()
    for it in items:
        assert it["id"] not in ids, it["id"]; ids.add(it["id"])
        assert it["kb"] in ("seed", "all")
        src = srcs[it["id"]]
        keys = [k for k in FILES if re.search(r"\b" + k + r"\b", src)]
        if it["kb"] == "seed":
            assert keys == ["SEED"], (it["id"], keys)
        if "answered" not in it["status"] or it["status"] == ["unknown"]:
            continue
        if not keys:
            print("NO SOURCE", it["id"], src); bad += 1; continue
        doc = "".join(texts[k] for k in keys)
        for c in it["contains"]:
            cs = re.sub(r"\s+", "", c)
            if num_in(cs, doc):
                continue
            if cs in CALC:
                expr = CALC[cs]
                val = eval(expr)
                ok = abs(round(val, 2) - float(cs.replace(",", ""))) < 0.006
                ops = re.findall(r"\d+(?:\.\d+)?", expr)
                miss = [o for o in ops if not num_in(o, doc) and o not in ("100", "10000", "6", "14")]
                if ok and not miss:
                    continue
                print("CALC FAIL", it["id"], cs, expr, val, miss); bad += 1; continue
            if cs in COUNTED:
                continue
            print("MISSING", it["id"], repr(c), "in", keys); bad += 1
    print(f"checked {len(items)} items, problems: {bad}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
