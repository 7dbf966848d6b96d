"""Seed-layout project tables (seed43), on a table generated here with names and figures of its own
(澄江市海洋和渔业港口物流局).

Class: a project looked up by what it does, said in words of its goal or indicators that are no run of its
text and with no verb the parse knows ("查处非法捕捞的是哪个项目", "哪个项目是买救生设备通导设备用的"): the
project with the sentence that says it, and "多少钱" then asks that project's money; words some of which no
text says ("修建灯塔的是哪个项目") find nothing rather than the project that says one of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, Engine

_DEPT = "澄江市海洋和渔业港口物流局"
_UNITS = [
    Unit("澄江市海洋和渔业港口物流局", "238.00 218.00 0.00 20.00", [
        Item("海洋执法巡查经费", "86.00 86.00",
             "开展海域使用、海岛保护和渔业生产秩序执法巡查，查处违法用海和非法捕捞行为。",
             [("11", "海上执法巡查航次", "≥240航次", "≥80航次"),
              ("31", "渔民群众满意度", "≥90%", "≥90%")]),
        Item("渔船安全生产补助经费", "120.00 100.00 0.00 20.00",
             "对全市海洋捕捞渔船配备救生设备和安全通导设备给予补助，提升渔船安全生产水平。",
             [("11", "补助渔船数量", "≥600艘", "≥200艘"),
              ("14", "通导设备每套补助成本", "≤0.5万元", "≤0.5万元"),
              ("11", "安装通导设备数量", "≥900套", "≥300套"),
              ("22", "渔船安全事故", "0起", "0起")]),
        Item("港口物流效益统计监测经费", "32.00 32.00 0.00 0.00",
             "开展港口吞吐量和物流运行统计监测，按月发布港口物流运行分析。",
             [("11", "发布运行分析报告", "36期", "12期")]),
    ]),
]
_TOTAL = "238.00 218.00 0.00 20.00"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("seed43")
    (folder / "chengjiang_hyj_2026_targets.txt").write_text(render(_DEPT, _TOTAL, _UNITS), encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    return engine_over(tmp_path_factory.mktemp("seed43_db") / "kb.sqlite", [root / "knowledge", folder])


@pytest.mark.parametrize(("turns", "said", "unsaid"), [
    (("查处非法用海的是哪个项目",), ["海洋执法巡查经费", "查处违法用海"], ["渔船安全生产补助经费"]),
    (("哪个项目是买救生设备通导设备用的",), ["渔船安全生产补助经费", "救生设备"], ["海洋执法巡查经费"]),
    (("查处非法用海的是哪个项目", "多少钱"), ["86"], ["120"]),
])
def test_project_found_by_what_it_does(engine: Engine, turns: tuple[str, ...], said: list[str],
                                       unsaid: list[str]) -> None:
    answer = converse(engine, *turns)
    assert answer.status == ANSWERED, answer.text
    assert all(s in answer.text for s in said), answer.text
    assert not any(s in answer.text for s in unsaid), answer.text


def test_words_no_text_says_find_nothing(engine: Engine) -> None:
    answer = converse(engine, "修建灯塔和渔业码头的是哪个项目")
    assert answer.status != ANSWERED, answer.text


@pytest.mark.parametrize("count", ["有几个", "一共几个", "总共有多少个"])
def test_projects_of_a_filter_counted(engine: Engine, count: str) -> None:
    """"经费超过100万的项目" → "有几个": the projects listed, counted (one here), not their indicators nor their
    money added up."""
    answer = converse(engine, "澄江市海洋和渔业港口物流局经费超过100万的项目", count)
    assert answer.status == ANSWERED, answer.text
    assert "1 个" in answer.text and "渔船安全生产补助经费" in answer.text, answer.text
    assert "指标" not in answer.text and "合计" not in answer.text, answer.text


def test_another_class_counted_after_a_count(engine: Engine) -> None:
    """"效益指标有几个" → "产出指标呢": the other class counted (5 here), not listed."""
    answer = converse(engine, "澄江市海洋和渔业港口物流局效益指标有几个", "产出指标呢")
    assert answer.status == ANSWERED, answer.text
    assert "5 个" in answer.text, answer.text
    assert "补助渔船数量" not in answer.text and "发布运行分析报告" not in answer.text, answer.text


def test_part_said_after_an_indicator_keeps_its_class(engine: Engine) -> None:
    """"补助渔船数量" → "那通导设备呢": of the two indicators whose names hold 通导设备, the one of the last
    one's class (数量指标), not the cost one whose name starts with it."""
    answer = converse(engine, "补助渔船数量", "那通导设备呢")
    assert answer.status == ANSWERED, answer.text
    assert "安装通导设备数量" in answer.text and "≥300套" in answer.text, answer.text
    assert "每套补助成本" not in answer.text, answer.text


@pytest.mark.parametrize("asked", ["港口效益监测经费", "港口效益监测经费多少钱"])
def test_class_word_inside_a_name_said_short(engine: Engine, asked: str) -> None:
    """"港口物流效益监测经费": 效益 (a class) said inside the project's name said short is a word of that name,
    not its 效益指标 asked."""
    answer = converse(engine, asked)
    assert answer.status == ANSWERED, answer.text
    assert "32.00万元" in answer.text and "港口物流效益统计监测经费" in answer.text, answer.text
    assert "效益指标" not in answer.text, answer.text
