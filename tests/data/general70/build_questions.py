# -*- coding: utf-8 -*-
"""Builds questions.jsonl and ANSWERS.md from questions_src.py."""
import json, os, re
from questions_src import SEED, ALL, ST

HERE = os.path.dirname(os.path.abspath(__file__))
DOCNAME = {
 "seed": "shared/seed/000_9289cd5134f499bc.txt",
 "T1": "docs/慈溪市民政局_2026年_项目支出绩效目标表.txt",
 "T2": "docs/慈溪市卫生健康局_2026年_部门整体支出绩效目标表.xlsx",
 "T3": "docs/慈溪市_2026年_部门支出预算表.xlsx",
 "zj": "shared/samples/zhanjiang_rsj_2024_department_targets.xlsx",
 "wh": "shared/samples/wuhan_donghu_rsj_2020_project_application.xlsx",
 "cq": "shared/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx",
 "psg": "shared/samples/putuo_shegongbu_2024_final_accounts.pdf",
 "pcz": "shared/samples/putuo_czj_2024_final_accounts.pdf",
}
CROSS_WORDS = ("哪个多", "谁多", "分别", "各部门", "所有部门", "哪个部门", "全市部门", "总合计", "哪个单位", "哪些单位", "最多的单位", "有经营支出的部门", "几个部门")

def group(kb, kind, q, src):
    doc = src.split("|")[0]
    if kb == "seed":
        return "seed"
    text = q if isinstance(q, str) else " ".join(q)
    if "+" in doc or doc == "seed" or any(w in text for w in CROSS_WORDS) or ("比" in text and doc == "T3"):
        return "cross"
    if doc in ("T1",):
        return "T1"
    if doc in ("T2", "T3"):
        return "T2T3"
    return "samples"

def build():
    items, rows = [], []
    for kb, lst, p in (("seed", SEED, "s"), ("all", ALL, "a")):
        n = {"s": 0, "c": 0}
        for kind, q, st, con, exc, src in lst:
            n[kind] += 1
            iid = "%s%s-%03d" % (p, "c" if kind == "c" else "", n[kind]) + ("-unk" if st == "u" else "")
            it = {"id": iid}
            if kind == "s":
                it["q"] = q
            else:
                it["conversation"] = q
            it.update({"status": ST[st], "contains": con, "excludes": exc, "kb": kb})
            items.append(it)
            doc, where, calc = (src.split("|") + ["", ""])[:3]
            rows.append((iid, q, doc, where, calc, con, group(kb, kind, q, src)))
    with open(os.path.join(HERE, "..", "..", "questions", "blind_70.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "ANSWERS.md"), "w", encoding="utf-8") as f:
        f.write("# Answers\n\nOne line per item: id | question | where the answer is read (file; sheet/row or project) | arithmetic | expected strings.\n")
        f.write("Files: " + "; ".join("%s = %s" % kv for kv in DOCNAME.items()) + "\n\n")
        for iid, q, doc, where, calc, con, g in rows:
            qq = q if isinstance(q, str) else " → ".join(q)
            files = " + ".join(DOCNAME[d] for d in doc.split("+"))
            f.write("- %s | %s | %s: %s | %s | %s\n" % (iid, qq, files, where, calc or "-", "、".join(con) or "(none)"))
    return items, rows

if __name__ == "__main__":
    items, rows = build()
    from collections import Counter
    print("total", len(items), "seed", sum(i["kb"] == "seed" for i in items), "all", sum(i["kb"] == "all" for i in items),
          "unknown", sum(i["status"] == ["unknown"] for i in items), "conversations", sum("conversation" in i for i in items))
    print("groups", Counter(r[6] for r in rows))
    for kb in ("seed", "all"):
        sub = [i for i in items if i["kb"] == kb]
        print(kb, len(sub), "unk", sum(i["status"] == ["unknown"] for i in sub), "conv", sum("conversation" in i for i in sub))
