# -*- coding: utf-8 -*-
"""Verify every contains string of an answered item occurs in the document(s) it cites
(or equals the derived value declared in sources.json calc)."""
import json, os, re, sys
import openpyxl, pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
SH = "/work/shared"
DOCS = {
    "seed": f"{SH}/seed/000_9289cd5134f499bc.txt",
    "T1": f"{HERE}/长兴县市场监督管理局2026年项目支出绩效目标表.txt",
    "T2": f"{HERE}/长兴县市场监督管理局2026年政府采购意向公开表.xlsx",
    "T3": f"{HERE}/长兴县2026年县级部门三公经费预算汇总表.xlsx",
    "ZJ": f"{SH}/samples/zhanjiang_rsj_2024_department_targets.xlsx",
    "WH": f"{SH}/samples/wuhan_donghu_rsj_2020_project_application.xlsx",
    "CQ": f"{SH}/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx",
    "CZJ": f"{SH}/samples/putuo_czj_2024_final_accounts.pdf",
    "SGB": f"{SH}/samples/putuo_shegongbu_2024_final_accounts.pdf",
}
WS = re.compile(r"\s+")

def num_forms(v, fmt):
    out = [str(v)]
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        out += [f"{v:.2f}", f"{v:g}", ("%.2f" % v).rstrip("0").rstrip(".")]
        if "%" in (fmt or "") or (isinstance(v, float) and abs(v) <= 1):
            out += [f"{v * 100:.2f}%", f"{v * 100:g}%"]
    return out

def load(key):
    p = DOCS[key]
    if p.endswith(".txt"):
        return WS.sub("", open(p, encoding="utf-8").read())
    if p.endswith(".xlsx"):
        parts = []
        for ws in openpyxl.load_workbook(p).worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if c.value is not None:
                        parts += num_forms(c.value, c.number_format)
        return WS.sub("", "|".join(parts))
    with pdfplumber.open(p) as pdf:
        t = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    t = WS.sub("", t)
    return t + "|" + t.replace(",", "")

def main():
    sys.path.insert(0, HERE)
    import make_docs as M
    G = json.load(open(f"{SH}/golden/seed.json", encoding="utf-8"))
    texts = {k: load(k) for k in DOCS}
    srcs = json.load(open(os.path.join(HERE, "sources.json"), encoding="utf-8"))
    bad = 0; n = 0
    for line in open(os.path.join(HERE, "..", "..", "questions", "blind_61.jsonl"), encoding="utf-8"):
        it = json.loads(line)
        src = srcs[it["id"]]
        assert it["kb"] in ("seed", "all")
        if it["kb"] == "seed":
            assert src["docs"] == ["seed"], it["id"]
        if "answered" not in it["status"] and "clarify" not in it["status"]:
            continue
        for s in it["contains"]:
            n += 1
            s2 = WS.sub("", s)
            if s in src["calc"]:
                val = eval(src["calc"][s], {"M": M, "G": G})
                ok = abs(val - float(s2.rstrip("%"))) < 0.006
            else:
                ok = any(s2 in texts[d] for d in src["docs"])
            if not ok:
                bad += 1
                print("MISSING", it["id"], repr(s), src["docs"])
        for s in it["excludes"]:
            if s in it["contains"]:
                print("CONFLICT", it["id"], s); bad += 1
    print(f"checked {n} contains strings, {bad} problems")
    return bad

if __name__ == "__main__":
    sys.exit(1 if main() else 0)
