"""Parse the text layout of a 项目支出绩效目标表 (as extracted from the published PDF) into records.

The extracted text is a stream of lines in which page headers repeat, cells wrap anywhere (even inside a
number or a key word) and blank lines fall at random. The parser drops the headers, then walks the lines
with a small state machine:

- an *amount record* is a name (possibly wrapped over several lines) followed by 1-4 amounts;
  合计 is the grand total, a record directly followed by another record is a funding unit (资金使用单位),
  a record followed by text is a project;
- a project's text up to the first indicator start ("1、1-产出指标") is its goal;
- the indicator block runs until a ";" that is not followed by ",N、" and is followed by a new record
  or the end of the document; it is joined and split by a grammar that tolerates wrapping.

Every line that ends up in no record is reported as a warning with its line number: nothing is dropped
silently. Each record also keeps the page of the published table it is on, where the text shows pages
(form feeds, or the page header repeated): what an answer cites (_Parser.page_starts).
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate, count, repeat
from operator import itemgetter
from typing import cast

from bot.model import Amounts, Document, FundingUnit, Indicator, Issue, LoadError, Project

# --- decoding ---------------------------------------------------------------------------------------

MAX_BYTES = 20 * 1024 * 1024  # a real table is a few hundred KB; anything this large is not one
# Control characters (\x00-\x08, \x0b, \x0e-\x1f), counted in the bytes: in UTF-8 and in GB18030 a byte
# below 0x30 is always a character of its own (never part of a multi-byte one), so the bytes say as many
# as the decoded text would, and bytes.translate counts them without a regex over every character.
_NOT_CONTROL = bytes(b for b in range(256) if not (b <= 0x08 or b == 0x0B or 0x0E <= b <= 0x1F))


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8 (with or without BOM) or GB18030/GBK; reject binary and empty input."""
    return decode_as(data, path)[0]


