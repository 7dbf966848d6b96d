"""A table of items grouped under the unit collecting them (执收单位 merged down its block, a printed 小计 closing each
block, a 合计), two year columns (2025年执行数, 2026年预算数), 增减额 / 增减%, and words (征收依据, 征收标准, 备注):
tests/data/fee58/make_fixture.py, a fictional county's 国有资源（资产）有偿使用收入预算表 (sums by hand there).

A group's amount is its printed 小计 line (水利局: 24 printed, its rows add up to 22); a row's default figure is the
column of the document's year (2026年预算数), never the first money column; the groups ranked by their 小计.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, fixture_script

from bot.engine import Engine

_DATA = Path(__file__).resolve().parent / "data" / "fee58"
_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("fee58")
    make_fixture = fixture_script(_DATA)
    path = make_fixture.write_resources(d / make_fixture.RESOURCES.name)
    fines = make_fixture.write_fines(d / make_fixture.FINES.name)
    assert make_fixture.RESOURCES.exists() and make_fixture.FINES.exists()
    samples = sorted((_ROOT / "tests" / "data" / "samples").glob("*.xlsx"))
    return engine_over(d / "kb.sqlite", [_ROOT / "knowledge", *samples, path, fines])


def _ask(engine: Engine, *turns: str) -> tuple[str, str]:
    a = converse(engine, *turns)
    return a.status, a.text


@pytest.mark.parametrize(("question", "figure", "wrong"), [
    ("交通运输局小计", "197", ("210", "45.5+")),  # the printed 小计 in the document's year, not 2025年执行数
    ("林业局一共多少", "92", ("101",)),
    ("水利局小计", "24", ("22万元",)),  # printed, though its rows add up to 22
    ("交通运输局25年执行数小计", "210", ("197",)),  # a year said: that column
])
def test_a_group_is_its_printed_subtotal(engine: Engine, question: str, figure: str, wrong: tuple[str, ...]) -> None:
    status, text = _ask(engine, question)
    assert status == "answered", text
    assert f"{figure}万元" in text and "小计" in text, text
    assert not any(w in text for w in wrong), text


def test_the_subtotals_change_follows_it(engine: Engine) -> None:
    status, text = _ask(engine, "林业局小计", "增减额呢")
    assert status == "answered" and "-9万元" in text, text
    assert "国有林场" not in text, text  # (the 小计 line's own 增减额, never its rows')


def test_a_row_listed_is_said_in_the_documents_year(engine: Engine) -> None:
    status, text = _ask(engine, "交通运输局有哪些")
    assert status == "answered" and "98万元" in text and "120" not in text, text
    status, text = _ask(engine, "交通运输局有哪些", "第二个多少")
    assert status == "answered" and "98万元" in text and "120" not in text, text


@pytest.mark.parametrize(("question", "best", "figure"), [
    ("哪个执收单位收入最多", "县交通运输局", "197"),
    ("哪个部门最少", "县水利局", "24"),  # by its printed 小计 (its rows add up to 22: still the least)
    ("哪个执收单位25年执行数最多", "县交通运输局", "210"),
])
def test_groups_ranked_by_their_subtotals(engine: Engine, question: str, best: str, figure: str) -> None:
    status, text = _ask(engine, question)
    assert status == "answered", text
    assert best in text.splitlines()[0] and f"{figure}万元" in text.splitlines()[0], text


@pytest.mark.parametrize("question", ["县公安局小计", "县交通运输局罚没收入预算"])
def test_what_the_table_does_not_hold(engine: Engine, question: str) -> None:
    status, text = _ask(engine, question)
    assert status != "answered", text


@pytest.mark.parametrize(("question", "held", "not_held"), [
    ("有偿使用收入比上年增加的部门有哪些", ("县文化和广电旅游体育局", "县水利局"), ("县交通运输局", "县林业局", "县机关事务管理中心")),
    ("有偿使用收入减少的执收单位有哪些", ("县交通运输局", "县林业局", "县机关事务管理中心"), ("县水利局", "体育局")),
    ("下降的有偿使用收入项目有哪些", ("客运站经营权出让收入", "林木采伐权出让收入", "行政办公用房出租收入", "闲置资产处置收入"),
     ("公路路产占用费", "小计", "河道砂石")),  # (河道砂石 level, 0: neither way)
    ("交通运输局哪些项目减少了", ("客运站经营权出让收入",), ("林木采伐权", "公路路产占用费")),
])
def test_groups_and_rows_filtered_by_their_change(engine: Engine, question: str, held: tuple[str, ...],
                                                  not_held: tuple[str, ...]) -> None:
    status, text = _ask(engine, question)
    assert status == "answered", text
    assert all(h in text for h in held) and not any(n in text for n in not_held), text


def test_the_totals_change(engine: Engine) -> None:
    status, text = _ask(engine, "有偿使用收入总的减少了多少")
    assert status == "answered" and "-33.5万元" in text and "减少 33.5万元" in text, text
    status, text = _ask(engine, "总的减少了多少")  # (no table said: never this one's 合计 as if it were asked)
    assert "33.5" not in text or status != "answered", text


@pytest.mark.parametrize(("turns", "figure", "wrong"), [
    (("停车泊位经营权有偿使用费（城区）多少", "郊区呢"), "13.5万元", "40万元"),  # the sibling by its bracket
    (("体育场馆租赁收入（室内）多少", "那室外的呢"), "11万元", "20万元"),
    (("国有林场林地出租收入", "房屋出租收入呢"), "11万元", "9万元"),  # the row sharing 国有林场, not 自然保护区's
])
def test_a_sibling_row_said_by_its_part(engine: Engine, turns: tuple[str, ...], figure: str, wrong: str) -> None:
    status, text = _ask(engine, *turns)
    assert status == "answered", text
    assert figure in text and wrong not in text, text


def test_why_a_row_is_zero(engine: Engine) -> None:
    status, text = _ask(engine, "林木采伐权出让收入", "为什么26年是0")
    assert status == "answered" and "2026年起暂停出让" in text, text
    status, text = _ask(engine, "林木采伐权出让收入为啥取消了")  # (named in the question: still its 备注)
    assert status == "answered" and "2026年起暂停出让" in text, text
    status, text = _ask(engine, "闲置资产处置收入", "为啥停了")  # (its 备注 empty: the table does not say)
    assert status == "unknown" and "没有写明原因" in text, text
    assert "暂停出让" not in text, text


def test_a_block_with_no_subtotal_printed_is_all_its_rows_added(engine: Engine) -> None:
    status, text = _ask(engine, "城市管理综合执法局罚没收入一共多少")
    assert status == "answered", text
    # (all three rows, in 2026年预算数, with the arithmetic)
    assert all(f"{name} {v}" in text for name, v in (("市容环境卫生罚款", "36"), ("违法建设罚款", "12.5"), ("占道经营罚款", "8"))), text
    assert "= 56.5万元" in text and "50万元" not in text, text


@pytest.fixture(scope="module")
def by_department(tmp_path_factory) -> Engine:
    """The same table with its units' column headed 主管部门 (each department's block read as its own document, the
    departments named 县交通运输局 without their county)."""
    d = tmp_path_factory.mktemp("fee58d")
    make_fixture = fixture_script(_DATA)
    path = make_fixture.write_resources(d / make_fixture.RESOURCES.name, head="主管部门")
    return engine_over(d / "kb.sqlite", [_ROOT / "knowledge", path])


def test_departments_of_a_table_split_by_them(by_department: Engine) -> None:
    status, text = _ask(by_department, "交通运输局小计")  # (县交通运输局 said without its 县)
    assert status == "answered" and "197万元" in text and "210" not in text, text
    status, text = _ask(by_department, "交通运输局小计", "增减额呢")
    assert status == "answered" and "-13万元" in text, text
    status, text = _ask(by_department, "比上年增加的部门有哪些")
    assert status == "answered" and "县文化和广电旅游体育局" in text and "县水利局" in text, text
    assert "县交通运输局" not in text and "33.5" not in text, text


@pytest.mark.parametrize(("question", "best", "figure"), [
    ("哪个部门收入增加最多", "县水利局", "8万元"),  # (by the 小计 lines' 增减额: 8 beside 7.5)
    ("哪个执收单位收入减少最多", "县机关事务管理中心", "-27万元"),
])
def test_groups_ranked_by_their_change(engine: Engine, question: str, best: str, figure: str) -> None:
    status, text = _ask(engine, question)
    assert status == "answered", text
    assert best in text.splitlines()[0] and figure in text.splitlines()[0], text


def test_a_change_asked_of_no_table_said_is_not_one_tables(engine: Engine) -> None:
    # (two tables print a 增减额: "下降的项目" names neither, never one of them as if it were the one asked)
    status, text = _ask(engine, "下降的项目有哪些")
    assert not (status == "answered" and "客运站经营权出让收入" in text and "违法建设罚款" not in text), text


def test_units_filtered_by_their_subtotal_lines_printed_in_the_unit_column(tmp_path) -> None:
    """"<单位>小计" printed in the unit's own column (no merged 小计 cell beside it): "减少的部门" lists those lines,
    never the items; a table printing no unit's 小计 says so rather than list its items as departments."""
    from conftest import write_workbook

    head = ["执收单位", "收费项目", "收费标准", "2025年执行数", "2026年预算数", "增减额", "备注"]
    rows = [["青川县2026年行政事业性收费收入预算表"], ["编制单位：青川县财政局", None, None, None, None, None, "单位：万元"], head,
            ["县司法局", "公证费", "按件", 10, 12, 2, None], [None, "法律援助工本费", "每件5元", 3, 0, -3, "2026年起免收"],
            ["县司法局小计", None, None, 13, 12, -1, None],
            ["县民政局", "婚姻登记工本费", "每证9元", 4, 4.5, 0.5, None], [None, "殡葬服务费", "按项", 20, 21, 1, None],
            ["县民政局小计", None, None, 24, 25.5, 1.5, None], ["合计", None, None, 37, 37.5, 0.5, None]]
    path = write_workbook(tmp_path / "青川县财政局_2026年行政事业性收费收入预算表.xlsx", rows, ["A4:A5", "A7:A8"], sheet="收费")
    engine = engine_over(tmp_path / "kb.sqlite", [_ROOT / "knowledge", path])
    status, text = _ask(engine, "收费比上年减少的部门有哪些")
    assert status == "answered" and "县司法局小计" in text and "-1万元" in text, text
    assert "法律援助工本费" not in text and "县民政局" not in text, text


