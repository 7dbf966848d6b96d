#!/usr/bin/env python3
"""Final check: every contains string of an answered/clarify item occurs in a document it cites
(whitespace and thousands commas removed; xlsx numbers also as shown with their % format),
or, for derived figures, equals its arithmetic (whose operands occur in the document).
Also checks ids are unique, kb/status values, and prints the counts.
Run: /work/main/.venv/bin/python check.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SH = "/work/shared"
sys.path.insert(0, HERE)
import questions  # noqa: E402

PATHS = {"S": SH + "/seed/000_9289cd5134f499bc.txt",
         "T1": HERE + "/玉环市卫生健康局2026年项目支出绩效目标表.txt",
         "T2": HERE + "/玉环市2026年部门支出预算表.xlsx",
         "T3": HERE + "/玉环市2026年会议费培训费预算表.xlsx",
         "ZJ": SH + "/samples/zhanjiang_rsj_2024_department_targets.xlsx",
         "WH": SH + "/samples/wuhan_donghu_rsj_2020_project_application.xlsx",
         "CQ": SH + "/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx",
         "PS": SH + "/samples/putuo_shegongbu_2024_final_accounts.pdf",
         "PC": SH + "/samples/putuo_czj_2024_final_accounts.pdf"}


def norm(s):
    return re.sub(r"[\s,]", "", s)


def numstr(v):
    s = ("%.6f" % v).rstrip("0").rstrip(".")
    return s


def load(key):
    p = PATHS[key]
    if p.endswith(".txt"):
        return norm(open(p, encoding="utf-8").read())
    if p.endswith(".xlsx"):
        import openpyxl
        parts = []
        for ws in openpyxl.load_workbook(p).worksheets:
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if v is None:
                        continue
                    if isinstance(v, (int, float)) and not isinstance(v, bool):
                        parts.append(numstr(v) + "|" + "%.2f" % v)
                        if "%" in (c.number_format or ""):
                            parts.append(numstr(v * 100) + "%")
                    else:
                        parts.append(str(v))
        return norm("|".join(parts))
    import pdfplumber
    with pdfplumber.open(p) as pdf:
        return norm("\n".join(pg.extract_text() or "" for pg in pdf.pages))


def main():
    texts = {k: load(k) for k in PATHS}
    errors = []
    ids = set()
    for it, src, where, calc in questions.ITEMS:
        if it["id"] in ids:
            errors.append("duplicate id " + it["id"])
        ids.add(it["id"])
        if it["kb"] not in ("seed", "all"):
            errors.append(it["id"] + " bad kb")
        if it["kb"] == "seed" and src != ["S"]:
            errors.append(it["id"] + " seed item cites other docs")
        if it["id"].endswith("-unk") != (it["status"] == ["unknown"]):
            errors.append(it["id"] + " -unk suffix / status mismatch")
        if "unknown" in it["status"]:
            continue
        for s in it["contains"]:
            if s in calc:
                expr = calc[s]
                if expr == "count":
                    continue
                val = eval(expr)
                if abs(val - float(s)) > 0.01:
                    errors.append("%s calc %s = %s != %s" % (it["id"], expr, val, s))
                for op in re.findall(r"\d+(?:\.\d+)?", expr):
                    if op in ("100",):
                        continue
                    o = numstr(float(op))
                    if not any(o in texts[k] for k in src):
                        errors.append("%s operand %s not in %s" % (it["id"], op, src))
                continue
            if not any(norm(s) in texts[k] for k in src):
                errors.append("%s contains %r not found in %s" % (it["id"], s, src))
    rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "..", "questions", "blind_73.jsonl"), encoding="utf-8")]
    n = len(rows)
    seed = sum(r["kb"] == "seed" for r in rows)
    unk = sum(r["status"] == ["unknown"] for r in rows)
    conv = sum("conversation" in r for r in rows)
    for e in errors:
        print("ERROR", e)
    print("total %d  seed %d  all %d  unknown %d  conversations %d  errors %d" % (n, seed, n - seed, unk, conv, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
