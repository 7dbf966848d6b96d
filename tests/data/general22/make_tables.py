# -*- coding: utf-8 -*-
"""Three fictional finance tables for blind question set s22."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
B = Font(bold=True)

def r2(x):
    return round(x + 1e-9, 2)

# ---------- 1. 云岭县 一般性转移支付分地区预算表 (totals row at the top) ----------
def t1():
    wb = Workbook(); ws = wb.active; ws.title = "分地区"
    ws.merge_cells("A1:J1"); ws["A1"] = "云岭县2025年县对乡镇一般性转移支付分地区预算表"; ws["A1"].font = B; ws["A1"].alignment = C
    ws.merge_cells("A2:J2"); ws["A2"] = "单位：万元"; ws["A2"].alignment = Alignment(horizontal="right")
    # two-level header
    ws.merge_cells("A3:A4"); ws["A3"] = "序号"
    ws.merge_cells("B3:B4"); ws["B3"] = "地区"
    ws.merge_cells("C3:G3"); ws["C3"] = "2025年预算数"
    for col, h in zip("CDEFG", ["合计", "均衡性转移支付", "县级基本财力保障机制奖补", "农村综合改革转移支付", "重点生态功能区转移支付"]):
        ws[col + "4"] = h
    ws.merge_cells("H3:H4"); ws["H3"] = "2024年执行数"
    ws.merge_cells("I3:I4"); ws["I3"] = "增减额"
    ws.merge_cells("J3:J4"); ws["J3"] = "增减率（%）"
    rows = [
        ("云岭镇", 486.20, 120.00, 35.60, None, 612.40),
        ("石门镇", 352.75, 95.00, 28.40, None, 468.90),
        ("松坪乡", 298.30, 88.00, 31.20, 150.00, 520.30),
        ("白沙镇", 410.65, 105.00, 26.80, None, 555.10),
        ("龙潭乡", 265.40, 82.00, 33.50, 180.00, 498.60),
        ("清水镇", 338.90, 92.00, 29.10, None, 441.25),
        ("梅岭乡", 241.85, 78.00, 30.60, 126.50, 470.80),
        ("望江镇", 395.10, 100.00, 24.90, None, 505.75),
        ("桃源乡", 226.70, 75.00, 32.30, None, 352.40),
        ("新田镇", 367.45, 98.00, 27.70, None, 480.00),
    ]
    data = []
    for name, a, b, c, d, prev in rows:
        tot = r2(a + b + c + (d or 0))
        data.append([name, tot, a, b, c, d, prev, r2(tot - prev), r2((tot - prev) / prev * 100)])
    sums = [r2(sum((r[i] or 0) for r in data)) for i in range(1, 8)]
    total = ["合计"] + sums + [r2((sums[0] - sums[5]) / sums[5] * 100)]
    ws.append([None] + total)  # row 5: totals at the top
    for i, r in enumerate(data, 1):
        ws.append([i] + r)
    n = ws.max_row
    ws.merge_cells(start_row=n + 1, start_column=1, end_row=n + 1, end_column=10)
    ws.cell(n + 1, 1, "注：1.合计行列示于表首；2.重点生态功能区转移支付仅安排松坪乡、龙潭乡、梅岭乡三个国家重点生态功能区所在乡；3.增减额、增减率为2025年预算数合计与2024年执行数相比。")
    for r in ws.iter_rows(min_row=3, max_row=4):
        for c in r: c.alignment = C; c.font = B
    for i, w in enumerate([6, 10, 11, 14, 16, 14, 14, 12, 10, 10], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, "yunling_2025_general_transfer_by_town.xlsx"))
    return total, data

# ---------- 2. 石岗区 政府投资项目计划表 ----------
def t2():
    wb = Workbook(); ws = wb.active; ws.title = "投资计划"
    ws.merge_cells("A1:L1"); ws["A1"] = "石岗区2025年政府投资项目计划表"; ws["A1"].font = B; ws["A1"].alignment = C
    ws.merge_cells("A2:L2"); ws["A2"] = "编制单位：石岗区财政局、石岗区发展和改革局　　单位：万元"
    hdr3 = ["序号", "项目名称", "建设单位", "建设内容及规模", "建设起止年限", "总投资", "截至2024年底累计完成投资", "2025年计划投资", None, None, None, "备注"]
    hdr4 = [None] * 7 + ["合计", "区级财政资金", "上级补助资金", "地方政府专项债券", None]
    ws.append(hdr3); ws.append(hdr4)
    for col in [1, 2, 3, 4, 5, 6, 7, 12]:
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws.merge_cells("H3:K3")
    groups = [
        ("一、续建项目", [
            ("石岗区人民医院门急诊综合楼", "区卫生健康局", "新建门急诊综合楼3.2万平方米，地上12层、地下2层", "2023—2026年", 42800, 18650, 4000, 0, 11000, ""),
            ("石岗区第三实验小学新建工程", "区教育局", "新建36班小学，建筑面积2.1万平方米", "2024—2025年", 16500, 6200, 5300, 0, 5000, "2025年秋季开学投用"),
            ("滨河路（环城北路—石岗大道）改造工程", "区住房城乡建设局", "道路改造全长3.6公里，同步实施雨污分流管网", "2023—2025年", 12680, 9450, 3230, 0, 0, ""),
            ("老旧小区改造（2024年批次）", "区住房城乡建设局", "改造老旧小区14个，涉及居民3260户", "2024—2025年", 8960, 5120, 1240, 2600, 0, "上级补助为中央和省补助"),
            ("石岗污水处理厂提标改造工程", "区水务局", "处理规模4万吨/日，出水由一级A提标至准IV类", "2024—2026年", 15300, 4800, 1500, 0, 5000, ""),
        ]),
        ("二、新开工项目", [
            ("石岗区档案馆新馆建设工程", "区档案馆", "新建档案馆1.05万平方米", "2025—2027年", 9800, 0, 3000, 0, 0, ""),
            ("石岗体育公园", "区文化旅游体育局", "占地约180亩，建设全民健身中心、标准足球场4片、健身步道5公里", "2025—2027年", 23600, 0, 1000, 0, 5000, ""),
            ("农村公路提档升级工程", "区交通运输局", "提升改造农村公路42公里", "2025年", 5250, 0, 2050, 3200, 0, "当年建成"),
            ("智慧城管平台（二期）", "区城市管理局", "新增视频感知设备1200路，平台扩容", "2025—2026年", 3380, 0, 2100, 0, 0, ""),
        ]),
        ("三、前期项目", [
            ("石岗东站综合交通枢纽", "区交通运输局", "开展可行性研究、勘察设计等前期工作", "2026—2029年", 68000, 0, 800, 0, 0, "2025年仅安排前期经费"),
            ("北岗湖生态修复工程", "区生态环境局", "开展前期研究及方案设计", "2026—2028年", 18500, 0, 450, 0, 0, "2025年仅安排前期经费"),
        ]),
    ]
    seq = 0; grand = [0] * 6; out = []
    for gname, projs in groups:
        sub = [0] * 6
        rows = []
        for p in projs:
            seq += 1
            name, unit, content, years, tot, done, f, s, z, note = p
            plan = f + s + z
            vals = [tot, done, plan, f, s, z]
            sub = [a + b for a, b in zip(sub, vals)]
            rows.append([seq, name, unit, content, years] + [v if v else None for v in vals[:2]] + [plan] + [v if v else None for v in vals[3:]] + [note or None])
            out.append((gname, name, unit, years, vals, note))
        ws.append([gname, None, None, None, None] + [v if v else None for v in sub] + [None])

        for r in rows: ws.append(r)
        grand = [a + b for a, b in zip(grand, sub)]
        out.append((gname, "小计", None, None, sub, None))
    ws.append(["合计", None, None, None, None] + grand + [None])
    out.append(("合计", "合计", None, None, grand, None))
    n = ws.max_row
    ws.merge_cells(start_row=n + 1, start_column=1, end_row=n + 1, end_column=12)
    ws.cell(n + 1, 1, "注：分类行（续建项目、新开工项目、前期项目）数字为该类项目小计；2025年计划投资合计=区级财政资金+上级补助资金+地方政府专项债券。")
    for r in ws.iter_rows(min_row=3, max_row=4):
        for c in r: c.alignment = C; c.font = B
    for i, w in enumerate([6, 30, 16, 36, 13, 10, 14, 10, 12, 12, 14, 20], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, "shigang_2025_government_investment_plan.xlsx"))
    return out

# ---------- 3. 澄江市 社会保险基金预算表 (险种 columns) ----------
def t3():
    wb = Workbook(); ws = wb.active; ws.title = "社保基金"
    ws.merge_cells("A1:I1"); ws["A1"] = "澄江市2025年社会保险基金预算表"; ws["A1"].font = B; ws["A1"].alignment = C
    ws.merge_cells("A2:I2"); ws["A2"] = "单位：万元"; ws["A2"].alignment = Alignment(horizontal="right")
    cols = ["企业职工基本养老保险基金", "城乡居民基本养老保险基金", "机关事业单位基本养老保险基金", "职工基本医疗保险基金（含生育保险）", "城乡居民基本医疗保险基金", "工伤保险基金", "失业保险基金"]
    ws.append(["项目", "合计"] + cols)
    inc = {  # 保险费, 财政补贴, 利息, 转移, 其他
        0: [286540, 18600, 2350, 3120, 410],
        1: [12850, 36420, 860, 35, 15],
        2: [58300, 21500, 120, 650, 30],
        3: [104560, 0, 980, 0, 260],
        4: [28650, 61820, 420, 0, 110],
        5: [6230, 0, 85, 0, 15],
        6: [7480, 0, 310, 0, 40],
    }
    exp = {  # 待遇, 转移, 其他
        0: [298760, 4260, 180], 1: [41650, 40, 10], 2: [79850, 560, 0], 3: [98720, 0, 130],
        4: [88960, 0, 290], 5: [5870, 0, 20], 6: [3960, 0, 5120],
    }
    end = [165430, 96310, 12680, 83240, 24570, 8960, 21650]
    labels_i = ["　1.保险费收入", "　2.财政补贴收入", "　3.利息收入", "　4.转移收入", "　5.其他收入"]
    labels_e = ["　1.社会保险待遇支出", "　2.转移支出", "　3.其他支出"]
    table = {}
    ti = [sum(inc[k]) for k in range(7)]; te = [sum(exp[k]) for k in range(7)]
    table["一、收入合计"] = ti
    for j, l in enumerate(labels_i): table[l] = [inc[k][j] for k in range(7)]
    table["二、支出合计"] = te
    for j, l in enumerate(labels_e): table[l] = [exp[k][j] for k in range(7)]
    table["三、本年收支结余"] = [a - b for a, b in zip(ti, te)]
    table["四、年末滚存结余"] = end
    for lab, vals in table.items():
        ws.append([lab, sum(vals)] + [v if v != 0 else None for v in vals])
    n = ws.max_row
    ws.merge_cells(start_row=n + 1, start_column=1, end_row=n + 1, end_column=9)
    ws.cell(n + 1, 1, "注：1.职工基本医疗保险基金含生育保险；2.失业保险基金其他支出主要为稳岗返还和技能提升补贴；3.空白单元格表示该险种无此项收支。")
    for c in ws[3]: c.alignment = C; c.font = B
    ws.column_dimensions["A"].width = 22
    for i in range(2, 10): ws.column_dimensions[get_column_letter(i)].width = 16
    wb.save(os.path.join(OUT, "chengjiang_2025_social_insurance_fund_budget.xlsx"))
    return cols, table

if __name__ == "__main__":
    tot, data = t1()
    print("T1", tot)
    for r in data: print(r)
    for g in t2(): print(g)
    cols, table = t3()
    print(cols)
    for k, v in table.items(): print(k, sum(v), v)
