"""Create three fictional general tables for blind set 12."""
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)

def box(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = B

# ---------------- Table 1: quarterly budget execution, 万元 ----------------
def t1():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "上半年执行分析"
    ws["A1"] = "青溪县农业农村局2025年上半年部门预算执行情况分析表"
    ws.merge_cells("A1:I1"); ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = C
    ws["A2"] = "编制单位：青溪县农业农村局"; ws.merge_cells("A2:D2")
    ws["I2"] = "单位：万元"
    # two-line header
    hdr = [("A3:A4", "科目/项目编码"), ("B3:B4", "支出项目"), ("C3:C4", "年初预算数"), ("D3:D4", "调整后预算数"),
           ("E3:G3", "执行数"), ("H3:H4", "执行率"), ("I3:I4", "未执行数")]
    for rng, v in hdr:
        ws.merge_cells(rng); ws[rng.split(":")[0]] = v; ws[rng.split(":")[0]].alignment = C
    ws["E4"], ws["F4"], ws["G4"] = "一季度", "二季度", "累计"
    for c in "EFG": ws[c + "4"].alignment = C
    basic = [("301", "工资福利支出", 842.60, 842.60, 198.35, 221.47),
             ("302", "商品和服务支出", 126.40, 126.40, 25.18, 33.06),
             ("303", "对个人和家庭的补助", 38.50, 38.50, 9.12, 9.36)]
    proj = [("XM2025-001", "高标准农田建设管护经费", 560.00, 620.00, 48.30, 152.70),
            ("XM2025-002", "农产品质量安全检测经费", 85.00, 85.00, 12.60, 21.40),
            ("XM2025-003", "动物疫病防控经费", 132.50, 132.50, 40.25, 38.75),
            ("XM2025-004", "乡村振兴示范村奖补资金", 300.00, 260.00, 0, 78.00),
            ("XM2025-005", "农机购置补贴配套资金", 48.00, 48.00, 6.40, 15.20)]
    r = 5
    out = []
    def put(code, name, a, b, q1, q2, bold=False):
        nonlocal r
        cum = round(q1 + q2, 2)
        ws.cell(r, 1, code); ws.cell(r, 2, name)
        for i, v in enumerate([a, b, q1 if q1 else None, q2 if q2 else None, cum]):
            c = ws.cell(r, 3 + i, v); c.number_format = "#,##0.00"
        rate = cum / b
        c = ws.cell(r, 8, round(rate, 6)); c.number_format = "0.00%"
        c = ws.cell(r, 9, round(b - cum, 2)); c.number_format = "#,##0.00"
        if bold:
            for k in range(1, 10): ws.cell(r, k).font = Font(bold=True)
        out.append((code, name, a, b, q1, q2, cum, round(rate * 100, 2), round(b - cum, 2)))
        r += 1
    def total(rows):
        return [round(sum(x[i] for x in rows), 2) for i in range(2, 6)]
    put("", "合计", *total(basic + proj), bold=True)
    put("", "一、基本支出小计", *total(basic), bold=True)
    for x in basic: put(*x)
    put("", "二、项目支出小计", *total(proj), bold=True)
    for x in proj: put(*x)
    ws.cell(r, 1, "注：1.执行率=累计执行数÷调整后预算数；2.空白表示本期无支出；3.乡村振兴示范村奖补资金年中调减40万元，调增至高标准农田建设管护经费。")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    box(ws, 3, r - 1, 1, 9)
    for i, w in enumerate([14, 26, 12, 13, 10, 10, 10, 10, 11], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save("general/general12_1_budget_execution_h1.xlsx")
    return out

# ---------------- Table 2: staffing statistics, text numbers ----------------
def t2():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "编制人员"
    ws["A1"] = "白鹭湾区市场监督管理局2024年末机构编制及实有人员情况统计表"
    ws.merge_cells("A1:K1"); ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = C
    ws["A2"] = "统计时点：2024年12月31日"; ws.merge_cells("A2:E2")
    ws["K2"] = "单位：人"
    heads = [("A3:A4", "类别"), ("B3:B4", "单位代码"), ("C3:C4", "单位名称"), ("D3:G3", "核定编制数"),
             ("H3:I3", "实有人数"), ("J3:J4", "空编数"), ("K3:K4", "编外聘用人员")]
    for rng, v in heads:
        ws.merge_cells(rng); ws[rng.split(":")[0]] = v; ws[rng.split(":")[0]].alignment = C
    for col, v in zip("DEFGHI", ["行政编制", "事业编制", "工勤编制", "小计", "在职", "离退休"]):
        ws[col + "4"] = v; ws[col + "4"].alignment = C
    g1 = [("401001", "白鹭湾区市场监督管理局（机关本级）", 46, 0, 3, 45, 21, 12),
          ("401002", "白鹭湾区市场监管综合行政执法大队", 0, 38, 2, 37, 6, 15)]
    g2 = [("401003", "白鹭湾区检验检测中心", 0, 25, 1, 22, 9, 4),
          ("401004", "白鹭湾区12315投诉举报中心", 0, 8, 0, 8, 0, 6),
          ("401005", "白鹭湾区食品药品安全监测站", 0, 12, 0, 10, 3, 0)]
    out = []
    def s(v):  # numbers stored as text, blank for zero
        return None if v == 0 else str(v)
    r = 5
    def row(cat, code, name, a, b, c, zai, tui, bw):
        nonlocal r
        sub = a + b + c; kong = sub - zai
        vals = [cat, code, name, s(a), s(b), s(c), s(sub), s(zai), s(tui), s(kong), s(bw)]
        for i, v in enumerate(vals, 1): ws.cell(r, i, v)
        out.append((cat, code, name, a, b, c, sub, zai, tui, kong, bw))
        r += 1
    def tot(g):
        return [sum(x[i] for x in g) for i in range(2, 8)]
    start1 = r
    for x in g1: row("行政及参公单位", *x)
    row("行政及参公单位", "", "小计", *tot(g1))
    ws.merge_cells(start_row=start1, start_column=1, end_row=r - 1, end_column=1)
    start2 = r
    for x in g2: row("事业单位", *x)
    row("事业单位", "", "小计", *tot(g2))
    ws.merge_cells(start_row=start2, start_column=1, end_row=r - 1, end_column=1)
    row("总计", "", "", *tot(g1 + g2))
    ws.merge_cells(start_row=r - 1, start_column=1, end_row=r - 1, end_column=3)
    box(ws, 3, r - 1, 1, 11)
    ws.cell(r, 1, "注：1.空编数=核定编制数小计-在职人数；2.编外聘用人员含劳务派遣及政府购买服务岗位；3.空白单元格表示无。")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
    ws.cell(r + 1, 1, "填报人：周敏    审核人：陈立新    填报日期：2025年1月10日")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=11)
    for i, w in enumerate([14, 10, 34, 9, 9, 9, 8, 8, 8, 8, 11], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save("general/general12_2_staffing_statistics.xlsx")
    return out

# ---------------- Table 3: allocation across towns, 元, two sheets ----------------
def t3():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "分配表"
    ws["A1"] = "梧桐县2025年困难群众救助补助资金分配表"
    ws.merge_cells("A1:J1"); ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = C
    ws["A2"] = "梧民发〔2025〕12号附件1"; ws.merge_cells("A2:D2")
    ws["J2"] = "单位：人、元"
    heads = [("A3:A4", "序号"), ("B3:B4", "乡镇（街道）"), ("C3:E3", "保障对象人数"), ("F3:I3", "分配资金"), ("J3:J4", "占比")]
    for rng, v in heads:
        ws.merge_cells(rng); ws[rng.split(":")[0]] = v; ws[rng.split(":")[0]].alignment = C
    for col, v in zip("CDEFGHI", ["城市低保", "农村低保", "特困供养", "城市低保金", "农村低保金", "特困供养金", "合计"]):
        ws[col + "4"] = v; ws[col + "4"].alignment = C
    STD = {"城市": 6480, "农村": 4560, "特困": 9360}
    towns = [("城关镇", 412, 186, 38), ("龙潭街道", 358, 0, 21), ("桂花镇", 97, 624, 55),
             ("柳岸镇", 64, 538, 47), ("石门乡", 0, 705, 73), ("青山乡", 12, 451, 39)]
    rows = []
    for name, a, b, c in towns:
        fa, fb, fc = a * STD["城市"], b * STD["农村"], c * STD["特困"]
        rows.append([name, a, b, c, fa, fb, fc, fa + fb + fc])
    tot = ["合计"] + [sum(x[i] for x in rows) for i in range(1, 8)]
    r = 5
    ws.cell(r, 1, "")
    out = []
    for i, x in enumerate([tot] + rows):
        ws.cell(r, 1, "" if i == 0 else i)
        ws.cell(r, 2, x[0])
        for k in range(1, 8):
            v = x[k]
            c = ws.cell(r, 2 + k, v if v else None)
            if k >= 4: c.number_format = "#,##0.00"
        share = x[7] / tot[7]
        c = ws.cell(r, 10, round(share, 6)); c.number_format = "0.00%"
        out.append(x + [round(share * 100, 2)])
        r += 1
    box(ws, 3, r - 1, 1, 10)
    ws.cell(r, 1, "注：城市低保按每人每月540元、农村低保按每人每月380元、特困供养按每人每月780元测算全年（12个月）；资金由县财政局直接拨付至乡镇（街道）。")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    for i, w in enumerate([6, 12, 9, 9, 9, 15, 15, 15, 16, 9], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    # sheet 2: comparison with last year
    ws2 = wb.create_sheet("与上年对比")
    ws2["A1"] = "梧桐县困难群众救助补助资金分配与上年对比表"; ws2.merge_cells("A1:E1")
    ws2["A1"].font = Font(bold=True, size=13); ws2["A1"].alignment = C
    ws2["E2"] = "单位：元"
    for col, v in zip("ABCDE", ["乡镇（街道）", "2024年分配数", "2025年分配数", "增减额", "增减率"]):
        ws2[col + "3"] = v; ws2[col + "3"].alignment = C
    last = {"城关镇": 3892800, "龙潭街道": 2564400, "桂花镇": 3904560, "柳岸镇": 3342000,
            "石门乡": 3758400, "青山乡": 2402880}
    out2 = []
    r = 4
    for x in rows:
        ly = last[x[0]]; cy = x[7]
        vals = [x[0], ly, cy, cy - ly, round((cy - ly) / ly, 6)]
        out2.append((x[0], ly, cy, cy - ly, round((cy - ly) / ly * 100, 2)))
        for k, v in enumerate(vals, 1):
            c = ws2.cell(r, k, v)
            c.number_format = "0.00%" if k == 5 else "#,##0.00"
        r += 1
    ly = sum(last.values()); cy = tot[7]
    out2.append(("合计", ly, cy, cy - ly, round((cy - ly) / ly * 100, 2)))
    for k, v in enumerate(["合计", ly, cy, cy - ly, round((cy - ly) / ly, 6)], 1):
        c = ws2.cell(r, k, v); c.number_format = "0.00%" if k == 5 else "#,##0.00"
    box(ws2, 3, r, 1, 5)
    for i, w in enumerate([14, 16, 16, 14, 10], 1):
        ws2.column_dimensions[get_column_letter(i)].width = w
    wb.save("general/general12_3_town_allocation.xlsx")
    return out, out2

if __name__ == "__main__":
    for x in t1(): print("T1", x)
    for x in t2(): print("T2", x)
    a, b = t3()
    for x in a: print("T3", x)
    for x in b: print("T3b", x)
