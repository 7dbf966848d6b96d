# -*- coding: utf-8 -*-
"""Verify every contains figure of an answered item occurs in the document it cites
(or, for arithmetic items, equals the recorded expression). Also report excludes that
occur in no document at all (informational)."""
import json, re, sys, os
import openpyxl, pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
SH = "/work/shared"
SRC = {"seed": f"{SH}/seed/000_9289cd5134f499bc.txt",
       "t1": f"{HERE}/docs/江山市农业农村局2025年项目支出绩效目标表.txt",
       "t2": f"{HERE}/docs/江山市交通运输局2025年1-10月预算执行情况分析表.xlsx",
       "t3": f"{HERE}/docs/江山市卫生健康局2024年度项目支出绩效自评表.xlsx",
       "zj": f"{SH}/samples/zhanjiang_rsj_2024_department_targets.xlsx",
       "wh": f"{SH}/samples/wuhan_donghu_rsj_2020_project_application.xlsx",
       "cq": f"{SH}/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx",
       "czj": f"{SH}/samples/putuo_czj_2024_final_accounts.pdf",
       "sgb": f"{SH}/samples/putuo_shegongbu_2024_final_accounts.pdf"}
ws_re = re.compile(r"\s+")


def norm(s):
    return ws_re.sub("", s)


def load(path):
    if path.endswith(".txt"):
        return norm(open(path, encoding="utf-8").read())
    if path.endswith(".pdf"):
        with pdfplumber.open(path) as pdf:
            t = norm("".join(p.extract_text() or "" for p in pdf.pages))
        return t + "|" + t.replace(",", "")
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
                    parts += [str(v), f"{v:.2f}", f"{v:g}"]
                    if "%" in (c.number_format or ""):
                        parts += [f"{v*100:.2f}%", f"{v*100:g}%"]
                else:
                    parts.append(norm(str(v)))
    return "|".join(parts)


TEXT = {k: load(v) for k, v in SRC.items()}
meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
bad = 0
for line in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8"):
    it = json.loads(line)
    m = meta[it["id"]]
    for k in m["src"]:
        assert k in TEXT, (it["id"], k)
    if it["kb"] == "seed":
        assert m["src"] == ["seed"], it["id"]
    if "answered" in it["status"] or "clarify" in it["status"]:
        for c in it["contains"]:
            if c in m["calc"]:
                val = eval(m["calc"][c])
                ok = abs(val - float(c)) < 0.006
                if not ok:
                    print("CALC MISMATCH", it["id"], c, val); bad += 1
                continue
            if not any(norm(c) in TEXT[k] for k in m["src"]):
                print("NOT IN DOC", it["id"], c, m["src"]); bad += 1
        if not it["contains"] and it["status"] == ["answered"]:
            print("NO CONTAINS", it["id"]); bad += 1
    for e in it["excludes"]:
        if not any(norm(e) in t for t in TEXT.values()):
            print("note: exclude not in any doc", it["id"], e)
    for c in it["contains"]:
        if c in it["excludes"]:
            print("CONTAINS==EXCLUDES", it["id"], c); bad += 1
print("problems:", bad)
sys.exit(1 if bad else 0)
