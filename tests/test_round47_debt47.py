"""Round 47, tables of rows × (year × kind) columns whose rows are said in staff's words, each class on small fictional
tables: a 政府债务限额和余额情况表 (rows 一、上年末地方政府债务余额 … 六、年末地方政府债务余额, columns 2024年执行数 and
2025年预算数, each 一般债务 / 专项债务 / 合计) and a 社会保险基金收支表 of the same shape (rows 一、上年末基金滚存结余 …
四、年末基金滚存结余, kinds 职工养老 / 居民养老).

Classes:
- a row said short, without words staff leave out and without its ordinal (债务限额 = 本年地方政府债务限额, 基金收入 =
  本年基金收入), its kind said inside it (一般债务余额), one row when one fits exactly (never 新增债务限额, whose 新增 is
  not said);
- a year's end said by its year: that year's 年末 row, or the next year's column's 上年末 row when the table has no
  column of that year (2023年末 of a 2024 column); a stock said of a year without either is its end;
- figures derived of two rows of one column: the room left of a limit (限额 less 年末余额), the change since the start
  (比上年末增加多少), a share with its other row said by its last words (余额占限额);
- follow-ups swapping one part: the kind (专项债务呢, 一般债务多少 after a 合计 figure), the year (2025年呢)."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, write_workbook

from bot.engine import ANSWERED, Engine

_DEBT = [
    ["青川县2025年地方政府债务限额和余额情况表"],
    ["单位：万元"],
    ["项目", "2024年执行数", None, None, "2025年预算数", None, None],
    [None, "一般债务", "专项债务", "合计", "一般债务", "专项债务", "合计"],
    ["一、上年末地方政府债务余额", 4100, 9200, 13300, 4420, 9980, 14400],
    ["二、本年地方政府债务限额", 4600, 10300, 14900, 4800, 10900, 15700],
    ["    其中：新增债务限额", 350, 1200, 1550, 300, 900, 1200],
    ["三、本年地方政府债务发行额", 610, 1410, 2020, 520, 1100, 1620],
    ["    （一）新增债券", 350, 1150, 1500, 300, 850, 1150],
    ["    （二）再融资债券", 260, 260, 520, 220, 250, 470],
    ["四、本年地方政府债务还本额", 290, 480, 770, 310, 520, 830],
    ["五、本年地方政府债务付息额", 130, 310, 440, 140, 330, 470],
    ["六、年末地方政府债务余额", 4420, 9980, 14400, 4630, 10610, 15240],
]
_DEBT_MERGED = ["A1:G1", "A3:A4", "B3:D3", "E3:G3"]

_FUND = [
    ["青川县2025年社会保险基金收支表"],
    ["单位：万元"],
    ["项目", "2024年执行数", None, None, "2025年预算数", None, None],
    [None, "职工养老", "居民养老", "合计", "职工养老", "居民养老", "合计"],
    ["一、上年末基金滚存结余", 2100, 860, 2960, 2350, 905, 3255],
    ["二、本年基金收入", 1800, 420, 2220, 1900, 450, 2350],
    ["    其中：财政补贴收入", 300, 260, 560, 320, 270, 590],
    ["三、本年基金支出", 1550, 375, 1925, 1700, 410, 2110],
    ["四、年末基金滚存结余", 2350, 905, 3255, 2550, 945, 3495],
]


@pytest.fixture(scope="module")
def qingchuan(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("debt47")
    debt = write_workbook(folder / "青川县_2025年_政府债务限额和余额情况表.xlsx", _DEBT, _DEBT_MERGED, sheet="债务限额和余额")
    fund = write_workbook(folder / "青川县_2025年_社会保险基金收支表.xlsx", _FUND, _DEBT_MERGED, sheet="基金收支")
    return engine_over(folder / "kb.sqlite", [debt, fund])


def _answered(engine: Engine, *turns: str, shows: str, never: tuple[str, ...] = ()) -> str:
    answer = converse(engine, *turns)
    assert answer.status == ANSWERED and shows in answer.text, answer.text
    assert not any(n in answer.text for n in never), answer.text
    return answer.text


@pytest.mark.parametrize(("question", "figure", "never"), [
    ("青川2024年一般债务限额多少", "4600", ("新增债务限额", "350")),  # 本年地方政府债务限额 › 2024年执行数 › 一般债务
    ("青川2025年债务限额预算数", "15700", ("14900",)),
    ("青川2024年专项债务余额", "9980", ("9200",)),  # a stock said of a year: its end
    ("青川2024年基金收入", "2220", ("590",)),  # 本年基金收入 said without 本年
    ("青川2025年居民养老基金支出", "410", ("1700",)),  # the kind said inside the row
    ("青川2025年专项债限额", "10900", ("15700",)),  # the kind said by its first words
    ("青川2024年专项新增限额", "1200", ("1550", "1150")),  # never the 合计 of the row
    ("青川2024年末一般债余额", "4420", ("14400",)),
])
def test_a_row_said_short_is_its_one_printed_row(qingchuan: Engine, question: str, figure: str,
                                                 never: tuple[str, ...]) -> None:
    _answered(qingchuan, question, shows=figure, never=never)


@pytest.mark.parametrize(("question", "figure", "never"), [
    ("青川2024年末一般债务余额", "4420", ("4100",)),  # the 2024 column's 年末 row
    ("青川2025年末债务余额预计多少", "15240", ("14400",)),  # the plan's column (2025年预算数)
    ("青川2023年末政府债务余额", "13300", ("14400",)),  # no 2023 column: the 2024 column's 上年末 row
    ("青川2023年底职工养老基金滚存结余", "2100", ("2350",)),
    ("青川2025年初专项债务余额", "9980", ("10610",)),  # a year's start: its column's 上年末 row
    ("青川2025年初居民养老基金滚存结余", "905", ("945",)),
    ("青川去年末专项债务余额", "9980", ("9200", "10610")),  # a year said from the table's own (2025)
    ("青川今年初一般债务余额", "4420", ("4630",)),
    ("青川2023年基金滚存结余", "2960", ("3255",)),  # a stock of a year no column prints: its end, 2024's 上年末
])
def test_a_year_end_said_by_its_year_is_the_column_printing_it(qingchuan: Engine, question: str, figure: str,
                                                               never: tuple[str, ...]) -> None:
    _answered(qingchuan, question, shows=figure, never=never)


def test_a_year_end_no_column_prints_is_not_answered(qingchuan: Engine) -> None:
    answer = converse(qingchuan, "青川2022年末政府债务余额")
    assert answer.status != ANSWERED and "13300" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "figure"), [
    ("青川2024年一般债务限额还剩多少空间", "180"),  # 4600 - 4420
    ("青川2025年专项债务限额还有多少空间", "290"),  # 10900 - 10610
    ("青川2025年一般债务限额还剩多少", "170"),  # 4800 - 4630
    ("青川2024年债务余额比上年末增加多少", "1100"),  # 14400 - 13300
    ("青川2025年专项债务余额比2024年末增加多少", "630"),  # 10610 - 9980
    ("青川2024年末债务余额占限额多少", "96.64"),  # 14400 / 14900
    ("青川2025年末一般债务余额占一般债务限额的比例", "96.46"),  # 4630 / 4800: the kind of both
    ("青川2025年专项债务限额比专项债务余额多多少", "290"),  # never 新增债务限额 (a line of 本年…限额) too
])
def test_a_figure_derived_of_two_rows_shows_its_arithmetic(qingchuan: Engine, question: str, figure: str) -> None:
    text = _answered(qingchuan, question, shows=figure)
    assert any(op in text for op in ("-", "÷")), text


@pytest.mark.parametrize(("turns", "figure", "never"), [
    (("青川2024年末一般债务余额", "专项债务呢"), "9980", ("4420",)),
    (("青川2024年末政府债务余额", "2025年呢"), "15240", ("14400",)),  # still the 年末 row, never 上年末 too
    (("青川2024年债务限额", "一般债务多少"), "4600", ("4800",)),  # the kind after a 合计 figure: the same column
    (("青川2024年专项债务限额", "那2025年新增的呢"), "900", ("850", "1200")),  # 新增债务限额 (not 新增债券) of 专项债务
    (("青川2025年一般债务限额", "2024年呢"), "4600", ("14900",)),  # the year swapped, the kind kept
    (("青川2024年职工养老基金支出", "那2025年的呢"), "1700", ("2110",)),
    (("青川2024年末一般债务余额", "限额呢"), "4600", ("350", "4800")),  # the row said short, the column kept
    (("青川2024年一般债务限额", "余额呢"), "4420", ("4100",)),  # a stock said bare: its end
    (("青川2024年一般债务限额", "上年末余额呢"), "4100", ("4420",)),
    (("青川2024年基金收入", "支出呢"), "1925", ("2110",)),
])
def test_a_follow_up_swaps_one_part(qingchuan: Engine, turns: tuple[str, ...], figure: str,
                                    never: tuple[str, ...]) -> None:
    _answered(qingchuan, *turns, shows=figure, never=never)


def test_parts_asked_together_keep_the_year_shown(qingchuan: Engine) -> None:
    text = _answered(qingchuan, "青川2024年末债务余额", "一般债务和专项债务分别多少", shows="4420", never=("4630", "10610"))
    assert "9980" in text, text
