# -*- coding: utf-8 -*-
"""Verify tests/questions/blind_91.jsonl (../../questions/blind_91.jsonl) against the documents beside this script.

The writer's final check: every contains string of a non-unknown item occurs in the document(s) its ANSWERS line cites
(items_meta.json, src "DOC[+DOC]:place", ALL = every document; whitespace removed, commas also dropped), or, for derived
figures, the arithmetic recorded in items_meta.json (calc) reproduces it (rounded half up to the figure's decimals) from
operands found in those documents ("count" = a counted figure, not recomputed).
Also: ids unique, q xor conversation, known statuses and kb, id suffix -unk iff status has unknown, seed items cite
only the seed, unknown items have no contains, no contains is also an exclude. An answered/clarify item may have no
contains (the item format allows it; listed as a note, as the writer's check did not require one). Prints the counts.
Run: /work/main/.venv/bin/python check.py
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

import openpyxl
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
S = os.path.join(HERE, "..", "samples") + os.sep
# the writer's paths (docs/, /work/shared/seed, /work/shared/samples; still named in ANSWERS.md),
# mapped by the item's src key to where the documents sit in the repository
FILES = {
    "SEED": os.path.join(HERE, "..", "..", "..", "knowledge", "000_9289cd5134f499bc.txt"),
    "T1": os.path.join(HERE, "浙江省丽水市缙云县商务局2026年项目支出绩效目标表.txt"),
    "T2": os.path.join(HERE, "浙江省丽水市缙云县财政局2026年项目支出事前绩效评估结果表.xlsx"),
    "T3": os.path.join(HERE, "浙江省丽水市缙云县2025年上级转移支付资金分配下达表.xlsx"),
    "ZJ": S + "zhanjiang_rsj_2024_department_targets.xlsx",
    "WH": S + "wuhan_donghu_rsj_2020_project_application.xlsx",
    "CQ": S + "chongqing_yuzhong_2021_project_self_evaluation.xlsx",
    "SGB": S + "putuo_shegongbu_2024_final_accounts.pdf",
    "CZJ": S + "putuo_czj_2024_final_accounts.pdf",
}
assert sorted(os.path.basename(FILES[k]) for k in ("T1", "T2", "T3")) == sorted(
    f for f in os.listdir(HERE) if not f.endswith((".py", ".md", ".json")) and not f.startswith((".", "__")))


def text_of(p):
    if p.endswith(".txt"):
        with open(p, encoding="utf-8") as fh:
            t = fh.read()
    elif p.endswith(".xlsx"):
        out = []
        for ws in openpyxl.load_workbook(p):
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, (int, float)):
                        out += [repr(v), "%g" % v, "%.2f" % v]
                    else:
                        out.append(str(v))
        t = " | ".join(out)
    else:
        with pdfplumber.open(p) as pdf:
            t = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    t = re.sub(r"\s+", "", t)
    return t + "||" + t.replace(",", "")


def main():
    txt = {k: text_of(v) for k, v in FILES.items()}
    with open(os.path.join(HERE, "..", "..", "questions", "blind_91.jsonl"), encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh]
    with open(os.path.join(HERE, "items_meta.json"), encoding="utf-8") as fh:
        meta = {m["id"]: m for m in json.load(fh)}
    err = 0
    nchk = ncalc = ncount = 0
    ids = set()
    nocon = []

    def bad(*msg):
        nonlocal err
        print(*msg)
        err += 1

    for it in items:
        i = it["id"]
        if i in ids:
            bad("dup id", i)
        ids.add(i)
        if ("q" in it) == ("conversation" in it):
            bad("shape", i)
        if not set(it["status"]) <= {"answered", "clarify", "unknown"}:
            bad("status", i)
        if it["kb"] not in ("seed", "all"):
            bad("kb", i)
        if ("unknown" in it["status"]) != i.endswith("-unk"):
            bad("unk suffix", i)
        if i not in meta:
            bad("no meta", i)
            continue
        m = meta[i]
        docs = m["src"].split(":", 1)[0].split("+")
        if it["kb"] == "seed" and docs != ["SEED"]:
            bad("seed item cites other doc", i)
        if "unknown" in it["status"] and it["contains"]:
            bad("unknown with contains", i)
        for c in it["contains"]:
            if c in it["excludes"]:
                bad("contains/excludes clash", i, c)
        if it["status"] == ["unknown"]:
            continue
        if not it["contains"]:
            nocon.append(i)  # allowed by the item format (the writer's a-169: which 人社 department is meant)
        hay = "".join(txt[d] for d in (txt if "ALL" in docs else docs))
        for c in it["contains"]:
            nchk += 1
            if c in m["calc"]:
                expr = m["calc"][c]
                if expr == "count":
                    ncount += 1
                    continue
                ncalc += 1
                for num in re.findall(r"\d+(?:\.\d+)?", expr):
                    if num == "100":
                        continue
                    n2 = num.rstrip("0").rstrip(".") if "." in num else num
                    if n2 not in hay and num not in hay:
                        bad("OPERAND MISSING", i, num)
                val = Decimal(str(eval(expr)))
                dec = len(c.split(".")[1]) if "." in c else 0
                if val.quantize(Decimal(1).scaleb(-dec), ROUND_HALF_UP) != Decimal(c):
                    bad("ARITH MISMATCH", i, c, expr, val)
            elif re.sub(r"\s+", "", c) not in hay:
                bad("NOT FOUND", i, c, docs)
    if nocon:
        print("note: answered/clarify items without contains (not an error):", " ".join(nocon))
    print(f"checked {len(items)} items, {nchk} contains strings ({ncalc} by arithmetic, {ncount} counts), problems: {err}")
    seed = sum(x["kb"] == "seed" for x in items)
    al = sum(x["kb"] == "all" for x in items)
    unk = sum("unknown" in x["status"] for x in items)
    conv = sum("conversation" in x for x in items)
    print(f"total={len(items)} seed={seed} all={al} unknown={unk} conversations={conv}")
    print("OK" if not err else f"{err} errors")
    return err


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
