"""Read any table-shaped grid into labelled facts: every value with the row labels to its left, the column
headers above it, the section it sits in, its unit and year, and where it stands.

`grid_facts(rows, merged, ...)` works on plain cell strings, so spreadsheets (`sheet_grid`) and ruled PDF
tables share it. Two shapes are read:

- a *table*: a header block (one or more text rows; merged header cells span their sub-columns) over
  data rows whose leading text columns label the row (a merged group cell labels all its sub-rows);
  full-width rows inside the data are section headings;
- a *form* (the published performance-target sheets): blocks labelled by a merged first-column cell
  (基本信息, 预算整体情况 …), each either a small table under its own header row or label/value pairs.

The title rows above the grid give the title, department, year and unit ("单位：万元").
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.ingest.prose import checked_options, date_relative_columns, stated_facts
from bot.model import ITEM_HEAD, OVER_YEARS, Document, Fact, Issue, one_unit

GENERAL = "general-table"
_YEAR = re.compile(r"(?<!\d)(20\d\d|19\d\d)\s*(?:年|年度)?(?!\d)")
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")
# A plan over years ("2026-2028年…滚动规划表"), unlike a series of past years ("2019-2025年财政收支情况").
_PLAN_YEARS = re.compile(r"(?<!\d)(20\d\d)年?[-—–~～至到](20\d\d)年")
_PLAN_WORDS = re.compile(r"规划|计划|滚动|中期")
_YEAR_LABEL = re.compile(r"(?<!\d)(20\d\d|19\d\d)\s*(?:年|年度)")
_UNIT_META = re.compile(r"(?<![制报表送])(?:金额|计量|数量|单价)?单位\s*[:：]\s*([^\s，,；;）)]+)")
_UNIT_PAREN = re.compile(r"[（(]\s*(?:单位\s*[:：])?\s*(百分点|万元|亿元|千元|元|人|个|家|户|次|人次|批次|件|项|台[/／]套|台套|台|辆|套|%|％|平方米|平方公里|平方千米|公顷|万亩|立方米|万立方米|千瓦时|万千瓦时|千瓦|米|万人|万户|万吨|分|年|月|倍|亩|公里|千米|吨|天|小时|课时|张|所|名|床|座|册|场|期|篇|份|宗|起|例|条|处|间|栋|株|头|只|块|支)\s*[）)]")
# (a stamp's place said after the field, 填报单位（盖章）: the field all the same)
_ORG_META = re.compile(r"^(?:(?:编制|编报|填报|报送|申报|填表)(?:单位|部门)(?:[（(](?:盖章|公章|签章|签字盖章)[）)])?|部门(?:名称)?(?:[（(]单位[）)])?|单位名称)\s*[:：]\s*(.+)$")
# A title-block line "统计时点：2025年6月30日" / "主管部门：某局": a short key and its value.
_KEY_VALUE = re.compile(r"^(?!其中)([\u4e00-\u9fff]{2,8})[:：](.+)$")
# A note or the preparer's line under a form, one cell wide (a form's 备注 / 说明 block is a field of its own).
_FOOTER_LINE = re.compile(r"^(?:注|填表人|填报人|制表人|编制人|经办人|审核人|联系人|填报日期|制表日期)\s*[:：\d１]")
_NOTE_KEY = re.compile(r"^(注|说明|备注)\s*[:：]")
_NOTE_ITEM = re.compile(r"^[（(]?\d{1,2}[.、．)）]\S")
_NOTE_ROW = re.compile(r"^(?:注|说明|备注|填表人|填报人|制表人|编制人|经办人|审核人|负责人|联系人|填报日期|制表日期)\s*[:：\d１]?")
# A table's number printed above its grid ("表三", "附表2", "表3-1", "附件1"): part of the title block.
_TABLE_NO = re.compile(r"(?:附表|表|附件)[一二三四五六七八九十\d]{1,3}(?:[-—之][\d一二三四五六七八九十]{1,2})?")
# The issuing document's number printed above the grid ("梧民发〔2025〕12号附件1"): part of the title block.
_DOC_NO = re.compile(r"[\u4e00-\u9fff]{1,8}[〔\[［【(（](?:19|20)\d\d[〕\]］】)）]第?\d{1,4}号(?:文件)?(?:" + _TABLE_NO.pattern + ")?")
_NUMBER = re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_SEQ_HEADER = re.compile(r"^(?:序号|编号|行次|栏次|序|no\.?)$", re.I)
_CODE_HEADER = re.compile(r"(?:科目|功能分类|经济分类|项目)?(?:编码|代码)$")
_DEPT_STRONG = re.compile(
    r"^(.+?(?:局|委员会|委|办公室|中心|院|所|厅|部|处|站|馆|队|人民政府|政府|街道办事处|学校|公司|协会|联合会))"
)
_DEPT_WEAK = re.compile(r"^(.+?(?:街道|镇|乡))")
# What follows "某县政府" when 政府 is part of the table's kind (政府购买服务, 政府采购, 政府投资, 政府性基金, 政府债务),
# not the organisation whose table it is: "2024年德清县政府购买服务预算表" names a place and a kind of table.
_GOVERNMENT_KINDS = r"(?:购买服务|采购|投资|性基金|债务|专项债|一般债|还贷|和社会资本|与社会资本|补助)"
_GOVERNMENT_KIND = re.compile(r"^(?:\d{4}年度?)?" + _GOVERNMENT_KINDS)
# A place a title names ("桐庐县", "杭州市桐庐县", "某自治区"): the one fragment of every place pattern below.
_PLACE_HEAD = r"(?:[\u4e00-\u9fff]{1,6}?[省市])?[\u4e00-\u9fff]{1,6}?"
_PLACE = _PLACE_HEAD + r"(?:省|自治区|市|区|县|州|旗)"
# A title's year, with its months when it covers part of one ("2025年1-8月", "2024年度").
_TITLE_YEAR = r"(?:19|20)\d\d年(?:度|\d{1,2}(?:[-—至~]\d{1,2})?月)?"
# "云梁县2025年政府性基金预算收入表": the budget of a place itself (its 政府性基金, 一般公共预算 or 国有资本经营
# budget, not a department's 部门预算), whose 编制单位 is only the office that drew it up: the figures are the place's.
_PLACE_BUDGET = re.compile(r"^(" + _PLACE + r")(?:19|20)\d\d年度?"
                           r"(?:本级)?(?:政府性基金|一般公共预算|国有资本经营)")
# A place's table of several of its departments or units ("柏山区部分部门", "某县各乡镇", "某市所属单位"): the
# place is the table's own; its departments are rows, not the table's department ("区部").
_PLACE_OF_UNITS = re.compile(
    r"^([^省市区县]{2,6}?(?:省|自治区|市|区|县|州|旗)(?:[^省市区县]{2,6}?(?:区|县|市))?)"
    r"(?:部分|各|所属|下属|本级|直属|全部)(?:各)?(?:部门|单位|乡镇|街道|县区|县市区|区县)")
# The same words with no place before them ("部分部门", "各单位"): the rows are units, no organisation is named.
_UNITS_ALONE = re.compile(r"^(?:部分|各|所属|下属|本级|直属|全部|[省市区县]级)(?:各)?(?:部门|单位|乡镇|街道)")
# A title led by a place alone and the year, then the place's units its rows are ("青禾区2024年度行政事业单位
# 国有资产占有情况表"): the place whose table it is.
# ("长兴县2026年县级部门…汇总表": its 县级 / 市级 departments are the rows, the county is whose table it is)
_PLACE_TITLE = re.compile(r"^(" + _PLACE + r")(?:19|20)\d\d年度?"
                          r"(?:本级|[省市区县]级)?(?:(?:各|所属|下属|直属|部分)?(?:行政事业单位|行政单位|事业单位|部门)"
                          r"|(?:地方)?政府(?!性基金))")  # (…政府投资项目计划表: the place's own, no preparer printed)
# The same with the year first ("2024年德清县政府购买服务预算表", "2026年浏阳市部门项目支出预算表").
# (the place right after the year, "2025年1-8月浏阳市…监控表", is matched by _YEAR_PLACE alone: title_place)
_YEAR_PLACE = re.compile("^" + _TITLE_YEAR + "(" + _PLACE + ")")
_YEAR_PLACE_KIND = re.compile(_YEAR_PLACE.pattern + r"(?:本级)?(?:(?:各|所属|下属|直属|部分)?(?:部门|单位)"
                              r"|(?:地方)?政府(?=" + _GOVERNMENT_KINDS + "))")
# A column of rates or shares ("执行率", "完成进度", "占比"): its bare numbers are percents, not amounts.
# A title naming nothing before its year but a place ("白沙县2025年政府投资项目计划表"): no organisation is
# named, so the place is whose table it is (never the file's name).
# (a plan's range of years, "青禾县2025-2027年中期财政规划表", names its place the same way)
_PLACE_YEAR = re.compile(r"^(" + _PLACE_HEAD + r"(?:省|自治区|市|区|县|州|旗|镇|乡))"
                         r"(?:19|20)\d\d年?(?:[-—–~～至到](?:19|20)\d\d)?年")
_RATE_LABEL = re.compile(r"(?:率|百分比|比例|占比|比重|进度)$")
_UNIT_WORDS = ("万元", "亿元", "千元", "元", "人次", "人", "个", "家", "户", "次", "件", "项", "台", "辆", "套", "%")


def parse_number(text: str) -> tuple[float, str] | None:
    """"1,200" -> (1200, ""); "87.71%" -> (87.71, "%"); "300万元" -> (300, "万元"); text -> None."""
    t = text.strip().replace("，", ",").replace("％", "%").replace(" ", "")
    if not t:
        return None
    unit = ""
    if t.endswith("%"):
        t, unit = t[:-1], "%"
    else:
        for u in _UNIT_WORDS:
            if t.endswith(u) and len(t) > len(u):
                t, unit = t[: -len(u)], u
                break
    t = t.lstrip("≥≤><=＞＜约")
    negative = t.startswith("(") and t.endswith(")") or t.startswith("（") and t.endswith("）")
    if negative:
        t = t[1:-1]
    if not _NUMBER.match(t):
        return None
    value = float(t.replace(",", ""))
    return (-value if negative else value), unit


def is_numeric(text: str) -> bool:
    return parse_number(text) is not None


def _clean(text: str) -> str:
    """Labels compare without spaces and line breaks ("指标\\n性质" = "指标性质")."""
    return re.sub(r"\s+", "", text or "")


def unit_of_label(label: str) -> str:
    """The unit a header or row label carries: "预算金额（万元）" -> "万元", "差异率" -> ""."""
    if m := _UNIT_PAREN.search(label):
        return one_unit(m.group(1).replace("％", "%"))  # (台/套: the one unit 台套)
    if m := _UNIT_META.search(label):
        return m.group(1)
    if re.search(r"[\u4e00-\u9fff]\s*[%％]$", label.strip()):
        return "%"  # "增长%": the column's figures are percents
    return ""


def year_of_label(label: str) -> int | None:
    if m := _YEAR_LABEL.search(label):
        return int(m.group(1))
    return None


def _plan_year(title: str) -> int | None:
    """"2026-2028年项目支出滚动规划表": a plan's budget year is its first (a series of past years, 2019-2025年财政
    收支情况, is not a plan: its latest year stays the table's)."""
    if (plan := _PLAN_YEARS.search(_clean(title))) and _PLAN_WORDS.search(title):
        return int(plan.group(1))
    return None


@dataclass
class GridReading:
    """What a grid says: its facts and the title block's title, department, year and unit."""

    facts: list[Fact] = field(default_factory=list)
    title: str = ""
    department: str = ""
    year: int | None = None
    unit: str = ""
    shape: str = ""  # "table" or "form"
    notes: list[tuple[str, str, int, int]] = field(default_factory=list)  # title-block "key：value" (key, value, row, col)
    department_at: tuple[int, int] | None = None  # the grid cell of the 编制单位 line
    preparer: list[Fact] = field(default_factory=list)  # that line as a fact, kept when it is not the department
    blank_zero: bool = False  # a note of the grid says blank cells mean none (空白表示0)
    money_unit: str = ""  # the one money unit of a unit line naming several ("单位：万元、户、人")
    count_units: tuple[str, ...] = ()  # the units of things that line names (户, 人; 人、辆 of a staffing table)


class _Grid:
    """Cells as strings with merged ranges resolved: value(r, c) is the merged origin's text."""

    def __init__(self, rows: Sequence[Sequence[str]], merged: Sequence[tuple[int, int, int, int]]):
        width = max((len(r) for r in rows), default=0)
        self.n, self.w = len(rows), width
        self.raw = [[_strip(r[c]) if c < len(r) else "" for c in range(width)] for r in rows]
        # How far each text stands in (an indented 经济分类 line under its head): leading full-width spaces
        # count one each, ASCII spaces two to one.
        self.indent = [[_indent_of(r[c]) if c < len(r) else 0 for c in range(width)] for r in rows]
        self.origin: dict[tuple[int, int], tuple[int, int]] = {}
        self.span: dict[tuple[int, int], tuple[int, int]] = {}  # origin -> (last row, last col)
        for r1, c1, r2, c2 in merged:
            if r1 >= self.n or c1 >= width:
                continue
            r2, c2 = min(r2, self.n - 1), min(c2, width - 1)
            self.span[(r1, c1)] = (r2, c2)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    self.origin[(r, c)] = (r1, c1)

    def value(self, r: int, c: int) -> str:
        o = self.origin.get((r, c), (r, c))
        return self.raw[o[0]][o[1]]

    def is_origin(self, r: int, c: int) -> bool:
        return self.origin.get((r, c), (r, c)) == (r, c)

    def row_cells(self, r: int) -> list[int]:
        """Columns of the distinct non-empty cells of a row (a merged cell counted at its first column)."""
        out, seen = [], set()
        for c in range(self.w):
            o = self.origin.get((r, c), (r, c))
            if o in seen or not self.raw[o[0]][o[1]]:
                continue
            seen.add(o)
            out.append(c)
        return out

    def rows_spanned(self, r: int, c: int) -> int:
        o = self.origin.get((r, c), (r, c))
        last = self.span.get(o, (o[0], o[1]))[0]
        return last - o[0] + 1


def _indent_of(text: str) -> int:
    """The indentation a label is printed with (leading spaces), in steps of one full-width space."""
    text = text or ""
    lead = text[:len(text) - len(text.lstrip(" \t\u3000"))]
    return lead.count("\u3000") + (lead.count(" ") + 2 * lead.count("\t")) // 2


def _strip(value) -> str:
    if value is None:
        return ""
    lines = [line.strip() for line in str(value).replace("\r", "").split("\n")]
    return "\n".join(line for line in lines if line).replace("\u2267", "≥").replace("\u2266", "≤")


def _flat(text: str) -> str:
    return text.replace("\n", "")


def _is_label_text(text: str) -> bool:
    return bool(text) and not is_numeric(text) and len(_clean(text)) <= 40


