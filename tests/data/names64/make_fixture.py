"""Writes the names64 income table of 青岚县人力资源和社会保障局: lines of income by source, none of them a town's."""
import openpyxl

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "部门收入预算表"
ws.append(["青岚县人力资源和社会保障局2026年部门收入预算表"])
ws.append(["单位：万元"])
ws.append(["项目", "预算数"])
ws.append(["一般公共预算财政拨款收入", 3200.0])
ws.append(["事业收入", 150.0])
ws.append(["其他收入", 50.0])
ws.append(["收入合计", 3400.0])
wb.save("青岚县人力资源和社会保障局_2026年_部门收入预算表.xlsx")
