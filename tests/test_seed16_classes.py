"""Classes of questions staff ask about a 项目支出绩效目标表 (round 16), on a fictional table of the same shape:
a share between two named projects, 小的是大的几倍, the names of a class of indicators, an indicator said by a
word of its name beside its project, the organisations a project's text lists (which, how many), the rest of
the projects added up, a cost's name the table does not hold (never the earlier project's figure), whose
value a phrase is, projects within a bound added up, 执行率 asked as an indicator, a money indicator over its
own project, a percentage asked of word-valued indicators, how often, a department's full name."""

from __future__ import annotations

import re

import pytest
from conftest import converse as _ask
from conftest import engine_over

from bot.engine import ANSWERED, Engine

_CIVIL = """项目支出绩效目标表（含转移支付项目）

部门名称：青松县民政局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 200.00 200.00

青松县民政局 200.00 200.00

    社区服务中心运行经费 80.00 80.00

保障社区服务中心正常运转，包括安保、保洁等。

1、1-产出指标,11-数量指标,中心有序运转；实施周期指标值:县卫生健康局、县司法局、县医疗保障局派驻工作人员进驻
中心接待群众。每两个月轮换一次。,年度指标值:县卫生健康局、县司法局、县医疗保障局派驻工作人员进驻中心接待群众
。每两个月轮换一次。;,2、1-产出指标,14-成本指标,中心运行费用；实施周期指标值:≤80万元,年度指标值:≤80万元;,3、2-
效益指标,22-社会效益,群众办事便利；实施周期指标值:群众办事少跑腿,年度指标值:实现群众办事就近办理;,4、3-满意度
指标,31-服务对象满意度,办事群众满意度；实施周期指标值:满意度测评,年度指标值:满意度测评;

    养老服务补贴 100.00 100.00

按规定向高龄老人发放养老服务补贴。

1、1-产出指标,11-数量指标,补贴发放人数；实施周期指标值:≥2000人,年度指标值:≥2000人;,2、1-产出指标,12-质量指标,
补贴发放准确率；实施周期指标值:100%,年度指标值:100%;,3、1-产出指标,13-时效指标,补贴资金拨付执行率；实施周期
指标值:≥95%,年度指标值:≥95%;,4、1-产出指标,11-数量指标,入户走访老人；实施周期指标值:≥12次,年度指标值:≥12次;

    救灾物资购置经费 20.00 20.00

购置救灾帐篷、棉被等物资，物资存放在县救灾物资储备仓库。

1、1-产出指标,11-数量指标,帐篷购置数量；实施周期指标值:≥50顶,年度指标值:≥50顶;,2、1-产出指标,12-质量指标,
物资验收合格率；实施周期指标值:100%,年度指标值:100%;
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("seed16")
    (folder / "qingsong_mzj.txt").write_text(_CIVIL, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder])


def _plain(text: str) -> str:
    return re.sub(r"\s", "", text)


@pytest.mark.parametrize("q", ["救灾物资购置经费相当于养老服务补贴的百分之多少", "救灾物资购置经费占养老服务补贴的比例",
                               "救灾物资购置经费是养老服务补贴的几成", "救灾物资购置经费是养老服务补贴的几分之几"])
def test_a_share_between_two_named_projects_is_the_first_over_the_second(engine, q) -> None:
    answer = _ask(engine, q)
    assert answer.status == ANSWERED and "20.00%" in answer.text, answer.text
    assert "10.00%" not in answer.text  # never the share of the department's total


def test_the_smaller_named_first_in_a_times_question_is_answered_that_way_round(engine) -> None:
    answer = _ask(engine, "救灾物资购置经费是养老服务补贴的几倍")
    assert answer.status == ANSWERED and "0.20 倍" in answer.text and "5.00 倍" in answer.text, answer.text


@pytest.mark.parametrize("q", ["社区服务中心运行经费的满意度指标叫什么名字", "社区服务中心运行经费的满意度指标名称是什么"])
def test_the_name_of_a_class_of_indicators_is_its_list(engine, q) -> None:
    answer = _ask(engine, q)
    assert answer.status == ANSWERED and "办事群众满意度" in answer.text, answer.text


@pytest.mark.parametrize("q", ["养老服务补贴 准确率要求多少", "养老服务补贴准确率多少"])
def test_an_indicator_said_by_a_word_of_its_name_beside_its_project_is_that_indicator(engine, q) -> None:
    answer = _ask(engine, q)
    assert answer.status == ANSWERED and "补贴发放准确率" in answer.text and "100%" in answer.text, answer.text
    assert "100.00万元" not in answer.text


def test_a_money_word_ending_the_project_said_before_an_indicator_asks_no_money(engine) -> None:
    answer = _ask(engine, "救灾物资购置经费物资验收合格率多少")
    assert answer.status == ANSWERED and "100%" in answer.text and "20.00万元" not in answer.text, answer.text
    money = _ask(engine, "物资验收合格率多少钱")
    assert money.status != ANSWERED  # a rate is no amount


@pytest.mark.parametrize("q, counted", [("社区服务中心进驻的是哪几个部门", False), ("社区服务中心进驻了几个单位", True)])
def test_the_organisations_a_projects_text_lists_are_the_answer(engine, q, counted) -> None:
    answer = _ask(engine, q)
    text = _plain(answer.text)
    assert answer.status == ANSWERED, answer.text
    assert all(u in text for u in ("县卫生健康局", "县司法局", "县医疗保障局")), answer.text
    assert ("共3个" in text) == counted and "属于青松县民政局" not in text


def test_how_many_organisations_after_a_class_of_indicators_is_not_the_count_of_indicators(engine) -> None:
    answer = _ask(engine, "社区服务中心的数量指标", "进驻的单位有几个")
    assert answer.status == ANSWERED and "共 3 个" in answer.text, answer.text


@pytest.mark.parametrize("q", ["不算养老服务补贴 其他几个项目加起来多少", "除了养老服务补贴 其余几个项目合计多少钱"])
def test_the_rest_of_the_projects_added_up(engine, q) -> None:
    answer = _ask(engine, q)
    assert answer.status == ANSWERED and "100.00万元" in answer.text.split("=")[-1], answer.text
    assert "一共有" not in answer.text  # not a count of projects


@pytest.mark.parametrize("turns", [("救灾物资购置经费", "帐篷运输维护费呢"), ("帐篷运输维护费多少",)])
def test_a_cost_the_table_does_not_hold_is_not_answered_by_a_name_sharing_one_word(engine, turns) -> None:
    answer = _ask(engine, *turns)
    assert answer.status != ANSWERED, answer.text
    assert "20.00万元" not in answer.text and "50顶" not in answer.text


@pytest.mark.parametrize("q", ["实现群众办事就近办理是哪个项目的指标值", "哪个项目的指标值是实现群众办事就近办理"])
def test_words_said_as_a_value_find_the_indicator_holding_them(engine, q) -> None:
    answer = _ask(engine, q)
    assert answer.status == ANSWERED and "群众办事便利" in answer.text and "社区服务中心运行经费" in answer.text, answer.text


def test_a_value_filter_said_with_a_bound(engine) -> None:
    answer = _ask(engine, "哪个项目的指标值是≥50顶")
    assert answer.status == ANSWERED and "帐篷购置数量" in answer.text and "补贴发放人数" not in answer.text, answer.text


def test_projects_within_a_bound_asked_together_are_summed(engine) -> None:
    answer = _ask(engine, "大于五十万的项目合计多少")
    assert answer.status == ANSWERED and "180.00万元" in answer.text, answer.text


def test_an_execution_rate_asked_as_an_indicator_is_that_indicator(engine) -> None:
    answer = _ask(engine, "养老服务补贴执行率指标值")
    assert answer.status == ANSWERED and "≥95%" in answer.text, answer.text


def test_a_money_indicator_of_a_class_over_its_own_project(engine) -> None:
    answer = _ask(engine, "社区服务中心成本指标占项目的百分比")
    assert answer.status == ANSWERED and "100.00%" in answer.text and "40.00%" not in answer.text, answer.text


def test_a_percentage_asked_of_word_valued_indicators_says_none_is_set(engine) -> None:
    answer = _ask(engine, "社区服务中心运行经费的满意度要达到百分之几")
    assert "没有给这项指标定百分比" in answer.text and "满意度测评" in answer.text, answer.text
    rate = _ask(engine, "补贴发放准确率要达到百分之几")
    assert "没有给这项指标定百分比" not in rate.text and "100%" in rate.text, rate.text


def test_a_count_in_an_indicators_own_measure(engine) -> None:
    answer = _ask(engine, "养老服务补贴要入户走访多少次老人")
    assert answer.status == ANSWERED and "≥12次" in answer.text, answer.text


def test_how_often_after_a_project_is_what_its_texts_say(engine) -> None:
    answer = _ask(engine, "社区服务中心运行经费", "多久轮换一次")
    assert answer.status == ANSWERED and "每两个月轮换一次" in answer.text, answer.text


@pytest.mark.parametrize("q", ["民政局部门名称全称", "民政局全名叫什么"])
def test_a_departments_full_name(engine, q) -> None:
    answer = _ask(engine, q)
    assert answer.status == ANSWERED and "青松县民政局" in answer.text, answer.text


@pytest.mark.parametrize("q, kept, left", [("比养老服务补贴少的项目有哪些", ["社区服务中心运行经费", "救灾物资购置经费"], []),
                                           ("哪些项目比社区服务中心运行经费多", ["养老服务补贴"], ["救灾物资购置经费"])])
def test_projects_past_a_named_projects_amount(engine, q, kept, left) -> None:
    answer = _ask(engine, q)
    assert answer.status == ANSWERED and all(k in answer.text for k in kept), answer.text
    assert not any(x in answer.text for x in left)
    assert "总计" not in answer.text  # never the named project's own amount


def test_the_project_with_most_indicators_of_a_class(engine) -> None:
    answer = _ask(engine, "哪个项目的数量指标最多")
    assert answer.status == ANSWERED and "养老服务补贴" in answer.text and "（2 个）" in answer.text, answer.text


def test_the_indicators_two_projects_share(tmp_path) -> None:
    shared = _CIVIL.replace("物资验收合格率", "补贴发放准确率")
    (tmp_path / "t.txt").write_text(shared, encoding="utf-8")
    engine = engine_over(tmp_path / "kb.sqlite", [tmp_path])
    answer = _ask(engine, "养老服务补贴和救灾物资购置经费都有的指标是哪个")
    assert answer.status == ANSWERED and "补贴发放准确率" in answer.text, answer.text
    assert "帐篷购置数量" not in answer.text and "补贴发放人数" not in answer.text
    none = _ask(engine, "社区服务中心运行经费和救灾物资购置经费有没有相同的指标")
    assert "没有名称相同的绩效指标" in none.text, none.text


@pytest.mark.parametrize("q, right", [("养老服务补贴是不是100万", True), ("救灾物资购置经费是30万吗", False)])
def test_an_amount_checked_is_answered_yes_or_no_with_the_figure(engine, q, right) -> None:
    answer = _ask(engine, q)
    first = answer.text.splitlines()[0]
    assert answer.status == ANSWERED and first.startswith("是的" if right else "不是"), answer.text
    assert ("100.00万元" if right else "20.00万元") in first


def test_the_project_pointed_at_is_the_one_left_out(engine) -> None:
    answer = _ask(engine, "养老服务补贴", "除了它其他项目合计多少")
    assert answer.status == ANSWERED and "100.00万元" in answer.text.split("=")[-1], answer.text
    assert "200.00万元" not in answer.text


def test_how_many_indicators_hold_a_value(engine) -> None:
    answer = _ask(engine, "有多少个指标值是100%")
    assert answer.status == ANSWERED and "2 个" in answer.text and "3 个项目" not in answer.text, answer.text


def test_which_organisations_after_the_project_was_named(engine) -> None:
    answer = _ask(engine, "社区服务中心运行经费", "哪些单位进驻")
    assert answer.status == ANSWERED and "县医疗保障局" in answer.text and "万元。" not in answer.text.splitlines()[0], answer.text
    unit = _ask(engine, "金额单位是什么")
    assert "万元" in unit.text


@pytest.mark.parametrize("q", ["救灾物资购置经费与养老服务补贴的比例是多少", "救灾物资购置经费相当于养老服务补贴的多少",
                               "救灾物资购置经费只有养老服务补贴的几分之一"])
def test_a_pair_or_a_part_of_another_project_is_the_first_over_the_second(engine, q) -> None:
    answer = _ask(engine, q)
    assert answer.status == ANSWERED and "20.00%" in answer.text and "10.00%" not in answer.text, answer.text


def test_the_rest_of_the_projects_as_a_share_says_them_together_first(engine) -> None:
    answer = _ask(engine, "除了养老服务补贴，其他项目占总预算多少")
    assert answer.status == ANSWERED and "50.00%" in answer.text.splitlines()[0], answer.text


def test_an_indicator_of_another_project_said_beside_a_project_is_said_to_be_that_ones(engine) -> None:
    answer = _ask(engine, "救灾物资购置经费补贴发放准确率多少")
    assert answer.status != ANSWERED and "养老服务补贴" in answer.text, answer.text
    assert "20.00万元" not in answer.text


def test_a_cost_its_text_only_names_among_others_has_no_amount_of_its_own(engine) -> None:
    answer = _ask(engine, "社区服务中心运行经费", "保洁费呢")
    assert answer.status != ANSWERED and "保洁" in answer.text and "80.00万元" not in answer.text, answer.text


@pytest.mark.parametrize("kind", ["实施周期", "年度", ""])
def test_a_class_said_after_a_named_project_stays_that_projects(seed_engine, kind) -> None:
    # the seed's 信访超市 files its 服务对象满意度 under 效益指标; 信访工作经费's is a 满意度指标 of a near name
    answer = _ask(seed_engine, f"信访超市的服务对象满意度{kind}指标值")
    assert answer.status == ANSWERED and "信访超市）服务对象满意度" in answer.text, answer.text
    assert "信访群众服务对象满意度" not in answer.text


def test_where_is_what_a_projects_text_says_and_never_an_amount(engine) -> None:
    answer = _ask(engine, "救灾物资购置经费的物资存放在哪里")
    assert answer.status == ANSWERED and "储备仓库" in answer.text, answer.text
    nowhere = _ask(engine, "民政局在哪里")
    assert nowhere.status != ANSWERED and "200.00万元" not in nowhere.text, nowhere.text


def test_indicators_related_to_a_named_project(engine) -> None:
    answer = _ask(engine, "跟救灾物资购置经费有关的指标有哪些")
    assert answer.status == ANSWERED and "帐篷购置数量" in answer.text and "物资验收合格率" in answer.text, answer.text
    assert "补贴发放人数" not in answer.text
