"""A column named by what is done to the money (a verb) rather than by its header, and a table's kind said after
a row of it: both put as the table's own words before the labels are matched.

- "X发了多少", "X已经支出多少", "X花了多少": a class of verbs ([asking_words.column_verbs]: each list is keyed by
  the word a header prints, 发行 / 支出 / 拨付 …) names the one figure column of the rows said whose header holds
  that word (发行金额, 已支出金额); a word saying it is done (已经, 已) picks a column printed as done (已…, 累计…)
  among several. A header that is a rate, a term or a kind (支出进度, 发行期限, 债券类型) is no amount asked by a
  verb. Several such columns left, or none, and the question stays as said (never one picked).
- "X专项债多少" of a 专项债券 table: the kind of table ([table_subjects]) said right after a row's words is the
  table's, no part of the row (a row whose own name goes on with it, 乡村振兴专项债券, keeps it).
"""

from __future__ import annotations

import re

from bot.answer.facts.index import FactIndex
from bot.answer.facts.words import PERIOD_VALUE, label_key
from bot.language.asking import Words
from bot.language.asking import words as asking_words
from bot.language.normalize import chinese_number, in_order
from bot.store import queries as query

_CJK = re.compile(r"[\u4e00-\u9fff]")
# a length said with its measure ("二十年", "15年", "18个月"): a value of a column counted in that measure (never a
# date: 2025年度, 年初, 年底)
_SPAN = Words("column_verbs", r"({span_is})?([零一二两三四五六七八九十百]+|\d+(?:\.\d+)?)({span_measures})"
                              r"(?!{not_span}|{crossed_rows.year_end}|{crossed_rows.year_start})")
# how an organisation's name ends (局, 委, 办 …), or its own line (本级): the kind said after it is that
# organisation's table or line
_ORGANISATION_END = Words("column_verbs", "(?:{asking_words.departments.organisations}|{own_lines})$")
# a verb said negated, or what is left asked before it ("还有多少没支出", "没花掉多少")
_NOT_DONE = Words("column_verbs", "(?:{asking_words.kind_rows.negations})(?:{asks})?(?:{money})?$"
                                  "|{crossed_rows.still}{crossed_rows.holds}|{crossed_rows.left}")
# what follows a verb asking the amount done ("发了多少", "已经支出的资金一共多少", "支出最多的")
_AMOUNT_AFTER = Words("column_verbs", "(?:{done_tails})?(?:{asking_words.kind_rows.ends}|$)"
                                      "|(?:{done_tails}|的)?(?:{money})?(?:{sums})?(?:{asks})")


def _verb_lists() -> dict[str, tuple[str, ...]]:
    return asking_words().get("column_verbs", {})


def _period_before(before: str) -> bool:
    """Whether a period is said right before the verb ("二季度花了多少", "上半年的支出"): that period's column is what
    was spent, read elsewhere."""
    before = before.removesuffix("的")
    return any(m.end() == len(before) for m in PERIOD_VALUE.finditer(before))


def _row_keys(text: str, idx: FactIndex, end: int) -> list[str]:
    """The row labels holding the words said right before `end` (the longest run of two to eight characters)."""
    for n in range(min(end, 8), 1, -1):
        run = text[end - n:end]
        keys = [k for k in idx.gram_keys.get(run[:2], ()) if run in k and k in idx.row_label_keys]
        if keys:
            return [k for k in keys if k.find(run) >= 0]
    return []


def kind_after_row(text: str, idx: FactIndex) -> str:
    """The table's kind (专项债) said right after a row's words, dropped where the row's table is of that kind."""
    for kind in idx.table_subjects:
        at = text.find(kind)
        if at >= 0 and (at == 0 or text[at - 1] == "的" or not _CJK.match(text[at - 1])):
            if (_labels_after_of_kind(text, idx, at + len(kind), kind) or _columns_said_of_kind(text, idx, kind)) \
                    and not (kind in idx.budget_kind_docs and _row_said_elsewhere(text, idx, kind)):
                return text[:at] + text[at + len(kind):]  # "专项债支出进度多少": the table's 支出进度
            continue
        if at < 2 or not _CJK.match(text[at - 1]) or text[at - 1] in "年的" or _ORGANISATION_END.search(text[:at]):
            continue  # ("水务局三公经费": an organisation's 三公 line, never its row with the kind dropped)
        end = at + len(kind)
        keys = _row_keys(text, idx, at)
        run = next((text[at - n:at] for n in range(min(at, 8), 1, -1) if all(text[at - n:at] in k for k in keys)), "")
        if not keys or any(run + kind in k for k in keys):
            continue  # (the row's own name goes on with it: 乡村振兴专项债券)
        docs = {idx.fact_doc[f] for k in keys for f in list(idx.label_facts.get(k, ()))[:20]}
        if docs and all(_of_kind(idx, d, kind) for d in docs):
            return text[:at] + text[end:]
    return text


