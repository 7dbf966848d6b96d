"""Questions over the published sample tables as staff type them: two asks in one breath parted only by
a space or 和, a 明细 line named in part with its use and its 测算依据, sources of funds by kind, a rate of
change or a reason the prose states, words a cell's text says, and what the tables do not hold (a count
of people where only rates are printed; a department not asked about when one table holds the line)."""

from __future__ import annotations

import re

import pytest

from bot.engine import Engine, Session
from bot.ingest.prose import prose_facts


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:\.\d+)?", text))


@pytest.fixture(scope="module")
def all_engine(tmp_path_factory, built_copy) -> Engine:
    """The seed, the published samples and a general table of another department side by side."""
    from tests.conftest import DATA, SEED, VOCAB

    return Engine(built_copy([SEED, DATA / "samples", DATA / "general6"], tmp_path_factory.mktemp("spoken") / "kb.sqlite"),
                  VOCAB)


@pytest.mark.parametrize("question, expected", [
    # a space between two asks, the first ending in 谁
    ("东湖这个项目负责人是谁 电话多少", {"吴卫东", "67880231"}),
    # labels named one after another with no asking word: each one's value
    ("财政局的基本支出 项目支出", {"2336.91", "603.14"}),
    # an answer that left a named thing out (平均得分) is asked again, each thing on its own
    ("社工部绩效自评 涉及预算金额 平均得分", {"175.52", "100.00"}),
    # two things of one subject joined by 和
    ("财政局绩效自评的项目个数和平均分", {"4", "99.43"}),
])
def test_two_asks_in_one_breath_each_answered(samples_engine, question, expected):
    a = samples_engine.ask(question)
    assert a.status == "answered", a.text
    assert all(e in a.text for e in expected), a.text


@pytest.mark.parametrize("question, expected", [
    ("东湖 对机关事业单位养老保险基金补助多少 干啥用", {"3080", "改革配套"}),
    ("普惠金融发展支出多少 用途", {"25", "贴息"}),
    # the table's own word for its note (测算依据) asks the line's amount and what it is for
    ("东湖项目就业补助的测算依据", {"1195.82", "职业介绍补贴"}),
])
def test_a_line_of_the_detail_with_its_use(samples_engine, question, expected):
    a = samples_engine.ask(question)
    assert a.status == "answered" and all(e in a.text for e in expected), a.text


def test_sources_of_funds_by_kind(samples_engine):
    a = samples_engine.ask("东湖项目资金来源是啥")
    # the table's lines by kind, not only the total said as 财政拨款
    assert a.status == "answered" and "一般公共预算财政拨款收入" in a.text and "6730" in a.text, a.text


def test_share_of_the_projects_total(samples_engine):
    a = samples_engine.ask("养老保险基金补助占东湖项目总额的比例")
    assert a.status == "answered" and "45.77" in a.text and "3080" in a.text, a.text
    # 项目 right after the department is no label there; a label beginning 项目 still is one
    b = samples_engine.ask("东湖项目明细有哪些")
    assert b.status == "answered" and "就业补助" in b.text, b.text


def test_a_short_text_of_each_department_a_name_fits(samples_engine):
    # 人社局 fits three departments; two tables name the project's person: both, each with its source
    a = samples_engine.ask("人社局那个项目的负责人是谁")
    assert a.status == "answered", a.text
    assert "吴卫东" in a.text and "向俐" in a.text, a.text
    assert "wuhan" in a.text and "chongqing" in a.text, a.text


def test_excess_over_the_target_said_with_le(samples_engine):
    a = samples_engine.ask("渝中新增就业超额完成了多少人")
    assert a.status == "answered" and "9858" in a.text and {"49358", "39500"} <= _numbers(a.text), a.text


def test_how_points_are_lost_is_the_scoring_rule(samples_engine):
    a = samples_engine.ask("渝中 预算执行率的评价标准 低了怎么扣分")
    assert a.status == "answered" and "每低于5%扣1分" in a.text, a.text
    assert a.text.count("每低于5%扣1分") == 1, a.text  # one line answering both asks is shown once
    # "哪些扣分了" still asks which rows lost points, not the scoring rule
    b = samples_engine.ask("渝中哪些指标扣分了")
    assert "每低于5%扣1分" not in b.text, b.text


@pytest.mark.parametrize("question, expected", [
    # what was spent is the 决算数 of a table that prints no 执行数
    ("社工部差旅费花了多少", {"1.15"}),
    # a share asked of a row that prints it as a percentage
    ("社工部行政运行完成全年预算的百分比", {"98.69"}),
    # 部门决算 said in part before 单位名称 said in other words
    ("社工部部门决算包括哪些单位", {"社会工作发展服务中心"}),
    # a rate of change the prose states in words
    ("财政局收支总计比上年减少多少 降了百分之几", {"56.95", "1.87"}),
    ("财政局机关运行经费比二三年增加多少 增长率", {"2.55", "1.40"}),
    # the reason the prose gives for the change
    ("社工部收支为啥比上年增长百分百", {"2024年成立"}),
])
def test_final_accounts_in_staff_words(samples_engine, question, expected):
    a = samples_engine.ask(question)
    assert a.status == "answered" and all(e in a.text for e in expected), a.text


def test_a_rate_column_the_table_prints_stays_its_own(all_engine):
    a = all_engine.ask("卫健局工资福利支出增长率")
    assert a.status == "answered" and "5.1576" in a.text and "中写的是" not in a.text, a.text


def test_words_a_text_says_are_answered_with_that_passage(samples_engine):
    a = samples_engine.ask("湛江个人缴费财政补贴标准怎么定的")
    assert a.status == "answered" and "30元" in a.text and "60元" in a.text, a.text
    assert "中写的是" in a.text and "zhanjiang" in a.text, a.text
    # a label's own words name its cells, never a passage that happens to quote them
    b = samples_engine.ask("东湖分局就业和社会保险的管理支出占项目总预算的比例")
    assert "中写的是" not in b.text, b.text


def test_a_count_of_people_where_only_rates_are_printed(samples_engine):
    for question in ("湛江三支一扶人员一共有多少人", "湛江三支一扶人员有多少人"):
        a = samples_engine.ask(question)
        assert a.status == "unknown", a.text
        assert "≥90%" in a.text and "人" in a.text, a.text  # says what the table has instead


def test_no_department_is_asked_when_one_table_holds_the_line(all_engine):
    a = all_engine.ask("家庭医生签约服务签约了多少人")
    assert a.status == "unknown", a.text
    assert not a.options and "家庭医生签约服务经费" in a.text, a.text
    # a pointer to "this department" with a count asked is no overview of every department
    b = all_engine.ask("这个部门有多少人", Session())
    assert not b.text.startswith("这是"), b.text


def test_prose_reason_of_a_change_is_a_text_of_that_row():
    text = "一、收入支出决算总体情况说明\n某局2024年度收入支出总计120.00万元。与2023年度相比，收入支出总计增加20.00万元，增长20.00%。主要原因：新增人员。\n"
    facts = prose_facts([(1, text)], department="某局", year=2024)
    reasons = [f for f in facts if f.col == ("原因",)]
    assert len(reasons) == 1 and reasons[0].value == "新增人员" and reasons[0].row == ("收入支出总计",), facts
    # a reason sentence after no change is not attached to anything
    plain = prose_facts([(1, "一、说明\n本年支出合计10.00万元。主要原因：无。\n")], department="某局", year=2024)
    assert not [f for f in plain if f.col == ("原因",)], plain
