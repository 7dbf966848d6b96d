"""Arithmetic over the facts found: values, sums, differences, shares, rates, changes, per-unit figures."""

from __future__ import annotations

import copy
import heapq
import re
from collections import defaultdict

from bot.answer import EACH_APART, compose
from bot.answer.facts import periods, two_sides
from bot.answer.facts.common import _FULL_MARKS, _RATIO_AS_TEXT, _SCORED, _UNIT_SCALE, _names, marks_apart
from bot.answer.facts.index import FactIndex
from bot.answer.facts.lookup import Lookup
from bot.answer.facts.outline import code_of, items_of
from bot.answer.facts.question import (
    _CN_NUM,
    _LEVEL_DIGITS,
    FactAnswer,
    FactQuestion,
    Mention,
)
from bot.answer.facts.rows import DEPARTMENTS_LISTED
from bot.answer.facts.values import (
    _CHANGE_COLUMN,
    _MONEY_UNITS,
    _cite,
    _name,
    _of_the_block_said,
    _one_level,
    _own_col,
    _own_kind_first,
    _own_row,
    _period_of,
    _prefer,
    _printed_rate,
    _printed_total,
    _said_in,
    _shown,
    column_month,
    rate_terms,
    row_code,
    running_total,
    year_of_fact,
)
from bot.answer.facts.words import (
    _PLANS,
    _RATE_WORDS,
    CHANGE_COLUMN,
    PERIODS_LONGEST_FIRST,
    _is_grand_total,
    _is_total,
    flow_words,
    fmt_added,
    fmt_number,
    fmt_percent,
    is_subtotal,
    label_key,
    one_way_column,
    rows_headed_as_units,
)
from bot.language.asking import Words
from bot.language.asking import words as asking_words
from bot.language.normalize import compact, in_unit, ratio_said
from bot.store import queries as query

# "三项钱加一起": the number of items a sum is said to add (two is often "这两个" of what was just said).
_COUNT_SAID = re.compile(r"(?<![前后第最倒])([三四五六七八九十])(?:个|项|笔|条)(?![月季年])")
# "这两个加起来" naming nothing itself: the two of what was just said (counted as 三项 is above).
_TWO_POINTED = re.compile(r"(?:这|那)(两)(?:个|项|笔|条)?")

# Units asked of rows filtered by their change ("减少的部门有哪些"): their 小计 lines, unless the rows are the units.
_UNITS_ASKED = Words("unit_rows", "{groups_said}")


# A sum said in words (合计, 一共): of a column of figures per one, said not to add.
# Each of them asked, never their sum ("分别", "各是", "每个", "哪个"). (handlers._EACH_ASKED is the same ask of
# projects' whole budgets in other words: one list would change answers — 哪个项目总投资最大 listed, 合计各多少 not
# added — so each keeps its own until a change of behaviour joins them.)
_EACH_ASKED = re.compile(EACH_APART + r"|各项|每个|每项|哪")
# Each row of a group asked, never the group's figure its rows add to: 哪些 / 哪几 / 有几 rather than any 哪, no 每项.
_EACH_OF_GROUP = re.compile(EACH_APART + r"|哪些|哪几|有几|每个|各项")
# "各乡镇分别多少": the 分别 of a breakdown by the ones money goes to, no two things each asked (a table without them
# says so: measure_held.breakdown_not_held), never "only one of them found" with the row's figure
_BREAKDOWN_EACH = Words("measures", "(?:{breakdown_each})(?:{breakdown_recipients})(?:分别)")
_EACH_SAID = re.compile(EACH_APART)
_WHOLE_SAID = re.compile(r"合计|一共|总共|总计|共计|加起来|加在一起|总额")
# A row's progress in percent (拨付进度, 执行率, 支付比例): 100% is done.
_SPENT_COLUMN = re.compile(r"决算|执行数|实际支出|实际执行")
_EARLIER_COLUMN = re.compile(r"上年|去年|上一年|以前年度")
_COLUMN_YEAR = re.compile(r"(?:19|20)\d\d")


def _same_year_pairs(by_year: dict[tuple, dict[str, dict]]) -> dict[tuple, dict[str, dict]]:
    """Each line's spent and budget columns of one year (2024年决算数 is not set against 2025年预算数); columns
    stating no year pair with those of the one year the line states, never across two stated years."""
    lines: dict[tuple, dict[str, dict[str, dict]]] = defaultdict(dict)
    for key, cols in by_year.items():
        lines[key[:-1]][key[-1]] = cols
    rows: dict[tuple, dict[str, dict]] = {}
    for line, years in lines.items():
        stated = sorted(y for y in years if y)
        if len(stated) > 1:
            pair = next((years[y] for y in reversed(stated) if len(years[y]) == 2), None)
        else:
            pair = {**years.get("", {}), **(years[stated[0]] if stated else {})}
        if pair is not None and len(pair) == 2:
            rows[line] = pair
    return rows
_WHICH = re.compile(r"哪(?:个|些|几个|一个|一项|几项)")
_PROGRESS = re.compile(r"进度|执行率|完成率|到位率|(?:拨付|支付|发放)(?:比例|率)")


def _department_named(name: str) -> str:
    """A department's own line named by the department: its block's "X小计" is X."""
    return re.sub(r"(?<=[局委办院厅会站心部])(?:小计|合计)$", "", name)


def _row_name(f: dict) -> str:
    """A fact's name without its column's ("沅陵县辰州小学" of "沅陵县辰州小学 生均标准")."""
    name = _name(f)
    return name.rsplit(" ", 1)[0] if f["col_labels"] and " " in name else name


def _columns_of_rows(facts: list[dict]) -> list[list[dict]] | None:
    """Several lines each matched in the same several columns (a line's 本年收入合计 and 本年支出合计): the
    facts by column, each column's in the lines' order; None when the facts are not such a grid."""
    rows: dict[tuple, dict[str, dict]] = {}
    for f in facts:
        rows.setdefault((f["document_id"], f["row_labels"] or ""), {})[f["col_labels"] or ""] = f
    columns = list(dict.fromkeys(f["col_labels"] or "" for f in facts))
    if len(rows) < 2 or len(columns) < 2 or any(not row[1] for row in rows) \
            or any(set(cells) != set(columns) for cells in rows.values()) or len(facts) != len(rows) * len(columns):
        return None
    return [[cells[c] for cells in rows.values()] for c in columns]


def _columns_agree(by_column: list[list[dict]]) -> bool:
    """Whether each line prints one figure in all its columns (收入合计 = 支出合计)."""
    return all(len({col[i]["number"] for col in by_column}) == 1 for i in range(len(by_column[0])))


def _preferred_column(by_column: list[list[dict]]) -> list[dict]:
    """Of columns printing the same figures, the 支出 one (what the lines spent), else the first."""
    return next((col for col in by_column if "支出" in (col[0]["col_labels"] or "")), by_column[0])


def _shortfall(fq: FactQuestion, done: dict, plan: dict) -> str:
    """"决算比预算少多少" asked beside the rate: done less the plan, said; "" when not asked."""
    if "diff" not in fq.ops or not re.search(r"比(?:年初|全年|调整后)?(?:预算|计划)", fq.text):
        return ""
    d = done["number"] - plan["number"]
    return compose.fact_difference(_name(done), None, _name(plan), None, fmt_number(done["number"]),
                                   fmt_number(plan["number"]), d, fmt_number(abs(d)), fmt_number(d), done["unit"] or "")


# A note defining a figure by a line of a column: "基本支出中302类为公用经费，其余为人员经费".
_NOTE_DEFINES = re.compile(r"(?P<col>[\u4e00-\u9fff]{2,8}?)中(?P<code>\d{3,7})类?(?:科目)?(?:为|是|即|属于)(?P<own>[\u4e00-\u9fff]{2,8}?)"
                           r"(?:[，,；;](?:其余|其他|其它)(?:为|是|即|属于)(?P<rest>[\u4e00-\u9fff]{2,8}?))?(?=[，,。；;]|$)")
# "中央和市级比例", "基本支出与项目支出之比": two things said together, one to the other (no 占: no share).
# "松坪乡生态转移支付占它合计的比重": the whole is the row's own total column (它 / 其 / 本乡 said after 占).
_OWN_TOTAL = re.compile(r"占(?:了)?(?:它|其|自身|本身|自己|本[乡镇村街区县市局单位]{1,2})(?:的)?(合计|总计|总额|总数|小计)")
_PROPORTION_ASKED = re.compile(r"[和与跟同、].{1,14}?(?:的)?(?:比例|之比|比值|配比)")


def own_total_of_the_talk(fq: FactQuestion, idx: FactIndex) -> bool:
    """"公路养护占它合计的多少": a share of a row's own total (它, 其) whose every other word said is a column
    label: no row or other word of its own, so 它 is a row of the talk (in its department)."""
    own = _OWN_TOTAL.search(fq.text)
    if own is None or not fq.mentions or fq.leftover or fq.subject_docs:
        return False
    return all(m.keys and (m.keys <= idx.col_keys and not m.keys & idx.row_label_keys
                           or own.start(1) <= m.start and m.end <= own.end(1) and m.keys & idx.col_keys)
               for m in fq.mentions)


def _year_printed(f: dict) -> int | None:
    """The year a fact's labels print, or of a 本年 / 上年 column its own (the sheet's year, set at loading)."""
    return year_of_fact(f) or (f["year"] if re.match(r"(?:本年|上年|上一年|今年|去年)", (f["col_labels"] or "").split(
        query.FACT_SEP)[-1]) else None)


def _part_said(fact: dict, text: str) -> bool:
    """Whether the question says the 其中 column of this fact by its own name ("脱贫户" of 其中：脱贫户（户）)."""
    own = re.sub(r"^其中[:：]?", "", (fact["col_labels"] or "").split(query.FACT_SEP)[-1])
    key = label_key(own)
    return len(key) >= 2 and key in text


# A change asked in money ("少了多少万", "多多少钱"), not as a rate.
_AMOUNT_ASKED = re.compile(r"多少(?:万|亿|元|钱)|几(?:万|亿)")
# A rate asked of a change ("增长百分之几", "增幅", "增长率", "几成"), not its amount.
_RATE_ASKED = re.compile(r"幅|率|百分|%|几成|比例")
# "哪些科目比上年减少了" / "哪一类支出2025年比2024年增加了": rows filtered by the sign of their change.
# (the words of a change's sign are the vocabulary's, shared with the tables of departments: dept_units._WENT)
_WHICH_CHANGED = Words("departments", r"哪(?:个|些|几个|几项|项|一项|一类|类|一款|款|几年|些年|一年|年)[\u4e00-\u9fff]{0,8}?(?:比上年|较上年|比去年|较去年"
                            r"|(?:(?:20)?\d\d年?)?(?:比|较)(?:20)?\d\d年?)?"
                            r"(?:({went_down})|({went_up}))了?"
                            r"(?:的|(?:减|增|降|涨|少|多)?了?多少(?:万元|元)?)?$")


# A project plan's columns: its whole investment, what was done up to a date, and this year's plan.
_WHOLE_INVESTMENT = re.compile(r"^(?:项目|计划)?总投资(?:额|规模)?$")
_DONE_BEFORE = re.compile(r"累计(?:完成|已完成)?投资|累计完成")
_PLANNED_NOW = re.compile(r"(?:(?:19|20)\d\d年|本年|年度|今年)(?:度)?计划(?:投资|安排)?|计划投资$")

def _col_of_total(f: dict) -> str:
    """A fact's own column, said with the head above it when it is that head's total ("2026年计划投资 › 合计" is
    the year's planned investment, its sources printed beside it)."""
    heads = [label_key(h) for h in (f["col_labels"] or "").split(query.FACT_SEP) if h]
    return "".join(heads[-2:]) if len(heads) >= 2 and _is_total(heads[-1]) else _own_col(f)


# "每个社区补多少", "每村补多少": the standard of one unit (社区, 村) asked, as a row's text may state it.
_EACH_OF = re.compile(r"每个?([\u4e00-\u9fff]{1,3}?)(?:补助|补贴|补|发放|发|给|拨付|拨|奖补|奖励|安排|分配|分)?(?:多少|几)")

# "比上年下降的税种有哪些": the change said first, then the rows it filters.
_CHANGE_BETWEEN = re.compile(r"(?:19|20)\d\d年?(?:比|较)(?:19|20)\d\d年?(?:增减|增长|增加|减少|变动|变化)")
_CHANGED_WHICH = Words("departments", r"(?:比上年|较上年|比去年|较去年|同比|(?:(?:20)?\d\d年?)?(?:比|较)(?:20)?\d\d年?)?"
                            r"(?:({went_down})|({went_up}))了?的(?P<noun>[\u4e00-\u9fff]{0,8}?)"
                            r"(?:有哪些|是哪些|有哪几个|有哪几项|都有哪些|都有啥|有什么)$")


def _signed(change: dict) -> float:
    """A printed change as a rise (+) or fall (-): a column named for a fall (比上年减少 63.14) is a fall."""
    fell = re.search(r"减少|下降|降低|压减", (change["col_labels"] or "").split(query.FACT_SEP)[-1])
    return -change["number"] if fell else change["number"]



# A per-one figure under one of the amount's unit is shown in the unit 10,000 times smaller.
_SMALLER = {"万元": "元", "亿元": "万元"}


# A column an allocation is worked out by (人口因素（人）权重50%, "常住人口（人）（权重60%）"): a basis of the sharing,
# not the people the money is for.
_FACTOR_COLUMN = re.compile(r"因素|权重")

# The whole said as the table's own 合计 / 总计 or the whole department's ("占合计", "占全局"): its grand total line
_GRAND_WHOLE_SAID = re.compile(r"占(?:合计|总计|全局|全部|整个部门|全部门)")


def _grand_whole_said(asked: str, f: dict) -> bool:
    """"耕地地力保护补贴占合计的比例" of the row's 合计 column: the table's 合计 line is the whole, never the 小计 of
    the group the row stands in (a part column, 中央资金占合计, is the row's own 合计's as before)."""
    return bool(_GRAND_WHOLE_SAID.search(asked)) and _is_total(_own_col(f))

def _year_said_before(text: str, at: int) -> int | None:
    """The year said right before a place of the question ("2025年预算", "24年执行数"), else None."""
    m = re.search(r"(?<!\d)((?:19|20)?\d\d)年度?$", text[:at])
    return None if m is None else int(m.group(1)) + (2000 if len(m.group(1)) == 2 else 0)


def _rate_of_these(printed: dict, a: dict, b: dict) -> bool:
    """Whether a printed change is the one between the two columns compared: a change naming its columns
    (2025年预算数比2024年执行数增减（%）) is not that of 2025年预算数 against 2024年预算数."""
    label = compact((printed["col_labels"] or "").replace(query.FACT_SEP, ""))
    if "比" not in label:
        return True
    return all(compact((x["col_labels"] or "").replace(query.FACT_SEP, "")) in label for x in (a, b))


def _in_one_money_unit(a: dict, b: dict, unit: str) -> tuple[float, float, str, str]:
    """Two amounts printed in different money units (a 收入 sheet in 元, a 支出 sheet in 万元): both in the larger
    unit, with the conversion said — never 元 less 万元 as if one unit. (a, b, unit, the conversion said)."""
    if a["unit"] == b["unit"] or a["unit"] not in _UNIT_SCALE or b["unit"] not in _UNIT_SCALE:
        return a["number"], b["number"], unit, ""
    big = max((a["unit"], b["unit"]), key=lambda u: _UNIT_SCALE[u])
    an, bn = (f["number"] * _UNIT_SCALE[f["unit"]] / _UNIT_SCALE[big] for f in (a, b))
    said = [compose.unit_conversion(fmt_number(f["number"]) + f["unit"], fmt_number(x) + big)
            for f, x in ((a, an), (b, bn)) if f["unit"] != big]
    return an, bn, big, compose.units_converted(said)


