"""Patterns and small functions the layers of the fact answerer share (rows, lookup, arithmetic, listing,
conversation, answerer)."""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from collections.abc import Mapping, Sequence

from bot.answer import HOLDERS_FIRST, HOLDERS_LAST, QUESTION_WORD
from bot.answer.facts.index import FactIndex
from bot.answer.facts.question import (
    Mention,
)
from bot.answer.facts.values import (
    _name,
    _own_row,
)
from bot.answer.facts.words import (
    BOUGHT,
    _is_total,
    label_key,
)
from bot.language.asking import Words
from bot.language.normalize import compact
from bot.store import queries as query

_UNIT_SCALE = {"元": 1.0, "千元": 1e3, "万元": 1e4, "亿元": 1e8}  # money units, in 元

# A row's full marks and its score (自评表: 分值 | 得分): what was lost is the one less the other; never added.
# A row of a table of units: its last row heading is the units' own column (单位名称, 预算单位), never a
# 建设单位 / 实施单位 column naming who carries a project out.
_UNIT_ROW_HEAD = re.compile(r"^(?:预算|下属|所属|二级|基层)?单位(?:名称)?$")


def is_unit_row(f: Mapping | sqlite3.Row) -> bool:
    """Whether a fact is of a row of a table of units (its row heading 单位名称: a 分单位汇总 sheet)."""
    return _UNIT_ROW_HEAD.search((f["row_heads"] or "").split(query.FACT_SEP)[-1]) is not None


_FULL_MARKS = re.compile(r"分值|满分|标准分|权重分?$")
_SCORED = re.compile(r"得分|评分$|自评分")

# "按什么比例", "比例是多少分担": a proportion asked as the text states it, not a share computed.
_RATIO_AS_TEXT = re.compile(r"(?:什么|啥|怎样的?|多少的?)比例|比例(?:是)?怎么|按(?:照)?(?:什么|啥)?比例")

# "商品和服务支出里", "项目支出下面": the rows under the one named; "基本支出有哪几项": its items asked.
_UNDER_SAID = re.compile(r"(?:的)?(?:里面|里边|里|之中|当中|中间|中|下面|下边|以下|下属|下)")
# "第二高的科目", "哪个科目最多": a place or extreme of the items under the row just named, not of the row.
_ITEMS_RANKED = re.compile(r"(?:的)?(?:排)?(?:第[一二三四五六七八九十\d]+|最)(?:高|多|大|少|低|小)?的?(?:科目|项|款|明细)"
                           r"|(?:的)?哪(?:个|一)?(?:科目|项|款|明细)")
# "哪项税收最多": which one of the rows under the row named after it.
_WHICH_ONE_OF = re.compile(r"哪(?:一)?(?:个|项|种)$")
_ITEMS_ASKED = re.compile(r"(?:的)?(?:都|一共|共)?(?:有|包括|包含|分为|分成|分)(?:哪几|哪些|几|多少)(?:项|个|类|部分)?"
                          + "|" + BOUGHT.pattern + "(?:啥|什么|哪些)")


_TOWNSHIP = re.compile(r"(?:镇|乡|街道|街道办事处|苏木)$")

# "放在哪个一级指标下面", "属于哪个二级指标": the label of the level a table prints its rows under.
_PLACED = re.compile(r"(?:放在|属于|归在|归于|归属于?|列在|排在|在)(?:哪个|哪一个|哪一|什么)(?P<head>[\u4e00-\u9fff]{2,5}?)"
                     r"(?:下面|下边|之下|下|里面|里)?(?:的)?(?:呢|吗)?$")

# Punctuation inside a sentence ("省：市：县"), left out when its words are compared with the question's.
_PUNCT_OUT = re.compile(r"[：:，,、\s“”\"]")

# An amount or a count asked: a text naming the thing is not its figure.
_AMOUNT_ASKED = re.compile(r"多少|几|金额|钱|数额")

# The names of things asked ("那4个项目各叫什么"): a count printed is no answer to it.
_NAMES_ASKED = re.compile(r"叫什么|什么名字|名字是|名称是|叫啥")

