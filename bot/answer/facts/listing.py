"""Lists over the facts found: rankings, ordinals, filters, counts, the rows under a line."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from bot.answer import compose
from bot.answer.facts import records, value_rows
from bot.answer.facts.arithmetic import Arithmetic
from bot.answer.facts.common import (
    _COUNT_IN_TEXT,
    _ITEMS_ASKED,
    _ITEMS_RANKED,
    _MANY_YEARS,
    _TOWNSHIP,
    _UNDER_SAID,
    _WHICH_ONE_OF,
    _YEARS_BEFORE,
    _one_sheet_each,
)
from bot.answer.facts.entities import entities_asked
from bot.answer.facts.item_rows import _says
from bot.answer.facts.item_rows import _words as _item_words
from bot.answer.facts.lookup import subject_code_of
from bot.answer.facts.outline import leaves, own_label, strip_numbering, under_by_code, under_by_path
from bot.answer.facts.question import (
    _LEVEL_DIGITS,
    _ROW_NOUNS,
    _TEXT_OF_KIND,
    FactAnswer,
    FactQuestion,
    Mention,
)
from bot.answer.facts.values import (
    _COUNT_UNITS,
    _MONEY_UNITS,
    SUBJECTS_ASKED,
    _cite,
    _code_leaves,
    _name,
    _numbered_items,
    _of_the_block_said,
    _own_col,
    _own_row,
    _row_path,
    _shown,
    _size_of,
    _total_columns,
    _without_parents,
    flow_said,
    mixes_flows,
    of_the_flow_said,
    row_code,
    subjects_at_the_top,
)
from bot.answer.facts.whole_column import own_amount, whole_column
from bot.answer.facts.words import (
    UNITS_UNDER,
    _is_total,
    flow_words,
    fmt_number,
    is_entity_label,
    is_own_line,
    label_key,
    one_way_column,
)
from bot.language import ordinals
from bot.language.asking import Words
from bot.language.normalize import compact, normalize
from bot.store import queries as query

# What is left of "哪些项级科目今年是增加的" once the level and the asking are read: the change asked.
_LEVEL_CHANGE = Words("departments", r"(?:今年|本年|比上年|较上年|比去年)?(?:是)?(?:({went_down}|减)|({went_up}|增))(?:了)?(?:的)?")
# "它的绩效指标" (one cell listing several) → "第二个指标值": that item of the cell, its value when asked.
_NTH_OF_CELL = re.compile(r"^(?:那|那么)?(?:它的|其)?第([1-9]|[一二三四五六七八九十两])(?:个|项|条)(?:指标|目标)?(?:的)?"
                          r"(指标值|目标值|值|要求|是什么|是啥|是多少|多少|呢)?$")
# A tick-box column's marks: yes and no as tables print them.
_YES = frozenset({"是", "√", "✓", "✔", "有", "Y", "y", "要", "需要", "涉及"})
_NO = frozenset({"否", "×", "✗", "✘", "无", "N", "n", "不", "不需要", "不涉及"})
# A row's verdict as a table states it (监控表's 完成进度: 已达标 / 未达标): group 1 when it says the row falls short.
_VERDICT = re.compile(r"^(?:(未达标|未完成|没达标|不达标)|已达标|已完成|达标)$")
_VALUE_START = re.compile(r"[≥≤><=＞＜]|不低于|不高于|不少于|不超过|达到|\d")
# "各乡镇分配" → "前三名是谁", "倒数两个呢": the first (last) places of the figures just listed, ranked.
# The rows just listed added up ("一共多少", "它们加起来", "这几个合计是多少钱"), nothing else said.
_LISTED_ADDED = re.compile(r"(?:那|那么)?(?:它们|他们|这些|那些|这几个|那几个|这几项|这[两三四五六七八九十]个|这[两三四五六七八九十]项|上面这些|以上)?"
                           r"(?:的)?(?:钱|金额|预算)?(?:一共|总共|合计|加起来|合起来|加在一起|总计|共计|加总|总额)+"
                           r"(?:是|有)?(?:多少|几)?(?:钱|万元|万)?(?:呢|啊)?")
# The most (least) of the rows just listed ("最多的那个多少钱", "其中哪个最少", "最大的是哪个").
_LISTED_END = re.compile(r"(?:那|那么)?(?:其中|这里面|这些里|这几个里|里面)?(?:的)?(?:哪个|哪项|哪一个)?"
                         r"(?:(?P<max>最多|最大|最高)|最少|最小|最低)(?:的)?(?:那个|那项|一个|一项)?(?:是)?(?:哪个|哪项|谁)?"
                         r"(?:是)?(?:多少钱|多少|几)?(?:呢|啊)?")
# A count said of the rows pointed at ("这两个"): it must be the rows listed.
_COUNT_SAID = re.compile(r"这([两三四五六七八九十])(?:个|项)")
# One of the rows just shown said by a word of its name ("通远堡那个", "要宝山镇那一项").
_ROW_BY_WORD = re.compile(r"(?:那|那么|就|要|我要|我问)?(?:是)?([\u4e00-\u9fff]{2,12}?)(?:的)?(?:那个|那项|那一个|那一项|那笔|那条)"
                          r"(?:呢|啊|吧|吗|多少|是多少)?")
_TOP_OF_LISTED = re.compile(r"^(?:那|那么)?(?:其中)?(?:排名?|排在)?(前|后|倒数|最后|最少的|最多的|最高的|最低的)"
                            r"([1-9]|[一二三四五六七八九十两])(?:名|个|位|项|家)?(?:的)?(?:是|分别是|都是|有|是哪些)?"
                            r"(?:谁|哪些|哪几个|哪几家|哪个|什么|啥|多少)?(?:呢|啊)?$")


# "倒数第二呢", "倒数第三个是哪个": a place from the bottom of the ranking just shown.
_RANKED_KEPT = 200  # the places of a ranking kept for the next question ("第三呢", "倒数第二呢")
_FROM_END_ASKED = re.compile(rf"^(?:那|那么)?(?:排)?{ordinals.FROM_END}(?:个|名|项|位|低|少|小)?"
                             r"(?:的)?(?:呢|是哪个|是什么|是多少|多少|是谁|是哪项)?$")


# A superlative of price ("最贵", "最便宜", "花钱最多"): over money columns only.
_DEAREST = re.compile(r"贵|便宜|钱|金额|预算|花费")


def _own_amounts(fq: FactQuestion, facts: list[dict]) -> list[dict]:
    """"最贵的采购项目": of the rows' money columns, their own amount (not 单价 unless said, not a part
    "其中：财政拨款"), never a count (数量 18000册); the facts as they are when none is money."""
    money = [f for f in facts if (f["unit"] or "") in ("元", "万元", "亿元")]
    whole = [f for f in money if not (f["col_labels"] or "").startswith("其中")
             and ("单价" in fq.text or "单价" not in (f["col_labels"] or ""))]
    return whole or money or facts



# "…是五十万吗", "…超过一百万了没有": a yes/no question; "七十二万多吗", "五十万左右吗": a figure said roughly.
_YES_NO_ASKED = re.compile(r"(?:吗|么|没有|是不是|对不对|对吗)[？?]?$")
_APPROXIMATE = re.compile(r"[万千百十]多|多万|左右|大约|大概|约|上下|差不多")


# A value printed as one figure and its unit, with the sign of a target (≥8公里, 不低于90%, 22座). (Twins with other
# bounds kept apart: answerer._QUANTITY_STATED needs a unit of 1-3 and no %; records._COUNTED 1-2 Chinese.)
_FIGURE_IN_WORDS = re.compile(r"^\s*(≥|≤|>|<|=|不低于|不少于|不高于|不超过)?\s*(-?\d+(?:\.\d+)?)\s*([^\d\s]{0,4})\s*$")


def _short_of_target(done: str, target: str) -> bool | None:
    """Whether a value printed in words with its unit ("6.5公里", "22座") falls short of its target ("≥8公里",
    "≥20座"): the figures compared, by the target's sign; None when either is no single figure in one unit
    (two texts that are not figures are told apart as texts)."""
    a, b = _FIGURE_IN_WORDS.match(compact(done)), _FIGURE_IN_WORDS.match(compact(target))
    if a is None or b is None:
        if re.search(r"\d", done + target):
            return None
        d, t = compact(done), compact(target)
        if t and t in d and not re.search(r"未|没|不|尚|暂|较|基本|部分|大部|欠|略|待", d.replace(t, "", 1)):
            return False  # "已建立" of a target "建立", "已完成" of "完成": the target said done (not 较健全, 基本完成)
        return d != t
    if a.group(3) != b.group(3):
        return None
    x, y = float(a.group(2)), float(b.group(2))
    return x > y if (b.group(1) or "") in ("≤", "<", "不高于", "不超过") else x < y

# A column naming each row's indicator (核心绩效指标, 指标名称) and the columns of its figures (年度指标值, 1-8月完成值).
_INDICATOR_NAMED = re.compile(r"指标(?:名称)?$")
_INDICATOR_FIGURE = re.compile(r"(?:指标|目标|完成)值$")



# A figure asked of rows a printed value selects ("执法记录仪单价多少"), and the words that only ask it
_FIGURE_ASKED = re.compile(r"多少|几")
_ASKING_WORDS = re.compile(r"是多少|有多少|为多少|多少钱|多少万元|多少万|多少元|多少|是|的|为|呢|啊|吗|了|采购|购买|买")

# "有哪些项目", "项目有哪些", "有哪些监控项目": the rows asked by the noun heading a row column (项目 of 项目名称).
_HEAD_NOUN_LISTED = re.compile(r"(项目|单位|部门|科目)(?:名称)?(?:有|都有|包括)?(?:哪些|哪几个|什么)"
                               r"|(?:哪些|哪几个|有什么)[\u4e00-\u9fff]{0,4}?(项目|单位|部门|科目)$")



# A column that prints a change (增减额, 比上年增长%, 增幅): its sign says which way each row went.
_CHANGE_COLUMN = re.compile(r"增减|增长|增加|减少|增幅|降幅|减幅|变动|比上年|较上年|同比")


# A change column named for one way (减少金额, 压减金额; 增加额): it prints that way's change as a positive figure.


def _column_of_the_change(fq: FactQuestion, facts: list[dict]) -> bool:
    """Whether the extreme of a change asked one way ("减少最多") is of a column printing that way's change as
    positive figures (减少金额): the largest of them, never the most negative."""
    return fq.change in ("fall", "rise") and bool(facts) and all(
        f["number"] is not None and f["number"] >= 0
        and one_way_column(label_key((f["col_labels"] or "").split(query.FACT_SEP)[-1])) == fq.change
        for f in facts)


def _none_changed_so(fq: FactQuestion, facts: list[dict], size) -> list[dict] | None:
    """The rows compared, when a change's extreme is asked in one direction ("减少最多") of a column printing the
    change and no row went that way (every one grew, or held); None otherwise."""
    if not fq.change or not facts or not all(_CHANGE_COLUMN.search(f["col_labels"] or "") for f in facts):
        return None
    sizes = [size(f) for f in facts]
    if any(not isinstance(x, (int, float)) for x in sizes):
        return None
    went = any(x < 0 for x in sizes) if fq.change == "fall" else any(x > 0 for x in sizes)
    return None if went else facts


# projects ranked or listed ("最大的项目", "哪个项目", "哪些项目"), and a numbered head of a table's projects
_PROJECTS_ASKED = re.compile(r"(?:的|哪个|哪些|哪几个|哪一个|几个)项目")
_PROJECT_HEAD = re.compile(r"[一二三四五六七八九十]+、\s*项目(?:支出)?")



# Rows asked for ("哪些项目要政府采购"): a list of the rows holding a value, never one column of theirs
_WHICH_ROWS = Words("listing", "{which_rows}")

def _value_head(fq: FactQuestion, facts: list[dict], col: str, owner: str) -> str:
    """"建设地点村含“溪口村”的": the rows' heading by the value said (a value said by its short form, 县城投公司, is
    shown as the cells print it; one of the names a cell lists, as asked)."""
    printed = dict.fromkeys(compact(f["value"] or "") for f in facts if f["number"] is None and (f["value"] or "").strip())
    listed = any("、" in (f["value"] or "") for f in facts)
    head = compose.having_value_head(col, "、".join(printed if len(printed) == len(fq.values) and not listed else fq.values),
                                     whole=all(compact(f["value"] or "") in fq.values for f in facts))
    return f"{owner} {head}" if owner else head


TEXT_SAID_AT_LEAST = 4  # characters of a text said that the longer texts of its column holding it are asked by too


# "PPP项目一共多少个": a measure word said alone after 多少 counts the rows named; it is no noun of its own.
_MEASURE_ALONE = frozenset("个家所项条笔")


class Listing(Arithmetic):
    def _label(self, f: dict) -> str:
        """A fact's name as an answer shows it (its row by its item where a table's rows are named so)."""
        return records.item_named(self.idx, f, _name(f))

    def _placed_name(self, f: dict) -> str:
        """A fact's name at a place of a ranking or list: a department's block's own 小计 line (its name printed
        once, beside it) named by the department ("东阳市住房和城乡建设局小计"), never a bare 小计."""
        name = self._label(f)
        return f["department"] + name if compact(f["row_labels"] or "") == "小计" and f["department"] else name

    def nth_of_cell(self, question: str, context: dict | None) -> FactAnswer | None:
        """The item of a text cell just shown that lists several ("覆盖率≥80%；婚检率≥65%") at the place asked;
        with 值 asked, the item's value after its name. None unless the last answer was one such cell."""
        m = _NTH_OF_CELL.match(compact(question))
        if m is None or not context or len(context.get("last") or ()) != 1:
            return None
        shown = self.idx.facts(list(context["last"]))
        if len(shown) != 1 or shown[0]["number"] is not None:
            return None
        f = shown[0]
        items = [x.strip() for x in re.split(r"[；;]|\n", f["value"] or "") if x.strip()]
        n = ordinals.place_number(m.group(1)) or 0
        if len(items) < 2:
            return None
        if n > len(items):
            return FactAnswer("unknown", compose.only_so_many(len(items), n))
        item = items[n - 1]
        at = _VALUE_START.search(item)
        if m.group(2) and m.group(2).endswith(("值", "要求", "多少")) and at is not None and at.start() > 0:
            name, value = item[:at.start()], item[at.start():]
        else:
            name, value = _name(f), item
        return FactAnswer("answered", compose.ranked_place(n, name, value) + _cite(self.idx, [f]), [f])

    def top_of_listed(self, question: str, context: dict) -> FactAnswer | None:
        """"各乡镇分配" → "前三名是谁": the first places of the figures just listed (one column of one table, its
        total rows left out), ranked by their figure; None unless the last answer listed such figures."""
        m = _TOP_OF_LISTED.match(compact(question))
        if m is None or not context.get("listed"):
            return None
        idx = self.idx
        facts = [f for f in idx.facts(list(context["listed"])[:200]) if f["number"] is not None
                 and not _is_total(label_key(_own_row(f)))]
        if len(facts) < 2 or len({(f["document_id"], f["sheet"], f["col_labels"]) for f in facts}) != 1:
            return None  # several columns listed: which one ranks them is not said
        n = ordinals.place_number(m.group(2)) or 0
        if n > len(facts):
            return FactAnswer("unknown", compose.only_so_many(len(facts), n))
        lowest = m.group(1) in ("后", "倒数", "最后", "最少的", "最低的")
        ranked = sorted(facts, key=lambda f: f["number"], reverse=not lowest)
        top = ranked[:n]
        return FactAnswer("answered", compose.top_of_listed(n, lowest, [(_own_row(f), _shown(f)) for f in top])
                          + _cite(idx, top), top, ranked=[f["id"] for f in ranked])

    def over_the_listed(self, question: str, context: dict) -> FactAnswer | None:
        """"政府性基金项目有哪些" → "一共多少" / "这几个加起来": the figures just listed added up; "运转类项目有哪些" →
        "最多的那个多少钱": the most (least) of them — never the table's whole nor its largest row. Only the rows
        of one column of one table the list showed (two rows at least), their 小计 / 合计 lines left out."""
        text = compact(question)
        added, end = _LISTED_ADDED.fullmatch(text), _LISTED_END.fullmatch(text)
        if (added is None and end is None) or not context.get("shown") or not context.get("listed") \
                or context.get("ranked") or context.get("ranked_groups"):
            return None  # (after a ranking its own follow-ups read it: 前三 → 加起来, 最多的单位 → 最少的呢)
        listed = self.idx.facts(list(context["listed"])[:200])
        facts = [f for f in listed if f["number"] is not None and not _is_total(label_key(_own_row(f)))]
        if not facts and listed and added is not None:
            facts = self._money_of_rows(listed)  # (rows listed by a text cell, 备注 面向中小企业预留: their amounts)
        by_col: dict[tuple, list[dict]] = defaultdict(list)
        for f in facts:
            by_col[(f["document_id"], f["sheet"], f["col_labels"])].append(f)
        if len(by_col) != 1:
            return None  # several columns listed: which is added up or ranked is not said
        [facts] = by_col.values()
        if len({self._row_key(f["id"]) for f in facts}) != len(facts) or len(facts) < 2 \
                or (said := _COUNT_SAID.search(text)) and ordinals.place_number(said.group(1)) != len(facts):
            return None  # ("这两个加起来" of a list of three: not these rows)
        if added is not None:
            return self.sum(facts)
        facts = self._done_beside(facts, text)
        most = end is not None and end.group("max") is not None
        ranked = sorted(facts, key=lambda f: f["number"], reverse=most)
        top = [f for f in ranked if f["number"] == ranked[0]["number"]]
        return FactAnswer("answered", compose.fact_extreme("max" if most else "min", [self._label(f) for f in top],
                                                           _shown(top[0]), len(facts)) + _cite(self.idx, top), top,
                          ranked=[f["id"] for f in ranked])

    def _done_beside(self, facts: list[dict], text: str) -> list[dict]:
        """The indicators of a self-evaluation listed by their targets ("满意度指标有哪些" → "哪个最低"): ranked by
        what was done, the 实际完成值 printed on each row beside its target — the target only when one is said
        ("最低的要求是多少") or when some row prints no figure done."""
        idx = self.idx
        leaves = {compact((f["col_labels"] or "").split(query.FACT_SEP)[-1]) for f in facts}
        if any(w in text for w in idx.target_value_said) or len(leaves) != 1 \
                or not any(w in next(iter(leaves)) for w in idx.target_value_said):
            return facts  # (a target said, or no target's column listed: 执行率, 得分 are what they are)
        same = self._same_sheets(facts)
        done = []
        for f in facts:
            beside = [x for x in same if x["line"] == f["line"] and x["document_id"] == f["document_id"]
                      and x["number"] is not None and x["id"] != f["id"]
                      and compact((x["col_labels"] or "").split(query.FACT_SEP)[-1]) in idx.done_value_columns]
            if len(beside) != 1:
                return facts
            done.append(beside[0])
        return done

    def row_of_shown_by_word(self, question: str, context: dict) -> FactAnswer | None:
        """"高标准农田建设项目" (two rows shown: 宝山镇, 通远堡镇) → "通远堡那个": the one row shown whose name holds
        the word said (a place in its bracket, a word of its name), its figures shown again; None unless exactly
        one of the rows just shown holds it."""
        m = _ROW_BY_WORD.fullmatch(compact(question))
        shown = self.idx.facts(list(context.get("shown") or ())[:60])
        if m is None or len({self._row_key(f["id"]) for f in shown}) < 2:
            return None
        word = m.group(1)
        rows = {self._row_key(f["id"]) for f in shown if word in compact((f["row_labels"] or "").split(query.FACT_SEP)[-1])}
        if not rows:
            rows = self._shown_under_word(shown, word)
        if len(rows) != 1:
            return None
        facts = [f for f in shown if self._row_key(f["id"]) in rows]
        return FactAnswer("answered", "；".join(compose.fact_value(self._label(f), _shown(f)) for f in facts)
                          + _cite(self.idx, facts), facts)

    def _shown_under_word(self, shown: list[dict], word: str) -> set:
        """"征地和拆迁补偿支出" (shown under 21208 and under 21210) → "国有土地收益基金那个": the rows shown whose
        head line (the 款 they stand under) holds the word, when no row's own name does."""
        rows = set()
        for f in shown:
            parent = self._parent_line(f, self._same_sheets([f]))
            if parent is not None and word in compact(own_label(parent)):
                rows.add(self._row_key(f["id"]))
        return rows

    def nth_from_end(self, question: str, context: dict) -> FactAnswer | None:
        """"得分最低的项目" → "倒数第二呢": the place counted from the bottom of the ranking just shown (its
        figures ascending or descending); None unless a ranking was shown."""
        m = _FROM_END_ASKED.match(compact(question))
        ranked = list(context.get("ranked") or ())
        n = ordinals.place_number(m.group("place")) or 0 if m is not None else 0
        if n < 1 or len(ranked) < 2 or len(ranked) >= _RANKED_KEPT:
            return None  # (a ranking cut short has no bottom to count from)
        facts = self.idx.facts(ranked)
        if len(facts) != len(ranked) or any(f["number"] is None for f in facts):
            return None
        if not 1 <= n <= len(facts):
            return FactAnswer("unknown", compose.only_so_many(len(facts), n))
        lowest_first = sorted(facts, key=lambda f: f["number"])
        if [f["id"] for f in lowest_first] != ranked and [f["id"] for f in lowest_first[::-1]] != ranked:
            if len({f["number"] for f in facts}) == len(facts):
                return None  # not a ranking by its figures
        f = lowest_first[n - 1]
        return FactAnswer("answered", compose.ranked_place_from_end(n, self._label(f), _shown(f)) + _cite(self.idx, [f]),
                          [f], ranked=ranked)

    def _nth(self, m: re.Match, context: dict) -> FactAnswer | None:
        """"哪个最贵" → "第二个呢": the next place of the same ranking; "东湖支出明细" → "第三项是什么": the
        third of the rows just listed, or of the rows under the one row just shown; past their end, said."""
        idx = self.idx
        n = ordinals.place_number(m.group(1)) or 0
        under = bool(re.search(r"[面边属中]第", m.group(0)))  # "下面第四项": the lines under the row shown
        if context.get("ranked_groups") and not under and n >= 1:
            return self.group_at_place([(name, list(ids)) for name, ids in context["ranked_groups"]], n)
        if context.get("ranked") and not under:
            if not 1 <= n <= len(context["ranked"]):
                return None
            at = idx.facts([context["ranked"][n - 1]])
            name = self._placed_name(at[0])
            return FactAnswer("answered", compose.ranked_place(n, name, _shown(at[0])) + _cite(idx, at), at,
                              ranked=list(context["ranked"]))
        # the one row just shown, else the rows just listed (in the list's order)
        shown = idx.facts(list(context.get("last") or context.get("shown") or ())[:50])
        if not shown:
            return None
        rows = list({self._row_key(f["id"]): f for f in shown}.values())
        if under and len(rows) > 1:
            return None
        items = rows if len(rows) > 1 else self._items_of_total(rows[0]) or self.rows_under(rows[0])
        if len(items) < 2 or n < 1:
            return None
        if n > len(items):
            return FactAnswer("unknown", compose.only_so_many(len(items), n))
        f = items[n - 1]
        name = self._placed_name(f)
        return FactAnswer("answered", compose.ranked_place(n, name, _shown(f)) + _cite(idx, [f]), [f],
                          ranked=[x["id"] for x in items])

    def code_of(self, last: list[int]) -> FactAnswer | None:
        """"科目编码是多少" after a row: the code its label is printed with (2296006用于…); None unless the
        last answer was one row with a code."""
        facts = self.idx.facts(last[:50])
        rows = {f["row_labels"] or "" for f in facts}
        coded = subject_code_of(next(iter(rows))) if len(rows) == 1 else None
        if coded is None:
            return None
        return FactAnswer("answered", compose.subject_code(coded[1], coded[0]) + _cite(self.idx, facts[:1]), facts[:1])

    def rows_under(self, f: dict) -> list[dict]:
        """The rows right under a fact's row, in its column of the same table: those its labels place
        under it (a heading cell over its items), the next level of its subject code (302 → 30201 …), or,
        in a flat list, the rows after a numbered heading ("一、基本支出") up to the next heading of that
        style or a total row. [] when the row heads nothing."""
        idx = self.idx
        same = sorted((g for g in idx.facts(list(idx.docs[f["document_id"]].facts)) if g["id"] != f["id"]
                       and g["section"] == f["section"] and g["col_labels"] == f["col_labels"]
                       and g["sheet"] == f["sheet"]), key=lambda g: (g["page"] or 0, g["line"] or 0))
        rows = (f["row_labels"] or "").split(query.FACT_SEP)
        if under := under_by_path(f, same):
            return under
        last = own_label
        if re.match(r"\d{3,}", label_key(rows[-1])):
            return under_by_code(f, same)
        head = re.match(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]", rows[-1].strip())
        if head is None or len(rows) > 1 and any(_is_total(label_key(x)) for x in rows[:-1]):
            return []
        style = re.compile(r"[一二三四五六七八九十]+、" if head.group().endswith("、") else r"[（(][一二三四五六七八九十]+[）)]")
        out = []
        for g in same:
            if ((g["page"] or 0), (g["line"] or 0)) <= ((f["page"] or 0), (f["line"] or 0)):
                continue
            if style.match(last(g)) or _is_total(label_key(last(g))) or g["row_heads"] != f["row_heads"]:
                break
            out.append(g)
        return out

    def projects_of_their_section(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """"决算数最大的项目是哪个", "哪些项目完成率100%" of a flat table whose projects stand under a numbered
        head of their own ("二、项目支出", beside "一、基本支出" and its economic lines): the rows under that head,
        never 工资福利支出; the facts unchanged when no such head is printed, projects are not what is ranked or
        listed, or the head itself is said."""
        if not _PROJECTS_ASKED.search(fq.text) or "项目支出" in fq.text or not facts \
                or not ({"max", "min", "list", "count"} & set(fq.ops) or fq.cmp):
            return facts
        lines: set[tuple] = set()
        headed: set[tuple] = set()  # (the sheets printing such a head: the others' rows are kept as they are)
        for g in self._same_sheets(facts):
            if g["number"] is not None and _PROJECT_HEAD.fullmatch((g["row_labels"] or "").split(query.FACT_SEP)[-1].strip()):
                lines |= {(x["document_id"], x["sheet"], x["line"]) for x in self.rows_under(g)}
                headed.add((g["document_id"], g["sheet"]))
        kept = [f for f in facts if (f["document_id"], f["sheet"], f["line"]) in lines
                or (f["document_id"], f["sheet"]) not in headed]
        return kept if kept and len(kept) < len(facts) else facts

    def _items_under(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """"商品和服务支出里哪项最多", "项目支出里有几个项目", "基本支出有哪几项": one row named, then 里 / 中 /
        下面, or the items asked of it: the rows under it (rows_under), not the row. [] otherwise."""
        if not ({"max", "min", "count", "list"} & set(fq.ops) or fq.cmp):
            return []
        named = [m for m in fq.mentions if m.start >= 0 and m.keys & self.idx.row_label_keys]
        if len(named) != 1:
            return []
        after = fq.text[named[0].end:]
        # "哪项税收最多" / "哪个税种最少": one of the rows under the row named, as "税收收入里哪项最多"
        ranked = bool({"max", "min"} & set(fq.ops) and (_ITEMS_RANKED.match(after)
                                                         or _WHICH_ONE_OF.search(fq.text[:named[0].start])))
        if not (_UNDER_SAID.match(after) or _ITEMS_ASKED.match(after) or ranked):
            return []
        rows = {self._row_key(f["id"]) for f in facts}
        if len(rows) > 1:
            # the row named and the lines its path places under it (商品和服务支出 › 办公费): the row named
            heads = [f for f in facts if _own_row(f) in named[0].keys]
            if heads and len({self._row_key(f["id"]) for f in heads}) == 1:
                facts, rows = heads, {self._row_key(heads[0]["id"])}
        if ranked and 1 < len(rows) <= 4:
            # "商品服务支出第二高的科目" read as 302 and its item 30299其他商品和服务支出: the row heading items.
            heads = [f for f in facts if self.rows_under(f)]
            if len({self._row_key(f["id"]) for f in heads}) == 1:
                facts, rows = heads, {self._row_key(heads[0]["id"])}
        if len(rows) != 1:
            return []
        return [g for f in facts for g in self.rows_under(f)]

    def _townships_asked(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """"哪个乡镇最多" of rows headed 乡镇（单位）: the townships (…镇, …乡, …街道), not the units listed with
        them (县本级统筹); "乡镇或单位" asks both."""
        if not re.search(r"乡镇|街道", fq.text) or re.search(r"单位|部门|机构", fq.text) \
                or not ({"max", "min", "count", "list"} & set(fq.ops) or fq.cmp):
            return facts

        town = [f for f in facts if _TOWNSHIP.search(_own_row(f))]
        if not town:
            return facts
        return [f for f in facts if f in town or self._is_total_fact(f, "row")]

    def rows_left_blank(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"哪些乡镇没有专项债务" of a table leaving that cell blank ("空白表示无", no fact kept for it): the rows of
        the one table the column is of that print figures in other columns but none above zero in the columns
        said, listed or counted by their names; None unless asked so of one table with such rows."""
        if not fq.unfunded or not {"list", "count"} & set(fq.ops) or not facts \
                or len(tables := {(f["document_id"], f["sheet"], f["page"]) for f in facts}) != 1 \
                or not all(f["unit"] in _MONEY_UNITS for f in facts if f["number"] is not None):
            return None  # (an amount left blank is none of it; a blank rate or count is no "not done")
        doc, sheet, page = next(iter(tables))
        held = {f["line"] for f in facts if f["number"] or f["number"] is None and (f["value"] or "").strip()}
        lines: dict[int, dict] = {}
        for g in self.idx.facts(sorted(self.idx.docs[doc].facts)[:20000]):
            if (g["sheet"], g["page"]) == (sheet, page) and g["number"] is not None \
                    and not self._is_total_fact(g, "row"):
                lines.setdefault(g["line"], g)
        rows = self._townships_asked(fq, [lines[k] for k in sorted(lines)])
        hits = [g for g in rows if g["line"] not in held and not self._is_total_fact(g, "row") and own_label(g)]
        if not hits or len(hits) == len(rows):
            return None  # (every row blank: the column said is not this table's)
        said = [fq.text[m.start:m.end] for m in fq.mentions if m.start >= 0]
        head = compose.without_head(said[0] if len(said) == 1 else _own_col(facts[0]))
        items = [own_label(g) for g in hits]
        if "count" in fq.ops and "哪" not in fq.text:
            return FactAnswer("answered", compose.counted_items(items, head) + _cite(self.idx, hits), hits, negated=True)
        return FactAnswer("answered", compose.numbered_items(items, head) + _cite(self.idx, hits), hits, negated=True)

    def _with_longer_texts_of_its_column(self, values: list[str], doc_set: set[int]) -> list[int]:
        """The cells printing the values said, of the tables asked; and with them ("哪些资金备注了结转下年") the cells of
        the same column whose text begins with the words said and goes on (备注 结转下年使用 beside 结转下年) — a text
        filter holds the words, not only the cells printing them alone."""
        idx = self.idx
        ids = [f for v in values for f in idx.value_facts.get(v, ()) if idx.fact_doc[f] in doc_set]
        columns = {(x["document_id"], x["col_labels"]) for x in idx.facts(ids[:50])}
        found: list[int] = []
        for v in values if columns else ():
            longer = [w for w in idx.value_by_gram.get(v[:2], ())
                      if len(v) >= TEXT_SAID_AT_LEAST and w != v and w.startswith(v)]
            found += [x["id"] for w in sorted(longer) for x in idx.facts(list(idx.value_facts.get(w, ()))[:50])
                      if (x["document_id"], x["col_labels"]) in columns and x["id"] not in ids]
        return ids + found

    def parts_of(self, fid: int) -> FactAnswer:
        """The rows under the row of the fact just shown, in the same column of the same table (a heading
        row's items, a subject's sub-subjects); said so when the table has none."""
        idx = self.idx
        shown = idx.facts([fid])
        if not shown:
            return FactAnswer("unknown", compose.fact_no_parts(""))
        f = shown[0]
        under = self.rows_under(f)
        if not under:
            return FactAnswer("unknown", compose.fact_no_parts(_name(f)) + _cite(idx, [f]))
        items = [(label_key((g["row_labels"] or "").split(query.FACT_SEP)[-1]), _shown(g)) for g in under[:20]]
        return FactAnswer("answered", compose.fact_parts(_name(f), items) + _cite(idx, under[:20]), under[:20])

    def having_values(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """"区级财政资金的项目有哪些": the rows whose cell prints the value."""
        doc_set = set(docs)
        ids = self._with_longer_texts_of_its_column(fq.values, doc_set)
        if not ids:  # ("X镇的一般公共预算收入": a place no table read prints, never dropped)
            return value_rows.place_not_of_the_table(self.idx, fq, docs)
        facts = self.idx.facts(ids[:200])
        owner = ""
        if (under := records.rows_of_a_line_said(self.idx, docs, _values_out(fq.text, fq.values))) is not None:
            # ("卫健局的政府履职辅助性服务有哪些": that department's rows of a table of every department's, no other's)
            owner, facts = under[0], [f for f in facts if (f["document_id"], f["sheet"], f["line"]) in under[1]]
            if not facts:
                return FactAnswer("answered", compose.none_marked(f"{owner} {compose.having_value_head('', '、'.join(fq.values))}",
                                                                  len({x[2] for x in under[1]})))
        facts, unread = value_rows.read_against(self.idx, fq, facts)
        if unread:  # ("X乡光伏电站项目多少钱": the town's rows hold none; never one of them as the answer)
            # (unless another table's rows are named by the value with the thing their column: 执法大队编制)
            # (one row and the thing a column's word of some table, 单价: the row says the columns it has)
            return self._rows_named_by_value(fq, facts, doc_set) or (
                self._column_the_rows_lack(fq, facts) if self._column_word(unread) else None) \
                or self._value_rows_lack(fq, facts, unread)
        if figures := self._figures_of_indicator_named(fq, facts):
            return self.values(figures, [])
        if (items := self._items_of_value(fq, facts)):
            shown = self.listing(items)
            # (the indicators' own rows are what the answer is about: "全年预计完成值呢" next is theirs)
            own = [x for it in items for x in self.idx.facts(self._row_siblings(it))
                   if x["row_labels"] == f"{it['row_labels']}{query.FACT_SEP}{it['value']}"]
            shown.facts = own or shown.facts
            return shown
        rows = list(dict.fromkeys(_name(f).split(" ")[0] for f in facts))
        col = _name(facts[0]).split(" ")[-1] if " " in _name(facts[0]) else ""
        head = _value_head(fq, facts, col, owner)
        asked = self._asked_column(fq, facts) or self._asked_column(fq, facts, loose=True) or next(
            # The value printed in two sheets (项目类别 of the detail, 备注 of the plan): the sheet whose
            # rows have the column named.
            (a for sheet in dict.fromkeys(f["sheet"] for f in facts)
             if (a := self._asked_column(fq, [f for f in facts if f["sheet"] == sheet]))), []) \
            or (self._money_of_rows(facts) if "sum" in fq.ops or re.search(r"多少钱|多少万|多少元|(?:金额|钱|预算)(?:是|有)?多少", fq.text)
                else [])  # "安保服务的呢 多少万": the amount of the rows printing that value
        if not asked and len(facts) <= 12 and not {"count", "list"} & set(fq.ops) and not _WHICH_ROWS.search(fq.text) \
                and (cells := self._asked_column(fq, facts, words=True)) \
                and not {x["id"] for x in cells} & {f["id"] for f in facts}:
            # "隐患整改闭环率纠偏措施": a column of words of the rows named by their value (an indicator's line) —
            # another column than the one printing the value ("备注是X的有几个" counts the rows)
            return self._cells_of_lines_named(facts, cells)
        # "经常性项目合计多少": the total column named over several rows holding the value is their sum.
        total = len(asked) > 1 and not re.search(r"各|分别|每个", fq.text) and any(
            m.keys and all(_is_total(k) for k in m.keys) for m in fq.mentions)
        if asked:
            # "排水管理处两个项目预算加起来": that column of the rows holding the value, summed or listed.
            return self.sum(asked) if "sum" in fq.ops or total else self.values(asked, [])
        if (rows_named := self._rows_named_by_value(fq, facts, doc_set)) is not None:
            return rows_named
        if (lacked := self._column_the_rows_lack(fq, facts)) is not None:
            return lacked
        rows = self._with_own_amounts(rows, facts)
        if "count" in fq.ops:
            return FactAnswer("answered", compose.counted_items(rows, head) + _cite(self.idx, facts), facts)
        return FactAnswer("answered", compose.numbered_items(rows, head) + _cite(self.idx, facts), facts)

    def _value_rows_lack(self, fq: FactQuestion, facts: list[dict], unread: str) -> FactAnswer:
        """The rows holding the value said listed, with the thing said beside it that none of them is."""
        # (their names only: a figure of theirs beside a question not answered reads as its answer)
        rows = list(dict.fromkeys(_name(f).split(" ")[0] for f in facts))
        col = _name(facts[0]).split(" ")[-1] if " " in _name(facts[0]) else ""
        head = compose.having_value_head(col, "、".join(fq.values), whole=all(compact(f["value"] or "") in fq.values for f in facts))
        return FactAnswer("unknown", compose.value_rows_lack(head, unread, rows) + _cite(self.idx, facts), [], settled=True)

    def _cells_of_lines_named(self, named: list[dict], cells: list[dict]) -> FactAnswer:
        """Each line's cell asked, said with the value naming the line (its indicator) and the line's first label
        (its project): "发明专利授权量（X专项资金） 纠偏措施：…", never the line's kinds alone (产出指标/数量指标)."""
        by_line = {(f["document_id"], f["sheet"], f["line"]): f for f in named}
        parts = []
        for x in cells:
            f = by_line.get((x["document_id"], x["sheet"], x["line"]))
            owner = (x["row_labels"] or "").split(query.FACT_SEP)[0]
            column = (x["col_labels"] or "").split(query.FACT_SEP)[-1]
            parts.append(compose.line_cell((f["value"] or "").strip(), owner, column, _shown(x)) if f is not None and owner
                         else compose.line_cell(_own_row(x), None, column, _shown(x)))
        return FactAnswer("answered", "；".join(parts) + _cite(self.idx, cells), cells)

    def _with_own_amounts(self, rows: list[str], facts: list[dict]) -> list[str]:
        """"备注写跨年度项目的有哪些": each row listed with its own amount (金额合计) when every row of a table of
        money prints exactly one; the names alone otherwise (a row printing several figures is not guessed at)."""
        first: dict[str, dict] = {}
        for f in facts:
            first.setdefault(_name(f).split(" ")[0], f)
        if set(first) != set(rows):
            return rows
        amounts = [self._money_of_rows([first[r]]) for r in rows]
        if not all(len(a) == 1 for a in amounts):
            return rows
        return [f"{r}（{_shown(a[0])}）" for r, a in zip(rows, amounts, strict=True)]

    def _items_of_value(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """"小型水库除险加固的成本指标": a value (二级指标 成本指标) printed on the lines of a project's indicators (one
        indicator a line, 三级指标 its name): the indicators of the lines holding it, of the project said when one
        is, each shown with its own figures — never the projects listed, nor another project's line. [] otherwise."""
        named = {k for m in fq.mentions if m.start >= 0 for k in m.keys & self.idx.row_label_keys}
        if named:
            facts = [f for f in facts if named & set(self.idx.row_keys(f["id"]))]
        if not facts or len(facts) > 20 or any(f["number"] is not None for f in facts):
            return []
        items = []
        for f in facts:
            line = [x for x in self._item_cells(self.idx.facts(self._row_siblings(f))) if x["row_labels"] == f["row_labels"]]
            if len(line) != 1:
                return []
            items.append(line[0])
        return items

    def _column_word(self, said: str) -> bool:
        """Is the words said (a thing not read against the value's rows) a column's word — a column of some table, a
        word inside one, or a figure per one (单价 of per_one_endings) — and no row's name (光伏电站项目, 税收收入)?"""
        idx = self.idx
        bare = compact(said)
        if len(bare) < 2 or bare in idx.row_label_keys:
            return False
        return bare in idx.col_keys or bare.endswith(idx.per_one_endings) or any(bare in c for c in idx.col_keys)

    def _column_the_rows_lack(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"执法记录仪单价多少": a figure asked by a word (单价) that no column of the rows printing the value has: that
        the row has no such figure, and the columns it has — never the rows listed as if the word were absent,
        nor another column's figure."""
        if fq.ops or not _FIGURE_ASKED.search(fq.text) or len({(f["document_id"], f["line"]) for f in facts}) != 1:
            return None
        word = fq.text
        for v in sorted(fq.values, key=len, reverse=True):
            word = word.replace(v, " ")
        word = _ASKING_WORDS.sub(" ", word).strip()
        siblings = self.idx.facts(self._row_siblings(facts[0]))
        columns = list(dict.fromkeys("".join(x for x in (g["col_labels"] or "").split(query.FACT_SEP) if x)
                                     for g in siblings))
        if len(word) < 2 or " " in word or any(word in c for c in columns):
            return None
        return FactAnswer("unknown", compose.column_not_in_row(_name(facts[0]).split(" ")[0], word, columns)
                          + _cite(self.idx, facts), settled=True)

    def _rows_named_by_value(self, fq: FactQuestion, facts: list[dict], docs: set[int]) -> FactAnswer | None:
        """"执法大队编制多少": a column asked (编制数) that the tables printing the value (a 责任科室 "农业综合行政
        执法大队") lack, while rows of the tables having that column are named by it: that column of the one row,
        or which of those rows, asked (never the rows of the other table listed, the column dropped); else None."""
        idx = self.idx
        held = {k for d in {f["document_id"] for f in facts} for k in idx.doc_keys.get(d, ())}
        asked = [m for m in fq.mentions if m.start >= 0 and m.keys <= idx.col_keys and not m.keys & held]
        if not asked:
            return None
        with_col = {d for d in docs if all(m.keys & idx.doc_keys.get(d, set()) for m in asked)}
        rows = sorted({r for d in with_col for r in idx.doc_keys.get(d, ()) if r in idx.row_label_keys
                       and any(v in r for v in fq.values) and r not in idx.col_keys})
        rows = [r for r in rows if any(r in m.keys for m in fq.mentions)] or rows  # (one said in full: that one)
        if len(rows) == 1:  # the one row so named: the column asked of it
            ids = [f for d in with_col for f in idx.docs[d].facts if rows[0] in idx.row_keys(f)
                   and all(m.keys & set(idx.fact_keys[f][idx.fact_nrows.get(f, 0):]) for m in asked)]
            return self.values(idx.facts(ids[:20]), []) if ids else None
        if not rows:
            return None
        return FactAnswer("clarify", compose.which_fact(rows[:8]), [], options=rows[:8], asks_row=rows[:8])

    def _figures_of_indicator_named(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """"宣传教育宣传活动场次多少", "…1-8月宣传活动场次多少": a value of the column naming each row's indicator
        (核心绩效指标) asked how much is that indicator's figures in its row (年度指标值, 1-8月完成值) — those of
        the column said (1-8月) when one is, never the row's money (1-8月执行数); [] unless it is such a name."""
        if not re.search(r"多少|几", fq.text) or not facts or len(facts) > 5 \
                or not all(f["number"] is None and _INDICATOR_NAMED.search(_own_col(f)) for f in facts):
            return []
        said = {k for m in fq.mentions for k in m.keys if k in self.idx.col_keys}
        out = []
        for f in facts:
            figures = [x for x in self.idx.facts(self._row_siblings(f))
                       if _INDICATOR_FIGURE.search(_own_col(x)) and (x["value"] or "").strip()]
            out += [x for x in figures if said & set(self.idx.fact_keys.get(x["id"], ()))
                    or (head := _INDICATOR_FIGURE.sub("", _own_col(x))) and head in fq.text] or figures
        return out

    def flagged(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"面向中小企业预留的是哪些", "哪些不是进口的": a column of yes/no marks (是/否, √/×, 有/无) named, the
        rows marked yes (no, when the question says 不/没/未/非) — of each table holding one such column;
        None unless every table among the facts holds exactly one."""
        cols: dict[tuple, list[dict]] = defaultdict(list)
        for f in facts:
            if f["number"] is None and not self._is_total_fact(f, "row"):
                cols[(f["document_id"], f["sheet"], f["col_labels"])].append(f)
        said = {k for m in fq.mentions for k in m.keys}
        marks = {k: v for k, v in cols.items() if len(v) >= 2 and label_key(k[2].split(query.FACT_SEP)[-1]) in said
                 and all(compact(f["value"] or "") in _YES | _NO for f in v)}
        docs = [k[0] for k in marks]
        said_marks = {label_key(k[2].split(query.FACT_SEP)[-1]) for k in marks}
        if not marks or len(set(docs)) != len(docs) or {f["document_id"] for f in facts} - set(docs):
            return None
        # (the negation said right before the column's words, 没按期的, though the reading took it with them)
        negative = bool(re.search(r"不|没|未|非|无需|无须", re.sub(r"是否|有无|有没有", "", fq.rest))) or any(
            re.search(r"(?:不|没|没有|未|非)$", re.sub(r"是否|有无|有没有", "", fq.text[max(0, m.start - 4):m.start]))
            for m in fq.mentions if m.start > 0 and m.keys & said_marks)
        parts, shown = [], []
        for rows in marks.values():
            chosen = [f for f in rows if (compact(f["value"] or "") in _NO) == negative]
            col = (rows[0]["col_labels"] or "").split(query.FACT_SEP)[-1]
            head = compose.marked_head(col, "、".join(sorted({f["value"] for f in chosen} or {"否" if negative else "是"})))
            named = []
            for f in chosen:  # each row with its amount when it has one
                money = self._money_of_rows([f])
                named.append(f"{_own_row(f)}（{_shown(money[0])}）" if len(money) == 1 else _own_row(f))
            text = compose.none_marked(head, len(rows)) if not chosen else compose.counted_items(named, head) \
                if "count" in fq.ops else compose.numbered_items(named, head)
            parts.append((rows[0]["department"], text + _cite(self.idx, chosen or rows)))
            shown += chosen
        ranked = [f["id"] for f in shown] if len(parts) == 1 else []
        if len(parts) == 1:
            return FactAnswer("answered", parts[0][1], shown, ranked=ranked)
        return FactAnswer("answered", compose.by_department(parts), shown)

    def _place_kind_no_row_is(self, fq: FactQuestion, facts: list[dict]) -> str:
        """"高标准农田结转资金哪个乡镇最多" over rows none of which is a place of that kind (a project's one row, no
        breakdown by 乡镇): the kind asked ([place_kind_endings], [town_kind_endings]), which the table cannot
        answer; "" when no such kind is asked or some row compared is of it."""
        idx = self.idx
        kinds = {**idx.place_kind_endings, **idx.town_kind_endings}
        kind = entities_asked(fq.text, frozenset(kinds), idx.cut) if facts else ""
        if not kind:
            return ""
        rows = {k for f in facts[:200] for k in idx.row_keys(f["id"])}
        return "" if any(k.endswith(tuple(kinds[kind])) for k in rows) else kind

    def extreme(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        if fq.fall:
            facts = self._change_column(fq, facts) or facts
        if facts and all(f["number"] is None for f in facts) and not re.search(r"早|晚|先|长|短", fq.text):
            # "采购哪个最贵", "采购第二大的" naming text columns (采购方式, 采购类别): the rows' amounts (a
            # text compares no size).
            rows = list({(f["document_id"], f["line"]): f for f in facts
                         if not self._is_total_fact(f, "row")}.values())
            facts = self._money_of_rows(rows[:60]) or facts
        candidates = [f for f in facts if f["number"] is not None]
        if (period := self._period_extreme(fq, facts)) is not None:
            return period
        facts = [f for f in self._column_facts(fq, facts) if f["number"] is not None and not self._is_total_fact(f, "row")]
        if (kind := self._place_kind_no_row_is(fq, facts or candidates)):
            return FactAnswer("unknown", compose.not_broken_down_by(kind, "max" in fq.ops) + _cite(self.idx, (facts or candidates)[:3]),
                              settled=True)
        if not facts and candidates:
            # "哪项三公经费降幅最大": the question named the table's total; the items are its rows.
            f = candidates[0]
            same = self.idx.facts(list(self.idx.docs[f["document_id"]].facts))
            facts = [x for x in same if x["col_labels"] == f["col_labels"] and x["number"] is not None
                     and not any(_is_total(k) for k in self.idx.fact_keys.get(x["id"], ()))]
        if not facts:
            return FactAnswer("unknown", compose.NOTHING_TO_COMPARE)
        flows = flow_words(getattr(self.idx, "vocab_path", ""))
        facts = self._subjects_of_sheet(fq, facts)
        if (per_flow := self._per_flow(fq, facts, flows)) is not None:
            return per_flow
        facts = of_the_flow_said(facts, fq.text, flows)  # ("收入哪项最多": the 收入 rows, never the 支出 rows)
        # ("支出哪个科目最多": subjects are coded rows, 调出资金 none; each level ranked on its own, never mixed)
        tops = subjects_at_the_top(facts, flows) if SUBJECTS_ASKED.search(fq.text) and not fq.level else []
        facts = [f for f in facts if row_code(f)] or facts if tops else facts
        facts = _of_the_block_said(_one_sheet_each(self.idx, _code_leaves(_without_parents(facts))), fq.text)
        facts = facts if fq.level else _items_of_the_level_said(fq, facts, self._same_sheets(facts))  # no 小计
        one_row = len({(f["document_id"], f["sheet"], f["page"], f["line"]) for f in facts}) == 1
        if one_row and len(facts) == 1 and not fq.level and len(under := [
                g for g in self.rows_under(facts[0]) if g["number"] is not None and not _is_total(_own_row(g))]) >= 2:
            # "预算最多的3个税种": one heading row found (一、税收收入) is no ranking of one; its items are ranked
            facts, one_row = under, False
        if one_row and len(parts := [f for f in facts if not _is_total(label_key((f["col_labels"] or "").split(query.FACT_SEP)[-1]))]) >= 2:
            facts = parts  # one row's columns compared (哪个险种最多): its 合计 column is theirs added up, no rival
        cols = {f["col_labels"] for f in facts}
        if len(cols) > 1 and not one_row and _DEAREST.search(fq.text):
            facts = _own_amounts(fq, facts)
            cols = {f["col_labels"] for f in facts}
        if len(cols) > 1 and not one_row:  # one row named: its columns are what is compared (哪个季度最多)
            if (each := self._each_column_ranked(fq, facts)) is not None:
                return each
            facts = self._column_compared(fq, facts)
        if "min" in fq.ops and any(f["number"] for f in facts) and all(f["unit"] in _MONEY_UNITS for f in facts):
            facts = [f for f in facts if f["number"]]  # (a line of no money, 0 or left blank, is no least-funded line)
        facts = self._done_beside(facts, fq.text)
        kept = [f for f in facts if not any(x in _own_row(f) for x in self.left_out)]
        if not kept:
            return FactAnswer("unknown", compose.NOTHING_TO_COMPARE)
        fa = self._range(kept) if "range" in fq.ops else self._ranked_answer(fq, kept)
        fa = self._top_level_too(fq, fa, kept, tops)
        if len(kept) < len(facts) and fa.status == "answered":  # "（不算X）": said, so the reader sees it was heard
            fa.text = compose.rows_left_out(sorted({_own_row(f) for f in facts if f not in kept})) + fa.text
        return fa

    def _period_extreme(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"哪个季度最多", "几月最少": the period of the facts whose figure is the most (least); None when not asked."""
        if not re.search(r"哪(?:个|一个|一)?(?:季度|月份?)|几月", fq.text) or not (periods := self._which_period(facts)):
            return None
        key = max if "max" in fq.ops else min
        best = key(f["number"] for f in periods)
        top = [f for f in periods if f["number"] == best]
        return FactAnswer("answered", compose.fact_extreme("max" if "max" in fq.ops else "min", [self._label(f) for f in top],
                                                           _shown(top[0]), len(periods)) + _cite(self.idx, top), top)

    def _subjects_of_sheet(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """"国资预算哪个科目增长最多": 科目 are a coded table's coded rows; a row printed without a code that only
        holds the budget's own words (国有资本经营预算调出资金) is no subject, so its sheet's coded rows of the same
        column are compared instead; the facts unchanged unless 科目 are asked and none of them is coded."""
        if not SUBJECTS_ASKED.search(fq.text) or fq.level or not facts or any(row_code(f) for f in facts):
            return facts
        cols = {f["col_labels"] for f in facts}
        coded = [f for f in self._same_sheets(facts) if row_code(f) and f["number"] is not None
                 and f["col_labels"] in cols]
        return coded or facts

    def _per_flow(self, fq: FactQuestion, facts: list[dict], flows: dict[str, str]) -> FactAnswer | None:
        """"哪个科目增长最多" over one 收支 table with no flow said: 收入 and 支出 科目 are different classifications,
        so each flow is ranked on its own (two answers, each headed by its flow), never one across both; None
        unless subjects are asked and the facts hold coded subjects of both flows."""
        if not SUBJECTS_ASKED.search(fq.text) or flow_said(fq.text, flows) or not mixes_flows(facts, flows):
            return None
        parts = []
        for word in flows:
            fa = self.extreme(replace(fq, text=fq.text + word), facts)
            parts.append((word, fa))
        if not all(fa.status == "answered" for _, fa in parts):
            return FactAnswer("unknown", compose.flow_not_said(list(flows)))
        return FactAnswer("answered", "\n".join(compose.of_the_flow(word, fa.text) for word, fa in parts),
                          [f for _, fa in parts for f in fa.facts])

    def _top_level_too(self, fq: FactQuestion, fa: FactAnswer, kept: list[dict], tops: list[dict]) -> FactAnswer:
        """"哪个科目最多" of a coded table of two levels (22302 over its 2230201 …): the detailed subjects' extreme,
        then the top subjects' in the same column, each level on its own (a parent is never ranked with its part)."""
        cols = {f["col_labels"] for f in kept}
        tops = [f for f in tops if f["col_labels"] in cols and f["number"] is not None]
        if fa.status != "answered" or fq.top or fq.place or "range" in fq.ops or len(tops) < 2 \
                or {f["id"] for f in tops} <= {f["id"] for f in kept}:
            return fa
        top = self._ranked_answer(fq, tops)
        if top.status != "answered":
            return fa
        return FactAnswer("answered", fa.text + "\n" + compose.at_the_top_level(top.text), fa.facts,
                          ranked=fa.ranked)

    def _column_compared(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """Several columns: the facts of the one most facts share (the column the question named).
        Columns no word chose between: a year said picks its own column (规划资金 › 2026年); a total over several
        years (三年合计 of a rolling plan) is no year's figure, nor one of the years before (以前年度已安排): the
        table's own year comes first ("最小的项目" is over 2025's 合计, not 2025—2027 added up); then the column
        most facts share; then the row's total (合计) column, what a row "gets"; then money over a count or a price ("最多" of 数量 / 单价（元）/
        金额（万元）: the amount)."""
        ranks = self._column_ranks(fq, facts)
        col = max(ranks, key=lambda c: ranks[c])
        return [f for f in facts if f["col_labels"] == col]

    def _column_ranks(self, fq: FactQuestion, facts: list[dict]) -> dict[str, tuple]:
        """Each column's standing for _column_compared (the greatest is compared)."""
        counts: dict[str, int] = defaultdict(int)
        for f in facts:
            counts[f["col_labels"]] += 1
        money = {f["col_labels"] for f in facts if (f["unit"] or "") in ("万元", "亿元", "千元", "元")
                 and not self.idx.per_one_column(f["col_labels"] or "")}
        said = tuple(f"{y}年" for y in fq.years)
        # (the table's own total column, 合计 beside the groups it adds up, before a group's 小计)
        wholes = {whole_column(self.idx, f["document_id"], f["sheet"]) for f in facts}
        return {c: (any(y in (c or "") for y in said), not _MANY_YEARS.search(c or ""), not _YEARS_BEFORE.match(c or ""),
                    counts[c], c in wholes, _is_total(label_key((c or "").split(query.FACT_SEP)[-1])), c in money)
                for c in counts}

    def _each_column_ranked(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"哪个乡镇补助最多" of a table printing 人员补助 and 公用补助 and no total of them: no word chooses between
        the columns and none is the row's whole — each column's ranking is given, never the first's alone. None
        unless two to four columns of money of one sheet stand equal."""
        ranks = self._column_ranks(fq, facts)
        best = max(ranks.values())
        tied = [c for c in ranks if ranks[c] == best]
        sheets = {(f["document_id"], f["sheet"]) for f in facts}
        if not 2 <= len(tied) <= 4 or len(sheets) != 1 or not best[-1] or any(
                query.FACT_SEP in (c or "") or not own_amount(c or "") for c in tied):
            return None
        parts = [(c, self._ranked_answer(fq, [f for f in facts if f["col_labels"] == c])) for c in tied]
        if any(fa.status != "answered" for _, fa in parts):
            return None
        return FactAnswer("answered", "\n".join(compose.by_column(c, fa.text) for c, fa in parts),
                          [f for _, fa in parts for f in fa.facts])

    def _ranked_answer(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        """The facts ranked as asked: the first few (最多的3个), one place (排第二, 倒数第二), or the top."""
        size = _size_of(facts, fq)
        one_way = _column_of_the_change(fq, facts)  # ("减少最多" of 减少金额: its largest figure)
        key = max if "max" in fq.ops or one_way else min
        best = key(size(f) for f in facts)
        top = [f for f in facts if size(f) == best]
        word = "fall" if fq.fall else "max" if "max" in fq.ops else "min"
        # (the whole ranking, up to _RANKED_KEPT: "倒数第一呢" next counts from its true bottom)
        ranked = [f["id"] for f in sorted(facts, key=size, reverse=key is max)][:_RANKED_KEPT]
        if fq.top:  # "最多的3个": those places of the ranking, in order
            first = self.idx.facts(ranked[:fq.top])
            return FactAnswer("answered", compose.top_facts(word, [compose.fact_value(self._label(f), _shown(f)) for f in first],
                                                            len(facts)) + _cite(self.idx, first), first, ranked=ranked)
        if fq.place:  # "排第二的": that place of the ranking, the rest kept for "第三呢"
            if fq.place > len(ranked):
                return FactAnswer("unknown", compose.NOTHING_TO_COMPARE)
            place = self.idx.facts([ranked[fq.place - 1]])
            said = compose.ranked_place if key is max else compose.ranked_place_from_end  # 倒数第二, 第二少
            return FactAnswer("answered", said(fq.place, self._label(place[0]), _shown(place[0]))
                              + _cite(self.idx, place), place, ranked=ranked)
        if not one_way and (wrong_way := _none_changed_so(fq, facts, size)) is not None:
            # ("减少最多" of rows that all grew: none fell — never the least growth as the greatest fall)
            near = min(wrong_way, key=lambda f: abs(size(f)))
            nearest = [f for f in wrong_way if size(f) == size(near)]
            return FactAnswer("answered", compose.none_changed_so(fq.change, len(facts), [self._label(f) for f in nearest],
                                                                  _shown(near)) + _cite(self.idx, nearest), nearest)
        return FactAnswer("answered", compose.fact_extreme(word, [self._label(f) for f in top], _shown(top[0]), len(facts))
                          + _cite(self.idx, top), top, ranked=ranked)

    def extreme_of_groups(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        """The largest (smallest) group by its 小计, in the column most of them share (the one asked); "降得最多":
        by the change its 小计 prints, as extreme does for rows."""
        if fq.fall:
            facts = self._change_column(fq, facts, own_lines=True) or facts
        counts: dict[str, int] = defaultdict(int)
        for f in facts:
            counts[f["col_labels"]] += 1
        col = max(counts, key=lambda c: counts[c])
        facts = [f for f in facts if f["col_labels"] == col]
        key = max if "max" in fq.ops else min
        ranked = sorted(facts, key=lambda f: f["number"], reverse=key is max)
        if fq.place:
            if fq.place > len(ranked):
                return FactAnswer("unknown", compose.only_so_many(len(ranked), fq.place))
            f = ranked[fq.place - 1]
            said = compose.ranked_place if key is max else compose.ranked_place_from_end
            return FactAnswer("answered", said(fq.place, self._label(f), _shown(f)) + _cite(self.idx, [f]),
                              [f], ranked=[x["id"] for x in ranked])
        best = ranked[0]["number"]
        top = [f for f in ranked if f["number"] == best]
        return FactAnswer("answered", compose.fact_extreme("max" if key is max else "min", [self._label(f) for f in top],
                                                           _shown(top[0]), len(facts)) + _cite(self.idx, top), top,
                          ranked=[x["id"] for x in ranked])

    def _earliest(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"哪个项目最早开工": of a column of dates (2023年5月), the earliest (最晚: the latest) row; None unless
        asked so of one column of dates."""
        when = re.search(r"最(早|先|晚|迟)", fq.text)
        dated = [(tuple(int(x or 0) for x in m.groups()), f) for f in facts if f["number"] is None
                 and not self._is_total_fact(f, "row")
                 and (m := re.match(r"\s*((?:19|20)\d\d)年(?:(\d{1,2})月)?(?:(\d{1,2})日)?", f["value"] or ""))]
        if when is None or len(dated) < 2 or len({f["col_labels"] for _, f in dated}) != 1:
            return None
        early = when.group(1) in "早先"
        best = (min if early else max)(d for d, _ in dated)
        top = [f for d, f in dated if d == best]
        return FactAnswer("answered", compose.fact_earliest(early, [self._label(f) for f in top], _shown(top[0]), len(dated))
                          + _cite(self.idx, top), top)

    def extreme_of_groups_added(self, fq: FactQuestion, groups: dict[str, list[dict]]) -> FactAnswer:
        """The largest (smallest) group by its rows added up, when the groups print no 小计 of their own: the
        group named with its sum and the figures added."""
        sums = {name: sum(f["number"] for f in rows) for name, rows in groups.items()}
        ranked = sorted(sums, key=lambda n: sums[n], reverse="max" in fq.ops)
        order = [(name, [f["id"] for f in groups[name]]) for name in ranked]
        return self.group_at_place(order, fq.place or 1, "" if fq.place else "max" if "max" in fq.ops else "min")

    def group_at_place(self, order: list[tuple[str, list[int]]], place: int, extreme: str = "") -> FactAnswer:
        """The group at a place of a ranking of groups by their rows added up (extreme "max"/"min": said as the
        top of it), with its sum and the figures added; "第二多的呢" after it takes the next place."""
        if place > len(order):
            return FactAnswer("unknown", compose.only_so_many(len(order), place))
        name, ids = order[place - 1]
        rows = self.idx.facts(ids)
        shown = compose.group_added(fmt_number(sum(f["number"] for f in rows)), rows[0]["unit"] or "",
                                    [fmt_number(f["number"]) for f in rows])
        text = compose.fact_extreme(extreme, [name], shown, len(order)) if extreme else \
            compose.ranked_place(place, name, shown)
        return FactAnswer("answered", text + _cite(self.idx, rows), rows, ranked_groups=order)

    def _columns_of_one_row(self, fq: FactQuestion, numeric: list[dict]) -> list[dict]:
        """One row named and columns named ("执法大队编制几个 实有几个"): each column's figure of that row, the
        column's own total when the column is split (核定编制数合计, not 行政编制 beside it). Empty when the
        question names no row or the facts span several rows (then 几个 counts rows)."""
        if not numeric or len({(f["document_id"], f["sheet"], f["page"], f["line"]) for f in numeric}) != 1:
            return []
        idx = self.idx
        cols = [m for m in fq.mentions if m.keys <= idx.col_keys | idx.head_keys and not m.keys & idx.row_label_keys
                and any(m.keys & set(idx.fact_keys.get(f["id"], ())) for f in numeric)]  # (a column of this row's)
        if not cols and len(noun := fq.leftover.strip()) in (1, 2) and " " not in noun:
            # "村干部基本报酬涉及几个村": the row's count column whose header names the noun counted (村（社区）个数)
            named = [f for f in numeric if noun in _own_col(f) and (f["unit"] in _COUNT_UNITS or _own_col(f).endswith("数"))]
            return named if len(named) == 1 else []
        if not cols or len(cols) == len(fq.mentions):
            return []
        out: list[dict] = []
        for m in cols:
            mine = [f for f in numeric if m.keys & set(idx.fact_keys.get(f["id"], ()))]
            totals = [f for f in mine if re.search(r"(?:合计|小计|总计)$", (f["col_labels"] or ""))]
            out += [f for f in (totals[:1] if totals else mine) if f not in out]
        return out

    def _people_of_total_row(self, fq: FactQuestion, numeric: list[dict]) -> list[dict]:
        """"实有行政几个" naming only columns that count people, no row, no kind of row counted: the
        figure of the table's total row, never a count of the rows holding that column."""
        idx = self.idx
        if not fq.mentions or any(m.keys & idx.row_label_keys or not m.keys <= idx.col_keys | idx.head_keys
                                  for m in fq.mentions) or any(w in fq.text for w in _ROW_NOUNS):
            return []
        if not numeric or any(f["unit"] != "人" for f in numeric) and not self._counted_by_column(fq, numeric):
            return []
        totals = [f for f in numeric if self._is_total_fact(f, "row")]
        # the grand total (合计 at the top level), not a group's 小计 under its heading
        top = min((len(_row_path(f["row_labels"])) for f in totals), default=0)
        totals = [f for f in totals if len(_row_path(f["row_labels"])) == top]
        if len({(f["document_id"], f["sheet"], f["page"], f["line"]) for f in totals}) != 1:
            return []
        return totals

    def _counted_by_column(self, fq: FactQuestion, numeric: list[dict]) -> bool:
        """"一共多少个社区" of a column 社区数（个）: the thing counted is what the column counts (its label is
        the noun said after 几个 / 多少个, with 数), in one count unit — its total is the answer, not the
        number of rows printing it."""
        units = {f["unit"] for f in numeric}
        if len(units) != 1 or not units <= {"个", "家", "所", "项", "辆", "台", "座", "处", "间", "套"}:
            return False
        said = [fq.text[m.start:m.end] for m in fq.mentions if m.start >= 0]
        cols = {re.sub(r"[（(][^）)]*[）)]$", "", (f["col_labels"] or "").split(query.FACT_SEP)[-1]) for f in numeric}
        return len(said) == 1 and len(cols) == 1 and cols.pop() in (said[0] + "数", said[0] + "数量") \
            and bool(re.search(rf"(?:几|多少){units.pop()}{re.escape(said[0])}", fq.text))

    def _text_of_rows(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        """"青石所什么时候设的", "它是几类事业单位": the named row's text of that kind (in any of its columns,
        a 备注 or 单位类别); a number of the row is never the answer to it."""
        rows = {(f["document_id"], f["sheet"], f["page"], f["line"]): f for f in facts}
        if not rows or len(rows) > 5:
            return FactAnswer("unknown", compose.no_text_of_kind(fq.text_asked == "time", fq.text_asked == "way"))
        pattern = _TEXT_OF_KIND[fq.text_asked]
        found = [x for f in rows.values() for x in self.idx.facts(self._row_siblings(f))
                 if x["number"] is None and pattern.search(x["value"] or "") and (fq.text_asked != "way" or re.search(
                     r"方式|方法|形式|途径", (x["col_labels"] or "").split(query.FACT_SEP)[-1]))]
        if not found and fq.text_asked == "kind" and (grouped := self._group_of_row(list(rows.values()), fq)):
            return grouped
        if not found:
            return FactAnswer("unknown", compose.no_text_of_kind(fq.text_asked == "time", fq.text_asked == "way"))
        return self.values(list({x["id"]: x for x in found}.values()), [])

    def _group_of_row(self, facts: list[dict], fq: FactQuestion) -> FactAnswer | None:
        """"督导室属于什么类别": the one row's label in a column of kinds (单位类别, 项目类型) it is listed
        under; None when the rows are several, the row is a subtotal, the question names the group itself
        ("几类事业单位" asks a kind within it), or no column of kinds holds them."""
        named = {_own_row(f): f for f in facts}
        if len(named) != 1 or _is_total(next(iter(named))):
            return None
        f = next(iter(named.values()))
        if (own := self._kind_column_said(f, fq)) is not None:
            return own
        labels = (f["row_labels"] or "").split(query.FACT_SEP)
        said = {k for m in fq.mentions for k in m.keys}
        if any(label_key(x) in said for x in labels[:-1]):
            return None
        heads = (f["row_heads"] or "").split(query.FACT_SEP)
        for label, head in zip(labels[:-1], heads, strict=False):
            if label and re.search(r"类别|类型|分类|性质|类$", head or "") and not _is_total(label_key(label)):
                return FactAnswer("answered", compose.row_group(labels[-1], label, head) + _cite(self.idx, [f]), [f])
        return None

    def _kind_column_said(self, f: dict, fq: FactQuestion) -> FactAnswer | None:
        """"县道大中修是什么类型" of a plan printing both 支出类别 (its group) and 项目类型 (延续性): the row's one
        text column whose header holds the word said, before the group it stands under."""
        word = next((w for w in ("类型", "类别", "性质", "分类") if w in fq.text), "")
        cols = [x for x in self.idx.facts(self._row_siblings(f)) if word and x["number"] is None
                and word in (x["col_labels"] or "").split(query.FACT_SEP)[-1]]
        return self.values(cols, []) if len(cols) == 1 else None

    def _range(self, facts: list[dict]) -> FactAnswer:
        """The largest of a list less its smallest (rows of one column, one level)."""
        if len(facts) < 2 or len({f["unit"] for f in facts}) > 1:
            return FactAnswer("unknown", compose.NOTHING_TO_COMPARE)
        hi = max(facts, key=lambda f: f["number"])
        lo = min(facts, key=lambda f: f["number"])
        return FactAnswer("answered", compose.fact_range(self._label(hi), fmt_number(hi["number"]), self._label(lo),
                                                         fmt_number(lo["number"]), fmt_number(hi["number"] - lo["number"]),
                                                         hi["unit"] or "", len(facts)) + _cite(self.idx, [hi, lo]), [hi, lo])

    def row_listing(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"机关那组有哪些单位": the rows asked for are the units (their names), not each of their values;
        subtotal and total rows are no units. None when the facts are one row or one column."""
        if not re.search(r"(?:哪些|哪几个|哪几项|有什么)(?:单位|项目|科目|街道|镇|部门|机构|所|中心|支出|收入)?$|"
                         r"(?:单位|项目|科目|街道|机构|部门)(?:有|都有|包括)?(?:哪些|哪几个|什么)|"
                         r"类(?:的)?(?:采购)?项目$|类的$|"  # "工程类项目": the rows of that kind
                         r"(?:哪些|哪几个|哪几项)[\u4e00-\u9fff]{2,6}(?:服务)?项目$", fq.text):  # 哪些购买服务项目
            return None
        if len({f["col_labels"] for f in facts}) < 2:
            return None
        if (outer := self._rows_at_head_said(fq, facts)) is not None:
            return outer
        rows: dict[tuple, dict] = {}
        for f in facts:
            leaf = (f["row_labels"] or "").split(query.FACT_SEP)[-1]
            if leaf and not _is_total(label_key(leaf)) and f["number"] is not None:
                rows.setdefault((f["document_id"], f["sheet"], f["line"]), f)
        if len(rows) < 2:
            return None
        kept = _without_parents(list(rows.values()))
        # a group's heading over the rows listed (一、交通运输 over its projects) is no row of them — unless it
        # names a unit itself (一、区教育局 over its schools)
        numeric = [f for f in facts if f["number"] is not None]
        items = {f["id"] for f in leaves(numeric, self._same_sheets(numeric))}
        over = {(f["document_id"], f["sheet"], f["line"]) for f in numeric if f["id"] not in items
                and not is_entity_label(label_key(strip_numbering(own_label(f))))}
        kept = [f for f in kept if (f["document_id"], f["sheet"], f["line"]) not in over] or kept
        if len(kept) < 2:
            return None
        names = [(f["row_labels"] or "").split(query.FACT_SEP)[-1] for f in kept]
        return FactAnswer("answered", compose.numbered_items(names) + _cite(self.idx, kept[:30]), kept,
                          ranked=[f["id"] for f in kept[:30]])  # "第二个多少万": the second row listed

    def _rows_at_head_said(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"水利局有哪些项目" of a monitoring table whose rows are 项目名称 › 三级指标 (each project over its indicators'
        rows): the names in the row column the noun said heads (项目 → 项目名称), once each, not the indicators
        below them; None when no row column is so headed or no row stands below it."""
        m = _HEAD_NOUN_LISTED.search(fq.text)
        if m is None:
            return None
        noun, deeper = m.group(1) or m.group(2), False
        names: dict[str, dict] = {}
        for f in facts:
            labels = (f["row_labels"] or "").split(query.FACT_SEP)
            heads = (f["row_heads"] or "").split(query.FACT_SEP)
            at = next((i for i, h in enumerate(heads[:len(labels)]) if h.startswith(noun)), -1)
            if at < 0 or not labels[at] or _is_total(label_key(labels[at])):
                continue
            if labels[at] not in names or f["number"] is not None and names[labels[at]]["number"] is None:
                names[labels[at]] = f  # (a figure of the row, for "第二个多少万" after the list)
            deeper = deeper or len(labels) > at + 1
        if len(names) < 2 or not deeper:
            return None
        kept = list(names.values())
        return FactAnswer("answered", compose.numbered_items(list(names)) + _cite(self.idx, kept[:30]), kept,
                          ranked=[f["id"] for f in kept[:30]])

    def changed_at_level(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """"哪些项级科目今年是增加的": the coded lines of that level (类 3 digits, 款 5, 项 7) whose printed
        change (增减额, 比上年增减) rose (or fell); None when not so asked or no table prints a change."""
        said = _LEVEL_CHANGE.fullmatch(fq.leftover)
        if not fq.level or fq.mentions or said is None or not re.search(r"哪(?:些|几|个)", fq.text):
            return None
        idx = self.idx
        code = re.compile(rf"^\d{{{_LEVEL_DIGITS[fq.level]}}}(?!\d)")
        ids = [f for d in docs for f in idx.docs[d].facts][:5000]
        rows = [x for x in idx.facts(ids) if x["number"] is not None and x["unit"] != "%"
                and re.match(r"(?:增减|增长|增加|减少|变动|变化|比上年)", x["col_labels"] or "")
                and not re.search(r"率|幅", x["col_labels"] or "") and any(code.match(k) for k in idx.row_keys(x["id"]))]
        if not rows or len({x["document_id"] for x in rows}) != 1:
            return None
        word = "减少" if said.group(1) else "增加"
        hits = [x for x in rows if (x["number"] < 0 if said.group(1) else x["number"] > 0)]
        if not hits:
            return FactAnswer("answered", compose.none_changed(word, len(rows)) + _cite(idx, rows[:10]), rows)
        lines = [compose.fact_value(self._label(x), _shown(x)) for x in hits]
        return FactAnswer("answered", compose.numbered_items(lines, compose.changed_head(word, len(rows)))
                          + _cite(idx, hits), hits)

    def _without_headings(self, facts: list[dict]) -> list[dict]:
        """"哪些项目有上级补助资金" of a plan whose group headings (一、续建项目) print their projects' sums: the
        projects, not the headings over them (as row_listing) — unless a heading names a unit itself."""
        numeric = [f for f in facts if f["number"] is not None]
        if len(numeric) < 3 or len({(f["document_id"], f["sheet"], f["col_labels"]) for f in numeric}) != 1:
            return facts
        items = {f["id"] for f in leaves(numeric, self._same_sheets(numeric))}
        over = {f["id"] for f in numeric if f["id"] not in items and not _is_total(label_key(own_label(f)))
                and not is_entity_label(label_key(strip_numbering(own_label(f))))}
        kept = [f for f in facts if f["id"] not in over]
        return kept if len([f for f in kept if f["number"] is not None]) >= 2 else facts

    def listing(self, facts: list[dict]) -> FactAnswer:
        if items := self._items_named(facts):
            # a project's indicators: each by its own name with its figures ("第一个" then names it)
            lines = [compose.item_figures(f["value"], [((x["col_labels"] or "").split(query.FACT_SEP)[-1], _shown(x))
                                                       for x in row]) for f, row in items]
            return FactAnswer("answered", compose.numbered_items(lines) + _cite(self.idx, facts[:30]), facts)
        facts = self._without_headings(_numbered_items(facts))
        # "支出明细有哪些": the lines are the items, their 合计 row said after them, unnumbered ("第二项" is
        # the table's second line, as the list shows it)
        totals = [f for f in facts if f["number"] is not None
                  and _is_total(label_key((f["row_labels"] or "").split(query.FACT_SEP)[-1]))]
        lines_of = [f for f in facts if f not in totals]
        if len(totals) > 1 and (grand := [f for f in totals if re.match(r"(?:合计|总计)", own_label(f))]):
            totals = grand[:1]  # (a group's 小计 beside the table's 合计 is no item listed, nor the whole)
        elif len(totals) > 1 and len(lines_of) >= 2 and all(re.search(r"小计$", own_label(f)) for f in totals) \
                and all(f["number"] is not None for f in lines_of) and len({(f["document_id"], f["col_labels"]) for f in facts}) == 1:
            # ("哪些项目有上年结转": the groups' 小计 lines add up the items listed; they are none of them)
            facts = lines_of
            return FactAnswer("answered", compose.numbered_items([compose.fact_value(self._label(f), _shown(f)) for f in facts])
                              + _cite(self.idx, facts[:30]), facts)
        if len(totals) == 1 and len(lines_of) >= 2 and all(f["number"] is not None for f in lines_of) \
                and len({(f["document_id"], f["col_labels"]) for f in facts}) == 1:
            lines = [compose.fact_value(self._label(f), _shown(f)) for f in lines_of]
            return FactAnswer("answered", compose.numbered_items(lines) + "\n"
                              + compose.fact_value(_name(totals[0]), _shown(totals[0])) + _cite(self.idx, facts[:30]),
                              lines_of + totals)
        return FactAnswer("answered", compose.numbered_items([compose.fact_value(self._label(f), _shown(f)) for f in facts])
                          + _cite(self.idx, facts[:30]), facts)

    def filtered(self, fq: FactQuestion, facts: list[dict], departments: bool = False) -> FactAnswer:
        """The rows passing the condition said; `departments`: the facts are departments' own lines (a block's
        小计 among them), each an item."""
        # (a total line, 合计 or 本年支出合计 / 收入总计, adds the rows up: it is none of them)
        facts = facts if departments else [f for f in facts if not re.match(r"^(?:合计|总计|小计)", last := (
            f["row_labels"] or "").split(query.FACT_SEP)[-1]) and not _is_total(label_key(last))]
        if fq.cmp == "same":
            return self.same_columns(facts)
        if fq.cmp in ("below_full", "below_target") or fq.cmp == "differ" and _DONE_AGAINST_TARGET.search(fq.text):
            return self._short_of(fq, facts)
        if fq.cmp == "differ":
            return self.same_columns(facts, differ=True)
        n = fq.number
        facts = _of_the_unit_said(fq, facts)
        if n is not None and fq.number_unit.startswith("万") and facts and all(f["unit"] == "元" for f in facts if f["number"] is not None):
            n *= 10000  # "超过九十万" of a column in 元
        elif n is not None and fq.number_unit.startswith("万") and facts and all(
                (f["unit"] or "") not in _NOT_COUNTS for f in facts if f["number"] is not None):
            n *= 10000  # "服务人口不足一万" of a column counting 人
        ops = {"eq": lambda x: abs(x - n) < 1e-9, "ne": lambda x: abs(x - n) >= 1e-9, "lt": lambda x: x < n, "gt": lambda x: x > n, "ge": lambda x: x >= n,
               "le": lambda x: x <= n}
        test = ops.get(fq.cmp or "eq")
        if test is None:  # below_full / below_target are answered above
            raise ValueError(f"unknown comparison {fq.cmp!r}")
        if fq.percent and any(f["unit"] == "%" for f in facts):
            facts = [f for f in facts if f["unit"] == "%"]  # "执行不到九成": the rate, not the amount executed
        if not fq.level and not departments:
            # "执行率40%以下的项目": a 小计 line over them is no item
            facts = _items_of_the_level_said(fq, facts, self._same_sheets(facts), filtering=True)
        if (verdict := self._figure_checked(fq, facts, test)) is not None:
            return verdict
        if (one := self._pool_of_one_row(fq, facts)) is not None:
            return one
        hits = [f for f in facts if f["number"] is not None and test(f["number"])]
        if not hits:
            return FactAnswer("answered", compose.none_fits(len(facts)) + _cite(self.idx, facts[:10]), facts)
        lines = [compose.fact_value(self._label(f), _shown(f)) for f in hits[:30]]
        return FactAnswer("answered", compose.numbered_items(lines, count=len(hits)) + _cite(self.idx, hits[:30]), hits)

    def _pool_of_one_row(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"发行利率超过2.3的有哪些项目" read over the one row a name picked (项目 of a row's name): which rows pass is
        never settled by that row alone — no "没有符合条件的项" nor a list of one; unknown, the row said."""
        numbered = [f for f in facts if f["number"] is not None]
        if len(numbered) != 1 or not _says(compact(fq.text), _item_words(self.idx), "which"):
            return None
        return FactAnswer("unknown", compose.filter_of_one_row(self._label(numbered[0])) + _cite(self.idx, numbered),
                          [], settled=True)

    def _short_of(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        """"哪些没拿满分" (below_full), "哪些没达标" (below_target): the rows whose done figure (完成值, 得分) falls
        short of its full marks or target, each checked in its own row."""
        # (below full marks is a score's question: 得分 against 分值, never the row's 实际完成值 beside them)
        done_re = r"得分" if fq.cmp == "below_full" else r"完成|实际|得分|执行数"
        ref_re = r"分值|权重|满分" if fq.cmp == "below_full" else \
            r"指标值|目标|计划|预算数" if re.search(r"预算|资金|钱|经费", fq.text) else r"指标值|目标|计划"
        seen: set[tuple] = set()
        checked, out = 0, list[tuple[dict, dict]]()
        everything = self._same_sheets(facts)
        said = {k for m in fq.mentions if m.exact and m.quality > 1 - 1e-9 for k in m.keys}
        # (a group of rows named whole, 管理类指标: the rows printed under it, not every row of the sheet; never a
        # word several groups end with, 指标)
        everything = [x for x in everything if said & set(self.idx.fact_keys.get(x["id"], ())[:self.idx.fact_nrows.get(x["id"], 0)])] \
            or everything
        if fq.cmp == "below_target" and fq.subject_docs and (stated := self._short_as_stated(everything)) is not None:
            return stated
        for f in everything:
            key = (f["document_id"], f["sheet"], f["page"], f["line"])
            if key in seen:
                continue
            seen.add(key)
            if _is_total(label_key((f["row_labels"] or "").split(query.FACT_SEP)[-1])):
                continue  # (a 总分 or 合计 line adds the rows up: it is not one of them)
            sib = self.idx.facts(self._row_siblings(f))
            # (an indicator's 实际完成值 beside its project's 执行数 on one line: the indicator's, set against its target)
            done = next((x for x in sib if re.search(r"实际完成|完成值", x["col_labels"] or "")), None) \
                if fq.cmp != "below_full" else None
            done = done or next((x for x in sib if re.search(done_re, x["col_labels"] or "")), None)
            ref = next((x for x in sib if re.search(ref_re, x["col_labels"] or "") and x is not done), None)
            if done is None or ref is None:
                continue
            checked += 1
            short = _differs(done, ref) if fq.cmp == "differ" else _falls_short(done, ref)
            if short is None:  # (a figure with a unit the reader keeps as words, 22座 against ≥20座)
                checked -= 1
                continue
            if short:
                out.append((done, ref))
        if not checked:
            return FactAnswer("unknown", compose.NOTHING_TO_SET_AGAINST_TARGET)
        if not out:
            return FactAnswer("answered", compose.all_reached(checked) + _cite(self.idx, facts[:10]),
                              facts)
        lines = [compose.item_with(k, _name(f), _shown(f), _name(r).split(" ")[-1], _shown(r))
                 for k, (f, r) in enumerate(out, start=1)]
        return FactAnswer("answered", compose.checked_list(lines, checked) + _cite(self.idx, [f for f, _ in out]),
                          [f for f, _ in out])

    def _short_as_stated(self, everything: list[dict]) -> FactAnswer | None:
        """"监控表里哪个指标没达标" of a table stating each row's verdict (完成进度: 已达标 / 未达标): the rows it says
        fall short, as it says — never a half-year's figure set against the whole year's target (636次 of ≥1200次
        is on schedule, not short). None when no row states a verdict."""
        verdicts = [f for f in everything if f["number"] is None and _VERDICT.match(compact(f["value"] or ""))]
        if not verdicts:
            return None
        short = [f for f in verdicts if _VERDICT.match(compact(f["value"] or "")).group(1)]  # type: ignore[union-attr]
        if not short:
            return FactAnswer("answered", compose.all_reached(len(verdicts)) + _cite(self.idx, verdicts[:10]), verdicts)
        lines, used = [], []
        for k, f in enumerate(short, start=1):
            sib = self.idx.facts(self._row_siblings(f))
            done = next((x for x in sib if re.search(r"实际完成|完成值|完成数", x["col_labels"] or "")), None)
            ref = next((x for x in sib if re.search(r"指标值|目标", x["col_labels"] or "")), None)
            shown = f"{_shown(done)}，{_shown(f)}" if done is not None else _shown(f)
            lines.append(compose.item_with(k, _name(done or f).rsplit(" ", 1)[0], shown,
                                           _name(ref).split(" ")[-1] if ref else "", _shown(ref) if ref else ""))
            used += [x for x in (f, done, ref) if x is not None]
        return FactAnswer("answered", compose.checked_list(lines, len(verdicts)) + _cite(self.idx, used), used)

    def _figure_checked(self, fq: FactQuestion, facts: list[dict], test) -> FactAnswer | None:
        """"白沙乡耕地地力保护补贴是五十万吗": one figure checked against the number said — yes or no, with the
        figure itself (said approximately, "七十二万多吗": the figure alone, no verdict a rounding could make
        wrong); None when the question is no yes/no question about one figure."""
        numbers = [f for f in facts if f["number"] is not None]
        if len(numbers) != 1 or not _YES_NO_ASKED.search(fq.text):
            return None
        f = numbers[0]
        verdict = None if _APPROXIMATE.search(fq.text) else bool(test(f["number"]))
        return FactAnswer("answered", compose.figure_checked(_name(f), _shown(f), verdict) + _cite(self.idx, [f]), [f])

    def same_columns(self, facts: list[dict], differ: bool = False) -> FactAnswer:
        """The rows whose columns named hold one and the same number (决算数 = 预算数, 编制数 = 实有人数); with
        differ, those whose columns do not ("决算和预算不一样的")."""
        rows: dict[tuple, list[dict]] = defaultdict(list)
        for f in facts:
            if f["number"] is not None:
                rows[(f["document_id"], f["sheet"], f["page"], f["line"])].append(f)
        compared = [_total_columns(fs) for fs in rows.values() if len({f["col_labels"] for f in fs}) >= 2]
        if not compared:
            return FactAnswer("unknown", compose.NOTHING_TO_COMPARE)
        hits = [fs for fs in compared if (len({f["number"] for f in fs}) == 1) != differ]
        if not hits:
            return FactAnswer("answered", compose.none_fits(len(compared)) + _cite(self.idx, facts[:10]), facts)
        lines = [compose.fact_value(_name(fs[0]).split(" ")[0], "、".join(
            f"{_name(f).split(' ')[-1]} {_shown(f)}" for f in fs)) for fs in hits[:30]]
        used = [f for fs in hits for f in fs]
        return FactAnswer("answered", compose.numbered_items(lines, count=len(hits)) + _cite(self.idx, used[:30]), used)

    def major_subjects(self, question: str, doc_ids: list[int] | None) -> FactAnswer | None:
        """"国资预算支出有哪几大类", "收入里哪几大类比上年下降了": the top-level subjects of a coded table's sheet
        (subjects_at_the_top of the flow said), each with its figure of the year's column, kept to those whose
        change (its 增减额 column, else this year's less last year's) went the way said; None unless the question
        asks the 大类 of one table that prints subject codes."""
        text = compact(normalize(question))
        if not _MAJOR_ASKED.search(text):
            return None
        fq = self.peek(question)
        docs = sorted(fq.subject_docs) or [d for n in fq.departments for d in self.idx.dept_docs.get(n, ())] \
            or list(doc_ids or ())
        facts = [f for f in self.idx.facts([x for d in docs[:1] for x in self.idx.docs[d].facts][:5000])
                 if f["number"] is not None and row_code(f)] if len(docs) == 1 else []
        flows = flow_words(getattr(self.idx, "vocab_path", ""))
        if not flow_said(text, flows) and mixes_flows(facts, flows):  # ("有哪几大类": each flow's own, never one list)
            parts = [(word, self.major_subjects(question + word, doc_ids)) for word in flows]
            return FactAnswer("answered", "\n".join(compose.of_the_flow(w, fa.text) for w, fa in parts if fa),
                              [f for _, fa in parts if fa for f in fa.facts]) if all(fa for _, fa in parts) else None
        top = subjects_at_the_top(of_the_flow_said(facts, text, flows), flows)
        if not top or len({f["sheet"] for f in top}) != 1:
            return None
        amount = _year_column(top, "本年") or _year_column(top, "预算")
        if amount is None:
            return None
        way = "fall" if _FELL.search(text) else "rise" if _ROSE.search(text) else ""
        rows = [f for f in top if f["col_labels"] == amount]
        if way:
            change = {f["line"]: f["number"] for f in top if _CHANGE_LAST.match(_last_col(f)) and f["unit"] != "%"}
            before = _year_column(top, "上年")
            if not change and before is not None:
                change = {f["line"]: r["number"] - f["number"] for f in top if f["col_labels"] == before
                          for r in rows if r["line"] == f["line"]}
            if not change:
                return None
            rows = [f for f in rows if f["line"] in change and (change[f["line"]] < 0 if way == "fall" else change[f["line"]] > 0)]
            items = [(own_label(f), _shown(f), fmt_number(change[f["line"]]) + (f["unit"] or "")) for f in rows]
        else:
            items = [(own_label(f), _shown(f), "") for f in rows]
        title = compact(top[0].get("section") or "") or self.idx.docs[top[0]["document_id"]].form or ""
        return FactAnswer("answered", compose.major_subjects(title, _last_col(rows[0]) if rows else "", items, way)
                          + _cite(self.idx, rows or top[:1]), rows)

    def labels_of_level(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"一级指标有哪些": a level named by the header of its row-label column, nothing else said of it (no
        filter, no row): its distinct labels, not the innermost rows under them; None otherwise."""
        if not fq.mentions or fq.cmp or fq.values or fq.number is not None \
                or not all(m.keys <= self.idx.head_keys for m in fq.mentions):
            return None
        heads = [h for h in self.idx.head_labels if any(h in m.keys or h == k for m in fq.mentions for k in m.keys)]
        inner = {k for f in facts if not _is_total(k := label_key((f["row_labels"] or "").split(query.FACT_SEP)[-1]))}
        if not heads or any(set(self.idx.head_labels[h]) & inner for h in heads):
            return None  # (the innermost level, 三级指标 or 项目支出明细, is the rows themselves: listed as rows are)
        return self._level_labels(fq, facts)

    def count(self, fq: FactQuestion, facts: list[dict], groups: list[list[Mention]]) -> FactAnswer:
        if (level := self._level_labels(fq, facts)) is not None:
            return level
        if (none := self._count_of_rows_named(fq, facts)) is not None:
            return none
        return self._count_items(fq, facts)

    def _count_of_rows_named(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """A count asked of the very rows named is no count of them: "城乡客运线路延伸开通了几条线路" asks a quantity
        of the one row (never that row counted as one); "吉强镇一共有多少个村" of a table with no column counting 村
        asks what the table does not hold (a 备注 "含12个村" is no count of all). None when a row not named is among
        the facts, or nothing is left over to be counted."""
        measured = _COUNT_IN_TEXT.search(fq.text)
        if measured and measured.group(1) and measured.group(1) not in "个项家" and measured.group(2) \
                and len({self._row_key(f["id"]) for f in facts}) == 1:
            return FactAnswer("unknown", compose.no_count_in(measured.group(1)))
        asked = re.search(r"(?:几|多少)(?:个|家|所)?([\u4e00-\u9fff]{1,8}?)(?:呢|啊|吗)?$", fq.text)
        noun = asked.group(1) if asked else ""
        if not noun or noun in _MEASURE_ALONE or any(noun in k for f in facts for k in self.idx.fact_keys.get(f["id"], ())):
            return None  # (a column counting it, 网格数（个）: its figure is read elsewhere)
        named = {k for m in fq.mentions if m.start >= 0 and m.exact for k in m.keys}
        rows = {_own_row(f) for f in facts}
        if not named or not rows or any(label_key(r) not in named for r in rows):
            return None
        return FactAnswer("unknown", compose.count_not_in_table("、".join(sorted(rows)), noun)
                          + _cite(self.idx, facts[:3]), facts[:3], settled=True)

    def _level_labels(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        # A level named by a row head ("二级指标"): count its distinct labels.
        heads = [h for h in self.idx.head_labels if any(h in m.keys or h == k for m in fq.mentions for k in m.keys)]
        # "几个单位" said of 单位名称 and 单位类别 alike: the rows' own names are the items counted, not their kinds
        heads.sort(key=lambda h: not h.endswith("名称"))
        scoped = {k for f in facts for k in self.idx.fact_keys.get(f["id"], ())}
        # the level's labels in the matched tables only: another table's 单位名称 rows are not these
        labels = [x for x in sorted(self.idx.head_labels[heads[0]]) if x in scoped or not facts] if heads else []
        # the table's own rows in its order; its 合计 row is no item of the level
        first: dict[str, int] = {}
        for f in sorted(facts, key=lambda f: (f["document_id"], f["page"] or 0, f["line"] or 0)):
            for part in (f["row_labels"] or "").split(query.FACT_SEP):  # (an outer level's labels too: 二级指标)
                first.setdefault(label_key(part), len(first))
        # (nor is a 合计 row labelled by its count, "合计 | 9个项目")
        whole = {label_key(f["row_labels"].split(query.FACT_SEP)[-1]) for f in facts if self._is_total_fact(f, "row")}
        labels = sorted((x for x in labels if not _is_total(x) and x not in whole), key=lambda x: (first.get(x, len(first)), x))
        own = {r for f in facts for r in [(f["row_labels"] or "").split(query.FACT_SEP)[-1]] if label_key(r) in labels}
        if len({label_key(r) for r in own}) < len(own):
            return None  # rows told apart by their brackets only (…（中央资金）, …（省级配套）): each one counted
        if labels and facts:
            # a group's heading over rows of the level ("一、交通运输" over its projects) is no item of it
            kept = {f["id"] for f in leaves(facts, self._same_sheets(facts))}
            over = {_own_row(f) for f in facts if f["id"] not in kept}
            labels = [x for x in labels if x not in over] or labels
        if labels:
            h = heads[0]
            # each as the table prints it ("DP01 青石街道", not its key "dp01青石街道")
            printed = {label_key(r): r for f in facts for r in (f["row_labels"] or "").split(query.FACT_SEP)}
            # "第三项是什么" next takes the third label counted, in this order (ranked)
            at: dict[str, dict] = {}
            for f in facts:
                at.setdefault(label_key((f["row_labels"] or "").split(query.FACT_SEP)[-1]), f)
            order = [at[x]["id"] for x in labels if x in at]
            labels = [printed.get(x, x) for x in labels]
            return FactAnswer("answered", compose.labels_of_level(h, labels) + _cite(self.idx, facts[:20]), facts,
                              ranked=order if len(order) == len(labels) else [])
        return None

    def _count_items(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        # A row named only by its serial number ("1", "2") is named by its value ("上海市…服务中心"); a
        # heading row over items (项目支出 over its projects) is not one of them.
        # The table's 合计 / 总计 rows add the items up: they are not items counted; nor, in a flat column,
        # what is set beside that 合计 after it (年末结转结余 between 本年支出合计 and 支出总计).
        items = [f for f in facts if not self._is_total_fact(f, "row")] or facts
        totals = [f for f in facts if self._is_total_fact(f, "row")]
        if totals and len({(f["document_id"], f["sheet"], f["col_labels"]) for f in facts}) == 1 \
                and not any(query.FACT_SEP in (f["row_labels"] or "") for f in facts):
            closing = min((f["page"] or 0, f["line"] or 0) for f in totals)
            items = [f for f in items if (f["page"] or 0, f["line"] or 0) < closing] or items
        if not fq.level:  # "（一）市政和产业园区基础设施" over its projects is their sum, no project counted
            items = _items_of_the_level_said(fq, items, self._same_sheets(items))
        named: dict[str, dict] = {}  # each row counted by the name shown, its first fact: "第三项是什么" follows it
        for f in _without_parents(_numbered_items(items)):
            row = _name(f).split(" ")[0]
            named.setdefault(f["value"] if re.fullmatch(r"[0-9一二三四五六七八九十]+[.、]?", row) else row, f)
        rows = list(named)
        depts = {f["department"] for f in items}
        own = [r for r in rows if len(depts) == 1 and is_own_line(r, next(iter(depts)) or "")]
        if own and len(rows) > len(own) and "单位" in fq.text:
            # "社工部下面有几个单位": its own line (…（本级）) is no unit under it
            return FactAnswer("answered", compose.units_counted(rows, own, bool(UNITS_UNDER.search(fq.text)))
                              + _cite(self.idx, items[:20]), items)
        return FactAnswer("answered", compose.counted_items(rows) + _cite(self.idx, items[:20]), items,
                          ranked=[f["id"] for f in named.values()])


# "有哪几大类", "哪些大类", "分几大类": a coded table's top-level subjects listed
_MAJOR_ASKED = re.compile(r"(?:哪几|哪些|几)个?大类|大类(?:有|是)(?:哪些|哪几|几)")
_FELL = Words("departments", "{went_down}")  # (the way a change went, in the vocabulary's words)
_ROSE = Words("departments", "{went_up}")
_CHANGE_LAST = re.compile(r"^(?:比上年)?增减额?$|^增(?:长|加)额$")


def _last_col(f: dict) -> str:
    return label_key((f["col_labels"] or "").split(query.FACT_SEP)[-1])


def _year_column(facts: list[dict], word: str) -> str | None:
    """The one column of money (no change, no rate) whose label says the word (本年 of 本年预算数, 上年 of 上年执行数)."""
    cols = {f["col_labels"] for f in facts if f["unit"] != "%" and word in compact(f["col_labels"] or "")
            and not re.search(r"增减|增长|比上年|%", f["col_labels"] or "")}
    return next(iter(cols)) if len(cols) == 1 else None


def _items_of_the_level_said(fq: FactQuestion, facts: list[dict], whole: list[dict], filtering: bool = False) -> list[dict]:
    """The rows compared or filtered: those at the level of the items the question asks of. A heading or 小计
    line standing over items among them (outline.leaves) is their sum, not an item — unless the question names
    the headings' level by a word all of them say and no item does ("哪个债务余额最多" over 一、一般债务 and
    二、专项债务, not 县本级 under them)."""
    items = leaves(facts, whole)
    if not items or len(items) == len(facts):
        return facts
    kept = {f["id"] for f in items}
    heads = {f["id"]: label_key(strip_numbering(own_label(f))) for f in facts if f["id"] not in kept}
    asked = re.search(r"哪(?:一)?(?:个|类|种|项|些)?([\u4e00-\u9fff]{2})", compact(fq.text))  # the noun after 哪个
    if asked and all(asked.group(1) in h for h in heads.values()) \
            and not any(asked.group(1) in label_key(own_label(f)) for f in items) \
            and not any(_row_head_noun(f) == asked.group(1) for f in items):  # (项目 of 项目名称 names the items)
        return [f for f in facts if f["id"] in heads]
    if filtering:
        # a filtered list leaves out a heading line only when it is a 小计/合计 or the question names the items'
        # level (项目 of 项目名称) and the heading is no item of that kind itself (（一）城镇基础设施 over projects);
        # a heading that is an item too (一、区教育局 over its schools) passing the bound is listed
        named = {n for f in items for n in [_row_head_noun(f)] if n and n in compact(fq.text)}
        return [f for f in facts if f["id"] in kept or f["id"] in heads and not _is_total(heads[f["id"]])
                and not (named and not is_entity_label(heads[f["id"]]))]
    return items


def _row_head_noun(f: dict) -> str:
    """The noun of the head of a line's column of row labels (项目 of 项目名称, 单位 of 单位名称), "" when none."""
    head = label_key((f.get("row_heads") or "").split(query.FACT_SEP)[-1])
    return head.removesuffix("名称") if len(head.removesuffix("名称")) >= 2 else ""


# "完成值不是目标值", "和目标值不一样": a done figure set against its row's target (never two budget columns)
_DONE_AGAINST_TARGET = re.compile(r"完成|目标|指标值|达到|实际")


def _falls_short(done: dict, ref: dict) -> bool | None:
    """Whether a row's done figure falls short of its target (more than a ≤ target allows); None when the two
    cannot be set against each other."""
    if done["number"] is not None and ref["number"] is not None:
        return done["number"] > ref["number"] if ref["value"].startswith("≤") else done["number"] < ref["number"]
    return _short_of_target(done["value"] or "", ref["value"] or "")


def _differs(done: dict, ref: dict) -> bool | None:
    """Whether a row's done figure is not its target as printed (较有效 against 有效; 88% against 90)."""
    if done["number"] is not None and ref["number"] is not None:
        return abs(done["number"] - ref["number"]) > 1e-9
    a, b = (re.sub(r"^[≥≤><=]+", "", (x["value"] or "").strip()) for x in (done, ref))
    return a != b if a and b else None


def _values_out(text: str, values: list[str]) -> str:
    """The question without the values it says (a value never names the department it is said of)."""
    for v in values:
        text = text.replace(v, " ")
    return compact(text)


# Units no count is in: money, a rate, none printed
_NOT_COUNTS = ("", "元", "千元", "万元", "亿元", "%")


def _of_the_unit_said(fq: FactQuestion, facts: list[dict]) -> list[dict]:
    """"不足一百人的学校": the number said with a count's unit (人) is of the columns counting in it, never every figure
    of the rows below it; of several such columns of a table, the one printed under no group header (在校学生数
    beside 学生资助 › 资助学生人数). The facts as they are when the unit is none of theirs or is money."""
    unit = (fq.number_unit or "").removeprefix("万")
    if not unit or unit in _NOT_COUNTS or not any(f["unit"] == unit for f in facts):
        return facts
    counted = [f for f in facts if f["unit"] == unit]
    cols = {(f["document_id"], f["col_labels"]) for f in counted}
    top = {c for c in cols if len([x for x in (c[1] or "").split(query.FACT_SEP) if x]) == 1}
    if len(cols) > len({d for d, _ in cols}) and len(top) == len({d for d, _ in cols}):
        counted = [f for f in counted if (f["document_id"], f["col_labels"]) in top]
    return counted
