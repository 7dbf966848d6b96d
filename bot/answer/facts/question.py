"""Reading a question over facts: departments, year, operation and label mentions (FactQuestion)."""

from __future__ import annotations

import copy
import re
import threading
import weakref
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar

from bot.answer import RANGE_ASKED as _RANGE_ASKED
from bot.answer import REL_YEARS as _REL_YEARS
from bot.answer.facts.crossed_rows import rows_said
from bot.answer.facts.index import FactIndex
from bot.answer.facts.verb_columns import (
    in_some_bracket,
    kind_after_row,
    matching_as_level,
    shared_tail_said,
    span_as_value,
    verb_as_column,
)
from bot.answer.facts.whole_column import subject_whole
from bot.answer.facts.words import (
    _DONE_SAID,
    _EACH_ROW,
    _FILLER,
    _MONTHS,
    _ORG_WORD,
    _PERIODS,
    _PLANS,
    _QUESTION_WORDS,
    _RATE_SAID,
    _RATE_WORDS,
    _YEAR_Q,
    BOUGHT,
    MONEY_UNITS,
    PERIODS_LONGEST_FIRST,
    SPENT_SAID,
    _is_grand_total,
    _is_total,
    column_core,
    counted_bare,
    flow_words,
    label_key,
    months_as_digits,
    period_as_printed,
    period_in,
    running_total_as_printed,
)
from bot.language import ordinals
from bot.language.asking import Words, alternation
from bot.language.asking import words as asking_words
from bot.language.lexicon import (
    PROJECT_AFTER_BUREAU,
    levels_after,
    narrow_by_place,
    other_level,
    title_kind_names_its_tables,
)
from bot.language.named_years import name_year_spans, names_with_years, year_led_names
from bot.language.normalize import compact, in_order, normalize, said_at, small_number
from bot.language.sections import vocabulary_section
from bot.store import queries as query
from bot.understand.parse import line_owner_forms, owner_form_named


@dataclass
class Mention:
    start: int
    end: int
    keys: set[str]
    exact: bool
    n: int = 0  # label characters the question says
    quality: float = 1.0  # the share of the label said
    part: bool = False  # a row named by a distinctive part of its label (_row_by_part)

    def __deepcopy__(self, memo: dict) -> Mention:
        return _copied_fields(self, memo)


@dataclass
class FactQuestion:
    text: str  # compact question
    departments: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    relative_year: list[int] = field(default_factory=list)  # offsets of 去年/明年 …
    ops: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    leftover: str = ""
    area: bool = False  # 面积 asked: a figure in 平方米 (亩, 公顷), never an amount
    number: float | None = None  # a filter's number ("权重是10", "不到九成")
    number_unit: str = ""  # the unit said with it ("九十万": 万, so 900000 of a column in 元)
    cmp: str = ""  # "eq" | "ne" | "lt" | "gt"
    percent: bool = False  # the filter's number is a percentage ("不到九成"): only percentages are compared
    rate: str = ""  # 执行率 / 完成率 asked but not a label
    plan: str = ""  # the budget a rate is over, as said (年初预算 of "完成年初预算百分比") or just shown
    months: bool = False  # a month or quarter no label explains ("7月")
    rest: str = ""  # the question with what was understood blanked out
    subject_docs: set[int] = field(default_factory=set)  # tables named by their project or kind
    budget_docs: set[int] = field(default_factory=set)  # of those, the tables of the budget said (政府性基金: its table)
    table_said: bool = False  # the subject tables named by their kind ("监控表", "部门决算"), not by a row
    batch_missing: str = ""  # a batch no loaded table is of ("第二批" where the table is the 第一批's)
    place_kind_missing: str = ""  # a kind of place (乡镇) said of departments whose tables have no such rows
    foreign_org: bool = False  # a department named with another place: not one that is loaded
    remaining: bool = False  # 还有多少没执行 / 没付 / 剩余: the plan less what was done
    excess: bool = False  # 超额完成多少 / 超支多少: what was done beyond the plan
    per_head: bool = False  # 人均: an amount over the people of the same row
    mean: bool = False  # 平均拨付进度: a column's mean over the table's rows (its 合计 left out)
    deducted: bool = False  # 扣了几分 / 扣分最多: a row's full marks (分值) less its score (得分)
    by_year_end: bool = False  # 到年底累计能完成总投资的百分之多少: (累计完成 + 本年计划) over 总投资 of a plan
    per_measure: str = "人"  # what per_head counts: 人 (人均), 户 (平均每户), 辆 (平均每辆车)
    balance: bool = False  # 收支差额: the income total less the spending total of one year (no label of its own)
    growth: bool = False  # 增长百分之几 / 增幅: a difference with its rate over the earlier figure
    times: bool = False  # "X是Y的几倍": the first figure said over the second, as a multiple
    per_unit: str = ""  # "每人每月": a rate the table states in words, or does not have
    verb: str = ""  # what was done (执行, 支付, 完成) in 还有多少没执行
    finished: bool = False  # 付完了 / 执行完: done reached the plan
    overspent: bool = False  # "哪一项超支了": rows whose spent column (决算数) is above their budget column
    fall: bool = False  # 降幅最大: the smallest change
    change: str = ""  # "fall" (减少最多, 降幅最大) / "rise" (增长最多): a change's extreme asked, in its direction
    level: str = ""  # 类 / 款 / 项 of a budget subject code asked ("普通教育那一款", "项级科目")
    under: bool = False  # the level's rows under the subject named ("21208这个款下面哪个项"), not the subject's own
    period: tuple[int, ...] = ()  # months of 一季度 / 上半年 …
    periods: list[tuple[int, ...]] = field(default_factory=list)  # each period when several are said (二季度和三季度)
    values: list[str] = field(default_factory=list)  # text values the question names
    kind_missing: bool = False  # the question asks people or money; no matching fact holds that
    dept_names: list[tuple[str, list[str]]] = field(default_factory=list)  # each name said, the departments it fits
    total: bool = False  # "总支出", "总预算", "一般公共预算总支出": the table's 合计/总计 row, in people's words
    funded: bool = False  # "分到了钱": only rows holding an amount (above zero) are counted or listed
    unfunded: bool = False  # "没有支出的": only rows holding none (blank or 0) in the column are counted or listed
    text_asked: str = ""  # "time" (什么时候设的) / "kind" (几类事业单位): a text of the row is asked, never a number
    place: int = 0  # "排第二的": the place asked in a ranking from the top (0: the top itself, or none)
    top: int = 0  # "最多的3个", "排名前三": how many of the ranking's first places are asked
    subject: list[str] = field(default_factory=list)  # words of the table's own subject said ("三公")
    level_loose: bool = False  # the level said as "哪一类": of rows without subject codes, no level at all
    last_rows: set[tuple[int, str, int]] = field(default_factory=set)  # a follow-up's rows: (document, row path, line)
    dept_spans: list[tuple[int, int, str]] = field(default_factory=list)  # where each department is said, as said
    adjusted: str = ""  # 调增 "up" / 调减 "down" / 调整了 "any": 调整后 less 年初 budget of a row (adjusted.py)
    flow: str = ""  # the flow (收入/支出) of the figure just shown, kept by a follow-up that says none

    def __deepcopy__(self, memo: dict) -> FactQuestion:
        return _copied_fields(self, memo)


_ATOMS = frozenset({str, int, float, bool, type(None)})


_Copied = TypeVar("_Copied")


def _copied_fields(obj: _Copied, memo: dict) -> _Copied:
    """What copy.deepcopy makes of a Mention or FactQuestion, by the fields' own types: a reading is copied
    several times a turn (an answer may change its copy), and the generic copy of ~50 fields cost ~55 µs."""
    new = object.__new__(type(obj))
    memo[id(obj)] = new
    vars(new).update({k: _copied(v, memo) for k, v in vars(obj).items()})
    return new


def _copied(value: Any, memo: dict) -> Any:
    """A field's value copied as copy.deepcopy would (values alone: no field shares a list with another)."""
    kind = type(value)
    if kind in _ATOMS:
        return value
    if kind is list:
        return [_copied(v, memo) for v in value]
    if kind is set:
        return {_copied(v, memo) for v in value}
    if kind is tuple:
        return tuple(_copied(v, memo) for v in value)
    return copy.deepcopy(value, memo)


@dataclass
class FactAnswer:
    status: str  # "answered" | "unknown" | "clarify"
    text: str
    facts: list[dict] = field(default_factory=list)
    options: list[str] = field(default_factory=list)
    ranked: list[int] = field(default_factory=list)  # a superlative's facts in order (for "第二个呢")
    total: tuple[float, str] | None = None  # a sum worked out (number, unit): "多少万" converts it
    settled: bool = False  # an "unknown" the table itself gives (it does not split the row asked): not asked again
    negated: bool = False  # the rows answered are those WITHOUT something ("没有中央资金的"): the negation was read
    # groups ranked by their rows added up (哪一类最多, no 小计 printed): each group's name and its rows' facts
    ranked_groups: list[tuple[str, list[int]]] = field(default_factory=list)
    asks_row: list[str] = field(default_factory=list)  # the options are rows, each as asked again when a reply
    # names one ("1", "农业的那个")
    kept: dict | None = None  # the class of a general table's rows answered (groups.py), for its follow-ups
    of_row: tuple | None = None  # (document, sheet, line) of a record row that prints no column asked (records.py)


def _take(text: str, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    if any(s < end and start < e for s, e in spans):
        return False
    spans.append((start, end))
    return True


def _take_free(spans: list[tuple[int, int]], start: int, end: int) -> None:
    """Claim the characters of [start, end) no step has claimed yet, run by run."""
    run = None
    for i in range(start, end + 1):
        free = i < end and not any(s <= i < e for s, e in spans)
        if free and run is None:
            run = i
        elif not free and run is not None:
            spans.append((run, i))
            run = None


def _masked(text: str, spans, mark: str) -> str:
    """The text with every character a span covers replaced by mark (one character): span by span, not
    every span asked of every character."""
    chars = list(text)
    for s, e in spans:
        for i in range(max(0, s), min(e, len(chars))):
            chars[i] = mark
    return "".join(chars)


# (the year said bare too when the change follows it: "比2023减少多少"; "比2024实际" names a column of its own)
_COMPARED_YEAR = re.compile(r"(比|较|相比|对比|同比|与|(?:跟|和)(?=(?:20|19)\d\d(?:年度|年)?相?比))((?:20|19)\d\d)"
                            r"(?:年度|年|(?=(?:增长|增加|减少|下降|上升|降低|多|少|变化|变动|增减)))")


# "跟上年比", "与去年相比": said as the tables' own columns say it, 比上年.
_WITH_LAST_YEAR = re.compile(r"(?:跟|和|与|同)(?:上年|去年|上一年)度?相?比(?!例|重|率|较)")


# "今年三公增加了多少": a change this year, said with no other year, is over the year before.
# (本年 is a label's word, 本年收入合计; "多多少" asks between rows)
_THIS_YEAR_CHANGED = re.compile(r"今年(?:度)?(?:的)?([\u4e00-\u9fff]{0,12}?)((?:增加|减少|增长|下降|多|少)了多少|(?:增加|减少|增长|下降)多少)")
_COMPARED_ALREADY = re.compile(r"比|较|同比|上年|去年|上一年|哪|谁|(?:19|20)\d\d")


def _compared_year(text: str, idx: FactIndex, departments: list[str] | None = None) -> str:
    """"比2023年少了多少" in a 2024 table is "比上年": the table's own comparison with the year before,
    not a question about a 2023 table (the departments of the conversation when a follow-up names none)."""
    text = _WITH_LAST_YEAR.sub("比上年", text)  # "跟上年比增长": the table's own 比上年增长
    if not _COMPARED_ALREADY.search(text):
        text = _THIS_YEAR_CHANGED.sub(r"\1比上年\2", text)  # "今年三公增加了多少": this year's over last year's
    m = _COMPARED_YEAR.search(text)
    if not m or re.search(r"(?:19|20)\d\d", text[:m.start()]):
        return text  # "2023实际比2024年实际": both years said, each its own
    depts = _departments_in(text, idx) or list(departments or ()) or list(idx.dept_docs)
    years = [idx.docs[x].year or 0 for d in depts for x in idx.dept_docs.get(d, ())]
    if years and int(m.group(2)) == max(years) - 1:
        rest = text[m.end():]
        if (joined := re.match(r"相?比(?!例|重|率)", rest)) and m.group(1) in ("跟", "和", "与"):
            return text[:m.start()] + "比上年" + rest[joined.end():]  # "跟2023年比增长" is 比上年增长
        return text[:m.start(2)] + "上年" + rest
    said = int(m.group(2))
    if any(
            idx.docs[x].year == said + 1 and said in idx.doc_years.get(x, ()) for d in depts for x in idx.dept_docs.get(d, ())):
        # a later table of the department is of another year (2025): the 2024 table printing a 2023
        # column is the one compared, its own year against the year said
        return text[:m.start()] + f"{said + 1}年" + text[m.start():]
    return text


# Words that say how two columns of a row stand to each other, in the columns' own words.
# (the whole of a budget in people's words, "总盘子", is its total: "占部门预算总盘子" = "占部门预算总额")
_RELATIONS = (("满编", "编制数和实有人数一样"), ("总盘子", "总额"), ("大盘子", "总额"), ("盘子", "总额"))


def _people_of_a_head_count(text: str, idx: FactIndex) -> str:
    """"离退休人员合计" of a table printing 实有人数 › 离退休 (its figures in 人): 人员 after a column counting
    people is the people it counts, said as 人数 is ("离退休人数合计"); unchanged where a label prints X人员."""
    for m in reversed(list(re.finditer(r"人员", text))):
        for n in range(min(5, m.start()), 1, -1):
            col = text[m.start() - n:m.start()]
            if col in idx.col_keys and col + "人员" not in idx.label_text and any(
                    f["unit"] == "人" for f in idx.facts(list(idx.label_facts.get(col, ()))[:5])):
                text = text[:m.start()] + "人数" + text[m.end():]
                break
    return text


# (brackets are gone from the compact question: the definition follows the rate asked)
_RATE_DEFINED = re.compile(r"([\u4e00-\u9fff]{1,2}率)(?:是|为)?(?:多少)?[（(]?(?:即|就是)?([\u4e00-\u9fff]{1,12}?)除以([\u4e00-\u9fff]{1,12})[）)]?$")


_SPLIT_BY_QUANTITY = re.compile(r"([\u4e00-\u9fff])(?:了)?(几个|多少个|几)([\u4e00-\u9fff])")


# "两年分别多少", "两年有变化吗": the two years a table prints side by side (2025年预算数 | 2024年预算数).
_BOTH_YEARS = re.compile(r"(?:这|近|前后)?两(?:个)?年(?:度)?(?:的)?(?=分别|各|都|有(?:没有)?变化|变化|相比|对比|比较)")


def _both_years(text: str, idx: FactIndex, departments: list[str] | None) -> str:
    """"住房保障支出两年分别多少" of a table printing this year and the year before: each year said; "两年有
    变化吗" is the change on the year before. Unchanged unless the department's tables print two years, one
    after the other."""
    m = _BOTH_YEARS.search(text)
    if m is None:
        return text
    depts = _departments_in(text, idx) or list(departments or ())
    years = {y for d in depts for x in idx.dept_docs.get(d, ()) for y in idx.doc_years.get(x, ())}
    if len(years) != 2 or max(years) - min(years) != 1:
        return text
    rest = text[m.end():]
    if re.match(r"分别|各|都", rest):
        return text[:m.start()] + f"{max(years)}年和{min(years)}年" + rest
    return text[:m.start()] + "比上年" + re.sub(r"^(?:有(?:没有)?变化|变化|相比|对比|比较)(?:吗|没有)?", "变化多少", rest)


_AND_SAID = re.compile(r"和|与|及|跟")


_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def _shared_part(text: str, idx: FactIndex) -> str:
    """"年初和年末结转结余" = 年初结转结余 和 年末结转结余; "基本支出的人员和公用经费"-like heads said once:
    two labels sharing a tail (or a head) said once, each said whole, when each whole is a label (its own
    和 left out) and neither the joined words nor either part alone is one."""
    plain = idx.label_text_unjoined
    for m in _AND_SAID.finditer(text):
        at = m.start()
        if text[max(0, at - 1):at + 1] in idx.label_text or text[at:at + 2] in idx.label_text:
            continue  # the 和 of 结转和结余, 失业人员及就业困难人员: a label's own
        for a in (2, 3, 4):
            x = text[at - a:at] if at >= a else ""
            if not _HAN_ONLY.fullmatch(x or "-") or f"\x1f{x}\x1f" in idx.label_text_fenced:
                continue
            for b in (2, 3, 4):
                y = text[at + 1:at + 1 + b]
                if len(y) < b or not _HAN_ONLY.fullmatch(y):
                    continue
                # A shared tail: "年初和年末结转结余".
                for t in range(min(10, len(text) - at - 1 - b), 1, -1):
                    z = text[at + 1 + b:at + 1 + b + t]
                    if _HAN_ONLY.fullmatch(z) and x + z in plain and y + z in plain \
                            and x + y + z not in plain:
                        return text[:at - a] + _as_printed(x + z, idx) + m[0] + _as_printed(y + z, idx) \
                            + text[at + 1 + b + t:]
                # A shared head: "公用经费的办公和印刷费" is not this; "一般公共预算拨款和基金拨款" is.
                for h in range(min(10, at - a), 1, -1):
                    z = text[at - a - h:at - a]
                    if _HAN_ONLY.fullmatch(z) and z + x in plain and z + y in plain \
                            and z + x + y not in plain and z + y not in text \
                            and text[at + 1:at + 2 + b] not in plain:  # y said whole, not 事业单位(医疗)
                        return text[:at - a - h] + _as_printed(z + x, idx) + m[0] + _as_printed(z + y, idx) \
                            + text[at + 1 + b:]
    return text


def _as_printed(words: str, idx: FactIndex) -> str:
    """Words of a label said without its joining words, as the label prints them (年初结转和结余)."""
    found = re.search("[和与及、]?".join(map(re.escape, words)), idx.label_text)
    return found[0] if found else words


_SPENT_IN_PERIOD = re.compile(r"((?:第)?[一二三四1-4]季度|上半年|下半年)(?:的)?(?:实际)?(?:支出|花了|花费|用了|支付)"
                           r"(?=多少|是多少|数|占|呢|$|的|和|与|、)")


# A date a cumulative figure runs to, as said ("截至去年底", "到2024年底").
_AS_OF_SAID = re.compile(r"(?:截至|截止到?|到)(?:(?P<rel>" + "|".join(sorted((w for w, _ in _REL_YEARS), key=len, reverse=True))
                         + r")|(?P<year>(?:19|20)\d\d)年度?)(?:底|末|年底|年末)")


def _as_of_said(text: str, idx: FactIndex) -> str:
    """"截至去年底完成了多少" of a plan printing 截至2024年底累计完成投资 (its year 2025): the date said (a year
    relative to the table's own) and a part of the label after it (完成) are that label, as printed."""
    m = _AS_OF_SAID.search(text)
    if m is None:
        return text
    offset = dict(_REL_YEARS).get(m["rel"] or "", 0)
    found = set()
    for k in idx.col_keys:
        dated = _AS_OF_PRINTED.match(k)
        if dated is None:
            continue
        year = int(dated["year"])
        docs = {idx.fact_doc[f] for f in idx.label_facts.get(k, ())[:50]}
        own = {idx.docs[d].year for d in docs if d in idx.docs}
        if m["year"] and int(m["year"]) != year or m["rel"] and not any(y is not None and y + offset == year for y in own):
            continue
        tail, rest = k[dated.end():], text[m.end():]
        said = next((rest[:n] for n in range(len(rest), 1, -1) if rest[:n] in tail), "")
        if said:
            found.add((k, "", m.end() + len(said) + (rest[len(said):].startswith("了"))))
        elif (on := _DONE_SAID_ON.search(rest)) is not None and on.start() >= 2 and on.group(1) in tail:
            # ("到去年底G528国道完成了多少投资": the row said between the date and the label's word)
            found.add((k, rest[:on.start()], m.end() + on.end()))
    if len(found) != 1:
        return text
    k, row, end = found.pop()
    # ("到上年末累计完成了多少投资": the label's own word said again after the ask is the label's, no second thing asked)
    again = re.match(r"(了?多少|了?几)([\u4e00-\u9fff]{2,6}?)(?=$|呢|的|[？?，,])", text[end:])
    if again is not None and again[2] in k[len(text[m.start():m.end()]):]:
        return text[:m.start()] + row + k + again[1] + text[end + again.end():]
    return text[:m.start()] + row + k + text[end:]


# The word of a cumulative label said after the row ("…完成了", "…累计完成"), the row before it.
_DONE_SAID_ON = re.compile(r"(累计完成|已完成|完成)了?(?=多少|几|的|$)")


# "一般债务限额减去年末一般债务余额还剩多少": one figure less another, both said (no plan less done).
_LESS_SAID = re.compile(r"(?<=[\u4e00-\u9fff])(?:减去|减掉)([\u4e00-\u9fff\d]{2,30}?)(?:还剩|剩下|还有|等于|是)多少")


def _crossed_columns(idx: FactIndex) -> dict[str, list[tuple[str, int | None]]]:
    """Sub-column key -> (group key, table year) of each group it stands under, for tables whose column groups
    share their sub-columns (2024年债务限额 / 2023年末债务余额 / 2024年末债务余额, each over 一般债务 / 专项债务)."""
    cache = idx.__dict__.get("_crossed_columns")
    if cache is None:
        under: dict[str, set[tuple[str, int | None]]] = defaultdict(set)
        for doc in idx.docs.values():
            groups: dict[str, set[str]] = defaultdict(set)
            subs: dict[str, set[str]] = defaultdict(set)
            for g, sub in idx.column_pairs.get(doc.id, ()):
                groups[sub].add(g)
                subs[g].add(sub)
            for sub, gs in groups.items():
                if len(gs) >= 2 and all(len(subs[g]) >= 2 for g in gs) and len(sub) >= 2 and not _is_total(sub):
                    under[sub].update((g, doc.year) for g in gs)
        cache = idx.__dict__["_crossed_columns"] = {k: sorted(v, key=str) for k, v in under.items()}
    return cache


# A year end said before a column ("24年末", "2023年末的", "上年末", "年末"): the group of that date.
_YEAR_END_SAID = re.compile(r"(?:(?P<year>(?:19|20)?\d\d)年(?P<end>末|底)?|(?<!减)(?P<rel>上年|去年)(?:末|底)|(?P<bare>年末|年底))的?$")


def _sub_said_before_group(text: str, idx: FactIndex) -> str:
    """"专项债务限额", "24年末一般债务余额", "23年末的专项余额": a sub-column said before the word of the group it
    stands under (people say the kind, then what of it) is that group's sub-column, as printed (2024年债务限额
    一般债务); the group by the year end said, else the table's own year — one group or none, never a guess."""
    crossed = _crossed_columns(idx)
    for _ in range(4 if crossed else 0):  # each said ("一般债务限额减去年末一般债务余额")
        again = _one_sub_before_group(text, crossed, idx.label_text)
        if again == text:
            break
        text = again
    return _group_of_the_year_end_said(text, crossed)


def _group_of_the_year_end_said(text: str, crossed: dict[str, list[tuple[str, int | None]]]) -> str:
    """"禾川镇上年末债务余额", "23年末债务余额": a year end said short or relative to the table's year, then the
    words of the group of that year end (债务余额): that group as printed (2023年末债务余额), never the
    table's own year's column the words alone would find."""
    groups = {(g, y) for gs in crossed.values() for g, y in gs}
    for m in re.finditer(r"(?:(?:19|20)?\d\d年(?:末|底)|(?<!减)(?:上年|去年)(?:末|底))的?", text):
        said = _YEAR_END_SAID.search(text[:m.end()])
        tail = text[m.end():]
        fits = [(g, y) for g, y in groups if (d := re.match(r"(?:19|20)\d\d年(?:末|底)", g))
                and len(g) - d.end() >= 2 and tail.startswith(g[d.end():])]
        chosen = _group_of_year_said(fits, said)
        if chosen and not text[m.start():].startswith(chosen):
            words = re.match(r"(?:19|20)\d\d年(?:末|底)", chosen)
            return text[:m.start()] + chosen + text[m.end() + len(chosen) - (words.end() if words else 0):]
    return text


def _one_sub_before_group(text: str, crossed: dict[str, list[tuple[str, int | None]]], labels: str) -> str:
    """The first sub-column said before its group's word, as printed (_sub_said_before_group): said by its own
    words (专项债, never its date alone: 2024年 of 2024年预算数), the two not a label printed as said."""
    for sub, groups in crossed.items():
        for n in range(len(sub), 1, -1):
            at = text.find(sub[:n]) if len(_undated(sub[:n])) >= 2 else -1
            while at >= 0:
                tail = text[at + n:]
                # the group's own words (债务限额 of 2024年债务限额), never its date alone (a group "2024年末")
                fits = [(g, y) for g, y in groups if any(tail.startswith(g[-t:]) for t in range(2, len(_undated(g)) + 1))]
                said = _YEAR_END_SAID.search(text[:at])
                chosen = _group_of_year_said(fits, said)
                t = max((t for t in range(2, len(_undated(chosen)) + 1) if tail.startswith(chosen[-t:])), default=0)
                if chosen and sub[:n] + chosen[-t:] not in labels:  # ("一般公共预算收入" printed so: that label)
                    g = chosen
                    start = said.start() if said else at
                    return text[:start] + g + sub + _YEAR_END_AFTER.sub("", text[at + n + t:], count=1)
                at = text.find(sub[:n], at + 1)
    return text


def _undated(group: str) -> str:
    """A column group's words after the date it starts with (2023年末债务余额 -> 债务余额)."""
    return re.sub(r"^(?:19|20)\d\d年(?:末|底|初)?度?", "", group)


# The year end said after the column ("工业园区专项债余额 24年末"): said already, dropped with the rewrite.
_YEAR_END_AFTER = re.compile(r"^\s*(?:(?:19|20)?\d\d年(?:末|底))")


def _group_of_year_said(fits: list[tuple[str, int | None]], said: re.Match | None) -> str:
    """The one group of those fitting that the year end said names (the table's own year when none is)."""
    if not fits:
        return ""
    if said is None:
        if len({g for g, _ in fits}) == 1:
            return fits[0][0]
        own = {g for g, y in fits if y is not None and str(y) in g}
        return own.pop() if len(own) == 1 else ""
    if said["year"]:
        year = int(said["year"]) + (2000 if len(said["year"]) == 2 else 0)
        end = bool(said["end"])
        named = [g for g, _ in fits if f"{year}年" in g and (not end or re.search(rf"{year}年(?:末|底)", g))]
    elif said["rel"]:
        named = [g for g, y in fits if y is not None and re.search(rf"{y - 1}年(?:末|底)", g)]
    else:
        named = [g for g, y in fits if y is not None and re.search(rf"{y}年(?:末|底)", g)]
    return named[0] if len(set(named)) == 1 else ""


# A change on the year end before, said without naming its column: 比上年末 / 较去年底 / 同比, or the change
# verb alone right after the figure ("专项债务余额增长了多少").
_EARLIER_END = re.compile(r"(?:比|较|相比)(?:上年末|去年末|上年底|去年底|上年|去年|年初)的?|同比(?=增|减|下降|上升|多|少|变)"
                          r"|(?<![比较增减])(?=(?:是)?(?:增长|增加|减少|下降|变化)了?(?:多少|百分之几|几|幅度))")


def _change_on_the_year_end_before(text: str, idx: FactIndex) -> str:
    """"坳南乡债务余额比上年末增加多少", "全县债务余额同比增长百分之几" of a table printing the balance at two
    year ends (2024年末债务余额 beside 2023年末债务余额, each over the same sub-columns): the column said (its
    group as printed or by its words, the sub-column said after it) against the same column at the year end
    before, both as printed — so the table's own two figures are compared, never a change it does not hold."""
    m = _EARLIER_END.search(text)
    crossed = _crossed_columns(idx) if m else {}
    groups = {g: y for gs in crossed.values() for g, y in gs}
    if not m or not groups:
        return text
    before = text[:m.start()]
    found = []  # (where the column is said, its end, the group as printed)
    for g, y in groups.items():
        dated = re.match(r"((?:19|20)\d\d)年(末|底)", g)
        if dated is None or len(_undated(g)) < 2 or (earlier := f"{int(dated[1]) - 1}年{dated[2]}{g[dated.end():]}") not in groups:
            continue  # (a group that is only a date, 2025年末 › 债务余额, is read by its date as before)
        if (at := before.rfind(g)) >= 0:
            found.append((at, at + len(g), g, earlier))
        elif y is not None and dated[1] == str(y) and len(words := g[dated.end():]) >= 2 and (at := before.rfind(words)) >= 0:
            found.append((at, at + len(words), g, earlier))
    if len({f[2] for f in found}) != 1:
        return text
    at, end, g, earlier = max(found)
    sub = next((k for k in crossed if before[end:].startswith(k) and any(x == g for x, _ in crossed[k])), "")
    if before[end + len(sub):].strip("的"):
        return text  # more said between the column and the change: not this column's own change
    rest = text[m.end():] if m.group() else text[m.start():]
    return text[:at] + g + sub + "比" + earlier + sub + rest


# What a question asks of a thing, said right after its name: the name ends there.
_ASKED_AFTER = re.compile(r"预算|金额|单价|数量|经费|资金来源|买几|买多少|配几|配多少|哪个单位|用途")


def _short_said_long(text: str, short: str, long: str, idx: FactIndex) -> str:
    """Each place the short word is said as a word of its own, said long: before a character a label goes
    on with after the long word (棚改专项债 → 棚户区改造专项债), or before no word at all — never inside a
    word of its own ("社保卡" is no 社会保险卡)."""
    def one(m: re.Match) -> str:
        after = text[m.end():m.end() + 1]
        free = not after or not re.match(r"[\u4e00-\u9fff]", after) or after in "的呢了吗啊是有和与及跟多少几一共总" \
            or _ASKED_AFTER.match(text, m.end()) is not None  # (彩超预算多少: what is asked of it follows)
        return long if free or long + after in idx.label_text else short
    return re.sub(re.escape(short), one, text)


def _leading_form_said(text: str, form: str, row: str, idx: FactIndex) -> str:
    """Each place a unit's leading-word form is said, said as its row's label — unless a word said right before it
    runs on with it into a piece of another row's name ("工程建设中心" of 交通工程建设中心: its 建设中心 is not the 建设中心
    of 建设工程质量安全管理中心): the characters of one name in another order are not that name."""
    def one(m: re.Match) -> str:
        at = m.start()
        for k in range(max(0, at - 6), at - 1):
            run = text[k:m.end()]
            if any(run in key for key in idx.gram_keys.get(run[:2], ()) if key != row and key in idx.row_label_keys):
                return form
        return row
    return re.sub(re.escape(form), one, text)


def _without_table_words(text: str, idx: FactIndex) -> str:
    """"评价预算数最大的项目": 评价 said before another column's words names the table (a loaded table's title holds
    it), never a part of a column (评价得分); where a column's own word goes on (评价等级, 评价方式) it stays."""
    held = idx.__dict__.get("_table_words_held")
    if held is None:
        held = idx.__dict__["_table_words_held"] = tuple(w for w in idx.table_words
                                                         if any(w in compact(d.form) for d in idx.docs.values()))
    for w in held:
        for m in reversed(list(re.finditer(re.escape(w), text))):
            after = text[m.end():m.end() + 2]
            if len(after) == 2 and after in idx.label_text and not after.startswith(idx.table_word_not_before):
                text = text[:m.start()] + text[m.end():]  # (a column's words go on: "评价预算数", never "绩效评价一共")
    return text


_MONTH_KEY = re.compile(r"\d{1,2}月")


def _spent_as_actual(text: str, fq: FactQuestion, scope: list, idx: FactIndex) -> str:
    """"实际支出多少", "4月花了多少", "累计执行多少" of a table of months printing what was spent as 实际 (beside 预算):
    that column's word — when the tables asked about (the departments named, else those of the rows said) print
    no 执行 column (a 自评表's 全年执行数 keeps its own). Said in as many characters (的 after it), so the spans
    read before stand."""
    if not SPENT_SAID.search(text):
        return text
    runs = {text[i:i + 4] for i in range(len(text) - 3)}
    said = {idx.fact_doc[f] for run in runs for k in idx.gram_keys.get(run[:2], ())
            if run in k and k in idx.row_label_keys for f in idx.label_facts.get(k, ())[:20]}
    named = {d.id for d in scope} if fq.departments or fq.subject_docs else set()
    docs = named & said or named or said
    keys = [idx.doc_keys.get(d, set()) & idx.col_keys for d in docs]
    if not any("实际" in k and any(_MONTH_KEY.fullmatch(x) for x in k) for k in keys) \
            or any("执行" in x or "实际支出" in x for k in keys for x in k):
        return text
    return SPENT_SAID.sub(lambda m: "实际" + "的" * (len(m[0]) - 2), text)


def _canonical(text: str, idx: FactIndex, departments: list[str] | None = None) -> str:
    """People's words for labels replaced by the labels' words (为啥 -> 原因, 付了 -> 已支付)."""
    text = rows_said(_without_table_words(text, idx), idx, departments)  # "一般债务限额": 本年地方政府债务限额 一般债务
    text = verb_as_column(kind_after_row(span_as_value(shared_tail_said(text, idx), idx), idx), idx)  # "X专项债发了多少": X's 发行金额
    text = matching_as_level(text, idx)  # "X县级配套多少": X's 县级 column
    text = _per_measure_said(text, idx)  # "按亩补贴的有哪些": the rows whose standard is 每亩…
    text = _change_on_the_year_end_before(_sub_said_before_group(_as_of_said(text, idx), idx), idx)
    text = _LESS_SAID.sub(r"比\1多多少", text)  # "X减去Y还剩多少": X less Y, both named
    text = _without_amount_verb(text, idx)
    text = _shared_part(_compared_year(_both_years(text, idx, departments), idx, departments), idx)
    for word, relation in _RELATIONS:
        if word in text and word not in idx.label_text:
            text = text.replace(word, relation)
    text = _people_of_a_head_count(text, idx)
    for form, row in idx.leading_word_forms().items():
        if form in text and row not in text:
            text = _leading_form_said(text, form, row, idx)  # "公路中心" said of 平湖市公路与运输管理中心: that row
    text = _title_said_short(text, idx)
    text = _OF_BUDGET.sub("执行率", text)  # "完成预算的百分之多少": the execution rate, said in words
    text = months_as_digits(text, idx.label_text)  # "九月", "一到十月", "10月份": months as columns print them
    # "1到10月" of a table printing 1-10月累计: that column's words
    text = _MONTH_SPAN_SAID.sub(lambda m: f"{m[1]}-{m[2]}月" if f"{m[1]}-{m[2]}月" in idx.label_text else m[0], text)
    text = period_as_printed(text, idx.col_keys)  # "上半年" of a table printing 1-6月执行数: that span's columns
    text = running_total_as_printed(text, idx.col_keys)  # "截至10月", "1-10月" of a table printing 1-10月累计
    if "累计" in text and _RUNNING_TOTAL_LABEL.search(idx.label_text) and not _DONE_SO_FAR.search(idx.label_text):
        text = _DONE_SO_FAR.sub("累计", text)  # "增值税累计完成多少" of a table printing 1-10月累计: that column
    for long, shorts in idx.label_abbrev.items():
        for short in shorts:
            # "棚改专项债" of a table printing 棚户区改造专项债券…: a standard short word no label prints, said
            # long, so a part of the label said with it is that label's part
            if short in text and long not in text and short not in idx.label_text and long in idx.label_text:
                text = _short_said_long(text, short, long, idx)
    text = _TOTAL_AMOUNT.sub(lambda m: _total_amount_as_printed(m, idx), text)
    if "总分" not in idx.label_text and "得分" in idx.label_text and "合计" in idx.label_text:
        text = _TOTAL_SCORE.sub("合计得分", text)  # "自评总分": the 合计 row's 得分 of a scored table
    # "效益指标总分值": the 分值 of the group's rows added up, where no label prints 总分值 itself
    text = _TOTAL_POINTS.sub(lambda m: m[0] if m[0] in idx.label_text or m[1] not in idx.label_text
                             else f"{m[1]}合计", text)
    if "全局" not in idx.label_text:
        text = re.sub(r"占(?:了)?全局(?=[\u4e00-\u9fff]{2})", "占总", text)  # "占全局支出": the whole bureau's total
    if "季度" in idx.label_text or "月" in idx.label_text:
        # "一季度支出多少", "三季度支出占…": a period's column is what was spent in it; the verb adds nothing
        text = _SPENT_IN_PERIOD.sub(r"\1", text)
    # "在编率多少（实有除以编制）": a rate no label prints, defined by the question as one figure over another.
    if (m := _RATE_DEFINED.search(text)) and m[1] not in idx.label_text:
        text = text[:m.start()] + f"{m[2]}除以{m[3]}" + text[m.end():]
    # "空几个编": a label (空编数) split by the quantity asked; said whole, then the quantity.
    text = _SPLIT_BY_QUANTITY.sub(lambda m: f"{m[1]}{m[3]}多少" if f"\x1f{m[1]}{m[3]}" in f"\x1f{idx.label_text}"
                                  and m[1] + m[3] not in text else m[0], text)
    if (before := _BEFORE_ADJUSTMENT.search(text)) and "调整前" not in idx.label_text and "年初预算" in idx.label_text:
        text = text[:before.start()] + "年初预算" + text[before.end():]  # "调整前多少" of a table printing 年初预算
    return _synonyms_said(text, idx)


# "专项债券安排最多的项目", "衔接资金投资最少的项目": the verb of giving money said between a money word and its
# superlative asks nothing more than the figure ("今年投资最多" names no money before it: kept).
# "哪些项目没有安排专项债": so after a negation, before what was not given.
_AMOUNT_VERB = re.compile(r"(?<=资金|债券|项债|经费|预算|拨款|补助)(安排|投资|投入|下达|拨付)(?=最[多少大小高低])"
                          r"|(?:(?<=没有)|(?<=没)|(?<=未))(安排|投入|下达|拨付)(?=[\u4e00-\u9fff]{2})")


# "按亩补贴", "按人发放": a standard said by the measure it goes by ([asking_words.quantities] text_measures)
_BY_MEASURE = Words("quantities", "按(?P<measure>{text_measures})")


def _per_measure_said(text: str, idx: FactIndex) -> str:
    """"按亩补贴的有哪些": a standard said by its measure (按亩) is the one the cells print per that measure (每亩120元),
    said as printed — when no label or value prints the words as said and some value prints 每 with the measure."""
    def said(m: re.Match) -> str:
        per = "每" + m.group("measure")
        if m.group(0) in idx.label_text or any(m.group(0) in v for v in idx.value_by_gram.get(m.group(0)[:2], ())):
            return m.group(0)
        return per if idx.read_once("_per_measure_printed", per, lambda: any(
            per in v for vs in idx.value_by_gram.values() for v in vs)) else m.group(0)
    return _BY_MEASURE.sub(said, text)


def _without_amount_verb(text: str, idx: FactIndex) -> str:
    """The amount verb before a superlative dropped, unless it is the end of a label said (计划投资, 总投资)."""
    for m in list(_AMOUNT_VERB.finditer(text))[::-1]:
        before, verb = text[max(m.start() - 2, 0):m.start()], m.group(1) or m.group(2)
        if before[-1:] in ("总", "划", "计", "累") or any(before[-n:] + verb in idx.label_text for n in (1, 2)):
            continue
        text = text[:m.start()] + text[m.end():]
    return text


def _label_reading(data: object) -> dict[str, Any]:
    """The vocabulary's [label_reading]: held_short words (a tuple), kind_chars and asking_chars (frozensets),
    also_printed_as (a column's label → the labels of other columns answering it where it is not printed)."""
    got = data if isinstance(data, dict) else {}
    held = got.get("held_short")
    return {"held_short": tuple(w for w in held if isinstance(w, str) and w) if isinstance(held, list) else (),
            "kind_chars": frozenset(str(got.get("kind_chars") or "")),
            "asking_chars": frozenset(str(got.get("asking_chars") or "")),
            "also_printed_as": {compact(k): tuple(compact(w) for w in v if isinstance(w, str) and compact(w))
                                for k, v in (got.get("also_printed_as") or {}).items() if isinstance(v, list)}
            if isinstance(got.get("also_printed_as"), dict) else {}}


def _reading(idx: FactIndex | None) -> dict[str, Any]:
    return vocabulary_section(getattr(idx, "vocab_path", ""), "label_reading", _label_reading)


def _held_short(w: str, idx: FactIndex) -> bool:
    """Whether a [label_synonyms] word holds a thing said short ([label_reading] held_short, 专项债) that a loaded
    label prints (地方政府专项债券): that thing is read as the labels print it."""
    return any(h in w and h in idx.label_text for h in _reading(idx)["held_short"])


def _synonyms_said(text: str, idx: FactIndex) -> str:
    """The [label_synonyms] words said (为啥, 付了) put as their labels' words (原因, 已支付)."""
    for canon, words in _synonyms_longest_first(idx):
        for w in words:
            if w not in text:
                continue  # (the usual case: each step below is of a word said)
            if w in text and _inside_a_longer_synonym(idx, w, text):
                continue  # ("评分标准" is 评价标准's word, never 得分's 评分 and a 标准)
            if w in text and (whole := _TOTAL_SAID.search(text)) and whole.group() == w:
                continue  # (整体 of "整体预算执行率": the table's whole line, _read_total_said's — no 合计 row's)
            if w in text and canon in text and w not in idx.label_text and w not in canon \
                    and text.index(canon) + len(canon) <= text.index(w):
                # "税收收入里哪个税种最少": the word said again after the label's own (the rows of it)
                text = text.replace(w, "", 1)
                continue
            if w in text and canon not in text and (held := _column_of_the_rows_said(text, (canon, *words), idx, w)):
                text = text.replace(w, held, 1)  # "X完成情况" of an indicator row printing 实际完成值: that column
                continue
            # Only a word no label uses: "预算" stays itself where tables print it (nor "医保" of 医保局, a name).
            if w in text and canon not in idx.label_text and len(canon) >= 4 and _held_short(w, idx):
                # ("某小学花了多少专项债" where no table prints 本次使用债券资金: the short form said is read as the
                # labels loaded print it — 专项债 of 地方政府专项债券 — never as a header no table has)
                continue
            if w in text and canon not in text and w not in idx.label_text and not _in_an_organisation_said(idx, text, w):
                # "全年实际花了多少": the verb after a label that already names what was spent adds nothing.
                at = text.index(w)
                if text[at - 1:at] == "调" and w[0] in "增减":
                    continue  # "调减幅度": the adjustment's rate (调减 said), not 减幅 of a change over a year
                said = next((text[at - n:at] for n in range(min(at, 12), 1, -1) if text[at - n:at] in idx.label_facts), "")
                # "二季度花了多少": a period's column is what was spent in it; the verb adds nothing either
                # (a word naming a figure, 实际值, is a column's word, never a verb: "1-6月实际值" keeps it)
                if not w.endswith("值") and ("实际" in said or canon in said or re.search(r"执行|实际|支出", canon)
                                              and re.search(r"(?:[一二三四1-4]季度|上半年|下半年|\d{1,2}月份?)$", text[:at])):
                    text = text[:at] + text[at + len(w):]
                    continue
                if (own := _form_of_the_rows_said(text, canon, words, idx, w)):
                    text = text[:at] + own + text[at + len(w):]  # "户厕改造完成了多少户" → its 1-8月实际完成值
                    continue
                text = _synonym_said(text, at, w, canon, idx)
    return text


def _column_of_the_rows_said(text: str, group: tuple[str, ...], idx: FactIndex, word: str) -> str:
    """"秸秆综合利用率完成情况" of a self-evaluation: the word (完成情况) is a label of the table (年度总体目标's
    实际完成情况) but of no column of the rows named whole (the indicator's 分值 | 年度指标值 | 实际完成值 | 得分),
    while another word of its group (完成值) is one of theirs: that word, so the rows' own column is read; ""
    otherwise."""
    if word not in idx.label_text:
        return ""
    said = {k for i in range(len(text) - 1) for k in idx.gram_keys.get(text[i:i + 2], ()) if len(k) >= 4 and k in text}
    # the rows in the order said: their facts are cut at 200, and a set's order varies by run
    rows = sorted((k for k in said if k in idx.row_label_keys and text.index(k) + len(k) <= text.index(word)),
                  key=lambda k: (text.index(k), -len(k)))
    ids = [f for k in rows for f in list(idx.label_facts.get(k, ()))[:40]]
    if not rows or not ids or len({idx.fact_doc[f] for f in ids}) > 4:
        return ""
    cols = {label_key((f["col_labels"] or "").split(query.FACT_SEP)[-1]) for f in idx.facts(ids[:200]) if f["col_labels"]}
    if not cols or any(word in c for c in cols):
        return ""
    held = [w for w in group if w != word and len(w) >= 3 and any(w in c for c in cols)]
    return held[0] if held else ""


def _form_of_the_rows_said(text: str, canon: str, words: list[str], idx: FactIndex, word: str = "") -> str:
    """"户厕改造完成了多少户": the rows said (农村户厕改造数量) stand in tables that print none of the group's own
    label (全年完成值, another table's) but another of its words (实际完成 of 1-8月实际完成值): that word, the longest
    such, so the question reads the column those rows have; or the word said without its particle (完成 of 完成了:
    累计完成投资) where their labels print that; "" otherwise (the group's label)."""
    runs = {text[i:i + 4] for i in range(len(text) - 3)} - {w for w in words for i in range(len(w)) if w}
    said = {k for run in runs for k in idx.gram_keys.get(run[:2], ()) if run in k and k in idx.row_label_keys}
    docs = {idx.fact_doc[f] for k in said for f in idx.label_facts.get(k, ())[:50]}
    if not docs or len(docs) > 8:
        return ""
    keys = {k for d in docs for k in idx.doc_keys.get(d, ())}
    if any(canon in k for k in keys):
        return ""
    # (none of the group printed, but a column [label_reading] also_printed_as gives for it: 完成情况 of a 收支执行
    # 情况表's row, which prints its 完成预算% and no 全年完成值 — a noun said, never a verb's 完成了, read as printed)
    also = _reading(idx)["also_printed_as"].get(canon, ()) if not word.endswith("了") else ()
    own = next((w for w in words if len(w) >= 3 and any(w in k for k in keys)), "") \
        or next((w for w in also if any(w in k for k in keys)), "")
    if own or not word.endswith("了") or not re.search(re.escape(word) + _AMOUNT_ASKED, text):
        return own  # "完成了多少条", "完成了百分之多少": a count or a rate the row's text or its figures say
    return _stem_as_printed(word.removesuffix("了"), keys, idx)


# 多少 asked of an amount (nothing after it but money words or 呢): "它完成了多少", "完成了多少万元"
_AMOUNT_ASKED = r"多少(?:钱|万元|万|元|资金|投资)?(?:呢|啊|呀)?(?:[？?。！!]|$)"


def _stem_as_printed(stem: str, keys: set[str], idx: FactIndex) -> str:
    """The word said without its particle (完成 of 完成了) as the labels of figures holding it print it around it,
    grown to the right while every such label goes on alike (累计完成投资, 完成投资比例 → 完成投资); "" when no
    label of a figure holds it (执行单位 is a text column: no 执行了)."""
    holding = [k for k in keys if stem and stem in k
               and any(f["number"] is not None for f in idx.facts(list(idx.label_facts.get(k, ()))[:20]))]
    if len(stem) < 2 or not holding:
        return ""
    grown = stem
    while all((at := k.find(grown)) >= 0 and len(k) > at + len(grown) for k in holding):
        nxt = {k[k.find(grown) + len(grown)] for k in holding}
        if len(nxt) != 1 or not re.match(r"[\u4e00-\u9fff]", next(iter(nxt))):
            break
        grown += nxt.pop()
    return grown


def _synonym_said(text: str, at: int, w: str, canon: str, idx: FactIndex) -> str:
    """The label's words for a synonym said at `at`: "公车保有量" -> 公务用车保有量 (the word and the rest of the label
    said after it are one label); "公车购置" -> 公务用车购置 (the word runs on into another label's words: the
    label's head the word stands for, then the words said on, never 公务用车保有量购置)."""
    tails = "|".join(re.escape(canon[-n:]) for n in range(len(canon) - 1, 1, -1))
    if _runs_into_another_label(text, at + len(w), canon, tails, idx):
        head = canon[:canon.find(w[-1]) + 1] if canon.startswith(w[0]) and w[-1] in canon else ""
        if head and head + text[at + len(w):at + len(w) + 2] in idx.label_text:
            return text[:at] + head + text[at + len(w):]
        return text
    return re.sub(re.escape(w) + (f"(?:{tails})?" if tails else ""), canon, text)


# The budget before an adjustment said as such (调整前, 调前, 调整前预算): the 年初预算 an adjustment table prints.
_BEFORE_ADJUSTMENT = re.compile(r"调整前(?:预算)?(?:数)?|调前(?:预算)?")


def _runs_into_another_label(text: str, end: int, canon: str, tails: str, idx: FactIndex) -> bool:
    """Whether the word said (ending at end) goes on into words that are not the rest of its label but, with
    the word's last character, are words another label prints ("公车购置": 车购置 of 公务用车购置费, never
    公务用车保有量购置)."""
    after = text[end:end + 2]
    if not re.fullmatch(r"[\u4e00-\u9fff]{2}", after) or tails and re.match(tails, text[end:]) or after in canon:
        return False
    return text[end - 1:end + 2] in idx.label_text


def _in_an_organisation_said(idx: FactIndex, text: str, word: str) -> bool:
    """Whether the word (where first said) lies inside a department's or a row's name said as people say it
    ("医保" of 医保局, the short form of 广汉市医疗保障局): words of a name, no label's synonym."""
    start = text.index(word)
    end = start + len(word)
    return any(idx.row_named(text[a:b]) or text[a:b] in idx.dept_forms
               for a in range(max(0, start - 6), start + 1) for b in range(end + 1, min(len(text), end + 6) + 1)
               if text[b - 1] in "局委办部队所站院中心")


def _inside_a_longer_synonym(idx: FactIndex, word: str, text: str) -> bool:
    """Whether a longer word of another [label_synonyms] group holding this one is said ("评分标准" of 评分)."""
    kept = idx.__dict__.get("_synonym_words")
    if kept is None:
        kept = idx.__dict__["_synonym_words"] = sorted({w for g in idx.synonyms for w in g[1:]}, key=len, reverse=True)
    longer = idx.__dict__.setdefault("_longer_synonyms", {})  # each word's, found once per index (a few dozen words)
    holding = longer.get(word)
    if holding is None:
        holding = longer[word] = [o for o in kept if len(o) > len(word) and word in o]
    return any(o in text for o in holding)


def _synonyms_longest_first(idx: FactIndex) -> list[tuple[str, list[str]]]:
    """Each [label_synonyms] group's label and its other words, longest first: sorted once per index."""
    kept = idx.__dict__.get("_synonyms_longest_first")
    if kept is None:
        kept = idx.__dict__["_synonyms_longest_first"] = [(g[0], sorted(g[1:], key=len, reverse=True))
                                                          for g in idx.synonyms]
    return kept


def _title_said_short(text: str, idx: FactIndex) -> str:
    """"社保基金收入合计": a table's title said with a standard short word ([label_abbreviations]: 社会保险 -> 社保)
    where no label says it short is the title's own words (社会保险基金 of 社会保险基金预算表)."""
    for long, shorts in idx.label_abbrev.items():
        for short in shorts:
            if short not in text:
                continue
            for m in list(re.finditer(re.escape(short) + r"(?=([\u4e00-\u9fff]{2}))", text))[::-1]:
                said = short + m.group(1)
                if said not in idx.label_text and any(long + m.group(1) in d.form for d in idx.docs.values()):
                    text = text[:m.start()] + long + text[m.start() + len(short):]
    return text


# "发放总额" of a table printing 发放金额合计: 总额 is the amount (金额) and its total (合计) said in one word.
# "自评总分", "总得分": the score (得分) and its total (合计) said in one word, where no label prints 总分.
_TOTAL_SCORE = re.compile(r"(?:自评)?总得?分(?!值|类|项)")
_TOTAL_AMOUNT = re.compile(r"([\u4e00-\u9fff]{2,4}?)总额")
_TOTAL_POINTS = re.compile(r"总(分值|权重)(?!类|项)")  # (the points a group of indicators weighs, said as one word)
_TOTAL_AMOUNT_PRINTED = ("{}金额合计", "{}总金额", "{}金额总计")  # (X金额 alone is no total)


def _total_amount_as_printed(m: re.Match, idx: FactIndex) -> str:
    """"X总额" as the one label of X's total amount a table prints (X金额合计, X总金额 …), when no label says
    X总额 itself; the words unchanged otherwise."""
    for n in range(len(m[1]), 1, -1):
        x = m[1][-n:]
        if f"{x}总额" in idx.label_facts:
            return m[0]
        printed = [form.format(x) for form in _TOTAL_AMOUNT_PRINTED if form.format(x) in idx.label_facts]
        if printed:
            return m[1][:-n] + printed[0]
    return m[0]


# "比上年减少了，减多少": the change said, then asked again by its verb alone — one ask, "减少了多少".
_CHANGE_SAID_TWICE = re.compile(r"(减少|下降|降低|增加|增长|上升)了?[，,、\s]*(?:减|增|降|涨|少|多)了?多少")


# A rate of change asked: "降了百分之几", "增长率", "降幅" (增减率 once the synonyms have read it).
_CHANGE_RATE = re.compile(r"(?:(下降|降低|降|减少|减)|(?:增长|增加|上升|上涨|涨|增))了?(?:百分之几|百分之多少|几个百分点|多少个百分点|多少%)"
                          r"|(增长率|增幅|涨幅|增减率)")
_RATE_COLUMNS = ("增长率", "增减率", "增幅", "降幅", "变动率")


def _change_rate_said(text: str, idx: FactIndex, departments: list[str] | None) -> str:
    """"收支总计降了百分之几", "机关运行经费…增长率" of tables that print no rate column but state the change
    in words (比上年下降 1.87%): asked as that stated change, "比上年下降多少"."""
    m = _CHANGE_RATE.search(text)
    if m is None:
        return text
    depts = list(departments or []) or _departments_in(text, idx)
    docs = [d for dept in depts for d in idx.dept_docs.get(dept, ())] or list(idx.docs)
    keys = set().union(*(idx.doc_keys.get(d, set()) for d in docs))
    if any(k in keys for k in _RATE_COLUMNS) or not any(k.startswith("比上年") for k in keys):
        return text
    word = "比上年下降" if m.group(1) else "比上年增长" if not m.group(2) or m.group(2) != "增减率" else "比上年增减"
    if _RATE_COMPARED.match(text, m.end()):
        return text  # "增幅超过10%的": a filter on the rows, no stated change asked (never the total's change)
    # the rate stays asked: where the change is printed as an amount only, the rate is worked out
    return text[:m.start()] + word + "多少百分比" + text[m.end():]


# The words comparing a number said right after them ("超过10"), and the bound said after one ("10%以上").
_COMPARED_BEFORE = Words("bounds", "(?:{over}|{over_held}|{under}|{under_held})$")  # (fq.cmp's words)
_BOUND_AFTER = re.compile(r"[%％]?(?:以上|以下|以内)")


# A rate compared right after it is said ("增幅超过10%的"): a filter on the rows, no figure asked.
_RATE_COMPARED = Words("bounds", r"(?:{over}|{over_held}|{under}|{under_held}|在)?[\d一二三四五六七八九十百]")


# "哪个科目增加最多" / "哪项减少最多": the rows ranked by the change their table prints (增减额); never 哪类
# (a class is ranked by its 小计, not read here).
_CHANGE_RANKED = re.compile(r"哪(?:个|些|项|一项|种)(?!类)[\u4e00-\u9fff]{0,6}?(?:(增加|增长|上升|提高)|(减少|下降|降低|压减))"
                            r"(?:了|得|的)?(?:最多|最大)")
# "三公经费增加额最大的是哪个部门", "减少最多的部门": the same, which row asked after the change ranked.
_CHANGE_RANKED_LATER = re.compile(r"(?:(增加|增长|上升|提高)|(减少|下降|降低|压减))额?(?:了|得|的)?(?:最多|最大)"
                                  r"(?=的?(?:是)?(?:哪(?:个|些|项|一项|种)(?!类)|(?:部门|单位|项目|科目)$))")
_CHANGE_AMOUNT_KEY = re.compile(r"^(?:比上年)?增减额?$|^增(?:长|加)额$")
# "哪项增长最快", "哪个科目增幅最大", "哪项降幅最大": the change's rate ranked.
_CHANGE_RATE_RANKED = re.compile(r"哪(?:个|些|项|一项|种|类)[\u4e00-\u9fff]{0,6}?(?:((?:增长|增加|上升|提高)(?:得)?(?:最快|幅度最大)|增幅最大"
                                 r"|增速最快)|((?:减少|下降|降低)(?:得)?(?:最快|幅度最大)|降幅最大))")
_CHANGE_RATE_KEY = re.compile(r"^(?:比上年|较上年|同比)?(?:增减|增长|增加)(?:率|幅度|百分比)$|^(?:比上年)?增幅$")


def _change_ranked_said(text: str, idx: FactIndex, departments: list[str] | None) -> str:
    """"教育局哪个科目增加最多" of a department whose tables print one column of the change's amount (增减额):
    asked as that column's most ("减少最多": its least, the greatest fall); "哪项增长最快" / "增幅最大" of tables
    printing one column of the change's rate (比上年增减（%）, 增长率): that column's most. The text unchanged
    otherwise."""
    rate = _CHANGE_RATE_RANKED.search(text)
    m = rate or _CHANGE_RANKED.search(text) or _CHANGE_RANKED_LATER.search(text)
    depts = (list(departments or []) or _departments_in(text, idx)) if m else []
    docs = [d for dept in depts for d in idx.dept_docs.get(dept, ())] or (_titles_said(text, idx) if m else []) \
        or (_budget_kind_tables(text, idx) if m else [])
    keys = set().union(*(idx.doc_keys.get(d, set()) for d in docs))
    if rate:
        # (a column printed in % whose key says a change, or a rate of change by its name)
        columns = [k for k in keys if _CHANGE_RATE_KEY.match(k) or k in idx.percent_cols and _CHANGE_AMOUNT_KEY.match(k)]
        if len(columns) != 1:
            return text
        start = rate.start(1) if rate.group(1) else rate.start(2)
        # (said without its 比上年, which would read as a year asked: 增减 names the one column all the same)
        column = re.sub(r"^(?:比上年|较上年|同比)", "", columns[0])
        return text[:start] + column + ("最多" if rate.group(1) else "最少") + text[rate.end():]
    # (a change printed in % only is no amount: 比上年增减（%）)
    columns = [k for k in keys if _CHANGE_AMOUNT_KEY.match(k) and k not in idx.percent_cols]
    # (比上年增减 over its 增减额 and 增减率: the amount's own column)
    columns = [k for k in columns if k.endswith("额")] if len(columns) > 1 else columns
    if m is None or len(columns) != 1:
        return text
    start = m.start(1) if m.group(1) else m.start(2)
    return text[:start] + columns[0] + ("最多" if m.group(1) else "最少") + text[m.end():]


# "减少最多", "降幅最大", "下降得最快" / "增长最多", "增幅最大": the extreme of a change, in its direction (said before
# the rewrites above turn it into a column's least or most).
_FALL_MOST = re.compile(r"(?:减少|下降|降低|压减|下滑|缩减|降|减)(?:了|得|的)?(?:额|幅|幅度)?(?:最多|最大|最快|最厉害)")
_RISE_MOST = re.compile(r"(?:增加|增长|上升|提高|上涨|增|涨)(?:了|得|的)?(?:额|幅|幅度|速)?(?:最多|最大|最快|最厉害)")


def _change_direction(text: str) -> str:
    """"fall" / "rise" when the question asks which changed most that way; "" otherwise (or both said)."""
    fall, rise = bool(_FALL_MOST.search(text)), bool(_RISE_MOST.search(text))
    return "fall" if fall and not rise else "rise" if rise and not fall else ""


def _budget_kind_tables(text: str, idx: FactIndex) -> list[int]:
    """The tables of the budget the question names by their title's budget (index.budget_kinds), the longest said."""
    said = next((w for w in sorted(idx.budget_kind_docs, key=len, reverse=True) if w in text), None)
    return sorted(idx.budget_kind_docs[said]) if said else []


def _titles_said(text: str, idx: FactIndex) -> list[int]:
    """The tables whose title the question says four characters of in a run ("政府性基金" of 政府性基金预算支出表),
    when it names no department: only one such table."""
    said = [d for d, doc in idx.docs.items() if (form := compact(doc.form or ""))
            and any(text[i:i + 4] in form for i in range(len(text) - 3))]
    return said if len(said) == 1 else []


def _alignments(key: str, text: str) -> list[tuple[int, int, int]]:
    """Where a label is said (see _align); a label said as much twice, at each place ("一般公共预算收入总共预算多少":
    the 预算 of the column after the row's own 预算)."""
    al = _align(key, text)
    if al is None:
        return []
    out = [al]
    masked = text
    for _ in range(2):
        n, s, e = out[-1]
        masked = masked[:s] + "\x00" * (e - s) + masked[e:]
        again = _align(key, masked) if key[:2] in masked or key[-2:] in masked else None
        if again is None or again[0] != al[0] or again[2] - again[1] != al[2] - al[1]:
            break
        out.append(again)
    return out


def _align(key: str, text: str) -> tuple[int, int, int] | None:
    """How much of a label the question says, in order: (matched chars, span start, span end)."""
    if key in text:
        i = text.index(key)
        return len(key), i, i + len(key)
    # Only a label not said verbatim needs rapidfuzz: a plain question's cold start does not import it.
    from rapidfuzz.distance import LCSseq

    blocks = [b for b in LCSseq.editops(key, text).as_matching_blocks() if b.size]
    blocks = [b for b in blocks if b.size >= 2] or []
    if not blocks:
        return None
    # The densest run of blocks: blocks no more than 3 characters apart in the question.
    runs: list[list] = [[blocks[0]]]
    for blk in blocks[1:]:
        prev = runs[-1][-1]
        gap = text[prev.b + prev.size:blk.b]
        # "社保就业和卫健支出": a 和 the label does not hold there joins two things said; the run stops.
        if blk.b - (prev.b + prev.size) <= 3 and not any(c in "和与及、跟" and c not in key[prev.a + prev.size:blk.a]
                                                           for c in gap) and not _opposite_in_gap(gap, key) \
                and not _owner_before_de(gap, key[prev.a + prev.size:blk.a]):
            runs[-1].append(blk)
        else:
            runs.append([blk])
    # (of runs said as much, one ending the label: "专项债务2024年末限额" says 限额 of 债务限额, its 债务 the row's)
    best = max(runs, key=lambda r: (sum(x.size for x in r), r[-1].a + r[-1].size == len(key)))
    n = sum(x.size for x in best)
    a, b = best[0].a, best[0].b
    if a > 0 and b > 1 and key[a - 1] == text[b - 1] == text[b - 2]:
        # "里面面向…": a character said twice, the alignment gave the label's 面 to the first (of 里面); the
        # one just before the run is its own
        a, b, n = a - 1, b - 1, n + 1
    extra = _shortened_start(key[:a], text[:b])
    return n + extra, b - extra, best[-1].b + best[-1].size


def _owner_before_de(gap: str, between: str) -> bool:
    """"国资的利润收入" against 其他国有资本经营预算企业利润收入: a 的 said where the label prints other words (企业)
    parts whose owner is said from what is owned; the label's words there are a qualifier the question never
    said — a narrower line than the one named after 的 (一、利润收入)."""
    return gap == "的" and bool(between) and "的" not in between


def _word_swapped(form: str, said: str) -> bool:
    """Whether the question, between two runs of a label it says, says a word of its own (two characters or
    more) where the label has another (用于法律援助的彩票公益金 against 用于城乡医疗救助的彩票公益金支出): the
    label's distinguishing words are not said, another's are."""
    from rapidfuzz.distance import LCSseq

    blocks = [b for b in LCSseq.editops(form, said).as_matching_blocks() if b.size >= 2]
    return any(x.a + x.size + 2 <= y.a and len(_ASKING_GAP.sub("", own := said[x.b + x.size:y.b])) >= 2
               and not set(own) & set(form[x.a + x.size:y.a])
               for x, y in zip(blocks, blocks[1:], strict=False))


# Words of asking, said where a label has its own words ("存在什么问题" of 存在的主要问题, "用于什么支出"): no word swapped.
_ASKING_GAP = re.compile(r"什么|哪些|哪个|哪|多少|怎么|怎样|如何|啥|几")


def _count_not_in(form: str, text: str, e: int, idx: FactIndex) -> bool:
    """Whether the question goes on, at or just inside the end of a loosely matched label, with a word of
    counting (人数, 个数) the label does not hold."""
    return any(w not in form and w in text[max(e - len(w) + 1, 0):e + len(w)] for w in _count_endings_in(text, idx))


def _count_endings_in(text: str, idx: FactIndex) -> tuple[str, ...]:
    """The words of counting the text says anywhere, in the vocabulary's order: asked of the same text for each of
    its labels (kept per index for the last texts)."""
    memo = idx.__dict__.setdefault("_count_endings_said", {})
    found = memo.get(text)
    if found is None:
        if len(memo) >= 512:
            memo.clear()
        found = memo[text] = tuple(w for w in idx.count_endings if w in text)
    return found


def _count_qualified(form: str, said: str, idx: FactIndex) -> bool:
    """Whether the question says the whole label's head, then a word of its own, then the label's counting word
    ("宫颈癌筛查阳性人数" of 宫颈癌筛查人数): that word narrows what is counted (阳性 of those screened), another
    count the label does not give."""
    for w in idx.count_endings:
        if form.endswith(w) and said.endswith(w) and len(form) > len(w):
            gap = said[:-len(w)].removeprefix(form[:-len(w)])
            return len(gap) < len(said) - len(w) and len(gap) >= 2 and not any(c in form for c in gap) \
                and bool(re.fullmatch(r"[\u4e00-\u9fff]+", gap))
    return False


_OPPOSITES = (("收入", "支出"), ("支出", "收入"))


# The level a fund comes from: said inside a label's parts ("乡村中央资金" against 乡村振兴衔接资金), a part asked.
_LEVELS = ("中央", "省级", "市级", "县级", "区级", "上级")


# A line's time said at its start ("年末结转和结余"): the other end of the year said just before the rest of its
# label names another line.
_ENDS = (("年初", "年末"), ("年初", "年底"), ("期初", "期末"), ("年末", "年初"), ("年底", "年初"), ("期末", "期初"))


def _other_end_said(form: str, text: str, s: int, e: int) -> bool:
    """Whether the label starts with one end of a period it does not say there ("年末…"), and the question says
    the other end right before (or at the start of) the part of the label it said."""
    return any(form.startswith(own) and own not in text[s:e] and said in text[max(0, s - 2):s + 2]
               for said, own in _ENDS)


def _opposite_in_gap(gap: str, key: str) -> bool:
    """"政府性基金收入预算" against 政府性基金预算支出表: the word said between the label's parts is the
    opposite of one the label holds — another thing asked, not the label said loosely; so is a level of
    funds the label does not hold ("乡村中央资金" is no 乡村振兴衔接资金), and a part said inside it ("农林水里水利支出"
    asks 水利 of 农林水支出, not that line)."""
    return any(a in gap and b in key and a not in key for a, b in _OPPOSITES) \
        or len(gap) >= 2 and any(w in gap and w not in key for w in _LEVELS) \
        or bool(re.match(r"(?:里|其中|当中)[\u4e00-\u9fff]{2}", gap)) and gap[0] not in key  # "农林水里水利支出": a part


def _shortened_start(head: str, before: str) -> int:
    """How many characters just before a matched run say the label's unmatched head shortened: 社保 of
    社会保障 (words left out inside a label, the rest in order, from the label's first character)."""
    for size in (3, 2):
        said = before[-size:]
        if len(said) < size or len(head) <= size or said[0] != head[0] or not all("\u4e00" <= c <= "\u9fff" for c in said):
            continue
        pos = 0
        for c in said:
            pos = head.find(c, pos)
            if pos < 0:
                break
            pos += 1
        else:
            return size
    return 0


def _yield_to_whole_labels(found: list[tuple], idx: FactIndex) -> list[tuple]:
    """"部门决算单位名称": a label said only in part (部门决算单位构成) that runs into the head of a label said
    whole (单位名称) of the same cells gives those characters up, when what it keeps still names it (half of
    it at least); one whose head is the tail of a label said whole before it is dropped when the rest would not."""
    whole = [(s, e, k) for n, q, strong, s, e, k in found if q >= 1 - 1e-9 and e - s == n]
    out = []
    for n, q, strong, s, e, k in found:
        # (a label of three characters or more said whole, itself and not a shorter form of it, is said as
        # such whatever cells it names: "项目执行率" is 执行率 of the 项目 rows, not 项目执行单位 cut short)
        cut = min((ws for ws, we, wk in whole if s < ws < e < we and (we - ws == len(wk) >= 3 or not set(
            idx.label_facts.get(k, ())).isdisjoint(idx.label_facts.get(wk, ())))), default=None)
        if cut is None and k not in idx.row_label_keys and k not in idx.col_keys:
            # a table's title said loosely ("2024年末政府债务余额" of …地方政府债务限额及余额情况表) ending in a
            # column said whole (债务余额; not a bare 预算, 支出): that column is asked, the title gives its words up
            if any(s < ws and we == e and wk in idx.col_keys and we - ws >= 3 for ws, we, wk in whole):
                continue
        if q < 1 - 1e-9 and cut is not None and e - s == n:
            kept = cut - s
            if kept < 2 or kept / (n / q) < 0.5:
                continue
            n, q, e = kept, kept / (n / q), cut
        # "差旅费决算数": a label said only in part whose head is the tail of a label said whole before it (费 of
        # 差旅费, taken by 因公出国费决算数) is no match when what is left of it does not name it
        after = max((we for ws, we, wk in whole if ws < s < we < e and we - ws == len(wk) >= 3), default=None)
        if q < 1 - 1e-9 and after is not None and e - s == n and (e - after < 2 or (e - after) / (n / q) < 0.5):
            continue
        out.append((n, q, strong, s, e, k))
    return out


def _yield_to_said_parts(found: list[tuple], text: str, idx: FactIndex) -> list[tuple]:
    """"实有在编人数合计": a label said only in part (a note "空编数=核定编制数合计-实有在编人数合计") whose
    every character said is a label said whole (实有在编人数) or a total word gives way: the question says
    those labels, not the note. (A column said in part, 收入合计 of 本年收入合计, stays that column.)"""
    whole = [(s, e) for n, q, strong, s, e, k in found if q >= 1 - 1e-9 and e - s == n]
    totals = [m.span() for m in re.finditer(r"合计|小计|总计|共计", text)]
    # (a column's head said in one run, 举借 of 举借债务, is a thing said as well: "开发区专项债务举借多少" is not
    # the note "澄溪经济开发区债务由县财政统一代为举借")
    heads = [(s, e) for n, q, strong, s, e, k in found if k in idx.col_keys and e - s == n >= 2 and k.startswith(text[s:e])]

    def covered(s: int, e: int) -> bool:  # by two things said or more: the partial only bridges them
        pieces = {(ws, we) for ws, we in (*whole, *totals, *heads) if s <= ws and we <= e}
        return len(pieces) >= 2 and all(any(ws <= i < we for ws, we in pieces) for i in range(s, e))

    return [x for x in found if x[1] >= 0.6 or x[5] in idx.col_keys or x[5] not in idx.row_label_keys or not any(ws >= x[3] and we <= x[4] and we - ws < x[4] - x[3]
                                                              for ws, we in whole) or not covered(x[3], x[4])]


def _yield_to_columns_inside(found: list[tuple], text: str, idx: FactIndex) -> list[tuple]:
    """"项目支出资本性支出": a column said only in part (项目支出商品和服务支出, by 项目支出 and 支出) whose every
    character said is a column said whole (项目支出, 资本性支出), one of them a column it does not hold, is not
    said: those columns are asked (a row whose cell under 资本性支出 is blank has no such figure, never its
    neighbour's). A partial bridging words of its own ("达到目标值" of 期望达到的目标) stays."""
    whole = [(s, e, k) for n, q, strong, s, e, k in found if q >= 1 - 1e-9 and e - s == n and e - s >= 2
             and k in idx.col_keys]

    def bridges(x: tuple) -> bool:  # (between the columns said, only a word joining or comparing them)
        pieces = [(ws, we, wk) for ws, we, wk in whole if x[3] <= ws and we <= x[4]]
        return len(pieces) >= 2 and any(wk not in x[5] for _, _, wk in pieces) \
            and all(any(ws <= i < we for ws, we, _ in pieces) or text[i] in "比和与及、的里中跟同较" for i in range(x[3], x[4]))
    return [x for x in found if x[1] >= 1 - 1e-9 or x[5] not in idx.col_keys or not bridges(x)]


def _yield_to_whole_inside(found: list[tuple], text: str, idx: FactIndex) -> list[tuple]:
    """"投资计划总投资": a label read over a skipped character (计划投资 of 计划总投资, past 总) that it does not hold
    at all, while a label said whole inside the same words holds it (总投资), is not said: the whole label is
    asked (合计 总投资, never the 2026年计划投资 beside it). ("财政拨款年末结转和结余" still reads 年末财政拨款结转和
    结余: every character of 年末结转和结余 is its own, said in another order; "基本加项目支出决算" still reads
    基本支出 across 加: two things joined, each asked.)"""
    whole = [(s, e, text[s:e]) for n, q, strong, s, e, k in found if e - s == n and e - s >= 2
             and text[s:e] in idx.key_forms.get(k, (k,))]
    return [x for x in found if x[4] - x[3] == x[0] or re.search(r"[加和与及、跟同比]", text[x[3]:x[4]]) or not any(
        x[3] <= ws and we <= x[4] and (ws, we) != (x[3], x[4]) and not set(said) <= set(x[5]) for ws, we, said in whole)]


def _bracket_yields(found: list[tuple], text: str, idx: FactIndex) -> list[tuple]:
    """"局机关行政编制": a label said with its bracket's words (局机关（行政）) that run into a label said whole
    past it (行政编制) gives them up: the bracket only tells the group apart, the column is asked."""
    whole = [(s, e) for n, q, strong, s, e, k in found if q >= 1 - 1e-9 and e - s == n]
    out = []
    for n, q, strong, s, e, k in found:
        if idx.spelled.get(k) == text[s:e] and text[s:e].startswith(k) and len(k) >= 2 \
                and any(s + len(k) <= ws < e < we for ws, we in whole):
            n, e = len(k), s + len(k)
        out.append((n, q, strong, s, e, k))
    return out


def _titles(scope: list, idx: FactIndex) -> set[str]:
    """The tables' titles (their kinds) in scope: those of every table worked out once."""
    if scope is not idx.all_docs():
        return {compact(d.form or "") for d in scope}
    titles = idx.__dict__.get("_all_titles")
    if titles is None:
        titles = idx.__dict__["_all_titles"] = {compact(d.form or "") for d in scope}
    return titles


def _title_goes_on(form: str, text: str, s: int, e: int, titles: set[str]) -> bool:
    """Whether a column said in part (社区 of 社区数) runs on, past what the column says, into words of a
    table's title (社区治理资金 of 社区治理专项资金分配表): the title's subject is said, not the column."""
    said = text[s:e + 2]
    return e - s >= 2 and len(said) == e - s + 2 and said not in form and "\x00" not in said \
        and any(said in t for t in titles)


def _negated_in_label(form: str, text: str, s: int, e: int) -> bool:
    """Whether the label says the words said with a negation before them (未执行数, 不合格率, 非税收入) that
    the question does not say."""
    at = form.find(text[s:e]) if e - s >= 2 else -1
    return at > 0 and form[at - 1] in "未不非无没" and (s == 0 or text[s - 1] != form[at - 1])


def _column_word_after(form: str, text: str, e: int, idx: FactIndex) -> bool:
    """"项目实际执行数" against a row's 项目执行单位: the label is left mid-word (执行|单位) where the question
    goes on into a column's word of its own (执行数): that word is asked, not the row."""
    said = text[max(0, e - 2):e + 1]
    return len(said) == 3 and "\u4e00" <= said[-1] <= "\u9fff" and not form.endswith(said[:2]) \
        and said not in form and said in idx.col_text


def _word_spans(text: str, idx: FactIndex) -> list[tuple[int, int]]:
    """Where the question's words begin and end (by the knowledge base's word cutter)."""
    spans, at = [], 0
    for word in idx.cut(text) if idx.cut is not None else ():
        spans.append((at, at + len(word)))
        at += len(word)
    return spans


def _own_kind_after(label: str, text: str, s: int, e: int) -> bool:
    """Whether the question, past the words it shares with a label (税收 of 税收返还), goes on into a kind of amount
    of its own (收入 of 税收收入) where the label goes on into other words (返还): it names another thing."""
    at = label.find(text[s:e])
    after = label[at + e - s:] if at >= 0 else ""
    # (not before a total: "国资支出合计" asks the 支出合计 of the table 国资 qualifies, not a 国资支出 of its own)
    kind = re.match(r"收入|支出", text[e:])
    return bool(after) and kind is not None and not text[e + kind.end():].startswith(_GROUP_TOTALS) \
        and not _GENERIC_KIND.match(after)


def _another_word(form: str, text: str, s: int, e: int, words: Callable[[], list[tuple[int, int]]]) -> bool:
    """Whether a label said only in part (text[s:e], inside the label's form) begins inside a word of the
    question whose first characters differ from the label's there: "雇员经费" says 雇员, not the 人员 of
    人员经费, so it does not name 人员经费 (a question word running past the label's start is fine). Its end
    is left free: a label's last characters are often what a question leaves off ("执行" of 执行率)."""
    p = form.find(text[s:e])
    if p < 0:
        return False
    for w0, w1 in words():
        before = form[max(0, p - (s - w0)):p] if w0 < s < w1 else ""
        if before and before != text[s - len(before):s]:
            return True
    return False


def _said_enough(form: str, text: str, n: int, s: int, e: int) -> bool:
    """Whether n characters of a label, said over text[s:e], name it: most of it, densely; or its long
    end ("老年人数" of 60周岁以上老年人数) or long head ("政府性基金" of 政府性基金预算拨款收入) said whole; or the
    first of two things a label joins ("偏差原因" of 偏差原因及纠偏措施)."""
    return (n >= 3 and n / len(form) >= 0.5 and n / (e - s) >= 0.6) or \
        (n >= 2 and n / len(form) >= 0.5 and e - s == n) or \
        (n >= 4 and e - s == n and form.endswith(text[s:e])) or \
        (n >= 5 and e - s == n and n / len(form) >= 0.4 and form.startswith(text[s:e])) or \
        (n >= 3 and e - s == n and form.startswith(text[s:e]) and _JOINED.match(form, n) is not None)


# The word joining two things one label names ("偏差原因及纠偏措施", "资金来源和用途").
_JOINED = re.compile(r"及|和|与|以及|并")


def _org_after(text: str, end: int) -> bool:
    """A label said in part just before 局/委 ("卫健局"): the words name a bureau, not the label."""
    return bool(re.match(r"[局委厅署办]", text[end:end + 1]))


_ALIKE = 0.75  # a partial label said this much less than another over the same words is not said as much


def _said_as_well(same: Mention, q: float, strong: bool, k: str, by_synonym: set[str]) -> bool:
    """Whether a label matched over the same words as a mention (as many characters) is named as well.
    A label said in full names only labels said in full; a partial one, every label it is the last word
    of ("资金": 其他资金, 拟投入的资金) — the other constraints choose among them. Two labels said alike in
    part, neither by its last word: the one said more of ("年末结转结余" is 年末结转和结余, 6 of its 7, not
    年末财政拨款结转和结余); alike, both (the question is asked back)."""
    full = same.quality >= 1 - 1e-9
    return q >= same.quality - 1e-9 or not full and (strong or not same.exact and (
        q >= _ALIKE * same.quality or k in by_synonym or bool(same.keys & by_synonym)))


# Words a measure word 个 follows (哪个, 几个, 每个): the 个 is theirs, never the first character of a label.
_COUNTED_BY = frozenset("哪几每这那各一两某三四五六七八九十多0123456789")


_NUMERAL_FIRST = re.compile(r"[一二两三四五六七八九十0-9]")


def _in_full(form: str, key: str, text: str, s: int, e: int) -> bool:
    """Whether a numbered short form of a label (三小 of …第三小学…) is read inside the unit's name said in full
    (第三小学…): the name, no 第 left unread; or is said without its number ("西中项目" read as the 中项目 of
    二中项目): the number is what names the unit, its tail alone names no row."""
    if form == key:
        return False
    return s > 0 and text[s - 1] == "第" and _NUMERAL_FIRST.match(text, s) is not None \
        or _NUMERAL_FIRST.match(form) is not None and len(text[s:e]) < len(form) and form.endswith(text[s:e])


def _mentions(fq: FactQuestion, idx: FactIndex, scope: list, taken: list[tuple[int, int]]) -> None:
    _read_options(fq, fq.text, taken, idx)  # a tick-box cell named by two of its options, before the labels
    _read_row_codes(fq, idx, scope, taken)  # "NY03": a lettered code shares no two characters with its row
    # Labels are matched on what departments, years and operations left (their characters blanked).
    text = _masked(fq.text, taken, "\x00")
    grams = {text[i:i + 2] for i in range(len(text) - 1)}
    keys = _candidate_keys(grams, scope, idx)
    found = []
    codes = list(re.finditer(r"\d{3,}", text))
    words = cache(lambda: _word_spans(fq.text, idx))  # the question's words, cut only if a partial match needs them
    titles = cache(lambda: _titles(scope, idx))
    by_synonym: set[str] = set()  # keys matched by one of their synonyms' forms
    op_spans = cache(lambda: _operation_spans(text, idx))
    later: list[tuple] = []  # a label's further places (_alignments), for when its first is another's
    for k in keys:
        for form in idx.key_forms.get(k, (k,)):
            if len(form) < 2 or not any(form[i:i + 2] in grams for i in range(len(form) - 1)):
                continue
            places = _alignments(form, text)
            # (said again further on: tried only when its first place went to another label, _column_said_again)
            later += [(n, n / len(form), n == len(form) and e - s == n, s, e, k, places[0][1:]) for n, s, e in places[1:]]
            for n, s, e in places[:1]:
                found += _tail_after_a_row(form, k, text, n, s, e, idx)
                if _place_not_the_label(form, text, (n, s, e), taken, codes, idx):
                    continue
                exact = n == len(form) and e - s == n
                if not exact and _said_for_another(form, text, s, e, op_spans):
                    continue
                if not exact and _ORDINAL_SAID.fullmatch(text[s:e]) and _PLACE_WORD.match(text, e) or _in_full(form, k, text, s, e):
                    continue  # ("第三个资助了多少人": a place in a list, never 第三中学 said short; nor 三小 of 第三小学)
                if _not_this_label(fq, form, k, text, (n, s, e), idx, titles, words):
                    continue
                if not exact and form != k and form.endswith(text[s:e]) and _GENERIC_KIND.fullmatch(text[s:e]) \
                        and form[:s - e] in idx.key_forms.get(k, ()) and k not in idx.col_keys:
                    # "支出" alone names no "奖金支出" (30103奖金 said so): the kind of amount, not the line; a
                    # column's kind said alone still names it ("金额" of 预算金额)
                    continue
                if exact or _said_enough(form, text, n, s, e) or _kind_ending(form, text, n, s, e, idx):
                    # The label's last word said alone ("联系人" of "项目联系人") names it as well as the whole.
                    strong = exact or (e - s == n and form.endswith(text[s:e]))
                    found.append((n, n / _said_length(form), strong, s, e, k))
                    if form != k:
                        by_synonym.add(k)
    found = _yield_to_said_parts(_bracket_yields(_yield_to_whole_labels(found, idx), text, idx), text, idx)
    found = _yield_to_whole_inside(_yield_to_columns_inside(found, text, idx), text, idx)
    # Ties (a set of keys was walked) by the tighter span, a strong match, then the label: never by the
    # string hash seed's order, which decided which of two overlapping labels claimed the words.
    found.sort(key=lambda x: (-x[0], -x[1], x[3], x[4], not x[2], x[5]))
    chosen: list[Mention] = []
    for n, q, exact, s, e, k in found:
        same = next((m for m in chosen if m.start == s and m.end == e), None)
        if same is not None:
            if n == same.n and (_said_as_well(same, q, exact, k, by_synonym) or _kind_ending(k, text, n, s, e, idx)):
                same.keys.add(k)
            continue
        if _take(text, taken, s, e) or e - s == n and (cut := _tail_left(k, text, taken, s, e, idx)) and _take(text, taken, cut, e):
            chosen.append(Mention(s, e, {k}, exact, n, q) if taken[-1] == (s, e) else Mention(cut, e, {k}, False, e - cut, (e - cut) / len(k)))
    if len(chosen) == 1 and not fq.mentions:  # (the one thing named: a row's name said alone)
        _rows_holding_the_words(chosen[0], text, keys, idx)
    _add_mentions(fq, chosen + _column_said_again(later, chosen, text, taken, idx))


_ORDINAL_SAID = re.compile(r"第[一二两三四五六七八九十\d]{1,3}")
_PLACE_WORD = re.compile(r"[个项条所家名位笔]")
_HALVES_APART = 2  # characters a row's name may print between the two halves of the words said (保洁|安保|服务)
_ROWS_HOLDING_AT_MOST = 6  # more rows holding the words: a common word, no row's name in particular


def _rows_holding_the_words(m: Mention, text: str, keys: set[str], idx: FactIndex) -> None:
    """"第三方评估多少钱", "保洁服务多少": words (four characters or more) ending one row's name (家庭医生签约服务第三方评估)
    that other rows' names hold whole inside (教育质量监测第三方评估服务), or in two halves a word apart (保洁服务 of
    文化馆场馆保洁安保服务), name those rows as well as that one — as a part of each name (Mention.part), so which is
    meant is asked, never the one the words end answered. The mention is left alone otherwise."""
    said = text[m.start:m.end] if m.start >= 0 else ""
    rows = idx.row_label_keys
    if len(said) < 4 or "\x00" in said or not m.exact or m.quality >= 1 - 1e-9 or m.part \
            or not m.keys <= rows or m.keys & idx.col_keys or not _FIGURE_ASKED.search(text[m.end:]) \
            or not all(k.endswith(said) for k in m.keys):
        return
    # (a name holding one already matched, 机关事业单位基本养老保险缴费支出 or a note beginning with the unit's name,
    # is that row said again, not another row)
    more = {k for k in keys if k not in m.keys and k in rows and k not in idx.col_keys and _holds_the_words(k, said)
            and not any(j in k for j in m.keys)}
    # (things bought or funded, each row with its sum: never a field's label holding the words, 绩效目标明确性)
    if 0 < len(more) <= _ROWS_HOLDING_AT_MOST and all(_row_of_money(k, idx) for k in m.keys | more):
        m.keys |= more
        m.part = True


_FIGURE_ASKED = re.compile(r"多少|几|钱|金额|预算|经费|资金")


def _row_of_money(key: str, idx: FactIndex) -> bool:
    """Whether a row label's line prints a sum of money."""
    return any(f["number"] is not None and (f["unit"] or "") in MONEY_UNITS
               for f in idx.facts(list(idx.label_facts.get(key, ()))[:40]))


def _holds_the_words(name: str, said: str) -> bool:
    """Whether a name holds the words said inside it, whole or in two halves of two characters or more each, at
    most _HALVES_APART characters apart (not the name itself)."""
    if said in name:
        return name != said
    for i in range(2, len(said) - 1):
        at = name.find(said[:i])
        if at >= 0 and 0 <= name.find(said[i:], at + i) - (at + i) <= _HALVES_APART:
            return True
    return False


_LABEL_YEAR = re.compile(r"(?:19|20)\d{2}年度?")


def _said_length(form: str) -> int:
    """The characters of a label a question may say: its year (项目支出2025年预算数) is the table's, said
    apart or not at all (years are read on their own), so "项目支出预算" says 6 of its 7."""
    return max(len(form) - sum(len(y) for y in _LABEL_YEAR.findall(form)), 1)


def _place_not_the_label(form: str, text: str, place: tuple[int, int, int], taken: list[tuple[int, int]],
                         codes: list, idx: FactIndex) -> bool:
    """Whether the words a label's form was aligned with are said there for something else (taken, a question
    word, a piece of a number or a code, a fund's 保险 of 保险费, 哪 of 包括哪些 said in part)."""
    n, s, e = place
    if any(ts <= s and e <= te for ts, te in taken) or _QUESTION_WORDS.fullmatch(text[s:e]) \
            or text[s] == "个" and s > 0 and text[s - 1] in _COUNTED_BY:  # 哪个税种: no 个税 said
        return True
    if text[s].isdigit() and s > 0 and text[s - 1].isdigit() \
            or text[e - 1].isdigit() and e < len(text) and text[e].isdigit():
        return True  # "11月": no 1月 said inside a number (a month not yet filled is unknown)
    if form in idx.fund_forms and form.endswith("保险") and text.startswith("费", e):
        return True  # "城乡居民养老保险费收入": 保险费 is the line's word, the fund is 城乡居民养老
    if n < len(form) and text[s] == "哪" and "哪" in form and form not in text:
        return True  # "哪些单位在职超过编制": rows asked, not 单位名称 by its words 包括哪些单位 said in part
    # a code said ("2130306") names only the label with that very code
    return any(rs < e and s < re_ and run.group() not in form for run in codes for rs, re_ in [run.span()])


def _said_for_another(form: str, text: str, s: int, e: int, op_spans) -> bool:
    """Whether a label said in part is said there for something else: the other end of the year ("年初结转和结余"
    of a table printing 年末结转和结余 only), or the asking word ("比上年少了多少": 了多少 of 少了多少, never
    得了多少分 said in part)."""
    return _other_end_said(form, text, s, e) or any(os < s and e <= oe and text[os:oe] not in form
                                                    for os, oe in op_spans())  # (增长率 of 增长了多少 is the column's)


def _operation_spans(text: str, idx: FactIndex) -> list[tuple[int, int]]:
    """Where the question says a difference's word ("少了多少", "增加多少"): a label said only in part there is
    the asking word, never the label."""
    return [(m.start(), m.end()) for w in idx.operations.get("diff", ()) if len(w) >= 3 and w in text
            for m in re.finditer(re.escape(w), text)]


def _qualifier_unsaid(form: str, text: str, s: int, e: int, idx: FactIndex) -> bool:
    """Whether a label is said only by its tail while the head it leaves off is a qualifier of classification items
    ([label_qualifiers]: 行政 of 行政事业单位医疗, 其他 of 其他社会保障和就业支出) that the question does not say: the
    words left name another item of the classification (事业单位医疗), not this one."""
    if e - s < QUALIFIED_TAIL_AT_LEAST or not form.endswith(text[s:e]):
        return False
    head = form[: len(form) - (e - s)].lstrip("0123456789 ")
    return head in idx.label_qualifiers and not text.endswith(head, 0, s)


QUALIFIED_TAIL_AT_LEAST = 3  # (a tail of two characters, 资金 of 其他资金, is a generic word: left to the other steps)


def qualifier_unsaid_in(key: str, text: str, idx: FactIndex) -> bool:
    """Whether a label key is a qualifier and a tail (see _qualifier_unsaid) and the question says the tail but not
    the label whole: a label found by a word of it ("事业", "单位医疗") is then not the one asked."""
    bare = key.lstrip("0123456789 ")
    head = next((q for q in idx.label_qualifiers if bare.startswith(q)), "")
    tail = bare[len(head):]
    return bool(head) and len(tail) >= QUALIFIED_TAIL_AT_LEAST and tail in text and bare not in text


def _not_this_label(fq: FactQuestion, form: str, k: str, text: str, place: tuple[int, int, int], idx: FactIndex,
                    titles, words) -> bool:
    """Whether the words matched at this place name something else than the label (a step of _mentions)."""
    n, s, e = place
    exact = n == len(form) and e - s == n
    if _negated_in_label(form, text, s, e) or text[s:e] != k and k in idx.col_keys and _title_goes_on(k, text, s, e, titles()):
        return True  # "执行数" is not 未执行数; "社区治理资金" says the title's words, not 社区数
    if text[s:e] in idx.place_kind_endings and _note_item(k, idx):
        return True  # "余额前三的乡镇": the kind of rows asked, not the note "乡镇（园区）债务余额为…使用部分"
    if change_column_unasked(k, fq.text, idx):
        return True  # "执行数总计" is the 执行数 column, not 2025年预算数比2024年执行数增减 by the words it shares
    if exact:
        return False
    if e - s == n and _qualifier_unsaid(form, text, s, e, idx):
        return True  # "事业单位医疗" is not 行政事业单位医疗: the label's head qualifier, unsaid, makes it another item
    if text[s:e].isdigit() and (_COMPARED_BEFORE.search(text[:s]) or _BOUND_AFTER.match(text, e)):
        return True  # "超过10的": a number compared, never part of a code (210, 310) said in part
    if e - s == n and _another_place(form, text, s, e, idx):
        return True  # "南麂乡分到多少": 麂乡 of 北麂乡 said after another first character is another place, not held
    if e - s > n and _word_swapped(form, text[s:e]):
        return True  # "用于法律援助的彩票公益金": 法律援 said where the label says 城乡医疗救: another row, not held
    if e - s > n and text[e:e + 1] in ("量", "率") and text[e - 2:e + 1] not in form:
        return True  # "光伏电站年发电量": 发电 across 电站年 ends another thing asked (发电量), not 光伏发电项目
    if e - s > n and "占" in text[s:e] and "占" not in form \
            and 2 * ((_align(form, text[s:text.index("占", s)]) or (0,))[0]) <= n:
        # "中央资金占总规模多少": 资金…规模 said across 占 is a share of two things, not 资金规模 (but
        # "一般公共预算拨款占本年收入…" says 一般公共预算拨款收入 before 占 all but its last word)
        return True
    if (t := re.search(r"合计|总计|小计", text[s:e])) and t.group() not in form:
        return True  # "项目合计执行率" (总的 said) is not 项目预算执行情况: the total said is no gap of it
    if _FILTER_SAID.search(text[s:e]) and _note_item(k, idx):
        return True  # "执行率低于80的有哪些" is a filter, not the note "执行率低于80%的项目须在备注栏说明原因"
    if _count_not_in(form, text, e, idx) or _count_qualified(form, text[s:e], idx):
        return True  # "三支一扶人数" is not “三支一扶”人员到岗及时率: a count asked the label does not say
    if e - s == n < len(form) and form.startswith(text[s:e]) and _own_kind_after(form, text, s, e):
        return True  # "税收收入" is not 税收返还: the question goes on into its own kind of amount where the label goes on
    if e - s == n and _another_word(form, fq.text, s, e, words) or _org_after(fq.text, e) \
            or k not in idx.col_keys and _column_word_after(form, text, e, idx):
        return True  # "雇员经费" is not 人员经费: the question's own word differs where the label's does
    # "小学教育支出": 支出 is the last word of 卫健支出 (卫生健康支出 said short), which names no row
    return form != k and form not in k and e - s == n <= 2 and form.endswith(text[s:e]) \
        and k.endswith(text[s:e]) and not _kind_ending(form, text, n, s, e, idx)


# A column of the change between two others (2025年预算数比2024年执行数增减, 增减额, 增长率), and the words a
# question says a change or a comparison by: without them such a column is never named by the words it shares.
_CHANGE_COLUMN_KEY = re.compile(r"增减|增长|增加|减少|变动|变化|增幅|降幅|升降")
_CHANGE_ASKED = re.compile(r"[增减涨降升变幅比差%％]|多了|少了|多出|少出|百分")
def change_column_unasked(k: str, question: str, idx: FactIndex) -> bool:
    """Whether k is a column of the change between two others (2025年预算数比2024年执行数增减) while the question
    says no change nor comparison: the words it shares with them (执行数, 预算数) name those columns alone."""
    return k in idx.col_keys and bool(_CHANGE_COLUMN_KEY.search(k)) and not _CHANGE_ASKED.search(question)


_FILTER_SAID = re.compile(r"(?:低于|高于|超过|不到|不足|大于|小于|少于|多于|以上|以下)\d")


def _another_place(form: str, text: str, s: int, e: int, idx: FactIndex) -> bool:
    """Whether a place's label (北麂乡, 东山街道) is said only by its end (text[s:e], maybe with the rest of the
    label's end said right after it), right after other characters where its own first ones stand ("南麂乡"): a
    place's name differs from another's in its distinguishing characters, so the question names a place the table
    does not have — never the nearest one's figure."""
    said = text[s:e]
    at = form.find(said)
    if not said or at <= 0:
        return False
    tail = form[at + len(said):]
    whole = said + tail
    endings = {w for ws in idx.place_kind_endings.values() for w in ws}
    if not text.startswith(tail, e) or not any(whole.endswith(w) and len(whole) > len(w) for w in endings):
        return False
    head = form[:at]
    before = text[max(0, s - len(head)):s]
    return len(before) == len(head) and all("\u4e00" <= c <= "\u9fff" for c in before) \
        and all(a != b for a, b in zip(before, head, strict=True))


def _note_item(k: str, idx: FactIndex) -> bool:
    """Whether a label is only an item of a table's note (注 / 说明), a sentence, not a row or column."""
    ids = idx.label_facts.get(k, ())[:50]
    return bool(ids) and all(idx.fact_keys[f][:1] in (("注",), ("说明",)) for f in ids)


def _candidate_keys(grams: set[str], scope: list, idx: FactIndex) -> set[str]:
    """The label keys with a form holding a character pair of the question, of the tables in scope."""
    keys: set[str] = set()
    for g in grams:
        keys |= idx.gram_keys.get(g, set())
    if len(scope) < len(idx.docs):
        in_scope: set[str] = set()
        for d in scope:
            in_scope |= idx.doc_keys.get(d.id, set())
        keys &= in_scope
    return keys


def _column_said_again(later: list[tuple], chosen: list[Mention], text: str, taken: list[tuple[int, int]],
                       idx: FactIndex) -> list[Mention]:
    """"一般公共预算收入总共预算多少": a column's word whose first place was inside a row's label said, said again
    after it (only a label no mention took, at a place nothing took)."""
    out: list[Mention] = []
    for n, q, exact, s, e, k, (s0, e0) in sorted(later, key=lambda x: (-x[0], -x[1], x[3])):
        if n >= 2 and k in idx.col_keys and k not in idx.row_label_keys and not any(k in m.keys for m in chosen + out) \
                and any(m.start <= s0 and e0 <= m.end and m.keys <= idx.row_label_keys and not m.keys & idx.col_keys
                        for m in chosen) and _take(text, taken, s, e):
            out.append(Mention(s, e, {k}, exact, n, q))
    return out


def _tail_after_a_row(form: str, k: str, text: str, n: int, s: int, e: int, idx: FactIndex) -> list[tuple]:
    """"专项债务年末余额": a label's tail said on its own (余额 of 债务余额, its 债务 the row's 专项债务) is a match
    of its own, for when the words its loose span runs over are another label's; [] otherwise."""
    tail = next((t for t in range(min(n, e - s) - 1, 1, -1) if form.endswith(text[e - t:e])), 0)
    if tail and e - s > n and _said_enough(form, text, tail, e - tail, e) and _head_ends_a_row(form[:-tail], text, e - tail, idx):
        return [(tail, tail / len(form), True, e - tail, e, k)]
    return []


def _head_ends_a_row(head: str, text: str, before: int, idx: FactIndex) -> bool:
    """Whether a label's head (债务 of 债务余额) is said, before `before`, as the end of a row label said whole
    (专项债务 in "专项债务年末余额"): the row's words, the label's tail said on its own after them."""
    at = text.rfind(head, 0, before)
    return at >= 0 and any(text[x:at + len(head)] in idx.row_label_keys for x in range(max(0, at - 10), at))


def _tail_left(k: str, text: str, taken: list[tuple[int, int]], s: int, e: int, idx: FactIndex) -> int:
    """Where the part of a column label's span past the words a row label said whole took begins, when that
    part ends the column's label and says enough of it on its own (限额 of 债务限额 in "一般债务限额"); 0 otherwise."""
    cut, row = max(((te, text[ts:te]) for ts, te in taken if ts <= s < te < e), default=(0, ""))
    if not cut or any(cut <= ts < e for ts, te in taken) or row not in idx.row_label_keys or k not in idx.col_keys:
        return 0  # (a row's words, then a column's: "全年实际支出" is no 实际支出 said after a column)
    return cut if k.endswith(text[cut:e]) and _said_enough(k, text, e - cut, cut, e) else 0


def _kind_ending(form: str, text: str, n: int, s: int, e: int, idx: FactIndex) -> bool:
    """A kind of unit said whole ("幼儿园") names every row of that kind, whatever the length of its name."""
    return e - s == n and form.endswith(text[s:e]) and _kind_of_unit(idx, text[s:e])


def _add_mentions(fq: FactQuestion, chosen: list[Mention]) -> None:
    """One label said twice ("评价标准是怎么扣分的": 怎么扣分 is said of 评价标准) is one mention."""
    seen: list[set[str]] = [m.keys for m in fq.mentions]
    for m in chosen:
        if m.keys not in seen:
            seen.append(m.keys)
            fq.mentions.append(m)


_ROW_CODE = re.compile(r"(?<![a-z0-9])[a-z]{1,4}[-]?\d{1,6}(?![a-z0-9])")


def _read_row_codes(fq: FactQuestion, idx: FactIndex, scope: list, taken: list[tuple[int, int]]) -> None:
    """"NY03那个项目", "DP04分多少": a lettered code a row prints before its name (NY03 农村人居环境整治经费)
    names that row; the letters and digits share no two characters with its words."""
    for said in _ROW_CODE.finditer(fq.text):
        code = said.group()
        pattern = re.compile(rf"(?<![a-z0-9]){re.escape(code)}(?![a-z0-9])")
        keys = {k for d in scope for k in idx.doc_keys.get(d.id, ()) if code in k and k not in idx.col_keys
                and pattern.search(k)}
        if keys and _take(fq.text, taken, said.start(), said.end()):
            fq.mentions.append(Mention(said.start(), said.end(), keys, True, len(code), 1.0))


def _spent_as_printed(text: str, scope: list, idx: FactIndex) -> str:
    """"差旅费花了多少" of a 决算: what was spent is the 决算数 of a table that prints no 执行数; "公安局花了多少" of a
    部门预算执行进度表: its running total of what was spent (1-10月累计支出), the one such column its tables print."""
    if _DONE not in text and not _SPENT_VERB.search(text):
        return text  # nothing spent said (most questions): no table's columns to look at
    if not scope or any(_DONE in idx.doc_keys[d.id] for d in scope):
        return text
    if _DONE in text and all(_SPENT in idx.doc_keys[d.id] for d in scope):
        return text.replace(_DONE, _SPENT)
    said = _DONE if _DONE in text else (m.group() if (m := _SPENT_VERB.search(text)) else "")
    # (a column said whole, 上年执行数, is asked as printed; the whole year, 全年实际支出, is no part of it)
    if not said or _WHOLE_YEAR.search(text) or any(_DONE in k for d in scope for k in idx.doc_keys[d.id]):
        return text
    running = {k for d in scope for k in idx.doc_keys[d.id] & idx.col_keys if _RUNNING_SPENT.fullmatch(k)}
    running = {k for k in running if "累计" in k} or running  # (a sheet's 1-10月累计支出 over its parts' 1-10月支出)
    return text.replace(said, running.pop(), 1) if len(running) == 1 else text


# What was spent said as a verb before 多少 ("支出了多少", "用了多少"), and a column adding up what was spent so far
_WHOLE_YEAR = re.compile(r"全年|年度|年底|年末|上年|去年")
_SPENT_VERB = re.compile(r"(?:花了|花掉了|支出了|用了|用掉了)(?=多少)")
_RUNNING_SPENT = re.compile(r"(?:\d{1,2}[-至到]\d{1,2}月)?累计支出|\d{1,2}[-至到]\d{1,2}月支出")


def _reason_of_a_change(fq: FactQuestion, text: str) -> None:
    """"收支为啥比上年增长百分百" / "增长100%": the change said only names what the reason is asked of; the
    year it is compared with is not the year asked."""
    fq.mentions = [m for m in fq.mentions if not (m.start >= 0 and re.fullmatch(r"[\d.]+", text[m.start:m.end])
                                                  and re.search(r"(?:增长|增加|减少|下降|上升|降低|[增减涨降])了?$",
                                                                text[:m.start]))]
    fq.leftover = " ".join(_CHANGE_SAID.sub(" ", fq.leftover).split())
    fq.ops = [op for op in fq.ops if op not in ("diff", "ratio")]
    if re.search(r"(?:比|较|与)(?:上年|去年|上一年)", text):
        fq.relative_year = []


# "执行率低于序时进度多少": one column said above or below another, by how much asked
_BY_HOW_MUCH = re.compile(r"(?:低于|高于|超过|超出|落后于?|领先于?|快于|慢于)$")
_HOW_MUCH_AFTER = re.compile(r"(?:多少|几个?百分点|百分之几)(?:个百分点)?(?:呢|啊)?")


def _by_how_much(fq: FactQuestion, text: str) -> tuple[int, int] | None:
    """The span of the word setting a column said above or below another one said right after it, by how much
    asked ("执行率低于序时进度多少"): their difference, never the two figures alone; None when not so asked."""
    said = sorted((m for m in fq.mentions if m.start >= 0), key=lambda m: m.start)
    for a, b in zip(said, said[1:], strict=False):
        if not a.keys & b.keys and len(text[a.end:b.start]) <= 3 and _HOW_MUCH_AFTER.match(text[b.end:]) \
                and (word := _BY_HOW_MUCH.search(text[a.end:b.start])):
            return a.end + word.start(), a.end + word.end()
    return None


def _plan_said(question: str) -> str:
    """The budget named in words the rate's rewording leaves out ("完成年初预算百分比" -> 执行率)."""
    return next((b for b in _PLANS if b in compact(question)), "")


_BRACKETED_PARTS = re.compile(r"\(([\u4e00-\u9fff]{2,8}(?:[+＋、][\u4e00-\u9fff]{2,8})+)\)")


# A term a table's note gives a figure in brackets ("按序时进度（66.67%）判断"), compared against in a question
# ("执行率低于序时进度"): that figure.
# ("序时进度为75%" says it too)
_NOTE_TERM = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:[（(]\s*(\d+(?:\.\d+)?%)\s*[）)]|(?:为|是)\s*(\d+(?:\.\d+)?%))")
_COMPARED = re.compile(r"(?:不到|不足|低于|少于|小于|未达到|没达到|没到|高于|超过|大于|多于|达到)$")


# A benchmark of progress said with its figure ("执行率低于序时进度75%"): the figure is what is compared against.
_BENCHMARK_WITH_FIGURE = re.compile(r"(不到|不足|低于|少于|小于|未达到|没达到|没到|高于|超过|大于|多于|达到)"
                                    r"(?:序时|时间|时序|计划)?进度(?:的)?(\d+(?:\.\d+)?\s*[%％])")


def _note_terms(idx: FactIndex) -> dict[str, tuple[str, set[int]]]:
    """The terms the tables' notes give a figure (序时进度 → 66.67%), none a label holds; one figure each, and the
    tables whose notes give it."""
    found = idx.__dict__.get("_note_terms")
    if found is None:
        terms: dict[str, tuple[set[str], set[int]]] = {}
        ids = [f for k in ("注", "说明", "备注") for f in idx.label_facts.get(k, ())[:2000]]
        for f in idx.facts(ids):
            for m in _NOTE_TERM.finditer(f["value"] or ""):
                term = re.sub(r"^(?:按照|按|以|即|为|的)", "", m.group(1))
                # (a label holding the term names it, unless it is the note's own words giving the figure)
                if len(term) >= 3 and not any(term in k and not re.search(re.escape(term) + r"(?:为|是)?\d", k)
                                              for k in idx.gram_keys.get(term[:2], ())):
                    figures, docs = terms.setdefault(term, (set(), set()))
                    figures.add(m.group(2) or m.group(3))
                    docs.add(f["document_id"])
        found = idx.__dict__["_note_terms"] = {t: (next(iter(v)), d) for t, (v, d) in terms.items() if len(v) == 1}
    return found


def _note_terms_as_figures(question: str, idx: FactIndex) -> tuple[str, set[int]]:
    """"哪些项目执行率低于序时进度": the term compared against, a figure a note gives it, said as that figure; and
    the tables whose note gives it (the question is of them)."""
    docs: set[int] = set()
    question = _BENCHMARK_WITH_FIGURE.sub(r"\1\2", question)
    for term, (figure, held) in _note_terms(idx).items():
        at = question.find(term)
        if at > 0 and _COMPARED.search(question[:at]):
            question = question[:at] + figure + question[at + len(term):]
            docs |= held
    return question, docs


def _parts_in_brackets(question: str, idx: FactIndex, departments: list[str] | None) -> str:
    """"财政拨款收入（一般公共+基金）合计": the lines the brackets list by their short words, each the one line
    of the department's tables holding the word and ending as the word before the brackets does (…收入);
    the question as it was unless every part is one such line."""
    text = normalize(question)
    m = _BRACKETED_PARTS.search(text)
    if m is None:
        return question
    depts = departments or _departments_in(compact(text[:m.start()]), idx)
    forms = [f for f in idx.dept_forms if f in text[:m.start()] and set(idx.dept_forms[f]) & set(depts)]
    start = max((text.index(f) + len(f) for f in forms), default=0)  # the word before the brackets, after the name
    outer = compact(text[start:m.start()])
    rows = {k for d in depts for doc in idx.dept_docs.get(d, ()) for k in idx.doc_keys.get(doc, ()) if k in idx.row_label_keys}
    if len(outer) < 2 or not rows:
        return question
    full = []
    for part in re.split(r"[+＋、]", m.group(1)):
        found = [k for k in rows if part in k and k.endswith(outer[-2:]) and not _is_total(k)]
        if len(found) != 1:
            return question
        full.append(found[0])
    return text[:start] + "和".join(full) + text[m.end():]


def _leftover_beside(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """Words left over that the rows beside them explain; a label's words said again with a bound ("哪些单位有
    空编 空编大于五个的": the condition restated) add nothing."""
    if fq.leftover:
        _words_beside_rows(fq, text, idx)
    if fq.leftover:
        _words_of_column_group(fq, text, idx)
    if fq.leftover and fq.cmp in ("gt", "lt", "eq", "ne") and fq.number is not None:
        said = {text[m.start:m.end] for m in fq.mentions if m.start >= 0 and m.exact}
        fq.leftover = " ".join(w for w in fq.leftover.split() if w not in said or text.count(w) < 2)


def _word_into_a_label(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"高等教育支出多少": a word of the question (高等教育) that begins before a label said whole (教育支出) and runs
    into it, its first characters left over in part (等; 高 read as a filler), names something the label does not:
    those characters are said whole (高等), a qualifier the table may not print."""
    left = set(fq.leftover.replace(" ", ""))
    if not left:
        return
    for s, e in _word_spans(text, idx):
        m = next((m for m in fq.mentions if m.exact and s < m.start < e), None)
        head = text[s:m.start] if m is not None else ""
        if m is None or len(head) < 2 or not set(head) & left or text[s:e] in idx.label_text \
                or not re.fullmatch(r"[\u4e00-\u9fff]+", head):
            continue
        kept = [w for w in fq.leftover.split() if w not in head]
        fq.leftover = " ".join([*kept, head])


def _other_not_said(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"国有土地出让收入安排的支出" fitting both 21208国有土地使用权出让收入安排的支出 and the residual line under
    it, 2120899其他国有土地使用权出让收入安排的支出: a 其他 line is not named unless 其他 is said."""
    for m in fq.mentions:
        said = text[m.start:m.end] if m.start >= 0 else ""
        kept = {k for k in m.keys if "其他" not in k}
        if said and "其他" not in said and kept and len(kept) < len(m.keys):
            m.keys = kept
        elif said and "其他" not in said and m.keys and not kept:
            _title_then_line(m, said, idx)


def _title_then_line(m: Mention, said: str, idx: FactIndex) -> None:
    """"政府性基金债务付息支出" fitting only the residual 2320498其他政府性基金债务付息支出: when the words said are
    the title of a table (政府性基金预算支出表) and then a line of that very table said whole (232债务付息支出),
    they name that line — the 其他 line, not said, is the remainder beside it."""
    for cut in range(2, len(said) - 2):
        head, line = said[:cut], said[cut:]
        keys = {k for k in set(idx.gram_keys.get(line[:2], ())) & idx.row_label_keys if re.sub(r"^\d+", "", k) == line
                and any(head in compact(idx.docs[idx.fact_doc[f]].form) for f in idx.label_facts.get(k, ()))}
        if keys:
            m.keys, m.exact, m.quality = keys, True, 1.0  # (the title words are explained by the table)
            return


def _words_of_column_group(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"特困供养人数" of a column 保障对象人数 › 特困供养: a word left over right after a column said by its own
    label, that the header of the group it stands under holds (人数 of 保障对象人数), says that group — it is
    explained, not a part the table lacks."""
    cols = [m for m in fq.mentions if m.start >= 0 and m.keys and m.keys <= idx.col_keys]
    for w in fq.leftover.split():
        at = text.find(w)
        if len(w) < 2 or at < 0:
            continue
        for m in cols:
            if not 0 <= at - m.end <= 1:
                continue
            if (sibling := _sibling_of_the_period(text, m, at, w, idx)):
                # ("年末结转和结余": the period's end said once for both, 年末结余 the column beside 年末结转)
                fq.mentions = sorted([*fq.mentions, Mention(at, at + len(w), {sibling}, True, len(w), 1.0)],
                                     key=lambda x: x.start)
                fq.leftover = " ".join(x for x in fq.leftover.split() if x != w)
                break
            groups = [[label_key(c) for c in (f["col_labels"] or "").split(query.FACT_SEP)[:-1]]
                      for f in idx.facts([x for k in m.keys for x in idx.label_facts.get(k, ())[:40]])]
            if groups and all(any(w in g for g in heads) for heads in groups):
                fq.leftover = " ".join(x for x in fq.leftover.split() if x != w)
                break


def _sibling_of_the_period(text: str, m: Mention, at: int, word: str, idx: FactIndex) -> str:
    """The column a word joined after a column said with its period's end names with that end put before it (年末结转
    和结余: 年末结余), when the table has it; "" otherwise."""
    head = _PERIOD_END.match(text, m.start)
    if head is None or not _JOINED_PARTS.fullmatch(text[m.start:at + len(word)]):
        return ""
    sibling = label_key(head.group() + word)
    return sibling if sibling in idx.col_keys and sibling not in m.keys else ""


def _bare_word_as_its_total(fq: FactQuestion, text: str) -> None:
    """"三中和实验中学支出加起来" of a table with 支出合计 and 其他支出 columns: a bare word no label is, said
    where a label is that word's total (支出 -> 支出合计), is that total, not every label holding the word."""
    for m in fq.mentions:
        word = text[m.start:m.end] if m.start >= 0 else ""
        if len(m.keys) < 2 or len(word) < 2 or word in m.keys:
            continue
        total = [word + w for w in ("合计", "总计") if word + w in m.keys]
        if len(total) == 1:
            m.keys = set(total)


def _bare_flow_as_its_total(fq: FactQuestion, text: str, scope: list, idx: FactIndex) -> None:
    """"群众文化收入多少" of a 收入决算表 by 科目 (本年收入合计 | 财政拨款收入 | … | 其他收入): a flow said bare after a row
    or a department (收入, 支出), read as a part of one column holding the word (其他收入), is the flow's total column
    the tables asked print (本年收入合计, 收入合计), never that part."""
    flows = flow_words(getattr(idx, "vocab_path", ""))
    for m in fq.mentions:
        word = text[m.start:m.end] if m.start >= 0 else ""
        if word not in flows or word in m.keys or len(fq.mentions) < 2 and not fq.departments:
            continue
        total = re.compile(rf"^(?:本年)?{word}(?:合计|总计)$")
        held = {k for d in scope for k in idx.doc_keys.get(d.id, ()) if total.match(k) and k in idx.col_keys}
        if held:
            m.keys = held


_GROUP_TOTALS = ("合计", "小计", "总计")
# A date printed before a cumulative label ("截至2024年底累计完成投资").
_AS_OF_PRINTED = re.compile(r"(?:截至|截止到?|到)(?P<year>(?:19|20)\d\d)年度?(?:底|末|年底|年末)?")


def _title_word_said(text: str, m: Mention, form: str) -> tuple[int, str]:
    """The longest run of the table's title that ends where the mention ends and covers it ("一般性转移支付" of
    a mention 性转移支付): where it starts and what it says ("" when the title does not hold the mention)."""
    for start in range(0, m.start + 1):
        if text[start:m.end] in form:
            return start, text[start:m.end]
    return -1, ""


def _one_doc_of_labels(idx: FactIndex, keys: set[str]) -> int | None:
    """The one table holding the first 200 facts of each label (None when they are of several, or none): the
    first other table met ends the look (a column label of every department's table, 2024年预算数, at once)."""
    facts = (f for k in sorted(keys) for f in idx.label_facts.get(k, ())[:200])
    first = next(facts, None)
    if first is None:
        return None
    doc = idx.fact_doc[first]
    return None if any(idx.fact_doc[f] != doc for f in facts) else doc


def _title_word_as_group_total(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"云岭镇转移支付多少" of a 一般性转移支付 table whose 2025年预算数 columns are 合计 / 均衡性转移支付 / 农村综合改革转移支付
    …: the table's own subject, said by a word its title holds, fitting several columns of one group (or
    none whole: 一般性转移支付 is no 均衡性转移支付), is that group's 合计 column — never the columns that happen to
    share the word. A qualifier said right before it that nothing explains (专项转移支付) is one the table
    does not have: it stays in the leftover, whole."""
    subjects = []
    for m in fq.mentions:
        if m.start < 0 or not m.keys or not m.keys <= idx.col_keys:
            continue
        if (doc := _one_doc_of_labels(idx, m.keys)) is None or doc not in idx.docs:
            continue
        fids = [f for k in sorted(m.keys) for f in idx.label_facts.get(k, ())[:200]]  # (sorted: the same answer in every process)
        start, word = _title_word_said(text, m, compact(idx.docs[doc].form or ""))
        if len(word) < 2 or (len(m.keys) < 2 and any(word in k for k in m.keys)):
            continue
        # (the word fits columns of several groups, or none: the table's own total column, 合计 beside them —
        # unless another of its columns is said, "转移支付增幅最大": then the word only names the table)
        # (a year or a period said picks its own column: never the total of them)
        dated = bool(fq.years or fq.relative_year or fq.period or fq.periods or fq.months)
        if (whole := "" if dated else subject_whole(idx, doc, m.keys)) and _other_column_said(fq, m, idx, doc, whole):
            subjects.append(m)
            continue
        if (counted := _counted_column_said(idx, fids, word)) is not None:
            m.keys = counted  # "哪个学校学生最多": 学生 counted, never the 合计 of the money (合计（万元）)
            continue
        total = whole or _group_total_column(idx, doc, fids)
        if not total or _total_row_named(fq, m, idx, doc, total):
            continue
        # (the kind of the rows asked, "12个乡的转移支付", qualifies no column)
        before = [w for w in fq.leftover.split() if 0 <= start - (text.rfind(w, 0, start) + len(w)) <= 1
                  and text.rfind(w, 0, start) >= 0 and w.removesuffix("的") not in idx.entity_kinds]
        if before:
            qualifier = text[text.rfind(before[-1], 0, start):start]
            fq.leftover = " ".join(w for w in fq.leftover.split() if w not in before) + " " + qualifier
            fq.leftover = fq.leftover.strip()
            continue
        m.keys, m.exact = {total}, True
        fq.subject_docs = fq.subject_docs or {doc}
    for m in subjects:
        fq.mentions.remove(m)
        fq.subject_docs = fq.subject_docs or {_one_doc_of_labels(idx, m.keys) or 0} - {0}


def _other_column_said(fq: FactQuestion, m: Mention, idx: FactIndex, doc: int, whole: str) -> bool:
    """Whether another mention names a column of the table other than its total (增减率 beside 转移支付)."""
    return any(o is not m and o.start >= 0 and o.keys and o.keys <= idx.col_keys and not o.keys <= {whole, *_GROUP_TOTALS}
               and any(idx.fact_doc[f] == doc for k in o.keys for f in idx.label_facts.get(k, ())[:200])
               for o in fq.mentions)


_WITHIN = re.compile(r"(?:里面|里头|当中|其中|里|中)(?:的)?")


def _part_said_within_its_group(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"王阜乡一般性转移支付里均衡性多少": a group of columns said whole, then 里 / 中 / 其中 / 的 and a word left over
    that is part of the label of exactly one column under that group (其中：均衡性转移支付): that column is asked."""
    for m in [m for m in fq.mentions if m.start >= 0 and m.keys and m.keys <= idx.col_keys]:
        within = _WITHIN.match(text, m.end) or re.compile("的").match(text, m.end)
        word = next((w for w in fq.leftover.split() if within and len(w) >= 2 and text.startswith(w, within.end())), "")
        if not word:
            continue
        subs = {k for g in m.keys for f in idx.label_facts.get(g, ())[:400] for k in _columns_under(idx, f, g) if word in k}
        if len(subs) == 1:
            at = within.end() if within else m.end
            fq.mentions.append(Mention(at, at + len(word), subs, True, len(word), len(word) / len(next(iter(subs)))))
            fq.mentions.sort(key=lambda x: x.start)
            fq.leftover = " ".join(w for w in fq.leftover.split() if w != word)


def _columns_under(idx: FactIndex, f: int, group: str) -> tuple[str, ...]:
    """The column keys of a fact under the group's key ((), when the group is none of its columns)."""
    keys = idx.fact_keys[f][idx.fact_nrows[f]:]
    return keys[keys.index(group) + 1:] if group in keys else ()


def _part_of_another_table(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"清水镇均衡性转移支付里教育部分多少": a part said within a label (…里 / …中) that only another table's label
    resembles (教育支出) is a part this table does not split that label into — said so, never dropped to
    answer the whole."""
    said = sorted((m for m in fq.mentions if m.start >= 0), key=lambda m: m.start)
    for a, b in zip(said, said[1:], strict=False):
        if b.exact or not _WITHIN.fullmatch(text[a.end:b.start]):
            continue
        docs = {idx.fact_doc[f] for k in a.keys for f in idx.label_facts.get(k, ())[:200]}
        if docs and not any(idx.fact_doc[f] in docs for k in b.keys for f in idx.label_facts.get(k, ())[:2000]):
            fq.mentions.remove(b)
            fq.leftover = (fq.leftover + " " + text[b.start:b.end]).strip()


def _total_row_named(fq: FactQuestion, m: Mention, idx: FactIndex, doc: int, total: str) -> bool:
    """Whether another label said names a row of the table that carries the total's word itself ("事业单位编制小计":
    事业单位 › 小计 is a row): the total key would then name that row's cells too, not the column alone."""
    for o in fq.mentions:
        if o is m or o.start < 0 or o.keys <= set(_GROUP_TOTALS):  # (合计 said itself: the total asked)
            continue
        held = [f for k in o.keys for f in idx.label_facts.get(k, ())[:400] if idx.fact_doc[f] == doc]
        if any(total in (rows := idx.row_keys(f)) and rows & o.keys for f in held):
            return True
    return False


def _counted_column_said(idx: FactIndex, fids: list[int], word: str) -> set[str] | None:
    """A title's word whose columns, by their own header, all count (在校学生数（人）, 资助学生人数（人）: 学生 of a
    学生资助资金预算表), none in money: what is counted, not the money's 合计 — the one such column printed under no
    group header (资助学生人数 is under 学生资助); None when the word names money, or several or no such column
    stand alone (编制 of 核定编制数 › 行政编制 / 事业编制: the group's total, read as before)."""
    facts = [f for f in idx.facts(fids[:200])
             if word in label_key([x for x in (f["col_labels"] or "").split(query.FACT_SEP) if x][-1] if f["col_labels"] else "")]
    if not facts or any((f["unit"] or "") in _MONEY_UNITS or not f["unit"] for f in facts):
        return None
    cols = {f["col_labels"] or "" for f in facts}
    top = {label_key(c.strip(query.FACT_SEP)) for c in cols if len([x for x in c.split(query.FACT_SEP) if x]) == 1}
    return top if len(top) == 1 else None


_MONEY_UNITS = ("元", "千元", "万元", "亿元")


def _group_total_column(idx: FactIndex, doc: int, fids: list[int]) -> str:
    """The key of the 合计 column of the one column group these facts stand under ("" when their columns are
    of no one group, or it prints no total)."""
    parents = {tuple(label_key(c) for c in (f["col_labels"] or "").split(query.FACT_SEP)[:-1])
               for f in idx.facts(fids[:40])}
    if len(parents) != 1 or not (parent := next(iter(parents))):
        return ""
    for total in _GROUP_TOTALS:
        held = [f for f in idx.label_facts.get(total, ()) if idx.fact_doc[f] == doc][:400]
        cols = [[label_key(c) for c in (f["col_labels"] or "").split(query.FACT_SEP)] for f in idx.facts(held)]
        groups = {tuple(c[:-1]) for c in cols if c[-1] == total}
        if groups == {parent}:  # (the key alone says that column: no other group of the table prints a 合计)
            return total
    return ""


# "少花了多少": what was not spent of the plan, asked as "没花掉多少" is (not 花了 = 决算 with 少 left over).
_USE_ASKED = Words("value_rows", r"(?:{use_asked})(?=[\u4e00-\u9fff]{2,12}(?:的)?(?:吗|呢)?$)")


def _use_said_plainly(text: str, idx: FactIndex) -> str:
    """"哪笔资金是管农村公路的": the words a row's use column holds asked by what it looks after — said as "用途是"
    (as "哪笔资金用途是农村公路的" reads), where some table prints a column of uses (主要用途, 资金用途)."""
    if not idx.read_once("_use_columns", "", lambda: any(k.endswith("用途") for k in idx.col_keys)):
        return text
    return _USE_ASKED.sub("用途是", text)


def _said_plainly(text: str) -> str:
    """"一季度花钱最多的": what was spent in the period; "宅基地那个项目累计花了多少": the row said, then pointed at
    as a 项目 (the pointer names nothing more)."""
    return _NOTHING_DONE.sub("完成比例为0", _ROW_POINTED.sub("", _PERIOD_MONEY.sub(r"\1支出", text)))



# "执行率和序时进度差多少": two columns said, then 差 asking their gap
# "资助了多少学生": a verb, 多少, the thing counted — together the words of a count column's header (资助学生人数)
_VERB_COUNT = re.compile(r"([\u4e00-\u9fff]{2})了?(?:多少|几)(?:个|名|位)?([\u4e00-\u9fff]{2})")


_COUNT_TAIL = Words("column_verbs", "(?:{count_words:longest})?次?数")


def _count_columns_by_head(idx: FactIndex) -> dict[str, dict[str, frozenset[int]]]:
    """The count columns of the index by their first four characters (资助 + 学生 of 资助学生人数): those whose
    header goes on with a count word and 数 alone (人数, 户数, 人次数) — each with the tables printing it. Read once
    per index."""
    out: dict[str, dict[str, frozenset[int]]] = {}
    key_docs = idx.key_docs()
    for k in idx.col_keys:
        if len(k) > 4 and _COUNT_TAIL.fullmatch(k[4:]):
            out.setdefault(k[:4], {})[k] = frozenset(key_docs.get(k, ()))
    return out


def _count_said_by_its_verb(text: str, idx: FactIndex, departments: list[str] | None = None) -> str:
    """"职教中心资助了多少学生": the verb and the thing counted said around 多少 are the one count column whose header
    begins with them both (资助学生人数) among the tables of the departments in scope (given, or said): said as that
    header, asked (资助学生人数多少) — never the verb's money column (资助资金) beside the thing's other count (在校学生数).
    Money said after 多少 ("发放了多少补助") is money asked, never a count column beginning with its words (发放补助人数)."""
    matches = list(_VERB_COUNT.finditer(text))
    if not matches:
        return text
    heads = idx.read_once("_count_cols_by_head4", None, lambda: _count_columns_by_head(idx))
    scope: frozenset[int] | None = None
    for m in reversed(matches):
        start = m.group(1) + m.group(2)
        if start not in heads or any(m.group(2).endswith(w) for w in idx.money_endings()):
            continue
        if scope is None:
            depts = set(departments or ()) | {d for f in idx.dept_forms_said(text) for d in idx.dept_forms.get(f, ())}
            scope = frozenset(d for g in depts for d in idx.dept_docs.get(g, ())) if depts else frozenset(idx.docs)
        fits = {k for k, docs in heads[start].items() if docs & scope}
        if len(fits) == 1:
            text = text[:m.start()] + next(iter(fits)) + "多少" + text[m.end():]
    return text


_TWO_THEN_GAP = re.compile(r"(?<=[和与跟同])([\u4e00-\u9fff]{2,8}?)差(?=多少|几)")


def _gap_of_two_said(text: str, idx: FactIndex) -> str:
    """"执行率和序时进度差多少" of a table printing 与序时进度差 beside 序时进度: the gap of the two columns said (相差),
    never the printed 与序时进度差 column set against the first."""
    for m in reversed(list(_TWO_THEN_GAP.finditer(text))):
        before = text[:m.start() - 1]
        if m.group(1) in idx.col_keys and any(k.endswith(m.group(1) + "差") for k in idx.col_keys if len(k) <= 12) \
                and any(before.endswith(k) for k in (before[-n:] for n in range(2, 9)) if k in idx.col_keys):
            text = text[:m.end(1)] + "相" + text[m.end(1):]
    return text


# "一分钱没完成", "一分钱都没投": nothing done of the plan, its completion rate 0
_NOTHING_DONE = re.compile(r"一分钱(?:都|也)?(?:还)?(?:没有|没|未)(?:完成|投资|投|到位)(?:投资)?")
_ROW_POINTED = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:那个|这个)项目(?=[\u4e00-\u9fff]{2})")
_PERIOD_MONEY = re.compile(r"((?:第?[一二三四])季度|[上下]半年)(?:花钱|花的钱|用钱|用的钱)")
_LESS_SPENT = re.compile(r"少花(?:了|掉)?(?=多少)")


def read_question(question: str, idx: FactIndex, departments: list[str] | None = None,
                  force: bool = False) -> FactQuestion:
    """The question's parts (_read_question); a word left over that is a label's word with one character typed
    by another of its sound ("路灯该造工程" of 路灯改造工程) read again as that word, when one label's word it is."""
    fq = _read_question(question, idx, departments, force)
    if fq.leftover and (typed := _word_typed_by_sound(fq, idx)) is not None:
        said, meant = typed
        again = _read_question(question.replace(said, meant, 1), idx, departments, force)
        if not again.leftover:
            return again
    return fq


TYPED_WORD_CHARS = (1, 8)  # a word left over this long may be a label's word mistyped by sound (one character:
# only glued to a label said in part)
TYPED_CANDIDATES_AT_MOST = 200  # label keys holding the rest of the words said: more is a common phrase


def _word_typed_by_sound(fq: FactQuestion, idx: FactIndex) -> tuple[str, str] | None:
    """(the word said, the label's word meant) when the one word left over, with the label said in part right
    beside it ("路灯该造" + 工程), differs from words of the labels in one character only, of the same sound (该 for
    改, a pinyin slip) — and all such labels agree on the word meant; None otherwise (two words meant: no
    guess)."""
    from bot.language.lexicon import sounds_alike

    words = fq.leftover.split()
    if len(words) != 1 or not TYPED_WORD_CHARS[0] <= len(words[0]) <= TYPED_WORD_CHARS[1] \
            or not re.fullmatch(r"[\u4e00-\u9fff]+", words[0]) or fq.text.count(words[0]) != 1:
        return None
    word = words[0]
    at = fq.text.index(word)
    lo, hi = at, at + len(word)
    for m in fq.mentions:  # (the labels said in part beside it: the phrase a key must hold, with either or both)
        if m.start == hi and m.quality < 1:
            hi = m.end
        elif m.end == lo and m.quality < 1:
            lo = m.start
    if hi - lo < 3:
        return None  # (too little said to tell a slip from another word)
    meant: set[str] = set()
    for a, b in {(lo, hi), (at, hi), (lo, at + len(word))}:
        meant |= _meant_by_sound(fq.text[a:b], at - a, len(word), idx, sounds_alike)
    return (word, meant.pop()) if len(meant) == 1 else None


def _meant_by_sound(phrase: str, off: int, size: int, idx: FactIndex, alike: Callable[[str, str], bool]) -> set[str]:
    """The words (phrase[off:off + size] as the labels print them) of the labels holding the phrase with one
    character of that word replaced by another of its sound."""
    meant: set[str] = set()
    for i in range(off, off + size):
        grams = [phrase[j:j + 2] for j in range(len(phrase) - 1) if j + 1 < i or j > i]
        if not grams:
            continue
        keys = set.intersection(*(idx.gram_keys.get(g, set()) for g in grams))
        if len(keys) > TYPED_CANDIDATES_AT_MOST:
            continue
        for k in keys:
            for form in idx.key_forms.get(k, ()):
                for j in range(len(form) - len(phrase) + 1):
                    piece = form[j:j + len(phrase)]
                    if piece[i] != phrase[i] and piece[:i] == phrase[:i] and piece[i + 1:] == phrase[i + 1:] \
                            and alike(piece[i], phrase[i]):
                        meant.add(piece[off:off + size])
    return meant


def _read_question(question: str, idx: FactIndex, departments: list[str] | None = None,
                   force: bool = False) -> FactQuestion:
    """The question's parts, each step claiming the characters it explains: departments, years, the
    arithmetic asked in words (还剩多少没执行, 人均), the table's subject and printed values, the labels,
    rates and operations; what no step explains is the leftover."""
    question, noted = _note_terms_as_figures(idx.names_said_long(question), idx)
    question = _LESS_SPENT.sub("没花掉", _parts_in_brackets(question, idx, departments))
    said = names_with_years(compact(question.replace("％", "%")), year_led_names(idx, idx.conn))
    text = _change_rate_said(_canonical(said, idx, departments), idx, departments)
    text = _change_ranked_said(text, idx, departments)
    text = _gap_of_two_said(_use_said_plainly(_said_plainly(_CHANGE_SAID_TWICE.sub(r"\1了多少", text)), idx), idx)
    text = _owner_said_as_printed(_count_said_by_its_verb(text, idx, departments), idx)
    fq = FactQuestion(text, departments=list(departments or []), plan=_plan_said(question))
    fq.change = _change_direction(compact(question))
    fq.subject_docs, fq.table_said = set(noted), bool(noted)  # (the tables whose note gives the term compared)
    taken: list[tuple[int, int]] = []
    _read_departments(fq, text, taken, idx)
    _bureau_before_its_project(fq, text, taken, idx)
    _read_years(fq, text, taken, idx)
    _read_own_project(fq, text, taken, idx)
    _read_one_project_named(fq, text, taken, idx, compact(question))
    _read_adjusted(fq, text, taken, idx)  # before 减幅 of "调减幅度" is read as a change's rate
    _read_growth(fq, text, taken, idx)
    _read_place(fq, text, taken)
    _read_asked_arithmetic(fq, text, taken, idx)
    soft = _read_text_asked(fq, text, taken, idx)
    if force:
        fq.departments, fq.foreign_org = list(departments or []), False
    _read_subjects_and_values(fq, text, taken, idx)
    _budget_kind_said(fq, text, taken, idx)
    _rows_of_a_place_kind(fq, text, idx)
    # Label mentions, among the labels of the departments asked about (all when none is named).
    scope = [idx.docs[d] for dept in fq.departments for d in idx.dept_docs.get(dept, ())] \
        if fq.departments else idx.all_docs()
    scope = [d for d in scope if d.id in fq.subject_docs] if fq.subject_docs else _of_years_said(fq, scope, idx)
    text = fq.text = _spent_as_actual(_spent_as_printed(text, scope, idx), fq, scope, idx)
    _read_total_words(fq, text, taken, scope, idx)
    if fq.table_said:  # "监控表里哪些项目…": the labels of the tables named by their kind (among the department's)
        wide = [idx.docs[d] for dept in fq.departments for d in idx.dept_docs.get(dept, ())] \
            if fq.departments else idx.all_docs()
        scope = [d for d in wide if d.id in fq.subject_docs] or scope
    _read_level(fq, text, taken)  # before the labels: "项级科目" is no 科目名称
    _row_kind_said(text, taken, idx)
    _rows_by_title_noun(fq, text, taken, idx)
    _labels_said(fq, text, taken, scope, idx, soft)
    _column_of_the_period(fq, text, scope, idx)
    _bracket_said_after_row(fq, text, idx)
    _system_of_a_group(fq, text, taken, idx)
    _counted_noun_said(fq, question, text, taken, scope, idx)
    _age_said(fq, text, taken, scope, idx)
    _drop_other_numbers(fq, text, taken, idx)
    _read_sheet_years(fq, text, taken, scope, idx)
    _column_word_of_one_year(fq, text, idx)
    _words_of_the_labels_read(fq, text, scope, idx)
    _other_not_said(fq, text, idx)
    _read_beside_the_labels(fq, question, text, taken, scope, idx)
    _department_whole_said(fq, text, scope, idx)
    _place_of_the_table_said(fq, idx)
    _noun_of_the_rows_filtered(fq, text, idx)
    return fq


def _words_of_the_labels_read(fq: FactQuestion, text: str, scope: list, idx: FactIndex) -> None:
    """The passes that correct the labels read, in order: a title's words that are no column nor a longer row's
    name, the sub-columns said, a bare word or flow said as its own total."""
    _title_word_not_a_column(fq, text, scope, idx)
    _title_words_not_a_longer_row(fq, text, scope)
    _read_sub_columns(fq, text, idx)
    _bare_word_as_its_total(fq, text)
    _bare_flow_as_its_total(fq, text, scope, idx)


# "…超过2.3的项目有哪些": the noun after 的 names the rows listed, right before the asking words.
_ROWS_NOUN = Words("parts", r"的({row_nouns})(?=(?:都|还)?(?:有|是)?(?:哪些|哪几个|哪几项|哪个|几个|多少个)$)")


def _noun_of_the_rows_filtered(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"发行利率超过2.3的项目有哪些": with a bound said (fq.cmp), the noun of the rows listed (项目) is what is
    listed, never a label narrowing the rows (those whose names hold 项目, or another table's 项目 column): every row
    is checked against the bound."""
    said = _ROWS_NOUN.search(text) if fq.cmp else None
    if said is None or not any(m.keys and m.keys <= idx.col_keys for m in fq.mentions if (m.start, m.end) != said.span(1)):
        return  # (the bound's column said: 发行利率; else the noun may be what ties the question to its table)
    fq.mentions = [m for m in fq.mentions if (m.start, m.end) != said.span(1)]


def _column_word_of_one_year(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"公务接待费2026年比2024年决算多多少": a column's word said right after one of two years (决算 of 2024年决算数)
    is that year's column, which the year said already picks — never a column every figure compared must be
    under (the other year's 2026年预算数 would be left out)."""
    if len(set(fq.years)) < 2:
        return
    for m in list(fq.mentions):
        heads = {k[:4] for k in m.keys if re.match(r"(?:19|20)\d\d年", k)}
        if m.start < 0 or len(heads) != 1 or len(heads) != len({k[:4] for k in m.keys}) or not m.keys <= idx.col_keys:
            continue
        year = heads.pop()
        if int(year) in fq.years and re.search(rf"(?:{year}|{year[2:]})年度?$", text[:m.start]):
            fq.mentions.remove(m)


_PLACE_OF_NAME = re.compile(r"^.{1,6}?[省市县区州旗](?=.{3})")


def _of_years_said(fq: FactQuestion, scope: list, idx: FactIndex) -> list:
    """The tables whose labels a question saying years is read against: not one of a year before every year said
    that prints none of them ("25年项目支出预算比决算多多少": never a 2020 申报表's 项目支出明细预算), when no department
    is named; a table of a later year (a 2026 budget's 2025年执行数 column) or of no year stays. All of them when none would be left."""
    if not fq.years or fq.departments:
        return scope  # (a department named: its own tables' years are read as they are, 没有2025年的数据)
    first, said = min(fq.years), {str(y) for y in fq.years}
    # (a table of a department the question names, by its name without its place, 广汉农业农村局: kept)
    kept = [d for d in scope if not d.year or d.year >= first or d.department and _PLACE_OF_NAME.sub("", d.department) in fq.text
            or any(y in k for k in idx.doc_keys.get(d.id, ()) for y in said)]
    return kept or scope


# Readings kept per fact index: a turn builds several answerers, each reading the question again (about half
# of a turn's readings were of a text read a moment before, at ~0.8 ms each). read_question depends on the
# text and the index alone, so a kept reading is the same; each caller gets its own copy to change.
_READINGS: weakref.WeakKeyDictionary[FactIndex, dict[str, FactQuestion]] = weakref.WeakKeyDictionary()
_READINGS_KEPT = 256
_READINGS_LOCK = threading.Lock()


def reading_of(question: str, idx: FactIndex) -> FactQuestion:
    """read_question(question, idx), kept for the index's later readings of the same text: a copy."""
    with _READINGS_LOCK:
        fq = _READINGS.setdefault(idx, {}).get(question)
    if fq is None:
        fq = read_question(question, idx)
        with _READINGS_LOCK:
            kept = _READINGS.setdefault(idx, {})
            kept[question] = fq
            if len(kept) > _READINGS_KEPT:
                del kept[next(iter(kept))]  # the oldest
    return copy.deepcopy(fq)


_WHOLE_WORD = re.compile(r"一共|总共|合计|共计|总计|加起来|总额")
# "X局2026年安排多少": nothing of the table said but how much (an amount verb at most)
_AMOUNT_ONLY = re.compile(r"(?:计划安排|安排|下达|拨付|规划|预算|经费|资金)?了?(?:多少|几多)(?:钱|万元|万)?")


def _department_whole_said(fq: FactQuestion, text: str, scope: list, idx: FactIndex) -> None:
    """"X局2027年一共多少" naming one department and nothing of its table: the table's own 合计 (总计) line, when
    X's one table is a general table printing one (no project table's total to give instead)."""
    m = _WHOLE_WORD.search(text) if "sum" in fq.ops else None
    m = m or (_AMOUNT_ONLY.search(text) if not fq.ops and _AMOUNT_ONLY.fullmatch(compact(fq.rest)) else None)
    if m is None or fq.mentions or len(fq.departments) != 1 or not fq.dept_spans or len(scope) != 1 \
            or scope[0].layout != "general-table":
        return  # (a department carried by the conversation: the row talked about is asked, never the 合计)
    lines: set[str] = {k for k in ("合计", "总计") if k in idx.doc_keys.get(scope[0].id, ()) and k in idx.row_label_keys}
    if len(lines) == 1:
        fq.mentions.append(Mention(m.start(), m.end(), lines, True, m.end() - m.start()))
        if fq.leftover and fq.leftover in m.group():
            fq.leftover = ""  # (计划 of 计划安排: the amount verb, said)


def _read_beside_the_labels(fq: FactQuestion, question: str, text: str, taken: list[tuple[int, int]], scope: list,
                            idx: FactIndex) -> None:
    """After the labels: what they leave (shares, parts of a column, row nouns, the rest), in order."""
    fq.mentions.sort(key=lambda m: m.start)
    _share_said_as_a_label(fq, text, idx)
    _parts_of_a_column(fq, text, idx)
    if len(fq.mentions) >= 2:
        fq.mentions = _without_row_nouns(fq.mentions, text, idx)
        fq.mentions = _without_generic_tails(fq.mentions, text, idx)
    _total_of_rows_said_together(fq, text, idx)
    _group_column_total(fq, text, idx)
    _rows_said_added(fq, text, taken, idx)
    _read_asked_of_labels(fq, question, text, taken, scope, idx)
    _share_column_said_as_whole(fq, text, idx)
    _column_said_again_as_whole(fq, text, taken, idx)
    _kind_word_after_a_group(fq, text, taken, idx)
    _read_rest(fq, text, taken, scope, idx)
    _bracket_word_as_rows(fq, text, idx)
    _bare_counted_noun(fq, text, taken, idx)
    _read_measure(fq, text, idx)  # (and "买几辆": the verb of a quantity asked is no label of its own)
    _leftover_beside(fq, text, idx)
    _word_into_a_label(fq, text, idx)
    if fq.leftover:
        _words_beside_rows(fq, text, idx)
        _bracket_words_said(fq, idx)
    _read_after_labels(fq, text, scope, idx)
    _part_said_within_its_group(fq, text, idx)
    _title_word_as_group_total(fq, text, idx)
    _part_of_another_table(fq, text, idx)
    _whole_named_again_inside(fq, text)
    _char_between_labels(fq, text, idx)
    _char_swapped_in_a_label(fq, text, compact(normalize(question)), _reading(idx)["asking_chars"])


_INSIDE = re.compile(r"的?(?:里|里面|里头|中|当中|之中|其中)的?")


def _whole_named_again_inside(fq: FactQuestion, text: str) -> None:
    """"工伤基金里一次性伤残补助金支出": a label said in part (伤残, of 工伤伤残保险基金) inside the label just named
    (工伤基金, then 里), a character left over glued right after it (金): the words name a part of the whole that
    the table does not split (伤残补助金), never the whole named twice — they are the word left over, and the
    label read inside them is dropped (so the whole is not answered for its part)."""
    words = fq.leftover.split()
    said = sorted((m for m in fq.mentions if m.start >= 0), key=lambda m: m.start)
    for a, b in zip(said, said[1:], strict=False):
        gap = _INSIDE.match(text, a.end)
        glued = text[b.end:b.end + 1]
        if gap is None or b.exact and b.quality >= 1 or not (a.keys & b.keys) or glued not in words \
                or _FILLER.fullmatch(glued) or fq.rest[b.end:b.end + 1] != glued:
            continue
        phrase = text[gap.end():b.end + 1]
        fq.mentions.remove(b)
        fq.leftover = " ".join([*(w for w in words if w != glued), phrase])
        return


def _char_between_labels(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"白改灰工程多少钱": the one character left over stands between a label said in part (白改, of 白改黑工程) and
    another label said, and no label the first names holds it: the words said there name another thing than the
    label (白改灰), never noise of one character — that word is what is left over, so the label alone does not
    answer."""
    words = fq.leftover.split()
    if len(words) != 1 or not re.fullmatch(r"[\u4e00-\u9fff]", c := words[0]) or _FILLER.fullmatch(c) \
            or c in _PARTICLES or c in (read := _reading(idx))["kind_chars"] or c in read["asking_chars"] \
            or idx.tags.get(c, "")[:1] not in ("n", "a"):
        return  # (a noun or a quality, 灰 of 黑改灰; never a verb or a preposition, 给 of "分配给青石镇")
    said = [m for m in fq.mentions if m.start >= 0]
    for before in said:
        at = before.end
        if fq.rest[at:at + 1] != c or before.quality >= 1 or not before.keys \
                or any(c in k for k in before.keys) or not any(m.start == at + 1 for m in said):
            continue
        fq.leftover = text[before.start:at + 1]
        return


def _char_swapped_in_a_label(fq: FactQuestion, text: str, said_as: str, asking: frozenset[str]) -> None:
    """"城区道路黑改灰工程": one label read from words that say a run of it as it stands but for one character, which
    the label does not hold and which sounds unlike the label's own there (灰 for 白: another thing, no pinyin slip):
    the words about it are left over, so that label alone does not answer ("改造" said 该造 is a slip: read).
    Only words the question itself says (not a short form spelt out, 社保 as 社会保险), no asking word (啥), and
    inside the run (its edge may be the next word's: 总 of "收入总共预算"), nor another label's said (累 of 1-10月累计
    read with 收入合计)."""
    if fq.leftover.strip():
        return
    from bot.language.lexicon import sounds_alike

    for m in fq.mentions:
        said = text[m.start:m.end] if m.start >= 0 else ""
        if m.exact or len(m.keys) != 1 or len(said) < 4 or said not in said_as:
            continue
        key = next(iter(m.keys))
        swaps = {next(k for k in range(len(said)) if said[k] != key[j + k]) for j in range(len(key) - len(said) + 1)
                 if sum(said[k] != key[j + k] for k in range(len(said))) == 1}
        if len(swaps) != 1:
            continue
        at = swaps.pop()
        c = said[at]
        if not 0 < at < len(said) - 1 or c in key or any(c in k for o in fq.mentions if o is not m for k in o.keys) or not re.fullmatch(r"[\u4e00-\u9fff]", c) or _FILLER.fullmatch(c) or c in _PARTICLES \
                or c in asking or any(sounds_alike(c, key[j + at]) for j in range(len(key) - len(said) + 1)
                                                    if sum(said[k] != key[j + k] for k in range(len(said))) == 1):
            continue
        fq.leftover = said[max(0, at - 1):at + 1]
        return


def _row_kind_said(text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """"哪个学校学生最多", "哪所医院", "哪几家企业": the noun after 哪个 / 哪所 / 哪几家 names the kind of row asked,
    never a part of a label (学校 of 在校学生数, of the title, of the 学校名称 head) — unless a row is named so
    ("几所学校" counts what a row's text may state: read as before)."""
    found = idx.__dict__.get("_row_kind_re")
    if found is None:
        words = "|".join(sorted(map(re.escape, idx.row_kind_nouns), key=len, reverse=True)) or "(?!)"
        found = idx.__dict__["_row_kind_re"] = re.compile(
            rf"(?:哪(?:一)?[个家所]|哪些|哪几[个家所])({words})(?![\u4e00-\u9fff]{{0,1}}(?:名称|类型))")
    for m in found.finditer(text):
        kind = m.group(1)
        if kind not in idx.row_label_keys:  # (所 of 哪所 with it: no row's word)
            _take(text, taken, m.start(1) - (text[m.start(1) - 1] == "所"), m.end(1))
    for m in [*_ROWS_BY_HEAD.finditer(text), *_heads_before_a_column(text, idx)]:
        # "哪些品目数量超过一千", "利率最低的是哪批债": a word of the header over the rows' names (采购品目, 债券名称/批次)
        # that no label says names the rows asked, never a part of a label
        noun = m.group(1)  # (项目, 单位 … are read as the rows' nouns where they are said: _ROW_NOUNS)
        if noun not in idx.label_facts and noun not in _ROW_NOUNS and any(noun in h for h in idx.head_keys):
            _take(text, taken, m.start(1), m.end(1))


def _rows_by_title_noun(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """"县农业农村局管哪些直达资金", "哪笔直达资金是管农村公路的": the rows asked by the words of one general table's title
    ending in their noun (直达资金 of 财政直达资金分配和支出进度表, 资金 of its 资金项目 head): that table's rows, no column
    of money."""
    for m in _TITLE_NOUN_ASKED.finditer(text):
        word = m.group(1)
        if not _ROWS_ASKED_BEFORE.search(text[:m.start(1)]) and (
                not text[m.end(1):].startswith(_TABLE_NAMED_AFTER) or not idx.dept_forms_said(text)):
            continue
        docs = _tables_titled(idx, word)
        if len(docs) != 1 or word in idx.label_facts or not any(word[-2:] in h for h in idx.head_keys):
            continue
        if _take(text, taken, m.start(1), m.end(1)):
            fq.subject_docs = fq.subject_docs or set(docs)


def _tables_titled(idx: FactIndex, word: str) -> list[int]:
    """The general tables whose title holds a word of TITLE_RUN characters or more, in the index's order: those
    holding its first run (_title_runs, read once per index), never every table's title."""
    titled = idx.read_once("_title_runs", 0, lambda: _title_runs(idx))
    held = set(titled.get(word[:TITLE_RUN], ()))
    return [d for d in idx.docs if d in held and word in (idx.docs[d].form or "")] if held else []


# the title's words ending in the rows' noun, asked as the rows ("哪些直达资金") or named as the table's ("直达资金里",
# "直达资金有哪些")
_TITLE_NOUN_ASKED = re.compile(r"(?:(?<=哪[个项笔些])|(?<=哪一[个项笔])|(?<=哪几[个项笔])|(?<=的)|^)([\u4e00-\u9fff]{4,8}?)"
                               r"(?=$|是|有|的|呢|分别|都|里|中|表)")
# what asks the rows right before the words ("哪些直达资金"); words said after 的 or at the start name the table only
# where 里/中/表/有 follows and a department is said with them ("县应急管理局负责的直达资金有哪些") — "X的项目支出预算"
# alone is a line asked, "直达资金有哪些" / "…里哪项最多" the rows as a title said
_ROWS_ASKED_BEFORE = re.compile(r"哪[一几]?[个项笔些]$")
_TABLE_NAMED_AFTER = ("里", "中", "表", "有")


def _heads_before_a_column(text: str, idx: FactIndex) -> list[re.Match]:
    """"哪个资金支出进度最低", "哪项资金已分配最多": the rows' noun (资金 of 资金名称) said right before a column said whole
    (or by a form of its own: 中央下达 of 中央下达金额)."""
    found = []
    for m in _HEAD_BEFORE.finditer(text):
        at = m.end(1)
        if any(text.startswith(f, at) for k in idx.gram_keys.get(text[at:at + 2], ()) if k in idx.col_keys
               for f in idx.key_forms.get(k, (k,)) if len(f) >= 2):
            found.append(m)
    return found


_HEAD_BEFORE = Words("head_before_column", r"(?:{which:longest})([\u4e00-\u9fff]{2})(?=[\u4e00-\u9fff]{2})")
_ROWS_BY_HEAD = re.compile(r"(?:哪(?:一)?[个批期笔]|哪些|哪几[个批期笔])([\u4e00-\u9fff]{1,2}?)(?=数量|金额|最|是|有|的|呢|$)")


def _rows_of_a_place_kind(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"哪些乡镇比去年减少了", "合计超过五百万的乡镇有几个": no department named, the rows asked by their kind of
    place (乡镇: rows all ending 乡 / 镇 / 街道) name the one table whose rows are all of that kind — unless a
    label says the word itself."""
    if fq.departments and not fq.subject_docs:
        fq.place_kind_missing = _place_kind_not_held(fq.departments, text, idx)
    if fq.departments or fq.subject_docs:
        return
    for kind in idx.place_kind_endings:
        if kind in text and not _said_in_a_label(kind, idx) and len(docs := _docs_of_place_kind(idx, kind)) == 1:
            fq.subject_docs = set(docs)
            return
    for kind, endings in idx.town_kind_endings.items():
        # "表里有几个乡": one kind of town counted or asked as rows (乡 alone, never 乡 of 乡村振兴) is of the one
        # table of towns holding rows of that kind
        if re.search(rf"(?:几个|哪些|哪个|哪几个|多少个|各){kind}(?![\u4e00-\u9fff])|(?:几个|哪些|哪个|哪几个|多少个|各)"
                     rf"{kind}(?=有|是|里|中|的|呢|一共|总共|共)", text) and kind not in idx.label_facts:
            towns = [d for d in _docs_of_place_kind(idx, "乡镇") if _rows_ending(idx, d, tuple(endings)) >= 2]
            if len(towns) == 1:
                fq.subject_docs = set(towns)
                return


def _place_kind_not_held(departments: list[str], text: str, idx: FactIndex) -> str:
    """"湛江人社局的乡镇财政收入": the kind of place said (乡镇) of departments none of whose tables has a row of that
    kind (a table of towns) nor a label saying the word: the question asks what their tables lack (never their
    own 财政拨款 line, the word dropped). "" when a table of theirs holds it, or no such word is said."""
    docs = [d for dept in departments for d in idx.dept_docs.get(dept, ())]
    if not docs or any(kind in dept for dept in departments for kind in idx.place_kind_endings):
        return ""
    for kind, endings in idx.place_kind_endings.items():
        if kind not in text or any(d in _docs_of_place_kind(idx, kind) for d in docs):
            continue
        keys = {k for d in docs if d in idx.docs for f in idx.docs[d].facts for k in idx.fact_keys[f]}
        if not any(kind in k or k.endswith(tuple(endings)) for k in keys):
            return kind
    return ""


def _rows_ending(idx: FactIndex, doc: int, endings: tuple[str, ...]) -> int:
    """How many of a table's own row names end so."""
    return len({k for f in idx.docs[doc].facts if (n := idx.fact_nrows[f]) and (k := idx.fact_keys[f][n - 1]).endswith(endings)})


def _said_in_a_label(word: str, idx: FactIndex) -> bool:
    """Whether a row or column label says the word (a table's note, a sentence under it, names no rows)."""
    return word in idx.label_text and any(word in k and not _note_item(k, idx) for k in idx.label_facts)


def _docs_of_place_kind(idx: FactIndex, kind: str) -> frozenset[int]:
    """The tables whose own rows (three or more; totals, notes aside) end as that kind of place does, all or
    nearly all (over two in three)."""
    cache = idx.__dict__.setdefault("_place_kind_docs", {})  # (the same on every question: once per index)
    if kind not in cache:
        endings = idx.place_kind_endings[kind]
        found = set()
        for d, doc in idx.docs.items():
            own = {k for f in doc.facts if (n := idx.fact_nrows[f]) and 2 <= len(k := idx.fact_keys[f][n - 1]) <= 8
                   and not _is_total(k) and idx.fact_keys[f][0] not in ("注", "说明", "备注")}
            # (most of them: a 县本级 or an 工业园区 listed among the towns leaves it a table of towns)
            if len(own) >= 3 and 3 * sum(k.endswith(endings) for k in own) >= 2 * len(own) + 1:
                found.add(d)
        cache[kind] = frozenset(found)
    return cache[kind]


_ADJUSTED = re.compile(r"调(增|减|高|低)了?|调整了|调了(?=多少)|调整(?=幅度|比例|百分)|(追加|压减|核减|削减)(?:了)?(?=多少|几|$|的|最)")


def _read_adjusted(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """"哪些项目预算调减了", "调增最多的", "X调增了多少": a budget's adjustment in the year (调整后 less 年初), where
    no table prints the word as a label of its own (a 预算调剂情况表's 调增 / 调减 columns)."""
    named = [d for dept in fq.departments for d in idx.dept_docs.get(dept, ())]
    printed = "\x1f".join(k for d in named for k in idx.doc_keys.get(d, ())) if named else idx.label_text
    if (m := _ADJUSTED.search(text)) and not (m.group(1) and "调" + m.group(1) in printed) \
            and not (m.group(2) and re.search(rf"(?:^|\x1f)[^\x1f]{{0,4}}{m.group(2)}[^\x1f]{{0,4}}(?:\x1f|$)", printed)) \
            and _take(text, taken, m.start(), m.end()):
        word = m.group(1) or (m.group(2) or "")[-1:]
        fq.adjusted = {"增": "up", "高": "up", "加": "up", "减": "down", "低": "down"}.get(word, "any")
        if re.search(r"\d", text):
            _filter(fq, text, taken)  # "调增超过100万元": the bound, before its digits are read as a code's part


def _part_said_on(fq: FactQuestion, text: str) -> None:
    """"东湖养老保险补助": a line said by a part (养老保险 of 对机关事业单位养老保险基金的补助) and, right after it, a
    word its label goes on to say (补助): that line said on, not a second line the word alone fits (就业补助)."""
    said = sorted((m for m in fq.mentions if m.start >= 0), key=lambda m: m.start)
    for a, b in zip(said, said[1:], strict=False):
        word = text[b.start:b.end]
        if not a.part or b.part or b.start != a.end or b.keys & a.keys or b.quality >= 1 - 1e-9 or len(word) < 2:
            continue
        head = text[a.start:a.end]
        if all(head in k and word in k[k.index(head) + len(head):] for k in a.keys):
            fq.mentions.remove(b)
            a.end = b.end


_BATCH = re.compile(r"第[一二三四五六七八九十\d]{1,3}批")


def _read_batch(fq: FactQuestion, text: str, taken: list[tuple[int, int]], scope: list) -> None:
    """"第一批一共分了多少": a batch said, which a table's title says of itself (分配表（第一批）), names that table;
    a batch no table is of, while the tables say theirs, is not loaded (never another batch's figure)."""
    for m in _BATCH.finditer(text):
        held = {d.id for d in scope if m.group() in (d.form or "")}
        if held and _take(text, taken, m.start(), m.end()):
            fq.subject_docs, fq.table_said = fq.subject_docs or held, True
        elif not held and any(_BATCH.search(d.form or "") for d in scope) and _take(text, taken, m.start(), m.end()):
            fq.batch_missing = m.group()


def _allotted_of_the_table(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"乡村振兴专项资金一共分了多少": the verb of money allotted (分了, 分到: the vocabulary's allocation_words) said
    of a table named by its subject, no row named: the table's whole is asked, the verb is understood."""
    if not fq.leftover or not fq.subject_docs or any(not all(_is_total(k) for k in m.keys) for m in fq.mentions):
        return
    said = [w for w in idx.allocation_words if w in text]
    words = fq.leftover.split()
    if said and all(any(w in a for a in said) for w in words):
        fq.leftover = ""


def _read_rest(fq: FactQuestion, text: str, taken: list[tuple[int, int]], scope: list, idx: FactIndex) -> None:
    """A step of read_question: what the labels left (a row said by a part or a short name taken first) is
    the question's rest; what of it nothing explains, and a code no label has, is its leftover."""
    rest = _label_slip(fq, text, _masked(text, taken, " "), taken)
    unfilled = _FILLER.sub(" ", rest)  # (worked out again only when a row said takes some of the rest)
    if _row_part_through_column_word(fq, text, rest, scope, idx, taken):
        fq.mentions.sort(key=lambda m: m.start)
        rest = _masked(text, taken, " ")
        unfilled = _FILLER.sub(" ", rest)
    for by_name, least in ((_row_by_part, 2), (_row_by_initials, 3)):  # rows said by a part, by a short name
        if re.search(rf"[\u4e00-\u9fff]{{{least}}}", unfilled) and by_name(fq, rest, scope, idx, taken):
            fq.mentions.sort(key=lambda m: m.start)
            rest = _masked(text, taken, " ")
            unfilled = _FILLER.sub(" ", rest)
    _total_of_rows_said_by_part(fq, text)
    _part_said_on(fq, text)
    fq.rest, fq.months = (rest := _without_lines_noun(text, rest)), bool(_MONTHS.search(rest))
    fq.leftover = _without_count_unit(fq, text, unaccounted(rest, idx, fq), idx)
    # A code no label has ("2130307这个科目") is not understood; other bare numbers are the filters'.
    codes = " ".join(re.findall(r"(?<![\d.])\d{3,}(?![\d.万元人个%])", rest))
    fq.leftover = (re.sub(r"[\s\d.%]+", " ", fq.leftover).strip() + " " + codes).strip()


def _without_count_unit(fq: FactQuestion, text: str, leftover: str, idx: FactIndex) -> str:
    """"地质灾害隐患点几处": the measure word said after 几 / 多少 is the unit the column named prints its counts in
    (地质灾害隐患点（处）): understood, not a word left over."""
    words = leftover.split()
    units = {m.group(1) for m in re.finditer(r"(?:几|多少)([\u4e00-\u9fff])", text)} & set(words)
    if not units:
        return leftover
    ids = [f for m in fq.mentions if len(m.keys) <= 3 for k in m.keys for f in idx.label_facts.get(k, ())[:20]]
    printed = {f["unit"] for f in idx.facts(ids[:60], copied=False)}
    return " ".join(w for w in words if w not in units or w not in printed)


def _total_of_rows_said_by_part(fq: FactQuestion, text: str) -> None:
    """"秸秆和农膜两个项目合计": 合计 after rows each said by a part of its name, joined by 和 (the rows' noun
    between, 两个项目, says what they are), adds them up; it is not the table's total row."""
    parts = [m for m in fq.mentions if m.part and m.start >= 0]
    if "sum" in fq.ops or len(parts) < 2 or not fq.mentions or fq.mentions[-1].part \
            or not all(re.fullmatch(r"[和与及、跟]", text[a.end:b.start]) for a, b in zip(parts, parts[1:], strict=False)):
        return
    last = fq.mentions[-1]
    if not _is_grand_total(text[last.start:last.end]) or not re.match(r"(?:是|一共|共)?(?:多少|几|呢)?$", text[last.end:]) \
            or not _ROWS_NOUN_BETWEEN.fullmatch(text[parts[-1].end:last.start]):
        return
    fq.mentions = [m for m in fq.mentions if m.end <= parts[-1].end]
    fq.ops.append("sum")


# What may stand between rows said and the 合计 adding them: their count and noun ("两个项目", "这两项").
_ROWS_NOUN_BETWEEN = re.compile(r"(?:的)?(?:这|那)?(?:两|二|三|四|五|几)?(?:个|项)?(?:项目|科目|单位)?(?:的)?")


def _read_after_labels(fq: FactQuestion, text: str, scope: list, idx: FactIndex) -> None:
    """The readings that need the labels found: a change's reason, the words left over, a figure said in
    two, a speed."""
    if any(k.endswith(_REASON) for m in fq.mentions for k in m.keys):  # 原因, 变动原因, 增减原因
        _reason_of_a_change(fq, text)
    _read_leftover_words(fq, scope, idx)
    _share_figure_said_in_two(fq, text, idx, scope)
    _read_speed(fq, text, idx)
    _allotted_of_the_table(fq, text, idx)


def _kind_word_after_a_group(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """"学校类和卫生健康类…差多少": 类 right after a group of rows said by its printed name (学校, the merged 类别
    cell over its projects) says it is that group; it is understood, nothing left over."""
    for m in fq.mentions:
        if 0 <= m.start and m.end < len(text) and text[m.end] == "类" and m.exact and m.keys \
                and not m.keys & idx.col_keys and m.keys <= idx.row_label_keys:
            _take(text, taken, m.end, m.end + 1)


def _share_column_said_as_whole(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"项目支出占本年支出比例" of a table printing a share column "占本年支出合计(%)" on other rows only: the
    words after 占 are the question's own share asked of the whole 本年支出合计, not that column, which the part
    named does not print (a part that prints it keeps it: the table's own share answers)."""
    if "ratio" not in fq.ops or len(fq.mentions) < 2:
        return
    for m in fq.mentions:
        if m.start < 0 or not text.startswith("占", m.start) or not m.keys or not all(k.startswith("占") for k in m.keys):
            continue
        wholes = {k[1:] for k in m.keys if k[1:] in idx.label_facts}
        parts = [o for o in fq.mentions if 0 <= o.end <= m.start]
        if not wholes or not parts:
            continue
        printed = {f for k in m.keys for f in idx.label_facts.get(k, ())}
        if any(f in printed for o in parts for k in o.keys for f in idx.label_facts.get(k, ())):
            continue
        m.start, m.keys, m.n = m.start + 1, wholes, max(m.n - 1, 1)


def _column_said_again_as_whole(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """"人民医院编制占全县总编制的比例": the column said before 占 said again after it (with 全县, 总) is the whole
    of that column, its total row: understood, no part of it left unexplained."""
    at = text.find("占")
    if "ratio" not in fq.ops or at < 0:
        return
    for m in fq.mentions:
        said = text[m.start:m.end] if 0 <= m.start and m.end <= at else ""
        if len(said) < 2 or not m.keys <= idx.col_keys:
            continue
        again = re.compile(r"(?:全[县区市镇局]|全部|全)?(?:的)?(总)?" + re.escape(said)).match(text, at + 1)
        # ("计划投资占总投资", "累计完成投资占全部完成投资": the column's tail after 总 / 全部 is that column's whole too)
        tail = None if again else next((a for n in range(len(said) - 1, 1, -1) if (a := re.compile(
            r"(?:全[县区市镇局]|全部|全)(?:的)?总?" + re.escape(said[-n:]) + "|总" + re.escape(said[-n:])).match(text, at + 1))), None)
        if tail is not None and label_key(re.sub(r"^(?:全[县区市镇局]|全部|全)的?", "", tail.group())) in idx.col_keys:
            tail = None  # "2025年计划投资占总投资": 总投资 is a column of its own, the whole asked, not 计划投资's total
        said_again = tail or again
        if said_again is None:
            continue
        # (a word of it matched alone, 完成 of 全部完成投资 read as another table's 全年完成值, is part of it)
        inside = [o for o in fq.mentions if o is not m and said_again.start() <= o.start and o.end <= said_again.end()]
        if any(o.start >= said_again.start() for o in fq.mentions if o is not m and o not in inside):
            continue
        fq.mentions = [o for o in fq.mentions if o not in inside]
        taken[:] = [(s, e) for s, e in taken if not any(o.start <= s and e <= o.end for o in inside)]
        if tail is not None:
            _take(text, taken, tail.start(), tail.end())
        elif again is not None:
            start = again.start(1) if again.group(1) else again.end() - len(said)
            _take(text, taken, start, again.end())


def _share_figure_said_in_two(fq: FactQuestion, text: str, idx: FactIndex, scope: list) -> None:
    """"编外聘用人员占在职人数比例": words of a share that a table's note happens to hold whole ("空编数=核定编制数
    小计-在职人数", text, no figure) name the figure its two labels give together (实有人数 › 在职): a share is
    of figures, never of a note's words."""
    if "ratio" not in fq.ops or len(scope) > 8:
        return
    docs = {d.id for d in scope}
    keys = {k for d in docs for k in idx.doc_keys.get(d, ())}

    def facts_of(ks: set[str]) -> set[int]:
        return {f for k in ks for f in idx.label_facts.get(k, ()) if idx.fact_doc[f] in docs}

    fq.mentions.sort(key=lambda m: m.start)
    for a, b in zip(fq.mentions, fq.mentions[1:], strict=False):
        # "在职人数" read as 在职 and 人数 (实有人数) side by side: one figure, the label under the other
        fa, fb = facts_of(a.keys), facts_of(b.keys)
        if a.start >= 0 and a.end == b.start and "占" not in text[a.start:b.end] and fa and fb and (fa <= fb or fb <= fa):
            inner = a if fa <= fb else b
            at = fq.mentions.index(a)
            fq.mentions[at:at + 2] = [Mention(a.start, b.end, set(inner.keys), False, a.n + b.n, inner.quality)]
            break
    for m in list(fq.mentions):
        said = text[m.start:m.end] if m.start >= 0 else ""
        fids = [f for k in m.keys for f in idx.label_facts.get(k, ()) if idx.fact_doc[f] in docs][:50]
        if len(said) < 4 or not fids or any(f["number"] is not None for f in idx.facts(fids)):
            continue
        for cut in range(2, len(said) - 1):
            head, tail = said[:cut], said[cut:]
            ka = ({head} if head in keys else {k for k in keys if head in k}) - m.keys
            kb = ({tail} if tail in keys else {k for k in keys if tail in k}) - m.keys
            fa, fb = facts_of(ka), facts_of(kb)
            # the one label whose figures all carry the other too (在职, each under 实有人数): the figure named
            one = ka if fa and fa <= fb else kb if fb and fb <= fa else None
            if one and any(f["number"] is not None for f in idx.facts(sorted(fa & fb)[:50])):
                m.keys, m.exact = one, False
                break


def _read_speed(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """最快 / 最慢 / 快多少 of the column named: faster is more of a pace (执行进度最快 = max) but less of a
    time taken (平均办结时长最快 = the fewest days, min). A 快/慢 comparison naming neither kind of column
    is not understood: never the difference of another column (办件量)."""
    if "快" not in text and "慢" not in text:
        return
    keys = [k for m in fq.mentions for k in m.keys]
    timed = any(w in k for k in keys for w in idx.duration_words)
    paced = any(w in k for k in keys for w in idx.pace_words)
    if timed and not paced and re.search(r"最[快慢]", text):
        fq.ops = ["min" if op == "max" else "max" if op == "min" else op for op in fq.ops]
    elif not (timed or paced) and "diff" in fq.ops and re.search(r"[快慢]了?多少", text):
        fq.leftover = f"{fq.leftover} 快慢".strip()  # "表中没有…的“快慢”", with the columns it has


# "X是Y的几倍" / "多少倍": X ÷ Y (never "比Y多几倍", which says the difference).
_TIMES_SAID = re.compile(r"是.{1,30}?(?P<op>(?:几|多少)倍)")


# Fillers that only mark grammar: a word they end or join ("列了", "花的") is still the one word left.
_PARTICLES = frozenset("的了呢吗啊呀吧是有为在和与及跟同、，,。？?！!：: ")
# Words saying a figure is wanted roughly: they change nothing asked (大 of 大概 is no size).
_HEDGES = frozenset(("大概", "大约", "大致", "大体", "粗略", "约莫", "差不多"))
# A number and its measure word ("一项", "三个"): read by other steps.
_COUNTED = re.compile(r"[0-9一二两三四五六七八九十百千]+|个数")
# "哪个月", "几月", "哪天": a time asked; the question word before it is no filler there.
_TIME_UNITS = frozenset("月日天周")
_TIME_ASKED = frozenset(("哪个", "哪", "几", "哪一个", "什么"))
# Where, said of what was named ("社会福利下面", "采购里面"): no qualifier of what is asked.
_LOCATIVE = re.compile(r"[上下里前后内外][面边头]")


def _said_with_department(fq: FactQuestion, start: int, end: int, word: str) -> bool:
    """A word said as part of a department's name: inside its full name ("区委" of 中共…区委社会工作部), or
    right beside the name as said ("东湖人社", "东湖高新"; after it only when the name as said does not end in
    an organisation word or a place's level: "卫健局人员", "柏溪县高等" are no names)."""
    if any(word in d for d in fq.departments):
        return True
    return any(end == s or start == e and not re.search(r"(?:局|委|办|厅|署|部|中心|委员会|办公室|政府|街道|县|市|省)$", form)
               for s, e, form in fq.dept_spans)


def _noun_before_a_label(fq: FactQuestion, end: int, word: str, idx: FactIndex) -> bool:
    """"遂昌高铁站建设工程": a noun (高铁) said between a department's short name and a label said in part is that
    label's qualifier, another thing than the row read (客运综合枢纽站建设工程), never a word of the department's
    name ("东湖高新人社": 高新 is no noun, and no label follows it)."""
    return not any(word in d for d in fq.departments) and idx.tags.get(word, "")[:1] == "n" \
        and any(m.start == end and m.quality < 1 for m in fq.mentions)


def _label_goes_on(fq: FactQuestion, start: int, end: int, word: str, eaten: list[bool]) -> bool:
    """A word right beside a label said in part whose eaten characters are the label's own there ("高校毕业生
    就业率" of 年末…高效毕业生就业率: 高 is the label's; 校 a slip of 效): the label said on, not a qualifier."""
    n = end - start
    for m in fq.mentions:
        if m.start < 0 or (m.start != end and m.end != start):
            continue
        said = fq.text[m.start:m.end]
        for key in m.keys:
            at = key.find(said)
            if at < 0:
                continue
            region = key[max(at - n, 0):at] if m.start == end else key[at + len(said):at + len(said) + n]
            if len(region) == n and all(region[j] == word[j] for j in range(n) if eaten[start + j]):
                return True
    return False


# Row nouns that are also a kind of money or debt said before a label ("专项债务余额": not the projects).
_KIND_NOUNS = ("专项",)


def _kind_of_label(fq: FactQuestion | None, rest: str, start: int, end: int, word: str) -> bool:
    """"专项债务余额" of a table printing only 政府债务余额: 专项 said right before a label, no counting or asking
    word before it ("哪个专项"), is a kind of that figure the table may not split, never the projects' noun."""
    if fq is None or word not in _KIND_NOUNS or start and rest[start - 1] in _COUNTED_BY | {"个", "类"}:
        return False
    return any(m.start == end and m.exact and word not in fq.text[m.start:m.end]
               and not any(word in k for k in m.keys) for m in fq.mentions)


def _label_goes_otherwise(fq: FactQuestion, start: int, word: str) -> bool:
    """A noun of rows right after a label said in part that goes on otherwise ("二级单位" after 二级 of
    二级指标): the question names other rows than the label's, so the noun is not a filler there."""
    found = False
    for m in fq.mentions:
        if m.start < 0 or m.end != start:
            continue
        said = fq.text[m.start:m.end]
        if said.isdigit():
            return False  # "214科目", "2100408项": a subject's code, then the kind of row it numbers
        for key in m.keys:
            at = key.find(said)
            goes_on = key[at + len(said):at + len(said) + len(word)] if at >= 0 else ""
            if not goes_on or goes_on == word:
                return False
            found = True
    return found


def _dated_labels(fq: FactQuestion | None, idx: FactIndex) -> bool:
    """Whether the label asked is a time ("统计时点是哪天"), or the tables asked about label rows or columns by
    month or day ("3月", "月份"): "哪个月" then asks that time, or among them."""
    if fq is not None and any(_TIME_LABEL.search(k) for m in fq.mentions for k in m.keys):
        return True  # "统计时点是哪天": the label asked is itself a time
    docs = [d for dept in fq.departments for d in idx.dept_docs.get(dept, ())] if fq and fq.departments \
        else list(idx.docs)
    return any(_DATED_LABEL.search(k) for d in docs for k in idx.doc_keys.get(d, ()))


_TIME_LABEL = re.compile(r"时间|时点|日期|时限|月份|期限|截至|截止")
_DATED_LABEL = re.compile(r"\d{1,2}[月日]|[一二三四五六七八九十]+月|月份|日期")


def _place_word_eaten(word: str, kept: list[int], idx: FactIndex) -> bool:
    """"高中教育多少": a word whose characters are each a filler (高, 中) but which is a word of its own (jieba's
    place word 高中), no label saying it: a qualifier the table does not have, never dropped as fillers."""
    return not kept and len(word) >= 2 and not _FILLER.fullmatch(word) and idx.tags.get(word, "")[:1] == "s" \
        and not any(word in k for k in idx.label_facts)


def unaccounted(rest: str, idx: FactIndex, fq: FactQuestion | None = None) -> str:
    """What no step explained, without the fillers. A filler character inside a word of the question is not
    a filler there: "中标" is not 中 (as of 表中) and a leftover 标, "人员" not 人 and 员, "年初" not 年 and 初.
    Such a word (a noun or a time word: the thing asked, not a verb or a particle of the asking) stays whole,
    so that a qualifier half eaten by the fillers still counts as said and is never
    answered as if it were absent (中标金额 is no 预算金额, 人员经费 no 经费). Everyday words of the
    vocabulary (大概, 属于 …), places said of a name ("下面"), words joined by a particle ("列了"), numbers with their measure word ("一项"),
    a quantity asked in its measure word ("几台"), the nouns of the rows counted ("几个项目") and words said with a department's name ("东湖人社")
    keep the old reading."""
    eaten = [False] * len(rest)
    for m in _FILLER.finditer(rest):
        for i in range(m.start(), m.end()):
            eaten[i] = True
    out = list(rest)
    for run in re.finditer(r"\S+", rest):
        at, before = run.start(), ""
        for word in (idx.cut(run.group()) if idx.cut else [run.group()]):
            start, end = at, at + len(word)
            at, asker, before = end, before, word
            if word in _TIME_UNITS and asker in _TIME_ASKED and not _dated_labels(fq, idx):
                out[start - len(asker):start] = asker  # "哪个月采购": the time asked, which a table may not have
                continue
            if fq is not None and word in _ROW_NOUNS and _label_goes_otherwise(fq, start, word):
                continue  # kept whole
            kept = [i for i in range(start, end) if not eaten[i] and "\u4e00" <= rest[i] <= "\u9fff"]
            lost = {rest[i] for i in range(start, end) if eaten[i]}
            if lost and (word in _HEDGES or _LOCATIVE.fullmatch(word)):
                # "大概", "大约": a hedge half eaten (大 as a size) asks nothing; nor does a place said of what
                # was named ("质量指标下面"), its 面 left over
                for i in range(start, end):
                    out[i] = " "
                continue
            # (a row's name as people say it is a noun whatever its tag: 一中 of 浏阳市第一中学, its 中 no filler)
            row = len(kept) == 1 and len(word) >= 2 and idx.row_named(word)
            whole = (len(kept) == 1 and idx.tags.get(word, "")[:1] in ("n", "t") or row or _place_word_eaten(word, kept, idx)) \
                and bool(lost) and not lost <= _PARTICLES and word not in idx.everyday \
                and (row or not _COUNTED.match(word) and not _QUANTITY_ASKED.fullmatch(word)) and not _LOCATIVE.fullmatch(word) \
                and (word not in _ROW_NOUNS or _kind_of_label(fq, rest, start, end, word)) \
                and not (fq is not None and (_said_with_department(fq, start, end, word)
                                             and not _noun_before_a_label(fq, end, word, idx)
                                             or _label_goes_on(fq, start, end, word, eaten)))
            for i in range(start, end):
                if eaten[i] and not whole:
                    out[i] = " "
    for run in re.finditer(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2}(?![\u4e00-\u9fff])", rest):
        # (one character of two read as a filler; never a department's word, 全局项目, nor an everyday one,
        # 所有指标, nor one said with a department's name, 东湖人社项目)
        if _named_before_row_noun(fq, run.end(), run.group()) and eaten[run.start()] != eaten[run.end() - 1] \
                and not set(run.group()) & (set("局委办部") | set(_PARTICLES)) and run.group() not in idx.everyday \
                and not (fq is not None and _said_with_department(fq, run.start(), run.end(), run.group())):
            out[run.start():run.end()] = run.group()  # kept whole: a name said before the rows' noun
    return _qualifier_before_a_label(rest, "".join(out), fq)


def _named_before_row_noun(fq: FactQuestion | None, end: int, word: str) -> bool:
    """"三中项目…", "西中项目…": characters said right before the rows' noun (项目, 单位) name a row, however they
    are cut or tagged — a name no row matches, kept whole as a word left over (never its 中 eaten as a filler
    and the total row answered)."""
    return fq is not None and fq.text[end - len(word):end] == word and fq.text[end:end + 2] in _ROW_NOUNS \
        and not _units_by_place(word)


def _units_by_place(word: str) -> bool:
    """"社工部有几个下属单位": a word saying units by where they stand (下属, 下面, 二级: the vocabulary's
    [asking_words.departments] unit_words and within_starts) is no name of a row, whatever noun follows it."""
    said = asking_words().get("departments", {})
    return word in said.get("unit_words", ()) or word in said.get("within_starts", ())


def _qualifier_before_a_label(rest: str, out: str, fq: FactQuestion | None) -> str:
    """"学前教育支出": a character nothing explained and a place or time word after it (前, 后, 内, 外), said
    right before a label, are one word the segmenter did not know, a qualifier of that label (学前 of 学前教育),
    never a filler and a stray character: kept whole, so the label alone does not answer."""
    if fq is None:
        return out
    starts = {m.start for m in fq.mentions if m.start >= 0}
    for run in re.finditer(r"(?<!\S)([\u4e00-\u9fff])([前后内外])(?!\S)", rest):
        if run.end() in starts and out[run.start(1)] == run.group(1) and run.group(1) not in _PARTICLES:
            out = out[:run.start(2)] + run.group(2) + out[run.end(2):]
    return out


def _read_leftover_words(fq: FactQuestion, scope: list, idx: FactIndex) -> None:
    """Words no label took that still say something: a column's second part, the table's kind, a named row's word."""
    _joined_columns_of_the_row(fq, idx)
    _column_said_without_its_period(fq)
    _group_said_by_its_word(fq, scope, idx)
    _group_said_by_its_start(fq, scope, idx)
    _head_before_its_total(fq, idx)
    if fq.leftover:
        _column_in_two_parts(fq, scope, idx)
    if fq.leftover:
        _column_said_by_its_core(fq, scope, idx)
    if fq.leftover and not fq.mentions:
        _column_said_by_its_end(fq, scope, idx)
    if fq.leftover and fq.mentions:
        _column_said_around_a_word(fq, idx)
    if "diff" in fq.ops and fq.mentions:
        _other_column_after_than(fq, idx)
    if {"list", "count"} & set(fq.ops):
        _tick_column_said(fq, scope, idx)
    if fq.mentions:
        _classification_said(fq, scope, idx)
    if fq.mentions and fq.departments:
        _table_kind_mentioned(fq, scope, idx)
    if fq.leftover and (fq.departments or fq.subject_docs):
        # (a table already named by words of its title, "人居环境整治专项资金": the rest of those words)
        _read_table_kind_words(fq, scope, idx)
    if len(fq.departments) == 1 and not fq.subject_docs:
        _one_table_said_by_kind(fq, scope)
    if len(fq.subject_docs) == 1 and fq.mentions:
        _labels_inside_the_kind(fq, scope, idx)
    if fq.leftover:
        _words_of_named_rows(fq)
    if fq.leftover and "ratio" in fq.ops and len(fq.mentions) >= 2 and "占" in fq.text:
        # "在编人数占编制数多少 算下在编率": the share asked, named as a rate, and the asking to work it out
        fq.leftover = " ".join(w for w in fq.leftover.split()
                               if not re.fullmatch(r"(?:算|计算|算算|算一)?(?:[\u4e00-\u9fff]{1,4}率)?", w))


_DIFF_WORD = re.compile(r"差额|差值|差异|差距")


def _column_groups(idx: FactIndex, doc: int) -> set[str]:
    """The header keys of a table that stand over sub-columns (一般公共预算收入 over 合计 / 增长率（%）)."""
    cache = idx.__dict__.setdefault("_column_groups", {})
    if doc not in cache:
        groups: set[str] = set()
        for fid in idx.docs[doc].facts if doc in idx.docs else ():
            cols = [k for k in idx.fact_keys[fid][idx.fact_nrows[fid]:] if k in idx.col_keys]
            groups.update(cols[:-1])
        cache[doc] = groups
    return cache[doc]


def _column_said_without_its_period(fq: FactQuestion) -> None:
    """"人居环境整治结转": a word said whole (结转) that is a column's name less its period's end (年末结转) names that
    column, not another label it only begins (结转原因)."""
    for m in fq.mentions:
        word = fq.text[m.start:m.end] if m.start >= 0 and len(m.keys) > 1 else ""
        own = {k for k in m.keys if len(k) > len(word) and k.endswith(word) and _PERIOD_END.fullmatch(k[:-len(word)])}
        if word and len(own) == 1:
            m.keys = own


# Two labels said joined as one ("年末结转和结余"): [asking_words.joined] joins.
_JOINED_PARTS = Words("joined", r"(?P<a>[\u4e00-\u9fff]{2,}?)(?:{joins})(?P<b>[\u4e00-\u9fff]{2,})")


def _joined_columns_of_the_row(fq: FactQuestion, idx: FactIndex) -> None:
    """"教师培训经费年末结转和结余各多少": a label of two joined (年末结转和结余, another table's line) said beside a row
    whose tables print no such label, but print each part as a column of their own (年末结转, 年末结余: the period's end
    said once for both), asks those two columns; the mention unchanged otherwise."""
    joined = [m for m in fq.mentions if m.start >= 0 and _JOINED_PARTS.fullmatch(fq.text[m.start:m.end])]
    rows = [m for m in fq.mentions if m.start >= 0 and m.exact and m.keys and m.keys <= idx.row_label_keys
            and m not in joined]
    docs = {idx.fact_doc[f] for m in rows for k in m.keys for f in idx.label_facts.get(k, ())[:50]}
    if not docs or not joined:
        return
    held = {k for d in docs for k in idx.doc_keys.get(d, ()) if k in idx.col_keys}
    out: list[Mention] = []
    for m in fq.mentions:
        j = _JOINED_PARTS.fullmatch(fq.text[m.start:m.end]) if m in joined and not m.keys & held else None
        head = _PERIOD_END.match(j.group("a")) if j else None
        b = (head.group() if head and not _PERIOD_END.match(j.group("b")) else "") + j.group("b") if j else ""
        if j is None or label_key(j.group("a")) not in held or label_key(b) not in held:
            out.append(m)
            continue
        out += [Mention(m.start, m.start + j.end("a"), {label_key(j.group("a"))}, True, len(j.group("a")), 1.0),
                Mention(m.start + j.start("b"), m.end, {label_key(b)}, True, len(j.group("b")), 1.0)]
    fq.mentions = out


def _group_said_by_its_word(fq: FactQuestion, scope: list, idx: FactIndex) -> None:
    """"2022年收入增长率", "2020年支出" of a table whose header has one group ending 收入 (一般公共预算收入 over 合计 /
    增长率) beside single columns ending so too (政府性基金收入): a word left over that ends exactly one group header
    of the tables in scope says that group (its sub-column said beside it, else its total)."""
    if not scope or len(scope) > 3:
        return
    groups = set().union(*(_column_groups(idx, d.id) for d in scope))
    for m in fq.mentions:
        # ("支出比收入多多少": 收入 read as 非税收入, a column it ends too, is the group's as well)
        w = fq.text[m.start:m.end] if m.start >= 0 and m.quality < 1 else ""
        fits = [g for g in groups if g.endswith(w) and g != w] if len(w) >= 2 else []
        # (only a sub-column of that very group: 总投资, a column of its own, stays itself)
        # (a sub-column that is the word after its period's end, 年末结余 of 结余, is said by it: 年末结转结余 is not)
        if len(fits) == 1 and fits[0] not in m.keys and not any(_PERIOD_END.fullmatch(k[:-len(w)]) for k in m.keys) \
                and all(k.endswith(w) and any(
                fits[0] in idx.fact_keys[f] for f in idx.label_facts.get(k, ())[:20]) for k in m.keys):
            m.keys = {fits[0]}
    said = {k for m in fq.mentions for k in m.keys}
    for w in fq.leftover.split():
        fits = [g for g in groups if g.endswith(w) and g != w]
        at = fq.text.find(w)
        if len(w) < 2 or len(fits) != 1 or fits[0] in said or at < 0 \
                or any(m.end == at and not m.keys <= idx.head_keys for m in fq.mentions):
            continue  # ("政府性基金支出": the word goes on a label said before it, a column the table lacks)
        fq.mentions.append(Mention(at, at + len(w), {fits[0]}, False, len(w), len(w) / len(fits[0])))
        fq.mentions.sort(key=lambda m: m.start)
        fq.leftover = " ".join(x for x in fq.leftover.split() if x != w)


def _group_said_by_its_start(fq: FactQuestion, scope: list, idx: FactIndex) -> None:
    """"公务用车购置费" of a table whose header has 购置费 under 公务用车购置及运行费: a word left over right before a
    column said, that begins exactly one group header of the tables in scope standing over that column, says the
    group (the column under it, never another group's 购置费)."""
    if not scope or len(scope) > 3 or not fq.leftover:
        return
    groups = set().union(*(_column_groups(idx, d.id) for d in scope))
    for w in fq.leftover.split():
        at = fq.text.find(w)
        after = next((m for m in fq.mentions if at >= 0 and m.start == at + len(w) and m.keys <= idx.col_keys), None)
        fits = [g for g in groups if g.startswith(w) and g != w] if len(w) >= 2 and after is not None else []
        if len(fits) != 1 or after is None or not all(
                any(fits[0] in idx.fact_keys[f] for f in idx.label_facts.get(k, ())[:200]) for k in after.keys):
            continue
        fq.mentions.append(Mention(at, at + len(w), {fits[0]}, False, len(w), len(w) / len(fits[0])))
        fq.mentions.sort(key=lambda m: m.start)
        fq.leftover = " ".join(x for x in fq.leftover.split() if x != w)


def _head_before_its_total(fq: FactQuestion, idx: FactIndex) -> None:
    """"全市部门合计执行率": the header naming the rows (部门名称, said 部门) right before a total row said (合计) says
    whose total it is — the rows' own 合计 — and asks no column of names: that mention is understood, not read."""
    for m in list(fq.mentions):
        after = next((x for x in fq.mentions if x.start == m.end and m.start >= 0), None)
        if after is not None and m.keys and m.keys <= idx.head_keys and not m.keys & (idx.col_keys | idx.row_label_keys) \
                and after.keys and all(k in ("合计", "总计", "共计") for k in after.keys) \
                and not re.search(r"[哪各每]个?$", fq.text[:m.start]):
            fq.mentions.remove(m)  # (never "哪个科目小计最大": which of the rows, each its own 小计)


def _said_again(fq: FactQuestion, text: str, taken: list[tuple[int, int]]) -> None:
    """"2023实际比2024年实际": a label said again for the other year compared is understood."""
    for m in list(fq.mentions) if "diff" in fq.ops and len(fq.years) == 2 else ():
        said = text[m.start:m.end] if m.start >= 0 else ""
        for again in re.finditer(re.escape(said), text) if len(said) >= 2 else ():
            _take(text, taken, again.start(), again.end())


def _group_prints_its_total(group: Mention, idx: FactIndex) -> bool:
    """Whether a row said (所属单位) has a total line of its own printed under it (所属单位 › 小计)."""
    for k in group.keys:
        for f in idx.label_facts.get(k, ())[:300]:
            keys = idx.fact_keys[f][:idx.fact_nrows.get(f, 0)]
            if k in keys[:-1] and _is_total(keys[-1]):
                return True
    return False


def _total_lines_of_column(col: Mention, last: Mention, text: str, idx: FactIndex) -> set[str]:
    """"上年执行数合计" of a table printing a 收入合计 row and a 合计 column of another group (本年预算数 › 合计):
    the total rows the column is printed on that end with the word said (收入合计); never the 合计 column.
    Nothing when the group said has a sub-column of that name itself (本年预算数合计 names that column)."""
    if col.end != last.start or not col.exact or not col.keys <= idx.col_keys or col.keys & idx.row_label_keys \
            or not re.match(r"(?:是|一共|共)?(?:多少|几)?(?:呢)?$", text[last.end:]):
        return set()
    said, lines = text[last.start:last.end], set()
    for k in col.keys:
        for f in idx.label_facts.get(k, ())[:300]:
            keys, n = idx.fact_keys[f], idx.fact_nrows.get(f, 0)
            cols = keys[n:]
            if k in cols and said in cols[cols.index(k) + 1:]:
                return set()
            lines |= {r for r in keys[:n] if k in cols and r.endswith(said)}  # (收入合计 for 合计; no 小计)
    return lines


def _columns_joined(said: list[Mention], text: str, idx: FactIndex) -> bool:
    """Two columns said with 和 (与, 及, 、, 跟, 加) between them, right one after the other."""
    cols = [m for m in said if m.keys <= idx.col_keys and not m.keys & idx.row_label_keys]
    return any(re.fullmatch(r"[和与及、跟加]", text[a.end:b.start]) for a, b in zip(cols, cols[1:], strict=False))


def _total_of_rows_said_together(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"事业收入和其他收入合计多少": 合计 after rows said together adds them; it is not the total row."""
    def bare(m: Mention) -> bool:  # 合计 said alone, not a named group's own row ("基本支出小计")
        return all(_is_total(k) for k in m.keys) and bool(re.fullmatch(r"(?:小计|合计|总计|共计)", text[m.start:m.end]))

    if len(fq.mentions) == 2 and not fq.period and bare(last := fq.mentions[-1]) \
            and (lines := _total_lines_of_column(fq.mentions[0], last, text, idx)):
        last.keys = lines
        return
    if fq.period and any(bare(m) for m in fq.mentions):
        # "一季度实际支出合计": 合计 adds the months up; it is not the table's total row.
        fq.mentions = [m for m in fq.mentions if not bare(m)]
        fq.ops.append("sum")
    if len(fq.mentions) == 3 and bare(last := fq.mentions[-1]) and text[last.start:last.end] != "小计" \
            and re.match(r"(?:是|一共|共)?(?:多少|几)?(?:分)?$", text[last.end:]) \
            and (col := fq.mentions[1]).end == last.start and col.exact and col.keys <= idx.col_keys \
            and fq.mentions[0].keys & idx.row_label_keys and not fq.mentions[0].keys & idx.col_keys:
        # "满意度指标得分合计": 合计 after a group and a column adds the group's rows; it is not the table's 合计 row
        # (nor another column's 合计). A group printing its own total (卫健局系统在职合计: its 小计) is that row.
        fq.mentions = fq.mentions[:-1]
        if not _group_prints_its_total(fq.mentions[0], idx):
            fq.ops.append("sum")
        return
    if len(fq.mentions) >= 3 and (last := fq.mentions[-1]) and _is_grand_total(text[last.start:last.end]) \
            and re.match(r"(?:是|一共|共)?(?:多少|几|呢)?$", text[last.end:]) \
            and any(last.start == m.end for m in fq.mentions) \
            and (sum(1 for m in fq.mentions[:-1] if m.keys & idx.row_label_keys) >= 2
                 and (re.search(r"[和与及、跟]", text[fq.mentions[0].end:last.start])
                      or all(a.end == b.start for a, b in zip(fq.mentions, fq.mentions[1:], strict=False)))
                 or _columns_joined(fq.mentions[:-1], text, idx)):
        # (said back to back, "水费电费合计多少", the rows are as much together as with 和; so are two columns of
        # one row joined by 和, "郑家湾公路养护和饮水合计" — not a column said of a row, "收入调整预算合计")
        fq.mentions = fq.mentions[:-1]
        fq.ops.append("sum")


# The whole of a group of columns said with a word of its count: "编制总数" of 编制数 › 行政编制 / 事业编制
_GROUP_WHOLE = re.compile(r"(?:的)?(?:总数|总计|总额|总量)")


def _group_column_total(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"交通局编制总数" of a table printing 编制数 over 行政编制 and 事业编制 and no total of them: the group's
    columns added up (each shown), not one of them nor the two listed. A table printing the label said (编制总数)
    answers it itself."""
    if "sum" in fq.ops:
        return
    for m in fq.mentions:
        whole = _GROUP_WHOLE.match(text, m.end) if m.start >= 0 else None
        if whole is None or not m.keys or not m.keys <= idx.col_keys \
                or label_key(text[m.start:whole.end()]) in idx.label_facts:
            continue
        facts = idx.facts([f for k in m.keys for f in idx.label_facts.get(k, ())[:40]])
        paths = [[label_key(c) for c in (f["col_labels"] or "").split(query.FACT_SEP) if c.strip()] for f in facts]
        leaves = {p[-1] for p in paths if p}
        if paths and all(len(p) >= 2 and p[-1] not in m.keys and not _is_total(p[-1]) for p in paths) and len(leaves) >= 2:
            fq.ops.append("sum")
            return


# What may follow rows said with 加 between them: nothing but how much ("基本工资加津贴补贴是多少").
_AFTER_ADDED = re.compile(r"(?:的)?(?:是|等于|一共|共)?(?:多少|几)?(?:钱|万元|万)?(?:呢|啊)?$")


def _rows_said_added(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """"基本工资加津贴补贴加奖金": rows of a table said with 加 (加上) between each two and nothing after them
    but how much: the rows added up. 加 inside a label is the label's ("增加值"), never a join."""
    rows = [m for m in fq.mentions if m.keys & idx.row_label_keys]
    if "sum" in fq.ops or len(rows) < 2 or len(rows) != len(fq.mentions) or not _AFTER_ADDED.match(text, rows[-1].end):
        return
    joins = [re.fullmatch(r"加上?", text[a.end:b.start]) for a, b in zip(rows, rows[1:], strict=False)]
    if not all(joins):
        return
    for a, b in zip(rows, rows[1:], strict=False):
        _take(text, taken, a.end, b.start)
    fq.ops.append("sum")


def _difference_column(fq: FactQuestion, text: str, scope: list, idx: FactIndex) -> None:
    """"差额最大的是哪个项目": the table's own difference column (差异（实际-预算）) ranked, not a
    difference of two figures the question never names."""
    if "diff" not in fq.ops or not {"max", "min"} & set(fq.ops) or not (m := _DIFF_WORD.search(text)):
        return
    if any(m.start() < mm.end and mm.start < m.end() for mm in fq.mentions):
        return
    keys = {k for d in scope for k in idx.doc_keys.get(d.id, ()) if k in idx.col_keys and _DIFF_WORD.search(k)}
    if len(keys) == 1:
        fq.ops.remove("diff")
        fq.mentions.append(Mention(m.start(), m.end(), keys, False, len(m.group()), 0.5))
        fq.mentions.sort(key=lambda x: x.start)


# A text asked by its kind: a time (什么时候设的 -> "2025年3月新设") or a class (几类事业单位 -> "公益一类").
_TEXT_ASKED = (("time", re.compile(r"什么时候|啥时候|何时|什么时间|哪个月份?|哪一个月|哪月|几月份?|什么月份|哪一?天|几号")),
               # "怎么采购", "如何发放的": the way it is done, a column of ways (采购方式, 发放方式)
               ("way", re.compile(r"(?:怎么|如何|怎样|以?(?:什么|啥)(?:方式|形式|办法))(?=[\u4e00-\u9fff]{1,4}(?:的|呢|啊)?$)")),
               ("kind", re.compile(r"(?:属于)?(?:几|哪一|什么|啥)(?:类别|类型|类|性质)(?:的)?")))


_TEXT_OF_KIND = {"time": re.compile(r"(?:19|20)\d\d年|\d{1,2}月|(?:19|20)\d\d[-./]\d"),
                 "way": re.compile(r"."),  # any text: the column's header (…方式) says it is a way
                 "kind": re.compile(r"[一二三四五六七八九十]类|类$|性质")}


def _read_text_asked(fq: FactQuestion, text: str, taken: list[tuple[int, int]],
                     idx: FactIndex) -> tuple[int, int] | None:
    """The kind of text asked (time, kind, way); the words asking it are taken now, or — said inside the
    words of a label ("计划几月采购" of 计划采购时间) — returned, to be taken once the labels are read."""
    if re.search(r"最[多少高低大小]|哪些|哪几[类种]有|排|第.{1,2}?[多少高低大小]的|(?:有|共|分为?|分成)(?:几|多少)(?:类|种)"
                 r"|超过|低于|高于|大于|小于|不到|以上|以下|(?:比|较)(?:上年|去年|上一年)", text) \
            or _WHICH_LEVEL_CHANGED.search(text):
        return None  # "哪类人员经费最多", "支出有几类", "哪几类有预算", "哪一类比上年减少", "哪一类支出增长了": rows ranked, counted or filtered
    for kind, pattern in _TEXT_ASKED:
        if (m := pattern.search(text)) and kind == "way" and not any(
                re.search(r"方式|方法|形式|途径", k) and text[m.end():m.end() + 2] in k for k in idx.col_keys):
            continue  # "怎么采购" of a 采购方式 column; "怎么扣分" asks no way of doing it a table prints
        if m:
            fq.text_asked = kind
            if 0 < m.start() and m.end() < len(text) and re.match(r"[\u4e00-\u9fff]{2}", text[m.end():]) \
                    and re.search(r"[\u4e00-\u9fff]{2}$", text[:m.start()]) and kind == "time":
                return m.start(), m.end()
            _take(text, taken, m.start(), m.end())
            end = m.end()
            if kind == "time" and (verb := re.match(r"[\u4e00-\u9fff]{1,2}?的", text[end:])):
                _take(text, taken, end, end + verb.end())  # 设的 / 成立的 / 开始的: the event the time is of
            return None
    return None


def _words_said_again(fq: FactQuestion, idx: FactIndex, text: str, taken: list[tuple[int, int]]) -> None:
    """Words every row ends with, and a label said again for the other year compared."""
    _drop_shared_word(fq, idx)
    _said_again(fq, text, taken)


def _drop_shared_word(fq: FactQuestion, idx: FactIndex) -> None:
    """"全年实际支出多少": 支出 ends every row of the table (基本支出, 项目支出); it says what is counted, it
    does not pick those rows, so the column's figure is the table's whole (its 合计 row). Only for a plain
    value asked beside a column: a ranking or a list over "支出" rows keeps them."""
    if fq.ops or fq.cmp or len(fq.mentions) < 2:
        return
    def shared(m: Mention, docs: set[int]) -> bool:
        said = fq.text[m.start:m.end]
        # Shared by rows of the tables holding the column asked: "执法大队" ends one row of the 编制 table
        # and one of the 三公 table, so of the 编制 table's 实有人数 it names that one row.
        here = {k for k in m.keys if not _key_docs(idx).get(k, _NO_DOCS).isdisjoint(docs)}
        return len(here) >= 2 and m.quality < 1 and m.keys <= idx.row_label_keys \
            and all(k.endswith(said) and k != said for k in m.keys) and not _kind_of_unit(idx, said) \
            and (bool(_GENERIC_KIND.fullmatch(said)) or _ends_most_rows(idx, said, docs))

    def docs_of(ms: list[Mention]) -> set[int]:  # the tables holding a label of each mention
        key_docs = _key_docs(idx)
        found: set[int] | None = None
        for m in ms:
            of_m = set().union(*(key_docs.get(k, ()) for k in m.keys))
            found = of_m if found is None else found & of_m
        return found or set()
    others = [m for m in fq.mentions if m.keys & idx.col_keys]
    docs = docs_of(others) if others else set(idx.doc_keys)
    kept = [m for m in fq.mentions if not shared(m, docs)]
    if kept and len(kept) < len(fq.mentions) and all(m.keys & idx.col_keys for m in kept):
        fq.mentions = kept


def _ends_most_rows(idx: FactIndex, said: str, docs: set[int]) -> bool:
    """Whether a word ends at least half the rows of a table holding it ("支出" of 基本支出 and 项目支出): a
    word ending two units of thirty ("技术推广站" of 农业- and 林业技术推广站) names those rows, to be asked
    which."""
    for d in docs:
        rows = [k for k in idx.doc_rows_and_cols(d)[0] if not _is_total(k)]
        ending = sum(k.endswith(said) for k in rows)
        if ending and 2 * ending >= len(rows):
            return True
    return False


def _kind_of_unit(idx: FactIndex, said: str) -> bool:
    """Whether a word is a kind of unit ("幼儿园", "小学"): said of a table's rows it picks the rows of that
    kind, unlike a word that ends every row ("支出" of 基本支出 and 项目支出)."""
    return said in idx.entity_kind_endings or any(said in endings for endings in idx.entity_kind_endings.values())


_NO_DOCS: frozenset[int] = frozenset()


def _key_docs(idx: FactIndex) -> dict[str, set[int]]:
    """Label key -> the documents whose labels hold it (idx.doc_keys inverted); built with the index."""
    return idx.key_docs()


def _total_of_a_column(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """"总执行率", "总的调整后预算": 总 said right before a column (no row named by it) asks the column's
    figure on the table's total row, never each row's."""
    for m in fq.mentions:
        if m.start >= 1 and m.keys <= idx.col_keys and not any(_is_total(k) for k in m.keys) \
                and (said := re.search(r"总(?:的)?$", text[:m.start])) and _take(text, taken, said.start(), said.end()):
            fq.total = True
            return


_AGE_SAID = re.compile(r"(\d{1,3})(?:周)?岁(?![及或]?以[上下内]|以?前|以?后)(?:的)?(?:老年人数|老年人|老人)?")
_AGE_BRACKET = re.compile(r"(\d{1,3})(?:周?岁)?(?:-|—|－|~|～|至|到)(\d{1,3})周?岁|(\d{1,3})周?岁(?:及|或)?以上"
                          r"|(\d{1,3})周?岁(?:以下|以内)|不满(\d{1,3})周?岁")


# What one person of an age bracket gets (标准, 每月, 能领多少): the bracket's figure is the age's; a count or a
# total of the bracket (多少人, 一共) is not.
_PER_PERSON = re.compile(r"标准|每个?月|每人|一个月|每年|[补发领给]多少|能领|多少钱")
_OF_ALL_PEOPLE = re.compile(r"一共|总共|合计|多少人|几个人|几人|人数|总额|全年")


def _age_bracket(key: str) -> tuple[float, float] | None:
    """The ages a row label covers (80-89周岁: 80 to 89; 100周岁及以上: 100 up; 60周岁以下, 不满60周岁: below 60)."""
    m = _AGE_BRACKET.search(key)
    if m is None:
        return None
    if m.group(1):
        return float(m.group(1)), float(m.group(2))
    if m.group(3):
        return float(m.group(3)), float("inf")
    return 0.0, float(m.group(4) or m.group(5)) - 0.5


def _age_said(fq: FactQuestion, text: str, taken: list[tuple[int, int]], scope: list, idx: FactIndex) -> None:
    """"95岁的老人补多少" of a table whose rows are age brackets (80-89周岁, 90-99周岁, 100周岁及以上): the row whose
    bracket holds the age said, never another bracket (百岁 for 95) nor every bracket its 周岁 fits; no bracket
    holding it: none of them (the age stays unexplained)."""
    said = _AGE_SAID.search(text)
    if said is None:
        return
    keys = _candidate_keys({"周岁"} | {f"{d}岁" for d in "0123456789"}, scope, idx)
    brackets = {k: b for k in keys if k in idx.row_label_keys and (b := _age_bracket(k))}
    if not brackets:
        return
    age = float(said.group(1))
    fits = [k for k, (lo, hi) in brackets.items() if lo <= age <= hi]
    rest = text[:said.start()] + " " + text[said.end():]
    if not _PER_PERSON.search(rest) or _OF_ALL_PEOPLE.search(rest):
        fits = []  # "95岁老人有多少人": the bracket's count or total is not the age's (the table does not split it)
    for m in [m for m in fq.mentions if m.keys & set(brackets) or m.start < said.end() and said.start() < m.end]:
        fq.mentions.remove(m)
        if (m.start, m.end) in taken:
            taken.remove((m.start, m.end))
    if len({_age_bracket(k) for k in fits}) == 1 and _take(text, taken, said.start(), said.end()):
        fq.mentions.append(Mention(said.start(), said.end(), set(fits), True, len(fits[0])))


def _drop_other_numbers(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """"80岁以上老人" is not the label 60周岁以上老年人数: a number said with the words that differs from the
    number in every label they matched leaves those words unexplained, never answered as that label.
    Then 总 said before a column (_total_of_a_column)."""
    _total_of_a_column(fq, text, taken, idx)
    for m in list(fq.mentions):
        said = re.search(r"(\d+(?:\.\d+)?)(?![年月日号\d])\D{0,2}$", text[max(0, m.start - 6):m.start])
        inside = re.findall(r"\d+(?:\.\d+)?(?![年月日号\d])", text[m.start:m.end])
        numbers = set(inside) | ({said.group(1)} if said else set())
        if not numbers:
            continue  # (no number said with the words, as most are: nothing to hold against their labels)
        # A label's own numbers, not a classification code it starts with (2050202小学教育).
        labelled = [set(re.findall(r"\d+(?:\.\d+)?", re.sub(r"^\d{3,}", "", k))) for k in m.keys]
        held = bool(_AGE_SAID.fullmatch(text[m.start:m.end])) and all(
            (b := _age_bracket(k)) and any(b[0] <= float(n) <= b[1] for n in numbers) for k in m.keys)
        if numbers and not held and all(nums and not nums & numbers for nums in labelled):  # (95岁 of 90-99周岁 holds)
            fq.mentions.remove(m)
            if (m.start, m.end) in taken:
                taken.remove((m.start, m.end))


def _sub_column(idx: FactIndex, parent: str, sub: str) -> bool:
    """Some fact has both as column labels (离退休人员 over 退休)."""
    both = set(idx.label_facts.get(sub, ())).intersection(idx.label_facts.get(parent, ()))
    return any({parent, sub} <= set(idx.fact_keys[f][idx.fact_nrows[f]:]) for f in both)


def _read_sub_columns(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"退休人员" read as the column 离退休人员 says its sub-column 退休 by name: the sub-column is asked, not
    both 离休 and 退休 (a column label inside the words said, and inside the parent's label)."""
    for m in list(fq.mentions):
        said = text[m.start:m.end]
        if m.start < 0 or said in m.keys or not m.keys <= idx.col_keys:
            continue
        subs = {said[i:j] for i in range(len(said)) for j in range(i + 2, len(said) + 1)}
        found = [k for k in subs if k in idx.col_keys and k not in m.keys and any(
            k in p and k != p and _sub_column(idx, p, k) for p in m.keys)]
        if found:
            best = max(sorted(found, key=said.index), key=len)  # (of two as long, the first said: not set order)
            fq.mentions.append(Mention(m.start, m.end, {best}, True, len(best)))


def _parts_of_a_column(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"机关本级编制 行政多少 工勤多少": a column said once (编制 -> 核定编制数), then its parts each on their
    own (行政, 工勤): each part is that column's sub-column (行政编制, 工勤编制), not a like-named part of
    another column (实有人数 › 行政)."""
    cols = [m for m in fq.mentions if m.keys and m.keys <= idx.col_keys]
    for i, parent in enumerate(cols):
        parts = [m for m in cols[i + 1:] if m.start >= parent.end]
        # each part asked on its own ("行政多少 工勤多少"), not a word running on ("公务用车购置费预算")
        if len(parts) < 2 or not all(re.match(r"(?:是|有)?(?:多少|几个|几人|几)", text[m.end:]) for m in parts):
            continue
        found: list[set[str]] = []
        for m in parts:
            said = text[m.start:m.end]
            found.append({c for c in idx.col_keys if c.startswith(said) and c not in parent.keys
                          and any(_sub_column(idx, p, c) for p in parent.keys)})
        if all(found):
            for m, keys in zip(parts, found, strict=True):
                m.keys = keys
            fq.mentions = [m for m in fq.mentions if m is not parent]
            return


# A question a note answers: why, since when, from where, what a remark says.
_NOTE_ASKED = re.compile(r"为啥|为什么|为何|原因|截至|截止|审计|备注|注明|说明|怎么没|什么时候|啥时候|何时|哪天|几时|从哪来|哪来的|来源|依据|口径|"
                         r"标准|测算|怎么算|如何算|按什么|按多少|"
                         r"[调拨转用花]到哪|[调拨转用花]去哪|去哪了|哪去了|去向|流向|用在哪")  # where it goes: 调到哪去了


_NOTE_SAID = {"从哪来": "来源", "哪来的": "来源", "截止": "截至", "审计过": "审计"}


_NOTE_WORDS = re.compile("|".join(_NOTE_SAID))


_COMMON_GRAMS = {"什么", "时候", "多少", "哪个", "为啥", "为什", "么时", "是不", "不是", "有没", "没有", "这个", "那个", "写的"}


_TITLE_TAIL = re.compile(r"(?:明细|情况|统计|汇总|一览)?表$")


def _read_sheet_titles(fq: FactQuestion, text: str, taken: list[tuple[int, int]], scope: list,
                       idx: FactIndex) -> None:
    """Words no label took that say one sheet's own title ("养老补助资金" of 居家社区养老服务补助资金分配表, a
    sheet of a multi-sheet workbook) name that sheet's rows: a mention of the sheet, so only its facts fit."""
    # A label matched only in part ("补助" of 就业补助 in "养老补助") yields to the sheet title said whole; so
    # does another table's total matched in part ("支出合计" of 本年支出合计 in "基本支出合计": that sheet's 合计).
    weak = [m for m in fq.mentions if m.quality <= 0.5 or m.quality < 1 - 1e-9 and not m.part
            and all(_is_total(k) for k in m.keys)]
    # (another table's label matched in part yields to a title said in one run: _title_run)
    loose_of = [m for m in fq.mentions if m not in weak and m.quality < 1 - 1e-9 and m.end - m.start >= 4]
    firm = [(s, e) for s, e in taken if not any(m.start == s and m.end == e for m in weak)]
    rest = _masked(text, firm, "\x00")
    best, weak = _best_title(text, rest, scope, idx, weak, loose_of)
    partial = [m for m in fq.mentions if m.quality < 1 - 1e-9]
    loose = _masked(text, [(s, e) for s, e in taken if not any(m.start == s and m.end == e for m in partial)], "\x00")
    own_column = None
    if best is None and (titled := _general_title_said(loose, scope, idx) or _general_title_word(rest, scope, idx)
                         or (own_column := _title_over_its_own_column(fq, text, taken, scope, idx))):
        best, doc = titled
        # Labels matched in part inside the title said more fully ("助餐补贴" of 助餐点运营补贴 in
        # "养老助餐补贴资金") yield to it.
        over = [m for m in partial if best[1] <= m.start and m.end <= best[2] and m.end - m.start < best[2] - best[1]]
        if over and len(over) == len(fq.mentions) and all(m.keys & idx.doc_keys.get(doc, set()) for m in over):
            # the title is all the question names ("三公经费预算多少"): its labels said are what is asked — not
            # another table's label ("人居环境资金": 资金 of another table's 其他资金)
            return
        if _take(text, taken, best[1], best[2]) or over or own_column:
            # "社区养老服务项目资金一共分配了多少": the words are the table's title, not a row matched in part.
            fq.mentions = [m for m in fq.mentions if m not in over]
            taken[:] = [(s, e) for s, e in taken if not any(m.start == s and m.end == e for m in over)]
            _take(text, taken, best[1], best[2])
            fq.subject_docs = fq.subject_docs or {doc}
            if fq.mentions and _quoted_subject_said(text[best[1]:best[2]], idx, doc):
                _whole_of_subject(fq, idx, doc)  # "公安局三公比上年少多少": the row's 合计 column of the “三公” table
        return
    if best is None:
        best = _title_word(rest, scope, idx)
    if best is None:
        return
    over = [m for m in weak if m.start < best[2] and best[1] < m.end]
    freed = False
    if over and len(set(text[best[1]:best[2]]) & set("".join(text[m.start:m.end] for m in over))) >= 2:
        fq.mentions = [m for m in fq.mentions if m not in over]
        taken[:] = [(s, e) for s, e in taken if not any(m.start == s and m.end == e for m in over)]
        freed = True
    if _take(text, taken, best[1], best[2]):
        fq.mentions.append(Mention(best[1], best[2], {best[3]}, True, best[0]))
        if freed:
            # The words the dropped labels held past the title ("合计") are that sheet's labels.
            _mentions(fq, idx, [d for d in scope if best[3] in idx.sheet_titles.get(d.id, ())], taken)


def _title_over_its_own_column(fq: FactQuestion, text: str, taken: list[tuple[int, int]], scope: list,
                               idx: FactIndex) -> tuple[tuple[int, int, int, str], int] | None:
    """A general table's title said in one run across a column of its own ("采购预算" of 政府采购预算表, 预算 of its
    预算金额), with a word of it matched only in part to another row (采购 of 图书采购): that table, said short. The
    column stays what is asked; only the partial match yields."""
    said = _masked(text, [(s, e) for s, e in taken if not any(m.start == s and m.end == e for m in fq.mentions)], "\x00")
    got = _general_title_said(said, scope, idx)
    if got is None:
        return None
    (_, s, e, _), doc = got
    own = idx.doc_keys.get(doc, set())
    if text[s:e] in own:
        return None  # (a column of its own said whole, 债务限额 of 债务限额及余额情况表: that column, not the table)
    inside = [m for m in fq.mentions if s <= m.start and m.end <= e]
    # (another table's label said by a shorter part of the title: 政府采购 of 政府采购金额 in "政府采购预算")
    foreign = [m for m in inside if m.quality >= 1 - 1e-9 and not m.keys & own and m.end - m.start < e - s]
    if not any(m.quality < 1 - 1e-9 for m in inside) and not foreign:
        return None
    if any(m.quality >= 1 - 1e-9 and m not in foreign and not m.keys & own for m in inside):
        return None
    fq.mentions = [m for m in fq.mentions if m not in foreign]
    taken[:] = [(a, b) for a, b in taken if not any(m.start == a and m.end == b for m in foreign)]
    return got


def _read_sheet_years(fq: FactQuestion, text: str, taken: list[tuple[int, int]], scope: list,
                      idx: FactIndex) -> None:
    """Sheet titles said; a sheet that is one year's of its workbook ("2024年实际支出" beside "2025年预算")
    is said as that year: "2025年预算比2024年实际" compares the two years' figures of the same rows."""
    for _ in range(3):
        before = len(fq.mentions)
        _read_sheet_titles(fq, text, taken, scope, idx)
        if len(fq.mentions) == before or not fq.mentions:
            return  # (a label matched in part gave way to a general table's title said: no sheet mention)
        m = fq.mentions[-1]
        year = _year_of_sheet(idx, next(iter(m.keys)))
        if year is None:
            return
        if fq.years and year not in fq.years and not re.search(r"比|较|相比|对比|增|减|涨|降|差", text):
            return  # "2024年…预算数" of a workbook whose 预算 sheet is 2025's: that sheet, of a year it is not
        fq.mentions.remove(m)
        # "2024年实际花了多少" (花了 read 执行数): the spending said again of a sheet of what was spent
        spent = re.match(r"执行数|支出|花费|开支", text[m.end:])
        doc = idx.fact_doc[idx.label_facts[next(iter(m.keys))][0]]
        if spent and "实际" in next(iter(m.keys)) and not any(
                spent.group() in k for k in idx.doc_keys.get(doc, ()) if k not in idx.sheet_titles.get(doc, ())):
            _take(text, taken, m.end, m.end + spent.end())
        if year not in fq.years and not fq.relative_year:  # "比上年实际": the year is said already
            fq.years.append(year)


def _year_of_sheet(idx: FactIndex, key: str) -> int | None:
    """The one year a sheet's facts are of, when its workbook's other sheets are of other years."""
    fids = idx.label_facts.get(key, ())
    years = {idx.fact_year[f] for f in fids}
    if len(years) != 1 or None in years or not fids:
        return None
    doc = idx.fact_doc[fids[0]]
    others = {idx.fact_year[f] for t in idx.sheet_titles.get(doc, ()) if t != key for f in idx.label_facts.get(t, ())}
    return next(iter(years)) if others and not others & years else None


def _title_word_not_a_column(fq: FactQuestion, text: str, scope: list, idx: FactIndex) -> None:
    """"一般公共预算执行数": 预算 ends the table's title said (一般公共预算支出功能分类表), not the column 预算数, when
    another column of the table is said outright (执行数): never both columns read, nor added up."""
    cols = [m for m in fq.mentions if m.start >= 0 and m.keys and m.keys <= idx.col_keys]
    if len(cols) < 2:
        return
    cores = _general_titles(idx)[0]
    titled = [(cores[d.id], idx.doc_keys.get(d.id, set())) for d in scope if d.id in cores]
    for m in cols:
        for a in range(max(0, m.start - 8), m.start - 1):
            said = text[a:m.end]
            # (the words before it are no label of their own: "一般债务限额" is the row 一般债务 and its column)
            if len(said) < 4 or "\x00" in said or any(o.start < m.start and a < o.end for o in fq.mentions if o is not m):
                continue
            # both columns the title's own table's ("中期财政规划…支出": 支出 of another table leaves 规划数 stand)
            if any(said in title and m.keys & own and any(o is not m and (o.end <= m.start or o.start >= m.end)
                                                          and o.keys & own for o in cols) for title, own in titled):
                fq.mentions.remove(m)
                return


def _title_words_not_a_longer_row(fq: FactQuestion, text: str, scope: list) -> None:
    """"柏川国资的利润收入" (国资 said as 国有资本经营预算): the table's own kind said before 的 names the table, not a
    row whose longer name holds those words too (其他国有资本经营预算企业利润收入), when a row said after it is named
    in full (利润收入): that row alone is read."""
    forms = [compact(d.form or "") for d in scope[:64]]
    whole = [m for m in fq.mentions if m.start >= 0 and m.exact and m.quality >= 1 - 1e-9]
    for m in list(fq.mentions):
        said = text[m.start:m.end] if m.start >= 0 else ""
        if len(said) >= 2 and m not in whole and any(said in f for f in forms) \
                and any(o.start == m.end + 1 and text[m.end] == "的" for o in whole):
            fq.mentions.remove(m)


def _general_title_said(rest: str, scope: list, idx: FactIndex) -> tuple[tuple[int, int, int, str], int] | None:
    """A one-sheet general table's own title said (four characters at least, in one run): its span and
    the table; None when no title, or several tables' titles, are said as well."""
    found = []
    cores, by_run = _general_titles(idx)
    # only a title sharing four characters in a row with the question is aligned (looked up, not searched;
    # a run every department's title shares, "2024年部门", is asked of the scope's tables, never copied)
    runs = [ids for i in range(len(rest) - 3) if (ids := by_run.get(rest[i:i + 4]))]
    near = set().union(*runs) if len(scope) > 64 else None  # (every table in scope: asked of the union)
    for d in scope if runs else ():
        if not (d.id in near if near is not None else any(d.id in ids for ids in runs)):
            continue
        core = cores[d.id]
        al = _align(core, rest)
        # four characters of the title in one run at least ("项目预算" of 项目支出预算…表 is no title said)
        if al is not None and al[0] >= 4 and al[0] / (al[2] - al[1]) >= 0.75 \
                and any(rest[i:i + 4] in core for i in range(al[1], al[2] - 3)):
            found.append(((al[0], al[1], al[2], core), d.id))
    if not found:
        return None
    top = max(x[0][0] for x in found)
    best = [x for x in found if x[0][0] == top]
    return best[0] if len({x[0][3] for x in best}) == 1 else None


def _general_title_word(rest: str, scope: list, idx: FactIndex) -> tuple[tuple[int, int, int, str], int] | None:
    """Two characters left over that only one general table's title says and none of its labels but its note
    ("衔接" of 财政衔接推进乡村振兴补助资金项目计划表 in "衔接资金一共多少"): that table, said short."""
    cores, _ = _general_titles(idx)
    pairs = _general_title_pairs(idx)
    in_scope: dict[int, int] | None = None  # how many times each table is in scope (counted once, when needed)
    for m in re.finditer(r"(?=([\u4e00-\u9fff]{2}))", rest):
        word = m.group(1)
        if _FILLER.match(word) or _GENERIC_KIND.fullmatch(word):
            continue  # (预算 of "空调预算" names no table: every table's title may say it)
        held = pairs.get(word)
        if not held:
            continue  # no title says it (most words: the scope is not walked)
        if in_scope is None:
            in_scope = defaultdict(int)
            for d in scope:
                in_scope[d.id] += 1
        docs = [d for d in held if d in in_scope]
        if len(docs) != 1 or in_scope[docs[0]] != 1 \
                or any(word in k and not _note_item(k, idx) for k in idx.doc_keys.get(docs[0], ())):
            continue
        return (2, m.start(), m.start() + 2, cores[docs[0]]), docs[0]
    return None


def _general_title_pairs(idx: FactIndex) -> dict[str, frozenset[int]]:
    """Two characters in a row -> the one-sheet general tables whose title's core says them (built once per
    index: a question's every pair of characters was looked for in every table's title)."""
    found = idx.__dict__.get("_general_title_pairs")
    if found is None:
        pairs: dict[str, set[int]] = {}
        for doc, core in _general_titles(idx)[0].items():
            for i in range(len(core) - 1):
                pairs.setdefault(core[i:i + 2], set()).add(doc)
        found = idx.__dict__["_general_title_pairs"] = {w: frozenset(v) for w, v in pairs.items()}
    return found


def _general_titles(idx: FactIndex) -> tuple[dict[int, str], dict[str, frozenset[int]]]:
    """Per one-sheet general table its title's core (the 表 tail dropped, four characters at least), and
    four characters in a row -> the tables whose core says them. Built once per index."""
    found = idx.__dict__.get("_general_titles")
    if found is None:
        cores: dict[int, str] = {}
        runs: dict[str, set[int]] = {}
        for d in idx.docs.values():
            core = _TITLE_TAIL.sub("", label_key(d.form)) if d.layout == "general-table" and d.form else ""
            if len(core) >= 4:
                cores[d.id] = core
                for i in range(len(core) - 3):
                    runs.setdefault(core[i:i + 4], set()).add(d.id)
        found = idx.__dict__["_general_titles"] = (cores, {r: frozenset(v) for r, v in runs.items()})
    return found


def _best_title(text: str, rest: str, scope: list, idx: FactIndex, weak: list[Mention],
                loose_of: list[Mention]) -> tuple[tuple[int, int, int, str] | None, list[Mention]]:
    """The sheet title the words left say best (matched characters, span, title key), and the mentions that
    yield to it (those given, and another table's label matched in part that the title's run covers)."""
    best, rank, yielding = None, None, list(weak)
    cores, grams = _title_cores(idx), _title_grams(idx)
    # _align finds a title only through two characters in a row it shares with the question: the tables
    # whose titles share none are passed over without aligning (the same order, so the same ties).
    near = {d for i in range(len(rest) - 1) for d, _ in grams.get(rest[i:i + 2], ())}
    for d in scope if near else ():
        if d.id not in near:
            continue
        foreign = [m for m in loose_of if not m.keys & idx.doc_keys.get(d.id, set())]
        for key, core in cores.get(d.id, ()):
            al = _align(core, rest) if len(core) >= 3 else None
            run = _title_run(core, text, rest, foreign, al)
            al = run or al  # "重点项目明细里…项目": the title's words said in one run, not another table's label in part
            if al is None:
                continue
            n, s, e = al
            # Ties by the tighter span, then the title said most completely.
            if n >= 3 and n / (e - s) >= 0.75 and (rank is None or (n, s - e, n / len(core)) > rank):
                best, rank = (n, s, e, key), (n, s - e, n / len(core))
                yielding = weak + [m for m in foreign if m not in weak] if run else list(weak)
    return best, yielding


def _title_run(core: str, text: str, rest: str, foreign: list[Mention],
               al: tuple[int, int, int] | None) -> tuple[int, int, int] | None:
    """A title's words said in one run of four characters or more over a label of another table matched in
    part ("项目明细" of 项目支出明细预算 in "重点项目明细"): that run, when it says more than the alignment."""
    if not foreign:
        return None
    freer = "".join(ch if any(m.start <= i < m.end for m in foreign) else r for i, (ch, r) in enumerate(zip(text, rest, strict=True)))
    run = _shared_run(core, freer)
    if run is None or al is not None and run[0] <= al[0] or not any(m.start < run[2] and run[1] < m.end for m in foreign):
        return None
    return run


def _shared_run(core: str, text: str) -> tuple[int, int, int] | None:
    """The longest run of four or more characters a title's core and the question share: (length, start, end)."""
    for n in range(min(len(core), len(text)), 3, -1):
        for i in range(len(core) - n + 1):
            at = text.find(core[i:i + n])
            if at >= 0:
                return n, at, at + n
    return None


def _title_cores(idx: FactIndex) -> dict[int, tuple[tuple[str, str], ...]]:
    """Per document, its sheet titles in order (never the string hash seed's) with their cores (the 表 tail
    dropped). Built once per index: a question naming no department looks at every table's titles."""
    cores = idx.__dict__.get("_title_cores")
    if cores is None:
        cores = idx.__dict__["_title_cores"] = {
            d: tuple((key, _TITLE_TAIL.sub("", key)) for key in sorted(keys)) for d, keys in idx.sheet_titles.items()}
    return cores


def _title_grams(idx: FactIndex) -> dict[str, frozenset[tuple[int, str]]]:
    """Two characters -> the (document, sheet title) whose core says them; built once per index."""
    grams = idx.__dict__.get("_title_grams")
    if grams is None:
        found: dict[str, set[tuple[int, str]]] = {}
        for d, pairs in _title_cores(idx).items():
            for key, core in pairs:
                for i in range(len(core) - 1):
                    found.setdefault(core[i:i + 2], set()).add((d, key))
        grams = idx.__dict__["_title_grams"] = {g: frozenset(v) for g, v in found.items()}
    return grams


def _title_word(rest: str, scope: list, idx: FactIndex) -> tuple[int, int, int, str] | None:
    """Two characters left over that only one sheet's title says and none of the labels ("耕地" of 耕地地力保护补贴
    in "柳塘镇耕地补贴多少", 补贴 being a column's word): that sheet; None when several titles say them."""
    grams = _title_grams(idx)
    in_scope: set[int] | None = None
    for m in re.finditer(r"(?=([\u4e00-\u9fff]{2}))", rest):
        word = m.group(1)
        if _FILLER.fullmatch(word) or _FILLER.match(word):
            continue
        said = grams.get(word, frozenset())
        if said and in_scope is None:
            in_scope = {d.id for d in scope}
        titles = {(d, key) for d, key in said if in_scope is not None and d in in_scope}
        if len(titles) != 1:
            continue
        doc, key = next(iter(titles))
        # (a label says them too; not the table's note, whose sentence repeats the title's words)
        if any(word in k and not _note_item(k, idx) for k in idx.doc_keys.get(doc, ())
               if k not in idx.sheet_titles.get(doc, ())):
            continue
        return 2, m.start(), m.start() + 2, key
    return None


# "哪一项超支了", "哪些项目超支" (not "超支多少": the excess of the row named; nor "超支最多": a ranking)
_OVERSPENT = re.compile(r"(?<!没有)(?<![没未不])超支(?!多少|了多少|几|最)")  # (没超支的: not these rows)
# "X为啥没花完", "为什么没执行完": the reason the row fell short is asked, not the rows that were finished
_WHY_NOT_DONE = re.compile(r"(?:原因|为啥|为什么|为何|怎么)(?:还|都)?(?P<not>没有|没|未)$")


def _read_fall_and_finished(fq: FactQuestion, question: str, text: str, taken: list[tuple[int, int]]) -> None:
    """"降得最多" (the largest fall is the smallest change) and "付完了" (done reached the plan)."""
    if re.search(r"(?:降幅|减幅|下降|减少|降低|下滑|降得|减得|少得|省得)(?:幅度)?(?:最大|最多)", compact(question)) \
            and "max" in fq.ops:
        fq.ops[fq.ops.index("max")] = "min"
        fq.fall = True
        if fell := re.search(r"(?:降得|减得|少得|省得)(?=最多|最大)", text):
            _take(text, taken, fell.start(), fell.end())  # the verb (最多 is the operation's)
    fq.overspent = bool(_OVERSPENT.search(compact(question)))
    # ("没执行完的有多少" asks what is left: a remainder, not the rows done)
    if not fq.remaining and (m := re.search(r"(?:已经|已)?(?:(?:付|支付|执行|花|拨付|拨|发放|发|用)完(?:毕)?|付清|拨付到位|拨付完毕)(?:了)?", text)):
        if why := _WHY_NOT_DONE.search(text[:m.start()]):
            _take_free(taken, why.start("not"), m.end())  # "为啥没花完": the reason asked (a 原因 column), no filter
            return
        fq.finished = True
        if not _take(text, taken, m.start(), m.end()):  # "拨付完毕": 拨付 is the verb, not 已拨付金额 said
            fq.mentions = [x for x in fq.mentions if x.start < m.start() or x.end > m.end()]
            _take_free(taken, m.start(), m.end())
    if (m := _FUNDED.search(text)) and {"count", "list"} & set(fq.ops):
        fq.funded = True  # "有几个乡镇分到了钱": the rows holding an amount, not the empty ones
        _take(text, taken, m.start(), m.end())
    if (m := BOUGHT.search(text)) and _take(text, taken, m.start(), m.end()):
        # "资本性支出 买了啥": the lines under it that hold an amount (办公设备购置 13.58), never its total again
        fq.ops = [*fq.ops, "list"] if "list" not in fq.ops else fq.ops
        fq.funded = True
        if what := re.match(r"啥|什么", text[m.end():]):
            _take(text, taken, m.end(), m.end() + what.end())  # (the asking word is the list's)


# "哪几类有预算", "有几项是有数的": the rows printing a figure (a 收支总表 prints 无此项 blank)
_FUNDED = re.compile(r"(?:分到|拿到|得到|分配到|领到|获得)(?:了)?(?:钱|资金|经费|补助|拨款)|有(?:预算|数|金额)(?:的|$)")


def _words_of_named_rows(fq: FactQuestion) -> None:
    """"三支一扶生活补贴": a word left over that the row named by a part of its label also says (its
    label "“三支一扶”…及生活补贴") is that row's word: it narrows the mention, it is not unexplained."""
    kept = []
    for w in fq.leftover.split():
        # A word after 及/和/与 is one of the row's parts ("缺口资金及生活补贴"): its amount is not the row's
        # (only a rate the row states in words, 每人每月750元, is of that part).
        holders = [m for m in fq.mentions if m.part and len(w) >= 2 and any(w in k for k in m.keys)
                   and (fq.per_unit or not any(re.search(f"[及和与、]{re.escape(w)}", k) for k in m.keys))]
        for m in holders:
            m.keys = {k for k in m.keys if w in k}
        if not holders:
            kept.append(w)
    fq.leftover = " ".join(kept)


_TOTAL_SAID = re.compile(r"(?:一般公共预算|部门|全部|所有)?(?:总支出|总收入|总预算|总金额|总额|支出总额|预算总额|支出总计|总计|总数)"
                         r"|(?:整体|总体)(?=(?:预算)?(?:执行|支出|进度|完成))")  # "整体(预算)执行进度": the 合计 row's


def _read_level(fq: FactQuestion, text: str, taken: list[tuple[int, int]]) -> None:
    """The subject level asked (类 / 款 / 项): "21208这个款下面哪个项最多" asks the 项 under the 款 named."""
    for said in re.finditer(r"(?<!\d)(\d{3,7})(?:这个|这一)?(类|款|项)(?!目)", text):
        if len(said.group(1)) == _LEVEL_DIGITS[said.group(2)]:
            _take(text, taken, said.start(2), said.end(2))  # "21208款": the level of the code named, nothing more
    if (under := _UNDER.search(text)) and _take(text, taken, under.start(), under.end()):
        fq.level, fq.under = under.group(1), True
        for said in _LEVEL.finditer(text):
            _take(text, taken, said.start(), said.end())
    elif (lv := _LEVEL.search(text) or _LEVEL_COUNTED.search(text)) and _take(text, taken, lv.start(), lv.end()):
        fq.level = next(g for g in lv.groups() if g)
        # "城乡社区支出这一类合计": the total of the 类 said is that 类's own line (a coded table prints each 类's
        # sum on it), never a 合计 column of another table
        if (whole := _LEVEL_WHOLE.match(text, lv.end())) and lv.group().startswith(("这", "那")):
            _take(text, taken, whole.start(), whole.end())
    elif re.search(r"第.{1,2}?[多少高低大小]|最[多少高低大小快慢]", text) and (lv := _WHICH_LEVEL.search(text)) \
            and _take(text, taken, lv.start(), lv.end()):
        fq.level, fq.level_loose = next(g for g in lv.groups() if g), True
    elif re.search(r"减少|下降|降低|增加|增长|上升|[增降涨]幅|增速|增减|变化|变动|调[增减]|追加|压减|核减", text) \
            and (lv := _WHICH_LEVEL_CHANGED.search(text)) and _take(text, taken, lv.start(), lv.end()):
        # "哪一类支出比上年减少了": the 类 whose change fell; "调减超过一千万的款": the 款 adjusted so
        fq.level, fq.level_loose = next(g for g in lv.groups() if g and g in _LEVEL_DIGITS), True
        if lv.group("change") and "diff" not in fq.ops:
            fq.ops.append("diff")  # "哪类支出下降了": the change said right after the level is the filter


def _column_in_two_parts(fq: FactQuestion, scope: list, idx: FactIndex) -> None:
    """"补贴南岗镇面积": a word left over that, after a label said before it, completes a column label (补贴
    of 补贴金额 and 面积 are 补贴面积): that mention names the column holding both, and the word is understood."""
    if len(scope) > 64:
        return
    for word in [w for w in fq.leftover.split() if len(w) >= 2]:
        at = fq.text.find(word)
        for m in fq.mentions:
            said = fq.text[m.start:m.end] if 0 <= m.start and m.end <= at else ""
            if len(said) < 2:
                continue
            keys = {k for d in scope for k in idx.doc_keys.get(d.id, ()) if k in idx.col_keys
                    and said in k and word in k[k.index(said) + len(said):] and len(k) <= len(said) + len(word) + 2}
            if keys:
                m.keys, m.quality = keys, 0.5
                fq.leftover = " ".join(w for w in fq.leftover.split() if w != word)
                break


# "预算比决算多多少": the word after 比, before the change asked.
_THAN_WORD = re.compile(r"比([\u4e00-\u9fff]{2,4}?)(?:的|数)?(?:多|少|高|低|增加|减少|增长|下降|差|超)")


def _other_column_after_than(fq: FactQuestion, idx: FactIndex) -> None:
    """"三公经费预算比决算多多少": a column named before 比 (三公经费合计 › 2024年预算数) and only a word after it, the
    word standing for the part of that column's label said before it (预算 → 决算): the table's column so named
    (三公经费合计 › 2024年决算数) is the other side — one column read twice is no difference."""
    than = _THAN_WORD.search(fq.text)
    if than is None or any(m.start >= than.start() and (m.start, m.end) != than.span(1) for m in fq.mentions):
        return  # (the word itself read as some other table's column, 决算 › 决算数, is read again here)
    word = than.group(1)
    before = [m for m in fq.mentions if 0 <= m.start and m.end <= than.start() and m.keys <= idx.col_keys]
    found: set[str] = set()
    for m in before:
        said = fq.text[m.start:m.end]
        parts = {said[i:j] for i in range(len(said)) for j in range(i + 2, min(len(said), i + 4) + 1)}
        for key in m.keys:
            cols = set().union(*(idx.doc_rows_and_cols(d)[1] for d in idx.first_docs(key, 40)))
            found |= {key.replace(a, word, 1) for a in parts if a in key and a != word} & cols
    if len(found) == 1:
        key = next(iter(found))
        fq.mentions = [m for m in fq.mentions if m.start < than.start()]
        fq.mentions.append(Mention(than.start(1), than.end(1), {key}, False, len(word), len(word) / len(key)))


def _column_said_around_a_word(fq: FactQuestion, idx: FactIndex) -> None:
    """"县人民医院住院综合楼截至去年底累计完成多少": a word read as another table's column (完成 → 全年完成值) with the
    words left over beside it ("累计", "截至 … 底") all inside one column label of the table of the row named
    (截至2024年底累计完成投资): that column, its words understood."""
    rows = [m for m in fq.mentions if m.exact and m.keys & idx.row_label_keys]
    docs = {d for m in rows for k in m.keys for d in idx.first_docs(k, 40)}
    if len(docs) != 1:
        return
    cols = idx.doc_rows_and_cols(next(iter(docs)))[1]
    words = [w for w in fq.leftover.split() if re.fullmatch(r"[一-鿿]{1,6}", w)]
    for m in fq.mentions:
        said = fq.text[m.start:m.end] if m.start >= 0 else ""
        if m in rows or len(said) < 2 or m.keys & cols:
            continue
        # the word with the leftover run right before it, said together ("累计" + "完成")
        before = next((w for w in words if len(w) >= 2 and fq.text[m.start - len(w):m.start] == w), "")
        holding = [k for k in cols if before and before + said in k]
        if len(holding) != 1:
            continue
        key = holding[0]
        inside = [w for w in words if w in key and (len(w) >= 2 or f"年{w}" in key)]  # (底 of 年底 after a year said)
        fq.mentions[fq.mentions.index(m)] = Mention(m.start - len(before), m.end, {key}, False,
                                                    len(before) + len(said), (len(before) + len(said)) / len(key))
        fq.leftover = " ".join(w for w in fq.leftover.split() if w not in inside)
        return
    _column_said_in_part(fq, words, cols)


def _column_said_in_part(fq: FactQuestion, words: list[str], cols: set[str]) -> None:
    """"青川大道改建工程累计完成多少" (the table's department said inside the row's name, no other table's column
    read): a leftover word one column label of the row's table holds (截至2025年底累计完成投资) is that column."""
    if any(m.keys & cols for m in fq.mentions):
        return
    for w in (w for w in words if len(w) >= 2):
        holding = [k for k in cols if w in k]
        at = fq.text.find(w)
        if len(holding) == 1 and at >= 0 and not _own_kind_after(holding[0], fq.text, at, at + len(w)):
            fq.mentions.append(Mention(at, at + len(w), {holding[0]}, False, len(w), len(w) / len(holding[0])))
            fq.leftover = " ".join(x for x in fq.leftover.split() if x != w)
            return


def _column_said_by_its_core(fq: FactQuestion, scope: list, idx: FactIndex) -> None:
    """"在编人员占编制的比例": a word left over that one column label of the tables asked holds inside it
    (编制 of 核定编制数; no other column says it) names that column, in a question that already names
    another label (a share or a difference of two columns); a word several columns hold stays unread."""
    if len(scope) > 8 or not fq.mentions or not (set(fq.ops) & {"ratio", "diff"}):
        return
    cols: set[str] = set()
    for d in scope:
        cols |= idx.doc_rows_and_cols(d.id)[1]
    for word in [w for w in fq.leftover.split() if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", w)]:
        at = fq.text.find(word)
        holding = {k for k in cols if word in k and k != word}
        if at < 0 or len(holding) != 1 or any(m.start <= at < m.end for m in fq.mentions):
            continue
        fq.mentions.append(Mention(at, at + len(word), holding, False, len(word), len(word) / len(next(iter(holding)))))
        fq.mentions.sort(key=lambda m: m.start)
        fq.leftover = " ".join(w for w in fq.leftover.split() if w != word)


def _column_said_by_its_end(fq: FactQuestion, scope: list, idx: FactIndex) -> None:
    """"余额最高的乡镇", "余额超过一个亿的有哪些": no label said, a ranking or a bound asked, and a word left over
    that ends the column heads of one table only (余额 of 2023年末债务余额 and 2024年末债务余额), said nowhere else
    in its columns: those columns, as "债务余额" would name them (the table's year then chooses)."""
    if not ({"max", "min", "list", "count"} & set(fq.ops) or fq.cmp) or len(scope) > 60:
        return
    for word in [w for w in fq.leftover.split() if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", w)]:
        at, holding, docs = fq.text.find(word), set[str](), set[int]()
        for d in scope:
            cols = idx.doc_rows_and_cols(d.id)[1]
            if ends := {k for k in cols if k.endswith(word) and len(k) > len(word)}:
                if any(word in k and not k.endswith(word) and not k.startswith(tuple(ends)) for k in cols):
                    return  # (a word inside another column of that table too, not a part under it: which is not said)
                holding, docs = holding | ends, docs | {d.id}
        if at < 0 or not holding or len(docs) != 1:
            continue
        fq.mentions.append(Mention(at, at + len(word), holding, False, len(word), len(word) / max(map(len, holding))))
        fq.leftover = " ".join(w for w in fq.leftover.split() if w != word)
        return


def _read_asked_of_labels(fq: FactQuestion, question: str, text: str, taken: list[tuple[int, int]], scope: list,
                          idx: FactIndex) -> None:
    """What is asked of the labels said: operations, filters, a share's whole, falls and completion; then a
    word of the table's kind (only a plain ask names a table) and words said again."""
    _read_times(fq, text, taken)
    _read_operations(fq, text, taken, scope, idx)
    _total_of_two_departments(fq, text)
    _filter(fq, text, taken)
    if fq.cmp and fq.number is not None:  # ("完成投资比例100%的": 100 is the figure filtered, no part of a code 31001)
        _filtered_number_no_row(fq, text, taken)
    _rate_column_filtered(fq, text, idx)
    _share_of_total_row(fq, text, scope, idx, taken)
    _table_said_by_its_rows(fq, text, scope, idx)
    _read_fall_and_finished(fq, question, text, taken)
    _read_mean(fq, text, taken)
    _column_had(fq, text, taken, idx)
    _kind_of_the_others_table(fq, text, idx, taken)
    _words_said_again(fq, idx, text, taken)


def _filtered_number_no_row(fq: FactQuestion, text: str, taken: list[tuple[int, int]]) -> None:
    """The figure a filter compares against, matched inside a code (100 of 31001), names no row: its mention
    dropped, and the comparison's words it kept from being claimed ("超过100") claimed now (no leftover)."""
    dropped = [m for m in fq.mentions if not m.exact and m.start >= 0
               and re.fullmatch(r"[\d.]+", said := text[m.start:m.end]) and float(said) == fq.number]
    if not dropped:
        return
    fq.mentions = [m for m in fq.mentions if m not in dropped]
    taken[:] = [(s, e) for s, e in taken if not any((s, e) == (m.start, m.end) for m in dropped)]
    _filter(fq, text, taken)


_RATE_SHORT = re.compile(r"(完成|执行|支出|拨付|支付)[\u4e00-\u9fff]{0,4}?(比例|率)")


def _rate_column_filtered(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"完成比例100%的项目", "完成比例最低的类别": a rate filtered by a figure or ranked, said short of a rate column
    the tables print (完成投资比例), is that column, its rows filtered or ranked; never every row's rate worked out,
    the figure dropped (nor the 合计's rate given as the lowest)."""
    filtered = fq.cmp in ("eq", "ne", "lt", "gt", "ge", "le") and fq.number is not None and 0 <= fq.number <= 100
    if not fq.rate or not (filtered or {"min", "max"} & set(fq.ops)):
        return  # ("完成比例最低的类别": ranked in the column too)
    said = _RATE_SHORT.search(text)
    if said is None or any(m.start < said.end() and said.start() < m.end for m in fq.mentions):
        return
    keys = {k for k in idx.col_keys if k.startswith(said.group(1)) and k.endswith(said.group(2))
            and len(k) <= len(said.group()) + 4}
    if keys:
        fq.mentions.append(Mention(said.start(), said.end(), keys, False, len(said.group()),
                                   len(said.group()) / max(map(len, keys))))
        fq.mentions.sort(key=lambda m: m.start)
        fq.rate = ""


# "平均拨付进度", "单价的平均值": a column's mean over the rows (平均每户 is per_head's).
_MEAN = re.compile(r"平均(?!每|到每|分配)(?:值|数|水平)?|均值")


def _read_mean(fq: FactQuestion, text: str, taken: list[tuple[int, int]]) -> None:
    """"平均拨付进度": a mean asked, where no label said takes the word (平均得分 of a table printing it); a
    label's part said alone (平均 of 平均得分) beside another label said whole is the mean asked of that one."""
    if (m := _MEAN.search(text)) is None or fq.per_head:
        return
    part = [x for x in fq.mentions if (x.start, x.end) == m.span() and not x.exact]
    if part and any(x.exact and x.start >= 0 and x not in part for x in fq.mentions):
        fq.mentions = [x for x in fq.mentions if x not in part]
        fq.mean = True
    elif _take(text, taken, m.start(), m.end()):
        fq.mean = True


# The whole of what is said before it: "购买服务总额", "…一共多少".
_WHOLE_OF_SAID = re.compile(r"^(?:的)?(?:总额|总金额|总预算|合计|总计|一共|总共|共计|加起来)")


def _table_said_by_its_rows(fq: FactQuestion, text: str, scope: list, idx: FactIndex) -> None:
    """"柯城民政购买服务总额", "购买服务一共多少": the one word said is the header of the table's row names
    (购买服务项目名称) and a word of its kind (政府购买服务预算表): every row is meant, so their whole is the
    table's total line, never the one row whose name the word fits best."""
    if len(fq.mentions) != 1 or (m := fq.mentions[0]).start < 0 or not _WHOLE_OF_SAID.match(text[m.end:]):
        return
    said = text[m.start:m.end]
    kinds = [d.id for d in scope if len(said) >= 3 and said in compact(d.form or "")]
    # (or the head of text columns only: 购买服务 of 购买服务内容, "教育局购买服务一共多少" of its 政府购买服务预算表)
    textual = bool(m.keys) and all(any(idx.text_columns.get((d, k)) for d in kinds) for k in m.keys) \
        and not m.keys & idx.row_label_keys
    if not textual and (not m.keys <= idx.head_keys or m.keys & (idx.row_label_keys | idx.col_keys)):
        return
    if kinds:
        fq.mentions, fq.total = [], True
        fq.subject_docs = fq.subject_docs or set(kinds)


def _column_had(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """"哪些项级科目有补助镇街支出", "几个乡镇有高标准农田建后管护": the rows listed or counted are those holding
    an amount (above zero) in the column said right after 有, not every row printing it (0 or blank)."""
    if not fq.funded and not fq.ops and _ROWS_HAVING.match(text):
        fq.ops.append("list")  # "有其他资金的购买服务项目": those rows listed, as "…有哪些" asks
        had = [m for m in fq.mentions if m.start == 1 and m.keys & idx.col_keys]
        if len(had) == 1 and _take(text, taken, 0, 1):
            had[0].keys &= idx.col_keys  # (a column here, though another table prints a row of that name)
            fq.funded = True
            return
    if fq.funded or not {"count", "list"} & set(fq.ops) or not re.search(r"哪些|哪几|几个|多少个|^有", text):
        return
    for m in fq.mentions:
        if m.start > 0 and (verb := _had_before(text, m, idx)) and m.keys <= idx.col_keys \
                and not m.keys & idx.row_label_keys and _take(text, taken, *verb):
            fq.funded = True
            if (no := _NOT_HAD.search(text, 0, verb[0])) and _take(text, taken, no.start(), no.end()):
                fq.funded, fq.unfunded = False, True  # "一季度没有支出的项目": the rows with nothing there
            return
        if m.start > 0 and (no := _NOT_HAD.search(text, 0, m.start)) and m.keys <= idx.col_keys \
                and not m.keys & idx.row_label_keys and _take(text, taken, no.start(), no.end()):
            fq.unfunded = True  # "一季度没支出的有哪些"
            return


_NOT_HAD = re.compile(r"(?:没|无|未|零)$")
# "哪些部门有…", "哪几个项目安排了…": the rows holding the column said after it.
_HAD = re.compile(r"(?:有|安排了?)$")


def _had_before(text: str, m: Mention, idx: FactIndex) -> tuple[int, int] | None:
    """Where 有 / 安排了 is said right before a column, or before a word beginning the group header over that
    column ("有公务用车购置费" of 公务用车购置及运行费 › 购置费, the word read as the group later): its span."""
    if had := _HAD.search(text, 0, m.start):
        return had.span()
    for n in range(2, min(m.start, 8) + 1):
        if (had := _HAD.search(text, 0, m.start - n)) and _begins_its_group(text[m.start - n:m.start], m.keys, idx):
            return had.span()
    return None


def _begins_its_group(word: str, keys: set[str], idx: FactIndex) -> bool:
    """Whether a word begins the group header printed over a column (公务用车 of 公务用车购置及运行费 › 购置费)."""
    for k in keys:
        for f in idx.label_facts.get(k, ())[:100]:
            cols = idx.fact_keys[f][idx.fact_nrows.get(f, 0):]
            at = cols.index(k) if k in cols else 0
            if at > 0 and cols[at - 1].startswith(word) and cols[at - 1] != word:
                return True
    return False
# "有其他资金的购买服务项目": rows said by a column they hold, nothing asked of them: which they are.
_ROWS_HAVING = re.compile(r"有[\u4e00-\u9fff]{2,10}的[\u4e00-\u9fff]{0,6}(?:项目|服务|单位)$")


def _column_of_the_period(fq: FactQuestion, text: str, scope: list, idx: FactIndex) -> None:
    """"执法巡查次数上半年完成多少": a column word said loosely (完成, read as 完成进度) with a period the tables print
    as a column's own months (1-6月实际完成值): that column — the figure done in the period, not its progress."""
    months = fq.period
    if not months or list(months) != list(range(months[0], months[-1] + 1)) or len(months) < 2:
        return
    a, b = months[0], months[-1]
    forms = [f"{a}{dash}{b}月" for dash in ("-", "—", "－", "~", "至", "到")]
    own = {k for d in scope for k in idx.doc_keys.get(d.id, ())}
    for m in fq.mentions:
        if m.exact or m.start < 0 or not m.keys or not m.keys <= idx.col_keys:
            continue
        said = text[m.start:m.end]
        held = {k for k in idx.gram_keys.get(said[:2], ()) if k in own and k in idx.col_keys and said in k
                and any(f in k for f in forms)}
        if held and not held & m.keys:
            m.keys = held


def _labels_said(fq: FactQuestion, text: str, taken: list[tuple[int, int]], scope: list, idx: FactIndex,
                 soft: tuple[int, int] | None) -> None:
    """The labels said; then the asking words said inside a label's words ("计划几月采购": 几月, taken once
    计划采购时间 was read)."""
    _mentions(fq, idx, scope, taken)
    _kind_not_its_qualified_lines(fq, text, idx)
    if soft is not None:
        _take(text, taken, *soft)


_KIND_WHOLE = Words("parts", "的?(?:{kind_whole})")
_CODE_AHEAD = re.compile(r"^[\dA-Za-z\s]*(?:[一二三四五六七八九十]+[、.．])?(?:其中[:：]?)?")


def _kind_not_its_qualified_lines(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"义乌市监局人员经费合计多少": a kind of spending said whole (the vocabulary's spending_kinds) read only as
    labels that put a qualifier before it (编外人员经费, 专项公用经费): those are narrower things than the kind
    asked, never its figure; the words are left unread (a table without the kind's own line says it has none).
    A label beginning with the kind (人员经费合计) is the kind's own."""
    kinds = vocabulary_section(getattr(idx, "vocab_path", ""), "spending_kinds", _suffixes)
    for m in list(fq.mentions):
        said = text[m.start:m.end] if m.start >= 0 else ""
        # (only the kind's whole asked, 合计 / 一共, or a part of a line, 其中: "X局的公用经费多少" may name its one
        # project of that kind by a short name)
        whole = _KIND_WHOLE.match(text, m.end) or text[:m.start].endswith(("其中", "其中的"))
        if said not in kinds or not whole or not m.keys or any(_CODE_AHEAD.sub("", k).startswith(said) or said not in k for k in m.keys):
            continue  # (a coded line of the kind, 301工资福利支出, 一、人员经费, is the kind's own)
        m.keys = set()


def _kind_of_the_others_table(fq: FactQuestion, text: str, idx: FactIndex, taken: list[tuple[int, int]]) -> None:
    """"采购里面 面向中小企业预留的是哪些": a word said (采购) that names nothing of the one table holding the
    other labels said, but is a word of that table's kind (政府采购预算表), says which table: it narrows no rows."""
    if len(fq.mentions) < 2 or fq.subject_docs:
        return
    at = text.find("占")
    for m in list(fq.mentions):
        said = text[m.start:m.end]
        if 0 <= at < m.start:
            continue  # "城市建设支出占基金支出比例": the whole a share is of (read by _share_of_total_row)
        others = [x for x in fq.mentions if x is not m]
        docs = set().union(*(idx.first_docs(k, 400) for x in others for k in x.keys))
        if fq.departments:
            docs &= {d for dept in fq.departments for d in idx.dept_docs.get(dept, ())}
        if len(docs) > 1 and len(said) >= 3:  # ("农业农村局购买服务小计": of its tables, the one of that kind)
            docs = {d for d in docs if said in compact(idx.docs[d].form or "")} or docs
        if len(said) < 2 or len(docs) != 1:
            continue
        d = next(iter(docs))
        rows, cols = idx.doc_rows_and_cols(d)
        plain = not fq.ops and not fq.cmp and fq.number is None and not fq.rate and not fq.period
        heads = bool(m.keys) and m.keys <= idx.head_keys  # the header of a label column said in part (采购 of 采购类别)
        # (or of text columns only: 购买服务 of 购买服务内容, a figure asked of that bureau's 政府购买服务预算表)
        textual = bool(m.keys) and all(k in cols and idx.text_columns.get((d, k)) for k in m.keys)
        heads = heads or textual
        plain = plain or textual and set(fq.ops) <= {"sum"} and not fq.cmp and fq.number is None
        if sum(said in k for k in cols) == 1 and len(m.keys & (rows | cols | idx.head_keys)) < 2 and not heads:
            continue  # "供水保障预算多少": 预算 names the one column of that table holding it (年度预算数)
        if said in compact(idx.docs[d].form) and (not m.keys & (rows | cols) or plain and fq.departments and not m.exact
                                                   and m.quality < 1 and (len(m.keys) >= 2 or heads)
                                                   and idx.docs[d].department in fq.departments):
            # ("青溪县教育局采购预算": 采购 said in part of 采购品目 and 采购方式, of that bureau's 政府采购预算表)
            fq.mentions.remove(m)
            fq.subject_docs = {d}
            form = compact(idx.docs[d].form)
            a, b = m.start, m.end  # "政府采购" of 政府采购预算表: the kind's words said beside it are read with it
            while a > 0 and text[a - 1:b] in form and not any(s <= a - 1 < e for s, e in taken):
                a -= 1
            while b < len(text) and text[a:b + 1] in form and not any(s <= b < e for s, e in taken):
                b += 1
            if (a, b) != (m.start, m.end):
                taken.append((a, m.start))
                taken.append((m.end, b))
            # "水务局采购计划": every word said in part is of the table's kind: the table is named, nothing in it
            if plain and fq.departments and all(not x.exact and x.quality < 1 and text[x.start:x.end] in form
                                      and len(text[x.start:x.end]) >= 2 for x in fq.mentions):
                fq.mentions, fq.total = [], True
            return


_MARKS = frozenset({"是", "否", "√", "×", "✓", "✗", "✔", "✘", "有", "无", "Y", "N", "y", "n"})


def _tick_column_said(fq: FactQuestion, scope: list, idx: FactIndex) -> None:
    """"哪些是进口的": a word left over that one tick-box column of the tables asked holds inside it
    (进口 of 是否采购进口产品, its cells 是/否 or √/×) names that column, in a question listing or counting rows."""
    if len(scope) > 12:
        return
    cols: set[str] = set()
    for d in scope:
        cols |= idx.doc_rows_and_cols(d.id)[1]

    ticked = idx.__dict__.setdefault("_ticks", {})  # of the knowledge base alone: read once per label

    def ticks(k: str) -> bool:
        if k not in ticked:
            ticked[k] = all(compact(f["value"] or "") in _MARKS for f in idx.facts(list(idx.label_facts.get(k, ()))[:40]))
        return ticked[k]
    for m in fq.mentions:
        said = fq.text[m.start:m.end]
        if m.start >= 0 and len(said) >= 2 and m.keys and all(ticks(k) for k in m.keys):
            # the same mark asked of every table asked ("哪些是进口的": 进口产品 here, 是否采购进口产品 there)
            m.keys |= {k for k in cols if said in k and ticks(k)}
    for word in [w for w in fq.leftover.split() if re.fullmatch(r"[\u4e00-\u9fff]{2,6}", w)]:
        at = fq.text.find(word)
        holding = {k for k in cols if word in k and k != word and ticks(k)}
        if at < 0 or not holding or any(m.start <= at < m.end for m in fq.mentions) or len(
                set().union(*(idx.first_docs(k, 40) for k in holding))) < len(holding):
            continue  # (two such columns of one table: which is meant is not said)
        fq.mentions.append(Mention(at, at + len(word), holding, False, len(word), len(word) / min(map(len, holding))))
        fq.mentions.sort(key=lambda m: m.start)
        fq.leftover = " ".join(w for w in fq.leftover.split() if w != word)


def _share_of_total_row(fq: FactQuestion, text: str, scope: list, idx: FactIndex,
                        taken: list[tuple[int, int]] | None = None) -> None:
    """"项目支出占2024年预算合计的比重": the 合计 said after 占 is the total the share is over, not a row
    the part must also be in; so is the table's own kind ("城市建设支出占基金支出比例" of 政府性基金预算支出表)."""
    if "ratio" not in fq.ops or not (at := text.find("占")) >= 0 or len(fq.mentions) < 2:
        return
    kinds = [compact(d.form) for d in scope] + [t for d in scope for t in idx.sheet_titles.get(d.id, ())]

    def whole(m: Mention) -> bool:
        said = text[m.start:m.end]
        before = "".join(" " if any(s <= i < e for s, e, _ in fq.dept_spans) else c
                         for i, c in enumerate(text[at + 1:m.start], at + 1))  # ("占柯城民政购买服务": its department)
        if not _is_grand_total(said) and not re.fullmatch(r"(?:全部|整个|全|总|的|了|这个|该| |(?:19|20)?\d\d年度?)*", before):
            _line_said_in_full(m, text[at + 1:m.end], at + 1)
            return False  # "占本级基金收入": words before the kind make it a line of the table (本级政府性基金收入合计)
        # a column the table prints (实有人数 of 人员编制及实有人数统计表) is that column, not the table's kind
        # ("占总额多少": the table's whole said by 总额 right after 占, not a label holding it, 资产总额)
        return _is_grand_total(said) or said in ("总额", "总数") and m.start == at + 1 and said not in m.keys \
            or len(said) >= 4 and not m.keys & idx.col_keys and any(
            said in k or said in k.replace("预算", "") for k in kinds)

    widened: list[Mention] = []

    def _line_said_in_full(m: Mention, words: str, start: int) -> None:
        # the one line of the tables whose name holds every character said, in order (本级…基金收入…合计)
        if len(words) < 4 or not re.fullmatch(r"[\u4e00-\u9fff]+", words) \
                or any(o is not m and o.start < m.start and start < o.end for o in fq.mentions):
            return  # (only words nothing else explains are the line's)
        pattern = re.compile(".*".join(map(re.escape, words)))
        lines = {k for d in scope for k in idx.doc_keys.get(d.id, ()) if k in idx.row_label_keys and pattern.search(k)}
        if len(lines) == 1:
            if taken is not None:
                _take(text, taken, start, m.start)  # the words before it are the line's too
            m.keys, m.start = lines, start
            widened.append(m)

    totals = [m for m in fq.mentions if m.start > at and m.keys and whole(m)]
    fq.mentions = [m for m in fq.mentions if not any(  # a word inside the line said in full
        o is not m and o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start for o in widened)]
    if len(totals) == 2 and totals[0].end == totals[1].start and _is_grand_total(text[totals[1].start:totals[1].end]):
        fq.mentions.remove(totals.pop(0))  # "占基金支出合计": the table's kind and its 合计 say one total
    if len(totals) == 1 and any(m.start < at for m in fq.mentions):
        fq.mentions.remove(totals[0])
        fq.total = True


def _place_of_the_table_said(fq: FactQuestion, idx: FactIndex) -> None:
    """"醴陵政府性基金2025年预算数合计": a place said alone (醴陵: 醴陵市 and its bureaus) with the kind of a table only
    some of them have (醴陵市's 政府性基金预算支出表) names the departments of that table, not every one of the place."""
    if not fq.subject_docs or len(fq.dept_names) != 1 or {"max", "min", "count", "list"} & set(fq.ops) \
            or re.search(r"部门|单位|各|分别", fq.text):
        return  # ("宜都哪个部门一般公共预算最多": asked over the place's departments)
    owners = {idx.docs[d].department for d in fq.subject_docs if d in idx.docs}
    form, named = fq.dept_names[0]
    if owners and owners < set(named):
        fq.dept_names = [(form, [d for d in named if d in owners])]
        fq.departments = [d for d in fq.departments if d in owners]


def _read_kind_said(fq: FactQuestion, text: str, taken: list[tuple[int, int]], scope: list, idx: FactIndex) -> None:
    """"政府性基金支出合计" of the named department's 政府性基金预算支出表: five characters or more of the table's
    kind said together name the table, never rows holding 基金 or 支出 in part."""
    if not fq.departments or not scope or len(scope) > 8:
        return
    best: tuple[int, int, int] | None = None
    for d in scope:
        plain = re.sub(r"表$", "", compact(d.form or "")).replace("预算", "")
        # a label said (机关运行经费 of a 三公经费及机关运行经费预决算对比表) is the label, not the table
        said = [(at, at + len(k)) for k in idx.doc_keys.get(d.id, ()) if len(k) >= 3 and k in text
                for at in said_at(k, text)]
        for s in range(len(text)):
            e = s
            while e < len(text) and text[s:e + 1] in plain:
                e += 1
            if e - s >= 5 and (best is None or e - s > best[1] - best[0]) \
                    and not any(text[s:e] in k for k in idx.doc_keys.get(d.id, ())) \
                    and not any(a < e and s < b for a, b in said):
                best = (s, e, d.id)
    if best is None:
        best = _kind_said_short(text, taken, scope, idx)
    if best is not None and _take(text, taken, best[0], best[1]):
        fq.subject_docs = fq.subject_docs or {best[2]}


def _kind_said_short(text: str, taken: list[tuple[int, int]], scope: list, idx: FactIndex) -> tuple[int, int, int] | None:
    """"白沙县投资计划里…": the table's kind said short, four characters or more of it in order (投资计划 of
    政府投资项目计划表), right before 里 / 中 / 表 — the table named as where the rest is; None otherwise, or
    when the words hold a label of the table (专项债券项目里: its column 专项债券 is asked)."""
    best: tuple[int, int, int] | None = None
    for place in re.finditer(r"(?:表)?(?:里面|里|中)|表", text):
        for d in scope:
            plain = re.sub(r"表$", "", compact(d.form or ""))
            for s in range(max(0, place.start() - 8), place.start() - 3):
                said = text[s:place.start()]
                cut = s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff" and not any(a < s <= b for a, b in taken)  # mid-word
                if cut or not re.fullmatch(r"[\u4e00-\u9fff]+", said) or any(a < place.start() and s < b for a, b in taken) \
                        or not in_order(said, plain) \
                        or any(said in k or len(k) >= 2 and k in said for k in idx.doc_keys.get(d.id, ())):
                    continue
                if best is None or place.start() - s > best[1] - best[0]:
                    best = (s, place.start(), d.id)
                break
    return best


_CLASS_WORD = re.compile(r"^(经济|功能)(?:分类)?(?:科目)?$")
_CLASS_SAID = re.compile(r"(经济|功能)(?:分类|科目)")
_SUBJECT_CODE = re.compile(r"^[2357]\d{2}(?:\d{2}){0,2}(?!\d)")


def _classification_said(fq: FactQuestion, scope: list, idx: FactIndex) -> None:
    """"经济分类里退休费": the classification of budget subjects the rows named are coded by (经济分类 codes
    begin with 3 or 5, 功能分类 codes with 2) is understood when every coded row named is of it; a row of the
    other classification leaves the word unexplained (never answered as if it were not said)."""
    words = fq.leftover.split()
    named = _CLASS_SAID.search(fq.text)
    if named is None:
        return
    said = [w for w in words if _CLASS_WORD.match(w)]
    economic = named.group(1) == "经济"
    ids = {d.id for d in scope}
    codes: list[str] = []
    for key in (k for m in fq.mentions for k in m.keys):
        facts = idx.label_facts.get(key, ())
        if len(facts) > 5000:
            return
        codes += [c.group() for f in facts if idx.fact_doc[f] in ids for k in idx.fact_keys[f][:idx.fact_nrows[f]]
                  if (c := _SUBJECT_CODE.match(k))]  # "30302", or "30302退休费" where code and name share a cell
    if codes and all((c[0] in "35") == economic for c in codes):
        fq.leftover = " ".join(w for w in words if w not in said)
    elif codes and not said:  # (功能分类 is otherwise read as a filler word)
        fq.leftover = " ".join([*words, named.group(0)])


def _read_form_said(fq: FactQuestion, text: str, taken: list[tuple[int, int]], scope: list, idx: FactIndex) -> None:
    """"普陀那个部门决算 收入总计": a kind of table said whole (部门决算, 项目申报表, four characters or more)
    names the tables of that kind, not a label it is a part of (部门决算单位构成)."""
    every = scope is idx.all_docs()  # (no department named: the kinds of every table, worked out once)
    kinds: dict[str, set[int]] | None = idx.__dict__.get("_form_kinds") if every else None
    if kinds is None:
        kinds = {}
        for d in scope:
            form = compact(d.form or "")
            if len(form) >= 4:  # (said in full: "政府采购预算" without 表 may be the words of a label, 采购预算金额)
                kinds.setdefault(form, set()).add(d.id)
        kinds = dict(sorted(kinds.items(), key=lambda kv: len(kv[0]), reverse=True))
        if every:
            idx.__dict__["_form_kinds"] = kinds
    for said in kinds:
        at = text.find(said)
        if at >= 0 and _take(text, taken, at, at + len(said)):
            fq.subject_docs, fq.table_said = fq.subject_docs or set(kinds[said]), True
            return
    # "监控表", "分配表", "收费表": a table said by a word of its kind's name and 表 (…运行监控情况表), the tables
    # of that kind ("那个表" or "这张表" names none)
    for m in _SHORT_TABLE.finditer(text):
        for i in range(m.start(1), m.end(1) - 1):
            word = text[i:m.end(1)]
            held = {d for form, docs in kinds.items() if _kind_ends_table(form) and word in form
                    for d in docs}  # (分配表（第一批）, compact 分配表第一批: the kind before its batch)
            if held and _take(text, taken, i, m.end()):
                fq.subject_docs, fq.table_said = fq.subject_docs or held, True
                return
    if _read_kind_shortened(fq, text, taken, idx):
        return
    # "监控项目总的执行率": the projects of the table a word of its kind's name says (…运行监控情况表), when no
    # label of another table says those projects: never another table's project, the word dropped
    for m in _TABLES_PROJECTS.finditer(text):
        word = m.group(1)
        held = {d for form, docs in kinds.items() if _kind_ends_table(form) and word in form for d in docs}
        phrase = word + "项目"
        # ("监控项目总体执行率": the projects' whole is the table's total row, 项目 no column of their names)
        after = m.end() + text.startswith("的", m.end())
        whole = bool(_TOTAL_SAID.match(text, after) or text.startswith(("合计", "总计"), after))
        if held and not any(phrase in k for d in idx.docs if d not in held for k in idx.doc_keys.get(d, ())) \
                and _take(text, taken, m.start(1), after if whole else m.end(1)):
            fq.subject_docs, fq.table_said = fq.subject_docs or held, True
            return


def _read_kind_shortened(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> bool:
    """"部门收支总表里的项目支出", "项目明细小计": a kind of table said short — four characters or more of its name
    (部门收支预算总表, 部门项目支出预算明细表) in their order, ending as the name does (总表, 明细) — names the tables
    of that kind among the department's (all tables when none is named), when it shortens one kind only and no
    label of those tables says it; over the table a subject said chose before (项目支出 of 项目支出预算明细表)."""
    docs = [idx.docs[d] for dept in fq.departments for d in idx.dept_docs.get(dept, ())] if fq.departments \
        else idx.all_docs()
    kinds: dict[str, set[int]] | None = None if fq.departments else idx.__dict__.get("_kinds_of_every")
    if kinds is None:
        kinds = {}
        for d in docs:
            kinds.setdefault(compact(d.form or ""), set()).add(d.id)
        if not fq.departments:  # (no department named: the kinds of every table, worked out once)
            idx.__dict__["_kinds_of_every"] = kinds
    found = shortened_kind(text, list(kinds), lambda form, word: any(  # (a label of any table asked: "绩效自评的项目")
        _names_a_label(word, form, k) for d in docs for k in idx.doc_keys.get(d.id, ())), taken)
    if found is None or not _take(text, taken, found[0], found[1]):
        return False
    held = set(kinds[found[2]])  # (a copy: the kept kinds are never changed)
    fq.subject_docs, fq.table_said = fq.subject_docs & held or held, True
    return True


def shortened_kind(text: str, forms: list[str], labelled=lambda form, word: False,
                   taken: list[tuple[int, int]] | None = None) -> tuple[int, int, str] | None:
    """The first span of text (the longest at its start, none of it taken) saying one kind of table short (see
    _shortens), and that kind; None when none does, or a span shortens several kinds or is a label of the tables
    (labelled)."""
    tabled = [form for form in forms if _kind_ends_table(form)]  # (no other kind is said short)
    if not tabled:
        return None
    runs = _chinese_runs(text)
    # (where a word may end: as a kind's stem does, or with 表 after the stem's last character; see _shortens)
    ends, lasts = {form[:-1][-2:] for form in tabled}, {form[-2:-1] for form in tabled}
    fits = [any(text.endswith(e, 0, j) for e in ends) or text[j - 1:j] == "表" and text[j - 2:j - 1] in lasts
            for j in range(len(text) + 1)]
    for i in range(len(text)):
        for j in range(min(len(text), i + 10, runs[i]), i + 3, -1):  # (a word of Chinese characters only)
            if not fits[j] or any(s < j and i < e for s, e in taken or ()):
                continue
            word = text[i:j]
            said = [form for form in tabled if _shortens_chinese(word, form)]
            if len(said) == 1 and not labelled(said[0], word):
                return i, j, said[0]
    return None


def _chinese_runs(text: str) -> list[int]:
    """For each position of text, where the run of Chinese characters starting there ends (the position itself
    when its character is none)."""
    runs = [0] * (len(text) + 1)
    runs[len(text)] = len(text)
    for i in range(len(text) - 1, -1, -1):
        runs[i] = runs[i + 1] if "\u4e00" <= text[i] <= "\u9fff" else i
    return runs


def _names_a_label(word: str, form: str, key: str) -> bool:
    """Whether a word said as a kind of table short is rather a label of its tables: inside one, or ending with
    the kind's last word no 表 follows that a label holds ("项目预算" of 部门项目支出预算表 whose column is 预算数)."""
    return word in key or not word.endswith("表") and form[-3:-1] in key


def _shortens(word: str, form: str) -> bool:
    """Whether word is form (a kind of table ending with 表) said short: its characters in form's order, its end
    the end of form (明细 of …明细表, 总表 of …总表)."""
    if not _kind_ends_table(form) or not re.fullmatch(r"[\u4e00-\u9fff]+", word):
        return False
    return _shortens_chinese(word, form)


def _shortens_chinese(word: str, form: str) -> bool:
    """_shortens of a word of Chinese characters and a kind ending with 表."""
    if word == form:
        return False
    stem = form[:-1]
    if not (word.endswith("表") and word[-2:-1] == stem[-1:] or word.endswith(stem[-2:])):
        return False
    at = 0
    for ch in word:
        at = form.find(ch, at) + 1
        if not at:
            return False
    return True


_BATCH_END = re.compile(r"第[一二三四五六七八九十\d]{1,3}批$")
# The period a table's kind ends with (compact, its brackets gone): "监控表（1-8月）" is a 监控表.
_KIND_PERIOD_END = re.compile(r"(?:[（(][^（）()]{1,12}[）)]|\d{1,2}[-—~至到]\d{1,2}月份?|[一二三四]季度|[上下]半年)$")


@cache  # (a few kinds of table, asked of every question's words)
def _kind_ends_table(form: str) -> bool:
    """Whether a table's kind (compact) is a …表 before its batch or its period in brackets."""
    return _BATCH_END.sub("", _KIND_PERIOD_END.sub("", form)).endswith("表")
_TABLES_PROJECTS = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2})(?:的)?(?:项目|表里的项目)")
_SHORT_TABLE = re.compile(r"([\u4e00-\u9fff]{2,4})(?:那张|这张|那个|这个)?表(?!示|明|扬|达|格外|态|率|现)")


def _read_total_words(fq: FactQuestion, text: str, taken: list[tuple[int, int]], scope: list, idx: FactIndex) -> None:
    """The batch a table is of (第一批), the kind of table said whole ("普陀那个部门决算 收入总计"), then the table's
    total said in words."""
    _read_batch(fq, text, taken, scope)
    _read_form_said(fq, text, taken, scope, idx)
    if fq.table_said:  # "监控项目总体执行率": the whole of the table said, whatever other tables' labels say 总体
        scope = [d for d in scope if d.id in fq.subject_docs] or scope
    _read_total_said(fq, text, taken, scope, idx)


def _read_total_said(fq: FactQuestion, text: str, taken: list[tuple[int, int]], scope: list, idx: FactIndex) -> None:
    """"总支出", "一般公共预算总支出": the table's total row said in people's words — unless a label of the
    tables asked about says the word itself (项目总预算 is a row of its own)."""
    _read_kind_said(fq, text, taken, scope, idx)  # "政府性基金支出合计": the table named, then its total
    if _table_subject_said(fq, text, taken, scope, idx):
        return
    m = _TOTAL_SAID.search(text)
    if m is None or len(scope) > 64:
        return
    word = re.sub(r"^(?:一般公共预算|部门|全部|所有)", "", m.group())
    if any(word in k for d in scope for k in idx.doc_keys.get(d.id, ())):
        return
    # What the total is of ("一般公共预算", "支出") must be what the table is of: 一般公共预算支出总额 is
    # no total of a 政府采购预算表.
    said = [w for w in re.split(r"总额|总计|总数|总体|整体|总", re.sub(r"^(?:部门|全部|所有)", "", m.group())) if w]
    held = [d for d in scope if all(w in compact(d.form) or any(w in k for k in idx.doc_keys.get(d.id, ()))
                                    for w in said)]
    # "社会保险基金总收入": the words before the total are the title of the table it is of
    titled = [d for d in held for n in range(min(m.start(), 12), 3, -1) if text[m.start() - n:m.start()] in compact(d.form)]
    held = titled or held
    if held and _take(text, taken, m.start(), m.end()):
        fq.total = True
        fq.subject_docs = fq.subject_docs or {d.id for d in held}
        # "总支出" of a table printing 收入合计 and 支出合计 rows: its 支出合计, never the first total row
        lines = {k for d in held for k in idx.doc_keys.get(d.id, set()) & idx.row_label_keys
                 for w in said if k in (w + "合计", w + "总计")}
        if len(lines) == 1 and not fq.ops and not re.search(r"占|比例|比重|百分", text):
            # (a share of it, 占总收入, is the share of the table's total the arithmetic reads itself)
            fq.mentions.append(Mention(m.start(), m.end(), lines, True, m.end() - m.start()))


# (the kind of spending itself, 基本支出 / 项目支出 — of a 基本支出经济分类预算表 too: a fund's whole,
# 一般公共预算支出, is its own rows' sum)
_TABLE_SUBJECT = re.compile(r"^(?:一般公共预算|政府性基金预算|部门)?((?!一般公共|政府性|国有资本|部门).{2,6}?(?:支出|收入))"
                            r"(经济分类|功能分类)?(?:预算|决算)?(?:明细|情况|汇总)?表$")


def _table_subject_said(fq: FactQuestion, text: str, taken: list[tuple[int, int]], scope: list,
                        idx: FactIndex) -> bool:
    """"基本支出合计多少" of a 基本支出预算表 whose rows never say 基本支出: what the whole table is of, its
    total row (not 基本工资, which shares a word)."""
    if len(scope) > 64:
        return False
    for d in scope:
        m = _TABLE_SUBJECT.match(compact(d.form or ""))
        word = m.group(1) if m else ""
        said = re.search(re.escape(word) + r"(?:的)?(?:总额|合计|总计|总数|总)?", text) if word else None
        if said is None or any(word in k for k in idx.doc_keys.get(d.id, ())):
            continue
        if m and m.group(2) and (len({o.department for o in scope}) > 1
                                 or any(word in k for o in scope if o.id != d.id for k in idx.doc_keys.get(o.id, ()))):
            continue  # (a 基本支出经济分类表's 基本支出 only of its department named, no other table's 基本支出 column)
        if _take(text, taken, said.start(), said.end()):
            fq.total = True
            fq.subject_docs = fq.subject_docs or {d.id}
            return True
    return False


def _table_kind_mentioned(fq: FactQuestion, scope: list, idx: FactIndex) -> None:
    """"渝中自评那个管理类指标…": the word the named department's table's kind ends with (自评 of 绩效自评表) that
    no label of that table says names the table, not a label it only resembles (自评结果 = 全年完成值)."""
    kinds = [(d.id, compact(d.form)) for d in scope if d.form]
    for m in list(fq.mentions):
        said = fq.text[m.start:m.end] if m.start >= 0 else ""
        if m.exact or len(said) < 2 or len(fq.mentions) < 2:
            continue
        if any(said + "表" in kind and not any(said in k for k in idx.doc_keys.get(d, ())) for d, kind in kinds):
            fq.mentions.remove(m)
        elif any(said + "表" in kind for _, kind in kinds) and any(
                x.start == m.end and x.exact and (x.keys <= idx.col_keys or all(map(_is_total, x.keys)))
                for x in fq.mentions):
            # "自评得分", "自评总分" of a 自评表: the table's 得分 (its 总分 row), not its 自评等级 line with no 得分
            fq.mentions.remove(m)


_KIND_WORD_MIN = 4  # a kind's word shorter than this (预算, 绩效) is said of many tables


def _one_table_said_by_kind(fq: FactQuestion, scope: list) -> None:
    """"住建局项目支出占部门整体预算百分之多少": words outside the question's labels and names that only one of the
    named department's tables holds in its kind (部门整体预算 of its 部门整体预算绩效目标表, not of its 功能分类表 that
    prints a 项目支出 line too) name that table, so its figures are read there, never another table's same line."""
    kinds = {d.id: compact(d.form) for d in scope if d.department == fq.departments[0] and d.form and d.facts}
    if len(set(kinds.values())) < 2:
        return
    taken = [(m.start, m.end) for m in fq.mentions if m.start >= 0] + [(s, e) for s, e, _ in fq.dept_spans]
    text, best = fq.text, ("", 0)
    for i in range(len(text)):
        for j in range(len(text), i + max(_KIND_WORD_MIN, len(best[0]) + 1) - 1, -1):  # longer words than the best
            word = text[i:j]
            if any(s < j and i < e for s, e in taken):
                continue
            holders = [d for d, k in kinds.items() if word in k]
            if len(holders) == 1:
                best = (word, holders[0])
                break
    if best[0]:
        fq.subject_docs = {best[1]}


def _labels_inside_the_kind(fq: FactQuestion, scope: list, idx: FactIndex) -> None:
    """"住建局一般公共预算多少" of a department whose 功能分类表 is named by 一般公共预算: a word inside the table's
    kind said (预算) that matched only another table's label (预算金额 of its 部门整体 table) is part of the
    kind, not a label of the table named: that table's own column saying it, if any."""
    doc = next(iter(fq.subject_docs))
    kind = next((compact(d.form) for d in scope if d.id == doc and d.form), "")
    held = idx.doc_keys.get(doc, set())
    for m in list(fq.mentions):
        if m.start < 0 or m.keys & held:
            continue
        runs = (fq.text[i:j] for i in range(max(0, m.start - 8), m.start + 1)
                for j in range(m.end, min(len(fq.text), m.end + 8) + 1) if j - i >= _KIND_WORD_MIN)
        if not any(run in kind for run in runs):
            continue
        said = fq.text[m.start:m.end]
        own = {k for k in held if said in k and k in idx.col_keys}
        if own:
            m.keys = own  # (预算 of 一般公共预算: the table's own 2026年预算数 column)
        else:
            fq.mentions.remove(m)


def _read_table_kind_words(fq: FactQuestion, scope: list, idx: FactIndex) -> None:
    """A word of the named department's table's own kind ("政府采购预算" of 政府采购预算表) is understood."""
    kinds = {d.id: compact(d.form) for d in scope}
    words = fq.leftover.split()
    told = [w for w in words if len(w) >= 2 and any(_kind_word(fq, idx, w, k) for k in kinds.values())]
    subject = [(w, d) for w in words if w not in told and len(w) >= 2 for d, k in kinds.items()
               if _subject_word(idx, w, d, k)]
    if subject and len({d for _, d in subject}) == 1:
        told += [w for w, _ in subject]
        fq.subject = [w for w, _ in subject]
        _whole_of_subject(fq, idx, subject[0][1])
    if told:
        fq.leftover = " ".join(w for w in words if w not in told)
        if not fq.subject_docs:
            fq.subject_docs = {d for d, k in kinds.items() if all(w in k for w in told)}


# The level of a budget subject (类 205, 款 20502, 项 2050202) said in words; "这一项" alone is no level.
_LEVEL = re.compile(r"(?:那|这)?一?(类|款|项)级(?:的)?(?:科目)?|(?:那|这)一(类|款)|(类|款|项)科目|(?:那|这)个(类|款)(?!目)")


# The whole of a 类 / 款 said right after its level word ("这一类合计"): that line itself.
_LEVEL_WHOLE = re.compile(r"(?:的)?(?:合计|总计|小计|总额|汇总)")


# "一共几个类", "有多少个款": the lines of that level counted ("几项" alone counts anything, never a level).
_LEVEL_COUNTED = re.compile(r"(?<=几个|少个)(类|款|项)(?!目|指标|资金|工作|任务|单位|部门)")


# "第四大的是哪一类" of rows coded by budget subject: a 类 ranked; of rows without codes, any row (loose).
# "哪个项补助镇街最多": a 项 / 类 said before the column ranked, of a coded table (of rows without codes, any row).
_WHICH_LEVEL = re.compile(r"哪一?(类|款)(?![\u4e00-\u9fff])"
                          r"|哪[一个]?(类|款)(?!目|指标|资金|工作|任务|单位|部门)(?=[\u4e00-\u9fff]{0,8}?(?:最|第))"
                          r"|哪[一个]?(项)(?!目|指标|资金|工作|任务|单位|部门)(?=[\u4e00-\u9fff]{2,8}?(?:最|第))"
                          r"|(?<=最[多少大小高低]的)(类|款|项)(?=是|$)")  # "2024年执行数最多的款"


# "哪一类支出", "哪些款科目" asked with a change: that level's rows.
_WHICH_LEVEL_CHANGED = re.compile(r"哪(?:一|些|几)?(类|款|项)(?:支出|收入|科目)?"
                                  r"(?:(?=的|比|较|是|调[增减]|追加|压减|核减)|(?P<change>(?:减少|下降|降低|压减|增加|增长|上升|提高)(?=了)))"
                                  r"|(?<=[增减加]的)(类|款|项)(?=有哪些|有几个|是哪些|$)|(?<=[万元]的)(类|款|项)(?=有|是|$)"
                                  r"|(?<=最[多少大小高低]的)(类|款|项)(?=是|$)")


# The rows under a subject named, at a level below it ("21208这个款下面哪个项最多").
_UNDER = re.compile(r"(?:下面|下边|底下|下属|里面|之下|下)(?:的)?(?:有|包括|包含)?(?:哪个|哪些|哪几个|哪一个|哪一|各个|每个|几个)(类|款|项)(?:级(?:的)?(?:科目)?|科目)?(?!目)")


_LEVEL_DIGITS = {"类": 3, "款": 5, "项": 7}


# What was done to an amount ("执行了多少") asks a figure of it, never a row whose label holds the verb
# (项目执行单位).
_ACTION_WORDS = re.compile(r"执行|完成|支付|拨付|使用|下达|实现|达到|到位|结余|结转|增加|减少|下降|上升|增长|变化|变动|调整|花")


# A measure word asked after 几/多少 (辆, 亩, 公里): a value not printed in it is not the answer (380万元 for 多少亩).
_MONEY_AFTER_ROW = re.compile(r"经费|资金|费用|金额|总投资|投资|钱(?=[多是呢吗？?]|$)")
_TARGET_VERB = re.compile(r"(?:要求|控制在?|要控制在?|标准|目标|计划|要达到|达到|不低于|不超过)")


def _counted_noun_said(fq: FactQuestion, question: str, text: str, taken: list[tuple[int, int]], scope: list,
                       idx: FactIndex) -> None:
    """"社工部有几辆车": the noun counted after a measure word (车 of 几辆车) is the line the department's table
    counts in that measure and names by it (车辆: 0辆), its whole line before its kinds; not a line of money
    whose name merely holds the noun (公务用车购置, read from 几辆车 = 公务用车保有量, a line other tables print).
    Nothing changes when no such line is printed."""
    said = compact(normalize(question))
    asked = _QUANTITY_ASKED.search(said)
    noun = re.match(r"[\u4e00-\u9fff]{1,3}?(?=[呢吗啊？?，,。]|$|是|有|在)", said[asked.end():]) if asked else None
    if asked is None or noun is None:
        return
    if not fq.departments:  # "区教育局有几辆车": the tables of the rows named
        named = {idx.fact_doc[f] for m in fq.mentions for k in m.keys & idx.row_label_keys for f in idx.label_facts[k][:50]}
        scope = [d for d in scope if d.id in named]
    if len(scope) > 8:
        return
    head = noun.group()[-1]
    counted = [(f, idx.fact_keys[f["id"]][idx.fact_nrows[f["id"]] - 1]) for d in scope for f in idx.facts(list(d.facts))
               if f["unit"] == asked.group(1) and f["number"] is not None and idx.fact_nrows.get(f["id"], 0)]
    column = _counted_column(counted, head, idx)
    counted = [(f, own) for f, own in counted if head in own]
    whole = [(f, own) for f, own in counted if idx.fact_nrows.get(f["id"], 0) == 1] or counted
    rows = {own for _, own in whole}
    if not fq.departments and not column:
        return
    if column and not rows:
        rows = column  # "区教育局有几辆车": the column counting 车 in 辆 (车辆 数量（辆）), not a row of that name
    if not rows or any(m.keys & rows for m in fq.mentions):
        return
    dropped = [m for m in fq.mentions if m.start >= 0 and head in text[m.start:m.end]]
    at = text.find(noun.group())
    spans = [(m.start, m.end) for m in dropped] or ([(at, at + len(noun.group()))] if at >= 0 else [])
    if not spans:
        return
    fq.mentions = [m for m in fq.mentions if m not in dropped]
    a, b = min(x for x, _ in spans), max(y for _, y in spans)
    for canon in (group[0] for group in idx.synonyms if group[0] in text):
        c = text.find(canon)  # the label the words were read as (公务用车保有量), claimed whole
        if c < b and a < c + len(canon):
            a, b = min(a, c), max(b, c + len(canon))
    fq.mentions.append(Mention(a, b, rows, False, len(noun.group()), 0.5))
    taken.append((a, b))


def _bare_counted_noun(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """"哪个单位车最多", "应急管理局车比财政局多几辆": a noun of one character left over, which a column counting
    things in a measure word names (车 of 车辆 数量（辆）), is that column (its whole, not its 其中 kinds)."""
    words = fq.leftover.split()
    measures = {m.group(1) for m in _QUANTITY_ASKED.finditer(text)}  # (辆 of 多几辆 is the measure, no noun)
    nouns = [w for w in words if len(w) == 1 and re.fullmatch(r"[\u4e00-\u9fff]", w) and text.count(w) == 1
             and w not in measures]
    if len(nouns) != 1 or any(nouns[0] in text[m.start:m.end] for m in fq.mentions if m.start >= 0) \
            or (idx.tags.get(nouns[0]) or "v")[:1] not in ("n", "z"):
        return  # (a noun: 车, not a verb: 发 of 发了多少, 分 of 分的最多)
    noun = nouns[0]
    docs = {idx.fact_doc[f] for k in idx.col_keys if noun in k for f in idx.label_facts.get(k, ())[:50]}
    named = {d for dept in fq.departments for d in idx.dept_docs.get(dept, ())}
    docs = docs & named if named else docs
    rows = {k for m in fq.mentions for k in m.keys & idx.row_label_keys}
    if rows:
        docs &= {idx.fact_doc[f] for k in rows for f in idx.label_facts.get(k, ())[:50]}
    if not docs or len(docs) > 8:
        return
    # (the noun begins the column's words, 车 of 车辆, and is not the measure itself: 分 of 得分（分）)
    counted = [(f, "") for d in docs for f in idx.facts(list(idx.docs[d].facts))
               if re.fullmatch(r"[\u4e00-\u9fff]", f["unit"] or "") and f["unit"] not in ("元", noun)
               and f["number"] is not None and any(p.strip().startswith(noun) for p in (f["col_labels"] or "").split("\x1f"))]
    column = _counted_column(counted, noun, idx)
    at = text.find(noun)
    if not column or at < 0 or not _take(text, taken, at, at + 1):
        return
    fq.mentions.append(Mention(at, at + 1, column, False, 1, 0.5))
    fq.mentions.sort(key=lambda m: m.start)
    fq.leftover = " ".join(w for w in words if w != noun)


def _counted_column(counted: list[tuple[dict, str]], head: str, idx: FactIndex) -> set[str]:
    """The one column of the facts counted in the measure asked whose label names the noun counted ("车辆 数量（辆）"
    of 几辆车), its whole before its kinds (not "其中：公务用车（辆）"): the keys naming that column's own label."""
    columns: dict[str, bool] = {}
    for f, _ in counted:
        parts = [p.strip() for p in (f["col_labels"] or "").split("\x1f") if p.strip()]
        if parts and any(head in p for p in parts):
            columns[f["col_labels"]] = any(p.startswith("其中") for p in parts)
    whole = [c for c, part in columns.items() if not part] or list(columns)
    if len(whole) != 1:
        return set()
    own = label_key(whole[0].split("\x1f")[-1])
    others = {label_key(c.split("\x1f")[-1]) for c in columns if c != whole[0]}
    return {own} if own in idx.col_keys and own not in others else set()


def _money_column(keys: set[str], idx: FactIndex) -> bool:
    """Whether the labels are columns of amounts ("农村人居环境整治" of an allocation table, 万元): a money word
    said after one ("人居环境整治资金") is the column's amount, not a part of it."""
    units = [f["unit"] for k in keys if k in idx.col_keys
             for f in idx.facts(list(idx.label_facts.get(k, ())[:20])) if f["number"] is not None]
    return bool(units) and all(u in ("元", "万元", "亿元", "千元") for u in units)


def _words_beside_rows(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """Leftover words that only say how a named row is asked: the verb of a target beside an indicator
    ("急救反应时间要求多少", "药占比控制多少"), and a money word right after a row's name ("智慧医疗信息平台运维
    经费": the row's amount; its name is printed without it)."""
    if _names_an_indicator(fq, idx):
        fq.leftover = " ".join(w for w in fq.leftover.split() if not _TARGET_VERB.fullmatch(w))
    # (投资 of a project's row, "茶叶加工厂建设项目"; not of a row of one part of its money, "…前期工作经费")
    after = {mm.group() for m in fq.mentions if m.start >= 0 and (mm := _MONEY_AFTER_ROW.match(text, m.end))
             and (m.keys & idx.row_label_keys or _money_column(m.keys, idx))
             and not ("投资" in mm.group() and any(re.search(r"经费|资金|费$", k) for k in m.keys))}
    fq.leftover = " ".join(w for w in fq.leftover.split() if w not in after)
    for m in fq.mentions:
        # "征地拆迁" of the one row 征地和拆迁补偿支出: the word said right after a row's part is the same
        # name said further on, not a part of that row
        said = text[m.start:m.end] if m.start >= 0 else ""
        rows = [k for k in m.keys if k in idx.row_label_keys]
        word = next((w for w in fq.leftover.split() if len(w) >= 2 and text.startswith(w, m.end)), "")
        if len(said) >= 2 and word and len(rows) == 1 and len(m.keys) == 1 \
                and (at := rows[0].find(said)) >= 0 and rows[0].find(word, at + len(said)) >= 0:
            fq.leftover = " ".join(w for w in fq.leftover.split() if w != word)
            m.end += len(word)
    # "创业孵化基地新增了几个": a word the one label said in part holds too (新增区级创业孵化基地数量), said after the
    # part, is that label's own word said out of order, not a qualifier no row has
    if not any(len(w) >= 2 for w in fq.leftover.split()):
        return
    held = [(compact(_unbracketed(_printed_label(idx, k))), text[m.start:m.end]) for m in fq.mentions
            if m.start >= 0 and len(m.keys) == 1 and m.quality < 1 for k in m.keys]
    fq.leftover = " ".join(w for w in fq.leftover.split()
                           if len(w) < 2 or not any(w in k and w not in said for k, said in held))


def _printed_label(idx: FactIndex, key: str) -> str:
    """A label as its table prints it, brackets kept (the key has none); the key when no fact shows it."""
    first = next(iter(idx.label_facts.get(key, ())), None)  # (one fact: a common label has thousands)
    for f in idx.facts([first] if first is not None else []):
        for label in f"{f['row_labels'] or ''}\x1f{f['col_labels'] or ''}".split("\x1f"):
            if label_key(label) == key:
                return label
    return key


def _unbracketed(label: str) -> str:
    """A label without what its brackets say, brackets within brackets too (全年预算数（A）（上年结转+年初预算…）)."""
    while (out := re.sub(r"[（(][^（）()]*[）)]", "", label)) != label:
        label = out
    return label


def _bracket_words_said(fq: FactQuestion, idx: FactIndex) -> None:
    """"住宅类登记费增减额": a word left over that the brackets of a row said hold (不动产登记费（住宅类）, its
    key 不动产登记费 shared with 不动产登记费（非住宅类）) tells that row apart; it is understood (the lookup
    keeps the rows whose brackets are said, values.bracket_rows)."""
    held = {b for m in fq.mentions for k in m.keys for b in idx.brackets.get(k, ())}
    fq.leftover = " ".join(w for w in fq.leftover.split() if len(w) < 2 or not any(w in b for b in held)
                           and not _unit_of_group_by_bracket(fq, w, idx))


def _bracket_word_as_rows(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"本级的行政编制多少": a word read as part of some rows' labels (本级收入小计) that the brackets of rows of
    the table holding the column said print (县财政局（本级）, 县教育局（本级）…) names those rows: one is that
    row, several are asked about (a row said in part), never another table's row."""
    named = {b for m in fq.mentions if not m.part for k in m.keys & idx.row_label_keys for b in idx.brackets.get(k, ())}
    # (the bracket of the row said, said again: "县财政局（本级）本级的…")
    fq.mentions = [m for m in fq.mentions if not (m.part and m.start >= 0 and any(text[m.start:m.end] in b for b in named))]
    cols = [m for m in fq.mentions if m.keys and m.keys <= idx.col_keys and not m.keys & idx.row_label_keys]
    if not cols or any(m.keys & idx.row_label_keys and not m.part for m in fq.mentions):
        return
    words = [text[m.start:m.end] for m in fq.mentions if m.part and m.start >= 0] + fq.leftover.split()
    if not any(len(w) >= 2 and _in_some_bracket(idx, w) for w in words):
        return  # (most questions: no word a row's bracket says)
    docs = set.intersection(*({idx.fact_doc[f] for k in c.keys for f in idx.label_facts.get(k, ())[:2000]}
                              for c in cols))

    def rows_of(word: str) -> set[str]:
        if len(word) < 2 or not _in_some_bracket(idx, word):
            return set()
        return {k for d in docs for k in idx.doc_rows_and_cols(d)[0]
                if any(word in b for b in idx.brackets.get(k, ()))}
    for m in [m for m in fq.mentions if m.part and m.start >= 0]:
        if (rows := rows_of(text[m.start:m.end])) and not m.keys & rows:
            m.keys = rows
    for word in fq.leftover.split():  # (said of no other label at all: left over)
        if (rows := rows_of(word)) and (at := text.find(word)) >= 0:
            fq.mentions.append(Mention(at, at + len(word), rows, False, len(word), 0.5, part=True))
            fq.leftover = " ".join(w for w in fq.leftover.split() if w != word)


def _in_some_bracket(idx: FactIndex, word: str) -> bool:
    """Whether any row's bracket (县财政局（本级）) says the word (verb_columns.in_some_bracket)."""
    return in_some_bracket(idx, word)


def _unit_of_group_by_bracket(fq: FactQuestion, word: str, idx: FactIndex) -> bool:
    """"锦屏县财政局本级行政编制": a group said (锦屏县财政局, over its units) and a word the bracket of exactly one
    unit under it says (县财政局（本级）): that unit is asked, added as said."""
    if not _in_some_bracket(idx, word):
        return False  # (most words: no row's bracket says them, nothing to look for)
    for m in [m for m in fq.mentions if m.keys <= idx.row_label_keys and any(_group_key(idx, k) for k in m.keys)]:
        units = {keys[n - 1] for k in m.keys for f in idx.label_facts.get(k, ())[:400]
                 for n in [idx.fact_nrows[f]] for keys in [idx.fact_keys[f]]
                 if n >= 2 and keys[0] == k and any(word in b for b in idx.brackets.get(keys[n - 1], ()))}
        if len(units) == 1:
            fq.mentions.append(Mention(-1, -1, units, True, len(word)))
            return True
    return False


def _bracket_said_after_row(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"国有林场改革补助中央资金累计支出": the words of a row's brackets said right after it (…（中央资金）) tell
    that row apart (values.bracket_rows); a label they hold (其他资金 of 资金) is not said."""
    for m in list(fq.mentions):
        held = {b for k in m.keys for b in idx.brackets.get(k, ())} if m.start >= 0 else set()
        said = next((b for b in sorted(held, key=len, reverse=True) if len(b) >= 2 and text.startswith(b, m.end)), "")
        if said:
            fq.mentions = [x for x in fq.mentions if not (m.end <= x.start and x.end <= m.end + len(said))]


def _names_an_indicator(fq: FactQuestion, idx: FactIndex) -> bool:
    """Whether a mention names a row of an indicator column (a 绩效指标 cell's item, under 主要绩效指标)."""
    heads = [h for h in idx.head_labels if "指标" in h]
    return any(m.keys & idx.head_labels[h] for m in fq.mentions for h in heads)


_QUANTITY_ASKED = re.compile(r"(?:几|多少)(平方米|平方公里|公里|千米|公顷|[辆台套件张批亩吨床座])")


def _whole_of_subject(fq: FactQuestion, idx: FactIndex, doc: int) -> None:
    """The table's subject said ("三公") of a row named and no column: the row's total column ("局机关三公"
    is its 合计); said of no label at all, the table's total."""
    if not fq.mentions:
        fq.total = True
        return
    if any(not m.keys <= idx.row_label_keys or m.keys & idx.col_keys for m in fq.mentions):
        return  # a column is named ("三公里公务接待费"): the subject only says which table
    if own := _totals_of_blocks_said(fq, idx, doc):
        # "长诏水库管理所三公经费" of a table of units in blocks (each its 小计 line, then its items): the unit's
        # 小计 line — never the table's 合计 row nor a word of no column of it
        fq.mentions.append(Mention(-1, -1, own, True, len(next(iter(own)))))
        return
    # (a column of this table: its 合计 row is no column of it)
    cols = {k for f in idx.docs[doc].facts[:5000] for k in idx.fact_keys[f][idx.fact_nrows[f]:]} if doc in idx.docs else set()
    totals = [k for k in idx.doc_keys.get(doc, ()) if k in idx.col_keys and _is_total(k) and k in cols]
    totals = [k for k in totals if _is_grand_total(k)] or totals  # not a column group's 小计
    if len(totals) == 1:
        fq.mentions.append(Mention(-1, -1, {totals[0]}, True, len(totals[0])))


def _totals_of_blocks_said(fq: FactQuestion, idx: FactIndex, doc: int) -> set[str]:
    """The total line's key ({小计}) of the blocks the row mentions all name (a unit merged down its block, the
    block's lines under it: 小计, then its items); empty when a mention names no such block."""
    if doc not in idx.docs or not fq.mentions:
        return set()
    own: set[str] = set()
    for m in fq.mentions:
        found = {idx.fact_keys[f][1] for k in m.keys for f in idx.label_facts.get(k, ())[:2000]
                 if idx.fact_doc[f] == doc and idx.fact_nrows[f] == 2 and idx.fact_keys[f][0] == k
                 and _is_total(idx.fact_keys[f][1])}
        if not found:
            return set()
        own |= found
    return own if len(own) == 1 else set()


_GENERIC_KIND = re.compile(r"(?:预算|决算|支出|收入|数|资金|经费|金额|财政|拨款|一般|公共|情况|统计|明细)+")


def _subject_word(idx: FactIndex, word: str, doc: int, kind: str) -> bool:
    """A word of the table's kind that no label of it says, in every sheet's title when its sheets have
    their own ("三公" of a 三公经费预算表 beside its 三公经费实际支出表): what the whole table is of."""
    if word not in kind or _FILLER.fullmatch(word) or _GENERIC_KIND.fullmatch(word):
        return False  # "预算" of 一般公共预算支出表 says which column, not what the table is of
    titles = idx.sheet_titles.get(doc, set())
    if any(word not in _TITLE_TAIL.sub("", t) for t in titles):
        return False
    return not any(word in k for k in idx.doc_keys.get(doc, ()) if k not in titles)


def _kind_word(fq: FactQuestion, idx: FactIndex, word: str, kind: str) -> bool:
    """A word no step explained is of the table's kind: four characters of it said alone, or it and the
    column label said next to it ("政府" + "采购预算" of 政府采购预算表). A row's word beside it (the 支出 of
    一般公共预算支出表) is a row asked for, and the word stays unexplained."""
    if word not in kind and word not in kind.replace("预算", ""):  # 政府性基金支出 of 政府性基金预算支出表
        return False
    if len(word) >= 4 or re.search(re.escape(word) + "表", fq.text):  # "基金表"
        return True
    for at in (i for i in range(len(fq.text)) if fq.text.startswith(word, i)):
        end = at + len(word)
        while end < len(fq.text) and fq.text[at:end + 1] in kind:
            end += 1
        if end - at >= 4:
            return True  # "一般公" of 一般公共预算支出调整表: its 共 was read apart (a word of 一共)
        for m in fq.mentions:
            span = fq.text[min(at, m.start):max(at + len(word), m.end)]
            if (m.start == at + len(word) or m.end == at) and span in kind and m.keys <= idx.col_keys:
                return True
            if m.end == at and f"{word}表" in kind and m.keys <= idx.row_label_keys:
                return True  # "小学教育支出" of a 支出表: the row said with its table's kind after it
    return False


def _label_slip(fq: FactQuestion, text: str, rest: str, taken: list[tuple[int, int]]) -> str:
    """"公车运行维户费": a label said up to its last characters, which are said with one character
    slipped (户 for 护): the label, its end taken with it (the question's rest returned anew). Only one label, at least four characters
    said before the slip and two after it, and the slip never its last character (维修费 is no 维护费'
    misspelling of its 费)."""
    found = False
    for m in fq.mentions:
        if m.start < 0 or len(m.keys) != 1 or m.end - m.start < 4:
            continue
        key = label_key(next(iter(m.keys)))
        said = text[m.start:m.end]
        at = key.rfind(said[-2:])
        tail = key[at + 2:] if at >= 0 else ""
        after = text[m.end:m.end + len(tail)]
        if len(tail) < 2 or len(after) != len(tail) or rest[m.end:m.end + len(tail)] != after:
            continue  # the characters after the label are another word's already
        slips = [i for i, (a, b) in enumerate(zip(after, tail, strict=True)) if a != b]
        if len(slips) != 1 or slips[0] == len(tail) - 1 or not re.fullmatch(r"[\u4e00-\u9fff]+", after):
            continue
        if _take(text, taken, m.end, m.end + len(tail)):
            m.end += len(tail)
            found = True
    return _masked(text, taken, " ") if found else rest


_LETTER = re.compile(r"[\u4e00-\u9fffA-Za-z]")


def _part_fit(part: str, idx: FactIndex) -> tuple[int, bool]:
    """Of a part of a word no step explained: its letters once fillers are dropped, and whether it may name
    a row (no asking or action word in it, some label holds it, no column's label does). The same on every
    question ("预算数是多少" is cut into the same parts each time): kept per index. The letters are counted
    only of a part that may name a row (0 otherwise: the caller reads them only then)."""
    kept = idx.__dict__.setdefault("_part_fit", {})
    fit = kept.get(part)
    if fit is None:
        if len(kept) >= 100_000:
            kept.clear()
        fits = not (_QUESTION_WORDS.search(part) or _ACTION_WORDS.search(part)) \
            and part in idx.label_text and part not in idx.col_text
        fit = kept[part] = (len(_LETTER.findall(_FILLER.sub("", part))) if fits else 0, fits)
    return fit


def _part_held(k: str, part: str, text: str, at: int, idx: FactIndex) -> bool:
    """Whether a row label holds a part said at `at` (not negated there; 资金 of a note's sentence
    "…未安排该项目资金" names no row, nor does a word of the table's title its long note repeats: "衔接" of
    "衔接资金总共多少", the note saying what 中央 means, "…中央财政衔接推进乡村振兴补助资金…")."""
    return part in k and k != part and not _negated_in_label(k, text, at, at + len(part)) \
        and not ((_GENERIC_KIND.fullmatch(part) or len(part) * 4 < len(k) and _in_title(part, k, idx))
                 and _note_item(k, idx)) \
        and not _cut_from_another_word(k, part, text, at, idx)


def _cut_from_another_word(k: str, part: str, text: str, at: int, idx: FactIndex) -> bool:
    """"创业补贴" holds 业补贴 of 低保就业补贴发放及时率, cut out of the question's word 创业 whose other characters
    the label has none of there (就): another word said, no part of that row ("高校毕业生" of a label printing 高效毕业生
    shares 高 there: the same words, mistyped)."""
    p = k.find(part)
    for w0, w1 in _word_spans(text, idx):
        if w0 < at < w1:
            ours, theirs = text[w0:at], k[max(0, p - (at - w0)):p]
            return not set(ours) & set(theirs)
    return False


def _in_title(word: str, k: str, idx: FactIndex) -> bool:
    """Whether the title of the table of a label says the word."""
    return any(word in compact(idx.docs[idx.fact_doc[f]].form or "") for f in idx.label_facts.get(k, ())[:1]
               if idx.fact_doc[f] in idx.docs)


def _part_is_no_row(fq: FactQuestion, best: tuple[int, int, set[str]], idx: FactIndex) -> bool:
    """A part found in row labels that names no row: the people of the column said just before ("离休人员"), a row
    of another table, or the thing counted after 多少 ("招了多少学生": no row holding 学生)."""
    if _ORDINAL_SAID.fullmatch(fq.text[best[0]:best[1]]) and _PLACE_WORD.match(fq.text, best[1]):
        return True  # ("第三个资助了多少人": a place in a list, never 第三中学 said by a part)
    return _people_after_column(fq, best[0], best[1], idx) or _row_of_another_table(fq, best[2], idx) \
        or best[1] - best[0] <= 2 and re.search(r"(?:多少|几)(?:个|名|位)?$", fq.text[:best[0]]) is not None


def _row_part_through_column_word(fq: FactQuestion, text: str, rest: str, scope: list, idx: FactIndex,
                                  taken: list[tuple[int, int]]) -> bool:
    """"课后服务多少", "购买服务表里课后服务多少": a column's word said in part (服务 of 服务内容) right beside words no step
    explained (课后) is read with them as a distinctive part of a row's label (中小学课后服务第三方托管) when they
    together name rows: the column's word is the row's, never a column answered with the words beside it dropped."""
    added = False
    for m in sorted(fq.mentions, key=lambda m: m.start):
        if m.exact or m.part or m.quality >= 1 or m.start < 0 or (m.start, m.end) not in taken \
                or not any(k.startswith(text[m.start:m.end]) for k in m.keys & idx.col_keys):
            # (only a column's leading word, 服务 of 服务内容: a row's label said in part, 西溪 of 西溪片区, or a piece
            # inside a column's name, 年实际 of 2024年实际支出 said in 全年实际, is another reading's)
            continue
        beside = rest[max(0, m.start - 1):m.start] + rest[m.end:m.end + 1]
        if not re.search(r"[\u4e00-\u9fff]", beside):
            continue  # (nothing unexplained right beside the word)
        trial = [t for t in taken if t != (m.start, m.end)]
        freed = _masked(text, trial, " ")
        run = next((r for r in re.finditer(r"\S{2,}", freed) if r.start() <= m.start and m.end <= r.end()), None)
        if run is None:
            continue
        keys = idx.row_label_keys if len(scope) == len(idx.docs) else \
            {k for d in scope for k in idx.doc_keys.get(d.id, set()) & idx.row_label_keys}
        found = _part_of_run(fq, run.start(), run.group(), keys, idx) if keys else None
        if found is None or not (found[0] <= m.start and m.end <= found[1]) or found[1] - found[0] <= m.end - m.start:
            continue  # (no row holds the words with the column's word: the column stands)
        fq.mentions.remove(m)
        taken[:] = trial
        added = _take_row_part(fq, *found, taken) or added
    return added


def _row_by_part(fq: FactQuestion, rest: str, scope: list, idx: FactIndex, taken: list[tuple[int, int]]) -> bool:
    """A row named by a distinctive part of its label ("中医馆改造" for 社区卫生服务中心中医馆改造): the
    longest part of what no step explained that the row labels of the tables in scope contain. Several
    rows holding it are asked about (Answerer.answer), never answered as one. Two rows joined by 和 / 、
    ("秸秆和农膜": 秸秆综合利用项目, 农膜回收利用试点) are each named by their own part when the words together
    name no row."""
    if len(scope) == len(idx.docs):
        keys = idx.row_label_keys  # every table: no union of 1,000 tables' labels per question
    else:
        keys = set()
        for d in scope:
            keys |= idx.doc_keys.get(d.id, set()) & idx.row_label_keys
    if not keys:
        return False
    added = False
    for run in re.finditer(r"\S{2,}", rest):
        found = _part_of_run(fq, run.start(), run.group(), keys, idx)
        if found is None and _JOINED_ROWS.search(run.group()):
            pieces = [(run.start() + m.start(), m.group()) for m in re.finditer(r"[^和与及、跟]{2,}", run.group())]
            each = [_part_of_run(fq, at, piece, keys, idx) for at, piece in pieces]
            found_each = [f for f in each if f is not None]
            if len(found_each) >= 2:
                for s, e, holding in found_each:
                    added = _take_row_part(fq, s, e, holding, taken) or added
            continue
        if found is not None:
            added = _take_row_part(fq, *found, taken) or added
    return added


# The words joining two rows said each by a part of its name ("秸秆和农膜").
_JOINED_ROWS = re.compile(r"[\u4e00-\u9fff]{2}(?:和|与|及|、|跟)[\u4e00-\u9fff]{2}")


def _part_of_run(fq: FactQuestion, start: int, word: str, keys: set[str],
                 idx: FactIndex) -> tuple[int, int, set[str]] | None:
    """The rows a run of unexplained words (at `start`) names by a distinctive part: (start, end, rows), the
    rows those holding most of the rest of what was said; None when it names none, or too many."""
    said = len(_FILLER.sub("", word))
    best: tuple[int, int, set[str]] | None = None
    # Half of what is unexplained at least, and no column's word ("实际完成" is not 每年完成课时).
    for size in range(len(word), max(1, (said + 1) // 2 - 1), -1):
        for i in range(len(word) - size + 1):
            part = word[i:i + size]
            letters, fits = _part_fit(part, idx)
            if letters < max(2, (said + 1) // 2) or not fits:
                continue
            at = start + i  # (税收 is no part of 非税收入: said without its 非)
            inside = set(idx.row_keys_holding(part))  # (the row labels holding it, by its pairs: most parts none)
            holding = {k for k in keys if k in inside and _part_held(k, part, fq.text, at, idx)
                       and not _another_place(k, fq.text, at, at + size, idx)
                       and not qualifier_unsaid_in(k, fq.text, idx)} if inside else set()
            if holding:
                best = (start + i, start + i + size, holding)
                break
        if best is not None:
            break
    if best is None or _part_is_no_row(fq, best, idx):
        return None
    s, e, holding = best
    # Of the rows holding the part, those holding most of the rest of what was said ("小微企业中标":
    # 由小微企业供应商中标或成交, not 面向小微企业预留…).
    rest_chars = set(_FILLER.sub("", word[:s - start] + word[e - start:]))
    most = max(len(rest_chars & set(k)) for k in holding)
    if not most and len(_FILLER.sub("", fq.text[s:e])) * 2 <= said:
        return None  # "人员经费" of rows holding 人员 but nothing of 经费: half a name is no distinctive part
    holding = {k for k in holding if len(rest_chars & set(k)) == most}
    return (s, e, holding) if len(holding) <= 8 else None  # more is no distinctive part, but a common word


def _take_row_part(fq: FactQuestion, s: int, e: int, holding: set[str], taken: list[tuple[int, int]]) -> bool:
    """The mention of rows named by a part said over text[s:e], with the row's last word said after the part
    and a neighbouring mention the row's label goes on with."""
    # The row's last word said after the part ("青石" + "所" of 青石市场监督管理所) is the row's too.
    for n in (3, 2, 1):
        tail = fq.text[e:e + n]
        if len(tail) == n and re.fullmatch(r"[\u4e00-\u9fff]+", tail) and all(k.endswith(tail) for k in holding) \
                and not any(ts < e + n and e < te for ts, te in taken):
            e += n
            break
    _take(fq.text, taken, s, e)
    # A neighbouring mention the row's label goes on with ("试剂" + "采购" of 检测试剂采购) is the row's.
    for m in sorted(fq.mentions, key=lambda m: m.start):
        joined = fq.text[min(s, m.start):max(e, m.end)]
        if (m.start == e or m.end == s) and any(joined in k for k in holding) or _org_word_after(fq.text, s, e, m, holding):
            fq.mentions.remove(m)
            s, e = min(s, m.start), max(e, m.end)
    fq.mentions.append(Mention(s, e, holding, False, e - s, (e - s) / max(map(len, holding)), part=True))
    return True


def _org_word_after(text: str, s: int, e: int, m: Mention, holding: set[str]) -> bool:
    """"动物疫病" + "中心" of 动物疫病预防控制中心运转经费: the organisation word said right after the part (taken for the
    kind of row it ends, 中心) that every row holding the part says further on is that row's name said short."""
    word = text[m.start:m.end]
    return m.start == e and _ORG_END.fullmatch(word) is not None and all(word in k[k.find(text[s:e]) + e - s:] for k in holding)


def _row_of_another_table(fq: FactQuestion, holding: set[str], idx: FactIndex) -> bool:
    """"金井村光伏发电项目谁负责": a row named whole, the part left (负责) held only by rows of other tables
    (项目负责人 of a form) asks something of that row, never another table's row."""
    # (a row named by a long name of its own: "合计", "评价标准" said name no one row)
    named = {idx.fact_doc[f] for m in fq.mentions if m.exact and m.start >= 0 and m.n >= 4 and len(m.keys) == 1
             and not _own_column_said(fq.text[m.start:m.end], holding, idx)
             for k in m.keys & idx.row_label_keys if k not in idx.col_keys for f in idx.label_facts.get(k, ())[:20]}
    return bool(named) and not any(idx.fact_doc[f] in named for k in holding for f in idx.label_facts.get(k, ())[:50])


def _own_column_said(said: str, holding: set[str], idx: FactIndex) -> bool:
    """Whether words said whole (其他资金, another table's row) are a column of the rows' own table said with the kind
    of its figures (预算金额 › 其他): the rows' column asked, no row of another table named."""
    core = column_core(said)
    docs = {idx.fact_doc[f] for k in holding for f in idx.label_facts.get(k, ())[:20]}
    return bool(core) and any(core in idx.doc_rows_and_cols(d)[1] for d in docs)


_PLACE_HEAD = "县市区省镇乡"


def _row_by_initials(fq: FactQuestion, rest: str, scope: list, idx: FactIndex, taken: list[tuple[int, int]]) -> bool:
    """A row named by a short name of its own making ("农经站" for 县农村经营管理站): a word no step
    explained whose characters the row label holds in order, from the label's first character (after a
    place's 县, 市) to its last. Several rows alike are all kept, and asked about, never one picked."""
    keys = idx.row_label_keys if len(scope) == len(idx.docs) else \
        {k for d in scope for k in idx.doc_keys.get(d.id, set()) & idx.row_label_keys}
    added = False
    for run in re.finditer(r"(?:那么|那)?([\u4e00-\u9fff]{3,5}?)(?:的)?(?:呢|吗|啊)?(?![\u4e00-\u9fff])", rest):
        word = run.group(1)
        if _QUESTION_WORDS.search(word) or _ACTION_WORDS.search(word) or _FILLER.sub("", word) != word:
            continue
        holding = {k for k in keys if len(k) > len(word) + 1 and k.endswith(word[-1])
                   and (k[0] == word[0] or k[0] in _PLACE_HEAD and k[1] == word[0]) and in_order(word, k)}
        if not holding or len(holding) > 3:
            continue
        s, e = run.start(1), run.end(1)
        _take(fq.text, taken, s, e)
        fq.mentions.append(Mention(s, e, holding, False, e - s, (e - s) / max(map(len, holding)), part=True))
        added = True
    return added


_ORG_END = re.compile(r"(?:局|委|办|中心)$")


_BARE_PLACE = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?[省市])?[\u4e00-\u9fff]{1,6}?(?:省|自治区|市|区|县|州|旗)")


def _levels_after(idx: FactIndex, form: str) -> frozenset[str]:
    """levels_after of a department form over the departments it names, kept per form for the index (a
    place's form, "广州", names hundreds of departments, looked through at every question saying it)."""
    kept = idx.__dict__.setdefault("_levels_after", {})
    after = kept.get(form)
    if after is None:
        after = kept[form] = levels_after(form, idx.dept_forms[form])
    return after


def _row_of_the_place_before(text: str, start: int, form: str, present: set[str], idx: FactIndex) -> bool:
    """Whether a department said right before a name ("青禾区" of 青禾区财政局) has a table with a row that
    name says (区财政局): the name is that row, not another department of that name."""
    rows = idx.row_docs(form)
    if rows and any(text[a:start + len(form)] in idx.row_label_keys or idx.row_docs(text[a:start + len(form)])
                    for a in range(max(0, start - 2), start)):
        return True  # "区财政局" said whole, or as people say it ("县市场监管局" of the row 县市场监督管理局)
    return bool(rows) and any(text.endswith(f, 0, start) and rows & {d for g in idx.dept_forms[f] for d in idx.dept_docs.get(g, ())}
                              for f in present if f != form)


def _in_others_row(text: str, s: int, e: int, form: str, idx: FactIndex) -> bool:
    """"东湖街道" in a question: the words round a department's short name (东湖) make a row label of
    another department's table (鹭川's 东湖街道), so they name that row, not the department; so does a
    bureau's word said alone that shortens a line's words ("卫健支出": 卫生健康支出, not the 卫健局)."""
    long = getattr(idx, "bureau_long", {}).get(form)
    if long and text[e:e + 2] and any(long + text[e:e + 2] in k for k in idx.gram_keys.get(text[e:e + 2], ())):
        return True
    heads, tails = idx.row_said_edges()
    for a in range(max(0, s - 6), s + 1):
        if text[a:a + 2] not in heads:
            continue  # (a window of one character is the form itself)
        for b in range(e, min(len(text), e + 6) + 1):
            if text[b - 2:b] not in tails:
                continue
            window = text[a:b]
            if window == form:
                continue
            # (the row's label as said: "江屿街道" of "GK04 江屿街道", printed after its code)
            keys = (window,) if window in idx.row_label_keys else idx.row_keys_ending(window)
            if not keys:
                continue
            owners = idx.row_owners(keys)
            if owners and owners.isdisjoint(idx.dept_forms.get(form, ())):
                return True
    return False


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _in_own_row(text: str, s: int, e: int, form: str, idx: FactIndex) -> list[str]:
    """The departments of a short name said as the start of a row label of their own table ("教育局机关" of
    教育局's row 云岫区教育局机关, "教育局" the department's short name): those departments, else none."""
    depts = idx.dept_forms.get(form, [])
    # Every window below starts with the shortest one (the name and one character more): a label holding a
    # window holds that one, so the labels holding it are all a longer window can be found in (most names:
    # none, and no window is tried).
    shortest = text[s:e + 1]
    holding = idx.row_keys_holding(shortest) if e < len(text) and _HAN_RUN.fullmatch(shortest) else []
    for b in range(min(len(text), e + 6), e, -1) if holding else ():  # "鹭川镇": one character more is a row too
        window = text[s:b]
        if not _HAN_RUN.fullmatch(window):
            continue
        # (every label is one of its own forms: a row label holding the window is among its pair's keys)
        keys = tuple(k for k in holding if window in k and k.endswith(window[len(form):]) and len(k) <= len(window) + 6)
        if keys and (own := [d for d in depts if d in idx.row_owners(keys)]):
            return own
    # "鹭川镇" of 鹭川区民政局's row 鹭川镇: one character past the short name, a row label said whole
    window = text[s:e + 1]
    if len(window) == e + 1 - s and window in idx.row_label_keys:
        owners = idx.row_owners((window,))
        return [d for d in depts if d in owners]
    return []


def _overrun(text: str, s: int, e: int, form: str, idx: FactIndex) -> bool:
    """A department said without its 局 ("鹭川民政") whose last characters begin a label or a project
    that runs on past it: the name is that label's, and the shorter place form names the department."""
    if form not in idx.dept_yielding:
        return False
    return any(text[k:b] in idx.label_facts or text[k:b] in idx.subjects
               for k in range(s + 1, e) for b in range(e + 1, min(len(text), k + 24) + 1))


def _bureau_before_its_project(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """"应急项目2026年一般公共预算拨款多少", no department read: a bureau's word (应急 of 温岭市应急管理局) said
    alone right before 项目 (申报表) is that department, as 应急局项目 is (the word run on from a word before it,
    基层应急…, is none)."""
    if fq.departments:
        return
    for word, dept in idx.bureau_words_alone().items():
        for at in said_at(word, text) if word in text else ():
            stop = at + len(word)
            if not PROJECT_AFTER_BUREAU.match(text, stop) or at > 0 and "\u4e00" <= text[at - 1] <= "\u9fff" \
                    and not any(a < at <= b for a, b in taken) or not _take(text, taken, at, stop):
                continue
            fq.departments.append(dept)
            fq.dept_names.append((word, [dept]))
            fq.dept_spans.append((at, stop, word))
            return


# A table of one project (申报表, 自评表): "项目" said after its department is that project, not a label.
_ONE_PROJECT_FORMS = ("申报", "自评")
_OWN_PROJECT = re.compile(r"(?:那个|这个|的)?项目")


def _read_own_project(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """"这个项目上一年预算": the table's own thing, no label of its own; and "东湖分局项目2020年比2019年预算
    增加了多少": the department's one project (a table of one project), as 这个项目 is — unless the
    word and what follows it are said by a label of its table (项目总预算, 项目名称, 项目…明细)."""
    for ptr in _POINTER.finditer(text):  # "这个项目上一年预算": the table's own thing, no label of its own
        _take(text, taken, ptr.start(), ptr.end())
    docs = [idx.docs[d] for dept in fq.departments for d in idx.dept_docs.get(dept, ())]
    if not docs or not all(any(k in d.form for k in _ONE_PROJECT_FORMS) for d in docs):
        return
    named_at = [m.end() for form, _ in fq.dept_names for m in re.finditer(re.escape(form), text)]
    for end in named_at:
        m = _OWN_PROJECT.match(text, end)
        if m is None:
            continue
        # "项目明细" of 项目支出明细预算: the word and what follows it said by one label of the table.
        after = text[m.end():m.end() + 2]
        if len(after) == 2 and any("项目" in k and after in k for d in docs for k in idx.doc_keys.get(d.id, ())):
            continue
        _take(text, taken, m.start(), m.end())


# The one project of its table named: its name in part ("茶产业" of 湄潭县茶产业提质增效项目) said before 项目.
_PROJECT_WORD = re.compile(r"(?:那个|这个|的)?项目")
_POINTED_PROJECT = ("那个项目", "这个项目")  # (the question's text drops them: "茶产业那个项目起止年限")


def _read_one_project_named(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex,
                            said: str) -> None:
    """"茶产业项目负责人是谁", "茶产业项目起止年限": the one project of a 申报表 (自评表) said by its name, whole or
    three characters or more of it before 项目, names that table and its department as the department's
    name does — the words are no qualifier of the label asked. Said of two such tables alike, none is chosen."""
    found: dict[int, tuple[int, int, int]] = {}
    for doc, name in idx.one_projects.items():
        core = name[:-2] if name.endswith("项目") else name
        span = _project_name_span(text, core, taken, said)
        if span is not None and not _inside_a_longer_name(text, span[0], span[1], idx) \
                and not _printed_whole_as_a_row_elsewhere(text[span[0]:span[2]], doc, idx):
            found[doc] = span
    if len(found) != 1:
        return
    doc, (start, name_end, end) = next(iter(found.items()))
    after = text[end:end + 2]
    if after and any(k.startswith("项目" + after) for k in idx.doc_keys.get(doc, ())) and text[end - 2:end] == "项目":
        end -= 2  # "茶产业项目总预算": 项目总预算 is the table's own label, said whole
    if not _take(text, taken, start, end) and not _take(text, taken, start, name_end):
        return  # ("那个项目" claimed as a pointer already: the name itself)
    dept = idx.docs[doc].department
    if dept and dept not in fq.departments:
        fq.departments.append(dept)
    fq.subject_docs.add(doc)


def _printed_whole_as_a_row_elsewhere(said: str, doc: int, idx: FactIndex) -> bool:
    """Whether a one-project table's name, said whole, is also the whole label of a row another table prints
    (the 申报表's project as a row of the 部门项目支出预算表): said so, it names that row, not the form."""
    return said in idx.row_label_keys and any(said in keys for d, keys in idx.doc_keys.items() if d != doc)


def _inside_a_longer_name(text: str, start: int, end: int, idx: FactIndex) -> bool:
    """"促进就业专项资金": a name (专项资金) said as the end of a longer name a table prints (a label, another
    table's project) is that longer name's part, not the one project's name."""
    return any(text[k:end] in idx.label_text or text[k:end] in idx.subjects for k in range(max(0, start - 6), start))


def _project_name_span(text: str, core: str, taken: list[tuple[int, int]],
                       said: str) -> tuple[int, int, int] | None:
    """Where the question says a project's name: whole (with 项目 after it, or without when five characters or
    more: 专项资金 alone is any such fund), or three characters or more of it followed by 项目 (那个项目) — its start, the name's end and the end of the 项目 said after it; None when
    it does not, or the words are claimed already."""
    for start in range(len(text)):
        if any(s <= start < e for s, e in taken):
            continue
        end = start
        while end < len(text) and text[start:end + 1] in core:
            end += 1
        if end - start < 3:
            continue
        word = _PROJECT_WORD.match(text, end)
        if word is not None:
            return start, end, word.end()
        if text[start:end] == core and len(core) >= 5 or any(text[start:end] + w in said for w in _POINTED_PROJECT):
            return start, end, end
    return None


def _read_departments(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """Departments, longest name first, in the order the question names them; an organisation word that
    is no loaded department ("普陀财政局" when it is not loaded) marks the question as foreign."""
    first_at: dict[str, int] = {}
    present = idx.dept_forms_said(text)  # said whole: a form only begun is never sorted
    given = set(fq.departments)  # read in these departments' tables (a follow-up's)
    given_docs = {d for g in given for d in idx.dept_docs.get(g, ())}
    rows = _quoted_rows_said(text, present, idx) + _owner_values_said(text, idx)
    for form in sorted(present, key=lambda f: (-len(f), text.find(f), f)):  # longest, then as said
        if given_docs and not given & set(idx.dept_forms[form]) and idx.row_docs(form) & given_docs:
            continue  # "人社局呢" in 柏山区's table of its departments: its row, not 湛江's 人社局
        for start in said_at(form, text):
            stop = start + len(form)
            if any(a <= start and stop <= b for a, b in rows):
                continue  # "广汉水利局三公经费": the 水利局 row of the place's “三公” table (nor the place 广汉 in it)
            if _row_of_the_place_before(text, start, form, present, idx):
                continue  # "青禾区财政局": the row 区财政局 of 青禾区's table, not 普陀's 财政局
            if _in_others_row(text, start, stop, form, idx) or _overrun(text, start, stop, form, idx) \
                    or stop < len(text) and other_level(form, text[stop:stop + 2], (), _levels_after(idx, form)):
                continue  # ("桐岭镇" is not 桐岭县 said short)
            if own := _in_own_row(text, start, stop, form, idx):
                # "教育局机关" of 教育局's own row 云岫区教育局机关: the department is named and its words
                # stay for the row's label.
                fq.departments += [d for d in own if d not in fq.departments]
                for d in own:
                    first_at.setdefault(d, start)
                continue
            if _take(text, taken, start, stop):
                if re.match(r"项目(?=的?(?:总额|总金额|总数|一共|总共|合计))", text[stop:]) \
                        and not any(k.startswith(text[stop:stop + 4]) for k in idx.label_facts):
                    _take(text, taken, stop, stop + 2)  # "东湖项目总额": the table's own project, no label
                fits = _bureaus_of_the_place(_place_with_its_bureaus(form, text[stop:], idx), text[stop:], idx)
                found = [d for d in fits if d not in fq.departments]
                # "广州市教育局" is not 韶关市教育局: a place said before the bureau must be its own.
                before = re.search(r"([\u4e00-\u9fff]{2,6}?(?:省|市|区|县))$", text[:start])
                # (its departments, already named by the place said first ("普陀区" of 普陀区社工部) or not)
                if before and not any(before.group(1) in d or before.group(1)[:-1] in d for d in fits):
                    fq.foreign_org = True
                fq.departments += found
                fq.dept_names.append((form, fits))
                fq.dept_spans.append((start, stop, form))
                for d in found:
                    first_at.setdefault(d, start)
    _place_before_its_department(fq)
    _narrow_names(fq)
    fq.departments.sort(key=lambda d: first_at.get(d, -1))
    for m in _WHOLE_SYSTEM.finditer(text):
        # "教育局系统核定编制", "全系统空编": the department's whole system, which its table's total row counts.
        after_dept = any(e == m.start() for _, e in taken)
        if (after_dept or m.group().startswith("全")) and m.group() not in idx.label_text:
            _take(text, taken, m.start(), m.end())
    _read_foreign_org(fq, text, taken, idx)


# "宜都三个部门", "宜都各部门", "宜都哪个部门": the departments of a place, asked over or counted.
_ITS_DEPARTMENTS = re.compile(r"^(?:的)?(?P<q>[两俩二三四五六七八九十几各]个?|哪个|哪些|哪几个|所有|全部)?(?:的)?(?:部门|单位|局)")
# "…最大的是哪个部门", "…减少最多的部门": which of a place's departments, asked after what they are ranked by.
_WHICH_DEPARTMENT_LATER = re.compile(r"(?:哪个|哪些|哪几个|哪一个)(?:部门|单位)|最[多少大小高低]的(?:部门|单位)(?:是(?:哪个|哪些|谁))?$")


_QUOTED = re.compile(r"[“\"]([^”\"]{2,8})[”\"]")


def _row_of_a_quoted_subject(text: str, form: str, idx: FactIndex) -> bool:
    """Whether a loaded department said ("水利局") is asked as its row of another table (a city's
    财政拨款“三公”经费预算表 of its departments): the question says the word that table's title quotes as its
    subject ("三公"), which none of the department's own tables holds."""
    rows = idx.row_docs(form)
    if not rows:
        return False  # most departments are a row of no other table
    own = idx.own_docs(form)
    for doc in rows - own:
        for word in _QUOTED.findall(idx.docs[doc].form if doc in idx.docs else ""):
            if word in text and not any(word in idx.docs[d].form or any(word in k for k in idx.doc_keys.get(d, ()))
                                        for d in own if d in idx.docs):
                return True
        if doc in idx.docs and not any(idx.docs[d].facts for d in own if d in idx.docs) \
                and _column_of_said(text, doc, idx):
            return True  # "广汉水利局2025年公务用车购置": its own tables print no figures, the place's row does
    return _row_of_a_column_asked(text.replace(form, "\x00"), form, own, idx)


def _column_of_said(text: str, doc: int, idx: FactIndex) -> bool:
    """Whether the question says a column's own name of the table (公务用车购置费, or said without its last
    character: 公务用车购置)."""
    for key in idx.doc_keys.get(doc, ()):
        if key in idx.col_keys and len(key) >= 4 and not _is_total(key) and (key in text or key[:-1] in text):
            return True
    return False


_SHORT_YEAR = re.compile(r"(?<![0-9.])(?:20)?(\d\d)年")
_SPENT_KIND = re.compile(r"决算|自评|执行")


def _row_of_a_column_asked(rest: str, form: str, own: frozenset[int], idx: FactIndex) -> bool:
    """"林业局2025年项目支出决算多少": the department is a row of another department's table (a city's
    部门预算与决算对比表, a row per bureau) and the rest of the question says a column word (决算, 执行率, 差额)
    or a year only that table has — none of the department's own tables does: the question asks that row."""
    others = idx.row_docs(form) - own
    mine = [idx.docs[d] for d in own if d in idx.docs]
    if not others or not mine:
        return False
    said_years = {2000 + int(m.group(1)) for m in _SHORT_YEAR.finditer(rest)}
    if said_years and not said_years & {d.year for d in mine}:
        return any(idx.docs[d].year in said_years for d in others if d in idx.docs)
    own_words = "\x1f".join([k for d in mine for k in idx.doc_keys.get(d.id, ())] + [d.form for d in mine])
    if any(not _SPENT_KIND.search(d.form) for d in mine):
        own_words += "\x1f预算"  # (a target or application table is a budget: its 预算 is its own)
    for doc in others:
        for col in idx.doc_rows_and_cols(doc)[1]:
            for word in idx.key_forms.get(col, (col,)):
                word = _SHORT_YEAR.sub("", word).removesuffix("数")  # ("2025年决算数" said "决算")
                if len(word) >= 2 and not word.isdigit() and word in rest and not _said_as_own(word, rest, own_words):
                    return True
    return False


def _said_as_own(word: str, rest: str, own_words: str) -> bool:
    """Whether a column word of another table is said as the department's own tables' word: one of their labels
    whole, or a piece of one said with the label's characters around it ("规划编制" of 综合交通规划编制及前期研究经费;
    "编制总数" is no piece of it: the staffing column)."""
    if word not in own_words:
        return False
    # (a label of theirs holding the word with little else, or a table's title, is theirs: 基本支出 of 基本支出合计)
    if any(len(t) < len(word) + 6 or t.endswith("表") for t in own_words.split("\x1f") if word in t):
        return True
    for m in re.finditer(re.escape(word), rest):
        around = [rest[max(0, m.start() - 1):m.end()], rest[m.start():m.end() + 1]]
        if any(len(a) > len(word) and _HAN_RUN.fullmatch(a) and a in own_words for a in around):
            return True
    return False


def _quoted_subject_said(said: str, idx: FactIndex, doc: int) -> bool:
    """Whether the words said of a table's title hold the subject its title quotes ("三公" of 财政拨款“三公”经费)."""
    return doc in idx.docs and any(word in said for word in _QUOTED.findall(idx.docs[doc].form))


TITLE_RUN = 4  # characters of a general table's title said in one run (直达资金 of 财政直达资金分配和支出进度表)


def _titled_owner_values(text: str, idx: FactIndex) -> tuple[int, list[str]] | None:
    """The one general table a run of the question's words names by its title, and the values of its owner columns
    (主管部门, 责任单位: [asking_words.row_owner] owner_heads); None when no one table is so named."""
    # (a run some table prints as a label, 政府性基金 of a 自评表's line, names no title: the department's own line)
    # (a run no title holds is looked up first: the labels' text is long, the map of titles' runs a dict)
    titled = idx.read_once("_title_runs", 0, lambda: _title_runs(idx))
    found: set[int] = set()
    for i in range(len(text) - TITLE_RUN + 1):
        if (r := text[i:i + TITLE_RUN]) in titled and r not in idx.label_text:
            found.update(titled[r])
            if len(found) > 1:
                return None  # (several tables so named: none; a run of a title many tables share, 部门预算, stops it)
    docs = sorted(found)
    if len(docs) != 1:
        return None
    values = idx.read_once("_owner_values", docs[0], lambda: sorted({
        compact(f["value"]) for (d, col), fids in idx.text_columns.items() if d == docs[0] and _OWNER_HEAD.search(col)
        for f in idx.facts(fids[:400]) if f["value"]}))
    return docs[0], values


def _title_runs(idx: FactIndex) -> dict[str, tuple[int, ...]]:
    """Each run of TITLE_RUN characters of a general table's title, with the tables whose title holds it (read once per
    index: a question looks its runs up, never every table's title)."""
    found: dict[str, set[int]] = {}
    for d, doc in idx.docs.items():
        form = doc.form or ""
        if doc.layout == "general-table":
            for i in range(len(form) - TITLE_RUN + 1):
                found.setdefault(form[i:i + TITLE_RUN], set()).add(d)
    return {r: tuple(sorted(ds)) for r, ds in found.items()}


def _owner_printed(form: str, doc: int, values: list[str], idx: FactIndex) -> str:
    """The owner value of the table (县应急管理局) a loaded department's form said (应急局) names — the department's
    full name ends with the value less its level (应急管理局) — when that department has no table of its own among it
    (文成县应急管理局's 目标表 is not the 直达资金 table); "" when none or several."""
    depts = [d for d in idx.dept_forms.get(form, ()) if doc not in idx.dept_docs.get(d, ())]
    if not depts or len(depts) != len(idx.dept_forms.get(form, ())):
        return ""
    fits = [v for v in values if len(core := _LEVEL_LEAD.sub("", v)) >= 3 and all(d.endswith(core) for d in depts)]
    return fits[0] if len(fits) == 1 else ""


_LEVEL_LEAD = Words("row_owner", r"^(?:{level_leads})")


def _owner_said_as_printed(text: str, idx: FactIndex) -> str:
    """"应急局在直达资金表里有几项资金": a loaded department said (应急局) with the title of another office's table that
    prints it in an owner column (县应急管理局 under 主管部门) is that value as printed — its rows are asked, never the
    department's own tables."""
    titled = _titled_owner_values(text, idx)
    if titled is None or not titled[1]:
        return text
    for form in sorted(idx.dept_forms_said(text), key=len, reverse=True):
        if (value := _owner_printed(form, titled[0], titled[1], idx)) and value not in text:
            return text.replace(form, value, 1)
    return text


def _owner_values_said(text: str, idx: FactIndex) -> list[tuple[int, int]]:
    """The spans of the owner values (as printed) of a table named by its title, said whole (see above): no
    department's name."""
    titled = _titled_owner_values(text, idx)
    if titled is None:
        return []
    return [(a, a + len(v)) for v in titled[1] if v in text and any(
        _owner_printed(f, titled[0], [v], idx) for f in idx.dept_forms_said(v)) for a in said_at(v, text)]


def _quoted_rows_said(text: str, present: set[str], idx: FactIndex) -> list[tuple[int, int]]:
    """The spans of the department names said as rows of a table quoting its subject (see below)."""
    return [(a, a + len(form)) for form in present if _row_of_a_quoted_subject(text, form, idx)
            for a in said_at(form, text)]


def _bureaus_of_the_place(fits: list[str], after: str, idx: FactIndex) -> list[str]:
    """A place's name said before its departments ("宜都三个部门…"), while the place itself is loaded beside
    them (a table of all its departments' 合计): its departments, never the place among them."""
    bureaus = [d for d in fits if not _BARE_PLACE.fullmatch(d)]
    if bureaus and len(bureaus) < len(fits) and (its := _ITS_DEPARTMENTS.match(after)):
        # ("临湘哪个部门…" with one bureau of its own loaded: one bureau is nothing to ask which of; the
        # place's own table, listing its departments as rows, is asked over)
        asking = its.group("q") and not re.match(r"[两俩二三四五六七八九十]", its.group("q"))
        return [d for d in fits if d not in bureaus] if asking and len(bureaus) == 1 else bureaus
    if len(bureaus) == 1 and len(bureaus) < len(fits) and _WHICH_DEPARTMENT_LATER.search(after):
        # "长兴三公经费增加额最大的是哪个部门", "长兴三公经费减少最多的部门": which department asked later in the
        # question, of the place said before it — the same: its one loaded bureau is nothing to ask which of
        return [d for d in fits if d not in bureaus]
    # "临湘财政局…": the place's short name said before a row of the place's own table of its bureaus is the
    # place, not each loaded bureau whose name begins with it (临湘市林业局 has a name of its own)
    places = [d for d in fits if _BARE_PLACE.fullmatch(d)]
    if len(places) == 1 and bureaus and all(b.startswith(places[0]) for b in bureaus) \
            and any(places[0] in idx.row_owners(keys) for n in range(2, min(len(after), 8) + 1)
                    if (keys := idx.row_keys_ending(after[:n]))):
        return places
    return fits


def _place_with_its_bureaus(form: str, after: str, idx: FactIndex) -> list[str]:
    """The departments a name said fits; a place said in full ("平阳县", loaded as the 合计 line of a table of its
    departments' blocks) before its departments ("…各部门", "…哪个部门", "…三个部门") fits them too, as the place
    said short does."""
    fits = _departments_of_form(form, idx)
    if fits == [form] and _BARE_PLACE.fullmatch(form) and (_ITS_DEPARTMENTS.match(after) or
                                                          _WHICH_DEPARTMENT_LATER.search(after)):
        fits += sorted(d for d in idx.dept_docs if d.startswith(form) and d != form)
    return fits


def _departments_of_form(form: str, idx: FactIndex) -> list[str]:
    """The departments a name said fits: the one whose full name it is ("临溪区2025年…" while the place 临溪区 is
    loaded beside its bureaus 临溪区教育局 …), else every one it is a short name of."""
    return [form] if form in idx.dept_forms[form] else sorted(idx.dept_forms[form])


# What follows an organisation word's last 的, an asking word and its kind ("…最多的是哪个部门", "…的哪一个局"):
# which of the rows is asked, no organisation named.
_ASKED_OVER_KIND = re.compile(r"是?(?:[哪几各每]|多少)[一个家些所]{0,2}(?:部|局|委|办|厅|署|中心|委员会|办公室|政府|街道)")


def _read_foreign_org(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """A step of _read_departments: an organisation word said where no department (or only a place) is
    named, which is no loaded department nor a label, marks the question as foreign."""
    # (a place named, whose table lists its units: "松岭区人社局" is an organisation its table does not list)
    placed = bool(fq.departments) and all(_BARE_PLACE.fullmatch(d) for d in fq.departments)
    if not fq.departments or placed:
        free = _masked(text, taken, " ")
        for m in _ORG_WORD.finditer(free):
            word = m.group(0)
            if placed and not re.search(r"(?:局|委员会|办公室)$", word):
                continue  # (of a place: only a bureau it does not list; "哪个街道", "这几个部门" ask over its rows)
            # "研究中心" of a row 教育发展研究中心 is a label; "普陀财政局" is no loaded department; "哪个街道",
            # "各街道" ask over the rows of a kind, naming no organisation.
            if re.match(r"(?:[哪几各每]|多少|所有|全部)", word) or re.search(r"(?:全|内|外|局|本)部$", word) \
                    or re.search(r"(?:几|多少)个?部$", word) and free[m.end():m.end() + 1] == "门" \
                    or re.fullmatch(r"(?:全|本|各)?[省市县区州旗]?部", word) and free[m.end():m.end() + 1] == "门":
                continue  # "占全部分配资金": 全部 is all of it, no 部 of an organisation; "表里有几个部门": its rows
                # counted; "全市部门合计": the place's departments, no organisation named
            if len(word.rsplit("的", 1)[-1]) <= 1 or "的" in word and _ASKED_OVER_KIND.fullmatch(word.rsplit("的", 1)[-1]):
                # ("基本支出最多的是哪个部门", "执行率最高的是哪一个单位": which of the rows, none named)
                continue  # "200万元以上的部门", "这样的局": a kind of organisation asked over the rows, none named
            if free[m.end():m.end() + 1] == "性" or free[m.end() - 1:m.end() + 1] == "部分":
                continue  # "政府性基金": of a kind, no 政府 named; "项目支出部分": a part, no 部
            if not any(word[i:] in idx.label_text or word[i:] in idx.said_text() or word[i:] in idx.value_facts
                       for i in range(len(word) - 2)) and not _org_said_short(word, idx) \
                    and not _in_a_title_said(word, text, idx) and not _line_owner_said(word, idx):
                fq.foreign_org = True  # (an organisation a table's cells print, 县水利局 of 建设单位, is theirs)


def _line_owner_said(word: str, idx: FactIndex) -> bool:
    """"卫健局的政府履职辅助性服务": an organisation said by a name people use for exactly one organisation a loaded
    general table prints as a line's owner (its "龙游县卫生健康局小计" line over its units), none not loaded."""
    ends = vocabulary_section(getattr(idx, "vocab_path", ""), "department_suffixes", _suffixes)
    forms = idx.__dict__.get("_line_owner_forms")
    if forms is None:  # (worked out once per index, on this rare path only)
        forms = idx.__dict__["_line_owner_forms"] = line_owner_forms(idx.conn, ends, idx.abbrev)
    word = compact(word)  # ("卫健局的政府": the organisation's name inside the word read)
    return any(owner_form_named(forms, word[i:j], ends) for i in range(len(word)) for j in range(i + 3, len(word) + 1))


def _suffixes(data: object) -> list[str]:
    """The vocabulary's department_suffixes (局, 委 …), longest first."""
    return sorted((w for w in data if isinstance(w, str) and w), key=len, reverse=True) if isinstance(data, list) else []


def _in_a_title_said(word: str, text: str, idx: FactIndex) -> bool:
    """"总投资最大的专项债项目", its 专项债项目 put as the title's 地方政府专项债券项目: an organisation word the
    question says inside a loaded table's title words (地方政府 of the title said) names that table, no
    organisation that is not loaded."""
    at = text.find(word)
    after = text[at + len(word):at + len(word) + 2] if at >= 0 else ""
    if len(after) < 2:
        return False
    titles = [compact(d.form or "") for d in idx.docs.values()]
    return any(word[-n:] + after in t for n in range(3, len(word) + 1) for t in titles)


def _org_said_short(word: str, idx: FactIndex) -> bool:
    """"动物疫病中心" of a row 动物疫病预防控制中心运转经费: an organisation said without the middle of its name, its
    head (four characters at least) and its organisation word both in one label, in that order."""
    end = _ORG_END.search(word)
    if end is None or end.start() < 4:
        return False
    return re.search(re.escape(word[:end.start()]) + r"[^\x1f]{1,8}?" + re.escape(end.group()), idx.label_text) is not None


# "下面有哪些明细", "包括哪几个细项": the lines under the one named, asked by their noun (no column 明细).
_LINES_NOUN = re.compile(r"(?:哪些|哪几(?:个|项)?|几个|几项)(明细项?|细项|子项)(?=(?:呢|吗|啊)?$)")

def _without_lines_noun(text: str, rest: str) -> str:
    """"下面有哪些明细": the noun the lines asked are called by is no word left over (no column 明细 is asked)."""
    for m in _LINES_NOUN.finditer(text):
        rest = rest[:m.start(1)] + " " * len(m.group(1)) + rest[m.end(1):]
    return rest


_WHOLE_SYSTEM = re.compile(r"全系统|系统内|系统(?!性)|全局(?![性部])")


def _system_of_a_group(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """"教育局系统编制多少": 系统 said right after a group of a table's units (a merged 主管部门 cell closed by its
    小计) is that group as a whole, not its own office (县教育局（本级）) nor a label holding 系统."""
    for said in _WHOLE_SYSTEM.finditer(text):
        before = [m for m in fq.mentions if m.end == said.start() and m.keys <= idx.row_label_keys]
        groups = {k for m in before for k in m.keys if _group_key(idx, k)}
        if not groups:
            continue
        for m in before:
            m.keys = {k for k in m.keys if k in groups} or m.keys
        fq.mentions = [m for m in fq.mentions if not (said.start() <= m.start < said.end())]
        taken[:] = [(s, e) for s, e in taken if not (said.start() <= s < said.end())]
        _take(text, taken, said.start(), said.end())


def _group_key(idx: FactIndex, key: str) -> bool:
    """Whether a row label is a group's, printed before its units' own labels (锦屏县教育局 over 锦屏中学)."""
    fids = idx.label_facts.get(key, ())[:50]
    return any(idx.fact_nrows[f] >= 2 and idx.fact_keys[f][0] == key for f in fids) \
        and not any(idx.fact_nrows[f] and idx.fact_keys[f][idx.fact_nrows[f] - 1] == key for f in fids)


def _place_before_its_department(fq: FactQuestion) -> None:
    """"普陀区社工部三公经费": a place naming several departments said right before one of its own departments (by
    a short name the place is not part of) says where that department is; the place's other departments are not
    asked (never answered beside it): the two are one name said, of that department."""
    said = sorted(zip(fq.dept_spans, range(len(fq.dept_names)), strict=True))
    dropped: set[str] = set()
    merged: dict[int, int] = {}  # the place's entry -> its department's
    for ((begin, stop, _), at), ((start, end, _), nxt) in zip(said, said[1:], strict=False):
        place, dept = fq.dept_names[at][1], fq.dept_names[nxt][1]
        if stop == start and len(place) > 1 and set(dept) < set(place) and at not in merged.values():
            merged[at] = nxt
            dropped |= set(place) - set(dept)
            fq.dept_names[nxt] = (fq.text[begin:end], dept)
            fq.dept_spans[nxt] = (begin, end, fq.text[begin:end])
    if not merged:
        return
    fq.dept_names = [x for k, x in enumerate(fq.dept_names) if k not in merged]
    fq.dept_spans = [x for k, x in enumerate(fq.dept_spans) if k not in merged]
    kept = {d for _, ds in fq.dept_names for d in ds}
    fq.departments = [d for d in fq.departments if d in kept or d not in dropped]


def _narrow_names(fq: FactQuestion) -> None:
    """A short name said with a department of one place ("普陀社工部和财政局") is that place's bureau: the
    other departments it fits are not named (never summed in, never listed)."""
    anchors = [ds[0] for _, ds in fq.dept_names if len(ds) == 1]
    if not anchors or all(len(ds) == 1 for _, ds in fq.dept_names):
        return
    fq.dept_names = [(form, narrow_by_place(ds, anchors)) for form, ds in fq.dept_names]
    kept = {d for _, ds in fq.dept_names for d in ds}
    fq.departments = [d for d in fq.departments if d in kept]


def _label_year_spans(text: str, idx: FactIndex) -> list[tuple[int, int]]:
    """Where the question says a label that holds a year word ("上年结转", "上年结余"): that year word is
    the label's, not a year asked."""
    spans = []
    for k in idx.year_word_labels:
        i = text.find(k)
        if i >= 0:
            spans.append((i, i + len(k)))
            continue
        # "上年结转" of 上年结转结余: the label said short, its year word and two characters more at least;
        # "以前年度" of 以前年度已安排: a word holding the year word inside, and one character more.
        word = next((w for w, _ in _REL_YEARS if k.startswith(w)), "")
        inside = next((k.find(w) for w, _ in _REL_YEARS if 0 < k.find(w)), -1) if not word else -1
        low = len(word) + 1 if word else inside + 2 if inside > 0 else 0
        for n in range(len(k) - 1, low, -1) if low else ():
            if (i := text.find(k[:n])) >= 0:
                spans.append((i, i + n))
                break
    return spans


def _value_year_spans(text: str, idx: FactIndex) -> list[tuple[int, int]]:
    """Where the question says a text a cell prints that holds a year word ("哪些资金备注了结转下年": 备注 结转下年, 结转下年
    使用): the word is that text's, never a year asked — said from the text's start, two characters before it at least."""
    spans = []
    for word, _ in _REL_YEARS_LONGEST_FIRST:
        for m in re.finditer(word, text) if word in text else ():
            starts = range(m.start() - 2, max(-1, m.start() - VALUE_BEFORE_YEAR_AT_MOST - 1), -1)
            at = next((s for s in starts if any(v.startswith(text[s:m.end()]) for v in idx.value_by_gram.get(text[s:s + 2], ()))), -1)
            if at >= 0:
                spans.append((at, m.end()))
    return spans


VALUE_BEFORE_YEAR_AT_MOST = 8  # characters of a printed text said before the year word it holds (结转 of 结转下年)


# A span of years ("2019—2025年", "2019到2025年"; the dash gone once compacted: "20192025年") added up, listed or
# compared across: every year of it. A change between them ("2019到2025年增长了多少") is of its two ends.
_YEAR_SPAN = re.compile(r"(?<![0-9.])((?:19|20)\d\d)(?:年?[-—–~～至到]|(?=\d{4}年))((?:19|20)\d\d)年")
_SPAN_CHANGED = re.compile(r"增|减|降|涨|变化|变动|多多少|少多少|差")


def _read_year_span(fq: FactQuestion, text: str, taken: list[tuple[int, int]]) -> None:
    """Every year of a span said ("2019—2025年…加起来"), when no change between its ends is asked."""
    m = _YEAR_SPAN.search(text)
    if m is None or _SPAN_CHANGED.search(text):
        return
    first, last = int(m.group(1)), int(m.group(2))
    if 0 < last - first <= 30 and _take(text, taken, m.start(), m.end()):
        fq.years.extend(range(first, last + 1))


_REL_YEARS_LONGEST_FIRST = sorted(_REL_YEARS, key=lambda x: -len(x[0]))


# A year said just before 当年/本年 ("2025年当年安排"): 当年 restates it.
_YEAR_RESTATED = re.compile(r"(?<![0-9.])(?:19|20)\d\d(?:年度|年)?的?$")


def _read_years(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    _read_year_span(fq, text, taken)
    # (2019年 of "2019年某省政府专项债券七期": the name's)
    named = {s for s, _ in name_year_spans(text, year_led_names(idx, idx.conn))}
    for m in _YEAR_Q.finditer(text):
        if m.start() in named:
            continue
        said = f"{m.group(1)}年{text[m.end():m.end() + 1]}"
        if text[m.end() - 1:m.end()] == "年" and said[-1:] in "末初底" \
                and any(k.startswith(said) for k in idx.gram_keys.get(said[-2:], ())):
            continue  # "2024年末" of a column printed so (2024年末 › 债务余额): the label's, not a year alone
        if any(text.startswith(g, m.start()) for gs in _crossed_columns(idx).values() for g, _ in gs):
            continue  # "2024年债务限额一般债务" (a crossed column, as printed): the group's own date
        end = m.end()
        if m.group().endswith("年度") and (label := "年度" + text[end:end + 2]) \
                and any(k.startswith(label) for k in idx.gram_keys.get("年度", ())):
            end -= 2  # "2026年度目标": the year, and the label 年度目标 (its year said), never 目标 alone
        if _take(text, taken, m.start(), end):
            fq.years.append(int(m.group(1)))
    in_labels = _label_year_spans(text, idx) + _value_year_spans(text, idx)
    for word, off in _REL_YEARS_LONGEST_FIRST:
        if word not in text:
            continue
        for m in re.finditer(word, text):
            if any(s <= m.start() and m.end() <= e for s, e in in_labels):
                continue
            if _take(text, taken, m.start(), m.end()) and not (off == 0 and _YEAR_RESTATED.search(text[:m.start()])):
                fq.relative_year.append(off)  # (never "2025年当年": that year said again, not the table's own)


# A column of months added up ("1-10月累计"), and "累计完成" said of it (完成 its verb, no column of its own).
_RUNNING_TOTAL_LABEL = re.compile(r"\d{1,2}[-—~至到]\d{1,2}月份?累计(?:$|\x1f)")
_MONTH_SPAN_SAID = re.compile(r"(?<!\d)(\d{1,2})(?:到|至|~|—|－)(\d{1,2})月")
_DONE_SO_FAR = re.compile(r"累计(?:已经?)?(?:完成|实现|入库|收入|征收|收了)了?")
_OF_BUDGET = re.compile(r"(?:完成|执行)(?:了)?(?:年初)?预算(?:数)?(?:的)?(?:百分之多少|百分之几|几成|多少比例|比例|百分比)")


_REASON = "原因"  # why a row changed (ingest/prose.py reads "主要原因：…" after a change)
_CHANGE_SAID = re.compile(r"(?:增长|增加|减少|下降|上升|降低|变化|变动|增|减|涨|降)了?(?:百分之?百|百分之[一二三四五六七八九十]+|这么多|那么多|很多|这么|那么)?")
_DONE, _SPENT = "执行数", "决算数"  # what was spent, as a self-evaluation and as a 决算 prints it
_USE = "主要用于"  # an item's use, read from a table's note (ingest/prose.py use_facts)


_POINTER = re.compile(r"(?:这个|该|本|此|这)(?:项目|部门|单位|表)")


_ROW_NOUN_LEFT = re.compile(r"(?:采购)?项目|目|科目|单位|科室")  # left of "几个项目" once 项 is filler


_ROW_NOUNS = ("指标", "项目", "专项", "科目", "单位", "科室")


def _without_row_nouns(mentions: list[Mention], text: str, idx: FactIndex) -> list[Mention]:
    """"权重最高的指标": 指标 names the rows listed, not a column (指标值) beside the one asked; "哪个专项": the
    projects, whatever header a table gives its project column (专项名称)."""
    def listed(m: Mention) -> bool:  # "基本和项目分别多少": said beside another column, one of the columns
        return any(o is not m and o.keys & idx.col_keys and (text[o.end:m.start] in _JOINING or text[m.end:o.start] in _JOINING)
                   for o in mentions)
    return [m for m in mentions if not (text[m.start:m.end] in _ROW_NOUNS and m.keys <= idx.col_keys and not listed(m)
                                        or text[m.start:m.end] == "专项" and m.keys <= idx.head_keys)]


_JOINING = ("和", "与", "、", "及", "跟", "同")


def _without_generic_tails(mentions: list[Mention], text: str, idx: FactIndex) -> list[Mention]:
    """"奖补资金占总额多少": a word every fund's name ends with (资金, 经费, 金额), said right after a label said
    and matching only labels of other tables in part (其他资金), is that label's tail, no label of its own."""
    def tail(m: Mention) -> bool:
        if m.start < 0 or m.quality >= 1 - 1e-9 or not _GENERIC_KIND.fullmatch(text[m.start:m.end]):
            return False
        before = [o for o in mentions if o is not m and o.end == m.start and o.start >= 0]
        if before and _MONEY_AFTER_ROW.fullmatch(text[m.start:m.end]) and all(_money_column(o.keys, idx) for o in before):
            return True  # "人居环境整治资金": a column of amounts said with its money word, not its 资金来源
        docs = {idx.fact_doc[f] for o in before for k in o.keys for f in idx.label_facts.get(k, ())[:200]}
        # (a sentence of the table's own note, "…建设资金按面积分配", is no label the word is part of)
        return bool(before) and not any(idx.fact_doc[f] in docs for k in m.keys if not _note_item(k, idx)
                                        for f in idx.label_facts.get(k, ())[:200])
    return [m for m in mentions if not tail(m)]


_ASKED_ARITHMETIC = (
    # "(今年干完后 / 完成今年计划后) 还剩多少没投 / 还差多少投资 / 还剩多少没安排": a project plan's investment
    # neither made nor planned (its 总投资 less what is done and this year's plan)
    ("remaining", r"(?:(?:完成|干完|做完|投完)(?:今年|本年|当年|年度)?(?:的)?(?:计划)?(?:后|以后|之后)|"
                  r"(?:今年|本年|当年)(?:的)?(?:计划)?(?:干完|完成|投完|做完)(?:后|以后|之后))?"
                  r"(?:还有|还剩|剩下|剩余|还差)(?:多少)?(?:投资|资金|钱)?(?:没有|没|未)(?:投资?|安排)(?:的)?|"
                  r"(?:(?:完成|干完|做完|投完)(?:今年|本年|当年|年度)?(?:的)?(?:计划)?(?:后|以后|之后)|"
                  r"(?:今年|本年|当年)(?:的)?(?:计划)?(?:干完|完成|投完|做完)(?:后|以后|之后))(?:还剩|还差|剩下|剩余|还有)(?:多少)?(?:投资|资金|钱)?|"
                  r"还差多少(?:投资|资金)|"
                   r"(?:还有|还剩|剩下|剩余)(?:多少)?(?:预算|资金|经费|钱)?(?:没有|没|未)(?:执行|支付|付|花|完成|拨付|拨|发放|发|用|支出|分配)|"
                   # "有多少没花掉": how much is not spent
                   r"有多少(?:预算|资金|经费|钱)?(?:没有|没|未)(?:执行|支付|付|花|拨付|拨|发放|用|支出|分配)(?:完|掉)?|"
                   r"(?:没|未)(?:执行|支付|付|花|用|拨付|拨|发放)(?:完|掉)?(?:的)?(?:还有|有|一共|总共|合计|共计|加起来)?(?:有)?多少|结余(?:了)?多少|还剩多少|"
                  # "节约了多少": the plan less what was spent
                  r"节约(?:了)?多少|节省(?:了)?多少|"
                  # "还差多少没执行完", "还差多少没完成": what is short of done is what is left
                  r"差多少(?:钱)?(?:没有|没|未)(?:执行|支付|付|花|用|拨付|拨|发放|发|完成)(?:完|掉)?"),
    ("excess", r"超额(?:完成|全年完成值)?(?:了)?(?:多少|几)|超出(?:目标|预算)?(?:多少|几)|超支(?:了)?多少|多完成(?:了)?(?:多少|几)"),
    # "扣了几分", "扣分最多": the points lost, 分值 less 得分 (a table printing its own 扣分 column is read as it)
    ("deducted", r"(?<![每例次项条])扣(?:了|掉)(?:多少|几)?分|(?<![每例次项条])扣(?:多少|几)分|扣分(?:最多|最少|多少|几分|合计)"
                 r"|(?:一共|总共|共)扣(?:了|掉)?|被扣(?:了)?"),
    # "到2025年底累计能完成总投资的百分之多少": a plan's investment done once this year's plan is, over the whole
    ("by_year_end", r"(?:到|截至|截止)?(?:年)?(?:底|末)?累计(?:能|可|可以|将)?完成(?:总投资|投资)?(?:的)?"
                    r"(?:百分之多少|百分之几|多少比例|比例|几成|多少百分比|百分比)"),
    ("per_head", r"人均|每人平均|平均每人|平均(?:到)?每(?:个|位|名|户)?(?:老年人数?|人员|职工|学生|对象|家庭|人|户)|"
                 r"(?:平均(?:到)?)每(?:一)?(?:辆(?:车|汽车)?|台)|(?:每|一)(?:户|辆|台)(?:车)?平均|户均"),
)


# The rule points are lost by (评价标准: "每低于5%扣1分", "怎么扣分", "一例扣几分"): a text asked, no subtraction.
_RULE_OF_POINTS = re.compile(r"标准|怎么扣|如何扣|怎样扣|咋扣|每[\u4e00-\u9fff\d.%]{0,8}扣|一例|一次扣|一项扣|低于|高于|不符合|不达")


_PER_UNIT = re.compile(r"(?:每人|每户|每名)?(?:每月|每年|每天|每季度)|每人|每户|每名|每次")


# A period's end said before a balance (年末结余, 期末结余): [crossed_rows] end.
_PERIOD_END = Words("crossed_rows", "{crossed_rows.end}")


def _end_balance_column_said(text: str, at: int, idx: FactIndex) -> bool:
    """"课后服务经费结余多少" beside a column 年末结余: the word said (结余) is that column's name less its period's end,
    what the row holds at the year's end, no remainder worked out of a plan and what was done."""
    word = text[at:at + 2]
    return word in idx.read_once("_end_balance_words", len(word), lambda: frozenset(
        k[len(k) - len(word):] for k in idx.col_keys
        if len(k) > 2 and _PERIOD_END.fullmatch(k[:-len(word)] if word else "")))


def _label_ends_at(text: str, end: int, idx: FactIndex) -> bool:
    """Whether the question's words up to `end` finish a label ("年末结转和结余多少": 结余 ends a label, it
    asks no remainder)."""
    # (said with its 和 left out as well: "年末结转结余" of 年末结转和结余)
    return end >= 4 and (text[end - 4:end] in idx.label_text or text[end - 4:end] in idx.label_text_unjoined)


_BALANCE = re.compile(r"收支(?:差额|差|相抵|缺口|结余|余额)|收入(?:减去?|扣除|扣掉)支出|收入比支出(?=多|少|高|低)")


def _read_asked_arithmetic(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """"还剩多少没执行", "超额完成多少", "人均": arithmetic asked in words, with its verb (执行, 支付); a rate
    per person or month ("每人每月") asked; 收支差额 when no table prints a line of that name. A 人均 that
    begins a label said (人均补助标准) is that column's name, no division asked."""
    if (bal := _BALANCE.search(text)) and bal.group() not in idx.label_text and _take(text, taken, bal.start(), bal.end()):
        fq.balance = True
    if (per := _PER_UNIT.search(text)) and re.search(r"多少|几", text[per.end():]) \
            and not re.search(r"平均(?:到)?$", text[:per.start()]) \
            and _take(text, taken, per.start(), per.end()):  # ("平均每户": an average worked out, below)
        fq.per_unit = per.group()
    for flag, pattern in _ASKED_ARITHMETIC:
        if (m := re.search(pattern, text)) and not _label_ends_at(text, m.start() + 2, idx) \
                and not (flag == "remaining" and _end_balance_column_said(text, m.start(), idx)) \
                and not (flag == "per_head" and text[m.start():m.end() + 2] in idx.label_text) \
                and not (flag == "deducted" and ("扣分" in idx.label_text or _RULE_OF_POINTS.search(text))):
            setattr(fq, flag, True)
            if flag == "per_head":  # the measure the amount is divided by: 平均每户 over 户, 每辆车 over 辆
                fq.per_measure = next((u for u in ("辆", "台", "户") if u in m.group(0)), "户" if "家庭" in m.group(0) else "人")
            if verb := re.search(r"执行|支付|付|花|完成|拨付|拨|发放|发|用|支出|分配", m.group(0)):
                fq.verb = {"付": "支付", "花": "执行|支出|实际", "用": "执行|支出|实际|使用", "拨": "拨付|已拨",
                           "发": "发放|已发", "支出": "支出|执行|实际"}.get(verb.group(0), verb.group(0))
            if not _take(text, taken, m.start(), m.end()) and flag in ("remaining", "by_year_end"):
                _take_free(taken, m.start(), m.end())  # "今年干完后还剩多少没投": 今年 is the year's, the rest is this ask
            if flag == "by_year_end":  # "到2025年底 (这些项目)": when, and the plan's rows as a whole
                for said in re.finditer(r"(?:到|截至|截止)(?:今年|本年|(?:19|20)\d\d年)?(?:底|末)|(?:这些|所有|全部)(?:项目)?", text):
                    _take_free(taken, said.start(), said.end())


# "哪个部门…", "各部门…", "几个单位…": departments asked across, each its own figure
_PERIOD_RANGE = re.compile(r"(?:第)?([一二三四])(?:季度)?(?:到|至|~|-|—)(?:第)?([一二三四])季度")


def _read_subjects_and_values(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """What a table is about (its project, its kind: "就业补助资金", "自评表") narrows to that table; a
    period (一季度, 上半年) selects months; a value the table prints as text ("区级财政资金") selects rows."""
    named = {d for dept in fq.departments for d in idx.dept_docs.get(dept, ())}

    def in_other_title(word: str, own: set[int]) -> bool:
        """"专项资金" of one project (or a text cell) and of another table's title (专项资金分配表): the
        word names no one table and no rows of its own."""
        return any(word in key for d, keys in idx.sheet_titles.items()
                   if d not in own and (not named or d in named) for key in keys) \
            or any(len(word) < len(form) and word in form for d, doc in idx.docs.items()
                   if d not in own and (not named or d in named) and (form := compact(doc.form or "")))
    for name in idx.subject_order:
        if name not in text or in_other_title(name, set(idx.subjects[name])):
            continue
        docs = idx.subjects[name]
        named = {d for dept in fq.departments for d in idx.dept_docs.get(dept, ())}
        if named and not docs & named:
            continue  # "鹤川专项资金": another department's project name is a word of the named one's table
        if not named and (_said_of_a_sheet(name, docs, text, idx) or _said_of_a_row_elsewhere(name, docs, text, idx)):
            continue
        for m in re.finditer(re.escape(name), text):
            if _ends_a_longer_row(text, m.start(), name, docs, idx) or _runs_into_own_column(text, m, docs, idx):
                continue
            if _take(text, taken, m.start(), m.end()):
                fq.subject_docs |= docs
    _subject_said_short(fq, text, taken, idx)
    for m in _PERIOD_RANGE.finditer(text):  # "一到四季度": each quarter of the range
        a, b = "一二三四".index(m.group(1)), "一二三四".index(m.group(2))
        if a < b and _take(text, taken, m.start(), m.end()):
            fq.periods = [_PERIODS[q][1] for q in range(a, b + 1)]
    for word, months in PERIODS_LONGEST_FIRST:
        for said in re.finditer(word, text):
            if _column_says_period(text, said.start(), said.end(), idx):
                continue  # "1-3季度累计执行" said whole is that column, not a period over the others
            if _take(text, taken, said.start(), said.end()):
                fq.periods.append(months)
                # "二季度花了多少", "三季度支出", "前三季度一共支出了多少": what was spent in the period is the
                # period's figure (一共 is left to the operations).
                if (verb := _PERIOD_SPENT.match(text, said.end())) \
                        and not _a_label_says(verb.group("verb"), fq, idx, months):
                    _take(text, taken, verb.start("verb"), verb.end("verb"))
    if fq.periods:
        fq.period = tuple(sorted({m for p in fq.periods for m in p}))
    if len(fq.periods) == 1:
        fq.periods = []  # one period: fq.period says it
    _values_said(fq, text, taken, idx)


def _scope_marks(data: object) -> list[str]:
    """[budget_scope_words] scope_after: the words after a table's name said as where a row is (政府性基金预算里X),
    longest first."""
    return _suffixes(data.get("scope_after") if isinstance(data, dict) else None)


def _budget_kind_said(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """"国有资本经营预算哪项收入最多" beside a 国有资本经营预算收支表 and another table's 国有资本经营预算 column:
    the budget a table's title is of (index.budget_kinds), said whole, names that table — unless the words go on
    into a longer label said (国有资本经营预算拨款, a row of its own), or a department named has no such table."""
    if fq.subject_docs:
        return
    named = {d for dept in fq.departments for d in idx.dept_docs.get(dept, ())}
    for word in sorted(idx.budget_kind_docs, key=len, reverse=True):
        docs = idx.budget_kind_docs[word] & named if named else idx.budget_kind_docs[word]
        at = text.find(word)
        if at < 0 or not docs:
            continue
        if word in idx.title_kind_said and not title_kind_names_its_tables(
                {idx.docs[d].department for d in idx.budget_kind_docs[word]}, set(fq.departments), text):
            continue  # (a word read off titles: the one rule the parse reads it by too)
        own = set().union(*(idx.doc_keys.get(d, set()) for d in docs))
        goes_on = text[at:at + len(word) + 2]  # (政府性基金拨款 of 本年收入政府性基金拨款: another table's column said)
        # (with departments named, only their other tables' rows: another place's 国有资本经营预算支出 column is no
        # row of the department asked)
        if any(word in k and len(k) > len(word) and k not in own
               and (not named or idx.key_docs().get(k, set()) & named)
               and (0 <= (p := text.find(k)) <= at < p + len(k) or len(goes_on) > len(word) + 1 and goes_on in k)
               for k in idx.gram_keys.get(word[:2], ())):
            continue  # (国有资本经营预算拨款: another table's row said)
        if any(s < at + len(word) and at < e for s, e in taken):
            return
        fq.subject_docs = fq.budget_docs = set(docs)
        # The words stay free (its blocks say them too: 国有资本经营预算支出 of "国有资本经营预算哪项支出最多") —
        # unless a row of the table is said whole right after them ("国有资本经营预算收入总计"), or the rows said
        # after them name no row holding them ("国有资本经营预算利润收入": 一、利润收入, never 其他国有资本经营预算企业
        # 利润收入 for the budget's own words)
        end = at + len(word)
        marks = vocabulary_section(getattr(idx, "vocab_path", ""), "budget_scope_words", _scope_marks)
        then = end + len(next((p for p in marks if text.startswith(p, end)), ""))  # (…预算里 / 的 X)
        if any(len(k) >= 4 and k in idx.row_label_keys and text.startswith(k, then) for k in own):
            _take(text, taken, at, then)
        elif _budget_word_names_no_row(text, at, word, own, idx, set().union(*(idx.sheet_titles.get(d, set()) for d in docs))):
            _take(text, taken, at, end - 2 if word.endswith(("收入", "支出")) else end)  # (the flow: its sheet's words)
        return


def _budget_word_names_no_row(text: str, at: int, word: str, own: set[str], idx: FactIndex,
                              sheets: set[str]) -> bool:
    """Whether the budget's name said (at) is the table's only: no row holding it (a note's line, of no figure, is
    none) is said across it (国有资本经营预算调出资金), and the words after it are its sheet's flow (支出 of …支出表),
    a row's words not holding it (利润收入 of 1030601一、利润收入, 支出合计 of 本年支出合计), or, where rows hold it
    after words of their own (其他国有资本经营预算企业利润收入), go on the way none of them does (烟草企业利润收入: no
    row, never that one)."""
    rows = [k for k in own if k in idx.row_label_keys]
    figured = [k for k in rows if word in k
               and any(f["number"] is not None for f in idx.facts(list(idx.label_facts.get(k, ()))[:5]))]
    holding = [f for k in figured for f in idx.key_forms.get(k, (k,)) if word in f]  # (a note's line holds no figure)
    if any((p := text.find(f)) >= 0 and p <= at < p + len(f) for f in holding):
        return False
    end = at + len(word)
    if any(word + text[end:end + 2] + "表" in t or word + "表" in t for t in sheets):
        return True  # (…支出哪个科目最多: the flow said is its sheet's, …支出表)
    after = text[end:end + 4]
    if len(after) == 4 and any(after in f and word not in f or len(f) >= 4 and text.startswith(f, end)
                               for k in rows for f in idx.key_forms.get(k, (k,))):
        return True
    inside = [f for f in holding if not f.startswith(word)]  # (一般公共预算收入合计 starts with it: maybe the row said)
    # (nothing said after it, "哪个表是国有资本经营预算": the words are the whole question, left as they were)
    # (nor a question word after it, "国有资本经营预算哪项支出最多": its block 国有资本经营预算支出 said apart)
    return bool(inside) and re.match(r"(?!哪|几|多少|各|有|都|是|的|里|中|总)[\u4e00-\u9fff]{2}", text[end:]) is not None \
        and not any(f[f.index(word) + len(word):][:2] == text[end:end + 2] for f in inside)


# The generic tail a project's name may be said without ("就业补助" of 就业补助资金).
_SUBJECT_TAIL = re.compile(r"(?:专项资金|专项经费|资金|经费|项目)$")


def _subject_said_short(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """"渝中就业补助全年实际执行了多少": the named department's project said without its generic tail (资金,
    经费) is that table, as its whole name is — unless the words are part of a label of the table (then a row
    may be meant) or name several of the department's projects."""
    named = {d for dept in fq.departments for d in idx.dept_docs.get(dept, ())}
    if not named:
        return
    found: list[tuple[str, set[int]]] = []
    for name in idx.subject_order:
        short = _SUBJECT_TAIL.sub("", name)
        docs = idx.subjects[name] & named & (fq.subject_docs or named)  # (of the kind of table said, if one is)
        if short != name and len(short) >= 4 and short in text and docs \
                and not any(short in k for d in docs for k in idx.doc_keys.get(d, ())):
            found.append((short, docs))
    if len(found) != 1:
        return
    short, docs = found[0]
    at = text.find(short)
    if _take(text, taken, at, at + len(short)):
        fq.subject_docs = docs


# what is said of an organisation owning rows ("残联管哪几个", "残联负责的"): [asking_words.row_owner] whose_verbs;
# the owner columns (主管部门, 责任单位) by their last header's words (also read by value_rows)
OWNER_VERB = Words("row_owner", "(?:{whose_verbs})(?:的)?")
_OWNER_HEAD = Words("row_owner", "{owner_heads}")


def in_owner_columns(cells: list[dict]) -> bool:
    """Whether some cells are all printed in owner columns (主管部门, 责任单位): a value of them said with an owner's
    verb asks the rows it owns."""
    return bool(cells) and all(_OWNER_HEAD.search((f["col_labels"] or "").split(query.FACT_SEP)[-1]) for f in cells)


def _owner_verb_after(text: str, taken: list[tuple[int, int]], end: int, value: str, idx: FactIndex) -> None:
    """"县农业农村局管哪些资金": an owner's verb (管, 负责) said right after a value printed only in owner columns (主管部门)
    asks the rows it owns — the verb is read with the value, no thing of its own."""
    verb = OWNER_VERB.match(text, end)
    if verb is None:
        return
    if in_owner_columns(idx.facts(list(idx.value_facts.get(value, ()))[:20])):
        _take(text, taken, verb.start(), verb.end())


def _values_said(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """A value the table prints as text ("区级财政资金", "差额事业") said where nothing else was read: its rows."""
    free = _masked(text, taken, " ")
    for i in range(len(free) - 1):
        for value in idx.value_by_gram.get(free[i:i + 2], ()):
            if len(value) == 2 and not (_said_as_kind(free, i, idx) and _held_by(value, fq.departments, idx)):
                continue
            if not _held_by(value, fq.departments, idx) or not fq.departments and _said_of_a_sheet(
                    value, {idx.fact_doc[f] for f in idx.value_facts.get(value, ())}, free, idx):
                continue  # a value of another table is a word of the named department's or sheet's labels
            if free.startswith(value, i) and (_inside_a_row_name(free, i, value, idx)
                                              or _ends_a_longer_row(free, i, value, set(), idx)
                                              or _starts_a_dated_column(free, i, value, idx)):
                continue  # "营养餐检测服务" names the row 学生营养餐检测服务, not the rows whose 品目 is 检测服务
            if free.startswith(value, i) and _take(text, taken, i, i + len(value) + (free[i + len(value):i + len(value) + 1] == "类")):
                fq.values.append(value)
                _owner_verb_after(text, taken, i + len(value), value, idx)
                break
            # "参公单位": a kind of 事业单位 printed as 参公事业, said by its own words before 单位
            if len(value) >= 4 and value.endswith("事业") and free.startswith(value[:-2] + "单位", i) \
                    and _take(text, taken, i, i + len(value) - 2):
                fq.values.append(value)
                break
    if not fq.values:
        _indicator_said_short(fq, text, taken, idx)
    _table_of_the_period(fq, idx)


def _indicator_short_lengths(idx: FactIndex) -> tuple[int, ...]:
    """The lengths (two characters or more) of _indicator_short_forms' forms, longest first: built once per index."""
    kept = idx.__dict__.get("_indicator_short_lengths")
    if kept is None:
        kept = idx.__dict__["_indicator_short_lengths"] = tuple(sorted(
            {len(k) for k in _indicator_short_forms(idx) if len(k) >= 2}, reverse=True))
    return kept


def _indicator_short_forms(idx: FactIndex) -> dict[str, set[str]]:
    """Each end (four characters or more) and each leading run of latin letters (ODR) of the names a column of
    indicators prints, with the names it is of: built once per index."""
    kept = idx.__dict__.get("_indicator_short_forms")
    if kept is None:
        kept = defaultdict(set)
        for v in getattr(idx, "indicator_values", ()):
            for n in range(4, len(v)):
                kept[v[-n:]].add(v)
            if (m := _LATIN_HEAD.match(v)) and len(m[0]) < len(v):
                kept[m[0]].add(v)
        kept = idx.__dict__["_indicator_short_forms"] = {k: vs for k, vs in kept.items() if k not in idx.label_facts}
    return kept


_LATIN_HEAD = re.compile(r"[a-z]{2,}(?=[\u4e00-\u9fff])")


def _indicator_said_short(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """"年报公示率1-6月", "ODR为啥完成得不好": an indicator's name (市场主体年报公示率, ODR企业培育数量) said by its end or
    by its leading latin letters, where no other indicator's name is said so: that indicator's lines."""
    forms = _indicator_short_forms(idx)
    free = _masked(text, taken, " ")
    # (an end said with the character before it also the name's is a longer end, left out as a label's words:
    # "满意度指标" of 服务对象满意度指标 is a label, never its "意度指标")
    # (only the pieces as long as some form are looked up, longest first: the same places in the same order)
    lengths, n = _indicator_short_lengths(idx), len(free)
    said = [(i, j, v) for i in range(n) for j in (i + size for size in lengths if i + size <= n)
            if (free[i:j] in forms) and (not free[i:j].isascii() or not free[j:j + 1].isascii())
            for v in forms[free[i:j]] if _held_by(v, fq.departments, idx)
            and not (i > 0 and len(v) > j - i and v[-(j - i) - 1] == free[i - 1] and v.endswith(free[i:j]))]
    if not said:
        return
    longest = max(j - i for i, j, _ in said)
    best = {(i, j, v) for i, j, v in said if j - i == longest}
    if len({v for _, _, v in best}) == 1 and len({(i, j) for i, j, _ in best}) == 1:
        i, j, v = best.pop()
        if _take(text, taken, i, j):
            fq.values.append(v)


def _read_measure(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"办公用房面积": no label says 面积 (nor one with a word said beside it, 补贴…面积 of 补贴面积（亩）); the
    figure asked is the row's one in 平方米 (亩, 公顷). "买几辆": the verb of a quantity asked is no label."""
    said = [fq.text[m.start:m.end] for m in fq.mentions if m.start >= 0]
    if "面积" in fq.leftover.split() and not any("面积" in k for m in fq.mentions for k in m.keys) \
            and not any("面积" in k and any(w in k for w in said) for k in idx.col_keys):
        fq.area, fq.leftover = True, " ".join(w for w in fq.leftover.split() if w != "面积")
    if _QUANTITY_ASKED.search(text):
        fq.leftover = " ".join(w for w in fq.leftover.split() if w not in ("买", "购买", "要买", "买了", "购置了"))


def _table_of_the_period(fq: FactQuestion, idx: FactIndex) -> None:
    """"四季度一共支出多少" naming no department: the tables of the one department whose columns print that
    period (一季度 … 四季度 of an execution table) are the ones asked about; with several, none is chosen."""
    if not fq.period or fq.departments or fq.subject_docs:
        return
    docs = {idx.fact_doc[f] for k in _period_columns(idx) if set(period_in(k) or ()) & set(fq.period)
            for f in idx.label_facts.get(k, ())}
    if len({idx.docs[d].department for d in docs}) == 1:
        fq.subject_docs = docs


def _runs_into_own_column(text: str, m: re.Match, docs: set[int], idx: FactIndex) -> bool:
    """"哪个部门结转结余率最高" of a 部门结转结余资金情况表: a run of the table's title (部门结转结余) said running on
    into a column label of that very table (结转结余率) is the column's words, no naming of the table."""
    for d in docs:
        for k in _own_long_columns(d, idx):
            if (at := text.find(k, max(0, m.start() + 1 - len(k)))) >= 0 and at < m.end() < at + len(k):
                return True
    return False


def _own_long_columns(doc: int, idx: FactIndex) -> tuple[str, ...]:
    """A table's column label keys of three characters or more, picked once per table for the index's life."""
    return idx.read_once("_own_long_columns", doc, lambda: tuple(
        k for k in idx.doc_keys.get(doc, ()) if k in idx.col_keys and len(k) >= 3))


def _ends_a_longer_row(text: str, at: int, name: str, docs: set[int], idx: FactIndex) -> bool:
    """"油茶产业发展专项资金", "茶产业专项资金": a project's name (专项资金) said after words that another table's
    row holds before it (茶产业发展专项资金): that row is said, not the project's table."""
    before = text[max(0, at - 2):at]
    if len(before) < 2:
        return False
    for k in idx.gram_keys.get(name[:2], ()):
        if k in idx.row_label_keys and name in k and k != name and before in k[:k.index(name)] \
                and any(idx.fact_doc[f] not in docs for f in idx.label_facts.get(k, ())[:20]):
            return True
    return False


def _starts_a_dated_column(free: str, i: int, value: str, idx: FactIndex) -> bool:
    """"禾川镇2024年末债务余额": a value that is only a year (成立年份 2024年 of another table), said as the start
    of a column label going on after it (2024年末债务余额), is that column's year, not the value."""
    if not re.fullmatch(r"(?:19|20)\d\d年度?", value):
        return False
    run = free[i:i + len(value) + 2]
    return len(run) == len(value) + 2 and " " not in run and any(run in k for k in idx.col_keys)


def _inside_a_row_name(free: str, i: int, value: str, idx: FactIndex) -> bool:
    """Whether a printed value said at i is part of two or more characters more of the question that a row's
    label holds together with it, or of one more that makes the row's whole label."""
    rows = [k for k in idx.gram_keys.get(value[:2], ()) if value in k and k != value and k in idx.row_label_keys]
    if not rows:
        return False
    end = i + len(value)
    for a in range(max(0, i - 8), end):
        for b in range(end, min(len(free), a + 24) + 1):
            more = (i - a) + (b - end)
            if (more >= 2 or more == 1 and free[a:b] in rows) and " " not in free[a:b] and any(free[a:b] in k for k in rows):
                return True  # (one character more when the row's whole label is said: 县 of 县…执法大队)
    return False


def _column_says_period(text: str, start: int, end: int, idx: FactIndex) -> bool:
    """Whether a column label printing a period ("1-3季度累计执行", "1-9月执行数") is said whole from the
    period said on."""
    for k in _period_columns(idx):
        i = text.find(k, max(0, start - len(k)))
        while 0 <= i <= start:
            if end <= i + len(k) and len(k) > end - start:
                return True
            i = text.find(k, i + 1)
    return False


def _period_columns(idx: FactIndex) -> tuple[str, ...]:
    found = idx.__dict__.get("_period_columns")  # once per index (its column labels never change)
    if found is None:
        found = idx.__dict__["_period_columns"] = tuple(k for k in idx.col_keys if period_in(k))
    return found


def _said_of_a_sheet(name: str, docs: set[int], text: str, idx: FactIndex) -> bool:
    """A project's name ("专项资金") inside another table's sheet title (专项资金分配表) that the question
    says on ("专项资金分配"), or said with a label only that table has ("哪个乡镇"): the sheet's words."""
    at = text.find(name)
    for d, titles in idx.sheet_titles.items():
        if d in docs or not any(name in t for t in titles):
            continue
        if any(text[at:at + len(name) + 2] in t for t in titles):
            return True
        rest = text[:at] + "\x00" + text[at + len(name):]
        others = set().union(*(idx.doc_keys.get(x, set()) for x in docs))
        if any(len(f) >= 2 and f in rest for k in idx.doc_keys.get(d, ()) if k not in others and not _is_total(k)
               for f in idx.key_forms.get(k, (k,)) if k not in idx.col_keys or len(f) >= 4):
            return True
    return False


COLUMN_WORD_AT_LEAST = 3  # characters of a column's form said beside a row's name: 已分配, 支出进度 — no stray pair


def _said_of_a_row_elsewhere(name: str, docs: set[int], text: str, idx: FactIndex) -> bool:
    """"就业补助资金支出进度多少": a project's name (the one project of a 自评表) that another table prints whole as a
    row's name, said with a column of that table which the project's own tables do not print (支出进度, 中央下达,
    已分配 of a fund-progress table; the 自评表 prints 执行率): the row's words, not the project's table."""
    if name not in idx.row_label_keys:
        return False
    at = text.find(name)
    rest = text[:at] + "\x00" + text[at + len(name):]
    others = set().union(*(idx.doc_keys.get(x, set()) for x in docs))
    for d, keys in idx.doc_keys.items():
        if d in docs or name not in keys:
            continue
        if any(len(f) >= COLUMN_WORD_AT_LEAST and f in rest for k in keys if k in idx.col_keys and k not in others
               and not _is_total(k) for f in idx.key_forms.get(k, (k,))):
            return True
    return False


_PERIOD_SPENT = re.compile(r"(?:一共|总共|共|累计)?(?P<verb>(?:的)?(?:支出了?|花了|花费|花掉了|用了|用掉了|执行数|执行了|执行)"
                           r"(?!率|进度|情况))")


_MONTH_ROW = re.compile(r"\d{1,2}月份?")


def _a_label_says(word: str, fq: FactQuestion, idx: FactIndex, months: tuple[int, ...]) -> bool:
    """Whether a label of the tables asked about (every table when no department is named) holds the word
    where it can tell that period's columns apart ("第二季度执行数" beside "第二季度预算数"): a label of no
    period, or of that period; a column of another period (1-9月执行数 of "第三季度执行") tells nothing."""
    word = word.lstrip("的")
    docs = [d for dept in fq.departments for d in idx.dept_docs.get(dept, ())] or list(idx.docs)
    own = set(docs)
    for d in docs:
        keys = idx.doc_keys.get(d, set())
        if any(_MONTH_ROW.fullmatch(k) for k in keys) and any(word in k for k in keys):
            return True  # months printed as rows (a monthly table): its columns (执行数, 预算数) tell what is added up
        for k in keys:
            if k not in idx.col_keys or period_in(k) != months:
                continue
            if word in k:
                return True  # "第二季度执行数": the period's column says the word itself
            for fid in idx.label_facts.get(k, ())[:200]:
                if idx.fact_doc[fid] in own and any(word in c for c in idx.fact_keys[fid][idx.fact_nrows[fid]:]
                                                    if c != k and c in idx.col_keys):
                    return True  # 执行数 over 第二季度 beside 预算数 over 第二季度
    return False


_EITHER = re.compile(r"([\u4e00-\u9fff]{2,8})还是([\u4e00-\u9fff]{2,8})")


def _read_options(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """"是部门项目还是公共项目": two options of one tick-box cell name that cell (项目类型), whose value
    says the one ticked."""
    for m in _EITHER.finditer(text):
        a, b = m.group(1), m.group(2)
        for start in range(len(a) - 1):  # "项目是部门项目": the option is the end of what comes before 还是
            cells = idx.option_facts.get(a[start:], set()) & idx.option_facts.get(b, set())
            if cells:
                s = m.start(1) + start
                s -= next((len(w) for w in ("属于", "算是", "是") if text[:s].endswith(w)), 0)  # the verb asks nothing
                if _take(text, taken, s, m.end()):
                    keys = {k for fid in cells for k in idx.fact_keys[fid][:idx.fact_nrows[fid]]}
                    fq.mentions.append(Mention(s, m.end(), keys, True, m.end() - s))
                break


def _held_by(value: str, departments: list[str], idx: FactIndex) -> bool:
    """Whether a value is printed in a table of the departments named (any, when none is)."""
    docs = {d for dept in departments for d in idx.dept_docs.get(dept, ())}
    return not docs or any(idx.fact_doc[f] in docs for f in idx.value_facts.get(value, ()))


def _said_as_kind(free: str, i: int, idx: FactIndex) -> bool:
    """A two-character value of a column of kinds is said as one: "服务类的", "询价的", "货物类采购" — never
    inside a longer word a label uses ("服务对象")."""
    if free[i + 2:i + 4] == "项目" and free[i:i + 4] not in idx.label_text:
        return True  # "新建项目有哪些", "续建项目": the rows of that kind (a plan's 建设性质)
    if free[i:i + 2] in idx.bare_organisations and OWNER_VERB.match(free, i + 2):
        return True  # "残联管哪几个": the rows whose 主管部门 is 县残联, its short word said alone
    return free[i + 2:i + 3] in ("类", "的") and free[i:i + 3] not in idx.label_text


_CHANGE_ASKED_LAST = re.compile(r"(?:较|比)(?:上年|去年|上一年|前一年|(?:19|20)\d\d年?度?)(增长|增加|减少|下降|变化)了?(?:呢|吗)?$")
# "增长百分之几", "增幅多少": the change and its rate over the earlier figure (never a share of one in the other).
_GROWTH = re.compile(r"(?:增长|增加|增减|上升|上涨|涨|下降|减少|降低|降|下滑|减|增)(?:了)?(?:百分之几|百分之多少|多少百分比|百分比是?多少|几个百分点|多少个百分点|几成)"
                     r"|增长率|增减率|增幅|降幅")


# "金额排第二的", "排名第三的项目": a place in the ranking from the top, asked in one question.
_PLACE = re.compile(r"(?:排(?:名|在)?第([2-9]|[二三四五六七八九两])(?:位|名|个|多|高|大)?|(?<!倒数)第([2-9]|[二三四五六七八九两])"
                    r"(?:大|多|高|(小|少|低))(?![学队组区号])|(?:排名?)?倒数第([2-9]|[二三四五六七八九两])(?:位|名|个|项)?)(?:的|是)?")
# (第五小学, 第二大队: a name, no place in a ranking)


# "最多的3个", "最少的两项", "排名前三", "前5名": the first places of a ranking, several asked.
_TOP = re.compile(r"(?:最(多|大|高|贵)|最(少|小|低)|(?:排名|排行)?(前)|(?:排名|排行)?(后|倒数))的?"
                  r"(\d{1,2}|[两二三四五六七八九十])(?!个?(?:季|月|年|天|周|日|批|期|小时))(?:个|项|名|位|家|种)?")


def _read_place(fq: FactQuestion, text: str, taken: list[tuple[int, int]]) -> None:
    top = _TOP.search(text)
    # (a follow-up of nothing else, "前三名是谁", is the first places of the list just shown: not read here)
    if top and (n := ordinals.place_number(top.group(5)) or 0) >= 2 \
            and re.sub(r"^(?:那么|那|其中|里面|这里面)?(?:排名|排行)?", "", text[:top.start()]) \
            and _take(text, taken, top.start(), top.end()):
        fq.top = n
        op = "min" if top.group(2) or top.group(4) else "max"
        if op not in fq.ops:
            fq.ops.append(op)
        return
    m = _PLACE.search(text)
    if m and _take(text, taken, m.start(), m.end()):
        said = m.group(1) or m.group(2) or m.group(4)
        fq.place = ordinals.place_number(said) or 0
        op = "min" if m.group(3) or m.group(4) else "max"  # "第二小", "倒数第二": the second from the bottom
        if op not in fq.ops:
            fq.ops.append(op)


def _read_growth(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """Before the labels: 增长 of "增长率" is no 比上年增长 asked alone — unless a table prints the word
    itself (a column 增减率 is read as that column)."""
    growth = _GROWTH.search(text)
    # A column printing the rate (增减率, 比上年增幅) is that word's; a row merely named with it (an
    # indicator "门诊次均费用增幅") is not a rate of the table's figures.
    printed = growth and (growth.group() in idx.label_facts or any(growth.group() in k for k in idx.col_keys)
                          or any(growth.group() in idx.key_forms.get(k, ()) for k in idx.percent_cols))
    if growth and "占" not in text and not printed and _take(text, taken, growth.start(), growth.end()):
        fq.growth = True
    # "本年收入合计比上年增长": the change said last, asking how much (no 多少 needed).
    change = _CHANGE_ASKED_LAST.search(text)
    if change and _take(text, taken, change.start(1), change.end(1)) and "diff" not in fq.ops:
        fq.ops.append("diff")


def _rate_of_another_table(fq: FactQuestion, rate: str, idx: FactIndex) -> None:
    """"罚没收入执行率": the rate's word read as a label (预算执行率) that no table holding the other things named
    prints — the rate worked out from the row's own figures (its 完成预算% or done over plan), not a label: the
    mention dropped."""
    holders = [m for m in fq.mentions if any(rate in k for k in m.keys)]
    # (a bare number said inside a code, 100 of 31001, names no row: "执行率超过100%的" filters by it)
    rows = [m for m in fq.mentions if m not in holders and m.keys & idx.row_label_keys and not m.keys & idx.col_keys
            and (m.exact or m.start < 0 or not re.fullmatch(r"[\d.]+", fq.text[m.start:m.end]))]
    if not holders or not rows or any(k == rate for m in holders for k in m.keys):
        return  # (no line named: "执行率低于90%的项目" asks the label's own table; a table printing 执行率 itself)
    keys = set().union(*(m.keys for m in holders))
    docs = {d for d, ks in idx.doc_keys.items() if ks & keys}
    if not any(idx.doc_keys[d] & m.keys for m in rows for d in docs):
        fq.mentions = [m for m in fq.mentions if m not in holders]


def _read_done_rate(fq: FactQuestion, text: str, taken: list[tuple[int, int]]) -> re.Match | None:
    """"完成了百分之多少": done over the row's plan, in the table's own words for them; a label only begun
    inside those words (全年 of 全年完成值) is theirs, not a label asked."""
    said = _DONE_SAID.search(text)
    if said is None or any(m.start < said.end() and said.start() < m.end
                           and not (said.start() <= m.start and m.end <= said.end()) for m in fq.mentions):
        return None
    fq.rate = "完成率"
    fq.mentions = [m for m in fq.mentions if not (said.start() <= m.start and m.end <= said.end())]
    taken[:] = [(s, e) for s, e in taken if not (said.start() <= s and e <= said.end())]
    _take(text, taken, said.start(), said.end())
    return said


def _read_listing(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """A list asked with no asking word: "各乡镇分配" (each row the head names: 乡镇（街道）, not the total),
    "工程类项目" / "服务类的" (a kind named with its rows)."""
    if fq.ops:
        return
    each = _EACH_ROW.search(text)
    head = next((k for k in sorted(idx.head_keys, key=len, reverse=True) if k and text.startswith(k, each.end())), "") \
        if each else ""
    if head or each and any(m.start == each.end() and m.keys & idx.head_keys for m in fq.mentions):
        fq.ops.append("list")
        if head and each:
            _take(text, taken, each.start(), each.end() + len(head))
    elif re.search(r"类(?:的)?(?:采购)?项目$|类的$", text):
        fq.ops.append("list")


def _share_said_as_a_label(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"项目支出占本年支出多少" where a table prints a percentage column 占本年支出合计 for other rows: the share of
    the row named over the whole said after 占 (本年支出合计), not that column, which the row named does not
    print; a row that prints the column keeps it."""
    for i, m in enumerate(fq.mentions):
        if text[m.start:m.start + 1] != "占" or not m.keys or not all(k.startswith("占") for k in m.keys):
            continue
        whole = {k[1:] for k in m.keys if k[1:] in idx.label_facts}
        rows = [o for o in fq.mentions if o is not m and o.keys]
        if not whole or not rows:
            continue
        printed = any(set(idx.fact_keys.get(f, ())) & m.keys for o in rows for k in o.keys for f in idx.label_facts.get(k, ()))
        if printed:
            continue
        fq.mentions[i] = Mention(m.start + 1, m.end, whole, m.exact, max(m.n - 1, 0), m.quality, m.part)
        if "ratio" not in fq.ops:
            fq.ops.append("ratio")


def _read_times(fq: FactQuestion, text: str, taken: list[tuple[int, int]]) -> None:
    """"项目支出是基本支出的几倍": a multiple, the first figure said over the second."""
    if (times := _TIMES_SAID.search(text)) and _take(text, taken, times.start("op"), times.end("op")):
        fq.times = True
        if "ratio" not in fq.ops:
            fq.ops.append("ratio")


def _read_operation_words(fq: FactQuestion, text: str, taken: list[tuple[int, int]], idx: FactIndex) -> None:
    """The vocabulary's operation words said outside the labels (longest first), and a rate of change said
    beside a difference (taken: it is shown with every difference)."""
    rate_of_change = r"增减率|增长率|增幅|变化率|变动率|增长幅度"
    plain = re.sub(rate_of_change, "  ", text)
    if any(w in plain for w in idx.operations.get("diff", ())) or re.search(r"(?:较|比)(?:上年|去年|上一年|(?:19|20)\d\d)", plain):
        # "增加多少 增长率多少": the rate of the change asked is shown with every difference (computed when
        # the table prints none); a printed rate column is a label, read before.
        for m in re.finditer(rate_of_change, text):
            if not any(mm.start <= m.start() and m.end() <= mm.end for mm in fq.mentions):
                _take(text, taken, m.start(), m.end())
    for op, words in idx.operations.items():
        for w in sorted(words, key=len, reverse=True):  # "减少多少" before its tail "少多少"
            if w not in text or fq.growth and op == "ratio":  # most questions say none of them
                continue
            values = [(i, i + len(v)) for v in fq.values for i in [text.find(v)] if i >= 0]
            for m in re.finditer(_op_said(op, w), text):
                if any(s <= m.start() and m.end() <= e for s, e in values):
                    continue  # "差额事业单位": 差额 of a value the table prints (单位性质 差额事业) asks no difference
                if not any(mm.start <= m.start() and m.end() <= mm.end for mm in fq.mentions):
                    if op not in fq.ops:
                        fq.ops.append(op)
                    _take(text, taken, m.start(), m.end())
    _which_most(fq, text, taken)


# "交通局哪个项目评分高", "哪个项目执行率低": 哪个 … 高 / 低 said last, of one kind of row (no two things set side by
# side: "A和B哪个高" compares; no period: "哪个季度多" sets the periods side by side), ranks them — the most (the
# least), never their sum.
_WHICH_MOST = re.compile(r"哪(?:个|一个|项|一项|家|所|条)(?!季|月|年|半年|时|天|周)[^哪和跟与比更]{1,12}?(?:(高|多|大)|(低|少|小))"
                         r"(?:一些|一点|些|点)?(?:呢|啊|呀)?$")


def _which_most(fq: FactQuestion, text: str, taken: list[tuple[int, int]]) -> None:
    m = _WHICH_MOST.search(text)
    if m is None or {"max", "min", "diff", "ratio", "count"} & set(fq.ops) or re.search(r"还是|和|跟|与|比", text):
        return
    fq.ops.append("max" if m.group(1) else "min")
    at = m.start(1) if m.group(1) else m.start(2)
    _take(text, taken, at, at + 1)


def _op_said(op: str, word: str) -> str:
    """The pattern of an operation's word where it asks it: not 调减了, 新增了; not the 几个 of "这几个加起来" (rows
    pointed at, no count asked)."""
    before = "(?<![调增核缩削新追])" if word[0] in "增减" else "(?<![这那])" if op == "count" else ""
    return before + re.escape(word)


def _total_of_two_departments(fq: FactQuestion, text: str) -> None:
    """"普陀社工部跟财政局项目支出合计": 合计 said last, after an item of two departments joined by 跟 / 和 (or of
    a place's departments said by their count: "普陀两个部门"), adds the departments' figures (never each table's
    own 合计 line listed per department)."""
    said = sorted((m for m in fq.mentions if m.start >= 0), key=lambda m: m.start)
    if len(fq.departments) < 2 or "sum" in fq.ops or len(said) < 2 or said[-1].end != len(text) \
            or not said[-1].keys <= {"合计", "总计"} or said[-2].end != said[-1].start:
        return
    # "普陀两个部门项目支出决算合计": the departments said by their count, every one the count names
    counted = _DEPARTMENTS_COUNTED.search(text)
    joined = len(fq.dept_spans) >= 2 and re.fullmatch(r"的?(?:和|跟|与|及|以及|、)",
                                                      text[fq.dept_spans[0][1]:fq.dept_spans[1][0]])
    if not joined and (counted is None or small_number(counted.group(1)) != len(fq.departments)):
        return
    fq.mentions.remove(said[-1])
    fq.ops.append("sum")


_DEPARTMENTS_COUNTED = re.compile(r"([两俩二三四五六七八九十])(?:个|家)(?:部门|单位|局)")


def _read_operations(fq: FactQuestion, text: str, taken: list[tuple[int, int]], scope: list, idx: FactIndex) -> None:
    """Rates no label carries (执行率 = 执行数 / 预算数) and the operations said outside the labels."""
    for rate in _RATE_WORDS:
        _rate_of_another_table(fq, rate, idx)
        if rate in text and not any(rate in k for m in fq.mentions for k in m.keys):
            fq.rate = rate
            for m in re.finditer(rate, text):
                _take(text, taken, m.start(), m.end())
    said = _RATE_SAID.search(text)
    if said and not fq.rate:
        fq.rate = "完成率"
        _take(text, taken, said.start() + said.group().rindex("预算") + 2, said.end())
    elif not fq.rate:
        said = _read_done_rate(fq, text, taken)
    if fq.growth and "diff" not in fq.ops:
        fq.ops.append("diff")

    _read_operation_words(fq, text, taken, idx)
    if fq.rate and said and "占" not in text:
        fq.ops = [op for op in fq.ops if op != "ratio"]  # "完成了百分之几" is the rate, not a share
    # 占 inside a label said ("药占比控制多少": an indicator's name) asks no share.
    share = re.search(r"占.{1,20}(?:多少|几成|比例|比重|百分之几)", text)
    if share and "ratio" not in fq.ops and not any(m.start <= share.start() < m.end for m in fq.mentions):
        fq.ops.append("ratio")
    if "ratio" in fq.ops and "占" not in text and any(k.endswith("率") for m in fq.mentions for k in m.keys):
        # "下降了百分之几" of a rate the table prints (增减率): that column's value, not a ratio of two figures.
        fq.ops.remove("ratio")
    # "比例多少" is a share asked, not a comparison: 比 of 比例 / 比率 / 比重 compares nothing.
    # 比 inside a label said (药占比, 比上年增减 as a column) compares nothing either.
    compared = re.search(r"比.{1,20}(?:多|少|高|低|增加|减少)", re.sub(r"比[例率重]|占比", "  ", text))
    if compared and "diff" not in fq.ops and not any(m.start <= compared.start() < m.end for m in fq.mentions):
        fq.ops.append("diff")
    if "diff" not in fq.ops and (by := _by_how_much(fq, text)) is not None:
        fq.ops.append("diff")
        _take_free(taken, *by)  # (the word saying above or below: the difference's sign, no word left over)
    # ("“三公”经费较上年变动得分": 较上年 inside a row's name said compares nothing)
    if any(not any(m.start <= said.start() < m.end for m in fq.mentions) for said in re.finditer(
            r"(?:较|比)(?:上年|去年|上一年)|(?<![调增核缩削])减了多少|(?<![调追核])增了多少"
            r"|(?:跟|和|与|同)(?:上年|去年|上一年|(?:19|20)\d\d年?)度?(?:相|对)?比(?!例|率|重)", text)) \
            and "diff" not in fq.ops:
        fq.ops.append("diff")  # "减了多少", "增了多少" ask the change (调减了多少 is an adjustment the table may print)
    _read_listing(fq, text, taken, idx)
    if {"max", "min"} <= set(fq.ops) and _RANGE_ASKED.search(text):
        fq.ops = [op for op in fq.ops if op not in ("max", "min", "diff")] + ["range"]
    if fq.remaining or fq.excess or fq.per_head or fq.deducted or fq.by_year_end:
        # (and 百分之多少 of 到年底累计能完成总投资的百分之多少 is that share, no ratio of two figures said)
        fq.ops = [op for op in fq.ops if op not in ("diff", "count", *(("ratio",) if fq.by_year_end else ()))]
    if re.search(r"几个人|多少个人|几人|多几个|少几个|几辆", text) and "count" in fq.ops:
        fq.ops.remove("count")  # a quantity in people (or a difference), not a count of rows
    if fq.top and "count" in fq.ops and re.search(r"哪几", text):
        fq.ops.remove("count")  # "支出前三是哪几项": the first places of the ranking shown, no count of rows
    _count_not_summed(fq, text, idx)
    _count_of_a_counted_column(fq, text, idx)
    _difference_column(fq, text, scope, idx)


def _count_not_summed(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"总体绩效目标一共几个": 一共 right before the count word adds nothing up; it is the count. "水利局几个项目年初
    预算加起来多少": 几个 before the rows added up says which rows (those few), it asks no count."""
    if {"sum", "count"} <= set(fq.ops) and (counted := _SUM_OF_COUNT.search(text)) \
            and not any(w in text[:counted.start()] + " " + text[counted.end():] for w in idx.operations.get("sum", ())):
        fq.ops.remove("sum")
    elif {"sum", "count"} <= set(fq.ops) and _FEW_ADDED.search(text):
        fq.ops.remove("count")


def _count_of_a_counted_column(fq: FactQuestion, text: str, idx: FactIndex) -> None:
    """"全县一共多少条班线": the measure word counted (条) is the unit of a column said (客运班线（条）): its
    figures are the count asked (summed over the rows, or the row's own), never the rows counted."""
    said = _MEASURE_COUNTED.search(text) or re.search(r"(?:几|多少)(个)", text)
    if said is None or "count" not in fq.ops:
        return
    if "list" in fq.ops and "哪几" in text and not any(w in text.replace("哪几", "") for w in idx.operations.get("count", ())):
        fq.ops.remove("count")  # "汇总了哪几个下属单位": the 几个 of 哪几个 asks which, no count
        return
    for m in fq.mentions:
        if said.group(1) == "个" and _people_column(m, idx) and (m.start == said.end() or m.end <= said.start()
                and _SUM_SAID_BEFORE.fullmatch(text[m.end:said.start()]) and re.fullmatch(r"(?:人|呢|啊|吧)?", text[said.end():])):
            # "执法大队编制多少个", "行政编制总共多少个", "一共有多少个行政编制": a figure in people said in 个, no rows
            # counted (the table's whole of it, when a sum word is said)
            fq.ops.remove("count")
            if re.search(r"一共|总共|共计|合计", text) and "sum" not in fq.ops:
                fq.ops.append("sum")
            return
        if said.group(1) == "个" and m.start != said.end():
            continue  # "几个乡镇" counts the rows; "几个候车亭" right before a column counting them is its figure
        cols = [k for k in m.keys if k in idx.col_keys]
        facts = idx.facts([x for k in cols for x in list(idx.label_facts.get(k, ()))[:5]])
        # (its unit that measure, or none printed on a column counting things: 候车亭数; a column of names,
        # 项目名称 of "几个项目", holds no figure: its rows are counted)
        figures = [f for f in facts if f["number"] is not None]
        if figures and all(f["unit"] == said.group(1) or counted_bare(f) for f in figures):
            fq.ops.remove("count")
            if re.search(r"一共|总共|共计|合计|全部|全县|全区|全市|全镇", text) and "sum" not in fq.ops:
                fq.ops.append("sum")
            return


def _people_after_column(fq: FactQuestion, s: int, e: int, idx: FactIndex) -> bool:
    """"离休人员": 人员 (人数) said right after a column of people is that column's people."""
    return bool(re.fullmatch(r"人员|人数|人", fq.text[s:e])) and any(m.end == s and _people_column(m, idx)
                                                                    for m in fq.mentions)


def _people_column(m: Mention, idx: FactIndex) -> bool:
    """Whether a mention names columns whose figures are people (编制数, 在职 in 人)."""
    cols = [k for k in m.keys if k in idx.col_keys]
    facts = idx.facts([x for k in cols for x in list(idx.label_facts.get(k, ()))[:5]])
    numbers = [f for f in facts if f["number"] is not None]
    return bool(numbers) and all(f["unit"] == "人" for f in numbers)


# The sum word said between a column and the count word ("编制总共多少个"), or nothing.
_SUM_SAID_BEFORE = re.compile(r"(?:一共|总共|共计|合计|共)?(?:有|是)?")
_MEASURE_COUNTED = re.compile(r"(?:几|多少)(条|辆|张|床|座|所|处|间|栋|株|头|只|块|支|台|套|件|户|家|人|名)")


# "一共几个", "总共有多少项": the sum word said of the count itself.
# "几个项目年初预算加起来多少", "这几项合计多少钱": the rows a few said, then their figures added up.
_FEW_ADDED = re.compile(r"[这那]?几(?:个|项)[\u4e00-\u9fff]{1,12}?(?:加起来|加在一起|合起来|合计|一共|总共)(?:是|有)?"
                        r"多少(?![个项条类种])")
_SUM_OF_COUNT = re.compile(r"(?:一共|总共|共计|合计|共)(?:有|是)?(?:几|多少)(?:个|项|条|类|种|大类)")


# "在哪个单位", "哪些单位有": which rows of a column hold a value (the rest of the question names the column).
_WHICH_ROW_HAS = re.compile(r"(?:在|是|属于)?(?:哪|哪个|哪些|哪几个)(?:单位|科室|下属单位)(?P<no>没有|没|无)?(?:有|的|里)?(?:呢)?")


# "科目编码是多少", "编码呢": the code of the row just answered.
_CODE_ASKED = re.compile(r"^(?:那|那么)?(?:它|这个|这项|其)?(?:的)?(?:科目)?(?:编码|代码|科目代码|编号)(?:是)?(?:多少|什么|啥|呢)?$")


# "具体是哪一项", "包括哪些", "分哪几项": the rows under the one just shown.
_PARTS_ASKED = re.compile(r"^(?:那|那么)?(?:它|这|其)?(?:具体)?(?:都)?(?:是|有|包括|包含|分为|分成|分)?(?:哪|哪些|哪几)(?:一)?"
                          r"(?:项|个|些|几项|部分|几个)?(?:呢|啊|呀)?$|^(?:那|那么)?(?:具体)?(?:明细|细项)(?:呢|有哪些|是什么)?$")


# ("下面第四项是什么", "第二的是哪个": of the lines under the one just shown, not of a ranking; the first of them may be asked)
_ORDINAL = re.compile(r"^(?:那|那么)?(?:(?:它|其)?(?:的)?(?:下面|下边|下属|里面|里边|其中|当中)(?:的)?(?=第))?(?:排)?第([2-9]|[二三四五六七八九十两]|(?<=[面边属中]第)[1一])(?:个|名|项|位|多|高|大|贵)?(?:的)?(?:呢|是哪个|是什么|是多少|多少)?$")


_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


# The reason asked of a row ("为啥没完成", "没达标的原因"): the shortfall said is why, no filter on the rows.
_WHY_ASKED = re.compile(r"为啥|为什么|为何|什么原因|啥原因|原因|怎么回事")


# "七成五", "九成五": tenths and a digit after them, a percentage said as 75%, 95% (the same length)
_TENTHS_AND_HALF = re.compile(r"([一二三四五六七八九])成([一二三四五六七八九])")
_DIGIT_OF = {ch: str(k) for k, ch in enumerate("零一二三四五六七八九")}


def _filter(fq: FactQuestion, text: str, taken: list[tuple[int, int]] | None = None) -> None:
    """A comparison the question applies to a column: 是10 / 等于 / 大于 / 超过 / 不到 / 低于 / 不到九成. The
    words of the comparison are understood, so they are no leftover."""
    # ("是百分之多少" asks a share: 百 of 百分之 is no number compared against)
    # "执行率90%以上的", "九成以下", "分到七十万以上的", "5000户及以下": the bound said after the number (it wins over a "是" before it)
    # (not inside a label said: "单价100万元以上设备" names a column; nor a bound naming a noun after it,
    # "三百六及以下档次": a kind of rows, not a filter on a column)
    held = _held_bounds()
    text = text.replace("一半", "5成")  # "执行率不到一半": half, 50% (the same length: the spans taken stand)
    text = _TENTHS_AND_HALF.sub(lambda m: f"{_DIGIT_OF[m.group(1)]}{_DIGIT_OF[m.group(2)]}%", text)  # 七成五: 75%
    m = next((b for b in re.finditer(r"()(?<![第前\d.一二两三四五六七八九十百千])(-?[0-9.]+|[一二两三四五六七八九十百千]+)(成|%|分|个?亿元?|万元|万|元|人|个|户|项)?(?:及|或)?(以上|以下|以内)(?=的|$|有|是|，|,|\s|呢|吗|哪)", text)
              if not any(s < b.end() and b.start() < e for s, e in taken or ())), None) \
        or re.search(rf"({alternation(held[0] + held[1])}|不到|不足|低于|少于|小于|未达到|没达到|没到|高于|超过|大于|多于|达到|不等于|不是|不为|等于|是|为)(-?[0-9.]+|[一二两三四五六七八九十百千]+)"
                     r"(?!分之(?:多少|几))(成|%|分|个?亿元?|万元|万|人|个)?", text) or re.search(r"(?<=[率例重])()(-?[0-9.]+)(%?)(?=的|是|$)", text) \
        or _value_after_label(fq, text)  # "执行率100%的", "完成比例100%的" (% gone); "分配系数0.0429的"
    if not m:
        # "哪些扣分了" filters the rows; "怎么扣分" asks the 评价标准 (the vocabulary reads it so)
        if said := re.search(r"没拿满|没有拿满|不满分|没满分|未满分|(?<!怎么)(?<!如何)(?<!多少)扣(?:了)?分|丢分", text):
            fq.cmp = "below_full"
        elif said := re.search(r"没完全达到|未完全达到|没有完全达到|没完成|未完成|没有完成|没达标|未达标"
                               r"|(?:没有?|未)达到(?=(?:年度)?(?:目标值|目标|指标值))", text):
            # ("道路硬化为啥没完成": the reason of the row named, not the rows short of their targets)
            if not (_WHY_ASKED.search(text) and not re.search(r"哪些|哪几|哪个|几个|几项|多少(?:个|项)", text)):
                fq.cmp = "below_target"
        elif said := re.search(r"不一样|不相同|不同|不相等|不一致|(?<=值)不是(?=[\u4e00-\u9fff]{0,4}(?:目标|指标值))", text):
            fq.cmp = "differ"  # "哪些指标完成值不是目标值": the rows whose two columns named differ
        elif said := re.search(r"一样|相同|相等|持平|一致|没有变化|没变化|没变", text):
            fq.cmp = "same"  # "哪个科目决算和预算一样": the rows whose two columns named are equal
        if said and taken is not None:
            _take(text, taken, said.start(), said.end())
        return
    if taken is not None:
        _take(text, taken, m.start(), m.end())
    word, num, unit = m.groups()[:3]
    bound = m.group(4) if m.re.groups == 4 else None
    # a rate's number (执行率100) is a percentage; a figure said after another label is as printed
    fq.percent = unit in ("成", "%") or not word and not bound and m.re is not _VALUE_AFTER_LABEL
    try:
        value = float(num)
    except ValueError:
        value = float(_cn_number(num))
        if not value:
            return
    if unit == "成":
        value *= 10
    if unit and "亿" in unit:  # "十个亿": 100000万, the unit budget tables print
        value, unit = value * 10000, "万元" if unit.endswith("元") else "万"
    fq.number = value
    fq.number_unit = unit or ""
    fq.cmp = "ge" if bound == "以上" or word in held[0] else "le" if bound or word in held[1] else \
        "lt" if word in ("不到", "不足", "低于", "少于", "小于", "未达到", "没达到", "没到") else \
        "gt" if word in ("高于", "超过", "大于", "多于") else "ge" if word == "达到" else \
        "ne" if word in ("不等于", "不是", "不为") else "eq"  # ("在校天数不是200天的": every row but those)


def _held_bounds() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The bounds that hold their figure said before it ("不少于90%", "不超过50万", [asking_words.bounds]): read
    before the strict word their last characters spell (the 少于 of 不少于, the 等于 of 小于等于)."""
    bounds = asking_words().get("bounds", {})
    return bounds.get("over_held", ()), bounds.get("under_held", ())


# A figure said right after a column's label, before 的 ("分配系数0.0429的是哪个乡", "分配金额69万的").
_VALUE_AFTER_LABEL = re.compile(r"()(\d+(?:\.\d+)?)(万元|万|元|%|人|个|户|亩)?(?=的)")


def _value_after_label(fq: FactQuestion, text: str) -> re.Match | None:
    """The rows holding a figure said right after a label of the question ("分配系数0.0429的是哪个乡"): an equality
    on that column, as "分配系数是0.0429的" says it."""
    for m in fq.mentions:
        if m.start >= 0 and text[m.start:m.end] == fq.text[m.start:m.end] and (v := _VALUE_AFTER_LABEL.match(text, m.end)):
            return v
    return None


def _cn_number(said: str) -> int:
    """A number in Chinese numerals up to the thousands ("九十" 90, "一百二十" 120, "十五" 15, "两百" 200);
    0 when it is not one."""
    total, digit = 0, None
    for ch in said:
        if ch in "百千十":
            scale = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (digit if digit is not None else 1) * scale
            digit = None
        elif ch in _CN_NUM:
            if digit is not None:
                return 0  # "九九": no numeral of a number
            digit = _CN_NUM[ch]
        else:
            return 0
    return total + (digit or 0)


_DEPARTMENTS_IN_KEPT = 256  # recent texts: one question's text is read for its departments 3-4 times


def _departments_in(text: str, idx: FactIndex) -> list[str]:
    """Departments a text names, by their longest forms (a city alone does not name all its bureaus
    when a bureau of it is named). Kept per index for recent texts (the index never changes)."""
    kept = idx.__dict__.setdefault("_departments_in", {})
    found = kept.get(text)
    if found is None:
        found = tuple(_read_departments_in(text, idx))
        if len(kept) >= _DEPARTMENTS_IN_KEPT:
            try:
                kept.pop(next(iter(kept)), None)  # the oldest
            except RuntimeError:  # another thread's question changed it meanwhile: start again
                kept.clear()
        kept[text] = found
    return list(found)  # a copy: a caller may change its list


def _read_departments_in(text: str, idx: FactIndex) -> list[str]:
    taken: list[tuple[int, int]] = []
    out: list[str] = []
    text = _owner_said_as_printed(text, idx)
    present = idx.dept_forms_said(text)
    rows = _quoted_rows_said(text, present, idx) + _owner_values_said(text, idx)
    for form in sorted(present, key=lambda f: (-len(f), text.find(f), f)):
        for start in said_at(form, text):
            if any(a <= start and start + len(form) <= b for a, b in rows):
                continue  # "水利局2024年三公经费": the row of the city's “三公” table, not the 水利局's tables
            if _in_others_row(text, start, start + len(form), form, idx) \
                    or _row_of_the_place_before(text, start, form, present, idx):
                continue  # "东湖区2025年分到多少": another table's row 东湖区, not the 东湖 分局
            if _take(text, taken, start, start + len(form)):
                out += [d for d in _departments_of_form(form, idx) if d not in out]
    return out


def department_of_titled_year(fq: FactQuestion, idx: FactIndex) -> str | None:
    """"2025年三公经费合计" naming no department: the words its labels did not settle for that year (三公经费
    matched only in tables of other years, or nothing) that one department's table says in its title, the
    table holding every year said (广汉市's “三公”经费预算表 of 2024 and 2025): that department, so the question
    is read in its tables as if the place were said. None when the labels answer the year somewhere, or no
    table, or tables of several departments, fit."""
    if fq.departments or not fq.years or fq.relative_year:
        return None
    asked = set(fq.years)
    said = [fq.text[m.start:m.end] for m in fq.mentions if m.start >= 0 and not any(
        asked <= idx.doc_years.get(d, set()) for d in idx.docs if m.keys & idx.doc_keys.get(d, set()))]
    loose = [w for w in (fq.leftover or "").split() if re.fullmatch(r"[\u4e00-\u9fff]{2,}", w)]
    if not said + loose:
        return None
    # (every loose word the title holds: "全域旅游宣传 预算" is a project's name and a money word, not the
    # 新增资产配置预算表 its 预算 alone would fit)
    holders = {d.department for d in idx.docs.values() if asked <= idx.doc_years.get(d.id, set())
               and any(w in label_key(d.form) for w in said + loose)
               and all(w in label_key(d.form) for w in loose)}
    return holders.pop() if len(holders) == 1 else None
