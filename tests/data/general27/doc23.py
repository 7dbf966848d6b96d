import openpyxl, json
from openpyxl.styles import Alignment, Font, Border, Side
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
# ---------- doc2: 铅山县 fiscal time series ----------
Y = [ # year, rev, tax, nontax, exp, fund, transfer, debt, rev_g(2019 only), exp_g(2019 only), note
 (2019,131865,94210,37655,386420,152300,248960,318500,5.2,8.7,""),
 (2020,128472,90318,38154,402137,168950,276480,365200,None,None,"受新冠肺炎疫情和减税降费政策影响，一般公共预算收入下降"),
 (2021,141206,101652,39554,415890,190420,271330,412800,None,None,""),
 (2022,136518,88406,48112,438760,121560,305670,468900,None,None,"实施大规模增值税留抵退税，税收收入下降；土地出让收入减少"),
 (2023,147930,99875,48055,452310,98740,318250,521600,None,None,""),
 (2024,153286,102640,50646,466975,86520,327940,574300,None,None,""),
 (2025,158900,107300,51600,478600,92000,332000,612000,None,None,"预计执行数"),
]
rows = []
prev = None
for y in Y:
    yr, rev, tax, non, exp, fund, tr, debt, rg, eg, note = y
    assert tax + non == rev, yr
    if prev:
        rg = round((rev / prev[1] - 1) * 100, 1); eg = round((exp / prev[4] - 1) * 100, 1)
    rows.append(dict(year=yr, rev=rev, tax=tax, non=non, rev_g=rg, exp=exp, exp_g=eg, fund=fund, tr=tr, debt=debt, note=note))
    prev = y
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "财政收支"
ws["A1"] = "铅山县2019—2025年财政收支情况表"; ws.merge_cells("A1:K1")
ws["A1"].font = Font(size=14, bold=True); ws["A1"].alignment = C
ws["A2"] = "编制单位：铅山县财政局"; ws.merge_cells("A2:F2")
ws["J2"] = "单位：万元"; ws.merge_cells("J2:K2")
h1 = ["年度", "一般公共预算收入", None, None, None, "一般公共预算支出", None, "政府性基金收入", "上级补助收入", "政府债务余额", "备注"]
h2 = [None, "合计", "其中：税收收入", "非税收入", "增长率（%）", "金额", "增长率（%）", None, None, None, None]
for j, v in enumerate(h1): ws.cell(3, j + 1, v)
for j, v in enumerate(h2): ws.cell(4, j + 1, v)
for rng in ["A3:A4", "B3:E3", "F3:G3", "H3:H4", "I3:I4", "J3:J4", "K3:K4"]: ws.merge_cells(rng)
r = 5
for d in rows:
    vals = ["%d年" % d["year"], d["rev"], d["tax"], d["non"], d["rev_g"], d["exp"], d["exp_g"], d["fund"], d["tr"], d["debt"], d["note"] or None]
    for j, v in enumerate(vals):
        c = ws.cell(r, j + 1, v)
        if j in (4, 6): c.number_format = "0.0"
    r += 1
ws.cell(r, 1, "注：1.2025年为预计执行数，2019—2024年为决算数；2.政府债务余额为年末数，含一般债务和专项债务；3.上级补助收入含返还性收入、一般性转移支付收入和专项转移支付收入；4.增长率按可比口径计算。")
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
for row in ws.iter_rows(min_row=3, max_row=r - 1, max_col=11):
    for c in row: c.border = B; c.alignment = C
