"""A city's 部门一般公共预算支出功能分类表 that stacks several departments' lines, each block opened by a row
"部门：某局" printing the block's 合计 / 基本支出 / 项目支出 (科目编码 / 科目名称 in a 类款项 hierarchy, a two-row
header, the preparer's 编制单位 line): each block is its department's table, the lines above the blocks are the
city's, and a department with no block is not loaded."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import converse, engine_over, set_cells

from bot.engine import Engine
from bot.ingest.formats import read_documents

SAMPLES = Path(__file__).resolve().parent / "data" / "samples"

_ROWS = [
    ("合计", None, 10150.0, 7680.0, 2470.0),
    ("部门：青川市水利局", None, 1650.0, 900.0, 750.0),
    ("213", "农林水支出", 1400.0, 650.0, 750.0),
    ("21303", "  水利", 1400.0, 650.0, 750.0),
    ("2130301", "    行政运行", 650.0, 650.0, None),
    ("2130306", "    水利工程运行与维护", 750.0, None, 750.0),
    ("221", "住房保障支出", 250.0, 250.0, None),
    ("22102", "  住房改革支出", 250.0, 250.0, None),
    ("2210201", "    住房公积金", 250.0, 250.0, None),
    ("部门：青川市文化旅游局", None, 8000.0, 6400.0, 1600.0),
    ("207", "文化旅游体育与传媒支出", 7100.0, 5500.0, 1600.0),
    ("20701", "  文化和旅游", 7100.0, 5500.0, 1600.0),
    ("2070101", "    行政运行", 5500.0, 5500.0, None),
    ("2070108", "    文化活动", 1600.0, None, 1600.0),
    ("221", "住房保障支出", 900.0, 900.0, None),
    ("22102", "  住房改革支出", 900.0, 900.0, None),
    ("2210201", "    住房公积金", 900.0, 900.0, None),
    ("部门：青川市交通运输局", None, 500.0, 380.0, 120.0),
    ("214", "交通运输支出", 380.0, 260.0, 120.0),
    ("21401", "  公路水路运输", 380.0, 260.0, 120.0),
    ("2140101", "    行政运行", 260.0, 260.0, None),
    ("2140199", "    其他公路水路运输支出", 120.0, None, 120.0),
    ("221", "住房保障支出", 120.0, 120.0, None),
    ("22102", "  住房改革支出", 120.0, 120.0, None),
    ("2210201", "    住房公积金", 120.0, 120.0, None),
]


def _function_table(path: Path) -> None:
    """Laid out as published: title, 编制单位 and unit line, 功能分类科目 over 科目编码 / 科目名称 and 2025年预算数 over
    合计 / 基本支出 / 项目支出, then the 合计 and the departments' blocks."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "一般公共预算支出功能分类"
    ws.append(["青川市2025年部门一般公共预算支出功能分类表"])
    ws.append(["编制单位：青川市财政局", None, None, None, "单位：万元"])
    ws.append(["功能分类科目", None, "2025年预算数", None, None])
    ws.append(["科目编码", "科目名称", "合计", "基本支出", "项目支出"])
    for row in _ROWS:
        ws.append(list(row))
    for cells in ("A1:E1", "A3:B3", "C3:E3", "A5:B5", "A6:B6", "A14:B14", "A22:B22"):
        ws.merge_cells(cells)
    wb.save(path)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("dev42b_tables")
    _function_table(d / "qingchuan_function.xlsx")
    # Another table of one block's department printing a 项目支出 line of its own (its whole budget, not only the
    # 一般公共预算 the function table holds): a published 部门整体预算绩效目标表 made over into 水利局's.
    shutil.copy(SAMPLES / "zhanjiang_rsj_2024_department_targets.xlsx", d / "qingchuan_slj.xlsx")
    set_cells(d / "qingchuan_slj.xlsx", {"A1": "2025年市级部门整体预算绩效目标表", "B2": "青川市水利局",
                                         "C5": 1180, "C6": 820, "E5": 2000})
    return d


@pytest.fixture(scope="module")
def engine(folder: Path, tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("dev42b_db") / "kb.sqlite", [folder])


def test_each_block_is_its_departments_table(folder: Path) -> None:
    docs = [d for d, _ in read_documents(folder / "qingchuan_function.xlsx")]
    assert [d.department for d in docs] == ["青川市", "青川市水利局", "青川市文化旅游局", "青川市交通运输局"]
    water = docs[1]
    assert {f.row[-1] for f in water.facts} >= {"合计", "2210201住房公积金"}
    assert not any("文化" in f.row[-1] for f in water.facts)  # another block's lines are never its own
    assert [f.number for f in docs[0].facts] == [10150.0, 7680.0, 2470.0]  # the city's 合计 of the blocks


