"""What the conversation settles: follow-ups read against the last answer (its rows, columns, figures)."""

from __future__ import annotations

import re

from bot.answer import YEAR_ALONE, compose
from bot.answer.facts import two_sides
from bot.answer.facts.arithmetic import own_total_of_the_talk
from bot.answer.facts.common import (
    _MANY_YEARS,
    _REASON_COLUMN,
    _REMARK_COLUMN,
    _ROWS_POINTED,
    _SHARE_ONLY,
    _WHAT_FOR,
)
from bot.answer.facts.listing import Listing
from bot.answer.facts.outline import code_of, heads_by_sums, numbered_level, strip_numbering
from bot.answer.facts.outline import own_label as _own_label
from bot.answer.facts.question import (
    _CODE_ASKED,
    _LEVEL_DIGITS,
    _PARTS_ASKED,
    _USE,
    _WHICH_ROW_HAS,
    FactAnswer,
    FactQuestion,
    Mention,
    _reading,
    read_question,
)
from bot.answer.facts.values import (
    _BUDGET_COLUMN,
    _MONEY_UNITS,
    _cite,
    _code_leaves,
    _name,
    _one_level,
    _own_col,
    _own_row,
    _prefer,
    _row_path,
    _scope_docs,
    _shown,
    _without_code,
    column_flow,
    year_in,
)
from bot.answer.facts.words import (
    _ADDED_TO_LAST,
    _FILLER,
    _FOLLOWUP,
    UNDER_HEAD_SAID,
    _is_total,
    allotted_column,
    column_core,
    flow_words,
    fmt_number,
    fmt_percent,
    label_key,
)
from bot.language.normalize import compact, normalize, shared_run
from bot.store import queries as query

# "这笔钱用在哪": the use of what was just shown asked.
# A change asked on last year ("比上年增加多少"): of the one row shown, by its own columns
_ON_LAST_YEAR = re.compile(r"^(?:那|那么)?(?:它|这个|这项)?(?:比上年|较上年|比去年|较去年|同比)")

_USE_ASKED = re.compile(r"用在哪|用到哪|用于(?:什么|哪)|用途|干(?:嘛|啥|什么)用|做(?:什么|啥)用|花在哪|用来(?:干|做)")
# "其中项目支出多少": a part of the row just shown asked by its label.
_PART_ASKED = re.compile(r"^(?:那|那么)?其中(?:的)?([\u4e00-\u9fff]{2,10}?)(?:部分)?(?:是|有|占)?(?:多少钱?|几|多少万元?|呢)(?:呢|啊)?$")
# A department's tables read for the lines printed under a row a follow-up asks a part of (a department's several
# tables: its targets, its monitoring, its 决算 sheets); beyond that, not read on a follow-up's path.
PART_TABLES_AT_MOST = 12
# "里面水电费多少", "下面的差旅费呢": a line asked inside the one just shown.
_INSIDE_ASKED = re.compile(r"^(?:那|那么)?(?:它|这)?(?:的)?(?:里面|里头|下面|底下|当中)(?:的)?([\u4e00-\u9fff]{2,10}?)(?:是|有|占)?"
                           r"(?:多少钱?|几|多少万元?|呢)(?:呢|啊)?$")
# "资助国产影片放映" → "它属于哪个类": the head of that code level the line just shown stands under.
_LEVEL_ABOVE_ASKED = re.compile(r"^(?:那|那么)?(?:它|这|这个|这项|这一项|该项|其)?(?:是)?(?:属于|在|归属于?|归在)"
                                r"(?:哪个|哪一个|哪一|哪|什么)(类|款)(?:的|里|下面|下)?(?:呢|啊)?$")
# "征地和拆迁补偿支出" → "占它所在款的比例": the line just shown over the head of that level it stands under.
_LEVEL_SHARE_ASKED = re.compile(r"^(?:那|那么)?(?:它|这|这个|这项|这一项|该项|其)?(?:的)?占(?:它|其)?(?:所在|所属|所处)?(?:的)?"
                                r"(类|款)(?:的)?(?:比例|比重|占比|多少|百分之几|百分之多少|几成|百分比|是|的)*(?:呢|啊)?$")
# "那公用经费呢", "还有X呢": another row said in place of the one just answered.
# Only "多少" asked right after a ranking ("哪个科目增长率最高" → "多少"): the figure the ranking was by.
# "资金来源怎么构成", "构成情况呢": what the figure just shown is made of, asked alone.
# The kind of a row's money asked ("用的什么资金", "资金来源", "哪来的钱"): the funds' columns it prints a figure in.
_FUNDS_ASKED = re.compile(r"(?:用的|用了|使用的?|是|属于)?(?:什么|啥|哪种|哪类|哪一类|哪项)(?:性质的?)?(?:资金|钱)(?:呢)?$"
                          r"|(?:的)?资金(?:来源|性质)(?:是什么|是啥|有哪些)?(?:呢)?$|(?:钱|资金)从哪(?:里|儿)?来(?:的)?(?:呢)?$"
                          r"|哪(?:里|儿)?来的(?:钱|资金)(?:呢)?$")
# What a column of a row is, asked ("其他资金是什么", "上年结转是啥"): the row's 备注 may say.
_COLUMN_WHAT = re.compile(r"(?:是什么|是啥|指的?是?什么|是什么钱|是哪来的|从哪来的?)(?:呢)?$")
_MAKEUP_ASKED = re.compile(r"(?:那|那么)?(?:它|这笔钱|这个|其)?(?:的)?(?:资金)?(?:来源|构成|组成)(?:情况)?(?:是)?(?:怎么|如何|怎样)?"
                           r"(?:构成|组成|分)?(?:的)?(?:呢|是什么|有哪些|分别是多少|分别多少)?")
# Money asked of the figures just shown ("两个一共多少钱").
_MONEY_ASKED = re.compile(r"多少钱|几块钱|金额|花了?多少|花费")
# "具体编什么规划", "具体是哪些内容": what a row is in detail, asked right after it
_DETAIL_ASKED = re.compile(r"(?:那|它|这个)?具体(?:是|要|在|都)?[\u4e00-\u9fff]{0,4}?(?:什么|哪些|哪几个|哪几项|啥)[\u4e00-\u9fff]{0,4}?(?:呢)?")
# the headers of a row's words describing it
_DESCRIBED = re.compile(r"内容|用途|说明|备注|描述|范围|明细|依据|目标|摘要|简介")
_HOW_MUCH_ONLY = re.compile(r"^(?:那|那么)?(?:它|这个|那个|这|最高的|最多的|最大的)?(?:的)?(?:是|有)?多少(?:呢|啊)?$")
_ROW_SWAPPED = re.compile(r"^(?:那|那么|还有)|呢$")


# "其中购置费" (no asking word): a part of the line just shown said by the end of its name.
_PART_ALONE = re.compile(r"^(?:那|那么)?其中(?:的)?([\u4e00-\u9fff]{2,10}?)(?:呢|啊)?$")
# "它的劳务费", "里面印刷费呢", "其中差旅费": a line of the group just shown.
_ITS_LINE = re.compile(r"^(?:那|那么)?(?:它的|它|其(?![他余])|该项目的?|这个项目的?|里面的?|其中的?|下面的?)")


# "是新增的吗", "它是不是延续项目": a word asked yes or no of the row just shown.
_YES_NO_OF_IT = re.compile(r"(?:它|这个项目|这个|该项目|那)?(?:是不是|是|属于|算)")


_PART_OF_IT = re.compile(r"^(?:那|那么)?(?:其中|这里面|这当中|里面)")

# A follow-up setting the figure just shown against another row ("比综合执法局多几辆", "跟审计局比差多少")
_AGAINST_SAID = re.compile(r"(?:那|那么)?(?:它|这个|这)?(?:比|较|跟|和|与|同)")


# "原因是啥", "为啥", "那原因呢": why, of the line just shown, and nothing else
_REASON_ASKED = re.compile(r"(?:那|那么)?(?:它|这个|这项|这一项)?(?:的)?(?:原因|为啥|为什么|为何|什么原因|啥原因)"
                           r"(?:是啥|是什么|呢|啊)?(?:这么低|这么少|没花完|没用完)?(?:呢)?")

