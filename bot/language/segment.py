"""jieba with a small dictionary: its most frequent words plus the knowledge base's own terms.

jieba's full dictionary (349k words) takes over a second to build on every start; the engine only
needs jieba to split what the lexicon did not claim into words, so a Segmenter is built from the
40,000 most frequent words (saved in the database at load time) plus the vocabulary and the
knowledge base's short names: a few tens of milliseconds.
"""

from __future__ import annotations

import io
import logging
import marshal
import os
import sys
import threading
import types
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path

BASE_WORDS = 40_000
USER_FREQ = 2000  # high enough that a knowledge-base term is kept whole


def _import_jieba():
    """Import jieba without pkg_resources (its only use there; it costs ~0.1 s to import)."""
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    saved = {name: sys.modules.get(name, ...) for name in ("pkg_resources", "hashlib")}
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # jieba falls back to a plain open()
    # jieba imports its HMM tables (finalseg, ~30 ms) on import; we never cut with the HMM, so they
    # are imported only if something asks for them.
    sys.modules.setdefault("jieba.finalseg", _LazyModule("jieba.finalseg"))
    if saved["hashlib"] is ...:  # jieba's md5 names the cache of a custom dictionary, which we never
        sys.modules["hashlib"] = _HASHLIB_FOR_JIEBA  # build: OpenSSL's library (~3.5 MB) only if it does
    try:
        import jieba
    finally:
        for name, module in saved.items():
            if module is ...:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module
    jieba.setLogLevel(logging.WARNING)
    return jieba


def _md5(*args, **kwargs):
    """hashlib.md5, the real module imported on the first call (jieba's only use of hashlib)."""
    import hashlib

    return hashlib.md5(*args, **kwargs)


_HASHLIB_FOR_JIEBA = types.ModuleType("hashlib")  # what `from hashlib import md5` finds while jieba imports
_HASHLIB_FOR_JIEBA.md5 = _md5  # type: ignore[attr-defined]


class _LazyModule(types.ModuleType):
    """A module imported on first attribute access."""

    def __getattr__(self, name: str):
        import importlib

        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        real = importlib.import_module(self.__name__)
        self.__dict__.update(real.__dict__)
        return getattr(real, name)


BASE_MIN_FREQ = 100  # jieba's words at least this frequent (~40,000) make the question tokenizer's base


def _dict_path() -> Path:
    return Path(_import_jieba().__file__).parent / "dict.txt"


def _cache_file(source: Path) -> Path:
    """Where the derived word list of jieba's dictionary is kept between runs (per dictionary version)."""
    stat = source.stat()
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "budget-qa-bot"
    return base / f"jieba-words-{stat.st_size}-{int(stat.st_mtime)}.txt"


_WHOLE = [False]  # set by read_dictionary: a load keeps the list in memory (its workers cut thousands of names)


def _words_file() -> io.BufferedIOBase:
    """The word list of this process: in memory while a load reads it (shared with the workers it forks), else the
    cached file opened by this very process (a file position is never shared with a forked one)."""
    return _jieba_words(0 if _WHOLE[0] else os.getpid(), _WHOLE[0])


@lru_cache(maxsize=1)
def _jieba_words(pid: int, whole: bool) -> io.BufferedIOBase:
    """Every word of jieba's bundled dictionary (for cutting names), sorted, one a line, in UTF-8: derived once and
    cached as a file, then searched in place (see _words_from) — a question that cuts one name reads a few hundred
    bytes per character, never the whole list (~3.4 MB) nor an index of it (~2.7 MB): the cold `ask` peak memory.
    (pid: the process that opened it.)"""
    source = _dict_path()
    cache = _cache_file(source).with_name(_cache_file(source).name.replace("jieba-words", "jieba-sorted-words"))
    seal = cache.with_name(cache.name.removesuffix(".txt") + ".size")  # (its size when written: a damaged list is derived again)
    try:
        sealed = marshal.loads(seal.read_bytes())
        if isinstance(sealed, dict) and sealed.get("") == (0, cache.stat().st_size):
            if whole:
                return io.BytesIO(cache.read_bytes())
            return open(cache, "rb")  # noqa: SIM115  (kept open for the process: released by release_dictionary)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    text = source.read_text(encoding="utf-8")
    data = "\n".join(sorted({line.split(" ", 1)[0] for line in text.splitlines() if line})).encode("utf-8")
    _write_cache(cache, data)
    _write_cache(seal, marshal.dumps({"": (0, len(data))}))
    return io.BytesIO(data)


