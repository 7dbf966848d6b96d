"""Writes the cw60 income table: each unit of 石岭县农业农村局 on a coded line (a like name to the project table's)."""
import openpyxl

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "部门收入预算表"
ws.append(["石岭县2026年部门收入预算表"])
ws.append(["单位：万元"])
ws.append(["单位编码", "单位名称", "合计", "一般公共预算拨款", "事业收入"])
ws.append(["101", "石岭县农业农村局", 1650.0, 1600.0, 50.0])
ws.append(["101001", "石岭县农业农村局本级", 1000.0, 1000.0, None])
ws.append(["101002", "石岭县农业技术推广中心", 410.0, 380.0, 30.0])
ws.append(["101003", "石岭县动物疫病预防控制中心", 240.0, 220.0, 20.0])
wb.save("石岭县_2026年_部门收入预算表.xlsx")

# A 2025 自评表 of the same department (one sheet per project, none of them the project table's 茶叶良种推广经费):
# its 满意度 rows are other projects'.
wb = openpyxl.Workbook()
wb.remove(wb.active)
for title, name, unit, sat in (("水稻统防", "水稻病虫害统防统治补助经费", "石岭县农业技术推广中心", "农户满意度"),
                               ("示范村", "乡村振兴示范村建设补助资金", "石岭县农业农村局", "群众满意度")):
    ws = wb.create_sheet(title)
    ws.merge_cells("A1:I1")
    ws["A1"] = "2025年度项目支出绩效自评表"
    ws.merge_cells("A2:I2")
    ws["A2"] = "单位：万元"
    ws.merge_cells("A3:B3")
    ws["A3"] = "项目名称"
    ws.merge_cells("C3:I3")
    ws["C3"] = name
    ws.merge_cells("A4:B4")
    ws["A4"] = "主管部门"
    ws.merge_cells("C4:E4")
    ws["C4"] = "石岭县农业农村局"
    ws["F4"] = "实施单位"
    ws.merge_cells("G4:I4")
    ws["G4"] = unit
    ws.merge_cells("A5:B6")
    ws["A5"] = "项目资金（万元）"
    for c, h in zip("EFGHI", ["预算数", "执行数", "执行率", "分值", "得分"]):
        ws[c + "5"] = h
    ws.merge_cells("C6:D6")
    ws["C6"] = "年度资金总额"
    for c, v in zip("EFGHI", [100.0, 95.0, 0.95, 10, 9.5]):
        ws[c + "6"] = v
    ws.append(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    ws.append([None, "产出指标", "数量指标", "完成任务量", "100%", "100%", 50, 50, None])
    ws.append([None, "满意度指标", "服务对象满意度指标", sat, "≥90%", "93%", 10, 10, None])
wb.save("selfeval/石岭县农业农村局_2025年度_项目支出绩效自评表.xlsx")

# A county's income table of departments (小计) and their units, its 合计 line first: a column's share of the
# whole asked with no line named.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "部门收入预算表"
ws.append(["石岭县2026年部门收入预算表"])
ws.append(["单位：万元"])
ws.append(["单位编码", "单位名称", "合计", "一般公共预算拨款", "政府性基金预算拨款", "单位资金", None, None])
ws.append([None, None, None, None, None, "小计", "事业收入", "其他收入"])
for cells in ("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3"):
    ws.merge_cells(cells)
ws.append([None, "合计", 2000.0, 1400.0, 100.0, 500.0, 450.0, 50.0])
ws.append(["201", "石岭县教育局 小计", 1200.0, 800.0, 100.0, 300.0, 280.0, 20.0])
ws.append(["201001", "石岭县教育局（本级）", 700.0, 500.0, 100.0, 100.0, 90.0, 10.0])
ws.append(["201002", "石岭县第一中学", 500.0, 300.0, None, 200.0, 190.0, 10.0])
ws.append(["202", "石岭县卫生健康局 小计", 800.0, 600.0, None, 200.0, 170.0, 30.0])
ws.append(["202001", "石岭县卫生健康局（本级）", 300.0, 280.0, None, 20.0, 10.0, 10.0])
ws.append(["202002", "石岭县人民医院", 500.0, 320.0, None, 180.0, 160.0, 20.0])
wb.save("income/石岭县_2026年_部门收入预算表.xlsx")
