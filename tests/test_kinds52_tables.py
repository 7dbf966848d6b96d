"""Table kinds of a county's budget the other documents do not have (tests/data/kinds52, fictional 青禾县, written
by make_kinds.py): a two-sided 财政拨款收支总表 (收入 | 预算数 beside 支出 | 合计 | 财政拨款 › 一般公共预算 …, the
sides' rows not aligned), a stacked 国有资本经营预算收支表 (2024年执行数 | 2025年预算数 | 比上年增减（%）) and a
中期财政规划表 over 2025-2027年 (a 规划数 band over the year columns, a 三年合计).

Expected figures are the make script's own rows."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import openpyxl
import pytest

from bot.engine import Engine, Session
from bot.ingest.grid import read_general
from bot.model import OVER_YEARS

DOCS = Path(__file__).parent / "data" / "kinds52"
FISCAL = DOCS / "青禾县自然资源局_2025年_财政拨款收支总表.xlsx"
SOE = DOCS / "青禾县_2025年_国有资本经营预算收支表.xlsx"
PLAN = DOCS / "青禾县_2025-2027年_中期财政规划表.xlsx"
ONE_ROW = DOCS / "one_row"


def _make():
    spec = importlib.util.spec_from_file_location("make_kinds", DOCS / "make_kinds.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


MAKE = _make()


def _read(path: Path):
    return read_general(str(path), openpyxl.load_workbook(path))


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy) -> Engine:
    db = built_copy([FISCAL, SOE, PLAN], tmp_path_factory.mktemp("kinds52") / "kb.sqlite")
    return Engine(db, Path(__file__).resolve().parent.parent / "knowledge" / "vocabulary.toml")


def _w(amount: float) -> str:
    """A figure as the answers print it ("640万元")."""
    return f"{amount:g}万元"


def _ask(engine: Engine, question: str) -> str:
    answer = engine.ask(question, Session())
    assert answer.status == "answered", (question, answer.text)
    return answer.text


# Reading -----------------------------------------------------------------------------------------------------

def test_the_spending_side_is_labelled_by_its_own_rows():
    """The right side's 项目 repeats the left side's header under 支出: its figures are its own rows', never
    those of the 收入 line beside them."""
    doc = _read(FISCAL)
    spending = {f.row[-1]: f for f in doc.facts if f.col and f.col[-1] == "合计"}
    for name, a, b, c in MAKE.SPENDING:
        assert spending[name.strip()].number == a + b + c, name
    assert not any(f.row and f.row[-1].startswith(("（一）", "（二）", "二、上年结转")) and f.col[0] == "支出"
                   for f in doc.facts)
    assert not any(f.value in {n for n, *_ in MAKE.SPENDING} for f in doc.facts)  # no row name read as a value
    income = {f.row[-1]: f.number for f in doc.facts if f.col and f.col[0] == "收入"}
    assert income["收入总计"] == MAKE.INCOME[0][1] + MAKE.INCOME[4][1]


def test_a_plan_is_its_places_and_its_years_total_of_no_single_year():
    doc = _read(PLAN)
    assert doc.department == "青禾县"
    years = {f.year for f in doc.facts if f.row and f.row[-1] == "教育支出"}
    assert {2024, 2025, 2026, 2027, OVER_YEARS} == years
    total = [f for f in doc.facts if f.col and f.col[-1] == "三年合计"]
    assert total and all(f.year == OVER_YEARS for f in total)


def test_one_header_row_each_side_named_by_its_word():
    """收入项目 | 预算数 | 支出项目 | 合计 … over one header row: the 支出 side's values are its own rows', and
    its header word names the side's rows only (no "支出项目" in a row's name)."""
    doc = _read(ONE_ROW / "白石县文化馆_2025年_财政拨款收支总表.xlsx")
    spent = {f.row[-1]: f.number for f in doc.facts if f.col and f.col[-1] == "合计"}
    assert spent == {r[2]: r[3] for r in MAKE.ONE_ROW_FISCAL if r[2]}
    soe = _read(ONE_ROW / "白石县_2025年_国有资本经营预算收支总表.xlsx")
    rows = {f.row for f in soe.facts if f.number is not None}
    assert {(r[4],) for r in MAKE.ONE_ROW_SOE} <= rows, rows


# Asking ------------------------------------------------------------------------------------------------------

def test_either_sides_rows_and_the_totals(engine):
    assert _w(640) in _ask(engine, "自然资源局农林水支出多少")
    text = _ask(engine, "自然资源局自然资源海洋气象等支出中一般公共预算安排多少")
    assert _w(2248) in text, text
    text = _ask(engine, "自然资源局收入总计和支出总计一样吗")
    assert "两者相等" in text and text.count(_w(5200)) == 2, text
    text = _ask(engine, "自然资源局农林水支出和住房保障支出一样吗")
    assert "两者不相等" in text, text


def test_a_year_column_is_that_years_figure(engine):
    plan = {name: values for name, *values in MAKE.PLAN}
    text = _ask(engine, "青禾县2026年教育支出规划多少")
    assert _w(plan["教育支出"][2]) in text, text
    year_total = sum(v[1] for v in plan.values())
    text = _ask(engine, "中期财政规划2025年各类支出一共多少")
    assert _w(year_total) in text and "三年合计" not in text, text
    text = _ask(engine, "2027年一般公共预算支出合计多少")
    assert _w(sum(v[3] for v in plan.values())) in text, text


def test_a_change_asked_as_an_amount_of_a_row_printing_its_rate(engine):
    before, now = next((b, n) for name, b, n in MAKE.SOE_INCOME if name == "利润收入")
    text = _ask(engine, "利润收入比上年增加了多少万元")
    assert _w(now - before) in text and "11.1%" in text, text
    text = _ask(engine, "利润收入比上年增长百分之几")
    assert "11.1%" in text, text


def test_the_budget_a_title_names_is_that_table(engine):
    spending = max(MAKE.SOE_SPENDING, key=lambda x: x[2])[0]
    text = _ask(engine, "国有资本经营预算哪项支出最多")
    assert text.startswith(f"最多的是{spending}"), text
    income = max(MAKE.SOE_INCOME, key=lambda x: x[2])[0]
    text = _ask(engine, "国有资本经营预算哪项收入最多")
    assert text.startswith(f"最多的是{income}"), text


def test_the_fastest_growth_is_the_rate_columns_most(engine):
    rows = [(name, MAKE._pct(b, n)) for name, b, n in MAKE.SOE_SPENDING + MAKE.SOE_SPENDING_MORE if b]
    name, rate = max(rows, key=lambda x: x[1])
    text = _ask(engine, "国有资本经营预算支出中哪项增长最快")
    assert text.startswith(f"最多的是{name}") and f"{rate:g}%" in text, text


def test_a_row_no_table_has_is_unknown(engine):
    answer = engine.ask("中期财政规划中国防支出2026年多少", Session())
    assert answer.status != "answered", answer.text
