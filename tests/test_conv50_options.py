"""A question back over indicators of several departments shows beside each option the value the question asks
(the target, 指标值), never another column: "城镇新增就业人数指标是多少" shows 渝中's ≥39500人, not its 全年完成值
49358人 (read as the answer); asked how much was completed, the completion is shown."""

from __future__ import annotations

from conftest import converse

from bot.answer import compose
from bot.engine import Engine


def test_the_options_show_the_target_asked(samples_engine: Engine) -> None:
    answer = converse(samples_engine, "城镇新增就业人数指标是多少")
    assert answer.status == "clarify", answer.text
    assert "39500" in answer.text and "25000" in answer.text
    assert "49358" not in answer.text and "全年完成值" not in answer.text


def test_the_completion_asked_is_shown() -> None:
    row = {"name": "城镇新增就业人数", "annual_value": "≥39500人", "period_value": "≥40000人", "actual_value": "49358人"}
    assert compose.indicator_figure([row], done_asked=True) == "城镇新增就业人数 ≥39500人，全年完成值 49358人"
    assert compose.indicator_figure([row]) == "城镇新增就业人数 ≥39500人"
    assert compose.indicator_figure([row], value_kind="period") == "城镇新增就业人数 ≥40000人"
