"""Builds the fictional tables of tests/test_period55_*.py (run from the repo root; the .xlsx files are committed):
- 青岚县水利局 1-4月预算执行情况表: months as column groups (1月 … 4月, 1-4月累计), each 预算/实际/差异/差异率
  (差异率 a fraction shown as a percent), rows grouped 基本支出/项目支出 (merged) with 小计 lines and a 合计 row;
- 青岚县文旅局 分季度预算执行表: quarters as column groups (第一季度 … 第四季度, 全年), each 预算/实际;
- 青岚县白石镇财政所 月度收支表: months as rows (1月 … 6月), 预算数/实际数/执行率 as columns;
- 青岚县园林局 预算执行表: a table of the whole year only (no month, no quarter; 三月三 in a line's name)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent

_WATER = [  # (group, line, [(budget, actual) per month 1-4])
    ("基本支出", "基本工资", [(40.0, 41.5), (40.0, 39.0), (42.0, 44.1), (42.0, 40.2)]),
    ("基本支出", "办公经费", [(10.0, 6.0), (10.0, 12.5), (8.0, 8.0), (9.0, 15.3)]),
    ("项目支出", "河道保洁经费", [(20.0, 12.0), (20.0, 31.6), (25.0, 22.5), (25.0, 47.25)]),
    ("项目支出", "小型水库维修工程", [(60.0, 15.0), (60.0, 88.8), (70.0, 64.4), (70.0, 133.7)]),
]


def _pct(budget: float, actual: float) -> float:
    return round((actual - budget) / budget, 4)


def months_as_columns(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "1-4月执行分析"
    ws.append(["青岚县水利局2025年1-4月预算执行情况分析表"])
    ws.append(["编制单位：青岚县水利局", None, None, None, None, None, None, None, None, None, "单位：万元"])
    head = ["类别", "科目/项目"]
    for p in ("1月", "2月", "3月", "4月", "1-4月累计"):
        head += [p, None, None, None]
    ws.append(head)
    ws.append([None, None] + ["预算", "实际", "差异", "差异率"] * 5)

    def line(group: str | None, name: str, months: list[tuple[float, float]]) -> None:
        cells: list = [group, name]
        for b, a in months + [(sum(b for b, _ in months), sum(a for _, a in months))]:
            cells += [round(b, 2), round(a, 2), round(a - b, 2), _pct(b, a)]
        ws.append(cells)

    for group in ("基本支出", "项目支出"):
        rows = [r for r in _WATER if r[0] == group]
        for i, (_, name, months) in enumerate(rows):
            line(group if i == 0 else None, name, months)
        line(None, "小计", [(sum(r[2][m][0] for r in rows), sum(r[2][m][1] for r in rows)) for m in range(4)])
    line("合计", None, [(sum(r[2][m][0] for r in _WATER), sum(r[2][m][1] for r in _WATER)) for m in range(4)])
    ws.merge_cells("A1:V1")
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    for c in range(5):
        ws.merge_cells(start_row=3, start_column=3 + 4 * c, end_row=3, end_column=6 + 4 * c)
    ws.merge_cells("A5:A7")
    ws.merge_cells("A8:A10")
    ws.merge_cells("A11:B11")
    ws.merge_cells("A2:H2")
    for row in ws.iter_rows(min_row=5, max_row=11):
        for cell in row[2:]:
            if (cell.column - 3) % 4 == 3:
                cell.number_format = "0.00%"
    wb.save(path)


def quarters_as_columns(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分季度执行"
    ws.append(["青岚县文旅局2025年分季度预算执行表"])
    ws.append(["单位：万元"])
    ws.append(["项目"] + [x for q in ("第一季度", "第二季度", "第三季度", "第四季度", "全年") for x in (q, None)])
    ws.append([None] + ["预算", "实际"] * 5)
    rows = [("文化下乡演出补助", [(30, 18), (30, 41), (40, 35), (40, 52)]),
            ("公共图书馆运行经费", [(12, 12.6), (12, 9.4), (15, 17.2), (15, 11.8)])]
    for name, qs in rows:
        cells: list = [name]
        for b, a in qs + [(sum(b for b, _ in qs), round(sum(a for _, a in qs), 2))]:
            cells += [b, a]
        ws.append(cells)
    ws.merge_cells("A1:K1")
    ws.merge_cells("A3:A4")
    for c in range(5):
        ws.merge_cells(start_row=3, start_column=2 + 2 * c, end_row=3, end_column=3 + 2 * c)
    wb.save(path)


def months_as_rows(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "月度收支"
    ws.append(["青岚县白石镇财政所2025年月度支出执行表"])
    ws.append(["单位：万元"])
    ws.append(["月份", "预算数", "实际数", "执行率"])
    for m, (b, a) in enumerate([(80, 72.4), (80, 95.1), (90, 88.6), (90, 121.3), (100, 97.0), (100, 140.2)], start=1):
        ws.append([f"{m}月", b, a, round(a / b, 4)])
        ws.cell(ws.max_row, 4).number_format = "0.00%"
    ws.append(["合计", 540, 614.6, round(614.6 / 540, 4)])
    ws.cell(ws.max_row, 4).number_format = "0.00%"
    ws.merge_cells("A1:D1")
    wb.save(path)


def whole_year(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出"
    ws.append(["青岚县园林局2025年预算执行表"])
    ws.append(["单位：万元"])
    ws.append(["项目名称", "年初预算数", "全年预算数", "全年执行数"])
    ws.append(["城区绿化养护经费", 260, 280, 271.5])
    ws.append(["古树名木保护经费", 35, 35, 30.2])
    ws.append(["三月三民俗活动场地布置经费", 12, 12, 11.4])  # a month word inside a name: no period
    ws.append(["合计", 307, 327, 313.1])
    ws.merge_cells("A1:D1")
    wb.save(path)


if __name__ == "__main__":
    months_as_columns(HERE / "青岚县水利局2025年1-4月预算执行情况分析表.xlsx")
    quarters_as_columns(HERE / "青岚县文旅局2025年分季度预算执行表.xlsx")
    months_as_rows(HERE / "青岚县白石镇财政所2025年月度支出执行表.xlsx")
    whole_year(HERE / "青岚县园林局2025年预算执行表.xlsx")
