"""A table of funds with their distribution and spending progress (tests/data/fund59, written by make_fixture.py:
青岩县 2024年财政直达资金分配和支出进度表 — 类别 groups with 小计 rows, a 合计 row; 下达资金 a merged header over 中央资金 /
省级资金 / 市级资金, 已分配资金, 分配进度（%）, 已支出资金, 支出进度（%）, 主管部门, 资金用途, 备注), loaded beside the sample
workbooks and a 自评表 of 青岩县医疗保障局 whose one project is named as one of the funds (城乡医疗救助补助资金, 执行数 780
of 900: 执行率 86.67%) and prints no 支出进度, 已分配 nor 中央资金.

Sums by hand: 城乡医疗救助补助资金 620 + 240 + 60 = 920 下达, 920 已分配, 801.4 已支出 (87.11%), 920 − 801.4 = 118.6 not
spent; 耕地建设与利用资金 1340 + 420 + 0 = 1760 下达, 1700 已分配: 60 not distributed; lowest 支出进度 城镇老旧小区改造补助资金
57% (县住房和城乡建设局); 合计 已支出 2044 + 1610.1 + 1800 = 5454.1.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, fixture_script

from bot.engine import Engine

_DATA = Path(__file__).resolve().parent / "data" / "fund59"
_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("fund59")
    make_fixture = fixture_script(_DATA)  # the committed script writes the very files kept beside it
    funds = make_fixture.write_funds(d / make_fixture.FUNDS.name)
    evaluation = make_fixture.write_self_evaluation(d / make_fixture.SELF_EVALUATION.name)
    assert make_fixture.FUNDS.exists() and make_fixture.SELF_EVALUATION.exists()
    samples = sorted((_ROOT / "tests" / "data" / "samples").glob("*.xlsx"))
    return engine_over(d / "kb.sqlite", [_ROOT / "knowledge", *samples, funds, evaluation])


def _ask(engine: Engine, *turns: str) -> tuple[str, str]:
    a = converse(engine, *turns)
    return a.status, a.text


@pytest.mark.parametrize(("question", "said", "wrong"), [
    # a column only the progress table prints picks its row, never the namesake project's 执行率 / 预算
    ("城乡医疗救助补助资金支出进度多少", "87.11", ("86.67", "780")),
    ("城乡医疗救助补助资金中央资金多少", "620", ("900",)),
    ("城乡医疗救助补助资金已分配多少", "920", ("900",)),
])
def test_a_column_only_one_table_prints_picks_that_table(engine: Engine, question: str, said: str,
                                                        wrong: tuple[str, ...]) -> None:
    status, text = _ask(engine, question)
    assert status == "answered" and said in text, text
    assert not any(w in text for w in wrong), text


def test_the_namesakes_own_column_stays_its_own(engine: Engine) -> None:
    status, text = _ask(engine, "城乡医疗救助补助资金执行率多少")
    assert status == "answered" and "86.67" in text and "87.11" not in text, text


def test_another_sub_column_after_one(engine: Engine) -> None:
    status, text = _ask(engine, "城乡医疗救助补助资金中央资金多少", "省级呢")
    assert status == "answered" and "240" in text and "620" not in text, text


@pytest.mark.parametrize("question", ["哪个资金支出进度最低", "哪项资金支出进度最低"])
def test_the_lowest_of_a_percent_column(engine: Engine, question: str) -> None:
    status, text = _ask(engine, question)
    assert status == "answered" and "城镇老旧小区改造补助资金" in text and "57" in text, text
    assert "86.67" not in text, text


def test_the_owner_of_the_lowest(engine: Engine) -> None:
    status, text = _ask(engine, "哪个资金支出进度最低", "它的主管部门")
    assert status == "answered" and "县住房和城乡建设局" in text, text
    assert "青岩县医疗保障局" not in text and "渝中" not in text, text


@pytest.mark.parametrize(("question", "figure", "parts"), [
    # not yet distributed: what was handed down (its sub-columns together) less what is distributed
    ("耕地建设与利用资金还有多少没分配", "60", ("1340", "420", "1700")),
    # distributed but not spent: the column said, less what is spent
    ("城乡医疗救助补助资金已分配的还有多少没支出", "118.6", ("920", "801.4")),
])
def test_what_is_left_between_two_stages(engine: Engine, question: str, figure: str, parts: tuple[str, ...]) -> None:
    status, text = _ask(engine, question)
    assert status == "answered" and figure in text and all(p in text for p in parts), text


@pytest.mark.parametrize("question", ["直达资金已经支出了多少", "直达资金一共支出了多少", "直达资金花了多少"])
def test_a_verb_of_the_table_said_by_its_title(engine: Engine, question: str) -> None:
    status, text = _ask(engine, question)
    assert status == "answered" and "5454.1" in text, text
    assert "资金用途" not in text and "农村公路养护" not in text, text


@pytest.mark.parametrize(("question", "rows", "not_rows"), [
    # a 备注 text holding the words said (a year word inside it is the text's, never a year asked)
    ("哪些资金备注了结转下年", ("义务教育薄弱环节改善资金", "城镇老旧小区改造补助资金"), ("耕地建设与利用资金",)),
    ("备注结转下年的有哪些", ("义务教育薄弱环节改善资金", "城镇老旧小区改造补助资金"), ("耕地建设与利用资金",)),
    # the owner column equal to the bureau said, with its verb (管, 负责) or the table's title noun
    ("县农业农村局管哪些资金", ("耕地建设与利用资金", "动物防疫补助经费"), ("水利救灾资金",)),
    ("县农业农村局负责的资金有哪些", ("耕地建设与利用资金", "动物防疫补助经费"), ("水利救灾资金",)),
    ("县农业农村局管哪些直达资金", ("耕地建设与利用资金", "动物防疫补助经费"), ("水利救灾资金", "620")),
    # the use column holding the words said
    ("哪笔资金是管农村公路的", ("成品油税费改革转移支付",), ("城镇老旧小区改造补助资金",)),
    ("哪笔直达资金是管农村公路的", ("成品油税费改革转移支付",), ("城镇老旧小区改造补助资金",)),
])
def test_a_text_column_filters_the_rows(engine: Engine, question: str, rows: tuple[str, ...],
                                        not_rows: tuple[str, ...]) -> None:
    status, text = _ask(engine, question)
    assert status == "answered", text
    assert all(r in text for r in rows) and not any(r in text for r in not_rows), text


@pytest.mark.parametrize("question", ["直达资金分为哪几类", "直达资金有哪些类别", "分哪几类"])
def test_the_tables_classes(engine: Engine, question: str) -> None:
    status, text = _ask(engine, question)
    assert status == "answered", text
    assert all(c in text for c in ("民生保障类", "农业农村类", "基础设施类")), text
    assert "城乡医疗救助补助资金" not in text and "小计" not in text, text


def test_a_year_word_outside_any_text_is_still_a_year(engine: Engine) -> None:
    status, text = _ask(engine, "城乡医疗救助补助资金下年支出进度多少")
    assert status != "answered" or "87.11" not in text, text


@pytest.mark.parametrize("question", ["县医疗保障局负责的直达资金有哪些", "直达资金里医保局负责哪些资金",
                                      "医疗保障局在直达资金表里有几项"])
def test_a_loaded_department_said_with_the_tables_title_is_its_owner_value(engine: Engine, question: str) -> None:
    # 青岩县医疗保障局 has a table of its own (the 自评表); said with the 直达资金 table's title, its rows there are asked
    status, text = _ask(engine, question)
    assert status == "answered" and "城乡医疗救助补助资金" in text and "县医疗保障局" in text, text
    assert "自评表" not in text and "耕地建设与利用资金" not in text, text


def test_the_department_alone_is_still_its_own_tables(engine: Engine) -> None:
    status, text = _ask(engine, "医保局有几个项目")
    assert status == "answered" and "自评表" in text and "直达资金分配" not in text, text


@pytest.mark.parametrize(("question", "said"), [
    # the title's words followed by 里 / 有 with no department said: the table's rows ranked or listed as before, never
    # a word left unread ("直达资金" taken as the rows' noun, 直达 then unknown)
    ("直达资金里哪项已支出最多", "最多"),
    ("直达资金有哪些", "城乡医疗救助补助资金"),
])
def test_the_tables_title_words_alone_still_name_its_rows(engine: Engine, question: str, said: str) -> None:
    status, text = _ask(engine, question)
    assert status == "answered" and said in text, text
