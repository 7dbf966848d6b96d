"""The seed's kinds of question (round 35), on a fictional table of the same shape: the smallest of the projects
just listed ("这几个里面哪个最少"); a sum said of a short name several projects share ("聘用人员经费总共多少");
"再加上X一共" after amounts asked in a row; the indicators another project shares ("哪些跟工资经费的一样"); "有没有X的
项目" with X an indicator's or a goal's word; two of one project's indicators said by parts of their names ("参与接待和
处理纠纷分别多少"); 要求 as a verb before what a project's texts list; a Japanese form of a character (経费); one value
asked of a kind several projects hold ("满意度指标是多少": which project?)."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, CLARIFY, UNKNOWN, Engine

_TABLE = """项目支出绩效目标表（含转移支付项目）

部门名称：青川县档案局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 240.70 240.70

青川县档案局 240.70 240.70

    档案数字化经费 90.00 90.00

推进馆藏档案数字化，提高查档利用效率。

1、3-满意度指标,31-服务对象满意度,查档群众满意度；实施周期指标值:≥90%,年度指标值:≥92%;,2、1-产出指标,11-数量指标,馆藏档案数字化
卷数；实施周期指标值:≥5000卷,年度指标值:≥5000卷;,3、1-产出指标,13-时效指标,数字化按期完成率；实施周期指标值:100%,年度指标值:100%;,4、
2-效益指标,21-经济效益,维护档案安全；实施周期指标值:档案安全可控,年度指标值:档案零丢失;

    法律咨询专项经费 9.00 9.00

聘请律师事务所提供法律咨询。

1、3-满意度指标,31-服务对象满意度,法律咨询对象满意度；实施周期指标值:≥85%,年度指标值:≥85%;,2、1-产出指标,11-数量指标,参与馆长接待日
；实施周期指标值:≥10次,年度指标值:≥10次;,3、1-产出指标,11-数量指标,协助处理档案纠纷；实施周期指标值:≥8宗,年度指标值:≥8宗;,4、2-效益指标,
21-经济效益,维护档案安全；实施周期指标值:纠纷依法化解,年度指标值:纠纷不出馆;

    查档服务中心运行经费 54.00 54.00

保障查档服务中心正常运转，包括保安、保洁、设备维护等。

1、1-产出指标,11-数量指标,实现查档服务中心有序运转；实施周期指标值:区自然资源局、区住建局、区民政局派驻工作人员进驻查档服务中心。,年度指标值:区自然资源局、区住建局、区民政局派驻工作人员进驻查档服务中心。;,2、1-产出指标,13-时效指标,查档申请按时办结；实施周期指标值:按时办结,年度指标值:按时办结;,3、1-产出指标,14-成本指标,中心运行成本；实施周期指标值:≤54万元,年度指标值:≤54万元;,4、2-效益指标,24-可持续影响,查档服务中心服务对象满意度；实施周期指标值:服务规范,年度指标值:无有效投诉;

    聘用人员工资经费 66.50 66.50

保障聘用人员工资按时发放。

1、1-产出指标,12-质量指标,聘用人员考核完成率；实施周期指标值:考核合格,年度指标值:100%;,2、1-产出指标,12-质量指标,聘用人员合规率；实施周期
指标值:合规,年度指标值:100%;,3、1-产出指标,13-时效指标,工资发放及时性；实施周期指标值:按月发放,年度指标值:100%;

    聘用人员公用经费 3.20 3.20

保障聘用人员办公所需。

1、1-产出指标,12-质量指标,聘用人员资质达标率；实施周期指标值:100%,年度指标值:100%;,2、1-产出指标,12-质量指标,聘用人员合规率；实施周期指标
值:合规,年度指标值:100%;,3、1-产出指标,12-质量指标,聘用人员考核完成率；实施周期指标值:100%,年度指标值:100%;

    业务用车购置经费 18.00 18.00

购置业务用车一辆，用于档案接收和下乡查档。

