"""Workbook values, with the formulas that were saved without their result worked out.

Excel and LibreOffice save each formula's last result beside it, and openpyxl's ``data_only`` mode reads
that. A workbook written by a program (openpyxl, many exporters) saves only the formula: its 合计 row
would read as empty, and "合计多少" would go unanswered or be summed again from the rows. The arithmetic
such tables use is small (SUM over a range, + − × ÷, ROUND …), so it is worked out here, on the load path
only; a formula outside it stays empty and is reported with its sheet and cell.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.workbook.workbook import Workbook

from bot.model import Issue

__all__ = ["formula_issues", "load_values"]

_TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d+)?%?)|(?P<ref>(?:(?:'[^']+'|[^\s!'(),:+\-*/^&=<>]+)!)?"
                    r"\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)|(?P<fn>[A-Z][A-Z0-9.]*)\(|(?P<op>[-+*/^(),]))")
_FUNCTIONS: dict[str, Callable[[list[float]], float]] = {
    "SUM": sum,
    "AVERAGE": lambda xs: sum(xs) / len(xs),
    "MAX": max,
    "MIN": min,
    "COUNT": lambda xs: float(len(xs)),
    "ABS": lambda xs: abs(xs[0]),
}


class _Unsupported(Exception):
    """A formula this reader does not work out (a function, text, a comparison …)."""


def _has_formulas(data: bytes) -> bool:
    """Whether any sheet saves a formula (a cheap look at the file before loading it a second time)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return any(re.search(rb"<f[ >/]", z.read(n)) for n in z.namelist() if n.startswith("xl/worksheets/"))
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


def load_values(data: bytes) -> tuple[Workbook, list[tuple[str, str, str]]]:
    """The workbook's cell values (``data_only``), each formula saved without a result replaced by its
    worked-out value; and the formulas that could not be worked out, as (sheet, cell, formula)."""
    values = load_workbook(io.BytesIO(data), data_only=True)
    if not _has_formulas(data):
        return values, []
    formulas = load_workbook(io.BytesIO(data))
    failed: list[tuple[str, str, str]] = []
    for ws in formulas.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                text = cell.value
                if not (isinstance(text, str) and text.startswith("=")):
                    continue
                target = values[ws.title][cell.coordinate]
                if target.value is not None:
                    continue  # the saved result is the table's own figure
                try:
                    target.value = _Evaluator(formulas, values).cell(ws.title, cell.coordinate)
                except (_Unsupported, ZeroDivisionError, ValueError, KeyError, IndexError, RecursionError):
                    failed.append((ws.title, cell.coordinate, text))
    return values, failed


def formula_issues(path: str, wb: Workbook, unworked: list[tuple[str, str, str]]) -> list[Issue]:
    """A warning per formula saved without its result that could not be worked out: its cell reads empty."""
    return [Issue(path, wb[sheet][cell].row, f"工作表“{sheet}”{cell} 的公式 {formula} 没有保存计算结果，"
                                             "也无法自动计算，这一格按空白读取") for sheet, cell, formula in unworked]


