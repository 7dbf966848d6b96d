"""Tables of their own for fact lookups that failed on how labels are said (blind sets 18-19): a year said with
its 年末 (or with two digits, 25年末) of a column printed so, a row said with the head it stands under
(高新区专项债务余额: the line 青石高新区 under 二、专项债务), a column's tail said after a row took its head
(一般债务限额), and the guard that a part the table does not print is never answered with its parent's figure."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table

from bot.engine import Engine

# 青石县财政局: debt limits and balances, its lines indented under 一、一般债务 and 二、专项债务 (县本级 under both).
_DEBT = [("合计", 900000, 880000, 60000, 30000, 960000, 910000),
         ("一、一般债务", 300000, 290000, 21000, 11000, 320000, 300000),
         ("  县本级", 250000, 242000, 17000, 9000, 266000, 250000),
         ("  青石高新区", 50000, 48000, 4000, 2000, 54000, 50000),
         ("二、专项债务", 600000, 590000, 39000, 19000, 640000, 610000),
         ("  县本级", 420000, 413000, 26000, 12000, 446000, 427000),
         ("  青石高新区", 180000, 177000, 13000, 7000, 194000, 183000)]


def _debt_table(path: Path) -> None:
    import openpyxl

    simple_table(path, "限额及余额", "青石县2025年地方政府债务限额及余额情况表", "G2", "单位：万元",
                 ["项目", "2024年末", None, "2025年变动情况", None, "2025年末", None],
                 [[None, "债务限额", "债务余额", "举借债务", "偿还本金", "债务限额", "债务余额"], *_DEBT])
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws["A2"] = "编制单位：青石县财政局"
    for cells in ("A3:A4", "B3:C3", "D3:E3", "F3:G3"):
        ws.merge_cells(cells)
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("labels19")
    _debt_table(folder / "qingshi_debt.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "qingshi_debt.xlsx"])


@pytest.mark.parametrize("question", ["青石县25年末债务余额多少", "青石县2025年末政府债务余额多少"])
def test_year_said_with_its_year_end_is_that_column(engine, question):
    a = _ask(engine, question)
    assert a.status == "answered" and "910000" in a.text
    assert "960000" not in a.text and "880000" not in a.text  # not the limit, not the year before's balance


def test_column_tail_said_after_the_row_took_its_head(engine):
    a = _ask(engine, "2025年末的 一般债务限额")
    assert a.status == "answered" and "320000" in a.text and "300000" not in a.text


def test_year_end_said_alone_is_the_latest_year_end(engine):
    a = _ask(engine, "专项债务年末余额是多少")
    assert a.status == "answered" and "610000" in a.text
    assert "640000" not in a.text  # the limit beside it is not asked


@pytest.mark.parametrize("question, value, others", [
    ("高新区专项债务余额（2025年末）", "183000", ["50000", "610000"]),
    ("县本级一般债务举借了多少", "17000", ["26000", "21000"]),
    ("青石高新区一般债务偿还本金多少", "2000", ["7000", "11000"]),
])
def test_line_said_with_the_head_it_stands_under(engine, question, value, others):
    a = _ask(engine, question)
    assert a.status == "answered" and value in a.text
    assert not any(o in a.text for o in others)


def test_part_not_printed_is_never_the_lines_figure(engine):
    a = _ask(engine, "高新区专项债务的利息支出多少")
    assert a.status != "answered"
    assert "183000" not in a.text and "194000" not in a.text


# 石门县市场监督管理局: fees, two rows of one name told apart by their brackets (食品类, 非食品类).
_FEES = [("1", "检验检测费（食品类）", "120元/批次", "价费字〔2019〕12号", 845000, 902000, 57000, 0.0675),
         ("2", "检验检测费（非食品类）", "300元/批次", "价费字〔2019〕12号", 512000, 468000, -44000, -0.0859),
         ("3", "计量检定费", "按检定项目计收", "价费字〔2018〕7号", 236000, 240000, 4000, 0.0169),
         ("合计", None, None, None, 1593000, 1610000, 17000, 0.0107)]


@pytest.fixture(scope="module")
def fees(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("labels19_fees")
    simple_table(folder / "shimen_fees.xlsx", "Sheet1", "石门县市场监督管理局2024年行政事业性收费项目及收入预算表", "H2",
                 "单位：元", ["序号", "收费项目", "收费标准", "收费依据", "2023年实际收入", "2024年预算数", "增减额", "增减率"],
                 _FEES)
    return engine_over(folder / "kb.sqlite", [folder / "shimen_fees.xlsx"])


@pytest.mark.parametrize("question, value, other", [
    ("食品类检验检测费增减额", "57000", "-44000"),
    ("检验检测费食品类收费标准多少", "120元", "300元"),
    ("非食品的检验检测费2024预算", "468000", "902000"),
    ("检验检测费（非食品类）2023年实际收入", "512000", "845000"),
])
def test_rows_of_one_name_told_apart_by_their_brackets(fees, question, value, other):
    a = _ask(fees, question)
    assert a.status == "answered" and value in a.text and other not in a.text


@pytest.mark.parametrize("turns, value, others", [
    (("高新区一般债务举借多少", "专项的呢"), "13000", ["4000", "39000"]),  # the same line under the head named now
    (("青石高新区专项债务举借多少", "那县本级的呢"), "26000", ["17000", "446000"]),  # the line named, same head
    (("高新区一般债务举借多少", "专项的呢", "加起来多少"), "17000", ["43000"]),  # 4000 + 13000, not the head's
])
def test_follow_up_moves_along_the_outline(engine, turns, value, others):
    a = _ask(engine, *turns)
    assert a.status == "answered" and value in a.text
    assert not any(o in a.text for o in others)


def test_note_line_yields_to_the_line_and_column_said(tmp_path):
    """A table's note read as a line ("高新区债务由县财政统一代为举借") is not what "高新区专项债务举借多少" asks."""
    import openpyxl

    path = tmp_path / "debt_note.xlsx"
    _debt_table(path)
    wb = openpyxl.load_workbook(path)
    wb.active["A12"] = "注：1.余额增减=举借债务-偿还本金；2.青石高新区债务由县财政统一代为举借。"
    wb.save(path)
    a = _ask(engine_over(tmp_path / "kb.sqlite", [path]), "青石高新区专项债务举借多少")
    assert a.status == "answered" and "13000" in a.text and "代为举借" not in a.text


@pytest.fixture(scope="module")
def repay(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("labels19_repay")
    simple_table(folder / "qingshi_repay.xlsx", "还本付息", "青石县2025年地方政府债务还本付息预算表", "C2", "单位：万元",
                 ["项目", "2025年预算数", "备注"],
                 [("一般债务还本支出", 16400, "含再融资债券偿还"), ("一般债务付息支出", 9120, None),
                  ("专项债务还本支出", 12300, None), ("专项债务付息支出", 18450, "由项目收益偿还"), ("合计", 56270, None)])
    return engine_over(folder / "kb.sqlite", [folder / "qingshi_repay.xlsx"])


@pytest.mark.parametrize("turns, value, others", [
    (("一般债务还本多少", "付息呢"), "9120", ["18450"]),
    (("专项债务付息多少", "还本呢"), "12300", ["16400"]),
])
def test_follow_up_word_in_place_of_one_of_the_rows(repay, turns, value, others):
    a = _ask(repay, *turns)
    assert a.status == "answered" and value in a.text
    assert not any(o in a.text for o in others)