1、1-产出指标,11-数量指标,车辆购置数量；实施周期指标值:年度计划数,年度指标值:2辆;,2、1-产出指标,12-质量指标,政府采购率；实施周期指标值:100%,年度指标值:100%;
"""


@pytest.fixture(scope="module")
def archives(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("seed35")
    path = folder / "qingchuan_archives.txt"
    path.write_text(_TABLE, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [path])


def answered(engine: Engine, *turns: str):
    answer = converse(engine, *turns)
    assert answer.status == ANSWERED, answer.text
    return answer


def test_the_least_of_the_projects_just_listed(archives):
    a = answered(archives, "有哪些项目超过五十万", "这几个里面哪个最少")
    assert "查档服务中心运行经费" in a.text and "54.00" in a.text and "相差" not in a.text, a.text
    b = answered(archives, "有哪些项目超过五十万", "这三个当中哪个钱最多")
    assert "档案数字化经费" in b.text and "90.00" in b.text, b.text


def test_a_sum_said_of_a_shared_short_name_adds_every_project_it_fits(archives):
    a = answered(archives, "聘用人员经费总共多少")
    assert "69.70" in a.text and "聘用人员工资经费" in a.text and "聘用人员公用经费" in a.text, a.text
    # a count of people is no sum of money
    assert converse(archives, "聘用人员一共有多少人").status != ANSWERED
    assert converse(archives, "聘用人员的指标一共有几个").status == CLARIFY


def test_zai_adds_to_every_amount_asked_in_a_row(archives):
    a = answered(archives, "档案数字化经费多少", "法律咨询呢", "再加上业务用车一共多少")
    assert "117.00" in a.text, a.text
    # without 再, the figure just shown and the one named
    b = answered(archives, "档案数字化经费多少", "法律咨询呢", "加上业务用车一共多少")
    assert "27.00" in b.text and "117" not in b.text, b.text


def test_the_indicators_another_project_shares(archives):
    a = answered(archives, "聘用人员公用经费有哪些指标", "哪些跟工资经费的一样")
    assert "聘用人员合规率" in a.text and "聘用人员考核完成率" in a.text, a.text
    assert "资质达标率" not in a.text and "工资发放及时性" not in a.text and "66.50" not in a.text, a.text


def test_any_project_about_a_word_of_its_indicators_or_goal(archives):
    a = answered(archives, "有没有车辆购置的项目")
    assert "业务用车购置经费" in a.text and "18.00" in a.text, a.text
    b = answered(archives, "有没有保洁的项目")
    assert "查档服务中心运行经费" in b.text and "54.00" in b.text, b.text
    c = answered(archives, "有没有超过50万的项目")  # a bound asks the list it always did
    assert "90.00" in c.text and "66.50" in c.text and "54.00" in c.text, c.text
    assert converse(archives, "有没有培训的项目").status == UNKNOWN


def test_two_indicators_of_one_project_by_parts_of_their_names(archives):
    a = answered(archives, "法律咨询项目 参与接待和处理纠纷分别多少")
    assert "≥10次" in a.text and "≥8宗" in a.text and "85%" not in a.text, a.text
    b = answered(archives, "业务用车 购置数量和采购率分别多少")
    assert "2辆" in b.text and "政府采购率" in b.text, b.text


def test_required_as_a_verb_before_what_the_texts_list(archives):
    a = answered(archives, "查档服务中心要求哪些单位派人进驻")
    assert "区住建局" in a.text and "区民政局" in a.text, a.text


def test_a_japanese_form_of_a_character(archives):
    a = answered(archives, "档案数字化経费多少")
    assert "90.00" in a.text, a.text


def test_an_old_variant_of_a_character(archives):
    a = answered(archives, "成夲指标都有啥")  # 夲, an old form of 本
    assert "中心运行成本" in a.text, a.text


def test_one_value_of_a_kind_several_projects_hold_asks_which(archives):
    a = converse(archives, "满意度指标是多少")
    assert a.status == CLARIFY and "档案数字化经费" in a.text and "法律咨询专项经费" in a.text, a.text
    b = answered(archives, "满意度指标是多少", "2")
    assert "≥85%" in b.text and "≥92%" not in b.text, b.text
    c = answered(archives, "满意度指标有哪些")  # a list stays a list
    assert "≥85%" in c.text and "≥92%" in c.text, c.text
    d = answered(archives, "档案数字化经费多少", "满意度指标是多少")  # the project in view
    assert "≥92%" in d.text and "≥85%" not in d.text, d.text


def test_shared_indicators_asked_in_other_words(archives):
    for q in ("聘用人员工资经费和公用经费有一样的指标吗", "聘用人员工资和公用经费两个项目有哪些指标是一样的"):
        a = answered(archives, q)
        assert "聘用人员合规率" in a.text and "聘用人员考核完成率" in a.text, a.text
        assert "资质达标率" not in a.text and "指标值最高" not in a.text, a.text


def test_a_kind_among_the_indicators_just_listed(archives):
    a = answered(archives, "聘用人员工资经费的指标", "哪个是时效指标")
    assert "工资发放及时性" in a.text and "数字化按期完成率" not in a.text, a.text


def test_two_kinds_asked_one_filed_by_name_or_absent(archives):
    a = answered(archives, "查档服务中心 成本和满意度分别是多少")
    assert "≤54万元" in a.text and "无有效投诉" in a.text, a.text
    b = answered(archives, "档案数字化经费的成本和满意度指标")
    assert "没有成本指标" in b.text and "≥92%" in b.text, b.text


def test_joined_pieces_with_each_said_after_them(archives):
    a = answered(archives, "聘用人员工资经费 合规率和及时性各是多少")
    assert "聘用人员合规率" in a.text and "工资发放及时性" in a.text and "考核完成率" not in a.text, a.text


def test_a_short_name_inside_more_words_is_a_word_to_find(archives):
    a = answered(archives, "有没有下乡查档的项目")
    assert "业务用车购置经费" in a.text and "18.00" in a.text and "54.00" not in a.text, a.text
    b = answered(archives, "有没有法律咨询的项目")  # a project named whole keeps its own answer
    assert "法律咨询专项经费" in b.text and "9.00" in b.text, b.text
