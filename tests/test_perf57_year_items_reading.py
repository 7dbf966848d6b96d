"""Speed without another answer (issue 14): the reader of tables of items over year columns reads no department's
table that a question's own words rule out, and stops once two tables print the row a question names without
naming whose — each answer the same as when every table is read. Six fictional towns' 支出表 (the same rows, other
figures)."""

from __future__ import annotations

from pathlib import Path

import pytest

import bot.answer.facts.year_items as year_items
from bot.dialogue.values import ANSWERED
from bot.engine import Engine
from tests.conftest import converse, engine_over, write_workbook

_TOWNS = ("柳溪镇", "石桥镇", "云岭乡", "桃坪镇", "青石乡", "白鹭镇")


def _rows(k: int) -> list[tuple]:
    """(label, 2024年执行数, 2025年预算数, 增减额): a group over its items (their sums) and a total."""
    water, roads, care = 120 + 10 * k, 80 + 5 * k, 40 + k
    before = (water - 7 - k, roads + 3, care - 2)
    items = (("水利建设支出", before[0], water), ("乡村道路养护支出", before[1], roads), ("困难群众救助支出", before[2], care))
    own = (sum(b for _, b, _ in items), sum(n for _, _, n in items))
    lines = [("一、农林水支出", *own)] + list(items) + [("支出合计", *own)]
    return [(label, b, n, n - b) for label, b, n in lines]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    folder: Path = tmp_path_factory.mktemp("perf57")
    for k, town in enumerate(_TOWNS):
        write_workbook(folder / f"{town}_2025年_一般公共预算支出表.xlsx", [
            [f"{town}2025年一般公共预算支出表"], ["单位：万元"], ["项目", "2024年执行数", "2025年预算数", "增减额"],
            *_rows(k)], ["A1:D1", "A2:D2"], sheet="支出表")
    engine_over(folder / "kb.sqlite", [folder])
    return folder / "kb.sqlite"


@pytest.fixture
def engine(db: Path) -> Engine:
    """A fresh engine each test: no table read by an earlier one."""
    return Engine(db, Path(__file__).resolve().parent.parent / "knowledge" / "vocabulary.toml")


@pytest.fixture
def reads(monkeypatch) -> list[tuple]:
    """The (document, sheet) of every table the reader reads."""
    seen: list[tuple] = []
    read = year_items._read

    def counted(idx, doc, sheet):
        seen.append((doc, sheet))
        return read(idx, doc, sheet)
    monkeypatch.setattr(year_items, "_read", counted)
    return seen


def _every_table_read(monkeypatch) -> None:
    """The reader as it was: every table in scope read, none ruled out or left once two name the row."""
    monkeypatch.setattr(year_items, "_unread_anyway", lambda idx, leftover, text: None)
    monkeypatch.setattr(year_items, "_tables_read", lambda idx, fq, docs, text: [
        t for t in year_items.tables(idx, docs) if year_items._all_read(t, fq, text)])


@pytest.mark.parametrize("question", ["减少水土流失的目标值是多少", "哪个村的路灯比上年减少了"])
def test_a_word_no_table_reads_reads_no_table(engine: Engine, reads: list, monkeypatch, question: str) -> None:
    answer = converse(engine, question)
    assert reads == [], reads
    _every_table_read(monkeypatch)
    full = converse(engine, question)
    assert len(reads) == len(_TOWNS), reads  # (the same question does reach every town's table)
    assert (answer.status, answer.text) == (full.status, full.text)


def test_a_row_every_town_prints_asked_of_no_town_stops_at_two_tables(engine: Engine, reads: list, monkeypatch) -> None:
    question = "水利建设支出比上年增加多少"
    answer = converse(engine, question)
    assert 0 < len(reads) <= 2, reads
    _every_table_read(monkeypatch)
    full = converse(engine, question)
    assert len(reads) == len(_TOWNS), reads
    assert (answer.status, answer.text) == (full.status, full.text)
    assert answer.status != ANSWERED, answer.text  # (one town's change: whose?)


def test_a_towns_row_is_still_read_and_answered(engine: Engine, reads: list) -> None:
    answer = converse(engine, "石桥镇水利建设支出比上年增加多少")
    assert answer.status == ANSWERED and "130" in answer.text and "增加 8万元" in answer.text, answer.text
    items = converse(engine, "白鹭镇农林水支出下面分哪几块")
    assert items.status == ANSWERED and "乡村道路养护支出" in items.text and "共 3 项" in items.text, items.text
