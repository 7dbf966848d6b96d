"""Build the fictional 青岚市 tables of tests/test_names56_short_names.py (run once; the files are committed).

Run: PYTHONPATH=. /work/main/.venv/bin/python tests/data/names56/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
DEPT = "青岚市民政局"

# (name, total, fiscal, other, goal, [(level1, level2, indicator, value)])
PROJECTS = [
    ("城乡最低生活保障资金", "2100.00", "2100.00", "", "保障全市城乡低保对象基本生活，按月足额发放城乡最低生活保障金。",
     [("1-产出指标", "11-数量指标", "城乡低保保障人数", "≥5200人"), ("1-产出指标", "14-成本指标", "城乡低保保障标准", "每人每月760元")]),
    ("特困人员救助供养资金", "640.40", "640.40", "", "保障全市特困人员基本生活，落实分散供养和集中供养特困人员基本生活费。",
     [("1-产出指标", "11-数量指标", "特困供养人员数量", "≥800人"), ("3-满意度指标", "31-服务对象满意度", "特困供养对象满意度", "≥90%")]),
    ("居家和社区养老服务补助资金", "512.30", "450.00", "62.30", "对全市居家社区养老服务照料中心给予运营补助。",
     [("1-产出指标", "11-数量指标", "照料中心运营补助数量", "≥30个")]),
    ("福利院养老护理服务购买经费", "233.50", "200.00", "33.50", "购买福利院老人生活照料和护理服务，提升机构养老服务质量。",
     [("1-产出指标", "11-数量指标", "护理服务老人数", "≥260人")]),
    ("福利院设施设备维修改造经费", "88.00", "88.00", "", "对福利院老年公寓及消防、电梯等设施设备进行维修改造，消除安全隐患。",
     [("1-产出指标", "11-数量指标", "维修改造面积", "≥1800平方米")]),
    ("殡仪馆火化设备尾气处理系统改造经费", "156.00", "156.00", "", "改造火化炉尾气处理设备，实现达标排放。",
     [("1-产出指标", "11-数量指标", "改造火化炉尾气处理设备数量", "4台")]),
    ("便民服务大厅运行经费", "46.00", "46.00", "", "保障便民服务大厅正常运转，包括安保、保洁、设备维修护费等。",
     [("1-产出指标", "11-数量指标", "大厅开放天数", "≥250天")]),
]


# Another place's 人社局 with a table of its own (its projects a centre's, no 本级 line): "人社局" names it, "青岚人社局"
# only the line of 青岚's table
OTHER_DEPT = "溪口县人力资源和社会保障局"
OTHER_PROJECTS = [
    ("就业创业补助资金", "300.00", "300.00", "", "落实就业创业扶持政策。", [("1-产出指标", "11-数量指标", "城镇新增就业人数", "≥900人")]),
    ("高校毕业生“三支一扶”社会保险补贴资金", "45.00", "45.00", "", "为服务期内“三支一扶”人员缴纳社会保险。",
     [("1-产出指标", "11-数量指标", "补贴人数", "≥60人")]),
]


def project_table(dept: str = DEPT, projects: list | None = None, unit: str = "") -> str:
    projects = PROJECTS if projects is None else projects
    total = sum(float(p[1]) for p in projects)
    fiscal = sum(float(p[2]) for p in projects)
    other = sum(float(p[3] or 0) for p in projects)
    lines = ["", "项目支出绩效目标表（含转移支付项目）", "", f"部门名称：{dept}(部门) 单位：万元", "",
             "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标", "",
             f"合计 {total:.2f} {fiscal:.2f} {other:.2f}", "", f"{unit or dept} {total:.2f} {fiscal:.2f} {other:.2f}", ""]
    for name, amount, fiscal_, other_, goal, indicators in projects:
        lines += [f"    {name} {amount} {fiscal_}" + (f" {other_}" if other_ else ""), "", goal, ""]
        said = [f"{k + 1}、{a},{b},{n}；实施周期指标值:{v},年度指标值:{v};" for k, (a, b, n, v) in enumerate(indicators)]
        lines += [",".join(said), ""]
    return "\n".join(lines) + "\n"


def department_table(path: Path) -> None:
    """A place's 部门支出预算表: each department merged down column A over its units and its 小计 row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门支出预算表"
    ws.append(["青岚市2025年部门支出预算表"] + [None] * 8)
    ws.append([None] * 8 + ["单位：万元"])
    ws.append(["部门名称", "单位编码", "单位名称", "合计", "按支出性质分", None, "按资金来源分", None, None])
    ws.append([None, None, None, None, "基本支出", "项目支出", "财政拨款", "财政专户管理资金", "单位资金"])
    groups = [
        ("青岚市民政局", "208", [("青岚市民政局", 3900.0, 300.0), ("青岚市福利院", 900.0, 480.0)]),
        ("青岚市人力资源和社会保障局", "221", [("青岚市人力资源和社会保障局", 2400.0, 1500.0),
                                       ("青岚市公共就业服务中心", 1100.0, 700.0)]),
        ("青岚市卫生健康局", "231", [("青岚市卫生健康局", 5200.0, 4100.0), ("青岚市疾病预防控制中心", 2600.0, 900.0),
                               ("青岚市妇幼保健院", 1700.0, 600.0)]),
        ("青岚市残疾人联合会", "237", [("青岚市残疾人联合会", 1300.0, 1100.0), ("青岚市残疾人康复服务中心", 420.0, 290.0)]),
    ]
    ws.merge_cells("A1:I1")
    for c in "ABCD":
        ws.merge_cells(f"{c}3:{c}4")
    ws.merge_cells("E3:F3")
    ws.merge_cells("G3:I3")
    row = 5
    grand = [0.0, 0.0, 0.0]
    for dept, code, units in groups:
        first = row
        sums = [0.0, 0.0, 0.0]
        for k, (unit, total, project) in enumerate(units):
            ws.append([dept if k == 0 else None, f"{code}{k + 1:03d}", unit, total, total - project, project, total, 0, 0])
            sums = [sums[0] + total, sums[1] + total - project, sums[2] + project]
            row += 1
        ws.append([None, None, "小计", sums[0], sums[1], sums[2], sums[0], 0, 0])
        ws.merge_cells(f"A{first}:A{row}")
        row += 1
        grand = [g + s for g, s in zip(grand, sums, strict=True)]
    ws.append(["合计", None, None, grand[0], grand[1], grand[2], grand[0], 0, 0])
    ws.merge_cells(f"A{row}:C{row}")
    wb.save(path)


