import json, openpyxl, re
def xl_text(path):
    out = []
    wb = openpyxl.load_workbook(path)
    for ws in wb:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                out.append(str(v))
                if isinstance(v, (int, float)):
                    fmt = c.number_format
                    if '%' in fmt: out.append(f"{v*100:.2f}%"); out.append(f"{v*100:.0f}%")
                    out.append(f"{v:.2f}"); out.append(f"{v:,.2f}")
                    if float(v).is_integer(): out.append(str(int(v)))
    return "\n".join(out)
def pdf_text(path):
    import pdfplumber
    with pdfplumber.open(path) as p: return "\n".join((pg.extract_text() or "") for pg in p.pages)
S = "/work/shared/samples/"
corp = {
 "seed": open("/work/shared/seed/000_9289cd5134f499bc.txt", encoding="utf-8").read(),
 "docs/huitong": open("../docs/huitong_lyj_2026_project_performance_targets.txt", encoding="utf-8").read(),
 "docs/yijinhuoluo": xl_text("../docs/yijinhuoluo_nmj_2026_special_funds_list.xlsx"),
 "docs/ledu": xl_text("../docs/ledu_2025_key_project_evaluation_results.xlsx"),
 "samples/zhanjiang": xl_text(S+"zhanjiang_rsj_2024_department_targets.xlsx"),
 "samples/wuhan": xl_text(S+"wuhan_donghu_rsj_2020_project_application.xlsx"),
 "samples/chongqing": xl_text(S+"chongqing_yuzhong_2021_project_self_evaluation.xlsx"),
 "samples/putuo_shegongbu": pdf_text(S+"putuo_shegongbu_2024_final_accounts.pdf"),
 "samples/putuo_czj": pdf_text(S+"putuo_czj_2024_final_accounts.pdf"),
}
norm = lambda s: re.sub(r"\s+", "", s)
corp = {k: norm(v) for k, v in corp.items()}
allc = "".join(corp.values())
ans = {}
for line in open("../ANSWERS.md", encoding="utf-8"):
    if line.startswith("| ") and not line.startswith("| id"):
        parts = [p.strip() for p in line.strip().strip("|").split(" | ")]
        ans[parts[0]] = parts[-1]
miss = 0
for line in open("../questions.jsonl", encoding="utf-8"):
    o = json.loads(line); w = ans[o["id"]]
    key = next((k for k in corp if w.startswith(k) or w.startswith("seed") and k == "seed"), None)
    text = corp[key] if key else allc
    for c in o["contains"]:
        if norm(c) not in text:
            miss += 1; print("NOT-IN-DOC", o["id"], repr(c), "|", w[:90])
    for e in o["excludes"]:
        for c in o["contains"]:
            if e in c or c in e and False: print("EXC-IN-CONTAINS", o["id"], e, c)
print("misses", miss)