# When something is done, asked; a time a note states.
_WHEN_ASKED = re.compile(r"什么时候|啥时候|何时|哪天|几时|几月")
_A_TIME = re.compile(r"\d{1,2}月|月底|月末|年底|年末|季度末|\d{1,2}日|上半年|下半年")

# "占总分配资金", "占全区…", "占全部": a share of the whole table, not of the item's own group.
# The rows just listed pointed at ("它们的考核奖补加起来", "这些乡镇的合计").
_ROWS_POINTED = re.compile(r"(?:那|那么)?(?:它们|他们|这些|这几个|那几个|这两个|那两个|这三个|这俩)")
_WHOLE_SAID = re.compile(r"占(?:了)?(?:全区|全县|全市|全镇|全部|所有|整个|总|合计)")

# The kinds of table a question may ask for by name; 预算 is no such word (a 决算 prints its 预算 columns).
_TABLE_KINDS = ("决算", "自评", "申报")


def _passage(value: str, run: str) -> str:
    """The text from where it says `run` (punctuation aside) to that sentence's end; where it says it more
    than once, where it defines it ("个人缴费财政补贴：…") rather than lists it."""
    kept = [(i, ch) for i, ch in enumerate(value) if re.match(r"[\u4e00-\u9fff\w]", ch)]
    plain = "".join(ch for _, ch in kept)
    starts = [m.start() for m in re.finditer(re.escape(run), plain)]
    if not starts:
        return ""
    ends = [kept[s + len(run) - 1][0] + 1 for s in starts]
    pick = next((k for k, e in enumerate(ends) if value[e:e + 1] in ("：", ":") or value[e:e + 1] == "为"), 0)
    at = kept[starts[pick]][0]
    end = value.find("。", at)
    return value[at:end if end > 0 else len(value)]


_TEXT_ASKED = re.compile(r"怎么|如何|什么|啥|标准|规定|依据|办法")
_KINDS_ASKED = re.compile(r"是啥|是什么|有哪些|有啥|哪些|哪几")
_BASIS = re.compile(r"的?(?:测算依据|测算标准|测算方法|测算说明|依据是什么|依据是啥|(?:怎么|咋|如何|怎样)(?:测算|计算|算))")


# (a change asked, 调整 / 增减 / 变动, is a figure of its own column: never the suffix of the line's name)
_KIND_OF_FIGURE = re.compile(r"数量|人数|个数|次数|面积|套数|台数|件数|户数|人次|数目|重量|长度|标准|单价|调整|增减|变动")


def _without_a_generic_suffix(groups: list[list[Mention]], sets: list[set[int]], text: str = "",
                              kept: Sequence[list[Mention]] = (), idx=None) -> tuple[list, list]:
    """A generic word after a name ("行政运行支出"): a two-character mention that no fact carries together
    with the others is the name's suffix, not a constraint (groups and sets unchanged when none is); the
    groups `kept` are constraints whatever they are (预算 said of a final account's line)."""
    # (a kind of figure the name's row may not hold — 数量, 人数 — is no suffix: "保洁服务数量" asks a count)
    keep = [i for i, g in enumerate(groups) if any(g is k for k in kept) or any(m.part for g2 in groups for m in g2) or not (
        len(g) == 1 and g[0].end - g[0].start <= 2 and g[0].start >= 0 and len(sets[i]) > 3
        and not _KIND_OF_FIGURE.fullmatch(text[g[0].start:g[0].end])
        and not _field_the_rest_lacks(idx, g[0], text, [x for j, x in enumerate(sets) if j != i]))]
    if keep and len(keep) < len(groups) and set.intersection(*[sets[i] for i in keep]):
        return [groups[i] for i in keep], [sets[i] for i in keep]
    return groups, sets


def _field_the_rest_lacks(idx, m: Mention, text: str, others: list[set[int]]) -> bool:
    """"X投向了什么项目": a word read only as a synonym of a field (投向 of 主要用途 / 主要用于), none of the tables of
    what the other words find printing that field, asks that field — no suffix of the name (a word of asking so
    read, 在哪 of 用在哪, asks nothing of its own)."""
    said = text[m.start:m.end]
    if idx is None or not others or any(said in k for k in m.keys) or QUESTION_WORD.search(said):
        return False
    docs = {idx.fact_doc[f] for f in set.intersection(*others)}
    return bool(docs) and not any(m.keys & idx.doc_keys.get(d, set()) for d in docs)


