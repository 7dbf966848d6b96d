"""Round 31, warm speed: lookups a question repeated kept or indexed once per knowledge base must give
exactly what the pass they replace gave — the units a question says (found by the forms of each head's
lengths, not by trying every form under a city's name), the departments a question names (kept by
question), the lines led by departments' names of an answer (no set of every name built for others)."""

from __future__ import annotations

import random

import pytest

from benchmarks.synth import generate_corpus
from bot.dialogue.figures import _of_each_department
from bot.dialogue.values import Answer
from bot.engine import units
from bot.language.normalize import compact
from bot.understand.parse import departments_said, understand
from tests.conftest import engine_over


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docs")
    for name, text, _ in generate_corpus(40, seed=31, projects=4, indicators_per_project=3):
        (folder / name).write_text(text, encoding="utf-8")
    return engine_over(folder.parent / "kb.sqlite", [folder])


def _every_form(kb, text: str, own_said: bool) -> list:
    """The pass the index replaces: every form under each two characters of the text, tried in the text."""
    found, seen = [], set()
    for k in range(len(text) - 1):
        for unit, form in units._units_by_start(kb).get(text[k:k + 2], ([], {}, ()))[0]:
            if unit not in seen and form in text and (not unit.own or own_said):
                seen.add(unit)
                found.append((unit, text.replace(form, " ", 1)))
    return found


def test_units_said_are_those_a_pass_over_every_form_finds_in_its_order(engine):
    kb = engine.kb
    forms = [f for u in units._units(kb) for f in u.forms]
    assert len(forms) > 20
    rng = random.Random(31)
    for _ in range(400):
        text = "经费多少"
        for form in rng.sample(forms, rng.randint(1, 3)):
            at = rng.randint(0, len(text))
            text = text[:at] + form[: rng.randint(2, len(form))] + text[at:]
        for own in (False, True):
            assert units._units_said(kb, text, own) == _every_form(kb, text, own)


def test_departments_said_kept_by_question_are_a_parse_of_it_and_a_copy(engine):
    kb = engine.kb
    name = sorted(kb.departments, key=lambda d: d.name)[3].name
    question = compact(f"{name}的项目经费多少")
    first = departments_said(question, kb)
    assert first == understand(question, kb).departments() and name in first
    first.append("改过的部门")
    assert departments_said(question, kb) == understand(question, kb).departments()


def test_lines_each_led_by_a_department_only_when_every_line_is():
    both = ["青禾县林业局", "青禾县水利局"]
    led = Answer("q", "answered", "青禾县林业局：办公费：3.00万元\n青禾县水利局：办公费：4.00万元")
    assert _of_each_department(led, both)
    assert not _of_each_department(led, both[:1])
    assert not _of_each_department(Answer("q", "answered", "青禾县林业局：办公费：3.00万元"), both)
    assert not _of_each_department(Answer("q", "answered", "青禾县林业局：办公费：3.00万元\n合计 7.00万元"), both)
    assert not _of_each_department(Answer("q", "answered", "青禾县林业局：1\n青禾县林业局：2"), both)