for col, wdt in zip("ABCDEFGHIJK", [9, 11, 12, 11, 10, 11, 10, 12, 12, 12, 30]): ws.column_dimensions[col].width = wdt
wb.save("/work/blind27/docs/铅山县2019-2025年财政收支情况表.xlsx")
# ---------- doc3: 故城县 town x project allocation ----------
PR = [("农村公路养护", "省级"), ("农村饮水安全巩固提升", "中央"), ("农村人居环境整治", "县级"), ("高标准农田建设", "中央"), ("乡村振兴示范村建设", "省级")]
T = [
 ("郑口镇", 42.60, 18.00, 65.30, None, 30.00),
 ("夏庄镇", 28.40, 22.50, 31.20, 186.00, None),
 ("青罕镇", 25.80, None, 28.60, 214.50, 45.00),
 ("故城镇", 31.20, 26.00, 30.40, None, 50.00),
 ("武官寨镇", 22.70, 19.80, 26.50, 162.00, None),
 ("饶阳店镇", 27.50, 24.30, 29.80, 238.40, None),
 ("军屯镇", 19.60, None, 24.70, 145.60, 40.00),
 ("建国镇", 33.10, 21.60, 35.20, None, None),
 ("西半屯镇", 24.90, 17.40, 27.30, 198.20, 35.00),
 ("房庄乡", 16.80, 15.50, 21.60, 120.00, None),
 ("三朗乡", 18.30, None, 22.40, 132.80, None),
 ("辛庄乡", 15.40, 16.20, 19.90, None, 30.00),
 ("里老乡", 17.60, 14.70, 20.10, 108.50, None),
]
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "资金分配表"
n = len(PR)
last = 2 + n + 1
ws.cell(1, 1, "故城县2025年农业农村重点项目资金分配表"); ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
ws["A1"].font = Font(size=14, bold=True); ws["A1"].alignment = C
ws.cell(2, 1, "编制单位：故城县财政局"); ws.merge_cells("A2:D2")
ws.cell(2, last, "单位：万元")
ws.cell(3, 1, "序号"); ws.cell(3, 2, "乡镇")
for j, (p, src) in enumerate(PR):
    ws.cell(3, 3 + j, p); ws.cell(4, 3 + j, src)
ws.cell(3, last, "合计")
ws.cell(4, 1, None); ws.cell(4, 2, None)
ws.merge_cells("A3:A4"); ws.merge_cells("B3:B4")
ws.merge_cells(start_row=3, start_column=last, end_row=4, end_column=last)
# label the second header row as 资金来源
r = 5; totals = [0.0] * n; towns = []
for i, t in enumerate(T):
    name, vals = t[0], t[1:]
    ws.cell(r, 1, i + 1); ws.cell(r, 2, name)
    s = 0.0
    for j, v in enumerate(vals):
        if v is not None:
            c = ws.cell(r, 3 + j, v); c.number_format = "0.00"; s += v; totals[j] += v
    c = ws.cell(r, last, round(s, 2)); c.number_format = "0.00"
    towns.append(dict(name=name, vals=list(vals), total=round(s, 2)))
    r += 1
ws.cell(r, 1, "合计"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
for j in range(n):
    c = ws.cell(r, 3 + j, round(totals[j], 2)); c.number_format = "0.00"
c = ws.cell(r, last, round(sum(totals), 2)); c.number_format = "0.00"
for row in ws.iter_rows(min_row=3, max_row=r, max_col=last):
    for c in row: c.border = B; c.alignment = C
r += 1
ws.cell(r, 1, "注：1.第4行为各项目资金来源（中央、省级、县级）；2.空白表示该乡镇本年度未安排该项目资金；3.高标准农田建设资金按2025年度建设任务面积分配，乡村振兴示范村建设资金按每个示范村补助分配。")
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last)
for col, wdt in zip("ABCDEFGH", [6, 11, 13, 15, 14, 13, 15, 11]): ws.column_dimensions[col].width = wdt
wb.save("/work/blind27/docs/故城县2025年农业农村重点项目资金分配表.xlsx")
json.dump(dict(years=rows, projects=PR, towns=towns, coltotals=[round(x, 2) for x in totals], grand=round(sum(totals), 2)),
          open("/work/blind27/tools/doc23.json", "w"), ensure_ascii=False, indent=1)
for d in rows: print(d)
for t in towns: print(t)
print([round(x, 2) for x in totals], round(sum(totals), 2))
