"""Verify tests/questions/blind_89.jsonl (../../questions/blind_89.jsonl) against the documents beside this script.

Final check: every contains figure of an answered item occurs in the document it cites (items_meta.json, src)
(or, for derived figures, equals the arithmetic in `calc` whose operands occur in that document).
Also: ids unique, id suffix -unk iff status is exactly unknown, no exclude is a substring of a contains.
Prints the counts.
Run: /work/main/.venv/bin/python check.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
S = os.path.join(HERE, "..", "samples") + os.sep
# the paths the writer used (docs/, /work/shared/seed, /work/shared/samples; still in items_meta.json "file"),
# mapped by the item's src key to where the documents sit in the repository
FILES = {
    "T1": os.path.join(HERE, "平阳县医疗保障局_2026年_项目支出绩效目标表.txt"),
    "T2": os.path.join(HERE, "平阳县_2026年_行政事业单位公用经费定额标准表.xlsx"),
    "T3": os.path.join(HERE, "平阳县_2026年_部门财政拨款支出预算表_功能分类和经济分类交叉.xlsx"),
    "seed": os.path.join(HERE, "..", "..", "..", "knowledge", "000_9289cd5134f499bc.txt"),
    "zhanjiang": S + "zhanjiang_rsj_2024_department_targets.xlsx",
    "wuhan": S + "wuhan_donghu_rsj_2020_project_application.xlsx",
    "chongqing": S + "chongqing_yuzhong_2021_project_self_evaluation.xlsx",
    "putuo_sgb": S + "putuo_shegongbu_2024_final_accounts.pdf",
    "putuo_czj": S + "putuo_czj_2024_final_accounts.pdf",
}
assert sorted(os.path.basename(FILES[k]) for k in ("T1", "T2", "T3")) == sorted(
    f for f in os.listdir(HERE) if not f.endswith((".py", ".md", ".json")) and not f.startswith((".", "__")))


def norm(t):
    return re.sub(r"\s+", "", t)


def doc_text(path):
    if path.endswith(".txt"):
        return norm(open(path, encoding="utf-8").read())
    if path.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(path)
        parts = []
        for ws in wb:
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if v is None:
                        continue
                    if isinstance(v, float):
                        parts += [repr(v), f"{v:.2f}", f"{v:g}"]
                        if "%" in (c.number_format or ""):
                            parts.append(f"{v * 100:g}%")
                    elif isinstance(v, int):
                        parts.append(str(v))
                        if "%" in (c.number_format or ""):
                            parts.append(f"{v * 100}%")
                    else:
                        parts.append(str(v))
        return norm("|".join(parts))
    if path.endswith(".pdf"):
        import pdfplumber
        with pdfplumber.open(path) as p:
            return norm("".join((pg.extract_text() or "") for pg in p.pages))
    raise ValueError(path)


def main():
    items = [json.loads(l) for l in open(os.path.join(HERE, "..", "..", "questions", "blind_89.jsonl"), encoding="utf-8")]
    meta = {m["id"]: m for m in json.load(open(os.path.join(HERE, "items_meta.json"), encoding="utf-8"))}
    cache = {}
    bad = 0
    ids = set()
    for it in items:
        iid = it["id"]
        if iid in ids:
            print("DUP", iid); bad += 1
        ids.add(iid)
        if iid.endswith("-unk") != (it["status"] == ["unknown"]):
            print("ID/STATUS", iid); bad += 1
        for e in it["excludes"]:
            for c in it["contains"]:
                if e in c:
                    print("EXCLUDE IN CONTAINS", iid, e, c); bad += 1
        m = meta[iid]
        paths = [FILES[k] for k in (m["src"] if isinstance(m["src"], list) else [m["src"]])]
        for path in paths:
            if path not in cache:
                cache[path] = doc_text(path)
        txt = "|".join(cache[p] for p in paths)
        for expr_key, expr in m["calc"].items():
            val = eval(expr)
            want = float(expr_key)
            if abs(float(val) - want) > 0.006:
                print("CALC", iid, expr_key, expr, val); bad += 1
            for op in re.findall(r"\d+\.\d+|\d+", expr):
                if op in ("100", "1000", "2", "1", "0", "20", "30"):
                    continue
                opn = op.rstrip("0").rstrip(".") if "." in op else op
                if op not in txt and opn not in txt:
                    print("OPERAND NOT IN DOC", iid, op); bad += 1
        if "answered" not in it["status"]:
            continue
        for c in it["contains"]:
            if c in m["calc"] or c in m["derived"]:
                continue
            if norm(c) in txt:
                continue
            if re.fullmatch(r"\d+", c) and any(k.isdigit() for k in m["derived"]):
                continue
            print("NOT IN DOC", iid, repr(c), [os.path.basename(p) for p in paths]); bad += 1
    print(f"checked {len(items)} items, problems: {bad}")
    total = len(items)
    seed = sum(i["kb"] == "seed" for i in items)
    unk = sum(i["status"] == ["unknown"] for i in items)
    conv = sum("conversation" in i for i in items)
    print(f"total={total} seed={seed} all={sum(i['kb'] == 'all' for i in items)} unknown={unk} conversations={conv}")
    print("OK" if not bad else f"{bad} errors")
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
