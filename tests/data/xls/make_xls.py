"""Makes the .xls fixtures (old Excel binary format) of tests/test_xls.py. Needs xlwt, which writes that
format and is not a dependency: `pip install --target /tmp/xlwtlib xlwt`, then
`PYTHONPATH=/tmp/xlwtlib python tests/data/xls/make_xls.py`. The files are committed; the tests only read."""

from pathlib import Path

import xlwt

HERE = Path(__file__).resolve().parent


def general() -> None:
    """A county bureau's execution table: title, unit line, a two-level header with merged groups, a
    group of rows under a merged cell, a percent column and a 合计 row."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("执行情况")
    pct = xlwt.easyxf(num_format_str="0.0%")
    ws.write_merge(0, 0, 0, 5, "岚溪县水利局2025年项目支出执行情况表")
    ws.write(1, 5, "单位：万元")
    ws.write_merge(2, 3, 0, 0, "类别")
    ws.write_merge(2, 3, 1, 1, "项目名称")
    ws.write_merge(2, 2, 2, 3, "预算")
    ws.write(3, 2, "年初预算")
    ws.write(3, 3, "调整后预算")
    ws.write_merge(2, 3, 4, 4, "已支出")
    ws.write_merge(2, 3, 5, 5, "执行率")
    rows = [("工程类", "小型水库除险加固", 320, 356.5, 301.2), ("工程类", "农村饮水工程维修", 140, 140, 98),
            ("管理类", "河湖长制工作经费", 45, 42, 40.5), ("管理类", "水资源监测经费", 28.6, 28.6, 12.3)]
    for i, (group, name, start, adjusted, spent) in enumerate(rows, start=4):
        ws.write(i, 1, name)
        ws.write(i, 2, start)
        ws.write(i, 3, adjusted)
        ws.write(i, 4, spent)
        ws.write(i, 5, round(spent / adjusted, 4), pct)
    ws.write_merge(4, 5, 0, 0, "工程类")
    ws.write_merge(6, 7, 0, 0, "管理类")
    ws.write(8, 0, "合计")
    ws.write(8, 2, 533.6)
    ws.write(8, 3, 567.1)
    ws.write(8, 4, 452)
    ws.write(8, 5, round(452 / 567.1, 4), pct)
    wb.save(str(HERE / "lanxi_slj_2025_execution.xls"))


if __name__ == "__main__":
    general()
