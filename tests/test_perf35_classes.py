"""Round 35, warm speed: lookups indexed once per knowledge base must give exactly what the per-question
pass they replace gave — a general table's title word (two characters looked up in the titles' pairs, not
searched for in every table of the scope), a class table's facts read from the kept facts without a copy
(the same values)."""

from __future__ import annotations

import random

import pytest

from bot.answer.facts import index_for
from bot.answer.facts.question import _FILLER, _GENERIC_KIND, _general_title_word, _general_titles, _note_item
from tests.conftest import DATA, VOCAB


@pytest.fixture(scope="module")
def general_engine(tmp_path_factory, built_copy):
    """One-sheet general tables of several titles beside the samples."""
    from bot.engine import Engine

    return Engine(built_copy([DATA / "samples", DATA / "general11", DATA / "general10"],
                             tmp_path_factory.mktemp("perf35") / "kb.sqlite"), VOCAB)


def _title_word_searched(rest: str, scope: list, idx) -> tuple | None:
    """The pass the index replaces: each two characters tested against every table of the scope."""
    import re

    cores, _ = _general_titles(idx)
    for m in re.finditer(r"(?=([\u4e00-\u9fff]{2}))", rest):
        word = m.group(1)
        if _FILLER.match(word) or _GENERIC_KIND.fullmatch(word):
            continue
        docs = [d.id for d in scope if word in cores.get(d.id, "")]
        if len(docs) != 1 or any(word in k and not _note_item(k, idx) for k in idx.doc_keys.get(docs[0], ())):
            continue
        return (2, m.start(), m.start() + 2, cores[docs[0]]), docs[0]
    return None


def test_a_title_word_is_the_one_table_a_search_of_every_title_in_scope_finds(general_engine):
    idx = index_for(general_engine.kb)
    cores, _ = _general_titles(idx)
    assert len(cores) >= 2
    docs = list(idx.all_docs())
    rng = random.Random(35)
    pieces = [*cores.values(), "经费一共多少", "衔接资金", "哪个乡镇", "分别是多少"]
    found = 0
    for _ in range(300):
        rest = "".join(rng.choice(pieces)[rng.randint(0, 4):][: rng.randint(2, 8)] for _ in range(rng.randint(1, 3)))
        for scope in (docs, rng.sample(docs, max(1, len(docs) // 2)), docs[:3] + docs[:3]):  # a table twice too
            got = _general_title_word(rest, scope, idx)
            assert got == _title_word_searched(rest, scope, idx), rest
            found += got is not None
    assert found >= 20  # the titles' words are found, not only their absence


def test_class_tables_read_kept_facts_without_a_copy_of_the_same_values(general_engine):
    idx = index_for(general_engine.kb)
    doc = next(d for d in idx.fact_docs if len(idx.docs[d].facts) >= 5)
    ids = list(idx.docs[doc].facts)
    shared = idx.facts(ids, copied=False)
    made = idx.facts(ids)
    assert made == shared and all(a is not b for a, b in zip(made, shared, strict=True))
    assert idx.facts(ids, copied=False)[0] is shared[0]  # the kept dict itself, read again
