"""The departments of one table read as several (a city's 部门项目支出预算表: a 部门名称 column, each department closed
by its 小计 row; see FactIndex.table_parts), compared by their 小计: "哪个部门项目预算最多", "浏阳哪个部门预算最少".

Asked of the table's place, or of no department in the words of the table's own kind (项目 and 预算 of a
部门项目支出预算表), the departments ranked are the table's, each by its own 小计 in the column of the year said
(else the table's own year); never a project's row, nor the wholes of other kinds of tables loaded beside it.
"""

from __future__ import annotations

from bot.answer import compose
from bot.answer.facts import records
from bot.answer.facts.question import FactAnswer
from bot.answer.facts.values import _cite
from bot.answer.facts.words import fmt_number
from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.normalize import compact, in_order, normalize, small_number
from bot.store import queries as query

_WHICH_MOST = re.compile(r"哪(?:个|一个|家|一家)(?:部门|单位)(?:的)?(?P<x>[\u4e00-\u9fff\d]{0,12}?)(?:最(?P<d>多|高|大|少|低|小))"
                         # ("政府性基金最多的部门(是哪个)": the same asked with the departments after)
                         r"|(?P<x2>[\u4e00-\u9fff\d]{0,12}?)最(?P<d2>多|高|大|少|低|小)的(?:部门|单位)(?:是(?:哪个|哪一个|谁|哪家))?$")
_YEAR = re.compile(r"((?:19|20)\d\d)年?")
# "政府性基金表里有几个部门", "…表里有哪些部门": the departments the table lists, counted or named
_WHICH_DEPARTMENTS = re.compile(r"(?:表|表格)?(?:里|中|里面|上)?(?:一共|总共|共)?(?:有|列了|列出了?)?"
                                r"(?:几|多少|哪些|哪几)(?:个|家)?(?:部门|单位)(?:呢|啊)?$")
_SUBTOTAL = "小计"
# "X局除了Y还有哪些项目": a department's other rows
_BESIDES = re.compile(r"(?:除了|除去|除开)(?P<left>[\u4e00-\u9fff（）()]{2,30}?)(?:以外|之外)?[，,]?(?:还有|另外还有|其他还有|另外有|其他的?)"
                      r"(?:哪些|什么|哪几个)(?:项目)(?:呢|啊)?$")
# "哪些部门有政府性基金": the departments whose 小计 prints a figure in a column
_HAVING = re.compile(r"(?:哪些|哪几个|哪个|哪几)(?:部门|单位)(?:有|安排了?|用了?|列了?)(?P<x>[\u4e00-\u9fff]{2,12}?)(?:资金|的)?(?:呢|啊)?$")
# "…一共多少个项目": the rows of a table's blocks counted
_PROJECTS_COUNTED = re.compile(r"(?:里|中|里面)?(?:一共|总共|共)?(?:有|列了|列出了?)?(?:多少|几)个?项目(?:呢|啊)?$")
# "…总合计", "…合计多少": the whole of a table asked
_WHOLE_ASKED = re.compile(r"(?:总合计|合计|总计|总额)(?:是)?(?:多少)?(?:钱)?(?:呢)?$")
# "各部门项目支出分别多少": each department's figure of the table's kind
_EACH = re.compile(r"(?:各|每个|所有)(?:个)?(?:部门|单位)(?:的)?(?P<x>[\u4e00-\u9fff]{0,12}?)(?:分别|各自|各)(?:是)?(?:多少|几多)(?:钱)?(?:呢)?$")
# "这张…", "该…": a pointer before a table's kind said
_THIS_TABLE = re.compile(r"^(?:这张|这个|该|本|此)")
# A table said as where the departments are ("预算表里", "表中"): its word 表, the place word dropped
_IN_TABLE = re.compile(r"表(?:格)?(?:里面|里|中|上|内)")


def of_the_table(idx, question: str) -> FactAnswer | None:
    """A table of department blocks asked whole: its departments ranked, listed or each one's 小计, the table's own
    合计, its projects counted; None when the question asks none of these of one such table."""
    if not idx.table_parts:
        return None
    return departments_ranked(idx, question) or departments_listed(idx, question) or departments_each(idx, question) \
        or departments_having(idx, question) or table_whole(idx, question) or table_projects_counted(idx, question) \
        or block_rows_besides(idx, question)