# --- title block ---------------------------------------------------------------------------------------


def _is_meta(text: str) -> bool:
    t = _clean(text)
    return bool(_UNIT_META.match(t) or _ORG_META.match(t) or re.fullmatch(r"[（(]?单位[:：].*", t)
                or _TABLE_NO.fullmatch(t) or _DOC_NO.fullmatch(t)
                or re.fullmatch(r"(?:截至|截止|时间[:：]|日期[:：])?(?:20\d\d|19\d\d)年(?:度)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:止)?", t))


_FIELD_KEY = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:项目|资金|专项)名称$")


def _is_field_line(g: _Grid, r: int, texts: list[str]) -> bool:
    """A form's field and its value in two cells above the table ("项目名称 | 某项目", metas after them), when
    the next row is a wider header of text: a two-cell row over rows of two is a small table's header."""
    if len(texts) < 2 or not _FIELD_KEY.match(_clean(texts[0])) or not _is_label_text(texts[1]) \
            or not all(_is_meta(t) for t in texts[2:]):
        return False
    nxt = next((n for n in range(r + 1, g.n) if g.row_cells(n)), None)
    if nxt is None:
        return False
    below = [g.value(nxt, c) for c in g.row_cells(nxt)]
    return len(below) >= 3 and len(below) > len(texts) - 2 + 1 and all(_is_label_text(t) for t in below)


# A sentence (its clauses apart by commas, or ending as a sentence does) rather than a label.
_SENTENCE = re.compile(r"^(?=.*[，,；;])(?=.{16,}).*[：:。]$|^.{41,}$")


# A subtitle wholly in brackets under the title: "（2025年县人大常委会第二十三次会议审议）", "（草案）".
_BRACKETED_LINE = re.compile(r"^[（(][^（()）]+[)）]$")


def _is_preface(g: _Grid, r: int, texts: list[str]) -> bool:
    """A sentence (or a bracketed subtitle) alone in the first cell above the header (metas beside it:
    "公开日期：…"), the next row a header of three or more labels: the publisher's preface ("现将…公开如下："),
    not a row of the table."""
    first = _clean(texts[0]) if texts else ""
    if not texts or not (_SENTENCE.match(first) or _BRACKETED_LINE.match(first)) or is_numeric(texts[0]) \
            or not all(_is_meta(t) or _KEY_VALUE.match(_clean(t)) for t in texts[1:]):
        return False
    nxt = next((n for n in range(r + 1, g.n) if g.row_cells(n)), None)
    below = [g.value(nxt, c) for c in g.row_cells(nxt)] if nxt is not None else []
    return len(below) >= 3 and all(_is_label_text(t) for t in below)


def _title_block(g: _Grid, out: GridReading) -> int:
    """Read the title and meta rows at the top; return the first row of the grid proper."""
    r = 0
    while r < g.n:
        cells = g.row_cells(r)
        texts = [g.value(r, c) for c in cells]
        if not cells:
            r += 1
            continue
        metas = [t for t in texts if _is_meta(t) or _KEY_VALUE.match(_clean(t))]
        if len(texts) >= 2 and _ORG_META.match(f"{_clean(texts[0])}：{_clean(texts[1])}") \
                and (_DEPT_STRONG.match(_clean(texts[1])) or _DEPT_WEAK.match(_clean(texts[1]))) \
                and all(_is_meta(t) for t in texts[2:]):
            # "部门名称 | 望江镇人民政府 | 单位：万元": the field and its value in two cells are one meta line.
            texts = [f"{_clean(texts[0])}：{texts[1]}", *texts[2:]]
            cells = [cells[0], *cells[2:]]
            metas = texts
        elif _is_field_line(g, r, texts):
            # "项目名称 | 公共文化服务提升项目 | 单位：万元" over a wider header: a field of the form, not the header.
            texts = [f"{_clean(texts[0])}：{_clean(texts[1])}", *texts[2:]]
            cells = [cells[0], *cells[2:]]
            metas = texts
        elif _is_preface(g, r, texts):
            # "现将2025年采购意向公开如下：" over the header: the publisher's sentence, no row of the table.
            texts, cells = texts[1:], cells[1:]
            metas = texts
            if not texts:
                r += 1
                continue
        if len(cells) == 1 and not _is_meta(texts[0]) and not out.title and len(texts[0]) <= 80 \
                and not is_numeric(texts[0]) and (g.w <= 1 or g.span.get((r, cells[0]), (r, cells[0]))[1]
                                                  > cells[0] or len(cells) == 1):
            out.title = _flat(texts[0])
        elif len(metas) == len(texts):
            pass
        else:
            break
        # "金额单位：万元    序时进度：50%": each part of a meta line spaced apart is read on its own.
        parts = [(c, p) for c, t in zip(cells, texts, strict=True) for p in re.split(r"[ \t\u3000]{2,}|\u3000", t) if p.strip()]
        for c, t in parts:
            t = _clean(t)
            if (m := _ORG_META.match(t)) and not out.department:
                out.department = m.group(1)
                out.department_at = (r, c)
            elif (m := _KEY_VALUE.match(t)) and not _UNIT_META.match(t) and r > 0:
                o = g.origin.get((r, c), (r, c))  # a merged cell's text stands at its origin
                if o not in [(n[2], n[3]) for n in out.notes]:
                    out.notes.append((m.group(1), m.group(2), o[0], o[1]))
            elif m := _UNIT_META.search(t):
                _unit_line(out, t, m.group(1))
        r += 1
    if out.title:
        years = [int(y) for y in _YEAR_LABEL.findall(out.title)]
        if years:
            out.year = max(years)  # "2023年与2024年…对比表" is the 2024 table
        out.year = _plan_year(out.title) or out.year
        if not out.unit:
            out.unit = unit_of_label(out.title)
    return r


# --- the table shape -------------------------------------------------------------------------------------


def _header_rows(g: _Grid, start: int, end: int) -> list[int]:
    """The header block at the top of rows [start, end): a row of ≥2 text cells, extended down by its
    vertical merges and by the sub-header under a horizontally merged header cell."""
    if start >= end:
        return []
    cells = g.row_cells(start)
    texts = [g.value(start, c) for c in cells]
    if len(cells) < 2 or not all(_is_label_text(t) for t in texts):
        return []
    last, r = start, start
    while r <= min(last, start + 3, end - 1):
        # (each header row's merges reach on: 收入 | 支出 over 项目 | 预算数, 项目 merged down beside 合计 | …)
        for c in g.row_cells(r) if r > start else cells:
            if not g.is_origin(r, c):
                continue
            r2, c2 = g.span.get((r, c), (r, c))
            last = max(last, r2)
            # A merged header over sub-columns: the next row names them; not when the next row's cell is merged
            # over the same columns again, one row high, beside header cells of one column each (三级指标 over D:E
            # beside 一级指标 | 指标值, above each indicator's name over D:E: a row of data; texts merged as their
            # headings are under headings all merged alike, or down several rows, are the headings' block).
            if c2 > c and r + 1 < end and (g.span.get((r + 1, c), (r + 1, c)) != (r + 1, c2) or r > start
                                           or all(g.span.get((r, x), (r, x)) != (r, x) for x in cells)):
                last = max(last, r + 1)
        r += 1
    last = min(last, start + 3, end - 1)
    rows = list(range(start, last + 1))
    # Every header row must be text (a number would be data).
    while rows and any(is_numeric(g.raw[rows[-1]][c]) for c in range(g.w)) and len(rows) > 1:
        rows.pop()
    return rows


def _header_under_band(g: _Grid, top: int, end: int) -> tuple[int, list[int], str]:
    """The grid's first row, its header rows and the heading over them: "收　　入" across the table over its
    header (a stacked 收入 / 支出 budget) is the first block's heading, the header the row under it."""
    header = _header_rows(g, top, end)
    band = "" if header else _band_over_header(g, top, end)
    if band:
        top += 1
        header = _header_rows(g, top, end)
    return top, header, band


def _band_over_header(g: _Grid, top: int, end: int) -> str:
    """A heading across the table right above its header row (a stacked 收入 / 支出 budget names each block
    so): its text, the header being the next row's; "" when the grid does not start so."""
    cells = g.row_cells(top) if top < end else []
    if len(cells) != 1 or g.w < 3 or not _is_label_text(g.value(top, cells[0])) or _is_meta(g.value(top, cells[0])):
        return ""
    if g.span.get((top, cells[0]), (top, cells[0]))[1] < g.w - 2 or g.rows_spanned(top, cells[0]) != 1:
        return ""
    header = _header_rows(g, top + 1, end)
    if not header or len(g.row_cells(top + 1)) < 3:
        return ""
    return _flat(g.value(top, cells[0]))


def _column_kinds(g: _Grid, rows: list[int]) -> list[str]:
    """Per column: "num" (mostly numbers), "short" (short text), "long" (long text), "" (empty)."""
    kinds = []
    for c in range(g.w):
        vals = [g.raw[r][c] for r in rows if g.raw[r][c] and g.is_origin(r, c)]
        if not vals:
            kinds.append("")
            continue
        nums = sum(1 for v in vals if is_numeric(v))
        if nums * 2 >= len(vals):
            kinds.append("num")
        else:
            lengths = sorted(len(_clean(v)) for v in vals)
            median = lengths[len(lengths) // 2]
            # One-character cells (≥, =, 无) qualify a value; they label nothing.
            kinds.append("sym" if lengths[-1] <= 1 else "short" if median <= 30 else "long")
    return kinds


@dataclass
class _Ctx:
    sheet: str
    first_row: int
    first_col: int
    page: int
    unit: str
    year: int | None
    blank_zero: bool = False  # a note says blank cells mean none (空白表示无): they are 0, not missing
    zero_note: str = ""  # that note's text ("因公出国（境）费两年均无支出，空白表示0"): the lines it names are 0
    no_data: tuple[str, ...] = ()  # the note's sentences saying a line has no data ("…为新增项目，上年同期无数据")
    money_unit: str = ""  # the money unit of a unit line naming several: of columns saying money (资金规模)
    count_units: tuple[str, ...] = ()  # its units of things: each of the columns saying what it counts (用车: 辆)


def _cell_name(r: int, c: int) -> str:
    letters = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        letters = chr(65 + rem) + letters
    return f"{letters}{r}"


def _unit_line(out: GridReading, line: str, said: str) -> None:
    """A title block's unit line: the table's unit; of a line naming several ("单位：万元、户、人"), no one
    unit (the column labels say), but the columns saying money are in its one money unit."""
    if line.startswith("单价"):
        return  # ("单价单位：元  金额单位：万元": the money is the amounts')
    named = re.split(r"[、,，/／]", said)
    if not out.unit and said in _UNIT_WORDS + ("亿元", "千元"):
        out.unit = said
    elif not out.unit and not out.money_unit \
            and len(money := [u for u in named if u in ("万元", "亿元", "千元", "元")]) == 1:
        out.money_unit = money[0]
    if not out.unit and not out.count_units and not out.money_unit:  # (a line naming money too: its columns say)
        out.count_units = tuple(u for u in named if u in _THINGS_COUNTED)


# The units of things a unit line may name ("单位：人、辆"), each with the words of a column counting in it.
_THINGS_COUNTED = {"人": re.compile(r"编制|人|在职|在编|离退休|退休|职工|干部"), "辆": re.compile(r"车"),
                   "户": re.compile(r"户"), "台": re.compile(r"台|设备"), "套": re.compile(r"套|住房"),
                   "所": re.compile(r"学校|所"), "个": re.compile(r"个数|机构|单位数")}


def _thing_counted(units: tuple[str, ...], col: list[str]) -> str:
    """Of the units of things a unit line names, the one a column's header says it counts (公务用车数量: 辆);
    "" unless exactly one does."""
    said = _clean("".join(col))
    hits = [u for u in units if _THINGS_COUNTED[u].search(said)] if said else []
    return hits[0] if len(hits) == 1 else ""


def _pure_number(col: list[str]) -> bool:
    """A column of coefficients or weights (分配系数, 因素权重): figures of no unit, whatever the table's."""
    return bool(col) and bool(_PURE_NUMBER_COLUMN.search(_clean(col[-1])))


def _make_fact(ctx: _Ctx, text: str, row: list[str], col: list[str], section: str, r: int, c: int,
               unit_hint: str = "", heads: list[str] | None = None) -> Fact:
    number = parse_number(text)
    if number is not None and not number[1] and col and _RATE_LABEL.search(_clean(col[-1])) \
            and not unit_of_label(col[-1]):
        # "执行率" holding 0.95 with no percent format: the fraction is the rate (95 %), never money.
        text = _percent_text(number[0] * 100 if abs(number[0]) <= 1.5 else number[0], "0.00%") + "%"
        number = parse_number(text)
    unit, value = "", None
    if number is not None:
        value, unit = number
        if not unit:
            pure = _pure_number(col)
            unit = next((u for lab in reversed(col) if (u := unit_of_label(lab))), "") or unit_hint \
                or next((u for lab in reversed(row) if (u := unit_of_label(lab))), "") \
                or _unit_from_words(_naming(row, col)) \
                or ("" if col and _COUNTED_COLUMN.search(_clean(col[-1])) or pure else ctx.unit) \
                or (ctx.money_unit if col and _MONEY_WORDS.search("".join(col)) and not pure else "") \
                or _thing_counted(ctx.count_units, col)
    # (a year in brackets of a row's name, "老旧小区改造（2024年批次）", is its batch, not its figures' year)
    year = next((y for lab in [*(_BRACKETED.sub("", x) for x in row), *col] if (y := year_of_label(lab)) is not None), None)
    line = ctx.first_row + r
    heads = heads or [""] * len(row)
    pairs: list[tuple[str, str]] = []
    for head, lab in zip(heads, row, strict=False):
        lab = _flat(lab).strip()
        if lab and lab not in [p[1] for p in pairs]:
            pairs.append((_flat(head).strip(), lab))
    return Fact(
        value=_flat(text) if len(text) <= 200 else text,
        row=tuple(p[1] for p in pairs),
        row_heads=tuple(p[0] for p in pairs) if any(p[0] for p in pairs) else (),
        col=tuple(_dedup(col)),
        section=section,
        number=value,
        unit=unit,
        year=year,
        sheet=ctx.sheet,
        cell=_cell_name(line, ctx.first_col - 1 + c) if ctx.sheet else "",
        column=ctx.first_col + c if ctx.sheet else 0,
        page=ctx.page,
        line=line,
    )


# A column of counts ("数量", "台数"): its figures are never in the table's money unit (元).
# a column counting things (床位数, 站点个数): its figures are no money, whatever the table's 单位：元 says
_COUNTED_COLUMN = re.compile(r"(?:数量|[台件套户次人个家所座村站辆张处亭点室屋院校间场位]数|床位|名额)$")
# A pure number beside the money (分配系数 0.0563, 权重, 指数): never the table's money unit.
_PURE_NUMBER_COLUMN = re.compile(r"(?:系数|指数|权重|比值)$")
_MONEY_WORDS = re.compile(r"金额|预算|资金|支出|收入|拨款|经费|费用|投入|执行数|决算|本金|利息|余额")


def _naming(row: list[str], col: list[str]) -> list[str]:
    """The labels that say what a value counts: its column's, unless the column is only 内容/数值."""
    if col and not re.fullmatch(r"内容|值|数值|数据|数|情况|说明", _clean(col[-1])):
        return [*row, *col]
    return list(row)


def _unit_from_words(labels: list[str]) -> str:
    """A count's unit from what its label counts: 人员数 -> 人, 单位数/个数 -> 个."""
    last = _clean(labels[-1]) if labels else ""
    if re.search(r"(?:人数|人员数|人员|编制数?|人次)$", last):
        return "人次" if last.endswith("人次") else "人"
    if re.search(r"(?:单位数|个数|项目数|家数)$", last):
        return "个"
    if re.search(r"(?:得分|评分|分值|分数|总分)$", last):
        return "分"  # a score (自评得分 95.5) is points, never the table's money unit
    if re.search(r"倍数$", last):
        return "倍"  # 收益覆盖倍数 1.32: a multiple, never money
    if re.search(r"天数$", last):
        return "天"  # 在校天数 200: days, never the table's 单位：元
    return ""


def money_unit(facts: list[Fact], unit: str) -> None:
    """Give amounts printed without a unit the table's money unit (a label about money names them)."""
    for f in facts:
        # Column labels say what a value is; row labels are names ("就业补助资金") unless no column says.
        said = "".join(f.col + (f.section,)) if f.col else "".join(f.row + (f.section,))
        if f.number is not None and not f.unit and _MONEY_WORDS.search(said):
            f.unit = unit


def _dedup(labels: list[str]) -> list[str]:
    out: list[str] = []
    for lab in labels:
        lab = _flat(lab).strip()
        if len(_clean(lab)) <= 8:  # a header spaced out to the cell's width ("收    入") is the word 收入
            lab = re.sub(r"(?<=[\u4e00-\u9fff])[\s\u3000]+(?=[\u4e00-\u9fff])", "", lab)
        if lab and lab not in out:
            out.append(lab)
    return out


@dataclass
class _Columns:
    """What each column of a table block is: labels of the rows, codes, the unit, or values."""

    label: list[int]  # columns whose text labels the rows (or, after the first value, the value to its right)
    code: set[int]  # classification codes (科目编码), part of the row's name
    first_value: int
    lead: list[int]  # the label columns before the first value column
    unit: int | None  # a 计量单位 column
    # A column naming each row of a group (指标名称 beside a project merged over its indicator rows): the
    # values to its right are that item's, the group's own columns (merged over the group) are not.
    item: int | None = None
    group_level: set[int] = field(default_factory=set)
    # Cells that only print their group's value again (the project's 全年预算 repeated on each indicator row):
    # the group's value is read once, on its first row, so sums, counts and rankings see one project.
    echoes: set[tuple[int, int]] = field(default_factory=set)
    # The labels every row of the block stands under (a side-by-side pair's values take these, never the
    # hierarchy of the leading side's lines), and the line each "其中：" sub-line stands under: (row, col) -> label.
    outer: list[str] = field(default_factory=list)
    under: dict[tuple[int, int], str] = field(default_factory=dict)
    indented: dict[int, int] = field(default_factory=dict)  # row -> indent of its label, when lines are indented
    # A class merged down over rows that each name an item of their own (评价方式 over the projects it rated):
    # (row, col) -> the merged cell's origin, so the class is read on every row it covers, not its first only.
    spread: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)


