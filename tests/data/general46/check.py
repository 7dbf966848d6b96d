# -*- coding: utf-8 -*-
"""Final check: every contains string of an answered/clarify item occurs in the document(s) it cites
(check_meta.json: src), or is a derived figure whose arithmetic (calc) recomputes and whose operands occur
in the cited documents. Prints the counts at the end."""
import json, os, re, sys
import openpyxl, pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
SH = "/work/shared"
DOCS = {
    "seed": SH + "/seed/000_9289cd5134f499bc.txt",
    "T1": HERE + "/醴陵市商务局_2026年_项目支出绩效目标表.txt",
    "T2": HERE + "/醴陵市农业农村局_2025年度_部门整体支出绩效自评表.xlsx",
    "T3": HERE + "/醴陵市_2026年_政府性基金预算支出表.xlsx",
    "ZJ": SH + "/samples/zhanjiang_rsj_2024_department_targets.xlsx",
    "CQ": SH + "/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx",
    "WH": SH + "/samples/wuhan_donghu_rsj_2020_project_application.xlsx",
    "SG": SH + "/samples/putuo_shegongbu_2024_final_accounts.pdf",
    "CZ": SH + "/samples/putuo_czj_2024_final_accounts.pdf",
}
WS = re.compile(r"\s+")


def num_variants(v, fmt):
    out = [str(v)]
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        out += ["%.2f" % v, ("%.2f" % v).rstrip("0").rstrip("."), "%g" % v]
        if "%" in (fmt or ""):
            out += ["%.2f%%" % (v * 100), ("%.2f" % (v * 100)).rstrip("0").rstrip(".") + "%"]
    return out


def load(key):
    p = DOCS[key]
    if p.endswith(".txt"):
        t = open(p, encoding="utf-8").read()
    elif p.endswith(".xlsx"):
        wb = openpyxl.load_workbook(p)
        parts = []
        for ws in wb:
            for row in ws.iter_rows():
                for c in row:
                    if c.value is not None:
                        parts += num_variants(c.value, c.number_format)
        t = "|".join(parts)
    else:
        with pdfplumber.open(p) as pdf:
            t = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
        t = t + "|" + t.replace(",", "")
    return WS.sub("", t)


def main():
    texts = {k: load(k) for k in DOCS}
    meta = json.load(open(os.path.join(HERE, "check_meta.json"), encoding="utf-8"))
    items = [json.loads(l) for l in open(os.path.join(HERE, "..", "..", "questions", "blind_46.jsonl"), encoding="utf-8")]
    bad = 0
    derived = 0
    for r in items:
        m = meta[r["id"]]
        assert set(r) <= {"id", "q", "conversation", "status", "contains", "excludes", "kb"}, r["id"]
        assert r["status"] and all(s in ("answered", "clarify", "unknown") for s in r["status"]), r["id"]
        if r["status"] == ["unknown"]:
            continue
        text = "".join(texts[k] for k in m["src"])
        for c in r["contains"]:
            c2 = WS.sub("", c)
            if c in m["calc"]:
                expr = m["calc"][c]
                derived += 1
                if expr == "count":
                    continue
                val = eval(expr)
                if abs(round(val, 2) - float(c2)) > 1e-6:
                    print("CALC MISMATCH", r["id"], c, expr, val)
                    bad += 1
                for op in re.findall(r"[\d.]+", expr):
                    if op not in text and ("%.2f" % float(op)) not in text:
                        print("OPERAND NOT IN DOC", r["id"], op)
                        bad += 1
                continue
            if c2 not in text:
                print("NOT FOUND", r["id"], repr(c), m["src"])
                bad += 1
    ids = [r["id"] for r in items]
    assert len(ids) == len(set(ids))
    n = len(items)
    seed = sum(r["kb"] == "seed" for r in items)
    unk = sum(r["status"] == ["unknown"] for r in items)
    conv = sum("conversation" in r for r in items)
    print("problems:", bad, "| derived figures checked by arithmetic/count:", derived)
    print("total %d, seed %d, all %d, unknown %d, conversations %d" % (n, seed, n - seed, unk, conv))
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
