"""Read published PDFs: text-layout 绩效目标表 through the text parser, ruled tables as labelled facts.

pdfplumber (pdfminer.six) is imported here only, and this module only on the PDF path, so answering a
question never pays for it.

Two kinds of PDF are read:

- a 项目支出绩效目标表, printed as a text stream or as a ruled table with its columns side by side: its
  text is put back in the order the text parser reads (each row's name, amounts, goal, indicators, with
  the wraps and the indentation that tells a project from a funding unit) and handed to
  text.parse_text, so the PDF gives exactly the records its text gives;
- ruled tables (部门决算/部门预算 and anything else with ruling lines): every cell becomes a Fact with its
  row labels (code and name, with the names of the codes above it), its column headers (merged header
  cells spread over the columns they cover), the table's title as section and its page as citation.
  A table that runs on over the next page without repeating its header continues the previous one.

A PDF with no text layer (a scan) is refused: there is no OCR.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from bot.ingest.prose import date_relative_columns, prose_facts
from bot.ingest.text import parse_text
from bot.model import Document, Fact, Issue, LoadError

NO_TEXT = ("PDF 中没有文字（可能是扫描件或图片），无法读取；本程序不做文字识别（OCR）。"
           "请提供带文字层的 PDF，或其文本（.txt）/电子表格（.xlsx）")
MAX_PAGES = 500  # a department's budget or final accounts runs to a few dozen pages
# Families of published tables whose layout we know; anything else is read as general tables.
_FAMILIES = ("部门决算", "部门预算")
_TEXT_LAYOUT = re.compile(r"绩效目标表")
_DEPT_LINE = re.compile(r"部门名称\s*[:：]")
_YEAR = re.compile(r"(20\d\d)\s*年")
_UNIT = re.compile(r"单位\s*[:：]\s*(万元|千元|元|亿元)")
_AMOUNT = re.compile(r"^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$")
_COLUMN_UNIT = re.compile(r"[（(](万元|千元|亿元|元|人次|人|个|家|户|次|件|项|台|辆|套|%)[）)]")
_INTEGER = re.compile(r"^\d+$")
_DECIMALISH = re.compile(r"[.,%]")
_CODE_WORDS = ("类", "款", "项")
_NIL = {"-", "--", "—", "——", "－", "/", "／"}
_HEADING = re.compile(r"^[一二三四五六七八九十]+、\s*(\S.{1,30})$")
_ORDINAL = re.compile(r"^[一二三四五六七八九十]+、")  # "十九、住房保障支出": the numbering is not the name
_QUOTES = set("“”‘’\"'")
# Spaces inside Chinese text are layout (letter-spaced cells), not content.
_CJK_GAP = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")


def _error(path: str, message: str) -> LoadError:
    return LoadError([Issue(path, 0, message, "error")])


def read_pdf(path: str, data: bytes) -> Document:
    """The document a PDF holds; raise LoadError naming the file when it cannot be read."""
    try:
        import pdfplumber
        from pdfminer.pdfdocument import PDFPasswordIncorrect
    except ImportError as exc:  # an install without the PDF extra
        raise _error(path, "未安装 pdfplumber，无法读取 PDF（请运行 make install）") from exc
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise _error(path, f"PDF 有 {len(pdf.pages)} 页，超过 {MAX_PAGES} 页的上限，不像一份预算表；"
                                   "请只上传表格部分")
            pages = _read_pages(pdf)
    except LoadError:
        raise
    except Exception as exc:  # pdfminer raises many types for a damaged file; all mean the same here
        causes = [exc, exc.__cause__, *(a for a in exc.args if isinstance(a, BaseException))]
        if any(isinstance(c, PDFPasswordIncorrect) for c in causes):
            raise _error(path, "PDF 已加密（需要密码），无法读取；请提供未加密的文件") from exc
        detail = str(exc).strip() or type(exc).__name__
        raise _error(path, f"无法读取 PDF（文件已损坏或不是 PDF）：{detail}") from exc
    if not any(p.lines for p in pages):
        raise _error(path, NO_TEXT)
    text = "\n".join(line.text for p in pages for line in p.lines)
    try:
        if _TEXT_LAYOUT.search(text) and _DEPT_LINE.search(text):
            if any(_target_columns(t) for p in pages for t in p.tables):
                return _read_ruled_targets(path, pages)
            try:
                return _read_text_layout(path, pages)
            except LoadError:
                if not any(p.tables for p in pages):
                    raise
        return _read_ruled(path, pages)
    except LoadError:
        raise
    except (IndexError, KeyError, ValueError, TypeError) as exc:  # a table shaped as we never saw: refuse it
        raise _error(path, f"无法读取这份 PDF 中的表格（{type(exc).__name__}: {exc}），请把它报告给维护者") from exc


# --- pages ------------------------------------------------------------------------------------------


@dataclass
class _TextLine:
    text: str
    x0: float
    top: float
    size: float


@dataclass
class _Table:
    rows: list[list[str | None]]  # cleaned cell text; None where a merged cell covers the position
    spans: dict[tuple[int, int], tuple[int, int]]  # anchor (row, col) -> (last row, last col) it covers
    above: list[str]  # the page's text lines above the table (title, unit), top first
    top: float
    lines: list[list[list[str]]]  # each cell's text lines as printed (wraps kept)
    indents: list[float]  # how far the first column's text stands in from its cell's left edge, per row
    unruled: bool = False  # columns read from the text's positions: the table has no vertical rules


@dataclass
class _Page:
    number: int
    lines: list[_TextLine] = field(default_factory=list)
    tables: list[_Table] = field(default_factory=list)
    images: int = 0
    prose: str = ""  # a page without tables: its text, lines put together with a wider tolerance


def _read_pages(pdf: Any) -> list[_Page]:
    pages = []
    for number, page in enumerate(pdf.pages, start=1):
        out = _Page(number, images=len(page.images))
        for line in page.extract_text_lines(keep_blank_chars=False):
            chars = line.get("chars") or []
            size = max((c.get("size", 0) for c in chars), default=10.0) or 10.0
            out.lines.append(_TextLine(line["text"], line["x0"], line["top"], size))
        for table in page.find_tables():
            parsed = _table(table)
            if parsed is None:
                continue
            above = [ln.text for ln in out.lines if ln.top < table.bbox[1] - 1]
            lines = [[[x.strip() for x in (c or "").splitlines() if x.strip()] for c in r] for r in table.extract()]
            out.tables.append(_Table(parsed[0], parsed[1], _repair_quotes(above), table.bbox[1], lines,
                                     _first_column_indents(page, table)))
        if not out.tables and (unruled := _unruled_table(page, out.lines)) is not None:
            out.tables.append(unruled)
        if not out.tables and out.lines:
            # Numbers set in another font sit a few points off their line: a wider tolerance keeps
            # "支出 2940.05 万元" on one line instead of the figures on a line of their own.
            out.prose = page.extract_text(y_tolerance=max(3.0, 0.45 * max(ln.size for ln in out.lines)))
        pages.append(out)
    return pages


def _unruled_table(page: Any, lines: list[_TextLine]) -> _Table | None:
    """A table printed without vertical rules (a "three-line" table) under a title ending in 表: its
    columns are read from where the text stands. Kept only if it holds amounts."""
    heads = [i for i, ln in enumerate(lines) if _title([ln.text])[0] and _title([ln.text])[0].endswith("表")]
    if not heads:
        return None
    below = lines[heads[-1] + 1:]
    start = next((k for k, ln in enumerate(below) if not _UNIT.search(_compact(ln.text))), None)
    if start is None:
        return None
    top = below[start].top - 1
    bottom = next((ln.top - 1 for ln in below[start:] if _compact(ln.text).startswith(("注", "说明"))),
                  float(page.height))
    region = page.crop((0, top, float(page.width), bottom))
    found = region.find_tables({"vertical_strategy": "text", "horizontal_strategy": "text"})
    if not found:
        return None
    rows = [[_clean(c) or "" for c in r] for r in max(found, key=lambda t: len(t.rows)).extract()]
    rows = [r for r in rows if any(r)]
    keep = [j for j in range(len(rows[0]) if rows else 0) if any(r[j] for r in rows)]
    rows = [[r[j] for j in keep] for r in rows]
    if sum(1 for r in rows if any(_AMOUNT.match(c) and _DECIMALISH.search(c) for c in r)) < 2:
        return None
    spans = {(i, j): (i, j) for i in range(len(rows)) for j in range(len(keep))}
    above = [ln.text for ln in lines if ln.top < top]
    # every cell is a string here (never None): the list is what _Table's rows accept
    return _Table(cast(list[list[str | None]], rows), spans, _repair_quotes(above), top,
                  [[[c] if c else [] for c in r] for r in rows],
                  [0.0] * len(rows), unruled=True)


def _first_column_indents(page: Any, table: Any) -> list[float]:
    """Per row, the gap between the first cell's left edge and its first character (0 if empty)."""
    out = []
    for row in table.rows:
        cell = row.cells[0] if row.cells else None
        if cell is None:
            out.append(0.0)
            continue
        x0, top, x1, bottom = cell
        xs = [c["x0"] for c in page.chars
              if c["text"].strip() and x0 <= c["x0"] < x1 and top <= c["top"] < bottom]
        out.append(min(xs) - x0 if xs else 0.0)
    return out


