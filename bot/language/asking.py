"""The words of asking the table readers look for (knowledge/vocabulary.toml [asking_words]): one vocabulary.

A reader of one kind of table (bot/answer/facts/econ.py: a 基本支出经济分类表; dept_units.py: a table of departments
and their units) decides what is asked by words beside the lines it names: 合计 / 加起来 (a sum), 最多 (a ranking),
差多少 (a difference), and the words any question of its lines may say (多少, 哪个, 的 …), past which a word left
changes the question. Those words live in the vocabulary file, each reader's lists in a sub-table of its own
([asking_words.economic], [asking_words.departments]); the readers keep the grammar around them (which word
ends a question, a named group for the direction of a ranking) as a pattern with a `{list}` where a list's words
go, in the file's order (an alternation tries them in that order, so the order is the file's to say).

The file is read once (again only when another file is used or it changes), when the first pattern is matched:
the knowledge index says which vocabulary file is in use (`use`); before it does, the bundled one.
"""

from __future__ import annotations

import re as _re
import tomllib
import weakref
from pathlib import Path
from typing import Any

from bot.language import lazyre as re
from bot.language.normalize import normalize

BUNDLED = Path(__file__).resolve().parents[2] / "knowledge" / "vocabulary.toml"
SECTION = "asking_words"
_PLACE = _re.compile(r"\{([a-z_]+)\}")
_NOTHING = "(?!)"  # an empty list matches nothing (an empty alternation would match everywhere)

_state: dict[str, Any] = {"path": str(BUNDLED), "stamp": None, "words": None}
_patterns: weakref.WeakSet[Words] = weakref.WeakSet()


def use(vocab_path: str | Path) -> None:
    """The vocabulary file in use (the knowledge index's): its words are read when next asked for."""
    path = str(vocab_path or BUNDLED)
    if path != _state["path"] or _stamp(path) != _state["stamp"]:  # (another file, or this one edited)
        _state.update(path=path, stamp=None, words=None)
        _forget()


def _stamp(path: str) -> tuple[int, int] | None:
    try:
        stat = Path(path).stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def words() -> dict[str, dict[str, tuple[str, ...]]]:
    """[asking_words] of the file in use: each reader's lists, in the file's order (read once per change)."""
    if _state["words"] is None:
        stamp = _stamp(_state["path"])
        try:
            data = tomllib.loads(Path(_state["path"]).read_text(encoding="utf-8")).get(SECTION) or {}
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            data = {}
        read = {reader: {key: tuple(dict.fromkeys(normalize(w) for w in listed if isinstance(w, str) and normalize(w)))
                         for key, listed in lists.items() if isinstance(listed, list)}
                for reader, lists in data.items() if isinstance(lists, dict)}
        _state.update(stamp=stamp, words=read)
    return _state["words"]


def _forget() -> None:
    """Every pattern built from the words before is built again at its next use."""
    for pattern in list(_patterns):
        pattern.reset()


def alternation(listed: tuple[str, ...]) -> str:
    """The words as alternatives in their order, or what matches nothing."""
    return "|".join(_re.escape(w) for w in listed) if listed else _NOTHING


class Words:
    """A reader's pattern: its grammar, with each `{list}` one of the reader's lists of words (`(?:…)` around
    it). Compiled at its first use, and again after the words change; used as a compiled pattern is."""

    def __init__(self, reader: str, template: str) -> None:
        self.reader, self.template = reader, template
        self._compiled: Any = None
        _patterns.add(self)

    def reset(self) -> None:
        self._compiled = None

    def source(self) -> str:
        """The pattern with the reader's words put in."""
        lists = words().get(self.reader, {})
        return _PLACE.sub(lambda m: f"(?:{alternation(lists.get(m.group(1), ()))})", self.template)

    def compiled(self) -> Any:
        if self._compiled is None:  # (first use, or the words changed: see _forget)
            self._compiled = re.compile(self.source())
        return self._compiled

    def search(self, text: str, *args: Any) -> Any:
        return (self._compiled or self.compiled()).search(text, *args)

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return (self._compiled or self.compiled()).sub(repl, text, count)

    def finditer(self, text: str, *args: Any) -> Any:
        return (self._compiled or self.compiled()).finditer(text, *args)

    def fullmatch(self, text: str, *args: Any) -> Any:
        return (self._compiled or self.compiled()).fullmatch(text, *args)

    def match(self, text: str, *args: Any) -> Any:
        return (self._compiled or self.compiled()).match(text, *args)
