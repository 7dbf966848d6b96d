"""A social-insurance fund budget (blind set 22's shape): its lines (收入合计, 保险费收入 …, 本年收支结余, 年末滚存结余) as
rows, each 险种's fund a column beside a 合计, a blank cell where a fund has no such line. A fund is said by the short
name staff use (企业养老, 机关事业养老, 居民医保, 职工医保); the table by its short title (社保基金); a line's columns are
ranked, bounded, listed and added up as kinds (哪个险种收不抵支, 结余最少的险种, 哪些基金没有财政补贴收入, 三项养老保险基金
加起来) — never with the 合计 column among them."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine

_FUNDS = ["企业职工基本养老保险基金", "城乡居民基本养老保险基金", "机关事业单位基本养老保险基金", "职工基本医疗保险基金（含生育保险）",
          "城乡居民基本医疗保险基金", "工伤保险基金", "失业保险基金"]
_INCOME = {"　1.保险费收入": [150200, 8400, 40100, 70300, 19800, 4100, 5200],
           "　2.财政补贴收入": [9800, 22600, 15300, None, 40500, None, None],
           "　3.利息收入": [1200, 500, 90, 610, 260, 50, 180],
           "　4.转移收入": [2100, 20, 420, None, None, None, None],
           "　5.其他收入": [300, 10, 20, 140, 70, 10, 30]}
_SPENDING = {"　1.社会保险待遇支出": [158000, 26900, 52300, 65400, 58800, 3700, 2900],
             "　2.转移支出": [2600, 30, 310, None, None, None, None],
             "　3.其他支出": [100, 5, None, 90, 150, 15, 3300]}
_END = [98700, 60200, 8100, 52300, 15900, 5600, 13400]


def _added(lines: dict[str, list]) -> list[int]:
    return [sum(v[i] or 0 for v in lines.values()) for i in range(len(_FUNDS))]


def _row(name: str, values: list) -> tuple:
    return (name, sum(v or 0 for v in values), *values)


def _funds(path: Path) -> None:
    """青河县's social-insurance fund budget: lines as rows, the funds as columns after a 合计."""
    income, spending = _added(_INCOME), _added(_SPENDING)
    rows = [_row("一、收入合计", income), *[_row(k, v) for k, v in _INCOME.items()],
            _row("二、支出合计", spending), *[_row(k, v) for k, v in _SPENDING.items()],
            _row("三、本年收支结余", [a - b for a, b in zip(income, spending, strict=True)]), _row("四、年末滚存结余", _END),
            ("注：1.职工基本医疗保险基金含生育保险；2.失业保险基金其他支出主要为职业培训补贴和创业扶持；3.空白单元格表示该险种无此项收支。",)]
    simple_table(path, "社保基金", "青河县2026年社会保险基金预算表", "I2", "单位：万元", ["项目", "合计", *_FUNDS], rows)


def _subsidies(path: Path) -> None:
    """松岭区's subsidies to the funds: sibling lines worded apart (对…养老保险基金的补助, 财政对…医疗保险基金的补助)."""
    rows = [("1.对机关事业单位养老保险基金的补助", 2460), ("2.财政对基本医疗保险基金的补助", 1270), ("3.就业创业补贴", 880)]
    simple_table(path, "补助", "松岭区2025年社会保障补助资金明细表", "B2", "单位：万元", ["项目", "金额"], rows)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("ins23")
    _funds(folder / "qinghe_funds.xlsx")
    _subsidies(folder / "songling_subsidies.xlsx")
    root = Path(__file__).resolve().parent.parent
    # (another department whose indicators say 失业 and whose lines say 其他支出: a fund said short is not theirs)
    return engine_over(folder / "kb.sqlite", [root / "knowledge", folder / "qinghe_funds.xlsx", folder / "songling_subsidies.xlsx",
                                              root / "tests" / "data" / "samples" / "zhanjiang_rsj_2024_department_targets.xlsx"])


