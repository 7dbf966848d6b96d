from data_txt import P, DEPT, UNIT_NAME
def w(c): return 2 if ord(c) > 255 else 1
def wrap(s, width):
    lines, cur, cw = [], "", 0
    for c in s:
        if cw + w(c) > width:
            lines.append(cur); cur, cw = "", 0
        cur += c; cw += w(c)
    if cur: lines.append(cur)
    return lines
PAT = [3, 4, 5, 4, 3, 5]
state = {"i": 0}
def with_blanks(lines):
    out, k = [], 0
    step = PAT[state["i"] % len(PAT)]
    for ln in lines:
        out.append(ln); k += 1
        if k == step and ln is not lines[-1]:
            out.append(""); k = 0; state["i"] += 1; step = PAT[state["i"] % len(PAT)]
    return out
def amt(x): return f"{x:.2f}"
def amounts(p):
    a = [amt(p["total"]), amt(p["fa"])]
    if p["sp"] is not None or p["ot"] is not None:
        a.append(amt(p["sp"] or 0) if p["sp"] is not None else "")
        if p["ot"] is not None: a.append(amt(p["ot"]))
    return " ".join(x for x in a if x)
def ind_text(inds):
    parts, n = [], 0
    for it in inds:
        if it == "RESTART": n = 0; continue
        n += 1
        l1, l2, name, pv, av = it
        parts.append(f"{n}、{l1},{l2},{name}；实施周期指标值:{pv},年度指标值:{av};")
    return ",".join(parts)
HEAD = ["", f"部门名称：{DEPT} 单位：万元", "", "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标", ""]
T = sum(p["total"] for p in P); FA = sum(p["fa"] for p in P)
SP = sum(p["sp"] or 0 for p in P); OT = sum(p["ot"] or 0 for p in P)
out = ["", "项目支出绩效目标表（含转移支付项目）", "", f"部门名称：{DEPT} 单位：万元", "",
       "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标", "",
       f"合计 {amt(T)} {amt(FA)} {amt(SP)} {amt(OT)}", "",
       f"{UNIT_NAME} {amt(T)} {amt(FA)} {amt(SP)} {amt(OT)}", ""]
for i, p in enumerate(P):
    if i in (2, 5):
        out += ["", ""] + HEAD
    if p["name"].startswith("县属国有林场"):
        out += ["    县属国有林场森林资源管护", "及中幼林抚育经费", "", amounts(p), ""]
    else:
        out.append(f"    {p['name']} {amounts(p)}")
        if p["name"] != "古树名木保护经费":
            out.append("")
    out += with_blanks(wrap(p["goal"], 38)); out.append("")
    out += with_blanks(wrap(ind_text(p["inds"]), 70)); out.append("")
out += ["", ""]
open("../docs/huitong_lyj_2026_project_performance_targets.txt", "w", encoding="utf-8").write("\n".join(out))
