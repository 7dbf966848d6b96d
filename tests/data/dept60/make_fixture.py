"""Round 60 fixture: a fictional 溪山县 — its 2026年部门收入预算表 (departments as coded lines "101 溪山县X局 小计"
above their units 101001 …) and its 农业农村局's 2026年项目支出绩效目标表 (each 资金使用单位's line above its
projects), the two tables of one department a question may mean by a unit's name. Run:
python tests/data/dept60/make_fixture.py"""

from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent

DEPARTMENTS = [
    ("101", "溪山县农业农村局", [("溪山县农业农村局（本级）", 3100.5, 2900.5, 200), ("溪山县农业技术推广中心", 420.4, 400.4, 20),
                                 ("溪山县动物疫病预防控制中心", 310.2, 300.2, 10)]),
    ("102", "溪山县民政局", [("溪山县民政局（本级）", 2500.6, 2450.6, 50), ("溪山县社会福利中心", 380.3, 300.3, 80)]),
    ("103", "溪山县人力资源和社会保障局", [("溪山县人力资源和社会保障局（本级）", 900.2, 880.2, 20),
                                           ("溪山县就业管理服务中心", 260.7, 250.7, 10), ("溪山县社会保险事业管理中心", 330.9, 320.9, 10)]),
]

# (unit, its projects (name, total)): the 目标表 of 溪山县农业农村局
UNITS = [
    ("溪山县农业农村局", [("高标准农田建设补助资金", 600.0), ("农村人居环境整治经费", 210.5), ("农业综合执法检查经费", 35.0),
                          ("执法装备购置经费", 12.0)]),
    ("溪山县农业技术推广中心", [("农作物绿色防控补助经费", 66.0), ("良种繁育推广经费", 28.5), ("耕地质量监测经费", 17.6)]),
    ("溪山县动物疫病预防控制中心", [("强制免疫补助经费", 92.4), ("病死动物无害化处理经费", 44.0)]),
]

# (unit, its purchases (item, amount)): the 政府采购预算表 of 溪山县民政局, each unit's 小计 line above its items
PURCHASES = [
    ("溪山县民政局（本级）", [("办公设备", 30.5), ("物业管理服务", 60.0)]),
    ("溪山县社会福利中心", [("护理床", 44.2), ("康复器材", 21.8)]),
    ("溪山县民政局社会救助执法队", [("执法记录仪", 9.6), ("打印机", 2.4)]),
]

GOAL = "保障项目顺利实施，提升服务水平。"
INDICATORS = ("1、1-产出指标,11-数量指标,服务覆盖村数；实施周期指标值:≥20个,年度指标值:≥20个;,2、3-满意度指标,"
              "31-服务对象满意度,服务对象满意度；实施周期指标值:≥90%,年度指标值:≥90%;")


def income_table() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "部门收入预算表"
    ws.append(["溪山县2026年部门收入预算表", None, None, None, None])
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
    wb.save(HERE / "溪山县_2026年_部门收入预算表.xlsx")


def project_table() -> None:
    head = ["项目支出绩效目标表（含转移支付项目）", "", "部门名称：溪山县农业农村局(部门) 单位：万元", "",
            "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标", ""]
    total = round(sum(t for _, ps in UNITS for _, t in ps), 2)
    lines = [*head, f"合计 {total:.2f} {total:.2f}", ""]
    for unit, projects in UNITS:
        sub = round(sum(t for _, t in projects), 2)
        lines += [f"{unit} {sub:.2f} {sub:.2f}", ""]
        for name, t in projects:
            lines += [f"    {name} {t:.2f} {t:.2f}", "", GOAL, "", INDICATORS, ""]
    (HERE / "溪山县农业农村局_2026年_项目支出绩效目标表.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def procurement_table() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "政府采购预算表"
    ws.append(["溪山县民政局2026年政府采购预算表", *[None] * 8])
    ws.append(["编制单位：溪山县民政局", *[None] * 7, "单位：万元"])
    ws.append(["序号", "单位名称", "项目名称", "采购品目", "采购方式", "数量", "计量单位", "采购预算金额", None])
    ws.append([None, None, None, None, None, None, None, "合计", "财政拨款"])
    total = round(sum(a for _, items in PURCHASES for _, a in items), 2)
    ws.append(["合计", None, None, None, None, None, None, total, total])
    k = 0
    for unit, items in PURCHASES:
        sub = round(sum(a for _, a in items), 2)
        ws.append([None, f"{unit} 小计", None, None, None, None, None, sub, sub])
        for item, amount in items:
            k += 1
            ws.append([k, unit, f"{item}购置", item, "询价", 1, "批", amount, amount])
    wb.save(HERE / "溪山县民政局_2026年_政府采购预算表.xlsx")


if __name__ == "__main__":
    income_table()
    project_table()
    procurement_table()
