"""A department said as its place and its bureau's word without 局 ("X民政"), which gives way to a name
beginning inside it; a 分局 by its place and a shortened zone word; departments' totals compared.

The places are generated (rare characters no list holds); the figures are the tables' own."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from bot.engine import Engine, Session
from bot.language.lexicon import Lexicon, Ref, department_bare_forms, department_forms
from bot.language.vocabulary import load_vocabulary
from bot.store.build import load_paths

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
VOCAB = ROOT / "knowledge" / "vocabulary.toml"
TEMPLATE = DATA / "civil_affairs.txt"
TEMPLATE_DEPT = "广州市白云区民政局"
RARE = "沣岚璟峄柘泷鄞邛沅滘濉洮岢崂"
BUREAUS = ("民政", "信访", "财政", "审计", "统计")


def _place(seed: int) -> str:
    return "".join(random.Random(seed).sample(RARE, 2))


@pytest.fixture(scope="module")
def abbreviations() -> dict[str, tuple[str, ...]]:
    return load_vocabulary(VOCAB).department_abbreviations


@pytest.mark.parametrize("seed", range(5))
def test_place_and_the_bureau_s_own_word_name_it(seed, abbreviations):
    place, bureau = _place(seed), BUREAUS[seed]
    name = f"{place}区{bureau}局"
    assert {place + bureau, f"{place}区{bureau}"} <= department_forms(name, abbreviations)
    assert place + bureau in department_bare_forms(name, abbreviations)
    assert bureau not in department_forms(name, abbreviations)  # the word alone is a kind of office


@pytest.mark.parametrize("seed", range(5))
def test_a_bare_form_gives_way_to_a_name_beginning_inside_it(seed, abbreviations):
    """"X信访工作经费": X + 信访工作经费 (a project), never X信访 + 工作经费; "X信访 工作经费" keeps it."""
    place, bureau = _place(seed), BUREAUS[seed]
    name = f"{place}区{bureau}局"
    lex = Lexicon()
    for form in department_forms(name, abbreviations):
        lex.add(form, Ref("department", name))
    lex.yielding |= department_bare_forms(name, abbreviations)
    project = bureau + "工作经费"
    lex.add(project, Ref("project", 1))
    lex.add("工作经费", Ref("project", 2))
    spans = [form for _, _, form, _ in lex.spans(place + project + "多少")]
    assert spans == [place, project]
    spans = [form for _, _, form, _ in lex.spans(place + bureau + "本年收入合计")]
    assert spans[0] == place + bureau  # nothing begins inside it: the department
    spans = [form for _, _, form, _ in lex.spans(f"{place}{bureau}局{project}")]
    assert spans == [f"{place}{bureau}局", project]  # with its 局 the name is whole and never yields


def test_a_branch_by_its_place_and_a_shortened_zone_word(abbreviations):
    place = _place(7)
    forms = department_forms(f"岚沣市人力资源和社会保障局{place}新技术开发区分局", abbreviations)
    assert {f"{place}开发区人社分局", f"{place}开发区分局", f"{place}新技术开发区人社分局"} <= forms
    forms = department_forms(f"岚沣市人力资源和社会保障局{place}高新技术产业开发区分局", abbreviations)
    assert {f"{place}高新区分局", f"{place}开发区人社分局"} <= forms


# --- over generated tables -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[Engine, dict[str, str], dict[str, float]]:
    """Two 民政局 of generated places, their project tables with totals of their own, one project
    renamed to begin with the bureau's word (民政殡葬奖补经费)."""
    a, b = _place(11), _place(12)
    while set(a) & set(b):
        b = _place(len(b) + ord(b[0]))
    names = {"a": f"{a}区民政局", "b": f"{b}区民政局", "pa": a, "pb": b}
    totals = {"a": 617.72, "b": 917.72}
    folder = tmp_path_factory.mktemp("bare")
    text = TEMPLATE.read_text(encoding="utf-8")
    for key in ("a", "b"):
        body = text.replace(TEMPLATE_DEPT, names[key]).replace("617.72", f"{totals[key]:.2f}")
        body = body.replace("殡葬改革及生态安葬奖补经费", "民政殡葬奖补经费")
        (folder / f"{key}.txt").write_text(body, encoding="utf-8")
    db = folder / "kb.sqlite"
    load_paths(db, [folder], force=True)
    return Engine(db, VOCAB), names, totals


def test_a_department_said_without_its_ju_is_answered(generated):
    engine, n, _ = generated
    answer = engine.ask(f"{n['pa']}民政困难群众救助经费多少", Session())
    assert answer.status == "answered" and n["a"] in answer.text and "326.40" in answer.text


def test_a_project_beginning_with_the_bureau_word_keeps_its_name(generated):
    engine, n, _ = generated
    answer = engine.ask(f"{n['pa']}民政殡葬奖补经费多少", Session())
    assert answer.status == "answered" and "民政殡葬奖补经费" in answer.text and "48.00" in answer.text
    assert n["a"] in answer.text and n["b"] not in answer.text


def test_departments_totals_compared_say_the_larger_and_each_figure(generated):
    engine, n, totals = generated
    answer = engine.ask(f"{n['pa']}民政局和{n['pb']}民政局 谁的总额大", Session())
    assert answer.status == "answered", answer.text
    larger = max(totals, key=totals.__getitem__)
    first = answer.text.splitlines()[0]
    assert n[larger] in first and "更大" in first
    for key, value in totals.items():
        assert f"{value:.2f}" in answer.text and n[key] in answer.text
    assert "种类不同" not in answer.text  # two tables of one kind


def test_totals_of_tables_of_different_kinds_say_so(tmp_path_factory, built_copy):
    """A project table's 合计 set against a final account's 本年支出合计 (the 决算 prints no project
    total): each figure with what it is, and that the tables differ in kind."""
    db = built_copy([ROOT / "knowledge", DATA / "samples"], tmp_path_factory.mktemp("kinds") / "kb.sqlite")
    engine = Engine(db, VOCAB)
    answer = engine.ask("白云区信访局和普陀社工部 谁的总额大", Session())
    assert answer.status == "answered", answer.text
    assert "本年支出合计" in answer.text and "项目支出合计" in answer.text and "种类不同" in answer.text
    # (the first line says which is larger and by how much: the two figures follow, the larger first)
    figures = [float(x) for x in re.findall(r"(\d+\.\d+)万元", answer.text.split("\n", 1)[1])]
    assert len(figures) == 2 and figures[0] >= figures[1]


@pytest.mark.parametrize("seed", range(3))
def test_every_standard_short_word_of_a_bureau_names_it(seed, abbreviations):
    """A bureau word with several standard short forms (市场监督管理 -> 市场监管, 市监) is named by each."""
    place = _place(seed)
    forms = department_forms(f"{place}区市场监督管理局", abbreviations)
    assert {f"{place}市场监管局", f"{place}市监局", f"{place}区市监局"} <= forms
