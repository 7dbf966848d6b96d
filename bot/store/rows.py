"""A parsed document as the rows of the knowledge base's tables, in `schema.TABLES`' column order.

One function builds them (document_rows), for two sinks: the build's inserter, which numbers rows with
the file's next ids and writes them, and `BatchRows`, which numbers a batch's rows from 0 in a worker
process that parsed its documents (bot.store.pool) and writes them into an in-memory database sent back
whole; the build copies its rows with SQL, shifting those ids onto its own (`merge_statement`).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain
from operator import attrgetter

from bot.language.normalize import compact
from bot.language.segment import cut_name
from bot.model import STORED_AMOUNTS, Document, Issue, Project
from bot.store.queries import FACT_SEP
from bot.store.schema import TABLES

# The tables a document's rows go into, in the order they are written.
DOCUMENT_TABLES = ("documents", "funding_units", "projects", "indicators", "load_issues", "facts")
# The columns of each table that hold ids of this load's rows (shifted by `merge_statement`), by position:
# table -> ((position, table the id is of), ...)
ID_COLUMNS: dict[str, tuple[tuple[int, str], ...]] = {
    "documents": ((0, "documents"),),
    "funding_units": ((0, "funding_units"), (1, "documents")),
    "projects": ((0, "projects"), (1, "documents")),
    "indicators": ((0, "indicators"), (1, "projects"), (2, "documents")),
    "load_issues": ((0, "load_issues"), (1, "documents")),
    "facts": ((0, "facts"), (1, "documents")),
}


@lru_cache(maxsize=4096)  # a few dozen labels ("11-数量指标") repeat over every indicator
def split_code(label: str) -> tuple[str, str]:
    """"11-数量指标" -> ("11", "数量指标"); a label without a code keeps an empty code."""
    code, sep, name = label.partition("-")
    if sep and code.strip().isdigit():
        return code.strip(), name.strip()
    return "", label.strip()


@lru_cache(maxsize=4096)
def _levels(level1: str, level2: str) -> tuple[str, ...]:
    """An indicator's category columns from its two printed labels: code and name of each (a few dozen
    pairs repeat over every indicator of a load)."""
    return (*split_code(level1), *split_code(level2))


_amounts = attrgetter(*STORED_AMOUNTS)


class RowSink:
    """Where document_rows puts a document's rows: ids reserved per table, rows added per table, and a
    project name's words (names repeat across departments, so they are cut once)."""

    def ids(self, table: str, n: int) -> int:
        """Reserve n ids of a table; the first of them."""
        raise NotImplementedError

    def add(self, table: str, rows: list[tuple]) -> None:
        raise NotImplementedError

    def name_words(self, name: str) -> str:
        raise NotImplementedError


def name_words(name: str) -> str:
    """A project name segmented into words, space-separated (projects.words)."""
    return " ".join(w for w in cut_name(compact(name)) if w.strip())


def document_rows(sink: RowSink, doc: Document, sha256: str, loaded_at: str) -> int:
    """Add one document's rows to sink; its document id."""
    doc_id = sink.ids("documents", 1)
    sink.add("documents", [(doc_id, doc.path, os.path.basename(doc.path), sha256, doc.department,
                            doc.department_name, doc.unit, doc.year, doc.title, doc.layout, doc.form,
                            *_amounts(doc.total), loaded_at, len(doc.warnings))])
    unit_id = sink.ids("funding_units", len(doc.units))
    sink.add("funding_units", [(unit_id + k, doc_id, u.name, *_amounts(u.amounts), u.line, u.page or None)
                               for k, u in enumerate(doc.units)])
    _project_rows(sink, doc_id, doc.projects)
    fact_id = sink.ids("facts", len(doc.facts))
    sink.add("facts", [
        (fact_id + k, doc_id, doc.department_name, (doc.year if f.year is None else f.year or None), doc.form,
         " ".join([*f.row, *f.col, f.section]).strip(), FACT_SEP.join(f.row), FACT_SEP.join(f.row_heads),
         FACT_SEP.join(f.col), f.section, f.value, f.number, f.unit, f.sheet, f.cell, f.page, f.line)
        for k, f in enumerate(doc.facts)])
    issue_rows(sink, doc_id, doc.issues)
    return doc_id


def _project_rows(sink: RowSink, doc_id: int, projects: list[Project]) -> None:
    """Projects with their indicators (each indicator points at its project's id)."""
    project_id = sink.ids("projects", len(projects))
    iid = sink.ids("indicators", sum(len(p.indicators) for p in projects))
    rows, indicators = [], []
    for pid, p in enumerate(projects, start=project_id):
        rows.append((pid, doc_id, p.unit, p.name, p.kind, *_amounts(p.amounts), p.goal, p.line,
                     sink.name_words(p.name), p.executed, p.owner or None, p.page or None))
        indicators += [(k, pid, doc_id, i.group, i.seq, *_levels(i.level1, i.level2), i.name, i.period_value,
                        i.annual_value, i.actual_value, i.line, i.page or None) for k, i in enumerate(p.indicators, start=iid)]
        iid += len(p.indicators)
    sink.add("projects", rows)
    sink.add("indicators", indicators)


def issue_rows(sink: RowSink, doc_id: int, issues: list[Issue]) -> None:
    first = sink.ids("load_issues", len(issues))
    sink.add("load_issues", [(first + k, doc_id, i.path, i.line, i.level, i.message) for k, i in enumerate(issues)])