class _Evaluator:
    """Works out one formula over the workbook, the cells it refers to first (their saved results when
    they have them)."""

    def __init__(self, formulas: Workbook, values: Workbook) -> None:
        self.formulas, self.values = formulas, values
        self.busy: set[tuple[str, str]] = set()

    def cell(self, sheet: str, coordinate: str) -> float:
        saved = self.values[sheet][coordinate].value
        if isinstance(saved, (int, float)) and not isinstance(saved, bool):
            return float(saved)
        text = self.formulas[sheet][coordinate].value
        if text is None or (isinstance(text, str) and not text.strip()):
            return 0.0  # an empty cell counts as nothing, as in Excel
        if not (isinstance(text, str) and text.startswith("=")):
            raise _Unsupported(text)  # text where a number is needed
        if (sheet, coordinate) in self.busy:
            raise _Unsupported("circular")
        self.busy.add((sheet, coordinate))
        try:
            value = _Parser(self, sheet, text[1:]).parse()
        finally:
            self.busy.discard((sheet, coordinate))
        self.values[sheet][coordinate].value = value
        return value

    def numbers(self, sheet: str, ref: str) -> list[float]:
        """The numbers of a cell or a range; empty and text cells in a range are skipped, as SUM does."""
        if "!" in ref:
            sheet, ref = ref.rsplit("!", 1)
            sheet = sheet.strip("'")
        ref = ref.replace("$", "")
        if ":" not in ref:
            return [self.cell(sheet, ref)]
        min_col, min_row, max_col, max_row = range_boundaries(ref)
        if min_col is None or min_row is None or max_col is None or max_row is None:
            raise _Unsupported(ref)  # a whole column or row (A:A): not a table's arithmetic
        out = []
        for r in range(min_row, max_row + 1):
            for c in range(min_col, max_col + 1):
                coordinate = f"{get_column_letter(c)}{r}"
                formula = self.formulas[sheet][coordinate].value
                if isinstance(formula, (int, float)) and not isinstance(formula, bool) or \
                        isinstance(formula, str) and formula.startswith("="):
                    out.append(self.cell(sheet, coordinate))
        return out


class _Parser:
    """Recursive descent over + − × ÷ ^, parentheses, numbers, cell references and a few functions."""

    def __init__(self, ev: _Evaluator, sheet: str, text: str) -> None:
        self.ev, self.sheet = ev, sheet
        self.tokens: list[tuple[str, str]] = []
        pos, text = 0, text.strip()
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if m is None or m.end() == pos:
                raise _Unsupported(text[pos:])
            kind = m.lastgroup or ""
            self.tokens.append((kind, m.group(kind)))
            pos = m.end()
        self.at = 0

    def parse(self) -> float:
        value = self._sum()
        if self.at != len(self.tokens):
            raise _Unsupported("trailing")
        return value

    def _peek(self) -> tuple[str, str]:
        return self.tokens[self.at] if self.at < len(self.tokens) else ("", "")

    def _take(self) -> tuple[str, str]:
        token = self._peek()
        self.at += 1
        return token

    def _sum(self) -> float:
        value = self._product()
        while self._peek() in (("op", "+"), ("op", "-")):
            value = value + self._product() if self._take()[1] == "+" else value - self._product()
        return value

    def _product(self) -> float:
        value = self._power()
        while self._peek() in (("op", "*"), ("op", "/")):
            value = value * self._power() if self._take()[1] == "*" else value / self._power()
        return value

    def _power(self) -> float:
        value = self._unary()
        while self._peek() == ("op", "^"):
            self._take()
            value = value ** self._unary()
        return value

    def _unary(self) -> float:
        if self._peek() in (("op", "-"), ("op", "+")):
            return -self._unary() if self._take()[1] == "-" else self._unary()
        return self._atom()

    def _atom(self) -> float:
        kind, text = self._take()
        if kind == "num":
            return float(text[:-1]) / 100 if text.endswith("%") else float(text)
        if kind == "ref":
            if ":" in text:
                raise _Unsupported(text)  # a range outside a function
            return self.ev.numbers(self.sheet, text)[0]
        if kind == "op" and text == "(":
            value = self._sum()
            if self._take() != ("op", ")"):
                raise _Unsupported("(")
            return value
        if kind == "fn":
            return self._call(text)
        raise _Unsupported(text)

    def _call(self, name: str) -> float:
        args: list[float] = []
        digits: float | None = None
        while True:
            if self._peek() == ("op", ")"):
                self._take()
                break
            kind, text = self._peek()
            if kind == "ref" and self.tokens[self.at + 1: self.at + 2] in ([("op", ",")], [("op", ")")]):
                self._take()
                args.extend(self.ev.numbers(self.sheet, text))
            else:
                args.append(self._sum())
            if self._peek() == ("op", ","):
                self._take()
        if name == "ROUND":
            digits = args.pop() if len(args) == 2 else 0
            return round(args[0], int(digits))
        if name not in _FUNCTIONS or not args and name != "SUM":
            raise _Unsupported(name)
        return float(_FUNCTIONS[name](args))
