"""Store parsed documents in SQLite (sqlite-utils 4), built beside the live file and swapped in atomically."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bot.language.normalize import compact
from bot.language.segment import base_words, cut_name, release_dictionary, stored_base
from bot.model import AMOUNT_COLUMNS, AMOUNT_LABELS, Document, Issue, LoadError
from bot.store.queries import FACT_SEP

if TYPE_CHECKING:  # imported by loads only: sqlite-utils imports numpy when it is installed (matplotlib's)
    import sqlite_utils

SCHEMA_VERSION = 4  # bump when the tables change: the engine refuses older files
AMOUNT_SCHEMA = {column: float for column in AMOUNT_COLUMNS}


def _create_schema(db: sqlite_utils.Database) -> None:
    """Explicit tables and indexes; foreign keys tie indicators to projects to documents."""
    db.table("documents").create(
        {
            "id": int,
            "path": str,
            "file_name": str,
            "sha256": str,
            "department": str,
            "department_name": str,
            "unit": str,
            "year": int,
            "title": str,
            "layout": str,
            "form": str,  # the table's kind as published (部门整体预算绩效目标表 …), for citations
            **AMOUNT_SCHEMA,
            "loaded_at": str,
            "warnings": int,
        },
        pk="id",
        not_null={"path", "sha256", "department", "department_name", "unit"},
    )
    db.table("funding_units").create(
        {"id": int, "document_id": int, "name": str, **AMOUNT_SCHEMA, "line": int},
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    )
    db.table("projects").create(
        {
            "id": int,
            "document_id": int,
            "unit_name": str,
            "name": str,
            "kind": str,
            **AMOUNT_SCHEMA,
            "goal": str,
            "line": int,
            "words": str,  # the name segmented by jieba: the matcher builds short names from these words
            "executed": float,  # 全年执行数, where a self-evaluation table gives it
        },
        pk="id",
        not_null={"document_id", "name"},
        foreign_keys=[("document_id", "documents", "id")],
    )
    db.table("indicators").create(
        {
            "id": int,
            "project_id": int,
            "document_id": int,
            "grp": int,
            "seq": int,
            "level1_code": str,
            "level1": str,
            "level2_code": str,
            "level2": str,
            "level1_label": str,  # as printed, e.g. "1-产出指标"
            "level2_label": str,
            "name": str,
            "period_value": str,
            "annual_value": str,
            "actual_value": str,
            "line": int,
        },
        pk="id",
        not_null={"project_id", "document_id", "name"},
        foreign_keys=[("project_id", "projects", "id"), ("document_id", "documents", "id")],
    )
    db.table("load_issues").create(
        {"id": int, "document_id": int, "path": str, "line": int, "level": str, "message": str},
        pk="id",
    )
    # Every labelled value of a table (model.Fact): the fact answerer finds values by their labels.
    db.table("facts").create(
        {
            "id": int,
            "document_id": int,
            "department": str,  # department_name of the document
            "year": int,  # the fact's own year (a "2023年" column), else the document's
            "form": str,
            "labels": str,  # row labels, column labels and section, space-separated: the searchable text
            "row_labels": str,  # row labels outermost first, joined by FACT_SEP
            "row_heads": str,  # the header of each row label's column, joined by FACT_SEP
            "col_labels": str,
            "section": str,
            "value": str,
            "number": float,
            "unit": str,
            "sheet": str,
            "cell": str,
            "page": int,
            "line": int,
        },
        pk="id",
        not_null={"document_id", "value"},
        foreign_keys=[("document_id", "documents", "id")],
    )
    db.table("meta").create({"key": str, "value": str}, pk="key")
    # jieba's most frequent words: the engine builds its small tokenizer from these at start-up.
    db.table("dictionary").create({"word": str, "freq": int, "tag": str}, pk="word")
    db.table("documents").create_index(["sha256"], unique=True)
    db.table("documents").create_index(["department_name"])
    db.table("projects").create_index(["document_id"])
    db.table("projects").create_index(["name"])
    db.table("projects").create_index(["total"])
    db.table("indicators").create_index(["project_id", "grp", "seq"])
    db.table("indicators").create_index(["level1"])
    db.table("indicators").create_index(["level2"])
    db.table("indicators").create_index(["name"])
    db.table("facts").create_index(["document_id", "line"])
    db.table("facts").create_index(["department", "year"])
    db.table("facts").create_index(["year"])


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


def split_code(label: str) -> tuple[str, str]:
    """"11-数量指标" -> ("11", "数量指标"); a label without a code keeps an empty code."""
    code, sep, name = label.partition("-")
    if sep and code.strip().isdigit():
        return code.strip(), name.strip()
    return "", label.strip()


class _Inserter:
    """Bulk inserts with executemany: sqlite-utils' insert_all checks every value, ~4x slower here.

    Ids are assigned here so indicators can point at their project without a round trip per row.
    """

    TABLES = ("documents", "funding_units", "projects", "indicators", "load_issues", "facts")

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.rows: dict[str, list[dict]] = {t: [] for t in self.TABLES}
        self.next_id = {t: (db.execute(f"SELECT coalesce(max(id), 0) FROM [{t}]").fetchone()[0] + 1)
                        for t in self.TABLES}

    def add(self, table: str, row: dict) -> int:
        row["id"] = self.next_id[table]
        self.next_id[table] += 1
        self.rows[table].append(row)
        return row["id"]

    def flush(self) -> None:
        for table in self.TABLES:
            rows = self.rows[table]
            if rows:
                columns = list(self.db[table].columns_dict)
                insert_many(self.db.conn, table, columns, [[row.get(c) for c in columns] for row in rows])
                rows.clear()


def insert_many(conn: sqlite3.Connection, table: str, columns: list[str], rows: Sequence[Sequence]) -> None:
    """Insert rows with multi-row INSERT statements, a few hundred rows each.

    executemany would run one statement per row, releasing Python's GIL around each step: while other
    threads are answering questions (a reload in a running bot) every row then waits for the GIL, and
    a load of 40,000 rows stalls for minutes.
    """
    per = max(1, 900 // len(columns))  # stay under SQLite's oldest limit of 999 parameters
    names = ", ".join(f"[{c}]" for c in columns)
    one = "(" + ", ".join("?" * len(columns)) + ")"
    for start in range(0, len(rows), per):
        chunk = rows[start : start + per]
        conn.execute(f"INSERT INTO [{table}] ({names}) VALUES {', '.join([one] * len(chunk))}",
                     [v for row in chunk for v in row])


def _insert_document(ins: _Inserter, doc: Document, sha256: str, loaded_at: str) -> None:
    doc_id = ins.add(
        "documents",
        {
            "path": doc.path,
            "file_name": Path(doc.path).name,
            "sha256": sha256,
            "department": doc.department,
            "department_name": doc.department_name,
            "unit": doc.unit,
            "year": doc.year,
            "title": doc.title,
            "layout": doc.layout,
            "form": doc.form,
            **doc.total.as_dict(),
            "loaded_at": loaded_at,
            "warnings": len(doc.warnings),
        },
    )
    for u in doc.units:
        ins.add("funding_units", {"document_id": doc_id, "name": u.name, **u.amounts.as_dict(), "line": u.line})
    for p in doc.projects:
        project_id = ins.add(
            "projects",
            {
                "document_id": doc_id,
                "unit_name": p.unit,
                "name": p.name,
                "kind": p.kind,
                **p.amounts.as_dict(),
                "goal": p.goal,
                "line": p.line,
                "words": " ".join(w for w in cut_name(compact(p.name)) if w.strip()),
                "executed": p.executed,
            },
        )
        for ind in p.indicators:
            l1_code, l1 = split_code(ind.level1)
            l2_code, l2 = split_code(ind.level2)
            ins.add(
                "indicators",
                {
                    "project_id": project_id,
                    "document_id": doc_id,
                    "grp": ind.group,
                    "seq": ind.seq,
                    "level1_code": l1_code,
                    "level1": l1,
                    "level2_code": l2_code,
                    "level2": l2,
                    "level1_label": ind.level1,
                    "level2_label": ind.level2,
                    "name": ind.name,
                    "period_value": ind.period_value,
                    "annual_value": ind.annual_value,
                    "actual_value": ind.actual_value,
                    "line": ind.line,
                },
            )
    for f in doc.facts:
        ins.add("facts", {
            "document_id": doc_id,
            "department": doc.department_name,
            "year": f.year or doc.year,
            "form": doc.form,
            "labels": " ".join([*f.row, *f.col, f.section]).strip(),
            "row_labels": FACT_SEP.join(f.row),
            "row_heads": FACT_SEP.join(f.row_heads),
            "col_labels": FACT_SEP.join(f.col),
            "section": f.section,
            "value": f.value,
            "number": f.number,
            "unit": f.unit,
            "sheet": f.sheet,
            "cell": f.cell,
            "page": f.page,
            "line": f.line,
        })
    for i in doc.issues:
        ins.add("load_issues", {"document_id": doc_id, "path": i.path, "line": i.line, "level": i.level,
                                "message": i.message})


@dataclass
class Table:
    """One department's table found while loading: parsed now, or reused from the live database
    when its file is byte-identical to the one it was loaded from (no re-parsing, no re-cutting)."""

    department: str  # without the "(部门)" suffix
    year: int | None
    digest: str  # identity: SHA-256 of the file (plus the department when a workbook holds several)
    path: str
    upload: bool = False  # under the upload folder: it corrects a bundled table of the same year
    doc: Document | None = None
    old_id: int | None = None  # the live database's document id when reused
    warnings: int = 0

    @property
    def key(self) -> tuple[str, int | None]:
        return self.department, self.year

    @property
    def label(self) -> str:
        return f"{self.department}（{self.year} 年）" if self.year else self.department


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
    for pid, name, period, annual, actual in conn.execute(
            "SELECT project_id, name, period_value, annual_value, actual_value FROM indicators "
            "WHERE document_id = ? ORDER BY id", (old_id,)):
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
        for name in set(olds) - {i.name for i in p.indicators}:
            out.append(f"“{p.name}”删除指标“{name}”")
    out += [f"删除项目“{name}”" for name in old_projects if name not in new_names]
    return out


def choose_tables(tables: list[Table], later_wins: bool = False) -> tuple[list[Table], list[str], list[Issue]]:
    """One table per department and year. Precedence never depends on file times: a table in the upload
    folder corrects a bundled one; two different tables of one department and year otherwise are an
    error naming both files, unless later_wins: then the file whose name sorts last wins (an explicit
    order, such as the upload sequence numbers of the shared mode's files). Returns (chosen, skipped
    identical copies, errors)."""
    groups: dict[tuple[str, int | None], list[Table]] = {}
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
        if new.doc is not None:
            new.doc.issues.append(Issue(new.path, 0, f"{new.department}有多份表：使用 {short(new.path)}，不再使用 {old}"))
        chosen.append(new)
    return chosen, skipped, errors


def _live_tables(db_path: Path) -> tuple[sqlite3.Connection | None, list[tuple], bool]:
    """A read-only connection to the live database, its documents, and whether its rows can be reused."""
    if not db_path.exists():
        return None, [], False
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        rows = conn.execute("SELECT id, department_name, year, sha256, file_name, path, warnings, department FROM documents").fetchall()
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.Error:
        return None, [], False
    reusable = meta.get("schema_version") == str(SCHEMA_VERSION) and meta.get("ingest_version") == _ingest_version()
    return conn, rows, reusable


def load_paths(db_path: str | Path, paths: Iterable[str | Path], keep_existing: bool = False, *,
               force: bool = False, allow_remove: bool = False, uploads: str | Path | None = None,
               parsed: dict[str, list[tuple[Document, str]]] | None = None,
               build_id: str | None = None, later_wins: bool = False) -> LoadSummary:
    """Read every file under paths and build the database; all or nothing.

    Every file is read before anything is written, so one bad file rejects the whole load with the
    errors of all files, and the database in use is left as it was. A file byte-identical to one the
    live database was built from is not parsed again: its rows are reused. One table per department and
    year (see choose_tables; files under `uploads` take precedence). keep_existing keeps the live tables
    not replaced by a new one; otherwise a department of the live database that is missing now is an
    error unless allow_remove. force loads a document whose totals do not add up. `parsed` maps a path
    to documents the caller has already read from it (an upload checked before it was saved).
    build_id names this build (a fresh random one by default; workers that build the same shared
    documents pass the same id, so a conversation moves between them).
    """
    from bot.ingest.formats import read_documents

    target = Path(db_path)
    clean_leftovers(target)
    sources = iter_sources(paths)
    if not sources:
        raise LoadError([Issue(", ".join(map(str, paths)) or "(无)", 0, "没有找到可加载的文档", "error")])
    upload_root = Path(uploads).resolve() if uploads else None
    live, live_rows, reusable = _live_tables(target)
    try:
        by_sha = {r[3]: r for r in live_rows} if reusable else {}
        by_file: dict[str, list[tuple]] = {}
        for r in live_rows if reusable else ():
            by_file.setdefault(r[4], []).append(r)
        errors: list[Issue] = []
        tables: list[Table] = []
        for src in sources:
            try:
                data = src.read_bytes()
            except OSError as exc:
                errors.append(Issue(str(src), 0, f"无法读取文件：{exc.strerror or exc}", "error"))
                continue
            is_upload = upload_root is not None and upload_root in src.resolve().parents
            digest = hashlib.sha256(data).hexdigest()
            # A workbook of several departments identifies each by the file and the department as printed.
            reuse = [by_sha[digest]] if digest in by_sha else [
                r for r in by_file.get(src.name, []) if r[3] == hashlib.sha256(data + r[7].encode("utf-8")).hexdigest()]
            if reuse:
                tables += [Table(r[1], r[2], r[3], str(src), is_upload, old_id=r[0], warnings=r[6] or 0) for r in reuse]
                continue
            try:
                found = (parsed or {}).get(str(src.resolve())) or read_documents(src, data, force=force)
            except LoadError as exc:
                errors.extend(exc.issues)
                continue
            tables += [Table(d.department_name, d.year, dg, str(src), is_upload, doc=d) for d, dg in found]
        chosen, skipped, conflicts = choose_tables(tables, later_wins)
        errors += conflicts
        if errors:
            raise LoadError(errors)
        summary = LoadSummary(skipped=skipped)
        old_by_key: dict[tuple[str, int | None], tuple] = {(r[1], r[2]): r for r in live_rows}
        new_keys = {t.key for t in chosen}
        for key, r in old_by_key.items():
            label = Table(key[0], key[1], "", "").label
            if key not in new_keys:
                if keep_existing and reusable:
                    chosen.append(Table(key[0], key[1], r[3], r[5], old_id=r[0], warnings=r[6] or 0))
                    summary.kept.append(label)
                else:
                    summary.removed.append(label)
        if summary.removed and not allow_remove:
            raise LoadError([Issue(str(target), 0, f"这次加载会删除已加载的部门：{'、'.join(summary.removed)}。"
                                                   "若只是添加或更新，请用 --add；确实要删除，请用 --remove", "error")])
        for t in chosen:
            old = old_by_key.get(t.key)
            if old is None:
                summary.added.append(t.label)
            elif t.old_id == old[0]:
                if t.label not in summary.kept:
                    summary.kept.append(t.label)
            else:
                summary.replaced.append(f"{t.label}：{short(old[4] or old[5])} → {short(t.path)}")
                if reusable and live is not None and t.doc is not None:
                    summary.changes[t.label] = _changes(live, old[0], t.doc)
        return build(target, chosen, summary, live if reusable else None, build_id)
    finally:
        if live is not None:
            live.close()
        release_dictionary()  # jieba's word list is only needed while loading


def build(target: Path, tables: list[Table], summary: LoadSummary, live: sqlite3.Connection | None,
          build_id: str | None = None) -> LoadSummary:
    """Build the chosen tables into a new file beside target, check it, then swap it in.

    Reused tables are copied with the live file (SQLite's backup) and the rest deleted from the copy,
    so neither they nor jieba's word list are derived again. Any failure leaves target untouched and
    no temporary file behind.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.building")
    tmp.unlink(missing_ok=True)
    keep = {t.old_id for t in tables if t.old_id is not None}
    new = [t for t in tables if t.doc is not None]
    same_id = build_id is None or live is not None and live.execute(
        "SELECT value FROM meta WHERE key = 'build_id'").fetchone() == (build_id,)
    if live is not None and same_id and not new and not summary.removed and keep == {
            r[0] for r in live.execute("SELECT id FROM documents")}:
        summary.unchanged = True  # nothing to write: the live file already is this knowledge base
        _count(live, summary)
        summary.earlier_warnings = sum(t.warnings for t in tables)
        return summary
    db = None
    import sqlite_utils

    try:
        if live is not None:  # the live file's dictionary and unchanged tables are copied, not derived again
            dst = sqlite3.connect(tmp)
            with dst:
                live.backup(dst)
            dst.close()
            db = sqlite_utils.Database(tmp)
            drop = [r[0] for r in db.execute("SELECT id FROM documents").fetchall() if r[0] not in keep]
            with db.atomic():
                _delete_documents(db.conn, drop)
                for t in tables:
                    if t.old_id is not None:
                        db.execute("UPDATE documents SET path = ?, file_name = ? WHERE id = ?",
                                   [t.path, Path(t.path).name, t.old_id])
        else:
            db = sqlite_utils.Database(tmp)
            _create_schema(db)
        db.execute("PRAGMA foreign_keys = ON")
        loaded_at = datetime.now(UTC).isoformat(timespec="seconds")
        with db.atomic():
            ins = _Inserter(db)
            for t in new:
                doc = t.doc
                if doc is None:  # every new table was read (only kept ones have no document)
                    raise ValueError(f"{t.path}: no document read")
                doc.path = t.path  # where the file is, also for a document read before it was saved
                _insert_document(ins, doc, t.digest, loaded_at)
                summary.files.append(
                    f"{Path(doc.path).name}：{doc.form or doc.layout}（{doc.layout}），"
                    f"{f'{doc.year}年' if doc.year else '年度不详'}，{doc.department_name}，"
                    f"{len(doc.projects)} 个项目，{doc.indicator_count} 个指标，{len(doc.facts)} 个数据项")
                summary.warnings.extend(doc.warnings)
            ins.flush()
            if not db.execute("SELECT 1 FROM dictionary LIMIT 1").fetchone():
                insert_many(db.conn, "dictionary", ["word", "freq", "tag"], base_words())
            # The question tokenizer's base, built once here rather than at every start of the engine.
            db.execute("CREATE TABLE IF NOT EXISTS segmenter (key TEXT PRIMARY KEY, data BLOB)")
            if not db.execute("SELECT 1 FROM segmenter WHERE key = 'base'").fetchone():
                rows = db.execute("SELECT word, freq, tag FROM dictionary").fetchall()
                db.execute("INSERT INTO segmenter (key, data) VALUES ('base', ?)", [stored_base(rows)])
            db.table("meta").upsert({"key": "schema_version", "value": str(SCHEMA_VERSION)}, pk="key")
            db.table("meta").upsert({"key": "ingest_version", "value": _ingest_version()}, pk="key")
            db.table("meta").upsert({"key": "built_at", "value": loaded_at}, pk="key")
            db.table("meta").upsert({"key": "build_id", "value": build_id or uuid.uuid4().hex}, pk="key")
        _verify(db, tmp)
        _count(db.conn, summary)
        summary.earlier_warnings = sum(t.warnings for t in tables if t.doc is None)
        db.close()
        db = None
        os.replace(tmp, target)
    except LoadError:
        raise
    except (sqlite3.Error, OSError, OverflowError, ValueError) as exc:
        raise LoadError([Issue(str(target), 0, f"写入知识库失败：{exc}", "error")]) from exc
    finally:
        if db is not None:
            db.close()
        if tmp.exists():
            for side in (tmp, tmp.with_name(tmp.name + "-journal"), tmp.with_name(tmp.name + "-wal"),
                         tmp.with_name(tmp.name + "-shm")):
                side.unlink(missing_ok=True)
    return summary


def _count(conn: sqlite3.Connection | sqlite_utils.Database, summary: LoadSummary) -> None:
    summary.documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    summary.departments = [r[0] for r in conn.execute("SELECT DISTINCT department_name FROM documents ORDER BY id")]
    summary.projects = conn.execute("SELECT count(*) FROM projects").fetchone()[0]
    summary.indicators = conn.execute("SELECT count(*) FROM indicators").fetchone()[0]
    summary.facts = conn.execute("SELECT count(*) FROM facts").fetchone()[0]


def _verify(db: sqlite_utils.Database, path: Path) -> None:
    """Refuse to swap in a database that is corrupt or holds no project."""
    problems = []
    if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
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
            out.extend(
                sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
                       and not any(part.startswith(".") for part in f.relative_to(p).parts))
            )
        else:
            out.append(p)
    return out