def test_the_totals_rate_is_not_its_amount(engine: Engine) -> None:
    status, text = _ask(engine, "有偿使用收入合计增长率多少")  # (a rate asked: never the 增减额 said as if it were)
    assert "比上年减少 33.5万元" not in text, text


@pytest.mark.parametrize(("question", "held", "not_held"), [
    # a row word said filters the rows: never every row that went the way asked
    ("有偿使用收入比上年减少的出让收入有哪些", ("客运站经营权出让收入", "林木采伐权出让收入"), ("行政办公用房", "闲置资产", "河道砂石")),
    ("有偿使用收入比上年减少的房屋出租收入有哪些", ("没有",), ("行政办公用房", "客运站", "闲置资产")),  # (both rose)
    ("有偿使用收入比上年增加的房屋出租收入有哪些", ("国有林场房屋出租收入", "自然保护区房屋出租收入"), ("公路路产", "行政办公用房")),
    ("2026年有偿使用收入比上年增加的部门有哪些", ("县文化和广电旅游体育局", "县水利局"), ("县交通运输局",)),  # its own year
])
def test_rows_filtered_by_the_row_words_said(engine: Engine, question: str, held: tuple[str, ...],
                                             not_held: tuple[str, ...]) -> None:
    status, text = _ask(engine, question)
    assert status == "answered", text
    assert all(h in text for h in held) and not any(n in text for n in not_held), text