def _row_said_elsewhere(text: str, idx: FactIndex, kind: str) -> bool:
    """Whether a row said whole (four characters or more) is printed by a table not of the kind too: "政府性基金预算的
    城乡社区支出执行数" beside a 一般公共预算 table's 城乡社区支出 — the budget's name is what tells the tables apart, kept."""
    rest = text.replace(kind, "\x1f")
    keys = {k for i in range(len(rest) - 1) for k in idx.gram_keys.get(rest[i:i + 2], ())
            if len(k) >= 4 and k in idx.row_label_keys and k in rest}
    return any(not _of_kind(idx, d, kind) for d in {d for k in keys for d in _docs_of_label(idx, k)})


def _docs_of_label(idx: FactIndex, key: str) -> frozenset[int]:
    """The documents printing a label (every fact of it, however many): worked out once per label and index."""
    kept = idx.__dict__.setdefault("_docs_of_label", {})
    docs = kept.get(key)
    if docs is None:
        docs = kept[key] = frozenset(idx.fact_doc[f] for f in idx.label_facts.get(key, ()))
    return docs


def _of_kind(idx: FactIndex, doc: int, kind: str) -> bool:
    """Whether the table's title holds the kind and none of its columns does (决算 of a 预算与决算对比表 names its
    决算数 column, never the table)."""
    keys = idx.doc_keys.get(doc, set())
    # (nor a line named by it: "三公经费合计" of a 三公 table is that line, said with its kind)
    return kind in idx.docs[doc].form and not any(kind in k for k in keys & idx.col_keys) \
        and not any(k.startswith(kind) for k in keys & idx.row_label_keys)


def _labels_after_of_kind(text: str, idx: FactIndex, start: int, kind: str) -> bool:
    """Whether the words said right after the kind are a label's (the longest run of two to eight characters) found
    only in tables whose title holds the kind; a word of the whole (合计 and its [label_synonyms]: 总体) said first
    is passed over."""
    whole = next((g for g in idx.synonyms if g[0] == "合计"), ("合计",))
    start += len(text[start:].startswith("的") and "的" or "")
    start += len(next((w for w in sorted(whole, key=len, reverse=True) if text.startswith(w, start)), ""))
    for n in range(min(len(text) - start, 8), 1, -1):
        run = text[start:start + n]
        keys = [k for k in idx.gram_keys.get(run[:2], ()) if run in k]
        if keys:
            if not all(k in idx.col_keys and k not in idx.row_label_keys for k in keys):
                return False  # (only a column's words said: "国有资本经营预算支出中…" names the table's rows)
            docs = {d for k in keys for d in _docs_of_label(idx, k)}
            return bool(docs) and all(_of_kind(idx, d, kind) for d in docs)
    return False


def _columns_said_of_kind(text: str, idx: FactIndex, kind: str) -> bool:
    """Whether columns said whole elsewhere in the question ("期限是20年的专项债有哪些": 发行期限) are only of tables whose
    title holds the kind."""
    rest = text.replace(kind, "\x1f")
    whole = next((g for g in idx.synonyms if g[0] == "合计"), ("合计",))
    said = {k for i in range(len(rest) - 1) for k in idx.gram_keys.get(rest[i:i + 2], ())
            if len(k) >= 2 and k in idx.col_keys and k in rest and k not in whole and k not in idx.row_label_keys}
    docs = {d for k in said for d in _docs_of_label(idx, k)}
    return bool(docs) and all(_of_kind(idx, d, kind) for d in docs)


