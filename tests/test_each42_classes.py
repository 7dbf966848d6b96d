"""One word asked over every table: "各表里住房公积金分别多少" is each department's figure (never which department),
and "哪些表有政府采购率指标" lists every project holding the indicator, with its department (never which project)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    tables = sorted(p for p in (ROOT / "tests" / "data" / "general67").iterdir() if p.suffix in (".xlsx", ".txt"))
    return engine_over(tmp_path_factory.mktemp("each42") / "kb.sqlite", [ROOT / "knowledge", *tables])


@pytest.mark.parametrize("question", ["各表里住房公积金分别多少", "每张表的住房公积金", "所有表里的住房公积金"])
def test_a_line_asked_of_every_table_is_each_departments(samples_engine, question):
    answer = converse(samples_engine, question)
    assert answer.status == "answered" and "17.70" in answer.text and "187.19" in answer.text, answer.text


@pytest.mark.parametrize("question", ["哪些表有政府采购率指标", "哪些表里有政府采购率"])
def test_which_tables_hold_an_indicator_lists_every_project_holding_it(engine, question):
    answer = converse(engine, question)
    assert answer.status == "answered" and all(
        x in answer.text for x in ("公务用车购置经费", "卫生健康信息化建设运维经费", "实验室检测设备购置经费")), answer.text


@pytest.mark.parametrize("turns", [("白云信访局的群众满意度",), ("白云信访局和东阳卫健局的群众满意度",),
                                   ("东阳卫健局群众满意度", "白云信访局的呢")])
def test_an_indicator_said_spread_in_a_departments_own_name_is_that_departments(engine, turns):
    # 信访局's 信访群众服务对象满意度 says 群众满意度 with other words between: its own, beside 东阳's 群众满意度
    answer = converse(engine, *turns)
    assert answer.status == "answered" and "信访群众服务对象满意度" in answer.text, answer.text
    if "和" in turns[0]:
        assert "≥92%" in answer.text, answer.text


def test_the_shorter_name_inside_the_indicator_shown_is_the_other_departments(engine):
    answer = converse(engine, "白云信访局的群众满意度", "东阳卫健局的呢")
    assert answer.status == "answered" and "≥92%" in answer.text and "信访群众" not in answer.text, answer.text
