"""Round 45 (lane perf45b), per-question work (issue 14): a question's splits at its join words worked out once for
the three readers that ask them (each with its own names), and the distinct project names of a few recent sets of
refs kept (readers alternate between sets within one question). Each cut is checked against the way it was done
before (the same results) and by the work it saves, never timed."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import engine_over

from bot.dialogue import figures
from bot.dialogue.figures import _COUNT_AFTER, _JOIN, _OPS, _SIDE_FILLER, _SIDE_OPS, _any_op, two_sides
from bot.engine import Engine
from bot.language.lexicon import Ref
from bot.language.normalize import compact

SEED = Path(__file__).resolve().parent.parent / "knowledge" / "000_9289cd5134f499bc.txt"


def _two_sides_before(question: str, inside) -> list[tuple[str, str, str]]:
    """two_sides as it was written before round 45 (every call parting the text anew)."""
    text = compact(question)
    op = _any_op(text)
    if op not in _SIDE_OPS:
        return []
    said = dict(_OPS)[op].search(text)
    assert said is not None
    if _COUNT_AFTER.match(text, said.end()):
        return []
    head = text[: said.start()]
    out = []
    for m in _JOIN.finditer(head):
        if inside(m.start()):
            continue
        first, second = (_SIDE_FILLER.sub("", x) for x in (head[: m.start()], head[m.end():]))
        if len(first) >= 3 and len(second) >= 3:
            out.append((head[: m.start()], head[m.end():], op))
    return out


QUESTIONS = ["信访超市经费和社工部公用经费加起来", "渝中就业补助执行数比东湖就业补助多多少",
             "韶关市红十字会培训费和工会经费2024年预算数合计多少", "A局和B局一共有几个项目",
             "社工部是财政局的百分之几", "人力资源和社会保障局的培训费和会议费合计", "今天天气怎么样"]


@pytest.mark.parametrize("question", QUESTIONS)
def test_two_sides_reads_as_before_whatever_the_names(question: str) -> None:
    """The splits kept by the text, filtered by each caller's names, are those parted anew each time."""
    for inside in (lambda i: False, lambda i: True, lambda i: i % 2 == 0, lambda i: 3 <= i <= 8):
        assert two_sides(question, inside) == _two_sides_before(question, inside)
    assert two_sides("人力资源和社会保障局的培训费和会议费合计", lambda i: False) == [
        ("人力资源", "社会保障局的培训费和会议费", "sum"), ("人力资源和社会保障局的培训费", "会议费", "sum")]


def test_a_question_is_parted_at_its_joins_once(monkeypatch) -> None:
    """Three readers asking the splits of one question (each with its own names) part the text once."""
    parted: list[str] = []
    real = figures._any_op

    def counting(text: str):
        parted.append(text)
        return real(text)

    monkeypatch.setattr(figures, "_any_op", counting)
    figures._split_at_joins.cache_clear()
    question = "某某局的办公费和差旅费2024年预算数合计多少"
    results = [two_sides(question, inside) for inside in (lambda i: False, lambda i: i == 5, lambda i: i < 4)]
    assert len(parted) == 1
    assert results[0] == [("某某局的办公费", "差旅费2024年预算数", "sum")]
    assert results[1] == results[0] and results[2] == results[0]  # (its one join is at 7)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("perf45b") / "kb.sqlite", [SEED])


class _CountingNames(dict):
    """A knowledge base's project names, counting the look-ups project_names makes."""

    looked = 0

    def get(self, key, default=None):
        type(self).looked += 1
        return super().get(key, default)


def test_project_names_of_recent_sets_are_kept(engine: Engine, monkeypatch) -> None:
    """Readers alternating between sets of refs within a question: each set's names are worked out once while it
    is among the last few asked; the names are those worked out anew."""
    kb = engine.kb
    monkeypatch.setattr(kb, "_project_name", _CountingNames(kb._project_name))
    monkeypatch.setattr(kb, "_last_names", ())
    ids = sorted(kb.projects)
    assert len(ids) >= 6
    sets = [{Ref("project", pid) for pid in ids[k:k + 3]} for k in range(0, 6, 2)]
    first = [kb.project_names([s]) for s in sets]
    looked = _CountingNames.looked
    assert looked == sum(len(s) for s in sets)
    again = [kb.project_names([s]) for s in reversed(sets)]
    assert _CountingNames.looked == looked  # (the one-answer cache before worked out two of the three again)
    assert again == first[::-1]
    assert [sorted(names) for names in first] == [sorted({kb.projects[r.id].name for r in s}) for s in sets]
    fresh = kb.project_names([set(sets[0])])  # an equal set, not the same one: worked out anew
    assert _CountingNames.looked == looked + len(sets[0]) and sorted(fresh) == sorted(first[0])


def test_project_names_not_kept_are_not_kept(engine: Engine, monkeypatch) -> None:
    """keep=False works the names out without keeping them (nor pushing out those kept)."""
    kb = engine.kb
    monkeypatch.setattr(kb, "_last_names", ())
    one = {Ref("project", sorted(kb.projects)[0])}
    kb.project_names([one], keep=False)
    assert kb._last_names == ()
