"""Round 44, warm speed (issue 14): work a turn repeated is done once — a question's fact reading is kept per
fact index, so the several answerers of a turn (and a later turn asking the same text) read it once; a
department said as the row of another table has its own tables (a thousand for a common form) gathered once per
fact index, not per question."""

from __future__ import annotations

import random

import pytest
from conftest import engine_over, simple_table

from benchmarks.synth import generate_corpus
from bot.answer.facts import question as question_module
from bot.answer.facts.answerer import Answerer
from bot.answer.facts.index import index_for
from bot.dialogue.session import Session


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    """Three fictional departments in the seed's text layout, a spending table of the first, and a table quoting
    its subject (“三公”) with a row for each of the other two."""
    folder = tmp_path_factory.mktemp("perf44")
    docs = []
    for name, text, doc in generate_corpus(3, seed=44, projects=4, indicators_per_project=3):
        (folder / name).write_text(text, encoding="utf-8")
        docs.append(doc)
    rng = random.Random(44)
    rows = [[item, round(rng.uniform(5, 90), 2), round(rng.uniform(5, 90), 2)]
            for item in ("办公费", "印刷费", "差旅费", "培训费")]
    simple_table(folder / "spending.xlsx", "支出", f"{docs[0].department}2025年部门预算支出对比表", "C2", "单位：万元",
                 ["科目", "2024年预算数", "2025年预算数"], rows)
    simple_table(folder / "sangong.xlsx", "三公", "2025年财政拨款“三公”经费预算表", "C2", "单位：万元",
                 ["单位名称", "合计", "公务接待费"], [[d.department, 12.5, 3.5] for d in docs[1:]])
    return engine_over(folder / "kb.sqlite", [folder]), docs


def _counting(monkeypatch) -> list[str]:
    read: list[str] = []
    real = question_module.read_question

    def counted(question, idx, *args, **kwargs):
        read.append(question)
        return real(question, idx, *args, **kwargs)

    monkeypatch.setattr(question_module, "read_question", counted)
    return read


def test_a_turn_reads_each_text_once_and_a_repeated_question_not_again(engine, monkeypatch):
    eng, docs = engine
    read = _counting(monkeypatch)
    asked = [f"{docs[0].department}差旅费2025年预算数是多少", f"{docs[1].department}{docs[1].projects[0].name}经费多少"]
    first = [eng.ask(q, Session()).text for q in asked]
    assert read and len(read) == len(set(read))  # several answerers a turn, one reading of each text
    read.clear()
    assert [eng.ask(q, Session()).text for q in asked] == first
    assert read == []


def test_each_answerer_gets_its_own_copy_of_a_kept_reading(engine):
    eng, docs = engine
    idx = index_for(eng.kb)
    question = f"{docs[0].department}印刷费2025年预算数是多少"
    one, other = Answerer(idx).peek(question), Answerer(idx).peek(question)
    assert one is not other and one.text == other.text and one.mentions
    one.mentions.clear()  # a caller changing its reading changes no one else's
    assert Answerer(idx).peek(question).mentions == other.mentions != []


class _CountingForms(dict):
    looked = 0

    def get(self, form, default=None):
        type(self).looked += 1
        return super().get(form, default)


def test_a_department_s_own_tables_are_gathered_once_however_often_it_is_asked(engine, monkeypatch):
    eng, docs = engine
    idx = index_for(eng.kb)
    idx.__dict__.pop("_own_docs", None)
    monkeypatch.setattr(idx, "dept_forms", _CountingForms(idx.dept_forms))
    dept = docs[1].department
    assert idx.row_docs(dept)  # its row of the quoted table
    for _ in range(3):
        assert not question_module._row_of_a_quoted_subject(f"{dept}的经费多少", dept, idx)
        assert question_module._row_of_a_quoted_subject(f"{dept}三公经费多少", dept, idx)
    assert _CountingForms.looked == 1  # a common form owns a thousand tables: gathered once, not per question


class _CountingProjects(dict):
    """indicator -> project, counting the look-ups made by the clarification's own code."""

    looked = 0

    def __getitem__(self, indicator):
        import sys

        if sys._getframe(1).f_code.co_filename.endswith("clarify.py"):
            type(self).looked += 1
        return super().__getitem__(indicator)


def test_a_clarification_among_an_indicators_projects_stops_past_the_options_it_may_show(tmp_path, monkeypatch):
    from bot.dialogue.clarify import MAX_OPTIONS

    for name, text, _doc in generate_corpus(12, seed=44, projects=4, indicators_per_project=3):
        (tmp_path / name).write_text(text, encoding="utf-8")
    eng = engine_over(tmp_path / "kb.sqlite", [tmp_path])
    shared = "使用单位满意度"  # an indicator of 18 projects of the 12 departments
    ids = eng.kb.indicator_ids(shared)
    assert len({eng.kb.indicator_project[i] for i in ids}) > MAX_OPTIONS
    before = eng.ask(f"{shared}的年度指标值", Session())
    monkeypatch.setattr(eng.kb, "indicator_project", _CountingProjects(eng.kb.indicator_project))
    after = eng.ask(f"{shared}的年度指标值", Session())
    assert after.status == before.status == "clarify" and after.text == before.text
    assert 0 < _CountingProjects.looked <= MAX_OPTIONS + 1