def departments_ranked(idx, question: str) -> FactAnswer | None:
    """The table's departments by their 小计, the most (least) first; None when not asked so or not of one such
    table (several fit, or a department lacks its one 小计 of the year)."""
    text = compact(normalize(question))
    m = _WHICH_MOST.search(text)
    if m is None or not idx.table_parts:
        return None
    said = {d for form in idx.dept_forms_said(text) if form in text for d in idx.dept_forms.get(form, ())}
    rest = _YEAR.sub("", (m.group("x") or m.group("x2") or "") + text[:m.start()] + text[m.end():])
    for form in sorted(idx.dept_forms_said(text), key=len, reverse=True):
        rest = rest.replace(form, "")
    # (only tables closing their departments by 小计: a monitoring table read as its 主管部门's has none)
    fits = [parts for parts in set(idx.table_parts.values())
            if _asks_table(idx, parts, said, rest) and any(_subtotals(idx, d, None) for d in parts)]
    if len(fits) != 1:
        return None
    years = [int(y) for y in _YEAR.findall(text)]
    own = sorted(d for d in fits[0] if _subtotals(idx, d, None))  # (the place's own 合计 is no department's)
    return _ranked(idx, own, years[0] if len(years) == 1 else None, (m.group("d") or m.group("d2")) in "少低小", rest)


# "那基本支出呢": another column asked of the departments just ranked
_ANOTHER_ASKED = re.compile(r"^(?:那|那么)?(?P<w>[\u4e00-\u9fff]{2,12}?)(?:的)?呢$")


_WAY_ASKED = re.compile(r"^最(多|高|大|少|低|小)(?:的(?:部门|单位))?$")


def ranking_said_again(idx, ranked: str, question: str) -> str | None:
    """The ranking just asked said again with the column the follow-up says instead ("那基本支出呢" after "平阳县哪个
    部门项目支出最多": 平阳县哪个部门基本支出最多), kept as what was asked so a next "那Y呢" ranks again; None
    unless the follow-up says a word alone (no department) and the ranking names a column."""
    said, text = _WHICH_MOST.search(compact(normalize(ranked))), compact(normalize(question))
    for form in sorted(idx.dept_forms_said(text), key=len, reverse=True):
        if form in compact(ranked):  # ("青禾县那基本支出呢": the place of the ranking carried into the follow-up)
            text = text.replace(form, "", 1)
    asked = _ANOTHER_ASKED.match(text)
    if said is None or asked is None or idx.dept_forms_said(asked.group("w")) or not (said.group("x") or said.group("x2")):
        return None
    again = compact(normalize(ranked))
    # ("那最少的呢": the same column, the other way)
    group, word = ("d" if said.group("d") else "d2", way.group(1)) if (way := _WAY_ASKED.match(asked.group("w"))) \
        else ("x" if said.group("x") else "x2", asked.group("w"))
    return again[:said.start(group)] + word + again[said.end(group):]


def departments_listed(idx, question: str) -> FactAnswer | None:
    """"政府性基金表里有几个部门": the departments of the one such table its kind's words name (the other words all
    its kind's), each by its own 小计, in the table's order; None unless one table fits."""
    text = compact(normalize(question))
    m = _WHICH_DEPARTMENTS.search(text)
    if m is None or not m.start() or not idx.table_parts:
        return None
    rest = _YEAR.sub("", text[:m.start()])
    fits = [parts for parts in set(idx.table_parts.values())
            if _asks_table(idx, parts, set(), rest) and any(_subtotals(idx, d, None) for d in parts)]
    if len(fits) != 1:
        return None
    own = sorted((d for d in fits[0] if _subtotals(idx, d, None)), key=lambda d: min(idx.docs[d].facts))
    lines = [_subtotals(idx, d, None)[0] for d in own]
    doc = idx.docs[own[0]]
    table = compose.table_name("", doc.form, doc.year)
    return FactAnswer("answered", compose.departments_of_table(table, [f["department"] for f in lines])
                      + _cite(idx, lines), lines)


