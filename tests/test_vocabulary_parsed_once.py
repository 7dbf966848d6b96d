"""The vocabulary file is parsed once per version: the sections' readers ([record_asks], [asking_words] …) read the
loader's own parse of it (a second parse was ~20 ms of a cold `ask`), and an edit is parsed again, never kept."""

from __future__ import annotations

import os
import shutil
import tomllib
from pathlib import Path

import pytest

from bot.language import sections, vocabulary
from bot.language.vocabulary import load_vocabulary

BUNDLED = Path(__file__).resolve().parent.parent / "knowledge" / "vocabulary.toml"


def _bump(path: Path, text: str, ns: int) -> None:
    path.write_text(text, encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + ns))  # (an edit within the clock's resolution)


def test_sections_read_the_loaders_parse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vocab = tmp_path / "vocabulary.toml"
    shutil.copy(BUNDLED, vocab)
    load_vocabulary(vocab)
    parses: list[int] = []
    real = tomllib.loads
    monkeypatch.setattr(sections.tomllib, "loads", lambda text: parses.append(1) or real(text))
    got = sections.vocabulary_section(str(vocab), "record_verbs", lambda data: data)
    assert parses == []  # the loader's parse, not a second one
    assert got == real(vocab.read_text(encoding="utf-8"))["record_verbs"]  # and the loader left it as parsed
    # An edit is a new version: parsed again, its words read, never the kept parse of before.
    _bump(vocab, vocab.read_text(encoding="utf-8").replace("record_verbs = [", 'record_verbs = ["新动词", ', 1),
          10_000_000)
    edited = sections.vocabulary_section(str(vocab), "record_verbs", lambda data: data)
    assert parses == [1] and edited[0] == "新动词"


def test_a_file_changed_while_loaded_is_not_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vocab = tmp_path / "vocabulary.toml"
    shutil.copy(BUNDLED, vocab)
    versions = iter([(1, 1), (2, 2)])  # the file's version before reading it and after: it changed meanwhile
    monkeypatch.setattr("bot.language.vocabulary.stamp", lambda path: next(versions))
    # (the file read and checked: the checked vocabulary kept between processes, if one is, is not used — whether it
    # is depends on which tests ran before in this checkout)
    monkeypatch.setattr("bot.language.vocabulary._kept_vocabulary", lambda path, key: (None, None))
    load_vocabulary(vocab)
    assert not any(key[0] == str(vocab) for key in sections._PARSED)


def test_a_file_changed_while_its_kept_check_is_used_is_not_kept(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    vocab = tmp_path / "vocabulary.toml"
    shutil.copy(BUNDLED, vocab)
    checked = load_vocabulary(vocab)
    monkeypatch.setattr("bot.language.vocabulary._kept",
                        lambda text, version: ({f: getattr(checked, f) for f in vocabulary._KEPT_FIELDS}, {}))
    sections._PARSED.clear()
    versions = iter([(1, 1), (2, 2)])  # the kept check found for the text read, but the file changed meanwhile
    monkeypatch.setattr("bot.language.vocabulary.stamp", lambda path: next(versions))
    assert vocabulary._kept_vocabulary(vocab, str(vocab))[0] is not None
    assert not any(key[0] == str(vocab) for key in sections._PARSED)
