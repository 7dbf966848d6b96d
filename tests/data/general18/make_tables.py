"""Create three fictional general tables for blind set 18."""
import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

C = Alignment(horizontal="center", vertical="center", wrap_text=True)

# ---------- 1: 政府债务限额及余额 (two-row header, two sheets, 万元) ----------
wb = openpyxl.Workbook()
ws = wb.active; ws.title = "限额及余额"
ws["A1"] = "澄溪县2024年地方政府债务限额及余额情况表"; ws.merge_cells("A1:I1")
ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = C
ws["A2"] = "编制单位：澄溪县财政局"; ws.merge_cells("A2:E2")
ws["H2"] = "单位：万元"; ws.merge_cells("H2:I2")
ws["A3"] = "项目"; ws.merge_cells("A3:A4")
ws["B3"] = "2023年末"; ws.merge_cells("B3:C3")
ws["D3"] = "2024年变动情况"; ws.merge_cells("D3:G3")
ws["H3"] = "2024年末"; ws.merge_cells("H3:I3")
for col, t in zip("BCDEFGHI", ["债务限额", "债务余额", "新增债务限额", "举借债务", "偿还本金", "余额增减", "债务限额", "债务余额"]):
    ws[f"{col}4"] = t
rows = [  # name, lim23, bal23, newlim, borrow, repay, lim24
    ("  县本级", 356000, 341250, 18000, 40400, 23600, 374000),
    ("  澄溪经济开发区", 64000, 61820, 5000, 9300, 4150, 69000),
    ("  县本级", 512000, 498600, 46000, 61500, 15800, 558000),
    ("  澄溪经济开发区", 138000, 131450, 22000, 24800, 6250, 160000),
]
def full(r):
    n, l3, b3, nl, bo, rp, l4 = r
    return [n, l3, b3, nl, bo, rp, bo - rp, l4, b3 + bo - rp]
def add(a, b, name):
    return [name] + [x + y for x, y in zip(a[1:], b[1:])]
g1, g2, s1, s2 = [full(r) for r in rows]
g = add(g1, g2, "一、一般债务"); s = add(s1, s2, "二、专项债务"); t = add(g, s, "合计")
out = [t, g, g1, g2, s, s1, s2]
for i, r in enumerate(out):
    for j, v in enumerate(r):
        c = ws.cell(row=5 + i, column=1 + j, value=v)
        if j: c.number_format = "#,##0"
r = 5 + len(out)
ws.cell(row=r, column=1, value="注：1.余额增减=举借债务-偿还本金；2.2024年举借债务含新增债券和再融资债券；3.澄溪经济开发区债务由县财政统一代为举借。")
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
ws.column_dimensions["A"].width = 22
for col in "BCDEFGHI": ws.column_dimensions[col].width = 13
ws2 = wb.create_sheet("2025还本付息")
ws2["A1"] = "澄溪县2025年地方政府债务还本付息预算表"; ws2.merge_cells("A1:C1")
ws2["C2"] = "单位：万元"
ws2.append(["项目", "2025年预算数", "备注"])
for row in [["一般债务还本支出", 21800, "含再融资债券偿还"], ["一般债务付息支出", 13260, None],
            ["专项债务还本支出", 18400, None], ["专项债务付息支出", 21570, "由项目收益偿还"],
            ["一般债务发行费用支出", 46, None]]:
    ws2.append(row)
ws2.append(["合计", "=SUM(B4:B8)", None])
ws2["B9"].number_format = "#,##0"
wb.save("general/general18_1_chengxi_debt.xlsx")

# ---------- 2: 行政事业性收费项目及收入预算 (元, text numbers, blank zero) ----------
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Sheet1"
ws["A1"] = "岚山县自然资源局2024年行政事业性收费项目及收入预算表"; ws.merge_cells("A1:H1")
ws["H2"] = "单位：元"
ws.append(["序号", "收费项目", "收费标准", "收费依据", "2023年实际收入", "2024年预算数", "增减额", "增减率"])
items = [
    ("1", "不动产登记费（住宅类）", "80元/件", "发改价格规〔2016〕2559号", 1268400, 1320000),
    ("2", "不动产登记费（非住宅类）", "550元/件", "发改价格规〔2016〕2559号", 418000, 385000),
    ("3", "耕地开垦费", "按省定标准每平方米20-40元", "《土地管理法》第三十条", 5620000, 6000000),
    ("4", "土地闲置费", "按土地出让或划拨价款的20%计征", "《闲置土地处置办法》", None, 850000),
    ("5", "不动产权证书工本费", "10元/本", "财税〔2016〕79号", 36250, 38000),
]
t23 = t24 = 0
for k, (no, name, std, basis, a, b) in enumerate(items):
    r = 4 + k
    ws.cell(row=r, column=1, value=no); ws.cell(row=r, column=2, value=name)
    ws.cell(row=r, column=3, value=std); ws.cell(row=r, column=4, value=basis)
    a0 = a or 0
    # some figures stored as text with thousands separators, as published
    ws.cell(row=r, column=5, value=(f"{a:,}" if (a and k % 2 == 0) else a))
    ws.cell(row=r, column=6, value=(f"{b:,}" if k % 2 == 1 else b))
    ws.cell(row=r, column=7, value=b - a0)
    ws.cell(row=r, column=8, value=(f"{(b - a0) / a0 * 100:.2f}%" if a0 else "—"))
    t23 += a0; t24 += b
