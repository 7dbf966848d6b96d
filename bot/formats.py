"""Recognise a document's layout from its content and hand it to the right reader."""

from __future__ import annotations

from pathlib import Path

from .model import Document, Issue, LoadError
from .parser import decode, parse_text

SUPPORTED_SUFFIXES = {".txt", ".text"}
LAYOUTS_HELP = "支持的格式：项目支出绩效目标表的文本（从 PDF 提取的 .txt，UTF-8 或 GBK 编码）"


def read_document(path: str | Path, data: bytes | None = None) -> Document:
    """Read one document, whatever its layout; raise LoadError naming the file when it is not a table."""
    p = Path(path)
    if data is None:
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise LoadError([Issue(str(p), 0, f"无法读取文件：{exc.strerror or exc}", "error")]) from exc
    if data[:4] == b"PK\x03\x04":
        raise LoadError([Issue(str(p), 0, f"暂不支持电子表格文件。{LAYOUTS_HELP}", "error")])
    return parse_text(decode(data, str(p)), str(p))
