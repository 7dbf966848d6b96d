"""Create three fictional 'general' budget tables for blind set 4."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "general")
os.makedirs(OUT, exist_ok=True)
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX


# ---------------------------------------------------------------- table 1
# 青岚县农业农村局 2024 quarterly budget-vs-actual analysis, 万元
def table1():
    wb = Workbook()
    ws = wb.active
    ws.title = "执行分析"
    ws["A1"] = "青岚县农业农村局2024年度部门预算执行情况季度分析表"
    ws.merge_cells("A1:J1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = CEN
    ws["A2"] = "编制单位：局计划财务股"
    ws["H2"] = "单位：万元"
    ws.merge_cells("H2:J2")
    hdr1 = ["序号", "项目", "年度预算", "实际支出", None, None, None, "全年实际", "差异", "执行率"]
    hdr2 = [None, None, None, "一季度", "二季度", "三季度", "四季度", None, "（实际-预算）", None]
    for i, v in enumerate(hdr1, 1):
        ws.cell(3, i, v)
    for i, v in enumerate(hdr2, 1):
        if v:
            ws.cell(4, i, v)
    for rng in ["A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:H4", "J3:J4"]:
        ws.merge_cells(rng)
    ws["I3"] = "差异"
    rows = [
        ("一", "基本支出", None, None),
        ("1", "工资福利支出", 860.00, [210.50, 215.30, 212.80, 218.60]),
        ("2", "商品和服务支出", 145.00, [30.20, 36.40, 33.10, 41.50]),
        ("3", "对个人和家庭的补助", 52.00, [12.00, 12.50, 13.10, 13.60]),
        ("二", "项目支出", None, None),
        ("4", "高标准农田建设", 1200.00, [80.00, 320.00, 410.00, 350.00]),
        ("5", "农村人居环境整治", 360.00, [45.00, 90.00, 88.50, 96.30]),
        ("6", "动物防疫补助", 85.00, [20.10, 18.60, 22.40, 21.90]),
        ("7", "农业技术推广", 66.00, [8.20, 15.40, 17.80, 12.60]),
        ("8", "乡村振兴示范村奖补", 500.00, [0, 150.00, 120.00, 180.00]),
    ]
    groups = {"一": [1, 2, 3], "二": [5, 6, 7, 8, 9]}
    r = 5
    group_rows = {}
    data = {}
    for idx, (no, name, bud, qs) in enumerate(rows):
        ws.cell(r, 1, no)
        ws.cell(r, 2, name)
        if qs is None:
            group_rows[no] = r
        else:
            data[idx] = (bud, qs)
            ws.cell(r, 3, bud)
            for k, q in enumerate(qs):
                if q:  # blank for zero
                    ws.cell(r, 4 + k, q)
            tot = round(sum(qs), 2)
            ws.cell(r, 8, tot)
            ws.cell(r, 9, round(tot - bud, 2))
            ws.cell(r, 10, round(tot / bud, 4))
        r += 1
    # subtotal values on group rows
    grand_b, grand_q = 0, [0, 0, 0, 0]
    for g, members in groups.items():
        b = round(sum(data[m][0] for m in members), 2)
        qs = [round(sum(data[m][1][k] for m in members), 2) for k in range(4)]
        gr = group_rows[g]
        ws.cell(gr, 3, b)
        for k in range(4):
            ws.cell(gr, 4 + k, qs[k])
        tot = round(sum(qs), 2)
        ws.cell(gr, 8, tot)
        ws.cell(gr, 9, round(tot - b, 2))
        ws.cell(gr, 10, round(tot / b, 4))
        for c in range(1, 11):
            ws.cell(gr, c).font = Font(bold=True)
        grand_b += b
        grand_q = [grand_q[k] + qs[k] for k in range(4)]
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3, round(grand_b, 2))
    for k in range(4):
        ws.cell(r, 4 + k, round(grand_q[k], 2))
    tot = round(sum(grand_q), 2)
    ws.cell(r, 8, tot)
    ws.cell(r, 9, round(tot - grand_b, 2))
    ws.cell(r, 10, round(tot / grand_b, 4))
    box(ws, 3, r, 1, 10)
    for rr in range(5, r + 1):
        for c in range(3, 10):
            ws.cell(rr, c).number_format = "#,##0.00"
        ws.cell(rr, 10).number_format = "0.00%"
    ws.cell(r + 1, 1, "注：1.执行率=全年实际/年度预算；2.实际支出空白表示当季无支出；3.差异为负数表示未执行完毕；4.数据截至2024年12月31日，未经审计。")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=10)
    ws.column_dimensions["B"].width = 22
    wb.save(os.path.join(OUT, "general4_1_budget_execution_quarterly.xlsx"))


# ---------------------------------------------------------------- table 2
# 桐溪区市场监督管理局 staffing statistics, merged row groups, numbers as text
def table2():
    wb = Workbook()
    ws = wb.active
    ws.title = "编制统计"
    ws["A1"] = "桐溪区市场监督管理局2025年人员编制及实有人数统计表"
    ws.merge_cells("A1:M1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = CEN
    ws["A2"] = "统计时点：2025年6月30日"
    ws["L2"] = "单位：人"
    ws.merge_cells("L2:M2")
    ws["A3"] = "单位类别"; ws["B3"] = "单位名称"
    ws["C3"] = "核定编制数"; ws["G3"] = "实有人数"; ws["K3"] = "空编数"
    ws["L3"] = "离退休人员"; ws["N3"] = "备注"
    sub = {"C": "行政编制", "D": "事业编制", "E": "工勤编制", "F": "合计",
           "G": "行政", "H": "事业", "I": "工勤", "J": "合计", "L": "离休", "M": "退休"}
    for c, v in sub.items():
        ws[f"{c}4"] = v
    for rng in ["A3:A4", "B3:B4", "C3:F3", "G3:J3", "K3:K4", "L3:M3", "N3:N4"]:
        ws.merge_cells(rng)
    # (name, 行政编, 事业编, 工勤编, 行政实, 事业实, 工勤实, 离休, 退休, 备注)
    groups = [
        ("机关", [
            ("桐溪区市场监督管理局（机关本级）", 48, 0, 3, 45, 0, 3, 1, 36, ""),
            ("桐溪区市场监管综合行政执法大队", 32, 0, 2, 30, 0, 2, 0, 14, "参照公务员法管理"),
        ]),
        ("派出机构", [
            ("城关市场监督管理所", 12, 0, 0, 11, 0, 0, 0, 4, ""),
            ("河口市场监督管理所", 10, 0, 0, 10, 0, 0, 0, 3, ""),
            ("青石市场监督管理所", 9, 0, 0, 7, 0, 0, 0, 2, "2025年3月新设"),
        ]),
        ("事业单位", [
            ("桐溪区食品药品检验检测中心", 0, 26, 2, 0, 22, 2, 0, 11, "公益二类"),
            ("桐溪区消费者权益保护服务中心", 0, 8, 0, 0, 8, 0, 0, 2, "公益一类"),
        ]),
    ]
    r = 5
    grand = [0] * 8
    for gname, units in groups:
        start = r
        gs = [0] * 8
        for u in units:
            name, a, b, c, d, e, f, lx, tx, note = u
            vals = {"C": a, "D": b, "E": c, "F": a + b + c, "G": d, "H": e, "I": f,
                    "J": d + e + f, "K": (a + b + c) - (d + e + f), "L": lx, "M": tx}
            ws.cell(r, 2, name)
            for col, v in vals.items():
                if v:
                    # 事业 columns and 退休 stored as text (as exported from an HR system)
                    ws[f"{col}{r}"] = str(v) if col in ("D", "H", "M") else v
            if note:
                ws.cell(r, 14, note)
            for k, v in enumerate([a, b, c, d, e, f, lx, tx]):
                gs[k] += v
            r += 1
        ws.cell(r, 2, "小计")
        sv = {"C": gs[0], "D": gs[1], "E": gs[2], "F": gs[0] + gs[1] + gs[2], "G": gs[3], "H": gs[4],
              "I": gs[5], "J": gs[3] + gs[4] + gs[5], "K": gs[0] + gs[1] + gs[2] - gs[3] - gs[4] - gs[5],
              "L": gs[6], "M": gs[7]}
        for col, v in sv.items():
            if v:
                ws[f"{col}{r}"] = v
        ws.cell(start, 1, gname)
        ws.merge_cells(start_row=start, start_column=1, end_row=r, end_column=1)
        grand = [grand[k] + gs[k] for k in range(8)]
        r += 1
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    g = grand
    sv = {"C": g[0], "D": g[1], "E": g[2], "F": g[0] + g[1] + g[2], "G": g[3], "H": g[4], "I": g[5],
          "J": g[3] + g[4] + g[5], "K": g[0] + g[1] + g[2] - g[3] - g[4] - g[5], "L": g[6], "M": g[7]}
    for col, v in sv.items():
        if v:
            ws[f"{col}{r}"] = v
    box(ws, 3, r, 1, 14)
    ws.cell(r + 1, 1, "注：1.空编数=核定编制数合计-实有人数合计；2.空白表示无；3.派出机构编制为行政编制，由区局统一管理；4.离退休人员不占编制。")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=14)
    ws.cell(r + 2, 1, "填报人：人事科　　审核人：　　　　填报日期：2025年7月8日")
    ws.column_dimensions["B"].width = 34
    wb.save(os.path.join(OUT, "general4_2_staffing_statistics.xlsx"))


# ---------------------------------------------------------------- table 3
# 鹭川区民政局 multi-sheet workbook, amounts in 元
def table3():
    wb = Workbook()
    ws = wb.active
    ws.title = "收支预算总表"
    ws["A1"] = "鹭川区民政局2025年部门收支预算总表"
    ws.merge_cells("A1:D1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["D2"] = "单位：元"
    ws["A3"] = "收入"; ws["C3"] = "支出"
    ws.merge_cells("A3:B3"); ws.merge_cells("C3:D3")
    ws["A4"] = "项目"; ws["B4"] = "预算数"; ws["C4"] = "项目"; ws["D4"] = "预算数"
    inc = [("一、一般公共预算拨款收入", 38650000), ("二、政府性基金预算拨款收入", 6200000),
           ("三、事业收入", 350000), ("四、其他收入", 120000)]
    exp = [("一、一般公共服务支出", None), ("二、社会保障和就业支出", 37325200),
           ("三、卫生健康支出", 1126800), ("四、住房保障支出", 1148000), ("五、其他支出", 6200000)]
    r = 5
    for i in range(max(len(inc), len(exp))):
        if i < len(inc):
            ws.cell(r + i, 1, inc[i][0]); ws.cell(r + i, 2, inc[i][1])
        if i < len(exp):
            ws.cell(r + i, 3, exp[i][0])
            if exp[i][1]:
                ws.cell(r + i, 4, exp[i][1])
    r += len(exp)
    inc_total = sum(v for _, v in inc)
    exp_total = sum(v for _, v in exp if v)
    carry = 480000
    ws.cell(r, 1, "本年收入合计"); ws.cell(r, 2, inc_total)
    ws.cell(r, 3, "本年支出合计"); ws.cell(r, 4, exp_total)
    ws.cell(r + 1, 1, "上年结转"); ws.cell(r + 1, 2, carry)
    ws.cell(r + 1, 3, "年末结转和结余")
    ws.cell(r + 2, 1, "收入总计"); ws.cell(r + 2, 2, inc_total + carry)
    ws.cell(r + 2, 3, "支出总计"); ws.cell(r + 2, 4, exp_total)
    assert inc_total + carry == exp_total
    box(ws, 3, r + 2, 1, 4)
    for rr in range(5, r + 3):
        for c in (2, 4):
            ws.cell(rr, c).number_format = "#,##0.00"
    ws.cell(r + 3, 1, "注：政府性基金预算拨款收入为区级福利彩票公益金。")
    ws.column_dimensions["A"].width = 30; ws.column_dimensions["C"].width = 30
    ws.column_dimensions["B"].width = 18; ws.column_dimensions["D"].width = 18

    ws2 = wb.create_sheet("政府性基金支出")
    ws2["A1"] = "鹭川区民政局2025年政府性基金预算支出表"
    ws2.merge_cells("A1:E1")
    ws2["A1"].font = Font(bold=True, size=14)
    ws2["E2"] = "单位：元"
    for i, v in enumerate(["科目编码", "科目名称", "合计", "基本支出", "项目支出"], 1):
        ws2.cell(3, i, v)
    fund = [("229", "其他支出", 6200000), ("22960", "彩票公益金安排的支出", 6200000),
            ("2296002", "用于社会福利的彩票公益金支出", 5400000),
            ("2296006", "用于残疾人事业的彩票公益金支出", 800000)]
    for k, (code, name, v) in enumerate(fund):
        ws2.cell(4 + k, 1, code); ws2.cell(4 + k, 2, name)
        ws2.cell(4 + k, 3, v); ws2.cell(4 + k, 5, v)
        ws2.cell(4 + k, 3).number_format = "#,##0.00"; ws2.cell(4 + k, 5).number_format = "#,##0.00"
    ws2.cell(8, 1, "合计"); ws2.cell(8, 3, 6200000); ws2.cell(8, 5, 6200000)
    box(ws2, 3, 8, 1, 5)
    ws2.cell(9, 1, "注：本单位政府性基金预算支出均为项目支出，无基本支出。")
    ws2.column_dimensions["B"].width = 34

    ws3 = wb.create_sheet("养老资金分配")
    ws3["A1"] = "2025年居家社区养老服务补助资金分配表"
    ws3.merge_cells("A1:H1")
    ws3["A1"].font = Font(bold=True, size=14)
    ws3["A2"] = "主管部门：鹭川区民政局"
    ws3["H2"] = "单位：元"
    hdr = ["序号", "街道（镇）", "60周岁以上老年人数（人）", "养老服务补贴", "社区长者食堂运营补助", "适老化改造补助", "合计", "备注"]
    for i, v in enumerate(hdr, 1):
        ws3.cell(3, i, v)
    alloc = [("东湖街道", 8420, 360000, 240000, ""), ("西岭街道", 6150, 240000, 180000, ""),
             ("南港街道", 9310, 480000, 300000, "含2个新建食堂"), ("北苑街道", 4870, 120000, 120000, ""),
             ("鹭川镇", 3260, 0, 90000, "暂无长者食堂")]
    tot = [0, 0, 0, 0, 0]
    for k, (name, n, canteen, reno, note) in enumerate(alloc):
        rr = 4 + k
        sub_ = n * 150
        ws3.cell(rr, 1, k + 1); ws3.cell(rr, 2, name)
        ws3.cell(rr, 3, f"{n:,}")  # number stored as text with thousands separator
        ws3.cell(rr, 4, sub_)
        if canteen:
            ws3.cell(rr, 5, canteen)
        ws3.cell(rr, 6, reno)
        ws3.cell(rr, 7, sub_ + canteen + reno)
        if note:
            ws3.cell(rr, 8, note)
        for j, v in enumerate([n, sub_, canteen, reno, sub_ + canteen + reno]):
            tot[j] += v
    rr = 4 + len(alloc)
    ws3.cell(rr, 1, "合计"); ws3.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=2)
    ws3.cell(rr, 3, f"{tot[0]:,}")
    for j in range(1, 5):
        ws3.cell(rr, 3 + j, tot[j])
    for r_ in range(4, rr + 1):
        for c in range(4, 8):
            ws3.cell(r_, c).number_format = "#,##0.00"
    box(ws3, 3, rr, 1, 8)
    ws3.cell(rr + 1, 1, "注：1.养老服务补贴按每名60周岁以上老年人每年150元测算；2.资金来源：区级福彩公益金4,000,000元，一般公共预算2,931,500元；3.空白表示未分配。")
    ws3.merge_cells(start_row=rr + 1, start_column=1, end_row=rr + 1, end_column=8)
    ws3.column_dimensions["B"].width = 14
    wb.save(os.path.join(OUT, "general4_3_minzheng_multisheet.xlsx"))


if __name__ == "__main__":
    table1(); table2(); table3()
    print("ok")
