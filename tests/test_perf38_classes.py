"""Round 38, warm speed: work a question's answer may never show is done only when it is shown — the
suggestions of a typed "unknown" ("您是不是想问") that a general table's line then answers are never worked
out; an unknown that stands still shows them and keeps them as the pending choice a reply "1" picks."""

from __future__ import annotations

import random

import pytest
from conftest import engine_over, simple_table

from benchmarks.synth import generate_corpus
from bot.dialogue.session import Session
from bot.dialogue.turn import LaterFrames, _Later
from bot.dialogue.values import Frame


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    """Two fictional departments in the seed's text layout, and a spending table of the first by line."""
    folder = tmp_path_factory.mktemp("perf38")
    docs = []
    for name, text, doc in generate_corpus(2, seed=38, projects=4, indicators_per_project=3):
        (folder / name).write_text(text, encoding="utf-8")
        docs.append(doc)
    rng = random.Random(38)
    rows = [[item, round(rng.uniform(5, 90), 2), round(rng.uniform(5, 90), 2)]
            for item in ("办公费", "印刷费", "差旅费", "培训费", "物业管理费", "专用材料费")]
    simple_table(folder / "spending.xlsx", "支出", f"{docs[0].department}2025年部门预算支出对比表", "C2", "单位：万元",
                 ["科目", "2024年预算数", "2025年预算数"], rows)
    eng = engine_over(folder / "kb.sqlite", [folder])
    return eng, docs, rows


def _counting(monkeypatch, eng) -> list[str]:
    calls: list[str] = []
    closest = eng.kb.closest

    def counted(text, *args, **kwargs):
        calls.append(text)
        return closest(text, *args, **kwargs)

    monkeypatch.setattr(eng.kb, "closest", counted)
    return calls


def test_a_line_the_facts_answer_never_works_out_the_typed_suggestions(engine, monkeypatch):
    eng, docs, rows = engine
    calls = _counting(monkeypatch, eng)
    item, _, this_year = rows[2]
    answer = eng.ask(f"{docs[0].department}{item}2025年预算数是多少", Session())
    assert answer.status == "answered" and f"{this_year:g}" in answer.text
    assert not answer.options
    assert calls == []


def test_an_unknown_that_stands_shows_its_suggestions_and_a_reply_picks_one(engine, monkeypatch):
    eng, docs, _ = engine
    calls = _counting(monkeypatch, eng)
    project = docs[1].projects[0].name
    session = Session()
    answer = eng.ask(f"{project[:-1]}火星探测", session)
    assert answer.status == "unknown" and calls
    assert answer.options and "您是不是想问" in answer.text and answer.options[0] in answer.text
    assert type(session.pending) is list and [f.label for f in session.pending] == answer.options
    assert eng.ask("1", session).status == "answered"


def test_pending_suggestions_are_worked_out_on_first_read_only():
    made: list[int] = []

    def work() -> list[Frame]:
        made.append(1)
        return [Frame(intent="amount", projects=[7], label="甲项目的经费多少")]

    replaced = Session(pending=LaterFrames(later=_Later(work)))
    replaced.pending = []
    assert made == [] and replaced.to_dict()["pending"] == []
    read = Session(pending=LaterFrames(later=_Later(work)))
    assert len(read.pending) == 1 and read.pending[0].projects == [7] and made == [1]
    assert read.to_dict()["pending"][0]["label"] == "甲项目的经费多少" and made == [1]
