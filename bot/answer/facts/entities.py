"""Tables whose rows are departments or places ("柏山区部分部门三公经费表": a bureau's rows over year columns;
"分县区分配表": a county a row): questions over those rows as entities — which one is largest, how many
there are, which have a line, what they add up to."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from bot.answer import compose
from bot.answer.facts.index import FactIndex
from bot.answer.facts.outline import path_of, under_unit_head, unit_path
from bot.answer.facts.question import FactAnswer, FactQuestion, Mention
from bot.answer.facts.values import _cite, _own_col, _shown, year_in
from bot.answer.facts.words import (
    AREA_UNITS,
    NOT_A_FIGURE_OF_ONE_YEAR,
    UNITS_UNDER,
    _is_total,
    allotted_column,
    fmt_number,
    is_entity_label,
    is_own_line,
    label_key,
)
from bot.language import ordinals
from bot.language.asking import Words
from bot.language.normalize import compact, small_number
from bot.store import queries as query

# The units rows are said as ("各部门", "各单位"): [asking_words.unit_rows] groups_said.
_UNITS_SAID = Words("unit_rows", "{groups_said}")

# Words said between 有 and 的 of "有X的部门" (X a line or a column of the table).
_ANY_WORDS = r"[\u4e00-\u9fff（）()]{2,}"

# A threshold over a column's figures ("七十万以上", "超过五十万").
_BOUNDS = ("gt", "lt", "ge", "le")

_NOT_A_YEAR = NOT_A_FIGURE_OF_ONE_YEAR  # (2025年比2024年增减额, 增减率, 备注: no figure of one year)
# (a column of a rate of its own, 结转结余率, said by its name is a figure of the year; a change or a remark never is)
_NOT_OF_ONE_YEAR_EVEN_SAID = Words("unit_rows", "{not_of_one_year}")


@dataclass
class EntityTable:
    doc: int
    entities: list[str]  # row labels of the entities, in the table's order
    items: list[str]  # the lines under each entity (合计, 公务接待费 …); empty when an entity is one row
    facts: dict[tuple[str, str], list[dict]] = field(default_factory=dict)  # (entity, item) -> its cells
    columns: list[str] = field(default_factory=list)  # column labels, in the table's order
    left_out: list[str] = field(default_factory=list)  # rows said to be left out ("乡不算")


def entity_table(idx: FactIndex, doc: int) -> EntityTable | None:
    """The table's entity rows, or None when its rows are not departments or places (worked out once)."""
    return idx.read_once("_entity_tables", doc, lambda: _read_table(idx, doc))


def _read_table(idx: FactIndex, doc: int) -> EntityTable | None:
    if doc not in idx.docs or not idx.docs[doc].facts or len(idx.docs[doc].facts) > 5000:
        return None
    facts = [f for f in idx.facts(list(idx.docs[doc].facts)) if f["row_labels"] and f["col_labels"]]
    if len({f["sheet"] for f in facts}) > 1:
        return None  # sheets of several years or kinds: which one a question is over is the lookups' to find
    table = _entity_rows(idx, doc, facts)
    sections = list(dict.fromkeys(f["section"] for f in facts if f["section"]))
    if table is None and len(sections) > 1:
        # A sheet of parts under their own headings (a state capital budget's 收入（分企业） above its 支出（分用途）):
        # the one part whose rows are all enterprises or places is the table's entity rows.
        parts = [t for x in sections if (t := _entity_rows(idx, doc, [f for f in facts if f["section"] == x]))]
        table = parts[0] if len(parts) == 1 else None
    return table


def _entity_rows(idx: FactIndex, doc: int, facts: list[dict]) -> EntityTable | None:
    """The entity rows of these facts (of a table or of one part of it), or None when some row is not one."""
    paths = {f["id"]: unit_path(f) for f in facts}
    headed = {paths[f["id"]][0] for f in facts if under_unit_head(f)}
    firsts = list(dict.fromkeys(paths[f["id"]][0] for f in facts))
    # An organisation or a place by its name, or any row under a head naming the rows units (单位名称: its
    # 教育督导室 too)
    own = label_key(idx.docs[doc].department or "")  # "梅林县水利局" over its 本级 and units: its total line
    entities = [x for x in firsts if (is_entity_label(x) or x in headed) and not _is_total(label_key(x))
                and label_key(x) != own]
    if len(entities) < 2 or any(x not in entities and not _is_total(label_key(x)) and label_key(x) != own for x in firsts):
        return None  # every row an organisation or a place (or the table's total), never a guess over some
    table = EntityTable(doc, entities, [])
    depth = {len(paths[f["id"]]) for f in facts if paths[f["id"]][0] in entities}
    if depth not in ({1}, {2}):
        return None
    for f in facts:
        path = paths[f["id"]]
        if path[0] not in entities:
            continue
        item = path[1] if len(path) == 2 else ""
        if item and item not in table.items:
            table.items.append(item)
        table.facts.setdefault((path[0], item), []).append(f)
        if f["col_labels"] not in table.columns:
            table.columns.append(f["col_labels"])
    return table


_path = path_of  # (the table's one hierarchy reader: a line's row path, outermost first)


def _column_said_short(word: str, own: dict[str, list[str]]) -> set[str]:
    """The one column name of a group that the words said begin and all but end ("公务用车购置" of 公务用车购置费
    under each year): that name; none when several fit or the words are short."""
    fits = {k for k in own if len(word) >= 4 and k.startswith(word) and len(k) - len(word) <= 1}
    return fits if len(fits) == 1 else set()


@lru_cache(maxsize=8)
def _kinds_asked(kinds: frozenset[str]) -> re.Pattern[str]:
    """The pattern of entities_asked for one vocabulary's kinds: built once, not on every question (escaping and
    sorting the kinds, then re's cache lookup of the long pattern, each time)."""
    words = "|".join(sorted(map(re.escape, kinds), key=len, reverse=True))
    # (家 counts enterprises as 个 does: "哪家企业", "几家公司")
    return re.compile(rf"(?:哪(?:一)?[个家所]|哪些|哪几[个家所]|几[个家所]|多少[个家所]|各个?|每[个家]|这几[个家]|这些|所有|全部|[两三四五六七八九十\d]+[个家])"
                      rf"({words})|(?:最多|最少|最高|最低|最大|最小|{_RANK.pattern})的({words})"
                      rf"(?:是哪(?:一)?[个家所]|是谁|有哪些)?$|的({words})(?:有哪些|是哪些|有哪几个|是哪几个|有几个|是哪个)")


