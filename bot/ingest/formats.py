"""Recognise a document's layout from its content (never its file name) and hand it to the right reader."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path
from types import ModuleType

from bot.ingest.text import decode_as, parse_text
from bot.ingest.xls import OLE2_MAGIC
from bot.model import Document, Issue, LoadError

SUPPORTED_SUFFIXES = {".txt", ".text", ".xlsx", ".xls", ".pdf"}
LAYOUTS_HELP = (
    "支持的格式：项目支出绩效目标表的文本（从 PDF 提取的 .txt，UTF-8 或 GBK 编码）；"
    "本程序导出的电子表格模板（python -m bot export）；"
    "PDF（带文字层的项目支出绩效目标表，或部门预算/决算等带表格线的表）"
)


def _read_bytes(p: Path, data: bytes | None) -> bytes:
    if data is not None:
        return data
    try:
        return p.read_bytes()
    except OSError as exc:
        raise LoadError([Issue(str(p), 0, f"无法读取文件：{exc.strerror or exc}", "error")]) from exc


def read_documents(path: str | Path, data: bytes | None = None, force: bool = False,
                   digest: str | None = None) -> list[tuple[Document, str]]:
    """Every document in a file with its identity (SHA-256 of the file, plus the department when a
    workbook holds several); raise LoadError naming the file when it is not a table we can read.
    Every document passes checks.check_document (force loads one whose totals do not add up).
    `digest`: the SHA-256 of `data` when the caller has computed it already."""
    from bot.ingest.checks import check_document

    found, visible = _read_documents(Path(path), data, digest)
    for doc, _ in found:
        check_document(doc, force=force, visible=visible)
    return found


def _read_documents(p: Path, data: bytes | None, digest: str | None = None) -> tuple[list[tuple[Document, str]], bool]:
    """The documents of a file with their identities, and whether none of their texts can hold a format
    character (a UTF-8 text file without any: checks.utf8_visible)."""
    if data is None or digest is None:
        data = _read_bytes(p, data)
        digest = hashlib.sha256(data).hexdigest()
    if data[:8] == OLE2_MAGIC:  # an old Excel (.xls) workbook: read as its .xlsx
        from bot.ingest.xls import xlsx_bytes  # xlrd only on this path

        data = xlsx_bytes(str(p), data)
    if data[:4] == b"PK\x03\x04":
        docs = _read_workbook(str(p), data)
        if len(docs) == 1:
            return [(docs[0], digest)], False
        return [(d, hashlib.sha256(data + d.department.encode("utf-8")).hexdigest()) for d in docs], False
    if b"%PDF-" in data[:1024]:
        from bot.ingest.pdf import read_pdf  # pdfplumber only on this path

        return [(read_pdf(str(p), data), digest)], False
    if p.suffix.lower() == ".pdf":
        raise LoadError([Issue(str(p), 0, "不是有效的 PDF 文件（文件已损坏或只是改了扩展名）", "error")])
    from bot.ingest.checks import utf8_visible

    text, encoding = decode_as(data, str(p))
    return [(parse_text(text, str(p)), digest)], encoding == "utf-8-sig" and utf8_visible(data)


def read_document(path: str | Path, data: bytes | None = None) -> Document:
    """The (first) document of a file; see read_documents."""
    return read_documents(path, data)[0][0]


DETECT_ROWS = 60  # a layout is recognised from the first rows of each sheet
DETECT_COLUMNS = 40


def _first_rows_text(wb) -> str:
    """The cell texts of the first rows of every sheet (read-only mode: a large workbook is never
    read in full just to find out that it is not a table we know)."""
    parts: list[str] = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=1, max_row=DETECT_ROWS, max_col=DETECT_COLUMNS, values_only=True):
            parts.extend("".join(v.split()) for v in row if isinstance(v, str))
    return "|".join(parts)


GENERAL_MAX_CELLS = 200_000  # an unrecognised workbook larger than this is refused from its first rows


def _more_cells_than(wb, limit: int) -> bool:
    """Whether the workbook's sheets hold more than `limit` cells (their size, else a streamed count)."""
    total = 0
    for ws in wb.worksheets:
        if ws.max_row and ws.max_column:
            total += ws.max_row * ws.max_column
        else:
            for row in ws.iter_rows(values_only=True):
                total += len(row)
                if total > limit:
                    return True
        if total > limit:
            return True
    return False


