"""All SQL over the knowledge base is bot/store's (queries.py): the admin's check of which loaded file holds which
tables reads them by a query there, never by a SELECT of its own; only the stores of sessions and of the shared
mode (frontends/sessions.py, frontends/cluster/) keep SQL of their own databases."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from bot.frontends import admin

BOT = Path(__file__).resolve().parents[1] / "bot"
_OWN_DATABASES = {BOT / "frontends" / "sessions.py"}
_SQL = re.compile(r"\s*(?:SELECT\b.+\bFROM|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b")


def _selects(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            and _SQL.match(n.value)]


def test_no_sql_outside_the_store():
    found = {str(p.relative_to(BOT)): lines for p in BOT.rglob("*.py")
             if "store" not in p.parts and "cluster" not in p.parts and p not in _OWN_DATABASES
             and (lines := _selects(p))}
    assert not found


def test_the_check_sees_a_select(tmp_path: Path):
    probe = tmp_path / "probe.py"
    probe.write_text('rows = conn.execute("SELECT path FROM documents")\nerr = "update without a chat"\n', encoding="utf-8")
    assert _selects(probe) == [1]


def test_the_loaded_files_tables_are_read_by_the_stores_query(seed_engine):
    held = admin._loaded_keys(seed_engine.db_path)
    assert held and all(isinstance(k, Path) for k in held)
    department = next(iter(next(iter(held.values()))))[0]
    assert any(department == d for keys in held.values() for d, _, _ in keys) and "白云区" in department
