"""Round 55, warm speed (issue 14): a question's dictionary reading, made first to find the departments it names
(departments_said), is handed on once to the turn's own reading of the same words, which goes on from it instead of
reading them again. Counted, not timed; the reading handed on is the one a fresh reading gives."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine
from bot.understand import parse as parse_module
from bot.understand.parse import departments_said, understand

_HEAD = ("类别", "科目", "2023年预算数", "2024年预算数")
_ROWS = {
    "青溪县司法局": [("基本支出", "办公费", 120.5, 130.25), (None, "差旅费", 40.0, 35.5), ("项目支出", "印刷费", 8.0, 9.5)],
    "青溪县民政局": [("基本支出", "办公费", 60.0, 66.0), (None, "差旅费", 20.0, 22.0), ("项目支出", "印刷费", 3.0, 4.5)],
}
_QUESTIONS = ("青溪县司法局办公费2024年预算数是多少", "民政局的差旅废多少", "司法局和民政局印刷费一共多少",
              "办公费哪个部门多", "青溪县民政局有哪些科目")


@pytest.fixture(scope="module")
def two_departments(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("perf55_general")
    for k, (dept, rows) in enumerate(_ROWS.items()):
        simple_table(d / f"qingxi_{k}_2024.xlsx", "Sheet1", f"{dept}2024年部门预算支出对比表", "D2", "单位：万元",
                     _HEAD, rows)
    return engine_over(tmp_path_factory.mktemp("perf55_general_db") / "kb.sqlite", [d])


def _fresh(kb) -> None:
    kb.__dict__.pop("_departments_said", None)
    kb.__dict__.pop("_read_ahead", None)


def _state(p) -> tuple:
    """A parse as a later reader sees it: its fields, and what asking it has kept on it and its mentions."""
    return p, "_groups_of" in p.__dict__, [("_by_kind" in m.__dict__, m.refs) for m in p.mentions]


@pytest.mark.parametrize("question", _QUESTIONS)
def test_reading_handed_on_is_a_fresh_one(two_departments: Engine, question: str) -> None:
    kb = two_departments.kb
    _fresh(kb)
    fresh = understand(question, kb)
    _fresh(kb)
    named = departments_said(question, kb)
    handed = understand(question, kb)
    assert _state(handed) == _state(fresh)
    assert named == fresh.departments()
    assert question not in kb.__dict__.get("_read_ahead", {})  # handed on once: a second reading is its own
    again = understand(question, kb)
    assert again is not handed and _state(again) == _state(fresh)


def test_words_read_once_for_departments_and_turn(two_departments: Engine, monkeypatch) -> None:
    kb = two_departments.kb
    calls: list[str] = []
    read = parse_module._read_words

    def counted(question, kb):
        calls.append(question)
        return read(question, kb)
    monkeypatch.setattr(parse_module, "_read_words", counted)
    for question in _QUESTIONS:
        _fresh(kb)
        calls.clear()
        departments_said(question, kb)
        understand(question, kb)
        assert len(calls) == 1, question
        understand(question + "呢", kb)  # other words: read afresh
        assert len(calls) == 2


def test_answers_as_before(two_departments: Engine) -> None:
    answer = converse(two_departments, "青溪县司法局办公费2024年预算数是多少")
    assert answer.status == "answered" and "130.25" in answer.text
