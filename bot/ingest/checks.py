"""Checks every parsed document must pass, whatever its format (text, spreadsheet, PDF).

Run once per document right after parsing (formats.read_documents): amounts are finite and not
negative, names carry no invisible characters, and a project table whose 合计 disagrees with its
projects beyond rounding is refused as incomplete (a truncated file), unless the admin forces it.
"""

from __future__ import annotations

import math
import re
from itertools import chain
from operator import attrgetter

from bot.model import AMOUNT_COLUMNS, AMOUNT_LABELS, Amounts, Document, Issue, LoadError

INT64 = 2**63 - 1


# Format characters (Unicode category Cf: U+200B, U+202E, U+2066, U+FEFF …), generated from unicodedata.
_INVISIBLE = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)


# The UTF-8 lead bytes of every character _INVISIBLE matches but those of U+2000-U+207F and U+FE00-U+FFFF
# (E2, EF: common punctuation shares them, see utf8_visible): C2 (U+00AD), D8-DC (U+0600-U+073F), E0
# (U+0800-U+0FFF), E1 (U+1000-U+1FFF), F0 and F3 (the supplementary planes).
_RARE_LEADS = bytes(b for b in range(256) if b not in b"\xc2\xd8\xd9\xda\xdb\xdc\xe0\xe1\xf0\xf3")
# The rest, in U+2000-U+207F (U+200B-U+200F, U+202A-U+202E, U+2040-U+207F) and U+FE00-U+FFFF (U+FEFF,
# U+FFC0-U+FFFF), by their bytes: patterns beginning with one byte are searched for with memchr.
_FORMAT_E2 = re.compile(b"\xe2(?:\x80[\x8b-\x8f\xaa-\xae]|\x81)")
_FORMAT_EF = re.compile(b"\xef(?:\xbb\xbf|\xbf)")


def utf8_visible(data: bytes) -> bool:
    """Whether UTF-8 text surely holds no format character (_INVISIBLE): nothing of it can then need
    cleaning. Byte searches instead of the pattern over every character of every name and value (a
    fifth of the time); False when it may hold one (the full check then decides)."""
    return not (data.translate(None, _RARE_LEADS) or _FORMAT_E2.search(data) or _FORMAT_EF.search(data))


def strip_invisible(text: str) -> tuple[str, list[str]]:
    """The text without format characters, and the code points that were removed."""
    if text.isascii():
        return text, []
    found = _INVISIBLE.findall(text)
    if not found:
        return text, []
    return _INVISIBLE.sub("", text), [f"U+{ord(c):04X}" for c in found]


_INDICATOR_TEXTS = attrgetter("name", "level1", "level2", "period_value", "annual_value", "actual_value")


def _texts(doc: Document) -> list[str]:
    """Every name and value _clean_names looks at (blank ones left out)."""
    texts = [doc.department, doc.title, *(u.name for u in doc.units)]
    for p in doc.projects:
        texts += (p.name, p.unit, p.goal)
        texts += chain.from_iterable(map(_INDICATOR_TEXTS, p.indicators))
    return list(filter(None, texts))


def _clean_names(doc: Document) -> list[Issue]:
    """Strip invisible characters from every name and value; one warning per place."""
    out: list[Issue] = []
    if not _INVISIBLE.search("\n".join(_texts(doc))):  # one search instead of one per value: nearly always clean
        return out

    def clean(text: str | None, line: int, what: str) -> str | None:
        if not text:
            return text
        cleaned, found = strip_invisible(text)
        if found:
            out.append(Issue(doc.path, line, f"{what}“{cleaned}”含有不可见字符（{'、'.join(sorted(set(found)))}），已删除"))
        return cleaned

    doc.department = clean(doc.department, 0, "部门名称") or ""
    doc.title = clean(doc.title, 0, "标题") or ""
    for u in doc.units:
        u.name = clean(u.name, u.line, "单位名称") or ""
    for p in doc.projects:
        p.name = clean(p.name, p.line, "项目名称") or ""
        p.unit = clean(p.unit, p.line, "单位名称") or ""
        p.goal = clean(p.goal, p.line, "绩效目标") or ""
        for ind in p.indicators:
            ind.name = clean(ind.name, ind.line, "指标名称") or ""
            ind.level1 = clean(ind.level1, ind.line, "一级指标") or ""
            ind.level2 = clean(ind.level2, ind.line, "二级指标") or ""
            ind.period_value = clean(ind.period_value, ind.line, "指标值") or ""
            ind.annual_value = clean(ind.annual_value, ind.line, "指标值") or ""
            ind.actual_value = clean(ind.actual_value, ind.line, "完成值")
    return out


