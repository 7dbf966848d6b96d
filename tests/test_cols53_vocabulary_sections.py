"""One loader of the vocabulary's sections (facts/index.vocabulary_section): each reader's section is read once per
version of the file and read again after the file is edited, never kept from before the edit."""

from __future__ import annotations

import os
from pathlib import Path

from bot.answer.facts import allotted, measures, records
from bot.answer.facts.index import vocabulary_section


def _write(path: Path, text: str, bump: int) -> None:
    path.write_text(text, encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + bump))  # (an edit within the clock's resolution)


def test_every_reader_sees_an_edit(tmp_path: Path) -> None:
    vocab = tmp_path / "vocabulary.toml"
    _write(vocab, 'record_verbs = ["走"]\n[record_asks.way]\nasked = ["方式"]\n[row_text_asks.note]\nasked = ["备注"]\n'
                  '[allotted_words]\nsum = ["合计"]\n[measure_asks]\n"公里" = ["多长"]\n', 0)
    path = str(vocab)
    assert records._verbs(path) == ["走"]
    assert records._asks(path)["way"]["asked"] == ["方式"]
    assert records.text_asks(path)["note"]["asked"] == ["备注"]

    class Idx:
        vocab_path = path
    assert allotted._words(Idx()) == {"sum": ["合计"]}
    assert measures._measure_words(path) == (("公里", ("多长",)),)
    _write(vocab, 'record_verbs = ["采用", "走"]\n[record_asks.who]\nasked = ["谁"]\n[row_text_asks.note]\nasked = ["说明"]\n'
                  '[allotted_words]\nsum = ["加起来"]\n[measure_asks]\n"亩" = ["多大"]\n', 10_000_000)
    assert records._verbs(path) == ["采用", "走"]
    assert set(records._asks(path)) == {"who"}
    assert records.text_asks(path)["note"]["asked"] == ["说明"]
    assert allotted._words(Idx()) == {"sum": ["加起来"]}
    assert measures._measure_words(path) == (("亩", ("多大",)),)


def test_read_once_per_version_and_nothing_of_a_missing_file(tmp_path: Path) -> None:
    vocab = tmp_path / "vocabulary.toml"
    _write(vocab, 'record_verbs = ["走"]\n', 0)
    calls: list[object] = []

    def build(data: object) -> list[object]:
        calls.append(data)
        return [data]
    first = vocabulary_section(str(vocab), "record_verbs", build)
    assert vocabulary_section(str(vocab), "record_verbs", build) is first and calls == [["走"]]
    assert records._verbs(str(tmp_path / "missing.toml")) == []
    _write(vocab, "record_verbs = [\n", 10_000_000)  # (broken: nothing, never the words from before)
    assert records._verbs(str(vocab)) == []