def departments_each(idx, question: str) -> FactAnswer | None:
    """"预算表里各部门项目支出分别多少": each department of the one such table the other words name (all its kind's),
    by its own 小计 (the column of 合计), in the table's order; None unless one table fits."""
    text = compact(normalize(question))
    m = _EACH.search(text)
    if m is None or not idx.table_parts:
        return None
    rest = _YEAR.sub("", text[:m.start()] + (m.group("x") or "") + text[m.end():])
    fits = [parts for parts in set(idx.table_parts.values())
            if _asks_table(idx, parts, set(), rest) and any(_subtotals(idx, d, None) for d in parts)
            and _of_its_year(idx, min(parts), text)]
    if len(fits) != 1:
        return None
    own = sorted((d for d in fits[0] if _subtotals(idx, d, None)), key=lambda d: min(idx.docs[d].facts))
    lines = [f for d in own if (f := _whole_column(_subtotals(idx, d, None))) is not None]
    if len(lines) != len(own) or len(lines) < 2:
        return None
    doc = idx.docs[own[0]]
    shown = [(f["department"], fmt_number(f["number"]) + (f["unit"] or "")) for f in lines]
    text = compose.departments_subtotals(compose.table_name("", doc.form, doc.year), _SUBTOTAL, shown)
    return FactAnswer("answered", text + _cite(idx, lines), lines)


def departments_having(idx, question: str) -> FactAnswer | None:
    """"预算表里哪些部门有政府性基金": the departments of the table said whose 小计 prints a figure other than 0 in the
    column said (政府性基金 of 财政拨款 › 政府性基金预算), each with it, out of how many; None unless one
    table and one column of its 小计 rows fit."""
    text = compact(normalize(question))
    m = _HAVING.search(text)
    if m is None:
        return None
    rest = _YEAR.sub("", text[:m.start()])
    found = []
    for parts in set(idx.table_parts.values()):
        if (said := _table_said(idx, parts, text, rest)) is None or said[1] != "":
            continue
        own = sorted((d for d in parts if d != said[0]), key=lambda d: min(idx.docs[d].facts))
        columns = {f["col_labels"] for d in own for f in _subtotals(idx, d, None)
                   if m.group("x") in compact(f["col_labels"] or "")}
        if len(columns) == 1:
            found.append((own, columns.pop()))
    if len(found) != 1:
        return None
    own, column = found[0]
    having = [f for d in own for f in _subtotals(idx, d, None) if f["col_labels"] == column and f["number"]]
    if not having:
        return None
    lines = [(f["department"], fmt_number(f["number"]) + (f["unit"] or "")) for f in having]
    return FactAnswer("answered", compose.departments_with_column(
        (column or "").replace(query.FACT_SEP, ""), lines, len(own)) + _cite(idx, having), having)


def block_rows_besides(idx, question: str) -> FactAnswer | None:
    """"应急管理局除了防汛防台物资储备还有哪些项目": the rows of the department's block of a table of department blocks
    (never its 小计), less the row the words left out name (their characters in order in it); None unless one
    department with one such block is said and the words left out name exactly one of its rows."""
    text = compact(normalize(question))
    m = _BESIDES.search(text)
    if m is None or m.start() == 0:
        return None
    said = {dept for form in idx.dept_forms_said(text[:m.start()]) for dept in idx.dept_forms.get(form, ())}
    blocks = [d for dept in said for d in idx.dept_docs.get(dept, ()) if d in idx.table_parts and _subtotals(idx, d, None)]
    if len(blocks) != 1:
        return None
    lines: dict[str, list[dict]] = {}
    for f in _block_rows(idx, blocks[0]):
        lines.setdefault(f["row_labels"], []).append(f)
    left = re.sub(r"(?:项目|经费|资金)$", "", m.group("left"))
    out = [row for row in lines if len(left) >= 2 and in_order(left, compact(row))]
    if len(out) != 1:
        return None
    kept = [row for row in lines if row not in out]
    shown = [lines[row][0] for row in kept]
    return FactAnswer("answered", compose.rows_besides(idx.docs[blocks[0]].department, out[0], kept)
                      + _cite(idx, shown), shown)


