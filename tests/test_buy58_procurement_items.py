"""Round 58: a 政府采购预算表 whose rows' only label is their unit (单位名称 on every row, 项目名称 repeated over a
project's items), each row named apart by its 采购品目.

Over tests/data/buy58 (fictional: 青川县林业局's table, three units each closed by its 小计, 笔记本电脑 bought by two):
- a row said by its item, whole or in part (活力测定仪), answered with its unit and item, never the unit alone;
- a unit said (研究所, 执法队: an organisation by its tail) adds up, lists or ranks its rows;
- an item of two units asked its whole (一共买多少台) adds those rows' counts in the unit asked;
- rows with a non-zero column (用了其他资金) and superlatives (最大的一笔) name items, never a unit's 小计;
- a project (项目名称) said, or said without its 经费, is its items; 采购了什么 lists them;
- follow-ups: the column of the row just shown (用什么方式采购), a sibling unit (研究所呢), the unit's row among the rows
  just listed (研究所那个), the next place of a ranking (第二呢), the most of a unit's rows just listed (哪一项最贵)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over

DATA = Path(__file__).resolve().parent / "data" / "buy58"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("buy58") / "kb.sqlite", [DATA])


_talk = converse  # (one conversation, the last answer)


@pytest.mark.parametrize("question", ["种子活力测定仪多少钱", "活力测定仪多少钱"])
def test_row_said_by_its_item(engine: Engine, question: str) -> None:
    a = _talk(engine, question)
    assert a.status == "answered", a.text
    assert "种子活力测定仪" in a.text and "64万元" in a.text and "第13行" in a.text, a.text


@pytest.mark.parametrize("question", ["研究所采购多少", "科学研究所一共采购多少"])
def test_unit_said_adds_its_rows(engine: Engine, question: str) -> None:
    a = _talk(engine, question)
    assert a.status == "answered", a.text
    assert "96.1万元" in a.text and "显微成像系统 28.5" in a.text, a.text


def test_item_of_two_units_counted_in_the_unit_asked(engine: Engine) -> None:
    a = _talk(engine, "笔记本电脑一共买多少台")
    assert a.status == "answered", a.text
    assert "26台" in a.text and "20" in a.text and "6" in a.text, a.text
    assert _talk(engine, "笔记本电脑一共买多少辆").status != "answered"  # (counted in 台: never added as 辆)


def test_rows_with_a_column_name_their_items(engine: Engine) -> None:
    a = _talk(engine, "哪些采购用了其他资金")
    assert a.status == "answered", a.text
    assert "无人机" in a.text and "种子活力测定仪" in a.text and "共 2 项" in a.text, a.text


@pytest.mark.parametrize("question", ["采购预算最大的一笔是什么", "林业局采购最多的一项"])
def test_superlative_over_items_never_a_subtotal(engine: Engine, question: str) -> None:
    a = _talk(engine, question)
    assert a.status == "answered", a.text
    assert "森林资源调查服务" in a.text and "120万元" in a.text and "小计" not in a.text, a.text


def test_next_place_names_the_item(engine: Engine) -> None:
    a = _talk(engine, "林业局采购最多的一项", "第二呢")
    assert a.status == "answered", a.text
    assert "种子活力测定仪" in a.text and "64万元" in a.text, a.text


@pytest.mark.parametrize("turns", [("执法队采购哪一项最贵",), ("执法队采购", "哪一项最贵")])
def test_most_of_a_units_rows(engine: Engine, turns: tuple[str, ...]) -> None:
    a = _talk(engine, *turns)
    assert a.status == "answered", a.text
    assert "林木损失鉴定服务" in a.text and "18万元" in a.text and "120" not in a.text, a.text


def test_project_rows_listed_and_added(engine: Engine) -> None:
    a = _talk(engine, "森林资源监测经费采购了什么")
    assert a.status == "answered", a.text
    assert "森林资源调查服务" in a.text and "无人机" in a.text and "135.6万元" in a.text, a.text
    a = _talk(engine, "林业信息平台运维")
    assert a.status == "answered" and "42万元" in a.text, a.text


@pytest.mark.parametrize("turns,shown", [
    (("种子活力测定仪多少钱", "用什么方式采购"), "公开招标"),
    (("无人机", "什么时候采购"), "2025年4月"),
    (("笔记本电脑", "研究所那个"), "3.6万元"),
    (("笔记本电脑采购预算", "本级的"), "12万元"),
    (("本级采购小计", "研究所呢"), "96.1万元"),
    (("林业信息平台运维", "软件运维服务多少钱"), "42万元"),
])
def test_followups_on_rows_and_units(engine: Engine, turns: tuple[str, ...], shown: str) -> None:
    a = _talk(engine, *turns)
    assert a.status == "answered", a.text
    assert shown in a.text, a.text


@pytest.mark.parametrize("question,shown", [("采购预算倒数第二", "青川县林业科学研究所 笔记本电脑"), ("采购预算第二大的是哪个", "种子活力测定仪")])
def test_place_over_the_tables_items(engine: Engine, question: str, shown: str) -> None:
    a = _talk(engine, question)
    assert a.status == "answered", a.text
    assert shown in a.text, a.text


def test_row_named_by_its_item_before_any_table_is_read(engine: Engine) -> None:
    """A row's name as shown never depends on which tables an earlier step of the turn happened to read: a fresh
    index, no table read yet, still names an item row by its unit and item."""
    from bot.answer.facts import records
    from bot.answer.facts.index import FactIndex

    kb = engine.kb
    idx = FactIndex(kb.conn, kb.documents, kb.vocab.path, kb.segmenter.cut, getattr(kb.segmenter, "tags", None),
                    kb.vocab.operation_words)
    ids = [i for d in idx.docs.values() for i in d.facts]
    row = next(f for f in idx.facts(ids) if f["number"] == 64 and "种子活力测定仪" not in (f["row_labels"] or ""))
    assert records._row_label(idx, row) == "种子活力测定仪"
    assert "种子活力测定仪" in records._row_label(idx, row, unit=True)
