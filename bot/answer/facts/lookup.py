"""Finding the facts a question names: label groups matched, narrowed to the row, column, kind and year asked."""

from __future__ import annotations

import copy
import re
from collections import defaultdict

from bot.answer import compose
from bot.answer.facts import value_rows
from bot.answer.facts.common import (
    _A_TIME,
    _AMOUNT_ASKED,
    _BASIS,
    _COUNT_IN_TEXT,
    _FULL_MARKS,
    _KINDS_ASKED,
    _MEASURE_KIN,
    _NAMES_ASKED,
    _PLACED,
    _PUNCT_OUT,
    _REASON_COLUMN,
    _REMARK_COLUMN,
    _SCORED,
    _TABLE_KINDS,
    _TABLE_UNIT,
    _TEXT_ASKED,
    _UNIT_SCALE,
    _WHAT_FOR,
    _WHEN_ASKED,
    _above_row,
    _fewest_unexplained,
    _passage,
    _without_a_generic_suffix,
    marks_apart,
)
from bot.answer.facts.index import FactIndex
from bot.answer.facts.question import (
    _COMMON_GRAMS,
    _NOTE_ASKED,
    _NOTE_SAID,
    _NOTE_WORDS,
    _QUANTITY_ASKED,
    _USE,
    FactAnswer,
    FactQuestion,
    Mention,
    _departments_in,
    _names_a_label,
    change_column_unasked,
    department_of_titled_year,
    qualifier_unsaid_in,
    read_question,
    reading_of,
    shortened_kind,
)
from bot.answer.facts.records import _asks as record_asks
from bot.answer.facts.records import text_asks
from bot.answer.facts.row_notes import is_note_column, kind_printed_only
from bot.answer.facts.rows import Rows
from bot.answer.facts.values import (
    _MONEY_UNITS,
    _PEOPLE_ASKED,
    _cite,
    _col_letters,
    _kind_fits,
    _month,
    _name,
    _own_col,
    _own_row,
    _period_of,
    _prefer,
    _scope_docs,
    _shown,
    bracket_rows,
    column_month,
    month_column,
    of_the_flow_asked,
    running_total,
    said_outside,
    year_in,
    year_of_fact,
)
from bot.answer.facts.words import (
    _PLANS,
    AREA_UNITS,
    CHANGE_COLUMN,
    NOTES_READ_AT_MOST,
    _is_grand_total,
    _is_total,
    allotted_column,
    column_core,
    counted_bare,
    flow_words,
    fmt_number,
    fmt_percent,
    label_key,
    period_in,
)
from bot.language.asking import Words
from bot.language.normalize import compact, normalize
from bot.model import ITEM_HEAD
from bot.store import queries as query

# "更新几辆执法车": a count asked in a measure word.
# A time a note says beside the day or month _A_TIME reads: a year, a season, a quarter ("2025年秋季开学投用").
_SOME_TIME = re.compile(r"\d{2,4}年|季度|[春夏秋冬]季|年内|月份|[上中下]旬|开学|之前|以前|期限")
# A figure asked of a term a note states ("占…比例", "红线是多少"), and a percentage a note prints.
_PERCENT_PRINTED = re.compile(r"\d+(?:\.\d+)?%")
# a share or a limit a note prints asked ([asking_words.notes]: share_asked, limits; `of` between the part and the whole)
_SHARE_ASKED = Words("notes", "{share_asked}")
_LIMIT_ASKED = Words("notes", "{limits}")
_SHARE_OF = Words("notes", "{of}")
_COUNT_ASKED = re.compile(r"(?:几|多少)(辆|台|个|名|人|家|次|项|套|批|所|件)")
# "是哪个单位编的", "编制单位是谁": who made a table (the words left when its kind is named are a verb at most).
_MADE_BY = re.compile(r"(?:哪个|哪一个|哪家|什么)(?:单位|部门)(?:编|做|出|制|填|报)|编制单位|制表单位|填报单位|"
                      r"(?:谁|哪个单位|哪个部门)(?:编制|编报|制作|填报)")
_MADE_BY_LEFT = re.compile(r"(?:编|编制|编报|制作|制|做|出|填报|填|报|是|的|\s)*")

# A cell saying there is none ("无", "没有"), and a table's note saying its cells are empty because there was
# none ("本年度没有…支出，故本表无数据", "无政府性基金预算财政拨款支出"): an answer, not an unknown.
_NONE_CELL = re.compile(r"无|没有|暂无|未发生|本年无")
_NONE_NOTED = re.compile(r"本表无数据|没有[^，。；]{0,30}(?:支出|收入|经费)|无[^，。；]{0,30}(?:支出|收入|经费)")


def _glued_suffix_dropped(groups: list[list[Mention]], sets: list[set[int]], idx: FactIndex, text: str
                          ) -> tuple[list, list]:
    """"公共卫生支出" of a row "21004公共卫生" in a table of 支出: a two-character word said right after a name
    (no space, no conjunction) that no fact carries with it, and that the name's own table says of its
    figures (its sheet, section or columns), is the name's generic suffix, never a second item beside it
    (支出合计, 其他支出); groups and sets unchanged otherwise ("人员经费" of a table with no 经费 at all)."""
    glued = {i for i in range(1, len(groups)) if len(groups[i]) == 1 and groups[i][0].start >= 0
             and groups[i][0].start == groups[i - 1][-1].end and groups[i][0].end - groups[i][0].start <= 2
             and all(k in idx.row_label_keys for k in groups[i][0].keys)}
    keep = [i for i in range(len(groups)) if i not in glued]
    rest = set.intersection(*[sets[i] for i in keep]) if glued and keep else set()
    if not rest:
        return groups, sets
    words = [text[groups[i][0].start:groups[i][0].end] for i in glued]
    of_table = [f for f in list(rest)[:50]
                if all(any(w in k for k in idx.fact_keys.get(f, ())[idx.fact_nrows.get(f, 0):]) for w in words)]
    if not of_table:
        return groups, sets
    return [groups[i] for i in keep], [sets[i] for i in keep]


def _column_said_with_its_kind(fq: FactQuestion, groups: list[list[Mention]], sets: list[set[int]],
                               idx: FactIndex) -> list[set[int]]:
    """"动物疫病预防控制中心运转经费其他资金多少" of a table printing its funds as 预算金额 › 其他: a column said with the
    kind of its figures after it (其他 + 资金, 政府性基金 + 拨款), a label only other tables print whole, is the
    named row's own column printed without that word; the sets unchanged unless exactly one such column."""
    for i in (0, 1) if len(groups) == 2 else ():
        g, other = groups[i], sets[1 - i]
        core = column_core(fq.text[g[0].start:g[0].end] if len(g) == 1 and g[0].start >= 0 else "")
        if not core or not other or len(other) > 400:
            continue
        hits = {f["id"] for f in idx.facts(sorted(other)) if f["number"] is not None and _own_col(f) == core}
        if hits and len({idx.fact_doc[f] for f in hits}) == 1:
            return [hits if j == i else x for j, x in enumerate(sets)]
    return sets


def _whole_not_the_part(fq: FactQuestion, groups: list[list[Mention]]) -> None:
    """"基本公共卫生服务占公共卫生多少": the whole named after 占 is not the part (whose label holds its words
    too): the part's labels are no whole; the line of that very name ("占教师进修": 20508教师进修) is, not
    其他教师进修 beside it."""
    if "ratio" not in fq.ops or len(groups) != 2 or len(groups[0]) != 1 or len(groups[1]) != 1 \
            or not groups[0][0].keys < groups[1][0].keys:
        return
    whole = groups[1][0]
    whole.keys = whole.keys - groups[0][0].keys
    said = fq.text[whole.start:whole.end] if whole.start >= 0 else ""
    named = {k for k in whole.keys if re.sub(r"^\d{3,}", "", k) == said}
    if len(named) == 1:
        whole.keys = named


def _in_the_one_table_of_both(sets: list[set[int]], fact_doc, figured=None) -> list[set[int]]:
    """"基本公共卫生服务占卫生健康支出多少": the one table holding both rows (another table's 卫生健康支出 is no
    whole of this table's line); of several, the one printing a figure for both ("事业收入占总收入": a table
    printing 事业收入 blank has nothing to compute with); the sets as they are when not exactly one table
    holds both."""
    common = {fact_doc[f] for f in sets[0]} & {fact_doc[f] for f in sets[1]}
    if len(common) > 1 and figured is not None:
        common &= {fact_doc[f] for f in figured(sets[0])} & {fact_doc[f] for f in figured(sets[1])}
    return [{f for f in x if fact_doc[f] in common} for x in sets] if len(common) == 1 else sets


def _figures_not_changes(facts: list[dict], fq: FactQuestion) -> list[dict]:
    """"（2024年）收入合计" of a table printing 本年 | 增减额 | 增减率 (all of 2024): the year's figure, not its
    change from the year before — unless a change is asked. (Two rows' difference, no year said, is of their
    figures: "本级收入小计和本级支出小计差多少" never subtracts their printed changes.)"""
    rows = {(f["document_id"], f["sheet"], f["page"], f["line"]) for f in facts}
    of_years = "diff" in fq.ops and (len(rows) < 2 or fq.years or fq.relative_year)
    if of_years or fq.growth or CHANGE_COLUMN.search(fq.text):
        return facts
    return _prefer(facts, lambda f: not CHANGE_COLUMN.search(f["col_labels"] or ""))


_HALF_YEAR = re.compile(r"上半年|前半年|半年")
# What a cell printed blank holds ("—", "-", "/").
_BLANK_CELL = re.compile(r"[\s\-—－/／]")
# A column of the price of one (单价, 每台价格): never a row's amount unless named.
_PER_ONE = re.compile(r"单价|每(?:台|套|件|个|人|次)")
# "非遗保护资金里传承人补助发了多少钱": the money of a part named inside a row.
_PART_ASKED_MONEY = re.compile(r"(?:里|中|其中)(?:的)?([\u4e00-\u9fff]{2,10}?)(?:发了|花了|用了|发放了?|支出了?|是|有)?(?:多少钱|多少资金|多少经费|金额)")


def _pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


# A table's note saying it holds no figures ("本年度没有…支出，故本表无数据", "本表为空表").
# The head of a table's note ("注：", "说明：", "备注").
_NOTE_HEAD = re.compile(r"(?:注|说明|备注)")
_NO_FIGURES = re.compile(r"本表无数据|故本表为空|本表为空表?|无此(?:项|类)?(?:收支|支出|收入|数据)|(?:没有|无)[^，。；]{0,30}(?:支出|收入)[，,]?故")


# A column of one year's figures ("2024年分配数", "上年决算数"): what a change over a year is read from.
_YEAR_COLUMN = re.compile(r"(?:19|20)\d\d年|上年|去年|本年")
# 预算 said alone of a line: the budget, not the amount whatever its kind (see _budget_of_final_lines).
_BUDGET_SAID = re.compile(r"预算数?")
# A final account's columns of the budget its 决算 is set against ("年初预算为…", 三公 预算数).
_BUDGET_COLUMN = re.compile(r"(?:年初|全年|调整后?)?预算数?")
# A blank table's column named by the question: 决算 said any way; 预算 only as the column's name (预算数), "三公
# 经费预算" being the table's subject asked (its note answers).
_COLUMN_NAMED = {"决算数": r"决算", "预算数": r"预算数"}



# An indicator row's target and what was done (年度目标值 | 实际完成值), the figures it is judged by.
_TARGET_COLUMN = re.compile(r"(?:年度|全年)?(?:目标值|指标值)$")
_DONE_COLUMN = re.compile(r"(?:实际)?完成值$|实际值$")


# "失业保险其他支出主要是什么": what a line mainly is, which a table's note may say (…主要为X, …主要用于X)
_MAINLY_ASKED = re.compile(r"^(.{4,}?)(?:主要|都|具体)?(?:是什么|是啥|有哪些|包括什么|包括哪些|用于什么|用在哪|用来干什么|是哪些)(?:呢|啊)?$")
_MAINLY = re.compile(r"主要(?:为|是|用于|包括)")


def _note_clauses(note: str) -> list[str]:
    """A note's clauses, their numbers ("2.") and its head ("注：") left off, compacted."""
    return [compact(c) for c in re.split(r"[；;。]|(?<![\d.])\d[.、．](?!\d)", re.sub(r"^(?:注|说明)[:：]?", "", note)) if c.strip()]


# "职工医保包括哪个险种", "X含哪些": what a label includes, asked of the label named before the verb
_INCLUDES_ASKED = re.compile(r"^(.{2,}?)(?:里面?|中)?(?:都|还)?(?:包括|包含|含)(?:了|有)?(?:哪个|哪些|哪几个|哪一个|什么|啥)"
                             r"(?:险种|项目|内容|部分|险)?(?:呢|啊)?$")

# The asking words around a word left of a column said in part ("属于什么目录"), and a code asked.
_ASKING_LEFT = re.compile(r"属于|是|什么|哪个|哪一个|哪类|哪种|啥|的|多少")
_CODE_ASKED = re.compile(r"代码|编码|编号")
# "培训多少人", "覆盖多少个村", "涉及几户": a count in a measure a row's short text may state (培训500人)
_COUNT_IN_MEASURE = re.compile(r"(?<![哪这那])(?:几|多少)(?:个)?(户|家|人次|人|村|镇|所|座|台|辆|亩|公里|处)(?:呢|啊|吗)?$")


def subject_code_of(row_labels: str) -> tuple[str, str] | None:
    """The subject code a row is printed with, and the row said with it: its own label's (2296006用于…), or the
    subject's it stands under (2130705对村民委员会… › 村干部报酬及村级组织运转经费: "村干部报酬…（对村民委员会…）")."""
    path = row_labels.split(query.FACT_SEP)
    for label in reversed(path):
        if m := re.match(r"^(\d{3,})\s*(\D.*)$", label):
            return m.group(1), m.group(2).strip() if label == path[-1] else f"{path[-1]}（{m.group(2).strip()}）"
    return None
# "是新增的吗", "是不是延续项目": a word asked yes or no of one row.
_YES_NO_ASKED = re.compile(r"(?:是|属于|算)(?P<w>[\u4e00-\u9fff]{2,6}?)(?:的|项目)?(?:吗|么|嘛)$|是不是(?P<w2>[\u4e00-\u9fff]{2,6}?)(?:的|项目)?$")


# Households or trees counted ("涉及多少户", "多少株"): a row printing none of them in 户 (株) has no such figure.
_HOUSEHOLDS = re.compile(r"(?:几|多少)(户|株)")



# A weight printed in a column's header ("人口因素（人）\n权重50%", "常住人口（人）（权重60%）").
_WEIGHT_IN_HEADER = re.compile(r"[（(]?权重[:：]?\s*(\d+(?:\.\d+)?\s*%)[）)]?")


def _part_not_asked(sentence: str, text: str, noun: str) -> bool:
    """Whether a sentence counting a part the row includes ("含县城规划区周边12个村", "含2个移民安置社区") says words
    of that part the question does not ("一共有多少个村"); "其中行政编制32人" asked "行政编制多少人" is that part."""
    if not re.match(r"(?:含|包含|包括|其中)", sentence):
        return False
    rest = re.sub(r"^(?:含|包含|包括|其中)[:：]?", "", compact(sentence))
    rest = re.sub(r"[≥>=约共]?\d+(?:\.\d+)?[个名位人家所户项辆台套件张场期批]?", " ", rest)
    words = [w[: len(w) - len(noun)] if noun and w.endswith(noun) else w for w in rest.split()]
    return any(len(w) >= 2 and w not in text for w in words)

# A column naming the fund a row went into (整合后归入, 并入项目): where its money went, before its 备注.
_INTO_COLUMN = Words("where_to", "{into_heads}")


def _share_asked(text: str) -> tuple[str, list[str]] | None:
    """A share (比例, 占比) or a limit (红线) a note prints asked: the limit word said ("" for a share), and the words
    of the subject the share or limit is of (before 占, or before the limit word: "PPP支出责任", none when not
    said); None when neither is asked (a plain amount)."""
    limit = _LIMIT_ASKED.search(text)
    if limit is None and _SHARE_ASKED.search(text) is None:
        return None
    of = _SHARE_OF.search(text)
    head = text[:of.start()] if of is not None else text[:limit.start()] if limit is not None else ""
    return (limit.group(0) if limit else ""), _subject_words(head)


def _subject_words(head: str) -> list[str]:
    """The words a subject said must find in a note: its runs of Latin letters (PPP) and its pairs of Chinese
    characters (a year said, 2026年, and the common pairs of asking left out)."""
    head = re.sub(r"\d+年度?|的$", "", head)
    runs = re.findall(r"[A-Za-z]+|[\u4e00-\u9fff]+", head)
    words = [r for r in runs if r.isascii()]
    words += [r[i:i + 2] for r in runs if not r.isascii() for i in range(len(r) - 1)]
    return [w for w in words if w not in _COMMON_GRAMS]


def _clause_of_share(clauses: list[str], limit: str, subject: list[str], title: str) -> bool:
    """Whether the last clause (its sentence's clauses up to it) states the share or limit asked: a limit's clause
    names that limit and its sentence or its table's title the subject asked ("PPP…, 未超过10%的红线"); a share's clause says 占 or a
    share word, and its subject (the words before them, else the clause before when it starts with 占) holds
    every word of the subject asked ("其中财政资金占…的5.90%" is no share of 教育支出)."""
    clause = compact(clauses[-1])
    if limit:
        return limit in clause and all(w in compact("".join(clauses)) or w in title for w in subject)
    said = _SHARE_OF.search(clause) or _SHARE_ASKED.search(clause)
    if said is None:
        return False
    head = clause[:said.start()] or (compact(clauses[-2]) if len(clauses) > 1 else "")
    return all(w in head for w in subject)

# a note's item number before its sentence ("说明：2. …"), left out of the sentence shown
_NOTE_ITEM_NUMBER = re.compile(r"^(?:说明|注)?[:：]?\s*\d{1,2}[.、．](?=\D|\d{4}年)")


def _best_note(idx: FactIndex, scored: list[tuple[int, str, str, dict]],
               item_number: re.Pattern[str] | None = None) -> FactAnswer | None:
    """The figure of the note sentence sharing the most words with the question, ahead of every other and two pairs
    of characters at least (counted_in_notes, share_in_notes); None when none leads. item_number: a numbering left
    out of the sentence shown."""
    scored.sort(key=lambda x: -x[0])
    if not scored or scored[0][0] < 2 or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    _, figure, sentence, f = scored[0]
    if item_number is not None:
        sentence = item_number.sub("", sentence)
    return FactAnswer("answered", compose.counted_in_note(figure, sentence) + _cite(idx, [f]), [f])


