"""Parameterised SQL over the knowledge base: every fact in an answer comes from one of these queries."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from typing import Any, Protocol


class Cursor(Protocol):
    def fetchall(self) -> list[Any]: ...
    def fetchone(self) -> Any: ...


class Conn(Protocol):
    """Anything with execute(sql, params) -> rows (kb.LockedConnection, or a sqlite3.Connection)."""

    def execute(self, sql: str, params: Sequence[Any] = ..., /) -> Cursor: ...


_PROJECT_COLS = (
    "p.id, p.name, p.unit_name, p.total, p.fiscal_appropriation, p.special_account, p.other, p.unplaced, "
    "p.goal, p.line, p.page, "
    "p.executed, p.owner, "
    "p.kind, d.id AS document_id, d.department_name, d.file_name, d.unit AS money_unit, d.form, d.year"
)
_INDICATOR_COLS = (
    "i.id, i.name, i.level1, i.level2, i.period_value, i.annual_value, "
    "i.actual_value, i.line, i.page, i.grp, i.seq, p.id AS project_id, p.name AS project_name, d.department_name, "
    "d.file_name, d.form, d.year"
)


def _marks(values: Sequence) -> str:
    return ",".join("?" * len(values))


def projects(conn: Conn, ids: Sequence[int]) -> list[sqlite3.Row]:
    """Projects by id, in the order given."""
    if not ids:
        return []
    rows = conn.execute(
        f"SELECT {_PROJECT_COLS} FROM projects p JOIN documents d ON d.id = p.document_id "
        f"WHERE p.id IN ({_marks(ids)})",
        list(ids),
    ).fetchall()
    order = {pid: k for k, pid in enumerate(ids)}
    return sorted(rows, key=lambda r: order[r["id"]])


def projects_in(
    conn: Conn,
    doc_ids: Sequence[int],
    order: str = "document",
    where: str = "",
    params: Sequence = (),
) -> list[sqlite3.Row]:
    """Projects of some documents; `where` is a fixed SQL fragment with ? placeholders from this module."""
    order_sql = {"document": "p.id", "desc": "p.total DESC, p.id", "asc": "p.total ASC, p.id"}[order]
    return conn.execute(
        f"SELECT {_PROJECT_COLS} FROM projects p JOIN documents d ON d.id = p.document_id "
        f"WHERE p.document_id IN ({_marks(doc_ids)}) {where} ORDER BY {order_sql}",
        [*doc_ids, *params],
    ).fetchall()


def projects_saying(conn: Conn, doc_ids: Sequence[int], phrases: Sequence[str]) -> list[sqlite3.Row]:
    """Projects of some documents (every one when none are given) whose texts hold one of the phrases word
    for word: found by the database, never by reading every text of a large knowledge base."""
    if not phrases:
        return []
    said = " OR ".join(["instr(p.goal, ?) > 0"] * len(phrases))
    within = f"p.document_id IN ({_marks(doc_ids)}) AND " if doc_ids else ""
    return conn.execute(
        f"SELECT {_PROJECT_COLS} FROM projects p JOIN documents d ON d.id = p.document_id "
        f"WHERE {within}({said}) ORDER BY p.id",
        [*doc_ids, *phrases],
    ).fetchall()


def projects_named(conn: Conn, doc_ids: Sequence[int], word: str) -> list[sqlite3.Row]:
    """Projects of some documents whose names hold the word (运维 of 农村饮用水达标提标工程运维经费), in order."""
    if not doc_ids or not word:
        return []
    return conn.execute(
        f"SELECT {_PROJECT_COLS} FROM projects p JOIN documents d ON d.id = p.document_id "
        f"WHERE p.document_id IN ({_marks(doc_ids)}) AND instr(p.name, ?) > 0 ORDER BY p.document_id, p.id",
        [*doc_ids, word],
    ).fetchall()


def documents_saying(conn: Conn, doc_ids: Sequence[int], word: str) -> list[int]:
    """Those of the documents a line of which (a fact's labels, row heads or section, a project's name) holds the
    word: whether a table says a kind of thing at all (专项债务 heads its rows), found by the database."""
    if not doc_ids:
        return []
    marks = _marks(doc_ids)
    return [r[0] for r in conn.execute(
        f"SELECT DISTINCT document_id FROM facts WHERE document_id IN ({marks}) AND (instr(labels, ?) > 0 "
        f"OR instr(coalesce(row_heads, ''), ?) > 0 OR instr(coalesce(section, ''), ?) > 0) "
        f"UNION SELECT DISTINCT document_id FROM projects WHERE document_id IN ({marks}) AND instr(name, ?) > 0",
        [*doc_ids, word, word, word, *doc_ids, word]).fetchall()]


def projects_filtered(conn: Conn, doc_ids: Sequence[int], op: str, a: float, b: float | None):
    """Projects whose total is above, below, between or equal to amounts (万元), largest first."""
    eps = 0.005
    where, params = {
        "gt": ("AND p.total > ?", [a]),
        "lt": ("AND p.total < ?", [a]),
        "ge": ("AND p.total >= ?", [a - eps]),
        "le": ("AND p.total <= ?", [a + eps]),
        "between": ("AND p.total BETWEEN ? AND ?", [a - eps, (b or a) + eps]),
        "eq": ("AND abs(p.total - ?) < ?", [a, eps]),
    }[op]
    return projects_in(conn, doc_ids, "desc", where, params)


def indicators(
    conn: Conn,
    project_ids: Sequence[int] | None = None,
    doc_ids: Sequence[int] | None = None,
    category: tuple[str, str] | None = None,
    ids: Sequence[int] | None = None,
) -> list[sqlite3.Row]:
    """Indicators by project, document, category (level, name) or id, in document order.

    Indicators have no index by document: a document's are found through its projects (the index on
    project_id), and a category only narrows those (`+column`: its index would read every department's).
    """
    clauses: list[str] = []
    params: list[Any] = []
    if ids is not None:
        clauses.append(f"i.id IN ({_marks(ids)})")
        params += list(ids)
    if project_ids is not None:
        clauses.append(f"i.project_id IN ({_marks(project_ids)})")
        params += list(project_ids)
    if doc_ids is not None:
        clauses.append(f"i.project_id IN (SELECT id FROM projects WHERE document_id IN ({_marks(doc_ids)}))")
        params += list(doc_ids)
    if category is not None:
        level, name = category
        column = "i.level1" if level == "level1" else "i.level2"
        clauses.append(f"{'+' if clauses else ''}{column} = ?")
        params.append(name)
    where = " AND ".join(clauses) or "1"
    return conn.execute(
        f"SELECT {_INDICATOR_COLS} FROM indicators i JOIN projects p ON p.id = i.project_id "
        f"JOIN documents d ON d.id = i.document_id WHERE {where} ORDER BY p.id, i.grp, i.seq",
        params,
    ).fetchall()


def indicators_valued(conn: Conn, phrase: str, doc_ids: Sequence[int] | None = None, limit: int = 21) -> list[int]:
    """Ids of indicators whose value (annual or period, quotation marks left out) holds the phrase."""
    plain = "REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(COALESCE(i.{0}, ''), '“', ''), '”', ''), '\"', ''), ' ', ''), '、', ''), '，', '')"
    where = f"(instr({plain.format('annual_value')}, ?) > 0 OR instr({plain.format('period_value')}, ?) > 0)"
    params: list[Any] = [phrase, phrase]
    if doc_ids is not None:
        where += f" AND i.document_id IN ({_marks(doc_ids)})"
        params += list(doc_ids)
    rows = conn.execute(f"SELECT i.id FROM indicators i WHERE {where} ORDER BY i.id LIMIT ?", [*params, limit])
    return [r[0] for r in rows.fetchall()]


def indicator_counts(conn: Conn, doc_ids: Sequence[int]) -> list[sqlite3.Row]:
    """Number of indicators per project (with its kind: a department's whole holds the department's indicators)."""
    return conn.execute(
        f"SELECT p.id, p.name, p.kind, d.department_name, count(i.id) AS n FROM projects p "
        f"JOIN documents d ON d.id = p.document_id LEFT JOIN indicators i ON i.project_id = p.id "
        f"WHERE p.document_id IN ({_marks(doc_ids)}) GROUP BY p.id ORDER BY n DESC, p.id",
        list(doc_ids),
    ).fetchall()


def category_counts(conn: Conn, doc_ids: Sequence[int], level: str) -> list[sqlite3.Row]:
    """Number of indicators per category of one level (a document's indicators through its projects)."""
    column = "level1" if level == "level1" else "level2"
    return conn.execute(
        f"SELECT {column} AS name, count(*) AS n FROM indicators "
        f"WHERE project_id IN (SELECT id FROM projects WHERE document_id IN ({_marks(doc_ids)})) "
        f"GROUP BY {column} ORDER BY n DESC, min(id)",
        list(doc_ids),
    ).fetchall()


def documents(conn: Conn, doc_ids: Sequence[int]) -> list[sqlite3.Row]:
    return conn.execute(
        f"SELECT * FROM documents WHERE id IN ({_marks(doc_ids)}) ORDER BY id", list(doc_ids)
    ).fetchall()


def funding_units(conn: Conn, doc_ids: Sequence[int]) -> list[sqlite3.Row]:
    return conn.execute(
        f"SELECT * FROM funding_units WHERE document_id IN ({_marks(doc_ids)}) ORDER BY id", list(doc_ids)
    ).fetchall()


def funding_unit_names(conn: Conn) -> list[str]:
    """The names of every 资金使用单位 a projects' table lists (its projects' subtotal lines)."""
    return [r[0] for r in conn.execute("SELECT DISTINCT name FROM funding_units ORDER BY name").fetchall()]


def project_organisations(conn: Conn) -> list[sqlite3.Row]:
    """The projects whose own block names their 主管部门, with it and their 实施单位 (few tables do)."""
    return conn.execute("SELECT id, document_id, owner, unit_name FROM projects WHERE owner IS NOT NULL "
                        "ORDER BY id").fetchall()


def sheet_projects(conn: Conn, doc_ids: Sequence[int]) -> list[sqlite3.Row]:
    """(document, sheet, project name) of workbooks with one project per sheet (the 自评表 template): the
    sheet's name is the workbook's own short name of its project."""
    if not doc_ids:
        return []
    return conn.execute(
        f"SELECT document_id, sheet, value FROM facts WHERE document_id IN ({_marks(doc_ids)}) "
        "AND row_labels = '项目名称' AND sheet != ''",
        list(doc_ids),
    ).fetchall()


def printed_projects_holding(conn: Conn, doc_ids: Sequence[int], word: str) -> list[sqlite3.Row]:
    """The rows of general tables that name a project in a 项目名称 column (their last row head; the heads and the
    labels of a row are joined by char(31)) and whose labels hold the word's first two characters (the caller reads
    the name closer): document, row labels, first line."""
    if not doc_ids:
        return []
    return conn.execute(
        "SELECT document_id, row_labels, MIN(line) AS line FROM facts "
        f"WHERE document_id IN ({_marks(doc_ids)}) AND (row_heads = '项目名称' OR row_heads LIKE '%' || char(31) || '项目名称') "
        "AND instr(row_labels, ?) > 0 GROUP BY document_id, row_labels ORDER BY document_id, MIN(line)",
        [*doc_ids, word[:2]],
    ).fetchall()


def sheet_fields(conn: Conn, doc_ids: Sequence[int]) -> list[sqlite3.Row]:
    """The fields of the form of each sheet of a one-project-per-sheet 自评表 (a label and its value: 实施单位, 自评等级,
    填报日期 …): document, sheet, label, value, cell, line."""
    if not doc_ids:
        return []
    return conn.execute(
        "SELECT document_id, sheet, row_labels AS label, value, cell, line FROM facts "
        f"WHERE document_id IN ({_marks(doc_ids)}) AND sheet != '' AND col_labels = '' AND row_heads = '' "
        "AND instr(row_labels, char(31)) = 0 AND value != '' ORDER BY id",
        list(doc_ids),
    ).fetchall()


def sheet_scores(conn: Conn, doc_ids: Sequence[int]) -> list[sqlite3.Row]:
    """Each sheet's project of a one-project-per-sheet 自评表 with its 总分 line's 分值 or 得分 (one row each): the
    line labelled 总分, or the indicator grid's own 合计 line (an evaluation's scoring sheet; a funding block's 合计
    line is no grid line, it has no row heads)."""
    if not doc_ids:
        return []
    return conn.execute(
        "SELECT n.document_id, n.sheet, n.value AS project, t.col_labels AS col, t.number, t.value, t.line "
        "FROM facts n JOIN facts t ON t.document_id = n.document_id AND t.sheet = n.sheet "
        f"WHERE n.document_id IN ({_marks(doc_ids)}) AND n.row_labels = '项目名称' "
        "AND (t.row_labels = '总分' OR t.row_labels = '合计' AND t.row_heads != '') "
        "AND t.col_labels IN ('分值', '得分') ORDER BY n.document_id, n.id",
        list(doc_ids),
    ).fetchall()


SUMMARY_COLUMNS = ("年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分", "自评等级")


def summary_lines(conn: Conn, doc_ids: Sequence[int]) -> list[sqlite3.Row]:
    """The lines of a 自评结果汇总表 printed beside the forms, one project (or the 合计) a line: its 年初预算数,
    全年预算数, 全年执行数, 执行率, 分值, 得分 and 自评等级 (one row each)."""
    if not doc_ids:
        return []
    return conn.execute(
        "SELECT document_id, sheet, row_labels AS project, col_labels AS col, value, number, line FROM facts "
        f"WHERE document_id IN ({_marks(doc_ids)}) AND row_heads = '项目名称' "
        f"AND col_labels IN ({_marks(SUMMARY_COLUMNS)}) ORDER BY document_id, line, id",
        [*doc_ids, *SUMMARY_COLUMNS],
    ).fetchall()


# A form of one year that prints 预算数 and 执行数 (no 年初/全年 split): its columns are the year's whole budget and
# what was spent of it, read as 全年预算数 and 全年执行数 (the label printed is kept beside, to be shown as printed).
_FORM_COLUMN = "CASE col_labels WHEN '预算数' THEN '全年预算数' WHEN '执行数' THEN '全年执行数' ELSE col_labels END"


def sheet_funds(conn: Conn, doc_id: int, sheet: str) -> list[sqlite3.Row]:
    """The funding block of one sheet of a one-project-per-sheet 自评表: each line's 年初预算数, 全年预算数, 全年执行数,
    执行率 and 得分 (row_labels, col, value, number, line)."""
    return conn.execute(
        f"SELECT row_labels, {_FORM_COLUMN} AS col, col_labels AS printed, value, number, line FROM facts "
        "WHERE document_id = ? AND sheet = ? "
        "AND col_labels IN ('年初预算数', '全年预算数', '全年执行数', '预算数', '执行数', '执行率', '得分') ORDER BY line, id",
        [doc_id, sheet],
    ).fetchall()


def sheet_indicator_scores(conn: Conn, project_id: int, doc_id: int, sheet: str) -> list[sqlite3.Row]:
    """Each indicator row of a project's sheet (one-project-per-sheet 自评表) with its 分值 or 得分 (one row each),
    and the row's labels as printed (一级, 二级, 三级)."""
    return conn.execute(
        "SELECT i.name, i.line, i.level1, i.level2, f.col_labels AS col, f.number, f.row_labels FROM indicators i JOIN facts f "
        "ON f.document_id = ? AND f.sheet = ? AND f.line = i.line AND f.col_labels IN ('分值', '得分') "
        "WHERE i.project_id = ? ORDER BY i.seq",
        [doc_id, sheet, project_id],
    ).fetchall()


def sheet_fund_totals(conn: Conn, doc_id: int) -> list[sqlite3.Row]:
    """Each sheet's 年度资金总额 line of a one-project-per-sheet 自评表: its 年初预算数, 全年预算数 and 全年执行数."""
    return conn.execute(
        f"SELECT sheet, {_FORM_COLUMN} AS col, col_labels AS printed, number, line FROM facts WHERE document_id = ? "
        "AND row_labels LIKE '%资金总额' AND col_labels IN ('年初预算数', '全年预算数', '全年执行数', '预算数', '执行数') "
        "AND number IS NOT NULL ORDER BY id",
        [doc_id],
    ).fetchall()


def sheet_reasons(conn: Conn, doc_ids: Sequence[int], columns: Sequence[str]) -> list[sqlite3.Row]:
    """The reason (a column of `columns`: 偏差原因分析及改进措施, 扣分原因 …) of each indicator row of a
    one-project-per-sheet 自评表 that prints one, with its project, its indicator id, name, target and actual value,
    and the column as printed."""
    if not doc_ids or not columns:
        return []
    return conn.execute(
        "SELECT n.document_id, n.sheet, p.id AS project_id, p.name AS project, i.id AS indicator_id, "
        "i.name AS indicator, i.annual_value, i.actual_value, f.value AS reason, f.col_labels AS printed, f.line "
        "FROM facts n JOIN projects p ON p.document_id = n.document_id AND p.name = n.value "
        "JOIN indicators i ON i.project_id = p.id "
        "JOIN facts f ON f.document_id = n.document_id AND f.sheet = n.sheet AND f.line = i.line "
        f"WHERE n.document_id IN ({_marks(doc_ids)}) AND n.row_labels = '项目名称' "
        f"AND f.col_labels IN ({_marks(columns)}) AND f.value != '' ORDER BY p.id, i.seq",
        [*doc_ids, *columns],
    ).fetchall()


def indicator_ids_of(conn: Conn, project_ids: Sequence[int]) -> list[int]:
    return [r[0] for r in conn.execute(
        f"SELECT id FROM indicators WHERE project_id IN ({_marks(project_ids)}) ORDER BY id", list(project_ids)
    ).fetchall()]


def funding_unit(conn: Conn, doc_id: int, name: str) -> sqlite3.Row | None:
    """One 资金使用单位's own row (its subtotal), with its table's citation columns."""
    return conn.execute(
        "SELECT u.name, u.total, u.fiscal_appropriation, u.special_account, u.other, u.unplaced, u.line, u.page, "
        "d.department_name, d.file_name, d.form, d.year, d.unit AS money_unit FROM funding_units u "
        "JOIN documents d ON d.id = u.document_id WHERE u.document_id = ? AND u.name = ? ORDER BY u.id LIMIT 1", (doc_id, name)).fetchone()


def project_count(conn: Conn, doc_ids: Sequence[int]) -> int:
    """How many projects some documents list: a department-level table's 年度重点工作任务 (its whole, the
    record its own indicators hang on, counts as one only where it lists no task)."""
    return conn.execute(
        f"SELECT count(*) FROM projects p WHERE p.document_id IN ({_marks(doc_ids)}) AND (p.kind != 'department' "
        "OR NOT EXISTS (SELECT 1 FROM projects q WHERE q.document_id = p.document_id AND q.kind != 'department'))",
        list(doc_ids),
    ).fetchone()[0]


def column_total(conn: Conn, doc_ids: Sequence[int], column: str) -> float | None:
    """Sum of one amount column over the projects of some documents (None when the column is blank)."""
    if column not in ("total", "fiscal_appropriation", "special_account", "other", "unplaced"):
        raise ValueError(column)
    row = conn.execute(
        f"SELECT sum({column}) FROM projects WHERE document_id IN ({_marks(doc_ids)})", list(doc_ids)
    ).fetchone()
    return row[0]


def build_id(conn: Conn) -> str:
    """The id the load stored for this build of the knowledge base ('' for a database without one):
    sessions remember it, so a conversation never reads project ids of another build."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'build_id'").fetchone()
    return str(row[0]) if row else ""


# --- facts (every labelled value of a table) ------------------------------------------------------------

FACT_SEP = "\x1f"  # joins a fact's labels in one column (no label contains it)
_FACT_COLS = (
    "f.id, f.document_id, f.department, f.year, f.form, f.row_labels, f.row_heads, f.col_labels, f.section, "
    "f.value, f.number, f.unit, f.sheet, f.cell, f.page, f.line"
)


def projects_named_holding(conn: Conn, word: str) -> list[sqlite3.Row]:
    """The projects whose name holds the word (spaces in a printed name ignored), by table and line."""
    return conn.execute(
        f"SELECT {_PROJECT_COLS} FROM projects p JOIN documents d ON d.id = p.document_id "
        "WHERE instr(replace(p.name, ' ', ''), ?) > 0 ORDER BY p.document_id, p.id", [word]).fetchall()


def rows_named_holding(conn: Conn, word: str) -> list[sqlite3.Row]:
    """The general tables' rows whose labels hold the word, one per row: (document_id, sheet, line, page,
    row_labels, row_heads, fact id), by table and line."""
    return conn.execute(
        "SELECT document_id, sheet, MIN(line) AS line, MIN(page) AS page, row_labels, row_heads, MIN(id) AS id "
        "FROM facts WHERE instr(row_labels, ?) > 0 GROUP BY document_id, sheet, row_labels, row_heads "
        "ORDER BY document_id, MIN(line), MIN(id)", [word]).fetchall()


def head_count_facts(conn: Conn, name: str) -> int:
    """How many facts of the general tables may count the people of a row whose labels hold the name (a staffing
    table's 编制数 / 在职人数 / 编外聘用 of that unit; read widely: any column of 人 or 编): none means no loaded table
    says how many people it has."""
    return conn.execute(
        "SELECT COUNT(*) FROM facts WHERE instr(row_labels, ?) > 0 AND (col_labels LIKE '%人%' OR "
        "col_labels LIKE '%编%' OR row_labels LIKE '%人数%' OR row_labels LIKE '%编制%')", [name]).fetchone()[0]


def fact_labels(conn: Conn, chunk: int = 20_000):
    """Every fact's labels, for the label index: (id, document_id, year, row_labels, row_heads, col_labels,
    section, line, page), read in slices of ids so a large knowledge base is never held whole."""
    last = 0
    while True:
        rows = conn.execute(
            "SELECT id, document_id, year, row_labels, row_heads, col_labels, section, line, page FROM facts "
            "WHERE id > ? ORDER BY id LIMIT ?", [last, chunk]).fetchall()
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


def fact_max_id(conn: Conn) -> int:
    return conn.execute("SELECT coalesce(max(id), 0) FROM facts").fetchone()[0]


_FACT_FIELDS = tuple(c.strip().removeprefix("f.") for c in _FACT_COLS.split(","))


def fact_dicts_by_id(conn: Conn, ids: Sequence[int]) -> list[dict]:
    """facts_by_id as plain dicts (any order), made from plain rows where the connection gives them
    (kb.LockedConnection.tuples): a question reads a table's ~100 facts on first use."""
    rows_of = getattr(conn, "tuples", None)
    out: list[dict] = []
    ids = list(ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        sql = f"SELECT {_FACT_COLS} FROM facts f WHERE f.id IN ({_marks(chunk)})"
        rows = rows_of(sql, chunk) if rows_of is not None else conn.execute(sql, chunk).fetchall()
        out += [dict(zip(_FACT_FIELDS, r, strict=True)) for r in rows]
    return out


def general_class_words(conn: Conn) -> tuple[list[str], list[str]]:
    """Of the facts of every general table (layout general-table): the distinct row labels of more than one
    part, and the distinct words of the cells without a figure — all a class of their rows can be (groups)."""
    general = "document_id IN (SELECT id FROM documents WHERE layout = 'general-table')"
    labels = conn.execute(f"SELECT DISTINCT row_labels FROM facts WHERE {general} AND instr(row_labels, ?) > 0",
                          (FACT_SEP,)).fetchall()
    words = conn.execute(f"SELECT DISTINCT value FROM facts WHERE {general} AND number IS NULL").fetchall()
    return [r[0] for r in labels], [r[0] for r in words if r[0] is not None]


def has_grouped_rows(conn: Conn) -> bool:
    """Whether any table labels its rows by two parts under row heads (grouped_row_facts has anything to read)."""
    return conn.execute("SELECT 1 FROM facts WHERE instr(row_labels, ?) > 0 AND coalesce(row_heads, '') <> '' "
                        "LIMIT 1", (FACT_SEP,)).fetchone() is not None


def grouped_row_facts(conn: Conn) -> list[dict]:
    """Every fact of the tables whose rows are labelled by two parts under row heads (a group merged down its
    rows, a band within it: 行政单位 / 10人及以下), the table's notes below it included, by table and id."""
    docs = ("SELECT DISTINCT document_id FROM facts WHERE instr(row_labels, ?) > 0 "
            "AND coalesce(row_heads, '') <> ''")
    rows = conn.execute(f"SELECT {_FACT_COLS} FROM facts f WHERE f.document_id IN ({docs}) "
                        "ORDER BY f.document_id, f.id", (FACT_SEP,)).fetchall()
    return [dict(zip(_FACT_FIELDS, r, strict=True)) for r in rows]


def facts_by_id(conn: Conn, ids: Sequence[int]) -> list[sqlite3.Row]:
    """Facts by id (any order; callers order them)."""
    out: list[sqlite3.Row] = []
    ids = list(ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out += conn.execute(f"SELECT {_FACT_COLS} FROM facts f WHERE f.id IN ({_marks(chunk)})", chunk).fetchall()
    return out


def two_level_column_labels(conn: Conn) -> list[str]:
    """The column labels of figures printed under a header of columns (two or more levels, joined by FACT_SEP)."""
    return [r[0] for r in conn.execute("SELECT DISTINCT col_labels FROM facts WHERE number IS NOT NULL "
                                       "AND instr(col_labels, ?) > 0", (FACT_SEP,)).fetchall()]


def facts_of_row(conn: Conn, doc_id: int, sheet: str, line: int, page: int = 0) -> list[sqlite3.Row]:
    """The facts of one line of one document, on one sheet or page (the other columns of a row)."""
    return conn.execute(
        f"SELECT {_FACT_COLS} FROM facts f WHERE f.document_id = ? AND f.line = ? AND coalesce(f.sheet, '') = ? "
        "AND coalesce(f.page, 0) = ? ORDER BY f.id",
        [doc_id, line, sheet or "", page or 0],
    ).fetchall()


def facts_of_sheet(conn: Conn, doc_id: int, sheet: str) -> list[dict]:
    """The facts of one sheet of one document (every row's cells), by line (made from plain rows where the
    connection gives them, as fact_dicts_by_id)."""
    rows_of = getattr(conn, "tuples", None)
    sql = f"SELECT {_FACT_COLS} FROM facts f WHERE f.document_id = ? AND coalesce(f.sheet, '') = ? ORDER BY f.line, f.id"
    params = [doc_id, sheet or ""]
    rows = rows_of(sql, params) if rows_of is not None else conn.execute(sql, params).fetchall()
    return [dict(zip(_FACT_FIELDS, r, strict=True)) for r in rows]



def sheets_with_columns_starting(conn: Conn, word: str) -> list[tuple[int, str]]:
    """The (document, sheet) pairs ('' for a document of no sheets) holding a figure under a column whose label
    starts with the word (收入 of 收入预算数)."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT DISTINCT document_id, coalesce(sheet, '') FROM facts WHERE number IS NOT NULL AND substr(col_labels, 1, ?) = ?",
        [len(word), word]).fetchall()]


# A column whose label says a month (月) or a running total (累计): one predicate for the sheets and the documents
_PERIOD_COLUMN = "(col_labels LIKE '%月%' OR col_labels LIKE '%累计%')"


def sheets_with_period_columns(conn: Conn, doc_id: int) -> list[str]:
    """The sheets of one document ('' for a document of no sheets) holding a column whose label says a month (月) or
    a running total (累计: 本年累计执行数)."""
    return [r[0] for r in conn.execute(
        f"SELECT DISTINCT coalesce(sheet, '') FROM facts WHERE document_id = ? AND {_PERIOD_COLUMN}", [doc_id]
    ).fetchall()]


def documents_with_period_columns(conn: Conn) -> list[int]:
    """The documents of which sheets_with_period_columns finds a sheet: read once, instead of asking every document."""
    return [r[0] for r in conn.execute(
        f"SELECT DISTINCT document_id FROM facts WHERE {_PERIOD_COLUMN}"
    ).fetchall()]


def sheets_with_year_columns(conn: Conn, doc_id: int) -> list[str]:
    """The sheets of one document ('' for a document of no sheets) holding a column whose label says a year (年)."""
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT coalesce(sheet, '') FROM facts WHERE document_id = ? AND col_labels LIKE '%年%'", [doc_id]
    ).fetchall()]


def printed_sources(conn: Conn, doc_id: int) -> list[sqlite3.Row]:
    """The funding-source lines a one-project table prints itself (项目资金来源: 一般公共预算财政拨款收入 …), in
    table order; none when the table prints no such block or holds several projects."""
    if conn.execute("SELECT count(*) FROM projects WHERE document_id = ?", [doc_id]).fetchone()[0] != 1:
        return []
    return conn.execute(
        f"SELECT {_FACT_COLS} FROM facts f WHERE f.document_id = ? AND f.section LIKE '%资金来源%' "
        "AND f.number IS NOT NULL ORDER BY f.line, f.id", [doc_id]).fetchall()


# The heading a department-level table (部门整体预算绩效目标表) prints over its spending lines, and every
# heading such tables print there (预算支出 | 金额 over 合计 / 基本支出 / 项目支出).
DEPARTMENT_SPENDING = "部门预算支出"
SPENDING_HEADS = (DEPARTMENT_SPENDING, "预算支出")
# (or in the block a spending head names, its lines' own head another word: 支出类别 beside 收入来源)
_SPENT_UNDER = "(" + " OR ".join(["f.row_heads = ? OR f.row_heads LIKE ? || ? || '%'"
                                  " OR f.section = ? AND coalesce(f.row_heads, '') NOT LIKE '%收入%'"] * len(SPENDING_HEADS)) + ")"
_SPENT_UNDER_ARGS = [x for head in SPENDING_HEADS for x in (head, head, FACT_SEP, head)]
_SPENT_WITHIN = "(" + " OR ".join(["f.row_heads = ? OR f.row_heads = ? || ?"] * len(SPENDING_HEADS)) + ")"
_SPENT_WITHIN_ARGS = [x for head in SPENDING_HEADS for x in (head, FACT_SEP, head)]


# The same lines printed as columns under a two-level header (年度预算 > 按支出性质分 > 基本支出 | 项目支出).
SPENDING_BY_KIND = "按支出性质分"


def department_spending(conn: Conn, doc_id: int) -> list[sqlite3.Row]:
    """The spending lines a department-level table prints under 部门预算支出 (基本支出, 项目支出 …) as rows, or
    under 按支出性质分 as columns of one unlabelled row (the line's label is then its column's, given as
    row_labels; a general table's rows under such columns carry row labels and are not these), with their
    amounts and cells, in table order; none for a table that prints no such block."""
    by_kind = SPENDING_BY_KIND + FACT_SEP
    cols = _FACT_COLS.replace(
        "f.row_labels,", "CASE WHEN f.col_labels LIKE ? || '%' THEN substr(f.col_labels, ?) ELSE f.row_labels END "
        "AS row_labels,")
    return conn.execute(
        f"SELECT {cols}, d.file_name, d.department_name FROM facts f JOIN documents d ON d.id = f.document_id "
        "WHERE f.document_id = ? AND f.number IS NOT NULL AND (f.year IS NULL OR f.year = d.year) "
        f"AND ({_SPENT_UNDER} OR (coalesce(f.row_labels, '') = '' AND f.col_labels LIKE ? || '%')) "
        "ORDER BY f.line, f.id",
        [by_kind, len(by_kind) + 1, doc_id, *_SPENT_UNDER_ARGS, by_kind],
    ).fetchall()


def department_budget_lines(conn: Conn, doc_id: int) -> list[sqlite3.Row]:
    """Every amount line a department-level table prints under 部门预算支出, those printed within another
    (其中：人员经费, its row_heads joined below the heading) too, in table order."""
    return conn.execute(
        f"SELECT {_FACT_COLS}, d.file_name, d.department_name FROM facts f JOIN documents d ON d.id = f.document_id "
        "WHERE f.document_id = ? AND f.number IS NOT NULL AND (f.year IS NULL OR f.year = d.year) "
        f"AND {_SPENT_WITHIN} ORDER BY f.line, f.id",
        [doc_id, *_SPENT_WITHIN_ARGS],
    ).fetchall()


def department_whole(conn: Conn, doc_id: int) -> list[sqlite3.Row]:
    """The figures a department-level table prints beside its spending lines in their one unlabelled row
    under a single header of their own (资金总额 over 基本支出 + 项目支出), the header given as row_labels."""
    cols = _FACT_COLS.replace("f.row_labels,", "f.col_labels AS row_labels,")
    return conn.execute(
        f"SELECT {cols}, d.file_name, d.department_name FROM facts f JOIN documents d ON d.id = f.document_id "
        "WHERE f.document_id = ? AND f.number IS NOT NULL AND coalesce(f.row_labels, '') = '' "
        "AND f.col_labels != '' AND instr(f.col_labels, ?) = 0 ORDER BY f.line, f.id",
        [doc_id, FACT_SEP],
    ).fetchall()


# The labels a table prints its whole spending under (a 部门决算's 本年支出合计, a budget's 支出合计).
SPENDING_TOTALS = ("本年支出合计", "支出合计", "支出总计")


def printed_spending_total(conn: Conn, doc_id: int) -> sqlite3.Row | None:
    """The first amount a table prints as its whole spending (本年支出合计 as a row, or a 合计 row under
    that column), in the table's order; None for a table that prints none."""
    marks = _marks(SPENDING_TOTALS)
    return conn.execute(
        f"SELECT {_FACT_COLS}, d.file_name, d.department_name FROM facts f JOIN documents d ON d.id = f.document_id "
        "WHERE f.document_id = ? AND f.number IS NOT NULL AND coalesce(f.unit, '') NOT IN ('%', '人', '个') "
        "AND (f.year IS NULL OR d.year IS NULL OR f.year = d.year) "
        f"AND (f.row_labels IN ({marks}) OR (f.row_labels IN ('合计', '总计') AND f.col_labels IN ({marks}))) "
        "ORDER BY coalesce(f.page, 0), coalesce(f.sheet, ''), f.line, f.id LIMIT 1",
        [doc_id, *SPENDING_TOTALS, *SPENDING_TOTALS],
    ).fetchone()


# The heads a table prints its spending's parts under (支出 › 基本支出 | 项目支出); never a balance's (结转结余 › 项目支出).
_SPENDING_PARENTS = ("支出", "本年支出", "支出预算", "预算数", "本年预算")


def spending_total_part(conn: Conn, doc_id: int, part: str) -> sqlite3.Row | None:
    """The amount a table prints for one part of its whole spending in the whole's own row (the 支出合计 row's
    项目支出 column of a 部门收支预算总表), of the table's year; None for a table that prints none."""
    marks = _marks(SPENDING_TOTALS)
    return conn.execute(
        f"SELECT {_FACT_COLS}, d.file_name, d.department_name FROM facts f JOIN documents d ON d.id = f.document_id "
        "WHERE f.document_id = ? AND f.number IS NOT NULL AND f.unit IN ('元', '万元', '亿元', '千元') "
        "AND (f.year IS NULL OR d.year IS NULL OR f.year = d.year) "
        f"AND f.row_labels IN ({marks}, '合计', '总计') AND f.col_labels IN (?, {_marks(_SPENDING_PARENTS)}) "
        "ORDER BY coalesce(f.page, 0), coalesce(f.sheet, ''), f.line, f.id LIMIT 1",
        [doc_id, *SPENDING_TOTALS, part, *(head + FACT_SEP + part for head in _SPENDING_PARENTS)],
    ).fetchone()


def printed_total_row_amount(conn: Conn, doc_id: int) -> sqlite3.Row | None:
    """The first money figure of a table's own 合计 (总计) row, in the table's order (a progress table's 计划投资,
    an allocation's 分配金额), of the table's year first (a row printing 2023年预算 | 2024年预算 of a 2024 table: its
    2024年预算): what a table without a spending total prints as its whole; None when none."""
    return conn.execute(
        f"SELECT {_FACT_COLS}, d.file_name, d.department_name FROM facts f JOIN documents d ON d.id = f.document_id "
        "WHERE f.document_id = ? AND f.number IS NOT NULL AND f.unit IN ('元', '万元', '亿元', '千元') "
        "AND f.row_labels IN ('合计', '总计') "
        "ORDER BY (f.year IS NOT NULL AND d.year IS NOT NULL AND f.year != d.year), "
        "coalesce(f.page, 0), coalesce(f.sheet, ''), f.line, f.id LIMIT 1", [doc_id],
    ).fetchone()


def department_subtotal(conn: Conn, doc_id: int) -> sqlite3.Row | None:
    """A department's part of a table by departments: its one 小计 row's money figure of the table's year (its column
    of 合计 when the row prints several: 合计 | 财政拨款 | 其他资金); None when there is not exactly one."""
    rows = conn.execute(
        f"SELECT {_FACT_COLS}, d.file_name, d.department_name FROM facts f JOIN documents d ON d.id = f.document_id "
        "WHERE f.document_id = ? AND f.number IS NOT NULL AND f.unit IN ('元', '万元', '亿元', '千元') "
        "AND f.row_labels = '小计' AND (f.year IS NULL OR d.year IS NULL OR f.year = d.year) "
        "ORDER BY coalesce(f.sheet, ''), f.line, f.id", [doc_id],
    ).fetchall()
    if len(rows) > 1:
        rows = [r for r in rows if re.search(r"(?:合计|总计)$", r["col_labels"] or "")]
    return rows[0] if len(rows) == 1 else None


def total_row_figures(conn: Conn, doc_id: int) -> list[sqlite3.Row]:
    """Every money figure of a table's own 合计 (总计) rows, one a column, in the table's order (a 部门支出预算表's
    合计 row: 合计, 基本支出 › 人员经费, 项目支出 …; a 决算's 合计 row of its 支出决算表): the department's whole
    under each column its tables print."""
    return conn.execute(
        f"SELECT {_FACT_COLS}, d.file_name, d.department_name FROM facts f JOIN documents d ON d.id = f.document_id "
        "WHERE f.document_id = ? AND f.number IS NOT NULL AND f.unit IN ('元', '万元', '亿元', '千元') "
        "AND f.row_labels IN ('合计', '总计') AND (f.year IS NULL OR d.year IS NULL OR f.year = d.year) "
        "ORDER BY coalesce(f.page, 0), coalesce(f.sheet, ''), f.line, f.id", [doc_id],
    ).fetchall()


def departments_printing(conn: Conn, words: str, with_figure: bool = False) -> list[str]:
    """The departments whose tables print a line whose row label holds the words (a line, not a project); with_figure:
    only a line printing a figure (not blank, 0 or 无)."""
    held = (" AND (f.number IS NOT NULL AND f.number != 0 OR f.number IS NULL AND trim(coalesce(f.value, '')) "
            "NOT IN ('', '0', '无', '-'))") if with_figure else ""
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT d.department_name FROM facts f JOIN documents d ON d.id = f.document_id "
        "WHERE instr(f.row_labels, ?) > 0" + held, [words]).fetchall()]


def fact_text_values(conn: Conn) -> list[sqlite3.Row]:
    """Facts printed as short text (no number): (id, document_id, value), for naming rows by a value."""
    return conn.execute(
        "SELECT id, document_id, value FROM facts WHERE number IS NULL AND length(value) BETWEEN 2 AND 24 ORDER BY id"
    ).fetchall()


def fact_text_columns(conn: Conn) -> list[str]:
    """The distinct column labels of the facts printed as text (no number): what a table's text columns are
    (备注, 说明), read once per knowledge base."""
    return [r[0] or "" for r in conn.execute("SELECT DISTINCT col_labels FROM facts WHERE number IS NULL").fetchall()]


def general_row_pairs(conn: Conn) -> list[tuple[str, str, str]]:
    """Each line of the general tables with two row labels or more, distinct: its first label, its second and the
    header of its first label column (县教育局, 营养改善计划补助, 主管部门): the organisations such a table prints
    in a column, each over the rows it holds."""
    rows = conn.execute(
        "SELECT DISTINCT f.row_labels, f.row_heads FROM facts f JOIN documents d ON d.id = f.document_id"
        " WHERE d.layout = 'general-table' AND instr(f.row_labels, ?) > 0", (FACT_SEP,)
    ).fetchall()
    out = []
    for labels, heads in rows:
        path, head = str(labels).split(FACT_SEP), str(heads or "").split(FACT_SEP)
        out.append((path[0], path[1], head[0]))
    return out


def general_row_heads(conn: Conn) -> list[str]:
    """The first row label of each line of the general tables (a 三公 table's 主管部门: 中共阳新县委办公室), distinct:
    the organisations such tables print as their lines' owners."""
    rows = conn.execute(
        "SELECT DISTINCT f.row_labels FROM facts f JOIN documents d ON d.id = f.document_id"
        " WHERE d.layout = 'general-table' AND f.row_labels IS NOT NULL"
    ).fetchall()
    return list(dict.fromkeys(str(r[0]).split(FACT_SEP, 1)[0] for r in rows))


def general_row_heads_of(conn: Conn, department: str) -> list[str]:
    """The first row labels of one department's general tables (长兴县's 三公 table: 县公安局, 县委办公室 …), distinct:
    the organisations a place's table of its departments prints as its rows."""
    rows = conn.execute(
        "SELECT DISTINCT f.row_labels FROM facts f JOIN documents d ON d.id = f.document_id"
        " WHERE d.layout = 'general-table' AND d.department_name = ? AND f.row_labels IS NOT NULL",
        (department,),
    ).fetchall()
    return list(dict.fromkeys(str(r[0]).split(FACT_SEP, 1)[0] for r in rows))


# --- the knowledge base's start-up (bot.language.lexicon): read once, whole -------------------------------

_FIELD, _RECORD = "\x1f", "\x1e"  # ASCII unit / record separators: never in table text


def bulk_rows(conn: sqlite3.Connection, table: str, columns: Sequence[str],
              id_range: tuple[int, int] | None = None, by_id: bool = True) -> list[list[str]]:
    """All rows of some columns (fixed names from the caller's code), in id order if by_id, in one SQLite
    step, as strings ('' for NULL); with id_range (lo, hi], only those ids.

    A plain fetch steps once per row and releases Python's GIL at each step; while other threads are
    answering questions, every row then waits for the GIL again and a reload of 100,000 indicators
    stalls for minutes. group_concat builds the whole result inside SQLite instead.
    """
    expr = f" || '{_FIELD}' || ".join(f"coalesce([{c}], '')" for c in columns)
    where, params = ("WHERE id > ? AND id <= ?", list(id_range)) if id_range else ("", [])
    row = conn.execute(f"SELECT group_concat({expr}, '{_RECORD}') FROM (SELECT * FROM [{table}] {where}"
                       f"{' ORDER BY id' if by_id else ''})",
                       params).fetchone()
    if not row or row[0] is None:
        return []
    return [rec.split(_FIELD) for rec in row[0].split(_RECORD)]


def schema_version(conn: Conn) -> int | None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return None if row is None else int(row[0])


def all_documents(conn: Conn) -> list[sqlite3.Row]:
    return conn.execute("SELECT * FROM documents ORDER BY id").fetchall()


def documents_by_path(conn: Conn) -> list[sqlite3.Row]:
    """(path, department_name, year, form) of every loaded table, its kind "" when none (which file holds which)."""
    return conn.execute("SELECT path, department_name, year, coalesce(form, '') FROM documents").fetchall()


def fact_years(conn: Conn) -> list[sqlite3.Row]:
    """(document_id, year) of the years a workbook with a sheet per year (2024年, 2025年) holds on sheets named
    by the year, beside its own (a column of another year, 2019年预算 of a 2020 table, is no such sheet), and
    those of a 项目申报表's year columns."""
    # (a 项目申报表's columns of the years it applies for, 2026年 | 2027年 | 2028年, are its figures of each year;
    # so are the rows of its 分年度预算 printing each year's budget down the form)
    return conn.execute("SELECT DISTINCT document_id, year FROM facts WHERE year IS NOT NULL "
                        "AND (sheet LIKE CAST(year AS TEXT) || '年%' OR (col_labels = CAST(year AS TEXT) || '年' "
                        "OR row_labels = CAST(year AS TEXT) || '年' AND number IS NOT NULL) "
                        "AND document_id IN (SELECT id FROM documents WHERE layout = 'project-application'))").fetchall()


def year_column_heads(conn: Conn, doc_id: int) -> list[str]:
    """The heads of a 申报表's columns of figures ending in a year (2027年, 分年度预算 › 2027年: joined as printed)."""
    return [r[0] for r in conn.execute("SELECT DISTINCT col_labels FROM facts WHERE document_id = ? AND number IS NOT NULL "
                                       "AND col_labels LIKE '%年'", (doc_id,)).fetchall()]


def column_head_years(conn: Conn) -> list[sqlite3.Row]:
    """(document_id, year, row_labels, col_labels) of the figures under a column whose head prints their year
    (2024年执行数 of a 2025 一般公共预算支出功能分类表): the table holds that year's figures in those columns."""
    return conn.execute("SELECT DISTINCT document_id, year, row_labels, col_labels FROM facts WHERE year IS NOT NULL "
                        "AND number IS NOT NULL AND col_labels LIKE CAST(year AS TEXT) || '年%'").fetchall()


def coded_row_labels(conn: Conn) -> list[str]:
    """The distinct row labels of facts holding three digits in a row (a table coded by subject: 2080701就业创业服务补贴)."""
    return [r[0] for r in conn.execute("SELECT DISTINCT row_labels FROM facts WHERE row_labels GLOB '*[0-9][0-9][0-9]*'").fetchall()]


def column_figures(conn: Conn, doc_id: int, section_prefix: str) -> list[sqlite3.Row]:
    """The figures of a document's lines under sections starting with a prefix (a 申报表's project: its 资金来源
    lines by year column), in the sheet's order."""
    return conn.execute("SELECT * FROM facts WHERE document_id = ? AND number IS NOT NULL AND section LIKE ? "
                        "ORDER BY sheet, line, id", (doc_id, section_prefix.replace("%", "") + "%")).fetchall()


# The head of a self-evaluation's block of money lines (预算执行情况（万元）: 年度资金总额 | 基本支出 | 项目支出).
EXECUTION_HEAD = "预算执行情况"


def execution_block(conn: Conn, doc_id: int) -> list[sqlite3.Row]:
    """The money figures of a self-evaluation's 预算执行情况 block (年度资金总额, 基本支出, 项目支出 …, each with
    its 年初预算数 / 全年预算数 / 全年执行数), in the sheet's order; none for a table printing no such block."""
    return conn.execute(
        f"SELECT {_FACT_COLS}, d.file_name, d.department_name FROM facts f JOIN documents d ON d.id = f.document_id "
        "WHERE f.document_id = ? AND f.number IS NOT NULL AND f.unit IN ('元', '万元', '亿元', '千元') "
        "AND f.row_heads LIKE ? || '%' ORDER BY coalesce(f.sheet, ''), f.line, f.id",
        (doc_id, EXECUTION_HEAD)).fetchall()


def labelled_figures(conn: Conn, doc_id: int, label: str) -> list[sqlite3.Row]:
    """A document's figures whose own row label is exactly this one (项目总预算 of a 申报表), in the sheet's order."""
    return conn.execute("SELECT * FROM facts WHERE document_id = ? AND number IS NOT NULL AND row_labels = ? "
                        "ORDER BY sheet, line, id", (doc_id, label)).fetchall()


def indicator_max_id(conn: Conn) -> int:
    return conn.execute("SELECT coalesce(max(id), 0) FROM indicators").fetchone()[0]


def category_names(conn: Conn, level: str) -> list[str]:
    """The distinct category names of one level ("level1" | "level2")."""
    column = "level1" if level == "level1" else "level2"
    return [r[0] for r in conn.execute(f"SELECT DISTINCT {column} FROM indicators WHERE {column} != ''").fetchall()]


def categories_by_document(conn: Conn) -> list[sqlite3.Row]:
    """(level1, level2, document_id, whether any has an actual value): which documents have what."""
    return conn.execute("SELECT level1, level2, document_id, max(actual_value IS NOT NULL) FROM indicators "
                        "GROUP BY level1, level2, document_id").fetchall()


def labels_going_on_from(conn: Conn, word: str) -> list[str]:
    """The distinct labels of figures that hold a word with more after it ("本年收入政府性基金拨款" of 政府性基金)."""
    like = "%" + word.replace("%", "").replace("_", "") + "_%"
    return [r[0] for r in conn.execute("SELECT DISTINCT labels FROM facts WHERE labels LIKE ?", (like,)).fetchall()]


def distinct_row_labels(conn: Conn) -> list[str]:
    """The distinct row labels (joined by FACT_SEP) of the figures: read once, when the knowledge base opens."""
    return [r[0] for r in conn.execute("SELECT DISTINCT row_labels FROM facts").fetchall() if r[0]]


def year_led_row_labels(conn: Conn) -> list[tuple[str, int | None]]:
    """The distinct row labels (joined by FACT_SEP) holding a year word, each with a year its figures are of."""
    return conn.execute("SELECT DISTINCT row_labels, year FROM facts WHERE row_labels LIKE '%年%'").fetchall()


def row_labels_of(conn: Conn, doc_ids: list[int]) -> list[str]:
    """The distinct row labels of the figures of some documents (joined by FACT_SEP)."""
    if not doc_ids:
        return []
    marks = ",".join("?" * len(doc_ids))
    return [r[0] for r in conn.execute(f"SELECT DISTINCT row_labels FROM facts WHERE document_id IN ({marks})",
                                       list(doc_ids)).fetchall() if r[0]]


def documents_with_execution(conn: Conn) -> list[int]:
    return [r[0] for r in conn.execute("SELECT DISTINCT document_id FROM projects WHERE executed IS NOT NULL")
            .fetchall()]


def segmenter_base(conn: Conn) -> bytes | None:
    """The tokenizer's base stored by the load (None in a file built before it was stored)."""
    try:
        row = conn.execute("SELECT data FROM segmenter WHERE key = 'base'").fetchone()
        conn.execute("PRAGMA shrink_memory")  # the blob's pages leave the cache before it is unpacked
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def segmenter_tags(conn: Conn) -> bytes | None:
    """The base words' tags, stored apart from the base (None in a file that holds them in the base)."""
    try:
        row = conn.execute("SELECT data FROM segmenter WHERE key = 'tags'").fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def section_facts(conn: Conn, doc_id: int, section_prefix: str) -> list[sqlite3.Row]:
    """Every fact (text or figure) of a document's lines under sections starting with a prefix (a 申报表's project
    of a workbook of several: its form fields, 资金来源 and 明细 lines), in the sheet's order."""
    return conn.execute("SELECT * FROM facts WHERE document_id = ? AND section LIKE ? ORDER BY sheet, line, id",
                        (doc_id, section_prefix.replace("%", "") + "%")).fetchall()
