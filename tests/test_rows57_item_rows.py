"""Tables of one row per item (tests/data/rows57, written by make_fixture.py), asked as staff ask them: a measure
column named by its verb (发了多少 / 发了多少人 / 收了多少 / 谁出的钱 / 县级配套), a row said short, the rows ranked
by a verb, a text column's value as the rows' filter (残联管哪几个, 按亩补贴的), a column's total over the one table
holding it, and what the table does not hold (a breakdown by towns, a source level it has no column of).

Sums by hand (青峪县 惠农补贴): 发放金额 46.5 + 72 + 675.84 + 414 + 190 + 20.16 + 98.75 = 1517.25; 中央 30 + 300 + 200
+ 98.75 = 628.75; 省级 10 + 48 + 200 + 114 + 120 = 492; 县级 6.5 + 24 + 175.84 + 94 + 76 + 20.16 = 396.5 (628.75 + 492 +
396.5 = 1517.25). 特困供养金 675.84 + 两项补贴 414 = 1089.84.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, fixture_script

from bot.engine import Engine

_DATA = Path(__file__).resolve().parent / "data" / "rows57"
_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("rows57")
    make_fixture = fixture_script(_DATA)  # the committed script writes the very files kept beside it
    make_fixture.write_subsidies(d / make_fixture.SUBSIDIES.name)
    make_fixture.write_fees(d / make_fixture.FEES.name)
    for kept in (make_fixture.SUBSIDIES, make_fixture.FEES):
        assert kept.exists()
    # (beside the seed's project table and the sample workbooks: other departments' words must not answer)
    samples = sorted((_ROOT / "tests" / "data" / "samples").glob("*.xlsx"))
    return engine_over(d / "kb.sqlite", [_ROOT / "knowledge", *samples, d / make_fixture.SUBSIDIES.name,
                                         d / make_fixture.FEES.name])


def _ask(engine: Engine, *turns: str) -> tuple[str, str]:
    a = converse(engine, *turns)
    return a.status, a.text


@pytest.mark.parametrize(("question", "figure", "wrong"), [
    ("特困供养金发了多少", "675.84", ("512", "300万元")),  # the money column, never the count nor the sources
    ("农村特困人员供养金一年发了多少", "675.84", ("512",)),
    ("特困供养金发了多少人", "512", ("675.84",)),  # the count column when a count is said after the verb
    ("两项补贴县级配套多少", "94", ("414", "200")),  # 配套 said of a level: that level's column of sources
    ("耕地开垦费收了多少", "412.5", ("0万元",)),  # 收费金额, never its 减免金额 beside it
])
def test_a_measure_column_named_by_its_verb(engine: Engine, question: str, figure: str, wrong: tuple[str, ...]) -> None:
    status, text = _ask(engine, question)
    assert status == "answered", text
    assert figure in text.splitlines()[0], text
    assert not any(w in text for w in wrong), text


def test_who_paid_is_the_rows_sources(engine: Engine) -> None:
    status, text = _ask(engine, "长寿补贴谁出的钱")
    assert status == "answered" and "县级" in text and "20.16" in text, text
    status, text = _ask(engine, "困难重度残疾人两项补贴钱从哪来")
    assert status == "answered" and all(x in text for x in ("中央", "200", "省级", "120", "县级", "94")), text


@pytest.mark.parametrize(("question", "row", "figure"), [
    ("哪项补贴发得最多", "农村特困人员供养金", "675.84"),
    ("发放人数最少的是哪个", "百岁老人长寿补贴", "21"),
    ("哪项收费最多", "耕地开垦费", "412.5"),
])
def test_rows_ranked_by_a_measure(engine: Engine, question: str, row: str, figure: str) -> None:
    status, text = _ask(engine, question)
    assert status == "answered", text
    assert row in text.splitlines()[0] and figure in text.splitlines()[0], text


@pytest.mark.parametrize(("question", "rows", "not_rows"), [
    ("残联管哪几个", ("困难重度残疾人两项补贴", "残疾儿童康复救助金"), ("百岁老人长寿补贴", "农村特困人员供养金")),
    ("民政局管哪几个补贴", ("农村特困人员供养金", "百岁老人长寿补贴"), ("残疾儿童康复救助金",)),
    ("按亩补贴的有哪些", ("油菜种植生产者补贴", "茶园低产改造补助", "退耕还林巩固补助"), ("农村特困人员供养金", "百岁老人长寿补贴")),
    ("补贴标准按亩的有哪些", ("油菜种植生产者补贴", "退耕还林巩固补助"), ("农村特困人员供养金", "残疾儿童康复救助金")),
    ("发放方式是现金的有哪些", ("百岁老人长寿补贴",), ("油菜种植生产者补贴", "残疾儿童康复救助金")),
])
def test_a_text_column_value_selects_the_rows(engine: Engine, question: str, rows: tuple[str, ...],
                                              not_rows: tuple[str, ...]) -> None:
    status, text = _ask(engine, question)
    assert status == "answered", text
    assert all(r in text for r in rows) and not any(r in text for r in not_rows), text


@pytest.mark.parametrize(("question", "figure"), [
    ("县级资金一共出了多少", "396.5"),
    ("中央资金一共多少", "628.75"),
    ("省级资金合计多少", "492"),
])
def test_a_source_column_total_of_the_one_table_holding_it(engine: Engine, question: str, figure: str) -> None:
    status, text = _ask(engine, question)
    assert status == "answered", text  # (never "which department": only this table has the column)
    assert figure in text.splitlines()[0], text


def test_follow_ups_and_sums_over_rows_said_short(engine: Engine) -> None:
    status, text = _ask(engine, "特困供养金发了多少", "两项补贴呢", "这两个加起来")
    assert status == "answered" and "1089.84" in text, text
    status, text = _ask(engine, "特困供养金发了多少", "省级出了多少")
    assert status == "answered" and "200" in text.splitlines()[0] and "675.84" not in text, text


@pytest.mark.parametrize(("question", "not_said"), [
    ("油菜补贴各乡镇分别发了多少", "46.5"),  # no column or row of towns: never the row's whole as the towns'
    ("退耕还林巩固补助市级资金多少", "98.75"),  # only 中央 / 省级 / 县级 columns: no 市级 money of it
    ("百岁老人长寿补贴市级资金多少", "20.16"),
])
def test_what_the_table_does_not_hold_stays_unknown(engine: Engine, question: str, not_said: str) -> None:
    status, text = _ask(engine, question)
    assert status == "unknown", text
    assert not_said not in text, text


def test_the_level_held_is_still_answered(engine: Engine) -> None:
    status, text = _ask(engine, "退耕还林巩固补助中央资金多少")
    assert status == "answered" and "98.75" in text, text