def _block_columns(g: _Grid, data: list[int], kinds: list[str], headers: dict[int, list[str]],
                   outer: list[str]) -> _Columns:
    """What each column of a table block is, with its item column, its echoed cells, the labels every row
    stands under and the "其中：" sub-lines of its label columns (the leading one and each side's own)."""
    cols = _table_columns(g, data, kinds, headers)
    cols.item, cols.group_level = _item_column(g, data, kinds, headers, cols)
    cols.echoes = _echoes(g, data, kinds, cols)
    cols.spread = _spread_cells(g, data, kinds, cols)
    cols.outer = outer
    cols.indented = _indented_lines(g, data, cols)
    for c in cols.label[:1] + [x for x in cols.label if x >= cols.first_value]:
        # (an indented outline names its lines as printed, "其中：公务用车购置费" under its head: none read here)
        cols.under |= {k: v for k, v in _sub_lines(g, data, c).items() if k[0] not in cols.indented or k[1] not in cols.lead[:1]}
    return cols


_GROUP_SUBTOTAL = re.compile(r"(?:部门|单位)?小计")
# A heading's subtotal row, its count of items said beside it or not ("小计", "小计（4个）", "小计(5项)").
_HEADING_SUBTOTAL = re.compile(r"(?:部门|单位|分类|本类)?小计(?:[（(](?:共)?\d+(?:个|项)(?:项目)?[)）])?")


def _groups_closed_in_seq(g: _Grid, data: list[int], seq: int | None, cols: _Columns) -> dict[int, str]:
    """"1 | 白溪县教育局" with no figures, its units unnumbered and flush below it, then "小计" in the 序号 column with
    the name cell blank (staffing tables): each of those rows, the 小计 too, stands under the numbered row — the
    小计 is the department's subtotal, never a unit of its own. row -> the group's name."""
    out: dict[int, str] = {}
    if seq is None or not cols.lead or seq >= cols.lead[0]:
        return out
    head, members = "", list[int]()
    for r in data:
        mark = _clean(g.value(r, seq)) if g.is_origin(r, seq) else ""
        name = next((g.value(r, c) for c in cols.lead if g.value(r, c)), "")
        figures = any(g.value(r, c) for c in g.row_cells(r) if c >= cols.first_value)
        if mark and _outline_level(mark) is not None:
            head, members = (name if name and not figures else ""), []
        elif head and not name and _GROUP_SUBTOTAL.fullmatch(mark) and members:
            out.update({x: head for x in [*members, r]})
            head, members = "", []
        elif head and name and not mark and figures and r not in cols.indented:
            members.append(r)
        else:
            head, members = "", []
    return out


@dataclass
class _Outline:
    """The rows a table's row stands under, by its 序号 (一 / （一） / 1) and by its label's indentation."""
    levels: dict[int, str] = field(default_factory=dict)  # outline level -> the label of the row that opened it
    opened: int = 0  # the indentation of the label of the numbered row that opened the last level
    heads: list[tuple[float, str]] = field(default_factory=list)  # less indented lines open above (indent, label)
    shapes: list[str] = field(default_factory=list)  # the flush group open above: its word's and its item's endings
    headings: set[int] = field(default_factory=set)  # the levels opened by a row of no figures (一 交通类项目)
    measured: bool = True  # whether a figure column stands under a header of its own (总投资), not in a column group

    def above(self, r: int, level: int | None, name: str, cols: _Columns, outer: list[str],
              figures: bool = False) -> list[str]:
        if level is None and name and r in cols.indented:
            # ("1 海宁市教育局" numbered, then "  海宁市教育局本级" … "  小计" unnumbered and indented deeper: its lines)
            # (and the group's "小计" printed flush with the group's row, below its indented lines: its sum)
            closing = bool(_GROUP_SUBTOTAL.fullmatch(_clean(name))) and cols.indented[r] <= self.opened \
                and any(d > cols.indented[r] for d, _ in self.heads)
            opening = [self.levels[k] for k in sorted(self.levels)] \
                if self.levels and (cols.indented[r] > self.opened or closing) else []
            return [*outer, *opening, *_indented_outer(self.heads, cols.indented[r], name, self.shapes)]
        if cols.lead and (r, cols.lead[0]) in cols.under:
            return [*outer, cols.under[(r, cols.lead[0])]]
        if level is None and _HEADING_SUBTOTAL.fullmatch(_clean(name)) and self.levels \
                and (max(self.levels) in self.headings or self.measured and self.headings & set(self.levels)):
            # ("一 交通类项目" of no figures, then "小计（4个）" unnumbered right under it, above its numbered items:
            # the heading's own subtotal, standing under it; the outline goes on to the heading's items)
            # (printed below its items too, when the table has a measure column of its own, 总投资: the heading
            # heads a 小计 of that measure. A table whose every figure is a part of a column group, 行政编制 ›
            # 编制数 / 实有人数 / 空编数 of a staffing table, closes the outline at a 小计 below "一 党群部门"'s units
            # as at any unnumbered row: the rows since the heading are its group and the 小计 theirs, read so elsewhere)
            return [*outer, *(self.levels[k] for k in sorted(self.levels) if k in self.headings)]
        if level is None or not name:
            self.levels.clear()  # an unnumbered row (合计) closes the outline
            self.headings.clear()
            return outer
        inner = [*outer, *(self.levels[k] for k in sorted(self.levels) if k < level)]
        self.levels = {k: v for k, v in self.levels.items() if k < level}
        # (a group's row that is its own subtotal, "基本支出小计", names its items without the 小计)
        self.levels[level] = re.sub(r"(?<=.)(?:小计|合计)$", "", name)
        self.headings = {k for k in self.headings if k < level} | ({level} if not figures else set())
        self.opened = cols.indented.get(r, 0)
        return inner


def _table_facts(g: _Grid, ctx: _Ctx, start: int, end: int, header: list[int], section: str,
                 outer: list[str]) -> list[Fact]:
    """Facts of a block [start, end) that has a header block: label columns on the left, values right."""
    data = [r for r in range(header[-1] + 1 if header else start, end)]
    kinds = _column_kinds(g, data)
    headers = {c: _dedup([g.value(r, c) for r in header]) for c in range(g.w)}
    sources = _source_row(g, ctx, header, headers)
    cols = _block_columns(g, data, kinds, headers, outer)
    facts, current_section = sources, section
    carry: dict[int, str] = {}
    seq = next((c for c in range(g.w) if _SEQ_HEADER.match(_clean("".join(headers[c])))), None)
    outline = _Outline(measured=any(kinds[c] == "num" and len(headers[c]) == 1 for c in range(g.w)
                                    if c not in cols.label and c != seq))
    units, unit = _unit_rows(g, data, cols), ""  # (the unit whose lines follow its row: 本级, then 某中心)
    grouped = _groups_closed_in_seq(g, data, seq, cols)
    noted = ""  # the head of a note read above (说明), whose numbered items may follow on rows of their own
    for r in data:
        cells = g.row_cells(r)
        if not cells:
            continue
        level = _outline_level(g.value(r, seq)) if seq is not None and g.is_origin(r, seq) else None
        name = next((g.value(r, c) for c in cols.lead if g.value(r, c)), "")
        figures = any(kinds[c] == "num" and is_numeric(g.raw[r][c]) for c in cells if c not in cols.label)
        inner = outline.above(r, level, name, cols, outer, figures)
        if r in grouped and grouped[r] not in inner:
            inner = [*inner, grouped[r]]
        unit, inner = units.get(r, unit), inner if r in units else _under_unit(inner, len(outer), unit, name)
        texts = [g.value(r, c) for c in cells]
        notes, noted = _noted(g, ctx, (r, cells, texts), data, cols, section, noted)
        if notes is not None:
            facts += notes
            continue
        if _is_heading_row(g, r, cells, texts, cols) and ctx.blank_zero and len(texts[0]) >= 2 \
                and texts[0] in ctx.zero_note:
            # A line left blank that the note names ("因公出国（境）费两年均无支出，空白表示0"): a line of zeros,
            # not the heading of the lines below it.
            facts += _row_facts(g, ctx, r, cols, headers, bool(header), kinds, inner, current_section, carry, True)
            continue
        if _is_heading_row(g, r, cells, texts, cols):
            current_section = _flat(texts[0])
            carry.clear()
            continue
        # A row of text repeating a value column's header starts a new header (湛江 事业发展性支出).
        if header and all(_is_label_text(t) for t in texts) and any(
                g.value(r, c) in headers[c] for c in cells if c not in cols.label and headers[c]):
            for c in cells:
                headers[c] = [g.value(r, c)]
            continue
        first = g.value(r, cols.lead[0]) if cols.lead else ""
        if cols.lead and not first and seq is not None and seq < cols.lead[0]:
            first = g.value(r, seq)  # "合计" printed in the 序号 column
        if cols.lead and re.match(r"^(?:合计|总计|总合计)", _clean(first)):
            current_section = section  # a grand total closes the last section
        facts += _row_facts(g, ctx, r, cols, headers, bool(header), kinds, inner, current_section, carry)
    _years_of_names(facts)
    return _over_years(facts)


# A row's own code (1610207) or date (2016-04-12, 2016年4月12日) printed in a cell of its own.
_ROW_CODE_OR_DATE = re.compile(r"[A-Za-z]{0,3}\d{5,}|(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)")


def _years_of_names(facts: list[Fact]) -> None:
    """Rows named each by a year and words of its own, of three years or more ("2019年某省政府专项债券（七期）",
    "2020年某省政府一般债券（一期）"): the year is part of the name (when the bond was issued), never the year of
    the row's figures, which their column says (2025年到期本金) or the table does. Rows named by a year and the
    same words ("2023年收入", "2024年收入") are years, each its own; so are rows of a plan each of its year
    ("2023年新增项目", "2024年续建项目"): names share a stem after the year (江北省政府…) or print a code or a date
    of their own on the row (债券代码, 发行日), a plan's rows neither."""
    led = {n: int(m.group(1)) for f in facts if f.row
           if (m := _YEAR_LABEL.match(n := f.row[-1])) is not None and len(n) >= m.end() + 3}
    rests = [n[m.end():] for n in led if (m := _YEAR_LABEL.match(n)) is not None]
    if len(set(led.values())) < 3 or len(set(rests)) * 2 <= len(rests):
        return
    coded = {f.row[-1] for f in facts if f.row and f.row[-1] in led and f.number is None
             and _ROW_CODE_OR_DATE.fullmatch(f.value.strip())}
    if len(os.path.commonprefix(rests)) < 2 and coded != set(led):
        return
    for f in facts:
        if f.row and f.row[-1] in led and f.year == led[f.row[-1]]:
            f.year = next((y for lab in f.col if (y := year_of_label(lab)) is not None), None)


# A column adding up the year columns beside it: "三年合计", "2025-2027年合计", or a bare 合计 / 累计 among them.
_YEARS_TOTAL = re.compile(r"^(?:[两二三四五六七八九十\d]年|(?:19|20)\d\d年?[-—–~～至到](?:19|20)\d\d年?)?(?:合计|总计|累计|共计|小计|总额)$")


def _over_years(facts: list[Fact]) -> list[Fact]:
    """A block printing two or more columns of their own years (2025年 / 2026年 / 2027年) and a total of
    them (三年合计): the total's figures are of no single year (OVER_YEARS), never the first year's."""
    if len({f.year for f in facts if f.year is not None and f.col}) >= 2:
        for f in facts:
            if f.year is None and f.col and _YEARS_TOTAL.match(_clean(f.col[-1])) and f.number is not None:
                f.year = OVER_YEARS
    return facts


