"""The table around a fact: its row, its siblings, the totals and periods it stands under."""

from __future__ import annotations

import re
from collections import defaultdict

from bot.answer import compose
from bot.answer.facts.common import _names
from bot.answer.facts.index import FactIndex
from bot.answer.facts.outline import numbered_level, own_label, parents
from bot.answer.facts.question import (
    _LEVEL_DIGITS,
    FactQuestion,
)
from bot.answer.facts.values import (
    _BUDGET_COLUMN,
    _MONEY_UNITS,
    _col_letters,
    _month,
    _one_level,
    _own_row,
    _period_of,
    _prefer,
    _row_path,
    column_month,
    own_side,
)
from bot.answer.facts.words import (
    _PART_OF_YEAR,
    INDICATOR_NAME_HEAD,
    _is_grand_total,
    _is_total,
    counted_total,
    label_key,
    period_in,
)
from bot.language.asking import Words
from bot.language.asking import words as asking_words
from bot.language.normalize import compact
from bot.model import ITEM_HEAD
from bot.store import queries as query

Outline = dict[int, dict | None]  # a column's lines -> the line each stands under (outline.parents)

# A count in a measure word ("几个", "多少人"), asked of an indicator's own line (INDICATOR_NAME_HEAD: a 自评表's
# 指标名称, a 目标表's 三级指标 / 指标内容).
_MEASURE_ASKED = re.compile(r"(?:几|多少)([个人次家所辆台套件户项条])")

_own_label, _numbered_level = own_label, numbered_level  # (the names the layers above use)


# Words asking of a department's units rather than of the department ("下属单位", "各单位", "哪个单位", "分别")
# A department asked among the lines ("哪个部门…最多", "部门里谁…"), not a unit
_DEPARTMENT_ASKED = re.compile(r"哪(?:个|一个|家)?(?:部门|委办局)|(?:部门|委办局)(?:中|里|当中)?(?:谁|哪个)")
# Departments listed by a condition: "执行率低于80%的部门有哪些", "哪些部门超过…", "各部门…的有几个"
DEPARTMENTS_LISTED = re.compile(r"的(?:部门|委办局)|哪(?:些|几个|几家)(?:部门|委办局)|各(?:个)?(?:部门|委办局)")
_FIGURE_KINDS = ("预算", "决算")  # the kinds of figure a line prints side by side (2024年预算数 | 2024年决算数)
_UNITS_ASKED = re.compile(r"本级|机关|下属|下面|所属|各个?单位|每个|分别|哪个|哪些|哪几|哪家|几个单位|几家")


