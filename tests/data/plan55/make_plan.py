"""Builds 青禾县2027年巩固衔接补助资金项目计划表.xlsx: a plan table of projects with places and text cells
(项目名称, 项目类别, 建设地点 乡镇（街道）/村, 建设内容及规模, 建设起止时间, 资金规模 合计/中央/省级/县级, 受益对象,
绩效目标, 项目实施单位, a 合计 row) — other places, projects and figures than any question set's."""

from pathlib import Path

import openpyxl

ROWS = [
    ("白岭镇云雾村竹笋加工车间建设项目", "产业发展", "白岭镇", "云雾村", "新建竹笋加工车间900平方米", "2027.03-2027.10", 120, 70, 30, 20, 1, 210, 560, "竹笋年加工能力1200吨", "白岭镇人民政府"),
    ("白岭镇高山茶园提质项目", "产业发展", "白岭镇", "石门村、溪口村", "改造茶园300亩", "2027.02-2027.09", 90, 50, 25, 15, 2, 180, 470, "茶园亩均增收600元", "县农业农村局"),
    ("石桥乡红茶加工厂房项目", "产业发展", "石桥乡", "上洋村", "新建红茶加工厂房1500平方米", "2027.04-2027.12", 160, 90, 40, 30, 4, 320, 880, "厂房年租金收益20万元", "石桥乡人民政府"),
    ("石桥乡下坪村道路拓宽工程", "基础设施", "石桥乡", "下坪村", "拓宽村道2.8公里", "2027.03-2027.08", 64, 38, 16, 10, 1, 150, 410, "村道通行能力提升", "县交通运输局"),
    ("农村实用人才培训项目", "就业帮扶", "全县", "各乡镇（街道）", "开展实用技术培训16期，培训640人次", "2027.03-2027.11", 48, 30, 12, 6, 40, 640, 640, "培训后就业率65%以上", "县人力社保局"),
    ("巩固衔接资金项目管理费", "其他", "全县", None, "用于项目评审、监理和验收", "2027.01-2027.12", 30, None, None, 30, None, None, None, "项目验收合格率100%", "县农业农村局"),
    ("溪南街道集体经济联建物业项目", "产业发展", "溪南街道", "溪南社区", "购置沿街商铺600平方米", "2027.02-2027.08", 210, 120, 60, 30, 7, 900, 2400, "物业年租金收益21万元，7个村联建受益", "溪南街道办事处"),
]


def build(path: Path, title: str = "青禾县2027年巩固衔接补助资金项目计划表", rows: list[tuple] | None = None) -> None:
    """The plan table under its title (the tests build it again under another, 乡村振兴 in its title, and rows
    of other texts)."""
    rows = ROWS if rows is None else rows
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "计划表"
    ws.append([title] + [None] * 16)
    ws.append(["填报单位：青禾县农业农村局"] + [None] * 8 + ["单位：万元、个、户、人"] + [None] * 7)
    ws.append(["序号", "项目名称", "项目类别", "建设地点", None, "建设内容及规模", "建设起止时间", "资金规模（万元）", None, None, None,
               "受益对象", None, None, "绩效目标", "项目实施单位", "备注"])
    ws.append([None, None, None, "乡镇（街道）", "村", None, None, "合计", "中央资金", "省级资金", "县级资金",
               "受益村数（个）", "受益户数（户）", "受益人口（人）", None, None, None])
    for i, r in enumerate(rows, start=1):
        ws.append([i, *r[:13], r[13], r[14], None])
    sums = [sum(r[k] or 0 for r in rows) for k in (6, 7, 8, 9)]
    ws.append(["合计", None, None, None, None, None, None, *sums, None, sum(r[11] or 0 for r in rows),
               sum(r[12] or 0 for r in rows), None, None, None])
    for rng in ("A1:Q1", "A2:I2", "J2:Q2", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4", "G3:G4", "H3:K3", "L3:N3",
                "O3:O4", "P3:P4", "Q3:Q4", f"A{len(rows) + 5}:G{len(rows) + 5}"):
        ws.merge_cells(rng)
    wb.save(path)


def build_revenue(path: Path) -> None:
    """A revenue table of the same county beside it: its lines (税收收入) are no rows of the plan."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收入表"
    ws.append(["青禾县2027年一般公共预算收入预算表", None, None])
    ws.append(["单位：万元", None, None])
    ws.append(["项目", "2026年执行数", "2027年预算数"])
    for row in (("一、税收收入", 41200, 43600), ("增值税", 18300, 19100), ("企业所得税", 6200, 6650),
                ("二、非税收入", 9800, 9300), ("一般公共预算收入合计", 51000, 52900)):
        ws.append(list(row))
    ws.merge_cells("A1:C1")
    wb.save(path)


def build_application(path: Path) -> None:
    """A project application form of a bureau of the county: its lines (项目资金来源) are no columns of the plan."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "申报表"
    ws.append(["青禾县文化广电旅游局2027年项目申报表", None])
    ws.append(["项目名称", "古镇文化节经费"])
    ws.append(["项目资金来源", "县级财政"])
    ws.append(["申请金额（万元）", 35])
    ws.merge_cells("A1:B1")
    wb.save(path)


if __name__ == "__main__":
    build(Path(__file__).with_name("青禾县2027年巩固衔接补助资金项目计划表.xlsx"))
    build_revenue(Path(__file__).with_name("青禾县2027年一般公共预算收入预算表.xlsx"))
    build_application(Path(__file__).with_name("青禾县文化广电旅游局2027年项目申报表.xlsx"))