ws.cell(row=9, column=1, value="合计"); ws.merge_cells("A9:D9")
ws.cell(row=9, column=5, value=t23); ws.cell(row=9, column=6, value=t24)
ws.cell(row=9, column=7, value=t24 - t23); ws.cell(row=9, column=8, value=f"{(t24 - t23) / t23 * 100:.2f}%")
for c in "EFG":
    for r in range(4, 10):
        if isinstance(ws[f"{c}{r}"].value, int): ws[f"{c}{r}"].number_format = "#,##0"
ws["A10"] = "注：空白表示无收入；收费收入全额缴入县国库，实行收支两条线管理；土地闲置费2024年起按新核定的闲置地块计征。"
ws.merge_cells("A10:H10")
for col, w in zip("ABCDEFGH", [6, 26, 28, 26, 16, 16, 14, 10]): ws.column_dimensions[col].width = w
wb.save("general/general18_2_lanshan_fees.xlsx")
print("fees", t23, t24, t24 - t23, round((t24 - t23) / t23 * 100, 2))

# ---------- 3: 绩效运行监控 (1-8月, 万元) ----------
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "监控汇总"
ws["A1"] = "鹤川市生态环境局2024年1-8月项目支出绩效运行监控情况表"; ws.merge_cells("A1:J1")
ws["A2"] = "监控时点：2024年8月31日"; ws["J2"] = "金额单位：万元"
ws.append(["序号", "项目名称", "年度预算数", "1-8月执行数", "预算执行率", "核心绩效指标", "年度指标值",
           "1-8月完成值", "全年预计完成情况", "偏差原因及纠偏措施"])
proj = [
    ("大气污染防治专项", 860, 512.4, "PM2.5年均浓度", "≤32微克/立方米", "29微克/立方米", "能完成", "无偏差"),
    ("水环境自动监测站运维", 425, 318.75, "自动监测数据有效率", "≥90%", "93.5%", "能完成", "无偏差"),
    ("土壤污染状况详查", 300, 96, "完成调查地块数", "12块", "4块", "基本能完成",
     "采购招标延迟约两个月；已签订合同，第四季度集中开展采样检测"),
    ("生态环境执法能力建设", 158, 121.66, "执法检查企业数", "≥600家次", "446家次", "能完成", "无偏差"),
    ("生态环境宣传教育", 45, 13.5, "宣传活动场次", "≥20场", "7场", "较难完成",
     "受汛期影响线下活动推迟；拟压减至16场并增加线上宣传，调减预算10万元"),
]
for k, p in enumerate(proj):
    r = 4 + k
    name, bud, ex, ind, tv, done, fc, why = p
    vals = [k + 1, name, bud, ex, ex / bud, ind, tv, done, fc, why]
    for j, v in enumerate(vals): ws.cell(row=r, column=j + 1, value=v)
    ws.cell(row=r, column=5).number_format = "0.00%"
tb = sum(p[1] for p in proj); te = round(sum(p[2] for p in proj), 2)
ws.cell(row=9, column=2, value="合计"); ws.cell(row=9, column=3, value=tb); ws.cell(row=9, column=4, value=te)
ws.cell(row=9, column=5, value=te / tb); ws.cell(row=9, column=5).number_format = "0.00%"
ws["A10"] = "说明：预算执行率=1-8月执行数/年度预算数；按序时进度（66.67%）判断，执行率低于序时进度20个百分点以上的项目需说明原因。"
ws.merge_cells("A10:J10")
for col, w in zip("ABCDEFGHIJ", [6, 24, 12, 12, 12, 20, 16, 14, 16, 40]): ws.column_dimensions[col].width = w
wb.save("general/general18_3_hechuan_monitor.xlsx")
print("mon", tb, te, [round(p[2] / p[1] * 100, 2) for p in proj], round(te / tb * 100, 2))
