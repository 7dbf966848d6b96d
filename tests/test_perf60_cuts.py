"""Round 60, warm speed (issue 14): look-ups a question redid over every table are kept once per knowledge base,
by word — the years printed at a column's head by the words of its figures' labels, the departments holding a label
by the distinct label keys — and a department said is found by the refs' kinds compared in C. Counted, not timed:
each reading is the one the slower walk over every table gives."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from conftest import converse, engine_over, simple_table

from bot.answer.facts.index import index_for
from bot.dialogue import context
from bot.engine import Engine
from bot.engine.names import department_spans
from bot.language.normalize import compact
from bot.store import queries as query

_HEAD = ("类别", "科目", "2023年执行数", "2024年预算数")
_ROWS = {
    "青溪县司法局": [("基本支出", "办公费", 120.5, 130.25), (None, "差旅费", 40.0, 35.5), ("项目支出", "印刷费", 8.0, 9.5)],
    "青溪县民政局": [("基本支出", "办公费", 60.0, 66.0), (None, "会议费", 20.0, 22.0), ("项目支出", "培训费", 3.0, 4.5)],
}


@pytest.fixture(scope="module")
def two_departments(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("perf60_general")
    for k, (dept, rows) in enumerate(_ROWS.items()):
        simple_table(d / f"qingxi_{k}_2024.xlsx", "Sheet1", f"{dept}2024年部门预算支出对比表", "D2", "单位：万元",
                     _HEAD, rows)
    return engine_over(tmp_path_factory.mktemp("perf60_general_db") / "kb.sqlite", [d])


def _slow_column_years(kb, docs: list[int], text: str) -> set[int]:
    """The walk the kept map replaces: every table's every year's words tested against the question."""
    found: dict[int, dict[int, set[str]]] = {}
    for r in query.column_head_years(kb.conn):
        words = found.setdefault(r["document_id"], {}).setdefault(r["year"], set())
        for part in (r["row_labels"] or "").split(query.FACT_SEP)[-1:] + (r["col_labels"] or "").split(query.FACT_SEP):
            w = context._CODE_FIRST.sub("", context._HEAD_YEAR.sub("", compact(part)))
            if len(w) >= 2:
                words.add(w)
    said = compact(text)
    return {y for d, years in found.items() if d in set(docs) for y, labels in years.items()
            if any(w in said for w in labels)}


def test_column_head_years_by_word(two_departments: Engine) -> None:
    """The years at a column's head a question's words point to are those the walk over every table finds, for
    every table, one department's tables and none; the map is built once and kept."""
    kb = two_departments.kb
    turn = SimpleNamespace(kb=kb)
    kept = context._column_head_years(turn)  # type: ignore[arg-type]
    assert kept and context._column_head_years(turn) is kept  # type: ignore[arg-type]
    every = list(kb.documents)
    own = [d for d, info in kb.documents.items() if info["department_name"] == "青溪县民政局"]
    for text in ("2023年执行数办公费多少", "会议费2023年执行数", "差旅费2023年多少", "培训费2024年预算数", "天气怎么样"):
        for docs in (every, own, []):
            held = {y for d in docs for y in kb.years_of_document(d)}
            assert context._years_held(turn, docs, text) == held | _slow_column_years(kb, docs, text), (text, docs)  # type: ignore[arg-type]
    assert 2023 in _slow_column_years(kb, every, "2023年执行数办公费多少")  # (the case is exercised)


def test_key_departments_as_the_walk(two_departments: Engine) -> None:
    """The departments whose tables hold a word inside a label key are those the walk over every table's keys
    finds; the map is built once per fact index."""
    idx = index_for(two_departments.kb)
    kept = idx.key_departments()
    assert idx.key_departments() is kept
    for said in (["办公费"], ["差旅"], ["会议费", "培训费"], ["执行数"], ["不存在的"]):
        fast = {dept for key, depts in kept.items() if any(k in key for k in said) for dept in depts}
        slow = {d.department for d in idx.docs.values() if d.department
                and any(k in key for key in idx.doc_keys.get(d.id, ()) for k in said)}
        assert fast == slow, said
    assert {dept for key, depts in kept.items() if "办公费" in key for dept in depts} == set(_ROWS)


def test_department_spans_by_kind(two_departments: Engine) -> None:
    """A department said is found where the refs of a span include a department, as the walk over them finds."""
    kb = two_departments.kb
    for text in ("青溪县司法局办公费多少", "民政局和司法局的差旅费", "办公费2024年预算数", "青溪县民政局培训费"):
        slow = [(a, b) for a, b, _, refs in kb.lexicon.spans(text) if any(r.kind == "department" for r in refs)]
        assert department_spans(kb, text) == slow


def test_answers_through_the_kept_maps(two_departments: Engine) -> None:
    """The kept maps answer as before: a figure by its department, label and year."""
    answer = converse(two_departments, "青溪县司法局办公费2024年预算数是多少")
    assert answer.status == "answered" and "130.25" in answer.text
