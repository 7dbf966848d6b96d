# -*- coding: utf-8 -*-
"""Final check: every contains string of an answered item occurs in a document the item cites
(whitespace removed, as the scorer does), or is the result of the item's stated arithmetic."""
import json, os, re, sys
import openpyxl, pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
S = os.path.join(HERE, "..", "samples") + os.sep
DOCS = {
    "seed": os.path.join(HERE, "..", "..", "..", "knowledge", "000_9289cd5134f499bc.txt"),
    "T1": os.path.join(HERE, "庆元县农业农村局_2026年_项目支出绩效目标表.txt"),
    "T2": os.path.join(HERE, "庆元县财政局_2025年_惠民惠农财政补贴资金发放情况表.xlsx"),
    "T3": os.path.join(HERE, "庆元县教育局_2026年_中小学校生均公用经费及学生资助资金预算表.xlsx"),
    "zj": S + "zhanjiang_rsj_2024_department_targets.xlsx",
    "wh": S + "wuhan_donghu_rsj_2020_project_application.xlsx",
    "cq": S + "chongqing_yuzhong_2021_project_self_evaluation.xlsx",
    "czj": S + "putuo_czj_2024_final_accounts.pdf",
    "sgb": S + "putuo_shegongbu_2024_final_accounts.pdf",
}


def nows(s):
    return re.sub(r"\s+", "", s)


def text_of(path):
    if path.endswith(".txt"):
        return nows(open(path, encoding="utf-8").read())
    if path.endswith(".pdf"):
        with pdfplumber.open(path) as p:
            return nows("".join((pg.extract_text() or "") + "\n" for pg in p.pages))
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
                    parts.append("%.2f" % v)
                    parts.append(("%.6f" % v).rstrip("0").rstrip("."))
                    if "%" in (c.number_format or "") or (isinstance(v, float) and v <= 1):
                        parts.append(("%.4f" % (v * 100)).rstrip("0").rstrip(".") + "%")
    return nows("|".join(parts))


def main():
    texts = {k: text_of(v) for k, v in DOCS.items()}
    meta = json.load(open(os.path.join(HERE, "src", "items_meta.json"), encoding="utf-8"))
    bad = 0
    checked = 0
    for it in meta:
        if "answered" not in it["status"] and "clarify" not in it["status"]:
            continue
        for c in it["contains"]:
            checked += 1
            if c in it["calc"]:
                v = eval(it["calc"][c])
                ok = ("%.2f" % v).startswith(c) or ("%g" % round(v, 2)) == c
                if not ok:
                    bad += 1
                    print("CALC MISMATCH", it["id"], c, it["calc"][c], v)
                continue
            if not any(nows(c) in texts[d] for d in it["docs"]):
                bad += 1
                print("NOT FOUND", it["id"], c, it["docs"])
    print("checked %d contains strings, %d problems" % (checked, bad))
    q = [json.loads(l) for l in open(os.path.join(HERE, "..", "..", "questions", "blind_84.jsonl"), encoding="utf-8")]
    seed = sum(1 for i in q if i["kb"] == "seed")
    unk = sum(1 for i in q if i["status"] == ["unknown"])
    conv = sum(1 for i in q if "conversation" in i)
    print("total %d seed %d all %d unknown %d conversations %d" % (len(q), seed, len(q) - seed, unk, conv))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
