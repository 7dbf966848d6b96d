"""Builds the cw58 workbook: a 部门支出决算表 of one department whose 国有资本经营预算支出 line is left blank."""

from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent


def main() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支出决算表"
    ws["A1"] = "松桥县农业农村局2024年部门支出决算表"
    ws["C2"] = "单位：万元"
    ws.append(["项目", "年初预算数", "决算数"])
    rows = [["一般公共预算财政拨款支出", 820.5, 801.26],
            ["政府性基金预算财政拨款支出", 120, 118.4],
            ["国有资本经营预算支出", None, None],
            ["支出合计", 940.5, 919.66]]
    for r in rows:
        ws.append(r)
    wb.save(HERE / "松桥县农业农村局2024年部门支出决算表.xlsx")


if __name__ == "__main__":
    main()
