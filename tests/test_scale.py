"""Work that must not grow with the knowledge base: counted, never timed (speed is `python -m benchmarks`)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from benchmarks.synth import generate_corpus
from bot.dialogue.clarify import MAX_OPTIONS
from bot.engine import CLARIFY, Engine, Frame, Session
from bot.store.build import load_paths

ROOT = Path(__file__).resolve().parent.parent
VOCAB = ROOT / "knowledge" / "vocabulary.toml"
DEPARTMENTS = 40


@pytest.fixture(scope="module")
def many(tmp_path_factory) -> tuple[Engine, list]:
    folder = tmp_path_factory.mktemp("many")
    docs = []
    for file_name, text, doc in generate_corpus(DEPARTMENTS, seed=5, projects=4, indicators_per_project=6):
        (folder / file_name).write_text(text, encoding="utf-8")
        docs.append(doc)
    db = folder / "kb.sqlite"
    load_paths(db, [folder])
    return Engine(db, VOCAB), docs


def _shared(names: list[str]) -> str:
    """The name most departments share."""
    return Counter(names).most_common(1)[0][0]


def _count_frames(monkeypatch) -> list[int]:
    """A one-item counter of every Frame built from now on, in whichever stage builds it."""
    built = [0]
    frame_init = Frame.__init__

    def counting_init(self, *args, **kwargs) -> None:
        built[0] += 1
        frame_init(self, *args, **kwargs)

    monkeypatch.setattr(Frame, "__init__", counting_init)
    return built


@pytest.mark.parametrize("question", ["{indicator}的年度指标值", "{indicator}的指标值是多少", "{category}有哪些"])
def test_department_clarification_builds_only_the_shown_options(many, monkeypatch, question) -> None:
    engine, docs = many
    indicator = _shared([i.name for d in docs for p in d.projects for i in p.indicators])
    category = _shared([i.level2 for d in docs for p in d.projects for i in p.indicators])
    for holds in (lambda i: i.name == indicator, lambda i: i.level2 == category):
        holders = {d.department for d in docs for p in d.projects for i in p.indicators if holds(i)}
        assert len(holders) > 3 * MAX_OPTIONS  # many more departments than options

    built = _count_frames(monkeypatch)
    session = Session()
    answer = engine.ask(question.format(indicator=indicator, category=category), session)
    assert answer.status == CLARIFY
    # A few departments, and "全部" where the question may be about all of them.
    assert 0 < len(answer.options) <= MAX_OPTIONS + 1
    assert len(session.pending) == len(answer.options)
    # The question's own frame and one per option shown; a question that could be answered for every
    # department ("成本指标有哪些") also tries departments until their answers no longer make one short
    # message. Never one frame per department.
    limit = len(answer.options) + 2 if "指标值" in question else 2 * MAX_OPTIONS + 2
    assert 0 < built[0] <= limit < DEPARTMENTS
    # A shown option still answers for its department.
    follow = engine.ask("1", session)
    assert follow.status != CLARIFY


@pytest.fixture(scope="module")
def shared_projects(tmp_path_factory) -> tuple[Engine, list]:
    """Departments with ten projects each: a common project name is in many more departments than
    a clarification shows."""
    folder = tmp_path_factory.mktemp("shared-projects")
    docs = []
    for file_name, text, doc in generate_corpus(DEPARTMENTS, seed=5, projects=10, indicators_per_project=2):
        (folder / file_name).write_text(text, encoding="utf-8")
        docs.append(doc)
    db = folder / "kb.sqlite"
    load_paths(db, [folder])
    return Engine(db, VOCAB), docs


@pytest.mark.parametrize("question", ["{project}经费多少", "{project}的资金来源"])
def test_project_clarification_builds_only_the_shown_options(shared_projects, monkeypatch, question) -> None:
    engine, docs = shared_projects
    project = _shared([p.name for d in docs for p in d.projects])
    holders = {d.department for d in docs for p in d.projects if p.name == project}
    assert len(holders) > MAX_OPTIONS  # more departments than options

    built = _count_frames(monkeypatch)
    session = Session()
    answer = engine.ask(question.format(project=project), session)
    assert answer.status == CLARIFY
    assert 0 < len(answer.options) <= MAX_OPTIONS
    assert str(len(holders)) in answer.text  # says how many there are
    assert built[0] <= len(answer.options) + 2 < len(holders) + 1
    # A shown option answers for its own department's project.
    follow = engine.ask("1", session)
    assert follow.status != CLARIFY and project in follow.text
