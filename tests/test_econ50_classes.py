"""The 基本支出经济分类表 read whole: classes (301 工资福利支出 …) over their subjects (30101 基本工资 …), a 合计
line (the department's 基本支出), a 合计 column and a column per unit (本级, its centres and hospitals). Asked by a
subject's name or code, a class, of the department, a unit or 本级; the unit or subject with the most; shares; sums;
the 三公 subjects together; a unit's 基本支出 beside its 项目支出 of the project table; follow-ups to another unit
or subject. Two shapes: a county health commission's table in 元 with its header on one row (made here), and
婺源县文化广电新闻出版旅游局's in 万元 under a merged 预算单位 heading (tests/data/general49)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine

_GENERAL49 = Path(__file__).resolve().parent / "data" / "general49"
_HEAD = ("科目编码", "科目名称", "合计", "青溪县卫生健康委员会（本级）", "青溪县疾病预防控制中心", "青溪县妇幼保健院")
_ROWS = [
    (None, "合计", 8265000, 4120000, 2385000, 1760000),
    ("301", "工资福利支出", 6300000, 3050000, 1850000, 1400000),
    ("30101", "基本工资", 2400000, 1100000, 750000, 550000),
    ("30102", "津贴补贴", 1500000, 800000, 400000, 300000),
    ("30107", "绩效工资", 1800000, 850000, 520000, 430000),
    ("30113", "住房公积金", 600000, 300000, 180000, 120000),
    ("302", "商品和服务支出", 1465000, 870000, 335000, 260000),
    ("30201", "办公费", 420000, 250000, 100000, 70000),
    ("30211", "差旅费", 310000, 200000, 70000, 40000),
    ("30216", "培训费", 95000, 50000, 30000, 15000),
    ("30217", "公务接待费", 60000, 40000, 20000, 0),
    ("30231", "公务用车运行维护费", 180000, 120000, 60000, 0),
    ("30239", "其他交通费用", 400000, 210000, 55000, 135000),
    ("303", "对个人和家庭的补助", 500000, 200000, 200000, 100000),
    ("30302", "退休费", 500000, 200000, 200000, 100000),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("econ50_tables")
    simple_table(d / "qingxi_wjw_2025_basic.xlsx", "基本支出", "青溪县卫生健康委员会2025年一般公共预算基本支出经济分类表",
                 "F2", "单位：元", _HEAD, _ROWS)
    files = [_GENERAL49 / "江西省婺源县文化广电新闻出版旅游局2025年基本支出经济分类表.xlsx",
             _GENERAL49 / "江西省婺源县文化广电新闻出版旅游局2025年项目支出绩效目标表.txt"]
    return engine_over(tmp_path_factory.mktemp("econ50_db") / "kb.sqlite", [d, *files])


def _answered(engine: Engine, *turns: str) -> str:
    answer = converse(engine, *turns)
    assert answer.status == "answered", answer.text
    return answer.text


@pytest.mark.parametrize(("question", "shown", "not_shown"), [
    ("卫健委本级差旅费", "200000", "310000"),  # the department's own unit: 本级
    ("卫健委局本级差旅费多少", "200000", "310000"),
    ("疾控中心绩效工资多少", "520000", "1800000"),  # a unit by its short name
    ("妇幼保健院基本支出", "1760000", "8265000"),  # a unit's 基本支出: its 合计 line
    ("卫健委基本支出合计多少", "8265000", "4120000"),
    ("文广新旅局本级基本支出", "351.72", "653.12"),
    ("文广旅局局本级绩效工资是多少", "0万元", "78.78"),
    ("文广旅局差旅费预算多少", "9.2", "6.5"),  # 预算 is no 预算单位 heading: the 合计 column
])
def test_a_subject_or_the_whole_of_a_unit_column(engine: Engine, question: str, shown: str, not_shown: str) -> None:
    text = _answered(engine, question)
    assert shown in text and not_shown not in text.split("（来源")[0]


def test_a_subject_by_its_code_is_named(engine: Engine) -> None:
    text = _answered(engine, "卫健委经济分类30216是什么科目")
    assert "培训费" in text and "95000" in text


def test_the_unit_with_the_most_and_the_subject_with_the_most_of_a_class(engine: Engine) -> None:
    text = _answered(engine, "卫健委下面三个单位哪个基本支出最多")
    assert text.index("青溪县卫生健康委员会本级") < text.index("4120000")
    assert "最多的单位是青溪县卫生健康委员会本级" in text
    text = _answered(engine, "妇幼保健院商品和服务支出里哪项最多")
    assert "其他交通费用" in text and "135000" in text


def test_sangong_adds_the_subjects_printed_and_names_those_not(engine: Engine) -> None:
    text = _answered(engine, "卫健委三公经费合计多少（接待加车）")
    assert "240000" in text and "60000" in text and "180000" in text and "因公出国" in text
    assert "80000" in _answered(engine, "疾控中心三公经费")
    assert "5.4" in _answered(engine, "文广旅局三公经费合计多少（接待加车）")


def test_shares_sums_and_differences(engine: Engine) -> None:
    assert "76.23" in _answered(engine, "卫健委工资福利支出占基本支出比重")
    assert "3900000" in _answered(engine, "卫健委基本工资和津贴补贴加起来")
    assert "625000" in _answered(engine, "疾控中心比妇幼保健院基本支出多多少")
    text = _answered(engine, "疾控中心差旅费占全局差旅费的比例")
    assert "70000" in text and "310000" in text and "2385000" not in text
    assert "76.23" in _answered(engine, "卫健委基本支出中工资福利支出占多少")  # (the part: said last before 占)


def test_the_units_counted(engine: Engine) -> None:
    text = _answered(engine, "卫健委一共有几个预算单位")
    assert "3 个单位" in text and "青溪县妇幼保健院" in text and "基本工资" not in text


@pytest.mark.parametrize(("turns", "shown", "not_shown"), [
    (("卫健委差旅费", "疾控中心呢"), "70000", "310000"),
    (("卫健委差旅费", "疾控中心呢", "培训费呢"), "30000", "95000"),
    (("卫健委住房公积金", "本级多少"), "300000", "600000"),
    (("卫健委三公经费", "妇幼保健院呢"), "0元", "240000"),
    (("文广旅局住房公积金", "本级多少"), "24.38", "44.55"),
])
def test_follow_ups_to_another_unit_or_subject(engine: Engine, turns: tuple[str, ...], shown: str, not_shown: str) -> None:
    text = _answered(engine, *turns)
    assert shown in text and not_shown not in text.split("（来源")[0]


@pytest.mark.parametrize(("turns", "shown"), [
    (("文化馆项目支出和基本支出合计",), "301.71"),
    (("文广旅局项目支出加基本支出一共多少",), "1485.24"),
    (("博物馆项目经费和基本支出哪个多",), "134.5"),
    (("博物馆项目经费", "基本支出呢"), "129.69"),
    (("文广旅局项目支出合计", "基本支出呢"), "653.12"),
    (("文化馆基本支出", "项目经费呢"), "130"),
    (("文化馆基本支出", "项目经费呢", "博物馆呢"), "134.5"),
])
def test_a_units_project_spending_beside_its_basic_spending(engine: Engine, turns: tuple[str, ...], shown: str) -> None:
    text = _answered(engine, *turns)
    assert shown in text
    assert "工会经费" not in text  # (项目经费 is no subject of the table: never a 经费 line of it)


def test_what_the_table_does_not_hold_is_not_answered(engine: Engine) -> None:
    for question, figure in (("卫健委物业管理费多少", "420000"), ("卫健委2024年基本支出", "8265000"),
                             ("卫健委因公出国经费", "60000"), ("疾控中心差旅费执行了多少", "70000")):
        answer = converse(engine, question)
        assert answer.status != "answered" or figure not in answer.text, (question, answer.text)


def test_a_unit_said_alone_of_two_tables_is_not_one_of_them(engine: Engine) -> None:
    answer = converse(engine, "本级差旅费")
    assert answer.status != "answered" or not ("200000" in answer.text) ^ ("6.5" in answer.text)


def test_an_unloaded_departments_question_asked_again_of_this_one(engine: Engine) -> None:
    assert "9.2" in _answered(engine, "自然资源局差旅费", "那文广旅局的呢")
