"""Intent rules (knowledge/intents.toml): data, tried in priority order; the first that holds wins."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.language.vocabulary import toml_error_line, toml_error_text
from bot.model import Issue, LoadError

KNOWN_INTENTS = {
    "help", "unit", "department", "sum", "compare", "share", "lookup_amount", "filter", "rank",
    "indicator_value", "count", "indicator_list", "goal", "source", "amount", "total", "project_list",
    "execution", "completion",
}
_ENTITY_CONDITIONS = {"project", "projects2", "indicator", "category", "department", "ranked"}


@dataclass
class Rule:
    intent: str
    priority: int
    all: list[str] = field(default_factory=list)
    any: list[str] = field(default_factory=list)
    none: list[str] = field(default_factory=list)

    def holds(self, test: Callable[[str], bool]) -> bool:
        return (
            all(test(c) for c in self.all)
            and (not self.any or any(test(c) for c in self.any))
            and not any(test(c) for c in self.none)
        )


def load_rules(path: str | Path, concepts: set[str]) -> list[Rule]:
    """Read and check the rules; unknown intents or conditions are reported with file and line."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as exc:
        raise LoadError([Issue(str(p), 0, f"无法读取意图规则：{exc}", "error")]) from exc
    except tomllib.TOMLDecodeError as exc:
        raise LoadError([Issue(str(p), toml_error_line(exc), f"意图规则{toml_error_text(exc)}", "error")]) from exc
    lines = text.splitlines()
    starts = [no for no, line in enumerate(lines, start=1) if line.strip() == "[[rule]]"]
    rules, issues = [], []
    for k, raw in enumerate(data.get("rule", [])):
        line = starts[k] if k < len(starts) else 0
        try:
            rule = Rule(
                intent=raw["intent"],
                priority=int(raw["priority"]),
                all=list(raw.get("all", [])),
                any=list(raw.get("any", [])),
                none=list(raw.get("none", [])),
            )
        except (KeyError, TypeError, ValueError) as exc:
            issues.append(Issue(str(p), line, f"规则缺少或写错了字段：{exc}", "error"))
            continue
        if rule.intent not in KNOWN_INTENTS:
            issues.append(Issue(str(p), line, f"未知的意图“{rule.intent}”", "error"))
        for cond in rule.all + rule.any + rule.none:
            kind, _, arg = cond.partition(":")
            ok = (
                (kind == "concept" and arg in concepts)
                or (kind == "filter" and arg in {"gt", "ge", "lt", "le", "between", "eq"})
                or (cond in _ENTITY_CONDITIONS)
            )
            if not ok:
                issues.append(Issue(str(p), line, f"未知的条件“{cond}”", "error"))
        rules.append(rule)
    if issues:
        raise LoadError(issues)
    if not rules:
        raise LoadError([Issue(str(p), 0, "没有任何意图规则", "error")])
    return sorted(rules, key=lambda r: r.priority, reverse=True)


def classify(rules: list[Rule], test: Callable[[str], bool]) -> str:
    """The intent of the first rule (by priority) that holds, or "" when none does."""
    for rule in rules:
        if rule.holds(test):
            return rule.intent
    return ""
