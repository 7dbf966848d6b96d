#!/usr/bin/env python
"""Writes the three 遂昌县 documents into docs/."""
import os, random, tempfile
from decimal import Decimal as D
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter
import t1_data, t23_data as T

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = tempfile.mkdtemp(prefix="general81-")  # (the committed documents sit beside this script)
F1 = os.path.join(DOCS, "遂昌县卫生健康局2026年项目支出绩效目标表.txt")
F2 = os.path.join(DOCS, "遂昌县2026年社会保险基金预算收支表.xlsx")
F3 = os.path.join(DOCS, "遂昌县2026年政府投资项目年度计划表.xlsx")
rnd = random.Random(81)

def wrap(s, n, para):
    lines = [s[i:i + n] for i in range(0, len(s), n)]
    out, k = [], 0
    nxt = rnd.randint(*para)
    for ln in lines:
        out.append(ln); k += 1
        if k == nxt and ln is not lines[-1]:
            out.append(""); k = 0; nxt = rnd.randint(*para)
    return out

def amt(*xs):
    return " ".join(x for x in xs if x)

def make_t1():
    dept = t1_data.DEPT
    head = ["部门名称：%s 单位：万元" % dept, "",
            "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标", ""]
    allp = [p for _, ps in t1_data.UNITS for p in ps]
    tot = sum(D(p[1]) for p in allp); fis = sum(D(p[2]) for p in allp)
    oth = sum(D(p[3]) for p in allp if p[3])
    out = ["", "项目支出绩效目标表（含转移支付项目）", ""] + head
    out += [amt("合计", str(tot), str(fis), str(oth)), ""]
    count = 0
    for uname, ps in t1_data.UNITS:
        ut = sum(D(p[1]) for p in ps); uf = sum(D(p[2]) for p in ps)
        uo = sum((D(p[3]) for p in ps if p[3]), D("0"))
        out += [amt(uname, str(ut), str(uf), str(uo) if uo else ""), ""]
        for name, t, f, o, goal, groups in ps:
            if count and count % 2 == 0:
                out += ["", "", ""] + head
            count += 1
            if len(name) > 15:
                out += ["    " + name[:13], name[13:], "", amt(t, f, o), ""]
            else:
                out += ["    " + amt(name, t, f, o), ""]
            out += wrap(goal, 20, (3, 6)) + [""]
            parts = []
            for g in groups:
                for i, (kind, iname, pv, av) in enumerate(g, 1):
                    l1, l2 = t1_data.L[kind]
                    parts.append("%d、%s,%s,%s；实施周期指标值:%s,年度指标值:%s;" % (i, l1, l2, iname, pv, av))
            out += wrap(",".join(parts), 37, (3, 6)) + [""]
    with open(F1, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")

thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

def num(v):
    if v is None: return None
    d = D(v)
    return int(d) if d == d.to_integral() else float(d)

def make_t2():
    keys, cols = T.t2_table()
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "社保基金预算收支表"
    ncol = 2 + len(T.FUNDS)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(1, 1, "遂昌县2026年社会保险基金预算收支表").font = Font(bold=True, size=16)
    ws.cell(1, 1).alignment = CEN
    ws.cell(2, ncol, "单位：万元")
    ws.merge_cells(start_row=3, start_column=1, end_row=4, end_column=1); ws.cell(3, 1, "项目")
    ws.merge_cells(start_row=3, start_column=2, end_row=4, end_column=2); ws.cell(3, 2, "合计")
    ws.merge_cells(start_row=3, start_column=3, end_row=3, end_column=ncol); ws.cell(3, 3, "其中")
    for j, f in enumerate(T.FUNDS):
        ws.cell(4, 3 + j, f)
    labels = {"收入合计": "一、收入 合计", "支出合计": "二、支出 合计", "本年收支结余": "三、本年收支结余",
              "年末滚存结余": "四、年末滚存结余"}
    r = 5
    for k in keys:
        lab = labels[k] if k in labels else "    " + k.split(":")[1]
        ws.cell(r, 1, lab)
        for j, f in enumerate(["合计"] + T.FUNDS):
            v = num(cols[f][k])
            c = ws.cell(r, 2 + j, v)
            c.number_format = "0.00"
        r += 1
    ws.cell(r + 1, 1, "注：企业职工基本养老保险基金实行全国统筹，本表仅反映县级经办收支；职工基本医疗保险基金含生育保险。")
    for row in ws.iter_rows(min_row=3, max_row=r - 1, max_col=ncol):
        for c in row:
            c.border = BOX
            if c.row <= 4: c.alignment = CEN; c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 22
    for j in range(2, ncol + 1): ws.column_dimensions[get_column_letter(j)].width = 16
    wb.save(F2)

def make_t3():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "2026年政府投资项目计划"
    hdr = ["序号", "项目名称", "建设性质", "建设规模及主要内容", "起止年限", "总投资",
           "截至2025年底累计完成投资", "2026年计划投资"]
    ncol = len(hdr) + 4 + 2
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(1, 1, "遂昌县2026年政府投资项目年度计划表").font = Font(bold=True, size=16)
    ws.cell(1, 1).alignment = CEN
    ws.cell(2, ncol, "单位：万元")
    for j, h in enumerate(hdr, 1):
        ws.merge_cells(start_row=3, start_column=j, end_row=4, end_column=j); ws.cell(3, j, h)
    ws.merge_cells(start_row=3, start_column=9, end_row=3, end_column=12); ws.cell(3, 9, "2026年计划投资资金来源")
    for j, s in enumerate(T.SRC): ws.cell(4, 9 + j, s)
    for j, h in enumerate(["责任单位", "备注"], 13):
        ws.merge_cells(start_row=3, start_column=j, end_row=4, end_column=j); ws.cell(3, j, h)
    def sums(ps):
        return [sum(p[4] for p in ps), sum(p[5] for p in ps), sum(p[6] for p in ps)] + \
               [sum(p[7][i] for p in ps) for i in range(4)]
    allp = [p for _, _, ps in T.CATS for p in ps]
    r = 5
    def put_amounts(r, vals):
        for j, v in enumerate(vals):
            ws.cell(r, 6 + j, v if v else None)
    ws.cell(r, 2, "总计（%d个项目）" % len(allp)); put_amounts(r, sums(allp)); r += 1
    n = 0
    for no, cat, ps in T.CATS:
        ws.cell(r, 1, no); ws.cell(r, 2, "%s类项目" % cat); r += 1
        ws.cell(r, 2, "小计（%d个）" % len(ps)); put_amounts(r, sums(ps)); r += 1
        for p in ps:
            n += 1
            ws.cell(r, 1, n); ws.cell(r, 2, p[0]); ws.cell(r, 3, p[1]); ws.cell(r, 4, p[2]); ws.cell(r, 5, p[3])
            put_amounts(r, [p[4], p[5], p[6]] + list(p[7]))
            ws.cell(r, 13, p[8]); ws.cell(r, 14, p[9] or None)
            r += 1
    for row in ws.iter_rows(min_row=3, max_row=r - 1, max_col=ncol):
        for c in row:
            c.border = BOX
            if c.row <= 4: c.alignment = CEN; c.font = Font(bold=True)
    widths = [6, 40, 8, 40, 12, 10, 14, 12, 12, 12, 12, 12, 24, 16]
    for j, w in enumerate(widths, 1): ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(F3)

if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True)
    make_t1(); make_t2(); make_t3()
    print("written:", F1, F2, F3, sep="\n")
