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

# A 部门整体支出绩效自评表-like sheet of the same department: a row of an indicator another department's projects
# have too (资金发放及时率), so a question of it alone is asked back among the departments.
ws = wb.create_sheet("部门整体绩效自评")
ws.append(["青岚县人力资源和社会保障局2025年度部门整体支出绩效自评表"])
ws.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"])
ws.append(["产出指标", "时效指标", "资金发放及时率", "100%", "98%", 10, 9.8])
ws.append(["满意度指标", "服务对象满意度", "参保群众满意度", "≥90%", "92%", 10, 10])
wb.save("青岚县人力资源和社会保障局_2026年_部门收入预算表.xlsx")
