"""Round 56, warm speed (issue 14): the words every class of every general table can be said by are gathered
once per index (groups.class_forms; round 62: the forms whole, not their two characters), so a question saying no class reads no department's class tables (1-2 ms
a department on first use, with every question of a large knowledge base naming another department). Counted,
not timed; the answers are those of the reading of every table."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, simple_table

from bot.answer.facts import groups
from bot.answer.facts.index import index_for
from bot.engine import Engine
from bot.store import queries

_HEAD = ("类别", "科目", "2023年预算数", "2024年预算数")
_ROWS = {
    "青溪县司法局": [("基本支出", "办公费", 120.5, 130.25), (None, "差旅费", 40.0, 35.5), ("项目支出", "印刷费", 8.0, 9.5),
                 (None, "培训费", 6.0, 7.0)],
    "青溪县民政局": [("基本支出", "办公费", 60.0, 66.0), (None, "差旅费", 20.0, 22.0), ("项目支出", "印刷费", 3.0, 4.5),
                 (None, "培训费", 2.0, 2.5)],
}
# (the last two share two characters with a class, 支出 and 项目, but say none whole: no table is read for them either)
_PLAIN = ("青溪县司法局办公费2024年预算数是多少", "民政局的差旅费多少", "司法局和民政局印刷费一共多少", "司法局支出的办公费多少",
          "民政局项目的培训费多少")
_CLASSED = ("青溪县司法局基本支出一共多少", "民政局项目支出有哪些", "司法局哪类支出最多")


@pytest.fixture(scope="module")
def two_departments(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("perf56_general")
    for k, (dept, rows) in enumerate(_ROWS.items()):
        simple_table(d / f"qingxi_{k}_2024.xlsx", "Sheet1", f"{dept}2024年部门预算支出对比表", "D2", "单位：万元",
                     _HEAD, rows)
    return engine_over(tmp_path_factory.mktemp("perf56_general_db") / "kb.sqlite", [d])


def _fresh(engine: Engine):
    idx = index_for(engine.kb)
    idx.__dict__.pop("_class_forms", None)
    idx.__dict__.pop("_group_tables", None)
    return idx


def _counted(monkeypatch) -> dict[str, int]:
    counts = {"built": 0, "read": 0}
    gather, read = queries.general_class_words, groups._read

    def gathered(conn):
        counts["built"] += 1
        return gather(conn)

    def reading(idx, doc, ids=None):
        counts["read"] += 1
        return read(idx, doc, ids)
    monkeypatch.setattr(queries, "general_class_words", gathered)
    monkeypatch.setattr(groups, "_read", reading)
    return counts


def test_class_words_gathered_once_and_no_table_read_for_a_plain_question(two_departments: Engine,
                                                                             monkeypatch) -> None:
    idx = _fresh(two_departments)
    counts = _counted(monkeypatch)
    for question in _PLAIN:
        groups.answer(idx, question)
    assert counts == {"built": 1, "read": 0}
    by_head, _, _ = groups.class_forms(idx)
    assert {"基本支出", "项目支出"} <= {f for fs in by_head.values() for f in fs} and "办公" not in by_head
    for question in _CLASSED:
        groups.answer(idx, question)
    assert counts["built"] == 1 and counts["read"] >= 1


@pytest.mark.parametrize("question", _PLAIN + _CLASSED)
def test_answers_as_when_every_table_is_read(two_departments: Engine, monkeypatch, question: str) -> None:
    idx = _fresh(two_departments)
    gated = groups.answer(idx, question)
    monkeypatch.setattr(groups, "_may_say_a_class", lambda idx, text: True)
    assert gated == groups.answer(idx, question)


def test_a_class_still_answered(two_departments: Engine) -> None:
    _fresh(two_departments)
    answer = converse(two_departments, "青溪县司法局基本支出一共多少")
    assert answer.status == "answered" and "165.75" in answer.text


def test_levels_after_a_form_kept_per_index(two_departments: Engine, monkeypatch) -> None:
    """"青溪县…": the levels said after a place's form (县 of 青溪县…) found once per form, not at every question."""
    from bot.answer.facts import question as question_module

    idx = _fresh(two_departments)
    idx.__dict__.pop("_levels_after", None)
    forms: list[str] = []
    found = question_module.levels_after

    def counted(form, names):
        forms.append(form)
        return found(form, names)
    monkeypatch.setattr(question_module, "levels_after", counted)
    for _ in range(3):
        for question in _PLAIN:
            question_module.read_question(question, idx)
    assert forms and len(forms) == len(set(forms))
    assert idx.__dict__["_levels_after"]["青溪"] == frozenset("县")
