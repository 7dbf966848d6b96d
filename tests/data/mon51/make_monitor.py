"""Writes 青山县教育局卫健局_2023年1-6月_项目支出绩效监控表.xlsx: a 项目支出绩效运行监控表 of two departments (主管部门
printed on every row, not merged), each project merged over its indicators' rows, a one-row header with a single
指标名称 column, the 1-6月 period, and a 合计 row — a shape other than tests/data/general50's monitoring table
(主管部门 merged over its projects, 一级/二级/三级指标, a two-row header). Run: python tests/data/mon51/make_monitor.py"""

from __future__ import annotations

from pathlib import Path

NAME = "青山县教育局卫健局_2023年1-6月_项目支出绩效监控表.xlsx"
# (主管部门, 项目名称, 年初预算, 1-6月执行数, [(指标名称, 年度指标值, 1-6月完成值, 偏差原因)])
PROJECTS = [
    ("青山县教育局", "义务教育学校维修改造经费", 500, 180, [
        ("维修改造校舍面积", "12000平方米", "4500平方米", "暑期集中施工，7-8月完成主体工程"),
        ("工程验收合格率", "100%", "100%", "无"),
        ("师生满意度", "≥90%", "年底测评", "无")]),
    ("青山县教育局", "学生营养改善计划经费", 300, 165, [
        ("受益学生人数", "8000人", "7800人", "无"),
        ("食品安全事故发生次数", "0次", "0次", "无")]),
    ("青山县卫生健康局", "基层医疗机构设备购置经费", 400, 100, [
        ("购置DR设备台数", "10台", "2台", "招标流标一次，已重新挂网"),
        ("设备验收合格率", "100%", "100%", "无")]),
    ("青山县卫生健康局", "家庭医生签约服务补助经费", 200, 120, [
        ("重点人群签约人数", "15000人", "9600人", "无"),
        ("签约居民满意度", "≥85%", "88%", "无")]),
]


def write(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "监控表"
    ws["A1"] = "2023年青山县项目支出绩效运行监控表（1-6月）"
    ws.merge_cells("A1:I1")
    ws["A2"] = "单位：万元"
    for c, h in enumerate(["主管部门", "项目名称", "年初预算", "1-6月执行数", "执行率", "指标名称", "年度指标值",
                           "1-6月完成值", "偏差原因"], 1):
        ws.cell(3, c, h)
    r = 4
    for dept, name, start, spent, indicators in PROJECTS:
        last = r + len(indicators) - 1
        for i, (ind, target, done, reason) in enumerate(indicators):
            ws.cell(r + i, 1, dept)  # printed on every row
            ws.cell(r + i, 6, ind)
            ws.cell(r + i, 7, target)
            ws.cell(r + i, 8, done)
            ws.cell(r + i, 9, reason)
        for c, v in ((2, name), (3, start), (4, spent), (5, round(spent / start, 4))):
            ws.cell(r, c, v)
            ws.merge_cells(start_row=r, start_column=c, end_row=last, end_column=c)
        ws.cell(r, 5).number_format = "0.00%"
        r = last + 1
    start = sum(p[2] for p in PROJECTS)
    spent = sum(p[3] for p in PROJECTS)
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3, start)
    ws.cell(r, 4, spent)
    ws.cell(r, 5, round(spent / start, 4)).number_format = "0.00%"
    wb.save(path)


if __name__ == "__main__":
    write(Path(__file__).resolve().parent / NAME)
