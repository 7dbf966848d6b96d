"""Round 47 review fixes of year × kind tables (crossed rows), on a small fictional 政府债务限额和余额情况表:
- the room left (还剩多少) is only of a limit row paired with the end row of the same stock: never of a 其中 line
  (新增债务限额), never a negative difference printed as room;
- a share "占合计" said after a row and its kind is that row's own total column, never a sum of every row;
- a row said without a kind is its total: a total the table leaves out is never answered by a part."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, write_workbook

from bot.engine import ANSWERED, Engine

_DEBT = [
    ["松岭县2025年地方政府债务限额和余额情况表"],
    ["单位：万元"],
    ["项目", "2024年执行数", None, None, "2025年预算数", None, None],
    [None, "一般债务", "专项债务", "合计", "一般债务", "专项债务", "合计"],
    ["一、上年末地方政府债务余额", 3100, 7200, 10300, 3300, 7500, 10800],
    ["二、本年地方政府债务限额", 3600, 8300, 11900, 3800, 8900, 12700],
    ["    其中：新增债务限额", 250, 700, 950, 200, 600, 800],
    ["三、本年地方政府债务发行额", 410, 910, 1320, 320, 700, 1020],
    ["四、本年地方政府债务还本额", 210, 610, 820, 220, 300, 520],
    ["五、年末地方政府债务余额", 3300, 7500, 10800, 3400, 7900, 11300],
]
_MERGED = ["A1:G1", "A3:A4", "B3:D3", "E3:G3"]
# the same table whose 2025 totals of the limit and of the end stock are not printed (empty, "x")
_UNTOTALLED = [r[:6] + [None if r[0] == "二、本年地方政府债务限额" else "x" if r[0] == "五、年末地方政府债务余额" else r[6]]
               if i >= 4 else r for i, r in enumerate(_DEBT)]


@pytest.fixture(scope="module")
def songling(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("fixb47")
    debt = write_workbook(folder / "松岭县_2025年_政府债务限额和余额情况表.xlsx", _DEBT, _MERGED, sheet="债务限额和余额")
    return engine_over(folder / "kb.sqlite", [debt])


@pytest.fixture(scope="module")
def untotalled(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("fixb47u")
    debt = write_workbook(folder / "松岭县_2025年_政府债务限额和余额情况表.xlsx", _UNTOTALLED, _MERGED,
                          sheet="债务限额和余额")
    return engine_over(folder / "kb.sqlite", [debt])


def test_room_of_a_part_line_is_never_a_negative_room(songling: Engine) -> None:
    answer = converse(songling, "松岭2025年新增债务限额还剩多少")
    assert "-" not in answer.text and "10500" not in answer.text, answer.text  # 800 - 11300 is no room


def test_room_of_the_limit_is_limit_less_end_stock(songling: Engine) -> None:
    answer = converse(songling, "松岭2025年债务限额还剩多少")
    assert answer.status == ANSWERED and "1400" in answer.text, answer.text  # 12700 - 11300


def test_share_of_the_total_is_the_rows_own_total(songling: Engine) -> None:
    answer = converse(songling, "松岭2025年一般债务限额占合计多少")  # the row's own 合计 is 12700: 29.92%
    assert answer.status == ANSWERED and "29.92%" in answer.text and "12700" in answer.text, answer.text



@pytest.mark.parametrize(("question", "part"), [
    ("松岭2025年末债务余额多少", "3400"),  # of a total printed "x"
    ("松岭2025年债务限额还剩多少", "400"),  # 3800 - 3400: parts taken for the room of the totals
])
def test_a_row_said_without_a_kind_is_its_total(untotalled: Engine, question: str, part: str) -> None:
    answer = converse(untotalled, question)
    assert part not in answer.text, answer.text


def test_a_row_said_without_a_kind_reads_its_printed_total(songling: Engine) -> None:
    answer = converse(songling, "松岭2025年末债务余额多少")
    assert answer.status == ANSWERED and "11300" in answer.text, answer.text