_FILE_LOOKUPS_AT_MOST = 32  # characters looked up in the file before the list is read whole
_LINE_BACK = 512  # bytes read back to find a line's start (jieba's longest word is far shorter)


def _line_around(f: io.BufferedIOBase, at: int) -> tuple[int, bytes]:
    """The start and the bytes of the line holding the byte offset at."""
    back = max(0, at - _LINE_BACK)
    f.seek(back)
    nl = f.read(at - back).rfind(b"\n")
    start = back + nl + 1 if nl >= 0 or back == 0 else back
    f.seek(start)
    return start, f.readline().rstrip(b"\n")


def _first_line_from(f: io.BufferedIOBase, size: int, key: bytes) -> int:
    """The byte offset of the first of the sorted lines not below key (UTF-8 sorts bytewise as code points do),
    by bisection over byte offsets: each step reads the one line around the middle."""
    lo, hi = 0, size
    while lo < hi:
        start, line = _line_around(f, (lo + hi) // 2)
        if line < key:
            lo = start + len(line) + 1
        else:
            hi = start
    return min(lo, size)


_WORDS_LOCK = threading.Lock()  # (one file position shared by the threads cutting names)
_WORDS_FROM: dict[str, frozenset[str]] = {}  # first character -> the words that start with it


def _keep_whole() -> None:
    """From now on the list in memory: the file this process had open is closed (under _WORDS_LOCK)."""
    if not _WHOLE[0] and _jieba_words.cache_info().currsize:
        _words_file().close()
    _WHOLE[0] = True


def _words_lock_in_child() -> None:
    """A worker forked while a thread of its parent held the lock starts with one of its own (never a held copy)."""
    global _WORDS_LOCK
    _WORDS_LOCK = threading.Lock()


os.register_at_fork(after_in_child=_words_lock_in_child)


def _words_from(char: str) -> frozenset[str]:
    """The dictionary words that start with char: only the characters a load's names start words
    with are looked up, not the whole dictionary (~0.1 s and ~30 MB for a set of every word)."""
    words = _WORDS_FROM.get(char)
    if words is None:
        try:
            key, past = char.encode("utf-8"), chr(ord(char) + 1).encode("utf-8", "surrogatepass")
        except (UnicodeEncodeError, ValueError):  # (a lone surrogate, U+10FFFF: no word starts with it)
            return frozenset()
        with _WORDS_LOCK:
            if not _WHOLE[0] and len(_WORDS_FROM) >= _FILE_LOOKUPS_AT_MOST:
                _keep_whole()  # (a process cutting many names, a bot at work: the list in memory, no file bisection)
            f = _words_file()
            size = f.seek(0, os.SEEK_END)
            start = _first_line_from(f, size, key)
            after = _first_line_from(f, size, past)
            end = max(start, after - 1 if after < size else after)  # (before the next run's newline; none at the end)
            f.seek(start)
            run = f.read(end - start)
        words = _WORDS_FROM[char] = frozenset(run.decode("utf-8").split("\n")) if run else frozenset()
    return words


def words_from(char: str) -> frozenset[str]:
    """The dictionary's words beginning with char (looked up once per character)."""
    return _words_from(char)


@lru_cache(maxsize=1)
def _base_words() -> tuple[tuple[str, int, str], ...]:
    """jieba's frequent words with their part-of-speech tags (for questions); needed only when a
    knowledge base is built from nothing (later loads copy them from the live database). Derived
    once per dictionary version and cached as its lines: reading ~40,000 lines back takes ~20 ms,
    going through jieba's 349,000 ~0.2 s."""
    source = _dict_path()
    words_cache = _cache_file(source)
    cache = words_cache.with_name(words_cache.name.replace("jieba-words", "jieba-base"))
    try:
        lines = cache.read_text(encoding="utf-8").split("\n")
        return tuple((w, int(f), t) for w, f, t in (line.split("\t") for line in lines))
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    found: list[tuple[str, int, str]] = []
    with source.open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and len(parts[1]) >= 3 and int(parts[1]) >= BASE_MIN_FREQ:
                found.append((parts[0], int(parts[1]), parts[2] if len(parts) > 2 else ""))
    _write_cache(cache, "\n".join("\t".join(map(str, row)) for row in found).encode("utf-8"))
    return tuple(found)


def derived_file(kind: str, suffix: str) -> Path:
    """Where data derived from jieba's dictionary is cached between runs (per dictionary version)."""
    words = _cache_file(_dict_path())
    return words.with_name(words.name.replace("jieba-words", kind).removesuffix(".txt") + suffix)


def _write_cache(cache: Path, data: bytes) -> None:
    try:  # a cache only: any failure just means deriving it again next time
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_name(f".{cache.name}.{os.getpid()}")
        partial.write_bytes(data)
        os.replace(partial, cache)
    except OSError:
        pass


def read_dictionary() -> None:
    """Read jieba's word list for cutting names now: a process about to fork workers that cut names
    shares it with them instead of each reading it again (~10 ms each)."""
    with _WORDS_LOCK:
        _keep_whole()
        _words_file()


def release_dictionary() -> None:
    """Drop jieba's full word list after a load (~30 MB a long-running bot need not keep)."""
    with _WORDS_LOCK:
        if _jieba_words.cache_info().currsize:
            _words_file().close()
        _jieba_words.cache_clear()
        _WHOLE[0] = False
    _WORDS_FROM.clear()
    _base_words.cache_clear()


def base_words() -> tuple[tuple[str, int, str], ...]:
    """jieba's frequent words with their tags, stored in each knowledge base at load time."""
    return _base_words()


# Parts of speech that never name a thing: pronouns, verbs, adverbs, numerals, measure words, time
# words, prepositions, conjunctions, particles, adjectives ("咱们", "打算", "一年", "啥"). Nouns
# ("名字", "牌子", "差旅费") are not among them, nor jieba's status words (z): besides 悄悄 and 轻轻地, which
# no one says of a budget, it tags things so ("湿地", "黑白"), and a thing beside a name changes the name.
_EVERYDAY_TAGS = frozenset("rvdmqtpcuyefa")


def _merged(entries: Iterable[tuple[str, int]]) -> dict[str, int]:
    """Words as jieba takes them (no spaces), each with its highest frequency."""
    words: dict[str, int] = {}
    for word, freq in entries:
        word = word.strip()
        if word and " " not in word:
            words[word] = max(freq, words.get(word, 0))
    return words


def _add_words(pfdict: dict[str, int], total: int, words: dict[str, int]) -> int:
    """Add words to a jieba prefix dictionary (word -> frequency, prefixes -> 0), keeping each
    word's highest frequency; returns the new total. The same result as jieba's gen_pfdict over
    all the words at once."""
    for word, freq in words.items():
        old = pfdict.get(word, 0)
        if freq > old:
            pfdict[word] = freq
            total += freq - old
        for end in range(1, len(word)):
            pfdict.setdefault(word[:end], 0)
    return total


SEGMENTER_FORMAT = 2  # bump when stored_base() changes (1: the tags inside the base's blob)


def stored_base(rows: Iterable[Sequence]) -> tuple[bytes, bytes]:
    """The base words' prefix dictionary, and their tags apart, built once at load time and stored in the
    knowledge base, so that starting the engine reads it (a few ms) instead of rebuilding it (~0.3 s).
    The tags are a blob of their own: only a question asking whether a word is an everyday one needs
    them (unpacking them was ~4 ms of a cold one-question `ask`)."""
    rows = list(rows)
    pfdict: dict[str, int] = {}
    total = _add_words(pfdict, 0, _merged((r[0], int(r[1])) for r in rows))
    tags = {r[0]: r[2] for r in rows if r[2]}
    return marshal.dumps((SEGMENTER_FORMAT, pfdict, total)), marshal.dumps(tags)


def read_stored(blob: object) -> tuple[dict[str, int], int, dict[str, str] | None] | None:
    """(prefix dictionary, total, tags) from stored_base's blob (tags None: stored apart, see read_tags;
    a file of format 1 holds them in the blob); None when it is not ours."""
    if not isinstance(blob, bytes):
        return None
    try:
        stored = marshal.loads(blob)
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(stored, tuple) or not stored or stored[0] not in (1, SEGMENTER_FORMAT) \
            or len(stored) != (4 if stored[0] == 1 else 3) or not isinstance(stored[1], dict):
        return None
    return stored[1], stored[2], stored[3] if stored[0] == 1 else None


def read_tags(blob: object) -> dict[str, str]:
    """The tags stored_base stored apart ({} when missing or not ours)."""
    try:
        tags = marshal.loads(blob) if isinstance(blob, bytes) else None
    except (EOFError, ValueError, TypeError):
        tags = None
    return tags if isinstance(tags, dict) else {}


class Segmenter:
    """A jieba tokenizer over a given word list (thread-safe for cutting)."""

    def __init__(self, entries: Iterable[tuple[str, int]], tags: dict[str, str] | None = None,
                 base: tuple[dict[str, int], int] | None = None,
                 tags_from: Callable[[], dict[str, str]] | None = None):
        """entries: words and frequencies; base: a prefix dictionary and total to add them to;
        tags_from: where the tags are read on first use, when they are not given."""
        jieba = _import_jieba()
        self._tags = tags if tags is not None or tags_from is None else None
        self._tags_from = tags_from
        tk = jieba.Tokenizer()
        words = _merged(entries)
        if base is not None:
            tk.FREQ, tk.total = base[0], _add_words(base[0], base[1], words)
        else:
            # Build the prefix dictionary from memory instead of reading (and caching) a dictionary file.
            data = "\n".join(f"{w} {f}" for w, f in words.items()).encode("utf-8")
            tk.FREQ, tk.total = tk.gen_pfdict(io.BytesIO(data))
        tk.initialized = True
        self._tk = tk
        self._lock = threading.Lock()
        self._cuts: dict[str, tuple[str, ...]] = {}

    @classmethod
    def from_stored(cls, stored: tuple[dict[str, int], int, dict[str, str] | None],
                    extra: Iterable[tuple[str, int]],
                    tags_from: Callable[[], dict[str, str]] | None = None) -> Segmenter:
        """The stored base (see read_stored) plus extra words; the base's dictionary is reused."""
        pfdict, total, tags = stored
        return cls(extra, tags, base=(pfdict, total), tags_from=tags_from)

    @property
    def tags(self) -> dict[str, str]:
        """Part-of-speech tags of the base words (read on first use when stored apart)."""
        tags = self._tags
        if tags is None:
            tags = self._tags = (self._tags_from() if self._tags_from is not None else None) or {}
            self._tags_from = None
        return tags

    def known(self, word: str) -> bool:
        """Is word in the dictionary (jieba also stores prefixes, with frequency 0)?"""
        return self._tk.FREQ.get(word, 0) > 0

    def everyday(self, word: str) -> bool:
        """A common word that is not a noun: it can be ignored next to a recognised name."""
        tag = self.tags.get(word, "")
        return bool(tag) and tag[0] in _EVERYDAY_TAGS and tag != "vn"

    CUT_CACHE = 1024  # recent short texts' cuts: one question cuts the same phrases and names many times
    CUT_CACHE_CHARS = 40  # longer texts (an indicator's sentence) are cut once each: not kept

    def cut(self, text: str) -> list[str]:
        """Precise mode without the HMM: unknown text stays in single characters, never invented words.
        Kept for recent short texts (the dictionary never changes once built, so a cut stays true)."""
        words = self._cuts.get(text)
        if words is None:
            with self._lock:  # jieba's lazy route cache is not safe to fill from two threads at once
                cut = self._tk.lcut(text, HMM=False)
                if len(text) > self.CUT_CACHE_CHARS:
                    return cut
                words = tuple(cut)
                if len(self._cuts) >= self.CUT_CACHE:
                    self._cuts.pop(next(iter(self._cuts)), None)  # the oldest
                self._cuts[text] = words
        return list(words)  # a copy: a caller may change its list, never the kept one


NAME_WORD_CHARS = 6


def cut_name(name: str) -> list[str]:
    """Split a project name into words ("聘请法律顾问专项经费" -> 聘请 / 法律顾问 / 专项经费).

    Forward maximum matching over jieba's full word list: domain words such as 信访 or 法律顾问 are
    rare there (so a small dictionary misses them) but present; and the knowledge base's own terms
    are never used, so the short names derived from the words do not depend on what was loaded.
    Building jieba's full prefix dictionary would cost ~1.5 s per load for the same result.
    """
    out, i, n = [], 0, len(name)
    while i < n:
        words = _words_from(name[i])
        for j in range(min(n, i + NAME_WORD_CHARS), i, -1):
            if j - i == 1 or name[i:j] in words:
                out.append(name[i:j])
                i = j
                break
    return out
