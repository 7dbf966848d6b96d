# -*- coding: utf-8 -*-
"""Writes the three 慈溪市 2026 documents into docs/. Run with /work/main/.venv/bin/python make_docs.py"""
import os
import tempfile
import re
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side
from docdata import *

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = tempfile.mkdtemp(prefix="general70-")  # (the committed documents are never overwritten)
os.makedirs(DOCS, exist_ok=True)
T1_FILE = "慈溪市民政局_2026年_项目支出绩效目标表.txt"
T2_FILE = "慈溪市卫生健康局_2026年_部门整体支出绩效目标表.xlsx"
T3_FILE = "慈溪市_2026年_部门支出预算表.xlsx"

def f2(x):
    return "%.2f" % x

def amounts(total, fiscal, other):
    s = [f2(total), f2(fiscal)]
    if other:
        s.append(f2(other))
    return " ".join(s)

def _w(ch):
    return 1 if ord(ch) < 128 else 2

def wrap(text, width):
    """Wrap by display width (CJK = 2, ASCII = 1), as a PDF text layer does; never inside a number."""
    width *= 2
    lines, cur, cw = [], "", 0
    for ch in text:
        if cw + _w(ch) > width:
            # do not cut a run of digits / . / %
            m = re.search(r"[0-9.%]+$", cur)
            if m and (ch.isdigit() or ch in ".%") and m.start() > 0:
                lines.append(cur[:m.start()]); cur = cur[m.start():]
            else:
                lines.append(cur); cur = ""
            cw = sum(_w(c) for c in cur)
        cur += ch; cw += _w(ch)
    if cur:
        lines.append(cur)
    return lines

def t1_text():
    head = ["部门名称：%s(部门) 单位：万元" % T1_DEPT, "",
            "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标", ""]
    out = ["", "项目支出绩效目标表（含转移支付项目）", ""] + head
    allp = [p for u in T1_UNITS for p in u[1]]
    tot = sum(p[1] for p in allp); fis = sum(p[2] for p in allp); oth = sum(p[3] for p in allp)
    out += ["合计 " + amounts(tot, fis, oth), ""]
    n = 0
    for uname, projs in T1_UNITS:
        if n and n % 4 == 0:
            pass
        ut = sum(p[1] for p in projs); uf = sum(p[2] for p in projs); uo = sum(p[3] for p in projs)
        out += [uname + " " + amounts(ut, uf, uo), ""]
        for (name, total, fiscal, other, goal, inds, restart) in projs:
            if n and n % 4 == 0:
                out += ["", "", ""] + head
            n += 1
            if len(name) > 16:
                out += ["    " + name[:12], name[12:], "", amounts(total, fiscal, other), ""]
            else:
                out += ["    %s %s" % (name, amounts(total, fiscal, other)), ""]
            gl = wrap(goal, 20)
            for i, line in enumerate(gl):
                out.append(line)
                if i == 3 and len(gl) > 5:
                    out.append("")
            out.append("")
            parts = []
            k = 0
            for j, (l1, l2, iname, pv, av) in enumerate(inds):
                k += 1
                if restart is not None and j == restart:
                    k = 1
                parts.append("%d、%s,%s,%s；实施周期指标值:%s,年度指标值:%s;" % (k, l1, l2, iname, pv, av))
            s = ",".join(parts)
            il = wrap(s, 38)
            for i, line in enumerate(il):
                out.append(line)
                if i % 3 == 2 and i != len(il) - 1:
                    out.append("")
            out.append("")
    return "\n".join(out) + "\n"

thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="center", wrap_text=True)

