"""Work a question needs that is the same for every question over one knowledge base is done once, not
per question (counted, not timed: the figures themselves are benchmarks/, issue 14)."""

from __future__ import annotations

import pytest

from bot.answer.facts.index import index_for
from bot.store import queries
from tests.conftest import converse, engine_over, simple_table


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    d = tmp_path_factory.mktemp("perf19")
    rows = [("森林防火专项", 800000, 760000), ("林木良种补贴", 300000, 300000), ("古树名木保护", 150000, 120000),
            ("合计", 1250000, 1180000)]
    simple_table(d / "zhixing.xlsx", "执行情况", "石门县林业局2025年项目支出执行情况表", "D2", "单位：元",
                 ["项目名称", "年度预算数", "全年实际支出"], rows)
    return engine_over(d / "kb.sqlite", [d / "zhixing.xlsx"])


def _fact_rows_read(monkeypatch) -> list[int]:
    """Counts the fact rows each facts_by_id query reads from the database."""
    read: list[int] = []
    real = queries.facts_by_id

    def counted(conn, ids):
        read.append(len(list(ids)))
        return real(conn, ids)

    monkeypatch.setattr(queries, "facts_by_id", counted)
    return read


QUESTIONS = ("石门县林业局森林防火专项和林木良种补贴的年度预算数合计多少", "石门县林业局古树名木保护全年实际支出是多少")


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_question_asked_again_reads_no_fact_row_again(engine, monkeypatch, question):
    first = converse(engine, question)
    assert first.status == "answered", first.text
    read = _fact_rows_read(monkeypatch)
    again = converse(engine, question)
    assert again.text == first.text
    assert sum(read) == 0, read  # the facts of that sheet were read by the first question


def test_kept_fact_rows_are_handed_out_as_copies(engine):
    idx = index_for(engine.kb)
    ids = sorted(next(d.facts for d in idx.docs.values() if d.facts))[:3]
    first = idx.facts(ids)
    first[0]["value"] = "changed by a caller"
    again = idx.facts(ids)
    assert [f["id"] for f in again] == ids
    assert again[0]["value"] != "changed by a caller"


def test_kept_fact_rows_stay_bounded(engine, monkeypatch):
    idx = index_for(engine.kb)
    monkeypatch.setattr(type(idx), "KEPT_FACTS", 2)
    idx._kept_facts.clear()
    ids = sorted(next(d.facts for d in idx.docs.values() if d.facts))[:6]
    assert [f["id"] for f in idx.facts(ids[:2])] == ids[:2]
    assert [f["id"] for f in idx.facts(ids[2:6])] == ids[2:6]  # more than it keeps: read, not kept
    assert len(idx._kept_facts) <= 2
    idx._kept_facts.clear()
