"""Small readings of facts shared by the answerer: names, years, units, totals, citations."""

from __future__ import annotations

import re
from collections import defaultdict

from bot.answer import compose
from bot.answer.facts.index import FactIndex
from bot.answer.facts.question import FactAnswer, FactQuestion
from bot.answer.facts.words import (
    _QUESTION_WORDS,
    MONEY_UNITS,
    MONTH_SPAN_SOURCE,
    _is_total,
    _value_text,
    bracket_words,
    is_entity_label,
    label_key,
    period_in,
)
from bot.language.normalize import compact, normalize
from bot.model import ITEM_HEAD
from bot.store import queries as query

# Words after a department's name that only relate its figure to the other's ("多多少", "少了多少", "的几倍").
_RELATING_ONLY = re.compile(r"(?:的|还|要|更)*(?:(?:多|少|高|低|大|小)(?:了|出)?|相差|差了?|差额|差距|是|几倍|倍数?)*"
                            r"(?:多少|几|呢|吗|啊|[？?])*")


def _own_part(fq: FactQuestion, dept: str) -> str:
    """What the question asks of one of several departments it names, each with an item of its own ("A的X和
    B的Y各多少"): the words after its name up to the next name, with the question's last words ("各多少").
    "" when its name is followed by nothing of its own ("A和B的X")."""
    spans, at = [], 0
    for form, depts in fq.dept_names:
        start = fq.text.find(form, at)
        if start < 0:
            return ""
        spans.append((start, start + len(form), depts))
        at = start + len(form)
    for k, (start, end, depts) in enumerate(spans):
        if dept not in depts:
            continue
        last = k == len(spans) - 1
        own = fq.text[end:spans[k + 1][0] if not last else len(fq.text)]
        own = re.sub(r"^的|(?:的)?(?:和|与|跟|及|以及|、)$", "", own)
        if len(own) < 2 or _RELATING_ONLY.fullmatch(own):
            return ""  # "…比卫健局多多少": the last name relates the figures, it asks no item of its own
        if last and k and (year := _YEAR_ONLY.fullmatch(own)):
            # "A 25年公务接待费和 B 24年比": B's own year, of the item A's part says
            item = re.sub(r"^(?:的)?(?:19|20)\d\d年度?(?:的)?|(?:的)?(?:和|与|跟|及|以及|、)$", "",
                          fq.text[spans[k - 1][1]:start])
            return fq.text[start:end] + year.group("y") + item + "多少" if len(item) >= 2 else ""
        if last:
            return fq.text[start:]
        rest = fq.text[spans[-1][1]:]
        tail = list(_QUESTION_WORDS.finditer(rest))
        # ("…哪个多": 哪个 relates the departments' figures, it asks nothing of one: its figure, 多少)
        word = tail[-1].group() if tail and not (tail[-1].group() == "哪个" and re.match(
            r"(?:的)?(?:更|比较|较)?[多大高少小低]", rest[tail[-1].end():])) else "多少"
        return fq.text[start:end] + own + word
    return ""


# The last department's part saying only its year and how the figures relate ("…和B 24年比", "B 2024年的呢").
_YEAR_ONLY = re.compile(r"(?:的)?(?P<y>(?:19|20)\d\d年度?)(?:的)?(?:比|相比|比较|对比|比一比|比一下|比下)?(?:呢|吗|[？?])?")


def _without_code(key: str) -> str:
    """A label without its leading subject code ("2210201住房公积金" -> "住房公积金")."""
    return re.sub(r"^\d{3,}", "", key)


def _named_as(question: str, form: str, department: str) -> str:
    """The question with a short name ("卫健局") replaced by one department's full name."""
    text = normalize(question)
    return text.replace(form, department, 1) if form in text else compact(question).replace(form, department, 1)


def _named_of(idx: FactIndex, question: str, form: str, department: str) -> str:
    """The question asked of one of the departments a short name fits: its full name in place of the short
    one, or, for a place whose table has a row of that name (青禾区's 区财政局 of "财政局"), the place and the
    row ("青禾区财政局…")."""
    row_of = idx.row_docs(form) & set(idx.dept_docs.get(department, ()))
    # (the row as its table prints it, when one row says it: "锦屏县农业农村局" of a county's staffing table that
    # its 编办 drew up, whose name is no place to say before the row)
    rows = [k for k in idx.row_keys_ending(form) if any(k in idx.doc_keys.get(d, ()) for d in row_of)]
    rows = [k for k in rows if not any(k != o and k in o for o in rows)]  # (锦屏县农业农村局 over 县农业农村局)
    return _named_as(question, form, rows[0] if len(rows) == 1 else department + form if row_of else department)


