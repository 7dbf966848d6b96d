"""Store parsed documents in SQLite, built beside the live file and swapped in atomically.

Documents stream into the new file as they are read (a load never holds every parsed table in memory);
the file replaces the live one only when every file was read without error and the result checks out.
sqlite-utils declares the tables (with their keys and foreign keys) from `schema.TABLES`, once per program
in the cached empty knowledge base; the indexes are created in plain SQL once the rows are in;
rows go through the same connection's executemany, a few hundred per statement, because a load writes
hundreds of thousands of them. sqlite-utils is imported here only: the ask path opens the built file with
plain sqlite3 (its import, numpy among it, costs ~0.1–0.2 s).
"""

from __future__ import annotations

import gc
import os
import re
import shutil
import sqlite3
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache, partial, wraps
from pathlib import Path
from typing import Any, TypeVar, cast

from bot.language.segment import base_words, derived_file, release_dictionary, stored_base
from bot.model import AMOUNT_COLUMNS, AMOUNT_LABELS, Document, Issue, LoadError
from bot.store.pool import BATCH, ParsePool, workers_for
from bot.store.rows import (
    DOCUMENT_TABLES,
    ID_COLUMNS,
    RowSink,
    Written,
    described,
    document_rows,
    insert_many,
    issue_rows,
    merge_statement,
    name_words,
)
from bot.store.schema import INDEXES, SCHEMA_VERSION, TABLES, UNIQUE_SHA_INDEX, clean_leftovers

_TYPES = {"INTEGER": int, "TEXT": str, "REAL": float, "BLOB": bytes}
_REFERENCE = re.compile(r'REFERENCES "(\w+)"\("(\w+)"\)')


def _create_schema(conn: sqlite3.Connection) -> None:
    """The tables of a knowledge base, declared through sqlite-utils from `schema.TABLES` (their
    indexes come with _create_indexes, once the rows are in)."""
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    for table, columns in TABLES.items():
        pk = next(c for c, kind in columns if "PRIMARY KEY" in kind)
        fks = [(c, m[1], m[2]) for c, kind in columns if (m := _REFERENCE.search(kind))]
        db.create_table(table, {c: _TYPES[kind.split()[0]] for c, kind in columns}, pk=pk,
                        not_null={c for c, kind in columns if "NOT NULL" in kind}, foreign_keys=fks)


def _create_indexes(conn: sqlite3.Connection) -> None:
    """schema.INDEXES, in the statement sqlite-utils' create_index writes (the same schema text), in plain
    SQL: a build from the template or a copy of the live file then never imports sqlite-utils (~0.15 s
    of a command-line load)."""
    for table, columns, unique in INDEXES:
        name = f"idx_{table}_{'_'.join(columns)}"
        quoted = ", ".join(f'"{c}"' for c in columns)
        conn.execute(f'CREATE {"UNIQUE " if unique else ""}INDEX IF NOT EXISTS "{name}"\n    ON "{table}" ({quoted})')


class _Inserter(RowSink):
    """Rows buffered as tuples in TABLES' column order and written a few hundred per statement.

    Ids are assigned here so indicators can point at their project without a round trip per row.
    """

    TABLES = DOCUMENT_TABLES
    BUFFER = 5000  # rows held before they are written: a load's memory does not grow with its size

    def __init__(self, conn: sqlite3.Connection, words: dict[str, str]):
        self.conn = conn
        self.rows: dict[str, list[tuple]] = {t: [] for t in self.TABLES}
        self.pending = 0
        self.next_id = {t: conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM [{t}]").fetchone()[0]
                        for t in self.TABLES}
        self.words = words  # project name -> its words: names repeat across departments

    def name_words(self, name: str) -> str:
        """A project name segmented into words, space-separated (projects.words)."""
        words = self.words.get(name)
        if words is None:
            words = self.words[name] = name_words(name)
        return words

    def ids(self, table: str, n: int) -> int:
        """Reserve n ids of a table; the first of them."""
        first = self.next_id[table]
        self.next_id[table] += n
        return first

    def add(self, table: str, rows: list[tuple]) -> None:
        self.rows[table] += rows
        self.pending += len(rows)
        if self.pending >= self.BUFFER:
            self.flush()

    def merge(self, data: bytes, runs: list[list[Written]]) -> list[int]:
        """Copy the rows of a batch a worker wrote (rows.BatchRows) under this file's next ids, run by run
        (documents consecutive in the batch: an identical copy of an earlier one is left out); the new id
        of each run's first document (the others follow it)."""
        self.flush()  # rows are written in the order of their ids
        conn = self.conn
        # Between transactions: within one, SQLite keeps the schema it read of the previous batch (its
        # tables' root pages), and would read the new one's pages through it.
        conn.execute("COMMIT")
        conn.deserialize(data, name="batch")
        conn.execute("BEGIN")
        firsts = []
        for run in runs:
            span = {t: (run[0].spans[t][0], run[-1].spans[t][1]) for t in self.TABLES}
            shift = {t: self.ids(t, end - start) - start for t, (start, end) in span.items()}
            for table in self.TABLES:
                start, end = span[table]
                if end > start:
                    conn.execute(merge_statement(table), [*(shift[t] for _, t in ID_COLUMNS[table]), start, end])
            firsts.append(shift["documents"] + span["documents"][0])
        return firsts

    def flush(self) -> None:
        for table in self.TABLES:
            rows = self.rows[table]
            if rows:
                insert_many(self.conn, table, [c for c, _ in TABLES[table]], rows)
                rows.clear()
        self.pending = 0


