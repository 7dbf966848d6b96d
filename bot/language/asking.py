"""The words of asking the table readers look for (knowledge/vocabulary.toml [asking_words]): one vocabulary.

A reader of one kind of table (bot/answer/facts/econ.py: a 基本支出经济分类表; dept_units.py: a table of departments
and their units) decides what is asked by words beside the lines it names: 合计 / 加起来 (a sum), 最多 (a ranking),
差多少 (a difference), and the words any question of its lines may say (多少, 哪个, 的 …), past which a word left
changes the question. Those words live in the vocabulary file, each reader's lists in a sub-table of its own
([asking_words.economic], [asking_words.departments]); the readers keep the grammar around them (which word
ends a question, a named group for the direction of a ranking) as a pattern with a `{list}` where a list's words
go, in the file's order (an alternation tries them in that order, so the order is the file's to say).

The section is one reader's of the vocabulary's section loader (bot/language/sections.py: read once per version of
the file); the knowledge index says which vocabulary file is in use (`use`), before it does the bundled one, and
the patterns are built again when the words they were built from are no longer the file's.
"""

from __future__ import annotations

import re as _re
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.language import lazyre as re
from bot.language.normalize import normalize
from bot.language.sections import keep_built, vocabulary_section

BUNDLED = Path(__file__).resolve().parents[2] / "knowledge" / "vocabulary.toml"
SECTION = "asking_words"
# {sum}: the reader's own list; {operation_words.sum}: another section's; {measures:longest}: its words longest first
_PLACE = _re.compile(r"\{([a-z_]+(?:\.[a-z_]+)*)(:longest)?\}")
_NOTHING = "(?!)"  # an empty list matches nothing (an empty alternation would match everywhere)

_state: dict[str, Any] = {"path": str(BUNDLED), "words": None}
_patterns: weakref.WeakSet[Words] = weakref.WeakSet()


def use(vocab_path: str | Path) -> None:
    """The vocabulary file in use (the knowledge index's): the patterns are built again from its words when
    they are not the words they were built from (another file, or this one edited)."""
    _state["path"] = str(vocab_path or BUNDLED)
    if words() is not _state["words"]:
        _forget()


def words() -> dict[str, dict[str, tuple[str, ...]]]:
    """[asking_words] of the file in use: each reader's lists, in the file's order (the vocabulary's section
    loader reads it once per version of the file)."""
    return vocabulary_section(_state["path"], SECTION, _read_words)


def hand_over(vocab_path: str, version: tuple[int, int] | None, read: dict[str, dict[str, tuple[str, ...]]]) -> None:
    """[asking_words] of that version of the file as the vocabulary's loader checked and normalised it (as _read_words
    reads it): words() hands it out instead of normalising every word again (~1,300 through OpenCC, ~10 ms of a
    cold one-question `ask`)."""
    keep_built(vocab_path, SECTION, _read_words, version, read)


def _read_words(data: object, norm: Callable[[str], str] = normalize) -> dict[str, dict[str, tuple[str, ...]]]:
    """Each reader's lists of the section, their words normalized, repeats dropped, in the file's order (also what
    the checked vocabulary keeps and hands over: bot/language/vocabulary.py, with its cached normaliser)."""
    if not isinstance(data, dict):
        return {}
    return {reader: {key: tuple(dict.fromkeys(norm(w) for w in listed if isinstance(w, str) and norm(w)))
                     for key, listed in lists.items() if isinstance(listed, list)}
            for reader, lists in data.items() if isinstance(lists, dict)}


def _listed(name: str, lists: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The words a `{name}` of a template stands for: the reader's own list, or a list of another section of the
    vocabulary by its dotted path ({operation_words.sum}, {row_text_asks.owner.heads}), or a whole section the reader
    lists nothing of the name of ({flows}: the keys of [flows], 收入 and 支出): words kept once, never copied into
    a reader's lists (a table's words are its keys)."""
    if "." not in name and (name in lists or not isinstance(vocabulary_section(_state["path"], name, _as_is), (dict, list))):
        return lists.get(name, ())
    section, *keys = name.split(".")
    data: object = vocabulary_section(_state["path"], section, _as_is)
    for key in keys:
        data = data.get(key) if isinstance(data, dict) else None
    listed = data if isinstance(data, list) else list(data) if isinstance(data, dict) else []
    return tuple(dict.fromkeys(normalize(w) for w in listed if isinstance(w, str) and normalize(w)))


def _as_is(data: object) -> object:
    return data


def _forget() -> None:
    """Every pattern built from the words before is built again at its next use (from the words now held)."""
    _state["words"] = words()
    for pattern in list(_patterns):
        pattern.reset()


def _ordered(listed: tuple[str, ...], longest: bool) -> tuple[str, ...]:
    """The words in the file's order, or longest first (the file's order among words of one length)."""
    return tuple(sorted(listed, key=len, reverse=True)) if longest else listed


def alternation(listed: tuple[str, ...]) -> str:
    """The words as alternatives in their order, or what matches nothing."""
    return "|".join(_re.escape(w) for w in listed) if listed else _NOTHING


class Words:
    """A reader's pattern: its grammar, with each `{list}` one of the reader's lists of words (`(?:…)` around
    it), in the file's order — or longest first, `{list:longest}`, where the longest word at a place is the one
    read (人次 before 人). Compiled at its first use, and again after the words change; used as a compiled pattern is."""

    def __init__(self, reader: str, template: str) -> None:
        self.reader, self.template = reader, template
        self._compiled: Any = None
        _patterns.add(self)

    def reset(self) -> None:
        self._compiled = None

    def source(self) -> str:
        """The pattern with the reader's words put in."""
        lists = words().get(self.reader, {})
        return _PLACE.sub(lambda m: f"(?:{alternation(_ordered(_listed(m.group(1), lists), bool(m.group(2))))})",
                          self.template)

    def compiled(self) -> Any:
        if self._compiled is None:  # (first use, or the words changed: see _forget)
            self._compiled = re.compile_kept(self.source())
        return self._compiled

    def search(self, text: str, *args: Any) -> Any:
        return (self._compiled or self.compiled()).search(text, *args)

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return (self._compiled or self.compiled()).sub(repl, text, count)

    def subn(self, repl: Any, text: str, count: int = 0) -> tuple[str, int]:
        return (self._compiled or self.compiled()).subn(repl, text, count)

    def finditer(self, text: str, *args: Any) -> Any:
        return (self._compiled or self.compiled()).finditer(text, *args)

    def fullmatch(self, text: str, *args: Any) -> Any:
        return (self._compiled or self.compiled()).fullmatch(text, *args)

    def match(self, text: str, *args: Any) -> Any:
        return (self._compiled or self.compiled()).match(text, *args)


# A value that counts things in a measure word (8人, 2支, 3项, 1万人): a figure, maybe a magnitude (万), then a word
# that is no unit of money, a date, a time nor a magnitude ([asking_words.quantities] not_measures) — one pattern
# for every reader of counts (an indicator's value that is a count, a count asked in any measure word).
COUNTED_FIGURE = Words("quantities", r"[0-9]+(?:\.[0-9]+)?\s*(?:{magnitudes})?(?!{not_measures})[\u4e00-\u9fff]")