# A source of funds printed as a header row under each column's own name (中央 / 省级 / 县级 under each
# project of an allocation table): what the column's money is, not a part of its name.
_SOURCE_WORD = re.compile(r"(?:中央|省|市|县|区|乡镇?|本)级?(?:财政)?(?:资金|预算)?")


def _source_row(g: _Grid, ctx: _Ctx, header: list[int], headers: dict[int, list[str]]) -> list[Fact]:
    """When the header's last row names each column's source of funds, each under a column name of its own
    (not sub-columns of one merged name): drop it from the column's name, keep it as the column's 资金来源."""
    if len(header) < 2:
        return []
    r, above = header[-1], header[-2]
    cells = [c for c in g.row_cells(r) if g.is_origin(r, c)]
    if len(cells) < 2 or not all(_SOURCE_WORD.fullmatch(_clean(g.value(r, c))) for c in cells):
        return []
    if any(g.span.get(g.origin.get((above, c), (above, c)), (above, c))[1] != c or not g.value(above, c)
           for c in cells):
        return []  # a merged name over them: they are its parts (上级补助 › 中央 / 省级)
    facts = []
    for c in cells:
        source = g.value(r, c)
        headers[c] = [h for h in headers[c] if h != source]
        facts.append(_make_fact(ctx, source, [], [*headers[c], "来源"], "", r, c))
    return facts


def _footer_field(g: _Grid, r: int, data: list[int], cells: list[int], texts: list[str], cols: _Columns) -> bool:
    """A line across the table under its last figures saying "自评等级：优（90分及以上为优…）": a field of the
    table (read as a note's key and value), no heading of rows."""
    return _is_heading_row(g, r, cells, texts, cols) and bool(_KEY_VALUE.match(_clean(texts[0]))) \
        and not any(is_numeric(g.raw[x][c]) for x in data if x > r for c in range(g.w))


# A line the note says has no figure to compare (新增项目, 上年同期无数据): its blank cells are missing, not 0.
_NO_DATA = re.compile(r"无数据|没有数据|无可比数据|不适用")
_BLANK_ZERO = re.compile(r"空白(?:处|单元格)?(?:表示|为|即|代表)为?(?:无|零|0|未|当\S{0,2}无|没有)")
# (an item may open with a subject code: "2.30239其他交通费用为…", never with a decimal's digits)
_ITEM = re.compile(r"(?:^|[；;。\s])[（(]?\d{1,2}[)）.、．](?:(?!\d)|(?=\d{3,}[\u4e00-\u9fff]))")


def _preparer_facts(ctx: _Ctx, out: GridReading) -> list[Fact]:
    """The 编制单位 line as a text fact (kept by read_general when the table is a place's own budget)."""
    if not out.department or not out.department_at:
        return []
    f = _make_fact(ctx, out.department, ["编制单位"], [], "", *out.department_at)
    f.number, f.unit = None, ""
    return [f]


def _noted(g: _Grid, ctx: _Ctx, row: tuple[int, list[int], list[str]], data: list[int], cols: _Columns, section: str,
           noted: str) -> tuple[list[Fact] | None, str]:
    """A note or footer row (说明：1.…), or a numbered rule of the note just read on a row of its own ("2.…", never
    a heading of the rows below): its facts and the note's head carried on; (None, "") for any other row (the
    note's items follow it on consecutive rows only)."""
    r, cells, texts = row
    if _NOTE_ROW.match(_clean(texts[0])) and len(cells) <= 2 or _footer_field(g, r, data, cells, texts, cols):
        m = _NOTE_KEY.match(_clean(texts[0]))
        return note_facts(ctx, texts[0], r, cells[0], section), m.group(1) if m else noted
    if noted and len(cells) <= 2 and _NOTE_ITEM.match(_clean(texts[0])):
        f = _make_fact(ctx, texts[0].strip(), [noted], [], section, r, cells[0])
        f.number, f.unit = None, ""  # (one rule whole: its clauses are no rows of their own)
        return [f], noted
    return None, ""


def note_facts(ctx: _Ctx, text: str, r: int, c: int, section: str = "") -> list[Fact]:
    """A note or footer line as text facts: "注：1.…；2.…" gives the note and each numbered item (a question
    finds an item by its words); "填报人：人事科　审核人：　填报日期：…" gives each filled field."""
    facts: list[Fact] = []
    for part in re.split(r"[\s\u3000]{2,}|\u3000", text.strip()):
        m = re.match(r"^([\u4e00-\u9fff]{1,6})\s*[:：]\s*(.*)$", part.strip(), re.S)
        if not m or not m.group(2).strip():
            continue
        key = m.group(1)
        # Amounts in a note read as the table's figures are shown: digits without separators (4000000).
        body = re.sub(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", lambda x: x.group().replace(",", ""), m.group(2).strip())
        facts.append(_make_fact(ctx, body, [key], [], section, r, c))
        items = [x.strip(" ；;。") for x in _ITEM.split(body) if x.strip(" ；;。")]
        if len(items) > 1:
            for item in items:
                facts.append(_make_fact(ctx, item, [key, item], [], section, r, c))
    for f in facts:
        f.number, f.unit = None, ""  # a note's text, never a quantity
    return facts


_OUTLINE = ((re.compile(r"^[一二三四五六七八九十]+[、.．]?$"), 1), (re.compile(r"^[（(][一二三四五六七八九十]+[)）]$"), 2),
            (re.compile(r"^\d{1,3}[、.．]?$"), 3), (re.compile(r"^[（(]\d{1,3}[)）]$"), 4))


def _indented_outer(heads: list[tuple[float, str]], indent: int, name: str, shapes: list[str]) -> list[str]:
    """An indented line (基本工资 under 工资福利支出) stands under the nearest less indented line above: the labels
    of the lines it stands under. `heads` (the lines open above: indent, label; outermost first) is kept up.
    A line led by a group's word ("重点项目：高标准农田建设项目", "按支出性质：基本支出") opens that group for the
    unlabelled lines that follow it, indented (项目支出) or flush with it and named like its members (the other
    key projects): the group is kept half a step out, so a line naming a group of its own, a total, a shallower
    line or a flush line of another name shape (公用经费, 上年结转资金 after the key projects) closes it."""
    group, total = _GROUP_LEAD.match(name), re.match(r"^(?:合计|总计|总合计)", _clean(name))
    if not group and not total and any(d == indent - 0.5 for d, _ in heads) \
            and not _group_member(name, shapes):
        heads[:] = [(d, x) for d, x in heads if d < indent - 0.5]  # (not its member: the flush group ends here)
    heads[:] = [(d, x) for d, x in heads if d < indent - (0.5 if group or total else 0)]
    above = [x for _, x in heads]
    if total:
        heads.clear()  # a total line closes the outline
    elif not _GROUP_SUBTOTAL.fullmatch(_clean(name)):  # (a group's bare 小计 sums the lines above: it opens none)
        # (the lines printed flush with the words after "其中：" are that line's siblings, not its items)
        m = _QIZHONG.match(name) or group
        if group:
            heads.append((indent - 0.5, group.group(1)))
            # (its members are named like its first line or like the group: 主要项目 → …项目; 重点工程 → …工程)
            shapes[:] = [_clean(group.group(1))[-2:], _clean(name[group.end():])[-2:]]
        heads.append((indent + (len(m.group()) if m else 0),
                       re.sub(r"(?<=.)(?:小计|合计)$", "", name[m.end():] if m else name)))
    return [*above, group.group(1)] if group else above


def _group_member(name: str, shapes: list[str]) -> bool:
    """Whether a line printed flush with a group's lead is named like its members: ending like the group's word
    (主要项目 → …项目), or like its first line's item unless that ending is money's ("主要项目：X专项经费" then
    "公用经费": a funding line of the block, not a key project — when unsure the line is left out)."""
    tail = _clean(name)[-2:]
    group_tail, item_tail = (shapes + ["", ""])[:2]
    return bool(tail) and (tail == group_tail or tail == item_tail and not _MONEY_WORDS.search(tail))


# A row label led by the name of the group it opens: "重点项目：…", "按支出性质：…" (其中 is read apart: its line
# stands under the line above it).
_GROUP_LEAD = re.compile(r"^(?!其中)([^\d：:（(，,、。；\s]{2,8})[：:]\s*(?=\S)")


# A label that carries its own numbering (一、 （一） 1. （1）) or subject code (30201).
_NUMBERED_LABEL = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d)|\d{3,})")


def _indented_lines(g: _Grid, data: list[int], cols: _Columns) -> dict[int, int]:
    """The indentation of each row's label when the label column prints its lines at two depths or more
    (工资福利支出, then 　　基本工资 …): row -> indent; empty when the labels all stand flush."""
    codes = {_clean(g.value(r, c)) for r in data for c in cols.code if g.value(r, c)}
    if not cols.lead or len({len(x) for x in codes}) > 1:
        return {}  # (subject codes printed beside the names give the hierarchy already: 302 > 30201)
    # (codes all of one length, 101001 … 106003 of a place's units, give none: their departments are the uncoded
    # lines printed flush above them, "慈溪市教育局" over "  101001 慈溪市教育局（本级）" … "  小计")
    c = cols.lead[0]
    out = {r: g.indent[r][c] for r in data if g.is_origin(r, c) and g.raw[r][c]}
    if any(_NUMBERED_LABEL.match(g.raw[r][c]) for r in out):
        return {}  # (numbered or coded labels give the hierarchy already: 一、… > its lines; 302 > 30201)
    depths = set(out.values())
    if any(_GROUP_LEAD.match(g.value(r, c)) for r in out):
        return out  # (a group's word leading a line, "重点项目：…", opens an outline even when all lines stand flush)
    if len(depths) < 2 or 0 not in depths or sum(d > 0 for d in out.values()) < 2:
        return {}
    return out


_QIZHONG = re.compile(r"^其中\s*[：:]\s*")
_TOTAL_LINE = re.compile(r"^(?:本年)?(?:收入|支出)?(?:合计|总计|总合计|小计)$|^(?:合计|总计)")


def _sub_lines(g: _Grid, data: list[int], c: int) -> dict[tuple[int, int], str]:
    """The lines printed under a "其中：" in label column c ("四、上年结转" over "其中：一般公共预算拨款" and the
    "政府性基金预算拨款" indented like it): (row, c) -> the line they stand under. The sub-lines go on while
    indented deeper than that line or, printed flush, while unnumbered under a numbered line; a blank, a total
    or a line like it ends them."""
    out: dict[tuple[int, int], str] = {}
    last: tuple[str, int] | None = None  # the line above: (label, indent)
    parent: tuple[str, int] | None = None
    for r in data:
        text = _flat(g.value(r, c)) if g.is_origin(r, c) else ""
        if not text:
            last = parent = None
            continue
        indent, name = g.indent[r][c], _clean(text)
        if _QIZHONG.match(name) and last is not None:
            parent = last
        elif parent is None or _TOTAL_LINE.match(name) or not (
                indent > parent[1] or _NUMBERED_LABEL.match(parent[0]) and not _NUMBERED_LABEL.match(name)):
            parent, last = None, (text, indent)
            continue
        out[(r, c)] = parent[0]
    return out


def _outline_level(number: str) -> int | None:
    """The level a 序号 cell gives its row: 一 over （一） over 1 over (1); rows under a numbered heading are
    its items ("一 基本支出" over "1 工资福利支出")."""
    t = _clean(number)
    return next((level for pattern, level in _OUTLINE if pattern.match(t)), None)


def _table_columns(g: _Grid, data: list[int], kinds: list[str], headers: dict[int, list[str]]) -> _Columns:
    """Leading short-text columns label the rows; a later short-text column labels the values to its
    right when the header repeats (预算金额 | 收入来源 | 预算金额: side-by-side label/value pairs)."""
    label_cols: list[int] = []
    seen_value = False
    value_headers: set[str] = set()
    for c in range(g.w):
        if not kinds[c]:
            continue
        head = "".join(headers[c])
        if _SEQ_HEADER.match(_clean(head)) or _code_between_names(g, data, kinds, headers, c, label_cols):
            continue
        merged_col = any(g.rows_spanned(r, c) > 1 for r in data if g.is_origin(r, c) and g.raw[r][c])
        # A further leading text column labels rows only under a grouping column (merged or blank cells
        # in the column before it); after a column of distinct names it is an attribute (资金来源).
        prev = label_cols[-1] if label_cols else -1
        # (A note row under the table, "注：…" in the first cell only, groups nothing.)
        # (A 小计 row whose label stands in the 序号 column, blank in the name column and in this one, groups
        # nothing either: a group's blank sits beside a sub-label.)
        grouping = prev < 0 or any(not g.raw[r][prev] and g.origin.get((r, prev), (r, prev))[1] == prev
                                   and g.value(r, c) for r in data if any(x > prev for x in g.row_cells(r)))
        # A category printed on every row of its group (货物 | 货物 | 服务 …) groups the names beside it too.
        grouping = grouping or (re.search(r"名称|项目", head) is not None and _repeats_beside(g, data, prev, c))
        if kinds[c] == "short" and (not seen_value or merged_col) and grouping and c < g.w - 1 and any(
                kinds[x] for x in range(c + 1, g.w)) and not _merged_alike(g, data, prev, c):
            label_cols.append(c)
        elif kinds[c] == "short" and c + 1 < g.w and any(h in value_headers for h in headers.get(c + 1) or [""]):
            # (the value's header over sub-columns: 项目 | 预算数 › 合计 / 一般公共预算 beside 项目 | 预算数)
            label_cols.append(c)
        elif kinds[c] == "short" and seen_value and c + 1 < g.w and kinds[c + 1] and _repeats_label_header(
                headers, label_cols, c):
            # (a two-sided sheet's other side: 支出 项目 | 合计 | 财政拨款 › … beside 收入 项目 | 预算数)
            label_cols.append(c)
        else:
            seen_value = True
            value_headers.add((headers[c] or [""])[-1])  # the leaf header: "预算数" under 收入 and 支出
    if not label_cols:
        first = next((c for c in range(g.w) if kinds[c] == "short" and not _SEQ_HEADER.match(_clean("".join(headers[c])))),
                     None)
        if first is not None and any(kinds[x] for x in range(first + 1, g.w)):
            label_cols = [first]
    code_cols = {c for c in range(g.w) if headers[c] and _CODE_HEADER.search(_clean(headers[c][-1]))
                 and c not in label_cols}
    # 科目编码 printed over sub-columns 类 | 款 | 项 (213 | 01 | 08): together one code, 2130108.
    code_cols |= _split_code_columns(g, data, headers)
    label_cols = [c for c in label_cols if c not in code_cols]
    label_cols = _code_beside_names(g, data, kinds, headers, label_cols, code_cols)
    # (a 序号 column between two label columns, 资产类别 | 序号 | 单位名称, ends no run of row labels either)
    seqs = {c for c in range(g.w) if _SEQ_HEADER.match(_clean("".join(headers[c])))}
    fv = _first_value(kinds, label_cols, code_cols | seqs)
    # (计量单位 before a bare 单位, which a table of departments and units heads its organisations' names with)
    unit_col = next((c for c in range(g.w) if re.search(r"计量单位", _clean("".join(headers[c])))), None)
    if unit_col is None:
        unit_col = next((c for c in range(g.w) if re.search(r"^单位$", _clean("".join(headers[c])))
                         and c not in label_cols), None)
    return _Columns(label_cols, code_cols, fv, [c for c in label_cols if c < fv], unit_col)


