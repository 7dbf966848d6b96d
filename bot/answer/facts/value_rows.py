"""The rows a value said selects (a place of a plan table: "古市镇", a 村 in its 村 column), read against the question's
other words: a row name said with the value narrows the rows to the ones it names ("X镇冷链仓储项目谁实施": that
row of the town's, not both); a thing said that none of those rows is, nor a column of their table, nor a word of
its title ("X镇的税收收入", "X乡光伏电站项目" while the town's rows hold no 光伏电站) is a word not read — the rows
of the place never stand in for the whole question."""

from __future__ import annotations

from bot.answer.facts.question import _ROW_NOUN_LEFT, FactQuestion
from bot.language import lazyre as re
from bot.language.normalize import compact

# words a question wraps a row's thing in, never a thing of their own ("那个项目", "的资金")
_FILLER = re.compile(r"(?:那个|这个|的|之|有关|相关|关于)+")


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
        if _of_the_table(idx, said, docs, columns):
            continue
        unread = unread or said
    kept = [f for f in facts if f["id"] in named] if named else facts
    return kept, unread


def _of_the_table(idx, said: str, docs: set[int], columns: set[str]) -> bool:
    """Is the words said a column's (or a column's words inside it: 项目绩效目标 of 绩效目标), a word of the
    table's title or its sheets', or a row noun alone (项目)?"""
    bare = _FILLER.sub("", said)
    if not bare or _ROW_NOUN_LEFT.fullmatch(bare) or re.fullmatch(r"(?:项目|资金|经费|金额|钱|多少|情况)+", bare):
        return True
    if any(c in bare or (len(bare) >= 2 and bare in c) for c in columns if len(c) >= 2):
        return True
    titles = [compact(t) for d in docs for t in idx.sheet_titles.get(d, ())]
    titles += [compact(idx.docs[d].form) for d in docs if d in idx.docs]
    return any(bare in t for t in titles if t)
