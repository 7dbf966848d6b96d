"""Round 63 fixture: a fictional 南屏县2026年部门基本支出预算明细表 — six departments, each a coded 小计 line
("103南屏县教育局小计") above its units coded under it ("103001南屏县教育局" is its own unit, 本级), a 合计 line
first, and two header rows (社会保障缴费 merged over its printed 小计 and two kinds, 公用经费 over
two kinds alone); beside it a 北岭市人力资源和社会保障局
table, so that 人社局 is a name two places' departments share. Run: python tests/data/wage63/make_fixture.py"""

from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent

# unit: 基本工资, 津贴补贴, 养老保险缴费, 医疗保险缴费, 办公费, 差旅费
DEPARTMENTS = [
    ("101", "南屏县财政局", [("南屏县财政局", 210.4, 150.2, 40.1, 20.3, 12.5, 6.2),
                            ("南屏县会计核算中心", 60.8, 22.6, 11.2, 5.7, 3.1, 1.4)]),
    ("103", "南屏县教育局", [("南屏县教育局", 180.6, 95.3, 33.8, 17.2, 9.9, 4.8),
                            ("南屏县第一中学", 820.2, 310.7, 150.6, 76.1, 40.2, 8.3),
                            ("南屏县实验小学", 540.9, 205.1, 98.4, 49.9, 25.6, 5.1)]),
    ("105", "南屏县人力资源和社会保障局", [("南屏县人力资源和社会保障局", 150.3, 110.8, 28.9, 14.6, 8.8, 3.9),
                                          ("南屏县就业服务中心", 70.1, 30.4, 13.3, 6.8, 4.2, 2.1),
                                          ("南屏县人才交流中心", 45.7, 18.9, 8.6, 4.4, 2.9, 1.2),
                                          ("南屏县劳动保障监察大队", 52.3, 24.6, 9.9, 5.1, 3.3, 1.8)]),
    ("107", "南屏县农业农村局", [("南屏县农业农村局", 230.5, 160.4, 43.7, 22.1, 13.6, 7.7),
                                ("南屏县农技推广站", 120.2, 48.3, 22.8, 11.5, 6.4, 3.3),
                                ("南屏县畜牧兽医服务中心", 98.6, 40.2, 18.7, 9.4, 5.2, 2.6)]),
    ("109", "南屏县卫生健康局", [("南屏县卫生健康局", 140.9, 99.6, 26.7, 13.5, 8.1, 3.6),
                                ("南屏县妇幼保健院", 610.4, 230.9, 115.9, 58.6, 30.3, 6.9)]),
    ("111", "南屏县水利局", [("南屏县水利局", 110.7, 80.5, 21.0, 10.6, 6.7, 3.1),
                            ("南屏县水库管理所", 66.3, 25.8, 12.6, 6.3, 3.6, 1.9)]),
]


def _row(code: str, name: str, v: tuple[float, ...]) -> list:
    return [code, name, round(sum(v), 2), *v[:2], round(v[2] + v[3], 2), *v[2:4], *v[4:6]]  # (公用经费: no 小计 printed)


def main() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "基本支出明细"
    width = 10
    ws.append(["南屏县2026年部门基本支出预算明细表", *[None] * (width - 1)])
    ws.merge_cells("A1:J1")
    ws.append(["编制单位：南屏县财政局", *[None] * (width - 2), "单位：万元"])
    ws.append(["单位编码", "单位名称", "合计", "基本工资", "津贴补贴", "社会保障缴费", None, None, "公用经费", None])
    ws.append([None, None, None, None, None, "小计", "养老保险缴费", "医疗保险缴费", "办公费", "差旅费"])
    for col in "ABCDE":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("F3:H3")
    ws.merge_cells("I3:J3")
    rows, heads = [], []
    for code, name, units in DEPARTMENTS:
        total = tuple(round(sum(u[i] for u in units), 2) for i in range(1, 7))
        heads.append(total)
        rows.append(_row(code, f"{name}小计", total))
        rows += [_row(f"{code}{k:03d}", f"  {u[0]}", u[1:]) for k, u in enumerate(units, start=1)]
    whole = tuple(round(sum(h[i] for h in heads), 2) for i in range(6))
    ws.append(_row(None, "合计", whole))
    for r in rows:
        ws.append(r)
    wb.save(HERE / "南屏县2026年部门基本支出预算明细表.xlsx")

    wb = Workbook()
    ws = wb.active
    ws.title = "收支总表"
    ws.append(["北岭市人力资源和社会保障局2026年部门收支预算总表", None])
    ws.merge_cells("A1:B1")
    ws.append(["单位：万元", None])
    ws.append(["项目", "预算数"])
    for label, value in [("一般公共预算拨款收入", 3120.5), ("事业收入", 210.0), ("收入合计", 3330.5),
                         ("社会保障和就业支出", 2980.4), ("住房保障支出", 350.1), ("支出合计", 3330.5)]:
        ws.append([label, value])
    wb.save(HERE / "北岭市人力资源和社会保障局2026年部门收支预算总表.xlsx")


if __name__ == "__main__":
    main()