def table_whole(idx, question: str) -> FactAnswer | None:
    """"部门项目支出预算表财政拨款合计", "2026年部门项目支出预算总合计": the table of department blocks said by its kind,
    no department of it said: the place's own 合计 row, in the column said (its 合计 when none); None unless
    exactly one table and one column fit."""
    # ("项目支出合计多少，三个部门的": the departments said last, after the whole asked)
    text = _DEPARTMENTS_LAST.sub(r"\2\1", compact(normalize(question)))
    m = _WHOLE_ASKED.search(text)
    if m is None or not idx.table_parts:
        return None
    rest = _YEAR.sub("", text[:m.start()])
    found = []
    for parts in set(idx.table_parts.values()):
        if (said := _table_said(idx, parts, text, rest)) is None:
            continue
        place, column = said
        rows = [f for f in idx.facts(list(idx.docs[place].facts)[:2000]) if f["number"] is not None
                and (f["row_labels"] or "") in ("合计", "总计")]
        fit = [f for f in rows if column in compact(f["col_labels"] or "")] if column else rows
        # (财政拨款 said of 财政拨款 › 小计 | 一般公共预算 | 政府性基金预算: its 小计)
        if (one := _whole_column(fit) or _whole_column([f for f in fit if (f["col_labels"] or "").endswith(_SUBTOTAL)])):
            found.append(one)
    if len(found) != 1:
        return None
    doc = idx.docs[found[0]["document_id"]]
    column = (found[0]["col_labels"] or "").replace(query.FACT_SEP, "")
    return FactAnswer("answered", compose.table_total_line(
        compose.table_name(found[0]["department"], doc.form, doc.year), column,
        fmt_number(found[0]["number"]) + (found[0]["unit"] or "")) + _cite(idx, found), found)


_DEPARTMENTS_LAST = re.compile(r"^(.+?)((?:[两二三四五六七八九十\d]+个|全|所有|各)部门的?)$")


def table_projects_counted(idx, question: str) -> FactAnswer | None:
    """"部门项目支出预算表一共多少个项目": the rows of every department block of the table said by its kind (never
    its 小计 nor the place's 合计), counted, each department's count beside; None unless one table fits."""
    text = compact(normalize(question))
    m = _PROJECTS_COUNTED.search(text)
    if m is None or not idx.table_parts:
        return None
    rest = _YEAR.sub("", text[:m.start()])
    fits = [parts for parts in set(idx.table_parts.values())
            if (said := _table_said(idx, parts, text, rest)) is not None and said[1] == ""]
    if len(fits) != 1:
        return None
    counts, shown = [], []
    for d in sorted((d for d in fits[0] if _subtotals(idx, d, None)), key=lambda d: min(idx.docs[d].facts)):
        rows = _block_rows(idx, d)
        counts.append((idx.docs[d].department, len({(f["sheet"], f["line"]) for f in rows})))
        shown += rows[:1]
    place = idx.docs[min(fits[0], key=lambda d: min(idx.docs[d].facts))]
    table = compose.table_name(place.department, place.form, place.year)
    return FactAnswer("answered", compose.projects_of_blocks(table, counts) + _cite(idx, shown), shown)


def _table_said(idx, parts: frozenset[int], text: str, rest: str) -> tuple[int, str] | None:
    """A table of department blocks said by its kind, of the year said: its place's part and the column word said
    after it ("" none); None when it has no one place part, is of another year, or is not said so."""
    place = [d for d in parts if not _subtotals(idx, d, None)]
    if len(place) != 1 or not _of_its_year(idx, place[0], text) \
            or (column := _column_after_table(idx, place[0], rest)
                if (every := _every_block_said(idx, place[0], parts, rest)) is None else every) is None:
        return None
    return place[0], column


# "三个部门…", "全部门…", "平阳县各部门的…": every department of a table said (their count, when said, the blocks')
_EVERY_DEPARTMENT = re.compile(r"^(?P<place>[\u4e00-\u9fff]{0,8}?)(?:(?P<n>[两二三四五六七八九十\d]+)个|全|所有|各|各个|全部)部门(?:的)?")


