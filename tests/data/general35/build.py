# Builds questions.jsonl and ANSWERS.md from qsrc_seed.py / qsrc_all.py and checks them.
import json, re, sys, datetime
import openpyxl
from qsrc_seed import Q as QS
from qsrc_all import Q as QA

LOC = {
 "SEED": "/work/shared/seed/000_9289cd5134f499bc.txt",
 "WY": "docs/weiyuan_slj_project_targets.txt",
 "XJ": "docs/xiji_2025_factor_allocation.xlsx [分配表]",
 "TX": "docs/tongxin_2025_minsheng_progress.xlsx [推进情况]",
 "ZJ": "samples/zhanjiang_rsj_2024_department_targets.xlsx [Sheet1]",
 "WH": "samples/wuhan_donghu_rsj_2020_project_application.xlsx [Sheet1]",
 "CQ": "samples/chongqing_yuzhong_2021_project_self_evaluation.xlsx [就业补助资金]",
 "SG": "samples/putuo_shegongbu_2024_final_accounts.pdf",
 "CZ": "samples/putuo_czj_2024_final_accounts.pdf",
}

items = []
n = {"s": 0, "sc": 0, "a": 0, "ac": 0}
for kb, Q in (("seed", QS), ("all", QA)):
    for t, q, st, c, x, w in Q:
        n[t] += 1
        unk = ("unknown" in st and "answered" not in st)
        iid = "%s-%03d%s" % (t, n[t], "-unk" if unk else "")
        it = {"id": iid}
        if isinstance(q, list):
            assert t in ("sc", "ac") and 2 <= len(q) <= 4, iid
            it["conversation"] = q
        else:
            assert t in ("s", "a"), iid
            it["q"] = q
        it.update({"status": st, "contains": c, "excludes": x, "kb": kb})
        items.append((it, w))

# ---------- checks ----------
ids = [i["id"] for i, _ in items]
assert len(ids) == len(set(ids))
qs = [json.dumps(i.get("q") or i.get("conversation"), ensure_ascii=False) for i, _ in items]
dup = {q for q in qs if qs.count(q) > 1}
if dup:
    print("DUPLICATE QUESTIONS", dup)
for it, w in items:
    for c in it["contains"]:
        for x in it["excludes"]:
            if x in c or c in x:
                print("CONTAINS/EXCLUDES CLASH", it["id"], c, x)
    if it["status"] == ["unknown"] and it["contains"]:
        print("unknown with contains", it["id"])

# corpus for fragment presence
corp = open(LOC["SEED"], encoding="utf-8").read() + open(LOC["WY"], encoding="utf-8").read()
def cellvars(v):
    out = [str(v)]
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        out += ["%.2f" % v, "%.1f" % v, "{:,.2f}".format(v), "%.1f%%" % (v * 100), "%.0f%%" % (v * 100), "%g" % v, "%.4f" % v]
    if isinstance(v, datetime.datetime):
        out += [v.strftime("%Y-%m-%d"), "%d年%d月%d日" % (v.year, v.month, v.day)]
    return out
for f in ["docs/xiji_2025_factor_allocation.xlsx", "docs/tongxin_2025_minsheng_progress.xlsx"] + \
         ["/work/shared/samples/" + s for s in ["zhanjiang_rsj_2024_department_targets.xlsx", "wuhan_donghu_rsj_2020_project_application.xlsx", "chongqing_yuzhong_2021_project_self_evaluation.xlsx"]]:
    wb = openpyxl.load_workbook(f)
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    corp += "\n" + "\n".join(cellvars(cell.value))
for f in ["ref/putuo_shegongbu_2024_final_accounts.pdf.txt", "ref/putuo_czj_2024_final_accounts.pdf.txt"]:
    corp += open(f, encoding="utf-8").read()
corp_ns = re.sub(r"\s+", "", corp)
notfound = []
for it, w in items:
    for c in it["contains"]:
        if re.sub(r"\s+", "", c) not in corp_ns:
            notfound.append((it["id"], c, w))
print("fragments not literally in sources (must be computed):")
for x in notfound:
    print("  ", x)

with open("questions.jsonl", "w", encoding="utf-8") as f:
    for it, _ in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")

def expand(w):
    for k, v in LOC.items():
        w = re.sub(r"\b%s\b" % k, "%s:" % k, w, count=1) if w.startswith(k) else w
    return w
with open("ANSWERS.md", "w", encoding="utf-8") as f:
    f.write("# Where each answer is read\n\n")
    f.write("Abbreviations:\n\n")
    for k, v in LOC.items():
        f.write("- %s = %s\n" % (k, v))
    f.write("\nWY lines refer to line numbers of the .txt; WY indicators are named \"<project> N、\" (N = the item number printed in the text). "
            "XJ/TX cells are Excel addresses (XJ: row 5 = 合计, rows 6-24 = 乡镇 1-19; columns C 人口, D 面积, E 绩效, F 分配系数, G 分配金额, H 上年结转, I 本年新增, J 备注. "
            "TX: rows 4-38 projects and 小计, row 39 合计; columns D 责任单位, E 建设内容, F 计划投资, G 累计完成投资, H 完成投资比例, I 形象进度, J 计划完工时间, K 是否按期, L 备注). "
            "PDF pages are 1-based. unknown items say why the data is absent.\n\n")
    for it, w in items:
        q = it.get("q") or " → ".join(it["conversation"])
        f.write("- %s | %s | %s | %s\n" % (it["id"], q, "/".join(it["status"]), w))

import collections
cnt = collections.Counter()
for it, _ in items:
    cnt[it["kb"]] += 1
    if "conversation" in it: cnt["conv"] += 1
    if it["status"] == ["unknown"]: cnt["unknown"] += 1
    if "clarify" in it["status"]: cnt["clarify"] += 1
print(len(items), dict(cnt))
