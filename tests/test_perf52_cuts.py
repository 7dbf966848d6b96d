"""Round 52, warm speed (issue 14): work a turn repeated is done once. The intent rules test each condition
once per classification; the units a text names are read once per text and documents (kept per knowledge
base); the departments whose names begin with a place are found in the names sorted, not by a walk over
every department. Counted, not timed; the results are the ones the slower way gives."""

from __future__ import annotations

import copy

from bot.engine import Engine
from bot.language.rules import Rule, classify


def test_classify_tests_each_condition_once() -> None:
    rules = [Rule("a", 1, all=["project", "concept:x"], none=["concept:y"]),
             Rule("b", 2, all=["project"], any=["concept:y", "concept:z"]),
             Rule("c", 3, all=["project", "concept:z"], none=["concept:y"]),
             Rule("d", 4, none=["concept:x"])]
    said = {"project", "concept:z"}
    asked: list[str] = []

    def test(cond: str) -> bool:
        asked.append(cond)
        return cond in said

    assert classify(rules, test) == "b"
    assert sorted(asked) == sorted(set(asked))  # each condition tested once
    assert set(asked) == {"concept:x", "project", "concept:y", "concept:z"}
    # the same rules tried one by one (no shared results) give the same verdicts
    assert [r.holds(lambda c: c in said) for r in rules] == [False, True, True, True]
    assert classify(rules, lambda c: False) == "d"
    assert classify(rules[:3], lambda c: False) == ""


def test_units_said_read_once_per_text(multi_engine: Engine, monkeypatch) -> None:
    kb = multi_engine.kb
    form = next(f for f, units in kb.unit_forms.items() if len(f) >= 4 and units)
    text = f"perf52{form}的项目有哪些"
    calls: list[str] = []
    real = kb.units_named

    def counting(t, doc_ids):
        calls.append(t)
        return real(t, doc_ids)

    monkeypatch.setattr(kb, "units_named", counting)
    first = kb.units_said(text, None)
    assert any(text[s:e] == form for s, e, _ in first)
    kept = copy.deepcopy(first)
    first[0][2].clear()  # a caller changing its copy changes nothing kept
    assert kb.units_said(text, None) == kept
    assert calls == [text]  # read once
    docs = {kept[0][2][0][0]}
    assert kb.units_said(text, docs)
    assert kb.units_said(text, docs) == kb.units_said(text, set(docs))
    assert calls == [text, text]  # other documents: read again, once


def test_departments_beginning_as_the_walk(multi_engine: Engine) -> None:
    kb = multi_engine.kb

    def walk(names):
        return [d.name for d in kb.departments if any(d.name.startswith(n) and len(d.name) > len(n) for n in names)]

    names = [d.name for d in kb.departments]
    prefixes = {n[:k] for n in names for k in range(1, len(n) + 1)} | {"", "不存在的地方"}
    for p in sorted(prefixes):
        assert kb.departments_beginning([p]) == walk([p]), p
    pairs = [sorted(prefixes)[k:k + 3] for k in range(0, len(prefixes), 7)]
    for group in pairs:
        assert kb.departments_beginning(group) == walk(group), group
    assert kb.departments_beginning([]) == []