def _every_block_said(idx, place: int, parts: frozenset[int], rest: str) -> str | None:
    """What a question asking the whole of every department of a table of department blocks says besides them
    ("三个部门基本支出…", "全部门财政拨款支出…": the column word, "" for the table's own kind or none); None when
    the departments are not said so, their count is not the blocks', a place said is not the table's, or a word
    said is neither the table's kind nor a column of its 合计 line."""
    m = _EVERY_DEPARTMENT.match(rest)
    if m is None:
        return None
    blocks = len(parts) - 1
    if m.group("n") and (small_number(m.group("n")) or 0) != blocks:
        return None
    if m.group("place") and not idx.docs[place].department.startswith(m.group("place")):
        return None
    word = rest[m.end():]
    form = compact(idx.docs[place].form)
    if not word or word in form:
        return ""
    heads = [compact(f["col_labels"] or "") for f in idx.facts(list(idx.docs[place].facts)[:2000])]
    return word if any(word in h for h in heads) else None


def _block_rows(idx, doc: int) -> list[dict]:
    """A department block's figures of its own rows (never its 小计, nor a 合计 / 总计)."""
    return [f for f in idx.facts(list(idx.docs[doc].facts)[:2000])
            if (f["row_labels"] or "") not in (_SUBTOTAL, "合计", "总计") and f["number"] is not None]


def _column_after_table(idx, place: int, rest: str) -> str | None:
    """What a question says besides the table of department blocks it names by its kind (部门项目支出预算表, 部门项目
    支出预算, 项目支出预算表, 预算表), and no department of it: the column word ("" none); None when the table is not
    said, a department of it is, or a word said is none of its place's columns."""
    form = compact(idx.docs[place].form)
    kind = form.removesuffix("表")
    names = [form, kind, form.removeprefix("部门"), kind.removeprefix("部门"), *(["预算表"] if form.endswith("预算表") else [])]
    said = next((n for n in names if len(n) >= 3 and n in rest), None)
    if said is None:
        return None
    place_name = idx.docs[place].department
    if any(not place_name.startswith(f) and f not in place_name for f in idx.dept_forms_said(rest)):
        return None  # (a department of it said: its own figure)
    at = rest.find(said)
    left = re.sub(r"^(?:的|里面|里|中|上)+|(?:的)+$", "", rest[at + len(said):])
    before = rest[:at]
    if before and not any(before in f or f in before for f in idx.dept_forms_said(before)):
        return None
    return left


def _of_its_year(idx, doc: int, text: str) -> bool:
    """Whether every year the question says is the table's own (2027年 of a 2026 table: not this table)."""
    return all(int(y) == idx.docs[doc].year for y in _YEAR.findall(text)) if idx.docs[doc].year else True


def _whole_column(figures: list[dict]) -> dict | None:
    """A 小计 row's one figure of its whole (合计 | 财政拨款 | 其他资金: the column of 合计); None when not one."""
    if len(figures) > 1:
        figures = [f for f in figures if re.search(r"(?:合计|总计)$", f["col_labels"] or "")] or figures
    return figures[0] if len(figures) == 1 else None


def place_of_blocks(idx, doc: int) -> bool:
    """Whether a document is the place's own part of a table of department blocks (its 合计, no 小计 of its own)."""
    return doc in idx.table_parts and not _subtotals(idx, doc, None)


def _asks_table(idx, parts: frozenset[int], said: set[str], rest: str) -> bool:
    """Whether the question asks this table's departments: its place said (the department of the document holding
    no 小计), or none said and the other words all the table's kind's (项目, 预算 of 部门项目支出预算表)."""
    if said:  # ("浏阳" fits the place and each 浏阳 department: the place is said)
        return any(idx.docs[d].department in said and not _subtotals(idx, d, None) for d in parts)
    form = compact(idx.docs[min(parts)].form)
    rest = _THIS_TABLE.sub("", _IN_TABLE.sub("表", rest))  # ("这张交叉表里…": the table pointed at by its kind's word)  # ("预算表里哪个部门项目支出最少": the table said is where, its kind's words)
    # ("哪个部门买得最多" of a 政府购买服务预算表: a verb of its kind, 买, said of what the departments buy)
    verbs = [v for v in records.verbs(idx) if v in form]
    bare = re.sub("(?:" + "|".join(map(re.escape, verbs)) + ")[得了的]?", " ", rest) if verbs else rest
    words = [w for w in (idx.cut(bare) if idx.cut else [bare]) if len(w.strip()) >= 2]
    return (bool(words) or bare != rest and not bare.strip()) and all(w in form for w in words)


