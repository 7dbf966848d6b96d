"""Make the workbooks of tests/test_sheets53_department_sheets.py (fictional figures, 青溪县):

- 青溪县_2024年_部门三公经费预算表.xlsx: one sheet per department, each a "三公"经费 table (项目 | 2023年预算 |
  2024年预算 | 增减), its department named by the sheet's name alone (卫健委, 公安局) or by a 编制单位 line under a
  title naming only the place (司法局's sheet is called "表3"), after a sheet of their sum naming no department;
- 青溪县民政局_2024年_部门预算表.xlsx: one department's tables of two kinds on two sheets (收支总表, 三公经费):
  one document, as before;
- 青溪县_2024年_部门收支总表.xlsx: one sheet per department (Sheet1 …), each named by its 部门名称 line alone, its
  收入 and its 支出 by function (卫生健康支出 …) in two column pairs;
- 青溪县_2024年_部门项目明细表.xlsx: the county's projects, one a row, 部门（单位） naming each row's department
  (青溪县卫生健康局 among them, a department with no sheet above): its 卫生健康局 is no line 卫生健康支出 of the sheets
  above.

Run: python tests/data/sheets53/make_sheets.py
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
_HEADER = ("项目", "2023年预算", "2024年预算", "增减")
_ITEMS = ("合计", "因公出国（境）费", "公务用车购置及运行费", "  其中：公务用车购置费", "        公务用车运行维护费",
          "公务接待费")
# (2023, 2024) per item, in _ITEMS order; each 合计 the sum of 出国 + 车 + 接待, 车 the sum of its two parts.
_DEPARTMENTS = {
    "卫健委": [(31.5, 28.6), (6.0, 4.0), (18.5, 17.8), (0.0, 0.0), (18.5, 17.8), (7.0, 6.8)],
    "公安局": [(96.2, 121.4), (0.0, 0.0), (88.0, 114.6), (40.0, 60.0), (48.0, 54.6), (8.2, 6.8)],
    "表3": [(12.9, 11.3), (0.0, 0.0), (9.6, 8.7), (0.0, 0.0), (9.6, 8.7), (3.3, 2.6)],
}


def _three_costs(ws, title: str, preparer: str, rows: list[tuple[float, float]]) -> None:
    ws["A1"] = title
    ws.merge_cells("A1:D1")
    if preparer:
        ws["A2"] = f"编制单位：{preparer}"
    ws["D2"] = "单位：万元"
    ws.append(_HEADER)
    for label, (before, now) in zip(_ITEMS, rows, strict=True):
        ws.append((label, before, now, round(now - before, 2)))


def make_department_sheets(path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    # the county's sum of the departments' sheets, on a sheet naming no department: the county's own
    summed = [tuple(round(sum(rows[k][j] for rows in _DEPARTMENTS.values()), 2) for j in range(2)) for k in range(6)]
    _three_costs(wb.create_sheet("汇总"), "青溪县2024年部门“三公”经费预算汇总表", "", summed)
    for sheet, rows in _DEPARTMENTS.items():
        preparer = "青溪县司法局" if sheet == "表3" else ""
        _three_costs(wb.create_sheet(sheet), "青溪县2024年部门“三公”经费预算表", preparer, rows)
    wb.save(path)


def make_one_department(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收支总表"
    ws["A1"] = "青溪县民政局2024年部门收支总表"
    ws.merge_cells("A1:B1")
    ws["B2"] = "单位：万元"
    ws.append(("项目", "预算数"))
    for row in (("一般公共预算拨款", 2310.4), ("政府性基金预算拨款", 150.0), ("收入合计", 2460.4)):
        ws.append(row)
    _three_costs(wb.create_sheet("三公经费"), "青溪县民政局2024年“三公”经费预算表", "",
                 [(5.1, 4.9), (0.0, 0.0), (3.5, 3.3), (0.0, 0.0), (3.5, 3.3), (1.6, 1.6)])
    wb.save(path)


# Each department's 收入 (预算数) and 支出 by function (合计): 收入合计 = 支出合计.
_BUDGETS = {
    "青溪县应急管理局": ([("一般公共预算拨款", 4718.2), ("政府性基金预算拨款", 300.0), ("收入合计", 5018.2)],
                         [("公共安全支出", 4900.3), ("卫生健康支出", 117.9), ("支出合计", 5018.2)]),
    "青溪县公安局": ([("一般公共预算拨款", 8833.0), ("政府性基金预算拨款", 0), ("收入合计", 8833.0)],
                     [("公共安全支出", 8411.6), ("卫生健康支出", 421.4), ("支出合计", 8833.0)]),
    "青溪县司法局": ([("一般公共预算拨款", 1288.7), ("政府性基金预算拨款", 120.0), ("收入合计", 1408.7)],
                     [("公共安全支出", 1351.9), ("卫生健康支出", 56.8), ("支出合计", 1408.7)]),
}


def make_budget_sheets(path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for k, (department, (income, spending)) in enumerate(_BUDGETS.items(), start=1):
        ws = wb.create_sheet(f"Sheet{k}")
        ws["A1"] = "2024年部门收支总表"
        ws.merge_cells("A1:D1")
        ws["A2"] = f"部门名称：{department}"
        ws["D2"] = "单位：万元"
        ws.append(("收入项目", "预算数", "支出项目", "预算数"))
        for (a, x), (b, y) in zip(income, spending, strict=True):
            ws.append((a, x, b, y))
    wb.save(path)


def make_project_rows(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "明细"
    ws["A1"] = "青溪县2024年部门项目支出明细表"
    ws.merge_cells("A1:H1")
    ws["A2"] = "编制单位：青溪县财政局"
    ws["H2"] = "单位：元"
    ws.append(("序号", "部门（单位）", "项目名称", "金额合计", "资金来源", None, "经济分类", "备注"))
    ws.append((None, None, None, None, "财政拨款", "其他", None, None))
    for col in "ABCDGH":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("E3:F3")
    for row in ((1, "青溪县卫生健康局", "基层医疗机构设备购置", 1850000, 1850000, None, "专用设备购置", "政府采购"),
                (2, "青溪县疾病预防控制中心", "慢病随访服务补助", 620000, 500000, 120000, "委托业务费", None),
                (None, "青溪县卫生健康局 小计", None, 2470000, 2350000, 120000, None, None),
                (3, "青溪县公安局", "天网监控运维", 2300000, 2300000, None, "维修（护）费", None),
                (None, "青溪县公安局 小计", None, 2300000, 2300000, None, None, None),
                (4, "青溪县司法局", "法律援助办案补贴", 410000, 410000, None, "委托业务费", "按案件数拨付"),
                (None, "青溪县司法局 小计", None, 410000, 410000, None, None, None),
                (None, "合计", None, 5180000, 5060000, 120000, None, None)):
        ws.append(row)
    wb.save(path)


if __name__ == "__main__":
    make_department_sheets(HERE / "青溪县_2024年_部门三公经费预算表.xlsx")
    make_one_department(HERE / "青溪县民政局_2024年_部门预算表.xlsx")
    make_budget_sheets(HERE / "青溪县_2024年_部门收支总表.xlsx")
    make_project_rows(HERE / "青溪县_2024年_部门项目明细表.xlsx")
