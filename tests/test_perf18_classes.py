"""Work the question path no longer does, shown to change nothing: patterns compiled on first use
(bot/language/lazyre) match exactly as compiled ones, and the departments of one side of a two-sided
question, read without the fuzzy reading of its leftovers, are those the full reading finds."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.engine import Engine
from bot.language import lazyre
from bot.language.normalize import compact, normalize
from bot.understand.parse import departments_said, understand

QUESTIONS = Path(__file__).resolve().parent / "questions"

_PATTERNS = [
    (r"(?P<year>(?:19|20)\d\d)年?(?:度)?(?:的)?", 0),
    (r"^(?:那)?(?:它|这个)?(?:的)?(?:下面|里面)(?:哪个|哪项)(?P<ext>最多|最少)$", 0),
    (r"[，,；;。？?]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", 0),
    (r"abc|ABC", re.IGNORECASE),
    (r"一.二", re.S),
]
_TEXTS = ["2024年度的经费", "那它下面哪个最多", "法律顾问，经费 多少？", "xABCy abc", "一\n二", "", "没有"]


@pytest.mark.parametrize(("pattern", "flags"), _PATTERNS)
def test_a_deferred_pattern_matches_as_a_compiled_one(pattern: str, flags: int):
    deferred, compiled = lazyre.compile(pattern, flags), re.compile(pattern, flags)
    assert "_compiled" not in vars(deferred)  # nothing compiled before it is used
    for text in _TEXTS:
        for method in ("search", "match", "fullmatch"):
            got, want = getattr(deferred, method)(text), getattr(compiled, method)(text)
            assert (got and (got.span(), got.groups(), got.groupdict())) == \
                   (want and (want.span(), want.groups(), want.groupdict()))
        assert deferred.findall(text) == compiled.findall(text)
        assert [m.span() for m in deferred.finditer(text)] == [m.span() for m in compiled.finditer(text)]
        assert deferred.sub("#", text) == compiled.sub("#", text)
        assert deferred.split(text) == compiled.split(text)
    assert (deferred.pattern, deferred.flags, deferred.groups, dict(deferred.groupindex)) == \
           (compiled.pattern, compiled.flags, compiled.groups, dict(compiled.groupindex))


def test_a_deferred_pattern_is_used_by_re_functions_through_its_source():
    # Modules importing lazyre as `re` call re.sub(pattern_text, ...) as before: the functions are re's own.
    assert lazyre.sub(r"\d", "#", "a1b22") == re.sub(r"\d", "#", "a1b22")
    assert lazyre.escape("a.b") == re.escape("a.b")


def _sides(question: str) -> list[str]:
    """The question, and its two parts around each join word (what a two-sided question is split into)."""
    text = compact(normalize(question))
    out = [text]
    for m in re.finditer(r"和|与|跟|比|加上", text):
        out += [text[: m.start()], text[m.end():]]
    return [t for t in out if t]


def _questions(*names: str) -> list[str]:
    found = []
    for name in names:
        for line in (QUESTIONS / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                found += item.get("conversation") or [item["q"]]
    return found


_OWN = ["教育局法律顾问经费和民政局政府雇员工资经费加起来", "信访局和教育局的政府雇员工资经费差多少",
        "教育局政府雇员公资经费和民政局的比", "人力资源和社会保障局的经费", "民政局聘请法律顾文经费",
        "白云区信访局和天河区信访局", "民政和教育的法律顾问经费各多少", "信访超市运行经费和社工部公用经费合计"]


def test_a_sides_departments_are_those_the_full_reading_finds(multi_engine: Engine):
    kb = multi_engine.kb
    texts = {t for q in _OWN + _questions("multi_department.jsonl", "seed.jsonl") for t in _sides(q)}
    differ = [(t, departments_said(t, kb), understand(t, kb).departments()) for t in sorted(texts)
              if departments_said(t, kb) != understand(t, kb).departments()]
    assert not differ
    assert any(departments_said(t, kb) for t in texts)  # the texts do name departments
