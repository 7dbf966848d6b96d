"""A table printing two sides on the same sheet rows (收入 items | 支出 items, each side under columns of its own:
收入预算数 收入执行数 收入完成预算% | 支出预算数 支出执行数 支出完成预算%): a 政府性基金 or 国有资本经营 or 社保基金
预算执行情况表, a 收支总表. Which side a row is of, the column of the other side that is the same measure, and
the row of the other side a follow-up names after a row was shown ("污水处理费收入执行" → "支出呢": 污水处理费
安排的支出; "专项债务收入" → "还本呢": 专项债务还本支出; "本年收入合计" → "支出呢": 本年支出合计) — also of a table
printing both flows' rows in one column (a stacked 基金收支表, a 决算 总表), the side then read from the row's name.

Pure functions over fact rows (dicts of the facts table); the words (the two flows, the words a follow-up
switching sides is said with) are in knowledge/vocabulary.toml ([flows], [asking_words.sides]).
"""

from __future__ import annotations

import re

from bot.answer.facts.outline import strip_numbering
from bot.answer.facts.words import flow_words, label_key
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


# "哪些收入超额完成了", "支出里哪些没完成预算", "哪些支出项目超过预算": rows of one side by their completion.
ROWS_BY_COMPLETION = Words("sides", r"(?P<scope>[\u4e00-\u9fff]{0,12}?)(?:(?P<before>{flows})(?:里|中|方面)?)?"
                                    r"(?:{which})(?P<after>{flows})?(?:{items})?(?:(?P<over>{over})|(?P<short>{short}))"
                                    r"(?:了|的)?(?:有哪些|是哪些|呢)?")


def two_sided_sheets(idx) -> list[tuple[int, str]]:
    """The (document, sheet) pairs of the knowledge base printing two sides; worked out once per index."""
    kept = idx.__dict__.get("_two_sided_sheets")
    if kept is None:
        flows = flow_words(getattr(idx, "vocab_path", ""))
        kept = []
        for d, doc in idx.docs.items():
            sheets: dict[str, list[dict]] = {}
            for f in idx.facts(sorted(doc.facts)[:5000]):
                sheets.setdefault(f["sheet"] or "", []).append(f)
            kept += [(d, s) for s, fs in sheets.items() if is_two_sided(fs, flows)]
        idx.__dict__["_two_sided_sheets"] = kept
    return kept


def rows_by_completion(idx, question: str, doc_ids: list[int] | None) -> tuple[str, str, list, int, list[dict]] | None:
    """"哪些收入超额完成了" over the one two-sided sheet in scope printing 预算数 and 执行数 (its title may be said
    before: "政府性基金哪些…"): (flow, "over" or "short", [(row, rate fact or None, done, plan)], rows checked, facts
    used) of the side said, the rows whose 执行数 is above (below) their 预算数 — totals (合计, 总计) aside, rows
    without a budget unchecked. None unless so asked of exactly one such sheet."""
    m = ROWS_BY_COMPLETION.fullmatch(question)
    flow = m and (m.group("before") or m.group("after"))
    if not m or not flow or (m.group("before") and m.group("after")):
        return None
    scope, over = m.group("scope"), bool(m.group("over"))
    found = [checked for d, s in two_sided_sheets(idx) if (doc_ids is None or d in doc_ids)
             and (not scope or scope in compact(idx.docs[d].department + (idx.docs[d].form or "")))
             and (checked := _checked_rows(idx, d, s, flow, over))[1]]
    if len(found) != 1:
        return None
    return flow, "over" if over else "short", *found[0]


def _checked_rows(idx, d: int, sheet: str, flow: str, over: bool) -> tuple[list, int, list[dict]]:
    """The rows of one side of a sheet whose 执行数 is above (over) or below their 预算数, how many were checked,
    and the facts shown."""
    flows = flow_words(getattr(idx, "vocab_path", ""))
    rows: dict[tuple, list[dict]] = {}
    for f in idx.facts(sorted(idx.docs[d].facts)[:5000]):
        if (f["sheet"] or "") == sheet and f["number"] is not None and side_of(f, flows) == flow:
            rows.setdefault((f["page"], f["line"], f["row_labels"]), []).append(f)
    out, checked, used = [], 0, []
    for fs in rows.values():
        name = row_name(fs[0])
        done = next((f for f in fs if f["unit"] != "%" and "执行" in measure_of(f, flows)), None)
        plan = next((f for f in fs if f["unit"] != "%" and "预算" in measure_of(f, flows)), None)
        rate = next((f for f in fs if f["unit"] == "%" and re.search(r"完成|执行", measure_of(f, flows))), None)
        if _TOTAL.search(name) or done is None or plan is None or not plan["number"]:
            continue
        checked += 1
        if (done["number"] > plan["number"]) if over else (done["number"] < plan["number"]):
            out.append((name, rate, done, plan))
            used.append(rate or done)
    return out, checked, used


_TOTAL = re.compile(r"合计|总计|小计")

# "哪项支出完成率最低", "收入里哪项完成率最高", "支出完成率最低的是哪项": the row of one side ranked by its completion.
ROW_BY_COMPLETION_RANKED = Words("sides", r"(?P<scope>[\u4e00-\u9fff]{0,12}?)(?:(?P<before>{flows})(?:里|中|方面)?)?"
                                          r"(?:{which_one})?(?P<after>{flows})?(?:{items})?(?:的)?(?:{rates})"
                                          r"(?:(?P<low>{lowest})|{highest})(?:的|的是|是)?(?:{which_one})?(?:呢)?")