def decode_as(data: bytes, path: str) -> tuple[str, str]:
    """decode, with the encoding it used ("utf-8-sig" or "gb18030")."""
    if not data.strip():
        raise LoadError([Issue(path, 0, "文件是空的（没有任何文字）", "error")])
    if len(data) > MAX_BYTES:
        raise LoadError([Issue(path, 0, f"文件太大（{len(data) // 1024 // 1024} MB），不像绩效目标表", "error")])
    if b"\x00" in data[:65536]:
        raise LoadError([Issue(path, 0, "不是文本文件（含二进制内容）；请提供 UTF-8 或 GBK 编码的文本", "error")])
    controls = len(data.translate(None, _NOT_CONTROL))
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if controls > max(3, len(text) // 200):
            break
        return text, encoding
    raise LoadError([Issue(path, 0, "无法识别的编码或二进制内容；请提供 UTF-8 或 GBK/GB18030 编码的文本", "error")])


# --- line classification ----------------------------------------------------------------------------

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A name (maybe empty) then 1-4 whitespace-separated amounts at the end of a line.
_AMOUNT_LINE = re.compile(rf"^(?P<name>.*?)(?:^|\s+)(?P<amounts>(?:{_NUM})(?:\s+(?:{_NUM})){{0,3}})\s*$")
_DEPT_LINE = re.compile(r"^部门名称\s*[:：]\s*(?P<dept>.+?)\s+单位\s*[:：]\s*(?P<unit>\S+)\s*$")
_COLUMN_HEADER = re.compile(r"^项目名称.*总计")
_TITLE = re.compile(r"^\S*绩效目标表\S*$")
_PAGE_NUMBER = re.compile(r"^(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|-\s*\d+\s*-)$")
_YEAR = re.compile(r"(20\d\d)\s*年")
# Start of an indicator: "N、L-一级指标,". Whitespace may appear anywhere a line was wrapped.
_INDICATOR_START = re.compile(r"\d+\s*、\s*\d+\s*-\s*[^,，;；、]{1,12}?指\s*标\s*[,，]")
_TOTAL_NAMES = ("合计", "总计")


def _amount_match(text: str) -> re.Match[str] | None:
    """Match a line ending in amounts; a lone integer is not enough (it may be wrapped text)."""
    if not text.rstrip()[-1:].isdigit():  # most lines: the pattern's lazy name would try every position
        return None
    m = _AMOUNT_LINE.match(text)
    if not m:
        return None
    numbers = m.group("amounts").split()
    if len(numbers) == 1 and "." not in numbers[0] and not m.group("name"):
        return None
    if _INDICATOR_START.search(text) or "指标值" in text:
        return None
    return m


def _amounts(numbers: list[str]) -> Amounts:
    """Map printed amounts onto columns: the first is 总计, the rest fill the source columns in order.

    Blank columns vanish from extracted text, so (total, x) is read as (总计, 财政拨款), the common case;
    of three, the third is 财政专户拨款 or 其他资金 and nothing printed says which: it stays unplaced.
    """
    values = [float(n.replace(",", "")) for n in numbers]  # at most four: the columns in order
    if len(values) == 3:
        return Amounts(values[0], values[1], unplaced=values[2])
    return Amounts(*values)


# --- the state machine ------------------------------------------------------------------------------


@dataclass
class _Record:
    name: str
    amounts: Amounts
    line: int
    indented: bool
    goal_lines: list[int]  # indexes into the parser's content lines
    block: list[int]  # indicator block lines (indexes)

    @property
    def has_body(self) -> bool:
        return bool(self.goal_lines or self.block)


_UNKNOWN = object()  # a line whose amount match is not computed yet


class _Parser:
    """The content lines are kept as parallel lists (text, line number, indented): the state machine
    looks at most lines several times, so what it asks of a line (does it end in amounts, does an
    indicator block start there) is computed once per line and kept."""

    def __init__(self, text: str, path: str):
        self.path = path
        self.issues: list[Issue] = []
        self.department = ""
        self.unit = ""
        self.title = ""
        self.texts: list[str] = []  # stripped
        self.numbers: list[int] = []  # 1-based line numbers in the file
        self.indented: list[bool] = []
        self.heads: list[int] = []  # line numbers of the page header (department line, column header)
        self._split(text)
        # _amount_match of each line, once computed (none unless the line ends in a digit), and whether a
        # line starts with one (where a block can start): the state machine asks both of most lines.
        self._amount: list[object] = [_UNKNOWN if t[-1].isdigit() else None for t in self.texts]
        self._digit_first = [t[0].isdigit() for t in self.texts]
        self._block_start: dict[int, bool] = {}  # _starts_block of lines beginning with a digit

    def warn(self, line: int, message: str) -> None:
        self.issues.append(Issue(self.path, line, message))

    def _split(self, text: str) -> None:
        """Keep content lines; remember the department and unit from the (repeated) page header.
        Only lines that can be a header (by their first character, or 绩效目标表 in them) are tested
        further (most lines are text); U+3000 is a space, replaced in the whole text at once."""
        if "\u3000" in text:
            text = text.replace("\u3000", " ")
        raws = text.splitlines()
        stripped = list(map(str.strip, raws))
        # (lists built by comprehensions, not a loop of appends: a table has hundreds of lines; the headers are
        # tested in their order, as they come)
        kept = [k for k, s in enumerate(stripped) if s and not ((s[0] in "第-部项" or "绩效目标表" in s)
                                                                 and self._header(k + 1, s))]
        self.texts = [stripped[k] for k in kept]
        self.numbers = [k + 1 for k in kept]
        self.indented = [raws[k][0] in " \t" for k in kept]

    def _header(self, no: int, stripped: str) -> bool:
        """Is a line a page header (page number, department line, title, column header)? The
        department and unit of the first department line are kept; the title is kept."""
        first = stripped[0]
        if first in "第-" and _PAGE_NUMBER.match(stripped):
            return True
        if first == "部" and (m := _DEPT_LINE.match(stripped)):
            self.heads.append(no)
            dept, unit = m.group("dept").strip(), m.group("unit")
            if not self.department:
                self.department, self.unit = dept, unit
            elif dept != self.department:
                self.warn(no, f"页眉中的部门名称“{dept}”与前文“{self.department}”不一致")
            return True
        title = "绩效目标表" in stripped and _TITLE.match(stripped)
        if (first == "项" and _COLUMN_HEADER.match(stripped)) or (title and not _amount_match(stripped)):
            if not title:
                self.heads.append(no)
            if title and not self.title:
                self.title = stripped
            return True
        return False

    def _amount_at(self, i: int) -> re.Match[str] | None:
        """_amount_match of content line i (computed once)."""
        m = self._amount[i]
        if m is _UNKNOWN:
            m = self._amount[i] = _amount_match(self.texts[i])
        return m  # type: ignore[return-value]

    # A record's name is at most this many lines / characters; longer runs are text, not a name.
    MAX_NAME_LINES = 4
    MAX_NAME_CHARS = 80

    def _record_at(self, i: int) -> tuple[str, Amounts, int] | None:
        """If lines from i form a (possibly wrapped) name plus amounts, return (name, amounts, next_i)."""
        texts, indented, amount, digit_first = self.texts, self.indented, self._amount, self._digit_first
        if not any(amount[i:i + self.MAX_NAME_LINES]):
            return None  # no line it could span ends in a digit (most places it is asked of: a goal's text)
        size = 0  # characters of the lines before the one with the amounts
        for j in range(i, min(i + self.MAX_NAME_LINES, len(texts))):
            if j > i and indented[j]:
                return None  # an indented line starts a new record
            text = texts[j]
            if digit_first[j] and self._starts_block(j):
                return None
            m = self._amount_at(j) if amount[j] is _UNKNOWN else cast("re.Match[str] | None", amount[j])
            if m:
                name = "".join(texts[i:j]) + m.group("name").strip()
                if len(name) > self.MAX_NAME_CHARS:
                    return None
                return name, _amounts(m.group("amounts").split()), j + 1
            size += len(text)
            if size > self.MAX_NAME_CHARS:
                return None
        return None

    def _block_ends_at(self, i: int) -> bool:
        """After a line ending in ';', does the indicator block end (a record or the end follows)?"""
        if i >= len(self.texts):
            return True
        if self.texts[i][:1] in ",，":
            return False
        if self.indented[i] or (self._amount[i] is not None and self._amount_at(i)):
            return True
        return self._record_at(i) is not None

    def _starts_block(self, i: int) -> bool:
        """Does an indicator block start at line i? Looks at three lines: "1" may wrap off "、1-产出指标"."""
        if not self._digit_first[i]:  # most lines: no need to join three
            return False
        found = self._block_start.get(i)
        if found is None:
            found = self._block_start[i] = bool(_INDICATOR_START.match("".join(self.texts[i : i + 3])))
        return found

    def run(self) -> list[_Record]:
        records: list[_Record] = []
        texts, indented, numbers, digit_first = self.texts, self.indented, self.numbers, self._digit_first
        current: _Record | None = None
        i = 0
        while i < len(texts):
            # (_starts_block's first test inline: most lines are text.)
            if current is not None and digit_first[i] and self._starts_block(i):
                i = self._read_block(i, current)
                continue
            # A record can start here: first in the document, right after a record, after an indicator
            # block, or on an indented line. Otherwise the text continues the current project's goal.
            if current is None or not (current.goal_lines or current.block) or current.block or indented[i]:
                rec = self._record_at(i)
                if rec is not None:
                    name, amounts, next_i = rec
                    current = _Record(name, amounts, numbers[i], indented[i], [], [])
                    records.append(current)
                    i = next_i
                    continue
            if current is not None and not current.block and not indented[i]:
                # The goal runs on over the text lines that follow (the tests above, as they come out for
                # a project with a goal and no block yet: only a block start or an indented line ends it).
                goal = current.goal_lines
                goal.append(i)
                i += 1
                while i < len(texts) and not indented[i] and not (digit_first[i] and self._starts_block(i)):
                    goal.append(i)
                    i += 1
                continue
            self.warn(numbers[i], f"无法归入任何项目的文字：“{texts[i][:40]}”")
            i += 1
        return records

    def _read_block(self, i: int, record: _Record) -> int:
        """Consume the indicator block starting at line i into record.block; return the next index."""
        texts, indented, block = self.texts, self.indented, record.block
        n = len(texts)
        while i < n:
            if block and indented[i] and self._record_at(i) is not None:
                break  # a new project although the block had no terminator (a cut indicator)
            block.append(i)
            i += 1
            if texts[i - 1].endswith(";") and self._block_ends_at(i):
                break
        return i

    def joined(self, lines: list[int]) -> str:
        texts = self.texts
        return "".join([texts[k] for k in lines])

    def page_starts(self, text: str) -> list[int]:
        """The line numbers where the published table's pages 2, 3 … start; [] when the text shows no
        pages. A form feed (pdftotext) ends a page; without one, the page header the PDF repeats at the
        top of each page (the department line and the column header, with no content between them) starts
        one, from its second time on: printed once, it says nothing of pages."""
        last = self.numbers[-1] if self.numbers else 0
        if "\f" in text:
            fed = [no + 1 for no, raw in enumerate(text.splitlines(True), start=1) if raw.endswith("\f")]
            if fed := [no for no in fed if no <= last]:
                return fed
        numbers = self.numbers
        runs = [head for k, head in enumerate(self.heads)
                if k == 0 or bisect_right(numbers, head) > bisect_right(numbers, self.heads[k - 1])]
        return runs[1:]


# --- indicator grammar ------------------------------------------------------------------------------

# A label runs to the first comma whether its repeat is lazy or greedy (it cannot hold one): greedy is one
# C loop instead of a try of the comma after every character.
_INDICATOR = re.compile(
    r"(?P<seq>\d+)、(?P<l1>\d+-[^,，]+)[,，](?P<l2>\d+-[^,，]+)[,，](?P<name>.*?)"
    r"[；;]实施周期指标值[:：](?P<period>.*?)[,，]年度指标值[:：](?P<annual>.*?)"
    r"(?:;[,，](?=\d+、\d+-)|;?$)",
    re.S,
)


def _plain_block(text: str, starts: list[int], numbers: list[int]) -> list[Indicator] | None:
    """The indicators of a block that is nothing but indicators numbered 1, 2, 3 … in one group, none
    holding another's start: what _parse_block's loop reads from it, without its warnings to look for
    (nearly every block). None for any other block (the loop then reads it).

    Nearly every block is plain, so it is checked with C-level operations over all its matches at once
    rather than a test per match: the matches (which cannot be empty) cover the text when their lengths
    add up to it; their numbers are 1, 2, 3 …; and when the text holds no "、" but each match's own
    (after its number), no match can hold another's start. `text` is lines stripped and joined: it
    neither starts nor ends with a space (see _has_space)."""
    found = list(_INDICATOR.finditer(text))
    n = len(found)
    if not n or sum(map(len, map(_WHOLE, found))) != len(text):
        return None
    groups = list(map(_GROUPS, found))
    if list(map(_FIRST, groups)) != _sequence(n):
        return None
    if text.count("、") != n:  # some indicator holds another "、": does it hold another's start?
        find = text.find
        for m in found:
            at, end = m.span()
            after = at + len(m.group(1)) + 1  # after its own "、"
            if find("、", after, end) >= 0 and _INDICATOR_START.search(text, after, end):
                return None
    if len(starts) == 1:  # a block of one line
        lines: Iterable[int] = repeat(numbers[0], n)
    else:
        lines = [numbers[bisect_right(starts, at) - 1] for at in map(_START, found)]
    if not _has_space(text):  # most blocks: nothing to strip (\s is what str.strip removes)
        return [Indicator(1, seq, l1, l2, name, period, annual, line)
                for seq, (_, l1, l2, name, period, annual), line in zip(count(1), groups, lines)]
    return [Indicator(1, seq, l1.strip(), l2.strip(), name.strip(), period.strip(), annual.strip(), line)
            for seq, (_, l1, l2, name, period, annual), line in zip(count(1), groups, lines)]


_WHOLE, _GROUPS, _START = re.Match.group, re.Match.groups, re.Match.start
_FIRST = itemgetter(0)
_SEQUENCE = [str(k) for k in range(1, 101)]  # "1" … "100": an indicator's number as printed


def _sequence(n: int) -> list[str]:
    """The numbers 1 … n as printed (strings)."""
    return _SEQUENCE[:n] if n <= len(_SEQUENCE) else [str(k) for k in range(1, n + 1)]


def _has_space(text: str) -> bool:
    """Whether a non-empty text holds a whitespace character (what \\s matches): str.split scans for one
    in C, several times faster than a regex search, but it skips spaces at the ends, tested apart."""
    return len(text.split(None, 1)) > 1 or text[0].isspace() or text[-1].isspace()


def _parse_block(parser: _Parser, block: list[int], project: str) -> list[Indicator]:
    """The indicators of a block of lines, joined without separators (a cell wraps anywhere); each
    indicator and warning carries the line its text starts on."""
    texts, all_numbers, path, issues = parser.texts, parser.numbers, parser.path, parser.issues
    parts = [texts[k] for k in block]
    text = "".join(parts)
    starts = list(accumulate(map(len, parts[:-1]), initial=0))  # where each line starts in text
    numbers = [all_numbers[k] for k in block]
    if (found := _plain_block(text, starts, numbers)) is not None:
        return found
    indicators: list[Indicator] = []
    pos = 0
    group, last_seq = 1, 0
    search, find = _INDICATOR.search, text.find
    while (m := search(text, pos)) is not None:
        at, end = m.span()
        seq_text, l1, l2, name, period, annual = m.groups()  # seq, l1, l2, name, period, annual: its only groups
        # Another indicator's start inside this one begins after this one's "、" and holds a "、" of its
        # own (nearly always none: no regex search). From its second digit, "10、1-产出指标," would look
        # like one: indicator 10 was read as 0 in a new group, with a warning.
        after = at + len(seq_text) + 1
        if find("、", after, end) >= 0:
            inner = _INDICATOR_START.search(text, after, end)
            if inner is not None:
                # A cut indicator ("…,年度指标,4、2-效益指标…": its value lost) would run into the next one
                # and take its value: it is reported as not recognised, and the next one read on its own.
                at = end = inner.start()
                m = None
        if at != pos:
            gap = text[pos:at].strip(" ;；,，")
            if gap:
                issues.append(Issue(path, numbers[bisect_right(starts, pos) - 1],
                                    f"项目“{project}”的绩效指标中有无法识别的文字：“{gap[:40]}”"))
        pos = end
        if m is None:
            continue
        seq = int(seq_text)
        line = numbers[bisect_right(starts, at) - 1]
        if indicators and seq <= last_seq:
            group += 1
        elif indicators and seq != last_seq + 1:
            issues.append(Issue(path, line, f"项目“{project}”的指标编号从 {last_seq} 跳到 {seq}"))
        last_seq = seq
        indicators.append(Indicator(group, seq, l1.strip(), l2.strip(), name.strip(), period.strip(), annual.strip(),
                                    line))
    rest = text[pos:].strip(" ;；,，")
    if rest:
        issues.append(Issue(path, numbers[bisect_right(starts, min(pos, len(text) - 1)) - 1],
                            f"项目“{project}”的绩效指标不完整或无法识别：“{rest[:40]}”"))
    return indicators


# --- public API -------------------------------------------------------------------------------------


def parse_text(text: str, path: str = "<text>", page_of_line: Sequence[int] = ()) -> Document:
    """Parse a document's text; raise LoadError when it holds no table at all. Each project, funding unit
    and indicator records the page of the published table it is on: page_of_line gives each line's
    (lines rebuilt from a PDF's pages), else the text's own page structure does (Parser.page_starts);
    a text with none records no page (its line is where it is)."""
    if "\r" in text:  # most files have none: no copies of the whole text
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    parser = _Parser(text, path)
    records = parser.run()
    issues = parser.issues
    if not parser.department:
        issues.append(Issue(path, 0, "没有找到“部门名称：… 单位：…”一行，不像项目支出绩效目标表", "error"))
    doc = Document(path=path, department=parser.department, unit=parser.unit or "万元", title=parser.title)
    # The title names the year; when it does not, the file's name usually does ("…2026年项目支出绩效目标表.txt").
    if m := _YEAR.search(parser.title) or _YEAR.search(os.path.splitext(os.path.basename(path))[0]):  # (its stem)
        doc.year = int(m.group(1))

    unit_name = ""
    for idx, rec in enumerate(records):
        if rec.name.startswith(_TOTAL_NAMES) and not rec.has_body:
            if doc.total.total is not None:
                issues.append(Issue(path, rec.line, "重复的“合计”行"))
            doc.total = rec.amounts
            continue
        nxt = records[idx + 1] if idx + 1 < len(records) else None
        is_unit = not rec.has_body and not rec.indented and nxt is not None
        if is_unit:
            doc.units.append(FundingUnit(rec.name, rec.amounts, rec.line))
            unit_name = rec.name
            continue
        goal = parser.joined(rec.goal_lines)
        project = Project(rec.name, rec.amounts, goal, unit=unit_name, line=rec.line)
        if rec.block:
            project.indicators = _parse_block(parser, rec.block, rec.name)
        doc.projects.append(project)

    if not doc.projects:
        issues.append(Issue(path, 0, "没有找到任何项目（需要“项目名称 总计 …”下的项目行）", "error"))
    _set_pages(doc, list(page_of_line) or parser.page_starts(text), bool(page_of_line))
    for unit in doc.units:
        _place_by_line(unit.amounts, [p for p in doc.projects if p.unit == unit.name])
    _place_by_line(doc.total, doc.projects)
    doc.issues = issues + check(doc)
    errors = [i for i in doc.issues if i.level == "error"]
    if errors:
        raise LoadError(errors + [i for i in doc.issues if i.level != "error"])
    return doc


def _set_pages(doc: Document, pages: list[int], given: bool) -> None:
    """Each record's page: pages is the page of each line when given, else where pages 2, 3 … start."""
    if not pages:
        return

    def page(line: int) -> int:
        if given:
            return pages[line - 1] if 0 < line <= len(pages) else 0
        return bisect_right(pages, line) + 1

    for unit in doc.units:
        unit.page = page(unit.line)
    for p in doc.projects:
        p.page = page(p.line)
        indicators = p.indicators
        if not indicators:
            continue
        if not given:
            # Where pages start (not each line's page): a block's indicators are read in the order of their
            # text (_parse_block), so each one's line lies between its first's and its last's, and when both
            # are on one page every one is (nearly always: no page() per indicator).
            first, last = page(indicators[0].line), page(indicators[-1].line)
            if first == last:
                for i in indicators:
                    i.page = first
                continue
        for i in indicators:
            i.page = page(i.line)


def _place_by_line(line: Amounts, projects: list[Project]) -> None:
    """The unplaced third amounts of projects ("196.00 0.00 196.00") placed by the line that sums them (their
    unit's subtotal, the table's 合计) when it prints both columns: all in the column whose amount the placed
    projects leave exactly to them while the other column is used up; else they stay unplaced."""
    loose = [p.amounts for p in projects if p.amounts.unplaced is not None]
    amount = round(sum(a.unplaced or 0.0 for a in loose), 2)
    if not loose or not amount or line.unplaced is not None or line.special_account is None or line.other is None:
        return
    rest = {c: round(getattr(line, c) - sum(getattr(p.amounts, c) or 0.0 for p in projects), 2)
            for c in ("special_account", "other")}
    fits = [c for c in rest if abs(rest[c] - amount) < 0.005 and abs(rest[_OTHER_SOURCE[c]]) < 0.005]
    if len(fits) == 1:
        for a in loose:
            setattr(a, fits[0], a.unplaced)
            a.unplaced = None


_OTHER_SOURCE = {"special_account": "other", "other": "special_account"}


# "河湖长制工作经费 86.5O 86.50": an amount with a letter read for a digit (O for 0, l for 1) is no amount, so
# it stays in the name; the columns after it shift.
_GARBLED_AMOUNT = re.compile(r"\s(?=\S*\d)(?=\S*[A-Za-z])[0-9A-Za-z.,]+$")
_GARBLED_ENDS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.,")  # what it can end in


def check(doc: Document) -> list[Issue]:
    """Consistency checks reported at load time: sums, duplicates, projects without indicators."""
    out: list[Issue] = []
    path = doc.path

    def close(a: float, b: float) -> bool:
        return abs(a - b) < 0.005

    project_sum = round(sum(p.amounts.total or 0 for p in doc.projects), 2)
    if doc.total.total is not None:
        if not close(doc.total.total, project_sum):
            out.append(Issue(path, 0, f"合计 {doc.total.total:.2f} 与各项目总计之和 {project_sum:.2f} 不相等"))
        if doc.units:
            unit_sum = round(sum(u.amounts.total or 0 for u in doc.units), 2)
            if not close(doc.total.total, unit_sum):
                out.append(Issue(path, 0, f"合计 {doc.total.total:.2f} 与各单位小计之和 {unit_sum:.2f} 不相等"))
    for unit in doc.units:
        sub = round(sum(p.amounts.total or 0 for p in doc.projects if p.unit == unit.name), 2)
        if unit.amounts.total is not None and not close(unit.amounts.total, sub):
            out.append(Issue(path, unit.line, f"单位“{unit.name}”小计 {unit.amounts.total:.2f} 与其项目之和 {sub:.2f} 不相等"))
    seen: dict[str, int] = {}
    for p in doc.projects:
        a = p.amounts
        if a.total is not None and (a.fiscal_appropriation is not None or a.special_account is not None
                                    or a.other is not None or a.unplaced is not None):
            if not close(a.total, a.sources_sum()):
                out.append(Issue(path, p.line, f"项目“{p.name}”各资金来源之和 {a.sources_sum():.2f} 不等于总计 {a.total:.2f}"))
        if p.name in seen:
            out.append(Issue(path, p.line, f"项目名称“{p.name}”重复（第 {seen[p.name]} 行已有）"))
        seen.setdefault(p.name, p.line)
        if not p.indicators:
            out.append(Issue(path, p.line, f"项目“{p.name}”没有绩效指标"))
        if p.name[-1:] in _GARBLED_ENDS and _GARBLED_AMOUNT.search(p.name):  # nearly every name ends in a character
            out.append(Issue(path, p.line, f"项目名称“{p.name}”末尾像是认错了字的金额（数字中夹着字母），请核对这一行的金额"))
    return out
