"""The standard `re`, except that `compile` defers the compiling of a pattern to its first use.

The question path holds a few hundred module-level patterns; compiling all of them at import took
~40 ms of a cold one-question `ask` (~0.13 s in all), while one question uses a few dozen. Modules on
that path import this module as `re`: a pattern is compiled when first matched, and from then on its
methods are the compiled pattern's own (no indirection per call). Patterns of the load path (ingest)
stay eagerly compiled: a load uses all of them.

What compiling a pattern produces (the matcher's code: Chinese alternatives and classes such as
[\u4e00-\u9fff] take ~1 ms each to optimise, ~25 ms of a one-question `ask`) is kept in a file beside this
module's bytecode, keyed by the pattern and its flags, and later processes build their patterns from it
(_sre.compile, as re's own compiler ends) instead of compiling again. Any fault there falls back to re.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re as _re
import sys
import tempfile
from array import array
from pathlib import Path
from re import (  # noqa: F401  (re-exported: the modules that import this one as `re` use them)
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    S,
    X,
    error,
    escape,
)
from typing import Any, cast

# What a compiled pattern offers; copied onto the stand-in when it is compiled.
_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
               "pattern", "flags", "groups", "groupindex")


class _Deferred:
    """Stands in for a compiled pattern until an attribute is first asked for."""

    def __init__(self, pattern: Any, flags: int, kept: bool = False) -> None:
        self._source = (pattern, flags)
        self._kept = kept  # a module's own pattern: its code kept between processes

    def __getattr__(self, name: str) -> Any:  # only until compiled: the attributes then are the pattern's
        compiled = _compiled(*self._source) if self._kept else _re.compile(*self._source)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        self._compiled = compiled
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"deferred re.compile({self._source[0]!r})"


# ----- re's module-level functions (re.search(r"…", text)), through a plain dict of their patterns ---------------

_FOUND: dict[tuple[Any, Any], Pattern] = {}  # (pattern, flags) -> compiled: re's own cache costs ~0.4 µs a call
_MAX_FOUND = 2048  # patterns built from a question's words come and go: the dict starts afresh when this full


def _found(pattern: Any, flags: Any) -> Pattern:
    """The compiled pattern of a module-level call (re.compile's, so its errors are re's). A pattern the calling
    code writes out (re.search(r"…", text): a constant of the caller's code) has its code kept as a module's own
    patterns do (~5 ms of a cold one-question `ask` compiled such patterns); one built at run time from a question's
    or the data's words is compiled and not kept."""
    if isinstance(pattern, str) and pattern in sys._getframe(2).f_code.co_consts:
        compiled = _compiled(pattern, int(flags))
    else:
        compiled = _re.compile(pattern, flags)
    if len(_FOUND) >= _MAX_FOUND:
        _FOUND.clear()
    _FOUND[pattern, flags] = compiled
    return compiled


def search(pattern: Any, string: Any, flags: Any = 0) -> Any:
    return (_FOUND.get((pattern, flags)) or _found(pattern, flags)).search(string)


def match(pattern: Any, string: Any, flags: Any = 0) -> Any:
    return (_FOUND.get((pattern, flags)) or _found(pattern, flags)).match(string)


def fullmatch(pattern: Any, string: Any, flags: Any = 0) -> Any:
    return (_FOUND.get((pattern, flags)) or _found(pattern, flags)).fullmatch(string)


def finditer(pattern: Any, string: Any, flags: Any = 0) -> Any:
    return (_FOUND.get((pattern, flags)) or _found(pattern, flags)).finditer(string)


def findall(pattern: Any, string: Any, flags: Any = 0) -> Any:
    return (_FOUND.get((pattern, flags)) or _found(pattern, flags)).findall(string)


def sub(pattern: Any, repl: Any, string: Any, count: int = 0, flags: Any = 0) -> Any:
    return (_FOUND.get((pattern, flags)) or _found(pattern, flags)).sub(repl, string, count)


def subn(pattern: Any, repl: Any, string: Any, count: int = 0, flags: Any = 0) -> Any:
    return (_FOUND.get((pattern, flags)) or _found(pattern, flags)).subn(repl, string, count)


def split(pattern: Any, string: Any, maxsplit: int = 0, flags: Any = 0) -> Any:
    return (_FOUND.get((pattern, flags)) or _found(pattern, flags)).split(string, maxsplit)


def compile(pattern: Any, flags: int | _re.RegexFlag = 0) -> Pattern[str]:
    """re.compile, compiled on first use (typed as the pattern it stands for). Only a module's own patterns
    (compiled where the module is run, not built from a question's words) have their code kept."""
    return cast(Pattern[str], _Deferred(pattern, int(flags), sys._getframe(1).f_code.co_name == "<module>"))


def compile_kept(pattern: Any, flags: int | _re.RegexFlag = 0) -> Pattern[str]:
    """compile, with the code kept between processes as a module's own patterns': for a pattern built once per
    process from a file of words that seldom changes (asking.Words, ~20 of them on a one-question `ask`, ~15 ms
    compiled afresh). Keyed by the pattern itself: changed words are a new pattern, compiled and kept anew."""
    return cast(Pattern[str], _Deferred(pattern, int(flags), True))


# ----- the compiled code, kept between processes -----------------------------------------------------------

_MAX_KEPT = 4000  # patterns kept in the file, the last used (words edited away would otherwise grow it without end)
_MAX_LENGTH = 20_000  # a longer pattern is compiled each time, never kept


def _cache_file() -> Path:
    """The file beside this module's bytecode, for this interpreter and this version of re's matcher."""
    import _sre  # type: ignore[import-not-found]

    tag = f"{sys.implementation.cache_tag}.{_sre.MAGIC}.{'.'.join(map(str, sys.version_info[:3]))}"
    return Path(__file__).resolve().parent / "__pycache__" / f"lazyre-indexed.{tag}.marshal"


class _Codes:
    """(pattern, flags) -> what _sre.compile takes, read from the file on first use; written back at exit
    when this process compiled patterns the file did not hold.

    The file holds the patterns used last, at most _MAX_KEPT: written back are the file's entries as they are then
    (another process may have written since), those this process used or added moved to the end, and the oldest
    dropped past the cap — the patterns of words edited away (each vocabulary edit is ~300 new Words sources) age
    out, never the whole file at once."""

    def __init__(self) -> None:
        self.kept: _KeptFile | None = None
        self.file: Path | None = None  # (fixed at first use: where this process's entries are read and written)
        self.used: dict[tuple, None] = {}  # the keys this process looked up or added, in the order last used
        self.added = 0

    def entries(self) -> _KeptFile:
        if self.kept is None:
            self.file = _cache_file()
            self.kept = _KeptFile(self.file)
        return self.kept

    def get(self, key: tuple) -> tuple | None:
        entry = self.entries().get(key)
        if entry is not None:
            self.used.pop(key, None)
            self.used[key] = None
        return entry

    def add(self, key: tuple, entry: tuple) -> None:
        kept = self.entries()
        if not self.added:
            atexit.register(self.write)
        kept[key] = entry
        self.used.pop(key, None)
        self.used[key] = None
        self.added += 1

    def write(self) -> None:
        """The patterns' code for the next process, beside the bytecode (compiled again next time if not written)."""
        if not self.added or self.kept is None or self.file is None:
            return
        kept = self.kept
        merged = {k: v for k, v in _read_kept(self.file).items() if k not in self.used}
        merged.update((k, entry) for k in self.used if (entry := kept.get(k)) is not None)
        for k in list(merged)[:max(0, len(merged) - _MAX_KEPT)]:
            del merged[k]
        try:
            blob = _packed(merged)
        except ValueError:
            return
        write_beside_bytecode(self.file, blob, ".lazyre-")
        self.added = 0  # (written: nothing more at exit unless more are added)


_HEAD = 8  # the file: its index's length (8 bytes), the index (key -> where its entry is), then the entries


class _KeptFile:
    """The entries of a kept file, each unpacked from the file when first asked for (and those added here): a
    process uses a few hundred of the patterns kept, and the whole file unpacked was ~1.2 MB of a cold
    one-question `ask`. The file stays open (read at offsets: a file written since by another process is a new
    one, this one's entries stay as indexed)."""

    def __init__(self, file: Path | None) -> None:
        self.index: dict[tuple, tuple[int, int]] = {}
        self.held: dict[tuple, tuple] = {}  # unpacked or added in this process
        self.fd: int | None = None
        self.base = 0
        if file is not None:
            self._open(file)

    def _open(self, file: Path) -> None:
        try:
            fd = os.open(file, os.O_RDONLY)
        except OSError:
            return
        try:
            size = int.from_bytes(os.pread(fd, _HEAD, 0), "little")
            index = marshal.loads(os.pread(fd, size, _HEAD)) if 0 < size <= os.fstat(fd).st_size - _HEAD else None
        except (OSError, ValueError, EOFError, TypeError):
            index = None
        if not isinstance(index, dict):
            os.close(fd)
            return
        self.index, self.fd, self.base = index, fd, _HEAD + size

    def get(self, key: tuple) -> tuple | None:
        entry = self.held.get(key)
        if entry is None and self.fd is not None and (at := self.index.get(key)) is not None:
            try:
                entry = marshal.loads(os.pread(self.fd, at[1], self.base + at[0]))
            except (OSError, ValueError, EOFError, TypeError, IndexError):
                entry = None
            if not isinstance(entry, tuple):
                return None
            self.held[key] = entry
        return entry

    def __setitem__(self, key: tuple, entry: tuple) -> None:
        self.held[key] = entry

    def __contains__(self, key: object) -> bool:
        return key in self.held or key in self.index

    def __len__(self) -> int:
        return len(self.index.keys() | self.held.keys())

    def items(self) -> list[tuple[tuple, tuple]]:
        """Every entry, in the file's order (each unpacked: for writing the file again)."""
        out = []
        for key in [*self.index, *(k for k in self.held if k not in self.index)]:
            entry = self.get(key)
            if entry is not None:
                out.append((key, entry))
        return out

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def _packed(entries: dict) -> bytes:
    """The file's bytes for some entries: the index's length, the index, the entries each marshalled apart."""
    parts, index, at = [], {}, 0
    for key, entry in entries.items():
        blob = marshal.dumps(entry)
        index[key] = (at, len(blob))
        parts.append(blob)
        at += len(blob)
    head = marshal.dumps(index)
    return len(head).to_bytes(_HEAD, "little") + head + b"".join(parts)


def _read_kept(file: Path) -> dict:
    """The kept entries of a file, in the order they were last used (none from a missing or unreadable file)."""
    kept = _KeptFile(file)
    try:
        return dict(kept.items())
    finally:
        kept.close()


def write_beside_bytecode(target: Path, blob: bytes, prefix: str) -> None:
    """What a process keeps for the next one (compiled patterns, the checked vocabulary), written atomically and only
    into an existing __pycache__ folder: nothing is created where no bytecode is, nor where this user cannot write."""
    if not target.parent.is_dir():
        return
    try:
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=prefix)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(blob)
            os.fchmod(f.fileno(), 0o644)  # readable as the bytecode beside it is
        os.replace(name, target)
    except OSError:
        Path(name).unlink(missing_ok=True)