def row_by_completion_ranked(idx, question: str, doc_ids: list[int] | None) -> tuple[str, bool, list] | None:
    """"哪项支出完成率最低" over the one two-sided sheet in scope printing a completion for that side: (flow, lowest?,
    [(row, rate fact or None, done, plan, rate)] of the rows at the extreme — ties kept), totals aside. None unless so
    asked of exactly one such sheet."""
    m = ROW_BY_COMPLETION_RANKED.fullmatch(question)
    flow = m and (m.group("before") or m.group("after"))
    if not m or not flow or (m.group("before") and m.group("after")):
        return None
    scope, low = m.group("scope"), bool(m.group("low"))
    found = [rows for d, s in two_sided_sheets(idx) if (doc_ids is None or d in doc_ids)
             and (not scope or scope in compact(idx.docs[d].department + (idx.docs[d].form or "")))
             and (rows := _rated_rows(idx, d, s, flow))]
    if len(found) != 1:
        return None
    best = (min if low else max)(r[4] for r in found[0])
    return flow, low, [r for r in found[0] if abs(r[4] - best) < 1e-9]


def _rated_rows(idx, d: int, sheet: str, flow: str) -> list[tuple]:
    """The rows of one side of a sheet with their completion (the printed %, else 执行数 over 预算数), totals aside."""
    flows = flow_words(getattr(idx, "vocab_path", ""))
    rows: dict[tuple, list[dict]] = {}
    for f in idx.facts(sorted(idx.docs[d].facts)[:5000]):
        if (f["sheet"] or "") == sheet and f["number"] is not None and side_of(f, flows) == flow:
            rows.setdefault((f["page"], f["line"], f["row_labels"]), []).append(f)
    out = []
    for fs in (fs for _, fs in sorted(rows.items(), key=lambda kv: (kv[0][0] or 0, kv[0][1] or 0))):
        name = row_name(fs[0])
        if _TOTAL.search(name):
            break  # (the side's items stand above its 本年…合计; transfers and balances below it are no items)
        done = next((f for f in fs if f["unit"] != "%" and "执行" in measure_of(f, flows)), None)
        plan = next((f for f in fs if f["unit"] != "%" and "预算" in measure_of(f, flows)), None)
        rate = next((f for f in fs if f["unit"] == "%" and re.search(r"完成|执行", measure_of(f, flows))), None)
        if done is None or plan is None or not plan["number"]:
            continue
        out.append((name, rate, done, plan, rate["number"] if rate else done["number"] / plan["number"] * 100))
    return out


# "水库移民扶持那块支出多少": a row said loosely (its words, then a pointer: 那块, 那部分), of the side said after it.
ROW_SAID_LOOSELY = Words("sides", r"(?P<what>[\u4e00-\u9fff]{2,12}?)(?:{loose})的?(?P<flow>{flows})?(?P<rest>{loose_asks})?")


def _pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def rows_said_loosely(idx, question: str, doc_ids: list[int] | None) -> tuple[list[str], list[dict]] | None:
    """The rows of a two-sided sheet a loose naming fits (most of its words' character pairs in the row's name, of
    the side said; the best fitting, within one pair of the best): (their names, the facts of the one row when one,
    in the column asked — 执行, 预算, 完成 — else its amounts). A row's whole name before the loose naming (the reply
    to which of them, asked again) is that row. None unless so said and some row of one sheet fits."""
    flows = flow_words(getattr(idx, "vocab_path", ""))
    rows: dict[str, list[dict]] = {}
    for d, s in two_sided_sheets(idx):
        if doc_ids is None or d in doc_ids:
            for f in idx.facts(sorted(idx.docs[d].facts)[:5000]):
                if (f["sheet"] or "") == s and f["number"] is not None and side_of(f, flows):
                    rows.setdefault(f"{d}\x1f{row_name(f)}", []).append(f)
    chosen = max((k for k in rows if question.startswith(k.split("\x1f")[1])), key=len, default="")
    m = ROW_SAID_LOOSELY.fullmatch(question[len(chosen.split("\x1f")[-1]):])
    if m is None or not m.group("flow"):
        return None  # (the side said: "X那块多少" alone may be any table's thing)
    said = _pairs(m.group("what"))
    scored = {k: len(said & _pairs(k.split("\x1f")[1])) for k, fs in rows.items() if side_of(fs[0], flows) == m.group("flow")}
    scored = {k: h for k, h in scored.items() if 2 * h > len(said)}
    best = max(scored.values(), default=0)
    kept = [chosen] if chosen else sorted({k for k, h in scored.items() if h >= best - 1})
    if not kept or not best and not chosen:
        return None
    if len(kept) != 1:
        return [k.split("\x1f")[1] for k in kept], []
    asked = m.group("rest") or ""
    word = next((w for w in ("执行", "预算", "完成") if w in asked), "")
    shown = [f for f in rows[kept[0]] if (word and word in measure_of(f, flows)) or (not word and f["unit"] != "%")]
    return [kept[0].split("\x1f")[1]], shown
