"""A source of funds asked (财政专户拨款, 其他资金) that the table leaves blank on the line asked — a project's
line or every line of a department's table — states no amount: the answer says the column is blank and is
"unknown", never an "answered" figure of 0 the table does not print (nor the project's total in its place).
A yes or no ("有没有其他资金") is still answered ("没有"), and a column the table fills is still its figure.
The questions are the seed's (广州市白云区信访局), each project and column, said in several ways."""

from __future__ import annotations

import pytest
from conftest import converse

# (question or turns, the project's or department's total that must not be given as the figure)
BLANK_ASKED = [
    ("聘请法律顾问专项经费里面财政专户拨款有多少", "12.00万元"),
    ("信访超市那个经费其他资金安排了多少", "68.00万元"),
    ("雇员工资经费财政专户的钱是多少", "77.28万元"),
    ("政府雇员公用经费其他资金多少", "2.70万元"),
    ("公务用车购置经费专户拨款多少钱", "15.00万元"),
    ("信访工作经费 财政专户拨款金额", "60.00万元"),
    ("法律顾问那个项目其他资金给了多少", "12.00万元"),
    ("麻烦查下政府雇员公用经费的财政专户拨款", "2.70万元"),
    ("信访超市日常运行经费财政专户拨款是几万", "68.00万元"),
    ("公车购置费的其他资金有多少", "15.00万元"),
    ("白云区信访局的其他资金总共多少", "234.98万元"),
    ("我们局财政专户拨款一共多少", "234.98万元"),
    ("信访局全部项目的其他资金合计", "234.98万元"),
    ("局里财政专户拨款加起来多少", "234.98万元"),
    (("法律顾问经费多少", "它的其他资金呢"), "12.00万元"),
    (("政府雇员工资经费", "财政专户拨款是多少"), "77.28万元"),
    (("公务用车购置经费的资金来源", "那财政专户拨款呢"), "15.00万元"),
    (("信访局项目合计多少", "其中财政专户拨款多少"), "234.98万元"),
    (("信访工作经费的绩效目标", "这个项目其他资金多少"), "60.00万元"),
    (("雇员公用经费多少钱", "财政专户拨了多少"), "2.70万元"),
    # a blank column's share of the total: no amount, so no share (never "0.00%")
    ("信访超市经费的财政专户拨款占比", "68.00万元"),
    ("法律顾问经费其他资金占本项目百分之几", "12.00万元"),
    ("信访局其他资金占总额多少", "234.98万元"),
]


@pytest.mark.parametrize(("asked", "total"), BLANK_ASKED, ids=[str(q) for q, _ in BLANK_ASKED])
def test_a_blank_source_column_is_said_unknown(seed_engine, asked, total) -> None:
    turns = (asked,) if isinstance(asked, str) else asked
    a = converse(seed_engine, *turns)
    assert a.status == "unknown" and "空白" in a.text, a.text
    assert total not in a.text and "（0）" not in a.text and "0.00%" not in a.text, a.text


# Still answered: a yes or no over a source, the breakdown, and a column the table fills.
STILL_ANSWERED = [
    ("法律顾问经费财政拨款多少", "12.00"),
    ("信访工作经费有没有其他资金", "信访工作经费"),
    ("政府雇员工资经费有财政专户拨款吗", "政府雇员工资经费"),
    ("有没有用了财政专户拨款的项目", "没有"),
    ("信访超市经费的资金来源", "68.00"),
    ("信访局财政拨款合计多少", "234.98"),
]


@pytest.mark.parametrize(("q", "shown"), STILL_ANSWERED)
def test_a_filled_column_or_a_yes_no_is_answered(seed_engine, q, shown) -> None:
    a = converse(seed_engine, q)
    assert a.status == "answered" and shown in a.text, a.text