def _clean(text: str | None) -> str | None:
    """Cell text as one line: wraps and letter-spacing removed, "201 06 01" as one code, a dash for
    nothing read as blank."""
    if text is None:
        return None
    text = _CJK_GAP.sub("", text.replace("\n", "")).strip()
    if re.fullmatch(r"\d+(?:\s+\d+)+", text) and not _DECIMALISH.search(text):
        return re.sub(r"\s+", "", text)
    return "" if text in _NIL else text


def _table(table: Any) -> tuple[list[list[str | None]], dict[tuple[int, int], tuple[int, int]]] | None:
    """Cleaned rows and merged-cell spans of a pdfplumber table; None when it holds no text at all."""
    raw = table.extract()
    rows = [[_clean(c) for c in r] for r in raw]
    if not any(c for r in rows for c in r):
        return None
    # Spans from the cell rectangles: a cell covers every column/row boundary inside its box.
    xs = sorted({round(c[0], 1) for r in table.rows for c in r.cells if c is not None})
    ys = [round(r.bbox[1], 1) for r in table.rows]
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for i, r in enumerate(table.rows):
        for j, cell in enumerate(r.cells):
            if cell is None:
                continue
            last_col = max(j, max((k for k, x in enumerate(xs) if x < cell[2] - 1), default=j))
            last_row = max(i, max((k for k, y in enumerate(ys) if y < cell[3] - 1), default=i))
            ncols = len(rows[i])
            spans[(i, j)] = (min(last_row, len(rows) - 1), min(last_col, ncols - 1))
    return rows, spans


