"""Conversations staff have over a 项目支出绩效目标表 (round 18), on a fictional table of the same shape: a
project added to the figure just answered ("占比" -> "那加上X呢": the two together's share; "多少" -> "那加上X呢":
their sum), and a sum answered with its parts named but not their figures, and "他们局" after a project: the department
talked about; a line asked with no department named, after two answers from one department's table where
that line is a column (其中人员经费) and other departments' tables print it as a row: the conversation's."""

from __future__ import annotations

import pytest
from conftest import DATA, converse, engine_over, simple_table, write_workbook

from bot.engine import ANSWERED, Engine

_ARCHIVES = """项目支出绩效目标表（含转移支付项目）

部门名称：青禾县档案局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 300.00 300.00

青禾县档案局 300.00 300.00

    档案数字化经费 150.00 150.00

推进馆藏档案数字化，方便群众查档。

1、1-产出指标,11-数量指标,数字化档案数量；实施周期指标值:≥2万卷,年度指标值:≥2万卷;,2、3-满意度指标,31-服务对象
满意度,查档群众满意度；实施周期指标值:≥95%,年度指标值:≥95%;,3、1-产出指标,11-数量指标,参与馆长接访；实施周期
指标值:≥6次,年度指标值:≥6次;

    档案馆运行经费 90.00 90.00

保障档案馆正常运转。

1、1-产出指标,12-质量指标,馆长接访；实施周期指标值:≥12次,年度指标值:≥12次;,2、1-产出指标,13-时效指标,查档
按时办结率；实施周期指标值:100%,年度指标值:100%;

    政府雇员工资经费 54.00 54.00

保障政府雇员工资按时足额发放。

1、1-产出指标,13-时效指标,工资发放及时性；实施周期指标值:按月发放,年度指标值:100%;

    政府雇员公用经费 6.00 6.00

保障政府雇员日常办公。

1、1-产出指标,14-成本指标,办公费用控制；实施周期指标值:≤6万元,年度指标值:≤6万元;
"""


