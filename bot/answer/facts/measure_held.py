"""A measure asked that the answer's table holds no column of (the not-in-the-data guard): never another column's
figure in its place, the worst outcome of all — a confident wrong answer.

Two shapes are read, each over the measure word the question says, never over a list of questions:
- a near column: the answer's header and the word asked share their head (执行率 / 签约率, 预留方式 / 采购方式)
  while the word before it in the question is none of the header's, the row named apart from it, and no synonym
  group ([label_synonyms]) joins the two;
- things counted or listed ("多少编制", "哪几个村") answered by money alone, whose text never counts them.
"""

from __future__ import annotations

import re

from bot.answer import compose
from bot.answer.facts.index import index_for
from bot.answer.facts.lookup import _NOTE_HEAD
from bot.answer.facts.record_columns import own_header
from bot.answer.facts.words import MONEY_UNITS
from bot.answer.subjects import _SOURCE_NOTE, _answer_docs
from bot.language.asking import Words
from bot.language.asking import words as asking_words
from bot.language.normalize import compact, normalize
from bot.language.sections import vocabulary_section
from bot.store import queries as query

_NOT_MODIFIER = Words("measures", r"{not_modifiers}")
# "多少编制", "哪几个村": the noun right after an asking word, a counter between them kept apart
_COUNTED = Words("measures", r"(?:{which})(?P<counter>{counters})?(?P<noun>[\u4e00-\u9fff]{1,3}?)(?:{ends}|$)")


def measure_not_held(turn, result) -> str:
    """Why an answer found does not answer the measure asked ("" when it does, or when this cannot tell)."""
    if result.status != "answered":
        return ""
    question = compact(normalize(turn.question))
    ids = [e["id"] for e in result.entities or () if e.get("kind") == "fact"]
    facts = index_for(turn.kb).facts(ids) if ids and len(ids) <= 3 else []  # (kept rows: no database read again)
    if facts and (why := _child_not_under_parent(turn, question, facts)):
        return why
    if facts and len({own_header(f) for f in facts}) == 1 and len({f["row_labels"] for f in facts}) == 1:
        if why := _near_column(turn, question, facts[0]):
            return why
    return _counted_as_money(turn, question, result)


def _child_not_under_parent(turn, question: str, facts: list[dict]) -> str:
    """A column said under a parent column that has no such child ("基本支出里的资本性支出" where only 项目支出 splits
    off 资本性支出): the table prints no such figure, never the parent's 小计 or the other parent's child instead.
    Each child said is read under the parent said nearest before it ("项目支出资本性支出比基本支出工资福利支出…":
    资本性支出 of 项目支出, 工资福利支出 of 基本支出), and only a pair the table lacks is said so."""
    docs = {f["document_id"] for f in facts}
    if len(docs) != 1:
        return ""
    idx = index_for(turn.kb)
    pairs = {tuple(compact(c) for c in heads[:2]) for f in idx.facts(list(idx.docs[docs.pop()].facts)[:2000])
             if len(heads := (f["col_labels"] or "").split(query.FACT_SEP)) == 2}
    parents = {p for p, _ in pairs}
    children = {c for _, c in pairs if c not in parents and c not in ("小计", "合计")}
    said = [(at, at + len(p), p) for p in parents for at in _places(question, p)]
    for child in children:
        for at in _places(question, child):
            before = [(end, end - start, p) for start, end, p in said if end <= at and child not in p]
            if any(start <= at < end for start, end, _ in said):
                continue  # (the child's words inside a parent said: that parent's name, no child)
            if before and ((parent := max(before)[2]), child) not in pairs:
                return compose.column_not_under(parent, child)
    return ""


def _places(text: str, word: str) -> list[int]:
    """Where a word is said in a text, each place once."""
    return [m.start() for m in re.finditer(re.escape(word), text)] if word else []


def _near_column(turn, question: str, f: dict) -> str:
    """A column answered for another measure said beside the row's name: its header's head shared, another word
    before it (签约率 of a table printing 执行率)."""
    head = own_header(f)
    row = compact((f["row_labels"] or "").split(query.FACT_SEP)[-1])
    if not head or head in question or f["number"] is not None and (f["unit"] or "") in MONEY_UNITS:
        return ""  # (money asked by any money word is the money column: 钱, 预算, 金额)
    rest = _without_name(question, row)
    if rest == question:
        return ""  # (the row not named apart from the word asked: "低保标准" may name the row 最低生活保障金 by it)
    asked = _modified_head(rest, head, _synonym_groups(turn))
    if not asked or asked in row or asked in compact(f["value"] or ""):
        return ""  # (the cell's own words say the measure asked: "处理规模4万吨/日" of 建设内容及规模)
    return compose.column_not_in_row(row, asked, _columns_of(turn, f))