def _repair_quotes(lines: list[str]) -> list[str]:
    """Quote marks set in another font come out as a line of their own ("“ ”") below the text they
    belong to, leaving a space where each stood: put them back ("财政拨款 三公 经费…" -> "财政拨款“三公”经费…")."""
    out: list[str] = []
    for line in lines:
        marks = [c for c in line if not c.isspace()]
        if out and marks and all(c in _QUOTES for c in marks) and out[-1].count(" ") >= len(marks):
            prev = out[-1]
            for mark in marks:
                prev = prev.replace(" ", mark, 1)
            out[-1] = prev
            continue
        out.append(line)
    return out


# --- text layout ------------------------------------------------------------------------------------


def _read_text_layout(path: str, pages: list[_Page]) -> Document:
    """Rebuild the text stream with its indentation and parse it as the .txt would be."""
    margin = min(line.x0 for p in pages for line in p.lines)
    lines: list[str] = []
    page_of_line: list[int] = []
    for p in pages:
        for line in p.lines:
            # A few characters in from the margin: a project under its unit. A line that starts far to
            # the right (amounts whose name wrapped above them) is not indented, it is in another column.
            indented = line.size * 0.5 < line.x0 - margin < line.size * 6
            lines.append(("    " if indented else "") + line.text)
            page_of_line.append(p.number)
    return _parse_paged(lines, page_of_line, path)


