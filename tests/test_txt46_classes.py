"""The project table in the seed's text layout (round 46), on a fictional table of that shape: a part of
one project's amount asked right after it ("公厕经费多少" → "其中电费多少") is a part the table does not
break down: unknown saying so, never another project's indicator that shares the word (路灯电费) nor the
project's own total again when its name lists the part ("…缺口资金及生活补贴"); a place that has a table
of its own said before a project of one of its departments ("青梧县公厕经费") is that department's project,
never "青梧县没有…" (while a word going on into an organisation's name, "公厕管理站", names no project)."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, UNKNOWN, Engine

_BUREAU = """项目支出绩效目标表（含转移支付项目）

部门名称：青梧县市容管理局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 300.00 300.00

青梧县市容管理局 300.00 300.00

    公共厕所管理维护经费 120.00 120.00

保障城区公共厕所正常运行，环境整洁。

1、1-产出指标,11-数量指标,维护公厕数量；实施周期指标值:≥60座,年度指标值:≥60座;,2、3-满意度指标,31-服务对象满
意度,群众满意度；实施周期指标值:≥85%,年度指标值:≥85%;

    路灯运行维护经费 100.00 100.00

保障城区路灯正常亮灯。

1、1-产出指标,14-成本指标,路灯电费；实施周期指标值:≤80万元,年度指标值:≤80万元;,2、1-产出指标,12-质量指标,亮灯
率；实施周期指标值:≥98%,年度指标值:≥98%;

    环卫工人社会保险缺口资金及生活补贴 80.00 80.00

按时足额发放环卫工人社会保险缺口资金及生活补贴。

1、1-产出指标,11-数量指标,补助人数；实施周期指标值:≥200人,年度指标值:≥200人;,2、3-满意度指标,31-服务对象满
意度,环卫工人满意度；实施周期指标值:≥90%,年度指标值:≥90%;,3、1-产出指标,11-数量指标,参加市容重点督查；实施周期指
标值:≥12次,年度指标值:≥12次;
"""


# The place's own table (its department is the place itself), beside its 市容管理局's.
_PLACE = """项目支出绩效目标表（含转移支付项目）

部门名称：青梧县(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 50.00 50.00

青梧县 50.00 50.00

    县域发展规划编制经费 50.00 50.00

编制县域发展规划。

1、1-产出指标,11-数量指标,编制规划数量；实施周期指标值:1项,年度指标值:1项;
"""


@pytest.fixture(scope="module")
def bureau(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("txt46")
    path = folder / "qingwu_srj.txt"
    path.write_text(_BUREAU, encoding="utf-8")
    (folder / "qingwu_place.txt").write_text(_PLACE, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [path, folder / "qingwu_place.txt"])


@pytest.mark.parametrize(("turns", "part", "never"), [
    (("公共厕所管理维护经费多少", "其中电费多少"), "电费", "80万元"),
    (("环卫工人社会保险缺口资金及生活补贴多少", "其中生活补贴多少"), "生活补贴", "80.00万元"),
])
def test_a_part_the_table_does_not_break_down_is_unknown(bureau, turns, part, never):
    a = converse(bureau, *turns)
    assert a.status == UNKNOWN and part in a.text and "拆分" in a.text and never not in a.text, a.text


@pytest.mark.parametrize(("turns", "said"), [
    (("公共厕所管理维护经费多少", "其中财政拨款多少"), "120.00万元"),  # a column of the project's own line
    (("路灯运行维护经费多少", "其中电费多少"), "≤80万元"),  # the project's own indicator of that cost
])
def test_a_part_the_project_itself_gives_is_still_answered(bureau, turns, said):
    a = converse(bureau, *turns)
    assert a.status == ANSWERED and said in a.text, a.text


@pytest.mark.parametrize(("question", "figure"), [
    ("青梧县公共厕所经费多少", "120.00万元"),
    ("青梧县路灯维护经费多少", "100.00万元"),
])
def test_a_place_with_its_own_table_before_its_departments_project(bureau, question, figure):
    a = converse(bureau, question)
    assert a.status == ANSWERED and figure in a.text, a.text


def test_a_word_going_on_into_an_organisations_name_is_no_project_of_the_place(bureau):
    a = converse(bureau, "青梧县公厕管理站的经费")
    assert a.status != ANSWERED and "120.00" not in a.text, a.text


@pytest.mark.parametrize("asked", ["项目平均每个多少万", "所有项目平均多少万元", "项目平均每个多少钱"])
def test_the_projects_average_asked_with_the_unit_said(bureau, asked):
    a = converse(bureau, "青梧县市容管理局有哪些项目", asked)
    assert a.status == ANSWERED and "300万元 ÷ 3 = 100万元" in a.text, a.text


def test_another_indicator_of_the_project_said_short_after_one(bureau):
    a = converse(bureau, "环卫工人社会保险缺口资金及生活补贴的补助人数多少", "那参加督查呢")
    assert a.status == ANSWERED and "≥12次" in a.text and "≥200人" not in a.text, a.text