def _subtotals(idx, doc: int, year: int | None) -> list[dict]:
    """A department's 小计 figures; of one year, when given: the column headed with that year, else those of the
    year (a change column, 增减, beside the year's column is no figure of that year)."""
    own = idx.docs[doc].year  # (an undated column is stored with its table's year)
    found = [f for f in idx.facts(list(idx.docs[doc].facts)[:2000]) if (f["row_labels"] or "") == _SUBTOTAL
             and f["number"] is not None]
    if year is None:
        return found
    dated = [f for f in found if f"{year}年" in (f["col_labels"] or "")]
    return dated or [f for f in found if (f["year"] or own) == year]


# the everyday words of a department's money ("哪个部门经费最多"): its whole, no column of its own
_MONEY_SAID = Words("value_rows", "{money_said}|合计|总计|小计|总额")


def _column_said(figures: list[dict], rest: str, unsaid: list[str]) -> list[dict]:
    """A 小计 row's figures in the column the words name ("基本支出" of 基本支出 | 小计 and its 经济分类 columns: the
    parent's 小计; "基本支出…工资福利支出": that child): those naming the most of it, the parent's 小计 (合计) among
    several; the figures unchanged when the words name no column and say nothing but the table's kind, [] when
    they name several alike or a word of their own (`unsaid`: "培训费", no column of the table) that none is."""
    def named(f: dict) -> list[str]:
        return [w for w in (f["col_labels"] or "").split(query.FACT_SEP) if w and w not in (_SUBTOTAL, "合计") and w in rest]
    best = max((len(named(f)) for f in figures), default=0)
    if not best:
        return [] if unsaid else figures
    fits = [f for f in figures if len(named(f)) == best]
    if len(fits) > 1:
        fits = [f for f in fits if re.search(r"(?:小计|合计)$", f["col_labels"] or "")]
    return fits if len(fits) == 1 else []


def _words_of_their_own(idx, doc: int, rest: str) -> list[str]:
    """The words of two characters or more a ranking says besides the table's kind (部门, 支出, 预算 of its title),
    where it is (表里), a verb of its kind (买) and money in everyday words (经费, 合计): "培训费", "人员经费"."""
    form = compact(idx.docs[doc].form)
    verbs = [v for v in records.verbs(idx) if v in form]
    bare = _THIS_TABLE.sub("", _IN_TABLE.sub("表", rest))
    bare = re.sub("(?:" + "|".join(map(re.escape, verbs)) + ")[得了的]?", " ", bare) if verbs else bare
    bare = _MONEY_SAID.sub(" ", bare)
    return [w for w in (idx.cut(bare) if idx.cut else bare.split()) if len(w.strip()) >= 2 and w.strip() not in form]


def _ranked(idx, docs: list[int], year: int | None, fewest: bool, rest: str = "") -> FactAnswer | None:
    one: list[dict] = []
    unsaid = _words_of_their_own(idx, docs[0], rest) if docs else []
    for d in docs:
        # (合计 | 财政拨款 | 其他资金 of a 小计 row: its whole, the column of 合计; a column the words name, that one)
        said = _column_said(_subtotals(idx, d, year or idx.docs[d].year), rest, unsaid)
        if (figure := _whole_column(said)) is None:
            return None
        one.append(figure)
    if len(one) < 2 or len({f["unit"] for f in one}) != 1:
        return None
    order = sorted(one, key=lambda f: f["number"], reverse=not fewest)
    cols = [c for c in (order[0]["col_labels"] or "").split(query.FACT_SEP) if c]
    col = "".join(cols[-2:]) if cols[-1:] == [_SUBTOTAL] else cols[-1] if cols else _SUBTOTAL  # (基本支出小计)
    # ("项目支出小计" said as it is printed, never "小计（项目支出小计）"; a 小计 line's 合计 is its 小计 (合计))
    text = compose.departments_most(col if col.endswith(_SUBTOTAL) else f"{_SUBTOTAL}（{col}）", fewest,
                                    [(f["department"], fmt_number(f["number"])) for f in order], order[0]["unit"] or "")
    return FactAnswer("answered", text + _cite(idx, order), order)