def _code_beside_names(g: _Grid, data: list[int], kinds: list[str], headers: dict[int, list[str]],
                       label_cols: list[int], code_cols: set[int]) -> list[int]:
    """A leading column of codes (编码: DP01, A-03) beside a column of distinct names (街道, 单位名称) is the
    names' code, not the row's label: the row is "DP01 青石街道", and the names are no attribute (the code
    column joins code_cols)."""
    if not label_cols or not _CODE_HEADER.search(_clean((headers[label_cols[0]] or [""])[-1])):
        return label_cols
    c0 = label_cols[0]
    c1 = next((c for c in range(c0 + 1, g.w) if kinds[c]), None)
    codes = [g.raw[r][c0] for r in data if g.raw[r][c0] and g.is_origin(r, c0)]
    names = [g.raw[r][c1] for r in data if c1 is not None and g.raw[r][c1] and g.is_origin(r, c1)]
    if (c1 is not None and c1 not in label_cols and kinds[c1] == "short" and len(codes) >= 2
            and sum(1 for x in codes if re.fullmatch(r"[\dA-Za-z.\-]+", x)) * 2 > len(codes)
            and len(set(names)) == len(names) >= 2 and not any(is_numeric(x) for x in names)):
        code_cols.add(c0)
        return [c1, *label_cols[1:]]
    return label_cols


_CODE_PART = re.compile(r"^(?:类|款|项)$")


def _split_code_columns(g: _Grid, data: list[int], headers: dict[int, list[str]]) -> set[int]:
    """The columns 类 / 款 / 项 under one 科目编码 header, each of digits only (a row's code in three parts)."""
    cols = {c for c in range(g.w) if len(headers[c]) >= 2 and _CODE_PART.match(_clean(headers[c][-1]))
            and _CODE_HEADER.search(_clean(headers[c][-2]))}
    if len(cols) < 2:
        return set()
    cells = [g.value(r, c) for r in data for c in cols if g.value(r, c)]
    return cols if cells and all(re.fullmatch(r"\d{1,3}", x) for x in cells) else set()


def _side_leaf(head: list[str]) -> str:
    """A label column's own header without its side's word ("收入项目" and "支出项目" are both 项目)."""
    return re.sub(r"^(?:收入|支出)", "", _clean((head or [""])[-1])) if head else ""


def _repeats_label_header(headers: dict[int, list[str]], label_cols: list[int], c: int) -> bool:
    """Column c's header names row labels as a label column before it does (项目 … 项目), under another
    heading above it (收入 / 支出), or with its side's own word (收入项目 … 支出项目): a second side's labels."""
    leaf = _side_leaf(headers[c])
    return bool(leaf) and any(_side_leaf(headers[x]) == leaf and (
        headers[x][:-1] != headers[c][:-1] if len(headers[c]) >= 2 else _clean(headers[x][-1]) != _clean(headers[c][-1]))
        for x in label_cols if headers[x])


def _merged_alike(g: _Grid, data: list[int], prev: int, c: int) -> bool:
    """Column c is merged over exactly the rows each merged label of column prev spans (a bond issue's 发行日期
    beside its 债券名称, both over the issue's projects): it divides no group, so it is the group's attribute, a
    value, not a further row label."""
    if prev < 0:
        return False
    runs = [(r, g.rows_spanned(r, prev)) for r in data if g.is_origin(r, prev) and g.raw[r][prev]]
    merged = [(r, n) for r, n in runs if n > 1]
    return len(merged) >= 2 and all(g.is_origin(r, c) and g.raw[r][c] and g.rows_spanned(r, c) == n for r, n in runs)


def _repeats_beside(g: _Grid, data: list[int], prev: int, c: int) -> bool:
    """Column prev prints a few categories, each on several rows, beside distinct names in column c (headed
    as names: 项目名称; an indicator table's 二级指标 beside its 一级指标 is a level, read as before). Names that
    repeat from one category to the next are distinct within each, which adds up on a line of its own: a unit
    printed on every line of its block (小计, 公务接待费 …) beside the same items as the next unit's block is a
    unit over its items too (a unit beside the assets it buys, printed with no 小计, stays a column of them)."""
    # (a name merged over its rows, a project over its indicators' rows, is one name: read on its first row)
    pairs = [(g.value(r, prev), g.value(r, c)) for r in data if g.value(r, prev) and g.value(r, c) and g.is_origin(r, c)]
    cats = [p for p, _ in pairs]
    names = [n for _, n in pairs]
    blocks = len(set(names)) == len(names) or len(set(pairs)) == len(pairs) and all(
        any(_BLOCK_TOTAL.match(_clean(n)) or _BLOCK_TOTAL.match(_clean(p)) for p, n in pairs if p == cat)
        for cat in set(cats))
    return len(pairs) >= 3 and blocks and len(set(cats)) * 3 <= len(cats) * 2 \
        and all(_is_label_text(x) and not is_numeric(x) for x in cats)


_BLOCK_TOTAL = re.compile(r"^(?:小计|合计|总计)$")


_ITEM_HEADER = re.compile(r"(?:名称|指标|事项|明细|子项|内容)$")


def _groups(g: _Grid, data: list[int], c: int) -> list[list[int]]:
    """Data rows grouped by a label column: a merged cell's rows, a printed label and the blank rows under it,
    or the same label printed again on consecutive rows."""
    out: list[list[int]] = []
    last = ""
    for r in data:
        text = g.value(r, c)
        if out and (not g.is_origin(r, c) or not text or text == last):
            out[-1].append(r)
            continue
        out.append([r])
        last = text
    return out


def _item_column(g: _Grid, data: list[int], kinds: list[str], headers: dict[int, list[str]],
                 cols: _Columns) -> tuple[int | None, set[int]]:
    """The column, after the first value, that names the rows of a group one by one (a project's 指标名称 on
    each of its indicator rows), and the columns right of it that are the group's own (偏差原因 merged over
    the group's rows, or printed on its first row only). (None, set()) when the table has no such column."""
    if not cols.lead:
        return None, set()
    groups = [grp for grp in _groups(g, data, cols.lead[0]) if len(grp) > 1]
    if not groups or _lead_names_each_row(g, groups, cols.lead, headers):
        return None, set()
    item = None
    for c in range(cols.first_value, g.w):
        if c in cols.label or kinds[c] != "short" or not headers[c] or not _ITEM_HEADER.search(_clean(headers[c][-1])):
            continue
        named = [[g.raw[r][c] for r in grp if g.raw[r][c] and g.is_origin(r, c)] for grp in groups]
        if any(len(set(n)) > 1 and len(n) == len(set(n)) for n in named) and not any(
                is_numeric(t) for n in named for t in n):
            item = c
            break
    if item is None:
        return None, set()
    own: set[int] = set()
    for c in range(item + 1, g.w):
        if not kinds[c]:
            continue
        at = [[r for r in grp if g.raw[r][c] and g.is_origin(r, c)] for grp in groups]
        merged = any(g.rows_spanned(grp[0], c) > 1 for grp in groups)
        first_only = all(rows in ([], [grp[0]]) for rows, grp in zip(at, groups, strict=True)) and any(at)
        text = not any(is_numeric(g.raw[r][c]) for rows in at for r in rows)
        if first_only and (merged or text):
            own.add(c)
    return item, own


def _lead_names_each_row(g: _Grid, groups: list[list[int]], lead: list[int], headers: dict[int, list[str]]) -> bool:
    """The last leading label column, headed as names (购买服务项目名称), names every row of each group apart (a
    unit repeated in 单位名称 beside its services' names): a later 名称 column (指导性目录名称) is an attribute of
    the row, not its items' names. (A level headed as one, 二级指标, leaves its 三级指标 the items.)"""
    if len(lead) < 2 or not re.search(r"名称$|项目$", _clean((headers[lead[-1]] or [""])[-1])):
        return False
    # (a group's 小计 line, its name column blank, names no item; nor do the table's 合计 line and a note
    # under it, their words in the first column, that fall into the last group)
    aside = {r for grp in groups for r in grp if not g.value(r, lead[-1])
             and (_is_total_word(first := g.value(r, 0)) or first.startswith("注"))}
    named = [([x for r in grp if (x := g.value(r, lead[-1]))], len([r for r in grp if r not in aside]))
             for grp in groups]
    return all(len(set(n)) == len(n) >= size - 1 for n, size in named) and any(len(n) >= 2 for n, _ in named)


def _echoes(g: _Grid, data: list[int], kinds: list[str], cols: _Columns) -> set[tuple[int, int]]:
    """The cells, left of the item column, that print their group's value again on its later rows: a column
    of figures whose value is the same on every row of each group (the project's 全年预算, 执行数, 执行率
    beside each of its indicators) is the group's, said once. A column whose figures differ within a group
    is the items' own and is kept whole."""
    if cols.item is None or not cols.lead:
        return set()
    groups = [grp for grp in _groups(g, data, cols.lead[0]) if len(grp) > 1]
    out: set[tuple[int, int]] = set()
    for c in range(cols.first_value, cols.item):
        if c in cols.label or c in cols.code or c == cols.unit or not kinds[c]:
            continue
        values = [[g.value(r, c) for r in grp] for grp in groups]
        if not any(len(v) > 1 and all(v) for v in values) or not all(
                len(set(v)) == 1 and is_numeric(v[0]) or not any(v[1:]) for v in values):
            continue
        out |= {(r, c) for grp in groups for r in grp[1:] if g.is_origin(r, c) and g.raw[r][c]}
    return out


def _spread_cells(g: _Grid, data: list[int], kinds: list[str], cols: _Columns) -> dict[tuple[int, int], tuple[int, int]]:
    """The cells a text value column's merged cell covers below its origin, where every covered row names an
    item of its own (its innermost label printed on it, no label cell merged over the same rows): the merged
    text is each row's class (评价方式 财政重点评价 over eight projects), read on each row. A figure merged over
    rows is their shared amount, and words merged beside a group's merged name are the group's: neither spreads."""
    if not cols.lead or cols.item is not None:
        return {}
    rows, out = set(data), dict[tuple[int, int], tuple[int, int]]()
    for (r1, c1), (r2, _) in g.span.items():
        text = g.raw[r1][c1]
        if r2 == r1 or c1 < cols.first_value or c1 in cols.label or c1 in cols.code or c1 == cols.unit \
                or kinds[c1] not in ("short", "long") or not text or is_numeric(text) \
                or re.fullmatch(r"[-—–/／\\无]+", _clean(text)) or not all(r in rows for r in range(r1, r2 + 1)):
            continue
        if any(g.origin.get((r1, lc), (r1, lc)) == g.origin.get((r2, lc), (r2, lc)) for lc in cols.lead):
            continue  # (a label merged over the same rows: the words are that group's own)
        named = [r for r in range(r1 + 1, r2 + 1) if g.is_origin(r, cols.lead[-1]) and g.raw[r][cols.lead[-1]]]
        if len(named) < r2 - r1:
            continue  # (a covered row without a name of its own is no item)
        out |= {(r, c1): (r1, c1) for r in named if not _is_total_word(g.raw[r][cols.lead[-1]])}
    return out


def _unit_rows(g: _Grid, data: list[int], cols: _Columns) -> dict[int, str]:
    """Rows of a coded table (科目编码 | 科目名称) that print a unit's total instead of a code: "某局（本级）",
    "某推广服务中心", each over the coded lines of that unit (a department's table with its 下属单位). Two units at
    least; none when a row says "部门：…" (a block of another department, read by sections.py)."""
    if not cols.code or not cols.lead:
        return {}
    out: dict[int, str] = {}
    for r in data:
        if any(g.value(r, c) for c in cols.code) or any(_is_total_word(_clean(g.value(r, c))) for c in cols.lead):
            continue  # ("晋江市民政局 | | 小计": a department's 小计 line, its name merged down beside it, is its sum,
            # never a unit's own line opening the lines after it)
        name = next((g.value(r, c) for c in cols.lead if g.value(r, c)), "")
        has_value = any(is_numeric(g.raw[r][c]) for c in range(cols.first_value, g.w) if c not in cols.label)
        if name and has_value and ("本级" in name or _DEPT_STRONG.match(_clean(name))) \
                and not re.search(r"[:：]", name) and not _is_total_word(_clean(name)):
            out[r] = name
    coded_after = [r for r in out if any(g.value(x, c) for x in data if x > r for c in cols.code)]
    return out if len(set(out.values())) >= 2 and len(coded_after) == len(out) else {}


def _under_unit(inner: list[str], outer: int, unit: str, name: str) -> list[str]:
    """A line's outer labels with its unit after the block's own (never a grand total's)."""
    if not unit or re.match(r"^(?:合计|总计)", _clean(name)):
        return inner
    return [*inner[:outer], unit, *inner[outer:]]


def _is_heading_row(g: _Grid, r: int, cells: list[int], texts: list[str], cols: _Columns) -> bool:
    """A row of one text cell (across the table, or alone in the label column) is a section heading."""
    if len(cells) != 1 or is_numeric(texts[0]) or g.w <= 2 or g.rows_spanned(r, cells[0]) != 1:
        return False
    # (a line of one side of a side-by-side table, its figure blank, is that side's line: no heading of both)
    sides = any(c >= cols.first_value for c in cols.label)
    return (g.span.get(g.origin.get((r, cells[0]), (r, cells[0])), (r, cells[0]))[1] >= g.w - 2
            and (not cols.label or cells[0] <= cols.label[0])) \
        or (bool(cols.label) and cells[0] == cols.label[0] and len(cols.lead) == 1 and not sides) \
        or (bool(cols.label) and cells[0] < cols.label[0])  # "一、货物类" alone in the 序号 column


def _seq_label(g: _Grid, r: int, lead: list[int], headers: dict[int, list[str]]) -> str:
    """A 小计 / 合计 row labelled in the 序号 column (no merged cell over the name column) is named by it."""
    seq = next((c for c in range(g.w) if c not in lead and _SEQ_HEADER.match(_clean("".join(headers[c])))), None)
    if lead and seq is not None and seq < lead[0] and not any(g.value(r, c) for c in lead) \
            and _is_label_text(g.value(r, seq)) and _outline_level(g.value(r, seq)) is None:
        return g.value(r, seq)
    return ""


