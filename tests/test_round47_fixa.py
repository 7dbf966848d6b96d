"""Round 47 review fixes of the item sheet reader (bot/answer/facts/item_rows.py), on a small fictional workbook:
澄江市's 债务限额和余额 sheet (year × kind rows) beside its 新增专项债券 sheet (项目名称, 项目主管部门, 债券金额,
其中：用作项目资本金, 债券期限（年）, 发行利率（%）).

Classes:
- another numeric column said in a ranking ("发行利率最高") ranks by that column, never by the money column;
- a filter over the money column ("超过1亿", "大于8000万", "小于6000") lists the items, never the debt table's rows;
- a figure of another column ("2.35%的", "20年期的…一共多少") lists, adds or counts the items;
- items counted by a column they fill ("多少个项目用作资本金");
- the sheet's subject said in a form the sheet does not answer keeps the question (never a debt-table row as items);
- cells printed in different units are never ranked by their raw number."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, Engine

_DEBT = [
    ["澄江市2026年地方政府债务限额和余额情况表"],
    ["单位：万元"],
    ["项目", "2025年执行数", None, None, "2026年预算数", None, None],
    [None, "一般债务", "专项债务", "合计", "一般债务", "专项债务", "合计"],
    ["一、上年末地方政府债务余额", 40000, 80000, 120000, 42000, 88000, 130000],
    ["二、本年地方政府债务限额", 46000, 91000, 137000, 48000, 97000, 145000],
    ["新增债务限额", 6000, 11000, 17000, 6000, 9000, 15000],
]

_BONDS = [
    ["澄江市2025年新增地方政府专项债券资金使用情况表"],
    ["单位：万元、年、%"],
    ["序号", "项目名称", "项目主管部门", "项目领域", "债券金额", "其中：用作项目资本金", "债券期限（年）", "发行利率（%）"],
    [None, "合计", None, None, 47000, 5000, None, None],
    [1, "澄江市北岸码头改造工程", "澄江市交通运输局", "交通基础设施", 15000, None, 10, 2.05],
    [2, "澄江市中心医院门诊楼工程", "澄江市卫生健康局", "社会事业", 11000, 3000, 20, 2.35],
    [3, "澄江市东湖片区雨污分流项目", "澄江市住房和城乡建设局", "市政基础设施", 8000, None, 20, 2.35],
    [4, "澄江市西郊产业园标准厂房项目", "澄江市经济和信息化局", "产业园区", 7500, 2000, 30, 2.40],
    [5, "澄江市城乡供水一体化工程", "澄江市水务局", "市政基础设施", 5500, None, 15, 2.18],
]


def _book(folder: Path, place: str, bonds: list[list]) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    first = wb.active
    first.title = "债务限额和余额"
    for row in _DEBT:
        first.append(row)
    for cells in ("A1:G1", "A2:G2", "A3:A4", "B3:D3", "E3:G3"):
        first.merge_cells(cells)
    second = wb.create_sheet("2025年新增专项债券")
    for row in bonds:
        second.append(row)
    book = folder / f"{place}_2026年_政府债务限额和余额情况表.xlsx"
    wb.save(book)
    return book


@pytest.fixture(scope="module")
def chengjiang(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("fixa47")
    return engine_over(folder / "kb.sqlite", [_book(folder, "澄江市", _BONDS)])


_DEBT_ROWS = ["88000", "97000", "91000", "80000", "上年末地方政府", "本年地方政府债务限额"]


@pytest.mark.parametrize(("question", "wanted", "unwanted"), [
    ("专项债发行利率最高的是哪个", ["澄江市西郊产业园标准厂房项目", "2.4"], ["北岸码头", "15000"]),
    ("专项债期限最短的项目是哪个", ["澄江市北岸码头改造工程", "10"], ["西郊产业园"]),
])
def test_another_column_said_ranks_by_that_column(chengjiang: Engine, question, wanted, unwanted) -> None:
    answer = converse(chengjiang, question)
    assert answer.status == ANSWERED, answer.text
    assert all(w in answer.text for w in wanted), answer.text
    assert not any(w in answer.text for w in unwanted), answer.text


@pytest.mark.parametrize(("question", "wanted", "unwanted"), [
    ("专项债期限20年以上的有哪些", ["中心医院门诊楼", "东湖片区", "西郊产业园"], ["北岸码头", "供水一体化"]),
    ("专项债期限20年以上的一共多少", ["26500"], ["北岸码头"]),  # 11000 + 8000 + 7500
])
def test_a_bound_on_another_column(chengjiang: Engine, question, wanted, unwanted) -> None:
    answer = converse(chengjiang, question)
    assert answer.status == ANSWERED, answer.text
    assert all(w in answer.text for w in wanted), answer.text
    assert not any(w in answer.text for w in unwanted + _DEBT_ROWS), answer.text


@pytest.mark.parametrize(("question", "wanted", "unwanted"), [
    ("专项债超过1亿的有哪些", ["北岸码头", "中心医院门诊楼"], ["东湖片区", "供水"]),
    ("专项债大于8000万的项目有哪些", ["北岸码头", "中心医院门诊楼"], ["东湖片区", "供水"]),
    ("专项债小于8000的项目有哪些", ["西郊产业园", "供水"], ["东湖片区", "北岸码头"]),
])
def test_a_filter_over_the_items_money(chengjiang: Engine, question, wanted, unwanted) -> None:
    answer = converse(chengjiang, question)
    assert answer.status == ANSWERED, answer.text
    assert all(w in answer.text for w in wanted), answer.text
    assert not any(w in answer.text for w in unwanted + _DEBT_ROWS), answer.text


@pytest.mark.parametrize(("question", "wanted", "unwanted"), [
    ("专项债2.35%的有哪些", ["中心医院门诊楼", "东湖片区"], ["北岸码头", "西郊产业园"]),
    ("20年期的专项债一共多少", ["19000"], ["北岸码头"]),  # 11000 + 8000
    ("专项债有多少个项目用作资本金", ["2"], ["北岸码头"]),  # 中心医院门诊楼 3000, 西郊产业园 2000
])
def test_a_figure_of_another_column_over_the_items(chengjiang: Engine, question, wanted, unwanted) -> None:
    answer = converse(chengjiang, question)
    assert answer.status == ANSWERED, answer.text
    assert all(w in answer.text for w in wanted), answer.text
    assert not any(w in answer.text for w in unwanted + _DEBT_ROWS), answer.text


def test_a_form_the_sheet_does_not_answer_never_lists_debt_rows(chengjiang: Engine) -> None:
    """(A guard, passing before too:) a kind the sheet does not print is never read off the debt rows."""
    answer = converse(chengjiang, "专项债里哪些在五月份发行")
    assert not any(w in answer.text for w in _DEBT_ROWS), answer.text


@pytest.mark.parametrize("question", ["专项债有哪些项目", "哪些项目用了专项债"])
def test_the_items_listed_by_the_sheets_subject(chengjiang: Engine, question: str) -> None:
    answer = converse(chengjiang, question)
    assert answer.status == ANSWERED and "共 5 项" in answer.text and "北岸码头" in answer.text, answer.text
    assert not any(w in answer.text for w in _DEBT_ROWS), answer.text


_MIXED = [
    ["柏溪县2025年新增地方政府专项债券资金使用情况表"],
    ["单位：万元"],
    ["序号", "项目名称", "项目主管部门", "项目领域", "债券金额", "债券期限（年）"],
    [1, "柏溪县甲号水库除险加固工程", "柏溪县水利局", "农林水利", "1,500", 20],
    [2, "柏溪县乙号桥梁改建工程", "柏溪县交通运输局", "交通基础设施", "800", 15],
    [3, "柏溪县丙号园区道路工程", "柏溪县交通运输局", "产业园区", "2000元", 10],
    [4, "柏溪县丁号学校扩建工程", "柏溪县教育局", "社会事业", "600", 20],
]


def test_cells_of_mixed_units_are_never_ranked_by_their_number(tmp_path) -> None:
    engine = engine_over(tmp_path / "kb.sqlite", [_book(tmp_path, "柏溪县", _MIXED)])
    answer = converse(engine, "专项债哪个项目最多")
    assert answer.status == ANSWERED and "甲号水库" in answer.text and "丙号园区道路" not in answer.text, answer.text
    least = converse(engine, "专项债最少的项目是哪个")
    assert least.status == ANSWERED and "丙号园区道路" in least.text, least.text  # (2000 元 = 0.2 万元)


def test_a_bound_said_bare_over_cells_of_several_units_is_not_guessed(tmp_path) -> None:
    engine = engine_over(tmp_path / "kb.sqlite", [_book(tmp_path, "柏溪县", _MIXED)])
    answer = converse(engine, "专项债超过1000的有哪些")
    assert answer.status != ANSWERED and "单位" in answer.text, answer.text
    assert not any(w in answer.text for w in _DEBT_ROWS), answer.text
    said = converse(engine, "专项债超过1000万的有哪些")
    assert said.status == ANSWERED and "甲号水库" in said.text and "丙号园区" not in said.text, said.text


@pytest.mark.parametrize("turns", [("中心医院门诊楼专项债多少", "2026呢"), ("2026年中心医院门诊楼专项债多少",)])
def test_an_item_of_the_sheets_year_asked_of_another_year(chengjiang: Engine, turns: tuple[str, ...]) -> None:
    # The bond sheet is 2025's (its title's year) in a workbook of 2026: a 2026 figure is not held, never 2025's.
    a = converse(chengjiang, *turns)
    assert a.status != "answered" and "11000" not in a.text
