"""Create three fictional general tables for blind set 13."""
import os, openpyxl
from openpyxl.styles import Alignment, Font
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "general")
os.makedirs(OUT, exist_ok=True)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)

# ---------- table 1: quarterly budget execution analysis, amounts in 元 ----------
def t1():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "执行分析"
    ws["A1"] = "清溪县农业农村局2025年1-3季度部门预算执行情况分析表"; ws.merge_cells("A1:K1")
    ws["A2"] = "编制单位：清溪县农业农村局（财务股）"; ws.merge_cells("A2:F2")
    ws["J2"] = "单位：元"; ws.merge_cells("J2:K2")
    # two-line header
    ws["A3"] = "序号"; ws.merge_cells("A3:A4")
    ws["B3"] = "项目"; ws.merge_cells("B3:B4")
    ws["C3"] = "2025年\n预算数"; ws.merge_cells("C3:C4")
    ws["D3"] = "分季度执行数"; ws.merge_cells("D3:F3")
    ws["D4"] = "一季度"; ws["E4"] = "二季度"; ws["F4"] = "三季度"
    ws["G3"] = "1-3季度\n累计执行"; ws.merge_cells("G3:G4")
    ws["H3"] = "执行率"; ws.merge_cells("H3:H4")
    ws["I3"] = "未执行数"; ws.merge_cells("I3:I4")
    ws["J3"] = "上年同期"; ws.merge_cells("J3:K3")
    ws["J4"] = "累计执行"; ws["K4"] = "同比增减率"
    rows = [  # (no, name, budget, q1, q2, q3, last_year_cum)
        ("一", "基本支出", None),
        ("1", "人员经费", (6850000, 1702300, 1716800, 1721500, 4986200)),
        ("2", "日常公用经费", (1240000, 268400, 301250, 295600, 812300)),
        ("二", "项目支出", None),
        ("1", "NY01 高标准农田建设管护经费", (3200000, 420000, 980000, 1150000, 2106000)),
        ("2", "NY02 动物防疫补助经费", (860000, 215000, 198600, 230400, 655000)),
        ("3", "NY03 农村人居环境整治经费", (1500000, 0, 360000, 512300, 1033500)),
        ("4", "NY04 农产品质量安全检测经费", (450000, 86500, 102000, 97800, 301200)),
        ("5", "NY05 种业振兴专项经费", (600000, 0, 0, 145000, 0)),
    ]
    groups = {"基本支出": rows[1:3], "项目支出": rows[4:9]}
    r = 5; tot = [0]*5
    for no, name, v in rows:
        if v is None:
            vals = [sum(x[2][i] for x in groups[name]) for i in range(5)]
            label = name + "小计"
            ws.cell(r, 2, label).font = Font(bold=True)
        else:
            vals = list(v); ws.cell(r, 2, name)
            tot = [a+b for a, b in zip(tot, vals)]
        ws.cell(r, 1, no)
        b, q1, q2, q3, ly = vals; cum = q1+q2+q3
        ws.cell(r, 3, b)
        for j, q in enumerate((q1, q2, q3)):
            if q: ws.cell(r, 4+j, q)          # blank for zero
        ws.cell(r, 7, cum); ws.cell(r, 8, round(cum/b, 4)); ws.cell(r, 9, b-cum)
        if ly: ws.cell(r, 10, ly); ws.cell(r, 11, round(cum/ly-1, 4))
        else: ws.cell(r, 11, "—")
        for j in (3,4,5,6,7,9,10): ws.cell(r, j).number_format = "#,##0.00"
        ws.cell(r, 8).number_format = "0.00%"; ws.cell(r, 11).number_format = "0.00%"
        r += 1
    b, q1, q2, q3, ly = tot; cum = q1+q2+q3
    ws.cell(r, 1, "合计"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for j, x in zip((3,4,5,6,7,9,10), (b,q1,q2,q3,cum,b-cum,ly)):
        ws.cell(r, j, x).number_format = "#,##0.00"
    ws.cell(r, 8, round(cum/b, 4)).number_format = "0.00%"
    ws.cell(r, 11, round(cum/ly-1, 4)).number_format = "0.00%"
    ws.cell(r+1, 1, "注：1.执行率=1-3季度累计执行÷2025年预算数；序时进度为75%。2.空白单元格表示当季无支出。3.种业振兴专项经费为2025年新增项目，上年同期无数据。")
    ws.merge_cells(start_row=r+1, start_column=1, end_row=r+1, end_column=11)
    for row in ws.iter_rows(min_row=3, max_row=4):
        for c in row: c.alignment = C
    ws.column_dimensions["B"].width = 34
    wb.save(os.path.join(OUT, "general13_1_quarterly_execution_analysis.xlsx"))

# ---------- table 2: staffing statistics with merged row groups, text numbers ----------
def t2():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "编制统计"
    ws["A1"] = "南屿区市场监督管理局人员编制及实有人数统计表"; ws.merge_cells("A1:L1")
    ws["A2"] = "统计时点：2025年6月30日"; ws.merge_cells("A2:F2")
    ws["K2"] = "单位：人"; ws.merge_cells("K2:L2")
    ws["A3"] = "类别"; ws.merge_cells("A3:A4")
    ws["B3"] = "单位名称"; ws.merge_cells("B3:B4")
    ws["C3"] = "核定编制数"; ws.merge_cells("C3:E3")
    ws["F3"] = "实有在编人数"; ws.merge_cells("F3:H3")
    for col, h in zip("CDEFGH", ["合计", "行政编制", "事业编制"]*2): ws[f"{col}4"] = h
    ws["I3"] = "空编数"; ws.merge_cells("I3:I4")
    ws["J3"] = "编外聘用人员"; ws.merge_cells("J3:J4")
    ws["K3"] = "离退休人员"; ws.merge_cells("K3:L3")
    ws["K4"] = "离休"; ws["L4"] = "退休"
    data = [  # group, unit, 行政编制, 事业编制, 实有行政, 实有事业, 编外, 离休, 退休
        ("机关", "01 局机关（本级）", 46, 0, 43, 0, 12, 1, 38),
        ("机关", "02 综合行政执法大队", 58, 0, 55, 0, 20, 0, 17),
        ("派出机构", "03 城东市场监管所", 16, 0, 15, 0, 6, 0, 4),
        ("派出机构", "04 城西市场监管所", 14, 0, 14, 0, 5, 0, 3),
        ("派出机构", "05 桥头市场监管所", 12, 0, 10, 0, 4, 0, 2),
        ("事业单位", "06 质量技术检测中心", 0, 32, 0, 29, 9, 0, 11),
        ("事业单位", "07 消费者权益保护服务中心", 0, 9, 0, 8, 3, 0, 1),
    ]
    r = 5; tot = [0]*7; text_rows = {"03 城东市场监管所", "06 质量技术检测中心"}
    def put(r, vals, as_text=False):
        a, b, c, d, e, f, g = vals
        cells = [a+b, a, b, c+d, c, d, (a+b)-(c+d), e, f, g]
        for j, x in enumerate(cells):
            if x == 0: continue  # blank for zero
            ws.cell(r, 3+j, str(x) if as_text else x)
    for grp in ("机关", "派出机构", "事业单位"):
        start = r; sub = [0]*7
        for g, u, *v in [d for d in data if d[0] == grp]:
            ws.cell(r, 2, u); put(r, v, u in text_rows)
            sub = [a+b for a, b in zip(sub, v)]; r += 1
        ws.cell(r, 2, "小计"); put(r, sub); r += 1
        ws.cell(start, 1, grp); ws.merge_cells(start_row=start, start_column=1, end_row=r-1, end_column=1)
        ws.cell(start, 1).alignment = C
        tot = [a+b for a, b in zip(tot, sub)]
    ws.cell(r, 1, "合计"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2); put(r, tot)
    ws.cell(r+1, 1, "说明：1.空编数=核定编制数合计-实有在编人数合计；2.编外聘用人员含劳务派遣人员，不占编制；3.空白表示无此类人员；4.离退休人员不计入实有在编人数。")
    ws.merge_cells(start_row=r+1, start_column=1, end_row=r+1, end_column=12)
    for row in ws.iter_rows(min_row=3, max_row=4):
        for c in row: c.alignment = C
    ws.column_dimensions["B"].width = 28
    wb.save(os.path.join(OUT, "general13_2_staffing_statistics.xlsx"))

# ---------- table 3: multi-sheet workbook: fund allocation by 街道 + 政府性基金预算 ----------
def t3():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "社区治理资金分配"
    ws["A1"] = "东坪区2025年社区治理专项资金分配表"; ws.merge_cells("A1:H1")
    ws["A2"] = "主管部门：东坪区民政局"; ws.merge_cells("A2:D2")
    ws["G2"] = "单位：万元"; ws.merge_cells("G2:H2")
    ws["A3"] = "编码"; ws.merge_cells("A3:A4")
    ws["B3"] = "街道（镇）"; ws.merge_cells("B3:B4")
    ws["C3"] = "分配金额"; ws.merge_cells("C3:C4")
    ws["D3"] = "资金来源"; ws.merge_cells("D3:E3"); ws["D4"] = "区级财政"; ws["E4"] = "市级补助"
    ws["F3"] = "社区数\n（个）"; ws.merge_cells("F3:F4")
    ws["G3"] = "占总额比例"; ws.merge_cells("G3:G4")
    ws["H3"] = "备注"; ws.merge_cells("H3:H4")
    data = [("DP01", "青石街道", 186.40, 120.00, 11, ""), ("DP02", "柳湾街道", 152.80, 100.00, 9, ""),
            ("DP03", "长桥街道", 214.60, 140.00, 13, "含老旧小区治理试点"), ("DP04", "新港街道", 98.20, 70.00, 6, ""),
            ("DP05", "白沙镇", 131.50, 85.00, 8, "含涉农社区"), ("DP06", "凤岭镇", 76.50, 50.00, 5, "")]
    total = round(sum(d[2] for d in data), 2)
    r = 5
    for code, name, amt, dist, n, note in data:
        ws.cell(r, 1, code); ws.cell(r, 2, name); ws.cell(r, 3, amt).number_format = "0.00"
        ws.cell(r, 4, dist).number_format = "0.00"; ws.cell(r, 5, round(amt-dist, 2)).number_format = "0.00"
        ws.cell(r, 6, n); ws.cell(r, 7, f"{amt/total*100:.2f}%"); ws.cell(r, 8, note or None); r += 1
    ws.cell(r, 1, "合计"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3, total).number_format = "0.00"
    ws.cell(r, 4, round(sum(d[3] for d in data), 2)).number_format = "0.00"
    ws.cell(r, 5, round(total-sum(d[3] for d in data), 2)).number_format = "0.00"
    ws.cell(r, 6, sum(d[4] for d in data)); ws.cell(r, 7, "100.00%")
    ws.cell(r+1, 1, "注：分配因素为社区数量（权重60%）和常住人口（权重40%）；比例列为文本格式。"); ws.merge_cells(start_row=r+1, start_column=1, end_row=r+1, end_column=8)
    for row in ws.iter_rows(min_row=3, max_row=4):
        for c in row: c.alignment = C

    ws2 = wb.create_sheet("政府性基金支出")
    ws2["A1"] = "东坪区2025年政府性基金预算支出表"; ws2.merge_cells("A1:F1")
    ws2["F2"] = "单位：万元"
    hdr = ["科目编码", "科目名称", "2024年执行数", "2025年预算数", "增减额", "增长率"]
    for j, h in enumerate(hdr): ws2.cell(3, 1+j, h)
    items = [  # code, name, 2024, 2025, level
        ("212", "城乡社区支出", None, None, 0),
        ("21208", "国有土地使用权出让收入安排的支出", None, None, 1),
        ("2120801", "征地和拆迁补偿支出", 18650.00, 15200.00, 2),
        ("2120802", "土地开发支出", 4320.00, 5080.00, 2),
        ("2120803", "城市建设支出", 6210.00, 7350.00, 2),
        ("21213", "城市基础设施配套费安排的支出", None, None, 1),
        ("2121301", "城市公共设施", 1860.00, 2140.00, 2),
        ("229", "其他支出", None, None, 0),
        ("22960", "彩票公益金安排的支出", None, None, 1),
        ("2296002", "用于社会福利的彩票公益金支出", 412.00, 398.00, 2),
        ("2296003", "用于体育事业的彩票公益金支出", 265.00, 301.00, 2),
        ("232", "债务付息支出", None, None, 0),
        ("23204", "地方政府专项债务付息支出", None, None, 1),
        ("2320411", "国有土地使用权出让金债务付息支出", 2730.00, 3015.00, 2),
    ]
    # fill parents
    vals = {}
    for i, (code, name, a, b, lv) in enumerate(items):
        if a is not None: vals[code] = (a, b)
    for code, name, a, b, lv in items:
        if a is None:
            kids = [v for k, v in vals.items() if k.startswith(code) and len(k) == 7]
            vals[code] = (round(sum(x[0] for x in kids), 2), round(sum(x[1] for x in kids), 2))
    r = 4
    for code, name, a, b, lv in items:
        a, b = vals[code]
        ws2.cell(r, 1, code); ws2.cell(r, 2, "  "*lv + name)
        ws2.cell(r, 3, a).number_format = "#,##0.00"; ws2.cell(r, 4, b).number_format = "#,##0.00"
        ws2.cell(r, 5, round(b-a, 2)).number_format = "#,##0.00"; ws2.cell(r, 6, round(b/a-1, 4)).number_format = "0.0%"
        r += 1
    ta = sum(vals[c][0] for c in ("212", "229", "232")); tb = sum(vals[c][1] for c in ("212", "229", "232"))
    ws2.cell(r, 2, "支出合计"); ws2.cell(r, 3, round(ta, 2)).number_format = "#,##0.00"
    ws2.cell(r, 4, round(tb, 2)).number_format = "#,##0.00"; ws2.cell(r, 5, round(tb-ta, 2)).number_format = "#,##0.00"
    ws2.cell(r, 6, round(tb/ta-1, 4)).number_format = "0.0%"

    ws3 = wb.create_sheet("填报说明")
    ws3["A1"] = "填报说明"
    ws3["A2"] = "1.本工作簿由东坪区财政局汇总，社区治理专项资金由东坪区民政局具体分配。"
    ws3["A3"] = "2.政府性基金预算支出按《2025年政府收支分类科目》列示至项级科目。"
    ws3["A4"] = "3.增长率=（2025年预算数-2024年执行数）÷2024年执行数。"
    wb.save(os.path.join(OUT, "general13_3_fund_allocation_workbook.xlsx"))

t1(); t2(); t3()
