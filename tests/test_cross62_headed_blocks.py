"""A 部门财政拨款支出预算表 crossing 功能分类 and 经济分类: a 合计 line first, then per department a heading row
"部门：某局" that prints no figures, its 类/款/项 lines (科目编码 / 科目名称) and a 小计 line closing it; columns 合计,
then 基本支出 and 项目支出 each split by 经济分类 with a 小计 column, under two header rows. Each block is its
department's table (its 小计 line its whole), the 合计 line the place's."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over
from target_tables import Item, Unit, render

from bot.engine import Engine
from bot.ingest.formats import read_documents

# per 项 line: 基本支出 (工资福利, 商品和服务, 对个人和家庭的补助), 项目支出 (商品和服务, 资本性, 对个人和家庭的补助)
_DEPARTMENTS = {
    "青禾县水利局": [
        ("213", "农林水支出", [("21303", "水利", [
            ("2130301", "行政运行", (410.5, 60.2, 1.3), (0, 0, 0)),
            ("2130305", "水利工程建设", (0, 0, 0), (120.0, 350.0, 0))])]),
        ("221", "住房保障支出", [("22102", "住房改革支出", [
            ("2210201", "住房公积金", (38.4, 0, 0), (0, 0, 0))])]),
    ],
    "青禾县教育局": [
        ("205", "教育支出", [("20502", "普通教育", [
            ("2050202", "小学教育", (2200.0, 310.0, 45.0), (180.0, 600.0, 90.0)),
            ("2050203", "初中教育", (1500.0, 220.0, 30.0), (140.0, 0, 60.0))])]),
        ("221", "住房保障支出", [("22102", "住房改革支出", [
            ("2210201", "住房公积金", (260.0, 0, 0), (0, 0, 0))])]),
    ],
    "青禾县农业农村局": [
        ("213", "农林水支出", [("21301", "农业农村", [
            ("2130101", "行政运行", (330.0, 41.0, 2.0), (0, 0, 0)),
            ("2130122", "农业生产发展", (0, 0, 0), (95.0, 40.0, 720.0))])]),
        ("221", "住房保障支出", [("22102", "住房改革支出", [
            ("2210201", "住房公积金", (29.6, 0, 0), (0, 0, 0))])]),
    ],
}


def _figures(basic: tuple[float, ...], project: tuple[float, ...]) -> list[float | None]:
    """合计, 基本支出 小计 and its three, 项目支出 小计 and its three; a blank for nothing budgeted."""
    cells = [sum(basic) + sum(project), sum(basic), *basic, sum(project), *project]
    return [round(x, 2) or None for x in cells]


def _add(a: list[float | None], b: list[float | None]) -> list[float | None]:
    return [round((x or 0) + (y or 0), 2) or None for x, y in zip(a, b, strict=True)]


def _department_rows(lines) -> tuple[list[list], list[float | None]]:
    rows: list[list] = []
    whole: list[float | None] = [None] * 9
    for code, name, kuans in lines:
        class_rows: list[list] = []
        class_sum: list[float | None] = [None] * 9
        for kcode, kname, items in kuans:
            item_rows = [[icode, "    " + iname, *_figures(b, p)] for icode, iname, b, p in items]
            kuan_sum: list[float | None] = [None] * 9
            for r in item_rows:
                kuan_sum = _add(kuan_sum, r[2:])
            class_rows += [[kcode, "  " + kname, *kuan_sum], *item_rows]
            class_sum = _add(class_sum, kuan_sum)
        rows += [[code, name, *class_sum], *class_rows]
        whole = _add(whole, class_sum)
    return rows, whole


def cross_table(path: Path) -> None:
    """Laid out as published: title, 编制单位 and unit line, two header rows, the 合计 line, the blocks."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "财政拨款支出(功能×经济)"
    ws.append(["青禾县2027年部门财政拨款支出预算表（功能分类和经济分类交叉）"])
    ws.append(["编制单位：青禾县财政局", *[None] * 9, "单位：万元"])
    ws.append(["科目编码", "科目名称", "合计", "基本支出", None, None, None, "项目支出", None, None, None])
    ws.append([None, None, None, "小计", "工资福利支出", "商品和服务支出", "对个人和家庭的补助",
               "小计", "商品和服务支出", "资本性支出", "对个人和家庭的补助"])
    blocks, total = [], [None] * 9
    for department, lines in _DEPARTMENTS.items():
        rows, whole = _department_rows(lines)
        blocks.append((department, rows, whole))
        total = _add(total, whole)
    ws.append([None, "合计", *total])
    merges = ["A1:K1", "A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:K3"]
    for department, rows, whole in blocks:
        ws.append([f"部门：{department}"])
        merges.append(f"A{ws.max_row}:K{ws.max_row}")
        for r in rows:
            ws.append(r)
        ws.append([None, "小计", *whole])
    ws.append(["注：空白表示无预算安排。"])
    for cells in merges:
        ws.merge_cells(cells)
    wb.save(path)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("cross62_tables")
    cross_table(d / "qinghe_cross.xlsx")
    # the 教育局's 项目支出绩效目标表 beside it: its own 合计 and 财政拨款 of its projects
    (d / "qinghe_jyj_targets.txt").write_text(render("青禾县教育局", "330.00 300.00 30.00", [
        Unit("青禾县教育局", "330.00 300.00 30.00", [
            Item("校园安全设施改造经费", "210.00 180.00 30.00", "完成中小学校园安全设施改造。",
                 [("11", "改造学校数量", "≥12所", "≥12所"), ("31", "师生满意度", "≥90%", "≥90%")]),
            Item("教师培训经费", "120.00 120.00", "开展全县中小学教师全员培训。",
                 [("11", "培训教师人次", "≥1500人次", "≥1500人次"), ("13", "培训完成时间", "2027年11月底前", "2027年11月底前")]),
        ])]), encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def engine(folder: Path, tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("cross62_db") / "kb.sqlite", [folder])


def test_each_headed_block_is_its_departments_table(folder: Path) -> None:
    docs = [d for d, _ in read_documents(folder / "qinghe_cross.xlsx")]  # (read apart from the targets table)
    assert [d.department for d in docs] == ["青禾县", "青禾县水利局", "青禾县教育局", "青禾县农业农村局"]
    water = docs[1]
    assert {f.row[-1] for f in water.facts} >= {"小计", "2210201住房公积金"}
    assert not any("教育" in f.row[-1] for f in water.facts)  # another block's lines are never its own
    assert next(f.number for f in docs[0].facts if f.col == ("合计",)) == 7873.0  # the place's 合计 line


@pytest.mark.parametrize(("question", "figure", "never"), [
    ("教育局财政拨款支出一共多少", "5635", "7873"),
    ("水利局基本支出多少", "510.4", "980.4"),
    ("教育局项目支出里资本性支出多少", "600", "1070"),
    ("农业农村局基本支出里工资福利支出多少", "359.6", "402.6"),
    ("教育局对个人和家庭的补助项目支出多少", "150", "75"),
])
def test_a_departments_figure_is_its_subtotal_line(engine: Engine, question: str, figure: str, never: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and figure in a.text and never not in a.text, a.text


@pytest.mark.parametrize(("question", "figure", "never"), [
    ("水利局行政运行的工资福利支出", "410.5", "330"),
    ("教育局初中教育财政拨款支出多少", "1950", "5375"),
    ("农业农村局农业农村的资本性支出", "40", "350"),
    ("水利局住房公积金多少", "38.4", "260"),
])
def test_a_line_inside_a_department(engine: Engine, question: str, figure: str, never: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and figure in a.text and never not in a.text, a.text


@pytest.mark.parametrize(("question", "figure", "never"), [
    # the table's kind said (财政拨款支出预算): its department's 小计 line, not the 目标表's 财政拨款 合计
    ("青禾县教育局财政拨款支出预算合计多少", "5635", "300"),
    ("教育局财政拨款支出一共多少", "5635", "330"),
])
def test_the_kind_said_chooses_the_departments_table(engine: Engine, question: str, figure: str, never: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and figure in a.text and never not in a.text, a.text


@pytest.mark.parametrize(("question", "first", "figure", "never"), [
    ("青禾县哪个部门基本支出最多", "青禾县教育局", "4565", "5635"),
    ("青禾县哪个部门项目支出最少", "青禾县水利局", "470", "980.4"),
    ("青禾县哪个部门财政拨款支出最少", "青禾县水利局", "980.4", "470"),
])
def test_departments_ranked_by_the_column_said(engine: Engine, question: str, first: str, figure: str,
                                               never: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and a.text.startswith(first) and figure in a.text and never not in a.text, a.text


@pytest.mark.parametrize(("question", "figure", "never"), [
    ("三个部门基本支出合计多少", "5478", "4565"),
    ("全部门财政拨款支出合计", "7873", "5635"),
    ("项目支出合计多少 三个部门的", "2395", "1070"),
])
def test_every_department_said_is_the_tables_total_line(engine: Engine, question: str, figure: str,
                                                        never: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and figure in a.text and never not in a.text, a.text


def test_a_count_of_departments_not_the_blocks_is_not_the_total_line(engine: Engine) -> None:
    a = converse(engine, "五个部门基本支出合计多少")
    assert "5478" not in a.text, a.text


@pytest.mark.parametrize(("question", "figures", "never"), [
    # the place said in full before its departments: the blocks' lines, never the place's own table alone
    ("青禾县各部门住房公积金分别多少", ("38.4", "260", "29.6"), "unknown"),
    ("青禾县三个部门住房公积金加起来", ("328",), "unknown"),
])
def test_the_place_said_in_full_names_its_departments(engine: Engine, question: str, figures: tuple[str, ...],
                                                      never: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and all(x in a.text for x in figures), a.text


def test_a_child_column_under_a_parent_without_it_is_unknown(engine: Engine) -> None:
    # only 项目支出 splits off 资本性支出: "基本支出里的资本性支出" is no figure, never 项目支出's 350 nor 基本支出's 510.4
    a = converse(engine, "水利局基本支出里的资本性支出多少")
    assert a.status == "unknown" and "350" not in a.text and "510.4" not in a.text, a.text
    a = converse(engine, "水利局项目支出里的资本性支出多少")
    assert a.status == "answered" and "350" in a.text, a.text


def test_another_column_ranks_the_departments_again(engine: Engine) -> None:
    a = converse(engine, "青禾县哪个部门项目支出最少", "那基本支出呢")
    assert a.status == "answered" and a.text.startswith("青禾县农业农村局") and "402.6" in a.text, a.text
    assert "855" not in a.text, a.text


def test_a_line_pointed_at_lacks_what_only_other_departments_print(engine: Engine) -> None:
    # 农林水支出 is 水利局's and 农业农村局's, never 教育局's: no question back offering the other two
    a = converse(engine, "教育局小学教育多少", "它的农林水支出是多少")
    assert a.status == "unknown" and "942" not in a.text and "1228" not in a.text, a.text


def test_the_table_pointed_at_by_its_kinds_word_counts_its_departments(engine: Engine) -> None:
    a = converse(engine, "这张交叉表里有几个部门")
    assert a.status == "answered" and "3" in a.text and "青禾县农业农村局" in a.text, a.text
