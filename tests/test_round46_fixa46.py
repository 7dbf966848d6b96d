"""Round 46 review fixes of the single-turn reading of a city's tables of departments and their units (the fictional
松岭 pair of tests/test_round46_cols46.py: a 部门支出预算表 of one year, a 会议费培训费预算表 with each item's two years
and 增减).

Classes:
- a superlative of a change ("会议费减少最多的单位") is a ranking, never the list of the lines that went that way;
- the list by the sign of the change said in other ways: counted (有几个, 有多少), 列出 …, of a kind of unit (学校);
  a table printing one year has no change to list by (unknown, never every line's figure);
- 没变化 asked when every line changed is said plainly ("都有变化")."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, write_workbook
from test_round46_cols46 import _MEETINGS, _MEETINGS_MERGED, _SPENDING, _SPENDING_MERGED

from bot.engine import ANSWERED, UNKNOWN, Engine


@pytest.fixture(scope="module")
def songling(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("fixa46")
    spending = write_workbook(folder / "松岭市2026年部门支出预算表.xlsx", _SPENDING, _SPENDING_MERGED)
    meetings = write_workbook(folder / "松岭市2026年会议费培训费预算表.xlsx", _MEETINGS, _MEETINGS_MERGED)
    return engine_over(folder / "kb.sqlite", [spending, meetings])


def test_a_superlative_of_a_change_is_a_ranking(songling: Engine) -> None:
    answer = converse(songling, "会议费减少最多的单位")  # 文化局本级 -1.0; 林业局本级 -0.5 went down too
    assert answer.status == ANSWERED and "文化局（本级）" in answer.text, answer.text
    assert "林业局（本级）" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["培训费减少的单位有几个", "培训费减少的单位有多少", "列出培训费减少的单位"])
def test_the_sign_filter_said_as_a_count_or_a_list(songling: Engine, question: str) -> None:
    answer = converse(songling, question)
    assert answer.status == ANSWERED and "2 个" in answer.text, answer.text
    assert "图书馆" in answer.text and "文物保护所" in answer.text and "林场管理站" not in answer.text, answer.text


def test_the_sign_filter_of_a_kind_no_unit_is(songling: Engine) -> None:
    answer = converse(songling, "培训费减少的学校")  # no unit is named as a school: never the units' figures
    assert answer.status == UNKNOWN and "学校" in answer.text and "图书馆" not in answer.text, answer.text


def test_no_change_to_list_by_in_a_table_of_one_year(songling: Engine) -> None:
    answer = converse(songling, "哪些单位基本支出增加了")
    assert answer.status == UNKNOWN and "图书馆" not in answer.text, answer.text


def test_every_line_changed_said_plainly(songling: Engine) -> None:
    answer = converse(songling, "会议费没变的部门")  # both departments' 小计 went down
    assert "都有变化" in answer.text and "没有没有" not in answer.text, answer.text


@pytest.fixture(scope="module")
def with_water(tmp_path_factory) -> Engine:
    """水务局 printed in the 会议费培训费 table only: no whole of it is loaded."""
    folder = tmp_path_factory.mktemp("fixa46b")
    spending = write_workbook(folder / "松岭市2026年部门支出预算表.xlsx", _SPENDING, _SPENDING_MERGED)
    rows = [*_MEETINGS[:4], ["合计", None, 23.0, 21.5, -1.5, 47.0, 49.5, 2.5], *_MEETINGS[5:],
            ["松岭市水务局", "松岭市水务局（本级）", 2.0, 2.0, 0.0, 5.0, 5.0, 0.0], [None, "小计", 2.0, 2.0, 0.0, 5.0, 5.0, 0.0]]
    meetings = write_workbook(folder / "松岭市2026年会议费培训费预算表.xlsx", rows, [*_MEETINGS_MERGED, "A13:A14"])
    return engine_over(folder / "kb.sqlite", [spending, meetings])


@pytest.mark.parametrize("question", ["水务局一共多少", "松岭市水务局合计多少"])
def test_no_whole_made_up_of_an_items_only_table(with_water: Engine, question: str) -> None:
    answer = converse(with_water, question)  # never 会议费 + 培训费 (2 + 5), nor 会议费 alone
    assert answer.status == UNKNOWN and "会议费" in answer.text and "7" not in answer.text, answer.text


def test_a_whole_printed_by_another_table_is_answered(with_water: Engine) -> None:
    answer = converse(with_water, "林业局一共多少")
    assert answer.status == ANSWERED and "1800" in answer.text, answer.text


@pytest.mark.parametrize("question", ["水务局有哪些项目", "水务局的项目有哪些", "林业局的项目有哪些"])
def test_projects_of_a_table_with_no_project_column(with_water: Engine, question: str) -> None:
    answer = converse(with_water, question)  # neither its units nor the items (会议费, 培训费) are projects
    assert answer.status == UNKNOWN and "本级" not in answer.text and "林场管理站" not in answer.text, answer.text
    assert "1." not in answer.text, answer.text


@pytest.mark.parametrize("question", ["哪些部门只有会议费预算没有支出预算", "哪些部门有会议费预算但没有支出预算"])
def test_departments_one_table_lists_and_the_other_does_not(with_water: Engine, question: str) -> None:
    answer = converse(with_water, question)
    assert answer.status == ANSWERED and "水务局" in answer.text, answer.text
    assert "文化局" not in answer.text and "林业局" not in answer.text, answer.text


def test_both_tables_one_not_loaded_says_so(with_water: Engine) -> None:
    answer = converse(with_water, "哪些部门既有支出预算又有三公经费预算")
    assert answer.status == UNKNOWN and "三公经费" in answer.text and "“既”" not in answer.text, answer.text


def test_units_both_tables_list(with_water: Engine) -> None:
    answer = converse(with_water, "哪些单位只有会议费预算没有支出预算")  # the units, never their departments' names alone
    assert answer.status == ANSWERED and "松岭市水务局（本级）" in answer.text and "图书馆" not in answer.text, answer.text
    answer = converse(with_water, "支出预算和会议费预算都有的单位有哪些")
    assert answer.status == ANSWERED and "松岭市图书馆" in answer.text and "林场管理站" in answer.text, answer.text
    assert "水务局" not in answer.text, answer.text


_TOWNS = [  # items (收入, 支出) by year with no whole of a line; the 小计 above its group's lines
    ["松岭市2026年各乡镇（街道）财政收支预算表"],
    ["单位：万元"],
    ["乡镇（街道）", None, "一般公共预算收入", None, None, "一般公共预算支出", None, None],
    [None, None, "2025年执行数", "2026年预算数", "增长%", "2025年执行数", "2026年预算数", "增长%"],
    ["合计", None, 900.0, 950.0, 5.6, 1500.0, 1600.0, 6.7],
    ["街道", "小计", 500.0, 520.0, 4.0, 750.0, 800.0, 6.7],
    [None, "东城街道", 300.0, 310.0, 3.3, 400.0, 430.0, 7.5],
    [None, "西城街道", 200.0, 210.0, 5.0, 350.0, 370.0, 5.7],
    ["镇", "小计", 400.0, 430.0, 7.5, 750.0, 800.0, 6.7],
    [None, "青溪镇", 250.0, 270.0, 8.0, 450.0, 480.0, 6.7],
    [None, "白石镇", 100.0, 110.0, 10.0, 200.0, 210.0, 5.0],
    [None, "枫林镇", 50.0, 50.0, 0.0, 100.0, 110.0, 10.0],
]


def test_a_count_of_an_items_only_table_is_no_whole(tmp_path) -> None:
    """Items only (收入, 支出: no whole of a line) does not make "有几个街道" a whole asked: the lines are counted."""
    towns = write_workbook(tmp_path / "松岭市2026年各乡镇（街道）财政收支预算表.xlsx", _TOWNS, ["A1:H1", "A2:H2", "A3:B4", "C3:E3", "F3:H3", "A5:B5", "A6:A8", "A9:A12"])
    engine = engine_over(tmp_path / "kb.sqlite", [towns])
    answer = converse(engine, "松岭有几个镇")
    assert answer.status == ANSWERED and "3" in answer.text and "白石镇" in answer.text, answer.text
    answer = converse(engine, "松岭有几个街道")
    assert answer.status == ANSWERED and "西城街道" in answer.text and "预算总额" not in answer.text, answer.text


def test_projects_ranked_by_indicators_beside_a_department_with_none(tmp_path) -> None:
    """Each department is asked in turn: one whose tables hold no project (a 会议费培训费 table's) is passed over, never
    a crash ("出错了") of the whole answer."""
    from conftest import SEED

    meetings = write_workbook(tmp_path / "松岭市2026年会议费培训费预算表.xlsx", _MEETINGS, _MEETINGS_MERGED)
    engine = engine_over(tmp_path / "kb.sqlite", [SEED, meetings])
    for question in ("哪个项目指标最多", "哪个项目指标最少"):
        answer = converse(engine, question)
        assert answer.status == ANSWERED and "信访" in answer.text and "出错" not in answer.text, answer.text
