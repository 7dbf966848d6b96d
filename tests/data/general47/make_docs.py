# -*- coding: utf-8 -*-
"""Writes the three documents into docs/. Run: /work/main/.venv/bin/python make_docs.py"""
import os
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from docdata import T1, DEPT1, T2, DEPT2, T3, KINDS, t3_row

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = HERE
os.makedirs(DOCS, exist_ok=True)

F1 = os.path.join(DOCS, "安吉县文化和广电旅游体育局2026年项目支出绩效目标表.txt")
F2 = os.path.join(DOCS, "安吉县农业农村局2025年度项目支出绩效自评表.xlsx")
F3 = os.path.join(DOCS, "安吉县2026年村级全民健身场地设施建设专项资金分配表.xlsx")


def f2(x):
    return "%.2f" % x


def amounts(total, fiscal, other):
    s = [f2(total), f2(fiscal)]
    if other:
        s.append(f2(other))
    return " ".join(s)


def wrap(text, width, blank_every):
    lines = [text[i:i + width] for i in range(0, len(text), width)]
    out = []
    for i, ln in enumerate(lines):
        out.append(ln)
        if blank_every and (i + 1) % blank_every == 0 and i + 1 < len(lines):
            out.append("")
    return out


HEADER = ["", "部门名称：%s(部门) 单位：万元" % DEPT1, "",
          "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标", ""]


def write_t1():
    out = ["", "项目支出绩效目标表（含转移支付项目）"] + HEADER
    tt = sum(p[1] for u, ps in T1 for p in ps)
    tf = sum(p[2] for u, ps in T1 for p in ps)
    to = sum(p[3] for u, ps in T1 for p in ps)
    out.append("合计 " + amounts(tt, tf, to))
    out.append("")
    k = 0
    for unit, projects in T1:
        ut = sum(p[1] for p in projects); uf = sum(p[2] for p in projects); uo = sum(p[3] for p in projects)
        if k % 3 != 0 or k == 0:
            pass
        out.append("%s %s" % (unit, amounts(ut, uf, uo)))
        out.append("")
        for name, total, fiscal, other, goal, inds in projects:
            if k and k % 3 == 0:
                out += ["", ""] + HEADER
            k += 1
            if len(name) > 16:   # long names wrap like the seed's 信访超市 line
                out.append("    " + name[:14])
                out.append(name[14:])
                out.append("")
                out.append(amounts(total, fiscal, other))
            else:
                out.append("    %s %s" % (name, amounts(total, fiscal, other)))
            out.append("")
            out += wrap(goal, 20, 5)
            out.append("")
            parts = []
            for i, (l1, l2, nm, pv, av) in enumerate(inds, 1):
                parts.append("%d、%s,%s,%s；实施周期指标值:%s,年度指标值:%s;" % (i, l1, l2, nm, pv, av))
            out += wrap(",".join(parts), 37, 4)
            out.append("")
    with open(F1, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)


