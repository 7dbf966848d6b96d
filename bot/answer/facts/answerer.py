"""The Answerer: a FactQuestion answered from the index, with the values used and the arithmetic."""

from __future__ import annotations

import copy
import re
from collections import defaultdict

from bot.answer import compose
from bot.answer.facts.index import FactIndex, index_for
from bot.answer.facts.question import (
    _CN_NUM,
    _CODE_ASKED,
    _COMMON_GRAMS,
    _LEVEL_DIGITS,
    _NOTE_ASKED,
    _NOTE_SAID,
    _NOTE_WORDS,
    _ORDINAL,
    _PARTS_ASKED,
    _QUANTITY_ASKED,
    _ROW_NOUN_LEFT,
    _ROW_NOUNS,
    _TEXT_OF_KIND,
    _USE,
    _WHICH_ROW_HAS,
    FactAnswer,
    FactQuestion,
    Mention,
    _departments_in,
    read_question,
)
from bot.answer.facts.values import (
    _BUDGET_COLUMN,
    _MONEY_UNITS,
    _PEOPLE_ASKED,
    _cite,
    _code_leaves,
    _col_letters,
    _kind_fits,
    _month,
    _name,
    _named_as,
    _numbered_items,
    _one_level,
    _own_kind_first,
    _own_part,
    _own_row,
    _period_of,
    _prefer,
    _printed_rate,
    _printed_total,
    _row_context,
    _row_path,
    _said_in,
    _scope_docs,
    _shown,
    _size_of,
    _total_columns,
    _without_code,
    _without_parents,
    _years,
    year_in,
    year_of_fact,
)
from bot.answer.facts.words import (
    _ADDED_TO_LAST,
    _EVERY_ONE,
    _FILLER,
    _FOLLOWUP,
    _PART_OF_YEAR,
    _RATE_WORDS,
    PERIODS_LONGEST_FIRST,
    _is_total,
    fmt_number,
    fmt_percent,
    label_key,
    period_in,
)
from bot.language.lexicon import (
    narrow_by_place,
)
from bot.language.normalize import compact, normalize
from bot.store import queries as query

_UNIT_SCALE = {"元": 1.0, "千元": 1e3, "万元": 1e4, "亿元": 1e8}  # money units, in 元

# "按什么比例", "比例是多少分担": a proportion asked as the text states it, not a share computed.
_RATIO_AS_TEXT = re.compile(r"(?:什么|啥|怎样的?|多少的?)比例|比例(?:是)?怎么|按(?:照)?(?:什么|啥)?比例")

# "商品和服务支出里", "项目支出下面": the rows under the one named; "基本支出有哪几项": its items asked.
_UNDER_SAID = re.compile(r"(?:的)?(?:里面|里边|里|之中|当中|中间|中|下面|下边|以下|下属|下)")
_ITEMS_ASKED = re.compile(r"(?:的)?(?:都|一共|共)?(?:有|包括|包含|分为|分成|分)(?:哪几|哪些|几|多少)(?:项|个|类|部分)?")


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
_WHOLE_SAID = re.compile(r"占(?:了)?(?:全区|全县|全市|全镇|全部|所有|整个|总)")

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
_BASIS = re.compile(r"的?(?:测算依据|测算标准|测算方法|测算说明|依据是什么|怎么测算)")


def _without_a_generic_suffix(groups: list[list[Mention]], sets: list[set[int]]) -> tuple[list, list]:
    """A generic word after a name ("行政运行支出"): a two-character mention that no fact carries together
    with the others is the name's suffix, not a constraint (groups and sets unchanged when none is)."""
    keep = [i for i, g in enumerate(groups) if any(m.part for g2 in groups for m in g2) or not (
        len(g) == 1 and g[0].end - g[0].start <= 2 and g[0].start >= 0 and len(sets[i]) > 3)]
    if keep and len(keep) < len(groups) and set.intersection(*[sets[i] for i in keep]):
        return [groups[i] for i in keep], [sets[i] for i in keep]
    return groups, sets


# A note saying what the table leaves out ("本表不含项目支出").
_LEFT_OUT = re.compile(r"不(?:含|包括|包含|涉及)|未(?:含|包括|包含|列入)")
# "为啥低": a reason asked, which a row's 备注 cell may give.
_WHY = re.compile(r"为啥|为什么|为何|什么原因|啥原因|原因是")
_REMARK_COLUMN = r"备注|说明|原因|情况说明|原因说明|备注说明"
# "是啥钱", "是什么费用", "指的是什么": what a row is, which a note of the table may say.
_WHAT_IT_IS = re.compile(r"(?:是|属于)(?:什么|啥)(?:钱|费用|费|开支|支出|补贴|意思)|指的?是?(?:什么|啥)|是什么意思")
# A column adding several years up ("三年合计", "2025-2027年合计", "累计"): no one year's figure.
_MANY_YEARS = re.compile(r"[两二三四五六七八九十]年(?:合计|总计|累计|小计|共计)|累计|(?:19|20)\d\d\s*[-—~至到]\s*(?:19|20)?\d\d")


