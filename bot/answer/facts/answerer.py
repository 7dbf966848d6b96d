"""The Answerer: a FactQuestion answered from the index, with the values used and the arithmetic."""

from __future__ import annotations

import copy
import dataclasses
import itertools
import re
from collections import defaultdict

from bot.answer import EACH_APART, YEAR_ALONE, compose
from bot.answer.facts import (
    adjusted,
    allotted,
    column_things,
    dept_units,
    headcount,
    item_rows,
    measures,
    monitor,
    parts,
    periods,
    record_columns,
    records,
    sources,
    staffing,
    two_sides,
    year_change,
)
from bot.answer.facts.common import (
    _LEFT_OUT,
    _MEASURE_KIN,
    _NAMES_ASKED,
    _PLACED,
    _RATIO_AS_TEXT,
    _ROWS_POINTED,
    _SHARE_ONLY,
    _WHAT_FOR,
    _WHAT_IT_IS,
    _WHOLE_SAID,
    _WHY,
    is_unit_row,
)
from bot.answer.facts.conversation import _PART_OF_IT, Conversation
from bot.answer.facts.crossed_rows import row_said_after, year_kind_table
from bot.answer.facts.entities import EntityRows
from bot.answer.facts.index import FactIndex, index_for
from bot.answer.facts.kinds import KindColumns
from bot.answer.facts.outline import code_of, own_label, path_of
from bot.answer.facts.outline import leaves as outline_leaves
from bot.answer.facts.question import (
    _BATCH,
    _CHANGE_SAID_TWICE,
    _GENERIC_KIND,
    _LEVEL_DIGITS,
    _NOTE_ASKED,
    _ORDINAL,
    _QUANTITY_ASKED,
    _ROW_NOUN_LEFT,
    _ROW_NOUNS,
    FactAnswer,
    FactQuestion,
    Mention,
    read_question,
)
from bot.answer.facts.rows import DEPARTMENTS_LISTED
from bot.answer.facts.values import (
    _MONEY_UNITS,
    _cite,
    _kind_fits,
    _name,
    _named_of,
    _of_the_block_said,
    _own_col,
    _own_part,
    _own_row,
    _printed_total,
    _row_context,
    _scope_docs,
    _sheet_year,
    _shown,
    _without_code,
    _years,
    column_month,
    money_of_counts,
    running_total,
    year_of_fact,
)
from bot.answer.facts.words import (
    _COUNT_AFTER,
    _COUNT_BEFORE,
    _EACH_ROW,
    _EVERY_ONE,
    _FILLER,
    _FOLLOWUP,
    AREA_UNITS,
    CHANGE_COLUMN,
    _is_grand_total,
    _is_total,
    column_core,
    fmt_number,
    fmt_percent,
    is_entity_label,
    label_key,
    left_out_said,
    left_out_unread,
)
from bot.language import asking, ordinals
from bot.language.asking import Words
from bot.language.lexicon import (
    file_year,
    narrow_by_place,
)
from bot.language.normalize import LAST_YEAR_COLUMN, compact, in_order, normalize
from bot.store import queries as query

# A rate asked of a department and nothing else ("年初预算完成率是多少"): its budget, rate and question words.
_RATE_ONLY = re.compile(r"年初预算|全年预算|调整后预算|调整预算|预算|完成率|执行率|完成|执行|比例|百分比|百分之几|百分之多少|是多少|多少|的|了|呢|是|\s")
# What a question does with the figures it finds: several departments' figures are then combined, not each shown.
_COMBINED_OPS = frozenset({"diff", "ratio", "sum", "max", "min"})
_OVER_ROWS = frozenset({"list", "count", "max", "min"})  # a question over a table's rows, not one row's figure
# "哪些项目有上年结转", "哪几个项目安排了政府性基金": the rows having a figure in what is named
_ROWS_HAVING = re.compile(r"(?:哪些|哪几个|哪个)[\u4e00-\u9fff]{0,4}?(?:有|安排了|用了|含)")
# "哪些单位有住房保障支出", "哪几个部门列了X": the departments whose tables print the line, asked as a list.
_DEPARTMENTS_ASKED = re.compile(r"(?:哪些|哪几个|哪几家|哪个|哪一个|哪家|有几个|几个|几家)(?:单位|部门)(?:都|也|还)?(?:有|列了|列有|安排了|编了)")
# "第二个多少万 其中其他资金多少": a place of the list just shown, then what is asked of that row.
# A change asked of one figure ("增长多少", "下降了多少"), not a difference of two said.
# A month asked as the answer ("哪个月最多", "最少的是几月").
# Lines asked that passed their plan ("超额完成年初预算的", "超过预算的有哪些").
_BEYOND_PLAN = re.compile(r"超额完成|超过(?:了)?(?:年初|全年)?预算|超(?:年初)?预算")
_MONTHS_LISTED = re.compile(r"哪(?:几|些)个?月|几个月(?:有|份有)")
_MONTH_ASKED = re.compile(r"哪(?:个|一个|一)?月份?|几月")
_CHANGE_ASKED = re.compile(r"(?:增长|增加|下降|减少|降低|上升)(?:了)?(?:多少|几)")
# A change said against the year before ("比上年增减多少", "较去年变化多少"), and a column printing a row's amount of
# change (增减额, 比上年增减): that column is the change asked.
_AGAINST_LAST_SAID = re.compile(r"(?:比|较|同)(?:上年|去年|上一年|上年度)(?:相比)?(?:增减|变化|变动|增加|减少|多|少)")
# A column printing a row's gap to a figure the table gives beside it (与序时进度差, 较预算差额)
_GAP_COLUMN = re.compile(r"^(?:与|和|跟|较|比)(?P<what>.{2,8}?)(?:之)?(?:差|差额|差异|相差)$")
_CHANGE_AMOUNT_COLUMN = re.compile(r"(?:比上年|较上年|同比)?(?:增减额?|增加额|减少额|变动额|增减金额|增减数)(?:（[^）]*）)?")
_WHICH_YEAR = re.compile(r"哪一?年|哪个年度|哪些年|哪几年|年份|(?:的|些|个)年度$|历年|各年|每一?年")
_NTH_ASKED = re.compile(r"^(?:那|那么)?第([1-9]|[一二三四五六七八九十两])(?:个|项|条)(?:的)?((?:[\u4e00-\u9fff]{2}).*)$")
# "DP04是哪个街道 分多少", "401003这个单位代码对应哪个单位": which row a code is, then maybe what of it.
_CODE_WHICH = re.compile(r"^(?:(?:单位|科目|项目)?(?:编码|代码|编号)(?:为|是)?)?(?P<code>[a-z]{0,4}\d{2,}[a-z\d]*)(?:这个|这一?个?|号)?(?:单位|科目|街道|乡镇|项目|编码|代码|编号)*"
                         r"(?:(?:对应的?|指的?|代表的?|的)?(?:是|为)?(?:哪个|哪一个|哪家|什么|啥)(?:单位|街道|乡镇|镇|项目|科目|部门|地方)?"
                         r"|(?:对应的?|的)?(?:科目|单位|项目)?名称?(?:是|叫|为)?(?:什么|啥)?|(?:是|叫|叫做)(?:什么|啥)(?:名字|名称)?)"
                         r"(?:呢)?(?P<rest>.*)$")
# "农村低保标准", "补助标准是多少": the rate a note states per person or unit ("按每人每月380元").
# Where a line's money goes ("调到哪里", "用在哪"): what its 备注 cell may say.
_WHERE_TO = re.compile(r"用在哪|用到哪|用于(?:什么|啥|哪)|花在哪|花到哪|(?:调|拨|转|划|交|缴|给)(?:到|去|往|入|给)(?:哪|什么地方)|去哪|哪去了")
_STANDARD_ASKED = re.compile(r"标准")
# "怎么处理", "指什么": what a label named is, or what becomes of it, as a table's note says ([asking_words.notes] how).
_MEANING_ASKED = Words("notes", "{how}|{means}")
# the rows of a table's notes (注, 说明: one list with the note columns of row_notes.py) and how a note's text begins
_NOTE_LEAD = Words("row_notes", r"^(?:{note_heads})\d?[:：]")
_FORMULA_ASKED = re.compile(r"怎么算|怎么计算|如何计算|怎样计算|咋算|计算公式|计算方法|怎么得出|口径")
# "调出比例是多少", "提取比例为多少": a ratio asked by its whole word (a verb or noun before 比例), which a note may state
# (up to six characters before it: "政策性补贴比例", the row the ratio is of; "调出资金按什么比例" too)
_RATIO_ASKED = re.compile(r"(?P<row>[\u4e00-\u9fff]{2,6}?)(?:(?:比例|比率)(?:是|为|按)?(?:多少|几|百分之几|多大|怎么定)"
                          r"|按(?:什么|多少|何种|啥)(?:比例|比率))")
_RATIO_CLAUSE = re.compile(r"比例|比率|\d\s*[%％]|百分之")
_PERCENT_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*[%％]|百分之")
_STANDARD_FIGURE = re.compile(r"(?:按|每)[^，,；;。]{0,12}?\d+(?:\.\d+)?\s*(?:元|万元|%)")
# A quantity a note states ("30000元", "12个", "66.67%"): a figure, not only words.
_A_QUANTITY = re.compile(r"\d[\d.,]*\s*(?:万元|亿元|元|%|％|人|户|个|项|家|件|亩|辆|台|次|所|名)")
# A column printing a row's change by its verb (压减金额, 减少金额, 增加额): the verb said asks that column.
_CHANGE_VERB_COLUMN = Words("change_columns", r"^(?P<verb>[\u4e00-\u9fff]{2})(?:{amount_tail})$")


def _change_column_said(text: str, column: str) -> bool:
    """Whether a difference asked says the verb a change column is headed by ("压减了多少" of 压减金额)."""
    said = _CHANGE_VERB_COLUMN.match(label_key(column))
    return said is not None and re.search(re.escape(said["verb"]) + r"了?(?:多少|几)", text) is not None


def _a_note_for_a_figure(question: str, fa: FactAnswer | None) -> FactAnswer | None:
    """A figure asked (多少, 几) answered only by a table's notes that print no such figure: unknown, the note
    cited; None when the answer is not such."""
    if fa is None or fa.status != "answered" or not fa.facts or not _only_notes(fa.facts):
        return None
    if all(_LEFT_OUT.search(f["value"]) for f in fa.facts) and re.search(r"多少|几|呢$", compact(question)):
        # ("余额" → "隐性债务呢": the figure asked again of a thing the note leaves out)
        # "项目支出多少" answered only by "注：本表不含项目支出": the table says it holds no such figure.
        return FactAnswer("unknown", compose.figure_left_out(fa.text), fa.facts)
    if not re.search(r"多少|几", compact(question)):
        return None
    if all(f["number"] is None and _PARTS_NAMED.search(f["value"] or "") and not _A_QUANTITY.search(f["value"] or "")
           for f in fa.facts):
        # "新增债券和再融资债券各发了多少" answered only by "注：举借债务含新增债券和再融资债券": a note naming the
        # parts, no figure of them; the table does not print it apart.
        return FactAnswer("unknown", compose.figure_not_printed_apart(fa.text), fa.facts)
    return None


def _clauses_of_labels(note: str, keys: set[str]) -> list[str]:
    """A note's clauses, each from a piece beginning with a label of its table up to the next such piece (its
    sentence's pieces after it, "…剩余的资金，由县财政统筹收回", are its own)."""
    out: list[str] = []
    for sentence in re.split(r"[；;。]", note):
        now: list[str] = []
        for piece in re.split(r"[，,]", re.sub(r"^\s*\d+[.、．]\s*", "", sentence.strip())):
            if now and any(compact(piece).startswith(k) for k in keys if len(k) >= 2):
                out.append("，".join(now))
                now = []
            now.append(piece.strip())
        out.append("，".join(now))
    return [c for c in out if c]


def _note_heads() -> tuple[str, ...]:
    """The row labels a table's notes stand under ([asking_words.row_notes] note_heads: 备注, 说明, 附注, 注)."""
    return asking.words().get("row_notes", {}).get("note_heads", ())


def _texts_under_heads(idx: FactIndex, doc: int, heads: tuple[str, ...]) -> list[int]:
    """The text cells of one table whose row label begins with one of these heads (注, 说明), in the table's
    order: its text cells by their first row label, read once per table for the index's life."""
    def read() -> dict[str, list[tuple[int, int]]]:
        by_head: dict[str, list[tuple[int, int]]] = {}
        for at, f in enumerate(idx.facts(list(idx.docs[doc].facts), copied=False)):
            if f["number"] is None:
                by_head.setdefault((f["row_labels"] or "").split(query.FACT_SEP)[0], []).append((at, f["id"]))
        return by_head

    by_head = idx.read_once("_texts_by_first_row_label", doc, read)
    return [fid for _, fid in sorted(x for h in dict.fromkeys(heads) for x in by_head.get(h, ()))]


def _only_notes(facts: list[dict]) -> bool:
    return bool(facts) and all((f.get("row_labels") or "").split(query.FACT_SEP)[0] in ("注", "说明") for f in facts)


def _a_note_beside_the_thing(question: str, fa: FactAnswer | None, unread: str) -> FactAnswer | None:
    """A question the labels answered only with a table's notes, though it asks no note (why, how counted, what
    standard): unknown where the thing it names is in no note, or where it asks a count or figure that the
    notes, printing none, do not give; None otherwise. `unread`: the question's words no label explained."""
    text = compact(question)
    if fa is None or fa.status != "answered" or not _only_notes(fa.facts) or re.search(r"备注|说明|注释", text):
        return None
    if (missed := _words_no_note_says(unread, fa.facts)):
        # "法援办案补贴标准年度指标值" answered by "注：指标值中“≥”表示不低于": the note explains a word of the
        # question, not the thing it names; given as the answer, the thing asked would be dropped unsaid
        return FactAnswer("unknown", compose.note_not_of_the_thing(missed), fa.facts)
    if re.search(r"多少|(?<!哪)几", text) and not _NOTE_ASKED.search(text) and all(
            f["number"] is None and not _A_QUANTITY.search(f["value"] or "") and not _NONE_SAID.search(f["value"] or "")
            for f in fa.facts):
        # "2026年就能完工的项目有几个" answered by "注：建设起止年限仅列一年的为当年开工当年完工项目": a note saying how
        # to read the table counts nothing; "共 1 项" of it would be a confident wrong count
        cited = re.search(r"（来源：[^（）]*）$", fa.text)
        said = "；".join(dict.fromkeys(f["value"] for f in fa.facts if f["value"]))
        return FactAnswer("unknown", compose.figure_not_in_notes(said) + (cited[0] if cited else ""), fa.facts)
    return None


def _part_of_the_line_in_its_basis(question: str, fa: FactAnswer | None, idx: FactIndex) -> FactAnswer | None:
    """"应急局仓库租金多少" answered by one line (9.应急物资仓库租赁及管理 36.42) whose name does not hold the money word
    asked (租金): the line's 测算依据 clause saying it with its amount ("仓库租金每年30.6万元"), with the line — never
    the line's whole as the part. None otherwise."""
    if fa is None or fa.status != "answered" or len({(f["document_id"], f["sheet"], f["line"]) for f in fa.facts}) != 1 \
            or not (money := [f for f in fa.facts if f["number"] is not None]):
        return None
    line = money[0]
    label = compact(own_label(line))
    text = compact(question)
    asked = [w for w in idx.money_endings() if len(w) >= 2 and w in text and w not in label]
    row = [f for f in idx.facts(list(idx.docs[line["document_id"]].facts)[:2000])
           if (f["sheet"], f["line"]) == (line["sheet"], line["line"]) and "测算依据" in (f["col_labels"] or "")]
    if not asked or not row:
        return None
    clauses = [c for c in re.split(r"[；;。]", row[0]["value"] or "") for w in asked if w in c]
    if len(set(clauses)) != 1 or not re.search(r"\d+(?:\.\d+)?万?元", clause := clauses[0]):
        return None  # (a money word the basis does not say, 费用 of "…采购费用多少", is the line's money)
    return FactAnswer("answered", compose.part_in_basis(own_label(line), fmt_number(line["number"]) + (line["unit"] or ""),
                                                      clause.strip()) + _cite(idx, [line]), [line, row[0]])


# A note saying there is none of a thing (本年度无…, 没有…, 不含…): an answer to "多少" of it.
_NONE_SAID = re.compile(r"无|没有|不含|不包括|未(?:含|列|安排|发生)|为0|为零")


def _words_no_note_says(unread: str, notes: list[dict]) -> str:
    """The longest run of four or more characters (a thing named, not a verb) of the question's unexplained
    words, when the notes share not even two characters with those words ("法律援助办案补贴标准" beside a note
    on 指标值); "" otherwise ("序时进度按多少算" beside a note on 序时进度 shares its words)."""
    said = "".join(compact(f["value"] or "") for f in notes)
    # (the words asking a note — 来源, 标准, 原因 — are no thing named: "资金来源是什么" read off a note)
    runs = re.findall(r"[\u4e00-\u9fff]{2,}", _NOTE_ASKED.sub(" ", unread))
    if any(r[i:i + 2] in said for r in runs for i in range(len(r) - 1)):
        return ""
    return max((r for r in runs if len(r) >= 4), key=len, default="")


# A note naming what a figure holds ("举借债务含新增债券和再融资债券"), not that there is none (无…, 不含).
_PARTS_NAMED = re.compile(r"^(?!.*(?:无|没有|不含|不包括|未))(?=.*(?:含|包括|包含))")
# "排第几", "排名第几", "第几多", "倒数第几": the place of a row's figure among its group's rows.
_RANK_ASKED = re.compile(r"(?:倒数)?(?:排名|排在|排|位列|位居)第几(?:名|位)?|(?:倒数)?第几(?:名|位|多|高|大|少|低)"
                         r"|倒数第几(?:名|位)?|排名(?:多少|怎么样|如何)")
# "X的指标", "它的指标有哪些": the indicators of a project asked, not one figure of it.
_INDICATORS_ASKED = re.compile(r"(?:的|哪些|几个|全部|所有)(?:绩效)?指标(?:有哪些|都有哪些|有什么|是什么|是哪些|都有啥|有啥|呢|情况)?$")


# A later clause asking only the size of a change ("减多少", "增加了多少"), of the rows the first clause found.
_CHANGE_ASKED_BARE = re.compile(r"(?:那|分别|各)?(?:减|增|少|多|降|涨|增加|减少|下降|增长|降低|上升)了?(?:多少|几)(?:万元|元|万)?(?:呢)?")
# What was spent, said in words ("花了多少", "实际支出"): in a final account, the 决算 column.
_SPENT = re.compile(r"实际花了|花了|实际支出了?|花费了?|用了(?=多少)")


# "非财政拨款收入": the 收入 lines whose names do not say 财政拨款.
_NOT_OF = re.compile(r"非([\u4e00-\u9fff]{2,6}?)(收入|支出)")
# "哪些明细只有项目支出没有基本支出": lines printing a figure in one column and none in the other.
_ONLY_HAS = re.compile(r"只有(.{2,12}?)(?:而|但|却)?(?:没有|无)(.{2,12}?)(?:的|呢|吗|\?|？)*$")


_AREA_UNITS = AREA_UNITS
# The department's whole spending asked ("部门整体支出预算"), which a table of projects does not print.
_DEPARTMENT_WHOLE = re.compile(r"部门整体|部门总支出|部门支出总")
# A department's whole budget asked ("民政局部门预算总额", "总预算"), and the tables that print one (a 部门收支总表, a
# 部门预算 or 决算, a 部门整体 table); a table of one kind of spending (政府购买服务预算表) prints only that kind's.
# (a bureau's 总预算, "民政局总预算"; never a project's, "项目总预算" of a 申报表)
_WHOLE_BUDGET = re.compile(r"部门(?:的)?(?:预算)?总额|部门(?:的)?总预算|部门预算(?:是|有|为)?(?:多少|几)?(?:呢|啊)?$"
                           r"|(?:局|委|办)(?:的)?总预算")
_WHOLE_FORM = re.compile(r"部门(?:收支|收入|支出|预算|决算|整体)|收支总表|收支预算总表|收入总表|支出总表|财政拨款收支")
# A column of counts printed bare (数量 8): counted in whatever the row's things are counted in.
_BARE_COUNT_COLUMN = re.compile(r"^(?:数量|台数|件数|套数|辆数|实有数|数)$")


# Only a unit asked of the figure just shown ("换算成万元", "折合多少万元呢", "用万元表示").
_UNIT_ONLY = re.compile(r"(?:那|那么)?(?:这个|这笔钱?|这|它)?(?:(?:换算|折合|折算|转换|换|转|化)(?:成|为)?(?:多少)?"
                        r"|(?:是|合|等于)?多少|用)(?:亿元?|千元|万元?|元)(?:表示|来表示|是多少|多少|呢|吧|的话)*")


# A column printing a line's rate of change (增减率, 比上年增长率, 增幅（%）).
_PRINTED_CHANGE_RATE = re.compile(r"(?:比上年|较上年|同比)?(?:增减|增长|增加|变动)(?:率|幅度)(?:（%）|\(%\))?|增幅|降幅")
# A column printing a line's change over the year before (增减额, 比上年增减, 增长率).
_CHANGE_COLUMN = re.compile(r"(?:增减|增长|增加|减少|变动|变化|比上年)")
_CHANGE_PRINTED = re.compile(r"增减|增长|增加|减少|变动|变化|比上年")  # anywhere in a column's label (2025年预算数比2024年执行数增减)


# A figure with its unit printed inside a text ("人均可支配收入29860元", "高标准农田建设3.35万亩").
_STATED_FIGURE = re.compile(r"\d+(?:\.\d+)?(?:万元|亿元|元|万亩|亩|万吨|吨|万头|头|户|人|个|家|%)")
# "X那项Y": X picks the line, Y is asked of it.
_ITEM_POINTED_FIELD = re.compile(r"(?:那|这)一?项(?:的)?(?=[\u4e00-\u9fff])")
# What a cell printed blank holds ("—", "-", "/").
_BLANK = re.compile(r"[\s\-—－/／]")


# A breakdown asked of a line ("具体到哪个村", "具体买的什么设备", "具体用在哪些方面").
_DETAIL_ASKED = re.compile(r"具体(?:是|买|买了|用|用于|用在|花在|到|给|包括|有|分到|落到)?(?:的)?(?:是)?"
                           r"((?:什么|哪个|哪些|哪几个|哪一个|啥)[\u4e00-\u9fff]{0,4}?)(?:呢|啊|吗)?$")


# A line's money asked of each place of a kind ("分到各乡镇是多少", "落到各街道分别多少").
_EACH_PLACE_ASKED = re.compile(r"(?:分到|分给|分配到|落到|落实到|下达到|拨到|到)(各个?[\u4e00-\u9fff]{1,2}?)(?:的|是|分别|各)*"
                               r"(?:多少|几)")


# A column printing what is left after a change: 调整后预算, 剩余资金, 年末结余, 债务余额.
_LEFT_COLUMN = re.compile(r"调整后|调剂后|变更后|剩余|结余|余额")


# The whole of a table asked ("总共多少", "一共", "折合多少万元"), when nothing but the table is named.
_WHOLE_ASKED = re.compile(r"总共|一共|合计|总计|共计|总额|总数|多少钱|折合|换算|(?<!其)总(?:的|是)?多少")


# A change asked of rows without what it is against ("哪些乡镇减少了", "哪几项是增加的"): no 比, no 较, no year.
# A part of a crossed column asked alone after one of its figures ("专项呢", "那余额呢").
_PART_SAID = re.compile(r"(?:那|那么)?(?:它的|的)?([\u4e00-\u9fff]{2,6}?)(?:的)?(?:呢|是多少|多少)")


# Parts of a crossed column asked together after one figure ("一般债务和专项债务分别多少", "一般和专项呢").
_PARTS_SAID = re.compile(r"(?:那|那么)?(?:它的|的)?((?:[\u4e00-\u9fff]{2,6}?(?:和|与|及|、)){1,3}[\u4e00-\u9fff]{2,6}?)(?:的)?"
                         r"(?:分别|各自|各)?(?:呢|是多少|多少|有多少)")


# Another year asked alone after one figure ("2025年呢", "那2024年的是多少").


# A change on the year end before, asked alone after a figure ("比上年末多多少", "同比增长多少").
# "比24年执行数增长多少", "较2024年预算数增加了多少": another column of the row, said with its year, set against the
# figure just shown.
_AGAINST_A_COLUMN = re.compile(r"(?:那|那么)?(?:它|这个)?(?:的)?(?:比|较|相比)(?P<col>(?:19|20)?\d\d年[\u4e00-\u9fff]{2,6}?)"
                               r"(?:多了|少了|增长|增加|减少|下降|上升|变化|增减|多|少)了?(?:多少|百分之几|几|幅度)?"
                               r"(?:万元|万)?(?:呢|啊)?")
_CHANGE_ON_THE_END_BEFORE = re.compile(r"(?:那|那么)?(?:它|这个)?(?:的)?(?:(?:比|较)(?:上年末|去年末|上年底|去年底)|同比)(?:是)?"
                                       r"(?:多了|少了|增长|增加|减少|下降|上升|多|少)了?(?:多少|百分之几|几|幅度)?"
                                       r"(?:万元|万)?(?:呢|啊)?")


_CHANGE_WITHOUT_BASE = re.compile(r"^(?!.*(?:比|较|同比|环比|(?:19|20)\d\d|年)).*?哪(?:些|几个|几项|个)[\u4e00-\u9fff]{0,6}?(?:是)?"
                                  r"((?:减少|下降|降低|增加|增长|上升)(?:了|的))")


def _this_year_against_last(numeric: list[dict]) -> list[dict] | None:
    """One row printing the year before in a column of its own (上年执行数) beside this year's (本年预算数, or
    a group of them with its 合计), both of the table's one year: [this year's, the year before's]; else None."""
    if len({(f["document_id"], f["line"]) for f in numeric}) != 1:
        return None
    last = [f for f in numeric if LAST_YEAR_COLUMN.search(f["col_labels"] or "")]
    this = [f for f in numeric if f not in last]
    if len(this) > 1:
        this = [f for f in this if _is_total(label_key((f["col_labels"] or "").split(query.FACT_SEP)[-1]))]
    return [this[0], last[0]] if len(last) == 1 and len(this) == 1 and this[0]["unit"] == last[0]["unit"] else None


# Where an amount answered comes from ("遗体接运的其他资金来源"): its row's 备注 naming its column.
_FROM_WHERE = re.compile(r"来源|从哪来|从哪里来|哪来的")


def _figures_for_names(text: str, fa: FactAnswer, read: FactQuestion | None, idx: FactIndex) -> FactAnswer | None:
    """Names asked of one thing ("具体是哪三个村", "供应商是哪家") answered with figures only: no figure names
    them — said, with what the table gives, never the figures as if they were the answer. (A ranking's
    "最多的是哪三个" asks rows, which the figures' own rows name.)"""
    if not _NAME_OF_ONE_ASKED.search(text) or not fa.facts \
            or any(f["number"] is None for f in fa.facts) \
            or read is not None and {"max", "min", "list", "count"} & set(read.ops) or read is not None and read.top:
        return None
    has = "、".join(dict.fromkeys(compose.item_in_unit(_name(f), f["unit"] or "") for f in fa.facts[:4]))
    return FactAnswer("unknown", compose.fact_kind_missing("names", has) + _cite(idx, fa.facts[:4]), settled=True)


# "X的社会资本方是谁", "由哪家公司承建": a party (a name) asked of a row; what is said before the asking word.
_PARTY_ASKED = re.compile(r"(?:是|为)(?:谁|哪家|哪一家|哪个公司|哪个企业|哪些公司|哪些企业)(?:呢|啊)?$")


def _party_asked(fq: FactQuestion) -> str:
    """"污水管网项目社会资本方是谁": the party asked (社会资本方) when no label took it — a column the table does
    not have, the word left over (never the row's amount answered for a name); "" when a label took it whole
    or nothing is said between the row and the asking word."""
    if not (asked := _PARTY_ASKED.search(fq.text)) or not fq.mentions:
        return ""
    start = max((m.end for m in fq.mentions if m.end <= asked.start()), default=-1)
    said = re.sub(r"^(?:的|之)", "", fq.text[start:asked.start()]) if start >= 0 else ""
    if any(m.start < asked.start() and m.end > start for m in fq.mentions) or len(said) < 2 \
            or not re.fullmatch(r"[\u4e00-\u9fff]+", said):
        return ""
    return said


def _row_part(f: dict) -> str:
    """How a fact is named less its column: the whole row's name, a space inside it kept ("D0902 物业保洁服务")."""
    name = _name(f)
    head, _, tail = name.rpartition(" ")
    return head if head and tail and tail in (f["col_labels"] or "").replace(query.FACT_SEP, "") else name


# What makes a row a review of a thing ("…绩效评估"): asked the thing itself, that row is not it
_REVIEW_TAIL = re.compile(r"(?:的)?(?:绩效)?(?:评估|评价|考核|审计|督导|督查|验收)(?:服务)?")
# "最少的呢", "最多的是哪个" right after groups were ranked by their rows added up
_GROUPS_OTHER_END = re.compile(r"(?:那)?最(?:(?P<max>多|大|高)|少|小|低)(?:的)?(?:呢|是哪个|是哪家|是谁|单位呢|的单位呢)?")


# A follow-up said by a label alone ("执行单位呢", "那起止年限"): of what was just answered.
_LABEL_FOLLOWUP = re.compile(r"^(?:那|那么)|呢$")



def _one_line_per_unit(figures: list[dict]) -> bool:
    """A department's answer of one line per unit of its table (本级 and 某中心 each with its 住房公积金): the
    same line and column under two or three units, each unit's figure once."""
    rows = [(f["row_labels"] or "").split(query.FACT_SEP) for f in figures]
    return 2 <= len(figures) <= 3 and all(len(r) >= 2 for r in rows) and len({r[0] for r in rows}) == len(rows) \
        and len({label_key(r[-1]) for r in rows}) == 1 and len({f["col_labels"] for f in figures}) == 1

# A place's own name (平湖市, 天台县), no department's
_PLACE_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}?[市县区旗州盟]")


def _the_place_itself(form: str, names: list[str]) -> str:
    """Of the departments a place's name said alone fits ("平湖"), the place itself (平湖市, whose table lists its
    departments) when the others are its departments (平湖市交通运输局): the place said is the place, its bureau
    being said by its own words ("平湖交通局"); "" otherwise."""
    places = [n for n in names if _PLACE_NAME.fullmatch(n) and compact(form) in (n, n[:-1])]
    if len(places) != 1:
        return ""
    return places[0] if all(n == places[0] or n.startswith(places[0]) for n in names) else ""



# A number or an asking word right before a character ("几月", "哪个月", "3月", "每户"): the character is what is counted.
_COUNTED_BEFORE = Words("counted", r"(?:{counters}|[\d一二三四五六七八九十两])$")

def _ratio_clauses(note: str, words: set[str]) -> list[str]:
    """The clauses of a note that speak of a ratio, each without its item number ("1.", "（2）": the same
    clause printed in the note and again as a row of its own is one clause), and carrying the clauses after
    it in its sentence that only state the figures ("按…的一定比例收取，商业类企业20%、公益类企业10%")."""
    note = re.sub(r"^(?:注|说明)\d?[:：]", "", note)
    out = []
    for sentence in re.split(r"[；;。]", note):
        clauses = [re.sub(r"^\s*(?:\d+[.、．]|[（(]\d+[)）])\s*", "", c).strip() for c in re.split(r"[，,]", sentence)]
        for k, c in enumerate(clauses):
            if not _RATIO_CLAUSE.search(c):
                continue
            rest = list(itertools.takewhile(lambda x: _PERCENT_FIGURE.search(x) and not any(g in compact(x) for g in words)
                                            and not _RATIO_ASKED.search(x), clauses[k + 1:]))
            out.append("，".join([c, *rest]) if not _PERCENT_FIGURE.search(c) else c)
    return out


# A unit asked by a verb of converting ("换成万元是多少", "折合成万元"), said after the figure: no label of it.
_IN_UNIT_SAID = Words("in_unit", r"(?:{verbs})(?:{into})(?:{how_much})?(?:{units})(?:{copulas})?(?:{asks})?(?:{ends})?$")


def _total_of_the_rows_pointed(fq: FactQuestion, context: dict | None) -> None:
    """"用再融资债券还本的有哪些" → "它们本金合计多少": 合计 said of the rows just listed, pointed at, adds up their column
    (the sum asked), never the table's 合计 row; the mention of it dropped in place."""
    if not (context and len(context.get("rows") or ()) >= 2 and _ROWS_POINTED.match(fq.text)):
        return
    totals = [m for m in fq.mentions if m.start >= 0 and m.keys and all(_is_grand_total(k) for k in m.keys)]
    if totals and len(totals) < len(fq.mentions):
        fq.mentions = [m for m in fq.mentions if not any(m is t for t in totals)]
        if "sum" not in fq.ops:
            fq.ops.append("sum")


# the asking words closing a part asked of the figure shown ("其中新能源车几辆": 新能源车)
_PART_ASK_END = re.compile(r"(?:有|是|占)?(?:多少|几)[\u4e00-\u9fff]?(?:钱|万元)?(?:呢|啊)?$|(?:呢|啊)$")


