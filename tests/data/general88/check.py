# -*- coding: utf-8 -*-
"""Verify tests/questions/blind_88.jsonl (../../questions/blind_88.jsonl) against the documents beside this script.

For every answered / clarify item: each `contains` string must occur (whitespace removed) in one of the
documents the item cites in ANSWERS.md (src=...), or be the result of the item's `calc` expression whose
numeric operands all occur in those documents. Also: ids unique, id suffix -unk iff status unknown,
no exclude is a substring of a contains. Prints the counts.
Run: /work/main/.venv/bin/python check.py
"""
import json
import os
import re
import sys
from decimal import Decimal

import openpyxl
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
S = os.path.join(HERE, "..", "samples") + os.sep
# the paths the writer used (docs/, ../shared/seed, ../shared/samples), mapped to where the documents sit in the repository
FILES = {
    "T1": os.path.join(HERE, "苍南县发展和改革局_2026年_项目支出绩效目标表.txt"),
    "T2": os.path.join(HERE, "苍南县_2026年_政府采购预算表.xlsx"),
    "T3": os.path.join(HERE, "苍南县_2025年_国有资产占用情况表.xlsx"),
    "seed": os.path.join(HERE, "..", "..", "..", "knowledge", "000_9289cd5134f499bc.txt"),
    "zj": S + "zhanjiang_rsj_2024_department_targets.xlsx",
    "wh": S + "wuhan_donghu_rsj_2020_project_application.xlsx",
    "cq": S + "chongqing_yuzhong_2021_project_self_evaluation.xlsx",
    "sg": S + "putuo_shegongbu_2024_final_accounts.pdf",
    "cz": S + "putuo_czj_2024_final_accounts.pdf",
}
assert sorted(os.path.basename(FILES[k]) for k in ("T1", "T2", "T3")) == sorted(
    f for f in os.listdir(HERE) if not f.endswith((".py", ".md")) and not f.startswith((".", "__")))


def nows(s):
    return re.sub(r"\s+", "", s)


def text_of(path):
    if path.endswith(".txt"):
        return nows(open(path, encoding="utf-8").read())
    if path.endswith(".pdf"):
        with pdfplumber.open(path) as p:
            return nows("".join(pg.extract_text() or "" for pg in p.pages))
    parts = []
    wb = openpyxl.load_workbook(path)
    for ws in wb:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                if isinstance(v, float):
                    parts += [repr(v), f"{v:.2f}"]
                    if v.is_integer():
                        parts.append(str(int(v)))
                else:
                    parts.append(str(v))
    return nows("|".join(parts))


def main():
    docs = {k: text_of(p) for k, p in FILES.items()}
    meta = {}
    for ln in open(os.path.join(HERE, "ANSWERS.md"), encoding="utf-8"):
        m = re.match(r"^(\S+) \| .* \| src=(\S+) \| .* \| calc: ?(.*)$", ln.rstrip("\n"))
        if m:
            calcs = {}
            for part in filter(None, (x.strip() for x in m.group(3).split(";"))):
                expr, res = part.rsplit("=", 1)
                calcs[res] = expr
            meta[m.group(1)] = (m.group(2).split("+"), calcs)
    items = [json.loads(l) for l in open(os.path.join(HERE, "..", "..", "questions", "blind_88.jsonl"), encoding="utf-8")]
    errors = []
    ids = [it["id"] for it in items]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    for it in items:
        iid = it["id"]
        if iid not in meta:
            errors.append(f"{iid}: no ANSWERS.md line")
            continue
        srcs, calcs = meta[iid]
        if ("unknown" in it["status"]) != iid.endswith("-unk"):
            errors.append(f"{iid}: -unk suffix / status mismatch")
        for x in it["excludes"]:
            for c in it["contains"]:
                if nows(x) in nows(c):
                    errors.append(f"{iid}: exclude {x!r} inside contains {c!r}")
        if it["status"] == ["unknown"]:
            if it["contains"]:
                errors.append(f"{iid}: unknown item with contains")
            continue
        if not it["contains"]:
            errors.append(f"{iid}: answered item without contains")
        for c in it["contains"]:
            cc = nows(c)
            if any(cc in docs[s] for s in srcs):
                continue
            if c in calcs:
                expr = calcs[c]
                ops = re.findall(r"\d+(?:\.\d+)?", expr)
                missing = [o for o in ops if not any(o in docs[s] for s in srcs)]
                val = eval(re.sub(r"(\d+(?:\.\d+)?)", r"Decimal('\1')", expr))
                nd = len(c.split(".")[1]) if "." in c else 0
                ok = val.quantize(Decimal(1).scaleb(-nd)) == Decimal(c)
                if ok and not missing:
                    continue
                errors.append(f"{iid}: calc {expr}={val} vs {c}; operands missing {missing}")
                continue
            errors.append(f"{iid}: {c!r} not found in {srcs}")
    for e in errors:
        print("ERROR", e)
    total = len(items)
    seed = sum(it["kb"] == "seed" for it in items)
    unk = sum(it["status"] == ["unknown"] for it in items)
    conv = sum("conversation" in it for it in items)
    print(f"total={total} seed={seed} all={total - seed} unknown={unk} conversations={conv}")
    print("OK" if not errors else f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
