"""What a chat message asks for besides an answer: a chart ("画个图") or a spreadsheet ("导出").

The words live in knowledge/chat.toml. A message such as "各项目经费画个图" is split into the question
("各项目经费") and the request (chart); "画个图" alone applies to the previous answer.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path


def normalize(text: str) -> str:
    """Full-width to half-width and lower case, as questions are matched (enough for these words)."""
    return unicodedata.normalize("NFKC", text).lower()

CHART, EXPORT = "chart", "export"


@dataclass(frozen=True)
class ActionWords:
    chart: tuple[str, ...] = ()
    pie: tuple[str, ...] = ()
    export: tuple[str, ...] = ()
    fillers: tuple[str, ...] = ()


@dataclass
class Request:
    """A message split into its question (may be empty) and what else it asks for."""

    question: str
    actions: set[str] = field(default_factory=set)
    pie: bool = False


def words_path(vocabulary: str | Path) -> Path:
    """chat.toml sits beside the vocabulary, like intents.toml."""
    return Path(vocabulary).with_name("chat.toml")


@lru_cache(maxsize=8)
def _load(path: str, mtime: float) -> ActionWords:
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))

    def words(key: str) -> tuple[str, ...]:
        found = {normalize(w) for w in data.get(key, []) if isinstance(w, str) and normalize(w)}
        return tuple(sorted(found, key=len, reverse=True))  # longest first: "导出表格" before "导出"

    return ActionWords(words("chart_words"), words("pie_words"), words("export_words"), words("filler_words"))


def load_words(vocabulary: str | Path) -> ActionWords:
    """The action words (re-read when chat.toml changes; none when it is missing or broken)."""
    path = words_path(vocabulary)
    try:
        return _load(str(path), path.stat().st_mtime)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return ActionWords()


def split_request(text: str, words: ActionWords) -> Request:
    """Take the chart/export words out of a message; what remains is the question, if it asks anything."""
    norm = normalize(text)
    found: set[str] = set()
    pie = any(w in norm for w in words.pie)
    rest = norm
    for kind, group in ((CHART, words.pie + words.chart), (EXPORT, words.export)):
        for word in group:
            if word and word in rest:
                found.add(kind)
                rest = rest.replace(word, " ")
    if not found:
        return Request(text)
    # Is anything left that asks a question? Fillers and punctuation do not.
    residue = rest
    for word in words.fillers:
        residue = residue.replace(word, " ")
    residue = re.sub(r"[\W_]+", "", residue)
    question = re.sub(r"\s+", " ", rest).strip(" ，,。.！!？?、；;") if residue else ""
    return Request(question, found, pie)