def verb_as_column(text: str, idx: FactIndex) -> str:
    """A verb said of a row's money (发了, 已经支出) put as the one figure column of the rows said it names."""
    lists = _verb_lists()
    done_marks = lists.get("done_marks", ())
    not_amount = lists.get("not_amount", ())
    for stem, forms in lists.items():
        if not _CJK.match(stem):
            continue  # (done_marks, not_amount …: no verb's list)
        for form in sorted({stem, *forms}, key=len, reverse=True):
            at = text.find(form)
            if at < 0 or form == stem and not any(text[:at].endswith(m) for m in done_marks):
                continue  # (the header's own word said bare, "一季度支出多少", is read as the labels say it)
            end = at + len(form)
            if not _AMOUNT_AFTER.match(text, end) or _in_a_synonym_said(idx, text, form) or _NOT_DONE.search(text[:at]) \
                    or _period_before(text[:at]):
                # ("哪天发行的": a time asked, no amount; "用了多少专项债": a column's own words; "没花掉多少": what is
                # left, worked out from the row's columns elsewhere)
                continue
            if text[at:end + 2] in idx.label_text or any(text[max(0, at - n):end] in idx.label_text
                                                           for n in (1, 2) if at >= n):
                return text  # (a header said as printed: 发行金额, 已支出金额)
            mark = next((m for m in done_marks if text[:at].endswith(m)), "")
            column = _column_named(text, at - len(mark), idx, stem, bool(mark) or form.endswith("了"), not_amount,
                                   lists.get("done_heads", ()), text[end:])
            if column:
                return text[:at - len(mark)] + column + text[end:]
            break  # (no one column of this word: another class's word may name one, 决算 of 花了)
    return _only_column_of_verb(text, idx, lists)


def _only_column_of_verb(text: str, idx: FactIndex, lists: dict[str, tuple[str, ...]]) -> str:
    """"哪项补贴发得最多", "低保金发了多少" (the row said short): no row said whole, the verb names the one figure column
    of every table's holding its word (发放金额 of the one 惠民补贴 table, its count column only when a count is said
    after it) — when exactly one column of all the verbs said is so held; else the question stays as said."""
    found: list[tuple[int, int, str]] = []
    for stem, forms in lists.items():
        if not _CJK.match(stem):
            continue
        form = next((f for f in sorted(forms, key=len, reverse=True) if f in text), "")
        if not form:
            continue
        at = text.find(form)
        end = at + len(form)
        if not _AMOUNT_AFTER.match(text, end) or _in_a_synonym_said(idx, text, form) or _NOT_DONE.search(text[:at]) \
                or _period_before(text[:at]):
            continue
        columns = {k for k in idx.col_keys if stem in k and not any(w in k for w in lists.get("not_amount", ()))}
        held = _figure_units(idx, columns)
        found += [(at, end, k) for k in _of_the_measure(held, text[end:], lists)]
    if len(found) != 1 or not (_RANKED_AFTER.match(text, found[0][1]) or _row_said_short(text[:found[0][0]], idx, found[0][2])):
        return text  # (neither rows ranked nor a row of the column's said: "财政局那张表发了多少" is no column's whole)
    at, end, column = found[0]
    return text[:at] + column + text[end:]


# the rows ranked by the verb ("发得最多", "发了最少的"): [asking_words.column_verbs] asks that rank
_RANKED_AFTER = Words("column_verbs", "(?:{done_tails}|得|的)?(?:{money})?(?:最多|最少|最大|最小|最高|最低)")


_WHOLE_YEAR = Words("column_verbs", "(?:{whole_year})$")


def _row_said_short(before: str, idx: FactIndex, column: str) -> bool:
    """Whether the words before the verb ("低保金", "那个低保金") say one row of a table printing the column, by its
    characters in order (最低生活保障金)."""
    words = _WHOLE_YEAR.sub("", re.sub(r"^(?:那么|那个|那|这个|它的|它|其)", "", before).removesuffix("的"))
    if len(words) < 2 or not _CJK.match(words[-1]):
        return False
    docs = _docs_of_label(idx, column)
    rows = {k for d in docs for k in idx.doc_rows_and_cols(d)[0]}
    return len([k for k in rows if in_order(words, k)]) == 1


def _figure_units(idx: FactIndex, columns: set[str]) -> dict[str, set[str]]:
    """The columns printing figures, each with the units its figures are counted in."""
    held: dict[str, set[str]] = {}
    for k in sorted(columns):
        facts = [f for f in idx.facts(list(idx.label_facts.get(k, ()))[:40]) if f["number"] is not None]
        if facts:
            held[k] = {f["unit"] or "" for f in facts}
    return held


