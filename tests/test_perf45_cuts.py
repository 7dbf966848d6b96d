"""Round 45, warm speed (issue 14): work a question does over every name of the knowledge base is done by one
search where one suffices — whether some indicator's name holds a question's words is first looked for in the
names joined, and only words all found there are looked for together name by name."""

from __future__ import annotations

import pytest
from conftest import engine_over

from benchmarks.synth import generate_corpus


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    folder = tmp_path_factory.mktemp("perf45")
    for name, text, _ in generate_corpus(3, seed=45, projects=4, indicators_per_project=3):
        (folder / name).write_text(text, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder]).kb


class _CountedNames(tuple):
    """The distinct names, counting the passes made over them."""

    passes = 0

    def __iter__(self):
        type(self).passes += 1
        return super().__iter__()


def _counted(kb) -> type[_CountedNames]:
    kb.indicator_name_holds(("(first use: the names gathered)",))
    kb._distinct_indicator_names = _CountedNames(kb._distinct_indicator_names)
    _CountedNames.passes = 0
    return _CountedNames


def test_a_word_no_name_holds_and_one_word_a_name_holds_need_no_pass_over_the_names(kb):
    counted = _counted(kb)
    names = sorted(set(kb.indicator_name.values()))
    one = names[0]
    assert kb.indicator_name_holds(("没有这个指标词",)) is False
    assert kb.indicator_name_holds((one[:2],)) is True
    assert kb.indicator_name_holds((one[:2], "没有这个指标词")) is False
    assert counted.passes == 0


def test_several_words_are_held_only_by_one_name_holding_them_all(kb):
    counted = _counted(kb)
    names = sorted(set(kb.indicator_name.values()))
    one = names[0]
    # a word of one name beside a word of another that no name holds with it: each is found, not together
    other = next(n for n in names if not any(one[-2:] in m and n[:2] in m for m in names))
    assert kb.indicator_name_holds((one[:2], one[-2:])) is True
    assert kb.indicator_name_holds((one[-2:], other[:2])) is False
    assert counted.passes == 2  # (words all found in the joined names: looked for name by name)
    # a word spanning two names where they are joined is held by none
    assert kb.indicator_name_holds((names[0][-1] + "\x00" + names[1][0],)) is False
