"""A table printing two sides on the same sheet rows (收入 items | 支出 items, each side under columns of its own:
收入预算数 收入执行数 收入完成预算% | 支出预算数 支出执行数 支出完成预算%): a 政府性基金 or 国有资本经营 or 社保基金
预算执行情况表, a 收支总表. Which side a row is of, the column of the other side that is the same measure, and
the row of the other side a follow-up names after a row was shown ("污水处理费收入执行" → "支出呢": 污水处理费
安排的支出; "专项债务收入" → "还本呢": 专项债务还本支出; "本年收入合计" → "支出呢": 本年支出合计).

Pure functions over fact rows (dicts of the facts table); the words (the two flows, the words a follow-up
switching sides is said with) are in knowledge/vocabulary.toml ([flows], [asking_words.sides]).
"""

from __future__ import annotations

from bot.answer.facts.outline import strip_numbering
from bot.answer.facts.words import label_key
from bot.language.asking import Words
from bot.store import queries as query

# "支出呢", "对应的支出呢", "安排的支出呢", "还本呢", "那付息的呢": a word naming a row of the other side.
SIDE_ASKED = Words("sides", r"(?:{leads})?(?:它|其)?的?(?:{counterpart})?的?(?P<word>[\u4e00-\u9fff]{2,6}?)的?(?:{tails})?")


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


def other_side_rows(sheet: list[dict], shown: dict, word: str, flows: dict[str, str]) -> list[str]:
    """The rows of the other side (row names) a word said after a row names: the row whose name is the shown
    row's with its flow word swapped (本年收入合计 → 本年支出合计) when the word is that flow; else the rows
    holding the shown row's stem (its name less the flow it ends with: 污水处理费 of 污水处理费收入) and the
    word (还本, 付息; 支出: ending with it). [] when the shown row is of no side."""
    side = side_of(shown, flows)
    other = next((w for w in flows if w != side), "")
    if not side or not other:
        return []
    own = row_name(shown)
    names = list(dict.fromkeys(row_name(g) for g in sheet if g["number"] is not None and side_of(g, flows) == other))
    if word == other and side in own and (swapped := own.replace(side, other)) in names:
        return [swapped]
    stem = own.removesuffix(side) if own.endswith(side) else ""
    if len(stem) < 2:
        return []
    if word == other:
        return [n for n in names if stem in n and n.endswith(other)]
    return [n for n in names if stem in n and word in n.removeprefix(stem)]


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