def _of_the_measure(held: dict[str, set[str]], after: str, lists: dict[str, tuple[str, ...]]) -> list[str]:
    """Of several columns of a verb's word, the count columns (发放人数) when a count is said after the verb ("发了多少
    人"), else those counting money (发放金额); one column is kept as it is."""
    if len(held) < 2:
        return list(held)
    counted = any(after.lstrip("了得的多少几").startswith(w) for w in lists.get("count_words", ()))
    money = [k for k, units in held.items() if any("元" in u for u in units)]
    counts = [k for k in held if k not in money]
    return (counts if counted else money) or list(held)


# a level's own funds said as its matching share ("县级配套", "地方配套资金"): [asking_words.kind_rows] matching words
_MATCHING = Words("kind_rows", "(?P<level>{matching_levels})(?P<matching>{matching})")


def in_some_bracket(idx: FactIndex, word: str) -> bool:
    """Whether any row's bracket (县财政局（本级）) says the word: one joined text per index, read once."""
    joined = idx.__dict__.get("_bracket_text")
    if joined is None:
        joined = idx.__dict__["_bracket_text"] = "\x1f".join({b for bs in idx.brackets.values() for b in bs})
    return word in joined


def matching_as_level(text: str, idx: FactIndex) -> str:
    """"X县级配套多少": 配套 said of a level is that level's own money — its column of sources (资金来源 › 县级), said
    as the level — unless a label prints the words as said (本级配套资金), read as printed, or no table has a column
    of that level."""
    if _MATCHING.search(text) is None:
        return text
    def read(m: re.Match) -> str:
        level = m.group("level")
        if m.group(0) in idx.label_text or in_some_bracket(idx, m.group(0)):
            return m.group(0)  # (a row told apart by its brackets, 国有林场改革补助（省级配套）: the words as printed)
        # (only where a table prints a column of that level: the source printed in cells, 中央 under a project of
        # an allocation table, is no column of 县级 money to read 配套 as)
        held = idx.read_once("_level_columns", level, lambda: any(k.startswith(level) for k in idx.col_keys))
        return level + "资金" if held else m.group(0)
    return _MATCHING.sub(read, text)


def _in_a_synonym_said(idx: FactIndex, text: str, form: str) -> bool:
    """Whether a longer [label_synonyms] word holding the verb is said ("用了多少专项债": 本次使用债券资金's)."""
    return any(len(w) > len(form) and form in w and w in text for g in idx.synonyms for w in g[1:])


def _column_named(text: str, at: int, idx: FactIndex, stem: str, done: bool, not_amount: tuple[str, ...],
                  done_heads: tuple[str, ...], after: str = "") -> str:
    """The one figure column holding the verb's word among the columns of the rows said; "" when no row is said (a
    verb alone names no table's column), or none, or several."""
    before = re.sub(r"^(?:那么|那|它的|它|其)", "", text[:at])
    facts = _said_rows_facts(text, idx) or _rows_named_facts(before, idx) or _titled_facts(before, idx)
    if facts:
        held = {label_key((f["col_labels"] or "").split(query.FACT_SEP)[-1]) for f in idx.facts(facts[:400])
                if f["number"] is not None}
    else:
        held = set()  # (a verb said alone, "已经支出多少": no row, so no one column of every table's is picked)
    columns = {k for k in held if stem in k and not any(w in k for w in not_amount)}
    if len(columns) > 1 and facts:
        columns = set(_of_the_measure(_figure_units(idx, columns), after, _verb_lists()))
    if len(columns) > 1:
        marked = {k for k in columns if k.startswith(done_heads)}
        columns = marked if done and marked else columns - marked if not done and columns - marked else columns
    return next(iter(columns)) if len(columns) == 1 else ""


def _said_rows_facts(text: str, idx: FactIndex) -> list[int]:
    """The facts of the rows said anywhere (four characters of a row label in a row)."""
    runs = {text[i:i + 4] for i in range(len(text) - 3)}
    keys = {k for run in runs for k in idx.gram_keys.get(run[:2], ()) if run in k and k in idx.row_label_keys}
    return [f for k in sorted(keys) for f in list(idx.label_facts.get(k, ()))[:40]]


TITLE_WORD_AT_LEAST = 4  # characters of a table's title said before the verb (直达资金): no stray pair


