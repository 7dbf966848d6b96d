"""Make the workbooks of tests/test_sheets53_department_sheets.py (fictional figures, 青溪县):

- 青溪县_2024年_部门三公经费预算表.xlsx: one sheet per department, each a "三公"经费 table (项目 | 2023年预算 |
  2024年预算 | 增减), its department named by the sheet's name alone (卫健委, 公安局) or by a 编制单位 line under a
  title naming only the place (司法局's sheet is called "表3");
- 青溪县民政局_2024年_部门预算表.xlsx: one department's tables of two kinds on two sheets (收支总表, 三公经费):
  one document, as before.

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


if __name__ == "__main__":
    make_department_sheets(HERE / "青溪县_2024年_部门三公经费预算表.xlsx")
    make_one_department(HERE / "青溪县民政局_2024年_部门预算表.xlsx")