def _parse_paged(lines: list[str], page_of_line: list[int], path: str) -> Document:
    """The text parser over lines rebuilt from pages; its issues name the page of their line."""
    try:
        doc = parse_text("\n".join(lines), path, page_of_line)
    except LoadError as exc:
        raise LoadError([_with_page(i, page_of_line) for i in exc.issues]) from exc
    doc.issues = [_with_page(i, page_of_line) for i in doc.issues]
    return doc


def _with_page(issue: Issue, page_of_line: list[int]) -> Issue:
    """Cite the page as well as the line of the extracted text."""
    if 0 < issue.line <= len(page_of_line):
        issue.message = f"第{page_of_line[issue.line - 1]}页：{issue.message}"
    return issue


# --- a ruled 项目支出绩效目标表 -----------------------------------------------------------------------

_TARGET_HEADERS = {"name": ("项目名称",), "total": ("总计",), "fiscal": ("财政拨款",),
                   "special": ("财政专户",), "other": ("其他资金",), "goal": ("绩效目标",),
                   "indicators": ("绩效指标",)}


def _target_columns(t: _Table) -> dict[str, int] | None:
    """Where the 绩效目标表 columns are, if the table's first row is that header."""
    found: dict[str, int] = {}
    for j, cell in enumerate(t.rows[0]):
        for key, words in _TARGET_HEADERS.items():
            if cell and key not in found and any(cell.startswith(w) for w in words):
                found[key] = j
    return found if {"name", "total", "indicators"} <= found.keys() else None


def _read_ruled_targets(path: str, pages: list[_Page]) -> Document:
    """Print each table row back as the text stream the text parser reads, cell after cell: the name
    (indented like the cell), its amounts, then the goal's and the indicators' lines as wrapped."""
    lines: list[str] = []
    page_of_line: list[int] = []
    placed: dict[int, list[str]] = {}  # line of a record's name -> the columns its printed amounts stand in

    def emit(text: str, page: int) -> None:
        lines.append(text)
        page_of_line.append(page)

    columns: dict[str, int] | None = None
    for page in pages:
        for t in page.tables:
            columns = _target_columns(t) or columns
            if columns is None:
                continue
            for text in t.above:
                emit(text, page.number)
            filled = [x for x in t.indents if x > 0]
            base = min(filled, default=0.0)
            keys = [k for k in ("total", "fiscal", "special", "other") if k in columns]
            amounts = [columns[k] for k in keys]
            for i, row in enumerate(t.lines):
                if i == 0 and _target_columns(t):
                    continue  # the column header, printed again on every page
                if len(row) <= max(columns.values()):
                    continue
                name = row[columns["name"]]
                printed = [" ".join(row[j]) for j in amounts if row[j]]
                placed[len(lines) + 1] = [k for k, j in zip(keys, amounts, strict=True) if row[j]]
                indent = "    " if t.indents[i] - base > 4 else ""
                for k, part in enumerate(name):
                    last = k == len(name) - 1
                    # Only the first line carries the indent: the parser reads an indented line as a new name.
                    emit((indent if k == 0 else "") + part + (" " + " ".join(printed) if last and printed else ""),
                         page.number)
                if not name and printed:
                    emit(" ".join(printed), page.number)
                for key in ("goal", "indicators"):
                    if key in columns:
                        for part in row[columns[key]]:
                            emit(part, page.number)
    doc = _parse_paged(lines, page_of_line, path)
    total = next((line for line in placed if lines[line - 1].strip().startswith(("合计", "总计"))), None)
    _place_amounts(doc, placed, total)
    return doc


_KEY_COLUMN = {"total": "total", "fiscal": "fiscal_appropriation", "special": "special_account", "other": "other"}


