"""A module-level constant assigned twice in one module silently replaces the first for every function that reads
it (Python looks globals up when called): a reader written for the first pattern runs with the second. Merges of
parallel branches made this happen three times (turn.py's _MONEY_SAID and _YEAR_ALONE, question.py's _JOINED)."""

from __future__ import annotations

import ast
from pathlib import Path

BOT = Path(__file__).resolve().parents[1] / "bot"


def _twice(path: Path) -> list[str]:
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for t in targets:
            if isinstance(t, ast.Name) and t.id.lstrip("_").isupper():
                if t.id in seen:
                    twice.append(f"{path.relative_to(BOT.parent)}:{node.lineno}: {t.id} (first at line {seen[t.id]})")
                seen.setdefault(t.id, node.lineno)
    return twice


def test_no_module_constant_is_assigned_twice() -> None:
    found = [line for path in sorted(BOT.rglob("*.py")) for line in _twice(path)]
    assert not found, "\n".join(found)


def test_the_check_sees_a_second_assignment(tmp_path: Path) -> None:
    module = BOT / "_probe_twice.py"
    try:
        module.write_text('_A = 1\n\n\ndef f() -> int:\n    return _A\n\n\n_A = 2\n', encoding="utf-8")
        assert _twice(module) == ["bot/_probe_twice.py:8: _A (first at line 1)"]
    finally:
        module.unlink()