def entities_asked(text: str, kinds: frozenset[str], cut: Callable[[str], list[str]] | None = None) -> str:
    """The kind of entity a question asks over ("哪个部门", "几个县区", "各部门", "这四个部门", "最少的部门",
    "收入最少的单位是哪个", "按合计排第二的单位"), or "". A kind of one character is a word of its own only
    where the question's words end with it ("几个所", never the 所 of "几个所属单位" nor the 站 of "站点")."""
    if not kinds:
        return ""
    for m in _kinds_asked(kinds).finditer(text):
        g = next((i for i in range(1, (m.lastindex or 0) + 1) if m.group(i) in kinds), 0)
        if not g:
            continue
        kind = m.group(g)
        if len(kind) == 1 and not _word_ends_at(text, m.end(g), cut):
            continue
        return kind
    return ""


def _word_ends_at(text: str, end: int, cut: Callable[[str], list[str]] | None) -> bool:
    """Whether a word of the question ends at this place (no cutter: only where no character follows)."""
    if end >= len(text):
        return True
    if cut is None:
        return not re.match(r"[\u4e00-\u9fff]", text[end])
    at = 0
    for w in cut(text):
        at += len(w)
        if at >= end:
            return at == end
    return False


# A place in a ranking ("排第二", "排名倒数第三", "第二多", "倒数第二"): the place and whether it counts from
# the least.
_RANK = re.compile(rf"(?:排名?在?|名列)?{ordinals.PLACE}(?:位|名)?(多|大|高|少|小|低)?")


# A count said by its measure alone ("人数", "户数"): the column counting in that measure.
_COUNT_WORD = re.compile(r"(人|户|家|台|辆|床|个)数")
_MONEY_UNITS = ("元", "千元", "万元", "亿元")
# A heading's numbering and the bracketed note after it (三、高中（含中职）: 高中)
_SECTION_WORD = re.compile(r"^[一二三四五六七八九十\d]+[、.．]|[（(][^（）()]*[）)]$")


# One column set against another per row ("实有人数超过编制", "比编制多"; "低于" the other way round).
_OVER = re.compile(r"(?:超过|超出|多于|高于|比[^多少]{2,8}?多)|(少于|低于|不足|比[^多少]{2,8}?少)")


def _rank_match(text: str) -> re.Match | None:
    m = re.search(_RANK.pattern + r"(?=的|是|$)", text)
    return m if m is not None and (m.group(0).startswith(("排", "名列")) or m.group(1) or m.group(3)) else None


def rank_asked(text: str) -> tuple[int, bool] | None:
    """The place asked in a ranking of rows and whether it counts from the least ("按合计排第二的单位" ->
    (2, False); "收入倒数第二的学校" -> (2, True)); None when no place is asked."""
    m = _rank_match(text)
    if m is None:
        return None
    n = ordinals.place_number(m.group("place"))
    if n is None:
        return None
    return n, bool(m.group("from_end")) != bool(m.group(3) in ("少", "小", "低"))


def _outside(mentions: list, allotted: list[tuple[int, int]]) -> list:
    """The mentions not inside a verb of allocation: "分得", "分配" of 基础分配 are the row's total asked."""
    return [m for m in mentions if m.start < 0 or not any(s <= m.start and m.end <= e for s, e in allotted)]



def _without_words_of_the_rows(fq: FactQuestion, kind: str, allotted: list[tuple[int, int]],
                               apart: tuple[str, str] | None = None) -> FactQuestion:
    """A step of EntityRows._over_rows: a copy of the question whose mentions and leftover keep none of the
    words that say which rows are asked (the kind, the verb of allocation, "超过", the place asked)."""
    fq = copy.copy(fq)  # (the kind's own word read as a label, "学校" of 职业学校, is no label asked)
    if allotted:  # "分配金额": the row's total asked, not the columns 基础分配 / 因素分配 the word is part of
        fq.mentions = _outside(fq.mentions, allotted)
        said = sorted(dict.fromkeys(fq.text[s:e] for s, e in allotted), key=len, reverse=True)  # (never set order)
        words: list[str] = []
        for w in (fq.leftover or "").split():
            if not any(w in v for v in said):
                for v in said:  # ("镇分钱" read as one word: the verb in it is said, the kind before it read below)
                    w = w.replace(v, " ")
                words += w.split()
        fq.leftover = " ".join(words)
    fq.mentions = [m for m in fq.mentions if m.start < 0 or fq.text[m.start:m.end] not in kind]
    # (家, the measure word of enterprises, "哪家企业", counts the rows as 个 does)
    # ("12个乡的转移支付": the kind with its 的 is as much the rows' word)
    fq.leftover = " ".join(w for w in (fq.leftover or "").split() if w not in kind and w.removesuffix("的") not in kind
                           and not re.fullmatch(r"[哪几]?家", w))
    if apart is not None:  # "乡不算": the rows left out, read by the caller
        fq.leftover = " ".join(w for w in fq.leftover.split() if w not in apart[0] and w not in ("其他", "其余", "剩下"))
    if (over := _OVER.search(fq.text)) is not None:  # "超过": one column set against another, read below
        fq.leftover = " ".join(w for w in fq.leftover.split() if w not in over.group(0))
    if (place := _rank_match(fq.text)) is not None:
        # "倒数第二的单位": the place asked, not a row "第二小学" nor a word not understood
        fq.mentions = [m for m in fq.mentions if m.start < 0 or m.end <= place.start() or m.start >= place.end()]
        fq.leftover = " ".join(w for w in (fq.leftover or "").split() if w not in place.group(0))
    return fq


