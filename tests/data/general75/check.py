# -*- coding: utf-8 -*-
"""Final check: every `contains` string of an item whose status allows "answered" must occur in one of the
documents the item cites (meta.json `src`), after removing whitespace; derived figures must instead equal the
arithmetic recorded in meta.json `calc`. Also checks ids, fields and the counts.
Run: /work/main/.venv/bin/python check.py
"""
import json, os, re, sys
import openpyxl, pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
S = "/work/shared"
DOCS = {
    "seed": S + "/seed/000_9289cd5134f499bc.txt",
    "T1": HERE + "/天台县农业农村局2026年项目支出绩效目标表.txt",
    "T2": HERE + "/天台县农业农村局2025年度部门整体支出绩效自评表.xlsx",
    "T3": HERE + "/天台县2026年国有资本经营预算收支表.xlsx",
    "zj": S + "/samples/zhanjiang_rsj_2024_department_targets.xlsx",
    "wh": S + "/samples/wuhan_donghu_rsj_2020_project_application.xlsx",
    "cq": S + "/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx",
    "sg": S + "/samples/putuo_shegongbu_2024_final_accounts.pdf",
    "cz": S + "/samples/putuo_czj_2024_final_accounts.pdf",
}


def nows(t):
    return re.sub(r"\s+", "", t)


def render_num(v):
    out = {str(v)}
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        out.add("%.2f" % v)
        out.add(("%.6f" % v).rstrip("0").rstrip("."))
        if float(v).is_integer():
            out.add(str(int(v)))
    return out


def load(key):
    p = DOCS[key]
    if p.endswith(".txt"):
        return nows(open(p, encoding="utf-8").read())
    if p.endswith(".xlsx"):
        parts = []
        wb = openpyxl.load_workbook(p)
        for ws in wb:
            for row in ws.iter_rows():
                for c in row:
                    if c.value is not None:
                        parts.append(" | ".join(sorted(render_num(c.value))))
        return nows(" || ".join(parts))
    with pdfplumber.open(p) as pdf:
        t = "\n".join((pg.extract_text() or "") for pg in pdf.pages)
    t = nows(t)
    return t + "||" + t.replace(",", "")


def calc_ok(s, expr):
    v = eval(expr)
    cands = {"%.2f" % v, "%.1f" % v, "%.4f" % v}
    if abs(v - round(v)) < 1e-9:
        cands.add(str(int(round(v))))
    return any(c == s or c.startswith(s) for c in cands)


def main():
    texts = {k: load(k) for k in DOCS}
    qs = [json.loads(l) for l in open(os.path.join(HERE, "..", "..", "questions", "blind_75.jsonl"), encoding="utf-8")]
    meta = {m["id"]: m for m in json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))}
    bad = 0
    ids = set()
    for q in qs:
        iid = q["id"]
        assert iid not in ids, iid
        ids.add(iid)
        assert ("q" in q) != ("conversation" in q), iid
        assert set(q["status"]) <= {"answered", "clarify", "unknown"}, iid
        assert q["kb"] in ("seed", "all"), iid
        assert iid.endswith("-unk") == (q["status"] == ["unknown"]), iid
        pre = iid.split("-")[0]
        assert pre == {("seed", False): "s", ("seed", True): "sc", ("all", False): "a", ("all", True): "ac"}[
            (q["kb"], "conversation" in q)], iid
        m = meta[iid]
        if q["kb"] == "seed":
            assert m["src"] == ["seed"], iid
        if "answered" not in q["status"]:
            continue
        for s in q["contains"]:
            ns = nows(s)
            if ns in m["calc"]:
                if not calc_ok(ns, m["calc"][ns]):
                    print("CALC MISMATCH", iid, s, m["calc"][ns]); bad += 1
                continue
            if not any(ns in texts[k] for k in m["src"]):
                print("NOT IN DOC", iid, s, m["src"]); bad += 1
    n = len(qs)
    seed = sum(1 for r in qs if r["kb"] == "seed")
    unk = sum(1 for r in qs if r["status"] == ["unknown"])
    conv = sum(1 for r in qs if "conversation" in r)
    print("problems: %d" % bad)
    print("total %d, seed %d, all %d, unknown %d, conversations %d" % (n, seed, n - seed, unk, conv))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
