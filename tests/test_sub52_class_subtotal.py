"""A class of a table's rows that the table closes with its own 小计 row printed above them ("德清县民政局 小计", then
民政局's rows and its units' rows, 德清县社会福利中心 …, of a 政府购买服务预算表): its sum asked is the printed 小计,
never the rows whose department cell names it added up (which leave its units out)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

PURCHASE = Path(__file__).resolve().parent / "data" / "general51" / "德清县_2024年_政府购买服务预算表.xlsx"


@pytest.fixture(scope="module")
def purchase(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("sub52") / "kb.sqlite", [PURCHASE])


@pytest.mark.parametrize(("question", "printed", "rows_added"), [("民政局购买服务小计", "5540000", "4390000"),
                                                                 ("农业农村局购买服务小计", "3050000", "2090000")])
def test_a_class_sum_is_its_printed_subtotal(purchase: Engine, question: str, printed: str, rows_added: str) -> None:
    a = converse(purchase, question)
    assert a.status == "answered", a.text
    assert a.text.splitlines()[0].count(printed) == 1 and rows_added not in a.text, a.text


def test_rows_adding_up_to_their_subtotal_are_shown_added(purchase: Engine) -> None:
    # (教育局's four rows are all its own: its printed 小计, said to be their sum; buy52: 教育局 is a department of
    # its own, the 小计 its whole, no row's figure listed beside it)
    a = converse(purchase, "教育局政府购买服务一共多少")
    assert a.status == "answered" and "7930000" in a.text and "4 项" in a.text and "4860000" not in a.text, a.text


def test_a_class_without_a_subtotal_row_is_still_added(purchase: Engine) -> None:
    a = converse(purchase, "评估服务类的项目一共多少")
    assert a.status == "answered", a.text
    assert "+" in a.text and "小计（" not in a.text, a.text