def t2_book(path):
    wb = Workbook(); ws = wb.active; ws.title = "部门整体绩效目标"
    basic = sum(u[2] + u[3] for d in T3_DEPTS if d[0] == T2_DEPT for u in d[1])
    proj = sum(u[4] for d in T3_DEPTS if d[0] == T2_DEPT for u in d[1])
    fiscal = round(basic + proj - T2_OTHER_FUNDS, 2)
    ws["A1"] = "慈溪市2026年部门整体支出绩效目标表"; ws.merge_cells("A1:E1")
    ws["A1"].font = Font(bold=True, size=16); ws["A1"].alignment = CENTER
    ws["E2"] = "单位：万元"
    ws["A3"] = "部门名称"; ws["B3"] = T2_DEPT; ws.merge_cells("B3:E3")
    ws["A4"] = "基本信息"; ws["B4"] = "财政供养人员数"; ws["C4"] = T2_STAFF; ws["D4"] = "下属二级单位数"; ws["E4"] = T2_SUBUNITS
    ws["A5"] = "预算整体情况"; ws.merge_cells("A5:A10")
    rows = [("部门预算支出", "预算金额（万元）", "收入来源", "预算金额（万元）"),
            ("基本支出", round(basic, 2), "财政拨款", fiscal),
            ("项目支出", round(proj, 2), "其他资金", T2_OTHER_FUNDS),
            ("事业发展性支出", "预算金额（万元）", "按预算级次划分", "预算金额（万元）"),
            ("财政专项资金", T2_SPECIAL, "市本级使用资金", T2_LOCAL),
            ("其他事业发展性支出", round(proj - T2_SPECIAL, 2), "拟用于对下\n转移支付资金", round(proj - T2_LOCAL, 2))]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=5 + i, column=2 + j, value=v)
            if isinstance(v, float): c.number_format = "0.00"
    ws["A11"] = "总体绩效目标"; ws["B11"] = "\n".join(T2_GOALS); ws.merge_cells("B11:E11")
    ws.row_dimensions[11].height = 150
    ws["A12"] = "年度重点工作任务"
    ws["B12"] = "名称"; ws["C12"] = "主要实施内容"; ws["D12"] = "拟投入的资金（万元）"; ws["E12"] = "期望达到的目标 （概述）"
    r = 13
    for (n, c, a, g) in T2_TASKS:
        ws.cell(row=r, column=2, value=n); ws.cell(row=r, column=3, value=c)
        x = ws.cell(row=r, column=4, value=a); x.number_format = "0.00"
        ws.cell(row=r, column=5, value=g); r += 1
    ws.merge_cells(start_row=12, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=r, column=1, value="其他需完成的任务 （可选填）"); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    r += 1
    ind0 = r
    ws.cell(row=r, column=1, value="绩效指标")
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
        ws.cell(row=r, column=2 + j, value=h)
    r += 1
    start = r
    prev1 = prev2 = None; s1 = s2 = r
    for (a, b, c, v) in T2_INDICATORS:
        if a != prev1:
            if prev1 is not None and r - 1 > s1: ws.merge_cells(start_row=s1, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=r, column=2, value=a); prev1 = a; s1 = r
        if (a, b) != prev2:
            if prev2 is not None and r - 1 > s2: ws.merge_cells(start_row=s2, start_column=3, end_row=r - 1, end_column=3)
            ws.cell(row=r, column=3, value=b); prev2 = (a, b); s2 = r
        if c: ws.cell(row=r, column=4, value=c)
        if v is not None:
            x = ws.cell(row=r, column=5, value=v)
            if isinstance(v, (int, float)): x.number_format = "0%"
        r += 1
    if r - 1 > s1: ws.merge_cells(start_row=s1, start_column=2, end_row=r - 1, end_column=2)
    if r - 1 > s2: ws.merge_cells(start_row=s2, start_column=3, end_row=r - 1, end_column=3)
    ws.merge_cells(start_row=ind0, start_column=1, end_row=r - 1, end_column=1)
    for row in ws.iter_rows(min_row=3, max_row=r - 1, max_col=5):
        for c in row:
            c.border = BORDER; c.alignment = WRAP
    for col, w in zip("ABCDE", (14, 22, 40, 24, 40)):
        ws.column_dimensions[col].width = w
    wb.save(path)

def t3_book(path):
    wb = Workbook(); ws = wb.active; ws.title = "部门支出预算表"
    ws["A1"] = "慈溪市2026年部门支出预算表"; ws.merge_cells("A1:J1")
    ws["A1"].font = Font(bold=True, size=16); ws["A1"].alignment = CENTER
    ws["A2"] = "编制单位：慈溪市财政局"; ws["J2"] = "单位：万元"
    # two header rows
    ws["A3"] = "单位编码"; ws.merge_cells("A3:A4")
    ws["B3"] = "单位名称"; ws.merge_cells("B3:B4")
    ws["C3"] = "合计"; ws.merge_cells("C3:C4")
    ws["D3"] = "基本支出"; ws.merge_cells("D3:F3")
    ws["D4"] = "小计"; ws["E4"] = "人员经费"; ws["F4"] = "公用经费"
    ws["G3"] = "项目支出"; ws.merge_cells("G3:G4")
    ws["H3"] = "事业单位经营支出"; ws.merge_cells("H3:H4")
    ws["I3"] = "上缴上级支出"; ws.merge_cells("I3:I4")
    ws["J3"] = "对附属单位补助支出"; ws.merge_cells("J3:J4")
    def rowvals(p, g, pr, op, sub):
        b = p + g
        return [p + g + pr + op + sub, b, p, g, pr, op, None, sub]
    allu = [u for d in T3_DEPTS for u in d[1]]
    tot = [sum(x) for x in zip(*[rowvals(*u[2:]) for u in allu if True])] if False else None
    r = 5
    def put(r, code, name, vals, bold=False):
        ws.cell(row=r, column=1, value=code); ws.cell(row=r, column=2, value=name)
        for j, v in enumerate(vals):
            if v is None or v == 0: continue
            c = ws.cell(row=r, column=3 + j, value=round(v, 2)); c.number_format = "0.00"
            if bold: c.font = Font(bold=True)
        if bold: ws.cell(row=r, column=2).font = Font(bold=True)
    sums = [0.0] * 8
    for d in T3_DEPTS:
        for u in d[1]:
            for j, v in enumerate(rowvals(*u[2:])):
                sums[j] += v or 0
    put(r, "", "合计", sums, True); r += 1
    for dname, units in T3_DEPTS:
        ds = [0.0] * 8
        for u in units:
            for j, v in enumerate(rowvals(*u[2:])):
                ds[j] += v or 0
        put(r, "", dname, [], True); r += 1
        for u in units:
            put(r, u[0], "  " + u[1], rowvals(*u[2:])); r += 1
        put(r, "", "  小计", ds, True); r += 1
    for row in ws.iter_rows(min_row=3, max_row=r - 1, max_col=10):
        for c in row:
            c.border = BORDER
    for row in ws.iter_rows(min_row=3, max_row=4, max_col=10):
        for c in row:
            c.alignment = CENTER
    ws.column_dimensions["B"].width = 36
    for col in "CDEFGHIJ":
        ws.column_dimensions[col].width = 13
    wb.save(path)

if __name__ == "__main__":
    with open(os.path.join(DOCS, T1_FILE), "w", encoding="utf-8") as f:
        f.write(t1_text())
    t2_book(os.path.join(DOCS, T2_FILE))
    t3_book(os.path.join(DOCS, T3_FILE))
    print("written:", os.listdir(DOCS))