class Arithmetic(Lookup):
    def _share_of_the_whole(self, fq: FactQuestion, context: dict) -> FactAnswer | None:
        """"多媒体一体机采购预算多少万" → "占采购总预算比例": the one figure just shown over its table's grand total
        (a whole said after 占: 总…, 全部, 合计), not a row named; None otherwise."""
        last = list(context.get("last") or ())
        m = re.search(r"占(.*)$", fq.text)
        if "ratio" not in fq.ops or len(last) != 1 or m is None \
                or not re.search(r"总|全部|整个|合计|所有|全[局县市区镇乡系]", m.group(1)):  # 全局: the bureau's units all
            return None
        shown = self.idx.facts(last)
        if not shown or shown[0]["number"] is None or self._is_total_fact(shown[0], "row"):
            return None
        rows, _ = self.idx.doc_rows_and_cols(shown[0]["document_id"])
        if any(mm.start >= m.start() and mm.keys & rows and not all(_is_total(k) for k in mm.keys & rows)
               and not re.search(r"(?:全部|所有|整个|总)(?:的)?$", fq.text[:mm.start]) for mm in fq.mentions):
            return None  # "占货物类小计多少": over that row, not the table's whole
        own = self.idx.row_keys(shown[0]["id"])
        if any(mm.end <= m.start() and mm.keys & rows and not mm.keys & own for mm in fq.mentions):
            return None  # "本级占总计的比例" after 体育中心's figure: the row said is asked, not the one shown
        f = shown[0]
        # (the grand total: 合计, or the whole table's "一般公共预算收入合计"; never a group's 小计)
        grand = [x for x in self._same_table([f]) if x["col_labels"] == f["col_labels"] and x["number"]
                 and (re.fullmatch(r"(?:合计|总计|总合计|共计)", _own_row(x))
                      or _is_total(_own_row(x)) and not is_subtotal(_own_row(x)) and self.idx.fact_nrows.get(x["id"], 0) == 1)]
        if len(grand) > 1:
            grand = [x for x in grand if re.fullmatch(r"(?:合计|总计|总合计|共计)", _own_row(x))]
        if len(grand) != 1:
            return None  # no one printed grand total: a share of its group's 小计 would be no share of the whole
        t = grand[0]
        r = f["number"] / t["number"] * 100
        return FactAnswer("answered", compose.fact_share(_name(f), _name(t), fmt_number(f["number"]),
                                                         fmt_number(t["number"]), fmt_percent(r)) + _cite(self.idx, [f, t]),
                          [f, t])

    def _row_share_of_the_shown(self, fq: FactQuestion, context: dict) -> FactAnswer | None:
        """"事业收入合计" → "一中占其中多少": a row named (one unit of a table of units) said with 其中 / 它 as the
        whole is that row's cell of the column just shown, over the figure shown (一中 事业收入 ÷ 合计 事业收入),
        never the row's own total over the table's."""
        idx = self.idx
        last = list(context.get("last") or ())
        said = [m for m in fq.mentions if m.start >= 0]
        of_it = re.search(r"占(?:了)?(?:其中|它|这个|这里面|里面|这笔)|其中.{2,}占", fq.text)
        bare = re.search(r"占(.*)$", fq.text)
        if "ratio" not in fq.ops or len(last) != 1 or len(said) != 1 or fq.leftover or not (of_it or bare and not re.sub(
                r"比例|比重|占比|比|多少|几成|百分之几|百分比|的|是|呢|了", "", bare.group(1))):
            return None
        shown = idx.facts(last)
        if not shown or not shown[0]["number"] or not shown[0]["col_labels"]:
            return None
        whole = shown[0]
        if not of_it and not _coded_under(said[0].keys, whole):
            return None  # "公安支出" → "执法办案占多少": a line under the one shown (by its code) is a share of it
        rows, _ = idx.doc_rows_and_cols(whole["document_id"])
        keys = said[0].keys
        if not keys <= rows or keys & idx.col_keys:
            return None  # a column said (在编占比) is another step's
        part = [f for f in idx.facts([x for k in keys for x in idx.label_facts_in(k, whole["document_id"])][:200])
                if f["col_labels"] == whole["col_labels"] and f["sheet"] == whole["sheet"] and f["id"] != whole["id"]
                and f["number"] is not None and f["unit"] == whole["unit"]]
        if len(part) != 1 or part[0]["number"] > whole["number"]:
            return None
        a = part[0]
        r = a["number"] / whole["number"] * 100
        return FactAnswer("answered", compose.fact_share(_name(a), _name(whole), fmt_number(a["number"]),
                                                         fmt_number(whole["number"]), fmt_percent(r))
                          + _cite(idx, [a, whole]), [a, whole])

    def _share_of_the_figure_shown(self, fq: FactQuestion, context: dict) -> FactAnswer | None:
        """"检验检测中心编制" → "在编占比": another column of the row just shown, said before 占 with no whole
        after it, is a share of that figure (在编 ÷ 编制 of the row), not of its own column's total."""
        idx = self.idx
        last = list(context.get("last") or ())
        said = [m for m in fq.mentions if m.start >= 0]
        m = re.search(r"占(.*)$", fq.text)
        if "ratio" not in fq.ops or len(last) != 1 or len(said) != 1 or m is None or fq.leftover \
                or re.sub(r"比例|比重|占比|比|多少|几成|百分之几|百分比|的|是|呢|了", "", m.group(1)) \
                or not said[0].keys <= idx.col_keys or said[0].end > m.start():
            return None
        shown = idx.facts(last)
        if not shown or shown[0]["number"] is None:
            return None
        whole = shown[0]
        row = self._row_key(whole["id"])
        part = [f for f in idx.facts([x for k in said[0].keys for x in idx.label_facts_in(k, whole["document_id"])][:400])
                if self._row_key(f["id"]) == row and f["id"] != whole["id"] and f["number"] is not None
                and f["unit"] == whole["unit"] and f["row_labels"] == whole["row_labels"]]
        if len(part) != 1 or not whole["number"] or part[0]["number"] > whole["number"]:
            return None
        a = part[0]

        def parent(f: dict) -> list[str]:
            return (f["col_labels"] or "").split(query.FACT_SEP)[:-1]
        totals = [f for f in idx.facts([x for x in idx.docs[whole["document_id"]].facts
                                        if self._row_key(x) == row][:200])
                  if f["row_labels"] == whole["row_labels"] and self._is_total_fact(f, "col")]
        if any(parent(t) == parent(a) == parent(whole) for t in totals):
            return None  # 基本支出 then 项目支出: two parts of the row's 合计, each a share of that
        r = a["number"] / whole["number"] * 100
        return FactAnswer("answered", compose.fact_share(_name(a), _name(whole), fmt_number(a["number"]),
                                                         fmt_number(whole["number"]), fmt_percent(r))
                          + _cite(idx, [a, whole]), [a, whole])

    def _change_of_dated(self, facts: list[dict], groups: list[list[Mention]], years: list[int]) -> FactAnswer | None:
        """"减少多少" of one item printed for two years (its columns say the year): the later year against
        the earlier, of the same kind (2024年实际 against 2023年实际, never 执行率 against an amount)."""
        dated = sorted((f for f in facts if f["number"] is not None and year_of_fact(f)
                        and (not years or year_of_fact(f) in years)), key=lambda f: -(year_of_fact(f) or 0))
        if len({f["row_labels"] for f in facts}) != 1 or len({year_of_fact(f) for f in dated}) < 2:
            return None
        # every dated fact has a year (filtered above): `or 0` only tells the type checker so
        first, second = sorted({year_of_fact(f) or 0 for f in dated}, reverse=True)[:2]
        later = [f for f in dated if year_of_fact(f) == first]
        earlier = [f for f in dated if year_of_fact(f) == second]
        if len(earlier) == 1 and len({f["number"] for f in later}) > 1:
            later = self._same_kind_later(later, earlier[0])  # 2024年预算数, the quarters, 执行率 …
        if len({f["number"] for f in later}) == 1 and len({f["number"] for f in earlier}) == 1 \
                and later[0]["unit"] == earlier[0]["unit"]:
            return self.diff([later[0], earlier[0]], groups, [first, second])
        return None

    def _each_its_year(self, fq: FactQuestion, cols: list[Mention], row: list[dict]) -> FactAnswer | None:
        """"2025年预算比24年执行数增长多少" of a row printing 2024年 › 预算数 | 执行数 | 2025年预算数: each column said
        right after a year of its own is that year's column — two different years, so the row's 2025年预算数
        against its 2024年执行数 (never both of one year). None unless each column has its year said so."""
        said = [_year_said_before(fq.text, m.start) for m in cols]
        if None in said or said[0] == said[1]:
            return None

        def of_year(m: Mention, year: int | None) -> list[dict]:
            word = fq.text[m.start:m.end]
            return [f for f in row if f["year"] == year and not CHANGE_COLUMN.search(f["col_labels"] or "")
                    and any(k in m.keys or k.startswith(f"{year}年") and word in k
                            for k in self.idx.fact_keys.get(f["id"], ())[self.idx.fact_nrows.get(f["id"], 0):])]
        a, b = of_year(cols[0], said[0]), of_year(cols[1], said[1])
        if len(a) != 1 or len(b) != 1 or a[0]["unit"] != b[0]["unit"]:
            return None
        return self.diff([a[0], b[0]], [[cols[0], cols[1]]], [y for y in said if y is not None], fq.growth)

    def _two_columns_of_one_year(self, fq: FactQuestion, facts: list[dict], groups: list[list[Mention]],
                                 years: list[int]) -> FactAnswer | None:
        """"公务接待费决算比预算少多少" of a row printing 2023年决算数 | 2024年预算数 | 2024年决算数: the two
        columns said, of one year (the year asked, else the table's own), never one column's two years."""
        if not facts:
            return None
        own = self.idx.row_keys(facts[0]["id"])  # the row's own name may be another table's column
        cols = [m for m in fq.mentions if m.start >= 0 and m.keys <= self.idx.col_keys and not m.keys & own]
        if len(cols) != 2 or len({self._row_key(f["id"]) for f in facts}) != 1 \
                or not re.search(r"比|较|相比|和|与|跟", fq.text[cols[0].end:cols[1].start]):
            return None
        every = [f for f in self.idx.facts(self._row_siblings(facts[0])) if f["number"] is not None
                 and f["row_labels"] == facts[0]["row_labels"]]
        if (own_years := self._each_its_year(fq, cols, every)) is not None:
            return own_years
        want: set[int | None] = set(years) or {self.idx.docs[facts[0]["document_id"]].year}
        row = [f for f in every if f["year"] in want]

        def said(m: Mention) -> list[dict]:
            return [f for f in row if m.keys & set(self.idx.fact_keys.get(f["id"], ()))]
        a, b = said(cols[0]), said(cols[1])
        if len(a) != 1 or len(b) != 1 or a[0]["id"] == b[0]["id"] or a[0]["unit"] != b[0]["unit"]:
            return None
        return self.diff([a[0], b[0]], [[cols[0], cols[1]]], [], fq.growth)

    def balance(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """"本年收支差额多少": the income total less the spending total of one year (the year asked, else the
        table's own), each a line of that name (收入合计 / 本年收入合计) in a column of figures, never a change
        column; the two of the first table printing both, else the one figure each; None when not so."""
        idx = self.idx

        def lines(word: str) -> list[dict]:
            name = re.compile(rf"^(?:本年)?{word}(?:合计|总计)$")
            # (the line, or a total row's column of that name: 合计 › 本年收入合计 of a 决算表 by 科目)
            ids = [f for d in docs for f in idx.docs[d].facts if idx.fact_nrows.get(f, 0) == 1
                   and (name.match((keys := idx.fact_keys[f])[0])
                        or len(keys) > 1 and _is_total(keys[0]) and name.match(keys[1]))][:200]
            want: set[int | None] = set(fq.years) or {idx.docs[d].year for d in docs}
            return [f for f in idx.facts(ids) if f["number"] is not None and f["unit"] != "%" and f["year"] in want
                    and not CHANGE_COLUMN.search(f["col_labels"] or "")]
        income, spending = lines("收入"), lines("支出")
        if not income or not spending:
            return None
        # "合计" before "总计" (总计 adds the balances carried over); the table printing both first.
        def rank(f: dict) -> tuple:
            return ("总计" in idx.fact_keys[f["id"]][0], f["page"] or 0, f["sheet"] or "", f["line"])
        where = {(f["document_id"], f["sheet"], f["page"]) for f in income} & \
            {(f["document_id"], f["sheet"], f["page"]) for f in spending}
        if where:
            first = min(where, key=lambda w: (w[2] or 0, w[1] or ""))
            income = [f for f in income if (f["document_id"], f["sheet"], f["page"]) == first]
            spending = [f for f in spending if (f["document_id"], f["sheet"], f["page"]) == first]
        a, b = min(income, key=rank), min(spending, key=rank)
        if len({f["number"] for f in income if rank(f)[0] == rank(a)[0]}) != 1 \
                or len({f["number"] for f in spending if rank(f)[0] == rank(b)[0]}) != 1:
            return None  # two different figures named alike: which is meant is not guessed
        an, bn, unit, converted = _in_one_money_unit(a, b, a["unit"] or "")
        if a["unit"] != b["unit"] and not converted:
            return None
        text = compose.balance(fmt_number(an), fmt_number(bn), fmt_number(an - bn), unit)
        return FactAnswer("answered", text + converted + _cite(idx, [a, b]), [a, b])

    def _period_of_table(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """A period asked of a table and no row or column named: the columns of that period (or the periods
        inside it, added up) on the grand total row — of the sheet whose title names the period when
        several sheets print it; None when no total row prints it."""
        idx = self.idx
        ids = [f for d in docs for f in idx.docs[d].facts][:5000]
        facts = [f for f in idx.facts(ids) if f["number"] is not None and (p := _period_of(f))
                 and set(p) <= set(fq.period) and self._is_total_fact(f, "row")]
        grand = [f for f in facts if _is_grand_total(label_key(_own_row(f)))]
        facts = grand or facts
        whole = [f for f in facts if _period_of(f) == fq.period]
        titled = [f for f in whole if self._table_period(f, sheet_only=True) == fq.period]
        for found in (titled, whole):
            if len({self._row_key(f["id"]) for f in found}) == 1:
                return self._of_sheet(self.values(found, []))
        if whole:
            return None  # several tables' totals print the period: not one figure
        parts = self._parts_of_period(fq, facts)
        return self._of_sheet(self.sum(parts)) if parts else None

    def _period_of_titled_sheet(self, fq: FactQuestion, ids: list[int]) -> FactAnswer | None:
        """"项目支出第三季度执行多少" where the rows named print no quarters but a sheet of the same table is
        titled with the words said (项目支出分季度执行情况): that sheet's total row in the period's column."""
        idx = self.idx
        said = [fq.text[m.start:m.end] for m in fq.mentions if m.start >= 0]
        asked = fq.periods or [fq.period]
        if len(said) != 1 or len(said[0]) < 2 or set(fq.ops) - {"diff"} or ("diff" in fq.ops) != (len(asked) == 2):
            return None
        docs = {idx.fact_doc[f] for f in ids[:2000]}
        if len(docs) > 8:
            return None
        facts = [f for f in idx.facts([x for d in docs for x in idx.docs[d].facts][:5000])
                 if f["number"] is not None and said[0] in compact(f["section"] or "") and _period_of(f) in asked
                 and _is_grand_total(label_key(_own_row(f)))]
        if len({self._row_key(f["id"]) for f in facts}) != 1 or len(facts) != len(asked):
            return None
        if "diff" in fq.ops:  # "第三季度比第二季度变化多少": in the order said
            words = dict(PERIODS_LONGEST_FIRST)
            where = {months: (m.start() if (m := re.search(w, fq.text)) else 0) for w, months in words.items()}
            facts.sort(key=lambda f: where.get(_period_of(f) or (), 0))
            return self._of_sheet(self.diff(facts, [], []))
        return self._of_sheet(self.values(facts, []))

    def _two_years(self, fq: FactQuestion, facts: list[dict], groups: list[list[Mention]],
                   years: list[int]) -> FactAnswer | None:
        """"2020年预算比2019年增加多少": one value of each year (each year's own label), later minus earlier."""
        asked = sorted(set(years), reverse=True)
        if "diff" not in fq.ops or len(asked) != 2 or {f["year"] for f in facts} != set(asked) \
                or len({f["document_id"] for f in facts}) != 1:
            return None  # one table's two years, never two departments' figures
        per = [self._specific([f for f in facts if f["year"] == y and f["number"] is not None], fq, groups)
               for y in asked]
        if len({f["number"] for f in per[1]}) == 1 and per[0] and (
                len({f["number"] for f in per[0]}) > 1 or per[0][0]["unit"] != per[1][0]["unit"]):
            per[0] = self._same_kind_later([f for f in facts if f["year"] == asked[0] and f["number"] is not None],
                                           per[1][0])
        if not all(len({f["number"] for f in p}) == 1 for p in per) or per[0][0]["unit"] != per[1][0]["unit"]:
            return None  # never a rate against an amount
        return self.diff([per[0][0], per[1][0]], groups, asked, fq.growth)

    def table_total(self, docs: list[int], years: list[int] | None = None) -> FactAnswer | None:
        """"青岚教育局总支出": the value where a table's total row meets its total column (the first such
        table's), else the total row's one value. A year asked of a table of year columns (a plan's 2025年 /
        2026年 / 2027年 beside its 三年合计) is that year's own column, never a total over the years."""
        idx = self.idx
        # the table's own year: never the total of a sheet of another year ("2024年实际支出")
        ids = [f for d in docs for f in idx.docs[d].facts
               if idx.fact_year[f] in ((*years,) if years else (None, idx.docs[d].year))][:5000]
        facts = [f for f in idx.facts(ids) if f["number"] is not None and self._is_total_fact(f, "row")]
        # a 小计 closes one group of rows (a department's, of a table listing several): the table's whole is its
        # 合计 wherever that is printed, never the first group's 小计 above it
        facts = [f for f in facts if not is_subtotal(_own_row(f))] or facts
        if years:
            facts = _prefer(facts, lambda f: year_of_fact(f) in years)
        first = min(facts, key=lambda f: (f["document_id"], f["page"], f["line"]), default=None)
        if first is None:
            return None
        row = [f for f in facts if (f["document_id"], f["page"], f["sheet"], f["line"]) ==
               (first["document_id"], first["page"], first["sheet"], first["line"])]
        # (a column of the change between two years, 2026年比2025年增减 › 增减额, is no figure of its year)
        row = [f for f in row if not _CHANGE_BETWEEN.search(f["col_labels"] or "")] or row
        both = [f for f in row if self._is_total_fact(f, "col") or not f["col_labels"]]
        both = [f for f in both if _is_grand_total(label_key(f["col_labels"] or ""))] or both  # not a 小计
        # 预算数 beside 其中：财政资金 and 其中：自筹资金: the whole, not its parts
        whole = [f for f in row if not re.match(r"其中", (f["col_labels"] or "").split(query.FACT_SEP)[-1])]
        pick = both[:1] if len(both) == 1 else row if len(row) == 1 else whole if not both and len(whole) == 1 else []
        return self.values(pick, []) if pick else self._money_of_grand_total(facts)

    def _money_of_grand_total(self, facts: list[dict]) -> FactAnswer | None:
        """A table whose total rows print several columns (学生数, 补助金额, 其中中央资金 …) and no total column, named
        whole ("营养改善计划补助资金总额"): the one column of money on its grand total row (合计, never a 小计
        printed above it), not a standard per head nor a 其中 part; None when there is not exactly one."""
        grand = [f for f in facts if _is_grand_total(label_key((f["row_labels"] or "").split(query.FACT_SEP)[-1]))]
        first = min(grand, key=lambda f: (f["document_id"], f["page"], f["line"]), default=None)
        if first is None:
            return None
        money = [f for f in grand if (f["document_id"], f["page"], f["sheet"], f["line"]) ==
                 (first["document_id"], first["page"], first["sheet"], first["line"]) and f["unit"] in _MONEY_UNITS
                 and not re.search(r"其中|标准|单价|/|每", f["col_labels"] or "")]
        return self.values(money, []) if len(money) == 1 else None

    def _count_stated(self, fq: FactQuestion, numeric: list[dict]) -> list[dict]:
        """The one row the question names by its own name that prints a count in its own cell (no column),
        never the rows under it counted again; [] when there is none or several."""
        keys_q = {k for m in fq.mentions for k in m.keys}
        idx = self.idx
        own = [f for f in numeric if f["unit"] in ("个", "项", "家", "人", "辆", "台", "所") and not f["col_labels"]
               and idx.fact_nrows.get(f["id"], 0) and idx.fact_keys[f["id"]][idx.fact_nrows[f["id"]] - 1] in keys_q]
        return own if len(own) == 1 else []

    def _summed_or_values(self, fq: FactQuestion, facts: list[dict], numeric: list[dict],
                          groups: list[list[Mention]], only: list[str] | None) -> FactAnswer:
        if fq.period and numeric and all(f["unit"] == "%" for f in numeric):
            total = self._period_total(fq, numeric)
            if total is not None:
                return self.values([total], groups)
        if fq.period and len(numeric) >= 2 and len({self._row_key(f["id"]) for f in numeric}) == 1 \
                and all(column_month(f) for f in numeric):
            return self.sum(numeric)  # "资源税一季度合计": the row's months of the period added up
        if fq.period and len({f["col_labels"] for f in numeric}) > 1:
            by_col = [self.sum([f for f in numeric if f["col_labels"] == c]) for c in dict.fromkeys(
                f["col_labels"] for f in numeric)]
            return FactAnswer("answered", "\n".join(p.text for p in by_col), [f for p in by_col for f in p.facts])
        if ("sum" in fq.ops or fq.period) and len(numeric) >= 2 and not any(f["unit"] == "%" for f in numeric):
            said = _COUNT_SAID.search(fq.text) if "sum" in fq.ops else None
            if said is None and "sum" in fq.ops and not any(m.start >= 0 for m in fq.mentions):
                said = _TWO_POINTED.search(fq.text)
            items = {self._row_key(f["id"]) for f in numeric if not self._is_total_fact(f, "row")}
            if said is not None and len(items) != _CN_NUM.get(said.group(1), 0):
                # "三项加一起" over four lines: which three is not said; never the four added as if three
                return FactAnswer("unknown", compose.items_not_as_counted(_CN_NUM[said.group(1)], len(items))
                                  + _cite(self.idx, numeric[:8]), [])
            if (whole := self._whole_of_subtotals(numeric) or self._total_column_of_the_row(numeric)
                    or (None if items or sum(m.start >= 0 for m in fq.mentions) > 1 else self._whole_of_totals(numeric))) \
                    is not None:
                return self.values([whole], groups)
            if not items and (grand := self._grand_row_of_totals(numeric)):
                return self._grand_row_said(grand, groups)
            if (whole := self._total_group_cell(numeric)) is not None:
                return self.values([whole], groups)
            return self.sum(numeric)
        if "sum" not in fq.ops and not fq.period and self._group_said_whole(fq, numeric) \
                and not _EACH_OF_GROUP.search(fq.text):
            # "效益指标得分": the group's score is its rows' added up; "小学生均标准": each row's rate, never added
            return self.per_one_apart(numeric, asked_sum=False) or self.sum(numeric)
        if _EACH_SAID.search(fq.text) and len(facts) == 1 and not [g for g in groups if len(g) > 1] \
                and len(fq.departments) < 2 and only is None and not _BREAKDOWN_EACH.search(fq.text):
            # "年初和年末…分别多少" answered with one figure: the other one was not found.
            f = facts[0]
            return FactAnswer("unknown", compose.only_one_found(_name(f), _shown(f)) + _cite(self.idx, [f]), [])
        # (more rows, one figure on each: "小学生均公用经费标准" of twelve schools is said once, 均为 1000)
        if not only and (len(facts) <= 8 or len({f["number"] for f in facts}) == 1) \
                and (apart := self.per_one_apart(facts, asked_sum=bool(_WHOLE_SAID.search(fq.text)))) is not None:
            return apart  # "补助标准合计多少" of rows whose 合计 line leaves it blank: each row's, never added
        if (added := self._rows_asked_added(fq, facts, numeric)) is not None:
            return added
        return self.values(facts, groups)

    def _rows_asked_added(self, fq: FactQuestion, facts: list[dict], numeric: list[dict]) -> FactAnswer | None:
        """"其中养老保险和职业年金合计多少", "卫生健康项目" → "本年计划投资合计": a sum asked ("合计" read as the
        column's own name, so no sum was taken) of two or more rows found in one column: their figures each in a
        line would answer as if the sum were not asked — they are added. Not when each is asked ("分别", "各")."""
        if not _WHOLE_SAID.search(fq.text) or _EACH_ASKED.search(fq.text) or len(numeric) != len(facts):
            return None
        rows = [f for f in numeric if not self._is_total_fact(f, "row")]
        if len(rows) < 2 or len(rows) != len(numeric) or len({f["col_labels"] for f in rows}) != 1 \
                or len({self._row_key(f["id"]) for f in rows}) != len(rows) \
                or len({f["unit"] for f in rows}) != 1 or rows[0]["unit"] == "%":
            return None
        if (names := self._rows_of_one_part_said(fq)) is not None:
            return FactAnswer("clarify", compose.which_fact(names), [], options=names, asks_row=names)
        return self.sum(rows)

    def _rows_of_one_part_said(self, fq: FactQuestion) -> list[str] | None:
        """"莲花中心总计多少" of a table whose column is named 总计: the only whole word said is the column's own
        name, and the rows were found by one part of a name that several rows' names hold (莲花中心小学, 莲花中心幼儿园)
        — one row was meant, not their sum: which one is asked (their sum said as the answer would be a confident
        wrong figure). None when a sum is said apart from the column's name, or the rows were named otherwise."""
        whole = _WHOLE_SAID.search(fq.text)
        col = next((m for m in fq.mentions if whole is not None and m.start <= whole.start() and whole.end() <= m.end
                    and m.keys == {whole.group()}), None)
        if col is None or len(_WHOLE_SAID.findall(fq.text)) != 1:
            return None
        named = [m for m in fq.mentions if m is not col]
        if len(named) != 1 or len(named[0].keys) < 2 or named[0].start < 0:
            return None
        part = fq.text[named[0].start:named[0].end]
        names = sorted(named[0].keys)
        return names if len(part) >= 2 and all(part in k and part != k for k in names) else None

    def _grand_row_of_totals(self, numeric: list[dict]) -> list[dict]:
        """"事业编制一共多少" of a table printing a 合计 row above its groups' 小计 rows, the question naming a group of
        columns (编制数 / 实有人数 / 空编数 under 事业编制): only total rows found, in several columns; the 合计 row's
        cells are the whole (its 小计 rows are parts of it, never added to it again). [] unless one table's one
        grand total row is among them beside other total rows."""
        grand = [f for f in numeric if _is_grand_total(label_key(_own_row(f)))]
        rows = {(f["document_id"], f["sheet"], f["page"], f["line"]) for f in grand}
        if len(rows) != 1 or len(grand) == len(numeric) \
                or len({(f["document_id"], f["sheet"]) for f in numeric}) != 1:
            return []
        return grand

    def _grand_row_said(self, grand: list[dict], groups: list[list[Mention]]) -> FactAnswer:
        """The grand total row's cells: one measure under several groups (实有人数 of 行政 / 事业 / 工勤编制) added
        up; several measures (编制数, 空编数) each said, never one added to another."""
        inner = {(f["col_labels"] or "").split(query.FACT_SEP)[-1] for f in grand}
        return self.sum(grand) if len(inner) == 1 else self.values(grand, groups)

    def _total_group_cell(self, numeric: list[dict]) -> dict | None:
        """"实有人数一共多少" of a table grouping its columns (合计 / 行政编制 / 事业编制 › 实有人数): every row of one
        measure under two or more groups, to be added up, while the table prints that measure under its own total
        group on its grand row — that cell (合计 › 实有人数 of the 合计 row) is the whole, never one group's total
        each. None unless every plain row of each column is among the facts (no group of rows narrowed)."""
        cols = {f["col_labels"] or "" for f in numeric}
        parts = [c.split(query.FACT_SEP) for c in cols]
        if len({(f["document_id"], f["sheet"]) for f in numeric}) != 1 or len(cols) < 2 \
                or any(len(p) < 2 for p in parts) or len({p[-1] for p in parts}) != 1:
            return None
        f = numeric[0]
        same = [x for x in self.idx.facts(list(self.idx.docs[f["document_id"]].facts)[:3000])
                if x["sheet"] == f["sheet"] and x["number"] is not None]
        plain = {x["id"] for x in same if x["col_labels"] in cols and not self._is_total_fact(x, "row")}
        if plain != {x["id"] for x in numeric}:
            return None  # (a group of rows said, "党群部门…": the grand row is not its whole)
        whole = [x for x in same if _is_grand_total(label_key(_own_row(x)))
                 and len(p := (x["col_labels"] or "").split(query.FACT_SEP)) == 2 and p[-1] == parts[0][-1]
                 and _is_grand_total(label_key(p[0]))]
        return whole[0] if len(whole) == 1 else None

    def _whole_of_totals(self, numeric: list[dict]) -> dict | None:
        """"收入一共多少" of a 收支总表 printing 本年收入合计 and 收入总计 in one column: the largest total is the whole
        (the other one of its parts), never the totals added up; None unless they are of one table's column."""
        if len({(f["document_id"], f["sheet"], f["col_labels"]) for f in numeric}) != 1:
            return None
        return max(numeric, key=lambda f: f["number"])

    def _whole_of_subtotals(self, numeric: list[dict]) -> dict | None:
        """Groups' 小计 lines of one column of one table, to be added up, while the table prints its 合计 line: that
        line (a group of one row prints no 小计, so the 小计 lines added are not the whole); None otherwise."""
        if len({(f["document_id"], f["col_labels"]) for f in numeric}) != 1 \
                or not all(self._is_total_fact(f, "row") and len((f["row_labels"] or "").split(query.FACT_SEP)) >= 2
                           for f in numeric):
            return None
        f = numeric[0]
        same = self.idx.facts(list(self.idx.docs[f["document_id"]].facts)[:3000])
        column = [x for x in same if x["col_labels"] == f["col_labels"] and x["number"] is not None and x["sheet"] == f["sheet"]]
        whole = [x for x in column if label_key(x["row_labels"] or "") in ("合计", "总计")]
        # (two groups' 小计 of three asked, "学校类和城乡建设类加起来": those two added, never the whole)
        subtotals = {x["id"] for x in column if self._is_total_fact(x, "row")
                     and len((x["row_labels"] or "").split(query.FACT_SEP)) >= 2}
        return whole[0] if len(whole) == 1 and subtotals <= {x["id"] for x in numeric} else None

    def _total_column_of_the_row(self, numeric: list[dict]) -> dict | None:
        """One row's columns to be added, one of them the row's own total (规划资金三年合计 beside 2026年): that
        total, never the year added to it again; None otherwise."""
        if len({(f["document_id"], f["sheet"], f["page"], f["line"]) for f in numeric}) != 1:
            return None
        totals = [f for f in numeric if self._is_total_fact(f, "col")]
        return totals[0] if len(totals) == 1 else None

    def _group_said_whole(self, fq: FactQuestion, numeric: list[dict]) -> bool:
        """"效益指标得分", "产出指标的分值": a group of rows said by the label printed over them (a merged 一级指标
        cell, no 小计 row of its own) with one column of points or money: the group's figure is its rows' sum."""
        if len(numeric) < 2 or len(numeric) > 40 or len({f["col_labels"] for f in numeric}) != 1 \
                or len({f["unit"] for f in numeric}) != 1 or numeric[0]["unit"] not in ("分", *_MONEY_UNITS):
            return False
        if len({self._row_key(f["id"]) for f in numeric}) != len(numeric):
            return False
        said = {k for m in fq.mentions for k in m.keys}
        col = set(self.idx.fact_keys.get(numeric[0]["id"], ())) & said & self.idx.col_keys
        outer = [set(_labels[:-1]) for f in numeric
                 if len(_labels := [label_key(x) for x in (f["row_labels"] or "").split(query.FACT_SEP)]) >= 2]
        return bool(col) and len(outer) == len(numeric) and bool(set.intersection(*outer) & said) \
            and not any(self._is_total_fact(f, "row") for f in numeric)

    def values(self, facts: list[dict], groups: list[list[Mention]]) -> FactAnswer:
        if not facts:  # (every row the question asked was left out: nothing found, never a bare citation)
            return FactAnswer("unknown", compose.NOTHING_FOUND_OF_ROWS)
        rows = {(f["document_id"], f["sheet"], f["page"], f["line"]) for f in facts}
        inner = {(f["document_id"], (f["row_labels"] or "").split(query.FACT_SEP)[-1]) for f in facts}
        if len(facts) > 1 and (len(rows) == 1 or len(inner) == 1) and len({f["number"] for f in facts}) == 1 \
                and facts[0]["number"] is not None:
            # One row printing one figure in several columns (收入合计 = 支出合计): one value.
            f = facts[0]
            cols = "、".join(dict.fromkeys(_name(x).split(" ")[-1] for x in facts))
            return FactAnswer("answered", compose.one_value_in_columns(_name(f).split(" ")[0], _shown(f), cols)
                              + _cite(self.idx, [f]), [f])
        if len(facts) == 1:
            f = facts[0]
            return FactAnswer("answered", compose.fact_value(self._with_its_year(f), _shown(f)) + _cite(self.idx, facts), facts)
        if len(facts) > 2 and len(rows) > 1 and len({f["col_labels"] for f in facts}) > 1 \
                and not [g for g in groups if len(g) > 1]:
            # Several rows and several columns match: which one is meant is not clear.
            names = list(dict.fromkeys(_name(f) for f in facts))[:8]
            return FactAnswer("clarify", compose.which_fact(names), facts, options=names)
        if len(facts) > 8:
            named = "、".join(dict.fromkeys(_name(f) for f in facts[:8]))
            return FactAnswer("clarify", compose.too_many_facts(named), facts, options=[_name(f) for f in facts[:8]])
        return FactAnswer("answered", compose.fact_values(list(zip(self._names_apart(facts), map(_shown, facts), strict=True)))
                          + _cite(self.idx, facts), facts)

    def _with_its_year(self, f: dict) -> str:
        """A figure of a year not its table's (a 2024 决算's 上年 figure, a 申报表's 2019 line) named with that
        year when its name does not say it, so the answer never reads as the table's own year."""
        name, year = _name(f), f["year"]
        own = self.idx.docs[f["document_id"]].year if f["document_id"] in self.idx.docs else None
        if year is None or own is None or year == own or re.search(r"(?:19|20)\d\d|上年|去年|上一年|前年", name):
            return name
        return compose.of_year(name, year)

    def sum(self, facts: list[dict]) -> FactAnswer:
        facts = list({f["id"]: f for f in facts}.values())  # one cell is never added twice
        printed = _printed_total(facts)
        if printed is not None:
            return self.values([printed], [])  # the table's own 合计 row of the column: never re-added
        if (apart := self.per_one_apart(facts, asked_sum=True)) is not None:
            return apart  # "生均标准一共多少": a figure per one, never added over rows
        if (marks := marks_apart(facts)) is not None:
            # "效益指标一共几分": the rows' 分值 added and their 得分 added, each said — never one added to the other
            parts = [self.sum(col) for col in marks]
            return FactAnswer("answered", "\n".join(p.text for p in parts), [f for p in parts for f in p.facts])
        facts = _one_level(facts)
        by_column = _columns_of_rows(facts)
        if by_column is not None:
            # "住房公积金和购房补贴合计" matched in both the 收入 and the 支出 columns: each line is added once
            # (its one figure, where its columns print the same), else each column summed on its own.
            if _columns_agree(by_column):
                facts = _preferred_column(by_column)
            else:
                parts = [self.sum(col) for col in by_column]
                return FactAnswer("answered", "\n".join(p.text for p in parts), [f for p in parts for f in p.facts])
        if len(facts) == 1:
            return self.values(facts, [])
        if (whole := self._total_of_all(facts)) is not None:
            said = self.values([whole], [])  # every item of the column added: the table prints that sum
            if whole["row_labels"] == "小计" and said.text.count("（来源") == 1:
                # (a department's part of a table by departments: its printed 小计, which its rows add up to)
                said.text = said.text.replace("（来源", compose.subtotal_of_rows(len(facts)) + "（来源")
            return said
        units = {f["unit"] for f in facts}
        if len(units) > 1:
            return self.values(facts, [])
        unit = units.pop() or ""
        total = sum(f["number"] for f in facts)
        text = compose.fact_sum(list(zip(_names(facts), (fmt_added(f["number"], facts) for f in facts), strict=True)),
                                fmt_added(total, facts), unit)
        return FactAnswer("answered", text + _cite(self.idx, facts), facts, total=(total, unit))

    def per_one_apart(self, facts: list[dict], asked_sum: bool) -> FactAnswer | None:
        """Several rows' figures of one column of figures per one (生均标准, 单价, 拨付进度): each row's own (or
        "均为 X"), said not added when a sum was asked; None when the facts are not such a column's."""
        numeric = [f for f in facts if f["number"] is not None]
        if len(numeric) < 2 or len(numeric) != len(facts) \
                or not all(self.idx.per_one_column(f["col_labels"] or "") for f in numeric):
            return None
        by_col: dict[str, list[dict]] = defaultdict(list)
        for f in numeric:
            by_col[f["col_labels"] or ""].append(f)
        texts = []
        for col, fs in by_col.items():
            parts = [(_row_name(f), _shown(f)) for f in fs]
            texts.append(compose.per_one_not_added(col.split(query.FACT_SEP)[-1], parts, asked_sum, self._mean_said(fs)))
        return FactAnswer("answered", "\n".join(texts) + _cite(self.idx, numeric), numeric)

    def _mean_said(self, facts: list[dict]) -> str:
        """"720 + 940 ÷ 2 = 830元": the rows' mean with its arithmetic, when they are of one unit."""
        if len({f["unit"] for f in facts}) != 1 or len(facts) < 2:
            return ""
        total = round(sum(f["number"] for f in facts), 6)
        mean = total / len(facts)
        unit = facts[0]["unit"] or ""
        return compose.mean_shown([fmt_number(f["number"]) for f in facts], fmt_number(round(mean, 2)), unit)

    def _pair(self, facts: list[dict], groups: list[list[Mention]]) -> tuple[dict, dict] | None:
        """The two values a comparison names, in the order the question names them."""
        if len(facts) > 2:
            # (two rows each shown with its 预算数 and 执行数: what was done, then what was planned, of both)
            facts = two_sides.same_measure_of_two_rows(facts, flow_words(getattr(self.idx, "vocab_path", "")),
                                                       asking_words().get("measures", {}).get("compared_first", ())) or facts
        if len(facts) == 2:
            a, b = facts
        else:
            return None
        multi = [g for g in groups if len(g) > 1]
        order = [m for g in groups for m in g]
        if multi:
            order = multi[0]

        def pos(f: dict) -> int:
            own = set(self.idx.fact_keys.get(f["id"], ()))
            return min((m.start for m in order if m.keys & own), default=0)
        if pos(b) < pos(a):
            a, b = b, a
        return a, b

    def one_rows_columns_unsaid(self, facts: list[dict], groups: list[list[Mention]], text: str) -> FactAnswer | None:
        """"白云信访局法律顾问跟永嘉征收中心法律顾问服务差多少" read as one row twice: the two figures found are that
        row's two columns (合计, 财政拨款), which neither a word read nor the question's text tells apart — no
        difference asked of them, only one side found (said so); None otherwise."""
        if len(facts) != 2:
            return None
        a, b = facts
        if (a["document_id"], a["sheet"], a["page"], a["line"]) != (b["document_id"], b["sheet"], b["page"], b["line"]):
            return None
        ka, kb = set(self.idx.fact_keys.get(a["id"], ())), set(self.idx.fact_keys.get(b["id"], ()))
        if ka == kb or any(bool(m.keys & ka) != bool(m.keys & kb) for g in groups for m in g):
            return None
        parts = {p for f in (a, b) for p in (f["col_labels"] or "").split(query.FACT_SEP) if len(p) >= 2}
        if any(p in text or p[-2:] in text for p in parts):
            return None  # (a column said in words the reader took elsewhere: 第三季度 of a period)
        found = f"{_name(a).split(' ')[0]} {_shown(a)}"
        return FactAnswer("unknown", compose.needs_two_figures(False, found) + _cite(self.idx, [a]), [])

    def diff(self, facts: list[dict], groups: list[list[Mention]], years: list[int], growth: bool = False) -> FactAnswer:
        figures = [f for f in facts if f["unit"] != "%" or not CHANGE_COLUMN.search(f["col_labels"] or "")]
        if len(set(years)) == 2 and len(figures) == 2 < len(facts) and figures[0]["year"] != figures[1]["year"]:
            facts = figures  # a row's two years and its printed change (增减%): the change is between the two
        if len(years) == 2 and len(facts) == 2 and facts[0]["year"] != facts[1]["year"]:
            a, b = sorted(facts, key=lambda f: -(f["year"] or 0))
            a, b = dict(a), dict(b)
        elif len(set(years)) == 2 and len({f["year"] for f in facts}) == 1 and not any(map(_year_printed, facts)):
            # "三公经费比上年怎么样" of a table printing one year (no year in its labels either): no two of its
            # lines make that change — the changes its columns print are the answer, else there is none
            if all(re.search(r"增减|增长|增幅|降幅|变化|变动", f["col_labels"] or "") for f in facts):
                return self.values(facts, groups)
            return FactAnswer("unknown", compose.change_not_found() + _cite(self.idx, facts[:2]), [])
        else:
            pair = self._pair(facts, groups)
            if pair is None:
                return self.values(facts, groups)
            a, b = pair
        if a["unit"] != b["unit"] and "%" in (a["unit"], b["unit"]):
            return self.values([a, b], groups)  # a rate less an amount is no difference
        points = a["unit"] == b["unit"] == "%"  # two rates differ by percentage points, not by a per cent
        unit = compose.PERCENT_POINTS if points else a["unit"] or b["unit"] or ""
        an, bn, unit, converted = _in_one_money_unit(a, b, unit)
        d = an - bn
        years_apart = a["year"] != b["year"]
        rate = ""
        if a["line"] == b["line"] and a["document_id"] == b["document_id"] and bn and not points:
            printed = next((x for x in self.idx.facts(self._row_siblings(a)) if x["unit"] == "%"
                            and re.search(r"增减|增长率|变化率|增幅", x["col_labels"] or "") and _rate_of_these(x, a, b)), None)
            rate = compose.printed_rate(_name(printed).split(" ")[-1], _shown(printed)) if printed else \
                compose.computed_rate(fmt_percent(d / abs(bn) * 100))
        elif (growth or years_apart and not points) and bn:
            # "增长百分之几" of two rows, or any change between two years' own lines (2020 against the 2019年预算金额
            # line): the rate over the earlier, as a row's two year columns show it
            rate = compose.growth_rate(fmt_percent(d / abs(bn) * 100), d >= 0, fmt_number(abs(d)), fmt_number(abs(bn)))
        text = compose.fact_difference(_name(a), a["year"] if years_apart else None, _name(b),
                                       b["year"] if years_apart else None, fmt_number(an),
                                       fmt_number(bn), d, fmt_number(abs(d)), fmt_number(d), unit)
        return FactAnswer("answered", text + converted + rate + _cite(self.idx, [a, b]), [a, b])

    def defined_by_note(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """"公用经费多少" of a table whose note says "基本支出中302类为公用经费，其余为人员经费": the 302 line's
        figure in that column, or the column's total less it — never the note's sentence as the value."""
        if set(fq.ops) - {"sum"} or len(docs) > 3:
            return None
        text = compact(fq.text)
        for d in docs:
            for note, m in self._note_definitions(d):
                own, rest = m.group("own"), m.group("rest")
                term = own if own in text else rest if rest and rest in text else ""
                if not term:
                    continue
                figures = self._column_part(d, m.group("col"), m.group("code"))
                if figures is None:
                    return None
                part, whole = figures
                said = m.group(0).rstrip("，,。；;")
                if term == own:
                    return FactAnswer("answered", compose.note_defined(term, said, f"{_name(part)} {_shown(part)}")
                                      + _cite(self.idx, [part, note]), [part])
                left = whole["number"] - part["number"]
                shown = f"{_name(whole)} {fmt_number(whole['number'])} − {_name(part)} {fmt_number(part['number'])}" \
                        f" = {fmt_number(left)}{whole['unit'] or ''}"
                return FactAnswer("answered", compose.note_defined(term, said, shown) + _cite(self.idx, [whole, part, note]),
                                  [whole, part])
        return None

    def _note_definitions(self, doc: int) -> list[tuple[dict, re.Match]]:
        """The notes under a table (its last lines) that define a figure by a line of a column; read once."""
        kept = self.idx.__dict__.setdefault("_note_definitions", {})
        if doc not in kept:
            last = heapq.nlargest(40, self.idx.docs[doc].facts)
            kept[doc] = [(f, m) for f in self.idx.facts(sorted(last)) if f["number"] is None
                         and (m := _NOTE_DEFINES.search(re.sub(r"\s", "", f["value"]))) is not None]
        return kept[doc]

    def _column_part(self, doc: int, column: str, code: str) -> tuple[dict, dict] | None:
        """The figure of the line coded `code` in the column named `column` (of the table's own year), and
        that column's grand total; None unless each is one figure."""
        facts = [f for f in self.idx.facts(sorted(self.idx.docs[doc].facts)[:3000])
                 if f["number"] is not None and column in compact(f["col_labels"] or "")]
        own_year = self.idx.docs[doc].year
        facts = _prefer(facts, lambda f: year_of_fact(f) in (None, own_year))
        part = [f for f in facts if re.match(rf"{code}(?!\d)", _own_row(f))]
        whole = [f for f in facts if _is_grand_total(_own_row(f))]
        return (part[0], whole[0]) if len(part) == 1 and len(whole) == 1 else None

    def _first_said(self, f: dict, groups: list[list[Mention]]) -> int:
        """Where the question first names a label of the fact (its place in the question)."""
        own = set(self.idx.fact_keys.get(f["id"], ()))
        return min((m.start for g in groups for m in g if m.keys & own and m.start >= 0), default=10**6)

    def ratio(self, facts: list[dict], groups: list[list[Mention]], asked: str = "") -> FactAnswer:
        if (above := self._share_of_line_above(facts, groups, asked)) is not None:
            return above
        one_row = len({(f["document_id"], f["page"], f["line"]) for f in facts}) == 1
        totals = [f for f in facts if self._is_total_fact(f, "col")]
        if one_row and len(totals) == 1 and len(facts) > 2:
            # "行政运行占比多少" of a row printed as 合计 / 基本支出 / 项目支出: its total's share.
            return self.share_of_total(totals, of_all=_grand_whole_said(asked, totals[0]))
        if len(facts) > 2:
            facts = self._totals_of_two(facts, groups) or self._one_figure_each(facts, groups, asked) \
                or self._part_under_whole(facts, groups) or facts
        pair = self._pair(facts, groups) if len(facts) == 2 else None
        if pair is None:
            return self.values(facts, groups)
        a, b = pair
        own_a = set(self.idx.fact_keys.get(a["id"], ()))
        own_b = set(self.idx.fact_keys.get(b["id"], ()))
        said = [m for g in groups for m in g if m.start >= 0]
        if _PROPORTION_ASKED.search(asked) and "占" not in asked and len(said) == 2 and a["unit"] == b["unit"] \
                and not _RATIO_AS_TEXT.search(asked) and a["number"] and b["number"]:
            # "中央和市级比例": the one to the other, in the order said, never one as a share of the other
            if not said[0].keys.isdisjoint(own_b) and said[0].keys.isdisjoint(own_a):
                a, b = b, a
            return self.proportion(a, b)
        named_apart = any(bool(m.keys & own_a) != bool(m.keys & own_b) for g in groups for m in g)
        if not named_apart and (a["line"] == b["line"] and a["document_id"] == b["document_id"]
                                or _own_row(a) == _own_row(b)):
            # Two columns of one row (or one item in two tables, 收入 and 支出) that the question did not
            # tell apart: the item's share of its own column's total, never one column over the other.
            ordered = sorted(_own_kind_first(facts), key=lambda f: -_said_in(f["col_labels"] or "", asked))
            return self.share_of_total(ordered, of_all=_grand_whole_said(asked, ordered[0]))
        if groups and all(m.keys <= self.idx.col_keys and not m.keys & self.idx.row_label_keys for g in groups for m in g) \
                and (a["document_id"], a["sheet"], a["page"]) == (b["document_id"], b["sheet"], b["page"]) \
                and a["line"] != b["line"] and _own_row(a) != _own_row(b):
            # "完成全年预算百分比": two columns named, found on two different rows — no share of one row's
            # figure over another's was asked; the figures are shown, not divided.
            return self.values(facts, groups)
        if a["number"] > b["number"] and "除以" not in asked:
            a, b = b, a  # a share is the part over the whole (a division said is in the order said)
        if not b["number"]:
            return self.values(facts, groups)
        r = a["number"] / b["number"] * 100
        return FactAnswer("answered", compose.fact_share(_name(a), _name(b), fmt_number(a["number"]),
                                                         fmt_number(b["number"]), fmt_percent(r))
                          + _cite(self.idx, [a, b]), [a, b])

    def share_of_own_total(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"松坪乡生态转移支付占它合计的比重": the one figure named over its row's own total column of the same
        column group (松坪乡's 2025年预算数 合计), never its column's total row; None unless 它/其/本乡 says so."""
        if not _OWN_TOTAL.search(fq.text):
            return None
        figures = [f for f in facts if f["number"] is not None and f["unit"] != "%" and not self._is_total_fact(f, "row")]
        parts = [f for f in figures if not self._is_total_fact(f, "col")]
        rows = {f["row_labels"] or "" for f in parts}  # (a row's 其中 lines found beside it: the row said, not them)
        parts = [f for f in parts if not any((f["row_labels"] or "").startswith(r + query.FACT_SEP) for r in rows)]
        # (a column group named alone, "十里中学项目支出占它总计", is its own 小计, over the row's 总计 above it)
        subtotal = len(parts) != 1 and len(subs := [f for f in figures if self._is_total_fact(f, "col")]) == 1 \
            and len((subs[0]["col_labels"] or "").split(query.FACT_SEP)) >= 2
        if len(parts) != 1 and not subtotal:
            return None
        a = subs[0] if subtotal else parts[0]
        group = (a["col_labels"] or "").split(query.FACT_SEP)[:-2 if subtotal else -1]
        at = (a["sheet"], a["page"], a["line"])
        totals = [f for f in self.idx.facts(list(self.idx.docs[a["document_id"]].facts))
                  if (f["sheet"], f["page"], f["line"]) == at and f["number"] and self._is_total_fact(f, "col")
                  and f["id"] != a["id"]]
        said = _OWN_TOTAL.search(fq.text).group(1)  # type: ignore[union-attr]
        # the row's column printed as the word said ("占它总计": its 总计), else its own group's total
        wholes = [f for f in totals if (f["col_labels"] or "") == said] \
            or [f for f in totals if (f["col_labels"] or "").split(query.FACT_SEP)[:-1] == group]
        if len(wholes) != 1:
            return None
        b = wholes[0]
        return FactAnswer("answered", compose.fact_share(_name(a), _name(b), fmt_number(a["number"]), fmt_number(b["number"]),
                                                         fmt_percent(a["number"] / b["number"] * 100))
                          + _cite(self.idx, [a, b]), [a, b])

    def _column_over_column(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"编外聘用占实有人数的比例", "妇幼保健院编外占它实有人数多少": one column over another of the same row —
        the row named, else the table's total row; a column group named as the whole (实有人数 over 合计 /
        在编 / 编外) is its total column. Never the part over its own column's total."""
        idx = self.idx
        at = fq.text.find("占")
        cols = [m for m in fq.mentions if m.keys <= idx.col_keys and not m.keys & idx.row_label_keys]
        rows = [m for m in fq.mentions if m not in cols]
        if at < 0 or len(cols) != 2 or not (cols[0].start < at < cols[1].start) \
                or len({f["document_id"] for f in facts}) != 1:
            return None
        doc = facts[0]["document_id"]
        pool = [x for x in idx.docs[doc].facts if not (cols[0].keys | cols[1].keys).isdisjoint(idx.fact_keys[x])
                and all(not m.keys.isdisjoint(idx.row_keys(x)) for m in rows)]
        found = [f for f in idx.facts(pool[:3000]) if f["number"] is not None and f["unit"] != "%"
                 and f["year"] == facts[0]["year"] and (rows or self._is_total_fact(f, "row"))]
        if not rows:  # the table's own total row, not a group's 小计
            found = [f for f in found if _is_grand_total(label_key(_own_row(f)))] or found
        lines = sorted({(f["sheet"], f["page"], f["line"]) for f in found})
        if not lines:
            return None
        row = [f for f in found if (f["sheet"], f["page"], f["line"]) == lines[0]]
        if any((f["sheet"], f["page"], f["line"]) != lines[0] and _own_row(f) == _own_row(row[0]) for f in found):
            return None
        if rows and len({_own_row(f) for f in found}) != 1:
            return None  # the row named is several rows: which one is asked elsewhere

        def has(f: dict, m: Mention) -> bool:
            return not m.keys.isdisjoint(idx.fact_keys[f["id"]][idx.fact_nrows[f["id"]]:])

        wholes = [f for f in row if has(f, cols[1])]
        wholes = [f for f in wholes if self._is_total_fact(f, "col")] if len(wholes) > 1 else wholes
        parts = [f for f in row if has(f, cols[0]) and f not in wholes]
        if len(wholes) != 1 or len(parts) != 1 or not wholes[0]["number"]:
            return None
        a, b = parts[0], wholes[0]
        r = a["number"] / b["number"] * 100
        return FactAnswer("answered", compose.fact_share(_name(a), _name(b), fmt_number(a["number"]),
                                                         fmt_number(b["number"]), fmt_percent(r))
                          + _cite(idx, [a, b]), [a, b])

    def _pair_in_one_table(self, facts: list[dict], groups: list[list[Mention]]) -> list[dict] | None:
        """"卫生健康支出占一般公共预算财政拨款支出比例": each of the two items named printed as a row of many
        tables; the one table (document, section, column) holding a row named by each gives the pair —
        each the row whose labels say least besides its name. None when no table, or several, has one
        row of each."""
        said = [m for g in groups for m in g]
        if len(said) != 2:
            return None
        idx = self.idx
        # Every row of the same tables naming either: a part printed under its whole's label (a table's
        # first item, "一般公共预算财政拨款支出 > 一般公共服务支出（类）") matched both words alone.
        docs, years = {f["document_id"] for f in facts}, {f["year"] for f in facts}
        if len(docs) > 4:
            return None
        keys = said[0].keys | said[1].keys
        pool = [x for d in docs for x in idx.docs[d].facts
                if idx.fact_year[x] in years and not keys.isdisjoint(idx.fact_keys[x])]
        tables: dict[tuple, tuple[list[dict], list[dict]]] = defaultdict(lambda: ([], []))
        for f in idx.facts(pool[:2000]):
            n = idx.fact_nrows.get(f["id"], 0)
            if f["number"] is None or f["unit"] == "%" or not n:
                continue
            own = idx.fact_keys[f["id"]][n - 1]  # the row's own name, not the group it is printed under
            a, b = own in said[0].keys, own in said[1].keys
            if a != b:
                tables[(f["document_id"], f["section"], f["col_labels"] or "")][0 if a else 1].append(f)
        pairs: list[list[dict]] = []
        for mine_a, mine_b in tables.values():
            picked = []
            for mine in (mine_a, mine_b):
                least = min((idx.fact_nrows.get(f["id"], 0) for f in mine), default=0)
                fewest = [f for f in mine if idx.fact_nrows.get(f["id"], 0) == least]
                if len(fewest) == 1:
                    picked.append(fewest[0])
            if len(picked) == 2:
                pairs.append(picked)
        return pairs[0] if len(pairs) == 1 else None

    def _printed_share_in(self, part: dict) -> FactAnswer | None:
        """The share a table prints on the part's own row ("卫生健康支出（类） 占 0.88%"), in the part's
        table: the document's figure, not one computed again from rounded amounts."""
        idx = self.idx
        own = idx.fact_keys[part["id"]][idx.fact_nrows[part["id"]] - 1]
        share = [x for x in idx.facts(list(idx.docs[part["document_id"]].facts))
                 if x["section"] == part["section"] and x["unit"] == "%" and (x["col_labels"] or "") == "占"
                 and idx.fact_nrows.get(x["id"], 0) and idx.fact_keys[x["id"]][idx.fact_nrows[x["id"]] - 1] == own]
        if len(share) != 1:
            return None
        return FactAnswer("answered", compose.printed_share(_name(share[0]).split(" ")[0], _shown(share[0]))
                          + _cite(idx, share), share)

    def _one_figure_each(self, facts: list[dict], groups: list[list[Mention]], asked: str) -> list[dict] | None:
        """"卫生健康支出占一般公共预算财政拨款支出比例": two items named, each printed in several tables (收入
        and 支出 alike) with one and the same figure: that figure each (a percentage beside an amount is no
        candidate); two figures for an item, and the share is not guessed."""
        said = [m for g in groups for m in g]
        if len(said) != 2:
            return None
        picked = []
        for m in said:
            own = [f for f in facts if m.keys & set(self.idx.fact_keys.get(f["id"], ())) and f["unit"] != "%"]
            if not own or len({f["number"] for f in own}) != 1:
                return None
            picked.append(max(own, key=lambda f: _said_in(f["col_labels"] or "", asked)))  # 支出 asked: the 支出 table's
        a, b = picked
        if a["id"] == b["id"] or a["unit"] != b["unit"] or a["document_id"] != b["document_id"]:
            return None
        return picked

    def _share_of_line_above(self, facts: list[dict], groups: list[list[Mention]], asked: str) -> FactAnswer | None:
        """"信息化建设占一般公共服务支出的比例": the line found holds the whole's name only as the line it is
        printed under (一般公共服务支出 > 财政事务 > 信息化建设): its share of that line, in the same column of
        the same table (the column the question's words fit best), never of the table's 合计."""
        idx = self.idx
        said = [m for g in groups for m in g if m.start >= 0]
        at = asked.find("占")
        if len(said) != 2 or at < 0 or not said[0].end <= at < said[1].start:
            return None
        parts = [f for f in facts if _own_row(f) in said[0].keys and f["number"] is not None]
        if not parts or len({_own_row(f) for f in parts}) != 1 or any(
                not said[1].keys & set(idx.row_keys(f["id"])) or _own_row(f) in said[1].keys for f in parts):
            return None
        pairs = []
        for a in parts:
            wholes = [f for f in idx.facts(list(idx.docs[a["document_id"]].facts)) if _own_row(f) in said[1].keys
                      and (f["sheet"], f["page"], f["col_labels"]) == (a["sheet"], a["page"], a["col_labels"])
                      and f["number"] and f["line"] < a["line"]]
            if len(wholes) == 1:
                pairs.append((a, wholes[0]))
        if not pairs:
            return None
        best = max(_said_in(a["col_labels"] or "", asked) + self._is_total_fact(a, "col") for a, _ in pairs)
        pairs = [(a, b) for a, b in pairs if _said_in(a["col_labels"] or "", asked) + self._is_total_fact(a, "col") == best]
        if len({round(a["number"] / b["number"], 4) for a, b in pairs}) != 1:
            return None
        a, b = pairs[-1]
        r = a["number"] / b["number"] * 100
        return FactAnswer("answered", compose.fact_share(_name(a), _name(b), fmt_number(a["number"]),
                                                         fmt_number(b["number"]), fmt_percent(r))
                          + _cite(idx, [a, b]), [a, b])

    def _part_under_whole(self, facts: list[dict], groups: list[list[Mention]]) -> list[dict] | None:
        """"征地拆迁补偿占国有土地出让收入安排支出的比例": two coded lines named, one of them matched by one
        line (2120801), the other by several (21208, and 2120899 whose name holds it too): of those, the
        line whose code the part's code starts with, the whole it is a part of."""
        said = [m for g in groups for m in g]
        if len(said) != 2:
            return None
        code = row_code

        named = [[f for f in facts if m.keys & set(self.idx.fact_keys.get(f["id"], ())) and code(f)] for m in said]
        for one, many in ((0, 1), (1, 0)):
            if len(named[one]) != 1:
                continue
            part = named[one][0]
            wholes = [f for f in named[many] if f["id"] != part["id"] and f["document_id"] == part["document_id"]
                      and (f["sheet"], f["page"], f["col_labels"]) == (part["sheet"], part["page"], part["col_labels"])
                      and code(part).startswith(code(f)) and code(part) != code(f)]
            if len(wholes) == 1:
                return [part, wholes[0]]
        return None

    def _totals_of_two(self, facts: list[dict], groups: list[list[Mention]]) -> list[dict] | None:
        """"实有占编制的比例": two column groups named, each printed in parts with a 合计 column, on the
        total row: each group's total, never one of its parts."""
        said = [m for g in groups for m in g]
        rows = [f for f in facts if self._is_total_fact(f, "row")] or facts
        if len(said) != 2 or len({(f["document_id"], f["line"]) for f in rows}) != 1:
            return None
        picked = []
        for m in said:
            own = [f for f in rows if m.keys & set(self.idx.fact_keys.get(f["id"], ()))]
            whole = [f for f in own if self._is_total_fact(f, "col")] if len(own) > 1 else own
            if len(whole) != 1:
                return None
            picked.append(whole[0])
        return picked if picked[0]["id"] != picked[1]["id"] else None

    def multiple(self, fq: FactQuestion, facts: list[dict], groups: list[list[Mention]]) -> FactAnswer:
        """"项目支出是基本支出的几倍": the figure said first over the one said after 是, as a multiple, both
        shown; when either is not one figure (on its total row when printed on many), the figures are shown,
        not divided."""
        said = [m for m in fq.mentions if m.start >= 0]
        at = fq.text.find("是")
        if len(said) == 3 and all(not said[1].keys.isdisjoint(self.idx.fact_keys.get(f["id"], ())) for f in facts):
            said = [said[0], said[2]]  # "教育局资产总额是卫健局的几倍": the column said once, of both rows
        if len(said) != 2 or not said[0].end <= at < said[1].start:
            return self.values(facts, groups)
        pair = []
        for m in said:
            own = [f for f in facts if f["number"] is not None and not m.keys.isdisjoint(self.idx.fact_keys.get(f["id"], ()))]
            top = [f for f in own if self._is_total_fact(f, "row")] or own
            if len({f["number"] for f in top}) != 1:
                return self.values(facts, groups)
            pair.append(top[0])
        a, b = pair
        if a["id"] == b["id"] or (a["unit"] or "") != (b["unit"] or "") or not b["number"]:
            return self.values(facts, groups)
        return FactAnswer("answered", compose.fact_times(_name(a), _name(b), fmt_number(a["number"]),
                                                         fmt_number(b["number"]), f"{a['number'] / b['number']:.2f}",
                                                         a["unit"] or "") + _cite(self.idx, [a, b]), [a, b])

    def proportion(self, a: dict, b: dict) -> FactAnswer:
        """a : b, both figures shown, in small whole numbers when they are that (7:3), else as x : 1."""
        x, y = a["number"], b["number"]
        simple = ratio_said(x, y)
        return FactAnswer("answered", compose.fact_proportion(_name(a), _name(b), fmt_number(x), fmt_number(y), simple,
                                                              fmt_percent(x / (x + y) * 100), fmt_percent(y / (x + y) * 100))
                          + _cite(self.idx, [a, b]), [a, b])

    def each_share(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"基本支出和项目支出各占多少": each item said before 占 as a share of its own total, never one of them
        over the other; None unless each is one figure (on its table's total row when it is printed on many)."""
        at = fq.text.find("占")
        said = [m for m in fq.mentions if m.start >= 0 and (at < 0 or m.end <= at)]
        if len(said) < 2 or len(said) != len(fq.mentions):
            return None  # a whole named after 占 ("各占基本支出多少"): not each one's own total
        def of(m: Mention, fs: list[dict]) -> list[dict]:
            return [f for f in fs if f["number"] is not None and not m.keys.isdisjoint(self.idx.fact_keys.get(f["id"], ()))]

        # The line holding one figure of each (a total row first): several tables printing that line alike
        # (支出决算表 and 财政拨款支出表 both print 合计 基本支出 / 项目支出) give the same figures.
        lines_of: dict[tuple, list[dict]] = defaultdict(list)
        for f in facts:
            lines_of[(f["document_id"], f["sheet"], f["page"], f["line"])].append(f)
        full = [fs for _, fs in sorted(lines_of.items(), key=lambda x: str(x[0]))
                if all(len(of(m, fs)) == 1 for m in said)]
        full = [fs for fs in full if self._is_total_fact(fs[0], "row")] or full
        if not full or len({tuple(of(m, fs)[0]["number"] for m in said) for fs in full}) != 1:
            return None
        lines, used = [], []
        for m in said:
            fa = self.share_of_total(of(m, full[0]))
            if fa.status != "answered":
                return fa
            lines.append(compose.said_and_source(fa.text)[0])
            used += [f for f in fa.facts if f not in used]
        return FactAnswer("answered", "\n".join(lines) + _cite(self.idx, used), used)

    def share_of_total(self, facts: list[dict], of_all: bool = False) -> FactAnswer:
        """"一般公共服务支出占比": an item over its column's total row (of its own group when the table
        has several); a value of the total row ("基本支出占比" = 合计 row's 基本支出) over the same row's
        total column. Never over a sum of the rows: they hold subtotals, and a table that prints no total
        gives no share."""
        printed = self._printed_share(facts)
        if printed is not None:
            return printed
        sheet = self._same_table([f for f in facts if f["number"] is not None][:1])
        for f in facts:
            if f["number"] is None:
                continue
            t = (self._grand_total(f, sheet) if of_all else None) or self._column_total(f, sheet) \
                or self._row_total_column(f, sheet) or self._column_total(f, self._continued_pages(f)) \
                or self._grand_total(f, sheet)
            if t is not None:
                whole, shown, name, used = t["number"], fmt_number(t["number"]), _name(t), [f, t]
            elif (head := self._numbered_head(f, sheet)) is not None:
                whole, shown, name, used = head["number"], fmt_number(head["number"]), _name(head), [f, head]
            elif not self._is_total_fact(f, "row") and (siblings := self._siblings(f, sheet)):
                whole = sum(x["number"] for x in siblings)
                shown = "(" + " + ".join(fmt_number(x["number"]) for x in siblings) + ")"
                name, used = compose.SUM_OF_ITEMS, [f]
            else:
                continue
            r = f["number"] / whole * 100
            return FactAnswer("answered", compose.fact_share(_name(f), name, fmt_number(f["number"]),
                                                             shown if len(shown) < 80 else fmt_number(whole),
                                                             fmt_percent(r)) + _cite(self.idx, used), used)
        return FactAnswer("unknown", compose.NO_TOTAL_FOR_SHARE)

    def _of_one_year(self, fq: FactQuestion, fs: list[dict]) -> list[dict]:
        """Columns of several years (2023年决算数 | 2024年预算数 | 2024年决算数): a rate is of one year's figures,
        the year asked else the table's own, never last year's 决算 over this year's 预算."""
        want: set[int | None] = set(fq.years) or {self.idx.docs[fs[0]["document_id"]].year}
        return [f for f in fs if f["year"] in want] or fs

    def rate(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        done_words, plan_words = _RATE_WORDS[fq.rate]
        rows = defaultdict(list)
        sibling_ids = sorted({x for f in facts + self._rows_named_alike(facts) for x in self._row_siblings(f)})
        for sib in self.idx.facts(sibling_ids):
            rows[(sib["document_id"], sib["row_labels"])].append(sib)

        budget = next((b for b in _PLANS if b in fq.text), "") or fq.plan

        def pick(fs: list[dict], words: tuple[str, ...]) -> dict | None:
            # A column saying the word first: the 预算 of a row named 一般公共预算财政拨款支出 is no budget column.
            # (上年执行数 beside 本年预算数, 增减额: last year's figure and the change, neither done nor planned this year)
            this_year = any("本年" in (f["col_labels"] or "") for f in fs)
            fs = [f for f in fs if not _CHANGE_COLUMN.search(f["col_labels"] or "")
                  and not (this_year and "上年" in (f["col_labels"] or ""))]
            for of_row in (False, True):
                for w in ((budget,) if budget and words is plan_words else ()) + words:
                    for f in fs:
                        last = (f["row_labels"] or "").split(query.FACT_SEP)[-1] if of_row else ""
                        if f["number"] is not None and f["unit"] != "%" and w in (f["col_labels"] or "") + last:
                            return f
            return None

        entries: list[tuple[bool, str, list[dict], float | None]] = []  # per row: whole?, line, facts, rate
        for (_, row_labels), fs in rows.items():
            fs = periods.of_the_period_asked(self._of_one_year(fq, fs), fq.text, done_words, plan_words)
            # (a row's months and their running total, 1-10月累计: what is done is the total, never a month's)
            done, plan = pick([f for f in fs if running_total(f)], ("累计",)) or pick(fs, done_words), pick(fs, plan_words)
            if done and plan and done["year"] != plan["year"]:
                done = pick([f for f in fs if f["year"] == plan["year"]], done_words)
            printed = _printed_rate(fs, budget or (plan["col_labels"] or "" if plan else ""), bool(budget)) \
                or (_printed_rate(fs, "") if plan and self._only_plan(fs, plan) else None)
            own = (row_labels or "").split(query.FACT_SEP)[-1]
            whole = _is_grand_total(label_key(own))
            if printed and (terms := rate_terms(printed, fs)) and not budget:
                done, plan = terms  # "决算数为调整预算数的%": over 调整预算数, never 年初预算数 beside it
            if printed and done and plan:
                entries.append((whole, compose.fact_rate_printed(own or _name(done).split(" ")[0], fq.rate, printed["value"],
                                                                 fmt_number(done["number"]), fmt_number(plan["number"])),
                                [printed, done, plan], printed["number"]))
            elif done and plan and done is not plan and plan["number"]:
                r = done["number"] / plan["number"] * 100
                entries.append((whole, compose.fact_rate(own or _name(done).split(" ")[0], fq.rate, fmt_number(done["number"]),
                                                         fmt_number(plan["number"]), fmt_percent(r)), [done, plan], r))
            if done and plan and done is not plan and (short := _shortfall(fq, done, plan)):
                entries.append((whole, short, [done, plan], None))  # "决算比预算少多少 执行率": both asked
        if not entries:
            return FactAnswer("unknown", compose.no_rate(fq.rate))
        if (picked := _rates_picked(fq, entries)) is not None:
            return self._rates_listed(picked, entries)
        if len(entries) > 3 and any(e[0] for e in entries):
            # No line named (every row came): the table's whole, not the first eight lines with 合计 cut off
            entries = [e for e in entries if e[0]]
        lines = [e[1] for e in entries]
        used = [f for e in entries for f in e[2]]
        return FactAnswer("answered", "；".join(lines[:8]) + _cite(self.idx, used), used)

    def _rates_listed(self, picked: list[tuple], entries: list[tuple]) -> FactAnswer:
        """The rows' rates a filter or a ranking kept, numbered (none: how many were checked)."""
        if not picked:
            checked = [f for e in entries for f in e[2]]
            return FactAnswer("answered", compose.none_fits(len({id(e) for e in entries if e[3] is not None}))
                              + _cite(self.idx, checked[:10]), checked)
        used = [f for e in picked for f in e[2]]
        text = picked[0][1] if len(picked) == 1 else compose.numbered_items([e[1] for e in picked], count=len(picked))
        return FactAnswer("answered", text + _cite(self.idx, used), used)

    @staticmethod
    def _only_plan(fs: list[dict], plan: dict) -> bool:
        """Whether the plan found is the row's one budget amount (年初预算 alone): a rate the row prints naming
        no budget (完成预算%) is then over it."""
        return all(f is plan for f in fs if f["number"] is not None and f["unit"] != "%" and "预算" in (f["col_labels"] or ""))

    def _printed_share(self, facts: list[dict]) -> FactAnswer | None:
        """The share the document states for the item ("住房保障支出（类）29.42万元，占9.55%"): the printed
        figure, not one computed again from rounded amounts."""
        alike = [f for f in self._rows_named_alike(facts[:1]) if not f["sheet"]]
        for f in alike:
            row = self.idx.facts(self._row_siblings(f))
            share = next((x for x in row if x["row_labels"] == f["row_labels"] and x["unit"] == "%"
                          and (x["col_labels"] or "") == "占"), None)
            if share is not None:
                return FactAnswer("answered", compose.printed_share(_name(share).split(" ")[0], _shown(share))
                                  + _cite(self.idx, [share]), [share])
        return None

    def finished(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        """"哪些项目已经付完了": rows whose done figure reached the plan (or a progress of 100%)."""
        out, checked, seen = [], 0, set()
        every = self._same_sheets(facts)
        for f in every:
            key = (f["document_id"], f["sheet"], f["page"], f["line"])
            if key in seen or any(_is_total(k) for k in self.idx.fact_keys.get(f["id"], ())):
                continue
            seen.add(key)
            sib = [x for x in self.idx.facts(self._row_siblings(f)) if x["number"] is not None]
            progress = next((x for x in sib if x["unit"] == "%" and _PROGRESS.search(x["col_labels"] or "")), None)
            pair = self._pair_in_row(f, fq.verb or r"执行|已支付|实际|完成|已拨|已发|已付", r"预算|计划|^应(?=[拨发付])")
            if progress is None and pair is None:
                continue
            checked += 1
            if progress is not None:
                if progress["number"] >= 100 - 1e-9:
                    out.append(progress)
            elif pair and pair[0]["number"] >= pair[1]["number"] - 1e-9:
                out.append(pair[0])
        if not checked:
            return FactAnswer("unknown", compose.NOTHING_TO_SET_AGAINST_PLAN)
        if not out:
            return FactAnswer("answered", compose.none_finished(checked) + _cite(self.idx, every[:5]), [])
        lines = [compose.item_with(k, _name(f).split(" ")[0], "", _name(f).split(" ")[-1], _shown(f))
                 for k, f in enumerate(out, 1)]
        return FactAnswer("answered", compose.checked_list(lines, checked) + _cite(self.idx, out), out)

    def column_compare(self, fq: FactQuestion, groups: list[list[Mention]], ids: list[int]) -> FactAnswer | None:
        """"哪几个月实际超过预算了": rows where one column's value is above (below) another's."""
        # (the rows asked, "哪个单位", are no column compared; "哪个单位A比B还多" lists rows as "哪些" does)
        cols = [m for g in groups for m in g if m.keys <= self.idx.col_keys
                and not re.search(r"哪(?:个|些|几个|一个)$", fq.text[:m.start])]
        if not ("list" in fq.ops or "count" in fq.ops or re.search(r"哪(?:个|些|几个|一个)", fq.text)):
            return None
        if len(cols) == 1 and DEPARTMENTS_LISTED.search(fq.text):
            return self._departments_against(fq, cols[0], ids)  # "哪些部门超过序时进度了": their 执行率 against it
        if len(cols) < 2:
            return None
        a, b = cols[0], cols[1]
        between, after = fq.text[a.end:b.start], fq.text[b.end:]
        than = re.fullmatch(r"的?(?:比|较)", between)  # "退休的比在职的还多": the word after the second column
        if re.search(r"超过|高于|大于|多于|超出|超", between) \
                or than and re.match(r"的?(?:还|更)?(?:多|高|大)(?!少)", after):
            test = "gt"
        elif re.search(r"低于|少于|小于|不到|不足|没达到", between) or than and re.match(r"的?(?:还|更)?(?:少|低|小)", after):
            test = "lt"
        else:
            return None
        rows: dict[tuple, dict[str, dict]] = defaultdict(dict)
        every = self._same_sheets(self.idx.facts(ids))
        for f in every:
            own = set(self.idx.fact_keys.get(f["id"], ()))
            if f["number"] is None or any(_is_total(k) for k in self.idx.row_keys(f["id"])):
                continue  # (a total row; a column's own 合计 is the column)
            key = (f["document_id"], f["sheet"], f["page"], f["line"])
            side = "a" if a.keys & own and not b.keys & own else "b" if b.keys & own and not a.keys & own else ""
            # (a column printed in parts, 编制数 行政/事业/工勤/合计, is its own 合计)
            if side and (side not in rows[key] or re.search(r"(?:合计|小计|总计)$", (f["col_labels"] or "")[-3:])):
                rows[key][side] = f
        if DEPARTMENTS_LISTED.search(fq.text) and (own_lines := self._department_lines(fq, every, DEPARTMENTS_LISTED)):
            rows = self._department_rows(own_lines, a, b)  # (the departments, never their units)
        return self._rows_compared(rows, test, every)

    def overspent(self, fq: FactQuestion, ids: list[int]) -> FactAnswer | None:
        """"哪一项超支了": the rows of the tables meant whose spent column (决算数, 执行数, 实际支出) is above their
        budget column (预算数) on the same line; None when that is not asked or no table prints both (a column
        printing both, 差额（决算数-预算数）, is neither)."""
        if not fq.overspent or not ("list" in fq.ops or "count" in fq.ops or _WHICH.search(fq.text)):
            return None
        by_year: dict[tuple, dict[str, dict]] = defaultdict(dict)
        every = self._same_sheets(self.idx.facts(ids))
        for f in every:
            col = f["col_labels"] or ""
            if f["number"] is None or f["unit"] == "%" or _EARLIER_COLUMN.search(col) \
                    or any(_is_total(k) for k in self.idx.row_keys(f["id"])):
                continue  # (上年执行数 beside this year's 预算数 is no overspending)
            spent, plan = bool(_SPENT_COLUMN.search(col)), "预算" in col
            if spent != plan:
                year = m.group(0) if (m := _COLUMN_YEAR.search(col)) else ""
                by_year[(f["document_id"], f["sheet"], f["page"], f["line"], year)].setdefault("a" if spent else "b", f)
        return self._rows_compared(_same_year_pairs(by_year), "gt", every)

    def _department_rows(self, lines: list[dict], a: Mention, b: Mention) -> dict[tuple, dict[str, dict]]:
        """The two columns compared on each department's own line (a block's 小计, a one-line department)."""
        rows: dict[tuple, dict[str, dict]] = defaultdict(dict)
        for f in sorted(lines, key=lambda x: (x["sheet"] or "", x["line"] or 0)):  # (in the table's order)
            own = set(self.idx.fact_keys.get(f["id"], ()))
            side = "a" if a.keys & own and not b.keys & own else "b" if b.keys & own and not a.keys & own else ""
            if side and f["number"] is not None:
                rows[(f["document_id"], f["sheet"], f["page"], f["line"])].setdefault(side, f)
        return rows

    def _departments_against(self, fq: FactQuestion, b: Mention, ids: list[int]) -> FactAnswer | None:
        """"哪些部门超过序时进度了", "低于序时进度的部门有几个" of a table of departments printing one rate beside
        the reference named: each department's rate (its only other % column, 执行率) against it; None unless
        that rate is the one such column."""
        said = re.search(r"(超过|高于|大于|超出|快于|低于|少于|小于|不到|不足|没达到|慢于|落后于?)$", fq.text[:b.start])
        if not said:
            return None
        test = "lt" if re.match(r"低|少|小|不|没|慢|落", said.group()) else "gt"
        every = self._same_sheets(self.idx.facts(ids))
        lines = self._department_lines(fq, every, DEPARTMENTS_LISTED)
        named = fq.text[b.start:b.end]
        rates = {f["col_labels"] for f in lines if f["unit"] == "%" and f["number"] is not None
                 and not b.keys & set(self.idx.fact_keys.get(f["id"], ())) and named not in (f["col_labels"] or "")}
        if len(rates) != 1:
            return None
        rows: dict[tuple, dict[str, dict]] = defaultdict(dict)
        for f in sorted(lines, key=lambda x: (x["sheet"] or "", x["line"] or 0)):  # (in the table's order)
            if f["number"] is None:
                continue
            side = "a" if f["col_labels"] in rates else "b" if b.keys & set(self.idx.fact_keys.get(f["id"], ())) \
                and (f["col_labels"] or "").endswith(named) else ""
            if side:
                rows[(f["document_id"], f["sheet"], f["page"], f["line"])].setdefault(side, f)
        return self._rows_compared(rows, test, every)

    def _rows_compared(self, rows: dict[tuple, dict[str, dict]], test: str, every: list[dict]) -> FactAnswer | None:
        """The rows whose first column is above ("gt") or below its second, each beside it."""
        hits = [r for r in rows.values() if "a" in r and "b" in r and (
            r["a"]["number"] > r["b"]["number"] if test == "gt" else r["a"]["number"] < r["b"]["number"])]
        checked = sum(1 for r in rows.values() if "a" in r and "b" in r)
        if not checked:
            return None
        lines = [compose.item_with(k, _department_named(_name(r["a"]).split(" ")[0]), _shown(r["a"]),
                                   _name(r["b"]).split(" ")[-1], _shown(r["b"])) for k, r in enumerate(hits, start=1)]
        used = [r["a"] for r in hits] + [r["b"] for r in hits]
        if not hits:
            return FactAnswer("answered", compose.none_of_checked(checked) + _cite(self.idx, every[:5]), [])
        return FactAnswer("answered", compose.checked_list(lines, checked, compose.ABOVE if test == "gt" else compose.BELOW)
                          + _cite(self.idx, used), used)

    def against_stated_rate(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """"执行进度低于序时进度的有哪些" of a table stating 序时进度 once above its rows: each row's value of
        the column named against that rate; None when the question is not that."""
        said = sorted(fq.mentions, key=lambda m: m.start)
        if len(said) != 2 or not said[0].keys <= self.idx.col_keys or not ("list" in fq.ops or "count" in fq.ops):
            return None
        own, col = set(docs), said[0]
        for doc in docs:  # the table whose column is named and which states the rate
            ids = [f for k in col.keys for f in self.idx.label_facts_in(k, doc)][:400]
            stated = self._stated_rate(fq, col, ids) if ids and doc in own else None
            if stated is not None:
                return self._compared_with_stated(fq, col, stated, ids)
        return None

    def diff_with_stated(self, fq: FactQuestion, docs: list[int], years: list[int]) -> FactAnswer | None:
        """"动物防疫专项执行进度比序时进度快多少" of a table stating 序时进度 once above its rows: the row's rate
        named, less that stated rate; None when the question is not that."""
        if "diff" not in fq.ops or len(fq.mentions) < 2:
            return None
        own = set(docs)
        for m in fq.mentions:
            stated = [f for k in m.keys for f in self.idx.label_facts.get(k, ())
                      if self.idx.fact_doc[f] in own and self._is_stated(f)]
            if not stated:
                continue
            rest = copy.copy(fq)
            rest.mentions = [x for x in fq.mentions if x is not m]
            ids, groups = self._match(rest, [self.idx.fact_doc[f] for f in stated[:1]], years)
            pair = self._rate_and_stated([f for f in self.idx.facts([*ids[:40], stated[0]]) if f["number"] is not None])
            if pair:
                return self.diff(pair, groups, years)
        return None

    def _stated_rate(self, fq: FactQuestion, col: Mention, ids: list[int]) -> dict | None:
        """"执行进度低于序时进度": the rate the other word names stated once for the whole table ("序时进度：50%"
        in its title lines), of the document of the column named; None when it is not that."""
        docs = {self.idx.fact_doc[f] for f in ids}
        others = [m for m in fq.mentions if m is not col and m.start > col.end and m.keys & self.idx.row_label_keys]
        if len(others) != 1 or len(docs) != 1:
            return None
        stated = [f for k in others[0].keys for f in self.idx.label_facts.get(k, ())
                  if self.idx.fact_doc[f] in docs and self.idx.fact_nrows.get(f, 0) == 1
                  and len(self.idx.fact_keys[f]) == 1]
        facts = [f for f in self.idx.facts(stated[:5]) if f["number"] is not None and f["unit"] == "%"]
        return facts[0] if len(facts) == 1 else None

    def _compared_with_stated(self, fq: FactQuestion, col: Mention, stated: dict, ids: list[int]) -> FactAnswer | None:
        """Each row's value of the column against the table's one stated rate, totals left out."""
        between = fq.text[col.end:]
        test = "gt" if re.search(r"超过|高于|大于|多于|超出|快于", between) else \
            "lt" if re.search(r"低于|少于|小于|不到|不足|没达到|慢于|落后", between) else ""
        if not test:
            return None
        rows = [f for f in self._same_sheets(self.idx.facts(ids)) if f["number"] is not None and f["unit"] == "%"
                and col.keys & set(self.idx.fact_keys.get(f["id"], ())) and not self._is_total_fact(f, "row")]
        if not rows:
            return None
        hits = [f for f in rows if (f["number"] > stated["number"] if test == "gt" else f["number"] < stated["number"])]
        lines = [compose.item_with(k, _name(f).split(" ")[0], _shown(f), _name(stated), _shown(stated))
                 for k, f in enumerate(hits, start=1)]
        if not hits:
            return FactAnswer("answered", compose.none_of_checked(len(rows)) + _cite(self.idx, [*rows[:4], stated]), [])
        return FactAnswer("answered", compose.checked_list(lines, len(rows), compose.ABOVE if test == "gt" else compose.BELOW)
                          + _cite(self.idx, [*hits, stated]), [*hits, stated])

    def remaining(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        # (what was spent, "花掉" or "用掉", is the row's 执行 or, in a final account, its 决算)
        done_re = r"执行|已支付|实际|完成|支出数|决算" if fq.verb in ("", "花", "用") else fq.verb
        plan_re = r"预算|指标值|目标|计划|^应(?=[拨发付缴收到])"  # (应拨金额: what is to be paid out)
        if "总投资" in fq.text:  # "总投资还差多少没用债": the whole investment, less what was used of it
            plan_re += "|总投资"

        lines, used = [], []
        seen = set()
        for f in facts:
            key = (f["document_id"], f["sheet"], f["page"], f["line"])
            if key in seen:
                continue
            seen.add(key)
            planned = self._investment_left(f) if fq.remaining else None
            if planned is not None:  # a project plan: its whole investment less what is done and planned
                lines.append(compose.investment_left(*planned))
                used += planned[-1]
                continue
            left = self._printed_left(f, done_re) if fq.remaining else None
            if left is not None:  # the table prints what is left (未执行数): that figure, not a subtraction
                lines.append(compose.printed_left(_name(left).split(" ")[0], (fq.verb or "执行").split("|")[0],
                                                  fmt_number(left["number"]), left["unit"] or "",
                                                  _name(left).split(" ")[-1]))
                used.append(left)
                continue
            # (set against the whole investment, what was used is what was used so far: a 累计 column first)
            pair = self._pair_in_row(f, rf"累计(?:{done_re})", plan_re) if "总投资" in fq.text else None
            pair = pair or self._pair_in_row(f, done_re, plan_re)
            if pair is None and fq.remaining and (staged := self._stage_before(f, done_re, _column_keys_said(fq, self.idx))):
                done, parts = staged
                whole = sum(x["number"] for x in parts)
                lines.append(compose.left_of_the_stage(_name(done).split(" ")[0], (fq.verb or "执行").split("|")[0],
                                                       fmt_number(whole - done["number"]), done["unit"] or "",
                                                       [(_own_col(x), fmt_number(x["number"])) for x in parts],
                                                       (_own_col(done), fmt_number(done["number"]))))
                used += [*parts, done]
                continue
            if pair is None:
                continue
            done, plan = pair
            unit = plan["unit"] or done["unit"] or ""
            d = plan["number"] - done["number"] if fq.remaining else done["number"] - plan["number"]
            first, second = (plan, done) if fq.remaining else (done, plan)
            lines.append(compose.left_or_over(_name(done).split(" ")[0], (fq.verb or "执行").split("|")[0]
                                              if fq.remaining else None, fmt_number(d), unit,
                                              _name(plan).split(" ")[-1], _name(done).split(" ")[-1],
                                              fmt_number(first["number"]), fmt_number(second["number"])))
            used += [done, plan]
        if not lines:
            return FactAnswer("unknown", compose.NOTHING_TO_SUBTRACT)
        return FactAnswer("answered", "；".join(lines[:6]) + _cite(self.idx, used), used)

    def deducted(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"惠民资金发放及时率扣了几分": the row's full marks (分值) less its score (得分); "哪个指标扣分最多" ranks
        the rows (totals left out) by it; "一共扣了多少分" with no row named is the total row's, else the rows'
        added up. None when the rows print no such pair (never a score alone)."""
        if {"max", "min"} & set(fq.ops) or not fq.mentions:
            facts = self._same_sheets(facts)
        else:  # a group named (效益指标): every row printed under it, not the first one found
            said = {k for m in fq.mentions for k in m.keys}
            facts = [x for x in self._same_sheets(facts)
                     if said & set(self.idx.fact_keys.get(x["id"], ())[:self.idx.fact_nrows.get(x["id"], 0)])] or facts
        rows, seen = [], set()
        for f in facts:
            key = (f["document_id"], f["sheet"], f["page"], f["line"])
            if key in seen:
                continue
            seen.add(key)
            sib = [x for x in self.idx.facts(self._row_siblings(f)) if x["number"] is not None]
            full = next((x for x in sib if _FULL_MARKS.search(_own_col(x))), None)
            got = next((x for x in sib if _SCORED.search(_own_col(x)) and not _FULL_MARKS.search(_own_col(x))), None)
            if full is not None and got is not None and full["unit"] == got["unit"]:
                rows.append((full["number"] - got["number"], full, got))
        if not rows:
            return None  # no 分值 beside a 得分: what else the question says is read as it stands
        items = [r for r in rows if not self._is_total_fact(r[1], "row")]
        totals = [r for r in rows if self._is_total_fact(r[1], "row")]
        if {"max", "min"} & set(fq.ops) and items:
            best = (max if "max" in fq.ops else min)(d for d, _, _ in items)
            picked = [r for r in items if abs(r[0] - best) < 1e-9]
        elif len(items) == 1 and not totals or not fq.mentions and totals or len(items) > 1 and totals and not fq.mentions:
            picked = items if len(items) == 1 and not totals else totals[:1]
        else:
            picked = items[:8] or totals[:1]
        lines = [compose.deducted(_own_row(full), fmt_number(d), full["unit"] or "", _own_col(full), fmt_number(full["number"]),
                                  _own_col(got), fmt_number(got["number"])) for d, full, got in picked]
        head = compose.deducted_total(fmt_number(sum(d for d, _, _ in picked)), picked[0][1]["unit"] or "") \
            if len(picked) > 1 and not {"max", "min"} & set(fq.ops) else ""
        used = [x for _, full, got in picked for x in (full, got)]
        # "哪项扣分最多" → "第二多的呢": the next place of the same ranking by points lost (each row's 得分 shown)
        ranked = [got["id"] for _, _, got in sorted(items, key=lambda r: r[0], reverse="max" in fq.ops)] \
            if {"max", "min"} & set(fq.ops) else []
        return FactAnswer("answered", head + "；".join(lines) + _cite(self.idx, used), used, ranked=ranked)

    def done_by_year_end(self, facts: list[dict]) -> FactAnswer | None:
        """"到2025年底累计能完成总投资的百分之多少": a plan row's investment done up to last year and planned for
        this one, over its 总投资, shown (of the 合计 row when the facts are of several rows); None when no row of
        the facts prints those three columns."""
        if len({self._row_key(f["id"]) for f in facts}) > 1:
            facts = [f for f in self._same_sheets(facts) if _is_grand_total(label_key(_own_row(f)))] or facts
        for f in facts:
            planned = self._investment_left(f)
            if planned is None:
                continue
            whole, done, plan = planned[-1]
            if not whole["number"]:
                continue
            rate = (done["number"] + plan["number"]) / whole["number"] * 100
            text = compose.done_by_year_end(_own_row(whole), _col_of_total(plan), fmt_percent(rate), _own_col(done),
                                            fmt_number(done["number"]), fmt_number(plan["number"]),
                                            _own_col(whole), fmt_number(whole["number"]))
            return FactAnswer("answered", text + _cite(self.idx, [whole, done, plan]), [whole, done, plan])
        return None

    def _investment_left(self, f: dict) -> tuple[str, str, str, list[tuple[str, str]], list[dict]] | None:
        """A row of a project plan printing 总投资, what was done by the year before (截至2024年底累计完成投资) and
        this year's plan (2025年计划投资): what is left once this year's plan is done, shown as the subtraction
        (row, left, unit, [(label, figure)], facts); None when the row prints no such three columns."""
        row = [x for x in self.idx.facts(self._row_siblings(f)) if x["number"] is not None and x["unit"] not in ("%", "百分点")]
        whole = next((x for x in row if _WHOLE_INVESTMENT.search(_own_col(x))), None)
        done = next((x for x in row if _DONE_BEFORE.search(_own_col(x))), None)
        plan = next((x for x in row if _PLANNED_NOW.search(_col_of_total(x)) and x is not whole and x is not done), None)
        if whole is None or done is None or plan is None or len({whole["unit"], done["unit"], plan["unit"]}) != 1:
            return None
        left = whole["number"] - done["number"] - plan["number"]
        parts = [(_col_of_total(x), fmt_number(x["number"])) for x in (whole, done, plan)]
        return _own_row(whole), fmt_number(left), whole["unit"] or "", parts, [whole, done, plan]

    def _printed_left(self, f: dict, done_re: str) -> dict | None:
        """The row's printed amount of what is not yet done (未执行数, 未支付金额, 剩余; a balance at the period's end,
        期末余额, of a debt repaid in part): its own column header says the negated verb; None when the row prints no
        such column."""
        undone = re.compile(r"(?:未|没有?|尚未)(?:" + done_re + r")|剩余|结余|(?:期末|年末)余额")
        for x in self.idx.facts(self._row_siblings(f)):
            leaf = (x["col_labels"] or "").split(query.FACT_SEP)[-1]
            if x["number"] is not None and x["unit"] not in ("%", "百分点") and undone.search(leaf) \
                    and not re.search(r"率", leaf):
                return x
        return None

    def standard_stated(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"每个社区补多少", "每村补多少" of a row whose text cell states its standard per that unit (每个社区每年10万元,
        每村每年6万元, 120元/亩): that clause, never the row's total; None when not asked so, or when no cell (or
        more than one) of the rows matched says it."""
        m = _EACH_OF.search(fq.text)
        if m is None or not facts or len({self._row_key(f["id"]) for f in facts}) > 3:
            return None
        forms = (f"每{m.group(1)}", f"每个{m.group(1)}", f"/{m.group(1)}")
        found: dict[tuple, tuple[dict, str]] = {}
        for cell in self.idx.facts(sorted({x for f in facts for x in self._row_siblings(f)})):
            for clause in re.split(r"[，,；;。]", cell["value"] or "") if cell["number"] is None else ():
                if any(x in clause for x in forms) and re.search(r"\d", clause):
                    found.setdefault(self._row_key(cell["id"]), (cell, clause.strip()))
        if len(found) != 1:
            return None
        f, clause = next(iter(found.values()))
        return FactAnswer("answered", compose.fact_value(_name(f), clause) + _cite(self.idx, [f]), [f])

    def per_unit(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        """"生活补贴每人每月多少": a value of the row that states the rate ("每人每月750元", "≥190元每人每月");
        else the table has no such breakdown (never the row's total)."""
        words = [fq.per_unit] + re.findall(r"每.", fq.per_unit)
        said = re.compile(r"[^，。；;,\n]*(?:" + "|".join(map(re.escape, words[:1])) + r")[^，。；;,\n]*")
        rows = self.idx.facts(sorted({x for f in facts[:20] for x in self._row_siblings(f)}))
        # "600元以上档次每人每年补多少": of several rates a text states, the one whose sentence holds the
        # numbers the question says (对选择每年600元及以上缴费档次的，补贴标准为每人每年60元).
        asked = set(re.findall(r"\d+(?:\.\d+)?", fq.text))
        found: list[tuple[int, dict, str]] = []
        for f in [*facts, *rows]:
            for sentence in re.split(r"[。；;\n]", f["value"] or ""):
                for clause in said.findall(sentence):
                    if re.search(r"\d", clause):
                        held = len(asked & set(re.findall(r"\d+(?:\.\d+)?", sentence.replace(clause, ""))))
                        found.append((held, f, sentence if held else clause))  # the condition said with it
        if found:
            top = max(h for h, _, _ in found)
            held, f, clause = next(x for x in found if x[0] == top)
            text = compose.fact_value(_name(f).split(" ")[0], clause.strip())
            return FactAnswer("answered", text + _cite(self.idx, [f]), [f])
        return FactAnswer("unknown", compose.no_per_unit(fq.per_unit, _name(facts[0]).split(" ")[0]) if facts
                          else compose.no_per_unit(fq.per_unit, ""))

    def per_head(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        """"人均", "平均每户", "平均每辆车": an amount over the count in that measure (人, 户, 辆) of the same row
        ("桃源镇 合计" over its 农户数（户）; a 其中 column is a part, never the count); failing that, for 人均,
        over the one head count the same table prints of the whole department (财政供养人员数: a department's
        own figure, 基本支出, not a project's). Neither found: said, never the amount itself."""
        measures = ("人", "人次") if fq.per_measure == "人" else (fq.per_measure,)
        named = {k for m in fq.mentions for k in m.keys}
        for f in facts:
            sib = [x for x in self.idx.facts(self._row_siblings(f)) if x["number"] is not None]
            counts = [x for x in sib if x["unit"] in measures  # (a 其中 column is a part of the count before it)
                      and not (x["col_labels"] or "").split(query.FACT_SEP)[-1].startswith("其中")]
            if any(x["unit"] in measures and x not in counts and _part_said(x, fq.text) for x in sib):
                break  # "脱贫户平均每户": a part of the count named, whose own amount the row does not print
            if len(counts) > 1:  # "按农户数平均每户": the count column the question names
                counts = [x for x in counts if set(self.idx.fact_keys.get(x["id"], ())) & named] or counts
            people = counts[0] if len(counts) == 1 else None
            if len(stated := self._per_one_stated(sib, fq.per_measure)) == 1:
                return self.values(stated, [])  # "乔庄镇人均多少": the row's own 人均补助标准, as printed
            amounts = [x for x in sib if x["unit"] in _MONEY_UNITS and not self.idx.per_one_column(x["col_labels"] or "")]
            asked = [x for x in amounts if x in facts]
            # the amount asked; of several (or none named), the row's total (合计), not the first of its parts
            pool = asked if len(asked) == 1 else asked or amounts
            # "平均每辆车" of a row of many amounts: the amount under the count's own column group (车辆 账面价值)
            group = (people["col_labels"] or "").split(query.FACT_SEP)[0] if people and len(pool) > 1 \
                and query.FACT_SEP in (people["col_labels"] or "") else ""
            pool = [x for x in pool if (x["col_labels"] or "").split(query.FACT_SEP)[0] == group] or pool if group else pool
            money = next((x for x in pool if len(pool) > 1 and self._is_total_fact(x, "col")), None) or next(iter(pool), None)
            if people is None and money is not None and fq.per_measure == "人" and len(asked) == 1:
                people = self._head_count_of(money)
            if people in sib and money and _FACTOR_COLUMN.search(people["col_labels"] or ""):
                # "吉强镇人均分多少" where 人口因素（人）权重50% is what the money was allotted by: no per-head figure
                has = "、".join(f"{_name(x)} {_shown(x)}" for x in (money, people))
                return FactAnswer("unknown", compose.per_head_not_stated(_name(money).split(" ")[0], has)
                                  + _cite(self.idx, [money, people]), [money, people], settled=True)
            if people and money and people["number"]:
                v, unit = money["number"] / people["number"], money["unit"] or ""
                if unit in _SMALLER and abs(v) < 1 and (smaller := in_unit(v, unit, _SMALLER[unit])) is not None:
                    v, unit = smaller, _SMALLER[unit]  # (0.0029万元 a head is shown 28.94元, never "0万元")
                row = _name(money).split(" ")[0] if fq.per_measure == "人" else _name(money)
                return FactAnswer("answered", compose.per_head(row, fmt_number(money["number"]),
                                                               fmt_number(people["number"]), fmt_number(v), money["unit"],
                                                               people["unit"], "" if people in sib else _name(people),
                                                               unit)
                                  + _cite(self.idx, [money, people]), [money, people])
        what = "、".join(dict.fromkeys(_name(f).split(" ")[0] for f in facts[:3]))
        has = "、".join(dict.fromkeys(_name(f) for f in facts[:6]))
        return FactAnswer("unknown", compose.no_per_head(what, has) + _cite(self.idx, facts[:6]))

    def _per_one_stated(self, row: list[dict], measure: str) -> list[dict]:
        """A row's money printed per one of the measure asked (人均补助标准 for 人均, 户均 for 户): its own figure,
        never divided again by the row's count."""
        starts = {"人": ("人均", "每人"), "户": ("户均", "每户")}.get(measure, ())
        return [x for x in row if x["unit"] in _MONEY_UNITS and self.idx.per_one_column(x["col_labels"] or "")
                and compact((x["col_labels"] or "").split(query.FACT_SEP)[-1]).startswith(starts)] if starts else []

    def mean(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        """"平均拨付进度", "小学平均单价": one column's mean over the rows found (合计 and 小计 rows left out),
        n and the arithmetic shown; the table's own 合计 of a rate said beside it (the whole's rate is not the
        rows' mean). Not one column of one unit over two rows or more: said, never one row's figure."""
        rows = [f for f in facts if f["number"] is not None and not self._is_total_fact(f, "row")]
        if len(facts) == 1 and facts[0]["number"] is not None and len(rows) < 2:
            # the column said alone reached its 合计 row (or the row talked about): the rows of that column,
            # of the group said when the question says one (小学 over its schools)
            f = facts[0]
            said = fq.text.replace(compact((f["row_labels"] or "").split(query.FACT_SEP)[-1]), " ")  # (小学 of 辰州小学: no group)
            groups = [g for g in (f["row_labels"] or "").split(query.FACT_SEP)[:-1] if g and g in said] if rows else []
            rows = [x for x in self.idx.facts(list(self.idx.docs[f["document_id"]].facts)[:6000])
                    if (x["sheet"], x["page"], x["col_labels"]) == (f["sheet"], f["page"], f["col_labels"])
                    and x["number"] is not None and not self._is_total_fact(x, "row")
                    and (x["row_labels"] or "").split(query.FACT_SEP)[:len(groups)] == groups] if not rows or groups else rows
        if len(rows) < 2 or len({(f["document_id"], f["col_labels"]) for f in rows}) != 1 \
                or len({f["unit"] for f in rows}) != 1:
            has = "、".join(dict.fromkeys(_name(f) for f in facts[:6]))
            return FactAnswer("unknown", compose.no_mean(has) + _cite(self.idx, facts[:6]), [])
        unit = rows[0]["unit"] or ""
        total = round(sum(f["number"] for f in rows), 6)
        mean = round(total / len(rows), 2)
        col = (rows[0]["col_labels"] or "").split(query.FACT_SEP)[-1]
        whole = [f for f in facts if f["number"] is not None and f["col_labels"] == rows[0]["col_labels"]
                 and _is_grand_total(label_key((f["row_labels"] or "").split(query.FACT_SEP)[-1]))]
        text = compose.column_mean(col, [f"{_row_name(f)} {fmt_number(f['number'])}" for f in rows], fmt_number(round(total, 4)),
                                   fmt_number(mean), unit, _shown(whole[0]) if len(whole) == 1 and unit == "%" else "")
        return FactAnswer("answered", text + _cite(self.idx, rows), rows)

    def _head_count_of(self, money: dict) -> dict | None:
        """The one head count a table prints of its department as a whole (财政供养人员数, 在职人员数: a label
        holding a word of the vocabulary's head_count_words, in 人), for an amount of the department's own
        (基本支出) — never for a line that is a project or task of the table, nor its projects' sum (项目支出)."""
        doc = money["document_id"]
        row = compact((money["row_labels"] or "").split(query.FACT_SEP)[-1])
        if row in {compact(r["name"]) for r in query.projects_in(self.idx.conn, [doc]) if r["kind"] != "department"}:
            return None
        if "项目" in row:
            return None  # "人均项目支出": the department's projects added up are no spending per head of its staff
        counts = [x for x in self.idx.facts(list(self.idx.docs[doc].facts)[:6000])
                  if x["number"] is not None and x["unit"] == "人"
                  and any(w in compact(x["row_labels"] or "") for w in self.idx.head_count_words)]
        return counts[0] if len({x["number"] for x in counts}) == 1 else None

    def _printed_change(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"比上年减少多少" / "跟2023年比减少多少" of a row whose document states the change (比上年减少 X万元,
        下降 Y%): the stated change, with the two years' figures when both are printed; never a difference
        of two unrelated columns."""
        if {"max", "min"} & set(fq.ops) and fq.fall:
            return None  # "支出里降幅最大的是哪项": which row fell the most, not the rows' own changes
        if "diff" not in fq.ops or not re.search(r"上年|去年|上一年", fq.text) and len(set(fq.years)) != 2 \
                and not (fq.growth and len(set(fq.years)) <= 1 and not {"max", "min", "list", "count"} & set(fq.ops)
                         and not re.search(r"哪", fq.text)):
            return None  # "比上年", or "2024比2023年" (two years said), or "2025基本支出增长率" (its printed change)
        said = sorted(set(fq.years))
        if len(said) == 2 and said[1] - said[0] != 1:
            return None  # "2025年比2023年": a change printed against the year before is no answer
        lines, used, seen = [], [], set()
        idx, keys_q = self.idx, {k for m in fq.mentions for k in m.keys}

        def innermost(f: dict) -> str:
            n = idx.fact_nrows.get(f["id"], 0)
            return idx.fact_keys[f["id"]][n - 1] if n else ""

        # The row named itself, not the rows under it; a group named alone ("三公经费") is its total row.
        facts = _prefer(_prefer(facts, lambda f: innermost(f) in keys_q), lambda f: _is_total(innermost(f)))
        for f in facts:
            key = (f["document_id"], f["page"], f["line"], f["row_labels"])
            if key in seen or f["number"] is None:
                continue
            seen.add(key)
            row = [x for x in self.idx.facts(self._row_siblings(f)) if x["row_labels"] == f["row_labels"]]
            changes = [x for x in row if (x["col_labels"] or "").startswith("比上年") and x["number"] is not None]
            figures = sorted((x for x in row if not x["col_labels"] and x["number"] is not None),
                             key=lambda x: _year_printed(x) or 0)
            if changes and all(x["unit"] == "%" for x in changes) and not _RATE_ASKED.search(fq.text) \
                    and len({_year_printed(x) for x in row if x not in changes and x["number"] is not None
                             and x["unit"] != "%" and _year_printed(x)}) == 2:
                continue  # "比上年增长多少" of two years and a 增减（%）: their difference (_two_years), not the rate
            if not changes:
                # A table of two years' columns (2023年决算数, 2024年预算数) and their change (增减额, 增长率):
                # the change it prints is the one from the earlier year to the later.
                changes = [x for x in row if x["number"] is not None
                           and re.match(r"(?:增减|增长|增加|减少|变动|变化|增幅|降幅)", x["col_labels"] or "")]
                figures = sorted((x for x in row if x not in changes and x["number"] is not None and _year_printed(x)),
                                 key=lambda x: _year_printed(x) or 0)
                if not changes or len({_year_printed(x) for x in figures}) != 2 or len(figures) != 2:
                    continue
                if all(x["unit"] == "%" for x in changes) and _AMOUNT_ASKED.search(fq.text):
                    continue  # "比上年少了多少万" of a row printing its change in % only: the two figures' difference
            years = {y for x in figures if (y := _year_printed(x)) is not None}
            against = re.search(r"(?:比|较|相比|对比)((?:19|20)\d\d)", fq.text)
            if len(said) == 2 and len(years) == 2 and years != set(said) or len(said) == 1 and len(years) == 2 and (
                    min(years) != said[0] if against and int(against.group(1)) == said[0] else max(years) != said[0]):
                continue  # the change printed is between two other years ("2025年…比上年": not 2024's change)
            base = figures if len(figures) == 2 and len(years) == 2 else []
            rate, earlier = self._rate_of_printed_change(fq, row, changes)
            lines.append(compose.printed_change(
                _name(changes[0]).split(" ")[0], [f"{x['col_labels']} {_shown(x)}" for x in changes],
                [(str(_year_printed(x)), _shown(x)) for x in base]) + rate)
            used += changes + base + ([earlier] if earlier is not None and earlier not in base else [])
        if not lines:
            return None
        return FactAnswer("answered", "；".join(lines[:4]) + _cite(self.idx, used), used)

    def change_on_year_sheet(self, fq: FactQuestion, ids: list[int], years: list[int]) -> FactAnswer | None:
        """"禾川2024基本支出增加多少", "2025年合计比上年少多少" of a workbook with a sheet per year, each printing
        本年 and 上年 and their change (增减额): the change printed on the sheet of the year asked (the sheet whose
        本年 is that year), with its two figures; a rate asked and not printed, worked out over the earlier
        figure. None unless one row is named and one such change is printed for that year."""
        if "diff" not in fq.ops or {"max", "min", "list", "count", "sum", "ratio"} & set(fq.ops) or fq.cmp:
            return None
        said = sorted(set(fq.years))
        if said and fq.relative_year not in ([], [-1]) or len(said) > 2 or len(said) == 2 and said[1] - said[0] != 1:
            return None
        if said:
            year = said[-1]
        elif fq.relative_year == [-1] and len(set(years)) == 2 and max(years) - min(years) == 1:
            year = max(years)  # "禾川2025项目支出" → "比上年减了多少": the change into the year just shown
        else:
            return None
        idx = self.idx
        facts = idx.facts(ids[:400])
        if len({f["row_labels"] for f in facts}) != 1 or len({f["document_id"] for f in facts}) != 1:
            return None  # one row named, of one table
        doc = idx.docs.get(facts[0]["document_id"])
        if doc is None or len({x["sheet"] for x in idx.facts(list(doc.facts)[:3000], copied=False)
                               if x["row_labels"] == facts[0]["row_labels"] and x["sheet"]}) < 2:
            return None  # (a sheet per year: the row on each sheet)
        rate = bool(re.search(r"幅|率|百分|%", fq.text))
        sheet_rows = {(f["document_id"], f["sheet"], f["line"]): f for f in facts}
        row = [x for f in sheet_rows.values() for x in idx.facts(self._row_siblings(f))
               if x["row_labels"] == f["row_labels"] and x["sheet"] == f["sheet"] and x["number"] is not None]
        row = list({x["id"]: x for x in row}.values())
        changes = [x for x in row if CHANGE_COLUMN.search(x["col_labels"] or "") and x["year"] == year]
        amounts = [x for x in changes if not (x["unit"] == "%" or re.search(r"率|幅", x["col_labels"] or ""))]
        printed_rates = [x for x in changes if x not in amounts]
        if len(amounts) != 1 or rate and len(printed_rates) > 1:
            return None
        change = amounts[0]
        base = sorted((x for x in row if x["sheet"] == change["sheet"] and x["document_id"] == change["document_id"]
                       and x not in changes and x["year"] in (year - 1, year) and x["unit"] == change["unit"]),
                      key=lambda x: x["year"] or 0)
        if len(base) != 2 or base[0]["year"] == base[1]["year"]:
            return None
        shown = [f"{change['col_labels']} {_shown(change)}"]
        used = [change, *base]
        extra = ""
        if printed_rates:
            shown.append(f"{printed_rates[0]['col_labels']} {_shown(printed_rates[0])}")
            used.append(printed_rates[0])
        elif rate and base[0]["number"]:
            d, b = change["number"], base[0]["number"]
            extra = compose.growth_rate(fmt_percent(d / abs(b) * 100), d >= 0, fmt_number(abs(d)), fmt_number(abs(b)))
        text = compose.printed_change(_name(change).split(" ")[0], shown, [(str(x["year"]), _shown(x)) for x in base])
        return FactAnswer("answered", text + extra + _cite(idx, used), used)

    def _rate_of_printed_change(self, fq: FactQuestion, row: list[dict], changes: list[dict]) -> tuple[str, dict | None]:
        """"增长率" / "增长多少百分比" of a row printing its change as an amount only (比上年增减 25.6) beside the
        earlier year's figure (2024年预算数 160): the rate worked out over that figure, with the division;
        ("", None) when a rate is printed, not asked, or the earlier figure is not one."""
        if not fq.growth or any(x["unit"] == "%" or re.search(r"率|幅", x["col_labels"] or "") for x in changes):
            return "", None
        amounts = [x for x in changes if x["number"] is not None]
        dated = [x for x in row if x not in changes and x["number"] is not None and x["unit"] != "%"
                 and _year_printed(x) is not None]
        years = sorted({_year_printed(x) or 0 for x in dated})
        # (比上年增减: over the year before the latest the row prints, not its oldest)
        earlier = [x for x in dated if _year_printed(x) == years[-2]] if len(years) >= 2 else []
        if len(amounts) != 1 or len(earlier) != 1 or not earlier[0]["number"] or amounts[0]["unit"] != earlier[0]["unit"]:
            return "", None
        d, b = amounts[0]["number"], earlier[0]["number"]
        return compose.growth_rate(fmt_percent(d / abs(b) * 100), d >= 0, fmt_number(abs(d)), fmt_number(abs(b))), earlier[0]

    @staticmethod
    def _which_changed_asked(fq: FactQuestion) -> re.Match[str] | None:
        """"哪些科目2025年比2024年减少了": rows filtered by the sign of their change (group 1 fell, 2 rose)."""
        if {"max", "min"} & set(fq.ops) or fq.cmp:
            return None
        return _WHICH_CHANGED.search(fq.text) or _CHANGED_WHICH.search(fq.text)

    def _rows_that_changed(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"项目支出里哪个预算比上年减少了": the rows under the group named whose printed change (增减额, 比上年增减)
        fell (or rose); None when the question asks no such filter or the table prints no change."""
        # ("哪一类支出比上年减少了，减多少": the rows of that level, each with its change)
        fall = self._which_changed_asked(fq)
        if not fall or {"max", "min"} & set(fq.ops) or fq.cmp:
            return None
        # "哪一类支出" of a table coded by subject (类 301, 款 30101): its 类 lines, not every line
        level = fq.level or ("类" if re.match(r"哪(?:一|些)?类", fall.group()) else "")
        idx, keys_q = self.idx, {k for m in fq.mentions for k in m.keys}
        groups = {k for f in facts for k in idx.row_keys(f["id"]) & keys_q}
        changes = [x for x in self._same_sheets(facts) if x["number"] is not None
                   and re.match(r"(?:同比)?(?:增减|增长|增加|减少|变动|变化|比上年)", x["col_labels"] or "")]
        changed = re.compile(r"(?:同比)?(?:增减|增长|增加|减少|变动|变化|比上年)")  # (同比增减%: on the same months before)
        if not changes and (said := {k for k in keys_q & idx.col_keys if not changed.match(k)}):
            # "哪几年一般公共预算收入下降了": the change printed under the column group named (› 增长率（%）)
            changes = [x for x in self._same_sheets(facts) if x["number"] is not None and said & set(idx.fact_keys[x["id"]])
                       and changed.match(_own_col(x))]
        sheet = [x for x in changes if not x["unit"] == "%" and not re.search(r"率|幅", x["col_labels"] or "")] \
            or [x for x in changes if x["unit"] == "%"]  # a table printing its change as a rate only: its sign
        sheet = _of_the_block_said(sheet, fq.text)
        rows = [x for x in sheet if (not groups or groups & idx.row_keys(x["id"]) and x["id"] not in
                                     {f["id"] for f in sheet if idx.fact_nrows.get(f["id"], 0)
                                      and idx.fact_keys[f["id"]][idx.fact_nrows[f["id"]] - 1] in groups})
                and not any(_is_total(k) for k in idx.fact_keys[x["id"]][:idx.fact_nrows.get(x["id"], 0)])]
        if groups and not rows:
            # "非税收入里哪些是减少的" of a flat table: the lines its numbering places under the heading named
            heads = [x for x in sheet if idx.fact_nrows.get(x["id"], 0)
                     and idx.fact_keys[x["id"]][idx.fact_nrows[x["id"]] - 1] in groups]
            rows = [g for h in heads[:1] for g in items_of(h, self._same_sheets([h])) if g["number"] is not None]
        code = re.compile(rf"^\d{{{_LEVEL_DIGITS[level]}}}(?!\d)") if level in _LEVEL_DIGITS else None
        if code is not None and any(code.match(k) for x in rows for k in idx.row_keys(x["id"])):
            rows = [x for x in rows if any(code.match(k) for k in idx.row_keys(x["id"]))]
        elif level == "类" and not groups and (subtotals := self._group_subtotals(sheet)):
            rows = subtotals  # "哪类支出下降了" of a table grouping its items (工资福利支出 … 小计): each group's 小计
        elif not groups and rows and _UNITS_ASKED.search(fq.text) and not rows_headed_as_units(rows[:5]):
            # "收费比上年减少的部门有哪些" of items under their units: each unit's 小计 line, never the items listed
            rows = self._unit_subtotals(sheet)
            if not rows:
                return FactAnswer("unknown", compose.units_change_not_printed(), [], settled=True)
        word = fall.group(1) or fall.group(2)
        if rows and all(x["number"] >= 0 for x in rows) and all(
                one_way_column(_own_col(x)) == ("rise" if fall.group(1) else "fall") for x in rows):
            rows = []  # ("哪些比上年增加了" of a 减少金额 column, 0 where a row rose: it prints no rise; its two years do)
        if not rows:
            return self._rows_changed_between_years(fq, facts, fall.group(), word, bool(fall.group(1))) \
                or self._changes_in_words(fq, facts, word, bool(fall.group(1)))
        # (a column named for a fall, 比上年减少, prints the fall as a positive figure)
        hits = [x for x in rows if (_signed(x) < 0 if fall.group(1) else _signed(x) > 0)]
        lines = [compose.fact_value(_name(x), _shown(x)) for x in hits]
        if not hits:
            return FactAnswer("answered", compose.none_changed(word, len(rows)) + _cite(idx, rows[:10]), rows)
        return FactAnswer("answered", compose.numbered_items(lines, compose.changed_head(word, len(rows)))
                          + _cite(idx, hits), hits)


    def _unit_subtotals(self, facts: list[dict]) -> list[dict]:
        """The lines closing each unit's block: "<单位> › 小计" or "<单位>小计" printed alone, never the 合计."""
        idx = self.idx
        return self._group_subtotals(facts) + [
            x for x in facts if idx.fact_nrows.get(x["id"], 0) == 1 and len(k := idx.fact_keys[x["id"]][0]) > 2
            and k.endswith("小计") and not _is_total(k[:-2])]

    def _group_subtotals(self, facts: list[dict]) -> list[dict]:
        """The facts on the 小计 lines closing a group of rows (工资福利支出/小计), never the table's grand total."""
        idx = self.idx
        return [x for x in facts if idx.fact_nrows.get(x["id"], 0) >= 2
                and idx.fact_keys[x["id"]][idx.fact_nrows[x["id"]] - 1] == "小计"
                and not _is_total(idx.fact_keys[x["id"]][0])]

    def _rows_changed_between_years(self, fq: FactQuestion, facts: list[dict], said: str, word: str,
                                    fell: bool) -> FactAnswer | None:
        """"哪些支出项目比2024年减少了" of a table printing each year in a column of its own (2025年预算数 |
        2024年预算数) and no change column: each row's figure of the later year less that of the year said (上年:
        the year before the table's), the rows that fell (rose) listed with both figures; only the side of the
        table the question names (支出, not 收入), never its totals. None when the table has no such columns."""
        sheet = [x for x in self._same_sheets(facts) if x["number"] is not None and x["unit"] != "%"]
        years = [int(y) for y in re.findall(r"((?:19|20)\d\d)", said)]
        docs = {x["document_id"] for x in sheet}
        if not years and re.search(r"上年|去年", said) and len(docs) == 1:
            own = self.idx.docs[docs.pop()].year
            years = [own - 1] if own else []
        # "哪些项目2026年比2025年减少了": the later year said is the one set against the earlier
        latest = max(years) if len(set(years)) == 2 else None
        years = [min(years)] if latest is not None else years
        if len(years) != 1:
            return None
        earlier = f"{years[0]}年"
        by_cell = {(x["document_id"], x["sheet"], x["page"], x["line"], x["col_labels"] or ""): x for x in sheet}
        pairs: list[tuple[dict, dict]] = []
        for (doc, sh, page, line, col), x in by_cell.items():
            if earlier not in col or any(_is_total(k) for k in self.idx.row_keys(x["id"])):
                continue
            later = [y for (d, s2, p2, l2, c2), y in by_cell.items() if (d, s2, p2, l2) == (doc, sh, page, line)
                     and c2 != col and re.sub(r"(?:19|20)\d\d年", "", c2) == re.sub(r"(?:19|20)\d\d年", "", col)
                     and _later_year(c2, years[0], latest)]
            if len(later) == 1:
                pairs.append((later[0], x))
        sides = {(a["col_labels"] or "").split(query.FACT_SEP)[0] for a, _ in pairs if query.FACT_SEP in (a["col_labels"] or "")}
        named = [g for g in sides if g and g in fq.text]
        if len(named) == 1:  # "哪些支出项目": the 支出 side of a 收支总表
            pairs = [(a, b) for a, b in pairs if (a["col_labels"] or "").split(query.FACT_SEP)[0] == named[0]]
        if not pairs:
            return None
        hits = [(a, b) for a, b in pairs if (a["number"] < b["number"] if fell else a["number"] > b["number"])]
        rows = [f for pair in pairs for f in pair]
        if not hits:
            return FactAnswer("answered", compose.none_changed(word, len(pairs), earlier) + _cite(self.idx, rows[:10]), rows)
        lines = [compose.fact_value(_name(a).split(" ")[0], compose.change_between(
            _name(b).split(" ")[-1], _shown(b), _name(a).split(" ")[-1], _shown(a), ("+" if a["number"] > b["number"] else "") + fmt_number(a["number"] - b["number"])
            + (a["unit"] or ""))) for a, b in hits]
        used = [f for pair in hits for f in pair]
        return FactAnswer("answered", compose.numbered_items(lines, compose.changed_head(word, len(pairs), earlier))
                          + _cite(self.idx, used), used)

    def change_not_printed(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """Which rows' budget rose (fell) asked of a table printing no change, no earlier year and no words stating
        it: said so, never its rows listed as if they rose (asked of no department, the rows of the one other
        general table stating it in words). None when that is not asked."""
        fall = self._which_changed_asked(fq)
        label = next((w for w in ("预算", "资金", "经费", "投入") if w in fq.text), "")
        if not fall or not label or not facts:
            return None
        word = fall.group(1) or fall.group(2)
        if not fq.departments:  # (no department said: the one other general table stating it in words)
            own = {f["document_id"] for f in facts}
            others = [d for d, doc in self.idx.docs.items() if doc.layout == "general-table" and d not in own and doc.facts]
            found = [a for d in others[:40] if (a := self._changes_in_words(
                fq, self.idx.facts(list(self.idx.docs[d].facts)[:1]), word, bool(fall.group(1)))) is not None]
            if len(found) == 1:
                return found[0]
        return FactAnswer("unknown", compose.change_not_printed(label, word) + _cite(self.idx, facts[:1]), [], settled=True)

    def _changes_in_words(self, fq: FactQuestion, facts: list[dict], word: str, fell: bool) -> FactAnswer | None:
        """"哪些项目第二年预算增加了" of a table printing no change and no two years' figures: the rows whose cell
        of words states their budget rising (falling) ("2026年预算增加5%", "压减预算10%" in 结果应用), each with its
        words. None when the question names no budget word or no cell states it."""
        label = next((w for w in ("预算", "资金", "经费", "投入") if w in fq.text), "")
        if not label or not facts:
            return None
        verbs = r"减少|下降|降低|压减|削减|下调|核减" if fell else r"增加|增长|上升|提高|上调|追加"
        stated = re.compile(rf"{label}[^，,；;。]{{0,2}}(?:{verbs})|(?:{verbs})[^，,；;。]{{0,2}}{label}")
        cells = [x for x in self._same_sheets(facts) if x["number"] is None and x["col_labels"]
                 and not any(_is_total(k) for k in self.idx.row_keys(x["id"]))]
        hits = [x for x in cells if stated.search(compact(x["value"] or ""))]
        if not hits:
            return None
        lines = [compose.fact_value(_row_name(x), f"{_own_col(x)}“{x['value']}”") for x in hits]
        return FactAnswer("answered", compose.numbered_items(lines, compose.change_in_words_head(label, word))
                          + _cite(self.idx, hits), hits)

    def _change_and_rate(self, fq: FactQuestion, facts: list[dict]) -> list[dict] | None:
        """"增长了多少" / "增减了多少" of one row whose table prints both a change (增减额) and its rate
        (增长率): both figures, as neither word says which; None when a rate or an amount is named
        (增长率多少, 增减额), or the row prints only one of them."""
        said = re.search(r"(?:增减|增长|增加|减少|下降|变化|变动)了?(?:多少|几|啥|什么)", fq.text)
        # "增加了多少 增长率": both said, both shown (each column the table prints)
        both = said and fq.ops == ["diff"] and re.search(r"增减率|增长率|增幅|降幅|变动率", fq.text[said.end():])
        if not facts or len({self._row_key(f["id"]) for f in facts}) != 1 or fq.ops not in ([], ["diff"]) or fq.cmp \
                or not said or not both and re.search(r"率|幅|百分|%|额|金额|钱|万元", fq.text):
            return None
        change = r"增减|增长|增加|减少|变动|变化|增幅|降幅"
        if not any(re.search(change, f["col_labels"] or "") for f in facts):
            return None
        f = facts[0]
        row = [x for x in self.idx.facts(self._row_siblings(f))
               if x["row_labels"] == f["row_labels"] and x["number"] is not None
               and re.search(change, x["col_labels"] or "")]
        rates = [x for x in row if x["unit"] == "%" or re.search(r"率|幅", x["col_labels"] or "")]
        amounts = [x for x in row if x not in rates]
        if len(rates) != 1 or len(amounts) != 1:
            return None
        return amounts + rates


def _coded_under(keys: set[str], whole: dict) -> bool:
    """Whether every row key said carries a subject code under the code of the line shown (2040220 under 204)."""
    top = code_of((whole["row_labels"] or "").split(query.FACT_SEP)[-1])
    return bool(top) and bool(keys) and all(
        (c := code_of(k)).startswith(top) and len(c) > len(top) for k in keys)


_RATE_TESTS = {"eq": lambda x, n: abs(x - n) < 1e-6, "ne": lambda x, n: abs(x - n) >= 1e-6, "lt": lambda x, n: x < n,
               "gt": lambda x, n: x > n, "ge": lambda x, n: x >= n, "le": lambda x, n: x <= n}


def _rates_picked(fq: FactQuestion, entries: list[tuple]) -> list[tuple] | None:
    """"执行率低于80%的项目", "哪个项目执行率最低" of a table printing no rate: the rows (never the 合计) whose rate
    worked out passes the bound, or the highest / lowest; None when neither is asked (every rate is shown)."""
    rated = [e for e in entries if e[3] is not None and not e[0]]
    # (a bound in money or heads, 执行数超过50万, is no bound on the rate)
    test = _RATE_TESTS.get(fq.cmp or "") \
        if fq.number is not None and not re.search(r"元|万|亿|人|个|户", fq.number_unit or "") else None
    if test is not None and len(rated) >= 2:
        return [e for e in rated if test(round(e[3], 2), fq.number)]
    ranked = {"max", "min"} & set(fq.ops)
    if len(ranked) == 1 and len(rated) >= 2:
        best = (max if "max" in ranked else min)(e[3] for e in rated)
        return [e for e in rated if abs(e[3] - best) < 1e-9]
    return None


def _later_year(col: str, earlier: int, latest: int | None) -> bool:
    """Whether a column of a year ("2026年预算数") is the later one a change is worked out to: the year said,
    or any year after the earlier one when only that is said."""
    m = re.search(r"((?:19|20)\d\d)年", col)
    year = int(m.group(1)) if m else 0
    return year == latest if latest is not None else year > earlier


def _column_keys_said(fq: FactQuestion, idx: FactIndex) -> set[str]:
    """The column labels the question names (已分配 of "已分配的还有多少没支出")."""
    return {k for m in fq.mentions for k in m.keys if k in idx.col_keys}
