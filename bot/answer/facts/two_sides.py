"""A table printing two sides on the same sheet rows (收入 items | 支出 items, each side under columns of its own:
收入预算数 收入执行数 收入完成预算% | 支出预算数 支出执行数 支出完成预算%): a 政府性基金 or 国有资本经营 or 社保基金
预算执行情况表, a 收支总表. Which side a row is of, the column of the other side that is the same measure, and
the row of the other side a follow-up names after a row was shown ("污水处理费收入执行" → "支出呢": 污水处理费
安排的支出; "专项债务收入" → "还本呢": 专项债务还本支出; "本年收入合计" → "支出呢": 本年支出合计) — also of a table
printing both flows' rows in one column (a stacked 基金收支表, a 决算 总表), the side then read from the row's name.

Pure functions over fact rows (dicts of the facts table), and the readers of a two-sided sheet's rows (by their
completion, said loosely) over its facts read once per index; the words (the two flows, the words a follow-up
switching sides is said with, the columns' words) are in knowledge/vocabulary.toml ([flows], [asking_words.sides]).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.answer.facts.outline import numbered_level, own_label, strip_numbering
from bot.answer.facts.words import _is_total, flow_words, label_key
from bot.language.asking import Words
from bot.language.asking import words as asking_words
from bot.language.normalize import compact
from bot.store import queries as query

# "支出呢", "对应的支出呢", "安排的支出呢", "还本呢", "那付息的呢": a word naming a row of the other side.
SIDE_ASKED = Words("sides", r"(?:{leads})?(?:它|其)?的?(?P<paired>{counterpart})?的?(?P<word>[\u4e00-\u9fff]{2,6}?)的?(?:{tails})?")


def row_name(f: dict) -> str:
    """A fact's own row label as printed, its numbering (一、) and a leading 其中 dropped."""
    own = (f["row_labels"] or "").split(query.FACT_SEP)[-1]
    return label_key(strip_numbering(own.strip().removeprefix("其中").lstrip(":：")))


def side_of(f: dict, flows: dict[str, str]) -> str:
    """The flow (收入 / 支出) a fact's column starts with on a two-sided table (收入预算数), else ""."""
    col = (f["col_labels"] or "").split(query.FACT_SEP)[0]
    return next((w for w in flows if col.startswith(w)), "")


def measure_of(f: dict, flows: dict[str, str]) -> str:
    """The column a fact is under, less the flow its side is named by (预算数 of 收入预算数 and of 支出预算数)."""
    col = (f["col_labels"] or "").replace(query.FACT_SEP, "")
    side = side_of(f, flows)
    return col[len(side):] if side else col


def is_two_sided(sheet: list[dict], flows: dict[str, str]) -> bool:
    """Whether a sheet prints two sides: figures under columns of both flows (收入… and 支出…), on rows of
    their own, some line holding a row of each."""
    by_line: dict[tuple, set[str]] = {}
    for f in sheet:
        if f["number"] is not None and (side := side_of(f, flows)):
            by_line.setdefault((f["page"] or 0, f["line"] or 0), set()).add(side)
    return any(len(sides) > 1 for sides in by_line.values())


def side_named(name: str, flows: dict[str, str]) -> str:
    """The flow a row's name says on a table printing both flows' rows in one column (a stacked 基金收支表, a 决算
    总表): the flow it ends with (污水处理费收入, 城乡社区支出), else the one flow it holds once (本年收入合计); ""."""
    ending = [w for w in flows if name.endswith(w)]
    held = [w for w in flows if name.count(w) == 1]
    return ending[0] if len(ending) == 1 else held[0] if len(held) == 1 and not ending else ""


def paired_ending(first: str, second: str, flows: dict[str, str]) -> str:
    """The ending ([asking_words.sides] paired_endings) by which a row of the second flow (支出) is the counterpart
    of a row of the first (收入): named as it — whole, or less the flow word it ends with — then that ending and
    nothing else (污水处理费收入 ↔ 污水处理费安排的支出, 专项债务收入 ↔ 专项债务还本支出); "" when not paired (其他
    政府性基金收入 and 其他政府性基金及对应专项债务收入安排的支出: words between)."""
    flow = next(iter(flows), "")
    bases = [first, first.removesuffix(flow)] if flow and first.endswith(flow) else [first]
    endings = asking_words().get("sides", {}).get("paired_endings", ())
    return next((e for b in bases if len(b) >= 2 for e in sorted(endings, key=len, reverse=True)
                 if second == b + e), "")


