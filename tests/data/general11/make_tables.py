"""Create three fictional 'general' finance tables for blind set 11."""
import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
import os
os.makedirs("general", exist_ok=True)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)

# ---------- 1. 人员编制及实有人数统计表 (department only in title row) ----------
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "编制统计"
ws["A1"] = "栖梧县卫生健康局2025年人员编制及实有人数统计表"; ws.merge_cells("A1:K1")
ws["A2"] = "统计截止时间：2025年6月30日"; ws.merge_cells("A2:F2")
ws["I2"] = "单位：人"; ws.merge_cells("I2:K2")
ws["A3"] = "类别"; ws.merge_cells("A3:A4")
ws["B3"] = "单位（科室）"; ws.merge_cells("B3:B4")
ws["C3"] = "编制数"; ws.merge_cells("C3:F3")
for col, t in zip("CDEF", ["合计", "行政编制", "事业编制", "工勤编制"]): ws[f"{col}4"] = t
ws["G3"] = "实有人数"; ws.merge_cells("G3:I3")
for col, t in zip("GHI", ["合计", "在编人数", "编外聘用"]): ws[f"{col}4"] = t
ws["J3"] = "空编数"; ws.merge_cells("J3:J4")
ws["K3"] = "备注"; ws.merge_cells("K3:K4")
groups = [
  ("局机关（行政）", [("办公室", 6, 0, 2, 7, 3, ""), ("医政医管股", 4, 0, 0, 4, 1, ""),
                     ("疾病预防控制股", 3, 0, 0, 2, 0, "1名借调市局"), ("基层卫生与妇幼健康股", 3, 0, 0, 3, 1, ""),
                     ("规划财务股", 3, 0, 0, 3, 2, "")]),
  ("参照公务员法管理单位", [("县卫生健康综合监督执法大队", 0, 15, 1, 14, 4, "参公单位")]),
  ("所属事业单位", [("县疾病预防控制中心", 0, 45, 3, 41, 12, "公益一类"), ("县妇幼保健院", 0, 86, 4, 82, 35, "公益二类"),
                  ("县卫生健康信息中心", 0, 8, 0, 8, 2, ""), ("县120急救指挥中心", 0, 12, 0, 10, 6, "")]),
]
r = 5
def put(r, vals):
    for i, v in enumerate(vals):
        ws.cell(r, 3 + i, v if v else None)   # zero -> blank
tot = [0] * 8
for gname, rows in groups:
    start = r
    sub = [0] * 8
    for name, a, s, g, zb, wp, note in rows:
        bz = a + s + g; sy = zb + wp; kb = bz - zb
        vals = [bz, a, s, g, sy, zb, wp, kb]
        ws.cell(r, 2, name); put(r, vals); ws.cell(r, 11, note or None)
        sub = [x + y for x, y in zip(sub, vals)]; r += 1
    ws.cell(r, 2, "小计"); put(r, sub)
    ws.cell(start, 1, gname); ws.merge_cells(start_row=start, start_column=1, end_row=r, end_column=1)
    tot = [x + y for x, y in zip(tot, sub)]; r += 1
ws.cell(r, 1, "合计"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2); put(r, tot); r += 1
ws.cell(r, 1, "注：1.县卫生健康综合监督执法大队为参照公务员法管理事业单位，编制计入事业编制；2.编外聘用含劳务派遣人员；3.空编数=编制数合计-在编人数；4.空白表示无。")
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
for row in ws.iter_rows():
    for c in row: c.alignment = C
ws.column_dimensions["B"].width = 28
wb.save("general/general11_1_bianzhi.xlsx")

# ---------- 2. 政府性基金预算支出表 (上年决算/本年预算/增减额/增减率 as text) ----------
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "政府性基金支出"
ws["A1"] = "鹤汀市江沚区2025年政府性基金预算支出表"; ws.merge_cells("A1:F1")
ws["A2"] = "编制单位：鹤汀市江沚区财政局"; ws.merge_cells("A2:C2")
ws["F2"] = "单位：万元"
hdr = ["科目编码", "科目名称", "2024年决算数", "2025年预算数", "增减额", "增减率"]
for i, h in enumerate(hdr): ws.cell(3, 1 + i, h)
leaf = {  # code: (name, 2024, 2025)
 "2082201": ("移民补助", 140.00, 140.00),
 "2120801": ("征地和拆迁补偿支出", 42350.00, 36800.00),
 "2120802": ("土地开发支出", 18620.00, 15900.00),
 "2120803": ("城市建设支出", 9480.00, 11250.00),
 "2120899": ("其他国有土地使用权出让收入安排的支出", 1260.00, 980.00),
 "2121301": ("城市公共设施", 2150.00, 2600.00),
 "2296002": ("用于社会福利的彩票公益金支出", 385.00, 420.00),
 "2296003": ("用于体育事业的彩票公益金支出", 296.00, 310.00),
 "2320411": ("国有土地使用权出让金债务付息支出", 3860.00, 4120.00),
 "2330411": ("国有土地使用权出让金债务发行费用支出", 12.50, 15.80),
}
names = {"208": "社会保障和就业支出", "20822": "大中型水库移民后期扶持基金支出",
         "212": "城乡社区支出", "21208": "国有土地使用权出让收入安排的支出", "21213": "城市基础设施配套费安排的支出",
         "229": "其他支出", "22960": "彩票公益金安排的支出",
         "232": "债务付息支出", "23204": "地方政府专项债务付息支出",
         "233": "债务发行费用支出", "23304": "地方政府专项债务发行费用支出"}
