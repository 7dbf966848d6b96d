"""The form of an amount answer: the total alone unless the question asks how it is made up.

- "X经费多少" of a project whose table splits its total (财政拨款 + 其他资金): the total, never a second figure
  beside it that reads as another answer; the citation stays.
- "X的资金构成", "X经费来源", "X的财政拨款多少": the sources of funds are what is asked, so they are shown.
- The same for a 资金使用单位's subtotal line ("环卫中心项目经费一共多少").
- "A比B多多少", "A是B的几倍": the result first, then its working with both amounts, never the larger amount
  leading the line as if it were the answer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import engine_over

from bot.engine import Engine, Session

TABLE = Path(__file__).resolve().parent / "data" / "general45" / "福鼎市城市管理局2026年项目支出绩效目标表.txt"


@pytest.fixture(scope="module")
def split_engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("split47") / "kb.sqlite", [TABLE])


def _ask(engine: Engine, question: str):
    return engine.ask(question, Session())


@pytest.mark.parametrize("question", ["违建治理经费多少钱", "违法建设治理专项经费是多少", "违建治理经费一共多少"])
def test_project_amount_is_the_total_alone(split_engine: Engine, question: str) -> None:
    answer = _ask(split_engine, question)
    assert answer.status == "answered", answer.text
    assert "145.00万元" in answer.text and "（来源：" in answer.text, answer.text
    assert "120.00" not in answer.text and "财政拨款" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["违建治理经费的资金构成", "违建治理经费怎么组成的", "违建治理经费来源"])
def test_sources_shown_when_asked(split_engine: Engine, question: str) -> None:
    answer = _ask(split_engine, question)
    assert answer.status == "answered", answer.text
    assert "145.00万元" in answer.text and "120.00万元" in answer.text and "25.00万元" in answer.text, answer.text


def test_unit_subtotal_is_the_total_alone(split_engine: Engine) -> None:
    answer = _ask(split_engine, "环卫中心项目经费一共多少")
    assert answer.status == "answered", answer.text
    assert "3283.95万元" in answer.text and "3053.95" not in answer.text and "（来源：" in answer.text, answer.text


def test_unit_sources_shown_when_asked(split_engine: Engine) -> None:
    answer = _ask(split_engine, "环卫中心项目经费构成")
    assert answer.status == "answered", answer.text
    assert "3283.95万元" in answer.text and "3053.95万元" in answer.text and "230.00万元" in answer.text, answer.text


@pytest.mark.parametrize(("question", "result", "operands"), [
    ("工资经费比信访超市多出来多少万", "9.28万元", ("77.28", "68")),
    ("公车比法律顾问多几万", "3.00万元", ("15", "12")),
    ("法律顾问和公务用车哪个经费多", "3.00万元", ("15", "12")),
])
def test_difference_comes_before_its_operands(seed_engine: Engine, question: str, result: str,
                                              operands: tuple[str, str]) -> None:
    """"A比B多多少": the difference first, then the two amounts it is worked out from, never the larger
    amount leading the line as if it were the answer."""
    text = _ask(seed_engine, question).text
    first_line = text.splitlines()[0]
    assert result in first_line, text
    assert all(first_line.index(result) < first_line.index(x) for x in operands), text
    assert f"{operands[0]} − {operands[1]} = {result}" in first_line, text


def test_multiple_comes_first_the_way_round_it_was_asked(seed_engine: Engine) -> None:
    text = _ask(seed_engine, "雇员工资是公用经费的几倍").text
    assert text.startswith("政府雇员工资经费是政府雇员公用经费的 28.62 倍"), text
    assert "77.28 ÷ 2.7" in text, text