def other_side_rows(names: list[str], own: str, side: str, word: str, flows: dict[str, str]) -> list[str]:
    """The rows of the other side (of names, that side's row names) a word said after the row own of side names:
    the row named as own with its flow word swapped (本年收入合计 → 本年支出合计) when the word is the other flow;
    else the rows paired with own by name (paired_ending), those whose ending holds the word when it is no flow
    (还本, 付息). [] when own is of no side."""
    other = next((w for w in flows if w != side), "")
    if not side or not other:
        return []
    if word == other and side in own and (swapped := own.replace(side, other)) in names:
        return [swapped]
    first = next(iter(flows))
    found = []
    for n in names:
        ending = paired_ending(own, n, flows) if side == first else paired_ending(n, own, flows)
        if ending and (word == other or (word not in flows and word in ending)):
            found.append(n)
    return found


def same_measure_of_two_rows(facts: list[dict], flows: dict[str, str], done_first: tuple[str, ...]) -> list[dict] | None:
    """"X比Y多多少" of two rows each shown with the same columns (预算数 and 执行数; 收入执行数 beside 支出执行数 on a
    two-sided table): the two figures of one measure — the first of done_first (执行, then 预算) both print; None
    unless the facts are two rows of amounts printing the same measures and one of those words picks one."""
    rows: dict[tuple, dict[str, dict]] = {}
    for f in facts:
        if f["number"] is not None and f["unit"] != "%":
            key = (f["document_id"], f["sheet"], f["page"], f["line"], f["row_labels"])
            rows.setdefault(key, {})[measure_of(f, flows)] = f
    if len(rows) != 2:
        return None
    first, second = rows.values()
    if set(first) != set(second):
        return None
    for word in done_first:
        picked = [m for m in first if word in m]
        if len(picked) == 1:
            return [first[picked[0]], second[picked[0]]]
    return None


# "哪些收入超额完成了", "支出里哪些没完成预算", "哪几类支出没完成": rows of one side by their completion.
ROWS_BY_COMPLETION = Words("sides", r"(?P<scope>[\u4e00-\u9fff]{0,12}?)(?:(?P<before>{flows})(?:{within})?)?"
                                    r"(?:{which}|(?P<kind>{which_class}))(?P<after>{flows})?(?:{items}|(?P<cls>{classes}))?"
                                    r"(?:(?P<over>{over})|(?P<short>{short}))(?:了|的)?(?:{list_tails})?")


def two_sided_sheets(idx) -> list[tuple[int, str]]:
    """The (document, sheet) pairs of the knowledge base printing two sides; worked out once per index."""
    return list(_sides(idx))


def _sides(idx) -> dict[tuple[int, str], list[dict]]:
    """Each two-sided sheet of the index and its facts holding a figure under a column of a side, in line order:
    read once per index, by sheet (every fact of it, however long its document), for the sheets holding
    figures under columns of every flow."""
    kept = idx.__dict__.get("_two_sided_facts")
    if kept is None:
        flows = flow_words(getattr(idx, "vocab_path", ""))
        held = [set(query.sheets_with_columns_starting(idx.conn, w)) for w in flows]
        kept = {}
        for d, s in sorted(set.intersection(*held) if len(held) > 1 else set()):
            sheet = query.facts_of_sheet(idx.conn, d, s) if d in idx.docs else []
            if is_two_sided(sheet, flows):
                kept[(d, s)] = [f for f in sheet if f["number"] is not None and side_of(f, flows)]
        idx.__dict__["_two_sided_facts"] = kept
    return kept


def _rows_of_sheets(idx) -> dict[tuple[int, str], dict[str, list[dict]]]:
    """Each two-sided sheet's rows by name (row_name), the facts of each (both sides' when a name is on both);
    once per index."""
    kept = idx.__dict__.get("_two_sided_rows")
    if kept is None:
        kept = {}
        for key, facts in _sides(idx).items():
            rows: dict[str, list[dict]] = {}
            for f in facts:
                rows.setdefault(row_name(f), []).append(f)
            kept[key] = rows
        idx.__dict__["_two_sided_rows"] = kept
    return kept


def _in_scope(idx, d: int, doc_ids: list[int] | None, scope: str) -> bool:
    return (doc_ids is None or d in doc_ids) and (not scope or scope in compact(idx.docs[d].department + (idx.docs[d].form or "")))