def _scope_docs(idx: FactIndex, fq: FactQuestion, doc_ids: list[int] | None) -> list[int]:
    """The tables a question is about: those of the departments and subjects it names (else all)."""
    if fq.departments:
        docs = [d for dept in fq.departments for d in idx.dept_docs.get(dept, ()) if idx.docs[d].facts]
        # (the caller's tables, when some are the departments': "在部门预算表里" keeps to that table's rows)
        docs = [d for d in docs if d in doc_ids] or docs if doc_ids else docs
    elif doc_ids:
        docs = [d for d in doc_ids if d in idx.docs and idx.docs[d].facts]
    else:
        docs = list(idx.fact_docs)
    if fq.subject_docs and any(d in fq.subject_docs for d in docs):
        docs = [d for d in docs if d in fq.subject_docs]
    return docs


def named_rows_year(idx: FactIndex, mentions: list, docs: list[int]) -> int:
    """The own year of the tables (of docs) printing a row the question names: "城区供水管网改造明年计划投资" of a
    2025 plan printing 2026's column counts 明年 from 2025, not from the department's newest table (a 2026 table
    of other rows). 0 when no row is named, or no such table says its year."""
    rows = [m.keys for m in mentions if m.start >= 0 and m.keys and m.keys <= idx.row_label_keys
            and not m.keys & idx.col_keys]
    named = [d for d in docs if d in idx.docs and idx.docs[d].year and any(k & idx.doc_keys.get(d, set()) for k in rows)]
    return max((idx.docs[d].year or 0 for d in named), default=0)


def _years(idx: FactIndex, fq: FactQuestion, docs: list[int]) -> tuple[list[int], str]:
    """The years asked (absolute, or relative to the documents' year); the message when one is missing."""
    have, base = idx.years_held(docs)
    # (今年 / 明年 of the table whose row is named: a 2025 plan's own and 2026 columns, whatever the newest table)
    ahead = named_rows_year(idx, fq.mentions, docs) if any(off >= 0 for off in fq.relative_year) else 0
    back = 1 if idx.looks_back(docs) else 0  # 去年 of a self-evaluation: its own year (FactIndex.looks_back)
    asked = list(fq.years) + [(ahead or base) + off if off >= 0 else base + off + back
                              for off in fq.relative_year if base]
    missing = [y for y in asked if y not in have]
    if missing:
        return asked, compose.years_not_held(missing, have)
    return asked, ""


def _numbers(values) -> str:
    """"4、5、6" — at most eight, then 等 (a citation stays short enough for one message)."""
    ordered = sorted(set(values))
    head = "、".join(str(x) for x in ordered[:8])
    return head + ("等" if len(ordered) > 8 else "")


def _cite(idx: FactIndex, facts: list[dict]) -> str:
    """"（来源：file sheet 第N行，department+year+form）" — page for PDF tables."""
    by_doc: dict[int, list[dict]] = defaultdict(list)
    for f in facts:
        by_doc[f["document_id"]].append(f)
    parts = []
    for doc_id, fs in list(by_doc.items())[:4]:
        d = idx.docs[doc_id]
        if fs[0]["page"] and not fs[0]["sheet"]:
            where = compose.on_pages(_numbers(f["page"] for f in fs))
        else:
            sheets: dict[str, list[int]] = defaultdict(list)
            for f in fs:
                sheets[f["sheet"] or ""].append(f["line"])
            where = compose.on_lines([(sheet, _numbers(lines)) for sheet, lines in list(sheets.items())[:3]])
        year = "" if re.match(r"(?:19|20)\d\d", d.form or "") else compose.year_text(_sheet_year(fs, d.year))  # (2025-2027年…)
        parts.append(compose.fact_source(d.file_name, where, _sheet_title(fs, d.form or "")
                                         or f"{d.department}{year}{d.form}"))
    return compose.fact_sources(parts, len(by_doc))


def _sheet_title(facts: list[dict], form: str) -> str:
    """The title a workbook's other sheet prints over its own rows (…国有资本经营预算支出表 of the 支出 sheet, the
    document named by its first sheet's 收入表): cited for them as printed; "" when the facts are of the document's
    own title or of several sheets."""
    titles = {compact(f.get("section") or "") for f in facts}
    title = next(iter(titles)) if len(titles) == 1 else ""
    if not title.endswith("表") or not form or title.endswith(compact(form)) or not re.search(r"(?:19|20)\d\d年", title):
        return ""
    return title