def _titled_facts(before: str, idx: FactIndex) -> list[int]:
    """The facts of the one general table whose kind (its title's) holds the words said before the verb, no row said
    ("直达资金已经支出了多少" of 财政直达资金分配和支出进度表): its columns are the ones the verb may name."""
    said = re.sub(r"(?:的|里|中|一共|总共|合计|共)+$", "", before)
    if len(said) < TITLE_WORD_AT_LEAST:
        return []
    docs = [d for d, doc in idx.docs.items() if doc.layout == "general-table" and said in (doc.form or "")]
    return list(idx.docs[docs[0]].facts)[:400] if len(docs) == 1 else []


def _rows_named_facts(before: str, idx: FactIndex) -> list[int]:
    """The facts of the row labels holding the three words said before the verb (差旅费 of 30211差旅费)."""
    if len(before) < 3:
        return []
    keys = {k for k in idx.gram_keys.get(before[-3:-1], ()) if before[-3:] in k and k in idx.row_label_keys}
    return [f for k in sorted(keys) for f in list(idx.label_facts.get(k, ()))[:40]]


def span_as_value(text: str, idx: FactIndex) -> str:
    """"期限二十年的有哪些", "发行期限20年的": a length said right after a column counted in its measure is a value of
    that column (期限是20年), never a year of the calendar; a column not so counted leaves it as said."""
    for m in list(_SPAN.finditer(text))[::-1]:
        at = m.start()
        # (first the columns counted in the measure whose header ends with the two characters before it: most lengths
        # said, the years of dates, have none, and nothing more is read)
        counted = [k for k in _columns_ending(text[at - 2:at], idx) if _counted_in(k, m[3], idx)] if at >= 2 else []
        said, columns = next(((text[at - n:at], held) for n in range(min(at, 8), 1, -1)
                              if (held := [k for k in counted if k.endswith(text[at - n:at])])), ("", []))
        if not columns:
            continue
        figure = m[2] if m[2][0].isdigit() else chinese_number(m[2])
        if figure is None:
            continue
        number = figure if isinstance(figure, str) else f"{figure:g}"
        # (the column said short, 期限 of the one 发行期限, said whole)
        whole = columns[0] if len(columns) == 1 else said
        text = text[:at - len(said)] + f"{whole}是{number}{m[3]}" + text[m.end():]
    return text


def _columns_ending(said: str, idx: FactIndex) -> list[str]:
    """The columns whose header is these words or ends with them (期限 of 发行期限)."""
    return sorted(k for k in idx.gram_keys.get(said[-2:], ()) if k in idx.col_keys and k.endswith(said))


def _counted_in(key: str, measure: str, idx: FactIndex) -> bool:
    """Whether the column's figures are counted in this measure (发行期限（年）: 20 年)."""
    return idx.read_once("_verb_counted_in", (key, measure), lambda: any(
        f["number"] is not None and (f["unit"] or "") == measure for f in idx.facts(list(idx.label_facts.get(key, ()))[:10])))


# two columns said with the words they end with said once ("计划和完成投资差多少": 计划投资 and 完成投资)
_JOINED = re.compile(r"([\u4e00-\u9fff]{1,4}?)(和|与|跟|及|、)(?=[\u4e00-\u9fff]{2})")


def shared_tail_said(text: str, idx: FactIndex) -> str:
    """"计划和完成投资": two columns that end alike (计划投资, 完成投资) said with their shared end once, said whole
    (计划投资和完成投资); only where both are columns of one table and neither is said whole already."""
    for m in _JOINED.finditer(text):
        after = m.end()
        for n in range(min(4, len(text) - after), 1, -1):
            second = text[after:after + n]
            if second not in idx.col_keys:
                continue
            for k in range(1, min(len(second), 3)):
                head, tail = second[:k], second[k:]
                first = next((text[m.end(1) - j:m.end(1)] + tail for j in range(min(4, m.end(1)), 0, -1)
                              if text[m.end(1) - j:m.end(1)] + tail in idx.col_keys), "")
                if first and first not in text and _one_table(idx, first, second) and head != first[:k]:
                    at = m.end(1) - (len(first) - len(tail))
                    return text[:at] + first + text[m.end(1):]
    return text


def _one_table(idx: FactIndex, a: str, b: str) -> bool:
    """Whether some table prints both columns."""
    return any(a in keys and b in keys for keys in idx.doc_keys.values())