def agg(prefix):
    a = sum(v[1] for k, v in leaf.items() if k.startswith(prefix)); b = sum(v[2] for k, v in leaf.items() if k.startswith(prefix))
    return round(a, 2), round(b, 2)
order = ["208", "20822", "2082201", "212", "21208", "2120801", "2120802", "2120803", "2120899", "21213", "2121301",
         "229", "22960", "2296002", "2296003", "232", "23204", "2320411", "233", "23304", "2330411"]
r = 4
ta, tb = agg("")
def row(r, code, name, a, b):
    d = round(b - a, 2)
    ws.cell(r, 1, code); ws.cell(r, 2, name)
    ws.cell(r, 3, a).number_format = "#,##0.00"; ws.cell(r, 4, b).number_format = "#,##0.00"
    ws.cell(r, 5, d if d != 0 else None).number_format = "#,##0.00"
    ws.cell(r, 6, f"{d / a * 100:.2f}%" if d != 0 else "")   # stored as text
ws.cell(r, 2, "合计"); row(r, None, "合计", ta, tb); r += 1
for code in order:
    if code in leaf: n, a, b = leaf[code]; n = "　　" + n
    else:
        a, b = agg(code); n = names[code] if len(code) == 3 else "　" + names[code]
    row(r, code, n, a, b); r += 1
ws.cell(r, 1, "注：1.本表为区本级政府性基金预算支出；2.增减率=(2025年预算数-2024年决算数)/2024年决算数；3.增减额为空表示与上年持平。")
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
ws.column_dimensions["B"].width = 40
for c in "CDEF": ws.column_dimensions[c].width = 14
wb.save("general/general11_2_zhengfuxingjijin.xlsx")

# ---------- 3. 三公经费 by 单位, in 元, two sheets (2025 budget numeric, 2024 actual as text) ----------
wb = openpyxl.Workbook()
units = ["局机关", "县农业综合行政执法大队", "县农业技术推广中心", "县动物疫病预防控制中心", "县农村经营管理站"]
b25 = [(35000, 0, 86000, 42000), (0, 180000, 64000, 8000), (0, 0, 38500, 12500), (0, 0, 45600, 6000), (0, 0, 0, 3200)]
a24 = [(0, 0, 79860, 38420), (0, 0, 61350, 7260), (0, 0, 36980, 10840), (0, 0, 41200, 5730), (0, 0, 0, 2150)]
def sheet(ws, title, data, as_text, note):
    ws["A1"] = title; ws.merge_cells("A1:H1")
    ws["G2"] = "单位：元"; ws.merge_cells("G2:H2")
    ws["A3"] = "序号"; ws.merge_cells("A3:A4"); ws["B3"] = "单位名称"; ws.merge_cells("B3:B4")
    ws["C3"] = "合计"; ws.merge_cells("C3:C4"); ws["D3"] = "因公出国（境）费"; ws.merge_cells("D3:D4")
    ws["E3"] = "公务用车购置及运行维护费"; ws.merge_cells("E3:G3")
    ws["E4"] = "小计"; ws["F4"] = "公务用车购置费"; ws["G4"] = "公务用车运行维护费"
    ws["H3"] = "公务接待费"; ws.merge_cells("H3:H4")
    tot = [0] * 6
    for i, (u, (cg, gz, yx, jd)) in enumerate(zip(units, data)):
        vals = [cg + gz + yx + jd, cg, gz + yx, gz, yx, jd]
        tot = [x + y for x, y in zip(tot, vals)]
        r = 5 + i; ws.cell(r, 1, i + 1); ws.cell(r, 2, u)
        for j, v in enumerate(vals):
            if v:
                c = ws.cell(r, 3 + j, f"{v:,.2f}" if as_text else v)
                if not as_text: c.number_format = "#,##0.00"
    r = 5 + len(units); ws.cell(r, 1, "合计"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for j, v in enumerate(tot):
        if v:
            c = ws.cell(r, 3 + j, f"{v:,.2f}" if as_text else v)
            if not as_text: c.number_format = "#,##0.00"
    ws.cell(r + 1, 1, note); ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=8)
    ws.column_dimensions["B"].width = 26
    for c in "CDEFGH": ws.column_dimensions[c].width = 14
ws = wb.active; ws.title = "2025年预算"
sheet(ws, "桐岭县农业农村局及所属单位2025年“三公”经费财政拨款预算表", b25, False,
      "说明：县农业综合行政执法大队2025年安排更新执法执勤用车1辆；局机关因公出国（境）费用于赴外农业技术交流团组1个；空白单元格表示无预算。")
ws2 = wb.create_sheet("2024年实际支出")
sheet(ws2, "桐岭县农业农村局及所属单位2024年“三公”经费财政拨款实际支出表", a24, True,
      "说明：2024年未发生因公出国（境）费和公务用车购置费支出。")
wb.save("general/general11_3_sangong.xlsx")
print("ok")