@pytest.fixture(scope="module")
def archives(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("seed18")
    path = folder / "qinghe_archives.txt"
    path.write_text(_ARCHIVES, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [path, DATA / "civil_affairs.txt"])


def answered(engine: Engine, *turns: str):
    answer = converse(engine, *turns)
    assert answer.status == ANSWERED, answer.text
    return answer


def test_adding_a_project_after_a_share_gives_the_two_togethers_share(archives):
    a = answered(archives, "档案局雇员工资经费占比", "那加上雇员公用经费呢")
    assert "20.00%" in a.text and "18.00%" not in a.text  # (54 + 6) ÷ 300, not 6 ÷ 300 or 54 ÷ 300 alone
    again = answered(archives, "档案局雇员工资经费占比", "那加上雇员公用经费呢", "再加上档案馆运行经费呢")
    assert "50.00%" in again.text  # (54 + 6 + 90) ÷ 300


def test_adding_a_project_after_an_amount_gives_the_sum(archives):
    a = answered(archives, "档案馆运行经费多少", "那加上档案数字化经费呢")
    assert "240.00万元" in a.text and "%" not in a.text


def test_a_project_also_counted_or_taken_away_after_a_figure(archives):
    also = answered(archives, "档案局雇员工资经费占比", "把雇员公用经费也算上呢")
    assert "20.00%" in also.text and "2.00%" not in also.text  # (54 + 6) ÷ 300, not 6 ÷ 300
    less = answered(archives, "档案馆运行经费多少", "那减去档案数字化经费呢")
    assert "60.00万元" in less.text  # 150 − 90, never 档案数字化经费's own 150.00万元 as the answer
    taken = answered(archives, "档案馆运行经费多少", "扣掉档案数字化经费呢")
    assert "60.00万元" in taken.text
    rest = answered(archives, "档案局政府雇员工资跟公用经费加一块多少", "去掉公用经费呢")
    assert "54.00万元" in rest.text and "60.00" not in rest.text


def test_a_sum_names_its_parts_without_their_figures(archives):
    one = answered(archives, "档案局政府雇员工资跟公用经费加一块多少")
    assert "60.00万元" in one.text and "54.00" not in one.text and "政府雇员公用经费" in one.text
    turns = answered(archives, "档案局雇员工资经费", "那公用经费呢", "这两个加起来")
    assert "60" in turns.text.splitlines()[0] and "54" not in turns.text


def test_their_bureau_after_a_project_is_its_department(archives):
    a = answered(archives, "青禾县档案局档案数字化经费", "占他们局项目总额多少")
    assert "50.00%" in a.text  # 150 ÷ 300, the archives' total, not the civil affairs bureau's


def _basic_spending(path) -> None:
    """A 基本支出预算表 by 经济分类 whose 人员经费/公用经费 are columns under 其中 (merged header cells)."""
    write_workbook(path, [("青梧区市场监督管理局2025年一般公共预算基本支出预算表", None, None, None, None, None),
                ("表三", None, None, None, None, "金额单位：元"),
                ("经济分类科目", None, "2025年预算数", None, None, "2024年预算数"),
                (None, None, "合计", "其中", None, None),
                ("科目编码", "科目名称", None, "人员经费", "公用经费", None),
                ("合计", None, 5000000, 4000000, 1000000, 4800000),
                ("301", "工资福利支出", 3900000, 3900000, None, 3700000),
                ("30101", "基本工资", 1500000, 1500000, None, 1450000),
                ("30102", "津贴补贴", 2000000, 2000000, None, 1900000),
                ("30113", "住房公积金", 400000, 400000, None, 350000),
                ("302", "商品和服务支出", 950000, None, 950000, 1000000),
                ("30201", "办公费", 300000, None, 300000, 320000),
                ("30211", "差旅费", 150000, None, 150000, 160000),
                ("30217", "公务接待费", 20000, None, 20000, 25000),
                ("30231", "公务用车运行维护费", 480000, None, 480000, 495000),
                ("303", "对个人和家庭的补助", 100000, 100000, None, 80000),
                ("30305", "生活补助", 100000, 100000, None, 80000),
                ("310", "资本性支出", 50000, None, 50000, 20000),
                ("31002", "办公设备购置", 50000, None, 50000, 20000),
                ("说明：1.人员经费包括工资福利支出和对个人和家庭的补助；公用经费包括商品和服务支出和资本性支出。", None, None,
                 None, None, None)],
                   ["A1:F1", "A3:B4", "C3:E3", "F3:F5", "C4:C5", "D4:E4", "A6:B6", "A20:F20"], sheet="Sheet1")


@pytest.fixture(scope="module")
def with_samples(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("seed18_basic")
    _basic_spending(folder / "qingwu_basic.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "qingwu_basic.xlsx", DATA / "samples"])


def test_a_line_asked_with_no_department_is_of_the_conversations(with_samples):
    a = answered(with_samples, "青梧区市场监管局公用经费多少", "那人员经费呢", "人员经费占合计的百分比")
    assert "80.00%" in a.text and "青梧" in a.text  # 4000000 ÷ 5000000, not which of the 普陀 departments


@pytest.fixture(scope="module")
def lines(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("seed18_lines")
    simple_table(folder / "qinghe_basic.xlsx", "Sheet1", "青禾县档案局2025年一般公共预算基本支出表", "B2", "单位：元",
                 ["科目名称", "2025年预算数"], [["合计", 195000], ["办公费", 120000], ["差旅费", 45000], ["培训费", 30000]])
    return engine_over(folder / "kb.sqlite", [folder / "qinghe_basic.xlsx"])


@pytest.mark.parametrize(("first", "then", "figure"), [
    ("档案局办公费多少", "那加上差旅费呢", "165000元"),  # 120000 + 45000
    ("档案局办公费多少", "把培训费也算上呢", "150000元"),  # 120000 + 30000
    ("档案局办公费多少", "扣掉培训费呢", "90000元"),  # 120000 − 30000
    ("档案局差旅费多少", "那减去办公费呢", "75000元"),  # the larger less the smaller: how far apart
])
def test_a_line_added_to_or_taken_from_the_figure_shown(lines, first, then, figure):
    a = answered(lines, first, then)
    assert a.text.split("：")[0].endswith(figure), a.text  # the result first, not the named line's own figure


_CULTURE = """项目支出绩效目标表（含转移支付项目）

部门名称：青禾县文化馆(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 100.00 80.00 15.00 5.00

青禾县文化馆 100.00 80.00 15.00 5.00

    群众文化活动经费 60.00 40.00 15.00 5.00

举办群众文化活动，丰富群众精神文化生活。

1、1-产出指标,11-数量指标,举办文化活动场次；实施周期指标值:≥40场,年度指标值:≥40场;

    文化馆运行经费 40.00 40.00

保障文化馆正常开放。

1、1-产出指标,13-时效指标,免费开放时长；实施周期指标值:每周≥56小时,年度指标值:每周≥56小时;
"""


@pytest.fixture(scope="module")
def culture(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("seed18_culture")
    (folder / "qinghe_culture.txt").write_text(_CULTURE, encoding="utf-8")
    (folder / "qinghe_archives.txt").write_text(_ARCHIVES, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder / "qinghe_culture.txt", folder / "qinghe_archives.txt"])


@pytest.mark.parametrize("question", ["文化馆各项目的资金来源都是财政拨款吗", "文化馆有没有哪个项目用了财政专户拨款或者其他资金"])
def test_whether_the_funds_are_all_appropriations_is_answered_by_every_source(culture, question):
    a = answered(culture, question)
    assert "财政拨款 80.00万元" in a.text and "财政专户拨款 15.00万元（群众文化活动经费）" in a.text, a.text
    assert "其他资金 5.00万元（群众文化活动经费）" in a.text and "档案局" not in a.text


def test_a_source_no_project_uses_is_said_as_not_listed(culture):
    a = answered(culture, "档案局各个项目的资金来源都是财政拨款吗")
    assert "财政拨款 300.00万元（4 个项目都有）" in a.text and "其他资金未列（0）" in a.text, a.text
