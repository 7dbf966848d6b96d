"""Writes the cols54 fixture: a fictional county's 医疗保障基金预算收支表, its funds as columns under a merged
2-row header (合计 | 其中 › six funds), rows of items under 一、基金收入 / 二、基金支出, then 三、当年收支结余 and
四、年末累计结余; and the county's 住房公积金归集使用计划表, for a follow-up naming it. Run: python tests/data/cols54/make_fixture.py"""

from pathlib import Path

import openpyxl

COLS = ["职工基本医疗保险统筹基金", "职工大额医疗费用补助基金", "城乡居民基本医疗保险基金", "生育保险基金",
        "长期护理保险基金", "医疗救助基金（含疾病应急救助）"]
ROWS = [
    ("一、基金收入 合计", [52310.4, 3120.5, 30875.2, 2410.8, 1860.0, 980.6]),
    ("    缴费收入", [50120.0, 3050.0, 8450.0, 2380.0, 1720.0, None]),
    ("    财政补助收入", [None, None, 22100.0, None, 120.0, 960.0]),
    ("    利息收入", [410.4, 55.5, 235.2, 30.8, None, 20.6]),
    ("    上级补助收入", [1780.0, None, None, None, None, None]),
    ("    其他收入", [0, 15.0, 90.0, None, 20.0, None]),
    ("二、基金支出 合计", [49870.3, 2980.4, 30210.9, 2650.2, 1540.7, 990.1]),
    ("    待遇支出", [46200.3, 2900.4, 29800.9, 2600.2, 1500.7, 980.1]),
    ("    上解上级支出", [3600.0, 60.0, 380.0, 40.0, None, None]),
    ("    其他支出", [70.0, 20.0, 30.0, 10.0, 40.0, 10.0]),
    ("三、当年收支结余", [2440.1, 140.1, 664.3, -239.4, 319.3, -9.5]),
    ("四、年末累计结余", [68420.5, 4210.3, 21560.8, 1230.6, 2980.2, 310.4]),
]


def main() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "医保基金预算收支表"
    ws.append(["青川县2025年医疗保障基金预算收支表"] + [None] * 7)
    ws.append([None] * 7 + ["单位：万元"])
    ws.append(["项目", "合计", "其中"] + [None] * 5)
    ws.append([None, None] + COLS)
    for label, figs in ROWS:
        total = round(sum(x or 0 for x in figs), 2)
        ws.append([label, total] + figs)
    ws.append([None] * 8)
    ws.append(["注：医疗救助基金含疾病应急救助。"] + [None] * 7)
    ws.merge_cells("A1:H1")
    ws.merge_cells("C3:H3")
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    wb.save(Path(__file__).with_name("青川县2025年医疗保障基金预算收支表.xlsx"))
    # (another table of the same county, for a follow-up naming its subject)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "公积金计划"
    ws.append(["青川县2025年住房公积金归集使用计划表", None, None])
    ws.append([None, None, "单位：万元"])
    ws.append(["项目", "2025年计划数", "备注"])
    for row in (["归集额", 18650.0, None], ["提取额", 12430.0, None], ["个人住房贷款发放额", 9800.0, "含组合贷款"],
                ["增值收益", 415.6, None]):
        ws.append(row)
    ws.merge_cells("A1:C1")
    wb.save(Path(__file__).with_name("青川县2025年住房公积金归集使用计划表.xlsx"))


if __name__ == "__main__":
    main()