@dataclass
class Table:
    """One department's table found while loading: read now (and already written into the file being
    built), or reused from the live database when its file is byte-identical to the one it was loaded
    from (no re-parsing, no re-cutting)."""

    department: str  # without the "(部门)" suffix
    year: int | None
    digest: str  # identity: SHA-256 of the file (plus the department when a workbook holds several)
    path: str
    upload: bool = False  # under the upload folder: it corrects a bundled table of the same year
    new_id: int | None = None  # read now: its document id in the file being built
    old_id: int | None = None  # the live database's document id when reused
    warnings: int = 0  # reused: the warnings reported when it was first loaded
    issues: list[Issue] = field(default_factory=list)  # read now: its warnings
    notes: list[Issue] = field(default_factory=list)  # warnings choose_tables adds (another copy not used)
    described: str = ""  # read now: layout, year, what it yielded (for the admin)
    form: str = ""  # the table's kind as published: a department publishes several kinds a year
    changes: list[str] | None = None  # read now and replacing a live table: what differs

    @property
    def key(self) -> tuple[str, int | None, str]:
        """One table per department, year and kind: a corrected table replaces the one of its kind, while
        a department's budget summary and its allocation table of the same year both stay."""
        return self.department, self.year, self.form

    @property
    def label(self) -> str:
        return f"{self.department}（{self.year} 年）" if self.year else self.department

    @property
    def label_with_form(self) -> str:
        """The label when the department has tables of several kinds that year."""
        return f"{self.label}{self.form}" if self.form else self.label


def short(path: str) -> str:
    """A file named by its own name: admins do not need the server's folders."""
    return Path(path).name or path


@dataclass
class LoadSummary:
    """What a load did: counts for the admin, what changed, and the warnings of the new tables."""

    documents: int = 0
    departments: list[str] = field(default_factory=list)
    projects: int = 0
    indicators: int = 0
    facts: int = 0
    files: list[str] = field(default_factory=list)  # per document read now: layout recognised, year, what it yielded
    skipped: list[str] = field(default_factory=list)  # byte-identical copies of a table already chosen
    warnings: list[Issue] = field(default_factory=list)  # of the tables read in this load
    earlier_warnings: int = 0  # of unchanged tables, reported when they were first loaded
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changes: dict[str, list[str]] = field(default_factory=dict)  # replaced table -> what differs
    unchanged: bool = False  # nothing was loaded or replaced: the database was not rewritten
    vocabulary: list[Issue] = field(default_factory=list)  # aliases whose target names nothing loaded

    def text(self, detail: bool = True, limit: int = 3) -> str:
        """A short Chinese summary, one fact a line; detail=False summarises warnings and changes
        (count and the first few) and names files by their own name, for a chat."""
        def listed(items: list[str]) -> str:
            return "、".join(items) if detail or len(items) <= 8 else "、".join(items[:8]) + f" 等 {len(items)} 个"

        lines = [
            f"文档：{self.documents} 份",
            f"部门：{len(self.departments)} 个（{listed(self.departments)}）" if self.departments else "部门：0 个",
            f"项目：{self.projects} 个",
            f"绩效指标：{self.indicators} 个",
            f"数据项：{self.facts} 个",
        ]
        lines += [f"  {f}" for f in (self.files if detail else self.files[:limit])]
        for title, items in (("新增", self.added), ("替换", self.replaced), ("删除", self.removed)):
            if items:
                lines.append(f"{title}：{listed(items)}")
        if self.kept and (self.added or self.replaced or self.removed):
            lines.append(f"保留不变：{len(self.kept)} 个部门的表")
        for label, changes in self.changes.items():
            shown = changes if detail else changes[:limit]
            lines.append(f"{label}的变化（{len(changes)} 处）：" if changes else f"{label}：金额和指标值都没有变化")
            lines += [f"  {c}" for c in shown]
            if len(shown) < len(changes):
                lines.append(f"  ……另有 {len(changes) - len(shown)} 处")
        lines.append(f"警告：{len(self.warnings)} 条")
        shown_w = self.warnings if detail else self.warnings[:limit]
        lines += [f"  {w}" if detail else f"  {_short_issue(w)}" for w in shown_w]
        if len(shown_w) < len(self.warnings):
            lines.append(f"  ……另有 {len(self.warnings) - len(shown_w)} 条（/reload 详细 可看全部）")
        if self.earlier_warnings:
            lines.append(f"（未改动的表另有 {self.earlier_warnings} 条警告，加载时已报告）")
        lines += [f"已跳过重复文档：{s if detail else short(s)}" for s in self.skipped]
        if self.vocabulary:
            lines.append(f"词表：{len(self.vocabulary)} 个别名在当前知识库中没有对应（可能写错了目标）"
                         + ("" if detail else "，/reload 详细 可看"))
            lines += [f"  {w}" for w in self.vocabulary] if detail else []
        return "\n".join(lines)


def _short_issue(issue: Issue) -> str:
    return str(Issue(short(issue.path), issue.line, issue.message, issue.level))


