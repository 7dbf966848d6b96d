"""A knowledge base file as readers see it: its tables, its schema version, and the temporary files a
build leaves beside it. Light on purpose: a cold `ask` checks the version without importing the loader."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from bot.model import STORED_AMOUNTS

SCHEMA_VERSION = 8  # bump when the tables change: the engine refuses older files

_KEY = "INTEGER PRIMARY KEY"
_AMOUNTS = tuple((column, "REAL") for column in STORED_AMOUNTS)
_DOC_REF = 'INTEGER NOT NULL REFERENCES "documents"("id")'
# Every table's columns in the order the rows below are built in; foreign keys tie indicators to
# projects to documents.
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": (
        ("id", _KEY), ("path", "TEXT NOT NULL"), ("file_name", "TEXT"), ("sha256", "TEXT NOT NULL"),
        ("department", "TEXT NOT NULL"), ("department_name", "TEXT NOT NULL"), ("unit", "TEXT NOT NULL"),
        ("year", "INTEGER"), ("title", "TEXT"), ("layout", "TEXT"),
        ("form", "TEXT"),  # the table's kind as published (部门整体预算绩效目标表 …), for citations
        *_AMOUNTS, ("loaded_at", "TEXT"), ("warnings", "INTEGER")),
    "funding_units": (
        ("id", _KEY), ("document_id", 'INTEGER REFERENCES "documents"("id")'), ("name", "TEXT"), *_AMOUNTS,
        ("line", "INTEGER"), ("page", "INTEGER")),
    "projects": (
        ("id", _KEY), ("document_id", _DOC_REF), ("unit_name", "TEXT"), ("name", "TEXT NOT NULL"), ("kind", "TEXT"),
        *_AMOUNTS, ("goal", "TEXT"), ("line", "INTEGER"),
        ("words", "TEXT"),  # the name segmented by jieba: the matcher builds short names from these words
        ("executed", "REAL"),  # 全年执行数, where a self-evaluation table gives it
        ("owner", "TEXT"),  # 主管部门 of the project itself, where its block names one
        ("page", "INTEGER")),  # the published table's page its line is on (a paginated text, a PDF); else null
    "indicators": (
        ("id", _KEY), ("project_id", 'INTEGER NOT NULL REFERENCES "projects"("id")'), ("document_id", _DOC_REF),
        ("grp", "INTEGER"), ("seq", "INTEGER"), ("level1_code", "TEXT"), ("level1", "TEXT"),
        ("level2_code", "TEXT"), ("level2", "TEXT"),  # "1-产出指标" as printed: code "1", name 产出指标
        ("name", "TEXT NOT NULL"), ("period_value", "TEXT"), ("annual_value", "TEXT"), ("actual_value", "TEXT"),
        ("line", "INTEGER"), ("page", "INTEGER")),
    "load_issues": (
        ("id", _KEY), ("document_id", "INTEGER"), ("path", "TEXT"), ("line", "INTEGER"), ("level", "TEXT"),
        ("message", "TEXT")),
    # Every labelled value of a table (model.Fact): the fact answerer finds values by their labels.
    "facts": (
        ("id", _KEY), ("document_id", _DOC_REF),
        ("department", "TEXT"),  # department_name of the document
        ("year", "INTEGER"),  # the fact's own year (a "2023年" column), else the document's
        ("form", "TEXT"),
        ("labels", "TEXT"),  # row labels, column labels and section, space-separated: the searchable text
        ("row_labels", "TEXT"),  # row labels outermost first, joined by FACT_SEP
        ("row_heads", "TEXT"),  # the header of each row label's column, joined by FACT_SEP
        ("col_labels", "TEXT"), ("section", "TEXT"), ("value", "TEXT NOT NULL"), ("number", "REAL"),
        ("unit", "TEXT"), ("sheet", "TEXT"), ("cell", "TEXT"), ("page", "INTEGER"), ("line", "INTEGER")),
    "meta": (("key", "TEXT PRIMARY KEY"), ("value", "TEXT")),
    # jieba's most frequent words: the question tokenizer's base (stored built in `segmenter`).
    "dictionary": (("word", "TEXT PRIMARY KEY"), ("freq", "INTEGER"), ("tag", "TEXT")),
    "segmenter": (("key", "TEXT PRIMARY KEY"), ("data", "BLOB")),
}
# (table, columns, unique); created once the rows are in (one sort instead of a b-tree insert per row).
# Only what a query of bot/store/queries.py looks up or orders by: no query asks for a project or an
# indicator by its name (names are matched in memory), so an index on names would only slow every load
# (indicators.name was a third of the indexing time of a load).
INDEXES: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("documents", ("sha256",), True), ("documents", ("department_name",), False),
    ("projects", ("document_id",), False), ("projects", ("total",), False),
    ("indicators", ("project_id", "grp", "seq"), False), ("indicators", ("level1",), False),
    ("indicators", ("level2",), False),
    ("facts", ("document_id", "line"), False), ("facts", ("department", "year"), False), ("facts", ("year",), False),
)
# The documents still being read may repeat a live table's SHA-256 (a renamed workbook): its unique
# index waits until the tables that are replaced are gone.
UNIQUE_SHA_INDEX = "idx_documents_sha256"


def schema_version_of(db_path: str | Path) -> int | None:
    """The schema version a database file was built with (None when unreadable)."""
    try:
        con = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        finally:
            con.close()
        return int(row[0]) if row else None
    except (sqlite3.Error, ValueError):
        return None


def clean_leftovers(db_path: str | Path) -> list[Path]:
    """Remove temporary files a killed or failed load left beside db_path (never those of a load that
    is still running in another process)."""
    target = Path(db_path)
    removed: list[Path] = []
    if not target.parent.is_dir():
        return removed
    prefix = f".{target.name}."
    for f in target.parent.iterdir():
        if not f.name.startswith(prefix) or ".building" not in f.name:
            continue
        pid = f.name[len(prefix):].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and _alive(int(pid)):
            continue
        try:
            f.unlink()
            removed.append(f)
        except OSError:
            pass
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
