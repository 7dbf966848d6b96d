"""The cold path: a plain question asked from the command line imports only what answering it needs, and
skipping the fact answerer where it has nothing to say changes no answer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.engine import Engine, Session

ROOT = Path(__file__).resolve().parent.parent
VOCAB = ROOT / "knowledge" / "vocabulary.toml"
QUESTIONS = Path(__file__).resolve().parent / "questions"

# Only loads, charts, uploads, fuzzy matching or labelled facts need these.
HEAVY = ("bot.store.build", "bot.ingest", "bot.answer.facts", "rapidfuzz", "sqlite_utils", "openpyxl", "pdfplumber",
         "matplotlib", "numpy")

_RUN_ASK = (
    "import atexit, runpy, sys\n"
    "atexit.register(lambda: print('MODULES ' + ' '.join(sorted(sys.modules)), file=sys.stderr))\n"
    "sys.argv = ['bot', 'ask', sys.argv[1], '--db', sys.argv[2]]\n"
    "runpy.run_module('bot', run_name='__main__', alter_sys=True)\n"
)


def _modules_of_ask(question: str, db: Path) -> tuple[str, set[str]]:
    out = subprocess.run([sys.executable, "-c", _RUN_ASK, question, str(db)], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)
    line = next(x for x in out.stderr.splitlines() if x.startswith("MODULES "))
    return out.stdout, set(line.split()[1:])


def test_a_plain_question_imports_nothing_heavy(seed_db: Path):
    answer, modules = _modules_of_ask("法律顾问经费多少", seed_db)
    assert "12" in answer and "聘请法律顾问专项经费" in answer
    loaded = sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))
    assert not loaded, f"imported on a plain question's cold path: {loaded}"


def test_a_question_asking_a_year_still_reaches_the_fact_answerer(seed_db: Path):
    _, modules = _modules_of_ask("2019年法律顾问经费多少", seed_db)
    assert "bot.answer.facts" in modules


def _seed_questions() -> list[list[str]]:
    items = []
    for name in ("seed.jsonl", "seed_paraphrase.jsonl"):
        path = QUESTIONS / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    item = json.loads(line)
                    items.append(item.get("conversation") or [item["q"]])
    return items


def _answers(engine: Engine) -> list[list[tuple[str, str]]]:
    out = []
    for turns in _seed_questions():
        session = Session()
        out.append([(a.status, a.text) for a in (engine.ask(t, session, record=False) for t in turns)])
    return out


def test_skipping_the_fact_answerer_changes_no_answer(seed_db: Path, monkeypatch: pytest.MonkeyPatch):
    """Over tables without labelled facts, every seed question (years included) is answered the same
    whether the fact answerer is skipped where it has nothing to say or always consulted."""
    engine = Engine(seed_db, VOCAB)
    gated = _answers(engine)
    for module in list(sys.modules.values()):
        if module is not None and module.__name__.startswith("bot.") and hasattr(module, "facts_may_answer"):
            monkeypatch.setattr(module, "facts_may_answer", lambda kb, question: True)
    always = _answers(Engine(seed_db, VOCAB))
    assert len(gated) > 20
    assert gated == always