def _sheet_year(facts: list[dict], year: int | None) -> int | None:
    """The year a citation names: a workbook of one sheet per year ("2024年" beside "2025年") is cited with
    the year of the sheet its facts come from, else the document's year."""
    sheets = {f["sheet"] or "" for f in facts}
    m = re.fullmatch(r"((?:19|20)\d\d)年度?", compact(next(iter(sheets)))) if len(sheets) == 1 else None
    return int(m.group(1)) if m and all(f.get("year") == int(m.group(1)) for f in facts) else year


_LONG_NOTE = re.compile(r"[（(][^（）()]{6,}[）)]|（[^）]*（[^）]*）[^）]*）")


# The place a department's full name begins with (海宁市教育局: 海宁市)
_PLACE_OF_NAME = re.compile(r"^.{1,6}?(?:自治州|自治县|[省市县区州旗])(?=.{2,})")


# Money asked in so many words ("的钱", "多少钱", "金额"): an amount, never a count of things in its place.
# (资金 only as what is asked, "的资金有多少": a project's name says it too, 就业补助资金's 新增就业人数 is no money asked)
_MONEY_ASKED = re.compile(r"钱(?!塘)|金额|多少万元?|多少元|的资金(?:有|是)?多少")


def money_of_counts(idx: FactIndex, text: str, facts: list[dict]) -> FactAnswer | None:
    """"湖岭镇的钱里面用于山塘水库的有多少" where the figures the words fit are counts only (山塘水库（座）, an allocation
    factor): money is asked, which none of them is — said (unknown, settled), with what the table holds; None when
    a figure is money, a rate or unitless, or the question says the count's unit ("几座")."""
    numeric = [f for f in facts if f["number"] is not None]
    if not numeric or not _MONEY_ASKED.search(text):
        return None
    units = {f["unit"] or "" for f in numeric}
    if "" in units or "%" in units or units & _MONEY_UNITS or any(u in text for u in units):
        return None
    has = "、".join(dict.fromkeys(compose.item_in_unit(_name(f), f["unit"] or "") for f in numeric[:4]))
    return FactAnswer("unknown", compose.fact_kind_missing("money", has) + _cite(idx, numeric[:4]), [], settled=True)


def _named_whole(head: str, line: str) -> bool:
    """Whether a line under a department's heading prints a full name of its own: the department's (its 本级)
    or another of the same place's (海宁市高级中学 under 海宁市教育局)."""
    place = _PLACE_OF_NAME.match(head)
    return line.startswith(head) or bool(place and line.startswith(place.group()) and len(line) > len(place.group()) + 2)


def _name(f: dict) -> str:
    """How a fact is named in an answer: its row labels and column labels, innermost row first (long
    notes in brackets left out)."""
    rows = [_LONG_NOTE.sub("", x) for x in (f["row_labels"] or "").split(query.FACT_SEP) if x]
    cols = [_LONG_NOTE.sub("", x) for x in (f["col_labels"] or "").split(query.FACT_SEP) if x]
    name = rows[-1] if rows else (f["section"] or "")
    if rows == ["小计"] and f.get("block_of"):
        name = f["block_of"]  # (a department's block 小计 of a table by departments: the department's line)
    elif len(rows) >= 2 and is_entity_label(rows[-2]) and _named_whole(rows[-2], rows[-1]):
        name = rows[-1]  # (a unit printing its full name, 海宁市教育局本级 / 海宁市高级中学: never glued to its department)
    elif len(rows) >= 2 and is_entity_label(rows[-2]):
        name = rows[-2] + rows[-1]  # (a line of a department or place listed in rows: whose line it is)
    elif len(rows) >= 2 and len(rows[-1]) <= 4:
        # a short line: of which head (人员经费/基本工资); a code's name (30211差旅费) and a group's 小计 read as one
        glued = rows[-2].isdigit() or _is_total(label_key(rows[-1]))
        name = rows[-2] + rows[-1] if glued else compose.line_in_head(rows[-2], rows[-1])
    elif len(rows) >= 2 and (f.get("row_heads") or "").split(query.FACT_SEP)[-1].startswith(ITEM_HEAD):
        name = f"{rows[-2]}{rows[-1]}"  # an indicator named with its project (群众满意度 of which project)
    col = "".join(c for c in cols if not re.fullmatch(r"(?:指标值|金额|数值|值|内容)", c))
    return f"{name}{col and ' ' + col}".strip()