def _total_marked_aside(g: _Grid, r: int, cols: _Columns, lead_labels: list[str]) -> str:
    """"小计" / "合计" printed beside a group's name (the unit repeated in 单位名称, its item columns blank, the word
    in 备注): the row is that group's subtotal, so rankings, sums and lists of items leave it out."""
    if len(cols.lead) < 2 or len(lead_labels) != 1 or _is_total_word(lead_labels[0]) \
            or any(g.value(r, c) for c in cols.lead[1:]):
        return ""
    words = {_clean(g.value(r, c)) for c in range(g.w) if c not in cols.lead and g.value(r, c)}
    marked = words & {"小计", "合计"}
    return marked.pop() if len(marked) == 1 else ""


def _is_total_word(label: str) -> bool:
    return bool(re.search(r"(?:小计|合计|总计)$", _clean(label)))


def _blank_notes(g: _Grid) -> tuple[str, tuple[str, ...]]:
    """The notes saying blanks are none (空白表示0), and their sentences saying a line has no data."""
    zero_note = " ".join(t for row in g.raw for t in row if len(t) < 400 and _BLANK_ZERO.search(t))
    return zero_note, tuple(x for row in g.raw for t in row if len(t) < 400 for x in re.split(r"[。；;]", t)
                            if _NO_DATA.search(x))


# Columns whose blank is "not applicable" (a 小计 has no 单价 or 数量), never a figure of 0.
_NOT_ADDED_UP = re.compile(r"单价|数量|计量|标准|比例|率")


def _blank_is_zero(ctx: _Ctx, of_figures: bool, kind: str, raw: str, labels: list[str], column: list[str]) -> bool:
    """A blank cell of a line of figures is 0 when a note says blanks are none, unless it says this one has no
    data, or the column is one a blank leaves not applicable (a 小计's 单价 or 数量)."""
    header = " ".join(column)
    if not (ctx.blank_zero and of_figures and kind == "num" and not raw and labels) or _NOT_ADDED_UP.search(header):
        return False
    return not _said_without_data(ctx, labels[-1], column)


def _said_without_data(ctx: _Ctx, label: str, column: list[str]) -> bool:
    """Whether a note sentence says the line has no data in the column ("种业振兴专项经费为2025年新增项目，上年
    同期无数据": its 上年同期 cells, not its quarters')."""
    name = re.sub(r"^[A-Za-z]*\d+[\s.、]*", "", label).strip()
    # the column said in the sentence whole, or by four characters of its header (上年同期 of 上年同期累计执行)
    parts = {h[i:i + 4] for h in map(_clean, column) for i in range(max(len(h) - 3, 1)) if len(h) >= 2}
    return len(name) >= 3 and any(name in x and any(p in x for p in parts) for x in ctx.no_data)


def _row_facts(g: _Grid, ctx: _Ctx, r: int, cols: _Columns, headers: dict[int, list[str]], has_header: bool,
               kinds: list[str], outer: list[str], section: str, carry: dict[int, str],
               zeros: bool = False) -> list[Fact]:
    """The facts of one data row, each value named by its labels and headers (zeros: a blank line that is none)."""
    lead = cols.lead
    seq_label = _seq_label(g, r, lead, headers)
    lead_labels, lead_heads = ([seq_label], [" ".join(headers[lead[0]])]) if seq_label else ([], [])
    for i, c in enumerate(lead):
        text = g.value(r, c)
        # A blank group label under a printed one continues its group while deeper labels go on (or the
        # row names an item of the group).
        if not text and i == 0 and c in carry and (any(g.value(r, x) for x in lead[1:])
                                                   or cols.item is not None and g.value(r, cols.item)):
            text = carry[c]
        text = _label_under_outline(text, r, c, cols)
        if text:
            carry[c] = text
            lead_labels.append(text)
            lead_heads.append(" ".join(headers[c]))
    total_word = _total_marked_aside(g, r, cols, lead_labels)
    if total_word:  # (the unit's name in 单位名称, "小计" in 备注: the unit's 小计 row, no item of it)
        lead_labels.append(total_word)
        lead_heads.append(" ".join(headers[cols.lead[1]]))
    lead_labels, lead_heads = _coded_labels(g, r, cols, headers, lead_labels, lead_heads)
    unit_hint = "" if cols.unit is None or g.value(r, cols.unit) in ("无", "/", "-", "—") else g.value(r, cols.unit)
    facts: list[Fact] = []
    row_has_number = any(kinds[c] == "num" and is_numeric(g.raw[r][c]) for c in range(g.w) if c not in cols.label)
    for c in range(g.w):
        blank = _blank_is_zero(ctx, row_has_number or zeros, kinds[c], g.raw[r][c], lead_labels, headers[c])
        if not g.is_origin(r, c) or not (g.raw[r][c] or blank) or c in cols.label or c == cols.unit \
                or (r, c) in cols.echoes or _SEQ_HEADER.match(_clean("".join(headers[c]))) \
                or c in cols.code and not (_code_after_names(cols) and lead_labels and g.raw[r][c]) \
                or total_word and _clean(g.value(r, c)) == total_word:
            continue
        labels, heads = _value_labels(g, r, c, cols, headers, outer, lead_labels, lead_heads)
        col = headers[c] if has_header else []
        hint = unit_hint if re.search(r"值|数|完成|目标|实际", "".join(col)) or not col else ""
        if g.raw[r][c] or labels and labels[-1]:  # (a blank beside a blank label is no line of zeros)
            facts.append(_make_fact(ctx, g.raw[r][c] or "0", labels, col, section, r, c, hint, heads))
            if c in cols.code:  # (a code is the row's identifier, never a figure: 1505063 is no amount)
                facts[-1].number, facts[-1].unit = None, ""
    facts += [_spread_fact(g, ctx, r, c, cols, headers, outer, section, lead_labels, lead_heads)
              for c in range(g.w) if (r, c) in cols.spread]
    # A row of labels only (a table of names) keeps its last label as a fact of its column.
    # So does a note row under a table of figures (测算依据及说明: one long text beside its label).
    note = len(lead_labels) >= 2 and len(g.value(r, lead[-1])) >= 20 if lead else False
    if not facts and (note or not any(k == "num" for k in kinds)) and lead and g.raw[r][lead[-1]] \
            and g.is_origin(r, lead[-1]):
        facts.append(_make_fact(ctx, g.raw[r][lead[-1]], [*outer, *lead_labels[:-1]],
                                [] if note and any(k == "num" for k in kinds) else headers[lead[-1]],
                                section, r, lead[-1], heads=[""] * len(outer) + lead_heads[:-1]))
    return facts


def _coded_labels(g: _Grid, r: int, cols: _Columns, headers: dict[int, list[str]], lead_labels: list[str],
                  lead_heads: list[str]) -> tuple[list[str], list[str]]:
    """A classification code (科目编码 2100101) belongs to the row's name: "2100101行政运行" (a code printed after
    the names is the row's attribute instead: _code_after_names)."""
    code = _row_code(g, r, cols, headers)
    if code and not re.fullmatch(r"[\dA-Za-z.\-]+", code):
        # Words in the code column ("合计" under 科目编码) name the row; they are no code.
        if not lead_labels:
            lead_labels, lead_heads = [code], [""]
        code = ""
    if code and lead_labels and not _code_after_names(cols):
        # (a lettered code reads apart from its name: "DP01 青石街道"; a subject code runs on: "2100101行政运行")
        lead_labels[-1] = f"{code} {lead_labels[-1]}" if re.search(r"[A-Za-z]", code) else f"{code}{lead_labels[-1]}"
    return lead_labels, lead_heads


def _label_under_outline(text: str, r: int, c: int, cols: _Columns) -> str:
    """A row label without the words that name the line it stands under, which the outline gives it already."""
    if text and ((r, c) in cols.under or cols.indented.get(r) and c == cols.lead[0]):
        text = _QIZHONG.sub("", text)  # (the line it stands under, by a 其中 line or an indent, says what 其中 said)
    if text and c == cols.lead[0] and r in cols.indented and (m := _GROUP_LEAD.match(text)):
        text = text[m.end():]  # ("重点项目：X" stands under its group 重点项目)
    return text


def _code_after_names(cols: _Columns) -> bool:
    """A code column printed after the names (债券名称 | 债券编码): an attribute of the row, shown and asked apart
    ("编码X是哪只债券"), never glued to the name; a code before its names (科目编码 | 科目名称) still leads it."""
    return bool(cols.lead) and len(cols.code) == 1 and min(cols.code) > cols.lead[-1]


def _row_code(g: _Grid, r: int, cols: _Columns, headers: dict[int, list[str]]) -> str:
    """The row's code: its 类 | 款 | 项 parts run together (2130108), else its one code cell."""
    parts = sorted(c for c in cols.code if _CODE_PART.match(_clean((headers[c] or [""])[-1])))
    if len(parts) >= 2:
        return "".join(g.value(r, c) for c in parts)
    return next((g.value(r, c) for c in cols.code if g.value(r, c)), "")


def _spread_fact(g: _Grid, ctx: _Ctx, r: int, c: int, cols: _Columns, headers: dict[int, list[str]],
                 outer: list[str], section: str, lead_labels: list[str], lead_heads: list[str]) -> Fact:
    """A merged class cell read on a row it covers below its origin: the row's fact, citing the merged cell."""
    labels, heads = _value_labels(g, r, c, cols, headers, outer, lead_labels, lead_heads)
    fact = _make_fact(ctx, g.value(r, c), labels, headers[c], section, r, c, "", heads)
    o = cols.spread[(r, c)]
    if ctx.sheet:
        fact.cell, fact.column = _cell_name(ctx.first_row + o[0], ctx.first_col - 1 + o[1]), ctx.first_col + o[1]
    return fact


def _value_labels(g: _Grid, r: int, c: int, cols: _Columns, headers: dict[int, list[str]], outer: list[str],
                  lead_labels: list[str], lead_heads: list[str]) -> tuple[list[str], list[str]]:
    """The row labels (and their heads) of the value at (r, c)."""
    lead = cols.lead
    pair = [x for x in cols.label if cols.first_value <= x < c]
    if pair:  # side-by-side label/value pairs: the nearest label column on the left names it
        # Its header words name the rows too ("收入来源"), unless the value's own header says them (支出
        # of 支出 | 预算数) or the leading label column's header does (项目): then, as on the left, the
        # header is the row's head only ("支出总计" is no "项目支出总计").
        said = {_clean(x) for x in (*headers[c], *(headers[lead[0]] if lead else ())) if x}
        # (said with a qualifier too: "项目（按功能分类）" beside the left's "项目" heads the column only;
        # "项    目" spaced out is "项目")
        words = [w for w in headers[pair[-1]] if not _names_column_only(w, said)]
        under = [x] if (x := cols.under.get((r, pair[-1]))) else []
        labels = [*cols.outer, *words, *under, _QIZHONG.sub("", g.value(r, pair[-1])) if under else g.value(r, pair[-1])]
        return labels, [""] * (len(labels) - 1) + [" ".join(headers[pair[-1]])]
    if cols.item is not None and c > cols.item and c not in cols.group_level and g.value(r, cols.item):
        # the item's own value (its 完成值): named by the item under its group
        return [*outer, *lead_labels, g.value(r, cols.item)], \
            [""] * len(outer) + lead_heads + [ITEM_HEAD + " ".join(headers[cols.item])]
    return [*outer, *lead_labels], [""] * len(outer) + lead_heads


def _names_column_only(word: str, said: set[str]) -> bool:
    """A pair column's header word that only heads its names: said by the value's or the leading column's
    header, or by their words and a word for names ("支出项目" over the 支出 side's lines beside 收入项目)."""
    w = _clean(re.sub(r"[（(][^（）()]*[）)]$", "", word))
    if _clean(word) in said or w in said:
        return True
    for x in sorted(said, key=len, reverse=True):
        w = w.replace(x, "") if x else w
    # (a side's word before it, "支出项目" beside 收入项目 over one header row: the side's names all the same)
    return re.sub(r"^(?:收入|支出)", "", w) in ("", "项目", "名称", "科目", "类别", "内容")


def _first_value(kinds: list[str], label_cols: list[int], codes: set[int] = frozenset()) -> int:  # type: ignore[assignment]
    """The first column after the leading run of label columns (a code column among them is part of the run)."""
    c = label_cols[0] if label_cols else 0
    last = label_cols[-1] if label_cols else 0
    while c in label_cols or (c < len(kinds) and (not kinds[c] or c in codes) and c < last):
        c += 1
    return c


def _code_between_names(g: _Grid, data: list[int], kinds: list[str], headers: dict[int, list[str]], c: int,
                        label_cols: list[int]) -> bool:
    """A column of codes (单位编码 101003) after a label column and before a column of names (单位名称) is the
    names' code: it ends no run of row labels, so the names label the rows (the unit, not its category)."""
    if not label_cols or not headers[c] or not _CODE_HEADER.search(_clean(headers[c][-1])) or c + 1 >= g.w \
            or kinds[c + 1] != "short" or not re.search(r"名称|单位|项目|科目", _clean("".join(headers[c + 1]))):
        return False
    codes = [g.raw[r][c] for r in data if g.raw[r][c] and g.is_origin(r, c)]
    return len(codes) >= 2 and all(re.fullmatch(r"[\dA-Za-z.\-]+", x) for x in codes)


def _pair_facts(g: _Grid, ctx: _Ctx, start: int, end: int, section: str, outer: list[str],
                skip_cols: int, first_label: str = "") -> list[Fact]:
    """Label/value pairs: each value is named by the nearest text cell to its left (on the block's first
    row, the first value by the block's own label)."""
    facts = []
    for r in range(start, end):
        cells = [c for c in g.row_cells(r) if c >= skip_cols and g.is_origin(r, c)]
        label = first_label if r == start else ""
        for c in cells:
            text = g.value(r, c)
            nxt = [x for x in cells if x > c]
            if not label and _is_label_text(text) and nxt:
                label = text
                continue
            if label and _is_label_text(text) and nxt and not label.endswith(("：", ":")) and \
                    len(_clean(text)) <= 12 and is_numeric(g.value(r, nxt[0])):
                label = text  # 财政供养人员数 | 737 | 下属二级单位数 | 10
                continue
            if not label and not nxt and cells.index(c) > 0 and _is_label_text(text) and len(_clean(text)) <= 8:
                continue  # a field label left blank (项目代码 | )
            facts.append(_make_fact(ctx, text, [*outer, label] if label else list(outer), [], section, r, c))
            label = ""
    return facts


def _title_notes(ctx: _Ctx, out: GridReading) -> list[Fact]:
    """The title block's "key：value" lines as facts; "序时进度：50%" keeps its rate (the rows are compared with it)."""
    facts = []
    for key, value, r, c in out.notes:
        noted = note_facts(ctx, f"{key}：{value}", r, c)
        if len(noted) == 1 and (number := parse_number(value)) is not None and number[1] == "%":
            noted[0].number, noted[0].unit = number
        facts += noted
    return facts


