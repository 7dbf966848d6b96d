"""The table readers' words of asking ([asking_words]) are one reader of the vocabulary's section loader
(bot/language/sections.py), not a loader of their own: one parse of a file's version serves them and every
other section reader, and the same file edited in place is what the patterns are built from next."""

from __future__ import annotations

import os
from pathlib import Path

from bot.answer.facts import dept_units, index
from bot.language import asking, sections

_ADDED = 'added = ["加起来", "加在一起", "一共", "总共", "合计", "总和", "之和", "共计"]'


def test_the_words_of_asking_are_the_section_loaders_reading(tmp_path: Path) -> None:
    vocab = tmp_path / "vocabulary.toml"
    vocab.write_text(asking.BUNDLED.read_text(encoding="utf-8"), encoding="utf-8")
    try:
        asking.use(vocab)
        read = asking.words()
        assert read is sections.vocabulary_section(str(vocab), asking.SECTION, asking._read_words)
        assert index.vocabulary_section is sections.vocabulary_section  # (one loader, said from the index too)
        assert "加起来" in read["departments"]["added"]
        assert dept_units._ADDED.search("两个部门加起来")
        # The same file edited in place: the loader's stamp changes, the patterns are built again from it.
        text = vocab.read_text(encoding="utf-8").replace(_ADDED, 'added = ["并起来"]')
        vocab.write_text(text, encoding="utf-8")
        stat = vocab.stat()
        os.utime(vocab, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
        asking.use(vocab)
        assert asking.words()["departments"]["added"] == ("并起来",)
        assert dept_units._ADDED.search("两个部门并起来") and not dept_units._ADDED.search("两个部门加起来")
    finally:
        asking.use(asking.BUNDLED)
    assert dept_units._ADDED.search("两个部门加起来")


def test_a_file_without_the_section_gives_no_words(tmp_path: Path) -> None:
    vocab = tmp_path / "vocabulary.toml"
    vocab.write_text('[record_asks]\n', encoding="utf-8")
    try:
        asking.use(vocab)
        assert asking.words() == {}
        assert not dept_units._ADDED.search("两个部门加起来")  # (an empty list matches nothing)
    finally:
        asking.use(asking.BUNDLED)