@pytest.mark.parametrize(("question", "wrong"), [
    ("有偿使用收入比上年减少的门票收入有哪些", "客运站"),  # (no row holds 门票: never every row that fell)
    ("有偿使用收入出让收入合计减少了多少", "33.5"),  # (a row word: never the 合计's change)
    ("有偿使用收入2025年合计减少了多少", "33.5"),  # (the change of 2025 on 2024 is not printed)
    ("有偿使用收入25年合计减少了多少", "33.5"),
    ("2025年有偿使用收入比上年增加的部门有哪些", "县水利局"),
    ("去年有偿使用收入减少的执收单位有哪些", "县机关事务管理中心"),
])
def test_a_word_or_year_the_change_is_not_of(engine: Engine, question: str, wrong: str) -> None:
    status, text = _ask(engine, question)
    assert not (status == "answered" and wrong in text), text


@pytest.mark.parametrize(("question", "best", "figure", "wrong"), [
    ("有偿使用收入哪项减少最多", "闲置资产处置收入", "-22万元", "98万元"),  # (the fall: -22 twice; never the largest amount)
    ("有偿使用收入哪项增加最多", "水域占用补偿费", "6万元", "98万元"),
    ("罚没收入哪项增加最多", "市容环境卫生罚款", "6万元", "环境污染罚款"),  # (its largest amount, 40, fell)
    ("罚没收入哪项减少最多", "环境污染罚款", "-5万元", "违法建设罚款"),
])
def test_a_change_ranked_over_its_column(engine: Engine, question: str, best: str, figure: str, wrong: str) -> None:
    status, text = _ask(engine, question)
    assert status == "answered", text
    first = text.splitlines()[0]
    assert best in first and figure in first and wrong not in first, text