class Answerer(Conversation):
    def _not_held(self, question: str, fa: FactAnswer) -> FactAnswer | None:
        """Unknown when the facts found are not of what the question asks: another budget than the one said, a flow
        the table has not (支出 of a table of 收入), a whole year of a table printing the same months only."""
        if (kind := self._kind_not_found(question, fa.facts)) is not None:
            return FactAnswer("unknown", compose.budget_kind_not_held(kind), settled=True)
        if (out := left_out_unread(question, fa.facts, self.left_out,
                                      lambda d: self.idx.doc_rows_and_cols(d)[0])) is not None:
            return FactAnswer("unknown", compose.left_out_not_read(out), fa.facts, settled=True)
        if (flow := self._flow_not_held(question, fa.facts)) is not None:
            return FactAnswer("unknown", compose.flow_not_in_table(*flow) + _cite(self.idx, fa.facts[:1]), fa.facts[:1],
                              settled=True)
        if "全年" in compact(question) and fa.facts and all("同期" in (f["col_labels"] or "") for f in fa.facts):
            # "2024年全年税收收入多少" of a table printing 上年同期 (the same months of 2024): no whole year's figure
            return FactAnswer("unknown", compose.same_period_only(_name(fa.facts[0]), _shown(fa.facts[0]))
                              + _cite(self.idx, fa.facts[:1]), settled=True)
        return None

    def _carried_column_blank(self, question: str, doc_ids: list[int] | None, context: dict | None, clauses: bool,
                              only: list[str] | None) -> FactAnswer | None:
        """"社工部差旅费 → 普陀财政局的三公经费呢": a follow-up naming its department and a line of its own, read with the
        column carried from the question before (决算数), finds that cell blank while the line prints its figure in
        another column (合计 预算数 0.95): the question as said answers, never the blank cell of a column not said
        now; the answer from the labels (see _answer_labels) otherwise."""
        fa = self._answer_labels(question, doc_ids, context, clauses, only)
        fq = self.last
        if not context or fa is None or fa.status != "answered" or not fa.facts or fq is None or not fq.dept_spans \
                or any(f["number"] is not None or _BLANK.sub("", f["value"] or "") for f in fa.facts) \
                or not any(m.start < 0 for m in fq.mentions) or not any(m.start >= 0 for m in fq.mentions):
            return fa
        again = self._answer_labels(question, doc_ids, None, clauses, only)
        if again is None or again.status != "answered" or not any(f["number"] is not None for f in again.facts) \
                or not {f["department"] for f in again.facts} <= set(fq.departments):
            self.last = fq
            return fa
        columns = list(dict.fromkeys((f["col_labels"] or "").split(query.FACT_SEP)[-1] for f in fa.facts))
        if len(columns) == 1 and columns[0] and columns[0] not in again.text:
            again.text += compose.carried_column_blank(columns[0])
        return again

    def answer(self, question: str, doc_ids: list[int] | None = None, context: dict | None = None,
               clauses: bool = True, only: list[str] | None = None) -> FactAnswer | None:
        """The answer from the labels (see _answer_labels), never one that leaves out a negation the question
        sets on the rows asked ("没有事业收入的单位", "哪些项目不是优"): listed as if it were absent, the
        rows that HAVE it would be a confident wrong answer. Rows a ranking leaves out ("（不算X）") are read
        apart: the rest of the question is answered without them."""
        if only is not None and len(only) == 1 and doc_ids is None and dept_units.lists_its_preparer(self.idx, only[0]) \
                and (line := self._line_of(self._named_only(question, only[0]))) is not None:
            return line  # ("两个财政局…加起来", "各财政局…": each office its line of the table it drew up, never its 合计)
        question, self.left_out = left_out_said(question)
        if (whole := self._change_of_the_figure_shown(question, context) or self._other_column_against_the_shown(question, context)
                or self._other_part_said(question, context) or self._other_year_of_the_part(question, context)
                or self._parts_of_the_shown(question, context) or self._other_row_said_short(question, context)):
            question, context = whole, None
        if _SHARE_ONLY.fullmatch(compact(question)) and (over := self._share_of_the_line_above(context)) is not None:
            return over
        if (across := periods.answer(self.idx, question)) is not None:
            return across  # "10月比9月多多少": a line period by period
        fa = self._carried_column_blank(question, doc_ids, context, clauses, only)
        fa = _a_note_beside_the_thing(question, fa, self.last.leftover if self.last is not None else "") or fa
        fa = _part_of_the_line_in_its_basis(question, fa, self.idx) or fa
        fa = record_columns.with_columns_of_its_stem(self.idx, question, fa) or fa  # 预留方式 with its 比例, 金额
        fa = record_columns.period_in_its_text(self.idx, question, fa) or fa  # "是一年的吗": its 备注 "三年总额"
        fa = record_columns.count_in_its_text(self.idx, question, fa) or fa  # "预算和数量": its "6架" beside
        if (fa is None or fa.status != "answered") and self.last is not None and (staff := headcount.answer(
                self.idx, question, only or self.last.departments, [form for form, _ in self.last.dept_names])):
            return staff  # "湛江人社局有多少人": its 财政供养人员数, the label it prints of its people
        if (fa is None or fa.status == "unknown") and (bare := _CHANGE_WITHOUT_BASE.search(compact(question))):
            # "哪些乡镇减少了": a change said without what it is against is the table's own change over the year before
            asked = compact(question)
            again = self._answer_labels(asked[:bare.start(1)] + "比上年" + asked[bare.start(1):], doc_ids, context, clauses, only)
            fa = again if again is not None and again.status == "answered" else fa
        if fa is None or fa.status != "answered" or fa.negated:
            return fa
        figures = all(f["number"] is not None for f in fa.facts)
        if self.last is not None and fa.facts and (figures or len({(f["document_id"], f["sheet"], f["line"]) for f in fa.facts}) == 1 < len(fa.facts)) \
                and (text := self.row_text_asked(self.last, [f["id"] for f in fa.facts], fa.facts, narrow=not figures)):
            # "第二实验小学建在哪" answered with the row's amount (or the whole row): its 建设地点 asked in everyday words
            return text
        if self._no_share_shown(question, fa, context):
            return FactAnswer("unknown", compose.share_not_worked_out(), settled=True)
        if _CHANGE_ONLY.fullmatch(compact(question)) and not _CHANGE_SHOWN.search(fa.text):
            # "那增了多少" answered with the line's figures, no earlier year's nor a printed change among them
            printed = self._printed_change_of_the_shown(context)
            return printed or FactAnswer("unknown", compose.change_not_found(), settled=True)
        if clauses and not self.clause and (one := self._one_of_two_added(question, fa)) is not None:
            return one  # (a clause of a longer question is one of the things added: its figure is its own)
        read = self.last
        if (not_held := self._not_held(question, fa)) is not None:
            return not_held
        if (not_printed := self._count_not_printed(question, fa, read)) is not None:
            return not_printed
        # (the question as read: "没有空编" may be read as 空编数为0, a filter that took the negation)
        # (a word of the answered rows' own names is no negation: 未来 of 未来乡村建设)
        names = "|".join(compact(f["row_labels"] or "") for f in fa.facts)
        said = _negation_said(read.text, read.rest, names) if read is not None and len(read.rest) == len(read.text) \
            else _negation_said(compact(normalize(question)), "", names)
        if said is None:
            return fa
        return FactAnswer("unknown", compose.negation_not_read(said), settled=True)

    def _row_said_loosely(self, question: str, doc_ids: list[int] | None,
                          places: list[tuple[int, int, list[str]]]) -> FactAnswer | None:
        """"水库移民扶持那块支出多少" (two_sides.rows_said_loosely): the one row's figures, else which of the rows."""
        found = two_sides.rows_said_loosely(self.idx, compact(normalize(question)), doc_ids, places)
        if found is None:
            return None
        names, facts = found
        if len(names) > 1:
            return FactAnswer("clarify", compose.which_fact(names), [], options=names, asks_row=names)
        return self.values(facts, []) if facts else None

    def two_sided(self, question: str) -> FactAnswer | None:
        """A question of a table printing 收入 and 支出 side by side that its own readers settle: its rows of one side
        by their completion (listed or ranked), a row said loosely — of the tables of the departments the question
        names (every table's when it names none); none when it names an organisation of another place. The
        question is read (the departments it names, where) only when so asked."""
        text = compact(normalize(question))
        if not two_sides.asked(text):
            return None
        fq = self.peek(question)
        if fq.foreign_org:
            return None
        docs = [d for dep in fq.departments for d in self.idx.dept_docs.get(dep, ())] or None
        places = [(s, e, deps) for (s, e, _), (_, deps) in zip(fq.dept_spans, fq.dept_names, strict=False)] \
            if fq.text == text else []
        return self._rows_by_completion(text, docs) or self._row_by_completion_ranked(text, docs) \
            or self._row_said_loosely(text, docs, places)

    def _row_by_completion_ranked(self, question: str, doc_ids: list[int] | None) -> FactAnswer | None:
        """"哪项支出完成率最低" (two_sides.row_by_completion_ranked): the row (rows, tied) at the extreme."""
        found = two_sides.row_by_completion_ranked(self.idx, compact(normalize(question)), doc_ids)
        if found is None:
            return None
        flow, low, rows, classes = found
        lines = [compose.completion_line(name, f"{_own_col(rate)} {_shown(rate)}" if rate else fmt_percent(value) + "%",
                                         f"{_own_col(done)} {_shown(done)}", f"{_own_col(plan)} {_shown(plan)}")
                 for name, rate, done, plan, value in rows]
        used = [r[1] or r[2] for r in rows]
        return FactAnswer("answered", compose.row_by_completion_ranked(flow, low, lines, classes) + _cite(self.idx, used), used)

    def _rows_by_completion(self, question: str, doc_ids: list[int] | None) -> FactAnswer | None:
        """"哪些收入超额完成了", "支出里哪些没完成预算" (two_sides.rows_by_completion), listed with their figures."""
        found = two_sides.rows_by_completion(self.idx, compact(normalize(question)), doc_ids)
        if found is None:
            return None
        flow, how, rows, checked, used, classes = found
        lines = [compose.completion_line(name, f"{_own_col(rate)} {_shown(rate)}" if rate else "",
                                         f"{_own_col(done)} {_shown(done)}", f"{_own_col(plan)} {_shown(plan)}")
                 for name, rate, done, plan in rows]
        return FactAnswer("answered", compose.rows_by_completion(flow, how == "over", lines, checked, classes)
                          + _cite(self.idx, used[:10]), used)

    def _count_not_printed(self, question: str, fa: FactAnswer, read) -> FactAnswer | None:
        """A count or a measure asked ("几个长者食堂", "哪三个村", "多少户") of rows printing only money or a score:
        the table does not print it, never the figures found instead; None when it is not that."""
        if (thing := _THINGS_COUNTED.search(compact(question))) and not _MONEY_NOUN.search(thing.group(2)) \
                and not _rows_counted_as_projects(thing.group(2), fa.facts) and fa.facts and all(
                f["number"] is not None and f["unit"] in _MONEY_UNITS and _shares_a_word(thing.group(2), f["col_labels"] or "")
                for f in fa.facts):
            # "东湖街道有几个长者食堂" of a column of money (社区长者食堂运营补助): no count the table prints
            return FactAnswer("unknown", compose.no_count_in(thing.group(1)), settled=True)
        if (named := _figures_for_names(compact(question), fa, read, self.idx)) is not None:
            return named  # "和美乡村精品示范村具体是哪三个村" of its budget figures: no village named
        if (bare := _MEASURE_ASKED.search(compact(question))) and fa.facts and all(
                f["number"] is not None and _other_measure(bare.group(1), f["unit"] or "") for f in fa.facts):
            # "补贴了多少户" of a row printing money only, "涉及多少户" of a row printing a score (76分): no count of
            # households, never its amount or score instead
            return FactAnswer("unknown", compose.no_count_in(bare.group(1)), settled=True)
        return None

    def _one_of_two_added(self, question: str, fa: FactAnswer) -> FactAnswer | None:
        """"林业局基本加项目支出决算一共多少" answered with 基本支出 alone: two things joined (加, 和) inside what was
        read as one label — the second one's words taken into the first one's name — and added up; or "这两个加
        起来", "两次一共", "交通项目加起来" answered with one line's figure. That figure as the sum would be a
        confident wrong answer: it is said as the only one found. A join the label itself holds
        ("社会保障和就业支出") is no join of two."""
        text = compact(question)
        if len(fa.facts) != 1 or fa.total is not None or not _ADDED_UP.search(text):
            return None
        read = self.last
        swallowed = read is not None and any(
            m.start >= 0 and any(c in _JOINS and not any(c in key for key in m.keys)
                                 for c in read.text[m.start + 1:m.end - 1])
            for m in read.mentions)
        f = fa.facts[0]
        heads = {label_key(h) for h in (f["row_labels"] or "").split(query.FACT_SEP)[:-1]}
        group = read is not None and any(m.keys & heads for m in read.mentions) and not self._is_total_fact(f, "row")
        two = _TWO_SAID.search(text)
        two = two if two and two.group(0) not in compact(fa.text) else None  # ("残疾人两项补贴": a name's words)
        several = two or _ADDED_SEVERAL.search(text) and group
        if not swallowed and not several:
            return None  # ("交通项目加起来": a group said, one line of it found — never that line as the sum)
        return FactAnswer("unknown", compose.one_of_added_found(_name(f), _shown(f)) + _cite(self.idx, [f]), [f],
                          settled=True)

    def _kind_not_found(self, question: str, facts: list[dict]) -> str | None:
        """The kind of budget said (vocabulary budget_kinds: 政府性基金) that neither the labels of the figures
        found nor their tables' titles say: that kind, the table holding none; None otherwise."""
        text = compact(question)
        for kind in self.idx.budget_kinds:
            if kind in text and facts and not any(
                    kind in compact(f"{f['row_labels'] or ''}{f['col_labels'] or ''}{f['section'] or ''}"
                                    f"{self.idx.docs[f['document_id']].form}")
                    for f in facts if f["document_id"] in self.idx.docs):
                return kind
        return None

    def _flow_not_held(self, question: str, facts: list[dict]) -> tuple[str, str, str] | None:
        """"人民医院2026年支出预算多少" answered from a 部门收入预算表: 支出 said (收入 not), every figure found is of
        one table whose kind is of 收入 only and none of their labels says 支出 — (支出, the table's kind, 收入),
        the table holding no spending; None otherwise."""
        text = compact(normalize(question))
        if "支出" not in text or "收入" in text or not facts or any(f["document_id"] not in self.idx.docs for f in facts):
            return None  # (收入 asked of a table of 支出 may be a line it prints: 农民人均可支配收入 of a 自评表)
        asked, other = "支出", "收入"
        forms = {compact(self.idx.docs[f["document_id"]].form) for f in facts}
        if len(forms) != 1 or any(other not in form or asked in form or "收支" in form for form in forms) \
                or any(asked in compact(f"{f['row_labels'] or ''}{f['col_labels'] or ''}{f['section'] or ''}") for f in facts):
            return None
        return asked, next(iter(forms)), other

    def _change_of_the_figure_shown(self, question: str, context: dict | None) -> str | None:
        """"比上年末多多少", "同比增长多少" right after one figure of a column dated at a year end (龙门镇 ›
        2024年末债务余额 › 合计): that figure's question, said whole, asked with the change (its row, the
        column group, the sub-column unless the group's total) — the year end before is the table's own."""
        last = list((context or {}).get("last") or ())
        text = compact(normalize(question))
        if len(last) != 1 or not _CHANGE_ON_THE_END_BEFORE.fullmatch(text):
            return None
        shown = self.idx.facts(last)
        if not shown:
            return None
        rows = [r for r in (shown[0]["row_labels"] or "").split(query.FACT_SEP) if r]
        cols = [c for c in (shown[0]["col_labels"] or "").split(query.FACT_SEP) if c]
        if not rows or not cols or not re.match(r"(?:19|20)\d\d年(?:末|底)", compact(cols[0])):
            return None
        sub = compact(cols[-1]) if len(cols) >= 2 and not _is_total(label_key(cols[-1])) else ""
        return compact(rows[-1]) + compact(cols[0]) + sub + re.sub(r"^(?:那|那么)?(?:它|这个)?的?", "", text)

    def _other_column_against_the_shown(self, question: str, context: dict | None) -> str | None:
        """"就业补助2025年预算" → "比24年执行数增长多少": the one figure just shown set against another column of its
        row said with its year (a table of two years' columns: 2024年执行数 beside 2025年预算数) — its question said
        whole (the row, the column shown, the follow-up), so the two columns of that row are compared."""
        last = list((context or {}).get("last") or ())
        text = compact(normalize(question))
        if len(last) != 1 or not (said := _AGAINST_A_COLUMN.fullmatch(text)):
            return None
        shown = self.idx.facts(last)
        if not shown or shown[0]["number"] is None:
            return None
        rows = [r for r in (shown[0]["row_labels"] or "").split(query.FACT_SEP) if r]
        col = compact(shown[0]["col_labels"] or "")
        if not rows or not re.match(r"(?:19|20)\d\d年", col) or said.group("col") in col:
            return None  # (a column of no year, or the column shown itself: not this reading)
        return compact(rows[-1]) + col + text

    def _no_share_shown(self, question: str, fa: FactAnswer, context: dict | None) -> bool:
        """Whether a share asked was answered with figures that are no share: "项目支出占多少" after 支出合计 of a
        table with no 项目支出 line (the line again), "一般公共预算拨款占全县收入的比例" with the part's one figure."""
        if not _SHARE_ASKED.search(compact(question)):
            return False
        if not re.search(r"%|％|÷|占", fa.text) and not self._said_among(fa.facts, question) \
                and self._only_lines_shown(fa.facts, context):
            return True
        return not self.clause and not re.search(r"%|％|÷|占|比例|比重", fa.text) and len(fa.facts) == 1 \
            and fa.facts[0]["number"] is not None

    def _said_among(self, facts: list[dict], question: str) -> bool:
        """Whether the labels the question said stand among the facts' labels: one said, and none said whole
        that they lack (项目支出 of another table, which the lines shown do not hold)."""
        shown = "\x00".join(str(f.get(c) or "") for f in facts for c in ("labels", "row_labels", "col_labels"))
        text = compact(question)
        if any(len(k) >= 3 and k in text and k not in shown for k in self.idx.col_keys | self.idx.row_label_keys):
            return False
        return self.last is not None and any(m.start >= 0 and any(k in shown for k in m.keys) for m in self.last.mentions)

    def _only_lines_shown(self, facts: list[dict], context: dict | None) -> bool:
        """Whether an answer's figures all stand on the lines the conversation just showed (nothing new)."""
        shown = {(f["document_id"], f["sheet"], f["page"], f["line"]) for f in self.idx.facts(
            list((context or {}).get("last") or (context or {}).get("shown") or ())[:40])}
        return bool(shown) and bool(facts) and all((f["document_id"], f["sheet"], f["page"], f["line"]) in shown
                                                  for f in facts)

    def _share_of_the_line_above(self, context: dict | None) -> FactAnswer | None:
        """"社保就业支出" → "其中养老支出" (its figures of each column shown) → "占比多少": the line's share of the
        line it stands under, column by column; None unless one line's figures were just shown and it stands
        under another line of its table."""
        shown = [f for f in self.idx.facts(list((context or {}).get("last") or (context or {}).get("shown") or ())[:12])
                 if f["number"] is not None and f["unit"] != "%"]
        if not shown or len({(f["document_id"], f["sheet"], f["page"], f["line"]) for f in shown}) != 1:
            return None
        sheet = self._same_sheets(shown[:1])
        pairs = [(f, p) for f in shown if (p := self._parent_line(f, sheet)) is not None
                 and p["number"] and p["unit"] == f["unit"] and p["col_labels"] == f["col_labels"]]
        if not pairs or len(pairs) != len(shown):
            return None
        lines = [compose.fact_share(_name(a), _name(b), fmt_number(a["number"]), fmt_number(b["number"]),
                                    fmt_percent(a["number"] / b["number"] * 100)) for a, b in pairs]
        used = [x for pair in pairs for x in pair]
        return FactAnswer("answered", "\n".join(lines) + _cite(self.idx, used), used)

    def _printed_change_of_the_shown(self, context: dict | None) -> FactAnswer | None:
        """"霞浦其他支出" (229, 22999, 2299901 shown, one name) → "减了多少": the change column (增减额) each line
        just shown prints on its own row; None when they print none."""
        shown = self.idx.facts(list((context or {}).get("last") or (context or {}).get("shown") or ())[:20])
        rows = {(f["document_id"], f["sheet"], f["page"], f["line"]) for f in shown}
        if not shown or len(rows) > 8:
            return None
        row_facts = self.idx.facts(sorted({x for f in shown for x in self._row_siblings(f)})[:400])
        changes = [x for x in row_facts if (x["document_id"], x["sheet"], x["page"], x["line"]) in rows
                   and x["number"] is not None and _CHANGE_COLUMN.match(label_key(x["col_labels"] or ""))]
        if not changes or len(changes) > 16:
            return None
        # (the lines were just shown: each one's change is listed, never asked back which)
        return FactAnswer("answered", compose.fact_values(list(zip(self._names_apart(changes), map(_shown, changes),
                                                                   strict=True))) + _cite(self.idx, changes), changes)

    def _other_part_said(self, question: str, context: dict | None) -> str | None:
        """"专项呢" right after 烟阁乡 › 2024年债务限额 › 一般债务, "余额呢" after a 限额: the same row, the other part
        of its crossed column said (a sub-column by its first words, or a group of the same year by its words),
        the rest as shown — never every column the word names."""
        said = _PART_SAID.fullmatch(compact(normalize(question)))
        shown = self._crossed_shown(context) if said else None
        if shown is None or said is None:
            return None
        f, row, group, sub = shown
        pairs = self.idx.column_pairs.get(f["document_id"], set())
        if group + sub not in self.idx.col_keys and not (
                _is_total(sub) and year_kind_table(self.idx, f["document_id"]) and not _is_total(label_key(row))):
            # (a crossed column only: one labelled as one, _join_crossed_columns; its 合计 is not, and is read so
            # only of a year × kind table's own row — a 合计 row of any table names no one table)
            return None
        word = said.group(1)
        year = re.match(r"(?:19|20)\d\d", group)
        subs = {x for g, x in pairs if g == group and x != sub and x.startswith(word)}
        groups = {g for g, x in pairs if x == sub and g != group and g.endswith(word) and year and g.startswith(year[0])}
        if len(subs) + len(groups) != 1:
            return None
        return compact(row) + (group + subs.pop() if subs else groups.pop() + sub)

    def _other_year_of_the_part(self, question: str, context: dict | None) -> str | None:
        """"2025年呢" right after 本年地方政府债务限额 › 2026年预算数 › 一般债务: the same row and the same part (一般债务)
        under the column group of the year said (2025年执行数) — never that group's 合计. One group of that year only."""
        said = YEAR_ALONE.fullmatch(compact(normalize(question)))
        shown = self._crossed_shown(context) if said and said["year"] else None
        if shown is None or said is None:
            return None
        f, row, group, part = shown
        if _is_total(part):
            return None  # (a 合计 is read by the year alone, as before)
        pairs = self.idx.column_pairs.get(f["document_id"], set())
        groups = {g for g, x in pairs if x == part and g != group and g.startswith(said["year"] + "年")}
        if len(groups) != 1 or not re.match(r"(?:19|20)\d\d年", group):
            return None
        return compact(row) + groups.pop() + part

    def _crossed_shown(self, context: dict | None) -> tuple[dict, str, str, str] | None:
        """The one figure just shown, when it stands under a crossed column (a year's group › a part): (the fact,
        its row as printed, its group, its part) — the one reading of it for every follow-up swapping one part."""
        last = list((context or {}).get("last") or ())
        shown = self.idx.facts(last) if len(last) == 1 else []
        if not shown:
            return None
        rows = [r for r in (shown[0]["row_labels"] or "").split(query.FACT_SEP) if r]
        cols = [label_key(c) for c in (shown[0]["col_labels"] or "").split(query.FACT_SEP) if c]
        if not rows or len(cols) != 2 or tuple(cols) not in self.idx.column_pairs.get(shown[0]["document_id"], set()):
            return None
        return shown[0], rows[-1], cols[0], cols[1]

    def _parts_of_the_shown(self, question: str, context: dict | None) -> str | None:
        """"一般债务和专项债务分别多少" right after 年末债务余额 › 2025年执行数 › 合计: the same row, each part said, of the
        year of the group shown (never the table's own year) — each part one of that group's, the year one group's."""
        said = _PARTS_SAID.fullmatch(compact(normalize(question)))
        shown = self._crossed_shown(context) if said else None
        if shown is None or said is None:
            return None
        f, printed, group, _ = shown
        row = label_key(printed)
        pairs = self.idx.column_pairs.get(f["document_id"], set())
        year = re.match(r"(?:19|20)\d\d", group)
        parts = re.split(r"和|与|及|、", said.group(1))
        if year is None or len({g for g, _ in pairs if g.startswith(year[0])}) != 1 or len(parts) < 2 \
                or not all(len({x for g, x in pairs if g == group and x.startswith(p)}) == 1 for p in parts):
            return None
        return f"{row}{year[0]}年{said.group(0)}"

    def _other_row_said_short(self, question: str, context: dict | None) -> str | None:
        """"限额呢" right after 年末债务余额 › 2025年执行数 › 一般债务: the one row of that table said by the words
        (with words the shown row says left out: 债务), in the same column — crossed_rows.row_said_after."""
        said = _PART_SAID.fullmatch(compact(normalize(question)))
        shown = self._crossed_shown(context) if said else None
        if shown is None or said is None:
            return None
        f, printed, group, part = shown
        other = row_said_after(self.idx, f["document_id"], said.group(1), label_key(printed))
        return f"{other}{group}{part}" if other else None

    def _answer_labels(self, question: str, doc_ids: list[int] | None = None, context: dict | None = None,
                       clauses: bool = True, only: list[str] | None = None) -> FactAnswer | None:
        """The answer from the labels; else, for a question asking why, since when or from where, the
        note or 备注 of the table that says it."""
        question = _CHANGE_SAID_TWICE.sub(r"\1了多少", question)  # "减少了，减多少" is one ask, not two clauses
        fa, final = self._first_steps(question, doc_ids, context, clauses, only)
        if final:
            return fa
        # The asking word outside the labels the question named (高标准农田 holds no 标准 asked).
        unexplained = self.last.rest if self.last is not None and self.last.rest else compact(question)
        asks = _NOTE_ASKED.search(unexplained) or re.search(r"备注|说明", compact(question)) \
            or (self.last is not None and self.last.text_asked) \
            or (self.last is not None and any("原因" in m.keys for m in self.last.mentions))  # 为啥 read as a label
        if (fa is None or fa.status != "answered") and only is None and not re.search(r"多少|几", compact(question)) \
                and (quoted := self.from_quoted_text(question, doc_ids, context)) is not None:
            return quoted
        if only is None and (placed := self.placed_under(question, doc_ids)) is not None:
            # "X资金多少 在哪个街道": the other clause answered first, then where X stands.
            parts = [p for p in re.split(r"[\s，,；;。？?]+", question) if p]
            rest = " ".join(p for p in parts if not _PLACED.search(compact(p)))
            first = self._answer(rest, doc_ids, context, clauses, only) if len(parts) > 1 and rest else None
            if first is not None and first.status == "answered":
                return FactAnswer("answered", first.text + "\n" + placed.text, first.facts + placed.facts)
            return placed
        if fa is not None and fa.status == "answered" and only is None and (empty := self.table_empty(fa.facts, question)):
            return empty  # "社工部三公经费": a table left blank, whose note says there is nothing in it
        if (noted := _a_note_for_a_figure(question, fa)) is not None:
            return noted
        if (fa is None or fa.status != "answered") and only is None \
                and (counted := self.count_in_texts(question, doc_ids, context) or self.done_yet(question, doc_ids, context)):
            return counted
        if fa is not None and fa.status == "answered" and only is None and (
                item := _from_fewer_departments(question, fa) or self.money_of_an_item(question, fa)) is not None:
            return item  # "两个单位" from one table; "非遗…传承人补助发了多少钱": an indicator has no money of its own
        if fa is not None and fa.status == "answered" and only is None and (_WHAT_IT_IS.search(compact(question)) or (
                _FROM_WHERE.search(compact(question)) and fa.facts and all(f["number"] is not None for f in fa.facts))):
            return self._with_its_note(question, fa, doc_ids, context)  # ("X的其他资金来源": its 备注 saying it)
        if only is None and (fa is None or fa.status != "answered") and (use := _WHAT_FOR.search(compact(question))):
            # "X资本性支出用来干嘛" of a table with no 用途 column: X's figure, then what its 备注 says
            bare = compact(question)[:use.start()] + compact(question)[use.end():]
            again = self._answer(bare, doc_ids, context, clauses, only) if len(bare) >= 2 else None
            fa = again if again is not None and again.status == "answered" else fa
        if only is None and (remarked := self._remark_or_note(question, fa, doc_ids, context)) is not None:
            return remarked
        if (fa is None or fa.status != "answered") and only is None \
                and (counted := self.stated_in_notes(question, doc_ids, context)) is not None:
            return counted
        if (fa is None or fa.status != "answered") and asks and only is None:
            noted = self.from_notes(question, doc_ids, context)
            if noted is None:
                return fa
            # "X合计多少 钱从哪来": the clause the labels answer, then the note.
            parts = [p for p in re.split(r"[\s，,；;。？?]+", question) if p]
            rest = " ".join(p for p in parts if not _NOTE_ASKED.search(compact(p)))
            if 0 < len(rest) and len(parts) > 1:
                first = self._answer(rest, doc_ids, context, clauses, only)
                if first is not None and first.status == "answered":
                    return FactAnswer("answered", first.text + "\n" + noted.text, first.facts + noted.facts)
            return noted
        return fa

    def _remark_or_note(self, question: str, fa: FactAnswer | None, doc_ids: list[int] | None,
                        context: dict | None) -> FactAnswer | None:
        """_from_its_remark; where the money goes asked of a row with no 备注 ("调出资金调到哪去了"): the table's
        note naming the row (…调出资金用于补充一般公共预算), when one does."""
        remarked = self._from_its_remark(question, fa)
        if fa is not None and remarked is fa and _WHERE_TO.search(compact(question)):
            return self._with_its_note(question, fa, doc_ids, context)
        return remarked

    def _from_its_remark(self, question: str, fa: FactAnswer | None) -> FactAnswer | None:
        """"X执行率为啥低" (why), "调出资金调到哪里", "棚改专项债安排的支出用在哪" (where the money goes): the row's
        figure and what its own 备注 says of it; the row's rate and its reason when the labels answered nothing
        ("文物保护修缮 为啥进度慢"); None when neither is asked or no row says."""
        text = compact(question)
        answered = fa if fa is not None and fa.status == "answered" else None
        if _WHY.search(text):
            return self._with_its_remark(answered) if answered else self.why_of_row(self.last)
        if _WHERE_TO.search(text):
            return self._with_its_remark(answered, "去向") if answered else self.why_of_row(self.last, rates=False)
        if _WHAT_FOR.search(text):
            return self._with_its_remark(answered, "用途") if answered else self.why_of_row(self.last, rates=False)
        return None

    def _first_steps(self, question: str, doc_ids: list[int] | None, context: dict | None, clauses: bool,
                     only: list[str] | None) -> tuple[FactAnswer | None, bool]:
        """The steps below; "部门整体支出预算" read off a table of projects is not its projects' 合计."""
        fa, final = self._steps(question, doc_ids, context, clauses, only)
        if (apart := self._part_of_another_table(question, context, fa)) is not None:
            return apart, True
        if fa is not None and fa.status == "answered" and fa.facts and _DEPARTMENT_WHOLE.search(compact(question)) \
                and all("项目" in (f["form"] or "") and "整体" not in (f["form"] or "") for f in fa.facts):
            return FactAnswer("unknown", compose.whole_not_in_project_table(fa.facts[0]["form"]), []), True
        if fa is not None and fa.status == "answered" and fa.facts and _WHOLE_BUDGET.search(compact(question)) \
                and not any(_WHOLE_FORM.search(f["form"] or "") for f in fa.facts) \
                and all(self.idx.docs[f["document_id"]].layout == "general-table" for f in fa.facts if f["document_id"] in self.idx.docs):
            # ("龙游民政局部门预算总额" read off 政府购买服务预算表: its 小计 is its purchases', never its whole budget)
            return FactAnswer("unknown", compose.whole_not_in_table_of_kind(fa.facts[0]["form"]), [], settled=True), True
        return fa, final

    def _steps(self, question: str, doc_ids: list[int] | None, context: dict | None, clauses: bool,
               only: list[str] | None) -> tuple[FactAnswer | None, bool]:
        """A group of a table of records asked (its 小计, its share, its rows); what is settled before the
        labels are read; the labels' answer — each replaced by a record's row when it answers better (see
        _of_a_record). (answer, whether it is final)."""
        if only is None and (why := records.why_asked(self.idx, question, doc_ids, context)) is not None:
            return why, True  # "为啥取消", "为什么26年是0": a row whose figure is 0 or blank, by its 备注
        if only is None and (met := monitor.answer(self.idx, question, doc_ids, context)) is not None:
            return met, True  # "哪些指标可能完不成", "能完成吗": a 运行监控表's marks on meeting the target
        if only is None and (allot := allotted.answer(self.idx, question, doc_ids, context)) is not None:
            return allot, True  # "余村分到多少", "天荒坪镇分了多少": a row by its own name, a group by its 小计
        if only is None and (things := column_things.answer(self.idx, question, doc_ids, context)) is not None:
            return things, True  # "哪个基金收入最多", "三个养老保险基金收入合计": a table whose columns are things
        if only is None and (by_column := record_columns.answer(self.idx, question, doc_ids, context)) is not None:
            return by_column, True  # "哪些专项比上年减少了", "专项资金本年预算合计": a column by its meaning
        if only is None and (items := item_rows.answer(self.idx, question, doc_ids, context)) is not None:
            return items, True  # "哪个项目专项债最多": the rows of the one sheet whose subject is said
        if only is None and (grouped := records.answer(self.idx, question, doc_ids, context)) is not None:
            return self._in_unit_asked(question, grouped) or grouped, True  # (its figure in the unit asked too)
        if only is None and (measured := measures.answer(self.idx, read := self.peek(question), context, doc_ids)) is not None:
            self.last = copy.deepcopy(read)  # (what the turn checks the answer against)
            return measured, True  # "老旧小区改造涉及多少户": the clause of its text stating it
        if only is None and (settled := self._before_the_labels(question, doc_ids, context)) is not None:
            return self._of_a_record(question, doc_ids, context, settled) or settled, True
        fa = self._spent_as_final(question, doc_ids, context, clauses, only)
        if only is None and (record := self._of_a_record(question, doc_ids, context, fa)) is not None:
            return record, True
        return fa, False

    def _part_of_another_table(self, question: str, context: dict | None, fa: FactAnswer | None) -> FactAnswer | None:
        """"环卫中心车辆数" → "其中新能源车几辆": a part of the figure just shown (其中, 这里面) is that table's to break
        down — never a row of another table whose words fit (a purchase plan's 新能源 collection trucks): said so."""
        said = compact(normalize(question))
        if fa is None or fa.status != "answered" or not fa.facts or not (m := _PART_OF_IT.match(said)):
            return None
        shown = self.idx.facts(list((context or {}).get("last") or ())[:20])
        if not shown or {f["document_id"] for f in shown} & {f["document_id"] for f in fa.facts}:
            return None
        row = (shown[0]["row_labels"] or "").split(query.FACT_SEP)[-1]
        part = _PART_ASK_END.sub("", said[m.end():]).lstrip("的") or said[m.end():]
        return FactAnswer("unknown", compose.part_not_in_shown(row, shown[0]["form"] or "", part), [], settled=True)

    def _of_a_record(self, question: str, doc_ids: list[int] | None, context: dict | None,
                     fa: FactAnswer | None) -> FactAnswer | None:
        """A row of a table of records asked a column in everyday words (几月份, 谁来承接, 几台 单价多少): its
        cells, when the labels gave no answer, or gave only part of what the record answers (one clause of
        two), or a list where the row's words were asked (给哪几个学校)."""
        found = records.of_row(self.idx, question, doc_ids, context)
        if found is None:
            return None
        record, worded, plain, counted = found
        shown = fa.facts if fa is not None else []
        if record.of_row is not None:
            # (the row talked about prints no such column: said so, unless the labels found a row of another table,
            # or that row itself — never another row of its table read from the word's characters)
            doc, sheet, line = record.of_row
            return record if fa is None or fa.status != "answered" or all(
                (f["document_id"], f["sheet"]) == (doc, sheet) and f["line"] != line for f in shown) else None
        had, has = {f["id"] for f in shown}, {f["id"] for f in record.facts}
        # (the labels found the same row and none of the cells asked: "采购品目为触控一体机的" for "触控一体机买几台",
        # "表中没有这一项的金额" of 图书 found by its 品目)
        same_row = bool(had) and not had & has and {(f["document_id"], f["sheet"], f["line"]) for f in shown} \
            == {(f["document_id"], f["sheet"], f["line"]) for f in record.facts} \
            and not (plain and all(f["number"] is not None for f in shown))  # ("体育公园计划投多少钱": its 计划投资, not 总投资)
        # (the labels listed several rows of the record's table where its name names one: "大气项目得分" read
        # without 大气)
        listed = len({f["line"] for f in record.facts}) == 1 and len({(f["sheet"], f["line"]) for f in shown}) > 1 \
            and {(f["document_id"], f["sheet"]) for f in shown} == {(f["document_id"], f["sheet"]) for f in record.facts}
        if fa is None or fa.status != "answered":
            return record if not plain or same_row else None
        if listed:
            return record
        # (the labels gave the row's count asked in its unit, 买几台, and its 单价 not asked: the count alone)
        # (or another row of its table, not counted in the unit asked: 宣传海报 张 for "宣传资料印多少册")
        one_row = counted and bool(shown) and {(f["document_id"], f["sheet"]) for f in shown} \
            == {(f["document_id"], f["sheet"]) for f in record.facts} and len({f["line"] for f in shown}) == 1
        if has < had and all(compact(f["value"] or "") in compact(fa.text) for f in record.facts) and not one_row:
            return None  # the labels answered that and more ("实施单位和金额")
        return record if had < has or worded or same_row or one_row else None

    def _before_the_labels(self, question: str, doc_ids: list[int] | None, context: dict | None) -> FactAnswer | None:
        """What is settled before the labels are read: the unit of the table, what the figure just shown is,
        which row a code is, a standard a table's note states."""
        return self.batch_not_loaded(question, doc_ids) or self.place_kind_not_held(question) \
            or self.rank_of_row(question, doc_ids, context) \
            or self.table_unit(question, doc_ids) or self.included_in_brackets(question, doc_ids) \
            or self.weight_in_header(question, doc_ids) \
            or self.line_in_notes(question, doc_ids) \
            or self._what_the_last_is(question, context) \
            or self.row_of_code(question, doc_ids) or self.standard_in_notes(question, doc_ids, context) \
            or self.ratio_in_notes(question, doc_ids) or self.major_subjects(question, doc_ids) \
            or self.formula_in_notes(question, doc_ids, context) or self.meaning_in_notes(question, doc_ids, context)

    def meaning_in_notes(self, question: str, doc_ids: list[int] | None, context: dict | None) -> FactAnswer | None:
        """"年末结余的钱怎么处理", "年末结转指什么": the clause of a table's note that says what a column or line named
        is, or what becomes of it ("年末结余指项目已完成…的资金，由县财政统筹收回"): the one clause of the notes of the
        tables in scope that begins with the label said; None unless asked so ([asking_words.notes] how) and exactly
        one such clause is found."""
        idx = self.idx
        if not _MEANING_ASKED.search(text := compact(normalize(question))):
            return None
        fq = self.peek(question)
        said = [w for m in fq.mentions if m.start >= 0 and len(w := fq.text[m.start:m.end]) >= 2]
        docs = self._texts_read_in(fq.departments or list((context or {}).get("departments") or ()), doc_ids) \
            if said and not fq.ops else None
        if not docs:
            return None
        notes = idx.facts([fid for d in docs for fid in _texts_under_heads(idx, d, _note_heads())])
        found: dict[str, dict] = {}
        for f in notes:
            for clause in _clauses_of_labels(_NOTE_LEAD.sub("", f["value"] or ""), idx.doc_keys[f["document_id"]]):
                if any(compact(clause).startswith(w) for w in said) and not re.search(r"[=＝]", clause):
                    found.setdefault(clause, f)
        if not found:
            return self._defining_clause(question, doc_ids, context)  # ("结转结余率指什么": its "X=…" clause)
        if not 1 <= len(found) <= 3 or len({f["id"] for f in found.values()}) != 1 or len(text) > 40:
            return None  # (the clauses of one note, each beginning with it: all it says of the label)
        f = next(iter(found.values()))
        return FactAnswer("answered", compose.formula_noted("；".join(found)) + _cite(idx, [f]), [f])

    def formula_in_notes(self, question: str, doc_ids: list[int] | None, context: dict | None) -> FactAnswer | None:
        """"执行率怎么算的": the clause of a table's note defining what is named ("执行率=累计支出÷调整后预算×100%");
        None unless the notes of the tables in scope define it in exactly one way."""
        if not _FORMULA_ASKED.search(compact(normalize(question))):
            return None
        return self._defining_clause(question, doc_ids, context)

    def _defining_clause(self, question: str, doc_ids: list[int] | None, context: dict | None) -> FactAnswer | None:
        """The one clause of the notes of the tables in scope defining what is named ("X=…"), else None."""
        idx = self.idx
        fq = self.peek(question)
        said = [w for m in fq.mentions if m.start >= 0 and len(w := fq.text[m.start:m.end]) >= 2]
        if not said or fq.ops:
            return None
        docs = self._texts_read_in(fq.departments or list((context or {}).get("departments") or ()), doc_ids)
        if docs is None:
            return None
        notes = idx.facts([fid for d in docs for fid in _texts_under_heads(idx, d, _note_heads())])
        found: dict[str, dict] = {}
        for f in notes:
            for c in re.split(r"[；;。]", _NOTE_LEAD.sub("", f["value"] or "")):
                clause = re.sub(r"^\s*\d+[.、．]\s*", "", c.strip())
                left = re.split(r"[=＝]", clause)[0] if re.search(r"[=＝]", clause) else ""
                if left and any(w in compact(left) for w in said):
                    found.setdefault(clause, f)
        if len(found) != 1:
            return None
        clause, f = next(iter(found.items()))
        return FactAnswer("answered", compose.formula_noted(clause) + _cite(idx, [f]), [f])

    def rank_of_row(self, question: str, doc_ids: list[int] | None, context: dict | None) -> FactAnswer | None:
        """"柳湾镇合计排第几", "排第几" after a row's figure: where that figure stands among its own group's rows
        in the same column (largest first; 倒数: smallest first). None unless the rest of the question (or the
        conversation) names one figure of a row that has such siblings."""
        text = compact(normalize(question))
        m = _RANK_ASKED.search(text)
        if m is None:
            return None
        rest = re.sub(r"^(?:那|那么)|(?:的|是|在|呢|啊)+$", "", text[:m.start()] + text[m.end():])
        if re.search(r"[\u4e00-\u9fff]", rest):
            fa = self._answer(rest, doc_ids, context)
            facts = fa.facts if fa is not None and fa.status == "answered" else []
        else:
            facts = self.idx.facts(list((context or {}).get("last") or ()))
        if len(facts) != 1 or facts[0]["number"] is None:
            return None
        f = facts[0]
        rows = self._siblings(f, self._same_table([f]))
        if len(rows) < 2 or f["id"] not in {x["id"] for x in rows}:
            return None
        low = "倒数" in text[:m.end()]
        place = 1 + sum((x["number"] < f["number"]) if low else (x["number"] > f["number"]) for x in rows)
        return FactAnswer("answered", compose.rank_of(_name(f), _shown(f), place, len(rows), low) + _cite(self.idx, [f]), [f])

    def batch_not_loaded(self, question: str, doc_ids: list[int] | None) -> FactAnswer | None:
        """"第二批乡村振兴资金分多少": a batch no loaded table is of, while the tables say theirs (分配表（第一批）):
        said so, never the batch loaded given as the one asked."""
        fq = self.peek(question)
        if not fq.batch_missing:
            return None
        allowed = set(doc_ids) if doc_ids is not None else None
        forms = sorted({d.form for d in self.idx.docs.values() if (allowed is None or d.id in allowed)
                        and _BATCH.search(d.form or "")})
        return FactAnswer("unknown", compose.batch_not_loaded(fq.batch_missing, forms), [], settled=True) if forms else None

    def place_kind_not_held(self, question: str) -> FactAnswer | None:
        """"湛江人社局的乡镇财政收入": a kind of place the named departments' tables have no rows of: said so, never
        another line of theirs with the word dropped."""
        fq = self.peek(question)
        if not fq.place_kind_missing:
            return None
        names = sorted(set(fq.departments))
        return FactAnswer("unknown", compose.place_kind_not_held(names, fq.place_kind_missing), [], settled=True)

    def standard_in_notes(self, question: str, doc_ids: list[int] | None, context: dict | None) -> FactAnswer | None:
        """"农村低保标准" → "城市低保呢": the clause of a table's note stating the standard of what is named
        ("农村低保按每人每月380元"), then of another thing named in the same note; None unless exactly one
        clause names it with a figure."""
        idx = self.idx
        text = compact(normalize(question))
        note = None
        if context and len(context.get("last") or ()) == 1:
            f = idx.facts(list(context["last"]))[0]
            if f["number"] is None and (f["row_labels"] or "").split(query.FACT_SEP)[0] in ("注", "说明", "备注"):
                note = f
        asked = _STANDARD_ASKED.search(text)
        if not asked and not (note is not None and _FOLLOWUP.search(text)):
            return None
        fq = self.peek(question)
        said = [w for m in fq.mentions if m.start >= 0 and m.keys & (idx.row_label_keys | idx.col_keys)
                and len(w := fq.text[m.start:m.end]) >= 2 and not _STANDARD_ASKED.search(w)]
        if not said or fq.ops:
            return None
        if asked:
            named = fq.departments or list((context or {}).get("departments") or ())
            docs = self._texts_read_in(named, doc_ids)
            if docs is None:
                return None
            notes = [f for f in idx.facts([x for d in docs for x in idx.docs[d].facts][:20000]) if f["number"] is None
                     and (f["row_labels"] or "").split(query.FACT_SEP)[0] in ("注", "说明", "备注")]
        else:
            notes = [note] if note is not None else []
        said += [w for w in fq.leftover.split() if len(w) >= 2]  # (a word unread, 基本工资: the clause says it too)
        found = {(f["id"], c.strip()): f for f in notes for c in re.split(r"[，,；;。、]", _NOTE_LEAD.sub("", f["value"] or ""))
                 if all(w in compact(c) for w in said) and _STANDARD_FIGURE.search(c)}
        if len({c for _, c in found}) != 1:
            return None
        (_, clause), f = next(iter(found.items()))
        return FactAnswer("answered", compose.fact_value("、".join(said) + "标准", clause) + _cite(idx, [f]), [f])

    def ratio_in_notes(self, question: str, doc_ids: list[int] | None) -> FactAnswer | None:
        """"调出比例是多少", "政策性补贴比例是多少": a ratio no label prints that a table's note states in its own
        words ("注：调出资金按利润收入的30%调入…", "政策性补贴比例由县财政局核定"): that clause, never a share
        worked out of two rows whose denominator the question never named; None unless exactly one clause of the
        notes in scope speaks of a ratio (比例, a percentage) and shares the most words of the row asked."""
        idx = self.idx
        asked = _RATIO_ASKED.search(text := compact(normalize(question)))
        if asked is None or "占" in text or any(asked.group("row") + "比" in k for k in idx.label_facts):
            return None
        named = self.peek(question).departments
        docs = self._texts_read_in(named, doc_ids) or []
        notes = [f for f in idx.facts([x for d in docs for x in idx.docs[d].facts][:20000]) if f["number"] is None
                 and (f["row_labels"] or "").split(query.FACT_SEP)[0] in ("注", "说明", "备注")]
        titles = {g for d in docs for t in (compact(idx.docs[d].form or ""),) for g in _pairs_of(t)}
        row = asked.group("row")
        words = _pairs_of(row) - titles - {g for d in named for g in _pairs_of(compact(d))}
        scored = sorted(((sum(g in compact(c) for g in words), c, f) for f in notes
                         for c in _ratio_clauses(f["value"] or "", words)), key=lambda x: -x[0])
        if not scored or scored[0][0] == 0 or len(scored) > 1 and scored[1][0] == scored[0][0] \
                and scored[1][1] != scored[0][1]:
            return None
        _, clause, f = scored[0]
        name = max((row[i:j] for i in range(len(row)) for j in range(i + 2, len(row) + 1) if row[i:j] in compact(clause) and _pairs_of(row[i:j]) <= words),
                   key=len, default=row[-2:])  # (the row's own words the clause says: 调出 of 调出资金)
        return FactAnswer("answered", compose.fact_value(name + "比例", clause) + _cite(idx, [f]), [f])

    def row_of_code(self, question: str, doc_ids: list[int] | None) -> FactAnswer | None:
        """"DP04是哪个街道 分多少", "401003这个单位代码对应哪个单位": the one row printed with that code (编码, 单位
        代码) named, then what the rest of the question asks of it; None unless the question asks which row
        a code is and exactly one row of the tables has it."""
        m = _CODE_WHICH.match(compact(normalize(question)))
        if m is None:
            return None
        idx, code = self.idx, m.group("code")
        allowed = set(doc_ids) if doc_ids is not None else None
        keys = [k for k in idx.row_label_keys if k.startswith(code) and len(k) > len(code)
                and not k[len(code)].isascii()]
        fids = [f for k in keys for f in idx.label_facts.get(k, ())
                if allowed is None or idx.fact_doc[f] in allowed]
        rows = {self._row_key(f) for f in fids}
        facts = idx.facts(fids[:50])
        # One line of a subject table printed under each of its units (本级 and 某中心 both print 2130108病虫害控制):
        # one subject by one name, whose figures are each unit's.
        lines = {(f["document_id"], (f["row_labels"] or "").split(query.FACT_SEP)[-1]) for f in facts}
        if len(rows) != 1 and (len(lines) != 1 or len(rows) > 4):
            return None  # no row, or several tables' rows printing it: not guessed
        named = max(facts, key=lambda f: len((f["row_labels"] or "").split(query.FACT_SEP)))
        path = [p for p in (named["row_labels"] or "").split(query.FACT_SEP) if p]
        if len(rows) > 1:
            path = path[-1:]
        shown = " ".join(x for p in path if (x := re.sub(rf"^{re.escape(code)}\s*", "", p, flags=re.I)))
        text = compose.row_of_code(code.upper() if re.search(r"[a-z]", code) else code, shown)
        rest = m.group("rest")
        if rest and re.search(r"[\u4e00-\u9fff]", rest):
            fa = self._answer(path[-1] + rest, [named["document_id"]], None)
            if fa is not None and fa.status == "answered":
                return FactAnswer("answered", text + "\n" + fa.text, [named, *fa.facts])
        return FactAnswer("answered", text + _cite(idx, [named]), [named])

    def _share_after_a_figure(self, fq: FactQuestion, said: list[Mention], context: dict | None
                              ) -> tuple[bool, FactAnswer | None]:
        """"财政局基本支出多少钱" → "占支出比例多少": the figure just shown as the part, its share asked whole
        (said: the mentions as said, before the conversation added its rows); a share naming only its whole
        after a figure the facts did not show ("占部门预算的比例") is not theirs to compute. (done, answer)."""
        led = _WHOLE_ONLY.match(fq.text) if "ratio" in fq.ops else None
        if led is None:
            return False, None
        if context and context.get("last"):
            asked = self._last_as_the_part(fq, said, context["last"], led.end() - 1)
            return asked is not None, asked
        return bool(fq.mentions) and all(m.start >= led.end() for m in fq.mentions), None

    def _last_as_the_part(self, fq: FactQuestion, said: list[Mention], last: list[int], at: int) -> FactAnswer | None:
        """"财政局基本支出多少钱" → "占支出比例多少": the one figure just shown, named by its row and column,
        asked the share whole in its own table — kept only when that answer's part is that very figure (a
        share of some other pair is never the answer)."""
        shown = [f for f in self.idx.facts(list(last)[:2]) if f["number"] is not None]
        if len(last) != 1 or len(shown) != 1:
            return None
        f = shown[0]
        own = set(self.idx.fact_keys.get(f["id"], ()))
        # the whole as named now (财政拨款支出); "支出", said of the part's own label and its siblings, names the total
        named = [(m.keys, fq.text[m.start:m.end]) for m in said if m.start >= 0
                 and not (m.quality < 1 - 1e-9 and m.keys & own)]
        row, col = _own_row(f), _own_col(f)
        names = [col] if _is_total(row) else [row + col, row] if col else [row]
        dept = self.idx.docs[f["document_id"]].department or ""  # its tables' labels, as a question of it reads them
        for name in dict.fromkeys(n for n in names if len(n) >= 2):
            fa = self._answer(dept + name + fq.text[at:], [f["document_id"]], None, clauses=False)
            if fa is None or fa.status != "answered" or len(fa.facts) < 2 or fa.facts[0]["id"] != f["id"] \
                    or "%" not in fa.text.split("\n")[0]:
                continue
            whole = set(self.idx.fact_keys.get(fa.facts[-1]["id"], ()))
            if all(keys & whole or said and any(said in k for k in whole) for keys, said in named) and (named or self._is_total_fact(fa.facts[-1], "row")
                                                           or self._is_total_fact(fa.facts[-1], "col")):
                return fa
        return None

    def _spent_as_final(self, question: str, doc_ids: list[int] | None, context: dict | None, clauses: bool,
                        only: list[str] | None) -> FactAnswer | None:
        """The answer from the labels (fa); "财政委托业务支出花了多少" of a final account: what was spent is its
        决算 column, when the reading as 执行数 found nothing (a table with no 决算 says it holds none: fa)."""
        # ("年末余额合计换成万元是多少": the figure asked read without the unit it is asked in, then converted)
        read = _IN_UNIT_SAID.sub("", question) if _IN_UNIT_SAID.search(question) else question
        fa = self._in_unit_asked(question, self._answer(read or question, doc_ids, context, clauses, only))
        spent = _SPENT.search(question)
        if fa is not None and fa.status == "answered" or only is not None or spent is None \
                or re.search(r"(?:没|未|少)花", question):
            return fa  # ("没花掉多少" asks what is left, never the 决算 spent)
        saved = self.last
        final = self._answer(question[:spent.start()] + "决算" + question[spent.end():], doc_ids, context, clauses)
        if final is not None and final.status == "answered":
            return final
        self.last = saved
        return fa

    def _what_the_last_is(self, question: str, context: dict | None) -> FactAnswer | None:
        """"其他资金多少" → "是什么钱": the figure just answered asked what it is, read as that figure's own name
        (a total row's column, else its row) asked so in its table; None unless that is all the question says."""
        text = compact(normalize(question))
        m = _WHAT_IT_IS.search(text)
        if m is None or not context or not context.get("last") or compact(_FILLER.sub("", text[:m.start()] + text[m.end():])):
            return None
        facts = self.idx.facts(list(context["last"])[:1])
        if not facts:
            return None
        f = facts[0]
        row = (f["row_labels"] or "").split(query.FACT_SEP)[-1]
        name = (f["col_labels"] or "").split(query.FACT_SEP)[-1] if _is_total(label_key(row)) else row
        fa = self.answer(f"{label_key(name)}{text[m.start():]}", [f["document_id"]])
        return fa if fa is not None and fa.status == "answered" and "\n" in fa.text else None  # a note said it

    def _as_the_other_year_says(self, question: str, fq: FactQuestion, docs: list[int], years: list[int],
                                doc_ids: list[int] | None, context: dict | None) -> FactAnswer | None:
        """"专项资金2020比2019年增长百分之几": two years compared of one table and no label said — asked with
        the word of the one figure the table prints for the year not its own ("2019年预算金额" -> 预算) said
        after its first year; None when there is not exactly one such word."""
        word = self._word_of_the_other_year(fq, docs, years)
        at = re.search(r"(?:19|20)\d\d年?度?", question)
        if not word or at is None or word in question:
            return None
        return self._answer(question[:at.end()] + word + question[at.end():], doc_ids, context)

    def _answer(self, question: str, doc_ids: list[int] | None = None, context: dict | None = None,
                clauses: bool = True, only: list[str] | None = None) -> FactAnswer | None:
        """The steps, in order: several departments named (each answered), several clauses (each in the
        context of the earlier), the reading in the conversation's context, what the context alone
        answers, the facts the labels match, and what is computed or shown from them."""
        idx = self.idx
        done, first = self._before_reading(question, doc_ids, context, clauses, only)
        if done:
            return first
        fq = self._read_in_context(question, context, only)
        if fq is None:
            return None  # names an organisation that is not loaded: never another department's value
        docs = _scope_docs(idx, fq, doc_ids)
        if docs and (gap := staffing.answer(idx, question, fq, docs) or self.funds_of_a_row(fq, docs)) is not None:
            return gap  # "锦屏中学空编几个", "有没有满编的单位": worked out of the 编制 and 在职 columns
        if not docs or (lacking := self._adjustment(question, fq, docs, context) or self._kind_not_held(fq)
                        or self._label_split_here(fq, docs) or self._said_only_in_part(fq, docs)) is not None:
            return lacking if docs else None
        if (coded := self._tables_coded_at_level(fq, docs)) is not None:
            if isinstance(coded, FactAnswer):
                return coded
            # (read again in that department's tables: 预算 is its column 2025年预算数)
            fq = read_question(question, idx, [idx.docs[coded[0]].department])
            fq.departments, self.last = [idx.docs[coded[0]].department], fq
            docs = _scope_docs(idx, fq, doc_ids)
        years, missing = self._years_in_context(fq, docs, context)
        if missing and (fq.mentions or fq.departments):
            return FactAnswer("unknown", missing)
        if (defined := self._tail_or_note(fq, docs, years)) is not None:
            return defined  # "公用经费": the figure the table's note defines, never the note as the value
        rows_of = EntityRows(idx, idx.entity_kinds, idx.entity_kind_endings, self.left_out)
        self.ranked_in_column_named(fq, context)  # ("…合计" → "哪个乡镇最多": in that column, all rows being 乡镇)
        # ("比上年减少最多的乡镇": the rows by their printed change since the year before)
        if (over := year_change.answer(idx, fq, docs, question) or rows_of.answer(fq, docs, years)
                or rows_of.owners(fq, context)) is not None:
            return over  # "柏山区哪个部门三公最多": the departments a table lists as its rows, compared
        if (funded := sources.answer(idx, fq, docs)) is not None:
            return funded  # "哪些项目是中央资金", "中央资金合计": the columns of a source of funds
        if (kinds := KindColumns(idx, idx.column_kinds).answer(fq, docs)) is not None:
            return kinds  # "结余最少的险种": one line's figures of a table's kind columns, compared
        if not fq.mentions and context and context.get("rows") and (q := _QUANTITY_ASKED.search(fq.text)) \
                and fq.leftover == q.group(1) and self._counted_in(context["rows"], docs, q.group(1)):
            # "买几辆" after a row: the row's quantity in that unit.
            fq.mentions, fq.leftover = [Mention(-1, -1, set(context["rows"]), True, 4)], ""
        said, (settled, fa) = copy.deepcopy(fq.mentions), self._from_context(fq, context, docs, years)
        settled, fa = (settled, fa) if settled else self._share_after_a_figure(fq, said, context)
        if settled:
            return fa
        if (derived := self._balance_or_against_a_year(fq, docs)) is not None:
            return derived
        if not fq.mentions and fq.finished and (rows := rows_of.rows_of_kind(fq, docs)):
            return self.finished(fq, rows)  # "哪些学校已经拨完了": the rows of the one table of schools
        if not fq.mentions:
            return self._as_the_other_year_says(question, fq, docs, years, doc_ids, context) or self._without_labels(fq, docs)
        years = self._years_compared(fq, docs, years)
        if (stated := self._figure_stated_in_text(fq, docs)) is not None:
            return stated  # "农民人均可支配收入实际达到多少": the 实际完成情况 text's figure, never its 增长率 line's
        if (only_one := self._lines_with_only(fq, docs) or self._lines_not_of(fq, docs)) is not None:
            return only_one
        return self._over_labels_matched(fq, docs, years, context, only)

    def _before_reading(self, question: str, doc_ids: list[int] | None, context: dict | None, clauses: bool,
                        only: list[str] | None) -> tuple[bool, FactAnswer | None]:
        """A step of _answer, before the question is read: a place in what was shown, the last figure in
        another unit, rows having something, several departments, several clauses. (settled, answer)."""
        if context and (nth := self._place_in_what_was_shown(question, context)) is not None:
            return True, nth
        if context and (converted := self._last_in_unit(question, context)) is not None:
            return True, converted
        if only is None and (has := self.rows_having(question, doc_ids, context)) is not None:
            return True, has
        if only is None and (by_dept := self._by_department(question, doc_ids, context)) is not None:
            return True, by_dept[0]
        parts = [p for p in re.split(r"[，,；;。]", self._use_apart(question)) if len(compact(p)) >= 2]
        if clauses and len(parts) >= 2:
            by_clause = self._clauses(question, parts, doc_ids, context)
            if by_clause is not None:
                return True, by_clause
        return False, None

    def _adjustment(self, question: str, fq: FactQuestion, docs: list[int], context: dict | None) -> FactAnswer | None:
        """"哪些项目预算调减了": 调整后 less 年初 of each row (adjusted.py); for 为啥调减 only a line's blank reason."""
        if _WHY.search(compact(normalize(question))):
            return adjusted.why(self.idx, fq, docs)  # (its reason cell answers it; a blank one is said so)
        if not fq.adjusted:
            return None
        return adjusted.answer(self.idx, fq, docs, context)

    def _over_labels_matched(self, fq: FactQuestion, docs: list[int], years: list[int], context: dict | None,
                             only: list[str] | None) -> FactAnswer | None:
        """The last step of _answer: the facts the labels match (of the rows just shown when the question
        points at them or names only a column), and what is computed or shown from them."""
        idx = self.idx
        _total_of_the_rows_pointed(fq, context)
        if context and context.get("rows") and len(context["rows"]) >= 2 and _ROWS_POINTED.match(fq.text) \
                and fq.mentions and all(m.start >= 0 and m.keys <= idx.col_keys and not m.keys & idx.row_label_keys
                                        for m in fq.mentions):
            # "考核优秀的乡镇" → "它们的考核奖补加起来": the column of the rows just listed, not of every row
            self._rows_of_context(fq, context)
        pointer = _ROWS_POINTED.match(fq.text) if context and len(context.get("rows") or ()) >= 2 else None
        if pointer and "count" in fq.ops and {"sum", "diff", "ratio", "max", "min"} & set(fq.ops) \
                and not re.search(r"几|多少个", fq.text[pointer.end():]):
            fq.ops.remove("count")  # "这几个…加起来": 几个 points at the rows just listed; it asks no count
        ids, groups = self._match(fq, docs, years)
        ids = self._sheet_of_the_last(fq, ids, context)
        ids = self._table_of_months(fq, docs, ids)
        if (months := self._months_with_figures(fq, ids)) is not None:
            return months  # "耕地占用税哪几个月有入库": the months its row prints a figure in
        if (beyond := self._beyond_plan(fq, ids)) is not None:
            return beyond  # "哪些收入超额完成年初预算了": the lines whose running total passed their plan
        if ids and (over := self.overspent(fq, ids)) is not None:
            return over  # "哪一项超支了": the rows spent above their budget, never their 差异原因 column
        if not ids and context and context.get("rows"):
            # A follow-up naming only a column ("进度呢"): the rows of the previous answer.
            self._rows_of_context(fq, context)
            ids, groups = self._match(fq, docs, years)
        if (having := self._rows_with_values(fq, docs, ids)) is not None:
            return having  # "公开招标的有几个项目": the rows are what is counted
        if (pointed := self._field_of_the_item_pointed(fq, ids)) is not None:
            return pointed  # "预算执行率那项得了几分": the 得分 of the one line printing both
        if not ids:
            return self._by_longer_row_name(fq, docs, years) or self.against_stated_rate(fq, docs) \
                or self._year_not_of_rows(fq, docs, years) \
                or self.diff_with_stated(fq, docs, years) or self._line_of_the_year_said(fq, docs) \
                or self.partial(fq, docs, years, groups)
        return self._one_row_or_ask(fq, ids, groups, years, only, docs)

    def _figure_stated_in_text(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """"农民人均可支配收入实际达到多少" matching a line only in part (农村居民人均可支配收入增长率: its rate, not the
        income): the one figure a text cell of the column said (实际完成情况) states right after those words (their
        last four characters at least, the rest said in order before them); None unless exactly one."""
        weak = [m for m in fq.mentions if m.start >= 0 and not m.exact and m.quality < 0.8 and m.keys <= self.idx.row_label_keys]
        cols = [m for m in fq.mentions if m.start >= 0 and m.keys and m.keys <= self.idx.col_keys]
        if len(weak) != 1 or len(cols) != 1 or fq.ops or len(docs) > 30:
            return None
        said = fq.text[weak[0].start:weak[0].end]
        found = []
        for f in self.idx.facts([x for d in docs for x in self.idx.docs[d].facts][:3000]):
            if f["number"] is not None or len(f["value"] or "") < 20 or not cols[0].keys & set(self.idx.fact_keys.get(f["id"], ())):
                continue
            for m in _STATED_FIGURE.finditer(f["value"]):
                clause = re.split(r"[，,；;。、]|\d+\.", f["value"][:m.start()])[-1]
                if len(said) >= 5 and any(clause.endswith(said[-n:]) and in_order(said[:-n], clause[:-n])
                                          for n in range(len(said), 3, -1)):
                    found.append((f, clause + m.group(), m.group()))
        if len(found) != 1:
            return None
        f, clause, figure = found[0]
        return FactAnswer("answered", compose.stated_in_text(_own_col(f), clause, figure) + _cite(self.idx, [f]), [f])

    def _field_of_the_item_pointed(self, fq: FactQuestion, ids: list[int]) -> FactAnswer | None:
        """"预算执行率那项得了几分": columns said before "那项" pick the line (the one printing them), the one column
        said after it is what is asked of that line — of the one line printing a figure there (the others' 得分
        printed "—"); None unless so said and exactly one line fits."""
        idx, said = self.idx, _ITEM_POINTED_FIELD.search(fq.text)
        if said is None or not ids:
            return None
        before = [m for m in fq.mentions if 0 <= m.start and m.end <= said.start()]
        after = [m for m in fq.mentions if m.start >= said.end()]
        if not before or len(after) != 1 or not all(m.keys and m.keys <= idx.col_keys for m in before + after):
            return None

        def in_column(f: dict, keys: set[str]) -> bool:
            return bool(keys & set(idx.fact_keys.get(f["id"], ())[idx.fact_nrows.get(f["id"], 0):]))
        by_row: dict[object, list[dict]] = defaultdict(list)
        for f in idx.facts(ids[:400]):
            by_row[self._row_key(f["id"])].append(f)
        picked = [f for fs in by_row.values() if any(in_column(f, m.keys) for f in fs for m in before)
                  for f in fs if in_column(f, after[0].keys) and _BLANK.sub("", f["value"] or "")]
        if len({self._row_key(f["id"]) for f in picked}) != 1:
            return None
        return self.values(picked, [])

    def _sheet_of_the_last(self, fq: FactQuestion, ids: list[int], context: dict | None) -> list[int]:
        """"油茶低改项目起止年限" → "执行单位呢": a workbook of one project per sheet prints the label on every
        sheet; a follow-up naming only the label asks it of the sheet just answered, never another project's
        sheet (the first found); ids unchanged when the last answer was not of one sheet or none is named now."""
        last = list((context or {}).get("last") or ())
        if not last or not ids or fq.subject_docs or not _LABEL_FOLLOWUP.search(fq.text):
            return ids
        sheets = {(f["document_id"], f["sheet"]) for f in self.idx.facts(last[:20])}
        if len(sheets) != 1:
            return ids
        doc, sheet = next(iter(sheets))
        facts = self.idx.facts(ids[:400])
        here = [f["id"] for f in facts if (f["document_id"], f["sheet"]) == (doc, sheet)]
        others = {f["sheet"] for f in facts if f["document_id"] == doc and f["sheet"] != sheet}
        return here if here and others and len(facts) == len(ids) else ids

    def _year_not_of_rows(self, fq: FactQuestion, docs: list[int], years: list[int]) -> FactAnswer | None:
        """"G204项目2025年安排多少" of a plan over 2026-2028: the rows named hold figures of other years only
        (a note of the table may name 2025): that year is not in the table, never the first year's figure."""
        if not fq.years or set(years) != set(fq.years) or fq.relative_year \
                or not fq.mentions or any(m.start < 0 or not m.keys & self.idx.row_label_keys for m in fq.mentions):
            return None
        ids, _ = self._match(fq, docs, [])
        figures = [f for f in self.idx.facts(ids[:400]) if f["number"] is not None]
        held = sorted({y for f in figures for y in (f["year"], year_of_fact(f)) if y})
        if not figures or not held or set(years) & set(held):
            return None
        tables = {f["document_id"] for f in figures}  # (a figure of that year elsewhere in them: 2019年预算金额)
        if any(f["number"] is not None and f["year"] in years
               for f in self.idx.facts([x for d in tables for x in self.idx.docs[d].facts][:6000])):
            return None
        return FactAnswer("unknown", compose.years_not_held(sorted(set(years)), held) + _cite(self.idx, figures[:1]),
                          [], settled=True)

    def _table_of_months(self, fq: FactQuestion, docs: list[int], ids: list[int]) -> list[int]:
        """"收入最少的是几月": a month asked as the answer of a ranking, the lines matched printing no months: the
        one table in view printing months as its columns (its total row's months are compared); ids otherwise."""
        idx = self.idx
        if not (_MONTH_ASKED.search(fq.text) and {"max", "min"} & set(fq.ops)) \
                or any(column_month(f) for f in idx.facts(ids[:400])):
            return ids
        monthly = [d for d in docs if any(column_month(f) for f in idx.facts(list(idx.docs[d].facts)[:400]))]
        return list(idx.docs[monthly[0]].facts) if len(monthly) == 1 else ids

    def _beyond_plan(self, fq: FactQuestion, ids: list[int]) -> FactAnswer | None:
        """"哪些收入超额完成年初预算了": the lines whose months' running total (1-10月累计) passed their one budget
        (年初预算) — compared, never read from a rate's words; None unless the lines matched print both."""
        if not ({"list", "count"} & set(fq.ops) and _BEYOND_PLAN.search(fq.text)):
            return None
        pairs, seen = [], set()
        for f in self.idx.facts(ids[:400]):
            if (key := (f["document_id"], f["sheet"], f["line"])) in seen:
                continue
            seen.add(key)
            row = [x for x in self.idx.facts(self._row_siblings(f)) if x["number"] is not None and x["unit"] != "%"]
            done = [x for x in row if running_total(x)]
            plans = [x for x in row if "预算" in _own_col(x)]
            if len(done) == 1 and len(plans) == 1:
                pairs.append((done[0], plans[0]))
        if len(pairs) < 2:
            return None
        hits = [(d, p) for d, p in pairs if d["number"] > p["number"]]
        head = compose.beyond_plan_head(_own_col(pairs[0][1]), len(pairs))
        if not hits:
            return FactAnswer("answered", compose.none_beyond_plan(_own_col(pairs[0][1]), len(pairs)), [])
        lines = [f"{_own_row(d)}：{_shown(d)}（{_own_col(p)} {_shown(p)}）" for d, p in hits]
        return FactAnswer("answered", compose.numbered_items(lines, head) + _cite(self.idx, [d for d, _ in hits]),
                          [d for d, _ in hits])

    def _months_with_figures(self, fq: FactQuestion, ids: list[int]) -> FactAnswer | None:
        """"耕地占用税哪几个月有入库" of a row printing months as columns (a blank: nothing that month): the months
        with a figure; None unless the months are asked of one such row."""
        if not _MONTHS_LISTED.search(fq.text):
            return None
        months = [f for f in self.idx.facts(ids[:400]) if column_month(f)]
        rows = {self._row_key(f["id"]) for f in months}
        if len(rows) != 1:
            return None
        held = sorted((f for f in months if f["number"]), key=lambda f: column_month(f) or 0)
        items = [f"{column_month(f)}月 {_shown(f)}" for f in held]
        return FactAnswer("answered", compose.months_with_figures(_own_row(months[0]), items)
                          + _cite(self.idx, held or months[:1]), held)

    def _years_in_context(self, fq: FactQuestion, docs: list[int], context: dict | None) -> tuple[list[int], str]:
        """The years asked (values._years); "禾川2025项目支出" → "去年的呢": the year before the figure just shown,
        not before the workbook's."""
        idx = self.idx
        years, missing = _years(idx, fq, docs)
        shown_years = {f["year"] for f in idx.facts(list((context or {}).get("last") or ())[:8])}
        if fq.relative_year and not fq.years and len(shown_years) == 1 and None not in shown_years \
                and not fq.dept_spans and {y + off for y in shown_years for off in fq.relative_year} <= set(
                    y for d in docs for y in idx.doc_years.get(d, ())):
            return [y + off for y in shown_years for off in fq.relative_year], ""
        shown = idx.facts(list((context or {}).get("last") or ())[:1])
        if not fq.years and not fq.relative_year and not fq.dept_spans and shown and shown[0]["document_id"] in docs \
                and shown[0]["year"] is not None and _sheet_year(shown, None) == shown[0]["year"]:
            # "禾川2024项目支出" → "基本支出呢": the year's sheet the conversation is on, not the workbook's newest
            return [shown[0]["year"]], ""
        return years, missing

    def _years_compared(self, fq: FactQuestion, docs: list[int], years: list[int]) -> list[int]:
        """The two years a change is between: "比上年" of the table's year (or of the year said), "比2023" the
        table's own year against that one; otherwise the years asked."""
        idx = self.idx
        if "diff" in fq.ops and fq.relative_year and not fq.years and re.search(
                r"(?:较|比)(?:上年|去年|上一年)|(?:跟|和|与)(?:上年|去年|上一年)度?相?比", fq.text):
            base = max(idx.docs[d].year or 0 for d in docs)
            if len(set(years)) == 1 and len(fq.relative_year) == 1 and base and years[0] - fq.relative_year[0] > base:
                # "禾川2025项目支出" → "比上年减了多少": the year just shown (the year before it was read from
                # the conversation), not the workbook's own, later than it (its 2025 sheet)
                base = years[0] - fq.relative_year[0]
            years = [base, base - 1]
        elif "diff" in fq.ops and fq.relative_year == [-1] and len(set(fq.years)) == 1 and re.search(
                r"(?:较|比)(?:上年|去年|上一年)|(?:跟|和|与)(?:上年|去年|上一年)度?相?比", fq.text):
            years = [fq.years[0], fq.years[0] - 1]  # "2025年合计比上年": 2025 against 2024, whatever the table's year
        elif "diff" in fq.ops and len(set(fq.years)) == 1 and not fq.relative_year \
                and (against := re.search(r"(?:比|较|相比|对比|与|和|跟)((?:19|20)\d\d)年?度?(?!\d)", fq.text)) \
                and int(against.group(1)) == fq.years[0] \
                and (base := max(idx.docs[d].year or 0 for d in docs)) and base > fq.years[0]:
            years = [base, fq.years[0]]  # "比2023增加多少": the table's own year against the year said
        return years

    def _one_row_or_ask(self, fq: FactQuestion, ids: list[int], groups, years: list[int], only: list[str] | None,
                        docs: list[int]) -> FactAnswer | None:
        """"体检服务" fits several rows' labels equally: which row is meant is asked, not guessed; else the
        facts matched, answered."""
        idx = self.idx
        if (named := self._rows_named_by_a_word(fq, docs)) is not None:
            return named  # "公路的项目有哪些": every row the word names, not which of them
        part = {k for m in fq.mentions if m.part or self._shared_name_part(fq, m) for k in m.keys}
        if part and "sum" in fq.ops:
            ids = self._outermost_of_each(fq, ids)
        rows = {k for f in ids for k in idx.row_keys(f) & part} if part else set()
        each = [{k for f in ids for k in idx.row_keys(f) & m.keys} for m in fq.mentions if m.part]
        if len(rows) > 1 and "sum" in fq.ops and (lines := self._lines_of_one_column(ids)):
            ids = lines  # (a sum of the lines of one column a word fits, "付息一共多少": those lines added up)
        elif len(rows) > 1 and not (len(each) >= 2 and all(len(r) == 1 for r in each)
                                    and ("sum" in fq.ops or len(set().union(*each)) == len(each))):
            # (lines each said in part, each fitting one line of its own: those lines, added up when asked)
            if (rates := self._rates_of_what_is_counted(fq, ids) or self._kind_held_by_none(fq, ids)
                    or self._name_no_row_holds(fq, ids)) is not None:
                return rates  # "实际发了多少见习补贴" of its 准确率 and 及时率: neither, not which of them
            facts = idx.facts(ids[:400])
            if (whole := self._group_whole_said(fq, facts)) is not None:
                return self._over_facts(fq, [whole], groups, years, only)  # ("教育类PPP项目": the 教育小计 line)
            names = list(dict.fromkeys(_row_part(f) for f in facts))[:8]
            # each row asked again by its own label (县财政局（本级）), unless two rows share it (then in full)
            own = {_row_part(f): (f["row_labels"] or "").split(query.FACT_SEP)[-1] for f in facts}
            said = [own.get(n) or n for n in names]
            return FactAnswer("clarify", compose.which_fact(names), [], options=names,
                              asks_row=said if len(set(said)) == len(said) else names)
        return self._kind_contradicted(fq) or self._only_a_zero_before(fq, ids, docs) \
            or self.change_on_year_sheet(fq, ids, years) or self._over_facts(fq, ids, groups, years, only)

    def _group_whole_said(self, fq: FactQuestion, facts: list[dict]) -> int | None:
        """"教育类PPP项目2026年支出责任": rows asked between that all stand under one group's heading (教育), the
        heading said with a kind of group after it (类, 领域): the group's own whole line (教育小计) of that column,
        never a question back between its rows. None unless one table, one column and that line are found."""
        heads = {tuple((f["row_labels"] or "").split(query.FACT_SEP)) for f in facts}
        groups = {h[0] for h in heads}
        cols, docs = {f["col_labels"] for f in facts}, {f["document_id"] for f in facts}
        if len(groups) != 1 or any(len(h) < 2 for h in heads) or len(cols) != 1 or len(docs) != 1:
            return None
        group, text = groups.pop(), compact(fq.text)
        kinds = asking.words().get("records", {}).get("group_kinds", ())
        if len(group) < 2 or not any(group + k in text for k in kinds):
            return None
        doc, col = docs.pop(), cols.pop()
        wholes = [f["id"] for f in self.idx.facts(list(self.idx.docs[doc].facts)[:20000])
                  if f["col_labels"] == col and compact(f["row_labels"] or "") in (group + "小计", group + "合计")]
        return wholes[0] if len(wholes) == 1 else None

    def _rows_named_by_a_word(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """"公路的项目有哪些", "运维的项目有几个": the rows whose own names (项目名称, not the unit's beside it) hold the
        word said, listed (or counted) with each one's own amount — when the question lists rows (哪些 with a row's
        noun, 项目) and says nothing else of them; None otherwise (then which row is meant is asked)."""
        idx = self.idx
        parts = [m for m in fq.mentions if m.start >= 0 and not m.exact and len(m.keys) >= 2 and m.keys <= idx.row_label_keys]
        others = [m for m in fq.mentions if m not in parts]
        if len(parts) != 1 or not {"list", "count"} & set(fq.ops) or fq.values or fq.leftover.strip() \
                or any(fq.text[m.start:m.end] not in _ROW_NOUNS for m in others) \
                or not any(fq.text[m.start:m.end] in _ROW_NOUNS for m in others):
            return None
        word, within = fq.text[parts[0].start:parts[0].end], set(docs)
        if len(word) < 2 or not all(word in k for k in parts[0].keys if k in idx.row_label_keys and not _is_total(k)):
            return None
        ids = sorted({i for k in parts[0].keys for i in idx.label_facts.get(k, ())[:200] if idx.fact_doc[i] in within})
        facts = [f for f in idx.facts(ids[:400]) if word in compact((f["row_labels"] or "").split(query.FACT_SEP)[-1])]
        first: dict[str, dict] = {}
        for f in facts:
            first.setdefault(_row_part(f), f)
        if len(first) < 2:
            return None
        amounts = [self._money_of_rows([f]) for f in first.values()]
        items = [f"{n}（{_shown(a[0])}）" if all(len(x) == 1 for x in amounts) else n
                 for n, a in zip(first, amounts, strict=True)]
        if any(fq.text[m.start:m.end] == "项目" for m in others):
            items += self._projects_named_alike(fq, word, list(first))
        head = compose.named_by_word_head(word)
        shown = [a[0] for a in amounts if len(a) == 1] if all(len(x) == 1 for x in amounts) else list(first.values())
        text = compose.counted_items(items, head) if "count" in fq.ops else compose.numbered_items(items, head)
        return FactAnswer("answered", text + _cite(self.idx, shown), shown)

    def _projects_named_alike(self, fq: FactQuestion, word: str, listed: list[str]) -> list[str]:
        """The projects of the departments asked (every one when none is named) that tables of projects (绩效目标表)
        print, whose names hold the word and are not listed yet: each with its amount and where it is printed."""
        idx = self.idx
        docs = [d for dept in fq.departments for d in idx.dept_docs.get(dept, ())] if fq.departments else list(idx.docs)
        shown = {compact(n) for n in listed}
        out = []
        for p in query.projects_named(idx.conn, docs, word)[:30]:
            name = compact(p["name"])
            if not any(name in n for n in shown):
                shown.add(name)
                out.append(compose.project_named_item(p))
        return out

    def _column_left_said(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """The figures of a column the question names that prints what is left after a change (调整后预算,
        剩余, 结余, 余额): "还剩多少" of it is that figure, nothing to subtract; [] otherwise."""
        said = {k for m in fq.mentions for k in m.keys if k in self.idx.col_keys}
        return [f for f in facts if f["number"] is not None and _LEFT_COLUMN.search(_own_col(f))
                and said & set(self.idx.fact_keys.get(f["id"], ()))]

    def _lines_of_one_column(self, ids: list[int]) -> list[int]:
        """The figures of the facts when they are two or more lines of one column of one sheet, none a total
        (the lines' words beside them, 备注, are no figure): a word fitting each of them with 一共 said asks
        them added up; else []."""
        facts = self.idx.facts(ids[:60])
        figures = [f for f in facts if f["number"] is not None]
        if len(facts) < len(ids) or len(figures) < 2 or any(self._is_total_fact(f, "row") for f in figures) \
                or len({(f["document_id"], f["sheet"], f["col_labels"]) for f in figures}) != 1 \
                or len({self._row_key(f["id"]) for f in facts}) != len(figures):
            return []
        return [f["id"] for f in figures]

    def _shared_name_part(self, fq: FactQuestion, m: Mention) -> bool:
        """"技术推广站在职多少" with 农业技术推广站 and 林业技术推广站 under two bureaus: a plain figure asked of a
        word that ends several units' names, none of them said whole, is asked about like a row said in part
        (each figure shown would answer a unit the question did not name)."""
        said = fq.text[m.start:m.end] if m.start >= 0 else ""
        return len(said) >= 2 and not m.part and m.quality < 1 and len(m.keys) >= 2 and not fq.ops and not fq.cmp \
            and not fq.leftover.strip() and not _GENERIC_KIND.fullmatch(said) \
            and m.keys <= self.idx.row_label_keys and all(k.endswith(said) and k != said for k in m.keys)

    def _weights_of_a_group(self, fq: FactQuestion, numeric: list[dict]) -> bool:
        """Whether the figures are the score weights (权重, 分值) of several rows of one table under a heading the
        question names (一级指标 产出类指标 over its indicators): the heading's weight is theirs added up."""
        if len(numeric) < 2 or any(f["number"] is None for f in numeric) \
                or len({(f["document_id"], f["sheet"], _own_col(f)) for f in numeric}) != 1 \
                or not _WEIGHT_COLUMN.search(_own_col(numeric[0])) or any(f["unit"] == "%" for f in numeric) \
                or len({path_of(f) for f in numeric}) != len(numeric):
            return False
        heads = {label_key(x) for x in path_of(numeric[0])[:-1]}
        heads = {k for k in heads if all(k in {label_key(x) for x in path_of(f)[:-1]} for f in numeric)}
        return any(m.keys & heads for m in fq.mentions if m.start >= 0)

    def _rates_of_what_is_counted(self, fq: FactQuestion, ids: list[int]) -> FactAnswer | None:
        """"实际发了多少见习补贴" where the words said fit only rates (就业见习补贴发放准确率, …及时率): how much or
        how many of the thing is asked, which no rate is — said, with what the table holds; None otherwise."""
        if not _HOW_MUCH_OF.search(fq.text) or _RATE_SAID.search(fq.text):
            return None
        facts = self.idx.facts(ids[:40])
        if not facts or not all(f["unit"] == "%" or own_label(f).endswith("率") for f in facts):
            return None
        kind = "people" if re.search(r"多少人|几个人|几人|多少名", fq.text) else \
            "money" if re.search(r"钱|金额|多少万|多少元|资金", fq.text) else "quantity"
        has = "、".join(dict.fromkeys(compose.item_in_unit(_name(f), f["unit"] or "") for f in facts[:4]))
        return FactAnswer("unknown", compose.fact_kind_missing(kind, has) + _cite(self.idx, facts[:4]), [])

    def _kind_held_by_none(self, fq: FactQuestion, ids: list[int]) -> FactAnswer | None:
        """"三支一扶人数" of three rates, "有多少在编人员" of a 再就业人数 and a 合格率, "供应商是哪家" of two amounts:
        a kind of value asked (people, staff on the books, a count in a measure, a name) that none of the rows
        the words fit holds. Said, with what they hold: asking which of them would promise an answer none gives."""
        if _RATE_SAID.search(fq.text) or {"count", "list", "max", "min", "range"} & set(fq.ops):
            return None
        facts, t = self.idx.facts(ids[:40]), fq.text
        staff = [w for w in self.idx.head_count_words if w in t]
        measure = _QUANTITY_ASKED.search(t) or _COUNTED_IN.search(t)

        def labels(f: dict) -> str:
            return compact(f"{f['row_labels'] or ''}{f['col_labels'] or ''}")
        if _NAMES_ASKED.search(t) or _NAME_OF_ONE_ASKED.search(t):
            kind, fits = "names", lambda f: f["number"] is None
        elif staff:  # (the department's own head count: 编制, 在编, 在职; never a project's people served)
            kind, fits = "people", lambda f: any(w in labels(f) for w in staff) or "编" in labels(f)
        elif _PEOPLE_COUNT_ASKED.search(t):
            kind, fits = "people", lambda f: _kind_fits(f, fq) or bool(re.search(r"\d人", f["value"] or ""))
        elif measure:
            unit = measure.group(1)
            kind, fits = "quantity", lambda f: unit in (f["unit"] or "") or unit in _own_col(f) or bool(
                re.search(r"[\d一二两三四五六七八九十百千]" + re.escape(unit), f["value"] or ""))
        else:
            return None
        if not facts or any(fits(f) for f in facts):
            return None
        has = "、".join(dict.fromkeys(compose.item_in_unit(_name(f), f["unit"] or "") for f in facts[:4]))
        return FactAnswer("unknown", compose.fact_kind_missing(kind, has) + _cite(self.idx, facts[:4]), [], settled=True)

    def _name_no_row_holds(self, fq: FactQuestion, ids: list[int]) -> FactAnswer | None:
        """"腾冲旅游集团" of 文化旅游产业投资有限公司, 火山地热旅游开发有限公司 (旅游) and 城市建设投资集团有限公司 (集团):
        two words said together as one name, each fitting rows of its own and no row both — no row is that
        name. Said, with the rows each word fits; asking which would offer rows that are not the one named."""
        idx = self.idx
        said = sorted((m for m in fq.mentions if m.start >= 0), key=lambda m: m.start)
        for a, b in zip(said, said[1:], strict=False):
            if a.end != b.start or not (a.keys | b.keys) <= idx.row_label_keys or (a.keys | b.keys) & idx.col_keys:
                continue
            fit_a = {self._row_key(f) for f in ids if idx.row_keys(f) & a.keys}
            fit_b = {self._row_key(f) for f in ids if idx.row_keys(f) & b.keys}
            if fit_a and fit_b and not fit_a & fit_b:
                facts = idx.facts(ids[:40])
                has = "、".join(list(dict.fromkeys(_row_part(f) for f in facts))[:6])
                return FactAnswer("unknown", compose.no_row_named(fq.text[a.start:b.end], has) + _cite(idx, facts),
                                  [], settled=True)
        return None

    def _tail_or_note(self, fq: FactQuestion, docs: list[int], years: list[int]) -> FactAnswer | None:
        """Columns said by their last word read as the row's; then a figure the table's note defines."""
        self._columns_by_their_tail(fq)
        return self.defined_by_note(fq, docs) if fq.departments and not years else None

    def _rows_with_values(self, fq: FactQuestion, docs: list[int], ids: list[int]) -> FactAnswer | None:
        """The rows holding a value the question says, unless it asks a figure of a column they do not print."""
        # (a verb joining the rows to their value, "哪些项目走公开招标", "采用询价的", asks nothing more)
        verbs = records.verbs(self.idx)
        if not fq.values or any(w not in verbs for w in _ROW_NOUN_LEFT.sub("", fq.leftover).split()):
            return None
        if {"ratio", "diff"} & set(fq.ops):
            return None  # "二级公路计划里专项债占多少": a share of a figure by the value, which a list of rows is not
        having = self.having_values(fq, docs)
        if having is not None and "ratio" in fq.ops and (split := self._share_of_a_value(fq, having)) is not None:
            return split
        return having if ids or not self._figure_of_column_left_out(fq, having) else None

    def _share_of_a_value(self, fq: FactQuestion, having: FactAnswer) -> FactAnswer | None:
        """"二级公路2025年计划里专项债占多少": the share of a row's figure that a value of its words (资金来源
        "上级补助+专项债") stands for; the table prints that value as words only, never its amount: said so, never
        the rows holding the value listed instead."""
        rows = [m for m in fq.mentions if m.keys & self.idx.row_label_keys and not m.keys <= self.idx.col_keys]
        if not rows:
            return None
        named = {k for m in rows for k in m.keys}
        own = [f for f in self._same_sheets(having.facts) if f["number"] is None and any(
            v in compact(f["value"] or "") for v in fq.values) and named & set(self.idx.row_keys(f["id"]))]
        whole = own[0]["value"] if own else ""
        part = "、".join(fq.values)
        return FactAnswer("unknown", compose.part_not_broken_down(part, whole or _name(having.facts[0]).split(" ")[-1])
                          + _cite(self.idx, own[:1] or having.facts[:1]), [], settled=True)

    def _figure_of_column_left_out(self, fq: FactQuestion, having: FactAnswer | None) -> bool:
        """"青石县第二中学宿舍改造里中央资金多少": a figure of a column asked (中央资金) that the rows holding the
        value said (实施单位 青石县第二中学) do not print: listing those rows would answer as if it were not asked."""
        idx = self.idx
        named = {k for m in fq.mentions if m.keys and m.keys <= idx.col_keys and not m.keys & idx.row_label_keys for k in m.keys}
        if not named or not re.search(r"多少|几", fq.text) or having is None or having.status != "answered":
            return False
        return not any(named & set(idx.fact_keys.get(f["id"], ())[idx.fact_nrows.get(f["id"], 0):]) for f in having.facts)

    def _columns_by_their_tail(self, fq: FactQuestion) -> None:
        """"白沙县农村学校饮水改造实施单位和金额": a column said by its last word (金额) that the row named does
        not print under that name, while exactly one of its columns ends with it (安排金额): that column."""
        rows = {k for m in fq.mentions if m.start >= 0 and m.keys and m.keys <= self.idx.row_label_keys for k in m.keys}
        if not rows or len(rows) > 3:
            return
        cols = self.columns_of_rows(rows)
        for m in fq.mentions:
            said = fq.text[m.start:m.end] if 0 <= m.start < m.end <= len(fq.text) else ""
            if len(said) < 2 or m.keys & cols or m.keys & rows:
                continue
            tail = [c for c in cols if c.endswith(said) and c != said]
            if len(tail) == 1:
                m.keys = set(tail)

    def _said_only_in_part(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """A label matched loosely where the question's own thing is not the label's: words said inside the match
        that no label of the tables holds ("购买养老服务" read as 购买服务项目: 养老), or a label that is a review
        of the thing said ("家庭医生签约服务费" of 家庭医生签约服务绩效评估: the evaluation, not the service) —
        not in the table, never that label's figure."""
        idx = self.idx
        for m in fq.mentions:
            if m.start < 0 or m.exact or not m.keys:
                continue
            said = fq.text[m.start:m.end]
            inner = "".join(ch for ch in said if not any(ch in k for k in m.keys))
            grams = {inner[i:i + 2] for i in range(len(inner) - 1)}
            heads = m.keys <= idx.col_keys | idx.head_keys and not m.keys & idx.row_label_keys
            if heads and m.quality < 1 - 1e-9 and len(inner) >= 2 and inner in said[1:-1] and re.fullmatch(r"[\u4e00-\u9fff]+", inner) \
                    and not re.search(r"[的了是和及与年月多少什么哪几那这个些它其该此]", inner) \
                    and not any(g in k for d in docs for k in idx.doc_keys.get(d, ()) for g in grams):
                return FactAnswer("unknown", compose.fact_word_not_found(said), [], settled=True)
            tails = [k[len(said):] for k in m.keys if k.startswith(said)]
            if len(said) >= 4 and tails and len(tails) == len(m.keys) and all(_REVIEW_TAIL.fullmatch(t) for t in tails) \
                    and m.keys <= idx.row_label_keys:
                return FactAnswer("unknown", compose.only_its_review(said, sorted(m.keys)[0]), [], settled=True)
        return None

    def _label_split_here(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """"林业局项目支出多少" of a table printing no 项目支出: a label of other tables (项目支出) read here as
        the row-label column's head (项目) and a generic word left (支出) is no head asked: not in the table."""
        idx = self.idx
        for m in fq.mentions:
            if m.start < 0 or not m.keys <= idx.head_keys:
                continue
            said = next((fq.text[m.start:e] for e in range(min(len(fq.text), m.start + 10), m.end, -1)
                         if fq.text[m.start:e] in idx.label_facts), "")
            if said and not any(said in k for d in docs for k in idx.doc_keys.get(d, ())) \
                    and not any(said in compact(idx.docs[d].form) for d in docs) \
                    and not self._head_then_column(said, m, docs):  # (项目支出执行情况表: its rows)
                return FactAnswer("unknown", compose.fact_word_not_found(said), [], settled=True)
        return None

    def _head_then_column(self, said: str, m, docs: list[int]) -> bool:
        """"农业农村局预算执行率" of a self-evaluation whose row-label column is headed 预算执行情况 and whose
        column is 执行率: the head's own word (预算) said before a whole column of the table (执行率) names
        that column under that head, not another table's label (预算执行率, an indicator elsewhere)."""
        own = {k for d in docs for k in self.idx.doc_keys.get(d, ())} & self.idx.col_keys
        return any(len(c) >= 2 and len(word := said[:-len(c)]) >= 2 and any(k.startswith(word) and k != word for k in m.keys)
                   for c in own if said.endswith(c))

    def _place_in_what_was_shown(self, question: str, context: dict) -> FactAnswer | None:
        """An item of the cell just shown, a place of the ranking or list just shown, or that place's row asked."""
        if (cell := self.nth_of_cell(normalize(question), context)) is not None:
            return cell
        if (above := self.level_above_shown(question, context)) is not None:
            return above
        if (top := self.top_of_listed(normalize(question), context)) is not None:
            return top
        if (over := self.over_the_listed(normalize(question), context)) is not None:
            return over
        if (one := self.row_of_shown_by_word(normalize(question), context)) is not None:
            return one
        if (m := _ORDINAL.match(compact(normalize(question)))) and (nth := self._nth(m, context)):
            return nth
        if (from_end := self.nth_from_end(normalize(question), context)) is not None:
            return from_end
        if context.get("ranked_groups") and (end := _GROUPS_OTHER_END.fullmatch(compact(normalize(question)))):
            # "购买服务最多的单位" → "最少的呢": the other end of the groups just ranked, never of one group's rows
            order = [(name, list(ids)) for name, ids in context["ranked_groups"]]
            sums = [sum(f["number"] or 0 for f in self.idx.facts(ids)) for _, ids in order]
            order = [o for _, o in sorted(zip(sums, order, strict=True), key=lambda x: x[0], reverse=bool(end.group("max")))]
            return self.group_at_place(order, 1, "max" if end.group("max") else "min")
        return self._nth_named(question, context)

    def _last_in_unit(self, question: str, context: dict) -> FactAnswer | None:
        """"石桥镇合计" → "换算成万元", "折合多少万元呢": the figure just shown again, which _in_unit_asked then
        gives in the unit asked too; None unless the question asks only a unit and one to four figures were just shown."""
        if not _UNIT_ONLY.fullmatch(compact(normalize(question))):
            return None
        shown = self.idx.facts(list(context.get("last") or ())[:4])  # (after a list: its sum or each? not said)
        if not shown or any(f["number"] is None for f in shown):
            return None
        text = "；".join(compose.fact_value(_name(f), _shown(f)) for f in shown) + _cite(self.idx, shown)
        return FactAnswer("answered", text, shown)  # (the answer's caller adds each figure in the unit asked)

    def _nth_named(self, question: str, context: dict) -> FactAnswer | None:
        """"青溪 工程类项目" → "第二个多少万 其中其他资金多少": the row at that place of the list just shown, asked
        the rest of the question (in its own table); None unless a list was shown and the rest asks something."""
        m = _NTH_ASKED.match(compact(normalize(question)))
        ranked, listed = context.get("ranked") or [], not context.get("ranked")
        if m is None or not ranked and not context.get("listed"):
            return None
        if listed:  # a list shown (设备购置类有哪些项目): its rows in its order, each once
            ranked = list({self._row_key(f): f for f in context["listed"]}.values())
        n = ordinals.place_number(m.group(1)) or 0
        if not 1 <= n <= len(ranked):
            return None
        f = self.idx.facts([ranked[n - 1]])[0]
        row = (f["row_labels"] or "").split(query.FACT_SEP)[-1]
        rest = question[question.index(m.group(2)):] if m.group(2) in question else m.group(2)
        fa = self._answer(row + rest, [f["document_id"]], None)
        if listed and fa is not None and any(self._row_key(x["id"]) != self._row_key(f["id"]) for x in fa.facts):
            return None  # (the row's name asked again fits other rows too: not this place's answer)
        if fa is not None and fa.status == "answered" and not fa.ranked:
            fa.ranked = list(ranked)  # "第一个…" → "第二个…": still the places of the list shown
        return fa if fa is not None and fa.status == "answered" else None

    def _balance_or_against_a_year(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """收支差额 of a department's tables, or a figure against the line of a year before the table's own."""
        if fq.balance and (fq.departments or fq.subject_docs or len({self.idx.docs[d].department for d in docs}) == 1):
            return self.balance(fq, docs) or FactAnswer("unknown", compose.NO_BALANCE)
        return self._against_a_line_of_that_year(fq, docs)

    def _against_a_line_of_that_year(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """"项目总预算比2018年增加多少" of a 2020 table printing 2018's budget as a line of its own (2018年预算金额):
        the figure named, of the table's year, less the one line of the year said whose words (预算) the name
        holds; None when not exactly one figure each."""
        idx = self.idx
        if "diff" not in fq.ops or len(docs) != 1 or len(fq.mentions) != 1 or fq.leftover or fq.mentions[0].start < 0:
            return None
        own, m = idx.docs[docs[0]].year, fq.mentions[0]
        said_years = set(fq.years)
        if len(said_years) == 2 and own in said_years:
            said_years.discard(own)  # "2020项目预算比2019年": the table's own year said with the other
        said_years = said_years or {own + off for off in fq.relative_year if own is not None}  # 比2019年 read as 上年
        if own is None or len(said_years) != 1 or own in said_years:
            return None
        year = said_years.pop()
        named = self._named_of_own_year(m, docs[0], own)
        if named is None:
            return None
        fit = self.line_of_year(docs[0], year, fq.text[m.start:m.end], named["unit"])
        if fit is None:
            return None
        return self.diff([named, fit], [], [own, year], fq.growth)

    def _named_of_own_year(self, m: Mention, doc: int, own: int) -> dict | None:
        """The one figure a label said names in its table's own year: "项目预算" fits 项目总预算, 项目当年预算
        and the lines under 项目支出明细预算 — the lines it names whole and the totals, when they agree."""
        idx = self.idx
        named = [f for f in idx.facts([x for k in m.keys for x in idx.label_facts_in(k, doc)
                                       if idx.fact_year[x] == own][:50])
                 if f["number"] is not None]
        if len({f["number"] for f in named}) > 1:
            named = [f for f in named if _own_row(f) in m.keys or _is_total(_own_row(f))]
        named.sort(key=lambda f: (_own_row(f) not in m.keys, f["sheet"] or "", f["page"] or 0, f["line"] or 0, f["cell"] or ""))
        return named[0] if len({(f["number"], f["unit"]) for f in named}) == 1 else None

    # What a name may say besides the word of a year's line ("项目总预算" of 2019年预算金额): the whole, never a part.
    _WHOLE_WORDS = re.compile(r"(?:项目|专项|总|全部|当年|本年|全年|年度|整体|部门|单位|合计|总计|的)*")

    def line_of_year(self, doc: int, year: int, said: str, unit: str | None = None) -> dict | None:
        """The one line a table prints for a year not its own ("2019年预算金额" in a 2020 申报表) whose word
        (预算) the name said holds, the rest of the name saying only the whole (项目总预算, 项目预算); None
        when not exactly one."""
        idx = self.idx
        dated = idx.facts([x for x in idx.docs[doc].facts if idx.fact_year[x] == year][:200])
        fits = []
        for f in dated:
            w = re.sub(r"(?:19|20)\d\d年度?|金额$|数$", "", _own_row(f))
            if f["number"] is not None and (unit is None or f["unit"] == unit) and len(w) >= 2 and w in said \
                    and self._WHOLE_WORDS.fullmatch(said.replace(w, "", 1)):
                fits.append(f)
        return fits[0] if len(fits) == 1 else None

    def _line_of_the_year_said(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """"东湖分局2019年项目总预算" of a 2020 申报表 printing 2019's budget as a line of its own (2019年预算金额):
        that line, named as printed; None unless one table of the docs has that year's one such line."""
        idx = self.idx
        if fq.ops or len(fq.mentions) != 1 or fq.leftover or fq.mentions[0].start < 0:
            return None
        asked = set(fq.years) | {(idx.docs[d].year or 0) + off for d in docs for off in fq.relative_year if idx.docs[d].year}
        if len(asked) != 1:
            return None
        year = asked.pop()
        holding = [d for d in docs if idx.docs[d].year not in (None, year) and year in idx.doc_years.get(d, ())]
        if len(holding) != 1:
            return None
        m = fq.mentions[0]
        fit = self.line_of_year(holding[0], year, fq.text[m.start:m.end])
        return self.values([fit], []) if fit is not None else None

    def _by_longer_row_name(self, fq: FactQuestion, docs: list[int], years: list[int]) -> FactAnswer | None:
        """"信息化建设执行率比序时进度差多少": a row said by the end of its name (医疗卫生信息化建设) where the row
        called exactly that (another table's) prints none of the columns asked: the one row ending so whose
        table does; None when there is not exactly one."""
        idx = self.idx
        said = [m for m in fq.mentions if m.start >= 0 and m.exact and m.keys <= idx.row_label_keys]
        if len(said) != 1 or len(fq.mentions) < 2 or len(fq.text[said[0].start:said[0].end]) < 4:
            return None
        m, text, own = said[0], fq.text[said[0].start:said[0].end], set(docs)
        if text not in m.keys:
            return None  # the row is said by its own whole name only
        longer = {k for k in idx.gram_keys.get(text[-2:], ()) if k.endswith(text) and k != text
                  and k in idx.row_label_keys and any(idx.fact_doc[f] in own for f in idx.label_facts.get(k, ())[:50])}
        if not longer:
            return None
        before = [set(x.keys) for x in fq.mentions]  # _match may widen the mentions' keys: put back on failure
        m.keys = longer
        ids, groups = self._match(fq, docs, years)
        if not ids or len({_own_row(f) for f in idx.facts(ids[:400])}) != 1:
            for x, keys in zip(fq.mentions, before, strict=True):
                x.keys = keys
            return None
        return self._over_facts(fq, ids, groups, years, None)

    def _by_department(self, question: str, doc_ids: list[int] | None,
                       context: dict | None) -> tuple[FactAnswer | None] | None:
        """A short name several departments share (asked which, or the one answering), or several
        departments named (each answered); None when the question names one department or none."""
        if context and context.get("departments") and self._rows_of_the_talk(self.peek(question), context):
            return None  # "人社局呢" after 柏山区's table of its departments: that table's row, read in context
        one = self._one_department_of(question, doc_ids, context)
        if one is not None:
            return one
        idx, named = self.idx, list(self.peek(question).departments)
        if not named and not (context and context.get("departments")) \
                and (every := self._every_department(question, doc_ids)) is not None:
            return (every,)
        if len(named) >= 2 and all(any(idx.docs[d].facts for d in idx.dept_docs.get(n, ())) for n in named):
            return (self._per_department(question, named, doc_ids),)
        return None

    def _one_department_of(self, question: str, doc_ids: list[int] | None,
                           context: dict | None) -> tuple[FactAnswer | None] | None:
        """A short name several departments share ("卫健局", "财政局"): of those sharing the place of the
        conversation's department, the one whose tables answer the question; several -> ask which (never
        pick one); none -> nothing from the facts. None when every name said fits one department."""
        fq = self.peek(question)  # copied only when kept as the last reading
        shared = [(form, ds) for form, ds in fq.dept_names if len(ds) > 1]
        count = _counted(fq.text, shared[0][0]) if shared else None
        if count is not None and count not in (0, len(shared[0][1])):
            # "两个人社局…加起来" with three 人社局 loaded: which two is not said
            self.last = copy.deepcopy(fq)
            return (FactAnswer("clarify", compose.which_department(shared[0][1]), [], options=shared[0][1][:10]),)
        if not shared or fq.foreign_org or _EVERY_ONE.search(fq.text) or count is not None:
            return None  # "普陀两个部门…", "两个普陀的…", "…分别多少": every department the name fits
        form, ds = shared[0]
        if context and context.get("departments"):
            ds = narrow_by_place(ds, context["departments"])
        ds = self._holding_rows_said(fq, ds)
        found, asked_back = [], []
        for dept in ds:
            asked = _named_of(self.idx, question, form, dept)
            if [f for f, again in self.peek(asked).dept_names if len(again) > 1][:1] == [form]:
                continue  # (the short name still read first in the question so named: asking it would never end)
            fa = self.answer_named(asked, doc_ids, context)
            if fa is not None and (fa.status == "answered" or len(ds) == 1):
                found.append((dept, fa))
            elif fa is not None and fa.status == "clarify" or fa is None and not (fq.mentions or fq.leftover or fq.ops):
                asked_back.append(dept)  # (nothing asked but the departments' tables: "普陀的部门决算")
        if doc_ids and len(doc_ids) == 1 and len(found) > 1 and found[0][1].facts \
                and len({tuple(sorted(f["id"] for f in fa.facts)) for _, fa in found}) == 1:
            found = found[:1]  # one table asked, the same row answering for each: one answer, never two options
        if len(found) > 1 and (place := _the_place_itself(form, [d for d, _ in found])):
            found = [x for x in found if x[0] == place]  # "平湖行政编制总数": 平湖市's own table, not its bureau's row
        if len(found) == 1:
            return (found[0][1],)
        self.last = copy.deepcopy(fq)
        if not found and len(asked_back) == len(ds) > 1:
            # "普陀的部门决算": each department's tables fit only as a whole (which line is asked back of
            # each): which department comes first
            return (FactAnswer("clarify", compose.which_department(ds), [], options=ds[:10]),)
        if not found:
            return (None,)
        names = [d for d, _ in found]
        if len(found) <= 4 and all(fa.status == "answered" and 0 < len(fa.facts) <= 2
                                   and all(f["number"] is None and len(f["value"]) <= 20 for f in fa.facts) for _, fa in found):
            # "人社局那个项目的负责人是谁": a short text of each department's table (a name, a phone), each with
            # its source, in one short message rather than a question back.
            return (FactAnswer("answered", "\n".join(fa.text for _, fa in found), [f for _, fa in found for f in fa.facts]),)
        # "普陀住房公积金决算多少": each department's own one-line answer beside its name, as when no place is said
        lines = [fa.text for _, fa in found] if len(found) <= 4 and all("\n" not in fa.text for _, fa in found) else []
        return (FactAnswer("clarify", compose.which_department(names, lines), [f for _, fa in found for f in fa.facts]
                           if lines else [], options=names),)

    def answer_named(self, asked: str, doc_ids: list[int] | None, context: dict | None,
                     only: list[str] | None = None) -> FactAnswer | None:
        """The answer to a question asked again of one department a short name fits ("永康市财政局公务接待费决算多少"
        of "财政局…"), as the turn reads it: its line of a table of departments first (dept_units: the office that
        drew a place's table up and is listed in it is its 小计 there, never the table's 合计), else the labels'."""
        if doc_ids is None and (line := self._line_of(asked)) is not None:
            return line
        return self.answer(asked, doc_ids, context, only=only)

    def _line_of(self, asked: str) -> FactAnswer | None:
        """A question naming one department read as its line of a table of departments (dept_units), or None."""
        return dept_units.answer(self.idx, self.peek(asked), None, None, compact(normalize(asked)))

    def _named_only(self, question: str, dept: str) -> str:
        """The question asked of one of the departments it names ("两个财政局…", "永康市财政局和青禾县财政局…分别"),
        as of that one alone: its full name before what is asked of them, the departments said (with what counts
        or joins them) and 分别 left out ("永康市财政局公务接待费决算多少")."""
        fq = self.peek(question)
        text = fq.text
        for s, e, _ in sorted(fq.dept_spans, reverse=True):
            text = text[:s] + "\0" + text[e:]
        text = re.sub(r"(?:(?:两|三|四|几|各|每)个?)?\0(?:(?:和|与|及|跟|、)\0)*", "\0", text)
        return dept + re.sub(r"分别|各自|\0", "", text)

    def _holding_rows_said(self, fq: FactQuestion, ds: list[str]) -> list[str]:
        """"浏阳一中2025年执行了多少": of the departments a short name fits, those whose tables print the rows said
        by their own unit names (一中: 第一中学 of the 财政局's table) — a department without it would answer as if the
        row were not said (its own 执行数); all of them when none prints it or no row is said so."""
        idx = self.idx
        said = [m for m in fq.mentions if m.start >= 0 and m.exact and m.keys and m.keys <= idx.row_label_keys
                and all(is_entity_label(k) for k in m.keys)]  # (a unit: 满意度 is no row a department lacks)
        if not said:
            return ds
        holding = [d for d in ds if all(any(m.keys & idx.doc_keys.get(doc, set()) for doc in idx.dept_docs.get(d, ()))
                                        for m in said)]
        return holding or ds

    def _clauses(self, question: str, parts: list[str], doc_ids: list[int] | None,
                 context: dict | None) -> FactAnswer | None:
        """"X多少人，下属几个单位": each clause on its own, the later ones in the context of the earlier.
        None when the first clause is not the facts' (the whole question is then read as one)."""
        whole = read_question(question, self.idx)
        ctx = {"departments": whole.departments, **(context or {})}
        out: list[FactAnswer] = []
        for k, part in enumerate(parts):
            if out and _CHANGE_ASKED_BARE.fullmatch(compact(normalize(part))) and out[-1].facts and all(
                    CHANGE_COLUMN.search(f["col_labels"] or "") for f in out[-1].facts):
                continue  # "哪一类比上年减少了，减多少": the change just shown is how much
            fa = self.answer(part, doc_ids, ctx, clauses=False)
            if fa is not None and out and fa.facts and _SAME_ROW_ASKED.search(compact(normalize(part))) \
                    and {f["id"] for f in fa.facts} == {f["id"] for f in out[-1].facts}:
                fa = None  # "预算多少，实际花了多少" (its 决算 cell blank) answered by the 预算 again: not found
            if fa is None or fa.status != "answered":
                if out:  # a later clause the tables cannot answer: say so, never drop it silently
                    self.last = whole
                    return FactAnswer("unknown", compose.clause_not_found([a.text for a in out], part.strip()), [])
                return None
            out.append(fa)
            # (the figures it showed are the conversation's last: "哪项支出最多，占支出总计多少" shares that one)
            ctx = {"departments": sorted({f["department"] for f in fa.facts}) or whole.departments,
                   "rows": _row_context(fa.facts)}
            if len(fa.facts) == 1 and _SAME_ROW_ASKED.search(compact(normalize(parts[k + 1] if k + 1 < len(parts) else ""))):
                ctx["last"] = [fa.facts[0]["id"]]  # "预算多少，实际花了多少": the figure shown, its row's other column
            shown = [f for f in fa.facts if f["number"] is not None]
            if (len(shown) == 1 or fa.ranked and shown) and k + 1 < len(parts) \
                    and _WHOLE_ONLY.match(compact(normalize(parts[k + 1]))):
                ctx["last"] = [fa.ranked[0] if fa.ranked else shown[0]["id"]]  # "…多少，占比多少": of that figure
        self.last = whole
        return FactAnswer("answered", "\n".join(a.text for a in out), [f for a in out for f in a.facts])

    def _whole_of_table_asked(self, fq: FactQuestion) -> bool:
        """"人居环境整治专项资金总共多少": the table named by its title's words alone, its total asked (so is
        "水利局2026年三公经费": a year and the table's subject, nothing else said)."""
        return not fq.total and bool(fq.subject_docs) and not fq.leftover \
            and bool(_WHOLE_ASKED.search(fq.text) or fq.years and not fq.rest.strip() and not fq.mentions) \
            and not (fq.period or fq.rate or fq.remaining or fq.excess or fq.level or fq.cmp or fq.per_head) \
            and not {"max", "min", "list", "count", "diff", "ratio"} & set(fq.ops) \
            and all(any(v in compact(self.idx.docs[d].form or "") for d in fq.subject_docs) for v in fq.values)

    def _without_labels(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """A question naming no label: rows holding a value it says, a department's overview, or what is
        left to do of the table's own plan; otherwise not the facts' question."""
        if self._whole_of_table_asked(fq):
            fq.total, fq.values = True, []
        if fq.values and not _ROW_NOUN_LEFT.sub("", fq.leftover).strip():
            return self.having_values(fq, docs)  # "公开招标的有几个项目": the rows are what is counted
        if (made := self.made_by(fq, docs)) is not None:
            return made
        if (changed := self.changed_at_level(fq, docs)) is not None:
            return changed
        if fq.period and (fq.departments or fq.subject_docs) and not fq.leftover and not fq.remaining:
            # "卫健委前三季度一共支出了多少": the period's column (or its quarters) on the table's total row.
            return self._period_of_table(fq, docs)
        if fq.total and not fq.leftover and (fq.departments or fq.subject_docs) and not fq.rate:  # (总体完成…: the rate)
            if "diff" in fq.ops and (fq.relative_year or len(set(fq.years)) == 2):
                # "基本支出总额比上年增长多少": the total row's two years, as a named row's would be
                row = self._total_row(docs)
                if len(set(fq.years)) == 2 and {self.idx.fact_year[f] for f in row} < set(fq.years):
                    # each year's own sheet ("2025年预算" beside "2024年实际支出"): each one's total
                    row = self._total_of_years(docs, fq.years)
                    return self._over_facts(fq, row, [], list(fq.years), None) if row else None
                return self._change_of_total_row(fq, row)
            if "diff" in fq.ops and not fq.years:
                # "霞浦总支出增长了多少": the change the total row prints (增减额), never its level standing for it
                row = self._total_row(docs)
                changes = [f for f in self.idx.facts(row) if _CHANGE_COLUMN.match(f["col_labels"] or "")]
                return self.values(changes, []) if changes else self._change_of_total_row(fq, row)
            return self._table_total_of_year(fq, docs)
        if re.fullmatch(r"预算|预算数|预算金额", fq.leftover) and (fq.ops or fq.level) and fq.departments:
            # "哪个项级科目预算最多" of a budget table whose columns are 合计 / 基本支出 / 项目支出: its total column.
            ids = self._budget_column(docs)
            if ids:
                fq.leftover = ""
                return self._over_facts(fq, ids, [], [], None)
        if fq.level and not fq.under and not fq.leftover \
                and (of_level := self._lines_of_level(fq, docs)) is not None:
            return of_level
        if fq.departments and re.search(r"概况|概要|基本情况|总体情况|简介|介绍", fq.text):
            return self.overview(docs)
        if "diff" in fq.ops and (fq.relative_year or len(set(fq.years)) == 2) and not fq.leftover \
                and (fq.departments or fq.subject_docs) and not fq.level:
            # "2024比2023年总共增加多少" of a table of two years: the change its total row prints (never of
            # "哪一类…减少了": a total is no class); "哪些科目2025年比2024年减少了": the rows whose change fell.
            if self._which_changed_asked(fq):
                own = sorted(f for d in docs for f in self.idx.docs[d].facts)[:2000]
                return self._rows_that_changed(fq, self.idx.facts(own)) if own else None
            if (printed := self._change_on_total_rows(fq, docs)) is not None:
                return printed
            if (row := self._total_row(docs)) and (not fq.years or self._row_of_years(row, fq.years)):
                # "霞浦今年比去年增加多少": the total row's 本年 (its 小计 of 基本/项目) against its 上年 column;
                # "2025年三公比2024年少了多少": its columns of the two years said (each year's 合计 column)
                return self._change_of_total_row(fq, self._total_columns(row) if fq.years else row)
        if fq.rate and (fq.departments or fq.subject_docs) and not fq.leftover and (top := self._top_rate_row(docs)):
            return self.rate(fq, top)  # "财政局完成年初预算百分比": the department's own row of its 决算
        return self._bound_on_the_amount(fq) or self._worked_out_of_table(fq, docs)

    def _bound_on_the_amount(self, fq: FactQuestion) -> FactAnswer | None:
        """"泸溪衔接项目里超过一百万的有哪些": a bound in money and no column said, over the one table named: its
        rows' amounts, the one money column that totals the others (资金规模合计) or the only one; None
        otherwise (two totals, or none, and nothing says which)."""
        if not (fq.cmp and fq.number is not None and fq.number_unit in ("万", "亿", "元") and len(fq.subject_docs) == 1
                and {"list", "count"} & set(fq.ops)) or fq.leftover or fq.percent:
            return None
        doc = next(iter(fq.subject_docs))
        money: dict[str, list[int]] = defaultdict(list)
        for f in self.idx.facts(sorted(self.idx.docs[doc].facts)[:5000]):
            if f["number"] is not None and f["unit"] in _MONEY_UNITS:
                money[f["col_labels"] or ""].append(f["id"])
        cols = list(money) if len(money) == 1 else \
            [c for c in money if _is_total(label_key(c.split(query.FACT_SEP)[-1])) or re.search(r"合计$|小计$|总计$", c)]
        return self._over_facts(fq, money[cols[0]], [], [], None) if len(cols) == 1 else None

    def _total_columns(self, row: list[int]) -> list[int]:
        """The row's cells under a total column (2025年预算数 › 合计), when it has such a column; else the row."""
        total = [f["id"] for f in self.idx.facts(row)
                 if _is_total(label_key((f["col_labels"] or "").split(query.FACT_SEP)[-1]))]
        return total or row

    def _row_of_years(self, row: list[int], years: list[int]) -> bool:
        """Whether the row prints a figure of every year said (a table of years as columns)."""
        return set(years) <= {self.idx.fact_year.get(f) for f in row}

    def _change_of_total_row(self, fq: FactQuestion, row: list[int]) -> FactAnswer | None:
        """The change of the table's total row over the year before (上年 said, or 今年比去年): its two years'
        figures (本年 as its 小计, never 基本支出 or 项目支出 alone); None unless both are printed — never the
        row's figures of this year standing for their change."""
        if not row:
            return None
        years = sorted({y for f in row if (y := self.idx.fact_year.get(f)) is not None}, reverse=True)
        if fq.years:
            return self._over_facts(fq, row, [], [], None)
        fa = self._over_facts(fq, row, [], years if len(years) == 2 else [], None)
        if fa is not None and fa.status == "answered" and not _CHANGE_SHOWN.search(fa.text):
            return FactAnswer("unknown", compose.change_not_found(), settled=True)
        return fa

    def _table_total_of_year(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """The table's total (table_total); "2024年营养改善计划总额" of a 2025 table that prints no 2024 figure: that
        year is not held, never the table's own year's total instead."""
        if fq.subject_docs and not fq.subject_docs & set(docs):
            # "民政局2024年项目支出多少": the table named (项目支出) is none of these; another table's total (its
            # 基本支出经济分类表's) never stands for it — the named table's years, else not this step's question
            named = sorted({y for d in fq.subject_docs if d in self.idx.docs and (y := self.idx.docs[d].year)})
            missing = sorted(set(fq.years) - set(named))
            return FactAnswer("unknown", compose.years_not_held(missing, named), settled=True) \
                if missing and named else None
        held = sorted({y for d in docs for y in (self.idx.doc_years.get(d) or {self.idx.docs[d].year or 0}) if y})
        # "上年防汛专项资金一共多少": the year before the table's own, as 2024年 would be said — never its own year's total
        # (去年 said of a self-evaluation looking back on its year is that year: see turn._missing_year)
        asked = set(fq.years) | {y + off + (1 if off < 0 and self.idx.looks_back([d]) else 0)
                                 for d in docs if (y := self.idx.docs[d].year) for off in fq.relative_year}
        if asked and held and not asked & set(held):
            return FactAnswer("unknown", compose.years_not_held(sorted(asked), held), settled=True)
        return self.table_total(docs, sorted(asked) or None)

    def _worked_out_of_table(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """A step of _without_labels: what is worked out of the whole table — a plan's share done by the year's
        end, the points lost, what is left to do of its own plan; None when the question asks none of these."""
        whole = fq.departments or fq.subject_docs
        if not (fq.by_year_end and (whole or not fq.mentions) or (fq.deducted or fq.remaining or fq.excess)
                and whole and not fq.leftover):
            return None
        every = self.idx.facts(sorted(f for d in docs for f in self.idx.docs[d].facts)[:2000])
        grand = [f for f in every if _is_grand_total(label_key(_own_row(f)))]
        if fq.by_year_end:
            # "到2025年底这些项目累计能完成总投资的百分之多少": of the plan's 合计 row
            return self.done_by_year_end(grand) if grand else None
        if fq.deducted:
            # "望江镇一共扣了多少分", "哪个指标扣分最多": the points lost over the table's rows
            return self.deducted(fq, every)
        # "就业补助资金还有多少没执行": the table's own plan and done figures — of its grand total row when
        # it has one (no row named: the whole table).
        of_grand = self.remaining(fq, grand) if grand else None
        return of_grand if of_grand is not None and of_grand.status == "answered" else self.remaining(fq, every)

    def _change_on_total_rows(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """The change printed on each table's first grand-total line (a step of _without_labels: a
        difference of two years asked of the whole table); None when no such line prints one."""
        totals = [f for d in docs for f in self.idx.docs[d].facts if self.idx.fact_nrows.get(f, 0) == 1
                  and _is_grand_total(self.idx.fact_keys[f][0])]
        first: dict[int, int] = {}
        for f in totals:
            first.setdefault(self.idx.fact_doc[f], self.idx.facts([f])[0]["line"])
        rows = [x for x in self.idx.facts(totals[:200]) if x["line"] == first[x["document_id"]]]
        return self._printed_change(fq, rows) if rows else None

    def _tables_coded_at_level(self, fq: FactQuestion, docs: list[int]) -> list[int] | FactAnswer | None:
        """"哪个项级科目最大" naming no department: the lines of that level are ranked, counted or listed within
        one table coded by subject — the one coded table (of those in scope) that prints the column said
        (预算 of 2025年预算数); several such tables of different departments: which is asked, never one picked nor
        their lines ranked together. None when the question is no such ask or no table is coded at that level."""
        if not fq.level or fq.under or fq.departments or fq.subject_docs \
                or not {"max", "min", "list", "count"} & set(fq.ops):
            return None
        idx, code = self.idx, re.compile(rf"^\d{{{_LEVEL_DIGITS[fq.level]}}}(?!\d)")
        said = [fq.text[m.start:m.end] for m in fq.mentions if 0 <= m.start < m.end]
        coded: dict[int, bool] = {}
        for d in docs:
            lines = [f for f in idx.docs[d].facts if any(code.match(k) for k in idx.row_keys(f))]
            if lines:  # (the column said, by the words the question says of it)
                coded[d] = not said or any(w in compact(f["col_labels"] or "") for f in idx.facts(lines[:400])
                                           for w in said)
                # "2025年增幅最大的类": of the coded tables printing that year, never a 2024 决算's lines
                coded[d] = coded[d] and (not fq.years or any(idx.fact_year[f] in fq.years for f in lines))
        fit = [d for d, has in coded.items() if has]
        if len(coded) < 2 or not fit:
            return None
        names = sorted({idx.docs[d].department for d in fit})
        if len(names) > 1:
            return FactAnswer("clarify", compose.which_department(names), [], options=names[:10])
        return fit

    def _lines_of_level(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """The lines of the level asked of a department's tables coded by subject: those whose printed change
        fell or rose ("哪一类支出比上年减少了"), or listed, counted, ranked ("某局类级科目有哪些")."""
        code = re.compile(rf"^\d{{{_LEVEL_DIGITS[fq.level]}}}(?!\d)")
        ids = [f for d in docs for f in self.idx.docs[d].facts if any(code.match(k) for k in self.idx.row_keys(f))]
        if not fq.departments and len({self.idx.fact_doc[f] for f in ids}) != 1:
            return None  # no department named: only when one table alone is coded at that level
        kind = re.search(r"哪(?:一|些|几)?[类款项](收入|支出)", fq.text) if fq.level_loose else None
        if ids and kind and not any(kind.group(1) in (f["section"] or "") + (f["sheet"] or "") + (f["form"] or "")
                                    for f in self.idx.facts(ids[:1])):
            ids = []  # "哪一类收入" asked while the coded table is of 支出
        if "diff" in fq.ops and ids and {"max", "min"} & set(fq.ops) \
                and (ranked := self._lines_ranked_by_change(fq, ids)) is not None:
            return ranked
        if "diff" in fq.ops and ids and (changed := self._rows_that_changed(fq, self.idx.facts(ids[:400]))) is not None:
            return changed
        if fq.level_loose and "diff" in fq.ops:
            return self._uncoded_lines_changed(fq, docs)  # (no coded lines print a change)
        if not ids:
            return None
        if {"list", "count", "max", "min"} & set(fq.ops):
            return self._over_facts(fq, ids, [], list(fq.years), None)
        return None

    def _lines_ranked_by_change(self, fq: FactQuestion, ids: list[int]) -> FactAnswer | None:
        """"2025年增幅最大的类是哪个": the lines of the level ranked by the change their table prints — its rate
        column (增减%) when a rate is said (增幅, 增长率, 百分), else its amount (增减额), else whichever it prints.
        None when the lines print no change (the change is then worked out elsewhere, or not at all)."""
        facts = [f for f in self.idx.facts(ids[:2000]) if f["number"] is not None
                 and _CHANGE_PRINTED.search(compact(f["col_labels"] or ""))]
        rates = [f for f in facts if f["unit"] == "%" or re.search(r"[率幅%％]", f["col_labels"] or "")]
        amounts = [f for f in facts if f not in rates]
        rate_said = re.search(r"[率幅%％]|百分", fq.text)
        chosen = (rates or amounts) if rate_said else (amounts or rates)
        if not chosen or len({f["col_labels"] for f in chosen}) != 1:
            return None  # (two change columns of one kind: which is meant is not said)
        return self.extreme(fq, chosen)

    def _lines_with_only(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """"商品和服务支出里哪些明细只有项目支出没有基本支出": the lines under the line named (by subject code or
        numbering) that print a figure in the one column and none (blank or 0) in the other."""
        asked = _ONLY_HAS.search(fq.text)
        if asked is None or "list" not in fq.ops and "count" not in fq.ops:
            return None
        said = [m for m in fq.mentions if m.start >= 0]
        has = [m for m in said if asked.start(1) <= m.start < asked.end(1)]
        lacks = [m for m in said if asked.start(2) <= m.start < asked.end(2)]
        heads = [m for m in said if m.end <= asked.start()]
        if len(has) != 1 or len(lacks) != 1 or len(heads) != 1 or not has[0].keys <= self.idx.col_keys \
                or not lacks[0].keys <= self.idx.col_keys:
            return None
        idx = self.idx
        rows = [f for k in heads[0].keys for f in idx.label_facts.get(k, ()) if idx.fact_doc[f] in docs
                and idx.fact_nrows.get(f, 0) and idx.fact_keys[f][idx.fact_nrows[f] - 1] == k][:200]
        facts = [f for f in idx.facts(rows) if f["number"] is not None and has[0].keys & set(idx.fact_keys.get(f["id"], ()))]
        if len({self._row_key(f["id"]) for f in facts}) != 1:
            return None
        sheet = self._same_sheets(facts)
        under = self._lines_under(facts[0], sheet)
        if not under:
            return None
        hits = []
        for line in under:
            row = [x for x in idx.facts(self._row_siblings(line)) if x["row_labels"] == line["row_labels"]]
            one = [x for x in row if has[0].keys & set(idx.fact_keys.get(x["id"], ())) and x["number"]]
            other = [x for x in row if lacks[0].keys & set(idx.fact_keys.get(x["id"], ())) and x["number"]]
            if one and not other:
                hits.append(one[0])
        text = compose.lines_with_only(_own_row(facts[0]), fq.text[has[0].start:has[0].end],
                                       fq.text[lacks[0].start:lacks[0].end],
                                       [compose.fact_value(_name(x), _shown(x)) for x in hits], len(under))
        return FactAnswer("answered", text + _cite(idx, hits or facts), hits or facts, negated=True)

    def _lines_not_of(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """"非财政拨款收入有哪些": the 收入 lines of one table column whose names do not say 财政拨款 (nor a total),
        listed or added up; never where a line is itself named so (非税收入)."""
        asked = _NOT_OF.search(fq.text)
        if asked is None or not (fq.departments or fq.subject_docs):
            return None
        idx, word, kind = self.idx, asked.group(1), asked.group(2)
        if any("非" + word in k for d in docs for k in idx.doc_keys.get(d, ())):
            return None
        every = idx.facts(sorted(f for d in docs for f in idx.docs[d].facts)[:3000])
        said = [f for f in every if f["number"] is not None and kind in (own := label_key(_own_row(f)))
                and not _is_total(own)]
        if not any(word in label_key(_own_row(f)) for f in said):
            word = word[-2:]  # 财政拨款 of lines saying 一般公共预算拨款, 政府性基金预算拨款: their 拨款
        lines = [f for f in said if word not in label_key(_own_row(f))]
        if not lines or len(lines) == len(said) or len({(f["document_id"], f["sheet"], f["page"] if not f["sheet"] else 0,
                                                        f["col_labels"], f["row_heads"]) for f in said}) != 1:
            return None
        return self.sum(lines) if "sum" in fq.ops else self.listing(lines)

    def _kind_contradicted(self, fq: FactQuestion) -> FactAnswer | None:
        """"彩票公益金收入": a name said in part and 收入 (支出) said right after it, while every line the name fits
        is of the other kind (彩票公益金安排的支出): no line the question names, never that line nor a 收入总计."""
        said = sorted((m for m in fq.mentions if m.start >= 0), key=lambda m: m.start)
        for a, b in zip(said, said[1:], strict=False):
            word = fq.text[b.start:b.end]
            if b.start != a.end or word not in ("收入", "支出") or a.exact:
                continue
            other = "支出" if word == "收入" else "收入"
            rows = sorted(k for k in a.keys if k in self.idx.row_label_keys)
            if rows and all(other in k and word not in k for k in rows):
                return FactAnswer("unknown", compose.kind_not_of_line(fq.text[a.start:b.end], rows[0], other))
        return None

    def _uncoded_lines_changed(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """"哪一类收入比上年减少了" of a table without subject codes: its lines (heads and items, never a total)
        whose printed change fell or rose — of the one table printing a change, or the one whose title says
        the kind asked (收入 / 支出)."""
        every = self.idx.facts(sorted(f for d in docs for f in self.idx.docs[d].facts)[:3000])
        changes = [f for f in every if f["number"] is not None and f["unit"] != "%"
                   and re.match(r"(?:增减|增长|增加|减少|变动|变化|比上年)", f["col_labels"] or "")]
        tables: dict[tuple, list[dict]] = defaultdict(list)
        for f in changes:
            tables[(f["document_id"], f["sheet"], f["page"] if not f["sheet"] else 0)].append(f)
        kind = re.search(r"哪(?:一|些|几)?[类款项](收入|支出)", fq.text)
        if kind:  # "哪一类支出" is never answered from a table of 收入
            tables = {k: v for k, v in tables.items()
                      if kind.group(1) in (v[0]["section"] or "") + (v[0]["sheet"] or "") + (v[0]["form"] or "")}
        if len(tables) != 1:
            return None
        [facts] = tables.values()
        return self._rows_that_changed(fq, facts[:1])

    def _title_words_left(self, fq: FactQuestion, ids: list[int]) -> None:
        """"白沙一共多少个投资项目": a word left over that the tables' own title says with the rows' noun
        (政府投资项目计划表) names the tables, not a part of their rows."""
        if not fq.leftover or not ids:
            return
        idx = self.idx
        docs = [idx.docs[d] for d in {idx.fact_doc[f] for f in ids[:400]} if d in idx.docs]
        forms, printed = [compact(d.form) for d in docs], [(d.form or "").lower() for d in docs]
        # (or its short name the title prints in brackets, 政府和社会资本合作（PPP）: "PPP 2026年支出责任")
        fq.leftover = " ".join(w for w in fq.leftover.split() if not (
            forms and len(w) >= 2 and all(re.search(re.escape(w) + r"(?:项目|单位|科目)", form) for form in forms)
            and re.search(re.escape(w) + r"(?:的)?(?:项目|单位|科目)", fq.text)
            or printed and len(w) >= 2 and all(re.search(rf"[（(]{re.escape(w)}[)）]", form) for form in printed)))

    def _two_rows_same(self, fq: FactQuestion, ids: list[int]) -> FactAnswer | None:
        """"收入总计和支出总计一样吗" (two rows named, each by a mention of its own, of one table): whether the
        rows' figures are equal — each row's whole (its 合计 column, or its one figure), never columns compared
        inside a row. None unless the question names exactly two such rows."""
        idx = self.idx
        if len(fq.mentions) != 2:
            return None
        rows: dict[tuple, list[dict]] = defaultdict(list)
        for f in idx.facts(ids[:400]):
            if f["number"] is not None:
                rows[(f["document_id"], f["sheet"], f["page"], f["line"], f["row_labels"])].append(f)
        owner = []
        for key in rows:
            own = label_key((key[4] or "").split(query.FACT_SEP)[-1])
            hit = [i for i, m in enumerate(fq.mentions) if own in m.keys]
            if len(hit) == 1:
                owner.append((hit[0], key))
        if sorted(i for i, _ in owner) != [0, 1] or len({k[0] for _, k in owner}) != 1:
            return None
        wholes = []
        for _, key in sorted(owner):
            fs = rows[key]
            whole = [f for f in fs if not f["col_labels"] or _is_grand_total(label_key(
                (f["col_labels"] or "").split(query.FACT_SEP)[-1]))] if len(fs) > 1 else fs
            if not whole:  # (2024年执行数 | 2025年预算数 | 增减%: the table's own year's figure)
                year = idx.docs[key[0]].year if key[0] in idx.docs else None
                whole = [f for f in fs if f["unit"] != "%" and year and (year_of_fact(f) or f["year"]) == year]
            if len(whole) != 1:
                return None
            wholes.append(whole[0])
        a, b = wholes
        if a["unit"] != b["unit"]:
            return None
        same = a["number"] == b["number"]
        text = compose.two_rows_same((_name(a), _shown(a)), (_name(b), _shown(b)), same)
        return FactAnswer("answered", text + _cite(idx, wholes), wholes)

    def _over_facts(self, fq: FactQuestion, ids: list[int], groups: list[list[Mention]], years: list[int],
                    only: list[str] | None) -> FactAnswer | None:
        """The matched facts narrowed to what the question means (its period, its department, its year)."""
        idx, (ids, blank_elsewhere) = self.idx, self._of_the_department_with_figures(fq, ids)
        ids = self._department_line_of_its_units(fq, ids)  # (X said over X（本级） and X's units: X小计)
        if fq.cmp in ("same", "differ") and not fq.leftover and (two := self._two_rows_same(fq, ids)) is not None:
            return two
        if fq.cmp == "same" and not fq.leftover:
            return self.same_columns(idx.facts(ids[:400]))
        compared = self.column_compare(fq, groups, ids[:400])  # the facts fetched only if it applies
        if compared is not None:
            return compared
        ids = self._of_level(fq, ids) if fq.level else self._quoted_in_text(fq, ids)
        ids = self._outermost_of_each(fq, self._under_head_said(fq, ids))
        total = self._row_total(fq, ids)
        if total is not None:
            ids, fq.leftover = [total], ""
        ids = self._said_in_facts(fq, ids)
        if fq.leftover and (fall := self._which_changed_asked(fq)) and all(w in fall.group() for w in fq.leftover.split()):
            # "商品和服务支出里哪些是增加的": the change is the rows' filter, not a part of them; a word said as the
            # rows' noun ("减少的门票有哪些") is none of the filter: it stays unread, never dropped
            noun = (fall.group("noun") or "") if "noun" in fall.re.groupindex else ""
            fq.leftover = " ".join(w for w in fq.leftover.split() if len(w) >= 2 and w in noun)
        self._title_words_left(fq, ids)
        noun_left = self._noun_left_over(fq, ids)
        fq.leftover = self._detail_not_printed(fq, ids) or fq.leftover  # "具体买的什么设备": a breakdown not printed
        if fq.leftover and (stated := self.standard_stated(fq, idx.facts(ids[:50]))) is not None:
            return stated  # "每村补多少": 每村 is no part the rows lack, but the standard a text states
        fq.leftover = self._qualifier_glued(fq, ids) or _party_asked(fq) or fq.leftover
        # ("净利润" of a row printing 利润收入: 净 is another figure, never noise; the vocabulary's net_words)
        net = any(w in idx.net_words for w in fq.leftover.split())
        if fq.leftover and (len(re.sub(r"[^\u4e00-\u9fff]", "", fq.leftover)) >= 2 or re.search(r"\d{3}", fq.leftover)
                            or noun_left or net or _rate_of_a_label(fq, idx) or _LATIN_WORD.search(fq.leftover)) \
                or fq.months:
            if not fq.departments and not fq.subject_docs and len({idx.fact_doc[f] for f in ids[:400]}) > 1:
                return None  # a word nothing explains, and no table named: nothing to say about a table
            return self.not_broken_down(fq, ids)
        if fq.period:
            months = self._of_period(fq, idx.facts(ids[:400]))
            if not months and (titled := self._period_of_titled_sheet(fq, ids) or self._period_share(fq, ids)):
                return titled
            if not months:
                return self.not_broken_down(fq, ids)
            ids = [f["id"] for f in months]
        of_years = "diff" in fq.ops and bool(fq.years or fq.relative_year)
        if (fq.total or self._columns_compared(fq) and not self._which_changed_asked(fq)) \
                and (grand := self._on_total_row(ids, of_years)):
            ids = grand
        if fq.finished:
            return self.finished(fq, idx.facts(ids[:400]))
        return self._over_rows(fq, self._of_tables_with_rows_to_compare(fq, idx.facts(ids[:400])), groups, years,
                               only, blank_elsewhere)

    def _qualifier_glued(self, fq: FactQuestion, ids: list[int]) -> str:
        """"契税收入" of a table whose rows print 非税收入合计: the one character left (契) is said glued to words a
        row's name prints after another character (非 税收入), so it and they name another row, which the table
        does not hold — that name, as the word left over (never the noise of one character, answered as the
        total). "" unless one such character is left."""
        words = fq.leftover.split()
        if len(words) != 1 or not re.fullmatch(r"[\u4e00-\u9fff]", words[0]) or fq.text.count(words[0]) != 1 \
                or _FILLER.fullmatch(words[0]):
            return ""  # (那 of "那个项目", 里 of "里面": the asking's own words, never a name's first character)
        at = fq.text.index(words[0]) + 1
        if self._inside_a_word(fq.text, at - 1) or _COUNTED_BEFORE.search(fq.text[:at - 1]):
            return ""  # (社 of "东湖人社": the end of a name said short, read apart; 月 of "几月": a unit asked)
        if not re.fullmatch(r"[\u4e00-\u9fff]{2}", after := fq.text[at:at + 2]):
            return ""
        for f in self.idx.facts(ids[:400]):
            row = (f["row_labels"] or "").split(query.FACT_SEP)[-1]
            p = row.find(after)
            if p > 0 and row[p - 1] != words[0] and "\u4e00" <= row[p - 1] <= "\u9fff":
                n = len(after)
                while at + n < len(fq.text) and p + n < len(row) and fq.text[at + n] == row[p + n]:
                    n += 1
                return words[0] + fq.text[at:at + n]
        return ""

    def _inside_a_word(self, text: str, at: int) -> bool:
        """Whether the character at `at` is cut into one word with the one before it (人社 of 东湖人社)."""
        start = 0
        for word in self.idx.cut(text) if self.idx.cut is not None else ():
            if start < at < start + len(word):
                return True
            start += len(word)
        return False

    def _over_rows(self, fq: FactQuestion, facts: list[dict], groups: list[list[Mention]], years: list[int],
                   only: list[str] | None, blank_elsewhere: bool) -> FactAnswer | None:
        """A step of _over_facts: the facts of the rows meant, asked which department, changes, multiples,
        shares, or narrowed to what the question means."""
        if not fq.departments:
            facts = _of_the_block_said(facts, fq.text, strict=True)  # "支出里面…": the table with that block
            facts = self._of_tables_listing_a_column(fq, facts)
            facts = self._of_the_table_holding_the_years(fq, facts, years)
        if not fq.departments:
            facts = self._unit_own_rows(fq, facts)
            facts = self._of_the_table_heading(fq, facts)
            facts = self._of_departments_heading_items(fq, facts)
        facts = _of_the_table_of_units(fq, facts)
        if not fq.departments:
            facts = self._of_departments_printing_it(fq, facts)
        if (which := self._which_department_asked(fq, facts, groups, blank_elsewhere, years)
                or self._which_budget_asked(fq, facts)) is not None:
            return which
        # rows whose printed change fell; a change the document states ("比上年减少 X万元") before a difference
        # of two printed years
        two_years = self._rows_that_changed(fq, facts) or self._printed_change(fq, facts) \
            or self._two_years(fq, facts, groups, years) or self.change_not_printed(fq, facts)
        if two_years is not None:
            return two_years
        if fq.times:
            return self.multiple(fq, facts, groups)  # "X是Y的几倍": a multiple, never a share
        if "ratio" in fq.ops and _EACH_SHARE.search(fq.text) and (each := self.each_share(fq, facts)) is not None:
            return each  # "基本支出和项目支出各占多少": each one's share of its total
        if "ratio" in fq.ops and (own := self.share_of_own_total(fq, facts)) is not None:
            return own  # "松坪乡生态转移支付占它合计": the row's own 合计 column
        if fq.total and "ratio" in fq.ops and (in_total := [f for f in facts if self._is_total_fact(f, "row")]):
            # "基本支出占总支出": the total row's 基本支出 (its 小计 when the group is named alone) over its total
            return self.share_of_total(self._group_subtotal(in_total))
        if "ratio" in fq.ops and (of_row := self._column_over_column(fq, facts)) is not None:
            return of_row
        if "ratio" in fq.ops and (pair := self._pair_in_one_table(facts, groups)) is not None:
            return self._printed_share_in(pair[0]) or self.ratio(pair, groups, fq.text)
        return self._narrowed(fq, facts, groups, years, only)

    def _of_departments_heading_items(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """"农林水支出下面有哪几款", no department named: the items under a line are asked, so only the tables
        printing items under it answer (a 类 over its 款 in one department's 功能分类表, not another's 收支总表 line
        heading nothing); the facts unchanged unless exactly one department's line heads items."""
        if len(depts := {f["department"] for f in facts}) < 2 or len(facts) > 60:
            return facts
        heading: set[str] = set()
        for f in facts:
            if f["department"] not in heading and self._items_under(fq, [f]):
                heading.add(f["department"])
        return [f for f in facts if f["department"] in heading] if len(heading) == 1 and heading < depts else facts

    def _of_the_table_heading(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """"预算最高的采购项目是哪个", no department named: a ranking over the rows of the one table printing a
        heading said (采购项目, over 采购项目名称 of a 采购意向表), never every department's 预算 rows."""
        if not {"max", "min"} & set(fq.ops):
            return facts
        idx = self.idx
        docs = {f["document_id"] for f in facts}
        for m in fq.mentions:
            if m.start < 0 or len(m.keys) != 1 or not m.keys <= idx.col_keys or m.keys & idx.row_label_keys:
                continue
            held = {d for d in docs if m.keys & idx.doc_keys.get(d, set())}
            if len(held) == 1 and held < docs:  # (its every row: the facts matched are a sample of each table's)
                return [f for f in idx.facts(list(idx.docs[held.pop()].facts)[:5000]) if f["number"] is not None]
        return facts

    def _of_the_table_holding_the_years(self, fq: FactQuestion, facts: list[dict], years: list[int]) -> list[dict]:
        """"哪些项目26年比25年减少了", no department named: rows listed over the years said are of the one table read as
        several departments that holds every year said, not of another table holding one of them; the facts
        unchanged unless such a table and others are found."""
        if not _OVER_ROWS & set(fq.ops) or len(set(years)) < 2:
            return facts
        # (a monitoring table of 2025 read as its departments' is split too: it holds one of the years only)
        split = {d for f in facts if (d := f["document_id"]) in self.idx.table_parts
                 and set(years) <= self.idx.doc_years.get(d, set())}
        if not split or len(split) == len({f["document_id"] for f in facts}):
            return facts
        return [f for f in facts if f["document_id"] in split]

    def _of_tables_listing_a_column(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """"哪些项目有上年结转", no department named: the rows that have a column's money are of the tables that
        print it as a column (a 项目支出预算表's 上年结转), not of one printing a line of that name (a 收支总表's
        上年结转 line and its 其中 lines); the facts unchanged unless both kinds are found."""
        if fq.departments or "list" not in fq.ops or not _ROWS_HAVING.search(fq.text) \
                or len({f["department"] for f in facts}) < 2:
            return facts
        keys = {k for m in fq.mentions if m.keys & self.idx.col_keys for k in m.keys}
        as_column = {f["department"] for f in facts if any(k in _own_col(f) for k in keys)}
        return [f for f in facts if f["department"] in as_column] if as_column else facts

    def _group_subtotal(self, facts: list[dict]) -> list[dict]:
        """The columns of one group of one row (基本支出 › 小计 / 工资福利支出 / …), the group named alone: its 小计."""
        groups = {tuple((f["col_labels"] or "").split(query.FACT_SEP)[:-1]) for f in facts}
        subs = [f for f in facts if self._is_total_fact(f, "col")]
        if len(facts) > 1 and len(groups) == 1 and len(next(iter(groups))) == 1 and len(subs) == 1 \
                and len({(f["sheet"], f["page"], f["line"]) for f in facts}) == 1:
            return subs
        return facts

    def _noun_left_over(self, fq: FactQuestion, ids: list[int]) -> bool:
        """One character left over is noise, except a noun naming what a superlative is over (哪个单位房最多)
        or a kind of what is counted (女的有几个: no column counts women); 镇 of the rows' own 凤岭镇 is theirs."""
        tags = {"max": "n", "min": "n", "count": "b"}  # (a count's kind of people: 女, a distinguishing word)
        nouns = [w for w in (fq.leftover or "").split() if len(w) == 1
                 and any((self.idx.tags.get(w) or "")[:1] == tags[op] for op in fq.ops if op in tags)]
        facts = self.idx.facts(ids[:400])
        if "钱" in nouns and any(f["unit"] in _MONEY_UNITS for f in facts):
            nouns.remove("钱")  # "小学里面哪个钱最多": the rows' money, what they are ranked by
        return bool({"max", "min", "count"} & set(fq.ops)) and bool(nouns) and not any(
            w in (f["row_labels"] or "") for f in facts for w in nouns)

    def _part_within_its_row(self, fq: FactQuestion, f: dict) -> FactAnswer | None:
        """"X中Y占多少" with Y a 其中 column of the row X named: Y over the figure of X it is a part of; None
        unless said so (the row, then 中 / 里 / 当中, then the column, and no whole named after 占)."""
        said = sorted((m for m in fq.mentions if m.start >= 0), key=lambda m: m.start)
        # (a unit said before the row, "本级农林水支出中…", only says whose row it is)
        said = said[-2:] if len(said) == 3 and said[0].keys <= self.idx.row_label_keys else said
        if len(said) != 2 or not re.fullmatch(r"的?(?:中|里|里面|当中|之中)的?[\u4e00-\u9fff]?", fq.text[said[0].end:said[1].start]) \
                or not re.match(r"占(?:比|了)?(?:多少|几成|比例|比重|百分之几|百分之多少|百分比)", fq.text[said[1].end:]):
            return None
        sheet = self._same_table([f])
        # (a column beside the row's 合计 column, 项目支出 of "农林水支出中项目支出占比": over the row's 合计)
        whole = self.whole_of_part(f, sheet) or self._row_total_column(f, sheet)
        if whole is None or not whole["number"]:
            return None
        return FactAnswer("answered", compose.fact_share(_name(f), _name(whole), fmt_number(f["number"]),
                                                         fmt_number(whole["number"]),
                                                         fmt_percent(f["number"] / whole["number"] * 100))
                          + _cite(self.idx, [f, whole]), [f, whole])

    def _detail_not_printed(self, fq: FactQuestion, ids: list[int]) -> str | None:
        """"具体到哪个村", "具体买的什么设备" of lines no other line stands under and whose rows print no text: what
        is asked in detail (哪个村), which the table does not break down; None when not asked so, or when the
        lines have lines under them or a text of their own that may say it."""
        asked = _DETAIL_ASKED.search(fq.text) or self._each_place_asked(fq.text)
        # ("具体买的什么设备" reads as the list of what the line bought (BOUGHT): no list asked of its own)
        if asked is None or {"count", "max", "min"} & set(fq.ops) or "list" in fq.ops and not fq.funded or not ids:
            return None
        facts = self.idx.facts(ids[:200])
        # (the line's own thing asked in detail, 设备 of 设备购置: only a text naming that thing may say which; a
        # kind of place, 各乡镇, only a text naming such a place)
        thing = re.sub(r"^(?:什么|哪个|哪些|哪几个|哪一个|啥|各个|各)", "", asked.group(1))
        places = self.idx.place_kind_endings.get(thing)
        own = len(thing) >= 2 and all(thing in _own_row(f) for f in facts) or bool(places)
        if any(f["number"] is None and (f["value"] or "").strip() and (not own or thing in f["value"] or any(
                p in f["value"] for p in places or ())) for f in facts):
            return None
        docs = {f["document_id"] for f in facts}
        if places and any(k.endswith(tuple(places)) for d in docs for k in self.idx.doc_rows_and_cols(d)[0]):
            return None  # (a table listing such places has each one's figure on its own row)
        whole = self.idx.facts(sorted(x for d in docs for x in self.idx.docs[d].facts)[:3000])
        return asked.group(1) if len(outline_leaves(facts, whole)) == len(facts) else None

    def _each_place_asked(self, text: str) -> re.Match | None:
        """"征地拆迁补偿支出分到各乡镇是多少": a line's money asked of each place of a kind (乡镇, 街道), which only a
        table listing such places breaks down."""
        m = _EACH_PLACE_ASKED.search(text)
        return m if m is not None and m.group(1)[1:].lstrip("个") in self.idx.place_kind_endings else None

    def _of_tables_with_rows_to_compare(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """"得分最低的是哪个项目", "执行率低于90%的项目有哪些", no department named: a ranking or a bound over rows
        is of the one department whose table prints that figure for several rows (澄湖's 自评得分 of seven projects),
        not of one printing it once (普陀's 平均得分); the facts unchanged unless exactly one department does."""
        if fq.departments or fq.subject_docs or not ({"max", "min"} & set(fq.ops) or fq.cmp) \
                or len({f["department"] for f in facts}) < 2:
            return facts
        if _MONTH_ASKED.search(fq.text) and len(monthly := {f["department"] for f in facts if column_month(f)}) == 1:
            return [f for f in facts if f["department"] in monthly]  # "收入最少的是几月": the table of months
        rows: dict[tuple, set] = defaultdict(set)
        for f in facts:
            if f["number"] is not None:
                rows[(f["department"], f["document_id"], f["sheet"], _own_col(f))].add(self._row_key(f["id"]))
        several = {k[0] for k, r in rows.items() if len(r) >= 2}
        return [f for f in facts if f["department"] in several] if len(several) == 1 else facts

    def _of_departments_printing_it(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """"上级补助收入多少", no department named, where one department's table prints the line's figures and
        others print the line with its cells blank: those others hold nothing to choose, so they are no option (the
        one left answers; several left are asked which). Unchanged when a blank table's own note answers for it
        (本表无数据), when another department's table holds the line under a longer name, or when none prints one."""
        depts = {f["department"] for f in facts}
        if len(depts) < 2 or len(fq.mentions) != 1 or fq.leftover or fq.ops or fq.cmp or fq.times:
            return facts  # (a plain lookup of one line only: a rate, a reason, a comparison read on as before)
        printing = {f["department"] for f in facts if f["number"] is not None or _BLANK.sub("", f["value"] or "")}
        if not printing or printing == depts:
            return facts
        blank = [f for f in facts if f["department"] not in printing]
        if any(self.table_empty([f for f in blank if f["department"] == d]) is not None for d in depts - printing) \
                or self._departments_holding(fq) - depts:
            return facts
        return [f for f in facts if f["department"] in printing]

    def _which_budget_asked(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"债务付息支出" of one department's tables of two budgets (its 政府性基金预算执行情况表 and its 一般公共预算
        月报表), no budget said: which table is asked — by the budgets, each one's line beside it — never the first
        one's figure. None unless the one row said is in tables of different budgets of one department."""
        docs = sorted({f["document_id"] for f in facts})
        if len(docs) < 2 or fq.subject_docs or fq.ops or fq.cmp or len(fq.mentions) > 2 \
                or len({f["department"] for f in facts}) != 1:
            return None
        budgets = [self._budgets_of([facts[0]["department"]], [f for f in facts if f["document_id"] == d])[0]
                   for d in docs]
        rows = {_row_part(f) for f in facts}
        if not all(budgets) or len(set(budgets)) != len(budgets) or len({label_key(r) for r in rows}) != 1:
            return None
        row = label_key(next(iter(rows)))
        lines = [compose.said_and_source(self.values([f for f in facts if f["document_id"] == d], []).text)[0]
                 for d in docs]  # (each line without its source: the budget before it names the table)
        return FactAnswer("clarify", compose.which_budget_table(budgets, lines), [], options=budgets,
                          asks_row=[f"{b}的{row}" for b in budgets])

    def _budgets_of(self, names: list[str], facts: list[dict]) -> list[str]:
        """The budget each department's matched table is of, by its title (index.budget_kinds: 政府性基金预算, 一般公共
        预算), "" for a department whose table is of none or of several: the budgets told apart in a question back."""
        out = []
        for name in names:
            docs = {f["document_id"] for f in facts if f["department"] == name}
            said = {w for w, ds in self.idx.budget_kind_docs.items() if w.endswith("预算") and docs and docs <= ds}
            out.append(max(said, key=len) if len(said) == 1 else "")
        return out

    def _which_department_asked(self, fq: FactQuestion, facts: list[dict], groups: list[list[Mention]],
                                blank_elsewhere: bool, years: list[int]) -> FactAnswer | None:
        """A step of _over_facts: the facts matched are of several departments and the question names none
        (or names one only by a table title said in part): which one is asked, not guessed; None otherwise."""
        depts = {f["department"] for f in facts}
        if not fq.departments and (elsewhere := self._row_of_another_department(fq, facts, depts)) is not None:
            return elsewhere
        # (departments the conversation carried, none said now — "普陀的部门决算" → "基本支出多少" — are as
        # good as none: which one is asked, each one's figure shown)
        carried = not fq.dept_spans and len(fq.departments) > 1 and not _COMBINED_OPS & set(fq.ops) and not fq.times
        if not fq.departments and len(depts) > 1 and _DEPARTMENTS_ASKED.search(fq.text) and not set(fq.ops) - {"list", "count"} \
                and not [g for g in groups if len(g) > 1] and self.idx.one_table(f["document_id"] for f in facts):
            return self._departments_listed(fq, facts)  # ("哪些部门有彩票公益金支出": the departments, never its rows)
        if not fq.departments and _OVER_ROWS & set(fq.ops) and self.idx.one_table(f["document_id"] for f in facts):
            return None  # rows listed, counted or ranked over one table read as several departments: that table whole
        if len(depts) > 1 and (not fq.departments or carried) and not [g for g in groups if len(g) > 1] \
                and not self._over_one_split_table(fq, facts):
            names = sorted(depts | (self._departments_holding(fq) | self._total_row_holding(fq) if not fq.departments
                                    else set()))
            lines, shown = self._each_ones_figure(fq, names)
            if _DEPARTMENTS_ASKED.search(fq.text) and not fq.departments and not set(fq.ops) - {"list", "count"}:
                return self._departments_listed(fq, facts)
            return FactAnswer("clarify", compose.which_department(names, lines, self._budgets_of(names, facts)), shown,
                              options=names[:10])
        if len(depts) == 1 and not fq.departments and not fq.subject_docs and len(fq.mentions) == 1 and not blank_elsewhere \
                and (others := {d for d in (self._departments_holding(fq, partial=True) | self._same_line_elsewhere(fq)) - depts
                                if not (fq.years or fq.relative_year) or set(years) <= self.idx.dept_years.get(d, set())}):
            # "三公经费预算多少" read as one department's table title said in part, while other departments'
            # tables hold 三公经费 too: which one is asked, not guessed (unless a year is said that their tables
            # do not hold: "政府性基金预算拨款收入今年多少" of the one table of that year).
            names = sorted(depts | others)
            return FactAnswer("clarify", compose.which_department(names), [], options=names[:10])
        return None

    def _unit_own_rows(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """"农技推广中心合计多少": a unit said whose own row (its total) a table prints, while another table only
        prints the unit over lines of its own (a 购买服务 item under the unit, unsaid): the tables with its own row."""
        # (a unit said by four characters at least: "推广" alone of 具体推广了哪些技术 names no unit)
        said = {k for m in fq.mentions if m.start >= 0 and m.end - m.start >= 4 for k in m.keys}

        def labels(f: dict) -> list[str]:
            return [label_key(x) for x in (f["row_labels"] or "").split(query.FACT_SEP) if x]
        own = [f for f in facts if (row := labels(f)) and row[-1] in said]
        inner = [f for f in facts if (row := labels(f)) and row[-1] not in said and said & set(row[:-1])]
        owners = {f["department"] for f in own}
        if not own or len(own) + len(inner) != len(facts) or not {f["department"] for f in inner} - owners:
            return facts
        return [f for f in facts if f["department"] in owners]

    def _over_one_split_table(self, fq: FactQuestion, facts: list[dict]) -> bool:
        """"监控表里执行率最低的项目", "哪些项目执行率不到50%": rows ranked, filtered, listed or added over one
        table that prints several departments' rows (read as one document per department: ingest.sections),
        all its rows at once; a single figure of two departments' rows is still asked which."""
        if not ({"max", "min", "list", "count", "sum"} & set(fq.ops) or fq.cmp):
            return False
        return self.idx.one_table({f["document_id"] for f in facts})

    def _row_of_another_department(self, fq: FactQuestion, found: list[dict], depts: set[str]) -> FactAnswer | None:
        """"一中差旅费多少": a row said (一中) that one department's table alone prints, none of those whose tables
        hold the rest (差旅费): that department's row is asked, and its table does not break it down so — said,
        never asked which department of those that do not print the row."""
        idx = self.idx
        for m in fq.mentions:
            said = fq.text[m.start:m.end]
            if m.start < 0 or not m.keys <= idx.row_label_keys or m.keys & idx.col_keys or m.quality < 1 - 1e-9 \
                    or any(said in (f["row_labels"] or "") for f in found) \
                    or any(_own_col(f) == column_core(said) for f in found):
                # (a row said whole, or by a form of its own: never a label said in part, 资金 of 调出资金; nor a row
                # the facts found hold in their own longer name, 信息化建设 of 卫生健康信息化建设; nor their own column
                # said with the kind of its figures, 其他资金 of 预算金额 › 其他)
                continue
            ids = [x for k in m.keys for x in idx.label_facts.get(k, ())[:200]]
            owners = {idx.docs[idx.fact_doc[x]].department for x in ids if idx.fact_doc.get(x) in idx.docs}
            if len(owners) == 1 and not owners & depts:
                facts = idx.facts(ids[:8])
                rest = "、".join(fq.text[x.start:x.end] for x in fq.mentions if x is not m and x.start >= 0)
                has = "、".join(dict.fromkeys(_name(f) for f in facts))
                return FactAnswer("unknown", compose.no_such_part(fq.text[m.start:m.end], rest, has, True)
                                  + _cite(idx, facts), settled=True)
        return None

    def _departments_listed(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        """"哪些单位有住房保障支出": the departments are what is asked, listed (never asked back): those whose
        line holds a figure (a line printed blank, 外交支出 of a 决算 with none, is no department's)."""
        said = "".join(fq.text[m.start:m.end] for m in fq.mentions if m.start >= 0)
        held = [f for f in facts if (f["number"] != 0 if f["number"] is not None
                                     else _BLANK.sub("", f["value"] or "") not in ("", "0", "无"))]
        # (the 合计 of a table of department blocks is its place's, no department's: the blocks holding it are)
        held = [f for f in held if not parts.place_of_blocks(self.idx, f["document_id"])] or held
        names = sorted({f["department"] for f in held})
        if not names:
            return FactAnswer("answered", compose.no_department_holds(said), facts)
        lines, shown = self._each_ones_figure(fq, names)
        return FactAnswer("answered", compose.departments_holding(said, names, lines), shown or held)

    def _each_ones_figure(self, fq: FactQuestion, names: list[str]) -> tuple[list[str], list[dict]]:
        """"行政运行决算多少" with two departments' tables printing the line: each department's own answer (its
        first line, with its source) and its facts, shown beside the question back; nothing unless every one
        of them answers with one figure (a plain lookup, nothing computed of the two)."""
        if not 1 <= len(names) <= 4 or _COMBINED_OPS & set(fq.ops) or fq.times:
            return [], []
        saved, lines, shown = self.last, [], []
        try:
            for dept in names:
                fa = self._answer(fq.text, None, None, clauses=False, only=[dept])
                figures = [f for f in (fa.facts if fa is not None else []) if f["number"] is not None]
                if fa is None or fa.status != "answered" or not figures or "\n" in fa.text.strip() \
                        or any(f["department"] != dept for f in fa.facts) \
                        or len({f["number"] for f in figures}) > 1 and not _one_line_per_unit(figures):
                    return [], []
                lines.append(fa.text.strip())
                shown += figures if len({f["number"] for f in figures}) > 1 else figures[:1]
        finally:
            self.last = saved
        return lines, shown

    def _of_the_department_with_figures(self, fq: FactQuestion, ids: list[int]) -> tuple[list[int], bool]:
        """"事业收入占总收入百分之几": a department whose table prints the line blank has nothing to compute
        with; the one whose table has the figure is what is asked: (its facts, True); else (ids, False).
        Asked plainly ("城乡社区支出多少"), only when the others print the line blank, with no note saying their
        table holds nothing (社工部's empty 三公 table answers for itself)."""
        if fq.departments or set(fq.ops) - {"ratio", "sum", "diff"}:
            return ids, False
        matched = self.idx.facts(ids[:400])
        figured = {f["department"] for f in matched if f["number"] is not None}
        if not fq.ops:  # (a subject line, coded where it has the figure: 212城乡社区支出 beside a 决算's blank one)
            blank = [f for f in matched if f["department"] not in figured]
            if any(_BLANK.sub("", f["value"] or "") for f in blank) or self.table_empty(blank) is not None \
                    or self._departments_holding(fq) - {f["department"] for f in matched} \
                    or not all(code_of(_own_row(f)) for f in matched if f["department"] in figured):
                return ids, False  # (another department's table holds it under a longer name: asked which)
        if "diff" in fq.ops and (fq.relative_year or len(set(fq.years)) == 2) and len(figured) > 1:
            # "对个人和家庭的补助今年比去年多多少": only a table printing the line for two years (or its change)
            # answers a change between years; one department's alone: that one.
            figured = {d for d in figured if len({f["year"] for f in matched if f["department"] == d
                                                  and f["number"] is not None}) > 1
                       or any(f["department"] == d and _CHANGE_COLUMN.match(f["col_labels"] or "") for f in matched)}
        if len(figured) == 1 and len({f["department"] for f in matched}) > 1:
            return [f["id"] for f in matched if f["department"] in figured], True
        return ids, False

    def _departments_holding(self, fq: FactQuestion, partial: bool = False) -> set[str]:
        """The departments whose tables hold the label the question says whole, inside a longer label of
        theirs ("公务用车购置" of 公务用车购置费): asked which department, each of them is offered, not only
        those printing the very label. partial: of a label said in part, the words said of its head whole
        ("三公经费" of "三公经费预算" read as 三公经费财政拨款预算表)."""
        idx = self.idx
        said = [k for m in fq.mentions if m.exact and m.n >= 4 for k in m.keys] if not partial else \
            [run for m in fq.mentions if not m.exact and m.quality < 1
             for k in m.keys if len(run := _head_said(fq.text[m.start:m.end], k)) >= 4]
        if not said:
            return set()
        return {dept for key, depts in idx.key_departments().items() if any(k in key for k in said) for dept in depts}

    def _total_row_holding(self, fq: FactQuestion) -> set[str]:
        """"人员经费合计多少": the departments whose table prints the line as a column (人员经费) with a 合计 row, as
        well as those printing the line itself (人员经费合计): each is offered."""
        idx = self.idx
        said = {k[:-2] for m in fq.mentions if m.exact for k in m.keys if len(k) >= 6 and k[-2:] in ("合计", "总计")}
        if not said:
            return set()  # (nothing to look for in every table)
        return {d.department for d in idx.docs.values() if d.department and any(
            x in idx.col_keys and x in (keys := idx.doc_keys.get(d.id, set())) and ("合计" in keys or "总计" in keys)
            for x in said)}

    def _same_line_elsewhere(self, fq: FactQuestion) -> set[str]:
        """The departments whose tables print the line said whole in another table's words ([same_line_words]:
        "一般公共预算拨款收入" of a 决算's 一般公共预算财政拨款收入)."""
        idx = self.idx
        said = {k for m in fq.mentions if m.exact and m.n >= 4 for k in m.keys}
        if not said or not idx.same_line_words:
            return set()
        return {d.department for d in idx.docs.values() if d.department and any(
            key.replace(long, short) in said for key in idx.doc_keys.get(d.id, ())
            for long, shorts in idx.same_line_words.items() if long in key for short in shorts)}

    def _narrowed(self, fq: FactQuestion, facts: list[dict], groups: list[list[Mention]], years: list[int],
                  only: list[str] | None) -> FactAnswer:
        """The facts the question means among those matched, and what its operation makes of them."""
        if _INDICATORS_ASKED.search(fq.text) and not set(fq.ops) - {"list"} and (cells := self._item_cells(facts)):
            return self.listing(cells)  # "乡村文化振兴的指标": its indicators (指标名称 of its rows), with figures
        if (group := self.rows_of_group_said(fq, facts)) is not None:
            return group  # "满意度指标" of a 自评表: its indicator lines, each with its target and what was done
        if rates := self._printed_rate_of_rows(fq, facts):
            return self.values(rates, groups)  # "县司法局三公经费增长了百分之多少": the row's printed 增减率
        facts = self._specific(facts, fq, groups)
        if both := self._change_and_rate(fq, facts):
            return self.values(both, groups)
        if "diff" in fq.ops and (same_year := self._two_columns_of_one_year(fq, facts, groups, years)) is not None:
            return same_year
        if "diff" in fq.ops and (dated := self._change_of_dated(facts, groups, years)) is not None:
            return dated
        return self._asked_of(fq, facts, groups, years, only)

    def _areas(self, facts: list[dict]) -> list[dict]:
        """The facts in a unit of area; a bare figure of a count column counts as one when every other line
        of its group (房屋: 办公用房（平方米）, 业务用房（平方米）) is in one unit of area (its 小计)."""
        out = [f for f in facts if (f["unit"] or "") in _AREA_UNITS]
        if out:
            return out
        for f in facts:
            if f["number"] is None or f["unit"] or not _BARE_COUNT_COLUMN.search(
                    _own_col(f)):
                continue
            head = (f["row_labels"] or "").split(query.FACT_SEP)[0]
            column = [g for g in self.idx.facts(list(self.idx.docs[f["document_id"]].facts)[:6000])
                      if g["sheet"] == f["sheet"] and g["col_labels"] == f["col_labels"] and g["number"] is not None
                      and (g["row_labels"] or "").split(query.FACT_SEP)[0] == head and g["id"] != f["id"]]
            if column and len({g["unit"] for g in column}) == 1 and column[0]["unit"] in _AREA_UNITS:
                out.append(dict(f, unit=column[0]["unit"]))
        return out

    def _bare_counts(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """"车辆几辆" of an asset table whose 数量 column prints a bare 8 on the vehicles' lines: that count is in
        the measure asked, when no fact is in that unit and no line of the row's group (车辆) prints a unit in
        that column (the 房屋 lines' 数量 is in 平方米: never 几套); the facts unchanged otherwise."""
        # ("用车几辆" is read "用车辆多少": the measure before its 多少)
        asked = _QUANTITY_ASKED.search(fq.text) or re.search(r"([辆台套件张])(?:多少|几)$", fq.text)
        if asked is None or any(asked.group(1) in (f["unit"] or "") for f in facts):
            return facts
        bare = [f for f in facts if f["number"] is not None and not f["unit"]
                and _BARE_COUNT_COLUMN.search(_own_col(f))]
        if not bare or len({(f["document_id"], f["sheet"], f["col_labels"]) for f in bare}) != 1:
            return facts
        heads = {(f["row_labels"] or "").split(query.FACT_SEP)[0] for f in bare}
        f0 = bare[0]
        column = [g for g in self.idx.facts(list(self.idx.docs[f0["document_id"]].facts)[:6000])
                  if g["sheet"] == f0["sheet"] and g["col_labels"] == f0["col_labels"] and g["number"] is not None
                  and (g["row_labels"] or "").split(query.FACT_SEP)[0] in heads]
        return bare if all(not g["unit"] for g in column) else facts

    def _asked_of(self, fq: FactQuestion, facts: list[dict], groups: list[list[Mention]], years: list[int],
                  only: list[str] | None) -> FactAnswer:
        """What is asked of the facts the question means: what remains, per head or unit, a rate, or what its
        operation computes."""
        if fq.remaining or fq.excess:
            left = self.remaining(fq, facts)
            if left.status != "answered" and fq.remaining and (after := self._column_left_said(fq, facts)):
                return self.values(after, groups)  # "调减多少" → "调整后还剩多少": the column printing what is left
            return left
        if fq.deducted and (lost := self.deducted(fq, facts)) is not None:
            return lost
        if fq.by_year_end and (done := self.done_by_year_end(facts)) is not None:
            return done
        if fq.per_head:
            return self.per_head(fq, facts)
        if fq.per_unit:
            return self.per_unit(fq, facts)
        if fq.mean:
            return self.mean(fq, facts)
        if (stated := self.standard_stated(fq, facts)) is not None:
            return stated  # "每个社区补多少": the standard the row's text states per 社区, not its total
        if not years and not _WHICH_YEAR.search(fq.text):  # ("哪一年债务余额最高": every year's row compared)
            facts = self._default_year(facts)
        if (none := self._said_none(fq, facts)) is not None:
            return none
        if fq.area:
            if not (areas := self._areas(facts)):
                has = "、".join(dict.fromkeys(compose.item_in_unit(_name(f), f["unit"] or "") for f in facts[:4]))
                return FactAnswer("unknown", compose.fact_kind_missing("area", has) + _cite(self.idx, facts[:4]), [])
            facts = areas
        counted = self._bare_counts(fq, facts)
        wrong_kind = self._wrong_kind(fq, facts) if counted is facts else None
        facts = counted
        if wrong_kind is not None:
            return wrong_kind
        if fq.rate:
            return self.rate(fq, self._department_rate_row(fq, facts) or facts)
        if fq.plan and facts and all(f["unit"] == "%" for f in facts) \
                and not any(fq.plan[:2] in (f["col_labels"] or "") for f in facts):
            # "完成年初预算百分比" of a table printing 执行率 over another budget (调整后预算): computed over
            # the budget named, never the printed rate of another base
            over_plan = self.rate(dataclasses.replace(fq, rate="执行率"), facts)
            if over_plan.status == "answered":
                return over_plan
        facts = self.projects_of_their_section(fq, facts)  # (the 项目支出 head's rows, not 工资福利支出)
        if not fq.ops and self._weights_of_a_group(fq, facts):
            return self.sum(facts)  # "产出类指标权重": the group's weight is its indicators' weights added up
        # ("哪个项目最早开工": the earliest of a column of dates)
        return self._bought_rows(fq, facts) or self._none_funded(fq, facts) or self._earliest(fq, facts) \
            or self._computed(fq, facts, groups, years, only)

    def _bought_rows(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"X买了哪些服务" reaching rows by a text cell (a 目录 column printing 养老服务), or whole rows (every
        column of the unit's lines): those rows, each named with its amount — never "no amount" because the
        cell reached holds words, nor each cell of the rows; None unless so asked."""
        if not fq.funded or fq.unfunded or "list" not in fq.ops or "count" in fq.ops or not facts \
                or any(f["number"] is not None for f in facts) and len({f["col_labels"] for f in facts}) < 2:
            return None
        facts = self._items_under(fq, facts) or facts  # "资本性支出买了什么": the lines under the one named
        rows = list({(f["document_id"], f["sheet"], f["line"]): f for f in facts
                     if not self._is_total_fact(f, "row")}.values())
        money = self._money_of_rows(rows[:60])
        if not rows or len(money) != len(rows) or not (held := [m for m in money if m["number"] > 0]):
            return None
        named = [f"{_own_row(m)}（{_shown(m)}）" for m in held]
        return FactAnswer("answered", compose.numbered_items(named) + _cite(self.idx, held), held,
                          ranked=[m["id"] for m in held])

    def _extreme_of_groups(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"哪个街道最多", "哪一类安排最多": the groups ranked, by their printed 小计 or else by their rows added
        up; None when the question asks no group of a grouped table."""
        if by_group := self._group_figures(fq, facts) or self._department_lines(fq, facts):
            return self.extreme_of_groups(fq, by_group)
        if added := self._groups_added(fq, facts):
            return self.extreme_of_groups_added(fq, added)
        return None

    def _funded_rows(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """Asked of the rows given money ("有资金的"): the rows holding a figure above zero, totals left out."""
        if fq.unfunded:  # "一季度没有支出的项目": the rows printing nothing (blank or 0) in the column
            held = {self._row_key(f["id"]) for f in facts if f["number"]}
            return [f for f in facts if self._row_key(f["id"]) not in held and not self._is_total_fact(f, "row")]
        if not fq.funded:
            return facts
        held = {self._row_key(f["id"]) for f in facts if f["number"] and f["number"] > 0}
        return [f for f in facts if self._row_key(f["id"]) in held and not self._is_total_fact(f, "row")]

    def _department_rate_row(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """"普陀财政局年初预算完成率" (the words the other way round from its 完成年初预算 column, so read as another
        row's 完成预算): a department's rate asked with no row named is its own top row's (the 决算's 一般公共预算
        财政拨款支出), never the first row whose column shares a word — [] when a row is named (or none is one)."""
        said = "".join(" " if any(s <= i < e for s, e, _ in fq.dept_spans) else c for i, c in enumerate(fq.text))
        if not fq.dept_spans or _RATE_ONLY.sub("", said).strip():  # (a follow-up "完成率": the row just shown)
            return []
        return self._top_rate_row(sorted({self.idx.fact_doc[f["id"]] for f in facts}))

    def _printed_rate_asked(self, fq: FactQuestion, numeric: list[dict]) -> list[dict]:
        """The printed rate of change a row gives, when its growth is asked ("增长率"), or a change asked of it
        alone ("2021年支出增长多少" of a row printing only its 增长率（%）): no difference to work out."""
        if fq.growth and len(numeric) < 2:
            return [f for f in numeric if f["unit"] == "%" and re.search(
                r"增|减|降|幅|变化", " ".join(self.idx.fact_keys.get(f["id"], ())))]
        if "diff" in fq.ops and len(numeric) == 1 and _CHANGE_ASKED.search(fq.text) and numeric[0]["unit"] == "%" \
                and re.match(r"(?:同比|比上年|较上年)?(?:增长|增减|增幅|增加|减少|下降|变动)", _own_col(numeric[0])):
            return numeric
        if "diff" in fq.ops and (_AGAINST_LAST_SAID.search(fq.text) or len(numeric) == 1 and _CHANGE_ASKED.search(fq.text)):
            # "北麂乡比上年增减多少", "湖岭镇比上年增加多少": the row's printed 增减额 is the change asked, no second
            # figure to find nor which of the row's figures to ask
            changes = [f for f in numeric if _CHANGE_AMOUNT_COLUMN.fullmatch(_own_col(f))]
            if not changes and _AGAINST_LAST_SAID.search(fq.text):
                changes = self._printed_changes_of_rows(numeric)  # "总的比上年增加多少": the 合计 row's 增减额
            if changes and len({(f["document_id"], f["sheet"], f["page"], f["line"]) for f in changes}) == len(changes):
                return changes
        return []

    def _printed_rate_of_rows(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """"县司法局三公经费增长了百分之多少": a rate of change asked of rows named alone (no column said but their
        total), each of which prints one rate-of-change column (2026年比2025年增减 › 增减率): those printed rates,
        never a change worked out from the row's other figures nor the row listed whole; [] otherwise."""
        if not fq.growth or not facts or any(m.keys & self.idx.col_keys and not all(_is_total(k) for k in m.keys)
                                             for m in fq.mentions):
            return []
        lines = list(dict.fromkeys((f["document_id"], f["sheet"], f["page"], f["line"]) for f in facts))
        if len(lines) > 4:
            return []
        out = []
        for line in lines:
            first = next(f for f in facts if (f["document_id"], f["sheet"], f["page"], f["line"]) == line)
            rates = [f for f in self.idx.facts(self._row_siblings(first))
                     if f["number"] is not None and f["unit"] == "%" and _PRINTED_CHANGE_RATE.fullmatch(_own_col(f))]
            if len(rates) != 1:
                return []
            out += rates
        return out

    def _printed_gap_asked(self, fq: FactQuestion, numeric: list[dict]) -> list[dict]:
        """"人社局跟序时进度差多少" of a row printing a column "与序时进度差": that printed gap is the difference
        asked, never the row's figure set against another row's (the 合计's); [] unless so asked."""
        if "diff" not in fq.ops:
            return []
        text = compact(fq.text)
        gaps = [f for f in numeric if (m := _GAP_COLUMN.match(compact(_own_col(f))))
                and re.search(r"(?:与|和|跟|较|比|同)" + re.escape(m.group("what")) + r"(?:相)?差", text)
                and not re.fullmatch(r"合计|总计|共计", compact(_own_row(f)))]  # (a department's 小计 is its own line)
        return gaps if gaps and len({(f["document_id"], f["sheet"], f["line"]) for f in gaps}) == len(gaps) else []

    def _printed_changes_of_rows(self, numeric: list[dict]) -> list[dict]:
        """The amount-of-change cells (增减额) printed on the rows of the figures found, each row's one; of the rows
        showing two figures of one unit (this year's and the year before's) when some do, the row compared."""
        rows: dict[tuple, list[dict]] = {}
        for f in numeric:
            rows.setdefault((f["document_id"], f["sheet"], f["page"], f["line"]), []).append(f)
        paired = [r for r, fs in rows.items() if len({x["id"] for x in fs}) >= 2 and len({x["unit"] for x in fs}) == 1]
        out = []
        for (doc, sheet, page, line) in paired or list(rows):
            f = rows[(doc, sheet, page, line)][0]
            cells = [x for x in self.idx.facts(self._row_siblings(f)) if x["line"] == line and x["sheet"] == sheet
                     and x["page"] == page and x["number"] is not None and x["unit"] == f["unit"]
                     and _CHANGE_AMOUNT_COLUMN.fullmatch(_own_col(x))]
            if len(cells) != 1:
                return []
            out.append(cells[0])
        return out

    def _none_funded(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"社工部资本性支出买了什么": the lines asked as those holding an amount, none of which holds one —
        said so, with them cited; None otherwise."""
        facts = self._items_under(fq, facts) or facts if fq.funded else facts
        if not fq.funded or "count" in fq.ops or not facts or self._funded_rows(fq, self._townships_asked(fq, facts)):
            return None
        return FactAnswer("answered", compose.none_funded([_name(f) for f in facts[:12]]) + _cite(self.idx, facts), facts)

    def _short_of_two(self, fq: FactQuestion, facts: list[dict], numeric: list[dict], groups: list[list[Mention]],
                      years: list[int]) -> FactAnswer:
        """A share or a difference asked where fewer than two figures were found: a line's two quantities stated
        in words of one unit set against each other, else said that one figure alone is not the answer."""
        if "diff" in fq.ops and len(stated := _quantities_stated(facts)) == 2:
            return self.diff(stated, groups, years)  # "生猪出栏目标和实际差多少": ≥28万头 against 26.9万头
        if "ratio" not in fq.ops and len(numeric) == 1 and _change_column_said(fq.text, _own_col(numeric[0])):
            # "X压减了多少": the row's own 压减金额 — the change printed, the one figure it needs
            return FactAnswer("answered", compose.fact_value(_name(numeric[0]), _shown(numeric[0]))
                              + _cite(self.idx, numeric), numeric)
        found = "、".join(f"{_name(f)} {_shown(f)}" for f in numeric[:3])
        return FactAnswer("unknown", compose.needs_two_figures("ratio" in fq.ops, found)
                          + (_cite(self.idx, numeric[:3]) if numeric else ""), [])

    def _difference(self, fq: FactQuestion, numeric: list[dict], groups: list[list[Mention]], years: list[int]) -> FactAnswer:
        """A difference of the figures found; "X比上年多还是少" of a row printing 上年执行数 beside its 本年 group:
        its 本年 figure (the group's 合计) less the year before's."""
        if fq.relative_year and (pair := _this_year_against_last(numeric)):
            return self.diff(pair, groups, [])
        if not years and (untold := self.one_rows_columns_unsaid(numeric, groups, fq.text)) is not None:
            return untold
        return self.diff(numeric, groups, years, fq.growth)

    def _text_in_column_said(self, fq: FactQuestion, facts: list[dict], groups: list[list[Mention]]) -> FactAnswer | None:
        """"X承接主体是什么类型": the text the column said prints on the rows named (承接主体类型), before any other
        text of a kind (an indicator's 一级指标) of a row the words fit too; None unless that column is said."""
        said = {k for m in fq.mentions if m.start >= 0 and len(m.keys) == 1 and len(fq.text[m.start:m.end]) >= 4
                for k in m.keys if k in self.idx.col_keys and k.startswith(fq.text[m.start:m.end])}
        named = [f for f in facts if f["number"] is None and (f["value"] or "").strip()
                 and label_key(_own_col(f)) in said]
        return self.values(named, groups) if named and len({_own_col(f) for f in named}) == 1 else None

    def _filtered_lines(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        """The rows passing the condition said; of a table of departments' blocks asked of its departments
        ("执行率低于80%的部门有哪些"), each block's 小计 and each one-line department, never a unit of a department."""
        if fq.number is not None and (lines := self._department_lines(fq, facts, DEPARTMENTS_LISTED)):
            return self.filtered(fq, lines, departments=True)
        return self.filtered(fq, facts)

    def _computed(self, fq: FactQuestion, facts: list[dict], groups: list[list[Mention]], years: list[int],
                  only: list[str] | None) -> FactAnswer:
        """What the question's operation makes of the facts (filter, ratio, difference, count, extreme, list, sum)."""
        if (blank := self.rows_left_blank(fq, facts := self._items_under(fq, facts) or facts)) is not None:
            return blank  # "哪些乡镇没有专项债务": rows a money column leaves blank (no fact kept for the cell)
        facts = self._funded_rows(fq, self._townships_asked(fq, facts))
        numeric = [f for f in facts if f["number"] is not None]
        if fq.text_asked:
            return self._text_in_column_said(fq, facts, groups) or self._text_of_rows(fq, facts)
        if fq.cmp or ("list" in fq.ops and fq.number is not None):
            return self._filtered_lines(fq, facts)
        if rates := self._printed_rate_asked(fq, numeric) or self._printed_gap_asked(fq, numeric):
            return self.values(rates, groups)  # "增长率" / "增长多少" of a row printing its change over the year before
        if "ratio" in fq.ops and len(numeric) >= 2:
            return self.ratio(numeric, groups, fq.text)
        if "diff" in fq.ops and (pair := self._rate_and_stated(numeric)):
            return self.diff(pair, groups, years)  # "比序时快多少": the row's progress against the table's 序时进度
        if "diff" in fq.ops and len(numeric) >= 2:
            return self._difference(fq, numeric, groups, years)
        if "ratio" in fq.ops and len(numeric) == 1 and numeric[0]["unit"] == "%" and len(groups) >= 2:
            return self.values(numeric, groups)  # "行政运行完成全年预算的百分比": the share the row prints
        if "ratio" in fq.ops and len(numeric) == 1:  # (within its row: "X中Y占多少"; of the line above it, named)
            return self._part_within_its_row(fq, numeric[0]) or self._share_of_line_above(numeric, groups, fq.text) \
                or self.share_of_total(numeric, of_all=bool(_WHOLE_SAID.search(fq.text)))
        if "ratio" in fq.ops and len(numeric) < 2 and _RATIO_AS_TEXT.search(fq.text) \
                and (said := self._sentence_of_text(fq, [f["id"] for f in facts])) is not None:
            return said  # "省市县按什么比例分担": the proportion the row's text states (1:1:1), not a share
        if ("diff" in fq.ops or fq.remaining) and len(numeric) == 1 and (other := self._other_of_its_row(fq, numeric[0])):
            # "比序时进度慢多少": the row's 执行率 against it; "比上年同期多多少": the row's running total against it
            return self.diff([other, numeric[0]], groups, years)
        if {"ratio", "diff"} & set(fq.ops) and len(numeric) < 2:
            return self._short_of_two(fq, facts, numeric, groups, years)
        if {"list", "count"} & set(fq.ops) and (marked := self.flagged(fq, facts)) is not None:
            return marked  # "面向中小企业的有几个": the rows a tick-box column marks yes
        if "count" in fq.ops and (item := self._item_row(facts, fq)):
            return self.values(item, groups)  # "终端建了多少个": the indicator's figures, not a count of rows
        if "count" in fq.ops and (of_row := self._columns_of_one_row(fq, numeric)):
            return self.values(of_row, groups)  # "执法大队编制几个": the row's figure, not a count of rows
        if "count" in fq.ops and (of_total := self._people_of_total_row(fq, numeric)):
            return self.values(of_total, groups)  # "实有行政几个": the people the table counts, in all
        if "count" in fq.ops and (stated := self._count_stated(fq, numeric)):
            return self.values(stated, groups)  # "绩效自评的项目有几个": the row printing its count (4个)
        if "count" in fq.ops and not (len(numeric) == 1 and "sum" not in fq.ops):
            return self.count(fq, facts, groups)
        if ("max" in fq.ops or "min" in fq.ops) and (of_groups := self._extreme_of_groups(fq, facts)):
            return of_groups
        if "max" in fq.ops or "min" in fq.ops or "range" in fq.ops:
            return self.extreme(fq, facts)
        if "list" in fq.ops and len(facts) > 1:
            return self._rows_listed(fq, facts)
        if "list" in fq.ops and len(numeric) == 1 and re.search(r"数$", label_key(
                (numeric[0]["row_labels"] or "").split(query.FACT_SEP)[-1])):
            f = numeric[0]  # ("下属单位有哪些": the 下属单位名称 printed beside 下属单位数, else only the count said)
            return self.values(named, groups) if (named := self._names_beside_count(f)) else self._only_a_number(f)
        if not {"count", "ratio", "diff"} & set(fq.ops) and (counted := money_of_counts(self.idx, fq.text, numeric)):
            return counted  # "湖岭镇的钱里面用于山塘水库的有多少" of its 山塘水库（座）: no amount, never the count
        return self._summed_or_values(fq, facts, numeric, groups, only)

    def _rows_listed(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        """The rows asked listed: each department's own line ("各部门执行率", never its units), each row's whole
        ("各乡镇分配"), the labels of a level (一级指标有哪些), or the facts as they are."""
        if (own := self._own_lines_listed(fq, facts)) is not None:
            return own
        if _EACH_ROW.search(fq.text) and len(rows := [f for f in facts if not self._is_total_fact(f, "row")]) > 1:
            facts = _wholes_of_rows(_once_per_row(rows))  # "各乡镇分配": the townships, not their 合计; each its whole
        return self.labels_of_level(fq, facts) or self.row_listing(fq, facts) or self.listing(facts)

    def _own_lines_listed(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"各部门执行率" of a table of departments: each department's own line (a block's 小计, a one-line
        department) in the table's order, named by the department; None unless each department is asked so."""
        if not EACH_DEPARTMENT.search(fq.text) or not (lines := self._department_lines(fq, facts, EACH_DEPARTMENT)):
            return None
        lines = sorted(lines, key=lambda f: (f["sheet"] or "", f["line"] or 0, f["col_labels"] or ""))
        shown = [compose.fact_value(re.sub(r"(?<=[局委办院厅会站心部])(?:小计|合计)(?= |$)", "", self._label(f)), _shown(f))
                 for f in lines]
        return FactAnswer("answered", compose.numbered_items(shown) + _cite(self.idx, lines[:30]), lines)

    def _only_a_number(self, f: dict) -> FactAnswer:
        """Names asked of a row printing only their count: said, with the count."""
        return FactAnswer("unknown", compose.only_a_number(_name(f), _shown(f)) + _cite(self.idx, [f]), [f])

    def _names_beside_count(self, f: dict) -> list[dict]:
        """The names a table prints beside a count of them (下属单位数 3 | 下属单位名称 A、B、C): the count's label
        without its 数, then 名称 / 名单, a text of the same document."""
        stem = label_key((f["row_labels"] or "").split(query.FACT_SEP)[-1]).removesuffix("数")
        names = {stem + "名称", stem + "名单"}
        return [x for x in self.idx.facts(list(self.idx.docs[f["document_id"]].facts)[:6000])
                if x["number"] is None and label_key((x["row_labels"] or "").split(query.FACT_SEP)[-1]) in names]

    def _every_department(self, question: str, doc_ids: list[int] | None) -> FactAnswer | None:
        """"各部门住房公积金分别是多少", naming no department: each department whose tables print the line said,
        answered on its own and named (never the lines of several tables run together without their
        departments); "四个部门政府性基金加起来", "哪个部门一般公共预算拨款最多": those figures added up or ranked.
        None unless two departments or more answer."""
        fq = self.peek(question)
        idx = self.idx
        # "两张项目申报表的项目负责人分别是谁": the tables named by their kind, of several departments, each
        kinds = {idx.docs[d].department for d in fq.subject_docs} if _EACH_SAID.search(fq.text) else set()
        across = DEPARTMENTS_SET_AGAINST.search(fq.text) and {"sum", "max", "min"} & set(fq.ops)
        # ("住房公积金各单位分别多少" naming no department: each department's one figure, when no table splits it by unit)
        units = not EACH_DEPARTMENT.search(fq.text) and bool(_EACH_UNIT.search(fq.text) and _EACH_SAID.search(fq.text))
        every = EACH_DEPARTMENT.search(fq.text) or _EACH_TABLE.search(fq.text)  # ("各表里住房公积金": each table's)
        if fq.departments or not fq.mentions or not (every or units or len(kinds) >= 2 or across):
            return None
        # (部门 of "各部门" says whose, never a line: a table's 部门（单位） column holds no figure asked)
        said = [(x.start(), x.end()) for r in (EACH_DEPARTMENT, DEPARTMENTS_SET_AGAINST, _EACH_UNIT, _EACH_TABLE)
                for x in r.finditer(fq.text)]
        holders = list(dict.fromkeys(idx.docs[idx.fact_doc[f]].department for m in fq.mentions
                                     if not any(a <= m.start and m.end <= b for a, b in said)
                                     for k in sorted(m.keys) for f in idx.label_facts.get(k, ())[:200]))
        holders = [h for h in holders if h in kinds] if len(kinds) >= 2 else holders
        holders += [h for h in _tables_said_by_subject(idx, fq.text, said) if h not in holders and not kinds]
        holders += [h for h in self._holding_the_line_said_longer(fq, said) if h not in holders and not kinds]
        if across:  # (青溪县's sum of its departments' sheets is the place's, never one of the departments ranked)
            holders = [h for h in holders if not any(o != h and o.startswith(h) for o in holders)]
        alone = bool(every) and not across and not units and len(holders) == 1 and self._sole_holder(fq, said, holders[0])
        if len(holders) < 2 and not alone:
            return None
        each = _TABLES_COUNTED.sub("", re.sub(r"分别|各自", "", _EACH_UNIT.sub("", EACH_DEPARTMENT.sub(
            "", _EACH_TABLE.sub("", normalize(question))))))
        each = _one_ask_each(each) if across else each
        parts = []
        for dept in holders:
            fa = self.answer(each, doc_ids, None, clauses=False, only=[dept])
            if fa is not None and fa.status == "answered" and fa.facts:
                parts.append((dept, fa))
        self.last = whole = read_question(question, idx)
        if across:  # (a department whose table says it has none, 本表无数据, has no figure to add or rank)
            parts = [(dept, fa) for dept, fa in parts if any(f["number"] is not None for f in fa.facts)]
            parts, unlike = self._of_the_line_said(fq, said, parts)
            if unlike and len(parts) == 1:
                return self._the_one_department_holding(fq, parts[0], set(), unlike)
        if units and any(len({f["id"] for f in fa.facts}) != 1 for _, fa in parts):
            return None  # (a department's table printing it by unit: 各单位 are that table's rows)
        if alone and len(parts) == 1:
            return self._the_one_department_holding(fq, parts[0], kinds)
        if len(parts) < 2:
            return None
        count = _counted(fq.text, "部门") if across else None
        if across and count in (None, 0, len(parts)) and (set_against := self._side_by_side(whole, parts)) is not None:
            return set_against  # ("四个部门…加起来" of five departments holding the line: which four is not said)
        return FactAnswer("answered", compose.by_department([(dept, fa.text) for dept, fa in parts]),
                          [f for _, fa in parts for f in fa.facts])

    def _sole_holder(self, fq: FactQuestion, said: list[tuple[int, int]], holder: str) -> bool:
        """Whether the one department found holding the labels said is the only one whose tables hold them (every
        table's keys, not a sample of the facts), and no table of its lists other departments as its rows (a
        place's 按部门 table: "各部门" are its rows)."""
        keys = {k for m in fq.mentions if not any(a <= m.start and m.end <= b for a, b in said) for k in m.keys}
        found = {d for k in keys for d in self.idx.key_departments().get(k, ())}
        others = {d for d in self.idx.dept_docs if d and not d.startswith(holder) and not holder.startswith(d)}
        if _PLACE_NAME.fullmatch(holder):
            return False  # (a place's own tables list its departments: "各部门" are their rows)
        return bool(keys) and not {d for d in found if d in others} and not self._lists(holder, others)

    def _of_the_line_said(self, fq: FactQuestion, said: list[tuple[int, int]],
                          parts: list[tuple[str, FactAnswer]]) -> tuple[list[tuple[str, FactAnswer]], list[str]]:
        """"哪个部门人员经费最多": the departments whose answer is the line said itself (人员经费, 人员经费合计), when
        some are — never another department's longer line holding the words (a project 编外人员经费) set against
        them. (kept, the departments left out)."""
        words = [fq.text[m.start:m.end] for m in fq.mentions
                 if m.start >= 0 and not any(a <= m.start and m.end <= b for a, b in said)]
        if len(words) != 1 or len(words[0]) < 2:
            return parts, []
        own = {words[0], words[0] + "合计", words[0] + "总计"}

        def same(fa: FactAnswer) -> bool:  # (a 科目's code before its name: 210卫生健康支出 is the line said)
            return any(re.sub(r"^\d+", "", _own_row(f)) in own or _own_col(f) in own
                       for f in fa.facts if f["number"] is not None)
        kept = [(dept, fa) for dept, fa in parts if same(fa)]
        if not kept or len(kept) == len(parts):
            return parts, []
        return kept, [dept for dept, fa in parts if not same(fa)]

    def _the_one_department_holding(self, fq: FactQuestion, part: tuple[str, FactAnswer], kinds: set,
                                    unlike: list[str] | None = None) -> FactAnswer:
        """"各决算部门经营支出分别多少" where one department's tables print the line: its figure under its name, and
        the other departments (those of the kind of table said, 决算, when one is; else those answering another
        line only) named as printing no such line."""
        dept, fa = part
        kind = next((w for w in ("决算", "预算") if w + "部门" in fq.text), "")  # (as EACH_DEPARTMENT reads it)
        named = set(unlike or ()) or set(kinds) | {d.department for d in self.idx.docs.values() if kind in (d.form or "")}
        others = sorted({d for d in named if d and d != dept and not dept.startswith(d) and not d.startswith(dept)})
        said = "、".join(dict.fromkeys(fq.text[m.start:m.end] for m in fq.mentions if m.start >= 0))
        text = compose.by_department([(dept, fa.text)]) + ("\n" + compose.departments_without_line(others, said)
                                                         if others else "")
        return FactAnswer("answered", text, fa.facts)

    def _holding_the_line_said_longer(self, fq: FactQuestion, said: list[tuple[int, int]]) -> list[str]:
        """"各单位职业年金缴费分别多少": the departments whose tables print the line said under a longer name of the
        same subject (a classification table's "2080506机关事业单位职业年金缴费支出": its code, the kind of unit
        before, 支出 after), beside those printing it as said; never an 其他… line."""
        idx, out = self.idx, []
        lines = [fq.text[m.start:m.end] for m in fq.mentions if m.start >= 0 and m.end - m.start >= 4
                 and m.keys & idx.row_label_keys and not any(a <= m.start and m.end <= b for a, b in said)]
        if len(lines) != 1:
            return []
        line = lines[0]
        for dept, docs in idx.dept_docs.items():
            cores = {_without_code(k) for d in docs for k in idx.doc_keys.get(d, ())}
            if any(c != line and re.fullmatch(rf"(?!其他|其它|其中)[\u4e00-\u9fff]{{0,8}}{re.escape(line)}(?:支出)?", c)
                   for c in cores):
                out.append(dept)
        return out

    def _departments_ranked(self, whole: FactQuestion, one: list[dict]) -> FactAnswer | None:
        """"宜都哪个部门一般公共预算最多": each department's one figure of the item, in one unit, the most (or
        least) named first with every figure it was compared with; None unless a most is asked."""
        asked = {"max", "min"} & set(whole.ops)
        if len(asked) != 1 or len({f["unit"] for f in one}) != 1:
            return None
        fewest = asked == {"min"}
        order = sorted(one, key=lambda f: f["number"], reverse=not fewest)
        unit = one[0]["unit"] or ""
        text = compose.departments_most(_name(order[0]), fewest, [(f["department"], fmt_number(f["number"])) for f in order],
                                        unit)
        return FactAnswer("answered", text + _cite(self.idx, order), order)

    def _one_over_other(self, whole: FactQuestion, one: list[dict]) -> FactAnswer | None:
        """Two departments' figures of one item, "X的…是Y的几倍" (X ÷ Y as a multiple) or "X的…占Y的百分之几"
        (X ÷ Y as a share): the department said first over the one said after 是 / 占; None unless the
        question words it so, in one unit."""
        spans = sorted(whole.dept_spans)
        times = _TIMES_ASKED.search(whole.text)
        at = whole.text.find("占") if "占" in whole.text else whole.text.find("是")  # "X的…是Y的百分之几"
        share = "ratio" in whole.ops and at >= 0
        if len(spans) < 2 or not (times or share) or one[0]["unit"] != one[1]["unit"] or not one[1]["number"]:
            return None
        joint = times.start() if times else at
        if not spans[0][1] <= joint < spans[-1][0]:
            return None  # "财政局和社工部的…是几倍": which is over which is not said
        a, b = one
        name_a, name_b = a["department"] + " " + _name(a), b["department"] + " " + _name(b)
        r = a["number"] / b["number"]
        unit = a["unit"] or ""
        if times:
            text = compose.fact_times(name_a, name_b, fmt_number(a["number"]), fmt_number(b["number"]), f"{r:.2f}", unit)
        else:
            text = compose.fact_share(name_a, name_b, fmt_number(a["number"]), fmt_number(b["number"]), fmt_percent(r * 100))
        return FactAnswer("answered", text + _cite(self.idx, one), one)

    def _own_ask(self, question: str, dept: str, each: str, whole: FactQuestion,
                 doc_ids: list[int] | None) -> FactAnswer | None:
        """One department's answer: its own item first ("渝中的就业补助资金和东湖的就业补助各多少"), never
        another row of its table that merely shares a word of the other's; then the question as asked of
        each. A figure of the wrong kind (a rate for an amount) is not its answer."""
        own = _own_part(self.peek(question), dept)
        asks = [_one_ask_each(own), each] if own else [each]
        asks = [self._in_its_own_year(a, dept) for a in asks]
        if own and _TIMES_ASKED.search(compact(normalize(question))) or "ratio" in whole.ops:
            asks[0] = _PROPORTION_WORDS.sub("多少", asks[0])
        fa = None
        for ask in asks:
            fa = self.answer(ask, doc_ids, None, clauses=False, only=[dept])
            asked = self.peek(ask)
            if fa is not None and fa.status == "answered" and fa.facts and not any(
                    _kind_fits(f, asked) for f in fa.facts if f["number"] is not None) \
                    and any(f["number"] is not None for f in fa.facts):
                fa = FactAnswer("unknown", compose.not_in_department(dept))  # a rate for an amount asked
            if fa is not None and fa.status == "answered" and fa.facts:
                break
        return fa

    def _in_its_own_year(self, ask: str, dept: str) -> str:
        """"社工部和农业农村局26年卫生健康支出差多少" of a department whose tables are all of one other year (社工部's
        2024 决算): its figure of its own year (each answer says its year), the year said being another's."""
        said = self.peek(ask).years
        held = {d.year or file_year(d.file_name) for i in self.idx.dept_docs.get(dept, ()) if (d := self.idx.docs[i])}
        if not said or len(held) != 1 or None in held or set(said) & held:
            return ask
        return re.sub(r"(?:19|20)\d\d年度?", "", ask)

    def _per_department(self, question: str, named: list[str], doc_ids: list[int] | None) -> FactAnswer | None:
        """"湛江和渝中的城镇新增就业目标分别多少 / 差多少": the question asked of each department, then
        compared or added when it asks so."""
        if re.search(r"(?:比|较|同比|相比)(?:上年|去年|上一年|(?:19|20)\d\d)", compact(normalize(question))):
            # "财政局收入支出总计比上年减少多少" naming two departments: each one's change over its own year,
            # never one department's figure against the other's — which one is meant is asked.
            return FactAnswer("clarify", compose.which_department(named), [], options=named[:10])
        parts = []
        # each department's figure itself: "加起来", "差多少", "谁的…高", "百分之几" of the two ask nothing
        # of either one
        each = _one_ask_each(question)
        if _TIMES_ASKED.search(compact(normalize(question))) or "ratio" in self.peek(question).ops:
            each = _PROPORTION_WORDS.sub("多少", each)
        whole = read_question(question, self.idx)
        by_name = {d for _, fits in whole.dept_names for d in fits}
        for dept in named:
            fa = self._own_ask(question, dept, each, whole, doc_ids)
            if (fa is None or fa.status != "answered") and by_name and dept not in by_name and self._lists(dept, by_name):
                continue  # ("慈溪市卫生健康局其他事业发展性支出": the place's table listing it by that row, not holding the line)
            if fa is not None and fa.status == "unknown" and fa.settled and fa.facts:
                parts.append((dept, fa))  # (its own table says it holds none, 本表无数据: that said as its reply)
                continue
            if fa is None or fa.status != "answered" or not fa.facts:
                self.last = whole
                return FactAnswer("unknown", compose.not_in_department(dept)) \
                    if fa is None or fa.status == "unknown" else fa
            parts.append((dept, fa))
        self.last = whole
        if not parts:
            return FactAnswer("unknown", compose.not_in_department("、".join(sorted(by_name))))
        listed = compose.by_department([(dept, fa.text) for dept, fa in parts])
        if all(fa.status != "answered" for _, fa in parts):
            return FactAnswer("unknown", listed, [f for _, fa in parts for f in fa.facts], settled=True)
        return self._side_by_side(whole, parts) or FactAnswer("answered", listed, [f for _, fa in parts for f in fa.facts])

    def _lists(self, dept: str, named: set[str]) -> bool:
        """Whether a department's tables list one of the departments named as a row of their own (a place's table
        of its departments)."""
        return any(compact(n) in k for d in self.idx.dept_docs.get(dept, ()) for k in self.idx.doc_keys.get(d, ())
                   for n in named)

    def _side_by_side(self, whole: FactQuestion, parts: list[tuple[str, FactAnswer]]) -> FactAnswer | None:
        """Departments' answers set against each other as the question asks: their difference, one over the other,
        the most (least) of them, their sum; None when it asks none of these (each is said on its own)."""
        combined = {"diff", "sum", "max", "min", "ratio"} & set(whole.ops) or _TIMES_ASKED.search(whole.text) \
            or _WHICH_MORE.search(whole.text)
        one = _figures_compared([fa.facts for _, fa in parts], whole, bool(combined))
        if len(one) == len(parts) == 2 and ("diff" in whole.ops or {"max", "min"} & set(whole.ops)
                                             or _WHICH_MORE.search(whole.text)) and one[0]["unit"] == one[1]["unit"]:
            a, b = one
            d = a["number"] - b["number"]
            unit = a["unit"] or b["unit"] or ""
            hi, lo = (a, b) if d >= 0 else (b, a)
            ya, yb = (f"{self.idx.fact_year.get(f['id'])}年" if len({self.idx.fact_year.get(g["id"]) for g in one}) > 1
                      and self.idx.fact_year.get(f["id"]) else "" for f in one)  # (each its year, when they differ)
            text = compose.departments_difference(a["department"] + ya + _name(a), b["department"] + yb + _name(b),
                                                  fmt_number(a["number"]), fmt_number(b["number"]),
                                                  fmt_number(abs(d)), fmt_number(d), unit,
                                                  "" if d == 0 else hi["department"], lo["department"])
            return FactAnswer("answered", text + _cite(self.idx, one), one)
        if len({y for f in one if (y := self.idx.fact_year.get(f["id"]))}) > 1:
            return None  # (figures of two years are set apart, not added, divided or ranked: each said on its own)
        if len(one) == len(parts) == 2 and (of := self._one_over_other(whole, one)) is not None:
            return of
        if len(one) == len(parts) > 2 and (ranked := self._departments_ranked(whole, one)) is not None:
            return ranked
        if len(one) == len(parts) and ("sum" in whole.ops or _COUNTED_TOTAL.search(whole.text)) \
                and len({f["unit"] for f in one}) == 1:
            total = sum(f["number"] for f in one)
            unit = one[0]["unit"] or ""
            text = compose.fact_sum([(f["department"], fmt_number(f["number"])) for f in one], fmt_number(total), unit)
            return FactAnswer("answered", text + _cite(self.idx, one), one)
        return None


# Words asking how two departments' figures stand to each other, asked of neither alone: "加起来",
# "差多少", "谁的…高", "哪个…更多", and the count of departments said ("两家单位", "两个").
_ACROSS_SUM = re.compile(r"(?:加起来一共|加在一起|加到一起|加一起|合在一起|加起来|合起来|之和|一共|总共|共计)(?:是|有)?(?:多少)?")
_ACROSS_DIFF = re.compile(r"(?:相差|差了?|多了?|少了?|高了?|低了?|多出|超出|超过)多少|(?:差额|差距)(?:是|有)?(?:多少)?")
# (小 of 小计 is the total asked, "哪个项目明细小计多": no comparison)
_WHICH_MORE = re.compile(r"(?:哪个部门|哪个单位|哪家单位|哪一个|哪家|哪个|谁)(?:的)?(?P<x>[\u4e00-\u9fff]{0,10}?)(?:更|比较|较)?"
                         r"(?:多|高|大|少|低|小(?!计))(?:一些|一点|些)?(?![\u4e00-\u9fff]*(?:多少|几))")
_COUNT_SAID = re.compile(r"(?:这|那)?[两俩二三四五六七八九十几][个家](?:部门|单位)?(?:的)?")
# "普陀两个部门行政运行支出合计": the departments counted, then 合计 said last — their figures added up (the 合计 is
# no line of either: each one's own line is its total already)
_COUNTED_TOTAL = re.compile(r"[两俩二三四五六七八九十][个家](?:部门|单位).*(?:合计|总计)(?:是|有|为)?(?:多少)?$")
# a count of things the rows hold, said with its noun ("有几个长者食堂", "多少辆车"): not rows counted (几个项目/单位)
# A count asked in a measure word alone, at the end ("补贴了多少户", "覆盖几家"): no noun of its own.
_MEASURE_ASKED = re.compile(r"(?<![哪这那])(?:几|多少)(户|家|名|位|人次|人)(?:呢|啊|吗)?$")  # (哪几家: which, no count)
_THINGS_COUNTED = re.compile(r"(?<![哪这那])(?:几|多少)(个|家|辆|所|座|台|户|名|位)([\u4e00-\u9fff]{2,8}?)(?:呢|啊)?$")


def _rows_counted_as_projects(noun: str, facts: list[dict]) -> bool:
    """"水利局有几个专项债项目": projects counted are rows of a table, the answer the rows' figures listed one a
    row (several rows), never one money figure standing for the count; so are projects said before what they fill
    ("多少个项目用作资本金": the rows printing a 用作项目资本金, counted)."""
    return (noun.endswith("项目") or noun.startswith("项目")) and len({(f["document_id"], f["sheet"], f["line"]) for f in facts}) >= 2


def _other_measure(measure: str, unit: str) -> bool:
    """A figure printed in a unit that counts no such thing as asked (户 asked, 万元 / % / 分 printed); a figure
    printed with no unit may be the count."""
    return bool(unit) and measure not in unit and unit not in _MEASURE_KIN.get(measure, measure)


_EACH_SAID = re.compile(EACH_APART)
_TABLES_COUNTED = re.compile(r"(?:[两二三四五六七八九十几各每]|所有|全部)张")  # "两张申报表": the tables, counted
def _tables_said_by_subject(idx, text: str, said: list[tuple[int, int]]) -> list[str]:
    """"政府采购的金额各部门分别是多少": the departments with a table whose kind is the subject said (政府采购 of a
    政府采购预算表), whichever label its figure is printed under (采购预算金额 合计) — beside those printing the label."""
    rest = "".join(" " if any(a <= i < b for a, b in said) else ch for i, ch in enumerate(text))
    out = []
    for doc in idx.docs.values():
        stem = _TABLE_KIND_END.sub("", compact(doc.form or ""))
        if len(stem) >= 4 and stem != compact(doc.form or "") and stem in rest and doc.department not in out:
            out.append(doc.department)
    return out


# The end of a table's kind after its subject (政府采购 of 政府采购预算表)
_TABLE_KIND_END = re.compile(r"(?:预算|决算)?(?:明细)?表$")


# "各部门", "每个部门", "所有部门": every department, none named.
EACH_DEPARTMENT = re.compile(r"(?:各个?|每个|每一个|所有|全部)(?:的)?(?:决算|预算)?部门(?:的)?")  # (各单位: a table's own rows)
_EACH_UNIT = re.compile(r"(?:各个?|每个|每一个)(?:的)?单位(?:的)?")
# "各表里", "每张表中", "所有表的": every table loaded, none named by its kind — each department's.
_EACH_TABLE = re.compile(r"(?:各个?|每个|每一个|每张|每一张|所有|全部)(?:的)?表(?:格)?(?:里|中|上|内)?(?:面)?(?:的)?")
# "四个部门…加起来", "哪个部门…最多", "这几个部门里谁…": departments, none named, whose figures are set against each other.
DEPARTMENTS_SET_AGAINST = re.compile(r"(?:[两俩二三四五六七八九十几各]个?|哪个|哪一个|所有|全部)部门")
# "宜都三个部门里哪个一般公共预算最少": the figure asked of each, the most said of them all.
_WHICH_MOST = re.compile(r"(?:里|中|之中|当中)?(?:的)?(?:哪个部门|哪个单位|哪家单位|哪一个|哪家|哪个)(?:的)?"
                         r"(?P<x>[\u4e00-\u9fff]{1,12}?)最(?:多|高|大|少|低|小)(?:的)?(?:是哪个|是哪家|是谁)?(?:呢)?$")


def _one_ask_each(question: str) -> str:
    """The question as asked of one of the departments it names: the words relating their figures gone."""
    # ("宜都各部门项目支出": 各部门 says whose, never which table: its 部门 is no 部门整体绩效目标表's word)
    text = EACH_DEPARTMENT.sub("", _COUNT_SAID.sub("", normalize(question)))
    text = _WHICH_MOST.sub(lambda m: m.group("x") + "多少", text)
    text = _WHICH_MORE.sub(lambda m: m.group("x") + "多少", text)
    text = _ACROSS_SUM.sub("多少", text)
    text = _ACROSS_DIFF.sub("多少", text)
    text = re.sub(r"(?:多少\s*){2,}", "多少", text)
    return text if re.search(r"多少|几|是什么|哪些", text) else text + "多少"


def _once_per_row(facts: list[dict]) -> list[dict]:
    """Each row's figure once: a later sheet of the same workbook printing the same row with the same figure
    (分配表 and 与上年对比 alike: 城关镇 3873600) repeats it, and the first sheet's stands."""
    first: dict[tuple, str] = {}
    for f in facts:
        first.setdefault((f["document_id"], _own_row(f), f["number"]), f["sheet"] or "")
    return [f for f in facts if first[(f["document_id"], _own_row(f), f["number"])] == (f["sheet"] or "")]


_WHOLE_COLUMN = re.compile(r"^(?:合计|总计)$")


def _wholes_of_rows(facts: list[dict]) -> list[dict]:
    """Rows of one table each listed with the same several columns, one of them the row's whole (合计 beside
    因公出国费, 公务接待费 …), no column said ("各部门三公经费分别多少"): each row's whole only (the items are the
    rows, their figure their whole); the facts as they are otherwise."""
    rows: dict[tuple, list[dict]] = {}
    for f in facts:
        rows.setdefault((f["document_id"], f["sheet"], _own_row(f)), []).append(f)
    if len(rows) < 2 or len({f["document_id"] for f in facts}) != 1:
        return facts
    columns = {tuple(sorted(f["col_labels"] or "" for f in row)) for row in rows.values()}
    wholes = [[f for f in row if _WHOLE_COLUMN.match(compact((f["col_labels"] or "").split(query.FACT_SEP)[-1]))]
              for row in rows.values()]
    if len(columns) != 1 or len(next(iter(columns))) < 3 or any(len(w) != 1 for w in wholes):
        return facts
    return [w[0] for w in wholes]


def _figures_compared(answers: list[list[dict]], whole: FactQuestion, combined: bool) -> list[dict]:
    """Each department's one figure: the one its answer is compared or added by (combined), else its only fact;
    where a side is left with several, the one of the same kind as the others' (_figures_of_one_kind)."""
    one = [f for facts in answers if (f := _the_figure(facts, whole) if combined else
                                      (facts[0] if len(facts) == 1 else None)) is not None]
    one = [f for f in one if f["number"] is not None]
    if combined and len(one) < len(answers):
        one = _figures_of_one_kind(answers, whole) or one
    return one


def _kind_of_figure(f: dict) -> str:
    """决算 or 预算: what a figure is by its column, else by its table ("部门决算"); "" when neither says."""
    col = (f.get("col_labels") or "").split(query.FACT_SEP)[-1]
    for said in (col, f.get("form") or ""):
        kinds = [k for k in ("决算", "预算") if k in said]
        if len(kinds) == 1:
            return kinds[0]
    return ""


def _figures_of_one_kind(answers: list[list[dict]], whole: FactQuestion) -> list[dict] | None:
    """"凯里卫生健康支出比普陀财政局多多少": one side a 决算 table's one figure, the other a row printing its
    年初预算数, 调整预算数 and 决算数 — the figure of the same kind (决算 against 决算) is the one compared. None
    unless every other side has its one figure, of one kind, and exactly one figure of that kind stands on the
    remaining side."""
    chosen = [_the_figure(facts, whole) for facts in answers]
    open_sides = [k for k, f in enumerate(chosen) if f is None or f["number"] is None]
    kinds = {_kind_of_figure(f) for f in chosen if f is not None and f["number"] is not None}
    if len(open_sides) != 1 or len(kinds) != 1 or "" in kinds:
        return None
    kind = kinds.pop()
    fits = [f for f in answers[open_sides[0]] if f["number"] is not None and _kind_of_figure(f) == kind]
    if len({(f["number"], f["unit"]) for f in fits}) != 1:
        return None
    chosen[open_sides[0]] = fits[0]
    return [f for f in chosen if f is not None]


def _the_figure(facts: list[dict], whole: FactQuestion) -> dict | None:
    """The one figure of a department's answer that its figure is compared or added by: the only one, or
    one value shown several times, or the row saying the word asked (本年收入合计 for 收入, not 总计) in its
    least qualified table (收入支出决算总表 before 财政拨款收入支出决算总表); None when still several."""
    numeric = [f for f in facts if f["number"] is not None]
    if len({(f["number"], f["unit"]) for f in numeric}) == 1:
        return numeric[0]
    said = [whole.text[m.start:m.end] for m in whole.mentions if 0 <= m.start < m.end <= len(whole.text)]
    saying = [f for f in numeric if any(w and w in _own_row(f) for w in said)]
    if len({(f["number"], f["unit"]) for f in saying}) == 1:
        return saying[0]
    if len({(_own_row(f), f["col_labels"]) for f in saying}) == 1:
        sections = [f["section"] or "" for f in saying]
        plain = [f for f in saying if all((f["section"] or "") in s for s in sections)]
        if len({(f["number"], f["unit"]) for f in plain}) == 1:
            return plain[0]
    # "卫健局人员经费比普陀财政局多多少": a column of one table over its 合计 row and the subtotals under it — the
    # department's figure is the 合计 row's, never a group's
    return _printed_total(numeric)


# "各占多少", "分别占比多少": each item's own share, said of several at once.
_EACH_SHARE = re.compile(r"(?:各|分别|各自)(?:的)?(?:占|占比)|占比(?:是)?(?:各|分别|各自)")
# "占部门预算的比例": only the whole of a share said (its part is the figure the conversation showed).
# A later clause asking what became of the figure just shown, naming nothing: "实际花了多少", "完成了多少".
# (DONE_VERBS: what became of a figure, also read by turn.py's later clauses)
DONE_VERBS = r"用了|花掉了?|支出了|完成了|执行了|少花了|多花了|没花完?|剩了|结余了"
_SAME_ROW_ASKED = re.compile(rf"^(?:那|那么)?(?:它)?(?:实际|最后|最终|已经|已)?(?:花了|{DONE_VERBS}|决算数?是?|执行数?是?)"
                             r"(?:多少钱?|多少万元?)(?:呢|啊)?$")
_WHOLE_ONLY = re.compile(r"^(?:那|那么)?(?:它|这个|这项|这笔)?(?:的)?占")
# "财政局的住房公积金是社工部的多少倍": the first department's figure over the second's, as a multiple.
_WEIGHT_COLUMN = re.compile(r"权重|分值")
# A count of people asked ("三支一扶人数", "多少人"), of things in a measure ("多少户", "几台" beside _QUANTITY_ASKED),
# and which firm or which few of a kind ("供应商是哪家", "具体是哪三个村"): names, which no figure is.
_PEOPLE_COUNT_ASKED = re.compile(r"多少人|几个人|几人|多少名|人数(?:是|有)?(?:多少|几)?$")
_COUNTED_IN = re.compile(r"(?:几|多少)(户|家|所|件)")
_NAME_OF_ONE_ASKED = re.compile(r"是哪一?家|哪家(?:公司|单位|企业)|具体是哪[几两三四五六七八九十\d]+[个家所]")
# "发了多少补贴", "多少人": how much or how many asked — never a rate's figure, unless a rate is said.
_HOW_MUCH_OF = re.compile(r"(?:多少|几)(?:个|人|名|次|元|万元?|钱)?[\u4e00-\u9fff]*$")
_RATE_SAID = re.compile(r"率|比例|比重|百分|几成|%|占比|进度|完成值|完成情况|指标值|目标值")
_TIMES_ASKED = re.compile(r"是(?P<rest>.{1,20}?)(?:的)?(?:几|多少)倍")
_PROPORTION_WORDS = re.compile(r"百分之几|百分之多少|百分比|所占比例|比例|比重|占比|(?:几|多少)倍")


# "两个单位", "三家部门": how many departments a question is about.
_DEPARTMENTS_COUNTED = re.compile(r"([两俩二三四五六七八九十])[个家](?:部门|单位|局)")
_COUNTS = {"两": 2, "俩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "几": 0}


# A change asked alone ("那增了多少", "减少了多少呢") and what shows one: a difference worked out, or a printed
# change (增减额, 增长率, 比上年 …).
# A word in Latin letters left over ("PM2.5", "GDP"): as much a thing asked as two Chinese characters.
_LATIN_WORD = re.compile(r"[a-zA-Z]{2,}")
# "债务率": 率 said right after a label, as a rate of it; a rate the bot works out elsewhere (执行率, 完成率,
# 增长率 …) is not this.
_WORKED_OUT_RATE = re.compile(r"(?:完成|执行|支出|增长|下降|减少|增减|变动|增|降|减|使用|进度)率")


def _rate_of_a_label(fq: FactQuestion, idx: FactIndex) -> bool:
    """"永新县债务率是多少": 率 left over right after a label said, naming a rate no column prints and none is
    worked out; never the figure it would be a rate of (the 债务 columns)."""
    if "率" not in fq.leftover.split() or _WORKED_OUT_RATE.search(fq.text):
        return False
    return any(m.start >= 0 and fq.text[m.end:m.end + 1] == "率" and _of_amounts(m.keys, idx) for m in fq.mentions)


def _of_amounts(keys: set[str], idx: FactIndex) -> bool:
    """Whether a label's cells are amounts of money (债务 of 债务限额): a rate of them is no cell of theirs, unlike
    an indicator said short of its 率 (照护率 of 失能老人照护覆盖率)."""
    facts = idx.facts([f for k in keys for f in idx.label_facts.get(k, ())[:5]])
    return bool(facts) and all(f["unit"] in _MONEY_UNITS for f in facts if f["number"] is not None)


_CHANGE_ONLY = re.compile(r"(?:那|那么)?(?:它|这个|这项)?(?:的)?(?:比上年|比去年|较上年)?(?:增|减|涨|降|增加|减少|下降|增长|降低|上升)"
                          r"(?:了)?(?:多少|几)(?:万元|元|万)?(?:呢|啊)?")
# A share asked of nothing named ("占比多少", "占多少呢"): of the line just shown.
# A share asked at all ("项目支出占多少", "占比呢").
# Two things joined inside what was read as one label ("基本加项目支出"): the join words
_JOINS = frozenset("加和与跟")
_TWO_SAID = re.compile(r"(?<![第前后最])两(?:个|项|次|笔|条|者|行|类|批)")
_ADDED_SEVERAL = re.compile(r"加起来|合起来|加在一起|加一起|合在一起|总和|之和")  # (several things, never one)
_ADDED_UP = re.compile(r"一共|总共|共计|加起来|合起来|加在一起|加一起|合在一起|总和|之和")  # (合计: a label too)
_SHARE_ASKED = re.compile(r"占(?:了)?(?:[\u4e00-\u9fff]{0,8}?的)?(?:多少|比例|比重|百分之几|几成|百分比)|占比")
_CHANGE_SHOWN = re.compile(r" - |−|增减|增长|减少|增加|下降|上升|变动|变化|差额|比.{1,30}?[多少]")


# A negation set on the rows asked: "没有X的", "不是X的", "未X的", "哪个单位没有X", "哪些项目不是X"
# ("有没有", "是不是" ask yes or no; 无/未/没 inside a label the question named are the label's).
_NEGATION = re.compile(r"(?<!有)(?<!是)(?:没有|没|不是|未|无|不含)(?=[\u4e00-\u9fff%\d]{1,12}?(?:的|$))"
                       r"|(?<=[个些])[\u4e00-\u9fff]{0,6}?(?<!有)(?:没有|没|不是|未)"
                       r"|(?:除了|除去|除开)(?=[\u4e00-\u9fff]{1,12}?(?:以外|之外|外))")


# ("项目几个 涉及金额": two asks, a count and then the money; 金额 is no thing counted)
_MONEY_NOUN = re.compile(r"金额|资金|经费|预算|钱|支出|收入|拨款")


def _shares_a_word(noun: str, label: str) -> bool:
    """Whether a column's label says two characters running of the noun counted (居家养老服务站 of
    居家养老服务补助): the column is about those things, its money no count of them."""
    return any(noun[i:i + 2] in label for i in range(len(noun) - 1))


def _negation_said(text: str, rest: str, names: str = "") -> str | None:
    """The negation word the question sets on the rows it asks for that no step of the reading took (`rest`:
    the question with what was read blanked; a label "未执行数", a filter "没有空编" = 0; `names`: the names of
    the rows answered, whose words are theirs), or None."""
    if "多少" in text and not re.search(r"哪|几|多少个|多少项", text) or re.search(r"为啥|为什么|怎么|咋|原因", text):
        return None  # (a figure asked, not rows picked: "未执行多少"; "为啥没分": the reason asked)
    for m in _NEGATION.finditer(text):
        at = m.end() - 1
        if names and text[at:at + 2] in names and len(text[at:at + 2]) == 2:
            continue
        if not rest or rest[at] != " ":
            return text[m.end() - 2:m.end()] if text[m.end() - 2:m.end()] in ("没有", "不是", "不含", "除了", "除去", "除开") \
                else text[at]
    return None


# Units asked over ("哪个单位基本支出最多", "三个单位谁的多", "各单位分别多少"): a ranking, a list or each one's.
_UNITS_OVER = re.compile(r"(?:哪个|哪一个|哪家|哪几个|哪些|各个?|每个|所有|几个|[两二三四五六七八九十\d]{1,2}个)(?:下属)?单位"
                         r"|(?<![本该我])单位[^项]{0,8}?(?:谁|哪个)")  # (本单位哪个项目…: its projects, not its units)


def _of_the_table_of_units(fq: FactQuestion, facts: list[dict]) -> list[dict]:
    """"农业农村局三个单位谁的基本支出最多": the units asked over are the rows of the table whose rows are units
    (its row heading 单位名称, a 分单位汇总 sheet), not the subject lines of its other table (事业运行); the facts
    unchanged unless some, not all, are of such a table."""
    if not _UNITS_OVER.search(fq.text):
        return facts
    units = [f for f in facts if is_unit_row(f)]
    return units if units and len(units) < len(facts) else facts


def _from_fewer_departments(question: str, fa: FactAnswer | None) -> FactAnswer | None:
    """"两个单位加起来" answered from one department's table: never one figure as the two's."""
    many = _DEPARTMENTS_COUNTED.search(compact(normalize(question)))
    if many is None or fa is None or fa.status != "answered" or not fa.facts:
        return None
    found = sorted({f["department"] for f in fa.facts})
    if len(found) >= _COUNTS.get(many.group(1), 0):
        return None
    # (one line under each unit of one department's table, 本级 and 某中心: the units are what was counted)
    rows = [(f["row_labels"] or "").split(query.FACT_SEP) for f in fa.facts]
    if many.group().endswith("单位") and len(found) == 1 and len(rows) == len(fa.facts) >= 2 \
            and all(len(r) >= 2 for r in rows) and len({r[-1] for r in rows}) == 1 \
            and len({r[0] for r in rows}) == len(rows) >= _COUNTS.get(many.group(1), 0):
        return None
    # (the rows of one department's table of units, 分单位汇总, ranked: the units counted are its rows)
    if many.group().endswith("单位") and all(is_unit_row(f) for f in fa.facts) and re.search(r"谁|哪个|哪一个|最", question):
        return None
    return FactAnswer("unknown", compose.fewer_departments(_COUNTS[many.group(1)], found), [], settled=True)


def _counted(text: str, form: str) -> int | None:
    """"两个普陀的决算", "普陀区两家单位": the count said right beside a name several departments share (0
    for 几), None when none is."""
    at = text.find(form)
    if at < 0:
        return None
    m = _COUNT_BEFORE.search(text[:at]) or _COUNT_AFTER.match(text[at + len(form):])
    if m is None:
        return None
    return next((n for ch, n in _COUNTS.items() if ch in m.group()), 0)


def _head_said(said: str, label: str) -> str:
    """The longest start of the words said that starts the label too ("三公经费" of 三公经费预算 and
    三公经费财政拨款预算表)."""
    n = 0
    while n < min(len(said), len(label)) and said[n] == label[n]:
        n += 1
    return said[:n]


def answer(kb, question: str, doc_ids: list[int] | None = None) -> FactAnswer | None:
    """The fact answer to a question, or None when no fact label explains it."""
    idx = index_for(kb)
    if not idx.fact_docs:
        return None
    return Answerer(idx).answer(question, doc_ids)


# A cell stating one quantity in words of its own unit (≥28万头, 26.9万亩): kept as text by the reader, a figure
# when two of one line in one unit are set against each other. (Kept apart from its twins listing._FIGURE_IN_WORDS
# — signed, 不低于 … in words, a unit of 0-4 of any sign, % too — and records._COUNTED — 约, Chinese units of 1-2.)
_QUANTITY_STATED = re.compile(r"^\s*(?:[≥≤><＞＜]=?)?\s*(\d+(?:\.\d+)?)\s*([^\d\s%.．,，、；;：:（）()]{1,3})\s*$")


def _quantities_stated(facts: list[dict]) -> list[dict]:
    """The text cells of one line stating a quantity each in one same unit, read as figures of it (the target and
    the actual of an indicator printed as 年度指标值 ≥28万头 and 实际完成值 26.9万头); empty unless exactly such."""
    out = []
    for f in facts:
        if f["number"] is None and (m := _QUANTITY_STATED.match(f["value"] or "")):
            out.append({**f, "number": float(m.group(1)), "unit": m.group(2)})
    same = len({f["unit"] for f in out}) == 1 and len({f["row_labels"] for f in out}) == 1
    return out if same else []


def _pairs_of(text: str) -> set[str]:
    """The pairs of characters of a text (the words a ratio's row and a note's clause may share)."""
    return {text[i:i + 2] for i in range(len(text) - 1)}
