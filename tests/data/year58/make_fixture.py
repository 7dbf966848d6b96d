"""Writes 枫林县_县直部门_2025年_三公经费预算表.xlsx (fictional): a 三公 table of departments and units whose
header prints each item under 2024年预算数 and again under 2025年预算数 (three header rows, merged cells); and
枫林县_全县_2025年_一般公共预算支出功能分类表.xlsx, whose 205教育支出 a question may say as 枫林县教育支出."""

from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
ITEMS = ["合计", "因公出国（境）费", "公务用车购置及运行维护费", None, None, "公务接待费"]
ROWS = [  # 主管部门, 单位名称, 2024: 合计 出国 车小计 购置 运维 接待, 2025: the same
    ("合计", None, 114.4, 2, 73.4, 20, 53.4, 39, 105.4, 3, 66.4, 16, 50.4, 36),
    ("中共枫林县委办公室", None, 22, 0, 14, 0, 14, 8, 20.4, 0, 12.3, 0, 12.3, 8.1),
    ("枫林县水利局", None, 30.5, 0, 18.5, 0, 18.5, 12, 27.3, 0, 16.8, 0, 16.8, 10.5),
    ("枫林县民政局", "小计", 49.9, 2, 33.7, 20, 13.7, 14.2, 46.8, 3, 30.8, 16, 14.8, 13),
    (None, "枫林县民政局本级", 31.2, 2, 20.6, 20, 0.6, 8.6, 29.9, 3, 19.9, 16, 3.9, 7),
    (None, "枫林县救助管理站", 18.7, 0, 13.1, 0, 13.1, 5.6, 16.9, 0, 10.9, 0, 10.9, 6),
    ("枫林县教育局", "小计", 12, 0, 7.2, 0, 7.2, 4.8, 10.9, 0, 6.5, 0, 6.5, 4.4),
    (None, "枫林县教育局本级", 7.5, 0, 4.4, 0, 4.4, 3.1, 6.8, 0, 4, 0, 4, 2.8),
    (None, "枫林县第一中学", 4.5, 0, 2.8, 0, 2.8, 1.7, 4.1, 0, 2.5, 0, 2.5, 1.6),
]


def main() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "三公经费预算表"
    ws.append(["枫林县2025年县直部门“三公”经费财政拨款预算表"] + [None] * 13)
    ws.append(["单位：万元"] + [None] * 13)
    ws.append(["主管部门", "单位名称", "2024年预算数", None, None, None, None, None, "2025年预算数"] + [None] * 5)
    ws.append([None, None] + ITEMS + ITEMS)
    ws.append([None, None, None, None, "小计", "公务用车购置费", "公务用车运行维护费", None,
               None, None, "小计", "公务用车购置费", "公务用车运行维护费", None])
    for row in ROWS:
        ws.append(list(row))
    for cells in ("A1:N1", "A2:N2", "A3:A5", "B3:B5", "C3:H3", "I3:N3", "C4:C5", "D4:D5", "E4:G4", "H4:H5",
                  "I4:I5", "J4:J5", "K4:M4", "N4:N5", "A6:B6", "A7:B7", "A8:B8", "A9:A11", "A12:A14"):
        ws.merge_cells(cells)
    wb.save(HERE / "枫林县_县直部门_2025年_三公经费预算表.xlsx")
    wb = Workbook()
    ws = wb.active
    ws.title = "功能分类支出"
    ws.append(["枫林县2025年一般公共预算支出功能分类表", None, None, None])
    ws.append(["单位：万元", None, None, None])
    ws.append(["科目编码", "科目名称", "2024年执行数", "2025年预算数"])
    for row in (("合计", None, 30120.5, 31877.2), ("201", "一般公共服务支出", 5210.3, 5398.6),
                ("205", "教育支出", 12876.4, 13542.8), ("20502", "普通教育", 11020.1, 11633.9),
                ("208", "社会保障和就业支出", 12033.8, 12935.7)):
        ws.append(list(row))
    ws.merge_cells("A1:D1")
    ws.merge_cells("A2:D2")
    wb.save(HERE / "枫林县_全县_2025年_一般公共预算支出功能分类表.xlsx")


if __name__ == "__main__":
    main()
