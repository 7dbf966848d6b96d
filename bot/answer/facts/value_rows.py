"""The rows a value said selects (a place of a plan table: "古市镇", a 村 in its 村 column), read against the question's
other words: a row name said with the value narrows the rows to the ones it names ("X镇冷链仓储项目谁实施": that
row of the town's, not both); a thing said that none of those rows is, nor a column of their table, nor a word of
its title ("X镇的税收收入", "X乡光伏电站项目" while the town's rows hold no 光伏电站) is a word not read — the rows
of the place never stand in for the whole question."""

from __future__ import annotations

from bot.answer import compose
from bot.answer.facts.question import _ROW_NOUN_LEFT, OWNER_VERB, FactAnswer, FactQuestion, in_owner_columns
from bot.answer.facts.values import _cite, _name, _shown
from bot.answer.facts.whole_column import whole_column
from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.normalize import compact, normalize
from bot.store import queries as query

# words a question wraps a row's thing in, never a thing of their own ("那个项目", "的资金")
_FILLER = re.compile(r"(?:那个|这个|的|之|有关|相关|关于|用的|用于|里的|里|中的|中)+")
# words only of a row's money or of asking, naming no thing of their own ("项目资金", "多少钱")
_MONEY_WORDS = Words("value_rows", "(?:项目|{money_said}|多少|情况)+")


def read_against(idx, fq: FactQuestion, facts: list[dict]) -> tuple[list[dict], str]:
    """The value's rows (facts) kept that the question's row names name, and the first thing said that is neither
    one of those rows, a column of their table nor a word of its title ("" when every word is read)."""
    rows: dict[str, set[int]] = {}  # a row's own label keys -> its facts' ids
    for f in facts:
        for k in idx.row_keys(f["id"]):
            rows.setdefault(k, set()).add(f["id"])
    docs = {f["document_id"] for f in facts}
    columns = {c for k in list(rows)[:40] for c in idx.columns_of_row(k)}
    named: set[int] = set()
    unread = ""
    for m in fq.mentions:
        said = fq.text[m.start:m.end] if 0 <= m.start < m.end <= len(fq.text) else ""
        if not m.keys or len(said) < 2 or any(said in v or v in said for v in fq.values):
            continue
        if hit := m.keys & set(rows):
            named |= {i for k in hit for i in rows[k]}
            continue
        if m.keys & columns:
            continue
        inside = [c for c in columns if len(c) >= 2 and c in said]
        if inside and not m.exact:
            # ("项目绩效目标" read as another table's 项目绩效总目标: the column of these rows it holds, 绩效目标)
            m.keys = {max(inside, key=len)}
            continue
        if _of_the_table(idx, said, docs, columns) or _owner_verb_of(said, facts):
            continue
        unread = unread or said
    kept = [f for f in facts if f["id"] in named] if named else facts
    return kept, unread


def _owner_verb_of(said: str, facts: list[dict]) -> bool:
    """Whether the words said are an owner's verb ("县农业农村局负责的", "…管哪些") while the value said is printed in
    an owner column (主管部门, 责任单位): the rows it owns are asked, no thing of their own."""
    return bool(OWNER_VERB.fullmatch(said)) and in_owner_columns(facts)


def _of_the_table(idx, said: str, docs: set[int], columns: set[str]) -> bool:
    """Is the words said a column's (or a column's words inside it: 项目绩效目标 of 绩效目标), a word of the
    table's title or its sheets', or a row noun alone (项目)?"""
    bare = _FILLER.sub("", said)
    if not bare or _ROW_NOUN_LEFT.fullmatch(bare) or _MONEY_WORDS.fullmatch(bare):
        return True
    if any(c in bare or (len(bare) >= 2 and bare in c) for c in columns if len(c) >= 2):
        return True
    titles = [compact(t) for d in docs for t in idx.sheet_titles.get(d, ())]
    titles += [compact(idx.docs[d].form) for d in docs if d in idx.docs]
    return any(bare in t for t in titles if t)


# "横溪村是哪个乡的", "石门村属于哪个镇": the place a value of the rows is in, asked by the kind of place
_PLACE_ASKED = Words("value_rows", r"^(?P<value>[\u4e00-\u9fff]{2,12}?)(?:是|在|属于|归|位于)?(?:哪个|哪一个|哪)"
                     r"(?P<kind>{town_kinds})(?:的|管|里的|下面的)?(?:呀|啊|呢)?$")
_PLACE_HEAD = Words("value_rows", "{town_kinds}")


