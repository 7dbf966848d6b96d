"""The vocabulary file's sections, each read by its own reader: the one loader of them all.

A reader of a section ([record_asks], [measure_asks], [asking_words] …) gives the section's name and a function
building what it keeps of the section's value; the loader parses the file once per version of it (its stamp,
mtime and size), builds each reader's section once per version, and again after the file is edited. Parsing is
shared: every reader of one version reads one parse of it.
"""

from __future__ import annotations

import os
import threading
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from typing import Any, TypeVar, cast

_Words = TypeVar("_Words")
_SECTIONS: dict[tuple[str, str, Callable], tuple[tuple[int, int] | None, object]] = {}
_Built = TypeVar("_Built")


def stamp(vocab_path: str | Path) -> tuple[int, int] | None:
    """The file's version: (mtime in ns, size), or None when it cannot be read."""
    try:
        stat = os.stat(vocab_path)  # (not a Path made and asked: every turn stamps the file a few times)
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def section_words(cls: Callable[..., _Words], data: object) -> _Words:
    """A section of lists of words read into a dataclass of word tuples, one field per list of the same name, each
    longest first (so an alternation tries the longer word first); anything not a non-empty string is dropped,
    and a section that is not a table gives the dataclass's defaults."""
    if not isinstance(data, dict):
        return cls()

    def words(name: str) -> tuple[str, ...]:
        value = data.get(name) or []
        return tuple(sorted((w for w in value if isinstance(w, str) and w), key=len, reverse=True))

    return cls(*(words(f.name) for f in fields(cast(Any, cls))))


_ONE_VERSION = threading.local()  # per thread: the stamps taken in the question it is answering, or None


@contextmanager
def one_version() -> Iterator[None]:
    """Within it (one question), each vocabulary file is stamped once and every section is read at that version:
    a question's readers asked for their sections ~10 times a question, each a stat of the file. An edit is
    seen by the next question, as before by the next reader. Nested uses share the outer one's stamps."""
    if getattr(_ONE_VERSION, "stamps", None) is not None:
        yield
        return
    _ONE_VERSION.stamps = {}
    try:
        yield
    finally:
        _ONE_VERSION.stamps = None


def _stamp_held(vocab_path: str | Path) -> tuple[int, int] | None:
    """The file's stamp, taken once within one_version."""
    held = getattr(_ONE_VERSION, "stamps", None)
    if held is None:
        return stamp(vocab_path)
    key = str(vocab_path)
    if key not in held:
        held[key] = stamp(vocab_path)
    return held[key]


def vocabulary_section(vocab_path: str, name: str, build: Callable[[object], _Built]) -> _Built:
    """The section `name` of the vocabulary file as `build` reads it (build gets the section's value, None when
    the file has none or cannot be read): built once per version of the file, again after it is edited (its
    stamp, mtime and size, changed). The one loader of every reader's own section ([record_asks], …)."""
    held_stamp = _stamp_held(vocab_path)
    key = (str(vocab_path), name, build)
    held = _SECTIONS.get(key)
    if held is not None and held[0] == held_stamp:
        return cast(_Built, held[1])
    try:
        data = parsed_vocabulary(str(vocab_path), *held_stamp).get(name) if held_stamp is not None else None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        data = None
    built = build(data)
    _SECTIONS[key] = (held_stamp, built)
    return built


def keep_built(vocab_path: str, name: str, build: Callable[[object], _Built], version: tuple[int, int] | None,
               built: _Built) -> None:
    """What `build` makes of the section at that version of the file, made already by the vocabulary's loader
    (the same words, checked and normalised the same way, kept between processes): vocabulary_section hands it
    out instead of building it again. Nothing is kept without a version."""
    if version is not None:
        _SECTIONS[(str(vocab_path), name, build)] = (version, built)


_PARSED: dict[tuple[str, int, int], dict] = {}  # (path, mtime in ns, size) -> the file parsed at that version
_PARSED_KEPT = 4
_PARSED_LOCK = threading.Lock()


def parsed_vocabulary(vocab_path: str, mtime_ns: int, size: int) -> dict:
    """The file parsed, once per version (callers only read it)."""
    data = _PARSED.get((vocab_path, mtime_ns, size))
    if data is None:
        data = tomllib.loads(Path(vocab_path).read_text(encoding="utf-8"))
        keep_parsed(vocab_path, (mtime_ns, size), data)
    return data


def keep_parsed(vocab_path: str, version: tuple[int, int] | None, data: dict) -> None:
    """A parse of the file at that version made by its loader (load_vocabulary): the sections read it instead
    of parsing the file a second time (~20 ms of a cold `ask`). Nothing is kept without a version."""
    if version is None:
        return
    with _PARSED_LOCK:  # (engines reload in threads: the oldest found and dropped by one of them at a time)
        if len(_PARSED) >= _PARSED_KEPT:
            _PARSED.pop(next(iter(_PARSED)), None)  # the oldest
        _PARSED[(vocab_path, *version)] = data