def _label_value_rows(g: _Grid, ctx: _Ctx, top: int) -> tuple[list[Fact], int]:
    """A block of labels over its one row of figures at the top of a grid, before the table proper (a 自评表's
    "预算执行情况 | 年初预算数 | 全年预算数 … " over "| 4860 | 5320 …"): each figure is named by the row's own label
    (the first cell, merged down over the figures or blank under it) and the label above it, never by the
    figures beside it; the label/text rows right after it ("年度总体目标 | …") are read as pairs. Returns the
    facts and the first row of what follows."""
    r = top
    if r + 1 >= g.n:
        return [], top
    heads = g.row_cells(r)
    if len(heads) < 3 or not all(_is_label_text(g.value(r, c)) for c in heads):
        return [], top
    below = [c for c in g.row_cells(r + 1) if g.is_origin(r + 1, c)]
    labelled = {c for c in range(g.w) if g.origin.get((r, c), (r, c))[0] == r and g.value(r, c)}
    numbers = [c for c in below if is_numeric(g.raw[r + 1][c])]
    if not below or heads[0] in below or not set(below) <= labelled or len(numbers) < 2 \
            or len(numbers) * 2 < len(below):
        return [], top
    if r + 2 < g.n and sum(is_numeric(g.raw[r + 2][c]) for c in numbers) * 2 >= len(numbers):
        return [], top  # more rows of figures under the same labels: a table with its header
    name = _flat(g.value(r, heads[0]))
    facts = [_make_fact(ctx, g.raw[r + 1][c], [name], [g.value(r, c)], "", r + 1, c) for c in below]
    r += 2
    while r < g.n:
        cells = g.row_cells(r)
        if len(cells) != 2 or not _is_label_text(g.value(r, cells[0])) or is_numeric(g.value(r, cells[1])) \
                or len(_clean(g.value(r, cells[0]))) > 12:
            break
        fact = _make_fact(ctx, g.value(r, cells[1]), [_flat(g.value(r, cells[0]))], [], "", r, cells[1])
        fact.number, fact.unit = None, ""  # a sentence, never a quantity
        facts.append(fact)
        r += 1
    return facts, r


def _form_blocks(g: _Grid, start: int, force: bool = False) -> list[tuple[int, int, int]] | None:
    """Blocks labelled by the first column (rows [r1, r2) under label at column c0), when the grid is a form:
    its first column holds short labels, at least one of them merged over several rows."""
    c0 = next((c for c in range(g.w) if any(g.raw[r][c] for r in range(start, g.n))), None)
    if c0 is None:
        return None
    blocks: list[tuple[int, int, int]] = []
    r = start
    merged_groups = 0
    while r < g.n:
        text = g.value(r, c0)
        if not text or not g.is_origin(r, c0):
            if blocks:
                r1, _, cc = blocks[-1]
                blocks[-1] = (r1, r + 1, cc)
            else:
                blocks.append((r, r + 1, c0))
            r += 1
            continue
        span = g.rows_spanned(r, c0)
        merged_groups += span > 1
        blocks.append((r, r + span, c0))
        r += span
    if merged_groups == 0 and not force:
        return None
    return blocks


def _headed_texts(g: _Grid, ctx: _Ctx, head: list[int], label: str) -> list[Fact]:
    """A block's header over rows of sentences only ("年度总体目标 | 预期目标 | 实际完成情况" over the two
    texts), which no column labels: each text named by the block and the header above it."""
    # (a sentence under a merged header cell is no sub-header of it: the header is the rows of labels)
    head = [h for h in head if all(_is_label_text(g.value(h, c)) for c in g.row_cells(h))] or head[:1]
    facts = []
    for r in range(head[-1] + 1, g.n):
        for c in g.row_cells(r):
            if g.is_origin(r, c) and g.value(r, c):
                col = [_flat(g.value(h, c)) for h in head if g.value(h, c)]
                fact = _make_fact(ctx, g.value(r, c), [label], col, label, r, c)
                fact.number, fact.unit = None, ""  # a sentence, never a quantity
                facts.append(fact)
    return facts


def _blocks_beside_headers(g: _Grid, top: int, header: list[int]) -> bool:
    """The header's first cell merged down past the header over rows of its own, and another label merged so
    below it ("年度预算执行情况 | 项目 | 年初预算数 …" over its rows, then "绩效指标 | 一级指标 | 二级指标 …"): a
    self-evaluation form of blocks, each a small table under its own header, not one table under the first
    block's header (whose 年初预算数 column would read as a label of the indicators' 三级指标)."""
    cells = g.row_cells(top)
    if not cells or not header or g.rows_spanned(top, cells[0]) <= len(header):
        return False
    c0, r = cells[0], top + g.rows_spanned(top, cells[0])
    while r < g.n:
        if g.is_origin(r, c0) and g.value(r, c0) and g.rows_spanned(r, c0) > 1:
            return True
        r += max(1, g.rows_spanned(r, c0) if g.is_origin(r, c0) else 1)
    return False


def _form_facts(g: _Grid, ctx: _Ctx, out: GridReading, blocks: list[tuple[int, int, int]]) -> None:
    """A form's blocks: a footer line as its note, a numbered block as pairs, a block topped by a small
    table's header as that table, else the block's label over its label/value pairs."""
    sheet, first_row, first_col, page = ctx.sheet, ctx.first_row, ctx.first_col, ctx.page
    above: dict[int, str] = {}  # the last small table's header by column: a 合计 row right under it is its total
    above_label = ""
    for r1, r2, c0 in blocks:
        label = _flat(g.value(r1, c0))
        if _FOOTER_LINE.match(label) and len(g.row_cells(r1)) == 1 and r2 - r1 == 1:
            out.facts += note_facts(ctx, g.value(r1, c0), r1, c0)  # "注：…" / "填报人：…" under the form
            continue
        if not label or is_numeric(label):
            out.facts += _pair_facts(g, ctx, r1, r2, "", [], c0)
            continue
        # The block's first row (to the right of its label) may be the header of a small table.
        inner = _SubGrid(g, r1, r2, c0 + 1)
        head = _header_rows(inner.g, 0, inner.g.n) if r2 - r1 > 1 else []
        if head and len(inner.g.row_cells(0)) >= 2:
            ictx = _Ctx(sheet, first_row + r1, first_col + c0 + 1, page, unit_of_label(label) or out.unit, out.year)
            out.facts += _table_facts(inner.g, ictx, 0, inner.g.n, head, label, []) \
                or _headed_texts(inner.g, ictx, head, label)
            above = {c0 + 1 + c: "".join(_flat(inner.g.value(r, c)) for r in head) for c in range(inner.g.w)}
            above_label = label
        elif r2 - r1 == 1 and _is_total_word(label) and g.span.get((r1, c0), (r1, c0))[1] > c0 and above:
            # (the total of that table's rows: 绩效指标's 合计 of its 分值 and 得分, no total of the form's money)
            out.facts += [_make_fact(ctx, g.value(r1, c), [label], [above[c]] if above.get(c) else [], above_label,
                                     r1, c) for c in g.row_cells(r1) if c > c0 and g.is_origin(r1, c)]
        else:
            bctx = _Ctx(sheet, first_row, first_col, page, unit_of_label(label) or out.unit, out.year)
            facts = _pair_facts(g, bctx, r1, r2, label, [], c0 + 1, label)
            for f in facts:
                if not f.row:
                    f.row = (label,)
            out.facts += facts


def _is_block_header(g: _Grid, r: int) -> bool:
    """Row r could head a block: two or more cells, each a short label, none a note or a total (nor a
    one-character cell: 无, ≥ qualify a value and label nothing — 公务接待费 | 无 | 无 is a line of the table)."""
    cells = g.row_cells(r)
    return len(cells) >= 2 and all(
        g.is_origin(r, c) and _is_label_text(g.value(r, c)) and len(_clean(g.value(r, c))) >= 2
        and not _NOTE_ROW.match(_clean(g.value(r, c)))
        and not _is_total_word(_clean(g.value(r, c))) for c in cells)


