"""Two-level conversations over a 项目支出绩效目标表 (round 19), on a fictional table of the same shape: a count of
one project's indicators narrowed after a count names them ("有几个指标" -> "其中质量指标几个": which ones is
what comes next); a follow-up naming another project and part of one of its indicators' names ("那档案馆项目里参与接访的呢"); a
share asked of a word glossed by a project's name in brackets ("其中人员类的（雇员工资）占几成"); an indicator's
一级/二级 class asked as "是几级分类 一级二级分别是"; a count in a measure word asked near a rate's name
("购置计划买几辆车"); how often, asked as "每几个月"; the average of the projects with their count said."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, Engine

_TABLE = """项目支出绩效目标表（含转移支付项目）

部门名称：青禾县接访中心(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 220.00 220.00

青禾县接访中心 220.00 220.00

    接访工作经费 80.00 80.00

做好群众来访接待工作。

1、1-产出指标,12-质量指标,主任接访；实施周期指标值:≥12次,年度指标值:≥12次;,2、1-产出指标,11-数量指标,来访
形势；实施周期指标值:来访形势平稳,年度指标值:来访形势平稳;,3、3-满意度指标,31-服务对象满意度,来访群众满意度
；实施周期指标值:≥90%,年度指标值:≥90%;

    档案馆运行经费 70.00 70.00

保障档案馆正常运转。

1、1-产出指标,11-数量指标,参与主任接访；实施周期指标值:≥6次,年度指标值:≥6次;,2、1-产出指标,13-时效指标,查档
按时办结率；实施周期指标值:100%,年度指标值:100%;,3、1-产出指标,12-质量指标,馆员保险补贴发放准确率；实施周期指标
值:≥95%,年度指标值:≥95%;

    政府雇员工资经费 50.00 50.00

保障政府雇员工资按时足额发放。

1、1-产出指标,12-质量指标,雇员考核完成率；实施周期指标值:考核称职,年度指标值:100%;,2、1-产出指标,13-时效指标,
工资发放及时性；实施周期指标值:按月发放,年度指标值:100%;,3、1-产出指标,12-质量指标,雇员聘用合规率；实施周期指标
值:合规,年度指标值:100%;,4、2-效益指标,22-社会效益,服务能力提升；实施周期指标值:提升服务水平,年度指标值:提升
服务水平;

    公务用车购置经费 20.00 20.00

保障下乡接访用车。

1、1-产出指标,11-数量指标,车辆购置数量；实施周期指标值:年度计划数,年度指标值:1辆;,2、1-产出指标,13-时效指标,购置
计划执行率；实施周期指标值:100%,年度指标值:100%;,3、1-产出指标,11-数量指标,下乡接访安排；实施周期指标值:每两个月
下乡接访一次,年度指标值:每两个月下乡接访一次;
"""


@pytest.fixture(scope="module")
def centre(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("seed19")
    path = folder / "qinghe_visits.txt"
    path.write_text(_TABLE, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [path])


def answered(engine: Engine, *turns: str):
    answer = converse(engine, *turns)
    assert answer.status == ANSWERED, answer.text
    return answer


def test_a_count_of_one_projects_indicators_names_them(centre):
    a = answered(centre, "政府雇员工资经费有几个指标", "其中质量指标几个")
    first, *rest = a.text.splitlines()
    assert "2 个" in first and "雇员考核完成率" in a.text and "雇员聘用合规率" in a.text, a.text
    assert "工资发放及时性" not in a.text and "服务能力提升" not in a.text, a.text
    # a first count is a count (the list is asked as a list)
    c = answered(centre, "政府雇员工资经费有几个质量指标")
    assert "2 个" in c.text and "雇员考核完成率" not in c.text, c.text
    # the list stays addressable by its order, as before the names were shown
    b = answered(centre, "政府雇员工资经费有几个指标", "第二个是什么")
    assert "工资发放及时性" in b.text and "雇员考核完成率" not in b.text, b.text


def test_another_projects_indicator_by_part_of_its_name(centre):
    a = answered(centre, "主任接访指标值多少", "那档案馆项目里参与接访的呢")
    assert "≥6次" in a.text and "≥12次" not in a.text, a.text
    b = answered(centre, "档案馆运行经费参与接访的指标值")
    assert "≥6次" in b.text and "≥12次" not in b.text, b.text


def test_one_short_word_left_names_no_indicator(centre):
    # "车辆" of 车辆购置数量 is not what "公务用车占全部车辆的百分比" asks: never the project's share of the budget
    a = converse(centre, "公务用车占全部车辆的百分比")
    assert a.status != ANSWERED, a.text


def test_words_no_indicator_of_the_project_says_stay_unknown(centre):
    # 政府雇员工资经费 has no 接访 indicator: never another project's answered as its own
    a = converse(centre, "政府雇员工资经费里参与接访的指标值")
    assert a.status != ANSWERED or "≥6次" not in a.text, a.text
    # the start of a name is not the name shortened (馆员保险补贴发放准确率 is a rate, not money spent on 馆员补贴)
    b = converse(centre, "档案馆运行经费里馆员补贴花了多少钱")
    assert b.status != ANSWERED or "≥95%" not in b.text, b.text


def test_a_word_glossed_by_a_projects_name_in_brackets(centre):
    a = answered(centre, "接访中心项目总共多少钱", "其中人员类的（雇员工资）占几成")
    assert "22.73%" in a.text and "政府雇员工资经费" in a.text, a.text  # 50 ÷ 220
    # a word glossed by nothing known is still not understood
    b = converse(centre, "接访中心项目总共多少钱", "其中人员类的（车辆保险）占几成")
    assert b.status != ANSWERED, b.text


@pytest.mark.parametrize("question", ["来访形势这个指标是几级分类 一级二级分别是", "来访形势的一级二级分别是什么"])
def test_an_indicators_two_levels_asked_together(centre, question):
    a = answered(centre, question)
    assert "一级指标“产出指标”" in a.text and "数量指标" in a.text and "质量指标" not in a.text, a.text


def test_the_start_of_a_name_is_no_name_shortened(samples_engine):
    # 社会保险补贴发放准确率 is a rate; "社保补贴花了多少钱" asks money the self-evaluation table does not break out
    a = converse(samples_engine, "就业补助资金里社保补贴具体花了多少钱")
    assert a.status != ANSWERED or "发放准确率［" not in a.text, a.text


def test_a_count_asked_near_a_rates_name_is_the_projects_count_in_that_measure(centre):
    a = answered(centre, "公车购置计划买几辆车")
    assert "1辆" in a.text and "车辆购置数量" in a.text, a.text
    # the rate said whole is still no count of cars
    b = converse(centre, "公车购置计划执行率买几辆车")
    assert b.status != ANSWERED and "100%" in b.text, b.text


def test_how_often_asked_as_every_how_many_months(centre):
    a = answered(centre, "公务用车每几个月下乡接访")
    assert "每两个月" in a.text, a.text


def test_the_average_of_the_projects_with_their_count_said(centre):
    a = answered(centre, "四个项目平均每个多少钱")
    assert "4 个项目" in a.text and "= 55" in a.text, a.text  # 220 ÷ 4
    b = converse(centre, "三个项目平均每个多少钱")  # not their count: no average of four answered as three's
    assert b.status != ANSWERED or "55.00" not in b.text, b.text
