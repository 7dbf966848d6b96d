# -*- coding: utf-8 -*-
"""Final check: every contains string of an answered/clarify item occurs in a document it cites
(whitespace removed on both sides); every computed figure is re-derived from operands that occur in the documents.
Prints the counts (total, seed, all, unknown, conversations)."""
import json, os, re, sys
import openpyxl, pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
SH = "/work/shared"
FILES = {
 "SEED": f"{SH}/seed/000_9289cd5134f499bc.txt",
 "T1": f"{HERE}/docs/德清县自然资源和规划局_2024年_项目支出绩效目标表.txt",
 "T2": f"{HERE}/docs/德清县农业农村局_2024年_一般公共预算支出功能分类预算表.xlsx",
 "T3": f"{HERE}/docs/德清县_2024年_政府购买服务预算表.xlsx",
 "CQ": f"{SH}/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx",
 "WH": f"{SH}/samples/wuhan_donghu_rsj_2020_project_application.xlsx",
 "ZJ": f"{SH}/samples/zhanjiang_rsj_2024_department_targets.xlsx",
 "CZJ": f"{SH}/samples/putuo_czj_2024_final_accounts.pdf",
 "SGB": f"{SH}/samples/putuo_shegongbu_2024_final_accounts.pdf",
}
def norm(t): return re.sub(r"\s+", "", t)
def text(path):
    if path.endswith(".txt"):
        return open(path, encoding="utf-8").read()
    if path.endswith(".xlsx"):
        parts = []
        for ws in openpyxl.load_workbook(path).worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if c.value is None: continue
                    v = c.value
                    parts.append(str(v))
                    if isinstance(v, (int, float)) and c.number_format.endswith("0.00"):
                        parts.append(f"{v:.2f}")
        return "|".join(parts)
    with pdfplumber.open(path) as pdf:
        return "\n".join((p.extract_text() or "") for p in pdf.pages)
TXT = {k: norm(text(v)) for k, v in FILES.items()}
meta = json.load(open(os.path.join(HERE, "answers_meta.json"), encoding="utf-8"))
items = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
bad = 0
ids = set()
for it, m in zip(items, meta):
    assert it["id"] == m["id"]
    if it["id"] in ids: print("DUP", it["id"]); bad += 1
    ids.add(it["id"])
    doc = "".join(TXT[d] for d in m["docs"])
    calcs = {r: e for r, e in m["calc"]}
    if "unknown" in it["status"]:
        if it["contains"]: print("unknown with contains", it["id"]); bad += 1
        continue
    for r, e in calcs.items():
        val = eval(e)
        if abs(val - float(r)) > 0.006: print("CALC", it["id"], r, e, val); bad += 1
        for op in re.findall(r"\d+(?:\.\d+)?", e):
            if op != "100" and norm(op) not in doc: print("OPERAND", it["id"], op); bad += 1
    for c in it["contains"]:
        if norm(c) in doc: continue
        if any(c in r or r.startswith(c) for r in calcs): continue
        print("MISSING", it["id"], repr(c), m["docs"]); bad += 1
n = len(items)
seed = sum(it["kb"] == "seed" for it in items)
unk = sum(it["status"] == ["unknown"] for it in items)
conv = sum("conversation" in it for it in items)
print(f"problems: {bad}")
print(f"total={n} seed={seed} all={n-seed} unknown={unk} conversations={conv}")
sys.exit(1 if bad else 0)
