"""A parsed document as the rows of the knowledge base's tables, in `schema.TABLES`' column order.

One function builds them (document_rows), for two sinks: the build's inserter, which numbers rows with
the file's next ids and writes them, and `Collected`, which numbers them from 0 in a worker process that
parsed the document (bot.store.pool); the build shifts those ids onto its own (`shifted`). A worker thus
sends plain tuples, cheap to pass between processes, and the loading process only writes them.
"""

from __future__ import annotations

import os
from functools import lru_cache
from operator import attrgetter

from bot.language.normalize import compact
from bot.language.segment import cut_name
from bot.model import AMOUNT_COLUMNS, Document, Issue, Project
from bot.store.queries import FACT_SEP

# The tables a document's rows go into, in the order they are written.
DOCUMENT_TABLES = ("documents", "funding_units", "projects", "indicators", "load_issues", "facts")
# The columns of each table that hold ids of this load's rows (shifted by `shifted`), by position:
# table -> ((position, table the id is of), ...)
_ID_COLUMNS: dict[str, tuple[tuple[int, str], ...]] = {
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
    """An indicator's category columns from its two printed labels: code and name of each, then the labels
    as printed (a few dozen pairs repeat over every indicator of a load)."""
    return (*split_code(level1), *split_code(level2), level1, level2)


_amounts = attrgetter(*AMOUNT_COLUMNS)


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
    sink.add("funding_units", [(unit_id + k, doc_id, u.name, *_amounts(u.amounts), u.line)
                               for k, u in enumerate(doc.units)])
    _project_rows(sink, doc_id, doc.projects)
    fact_id = sink.ids("facts", len(doc.facts))
    sink.add("facts", [
        (fact_id + k, doc_id, doc.department_name, f.year or doc.year, doc.form,
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
                     sink.name_words(p.name), p.executed))
        indicators += [(k, pid, doc_id, i.group, i.seq, *_levels(i.level1, i.level2), i.name, i.period_value,
                        i.annual_value, i.actual_value, i.line) for k, i in enumerate(p.indicators, start=iid)]
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


class Collected(RowSink):
    """A document's rows numbered from 0 in each table (in a worker process), with what the build needs
    to know of its table besides the rows."""

    def __init__(self, doc: Document, sha256: str, loaded_at: str, words: dict[str, str]):
        self.department = doc.department_name
        self.year = doc.year
        self.form = doc.form
        self.warnings = doc.warnings
        self.described = described(doc)
        self.rows: dict[str, list[tuple]] = {}
        self._next: dict[str, int] = {}
        self._words = words  # the worker's names cut so far
        document_rows(self, doc, sha256, loaded_at)

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in ("_next", "_words")}

    def ids(self, table: str, n: int) -> int:
        first = self._next.get(table, 0)
        self._next[table] = first + n
        return first

    def add(self, table: str, rows: list[tuple]) -> None:
        if rows:
            self.rows.setdefault(table, []).extend(rows)

    def name_words(self, name: str) -> str:
        words = self._words.get(name)
        if words is None:
            words = self._words[name] = name_words(name)
        return words


def shifted(rows: list[tuple], columns: tuple[tuple[int, str], ...], first: dict[str, int]) -> list[tuple]:
    """Rows numbered from 0 renumbered from the build's first ids of this document (see Collected)."""
    if len(columns) == 1:
        (_, t0), = columns
        a = first[t0]
        return [(r[0] + a, *r[1:]) for r in rows]
    if len(columns) == 2:
        (_, t0), (_, t1) = columns
        a, b = first[t0], first[t1]
        return [(r[0] + a, r[1] + b, *r[2:]) for r in rows]
    (_, t0), (_, t1), (_, t2) = columns
    a, b, c = first[t0], first[t1], first[t2]
    return [(r[0] + a, r[1] + b, r[2] + c, *r[3:]) for r in rows]


def id_columns(table: str) -> tuple[tuple[int, str], ...]:
    return _ID_COLUMNS[table]