def _month(f: dict) -> int | None:
    """The month a fact's row stands for ("5月"), None when its row is no month."""
    last = (f["row_labels"] or "").split(query.FACT_SEP)[-1]
    m = re.fullmatch(r"(\d{1,2})月(?:份)?", compact(last))
    return int(m.group(1)) if m else None


# A column adding up the months of the table's year so far ("1-10月累计", "累计完成数"): the row's own figure.
_RUNNING_TOTAL = re.compile(rf"{MONTH_SPAN_SOURCE}"  # (the span as words.month_span reads it: 1－9月, 一至九月)
                            r"份?(?:累计|合计)?(?:完成数?|数|收入|支出|执行数?)?|(?:本年|当年|今年)?累计(?:完成数?|数|收入|支出|执行数?)?")
_MONTH_COLUMN = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?(?:完成数?|数|收入|支出|执行数?)?")


def running_total(f: dict) -> bool:
    """Whether a fact's column adds up months of its year ("1-10月累计")."""
    return bool(_RUNNING_TOTAL.fullmatch(_own_col(f)))


def month_column(f: dict) -> bool:
    """Whether a fact's own column is one month ("10月", "3月份")."""
    return bool(_MONTH_COLUMN.fullmatch(_own_col(f)))


def column_month(f: dict) -> int | None:
    """The month a fact's own column stands for ("2025年分月完成数 / 3月" -> 3), None when it is no month."""
    m = re.fullmatch(r"(\d{1,2})月份?", _own_col(f))
    return int(m.group(1)) if m else None


def _period_of(f: dict) -> tuple[int, ...] | None:
    """The months a fact's column stands for ("分季度执行数第三季度" -> 7, 8, 9), None when it is no period."""
    return period_in(compact(f["col_labels"] or ""))


def _col_letters(cell: str) -> str:
    """The column letters of a cell reference ("AB12" -> "AB")."""
    m = re.match(r"[A-Z]*", cell)
    return m.group(0) if m else ""  # [A-Z]* matches every string


def year_of_fact(f: dict) -> int | None:
    """The year a fact's own labels print ("2023年预算数"), None when it is the document's."""
    for lab in (f["col_labels"] or "").split(query.FACT_SEP) + (f["row_labels"] or "").split(query.FACT_SEP):
        if y := year_in(lab):
            return y
    return None


_YEAR_IN = re.compile(r"(?<![0-9.])(19|20)\d\d(?![0-9.])")  # a subject code "2050204…" holds no year


def year_in(key: str) -> int | None:
    m = _YEAR_IN.search(key)
    return int(m.group(0)) if m else None


_MONEY_UNITS = MONEY_UNITS


_COUNT_UNITS = {"人", "个", "家", "户", "次", "人次", "批次", "件", "项", "台", "辆", "套", "名", "所"}


# A column that is the budget itself (2024年预算数, 全年预算), not a source of funds (一般公共预算).
_BUDGET_COLUMN = re.compile(r"(?:\d{4}年)?(?:全年|年初|年度)?预算(?:数|金额)?")


# "有多少在编人员", "几个工作人员": a count of people named by the kind of staff (人员 after 多少/几个).
_PEOPLE_ASKED = re.compile(r"(?:多少|几个|几名)(?:个|名)?[\u4e00-\u9fff]{0,4}?(?:人员|职工|员工)")


_PEOPLE_HEADING = re.compile(r"人数|人员|编制数|职工数|派遣")


def _kind_fits(f: dict, fq: FactQuestion, asked: str | None = None) -> bool:
    """Whether a fact is the kind of value the question asks for (asked: the words saying it, else the question)."""
    t, unit = fq.text if asked is None else asked, f["unit"] or ""
    if re.search(r"多少人|几个人|几人|人数", t) or _PEOPLE_ASKED.search(t):
        # A whole number printed with no unit under a heading of people (实有人数 | 劳务派遣) counts people.
        return unit in ("人", "人次") or not unit and f["number"] is not None and float(f["number"]).is_integer() \
            and bool(_PEOPLE_HEADING.search(f["col_labels"] or ""))
    # money asked, unless a rate is (资金执行率); the part of a share (占全区比例) is money
    money = re.search(r"多少钱|经费|金额|资金|钱|(?:多少|几)(?:万元|元|亿元|千元)", t)
    if money and (not re.search(r"率|比例|占比", t) or "占" in t):
        # (a column named whole beside the money is asked too: "分配系数和金额", the coefficient)
        own = compact((f["col_labels"] or "").split(query.FACT_SEP)[-1])
        return unit in _MONEY_UNITS or len(own) >= 3 and own in compact(t)
    if re.search(r"几辆|多少辆", t):
        return unit == "辆"
    if re.search(r"率|百分", t) and not re.search(r"(?:是|为|占)[^，,；;]{1,20}?(?:的)?百分", t):
        return unit == "%"  # ("X是Y的百分之多少": a share of two amounts, not a printed rate)
    return True


