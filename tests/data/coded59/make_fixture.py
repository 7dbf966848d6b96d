"""Round 59 fixture: a fictional 岩前县2026年部门收入预算表 whose departments are coded lines "201 岩前县X局 小计"
above their units, each unit coded under its department (201001 …（本级）, 201002 …), no merged cell beside them,
and a 合计 line first. Run: python tests/data/coded59/make_fixture.py"""

from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent

DEPARTMENTS = [
    ("201", "岩前县卫生健康局", [("岩前县卫生健康局（本级）", 820.5, 800.5, 20), ("岩前县人民医院", 5400, 900, 4500),
                                 ("岩前县疾病预防控制中心", 610.2, 590.2, 20)]),
    ("202", "岩前县教育体育局", [("岩前县教育体育局（本级）", 1300, 1250, 50), ("岩前县第一中学", 3900.8, 3600.8, 300)]),
    ("203", "岩前县自然资源和规划局", [("岩前县自然资源和规划局（本级）", 980, 900, 80), ("岩前县测绘院", 240.6, 200.6, 40)]),
]


def main() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "部门收入预算表"
    ws.append(["岩前县2026年部门收入预算表", None, None, None, None])
    ws.merge_cells("A1:E1")
    ws.append(["单位：万元", None, None, None, None])
    ws.append(["单位编码", "单位名称", "合计", "一般公共预算拨款", "单位资金"])
    rows = []
    for code, name, units in DEPARTMENTS:
        rows.append([code, f"{name} 小计", round(sum(u[1] for u in units), 2), round(sum(u[2] for u in units), 2),
                     round(sum(u[3] for u in units), 2)])
        rows += [[f"{code}{k:03d}", u[0], u[1], u[2], u[3]] for k, u in enumerate(units, start=1)]
    heads = [r for r in rows if len(r[0]) == 3]
    ws.append([None, "合计", *(round(sum(r[i] for r in heads), 2) for i in (2, 3, 4))])
    for r in rows:
        ws.append(r)
    wb.save(HERE / "岩前县_2026年_部门收入预算表.xlsx")


if __name__ == "__main__":
    main()
