"""A table whose departments each own a block of rows — the department printed once, on its 小计 line, over
blank-headed 科目编码 / 科目名称 rows (a city's 部门政府性基金预算支出表): the word naming the table's kind (政府性基金,
read off the loaded table's own kind, never a vocabulary entry) stays one word and names that table, so a
department's figure there is its 小计, asked alone, after another department, by one of its columns (基本支出) or
compared with another department's; where a loaded figure's label goes on from the word (政府性基金拨款 of a unit's
收入预算表) the word is that label's. A second city's table, built here, so nothing fits one published file."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook

from bot.engine import Engine
from bot.language.lexicon import title_kind_words
from bot.language.vocabulary import load_vocabulary

ROOT = Path(__file__).resolve().parent.parent

FUND_ROWS = [
    ("青川县2025年部门政府性基金预算支出表", None, None, None, None, None),
    ("编制单位：青川县财政局", None, None, None, "单位：万元", None),
    ("部门（单位）名称", "科目编码", "科目名称", "合计", "基本支出", "项目支出"),
    (None, None, "合计", 2718.5, 62.5, 2656),
    ("青川县交通运输局", None, "小计", 1462.5, 62.5, 1400),
    (None, "214", "交通运输支出", 1462.5, 62.5, 1400),
    (None, "21460", "  车辆通行费安排的支出", 1462.5, 62.5, 1400),
    (None, "2146001", "    公路还贷", 1100, None, 1100),
    (None, "2146002", "    政府还贷公路养护", 362.5, 62.5, 300),
    ("青川县体育局", None, "小计", 318, None, 318),
    (None, "229", "其他支出", 318, None, 318),
    (None, "22960", "  彩票公益金安排的支出", 318, None, 318),
    (None, "2296003", "    用于体育事业的彩票公益金支出", 318, None, 318),
    ("青川县城市管理局", None, "小计", 938, None, 938),
    (None, "212", "城乡社区支出", 938, None, 938),
    (None, "21213", "  城市基础设施配套费安排的支出", 590, None, 590),
    (None, "2121301", "    城市公共设施", 590, None, 590),
    (None, "21214", "  污水处理费安排的支出", 348, None, 348),
    (None, "2121401", "    污水处理设施建设和运营", 348, None, 348),
]

INCOME_ROWS = [  # (a unit table: its group lines, 一、行政单位小计, are no departments)
    ("青川县交通运输局2025年部门收入预算表", None, None, None, None, None),
    ("部门名称：青川县交通运输局", None, None, None, "单位：万元", None),
    ("单位编码", "单位名称", "合计", "本年收入", None, "上年结转"),
    (None, None, None, "一般公共预算拨款", "政府性基金拨款", None),
    (None, "合计", 5210, 3738, 1462, 10),
    (None, "一、行政单位小计", 4210, 2738, 1462, 10),
    ("201001", "青川县交通运输局（本级）", 4210, 2738, 1462, 10),
    (None, "二、事业单位小计", 1000, 1000, None, None),
    ("201002", "青川县公路养护中心", 1000, 1000, None, None),
]
INCOME_MERGED = ["A1:F1", "A2:D2", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4"]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("fund42")
    fund = write_workbook(folder / "青川县_2025年_政府性基金预算支出表.xlsx", FUND_ROWS, sheet="政府性基金预算支出表")
    income = write_workbook(folder / "青川县交通运输局_2025年_部门收入预算表.xlsx", INCOME_ROWS, INCOME_MERGED,
                            sheet="部门收入预算表")
    return engine_over(folder / "kb.sqlite", [ROOT / "knowledge", fund, income])


def test_the_words_of_a_kind_are_read_off_the_kind_published() -> None:
    vocab = load_vocabulary(ROOT / "knowledge" / "vocabulary.toml")
    assert title_kind_words("部门政府性基金预算支出表", vocab.table_kinds) == {"政府性基金预算", "政府性基金"}
    assert title_kind_words("一般公共预算基本支出预算表", vocab.table_kinds) == {"一般公共预算", "一般公共"}
    # (a flow of money or a period before 预算 is the figures' word, no kind: 收入, 收支, 1-6月)
    for form in ("部门收入预算表", "部门收支预算总表", "项目支出预算明细表", "1-6月预算执行分析表", "人员编制情况表"):
        assert title_kind_words(form, vocab.table_kinds) == frozenset(), form
    assert title_kind_words("项目支出绩效目标表", vocab.table_kinds) == frozenset()  # (the vocabulary's kinds say it)


@pytest.mark.parametrize(("turns", "figure", "never"), [
    (("青川交通局政府性基金支出多少",), "1462.5", "2718.5"),
    (("体育局政府性基金",), "318", "2718.5"),
    (("青川城管局政府性基金支出", "那体育局呢"), "318", "938"),
    (("青川交通局政府性基金", "其中基本支出"), "62.5", "1400"),
])
def test_a_departments_figure_is_its_subtotal(engine: Engine, turns: tuple[str, ...], figure: str, never: str) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered" and figure in a.text and never not in a.text, a.text
    assert "政府性基金" in a.text, a.text  # (read off that table)


def test_two_departments_compared(engine: Engine) -> None:
    a = converse(engine, "青川城管局和体育局的政府性基金谁多")
    assert a.status == "answered" and "城市管理局" in a.text and "620" in a.text, a.text


def test_the_kind_word_going_on_into_a_label_is_the_labels(engine: Engine) -> None:
    a = converse(engine, "青川交通局政府性基金拨款多少")
    assert a.status == "answered" and "1462" in a.text and "1462.5" not in a.text, a.text
    assert "收入预算" in a.text, a.text


@pytest.mark.parametrize("question", ["政府性基金哪个部门最多", "政府性基金最多的部门", "政府性基金最多的部门是哪个"])
def test_departments_ranked_by_their_subtotals(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and "交通运输局" in a.text and "1462.5" in a.text, a.text
    assert "行政单位" not in a.text, a.text  # (a unit table's group line is no department)


def test_the_second_department_is_named(engine: Engine) -> None:
    a = converse(engine, "政府性基金最多的部门", "第二个呢")
    assert a.status == "answered" and "城市管理局" in a.text and "938" in a.text, a.text


def test_a_unit_tables_group_lines_are_no_departments(engine: Engine) -> None:
    a = converse(engine, "政府性基金拨款哪个部门最多")
    assert "行政单位小计" not in a.text and "事业单位小计" not in a.text, a.text


@pytest.mark.parametrize("question", ["政府性基金表里有几个部门", "政府性基金表里有哪些部门"])
def test_the_departments_a_kind_of_table_lists(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and "共 3 项" in a.text, a.text
    assert all(d in a.text for d in ("交通运输局", "体育局", "城市管理局")), a.text


def test_the_department_having_a_column_is_its_block_never_the_place(engine: Engine) -> None:
    a = converse(engine, "哪个部门有政府性基金基本支出")
    assert a.status == "answered" and "交通运输局" in a.text and "62.5" in a.text, a.text
    assert "共 1 个" in a.text, a.text  # (青川县's 合计 line is the place's, no department's)


def test_the_departments_having_a_line_are_listed(engine: Engine) -> None:
    a = converse(engine, "哪些部门有政府性基金项目支出")
    assert a.status == "answered" and "共 3 个" in a.text, a.text
    assert all(d in a.text for d in ("交通运输局", "体育局", "城市管理局")), a.text


@pytest.fixture(scope="module")
def fund_only(tmp_path_factory) -> Engine:
    """The place's table of department blocks alone (no other table prints its kind's word)."""
    folder = tmp_path_factory.mktemp("fund42_only")
    fund = write_workbook(folder / "青川县_2025年_政府性基金预算支出表.xlsx", FUND_ROWS, sheet="政府性基金预算支出表")
    return engine_over(folder / "kb.sqlite", [ROOT / "knowledge", fund])


@pytest.mark.parametrize("question", ["政府性基金合计多少", "政府性基金合计"])
def test_the_kind_word_with_its_total_is_the_places_line(fund_only: Engine, question: str) -> None:
    # (no department said, none asked across: the place's own 合计 of that table, never each department's)
    a = converse(fund_only, question)
    assert a.status == "answered" and "2718.5" in a.text, a.text


@pytest.fixture(scope="module")
def dongyang(tmp_path_factory) -> Engine:
    """The published city's tables: its 政府性基金 table, 卫健局's 收入预算表 (a unit table) and its project targets."""
    folder = tmp_path_factory.mktemp("fund42_dongyang")
    return engine_over(folder / "kb.sqlite", [ROOT / "knowledge", ROOT / "tests" / "data" / "general67"])


def test_a_departments_system_is_the_department(dongyang: Engine) -> None:
    # ("卫健系统": the department said as its system — its projects, never two 政府性基金 subject lines)
    a = converse(dongyang, "东阳卫健系统项目里最少的是哪个")
    assert a.status == "answered" and "36.75" in a.text and "彩票公益金" not in a.text, a.text


@pytest.mark.parametrize("question", ["政府性基金哪个部门最多", "政府性基金最多的部门"])
def test_a_unit_tables_groups_are_never_ranked_as_departments(dongyang: Engine, question: str) -> None:
    a = converse(dongyang, question)
    assert a.status == "answered" and "自然资源和规划局" in a.text and "20586.4" in a.text, a.text
    assert "小计 政府性基金拨款" not in a.text and "公立医院" not in a.text, a.text