def _numbered_items(facts: list[dict]) -> list[dict]:
    """"总体绩效目标有几个": the numbered items right under what was named (目标1 … 目标6), not the rates a
    target states (目标6's 仲裁结案率 and 调解率 are that one target's)."""
    parts = [tuple((f["row_labels"] or "").split(query.FACT_SEP)) for f in facts]
    items = [f for f, p in zip(facts, parts, strict=True) if len(p) >= 2 and re.fullmatch(r"目标\d{1,2}", p[-1])]
    if len({f["row_labels"] for f in items}) < 2:
        return facts
    numbered = {tuple((f["row_labels"] or "").split(query.FACT_SEP)) for f in items}
    # neither a target's rates nor the cell that holds all targets (said again item by item)
    return [f for f, p in zip(facts, parts, strict=True) if not any(len(p) != len(n) and p[:len(n)] == n[:len(p)] for n in numbered)]


def _without_parents(facts: list[dict]) -> list[dict]:
    """"商品和服务支出里最多的一项": the items under a heading row, not the heading (their sum) itself. A row
    whose own label is inside an outer label of another candidate's row path is that row's parent — never one
    inside another row's own label (增值税 is no parent of 土地增值税)."""
    own = _own_row
    outer = {r: [label_key(x) for x in r.split(query.FACT_SEP)[:-1] if x] for r in {f["row_labels"] or "" for f in facts}}
    # (a row under that very outer label is its sibling, not its parent: 中小学图书 under 中小学图书配备)
    kept = [f for f in facts if not (own(f) and any(own(f) in o for r, os in outer.items()
                                                   if r != (f["row_labels"] or "") for o in os
                                                   if o not in outer[f["row_labels"] or ""]))]
    return kept or facts


def _code_leaves(facts: list[dict]) -> list[dict]:
    """Rows of a subject-code hierarchy (类 205, 款 20502, 项 2050202) compared at its most detailed level:
    a row whose code starts another row's code is that row's sum, not one of the items."""
    code = row_code
    codes = {code(f) for f in facts} - {""}
    parents = {a for a in codes for b in codes if a != b and b.startswith(a)}
    return [f for f in facts if code(f) not in parents] if parents else facts


def _said_in(label: str, text: str) -> int:
    """How many of a label's character pairs the question says (支出 of 本年支出合计 in "…支出占比")."""
    return sum(label[i:i + 2] in text for i in range(len(label) - 1))


def _size_of(facts: list[dict], fq: FactQuestion):
    """What "最大" compares: the number itself, or, over a column of signed differences (差异 -7.4, -144.2)
    asked by its size (差额最大, 偏差最大), the difference's absolute size."""
    signed = all(re.search(r"差异|差额|偏差|增减(?:额|数)?$", (f["col_labels"] or "")) for f in facts) \
        and any(f["number"] < 0 for f in facts) and not fq.fall \
        and re.search(r"(?:差异|差额|偏差|差距|出入)最[大小]", fq.text) is not None  # 超支最多 keeps the sign
    return (lambda f: abs(f["number"])) if signed else (lambda f: f["number"])


# "哪个科目最多", "有哪几大类": the subjects of a coded table (科目编码 | 项目), at one level
SUBJECTS_ASKED = re.compile(r"科目|大类")


def flows_of(facts: list[dict], flows: dict[str, str]) -> dict[int, str]:
    """Each fact's flow (收入/支出): a coded row's by its code class (1xxx 收入科目, 2xxx 支出科目 of the 政府收支分类),
    a row without a code by the flow its own label says (收入合计), else by the coded row above it on its sheet
    (调出资金 under the 支出 rows); "" when neither tells."""
    out: dict[int, str] = {}
    last: dict[tuple, str] = {}
    for f in sorted(facts, key=lambda f: (f["document_id"], f["sheet"] or "", f["page"] or 0, f["line"] or 0)):
        at, code, own = (f["document_id"], f["sheet"]), row_code(f), _own_row(f)
        by_code = next((w for w, digit in flows.items() if code.startswith(digit)), "") if code else ""
        by_label = [w for w in flows if w in own]
        flow = by_code or (by_label[0] if len(by_label) == 1 else "" if code else last.get(at, ""))
        if by_code:
            last[at] = by_code
        out[f["id"]] = flow
    return out