@lru_cache(maxsize=1)  # the program running does not change while it runs
def _ingest_version() -> str:
    """A fingerprint of the program that reads documents: a table is reused from the live database only
    when the same program would read it the same way."""
    import hashlib

    h = hashlib.sha256(str(SCHEMA_VERSION).encode())
    package = Path(__file__).resolve().parent.parent
    for f in sorted(package.rglob("*.py")):
        h.update(str(f.relative_to(package)).encode() + f.read_bytes())
    return h.hexdigest()[:16]


def _document_tables(conn: sqlite3.Connection) -> list[str]:
    """Tables whose rows belong to a document (every table with a document_id column)."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return [n for n in names if any(c[1] == "document_id" for c in conn.execute(f"PRAGMA table_info([{n}])"))]


def _delete_documents(conn: sqlite3.Connection, ids: Iterable[int]) -> None:
    ids = list(ids)
    if not ids:
        return
    marks = ", ".join("?" * len(ids))
    for table in ["indicators", *[t for t in _document_tables(conn) if t != "indicators"]]:
        conn.execute(f"DELETE FROM [{table}] WHERE document_id IN ({marks})", ids)
    conn.execute(f"DELETE FROM documents WHERE id IN ({marks})", ids)


def _fmt(value: float | None) -> str:
    return "空" if value is None else f"{value:.2f}"


def _changes(conn: sqlite3.Connection, old_id: int, doc: Document) -> list[str]:
    """What differs between the live table and the one replacing it: amounts and indicator values."""
    out: list[str] = []
    cols = ", ".join(AMOUNT_COLUMNS)
    old_total = conn.execute(f"SELECT {cols} FROM documents WHERE id = ?", (old_id,)).fetchone()
    for column, before in zip(AMOUNT_COLUMNS, old_total, strict=True):
        after = getattr(doc.total, column)
        if _fmt(before) != _fmt(after):
            out.append(f"合计{AMOUNT_LABELS[column]} {_fmt(before)} → {_fmt(after)}")
    old_projects = {r[0]: (r[1:-1], r[-1]) for r in conn.execute(
        f"SELECT name, {cols}, id FROM projects WHERE document_id = ? ORDER BY id", (old_id,))}
    old_values: dict[int, dict[str, tuple]] = {}
    # (through its projects: indicators are indexed by project, not by document; a scan of every
    # indicator per replaced table made a reload of 1,000 changed tables take minutes)
    for pid, name, period, annual, actual in conn.execute(
            "SELECT project_id, name, period_value, annual_value, actual_value FROM indicators WHERE project_id IN "
            "(SELECT id FROM projects WHERE document_id = ?) AND document_id = ? ORDER BY id", (old_id, old_id)):
        old_values.setdefault(pid, {})[name] = (period, annual, actual)
    new_names = {p.name for p in doc.projects}
    for p in doc.projects:
        if p.name not in old_projects:
            out.append(f"新增项目“{p.name}”（总计 {_fmt(p.amounts.total)}）")
            continue
        amounts, pid = old_projects[p.name]
        for column, before in zip(AMOUNT_COLUMNS, amounts, strict=True):
            after = getattr(p.amounts, column)
            if _fmt(before) != _fmt(after):
                out.append(f"“{p.name}”{AMOUNT_LABELS[column]} {_fmt(before)} → {_fmt(after)}")
        olds = old_values.get(pid, {})
        for ind in p.indicators:
            if ind.name not in olds:
                out.append(f"“{p.name}”新增指标“{ind.name}”")
                continue
            for label, before, after in zip(("实施周期指标值", "年度指标值", "全年完成值"), olds[ind.name],
                                            (ind.period_value, ind.annual_value, ind.actual_value), strict=True):
                if (before or "") != (after or ""):
                    out.append(f"“{p.name}”指标“{ind.name}”{label}：{before or '空'} → {after or '空'}")
        kept = {i.name for i in p.indicators}
        # In the live table's order (a set's order changes with every run's string hashing).
        out += [f"“{p.name}”删除指标“{name}”" for name in olds if name not in kept]
    out += [f"删除项目“{name}”" for name in old_projects if name not in new_names]
    return out

def choose_tables(tables: list[Table], later_wins: bool = False) -> tuple[list[Table], list[str], list[Issue]]:
    """One table per department and year. Precedence never depends on file times: a table in the upload
    folder corrects a bundled one; two different tables of one department and year otherwise are an
    error naming both files, unless later_wins: then the file whose name sorts last wins (an explicit
    order, such as the upload sequence numbers of the shared mode's files). Returns (chosen, skipped
    identical copies, errors)."""
    groups: dict[tuple[str, int | None, str], list[Table]] = {}
    skipped: list[str] = []
    for t in tables:
        group = groups.setdefault(t.key, [])
        if any(g.digest == t.digest for g in group):
            skipped.append(t.path)
        else:
            group.append(t)
    chosen: list[Table] = []
    errors: list[Issue] = []
    for group in groups.values():
        if len(group) == 1:
            chosen.append(group[0])
            continue
        top = [t for t in group if t.upload] or group
        if len(top) > 1 and later_wins:
            top = [max(top, key=lambda t: Path(t.path).name)]
        if len(top) > 1:
            names = "、".join(short(t.path) for t in top)
            errors.append(Issue(top[-1].path, 0, f"{top[0].label}有 {len(top)} 份不同的表：{names}。"
                                                 "请删除或移走多余的一份（上传的表会替换同一部门同一年度的表）", "error"))
            continue
        new = top[0]
        old = "、".join(short(t.path) for t in group if t is not new)
        if new.new_id is not None:
            new.notes.append(Issue(new.path, 0, f"{new.department}有多份表：使用 {short(new.path)}，不再使用 {old}"))
        chosen.append(new)
    return chosen, skipped, errors


def _live_tables(db_path: Path) -> tuple[sqlite3.Connection | None, list[tuple], bool, bool]:
    """A read-only connection to the live database, its documents, whether its rows can be reused, and
    whether its tables have this program's columns (so a replaced table can be compared with them, even
    when a newer reader cannot reuse its rows)."""
    if not db_path.exists():
        return None, [], False, False
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        rows = conn.execute("SELECT id, department_name, year, sha256, file_name, path, warnings, department, "
                            "coalesce(form, '') FROM documents").fetchall()
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.Error:
        return None, [], False, False
    same_schema = meta.get("schema_version") == str(SCHEMA_VERSION)
    return conn, rows, same_schema and meta.get("ingest_version") == _ingest_version(), same_schema


class _Build:
    """The new knowledge base file beside the target: created when the first document is written into
    it (a load that reads nothing new writes nothing), swapped in by finish(), removed by close()
    unless it was swapped in."""

    def __init__(self, target: Path, live: sqlite3.Connection | None, build_id: str | None):
        self.target, self.live, self.build_id = target, live, build_id
        self.tmp = target.with_name(f".{target.name}.{os.getpid()}.building")
        self.conn: sqlite3.Connection | None = None
        self.ins: _Inserter | None = None
        self.loaded_at = datetime.now(UTC).isoformat(timespec="seconds")
        self.digests: set[str] = set()  # of the documents written: an identical copy is not written twice
        self.words: dict[str, str] = {}  # project names cut into words (by the workers that read them)

    def _open(self) -> _Inserter:
        """The building file: a copy of the live one (its dictionary and unchanged tables are copied,
        not derived again), or a fresh schema. No journal and no syncing while it is written: a failed
        load throws the file away, and finish() syncs it once before it replaces the target."""
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.tmp.unlink(missing_ok=True)
        conn = self.conn = sqlite3.connect(self.tmp, isolation_level=None)
        if self.live is not None:
            self.live.backup(conn)
            conn.execute(f'DROP INDEX IF EXISTS "{UNIQUE_SHA_INDEX}"')
        else:
            conn.close()
            conn = self.conn = _fresh(self.tmp)
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("ATTACH ':memory:' AS batch")  # where the batches the workers wrote are copied from
        conn.execute("BEGIN")
        return _Inserter(conn, self.words)

    def write(self, doc: Document, digest: str) -> int | None:
        """Write one document read now; its id (None for an identical copy of one already written)."""
        return self._write_once(digest, lambda ins: document_rows(ins, doc, digest, self.loaded_at))

    def merge(self, data: bytes, docs: list[tuple[Written, str]]) -> list[int | None]:
        """Copy a batch a worker wrote (rows.BatchRows, its documents in order with their identities); the
        id of each document (None for an identical copy of one already written: its rows are left out)."""
        runs: list[list[Written]] = [[]]
        kept: list[bool] = []
        for doc, digest in docs:
            kept.append(digest not in self.digests)
            if kept[-1]:
                self.digests.add(digest)
                runs[-1].append(doc)
            elif runs[-1]:
                runs.append([])
        runs = [run for run in runs if run]
        if not runs:
            return [None] * len(docs)
        try:
            if self.ins is None:
                self.ins = self._open()
            firsts = iter(self.ins.merge(data, runs))
        except (sqlite3.Error, OSError, OverflowError, ValueError) as exc:
            raise self.failed(exc) from exc
        ids: list[int | None] = []
        following = None  # the id of the next document of the current run
        for keep in kept:
            if not keep:
                following = None
                ids.append(None)
                continue
            following = next(firsts) if following is None else following
            ids.append(following)
            following += 1
        return ids

    def _write_once(self, digest: str, put: Callable[[Any], int]) -> int | None:
        """put(inserter) once per distinct file content; a database error is a load error naming the target."""
        if digest in self.digests:
            return None
        self.digests.add(digest)
        try:
            if self.ins is None:
                self.ins = self._open()
            return put(self.ins)
        except (sqlite3.Error, OSError, OverflowError, ValueError) as exc:
            raise self.failed(exc) from exc

    def failed(self, exc: Exception) -> LoadError:
        return LoadError([Issue(str(self.target), 0, f"写入知识库失败：{exc}", "error")])

    def unchanged(self, tables: list[Table], summary: LoadSummary) -> bool:
        """Whether the live file already is this knowledge base (nothing to write)."""
        live = self.live
        if live is None or any(t.new_id is not None for t in tables) or summary.removed:
            return False
        same_id = self.build_id is None or live.execute(
            "SELECT value FROM meta WHERE key = 'build_id'").fetchone() == (self.build_id,)
        return same_id and {t.old_id for t in tables} == {r[0] for r in live.execute("SELECT id FROM documents")}

    def finish(self, tables: list[Table], summary: LoadSummary) -> LoadSummary:
        """Keep only the chosen tables, complete the file, check it, and swap it in."""
        try:
            return self._finish(tables, summary)
        except (sqlite3.Error, OSError, OverflowError, ValueError) as exc:
            raise self.failed(exc) from exc

    def _finish(self, tables: list[Table], summary: LoadSummary) -> LoadSummary:
        if self.unchanged(tables, summary):
            summary.unchanged = True
            assert self.live is not None
            _count(self.live, summary)
            summary.earlier_warnings = sum(t.warnings for t in tables)
            return summary
        ins = self.ins or self._open()
        conn = ins.conn
        self._keep_only(ins, tables)
        for t in tables:
            if t.new_id is not None:
                summary.files.append(t.described)
                summary.warnings.extend([*t.issues, *t.notes])
        ins.flush()
        _create_indexes(conn)
        _store_language(conn)
        _store_meta(conn, self.loaded_at, self.build_id)
        conn.execute("COMMIT")
        conn.execute("DETACH batch")
        _verify(conn, self.tmp)
        _count(conn, summary)
        summary.earlier_warnings = sum(t.warnings for t in tables if t.new_id is None)
        self._swap()
        return summary

    def _keep_only(self, ins: _Inserter, tables: list[Table]) -> None:
        """Delete what was written or copied but not chosen; point reused tables at their files; add
        the notes choose_tables made about the chosen ones."""
        conn = ins.conn
        keep = {t.old_id for t in tables} | {t.new_id for t in tables}
        for t in tables:
            if t.new_id is None and t.old_id is None:
                raise ValueError(f"{t.path}: no document read")
        ins.flush()
        _delete_documents(conn, [r[0] for r in conn.execute("SELECT id FROM documents") if r[0] not in keep])
        for t in tables:
            if t.old_id is not None:
                conn.execute("UPDATE documents SET path = ?, file_name = ? WHERE id = ?",
                             [t.path, Path(t.path).name, t.old_id])
            elif t.new_id is not None and t.notes:
                issue_rows(ins, t.new_id, t.notes)
                conn.execute("UPDATE documents SET warnings = warnings + ? WHERE id = ?", [len(t.notes), t.new_id])

    def _swap(self) -> None:
        assert self.conn is not None
        self.conn.close()
        self.conn = None
        fd = os.open(self.tmp, os.O_RDONLY)
        try:
            os.fsync(fd)  # on disk before it is the knowledge base (it was written without syncing)
        finally:
            os.close(fd)
        os.replace(self.tmp, self.target)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        for side in ("", "-journal", "-wal", "-shm"):
            self.tmp.with_name(self.tmp.name + side).unlink(missing_ok=True)


def _fresh(path: Path) -> sqlite3.Connection:
    """An empty knowledge base at path: the tables, jieba's dictionary and the tokenizer's base. They
    are the same for every build by this program with this dictionary, so the first build keeps a
    copy of them in the cache and later ones start from a copy of that file (~0.1 s less per load)."""
    template = derived_file(f"kb-template-{_ingest_version()}", ".sqlite")
    try:
        shutil.copyfile(template, path)
        conn = sqlite3.connect(path, isolation_level=None)
        if _is_fresh(conn):
            os.utime(template)  # in use: another version's loads leave it (see _keep_template)
            return conn
        conn.close()
    except (OSError, sqlite3.Error):
        pass
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    _create_schema(conn)
    _store_language(conn)
    conn.execute("COMMIT")
    _keep_template(conn, template)
    return conn


def _is_fresh(conn: sqlite3.Connection) -> bool:
    """Is conn an empty knowledge base with its language tables (a sound copy of the template)?"""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return (tables == set(TABLES) and conn.execute("SELECT count(*) FROM segmenter WHERE key = 'base'").fetchone()
            == (1,) and conn.execute("SELECT 1 FROM dictionary LIMIT 1").fetchone() is not None
            and conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None)


def _keep_template(conn: sqlite3.Connection, template: Path) -> None:
    """Save a copy of a fresh knowledge base as the template (older templates removed); a cache only."""
    partial = template.with_name(f".{template.name}.{os.getpid()}")
    try:
        template.parent.mkdir(parents=True, exist_ok=True)
        copy = sqlite3.connect(partial)
        try:
            conn.backup(copy)
        finally:
            copy.close()
        os.replace(partial, template)
        version = template.name.split("-", 3)[3]  # the dictionary's: another install keeps its own
        # Another program version's template goes once it has not been used for a day: two checkouts in
        # use side by side (a worktree, a second install) would otherwise delete each other's at every load.
        stale = time.time() - 86400
        for old in template.parent.glob(f"kb-template-*-{version}"):
            if old != template and old.stat().st_mtime < stale:
                old.unlink(missing_ok=True)
    except (OSError, sqlite3.Error):
        partial.unlink(missing_ok=True)


def _store_language(conn: sqlite3.Connection) -> None:
    """jieba's frequent words and the question tokenizer's base built from them, once per knowledge
    base rather than at every start of the engine (a copy of the live file has them already)."""
    words: Sequence[Sequence] | None = None
    if not conn.execute("SELECT 1 FROM dictionary LIMIT 1").fetchone():
        words = base_words()
        insert_many(conn, "dictionary", ["word", "freq", "tag"], words)
    if not conn.execute("SELECT 1 FROM segmenter WHERE key = 'base'").fetchone():
        if words is None:
            words = conn.execute("SELECT word, freq, tag FROM dictionary").fetchall()
        base, tags = stored_base(words)
        conn.executemany("INSERT OR REPLACE INTO segmenter (key, data) VALUES (?, ?)", [("base", base), ("tags", tags)])


def _store_meta(conn: sqlite3.Connection, loaded_at: str, build_id: str | None) -> None:
    import uuid

    conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [
        ("schema_version", str(SCHEMA_VERSION)), ("ingest_version", _ingest_version()), ("built_at", loaded_at),
        ("build_id", build_id or uuid.uuid4().hex)])


class _Reader:
    """Reads the files of a load, writing each document read into the build as soon as it is read;
    a file byte-identical to one the live database was built from is reused, not read."""

    def __init__(self, build: _Build, live_rows: list[tuple], reusable: bool, *, upload_root: Path | None,
                 parsed: dict[str, list[tuple[Document, str]]] | None, force: bool,
                 compare_with: sqlite3.Connection | None = None):
        self.build, self.upload_root, self.parsed, self.force = build, upload_root, parsed or {}, force
        # What a replaced table changed is read from the live file even when its rows cannot be reused
        # (a newer program reads files differently): an admin reloading after an upgrade still sees it.
        self.compare_with = compare_with
        self.by_sha = {r[3]: r for r in live_rows} if reusable else {}
        self.by_file: dict[str, list[tuple]] = {}
        for r in live_rows if reusable else ():
            self.by_file.setdefault(r[4], []).append(r)
        self.old_by_key: dict[tuple[str, int | None, str], tuple] = {(r[1], r[2], r[8]): r for r in live_rows}
        self.errors: list[Issue] = []
        # The batch last copied into the build, and the ids of its documents not taken yet.
        self._merged: tuple[Future | None, Iterator[int | None]] = (None, iter(()))

    def read_all(self, sources: list[Path], workers: int | None = None) -> list[Table]:
        """Every table of every file, in file order; the errors of all files are collected in
        self.errors. Many files are parsed by worker processes (see bot.store.pool)."""
        tables: list[Table] = []
        n = 1 if self.parsed else workers_for(len(sources), workers)
        # The workers send rows ready to be written, unless a replaced table is compared with the live
        # one (that needs the document) or this SQLite cannot pass a database as bytes.
        rows = self.compare_with is None and hasattr(sqlite3.Connection, "deserialize")
        pool = ParsePool(n, self.force, self.build.loaded_at if rows else None) if n > 1 else None
        src = sources[0] if sources else Path()
        try:
            steps = self._pooled(sources, pool) if pool else ((s, partial(self.read, s)) for s in sources)
            for src, step in steps:
                try:
                    tables += step()
                except LoadError as exc:
                    self.errors.extend(exc.issues)
                except OSError as exc:
                    self.errors.append(Issue(str(src), 0, f"无法读取文件：{exc.strerror or exc}", "error"))
        except BrokenProcessPool:
            self.errors.append(Issue(str(src), 0, "读取文件的工作进程意外退出（可能是内存不足），这次加载没有完成", "error"))
        finally:
            if pool:
                pool.close()
        return tables

    def _identify(self, src: Path) -> tuple[bytes, str, bool, list[Table]]:
        """A file's bytes, digest, whether it is an upload, and the live tables it is a copy of."""
        import hashlib

        data = src.read_bytes()
        is_upload = self._is_upload(src)
        digest = hashlib.sha256(data).hexdigest()
        # A workbook of several departments identifies each by the file and the department as printed.
        reuse = [self.by_sha[digest]] if digest in self.by_sha else [
            r for r in self.by_file.get(src.name, []) if r[3] == hashlib.sha256(data + r[7].encode("utf-8")).hexdigest()]
        return data, digest, is_upload, [Table(r[1], r[2], r[3], str(src), is_upload, old_id=r[0], warnings=r[6] or 0,
                                               form=r[8]) for r in reuse]

    def _is_upload(self, src: Path) -> bool:
        return self.upload_root is not None and self.upload_root in src.resolve().parents

    def read(self, src: Path) -> list[Table]:
        from bot.ingest.formats import read_documents

        data, digest, is_upload, reused = self._identify(src)
        if reused:
            return reused
        found = (self.parsed and self.parsed.get(str(src.resolve()))) or read_documents(src, data, force=self.force,
                                                                                          digest=digest)
        return [self.write(doc, dg, str(src), is_upload) for doc, dg in found]

    def _pooled(self, sources: list[Path], pool: ParsePool) -> Iterator[tuple[Path, Callable[[], list[Table]]]]:
        """(file, step giving its tables) in file order; the files to parse go to the pool in batches,
        at most pool.limit batches ahead of the step being taken."""
        queue: deque[tuple[Path, Callable[[], list[Table]], Future | None]] = deque()
        batch: list[tuple[Path, bytes | None, bool]] = []
        in_flight: deque[Future] = deque()
        reusing = bool(self.by_sha or self.by_file)  # else the workers read the files themselves

        def send() -> None:
            jobs = [(str(s), data) for s, data, _ in batch]
            # The workers behind (the oldest batch not back yet): this process reads this batch itself
            # rather than wait (on a machine of few cores it is one of the readers).
            sent = pool.read_here(jobs) if in_flight and not in_flight[0].done() else pool.send(jobs)
            in_flight.append(sent)
            queue.extend((s, partial(self._received, sent, k, s, up), sent) for k, (s, _, up) in enumerate(batch))
            batch.clear()

        for src in sources:
            error: OSError | None = None
            try:
                data, _, is_upload, reused = self._identify(src) if reusing else (None, "", self._is_upload(src), [])
            except OSError as exc:
                reused, error = [], exc
            if reused or error:
                if batch:
                    send()  # the files before this one stay before it
                queue.append((src, partial(_raise, error) if error else partial(list, reused), None))
                continue
            batch.append((src, data, is_upload))
            if len(batch) >= BATCH:
                send()
            while len(in_flight) >= pool.limit:
                src, step, sent = queue.popleft()
                if sent is not None and sent is in_flight[0] and (not queue or queue[0][2] is not sent):
                    in_flight.popleft()
                yield src, step
        if batch:
            send()
        while queue:
            src, step, _ = queue.popleft()
            yield src, step

    def _received(self, sent: Future, k: int, src: Path, upload: bool) -> list[Table]:
        """The tables of the k-th file of a batch the pool read (its words join the build's). A batch whose
        rows a worker wrote is copied into the build when its first file is taken."""
        try:
            outcomes, data = sent.result()
        except (sqlite3.Error, OverflowError, ValueError) as exc:  # a worker writing the batch's rows
            raise self.build.failed(exc) from exc
        outcome = outcomes[k]
        if isinstance(outcome, list):
            if outcome and isinstance(outcome[0], Issue):
                raise LoadError(cast(list[Issue], outcome))
            if self._merged[0] is not sent:
                assert data is not None
                docs = [d for o in outcomes if o and not isinstance(o[0], Issue) for d in cast(list, o)]
                self._merged = (sent, iter(self.build.merge(data, docs)))
            ids = self._merged[1]
            return [self.merged(written, digest, str(src), upload, next(ids)) for written, digest in outcome]
        found, words = outcome
        self.build.words.update(words)
        return [self.write(doc, dg, str(src), upload) for doc, dg in found]

    @staticmethod
    def merged(written: Written, digest: str, path: str, upload: bool, new_id: int | None) -> Table:
        """A document a worker wrote into its batch, copied into the build (see write)."""
        return Table(written.department, written.year, digest, path, upload, new_id=new_id, issues=written.warnings,
                     described=written.described, form=written.form)

    def write(self, doc: Document, digest: str, path: str, upload: bool = False) -> Table:
        """Write a document read now into the build; the table it is (the document is not kept)."""
        doc.path = path  # where the file is, also for a document read before it was saved
        table = Table(doc.department_name, doc.year, digest, path, upload, issues=doc.warnings,
                      described=described(doc), form=doc.form)
        old = self.old_by_key.get(table.key)
        if old is not None and self.compare_with is not None:
            table.changes = _changes(self.compare_with, old[0], doc)
        table.new_id = self.build.write(doc, digest)
        return table


