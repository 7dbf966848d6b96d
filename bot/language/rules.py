"""Intent rules (knowledge/intents.toml): data, tried in priority order; the first that holds wins."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.language.vocabulary import toml_error_line, toml_error_text
from bot.model import Issue, LoadError


@dataclass(frozen=True)
class Intent:
    """What an intent needs and how it continues a conversation, declared once.

    needs_project: answered about projects; a question without one takes the conversation's.
    aggregate: answered over the documents in scope (several departments: one is chosen or all).
    cues: concepts that give a question this intent of its own: a question carrying one is complete
      and does not take the previous question's intent ("就业补助资金执行了多少" after "…经费多少").
    on_project: the intent a follow-up that names projects turns it into ("民政局总预算" -> "那X呢").
    every_table: with no department named, it describes every loaded table (never asks which).
    own_tables: only some tables hold its figures (a self-evaluation's 执行数, 完成值): with one such
      table loaded, that table is the scope (the knowledge base indexes them by the intent's name).
    reads_words: it looks for the question's leftover words itself, so words nothing explains are its
      subject, not a sign the question is about something the knowledge base does not hold.
    """

    name: str
    needs_project: bool = False
    aggregate: bool = False
    cues: tuple[str, ...] = ()
    on_project: str = ""
    standalone: bool = False  # never takes the conversation's subject, nor gives it its intent
    across: bool = False  # a list or ranking: with several departments and none named, answered for each
    every_table: bool = False
    own_tables: bool = False
    reads_words: bool = False


INTENTS: dict[str, Intent] = {i.name: i for i in (
    Intent("smalltalk", standalone=True),
    Intent("help", cues=("help",), standalone=True, every_table=True),
    Intent("inventory", cues=("inventory",), standalone=True, every_table=True, reads_words=True),
    Intent("unit", aggregate=True, cues=("unit",), on_project="amount", standalone=True, every_table=True),
    Intent("department_rank", standalone=True),
    Intent("department", aggregate=True, cues=("department",), on_project="amount", every_table=True),
    Intent("sum", needs_project=True, cues=("total",)),
    Intent("compare", needs_project=True, cues=("compare",)),
    Intent("share", needs_project=True, cues=("share",)),
    Intent("lookup_amount", aggregate=True, across=True, on_project="amount"),
    Intent("filter", aggregate=True, across=True, on_project="amount"),
    Intent("rank", aggregate=True, across=True, cues=("max", "min", "desc", "asc", "rank"), on_project="amount"),
    Intent("indicator_value", cues=("value",)),
    Intent("count", aggregate=True, cues=("count",)),
    Intent("indicator_list", aggregate=True, across=True, cues=("indicator",)),
    Intent("goal", needs_project=True, cues=("goal",)),
    Intent("source", needs_project=True, cues=("source",)),
    Intent("amount", needs_project=True, cues=("amount", "how_much")),
    Intent("total", aggregate=True, cues=("total",), on_project="amount"),
    Intent("project_list", aggregate=True, across=True, cues=("list",), on_project="amount"),
    Intent("execution", aggregate=True, cues=("executed",), own_tables=True),
    Intent("completion", aggregate=True, across=True, cues=("completion",), own_tables=True),
    Intent("content", aggregate=True, across=True, cues=("content", "frequency"), reads_words=True),
    Intent("lacking", aggregate=True, across=True, cues=("lack", "having")),
    Intent("quantity", aggregate=True, cues=("quantity",), reads_words=True),
)}
KNOWN_INTENTS = set(INTENTS)
# Every concept that marks a question as carrying its own intent.
OWN_CUES: frozenset[str] = frozenset(c for i in INTENTS.values() for c in i.cues)
_ENTITY_CONDITIONS = {"project", "projects2", "indicator", "category", "department", "ranked"}


@dataclass
class Rule:
    intent: str
    priority: int
    all: list[str] = field(default_factory=list)
    any: list[str] = field(default_factory=list)
    none: list[str] = field(default_factory=list)

    def holds(self, test: Callable[[str], bool], tested: dict[str, bool] | None = None) -> bool:
        """Whether the rule's conditions hold; `tested` keeps each condition's result for the next rules."""
        # (loops, not all()/any() over generators: ~30 rules are tried on every turn, several times)
        tested = {} if tested is None else tested
        for c in self.all:
            found = tested.get(c)
            if found is None:
                found = tested[c] = test(c)
            if not found:
                return False
        if self.any:
            for c in self.any:
                found = tested.get(c)
                if found is None:
                    found = tested[c] = test(c)
                if found:
                    break
            else:
                return False
        for c in self.none:
            found = tested.get(c)
            if found is None:
                found = tested[c] = test(c)
            if found:
                return False
        return True


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
    """The intent of the first rule (by priority) that holds, or "" when none does. Each condition is tested
    once: the rules share conditions (concept:amount, project …), and the question does not change while
    they are tried."""
    tested: dict[str, bool] = {}
    for rule in rules:
        if rule.holds(test, tested):
            return rule.intent
    return ""