class Conversation(Listing):
    def _read_in_context(self, question: str, context: dict | None, only: list[str] | None) -> FactQuestion | None:
        """The reading of the question; a follow-up naming no department keeps the conversation's."""
        idx = self.idx
        fq = self.read(question) if only is None else read_question(question, idx, only, force=True)
        if only is not None:  # one department's part of a comparison: its value, compared by the caller
            fq.ops = [op for op in fq.ops if op not in ("diff", "ratio", "sum")]
        self.last = fq
        if fq.foreign_org:
            return None
        if context and fq.departments and context.get("departments") and self._rows_of_the_talk(fq, context):
            fq.departments = []  # "柏山卫健局三公" → "人社局呢": the row of the table talked about, not 湛江's 人社局
        if context and not fq.departments and context.get("departments"):
            departments = self._block_of_the_row_named(fq, list(context["departments"])) or list(context["departments"])
            fq = read_question(question, idx, departments)
            fq.departments = departments
            self.last = fq
            if (row := self._department_as_its_row(question, fq)) is not None:
                self.last = fq = row
            shown = idx.facts(list(context.get("last") or ())[:1])  # ("养老支出收入多少" → "职业年金那个": its 收入)
            fq.flow = column_flow(shown[0], flow_words(getattr(idx, "vocab_path", ""))) if shown else ""
        return fq

    def _block_of_the_row_named(self, fq: FactQuestion, departments: list[str]) -> list[str] | None:
        """"应急指挥平台运维经费" → "卫健信息化运维呢": a follow-up naming a row that the conversation's department's
        block of a table of department blocks does not hold, and one other block of that table does: that block's
        department; None otherwise (the row is the talk's own, or no such table is talked about)."""
        idx = self.idx
        own = {d for dep in departments for d in idx.dept_docs.get(dep, ())}
        blocks = {p for d in own for p in idx.table_parts.get(d, ())} - own
        named = [k for m in fq.mentions if m.start >= 0 and (k := (m.keys & idx.row_label_keys) - idx.col_keys)]
        if not blocks or not named or any(keys & idx.doc_keys.get(d, set()) for keys in named for d in own):
            return None
        holders = {idx.docs[p].department for p in blocks if all(keys & idx.doc_keys.get(p, set()) for keys in named)}
        return [holders.pop()] if len(holders) == 1 else None

    def _named_of_another_sheet(self, fq: FactQuestion, context: dict) -> bool:
        """Whether the labels just named hold one figure of the year asked, on another sheet of the table shown
        (a workbook of one sheet a year)."""
        idx = self.idx
        shown = idx.facts(list(context.get("last") or ())[:1])
        if len(shown) != 1 or shown[0]["year"] is None:
            return False
        f = shown[0]
        wanted = fq.years[:1] or [f["year"] + o for o in fq.relative_year[:1]]
        named = [set(keys) for keys in context["named"]]
        hits = [g for g in idx.facts(list(idx.docs[f["document_id"]].facts)[:6000])
                if g["sheet"] != f["sheet"] and idx.fact_year.get(g["id"]) in wanted and g["number"] is not None
                and all(keys & set(idx.fact_keys.get(g["id"], ())) for keys in named)]
        return len(hits) == 1

    def _department_as_its_row(self, question: str, fq: FactQuestion) -> FactQuestion | None:
        """"平湖交通局项目支出合计" → "在职人数呢": words the department's own tables do not hold, that its row of
        its place's table (平湖市交通运输局 › 小计 of the staffing table) does — read as if the department were said
        again; None unless that reading explains every word, by that row and its columns."""
        if len(fq.departments) != 1 or fq.mentions or not fq.leftover.strip():
            return None
        name = compact(fq.departments[0])
        again = self.read(name + question)
        rows = [m for m in again.mentions if name in m.keys and m.keys <= self.idx.row_label_keys]
        if again.departments or again.leftover.strip() or not rows or len(again.mentions) < 2:
            return None
        return again

    def _lacking_here(self, fq: FactQuestion, context: dict, docs: list[int]) -> FactAnswer | None:
        """What the conversation's tables settle as not there (or the figure a ranking was by)."""
        return self._subject_not_held(fq, context, docs) or self._figure_ranked(fq, context) \
            or self._detail_not_written(fq, context)

    def _detail_not_written(self, fq: FactQuestion, context: dict) -> FactAnswer | None:
        """"交通规划编制" → "具体编什么规划": what the row is in detail, of a row whose table writes no words of it
        (no 内容, 用途, 说明 column; only its figures, its kind, its office): not in the table, never its figures."""
        if not _DETAIL_ASKED.fullmatch(fq.text) or not context.get("rows"):
            return None
        facts = self.idx.facts([f for r in sorted(context["rows"]) for f in self.idx.label_facts.get(r, ())][:100])
        if not facts or len({(f["document_id"], f["line"]) for f in facts}) != 1 or any(
                f["number"] is None and _DESCRIBED.search(f["col_labels"] or "") for f in facts):
            return None
        return FactAnswer("unknown", compose.detail_not_written(_own_row(facts[0])), [], settled=True)

    def _figure_ranked(self, fq: FactQuestion, context: dict) -> FactAnswer | None:
        """"哪个科目增长率最高" → "多少": the figure the ranking just shown was by (its top), not the row's
        default column; None unless only 多少 is asked right after the top was shown."""
        if context.get("ranked") and list(context.get("last") or ()) == list(context["ranked"])[:1] \
                and not fq.mentions and not fq.ops and not fq.leftover and _HOW_MUCH_ONLY.match(fq.text):
            return self.values(self.idx.facts(list(context["last"])), [])
        return None

    def _rows_of_the_talk(self, fq: FactQuestion, context: dict) -> bool:
        """Whether every department said is a short name of a row of the conversation's departments' tables
        (the 人社局 of 柏山区's table of its departments) and none of those departments itself."""
        idx = self.idx
        talked = set(context.get("departments") or ())
        if not fq.dept_spans or set(fq.departments) & talked:
            return False
        docs = {d for dept in talked for d in idx.dept_docs.get(dept, ())}
        return all(idx.row_docs(said) & docs for _, _, said in fq.dept_spans)

    def _column_of_rows_shown(self, fq: FactQuestion, context: dict) -> None:
        """"…公务接待费比上年少多少" → "降幅呢": a follow-up naming only a column is of the rows just answered
        (农业农村局's line), not of the first row holding a line of that name (the table's 以上部门合计)."""
        idx = self.idx
        shown = list(context.get("last") or context.get("shown") or [])[:20]
        said = [m for m in fq.mentions if m.start >= 0] if not self._one_row_ranked(fq, context) else []
        rows_there = {k for d in {idx.fact_doc[f] for f in shown if idx.fact_doc.get(f) in idx.docs}
                      for k in idx.doc_rows_and_cols(d)[0]}
        if shown and not fq.last_rows and said and all(m.keys <= idx.col_keys and not m.keys & rows_there for m in said) \
                and (not fq.departments or set(fq.departments) == set(context.get("departments") or ())):
            fq.last_rows = self._paths_of(shown)

    def _word_of_the_rows(self, fq: FactQuestion, context: dict) -> FactAnswer | None:
        """A follow-up naming no label, on the rows just talked about: the verb of an allocation ("→ 分了多少") is
        their column of money allotted (分配金额, put into fq); any other word not understood is not found."""
        if fq.mentions or not re.search(r"[\u4e00-\u9fff]", fq.leftover) or _WHAT_FOR.search(fq.text):
            return None
        said = [w for w in self.idx.allocation_words if w in fq.text]
        if said and all(any(w in a for a in said) for w in fq.leftover.split()):
            facts = self.idx.facts([f for r in context["rows"] for f in self.idx.label_facts.get(r, ())][:200])
            column = allotted_column(list(dict.fromkeys(f["col_labels"] for f in facts if f["col_labels"])),
                                     self.idx.allocation_words)
            keys = next((set(self.idx.fact_keys[f["id"]][self.idx.fact_nrows[f["id"]]:][-1:]) for f in facts
                         if column and f["col_labels"] == column), None)
            if keys:
                fq.mentions, fq.leftover = [Mention(-1, -1, keys, True, 4)], ""
                return None
        if fq.years and (sheet_col := self._column_in_the_sheet_said(fq, context)):
            # "2024年决算呢" of rows a sheet "2024年决算" prints as well: the column just shown, of that sheet's line
            fq.mentions, fq.leftover = [Mention(-1, -1, sheet_col, True, 4)], ""
            return None
        return FactAnswer("unknown", compose.fact_word_not_found(fq.leftover))

    def _column_in_the_sheet_said(self, fq: FactQuestion, context: dict) -> set[str]:
        """The column just shown (its own header), when every word left names a sheet (by its name) that prints
        the rows just talked about in a year asked and that column too; empty otherwise."""
        words = fq.leftover.split()
        last = [f for f in context.get("last") or () if self.idx.fact_keys.get(f)]
        if not words or len(last) != 1:
            return set()
        leaf = _col_leaf(self.idx.facts(last)[0])
        facts = self.idx.facts([f for r in context["rows"] for f in self.idx.label_facts.get(r, ())][:200])
        held = [f for f in facts if self.idx.fact_year.get(f["id"]) in fq.years and f["number"] is not None
                and all(w in compact(f["sheet"] or "") for w in words) and _col_leaf(f) == leaf]
        return {leaf} if leaf and len(held) == 1 and leaf in self.idx.col_keys else set()

    def _columns_of_the_year(self, fq: FactQuestion, named: list[list[str]]) -> list[list[str]]:
        """"社工部事业运行决算" → "余姚农业农村局26年呢": the labels carried to the department and year named now,
        less a column word (决算) none of its tables of that year prints (a 2026 budget's 事业运行 has no 决算):
        the line asked before, as that year's tables print it."""
        idx = self.idx
        docs = [d for dep in fq.departments for d in idx.dept_docs.get(dep, ()) if idx.docs[d].year in fq.years]
        if not fq.years or not docs:
            return named
        here = {k for d in docs for k in idx.doc_keys.get(d, ())}
        kept = [keys for keys in named if not (set(keys) <= idx.col_keys and not set(keys) & idx.row_label_keys
                                               and not set(keys) & here)]
        return kept if kept else named

    def _named_in(self, departments: list[str], keys: set[str]) -> set[str]:
        """The labels carried to the departments named now; when their tables print none of them, the line that
        is the label with its total word ("人员经费" a column of one table, "人员经费合计" a line of the other's)."""
        here = {k for dep in departments for d in self.idx.dept_docs.get(dep, ()) for k in self.idx.doc_keys.get(d, ())}
        if keys & here:
            return keys
        # (a line its subject code leads there, "2130104事业运行" of 事业运行: the same line)
        coded = {k for k in here if k[:1].isdigit() and _without_code(k) in keys}
        return keys | coded | {t for k in keys for w in ("合计", "小计", "总计") if (t := k + w) in here}

    def _row_of_its_own_total(self, fq: FactQuestion, context: dict) -> bool:
        """"郑口镇" → "公路养护占它合计的多少": 它 is the one row just answered, put into fq (and nothing else of
        the conversation read); False when the question is no such share."""
        if not own_total_of_the_talk(fq, self.idx) or len(context.get("rows") or ()) != 1:
            return False
        self._rows_of_context(fq, context)
        return True

    def _from_context(self, fq: FactQuestion, context: dict | None, docs: list[int],
                      years: list[int]) -> tuple[bool, FactAnswer | None]:
        """What the conversation settles: (True, answer) when it answers the question by itself; otherwise
        (False, None), having put the labels it carries into fq."""
        idx = self.idx
        if not context or self._row_of_its_own_total(fq, context):
            return False, None
        self._plan_shown(fq, context)
        if (unsplit := self._of_the_line_shown(fq, context, docs, years)) is not None:
            return True, unsplit
        if (lacking := self._lacking_here(fq, context, docs)) is not None:
            return True, lacking
        if context.get("named") and not fq.mentions and fq.departments \
                and set(fq.departments) != set(context.get("departments") or ()):
            # "社工部基本支出多少" → "那财政局呢": what the last question named, in the department named now
            # (by its words: another table may print the subject code "2210201" in a cell of its own).
            fq.mentions = [Mention(-1, -1, self._named_in(fq.departments, set(keys) | {
                k for k in map(_without_code, keys) if k in idx.label_facts}), True, 4)
                for keys in self._columns_of_the_year(fq, context["named"])]
        self._part_of_a_row_here(fq, context)
        self._same_value_elsewhere(fq, context)
        if (moved := self._shown_line_under_head(fq, context) or self._same_line_in_group(fq, context)
                or self._same_line_under_head(fq, context)) is not None:
            return True, moved
        self._word_said_alone(fq, context, docs)
        self._column_of_rows_compared(fq, context)
        self._columns_of_the_row(fq, context)
        self._column_of_rows_shown(fq, context)
        if (blank := self._column_asked_before(fq, context)) is not None:
            return True, blank
        if (of_last := self._of_the_last_line(fq, context)) is not None:
            return True, of_last
        self.ranked_in_column_named(fq, context)
        if context.get("named") and not fq.mentions and {"max", "min"} & set(fq.ops) and not fq.leftover:
            fq.mentions = self._named_ranked(fq, context)
        _keys_near_the_rows(fq, context)
        self._use_of_the_row(fq, context)
        # "桐岭公务接待费" (its 合计 row) → "那普陀财政局的公务接待费决算呢": the rows of another department's
        # table are not the rows of the one named now.
        elsewhere = bool(fq.departments) and set(fq.departments) != set(context.get("departments") or ()) and not any(
            r in idx.doc_keys.get(d, ()) for dep in fq.departments for d in idx.dept_docs.get(dep, ())
            for r in context.get("rows") or () if not _is_total(r))
        if not fq.mentions and context.get("named") and (fq.years or fq.relative_year) and YEAR_ALONE.fullmatch(fq.text) \
                and self._named_of_another_sheet(fq, context):
            # "公安局行政编制多少" → "那去年呢": the row and the column just named, of that year (its sheet)
            fq.mentions = [Mention(-1, -1, set(keys), True, 4) for keys in context["named"]]
            return False, None
        if _YES_NO_OF_IT.match(fq.text) and (said := self.yes_or_no_in_cells(
                fq, idx.facts(list(context.get("last") or context.get("shown") or ())[:12]))) is not None:
            return True, said  # "沿海公路岚山段" → "是新增的吗": that row's 备注, never rows elsewhere holding 新增
        if context.get("rows") and not elsewhere and all(m.keys <= idx.col_keys | {_USE} for m in fq.mentions) \
                and not _column_added_up(fq, context) and not self._rows_of_the_conversation(fq, context):
            # ("补给谁的": what the row's 备注 says, read after the row is taken from the conversation)
            if (not_found := self._word_of_the_rows(fq, context)) is not None:
                return True, not_found
            self._rows_of_context(fq, context)
            self._leaf_of_last(fq, context)
        return False, None

    def _of_the_last_line(self, fq: FactQuestion, context: dict) -> FactAnswer | None:
        """"编码多少" / "由哪些组成" / "包括哪几块" right after a line: its code, its parts, the columns making it."""
        if not context.get("last"):
            return None
        if _CODE_ASKED.match(fq.text) and (code := self.code_of(context["last"])) is not None:
            return code
        if _PARTS_ASKED.match(fq.text):
            return self.parts_of(context["last"][-1])
        if _MAKEUP_ASKED.fullmatch(fq.text) and (made := self._columns_making(context["last"][-1])):
            return made
        return None

    def ranked_in_column_named(self, fq: FactQuestion, context: dict | None) -> None:
        """"动物防疫补助合计多少" → "哪个乡镇最多": the rows (named by their head) compared in the column asked
        before, not in the table's total column."""
        idx = self.idx
        if context and context.get("named") and fq.mentions and {"max", "min"} & set(fq.ops) \
                and _FOLLOWUP.search(fq.text) and all(m.keys <= set(idx.head_labels) for m in fq.mentions):
            fq.mentions += [Mention(-1, -1, set(keys), True, 4) for keys in context["named"]
                            if keys and set(keys) <= idx.col_keys and not any(_is_total(k) for k in keys)]

    def _leaf_of_last(self, fq: FactQuestion, context: dict) -> None:
        """"特困供养人数" → "资金呢": a follow-up naming only another column group (分配资金 over 城市低保金 |
        特困供养金 | 合计) keeps the sub-column of the figure just shown, the one of the group whose name shares
        the most with it (特困供养 → 特困供养金); nothing when no one sub-column does."""
        idx = self.idx
        said = [m for m in fq.mentions if m.start >= 0]
        last = idx.facts(list(context.get("last") or ())[:1])
        if len(said) != 1 or len(last) != 1:
            return
        cols = [label_key(c) for c in (last[0]["col_labels"] or "").split(query.FACT_SEP) if c]
        if len(cols) < 2 or said[0].keys & set(cols):
            return
        doc, rows = last[0]["document_id"], set(idx.fact_keys.get(last[0]["id"], ())[:idx.fact_nrows.get(last[0]["id"], 0)])
        near = [f for f in idx.docs[doc].facts if rows <= set(idx.fact_keys[f]) and said[0].keys & set(idx.fact_keys[f])]
        leaves: dict[str, int] = {}
        for f in idx.facts(near[:60]):
            parts = [label_key(c) for c in (f["col_labels"] or "").split(query.FACT_SEP) if c]
            if f["sheet"] != last[0]["sheet"] or len(parts) < 2 or parts[0] not in said[0].keys:
                continue
            if parts[-1] in said[0].keys:
                return  # the word names a sub-column itself
            leaves[parts[-1]] = shared_run(parts[-1], cols[-1])
        best = max(leaves.values(), default=0)
        chosen = [k for k, n in leaves.items() if n == best]
        if best >= 2 and len(chosen) == 1:
            fq.mentions.append(Mention(-1, -1, {chosen[0]}, True, 4))

    def _combined_with_last(self, fq: FactQuestion, context: dict, docs: list[int],
                            years: list[int]) -> FactAnswer | None:
        """Arithmetic over the figures the conversation just showed: "两个加起来" (the last two answers),
        "占公用经费多少" (the last over the one named now), "加上普惠金融一共多少" (the two added); "在编占比"
        after 编制 (another column of the row shown, over it)."""
        if (shown := self._share_of_the_figure_shown(fq, context) or self._row_share_of_the_shown(fq, context)) is not None:
            return shown
        if (whole := self._share_of_the_whole(fq, context)) is not None:
            return whole
        if (together := self._share_of_the_two(fq, context, docs, years)) is not None:
            return together
        if (against := self._against_the_years_row(fq, context)) is not None:
            return against
        # ("其中X多少" → "比上年增加多少": X's change on last year, never X set against the line before it)
        on_last_year = bool(_ON_LAST_YEAR.search(fq.text)) and len(context.get("last") or ()) == 1
        if not fq.mentions and context.get("recent") and {"sum", "diff", "ratio"} & set(fq.ops) and not fq.leftover \
                and not on_last_year:
            recent = self._each_rows_whole([f for f in self.idx.facts(context["recent"]) if f["number"] is not None])
            if fq.years and {f["year"] for f in recent} != set(fq.years):
                recent = []  # "2025比2023增加多少" after 2024's and 2023's figures: the years said, not those two
            if len(recent) == 2 and _MONEY_ASKED.search(fq.text) and not all(f["unit"] in _MONEY_UNITS for f in recent):
                # "复印机几台 → 打印机呢 → 两个一共多少钱": the money of those rows, never their counts added
                recent = self._money_of_rows(recent)
                if not recent:
                    return FactAnswer("unknown", compose.no_money_of_shown(), settled=True)
            if len(recent) == 2 and "ratio" in fq.ops and _SHARE_ONLY.fullmatch(fq.text) \
                    and len({self._row_key(f["id"]) for f in recent}) == 1 and len(context.get("last") or ()) == 1:
                # "基本支出" → "项目支出" → "占比": two parts of one row, the share of the one just shown
                return self.share_of_total(self.idx.facts(list(context["last"])))
            if len(recent) == 2:
                return self.sum(recent) if "sum" in fq.ops else self.diff(recent, [], []) \
                    if "diff" in fq.ops else self.ratio(recent, [])
        if context.get("last") and "ratio" in fq.ops and re.match(r"^(?:那|那么)?(?:它|这个|这项|这笔)?(?:的)?占", fq.text):
            if fq.mentions and (share := self._share_of_named(fq, context["last"], docs, years)) is not None:
                return share
        if context.get("last") and "sum" in fq.ops and _ADDED_TO_LAST.match(fq.text) and fq.mentions:
            return self._added_to_last(fq, context["last"], docs, years)
        if context.get("last") and "diff" in fq.ops and (pair := self._last_against_row_named(fq, context["last"])):
            return self.diff(pair, [], [])  # "公安局执法执勤用车" → "比综合执法局多几辆": that column of the row named
        if context.get("last") and "diff" in fq.ops and (pair := self._last_against_stated(fq, context["last"])):
            return self.diff(pair, [], [])  # "执行进度" → "比序时快多少": that rate less the table's 序时进度
        return None

    def _last_against_row_named(self, fq: FactQuestion, last: list[int]) -> list[dict]:
        """"比综合执法局多几辆" right after one figure: the figure shown and the same cell (its sheet, its column)
        of the one row named now; empty unless the question says only that row, set against the figure."""
        idx = self.idx
        said = [m for m in fq.mentions if m.start >= 0]
        shown = [f for f in idx.facts(last[:2]) if f["number"] is not None]
        if len(said) != 1 or len(fq.mentions) != 1 or len(shown) != 1 or len(last) != 1 \
                or not said[0].keys or not said[0].keys <= idx.row_label_keys or not _AGAINST_SAID.match(fq.text):
            return []
        f = shown[0]
        cols = idx.fact_keys.get(f["id"], ())[idx.fact_nrows.get(f["id"], 0):]
        other = [g for k in said[0].keys for g in idx.facts(idx.label_facts_in(k, f["document_id"]))
                 if g["sheet"] == f["sheet"] and g["number"] is not None and g["id"] != f["id"]
                 and idx.fact_keys.get(g["id"], ())[idx.fact_nrows.get(g["id"], 0):] == cols]
        return [f, other[0]] if len(other) == 1 else []

    def _each_rows_whole(self, recent: list[dict]) -> list[dict]:
        """"耕地地力保护补贴" → "玉米大豆补贴呢" → "两个加起来", each answer a row's columns (合计 and 一般公共预算拨款):
        each row's whole, its one column printed as a total (合计); the figures unchanged otherwise."""
        if len(recent) <= 2 or len({self._row_key(f["id"]) for f in recent}) != 2:
            return recent
        wholes = [f for f in recent if _is_total(_own_col(f))]
        return wholes if len(wholes) == 2 and len({self._row_key(f["id"]) for f in wholes}) == 2 \
            and len({_own_col(f) for f in wholes}) == 1 else recent

    def _against_the_years_row(self, fq: FactQuestion, context: dict) -> FactAnswer | None:
        """"2025年政府债务余额" of a table whose rows are years → "比2024年多多少": the same column of that year's
        row, compared; never the whole row shown again. 上年 (how the reading says the year before the table's
        own) counts from the row shown only when that row is the table's year: both readings agree there."""
        idx = self.idx
        if "diff" not in fq.ops or fq.mentions or fq.leftover or not context.get("last"):
            return None
        shown = [f for f in idx.facts(list(context["last"])[:2]) if f["number"] is not None]
        if len(shown) != 1 or not re.fullmatch(r"(?:19|20)\d\d年度?", shown[0]["row_labels"] or "") or not shown[0]["year"]:
            return None
        f, table_year = shown[0], idx.docs[shown[0]["document_id"]].year
        wanted = fq.years if fq.years else [f["year"] + o for o in fq.relative_year] if f["year"] == table_year else []
        if len(wanted) != 1 or wanted[0] == f["year"]:
            return None
        other = [g for g in idx.facts(list(idx.docs[f["document_id"]].facts)) if g["year"] == wanted[0]
                 and g["number"] is not None and (g["sheet"], g["col_labels"]) == (f["sheet"], f["col_labels"])
                 and re.fullmatch(r"(?:19|20)\d\d年度?", g["row_labels"] or "")]
        return self.diff([f, other[0]], [], [f["year"], wanted[0]]) if len(other) == 1 else None

    def funds_of_a_row(self, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
        """"大梨树村那个项目用的什么资金": one row named and the kind of its money asked — its whole (合计) made of the
        funds' columns it prints a figure in, and its 备注; "动物疫病中心的其他资金是什么": that column's figure and the
        row's 备注 that says what it is. None unless one row of one table is named and nothing else is asked."""
        idx, text = self.idx, fq.text
        asked = _FUNDS_ASKED.search(text) or _COLUMN_WHAT.search(text)
        said = sorted((m for m in fq.mentions if m.start >= 0 and m.end <= (asked.start() + 1 if asked else 0)),
                      key=lambda m: m.start)  # (the row first, then a column said of it)
        if asked is None or not said or not said[0].keys <= idx.row_label_keys or fq.ops or fq.years:
            return None
        in_docs = set(docs)  # (a question naming no department: every table's, looked up per fact)
        facts = idx.facts([f for k in said[0].keys for f in idx.label_facts.get(k, ()) if idx.fact_doc.get(f) in in_docs][:200])
        if not facts or len({self._row_key(f["id"]) for f in facts}) != 1:
            return None
        note = next((f for f in facts if re.fullmatch(_REMARK_COLUMN, _own_col(f)) and f["value"]), None)
        cols = said[1:]
        if asked.re is _COLUMN_WHAT:
            named = [f for f in facts if f["number"] is not None and any(
                m.keys & set(idx.fact_keys.get(f["id"], ())) or column_core(text[m.start:m.end]) == _own_col(f) for m in cols)]
            if len(named) != 1 or note is None or _own_col(named[0]) not in note["value"]:
                return None  # (the 备注 says nothing of that column: the figure alone answers, elsewhere)
            return FactAnswer("answered", "；".join(compose.fact_value(_name(f), _shown(f)) for f in (named[0], note))
                              + _cite(idx, [named[0], note]), [named[0], note])
        if any(f["number"] is None and re.search(r"来源|渠道", _own_col(f)) for f in facts):
            return None  # (the row prints its source in words, 资金来源: that column answers)
        wholes = [f for f in facts if f["number"] is not None and len((f["col_labels"] or "").split(query.FACT_SEP)) >= 2
                  and _is_total(_own_col(f)) and not _MANY_YEARS.search(f["col_labels"] or "")]  # (no years added)
        return self._columns_making(wholes[0]["id"], note) if len(wholes) == 1 else None

    def _columns_making(self, fid: int, note: dict | None = None) -> FactAnswer | None:
        """"老旧小区改造今年计划投多少" (its 2025年计划投资 › 合计) → "资金来源怎么构成": the other columns of that
        group in the same row (区级财政资金, 上级补助资金), not a text cell that names a source; None when the figure
        shown is no group's total or the row prints none of its parts."""
        idx = self.idx
        shown = idx.facts([fid])
        if not shown:
            return None
        f = shown[0]
        cols = (f["col_labels"] or "").split(query.FACT_SEP)
        keys = idx.fact_keys[fid][:idx.fact_nrows[fid]]
        if len(cols) < 2 or not _is_total(label_key(cols[-1])) or not keys:
            return None
        same = [i for i in idx.label_facts.get(keys[-1], ()) if idx.fact_doc[i] == f["document_id"]
                and idx.fact_line.get(i, 0) == idx.fact_line.get(fid, 0) and i != fid]
        parts = [x for x in idx.facts(same[:60]) if x["number"] is not None
                 and (x["col_labels"] or "").split(query.FACT_SEP)[:-1] == cols[:-1]]
        if not parts:
            return None
        items = [(label_key((x["col_labels"] or "").split(query.FACT_SEP)[-1]), _shown(x)) for x in parts]
        noted = [note] if note is not None else []  # (the row's 备注, when the funds of the row were asked)
        return FactAnswer("answered", compose.fact_parts(f"{_name(f)} {_shown(f)}", items)
                          + "".join("；" + compose.fact_value(_name(x), x["value"]) for x in noted)
                          + _cite(idx, [f, *parts, *noted]), [f, *parts, *noted])

    def _last_against_stated(self, fq: FactQuestion, last: list[int]) -> list[dict]:
        """The one rate just shown and the rate its table states once (序时进度：50%) the question names."""
        shown = [f for f in self.idx.facts(list(last)[:5]) if f["unit"] == "%" and f["number"] is not None]
        if len(shown) != 1 or not fq.mentions:
            return []
        doc = shown[0]["document_id"]
        stated = [f for m in fq.mentions for k in m.keys for f in self.idx.label_facts.get(k, ())
                  if self.idx.fact_doc[f] == doc and self._is_stated(f)]
        return self._rate_and_stated([*shown, *self.idx.facts(stated[:1])]) if len(set(stated)) == 1 else []

    def _columns_of_the_row(self, fq: FactQuestion, context: dict) -> None:
        """"差旅费多少" → "基本和项目分别多少": a short word fitting several labels (基本工资, 基本支出, 基本信息)
        means the column the row just answered prints (基本支出), when it fits exactly one of them (a short word
        only: a longer one, 测算依据 of 测算依据及说明 or 主要用于, is read as before)."""
        rows = [r for r in context.get("rows") or () if not _is_total(r)]
        if not rows or fq.departments and set(fq.departments) != set(context.get("departments") or ()):
            return
        cols = self.columns_of_rows(rows)
        for m in fq.mentions:
            own = m.keys & cols
            # ("教育支出" → "其中政府性基金呢": a part of the row just answered, its own column of that name)
            if m.start >= 0 and (m.end - m.start <= 3 or _PART_OF_IT.match(fq.text)) and len(m.keys) > 1 \
                    and len(own) == 1 and not m.keys & set(rows):
                m.keys = own
            elif m.start >= 0 and not own and len(m.keys) > 1 and _ROW_SWAPPED.search(fq.text) and len(
                    beside := {k for k in m.keys & self.idx.row_label_keys if self.idx.columns_of_row(k) & cols}) == 1:
                # ("一般公共预算拨款收入" → "政府性基金呢": the line beside it in the same column, 政府性基金预算拨款,
                # not another column of that name the row does not print)
                m.keys = beside

    def columns_of_rows(self, rows) -> set[str]:
        """The column labels the rows named print (their facts' own column keys)."""
        return set().union(*map(self.idx.columns_of_row, list(rows)[:5]))

    def level_above_shown(self, question: str, context: dict | None) -> FactAnswer | None:
        """"资助国产影片放映" → "它属于哪个类": the line of that subject level (类 3 digits, 款 5) the one line just
        shown stands under (outline's reading of its code); None unless one line was shown and it has such a head."""
        m = _LEVEL_ABOVE_ASKED.match(compact(normalize(question)))
        share = None if m else _LEVEL_SHARE_ASKED.match(compact(normalize(question)))
        shown = (context or {}).get("last") or (context or {}).get("shown") or ()  # (one line's columns: shown)
        last = self.idx.facts(list(shown)[:20])
        said = m or share
        if said is None or len({(f["document_id"], f["sheet"], f["row_labels"]) for f in last}) != 1:
            return None
        f, level = last[0], said.group(1)
        above = [p for p in self._lines_above(f, self._same_sheets([f]))
                 if len(code_of(_own_label(p))) == _LEVEL_DIGITS[level]]
        if not above:
            return None
        if share is not None:  # (the same column of that head: its figure the line's is a part of)
            if len(last) != 1 or f["number"] is None or not above[0]["number"] or above[0]["unit"] != f["unit"]:
                return None
            return FactAnswer("answered", compose.fact_share(
                _name(f), _name(above[0]), fmt_number(f["number"]), fmt_number(above[0]["number"]),
                fmt_percent(f["number"] / above[0]["number"] * 100)) + _cite(self.idx, [f, above[0]]), [f, above[0]])
        return FactAnswer("answered", compose.level_above(_own_label(f), level, _own_label(above[0]))
                          + _cite(self.idx, [above[0]]), [above[0]])

    def _no_line_inside(self, fq: FactQuestion, context: dict) -> FactAnswer | None:
        """"社工部行政运行" → "里面水电费多少": a line asked inside the one line just shown, that no line printed
        under it is (水电费 is a line of another table: 30206电费): said so, never that other line."""
        idx = self.idx
        m = _INSIDE_ASKED.match(fq.text)
        last = idx.facts(list(context.get("last") or ())[:20])
        # (a 小计 shown is its group's line: the lines under it are the group's)
        rows = {k[-2] if _is_total(k[-1]) and len(k) > 1 else k[-1] for f in last
                if (k := idx.fact_keys[f["id"]][:idx.fact_nrows[f["id"]]])} \
            or {r for r in context.get("rows") or () if not _is_total(r)}
        docs = {f["document_id"] for f in last} or {d for dep in context.get("departments") or ()
                                                    for d in idx.dept_docs.get(dep, ())}
        if m is None or len(rows) != 1 or not docs or len(docs) > 3:
            return None
        row, part = rows.pop(), m.group(1)
        said = [mm for mm in fq.mentions if mm.start >= 0]
        keys = [idx.fact_keys[x][:idx.fact_nrows[x]] for d in docs for x in idx.docs[d].facts]
        if not any(row in k for k in keys):
            return None  # the line is no line of these tables
        code = code_of(row)  # (a table coded by subject places a line under another by its code: 2130314 under 21303)
        if any(part in k[-1] or any(k[-1] in mm.keys for mm in said) for k in keys
               if row in k[:-1] or code and (c := code_of(k[-1])) != code and c.startswith(code)):
            return None  # a line under it is named: asked of it
        if any(row in idx.row_keys(f["id"]) and part in (f["value"] or "")
               for d in docs for f in idx.facts(list(idx.docs[d].facts)) if f["number"] is None):
            return None  # its text says what it holds (公用经费主要包括办公费…): the line of that name elsewhere
        return FactAnswer("unknown", compose.no_line_under(part, row) + (_cite(idx, last[:1]) if last else ""), [],
                          settled=True)

    def _part_not_split(self, fq: FactQuestion, context: dict) -> FactAnswer | None:
        """"农林水支出" → "其中项目支出多少": a part asked of the one row just shown, by a label other tables
        print (项目支出) that the row's own table has nowhere: that table does not split it; None otherwise."""
        idx = self.idx
        if (inside := self._no_line_inside(fq, context)) is not None:
            return inside
        m = _PART_ASKED.match(fq.text)
        last = idx.facts(list(context.get("last") or ())[:1])
        if m is not None and not last:
            return self._part_of_the_row_named(fq, context, m.group(1))
        if m is None or len(last) != 1:
            return None
        part, doc = m.group(1), last[0]["document_id"]
        own = idx.doc_keys.get(doc, set())
        # ("其中工伤医疗费呢": no label of that name, but words of it that no label of the row's table reads (费 of
        # 医疗费, 医疗 read as 医疗保险基金), or a label of another table: a part the row's table does not print either
        # — never its columns that words of it name, 工伤 of 工伤保险基金)
        left = fq.leftover.split()
        if part not in idx.label_facts and not (left and all(w in part for w in left)) \
                and not any(mm.start >= 0 and mm.exact and not mm.keys & own
                            and fq.text[mm.start:mm.end] in part for mm in fq.mentions):
            return None
        if any(part in k for k in own):
            return None  # the table prints it (项目支出小计): asked of it
        return FactAnswer("unknown", compose.part_not_broken_down(part, _own_row(last[0])) + _cite(idx, last), [],
                          settled=True)

    def _part_of_the_row_named(self, fq: FactQuestion, context: dict, part: str) -> FactAnswer | None:
        """"编外人员经费" (a project answered by its name) → "其中社保缴费多少": a part of the one row the last
        answer named, which no column of that row is and no line printed under it (in the tables of the
        conversation's departments) names: the table does not split the row so — never another table's rows
        whose words the part resembles (机关事业单位基本养老保险缴费支出). None otherwise."""
        idx = self.idx
        rows = [r for r in context.get("rows") or () if not _is_total(r)]
        docs = {d for dep in context.get("departments") or () for d in idx.dept_docs.get(dep, ())}
        if len(rows) != 1 or not docs or len(docs) > PART_TABLES_AT_MOST:
            return None
        row = rows[0]
        held = [f for d in docs for f in idx.label_facts_in(row, d)]
        cols = idx.columns_of_row(row)
        if not held or any(m.keys & cols for m in fq.mentions) or any(part in c for c in cols):
            return None  # a column of the row asked ("其中财政拨款多少")
        said = {k for m in fq.mentions for k in m.keys}
        for d in docs:
            for x in idx.docs[d].facts:
                keys = idx.fact_keys[x][:idx.fact_nrows[x]]
                if row in keys[:-1] and (part in keys[-1] or keys[-1] in said):
                    return None  # a line printed under the row is named: asked of it
        return FactAnswer("unknown", compose.part_not_broken_down(part, row) + _cite(idx, idx.facts(held[:1])), [],
                          settled=True)

    def _line_of_the_group(self, fq: FactQuestion, context: dict) -> FactAnswer | None:
        """"全民健身赛事" (its 小计) → "它的劳务费": the line of that name under the group just shown (a
        project's detail lines), in the column shown; said absent when only other groups of the table have
        such a line; None when the last answer was no line of a group or no such line is printed at all."""
        if not _ITS_LINE.match(fq.text) or len(fq.mentions) != 1 or not context.get("last") or fq.leftover.strip() \
                or fq.departments and set(fq.departments) != set(context.get("departments") or ()):
            return None
        idx = self.idx
        shown = idx.facts(list(context["last"])[:20])
        # (the group's own 小计 shown, the group first of a two-label row: a coded hierarchy's "210" heads no group)
        heads = {(f["document_id"], f["sheet"], (f["row_labels"] or "").split(query.FACT_SEP)[0]) for f in shown
                 if len(parts := (f["row_labels"] or "").split(query.FACT_SEP)) == 2 and parts[1].strip() == "小计"}
        if len(heads) != 1 or len({f["col_labels"] for f in shown}) != 1:
            return None
        doc, sheet, head = heads.pop()
        keys = fq.mentions[0].keys
        lines = [f for f in idx.facts(list(idx.docs[doc].facts)[:6000]) if f["sheet"] == sheet
                 and len((f["row_labels"] or "").split(query.FACT_SEP)) == 2 and label_key(_own_row(f)) in keys]
        if not lines:
            return None
        under = [f for f in lines if f["row_labels"].split(query.FACT_SEP)[0] == head]
        if not under:
            others = list(dict.fromkeys(f["row_labels"].split(query.FACT_SEP)[0] for f in lines))
            return FactAnswer("unknown", compose.line_not_under(head, _own_row(lines[0]), others) + _cite(idx, shown),
                              settled=True)
        same = [f for f in under if f["col_labels"] == shown[0]["col_labels"]]
        return self.values(same or under, [])

    def _part_of_a_row_here(self, fq: FactQuestion, context: dict) -> None:
        """"人员经费全年预算" → "那公用经费呢": a word said in a follow-up that no label of the conversation's
        tables is, but that part of one row label of theirs holds (日常公用经费), names that row (not the
        label of another department's table that the word is in full); a column word so, their columns
        holding it."""
        idx = self.idx
        if fq.departments and set(fq.departments) != set(context.get("departments") or ()) \
                or not _ROW_SWAPPED.search(fq.text) or not context.get("departments"):
            return  # ("财政拨款多少" after a row asks that row's column: only "那X呢" names another row)
        docs = [d for dep in context["departments"] for d in idx.dept_docs.get(dep, ())]
        here = {k for d in docs for k in idx.doc_keys.get(d, ())}
        word = fq.leftover.strip()
        if not fq.mentions and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", word) and word in fq.text \
                and (cols := {k for k in here if word in k and k in idx.col_keys and k not in idx.row_label_keys}):
            # "人数呢" read in this table's words finds no label whole: its columns holding the word (保障对象人数)
            at = fq.text.index(word)
            fq.mentions, fq.leftover = [Mention(at, at + len(word), cols, False, len(word), 0.5)], ""
            return
        for m in fq.mentions:
            said = fq.text[m.start:m.end] if m.start >= 0 else ""
            if len(said) < 2 or m.keys & here:
                continue
            rows = {k for k in here if said in k and k in idx.row_label_keys and not _is_total(k)}
            cols = {k for k in here if said in k and k in idx.col_keys and k not in idx.row_label_keys}
            if len(rows) == 1 and not m.keys & idx.col_keys:
                m.keys = rows
            elif cols and m.keys <= idx.col_keys:
                m.keys = cols  # "农村低保金" → "人数呢": 保障对象人数 of this table, not 实有人数 of another

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

    def _one_row_ranked(self, fq: FactQuestion, context: dict) -> bool:
        """"殡葬服务是怎么采购的" → "购买金额最多的是哪个": a ranking asked after one row was answered is over the
        rows of the table, never over that one row (compared with nothing)."""
        paths = self._paths_of(list(context.get("last") or context.get("shown") or []))
        return bool({"max", "min"} & set(fq.ops) or fq.place or fq.top) and len(paths) == 1 \
            and not any(_is_total(label_key(row.split(query.FACT_SEP)[-1])) for _, row, _ in paths)  # (a 合计's items rank)

    def _named_ranked(self, fq: FactQuestion, context: dict) -> list[Mention]:
        """"项目支出明细" → "最大的是哪项": the superlative over what the last question named (its lines);
        "儿童关爱服务多少钱" → "哪个最多": one row shown, the rows of its table in the column shown."""
        if not self._one_row_ranked(fq, context):
            return [Mention(-1, -1, set(keys), True, 4) for keys in context["named"]]
        return self._column_shown(context)

    def _column_shown(self, context: dict) -> list[Mention]:
        """The column of the one figure just shown, as a mention ([] when it was no figure in a column)."""
        shown = self.idx.facts(list(context.get("last") or [])[:1])
        cols = [label_key(c) for f in shown for c in (f["col_labels"] or "").split(query.FACT_SEP)[-1:] if c]
        return [Mention(-1, -1, {cols[0]}, True, 4)] if cols and cols[0] in self.idx.col_keys else []

    def _rows_of_context(self, fq: FactQuestion, context: dict) -> None:
        """A follow-up naming only a column ("进度呢"): the rows of the previous answer, those very rows — not when
        it names another kind of table ("部门收支总表里的项目支出呢" after a 明细表's 小计): that table's own line."""
        if self._one_row_ranked(fq, context) or self._another_table_said(fq, context):
            return
        fq.mentions = [Mention(-1, -1, set(context["rows"]), True, 4), *fq.mentions]
        fq.last_rows = self._paths_of(context.get("last") or []) or (
            self._repeated_rows_shown(context) if {"sum", "diff", "ratio"} & set(fq.ops) else set()) or fq.last_rows

    def _another_table_said(self, fq: FactQuestion, context: dict) -> bool:
        """Whether the question names tables by their kind (部门收支总表) that none of the facts just shown is of."""
        docs = {self.idx.fact_doc.get(f) for f in list(context.get("last") or context.get("shown") or [])[:20]} - {None}
        return fq.table_said and bool(fq.subject_docs) and bool(docs) and not docs & fq.subject_docs

    def _repeated_rows_shown(self, context: dict) -> set[tuple[int, str, int]]:
        """The rows a list just showed when their labels alone do not say them (第一批 printed once per 地区), for
        arithmetic over them: "这两个加起来" after 南岗镇's two batches is of those two rows, never of every row
        labelled 第一批 or 第二批 (a column asked of them, or a place in the list, reads the list as before)."""
        paths = self._paths_of(list(context.get("listed") or context.get("shown") or []), lines=True)
        return paths if any(line for _, _, line in paths) else set()

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

    def _of_the_line_shown(self, fq: FactQuestion, context: dict, docs: list[int],
                           years: list[int]) -> FactAnswer | None:
        """What a follow-up asks of the line just shown that the conversation answers by itself: its group's
        line, its part not split, its use, its counterpart on the other side, or it combined with another."""
        return self._line_of_the_group(fq, context) or self._part_printed_under(fq, context) \
            or self._part_not_split(fq, context) \
            or self._use_in_remark(fq, context) or self._reason_of_the_line(fq, context) \
            or self._other_side_line(fq, context) \
            or self._spent_from_fund(fq, context) \
            or self._combined_with_last(fq, context, docs, years)

    def _part_printed_under(self, fq: FactQuestion, context: dict) -> FactAnswer | None:
        """"公务用车购置及运行费" → "其中购置费": the line of its parts printed right under the line just shown (the
        first printed "其中：…", the others after it, within its block) whose name ends with the words said
        (公务用车购置费), in the column shown; None unless exactly one such line is."""
        m = _PART_ASKED.match(fq.text) or _PART_ALONE.match(fq.text)
        last = list(context.get("last") or ())
        if m is None or len(last) != 1 or not (shown := self.idx.facts(last)):
            return None
        f, word = shown[0], m.group(1)
        head = (f["row_labels"] or "").split(query.FACT_SEP)[:-1]
        after = sorted({(g["line"], _own_label(g)) for g in self._same_sheets([f])
                        if g["line"] > f["line"] and (g["row_labels"] or "").split(query.FACT_SEP)[:-1] == head})[:6]
        lines = [n for i, (n, _) in enumerate(after) if n == f["line"] + 1 + i]  # (the lines next to it, no gap)
        if not lines or not re.match(r"其中", after[0][1]):
            return None
        parts = [n for n, name in after[:len(lines)] if label_key(re.sub(r"^其中[:：]?", "", name)).endswith(word)]
        if len(parts) != 1:
            return None
        found = [g for g in self._same_sheets([f]) if g["line"] == parts[0] and g["col_labels"] == f["col_labels"]
                 and (g["row_labels"] or "").split(query.FACT_SEP)[:-1] == head]
        return self.values(found, []) if len(found) == 1 else None

    def _other_side_line(self, fq: FactQuestion, context: dict) -> FactAnswer | None:
        """"污水处理费收入执行" → "支出呢" / "对应的支出呢": the row of the other side the word names
        (two_sides.other_side_rows) — on a table printing 收入 and 支出 side by side, in the columns just shown read as
        that side's (收入执行数 → 支出执行数); on a table printing both flows' rows in one column (the side read from
        the row's name), in the columns just shown. Only the measure asked when a rate was shown (完成率 → 支出的完成
        预算%); several such rows: which one; none: the table prints no counterpart (on a one-column table only when
        对应 was said: another reader may read the flow). None unless one row was just shown."""
        m = two_sides.SIDE_ASKED.fullmatch(fq.text)
        last = list(context.get("last") or context.get("shown") or ())
        if m is None or not last or len(last) > 4 or not (shown := self.idx.facts(last)) \
                or len({(f["document_id"], f["sheet"], f["page"], f["row_labels"]) for f in shown}) != 1:
            return None
        if set(m.group("word")) & _reading(self.idx)["asking_chars"]:
            return None  # ("它安排到哪类支出了": a word asking is no row's name — where the money went, another reader's)
        flows = flow_words(getattr(self.idx, "vocab_path", ""))
        sheet = self._same_sheets(shown[:1])
        word, own = m.group("word"), two_sides.row_name(shown[0])
        two = two_sides.is_two_sided(sheet, flows)
        if two:
            side = two_sides.side_of(shown[0], flows)
            others = [g for g in sheet if g["number"] is not None and two_sides.side_of(g, flows) not in ("", side)]
        else:
            side = two_sides.side_named(own, flows)
            cols = {f["col_labels"] for f in shown}
            others = [g for g in sheet if g["number"] is not None and g["col_labels"] in cols
                      and g["row_labels"] != shown[0]["row_labels"]]
        other = next((w for w in flows if w != side), "")
        if not side or not other or word == side:
            return None
        names = two_sides.other_side_rows(list(dict.fromkeys(two_sides.row_name(g) for g in others)), own, side, word, flows)
        if not names and (m.group("paired") or two and word == other):
            # ("年终结余" → "收入呢", "其他政府性基金收入" → "支出呢": no row of the other side named for it — never the
            # row shown again, nor a longer row holding its name)
            return FactAnswer("unknown", compose.no_counterpart(own, other) + _cite(self.idx, shown[:1]), [], settled=True)
        if len(names) > 1:
            return FactAnswer("clarify", compose.which_fact(names), [], options=names, asks_row=names)
        # (a rate shown with the two figures it is of: the rate alone is the measure asked)
        rated = shown[0]["unit"] == "%" and len(shown) > 1
        measures = {two_sides.measure_of(f, flows) for f in (shown[:1] if rated else shown)}
        found = [g for g in others if names and two_sides.row_name(g) == names[0]
                 and two_sides.measure_of(g, flows) in measures]
        return self.values(found, []) if found else None

    def _spent_from_fund(self, fq: FactQuestion, context: dict) -> FactAnswer | None:
        """"政府性基金拨款多少" (a 收入 line of a 收支总表) → "用在哪些支出上": the lines of the other side printing a
        figure in that fund's column (政府性基金预算), their headings and totals left out; said so when no one column
        of the table is that fund's. None unless lines of one table, all of one fund, were just shown."""
        last = list(context.get("last") or context.get("shown") or ())
        if not (_USE_ASKED.search(fq.text) or _USE in fq.text) or not last or len(last) > 4:
            return None
        shown = self.idx.facts(last)
        own = {re.sub(r"^(?:其中)?[:：]?", "", strip_numbering(_own_row(f))) for f in shown}
        funds = {re.sub(r"(?:预算)?(?:拨款|收入)(?:合计|小计)?$", "", o) for o in own}
        if len({(f["document_id"], f["sheet"]) for f in shown}) != 1 or len(funds) != 1 or (fund := funds.pop()) in own \
                or len(fund) < 2:
            return None
        sheet = [g for g in self._same_sheets(shown[:1]) if g["col_labels"] not in {f["col_labels"] for f in shown}]
        columns = {g["col_labels"] for g in sheet if fund in _col_leaf(g)}
        if len(columns) != 1:
            if (noted := self._fund_use_noted(shown, own)) is not None:
                return noted
            return FactAnswer("unknown", compose.no_spending_of_fund(own.pop()) + _cite(self.idx, shown[:1]), [], settled=True)
        column = sorted((g for g in sheet if g["col_labels"] in columns), key=lambda g: (g["page"] or 0, g["line"] or 0))
        heads_said = {label_key(c) for c in (column[0]["col_labels"] or "").split(query.FACT_SEP)} | {_USE}
        if any(m.start >= 0 and not m.keys & heads_said for m in fq.mentions):
            return None  # (a line or a column named of its own: not the fund's use)
        heads = heads_by_sums(column)
        spent = [g for g in column if g["number"] and g["id"] not in heads and not _is_total(label_key(_own_row(g)))
                 and numbered_level(_own_label(g)) != 1]
        if not spent:
            return None
        name = (column[0]["col_labels"] or "").split(query.FACT_SEP)[-1]
        return FactAnswer("answered", compose.spent_from_fund(name, [(_own_row(g), _shown(g)) for g in spent[:20]])
                          + _cite(self.idx, spent[:20]), spent[:20])

    def _fund_use_noted(self, shown: list[dict], own: set[str]) -> FactAnswer | None:
        """The one clause of the table's note (注, 说明) that says the line just shown is 用于 something
        ("政府性基金预算拨款收入全部用于城乡社区支出…"); None unless exactly one clause says so."""
        notes = [g for g in self._same_sheets(shown[:1]) if g["number"] is None
                 and re.match(r"(?:注|说明|备注)", (g["row_labels"] or "").split(query.FACT_SEP)[0])]
        said = {c.strip(): g for g in notes for c in re.split(r"[；;。]|(?<!\d)\d{1,2}[.、．](?!\d)", g["value"] or "")
                if "用于" in c and any(o in c for o in own)}
        if len(said) != 1:
            return None
        clause, g = next(iter(said.items()))
        return FactAnswer("answered", compose.use_noted(clause) + _cite(self.idx, [g]), [g])

    def _use_in_remark(self, fq: FactQuestion, context: dict) -> FactAnswer | None:
        """"专项债券收入安排的支出2025" → "这笔钱用在哪": the use its own line's 备注 states ("…用于工业园区基础
        设施"), when the question names nothing else and the table's notes state no use of it."""
        last = list(context.get("last") or ())
        asked = any(_USE in m.keys for m in fq.mentions) or _USE in fq.leftover or _USE_ASKED.search(fq.text)
        if not asked or any(m.start >= 0 and _USE not in m.keys for m in fq.mentions) or not last or len(last) > 2:
            return None
        shown = self.idx.facts(last)
        if len({self._row_key(f["id"]) for f in shown}) != 1:
            return None
        said = [x for x in self.idx.facts(self._row_siblings(shown[0])) if x["number"] is None
                and x["row_labels"] == shown[0]["row_labels"] and "用于" in (x["value"] or "")
                and re.fullmatch(_REMARK_COLUMN, label_key((x["col_labels"] or "").split(query.FACT_SEP)[-1]))]
        if len(said) != 1:
            return None
        return FactAnswer("answered", compose.fact_value(_name(said[0]), said[0]["value"].strip()) + _cite(self.idx, said), said)

    def _reason_of_the_line(self, fq: FactQuestion, context: dict) -> FactAnswer | None:
        """"凯里支出里哪项完成率最低" → "原因是啥": the reason the line just shown gives in its own cell (a 差异原因
        column, else its 备注 / 说明), when the follow-up asks only why; None when the line has no such cell."""
        last = list(context.get("last") or context.get("shown") or ())  # (a rate worked out: the line's figures)
        if not _REASON_ASKED.fullmatch(fq.text) or not last or len(last) > 4:
            return None
        shown = self.idx.facts(last)
        if len({self._row_key(f["id"]) for f in shown}) != 1:
            return None
        own = [x for x in self.idx.facts(self._row_siblings(shown[0])) if x["number"] is None
               and x["row_labels"] == shown[0]["row_labels"] and (x["value"] or "").strip()
               and (re.search(_REASON_COLUMN, key := label_key((x["col_labels"] or "").split(query.FACT_SEP)[-1]))
                    or re.fullmatch(_REMARK_COLUMN, key))]
        own = [x for x in own if re.search(_REASON_COLUMN, x["col_labels"] or "")] or own  # (its 原因 before a 备注)
        if len(own) != 1:
            return None
        return FactAnswer("answered", compose.fact_value(_name(own[0]), own[0]["value"].strip()) + _cite(self.idx, own), own)

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
        if fq is None or not fq.mentions or fq.ops or not all(x.keys <= self.idx.col_keys for x in fq.mentions) \
                or fq.cmp or fq.number is not None:
            return None  # (a bound said, "空编大于五个的": the rows above it, the filters' to find)
        docs = _scope_docs(self.idx, fq, doc_ids)
        if not docs or len(docs) > 4:
            return None
        ids, _ = self._match(fq, docs, [])
        if m.group("no"):
            return None  # "哪个单位没有事业收入": a blank cell is no fact here; the entity rows see every row
        facts = [f for f in self.idx.facts(ids[:2000]) if f["number"] is not None and not _is_total(_own_row(f))]
        facts = _code_leaves(_one_level(facts)) if facts else facts
        if not facts or len({f["col_labels"] for f in facts}) != 1:
            return None
        having = [f for f in facts if f["number"]]
        if not having:
            return FactAnswer("unknown", compose.no_row_has(_name(facts[0]).split(" ")[-1]) + _cite(self.idx, facts[:1]))
        return FactAnswer("answered", compose.rows_having([(_own_row(f), _shown(f)) for f in having[:20]])
                          + _cite(self.idx, having[:20]), having[:20])

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

    def _word_said_alone(self, fq: FactQuestion, context: dict, docs: list[int]) -> None:
        """A follow-up saying one word: a word of the row just answered changed, else the lines it ends."""
        self._one_word_changed(fq, context, docs)
        self._lines_by_their_last_word(fq, context)

    def _one_word_changed(self, fq: FactQuestion, context: dict, docs: list[int]) -> None:
        """"年初结转和结余" → "年末的呢": a follow-up saying only one word asks the row just answered with
        that word in place of one of its own (年初 → 年末), when exactly one such row is in its tables."""
        idx = self.idx
        # the word as said (年 of 年末 is a filler of the leftover)
        said = [m for m in fq.mentions if m.start >= 0]
        if len(said) == 1 and not fq.ops and len(said[0].keys) >= 2 and said[0].keys <= idx.row_label_keys:
            # "一般债务还本多少" → "付息呢": 付息 fits several rows (一般债务付息支出, 专项债务付息支出); the one that
            # is the row just answered with that word in place is asked
            word = fq.text[said[0].start:said[0].end]
            keys = set(said[0].keys)
        elif fq.mentions:
            return
        else:
            word = re.sub(r"^(?:那么|那)|(?:的)?(?:呢|是多少|多少|有多少)$", "", fq.rest.replace(" ", ""))
            keys = {k for d in docs for k in idx.doc_keys.get(d, ())}
        if not context.get("rows") or not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", word) or not _FOLLOWUP.search(fq.text):
            return
        found = {row[:i] + word + row[i + len(word):] for row in context["rows"]
                 for i in range(len(row) - len(word) + 1) if row[i:i + len(word)] != word} & keys
        if not found and not said and len(word) >= 4:
            # "对机关事业单位养老保险基金的补助" → "医疗保险的呢": the one row beside it naming that word and ending
            # as it does (财政对基本医疗保险基金的补助), printed under another wording
            found = {k for k in keys & idx.row_label_keys for row in context["rows"]
                     if word in k and word not in row and len(row) >= 6 and k.endswith(row[-4:])}
        if len(found) == 1 and said:
            said[0].keys = found  # (the mention stays where it was said: the column asked before is carried)
        elif len(found) == 1:
            fq.mentions, fq.leftover = [Mention(-1, -1, found, True, 4)], ""

    def _lines_by_their_last_word(self, fq: FactQuestion, context: dict) -> None:
        """"失业保险收入多少 → 支出呢 → 那结余是多少": a word no label is, said alone after an answer, that ends
        lines of the table just answered (本年收支结余, 年末滚存结余): those lines (at most three), each shown."""
        idx = self.idx
        if fq.mentions or fq.ops or not context.get("last") or not _FOLLOWUP.search(fq.text):
            return
        word = re.sub(r"^(?:那么|那|它的|它)|(?:的)?(?:呢|是多少|多少|有多少)$", "", fq.rest.replace(" ", ""))
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", word) or word != fq.leftover:
            return
        doc = idx.fact_doc[context["last"][0]]
        found = {k for k in idx.doc_keys.get(doc, set()) & idx.row_label_keys if k.endswith(word) and k != word}
        if 1 <= len(found) <= 3:
            fq.mentions, fq.leftover = [Mention(-1, -1, found, True, 4)], ""
            col = _own_col(idx.facts(context["last"][:1])[0])
            if col in idx.col_keys and not _is_total(col):  # (the column of the figure just shown is kept)
                fq.mentions.append(Mention(-1, -1, {col}, True, 4))

    def _column_of_rows_compared(self, fq: FactQuestion, context: dict) -> None:
        """"区卫生健康局资产总额 → 区教育局呢 → 教育局是卫健局的几倍": rows alone, set against each other (几倍, 相差,
        加起来, 占), in the one column just answered."""
        idx = self.idx
        said = [m for m in fq.mentions if m.start >= 0]
        # (one row alone is its share of the figure just shown: "房屋面积合计 → 行政单位占百分之几")
        if len(said) < (1 if "ratio" in fq.ops else 2) or len(said) != len(fq.mentions) or fq.leftover \
                or not ({"diff", "sum"} & set(fq.ops) or fq.times or "ratio" in fq.ops and len(said) == 1) \
                or not all(m.keys <= idx.row_label_keys and not m.keys & idx.col_keys for m in said):
            return
        shown = idx.facts(list(context.get("last") or context.get("recent") or [])[:20])
        if len(said) == 1 and (len(said[0].keys) != 1 or not shown or not all(
                _is_total(idx.fact_keys[f["id"]][idx.fact_nrows[f["id"]] - 1]) for f in shown if idx.fact_nrows[f["id"]])):
            return  # one row's share: of the total just shown only, the row said being one row
        columns = {_own_col(f) for f in shown if f["col_labels"]}
        if len(columns) == 1 and (column := columns.pop()) in idx.col_keys:
            fq.mentions.append(Mention(-1, -1, {column}, True, 4))

    def _same_line_in_group(self, fq: FactQuestion, context: dict) -> FactAnswer | None:
        """"枫林长者食堂日均就餐目标" → "石桥的呢": a follow-up naming only another group (石桥街道) asks the
        same line and column of that group; None unless every value just given has its line there."""
        idx = self.idx
        # (the values just shown: one, or the several columns of one line, 车辆小计's 数量, 账面价值 …)
        shown = context.get("last") or context.get("shown") or []
        if len(fq.mentions) != 1 or fq.ops or fq.leftover or not _FOLLOWUP.search(fq.text) or not shown:
            return None
        keys = fq.mentions[0].keys
        last = idx.facts(list(shown)[:8])
        found = []
        for f in last:
            rows = (f["row_labels"] or "").split(query.FACT_SEP)
            if len(rows) < 2 or any(label_key(r) in keys for r in rows):
                return None
            group = [x for x in idx.facts([i for k in keys for i in idx.label_facts.get(k, ())
                                           if idx.fact_doc[i] == f["document_id"]][:400])
                     if x["col_labels"] == f["col_labels"] and x["sheet"] == f["sheet"]
                     and len(xr := (x["row_labels"] or "").split(query.FACT_SEP)) == len(rows)
                     and sum(a != b for a, b in zip(xr, rows, strict=True)) <= 2
                     and (any(label_key(r) in keys for r in xr) or not keys & _col_keys(x))]
            # ("X项目 → 合计呢": 合计 names the total row; the rows matching it by their 合计 column are no group)
            same = [x for x in group if _own(x) == rows[-1]
                    and sum(a != b for a, b in zip((x["row_labels"] or "").split(query.FACT_SEP), rows, strict=True)) == 1]
            moved = same if same else _counterpart(group, rows[-1])
            if moved is not None and len(moved) != 1:
                return None  # (the same line twice in the group: which one is not said)
            if moved is None:
                return None
            found += moved
        return self.values(found, []) if found else None

    def _shown_line_under_head(self, fq: FactQuestion, context: dict) -> FactAnswer | None:
        """"霞浦行政运行" (one per 款 shown) → "财政事务下面那个": of the lines just shown, the one standing under
        the head named now, never the head's own figure; None unless exactly one shown line stands under it."""
        last = list(context.get("last") or context.get("shown") or ())
        if len(fq.mentions) != 1 or fq.ops or fq.leftover or len(last) < 2 or not UNDER_HEAD_SAID.search(fq.text):
            return None
        shown = [f for f in self.idx.facts(last[:40]) if f["number"] is not None]
        keys = fq.mentions[0].keys
        if any(label_key(_own_label(f)) in keys for f in shown):
            return None  # the head is itself among the lines shown
        under = []
        for f in shown:
            sheet = self._same_sheets([f])
            if {label_key(_own_label(p)) for p in self._lines_above(f, sheet)} & keys:
                under.append(f)
        if len({(f["document_id"], f["sheet"], f["line"]) for f in under}) != 1:
            return None
        return self.values(under, [])

    def _same_line_under_head(self, fq: FactQuestion, context: dict) -> FactAnswer | None:
        """Lines standing under numbered heads (县本级 and 澄溪经济开发区 under 一、一般债务 and under 二、专项债务):
        "开发区一般债务新增限额" → "专项的呢" asks the same line under the head named now; "开发区专项债务举借多少"
        → "那县本级的呢" the line named now under the same head. The column of the figure shown is kept;
        None unless each figure shown has exactly one such line (the table's outline)."""
        if len(fq.mentions) != 1 or fq.ops or fq.leftover or not _FOLLOWUP.search(fq.text) or not context.get("last"):
            return None
        found = []
        for f in self.idx.facts(context["last"][:8]):
            moved = self._line_moved(f, fq.mentions[0].keys)
            if moved is None:
                return None
            found.append(moved)
        return self.values(found, []) if found else None

    def _line_moved(self, f: dict, keys: set[str]) -> dict | None:
        """The fact of f's column on the line of f's name under the head named by keys (another head than
        f's), or on the line named by keys under f's own head; None unless exactly one."""
        sheet = self._same_sheets([f])
        column = self._column_of(f, sheet)
        outline = self._outline(column)
        outlines: dict[tuple, dict[int, dict | None]] = {}  # each column's outline read once over the column's lines
        above = self._lines_above(f, sheet, outlines)
        own = label_key(_own_label(f))

        def heads_of(x: dict) -> set[str]:
            return {label_key(_own_label(p)) for p in self._lines_above(x, sheet, outlines)}

        if not above or heads_of(f) & keys or own in keys:
            return None
        moved = [x for x in column if x["id"] != f["id"] and label_key(_own_label(x)) == own and heads_of(x) & keys]
        beside = [x for x in column if label_key(_own_label(x)) in keys
                  and (p := outline.get(x["id"])) is not None and p["id"] == above[0]["id"]]
        return (moved + beside)[0] if len(moved) + len(beside) == 1 else None

    def _column_asked_before(self, fq: FactQuestion, context: dict) -> FactAnswer | None:
        """"机关本级退休几个" → "执法大队呢": a follow-up naming only another row asks the column asked
        before (退休) of that row, never the row's every column (its 备注)."""
        idx = self.idx
        # "局机关小计实有人数" → "那参公单位呢": rows named by a value they hold (备注 参公单位) are other rows too.
        # "县疾控中心实有人数" → "占比呢": a share asked bare is of the figure just shown, in its column.
        share_only = bool(fq.ops) and set(fq.ops) <= {"ratio"} and not (fq.mentions or fq.values or fq.leftover)
        if not context.get("rows") or not share_only and (
                not (fq.mentions or fq.values) or fq.ops or not _FOLLOWUP.search(fq.text)):
            return None
        # (a row of the table just answered that some other table prints as a column, 公务接待费 of a 三公
        # table by columns, is a row here)
        docs = {d for f in (context.get("last") or ())[:20] if (d := idx.fact_doc.get(f)) in idx.docs}
        rows_here, cols_here = (set().union(*(idx.doc_rows_and_cols(d)[0] for d in docs)),
                                set().union(*(idx.doc_rows_and_cols(d)[1] for d in docs))) if docs else (set(), idx.col_keys)
        if not all((m.keys & idx.row_label_keys or m.keys and all(self._is_section(k) for k in m.keys))
                   and not m.keys & (cols_here if m.keys & rows_here else idx.col_keys)
                   and (not m.keys & set(context["rows"]) or self._other_bracket(fq, m, context)) for m in fq.mentions):
            return None
        # (of a column named, its keys that are columns: "增减率" may also begin some table's row label)
        # (of the one figure shown, only the words some of its own labels carry: "人数" read as another table's
        # 实有人数 names no column of this one)
        shown = {k for f in (context.get("last") or ())[:1] for k in idx.fact_keys.get(f, ())}
        columns = [_of_the_year_shown(cols, shown) for keys in context.get("named") or ()
                   if (cols := set(keys) & idx.col_keys) and not cols & idx.row_label_keys and (not shown or cols & shown)]
        # ("货物类小计多少" → "服务类呢": another section of the table, in the column of the figure shown)
        bare = bool(re.search(r"呢$", fq.text)) and not re.search(r"什么|多少|几|哪|啥|谁|怎", fq.text) \
            and bool(fq.mentions) and all(m.keys and all(self._is_section(k) for k in m.keys) for m in fq.mentions)
        # ("产出类指标权重" → "那效益类的呢": the figures listed, all of one column, are that column's as one is)
        one = list(context.get("last") or ()) or self._one_column_shown(context)
        if not columns and len(one) == 1 and (share_only or bare or fq.text.endswith("呢") and bool(
                fq.mentions) and all(m.start >= 0 for m in fq.mentions)
                and set(fq.departments) <= set(context.get("departments") or ())):
            # (a row said now of the same table's department, not the last one carried to another department)
            # the column of the one figure shown (公务接待费 is also a row of some 决算's 三公 table; "同比" was
            # read as the rate asked, not named as a column: "NY04的呢" still asks that column)
            columns = [cols for f in idx.facts(one)
                       if (cols := {_own_col(f)} & idx.col_keys)]
            if not share_only:  # the rows named now print that column ("测算依据" of the row shown prints none)
                held = {fid for c in columns for k in c for fid in idx.label_facts.get(k, ())}
                columns = columns if all(held & {fid for k in m.keys for fid in idx.label_facts.get(k, ())}
                                         for m in fq.mentions) else []
        if columns and not share_only and (blank := self._blank_in_row(fq, context, columns)) is not None:
            return blank
        fq.mentions += [Mention(-1, -1, keys, True, 4) for keys in columns]
        return None

    def _other_bracket(self, fq: FactQuestion, m: Mention, context: dict) -> bool:
        """"…（中央资金）累计支出" → "省级配套的呢": the row shown's key said by the brackets of another of its rows
        (…（省级配套）), which is another row."""
        said = fq.text[m.start:m.end] if m.start >= 0 else ""
        shown = [(f["row_labels"] or "").split(query.FACT_SEP)[-1] for f in self.idx.facts(list(context.get("last") or ())[:1])]
        return bool(said) and any(said in b for k in m.keys for b in self.idx.brackets.get(k, ())) \
            and bool(shown) and said not in shown[0]

    def _one_column_shown(self, context: dict) -> list[int]:
        """One of the figures a list just showed, when they are all of one column of one table (指标权重 of the
        rows listed); [] otherwise."""
        shown = self.idx.facts(list(context.get("shown") or ())[:30])
        if len(shown) < 2 or len({(f["document_id"], f["sheet"], _own_col(f)) for f in shown}) != 1 \
                or any(f["number"] is None for f in shown):
            return []
        return [shown[0]["id"]]

    def _blank_in_row(self, fq: FactQuestion, context: dict, columns: list[set[str]]) -> FactAnswer | None:
        """"城关镇农村低保人数" → "龙潭街道呢": the row named now is a line of figures of the same table that
        leaves that column blank: said so, never another column of that row."""
        idx = self.idx
        last = idx.facts(list(context["last"])[:1])
        if len(fq.mentions) != 1 or not last:
            return None
        f = last[0]
        row = [x for x in idx.facts([i for k in fq.mentions[0].keys for i in idx.label_facts.get(k, ())
                                     if idx.fact_doc[i] == f["document_id"]][:60]) if x["sheet"] == f["sheet"]]
        if not row or len({(x["page"], x["line"]) for x in row}) != 1 or not any(x["number"] is not None for x in row) \
                or any(all(c & set(idx.fact_keys.get(x["id"], ())) for c in columns) for x in row):
            return None
        column = " ".join((f["col_labels"] or "").split(query.FACT_SEP))
        # (what the table prints there, its blank, is the answer: never a figure of another column of the row)
        return FactAnswer("answered", compose.column_not_in_rows(column, _own_row(row[0]))
                          + compose.BLANK_CELL + _cite(idx, row[:1]), [])

    def _is_section(self, key: str) -> bool:
        """Whether a label is a section heading of its table ("二、服务类"), not a row or a column."""
        idx = self.idx
        fids = list(idx.label_facts.get(key, ()))[:20]
        return bool(fids) and key not in idx.row_label_keys and key not in idx.col_keys and key not in idx.head_keys \
            and all(key in idx.fact_keys[f] for f in fids)

    def _last_and_named(self, fq: FactQuestion, last: list[int], docs: list[int],
                        years: list[int]) -> tuple[list[dict], list[dict]]:
        """The last answer's figures, and the figures the question names now (not those), totals first."""
        idx = self.idx
        part = [f for f in idx.facts(last) if f["number"] is not None]
        ids, _ = self._match(fq, docs, years)
        named = [f for f in idx.facts(ids[:200]) if f["number"] is not None and f["id"] not in last]
        return part, _prefer(named, lambda f: any(_is_total(k) for k in idx.fact_keys.get(f["id"], ())))

    def _added_to_last(self, fq: FactQuestion, last: list[int], docs: list[int], years: list[int]) -> FactAnswer | None:
        """The last answer's one figure plus the one figure named now; None unless each is one figure."""
        part, named = self._last_and_named(fq, last, docs, years)
        said = [m for m in fq.mentions if m.start >= 0]
        if len(part) == 1 and len(said) == 1 and (moved := self._line_moved(part[0], said[0].keys)) is not None:
            named = [moved]  # "开发区一般债务余额" → "加上它的专项的一共多少": the same line under 二、专项债务
        elif part and len(named) > 1:
            # "青梧教育局办公费" → "和差旅费加起来": the line of the same department (row group) and column
            p = part[0]
            named = [f for f in named if f["document_id"] == p["document_id"] and f["col_labels"] == p["col_labels"]
                     and _row_path(f["row_labels"])[:-1] == _row_path(p["row_labels"])[:-1]] or named
        if len({f["number"] for f in part}) != 1 or len({f["number"] for f in named}) != 1:
            return None
        return self.sum([part[0], named[0]])

    def _share_of_the_two(self, fq: FactQuestion, context: dict, docs: list[int], years: list[int]) -> FactAnswer | None:
        """"养老保险补助" → "医疗保险补助呢" → "合计占总预算多少": the two figures just answered, added, over the whole
        named now in their table (never 合计 read as the table's own total, nor one figure added to the whole)."""
        said = _TOGETHER_SHARE.match(fq.text)
        recent = [f for f in self.idx.facts(list(context.get("recent") or ())) if f["number"] is not None]
        if said is None or "ratio" not in fq.ops or len(recent) != 2 or len({f["unit"] for f in recent}) != 1 \
                or len({f["document_id"] for f in recent}) != 1:
            return None
        rest = FactQuestion(text=fq.text, departments=fq.departments, years=fq.years, ops=["ratio"],
                            mentions=[m for m in fq.mentions if m.start >= said.end()])
        _, whole = self._last_and_named(rest, [f["id"] for f in recent], docs, years)
        whole = [f for f in whole if f["document_id"] == recent[0]["document_id"] and f["unit"] == recent[0]["unit"]]
        if not rest.mentions or len({f["number"] for f in whole}) != 1 or not whole[0]["number"]:
            return None
        a, b = recent[0]["number"] + recent[1]["number"], whole[0]["number"]
        parts = f"（{fmt_number(recent[0]['number'])} + {fmt_number(recent[1]['number'])} = {fmt_number(a)}）"
        return FactAnswer("answered", compose.fact_share(f"{_name(recent[0])}与{_name(recent[1])}合计", _name(whole[0]),
                                                         parts, fmt_number(b), fmt_percent(a / b * 100))
                          + _cite(self.idx, [*recent, whole[0]]), [*recent, whole[0]])

    def _share_of_named(self, fq: FactQuestion, last: list[int], docs: list[int], years: list[int]) -> FactAnswer | None:
        idx = self.idx
        own = {k for f in last for k in idx.fact_keys.get(f, ())}
        if any(m.quality < 1 - 1e-9 and m.keys & own for m in fq.mentions):
            return None  # "基本支出" → "占支出比例": 支出 said of the part's own label and its siblings is no one whole
        part, whole_facts = self._last_and_named(fq, last, docs, years)
        if len(whole_facts) > 1 and "预算" in fq.text:
            # "占全年预算多少": the table's budget column (年度预算数), not 全年实际支出 that shares 全年
            whole_facts = _prefer(whole_facts, lambda f: bool(_BUDGET_COLUMN.fullmatch(label_key(f["col_labels"] or ""))))
        if part and len(whole_facts) > 1:
            # "其他收入（本年决算数）" → "占收入合计多少": the whole's figure in the part's own column, never its
            # 上年 or 增减额 beside it.
            whole_facts = _prefer(whole_facts, lambda f: f["document_id"] == part[0]["document_id"]
                                  and f["col_labels"] == part[0]["col_labels"] and f["sheet"] == part[0]["sheet"])
        if not part or len(whole_facts) != 1 or not whole_facts[0]["number"]:
            return None
        a, b = part[0], whole_facts[0]
        r = a["number"] / b["number"] * 100
        return FactAnswer("answered", compose.fact_share(_name(a), _name(b), fmt_number(a["number"]),
                                                         fmt_number(b["number"]), fmt_percent(r)) + _cite(idx, [a, b]),
                          [a, b])


# "合计占总预算多少", "两个加起来占多少": the figures just answered, together, as a share.
_TOGETHER_SHARE = re.compile(r"^(?:那|那么)?(?:这两个|这两项|两个|两项|它们|它俩|俩)?(?:的)?(?:合计|加起来|合起来|一共|总共|加在一起)"
                             r"(?:的)?(?:占|是)")


def _own(f: dict) -> str:
    return (f["row_labels"] or "").split(query.FACT_SEP)[-1]


def _col_keys(f: dict) -> set[str]:
    """The keys of a fact's column labels (each level)."""
    return {label_key(c) for c in (f["col_labels"] or "").split(query.FACT_SEP) if c}


def _counterpart(group: list[dict], own: str) -> list[dict] | None:
    """Of a group's lines, the one that is the line shown in another place ("白沙镇岩门溪村安全饮水巩固提升项目"
    → "潭溪镇那个呢": 潭溪镇下都村安全饮水巩固提升项目): the one line ending in the same words as it, four
    characters or more, and longer than any other line's shared ending; None when none or several are."""
    def ending(x: dict) -> int:
        other, n = _own(x), 0
        while n < min(len(other), len(own)) and other[-1 - n] == own[-1 - n]:
            n += 1
        return n if other != own else 0
    ranked = sorted(group, key=ending, reverse=True)
    if not ranked or ending(ranked[0]) < 4 or len(ranked) > 1 and ending(ranked[1]) == ending(ranked[0]):
        return None
    return [ranked[0]]


def _of_the_year_shown(cols: set[str], shown: set[str]) -> set[str]:
    """The columns a follow-up carries: of a column said with its year ("2024年预算数", read with its other
    years' columns), the year of the figure shown, never the document's own year instead."""
    narrowed = cols & shown
    return narrowed if narrowed and narrowed != cols and any(year_in(k) is not None for k in narrowed) else cols


def _column_added_up(fq: FactQuestion, context: dict) -> bool:
    """"渝中就业补助资金执行率" → "指标权重合计多少": a column named and added up (合计, 一共) after one row was
    talked about is the column's sum over the table's rows — one row has nothing to add up — unless the
    rows are pointed at ("它们的…合计")."""
    return "sum" in fq.ops and bool(fq.mentions) and len(context.get("rows") or ()) == 1 \
        and not _ROWS_POINTED.search(fq.text)


def _col_leaf(fact: dict) -> str:
    """A fact's own column header (the last of its column path), as a label key."""
    return label_key((fact["col_labels"] or "").split(query.FACT_SEP)[-1])


def _keys_near_the_rows(fq: FactQuestion, context: dict) -> None:
    """"其他城市生活救助多少" → "用在哪": of the labels "<item>主要用于", the one of the row just answered."""
    for m in fq.mentions if context.get("rows") else ():
        near = {k for k in m.keys if any(len(r) >= 2 and r in k for r in context["rows"])}
        if near and len(near) < len(m.keys):
            m.keys = near
