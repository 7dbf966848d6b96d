"""Round 40 (words40), what a project covers and money per one of a thing, on a project target table: "哪个项目是管车
的" (one character, found in the names only, never inside another word of a goal); "残疾人免费乘船的补贴在哪个项目"
(免费 is free, no cost the table does not break down); "跟养护有关的项目有哪些" / "涉及养护的项目" with the department
before it (every project listed, never a choice between them); "每公里补多少" (the indicator whose value is that rate:
"≤4万元/公里", or whose name says 每公里) and "每个码头补多少" with no such indicator (unknown, naming what the table has,
never the project's whole amount); "其中Y补贴多少" of a part the goal names with no money (unknown, never the goal as
if it answered). All tables are fictional."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over

_TABLE = """项目支出绩效目标表（含转移支付项目）

部门名称：青川县港航管理局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 913.00 913.00

青川县港航管理局 913.00 913.00

    乡村航道养护经费 310.00 310.00

对全县乡村航道开展日常养护，保障人民群众水上出行安全。

1、1-产出指标,11-数量指标,养护航道里程；实施周期指标值:≥80公里,年度指标值:≥80公里;,2、1-产出指标,14-成本指标,航道
养护单价；实施周期指标值:≤4万元/公里,年度指标值:≤4万元/公里;,3、3-满意度指标,31-服务对象满意度,群众满意度；实施周期指标值:≥90%,年度指标值:≥90%;

    码头渡运安全补助经费 58.00 58.00

对全县码头渡工给予补助，开展渡船安全检查，保障群众安全渡运。

1、1-产出指标,11-数量指标,补助码头个数；实施周期指标值:19个,年度指标值:19个;,2、1-产出指标,12-质量指标,渡船持证率；实施周期指标值:100%,年度指标值:100%;

    客渡船运营补贴 420.00 420.00

对承担客渡运营的企业给予运营亏损补贴和残疾人、学生等群体免费乘船补贴，保障客渡航线稳定运行。

1、1-产出指标,11-数量指标,补贴客渡航线条数；实施周期指标值:12条,年度指标值:12条;,2、3-满意度指标,31-服务对象满意度,乘客满意度；实施周期指标值:≥90%,年度指标值:≥90%;

    执法用车购置经费 45.00 45.00

购置港航执法车辆，保障执法巡查。

1、1-产出指标,11-数量指标,购置车辆数；实施周期指标值:3辆,年度指标值:3辆;

    航标维护及养护物资储备经费 80.00 80.00

维护航标，储备航道应急抢修物资。

1、1-产出指标,11-数量指标,维护航标座数；实施周期指标值:≥150座,年度指标值:≥150座;
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("words40")
    (root / "docs").mkdir()
    (root / "docs" / "青川县港航管理局_2026年_项目支出绩效目标表.txt").write_text(_TABLE, encoding="utf-8")
    return engine_over(root / "kb.sqlite", [root / "docs"])


def _ask(engine: Engine, *turns: str) -> tuple[str, str]:
    answer = converse(engine, *turns)
    return answer.text, answer.status


@pytest.mark.parametrize("question", ["哪个项目是管车的", "哪个项目管车的"])
def test_one_character_said_after_guan(engine, question):
    text, status = _ask(engine, question)
    assert status == "answered" and "执法用车购置经费" in text and "客渡船运营补贴" not in text


def test_one_character_is_not_found_inside_another_word(engine):
    # 人 is only inside 人民群众 / 残疾人 of the goals: no project's or indicator's name says it
    text, status = _ask(engine, "哪个项目是管人的")
    assert status != "answered" or "乡村航道养护经费" not in text


def test_free_is_no_cost_left_out(engine):
    text, status = _ask(engine, "残疾人免费乘船的补贴在哪个项目")
    assert status == "answered" and "客渡船运营补贴" in text


@pytest.mark.parametrize("question", ["青川县港航管理局跟养护有关的项目有哪些", "跟养护有关的项目有哪些",
                                      "青川县港航管理局涉及养护的项目有哪些"])
def test_projects_related_to_a_word_are_listed(engine, question):
    text, status = _ask(engine, question)
    assert status == "answered" and "乡村航道养护经费" in text and "航标维护及养护物资储备经费" in text
    assert "请回复序号" not in text


@pytest.mark.parametrize("question", ["乡村航道养护每公里多少钱", "航道养护经费每公里补多少"])
def test_a_rate_per_thing_is_the_indicator_stating_it(engine, question):
    text, status = _ask(engine, question)
    assert status == "answered" and "4万元/公里" in text and "310" not in text


def test_a_rate_per_thing_asked_after_the_project(engine):
    text, status = _ask(engine, "乡村航道养护经费多少", "每公里补多少")
    assert status == "answered" and "4万元/公里" in text


@pytest.mark.parametrize("question", ["码头补助每个码头补多少", "码头渡运安全补助每个码头补助多少"])
def test_a_rate_no_indicator_states_is_unknown(engine, question):
    text, status = _ask(engine, question)
    assert status == "unknown" and "58" not in text and "补助码头个数" in text


@pytest.mark.parametrize("part", ["其中残疾人免费乘船补贴多少", "其中运营亏损补贴多少"])
def test_a_part_the_goal_names_without_money_is_unknown(engine, part):
    text, status = _ask(engine, "客渡船运营补贴多少", part)
    assert status == "unknown" and "420" not in text and "不是这样细分" in text
