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