def _without_name(question: str, row: str) -> str:
    """The question with the longest run it shares with the row's name blanked (the row said), so what is left
    is what is asked of it; runs of the name said again after it (签约 of 签约率) stay."""
    best = (0, 0)
    for a in range(len(question)):
        b = a + best[1] - best[0] + 1
        while b <= len(question) and question[a:b] in row:
            best, b = (a, b), b + 1
    a, b = best
    return question if b - a < 3 else question[:a] + " " * (b - a) + question[b:]


def _modified_head(rest: str, head: str, groups: list[tuple[str, ...]]) -> str:
    """The word asked of a near column: the header's head (its last one or two characters, with two or more of
    its own before them) said after two characters the header does not hold, no asking or filler among them
    ("签约率" of 执行率, "采购方式" of 预留方式); "" when none is, or a synonym group joins the two."""
    for n in (2, 1):
        tail = head[-n:]
        if len(head) - n < 2:
            continue
        for m in re.finditer(re.escape(tail), rest):
            before = rest[max(0, m.start() - 2):m.start()]
            if len(before) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]{2}", before) or _NOT_MODIFIER.search(before) \
                    or any(ch in head for ch in before):
                continue
            word = before + tail
            if not any(any(w in word or word in w for w in g) and any(w in head for w in g) for g in groups):
                return word
        if tail in rest:
            return ""  # (the longer head said, "执行率" of 预算执行率: never read again by its last character)
    return ""


def _read_groups(data: object) -> list[tuple[str, ...]]:
    if not isinstance(data, dict):
        return []
    return [tuple(dict.fromkeys(compact(w) for w in [k, *v] if isinstance(w, str) and compact(w)))
            for k, v in data.items() if isinstance(v, list)]


def _synonym_groups(turn) -> list[tuple[str, ...]]:
    """[label_synonyms] of the vocabulary: a header's word and the ways it is asked (the first is the header's)."""
    return vocabulary_section(index_for(turn.kb).vocab_path, "label_synonyms", _read_groups)


def _facts_of(turn, doc_id: int) -> list[dict]:
    """A document's facts (its first 3000), read from the index without copying."""
    idx = index_for(turn.kb)
    doc = idx.docs.get(doc_id)
    return idx.facts(list(doc.facts)[:3000], copied=False) if doc is not None else []


def _columns_of(turn, f: dict) -> list[str]:
    """The headers of the answer's table (its sheet), in their order, units left out."""
    same = _facts_of(turn, f["document_id"])
    heads = [own_header(x) for x in same if x["sheet"] == f["sheet"] and x["page"] == f["page"]]
    return [h for h in dict.fromkeys(heads) if h][:12]


def _counted_as_money(turn, question: str, result) -> str:
    """"多少编制", "哪几个村" (a noun counted, or a head count's word) answered by one figure of money alone (one
    fact of a money unit, or one project's amount), whose labels and cell never say that noun: why it is not
    answered. Read from the answer's entities, never from its wording."""
    name, said = _one_money_figure(turn, result)
    if not name:
        return ""  # (a list of rows, several figures, a count: not money alone)
    idx = index_for(turn.kb)
    heads = {w for k, v in idx.head_count_same.items() for w in (k, *v)}
    operations = {w for words in idx.operations.values() for w in words}
    listed = asking_words().get("measures", {})
    for m in _COUNTED.finditer(question):
        noun = m.group("noun")
        if not (m.group("counter") or noun in heads) or noun in listed.get("not_counted", ()) \
                or question[max(0, m.start() - 1):m.start()] in listed.get("pointers", ()) \
                or any(w in noun or noun in w for w in operations if w):
            continue  # ("这几个加起来": the rows just shown pointed at, and added — no noun counted)
        if noun in said[0] or re.search(rf"\d[^，。；\d]{{0,8}}{re.escape(noun)}|{re.escape(noun)}[^，。；\d]{{0,2}}\d", said[1]):
            continue  # (its header counts it, or its cell: "运营互助点6个" — that count is answered)
        return compose.measure_answered_by_money(m.group(), name[:40])
    return ""