def _raise(exc: Exception) -> list[Table]:
    raise exc


_F = TypeVar("_F", bound=Callable[..., Any])


def _gc_paused(load: _F) -> _F:
    """A load allocates some fifty objects per document and frees nearly all of them by reference
    counting; the cyclic collector would walk every live object again and again while they come and
    go (measured: 10-20 % of a load's time in the process that writes). It is paused while a load
    runs and restored after (a running bot's other threads only have their cycles collected later)."""
    @wraps(load)
    def run(*args: Any, **kwargs: Any) -> Any:
        was = gc.isenabled()
        gc.disable()
        try:
            return load(*args, **kwargs)
        finally:
            if was:
                gc.enable()
    return cast(_F, run)


@_gc_paused
def load_paths(db_path: str | Path, paths: Iterable[str | Path], keep_existing: bool = False, *,
               force: bool = False, allow_remove: bool = False, uploads: str | Path | None = None,
               parsed: dict[str, list[tuple[Document, str]]] | None = None,
               build_id: str | None = None, later_wins: bool = False, workers: int | None = None) -> LoadSummary:
    """Read every file under paths and build the database; all or nothing.

    Each document is written into a new file beside the live one as soon as it is read; one bad file
    rejects the whole load with the errors of all files, and the database in use is left as it was. A
    file byte-identical to one the live database was built from is not parsed again: its rows are
    reused. One table per department and year (see choose_tables; files under `uploads` take
    precedence). keep_existing keeps the live tables not replaced by a new one; otherwise a department
    of the live database that is missing now is an error unless allow_remove. force loads a document
    whose totals do not add up. `parsed` maps a path to documents the caller has already read from it
    (an upload checked before it was saved). build_id names this build (a fresh random one by default;
    workers that build the same shared documents pass the same id, so a conversation moves between them).
    workers: processes that parse the files (default: one per core, up to 4, for a load of many files
    where forking is safe; 1 reads them in this process).
    """
    target = Path(db_path)
    clean_leftovers(target)
    sources = iter_sources(paths)
    if not sources:
        raise LoadError([Issue(", ".join(map(str, paths)) or "(无)", 0, "没有找到可加载的文档", "error")])
    live, live_rows, reusable, comparable = _live_tables(target)
    build = _Build(target, live if reusable else None, build_id)
    try:
        reader = _Reader(build, live_rows, reusable, upload_root=Path(uploads).resolve() if uploads else None,
                         parsed=parsed, force=force, compare_with=live if comparable else None)
        tables = reader.read_all(sources, workers)
        if keep_existing and not reusable:
            tables += _read_kept_again(reader, live_rows, tables)
        chosen, skipped, conflicts = choose_tables(tables, later_wins)
        if reader.errors or conflicts:
            raise LoadError(reader.errors + conflicts)
        summary = LoadSummary(skipped=skipped)
        _plan(chosen, summary, reader.old_by_key, keep_existing=keep_existing and reusable)
        if summary.removed and not allow_remove:
            raise LoadError([Issue(str(target), 0, f"这次加载会删除已加载的部门：{'、'.join(summary.removed)}。"
                                                   "若只是添加或更新，请用 --add；确实要删除，请用 --remove", "error")])
        return build.finish(chosen, summary)
    finally:
        build.close()
        if live is not None:
            live.close()
        release_dictionary()  # jieba's word list is only needed while loading


