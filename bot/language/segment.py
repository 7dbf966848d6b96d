"""jieba with a small dictionary: its most frequent words plus the knowledge base's own terms.

jieba's full dictionary (349k words) takes over a second to build on every start; the engine only
needs jieba to split what the lexicon did not claim into words, so a Segmenter is built from the
40,000 most frequent words (saved in the database at load time) plus the vocabulary and the
knowledge base's short names: a few tens of milliseconds.
"""

from __future__ import annotations

import io
import logging
import os
import sys
import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

BASE_WORDS = 40_000
USER_FREQ = 2000  # high enough that a knowledge-base term is kept whole


def _import_jieba():
    """Import jieba without pkg_resources (its only use there; it costs ~0.1 s to import)."""
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    saved = sys.modules.get("pkg_resources", ...)
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # jieba falls back to a plain open()
    try:
        import jieba
    finally:
        if saved is ...:
            del sys.modules["pkg_resources"]
        else:
            sys.modules["pkg_resources"] = saved
    jieba.setLogLevel(logging.WARNING)
    return jieba


BASE_MIN_FREQ = 100  # jieba's words at least this frequent (~40,000) make the question tokenizer's base


def _dict_path() -> Path:
    return Path(_import_jieba().__file__).parent / "dict.txt"


def _cache_file(source: Path) -> Path:
    """Where the derived word list of jieba's dictionary is kept between runs (per dictionary version)."""
    stat = source.stat()
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "budget-qa-bot"
    return base / f"jieba-words-{stat.st_size}-{int(stat.st_mtime)}.txt"


@lru_cache(maxsize=1)
def _jieba_words() -> frozenset[str]:
    """Every word of jieba's bundled dictionary (for cutting names). Derived once and cached as a plain
    word list: reading that back takes ~0.05 s where parsing the dictionary takes ~0.3 s."""
    source = _dict_path()
    cache = _cache_file(source)
    try:
        return frozenset(cache.read_text(encoding="utf-8").split("\n"))
    except (OSError, UnicodeDecodeError):
        pass
    text = source.read_text(encoding="utf-8")
    words = frozenset(line.split(" ", 1)[0] for line in text.splitlines() if line)
    try:  # a cache only: any failure just means deriving it again next time
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_name(f".{cache.name}.{os.getpid()}")
        partial.write_text("\n".join(sorted(words)), encoding="utf-8")
        os.replace(partial, cache)
    except OSError:
        pass
    return words


@lru_cache(maxsize=1)
def _base_words() -> tuple[tuple[str, int, str], ...]:
    """jieba's frequent words with their part-of-speech tags (for questions); needed only when a
    knowledge base is built from nothing (later loads copy them from the live database)."""
    base: list[tuple[str, int, str]] = []
    with _dict_path().open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and len(parts[1]) >= 3 and int(parts[1]) >= BASE_MIN_FREQ:
                base.append((parts[0], int(parts[1]), parts[2] if len(parts) > 2 else ""))
    return tuple(base)


def release_dictionary() -> None:
    """Drop jieba's full word list after a load (~30 MB a long-running bot need not keep)."""
    _jieba_words.cache_clear()
    _base_words.cache_clear()


def base_words() -> tuple[tuple[str, int, str], ...]:
    """jieba's frequent words with their tags, stored in each knowledge base at load time."""
    return _base_words()


# Parts of speech that never name a thing: pronouns, verbs, adverbs, numerals, measure words, time
# words, prepositions, conjunctions, particles, adjectives ("咱们", "打算", "一年", "啥"). Nouns
# ("名字", "牌子", "差旅费") are not among them.
_EVERYDAY_TAGS = frozenset("rvdmqtpcuyefza")


class Segmenter:
    """A jieba tokenizer over a given word list (thread-safe for cutting)."""

    def __init__(self, entries: Iterable[tuple[str, int]], tags: dict[str, str] | None = None,
                 base: Segmenter | None = None):
        """entries (word, frequency) make the dictionary; on top of `base`'s when given, which is then
        not built again (a reload only adds the knowledge base's own words to the cached base)."""
        jieba = _import_jieba()
        self.tags = {**base.tags, **(tags or {})} if base is not None else (tags or {})
        words: dict[str, int] = {}
        for word, freq in entries:
            word = word.strip()
            if word and " " not in word:
                words[word] = max(freq, words.get(word, 0))
        tk = jieba.Tokenizer()
        if base is None:
            data = "\n".join(f"{w} {f}" for w, f in words.items()).encode("utf-8")
            # Build the prefix dictionary from memory instead of reading (and caching) a dictionary file.
            tk.FREQ, tk.total = tk.gen_pfdict(io.BytesIO(data))
        else:  # what gen_pfdict does, for the added words only
            freq_of, total = dict(base._tk.FREQ), base._tk.total
            for word, freq in words.items():
                old = freq_of.get(word, 0)
                if freq > old:
                    freq_of[word] = freq
                    total += freq - old
                for end in range(1, len(word)):
                    freq_of.setdefault(word[:end], 0)
            tk.FREQ, tk.total = freq_of, total
        tk.initialized = True
        self._tk = tk
        self._lock = threading.Lock()

    def known(self, word: str) -> bool:
        """Is word in the dictionary (jieba also stores prefixes, with frequency 0)?"""
        return self._tk.FREQ.get(word, 0) > 0

    def everyday(self, word: str) -> bool:
        """A common word that is not a noun: it can be ignored next to a recognised name."""
        tag = self.tags.get(word, "")
        return bool(tag) and tag[0] in _EVERYDAY_TAGS and tag != "vn"

    def cut(self, text: str) -> list[str]:
        """Precise mode without the HMM: unknown text stays in single characters, never invented words."""
        with self._lock:  # jieba's lazy route cache is not safe to fill from two threads at once
            return self._tk.lcut(text, HMM=False)


NAME_WORD_CHARS = 6


def cut_name(name: str) -> list[str]:
    """Split a project name into words ("聘请法律顾问专项经费" -> 聘请 / 法律顾问 / 专项经费).

    Forward maximum matching over jieba's full word list: domain words such as 信访 or 法律顾问 are
    rare there (so a small dictionary misses them) but present; and the knowledge base's own terms
    are never used, so the short names derived from the words do not depend on what was loaded.
    Building jieba's full prefix dictionary would cost ~1.5 s per load for the same result.
    """
    words = _jieba_words()
    out, i, n = [], 0, len(name)
    while i < n:
        for j in range(min(n, i + NAME_WORD_CHARS), i, -1):
            if j - i == 1 or name[i:j] in words:
                out.append(name[i:j])
                i = j
                break
    return out
