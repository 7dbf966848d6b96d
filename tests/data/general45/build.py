# -*- coding: utf-8 -*-
"""Turn qs_seed.py / qs_all.py into questions.jsonl and ANSWERS.md."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
import qs_seed, qs_all
ST = {"A": ["answered"], "U": ["unknown"], "C": ["clarify"], "AC": ["answered", "clarify"], "UA": ["unknown", "answered"]}
DOCN = {"T1": "docs/福鼎市城市管理局2026年项目支出绩效目标表.txt", "T2": "docs/福鼎市2026年部门支出预算表.xlsx",
        "T3": "docs/福鼎市2026年政府采购预算表.xlsx", "seed": "seed/000_9289cd5134f499bc.txt",
        "zj": "samples/zhanjiang_rsj_2024_department_targets.xlsx", "wh": "samples/wuhan_donghu_rsj_2020_project_application.xlsx",
        "cq": "samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx", "czj": "samples/putuo_czj_2024_final_accounts.pdf",
        "sgb": "samples/putuo_shegongbu_2024_final_accounts.pdf"}
out, ans, meta = [], [], []
cnt = {}
def nid(prefix):
    cnt[prefix] = cnt.get(prefix, 0) + 1
    return cnt[prefix]
for kb, items in (("seed", qs_seed.ITEMS), ("all", qs_all.ITEMS)):
    for it in items:
        kind, q, st, cont, exc, src, note = it[:7]
        calc = it[7] if len(it) > 7 else {}
        conv = isinstance(q, list)
        base = ("s" if kb == "seed" else "a") + ("c" if conv else "")
        unk = "U" in st and st.startswith("U")
        n = nid(base)
        iid = "%s-%03d" % (base, n) + ("-unk" if unk else "")
        d = {"id": iid}
        d["conversation" if conv else "q"] = q
        d.update({"status": ST[st], "contains": cont, "excludes": exc, "kb": kb})
        out.append(d)
        srcs = src if isinstance(src, list) else [src]
        meta.append({"id": iid, "src": srcs, "calc": calc, "status": ST[st], "contains": cont})
        qs = " → ".join(q) if conv else q
        ans.append("%s | %s | %s: %s%s" % (iid, qs, ", ".join(DOCN[s] for s in srcs), note,
                   ("; calc " + "; ".join("%s = %s" % kv for kv in calc.items())) if calc else ""))
with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for d in out: f.write(json.dumps(d, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "ANSWERS.md"), "w", encoding="utf-8") as f:
    f.write("# Answers (id | question | where the answer is read)\n\nDoc paths: docs/ = this folder, seed/ and samples/ = /work/shared/.\n\n")
    for l in ans: f.write("- " + l + "\n")
with open(os.path.join(HERE, "answers_meta.json"), "w", encoding="utf-8") as f:
    json.dump(meta, f, ensure_ascii=False, indent=0)
tot = len(out); seed = sum(d["kb"] == "seed" for d in out); unkn = sum(d["status"] == ["unknown"] or d["status"][0] == "unknown" for d in out)
convs = sum("conversation" in d for d in out)
print("total", tot, "seed", seed, "all", tot - seed, "unknown", unkn, "conversations", convs)