def _read_kept_again(reader: _Reader, live_rows: list[tuple], new: list[Table]) -> list[Table]:
    """--add after an upgrade: the live rows were read by an older program and cannot be copied, so the
    tables the load keeps are read again from their files (never dropped); a file no longer there is an
    error naming it, and nothing changes."""
    new_keys = {t.key for t in new}
    paths = list(dict.fromkeys(Path(r[5]) for r in live_rows if (r[1], r[2], r[8]) not in new_keys))
    for path in paths:
        if not path.exists():
            reader.errors.append(Issue(str(path), 0, "程序已更新，保留的表需要按新程序重新读取，但这个文件已不在原处："
                                                      "请把它一并加载，或用 --remove 删除这个部门", "error"))
    tables = reader.read_all([p for p in paths if p.exists()])
    return [t for t in tables if t.key not in new_keys]


def _plan(chosen: list[Table], summary: LoadSummary, old_by_key: dict[tuple[str, int | None, str], tuple], *,
          keep_existing: bool) -> None:
    """What the load does to the live tables: added, replaced (with what changed), kept (keep_existing
    adds the live tables no new one replaces to `chosen`) or removed."""
    new_keys = {t.key for t in chosen}
    kinds = Counter(key[:2] for key in new_keys | set(old_by_key))

    def named(t: Table) -> str:  # the kind of table only where the department has several that year
        return t.label_with_form if kinds[t.key[:2]] > 1 else t.label

    for key, r in old_by_key.items():
        label = named(Table(key[0], key[1], "", "", form=key[2]))
        if key not in new_keys:
            if keep_existing:
                chosen.append(Table(key[0], key[1], r[3], r[5], old_id=r[0], warnings=r[6] or 0, form=key[2]))
                summary.kept.append(label)
            else:
                summary.removed.append(label)
    for t in chosen:
        old = old_by_key.get(t.key)
        if old is None:
            summary.added.append(named(t))
        elif t.old_id == old[0]:
            if named(t) not in summary.kept:
                summary.kept.append(named(t))
        else:
            summary.replaced.append(f"{named(t)}：{short(old[4] or old[5])} → {short(t.path)}")
            if t.changes is not None:
                summary.changes[named(t)] = t.changes


