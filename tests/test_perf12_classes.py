"""Work the engine now does once per knowledge base instead of once per question (perf12): each index
or cache gives exactly what the per-question search it replaced gave, on the bundled tables."""

from __future__ import annotations

import random

import pytest

from bot.answer.facts import index_for
from bot.answer.facts.question import _TITLE_TAIL, _general_titles, _key_docs
from bot.answer.facts.words import label_key
from bot.engine.names import _department_name_chars, _department_project_names
from bot.language.normalize import compact, normalize
from bot.understand.parse import understand
from tests.conftest import DATA, VOCAB


@pytest.fixture(scope="module")
def general_engine(tmp_path_factory, built_copy):
    """Several one-sheet general tables of other titles (the eleventh set's), beside the samples."""
    from bot.engine import Engine

    return Engine(built_copy([DATA / "samples", DATA / "general11", DATA / "general10"],
                             tmp_path_factory.mktemp("perf12") / "kb.sqlite"), VOCAB)


def _name_chars_searched(names: list[str], norm: str) -> set[int]:
    """The search the engine ran for every character of a join word: inside some department's name?"""
    return {i for i in range(len(norm)) if any(
        norm[max(0, i - k):i - k + len(n)] == n for n in names for k in range(len(n)) if n[k:k + 1] == norm[i])}


def test_department_name_positions_are_those_the_name_search_finds(multi_engine, samples_engine):
    rng = random.Random(12)
    for engine in (multi_engine, samples_engine):
        kb = engine.kb
        names = [compact(d.name) for d in kb.departments]
        pieces = [*names, *(n[: len(n) // 2] for n in names), *(n[len(n) // 2:] for n in names), "和", "经费", "加起来"]
        for _ in range(200):
            norm = compact(normalize("".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))))
            assert _department_name_chars(kb, norm) == _name_chars_searched(names, norm), norm


def test_a_departments_project_names_are_its_own_documents(multi_engine):
    kb = multi_engine.kb
    grouped = _department_project_names(kb)
    for dept in kb.departments:
        docs = [d for d, info in kb.documents.items() if info.get("department_name") == dept.name]
        own = sorted(compact(p.name) for p in kb.projects.values() if p.document_id in docs)
        assert grouped[dept.name][0] == docs
        assert sorted(grouped[dept.name][1]) == own


def test_department_groups_follow_the_mentions_they_were_read_from(multi_engine):
    kb = multi_engine.kb
    names = [d.name for d in kb.departments]
    assert len(names) >= 2
    p = understand(normalize(f"{names[0]}和{names[1]}的项目有哪些"), kb)
    both = p.departments()
    assert set(both) == {names[0], names[1]}
    assert p.departments() == both  # asked again: the same
    first = next(m for m in p.mentions if m.of("department") and names[0] in {str(r.key) for r in m.of("department")})
    p.mentions.remove(first)  # a step drops a mention: the groups are read again
    assert p.departments() == sorted({d for g in p._read_department_groups() for d in g})
    assert names[0] not in p.departments()
    p.mentions.append(first)
    assert p.departments() == both


def test_label_key_documents_invert_the_documents_labels(samples_engine):
    idx = index_for(samples_engine.kb)
    inverted = _key_docs(idx)
    keys = {k for keys in idx.doc_keys.values() for k in keys}
    assert set(inverted) == keys
    for k in keys:
        assert inverted[k] == {d for d, ks in idx.doc_keys.items() if k in ks}


def test_general_table_titles_are_found_by_their_four_character_runs(general_engine):
    idx = index_for(general_engine.kb)
    cores, by_run = _general_titles(idx)
    assert len(cores) >= 2  # the samples hold general tables of several titles
    rng = random.Random(12)
    for d in idx.docs.values():
        core = _TITLE_TAIL.sub("", label_key(d.form)) if d.layout == "general-table" and d.form else ""
        assert cores.get(d.id, "") == (core if len(core) >= 4 else "")
    titles = [c for c in cores.values()] + ["三公经费预算多少", "养老助餐补贴资金"]
    for _ in range(100):
        text = "".join(rng.choice(titles)[rng.randint(0, 3):] for _ in range(2))
        runs = {text[i:i + 4] for i in range(len(text) - 3)}
        near = set().union(*(by_run.get(r, frozenset()) for r in runs))
        assert near == {d for d, core in cores.items() if any(r in core for r in runs)}, text
