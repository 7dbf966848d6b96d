"""Question sets must measure answers, not volume: a reply that dumps the whole project list (or every
indicator) for every question must fail almost all of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Answer, Engine, Session
from bot.frontends.evaluate import load_items

QUESTIONS = Path(__file__).parent / "questions"
# Each set with the fixture (tests/test_engine.py) of the knowledge base it is asked against.
SETS = {
    "seed.jsonl": "seed_engine",
    "seed_extended.jsonl": "seed_engine",
    "seed_paraphrase.jsonl": "seed_engine",
    "multi_department.jsonl": "multi_engine",
    "samples.jsonl": "samples_engine",
}


def _dumps(engine: Engine) -> dict[str, str]:
    """The two lazy replies: every project with its amount, and every indicator with its values."""
    kb = engine.kb
    projects = "\n".join(
        f"{p.name}：{p.total:.2f}万元（{kb.department_of(p.id)}）" for p in kb.projects.values()
    )
    rows = kb.conn.execute("SELECT name, period_value, annual_value FROM indicators").fetchall()
    indicators = "\n".join(f"{r[0]}：{r[1]}；{r[2]}" for r in rows)
    return {"projects": projects, "indicators": indicators}


def _passes(item: dict, text: str) -> bool:
    squeeze = "".join(text.split())
    return ("answered" in item["status"]
            and all("".join(c.split()) in squeeze for c in item.get("contains", []))
            and not any("".join(e.split()) in squeeze for e in item.get("excludes", [])))


@pytest.mark.parametrize("name", sorted(SETS))
def test_a_reply_that_dumps_everything_fails_the_question_sets(name, request):
    engine: Engine = request.getfixturevalue(SETS[name])
    items = load_items(QUESTIONS / name)
    for kind, text in _dumps(engine).items():
        passed = sum(_passes(item, text) for item in items)
        assert passed < 0.10 * len(items), f"{name}: the {kind} dump passes {passed}/{len(items)}"


def test_the_decoy_check_can_fail(seed_engine):
    # The real engine's own answer to a list question passes its item; so would the dump without excludes.
    answer: Answer = seed_engine.ask("有哪些项目", Session())
    item = {"status": ["answered"], "contains": [next(iter(seed_engine.kb.projects.values())).name]}
    assert _passes(item, _dumps(seed_engine)["projects"]) and _passes(item, answer.text)
