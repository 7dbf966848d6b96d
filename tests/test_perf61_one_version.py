"""The vocabulary file is stamped once per question (sections.one_version): every reader of a section within one
question reads the same version without a stat of its own, and an edit is seen by the next question."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.language import sections
from bot.language.sections import one_version, vocabulary_section


def _words(value: object) -> tuple[str, ...]:
    return tuple(value.get("words", ())) if isinstance(value, dict) else ()


def _write(path: Path, words: list[str], mtime_ns: int) -> None:
    path.write_text("[probe]\nwords = [" + ", ".join(f'"{w}"' for w in words) + "]\n", encoding="utf-8")
    os.utime(path, ns=(mtime_ns, mtime_ns))


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = sections.stamp

    def stamp(path):
        calls.append(str(path))
        return real(path)

    monkeypatch.setattr(sections, "stamp", stamp)
    return calls


def test_one_stamp_per_question_and_an_edit_seen_by_the_next(tmp_path: Path, counted: list[str]) -> None:
    vocab = tmp_path / "v.toml"
    _write(vocab, ["甲乙"], 1_000_000_000)
    with one_version():
        for _ in range(5):
            assert vocabulary_section(str(vocab), "probe", _words) == ("甲乙",)
        with one_version():  # (a nested use shares the outer question's stamp)
            assert vocabulary_section(str(vocab), "probe", _words) == ("甲乙",)
    assert counted == [str(vocab)]
    _write(vocab, ["丙丁", "戊己"], 2_000_000_000)  # edited between two questions
    with one_version():
        assert vocabulary_section(str(vocab), "probe", _words) == ("丙丁", "戊己")
    assert len(counted) == 2


def test_outside_a_question_every_read_stamps(tmp_path: Path, counted: list[str]) -> None:
    vocab = tmp_path / "v.toml"
    _write(vocab, ["庚辛"], 1_000_000_000)
    for _ in range(3):
        assert vocabulary_section(str(vocab), "probe", _words) == ("庚辛",)
    assert len(counted) == 3
    _write(vocab, ["壬癸"], 3_000_000_000)
    assert vocabulary_section(str(vocab), "probe", _words) == ("壬癸",)
