"""Speed without another answer (issue 14): a part of a name asked its money with no department said ("X经费多少")
looks only at the projects whose names hold the part's first and last two characters — found from a map of
character pairs made when the knowledge base opens — never at every project of every department (10,000 names a
question at 1,000 departments: the worst case's slowest question). Counted, not timed: the names looked at, and
every answer the same as with the walk over all projects. Forty departments of the benchmark's generator."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest

import bot.answer.facts.phrase_rows as phrase_rows
from benchmarks.synth import generate_corpus
from bot.answer.facts.index import index_for
from bot.engine import Engine
from bot.language.normalize import compact
from tests.conftest import converse, engine_over, write_workbook

_DEPARTMENTS = 40


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("perf58")
    docs = folder / "docs"
    docs.mkdir()
    for file_name, text, _ in generate_corpus(_DEPARTMENTS, seed=58, projects=6, indicators_per_project=2):
        (docs / file_name).write_text(text, encoding="utf-8")
    # (a table of figures beside them, as the benchmark loads: questions then go by the facts' readers too)
    write_workbook(docs / "青苇县农业站_2024年_部门预算支出对比表.xlsx", [
        ["青苇县农业站2024年部门预算支出对比表"], ["单位：万元"], ["科目", "2023年预算数", "2024年预算数", "增减额"],
        ["水费", 12.5, 13.0, 0.5], ["电费", 30.0, 28.0, -2.0], ["差旅费", 8.0, 9.5, 1.5]], ["A1:D1", "A2:D2"],
        sheet="支出表")
    return engine_over(folder / "kb.sqlite", [docs])


def _shared_name(engine: Engine) -> str:
    """The project name most departments share."""
    return Counter(p.name for p in engine.kb.projects.values() if p.kind == "project").most_common(1)[0][0]


def _every_project(kb):
    """The walk as it was: every project of the knowledge base looked at."""
    return lambda first, last: list(kb.projects)


def test_pairs_map_finds_exactly_the_names_holding_both_pairs(engine: Engine) -> None:
    kb = engine.kb
    names = kb.compact_project_names()
    pairs = Counter(n[k:k + 2] for n in names.values() for k in range(len(n) - 1))
    for first, _ in pairs.most_common(12):
        for last in ("经费", "工作", first, "无此二字"):
            expected = [pid for pid, n in names.items() if first in n and last in n]
            assert kb.projects_holding_pairs(first, last) == expected  # (the same projects, in the same order)


@pytest.mark.parametrize("cut", [(0, 0), (1, 0), (0, 1)])
def test_rows_of_a_part_are_those_of_the_walk_over_every_project(engine: Engine, monkeypatch, cut) -> None:
    """The part whole, and in two pieces a few characters apart: the pairs never leave out a row the walk finds."""
    name = compact(_shared_name(engine).removesuffix("经费"))
    phrase = name[cut[0]:len(name) - cut[1]] if len(name) - sum(cut) >= 4 else name
    if cut == (1, 0) and len(name) >= 6:
        phrase = name[:2] + name[3:]  # (two pieces: the third character left out)
    turn = SimpleNamespace(kb=engine.kb)
    found = phrase_rows._project_rows(turn, phrase)
    monkeypatch.setattr(engine.kb, "projects_holding_pairs", _every_project(engine.kb))
    assert found == phrase_rows._project_rows(turn, phrase)
    assert len(found) >= 2


def test_a_shared_name_asked_without_a_department_looks_at_its_namesakes_only(engine: Engine, monkeypatch) -> None:
    looked: list[str] = []
    names_it = phrase_rows._names_it

    def counted(name: str, phrase: str) -> bool:
        looked.append(name)
        return names_it(name, phrase)
    monkeypatch.setattr(phrase_rows, "_names_it", counted)
    name = _shared_name(engine)
    question = f"{name.removesuffix('经费')}经费多少"
    answer = converse(engine, question)
    phrase = compact(name.removesuffix("经费"))
    holding = [n for n in engine.kb.compact_project_names().values() if phrase[:2] in n and phrase[-2:] in n]
    assert looked, "the part's rows were not looked for"
    rows = len(index_for(engine.kb).row_label_keys)  # (the tables' row labels are looked at too: a few here)
    assert len(looked) <= len(holding) + rows and len(holding) < len(engine.kb.projects) / 4
    looked.clear()
    monkeypatch.setattr(engine.kb, "projects_holding_pairs", _every_project(engine.kb))
    walked = converse(engine, question)
    assert len(looked) == len(engine.kb.projects) + rows  # (the same question does reach every project by the walk)
    assert (answer.status, answer.text, answer.options) == (walked.status, walked.text, walked.options)



def test_maps_a_question_naming_no_department_needs_are_made_when_the_base_opens(engine: Engine) -> None:
    """Each department's projects' names, the departments' places and the indicators' names each once: made with
    the engine (a fresh one, no question asked), so the first question needing them builds nothing of every
    department's — the same maps kept after questions of two sides, a place and an indicator."""
    import bot.engine.names as names

    fresh = Engine(engine.db_path, engine.vocabulary_path)
    kb = fresh.kb
    kept = (names._OWN_NAMES.get(kb), kb.__dict__.get("_department_place_map"), kb._distinct_indicator_names)
    assert all(m is not None for m in kept)
    assert set(kb._distinct_indicator_names or ()) == set(kb.indicator_name.values())
    name = _shared_name(fresh)
    for question in (f"{name}和{name}哪个多", f"{kb.departments[0].name[:3]}有几个项目", "满意度指标有哪些"):
        converse(fresh, question)
    assert (names._OWN_NAMES.get(kb), kb.__dict__.get("_department_place_map"), kb._distinct_indicator_names) == kept


def test_the_fact_index_is_made_with_the_engine_and_kept_out_of_full_collections(engine: Engine, monkeypatch) -> None:
    """Built by the first question, the fact index came after the freeze: a full collection later walked its
    objects, stalling one question (the worst cases' max). Made with the engine now, and frozen with the rest
    once the knowledge base is large (here: a threshold of one)."""
    import gc

    import bot.engine as engine_module
    from bot.answer.facts import index as index_module

    monkeypatch.setattr(engine_module, "FREEZE_ABOVE", 1)
    try:
        fresh = Engine(engine.db_path, engine.vocabulary_path)
        idx = index_module._INDEXES.get(fresh.kb)
        assert idx is not None  # (no question asked yet)
        assert gc.get_freeze_count() > 0 and not any(o is idx for o in gc.get_objects())
        converse(fresh, f"{_shared_name(fresh)}经费多少")
        assert index_module._INDEXES.get(fresh.kb) is idx
    finally:
        gc.unfreeze()
