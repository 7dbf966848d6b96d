"""A table of a place's departments whose columns are items over two kinds of figure (“三公”经费合计 ›
2024年预算数 / 2024年决算数 …), each department a "<department>小计" line over its indented units: a column said by
its item and its kind apart ("三公决算", "公车运维费预算"), the item by the start of its name or its characters
in order, is that column of the department's 小计 line. Table fictional."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl.utils import get_column_letter

from bot.dialogue.values import ANSWERED
from bot.engine import Engine
from tests.conftest import converse, engine_over, write_workbook

_ITEMS = ("“三公”经费合计", "因公出国（境）费", "公务用车运行维护费", "公务接待费", "机关运行经费")
_ROWS = (
    ("合计", 90.0, 80.0, 10.0, 8.0, 50.0, 46.0, 30.0, 26.0, 70.0, 66.0),
    ("青禾县水利局小计", 60.0, 52.5, 10.0, 8.0, 30.0, 27.5, 20.0, 17.0, 40.0, 38.0),
    ("  青禾县水利局（本级）", 40.0, 35.0, 10.0, 8.0, 20.0, 18.0, 10.0, 9.0, 30.0, 29.0),
    ("  青禾县水库管理站", 20.0, 17.5, 0.0, 0.0, 10.0, 9.5, 10.0, 8.0, 10.0, 9.0),
    ("青禾县林业局小计", 30.0, 27.5, 0.0, 0.0, 20.0, 18.5, 10.0, 9.0, 30.0, 28.0),
    ("  青禾县林业局（本级）", 18.0, 16.0, 0.0, 0.0, 12.0, 11.0, 6.0, 5.0, 20.0, 19.0),
    ("  青禾县林业技术推广站", 12.0, 11.5, 0.0, 0.0, 8.0, 7.5, 4.0, 4.0, 10.0, 9.0),
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("int54_sangong")
    items = [f"{get_column_letter(2 + 2 * k)}3:{get_column_letter(3 + 2 * k)}3" for k in range(len(_ITEMS))]
    write_workbook(folder / "青禾县_2024年度_部门三公经费决算表.xlsx", [
        ["青禾县2024年度部门“三公”经费决算表"],
        ["编制单位：青禾县财政局", *[None] * 9, "单位：万元"],
        ["部门（单位）名称", *[x for item in _ITEMS for x in (item, None)]],
        [None, *["2024年预算数", "2024年决算数"] * len(_ITEMS)],
        *_ROWS], [*items, "A3:A4"], sheet="三公经费")
    return engine_over(folder / "kb.sqlite", [folder])


@pytest.mark.parametrize(("question", "figure", "not_this"), [
    ("水利局三公决算多少", "52.5", "35"),
    ("水利局三公经费预算多少", "60", "52.5"),
    ("林业局公车运维费预算", "20", "18.5"),
    ("林业局公务接待费决算", "9", "10"),
    ("水利局机关运行经费预算多少", "40", "30"),
])
def test_a_column_said_by_item_and_kind_is_the_departments_line(engine: Engine, question: str, figure: str,
                                                                  not_this: str) -> None:
    answer = converse(engine, question)
    first = answer.text.splitlines()[0]
    assert answer.status == ANSWERED and f"{figure}万元" in first and f"{not_this}万元" not in first, answer.text


def test_departments_ranked_by_a_column_said_by_item_and_kind(engine: Engine) -> None:
    answer = converse(engine, "哪个部门三公经费决算最多")
    assert answer.status == ANSWERED and "水利局" in answer.text.splitlines()[0] and "52.5" in answer.text, answer.text


def test_a_kind_word_said_only_inside_the_item_is_no_kind_said() -> None:
    from bot.answer.facts.dept_units import Book, _group_and_kind_said

    book = Book(1, "", "", ())
    book.columns = ["预算内投资2024年预算数", "预算内投资2024年决算数"]
    book.leaves = {c: c[len("预算内投资"):] for c in book.columns}
    # (预算 of 预算内投资 is the item's own word: neither column is said, the question left whole)
    assert _group_and_kind_said(book, "预算内投资多少") == ([], "预算内投资多少")
    assert _group_and_kind_said(book, "预算内投资决算多少")[0] == ["预算内投资2024年决算数"]