def rows_by_completion(idx, question: str, doc_ids: list[int] | None) -> tuple[str, str, list, int, list[dict], bool] | None:
    """"哪些收入超额完成了" over the one two-sided sheet in scope printing 预算数 and 执行数 (its title may be said
    before: "政府性基金哪些…"): (flow, "over" or "short", [(row, rate fact or None, done, plan)], rows checked, facts
    used, classes asked) of the side said, the rows of one level (see _side_rows) whose 执行数 is above (below) their 预算数 — rows
    without a budget unchecked. None unless so asked of exactly one such sheet."""
    m = ROWS_BY_COMPLETION.fullmatch(question)
    flow = m and (m.group("before") or m.group("after"))
    if not m or not flow or (m.group("before") and m.group("after")):
        return None
    over, classes = bool(m.group("over")), bool(m.group("kind") or m.group("cls"))
    found = [rows for d, s in two_sided_sheets(idx) if _in_scope(idx, d, doc_ids, m.group("scope"))
             and (rows := _side_rows(idx, d, s, flow, classes))]
    if len(found) != 1:
        return None
    fit = [(name, rate, done, plan) for name, rate, done, plan, _ in found[0]
           if ((done["number"] > plan["number"]) if over else (done["number"] < plan["number"]))]
    return flow, "over" if over else "short", fit, len(found[0]), [rate or done for _, rate, done, _ in fit], classes


def _side_rows(idx, d: int, sheet: str, flow: str, classes: bool) -> list[tuple]:
    """The rows of one side of a sheet with a 执行数 and a 预算数 (not 0), in line order, with their completion (the
    printed 完成预算%, else 执行数 over 预算数): (row, rate fact or None, done, plan, completion). Only the side's
    own rows, above its first total (本年收入合计: transfers and balances below it, 上级补助收入 or 调出资金, are
    none of its items), and of one level: its numbered classes (一、二、) when classes are asked, else its items —
    the rows no row of a deeper level stands under (a class with items of its own is theirs, never beside them)."""
    flows = flow_words(getattr(idx, "vocab_path", ""))
    rows: dict[tuple, list[dict]] = {}
    for f in _sides(idx).get((d, sheet), ()):
        if side_of(f, flows) == flow:
            rows.setdefault((f["page"] or 0, f["line"] or 0, f["row_labels"]), []).append(f)
    ordered: list[tuple[int, list[dict]]] = []
    for key in sorted(rows, key=lambda k: (k[0], k[1])):
        if _is_total(row_name(rows[key][0])):
            if ordered:
                break
            continue  # (a total printed above the side's items: theirs, read on)
        ordered.append((numbered_level(own_label(rows[key][0])) or 9, rows[key]))
    words = words_of_sides()
    out = []
    for at, (level, fs) in enumerate(ordered):
        deeper = at + 1 < len(ordered) and ordered[at + 1][0] > level
        if (level != 1) if classes else deeper:
            continue
        done = next((f for f in fs if f["unit"] != "%" and _holds(measure_of(f, flows), words["done_columns"])), None)
        plan = next((f for f in fs if f["unit"] != "%" and _holds(measure_of(f, flows), words["plan_columns"])), None)
        rate = next((f for f in fs if f["unit"] == "%" and _holds(measure_of(f, flows), words["rate_columns"])), None)
        if done is None or plan is None or not plan["number"]:
            continue
        value = rate["number"] if rate else done["number"] / plan["number"] * 100
        out.append((row_name(fs[0]), rate and dict(rate), dict(done), dict(plan), value))
    return out


def words_of_sides() -> dict[str, tuple[str, ...]]:
    """[asking_words.sides] of the vocabulary in use."""
    return asking_words().get("sides", {})


def _holds(text: str, listed: tuple[str, ...]) -> bool:
    return any(w in text for w in listed)


# "哪项支出完成率最低", "收入里哪项完成率最高", "支出完成率最低的是哪项", "哪类支出完成率最低": the row of one side ranked by
# its completion.
ROW_BY_COMPLETION_RANKED = Words("sides", r"(?P<scope>[\u4e00-\u9fff]{0,12}?)(?:(?P<before>{flows})(?:{within})?)?"
                                          r"(?:{which_one}|(?P<kind>{which_class}))?(?P<after>{flows})?"
                                          r"(?:{items}|(?P<cls>{classes}))?(?:的)?(?:{rates})"
                                          r"(?:(?P<low>{lowest})|{highest})(?:的|的是|是)?(?:{which_one}|(?P<kind_end>{which_class}))?(?:呢)?")


def row_by_completion_ranked(idx, question: str, doc_ids: list[int] | None) -> tuple[str, bool, list, bool] | None:
    """"哪项支出完成率最低" over the one two-sided sheet in scope printing a completion for that side: (flow, lowest?,
    [(row, rate fact or None, done, plan, rate)] of the rows at the extreme — ties kept, classes asked) among the rows of one level
    (see _side_rows). None unless so asked of exactly one such sheet."""
    m = ROW_BY_COMPLETION_RANKED.fullmatch(question)
    flow = m and (m.group("before") or m.group("after"))
    if not m or not flow or (m.group("before") and m.group("after")):
        return None
    low, classes = bool(m.group("low")), bool(m.group("kind") or m.group("cls") or m.group("kind_end"))
    found = [rows for d, s in two_sided_sheets(idx) if _in_scope(idx, d, doc_ids, m.group("scope"))
             and (rows := _side_rows(idx, d, s, flow, classes))]
    if len(found) != 1:
        return None
    best = (min if low else max)(r[4] for r in found[0])
    return flow, low, [r for r in found[0] if abs(r[4] - best) < 1e-9], classes


