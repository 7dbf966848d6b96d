"""Store parsed documents in SQLite (sqlite-utils 4), built beside the live file and swapped in atomically."""

from __future__ import annotations

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
from bot.model import AMOUNT_COLUMNS, Document, Issue, LoadError
from bot.store.queries import FACT_SEP

if TYPE_CHECKING:  # imported by loads only: sqlite-utils imports numpy when it is installed (matplotlib's)
    import sqlite_utils

SCHEMA_VERSION = 4  # bump when the tables change: the engine refuses older files
AMOUNT_SCHEMA = {column: float for column in AMOUNT_COLUMNS}



def _create_schema(db: sqlite_utils.Database) -> None:
    """Explicit tables and indexes; foreign keys tie indicators to projects to documents."""
    db["documents"].create(
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
    db["funding_units"].create(
        {"id": int, "document_id": int, "name": str, **AMOUNT_SCHEMA, "line": int},
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    )
    db["projects"].create(
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
    db["indicators"].create(
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
    db["load_issues"].create(
        {"id": int, "document_id": int, "path": str, "line": int, "level": str, "message": str},
        pk="id",
    )
    # Every labelled value of a table (model.Fact): the fact answerer finds values by their labels.
    db["facts"].create(
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
    db["meta"].create({"key": str, "value": str}, pk="key")
    # jieba's most frequent words: the engine builds its small tokenizer from these at start-up.
    db["dictionary"].create({"word": str, "freq": int, "tag": str}, pk="word")
    db["documents"].create_index(["sha256"], unique=True)
    db["documents"].create_index(["department_name"])
    db["projects"].create_index(["document_id"])
    db["projects"].create_index(["name"])
    db["projects"].create_index(["total"])
    db["indicators"].create_index(["project_id", "grp", "seq"])
    db["indicators"].create_index(["level1"])
    db["indicators"].create_index(["level2"])
    db["indicators"].create_index(["name"])
    db["facts"].create_index(["document_id", "line"])
    db["facts"].create_index(["department", "year"])
    db["facts"].create_index(["year"])


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
class LoadSummary:
    """What a load did: counts for the admin, and every warning."""

    documents: int = 0
    departments: list[str] = field(default_factory=list)
    projects: int = 0
    indicators: int = 0
    facts: int = 0
    files: list[str] = field(default_factory=list)  # per document: layout recognised, year, what it yielded
    skipped: list[str] = field(default_factory=list)  # duplicates of an already loaded document
    warnings: list[Issue] = field(default_factory=list)

    def text(self) -> str:
        """A short Chinese summary, one fact a line."""
        lines = [
            f"文档：{self.documents} 份",
            f"部门：{len(self.departments)} 个（{'、'.join(self.departments)}）" if self.departments else "部门：0 个",
            f"项目：{self.projects} 个",
            f"绩效指标：{self.indicators} 个",
            f"数据项：{self.facts} 个",
            f"警告：{len(self.warnings)} 条",
        ]
        lines += [f"  {f}" for f in self.files]
        lines += [f"  {w}" for w in self.warnings]
        lines += [f"已跳过重复文档：{s}" for s in self.skipped]
        return "\n".join(lines)


def build(
    db_path: str | Path,
    documents: Sequence[tuple[Document, str]],
    keep_existing: bool = False,
    build_id: str | None = None,
) -> LoadSummary:
    """Build a database of (document, sha256) pairs beside db_path, check it, then swap it in.

    build_id names this build (a fresh random one by default; workers that build the same shared
    documents pass the same id, so a conversation moves between them).

    With keep_existing, the documents already in db_path stay and new ones are added. A document whose
    sha256 is already present is skipped, so loading the same file twice never duplicates it. Any failure
    leaves db_path untouched.
    """
    target = Path(db_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.building")
    tmp.unlink(missing_ok=True)
    import sqlite_utils

    summary = LoadSummary()
    try:
        if keep_existing and target.exists():
            src = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
            dst = sqlite3.connect(tmp)
            with dst:
                src.backup(dst)
            src.close()
            dst.close()
            db = sqlite_utils.Database(tmp)
        else:
            db = sqlite_utils.Database(tmp)
            _create_schema(db)
        db.execute("PRAGMA foreign_keys = ON")
        known = {row[0] for row in db.execute("SELECT sha256 FROM documents").fetchall()}
        loaded_at = datetime.now(UTC).isoformat(timespec="seconds")
        with db.atomic():
            ins = _Inserter(db)
            for doc, digest in documents:
                if digest in known:
                    summary.skipped.append(doc.path)
                    continue
                known.add(digest)
                _insert_document(ins, doc, digest, loaded_at)
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
            db["meta"].upsert({"key": "schema_version", "value": str(SCHEMA_VERSION)}, pk="key")
            db["meta"].upsert({"key": "built_at", "value": loaded_at}, pk="key")
            db["meta"].upsert({"key": "build_id", "value": build_id or uuid.uuid4().hex}, pk="key")
        _verify(db, tmp)
        summary.documents = db.execute("SELECT count(*) FROM documents").fetchone()[0]
        summary.departments = [r[0] for r in db.execute("SELECT DISTINCT department_name FROM documents ORDER BY id")]
        summary.projects = db.execute("SELECT count(*) FROM projects").fetchone()[0]
        summary.indicators = db.execute("SELECT count(*) FROM indicators").fetchone()[0]
        summary.facts = db.execute("SELECT count(*) FROM facts").fetchone()[0]
        db.close()
        os.replace(tmp, target)
    except LoadError:
        tmp.unlink(missing_ok=True)
        raise
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise LoadError([Issue(str(target), 0, f"写入知识库失败：{exc}", "error")]) from exc
    return summary


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
    """Expand folders into the table files they hold (sorted, so loads are reproducible)."""
    from bot.ingest.formats import SUPPORTED_SUFFIXES

    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(
                sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
                       and not f.name.startswith("."))
            )
        else:
            out.append(p)
    return out


def newest_per_department(parsed: list[tuple[Document, str, float]]) -> list[tuple[Document, str]]:
    """One table per department and year: a newer file (an admin's upload or corrected export)
    replaces an older one instead of making every question about that department ambiguous."""
    newest: dict[tuple[str, int | None], tuple[Document, str, float]] = {}
    same: list[tuple[Document, str]] = []  # byte-identical copies: build() reports them as skipped
    for doc, digest, mtime in parsed:
        key = (doc.department_name, doc.year)
        if key in newest and newest[key][1] == digest:
            same.append((doc, digest))
            continue
        if key in newest:
            kept, _, kept_mtime = newest[key]
            new, old = (doc, kept) if mtime >= kept_mtime else (kept, doc)
            new.issues.append(Issue(new.path, 0, f"{doc.department_name}有多份表：使用 {Path(new.path).name}，"
                                                 f"不再使用较旧的 {Path(old.path).name}"))
            if new is kept:
                continue
        newest[key] = (doc, digest, mtime)
    return [(doc, digest) for doc, digest, _ in newest.values()] + same


def load_paths(db_path: str | Path, paths: Iterable[str | Path], keep_existing: bool = False,
               build_id: str | None = None) -> LoadSummary:
    """Parse every file under paths and build the database; all or nothing.

    Every file is parsed before anything is written, so one bad file rejects the whole load with the
    errors of all files, and the database in use is left as it was.
    """
    from bot.ingest.formats import read_documents

    sources = iter_sources(paths)
    errors: list[Issue] = []
    parsed: list[tuple[Document, str]] = []
    if not sources:
        raise LoadError([Issue(", ".join(map(str, paths)) or "(无)", 0, "没有找到可加载的文档", "error")])
    for src in sources:
        try:
            data = src.read_bytes()
        except OSError as exc:
            errors.append(Issue(str(src), 0, f"无法读取文件：{exc.strerror or exc}", "error"))
            continue
        try:
            found = read_documents(src, data)
        except LoadError as exc:
            errors.extend(exc.issues)
            continue
        mtime = src.stat().st_mtime if src.exists() else 0.0
        parsed.extend((doc, digest, mtime) for doc, digest in found)
    if errors:
        raise LoadError(errors)
    try:
        return build(db_path, newest_per_department(parsed), keep_existing=keep_existing, build_id=build_id)
    finally:
        release_dictionary()  # jieba's 349k words are only needed while loading
