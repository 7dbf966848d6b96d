"""Builds 临江县_2026年1-9月_部门预算执行进度表.xlsx (fictional): numbered departments, some with indented units and a
小计, a 序时进度 column and its 与序时进度差, and a second sheet by 基本支出 / 项目支出 (departments only)."""

from pathlib import Path

import openpyxl

# (序号, name, 年初预算数, 调整后预算数, 1-9月累计支出); None figures: a department's heading row
ROWS = [
    (1, "临江县教育局", None, None, None),
    (None, "  临江县教育局本级", 2000.0, 2100.0, 1650.0),
    (None, "  临江县实验中学", 3000.0, 3200.0, 2560.0),
    (None, "  小计", 5000.0, 5300.0, 4210.0),
    (2, "临江县公安局", 6000.0, 6400.0, 5050.0),
    (3, "临江县水利局", None, None, None),
    (None, "  临江县水利局本级", 2500.0, 2600.0, 1700.0),
    (None, "  临江县河道管理站", 900.0, 950.0, 760.0),
    (None, "  小计", 3400.0, 3550.0, 2460.0),
    (4, "临江县民政局", 1800.0, 1900.0, 1250.0),
    (5, "临江县交通运输局", 2200.0, 2300.0, 1840.0),
]
PACE = 0.75


def build(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "按部门"
    ws.append(["临江县2026年1-9月部门预算执行进度表"])
    ws.append(["数据截至：2026年9月30日", None, None, None, "单位：万元"])
    ws.append(["序号", "部门（单位）名称", "年初预算数", "调整后预算数", "1-9月累计支出", "执行率", "序时进度", "与序时进度差"])
    for n, name, plan, adjusted, spent in ROWS:
        rate = round(spent / adjusted, 4) if spent and adjusted else None
        ws.append([n, name, plan, adjusted, spent, rate, PACE if rate else None, round(rate - PACE, 4) if rate else None])
    whole = [r for r in ROWS if r[2] is not None and (r[0] or r[1].strip() == "小计")]
    total = [round(sum(r[k] for r in whole), 2) for k in (2, 3, 4)]  # type: ignore[misc]
    rate = round(total[2] / total[1], 4)
    ws.append([None, "合计", *total, rate, PACE, round(rate - PACE, 4)])
    for row in ws.iter_rows(min_row=4, min_col=6, max_col=8):
        for cell in row:
            cell.number_format = "0.00%"
    ws.merge_cells("A1:H1")
    kinds = wb.create_sheet("按支出类型")
    kinds.append(["临江县2026年1-9月部门预算执行进度表（分基本支出和项目支出）"])
    kinds.append(["单位：万元"])
    kinds.append(["序号", "部门名称", "基本支出", None, None, "项目支出", None, None, "总执行率"])
    kinds.append([None, None, "调整后预算数", "1-9月支出", "执行率", "调整后预算数", "1-9月支出", "执行率", None])
    kinds.merge_cells("C3:E3")
    kinds.merge_cells("F3:H3")
    departments = [(1, "临江县教育局", 5300.0, 4210.0), (2, "临江县公安局", 6400.0, 5050.0),
                   (3, "临江县水利局", 3550.0, 2460.0), (4, "临江县民政局", 1900.0, 1250.0),
                   (5, "临江县交通运输局", 2300.0, 1840.0)]
    for n, name, adjusted, spent in departments:
        basic, basic_spent = round(adjusted * 0.6, 2), round(spent * 0.65, 2)
        proj, proj_spent = round(adjusted - basic, 2), round(spent - basic_spent, 2)
        kinds.append([n, name, basic, basic_spent, round(basic_spent / basic, 4), proj, proj_spent,
                      round(proj_spent / proj, 4), round(spent / adjusted, 4)])
    wb.save(path)


if __name__ == "__main__":
    build(Path(__file__).resolve().parent / "临江县_2026年1-9月_部门预算执行进度表.xlsx")
