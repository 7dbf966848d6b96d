"""Round 21 (seed40), the bundled seed's format asked in staff's words: an indicator said with the project's
name and a concept word inside its own name ("X采购计划执行率" of 采购计划执行率, 执行率 no rate of execution);
a follow-up saying only part of an indicator's name of the project in focus ("调处呢", "计划执行率呢": that
indicator, never the project's amount again nor "not loaded"); "X有没有满意度指标" where X has none (a yes or
no: 没有, answered; with a value asked too it stays unknown); "哪个项目钱最多" → "它占多少比例" (its share of the
table's total, never the project over itself); "有多少编外人员" of a rate's thing (编外人员聘用合规率: no count in the
table, never the rate); "有多少律师" (a word for a project that is no money: how many, from its texts, never its
money). All tables are fictional."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over

_TABLE = """项目支出绩效目标表（含转移支付项目）

部门名称：临川区司法局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 128.10 128.10

临川区司法局 128.10 128.10

    执法装备采购经费 36.00 36.00

为基层司法所配备执法记录仪和移动办公终端，提升执法规范化水平。

1、1-产出指标,11-数量指标,执法记录仪配备数量；实施周期指标值:24台,年度指标值:24台;,2、1-产出指
标,13-时效指标,采购计划执行率；实施周期指标值:100%,年度指标值:95%;,3、2-效益指标,22-社会效益,执法
规范化水平；实施周期指标值:明显提升,年度指标值:逐步提升;

    人民调解员补贴经费 54.50 54.50

保障村居人民调解员工作补贴按时发放，及时化解基层矛盾纠纷。

1、1-产出指标,11-数量指标,协助乡镇重大纠纷联合调处；实施周期指标值:≥40件,年度指标值:≥40件;,2、1-产出
指标,14-成本指标,调解员月补贴标准；实施周期指标值:800元/人/月,年度指标值:800元/人/月;,3、3-满意度指标,31-
服务对象满意度,当事人满意度；实施周期指标值:≥90%,年度指标值:≥92%;

    法治宣传教育经费 28.00 28.00

开展法治宣传进村入户，组织宪法宣传周等主题活动。

1、1-产出指标,11-数量指标,开展普法主题活动；实施周期指标值:≥12场,年度指标值:≥12场;,2、2-效益指标,22-社会
效益,群众法治意识；实施周期指标值:持续增强,年度指标值:持续增强;

    政府法律顾问服务经费 9.60 9.60

聘请律师事务所派驻2名律师担任政府法律顾问，审查规范性文件和重大合同。

1、1-产出指标,12-质量指标,聘用人员考勤合格率；实施周期指标值:100%,年度指标值:100%;,2、1-产出指标,11-数量指标,
审查规范性文件；实施周期指标值:≥20件,年度指标值:≥20件;
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("seed40")
    (root / "docs").mkdir()
    (root / "docs" / "临川区_司法局_2026_项目支出绩效目标表.txt").write_text(_TABLE, encoding="utf-8")
    return engine_over(root / "kb.sqlite", [root / "docs"])


def _ask(engine: Engine, *turns: str) -> tuple[str, str]:
    answer = converse(engine, *turns)
    return answer.text, answer.status


@pytest.mark.parametrize("question", ["执法装备采购计划执行率", "执法装备采购经费计划执行率是多少", "执法装备的计划执行率多少"])
def test_an_indicator_said_with_a_concept_word_of_its_name(engine, question):
    text, status = _ask(engine, question)
    assert status == "answered" and "采购计划执行率" in text and "95%" in text and "36.00" not in text


@pytest.mark.parametrize(("first", "second", "said", "other"), [
    ("执法装备经费", "计划执行率呢", "95%", "36.00"),
    ("执法装备采购经费多少", "它的计划执行率", "95%", "36.00"),
    ("调解员补贴经费", "调处呢", "≥40件", "54.50"),
])
def test_part_of_an_indicator_name_after_its_project(engine, first, second, said, other):
    text, status = _ask(engine, first, second)
    assert status == "answered" and said in text and other not in text


@pytest.mark.parametrize("turns", [("法治宣传教育经费有没有满意度指标",), ("执法装备采购经费多少", "它有成本指标吗"),
                                   ("法治宣传经费", "有没有满意度指标")])
def test_whether_a_project_has_a_kind_it_lacks(engine, turns):
    text, status = _ask(engine, *turns)
    assert status == "answered" and text.startswith("没有") and "≥90%" not in text


@pytest.mark.parametrize("turns", [("法治宣传教育经费有没有满意度指标 值多少",), ("执法装备采购经费", "它有成本指标吗 定的多少")])
def test_a_value_of_a_kind_a_project_lacks(engine, turns):
    text, status = _ask(engine, *turns)
    assert status == "unknown" and "800" not in text


@pytest.mark.parametrize(("first", "share"), [("哪个项目钱最多", "42.54%"), ("哪个项目经费最少", "7.49%")])
def test_share_of_the_project_just_ranked(engine, first, share):
    text, status = _ask(engine, first, "它占多少比例")
    assert status == "answered" and share in text and "100.00%" not in text


@pytest.mark.parametrize("question", ["司法局有多少聘用人员", "聘用人员有几个"])
def test_how_many_of_a_rates_thing_is_no_rate(engine, question):
    text, status = _ask(engine, question)
    assert status != "answered" and "100%" not in text


def test_how_many_of_a_word_for_a_project(engine):
    text, status = _ask(engine, "司法局有多少律师")
    assert status == "answered" and "2名律师" in text and "9.60" not in text