def place_of_a_value(idx, question: str) -> FactAnswer | None:
    """"X村是哪个乡的": the rows whose cell prints the value said (one of the names a cell lists too), and each one's
    cell of the column of towns (its header says 乡镇, 乡, 镇 or 街道) — the town said once when they agree.
    None unless the value is printed and one such column of its rows answers."""
    m = _PLACE_ASKED.match(compact(normalize(question)))
    if m is None or (value := m.group("value")) not in idx.value_facts:
        return None
    cells: list[dict] = []
    for f in idx.facts(list(idx.value_facts[value])[:20]):
        own = (f["col_labels"] or "").split(query.FACT_SEP)
        row = [dict(x) for x in query.facts_of_row(idx.conn, f["document_id"], f["sheet"], f["line"], f["page"])]
        towns = [x for x in row if x["number"] is None and (x["value"] or "").strip() and x["id"] != f["id"]
                 and _PLACE_HEAD.search((x["col_labels"] or "").split(query.FACT_SEP)[-1])
                 and (x["col_labels"] or "").split(query.FACT_SEP)[-1] not in own]
        if len(towns) != 1:
            return None
        cells.append(towns[0])
    places = list(dict.fromkeys(compact(c["value"]) for c in cells))
    if not cells or len(places) != 1:
        return None  # (two rows of the value in two towns: which is not told)
    rows = "、".join(dict.fromkeys(_name(c).split(" ")[0] for c in cells))
    return FactAnswer("answered", compose.place_of_value(value, places[0], rows) + _cite(idx, cells), cells)


# the row's money said in everyday words ("项目资金", "的钱", "经费"): its total column, no label of another table
_MONEY_SAID = Words("value_rows", "^(?:的)?(?:项目)?(?:{money_said})(?:是)?(?:多少|几)?$")


def money_of_the_row(idx, fq: FactQuestion, facts: list[dict], rest: list) -> FactAnswer | None:
    """"杨家堂民宿项目资金": one row named and, besides, only everyday words of its money read loosely as another
    table's label (项目资金来源): the row's cell of its table's total column. None otherwise."""
    lines = {(f["document_id"], f["sheet"], f["page"], f["line"]) for f in facts}
    if len(lines) != 1 or not rest:
        return None
    for group in rest:
        for m in group:
            said = fq.text[m.start:m.end] if 0 <= m.start < m.end <= len(fq.text) else ""
            if m.exact or not _MONEY_SAID.match(said):
                return None
    f0 = facts[0]
    whole = whole_column(idx, f0["document_id"], f0["sheet"])
    row = [dict(x) for x in query.facts_of_row(idx.conn, f0["document_id"], f0["sheet"], f0["line"], f0["page"])]
    cells = [x for x in row if x["number"] is not None and (x["col_labels"] == whole if whole else re.fullmatch(
        r"(?:[\u4e00-\u9fff]{0,6})(?:合计|总计)", (x["col_labels"] or "").split(query.FACT_SEP)[-1]))
        and "元" in (x["unit"] or "元")]  # (a money group's own 合计, 资金规模 › 合计: not a count's)
    if len(cells) != 1:
        return None
    return FactAnswer("answered", compose.fact_value(_name(cells[0]), _shown(cells[0])) + _cite(idx, cells), cells)


# a column of places by its header's words (乡镇（街道）, 村, 建设地点)
_PLACE_COLUMN = Words("value_rows", "{town_kinds}|{place_columns}")


def place_not_of_the_table(idx, fq: FactQuestion, docs: list[int]) -> FactAnswer | None:
    """"X镇的一般公共预算收入": a place said that only another table's place column prints (a plan's 建设地点),
    while the words beside it name a line of a table that is not by place (the county's revenue): that table does
    not break its lines down by the place — said so, never the county's figure with the place dropped."""
    spans = [(m.start, m.end) for m in fq.mentions if m.keys and 0 <= m.start < m.end]
    if not spans or not docs:
        return None
    for v in fq.values:
        at = fq.text.find(v)
        if len(v) < 3 or at < 0 or any(s <= at < e or s < at + len(v) <= e for s, e in spans):
            continue
        cells = idx.facts(list(idx.value_facts.get(v, ()))[:20])
        if not cells or any(f["document_id"] in docs for f in cells) or not all(
                _PLACE_COLUMN.search((f["col_labels"] or "").split(query.FACT_SEP)[-1]) for f in cells):
            continue
        thing = "、".join(dict.fromkeys(fq.text[s:e] for s, e in spans))
        return FactAnswer("unknown", compose.place_not_broken_down(v, thing) + _cite(idx, cells[:1]), [], settled=True)
    return None