def box(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BORDER
            if ws.cell(r, c).alignment.horizontal is None:
                ws.cell(r, c).alignment = CENTER


def write_t2():
    wb = openpyxl.Workbook()
    # summary sheet
    ws = wb.active
    ws.title = "汇总"
    ws.merge_cells("A1:H1")
    ws["A1"] = "安吉县农业农村局2025年度项目支出绩效自评结果汇总表"
    ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = CENTER
    ws.merge_cells("A2:H2")
    ws["A2"] = "单位：万元"; ws["A2"].alignment = Alignment(horizontal="right")
    hdr = ["序号", "项目名称", "实施单位", "全年预算数", "全年执行数", "执行率", "自评得分", "自评等次"]
    for c, h in enumerate(hdr, 1):
        ws.cell(3, c, h)
    r = 4
    for i, p in enumerate(T2, 1):
        tot = p["funds"][0]
        ws.cell(r, 1, i); ws.cell(r, 2, p["name"]); ws.cell(r, 3, p["unit"])
        ws.cell(r, 4, tot[2]); ws.cell(r, 5, tot[3]); ws.cell(r, 6, p["rate"])
        ws.cell(r, 7, p["total"]); ws.cell(r, 8, p["grade"])
        for c in (4, 5, 7):
            ws.cell(r, c).number_format = "0.00"
        r += 1
    sb = sum(p["funds"][0][2] for p in T2); se = sum(p["funds"][0][3] for p in T2)
    ws.cell(r, 1, "合计"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(r, 4, round(sb, 2)); ws.cell(r, 5, round(se, 2)); ws.cell(r, 6, "%.2f%%" % (se / sb * 100))
    ws.cell(r, 4).number_format = "0.00"; ws.cell(r, 5).number_format = "0.00"
    box(ws, 3, r, 1, 8)
    for c, w in zip("ABCDEFGH", (6, 34, 28, 12, 12, 10, 10, 10)):
        ws.column_dimensions[c].width = w

    for p in T2:
        ws = wb.create_sheet(p["sheet"])
        ws.merge_cells("A1:I1")
        ws["A1"] = "项目支出绩效自评表"; ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = CENTER
        ws.merge_cells("A2:I2")
        ws["A2"] = "（2025年度）"; ws["A2"].alignment = CENTER
        ws.merge_cells("A3:I3")
        ws["A3"] = "单位：万元"; ws["A3"].alignment = Alignment(horizontal="right")
        ws["A4"] = "项目名称"; ws.merge_cells("B4:I4"); ws["B4"] = p["name"]
        ws["A5"] = "主管部门"; ws.merge_cells("B5:D5"); ws["B5"] = DEPT2
        ws["E5"] = "实施单位"; ws.merge_cells("F5:I5"); ws["F5"] = p["unit"]
        ws.merge_cells("A6:A10"); ws["A6"] = "项目资金（万元）"
        ws.merge_cells("B6:C6")
        for c, h in zip("DEFGHI", ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
            ws[c + "6"] = h
        for i, (lab, a, b, e) in enumerate(p["funds"]):
            rr = 7 + i
            ws.merge_cells("B%d:C%d" % (rr, rr)); ws["B%d" % rr] = lab
            for c, v in zip("DEF", (a, b, e)):
                if v is not None:
                    ws[c + str(rr)] = v; ws[c + str(rr)].number_format = "0.00"
            if i == 0:
                ws["G7"] = 10; ws["H7"] = p["rate"]; ws["I7"] = p["budget_score"]; ws["I7"].number_format = "0.00"
            elif b:
                ws["H%d" % rr] = "%.2f%%" % (e / b * 100)
            else:
                ws["G%d" % rr] = "—"; ws["I%d" % rr] = "—"
            if i > 0:
                ws["G%d" % rr] = "—"; ws["I%d" % rr] = "—"
        ws.merge_cells("A11:A12"); ws["A11"] = "年度总体目标"
        ws.merge_cells("B11:E11"); ws["B11"] = "预期目标"
        ws.merge_cells("F11:I11"); ws["F11"] = "实际完成情况"
        ws.merge_cells("B12:E12"); ws["B12"] = p["goal"]; ws["B12"].alignment = LEFT
        ws.merge_cells("F12:I12"); ws["F12"] = p["actual"]; ws["F12"].alignment = LEFT
        ws.row_dimensions[12].height = 75
        n = len(p["inds"])
        ws.merge_cells("A13:A%d" % (13 + n)); ws["A13"] = "绩效指标"
        for c, h in zip("BCDEFGHI", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]):
            ws[c + "13"] = h
        r = 14
        prev1 = prev2 = None; s1 = s2 = 14
        for (l1, l2, nm, tv, av, fz, df, why) in p["inds"]:
            if l1 != prev1:
                if prev1 and r - 1 > s1:
                    ws.merge_cells("B%d:B%d" % (s1, r - 1))
                ws["B%d" % r] = l1; prev1 = l1; s1 = r
            if (l1, l2) != prev2:
                if prev2 and r - 1 > s2:
                    ws.merge_cells("C%d:C%d" % (s2, r - 1))
                ws["C%d" % r] = l2; prev2 = (l1, l2); s2 = r
            ws["D%d" % r] = nm; ws["E%d" % r] = tv; ws["F%d" % r] = av
            ws["G%d" % r] = fz; ws["H%d" % r] = df; ws["I%d" % r] = why or None
            r += 1
        if r - 1 > s1:
            ws.merge_cells("B%d:B%d" % (s1, r - 1))
        if r - 1 > s2:
            ws.merge_cells("C%d:C%d" % (s2, r - 1))
        ws["A%d" % r] = "总分"; ws.merge_cells("B%d:F%d" % (r, r)); ws["G%d" % r] = 100
        ws["H%d" % r] = p["total"]; ws["H%d" % r].number_format = "0.00"
        ws["I%d" % r] = "自评等次：" + p["grade"]
        box(ws, 4, r, 1, 9)
        for c, w in zip("ABCDEFGHI", (14, 12, 14, 28, 14, 14, 8, 8, 40)):
            ws.column_dimensions[c].width = w
    wb.save(F2)


def write_t3():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分配表"
    ws.merge_cells("A1:J1")
    ws["A1"] = "安吉县2026年村级全民健身场地设施建设专项资金分配表"
    ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = CENTER
    ws.merge_cells("A2:J2")
    ws["A2"] = "资金主管部门：安吉县文化和广电旅游体育局    单位：万元"
    ws["A2"].alignment = Alignment(horizontal="right")
    # two header rows
    for c, h in zip("ABCD", ["序号", "乡镇（街道）", "村（社区）", "建设内容（分配因素）"]):
        ws[c + "3"] = h; ws.merge_cells("%s3:%s4" % (c, c))
    ws.merge_cells("E3:F3"); ws["E3"] = "分配依据"
    ws["E4"] = "数量"; ws["F4"] = "补助基数（万元/个、万元/公里）"
    ws["G3"] = "分配金额"; ws.merge_cells("G3:G4")
    ws.merge_cells("H3:I3"); ws["H3"] = "其中"
    ws["H4"] = "省级补助"; ws["I4"] = "县级配套"
    ws["J3"] = "备注"; ws.merge_cells("J3:J4")
    # 合计 first row under header (as many bureaux publish), then towns
    r = 6
    seq = 0
    ga = gp = gc = 0.0
    rows_out = []
    for town, vills in T3:
        ta = tp = tc = 0.0
        for (v, kind, qty, note) in vills:
            seq += 1
            amt, p, c = t3_row(kind, qty)
            u, base, prov = KINDS[kind]
            ws["A%d" % r] = seq; ws["B%d" % r] = town; ws["C%d" % r] = v
            ws["D%d" % r] = kind; ws["E%d" % r] = ("%g%s" % (qty, u)); ws["F%d" % r] = base
            ws["G%d" % r] = amt; ws["H%d" % r] = p if p else None; ws["I%d" % r] = c
            ws["J%d" % r] = note or None
            ta += amt; tp += p; tc += c
            r += 1
        ws["B%d" % r] = town + "小计"; ws.merge_cells("B%d:F%d" % (r, r))
        ws["G%d" % r] = round(ta, 2); ws["H%d" % r] = round(tp, 2) if tp else None; ws["I%d" % r] = round(tc, 2)
        ws["B%d" % r].font = Font(bold=True)
        ga += ta; gp += tp; gc += tc
        r += 1
    ws["A5"] = "合计"; ws.merge_cells("A5:F5")
    ws["G5"] = round(ga, 2); ws["H5"] = round(gp, 2); ws["I5"] = round(gc, 2)
    ws["A5"].font = Font(bold=True)
    for rr in range(5, r):
        for c in "FGHI":
            ws["%s%d" % (c, rr)].number_format = "0.00"
    box(ws, 3, r - 1, 1, 10)
    ws["A%d" % (r + 1)] = "说明：百姓健身房每个补助15万元（其中省级6万元），笼式多功能运动场每个补助30万元（其中省级12万元），健身步道每公里补助8万元，村级健身点器材更新每个补助3万元，省级补助以外部分由县级配套。"
    ws.merge_cells("A%d:J%d" % (r + 1, r + 1))
    for c, w in zip("ABCDEFGHIJ", (6, 14, 12, 22, 10, 16, 12, 12, 12, 18)):
        ws.column_dimensions[c].width = w
    wb.save(F3)


if __name__ == "__main__":
    write_t1(); write_t2(); write_t3()
    print("written:", F1, F2, F3, sep="\n")
