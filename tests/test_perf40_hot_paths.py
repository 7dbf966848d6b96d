"""Round 40, warm speed (issue 14): a question's repeated work made cheaper without changing any reading. Checks of
what a question says come before the scans of every table they guard. Compared with what they replace, not timed."""

from __future__ import annotations

import random

import pytest

from bot.answer.facts import question as question_module
from bot.answer.facts.words import label_key


def test_label_key_kept_is_label_key_computed():
    """label_key is kept per label (a pure function of it): a kept key is the one computed afresh."""
    for label in ("1.基本工资（万元）", "其中：差旅费", "一、工资福利支出", "2024年预算数"):
        assert label_key(label) == label_key.__wrapped__(label)


def test_nothing_spent_said_reads_no_table(monkeypatch):
    """"差旅费预算数多少" says nothing spent: _spent_as_printed returns the text before looking at any table's
    columns (a scan of every table in scope, when no department is named); a question saying 花了 still looks."""

    class Untouchable:
        @property
        def doc_keys(self):
            raise AssertionError("the tables were scanned")

    class Doc:
        id = 1

    assert question_module._spent_as_printed("差旅费预算数多少", [Doc()], Untouchable()) == "差旅费预算数多少"
    with pytest.raises(AssertionError):
        question_module._spent_as_printed("差旅费花了多少", [Doc()], Untouchable())


class _Keys(set):
    """A mention's label keys that fail the test when their labels are looked through."""

    def __iter__(self):
        raise AssertionError("the labels were read")


def test_no_number_said_reads_no_label():
    """"差旅费多少": no number said with the words, so no label's own numbers are read (the mention stays); "80岁
    以上老人" against a label of 60 still drops it, as before."""
    fq = question_module.FactQuestion(text="差旅费多少")
    m = question_module.Mention(0, 3, _Keys({"差旅费"}), True, 3)
    fq.mentions = [m]
    question_module._drop_other_numbers(fq, "差旅费多少", [(0, 3)], object())
    assert fq.mentions == [m]
    fq = question_module.FactQuestion(text="80岁以上老人多少")
    said = question_module.Mention(2, 6, {"60岁以上老人"}, False, 4)
    fq.mentions = [said]
    question_module._drop_other_numbers(fq, "80岁以上老人多少", [(2, 6)], type("I", (), {"col_keys": set()})())
    assert fq.mentions == []


def test_one_table_of_labels_stops_at_the_second():
    """The table holding a column's facts: one table's, else None as soon as a second table is met."""

    class Index:
        label_facts = {"合计": [1, 2, 3], "2024年预算数": [4, 5, 6]}
        fact_doc = {1: 7, 2: 7, 3: 7, 4: 7, 5: 8}  # (fact 6 is never looked at: 5 is of another table)

    assert question_module._one_doc_of_labels(Index(), {"合计"}) == 7
    assert question_module._one_doc_of_labels(Index(), {"合计", "2024年预算数"}) is None
    assert question_module._one_doc_of_labels(Index(), {"总计"}) is None


def test_standing_best_is_the_choice_over_the_standing_names():
    """_best_by_words' choice over the names `stands` lets stand, made by asking it of the best names only: the
    same name (or none) as over the standing names alone, and never asked of a name ranked too low to count."""
    from bot.dialogue.resolve import _standing_best

    def choice(ranked):
        if not ranked or ranked[0][1][0] < 0.8 or (len(ranked) > 1 and ranked[0][1][0] - ranked[1][1][0] < 0.2):
            return None
        return ranked[0][0]

    rng = random.Random(40)
    for _ in range(3000):
        scores = sorted((round(rng.choice([rng.random(), 0.8, 0.6, 1.0]), 2) for _ in range(rng.randint(0, 6))),
                        reverse=True)
        ranked = [(f"n{k}", (s, "")) for k, s in enumerate(scores)]
        standing = {name for name, _ in ranked if rng.random() < 0.6}
        assert choice(_standing_best(ranked, standing.__contains__)) == choice([r for r in ranked if r[0] in standing])
    ranked = [("a", (0.9, "")), ("b", (0.5, "")), ("c", (0.4, ""))]
    asked: list[str] = []
    _standing_best(ranked, lambda n: asked.append(n) or True)
    assert asked == ["a"]  # (b is 0.4 below a: no later name can tie with it)


def test_places_said_are_the_scan_of_every_place():
    """The departments of the places a text says, found from the text's pieces: those of a scan of every place
    (in the places' order, one department per place standing for one), for texts saying none, one or several."""
    from bot.engine.names import _places, places_said

    class KB:
        documents = {k: {"department_name": name} for k, name in enumerate(
            ["桐溪区市场监督管理局", "青岚县农业农村局", "澄湖县财政局", "澄湖县卫生健康局", "临湘市林业局", "普陀区财政局",
             "东湖区人社局", "东湖区教育局", "白沙镇人民政府"])}

    kb = KB()
    places = _places(kb)
    assert places == {"桐溪": "桐溪区市场监督管理局", "青岚": "青岚县农业农村局", "临湘": "临湘市林业局",
                      "普陀": "普陀区财政局"}
    rng = random.Random(40)
    pool = "桐溪青岚澄湖临湘普陀东湖的经费多少和"
    for text in ["普陀和桐溪的经费", "临湘", "东湖经费", ""] + ["".join(rng.choice(pool) for _ in range(12)) for _ in range(500)]:
        assert places_said(kb, text) == [d for p, d in places.items() if p in text], text
