"""The other side's row a follow-up names after a row of a two-sided table ("支出呢", "对应的支出呢"): only the row
named as the row shown followed by a counterpart ending ([asking_words.sides] paired_endings: 安排的支出, 支出,
还本支出 …), never a longer row holding its name (其他政府性基金收入 is not 其他政府性基金及对应专项债务收入安排的
支出), and only the measure shown (a 完成率 → the other side's 完成预算%, an 执行数 → its 执行数). One reader answers
it, in the facts layer (bot/answer/facts/two_sides.py): the engine no longer rewrites the follow-up. Table fictional
(青岚县 2025年政府性基金预算执行情况表)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.values import ANSWERED, UNKNOWN
from bot.engine import Engine
from tests.conftest import converse, engine_over, write_workbook

_KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"

# (收入项目, 预算数, 执行数, 完成预算%, 支出项目, 预算数, 执行数, 完成预算%)
_ROWS = (
    ("一、污水处理费收入", 310, 287, 92.6, "一、污水处理费安排的支出", 305, 276, 90.5),
    ("二、彩票公益金收入", 64, 58, 90.6, "二、中央彩票公益金安排的支出", 720, 655, 91),
    ("三、其他政府性基金收入", 130, 97, 74.6, "三、其他政府性基金及对应专项债务收入安排的支出", 39800, 41730, 104.8),
    ("四、专项债务收入", 42000, 42000, 100, "四、专项债务还本支出", 1900, 1900, 100),
    ("本年收入合计", 42504, 42442, 99.9, "本年支出合计", 42725, 44561, 104.3),
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("pair56")
    write_workbook(folder / "青岚县财政局_2025年_政府性基金预算执行情况表.xlsx", [
        ["青岚县2025年政府性基金预算执行情况表"],
        [None, None, None, None, None, None, None, "单位：万元"],
        ["收入", None, None, None, "支出", None, None, None],
        ["收入项目", "预算数", "执行数", "完成预算%", "支出项目", "预算数", "执行数", "完成预算%"],
        *_ROWS], ["A1:H1", "A3:D3", "E3:H3"], sheet="基金执行")
    return engine_over(folder / "kb.sqlite", [folder, _KNOWLEDGE])


@pytest.mark.parametrize("turns", [
    ("其他政府性基金收入执行数", "支出呢"),  # (only 其他政府性基金及对应专项债务收入安排的支出: words between)
    ("其他政府性基金收入执行数", "对应的支出呢"),
    ("彩票公益金收入执行数", "支出呢"),  # (only 中央彩票公益金安排的支出: a word before)
])
def test_a_longer_row_holding_the_name_is_no_counterpart(engine: Engine, turns: tuple[str, ...]) -> None:
    answer = converse(engine, *turns)
    assert answer.status == UNKNOWN, answer.text
    assert "41730" not in answer.text and "655" not in answer.text and "对应" in answer.text


@pytest.mark.parametrize(("turns", "figure", "never"), [
    (("污水处理费收入执行数", "支出呢"), "276", ["287", "305"]),
    (("污水处理费收入执行数", "对应的支出呢"), "276", ["287", "305"]),
    (("专项债务收入执行数", "还本呢"), "1900", ["42000"]),
    (("污水处理费安排的支出执行数", "收入呢"), "287", ["276", "310"]),
])
def test_the_counterpart_is_the_row_named_for_it(engine: Engine, turns: tuple[str, ...], figure: str,
                                                 never: list[str]) -> None:
    answer = converse(engine, *turns)
    assert answer.status == ANSWERED, answer.text
    assert figure in answer.text and not any(x in answer.text for x in never), answer.text


@pytest.mark.parametrize(("turns", "figure", "never"), [
    # (a rate shown: the other side's printed 完成预算% alone, never its 预算数 and 执行数 beside it)
    (("本年收入合计完成率", "支出呢"), "104.3%", ["42725", "44561"]),
    (("本年收入合计执行数", "支出呢"), "44561", ["42725", "104.3", "42442"]),
    (("污水处理费收入完成率", "对应的支出呢"), "90.5%", ["305", "276"]),
])
def test_only_the_measure_shown_comes_back(engine: Engine, turns: tuple[str, ...], figure: str,
                                           never: list[str]) -> None:
    answer = converse(engine, *turns)
    assert answer.status == ANSWERED, answer.text
    assert figure in answer.text and not any(x in answer.text for x in never), answer.text


def test_the_engine_does_not_rewrite_the_other_flow() -> None:
    # (the follow-up is read once, in the facts layer: no engine-stage copy of the other flow's row)
    from bot.engine import table_rows

    assert not hasattr(table_rows, "_other_flow_row")
