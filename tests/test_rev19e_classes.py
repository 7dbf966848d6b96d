"""rev19e: confident wrong answers of filtered lists over tables whose numbered heading lines are items too,
and the department's own line among its units."""

from __future__ import annotations

import pytest

from bot.answer.facts.outline import strip_numbering
from bot.engine import Engine
from tests.conftest import engine_over, simple_table

# 单位名称, 支出合计, 基本支出, 项目支出 (万元): numbered departments over their units
_UNITS = [("一、区教育局", 300, 200, 100), ("区第一中学", 200, 150, 50), ("区第二中学", 100, 50, 50),
          ("二、区卫健局", 250, 100, 150), ("区人民医院", 250, 100, 150), ("合计", 550, 300, 250)]
# sector headings over projects: 项目名称, 专项债券 (万元)
_BONDS = [("（一）城镇基础设施", 90000), ("东城供水管网改造", 50000), ("西城排涝泵站", 40000),
          ("（二）社会事业", 70000), ("县人民医院住院楼", 65000), ("城南幼儿园", 5000), ("合计", 160000)]
# a department's units, one a group of units whose name ends in 机关 (not the department's own line)
_AFFAIRS = [("枣林县机关事务局本级", 500, 480), ("县级机关", 300, 300), ("枣林县公务用车服务中心", 200, 150),
            ("合计", 1000, 930)]


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("rev19e")
    simple_table(d / "qh_units.xlsx", "表", "青禾区2025年部门支出预算表", "D2", "单位：万元",
                 ["单位名称", "支出合计", "基本支出", "项目支出"], _UNITS)
    return engine_over(tmp_path_factory.mktemp("rev19e_db") / "kb.sqlite", [d])


@pytest.fixture(scope="module")
def bonds(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("rev19e_bonds")
    simple_table(d / "bonds.xlsx", "专项债券", "柳湾县财政局2025年新增专项债券项目安排表", "B2", "单位：万元",
                 ["项目名称", "专项债券"], _BONDS)
    return engine_over(tmp_path_factory.mktemp("rev19e_bonds_db") / "kb.sqlite", [d])


@pytest.fixture(scope="module")
def affairs(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("rev19e_affairs")
    simple_table(d / "affairs.xlsx", "收入预算", "枣林县机关事务局2025年部门收入预算表", "C2", "单位：万元",
                 ["单位名称", "收入合计", "财政拨款收入"], _AFFAIRS)
    return engine_over(tmp_path_factory.mktemp("rev19e_affairs_db") / "kb.sqlite", [d])


# --- 1. A filtered list keeps a numbered heading line that passes and is an item itself ---------------------------
def test_a_filter_lists_the_heading_lines_that_pass(tables: Engine) -> None:
    a = tables.ask("支出合计200以上的有哪些", record=False)
    assert a.status == "answered"
    for name in ("区教育局", "区第一中学", "区卫健局", "区人民医院"):
        assert name in a.text
    assert "区第二中学" not in a.text and "共 4 项" in a.text


def test_a_filter_over_projects_leaves_out_the_sector_headings(bonds: Engine) -> None:
    a = bonds.ask("柳湾财政局专项债券60000以上的项目有哪些", record=False)
    assert a.status == "answered" and "县人民医院住院楼" in a.text
    assert "城镇基础设施" not in a.text and "社会事业" not in a.text


# --- 2. "…以上的部门" over a table of units: its rows answer, never the projects' "none" ---------------------------
def test_a_filter_asking_departments_reads_the_tables_rows(tables: Engine) -> None:
    a = tables.ask("支出合计200万元以上的部门", record=False)
    assert a.status == "answered" and "没有" not in a.text
    assert "区教育局" in a.text and "区人民医院" in a.text and "区第二中学" not in a.text


# --- 3. A group of units ending in 机关 is no department's own line -----------------------------------------------
def test_a_unit_ending_in_jiguan_is_counted_under_the_department(affairs: Engine) -> None:
    a = affairs.ask("枣林机关事务局下属几个单位", record=False)
    assert a.status == "answered" and "2 个" in a.text and "县级机关" in a.text


# --- 4. The numbering of a label is read by outline ---------------------------------------------------------------
def test_numbering_is_stripped_by_the_outline_reader() -> None:
    assert strip_numbering("一、区教育局") == "区教育局"
    assert strip_numbering("（二）社会事业") == "社会事业"
    assert strip_numbering("3.河道巡查") == "河道巡查"
    assert strip_numbering("2024年预算") == "2024年预算"


def test_a_filter_asking_units_is_no_unit_of_measure_asked(tables: Engine) -> None:
    a = tables.ask("支出合计200万元以上的单位", record=False)
    assert a.status == "answered" and "区教育局" in a.text and "区人民医院" in a.text
    assert "单位是" not in a.text
    a = tables.ask("金额单位是什么", record=False)
    assert a.status == "answered" and "万元" in a.text