_AMOUNT_VALUES = attrgetter(*AMOUNT_COLUMNS)


def _amounts_sound(doc: Document) -> bool:
    """Every amount finite and not negative (nearly always): one pass, no message built. NaN fails the
    comparison too."""
    amounts = [doc.total, *(u.amounts for u in doc.units), *(p.amounts for p in doc.projects)]
    values = [v for a in amounts for v in _AMOUNT_VALUES(a) if v is not None]
    values += [p.executed for p in doc.projects if p.executed is not None]
    return all(0 <= v < math.inf for v in values)


def _bad_amounts(doc: Document) -> list[Issue]:
    """Amounts must be finite numbers and not negative ("inf", "nan", 1e309, -5 are refused)."""
    out: list[Issue] = []
    if _amounts_sound(doc):
        return out

    def check(amounts: Amounts, line: int, what: str) -> None:
        for column in AMOUNT_COLUMNS:
            value = getattr(amounts, column)
            if value is not None:
                check_value(value, line, f"{what}的{AMOUNT_LABELS[column]}")

    def check_value(value: float, line: int, what: str) -> None:
        if not math.isfinite(value):
            out.append(Issue(doc.path, line, f"{what}“{value}”不是有效的金额", "error"))
        elif value < 0:
            out.append(Issue(doc.path, line, f"{what} {value} 是负数：金额不能为负", "error"))

    check(doc.total, 0, "合计")
    for u in doc.units:
        check(u.amounts, u.line, f"单位“{u.name}”")
    for p in doc.projects:
        check(p.amounts, p.line, f"项目“{p.name}”")
        if p.executed is not None:
            check_value(p.executed, p.line, f"项目“{p.name}”的全年执行数")
    return out


def _bad_integers(doc: Document) -> list[Issue]:
    """Years, groups and sequence numbers a database can hold (SQLite integers are 64-bit)."""
    out: list[Issue] = []
    if doc.year is not None and not 1900 <= doc.year <= 2200:
        out.append(Issue(doc.path, 0, f"年度“{doc.year}”不是有效的年份", "error"))
    if all(0 <= ind.group <= INT64 and 0 <= ind.seq <= INT64 for p in doc.projects for ind in p.indicators):
        return out  # nearly always: no indicator to name
    for p in doc.projects:
        for ind in p.indicators:
            if not (-INT64 <= ind.group <= INT64 and -INT64 <= ind.seq <= INT64) or ind.group < 0 or ind.seq < 0:
                out.append(Issue(doc.path, ind.line, f"指标“{ind.name}”的组或序号（{ind.group}、{ind.seq}）超出范围",
                                 "error"))
    return out


def incomplete(doc: Document) -> Issue | None:
    """A project table whose 合计 disagrees with its projects beyond rounding: part of it is missing."""
    if doc.total.total is None or not doc.projects or any(p.kind != "project" for p in doc.projects):
        return None  # department-level tables list tasks whose sum is not the 合计
    if doc.layout == "budget-qa-template":
        return None  # our own export, edited on purpose: rows are not lost to a page break (a warning says it)
    project_sum = sum(p.amounts.total or 0.0 for p in doc.projects)
    tolerance = 0.005 * (len(doc.projects) + 1)  # each printed amount is rounded to 0.01
    if not math.isfinite(project_sum) or abs(project_sum - doc.total.total) <= tolerance:
        return None
    return Issue(doc.path, 0, f"合计 {doc.total.total:.2f} 与各项目总计之和 {project_sum:.2f} 相差超过舍入误差："
                              "文档可能不完整（例如只有第一页），未加载。确认无误时可用 --force 强制加载", "error")


def check_document(doc: Document, force: bool = False, visible: bool = False) -> None:
    """Clean and check a parsed document in place; raise LoadError for what must not be loaded.
    visible: the caller knows no name or value holds a format character (utf8_visible of its source)."""
    if not visible:
        doc.issues.extend(_clean_names(doc))
    errors = _bad_amounts(doc) + _bad_integers(doc)
    if errors:
        raise LoadError(errors)
    if (issue := incomplete(doc)) is not None:
        if not force:
            raise LoadError([issue])
        doc.issues.append(Issue(doc.path, 0, "已按 --force 加载可能不完整的文档（合计与项目之和不符）"))