class EntityRows:
    """Answers over the entity rows of one table (used by the answerer, above the lookups)."""

    def __init__(self, idx: FactIndex, kinds: frozenset[str], endings: dict[str, tuple[str, ...]] | None = None,
                 left_out: list[str] | None = None):
        self.idx = idx
        self.kinds = kinds
        self.endings = endings or {}  # a kind of unit (学校) -> the endings of its names (中学, 小学 …)
        self.left_out = left_out or []  # rows a ranking leaves out ("除了X"), as label keys: the answerer's
        self._dropped: list[str] = []  # the rows left out of the last answer, said before it

    def answer(self, fq: FactQuestion, docs: list[int], years: list[int]) -> FactAnswer | None:
        """The answer over the entity rows, or None; when it is over the rows' total said by a verb of
        allocation ("分配最多的乡镇"), the question as read keeps no label for that verb (a follow-up "第二多的呢"
        ranks the same total, not 基础分配 / 因素分配 the word 分配 is part of)."""
        self._dropped = []
        fa = self._over_rows(fq, docs, years)
        if fa is not None and fa.status == "answered" and self._dropped:  # ("除了X哪个镇最多": said, so it is seen heard)
            fa = replace(fa, text=compose.rows_left_out(self._dropped) + fa.text)
        if fa is not None and (allotted := self._allotted(fq.text)):
            # (a column said whole, "分配资金最多的", stays what the follow-up ranks)
            used = {_own_col(f) for f in fa.facts}
            allotted = [(s, e) for s, e in allotted if label_key(fq.text[s:e]) not in used]
            fq.mentions = _outside(fq.mentions, allotted)
        return fa

    def _over_rows(self, fq: FactQuestion, docs: list[int], years: list[int]) -> FactAnswer | None:
        kind = entities_asked(fq.text, self.kinds, self.idx.cut)
        allotted = self._allotted(fq.text)
        bounded = fq.cmp in _BOUNDS and fq.number is not None
        tentative = False  # "考核优秀的乡镇": the kind said last, only for the rows whose text says the words
        if not kind and (end := re.search(r"的([\u4e00-\u9fff]{1,3})(?:呢)?$", fq.text)) and end.group(1) in self.kinds:
            kind, tentative = end.group(1), not bounded  # "分到七十万以上的乡镇": the rows past the bound
        kind = kind or self._town_kind_first(fq.text)  # "镇的有几个": the …镇 rows
        apart = self._set_apart(fq.text)  # "乡不算": the rows of that kind left out, the others asked
        rows_kind = kind or (apart[1] if apart else "")
        if not rows_kind and not (allotted and ({"max", "min"} & set(fq.ops) or rank_asked(fq.text) or bounded)):
            return None  # ("分得最少的是哪个": the rows of an allocation table, said by its verb alone)
        fq = _without_words_of_the_rows(fq, rows_kind, allotted, apart)
        table = self._table_of(fq, docs, rows_kind)
        if table is None and kind and (counted := self._counted_column(fq, docs, kind)) is not None:
            fq, table = counted  # "哪所学校人数最多": the one column counting 人 (在校学生数（人）)
        if table is None:
            return None
        table = self._without_left_out(self._of_kind(table, rows_kind))
        table = self._of_section_said(fq.text, table)  # "初中哪个学校合计最多": the rows under 二、初中
        if table is not None and apart is not None:
            table = self._literally(table, apart[1], keep=False)
        if table is None:
            return None
        if (in_text := self._said_in_text(fq, table, kind)) is not None:
            return in_text  # "考核优秀的乡镇有哪些": the rows whose 备注 says it
        if tentative:
            # "2025年有因公出国费的部门": the kind said last is asked when the rows having a line are
            return self._having_only(fq, table, kind, years)
        return self._over_table(fq, table, kind, years, allotted, bounded)

    def _having_only(self, fq: FactQuestion, table: EntityTable, kind: str, years: list[int]) -> FactAnswer | None:
        """"有X的部门" said without 哪些: the rows having X (in the year's column asked), or None."""
        if not re.search(rf"(?:有|安排了?){_ANY_WORDS}的{kind}(?:呢)?$", fq.text) or (item := self._item(fq, table)) is None:
            return None
        return self._having_asked(fq, table, kind, item, self._column(fq, table, years))

    def _over_table(self, fq: FactQuestion, table: EntityTable, kind: str, years: list[int],
                    allotted: list[tuple[int, int]], bounded: bool) -> FactAnswer | None:
        """A step of _over_rows: the question over the rows of the one table it is about."""
        item = self._item(fq, table)
        if item is None:
            return None
        column = self._column(fq, table, years)
        bound = fq.cmp or fq.number is not None or {"max", "min"} & set(fq.ops) or rank_asked(fq.text) is not None
        if not column and allotted:  # "分配资金最多的": a column of the table said whole by a verb of allocation
            column = next((c for c in table.columns for s, e in allotted
                           if label_key(c.split(query.FACT_SEP)[-1]) == label_key(fq.text[s:e])), "")
        if fq.area and not (column := self._area_column(table, column)):
            return None  # "哪个乡镇面积最大": the one column in 亩 / 平方公里, never the money allotted
        if not column and bound and not allotted and not self._said_columns(fq, table):
            column = self._noun_column(fq, table)  # "哪个学校学生最多": the column counting 学生 (在校学生数)
        if not column and (allotted or bound) and not self._said_columns(fq, table):
            column = self._total_column(table)  # "分得最少的", "倒数第二是哪个乡镇": by the row's total
        if not bound and (had := self._having_asked(fq, table, kind, item, column)) is not None:
            return had  # (a threshold or a ranking, "空编大于五个的", "最多的", is read below)
        if re.search(r"(?<!哪)(?:有)?(?:几|多少)[个家]", fq.text) and not {"max", "min"} & set(fq.ops) \
                and (not re.search(r"合计|加起来|一共|总共|总额|共计", fq.text)
                     or re.search(rf"(?<!哪)(?:几|多少)[个家]{kind}[吗呢啊]?$", fq.text)):
            # ("一共几个单位": how many, not what they add up to; "几个乡": the …乡 rows)
            counted = self._literally(table, kind)
            return self._count(counted, kind, fq) if counted is not None else None
        if (not item or _is_total(label_key(item))) and self._not_understood(fq, table):
            return None  # "培训费合计" where no line is 培训费: a word not understood is no total's name
        said = self._said_columns(fq, table)
        if {"max", "min"} & set(fq.ops) and len(said) == 2 and (over := _OVER.search(fq.text)):
            # "哪个所实有人数超过编制最多": each unit's one column less the other, compared
            first, second = said if not over.group(1) else said[::-1]
            ends = re.search(r"最(?:(多|大|高)|少|小|低)", fq.text[over.end():])
            most = bool(ends.group(1)) if ends else "max" in fq.ops  # "少得最多": the largest shortfall
            return self._extreme_of_difference(table, most, item, first, second)
        if not said and (rank_asked(fq.text) is not None or {"max", "min"} & set(fq.ops)) \
                and self._not_understood(fq, table):
            return None  # "哪个单位房最多": a word naming no column is no question about the first money column
        if (rank := rank_asked(fq.text)) is not None:
            return self._ranked(table, kind, item, column, *rank) if column else None
        if {"max", "min"} & set(fq.ops):  # ("最多的3个乡镇": the first few, the lookups' ranking)
            return self._extreme_of_kind(fq, table, kind, item, column) if column and not fq.top else None
        if bounded and column:
            return self._within(fq, table, kind, item, column)
        if fq.cmp or fq.number is not None:
            return None  # "空编大于五个的": a threshold, the lookups' filters' to apply
        if re.search(r"合计|加起来|一共|总共|总额|共计|总计|总数", fq.text) and column and "diff" not in fq.ops:
            own, note = self._of_town_kind(fq, table, kind)  # ("几个镇加起来": the …镇 rows)
            fa = self._sum(own, kind, item, column) if own is not None else FactAnswer("unknown", note, settled=True)
            return fa if fa is None or own is None else replace(fa, text=note + fa.text)
        if column and (kind in self.idx.town_kind_endings or _UNITS_SAID.fullmatch(kind)) \
                and re.search(rf"各个?{kind}|{kind}(?:的)?(?:各|分别)", fq.text):
            # ("各部门结转结余率分别多少" of departments heading their projects: each department's own 小计 line)
            own, note = self._of_town_kind(fq, table, kind)  # ("各街道分别多少": the …街道 rows, each)
            return self._each(own, item, column) if own is not None else FactAnswer("unknown", note, settled=True)
        return None

    def _of_town_kind(self, fq: FactQuestion, table: EntityTable, kind: str) -> tuple[EntityTable | None, str]:
        """"12个乡的转移支付合计", "各街道": a kind of town (乡, 镇, 街道) added up or listed is taken literally, the
        rows whose names end so; a count said beside it ("12个乡") that differs from the rows found is said. (None,
        why) when the table has no row of that kind; the table as it is for any other kind."""
        if kind not in self.idx.town_kind_endings:
            return table, ""
        own = self._literally(table, kind)
        if own is None:
            return None, compose.no_rows_of_kind(kind, len(table.entities))
        said = re.search(rf"([两二三四五六七八九十百\d]+)个{kind}", fq.text)
        n = small_number(said.group(1)) if said else None
        found = len(own.entities)
        return own, compose.count_said_differs(n, kind, found) if n is not None and n != found else ""

    def _each(self, table: EntityTable, item: str, column: str) -> FactAnswer | None:
        """Each row's figure of the column, in the table's order."""
        cells = [(e, f) for e in table.entities if (f := self._cell(table, e, item, column)) is not None]
        if not cells:
            return None
        lines = [f"{self._named(e, item)}：{_shown(f)}" for e, f in cells]
        head = label_key(column.split(query.FACT_SEP)[-1])
        facts = [f for _, f in cells]
        return FactAnswer("answered", compose.numbered_items(lines, f"{head}：") + _cite(self.idx, facts), facts,
                          ranked=[f["id"] for f in facts])

    def _town_kind_first(self, text: str) -> str:
        """"镇的有几个", "街道的加起来多少": a kind of town said first with 的 names the rows asked; "" otherwise."""
        kinds = "|".join(sorted(map(re.escape, self.idx.town_kind_endings), key=len, reverse=True))
        m = re.match(rf"(?:那|那么)?(?:所有|全部)?({kinds})的", text) if kinds else None
        return m.group(1) if m else ""

    def _set_apart(self, text: str) -> tuple[str, str] | None:
        """"乡不算", "不算街道的话", "除了乡以外": a kind of town whose rows are left out, as (the words said, the
        kind), or None."""
        kinds = "|".join(sorted(map(re.escape, self.idx.town_kind_endings), key=len, reverse=True))
        if not kinds:
            return None
        m = re.search(rf"(?:不算|不含|不包括|不计|除了?|除去|去掉|扣除|刨除)({kinds})(?:的话|以外|之外|外)?"
                      rf"|(?<![哪几个])({kinds})(?:的)?(?:都)?(?:不算|除外|不计|不含|不要)(?:的话|在内)?", text)
        return (m.group(0), m.group(1) or m.group(2)) if m else None

    def _said_in_text(self, fq: FactQuestion, table: EntityTable, kind: str) -> FactAnswer | None:
        """"考核优秀的乡镇有哪些", "哪些乡镇考核优秀": the rows of the kind whose text cell (备注 …) says the words
        put before (or after) the kind, when some rows' cells say them and others' do not; None otherwise."""
        if not kind or fq.cmp or fq.number is not None or {"max", "min", "sum", "diff", "ratio"} & set(fq.ops):
            return None
        m = re.fullmatch(rf"(?:那|那么)?(?:哪些|哪几个|哪个)?([\u4e00-\u9fff]{{2,12}}?)的{kind}(?:有哪些|是哪些|有哪几个|是哪几个|有几个|是哪个|呢)?",
                         fq.text) or re.fullmatch(rf"(?:那|那么)?(?:哪些|哪几个|哪个){kind}(?:是|被)?([\u4e00-\u9fff]{{2,12}}?)(?:的)?(?:呢)?",
                                                  fq.text)
        if m is None:
            return None
        words = m.group(1)
        texts = [(e, f) for e in table.entities for fs in [table.facts.get((e, ""), ()) or
                                                           [f for (x, _), v in table.facts.items() if x == e for f in v]]
                 for f in fs if f["number"] is None and f["value"] and not re.fullmatch(r"[\d.,%-]+", f["value"])]
        hits = [(e, f) for e, f in texts if words in compact(f["value"])]
        if not hits or len({e for e, _ in hits}) == len(table.entities):
            return None
        facts = [f for _, f in hits]
        lines = [compose.fact_value(e, f"{f['col_labels'].split(query.FACT_SEP)[-1]}“{f['value']}”") for e, f in hits]
        return FactAnswer("answered", compose.numbered_items(lines, count=len(hits)) + _cite(self.idx, facts), facts)

    def _allotted(self, text: str) -> list[tuple[int, int]]:
        """Where the question says money allotted to a row (分得, 分到, 分配金额: the vocabulary's
        allocation_words), longest word first."""
        spans: list[tuple[int, int]] = []
        for w in self.idx.allocation_words:
            if w not in text:
                continue
            for m in re.finditer(re.escape(w), text):
                if not any(s < m.end() and m.start() < e for s, e in spans):
                    spans.append((m.start(), m.end()))
        return spans

    def rows_of_kind(self, fq: FactQuestion, docs: list[int]) -> list[dict]:
        """"哪些学校已经拨完了": the facts of the one table whose rows are all of the kind asked (none when no kind
        is said, or several tables are of it)."""
        kind = entities_asked(fq.text, self.kinds, self.idx.cut)
        tables = [t for d in docs if (t := entity_table(self.idx, d)) is not None]
        table = self._only_table_of_kind(tables, kind) if kind else None
        return [f for fs in table.facts.values() for f in fs] if table is not None else []

    def _counted_column(self, fq: FactQuestion, docs: list[int], kind: str) -> tuple[FactQuestion, EntityTable] | None:
        """"哪所学校人数最多", "哪个村户数最多": a count said by its measure alone (人数), nothing else named, of the
        one table of the kind asked whose one column counts in that measure: that column said."""
        m = _COUNT_WORD.fullmatch(fq.leftover or "")
        if m is None or any(x.start >= 0 for x in fq.mentions):
            return None
        found = []
        for d in docs:
            if (t := entity_table(self.idx, d)) is None or (t := self._of_kind(t, kind)) is None:
                continue
            cols = {f["col_labels"] for fs in t.facts.values() for f in fs if f["unit"] == m.group(1)}
            found += [(t, c) for c in cols]
        if len(found) != 1:
            return None
        table, col = found[0]
        fq = copy.copy(fq)
        fq.mentions, fq.leftover = [Mention(-1, -1, {label_key(col.split(query.FACT_SEP)[-1])}, True, 2)], ""
        return fq, table

    def _noun_column(self, fq: FactQuestion, table: EntityTable) -> str:
        """The one column, not of money, whose header holds the one word the question leaves unread (学生 of
        在校学生数（人）); of several, the one printed under no group header (资助学生人数 is under 学生资助)."""
        words = (fq.leftover or "").split()
        if len(words) != 1 or len(words[0]) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", words[0]):
            return ""
        found = sorted({f["col_labels"] for fs in table.facts.values() for f in fs
                        if f["unit"] not in _MONEY_UNITS and words[0] in label_key("".join(f["col_labels"].split(query.FACT_SEP)))})
        if len(found) > 1:
            found = [c for c in found if len([x for x in c.split(query.FACT_SEP) if x]) == 1]
        return found[0] if len(found) == 1 else ""

    def _total_column(self, table: EntityTable) -> str:
        """The row's total column (合计, else the one column of money allotted: 分配金额); "" when not one."""
        return allotted_column(table.columns, self.idx.allocation_words)

    def _area_column(self, table: EntityTable, column: str) -> str:
        """The column asked of a 面积 said: the one chosen when it is in a unit of area, else the table's one
        column in such a unit; "" when there is none or several."""
        cols = {f["col_labels"] for fs in table.facts.values() for f in fs if f["unit"] in AREA_UNITS}
        return column if column in cols else next(iter(cols)) if len(cols) == 1 else ""

    def _within(self, fq: FactQuestion, table: EntityTable, kind: str, item: str, column: str) -> FactAnswer | None:
        """"分到七十万以上的乡镇": the rows whose figure of the column passes the bound (said in 万 of a column in 元:
        times 10000); None when a figure is of another unit than the bound's."""
        cells = [(e, f) for e in table.entities if (f := self._cell(table, e, item, column)) is not None
                 and f["number"] is not None]
        if len(cells) < 2 or fq.number is None:
            return None
        n, said = fq.number, fq.number_unit
        units = {f["unit"] or "" for _, f in cells}
        if said.startswith("万") and units == {"元"}:
            n *= 10000
        elif said == "元" and units == {"万元"}:
            n /= 10000
        elif said and said not in units and not (said == "万" and units == {"万元"}):
            return None  # "5000户以上" of a column in 元: no bound of that column
        test = {"gt": lambda x: x > n, "lt": lambda x: x < n, "ge": lambda x: x >= n, "le": lambda x: x <= n}[fq.cmp]
        hits = [(e, f) for e, f in cells if test(f["number"])]
        name = column.split(query.FACT_SEP)[-1]
        if not hits:
            return FactAnswer("answered", compose.none_fits(len(cells)) + _cite(self.idx, [f for _, f in cells]),
                              [f for _, f in cells])
        hits.sort(key=lambda c: c[1]["number"], reverse=fq.cmp in ("gt", "ge"))
        lines = [compose.fact_value(f"{self._named(e, item)} {name}", _shown(f)) for e, f in hits]
        facts = [f for _, f in hits]
        return FactAnswer("answered", compose.numbered_items(lines, count=len(hits)) + _cite(self.idx, facts), facts)

    def _having_asked(self, fq: FactQuestion, table: EntityTable, kind: str, item: str,
                      column: str) -> FactAnswer | None:
        """"哪个单位没有事业收入", "哪几个学校有事业收入", "有X的单位有几个": the rows of the kind with (or
        without) a figure in the column said; None when the question asks no such thing."""
        if column and re.search(rf"(?:哪(?:一|几)?个|哪些|几个|多少个){kind}(?:没有|没|无)|(?<!有)(?:没有|无)[^的]{{2,}}的{kind}", fq.text):
            return self._having(table, kind, item, column, lacking=True)  # blank or 0
        if not item and column and re.search(rf"哪(?:一|几)?个{kind}(?:有|安排)|哪些{kind}(?:有|安排)|(?:有|安排了?).{{2,}}的{kind}",
                                             fq.text):
            return self._having(table, kind, "", column)  # a unit a row: the column said is what each has
        if re.search(rf"哪(?:一|几)?个{kind}有|哪些{kind}有|有{re.escape(item)}的{kind}", fq.text) and item:
            return self._having(table, kind, item, column)
        return None

    def owners(self, fq: FactQuestion, context: dict | None) -> FactAnswer | None:
        """"政府性基金收入" (the table's 合计 row) → "是哪个单位的": the rows of the kind asked whose cell of the
        column just shown holds a figure; None unless the figure shown is the total row of a table of units."""
        last = list((context or {}).get("last") or ())
        kind = entities_asked(fq.text, self.kinds, self.idx.cut)
        if len(last) != 1 or not kind or any(m.start >= 0 and m.exact for m in fq.mentions) \
                or not re.fullmatch(rf"(?:那|那么)?(?:这|这笔|这个|它)?(?:是|都是|分别是|属于)?"
                                    rf"(?:哪(?:一|几)?个|哪些|什么){kind}的(?:呢|啊|钱|收入|支出)?", fq.text):
            return None
        shown = self.idx.facts(last)
        if not shown or not shown[0]["col_labels"] or not _is_total(label_key(_path(shown[0])[-1] if _path(shown[0]) else "")):
            return None
        table = entity_table(self.idx, shown[0]["document_id"])
        table = self._of_kind(table, kind) if table is not None else None
        if table is None or shown[0]["col_labels"] not in table.columns:
            return None
        return self._having(table, kind, "", shown[0]["col_labels"])

    def _table_of(self, fq: FactQuestion, docs: list[int], kind: str | None = None) -> EntityTable | None:
        """The one entity table the question is about: of the department named, of the kind named, or the
        only one holding the lines named."""
        scoped = [d for d in docs if d in fq.subject_docs] or \
            [d for d in docs if self.idx.docs[d].department in fq.departments]
        tables = [t for d in (scoped or docs) if (t := entity_table(self.idx, d)) is not None]
        if not scoped and not any(m.start >= 0 for m in fq.mentions) and kind is not None:
            # "倒数第二是哪个乡镇", "分得最少的是哪个": nothing named but the rows; the one table of such rows
            # with a total column to rank them by
            return self._only_table_of_kind([t for t in tables if self._total_column(t)], kind)
        if not scoped:
            said = {k for m in fq.mentions for k in m.keys}
            tables = [t for t in tables if said & {label_key(x) for x in t.items} or self._said_columns(fq, t)]
        if len(tables) > 1 and kind:  # "哪个学校合计最多": of the tables with a 合计, the one of schools
            tables = [t for t in tables if self._of_kind(t, kind) is not None and self._kind_titled_or_all(t, kind)] or tables
        return tables[0] if len(tables) == 1 else None

    def _kind_titled_or_all(self, table: EntityTable, kind: str) -> bool:
        """Whether a table's rows are of the kind said: its title says it (学校 of 中小学校…预算表), or its every row
        ends as the kind does."""
        endings = tuple(self.endings.get(kind) or self.idx.place_kind_endings.get(kind) or ())
        return not endings or self._title_says(table, kind) or all(label_key(e).endswith(endings) for e in table.entities)

    def _title_says(self, table: EntityTable, kind: str) -> bool:
        return table.doc in self.idx.docs and kind in compact(self.idx.docs[table.doc].form)

    def _without_left_out(self, table: EntityTable | None) -> EntityTable | None:
        """The table without the rows a ranking leaves out ("除了X", "（不算X）": the answerer's left_out), kept in
        _dropped to be said; the table as it is when none of its rows is left out."""
        if table is None or not self.left_out:
            return table
        dropped = [e for e in table.entities if any(x in label_key(e) for x in self.left_out)]
        kept = [e for e in table.entities if e not in dropped]
        if not dropped or not kept:
            return table
        self._dropped = dropped
        return EntityTable(table.doc, kept, table.items, {k: v for k, v in table.facts.items() if k[0] in kept},
                           table.columns, table.left_out)

    def _only_table_of_kind(self, tables: list[EntityTable], kind: str) -> EntityTable | None:
        """The one table whose rows are all of the kind asked (any kind when none is said nor listed)."""
        endings = tuple(self.endings.get(kind) or self.idx.place_kind_endings.get(kind) or ())
        if endings:
            tables = [t for t in tables if self._kind_titled_or_all(t, kind)]
        return tables[0] if len(tables) == 1 else None

    def _of_section_said(self, text: str, table: EntityTable | None) -> EntityTable | None:
        """The rows under the one heading of the table the question names outside any row's name ("初中里哪个最少"
        of rows under 一、小学 / 二、初中 / 三、高中（含中职）); the table as it is when it names none."""
        if table is None:
            return None
        sections: dict[str, list[str]] = {}
        for (e, _), fs in table.facts.items():
            if (head := _SECTION_WORD.sub("", label_key(fs[0]["section"] or ""))) and e not in sections.setdefault(head, []):
                sections[head].append(e)
        if len(sections) < 2:
            return table
        rest = compact(text)
        for e in sorted(table.entities, key=len, reverse=True):
            rest = rest.replace(label_key(e), " ")
        said = [h for h in sections if len(h) >= 2 and h in rest]
        if len(said) != 1 or len(kept := [e for e in table.entities if e in sections[said[0]]]) < 2:
            return table
        return EntityTable(table.doc, kept, table.items, {k: v for k, v in table.facts.items() if k[0] in kept},
                           table.columns, table.left_out)

    def _of_kind(self, table: EntityTable, kind: str) -> EntityTable | None:
        """The rows of the kind asked ("哪几个学校": the schools of a bureau's units, not its own office); every
        row for a kind of no listed endings (部门, 单位, 县区); None when no row is of the kind. A table whose title
        says the kind (学校 of 中小学校…预算表) holds only such rows, whatever their names end in (职业教育中心)."""
        endings = self.endings.get(kind)
        if not endings or self._title_says(table, kind):
            return table
        kept = [e for e in table.entities if label_key(e).endswith(tuple(endings))]
        if not kept:
            return None
        if len(kept) == len(table.entities):
            return table
        return EntityTable(table.doc, kept, table.items, {k: v for k, v in table.facts.items() if k[0] in kept},
                           table.columns)

    def _literally(self, table: EntityTable, kind: str, keep: bool = True) -> EntityTable | None:
        """The rows whose names end as a town of the kind said ("几个乡": the …乡 rows; keep=False, "乡不算": the
        others); the table as it is for a kind of no such ending; None when no row is left."""
        endings = tuple(self.idx.town_kind_endings.get(kind, ()))
        if not endings:
            return table
        kept = [e for e in table.entities if label_key(e).endswith(endings) == keep]
        if not kept:
            return None
        if len(kept) == len(table.entities):
            return table
        return EntityTable(table.doc, kept, table.items, {k: v for k, v in table.facts.items() if k[0] in kept},
                           table.columns, [e for e in table.entities if e not in kept])

    def _said_columns(self, fq: FactQuestion, table: EntityTable) -> list[str]:
        """The columns the question names: by their label, or a total column by the word it totals ("收入" of
        收入合计)."""
        cols: dict[str, str] = {}
        shared: dict[str, list[str]] = {}  # a column's own name that several groups print (账面价值 of 房屋, 车辆)
        for c in table.columns:
            parts = [label_key(x) for x in c.split(query.FACT_SEP) if x]
            if len(parts) == 1:
                cols.setdefault(parts[0], c)
            else:  # "实有人数 › 小计": said 实有人数小计, or 实有人数 (its total); 在编人员 by its own name
                cols.setdefault("".join(parts), c)
                own = parts[0] if _is_total(parts[-1]) else parts[-1]
                cols.setdefault(own, c)
                shared.setdefault(own, []).append(c)
        keys = [k for m in fq.mentions for k in m.keys]
        said: list[str] = []
        joined = {id(m) for a, b in zip(fq.mentions, fq.mentions[1:], strict=False)
                  if any(x + y in cols for x in a.keys for y in b.keys) for m in (a, b)}
        for a, b in zip(fq.mentions, fq.mentions[1:], strict=False):
            said += [cols[x + y] for x in a.keys for y in b.keys if x + y in cols]  # "车辆" "账面价值": 车辆 › 账面价值
        for m in fq.mentions:
            if id(m) in joined:
                continue
            word = fq.text[m.start:m.end] if m.start >= 0 else ""
            named = [c for k in m.keys | _column_said_short(word, shared) if k in cols
                     for c in (shared[k] if len(shared.get(k, ())) > 1 else [cols[k]])]
            total = [cols[word + w] for w in ("合计", "总计") if cols.get(word + w) in named]
            said += total if len(named) > 1 and total else named  # "支出" of 支出合计 and 其他支出: the total
        if not said:
            said = [cols.get(k + w) or cols[w[0] + k] for k in keys for w in ("合计", "总计", "小计")
                    if k + w in cols or w[0] + k in cols]
        return list(dict.fromkeys(said))

    def _not_understood(self, fq: FactQuestion, table: EntityTable) -> bool:
        """Words the question says that no step explained and the table's title does not hold."""
        titles = "".join(self.idx.sheet_titles.get(table.doc, ()))
        said = [w for w in self.idx.everyday if len(w) >= 2 and w in fq.text]  # "青岚那边": 边 is of 那边
        return any(w not in titles and not any(w in x for x in said) for w in (fq.leftover or "").split())

    def _item(self, fq: FactQuestion, table: EntityTable) -> str | None:
        """The line of each entity asked ("公务接待费"), else the entity's own total (合计) or its one row;
        None when the question names an entity's row (that is a lookup) or a line the table lacks."""
        keys = {label_key(x): x for x in table.items}
        said = [m for m in fq.mentions if m.start >= 0]
        if any(m.keys & {label_key(e) for e in table.entities} and m.exact for m in said):
            return None  # one entity named: its row is looked up, not compared
        named = [keys[k] for m in said for k in m.keys if k in keys and not _is_total(k)]
        named = list(dict.fromkeys(named))
        if len(named) > 1:
            return None
        if named:
            return named[0]
        if not table.items:
            return ""
        totals = [x for x in table.items if _is_total(label_key(x))]
        return totals[0] if totals else None

    def _column(self, fq: FactQuestion, table: EntityTable, years: list[int]) -> str:
        """The column asked: one named ("中央资金"), else the one of the year asked (2025年预算数), else the
        table's own year's."""
        said = self._said_columns(fq, table)
        plain = [c for c in table.columns if not _NOT_A_YEAR.search(c)
                 or c in said and not _NOT_OF_ONE_YEAR_EVEN_SAID.search(c)]  # (a rate said by name: 结转结余率)
        own = self.idx.docs[table.doc].year
        if fq.years:
            dated = [c for c in plain if year_in(c) in fq.years[:1]]
            if said:
                dated = [c for c in dated if c in said] or dated
                undated = [c for c in said if c in plain and year_in(c) is None]
                if undated and fq.years[:1] == [own] and len(set(undated)) == 1:
                    return undated[0]  # "2026年中央资金" of a 2026 table: its 中央资金 column
            return dated[0] if len(dated) == 1 else ""
        if said:
            named = list(dict.fromkeys(c for c in said if c in plain))
            if len(named) > 1:  # "债务余额" of 2023年末 and 2024年末债务余额: the table's own year's
                named = [c for c in named if year_in(c) == own] or named
            return named[0] if len(named) == 1 else ""
        dated = [c for c in plain if year_in(c) == own]
        if len(dated) == 1 or len(plain) == 1:
            return dated[0] if len(dated) == 1 else plain[0]
        # Columns of sources with their total ("收入合计", 一般公共预算拨款收入 …): ranked "按合计", the total.
        totals = [c for c in plain if _is_total(label_key(c.split(query.FACT_SEP)[-1]))]
        said_total = any(_is_total(k) for m in fq.mentions for k in m.keys)
        return totals[0] if len(totals) == 1 and said_total else ""

    def _cell(self, table: EntityTable, entity: str, item: str, column: str) -> dict | None:
        return next((f for f in table.facts.get((entity, item), ()) if f["col_labels"] == column), None)

    def _named(self, entity: str, item: str) -> str:
        return entity if not item or _is_total(label_key(item)) else f"{entity}{item}"

    def _count(self, table: EntityTable, kind: str, fq: FactQuestion) -> FactAnswer:
        """The units counted; the department's own line (本级) said apart, and left out of "下属几个单位"."""
        own = [e for e in table.entities if is_own_line(e, self.idx.docs[table.doc].department)]
        under = bool(UNITS_UNDER.search(fq.text))
        counted = [e for e in table.entities if not (under and e in own)]
        cells = [fs[0] for e in counted if (fs := next((v for (x, _), v in table.facts.items() if x == e), None))]
        return FactAnswer("answered", compose.entities_counted(kind, table.entities, own, under) + _cite(self.idx, cells),
                          cells)

    def _extreme(self, fq: FactQuestion, table: EntityTable, item: str, column: str) -> FactAnswer | None:
        cells = [(e, f) for e in table.entities if (f := self._cell(table, e, item, column)) is not None
                 and f["number"] is not None]
        if len(cells) < 2:
            return None
        most = "max" in fq.ops
        best = (max if most else min)(f["number"] for _, f in cells)
        top = [(e, f) for e, f in cells if f["number"] == best]
        ranked = [f["id"] for _, f in sorted(cells, key=lambda c: c[1]["number"], reverse=most)]
        facts = [f for _, f in top]
        return FactAnswer("answered", compose.fact_extreme("max" if most else "min",
                                                           [self._named(e, item) for e, _ in top],
                                                           f"{column} {_shown(facts[0])}", len(cells))
                          + _cite(self.idx, facts), facts, ranked=ranked)

    def _extreme_of_kind(self, fq: FactQuestion, table: EntityTable, kind: str, item: str,
                         column: str) -> FactAnswer | None:
        """"分得最多的乡": 乡 is said of every town loosely, so the row of all; when that row is not a …乡 (the table
        lists 镇 too), the first among the …乡 rows is said beside it — never one of them alone."""
        whole = self._extreme(fq, table, item, column)
        own = self._literally(table, kind)
        if whole is None or own is None or own is table or not whole.facts \
                or label_key(_path(whole.facts[0])[0]).endswith(tuple(self.idx.town_kind_endings.get(kind, ()))):
            return whole
        of_kind = self._extreme(fq, own, item, column)
        if of_kind is None:
            return whole
        return FactAnswer("answered", whole.text + "\n" + compose.among_the_kind(kind) + of_kind.text,
                          whole.facts + of_kind.facts, ranked=whole.ranked)

    def _extreme_of_difference(self, table: EntityTable, most: bool, item: str, first: str,
                               second: str) -> FactAnswer | None:
        """The row whose first column exceeds its second the most (least): first − second of each row with
        both figures (a blank in either: that row is not compared)."""
        rows = []
        for e in table.entities:
            a, b = self._cell(table, e, item, first), self._cell(table, e, item, second)
            if a is not None and b is not None and a["number"] is not None and b["number"] is not None \
                    and (a["unit"] or "") == (b["unit"] or ""):
                rows.append((e, a, b, round(a["number"] - b["number"], 6)))
        if len(rows) < 2:
            return None
        best = (max if most else min)(r[3] for r in rows)
        top = [r for r in rows if r[3] == best]
        facts = [f for r in top for f in r[1:3]]
        text = compose.entity_difference_extreme(
            "max" if most else "min", [(self._named(e, item), _shown(a), _shown(b), fmt_number(d)) for e, a, b, d in top],
            first.replace(query.FACT_SEP, ""), second.replace(query.FACT_SEP, ""), top[0][1]["unit"] or "", len(rows))
        return FactAnswer("answered", text + _cite(self.idx, facts), facts,
                          ranked=[r[1]["id"] for r in sorted(rows, key=lambda r: r[3], reverse=most)])

    def _ranked(self, table: EntityTable, kind: str, item: str, column: str, n: int,
                from_least: bool) -> FactAnswer | None:
        """"按合计排第二的单位": the row at that place of the column's figures (ties keep the table's order)."""
        cells = [(e, f) for e in table.entities if (f := self._cell(table, e, item, column)) is not None
                 and f["number"] is not None]
        if len(cells) < max(n, 2):
            return None
        ranked = sorted(cells, key=lambda c: c[1]["number"], reverse=not from_least)
        entity, fact = ranked[n - 1]
        text = compose.entity_ranked(kind, column.split(query.FACT_SEP)[-1], n, from_least,
                                     self._named(entity, item), _shown(fact), len(cells))
        return FactAnswer("answered", text + _cite(self.idx, [fact]), [fact],
                          ranked=[f["id"] for _, f in ranked])

    def _having(self, table: EntityTable, kind: str, item: str, column: str, lacking: bool = False) -> FactAnswer | None:
        """"哪个部门有因公出国费": the entities whose line holds a figure above zero (in the column asked, else
        in any year's column); lacking: those whose line holds none ("哪个单位没有事业收入")."""
        cols = [column] if column else [c for c in table.columns if not _NOT_A_YEAR.search(c)]
        what = item or column.split(query.FACT_SEP)[-1]  # (a unit a row: the column is what it has)
        found: list[tuple[str, list[dict]]] = []
        without: list[str] = []
        for e in table.entities:
            held = [f for f in table.facts.get((e, item), ()) if f["col_labels"] in cols and f["number"]]
            if held:
                found.append((e, held))
            else:
                without.append(e)
        if lacking:
            checked = [f for e in table.entities for f in table.facts.get((e, item), ())[:1]]
            # (the rows lacking it are the answer's rows: "分别是哪几个" next lists them, not every row checked)
            rows = [f for e in without for f in table.facts.get((e, item), ())[:1]] or checked
            return FactAnswer("answered", compose.entities_lacking(kind, what, without, len(table.entities))
                              + _cite(self.idx, checked), rows, negated=True)
        if not found:
            checked = [f for e in table.entities for f in table.facts.get((e, item), ())[:1]]
            return FactAnswer("answered", compose.entities_having(kind, what, [], len(table.entities))
                              + _cite(self.idx, checked), checked)
        facts = [f for _, fs in found for f in fs]
        shown = [(e, "、".join(f"{f['col_labels']} {_shown(f)}" for f in fs)) for e, fs in found]
        return FactAnswer("answered", compose.entities_having(kind, what, shown, len(table.entities))
                          + _cite(self.idx, facts), facts)

    def _sum(self, table: EntityTable, kind: str, item: str, column: str) -> FactAnswer | None:
        cells = [(e, f) for e in table.entities if (f := self._cell(table, e, item, column)) is not None]
        numbers = [f for _, f in cells if f["number"] is not None]
        if len(numbers) < 2:
            return None
        units = {f["unit"] or "" for f in numbers}
        if len(units) != 1:
            return None
        unit = units.pop()
        total = round(sum(f["number"] for f in numbers), 6)
        parts = [(self._named(e, item), fmt_number(f["number"])) for e, f in cells if f["number"] is not None]
        facts = [f for _, f in cells]
        text = compose.entities_sum(kind, column, item, fmt_number(total), unit, parts, table.left_out)
        return FactAnswer("answered", text + _cite(self.idx, facts), facts, total=(total, unit))