class _Kinds:
    """_column_kinds of the rows seen so far, kept row by row (a long sheet is read once, not once a row)."""

    def __init__(self, w: int):
        self.nums: list[int] = [0] * w
        self.lengths: list[list[int]] = [[] for _ in range(w)]

    def add(self, g: _Grid, r: int) -> None:
        for c in range(g.w):
            v = g.raw[r][c]
            if v and g.is_origin(r, c):
                self.nums[c] += is_numeric(v)
                bisect.insort(self.lengths[c], len(_clean(v)))

    def values(self) -> set[int]:
        """The columns of figures or of sentences: a label over them is no value of theirs."""
        return {c for c, ls in enumerate(self.lengths) if ls and (self.nums[c] * 2 >= len(ls) or ls[len(ls) // 2] > 30)}


def _block_headers(g: _Grid, top: int, end: int, header: list[int]) -> list[int]:
    """Rows further down a table that start a block of their own under a header of their own: a row of labels
    covering two or more of the columns the rows above hold figures or sentences in (a self-evaluation form's
    预算执行 block under 年初预算数 | 全年预算数 …, then 年度总体目标 | 预期目标 | 实际完成情况 over its texts, then
    一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 over its indicators). The rows under such
    a header are its, never the first header's (生猪年出栏量 is no 执行率)."""
    if not header:
        return []
    first_head = [_dedup([g.value(h, c) for h in header]) for c in range(g.w)]
    starts: list[int] = []
    kinds, r = _Kinds(g.w), header[-1] + 1
    while r < end - 1:
        if _is_block_header(g, r) and not all(g.value(r, c) in first_head[c] for c in g.row_cells(r)):
            covered = {x for c in g.row_cells(r) for x in range(c, g.span.get((r, c), (r, c))[1] + 1)}
            if len(covered & kinds.values()) >= 2:
                starts.append(r)
                kinds, r = _Kinds(g.w), _own_header(g, r, end)[-1] + 1
                continue
        kinds.add(g, r)
        r += 1
    return starts


def _own_header(g: _Grid, h: int, end: int) -> list[int]:
    """The header rows of a block from h: those of its header block whose cells are all labels (年度总体目标
    merged down beside its texts does not make the texts' row a header)."""
    rows = _header_rows(g, h, end) or [h]
    n = next((i for i, x in enumerate(rows) if i and not all(
        _is_label_text(g.value(x, c)) for c in g.row_cells(x) if g.is_origin(x, c))), len(rows))
    return rows[:n]


def _block_facts(g: _Grid, ctx: _Ctx, h: int, end: int) -> list[Fact]:
    """A block [h, end) under its own header row h: its first cell merged down over the block is its label
    over a small table or texts (年度总体目标 over 预期目标 | 实际完成情况), else the row heads a table of its own."""
    cells = g.row_cells(h)
    c0 = cells[0]
    if g.rows_spanned(h, c0) == end - h and end - h > 1:
        label = _flat(g.value(h, c0))
        inner = _SubGrid(g, h, end, c0 + 1)
        head = _header_rows(inner.g, 0, inner.g.n) or [0]
        ictx = replace(ctx, first_row=ctx.first_row + h, first_col=ctx.first_col + c0 + 1,
                       unit=unit_of_label(label) or ctx.unit)
        return _table_facts(inner.g, ictx, 0, inner.g.n, head, label, []) or _headed_texts(inner.g, ictx, head, label)
    facts = _table_facts(g, ctx, h, end, _own_header(g, h, end), "", [])
    # A field filled in beside the block's figures ("自评等级：优" in the 总分 row under 偏差原因分析): the field too.
    return facts + [n for f in facts if f.cell and _FIELD_CELL.fullmatch(f.value)
                    for n in note_facts(ctx, f.value, f.line - ctx.first_row, f.column - ctx.first_col)]


_FIELD_CELL = re.compile(r"[\u4e00-\u9fff]{2,6}\s*[:：]\s*\S{1,10}")


def grid_facts(rows: Sequence[Sequence[str]], merged: Sequence[tuple[int, int, int, int]] = (), *,
               sheet: str = "", first_row: int = 1, first_col: int = 1, page: int = 0,
               unit: str = "", year: int | None = None, shape: str = "auto",
               blank_zero: bool = False) -> GridReading:
    """Every labelled value of a grid as facts.

    rows: cell texts row by row as displayed ("" for empty; percent cells already as "87.71%"); rows may
    differ in length. merged: merged ranges as 0-based inclusive (first_row, first_col, last_row, last_col)
    indexes into `rows`; the text sits in the first cell. first_row/first_col: the sheet row and column
    number of rows[0][0] (for cell names and line numbers); page: the PDF page for PDF tables.
    unit/year: defaults when the grid's own title block does not say. shape: "table", "form" or
    "auto" (a table when a header row of three or more text cells tops the grid, else a form when the
    first column holds merged block labels). blank_zero: blank cells of a row of figures are 0 (a note of
    the workbook says so), as when the grid's own note does.

    Returns the facts with the title block's title, department, year and unit (unit/year default to
    the arguments). A fact's `line` is first_row + its row index; `cell` is set when `sheet` is given."""
    g = _Grid(rows, merged)
    out = GridReading()
    top = _title_block(g, out)
    out.unit, out.year = out.unit or unit, out.year or year
    zero_note, no_data = _blank_notes(g)
    out.blank_zero = bool(zero_note)
    ctx = _Ctx(sheet, first_row, first_col, page, out.unit, out.year, out.blank_zero or blank_zero, zero_note, no_data,
               out.money_unit, out.count_units)
    out.facts += _title_notes(ctx, out)
    out.preparer = _preparer_facts(ctx, out)
    lead_facts, top = _label_value_rows(g, ctx, top)
    out.facts += lead_facts
    end = g.n
    top, header, band = _header_under_band(g, top, end)
    # A header topped by two blocks' headings (收入 | 支出 over 项目 | 预算数 | 项目 | 预算数) is as wide as its rows.
    if shape == "table" or (shape == "auto" and header and max(len(g.row_cells(r)) for r in header) >= 3
                            and not _blocks_beside_headers(g, top, header)):
        blocks = None
    else:
        blocks = _form_blocks(g, top, force=shape == "form")
    if blocks is None:
        out.shape = "table"
        starts = _block_headers(g, top, end, header)
        out.facts += _table_facts(g, ctx, top, starts[0] if starts else end, header, band, [])
        for i, h in enumerate(starts):
            out.facts += _block_facts(g, ctx, h, starts[i + 1] if i + 1 < len(starts) else end)
        return out
    out.shape = "form"
    _form_facts(g, ctx, out, blocks)
    return out


class _SubGrid:
    """Rows [r1, r2) and columns from c1 of a grid, with the merged ranges inside it."""

    def __init__(self, g: _Grid, r1: int, r2: int, c1: int):
        # (each text with its indentation put back: a block's lines keep the hierarchy their indents print,
        # "        公用经费" under the line a "  其中：人员经费" stands under)
        rows = [["\u3000" * g.indent[r][c] + g.raw[r][c] for c in range(c1, g.w)] for r in range(r1, r2)]
        merged = []
        for (mr, mc), (lr, lc) in g.span.items():
            if r1 <= mr < r2 and mc >= c1:
                merged.append((mr - r1, mc - c1, min(lr, r2 - 1) - r1, lc - c1))
        self.g = _Grid(rows, merged)


# --- spreadsheets ----------------------------------------------------------------------------------------


def number_text(value: float) -> str:
    """A figure as a cell shows it: no trailing zeros, at most six decimals (also the layouts' lines)."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _percent_text(percent: float, number_format: str) -> str:
    """A percent as the cell shows it: the decimals its format prints (0.993 in "0.00%" is 99.30, 0.339286 is
    33.93), two when the format prints none (0.8771 in "0%" reads 87.71, as the finance office means it), never
    padded beyond what a format without decimals prints (1 in "0%" is 100): staff quote the figure they see."""
    m = re.search(r"0\.(0+)%", number_format)
    places = len(m.group(1)) if m else 2
    # A format printing fewer decimals than the cell holds (0.1759 in "0.0%") would round away a figure the
    # office computed: keep up to two.
    held = len(number_text(round(percent, 2)).partition(".")[2])
    places = max(places, held) if m else places
    text = number_text(round(percent, places))
    return f"{round(percent, places):.{places}f}" if m else text


def _separated_text(plain: str) -> str:
    """A figure a thousands-separator format prints ("#,##0.00": 38652400 shows 38,652,400.00): its separators kept,
    as a PDF's are, so an answer says the figure plain and as the sheet shows it (staff quote what they see);
    the digits stay the cell's own (no padding zeros the format adds)."""
    sign = "-" if plain.startswith("-") else ""
    whole, dot, frac = plain.lstrip("-").partition(".")
    return f"{sign}{int(whole):,}{dot}{frac}"


def cell_text(value, number_format: str = "") -> str:
    """A cell as displayed: percent formats applied (1 -> "100%"), whole floats without ".0", dates as
    2024-01-31, ≧/≦ as ≥/≤."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        if "%" in (number_format or ""):
            return _percent_text(value * 100, number_format) + "%"
        if "#,##" in (number_format or "") and abs(value) >= 1000:
            return _separated_text(number_text(round(value, 6)))
        return number_text(round(value, 6))
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    return _strip(value)


def sheet_grid(ws) -> tuple[list[list[str]], list[tuple[int, int, int, int]], int, int]:
    """An openpyxl worksheet as (rows of cell texts, merged ranges 0-based, first row, first column)."""
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None and not (isinstance(c.value, str) and not c.value.strip()):
                cells[(c.row, c.column)] = cell_text(c.value, c.number_format)
                if isinstance(c.value, str):
                    # the indentation as displayed: leading spaces, or the cell's alignment indent
                    stepped = _indent_of(c.value) + int(getattr(c.alignment, "indent", 0) or 0)
                    cells[(c.row, c.column)] = "\u3000" * stepped + cells[(c.row, c.column)]
    if not cells:
        return [], [], 1, 1
    r0, c0 = min(r for r, _ in cells), min(c for _, c in cells)
    r1, c1 = max(r for r, _ in cells), max(c for _, c in cells)
    rows = [[cells.get((r, c), "") for c in range(c0, c1 + 1)] for r in range(r0, r1 + 1)]
    merged = [(m.min_row - r0, m.min_col - c0, m.max_row - r0, m.max_col - c0)
              for m in ws.merged_cells.ranges if m.min_row >= r0 and m.min_col >= c0]
    return rows, merged, r0, c0


def worksheet_facts(ws, unit: str = "", year: int | None = None, blank_zero: bool = False) -> GridReading:
    rows, merged, r0, c0 = sheet_grid(ws)
    return grid_facts(rows, merged, sheet=ws.title, first_row=r0, first_col=c0, unit=unit, year=year,
                      blank_zero=blank_zero)


def department_from_title(title: str) -> str:
    """"某市教育局2024年教职工编制情况表" -> "某市教育局"."""
    head = _YEAR.split(title, maxsplit=1)[0] if _YEAR.search(title) else title
    head = _clean(head)
    if _UNITS_ALONE.match(head):
        return ""  # "部分部门2024年…决算情况": some departments (the rows), no organisation of its own
    if m := _PLACE_OF_UNITS.match(head):
        return m.group(1)  # "柏山区部分部门…三公经费表": the place's table of its departments (rows)
    m = _DEPT_STRONG.match(head) or _DEPT_WEAK.match(head)
    if m and m.group(1).endswith("政府") and head[m.end():].startswith("办公室"):
        return m.group(1) + "办公室"  # "某县人民政府办公室": the office, not the government
    if m and not _GOVERNMENT_KIND.match(_clean(title)[m.end():]):
        return m.group(1)
    # "2024年青岚县农业农村局预算执行表": the year first, then an organisation named with its place.
    after = re.sub(r"^(?:(?:19|20)\d\d年度?[与和至\-—~、]?)+", "", _clean(title))
    m = _DEPT_STRONG.match(after) if after != _clean(title) else None
    if m and _GOVERNMENT_KIND.match(after[m.end():]):
        return ""  # "2024年德清县政府购买服务预算表": the place's table of a kind, no department's
    if m and m.group(1).endswith("政府") and after[m.end():].startswith("办公室"):
        return m.group(1) + "办公室"
    return m.group(1) if m and len(m.group(1)) >= 5 and re.search(r"[省市区县州旗镇乡]", m.group(1)[:-1]) else ""


# The row label that names whose table a form is (部门名称, 单位名称, 部门（单位）名称).
DEPARTMENT_LABEL = re.compile(r"^(?:部门|单位|部门[（(]单位[）)])名称$")


def labelled_department(facts: list[Fact]) -> list[str]:
    """The department a form's own 部门名称 / 单位名称 row names: one label, no column header, a name as its
    value; none when the table names several (a column of units, each a row of its own)."""
    names = {_flat(f.value) for f in facts
             if len(f.row) == 1 and not f.col and DEPARTMENT_LABEL.match(_clean(f.row[0]))
             and not is_numeric(f.value) and 2 <= len(_clean(f.value)) <= 40}
    return list(names) if len(names) == 1 else []


def place_of_title(title: str) -> str:
    """The place a title names alone before its year ("宜都市2026年部门…表" -> "宜都市"), or ""."""
    m = _PLACE_YEAR.match(_clean(title))
    return m.group(1) if m else ""


def title_place(title: str) -> str:
    """The place a title names before or right after its year ("2026年浏阳市部门项目支出预算表" -> "浏阳市"), or ""."""
    m = _YEAR_PLACE.match(_clean(title))
    return place_of_title(title) or (m.group(1) if m else "")


def _general_department(doc: Document, readings: list[GridReading]) -> str:
    """Whose a workbook of general tables is: the organisation a title names; else the form's own
    department (a 编制单位 line, a 部门名称 / 单位名称 row); else a 主管部门 note; else the place a title names."""
    # (a 编制单位 line names the preparer (a 股 of it), used only when no title names one; a sheet naming none
    # takes the workbook's)
    named = [d for r in readings if (d := department_from_title(r.title))]
    placed = [m.group(1) for r in readings if (m := _PLACE_BUDGET.match(_clean(r.title)))]
    if not named and placed:
        named = placed
        # Who drew the table up is still asked ("是哪个单位编的"): its 编制单位 line, kept as a fact.
        doc.facts += next((r.preparer for r in readings if r.preparer), [])
    own = [r.department for r in readings if r.department]
    # "部门名称 | 婺源县自然资源局" as a row of the form itself: the cell the label names is the department.
    own += labelled_department(doc.facts + [f for r in readings for f in r.facts])
    heads = [v for r in readings for k, v, _, _ in r.notes if k in ("主管部门", "部门", "单位")]
    # "青禾区2024年度行政事业单位国有资产占有情况表": a title naming only its place (its rows are the place's
    # units) is the place's table; the place, not the file's name, is whose it is.
    places = [m.group(1) for r in readings if (m := _PLACE_TITLE.match(_clean(r.title)) or _YEAR_PLACE_KIND.match(_clean(r.title)))]
    bare = [m.group(1) for r in readings if (m := _PLACE_YEAR.match(_clean(r.title)))]
    return (named or own or heads or places or bare or [""])[0]


def general_readings(wb) -> list[tuple[str, GridReading]]:
    """Each sheet's name and reading, for the sheets holding facts."""
    read = [(ws, r) for ws in wb.worksheets if (r := worksheet_facts(ws)).facts]
    if any(r.blank_zero for _, r in read):
        # "注：空白表示0" under one sheet of a finance system's export speaks for the workbook: a blank cell
        # of another sheet's row of figures (第一季度 of a project paid nothing then) is 0 as well.
        read = [(ws, r if r.blank_zero else worksheet_facts(ws, blank_zero=True)) for ws, r in read]
    return [(ws.title, r) for ws, r in read]


def read_general(path: str, wb) -> Document:
    """A workbook of no known layout, read as general tables: one document, every sheet's facts."""
    return general_document(path, [r for _, r in general_readings(wb)])


def general_document(path: str, readings: list[GridReading], department: str = "") -> Document:
    """One document of general tables from sheets' readings: whose it is (`department`, else what the sheets
    name), its year, title and kind."""
    doc = Document(path=path, department="", unit="", layout=GENERAL, form="")
    doc.department = department or _general_department(doc, readings)
    titled = len({r.title for r in readings if r.title}) > 1
    # One sheet per year (2024年 / 2025年, each the same kind of table): the workbook is the latest year's, so
    # a question naming no year is answered from the newest sheet; an older sheet's facts carry their own
    # year. Sheets of different kinds (限额及余额 2024, 还本付息 2025) keep the first sheet's year.
    years = [r.year for r in readings if r.year]
    kinds = {_form_of(r.title, department_from_title(r.title)) for r in readings if r.title}
    per_year = len(set(years)) > 1 and len(kinds) == 1
    latest = max(years) if per_year else next(iter(years), None)
    for reading in readings:
        _own_year(reading, latest)
        if titled and reading.title:  # each sheet's own title names its rows (养老服务补助资金分配表)
            kind = _form_of(reading.title, department_from_title(reading.title))
            for f in reading.facts:
                f.section = f.section or kind
        doc.facts += reading.facts
        doc.title = doc.title or reading.title
        doc.unit = doc.unit or reading.unit
    doc.year = latest
    if per_year:
        doc.title = next((r.title for r in readings if r.year == latest and r.title), doc.title)
    if doc.year is None:
        years = [f.year for f in doc.facts if f.year]
        doc.year = max(years) if years else None
    if doc.year is None and (m := _YEAR.search(Path(path).stem)):
        doc.year = int(m.group(1))
    # A file named by its title ("某局2025年…表.xlsx") names its organisation, never the whole title.
    stem = Path(path).stem
    doc.department = re.sub(r"[（(][^（）()]*[）)]$", "", doc.department or "") or department_from_title(stem) or stem
    _own_rows(doc)
    doc.form = _form_of(doc.title, doc.department) or "表格"
    doc.facts = checked_options(doc.facts)
    date_relative_columns(doc.facts, doc.year)
    doc.facts += stated_facts(doc.facts, doc.year)
    doc.issues.append(Issue(path, 0, f"未识别为已知的绩效表格式，已按一般表格读取（{len(doc.facts)} 个数据项）"))
    return doc


def _own_year(reading: GridReading, workbook_year: int | None) -> None:
    """A sheet of another year than the workbook's ("2024年实际支出" beside "2025年预算", by its own title
    or its name) holds that year's values: its facts carry the year, so "2024年…" and "去年…" find them."""
    sheet = reading.facts[0].sheet if reading.facts else ""
    own = (_plan_year(reading.title) or year_of_label(reading.title)) if reading.title else None
    own = own or (year_of_label(sheet) if sheet else None)
    if own is None or workbook_year is None or own == workbook_year:
        return
    date_relative_columns(reading.facts, own)  # its 上年预算 column is the year before its own, not the workbook's
    for f in reading.facts:
        f.year = own if f.year is None else f.year


def _own_rows(doc: Document) -> None:
    """A row named "某局（机关本级）" is the department's own unit: its bracket is its name, not a note (a
    label read without brackets would be the department itself), so it is kept as "某局机关本级" (after its
    unit code, when a code column names it: "101001某局本级")."""
    own = re.compile(r"^([\dA-Za-z.\-]*\s?)" + re.escape(doc.department) + r"\s*[（(]([^（）()]+)[）)]$")
    for f in doc.facts:
        if any(own.match(x) for x in f.row):
            f.row = tuple(own.sub(lambda m: m.group(1) + doc.department + m.group(2), x) for x in f.row)


def _form_of(title: str, department: str = "") -> str:
    """The table's kind from its title: "某局2024年教职工编制情况表" -> "教职工编制情况表"."""
    t = _clean(title).removeprefix(_clean(department))
    if t == _clean(title) and department:
        # "鹤汀市江沚区2025年…表" of 鹤汀市江沚区财政局 (named by its 编制单位 line): the place they share
        shared = len(os.path.commonprefix([t, _clean(department)]))
        cut = max((i + 1 for i, ch in enumerate(t[:shared]) if ch in "省市区县州旗"), default=0)
        t = t[cut:] if cut >= 2 else t
    # "某局及所属单位2025年…表": the units it covers belong to the department, not to the table's kind
    t = re.sub(r"^(?:及|和|与)?(?:所属|下属|直属)(?:各)?(?:单位|事业单位)", "", t) or t
    t = re.sub(r"^(?:(?:19|20)\d\d年度?[与和至\-—~、]?)+", "", t) or t
    return t.removeprefix(_clean(department)) or t  # "2024年某局…表": the year came first


def region_facts(ws, regions: Sequence[tuple[int, int, str]], unit: str = "",
                 year: int | None = None) -> GridReading:
    """Facts of a worksheet read in row regions [(first sheet row, last sheet row, shape)], for sheets
    that stack a form and a table (重庆 自评表: header form, indicator table, notes). The first region's
    title block names the whole sheet."""
    rows, merged, r0, c0 = sheet_grid(ws)
    out = GridReading()
    for first, last, shape in regions:
        a, b = max(first - r0, 0), min(last - r0 + 1, len(rows))
        if a >= b:
            continue
        part = [(m1 - a, n1, min(m2, b - 1) - a, n2) for m1, n1, m2, n2 in merged if a <= m1 < b]
        reading = grid_facts(rows[a:b], part, sheet=ws.title, first_row=r0 + a, first_col=c0,
                             unit=out.unit or unit, year=out.year or year, shape=shape)
        out.facts += reading.facts
        out.title = out.title or reading.title
        out.unit = out.unit or reading.unit
        out.year = out.year or reading.year
        out.department = out.department or reading.department
        out.shape = out.shape or reading.shape
    return out