@pytest.mark.parametrize(("question", "want"), [
    ("企业养老收入多少", "163600"),
    ("机关事业养老转移收入多少", "420"),
    ("居民医保财政补贴多少", "40500"),
    ("职工医保收入多少", "71050"),
    ("城乡居民养老保险费收入", "8400"),  # (保险费 is the line's word: 城乡居民养老 is the fund)
    ("企业养老转移支出多少", "2600"),
])
def test_a_fund_is_said_by_its_short_name(engine: Engine, question: str, want: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and want in a.text, a.text


def test_a_fund_said_short_with_a_line_is_that_tables_cell_not_another_departments_indicator(engine: Engine) -> None:
    a = converse(engine, "失业保险其他支出多少")
    assert a.status == "answered" and "3300" in a.text and "失业保险基金" in a.text, a.text


@pytest.mark.parametrize(("question", "want"), [
    ("青河社保基金收入合计多少", str(sum(_added(_INCOME)))),
    ("社保基金本年收支结余", str(sum(_added(_INCOME)) - sum(_added(_SPENDING)))),
])
def test_the_table_said_by_its_short_title_is_its_total_column(engine: Engine, question: str, want: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and want in a.text, a.text


def test_the_tables_unit_asked_by_its_short_title(engine: Engine) -> None:
    a = converse(engine, "社保基金表单位")
    assert a.status == "answered" and "万元" in a.text, a.text


@pytest.mark.parametrize(("question", "want", "never"), [
    ("青河年末滚存结余最多的", "98700", "共比较 8"),  # one line's columns ranked: its 合计 is theirs added up
    ("年末滚存结余最少的险种", "5600", "共比较 8"),
    ("哪个基金收入最多", "163600", "共比较 8"),
    ("哪个险种当年收不抵支", "-790", "工伤"),
])
def test_one_lines_kinds_are_ranked_without_the_total(engine: Engine, question: str, want: str, never: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and want in a.text and never not in a.text.split("（来源")[0], a.text


def test_the_kinds_without_a_line_are_its_blank_cells(engine: Engine) -> None:
    a = converse(engine, "哪些基金没有财政补贴收入")
    assert a.status == "answered", a.text
    head = a.text.split("（来源")[0]
    assert all(x in head for x in ("职工基本医疗保险", "工伤保险", "失业保险")) and "城乡居民基本医疗" not in head, a.text


def test_the_kinds_with_a_line(engine: Engine) -> None:
    a = converse(engine, "哪些险种有转移收入")
    assert a.status == "answered" and "共 3 项" in a.text and "工伤" not in a.text, a.text


def test_a_bound_over_the_kinds_in_yi(engine: Engine) -> None:
    a = converse(engine, "年末滚存结余超过五个亿的是哪个基金")
    assert a.status == "answered", a.text
    assert all(x in a.text for x in ("98700", "60200", "52300")) and "15900" not in a.text, a.text


def test_kinds_named_by_their_shared_words_are_added_up(engine: Engine) -> None:
    a = converse(engine, "三项养老保险基金收入加起来")
    assert a.status == "answered" and str(163600 + 31530 + 55930) in a.text, a.text


def test_a_follow_up_naming_a_word_of_a_sibling_line_worded_apart(engine: Engine) -> None:
    a = converse(engine, "松岭养老保险基金补助多少", "医疗保险的呢")
    assert a.status == "answered" and "1270" in a.text, a.text
    a = converse(engine, "松岭养老保险基金补助多少", "医疗保险的呢", "两个加起来")
    assert a.status == "answered" and str(2460 + 1270) in a.text, a.text


@pytest.mark.parametrize(("question", "want"), [
    ("青河总支出", str(sum(_added(_SPENDING)))),  # the table's 支出合计 row, never its first total (收入合计)
    ("社保基金总收入", str(sum(_added(_INCOME)))),  # the words before 总收入 are the title of the table it is of
])
def test_a_total_said_in_words_is_the_total_line_of_that_kind(engine: Engine, question: str, want: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and want in a.text, a.text


@pytest.mark.parametrize(("turns", "want"), [
    (("失业保险收入多少", "支出呢", "那结余是多少"), str(5410 - 6200)),  # the fund's column kept, the line switched
    (("哪个基金收入最多", "它的结余是多少"), str(163600 - 160700)),
    (("社保基金总收入", "总支出呢"), str(sum(_added(_SPENDING)))),
])
def test_a_follow_up_switches_the_line_and_keeps_the_column(engine: Engine, turns: tuple[str, ...], want: str) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered" and want in a.text, a.text


def test_what_a_label_includes_is_its_bracket(engine: Engine) -> None:
    a = converse(engine, "职工医保包括哪个险种")
    assert a.status == "answered" and "生育保险" in a.text, a.text


def test_what_a_line_mainly_is_is_the_clause_of_the_note_naming_it(engine: Engine) -> None:
    a = converse(engine, "失业保险其他支出主要是什么")
    assert a.status == "answered" and "职业培训补贴和创业扶持" in a.text and "生育" not in a.text, a.text
    a = converse(engine, "工伤保险其他支出主要是什么")
    assert "职业培训" not in a.text, a.text
