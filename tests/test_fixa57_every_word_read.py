"""The rows of a text value said where the typed reading asked back (按亩补贴的有哪些: the rows whose 补贴标准 holds
每亩) are shown only when every word said is read: a second word no row holds (东片区, 茶农 of no row) stops the list,
never dropped. Fictional rows written here, read through stand-ins for the answerer."""

from __future__ import annotations

from types import SimpleNamespace as NS

import pytest

from bot.answer.facts.turn import _rows_of_a_value_typed_missed

_ROWS = [
    {"value": "每亩50元", "row_labels": "油菜种植生产者补贴", "col_labels": "补贴标准"},
    {"value": "每亩600元", "row_labels": "茶园低产改造补助", "col_labels": "补贴标准"},
    {"value": "每亩125元", "row_labels": "东片区退耕还林巩固补助", "col_labels": "补贴标准"},
]


class _Answerer:
    def __init__(self, values: list[str], leftover: str, facts: list[dict]) -> None:
        self.fq = NS(values=values, leftover=leftover)
        self.facts = facts

    def peek(self, question: str):
        return self.fq

    def answer(self, question: str, *_):
        return NS(status="answered", facts=self.facts)


def _missed(values: list[str], leftover: str, facts: list[dict] = _ROWS):
    turn, typed = NS(question="按亩补贴的有哪些"), NS(text="您问的是哪一个项目？1. 补贴A 2. 补贴B")
    return _rows_of_a_value_typed_missed(turn, typed, _Answerer(values, leftover, facts))


def test_the_value_alone_lists_its_rows() -> None:
    assert _missed([], "每亩") is not None
    assert _missed(["每亩"], "") is not None


@pytest.mark.parametrize(("values", "leftover"), [
    (["每亩"], "城关镇"),  # a second word no row holds
    ([], "每亩 城关镇"),  # two leftover words, one of them in no row
    (["每亩"], "东片区"),  # a word only one of the rows shown holds: the others would be listed with it
    (["每亩", "每人"], ""),  # two values said, each row holding one only
])
def test_a_word_said_no_row_shown_holds_stops_the_list(values: list[str], leftover: str) -> None:
    assert _missed(values, leftover) is None


def test_a_second_word_every_row_shown_holds_is_read() -> None:
    rows = [r for r in _ROWS if "东片区" in r["row_labels"]]
    assert _missed(["每亩"], "东片区", rows) is not None