def mixes_flows(facts: list[dict], flows: dict[str, str]) -> bool:
    """Whether coded subjects of both flows stand among the facts (one 收支表 sheet holding 1xxx and 2xxx rows)."""
    of = flows_of(facts, flows)
    return len({of[f["id"]] for f in facts if row_code(f)} - {""}) > 1


def subjects_at_the_top(facts: list[dict], flows: dict[str, str] | None = None) -> list[dict]:
    """The coded rows of each sheet at its top level per flow (the shortest code it prints: 22302 over its
    2230201 …; the 收入 side's 1030601 apart from the 支出 side's 22302, their classifications differ), for the
    subjects asked as one ("哪个科目最多", "有哪几大类"): a row printed without a code (调出资金, 结转下年支出,
    本年支出合计) is no subject, a child is part of its parent; the facts unchanged when none is coded."""
    coded = [f for f in facts if row_code(f)]
    of = flows_of(coded, flows or {})
    shortest: dict[tuple, int] = {}
    for f in coded:
        at = (f["document_id"], f["sheet"], of[f["id"]])
        shortest[at] = min(shortest.get(at, 99), len(row_code(f)))
    return [f for f in coded if len(row_code(f)) == shortest[(f["document_id"], f["sheet"], of[f["id"]])]] or facts


def flow_said(text: str, flows: dict[str, str]) -> str:
    """The one flow the question says (收入 or 支出), or "" for both or neither."""
    said = [w for w in flows if w in text]
    return said[0] if len(said) == 1 else ""


def of_the_flow_said(facts: list[dict], text: str, flows: dict[str, str]) -> list[dict]:
    """Facts of the flow the question says ("支出哪个科目最多"): those of the sheet titled by it (…支出表) when a
    workbook's sheets are, else on a sheet holding both flows' subjects (one 收支表) the rows of that flow by
    code class or block; unchanged when it says both or neither, or nothing tells the flows apart."""
    said = flow_said(text, flows)
    if not said:
        return facts
    titled = [f for f in facts if said + "表" in compact(f.get("section") or "")]
    if titled and len({f["sheet"] for f in facts}) > 1:
        return titled
    if not mixes_flows(facts, flows):
        return facts
    of = flows_of(facts, flows)
    return [f for f in facts if of[f["id"]] == said]


def said_outside(fq_text: str, spans: list[tuple[int, int]]) -> str:
    """The question's words outside the spans of the labels it names (收入 of "养老支出收入多少", not the 支出 of
    the row's own name)."""
    kept = [c for i, c in enumerate(fq_text) if not any(a <= i < b for a, b in spans)]
    return "".join(kept)


def column_flow(f: dict, flows: dict[str, str]) -> str:
    """The flow a fact's column says (本年收入合计: 收入), else its sheet's (部门支出决算表: 支出); "" for neither."""
    col = compact(f["col_labels"] or "")
    own = [w for w in flows if w in col] or [w for w in flows if w in compact(f.get("section") or "")]
    return own[0] if len(own) == 1 else ""


def of_the_flow_asked(facts: list[dict], outside: str, flows: dict[str, str], carried: str = "") -> list[dict]:
    """"食品安全监管科目收入多少" of a final account printing the 科目 on a 收入 sheet (本年收入合计 …) and on a 支出
    sheet (本年支出合计 …): the facts whose column (else sheet) says the one flow said outside the labels named
    (else the flow carried from the figure just shown), never the other flow's line of the same name; unchanged
    unless both flows stand among the facts."""
    said = flow_said(outside, flows) if any(w in outside for w in flows) else carried
    if not said:
        return facts
    of = {f["id"]: column_flow(f, flows) for f in facts}
    if said not in of.values() or not set(of.values()) - {said, ""}:
        return facts
    return [f for f in facts if of[f["id"]] in (said, "")]