def described(doc: Document) -> str:
    """What a document read now yielded, one line for the admin."""
    return (f"{os.path.basename(doc.path)}：{doc.form or doc.layout}（{doc.layout}），"
            f"{f'{doc.year}年' if doc.year else '年度不详'}，{doc.department_name}，"
            f"{len(doc.projects)} 个项目，{doc.indicator_count} 个指标，{len(doc.facts)} 个数据项")


@dataclass
class Written:
    """What the build needs to know of a document a worker wrote into a batch (see BatchRows): its
    table's identity and warnings, and the local ids of its rows in each table, [start, end)."""

    department: str
    year: int | None
    form: str
    warnings: list[Issue]
    described: str
    spans: dict[str, tuple[int, int]]


class BatchRows(RowSink):
    """The rows of a batch of documents numbered from 0 in each table (in a worker process), written into
    an in-memory SQLite database sent back whole (serialized): the loading process copies them into the
    build with one INSERT … SELECT per table, ids shifted onto its own, instead of unpickling and
    binding every value of every row (the rows' columns bound here, in parallel, once)."""

    def __init__(self, loaded_at: str, words: dict[str, str]):
        self.loaded_at = loaded_at
        self.rows: dict[str, list[tuple]] = {t: [] for t in DOCUMENT_TABLES}
        self._next: dict[str, int] = dict.fromkeys(DOCUMENT_TABLES, 0)
        self._words = words  # the worker's names cut so far

    def collect(self, doc: Document, sha256: str) -> Written:
        """Add a document's rows; what the build needs to know of it."""
        before = dict(self._next)
        document_rows(self, doc, sha256, self.loaded_at)
        return Written(doc.department_name, doc.year, doc.form, doc.warnings, described(doc),
                       {t: (before[t], self._next[t]) for t in DOCUMENT_TABLES})

    def ids(self, table: str, n: int) -> int:
        first = self._next[table]
        self._next[table] = first + n
        return first

    def add(self, table: str, rows: list[tuple]) -> None:
        self.rows[table] += rows

    def name_words(self, name: str) -> str:
        words = self._words.get(name)
        if words is None:
            words = self._words[name] = name_words(name)
        return words

    def serialized(self) -> bytes:
        """The batch's rows as an SQLite database file's bytes (written into this process's batch
        database, which is emptied again for the next batch)."""
        conn = _batch_database()
        conn.execute("BEGIN")
        for table in DOCUMENT_TABLES:
            insert_many(conn, table, [c for c, _ in TABLES[table]], self.rows[table])
        conn.execute("COMMIT")
        data = conn.serialize()
        conn.execute("BEGIN")
        for table in DOCUMENT_TABLES:
            conn.execute(f"DELETE FROM [{table}]")
        conn.execute("COMMIT")
        return data


_BATCH_DATABASE: dict[int, sqlite3.Connection] = {}  # process id -> its batch database


def _batch_database() -> sqlite3.Connection:
    """An in-memory database with the tables of a document's rows, one per process and kept: its
    prepared statements (a multi-row INSERT of each size) are reused by every batch. Columns are declared
    without a type (no affinity): values are kept as bound, and the build's columns convert them as a
    direct insert would. The tables are created before any row, so every batch's database has them at
    the same root pages."""
    conn = _BATCH_DATABASE.get(os.getpid())
    if conn is None:
        conn = _BATCH_DATABASE[os.getpid()] = sqlite3.connect(":memory:", isolation_level=None)
        conn.execute("PRAGMA journal_mode = OFF")
        for table in DOCUMENT_TABLES:
            columns = [c for c, _ in TABLES[table]]
            conn.execute(f"CREATE TABLE [{table}] ([id] INTEGER PRIMARY KEY, "
                         + ", ".join(f"[{c}]" for c in columns[1:]) + ")")
    return conn


@cache
def merge_statement(table: str) -> str:
    """Copy a range of a batch's rows (BatchRows) into the build, each id column shifted by a parameter."""
    columns = [c for c, _ in TABLES[table]]
    shifted = {position for position, _ in ID_COLUMNS[table]}
    select = ", ".join(f"[{c}] + ?" if k in shifted else f"[{c}]" for k, c in enumerate(columns))
    names = ", ".join(f"[{c}]" for c in columns)
    return f"INSERT INTO main.[{table}] ({names}) SELECT {select} FROM batch.[{table}] WHERE id >= ? AND id < ?"


def insert_many(conn: sqlite3.Connection, table: str, columns: list[str], rows: Sequence[Sequence]) -> None:
    """Insert rows with multi-row INSERT statements, a few hundred rows each.

    executemany would run one statement per row, releasing Python's GIL around each step: while other
    threads are answering questions (a reload in a running bot) every row then waits for the GIL, and
    a load of 40,000 rows stalls for minutes.
    """
    per = max(1, 900 // len(columns))  # stay under SQLite's oldest limit of 999 parameters
    names = ", ".join(f"[{c}]" for c in columns)
    one = "(" + ", ".join("?" * len(columns)) + ")"
    full = f"INSERT INTO [{table}] ({names}) VALUES {', '.join([one] * per)}"
    for start in range(0, len(rows), per):
        chunk = rows[start : start + per]
        sql = full if len(chunk) == per else f"INSERT INTO [{table}] ({names}) VALUES {', '.join([one] * len(chunk))}"
        conn.execute(sql, list(chain.from_iterable(chunk)))
