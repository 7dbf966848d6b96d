# -*- coding: utf-8 -*-
"""Final check: every contains string of a non-unknown item occurs in the document(s) it cites
(whitespace removed), or — for items whose 'where' has 'calc:' — the arithmetic holds and the result
shows the contains figure; 'count:' items are listed for manual review. Also validates JSON shape."""
import json, os, re, sys
import openpyxl, pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
meta = json.load(open(os.path.join(HERE, "answers_meta.json"), encoding="utf-8"))


def numforms(v, fmt):
    out = [str(v)]
    if isinstance(v, float):
        out += [f"{v:.2f}", f"{v:,.2f}", f"{v:g}", f"{v:.6g}"]
        if v == int(v):
            out.append(str(int(v)))
    if isinstance(v, (int, float)) and fmt and "%" in fmt:
        out.append(f"{v * 100:g}%")
    return out


def text_of(path):
    if not path.startswith("/"):
        path = os.path.join(HERE, path)
    if path.endswith(".txt"):
        t = open(path, encoding="utf-8").read()
    elif path.endswith(".xlsx"):
        parts = []
        for ws in openpyxl.load_workbook(path):
            for row in ws.iter_rows():
                for c in row:
                    if c.value is not None:
                        parts += numforms(c.value, c.number_format)
        t = "|".join(parts)
    else:
        with pdfplumber.open(path) as p:
            t = "\n".join((pg.extract_text() or "") for pg in p.pages)
    return re.sub(r"\s+", "", t)


TEXT = {k: text_of(v) for k, v in meta["files"].items()}
qs = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")}
bad = 0; counts = []
for m in meta["items"]:
    d = qs[m["id"]]
    assert ("q" in d) != ("conversation" in d) and d["kb"] in ("seed", "all"), m["id"]
    assert set(d["status"]) <= {"answered", "clarify", "unknown"}, m["id"]
    if d["status"] == ["unknown"]:
        continue
    where = m["where"]
    calc = re.search(r"calc:\s*([0-9.+\-*/() ]+)=\s*([0-9.]+)", where)
    calc_res = None
    if calc:
        val = eval(calc.group(1)); exp = float(calc.group(2))
        if abs(val - exp) > 0.006:
            print("CALC WRONG", m["id"], where, val); bad += 1
        for op in re.findall(r"[0-9]+(?:\.[0-9]+)?", calc.group(1)):
            if op in ("100",) :
                continue
            if not any(op.rstrip("0").rstrip(".") in TEXT[s] or op in TEXT[s] for s in m["src"]):
                print("OPERAND NOT IN DOC", m["id"], op); bad += 1
        calc_res = calc.group(2)
    if "count:" in where:
        counts.append((m["id"], where, d["contains"]))
    for c in d["contains"]:
        cc = re.sub(r"\s+", "", c)
        if any(cc in TEXT[s] for s in m["src"]):
            continue
        if calc_res and cc in calc_res:
            continue
        if "count:" in where and re.search(r"\b%s\b" % re.escape(cc), where):
            continue
        print("MISSING", m["id"], repr(c), "in", m["src"]); bad += 1
print("count items (verified by the count in ANSWERS.md):")
for c in counts:
    print("  ", c)
n = len(qs); seed = sum(d["kb"] == "seed" for d in qs.values())
unk = sum(d["status"] == ["unknown"] for d in qs.values()); conv = sum("conversation" in d for d in qs.values())
print(f"problems: {bad}")
print(f"total {n}, seed {seed}, all {n - seed}, unknown {unk}, conversations {conv}")
sys.exit(1 if bad else 0)
