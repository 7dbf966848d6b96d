"""Round 54: a table whose COLUMNS are the things asked about (bot/answer/facts/column_things.py).

Over tests/data/cols54 (fictional: 青川县2025年医疗保障基金预算收支表, six funds as columns under a merged 2-row header
合计 | 其中 › …, rows 一、基金收入 合计 / items / 二、基金支出 合计 / items / 三、当年收支结余 / 四、年末累计结余) beside
tests/data/cols53's tables of another county:
- the most or least of the columns at a row, a place in that ranking, and "第二个呢" after it;
- which columns print a figure at a row (or none); several columns named by the word they share, counted;
- one column said short by its own name's characters (职工统筹, 长护), its row said with time words (今年, 年底);
- a line the table does not print asked of one of its columns: said so, never another line's figure;
- a follow-up naming another table of the county by its subject (住房公积金): that table, not the funds' one;
- a row some columns leave blank: those have none of it (the least, and said beside the most); columns named together
  that print nothing there said so (未列), never a sum of 0 with no source."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine, Session
from tests.conftest import engine_over

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("cols54") / "kb.sqlite", [DATA / "cols54", DATA / "cols53"])


def _talk(engine: Engine, *turns: str):
    session, answer = Session(), None
    for turn in turns:
        answer = engine.ask(turn, session)
    assert answer is not None
    return answer


@pytest.mark.parametrize("question, top, figure", [
    ("哪个基金收入最多", "职工基本医疗保险统筹基金", "52310.4"),
    ("哪个医保基金年末累计结余最少", "医疗救助基金", "310.4"),
    ("支出最少的是哪个基金", "医疗救助基金", "990.1"),
    ("累计结余排第二的是哪个基金", "城乡居民基本医疗保险基金", "21560.8"),
])
def test_columns_ranked_at_a_row(engine: Engine, question: str, top: str, figure: str) -> None:
    a = _talk(engine, question)
    assert a.status == "answered", a.text
    assert top in a.text and figure in a.text, a.text
    assert "91557.5" not in a.text, a.text  # (never the 合计 column ranked among the funds)


def test_next_place_after_a_ranking(engine: Engine) -> None:
    a = _talk(engine, "哪个基金收入最多", "第二个呢")
    assert a.status == "answered", a.text
    assert "城乡居民基本医疗保险基金" in a.text and "30875.2" in a.text, a.text


def test_columns_holding_a_row(engine: Engine) -> None:
    a = _talk(engine, "哪些基金有财政补助收入")
    assert a.status == "answered", a.text
    for shown in ("城乡居民基本医疗保险基金", "22100", "长期护理保险基金", "医疗救助基金"):
        assert shown in a.text, a.text
    assert "职工大额医疗费用补助基金" not in a.text and "生育保险基金" not in a.text, a.text
    a = _talk(engine, "上级补助收入是哪个基金的")
    assert a.status == "answered" and "职工基本医疗保险统筹基金" in a.text and "1780" in a.text, a.text
    a = _talk(engine, "哪些基金没有利息收入")
    assert a.status == "answered" and "长期护理保险基金" in a.text and "生育保险基金" not in a.text, a.text


def test_columns_sharing_a_word_added(engine: Engine) -> None:
    a = _talk(engine, "两个职工基金待遇支出加起来多少")
    assert a.status == "answered", a.text
    assert "49100.7" in a.text, a.text
    a = _talk(engine, "三个职工基金待遇支出加起来多少")  # (two share the word: not these columns)
    assert "49100.7" not in a.text, a.text


@pytest.mark.parametrize("question, figure, wrong", [
    ("职工统筹今年结余多少", "2440.1", "68420.5"),
    ("长护基金年底结余多少", "2980.2", "319.3"),
    ("生育保险当年收支结余", "-239.4", "1230.6"),
    ("青川县医保基金收入合计", "91557.5", "30875.2"),
])
def test_one_column_said_short_its_row_by_time_words(engine: Engine, question: str, figure: str, wrong: str) -> None:
    a = _talk(engine, question)
    assert a.status == "answered", a.text
    assert figure in a.text and wrong not in a.text, a.text


def test_a_line_not_printed_is_said_so(engine: Engine) -> None:
    a = _talk(engine, "职工统筹基金里门诊统筹支出多少")
    assert a.status == "unknown", a.text
    assert "49870.3" not in a.text and "46200.3" not in a.text, a.text


def test_a_follow_up_naming_another_table_of_the_place(engine: Engine) -> None:
    a = _talk(engine, "医保基金收入合计", "住房公积金今年计划数呢")
    assert a.status == "answered", a.text
    assert "18650" in a.text and "9800" in a.text and "91557.5" not in a.text, a.text


def test_two_columns_said_each_added_or_set_against(engine: Engine) -> None:
    a = _talk(engine, "生育保险和长护基金缴费收入分别多少")
    assert a.status == "answered", a.text
    assert "2380" in a.text and "1720" in a.text and "4100" not in a.text, a.text
    a = _talk(engine, "生育保险和长护基金缴费收入加起来多少")
    assert a.status == "answered" and "4100" in a.text, a.text
    a = _talk(engine, "职工统筹比城乡居民医保待遇支出多多少")
    assert a.status == "answered" and "16399.4" in a.text, a.text


def test_other_words_around_a_column_are_no_line_not_printed(engine: Engine) -> None:
    a = _talk(engine, "生育保险基金其他支出主要是什么")  # (what the table's note may say: not "no such line")
    assert "没有“主要" not in a.text and "没有“主要是什么" not in a.text, a.text
    # (the row's printed line only, said as the table's own — no figure of another line or column)
    assert a.status == "unknown", a.text
    assert "其他支出" in a.text and "生育保险基金" in a.text, a.text
    assert "70" not in a.text and "180" not in a.text, a.text


@pytest.mark.parametrize("question, blank, wrong", [
    # (长期护理保险基金 prints no 利息收入: it is the least, never 医疗救助基金's 20.6 alone as the least)
    ("哪个基金利息收入最少", ["长期护理保险基金"], "利息收入最少的是医疗救助基金"),
    # (five funds print no 上级补助收入: they are named, never 职工基本医疗保险统筹基金 as the least)
    ("上级补助收入最少的是哪个基金", ["职工大额医疗费用补助基金", "生育保险基金", "长期护理保险基金"],
     "收入最少的是职工基本医疗保险统筹基金"),
])
def test_least_of_a_row_some_columns_leave_blank(engine: Engine, question: str, blank: list[str], wrong: str) -> None:
    a = _talk(engine, question)
    assert a.status == "answered", a.text
    assert "空白" in a.text and all(n in a.text for n in blank), a.text
    assert wrong not in a.text, a.text
    held = _talk(engine, "哪些基金没有利息收入")  # (the same blanks read as none there)
    assert "长期护理保险基金" in held.text, held.text


def test_most_of_a_row_says_the_blank_columns(engine: Engine) -> None:
    a = _talk(engine, "哪个基金利息收入最多")
    assert a.status == "answered", a.text
    assert "职工基本医疗保险统筹基金" in a.text and "410.4" in a.text, a.text
    assert "1 项表中空白" in a.text and "长期护理保险基金" in a.text, a.text


def test_a_place_counted_from_the_least(engine: Engine) -> None:
    a = _talk(engine, "缴费收入排第二少的是哪个基金")  # (医疗救助基金 prints none: the least; then 长期护理 1720)
    assert a.status == "answered", a.text
    assert "长期护理保险基金" in a.text and "1720" in a.text and "50120" not in a.text, a.text


def test_a_group_added_where_its_columns_print_nothing(engine: Engine) -> None:
    a = _talk(engine, "两个职工基金财政补助收入加起来多少")  # (neither prints the row)
    assert a.status == "answered", a.text
    assert "职工基本医疗保险统筹基金" in a.text and "职工大额医疗费用补助基金" in a.text and "空白" in a.text, a.text
    assert "来源：青川县2025年医疗保障基金预算收支表" in a.text, a.text
    assert "合计 0" not in a.text and "= 0" not in a.text and "23180" not in a.text, a.text
    a = _talk(engine, "两个职工基金上级补助收入加起来多少")  # (one prints it: added, the other said 未列)
    assert a.status == "answered", a.text
    assert "1780" in a.text and "未列" in a.text and "职工大额医疗费用补助基金" in a.text, a.text