# A note saying what the table leaves out ("本表不含项目支出").
_LEFT_OUT = re.compile(r"不(?:含|包括|包含|涉及)|未(?:含|包括|包含|列入)")
# "为啥低": a reason asked, which a row's 备注 cell may give.
_WHY = Words("reasons", "{why}")
# What a line's money is for, whom it goes to, what was sold ("干啥用", "补给谁的", "转让的是啥"): what its 备注 says.
_WHAT_FOR = re.compile(r"(?:干|做|派)(?:啥|什么|嘛)用|用来(?:干|做)(?:啥|什么|嘛)|有(?:啥|什么)用|(?:补|补贴|补助|发|给)给?谁|给谁|(?:转让|出让|卖|处置)(?:的|了)?(?:是)?(?:啥|什么)")
_REMARK_COLUMN = r"备注|说明|原因|情况说明|原因说明|备注说明"
# A column giving a reason in more words (偏差原因及纠偏措施, 未完成原因): a reason all the same.
_REASON_COLUMN = r"原因"
# "是啥钱", "是什么费用", "指的是什么": what a row is, which a note of the table may say.
# "要买几辆车", "计划引进几个高层次人才": a count with its measure word and maybe the thing counted, read
# from a sentence of the row's texts (an indicator or target cell: "购置负压救护车6辆").
# (a measure of works too, 几条线路 / 多少公里; or none, "新增多少床位": the thing counted said alone)
_COUNT_IN_TEXT = re.compile(r"(?:几|多少)(个|名|位|人|辆|台|套|件|家|所|户|场|期|批|条|张|座|栋|处|间|部|公里|平方米|亩|)"
                            r"([\u4e00-\u9fff]{0,8}?)(?:呢|啊)?$")
_MEASURE_KIN = {"个": "个名位人家所户项", "名": "名人位个", "位": "位名人个", "人": "人名位", "辆": "辆台", "台": "台辆套"}
# The unit a table prints its amounts in ("金额单位", "单位是万元还是元"): asked of the table, not of a figure.
_TABLE_UNIT = re.compile(r"金额单位|(?:万元|元)还是(?:万元|元)|(?:表|金额|数字|数)的?单位是(?:什么|啥|多少)"
                         r"|表的?(?:计量)?单位(?:呢|啊|吗)?$")  # "社保基金表单位": the table's unit, nothing else asked
_WHAT_IT_IS = re.compile(r"(?:是|属于)(?:什么|啥)(?:钱|费用|费|开支|支出|补贴|意思)|指的?是?(?:什么|啥)|是什么意思")
# A column adding several years up ("三年合计", "2025-2027年合计", "累计"): no one year's figure.
_MANY_YEARS = re.compile(r"[两二三四五六七八九十]年(?:合计|总计|累计|小计|共计)|累计|(?:19|20)\d\d\s*[-—~至到]\s*(?:19|20)?\d\d")
# A share asked alone, of the figure just shown ("占比", "它占多少").
_SHARE_ONLY = re.compile(r"(?:那|那么)?(?:它|这个|这项)?(?:的)?(?:占比|占多少|占比例|占的比例|占比重|占百分之几|占几成)"
                         r"(?:是)?(?:多少)?(?:呢|啊)?")
# A column of the years before the table's own ("以前年度已安排", "上年预算数"): no figure of the year planned.
_YEARS_BEFORE = re.compile(r"^(?:以前年度|以往年度|往年|历年|上年|去年|上一年|前年)")


def _fewest_unexplained(facts: list[dict], keys_q: set[str], extra) -> list[dict]:
    """The facts with the fewest label characters the question does not explain; the same line under
    another group ("居家养老上门服务" of 枫林街道 and of 白鹭镇), no group named, is no worse a match for
    its group's longer name: each is asked."""
    least = min(extra(f) for f in facts)
    chosen = [f for f in facts if extra(f) == least]
    alike = {(c["document_id"], c["col_labels"], _own_row(c)): extra(c) - _outer_len(c) for c in chosen}
    return chosen + [f for f in facts if f not in chosen and not keys_q & set(_outer_keys(f))
                     and alike.get((f["document_id"], f["col_labels"], _own_row(f))) == extra(f) - _outer_len(f)]


