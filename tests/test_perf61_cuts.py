"""Round 61, worst-case and warm speed (issue 14): maps over every fact are read when the knowledge base opens (or
with the fact index), never by the first question needing them; a line every department prints is read in slices
until six of its facts are found; the whole question's dictionary reading survives the readings of its sides.
Counted, not timed: each result is the one the walk it replaces gives."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, simple_table

from bot.answer.facts import turn as facts_turn
from bot.answer.facts.index import index_for
from bot.engine import Engine
from bot.understand import parse as parse_module
from bot.understand.parse import departments_said, understand

_HEAD = ("类别", "科目", "2023年执行数", "2024年预算数")
_DEPTS = ("青溪县司法局", "青溪县民政局", "青溪县水利局", "青溪县林业局", "青溪县交通运输局")


@pytest.fixture(scope="module")
def five_departments(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("perf61_general")
    for k, dept in enumerate(_DEPTS):
        rows = [("基本支出", "办公费", 100.0 + k, 110.0 + k), (None, "差旅费", 40.0 + k, 35.5 + k),
                ("项目支出", "就业补助", 8.0 + k, 9.5 + k)]
        simple_table(d / f"qingxi_{k}_2024.xlsx", "Sheet1", f"{dept}2024年部门预算支出对比表", "D2", "单位：万元",
                     _HEAD, rows)
    return engine_over(tmp_path_factory.mktemp("perf61_general_db") / "kb.sqlite", [d])


def test_maps_over_every_fact_read_when_opened(five_departments: Engine) -> None:
    kb = five_departments.kb
    assert {"_column_head_years", "_years_of_every_document"} <= kb.__dict__.keys()
    assert kb in parse_module._OWNERS and kb in parse_module._OWNER_FORMS
    assert {"_key_departments", "_key_docs"} <= index_for(kb).__dict__.keys()


def _whole_walk(name: str, idx, depts: set[str]) -> list[int]:
    """What _same_line_elsewhere gave before its slices: every fact of the line read, the first six kept."""
    key = facts_turn._MONEY_SUFFIX.sub("", facts_turn.label_key(name))
    found = {f for f in idx.label_facts.get(key, ()) if key in idx.fact_keys[f][:idx.fact_nrows[f]]
             and idx.docs[idx.fact_doc[f]].department not in depts}
    return [f["id"] for f in idx.facts(sorted(found)) if f["number"] and f["unit"] in ("元", "万元", "亿元")][:6]


@pytest.mark.parametrize("at_once", [1, 3, 64])
@pytest.mark.parametrize("depts", [set(), {"青溪县司法局"}])
def test_same_line_read_in_slices(five_departments: Engine, monkeypatch, at_once: int, depts: set[str]) -> None:
    idx = index_for(five_departments.kb)
    monkeypatch.setattr(facts_turn, "LINES_READ_AT_ONCE", at_once)
    found = facts_turn._same_line_elsewhere(["就业补助资金"], idx, depts)
    assert len(found) == 6 and found == _whole_walk("就业补助资金", idx, depts)  # (of 8 or 10 figures)


def test_whole_reading_survives_its_sides(five_departments: Engine, monkeypatch) -> None:
    kb = five_departments.kb
    question = "青溪县司法局办公费和差旅费2024年预算数合计多少"
    kb.__dict__.pop("_departments_said", None)
    kb.__dict__.pop("_read_ahead", None)
    fresh = understand(question, kb)
    kb.__dict__.pop("_departments_said", None)
    calls: list[str] = []
    read = parse_module._read_words

    def counted(text, kb):
        calls.append(text)
        return read(text, kb)
    monkeypatch.setattr(parse_module, "_read_words", counted)
    departments_said(question, kb)
    for side in ("青溪县司法局办公费", "差旅费2024年预算数"):  # (what the sides' reading asks after the whole)
        departments_said(side, kb)
    handed = understand(question, kb)
    assert calls.count(question) == 1
    assert handed == fresh and handed.departments() == fresh.departments()


def test_answers_as_before(five_departments: Engine) -> None:
    answer = converse(five_departments, "青溪县司法局办公费2024年预算数是多少")
    assert answer.status == "answered" and "110" in answer.text
