"""Build the fictional 青岚县 tables of tests/test_cw56_items.py (run from the repository root):
a 档案局 基本支出经济分类预算表 (2024 beside 2025, 301 › 30101 lines, two-character lines 奖金 and 水费), the county's
部门支出预算表 (档案局 and 人社局 with their units and 小计 rows) and the 档案局's 项目支出绩效目标表 text (2025)."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
DEPT = "青岚县档案局(部门)"
HEADER = f"部门名称：{DEPT} 单位：万元\n\n项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n"
LEVELS = {"数量": ("1-产出指标", "11-数量指标"), "质量": ("1-产出指标", "12-质量指标"),
          "成本": ("1-产出指标", "14-成本指标"), "满意": ("3-满意度指标", "31-服务对象满意度")}
PROJECTS = [
    ("档案数字化扫描经费", "320.00", "档案数字化扫描，提升档案利用效率。",
     [("数量", "档案数字化扫描页数", "≥50万页"), ("质量", "扫描图像合格率", "≥98%"), ("成本", "每页扫描单价", "每页0.6元")]),
    ("档案库房运营补助资金", "180.00", "保障档案库房正常运营，改善保管条件。",
     [("数量", "库房运营补助数量", "≥6个"), ("满意", "查档群众满意度", "≥90%")]),
    ("城乡最低生活保障档案整理经费", "40.00", "整理低保对象档案。",
     [("数量", "低保档案整理卷数", "≥2000卷")]),
]
# (code, name, 2024, 2025) under each class
ECON = [
    ("301", "工资福利支出", [("30101", "基本工资", "200.00", "210.00"), ("30103", "奖金", "40.00", "41.00")]),
    ("302", "商品和服务支出", [("30201", "办公费", "30.00", "27.00"), ("30205", "水费", "10.00", "10.50"),
                         ("30211", "差旅费", "8.00", "7.20"), ("30226", "劳务费", "12.00", "15.00")]),
    ("310", "资本性支出", [("31002", "办公设备购置", "20.00", "10.00")]),
]
UNITS = [("青岚县档案局", [("青岚县档案局", "200.70", "460.00"), ("青岚县档案馆", "120.00", "80.00")]),
         ("青岚县人力资源和社会保障局", [("青岚县人力资源和社会保障局", "400.00", "900.00"),
                            ("青岚县就业服务中心", "150.00", "600.00")])]


def project_text() -> str:
    total = sum(D(p[1]) for p in PROJECTS)
    s = "\n项目支出绩效目标表（含转移支付项目）\n\n" + HEADER + f"合计 {total:.2f} {total:.2f}\n\n"
    s += f"青岚县档案局 {total:.2f} {total:.2f}\n\n"
    for name, amount, goal, indicators in PROJECTS:
        s += f"    {name} {amount} {amount}\n\n{goal}\n\n"
        parts = [f"{i}、{LEVELS[k][0]},{LEVELS[k][1]},{n}；实施周期指标值:{v},年度指标值:{v};"
                 for i, (k, n, v) in enumerate(indicators, 1)]
        s += ",".join(parts) + "\n\n"
    return s


def econ_table() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "基本支出经济分类"
    ws.append(["青岚县档案局2025年一般公共预算基本支出经济分类预算表"])
    ws.merge_cells("A1:H1")
    ws.append(["部门名称：青岚县档案局", "", "", "", "", "", "", "单位：万元"])
    ws.append(["科目编码", "科目名称", "2024年预算数", "2025年预算数", "", "", "2025年比2024年增减", ""])
    ws.append(["", "", "", "合计", "人员经费", "公用经费", "增减额", "增减率（%）"])
    for rng in ("A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:H3"):
        ws.merge_cells(rng)
    rows, t24, t25, staff = [], D(0), D(0), D(0)
    for code, name, items in ECON:
        a, b = sum(D(i[2]) for i in items), sum(D(i[3]) for i in items)
        t24, t25, staff = t24 + a, t25 + b, staff + (b if code == "301" else 0)
        rows.append((code, name, a, b, code == "301"))
        rows += [(c, n, D(x), D(y), code == "301") for c, n, x, y in items]

    def line(code: str, name: str, a: D, b: D, people: bool | None) -> list:
        own = [b if people else None, None if people else b] if people is not None else [staff, t25 - staff]
        return [code, name, float(a), float(b), *[None if v is None else float(v) for v in own], float(b - a),
                float(((b - a) / a * 100).quantize(D("0.01")))]

    ws.append(line("", "合计", t24, t25, None))
    for r in rows:
        ws.append(line(*r))
    wb.save(HERE / "青岚县档案局2025年一般公共预算基本支出经济分类预算表.xlsx")


def department_table() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门支出预算表"
    ws.append(["青岚县2025年部门支出预算表"])
    ws.merge_cells("A1:F1")
    ws.append(["", "", "", "", "", "单位：万元"])
    ws.append(["部门名称", "单位编码", "单位名称", "合计", "按支出性质分", ""])
    ws.append(["", "", "", "", "基本支出", "项目支出"])
    for rng in ("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3"):
        ws.merge_cells(rng)
    grand = [D(0)] * 3
    for n, (dept, units) in enumerate(UNITS):
        start, sub = ws.max_row + 1, [D(0)] * 3
        for i, (unit, basic, project) in enumerate(units, 1):
            vals = [D(basic) + D(project), D(basic), D(project)]
            sub = [x + y for x, y in zip(sub, vals, strict=True)]
            ws.append([dept, f"{150 + n}00{i}", unit, *[float(v) for v in vals]])
        ws.append([dept, "", "小计", *[float(v) for v in sub]])
        ws.merge_cells(f"A{start}:A{ws.max_row}")
        grand = [x + y for x, y in zip(grand, sub, strict=True)]
    ws.append(["合计", "", "", *[float(v) for v in grand]])
    ws.merge_cells(f"A{ws.max_row}:C{ws.max_row}")
    wb.save(HERE / "青岚县2025年部门支出预算表.xlsx")


if __name__ == "__main__":
    (HERE / "青岚县档案局2025年项目支出绩效目标表.txt").write_text(project_text(), encoding="utf-8")
    econ_table()
    department_table()
