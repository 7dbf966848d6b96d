"""Round 55: the periods of general tables (monthly and quarterly budget-execution tables).

Over tests/data/period55 (fictional, built by make_fixture.py): a 水利局 table of months as column groups (1月 … 4月,
1-4月累计; each 预算/实际/差异/差异率, 差异率 a fraction shown as a percent; 基本支出/项目支出 groups with 小计, a 合计
row), a 文旅局 table of quarters as column groups (第一季度 … 第四季度, 全年; 预算/实际), a 财政所 table of months as
rows (预算数/实际数/执行率) and a 园林局 table of the whole year only:
- a month in every form people write (三月份, 四月, 一到四月, 1-4月, 截至4月, 累计) selects its column group;
- 实际支出, 花了, 累计执行 are the 实际 column of such a table (it prints no 执行数);
- questions across a line's periods (哪几个月实际超过预算, 哪个月差异最大, 4月比3月多多少) are read period by period,
  whether the periods are columns or rows;
- an execution rate is of one period's 实际 over its own 预算 (the running total when no month is said);
- a month or quarter asked of a table of the whole year is unknown, never the year's figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine, Session
from tests.conftest import engine_over

DATA = Path(__file__).resolve().parent / "data" / "period55"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("period55") / "kb.sqlite", [DATA])


def _ask(engine: Engine, *turns: str):
    session, answer = Session(), None
    for turn in turns:
        answer = engine.ask(turn, session)
    assert answer is not None
    return answer


@pytest.mark.parametrize(("question", "shown", "not_shown"), [
    ("水利局三月份河道保洁经费实际支出多少", "22.5", "25"),  # 三月份 and 实际支出: the 3月 › 实际 cell alone
    ("河道保洁经费四月差异率", "89.00%", "47.25"),  # a fraction shown as a percent
    ("小型水库维修工程二月实际花了多少", "88.8", "60"),
    ("办公经费一到四月累计实际多少", "41.8", "37"),
    ("水利局1-4月合计实际支出", "621.85", "551"),  # 1-4月 said without the 累计 its column prints
    ("水利局截至4月合计实际", "621.85", "551"),
    ("小型水库维修工程累计执行多少", "301.9", "260"),  # 执行 of a table printing 实际
    ("三月基本支出小计实际多少", "52.1", "50"),
    ("文旅局文化下乡演出补助二季度实际多少", "41", "30万元"),
])
def test_a_period_said_selects_its_column(engine: Engine, question: str, shown: str, not_shown: str) -> None:
    a = _ask(engine, question)
    assert a.status == "answered", a.text
    assert shown in a.text and not_shown not in a.text.split("（来源")[0], a.text


def test_months_over_budget_of_a_line(engine: Engine) -> None:
    a = _ask(engine, "水利局哪几个月合计实际超过预算了")
    assert a.status == "answered", a.text
    head = a.text.split("（来源")[0]
    assert "2月" in head and "4月" in head and "1月" not in head and "3月" not in head, a.text


def test_the_month_of_the_largest_figure(engine: Engine) -> None:
    a = _ask(engine, "河道保洁经费哪个月差异最大")
    assert a.status == "answered", a.text
    assert "4月" in a.text and "22.25" in a.text, a.text


def test_two_months_compared(engine: Engine) -> None:
    a = _ask(engine, "河道保洁经费4月比3月实际多多少")
    assert a.status == "answered", a.text
    assert "24.75" in a.text, a.text


def test_quarters_compared_with_their_budget(engine: Engine) -> None:
    a = _ask(engine, "文化下乡演出补助哪几个季度实际超过预算")
    assert a.status == "answered", a.text
    head = a.text.split("（来源")[0]
    assert "第二季度" in head and "第四季度" in head and "第一季度" not in head and "第三季度" not in head, a.text


@pytest.mark.parametrize(("question", "shown", "left_out"), [
    ("白石镇财政所哪几个月实际数超过预算数", ("2月", "4月", "6月"), ("1月", "3月", "5月")),
    ("白石镇财政所哪个月执行率最高", ("6月", "140.20%"), ("4月",)),
])
def test_months_as_rows(engine: Engine, question: str, shown: tuple[str, ...], left_out: tuple[str, ...]) -> None:
    a = _ask(engine, question)
    assert a.status == "answered", a.text
    head = a.text.split("（来源")[0]
    assert all(s in head for s in shown) and not any(x in head for x in left_out), a.text


def test_a_rate_is_of_one_period(engine: Engine) -> None:
    a = _ask(engine, "水利局累计执行率")  # 621.85 / 551, never a month's 实际 over another column's 预算
    assert a.status == "answered", a.text
    assert "112.86%" in a.text, a.text


@pytest.mark.parametrize("question", ["园林局10月执行数", "园林局一季度城区绿化养护经费执行数", "园林局上半年支出多少"])
def test_a_period_of_a_table_of_the_whole_year(engine: Engine, question: str) -> None:
    a = _ask(engine, question)
    assert a.status == "unknown", a.text
    assert "271.5" not in a.text and "313.1" not in a.text and "全年" in a.text, a.text


def test_the_whole_year_still_answered(engine: Engine) -> None:
    a = _ask(engine, "园林局城区绿化养护经费全年执行数")
    assert a.status == "answered" and "271.5" in a.text, a.text


def test_a_period_said_next_asks_the_same_figure_of_it(engine: Engine) -> None:
    a = _ask(engine, "河道保洁经费4月实际", "3月呢")
    assert a.status == "answered" and "22.5" in a.text and "47.25" not in a.text, a.text
    a = _ask(engine, "河道保洁经费4月实际", "3月呢", "累计呢")
    assert a.status == "answered" and "113.35" in a.text, a.text


def test_a_rate_asked_again_of_another_period(engine: Engine) -> None:
    a = _ask(engine, "水利局4月合计执行率", "1-4月累计呢")  # a rate keeps no figure of its own: asked again
    assert a.status == "answered" and "112.86%" in a.text, a.text


def test_another_department_and_period_said_next(engine: Engine) -> None:
    a = _ask(engine, "园林局城区绿化养护经费执行数", "水利局1-4月累计呢")  # the row before is not the 水利局's
    assert a.status == "answered" and "621.85" in a.text, a.text


def test_a_quarter_of_a_table_of_months_adds_its_months(engine: Engine) -> None:
    a = _ask(engine, "河道保洁经费一季度实际支出")  # 12 + 31.6 + 22.5
    assert a.status == "answered" and "66.1" in a.text, a.text
    a = _ask(engine, "白石镇财政所上半年实际数")  # months as rows: 72.4 + 95.1 + 88.6 + 121.3 + 97 + 140.2
    assert a.status == "answered" and "614.6" in a.text, a.text
    a = _ask(engine, "河道保洁经费一季度差异率")  # a rate is never added up
    assert "%" not in a.text.split("（来源")[0] or "66.1" not in a.text, a.text


def test_a_month_word_inside_a_name_is_no_period(engine: Engine) -> None:
    a = _ask(engine, "园林局三月三民俗活动场地布置经费全年执行数")
    assert a.status == "answered" and "11.4" in a.text, a.text


def test_two_periods_compared_answered_with_one_side_alone_is_unknown(engine: Engine) -> None:
    # 第二季度 of a table of 1-4月: the first quarter's months added up is one side, never the difference asked
    a = _ask(engine, "河道保洁经费第二季度比第一季度实际多多少")
    assert a.status == "unknown", a.text
    assert "66.1" not in a.text, a.text


@pytest.mark.parametrize(("text", "worked"), [
    ("X 实际：4月 47.25万元，3月 22.5万元，4月比3月多 24.75万元（来源：x）", True),
    ("X 全年 9万元（比上年减少 2万元）", True),
    ("收支差额：2万元（收入合计 9 − 支出合计 7）", True),
    ("X 第一季度（1-3月）实际：66.1万元（12 + 31.6 + 22.5 = 66.1）（来源：x 1-4月）", False),
    ("X 1-3月 实际 66.1万元", False),
])
def test_a_difference_worked_out_is_seen_in_the_answer(text: str, worked: bool) -> None:
    from bot.answer.compose import works_out_difference
    assert works_out_difference(text) is worked


def test_a_subtraction_of_named_figures_is_a_difference_worked() -> None:
    from bot.answer.compose import works_out_difference
    assert works_out_difference("最大的减最小的是 7万元：甲经费 9万元 - 乙经费 2万元 = 7万元")