def _place_amounts(doc: Document, placed: dict[int, list[str]], total_line: int | None) -> None:
    """The text parser reads printed amounts in column order, as the text cannot say which column a blank
    left out ("45.00 35.00 10.00": the third unplaced). A ruled table's cells say it: each amount goes back
    to its own column."""
    records = [*((u.amounts, u.line) for u in doc.units), *((p.amounts, p.line) for p in doc.projects)]
    if total_line is not None and doc.total.total is not None:
        records.append((doc.total, total_line))
    for amounts, line in records:
        keys = placed.get(line)
        values = [v for v in (amounts.total, amounts.fiscal_appropriation, amounts.special_account, amounts.other,
                              amounts.unplaced) if v is not None]
        if not keys or len(keys) != len(values):
            continue
        for column in ("total", "fiscal_appropriation", "special_account", "other", "unplaced"):
            setattr(amounts, column, None)
        for key, value in zip(keys, values, strict=True):
            setattr(amounts, _KEY_COLUMN[key], value)


# --- ruled tables -----------------------------------------------------------------------------------


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _cover(pages: list[_Page]) -> tuple[str, int | None, str]:
    """Department, year and family (部门决算 …) from the cover and the first pages."""
    first = _compact("".join(line.text for line in pages[0].lines)) if pages else ""
    early = _compact("".join(line.text for p in pages[:4] for line in p.lines))
    family = next((f for f in _FAMILIES if f in early), "")
    # "2024年度" on the cover; a cover that sets the year apart ("…财政局 / 年度部门决算 / 2024") has it bare.
    m = _YEAR.search(first) or _YEAR.search(early) or re.search(r"(20\d\d)", first)
    year = int(m.group(1)) if m else None
    department = ""
    if family:
        cover = re.sub(r"20\d\d(?:年度|年)?", "", first)
        if m := re.match(rf"^(.+?)(?:年度)?{family}", cover):
            department = m.group(1)
        elif m := re.search(r"第一部分(.+?)概况", early):
            department = m.group(1)
    if not department:
        for p in pages[:3]:
            for line in p.lines:
                if m := re.search(r"(?:部门|单位)名称\s*[:：]\s*(\S+)", line.text):
                    department = m.group(1)
                    break
            if department:
                break
    return department, year, family


def _title(above: list[str]) -> tuple[str, str]:
    """The table's title (the last short line ending in 表, or a numbered heading) and unit above it."""
    title, unit = "", ""
    for line in above:
        compact = _compact(line)
        if m := _UNIT.search(compact):
            unit = m.group(1)
            continue
        if compact.endswith("表") and len(compact) <= 40 and not re.search(r"年度部门(决算|预算)表$", compact):
            title = compact
        elif m := _HEADING.match(line.strip()):
            title = _compact(m.group(1))
    return title, unit


def _is_data_row(row: list[str | None]) -> bool:
    cells = [c for c in row if c]
    if any(_AMOUNT.match(c) and _DECIMALISH.search(c) for c in cells):
        return True
    return bool(cells) and bool(_INTEGER.match(cells[0]))


@dataclass
class _Layout:
    """What a table's header says: labels per column and the role of each column."""

    header_rows: int
    col_labels: list[tuple[str, ...]]
    roles: list[str]  # "code", "label" or "value"


def _layout(t: _Table, header_start: int, data_start: int) -> _Layout:
    ncols = len(t.rows[0])
    labels: list[list[str]] = [[] for _ in range(ncols)]
    for (i, j), (_, last_col) in sorted(t.spans.items()):
        if not header_start <= i < data_start:
            continue
        text = t.rows[i][j]
        if not text:
            continue
        for col in range(j, last_col + 1):
            if not labels[col] or labels[col][-1] != text:
                labels[col].append(text)
    roles = []
    data = t.rows[data_start:]
    for j in range(ncols):
        cells = [c for c in (r[j] for r in data if j < len(r)) if c and c not in _CODE_WORDS]
        head = "".join(labels[j])
        if any(w in head for w in ("编码", "序号")) or (head in _CODE_WORDS) or (
            head.endswith(_CODE_WORDS) and cells and all(_INTEGER.match(c) for c in cells)):
            roles.append("code")
        elif cells and all(_AMOUNT.match(c) for c in cells):
            roles.append("value" if any(_DECIMALISH.search(c) for c in cells) or not head.endswith("号")
                         else "code")
        elif (cells and sum(bool(_AMOUNT.match(c)) for c in cells) >= 0.6 * len(cells)
              and not head.endswith(("名称", "项目", "备注"))):
            roles.append("value")  # amounts with a word here and there ("无", "详见说明")
        elif not cells:
            roles.append("label" if head.endswith(("名称", "项目", "备注")) or not head else "value")
        else:
            roles.append("label")
    return _Layout(data_start, [tuple(x) for x in labels], roles)


