"""The patterns' kept code is unpacked from its file one entry at a time, as a pattern is first used: a process
holds the few it uses, not the thousand the file keeps."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.language import lazyre


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    target = tmp_path / "__pycache__" / "lazyre.test.marshal"
    target.parent.mkdir()
    monkeypatch.setattr(lazyre, "_cache_file", lambda: target)

    def make() -> lazyre._Codes:
        codes = lazyre._Codes()
        monkeypatch.setattr(lazyre, "_CODES", codes)
        return codes

    return make


_MANY = [rf"(?P<n>[甲乙丙]{{{k}}})号楼" for k in range(1, 41)]


def test_only_the_patterns_used_are_unpacked_and_all_are_kept(fresh) -> None:
    first = fresh()
    for pattern in _MANY:
        lazyre._compiled(pattern, 0)
    first.write()
    later = fresh()
    m = lazyre._compiled(_MANY[7], 0).search("东甲乙丙甲乙丙甲乙号楼")
    assert m is not None and m.group("n") == re.search(_MANY[7], "东甲乙丙甲乙丙甲乙号楼").group("n")
    kept = later.entries()
    assert len(kept) == len(_MANY) and later.added == 0
    assert list(kept.held) == [(_MANY[7], 0)]  # one unpacked of forty
    assert all((p, 0) in kept for p in _MANY)


def test_a_write_keeps_the_entries_never_unpacked(fresh) -> None:
    first = fresh()
    for pattern in _MANY[:10]:
        lazyre._compiled(pattern, 0)
    first.write()
    second = fresh()
    lazyre._compiled(_MANY[0], 0)  # read from the file
    lazyre._compiled(r"新的(\d+)", 0)  # added: the file is written again
    second.write()
    third = fresh().entries()
    assert len(third) == 11 and third.get((r"新的(\d+)", 0)) is not None
    assert all(third.get((p, 0)) is not None for p in _MANY[:10])
    assert list(lazyre._read_kept(lazyre._cache_file()))[-2:] == [(_MANY[0], 0), (r"新的(\d+)", 0)]  # last used last


def test_a_truncated_file_only_means_compiling_again(fresh) -> None:
    first = fresh()
    for pattern in _MANY[:5]:
        lazyre._compiled(pattern, 0)
    first.write()
    target = lazyre._cache_file()
    target.write_bytes(target.read_bytes()[:-20])  # the last entry cut short
    later = fresh()
    compiled = lazyre._compiled(_MANY[4], 0)
    assert compiled.search("甲乙丙甲乙号楼") is not None
    assert later.added == 1
