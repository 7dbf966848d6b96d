"""Fixes from the review of round 42's change: jieba's word list searched in place gives every character's words (and
none, without failing, for a character no word can start with); a department's own line said after its name is never
the 机关 of a row name (机关运行经费)."""

from __future__ import annotations

from bot.engine.sides import _OWN_LINE
from bot.language import segment


def test_the_words_searched_in_the_file_are_those_of_the_list() -> None:
    segment.release_dictionary()
    try:
        words = {w for w in (line.split(" ", 1)[0] for line in
                             segment._dict_path().read_text(encoding="utf-8").splitlines() if line) if w[0] == "法"}
        assert segment._words_from("法") == frozenset(words)
        assert segment._words_from("\ud800") == frozenset() and segment._words_from(chr(0x10FFFF)) == frozenset()
        assert segment.cut_name("聘请法律顾问专项经费") == ["聘请", "法律顾问", "专项经费"]
    finally:
        segment.release_dictionary()


def test_a_row_name_beginning_with_jiguan_is_no_own_line() -> None:
    assert _OWN_LINE.match("机关运行经费") is None and _OWN_LINE.match("机关事业单位基本养老保险缴费") is None
    assert _OWN_LINE.match("机关的项目支出") is not None and _OWN_LINE.match("（本级）") is not None
