# -*- coding: utf-8 -*-
"""Checks questions.jsonl against ANSWERS.md and the documents.
Every contains string of an item whose status includes "answered" must occur in a document the item cites
(whitespace removed; thousands commas ignored), or be the result of the arithmetic written in ANSWERS.md whose
operands all occur in the cited documents. Also checks ids, fields and prints the counts."""
import json, os, re, sys
import openpyxl, pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
SH = "/work/shared"
FILES = {
 "SEED": SH + "/seed/000_9289cd5134f499bc.txt",
 "T1": HERE + "/瑞安市应急管理局_2025年_项目支出绩效目标表.txt",
 "T2": HERE + "/瑞安市市场监督管理局_2025年_政府采购预算表.xlsx",
 "T3": HERE + "/瑞安市应急管理局_2025年_基层防汛防台体系建设专项资金分配表.xlsx",
 "ZJ": SH + "/samples/zhanjiang_rsj_2024_department_targets.xlsx",
 "WH": SH + "/samples/wuhan_donghu_rsj_2020_project_application.xlsx",
 "CQ": SH + "/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx",
 "SG": SH + "/samples/putuo_shegongbu_2024_final_accounts.pdf",
 "CZ": SH + "/samples/putuo_czj_2024_final_accounts.pdf",
}

def cell_forms(c):
    v = c.value
    if isinstance(v, bool) or v is None: return [str(v)] if v is not None else []
    if isinstance(v, (int, float)):
        f = [str(v), "%g" % v, "%.2f" % v]
        if float(v).is_integer(): f.append(str(int(v)))
        if "%" in (c.number_format or ""): f.append("%g%%" % round(v * 100, 6))
        return f
    return [str(v)]

def load(key):
    p = FILES[key]
    if p.endswith(".txt"):
        t = open(p, encoding="utf-8").read()
    elif p.endswith(".xlsx"):
        wb = openpyxl.load_workbook(p)
        parts = []
        for ws in wb:
            for row in ws.iter_rows():
                for c in row:
                    parts.append("|".join(cell_forms(c)))
        t = "\n".join(parts)
    else:
        with pdfplumber.open(p) as pdf:
            t = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    RAW[key] = t
    t = re.sub(r"\s+", "", t)
    return t + "\n" + t.replace(",", "")

RAW = {}
TEXT = {k: load(k) for k in FILES}
NUMS = {k: set(float(x) for x in re.findall(r"\d+(?:\.\d+)?", RAW[k].replace(",", ""))) for k in FILES}

def norm(s): return re.sub(r"\s+", "", s)

def main():
    items = [json.loads(l) for l in open(os.path.join(HERE, "..", "..", "questions", "blind_56.jsonl"), encoding="utf-8")]
    ans = {}
    for line in open(os.path.join(HERE, "ANSWERS.md"), encoding="utf-8"):
        parts = [p.strip() for p in line.split(" | ")]
        if len(parts) >= 4 and parts[3].startswith("docs:"):
            ans[parts[0]] = (parts[2], [d.strip() for d in parts[3][5:].split(",")])
    errors = []
    ids = set()
    for it in items:
        iid = it["id"]
        if iid in ids: errors.append("duplicate id " + iid)
        ids.add(iid)
        for k in ("status", "contains", "excludes", "kb"):
            if k not in it: errors.append("%s: missing %s" % (iid, k))
        if ("q" in it) == ("conversation" in it): errors.append(iid + ": needs exactly one of q/conversation")
        pre = {"seed": "s", "all": "a"}[it["kb"]] + ("c" if "conversation" in it else "")
        if not re.fullmatch(pre + r"-\d{3}(-unk)?", iid): errors.append(iid + ": bad id form")
        if (it["status"] == ["unknown"]) != iid.endswith("-unk"): errors.append(iid + ": -unk suffix mismatch")
        if iid not in ans: errors.append(iid + ": no ANSWERS line"); continue
        where, docs = ans[iid]
        for d in docs:
            if d not in FILES: errors.append("%s: unknown doc %s" % (iid, d))
        if it["kb"] == "seed" and docs != ["SEED"]: errors.append(iid + ": seed item cites other docs")
        if "answered" not in it["status"] and "clarify" not in it["status"]:
            continue
        for c in it["contains"]:
            cn = norm(c)
            if any(cn in TEXT[d] for d in docs if d in TEXT):
                continue
            # derived figure: look for  expr=result  in where
            ok = False
            for m in re.finditer(r"([0-9.+\-*/()]+)=([0-9.]+)", where):
                expr, res = m.group(1).strip(), m.group(2)
                if not res.startswith(cn.rstrip("%")) and not cn.startswith(res.rstrip("0").rstrip(".")):
                    continue
                try: val = eval(expr)
                except Exception: continue
                if abs(val - float(res)) > 0.006: errors.append("%s: arithmetic %s != %s" % (iid, expr, res)); continue
                ops = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", expr) if x != "100"]
                missing = [o for o in ops if not any(o in NUMS[d] for d in docs)]
                if missing: errors.append("%s: operands %s not in %s" % (iid, missing, docs)); continue
                ok = True; break
            if not ok:
                errors.append("%s: contains %r not in %s and not derived" % (iid, c, docs))
        for e in it["excludes"]:
            for c in it["contains"]:
                if norm(e) in norm(c): errors.append("%s: exclude %r inside contains %r" % (iid, e, c))
    total = len(items)
    seed = sum(1 for i in items if i["kb"] == "seed")
    unk = sum(1 for i in items if i["status"] == ["unknown"])
    conv = sum(1 for i in items if "conversation" in i)
    print("total %d | seed %d | all %d | unknown %d | conversations %d" % (total, seed, total - seed, unk, conv))
    if errors:
        print("\n".join(errors)); print("FAIL: %d problems" % len(errors)); sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
