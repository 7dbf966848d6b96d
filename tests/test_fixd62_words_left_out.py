"""Review of round 62 (fixd62): the standard short forms of units' kinds name their unit (林业站 of 林业工作站, 水利站 of
水利工作站, 文化站 of 文化广播服务站). (The rule that a word and the bare end of a 保障中心 name no unit, 75e16dd7 with this
file's tests of it, was reverted: 供水中心 of 城乡供水保障中心, tests/test_buy61_grouped_items.py, is the same class as
后勤中心 of 机关后勤保障中心.) Fictional 青禾县 tables: a 部门收支预算表 (林业工作站 300 = 150 + 150; 机关后勤保障中心 80)
and an asset table (水利工作站 860.3; 文化广播服务站 248.75; 医疗保障中心 1530.2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook

from bot.engine import Engine

_ROOT = Path(__file__).resolve().parent.parent

_BUDGET = [
    ["青禾县林业局2027年部门收支预算表", None, None, None],
    ["编制单位：青禾县林业局", None, None, "单位：万元"],
    ["单位名称", "合计", "基本支出", "项目支出"],
    ["合计", 1000, 560, 440],
    ["青禾县林业局本级", 400, 250, 150],
    ["青禾县林业工作站", 300, 150, 150],
    ["青禾县林业发展中心", 220, 110, 110],
    ["青禾县机关后勤保障中心", 80, 50, 30],
]
_ASSETS = [
    ["青禾县2025年行政事业单位国有资产占用情况表", None, None, None],
    ["编制单位：青禾县财政局", None, None, "单位：万元"],
    ["序号", "单位名称", "资产总额", "负债总额"],
    [1, "青禾县水务局", 3120.5, 410.2],
    [2, "青禾县水利工作站", 860.3, 95.1],
    [3, "青禾县文化广播服务站", 248.75, 12.0],
    [4, "青禾县医疗保障中心", 1530.2, 88.6],
    ["合计", None, 5759.75, 605.9],
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("fixd62")
    budget = write_workbook(d / "青禾县林业局_2027年_部门收支预算表.xlsx", _BUDGET, ["A1:D1"])
    assets = write_workbook(d / "青禾县_2025年_国有资产占用情况表.xlsx", _ASSETS, ["A1:D1"])
    return engine_over(d / "kb.sqlite", [_ROOT / "knowledge", budget, assets])


@pytest.mark.parametrize(("question", "figure"), [
    ("林业站多少", "300"), ("林业站项目支出多少", "150"),
    ("水利站资产总额多少", "860.3"), ("文化站资产总额多少", "248.75"),
])
def test_a_standard_short_form_names_its_unit(engine: Engine, question: str, figure: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and figure in a.text, a.text


def test_sum_and_own_level_words_are_one_vocabulary_list() -> None:
    """The sum words of a reply and the department's own level ([asking_words.follow_ups] summed / own_level): one
    list each, read by the options' sum, the namesakes' sum and the units said."""
    from bot.dialogue import clarify, unit_namesakes
    from bot.engine import units
    from bot.language.asking import words

    lists = words()["follow_ups"]
    for w in lists["summed"]:
        assert clarify._OPTIONS_SUMMED.match(f"两个{w}") and unit_namesakes._SUM_SAID.search(f"这两个{w}多少"), w
    for w in lists["own_level"]:
        assert clarify._OWN_SAID.search(f"{w}那个") and units._OWN_SAID.search(f"{w}多少"), w
        assert unit_namesakes._OWN_LEVEL.fullmatch(w), w
    assert clarify._OPTIONS_SUMMED.match("两个加起来").group("n") == "两"
    assert unit_namesakes._OWN_LEVEL.fullmatch("局机关") and unit_namesakes._OWN_LEVEL.fullmatch("委机关")
    assert not clarify._OWN_SAID.search("机关事务中心多少") and not clarify._OPTIONS_SUMMED.match("两个分别多少")
