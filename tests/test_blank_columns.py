"""A note saying blank cells are no money ("空白表示无此项资金") makes a blank fund cell 0, never a blank 单价 or
数量 of a 小计 row: "货物类小计" is its 预算金额, not a blank read as 0. A row's "多少钱" is its 预算金额, never its
数量 (a count, never in 元) nor its 单价 unless that is asked."""

from __future__ import annotations

import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table

from bot.engine import Engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("blank")
    rows = [("一、货物类", None, None, None, None, None),
            (1, "办公电脑更新", 40, 5200, 208000, 208000),
            (2, "档案密集柜", 1, None, 96000, None),
            (None, "小计", None, None, 304000, 208000),
            ("二、服务类", None, None, None, None, None),
            (3, "食堂劳务外包", 1, None, 350000, 350000),
            (None, "小计", None, None, 350000, 350000),
            ("合计", None, None, None, 654000, 558000),
            ("注：1.其他资金为单位自有资金；2.空白表示无此项资金。", None, None, None, None, None)]
    simple_table(folder / "hexi_purchase.xlsx", "采购", "禾溪县卫生健康局2025年政府采购预算表", "F2", "单位：元",
                 ["序号", "采购项目名称", "数量", "单价", "预算金额", "其中：财政拨款"], rows)
    return engine_over(folder / "kb.sqlite", [folder])


def test_a_subtotal_is_its_amount(engine) -> None:
    a = _ask(engine, "禾溪县卫生健康局货物类小计")
    assert a.status == "answered" and "304000" in a.text and "：0元" not in a.text, a.text


def test_a_blank_fund_cell_is_none(engine) -> None:
    a = _ask(engine, "禾溪卫健局档案密集柜财政拨款多少")
    assert a.status == "answered" and "：0元" in a.text.replace(" ", ""), a.text


@pytest.mark.parametrize(("q", "amount"), [("禾溪卫健局档案密集柜多少钱", "96000"), ("禾溪卫健局办公电脑更新多少钱", "208000")])
def test_a_rows_cost_is_its_amount_not_its_count_or_price(engine, q, amount) -> None:
    a = _ask(engine, q)
    assert a.status == "answered" and f"{amount}元" in a.text, a.text
    assert "数量" not in a.text and "单价" not in a.text, a.text


def test_a_count_is_no_money_and_a_price_asked_is_the_price(engine) -> None:
    a = _ask(engine, "禾溪卫健局办公电脑更新数量")
    assert "40" in a.text and "40元" not in a.text, a.text
    b = _ask(engine, "禾溪卫健局办公电脑更新单价")
    assert "5200元" in b.text, b.text
