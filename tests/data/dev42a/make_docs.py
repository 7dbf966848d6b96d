"""Fictional test documents for tests/test_dev42a_department_and_projects.py: one department (青石县水利局)
with both a 部门整体支出绩效目标表 (xlsx, its key tasks costing more than any project) and a
项目支出绩效目标表 (text, the seed's layout). Run from this folder to write the xlsx again."""

from __future__ import annotations

import openpyxl

ROWS = [
    ["青石县2026年部门整体支出绩效目标表"],
    ["填报单位：青石县水利局", None, None, None, "单位：万元"],
    ["部门名称", "青石县水利局"],
    ["基本信息", "编制人数", 40, "实有人数", 37],
    [None, "下属二级单位数", 1, "离退休人员数", 12],
    ["预算整体情况", "部门预算支出", "预算金额（万元）", "收入来源", "预算金额（万元）"],
    [None, "基本支出", 380, "财政拨款", 850],
    [None, "其中：人员经费", 300, "其他资金", 50],
    [None, "      公用经费", 80],
    [None, "项目支出", 520],
    [None, "合计", 900, "合计", 900],
    ["总体绩效目标", "目标1：落实河湖长制，河道保洁全覆盖。\n目标2：做好水旱灾害防御，确保水库安全度汛。"],
    ["年度重点工作任务", "任务名称", "主要实施内容", "拟投入的资金（万元）", "期望达到的目标（概述）"],
    [None, "河湖长制落实", "河道清障保洁、巡河护河。", 700, "河道保洁全覆盖。"],
    [None, "水旱灾害防御", "水库安全巡查、防汛物资储备。", 400, "水库安全度汛。"],
    [None, "农村供水保障", "农村供水工程运行维护。", 150, "农村供水稳定。"],
    ["年度绩效指标"],
    ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
    ["产出指标", "数量指标", "河道保洁里程", "≥120公里"],
    [None, "质量指标", "水库安全巡查覆盖率", "100%"],
    ["效益指标", "社会效益指标", "水库安全度汛", "不发生垮坝事故"],
    ["满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%"],
]

if __name__ == "__main__":
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门整体绩效目标"
    for row in ROWS:
        ws.append(row)
    wb.save("青石县水利局_2026年_部门整体支出绩效目标表.xlsx")
