# -*- coding: utf-8 -*-
"""Turn questions_src.py into questions.jsonl, answers_meta.json and ANSWERS.md."""
import json, collections
from questions_src import ITEMS

DOCFILES = {
 "seed": "/work/shared/seed/000_9289cd5134f499bc.txt",
 "T1": "温岭市农业农村局_2026年_项目支出绩效目标表.txt",
 "T2": "温岭市应急管理局_2026年_项目申报表.xlsx",
 "T3": "温岭市_2026年_部门项目支出预算表.xlsx",
 "zj": "/work/shared/samples/zhanjiang_rsj_2024_department_targets.xlsx",
 "wh": "/work/shared/samples/wuhan_donghu_rsj_2020_project_application.xlsx",
 "cq": "/work/shared/samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx",
 "sg": "/work/shared/samples/putuo_shegongbu_2024_final_accounts.pdf",
 "cz": "/work/shared/samples/putuo_czj_2024_final_accounts.pdf",
}
counter = collections.Counter()
out, meta, lines = [], {}, []
for it in ITEMS:
    k = it["kind"]; counter[k] += 1
    iid = "%s-%03d" % (k, counter[k])
    if it["status"] == ["unknown"]:
        iid += "-unk"
    kb = "seed" if k in ("s", "sc") else "all"
    rec = {"id": iid}
    if isinstance(it["q"], list):
        rec["conversation"] = it["q"]
    else:
        rec["q"] = it["q"]
    rec.update(status=it["status"], contains=it["contains"], excludes=it["excludes"], kb=kb)
    out.append(rec)
    meta[iid] = {"src": it["src"], "calc": it["calc"]}
    q = " → ".join(it["q"]) if isinstance(it["q"], list) else it["q"]
    docs, where = it["src"].split("|", 1)
    files = ", ".join(DOCFILES.get(d, d).split("/")[-1] for d in docs.split("+"))
    arith = "; ".join("%s = %s" % (r, e) for r, e in it["calc"].items())
    ans = "/".join(it["status"]) + (": " + "、".join(it["contains"]) if it["contains"] else "")
    lines.append("%s | %s | %s | %s — %s%s" % (iid, q, ans, files, where, (" | " + arith) if arith else ""))
with open("../../questions/blind_71.jsonl", "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open("answers_meta.json", "w", encoding="utf-8") as f:
    json.dump({"docfiles": DOCFILES, "items": meta}, f, ensure_ascii=False, indent=1)
with open("ANSWERS.md", "w", encoding="utf-8") as f:
    f.write("# Answers\n\nid | question | expected status: contains | where it is read (file — sheet/row or project) | arithmetic\n\n")
    for l in lines:
        f.write("- " + l + "\n")
tot = len(out)
seed = sum(r["kb"] == "seed" for r in out)
unk = sum(r["status"] == ["unknown"] for r in out)
conv = sum("conversation" in r for r in out)
print("total", tot, "seed", seed, "all", tot - seed, "unknown", unk, "conversations", conv)
print("seed unknown", sum(r["status"] == ["unknown"] and r["kb"] == "seed" for r in out),
      "seed conv", sum("conversation" in r and r["kb"] == "seed" for r in out))