def _one_money_figure(turn, result) -> tuple[str, tuple[str, str]]:
    """The name of what is answered and the header and cell printed when the answer is one figure of money, ("", …)
    otherwise: one fact in a money unit, or the amount or total of one project or of the projects of one unit."""
    facts = [e for e in result.entities or () if e.get("kind") == "fact"]
    others = [e for e in result.entities or () if e.get("kind") not in ("fact", "project")]
    if len(facts) == 1 and not others:
        f = index_for(turn.kb).facts([facts[0]["id"]])[0]
        if f["number"] is None or (f["unit"] or "") not in MONEY_UNITS:
            return "", ("", "")
        parts = [p for p in (f["row_labels"] or "").split(query.FACT_SEP) if p]
        return (parts[-1] if parts else ""), (own_header(f), str(f["value"] or ""))
    projects = [turn.kb.projects[e["id"]] for e in result.entities or ()
                if e.get("kind") == "project" and e.get("id") in turn.kb.projects]
    if facts or others or not projects or result.intent not in ("amount", "total"):
        return "", ("", "")
    units = {p.unit_name for p in projects}
    name = projects[0].name if len(projects) == 1 else units.pop() if len(units) == 1 else ""
    return name, ("", "")


_ACTUAL_ASKED = Words("measures", r"{actual_asked}")


def ratio_not_a_share(turn, result) -> str:
    """"利润收入按啥比例收": a rate the row is collected or paid at, asked by 按什么比例 with no 占 — answered by the
    row's share of a total the question never named (a division shown), which is not it; "" otherwise."""
    # (the asking read by ratio_in_notes, which found no note)
    from bot.answer.facts.answerer import _RATIO_ASKED

    question = compact(normalize(turn.question))
    m = _RATIO_ASKED.search(question)
    if result.status != "answered" or m is None or "占" in question or not m.group(0).startswith(m.group("row") + "按"):
        return ""
    return compose.ratio_not_stated(m.group("row")) if "÷" in result.text else ""


def actual_not_held(turn, result) -> str:
    """Why an answer of targets does not answer what was actually done ("X实际发了多少" answered by its 指标值
    ≤1500元): every table it comes from is one of targets (its form says 目标 or 计划) and prints no column of what
    was done (实际, 完成, 执行, 决算 …), nor is a self-evaluation; "" when one does, or the word asked is the
    answer's own (an indicator named 实际到位率)."""
    if result.status != "answered":
        return ""
    m = _ACTUAL_ASKED.search(compact(normalize(turn.question)))
    if m is None or m.group() in compact(_SOURCE_NOTE.sub("", result.text or "")):
        return ""
    docs = _answer_documents(turn, result)
    lists = asking_words().get("measures", {})
    kb = turn.kb
    if not docs or any(d in kb.evaluated_documents or d not in kb.documents for d in docs):
        return ""
    forms = [str(kb.documents[d].get("form") or kb.documents[d].get("title") or "") for d in docs]
    if not all(any(w in f for w in lists.get("target_forms", ())) for f in forms):
        return ""
    done = lists.get("actual_columns", ())
    if any(any(w in h for w in done) for d in docs for h in _labels_of(turn, d)[0]):
        return ""
    return compose.actual_not_held(m.group().removesuffix("多少").removesuffix("几"), list(dict.fromkeys(forms)))


def _answer_documents(turn, result) -> list[int]:
    """The documents an answer comes from (subjects': its sources' and its projects'), and its facts' documents."""
    docs = _answer_docs(turn, result)
    if facts := [e["id"] for e in result.entities or () if e.get("kind") == "fact"]:
        docs += [f["document_id"] for f in index_for(turn.kb).facts(facts[:50])]
    return list(dict.fromkeys(docs))


def _labels_of(turn, doc_id: int) -> tuple[list[str], list[str]]:
    """A document's column headers (every sheet, each with the heads above it) and its row labels, each part on
    its own (a group's and its rows'), from one read of its facts."""
    facts = _facts_of(turn, doc_id)
    heads = [h for h in dict.fromkeys(compact(f["col_labels"] or "") for f in facts) if h]
    rows = list(dict.fromkeys(p for f in facts for p in (f["row_labels"] or "").split(query.FACT_SEP) if p))
    return heads, rows


# "分到各乡镇多少", "按乡镇分", "各乡镇分别多少": what one row's money is asked broken down by
_BREAKDOWN = Words("measures", r"(?:{breakdown_verbs})(?:{breakdown_each}|{breakdown_which})(?P<to>[\u4e00-\u9fff]{1,3}?)(?=多少|分别|各|的|是|$)"
                               r"|(?:{breakdown_by})(?P<by>[\u4e00-\u9fff]{1,3}?)(?:{breakdown_split})"
                               r"|(?:{breakdown_each})(?P<each>[\u4e00-\u9fff]{1,3}?)(?:分别)")