class Rows:
    def __init__(self, idx: FactIndex):
        self.idx = idx
        self._read: dict[str, FactQuestion] = {}
        self.last: FactQuestion | None = None  # the reading of the last question answered
        self.left_out: list[str] = []  # rows the question's ranking leaves out ("（不算X）"), as label keys
        # a clause of a longer question asked on its own ("A和B加一起": "B加一起"): its figure is one of those added
        self.clause = False

    def _levels(self, facts: set[int], keys: set[str]) -> set[int]:
        """Where in the facts' row labels (outermost 0) the keys stand."""
        fk, nrows = self.idx.fact_keys, self.idx.fact_nrows
        return {i for f in list(facts)[:200] for i, k in enumerate(fk[f][:nrows[f]]) if k in keys}

    def _row_key(self, fid: int) -> tuple:
        return (self.idx.fact_doc[fid], self.idx.fact_line.get(fid, 0))

    def _items_of_total(self, f: dict) -> list[dict]:
        """The items a total row adds up (项目支出明细预算 › 合计: the rows beside it under 项目支出明细预算), in
        the table's order; [] when the row is no total."""
        if not self._is_total_fact(f, "row"):
            return []
        parent = (f["row_labels"] or "").split(query.FACT_SEP)[:-1]
        same = [x for x in self._same_sheets([f]) if x["col_labels"] == f["col_labels"] and x["number"] is not None
                and (x["row_labels"] or "").split(query.FACT_SEP)[:-1] == parent and not self._is_total_fact(x, "row")]
        return sorted(same, key=lambda x: (x["page"] or 0, x["line"] or 0))

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
        if ids and fq.mentions and all(0 <= m.start and m.end - m.start <= 2 for m in fq.mentions):
            # "哪个款级科目支出最多": 支出 is the table's kind of figure, not a line (其他支出, 支出合计): the lines
            # of that level on the sheets it matched.
            level = [x["id"] for x in self._same_sheets(self.idx.facts(ids[:400]))
                     if any(code.match(k) for k in self.idx.row_keys(x["id"]))]
            if level:
                return level
        if fq.level_loose and fq.level == "项" and (inner := self._innermost_coded(ids)):
            return inner  # "基本支出哪一项增长最快" of 301 › 30101 lines (no 7-digit 项): which line, the innermost
        if fq.level_loose and not any(re.match(r"\d{3,}", k) for f in ids[:400] for k in self.idx.row_keys(f)):
            # "哪一类" / "哪项" of rows without codes: which row, at the items' level — but 类 of items standing
            # in groups (工资福利支出 › 基本工资 … 小计) is the group ("哪个类增长最快": compared by their 小计)
            # whose head says it is the class (支出类别) — not where the word said after 类 is the items' head
            # ("哪类人员经费最多" of 类别 › 人员类型: which kind of staff, an item)
            said = re.search(r"哪(?:个|一)?类([\u4e00-\u9fff]{2})", fq.text)
            heads = [label_key(h) for h in ((self.idx.facts(ids[:1]) or [{}])[0].get("row_heads") or "").split(query.FACT_SEP)]
            grouped = fq.level == "类" and len(heads) >= 2 and "类" in heads[0] \
                and not (said and said.group(1) in heads[-1])
            fq.level = "类" if grouped else ""
            return ids
        fq.leftover = f"{fq.leftover} {fq.level}级".strip()
        return ids

    def _innermost_coded(self, ids: list[int]) -> list[int]:
        """The rows whose code is of the longest length the coded rows print (30101 under 301 of an economic
        classification): the items a loose "哪一项" compares; [] when no row is coded."""
        lengths = {len(m.group()) for f in ids[:400] for k in self.idx.row_keys(f) if (m := re.match(r"\d{3,}(?!\d)", k))}
        if not lengths:
            return []
        code = re.compile(rf"^\d{{{max(lengths)}}}(?!\d)")
        return [f for f in ids if any(code.match(k) for k in self.idx.row_keys(f))]

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
        """The facts of the first total row of the tables (合计 / 总计 alone naming the row) — of a table whose
        groups each close with their own 合计 (柏山区卫生健康局 › 合计), the one no group holds (以上部门合计 › 合计)."""
        idx = self.idx
        ids = [f for d in docs for f in idx.docs[d].facts][:5000]
        facts = [f for f in idx.facts(ids) if f["number"] is not None and self._is_total_fact(f, "row")]
        outer = [f for f in facts if _is_total(label_key((f["row_labels"] or "").split(query.FACT_SEP)[0]))]
        first = min(outer or facts, key=lambda f: (f["document_id"], f["page"], f["line"]), default=None)
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
            both = [f for f in both if _is_grand_total(label_key(f["col_labels"] or ""))] or both  # not a 小计
            if len(both) != 1:
                return []
            out.append(both[0]["id"])
        return out

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

    def _department_line_of_its_units(self, fq: FactQuestion, ids: list[int]) -> list[int]:
        """"永康农业农村局有几辆车" of a table printing each department's "X小计" line over its units indented
        beneath it (X（本级）, its centres): the units' rows carry X as the head they stand under, and X（本级）
        is keyed as X, so X said matched the units and then its 本级 line. X said with no unit of its own (no
        本级, no unit's own name) and nothing asked of its units (which, each, how many) is X's own line: the
        X小计 row's figures in the columns matched (some of the line's, not all: a word read); ids unchanged
        otherwise."""
        if not ids or len(ids) > 200 or _UNITS_ASKED.search(fq.text) or fq.cmp \
                or {"max", "min", "list", "count"} & set(fq.ops):
            return ids
        idx = self.idx
        facts = idx.facts(ids)
        paths = [[x for x in (f["row_labels"] or "").split(query.FACT_SEP) if x.strip()] for f in facts]
        heads = {label_key(p[0]) for p in paths if len(p) >= 2}
        said = {k for m in fq.mentions if m.start >= 0 for k in m.keys}
        if len(heads) != 1 or any(len(p) < 2 for p in paths) or not heads <= said \
                or len({(f["document_id"], f["sheet"]) for f in facts}) != 1:
            return ids
        head = next(iter(heads))
        if any(label_key(p[-1]) in said and label_key(p[-1]) != head for p in paths):
            return ids  # (a unit said by its own name: its own line)
        doc, sheet = facts[0]["document_id"], facts[0]["sheet"]
        columns = {f["col_labels"] for f in facts}
        table = idx.facts(list(idx.docs[doc].facts)[:6000])
        if len(columns) >= len([g for g in table if g["sheet"] == sheet and g["line"] == facts[0]["line"]]):
            return ids  # (every column of the line matched: nothing asked of it was read, 人员经费 of a 编制 table)
        own = [g for g in table
               if g["sheet"] == sheet and g["col_labels"] in columns and g["number"] is not None
               and label_key("".join(x for x in (g["row_labels"] or "").split(query.FACT_SEP) if x.strip()))
               in (head + "小计", head + "合计")]
        if len({self._row_key(g["id"]) for g in own}) != 1:
            return ids
        return [g["id"] for g in own]

    def _department_lines(self, fq: FactQuestion, facts: list[dict], asked: re.Pattern = _DEPARTMENT_ASKED) -> list[dict]:
        """"哪个部门车最多" of a table printing each department's "X小计" line over its units (X（本级）, its
        centres, schools): the departments are compared, each by its X小计 line in the columns matched, never
        a unit against the departments; [] unless a department is asked (哪个部门) of one such table whose every
        department matched prints its own line."""
        if not asked.search(fq.text) or len({f["document_id"] for f in facts}) != 1:
            return []
        paths = [[x for x in (f["row_labels"] or "").split(query.FACT_SEP) if x.strip()] for f in facts]
        heads = {label_key(p[0]) for p in paths if len(p) >= 2}
        if len(heads) < 2:
            return []
        sheets = {f["sheet"] for f, p in zip(facts, paths, strict=True) if len(p) >= 2}  # (the sheet printing the blocks)
        doc, columns = facts[0]["document_id"], {f["col_labels"] for f in facts if f["number"] is not None}
        own: dict[str, list[dict]] = defaultdict(list)
        alone: list[dict] = []  # (a department of one line between them, "3 海宁市公安局": its own line)
        for g in self.idx.facts(list(self.idx.docs[doc].facts)[:6000]):
            if g["col_labels"] in columns and g["number"] is not None:
                path = [x for x in (g["row_labels"] or "").split(query.FACT_SEP) if x.strip()]
                line = label_key("".join(path))
                head = re.sub(r"(?:小计|合计)$", "", line)
                if head != line and head in heads:
                    own[head].append(g)
                elif len(path) == 1 and head == line and line not in heads and g["sheet"] in sheets \
                        and not self._is_total_fact(g, "row"):
                    alone.append(g)
        return [g for h in heads for g in own[h]] + alone if len(own) == len(heads) else []

    def _kind_of_figure_said(self, facts: list[dict], fq: FactQuestion) -> list[dict]:
        """"永康2024年三公经费决算合计多少" of a line printing 2024年预算数 and 2024年决算数 under each item: the
        kind of figure said (决算) is asked, never both kinds shown as if it were not said. Only when every fact's
        column says one kind, two kinds are among them, the columns differ by that word alone and the question
        says one of them alone (no difference, ratio, rate or comparison of the two); facts unchanged otherwise."""
        if len(facts) < 2 or {"diff", "ratio"} & set(fq.ops) or fq.cmp or fq.rate or "率" in fq.text:
            return facts
        said = [k for k in _FIGURE_KINDS if k in fq.text]
        kinds = {f["id"]: [k for k in _FIGURE_KINDS if k in compact(f["col_labels"] or "")] for f in facts}
        if len(said) != 1 or any(len(k) != 1 for k in kinds.values()) or len({k[0] for k in kinds.values()}) < 2:
            return facts
        pairs: dict[str, set[str]] = defaultdict(set)  # each column without its kind -> the kinds it is printed in
        for f in facts:
            pairs[compact(f["col_labels"] or "").replace(kinds[f["id"]][0], "")].add(kinds[f["id"]][0])
        if any(len(k) < 2 for k in pairs.values()):
            return facts  # (年初预算数 | 调整预算数 | 决算数: columns told apart by more than the kind said)
        return [f for f in facts if kinds[f["id"]] == said] or facts

    def _subtotal_of_group(self, facts: list[dict], keys_q: set[str]) -> list[dict]:
        """A group named alone ("在职人员多少人") is its subtotal row."""
        if len({self._row_key(f["id"]) for f in facts}) > 1 and not any(_is_total(k) for k in keys_q):
            return _prefer(facts, lambda f: any(_is_total(k) for k in self.idx.fact_keys.get(f["id"], ()) if k not in keys_q))
        return facts

    def _default_year(self, facts: list[dict]) -> list[dict]:
        """Without a year asked, a value printed for several years is the document's own year's (a row named by a
        year and more is a row of its own: _year_of_its_name)."""
        years = {f["year"] for f in facts}
        if len(years) <= 1:
            return facts
        # (a column of no single year, a plan's 三年合计, is stored without one: the whole, kept beside the own year's)
        by_doc_year = [f for f in facts if f["year"] in (None, self.idx.docs[f["document_id"]].year) or _year_of_its_name(f)]
        return by_doc_year or facts

    def _own_year_of_each(self, facts: list[dict]) -> list[dict]:
        """No year asked: a cell a workbook prints for several years (the same row and column on its 2025年预算
        and 2024年实际支出 sheets) is its own year's; the year decides, never the sheets' title words."""
        years: dict[tuple, set] = defaultdict(set)
        for f in facts:
            years[(f["document_id"], f["row_labels"], f["col_labels"])].add(f["year"])
        return [f for f in facts if len(years[(f["document_id"], f["row_labels"], f["col_labels"])]) == 1
                or f["year"] == self.idx.docs[f["document_id"]].year] or facts

    def _total_of_all(self, facts: list[dict]) -> dict | None:
        """The column's printed 合计 when the facts are every item of that column of one sheet and add up
        to it: the table's own figure is cited, not a sum the bot made."""
        if len({(f["document_id"], f["sheet"], f["page"] if not f["sheet"] else 0, f["col_labels"]) for f in facts}) != 1:
            return None
        column = [x for x in self._same_sheets(facts[:1])
                  if x["col_labels"] == facts[0]["col_labels"] and x["number"] is not None]
        totals = [x for x in column if re.fullmatch(r"(?:合计|总计)", _own_row(x))]
        # (a department's part of a table by departments prints its whole as its 小计 row, at the top level)
        totals = totals or [x for x in column if x["row_labels"] == "小计"]
        rest = [x for x in column if x not in totals]
        if len(totals) == 1 and {x["id"] for x in rest} == {f["id"] for f in facts}:
            # Every row of the column, headings (一、基本支出) and their items alike: the printed 合计 is
            # the column's total; adding them all would count the items twice.
            return totals[0]
        items = _one_level(rest)
        leaves = [x for x in rest if not re.search(r"小计$", _own_row(x))]  # the items beside their groups' 小计
        if len(totals) == 1 and {x["id"] for x in leaves} == {f["id"] for f in facts}:
            items = leaves
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
        parts = ((x["row_labels"] if part == "row" else x["col_labels"]) or "").split(query.FACT_SEP)
        return _is_total(label_key(parts[-1])) or part == "row" and counted_total(parts)

    def _column_of(self, f: dict, sheet: list[dict]) -> list[dict]:
        """The facts of a fact's own column on its sheet (page), in the table's order: one half of a 收支总表
        printing 收入 and 支出 side by side is a column of its own (its own row header)."""
        letters = _col_letters(f["cell"] or "")
        same = [x for x in sheet if x["col_labels"] == f["col_labels"] and x["sheet"] == f["sheet"]
                and (x["page"] == f["page"] or x["sheet"]) and _col_letters(x["cell"] or "") == letters
                and (x["row_heads"] or "") == (f["row_heads"] or "")]
        return sorted(same, key=lambda x: (x["page"] or 0, x["line"] or 0))

    def _outline(self, column: list[dict]) -> dict[int, dict | None]:
        """Each line of a column with the line it stands under (None at the top): the table's one hierarchy
        reader (outline.parents: row path, subject code, numbering, totals)."""
        return parents(column)

    def _parent_line(self, f: dict, sheet: list[dict]) -> dict | None:
        """The line a fact's line stands under in its column (see _outline), None at the top."""
        return self._outline(self._column_of(f, sheet)).get(f["id"])

    def _lines_under(self, f: dict, sheet: list[dict]) -> list[dict]:
        """The lines standing right under a fact's line in its column (its 款 of a 类; the items under 一、)."""
        outline = self._outline(self._column_of(f, sheet))
        return [x for x in self._column_of(f, sheet) if (p := outline.get(x["id"])) is not None and p["id"] == f["id"]]

    def _sums_its_lines(self, f: dict, sheet: list[dict]) -> bool:
        """Whether a line's figure is the sum of the lines under it (a subtotal the table prints)."""
        under = [x for x in self._lines_under(f, sheet) if x["number"] is not None]
        return bool(under) and f["number"] is not None and abs(sum(x["number"] for x in under) - f["number"]) < 0.01 * len(under) + 1e-6

    def _under_head_said(self, fq: FactQuestion, ids: list[int]) -> list[int]:
        """"国有土地使用权出让收入安排的征地和拆迁补偿支出": a head said, then a line said right after it that
        stands under it (and, of the same name, under other heads too): that line under that head alone."""
        said = sorted((m for m in fq.mentions if m.start >= 0), key=lambda m: m.start)
        if len(said) < 2 or len(ids) > 400:
            return ids
        facts = self.idx.facts(ids)
        own = {f["id"]: label_key(_own_label(f)) for f in facts}
        for a, b in zip(said, said[1:], strict=False):
            if not 0 <= b.start - a.end <= 1:
                continue
            heads = {self._row_key(f["id"]) for f in facts if own[f["id"]] in a.keys}
            lines = [f for f in facts if own[f["id"]] in b.keys]
            if not heads or len({self._row_key(f["id"]) for f in lines}) < 2:
                continue
            sheet = self._same_sheets(lines)
            outlines: dict[tuple, Outline] = {}
            under = [f for f in lines if heads & {self._row_key(p["id"]) for p in self._lines_above(f, sheet, outlines)}]
            if under and len(under) < len(lines):
                keep = {f["id"] for f in under}
                return [i for i in ids if i in keep]
        return ids

    def _outermost_of_each(self, fq: FactQuestion, ids: list[int]) -> list[int]:
        """"债务还本、付息和发行费用一共多少": a word fitting a head and the lines under it (付息: 232债务付息支出,
        its 款 and its 项) names the head in a sum; adding its lines too would count them twice."""
        if "sum" not in fq.ops or len(ids) > 400:
            return ids
        facts = self.idx.facts(ids)
        own = {f["id"]: label_key(_own_label(f)) for f in facts}
        drop: set[int] = set()
        for m in (m for m in fq.mentions if m.start >= 0):
            mine = [f for f in facts if own[f["id"]] in m.keys]
            rows = {self._row_key(f["id"]) for f in mine}
            if len(rows) < 2:
                continue
            sheet = self._same_sheets(mine)
            outlines: dict[tuple, Outline] = {}
            above = {f["id"]: {self._row_key(p["id"]) for p in self._lines_above(f, sheet, outlines)} for f in mine}
            tops = {self._row_key(f["id"]) for f in mine if not above[f["id"]] & rows}
            if len(tops) == 1 and all(above[f["id"]] & tops or self._row_key(f["id"]) in tops for f in mine):
                drop |= {f["id"] for f in mine if self._row_key(f["id"]) not in tops}
        return [i for i in ids if i not in drop] if drop else ids

    def _lines_above(self, f: dict, sheet: list[dict], outlines: dict[tuple, Outline] | None = None) -> list[dict]:
        """The heads a line stands under, nearest first (its 款, then its 类). outlines: the outlines of the
        columns of this sheet read so far, kept by a caller asking this of many lines of one sheet (each
        line would otherwise read its whole column again: hundreds of lines, hundreds of columns read)."""
        if outlines is None:
            outline = self._outline(self._column_of(f, sheet))
        else:
            key = _column_key(f)
            if key not in outlines:
                outlines[key] = self._outline(self._column_of(f, sheet))
            outline = outlines[key]
        out: list[dict] = []
        p = outline.get(f["id"])
        while p is not None and len(out) < 8:
            out.append(p)
            p = outline.get(p["id"])
        return out

    def _names_apart(self, facts: list[dict]) -> list[str]:
        """Each fact's name (common._names); lines named alike under different heads of a coded or numbered
        table (征地和拆迁补偿支出 under 21208 and under 21210) each with the head it stands under."""
        names = _names(facts)
        bare = [re.sub(r"^\d{3,7}", "", label_key(_own_label(f))) for f in facts]
        rows: dict[str, set] = defaultdict(set)
        for b, f in zip(bare, facts, strict=True):
            rows[b].add(self._row_key(f["id"]))
        out = []
        for n, b, f in zip(names, bare, facts, strict=True):
            parent = self._parent_line(f, self._same_sheets([f])) if len(rows[b]) > 1 else None
            row = n.split(" ")[0]
            out.append(compose.line_under(row, _own_label(parent)) + n[len(row):] if parent is not None else n)
        return self._twins_told_apart(facts, out)

    def _twins_told_apart(self, facts: list[dict], names: list[str]) -> list[str]:
        """Rows printed with one name (来榜中心学校 twice, its 小学 and its 初中 lines) told apart by the first text
        cell of their own that differs between them: "来榜中心学校（小学）"."""
        lines: dict[str, set] = defaultdict(set)
        for n, f in zip(names, facts, strict=True):
            lines[n].add(self._row_key(f["id"]))
        if all(len(keys) < 2 for keys in lines.values()):
            return names
        sheet = self._same_sheets([f for n, f in zip(names, facts, strict=True) if len(lines[n]) > 1])
        texts: dict[tuple, dict[str, str]] = defaultdict(dict)
        for x in sheet:
            if x["number"] is None and 1 <= len(compact(x["value"] or "")) <= 10:
                texts[self._row_key(x["id"])][x["col_labels"] or ""] = compact(x["value"] or "")
        out = []
        for n, f in zip(names, facts, strict=True):
            keys, own = lines[n], texts.get(self._row_key(f["id"]), {})
            apart = next((v for c, v in own.items() if len({texts.get(k, {}).get(c) for k in keys}) == len(keys)), "")
            row = n.split(" ")[0]
            out.append(f"{row}（{apart}）{n[len(row):]}" if len(keys) > 1 and apart else n)
        return out

    def _column_total(self, f: dict, sheet: list[dict]) -> dict | None:
        """The total row of a fact's own column (the nearest after it, of its own group when there are several).
        A line under a numbered head that sums its lines (一、本级政府性基金收入合计) is a share of that head;
        where several total lines are printed, the one that sums the column's top lines (合计, not a 支出总计
        adding 调出资金 and 结转) is the total of the items."""
        if self._is_total_fact(f, "row"):
            return None
        column = self._column_of(f, sheet)
        outline = self._outline(column)
        parent = outline.get(f["id"])
        if parent is not None and not re.match(r"\d{3,7}", _own_label(parent)) and self._sums_its_lines(parent, sheet):
            return parent
        letters = _col_letters(f["cell"] or "")
        totals = [x for x in sheet if x["col_labels"] == f["col_labels"] and x["number"] and x["id"] != f["id"]
                  and _col_letters(x["cell"] or "") == letters and self._is_total_fact(x, "row")]
        top = [x["number"] for x in column if x["number"] is not None and outline.get(x["id"]) is None
               and re.match(r"\d{3,7}", _own_label(x))]
        summing = [x for x in totals if top and abs(sum(top) - x["number"]) < 0.01 * len(top) + 1e-6]
        if len(totals) > 1 and len(summing) == 1 and re.match(r"\d{3,7}", _own_label(f)):
            return summing[0]  # a subject line: of the total its subjects add up to
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

    def _numbered_head(self, f: dict, sheet: list[dict]) -> dict | None:
        """The numbered head a line stands under (一、一般公共预算收入 over 税收收入 … 增值税), when it prints a figure
        at least the line's: the whole the line is a part of, though the table (its indentation lost) does not
        show whether the lines under it nest, so they are never added up in its place."""
        if f["number"] is None:
            return None
        parent = self._parent_line(f, sheet)
        if parent is None or parent["number"] is None or not numbered_level(_own_label(parent)) \
                or re.match(r"\d{3,7}", _own_label(parent)) or parent["number"] < f["number"]:
            return None
        return parent

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
        """A total row's value over the same row's total column: 合计 row's 基本支出 over its 本年支出合计; a
        其中 column's over the column it is a part of (合计 row's 其中：补助镇街支出 over its 2025年预算数)."""
        # (a column group's 小计, 基本支出 › 小计, is a part of the row's own 总计 column: over it, never another 小计)
        group_total = self._is_total_fact(f, "col") and query.FACT_SEP in (f["col_labels"] or "")
        if self._is_total_fact(f, "col") and not group_total:
            return None
        same = [x for x in sheet if x["line"] == f["line"] and x["page"] == f["page"] and x["id"] != f["id"]
                and x["row_labels"] == f["row_labels"] and x["number"] and self._is_total_fact(x, "col")
                and not (group_total and query.FACT_SEP in (x["col_labels"] or ""))]
        same = [x for x in same if _is_grand_total(label_key(x["col_labels"] or ""))] or same  # not a group's 小计
        if not same and self._is_total_fact(f, "row") and (whole := self.whole_of_part(f, sheet)) is not None:
            return whole
        return same[0] if len(same) == 1 and same[0]["number"] >= f["number"] else None

    @staticmethod
    def whole_of_part(f: dict, sheet: list[dict]) -> dict | None:
        """The figure a 其中 column's figure is a part of: the same row's nearest column before it not headed
        其中 (2025年预算数 of 其中：补助镇街支出); None when the column is no 其中 or the row prints no such figure."""
        def at(x: dict) -> tuple[int, int]:  # (the column's place: its letters in a sheet, else its order read)
            letters = re.match(r"[A-Z]+", x["cell"] or "")
            return (sum((ord(c) - 64) * 26 ** i for i, c in enumerate(reversed(letters.group()))) if letters else 0,
                    x["id"])
        def part(x: dict) -> bool:  # (其中：X, or X under a group header 其中 over the parts)
            return any(re.match(r"其中", lab) for lab in (x["col_labels"] or "").split(query.FACT_SEP))
        if not part(f):
            return None
        row = [x for x in sheet if (x["document_id"], x["sheet"], x["page"], x["line"], x["row_labels"])
               == (f["document_id"], f["sheet"], f["page"], f["line"], f["row_labels"]) and x["number"]
               and x["unit"] == f["unit"] and not part(x) and at(x) < at(f)]
        whole = max(row, key=at, default=None)
        return whole if whole is not None and whole["number"] >= (f["number"] or 0) else None

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

    def _asked_column(self, fq: FactQuestion, facts: list[dict], loose: bool = False, words: bool = False) -> list[dict]:
        """The numbers, in each row of facts, of the column the question names exactly ("年度预算数"), or
        (loose) in part when the part names that one column alone ("今年计划" of 2025年计划投资); [] unless every
        row has one. words: a column of words counts too (纠偏措施 of an indicator's line of a 运行监控表)."""
        keys = {k for m in fq.mentions if m.exact or (loose or words) and len(m.keys) == 1 for k in m.keys if k in self.idx.col_keys}
        if words and not keys:  # ("年报公示率1-6月": the period said names the one column of the line printing it)
            keys = {k for m in fq.mentions for k in m.keys if k in self.idx.col_keys}
        if not keys and not (words and fq.period):
            return []
        out = []
        for f in facts:
            sib = self.idx.facts(self._row_siblings(f))
            hits = [x for x in sib if (x["number"] is not None or words and (x["value"] or "").strip())
                    and keys.intersection(self.idx.fact_keys.get(x["id"], ()))]
            hit = hits[0] if hits and (not words or len(hits) == 1) else None
            if hit is None and words and keys:
                hit = self._words_column_holding(sib, keys)
            if hit is None and words and fq.period:
                # ("年报公示率上半年", "X1-9月完成多少": the one column of the line printing that period)
                spans = [x for x in sib if period_in(x["col_labels"] or "") == tuple(fq.period)]
                hit = spans[0] if len(spans) == 1 else None
            if hit is None:
                return []
            out.append(hit)
        return list({x["id"]: x for x in out}.values())

    def _words_column_holding(self, sib: list[dict], keys: set[str]) -> dict | None:
        """The one cell of words of a row whose column's own label holds a word said ("原因" of 偏差原因分析, said
        "为啥完成得不好" of an indicator's line); None when no column or more than one holds it."""
        def own(x: dict) -> str:
            return label_key((x["col_labels"] or "").split(query.FACT_SEP)[-1])
        held = [x for x in sib if x["number"] is None and (x["value"] or "").strip()
                and any(len(k) >= 2 and k in own(x) for k in keys)]
        return held[0] if len(held) == 1 else None

    def _money_of_rows(self, facts: list[dict]) -> list[dict]:
        """"货物类一共多少钱": each row's amount — its one money column, or its money total column
        (采购预算金额合计 beside 财政拨款 and 其他资金); [] unless every row has exactly one."""
        out = []
        for f in facts:
            money = [x for x in self.idx.facts(self._row_siblings(f))
                     if x["number"] is not None and (x["unit"] or "") in _MONEY_UNITS]
            totals = [x for x in money if self._is_total_fact(x, "col")]
            # 预算金额 beside 其中：财政拨款 and 其中：其他资金: the columns "其中" opens are its parts
            # (a 单价 is the price of one, never the row's amount)
            whole = [x for x in money if not re.match(r"其中|单价", (x["col_labels"] or "").split(query.FACT_SEP)[-1])]
            pick = totals if len(money) > 1 and (totals or len(whole) != 1) else whole if len(money) > 1 else money
            if len(pick) != 1:
                return []
            out.append(pick[0])
        return list({x["id"]: x for x in out}.values())

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

    def _pair_in_row(self, f: dict, done_re: str, plan_re: str) -> tuple[dict, dict] | None:
        """In the row of a fact (or the block it belongs to), what was done and what was planned."""
        # Amounts only: a rate (执行率 75%) or a gap in points is never subtracted from an amount.
        sib = [x for x in self.idx.facts(self._row_siblings(f)) if x["number"] is not None
               and x["unit"] not in ("%", "百分点")]
        # A part of the year (第一季度, 3月) is not what was done: the whole year's column, where there is one.
        sib = sorted(sib, key=lambda x: bool(_PART_OF_YEAR.search(x["col_labels"] or "")))
        # A column's own header says what it is (1-6月支出), not the group over it (预算执行情况 › 年初预算).
        def said(x: dict, words: str) -> bool:
            leaf = (x["col_labels"] or "").split(query.FACT_SEP)[-1]
            return bool(re.search(words, leaf) if leaf else re.search(words, x["row_labels"] or ""))
        # "未执行数" says the verb but is what was not done: never the done figure.
        undone = r"(?:未|没有?|尚未|剩余|结余)(?:" + done_re + ")"
        # (a forecast, 全年预计执行数 of a 运行监控表, is not what was done: its 1-6月执行数 is)
        undone += r"|预计|预测|预估"
        done = next((x for x in sib if said(x, done_re) and not said(x, undone)), None) \
            or next((x for x in sib if said(x, r"支出") and not said(x, plan_re) and not said(x, undone)), None)
        # The budget as it now stands (调整后预算, 全年预算数) before the one set at the year's start (年初预算数).
        plans = sorted((x for x in sib if said(x, plan_re) and x is not done
                        and (done is None or x["unit"] == done["unit"] and _same_side(x, done))),
                       key=lambda x: (not re.search(r"调整", x["col_labels"] or ""),
                                      bool(re.search(r"年初", x["col_labels"] or ""))))
        plan = plans[0] if plans else _the_whole_before(sib, done)
        return (done, plan) if done and plan else None

    def _stage_before(self, f: dict, done_re: str, said: set[str]) -> tuple[dict, list[dict]] | None:
        """A row printing no plan column, its money handed on stage by stage (下达金额 › 中央 / 省级 | 已分配金额 |
        已支出金额): what was done (已分配, 已支出) and the amounts of the stage it was done of — the column said
        ("已分配的还有多少没支出"), else the nearest amount printed before it; a merged header's sub-columns (中央下达 /
        省级下达 under 下达金额, no total of theirs) all together. None when the row is not so."""
        sib = [x for x in self.idx.facts(self._row_siblings(f)) if x["number"] is not None
               and x["unit"] not in ("%", "百分点") and not re.search(r"上年|去年|同期|其中", x["col_labels"] or "")]
        heads = asking_words().get("column_verbs", {}).get("done_heads", ())
        leaf = lambda x: (x["col_labels"] or "").split(query.FACT_SEP)[-1]  # noqa: E731
        done = next((x for x in sib if heads and leaf(x).startswith(heads) and re.search(done_re, leaf(x))), None)
        if done is None:
            return None
        before = sorted((x for x in sib if x["id"] < done["id"] and x["unit"] == done["unit"]), key=lambda x: x["id"])
        named = [x for x in before if said & set(self.idx.fact_keys.get(x["id"], ()))]
        last = (named or before)[-1:]
        if not last:
            return None
        group = (last[0]["col_labels"] or "").split(query.FACT_SEP)
        parts = [x for x in before if (x["col_labels"] or "").split(query.FACT_SEP)[:-1] == group[:-1]] \
            if len(group) > 1 and not named else last
        if sum(x["number"] for x in parts) < done["number"]:
            return None
        return done, parts

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

    def _item_row(self, facts: list[dict], fq: FactQuestion) -> list[dict]:
        """"应急广播终端建了多少个": one item of a group named (an indicator row under its project, read from a
        指标名称 column), no one column of it told apart: the item's figures as printed (年度目标值, 完成值,
        完成进度; of "完成多少" 完成值 and 完成进度), in the table's order; [] unless the facts are all of one
        such row."""
        if len(facts) < 2 or len({self._row_key(f["id"]) for f in facts}) != 1:
            return []
        heads = (facts[0]["row_heads"] or "").split(query.FACT_SEP)
        measure = _MEASURE_ASKED.search(fq.text)
        if len(heads) >= 2 and INDICATOR_NAME_HEAD.search(heads[-1]) and measure:
            # "渝中创业孵化基地新增了几个": an indicator row of a self-evaluation table (指标名称), its figures
            # counted in the measure asked (指标值 1个, 全年完成值 3个), never "1 项"
            return [f for f in facts if f["number"] is not None and f["unit"] == measure.group(1)]
        if len(heads) < 2 or not heads[-1].startswith(ITEM_HEAD):
            return []
        return sorted(facts, key=lambda f: (len(_col_letters(f["cell"] or "")), _col_letters(f["cell"] or "")))

    def _items_named(self, facts: list[dict]) -> list[tuple[dict, list[dict]]]:
        """Cells of an item column (指标名称 of a project's indicator rows), each with its item row's figures
        (the cells labelled by the name under the project); [] unless every fact is such a cell."""
        if len(facts) > 30:
            return []
        out = []
        for f in facts:
            if f["number"] is not None:
                return []
            own = (f["row_labels"] or "") + query.FACT_SEP + (f["value"] or "")
            row = [x for x in self.idx.facts(self._row_siblings(f)) if x["row_labels"] == own
                   and (x["row_heads"] or "").split(query.FACT_SEP)[-1].startswith(ITEM_HEAD)]
            if not row:
                return []
            out.append((f, sorted(row, key=lambda x: (len(_col_letters(x["cell"] or "")), _col_letters(x["cell"] or "")))))
        return out

    def _item_cells(self, facts: list[dict]) -> list[dict]:
        """The 指标名称 cells among the facts: text cells whose value names an item row matched with them."""
        rows = {f["row_labels"] for f in facts}
        return [f for f in facts if f["number"] is None and f"{f['row_labels']}{query.FACT_SEP}{f['value']}" in rows]

    def _is_stated(self, fid: int) -> bool:
        """A rate stated once for the whole table above its rows ("序时进度：50%"): its one label, no column."""
        return self.idx.fact_nrows.get(fid, 0) == 1 and len(self.idx.fact_keys.get(fid, ())) == 1

    def _rate_and_stated(self, numeric: list[dict]) -> list[dict]:
        """"（执行进度）比序时快多少": among the facts, one rate stated for the table and the one other rate of one
        row; [] unless exactly so."""
        stated = [f for f in numeric if f["unit"] == "%" and self._is_stated(f["id"])]
        rates = [f for f in numeric if f["unit"] == "%" and f not in stated]
        if len(stated) != 1 or len(rates) != 1 or rates[0]["document_id"] != stated[0]["document_id"]:
            return []
        return [rates[0], stated[0]]

    def _group_of(self, f: dict, pattern: str) -> list[dict]:
        """An item row's group's own cells whose column matches pattern (a project's 偏差原因, printed on its
        first row, or merged over its indicator rows): of the same sheet, labelled by the item's outer rows."""
        rows = (f["row_labels"] or "").split(query.FACT_SEP)
        if len(rows) < 2:
            return []
        parent = query.FACT_SEP.join(rows[:-1])
        return [x for x in self._same_sheets([f]) if x["row_labels"] == parent and x["sheet"] == f["sheet"]
                and re.search(pattern, label_key((x["col_labels"] or "").split(query.FACT_SEP)[-1]))]

    def _row_siblings(self, f: dict) -> list[int]:
        """Facts of the same row of the same document (the other columns of a line, of its own side of a line
        printing two)."""
        line = query.facts_of_row(self.idx.conn, f["document_id"], f["sheet"], f["line"], f["page"])
        return [x["id"] for x in own_side(line, f)]

    def _column_facts(self, fq: FactQuestion, facts: list[dict]) -> list[dict]:
        """For lists and extremes: the facts of the column the question names (numbers where it can)."""
        numeric = [f for f in facts if f["number"] is not None]
        return numeric or facts

    def _which_period(self, facts: list[dict]) -> list[dict]:
        """"哪个季度支出最多": the periods are the table's period columns, compared on its total row (or on the
        one row the question named); [] when no one row is meant."""
        # (a table of months as columns, 1月 … 12月, beside their running total: each month is a period)
        periods = [f for f in facts if f["number"] is not None and (_period_of(f) or column_month(f))]
        if not periods and facts:
            same = self.idx.facts(list(self.idx.docs[facts[0]["document_id"]].facts))
            periods = [f for f in same if f["number"] is not None and (_period_of(f) or column_month(f))]
        rows = {(f["document_id"], f["sheet"], f["line"]) for f in periods}
        if len(rows) > 1:
            periods = [f for f in periods if _is_total(label_key((f["row_labels"] or "").split(query.FACT_SEP)[-1]))]
            rows = {(f["document_id"], f["sheet"], f["line"]) for f in periods}
        return periods if len(rows) == 1 else []

    def _change_column(self, fq: FactQuestion, facts: list[dict], own_lines: bool = False) -> list[dict]:
        """"哪项降得最多": the rows' change column (增减额; 增减率 when a rate is asked: 降幅, 百分之几); own_lines:
        of the lines of the facts given only (the groups' 小计 lines: "哪类支出降得最多")."""
        rate = bool(re.search(r"幅|率|百分|%", fq.text))
        same = self._same_sheets(facts[:1]) if facts else []
        cols = [x for x in same if x["number"] is not None and re.search(r"增减|增长|增幅|变动|变化|差额|差异", x["col_labels"] or "")
                and bool(re.search(r"率|%", x["col_labels"] or "") or x["unit"] == "%") == rate]
        if own_lines:
            own = {(f["document_id"], f["sheet"], f["page"], f["line"]) for f in facts}
            return [x for x in cols if (x["document_id"], x["sheet"], x["page"], x["line"]) in own]
        cols = [x for x in cols if not self._is_total_fact(x, "row") and "合计" not in (x["row_labels"] or "")]
        # A row over "其中：" rows is their subtotal; rows of another unit (辆, 人) are other measures.
        lines = {x["line"]: x for x in cols}
        cols = [x for x in cols if not _own_label(lines.get(x["line"] + 1) or {"row_labels": ""}).startswith("其中")]
        units = [x["unit"] or "" for x in cols]
        common = max(dict.fromkeys(units), key=units.count, default="")  # a tie: the first row's unit
        return [x for x in cols if (x["unit"] or "") == common]


