# -*- coding: utf-8 -*-
"""Check questions.jsonl against the documents: every `contains` string of an answered item must occur in a
document the item cites (ANSWERS.md), or be the result of the arithmetic written there, whose operands all occur
in the cited documents. Also prints the counts."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SH = "/work/shared"
DOCS = {
    "SEED": SH + "/seed/000_9289cd5134f499bc.txt",
    "T1": HERE + "/东阳市卫生健康局_2026年_项目支出绩效目标表.txt",
    "T2": HERE + "/东阳市卫生健康局_2026年_部门收入预算表.xlsx",
    "T3": HERE + "/东阳市_2026年_政府性基金预算支出表.xlsx",
    "ZJ": SH + "/samples/zhanjiang_rsj_2024_department_targets.xlsx",
    "WH": SH + "/samples/wuhan_donghu_rsj_2020_project_application.xlsx",
    "CQ": SH + "/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx",
    "SGB": SH + "/samples/putuo_shegongbu_2024_final_accounts.pdf",
    "CZJ": SH + "/samples/putuo_czj_2024_final_accounts.pdf",
}
DOC_NAMES = {k: os.path.basename(v) for k, v in DOCS.items()}
NAME_TO_KEY = {v: k for k, v in DOC_NAMES.items()}


def norm(s):
    return re.sub(r"\s+", "", s)


def doc_text(key):
    path = DOCS[key]
    if path.endswith(".txt"):
        return norm(open(path, encoding="utf-8").read())
    if path.endswith(".xlsx"):
        import openpyxl
        parts = []
        for ws in openpyxl.load_workbook(path).worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, (int, float)):
                        parts += [str(v), "%.2f" % v, "%g" % v]
                    else:
                        parts.append(str(v))
        return norm("|".join(parts))
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return norm("".join((p.extract_text() or "") for p in pdf.pages))


def num_variants(x):
    return {("%.2f" % x).rstrip("0").rstrip("."), "%.2f" % x, "%g" % x, str(x)}


def arithmetic_ok(c, where, text):
    for m in re.finditer(r"([0-9.+\-*/() ]+)=([0-9.]+)(%?)", where):
        expr, res, pct = m.group(1), m.group(2), m.group(3)
        nums = re.findall(r"[0-9]+(?:\.[0-9]+)?", expr)
        if len(nums) < 2:
            continue
        if not all(any(v in text for v in num_variants(float(n))) for n in nums):
            continue
        val = eval(expr) * (100 if pct else 1)
        if abs(val - float(res)) < 0.006 and res.startswith(c.rstrip("%")):
            return True
    return False


def main():
    qs = [json.loads(l) for l in open(os.path.join(HERE, "..", "..", "questions", "blind_67.jsonl"), encoding="utf-8")]
    ans = {}
    for l in open(os.path.join(HERE, "ANSWERS.md"), encoding="utf-8"):
        parts = [p.strip() for p in l.split(" | ")]
        if len(parts) >= 4 and re.match(r"^(s|sc|a|ac)-\d{3}", parts[0]):
            ans[parts[0]] = (parts[2], " | ".join(parts[3:]))
    texts = {}
    bad = 0
    for it in qs:
        srcs, where = ans[it["id"]]
        keys = [NAME_TO_KEY[n.strip()] for n in srcs.split(";")]
        text = "".join(texts.setdefault(k, doc_text(k)) for k in keys)
        for e in it["excludes"]:
            for c in it["contains"]:
                if norm(e) in norm(c):
                    print("EXCLUDE INSIDE CONTAINS", it["id"], e, c); bad += 1
        if "answered" not in it["status"]:
            continue
        for c in it["contains"]:
            if norm(c) in text or arithmetic_ok(norm(c), where, text):
                continue
            print("NOT FOUND", it["id"], repr(c), srcs, where); bad += 1
    n = len(qs)
    seed = sum(1 for q in qs if q["kb"] == "seed")
    unk = sum(1 for q in qs if q["status"][0] == "unknown")
    conv = sum(1 for q in qs if "conversation" in q)
    ids = [q["id"] for q in qs]
    assert len(set(ids)) == len(ids), "duplicate ids"
    print("total %d, seed %d, all %d, unknown %d, conversations %d" % (n, seed, n - seed, unk, conv))
    print("CHECK PASSED" if bad == 0 else "CHECK FAILED: %d problems" % bad)
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
