"""Round 48 (perf48): a question over a sheet of plain items (item_rows.py) finds the sheet its subject names
without re-reading every document's tables for every question: the sheets of plain items are listed once per
index. Counted (not timed): the tables asked of per document over several questions, and the answers the same.

Fictional workbooks: 云岭市's 新增专项债券 sheet beside the debt tables of three other places."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.answer.facts import item_rows
from bot.answer.facts.index import index_for
from bot.engine import ANSWERED, Engine

_DEBT = [
    ["{place}2026年地方政府债务限额和余额情况表"],
    ["单位：万元"],
    ["项目", "2025年执行数", None, None, "2026年预算数", None, None],
    [None, "一般债务", "专项债务", "合计", "一般债务", "专项债务", "合计"],
    ["一、上年末地方政府债务余额", 30000, 70000, 100000, 31000, 74000, 105000],
    ["二、本年地方政府债务限额", 35000, 78000, 113000, 36000, 81000, 117000],
    ["新增债务限额", 5000, 8000, 13000, 5000, 7000, 12000],
]

_BONDS = [
    ["云岭市2025年新增地方政府专项债券资金使用情况表"],
    ["单位：万元、年、%"],
    ["序号", "项目名称", "项目主管部门", "项目领域", "债券金额", "其中：用作项目资本金", "债券期限（年）", "发行利率（%）"],
    [None, "合计", None, None, 31000, 2000, None, None],
    [1, "云岭市南门桥改建工程", "云岭市交通运输局", "交通基础设施", 12000, None, 15, 2.10],
    [2, "云岭市妇幼保健院扩建项目", "云岭市卫生健康局", "社会事业", 9000, 2000, 20, 2.30],
    [3, "云岭市北湖污水处理厂提标项目", "云岭市住房和城乡建设局", "市政基础设施", 6500, None, 20, 2.30],
    [4, "云岭市城东物流园项目", "云岭市商务局", "产业园区", 3500, None, 30, 2.45],
]


def _book(folder: Path, place: str, bonds: bool) -> Path:
    """A place's debt workbook (限额和余额 by year and kind), with the bond sheet for 云岭市 only."""
    import openpyxl

    wb = openpyxl.Workbook()
    first = wb.active
    first.title = "债务限额和余额"
    for row in _DEBT:
        first.append([c.format(place=place) if isinstance(c, str) else c for c in row])
    for cells in ("A1:G1", "A2:G2", "A3:A4", "B3:D3", "E3:G3"):
        first.merge_cells(cells)
    if bonds:
        second = wb.create_sheet("2025年新增专项债券")
        for row in _BONDS:
            second.append(row)
    book = folder / f"{place}_2026年_政府债务限额和余额情况表.xlsx"
    wb.save(book)
    return book


@pytest.fixture(scope="module")
def yunling(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("perf48")
    books = [_book(folder, place, place == "云岭市") for place in ("云岭市", "松溪县", "青崖县", "白沙县")]
    return engine_over(folder / "kb.sqlite", books)


def test_plain_item_sheets_are_listed_once_per_index(yunling: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Three questions naming the sheet's subject: each document's tables are asked of once in all, not once
    per question (before: every question walked every document's tables)."""
    idx = index_for(yunling.kb)
    idx.__dict__.pop("_plain_item_tables", None)  # (as a fresh index: the listing not yet made)
    asked: list[int] = []
    read = item_rows._tables_of

    def counted(index, doc: int):
        asked.append(doc)
        return read(index, doc)

    monkeypatch.setattr(item_rows, "_tables_of", counted)
    questions = ["哪个项目专项债最多", "专项债期限20年以上的有哪些", "卫健局用了多少专项债"]
    said = [item_rows.sheets_said(idx, q) for q in questions]
    assert all(len(s) == 1 for s in said), said
    assert len(said[0] | said[1] | said[2]) == 1  # the one bond sheet each time
    assert sorted(asked) == sorted(idx.docs), asked  # each document once over the three questions


@pytest.mark.parametrize(("question", "wanted"), [
    ("哪个项目专项债最多", ["南门桥改建工程", "12000"]),
    ("专项债期限20年以上的有哪些", ["妇幼保健院扩建", "北湖污水处理厂", "城东物流园"]),
])
def test_the_listed_sheet_still_answers(yunling: Engine, question: str, wanted: list[str]) -> None:
    answer = converse(yunling, question)
    assert answer.status == ANSWERED, answer.text
    assert all(w in answer.text for w in wanted), answer.text
