"""Builds two fictional tables for tests/test_school57_grouped_rows.py, each of rows grouped under headings with a
小计 line per group, a 总计 line, and count, standard and money columns ending in a 合计 column:
- 青岚县2026年中小学校公用经费及学生资助预算表.xlsx: schools under 一、小学 / 二、初中 / 三、高中（含职高）, a two-row
  header (公用经费 › 生均公用经费标准 / 公用经费预算, 学生资助 › 资助学生人数 / 资助资金); 青岚县实验学校 beside 青岚县实验小学;
  a 职业教育中心 among the schools (its name ends in no school's word); 浙江省青岚中学 (a province's school, said
  青岚中学);
- 松涧县2026年乡镇卫生院运行补助资金分配表.xlsx: health centres under 一、东片区 / 二、西片区.
Every figure is written here; the tests work theirs out from these lists."""

from pathlib import Path

from openpyxl import Workbook

# group -> (standard 元/生·年, [(school, students, budget 万元, aided, aid 万元, note)])
SCHOOLS = [
    ("一、小学", 800, [
        ("青岚县实验小学", 1800, 144.0, 90, 9.0, None),
        ("青岚县城南小学", 1200, 96.0, 60, 6.0, None),
        ("青岚县溪口镇中心小学", 75, 8.0, 8, 0.8, "按100人核定"),
        ("青岚县石门乡中心小学", 130, 10.4, 10, 1.0, None),
    ]),
    ("二、初中", 1000, [
        ("青岚县第三中学", 1500, 150.0, 100, 12.5, None),
        ("青岚县实验学校", 900, 90.0, 70, 8.75, None),
        ("青岚县溪口中学", 60, 10.0, 9, 1.13, "按100人核定"),
    ]),
    ("三、高中（含职高）", 1500, [
        ("浙江省青岚中学", 1600, 240.0, 110, 27.5, None),  # (its 资助资金 no difference of two cells: 240 − 210 = 30)
        ("青岚县第一高级中学", 1400, 210.0, 150, 37.5, None),
        ("青岚县职业教育中心", 800, 120.0, 260, 65.0, "含免学费补助"),
    ]),
]

# group -> [(centre, people served, beds, running 万元, public health 万元)]
CENTRES = [
    ("一、东片区", [
        ("松涧县大桥镇卫生院", 32000, 40, 120.0, 48.0),
        ("松涧县白沙镇卫生院", 18000, 25, 80.0, 27.0),
        ("松涧县梅岭乡卫生院", 6000, 10, 40.0, 9.0),
    ]),
    ("二、西片区", [
        ("松涧县龙潭镇卫生院", 25000, 45, 100.0, 37.5),
        ("松涧县青石乡卫生院", 4000, 8, 30.0, 6.0),
    ]),
]


def _r(x: float) -> float:
    return round(x, 2)


def build_schools(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "公用经费及资助"
    ws.merge_cells("A1:I1")
    ws["A1"] = "青岚县2026年中小学校公用经费及学生资助预算表"
    ws["A2"] = "编制单位：青岚县教育局"
    ws["H2"] = "单位：人、元、万元"
    ws.append(["序号", "学校名称", "在校学生数（人）", "公用经费", None, "学生资助", None, "合计（万元）", "备注"])
    ws.append([None, None, None, "生均公用经费标准（元/生·年）", "公用经费预算（万元）", "资助学生人数（人）", "资助资金（万元）",
               None, None])
    for a, b in (("A3", "A4"), ("B3", "B4"), ("C3", "C4"), ("H3", "H4"), ("I3", "I4")):
        ws.merge_cells(f"{a}:{b}")
    ws.merge_cells("D3:E3")
    ws.merge_cells("F3:G3")
    whole = [0.0, 0.0, 0.0, 0.0, 0.0]
    for head, standard, rows in SCHOOLS:
        ws.append([head])
        ws.merge_cells(f"A{ws.max_row}:I{ws.max_row}")
        sums = [0.0, 0.0, 0.0, 0.0, 0.0]
        for i, (name, students, budget, aided, aid, note) in enumerate(rows, 1):
            ws.append([i, name, students, standard, budget, aided, aid, _r(budget + aid), note])
            for k, v in enumerate((students, budget, aided, aid, budget + aid)):
                sums[k] += v
        word = head.split("、")[1].split("（")[0]
        ws.append([None, f"{word}小计", int(sums[0]), None, _r(sums[1]), int(sums[2]), _r(sums[3]), _r(sums[4]), None])
        whole = [w + s for w, s in zip(whole, sums, strict=True)]
    ws.append([None, "总计", int(whole[0]), None, _r(whole[1]), int(whole[2]), _r(whole[3]), _r(whole[4]), None])
    wb.save(path)


def build_centres(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "卫生院补助"
    ws.merge_cells("A1:G1")
    ws["A1"] = "松涧县2026年乡镇卫生院运行补助资金分配表"
    ws["G2"] = "单位：万元"
    ws.append(["序号", "卫生院名称", "服务人口（人）", "编制床位（张）", "基本运行补助（万元）", "公共卫生补助（万元）", "合计（万元）"])
    whole = [0.0, 0.0, 0.0, 0.0, 0.0]
    for head, rows in CENTRES:
        ws.append([head])
        ws.merge_cells(f"A{ws.max_row}:G{ws.max_row}")
        sums = [0.0, 0.0, 0.0, 0.0, 0.0]
        for i, (name, people, beds, running, health) in enumerate(rows, 1):
            ws.append([i, name, people, beds, running, health, _r(running + health)])
            for k, v in enumerate((people, beds, running, health, running + health)):
                sums[k] += v
        word = head.split("、")[1]
        ws.append([None, f"{word}小计", int(sums[0]), int(sums[1]), _r(sums[2]), _r(sums[3]), _r(sums[4])])
        whole = [w + s for w, s in zip(whole, sums, strict=True)]
    ws.append([None, "总计", int(whole[0]), int(whole[1]), _r(whole[2]), _r(whole[3]), _r(whole[4])])
    wb.save(path)


def build(folder: Path) -> list[Path]:
    schools = folder / "青岚县教育局_2026年_中小学校公用经费及学生资助预算表.xlsx"
    centres = folder / "松涧县卫生健康局_2026年_乡镇卫生院运行补助资金分配表.xlsx"
    build_schools(schools)
    build_centres(centres)
    return [schools, centres]