def own_side(line: list, f) -> list:
    """The facts of one line that are of f's own row: on a line printing two sides (收入 items and 支出 items on the
    same sheet rows, each side under columns of its own: 收入预算数 … | 支出预算数 …), only those of f's row label —
    "X执行数" of a 支出 row is never the 收入 side's figure; the whole line otherwise (a form's label: value pairs,
    two rows under the same columns)."""
    groups: dict[str, set[str]] = {}
    for x in line:
        if x["number"] is not None:
            groups.setdefault(x["row_labels"] or "", set()).add(x["col_labels"] or "")
    if len(groups) != 2 or "" in groups or any("" in cols for cols in groups.values()) \
            or len(set().union(*groups.values())) != sum(len(cols) for cols in groups.values()):
        return line
    # (each side under the same measures, 预算数 | 执行数 of 收入 and of 支出: a project's line beside an indicator's
    # 完成进度 of a monitoring table is one row)
    first, second = ({c.split(query.FACT_SEP)[-1] for c in cols} for cols in groups.values())
    if not first & second:
        return line
    return [x for x in line if (x["row_labels"] or "") == (f["row_labels"] or "")]


def _own_row(f: dict) -> str:
    """The key of a fact's own row label (the innermost)."""
    return label_key((f["row_labels"] or "").split(query.FACT_SEP)[-1])


def row_code(f: dict) -> str:
    """The subject code a fact's own row label starts with (2050202 of "2050202 高中教育"), or "". (Not
    outline.code_of, which takes 3-7 digits only: a run of 8 or more is a code here, none there.)"""
    m = re.match(r"\d{3,}", _own_row(f))
    return m.group() if m else ""


def column_printed(f: dict) -> str:
    """A fact's column as printed, its heads joined (规划资金2026年, 核定编制数)."""
    return (f["col_labels"] or "").replace(query.FACT_SEP, "")


def _own_col(f: dict) -> str:
    """The key of a fact's own column label (the last of its column heads), as _own_row is of its row."""
    return label_key((f["col_labels"] or "").split(query.FACT_SEP)[-1])


def _printed_total(facts: list[dict]) -> dict | None:
    """The one 合计/总计 row among facts of one column of one sheet, beside the rows it totals: the
    table prints the sum, so it is the answer."""
    if len({(f["document_id"], f["sheet"], f["col_labels"]) for f in facts}) != 1 or len(facts) < 2:
        return None
    totals = [f for f in facts if re.fullmatch(r"(?:合计|总计|总合计)", _own_row(f))]
    return totals[0] if len(totals) == 1 else None


def _one_level(facts: list[dict]) -> list[dict]:
    """Facts to add up without counting a figure twice: no 小计/合计 row beside other rows, and no heading
    row (基本支出) beside its own items (基本支出 › 工资福利支出); the items stay, they are the detail."""
    kept = [f for f in facts if not (re.fullmatch(r"(?:合计|总计|小计|总合计)", _own_row(f)) and len(facts) > 1)]
    # Every row path that heads another row of the same sheet (the other's path cut before one of its
    # separators): a row whose own path is one of them is a heading over items.
    sep = query.FACT_SEP
    heads = {(x["document_id"], x["sheet"], o[:i]) for x in facts if sep in (o := x["row_labels"] or "")
             for i, c in enumerate(o) if c == sep}
    kept = [f for f in kept if not (f["row_labels"] and (f["document_id"], f["sheet"], f["row_labels"]) in heads)]
    return kept or facts


def _total_columns(row: list[dict]) -> list[dict]:
    """A row's facts to set side by side: each named column's own total (核定编制数合计 against 实有人数合计)
    when it is split into parts, so that an empty part (事业编制 0 beside 行政编制 10) is not compared."""
    totals = [f for f in row if re.search(r"(?:合计|小计|总计)$", (f["col_labels"] or "").split(query.FACT_SEP)[-1])]
    return totals if len(totals) >= 2 else row


def _prefer(items: list, test) -> list:
    """The items passing a test, or all of them when none does."""
    good = [x for x in items if test(x)]
    return good or items


def _row_path(row_labels: str | None) -> tuple[str, ...]:
    """A row's label parts without subject codes ("2013950|事业运行" and "2013950事业运行" are "事业运行")."""
    parts = (re.sub(r"^\d{3,}|[（(][类款项][)）]$", "", p).strip() for p in (row_labels or "").split(query.FACT_SEP))
    return tuple(p for p in parts if p)


def _own_kind_first(facts: list[dict]) -> list[dict]:
    """An item named as 支出 (住房保障支出) is first a figure of an expenditure column, one named as 收入 of an
    income column: the share asked is over that column's total."""
    def fits(f: dict) -> bool:
        kind = "收入" if (f["row_labels"] or "").endswith("收入") else "支出"  # a 决算's items are spent
        return kind in (f["col_labels"] or "")
    return sorted(facts, key=lambda f: not fits(f))