class Answerer:
    def __init__(self, idx: FactIndex):
        self.idx = idx
        self._read: dict[str, FactQuestion] = {}
        self.last: FactQuestion | None = None  # the reading of the last question answered

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

    def _match(self, fq: FactQuestion, docs: list[int], years: list[int]) -> tuple[list[int], list[list[Mention]]]:
        groups = self._groups(fq)
        if not groups:
            return [], groups
        idx = self.idx
        few = len(docs) <= 64
        doc_set = set(docs)

        def facts_of(g: list[Mention]) -> set[int]:
            return self._facts_of(g, fq, docs, years, few, doc_set)

        if not few and len(groups) > 1 and (both := self._rarest_first(groups, facts_of)):
            return sorted(both), groups
        sets = [facts_of(g) for g in groups]
        both = set.intersection(*sets)
        if not both and len(groups) > 1:
            groups, sets = self._alternatives(groups, sets)
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
        if not both and len(groups) > 1:
            groups, sets = _without_a_generic_suffix(groups, sets)
            both = set.intersection(*sets)
        if not both and len(groups) > 1:
            groups, sets = self._without_title_words(fq, groups, sets)
            both = set.intersection(*sets)
        if not both and len(groups) == 2 and {"ratio", "diff"} & set(fq.ops) and all(sets) \
                and len({idx.fact_doc[f] for f in sets[0] | sets[1]}) == 1 \
                and all(m.keys <= idx.row_label_keys for g in groups for m in g):
            # "养老保险基金补助占项目总预算比例": two rows of one table, each named by its own label — each
            # its own figure of the share, never a row carrying both labels.
            return sorted(sets[0] | sets[1]), [groups[0] + groups[1]]
        if not both and len(groups) > 1 and not {"ratio", "diff", "sum"} & set(fq.ops):
            # "就业补助预算": the labels best fitting a word alone (2019年预算金额) may not be the ones fitting
            # with the other constraints; every label of these tables holding the word as said is tried
            # (not when each word names its own value of a share or a difference).
            for g in groups:
                for m in g:
                    said = fq.text[m.start:m.end] if m.start >= 0 else ""
                    if len(said) >= 2:
                        m.keys |= {k for d in docs for k in idx.doc_keys.get(d, ()) if said in k}
            sets = [facts_of(g) for g in groups]
            both = set.intersection(*sets)
        return self._of_last_rows(fq, sorted(both)), groups

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
            g[0].keys = g[0].keys | {k for d in tables for k in idx.doc_keys.get(d, ()) if said in k
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
            return out
        out = {f for f in out if idx.fact_year[f] in years}
        lacking = set(years) - {idx.fact_year[f] for f in out}
        said = {fq.text[m.start:m.end] for m in g if m.start >= 0}
        if out and lacking and len(said) == 1 and len(next(iter(said))) >= 2:
            # "2020年预算比2019年": the labels the word fits best are of 2019 (2019年预算金额); in 2020 the
            # word is said by that year's own labels (项目当年预算).
            word = next(iter(said))
            own = {idx.fact_doc[f] for f in out}  # the same tables: never another department's year
            out |= {f for d in docs if d in own for f in idx.docs[d].facts if idx.fact_year[f] in lacking
                    and any(word in k for k in idx.fact_keys[f])}
        return out

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

    def _one_line_or_column(self, ga: list[Mention], gb: list[Mention], a: set[int], b: set[int]) -> bool:
        rows_a = {self._row_key(f) for f in a}
        cols_a = {k for f in a for k in self.idx.fact_keys.get(f, ()) if k in self.idx.col_keys}
        cols_b = {k for f in b for k in self.idx.fact_keys.get(f, ()) if k in self.idx.col_keys}
        keys_a = {k for m in ga for k in m.keys}
        keys_b = {k for m in gb for k in m.keys}
        # Items name rows (their keys are the facts' row labels); columns do not. Two items are alternatives
        # only at one depth: a row under other rows (an indicator under its project) said after a row of
        # the level above ("监督执法经费满意度") is asked of that row, not beside it.
        # ... and at one level of the row's labels: a group (白鹭镇) and a line of another group (适老化改造)
        # are a line asked of that group, not two things asked side by side.
        items = all(keys_a & self.idx.row_keys(f) for f in a) and all(keys_b & self.idx.row_keys(f) for f in b) \
            and len({self.idx.fact_nrows[f] for f in a | b}) == 1 and self._levels(a, keys_a) == self._levels(b, keys_b)
        columns = not any(keys_a & self.idx.row_keys(f) for f in a) and \
            not any(keys_b & self.idx.row_keys(f) for f in b)
        return bool(columns and rows_a & {self._row_key(f) for f in b} or items and cols_a & cols_b)

    def _levels(self, facts: set[int], keys: set[str]) -> set[int]:
        """Where in the facts' row labels (outermost 0) the keys stand."""
        fk, nrows = self.idx.fact_keys, self.idx.fact_nrows
        return {i for f in list(facts)[:200] for i, k in enumerate(fk[f][:nrows[f]]) if k in keys}

    def _row_key(self, fid: int) -> tuple:
        return (self.idx.fact_doc[fid], self.idx.fact_line.get(fid, 0))

    def answer(self, question: str, doc_ids: list[int] | None = None, context: dict | None = None,
               clauses: bool = True, only: list[str] | None = None) -> FactAnswer | None:
        """The answer from the labels; else, for a question asking why, since when or from where, the
        note or 备注 of the table that says it."""
        fa = self._in_unit_asked(question, self._answer(question, doc_ids, context, clauses, only))
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
        if fa is not None and fa.status == "answered" and fa.facts and re.search(r"多少|几", compact(question)) and all(
                (f.get("row_labels") or "").split(query.FACT_SEP)[0] in ("注", "说明") and _LEFT_OUT.search(f["value"])
                for f in fa.facts):
            # "项目支出多少" answered only by "注：本表不含项目支出": the table says it holds no such figure.
            return FactAnswer("unknown", compose.figure_left_out(fa.text), fa.facts)
        if fa is not None and fa.status == "answered" and only is None and _WHAT_IT_IS.search(compact(question)):
            return self._with_its_note(question, fa, doc_ids, context)
        if fa is not None and fa.status == "answered" and only is None and _WHY.search(compact(question)):
            return self._with_its_remark(fa)
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

    def _in_unit_asked(self, question: str, fa: FactAnswer | None) -> FactAnswer | None:
        """"总共多少万元" of amounts printed in 元: the figures as printed, then each in the unit asked
        (18908100元 合 1890.81万元); the answer unchanged when it is in that unit already."""
        m = re.search(r"(?:多少|几)(亿元|千元|万元|元)|折合(?:成|为)?(亿元|千元|万元|元)", compact(question))
        if fa is None or fa.status != "answered" or not m or not fa.facts or len(fa.facts) > 4:
            return fa
        asked = m.group(1) or m.group(2)
        money = [f for f in fa.facts if f["number"] is not None and f["unit"] in _UNIT_SCALE]
        if len(money) != len(fa.facts) or all(f["unit"] == asked for f in money):
            return fa
        def converted(f: dict) -> str:  # exact: 5746500元 is 574.65万元, 702000元 0.00702亿元
            x = f["number"] * _UNIT_SCALE[f["unit"]] / _UNIT_SCALE[asked]
            return f"{x:.8f}".rstrip("0").rstrip(".") + asked

        lines = [compose.fact_value(re.sub(r"[（(](?:亿元|千元|万元|元)[)）]", "", _name(f)), converted(f)) for f in money]
        return FactAnswer(fa.status, fa.text + "\n" + compose.in_unit(lines), fa.facts, fa.options, fa.ranked)

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
        docs = [d for n in named for d in idx.dept_docs.get(n, ())] or list(doc_ids or idx.fact_docs)
        if sum(len(idx.docs[d].facts) for d in docs) > 5000:
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

    def _with_its_remark(self, fa: FactAnswer) -> FactAnswer:
        """"疾病预防控制专项执行率为啥低": the figure, then what the row's own 备注 / 说明 cell says (the table's
        reason); said so when the table has such a column and the row's cell is empty."""
        rows = {self._row_key(f["id"]) for f in fa.facts}
        if len(rows) != 1 or any(re.search(_REMARK_COLUMN, f["col_labels"] or "") for f in fa.facts):
            return fa
        f = fa.facts[0]
        own = [x for x in self.idx.facts(self._row_siblings(f)) if x["number"] is None
               and re.fullmatch(_REMARK_COLUMN, label_key(x["col_labels"] or "")) and x["value"].strip()]
        if own:
            return FactAnswer("answered", fa.text + "\n" + compose.fact_value(_name(own[0]), own[0]["value"].strip()),
                              fa.facts + own[:1])
        same = self.idx.facts([x for x in self.idx.docs[f["document_id"]].facts][:3000])
        if any(x["sheet"] == f["sheet"] and re.fullmatch(_REMARK_COLUMN, label_key(x["col_labels"] or "")) for x in same):
            return FactAnswer("answered", fa.text + "\n" + compose.remark_empty(_name(f).split(" ")[0]), fa.facts)
        return fa

    def _with_its_note(self, question: str, fa: FactAnswer, doc_ids: list[int] | None,
                       context: dict | None) -> FactAnswer:
        """"其他交通费用是啥钱": the row's figure and the note item that says what the row is, when a note names
        it ("30239其他交通费用为公务交通补贴"); the figure alone otherwise."""
        noted = self.from_notes(question, doc_ids, context)
        names = {re.sub(r"^[\d.]+", "", (f.get("row_labels") or "").split(query.FACT_SEP)[-1]) for f in fa.facts}
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
        text += "".join(k for keys in (context or {}).get("named") or () for k in keys
                        if (k in idx.col_keys or k in idx.row_label_keys) and not _is_total(k))  # no sheet title, no 合计
        docs = [d for n in named for d in idx.dept_docs.get(n, ())] or list(doc_ids or idx.fact_docs)
        grams = {text[i:i + 2] for i in range(len(text) - 1)} - _COMMON_GRAMS
        when = _WHEN_ASKED.search(text)
        scored = []
        texts = [f for f in idx.facts([x for d in docs for x in idx.docs[d].facts][:20000]) if f["number"] is None]
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
            scored.append((sum(g in said for g in grams) + dated, f))
        scored.sort(key=lambda x: -x[0])
        if not scored or scored[0][0] < 2 or len(scored) > 1 and scored[1][0] == scored[0][0]:
            return None
        f = scored[0][1]
        rows = (f["row_labels"] or "").split(query.FACT_SEP)
        name = rows[0] if rows[-1] == f["value"] else _name(f)  # a note's item: "注：…"
        return FactAnswer("answered", compose.fact_value(name, f["value"]) + _cite(idx, [f]), [f])

    def _answer(self, question: str, doc_ids: list[int] | None = None, context: dict | None = None,
                clauses: bool = True, only: list[str] | None = None) -> FactAnswer | None:
        """The steps, in order: several departments named (each answered), several clauses (each in the
        context of the earlier), the reading in the conversation's context, what the context alone
        answers, the facts the labels match, and what is computed or shown from them."""
        idx = self.idx
        if context and (m := _ORDINAL.match(compact(normalize(question)))) and (nth := self._nth(m, context)):
            return nth
        if only is None and (has := self.rows_having(question, doc_ids, context)) is not None:
            return has
        if only is None and (by_dept := self._by_department(question, doc_ids, context)) is not None:
            return by_dept[0]
        parts = [p for p in re.split(r"[，,；;。]", self._use_apart(question)) if len(compact(p)) >= 2]
        if clauses and len(parts) >= 2:
            by_clause = self._clauses(question, parts, doc_ids, context)
            if by_clause is not None:
                return by_clause
        fq = self._read_in_context(question, context, only)
        if fq is None:
            return None  # names an organisation that is not loaded: never another department's value
        docs = _scope_docs(idx, fq, doc_ids)
        if not docs or (lacking := self._kind_not_held(fq)) is not None:
            return lacking if docs else None
        years, missing = _years(idx, fq, docs)
        if missing and (fq.mentions or fq.departments):
            return FactAnswer("unknown", missing)
        if not fq.mentions and context and context.get("rows") and (q := _QUANTITY_ASKED.search(fq.text)) \
                and fq.leftover == q.group(1) and self._counted_in(context["rows"], docs, q.group(1)):
            # "买几辆" after a row: the row's quantity in that unit.
            fq.mentions, fq.leftover = [Mention(-1, -1, set(context["rows"]), True, 4)], ""
        settled, fa = self._from_context(fq, context, docs, years)
        if settled:
            return fa
        if not fq.mentions:
            return self._as_the_other_year_says(question, fq, docs, years, doc_ids, context) or self._without_labels(fq, docs)
        if "diff" in fq.ops and fq.relative_year and not fq.years and re.search(
                r"(?:较|比)(?:上年|去年|上一年)|(?:跟|和|与)(?:上年|去年|上一年)度?相?比", fq.text):
            base = max(idx.docs[d].year or 0 for d in docs)
            years = [base, base - 1]
        ids, groups = self._match(fq, docs, years)
        if not ids and context and context.get("rows"):
            # A follow-up naming only a column ("进度呢"): the rows of the previous answer.
            self._rows_of_context(fq, context)
            ids, groups = self._match(fq, docs, years)
        if fq.values and not _ROW_NOUN_LEFT.sub("", fq.leftover).strip():
            return self.having_values(fq, docs)  # "公开招标的有几个项目": the rows are what is counted
        if not ids:
            return self._by_longer_row_name(fq, docs, years) or self.partial(fq, docs, years, groups)
        part = {k for m in fq.mentions if m.part for k in m.keys}
        rows = {k for f in ids for k in idx.row_keys(f) & part} if part else set()
        if len(rows) > 1:
            # "体检服务" fits several rows' labels equally: which row is meant is asked, not guessed.
            names = list(dict.fromkeys(_name(f).split(" ")[0] for f in idx.facts(ids[:400])))[:8]
            return FactAnswer("clarify", compose.which_fact(names), [], options=names)
        return self._only_a_zero_before(fq, ids, docs) or self._over_facts(fq, ids, groups, years, only)

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

    def _nth(self, m: re.Match, context: dict) -> FactAnswer | None:
        """"哪个最贵" → "第二个呢": the next place of the same ranking; "东湖支出明细" → "第三项是什么": the
        third of the rows just listed, or of the rows under the one row just shown; past their end, said."""
        idx = self.idx
        n = int(m.group(1)) if m.group(1).isdigit() else _CN_NUM.get(m.group(1), 0)
        if context.get("ranked"):
            if not 1 <= n <= len(context["ranked"]):
                return None
            at = idx.facts([context["ranked"][n - 1]])
            return FactAnswer("answered", compose.ranked_place(n, _name(at[0]), _shown(at[0])) + _cite(idx, at), at,
                              ranked=list(context["ranked"]))
        shown = idx.facts(list(context.get("last") or ())[:50])
        if not shown:
            return None
        rows = list({self._row_key(f["id"]): f for f in shown}.values())
        items = rows if len(rows) > 1 else self._items_of_total(rows[0]) or self.rows_under(rows[0])
        if len(items) < 2 or n < 1:
            return None
        if n > len(items):
            return FactAnswer("unknown", compose.only_so_many(len(items), n))
        f = items[n - 1]
        return FactAnswer("answered", compose.ranked_place(n, _name(f), _shown(f)) + _cite(idx, [f]), [f],
                          ranked=[x["id"] for x in items])

    def _items_of_total(self, f: dict) -> list[dict]:
        """The items a total row adds up (项目支出明细预算 › 合计: the rows beside it under 项目支出明细预算), in
        the table's order; [] when the row is no total."""
        if not self._is_total_fact(f, "row"):
            return []
        parent = (f["row_labels"] or "").split(query.FACT_SEP)[:-1]
        same = [x for x in self._same_sheets([f]) if x["col_labels"] == f["col_labels"] and x["number"] is not None
                and (x["row_labels"] or "").split(query.FACT_SEP)[:-1] == parent and not self._is_total_fact(x, "row")]
        return sorted(same, key=lambda x: (x["page"] or 0, x["line"] or 0))

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
        return None

    def _by_department(self, question: str, doc_ids: list[int] | None,
                       context: dict | None) -> tuple[FactAnswer | None] | None:
        """A short name several departments share (asked which, or the one answering), or several
        departments named (each answered); None when the question names one department or none."""
        one = self._one_department_of(question, doc_ids, context)
        if one is not None:
            return one
        idx, named = self.idx, list(self.peek(question).departments)
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
        if not shared or fq.foreign_org or _EVERY_ONE.search(fq.text):
            return None  # "普陀两个部门…", "…分别多少": every department the name fits
        form, ds = shared[0]
        if context and context.get("departments"):
            ds = narrow_by_place(ds, context["departments"])
        found = []
        for dept in ds:
            fa = self.answer(_named_as(question, form, dept), doc_ids, context)
            if fa is not None and (fa.status == "answered" or len(ds) == 1):
                found.append((dept, fa))
        if len(found) == 1:
            return (found[0][1],)
        self.last = copy.deepcopy(fq)
        if not found:
            return (None,)
        names = [d for d, _ in found]
        if len(found) <= 4 and all(fa.status == "answered" and 0 < len(fa.facts) <= 2
                                   and all(f["number"] is None and len(f["value"]) <= 20 for f in fa.facts) for _, fa in found):
            # "人社局那个项目的负责人是谁": a short text of each department's table (a name, a phone), each with
            # its source, in one short message rather than a question back.
            return (FactAnswer("answered", "\n".join(fa.text for _, fa in found), [f for _, fa in found for f in fa.facts]),)
        return (FactAnswer("clarify", compose.which_department(names), [], options=names),)

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
                return text[:basis.start()] + "多少，" + _USE
        return question

    def _clauses(self, question: str, parts: list[str], doc_ids: list[int] | None,
                 context: dict | None) -> FactAnswer | None:
        """"X多少人，下属几个单位": each clause on its own, the later ones in the context of the earlier.
        None when the first clause is not the facts' (the whole question is then read as one)."""
        whole = read_question(question, self.idx)
        ctx = {"departments": whole.departments, **(context or {})}
        out: list[FactAnswer] = []
        for part in parts:
            fa = self.answer(part, doc_ids, ctx, clauses=False)
            if fa is None or fa.status != "answered":
                if out:  # a later clause the tables cannot answer: say so, never drop it silently
                    self.last = whole
                    return FactAnswer("unknown", compose.clause_not_found([a.text for a in out], part.strip()), [])
                return None
            out.append(fa)
            ctx = {"departments": sorted({f["department"] for f in fa.facts}) or whole.departments,
                   "rows": _row_context(fa.facts)}
        self.last = whole
        return FactAnswer("answered", "\n".join(a.text for a in out), [f for a in out for f in a.facts])

    def _read_in_context(self, question: str, context: dict | None, only: list[str] | None) -> FactQuestion | None:
        """The reading of the question; a follow-up naming no department keeps the conversation's."""
        idx = self.idx
        fq = self.read(question) if only is None else read_question(question, idx, only, force=True)
        if only is not None:  # one department's part of a comparison: its value, compared by the caller
            fq.ops = [op for op in fq.ops if op not in ("diff", "ratio", "sum")]
        self.last = fq
        if fq.foreign_org:
            return None
        if context and not fq.departments and context.get("departments"):
            departments = list(context["departments"])
            fq = read_question(question, idx, departments)
            fq.departments = departments
            self.last = fq
        return fq

    def _from_context(self, fq: FactQuestion, context: dict | None, docs: list[int],
                      years: list[int]) -> tuple[bool, FactAnswer | None]:
        """What the conversation settles: (True, answer) when it answers the question by itself; otherwise
        (False, None), having put the labels it carries into fq."""
        idx = self.idx
        if not context:
            return False, None
        self._plan_shown(fq, context)
        if (combined := self._combined_with_last(fq, context, docs, years)) is not None:
            return True, combined
        if (lacking := self._subject_not_held(fq, context, docs)) is not None:
            return True, lacking
        if context.get("named") and not fq.mentions and fq.departments \
                and set(fq.departments) != set(context.get("departments") or ()):
            # "社工部基本支出多少" → "那财政局呢": what the last question named, in the department named now
            # (by its words: another table may print the subject code "2210201" in a cell of its own).
            fq.mentions = [Mention(-1, -1, set(keys) | {k for k in map(_without_code, keys) if k in idx.label_facts},
                                   True, 4) for keys in context["named"]]
        self._same_value_elsewhere(fq, context)
        if (moved := self._same_line_in_group(fq, context)) is not None:
            return True, moved
        self._one_word_changed(fq, context, docs)
        self._column_asked_before(fq, context)
        if context.get("last") and _CODE_ASKED.match(fq.text) and (code := self.code_of(context["last"])) is not None:
            return True, code
        if context.get("last") and _PARTS_ASKED.match(fq.text):
            return True, self.parts_of(context["last"][-1])
        if context.get("named") and fq.mentions and {"max", "min"} & set(fq.ops) and _FOLLOWUP.search(fq.text) \
                and all(m.keys <= set(idx.head_labels) for m in fq.mentions):
            # "动物防疫补助合计多少" → "哪个乡镇最多": the rows (named by their head) compared in the column
            # asked before, not in the table's total column.
            fq.mentions += [Mention(-1, -1, set(keys), True, 4) for keys in context["named"]
                            if keys and set(keys) <= idx.col_keys and not any(_is_total(k) for k in keys)]
        if context.get("named") and not fq.mentions and {"max", "min"} & set(fq.ops) and not fq.leftover:
            # "项目支出明细" → "最大的是哪项": the superlative over what the last question named (its lines).
            fq.mentions = [Mention(-1, -1, set(keys), True, 4) for keys in context["named"]]
        for m in fq.mentions if context.get("rows") else ():
            # "其他城市生活救助多少" → "用在哪": of the labels "<item>主要用于", the one of the row just answered.
            near = {k for k in m.keys if any(len(r) >= 2 and r in k for r in context["rows"])}
            if near and len(near) < len(m.keys):
                m.keys = near
        self._use_of_the_row(fq, context)
        # "桐岭公务接待费" (its 合计 row) → "那普陀财政局的公务接待费决算呢": the rows of another department's
        # table are not the rows of the one named now.
        elsewhere = bool(fq.departments) and set(fq.departments) != set(context.get("departments") or ()) and not any(
            r in idx.doc_keys.get(d, ()) for dep in fq.departments for d in idx.dept_docs.get(dep, ())
            for r in context.get("rows") or () if not _is_total(r))
        if context.get("rows") and not elsewhere and all(m.keys <= idx.col_keys | {_USE} for m in fq.mentions) \
                and not self._rows_of_the_conversation(fq, context):
            if not fq.mentions and re.search(r"[\u4e00-\u9fff]", fq.leftover):
                return True, FactAnswer("unknown", compose.fact_word_not_found(fq.leftover))
            self._rows_of_context(fq, context)
        return False, None

    def _combined_with_last(self, fq: FactQuestion, context: dict, docs: list[int],
                            years: list[int]) -> FactAnswer | None:
        """Arithmetic over the figures the conversation just showed: "两个加起来" (the last two answers),
        "占公用经费多少" (the last over the one named now), "加上普惠金融一共多少" (the two added); "在编占比"
        after 编制 (another column of the row shown, over it)."""
        if (shown := self._share_of_the_figure_shown(fq, context)) is not None:
            return shown
        if not fq.mentions and context.get("recent") and {"sum", "diff", "ratio"} & set(fq.ops) and not fq.leftover:
            recent = [f for f in self.idx.facts(context["recent"]) if f["number"] is not None]
            if len(recent) == 2:
                return self.sum(recent) if "sum" in fq.ops else self.diff(recent, [], []) \
                    if "diff" in fq.ops else self.ratio(recent, [])
        if context.get("last") and "ratio" in fq.ops and re.match(r"^(?:那|那么)?(?:它)?占", fq.text) and fq.mentions:
            if (share := self._share_of_named(fq, context["last"], docs, years)) is not None:
                return share
        if context.get("last") and "sum" in fq.ops and _ADDED_TO_LAST.match(fq.text) and fq.mentions:
            return self._added_to_last(fq, context["last"], docs, years)
        return None

    def _same_value_elsewhere(self, fq: FactQuestion, context: dict) -> None:
        """"财政局绩效自评平均分" (read from the row's words, naming no label) → "社工部呢": the row and column of
        the value just shown, in the department named now, when its tables have both."""
        idx = self.idx
        if context.get("named") or fq.mentions or fq.leftover or not fq.departments \
                or set(fq.departments) == set(context.get("departments") or ()) or len(context.get("last") or ()) != 1:
            return
        fid = context["last"][0]
        n = idx.fact_nrows.get(fid, 0)
        keys = [*idx.fact_keys.get(fid, ())[:n], *(k for k in idx.fact_keys.get(fid, ())[n:] if k in idx.col_keys)]
        theirs = {k for dep in fq.departments for d in idx.dept_docs.get(dep, ()) for k in idx.doc_keys.get(d, ())}
        if all(k in theirs for k in keys):  # else the rows of the conversation, found by their words
            fq.mentions = [Mention(-1, -1, {k}, True, 4) for k in keys]

    def _rows_of_context(self, fq: FactQuestion, context: dict) -> None:
        """A follow-up naming only a column ("进度呢"): the rows of the previous answer, those very rows."""
        fq.mentions = [Mention(-1, -1, set(context["rows"]), True, 4), *fq.mentions]
        fq.last_rows = self._paths_of(context.get("last") or [])

    def _paths_of(self, ids: list[int]) -> set[tuple[int, str]]:
        """The rows (document, row labels) of the facts an answer gave, for a follow-up naming a column."""
        return {(f["document_id"], f["row_labels"] or "") for f in self.idx.facts(ids[:50])}

    def _of_last_rows(self, fq: FactQuestion, ids: list[int]) -> list[int]:
        """"其中区级配套多少" after 枫林街道's 长者食堂运营补贴: that row's, not the line of that name in another
        group; the ids unchanged when none is of those rows."""
        if not fq.last_rows or len(ids) > 400:
            return ids
        kept = [f["id"] for f in self.idx.facts(ids) if (f["document_id"], f["row_labels"] or "") in fq.last_rows]
        return kept or ids

    def _subject_not_held(self, fq: FactQuestion, context: dict, docs: list[int]) -> FactAnswer | None:
        """"桐岭三公" → "那栖梧卫健局的呢": the table's subject said before (三公), which the tables of the
        department named now are not of: not found, never that department's own total."""
        idx = self.idx
        if not context.get("subject") or not fq.departments or set(fq.departments) == set(context.get("departments") or ()) \
                or not all(all(_is_total(k) for k in m.keys) for m in fq.mentions):
            return None
        lacking = [w for w in context["subject"] if not any(w in compact(idx.docs[d].form) or any(
            w in k for k in idx.doc_keys.get(d, ())) for d in docs)]
        return FactAnswer("unknown", compose.fact_word_not_found(lacking[0])) if lacking else None

    def _use_of_the_row(self, fq: FactQuestion, context: dict) -> None:
        """"普惠金融发展支出多少" → "测算依据说用在哪": the use the note states of the row just answered, when
        the question names no item of its own (never another item's use, the first of the note's)."""
        idx, rows = self.idx, set(context.get("rows") or ())
        if not rows or not any(_USE in m.keys for m in fq.mentions):
            return
        uses = [f for m in fq.mentions if _USE in m.keys for f in idx.label_facts.get(_USE, ())]
        items = {k for f in uses for k in idx.fact_keys.get(f, ()) if k != _USE and k in idx.row_label_keys}
        own = rows & {k for f in uses for k in idx.fact_keys.get(f, ())}
        if own and not any(m.keys & (items - own) for m in fq.mentions if m.start >= 0 and _USE not in m.keys) \
                and not any(m.keys & own for m in fq.mentions):
            fq.mentions = [Mention(-1, -1, own, True, 4), *fq.mentions]

    def code_of(self, last: list[int]) -> FactAnswer | None:
        """"科目编码是多少" after a row: the code its label is printed with (2296006用于…); None unless the
        last answer was one row with a code."""
        facts = self.idx.facts(last[:50])
        rows = {(f["row_labels"] or "").split(query.FACT_SEP)[-1] for f in facts}
        codes = {m.group(1): r for r in rows if (m := re.match(r"^(\d{3,})\s*\D", r))}
        if len(rows) != 1 or len(codes) != 1:
            return None
        code, row = next(iter(codes.items()))
        return FactAnswer("answered", compose.subject_code(row[len(code):].strip(), code) + _cite(self.idx, facts[:1]),
                          facts[:1])

    def rows_having(self, question: str, doc_ids: list[int] | None, context: dict | None) -> FactAnswer | None:
        """"其中离休的在哪个单位", "哪个单位有离休人员": the rows (units, not their 小计/合计 or headings) whose
        value in the column named is not zero; None unless the question names only columns besides."""
        text = compact(normalize(question))
        m = _WHICH_ROW_HAS.search(text)
        if m is None:
            return None
        fq = self._read_in_context(text[:m.start()] + text[m.end():], context, None)
        if fq is not None and not fq.mentions and not compact(_FILLER.sub("", fq.leftover)) and context \
                and len(context.get("last") or ()) == 1:
            # "离休的几个人" → "在哪个单位": the rows having the column just answered.
            fid = context["last"][0]
            cols = [k for k in self.idx.fact_keys[fid][self.idx.fact_nrows[fid]:] if k in self.idx.col_keys]
            if cols:
                fq.mentions = [Mention(-1, -1, {cols[-1]}, True, 4)]
        if fq is None or not fq.mentions or fq.ops or not all(x.keys <= self.idx.col_keys for x in fq.mentions):
            return None
        docs = _scope_docs(self.idx, fq, doc_ids)
        if not docs or len(docs) > 4:
            return None
        ids, _ = self._match(fq, docs, [])
        facts = [f for f in self.idx.facts(ids[:2000]) if f["number"] is not None and not _is_total(_own_row(f))]
        facts = _code_leaves(_one_level(facts)) if facts else facts
        if not facts or len({f["col_labels"] for f in facts}) != 1:
            return None
        having = [f for f in facts if f["number"]]
        if not having:
            return FactAnswer("unknown", compose.no_row_has(_name(facts[0]).split(" ")[-1]) + _cite(self.idx, facts[:1]))
        return FactAnswer("answered", compose.rows_having([(_own_row(f), _shown(f)) for f in having[:20]])
                          + _cite(self.idx, having[:20]), having[:20])

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
        own = re.sub(r"^\d+", "", label_key(rows[-1]))
        under = [g for g in same if len(own) >= 2 and len(parts := (g["row_labels"] or "").split(query.FACT_SEP)) > len(rows)
                 and any(re.sub(r"^\d+", "", label_key(x)) == own for x in parts[:-1])]
        if under:
            return under

        def last(g: dict) -> str:
            return (g["row_labels"] or "").split(query.FACT_SEP)[-1].strip()
        if code := re.match(r"\d{3,}", label_key(rows[-1])):
            kids = [(c.group(), g) for g in same if (c := re.match(r"\d{3,}", label_key(last(g))))
                    and c.group().startswith(code.group()) and len(c.group()) > len(code.group())]
            return [g for c, g in kids if len(c) == min(len(c2) for c2, _ in kids)]
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

    def _items_under(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """"商品和服务支出里哪项最多", "项目支出里有几个项目", "基本支出有哪几项": one row named, then 里 / 中 /
        下面, or the items asked of it: the rows under it (rows_under), not the row. [] otherwise."""
        if not ({"max", "min", "count", "list"} & set(fq.ops) or fq.cmp):
            return []
        rows = {self._row_key(f["id"]) for f in facts}
        named = [m for m in fq.mentions if m.start >= 0 and m.keys & self.idx.row_label_keys]
        if len(rows) != 1 or len(named) != 1:
            return []
        after = fq.text[named[0].end:]
        if not (_UNDER_SAID.match(after) or _ITEMS_ASKED.match(after)):
            return []
        return [g for f in facts for g in self.rows_under(f)]

    def _townships_asked(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """"哪个乡镇最多" of rows headed 乡镇（单位）: the townships (…镇, …乡, …街道), not the units listed with
        them (县本级统筹); "乡镇或单位" asks both."""
        if not re.search(r"乡镇|街道", fq.text) or re.search(r"单位|部门|机构", fq.text) \
                or not ({"max", "min", "count", "list"} & set(fq.ops) or fq.cmp):
            return facts

        def own(f: dict) -> str:
            return label_key((f["row_labels"] or "").split(query.FACT_SEP)[-1])
        town = [f for f in facts if _TOWNSHIP.search(own(f))]
        if not town:
            return facts
        return [f for f in facts if f in town or self._is_total_fact(f, "row")]

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

    def _rows_of_the_conversation(self, fq: FactQuestion, context: dict) -> bool:
        """"基本支出小计" → "项目支出小计呢": the word names a row of the conversation's table (though a
        column of another table): the row is asked, not that column of the rows before."""
        idx = self.idx
        docs = [d for dep in context.get("departments") or () for d in idx.dept_docs.get(dep, ())]
        if not docs or not fq.mentions or not _FOLLOWUP.search(fq.text):
            return False
        rows: set[str] = set()
        cols: set[str] = set()
        for d in docs:
            r, c = idx.doc_rows_and_cols(d)
            rows |= r
            cols |= c
        said = [m for m in fq.mentions if m.start >= 0]
        return bool(said) and all(m.exact and m.keys & rows and not m.keys & cols
                                  and not any(_USE in k for k in m.keys) for m in said)

    def _one_word_changed(self, fq: FactQuestion, context: dict, docs: list[int]) -> None:
        """"年初结转和结余" → "年末的呢": a follow-up saying only one word asks the row just answered with
        that word in place of one of its own (年初 → 年末), when exactly one such row is in its tables."""
        idx = self.idx
        # the word as said (年 of 年末 is a filler of the leftover)
        word = re.sub(r"^(?:那么|那)|(?:的)?(?:呢|是多少|多少|有多少)$", "", fq.rest.replace(" ", ""))
        if fq.mentions or not context.get("rows") or not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", word) \
                or not _FOLLOWUP.search(fq.text):
            return
        keys = {k for d in docs for k in idx.doc_keys.get(d, ())}
        found = {row[:i] + word + row[i + len(word):] for row in context["rows"]
                 for i in range(len(row) - len(word) + 1) if row[i:i + len(word)] != word} & keys
        if len(found) == 1:
            fq.mentions, fq.leftover = [Mention(-1, -1, found, True, 4)], ""

    def _same_line_in_group(self, fq: FactQuestion, context: dict) -> FactAnswer | None:
        """"枫林长者食堂日均就餐目标" → "石桥的呢": a follow-up naming only another group (石桥街道) asks the
        same line and column of that group; None unless every value just given has its line there."""
        idx = self.idx
        if len(fq.mentions) != 1 or fq.ops or fq.leftover or not _FOLLOWUP.search(fq.text) or not context.get("last"):
            return None
        keys = fq.mentions[0].keys
        last = idx.facts(context["last"][:8])
        found = []
        for f in last:
            rows = (f["row_labels"] or "").split(query.FACT_SEP)
            if len(rows) < 2 or any(label_key(r) in keys for r in rows):
                return None
            same = [x for x in idx.facts([i for k in keys for i in idx.label_facts.get(k, ())
                                          if idx.fact_doc[i] == f["document_id"]][:400])
                    if x["col_labels"] == f["col_labels"] and x["sheet"] == f["sheet"]
                    and len(xr := (x["row_labels"] or "").split(query.FACT_SEP)) == len(rows) and xr[-1] == rows[-1]
                    and sum(a != b for a, b in zip(xr, rows, strict=True)) == 1]
            if len(same) != 1:
                return None
            found += same
        return self.values(found, []) if found else None

    def _column_asked_before(self, fq: FactQuestion, context: dict) -> None:
        """"机关本级退休几个" → "执法大队呢": a follow-up naming only another row asks the column asked
        before (退休) of that row, never the row's every column (its 备注)."""
        idx = self.idx
        # "局机关小计实有人数" → "那参公单位呢": rows named by a value they hold (备注 参公单位) are other rows too.
        if not (fq.mentions or fq.values) or fq.ops or not _FOLLOWUP.search(fq.text) or not context.get("rows"):
            return
        if not all(m.keys & idx.row_label_keys and not m.keys & idx.col_keys and not m.keys & set(context["rows"])
                   for m in fq.mentions):
            return
        # (of a column named, its keys that are columns: "增减率" may also begin some table's row label)
        columns = [cols for keys in context.get("named") or ()
                   if (cols := set(keys) & idx.col_keys) and not cols & idx.row_label_keys]
        fq.mentions += [Mention(-1, -1, keys, True, 4) for keys in columns]

    def _added_to_last(self, fq: FactQuestion, last: list[int], docs: list[int], years: list[int]) -> FactAnswer | None:
        """The last answer's one figure plus the one figure named now; None unless each is one figure."""
        idx = self.idx
        part = [f for f in idx.facts(last) if f["number"] is not None]
        ids, _ = self._match(fq, docs, years)
        named = [f for f in idx.facts(ids[:200]) if f["number"] is not None and f["id"] not in last]
        named = _prefer(named, lambda f: any(_is_total(k) for k in idx.fact_keys.get(f["id"], ())))
        if len({f["number"] for f in part}) != 1 or len({f["number"] for f in named}) != 1:
            return None
        return self.sum([part[0], named[0]])

    def _share_of_named(self, fq: FactQuestion, last: list[int], docs: list[int], years: list[int]) -> FactAnswer | None:
        idx = self.idx
        part = [f for f in idx.facts(last) if f["number"] is not None]
        ids, _ = self._match(fq, docs, years)
        whole_facts = [f for f in idx.facts(ids[:200]) if f["number"] is not None and f["id"] not in last]
        whole_facts = _prefer(whole_facts, lambda f: any(_is_total(k) for k in idx.fact_keys.get(f["id"], ())))
        if len(whole_facts) > 1 and "预算" in fq.text:
            # "占全年预算多少": the table's budget column (年度预算数), not 全年实际支出 that shares 全年
            whole_facts = _prefer(whole_facts, lambda f: bool(_BUDGET_COLUMN.fullmatch(label_key(f["col_labels"] or ""))))
        if not part or len(whole_facts) != 1 or not whole_facts[0]["number"]:
            return None
        a, b = part[0], whole_facts[0]
        r = a["number"] / b["number"] * 100
        return FactAnswer("answered", compose.fact_share(_name(a), _name(b), fmt_number(a["number"]),
                                                         fmt_number(b["number"]), fmt_percent(r)) + _cite(idx, [a, b]),
                          [a, b])

    def _without_labels(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """A question naming no label: rows holding a value it says, a department's overview, or what is
        left to do of the table's own plan; otherwise not the facts' question."""
        if fq.values and not _ROW_NOUN_LEFT.sub("", fq.leftover).strip():
            return self.having_values(fq, docs)  # "公开招标的有几个项目": the rows are what is counted
        if fq.period and (fq.departments or fq.subject_docs) and not fq.leftover and not fq.remaining:
            # "卫健委前三季度一共支出了多少": the period's column (or its quarters) on the table's total row.
            return self._period_of_table(fq, docs)
        if fq.total and not fq.leftover and (fq.departments or fq.subject_docs):
            if "diff" in fq.ops and (fq.relative_year or len(set(fq.years)) == 2):
                # "基本支出总额比上年增长多少": the total row's two years, as a named row's would be
                row = self._total_row(docs)
                if len(set(fq.years)) == 2 and {self.idx.fact_year[f] for f in row} < set(fq.years):
                    # each year's own sheet ("2025年预算" beside "2024年实际支出"): each one's total
                    row = self._total_of_years(docs, fq.years)
                    return self._over_facts(fq, row, [], list(fq.years), None) if row else None
                return self._over_facts(fq, row, [], [], None) if row else None
            return self.table_total(docs)
        if re.fullmatch(r"预算|预算数|预算金额", fq.leftover) and (fq.ops or fq.level) and fq.departments:
            # "哪个项级科目预算最多" of a budget table whose columns are 合计 / 基本支出 / 项目支出: its total column.
            ids = self._budget_column(docs)
            if ids:
                fq.leftover = ""
                return self._over_facts(fq, ids, [], [], None)
        if fq.departments and re.search(r"概况|概要|基本情况|总体情况|简介|介绍", fq.text):
            return self.overview(docs)
        if "diff" in fq.ops and (fq.relative_year or len(set(fq.years)) == 2) and not fq.leftover \
                and (fq.departments or fq.subject_docs):
            # "2024比2023年总共增加多少" of a table of two years: the change its total row prints.
            totals = [f for d in docs for f in self.idx.docs[d].facts if self.idx.fact_nrows.get(f, 0) == 1
                      and self.idx.fact_keys[f][0] in ("合计", "总计")]
            first: dict[int, int] = {}
            for f in totals:
                first.setdefault(self.idx.fact_doc[f], self.idx.facts([f])[0]["line"])
            rows = [x for x in self.idx.facts(totals[:200]) if x["line"] == first[x["document_id"]]]
            if rows and (printed := self._printed_change(fq, rows)) is not None:
                return printed
        if fq.rate and (fq.departments or fq.subject_docs) and not fq.leftover and (top := self._top_rate_row(docs)):
            return self.rate(fq, top)  # "财政局完成年初预算百分比": the department's own row of its 决算
        if (fq.remaining or fq.excess) and (fq.departments or fq.subject_docs) and not fq.leftover:
            # "就业补助资金还有多少没执行": the table's own plan and done figures — of its grand total row when
            # it has one (no row named: the whole table).
            every = self.idx.facts(sorted(f for d in docs for f in self.idx.docs[d].facts)[:2000])
            grand = [f for f in every if re.fullmatch(r"(?:总计|合计|共计)", label_key(_own_row(f)))]
            return self.remaining(fq, grand) if grand and self.remaining(fq, grand).status == "answered" \
                else self.remaining(fq, every)
        return None

    def _plan_shown(self, fq: FactQuestion, context: dict) -> None:
        """"年初预算多少" → "完成多少比例": the rate over the budget just shown, not another budget column."""
        if fq.rate and not fq.plan and context.get("last"):
            cols = [f["col_labels"] or "" for f in self.idx.facts(list(context["last"])[-1:])]
            fq.plan = next((b for b in ("年初预算", "全年预算") if cols and b in cols[0]), "")

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
        part = [f for f in idx.facts([x for k in said[0].keys for x in idx.label_facts.get(k, ())
                                      if idx.fact_doc[x] == whole["document_id"]][:400])
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

    def _over_facts(self, fq: FactQuestion, ids: list[int], groups: list[list[Mention]], years: list[int],
                    only: list[str] | None) -> FactAnswer | None:
        """The matched facts narrowed to what the question means (its period, its department, its year)."""
        idx = self.idx
        if fq.cmp == "same" and not fq.leftover:
            return self.same_columns(idx.facts(ids[:400]))
        compared = self.column_compare(fq, groups, ids[:400])  # the facts fetched only if it applies
        if compared is not None:
            return compared
        ids = self._of_level(fq, ids) if fq.level else self._quoted_in_text(fq, ids)
        total = self._row_total(fq, ids)
        if total is not None:
            ids, fq.leftover = [total], ""
        ids = self._said_in_facts(fq, ids)
        if fq.leftover and (len(re.sub(r"[^\u4e00-\u9fff]", "", fq.leftover)) >= 2 or re.search(r"\d{3}", fq.leftover)) \
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
        if (fq.total or self._columns_compared(fq)) and (grand := self._on_total_row(ids)):
            ids = grand
        if fq.finished:
            return self.finished(fq, idx.facts(ids[:400]))
        facts = idx.facts(ids[:400])
        depts = {f["department"] for f in facts}
        if len(depts) > 1 and not fq.departments and not [g for g in groups if len(g) > 1]:
            names = sorted(depts)
            return FactAnswer("clarify", compose.which_department(names), [], options=names[:10])
        # rows whose printed change fell; a change the document states ("比上年减少 X万元") before a difference
        # of two printed years
        two_years = self._rows_that_changed(fq, facts) or self._printed_change(fq, facts) \
            or self._two_years(fq, facts, groups, years)
        if two_years is not None:
            return two_years
        if fq.total and "ratio" in fq.ops and (in_total := [f for f in facts if self._is_total_fact(f, "row")]):
            return self.share_of_total(in_total)  # "基本支出占总支出": the total row's 基本支出 over its total
        if "ratio" in fq.ops and (of_row := self._column_over_column(fq, facts)) is not None:
            return of_row
        if "ratio" in fq.ops and (pair := self._pair_in_one_table(facts, groups)) is not None:
            return self._printed_share_in(pair[0]) or self.ratio(pair, groups, fq.text)
        return self._narrowed(fq, facts, groups, years, only)

    def _narrowed(self, fq: FactQuestion, facts: list[dict], groups: list[list[Mention]], years: list[int],
                  only: list[str] | None) -> FactAnswer:
        """The facts the question means among those matched, and what its operation makes of them."""
        facts = self._specific(facts, fq, groups)
        if both := self._change_and_rate(fq, facts):
            return self.values(both, groups)
        if "diff" in fq.ops and (dated := self._change_of_dated(facts, groups, years)) is not None:
            return dated
        return self._asked_of(fq, facts, groups, years, only)

    def _asked_of(self, fq: FactQuestion, facts: list[dict], groups: list[list[Mention]], years: list[int],
                  only: list[str] | None) -> FactAnswer:
        """What is asked of the facts the question means: what remains, per head or unit, a rate, or what its
        operation computes."""
        if fq.remaining or fq.excess:
            return self.remaining(fq, facts)
        if fq.per_head:
            return self.per_head(fq, facts)
        if fq.per_unit:
            return self.per_unit(fq, facts)
        if not years:
            facts = self._default_year(facts)
        wrong_kind = self._wrong_kind(fq, facts)
        if wrong_kind is not None:
            return wrong_kind
        if fq.rate:
            return self.rate(fq, facts)
        return self._computed(fq, facts, groups, years, only)

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

    def _said_in_facts(self, fq: FactQuestion, ids: list[int]) -> list[int]:
        """A word left over that the matched rows' section labels say (明细 of 项目支出明细预算 > 就业补助), or a
        text among them says (补贴 of 就业补助主要用于 "职业介绍补贴、…"): those facts are the ones asked."""
        words = [w for w in fq.leftover.split() if len(re.sub(r"[^\u4e00-\u9fff]", "", w)) >= 2]
        if not words or len(words) != len(fq.leftover.split()) or fq.months:
            return ids
        facts = self.idx.facts(ids[:400])
        texts = not _AMOUNT_ASKED.search(fq.text)  # "开办费多少": a text naming it holds no amount of it
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
        if not months and fq.periods:  # "二季度和三季度分别多少": each period's own column
            months = [f for f in facts if _period_of(f) in fq.periods]
            fq.period = () if months else fq.period
        if not months and not fq.periods:
            # "1到9月执行率" of a table titled 1-9月执行进度: its columns of no period of their own are of that period.
            months = [f for f in facts if _period_of(f) is None and _month(f) is None
                      and self._table_period(f) == fq.period]
            fq.period = () if months else fq.period
        return months or self._parts_of_period(fq, facts)

    def _period_of_table(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """A period asked of a table and no row or column named: the columns of that period (or the periods
        inside it, added up) on the grand total row — of the sheet whose title names the period when
        several sheets print it; None when no total row prints it."""
        idx = self.idx
        ids = [f for d in docs for f in idx.docs[d].facts][:5000]
        facts = [f for f in idx.facts(ids) if f["number"] is not None and (p := _period_of(f))
                 and set(p) <= set(fq.period) and self._is_total_fact(f, "row")]
        grand = [f for f in facts if re.fullmatch(r"(?:总计|合计|共计)", label_key(_own_row(f)))]
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
                 and re.fullmatch(r"(?:总计|合计|共计)", label_key(_own_row(f)))]
        if len({self._row_key(f["id"]) for f in facts}) != 1 or len(facts) != len(asked):
            return None
        if "diff" in fq.ops:  # "第三季度比第二季度变化多少": in the order said
            words = dict(PERIODS_LONGEST_FIRST)
            where = {months: (m.start() if (m := re.search(w, fq.text)) else 0) for w, months in words.items()}
            facts.sort(key=lambda f: where.get(_period_of(f) or (), 0))
            return self._of_sheet(self.diff(facts, [], []))
        return self._of_sheet(self.values(facts, []))

    def _of_sheet(self, fa: FactAnswer) -> FactAnswer:
        """A bare 合计 row's figure named with what its sheet is of ("项目支出分季度执行情况 合计"), when the
        sheet's title says it: 188 is 项目支出's first quarter, not the whole department's."""
        section = (fa.facts[0]["section"] or "") if fa.facts else ""
        rows = {label_key(_own_row(f)) for f in fa.facts}
        if fa.status != "answered" or not section or not all(re.fullmatch(r"(?:总计|合计|共计)", r) for r in rows) \
                or re.match(r"[一二三四五六七八九十]+、", section) or section in fa.text:
            return fa
        return FactAnswer(fa.status, f"{section} {fa.text}", fa.facts, fa.options, fa.ranked)

    def _columns_compared(self, fq: FactQuestion) -> bool:
        """"调整后预算比年初增加多少": two columns set against each other and no row named — the table's whole,
        its total row, is what is compared (never each row's pair listed)."""
        said = [m for m in fq.mentions if m.start >= 0]
        if not {"diff", "ratio"} & set(fq.ops) or len(said) < 2 or not (fq.departments or fq.subject_docs):
            return False
        docs = fq.subject_docs or {d for dept in fq.departments for d in self.idx.dept_docs.get(dept, ())}
        rows: set[str] = set()
        cols: set[str] = set()
        for d in docs:
            r, c = self.idx.doc_rows_and_cols(d)
            rows |= r
            cols |= c
        return all(m.keys & cols and not m.keys & rows for m in said)

    def _on_total_row(self, ids: list[int]) -> list[int]:
        """"总执行率": of the facts of the columns named, those on the table's grand total row (总计 / 合计
        alone; a lone 小计 row when the table has no other); [] when no one such row."""
        facts = [f for f in self.idx.facts(ids[:400]) if self._is_total_fact(f, "row")]
        grand = [f for f in facts if re.fullmatch(r"(?:总计|合计|共计)", label_key(_own_row(f)))]
        facts = grand or facts
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

    def _parts_of_period(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """"上半年" of a table printing 一季度 … 四季度: the quarters inside it, of one row (the one named, or
        the table's total row), added up with the arithmetic shown; [] when they are not all printed."""
        inside = [f for f in facts if f["number"] is not None and (p := _period_of(f)) and set(p) < set(fq.period)]
        rows: dict[tuple, list[dict]] = defaultdict(list)
        for f in inside:
            rows[(f["document_id"], f["sheet"], f["line"])].append(f)
        if len(rows) > 1:
            rows = {k: v for k, v in rows.items()
                    if _is_total(label_key((v[0]["row_labels"] or "").split(query.FACT_SEP)[-1]))}
        if len(rows) != 1:
            return []
        [parts] = rows.values()
        covered = sorted(m for f in parts for m in (_period_of(f) or ()))
        if covered != sorted(fq.period):
            return []
        if "sum" not in fq.ops:
            fq.ops.append("sum")
        fq.period = ()  # the parts found: what is left is their sum across the row
        return parts

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

    def _same_kind_later(self, later: list[dict], earlier: dict) -> list[dict]:
        """"工资福利支出比2023年增长多少" of a row printing 2023年实际数 beside 2024年预算数 and 2024年实际支出 by
        quarter: the later year's column of the earlier's kind (实际 against 实际, 预算 against 预算), its
        whole-year total when printed by period; several left, and the question is not narrowed."""
        col = re.sub(r"(?:19|20)\d\d年度?", "", (earlier["col_labels"] or "").split(query.FACT_SEP)[-1])
        kind = next((w for w in ("实际", "决算", "执行", "预算") if w in col), "")
        if not kind or earlier["line"] not in {f["line"] for f in later}:
            return later
        same = [f for f in later if f["line"] == earlier["line"] and f["document_id"] == earlier["document_id"]
                and kind in (f["col_labels"] or "") and f["unit"] == earlier["unit"]
                and not re.search(r"差异|差额|增减|变动", f["col_labels"] or "")]
        whole = [f for f in same if self._is_total_fact(f, "col")] or [f for f in same if _period_of(f) is None]
        return whole if len(whole) == 1 else later

    def _of_level(self, fq: FactQuestion, ids: list[int]) -> list[int]:
        """"普通教育那一款": the rows whose subject code is of that level; none, and the word is unexplained."""
        code = re.compile(rf"^\d{{{_LEVEL_DIGITS[fq.level]}}}(?!\d)")
        if fq.under:
            # The rows at that level whose code starts the subject's named, in the columns matched.
            named = {m.group() for f in ids for k in self.idx.row_keys(f) if (m := re.match(r"\d{3,}", k))}
            facts = self.idx.facts(ids[:400])
            cols = {f["col_labels"] for f in facts}
            under = [x["id"] for x in self._same_sheets(facts) if x["col_labels"] in cols and any(
                code.match(k) and any(k.startswith(n) for n in named)
                for k in self.idx.row_keys(x["id"]))]
            if named and under:
                return under
            fq.leftover = f"{fq.leftover} {fq.level}".strip()
            return ids
        kept = [f for f in ids if any(code.match(k) for k in self.idx.row_keys(f))]
        if kept:
            return kept
        if fq.level_loose and not any(re.match(r"\d{3,}", k) for f in ids[:400] for k in self.idx.row_keys(f)):
            return ids  # "哪一类" of rows without codes: which row
        fq.leftover = f"{fq.leftover} {fq.level}级".strip()
        return ids

    def _wrong_kind(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """A count asked in a unit the rows are not counted in ("几台" of a row in 项), or a kind of value
        (多少人, 多少钱) the rows do not hold, or names asked (各叫什么) of rows printing only numbers
        ("绩效自评的项目 4个"): said, with what they do hold."""
        asked = _QUANTITY_ASKED.search(fq.text)
        if _NAMES_ASKED.search(fq.text) and facts and all(f["number"] is not None for f in facts):
            kind = "names"
        elif {"count", "list", "max", "min", "range"} & set(fq.ops):
            return None
        elif asked and any(f["unit"] for f in facts) \
                and not any(asked.group(1) in (f["unit"] or "") + (f["value"] or "") for f in facts):
            kind = "quantity"
        elif fq.kind_missing:
            kind = "people" if re.search(r"人", fq.text) else "quantity" if re.search(r"辆", fq.text) else "money"
        else:
            return None
        # The items and the unit they are counted in, never their figures: a figure in another unit
        # ("380" of 万元 for 多少亩) read off the reply would be a wrong answer.
        has = "、".join(dict.fromkeys(compose.item_in_unit(_name(f), f["unit"] or "") for f in facts[:4]))
        return FactAnswer("unknown", compose.fact_kind_missing(kind, has) + _cite(self.idx, facts[:4]), [])

    def _counted_in(self, rows, docs: list[int], unit: str) -> bool:
        """Whether a row of the conversation prints a quantity in the unit asked ("4辆" for 几辆)."""
        ids = [f for k in rows for f in self.idx.label_facts.get(k, ()) if self.idx.fact_doc[f] in docs][:200]
        return any(unit in (f["unit"] or "") or re.fullmatch(rf"[\d.]+\s*{unit}", f["value"] or "")
                   for f in self.idx.facts(ids))

    def _budget_column(self, docs: list[int]) -> list[int]:
        """The facts of the total column of the budget tables among docs (not of a 决算)."""
        idx = self.idx
        budget = [d for d in docs if "预算" in idx.docs[d].form and "决算" not in idx.docs[d].form]
        return [f for d in budget for f in idx.docs[d].facts
                if any(_is_total(k) for k in idx.fact_keys[f][idx.fact_nrows[f]:] if k in idx.col_keys)]

    def _total_row(self, docs: list[int]) -> list[int]:
        """The facts of the first total row of the tables (合计 / 总计 alone naming the row)."""
        idx = self.idx
        ids = [f for d in docs for f in idx.docs[d].facts][:5000]
        facts = [f for f in idx.facts(ids) if f["number"] is not None and self._is_total_fact(f, "row")]
        first = min(facts, key=lambda f: (f["document_id"], f["page"], f["line"]), default=None)
        return [f["id"] for f in facts if first is not None and (f["document_id"], f["page"], f["sheet"], f["line"])
                == (first["document_id"], first["page"], first["sheet"], first["line"])]

    def _total_of_years(self, docs: list[int], years: list[int]) -> list[int]:
        """Per year asked, where the first total row of that year's facts meets its total column."""
        idx, out = self.idx, []
        for y in dict.fromkeys(years):
            ids = [f for d in docs for f in idx.docs[d].facts if idx.fact_year[f] == y][:5000]
            facts = [f for f in idx.facts(ids) if f["number"] is not None and self._is_total_fact(f, "row")]
            first = min(facts, key=lambda f: (f["document_id"], f["page"], f["line"]), default=None)
            row = [f for f in facts if first is not None and (f["document_id"], f["page"], f["sheet"], f["line"])
                   == (first["document_id"], first["page"], first["sheet"], first["line"])]
            both = [f for f in row if self._is_total_fact(f, "col")]
            both = [f for f in both if label_key(f["col_labels"] or "") in ("合计", "总计")] or both  # not a 小计
            if len(both) != 1:
                return []
            out.append(both[0]["id"])
        return out

    def table_total(self, docs: list[int]) -> FactAnswer | None:
        """"青岚教育局总支出": the value where a table's total row meets its total column (the first such
        table's), else the total row's one value."""
        idx = self.idx
        # the table's own year: never the total of a sheet of another year ("2024年实际支出")
        ids = [f for d in docs for f in idx.docs[d].facts if idx.fact_year[f] in (None, idx.docs[d].year)][:5000]
        facts = [f for f in idx.facts(ids) if f["number"] is not None and self._is_total_fact(f, "row")]
        first = min(facts, key=lambda f: (f["document_id"], f["page"], f["line"]), default=None)
        if first is None:
            return None
        row = [f for f in facts if (f["document_id"], f["page"], f["sheet"], f["line"]) ==
               (first["document_id"], first["page"], first["sheet"], first["line"])]
        both = [f for f in row if self._is_total_fact(f, "col") or not f["col_labels"]]
        both = [f for f in both if label_key(f["col_labels"] or "") in ("合计", "总计")] or both  # not a 小计
        pick = both[:1] if len(both) == 1 else row if len(row) == 1 else []
        return self.values(pick, []) if pick else None

    def _row_total(self, fq: FactQuestion, ids: list[int]) -> int | None:
        """"小学教育预算" of a budget table whose columns are 合计 / 基本支出 / 项目支出: the budget of one row is
        its one total column. Only a budget table's (a 决算 row's total is no budget), only one row's."""
        if not re.fullmatch(r"(?:预算|预算数|经费|资金)(?:\s+(?:预算|预算数|经费|资金))*", fq.leftover) \
                or fq.ops or fq.months or fq.period or not ids or len(ids) > 40:
            return None
        idx = self.idx
        if len({self._row_key(f) for f in ids}) != 1:
            return None
        if len(ids) == 1 and all(w in "\x1f".join(idx.fact_keys[ids[0]]) for w in fq.leftover.split()):
            return ids[0]  # "普惠金融发展支出预算" of a row under 项目支出明细预算: its one value
        form = idx.docs[idx.fact_doc[ids[0]]].form
        if "预算" in fq.leftover and ("预算" not in form or "决算" in form):
            return None
        if "预算" in fq.leftover:
            # "疾病预防控制专项预算" of a row printing 2024年预算数 beside 实际 columns: its budget column, never
            # the total of the actual spending.
            said = [f for f in ids if any(_BUDGET_COLUMN.fullmatch(k) for k in idx.fact_keys[f][idx.fact_nrows[f]:])]
            if len(said) == 1:
                return said[0]
        totals = [f for f in ids if any(_is_total(k) for k in idx.fact_keys[f][idx.fact_nrows[f]:] if k in idx.col_keys)]
        return totals[0] if len(totals) == 1 else None

    def _computed(self, fq: FactQuestion, facts: list[dict], groups: list[list[Mention]], years: list[int],
                  only: list[str] | None) -> FactAnswer:
        """What the question's operation makes of the facts: a filter, a ratio or difference, a count, an
        extreme, a list, a sum; else the values themselves."""
        if under := self._items_under(fq, facts):
            facts = under
        facts = self._townships_asked(fq, facts)
        if fq.funded:
            held = {self._row_key(f["id"]) for f in facts if f["number"] and f["number"] > 0}
            facts = [f for f in facts if self._row_key(f["id"]) in held and not self._is_total_fact(f, "row")]
        numeric = [f for f in facts if f["number"] is not None]
        if fq.text_asked:
            return self._text_of_rows(fq, facts)
        if fq.cmp or ("list" in fq.ops and fq.number is not None):
            return self.filtered(fq, facts)
        if fq.growth and len(numeric) < 2 and (rates := [f for f in numeric if f["unit"] == "%" and re.search(
                r"增|减|降|幅|变化", " ".join(self.idx.fact_keys.get(f["id"], ())))]):
            return self.values(rates, groups)  # "增长率" of a row printing its change over the year before
        if "ratio" in fq.ops and len(numeric) >= 2:
            return self.ratio(numeric, groups, fq.text)
        if "diff" in fq.ops and len(numeric) >= 2:
            return self.diff(numeric, groups, years, fq.growth)
        if "ratio" in fq.ops and len(numeric) == 1 and numeric[0]["unit"] == "%" and len(groups) >= 2:
            return self.values(numeric, groups)  # "行政运行完成全年预算的百分比": the share the row prints
        if "ratio" in fq.ops and len(numeric) == 1:
            return self.share_of_total(numeric, of_all=bool(_WHOLE_SAID.search(fq.text)))
        if "ratio" in fq.ops and len(numeric) < 2 and _RATIO_AS_TEXT.search(fq.text) \
                and (said := self._sentence_of_text(fq, [f["id"] for f in facts])) is not None:
            return said  # "省市县按什么比例分担": the proportion the row's text states (1:1:1), not a share
        if "diff" in fq.ops and len(numeric) == 1 and (other := self._compared_in_its_row(fq, numeric[0])):
            return self.diff([other, numeric[0]], groups, years)  # "比序时进度慢多少": the row's 执行率 against it
        if {"ratio", "diff"} & set(fq.ops) and len(numeric) < 2:
            # A share or a difference needs two figures: one alone is not the answer.
            found = "、".join(f"{_name(f)} {_shown(f)}" for f in numeric[:3])
            return FactAnswer("unknown", compose.needs_two_figures("ratio" in fq.ops, found)
                              + _cite(self.idx, numeric[:3]), [])
        if "count" in fq.ops and (of_row := self._columns_of_one_row(fq, numeric)):
            return self.values(of_row, groups)  # "执法大队编制几个": the row's figure, not a count of rows
        if "count" in fq.ops and (of_total := self._people_of_total_row(fq, numeric)):
            return self.values(of_total, groups)  # "实有行政几个": the people the table counts, in all
        if "count" in fq.ops and (stated := self._count_stated(fq, numeric)):
            return self.values(stated, groups)  # "绩效自评的项目有几个": the row printing its count (4个)
        if "count" in fq.ops and not (len(numeric) == 1 and "sum" not in fq.ops):
            return self.count(fq, facts, groups)
        if ("max" in fq.ops or "min" in fq.ops) and (by_group := self._group_figures(fq, facts)):
            return self.extreme_of_groups(fq, by_group)
        if "max" in fq.ops or "min" in fq.ops or "range" in fq.ops:
            return self.extreme(fq, facts)
        if "list" in fq.ops and len(facts) > 1:
            return self.row_listing(fq, facts) or self.listing(facts)
        if "list" in fq.ops and len(numeric) == 1 and re.search(r"数$", label_key(
                (numeric[0]["row_labels"] or "").split(query.FACT_SEP)[-1])):
            f = numeric[0]
            return FactAnswer("unknown", compose.only_a_number(_name(f), _shown(f)) + _cite(self.idx, [f]), [f])
        return self._summed_or_values(fq, facts, numeric, groups, only)

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
        if fq.period and len({f["col_labels"] for f in numeric}) > 1:
            by_col = [self.sum([f for f in numeric if f["col_labels"] == c]) for c in dict.fromkeys(
                f["col_labels"] for f in numeric)]
            return FactAnswer("answered", "\n".join(p.text for p in by_col), [f for p in by_col for f in p.facts])
        if ("sum" in fq.ops or fq.period) and len(numeric) >= 2 and not any(f["unit"] == "%" for f in numeric):
            return self.sum(numeric)
        if re.search(r"分别|各自|各是", fq.text) and len(facts) == 1 and not [g for g in groups if len(g) > 1] \
                and len(fq.departments) < 2 and only is None:
            # "年初和年末…分别多少" answered with one figure: the other one was not found.
            f = facts[0]
            return FactAnswer("unknown", compose.only_one_found(_name(f), _shown(f)) + _cite(self.idx, [f]), [])
        return self.values(facts, groups)

    # -- narrowing --

    def _specific(self, facts: list[dict], fq: FactQuestion, groups: list[list[Mention]]) -> list[dict]:
        """Among facts matching every constraint, those the question means: the labels it explains best
        (a fact with fewer unexplained labels), the kind of value it asks for (多少人 -> a count in 人,
        多少钱 -> money, a number for 多少), and a group's subtotal when it names the group alone."""
        if not facts:
            return facts
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
        facts = [f for f in facts if matched(f) == top]
        if _USE not in keys_q:  # "就业补助多少": the row's figure, not what the note says it is used for
            facts = _prefer(facts, lambda f: _USE not in self.idx.fact_keys.get(f["id"], ()))
        facts = self._of_kind_asked(facts, fq)
        facts = self._wholes_not_parts(facts, keys_q)
        multi = [g for g in groups if len(g) > 1]
        if multi:  # per coordinated item, the facts with the fewest unexplained labels
            return self._per_item(facts, multi[0], fq, extra)
        if "list" in fq.ops or "count" in fq.ops or "max" in fq.ops or "min" in fq.ops or "range" in fq.ops or fq.cmp:
            return facts
        if fq.period and all(_month(f) for f in facts):
            return facts  # the months of a period, added up
        if "sum" in fq.ops and not [g for g in groups if len(g) > 1] and len({f["col_labels"] for f in facts}) == 1 \
                and len({self._row_key(f["id"]) for f in facts}) > 2:
            # "指标权重加起来多少": the column over its rows, totals left out.
            rows = [f for f in facts if f["number"] is not None and not any(
                _is_total(k) for k in self.idx.fact_keys.get(f["id"], ()))]
            return rows or facts
        if ("diff" in fq.ops or fq.remaining or fq.excess or fq.per_head) and \
                len({self._row_key(f["id"]) for f in facts}) == 1:
            return facts  # one item compared with itself: across the years it is printed for
        if "多少" in fq.text or fq.ops:
            facts = _prefer(facts, lambda f: f["number"] is not None)
        if self._kinds_asked(facts, fq):
            return facts  # "资金来源是啥": the group's lines by kind, its total among them
        facts = self._subtotal_of_group(facts, keys_q)
        if self._one_column(facts, fq, keys_q):
            return self._rows_of_one_column(facts, keys_q)
        if (alone := self._row_named_alone(facts, fq)) and len(alone) > 1:
            return alone  # the row's amounts, each said
        if parts := self._parts_of_column_group(alone or facts, keys_q):
            return parts  # "急救车购置资金来源": each source of the row, not the one with the shortest name
        # Still several columns of one row and no column named: the first column that fits.
        return _fewest_unexplained(alone or facts, keys_q, extra)

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
        facts = _prefer(facts, lambda f: _kind_fits(f, fq))
        if {"ratio", "diff", "sum"} & set(fq.ops):
            facts = _prefer(facts, lambda f: f["number"] is not None)
        return facts

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

    def _subtotal_of_group(self, facts: list[dict], keys_q: set[str]) -> list[dict]:
        """A group named alone ("在职人员多少人") is its subtotal row."""
        if len({self._row_key(f["id"]) for f in facts}) > 1 and not any(_is_total(k) for k in keys_q):
            return _prefer(facts, lambda f: any(_is_total(k) for k in self.idx.fact_keys.get(f["id"], ()) if k not in keys_q))
        return facts

    def _row_named_alone(self, facts: list[dict], fq: FactQuestion) -> list[dict] | None:
        """"基本支出小计" of a row of amounts and a rate: no column named, the row's figure is its first
        amount (年度预算), never the column with the shortest name (执行率); None when a column is named,
        the facts are of several rows, or a rate is asked."""
        idx = self.idx
        keys_q = {k for m in fq.mentions for k in m.keys}
        # The row itself, not the rows under it that carry its label as their parent's.
        facts = [f for f in facts if idx.fact_nrows.get(f["id"], 0)
                 and idx.fact_keys[f["id"]][idx.fact_nrows[f["id"]] - 1] in keys_q]
        if facts and len({f["document_id"] for f in facts}) == 1 and len({f["sheet"] for f in facts}) > 1 \
                and len({_own_row(f) for f in facts}) == 1:
            # The row printed again on a later sheet of the table (分季度): the first sheet's row is the row.
            first = min(facts, key=lambda f: f["id"])["sheet"]
            facts = [f for f in facts if f["sheet"] == first]
        if len({self._row_key(f["id"]) for f in facts}) != 1 or len({f["col_labels"] for f in facts}) < 2 \
                or re.search(r"率|比例|百分", fq.text):
            return None
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
                    for m in fq.mentions)

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
        for m in items:
            mine = [f for f in facts if m.keys & set(self.idx.fact_keys.get(f["id"], ()))]
            if mine and m.keys <= set(self.idx.head_labels):
                out += [f for f in mine if f not in out]  # "乡镇或单位": a rows' head names every row under it
            elif mine:
                mine = _prefer(mine, lambda f: f["number"] is not None) if "多少" in fq.text else mine
                least = min(extra(f) for f in mine)
                out += [f for f in mine if extra(f) == least and f not in out]
        return out

    def _default_year(self, facts: list[dict]) -> list[dict]:
        """Without a year asked, a value printed for several years is the document's own year's."""
        years = {f["year"] for f in facts}
        if len(years) <= 1:
            return facts
        by_doc_year = [f for f in facts if f["year"] == self.idx.docs[f["document_id"]].year]
        return by_doc_year or facts

    # -- answers --

    def values(self, facts: list[dict], groups: list[list[Mention]]) -> FactAnswer:
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
            return FactAnswer("answered", compose.fact_value(_name(f), _shown(f)) + _cite(self.idx, facts), facts)
        if len(facts) > 2 and len(rows) > 1 and len({f["col_labels"] for f in facts}) > 1 \
                and not [g for g in groups if len(g) > 1]:
            # Several rows and several columns match: which one is meant is not clear.
            names = list(dict.fromkeys(_name(f) for f in facts))[:8]
            return FactAnswer("clarify", compose.which_fact(names), facts, options=names)
        if len(facts) > 8:
            named = "、".join(dict.fromkeys(_name(f) for f in facts[:8]))
            return FactAnswer("clarify", compose.too_many_facts(named), facts, options=[_name(f) for f in facts[:8]])
        return FactAnswer("answered", compose.fact_values(list(zip(_names(facts), map(_shown, facts), strict=True)))
                          + _cite(self.idx, facts), facts)

    def sum(self, facts: list[dict]) -> FactAnswer:
        facts = list({f["id"]: f for f in facts}.values())  # one cell is never added twice
        printed = _printed_total(facts)
        if printed is not None:
            return self.values([printed], [])  # the table's own 合计 row of the column: never re-added
        facts = _one_level(facts)
        if len(facts) == 1:
            return self.values(facts, [])
        if (whole := self._total_of_all(facts)) is not None:
            return self.values([whole], [])  # every item of the column added: the table prints that sum
        units = {f["unit"] for f in facts}
        if len(units) > 1:
            return self.values(facts, [])
        unit = units.pop() or ""
        total = sum(f["number"] for f in facts)
        text = compose.fact_sum(list(zip(_names(facts), (fmt_number(f["number"]) for f in facts), strict=True)), fmt_number(total), unit)
        return FactAnswer("answered", text + _cite(self.idx, facts), facts)

    def _pair(self, facts: list[dict], groups: list[list[Mention]]) -> tuple[dict, dict] | None:
        """The two values a comparison names, in the order the question names them."""
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

    def diff(self, facts: list[dict], groups: list[list[Mention]], years: list[int], growth: bool = False) -> FactAnswer:
        if len(years) == 2 and len(facts) == 2 and facts[0]["year"] != facts[1]["year"]:
            a, b = sorted(facts, key=lambda f: -(f["year"] or 0))
            a, b = dict(a), dict(b)
        else:
            pair = self._pair(facts, groups)
            if pair is None:
                return self.values(facts, groups)
            a, b = pair
        if a["unit"] != b["unit"] and "%" in (a["unit"], b["unit"]):
            return self.values([a, b], groups)  # a rate less an amount is no difference
        points = a["unit"] == b["unit"] == "%"  # two rates differ by percentage points, not by a per cent
        unit = compose.PERCENT_POINTS if points else a["unit"] or b["unit"] or ""
        d = a["number"] - b["number"]
        years_apart = a["year"] != b["year"]
        rate = ""
        if a["line"] == b["line"] and a["document_id"] == b["document_id"] and b["number"] and not points:
            printed = next((x for x in self.idx.facts(self._row_siblings(a)) if x["unit"] == "%"
                            and re.search(r"增减率|增长率|变化率|增幅", x["col_labels"] or "")), None)
            rate = compose.printed_rate(_name(printed).split(" ")[-1], _shown(printed)) if printed else \
                compose.computed_rate(fmt_percent(d / abs(b["number"]) * 100))
        elif growth and b["number"]:  # "增长百分之几" of two rows (two years' own labels): over the earlier
            rate = compose.growth_rate(fmt_percent(d / abs(b["number"]) * 100), d >= 0)
        text = compose.fact_difference(_name(a), a["year"] if years_apart else None, _name(b),
                                       b["year"] if years_apart else None, fmt_number(a["number"]),
                                       fmt_number(b["number"]), d, fmt_number(abs(d)), fmt_number(d), unit)
        return FactAnswer("answered", text + rate + _cite(self.idx, [a, b]), [a, b])

    def ratio(self, facts: list[dict], groups: list[list[Mention]], asked: str = "") -> FactAnswer:
        one_row = len({(f["document_id"], f["page"], f["line"]) for f in facts}) == 1
        totals = [f for f in facts if self._is_total_fact(f, "col")]
        if one_row and len(totals) == 1 and len(facts) > 2:
            # "行政运行占比多少" of a row printed as 合计 / 基本支出 / 项目支出: its total's share.
            return self.share_of_total(totals)
        if len(facts) > 2:
            facts = self._totals_of_two(facts, groups) or self._one_figure_each(facts, groups, asked) or facts
        pair = self._pair(facts, groups) if len(facts) == 2 else None
        if pair is None:
            return self.values(facts, groups)
        a, b = pair
        own_a = set(self.idx.fact_keys.get(a["id"], ()))
        own_b = set(self.idx.fact_keys.get(b["id"], ()))
        named_apart = any(bool(m.keys & own_a) != bool(m.keys & own_b) for g in groups for m in g)
        if not named_apart and (a["line"] == b["line"] and a["document_id"] == b["document_id"]
                                or _own_row(a) == _own_row(b)):
            # Two columns of one row (or one item in two tables, 收入 and 支出) that the question did not
            # tell apart: the item's share of its own column's total, never one column over the other.
            return self.share_of_total(sorted(_own_kind_first(facts), key=lambda f: -_said_in(f["col_labels"] or "", asked)))
        if a["number"] > b["number"] and "除以" not in asked:
            a, b = b, a  # a share is the part over the whole (a division said is in the order said)
        if not b["number"]:
            return self.values(facts, groups)
        r = a["number"] / b["number"] * 100
        return FactAnswer("answered", compose.fact_share(_name(a), _name(b), fmt_number(a["number"]),
                                                         fmt_number(b["number"]), fmt_percent(r))
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
            found = [f for f in found if label_key(_own_row(f)) in ("合计", "总计")] or found
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

    def _total_of_all(self, facts: list[dict]) -> dict | None:
        """The column's printed 合计 when the facts are every item of that column of one sheet and add up
        to it: the table's own figure is cited, not a sum the bot made."""
        if len({(f["document_id"], f["sheet"], f["page"] if not f["sheet"] else 0, f["col_labels"]) for f in facts}) != 1:
            return None
        column = [x for x in self._same_sheets(facts[:1])
                  if x["col_labels"] == facts[0]["col_labels"] and x["number"] is not None]
        totals = [x for x in column if re.fullmatch(r"(?:合计|总计)", _own_row(x))]
        rest = [x for x in column if x not in totals]
        if len(totals) == 1 and {x["id"] for x in rest} == {f["id"] for f in facts}:
            # Every row of the column, headings (一、基本支出) and their items alike: the printed 合计 is
            # the column's total; adding them all would count the items twice.
            return totals[0]
        items = _one_level(rest)
        if len(totals) != 1 or {x["id"] for x in items} != {f["id"] for f in facts}:
            return None
        return totals[0] if abs(sum(f["number"] for f in facts) - totals[0]["number"]) < 0.01 else None

    def _continued_pages(self, f: dict) -> list[dict]:
        """A PDF table run over pages (its 合计 row on the page before): the facts of the same column on the
        pages next to the fact's own."""
        if f["sheet"] or not f["page"]:
            return []
        near = [x for x in self.idx.docs[f["document_id"]].facts
                if self.idx.fact_line[x] // 100_000 in (f["page"] - 1, f["page"] + 1)]
        return [x for x in self.idx.facts(sorted(near)[:3000]) if x["col_labels"] == f["col_labels"]]

    def _is_total_fact(self, x: dict, part: str) -> bool:
        """Whether a fact's row (part "row") or column (part "col") is a total (合计, 总计, 本年支出合计)."""
        labels = (x["row_labels"] if part == "row" else x["col_labels"]) or ""
        return _is_total(label_key(labels.split(query.FACT_SEP)[-1]))

    def _column_total(self, f: dict, sheet: list[dict]) -> dict | None:
        """The total row of a fact's own column (the nearest after it, of its own group when there are several)."""
        if self._is_total_fact(f, "row"):
            return None
        letters = _col_letters(f["cell"] or "")
        totals = [x for x in sheet if x["col_labels"] == f["col_labels"] and x["number"] and x["id"] != f["id"]
                  and _col_letters(x["cell"] or "") == letters and self._is_total_fact(x, "row")]
        if f["sheet"] and totals:
            # A sheet of blocks (the budget, then a “三公” block after a gap): the total of the fact's own block.
            lines = sorted({x["line"] for x in sheet if x["number"] is not None and x["sheet"] == f["sheet"]})
            lo = hi = f["line"]
            while lo - 1 in lines or lo - 2 in lines:
                lo -= 1 if lo - 1 in lines else 2
            while hi + 1 in lines or hi + 2 in lines:
                hi += 1 if hi + 1 in lines else 2
            totals = [x for x in totals if lo <= x["line"] <= hi] or totals
        group = (f["row_labels"] or "").split(query.FACT_SEP)[0]
        own = [x for x in totals if (x["row_labels"] or "").split(query.FACT_SEP)[0] == group] or \
            [x for x in totals if (x["page"], x["line"]) >= (f["page"], f["line"])] or totals
        return min(own, key=lambda x: abs(x["line"] - f["line"]) + 1000 * abs(x["page"] - f["page"])) if own else None

    def _grand_total(self, f: dict, sheet: list[dict]) -> dict | None:
        """A group's 小计 (石桥街道 小计) over the table's 合计 of the same column, outside that group: its share
        of the whole, never of its own items."""
        group = (f["row_labels"] or "").split(query.FACT_SEP)[0]
        letters = _col_letters(f["cell"] or "")
        out = [x for x in sheet if x["col_labels"] == f["col_labels"] and x["id"] != f["id"] and x["number"]
               and _col_letters(x["cell"] or "") == letters and self._is_total_fact(x, "row")
               and (x["row_labels"] or "").split(query.FACT_SEP)[0] != group and x["number"] >= (f["number"] or 0)
               and (x["row_labels"] or "").count(query.FACT_SEP) < (f["row_labels"] or "").count(query.FACT_SEP)]
        return min(out, key=lambda x: x["number"]) if out else None

    def _siblings(self, f: dict, sheet: list[dict]) -> list[dict]:
        """The items of one group that prints no total (部门预算支出: 基本支出, 项目支出): same column, same
        parent rows, same depth; none when they are levels of a subject code (a sum would count twice)."""
        rows = (f["row_labels"] or "").split(query.FACT_SEP)
        if self._is_total_fact(f, "row"):
            return []  # a total row is the sum of the others, never a part of it
        out = [x for x in sheet if x["col_labels"] == f["col_labels"] and x["number"] is not None
               and (x["row_labels"] or "").split(query.FACT_SEP)[:-1] == rows[:-1]
               and x["row_heads"] == f["row_heads"] and not self._is_total_fact(x, "row")]
        codes = [m.group() for x in out if (m := re.match(r"\d{3,}", label_key(
            (x["row_labels"] or "").split(query.FACT_SEP)[-1])))]
        if len(out) < 2 or not f["row_heads"] or any(a != b and b.startswith(a) for a in codes for b in codes):
            return []
        return out

    def _row_total_column(self, f: dict, sheet: list[dict]) -> dict | None:
        """A total row's value over the same row's total column: 合计 row's 基本支出 over its 本年支出合计."""
        if self._is_total_fact(f, "col"):
            return None
        same = [x for x in sheet if x["line"] == f["line"] and x["page"] == f["page"] and x["id"] != f["id"]
                and x["row_labels"] == f["row_labels"] and x["number"] and self._is_total_fact(x, "col")]
        same = [x for x in same if label_key(x["col_labels"] or "") in ("合计", "总计")] or same  # not a group's 小计
        return same[0] if len(same) == 1 and same[0]["number"] >= f["number"] else None

    def rate(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        done_words, plan_words = _RATE_WORDS[fq.rate]
        rows = defaultdict(list)
        sibling_ids = sorted({x for f in facts + self._rows_named_alike(facts) for x in self._row_siblings(f)})
        for sib in self.idx.facts(sibling_ids):
            rows[(sib["document_id"], sib["row_labels"])].append(sib)
        lines, used = [], []

        budget = next((b for b in ("年初预算", "全年预算") if b in fq.text), "") or fq.plan

        def pick(fs: list[dict], words: tuple[str, ...]) -> dict | None:
            # A column saying the word first: the 预算 of a row named 一般公共预算财政拨款支出 is no budget column.
            for of_row in (False, True):
                for w in ((budget,) if budget and words is plan_words else ()) + words:
                    for f in fs:
                        last = (f["row_labels"] or "").split(query.FACT_SEP)[-1] if of_row else ""
                        if f["number"] is not None and f["unit"] != "%" and w in (f["col_labels"] or "") + last:
                            return f
            return None

        for fs in rows.values():
            done, plan = pick(fs, done_words), pick(fs, plan_words)
            printed = _printed_rate(fs, budget or (plan["col_labels"] or "" if plan else ""))
            if printed and done and plan:
                lines.append(compose.fact_rate_printed(_name(done).split(" ")[0], fq.rate, printed["value"],
                                                       fmt_number(done["number"]), fmt_number(plan["number"])))
                used += [printed, done, plan]
            elif done and plan and done is not plan and plan["number"]:
                r = done["number"] / plan["number"] * 100
                lines.append(compose.fact_rate(_name(done).split(" ")[0], fq.rate, fmt_number(done["number"]),
                                               fmt_number(plan["number"]), fmt_percent(r)))
                used += [done, plan]
        if not lines:
            return FactAnswer("unknown", compose.no_rate(fq.rate))
        return FactAnswer("answered", "；".join(lines[:8]) + _cite(self.idx, used), used)

    def read(self, question: str) -> FactQuestion:
        """read_question, once per question (the answer reads it again after trying clauses)."""
        if question not in self._read:
            self._read[question] = read_question(question, self.idx)
        return copy.deepcopy(self._read[question])

    def peek(self, question: str) -> FactQuestion:
        """The same reading, not copied: for a caller that only looks at it (never changes it)."""
        if question not in self._read:
            self._read[question] = read_question(question, self.idx)
        return self._read[question]

    def _per_department(self, question: str, named: list[str], doc_ids: list[int] | None) -> FactAnswer | None:
        """"湛江和渝中的城镇新增就业目标分别多少 / 差多少": the question asked of each department, then
        compared or added when it asks so."""
        if re.search(r"(?:比|较|同比|相比)(?:上年|去年|上一年|(?:19|20)\d\d)", compact(normalize(question))):
            # "财政局收入支出总计比上年减少多少" naming two departments: each one's change over its own year,
            # never one department's figure against the other's — which one is meant is asked.
            return FactAnswer("clarify", compose.which_department(named), [], options=named[:10])
        parts = []
        for dept in named:
            fa = self.answer(question, doc_ids, None, clauses=False, only=[dept])
            own = _own_part(self.peek(question), dept)
            if own and (fa is None or fa.status != "answered" or not fa.facts):
                # "东湖分局的就业补助和渝中区就业补助资金各多少": each department's own item.
                fa = self.answer(own, doc_ids, None, clauses=False, only=[dept])
            if fa is None or fa.status != "answered" or not fa.facts:
                return FactAnswer("unknown", compose.not_in_department(dept)) \
                    if fa is None or fa.status == "unknown" else fa
            parts.append((dept, fa))
        whole = read_question(question, self.idx)
        self.last = whole
        one = [fa.facts[0] for _, fa in parts if len(fa.facts) == 1 and fa.facts[0]["number"] is not None]
        if len(one) == len(parts) == 2 and "diff" in whole.ops:
            a, b = one
            d = a["number"] - b["number"]
            unit = a["unit"] or b["unit"] or ""
            text = compose.departments_difference(a["department"] + _name(a), b["department"] + _name(b),
                                                  fmt_number(a["number"]), fmt_number(b["number"]),
                                                  fmt_number(abs(d)), fmt_number(d), unit)
            return FactAnswer("answered", text + _cite(self.idx, one), one)
        if len(one) == len(parts) and "sum" in whole.ops and len({f["unit"] for f in one}) == 1:
            total = sum(f["number"] for f in one)
            unit = one[0]["unit"] or ""
            text = compose.fact_sum([(f["department"], fmt_number(f["number"])) for f in one], fmt_number(total), unit)
            return FactAnswer("answered", text + _cite(self.idx, one), one)
        return FactAnswer("answered", compose.by_department([(dept, fa.text) for dept, fa in parts]),
                          [f for _, fa in parts for f in fa.facts])

    def _period_total(self, fq: FactQuestion, facts: list[dict]) -> dict | None:
        """A rate over a period that is the whole table (上半年 of a 1-6月 table) is the total row's."""
        f = facts[0]
        same = self.idx.facts([x for x in self.idx.docs[f["document_id"]].facts])
        col = [x for x in same if x["col_labels"] == f["col_labels"]]
        months = {_month(x) for x in col if _month(x)}
        totals = [x for x in col if any(_is_total(k) for k in self.idx.fact_keys.get(x["id"], ()))]
        if months and months <= set(fq.period) and len(totals) == 1:
            return totals[0]
        return None

    def having_values(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """"区级财政资金的项目有哪些": the rows whose cell prints the value."""
        doc_set = set(docs)
        ids = [f for v in fq.values for f in self.idx.value_facts.get(v, ()) if self.idx.fact_doc[f] in doc_set]
        if not ids:
            return None
        facts = self.idx.facts(ids[:200])
        rows = list(dict.fromkeys(_name(f).split(" ")[0] for f in facts))
        col = _name(facts[0]).split(" ")[-1] if " " in _name(facts[0]) else ""
        head = compose.having_value_head(col, "、".join(fq.values))
        asked = self._asked_column(fq, facts) or next(
            # The value printed in two sheets (项目类别 of the detail, 备注 of the plan): the sheet whose
            # rows have the column named.
            (a for sheet in dict.fromkeys(f["sheet"] for f in facts)
             if (a := self._asked_column(fq, [f for f in facts if f["sheet"] == sheet]))), []) \
            or (self._money_of_rows(facts) if "sum" in fq.ops else [])
        # "经常性项目合计多少": the total column named over several rows holding the value is their sum.
        total = len(asked) > 1 and not re.search(r"各|分别|每个", fq.text) and any(
            m.keys and all(_is_total(k) for k in m.keys) for m in fq.mentions)
        if asked:
            # "排水管理处两个项目预算加起来": that column of the rows holding the value, summed or listed.
            return self.sum(asked) if "sum" in fq.ops or total else self.values(asked, [])
        if "count" in fq.ops:
            return FactAnswer("answered", compose.counted_items(rows, head) + _cite(self.idx, facts), facts)
        return FactAnswer("answered", compose.numbered_items(rows, head) + _cite(self.idx, facts), facts)

    def _asked_column(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """The numbers, in each row of facts, of the column the question names exactly ("年度预算数");
        [] unless every row has one."""
        keys = {k for m in fq.mentions if m.exact for k in m.keys if k in self.idx.col_keys}
        if not keys:
            return []
        out = []
        for f in facts:
            sib = self.idx.facts(self._row_siblings(f))
            hit = next((x for x in sib if x["number"] is not None and keys.intersection(self.idx.fact_keys.get(x["id"], ()))), None)
            if hit is None:
                return []
            out.append(hit)
        return list({x["id"]: x for x in out}.values())

    def _money_of_rows(self, facts: list[dict]) -> list[dict]:
        """"货物类一共多少钱": each row's amount — its one money column, or its money total column
        (采购预算金额合计 beside 财政拨款 and 其他资金); [] unless every row has exactly one."""
        out = []
        for f in facts:
            money = [x for x in self.idx.facts(self._row_siblings(f))
                     if x["number"] is not None and (x["unit"] or "") in _MONEY_UNITS]
            totals = [x for x in money if self._is_total_fact(x, "col")]
            pick = totals if len(money) > 1 else money
            if len(pick) != 1:
                return []
            out.append(pick[0])
        return list({x["id"]: x for x in out}.values())

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

    def _same_table(self, facts: list[dict]) -> list[dict]:
        """The facts of a table: its sheet, or for a PDF every page the table runs over (a 支出决算表 whose
        合计 row is on the page before its 住房保障支出 row: the pages under the same table title)."""
        sheet = self._same_sheets(facts)
        titled = {(f["document_id"], f["section"]) for f in facts if not f["sheet"] and f["section"]}
        if not titled:
            return sheet
        seen = {x["id"] for x in sheet}
        every = self.idx.facts(sorted(x for d, _ in titled for x in self.idx.docs[d].facts)[:5000])
        return sheet + [x for x in every if (x["document_id"], x["section"]) in titled and x["id"] not in seen]

    def _same_sheets(self, facts: list[dict]) -> list[dict]:
        """Every fact of the sheets (or pages) the matched facts stand on: the table a list is over."""
        where = {(f["document_id"], f["sheet"] or "", f["page"] if not f["sheet"] else 0) for f in facts}
        docs = {d for d, _, _ in where}
        every = self.idx.facts(sorted(x for d in docs for x in self.idx.docs[d].facts)[:5000])
        return [x for x in every if (x["document_id"], x["sheet"] or "", x["page"] if not x["sheet"] else 0) in where]

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
            progress = next((x for x in sib if x["unit"] == "%" and re.search(r"进度|执行率|完成率", x["col_labels"] or "")),
                            None)
            pair = self._pair_in_row(f, fq.verb or r"执行|已支付|实际|完成", r"预算|计划")
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
        cols = [m for g in groups for m in g if m.keys <= self.idx.col_keys]
        if len(cols) < 2 or not ("list" in fq.ops or "count" in fq.ops):
            return None
        a, b = cols[0], cols[1]
        between = fq.text[a.end:b.start]
        if re.search(r"超过|高于|大于|多于|超出|超", between):
            test = "gt"
        elif re.search(r"低于|少于|小于|不到|不足|没达到", between):
            test = "lt"
        else:
            return None
        rows: dict[tuple, dict[str, dict]] = defaultdict(dict)
        every = self._same_sheets(self.idx.facts(ids))
        for f in every:
            own = set(self.idx.fact_keys.get(f["id"], ()))
            if f["number"] is None or any(_is_total(k) for k in own):
                continue
            key = (f["document_id"], f["sheet"], f["page"], f["line"])
            if a.keys & own and not b.keys & own:
                rows[key]["a"] = f
            elif b.keys & own and not a.keys & own:
                rows[key]["b"] = f
        hits = [r for r in rows.values() if "a" in r and "b" in r and (
            r["a"]["number"] > r["b"]["number"] if test == "gt" else r["a"]["number"] < r["b"]["number"])]
        checked = sum(1 for r in rows.values() if "a" in r and "b" in r)
        if not checked:
            return None
        lines = [compose.item_with(k, _name(r["a"]).split(" ")[0], _shown(r["a"]), _name(r["b"]).split(" ")[-1],
                                   _shown(r["b"])) for k, r in enumerate(hits, start=1)]
        used = [r["a"] for r in hits] + [r["b"] for r in hits]
        if not hits:
            return FactAnswer("answered", compose.none_of_checked(checked) + _cite(self.idx, every[:5]), [])
        return FactAnswer("answered", compose.checked_list(lines, checked, compose.ABOVE if test == "gt" else compose.BELOW)
                          + _cite(self.idx, used), used)

    def _pair_in_row(self, f: dict, done_re: str, plan_re: str) -> tuple[dict, dict] | None:
        """In the row of a fact (or the block it belongs to), what was done and what was planned."""
        # Amounts only: a rate (执行率 75%) or a gap in points is never subtracted from an amount.
        sib = [x for x in self.idx.facts(self._row_siblings(f)) if x["number"] is not None
               and x["unit"] not in ("%", "百分点")]
        # A part of the year (第一季度, 3月) is not what was done: the whole year's column, where there is one.
        sib = sorted(sib, key=lambda x: bool(_PART_OF_YEAR.search(x["col_labels"] or "")))
        done = next((x for x in sib if re.search(done_re, x["col_labels"] or x["row_labels"] or "")), None)
        # The budget as it now stands (调整后预算) before the one set at the year's start.
        plans = sorted((x for x in sib if re.search(plan_re, x["col_labels"] or x["row_labels"] or "") and x is not done
                        and (done is None or x["unit"] == done["unit"])),
                       key=lambda x: not re.search(r"调整", x["col_labels"] or ""))
        plan = plans[0] if plans else None
        return (done, plan) if done and plan else None

    def remaining(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        done_re = fq.verb or r"执行|已支付|实际|完成|支出数"
        plan_re = r"预算|指标值|目标|计划"
        lines, used = [], []
        seen = set()
        for f in facts:
            key = (f["document_id"], f["sheet"], f["page"], f["line"])
            if key in seen:
                continue
            seen.add(key)
            pair = self._pair_in_row(f, done_re, plan_re)
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
        for f in facts:
            sib = [x for x in self.idx.facts(self._row_siblings(f)) if x["number"] is not None]
            people = next((x for x in sib if x["unit"] in ("人", "人次")), None)
            amounts = [x for x in sib if x["unit"] in _MONEY_UNITS]
            asked = [x for x in amounts if x in facts]
            # the amount asked; of several (or none named), the row's total (合计), not the first of its parts
            pool = asked if len(asked) == 1 else asked or amounts
            money = next((x for x in pool if len(pool) > 1 and self._is_total_fact(x, "col")), None) or next(iter(pool), None)
            if people and money and people["number"]:
                v = money["number"] / people["number"]
                return FactAnswer("answered", compose.per_head(_name(money).split(" ")[0], fmt_number(money["number"]),
                                                               fmt_number(people["number"]), fmt_number(v), money["unit"])
                                  + _cite(self.idx, [money, people]), [money, people])
        what = "、".join(dict.fromkeys(_name(f).split(" ")[0] for f in facts[:3]))
        has = "、".join(dict.fromkeys(_name(f) for f in facts[:6]))
        return FactAnswer("unknown", compose.no_per_head(what, has) + _cite(self.idx, facts[:6]))

    def _quoted_in_text(self, fq: FactQuestion, ids: list[int]) -> list[int]:
        """"评价标准每低于5%扣几分": words no label explains that the text of a matched cell says (每低于5%扣1分)
        name that cell; the question asks what its text says there."""
        words = fq.leftover.split()
        if len("".join(words)) < 2 or len(ids) > 400:
            return ids
        filtered = fq.cmp in ("lt", "gt", "ge", "eq") and fq.number is not None
        if filtered:  # "低于5%" read as a filter is the cell's own words here
            words.append(fmt_number(fq.number or 0) + ("%" if fq.percent else ""))
        # never a use note ("主要用于：…开办费…"): a part it names is one the table does not break down
        quoting = [f["id"] for f in self.idx.facts(ids) if f["number"] is None and len(f["value"]) >= 8
                   and _USE not in self.idx.fact_keys.get(f["id"], ()) and all(w in f["value"] for w in words)]
        if quoting:
            fq.leftover = ""
            if filtered:
                fq.cmp, fq.number = "", None
        return quoting or ids

    def _printed_change(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"比上年减少多少" / "跟2023年比减少多少" of a row whose document states the change (比上年减少 X万元,
        下降 Y%): the stated change, with the two years' figures when both are printed; never a difference
        of two unrelated columns."""
        if "diff" not in fq.ops or not re.search(r"上年|去年|上一年", fq.text) and len(set(fq.years)) != 2:
            return None  # "比上年", or "2024比2023年" (two years said)
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
                             key=lambda x: year_of_fact(x) or 0)
            if not changes:
                # A table of two years' columns (2023年决算数, 2024年预算数) and their change (增减额, 增长率):
                # the change it prints is the one from the earlier year to the later.
                changes = [x for x in row if x["number"] is not None
                           and re.match(r"(?:增减|增长|增加|减少|变动|变化|增幅|降幅)", x["col_labels"] or "")]
                figures = sorted((x for x in row if x not in changes and x["number"] is not None and year_of_fact(x)),
                                 key=lambda x: year_of_fact(x) or 0)
                if not changes or len({year_of_fact(x) for x in figures}) != 2 or len(figures) != 2:
                    continue
            years = {year_of_fact(x) for x in figures}
            base = figures if len(figures) == 2 and len(years) == 2 else []
            lines.append(compose.printed_change(
                _name(changes[0]).split(" ")[0], [f"{x['col_labels']} {_shown(x)}" for x in changes],
                [(str(year_of_fact(x)), _shown(x)) for x in base]))
            used += changes + base
        if not lines:
            return None
        return FactAnswer("answered", "；".join(lines[:4]) + _cite(self.idx, used), used)

    def _rows_that_changed(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"项目支出里哪个预算比上年减少了": the rows under the group named whose printed change (增减额, 比上年增减)
        fell (or rose); None when the question asks no such filter or the table prints no change."""
        fall = re.search(r"哪(?:个|些|几个|几项|项|一项)[\u4e00-\u9fff]{0,8}?(?:比上年|较上年|比去年|较去年)?"
                         r"(?:(减少|下降|降低|少了|压减|减了)|(增加|增长|上升|多了|提高))了?$", fq.text)
        if not fall or {"max", "min"} & set(fq.ops) or fq.cmp:
            return None
        idx, keys_q = self.idx, {k for m in fq.mentions for k in m.keys}
        groups = {k for f in facts for k in idx.row_keys(f["id"]) & keys_q}
        sheet = [x for x in self._same_sheets(facts) if x["number"] is not None and not x["unit"] == "%"
                 and re.match(r"(?:增减|增长|增加|减少|变动|变化|比上年)", x["col_labels"] or "")
                 and not re.search(r"率|幅", x["col_labels"] or "")]
        rows = [x for x in sheet if (not groups or groups & idx.row_keys(x["id"]) and x["id"] not in
                                     {f["id"] for f in sheet if idx.fact_nrows.get(f["id"], 0)
                                      and idx.fact_keys[f["id"]][idx.fact_nrows[f["id"]] - 1] in groups})
                and not any(_is_total(k) for k in idx.fact_keys[x["id"]][:idx.fact_nrows.get(x["id"], 0)])]
        if not rows:
            return None
        hits = [x for x in rows if (x["number"] < 0 if fall.group(1) else x["number"] > 0)]
        lines = [compose.fact_value(_name(x), _shown(x)) for x in hits]
        word = fall.group(1) or fall.group(2)
        if not hits:
            return FactAnswer("answered", compose.none_changed(word, len(rows)) + _cite(idx, rows[:10]), rows)
        return FactAnswer("answered", compose.numbered_items(lines, compose.changed_head(word, len(rows)))
                          + _cite(idx, hits), hits)

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

    def _rows_named_alike(self, facts: list[dict]) -> list[dict]:
        """The same subject's rows elsewhere in its document: a 决算 table's "2013950事业运行" is the prose's
        "事业运行" (whose line prints 全年预算 and 决算); one fact of each such row."""
        names = {(f["document_id"], _row_path(f["row_labels"])) for f in facts}
        out, seen = [], set()
        for doc in {d for d, _ in names}:
            for x in self.idx.facts(list(self.idx.docs[doc].facts)):
                key = (doc, x["page"], x["line"], x["sheet"])
                if (doc, _row_path(x["row_labels"])) in names and key not in seen:
                    seen.add(key)
                    out.append(x)
        return out

    def _row_siblings(self, f: dict) -> list[int]:
        """Facts of the same row of the same document (the other columns of a line)."""
        return [x["id"] for x in query.facts_of_row(self.idx.conn, f["document_id"], f["sheet"], f["line"], f["page"])]

    def _column_facts(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """For lists and extremes: the facts of the column the question names (numbers where it can)."""
        numeric = [f for f in facts if f["number"] is not None]
        return numeric or facts

    def _which_period(self, facts: list[dict]) -> list[dict]:
        """"哪个季度支出最多": the periods are the table's period columns, compared on its total row (or on the
        one row the question named); [] when no one row is meant."""
        periods = [f for f in facts if f["number"] is not None and _period_of(f)]
        if not periods and facts:
            same = self.idx.facts(list(self.idx.docs[facts[0]["document_id"]].facts))
            periods = [f for f in same if f["number"] is not None and _period_of(f)]
        rows = {(f["document_id"], f["sheet"], f["line"]) for f in periods}
        if len(rows) > 1:
            periods = [f for f in periods if _is_total(label_key((f["row_labels"] or "").split(query.FACT_SEP)[-1]))]
            rows = {(f["document_id"], f["sheet"], f["line"]) for f in periods}
        return periods if len(rows) == 1 else []

    def extreme(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        if fq.fall:
            facts = self._change_column(fq, facts) or facts
        if facts and all(f["number"] is None for f in facts) and re.search(r"贵|便宜|钱|金额|预算", fq.text):
            # "采购哪个最贵" naming text columns (采购方式, 采购类别): the rows' amounts.
            rows = list({(f["document_id"], f["line"]): f for f in facts
                         if not self._is_total_fact(f, "row")}.values())
            facts = self._money_of_rows(rows[:60]) or facts
        candidates = [f for f in facts if f["number"] is not None]
        if re.search(r"哪(?:个|一个|一)?(?:季度|月份?)", fq.text) and (periods := self._which_period(facts)):
            key = max if "max" in fq.ops else min
            best = key(f["number"] for f in periods)
            top = [f for f in periods if f["number"] == best]
            return FactAnswer("answered", compose.fact_extreme("max" if "max" in fq.ops else "min", [_name(f) for f in top],
                                                               _shown(top[0]), len(periods)) + _cite(self.idx, top), top)
        facts = [f for f in self._column_facts(fq, facts) if f["number"] is not None
                 and not _is_total(label_key((f["row_labels"] or "").split(query.FACT_SEP)[-1]))]
        if not facts and candidates:
            # "哪项三公经费降幅最大": the question named the table's total; the items are its rows.
            f = candidates[0]
            same = self.idx.facts(list(self.idx.docs[f["document_id"]].facts))
            facts = [x for x in same if x["col_labels"] == f["col_labels"] and x["number"] is not None
                     and not any(_is_total(k) for k in self.idx.fact_keys.get(x["id"], ()))]
        if not facts:
            return FactAnswer("unknown", compose.NOTHING_TO_COMPARE)
        facts = _one_sheet_each(self.idx, _code_leaves(_without_parents(facts)))
        one_row = len({(f["document_id"], f["sheet"], f["page"], f["line"]) for f in facts}) == 1
        cols = {f["col_labels"] for f in facts}
        if len(cols) > 1 and not one_row:  # one row named: its columns are what is compared (哪个季度最多)
            # Several columns: the one most facts share (the column the question named).
            counts: dict[str, int] = defaultdict(int)
            for f in facts:
                counts[f["col_labels"]] += 1
            # Columns no word chose between: the row's total (合计) column is what a row "gets".
            # A total over several years (三年合计 of a rolling plan) is no year's figure: the table's own
            # year's total comes first ("最小的项目" is over 2025's 合计, not 2025—2027 added up).
            col = max(counts, key=lambda c: (not _MANY_YEARS.search(c or ""), counts[c],
                                             _is_total(label_key((c or "").split(query.FACT_SEP)[-1]))))
            facts = [f for f in facts if f["col_labels"] == col]
        if "range" in fq.ops:
            return self._range(facts)
        size = _size_of(facts, fq)
        key = max if "max" in fq.ops else min
        best = key(size(f) for f in facts)
        top = [f for f in facts if size(f) == best]
        word = "fall" if fq.fall else "max" if "max" in fq.ops else "min"
        ranked = [f["id"] for f in sorted(facts, key=size, reverse=key is max)][:20]
        if fq.place:  # "排第二的": that place of the ranking, the rest kept for "第三呢"
            if fq.place > len(ranked):
                return FactAnswer("unknown", compose.NOTHING_TO_COMPARE)
            place = self.idx.facts([ranked[fq.place - 1]])
            return FactAnswer("answered", compose.ranked_place(fq.place, _name(place[0]), _shown(place[0]))
                              + _cite(self.idx, place), place, ranked=ranked)
        return FactAnswer("answered", compose.fact_extreme(word, [_name(f) for f in top], _shown(top[0]), len(facts))
                          + _cite(self.idx, top), top, ranked=ranked)

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
        if level is None or doc is None:
            return []
        cols = {f["col_labels"] for f in facts if f["document_id"] == doc and f["number"] is not None}
        table = [x for x in idx.facts(list(idx.docs[doc].facts)[:3000]) if x["col_labels"] in cols and x["number"] is not None]
        members: dict[str, list[dict]] = defaultdict(list)
        for x in table:
            rows = (x["row_labels"] or "").split(query.FACT_SEP)
            if len(rows) > level + 1:
                members[rows[level]].append(x)
        subtotals = []
        for rows in members.values():
            own = [x for x in rows if self._is_total_fact(x, "row")]
            if not own:
                return []
            subtotals += own
        return self._wholes_not_parts(subtotals, keys_q) if len(members) >= 2 else []

    def extreme_of_groups(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        """The largest (smallest) group by its 小计, in the column most of them share (the one asked)."""
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
            return FactAnswer("answered", compose.ranked_place(fq.place, _name(f), _shown(f)) + _cite(self.idx, [f]),
                              [f], ranked=[x["id"] for x in ranked])
        best = ranked[0]["number"]
        top = [f for f in ranked if f["number"] == best]
        return FactAnswer("answered", compose.fact_extreme("max" if key is max else "min", [_name(f) for f in top],
                                                           _shown(top[0]), len(facts)) + _cite(self.idx, top), top,
                          ranked=[x["id"] for x in ranked])

    def _columns_of_one_row(self, fq: FactQuestion, numeric: list[dict]) -> list[dict]:
        """One row named and columns named ("执法大队编制几个 实有几个"): each column's figure of that row, the
        column's own total when the column is split (核定编制数合计, not 行政编制 beside it). Empty when the
        question names no row or the facts span several rows (then 几个 counts rows)."""
        if not numeric or len({(f["document_id"], f["sheet"], f["page"], f["line"]) for f in numeric}) != 1:
            return []
        idx = self.idx
        cols = [m for m in fq.mentions if m.keys <= idx.col_keys | idx.head_keys and not m.keys & idx.row_label_keys]
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
        if not numeric or any(f["unit"] != "人" for f in numeric):
            return []
        totals = [f for f in numeric if self._is_total_fact(f, "row")]
        # the grand total (合计 at the top level), not a group's 小计 under its heading
        top = min((len(_row_path(f["row_labels"])) for f in totals), default=0)
        totals = [f for f in totals if len(_row_path(f["row_labels"])) == top]
        if len({(f["document_id"], f["sheet"], f["page"], f["line"]) for f in totals}) != 1:
            return []
        return totals

    def _text_of_rows(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        """"青石所什么时候设的", "它是几类事业单位": the named row's text of that kind (in any of its columns,
        a 备注 or 单位类别); a number of the row is never the answer to it."""
        rows = {(f["document_id"], f["sheet"], f["page"], f["line"]): f for f in facts}
        if not rows or len(rows) > 5:
            return FactAnswer("unknown", compose.no_text_of_kind(fq.text_asked == "time"))
        pattern = _TEXT_OF_KIND[fq.text_asked]
        found = [x for f in rows.values() for x in self.idx.facts(self._row_siblings(f))
                 if x["number"] is None and pattern.search(x["value"] or "")]
        if not found and fq.text_asked == "kind" and (grouped := self._group_of_row(list(rows.values()), fq)):
            return grouped
        if not found:
            return FactAnswer("unknown", compose.no_text_of_kind(fq.text_asked == "time"))
        return self.values(list({x["id"]: x for x in found}.values()), [])

    def _group_of_row(self, facts: list[dict], fq: FactQuestion) -> FactAnswer | None:
        """"督导室属于什么类别": the one row's label in a column of kinds (单位类别, 项目类型) it is listed
        under; None when the rows are several, the row is a subtotal, the question names the group itself
        ("几类事业单位" asks a kind within it), or no column of kinds holds them."""
        named = {_own_row(f): f for f in facts}
        if len(named) != 1 or _is_total(next(iter(named))):
            return None
        f = next(iter(named.values()))
        labels = (f["row_labels"] or "").split(query.FACT_SEP)
        said = {k for m in fq.mentions for k in m.keys}
        if any(label_key(x) in said for x in labels[:-1]):
            return None
        heads = (f["row_heads"] or "").split(query.FACT_SEP)
        for label, head in zip(labels[:-1], heads, strict=False):
            if label and re.search(r"类别|类型|分类|性质|类$", head or "") and not _is_total(label_key(label)):
                return FactAnswer("answered", compose.row_group(labels[-1], label, head) + _cite(self.idx, [f]), [f])
        return None

    def _range(self, facts: list[dict]) -> FactAnswer:
        """The largest of a list less its smallest (rows of one column, one level)."""
        if len(facts) < 2 or len({f["unit"] for f in facts}) > 1:
            return FactAnswer("unknown", compose.NOTHING_TO_COMPARE)
        hi = max(facts, key=lambda f: f["number"])
        lo = min(facts, key=lambda f: f["number"])
        return FactAnswer("answered", compose.fact_range(_name(hi), fmt_number(hi["number"]), _name(lo),
                                                         fmt_number(lo["number"]), fmt_number(hi["number"] - lo["number"]),
                                                         hi["unit"] or "", len(facts)) + _cite(self.idx, [hi, lo]), [hi, lo])

    def _change_column(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """"哪项降得最多": the rows' change column (增减额; 增减率 when a rate is asked: 降幅, 百分之几)."""
        rate = bool(re.search(r"幅|率|百分|%", fq.text))
        same = self._same_sheets(facts[:1]) if facts else []
        cols = [x for x in same if x["number"] is not None and re.search(r"增减|变动|变化|差额|差异", x["col_labels"] or "")
                and bool(re.search(r"率|%", x["col_labels"] or "") or x["unit"] == "%") == rate]
        cols = [x for x in cols if not self._is_total_fact(x, "row") and "合计" not in (x["row_labels"] or "")]
        # A row over "其中：" rows is their subtotal; rows of another unit (辆, 人) are other measures.
        lines = {x["line"]: x for x in cols}
        cols = [x for x in cols if not (lines.get(x["line"] + 1) or {}).get("row_labels", "").startswith("其中")]
        units = [x["unit"] or "" for x in cols]
        common = max(dict.fromkeys(units), key=units.count, default="")  # a tie: the first row's unit
        return [x for x in cols if (x["unit"] or "") == common]

    def row_listing(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer | None:
        """"机关那组有哪些单位": the rows asked for are the units (their names), not each of their values;
        subtotal and total rows are no units. None when the facts are one row or one column."""
        if not re.search(r"(?:哪些|哪几个|哪几项|有什么)(?:单位|项目|科目|街道|镇|部门|机构|所|中心|支出|收入)?$|"
                         r"(?:单位|项目|科目|街道|机构|部门)(?:有|都有|包括)?(?:哪些|哪几个|什么)", fq.text):
            return None
        if len({f["col_labels"] for f in facts}) < 2:
            return None
        rows: dict[tuple, dict] = {}
        for f in facts:
            leaf = (f["row_labels"] or "").split(query.FACT_SEP)[-1]
            if leaf and not _is_total(label_key(leaf)) and f["number"] is not None:
                rows.setdefault((f["document_id"], f["sheet"], f["line"]), f)
        if len(rows) < 2:
            return None
        kept = _without_parents(list(rows.values()))
        if len(kept) < 2:
            return None
        names = [(f["row_labels"] or "").split(query.FACT_SEP)[-1] for f in kept]
        return FactAnswer("answered", compose.numbered_items(names) + _cite(self.idx, kept[:30]), kept)

    def listing(self, facts: list[dict]) -> FactAnswer:
        facts = _numbered_items(facts)
        return FactAnswer("answered", compose.numbered_items([compose.fact_value(_name(f), _shown(f)) for f in facts])
                          + _cite(self.idx, facts[:30]), facts)

    def filtered(self, fq: FactQuestion, facts: list[dict]) -> FactAnswer:
        facts = [f for f in facts if not re.match(r"^(?:合计|总计|小计)", (f["row_labels"] or "").split(
            query.FACT_SEP)[-1])]
        out = []
        if fq.cmp == "same":
            return self.same_columns(facts)
        if fq.cmp in ("below_full", "below_target"):
            done_re = r"完成|实际|得分|执行数"
            ref_re = r"分值|权重|满分" if fq.cmp == "below_full" else \
                r"指标值|目标|计划|预算数" if re.search(r"预算|资金|钱|经费", fq.text) else r"指标值|目标|计划"
            seen: set[tuple] = set()
            checked = 0
            everything = self._same_sheets(facts)
            for f in everything:
                key = (f["document_id"], f["sheet"], f["page"], f["line"])
                if key in seen:
                    continue
                seen.add(key)
                sib = self.idx.facts(self._row_siblings(f))
                done = next((x for x in sib if re.search(done_re, x["col_labels"] or "")), None)
                ref = next((x for x in sib if re.search(ref_re, x["col_labels"] or "") and x is not done), None)
                if done is None or ref is None:
                    continue
                checked += 1
                if done["number"] is not None and ref["number"] is not None:
                    short = done["number"] > ref["number"] if ref["value"].startswith("≤") else \
                        done["number"] < ref["number"]
                else:
                    short = compact(done["value"]) != compact(ref["value"])
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
        n = fq.number
        if n is not None and fq.number_unit.startswith("万") and facts and all(f["unit"] == "元" for f in facts if f["number"] is not None):
            n *= 10000  # "超过九十万" of a column in 元
        ops = {"eq": lambda x: abs(x - n) < 1e-9, "lt": lambda x: x < n, "gt": lambda x: x > n, "ge": lambda x: x >= n}
        test = ops.get(fq.cmp or "eq")
        if test is None:  # below_full / below_target are answered above
            raise ValueError(f"unknown comparison {fq.cmp!r}")
        if fq.percent and any(f["unit"] == "%" for f in facts):
            facts = [f for f in facts if f["unit"] == "%"]  # "执行不到九成": the rate, not the amount executed
        hits = [f for f in facts if f["number"] is not None and test(f["number"])]
        if not hits:
            return FactAnswer("answered", compose.none_fits(len(facts)) + _cite(self.idx, facts[:10]), facts)
        lines = [compose.fact_value(_name(f), _shown(f)) for f in hits[:30]]
        return FactAnswer("answered", compose.numbered_items(lines, count=len(hits)) + _cite(self.idx, hits[:30]), hits)

    def same_columns(self, facts: list[dict]) -> FactAnswer:
        """The rows whose columns named hold one and the same number (决算数 = 预算数, 编制数 = 实有人数)."""
        rows: dict[tuple, list[dict]] = defaultdict(list)
        for f in facts:
            if f["number"] is not None:
                rows[(f["document_id"], f["sheet"], f["page"], f["line"])].append(f)
        compared = [_total_columns(fs) for fs in rows.values() if len({f["col_labels"] for f in fs}) >= 2]
        if not compared:
            return FactAnswer("unknown", compose.NOTHING_TO_COMPARE)
        hits = [fs for fs in compared if len({f["number"] for f in fs}) == 1]
        if not hits:
            return FactAnswer("answered", compose.none_fits(len(compared)) + _cite(self.idx, facts[:10]), facts)
        lines = [compose.fact_value(_name(fs[0]).split(" ")[0], "、".join(
            f"{_name(f).split(' ')[-1]} {_shown(f)}" for f in fs)) for fs in hits[:30]]
        used = [f for fs in hits for f in fs]
        return FactAnswer("answered", compose.numbered_items(lines, count=len(hits)) + _cite(self.idx, used[:30]), used)

    def count(self, fq: FactQuestion, facts: list[dict], groups: list[list[Mention]]) -> FactAnswer:
        # A level named by a row head ("二级指标"): count its distinct labels.
        heads = [h for h in self.idx.head_labels if any(h in m.keys or h == k for m in fq.mentions for k in m.keys)]
        scoped = {k for f in facts for k in self.idx.fact_keys.get(f["id"], ())}
        # the level's labels in the matched tables only: another table's 单位名称 rows are not these
        labels = [x for x in sorted(self.idx.head_labels[heads[0]]) if x in scoped or not facts] if heads else []
        # the table's own rows in its order; its 合计 row is no item of the level
        first: dict[str, int] = {}
        for f in sorted(facts, key=lambda f: (f["document_id"], f["page"] or 0, f["line"] or 0)):
            first.setdefault(label_key((f["row_labels"] or "").split(query.FACT_SEP)[-1]), len(first))
        labels = sorted((x for x in labels if not _is_total(x)), key=lambda x: (first.get(x, len(first)), x))
        if labels:
            h = heads[0]
            return FactAnswer("answered", compose.labels_of_level(h, labels) + _cite(self.idx, facts[:20]), facts)
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
        rows = list(dict.fromkeys(f["value"] if re.fullmatch(r"[0-9一二三四五六七八九十]+[.、]?", row) else row
                                  for f in _without_parents(_numbered_items(items)) for row in [_name(f).split(" ")[0]]))
        return FactAnswer("answered", compose.counted_items(rows) + _cite(self.idx, items[:20]), items)

    def partial(self, fq: FactQuestion, docs: list[int], years: list[int],
                groups: list[list[Mention]]) -> FactAnswer | None:
        """Mentions that no single fact carries together: a sub-item the table does not break down."""
        if len(groups) < 2:
            return None
        first = groups[0]
        ids = {f for m in first for k in m.keys for f in self.idx.label_facts.get(k, ())
               if self.idx.fact_doc.get(f) in docs}
        if not ids:
            return None
        names = sorted({fq.text[m.start:m.end] for g in groups[1:] for m in g})
        facts = self.idx.facts(sorted(ids)[:50])
        has = "、".join(dict.fromkeys(_name(f) for f in facts[:8]))
        what = fq.text[first[0].start:first[0].end]
        return FactAnswer("unknown", compose.no_such_part(what, "、".join(names), has, False) + _cite(self.idx, facts[:8]))

    def not_broken_down(self, fq: FactQuestion, ids: list[int]) -> FactAnswer:
        """A part the rows are not split into; unless a text of the one row named states it in a sentence
        ("市级按每人每月多少" of a 主要实施内容 "…按照每人每月750元标准…"): that sentence, cited."""
        said = self._sentence_of_text(fq, ids)
        if said is not None:
            return said
        facts = self.idx.facts(ids[:8])
        what = "、".join(fq.text[m.start:m.end] for m in fq.mentions)
        has = "、".join(dict.fromkeys(_name(f) for f in facts))
        asked = fq.leftover.split()[0] if fq.leftover.split() else compose.THIS_PERIOD
        return FactAnswer("unknown", compose.no_such_part(what, asked, has, True) + _cite(self.idx, facts))

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


def _fewest_unexplained(facts: list[dict], keys_q: set[str], extra) -> list[dict]:
    """The facts with the fewest label characters the question does not explain; the same line under
    another group ("居家养老上门服务" of 枫林街道 and of 白鹭镇), no group named, is no worse a match for
    its group's longer name: each is asked."""
    least = min(extra(f) for f in facts)
    chosen = [f for f in facts if extra(f) == least]
    alike = {(c["document_id"], c["col_labels"], _leaf(c)): extra(c) - _outer_len(c) for c in chosen}
    return chosen + [f for f in facts if f not in chosen and not keys_q & set(_outer_keys(f))
                     and alike.get((f["document_id"], f["col_labels"], _leaf(f))) == extra(f) - _outer_len(f)]


def _names(facts: list[dict]) -> list[str]:
    """Each fact's name; two lines named alike under different groups (居家养老上门服务 of 枫林街道 and of
    白鹭镇) each with the groups it stands under, so neither is read as the other."""
    names = [_name(f) for f in facts]
    paths: dict[str, set[str]] = defaultdict(set)
    for n, f in zip(names, facts, strict=True):
        paths[n].add(f["row_labels"] or "")
    return [" ".join([*(f["row_labels"] or "").split(query.FACT_SEP)[:-1], n]) if len(paths[n]) > 1
            and not n.startswith((f["row_labels"] or "").split(query.FACT_SEP)[0]) else n for n, f in zip(names, facts, strict=True)]


def _leaf(f: dict) -> str:
    """A fact's own row label (the innermost)."""
    return label_key((f["row_labels"] or "").split(query.FACT_SEP)[-1])


def _outer_keys(f: dict) -> list[str]:
    """The row labels a fact's row stands under (its groups), not its own."""
    return [label_key(x) for x in (f["row_labels"] or "").split(query.FACT_SEP)[:-1] if x]


def _outer_len(f: dict) -> int:
    return sum(len(k) for k in _outer_keys(f) if not _is_total(k))


def _above_row(f: dict) -> str:
    """The labels a row stands under: its section's (not its own name)."""
    return compact("".join((f["row_labels"] or "").split(query.FACT_SEP)[:-1]) + (f["section"] or ""))


def answer(kb, question: str, doc_ids: list[int] | None = None) -> FactAnswer | None:
    """The fact answer to a question, or None when no fact label explains it."""
    idx = index_for(kb)
    if not idx.fact_docs:
        return None
    return Answerer(idx).answer(question, doc_ids)


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