def _repeats_header(row: list[str | None], layout: _Layout) -> bool:
    texts = [c for c in row if c]
    known = {label for labels in layout.col_labels for label in labels} | set(_CODE_WORDS)
    return bool(texts) and not _is_data_row(row) and all(c in known for c in texts)


@dataclass
class _Context:
    """A table being read, possibly over several pages."""

    title: str
    unit: str
    layout: _Layout
    ncols: int
    names: dict[str, str] = field(default_factory=dict)  # code -> name, for the hierarchy


def _read_ruled(path: str, pages: list[_Page]) -> Document:
    department, year, family = _cover(pages)
    doc = Document(path=path, department=department or Path(path).stem, year=year,
                   layout="pdf-tables", form=family or "PDF表格", unit="")
    doc.title = f"{department}{year or ''}年度{family}" if family else (department or Path(path).stem)
    if not department:
        doc.issues.append(Issue(path, 0, "未能从封面或标题中读出部门名称，以文件名代替"))
    current: _Context | None = None
    tables = 0
    for page in pages:
        for t in page.tables:
            title, unit = _title(t.above)
            ncols = len(t.rows[0])
            # Skip blank rows at the top: a sliver of ruling carried over from the previous page.
            top = next((i for i, r in enumerate(t.rows) if any(r)), len(t.rows))
            # Some tables print their title and unit inside the ruling, as rows of one cell.
            while top < len(t.rows) - 1 and t.spans.get((top, 0), (0, 0))[1] == ncols - 1 and (
                    (inner := _title([t.rows[top][0] or ""]))[0] or inner[1]):
                title, unit = inner[0] or title, inner[1] or unit
                top += 1
            if current is not None and not title and ncols == current.ncols:
                # The previous table runs on; skip its header if the page repeats it.
                start = top
                while start < len(t.rows) and _repeats_header(t.rows[start], current.layout):
                    start += 1
            else:
                first = next((i for i in range(top, len(t.rows)) if _is_data_row(t.rows[i])), None)
                # header only, or header over blank rows: the data is what follows
                start = first if first is not None else max((i for i, r in enumerate(t.rows) if any(r)), default=0) + 1
                section = title or (current.title if current else "") or f"第{page.number}页的表"
                current = _Context(section, unit, _layout(t, top, start), ncols)
                doc.unit = doc.unit or unit
                tables += 1
                if t.unruled:
                    doc.issues.append(Issue(path, 0, f"第{page.number}页“{section}”没有竖线，按文字位置读出各列，请核对"))
            doc.facts.extend(_facts(t, current, page.number, start))
        if page.tables and current is not None:
            doc.facts.extend(_notes(page, current))
    if family:  # the 情况说明 of a 部门决算/预算: figures stated in sentences
        doc.facts.extend(prose_facts([(p.number, p.prose) for p in pages if p.prose], department, year))
    date_relative_columns(doc.facts, doc.year)
    if not doc.facts:
        raise _error(path, "PDF 中没有找到可读的表格（既不是项目支出绩效目标表的文本，也没有带表格线的表）")
    if not family:
        doc.issues.append(Issue(path, 0, f"未识别的表格格式（不是部门预算/决算），已按通用表格读取 {tables} 张表的"
                                         f" {len(doc.facts)} 个数值，请核对"))
    return doc


def _notes(page: _Page, ctx: _Context) -> list[Fact]:
    """"…故本表无数据" under a table: the table is empty on purpose; keep the sentence as a fact."""
    out = []
    for line in page.lines:
        text = _compact(line.text)
        if "无数据" in text and text.startswith(("注", "说明")):
            out.append(Fact(value=re.sub(r"^(注|说明)[:：]", "", text), row=("说明",), section=ctx.title,
                            page=page.number))
    return out


