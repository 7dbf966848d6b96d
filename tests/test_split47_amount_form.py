"""The form of an amount answer: the total alone unless the question asks how it is made up.

- "X经费多少" of a project whose table splits its total (财政拨款 + 其他资金): the total, never a second figure
  beside it that reads as another answer; the citation stays.
- "X的资金构成", "X经费来源", "X的财政拨款多少": the sources of funds are what is asked, so they are shown.
- The same for a 资金使用单位's subtotal line ("环卫中心项目经费一共多少").
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
