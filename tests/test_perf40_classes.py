"""Round 40, warm speed: what a question asks of every table is worked out once per knowledge base, not per
question — the tables that may have kind columns (a question naming no department asked each table), a table's
own year (its file name parsed per question) and the projects' names compacted (名称带X的 over every table).
Counted, not timed: the answers stay what they were."""

from __future__ import annotations

import random

import pytest
from conftest import engine_over, simple_table

from benchmarks.synth import generate_corpus
from bot.answer.facts import kinds
from bot.dialogue import context
from bot.dialogue.session import Session
from bot.language import lexicon

_FUNDS = ["渔民互助保险基金", "林农互助保险基金", "果农互助保险基金", "药农互助保险基金"]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    """Four fictional departments in the seed's text layout, a spending table of the first, and a fund table of
    kinds (four 互助保险基金 beside a 合计) of another."""
    folder = tmp_path_factory.mktemp("perf40")
    docs = []
    for name, text, doc in generate_corpus(4, seed=40, projects=5, indicators_per_project=2):
        (folder / name).write_text(text, encoding="utf-8")
        docs.append(doc)
    rng = random.Random(40)
    income = [round(rng.uniform(100, 900)) for _ in _FUNDS]
    spending = [income[0] + 50, *[v - 20 for v in income[1:]]]  # (渔民 spends more than it takes in)
    left = [a - b for a, b in zip(income, spending, strict=True)]
    rows = [("一、收入合计", sum(income), *income), ("二、支出合计", sum(spending), *spending),
            ("三、本年收支结余", sum(left), *left)]
    simple_table(folder / "funds.xlsx", "基金", "白沙县2026年互助基金预算表", "F2", "单位：万元",
                 ["项目", "合计", *_FUNDS], rows)
    lines = [[item, round(rng.uniform(5, 90), 2), round(rng.uniform(5, 90), 2)] for item in ("邮电费", "租赁费", "会议费")]
    simple_table(folder / "spending.xlsx", "支出", f"{docs[0].department}2025年部门预算支出对比表", "C2", "单位：万元",
                 ["科目", "2024年预算数", "2025年预算数"], lines)  # (a table of facts with no kind columns)
    return engine_over(folder / "kb.sqlite", [folder]), docs


def _counted(monkeypatch, module, name: str) -> list:
    calls: list = []
    real = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_question_naming_no_department_reads_only_the_tables_that_may_have_kinds(engine, monkeypatch):
    eng, docs = engine
    calls = _counted(monkeypatch, kinds, "kind_table")
    for _ in range(2):
        answer = eng.ask("哪个险种收不抵支", Session())
        assert answer.status == "answered" and "渔民互助保险基金" in answer.text, answer.text
    assert calls and len({args[1] for args in calls}) == 1  # the fund table alone, never the text tables


def test_a_tables_own_year_is_worked_out_once(engine, monkeypatch):
    eng, docs = engine
    project = docs[1].projects[2]
    eng.ask(f"{project.name}2031年的预算是多少", Session())  # (a year no table is of: each table's year read)
    calls = _counted(monkeypatch, lexicon, "file_year")
    answer = eng.ask(f"{project.name}2031年的预算是多少", Session())
    assert answer.status == "unknown" and "2031" in answer.text, answer.text
    assert calls == []


def test_project_names_holding_a_word_compact_no_name_per_question(engine, monkeypatch):
    eng, docs = engine
    word = docs[2].projects[0].name[:3]
    want = [p.name for d in docs for p in d.projects if word in p.name]
    eng.ask(f"名称带{word}的项目有哪些", Session())
    calls = _counted(monkeypatch, context, "compact")
    answer = eng.ask(f"名称带{word}的项目有哪些", Session())
    assert answer.status == "answered" and all(name in answer.text for name in want), answer.text
    names = {p.name for d in docs for p in d.projects}
    assert not [args for args in calls if args[0] in names]


def test_a_fund_column_without_jiben_breaks_no_question(engine):
    """"渔民互助保险基金" (a holder, no 基本) among a table's columns: the fact index reads its short names and every
    question of the knowledge base is still answered (it raised for every question)."""
    eng, docs = engine
    project = docs[3].projects[1]
    answer = eng.ask(f"{docs[3].department}{project.name}的预算是多少", Session())
    assert answer.status == "answered" and answer.intent != "error", answer.text
