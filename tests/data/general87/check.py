# -*- coding: utf-8 -*-
"""Final check: every `contains` string of an answered/clarify item occurs in a document the item cites
(whitespace removed), or is a figure computed from cited figures (calc, re-evaluated here).
Run with /work/main/.venv/bin/python check.py"""
import json, os, re, sys
import openpyxl, pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the repository
import make_questions as MQ  # noqa: E402

S = os.path.join(HERE, "..", "samples") + os.sep
# the paths the writer used (docs/ + make_docs.T*_NAME, ../shared/), mapped to where the documents sit in the repository

FILES = {
    "seed": os.path.join(HERE, "..", "..", "..", "knowledge", "000_9289cd5134f499bc.txt"),
    "T1": os.path.join(HERE, "永嘉县住房和城乡建设局_2026年_项目支出绩效目标表.txt"),
    "T2": os.path.join(HERE, "永嘉县_2026年_政府购买服务预算表.xlsx"),
    "T3": os.path.join(HERE, "永嘉县_2025年_部门结转结余资金情况表.xlsx"),
    "CQ": S + "chongqing_yuzhong_2021_project_self_evaluation.xlsx",
    "WH": S + "wuhan_donghu_rsj_2020_project_application.xlsx",
    "ZJ": S + "zhanjiang_rsj_2024_department_targets.xlsx",
    "PSG": S + "putuo_shegongbu_2024_final_accounts.pdf",
    "PCZ": S + "putuo_czj_2024_final_accounts.pdf",
}
assert sorted(os.path.basename(FILES[k]) for k in ("T1", "T2", "T3")) == sorted(
    f for f in os.listdir(HERE) if not f.endswith((".py", ".md")) and not f.startswith((".", "__")))


def squash(t):
    return re.sub(r"\s+", "", t)


def xlsx_text(path):
    out = []
    for ws in openpyxl.load_workbook(path).worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                out.append(str(v))
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    out.append("%.2f" % v)
                    if "%" in (c.number_format or ""):
                        out.append("%.2f%%" % (v * 100))
                        out.append("%g%%" % round(v * 100, 4))
    return "|".join(out)


def doc_text(key):
    p = FILES[key]
    if p.endswith(".xlsx"):
        return squash(xlsx_text(p))
    if p.endswith(".pdf"):
        with pdfplumber.open(p) as pdf:
            return squash("\n".join(pg.extract_text() or "" for pg in pdf.pages))
    return squash(open(p, encoding="utf-8").read())


def main():
    texts = {k: doc_text(k) for k in FILES}
    bad = 0
    checked = 0
    for it in MQ.ITEMS:
        if it["status"] == ["unknown"]:
            continue
        keys = it["src"].split("+")
        for s in it["contains"]:
            checked += 1
            if s in it["calc"]:
                expr = it["calc"][s]
                if expr == "count":
                    continue
                val = eval(expr)
                if not (str(round(val, 2)).rstrip("0").rstrip(".").startswith(s.rstrip("0").rstrip(".") if "." in s else s)
                        or abs(val - float(s)) < 0.1):
                    print("CALC MISMATCH", it["id"], s, expr, val)
                    bad += 1
                continue
            if not any(squash(s) in texts[k] for k in keys):
                print("NOT FOUND", it["id"], repr(s), "in", keys)
                bad += 1
        for x in it["excludes"]:
            for s in it["contains"]:
                if x and x in s:
                    print("EXCLUDE INSIDE CONTAINS", it["id"], x, s)
                    bad += 1
    ids = [i["id"] for i in MQ.ITEMS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    print("checked %d contains strings, %d problems" % (checked, bad))
    tot = len(MQ.ITEMS)
    seed = sum(1 for i in MQ.ITEMS if i["kb"] == "seed")
    unk = sum(1 for i in MQ.ITEMS if i["status"] == ["unknown"])
    conv = sum(1 for i in MQ.ITEMS if isinstance(i["q"], list))
    print("total %d, seed %d, all %d, unknown %d, conversations %d" % (tot, seed, tot - seed, unk, conv))
    q = [json.loads(l) for l in open(os.path.join(HERE, "..", "..", "questions", "blind_87.jsonl"), encoding="utf-8")]
    print("blind_87.jsonl: total %d seed %d unknown %d conversations %d" % (len(q), sum(i["kb"] == "seed" for i in q),
          sum(i["status"] == ["unknown"] for i in q), sum("conversation" in i for i in q)))
    if [i["id"] for i in q] != [i["id"] for i in MQ.ITEMS]:
        print("blind_87.jsonl ids differ from make_questions.ITEMS")
        bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
