"""Writes this folder's fixture documents (run from anywhere: python tests/data/fn59/make_fixture.py).

枫岭县 2025: a county's 一般公共预算支出功能分类表 (科目编码 | 科目名称 | 2024年 › 预算数 / 执行数 | 2025年预算数 |
2025年预算数比2024年执行数增减（%）, a 合计 row, 类 / 款 / 项 lines by 3 / 5 / 7-digit codes), and a project-target
text of the county's 人社局 whose project (创业带动就业扶持资金) shares words with lines of the table. Every figure is made up
here; the sums and rates are worked out by hand in tests/test_fn59_function_table.py.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
TABLE = HERE / "枫岭县_全县_2025年_一般公共预算支出功能分类表.xlsx"
TEXT = HERE / "枫岭县人力资源和社会保障局_2025年_项目支出绩效目标表.txt"

# code, name, 2024年预算数, 2024年执行数, 2025年预算数 (the rate is worked out below, as the table prints it)
LINES = [
    ("205", "教育支出", 5200.0, 5100.0, 5400.0),
    ("20502", "普通教育", 5200.0, 5100.0, 5400.0),
    ("2050202", "小学教育", 3000.0, 2950.0, 3100.0),
    ("2050203", "初中教育", 2200.0, 2150.0, 2300.0),
    ("208", "社会保障和就业支出", 1900.0, 1800.0, 2070.0),
    ("20807", "就业补助", 400.0, 360.0, 450.0),
    ("2080701", "就业创业服务补贴", 150.0, 120.0, 170.0),
    ("2080705", "公益性岗位补贴", 250.0, 240.0, 280.0),
    ("20808", "抚恤", 1500.0, 1440.0, 1620.0),
    ("2080801", "死亡抚恤", 1500.0, 1440.0, 1620.0),
    ("213", "农林水支出", 2600.0, 2500.0, 3000.0),
    ("21303", "水利", 2600.0, 2500.0, 3000.0),
    ("2130305", "水利工程建设", 2000.0, 1900.0, 2300.0),
    ("2130314", "防汛", 600.0, 600.0, 700.0),
]


def rate(done: float, plan: float) -> float:
    return round((plan - done) / done * 100, 2)


def write_table(path: Path = TABLE) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "功能分类支出"
    ws.append(["枫岭县2025年一般公共预算支出功能分类表", None, None, None, None, None])
    ws.append(["单位：万元", None, None, None, None, None])
    ws.append(["科目编码", "科目名称", "2024年", None, "2025年预算数", "2025年预算数比2024年执行数增减（%）"])
    ws.append([None, None, "预算数", "执行数", None, None])
    classes = [x for x in LINES if len(x[0]) == 3]
    total = [round(sum(x[i] for x in classes), 2) for i in (2, 3, 4)]
    ws.append(["合计", None, *total, rate(total[1], total[2])])
    for code, name, plan24, done24, plan25 in LINES:
        indent = "  " * ((len(code) - 3) // 2)
        ws.append([code, indent + name, plan24, done24, plan25, rate(done24, plan25)])
    ws.append(["注：本表只列示有预算安排的科目；执行数为2024年1-12月快报数。", None, None, None, None, None])
    ws.merge_cells("A1:F1")
    ws.merge_cells("C3:D3")
    for col in "ABEF":
        ws.merge_cells(f"{col}3:{col}4")
    wb.save(path)
    return path


_TEXT = """
项目支出绩效目标表（含转移支付项目）

部门名称：枫岭县人力资源和社会保障局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 95.00 95.00

枫岭县人力资源和社会保障局 95.00 95.00

    创业带动就业扶持资金 95.00 95.00

落实就业创业扶持政策，开发公益性岗位，帮扶就业困难人员就业。

1、1-产出指标,11-数量指标,公益性岗位开发数；实施周期指标值:≥120个,年度指标值:≥120个;,2、2-效益指标,22-社会效益指标,就业困难人员就业率；实施周期指标值:≥90%,年度指标值:≥90%;
"""


def write_text(path: Path = TEXT) -> Path:
    path.write_text(_TEXT.lstrip("\n"), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write_table(), write_text())