def _facts(t: _Table, ctx: _Context, page: int, start: int) -> list[Fact]:
    layout = ctx.layout
    roles = layout.roles
    if len(roles) != len(t.rows[0]):
        return []
    values = [j for j, r in enumerate(roles) if r == "value"]
    if not values:
        return _list_facts(t, ctx, page, start)
    # Each value column takes its row labels from the label/code columns before it, back to the
    # previous value column (side-by-side halves such as 收入 | 支出 each have their own labels).
    groups: dict[int, list[int]] = {}
    pending: list[int] = []
    last: list[int] = []
    for j, role in enumerate(roles):
        if role == "value":
            if pending:
                last, pending = pending, []
            groups[j] = last
        else:
            pending.append(j)
    data_rows = len(t.rows) - start
    out: list[Fact] = []
    for i in range(start, len(t.rows)):
        row = [c if c not in _CODE_WORDS else "" for c in (x or "" for x in t.rows[i])]
        for j in values:
            labels = _row_labels(row, groups[j], roles, ctx)
            text = row[j]
            # A blank amount is kept when the line prints no amount at all (二、外交支出: nothing spent)
            # or it is the table's only line (the 三公 table); beside printed amounts it is just empty.
            if not text and not (labels and not any(row[k] for k in values if groups[k] == groups[j])) \
                    and not (data_rows == 1 and not groups[j]):
                continue
            number, unit = _number(text, _column_unit(layout.col_labels[j]) or ctx.unit)
            out.append(Fact(value=text, row=labels, col=layout.col_labels[j], section=ctx.title,
                            number=number, unit=unit, year=_column_year(layout.col_labels[j]), page=page,
                            line=i + 1))
    return out


def _row_labels(row: list[str], cols: list[int], roles: list[str], ctx: _Context) -> tuple[str, ...]:
    code = "".join(row[j] for j in cols if roles[j] == "code" and _INTEGER.match(row[j] or ""))
    names = [row[j] for j in cols if row[j] and not (roles[j] == "code" and _INTEGER.match(row[j]))]
    name = _ORDINAL.sub("", "".join(names))
    if not code:
        return (name,) if name else ()
    if name:
        ctx.names[code] = name
    # Classification codes nest by prefix (类 201 › 款 20106 › 项 2010601); a 序号 never does.
    parents = [ctx.names[code[:k]] for k in range(3, len(code)) if code[:k] in ctx.names]
    return (*parents, code, name) if name else (*parents, code)


def _list_facts(t: _Table, ctx: _Context, page: int, start: int) -> list[Fact]:
    """A table of text (the list of units): each row's name, and its other cells labelled by it."""
    roles, labels = ctx.layout.roles, ctx.layout.col_labels
    text_cols = [j for j, r in enumerate(roles) if r == "label"]
    if not text_cols:
        return []
    key = next((j for j in text_cols if "".join(labels[j]).endswith("名称")), text_cols[0])
    out = []
    for i in range(start, len(t.rows)):
        row = [x or "" for x in t.rows[i]]
        name = row[key]
        if not name:
            continue
        seq = "".join(row[j] for j, r in enumerate(roles) if r == "code")
        out.append(Fact(value=name, row=(seq,) if seq else (), col=labels[key], section=ctx.title,
                        page=page, line=i + 1))
        for j in text_cols:
            if j != key and row[j]:
                out.append(Fact(value=row[j], row=(name,), col=labels[j], section=ctx.title, page=page,
                                line=i + 1))
    return out


def _column_year(labels: tuple[str, ...]) -> int | None:
    """"2023年决算数" -> 2023: a column of another year than the document's."""
    for label in reversed(labels):
        if m := _YEAR.search(label):
            return int(m.group(1))
    return None


def _column_unit(labels: tuple[str, ...]) -> str:
    """"经费（万元）" -> "万元": a header that names its unit."""
    for label in reversed(labels):
        if m := _COLUMN_UNIT.search(label):
            return m.group(1)
    return ""


def _number(text: str, unit: str) -> tuple[float | None, str]:
    if not text or not _AMOUNT.match(text):
        return None, ""
    if text.endswith("%"):
        return float(text[:-1].replace(",", "")), "%"
    return float(text.replace(",", "")), unit
