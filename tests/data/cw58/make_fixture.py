"""Builds the cw58 workbooks: a 部门支出决算表 of one department whose 国有资本经营预算支出 line is left blank, and a
就业 figures table whose lines name 就业补贴 (never 创业补贴)."""

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

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "完成情况"
    ws["A1"] = "松桥县人力资源和社会保障局2024年就业工作指标完成情况表"
    ws["C2"] = "单位：万元"
    ws.append(["指标", "年度指标值", "全年完成值"])
    for r in [["城镇新增就业人数（人）", 3200, 3415],
              ["低保就业补贴发放及时率（%）", 95, 100],
              ["就业见习补贴发放人数（人）", 150, 162]]:
        ws.append(r)
    wb.save(HERE / "松桥县人力资源和社会保障局2024年就业工作指标完成情况表.xlsx")


if __name__ == "__main__":
    main()