def _read_workbook(path: str, data: bytes) -> list[Document]:
    """Any failure inside a workbook (malformed XML, odd cells) becomes a message naming the file."""
    try:
        return _read_workbook_unchecked(path, data)
    except LoadError:
        raise
    except Exception as exc:  # ParseError, KeyError, IndexError … from openpyxl or a reader
        name = Path(path).name
        raise LoadError([Issue(path, 0, f"电子表格 {name} 内容损坏或结构不符，无法读取（{type(exc).__name__}）。"
                                        f"{LAYOUTS_HELP}", "error")]) from exc


_SIZE_PATCHED = False


def _quick_sheet_size() -> None:
    """openpyxl's read-only mode looks for a sheet's <dimension> with "end" events, so when a file has
    none (files written by streaming writers) it parses the whole sheet just to open the workbook. Stop
    at the start of <sheetData> instead: same answer, and a refused workbook costs only its first rows."""
    global _SIZE_PATCHED
    if _SIZE_PATCHED:
        return
    from xml.etree.ElementTree import iterparse

    from openpyxl.worksheet._read_only import ReadOnlyWorksheet
    from openpyxl.worksheet._reader import DATA_TAG, DIMENSION_TAG
    from openpyxl.worksheet.dimensions import SheetDimension

    def get_size(self) -> None:
        src = self._get_source()
        try:
            for _event, element in iterparse(src, events=("start",)):
                if element.tag == DIMENSION_TAG:
                    dimension = SheetDimension.from_tree(element)
                    dims = dimension.boundaries if dimension is not None else None
                    if dims is not None:
                        self._min_column, self._min_row, self._max_column, self._max_row = dims
                    break
                if element.tag == DATA_TAG:
                    break
        finally:
            src.close()

    # types-openpyxl leaves out this private method (it exists at runtime): the stubs are incomplete here
    ReadOnlyWorksheet._get_size = get_size  # type: ignore[attr-defined]
    _SIZE_PATCHED = True


def _read_workbook_unchecked(path: str, data: bytes) -> list[Document]:
    from openpyxl import load_workbook

    _quick_sheet_size()

    from bot.ingest import template as spreadsheet

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise LoadError([Issue(path, 0, f"无法打开电子表格：{exc}。{LAYOUTS_HELP}", "error")]) from exc
    try:
        if spreadsheet.is_template(wb):
            return spreadsheet.read_template(path, data)
        layouts: ModuleType | None
        try:
            from bot.ingest import layouts
        except ImportError:
            layouts = None
        if layouts is not None:
            if layouts._detect_text(_first_rows_text(wb)) is not None and \
                    (known := layouts.read_workbook(path, data)) is not None:
                return [known]
            help_text = f"{LAYOUTS_HELP}；" + "；".join(f"{k}（{v}）" for k, v in layouts.LAYOUTS.items()) + \
                "；以及任何有表头和行标签的一般表格"
            if _more_cells_than(wb, GENERAL_MAX_CELLS):  # read in full only what a general table can be
                raise LoadError([Issue(path, 0, f"无法识别这个电子表格的格式：它不是已知的格式，又超过 "
                                                f"{GENERAL_MAX_CELLS} 个单元格，不作为一般表格读取。{help_text}", "error")])
        else:
            help_text = LAYOUTS_HELP
    finally:
        wb.close()
    if layouts is not None:
        from bot.ingest.formulas import formula_issues, load_values

        full, unworked = load_values(data)
        # No known layout: a plain labelled table is read generically into facts (with a warning), one
        # document per department when its sheets are different departments'.
        from bot.ingest.sections import read_departments, split_departments

        generals = [doc for doc in read_departments(path, full) if doc.facts]
        if generals:
            generals[0].issues.extend(formula_issues(path, full, unworked))
            return [part for doc in generals for part in split_departments(doc)]
        help_text += "（这个工作簿里没有找到带标签的数值）"
    raise LoadError([Issue(path, 0, f"无法识别这个电子表格的格式。{help_text}", "error")])