def _names(facts: list[dict]) -> list[str]:
    """Each fact's name; two lines named alike under different groups (居家养老上门服务 of 枫林街道 and of
    白鹭镇) each with the groups it stands under, so neither is read as the other."""
    names = [_name(f) for f in facts]
    paths: dict[str, set[str]] = defaultdict(set)
    for n, f in zip(names, facts, strict=True):
        paths[n].add(f["row_labels"] or "")
    return [" ".join([*(f["row_labels"] or "").split(query.FACT_SEP)[:-1], n]) if len(paths[n]) > 1
            and not n.startswith((f["row_labels"] or "").split(query.FACT_SEP)[0]) else n for n, f in zip(names, facts, strict=True)]




def _outer_keys(f: dict) -> list[str]:
    """The row labels a fact's row stands under (its groups), not its own."""
    return [label_key(x) for x in (f["row_labels"] or "").split(query.FACT_SEP)[:-1] if x]


def _outer_len(f: dict) -> int:
    return sum(len(k) for k in _outer_keys(f) if not _is_total(k))


def _above_row(f: dict) -> str:
    """The labels a row stands under: its section's (not its own name)."""
    return compact("".join((f["row_labels"] or "").split(query.FACT_SEP)[:-1]) + (f["section"] or ""))


def _one_sheet_each(idx: FactIndex, facts: list[dict]) -> list[dict]:
    """"公务接待费最多的单位" of a table whose sheets are its years (2025年预算, 2024年实际支出): the rows of one
    sheet are ranked, the one of the table's own year (else its first), never two years' rows together."""
    sheets: dict[int, list[str]] = defaultdict(list)
    for f in facts:
        if f["sheet"] and f["sheet"] not in sheets[f["document_id"]]:
            sheets[f["document_id"]].append(f["sheet"])
    kept: dict[int, str] = {}
    for doc, names in sheets.items():
        if len(names) > 1 and all(re.search(r"(?:19|20)\d\d", n) for n in names):  # sheets by year only
            year = str(idx.docs[doc].year or "") if doc in idx.docs else ""
            kept[doc] = next((n for n in names if year and year in n), names[0])
    return [f for f in facts if f["document_id"] not in kept or f["sheet"] == kept[f["document_id"]]] if kept else facts


def marks_apart(facts: list[dict]) -> list[list[dict]] | None:
    """Facts of a 分值 column and of a 得分 column (rows of a 自评表): the two columns apart, full marks first —
    a row's full marks and its score are never added; None when the facts are not exactly those two columns."""
    cols = {(f["col_labels"] or "").split(query.FACT_SEP)[-1] for f in facts}
    full = [f for f in facts if _FULL_MARKS.search((f["col_labels"] or "").split(query.FACT_SEP)[-1])]
    got = [f for f in facts if f not in full and _SCORED.search((f["col_labels"] or "").split(query.FACT_SEP)[-1])]
    if len(cols) != 2 or not full or not got or len(full) + len(got) != len(facts):
        return None
    return [full, got]


def holders_asked(text: str) -> bool:
    """Whether the question asks which departments hold what it names."""
    said = compact(text).rstrip("？?")
    return bool(HOLDERS_FIRST.match(said) or HOLDERS_LAST.match(said))


def again_on_tables(turn, question: str, tables: set[int]):
    """The whole turn run again on the question, kept when answered from those tables alone; the session put back
    otherwise."""
    session = turn.session
    saved = session.to_dict()
    again = type(turn)(turn.kb, turn.rules, session, question).run()
    shown = {s.get("document_id") for s in again.source or ()}
    if again.status == "answered" and shown and shown <= tables:
        again.question = turn.question
        return again
    session.__dict__.update(type(session).from_dict(saved).__dict__)
    return None
