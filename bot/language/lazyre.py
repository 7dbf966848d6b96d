"""The standard `re`, except that `compile` defers the compiling of a pattern to its first use.

The question path holds a few hundred module-level patterns; compiling all of them at import took
~40 ms of a cold one-question `ask` (~0.13 s in all), while one question uses a few dozen. Modules on
that path import this module as `re`: a pattern is compiled when first matched, and from then on its
methods are the compiled pattern's own (no indirection per call). Patterns of the load path (ingest)
stay eagerly compiled: a load uses all of them.
"""

from __future__ import annotations

import re as _re
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
    findall,
    finditer,
    fullmatch,
    match,
    search,
    split,
    sub,
    subn,
)
from typing import Any, cast

# What a compiled pattern offers; copied onto the stand-in when it is compiled.
_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
               "pattern", "flags", "groups", "groupindex")


class _Deferred:
    """Stands in for a compiled pattern until an attribute is first asked for."""

    def __init__(self, pattern: Any, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:  # only until compiled: the attributes then are the pattern's
        compiled = _re.compile(*self._source)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        self._compiled = compiled
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"deferred re.compile({self._source[0]!r})"


def compile(pattern: Any, flags: int | _re.RegexFlag = 0) -> Pattern[str]:
    """re.compile, compiled on first use (typed as the pattern it stands for)."""
    return cast(Pattern[str], _Deferred(pattern, int(flags)))
