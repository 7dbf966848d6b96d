"""Review 59 (1, 6, 10): a year opening a row's name is the name's only when the words said after it tell that name
apart (its issue number, or its own words past those the names share) and end where it ends — "2023年一般公共预算
财政拨款支出" is a year asked, never a bond of 2023 whose name says 一般; a plan whose rows each open with their own
year ("2023年新增项目") keeps those years as its figures' years; a title word as short as 资金 names no table of
classes.

Fictional tables: tests/data/bond59 (河岸县, bonds of 江北省), a 河岸县某局 table of 2023 and 2024 columns, a plan of
year-led rows, and tests/data/fund59's table of funds with class headings."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, fixture_script, simple_table

from bot.engine import Engine
from bot.ingest.formats import read_document
from bot.language.named_years import names_with_years, opens_a_name

_TESTS = Path(__file__).resolve().parent
_NAMES = {"2023": ("2023年江北省政府一般债券（五期）", "2023年江北省政府专项债券（二期）",
                   "2023年江北省政府专项债券（十一期）"),
          "2024": ("2024年江北省政府一般债券（二期）", "2024年江北省政府专项债券（三期）")}


@pytest.mark.parametrize("question", [
    "2023年一般公共预算财政拨款支出多少",
    "2024年一般公共服务支出多少",
    "2024年一般公共服务支出决算数是多少",
    "2023年专项业务费多少",
    "2024年专项资金一共多少",
    "2023年专项债券多少",  # (two of 2023: none said apart)
    "2023年专项债券一期利率",  # (no 一期 of 2023: never 十一期)
    "2024年二期工程款多少",  # (the number alone: another table's line)
])
def test_year_before_words_no_name_owns_stays_a_year(question: str) -> None:
    assert names_with_years(question, _NAMES) == question
    assert not opens_a_name(question, 0, question[:4], _NAMES)


@pytest.mark.parametrize("question,name", [
    ("2023年一般债券五期利率多少", "2023年江北省政府一般债券（五期）"),
    ("2023年专项十一期期限几年", "2023年江北省政府专项债券（十一期）"),
    ("2024年专项债券第3期发行额", "2024年江北省政府专项债券（三期）"),
    ("2023年江北省政府专项债券（二期）利率", "2023年江北省政府专项债券（二期）"),
])
def test_year_before_a_names_own_words_is_the_name(question: str, name: str) -> None:
    assert names_with_years(question, _NAMES).startswith(name)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    """The bonds beside a department's table of two year columns (2023年 / 2024年) whose lines open with 一般/专项."""
    tmp = tmp_path_factory.mktemp("fixa59")
    simple_table(tmp / "河岸县_2024年_河岸县林业局支出表.xlsx", "支出", "河岸县林业局2024年支出决算表", "D2",
                 "单位：万元", ["项目", "2023年", "2024年"],
                 [["一般公共服务支出", 310, 325], ["一般公共预算财政拨款支出", 1280, 1342],
                  ["专项业务费", 96, 88], ["五期工程款", 410, 230]])
    return engine_over(tmp / "kb.sqlite", [_TESTS / "data" / "bond59", tmp / "河岸县_2024年_河岸县林业局支出表.xlsx"])


@pytest.mark.parametrize("question,shown", [
    ("2023年一般公共预算财政拨款支出多少", "1280"),
    ("2023年一般公共服务支出多少", "310"),
    ("2023年专项业务费多少", "96"),
    ("2023年五期工程款多少", "410"),
])
def test_a_years_column_is_asked_never_a_bond(engine: Engine, question: str, shown: str) -> None:
    a = converse(engine, question)
    assert "债券" not in a.text, a.text
    assert a.status == "answered" and shown in a.text, a.text


def test_a_bond_said_by_its_issue_is_still_the_bond(engine: Engine) -> None:
    a = converse(engine, "2023年一般债券五期利率多少")
    assert a.status == "answered" and "2.66" in a.text, a.text


def test_a_plan_of_year_led_rows_keeps_its_years(tmp_path: Path) -> None:
    """Rows each of its own year, words of their own and no code nor date: the row's year is its figures'."""
    path = tmp_path / "河岸县_2025年_项目计划表.xlsx"
    simple_table(path, "计划", "河岸县2023-2025年项目投资计划表", "C2", "单位：万元", ["项目", "投资额", "项目个数"],
                 [["2023年新增项目", 1200, 5], ["2024年续建项目", 900, 3], ["2025年计划项目", 1500, 6]])
    years = {f.row[-1]: f.year for f in read_document(path).facts if f.row and f.row[-1][:2] == "20"}
    assert years == {"2023年新增项目": 2023, "2024年续建项目": 2024, "2025年计划项目": 2025}, years


def test_bonds_of_their_years_keep_the_year_in_the_name() -> None:
    facts = read_document(_TESTS / "data" / "bond59" / "河岸县_2026年_政府债券还本付息情况表.xlsx").facts
    rate = [f for f in facts if f.row and f.row[-1] == "2019年江北省政府专项债券（五期）" and f.col == ("利率（%）",)]
    assert rate and rate[0].year != 2019, rate


@pytest.fixture(scope="module")
def funds(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("fixa59_funds")
    make_fixture = fixture_script(_TESTS / "data" / "fund59")
    return engine_over(d / "kb.sqlite", [make_fixture.write_funds(d / make_fixture.FUNDS.name)])


def test_a_short_title_word_names_no_table_of_classes(funds: Engine) -> None:
    a = converse(funds, "资金分几类")
    assert "民生保障类" not in a.text, a.text
    a = converse(funds, "直达资金分为哪几类")
    assert a.status == "answered" and "民生保障类" in a.text, a.text