def economic_table(path: Path) -> None:
    """The department's 一般公共预算基本支出经济分类预算表, a line of which holds 养老 (基本养老保险缴费)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "基本支出经济分类"
    ws.append([f"{DEPT}2025年一般公共预算基本支出经济分类预算表"] + [None] * 5)
    ws.append([f"部门名称：{DEPT}"] + [None] * 4 + ["单位：万元"])
    ws.append(["科目编码", "科目名称", "2025年预算数", None, None, None])
    ws.append([None, None, "合计", "人员经费", "公用经费", None])
    rows = [(None, "合计", 780.0, 600.0, 180.0), ("301", "工资福利支出", 600.0, 600.0, None),
            ("30101", "基本工资", 310.0, 310.0, None), ("30108", "机关事业单位基本养老保险缴费", 92.5, 92.5, None),
            ("30112", "其他社会保障缴费", 197.5, 197.5, None), ("302", "商品和服务支出", 180.0, None, 180.0),
            ("30201", "办公费", 150.0, None, 150.0), ("30229", "福利费", 30.0, None, 30.0)]
    for r in rows:
        ws.append([*r, None])
    ws.merge_cells("A1:F1")
    ws.merge_cells("C3:E3")
    wb.save(path)


if __name__ == "__main__":
    (HERE / f"{DEPT}2025年项目支出绩效目标表.txt").write_text(project_table(), encoding="utf-8")
    (HERE / f"{OTHER_DEPT}2025年项目支出绩效目标表.txt").write_text(project_table(OTHER_DEPT, OTHER_PROJECTS, "溪口县就业服务中心"),
                                                                 encoding="utf-8")
    department_table(HERE / "青岚市2025年部门支出预算表.xlsx")
    economic_table(HERE / f"{DEPT}2025年一般公共预算基本支出经济分类预算表.xlsx")
