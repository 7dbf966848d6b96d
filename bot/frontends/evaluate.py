"""Score question sets (format: shared questions/README.md) against the engine."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from bot.engine import Answer, Engine, Session
from bot.model import Issue, LoadError

_WS = re.compile(r"\s+")


@dataclass
class Result:
    item: dict
    answer: Answer
    passed: bool
    why: str


def load_items(path: str | Path) -> list[dict]:
    """Read a JSONL question set; a malformed line is reported with its file and line."""
    items = []
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise LoadError([Issue(str(p), 0, f"无法读取问题集：{exc}", "error")]) from exc
    for no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LoadError([Issue(str(p), no, f"不是合法的 JSON：{exc.msg}", "error")]) from exc
        if not isinstance(item, dict) or not ("q" in item or "conversation" in item) or "status" not in item:
            raise LoadError([Issue(str(p), no, "每行需要 q 或 conversation，以及 status", "error")])
        item["_where"] = f"{p.name}:{no}"
        items.append(item)
    return items


def score(engine: Engine, item: dict) -> Result:
    """Ask the item's question (or conversation) and check status, contains and excludes."""
    session = Session()
    turns = item.get("conversation") or [item["q"]]
    answer = None
    for turn in turns:
        answer = engine.ask(turn, session)
    assert answer is not None
    text = _WS.sub("", answer.text)
    problems = []
    if answer.status not in item["status"]:
        problems.append(f"status {answer.status} not in {item['status']}")
    missing = [c for c in item.get("contains", []) if _WS.sub("", c) not in text]
    if missing:
        problems.append(f"missing {missing}")
    present = [e for e in item.get("excludes", []) if _WS.sub("", e) in text]
    if present:
        problems.append(f"unexpected {present}")
    return Result(item, answer, not problems, "; ".join(problems))


@dataclass
class Tally:
    """Scores of a run; a confident wrong answer (answered, but failed) is counted apart from a miss."""

    passed: int = 0
    total: int = 0
    confident_wrong: int = 0
    misses: int = 0

    def add(self, result: Result) -> None:
        self.total += 1
        self.passed += result.passed
        if not result.passed:
            if result.answer.status == "answered":
                self.confident_wrong += 1
            else:
                self.misses += 1


def evaluate_files(engine: Engine, files: list[Path], verbose: bool = False, kb: str | None = None) -> Tally:
    """Score every item of the files; with `kb`, only items meant for that knowledge base ("kb" field)."""
    tally = Tally()
    for path in files:
        for item in load_items(path):
            if kb is not None and item.get("kb", kb) != kb:
                continue
            result = score(engine, item)
            tally.add(result)
            if not result.passed or verbose:
                q = " → ".join(item.get("conversation") or [item["q"]])
                mark = "PASS" if result.passed else "FAIL"
                print(f"{mark} {item.get('id', '')} ({item['_where']}) {q}")
                if not result.passed:
                    print(f"     {result.why}")
                    print("     " + result.answer.text.replace("\n", "\n     "))
    return tally