def breakdown_not_held(turn, result) -> str:
    """Why one row's figure does not answer a breakdown asked ("X分到各乡镇多少" answered by its 合计): the table
    it comes from has no label of what it is broken down by (乡镇, nor a row ending in 镇); "" when it does, the
    answer shows more than one figure (several rows, or one row's several columns: a breakdown already), or the
    breakdown is by a time (the periods' readers')."""
    if result.status != "answered":
        return ""
    m = _BREAKDOWN.search(compact(normalize(turn.question)))
    by = next((g for g in m.groups() if g), "") if m else ""
    if not by or by.endswith(tuple(asking_words().get("measures", {}).get("breakdown_times", ()))):
        return ""
    ids = [e["id"] for e in result.entities or () if e.get("kind") == "fact"]
    if not ids or len(ids) > 8 or any(e.get("kind") != "fact" for e in result.entities or ()):
        return ""
    shown = index_for(turn.kb).facts(ids)
    f = shown[0]
    if len({(g["document_id"], g["sheet"], g["page"], g["line"], g["row_labels"]) for g in shown}) != 1:
        return ""  # (several rows shown: a breakdown already)
    heads, rows = _labels_of(turn, f["document_id"])
    if not heads or any(by in h for h in heads) or any(compact(r).endswith((by, by[-1])) for r in rows):
        return ""  # (a column of 乡镇, or rows ending in 乡镇 or 镇 — 华埠镇: read by the other readers)
    recipients = asking_words().get("measures", {}).get("breakdown_recipients", ())
    if len(shown) > 1 and (by not in recipients or any(by[-1] in compact(g["col_labels"] or "") for g in shown)):
        return ""  # (a row's figures in several columns — 上级补助 and 县级安排 of "按来源分" — are a breakdown already)
    name = (f["row_labels"] or "").split(query.FACT_SEP)[-1]
    return compose.breakdown_not_held(by, name)



# how a label of a time reads: its header's words ([record_asks.time] columns, in_labels), or a year, month or day
# printed in it
_TIME_IN_LABEL = re.compile(r"\d{1,4}\s*[年月日]|[年月日]份?$|^[年月]")
# a date in a cell (a note line's, 注 / 说明 / 备注, is the table's, never a row's time: lookup's note label)
_DATE_IN_VALUE = re.compile(r"\d{4}\s*年|\d{1,2}\s*月")


def time_not_held(turn, result) -> str:
    """"X哪天发行的", "哪年到期" of a row whose table prints no time of it: the answer found (the table's 注 line
    with a date in its text, the row's amounts) answers no time; said so. "" when no time is asked or a label of the
    answer is a time (预计采购时间, 建设期限, 3月)."""
    if result.status != "answered":
        return ""
    question = compact(normalize(turn.question))
    times = vocabulary_section(index_for(turn.kb).vocab_path, "record_asks", _read_time_words)
    asked = next((w for w in times[0] if any(x in w for x in times[2]) and w in question), "")
    ids = [e["id"] for e in result.entities or () if e.get("kind") == "fact"]
    if not asked or not ids or len(ids) > 20:
        return ""
    for f in index_for(turn.kb).facts(ids):
        labels = [compact(x) for x in (f["row_labels"] or "").split(query.FACT_SEP) + (f["col_labels"] or "").split(query.FACT_SEP)]
        if any(any(w in x for w in times[1]) or _TIME_IN_LABEL.search(x) for x in labels if x):  # (times[1]: in_labels too)
            return ""
        if _DATE_IN_VALUE.search(f["value"] or "") and not _NOTE_HEAD.match(labels[0] if labels else ""):
            return ""  # (a row's own cell stating when: "2025年12月底前完工")
        if any(_DATE_IN_VALUE.search(c) and any(question[i:i + 2] in c for i in range(len(question) - 1))
               for c in map(compact, re.split(r"[，,；;。]", f["value"] or ""))):
            return ""  # (a note's clause saying when the thing asked is done: "资金于9月底前拨付到乡镇")
    return compose.time_not_held(asked)


def _read_time_words(data: object) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """[record_asks.time]: the words asking a time (longest first), the words of a time's label (a time column's
    header, in_labels) and the words asking which time (which)."""
    time = data.get("time") if isinstance(data, dict) else None
    if not isinstance(time, dict):
        return (), (), ()

    def listed(*keys: str) -> tuple[str, ...]:
        return tuple(compact(w) for k in keys for w in time.get(k) or [] if isinstance(w, str) and compact(w))
    return tuple(sorted(set(listed("asked")), key=len, reverse=True)), listed("columns", "in_labels"), listed("which")
