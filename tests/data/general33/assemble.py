import json, sys
sys.path.insert(0, '.')
import q_seed, q_all1, q_all2, q_all3, q_all4
items = []
cnt = {}
def add(kind, body, status, contains, excludes, where, kb):
    cnt[kind] = cnt.get(kind, 0) + 1
    iid = f"{kind}-{cnt[kind]:03d}" + ("-unk" if status == ["unknown"] else "")
    o = {"id": iid}
    if kind in ("s", "a"): o["q"] = body
    else: o["conversation"] = body
    o.update({"status": status, "contains": contains, "excludes": excludes, "kb": kb})
    items.append((o, where))
for m, kb in ((q_seed, "seed"), (q_all1, "all"), (q_all2, "all"), (q_all3, "all"), (q_all4, "all")):
    # singles first then conversations are interleaved as written; keep order
    for it in m.Q:
        kind = it[0]
        if kb == "all" and kind == "s": kind = "a"
        add(kind, *it[1:], kb)
with open("../questions.jsonl", "w", encoding="utf-8") as f:
    for o, w in items: f.write(json.dumps(o, ensure_ascii=False) + "\n")
with open("../ANSWERS.md", "w", encoding="utf-8") as f:
    f.write("# ANSWERS — where each expected answer is read\n\n")
    f.write("Documents: seed = /work/shared/seed/000_9289cd5134f499bc.txt; docs/huitong_lyj_2026_project_performance_targets.txt (怀化市会同县林业局 项目支出绩效目标表, text, seed layout); ")
    f.write("docs/yijinhuoluo_nmj_2026_special_funds_list.xlsx (sheet 专项资金清单: title row 1, unit row 2, header row 3, 合计 row 4, 序号1-20 in rows 5-24, note row 25); ")
    f.write("docs/ledu_2025_key_project_evaluation_results.xlsx (sheet 评价结果汇总: title row 1, unit row 2, two-level header rows 3-4, 序号1-24 in rows 5-28, 合计 row 29, note row 30; 评价方式 merged per group D5:D12, D13:D19, D20:D28); samples in /work/shared/samples/. ")
    f.write("序号N of a spreadsheet is sheet row N+4. Computed figures show the arithmetic.\n\n")
    f.write("| id | kb | question (last turn) | status | where / how |\n|---|---|---|---|---|\n")
    for o, w in items:
        q = o.get("q") or " → ".join(o["conversation"])
        f.write(f"| {o['id']} | {o['kb']} | {q} | {','.join(o['status'])} | {w} |\n")
n = len(items)
seed = sum(1 for o, _ in items if o["kb"] == "seed")
unk = sum(1 for o, _ in items if o["status"] == ["unknown"])
conv = sum(1 for o, _ in items if "conversation" in o)
print(n, "seed", seed, "all", n - seed, "unknown", unk, "conv", conv)
