# -*- coding: utf-8 -*-
"""Verify every contains figure of an answered item occurs in the document(s) it cites
(or, for computed figures, that the arithmetic over document figures gives it)."""
import json, os, re, sys
import openpyxl, pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__)); SH = "/work/shared"
PATHS = {"T1": HERE + "/docs/福鼎市城市管理局2026年项目支出绩效目标表.txt", "T2": HERE + "/docs/福鼎市2026年部门支出预算表.xlsx",
         "T3": HERE + "/docs/福鼎市2026年政府采购预算表.xlsx", "seed": SH + "/seed/000_9289cd5134f499bc.txt",
         "zj": SH + "/samples/zhanjiang_rsj_2024_department_targets.xlsx", "wh": SH + "/samples/wuhan_donghu_rsj_2020_project_application.xlsx",
         "cq": SH + "/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx", "czj": SH + "/samples/putuo_czj_2024_final_accounts.pdf",
         "sgb": SH + "/samples/putuo_shegongbu_2024_final_accounts.pdf"}
def norm(s): return re.sub(r"\s+", "", s).replace(",", "")
def text(key):
    p = PATHS[key]
    if p.endswith(".txt"): return norm(open(p, encoding="utf-8").read())
    if p.endswith(".pdf"):
        with pdfplumber.open(p) as pdf: return norm("\n".join(pg.extract_text() or "" for pg in pdf.pages))
    parts = []
    for ws in openpyxl.load_workbook(p):
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    parts += [str(v), "%.2f" % v]
                    if "%" in (c.number_format or ""): parts.append("%g%%" % round(v * 100, 4))
                else: parts.append(str(v))
            parts.append("\n")
    return norm("|".join(parts))
TX = {k: text(k) for k in PATHS}
meta = json.load(open(os.path.join(HERE, "answers_meta.json"), encoding="utf-8"))
bad = 0; nchk = 0
for m in meta:
    if "answered" not in m["status"] and "clarify" not in m["status"]: continue
    doc = "".join(TX[s] for s in m["src"])
    for c in m["contains"]:
        nchk += 1
        if c in m["calc"]:
            expr = m["calc"][c]
            val = eval(expr)
            for num in re.findall(r"\d+\.\d+", expr):  # decimal operands must be document figures
                if num not in doc and ("%.2f" % float(num)) not in doc:
                    print("OPERAND NOT IN DOC", m["id"], num); bad += 1
            dec = len(c.split(".")[1]) if "." in c else 0
            if not (abs(val - float(c)) < 10 ** -dec * 1.0 and ("%.*f" % (dec + 2, val)).startswith(c) or abs(round(val, dec) - float(c)) < 1e-9):
                print("CALC MISMATCH", m["id"], c, expr, val); bad += 1
        elif norm(c) not in doc:
            print("NOT FOUND", m["id"], c, m["src"]); bad += 1
# structural counts used by count questions
import importlib.util
sp = importlib.util.spec_from_file_location("md", os.path.join(HERE, "make_docs.py")); md = importlib.util.module_from_spec(sp); sp.loader.exec_module(md)
assert sum(len(p) for _, p in md.T1) == 13
assert len(md.T2) == 8 and len(md.T3) == 33
from collections import Counter
ways = Counter(r[7] for r in md.T3); print("采购方式", dict(ways))
assert ways["询价"] == 7 and ways["公开招标"] == 13, ways
cg = [r for r in md.T3 if r[0] in ("福鼎市城市管理局本级", "福鼎市环境卫生服务中心", "福鼎市市政园林中心")]
print("城管局采购", len(cg), round(sum(r[5] + r[6] for r in cg), 2), "公开招标", round(sum(r[5] + r[6] for r in cg if r[7] == "公开招标"), 2))
print("checked", nchk, "contains strings;", bad, "problems")
sys.exit(1 if bad else 0)
