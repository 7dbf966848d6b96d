"""A county's 一般公共预算支出功能分类表 asked as staff ask it (tests/data/fn59, written by make_fixture.py): the two
years its columns print (2024年 › 预算数 / 执行数 beside 2025年预算数), its 类 / 款 / 项 lines by code, the line under
the one just answered, another column of the row just answered, a code it does not print.

By hand: 合计 2024年执行数 9400 = 5100 + 1800 + 2500 (类 lines); 2025年预算数 10470 = 5400 + 2070 + 3000.
增减% = (2025年预算数 − 2024年执行数) ÷ 2024年执行数: 农林水 (3000 − 2500) ÷ 2500 = 20% (the 类 rising most; 教育
5.88%, 社保 15%); 就业补助 (450 − 360) ÷ 360 = 25%, 90 万元; 防汛 (700 − 600) ÷ 600 = 16.67%.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

_DATA = Path(__file__).resolve().parent / "data" / "fn59"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("fn59")
    # the committed script writes the very files kept beside it (loaded by its path: other folders' scripts share
    # its module name)
    spec = importlib.util.spec_from_file_location("fn59_make_fixture", _DATA / "make_fixture.py")
    assert spec is not None and spec.loader is not None
    make_fixture = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_fixture)
    make_fixture.write_table(d / make_fixture.TABLE.name)
    make_fixture.write_text(d / make_fixture.TEXT.name)
    for kept in (make_fixture.TABLE, make_fixture.TEXT):
        assert kept.exists()
    return engine_over(d / "kb.sqlite", [d / make_fixture.TABLE.name, d / make_fixture.TEXT.name])


def _first(engine: Engine, *turns: str) -> tuple[str, str]:
    a = converse(engine, *turns)
    return a.status, a.text.splitlines()[0]


@pytest.mark.parametrize("question", ["枫岭2024年一般公共预算执行数总计", "枫岭一般公共预算2024年执行数总计"])
def test_a_year_printed_in_a_column_head_is_held(engine: Engine, question: str) -> None:
    status, first = _first(engine, question)  # the table is of 2025; its 2024年 › 执行数 column holds 2024
    assert status == "answered", first
    assert "9400" in first and "9700" not in first and "19100" not in first  # (never 预算数 + 执行数 added)


def test_the_done_column_is_not_the_change_column(engine: Engine) -> None:
    status, first = _first(engine, "枫岭一般公共预算执行数总计")  # no change said: 执行数, never 增减（%）
    assert status == "answered" and "9400" in first and "11.38" not in first


def test_a_year_no_column_prints_is_still_unknown(engine: Engine) -> None:
    status, first = _first(engine, "枫岭县2023年教育支出")
    assert status == "unknown" and "5100" not in first and "5400" not in first
    status, first = _first(engine, "枫岭2025年教育支出", "2026年呢")
    assert status == "unknown" and "5400" not in first


@pytest.mark.parametrize(("question", "line", "figure", "wrong"), [
    ("枫岭哪个类级科目2025年预算最多", "教育支出", "5400", "5200"),  # the 2025 column, not 2024年 › 预算数
    ("2024年执行数最多的款", "普通教育", "5100", "2950"),  # 款 lines (5 digits), not the 项 under them
    ("2025年增幅最大的类是哪个", "农林水支出", "20", "41.67"),  # the printed rate of 类 lines
])
def test_lines_of_a_level_ranked(engine: Engine, question: str, line: str, figure: str, wrong: str) -> None:
    status, first = _first(engine, question)
    assert status == "answered", first
    assert line in first and figure in first and wrong not in first


@pytest.mark.parametrize(("turns", "figure", "wrong"), [
    (("枫岭县社会保障和就业支出2025年预算", "下面就业补助多少"), "450", "2070"),
    (("水利款2025年预算", "它下面防汛多少"), "700", "3000"),
])
def test_the_line_under_the_one_answered(engine: Engine, turns: tuple[str, ...], figure: str, wrong: str) -> None:
    status, first = _first(engine, *turns)
    assert status == "answered", first
    assert figure in first and wrong not in first


def test_a_line_not_under_the_one_answered_is_unknown(engine: Engine) -> None:
    status, first = _first(engine, "水利款2025年预算", "它下面抗旱多少")
    assert status == "unknown" and "700" not in first and "3000" not in first


def test_another_year_column_of_the_row_answered(engine: Engine) -> None:
    status, first = _first(engine, "枫岭农林水支出2025年", "2024年预算数呢")
    assert status == "answered" and "2600" in first and "3000" not in first


def test_the_row_answered_against_a_column_of_another_year(engine: Engine) -> None:
    status, first = _first(engine, "就业补助2025年预算（枫岭）", "比24年执行数增长多少")
    assert status == "answered", first
    assert "90" in first and "25%" in first  # 450 − 360, and the rate the table prints


def test_each_column_said_after_its_own_year(engine: Engine) -> None:
    status, first = _first(engine, "防汛2025年预算比2024年执行数增长多少")
    assert status == "answered", first
    assert "700 - 600" in first and "16.67" in first


def test_a_printed_change_of_other_columns_is_not_cited(engine: Engine) -> None:
    # 2025年预算数 against 2024年预算数: the table's 增减% is against 执行数, so it is not that change
    status, first = _first(engine, "水利工程建设2025年预算比2024年预算增长多少")
    assert status == "answered", first
    assert "2300 - 2000" in first and "21.05" not in first and "15.00%" in first  # 300 ÷ 2000, worked out


def test_a_code_the_table_does_not_print_is_unknown(engine: Engine) -> None:
    status, first = _first(engine, "2080704社会保险补贴2025年预算")
    assert status == "unknown", first
    assert "2080704" in first and "280" not in first and "170" not in first
    status, first = _first(engine, "2080705公益性岗位补贴2025年预算")
    assert status == "answered" and "280" in first


@pytest.mark.parametrize(("question", "figure", "wrong"), [
    ("教育支出预算多少", "5400", "5200"),  # no year said: the table's own year's 预算数, not 2024年 › 预算数
    ("枫岭哪个类级科目预算最多", "5400", "5200"),
])
def test_the_budget_said_without_a_year_is_the_tables_own(engine: Engine, question: str, figure: str,
                                                          wrong: str) -> None:
    status, first = _first(engine, question)
    assert status == "answered", first
    assert figure in first and wrong not in first