@pytest.mark.parametrize(("question", "figure", "never"), [
    ("水利局住房公积金多少", "250", "900"),
    ("青川文旅局住房公积金多少", "900", "250"),
    ("文旅局一般公共预算多少", "8000", "10150"),
    ("文旅局项目支出多少", "1600", "2470"),
    ("青川市一般公共预算支出功能分类表合计多少", "10150", "8000"),
])
def test_a_departments_line_is_read_from_its_block(engine: Engine, question: str, figure: str, never: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and figure in a.text and never not in a.text, a.text


def test_two_departments_blocks_compared(engine: Engine) -> None:
    # the last department said with nothing of its own ("…比水利局多多少") takes the item said before it
    a = converse(engine, "文旅局住房公积金比水利局多多少")
    assert a.status == "answered" and "650" in a.text, a.text
    assert "1650" not in a.text and "6350" not in a.text


def test_a_department_with_no_block_is_not_loaded(engine: Engine) -> None:
    a = converse(engine, "青川市城管局住房公积金多少")
    assert a.status == "unknown" and "250" not in a.text and "900" not in a.text, a.text


def test_follow_up_names_the_other_block(engine: Engine) -> None:
    a = converse(engine, "水利局住房公积金多少", "文旅局呢")
    assert a.status == "answered" and "900" in a.text, a.text


@pytest.mark.parametrize(("question", "figure", "never"), [
    ("水利局项目支出占部门整体预算百分之多少", "41", "45.45"),
    ("水利局功能分类表项目支出占合计的比例", "45.45", "41%"),
])
def test_a_departments_table_named_by_its_kind(engine: Engine, question: str, figure: str, never: str) -> None:
    # two tables of one department print 项目支出: the words of one table's kind name that table
    a = converse(engine, question)
    assert a.status == "answered" and figure in a.text and never not in a.text, a.text


@pytest.mark.parametrize(("question", "figures", "never"), [
    # the place said before its departments counted: the three blocks, never the place's own 合计 among them
    ("青川三个部门项目支出一共多少", ("2470", "750", "1600", "120"), "10150"),
    ("青川各部门住房公积金分别多少", ("250", "900", "120"), "1270"),
])
def test_a_places_departments_are_its_blocks(engine: Engine, question: str, figures: tuple[str, ...], never: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and all(x in a.text for x in figures) and never not in a.text, a.text


@pytest.mark.parametrize(("question", "first", "figure"), [
    ("青川哪个部门住房公积金最多", "青川市文化旅游局", "900"),
    ("青川三个部门里哪个住房公积金最少", "青川市交通运输局", "120"),
    ("青川哪个部门一般公共预算最多", "青川市文化旅游局", "8000"),
])
def test_which_department_has_the_most(engine: Engine, question: str, first: str, figure: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and a.text.startswith(first) and figure in a.text, a.text
    assert "10150" not in a.text and "2000" not in a.text  # never the place's 合计, nor 水利局's other table


def test_a_word_of_the_table_kind_is_no_label_of_another_table(engine: Engine) -> None:
    # 预算 of 一般公共预算 names the 功能分类表 of a department holding a 部门整体 table too (its 预算金额 column)
    a = converse(engine, "水利局一般公共预算多少")
    assert a.status == "answered" and "1650" in a.text and "2000" not in a.text, a.text


def test_every_department_asked_naming_none(engine: Engine) -> None:
    # "各部门": each department whose tables print the line, named with its own figure
    a = converse(engine, "各部门住房公积金分别是多少")
    assert a.status == "answered", a.text
    lines = a.text.splitlines()
    for dept, figure in (("青川市水利局", "250"), ("青川市文化旅游局", "900"), ("青川市交通运输局", "120")):
        assert any(line.startswith(dept) and figure in line for line in lines), a.text


@pytest.fixture(scope="module")
def projects_engine(tmp_path_factory) -> Engine:
    """The function table and two departments' 项目支出绩效目标表 (a published text table made over): 文旅局's
    beside its block, 林业局's alone."""
    d = tmp_path_factory.mktemp("dev42b_projects")
    _function_table(d / "qingchuan_function.xlsx")
    seed = (Path(__file__).resolve().parent.parent / "knowledge" / "000_9289cd5134f499bc.txt").read_text(encoding="utf-8")
    (d / "qingchuan_wlj_projects.txt").write_text(seed.replace("广州市白云区信访局", "青川市文化旅游局"), encoding="utf-8")
    (d / "qingchuan_lyj_projects.txt").write_text(seed.replace("广州市白云区信访局", "青川市林业局"), encoding="utf-8")
    return engine_over(tmp_path_factory.mktemp("dev42b_projects_db") / "kb.sqlite", [d])


def test_two_departments_project_spending_compared(projects_engine: Engine) -> None:
    # 文旅局 has two tables: its project table's 项目支出合计 is the 项目支出 said, not its function block's 合计
    a = converse(projects_engine, "林业局和文旅局项目支出哪个多")
    assert a.status == "answered" and "234.98" in a.text, a.text
    assert "8000" not in a.text and "1600" not in a.text


def test_the_tables_of_a_year(engine: Engine) -> None:
    a = converse(engine, "哪份材料是2025年的")
    assert a.status == "answered" and "青川市水利局2025年部门整体预算绩效目标表" in a.text, a.text
    none = converse(engine, "哪张表是2019年的")
    assert none.status == "unknown" and "2025年" in none.text and "青川" not in none.text, none.text
