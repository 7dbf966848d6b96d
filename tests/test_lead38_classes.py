"""Round 20, the lead's fixes after merging: a department said short before 本级 ("文旅体育局本级" of
岳溪县文化旅游体育局) is that department's own line, not a word left unexplained; another department's 本级
(not loaded) is never this one's. The table is fictional."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, Engine

_DEPT = "岳溪县文化旅游体育局"
_UNITS = [
    Unit("岳溪县文化旅游体育局本级", "212.40 212.40", [
        Item("全民健身赛事活动经费", "120.00 120.00", "举办全县全民健身赛事活动。",
             [("11", "举办赛事场次", "≥8场", "≥8场"), ("31", "参赛群众满意度", "≥90%", "≥90%")]),
        Item("旅游宣传推介经费", "72.40 72.40", "开展旅游宣传推介。",
             [("11", "推介活动次数", "≥4次", "≥4次")]),
        Item("赛事保障车辆购置经费", "20.00 20.00", "购置赛事保障车辆。",
             [("11", "购置车辆数量", "1辆", "1辆")]),
    ]),
    Unit("岳溪县图书馆", "68.00 68.00", [
        Item("聘请法律顾问服务经费", "12.00 12.00", "聘请律师事务所派驻2名律师担任法律顾问，审查合同。",
             [("11", "审查合同份数", "≥30份", "≥30份"), ("12", "法律意见采纳率", "≥90%", "≥90%"),
              ("31", "服务对象满意度", "≥90%", "≥90%")]),
        Item("图书馆免费开放经费", "56.00 56.00", "保障图书馆免费开放。",
             [("11", "接待读者人次", "≥10万人次", "≥10万人次")]),
    ]),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("lead38")
    path = folder / "yuexi_wlt_2026.txt"
    path.write_text(render(_DEPT, "280.40 280.40", _UNITS), encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [path])


@pytest.mark.parametrize("question", ["文旅体育局本级总计多少", "文化体育局本级多少钱"])
def test_the_department_said_short_before_its_own_line(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == ANSWERED and "212.4" in a.text and "280.4" not in a.text, a.text


def test_another_departments_own_line_is_not_this_one(engine: Engine) -> None:
    a = converse(engine, "公安局本级总计多少")
    assert "212.4" not in a.text, a.text


@pytest.mark.parametrize("turns", [("法律顾问服务经费多少", "律师有几个"), ("法律顾问服务经费律师有几个",)])
def test_a_thing_said_before_a_count_is_what_is_counted(engine: Engine, turns: tuple[str, ...]) -> None:
    a = converse(engine, *turns)
    assert a.status == ANSWERED and "2名律师" in a.text and "指标共" not in a.text, a.text


def test_the_projects_indicators_counted_when_said(engine: Engine) -> None:
    a = converse(engine, "法律顾问服务经费有几个指标")
    assert a.status == ANSWERED and "3" in a.text, a.text


@pytest.mark.parametrize("question", ["赛事保障车辆购置经费多少钱一辆", "赛事保障车辆一辆多少钱"])
def test_the_price_of_one_is_not_the_whole_amount(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status != ANSWERED and "20.00万元" not in a.text, a.text