_CODES = _Codes()


def _compiled(pattern: Any, flags: int) -> Pattern[str]:
    """re.compile, from the kept code when there is some: the same matcher re's compiler would build."""
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]

    if not isinstance(pattern, str) or flags & _re.DEBUG or len(pattern) > _MAX_LENGTH \
            or array("I").itemsize != _sre.CODESIZE:
        return _re.compile(pattern, flags)

    flags = int(flags)  # (a RegexFlag is an int subclass marshal cannot write)
    key = (pattern, flags)
    entry = _CODES.get(key)
    if entry is not None:
        try:
            flags_of, code, groups, groupindex, indexgroup = entry
            return cast(Pattern[str], _sre.compile(pattern, flags_of, array("I", code).tolist(), groups, groupindex,
                                                   indexgroup))
        except (TypeError, ValueError, RuntimeError, OverflowError):
            pass  # a file of another matcher's code: compiled below, and kept anew
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        compiled = _sre.compile(pattern, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
                                tuple(indexgroup))
        # kept as bytes (a few hundred patterns' code, in memory and on disk, stays small), plain ints
        entry = (int(flags | parsed.state.flags), array("I", code).tobytes(), parsed.state.groups - 1, groupindex,
                 tuple(indexgroup))
    except Exception:  # noqa: BLE001  (re's internals differ: its public compile, with its own errors)
        return _re.compile(pattern, flags)
    _CODES.add(key, entry)
    return cast(Pattern[str], compiled)
