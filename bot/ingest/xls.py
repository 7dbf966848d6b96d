"""Old Excel workbooks (.xls, the binary format many finance offices still publish) as .xlsx bytes.

The readers work on openpyxl workbooks; openpyxl cannot open .xls. xlrd (the maintained reader of that
format) reads the cells, merged ranges and number formats, and they are written into an openpyxl workbook
kept in memory, so every layout and the general reader see the same cells a .xlsx of the table would give.
Imported on this path only.
"""

from __future__ import annotations

import io

from bot.model import Issue, LoadError

__all__ = ["OLE2_MAGIC", "xlsx_bytes"]

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound-file header of .xls (and .doc)


def xlsx_bytes(path: str, data: bytes) -> bytes:
    """The .xls workbook re-saved as .xlsx (values, merged cells, number formats); LoadError (in Chinese,
    naming the file) when it is no workbook or xlrd is not installed."""
    try:
        import xlrd  # type: ignore[import-untyped]  # no stubs published
    except ImportError as exc:
        raise LoadError([Issue(path, 0, "这是旧版 Excel（.xls）文件，本机未安装读取它的 xlrd；请另存为 .xlsx 后再加载",
                               "error")]) from exc
    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True)
    except Exception as exc:  # xlrd.XLRDError, a Word document (.doc shares the header), a broken file
        raise LoadError([Issue(path, 0, f"无法打开旧版 Excel（.xls）文件（{type(exc).__name__}）；"
                                        "如果它是 Word 文档或已损坏，请另存为 .xlsx 后再加载", "error")]) from exc
    from openpyxl import Workbook

    wb = Workbook()
    for blank in wb.worksheets:
        wb.remove(blank)
    for sh in book.sheets():
        _copy_sheet(book, sh, wb.create_sheet(sh.name[:31] or "Sheet"))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _copy_sheet(book, sh, ws) -> None:
    """Cells (text, numbers, dates, booleans; errors and blanks left empty), their number formats (a
    percent cell stays a percent) and the merged ranges."""
    import xlrd  # type: ignore[import-untyped]

    for r in range(sh.nrows):
        for c in range(sh.ncols):
            cell = sh.cell(r, c)
            if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                continue
            value = cell.value
            if cell.ctype == xlrd.XL_CELL_DATE:
                value = xlrd.xldate_as_datetime(value, book.datemode)
            elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                value = bool(value)
            elif cell.ctype == xlrd.XL_CELL_NUMBER and float(value).is_integer():
                value = int(value)
            target = ws.cell(row=r + 1, column=c + 1, value=value)
            fmt = book.format_map.get(book.xf_list[sh.cell_xf_index(r, c)].format_key)
            if fmt is not None and fmt.format_str and fmt.format_str != "General":
                target.number_format = fmt.format_str
    for rlo, rhi, clo, chi in sh.merged_cells:
        if rhi - rlo > 1 or chi - clo > 1:
            ws.merge_cells(start_row=rlo + 1, end_row=rhi, start_column=clo + 1, end_column=chi)