_CHANGE_COLUMN = re.compile(r"增减|增长|增加|减少|比上年|较上年|同比")


def _printed_rate(fs: list[dict], budget: str, said: bool = True) -> dict | None:
    """The rate a 决算 row prints beside its figures ("完成全年预算数 98.69%"), over the budget asked; a rate
    naming no budget ("执行率") when the question named none either (said False: budget is the row's plan)."""
    # (本年预算数比上年执行数增减%: a change over last year, never an execution rate)
    rates = [f for f in fs if f["unit"] == "%" and re.search(r"完成|执行|^[^为]*决算[^为]*为", f["col_labels"] or "")
             and not _CHANGE_COLUMN.search(f["col_labels"] or "")]
    word = budget[:2] if budget else ""
    return next((f for f in rates if not word or word in (f["col_labels"] or "")), None) or (None if said else next(
        (f for f in rates if not re.search(r"预算|年初|全年|调整|计划", f["col_labels"] or "")), None))


# A rate column naming both its figures ("决算数为调整预算数的%"): what is done, then what it is over.
_RATE_OVER = re.compile(r"^([^为]{2,10}?)为([^为]{2,12}?)的?(?:%|％|百分比)?$")


def rate_terms(printed: dict, fs: list[dict]) -> tuple[dict, dict] | None:
    """The two figures of its row a printed rate column names (决算数 and 调整预算数 of 决算数为调整预算数的%), so
    the rate is shown over the budget it is of, never another one of the row; None when it names none."""
    m = _RATE_OVER.match(label_key((printed["col_labels"] or "").split(query.FACT_SEP)[-1]))
    if m is None or printed["unit"] != "%":
        return None

    def named(word: str) -> list[dict]:
        return [f for f in fs if f["number"] is not None and f["unit"] != "%"
                and label_key((f["col_labels"] or "").split(query.FACT_SEP)[-1]) == word]
    done, plan = named(m.group(1)), named(m.group(2))
    return (done[0], plan[0]) if len(done) == 1 and len(plan) == 1 else None


def _shown(f: dict) -> str:
    return _value_text(f["value"], f["number"], f["unit"] or "")


def _row_context(facts: list[dict]) -> set[str]:
    """The rows an answer was about (their innermost labels), for a follow-up naming only a column."""
    return {label_key(f["row_labels"].split(query.FACT_SEP)[-1]) for f in facts if f["row_labels"]}



_NEGATION = "非不未无"


def bracket_rows(facts: list[dict], text: str) -> list[dict]:
    """Rows of one key told apart by their brackets (不动产登记费（住宅类）, 不动产登记费（非住宅类）): those whose
    bracket the question says (住宅 said, not after 非: 住宅类, never 非住宅类; 非住宅 said: 非住宅类); all when
    the brackets differ in nothing said."""
    def said(word: str) -> bool:
        core = word[:-1] if len(word) > 2 and word.endswith("类") else word
        if len(core) < 2:
            return False
        return any(core[0] in _NEGATION or not (i and text[i - 1] in _NEGATION)
                   for i in (m.start() for m in re.finditer(re.escape(core), text)))

    own = {f["id"]: bracket_words((f["row_labels"] or "").split(query.FACT_SEP)[-1]) for f in facts}
    if len({tuple(b) for b in own.values()}) < 2:
        return facts
    kept = [f for f in facts if any(said(b) for b in own[f["id"]])]
    return kept or facts


def _of_the_block_said(facts: list[dict], text: str, strict: bool = False) -> list[dict]:
    """The facts under the one block heading the question names ("支出里面哪些…" of a table stacking a 收　入
    block over a 支　出 one); all of them when it names none. strict: only a heading said as a block (支出里,
    支出中, 支出方面), never a word of a line's own name (支出合计)."""
    blocks = {re.sub(r"\s", "", f["section"] or "") for f in facts} - {""}
    said = compact(text)
    named = [b for b in blocks if (re.search(re.escape(b) + _IN_BLOCK, said) if strict else b in said)]
    if len(named) != 1:
        return facts
    return [f for f in facts if re.sub(r"\s", "", f["section"] or "") == named[0]]


# A heading said as the block it opens: "支出里面", "收入中", "支出方面".
_IN_BLOCK = r"(?:里面|里边|里头|里|中间|中|方面|部分|这块|这一块|那块|下面)"
