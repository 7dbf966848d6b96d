"""Round 47 (lane perf47), cold start (issue 14): the checked vocabulary is kept between processes beside the
bytecode (used again only for the same text and the same checking code), and a pattern a module writes out in a
call (re.search(r"…", text)) has its compiled code kept as a module's own patterns do. Checked by what is read and
compiled, never timed."""

from __future__ import annotations

import shutil
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from bot.dialogue import rates
from bot.language import lazyre, sections
from bot.language import vocabulary as vocabulary_module
from bot.language.asking import Words
from bot.language.vocabulary import load_vocabulary
from bot.model import LoadError

VOCABULARY = Path(__file__).resolve().parent.parent / "knowledge" / "vocabulary.toml"


@pytest.fixture
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The kept vocabulary's file in a __pycache__ folder of the test's own, bytecode written."""
    folder = tmp_path / "__pycache__"
    folder.mkdir()
    target = folder / "vocabulary.test.marshal"
    monkeypatch.setattr(vocabulary_module, "_kept_file", lambda: target)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return target


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the vocabulary's parses (one entry per tomllib.loads of load_vocabulary)."""
    calls: list[int] = []
    real = vocabulary_module.tomllib.loads

    def counted(text: str, **kwargs):
        calls.append(len(text))
        return real(text, **kwargs)

    monkeypatch.setattr(vocabulary_module.tomllib, "loads", counted)
    return calls


def _fields(vocab) -> dict:
    return {k: v for k, v in asdict(vocab).items() if k != "path"}


def test_a_second_load_reads_the_kept_vocabulary(tmp_path: Path, kept: Path, parses: list[int]) -> None:
    vocab_file = tmp_path / "vocabulary.toml"
    shutil.copy(VOCABULARY, vocab_file)
    first = load_vocabulary(vocab_file)
    assert kept.exists() and len(parses) == 1
    sections._PARSED.clear()
    second = load_vocabulary(vocab_file)
    assert len(parses) == 1  # neither parsed nor checked again
    assert _fields(second) == _fields(first) and second.path == str(vocab_file)
    assert list(second.concepts) == list(first.concepts)  # (the file's order kept)
    # The sections' readers read the kept parse, not one of their own.
    stamp = sections.stamp(vocab_file)
    assert stamp is not None
    assert sections.parsed_vocabulary(str(vocab_file), *stamp) is sections._PARSED[(str(vocab_file), *stamp)]
    assert len(parses) == 1


def test_an_edited_vocabulary_is_checked_again(tmp_path: Path, kept: Path, parses: list[int]) -> None:
    vocab_file = tmp_path / "vocabulary.toml"
    text = VOCABULARY.read_text(encoding="utf-8")
    vocab_file.write_text(text, encoding="utf-8")
    load_vocabulary(vocab_file)
    assert "测试别名乙" not in load_vocabulary(vocab_file).aliases and len(parses) == 1
    vocab_file.write_text(text.replace("[aliases]\n", "[aliases]\n\"测试别名乙\" = \"经费\"\n", 1), encoding="utf-8")
    assert load_vocabulary(vocab_file).aliases["测试别名乙"] == "经费"
    assert len(parses) == 2


def test_other_checking_code_checks_again(tmp_path: Path, kept: Path, parses: list[int],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    vocab_file = tmp_path / "vocabulary.toml"
    shutil.copy(VOCABULARY, vocab_file)
    load_vocabulary(vocab_file)
    version = vocabulary_module._code_version()
    assert version is not None
    monkeypatch.setattr(vocabulary_module, "_code_version", lambda: (*version, "another normaliser"))
    load_vocabulary(vocab_file)
    assert len(parses) == 2


def test_nothing_is_kept_without_a_bytecode_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   parses: list[int]) -> None:
    target = tmp_path / "__pycache__" / "vocabulary.test.marshal"  # (the folder is not there)
    monkeypatch.setattr(vocabulary_module, "_kept_file", lambda: target)
    vocab_file = tmp_path / "vocabulary.toml"
    shutil.copy(VOCABULARY, vocab_file)
    load_vocabulary(vocab_file)
    load_vocabulary(vocab_file)
    assert not target.parent.exists() and len(parses) == 2


def test_a_broken_vocabulary_is_never_kept(tmp_path: Path, kept: Path) -> None:
    vocab_file = tmp_path / "vocabulary.toml"
    text = VOCABULARY.read_text(encoding="utf-8")
    vocab_file.write_text(text.replace("[aliases]\n", "[aliases]\n\"测试坏词\" = 3\n", 1), encoding="utf-8")
    with pytest.raises(LoadError):
        load_vocabulary(vocab_file)
    assert not kept.exists()


@pytest.fixture
def codes(monkeypatch: pytest.MonkeyPatch):
    """lazyre's kept code, empty and never written (the real file beside the bytecode stays as it is)."""
    fresh = lazyre._Codes()
    fresh.kept = {}
    monkeypatch.setattr(fresh, "write", lambda: None)
    monkeypatch.setattr(lazyre, "_CODES", fresh)
    monkeypatch.setattr(lazyre, "_FOUND", {})
    return fresh


def test_a_pattern_written_in_a_call_has_its_code_kept(codes) -> None:
    m = lazyre.search(r"测试字面(甲|乙)了", "说测试字面乙了")
    assert m is not None and m.group(1) == "乙"
    assert (r"测试字面(甲|乙)了", 0) in codes.kept


def test_a_pattern_built_from_words_is_not_kept(codes) -> None:
    word = "".join(["测试", "拼成"])
    m = lazyre.search(f"{word}(的|了)", "测试拼成了")
    assert m is not None and m.group(1) == "了"
    assert not codes.kept


def test_the_rates_patterns_are_compiled_on_first_use() -> None:
    assert rates.re is lazyre
    # (PER_THING is built from [asking_words.rates]: a Words pattern, compiled at its first use too)
    assert isinstance(rates.PER_THING, Words) and rates.PER_THING.source().startswith("(?:每一?")