def test_row_words_and_a_change_never_ranked_as_the_amount(tmp_path) -> None:
    """工本费 said of a table of fees: never the rows that are not so (本 an everyday character inside it, never read
    away); a table printing no change column answers no "减少最多" by its largest amount."""
    from conftest import write_workbook

    head = ["执收单位", "收费项目", "收费标准", "2025年执行数", "2026年预算数", "增减额", "备注"]
    rows = [["青川县2026年行政事业性收费收入预算表"], ["编制单位：青川县财政局", None, None, None, None, None, "单位：万元"], head,
            ["县司法局", "公证费", "按件", 10, 12, 2, None], [None, "法律援助工本费", "每件5元", 3, 0, -3, "2026年起免收"],
            ["县司法局小计", None, None, 13, 12, -1, None],
            ["县民政局", "婚姻登记工本费", "每证9元", 4, 4.5, 0.5, None], [None, "殡葬服务费", "按项", 20, 19, -1, None],
            ["县民政局小计", None, None, 24, 23.5, -0.5, None], ["合计", None, None, 37, 35.5, -1.5, None]]
    fees = write_workbook(tmp_path / "青川县财政局_2026年行政事业性收费收入预算表.xlsx", rows, ["A4:A5", "A7:A8"], sheet="收费")
    plain = [["青川县2026年国有资产出租收入预算表"], ["编制单位：青川县财政局", None, "单位：万元"], ["出租单位", "出租资产", "2026年预算数"],
             ["县粮食储备中心", "粮库仓房出租", 30], [None, "晒场出租", 5], ["县供销社", "门面房出租", 18], ["合计", None, 53]]
    rent = write_workbook(tmp_path / "青川县财政局_2026年国有资产出租收入预算表.xlsx", plain, ["A4:A5"], sheet="出租")
    engine = engine_over(tmp_path / "kb.sqlite", [_ROOT / "knowledge", fees, rent])
    status, text = _ask(engine, "收费比上年减少的工本费有哪些")
    assert not (status == "answered" and "殡葬服务费" in text), text
    status, text = _ask(engine, "收费比上年增加的工本费有哪些")
    assert not (status == "answered" and "公证费" in text), text
    status, text = _ask(engine, "收费比上年减少的门票有哪些")  # (the rows' noun said, no row so: never every fall)
    assert not (status == "answered" and "殡葬服务费" in text), text
    status, text = _ask(engine, "出租收入哪项减少最多")  # (no change printed: never 粮库仓房出租's 30 as a fall)
    assert not (status == "answered" and "粮库仓房出租" in text), text
