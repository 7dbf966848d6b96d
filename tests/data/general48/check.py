# -*- coding: utf-8 -*-
"""Final check for blind48: every `contains` string of an answered/clarify item must occur in a document
the item cites (answers_meta.json), whitespace removed (PDF text also with thousands separators removed).
When the figure is computed (calc "a+b=c" / "a-b=c"), the arithmetic is re-evaluated, the figure must be a
prefix of the result, and every operand must occur in the cited documents.
Also checks item format and prints the counts.
Run: /work/main/.venv/bin/python check.py
"""
import json, os, re, sys
from decimal import Decimal
import openpyxl, pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.join(HERE, "..", "..", "..")  # (the seed in knowledge/, the samples in tests/data/samples/)
PATHS = {
    "SEED": REPO + "/knowledge/000_9289cd5134f499bc.txt",
    "T1": f"{HERE}/贵州省湄潭县水务局2026年项目支出绩效目标表.txt",
    "T2": f"{HERE}/贵州省湄潭县卫生健康局2026年部门支出预算表.xlsx",
    "T3": f"{HERE}/贵州省湄潭县农业农村局2026年茶产业提质增效项目申报表.xlsx",
    "ZJ": REPO + f"/tests/data/samples/zhanjiang_rsj_2024_department_targets.xlsx",
    "WH": REPO + f"/tests/data/samples/wuhan_donghu_rsj_2020_project_application.xlsx",
    "CQ": REPO + f"/tests/data/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx",
    "SG": REPO + f"/tests/data/samples/putuo_shegongbu_2024_final_accounts.pdf",
    "CZ": REPO + f"/tests/data/samples/putuo_czj_2024_final_accounts.pdf",
}
WS = re.compile(r"\s+")


def num_forms(v):
    if isinstance(v, bool) or v is None:
        return []
    if isinstance(v, (int, float)):
        dv = Decimal(repr(v))
        out = [repr(v), f"{v:.2f}"]
        s = format(dv.normalize(), "f")
        out.append(s)
        return out
    return [str(v)]


def load(key):
    p = PATHS[key]
    if p.endswith(".txt"):
        return WS.sub("", open(p, encoding="utf-8").read())
    if p.endswith(".xlsx"):
        wb = openpyxl.load_workbook(p)
        parts = []
        for ws in wb:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    parts.extend(num_forms(v))
        return WS.sub("", "|".join(parts))
    with pdfplumber.open(p) as pdf:
        t = "".join(pg.extract_text() or "" for pg in pdf.pages)
    t = WS.sub("", t)
    return t + "|" + re.sub(r"(?<=\d),(?=\d{3})", "", t)


def main():
    texts = {k: load(k) for k in PATHS}
    meta = {m["id"]: m for m in json.load(open(os.path.join(HERE, "answers_meta.json"), encoding="utf-8"))}
    items = [json.loads(l) for l in open(os.path.join(HERE, "..", "..", "questions", "blind_48.jsonl"), encoding="utf-8") if l.strip()]
    errs = []
    ids = set()
    for it in items:
        iid = it["id"]
        if iid in ids:
            errs.append(f"{iid}: duplicate id")
        ids.add(iid)
        if not (("q" in it) ^ ("conversation" in it)):
            errs.append(f"{iid}: needs exactly one of q / conversation")
        for st in it["status"]:
            if st not in ("answered", "clarify", "unknown"):
                errs.append(f"{iid}: bad status {st}")
        conv = "conversation" in it
        pre = iid.split("-")[0]
        want = ("s" if it["kb"] == "seed" else "a") + ("c" if conv else "")
        if pre != want:
            errs.append(f"{iid}: prefix should be {want}")
        if (it["status"][0] == "unknown") != iid.endswith("-unk"):
            errs.append(f"{iid}: -unk suffix mismatch")
        if it["status"][0] == "unknown":
            if it["contains"]:
                errs.append(f"{iid}: unknown item with contains")
            continue
        m = meta[iid]
        docs = m["docs"].split(",")
        if it["kb"] == "seed" and docs != ["SEED"]:
            errs.append(f"{iid}: seed item cites {docs}")
        hay = "".join(texts[d] for d in docs)
        calc = m.get("calc")
        res = None
        if calc:
            lhs, rhs = calc.split("=")
            nums = re.findall(r"\d+(?:\.\d+)?", lhs)
            for n in nums:
                ns = n.rstrip("0").rstrip(".") if "." in n else n
                if ns not in hay and n not in hay:
                    errs.append(f"{iid}: operand {n} not in {docs}")
            val = eval(re.sub(r"(\d+(?:\.\d+)?)", r"Decimal('\1')", lhs))
            if val != Decimal(rhs):
                errs.append(f"{iid}: calc {calc} evaluates to {val}")
            res = format(val.normalize(), "f") if val == val.to_integral() else str(val)
        if not it["contains"]:
            errs.append(f"{iid}: answered item without contains")
        for c in it["contains"]:
            c2 = WS.sub("", c)
            if res is not None and re.fullmatch(r"\d+(?:\.\d+)?", c2):
                if not (res.startswith(c2) or format(Decimal(res), ".2f").startswith(c2)):
                    errs.append(f"{iid}: contains {c} does not match calc result {res}")
                continue
            if c2 not in hay:
                errs.append(f"{iid}: contains '{c}' not found in {docs}")
        for e in it["excludes"]:
            if any(WS.sub("", e) in WS.sub("", c) for c in it["contains"]):
                errs.append(f"{iid}: exclude '{e}' inside a contains string")
    for e in errs:
        print("ERROR", e)
    tot = len(items)
    seed = sum(1 for i in items if i["kb"] == "seed")
    unk = sum(1 for i in items if i["status"][0] == "unknown")
    conv = sum(1 for i in items if "conversation" in i)
    print(f"total={tot} seed={seed} all={tot-seed} unknown={unk} conversations={conv} errors={len(errs)}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