@_gc_paused
def build_documents(target: str | Path, documents: Iterable[tuple[Document, str]], later_wins: bool = True) -> LoadSummary:
    """A new knowledge base at target from documents already read, (document, identity) each, streamed
    in as they come; the same checks and swap as load_paths."""
    target = Path(target)
    build = _Build(target, None, None)
    try:
        reader = _Reader(build, [], False, upload_root=None, parsed=None, force=False)
        tables = [reader.write(doc, digest, doc.path) for doc, digest in documents]
        chosen, skipped, conflicts = choose_tables(tables, later_wins)
        if conflicts:
            raise LoadError(conflicts)
        summary = LoadSummary(skipped=skipped)
        _plan(chosen, summary, {}, keep_existing=False)
        return build.finish(chosen, summary)
    finally:
        build.close()
        release_dictionary()


def _count(conn: sqlite3.Connection, summary: LoadSummary) -> None:
    summary.documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    summary.departments = [r[0] for r in conn.execute("SELECT DISTINCT department_name FROM documents ORDER BY id")]
    summary.projects = conn.execute("SELECT count(*) FROM projects").fetchone()[0]
    summary.indicators = conn.execute("SELECT count(*) FROM indicators").fetchone()[0]
    summary.facts = conn.execute("SELECT count(*) FROM facts").fetchone()[0]