def asked(question: str) -> bool:
    """Whether a question (compact) is one of the readers' here (rows by their completion, listed or ranked; a row said
    loosely): tested before any table is read, or the question's departments."""
    return bool(ROWS_BY_COMPLETION.fullmatch(question) or ROW_BY_COMPLETION_RANKED.fullmatch(question)
                or _LOOSE_SAID.search(question))


# "水库移民扶持那块支出多少": a row said loosely (its words, then a pointer: 那块, 那部分), of the side said after it.
ROW_SAID_LOOSELY = Words("sides", r"(?P<what>[\u4e00-\u9fff]{2,12}?)的?(?:{loose})的?(?P<flow>{flows})?(?P<rest>{loose_asks})?")
# (what a question must say to be such: a pointer, then a side — tested before any table is read)
_LOOSE_SAID = Words("sides", r"(?:{loose})的?(?:{flows})")


def _pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def rows_said_loosely(idx, question: str, doc_ids: list[int] | None,
                      places: Sequence[tuple[int, int, list[str]]] = ()) -> tuple[list[str], list[dict]] | None:
    """The rows of a two-sided sheet a loose naming fits, of the side said: every word said is read — each character
    of it in a pair of characters the row's name holds too, or in a department the question names (places: where it
    is said, the departments it may be) that is the table's own ("云和县城乡社区那块"); a word read nowhere (a place
    not loaded: "遂昌城乡社区那块") fits no row. The best fitting (most pairs held), within one pair of the best:
    (their names, the facts of the one row when one, in the column asked — 执行, 预算, 完成 — else its amounts).
    Beside the best read whole, to ask which, the rows of its table within one pair of it holding most of the pairs
    said (水库移民扶持: 小型水库移民扶助… beside 大中型水库移民后期扶持…), never alone. A row's whole name before the
    loose naming (the reply to which of them, asked again) is that row, when it is one of them. None unless so
    said and some row of one sheet is read whole."""
    if not _LOOSE_SAID.search(question):
        return None  # (no pointer before a side: no table is read)
    flows = flow_words(getattr(idx, "vocab_path", ""))
    rows = {(d, name): fs for (d, s), by_name in _rows_of_sheets(idx).items() if doc_ids is None or d in doc_ids
            for name, fs in by_name.items()}
    chosen = max((k for k in rows if question.startswith(k[1])), key=lambda k: len(k[1]), default=None)
    start = len(chosen[1]) if chosen else 0
    m = ROW_SAID_LOOSELY.fullmatch(question[start:])
    if m is None or not m.group("flow"):
        return None  # (the side said: "X那块多少" alone may be any table's thing)
    what, at = m.group("what"), start + m.start("what")
    said = _pairs(what)

    def fit(d: int, name: str) -> tuple[int, bool]:
        """(the pairs said the row's name holds, whether every character said is read: in one of them, or in a
        department said that is the table's own)."""
        held = said & _pairs(name)
        read = {i for i in range(len(what)) if what[i:i + 2] in held or (i and what[i - 1:i + 1] in held)}
        own = {i for i in range(len(what)) for s, e, deps in places
               if s <= at + i < e and idx.docs[d].department in deps}
        return len(held), bool(held) and len(read | own) == len(what)

    side = m.group("flow")
    scored = {k: fit(*k) for k, fs in rows.items() if any(side_of(f, flows) == side for f in fs)}
    # (the rows read whole; beside the best of them, to ask which, the rows within one pair of it that hold most
    # of the pairs said: 水库移民扶持 — 大中型…扶持… read whole, 小型…扶助… beside it. None read whole: no row)
    best = max((h for h, whole in scored.values() if whole), default=-1)
    tables = {k[0] for k, (h, whole) in scored.items() if whole and h >= best - 1}
    kept = sorted(k for k, (h, whole) in scored.items()
                  if best > 0 and h >= best - 1 and (whole or 2 * h > len(said) and k[0] in tables))
    if chosen is not None:
        kept = [k for k in kept if k[1] == chosen[1]]
    if not kept:
        return None
    if len(kept) != 1:
        return list(dict.fromkeys(name for _, name in kept)), []
    asked = m.group("rest") or ""
    word = next((w for w in words_of_sides().get("loose_columns", ()) if w in asked), "")
    shown = [dict(f) for f in rows[kept[0]] if side_of(f, flows) == side
             and ((word and word in measure_of(f, flows)) or (not word and f["unit"] != "%"))]
    return [kept[0][1]], shown
