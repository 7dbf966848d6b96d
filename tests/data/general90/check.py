"""Verify tests/questions/blind_90.jsonl (../../questions/blind_90.jsonl) against the documents beside this script.

Checks format, ids and counts, and that every contains figure of an answered or clarify item occurs in a document
it cites (items_meta.json, src; whitespace removed) or is the result of the item's recorded arithmetic (calc).
Also: ids unique, q xor conversation, known statuses and kb, id suffix -unk iff status has unknown, seed items cite
only the seed, unknown items have no contains, no contains is also an exclude. Prints the counts.
Run: /work/main/.venv/bin/python check.py
"""
import json
import os
import re
import sys

import openpyxl
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
S = os.path.join(HERE, "..", "samples") + os.sep
# the writer's paths (docs/, /work/shared/seed, /work/shared/samples; still named in ANSWERS.md),
# mapped by the item's src key to where the documents sit in the repository
F = {
    "SEED": os.path.join(HERE, "..", "..", "..", "knowledge", "000_9289cd5134f499bc.txt"),
    "T1": os.path.join(HERE, "武义县科学技术局2026年项目支出绩效目标表.txt"),
    "T2": os.path.join(HERE, "武义县2026年部门工资福利支出预算明细表.xlsx"),
    "T3": os.path.join(HERE, "武义县2026年政府和社会资本合作（PPP）项目财政支出责任统计表.xlsx"),
    "ZJ": S + "zhanjiang_rsj_2024_department_targets.xlsx",
    "WH": S + "wuhan_donghu_rsj_2020_project_application.xlsx",
    "CQ": S + "chongqing_yuzhong_2021_project_self_evaluation.xlsx",
    "PS": S + "putuo_shegongbu_2024_final_accounts.pdf",
    "PC": S + "putuo_czj_2024_final_accounts.pdf",
}
assert sorted(os.path.basename(F[k]) for k in ("T1", "T2", "T3")) == sorted(
    f for f in os.listdir(HERE) if not f.endswith((".py", ".md", ".json")) and not f.startswith((".", "__")))


def text(p):
    if p.endswith(".txt"):
        with open(p, encoding="utf-8") as fh:
            t = fh.read()
    elif p.endswith(".xlsx"):
        parts = []
        for ws in openpyxl.load_workbook(p):
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    parts.append(str(v))
                    if isinstance(v, float):
                        parts.append(f"{v:.2f}")
        t = "|".join(parts)
    else:
        with pdfplumber.open(p) as d:
            t = "\n".join(pg.extract_text() or "" for pg in d.pages)
    return re.sub(r"\s+", "", t)


def main():
    tx = {k: text(v) for k, v in F.items()}
    with open(os.path.join(HERE, "..", "..", "questions", "blind_90.jsonl"), encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh]
    with open(os.path.join(HERE, "items_meta.json"), encoding="utf-8") as fh:
        meta = json.load(fh)
    err = 0
    ids = set()

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
        if it["kb"] == "seed" and meta[i]["src"] != ["SEED"]:
            bad("seed item cites other doc", i)
        if "unknown" in it["status"] and it["contains"]:
            bad("unknown with contains", i)
        for c in it["contains"]:
            if c in it["excludes"]:
                bad("contains/excludes clash", i, c)
        if "answered" in it["status"] or "clarify" in it["status"]:
            if not it["contains"]:
                bad("no contains", i)
            for c in it["contains"]:
                c0 = re.sub(r"\s+", "", c)
                if any(c0 in tx[s] for s in meta[i]["src"]):
                    continue
                ex = meta[i]["calc"].get(c)
                if ex is not None:
                    v = eval(ex)
                    if f"{v:.2f}".startswith(c0) or f"{v:.2f}".rstrip("0").rstrip(".") == c0:
                        continue
                    bad("calc mismatch", i, c, ex, v)
                else:
                    bad("not in cited doc", i, c, meta[i]["src"])
    print(f"checked {len(items)} items, problems: {err}")
    seed = sum(x["kb"] == "seed" for x in items)
    al = sum(x["kb"] == "all" for x in items)
    unk = sum("unknown" in x["status"] for x in items)
    conv = sum("conversation" in x for x in items)
    print(f"total={len(items)} seed={seed} all={al} unknown={unk} conversations={conv}")
    print("OK" if not err else f"{err} errors")
    return err


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
