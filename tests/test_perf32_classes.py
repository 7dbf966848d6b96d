"""Work a cold `ask` no longer does, shown to change nothing: a pattern built from the code kept by an
earlier process (bot/language/lazyre) matches exactly as re.compile's; a missing, corrupt or foreign file
only means compiling again."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.language import lazyre

_PATTERNS = [
    (r"(?P<year>(?:19|20)\d\d)年?(?:度)?(?:的)?", 0),
    (r"^(?:那|那么)?(?P<kind>(?![它这那的])[\u4e00-\u9fff](?![的])[\u4e00-\u9fff])(?:经费|费用|费)(?:呢|多少)*$", 0),
    (r"[，,；;。？?]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", 0),
    (r"(?:跟|和|与)[“\"'‘「]?([\u4e00-\u9fffA-Za-z0-9]{2,16}?)[”\"'’」]?(?:有关|相关)", 0),
    (r"abc|ABC", re.IGNORECASE),
    (r"一.二", re.S),
    (r"(?P<a>\d+) \s* (?P<b>万元|元)  # verbose", re.X),
]
_TEXTS = ["2024年度的经费", "那差旅费多少", "法律顾问，经费 多少？", "和“青苗计划”有关", "xABCy abc", "一\n二", "12 万元",
          "", "没有"]


@pytest.fixture
def kept_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The kept code in a file of this test's own, read afresh by each new _Codes."""
    target = tmp_path / "__pycache__" / "lazyre.test.marshal"
    target.parent.mkdir()
    monkeypatch.setattr(lazyre, "_cache_file", lambda: target)

    def fresh() -> lazyre._Codes:
        codes = lazyre._Codes()
        monkeypatch.setattr(lazyre, "_CODES", codes)
        return codes

    return target, fresh


def _same(got: re.Pattern, want: re.Pattern) -> None:
    for text in _TEXTS:
        for method in ("search", "match", "fullmatch"):
            a, b = getattr(got, method)(text), getattr(want, method)(text)
            assert (a and (a.span(), a.groups(), a.groupdict())) == (b and (b.span(), b.groups(), b.groupdict()))
        assert got.findall(text) == want.findall(text)
        assert got.sub("#", text) == want.sub("#", text)
        assert got.split(text) == want.split(text)
    assert (got.pattern, got.flags, got.groups, dict(got.groupindex)) == \
           (want.pattern, want.flags, want.groups, dict(want.groupindex))


@pytest.mark.parametrize(("pattern", "flags"), _PATTERNS)
def test_a_pattern_built_from_kept_code_matches_as_a_compiled_one(kept_in, pattern: str, flags: int):
    target, fresh = kept_in
    first = fresh()
    _same(lazyre._compiled(pattern, flags), re.compile(pattern, flags))
    assert first.added == 1
    first.write()
    assert target.exists()
    later = fresh()  # another process: reads the file, compiles nothing
    _same(lazyre._compiled(pattern, flags), re.compile(pattern, flags))
    assert later.added == 0 and (pattern, flags) in later.entries()


# A module's own pattern (pytest's collection may already have compiled it: only its mark is looked at).
_OWN = lazyre.compile(r"(?P<n>[一二三])个项目")


def test_a_modules_own_deferred_pattern_is_built_from_the_kept_code(kept_in):
    assert _OWN._kept  # type: ignore[attr-defined]
    target, fresh = kept_in
    first = fresh()
    own = lazyre._Deferred(r"(?P<n>[一二三])个项目", 0, kept=True)  # as compile() made it at a module's top
    assert own.search("三个项目") is not None and first.added == 1
    first.write()
    later = fresh()
    m = lazyre._Deferred(r"(?P<n>[一二三])个项目", 0, kept=True).search("有两个项目和三个项目")
    assert m is not None and m.group("n") == "三" and later.added == 0


def test_a_pattern_built_from_a_questions_words_is_not_kept(kept_in):
    _, fresh = kept_in
    codes = fresh()
    word = "法律顾问"
    pattern = lazyre.compile(".*?".join(map(re.escape, word)))  # inside a function: words of one question
    assert not pattern._kept  # type: ignore[attr-defined]
    assert pattern.search("法律事务顾问费") is not None
    assert codes.added == 0 and not codes.entries()


@pytest.mark.parametrize("content", [b"", b"not marshal data", b"\x00\x01\x02", b"i\x01\x00\x00\x00"])
def test_a_corrupt_or_foreign_file_only_means_compiling_again(kept_in, content: bytes):
    target, fresh = kept_in
    target.write_bytes(content)
    codes = fresh()
    _same(lazyre._compiled(r"(\d+)万元", 0), re.compile(r"(\d+)万元"))
    assert codes.added == 1


def test_kept_code_of_another_matcher_is_compiled_again(kept_in):
    target, fresh = kept_in
    codes = fresh()
    codes.entries()[(r"(\d+)万元", 0)] = (32, [999999, 1, 2], 1, {}, (None, None))  # no code this matcher runs
    _same(lazyre._compiled(r"(\d+)万元", 0), re.compile(r"(\d+)万元"))


def test_nothing_is_written_where_there_is_no_bytecode_folder(kept_in, tmp_path: Path, monkeypatch):
    _, fresh = kept_in
    nowhere = tmp_path / "absent" / "__pycache__" / "lazyre.test.marshal"
    monkeypatch.setattr(lazyre, "_cache_file", lambda: nowhere)
    codes = fresh()
    lazyre._compiled(r"[甲乙]", 0)
    codes.write()
    assert not nowhere.parent.exists()


def test_an_invalid_pattern_raises_as_re_does(kept_in):
    _, fresh = kept_in
    fresh()
    with pytest.raises(re.error):
        lazyre._compiled(r"(unclosed", 0)