class Lookup(Rows):
    # Candidate facts: every constraint (a mention, or a group of coordinated mentions) satisfied.
    def _groups(self, fq: FactQuestion) -> list[list[Mention]]:
        groups: list[list[Mention]] = []
        for m in fq.mentions:
            if groups:
                prev = groups[-1][-1]
                # "政府采购总额以及服务采购金额": the first one's total word, then the conjunction.
                between = re.sub(r"^的?(?:总额|总计|合计|总数)", "", fq.text[prev.end:m.start])
                if between in ("和", "与", "、", "及", "以及", "跟", "同", "或", "还有", ",", "，", "和的", "加") or \
                        self._listed_side_by_side(fq, prev, m):
                    groups[-1].append(m)
                    continue
            groups.append([m])
        return groups

    def _listed_side_by_side(self, fq: FactQuestion, prev: Mention, m: Mention) -> bool:
        """"基本支出 项目支出各多少": two labels of the same kind (both rows or both columns) said one after
        the other (a space between them), then 各/分别 — both asked, not the one inside the other."""
        if prev.end != m.start or not re.search(r"各|分别", fq.text[m.end:]):
            return False
        def roles(x: Mention) -> tuple[bool, bool]:
            return bool(x.keys & self.idx.row_label_keys), bool(x.keys & self.idx.col_keys)
        return roles(prev) == roles(m) and any(roles(m))

    def _tables_of(self, named: list[str], doc_ids: list[int] | None) -> list[int]:
        """The tables of the departments named, else those given, else every one."""
        return [d for n in named for d in self.idx.dept_docs.get(n, ())] or list(doc_ids or self.idx.fact_docs)

    def _texts_read_in(self, named: list[str], doc_ids: list[int] | None) -> list[int] | None:
        """The tables whose notes and texts a question is searched in (those of _tables_of); None when they are
        more than NOTES_READ_AT_MOST: a question naming no department never reads every table of a large base."""
        docs = self._tables_of(named, doc_ids)
        return docs if len(docs) <= NOTES_READ_AT_MOST else None

    def _match(self, fq: FactQuestion, docs: list[int], years: list[int]) -> tuple[list[int], list[list[Mention]]]:
        groups = self._groups(fq)
        if not groups:
            return [], groups
        _whole_not_the_part(fq, groups)
        idx = self.idx
        few = len(docs) <= 64
        doc_set = set(docs)

        def facts_of(g: list[Mention]) -> set[int]:
            return self._facts_of(g, fq, docs, years, few, doc_set)
        if not few and len(groups) > 1 and (both := self._rarest_first(groups, facts_of)):
            return sorted(both), groups
        sets = [facts_of(g) for g in groups]
        both = set.intersection(*sets)
        if not both and len(groups) > 1 and not {"ratio", "diff", "sum"} & set(fq.ops):
            groups, sets = self._lines_under_heads_said(groups, sets)  # (never of a share: 基本公共卫生服务占卫生健康支出)
            if not (both := set.intersection(*sets)):
                groups, sets = _glued_suffix_dropped(groups, sets, self.idx, fq.text)
                both = set.intersection(*sets)
        if not both and len(groups) > 1:  # (a column said with its kind first: 其他资金 of 预算金额 › 其他)
            groups, sets = self._alternatives(groups, _column_said_with_its_kind(fq, groups, sets, idx))
            both = set.intersection(*sets)
        if not both and len(groups) == 3 and ({"ratio", "diff"} & set(fq.ops) or fq.times):
            groups, sets = self._compared_across(groups, sets)
            both = set.intersection(*sets)
        if not both and len(groups) > 2:
            joined = self._said_in_two_parts(fq, groups, docs)
            if joined is not None:
                groups = joined
                sets = [facts_of(g) for g in groups]
                both = set.intersection(*sets)
        if not both and len(groups) > 1 and not {"ratio", "diff", "sum"} & set(fq.ops) and not fq.leftover:
            groups, sets = self._word_of_these_tables(fq, groups, sets, facts_of)
            both = set.intersection(*sets)
        sets, budget = self._budget_of_final_lines(fq, groups, sets, docs, facts_of) if not both else (sets, [])
        both = set.intersection(*sets)
        if not both and len(groups) > 1:
            groups, sets = _without_a_generic_suffix(groups, sets, fq.text, budget, idx)
            both = set.intersection(*sets)
        if not both and len(groups) > 1:
            groups, sets = self._without_title_words(fq, groups, sets)
            both = set.intersection(*sets)
        if not both and len(groups) == 2 and {"ratio", "diff"} & set(fq.ops) and all(sets):
            sets = _in_the_one_table_of_both(sets, idx.fact_doc, lambda ids: {
                f["id"] for f in idx.facts(sorted(ids)[:400]) if f["number"] is not None})
        if not both and len(groups) == 2 and {"ratio", "diff"} & set(fq.ops) and all(sets):
            groups, sets = self._of_rows_only(groups, sets, facts_of)
        if not both and len(groups) == 2 and {"ratio", "diff"} & set(fq.ops) and self._two_of_one_table(groups, sets):
            # "养老保险基金补助占项目总预算比例": two rows of one table, each named by its own label — each
            # its own figure of the share, never a row carrying both labels ("事业收入占总收入": two columns).
            return sorted(sets[0] | sets[1]), [groups[0] + groups[1]]
        if not both and len(groups) > 1 and not {"ratio", "diff", "sum"} & set(fq.ops):
            # "就业补助预算": the labels best fitting a word alone (2019年预算金额) may not be the ones fitting
            # with the other constraints; every label of these tables holding the word as said is tried
            # (not when each word names its own value of a share or a difference).
            self._every_label_holding_the_word(fq, [g for g in groups if not any(g is b for b in budget)], docs)
            sets = [facts_of(g) for g in groups]
            both = set.intersection(*sets)
        return self._of_last_rows(fq, self._brackets_said(fq, both)), groups

    def _budget_of_final_lines(self, fq: FactQuestion, groups: list[list[Mention]], sets: list[set[int]],
                               docs: list[int], facts_of) -> tuple[list[set[int]], list[list[Mention]]]:
        """A step of _match: "行政运行预算多少" of a final account (决算) — the groups saying 预算 alone, when every
        fact the other groups find is of a 决算 table: the budget is asked (the account's 年初预算, 全年预算,
        预算数 …, the mentions' keys set to those), never the 决算 figure the line prints — 预算 is no generic
        suffix there. (The sets again, and the groups so read; none when the question is not such.)"""
        idx = self.idx
        said = [i for i, g in enumerate(groups) if len(g) == 1 and g[0].start >= 0
                and _BUDGET_SAID.fullmatch(fq.text[g[0].start:g[0].end])]
        others = [sets[i] for i in range(len(groups)) if i not in said]
        if not said or not others or not all(others):
            return sets, []
        found = {idx.fact_doc[f] for ids in others for f in ids}
        if not all("决算" in (idx.docs[d].form or "") for d in found):
            return sets, []
        budgets = {k for d in found for k in idx.doc_keys.get(d, ()) if _BUDGET_COLUMN.fullmatch(k)}
        for i in said:
            groups[i][0].keys = set(budgets) or {"\x00"}
        return [facts_of(g) if i in said else ids for i, (g, ids) in enumerate(zip(groups, sets, strict=True))], \
            [groups[i] for i in said]

    def _every_label_holding_the_word(self, fq: FactQuestion, groups: list[list[Mention]], docs: list[int]) -> None:
        """A step of _match: each mention said in two characters or more also fits every label of these
        tables holding the word as said (its keys widened in place)."""
        idx = self.idx
        for g in groups:
            for m in g:
                said = fq.text[m.start:m.end] if m.start >= 0 else ""
                if len(said) >= 2:
                    m.keys |= {k for d in docs for k in idx.doc_keys.get(d, ()) if said in k
                               and not change_column_unasked(k, fq.text, idx) and not qualifier_unsaid_in(k, fq.text, idx)}

    def _brackets_said(self, fq: FactQuestion, both: set[int]) -> list[int]:
        """"住宅类登记费": of the rows its key fits, the one whose brackets are said (values.bracket_rows)."""
        if not 1 < len(both) <= 400:
            return sorted(both)
        return sorted(f["id"] for f in bracket_rows(self.idx.facts(sorted(both)), fq.text))

    def _lines_under_heads_said(self, groups: list[list[Mention]], sets: list[set[int]]
                                ) -> tuple[list[list[Mention]], list[set[int]]]:
        """"开发区专项债务余额", "县本级一般债务举借": a line said with the head it stands under (澄溪经济开发区
        under 二、专项债务, 县本级 under 一、一般债务 and under 二、专项债务): the head's words place the line, they
        name no figure of their own — the line's facts under that head alone (the table's outline)."""
        if len(groups) > 4 or any(len(x) > 400 for x in sets):
            return groups, sets
        rows = self.idx.row_label_keys
        for i, heads in enumerate(sets):
            if not all(m.keys <= rows for m in groups[i]):
                continue  # a head is a row said: a column's words place no line
            for j, lines in enumerate(sets):
                if i == j or not heads or not lines or heads & lines:
                    continue
                facts = self.idx.facts(sorted(lines))
                sheet = self._same_sheets(facts)
                outlines: dict[tuple, dict[int, dict | None]] = {}  # each column's outline read once
                under = {f["id"] for f in facts if any(p["id"] in heads for p in self._lines_above(f, sheet, outlines))}
                if under:
                    kept = [g for k, g in enumerate(groups) if k != i]
                    return kept, [under if k == j else x for k, x in enumerate(sets) if k != i]
        return groups, sets

    def _two_of_one_table(self, groups: list[list[Mention]], sets: list[set[int]]) -> bool:
        """Whether two labels name facts of one table, each a row of it (or each a column of it)."""
        idx = self.idx
        one = {idx.fact_doc[f] for f in sets[0] | sets[1]}
        if not all(sets) or len(one) != 1:
            return False
        return all(m.keys <= idx.row_label_keys for g in groups for m in g) \
            or all(m.keys & idx.doc_rows_and_cols(next(iter(one)))[1] for g in groups for m in g)

    def _of_rows_only(self, groups: list[list[Mention]], sets: list[set[int]], facts_of
                      ) -> tuple[list[list[Mention]], list[set[int]]]:
        """"…补助占项目预算比重": 项目预算 said of two rows (项目总预算, 项目当年预算) and of a heading (项目预算执行情况)
        of the one table: each side read as rows only, when the rows said alike print one figure."""
        idx = self.idx
        if len({idx.fact_doc[f] for f in sets[0] | sets[1]}) != 1 \
                or all(m.keys <= idx.row_label_keys for g in groups for m in g) \
                or not all(len(g) == 1 and g[0].keys & idx.row_label_keys for g in groups):
            return groups, sets
        narrowed = [[copy.copy(g[0])] for g in groups]
        for g in narrowed:
            g[0].keys = g[0].keys & idx.row_label_keys
        rows = [facts_of(g) for g in narrowed]
        alike = all(len(g[0].keys) == 1 or len({f["number"] for f in idx.facts(sorted(r)[:20]) if f["number"] is not None}) == 1
                    for g, r in zip(narrowed, rows, strict=True))
        return (narrowed, rows) if all(rows) and not set.intersection(*rows) and alike else (groups, sets)

    def _word_of_these_tables(self, fq: FactQuestion, groups: list[list[Mention]], sets: list[set[int]],
                              facts_of) -> tuple[list[list[Mention]], list[set[int]]]:
        """"农村人居环境整治预算": a word naming nothing of the tables the rest of the question names (预算数) is
        tried as their column and row labels holding it (年度预算数) before it is read as the name's suffix
        (the caller asks it only when nothing else is unexplained: "预算调减了多少" may be the row's text)."""
        idx = self.idx
        widened = [[copy.copy(m) for m in g] for g in groups]
        for i, g in enumerate(widened):
            tables = {idx.fact_doc[f] for f in set.intersection(*[x for j, x in enumerate(sets) if j != i])}
            if len(g) != 1 or g[0].start < 0 or g[0].end - g[0].start < 2 or not tables \
                    or any(idx.fact_doc[f] in tables for f in sets[i]):
                continue
            said = fq.text[g[0].start:g[0].end]
            # (半年 said of a half-year table's 1-6月 columns: "半年完成" is its 1-6月完成值)
            forms = {said} | {_HALF_YEAR.sub(h, said) for h in ("1-6月", "1—6月", "1至6月", "上半年") if _HALF_YEAR.search(said)}
            g[0].keys = g[0].keys | {k for d in tables for k in idx.doc_keys.get(d, ()) if any(w in k for w in forms)
                                     and (k in idx.col_keys or k in idx.row_label_keys)}
        wider = [facts_of(g) for g in widened]
        return (widened, wider) if set.intersection(*wider) else (groups, sets)

    def _rarest_first(self, groups: list[list[Mention]], facts_of) -> set[int]:
        """Many tables: the rarest constraint's facts, filtered by the others' labels (a label such as
        "2024年预算数" carried by 1,000 tables is never turned into a set)."""
        idx = self.idx
        keysets = [{k for m in g for k in m.keys} for g in groups]
        sizes = [sum(len(idx.label_facts.get(k, ())) for k in ks) for ks in keysets]
        first = min(range(len(groups)), key=sizes.__getitem__)
        fk = idx.fact_keys
        return {f for f in facts_of(groups[first])
                if all(not ks.isdisjoint(fk[f]) for i, ks in enumerate(keysets) if i != first)}

    def _without_title_words(self, fq: FactQuestion, groups: list[list[Mention]], sets: list[set[int]]
                             ) -> tuple[list[list[Mention]], list[set[int]]]:
        """"嵌入式养老服务站占总分配资金的比例": a word another table's label holds (其他资金) that the title of the
        table the other words name says (…资金分配表) is that table's word, not a constraint."""
        for i, g in enumerate(groups):
            said = fq.text[g[0].start:g[0].end] if len(g) == 1 and g[0].start >= 0 else ""
            others = [x for j, x in enumerate(sets) if j != i]
            rest = set.intersection(*others) if others else set()
            docs = {self.idx.fact_doc[f] for f in rest}
            if len(said) >= 2 and rest and not docs & {self.idx.fact_doc[f] for f in sets[i]} \
                    and all(said in self.idx.docs[d].form for d in docs):
                return [x for j, x in enumerate(groups) if j != i], others
            # "梧桐县农村低保金占分配总额": the sheet's own title said ("梧桐县…分配表"), of the very table the other
            # words name, scopes that table; it is no label their facts must also carry.
            titles = {k for d in docs for k in self.idx.sheet_titles.get(d, ())}
            if len(said) >= 2 and rest and g[0].keys and g[0].keys <= titles and len(rest) <= 50 \
                    and {(f["document_id"], f["sheet"]) for f in self.idx.facts(sorted(rest))} \
                    <= {(f["document_id"], f["sheet"]) for f in self.idx.facts(sorted(sets[i])[:50])}:
                return [x for j, x in enumerate(groups) if j != i], others  # (of that very sheet, not another's)
        return groups, sets

    def _said_in_two_parts(self, fq: FactQuestion, groups: list[list[Mention]],
                           docs: list[int]) -> list[list[Mention]] | None:
        """"补贴白沙镇面积": a column label said in two parts around a row's name (补贴面积): the two words,
        each alone another label (补贴金额, 建设面积), are the one column label that holds both in order."""
        for i, a in enumerate(groups):
            for j in range(i + 1, len(groups)):
                b = groups[j]
                if len(a) != 1 or len(b) != 1 or a[0].start < 0 or b[0].start <= a[0].end:
                    continue
                x, y = fq.text[a[0].start:a[0].end], fq.text[b[0].start:b[0].end]
                keys = {k for d in docs for k in self.idx.doc_keys.get(d, ()) if k in self.idx.col_keys
                        and x in k and y in k[k.index(x) + len(x):] and len(k) <= len(x) + len(y) + 2}
                if keys:
                    m = Mention(a[0].start, b[0].end, keys, False, len(x) + len(y), 0.5)
                    return [g for k, g in enumerate(groups) if k not in (i, j)] + [[m]]
        return None

    def _facts_of(self, g: list[Mention], fq: FactQuestion, docs: list[int], years: list[int], few: bool,
                  doc_set: set[int]) -> set[int]:
        """The facts of the tables carrying a label of a group of mentions (of the years asked)."""
        idx = self.idx
        out: set[int] = set()
        keys = {k for m in g for k in m.keys}
        if few:  # a few tables: scan their facts (a label shared by 1,000 tables stays cheap)
            fk = idx.fact_keys
            out.update(f for d in docs for f in idx.docs[d].facts if not keys.isdisjoint(fk[f]))
        else:
            for k in keys:
                out.update(f for f in idx.label_facts.get(k, ()) if idx.fact_doc[f] in doc_set)
        if not years:
            return self._of_the_tables_own_year(fq, g, out) if not fq.years and not fq.relative_year else out
        every, out = out, {f for f in out if idx.fact_year[f] in years}
        if fq.years and len(out) <= 2000:
            out = self._not_a_span_for_the_year(out, fq.years, keys)
        lacking = set(years) - {idx.fact_year[f] for f in out}
        said = {fq.text[m.start:m.end] for m in g if m.start >= 0}
        if (out or every) and lacking and len(said) == 1 and len(next(iter(said))) >= 2:
            # "2020年预算比2019年": the labels the word fits best are of 2019 (2019年预算金额); in 2020 the
            # word is said by that year's own labels (项目当年预算). So too where the word's label is printed
            # for another year alone ("2025年预算" of a table printing 2024年 › 预算数 beside 2025年预算数).
            word = next(iter(said))
            own = {idx.fact_doc[f] for f in out or every}  # the same tables: never another department's year
            out |= {f for d in docs if d in own for f in idx.docs[d].facts if idx.fact_year[f] in lacking
                    and any(word in k and not change_column_unasked(k, fq.text, idx) for k in idx.fact_keys[f])}
        return out

    def _of_the_tables_own_year(self, fq: FactQuestion, g: list[Mention], out: set[int]) -> set[int]:
        """"教育支出预算多少" (no year said) of a 2025 table printing 2024年 › 预算数 beside 2025年预算数: the word's
        column of the table's own year, never the year before's only because its sub-column is named by the word
        alone. The facts as found where the table's own year is among them, or no such column is printed."""
        said = {fq.text[m.start:m.end] for m in g if m.start >= 0}
        if len(said) != 1 or len(word := next(iter(said))) < 2 or len(out) > 2000:
            return out
        idx, kept = self.idx, set(out)
        for d in {idx.fact_doc[f] for f in out}:
            own = idx.docs[d].year if d in idx.docs else None
            of_doc = {f for f in out if idx.fact_doc[f] == d}
            if not own or any(idx.fact_year[f] == own for f in of_doc):
                continue
            mark = f"{own}年"
            instead = {f for f in idx.docs[d].facts if idx.fact_year[f] == own and any(
                k.startswith(mark) and word in k and not change_column_unasked(k, fq.text, idx)
                for k in idx.fact_keys[f][idx.fact_nrows.get(f, 0):])}
            if instead:
                kept = (kept - of_doc) | instead
        return kept

    _SPAN = re.compile(r"合计|总计|累计|小计")

    def _not_a_span_for_the_year(self, out: set[int], years: list[int], said: set[str]) -> set[int]:
        """"危桥改造2026年" of a plan printing 2026年预算 … 三年合计: the column of the year said, never the total of
        several years (its table's own year is the first); a total column named in the question stays."""
        idx, marks = self.idx, tuple(str(y) for y in years)
        cols = {f: idx.fact_keys[f][idx.fact_nrows[f]:] for f in out}
        dated = {idx.fact_doc[f] for f, ks in cols.items() if any(y in k for k in ks for y in marks)}
        if not dated:
            return out
        return {f for f, ks in cols.items() if idx.fact_doc[f] not in dated or said & set(ks)
                or not any(self._SPAN.search(k) for k in ks) or any(re.search(r"(?:19|20)\d\d", k) for k in ks)}

    def _alternatives(self, groups: list[list[Mention]], sets: list[set[int]]
                      ) -> tuple[list[list[Mention]], list[set[int]]]:
        """"预算多少，付了多少": two neighbouring mentions no fact has both of are alternatives, merged
        into one group: two items of one column ("基本支出比项目支出") or two columns of one row."""
        groups, sets = list(groups), list(sets)
        while len(groups) > 1 and not set.intersection(*sets):
            for i in range(len(groups) - 1):
                a, b = sets[i], sets[i + 1]
                if a and b and not (a & b) and self._one_line_or_column(groups[i], groups[i + 1], a, b):
                    groups[i:i + 2] = [groups[i] + groups[i + 1]]
                    sets[i:i + 2] = [a | b]
                    break
            else:
                break
        return groups, sets

    def _compared_across(self, groups: list[list[Mention]], sets: list[set[int]]
                         ) -> tuple[list[list[Mention]], list[set[int]]]:
        """"区应急管理局车辆数比区财政局多几辆", "桃源镇合计比石桥镇多多少": a column said after the first of two
        items compared is the column of both (the second item is said bare)."""
        a, col, b = sets
        # (a row said is its own line, not the 其中 lines under it: 本年债务限额, never its 新增债务限额 too)
        a, b = self._own_lines(a, groups[0]), self._own_lines(b, groups[2])
        if a and b and not (a & b) and col & a and col & b and self._one_line_or_column(groups[0], groups[2], a, b):
            return [groups[0] + groups[2], groups[1]], [a | b, col]
        return groups, sets

    def _own_lines(self, ids: set[int], said: list[Mention]) -> set[int]:
        """Of the facts of a row said, those of its own line (the row's key their last row label); all when none."""
        keys, idx = {k for m in said for k in m.keys}, self.idx
        own = {f for f in ids if idx.fact_nrows.get(f, 0) and idx.fact_keys[f][idx.fact_nrows[f] - 1] in keys}
        return own or ids

    def _blocks_apart(self, a: set[int], b: set[int]) -> bool:
        """Two rows of two blocks of one form (a 自评表's 年度预算执行情况 › 政府性基金 and its 绩效指标 › 合计 of the
        scores), each block under its own header: no two items of one column, though both print 分值 and 得分."""
        if len(a | b) > 400:
            return False
        sections = [{f["section"] or "" for f in self.idx.facts(sorted(x))} for x in (a, b)]
        return all(len(x) == 1 for x in sections) and "" not in sections[0] | sections[1] and sections[0] != sections[1]

    def _one_line_or_column(self, ga: list[Mention], gb: list[Mention], a: set[int], b: set[int]) -> bool:
        keys_a = {k for m in ga for k in m.keys}
        keys_b = {k for m in gb for k in m.keys}
        # Items name rows (their keys are the facts' row labels); columns do not. Two items are alternatives
        # only at one depth: a row under other rows (an indicator under its project) said after a row of
        # the level above ("监督执法经费满意度") is asked of that row, not beside it.
        # ... and at one level of the row's labels: a group (白鹭镇) and a line of another group (适老化改造)
        # are a line asked of that group, not two things asked side by side.
        items = all(keys_a & self.idx.row_keys(f) for f in a) and all(keys_b & self.idx.row_keys(f) for f in b) \
            and len({self.idx.fact_nrows[f] for f in a | b}) == 1 and self._levels(a, keys_a) == self._levels(b, keys_b) \
            and not self._blocks_apart(a, b)
        columns = not any(keys_a & self.idx.row_keys(f) for f in a) and \
            not any(keys_b & self.idx.row_keys(f) for f in b)
        # (the rows and the columns of both made only where they are asked: thousands of facts of a label many
        # tables print, and neither asked of most pairs)
        if columns and {self._row_key(f) for f in a} & {self._row_key(f) for f in b}:
            return True
        return bool(items) and not self._columns_of(a).isdisjoint(self._columns_of(b))

    def _columns_of(self, facts: set[int]) -> set[str]:
        # (each distinct tuple of keys looked at once: facts of one row shape share one tuple, and a label many
        # tables print has thousands of facts)
        fk, cols = self.idx.fact_keys, self.idx.col_keys
        if isinstance(fk, list):  # (the index's list by fact id, read in place: its get is a call each)
            n = len(fk)
            distinct = {id(keys): keys for f in facts if 0 <= f < n and (keys := fk[f]) is not None}
        else:
            distinct = {id(keys): keys for keys in map(fk.get, facts) if keys is not None}
        return {k for keys in distinct.values() for k in keys if k in cols}

    def _in_unit_asked(self, question: str, fa: FactAnswer | None) -> FactAnswer | None:
        """"总共多少万元" of amounts printed in 元: the figures as printed, then each in the unit asked
        (18908100元 合 1890.81万元); the answer unchanged when it is in that unit already."""
        m = re.search(r"(?:多少|几)(亿元?|千元|万元?|元)|(?:折合|折算|换算|换|转换|转|化|用)(?:成|为)?(?:多少)?(亿元?|千元|万元?|元)",
                      compact(question))
        if fa is None or fa.status != "answered" or not m or not fa.facts:
            return fa
        asked = (m.group(1) or m.group(2)).rstrip("元") + "元"  # "多少万" is 万元
        if fa.total is not None and fa.total[1] in _UNIT_SCALE and fa.total[1] != asked:
            # a sum worked out ("总共多少万" of items printed in 元): the sum in the unit asked
            x = fa.total[0] * _UNIT_SCALE[fa.total[1]] / _UNIT_SCALE[asked]
            line = compose.fact_value(compose.SUM_NAME, f"{x:.8f}".rstrip("0").rstrip(".") + asked)
            return FactAnswer(fa.status, fa.text + "\n" + compose.in_unit([line]), fa.facts, fa.options, fa.ranked, fa.total)
        if len(fa.facts) > 4:
            return fa
        money = [f for f in fa.facts if f["number"] is not None and f["unit"] in _UNIT_SCALE]
        if len(money) != len(fa.facts) or all(f["unit"] == asked for f in money):
            return fa
        def converted(f: dict) -> str:  # exact: 5746500元 is 574.65万元, 702000元 0.00702亿元
            x = f["number"] * _UNIT_SCALE[f["unit"]] / _UNIT_SCALE[asked]
            return f"{x:.8f}".rstrip("0").rstrip(".") + asked

        lines = [compose.fact_value(re.sub(r"[（(](?:亿元|千元|万元|元)[)）]", "", _name(f)), converted(f)) for f in money]
        return FactAnswer(fa.status, fa.text + "\n" + compose.in_unit(lines), fa.facts, fa.options, fa.ranked)

    def count_in_texts(self, question: str, doc_ids: list[int] | None, context: dict | None) -> FactAnswer | None:
        """"急救中心要买几辆车": the one sentence of the named row's texts (or the last answer's row) that
        counts in that measure word ("购置负压救护车6辆"); the thing counted, when said, chooses among several.
        None when no row is named or not exactly one sentence fits."""
        text = compact(normalize(question))
        m = _COUNT_IN_TEXT.search(text)
        if m is None or re.match(r"项目|指标|科目|单位|部门|科室|类|款|项|目标", m.group(2)) \
                or not m.group(1) and (len(m.group(2)) < 2 or _MONEY_NOUN.search(m.group(2))):
            return None  # "几个项目", "几个指标": the table's own rows are counted elsewhere; "多少钱": money
        idx = self.idx
        fq = self.read(question)
        docs = set(_scope_docs(idx, fq, doc_ids))
        keys = {k for mm in fq.mentions if mm.start >= 0 for k in mm.keys if k in idx.row_label_keys}
        ids = [f for k in keys for f in idx.label_facts.get(k, ()) if idx.fact_doc[f] in docs][:400]
        rows = {self._row_key(f) for f in ids}
        if not rows and len(docs) <= NOTES_READ_AT_MOST:  # a value of a text cell names the row ("急救中心" of 实施单位 市急救中心)
            # (read in the few tables a question is about: never every table of a large knowledge base)
            said = text[:m.start()]
            for doc in docs:
                for f in idx.facts(list(idx.docs[doc].facts)):
                    value = compact(f["value"] or "")
                    if f["number"] is None and 4 <= len(value) <= 30 and any(
                            said[i:i + 4] in value for i in range(len(said) - 3)
                            if not any(said[i:i + 4] in d for d in fq.departments)):
                        rows.add(self._row_key(f["id"]))
        if not rows and context and context.get("rows"):
            rows = {self._row_key(f) for k in context["rows"] for f in idx.label_facts.get(k, ())
                    if idx.fact_doc[f] in docs}
        if not rows or len(rows) > 3:
            return None
        kin = _MEASURE_KIN.get(m.group(1), m.group(1))
        measure = f"[{kin}]" if len(kin) == 1 or m.group(1) in _MEASURE_KIN else re.escape(kin)
        counted = re.compile(rf"[^；;。，,、]*?[≥>=约共]?\s*[0-9]+(?:\.[0-9]+)?\s*{measure}[^；;。，,、]*") if kin else \
            re.compile(rf"[^；;。，,、]*{re.escape(m.group(2))}[^；;。，,、]*?[0-9]+[^；;。，,、]*")  # (新增床位80张)
        found = []
        for doc, line in rows:
            for f in idx.facts(list(idx.docs[doc].facts)):
                if self._row_key(f["id"]) == (doc, line) and f["number"] is None:
                    found += [(x.group().strip(), f) for x in counted.finditer(f["value"] or "")]
        found = self._sentences_asked(found, fq, text, m)
        if 1 < len({s for s, _ in found}) <= 3 and len({self._row_key(f["id"]) for _, f in found}) == 1 \
                and len({f["id"] for _, f in found}) == len(found):
            # one row's plan and progress alike ("开通客运线路5条" in 建设内容, "3条线路已开通" in 形象进度): each said, by
            # its column, never one of them taken for the other
            shown = [(_name(f), s) for s, f in found]
            return FactAnswer("answered", compose.fact_values(shown) + _cite(idx, [f for _, f in found]),
                              [f for _, f in found])
        if len({s for s, _ in found}) != 1:
            return None
        sentence, f = found[0]
        if any(w not in sentence for w in fq.leftover.split() if len(w) == 1 and idx.tags.get(w) == "b"):
            return None  # "女的有几个" of a row whose 备注 counts 借调人员: not the people asked
        if _part_not_asked(sentence, text, m.group(2)):
            # "吉强镇一共有多少个村" of a 备注 "含县城规划区周边12个村": a part the row includes, said by words the
            # question does not say — no count of all of them ("行政编制多少人" of "其中行政编制32人" is that part)
            return FactAnswer("unknown", compose.count_only_included(_name(f).split(" ")[0], m.group(1) + m.group(2), _name(f),
                                                                     sentence) + _cite(idx, [f]), [f], settled=True)
        return FactAnswer("answered", compose.fact_value(_name(f), sentence) + _cite(idx, [f]), [f])

    def _sentences_asked(self, found: list[tuple[str, dict]], fq: FactQuestion, text: str, m: re.Match) -> list[tuple[str, dict]]:
        """Of the sentences counting in the measure asked, those the question means (a step of count_in_texts)."""
        # a value split out of its sentence (指标值 "6辆" of "购置负压救护车6辆") is that sentence's
        found = [(s, f) for s, f in found if not any(s != t and s in t for t, _ in found)]
        # ("设几个班": the clauses saying the thing counted, 9个班, ahead of another count in that measure, 1所)
        found = [(s, f) for s, f in found if m.group(2) and m.group(2) in s] or found
        if len(found) > 1:  # "行政编制多少人", "几个高层次人才": the sentence sharing most word pairs with the question
            asked = text[:m.start()] + m.group(2)
            for d in fq.departments:
                asked = asked.replace(d, " ")
            for mm in fq.mentions:  # (the row's own name said shares its words with its plan: no choice of them)
                if 0 <= mm.start and mm.keys & self.idx.row_label_keys and len(named := fq.text[mm.start:mm.end]) >= 2:
                    asked = asked.replace(named, " ")
            pairs = {asked[i:i + 2] for i in range(len(asked) - 1)}

            def shared(s: str) -> int:
                return sum(p in s for p in pairs)
            best = max(shared(s) for s, _ in found)
            found = [(s, f) for s, f in found if shared(s) == best]
        return found

    def done_yet(self, question: str, doc_ids: list[int] | None, context: dict | None) -> FactAnswer | None:
        """"城南幼儿园完工了没": whether a works row is done, asked of a table printing its progress in words (形象进度,
        工程进展) and its planned end (计划完工时间): those two cells of the one row named (or talked about), as
        printed; None otherwise."""
        if not _DONE_YET.search(compact(normalize(question))):
            return None
        idx = self.idx
        fq = self.read(question)
        docs = set(_scope_docs(idx, fq, doc_ids))
        keys = {k for m in fq.mentions if m.start >= 0 for k in m.keys if k in idx.row_label_keys}
        if not keys and context and context.get("rows"):
            keys = set(context["rows"])
        rows = {self._row_key(f) for k in keys for f in idx.label_facts.get(k, ())[:200] if idx.fact_doc[f] in docs}
        if len(rows) != 1:
            return None
        doc, line = rows.pop()
        cells = [f for f in idx.facts(list(idx.docs[doc].facts)) if self._row_key(f["id"]) == (doc, line)
                 and (f["value"] or "").strip() and _PROGRESS_OR_END.search(_own_col(f))]
        if not any(f["number"] is None and _PROGRESS_COLUMN.search(_own_col(f)) for f in cells):
            return None
        return FactAnswer("answered", compose.fact_values([(_name(f), _shown(f)) for f in cells]) + _cite(idx, cells), cells)

    def weight_in_header(self, question: str, doc_ids: list[int] | None) -> FactAnswer | None:
        """"人口因素权重多少" of an allocation table whose header prints "人口因素（人）权重50%": that weight, as its
        header prints it — never the figure of the 合计 row under it; None unless the weight is asked of one
        column printing one."""
        if "权重" not in question:
            return None
        fq = self.read(question)
        docs = set(_scope_docs(self.idx, fq, doc_ids))
        # (权重 said apart may be read as another table's 指标权重: it is the word asking, not a column)
        said = [m for m in fq.mentions if m.start < 0 or fq.text[m.start:m.end] != "权重"]
        cols = [m for m in said if m.start >= 0 and m.keys & self.idx.col_keys]
        if len(cols) != 1 or any(m is not cols[0] and not m.keys & self.idx.row_label_keys for m in said):
            return None
        found: dict[str, dict] = {}
        for k in cols[0].keys & self.idx.col_keys:
            for f in self.idx.facts([i for i in self.idx.label_facts.get(k, ()) if self.idx.fact_doc[i] in docs][:40]):
                if _WEIGHT_IN_HEADER.search(f["col_labels"] or "") is not None:
                    found.setdefault(f["col_labels"], f)
        if len(found) != 1:
            return None
        col, f = next(iter(found.items()))
        weight = _WEIGHT_IN_HEADER.search(col)
        assert weight is not None
        head = col.split(query.FACT_SEP)[-1]
        return FactAnswer("answered", compose.weight_in_header(head[:weight.start() - len(col) + len(head)].strip()
                                                               or head, weight.group(1), head) + _cite(self.idx, [f]))
        # (no row's figure is answered: the header's, so no row is what a follow-up continues)

    def included_in_brackets(self, question: str, doc_ids: list[int] | None) -> FactAnswer | None:
        """"职工医保包括哪个险种": the part a label prints in its brackets (职工基本医疗保险基金（含生育保险）) is what it
        includes; None unless one label so printed is named."""
        m = _INCLUDES_ASKED.match(compact(normalize(question)))
        if m is None:
            return None
        fq = self.read(m.group(1))
        if len(fq.mentions) != 1 or fq.leftover:
            return None
        docs = set(_scope_docs(self.idx, fq, doc_ids))
        found = {(k, said.group(1)) for k in fq.mentions[0].keys for w in self.idx.brackets.get(k, ())
                 if (said := re.fullmatch(r"(?:含|包含|包括)([\u4e00-\u9fff、和及]{2,})", w))
                 and any(self.idx.fact_doc[f] in docs for f in self.idx.label_facts.get(k, ())[:50])}
        if len(found) != 1:
            return None
        key, part = found.pop()
        facts = self.idx.facts([f for f in self.idx.label_facts[key][:1]])
        return FactAnswer("answered", compose.label_includes(key, part) + _cite(self.idx, facts), facts)

    def line_in_notes(self, question: str, doc_ids: list[int] | None) -> FactAnswer | None:
        """"失业保险其他支出主要是什么": the clause of a table's note saying what the line named mainly is (注：…失业保险
        基金其他支出主要为稳岗返还和技能提升补贴); None unless exactly one clause says every word named."""
        idx = self.idx
        m = _MAINLY_ASKED.match(compact(normalize(question)))
        if m is None:
            return None
        fq = self.read(m.group(1))
        said = [fq.text[x.start:x.end] for x in fq.mentions if x.start >= 0]
        if not said or fq.leftover or fq.ops:
            return None
        docs = self._texts_read_in(fq.departments, doc_ids)
        notes = [f for f in idx.facts([x for d in docs or () for x in idx.docs[d].facts][:20000]) if f["number"] is None
                 and (f["row_labels"] or "").split(query.FACT_SEP)[0] in ("注", "说明", "备注")]
        found = {(f["document_id"], c): f for f in notes for c in _note_clauses(f["value"] or "")
                 if all(w in c for w in said) and _MAINLY.search(c)}
        if len({c for _, c in found}) != 1:
            return None
        (_, clause), f = next(iter(found.items()))
        return FactAnswer("answered", compose.note_says(clause) + _cite(idx, [f]), [f])

    def table_unit(self, question: str, doc_ids: list[int] | None) -> FactAnswer | None:
        """"收支总表单位是万元还是元", "基本支出表金额单位": the unit each table asked prints its amounts in
        (a table named by its kind narrows a department's tables); None when no table is in scope."""
        if not _TABLE_UNIT.search(compact(normalize(question))):
            return None
        fq = self.read(question)
        docs = _scope_docs(self.idx, fq, doc_ids)
        if not docs or (not fq.departments and not fq.subject_docs and not doc_ids):
            return None
        rows = query.documents(self.idx.conn, docs)
        units = [r["unit"] for r in rows if r["unit"]]
        if not units:
            return None
        names = [f"{r['file_name']}，{r['title']}" if r["title"] else r["file_name"] for r in rows]
        return FactAnswer("answered", compose.money_units(units) + compose.tables_note(names))

    def _word_of_the_other_year(self, fq: FactQuestion, docs: list[int], years: list[int]) -> str:
        """The word of the one figure a table prints for the year that is not its own; "" when not one."""
        if len(docs) != 1 or len(set(years)) != 2 or "diff" not in fq.ops:
            return ""
        idx, own = self.idx, self.idx.docs[docs[0]].year
        other = [f for f in idx.docs[docs[0]].facts if idx.fact_year[f] in years and idx.fact_year[f] != own]
        labels = {re.sub(r"(?:19|20)\d\d年度?|金额$|数$", "", k) for f in idx.facts(other[:50]) if f["number"] is not None
                  for k in idx.fact_keys[f["id"]][:idx.fact_nrows.get(f["id"], 0)] if year_in(k)}
        return labels.pop() if len(labels) == 1 and len(next(iter(labels))) >= 2 else ""

    def placed_under(self, question: str, doc_ids: list[int] | None) -> FactAnswer | None:
        """"满意度指标放在哪个一级指标下面": the label the table prints, in the column headed by the level asked,
        over the rows the rest of the question names; None unless those rows stand under one such label."""
        idx = self.idx
        text = compact(normalize(question))
        m = _PLACED.search(text)
        if m is None or m.start() < 2:
            return None
        head = m.group("head")
        fq = self.read(text[:m.start()])
        keys = {k for mm in fq.mentions for k in mm.keys}
        keys = keys & idx.row_label_keys or keys  # the rows named, not a column said with them (下达金额)
        if not keys:
            return None
        docs = set(_scope_docs(idx, fq, doc_ids))
        # The head as printed or as matched ("街道" of 街道（镇）).
        def heads_of(f: dict) -> list[str]:
            return [h if h == head else label_key(h) for h in (f["row_heads"] or "").split(query.FACT_SEP)]
        rows = [f for f in idx.facts(sorted({x for k in keys for x in idx.label_facts.get(k, ()) if idx.fact_doc[x] in docs})[:400])
                if head in heads_of(f)]
        found: dict[str, list[dict]] = defaultdict(list)
        for f in rows:
            heads, labels = heads_of(f), (f["row_labels"] or "").split(query.FACT_SEP)
            at = heads.index(head)
            if at < len(labels) - 1 and not set(idx.fact_keys[f["id"]][:at + 1]) & keys:
                found[labels[at]].append(f)  # the level above the rows named, not a row named itself
        if len(found) != 1:
            return None
        [(label, facts)] = found.items()
        said = text[:m.start()]
        if re.search(r"多少|几", said) or any(k in said for k in idx.fact_keys[facts[0]["id"]][idx.fact_nrows[facts[0]["id"]]:]):
            # "X资金多少 在哪个街道", "X下达金额在哪个乡镇": X by its own row's name
            said = (facts[0]["row_labels"] or "").split(query.FACT_SEP)[-1]
        return FactAnswer("answered", compose.placed_under(said, head, label) + _cite(idx, facts[:1]), facts[:1])

    def from_quoted_text(self, question: str, doc_ids: list[int] | None, context: dict | None) -> FactAnswer | None:
        """"个人缴费财政补贴标准怎么定的": words of the question said verbatim (six characters at least) in one
        text of the tables asked about (a 实施内容, a 说明): that text from those words to its sentence's end."""
        idx = self.idx
        fq = self.read(question)
        if not _TEXT_ASKED.search(fq.text):
            return None  # a figure or a label asked, not what a text says
        named = fq.departments or list((context or {}).get("departments") or ())
        docs = self._tables_of(named, doc_ids)
        if (idx.fact_count() if docs == idx.fact_docs else sum(len(idx.docs[d].facts) for d in docs)) > 5000:
            return None  # counted before the ids are listed: a question naming no table has 100,000
        ids = [x for d in docs for x in idx.docs[d].facts]
        texts = [(f, compact(f["value"])) for f in idx.facts(ids) if f["number"] is None and len(f["value"]) >= 20]
        texts = [(f, v) for f, v in texts if v]
        forms = [form for form, _ in fq.dept_names]
        text = fq.text
        for size in range(min(len(text), 16), 5, -1):
            for i in range(len(text) - size + 1):
                run = text[i:i + size]
                if not re.fullmatch(r"[\u4e00-\u9fff]+", run) or any(form in run or run in form for form in forms) \
                        or run in idx.label_text:
                    continue  # a label's words name its cells, not a passage quoting them
                hits = [(f, v) for f, v in texts if run in v]
                if len({v for _, v in hits}) != 1:
                    continue
                f = hits[0][0]
                passage = _passage(f["value"], run)
                if not passage:
                    continue
                if len(passage) > 160:
                    passage = passage[:passage.rfind("；", 0, 160) + 1 or 160]
                self.last = fq
                return FactAnswer("answered", compose.quoted_passage(_name(f), passage) + _cite(idx, [f]), [f])
        return None

    def made_by(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """"政府性基金预算支出表是哪个单位编的": the department a table named by its kind is of (its 编制单位,
        or the department its title names), with the table; None when the question asks no such thing or
        names no one table."""
        idx = self.idx
        if not _MADE_BY.search(fq.text) or not _MADE_BY_LEFT.fullmatch(fq.leftover) or not fq.subject_docs:
            return None
        tables = [idx.docs[d] for d in sorted(fq.subject_docs) if d in docs and idx.docs[d].department]
        if len({t.department for t in tables}) != 1:
            return None
        first = [f for t in tables for f in idx.facts(list(t.facts[:1]))]
        # A place's own budget (云梁县's 政府性基金预算) keeps the office that drew it up as its 编制单位 fact.
        maker = [f for f in first if f["number"] is None and f["row_labels"] == "编制单位"]
        made_by = maker[0]["value"] if maker else tables[0].department
        return FactAnswer("answered", compose.table_made_by(tables[0].form, made_by) + _cite(idx, first), first)

    def _with_its_remark(self, fa: FactAnswer, what: str = "原因") -> FactAnswer:
        """"疾病预防控制专项执行率为啥低": the figure, then what the row's own 备注 / 说明 cell says (the table's
        reason; what: what is asked of it, 原因 or 去向); said so when the table has such a column and the row's
        cell is empty."""
        rows = {self._row_key(f["id"]) for f in fa.facts}
        if len(rows) != 1 or any(re.search(_REMARK_COLUMN, f["col_labels"] or "") for f in fa.facts):
            return fa
        f = fa.facts[0]
        into = [x for x in self.idx.facts(self._row_siblings(f)) if x["number"] is None and x["value"].strip()
                and what == "去向" and _INTO_COLUMN.search(label_key(x["col_labels"] or ""))]
        if into and not any(x["id"] == into[0]["id"] for x in fa.facts):
            # "高山蔬菜资金整合到哪去了": the row's own column naming the fund it went into (整合后归入), before its 备注
            return FactAnswer("answered", fa.text + "\n" + compose.fact_value(_name(into[0]), into[0]["value"].strip()),
                              fa.facts + into[:1])
        own = [x for x in self.idx.facts(self._row_siblings(f)) if x["number"] is None and x["value"].strip()
               and (re.fullmatch(_REMARK_COLUMN, key := label_key(x["col_labels"] or "")) or re.search(_REASON_COLUMN, key))]
        # An indicator of a project: the reason its project's row gives (偏差原因及纠偏措施 over its rows).
        own = own or [x for x in self._group_of(f, _REASON_COLUMN) if x["number"] is None and x["value"].strip()]
        if own:
            return FactAnswer("answered", fa.text + "\n" + compose.fact_value(_name(own[0]), own[0]["value"].strip()),
                              fa.facts + own[:1])
        same = self.idx.facts([x for x in self.idx.docs[f["document_id"]].facts][:3000])
        if any(x["sheet"] == f["sheet"] and re.fullmatch(_REMARK_COLUMN, label_key(x["col_labels"] or "")) for x in same):
            return FactAnswer("answered", fa.text + "\n" + compose.remark_empty(_name(f).split(" ")[0], what), fa.facts)
        return fa

    def money_of_an_item(self, question: str, fa: FactAnswer) -> FactAnswer | None:
        """"X里Y发了多少钱" answered with X's money where Y names an indicator of X (an item row read from its
        指标名称 column): the indicator has no money, only its target and what is done — said so, never X's
        figure; None when Y names no such item."""
        m = _PART_ASKED_MONEY.search(compact(normalize(question)))
        if m is None or not fa.facts:
            return None
        part = m.group(1)
        grams = _pairs(part)
        for f in fa.facts[:5]:
            group = (f["row_labels"] or "").split(query.FACT_SEP)[0]
            items = [x for x in self._same_sheets([f]) if (x["row_labels"] or "").startswith(group + query.FACT_SEP)
                     and (x["row_heads"] or "").split(query.FACT_SEP)[-1].startswith(ITEM_HEAD)]
            named = [x for x in items if len(grams & _pairs(_own_row(x))) >= max(2, len(grams) - 1)]
            if named and len({_own_row(x) for x in named}) == 1 and not any(x["unit"] in _MONEY_UNITS for x in named):
                figures = "、".join(f"{(x['col_labels'] or '').split(query.FACT_SEP)[-1]} {_shown(x)}" for x in named)
                return FactAnswer("unknown", compose.item_has_no_money(_own_row(named[0]), figures) + _cite(self.idx, named), [])
        return None

    def why_of_row(self, fq: FactQuestion | None, rates: bool = True) -> FactAnswer | None:
        """"文物保护修缮 为啥进度慢" not answered by its words: the row named, its rates (执行率) and the reason
        its own 偏差原因 cell gives; None unless exactly one row named has such a cell."""
        if fq is None:
            return None
        idx = self.idx
        keys = {k for m in fq.mentions for k in m.keys if k in idx.row_label_keys}
        ids = [f for k in keys for f in idx.label_facts.get(k, ())[:200]
               if idx.fact_nrows.get(f, 0) and idx.fact_keys[f][idx.fact_nrows[f] - 1] in keys]
        if fq.departments:
            own = {d for n in fq.departments for d in idx.dept_docs.get(n, ())}
            ids = [f for f in ids if idx.fact_doc[f] in own]
        facts = idx.facts(sorted(ids)[:200])
        reasons = [f for f in facts if f["number"] is None and (f["value"] or "").strip() and (
            re.fullmatch(_REMARK_COLUMN, key := label_key(f["col_labels"] or "")) or re.search(_REASON_COLUMN, key))]
        rated = facts
        if not reasons and len({self._row_key(f["id"]) for f in facts}) == 1:
            # an indicator of a project: the reason its project's row gives
            reasons = [x for x in self._group_of(facts[0], _REASON_COLUMN) if x["number"] is None and x["value"].strip()]
        else:
            rated = [f for f in facts if reasons and self._row_key(f["id"]) == self._row_key(reasons[0]["id"])]
        if len({self._row_key(f["id"]) for f in reasons}) != 1:
            return None
        why = reasons[0]
        # ("公益性设施投资支出多少 干啥用": its money this year too, never a change's nor the year before's)
        amount = [f for f in rated if f["unit"] in _MONEY_UNITS and self._row_key(f["id"]) == self._row_key(why["id"])
                  and not re.search(r"上年|去年|增减|增加|减少|变动|比", f["col_labels"] or "")][:1] \
            if not rates and re.search(r"多少|几", fq.text) else []
        shown = [*[f for f in rated if f["unit"] == "%"][:2 if rates else 0], *amount, why]
        return FactAnswer("answered", compose.fact_values([(_name(f), _shown(f)) for f in shown]) + _cite(idx, shown), shown)

    def _with_its_note(self, question: str, fa: FactAnswer, doc_ids: list[int] | None,
                       context: dict | None) -> FactAnswer:
        """"其他交通费用是啥钱": the row's figure and the note item that says what the row is, when a note names
        it ("30239其他交通费用为公务交通补贴"); the figure alone otherwise."""
        noted = self.from_notes(question, doc_ids, context)
        names = {re.sub(r"^[\d.]+", "", (f.get("row_labels") or "").split(query.FACT_SEP)[-1]) for f in fa.facts}
        # a column asked of a total row ("其他资金是什么钱" → 合计 资金来源其他资金) is named by the column
        names |= {(f.get("col_labels") or "").split(query.FACT_SEP)[-1] for f in fa.facts
                  if _is_total(label_key((f.get("row_labels") or "").split(query.FACT_SEP)[-1]))}
        # …and so is a column the question itself names ("其他资金是什么钱" → 年度预算 › 按资金来源分其他资金)
        names |= {col for f in fa.facts if len(col := (f.get("col_labels") or "").split(query.FACT_SEP)[-1]) >= 2
                  and compact(col) in compact(question)}
        # a 备注 of the row itself naming the column asked ("其他资金为服务收费收入" of 预算金额 › 其他资金)
        rows = {(f["document_id"], f["sheet"], f["line"]) for f in fa.facts}
        names |= {label_key((f.get("col_labels") or "").split(query.FACT_SEP)[-1]) for f in fa.facts
                  if noted is not None and (noted.facts[0]["document_id"], noted.facts[0]["sheet"], noted.facts[0]["line"]) in rows}
        if noted is None or not any(len(n) >= 2 and n in noted.facts[0]["value"] for n in names):
            return fa
        return FactAnswer("answered", fa.text + "\n" + noted.text, fa.facts + noted.facts)

    def from_notes(self, question: str, doc_ids: list[int] | None, context: dict | None) -> FactAnswer | None:
        """The one note line or 备注 cell sharing the most words with the question (two pairs of characters
        at least, ahead of every other): "鹭川镇为啥没分食堂补助" -> 鹭川镇 备注：暂无长者食堂."""
        idx = self.idx
        text = _NOTE_WORDS.sub(lambda m: _NOTE_SAID[m.group()], compact(normalize(question)))
        named = _departments_in(text, idx) or list((context or {}).get("departments") or ())
        # A follow-up ("按什么标准算的") asks about what the last answer named.
        # (the rows the conversation is on when it named them by a part: "加装电梯那个项目" → "为啥没开工")
        named_before = (context or {}).get("named") or [(context or {}).get("rows") or ()]
        text += "".join(k for keys in named_before for k in keys
                        if (k in idx.col_keys or k in idx.row_label_keys) and not _is_total(k))  # no sheet title, no 合计
        docs = self._texts_read_in(named, doc_ids)
        if docs is None:
            return None
        grams = {text[i:i + 2] for i in range(len(text) - 1)} - _COMMON_GRAMS
        # (the department or place named scopes the question: "长兴" is no word the note must share — 长兴县质量
        # 技术监督检测中心's 备注 is not about 长兴's 公务接待费 for it)
        grams -= {g for d in _departments_in(text, idx) for g in (compact(d)[i:i + 2] for i in range(len(compact(d)) - 1))}
        when = _WHEN_ASKED.search(text)
        scored = []
        texts = [f for f in idx.facts([x for d in docs for x in idx.docs[d].facts][:20000]) if f["number"] is None]
        # (nor the table's own kind: "国资预算利润收入为啥增加" shares 国有资本经营预算 with every note of that
        # table, the row asked — 利润收入 — is what a note must share to answer why. A sheet's own title is no such
        # word: 居家社区养老服务补助资金分配表 names the rows its note explains, 养老服务补贴按…测算)
        grams -= {g for t in {compact(idx.docs[d].form or "") for d in docs} for g in _pairs(t)}
        texts = self._remarks_of_rows_named(question, context, texts)
        # A note of numbered items is answered by its items, one each, not as a whole.
        itemized = {(f["document_id"], f["sheet"], f["line"]) for f in texts
                    if (f["row_labels"] or "").count(query.FACT_SEP) and (f["row_labels"] or "").split(query.FACT_SEP)[0] in ("注", "说明")}
        for f in texts:
            rows = (f["row_labels"] or "").split(query.FACT_SEP)
            cols = (f["col_labels"] or "").split(query.FACT_SEP)
            if not (rows[0] in ("注", "说明", "备注") or cols[-1] in ("备注", "说明")):
                continue
            if len(rows) == 1 and rows[0] in ("注", "说明") and (f["document_id"], f["sheet"], f["line"]) in itemized:
                continue
            said = compact("".join(rows) + f["value"])
            # "啥时候拨到街道": a note saying a time (6月底前) answers when, ahead of one that shares words only.
            dated = 2 if when and _A_TIME.search(f["value"]) else 0
            # (a time alone shares no word: "第五小学什么时候开工" is never a table note that happens to say 9月底)
            shared = sum(g in said for g in grams)
            scored.append((shared + dated if shared else 0, f))
        scored.sort(key=lambda x: -x[0])
        if not scored or scored[0][0] < 2 or len(scored) > 1 and scored[1][0] == scored[0][0]:
            return None
        f = scored[0][1]
        if when and not (_A_TIME.search(f["value"]) or _SOME_TIME.search(f["value"])):
            return None  # "龙源口镇的债务什么时候到期": a 备注 saying no time (龙源口景区停车场) tells no when
        rows = (f["row_labels"] or "").split(query.FACT_SEP)
        name = rows[0] if rows[-1] == f["value"] else _name(f)  # a note's item: "注：…"
        return FactAnswer("answered", compose.fact_value(name, f["value"]) + _cite(idx, [f]), [f])

    def _remarks_of_rows_named(self, question: str, context: dict | None, texts: list[dict]) -> list[dict]:
        """"污水处理厂提标改造 → 它什么时候完工": where the question (or the conversation) names rows, a 备注 cell
        of another row says nothing of them (another project's 2025年秋季开学投用); a table's note still may."""
        idx = self.idx
        named = {k for m in self.peek(question).mentions if m.start >= 0 for k in m.keys if k in idx.row_label_keys}
        named |= {k for keys in (context or {}).get("named") or () for k in keys
                  if k in idx.row_label_keys and k not in idx.col_keys and not _is_total(k)}
        # (only in the tables those rows stand in: a row named of another table says nothing of this one's)
        docs = {idx.fact_doc[f] for k in named for f in idx.label_facts.get(k, ())[:400]}
        return [f for f in texts if (f["col_labels"] or "").split(query.FACT_SEP)[-1] not in ("备注", "说明")
                or f["document_id"] not in docs or named & set(idx.row_keys(f["id"]))]

    def counted_in_notes(self, question: str, doc_ids: list[int] | None, context: dict | None) -> FactAnswer | None:
        """"执法大队今年更新几辆执法车": the one sentence of a table's note (注, 说明, 备注) that counts in the
        measure word asked ("…更新执法执勤用车1辆") and shares the most words with the question, ahead of
        every other; None when no note counts so."""
        idx = self.idx
        text = compact(normalize(question))
        asked = _COUNT_ASKED.search(text)
        if asked is None:
            return None
        unit = asked.group(1)
        named = _departments_in(text, idx) or list((context or {}).get("departments") or ())
        docs = self._texts_read_in(named, doc_ids)
        if docs is None:
            return None
        grams = {text[i:i + 2] for i in range(len(text) - 1)} - _COMMON_GRAMS
        counted = re.compile(rf"(\d+(?:\.\d+)?){re.escape(unit)}")
        # The rows the question names (局机关, 执法大队): a sentence about another row does not count them.
        rows_said = [m.keys & idx.row_label_keys for m in self.peek(question).mentions if m.keys & idx.row_label_keys]
        scored = []
        for f in idx.facts([x for d in docs for x in idx.docs[d].facts][:20000]):
            rows = (f["row_labels"] or "").split(query.FACT_SEP)
            cols = (f["col_labels"] or "").split(query.FACT_SEP)
            if f["number"] is not None or not (rows[0] in ("注", "说明", "备注") or cols[-1] in ("备注", "说明")):
                continue
            for sentence in re.split(r"[；;。]", f["value"] or ""):
                said = compact(sentence)
                if (m := counted.search(sentence)) is not None and all(any(k in said for k in keys) for keys in rows_said):
                    scored.append((sum(g in said for g in grams), m.group(0), sentence.strip(), f))
        return _best_note(idx, scored)

    def stated_in_notes(self, question: str, doc_ids: list[int] | None, context: dict | None) -> FactAnswer | None:
        """A count (counted_in_notes), else a percentage (share_in_notes), a table's note states."""
        return self.counted_in_notes(question, doc_ids, context) or self.share_in_notes(question, doc_ids, context)

    def share_in_notes(self, question: str, doc_ids: list[int] | None, context: dict | None) -> FactAnswer | None:
        """"X占一般公共预算支出比例", "X的红线是多少": the percentage a table's note (说明, 注) states in the clause
        sharing the most words with the question that none of the table's labels print (一般公共预算, 红线) —
        ahead of every other clause, two pairs of characters at least; None when no note states it so."""
        idx = self.idx
        text = compact(normalize(question))
        asked = _share_asked(text)
        if asked is None:
            return None  # (a plain amount asked: "一般公共预算支出是多少" is never the note's percentage)
        limit, subject = asked
        named = _departments_in(text, idx) or list((context or {}).get("departments") or ())
        docs = self._texts_read_in(named, doc_ids)
        if docs is None:
            return None
        grams = {text[i:i + 2] for i in range(len(text) - 1)} - _COMMON_GRAMS
        scored = []
        for d in docs:
            # (words the table's own labels or title print name its rows and columns, never the note's clause)
            printed = [compact(idx.docs[d].form or ""), *list(idx.doc_keys.get(d, ()))[:2000]]
            rare = {g for g in grams if not any(g in p for p in printed)}
            title = compact(idx.docs[d].form + idx.docs[d].file_name)
            for f in idx.facts(list(idx.docs[d].facts)[:20000]):
                if f["number"] is not None or (f["row_labels"] or "").split(query.FACT_SEP)[0] not in ("注", "说明"):
                    continue
                for sentence in re.split(r"[；;。]", f["value"] or ""):
                    clauses = re.split(r"[，,]", sentence)
                    for at, clause in enumerate(clauses):
                        if (m := _PERCENT_PRINTED.search(clause)) is not None \
                                and _clause_of_share(clauses[:at + 1], limit, subject, title):
                            scored.append((sum(g in compact(clause) for g in rare), m.group(0), sentence.strip(), f))
        return _best_note(idx, scored, _NOTE_ITEM_NUMBER)

    def _only_a_zero_before(self, fq: FactQuestion, ids: list[int], docs: list[int]) -> FactAnswer | None:
        """"社工部2023年决算支出多少" of a unit set up in 2024: its table says only 增长100% over 2023, so
        every 2023 figure it gives is a 0 worked back from the change. No table of that year is loaded:
        say so, not 0.00 as if a 2023 account said it."""
        idx = self.idx
        own = {idx.docs[d].year for d in docs}
        if not fq.years or fq.relative_year or {"diff", "ratio", "sum"} & set(fq.ops) or set(fq.years) & own:
            return None
        found = [f for f in idx.facts(ids[:400]) if f["number"] is not None]
        if not found or any(f["number"] for f in found):
            return None
        held = sorted(y for y in own if y)
        return FactAnswer("unknown", compose.year_only_compared(sorted(set(fq.years)), held))

    def _kind_not_held(self, fq: FactQuestion) -> FactAnswer | None:
        """A kind of table asked (决算, 自评, 申报) that none of the named department's tables is, nor any
        of their labels says: unknown, naming the kinds it has (never its 预算 read as the 决算 asked)."""
        idx = self.idx
        if not fq.departments:
            return None
        docs = [d for dept in fq.departments for d in idx.dept_docs.get(dept, ())]
        for word in _TABLE_KINDS:
            if word in fq.text and not any(word in idx.docs[d].form for d in docs) \
                    and not any(word in k for d in docs for k in idx.doc_keys.get(d, ())):
                held = sorted({compose.table_name("", idx.docs[d].form, idx.docs[d].year) for d in docs})
                return FactAnswer("unknown", compose.kind_not_held("、".join(fq.departments), word, held))
        # "农业农村局部门收支总表里的项目支出": a kind of table said short (部门收支预算总表) that another department's
        # tables are and none of its own: never its other table's line of that name (项目支出 of its 明细表)
        own = {compact(idx.docs[d].form or "") for d in docs}
        forms = idx.__dict__.get("_kinds_sorted")
        if forms is None:  # (once per index: the kinds of every table)
            forms = idx.__dict__["_kinds_sorted"] = sorted({compact(d.form or "") for d in idx.all_docs()} - {""})
        found = shortened_kind(fq.text, forms,
                               lambda form, word: any(_names_a_label(word, form, k) for d in docs for k in idx.doc_keys.get(d, ())))
        if found is not None and found[2] not in own and not _listed_in_kind(idx, fq.departments, found[2]):
            held = sorted({compose.table_name("", idx.docs[d].form, idx.docs[d].year) for d in docs})
            return FactAnswer("unknown", compose.table_kind_not_loaded("、".join(fq.departments), found[2], held))
        return None

    def _use_apart(self, question: str) -> str:
        """"就业补助多少 主要干嘛用": two questions (its amount, then its use), as if a comma were between."""
        words = next((g for g in self.idx.synonyms if g[0] == _USE), (_USE,))
        text = normalize(question)
        at = min((i for w in words if (i := text.find(w)) > 0), default=-1)
        if at > 0 and re.search(r"多少|几", text[:at]) and not re.search(r"[，,；;。]", text[:at][-2:]):
            return text[:at] + "，" + text[at:]
        # "就业补助的测算依据": a line of the 明细 named with the table's word for its note is asked its
        # amount and what the note says it is for (only when the note has that line's use).
        if (basis := _BASIS.search(text)) and basis.start() > 0:
            head = compact(text[:basis.start()])
            uses = set(self.idx.label_facts.get(_USE, ()))
            if uses and any(len(k) >= 2 and k in head and uses.intersection(self.idx.label_facts[k]) for k in self.idx.label_facts):
                # "就业补助多少 怎么测算的": the amount is asked already, once
                asked = "" if re.search(r"多少|几", head) else "多少"
                return text[:basis.start()].rstrip() + asked + "，" + _USE
        return question

    def _paths_of(self, ids: list[int], lines: bool = False) -> set[tuple[int, str, int]]:
        """The rows (document, row labels, line) of the facts an answer gave, for a follow-up naming a column;
        the line is 0 (any line of those labels) unless asked for (see _row_of)."""
        return {self._row_of(f) if lines else (f["document_id"], f["row_labels"] or "", 0)
                for f in self.idx.facts(ids[:50])}

    def _row_of(self, f: dict) -> tuple[int, str, int]:
        """A fact's row: its document and row labels, and its line where the table prints those labels on
        several lines (第一批 of each 地区), so a follow-up can keep the very rows shown, not all of that label."""
        idx, fid = self.idx, f["id"]
        path = tuple(idx.fact_keys[fid][: idx.fact_nrows[fid]])
        line = idx.fact_line.get(fid, 0) if (f["sheet"], f["page"], path) in idx.repeated_rows(f["document_id"]) else 0
        return f["document_id"], f["row_labels"] or "", line

    def _of_last_rows(self, fq: FactQuestion, ids: list[int]) -> list[int]:
        """"其中区级配套多少" after 枫林街道's 长者食堂运营补贴: that row's, not the line of that name in another
        group; the ids unchanged when none is of those rows."""
        if not fq.last_rows or len(ids) > 400:
            return ids
        kept = [f["id"] for f in self.idx.facts(ids)
                if (f["document_id"], f["row_labels"] or "", 0) in fq.last_rows or self._row_of(f) in fq.last_rows]
        return kept or ids

    def _plan_shown(self, fq: FactQuestion, context: dict) -> None:
        """"年初预算多少" → "完成多少比例": the rate over the budget just shown, not another budget column."""
        if fq.rate and not fq.plan and context.get("last"):
            cols = [f["col_labels"] or "" for f in self.idx.facts(list(context["last"])[-1:])]
            fq.plan = next((b for b in _PLANS if cols and b in cols[0]), "")

    def _top_rate_row(self, docs: list[int]) -> list[dict]:
        """The one top-level row of each table set that prints a completion (完成年初预算 %) beside its
        figures: the department's own rate, asked with no row named. [] when there is not exactly one."""
        idx = self.idx
        found = [f for d in docs for f in idx.docs[d].facts if idx.fact_nrows.get(f, 0) == 1
                 and any(re.match(r"完成|执行", k) for k in idx.fact_keys[f][1:])]
        rows = {(idx.fact_doc[f], idx.fact_line.get(f, 0), idx.fact_keys[f][0]) for f in found}
        by_row: dict[tuple, list[dict]] = {}
        for doc in {r[0] for r in rows}:
            for f in idx.facts(list(idx.docs[doc].facts)):
                r = (doc, idx.fact_line.get(f["id"], 0), idx.fact_keys[f["id"]][0] if idx.fact_keys[f["id"]] else "")
                if r in rows and idx.fact_nrows.get(f["id"], 0) == 1:
                    by_row.setdefault(r, []).append(f)
        # Of several (三公经费 beside the whole), the one spending the most holds the others: the whole.
        size = {r: max((f["number"] or 0 for f in fs if f["unit"] != "%"), default=0) for r, fs in by_row.items()}
        ranked = sorted(size.values(), reverse=True)
        if not ranked or len(by_row) > 1 and ranked[0] == ranked[1] or len({r[0] for r in by_row}) > 1:
            return []
        return by_row[max(size, key=lambda r: size[r])]

    def _said_in_facts(self, fq: FactQuestion, ids: list[int]) -> list[int]:
        """A word left over that the matched rows' section labels say (明细 of 项目支出明细预算 > 就业补助), or a
        text among them says (补贴 of 就业补助主要用于 "职业介绍补贴、…"): those facts are the ones asked."""
        words = [w for w in fq.leftover.split() if len(re.sub(r"[^\u4e00-\u9fff]", "", w)) >= 2]
        if not words or len(words) != len(fq.leftover.split()) or fq.months or _field_of_word_asked(fq, words):
            return ids
        facts = self.idx.facts(ids[:400])
        # "开办费多少": a text naming it holds no amount of it; "得分呢": a field the tables may print (得分, 权重,
        # 联系人) is never the text of a cell that mentions it (评价标准 "…按完成比例得分").
        texts = not _AMOUNT_ASKED.search(fq.text) and not any(u in w for w in words for u in self.idx.unheld)
        # The section's label, not the row's own name ("行政" of 综合行政执法大队 is no 行政编制 asked).
        kept = [f for f in facts if all(self._says(f, w) or texts and f["number"] is None and w in compact(f["value"] or "")
                                        for w in words)]
        if not kept:
            return ids
        if len(kept) == len(facts) and any(f["number"] is not None for f in kept):
            # Every row matched stands under a label saying the word ("三公" of 财政拨款“三公”经费支出决算表):
            # it tells no row apart, but it is said by them all, so nothing is left unexplained.
            if all(self._says(f, w) for f in kept for w in words):
                fq.leftover = ""
            return ids
        fq.leftover = ""
        return [f["id"] for f in kept]

    def _says(self, f: dict, word: str) -> bool:
        """Whether the labels a row stands under say the word, or the title of its general table does
        ("资金" of 养老助餐补贴资金分配表) while no label of that table holds it ("编制" of …人员编制…表 may
        be 核定编制数 asked)."""
        if word in _above_row(f):
            return True
        doc = self.idx.docs[f["document_id"]]
        return doc.layout == "general-table" and word in compact(doc.form) \
            and not any(word in k for k in self.idx.doc_keys.get(doc.id, ()))

    def _of_period(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """The facts of the period asked: its month rows or its column; several periods each (二季度和三季度);
        a period the table prints in parts (上半年 of the quarters) as its parts."""
        months = [f for f in facts if _month(f) in fq.period or _period_of(f) == fq.period]
        if not months and len({self._row_key(f["id"]) for f in facts}) == 1:  # a row's month columns (1月 … 12月)
            months = [f for f in facts if column_month(f) in fq.period and f["number"] is not None]
        if not months and fq.periods:  # "二季度和三季度分别多少": each period's own column
            months = [f for f in facts if _period_of(f) in fq.periods]
            fq.period = () if months else fq.period
        if not months and not fq.periods:
            # "1到9月执行率" of a table titled 1-9月执行进度: its columns of no period of their own are of that period.
            months = [f for f in facts if _period_of(f) is None and _month(f) is None
                      and self._table_period(f) == fq.period]
            fq.period = () if months else fq.period
        return months or self._parts_of_period(fq, facts)

    def _period_share(self, fq: FactQuestion, ids: list[int]) -> FactAnswer | None:
        """"三季度支出占全年实际支出的比重": the period's column over the column named, on one row (the row
        named, else the table's total row); None unless both are one figure of one row."""
        if "ratio" not in fq.ops or fq.periods:
            return None
        facts = [f for f in self.idx.facts(ids[:400]) if f["number"] is not None and _period_of(f) is None]
        if len({self._row_key(f["id"]) for f in facts}) > 1:
            facts = self.idx.facts(self._on_total_row([f["id"] for f in facts]))
        if len(facts) != 1 or not facts[0]["number"]:
            return None
        whole = facts[0]
        part = [x for x in self.idx.facts(self._row_siblings(whole)) if x["number"] is not None
                and _period_of(x) == fq.period and x["unit"] == whole["unit"]]
        if len(part) != 1:
            return None
        a, r = part[0], part[0]["number"] / whole["number"] * 100
        return FactAnswer("answered", compose.fact_share(_name(a), _name(whole), fmt_number(a["number"]),
                                                         fmt_number(whole["number"]), fmt_percent(r))
                          + _cite(self.idx, [a, whole]), [a, whole])

    def _of_sheet(self, fa: FactAnswer) -> FactAnswer:
        """A bare 合计 row's figure named with what its sheet is of ("项目支出分季度执行情况 合计"), when the
        sheet's title says it: 188 is 项目支出's first quarter, not the whole department's."""
        section = (fa.facts[0]["section"] or "") if fa.facts else ""
        rows = {label_key(_own_row(f)) for f in fa.facts}
        if fa.status != "answered" or not section or not all(_is_grand_total(r) for r in rows) \
                or re.match(r"[一二三四五六七八九十]+、", section) or section in fa.text:
            return fa
        return FactAnswer(fa.status, f"{section} {fa.text}", fa.facts, fa.options, fa.ranked)

    def _columns_compared(self, fq: FactQuestion) -> bool:
        """"调整后预算比年初增加多少": two columns set against each other and no row named — the table's whole,
        its total row, is what is compared (never each row's pair listed)."""
        said = [m for m in fq.mentions if m.start >= 0]
        if not {"diff", "ratio"} & set(fq.ops) or len(said) < 2:
            return False
        docs = fq.subject_docs or {d for dept in fq.departments for d in self.idx.dept_docs.get(dept, ())}
        if not docs:  # "三公经费预算比决算多多少": the one table printing every column said
            held = [{d for k in m.keys for d in self.idx.first_docs(k, 40)} for m in said]
            docs = set.intersection(*held)
            if len(docs) != 1:
                return False
        rows: set[str] = set()
        cols: set[str] = set()
        for d in docs:
            r, c = self.idx.doc_rows_and_cols(d)
            rows |= r
            cols |= c
        return all(m.keys & cols and not m.keys & rows for m in said)

    def _on_total_row(self, ids: list[int], of_years: bool = False) -> list[int]:
        """"总执行率": of the facts of the columns named, those on the table's grand total row (总计 / 合计
        alone; a lone 小计 row when the table has no other); [] when no one such row. of_years: a change
        over a year is asked ("总额比2024年增长"), so the total rows printing a year's column come first."""
        facts = [f for f in self.idx.facts(ids[:400]) if self._is_total_fact(f, "row")]
        grand = [f for f in facts if _is_grand_total(label_key(_own_row(f)))]
        facts = grand or facts
        if of_years:
            facts = _prefer(facts, lambda f: bool(_YEAR_COLUMN.search(f["col_labels"] or "")))
        # Of several tables' total rows, the one printing every column named (总计 of 年初 and 调整后预算, not a
        # second sheet's 合计 of 调整后预算 alone).
        cols: dict[tuple, set[str]] = defaultdict(set)
        for f in facts:
            cols[self._row_key(f["id"])].add(f["col_labels"] or "")
        most = max((len(c) for c in cols.values()), default=0)
        facts = [f for f in facts if len(cols[self._row_key(f["id"])]) == most]
        return [f["id"] for f in facts] if len({self._row_key(f["id"]) for f in facts}) == 1 else []

    def _table_period(self, f: dict, sheet_only: bool = False) -> tuple[int, ...] | None:
        """The period a fact's sheet or table title names ("1-9月执行进度", "2025年1-9月预算执行进度表");
        sheet_only: its own sheet's name or title only, not the workbook's."""
        return period_in(compact(f["sheet"] or "")) or period_in(compact(f["section"] or "")) \
            or (None if sheet_only else period_in(compact(self.idx.docs[f["document_id"]].form)))

    def _said_none(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"社工部三公经费花了多少钱" of a table whose figure cells are all empty and whose own note says there
        is none ("本年度没有财政拨款“三公”经费支出，故本表无数据"), or whose cells say 无: that is the answer
        (none spent), not an unknown; None otherwise."""
        idx = self.idx
        if not facts or any(f["number"] is not None for f in facts):
            return None
        if (only_note := self._only_a_note_of_none(fq, facts)) is not None:
            return only_note
        values = [(f["value"] or "").strip() for f in facts]
        if all(_NONE_CELL.fullmatch(v) for v in values):
            return FactAnswer("answered", compose.fact_values([(_name(f), v) for f, v in zip(facts[:4], values, strict=False)])
                              + _cite(idx, facts[:4]), facts[:4])
        tables = {(f["document_id"], f["section"] or "", f["page"], f["sheet"] or "") for f in facts}
        if any(values) or len(tables) != 1:
            return None
        doc, section, page, sheet = next(iter(tables))
        notes = [n for n in idx.facts(list(idx.docs[doc].facts)[:20000])
                 if n["number"] is None and (n["row_labels"] or "").split(query.FACT_SEP)[0] in ("注", "说明")
                 and (n["section"] or "", n["page"], n["sheet"] or "") == (section, page, sheet)
                 and _NONE_NOTED.search(n["value"] or "")]
        if len(notes) != 1:
            return None
        # (the note is cited, not kept as a row asked: a follow-up "那公务接待费呢" is of the table's rows)
        names = "、".join(dict.fromkeys(_name(f) for f in facts[:4]))
        return FactAnswer("answered", compose.none_noted(names, notes[0]["value"]) + _cite(idx, [*facts[:4], notes[0]]),
                          facts[:4])

    def _only_a_note_of_none(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"普陀社工部政府性基金支出多少" whose only match is the note under a table left blank ("本年度没有政府性
        基金预算财政拨款收入和支出，故本表无数据"): the table holds no such figure — unknown, quoting the note and
        its page, never the note answered as the figure; None when a figure cell is found too, or the note
        itself is asked (为什么没有, 说明)."""
        if _NOTE_ASKED.search(fq.text) or not all(
                f["number"] is None and not f["col_labels"] and _NOTE_HEAD.match(f["row_labels"] or "")
                and _NO_FIGURES.search(f["value"] or "") for f in facts):
            return None
        return FactAnswer("unknown", compose.table_holds_none(facts[0]["value"]) + _cite(self.idx, facts[:1]), facts[:1], settled=True)

    def _wrong_kind(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """A count asked in a unit the rows are not counted in ("几台" of a row in 项), or a kind of value
        (多少人, 多少钱) the rows do not hold, or names asked (各叫什么) of rows printing only numbers
        ("绩效自评的项目 4个"): said, with what they do hold."""
        # ("用车几辆" is read "用车辆多少": the measure before its 多少; not 配套多少, 文件多少)
        asked = _QUANTITY_ASKED.search(fq.text) or re.search(r"(辆)(?:多少|几)$", fq.text) or _HOUSEHOLDS.search(fq.text)
        if _NAMES_ASKED.search(fq.text) and facts and all(f["number"] is not None for f in facts):
            kind = "names"
        elif {"count", "list", "max", "min", "range"} & set(fq.ops):
            return None
        elif asked and facts and not any(asked.group(1) in (f["unit"] or "") or re.search(
                r"[\d一二两三四五六七八九十百千]" + re.escape(asked.group(1)), f["value"] or "")
                # a column counting things with no unit printed (床位数): "多少张床位" is its figure
                or counted_bare(f) and (noun := fq.text[asked.end():asked.end() + 2]) and noun in _own_col(f)
                or counted_bare(f) and asked.group(1) in _own_col(f)  # (受益户数 counts 户)
                for f in facts):
            # (text cells too: "多少套" is not answered with a row's 采购方式, nor "几辆" with a note on 车辆)
            kind = "quantity"
        elif fq.kind_missing:
            kind = "people" if re.search(r"人", fq.text) else "quantity" if re.search(r"辆", fq.text) else "money"
        else:
            return None
        if (empty := self.table_empty(facts, fq.text)) is not None:
            return empty  # "三公经费花了多少钱" of a table left blank: its note says there is none
        # The items and the unit they are counted in, never their figures: a figure in another unit
        # ("380" of 万元 for 多少亩) read off the reply would be a wrong answer.
        has = "、".join(dict.fromkeys(compose.item_in_unit(_name(f), f["unit"] or "") for f in facts[:4]))
        return FactAnswer("unknown", compose.fact_kind_missing(kind, has) + _cite(self.idx, facts[:4]), [])

    def table_empty(self, facts: list[dict], asked: str = "") -> FactAnswer | None:
        """Blank cells only, of a table whose own note says it holds no figures ("本年度没有财政拨款“三公”经费
        支出，故本表无数据"): that note is the answer — unless the words asked (asked) name the one column of
        the cells found (决算, 预算数): no such figure is printed; None otherwise."""
        if not facts or any(f["value"] or f["number"] is not None for f in facts) \
                or len({(f["document_id"], f["section"]) for f in facts}) != 1:
            return None
        f = facts[0]
        notes = [x for x in self.idx.facts([i for i in self.idx.docs[f["document_id"]].facts
                                            if self.idx.fact_line.get(i, 0) // 100_000 == (f["page"] or 0)][:400])
                 if x["section"] == f["section"] and not x["col_labels"] and x["number"] is None
                 and _NOTE_HEAD.match(x["row_labels"] or "") and _NO_FIGURES.search(x["value"] or "")]
        if len(notes) != 1:
            return None
        # (the blank cells are the facts answered: a follow-up "那公务接待费呢" is of that table still)
        said = compose.fact_value((notes[0]["row_labels"] or "").split(query.FACT_SEP)[0], notes[0]["value"]) \
            + _cite(self.idx, notes)
        if all(_BUDGET_COLUMN.search(re.split(r"\W", f["col_labels"] or "")[-1] or "")
               and not re.search(r"决算|合计|总计", f["col_labels"] or "") for f in facts):
            # "社工部公务用车运行维护费预算数": only a line's budget column is asked, and the table prints none — what
            # its note says is no budget figure (the table's own 合计 asked, "三公经费预算", its note answers)
            return FactAnswer("unknown", compose.budget_not_printed(said), facts, settled=True)
        columns = {re.split(r"\W", f["col_labels"] or "")[-1] for f in facts}
        if len(columns) == 1 and (column := next(iter(columns))) in ("决算数", "预算数") \
                and re.search(_COLUMN_NAMED[column], compact(asked)):
            # "社工部三公经费决算多少": the one column named, of a table printing none — no such figure
            return FactAnswer("unknown", compose.budget_not_printed(said, column), facts, settled=True)
        return FactAnswer("answered", said, facts)

    def _compared_in_its_row(self, fq: FactQuestion, f: dict) -> dict | None:
        """"（公共卫生服务补助）比序时进度慢多少": only what it is compared with is said (比 + a column); what is
        compared is the one other figure of the row in the same unit (执行率 beside 序时进度), never a
        printed difference column; None when that is not exactly one."""
        said = [m for m in fq.mentions if m.start >= 0]
        if not said or not re.search(r"比$", fq.text[:said[0].start]) or any(
                m.keys & self.idx.col_keys and not m.keys & set(self.idx.fact_keys.get(f["id"], ())) for m in said):
            return None
        others = [x for x in self.idx.facts(self._row_siblings(f)) if x["id"] != f["id"] and x["number"] is not None
                  and x["unit"] == f["unit"] and x["line"] == f["line"] and x["sheet"] == f["sheet"]
                  and not re.search(r"差异|差额|差值|增减|偏差|变动", x["col_labels"] or "")]
        return others[0] if len(others) == 1 else None

    def _other_of_its_row(self, fq: FactQuestion, f: dict) -> dict | None:
        """What one figure found is compared with in its own row: the column said after 比's other figure, else
        the row's running total (see _running_total_beside)."""
        return ("diff" in fq.ops and self._compared_in_its_row(fq, f)) or self._running_total_beside(f)

    def _running_total_beside(self, f: dict) -> dict | None:
        """"罚没收入比上年同期多多少", "增值税离年初预算还差多少": one amount of a row (上年同期, 年初预算) that
        also prints its months' running total (1-10月累计) in the same unit: what it is compared with is that
        total; None otherwise."""
        if running_total(f) or month_column(f) or f["unit"] == "%":
            return None
        row = [x for x in self.idx.facts(self._row_siblings(f)) if x["line"] == f["line"] and x["sheet"] == f["sheet"]
               and x["number"] is not None and x["unit"] == f["unit"]]
        totals = [x for x in row if running_total(x)]
        return totals[0] if len(totals) == 1 and sum(map(month_column, row)) >= 2 else None

    def _specific(self, facts: list[dict], fq: FactQuestion, groups: list[list[Mention]]) -> list[dict]:
        """Among facts matching every constraint, those the question means: the labels it explains best
        (a fact with fewer unexplained labels), the kind of value it asks for (多少人 -> a count in 人,
        多少钱 -> money, a number for 多少), and a group's subtotal when it names the group alone."""
        if not facts:
            return facts
        facts = self._of_the_flow_asked(facts, fq)
        keys_q = {k for m in fq.mentions for k in m.keys}
        asked_years = set(fq.years) | {f["year"] for f in facts if fq.relative_year} or \
            {self.idx.docs[f["document_id"]].year for f in facts}

        extra_of: dict[int, int] = {}

        def extra(f: dict) -> int:
            if f["id"] not in extra_of:
                own = self.idx.fact_keys.get(f["id"], ())
                extra_of[f["id"]] = sum(len(k) for k in own if k not in keys_q and not _is_total(k)
                                        and not (asked_years and year_in(k) in asked_years))
            return extra_of[f["id"]]

        def matched(f: dict) -> int:
            """Label characters of the question the fact explains (one alternative per coordination)."""
            own = set(self.idx.fact_keys.get(f["id"], ()))
            return sum(max((m.n if len(g) == 1 else 1 for m in g if m.keys & own), default=0) for g in groups)

        top = max(matched(f) for f in facts)
        facts = self._group_total_of_table([f for f in facts if matched(f) == top], fq)
        facts = self._kind_of_figure_said(self._said_kind(self._leaf_named(facts, fq, groups), fq, keys_q), fq)
        facts = self._running_totals(facts, fq, keys_q)
        if allotted := self._allotted_of_rows(facts, fq):
            return allotted  # "A比B多分多少": each row's 分配金额, never its 分配系数 beside it
        multi = [g for g in groups if len(g) > 1]
        if multi:  # per coordinated item, the facts with the fewest unexplained labels
            return self._per_item(facts, multi[0], fq, extra)
        if "list" in fq.ops or "count" in fq.ops or "max" in fq.ops or "min" in fq.ops or "range" in fq.ops or fq.cmp:
            return facts
        if fq.period and all(_month(f) or column_month(f) for f in facts):
            return facts  # the months of a period, added up
        if "sum" in fq.ops and not [g for g in groups if len(g) > 1] and (added := self._added_in_columns(facts, keys_q)):
            return added
        if ("diff" in fq.ops or fq.remaining or fq.excess or fq.per_head) and \
                len({self._row_key(f["id"]) for f in facts}) == 1:
            return facts  # one item compared with itself: across the years it is printed for
        facts = self._figures_first(facts, fq, keys_q)
        if self._kinds_asked(facts, fq):
            return facts  # "资金来源是啥": the group's lines by kind, its total among them
        facts = self._subtotal_of_group(facts, keys_q)
        facts = facts if fq.years or fq.relative_year else self._own_year_of_each(facts)  # no year asked
        if self._one_column(facts, fq, keys_q):
            return self._rows_of_one_column(facts, keys_q)
        if (judged := self._target_and_done(facts, fq)):
            return judged  # "企业对营商环境满意度多少": an indicator's target and what was done, not its 分值 / 得分
        if (alone := self._row_named_alone(facts, fq)) and len(alone) > 1:
            return alone  # the row's amounts, each said
        # each source of the row (资金来源), or an indicator's target, done and progress
        if parts := self._parts_of_column_group(alone or facts, keys_q) or self._item_row(alone or facts, fq):
            return parts
        # Still several columns of one row and no column named: the first column that fits.
        return self._each_row_said_alike(fq, alone or facts, _fewest_unexplained(alone or facts, keys_q, extra))

    def _of_the_flow_asked(self, facts: list[dict], fq: FactQuestion) -> list[dict]:
        """The facts of the flow (收入/支出) said outside the labels named, else carried by a follow-up."""
        flows = flow_words(getattr(self.idx, "vocab_path", ""))
        # (a flow said bare is read as a partial label, 收入 of 事业收入: still the flow asked)
        outside = said_outside(fq.text, [(m.start, m.end) for m in fq.mentions
                                         if m.start >= 0 and fq.text[m.start:m.end] not in flows])
        return of_the_flow_asked(facts, outside, flows, fq.flow)

    def _allotted_of_rows(self, facts: list[dict], fq: FactQuestion) -> list[dict]:
        """"A比B多分多少", "A和B分别分了多少": the money verb of an allocation table (分了, 多分: the vocabulary's
        allocation_words) said of several of its rows with no column named: each row's figure of the table's
        column of money allotted (分配金额, 合计); [] when not so asked."""
        said = [w for w in self.idx.allocation_words if w in fq.text]
        rows_said = [m for m in fq.mentions if m.start >= 0 and m.keys & self.idx.row_label_keys]
        if not said or len(rows_said) < 2 or not all(any(w in a for a in said) for w in (fq.leftover or "").split()) \
                or len({f["document_id"] for f in facts}) != 1 or len({self._row_key(f["id"]) for f in facts}) < 2 \
                or any(query.FACT_SEP in (f["row_labels"] or "") for f in facts):
            return []  # (rows in groups, each closed by its 小计: the groups' subtotals are read elsewhere)
        column = allotted_column(list(dict.fromkeys(f["col_labels"] for f in facts if f["col_labels"])),
                                 self.idx.allocation_words)
        kept = [f for f in facts if column and f["col_labels"] == column and f["number"] is not None]
        return kept if len({self._row_key(f["id"]) for f in kept}) == len({self._row_key(f["id"]) for f in facts}) else []

    def _each_row_said_alike(self, fq: FactQuestion, facts: list[dict], chosen: list[dict]) -> list[dict]:
        """"莲花中心总计": one name said whole that two rows are called by (莲花中心小学, 莲花中心幼儿园): each row's
        figure of the column chosen, never one of them picked by its group's shorter name. So too a part of their
        names every such row prints as said ("病媒生物" of 病媒生物防制 and 病媒生物监测, rows of two units):
        picking one by the shorter unit name before it would be a guess."""
        cols = {f["col_labels"] for f in chosen}
        for m in fq.mentions:
            rows = m.keys & self.idx.row_label_keys
            if m.start < 0 or len(rows) < 2 or not (m.exact and m.quality >= 1 - 1e-9 or self._part_of_each(fq, m, rows)):
                continue
            same = [f for f in facts if f["col_labels"] in cols and rows & set(self.idx.row_keys(f["id"]))]
            # (units of one table, each called so by a name of its own: never one line of two departments' tables)
            named = {frozenset(rows & set(self.idx.row_keys(f["id"]))) for f in same}
            if len({self._row_key(f["id"]) for f in same}) >= 2 and len({f["document_id"] for f in same}) == 1 \
                    and len(named) == len({self._row_key(f["id"]) for f in same}) and len(chosen) == 1:
                return same
        return chosen

    @staticmethod
    def _part_of_each(fq: FactQuestion, m: Mention, rows: set[str]) -> bool:
        """The words said (four characters at least) printed as said in each of the rows' names, none of
        which is those words alone."""
        said = fq.text[m.start:m.end]
        return len(said) >= 4 and said not in rows and all(said in r for r in rows)

    def _figures_first(self, facts: list[dict], fq: FactQuestion, keys_q: set[str]) -> list[dict]:
        """The figures when a number is asked (多少, an operation); of a line named bare, all but its 备注 (no
        column nor note asked: "凯里年末结转和结余" is its figure, never the note beside it)."""
        if "多少" in fq.text or fq.ops:
            return _prefer(facts, lambda f: f["number"] is not None)
        if not keys_q & self.idx.col_keys and not _NOTE_ASKED.search(fq.text) and not _WHAT_FOR.search(fq.text) \
                and any(f["number"] is not None for f in facts):
            return [f for f in facts if f["number"] is not None or not re.fullmatch(_REMARK_COLUMN, _own_col(f))]
        return facts

    def _running_totals(self, facts: list[dict], fq: FactQuestion, keys_q: set[str]) -> list[dict]:
        """"增值税多少", "税收占一般公共预算收入比重", "哪个税最多" of a table of months beside their running
        total (1-10月累计): no month, period nor column said, each row's figure is its running total, never
        its first month; the facts as they are otherwise."""
        if fq.period or fq.periods or re.search(r"月|季度", fq.text):
            return facts
        idx = self.idx
        if any(keys_q & set(idx.fact_keys.get(f["id"], ())[idx.fact_nrows.get(f["id"], 0):]) for f in facts):
            return facts  # a column of theirs is said
        rows: dict[object, list[dict]] = defaultdict(list)
        for f in facts:
            rows[self._row_key(f["id"])].append(f)
        totals = [t[0] for fs in rows.values() if len(t := [f for f in fs if running_total(f)]) == 1
                  and sum(map(month_column, fs)) >= 2]
        return totals if len(totals) == len(rows) else facts

    def _added_in_columns(self, facts: list[dict], keys_q: set[str]) -> list[dict]:
        """A sum over rows: "指标权重加起来多少", the column over its rows, totals left out — unless the table prints
        the column's total itself ("执行数合计" of 类/款/项 rows, which nest: their sum counts each twice);
        "效益指标一共几分", no column said: the rows' 分值 and 得分, each added on its own. [] otherwise."""
        if marks := self._marks_of_rows(facts, keys_q):
            return marks
        if len({f["col_labels"] for f in facts}) == 1 and len({self._row_key(f["id"]) for f in facts}) > 2:
            return self._printed_column_total(facts) or [f for f in facts if f["number"] is not None and not any(
                _is_total(k) for k in self.idx.fact_keys.get(f["id"], ()))] or facts
        if len({_own_col(f) for f in facts}) == 1 and len({self._row_key(f["id"]) for f in facts}) > 2:
            # "党群部门实有人数一共多少": one measure under several groups of columns (实有人数 of 行政 / 事业 / 工勤编制)
            # over a group's rows: every row of each column, never the rows whose names are shortest
            return [f for f in facts if f["number"] is not None
                    and not any(_is_total(k) for k in self.idx.fact_keys.get(f["id"], ()))] or facts
        return []

    def _marks_of_rows(self, facts: list[dict], keys_q: set[str]) -> list[dict]:
        """The 分值 and 得分 figures of the rows matched (a 自评表's group or row), totals left out, when the
        question names neither column; [] otherwise."""
        marks = [f for f in facts if f["number"] is not None and (_FULL_MARKS.search(_own_col(f)) or _SCORED.search(
            _own_col(f))) and not any(_is_total(k) for k in self.idx.fact_keys.get(f["id"], ()))]
        if marks_apart(marks) is None or any(k in self.idx.col_keys for k in keys_q):
            return []
        return marks

    def _printed_column_total(self, facts: list[dict]) -> list[dict]:
        """The one row of a column's facts, all of one table, that is its printed total (合计, 支出合计, 总计 —
        not a group's 小计); [] otherwise."""
        if len({(f["document_id"], f["sheet"]) for f in facts}) != 1:
            return []
        totals = [f for f in facts if f["number"] is not None and re.search(r"(?:合计|总计)$", _own_row(f))
                  and self.idx.fact_nrows.get(f["id"], 0) == 1]
        return totals if len(totals) == 1 else []

    def _group_total_of_table(self, facts: list[dict], fq: FactQuestion) -> list[dict]:
        """"实有在编人数合计", no row named, of a column group printing its own 合计 (实有在编人数 › 合计 |
        行政编制 | 事业编制): the word said once names the table's 合计 row too — the whole's figure in the
        group's 合计 column, not every row's 合计 (nor the group's parts) to choose from."""
        idx = self.idx
        said = [m for m in fq.mentions if m.start >= 0 and _is_grand_total(fq.text[m.start:m.end])]
        groups = [c for m in said for c in fq.mentions if c.end == m.start and c.keys <= idx.col_keys]
        if len(said) != 1 or len(groups) != 1 or any(
                m.keys & idx.row_label_keys for m in fq.mentions if m is not said[0] and m is not groups[0]):
            return facts
        word = fq.text[said[0].start:said[0].end]

        def leaf_total(f: dict) -> bool:
            cols = [label_key(c) for c in (f["col_labels"] or "").split(query.FACT_SEP)]
            return len(cols) >= 2 and cols[-1] == word and cols[-2] in groups[0].keys

        if not any(leaf_total(f) for f in facts):
            return facts
        total = [f for f in facts if leaf_total(f) and _own_row(f) == word]
        return total or facts

    def _said_kind(self, facts: list[dict], fq: FactQuestion, keys_q: set[str]) -> list[dict]:
        """The facts of the kind asked: a row's figure, not what its note says it is used for ("就业补助多少"),
        of the kind of value asked, a whole rather than its parts."""
        if _USE not in keys_q:
            facts = _prefer(facts, lambda f: _USE not in self.idx.fact_keys.get(f["id"], ()))
        return self._wholes_not_parts(_column_of_year(_figures_not_changes(self._of_kind_asked(facts, fq), fq), fq),
                                      keys_q)

    def _leaf_named(self, facts: list[dict], fq: FactQuestion, groups: list[list[Mention]]) -> list[dict]:
        """"完成多少" of 年度目标值 | 1-6月完成值 under 绩效指标完成情况: the column the word names, never one
        under a group header that holds the word too (one column said, nothing coordinated)."""
        said_cols = [m for m in fq.mentions if m.keys & self.idx.col_keys]
        if len(said_cols) != 1 or any(len(g) > 1 for g in groups):
            return facts
        keys = said_cols[0].keys

        def by_group_only(f: dict) -> bool:  # the word is its group header's, not its own column's
            cols = [label_key(c) for c in (f["col_labels"] or "").split(query.FACT_SEP)]
            # (a total under its group, 2025年预算数 › 合计, is the group's own figure)
            return len(cols) > 1 and cols[-1] not in keys and not _is_total(cols[-1]) and any(c in keys for c in cols[:-1])
        facts = _prefer(facts, lambda f: not by_group_only(f))
        said = fq.text[said_cols[0].start:said_cols[0].end] if said_cols[0].start >= 0 else ""

        def group_says(f: dict) -> bool:  # a group header holding a word of the column said (编制 of 核定编制数)
            cols = [label_key(c) for c in (f["col_labels"] or "").split(query.FACT_SEP)]
            return len(cols) > 1 and any(said[i:i + 2] in "".join(cols[:-1]) for i in range(len(said) - 1))
        # "事业编制" printed under 核定编制数 and under 实有在编人数: the group its own word names, never both
        leaves = {label_key((f["col_labels"] or "").split(query.FACT_SEP)[-1]) for f in facts}
        return _prefer(facts, group_says) if len(leaves) == 1 and leaves <= keys else facts

    def _wholes_not_parts(self, facts: list[dict], keys_q: set[str]) -> list[dict]:
        """A column headed "其中：市级补助" is a part of the column before it (分配金额): no part named, a row's
        figure is its whole, never the whole and its parts side by side (nor added up)."""
        idx = self.idx

        def part(f: dict) -> bool:
            cols = (f["col_labels"] or "").split(query.FACT_SEP)
            return any(c.strip().startswith("其中") for c in cols) \
                and not keys_q & set(idx.fact_keys.get(f["id"], ())[idx.fact_nrows.get(f["id"], 0):])
        wholes = {self._row_key(f["id"]) for f in facts if f["number"] is not None and not part(f)}
        return [f for f in facts if not (part(f) and self._row_key(f["id"]) in wholes)]

    def _of_kind_asked(self, facts: list[dict], fq: FactQuestion) -> list[dict]:
        """The facts of the kind of value asked (多少人 -> a count in 人, 多少钱 -> money); a share,
        difference or sum is of figures: an item's empty cell in another table is none."""
        if (re.search(r"多少人|几个人|几人|多少钱|几辆|多少辆", fq.text) or _PEOPLE_ASKED.search(fq.text)) \
                and not any(_kind_fits(f, fq) for f in facts):
            fq.kind_missing = True  # "多少人" of rows that count no people: not this table's figure
        # ("实施单位和金额": a column of text named besides the money is asked too — a cell printed blank, "—",
        # is no value of it)
        named = {k for m in fq.mentions if m.keys and m.keys <= self.idx.col_keys for k in m.keys}
        asked = self._asked_words(fq)
        facts = _prefer(facts, lambda f: _kind_fits(f, fq, asked) or f["number"] is None and bool(
            named & set(self.idx.fact_keys.get(f["id"], ())[self.idx.fact_nrows.get(f["id"], 0):]))
            and bool(_BLANK_CELL.sub("", f["value"] or "")))
        if {"ratio", "diff", "sum"} & set(fq.ops):
            facts = _prefer(facts, lambda f: f["number"] is not None)
        if fq.area and len({self._row_key(f["id"]) for f in facts}) == 1:
            # "云溪镇面积" of a row printing 耕地面积因素（亩）: that figure, not the columns named shortest (the
            # rows of a group, 房屋 › 小计 printed bare, are read by _areas)
            facts = _prefer(facts, lambda f: f["unit"] in AREA_UNITS)
        if "sum" in fq.ops and not re.search(r"率|比例|比重|占比|百分|%", fq.text) and not named & self.idx.percent_cols:
            facts = _prefer(facts, lambda f: f["unit"] != "%")  # "一共分了多少": an amount, never a share's 100%
        if not named and re.search(r"多少钱|花多少|要多少|金额", fq.text):
            # "办公电脑更新多少钱": the row's amount, not its price of one (单价) unless that is asked
            facts = _prefer(facts, lambda f: not _PER_ONE.search((f["col_labels"] or "").split(query.FACT_SEP)[-1]))
        return facts

    def rows_of_group_said(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"农业农村局满意度指标" of a 自评表: a group of indicator lines said by the head they stand under (一级指标
        满意度指标 over 农户满意度 and 新型农业经营主体满意度), nothing asked of it: each line with its target and what
        was done, numbered ("第二个完成值" then asks the second); None unless every line prints both."""
        idx = self.idx
        said = {k for m in fq.mentions for k in m.keys}
        if fq.ops or fq.leftover or not said or said & idx.col_keys or len({f["document_id"] for f in facts}) != 1:
            return None
        rows: dict[str, list[dict]] = {}
        for f in sorted(facts, key=lambda f: f["id"]):
            path = [label_key(p) for p in (f["row_labels"] or "").split(query.FACT_SEP)]
            if path[-1] in said or not said & set(path[:-1]):
                return None  # (a line said by its own name is that line's answer)
            rows.setdefault(f["row_labels"], []).append(f)
        pairs = [[f for pattern in (_TARGET_COLUMN, _DONE_COLUMN) for f in fs if pattern.search(_own_col(f))][:2]
                 for fs in rows.values()]
        if len(rows) < 2 or any(len(pair) != 2 or _TARGET_COLUMN.search(_own_col(pair[1])) for pair in pairs):
            return None
        lines = [compose.item_figures(_own_row(pair[0]), [(_own_col(f), _shown(f)) for f in pair]) for pair in pairs]
        shown = [f for pair in pairs for f in pair]
        return FactAnswer("answered", compose.numbered_items(lines) + _cite(idx, shown), shown)

    def _asked_words(self, fq: FactQuestion) -> str:
        """The words saying what kind of value is asked: never a row's own name said ("年度资金总额得了几分": 资金 of
        the line's name asks no money) when a column is said beside it (a name said alone asks its amount)."""
        t = fq.text
        if not any(m.start >= 0 and m.keys and m.keys <= self.idx.col_keys for m in fq.mentions):
            return t
        for m in fq.mentions:
            if m.start >= 0 and m.exact and m.keys and m.keys <= self.idx.row_label_keys:
                t = t[:m.start] + "\x00" * (m.end - m.start) + t[m.end:]
        return t

    def _parts_of_column_group(self, facts: list[dict], keys_q: set[str]) -> list[dict] | None:
        """One row's figures under a column group the question names (资金来源 over 一般公共预算 | 其他资金),
        no part named and no total among the parts: every part, in the table's order; None otherwise."""
        if len(facts) < 2 or len({self._row_key(f["id"]) for f in facts}) != 1:
            return None
        cols = [(f["col_labels"] or "").split(query.FACT_SEP) for f in facts]
        if any(len(c) < 2 for c in cols) or len({c[0] for c in cols}) != 1 or label_key(cols[0][0]) not in keys_q:
            return None
        leaves = [label_key(c[-1]) for c in cols]
        if any(k in keys_q or _is_total(k) for k in leaves) or any(f["number"] is None for f in facts):
            return None
        return sorted(facts, key=lambda f: f["id"])

    def _kinds_asked(self, facts: list[dict], fq: FactQuestion) -> bool:
        """Whether the kinds of a group's figures are asked ("资金来源是啥"), not how much."""
        return bool(_KINDS_ASKED.search(fq.text)) and "多少" not in fq.text and all(f["number"] is not None for f in facts) \
            and len({self._row_key(f["id"]) for f in facts}) > 1

    def _target_and_done(self, facts: list[dict], fq: FactQuestion) -> list[dict]:
        """One indicator row of a table printing 年度目标值 | 实际完成值 | 分值 | 得分 (a 自评表 read as a table),
        asked with no column named: its target and what was done, as printed; [] otherwise."""
        # (a column these facts print, 预算执行率 carried from the last question, is named even where another
        # table has a row of that name: 渝中's indicator 预算执行率)
        own_cols = {label_key(_own_col(f)) for f in facts}
        if not facts or len({self._row_key(f["id"]) for f in facts}) != 1 \
                or any(m.keys & self.idx.col_keys and (not m.keys & self.idx.row_label_keys or m.keys & own_cols)
                       for m in fq.mentions) \
                or fq.ops or fq.rate or fq.period or fq.years or fq.relative_year \
                or re.search(r"分值|得分|分数|几分|多少分|钱|花|预算|资金|经费|支出|执行|万元", fq.text) \
                or any((f["row_heads"] or "").split(query.FACT_SEP)[-1].startswith(ITEM_HEAD) for f in facts):
            return []  # (an indicator under its project, a 指标名称 row, is _item_row's)
        row = self.idx.facts(self._row_siblings(facts[0]))
        target = next((x for x in row if _TARGET_COLUMN.search(_own_col(x))), None)
        done = next((x for x in row if _DONE_COLUMN.search(_own_col(x))), None)
        return [target, done] if target is not None and done is not None else []

    def _row_named_alone(self, facts: list[dict], fq: FactQuestion) -> list[dict] | None:
        """"基本支出小计" of a row of amounts and a rate: no column named, the row's figure is its first
        amount (年度预算), never the column with the shortest name (执行率); None when a column is named,
        the facts are of several rows, or a rate is asked."""
        idx = self.idx
        keys_q = {k for m in fq.mentions for k in m.keys}
        # (a project's 指标名称 cells name its indicator rows, each on its own line: not the project's row)
        named = {f["row_labels"] for f in facts}
        facts = [f for f in facts if f["number"] is not None or f"{f['row_labels']}{query.FACT_SEP}{f['value']}" not in named]
        # The row itself, not the rows under it that carry its label as their parent's.
        facts = [f for f in facts if idx.fact_nrows.get(f["id"], 0)
                 and idx.fact_keys[f["id"]][idx.fact_nrows[f["id"]] - 1] in keys_q]
        if facts and len({f["document_id"] for f in facts}) == 1 and len({f["sheet"] for f in facts}) > 1 \
                and len({_own_row(f) for f in facts}) == 1:
            # The row printed again on a later sheet of the table (分季度): the first sheet's row is the row.
            first = min(facts, key=lambda f: f["id"])["sheet"]
            facts = [f for f in facts if f["sheet"] == first]
        if len({self._row_key(f["id"]) for f in facts}) != 1 or len({f["col_labels"] for f in facts}) < 2 \
                or re.search(r"率|比例|百分", fq.text) \
                or fq.area or _QUANTITY_ASKED.search(fq.text) or re.search(r"[辆台套件张](?:多少|几)$", fq.text):
            return None  # (a count or an area asked, 几辆, 面积: never the row's amounts)
        apart = [m for m in fq.mentions if m.keys & idx.col_keys and not m.keys & idx.row_keys(facts[0]["id"])]
        if apart:
            # "农村人居环境整治预算" of a row printing 年度预算数 and 差异（实际-预算）: the column whose own words
            # say the word the question said (预算 in 年度预算数), never the shortest label.
            said = [fq.text[m.start:m.end] for m in apart if m.start >= 0]
            own = [f for f in facts if said and all(w in "\x1f".join(idx.fact_keys[f["id"]][idx.fact_nrows[f["id"]]:])
                                                     for w in said)]
            return own if len(own) == 1 else None
        if any(year_of_fact(f) for f in facts):
            return None  # columns of years: the document's own year is chosen later
        if any(_is_total(k) for f in facts for k in idx.fact_keys[f["id"]][idx.fact_nrows[f["id"]]:]):
            return None  # a 合计 column is the row's figure
        money = [f for f in facts if f["number"] is not None and f["unit"] in _MONEY_UNITS and f.get("cell")]
        # The row's amounts as printed: its parts (其中…) left out before still make it a row of amounts.
        printed = money if len(money) != 1 else [x for x in idx.facts(self._row_siblings(facts[0]))
                                                 if x["number"] is not None and x["unit"] in _MONEY_UNITS]
        counts = [f for f in facts if f["number"] is not None and f["unit"] and f not in money and f["unit"] != "%"]
        if len(money) == 1 and len(printed) == 1 and counts:
            return money  # "村干部基本报酬多少" of a row printing its count (118个) and its amount: the amount
        if len(printed) < 2 or len(money) == len(facts) and len({f["unit"] for f in facts}) == 1:
            return None  # columns of one kind: the shortest label's stays the choice
        in_order = sorted(money, key=lambda f: (len(_col_letters(f["cell"])), _col_letters(f["cell"])))
        if 2 <= len(in_order) <= 4 and len({f["number"] for f in in_order}) > 1:
            return in_order  # 年初预算, 调整后预算, 1-9月执行数: the row's amounts, each said
        return in_order[:1]

    def _one_column(self, facts: list[dict], fq: FactQuestion, keys_q: set[str]) -> bool:
        """Whether the facts are one column of several rows, no row named (the uses read from one note
        cell stand on one line, but each is its item's row)."""
        row_set = {self._row_key(f["id"]) for f in facts} if _USE not in keys_q else {f["row_labels"] for f in facts}
        return len({f["col_labels"] for f in facts}) == 1 and len(row_set) > 1 \
            and all(m.start < 0 or m.keys <= self.idx.col_keys | {_USE} or self._group_of_all(m, facts)
                    or self._total_not_printed(m, facts) for m in fq.mentions)

    def _total_not_printed(self, m: Mention, facts: list[dict]) -> bool:
        """"补助标准合计" of a column whose 合计 line is blank: 合计 names no row of the facts, it asks them all."""
        return all(_is_total(k) for k in m.keys) and not any(m.keys & set(self.idx.fact_keys.get(f["id"], ())) for f in facts)

    def _group_of_all(self, m: Mention, facts: list[dict]) -> bool:
        """The mention names the group every row stands under (产出类指标 of its indicators' rows), never
        a row's own name: the rows of that group are all asked."""
        idx = self.idx
        return all(not m.keys.isdisjoint(idx.fact_keys[f["id"]][:max(idx.fact_nrows.get(f["id"], 0) - 1, 0)])
                   and idx.fact_keys[f["id"]][idx.fact_nrows.get(f["id"], 1) - 1] not in m.keys for f in facts)

    def _rows_of_one_column(self, facts: list[dict], keys_q: set[str]) -> list[dict]:
        """One column of several rows none of which the question names ("权重多少" after a list): a shorter
        row label is no better match; only a row whose labels hold another's unexplained ones yields."""
        def unexplained(f: dict) -> set[str]:
            return {k for k in self.idx.fact_keys.get(f["id"], ()) if k not in keys_q and not _is_total(k)}

        def names_the_table(f: dict) -> bool:  # "一般公共预算财政拨款支出" of "…支出决算具体情况": its total
            keys = self.idx.fact_keys.get(f["id"], ())
            rows = keys[:self.idx.fact_nrows.get(f["id"], 0)]
            return any(k != r and k.startswith(r) for r in rows[:1] for k in keys[len(rows):])

        named = [f for f in facts if names_the_table(f)]
        if len(named) == 1:
            return named
        return [f for f in facts if not any(unexplained(g) < unexplained(f) for g in facts)]

    def _per_item(self, facts: list[dict], items: list[Mention], fq: FactQuestion, extra) -> list[dict]:
        out: list[dict] = []
        heads = set(self.idx.head_labels)
        # (the sheets the items other than a rows' head name: "哪些科目有上级补助收入" is the 科目 of the sheet printing
        # 上级补助收入, never every 科目 of another sheet)
        named = {(f["document_id"], f["sheet"]) for f in facts if any(
            not m.keys <= heads and m.keys & set(self.idx.fact_keys.get(f["id"], ())) for m in items)}
        for m in items:
            mine = [f for f in facts if m.keys & set(self.idx.fact_keys.get(f["id"], ()))]
            if mine and m.keys <= heads:
                mine = [f for f in mine if (f["document_id"], f["sheet"]) in named] if named else mine
                out += [f for f in mine if f not in out]  # "乡镇或单位": a rows' head names every row under it
            elif mine and named and "list" in fq.ops and any(h.keys <= heads for h in items):
                out += [f for f in mine if f not in out]  # (the rows under the head asked: each its own figure)
            elif mine:
                mine = _prefer(mine, lambda f: f["number"] is not None) if "多少" in fq.text else mine
                least = min(extra(f) for f in mine)
                out += [f for f in mine if extra(f) == least and f not in out]
        return out

    def read(self, question: str) -> FactQuestion:
        """read_question, once per question (the answer reads it again after trying clauses)."""
        if question not in self._read:
            self._read[question] = self._read_whole(question)
        return copy.deepcopy(self._read[question])

    def peek(self, question: str) -> FactQuestion:
        """The same reading, not copied: for a caller that only looks at it (never changes it)."""
        if question not in self._read:
            self._read[question] = self._read_whole(question)
        return self._read[question]

    def _read_whole(self, question: str) -> FactQuestion:
        """read_question; a year said of a table named by its title's words alone ("2025年三公经费合计") is
        read in the tables of the one department whose titled table holds that year."""
        fq = reading_of(question, self.idx)
        if (dept := department_of_titled_year(fq, self.idx)) is not None:
            fq = read_question(question, self.idx, [dept])
            fq.departments = [dept]
        return fq

    def _quoted_in_text(self, fq: FactQuestion, ids: list[int]) -> list[int]:
        """"评价标准每低于5%扣几分": words no label explains that the text of a matched cell says (每低于5%扣1分)
        name that cell; the question asks what its text says there."""
        words = fq.leftover.split()
        if len("".join(words)) < 2 or len(ids) > 400 or _field_of_word_asked(fq, words):
            return ids
        if all(any(u in w for u in self.idx.unheld) for w in words):
            return ids  # "得分呢": a field asked (得分, 权重), not words quoted from a cell ("…按完成比例得分")
        filtered = fq.cmp in ("lt", "gt", "ge", "le", "eq", "ne") and fq.number is not None
        if filtered:  # "低于5%" read as a filter is the cell's own words here
            words.append(fmt_number(fq.number or 0) + ("%" if fq.percent else ""))
        # never a use note ("主要用于：…开办费…"): a part it names is one the table does not break down
        # a figure asked ("得了几分", "得分呢") is quoted only from a text that states one (扣1分), never from
        # a rule saying how it is worked out (达到目标得满分…)
        figure = bool(re.search(r"几|多少", fq.text)) or any(re.search(r"[分数额率]$", w) for w in words)
        quoting = [f["id"] for f in self.idx.facts(ids) if f["number"] is None and len(f["value"]) >= 8
                   and _USE not in self.idx.fact_keys.get(f["id"], ()) and all(w in f["value"] for w in words)
                   and (not figure or re.search(r"\d", f["value"]))]
        if all(len(w) == 1 for w in words):
            # "得了几分": single characters a cell's text happens to hold are no quotation, unless the question
            # names that text's column ("评价标准每低于5%扣几分")
            said = {k for m in fq.mentions for k in m.keys}
            quoting = [i for i in quoting if said & set(self.idx.fact_keys[i][self.idx.fact_nrows[i]:])]
        if quoting:
            fq.leftover = ""
            if filtered:
                fq.cmp, fq.number = "", None
        return quoting or ids

    def _group_figures(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """"哪个街道分的钱最多" of a table whose rows stand in groups (街道（镇） › 项目名称, each group closed by
        its 小计): the question names the head of the groups' level, so the groups are compared, each by
        its printed 小计 in the column asked (the whole, not its 其中 parts); [] when the question names
        no outer level or a group prints no 小计."""
        idx = self.idx
        keys_q = {k for m in fq.mentions if m.start >= 0 for k in m.keys}
        level, doc = None, None
        for f in facts:
            heads = [label_key(h) for h in (f["row_heads"] or "").split(query.FACT_SEP)]
            rows = (f["row_labels"] or "").split(query.FACT_SEP)
            at = next((i for i, h in enumerate(heads) if h in keys_q), None)
            if at is not None and at < len(rows) - 1:
                if len(heads) >= len(rows) and heads[len(rows) - 1] in keys_q:
                    return []  # "哪个单位" fits the rows' own head (单位名称) as well: the rows are asked
                level, doc = at, f["document_id"]
                break
        if level is None and fq.level == "类" and fq.level_loose and len({f["document_id"] for f in facts}) == 1 \
                and all(len((f["row_labels"] or "").split(query.FACT_SEP)) >= 2 or self._is_total_fact(f, "row")
                        for f in facts):
            level, doc = 0, facts[0]["document_id"]  # "哪个类增长最快" of a table grouping its items: the groups
        if level is None or doc is None:
            return []
        cols = {f["col_labels"] for f in facts if f["document_id"] == doc and f["number"] is not None}
        table = [x for x in idx.facts(list(idx.docs[doc].facts)[:3000]) if x["col_labels"] in cols and x["number"] is not None]
        members: dict[str, list[dict]] = defaultdict(list)
        for x in table:
            rows = (x["row_labels"] or "").split(query.FACT_SEP)
            if len(rows) > level + 1:
                # (a group's code printed on its items' merged cell only, "2130104事业运行" over the 小计 row's
                # 事业运行: one group)
                members[re.sub(r"^\d{3,}", "", rows[level])].append(x)
        subtotals = []
        for rows in members.values():
            own = [x for x in rows if self._is_total_fact(x, "row")]
            if not own:
                return []
            subtotals += own
        return self._wholes_not_parts(subtotals, keys_q) if len(members) >= 2 else []

    def _groups_added(self, fq: FactQuestion, facts: list[dict]) -> dict[str, list[dict]]:
        """"哪一类安排最多" of rows grouped by a column of kinds (资金类别 › 项目名称) that prints no 小计: each group's
        rows in the column asked, to be added up — the groups are asked, never one of their rows; {} when the
        question names no group level, the groups print their own 小计, or the rows are not grouped."""
        keys_q = {k for m in fq.mentions if m.start >= 0 for k in m.keys}
        numeric = [f for f in facts if f["number"] is not None and not self._is_total_fact(f, "row")]
        if not numeric or len({f["document_id"] for f in numeric}) != 1 or len({f["col_labels"] for f in numeric}) != 1:
            return {}
        heads = [label_key(h) for h in (numeric[0]["row_heads"] or "").split(query.FACT_SEP)]
        # (a word said that heads the items too, 单位 of 单位类别 and 单位名称: the items are asked, not their groups)
        level = next((i for i, h in enumerate(heads[:-1]) if h in keys_q), None) if heads[-1] not in keys_q else None
        if level is None and (fq.level == "类" and fq.level_loose or re.search(r"哪一?类", fq.text)):
            # "哪类资金安排得最多": 类 said of rows grouped under a head of kinds (资金类别), or of loose groups
            kinds = r"类别|类型|分类|类$"  # (the items' own head a kind too, 人员类型: which level is not told)
            level = next((i for i, h in enumerate(heads[:-1]) if re.search(kinds, h)), None) \
                if not re.search(kinds, heads[-1]) else None
            level = 0 if level is None and fq.level == "类" and fq.level_loose else level
        if level is None or any(len((f["row_labels"] or "").split(query.FACT_SEP)) <= level + 1 for f in numeric):
            return {}
        members: dict[str, list[dict]] = defaultdict(list)
        for f in numeric:
            members[(f["row_labels"] or "").split(query.FACT_SEP)[level]].append(f)
        if len(members) < 2 or len({f["unit"] for f in numeric}) != 1:
            return {}
        return dict(members)

    def partial(self, fq: FactQuestion, docs: list[int], years: list[int],
                groups: list[list[Mention]]) -> FactAnswer | None:
        """Mentions that no single fact carries together: a sub-item the table does not break down."""
        if len(groups) < 2:
            return None
        first = groups[0]
        # (each document's facts of a label by its id range: a common label holds thousands of every department)
        ids = {f for m in first for k in m.keys for doc in set(docs) for f in self.idx.label_facts_in(k, doc)}
        if not ids:
            return None
        names = sorted({fq.text[m.start:m.end] for g in groups[1:] for m in g})
        facts = self.idx.facts(sorted(ids)[:50])
        if (asked := self.row_text_asked(fq, sorted(ids))) is not None:
            return asked  # ("X什么时候建完": 完成 and 时间 no label of it; its 建设起止年限 asked in everyday words)
        in_order = "".join(dict.fromkeys(fq.text[m.start:m.end] for m in sorted((m for g in groups[1:] for m in g), key=lambda m: m.start)))
        if (blank := self._blank_cell(fq, facts, groups[1:], in_order)) is not None:
            return blank
        if (money := value_rows.money_of_the_row(self.idx, fq, facts, groups[1:])) is not None:
            return money  # ("X民宿项目资金": its total, 项目资金 no part of it another table's 项目资金来源 names)
        if (said := self.yes_or_no_in_cells(fq, facts) or self._count_in_text(fq, sorted(ids))) is not None:
            return said
        if (spread := self._column_across_levels(facts, names, years)) is not None:
            return spread
        has = "、".join(dict.fromkeys(_name(f) for f in facts[:8]))
        what = fq.text[first[0].start:first[0].end]
        return FactAnswer("unknown", compose.no_such_part(what, "、".join(names), has, False) + _cite(self.idx, facts[:8]))

    def _column_across_levels(self, facts: list[dict], names: list[str], years: list[int]) -> FactAnswer | None:
        """"县公安局公务用车运行费" of a row under 公务用车购置及运行费 > 运行费: a column said as its group's head
        and its own header run together (the head's start, then the leaf whole) is that one column of the row, in
        the year asked; None unless exactly one cell of the row is so said."""
        if len(names) != 1 or len(said := compact(names[0])) < 5:
            return None
        found = []
        for f in facts:
            cols = [compact(c) for c in (f["col_labels"] or "").split(query.FACT_SEP) if c]
            if f["number"] is None or len(cols) < 2 or (years and self.idx.fact_year.get(f["id"]) not in years):
                continue
            leaf = cols[-1]
            head = said[:-len(leaf)] if said.endswith(leaf) and len(said) > len(leaf) + 1 else ""
            if head and any(c.startswith(head) and c != leaf for c in cols[:-1]):
                found.append(f)
        if len(found) != 1:
            return None
        return FactAnswer("answered", compose.fact_values([(_name(f), _shown(f)) for f in found]) + _cite(self.idx, found), found)

    def yes_or_no_in_cells(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"沿海公路岚山段是新增的吗": yes with the cell of the one row saying the word (备注 新增项目); no with the
        row's own cell of the column where other rows say it (备注 延续项目); None otherwise."""
        m = _YES_NO_ASKED.search(fq.text)
        lines = {(f["document_id"], f["sheet"], f["line"]) for f in facts}
        if m is None or len(lines) != 1:
            return None
        word = m.group("w") or m.group("w2")
        row = [f for f in self.idx.facts(self._row_siblings(facts[0])) if f["number"] is None and (f["value"] or "").strip()]
        having = [f for f in row if word in compact(f["value"])]
        if having:
            return FactAnswer("answered", compose.yes_by_cell(compose.fact_values([(_name(f), f["value"]) for f in having]))
                              + _cite(self.idx, having), having)
        doc, sheet, _ = next(iter(lines))
        cols = {_own_col(f) for f in self.idx.facts(list(self.idx.docs[doc].facts)[:6000])
                if f["sheet"] == sheet and f["number"] is None and word in compact(f["value"] or "")}
        own = [f for f in row if _own_col(f) in cols]
        if len(own) != 1:
            return None
        return FactAnswer("answered", compose.no_by_cell(compose.fact_value(_name(own[0]), own[0]["value"]))
                          + _cite(self.idx, own), own)

    def _blank_cell(self, fq: FactQuestion, facts: list[dict], columns: list[list[Mention]], said: str
                    ) -> FactAnswer | None:
        """"实验小学资本性支出多少" where that row's cell under 资本性支出 (a column of the same table, printed on
        other rows) is blank: the cell is empty — said so, never a neighbour's figure; "有没有…" is answered no.
        None unless the row named is one line and each column said is that table's."""
        lines = {(f["document_id"], f["sheet"], f["page"], f["line"]) for f in facts}
        if len(lines) != 1:
            return None
        f0 = facts[0]
        doc = f0["document_id"]

        def printed_here(k: str) -> bool:  # a column of the row's own table (its sheet, or its page)
            return k in self.idx.col_keys and any(x["sheet"] == f0["sheet"] and (x["sheet"] or x["page"] == f0["page"])
                                                  for x in self.idx.facts(self.idx.label_facts_in(k, doc)[:20]))
        if not all(any(printed_here(k) for k in m.keys) for g in columns for m in g):
            return None
        row = (facts[0]["row_labels"] or "").split(query.FACT_SEP)[-1]
        asked = re.search(r"有没有|有无|是否有|有吗|有没", fq.text) is not None
        return FactAnswer("answered" if asked else "unknown", compose.blank_cell(row, said, asked)
                          + _cite(self.idx, facts[:1]), facts[:1] if asked else [], settled=True)

    def not_broken_down(self, fq: FactQuestion, ids: list[int]) -> FactAnswer:
        """A part the rows are not split into; unless a text of the one row named states it in a sentence
        ("市级按每人每月多少" of a 主要实施内容 "…按照每人每月750元标准…"): that sentence, cited."""
        said = self.row_text_asked(fq, ids) or self._sentence_of_text(fq, ids) or self._column_by_a_word_left(fq, ids) \
            or self._count_in_text(fq, ids) or self._measure_in_text(fq, ids)
        if said is not None:
            return said
        facts = self.idx.facts(ids[:8])
        what = "、".join(fq.text[m.start:m.end] for m in fq.mentions)
        has = "、".join(dict.fromkeys(_name(f) for f in facts))
        asked = fq.leftover.split()[0] if fq.leftover.split() else compose.THIS_PERIOD
        return FactAnswer("unknown", compose.no_such_part(what, asked, has, True) + _cite(self.idx, facts))

    def _column_by_a_word_left(self, fq: FactQuestion, ids: list[int]) -> FactAnswer | None:
        """"X属于什么目录" of one row whose one text column holds the word (指导性目录名称); "X的目录代码" of a row
        whose label starts with its code (D0201 …, the code column read into the row's name): that cell or code.
        None unless one row is named and one word is left that one column (or the code) answers."""
        words = _ASKING_LEFT.sub(" ", fq.leftover).split()  # ("社 块": words read as nothing, never a column's)
        facts = self.idx.facts(ids[:40])
        if len(words) > 1 or any(len(w) < 2 for w in words) or not fq.leftover.strip() or fq.period or fq.months \
                or len({(f["document_id"], f["sheet"], f["line"]) for f in facts}) != 1:
            return None  # (a period asked, 上半年, is no word of a column)
        if not words:  # ("X属于哪类目录": the column said in part, 属于 all that is left)
            cells = [f for f in facts if f["number"] is None and (f["value"] or "").strip()]
            return self._text_cell(cells[0]) if len(cells) == 1 else None
        word, row = words[0], self.idx.facts(self._row_siblings(facts[0]))
        label = (facts[0]["row_labels"] or "").split(query.FACT_SEP)[-1]
        code = re.match(r"([A-Za-z]{0,2}\d{3,8})\s", label)
        if _CODE_ASKED.search(word) and code and not any(_CODE_ASKED.search(_own_col(f)) for f in row):
            return FactAnswer("answered", compose.fact_value(f"{label} {word}", code.group(1))
                              + _cite(self.idx, facts[:1]), facts[:1])
        if _CODE_ASKED.search(word) and (coded := subject_code_of(facts[0]["row_labels"] or "")) is not None \
                and not any(_CODE_ASKED.search(_own_col(f)) for f in row):
            return FactAnswer("answered", compose.subject_code(coded[1], coded[0]) + _cite(self.idx, facts[:1]), facts[:1])
        cells = [f for f in row if f["number"] is None and (f["value"] or "").strip() and word in _own_col(f)]
        named = [f for f in cells if _own_col(f).endswith("名称")] if len(cells) > 1 else cells
        named = named or self._cell_of_kind_asked(fq, row)
        return self._text_cell(named[0]) if len(named) == 1 else None

    def text_kind_asked(self, text: str) -> tuple[str, dict[str, list[str]]] | None:
        """The everyday word asking a row's text column ([row_text_asks]) the compact question says, with its kind."""
        return _text_kind_asked(text, text_asks(getattr(self.idx, "vocab_path", "")))

    def row_text_asked(self, fq: FactQuestion, ids: list[int], shown: list[dict] | None = None,
                       narrow: bool = False) -> FactAnswer | None:
        """"第二实验小学哪年建成", "谁负责", "建在哪" of one row: its text cell under the header the everyday words
        ask ([row_text_asks] of the vocabulary: 建成 → 起止年限, 完成时间; 谁负责 → 责任单位, 项目业主); the row
        printing none of those headers does not hold it: said so, never another of its text columns. None unless
        one row is named and one kind of column is asked. `shown`: the figures found for the question (theirs when
        under the words said); `narrow`: the whole row was found, only its cell asked is picked out of it."""
        facts = self.idx.facts(ids[:40])
        if not facts or len({(f["document_id"], f["sheet"], f["line"]) for f in facts}) != 1 or fq.period or fq.months:
            return None
        kind = self.text_kind_asked(fq.text)
        if kind is None or shown and not narrow and any(w in compact(f"{f['row_labels']}{f['col_labels']}") for f in shown
                                                        for w in (kind[0], *kind[1]["heads"])):
            return None  # (figures found under the words said, 建设规模（平方米）: theirs, no text column's)
        whole = self._row_siblings(facts[0])
        # (the line's cells under the row's own labels: a line printing its buyer under a shorter path, 购买服务目录 ›
        # 购买主体 beside 购买服务目录 › 服务项目名称, is shown whole without that cell)
        labels = {f["row_labels"] for f in shown or ()}
        # (its note, 备注, left out of a row shown whole)
        if narrow and shown is not None and len({f["id"] for f in shown}) < len(
                {f["id"] for f in self.idx.facts(whole) if f["row_labels"] in labels and not is_note_column(_own_col(f))}):
            return None  # (some of the row's cells picked by the words said, 实施单位和金额: those asked)
        row = [f for f in self.idx.facts(whole) if f["number"] is None and (f["value"] or "").strip()]
        for head in kind[1]["heads"]:
            cells = [f for f in row if head in _own_col(f)]
            if len(cells) == 1:
                # ("中标单位是哪家" of a row printing only 承接主体类型: which one is not in the table)
                return kind_printed_only(self.idx, fq.text, cells[0]) or self._text_cell(cells[0], facts[0])
            if cells:
                return None  # (two columns of that header word: which one is not clear)
        if (headed := self._row_head_asked(facts[0], kind[1]["heads"])) is not None:
            return headed
        if not row or narrow or not any(_own_col(f) for f in row):
            return None  # (a row of figures only, or a form's label row: whether it is held is their reading)
        label = (facts[0]["row_labels"] or "").split(query.FACT_SEP)[-1]
        return FactAnswer("unknown", compose.column_not_in_row(label, kind[0], list(dict.fromkeys(_own_col(f) for f in row)))
                          + _cite(self.idx, facts[:1]), [], settled=True)

    def _row_head_asked(self, f: dict, heads: list[str]) -> FactAnswer | None:
        """"中职学生免学费补助" listed under its unit (row heads 部门（单位） | 项目名称) → "它属于哪个单位": the row's
        label under the head asked, when that head is not the row's own name (the last)."""
        names = (f["row_labels"] or "").split(query.FACT_SEP)
        row_heads = (f["row_heads"] or "").split(query.FACT_SEP)
        if len(names) < 2 or len(names) != len(row_heads):
            return None
        for head in heads:
            at = [i for i, h in enumerate(row_heads[:-1]) if head in compact(h) and names[i].strip()]
            if len(at) == 1:
                said = compose.row_head_value(names[-1], row_heads[at[0]], names[at[0]])
                return FactAnswer("answered", said + _cite(self.idx, [f]), [f])
        return None

    def _cell_of_kind_asked(self, fq: FactQuestion, row: list[dict]) -> list[dict]:
        """"X哪个科室" of a row printing 主管科室: the row's one text cell under a header of the kind of column the
        everyday words ask ([record_asks] of the vocabulary: 哪个科室 → 科室, 处室)."""
        for kind in record_asks(getattr(self.idx, "vocab_path", "")).values():
            said = [a for a in kind["asked"] if len(a) >= 3 and a in fq.text]
            # (the header's own word said, 科室 of 哪个科室: never 什么时候 read as any date, 完工 for 开工)
            words = [c for c in kind["columns"] if any(c in a for a in said)]
            cells = [f for f in row if f["number"] is None and (f["value"] or "").strip()
                     and any(c in _own_col(f) for c in words)]
            if len(cells) == 1:
                return cells
        return []

    def _text_cell(self, f: dict, of: dict | None = None) -> FactAnswer:
        """A text cell said with its name; of a row named by a longer path than the cell's own (a buyer printed
        under the row's group, 技术性服务 › 购买主体, of the row 技术性服务 › X服务), by that row's own name."""
        name = _name(f)
        if of is not None and len(path := (of["row_labels"] or "").split(query.FACT_SEP)) > len(
                (f["row_labels"] or "").split(query.FACT_SEP)) and (of["row_labels"] or "").startswith(f["row_labels"] or "\x00"):
            name = f"{path[-1]} {_own_col(f)}"
        return FactAnswer("answered", compose.fact_value(name, f["value"]) + _cite(self.idx, [f]), [f])

    def _count_in_text(self, fq: FactQuestion, ids: list[int]) -> FactAnswer | None:
        """"高素质农民培育项目培训多少人", "村干部报酬覆盖多少个村" of one row whose figures count no such thing: the
        count a short text of the row states in that measure (备注 "培训500人", "全市213个行政村"), that cell; None
        unless one row is named and one of its texts states one."""
        asked = _COUNT_IN_MEASURE.search(fq.text)
        facts = self.idx.facts(ids[:40])
        if asked is None or len({(f["document_id"], f["sheet"], f["line"]) for f in facts}) != 1:
            return None
        stating = re.compile(rf"\d+(?:\.\d+)?万?(?:个|名|位)?[\u4e00-\u9fff]{{0,2}}{asked.group(1)}")
        said = [f for f in self.idx.facts(self._row_siblings(facts[0]))
                if f["number"] is None and stating.search(f["value"] or "")]
        if len(said) != 1:
            return None
        return FactAnswer("answered", compose.fact_value(_name(said[0]), said[0]["value"]) + _cite(self.idx, said), said)

    def _measure_in_text(self, fq: FactQuestion, ids: list[int]) -> FactAnswer | None:
        """"X新增床位多少" of one row whose columns print no 床位 while its short texts state a figure of it (年度目标任务
        "新增床位120张", 完成情况 "新增护理型床位126张"): those cells, each with its column (the target and what was
        done both shown, never one as the other). The measure is the last two characters of the one word left; None
        unless one row is named and one to three of its texts state a figure beside that measure."""
        facts = self.idx.facts(ids[:40])
        words = [w for w in _ASKING_LEFT.sub(" ", fq.leftover).split() if re.fullmatch(r"[\u4e00-\u9fff]{2,}", w)]
        if len(words) != 1 or len({(f["document_id"], f["sheet"], f["line"]) for f in facts}) != 1 \
                or not re.search(re.escape(words[0]) + r"(?:是|有|为)?(?:多少|几)", fq.text):
            return None  # (the measure said right before its asking: "新增托位多少", never "多少公斤" nor "谁")
        head = re.escape(words[0][-2:])
        stating = re.compile(rf"{head}[^，。；,;\d]{{0,3}}\d|\d[^，。；,;\d]{{0,3}}{head}")
        said = [f for f in self.idx.facts(self._row_siblings(facts[0]))
                if f["number"] is None and stating.search(f["value"] or "")]
        if not said or len(said) > 3:
            return None
        return FactAnswer("answered", "；".join(compose.fact_value(_name(f), f["value"]).rstrip("。") for f in said)
                          + _cite(self.idx, said), said)

    def _sentence_of_text(self, fq: FactQuestion, ids: list[int]) -> FactAnswer | None:
        """The one sentence of the named row's texts sharing the most pairs of characters (two at least,
        ahead of every other) with what no label explained; it states a figure. None otherwise."""
        texts = [f for f in self.idx.facts(ids[:400]) if f["number"] is None and len(f["value"] or "") >= 30]
        if len({(f["document_id"], f["sheet"], f["line"]) for f in texts}) != 1:
            return None
        rest = fq.rest + " " + fq.per_unit
        asked = {g for i in range(len(rest) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", g := rest[i:i + 2])
                 and not re.search(r"[多少什么哪几啥吗呢]", g)}
        scored = sorted(((sum(g in _PUNCT_OUT.sub("", s) for g in asked), s.strip(), f) for f in texts
                         for s in re.split(r"[。；;\n]", f["value"]) if re.search(r"\d", s)), key=lambda x: -x[0])
        if not scored or scored[0][0] < 2 or len(scored) > 1 and scored[1][0] == scored[0][0]:
            return None
        _, sentence, f = scored[0]
        return FactAnswer("answered", compose.fact_value(_name(f), sentence) + _cite(self.idx, [f]), [f])

    def overview(self, docs: list[int]) -> FactAnswer | None:
        lines = []
        for d in docs:
            info = self.idx.docs[d]
            rows = query.projects_in(self.idx.conn, [d], "desc")
            projects = [r for r in rows if r["kind"] != "department"]
            doc = query.documents(self.idx.conn, [d])[0]
            lines.append(compose.department_overview(
                f"{info.department}{compose.year_text(info.year)}{info.form}",
                f"{fmt_number(doc['total'])}{doc['unit'] or ''}" if doc["total"] else "",
                len(projects), [f"{p['name']} {fmt_number(p['total'] or 0)}{p['money_unit']}" for p in projects[:3]],
                len(info.facts)))
        return FactAnswer("answered", "\n".join(lines)) if lines else None


_LAST_YEAR_COL = re.compile(r"上年|上一年|去年")
_THIS_YEAR_COL = re.compile(r"本年|当年|今年")


def _column_of_year(facts: list[dict], fq: FactQuestion) -> list[dict]:
    """"公共卫生2024年" of a 2024 table printing 上年决算数 beside 本年决算数: a column of another year than the
    one asked is left out (the 上年 column is the year before the table's; 本年 its own)."""
    if not fq.years or fq.relative_year or {"diff", "ratio"} & set(fq.ops):
        return facts

    def year(f: dict) -> int | None:
        # A 上年 column's facts carry the year before the table's since the load (ingest/prose.py
        # date_relative_columns); a 本年 column's, the table's own.
        cols = f["col_labels"] or ""
        return f["year"] if f["year"] and (_LAST_YEAR_COL.search(cols) or _THIS_YEAR_COL.search(cols)) else None

    years = [year(f) for f in facts]
    if not any(y is not None and y not in fq.years for y in years) or not any(y in fq.years for y in years):
        return facts
    return [f for f, y in zip(facts, years, strict=True) if y in fq.years]  # (not its 增减额 either)


# "完工了没", "建好了吗", "竣工没有": whether the works are done
_DONE_YET = re.compile(r"(?:完工|竣工|建成|建好|修好|弄完|搞完|干完|完成)(?:了)?(?:没有|没|吗|么|没呢|了没|了吗)(?:呢)?$")
_PROGRESS_COLUMN = re.compile(r"形象进度|工程进展|进展情况|建设进度|工程进度|实施进度|进度情况")
_PROGRESS_OR_END = re.compile(r"形象进度|工程进展|进展情况|建设进度|工程进度|实施进度|进度情况|完工时间|完成时间|竣工时间|完工日期|竣工日期")
_MONEY_NOUN = re.compile(r"元|钱|资金|经费|预算|投资|金额|拨款|收入|支出")
# A field named by a word and its noun ("施工单位是谁", "开工时间", "设计方"): a column the table would print
_FIELD_NOUN = re.compile(r"单位|时间|日期|公司|企业|负责人|联系人|人员|厂家|厂商|方(?:是|为|呢|$)")


def _field_of_word_asked(fq: FactQuestion, words: list[str]) -> bool:
    """Whether a word left over is said right before a field's noun (施工 of 施工单位, 开工 of 开工时间): the
    question asks that field of the row, which no text cell holding the word (形象进度 "基础施工完成") states."""
    return any((at := fq.text.find(w)) >= 0 and _FIELD_NOUN.match(fq.text, at + len(w)) for w in words)


# (用在哪, 花在哪: where money goes, no place a row is built)
_NOT_A_PLACE = re.compile(r"[用花投拨]在哪")


def _text_kind_asked(text: str, asks: dict[str, dict[str, list[str]]]) -> tuple[str, dict[str, list[str]]] | None:
    """The kind of a row's text column the question asks by its longest everyday word, with the word; None when
    none (or two kinds equally) are asked."""
    best: list[tuple[int, str, str]] = []
    for kind, words in asks.items():
        said = max((w for w in words["asked"] if w in text), key=len, default="")
        if said and not (kind == "where" and _NOT_A_PLACE.search(text)):
            best.append((len(said), said, kind))
    if not best:
        return None
    best.sort(reverse=True)
    if len(best) > 1 and best[1][0] == best[0][0] and asks[best[1][2]]["heads"] != asks[best[0][2]]["heads"]:
        return None
    return best[0][1], asks[best[0][2]]


def _listed_in_kind(idx: FactIndex, departments: list[str], kind: str) -> bool:
    """Whether a table of a place's departments of the kind said (一般公共预算财政拨款支出表) lists each department
    said as a line of its own: "乐清财政局在一般公共预算支出表里合计多少" is that line's, the kind loaded."""
    from bot.answer.facts import dept_units  # (only when a kind of table is said short)

    books = [b for b in dept_units.all_books(idx) if not b.owner and compact(b.title) == kind]
    return bool(departments) and all(any(compact(d) in b.groups for b in books) for d in departments)