def _column_key(f: dict) -> tuple:
    """What Rows._column_of reads of a fact to gather its column from a sheet: facts alike in it have one
    column (the page counts only off a spreadsheet's sheets)."""
    return (f["col_labels"], f["sheet"], None if f["sheet"] else f["page"], _col_letters(f["cell"] or ""),
            f["row_heads"] or "")


def _side(f: dict) -> str:
    """The side of a 收支 table a cell's column stands on (收入 / 支出, by its top header), "" when neither."""
    top = (f["col_labels"] or "").split(query.FACT_SEP)[0]
    return "收入" if "收入" in top else "支出" if "支出" in top else ""


def _same_side(x: dict, y: dict) -> bool:
    """Whether two cells of one printed line are of the same side (an income beside a spending is no pair)."""
    return not (_side(x) and _side(y)) or _side(x) == _side(y)


def _the_whole_before(sib: list[dict], done: dict | None) -> dict | None:
    """A row printing no plan column (a bond table: 发行金额 | … | 已支出金额): the one other amount of done's unit
    printed before it, no smaller than it, is the whole it was done of; None when there is not exactly one."""
    # (only a column printed as what was done, 已支出金额 / 累计完成: a 收支总表's 基本支出 is a part of its 支出合计,
    # never what is left of it)
    heads = asking_words().get("column_verbs", {}).get("done_heads", ())
    if done is None or not heads or not (done["col_labels"] or "").split(query.FACT_SEP)[-1].startswith(heads):
        return None
    before = [x for x in sib if x is not done and x["unit"] == done["unit"] and x["id"] < done["id"]
              and not re.search(r"上年|去年|同期|其中", x["col_labels"] or "")]
    return before[0] if len(before) == 1 and before[0]["number"] >= done["number"] else None


# a row named by a year and a figure's kind ("2024年预算数"): that year's figure, never a thing named after the year
_FIGURE_OF_THE_YEAR = Words("measures", "{year_figures}")


def _year_of_its_name(f: dict) -> bool:
    """Whether the fact's year is only the start of its row's own name ("2020年XX专项债券到期再融资", a row of a 2025
    table): a thing named after a year, never a figure of that year (a row "2024年" or "2024年预算数" is one)."""
    own = (f["row_labels"] or "").split(query.FACT_SEP)[-1]
    m = re.match(r"(\d{4})年(?P<name>[\u4e00-\u9fff]{8,})", own)
    return m is not None and int(m[1]) == f["year"] and not _FIGURE_OF_THE_YEAR.search(m["name"][:4])