def _verify(db: sqlite3.Connection, path: Path) -> None:
    """Refuse to swap in a database that is corrupt or holds no project."""
    problems = []
    if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        problems.append("数据库完整性检查失败")
    if db.execute("PRAGMA foreign_key_check").fetchall():
        problems.append("外键检查失败")
    if not db.execute("SELECT count(*) FROM projects").fetchone()[0] and \
            not db.execute("SELECT count(*) FROM facts").fetchone()[0]:
        problems.append("知识库中没有任何项目或数据")
    if problems:
        raise LoadError([Issue(str(path), 0, p, "error") for p in problems])


def iter_sources(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders into the table files they hold (sorted, so loads are reproducible); hidden files
    and folders (.replaced/, partial uploads) are skipped."""
    from bot.ingest.formats import SUPPORTED_SUFFIXES

    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(_table_files(p, SUPPORTED_SUFFIXES)))
        else:
            out.append(p)
    return out


def _table_files(folder: Path, suffixes: set[str]) -> Iterator[Path]:
    """The table files under folder, hidden files and folders skipped (os.scandir: one directory
    listing gives each entry's type, where Path.rglob and is_file ask the file system per file)."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):  # as rglob: a linked folder is not entered
                yield from _table_files(Path(entry.path), suffixes)
            elif entry.is_file() and os.path.splitext(entry.name)[1].lower() in suffixes:
                yield Path(entry.path)
