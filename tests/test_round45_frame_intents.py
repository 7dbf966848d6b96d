"""Every intent a frame is given in the code is a registered one.

A frame stored with an unregistered intent ("list" for a unit's projects) crashed the next turn that looked its intent
up in the registry (KeyError: "仲裁院有哪些项目" → "那乐清市社保中心呢" answered "出错了"). The registry is the one place
an intent is defined, so every literal intent the code gives a frame must be one of its keys."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import converse, engine_over

from bot.dialogue.context import INTENTS
from bot.engine import ANSWERED, UNKNOWN

_BOT = Path(__file__).resolve().parent.parent / "bot"


def _strings(node: ast.AST) -> list[str]:
    """The string literals an expression can evaluate to (a conditional gives both branches)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    return []


def _given_intents(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, intent) for each literal intent set on an attribute or passed to Frame(...)."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                pairs = (zip(target.elts, node.value.elts, strict=True) if isinstance(target, ast.Tuple)
                         and isinstance(node.value, ast.Tuple) else [(target, node.value)])
                found += [(node.lineno, s) for t, v in pairs
                          if isinstance(t, ast.Attribute) and t.attr == "intent" for s in _strings(v)]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Frame":
            found += [(node.lineno, s) for k in node.keywords if k.arg == "intent" for s in _strings(k.value)]
    return found


def test_every_literal_frame_intent_is_registered() -> None:
    given = [(path.relative_to(_BOT.parent), line, intent) for path in sorted(_BOT.rglob("*.py"))
             for line, intent in _given_intents(ast.parse(path.read_text(encoding="utf-8")))]
    assert len(given) > 20  # (the scan sees the code's frames: it is not vacuous)
    assert [g for g in given if g[2] and g[2] not in INTENTS] == []  # ("" is no intent yet: never looked up)


def test_the_scan_sees_an_unregistered_intent() -> None:
    code = 'f.intent = "count" if counted else "list"\nf.x, f.intent = 1, "sum"\nFrame(intent="nope")\n'
    assert sorted(s for _, s in _given_intents(ast.parse(code))) == ["count", "list", "nope", "sum"]


_YUEQING = Path(__file__).resolve().parent / "data" / "general72" / "乐清市人力资源和社会保障局_2026年_项目支出绩效目标表.txt"


def test_a_unit_said_after_a_units_projects_listed_is_answered(tmp_path: Path) -> None:
    """"仲裁院有哪些项目" → "那就业中心呢": the other unit's projects, listed (was "出错了" from the stored intent);
    a unit the tables do not have is said unknown, never an error."""
    engine = engine_over(tmp_path / "kb.sqlite", [_YUEQING])
    answer = converse(engine, "仲裁院有哪些项目", "那就业中心呢")
    assert answer.status == ANSWERED and "就业创业补助资金" in answer.text and "仲裁院编外人员" not in answer.text
    missing = converse(engine, "仲裁院有哪些项目", "那乐清市社保中心呢")
    assert missing.status == UNKNOWN and "出错" not in missing.text
