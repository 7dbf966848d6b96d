"""The one reader of a table's row hierarchy: which line stands under which.

A table says it in four ways, read here in one place for every layer that needs it (the rows' totals and
shares in rows.py, the lines under a line in listing.py, the entity rows in entities.py, the groups of a
record table in records.py):
- the row path the loader gave a line (its merged group cells, its 序号 outline, its indentation:
  工资福利支出 › 基本工资), outermost first;
- a subject code (2120801 under 21208 under 212; 30201 under 302);
- the numbering a label starts with (一、 > （一） > 1. > （1）), an unnumbered line standing under the
  numbered line above it until a total line (收入总计) ends the group;
- the section heading a record stands under (一、货物类 … its 小计);
- the head of the column of row labels (单位名称: each row a unit, said by its own name).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from bot.answer.facts.words import _is_total, label_key
from bot.store import queries as query

# The numbering a line's label starts with and its depth: 一、 > （一） > 1. > （1）.
_NUMBERED = ((re.compile(r"^[一二三四五六七八九十]+[、.．]"), 1), (re.compile(r"^[（(][一二三四五六七八九十]+[)）]"), 2),
             (re.compile(r"^\d{1,2}[、.．](?!\d)"), 3), (re.compile(r"^[（(]\d{1,2}[)）]"), 4))
_CODE = re.compile(r"\d{3,7}(?!\d)")


def path_of(f: dict) -> tuple[str, ...]:
    """A line's row labels, outermost first (the groups it stands under, then its own label)."""
    return tuple(x for x in (f["row_labels"] or "").split(query.FACT_SEP) if x)


def own_label(f: dict) -> str:
    """A fact's own row label as printed (its numbering and code kept)."""
    return (f["row_labels"] or "").split(query.FACT_SEP)[-1].strip()


def heading_of(f: dict) -> str:
    """The key of the section heading a line stands under (货物类), "" when none."""
    return label_key(f["section"] or "")


def numbered_level(label: str) -> int:
    """The depth of a line's numbering (一、 is 1), 0 when it has none."""
    return next((level for pattern, level in _NUMBERED if pattern.match(label)), 0)


def strip_numbering(label: str) -> str:
    """A label without the numbering it starts with ("一、区教育局" → "区教育局")."""
    label = label.strip()
    m = next((m for pattern, _ in _NUMBERED if (m := pattern.match(label))), None)
    return label[m.end():].strip() if m else label


def numbered_as_heading(label: str) -> bool:
    """Whether a line is numbered as a section heading ("（一）社会事业", "二、民政类"), its items numbered
    1, 2, 3 under it."""
    return numbered_level(label.strip()) in (1, 2)


# The head of a column of row labels naming the rows units of a department or places ("单位名称").
_UNIT_HEAD = re.compile(r"^(?:单位|部门|机构|预算单位|基层单位|县区|区县|地区|乡镇|街道|镇街|村|社区|村居|学校|医院|医疗机构"
                        r"|卫生院|幼儿园|企业|公司)(?:名称)?$")


def under_unit_head(f: dict) -> bool:
    """Whether a line's own label stands in a column headed as the rows units or places (单位名称)."""
    heads = [label_key(h) for h in (f.get("row_heads") or "").split(query.FACT_SEP) if h]
    return bool(heads) and bool(_UNIT_HEAD.match(heads[-1])) and len(heads) == len(path_of(f))


def unit_path(f: dict) -> tuple[str, ...]:
    """A line's row path, a unit listed under a group ("派出机构 › 西塘市场监督管理所" of a table of 单位类别 |
    单位名称) said by its own name alone: the group is no part of which unit it is."""
    path = path_of(f)
    return path[-1:] if len(path) == 2 and under_unit_head(f) else path


def code_of(label: str) -> str:
    """The subject code a label starts with (30201 of 30201办公费), "" when none."""
    m = _CODE.match(label_key(label))
    return m.group() if m else ""


def parents(column: list[dict]) -> dict[int, dict | None]:
    """Each line of a column (in the table's order) with the line it stands under, None at the top: by the
    row path the loader gave it (工资福利支出 › 基本工资 under 工资福利支出), else by subject code, else by
    numbering, an unnumbered line under the numbered line above it until a total line ends the group.
    A total line stands under nothing."""
    out: dict[int, dict | None] = {}
    for x, at in zip(column, _parent_places(tuple(x["row_labels"] for x in column)), strict=True):
        out[x["id"]] = column[at] if at is not None else None
    return out


@lru_cache(maxsize=2048)
def _parent_places(labels: tuple[str | None, ...]) -> tuple[int | None, ...]:
    """parents by place in the column, read of the lines' row labels alone (all it reads of a line): kept for
    recent columns, each read again for every line asked of it and by every question asking its lines."""
    out: list[int | None] = []
    coded: list[tuple[str, int]] = []
    heads: list[tuple[int, int]] = []  # the numbered lines open above, outermost first
    by_path: dict[tuple[str, ...], int] = {}
    for i, row_labels in enumerate(labels):
        parts = (row_labels or "").split(query.FACT_SEP)
        own, path = parts[-1].strip(), tuple(x for x in parts if x)
        code = _CODE.match(own)
        level = numbered_level(own)
        if len(path) > 1 and path[:-1] in by_path and not code:
            out.append(by_path[path[:-1]])
        elif code:
            above = [(c, y) for c, y in coded if code.group() != c and code.group().startswith(c)]
            out.append(max(above, key=lambda cy: len(cy[0]))[1] if above else None)
            coded.append((code.group(), i))
        elif level:
            heads = [(lv, y) for lv, y in heads if lv < level]
            out.append(heads[-1][1] if heads else None)
            heads.append((level, i))
        elif _is_total(label_key(own)):
            heads = []
            out.append(None)
        else:
            out.append(heads[-1][1] if heads else None)
        by_path.setdefault(path, i)
    return tuple(out)


def leaves(lines: list[dict], whole: list[dict]) -> list[dict]:
    """The lines no other line stands under, read column by column over the whole table (whole: every fact of
    the lines' sheets, so a total line between them still ends a group): a heading or 小计 line over items is
    their sum, not one of the items ("哪个项目最多" ranks the projects, not a sector's subtotal)."""
    def column(f: dict) -> tuple:
        return f["document_id"], f["sheet"], f["col_labels"], f["row_heads"] or ""
    asked = {column(f) for f in lines}
    columns: dict[tuple, list[dict]] = defaultdict(list)
    for f in {**{x["id"]: x for x in whole}, **{x["id"]: x for x in lines}}.values():
        if column(f) in asked:
            columns[column(f)].append(f)
    heads: set[int] = set()
    for col in columns.values():
        col.sort(key=lambda f: (f["page"] or 0, f["line"] or 0))
        heads |= {p["id"] for p in parents(col).values() if p is not None}
    return [f for f in lines if f["id"] not in heads]


def under_by_path(f: dict, lines: list[dict]) -> list[dict]:
    """The lines whose row path places them under a line (its label among their outer labels, codes aside):
    a heading cell over its items, an indented head over its lines."""
    own = re.sub(r"^\d+", "", label_key(own_label(f)))
    depth = len((f["row_labels"] or "").split(query.FACT_SEP))
    return [g for g in lines if len(own) >= 2 and len(parts := (g["row_labels"] or "").split(query.FACT_SEP)) > depth
            and any(re.sub(r"^\d+", "", label_key(x)) == own for x in parts[:-1])]


def under_by_code(f: dict, lines: list[dict]) -> list[dict]:
    """The lines one code level under a line's subject code (302 → 30201 …), [] when it has no code."""
    code = re.match(r"\d{3,}", label_key(own_label(f)))
    if not code:
        return []
    kids = [(c.group(), g) for g in lines if (c := re.match(r"\d{3,}", label_key(own_label(g))))
            and c.group().startswith(code.group()) and len(c.group()) > len(code.group())]
    return [g for c, g in kids if len(c) == min(len(c2) for c2, _ in kids)]


def items_of(f: dict, whole: list[dict]) -> list[dict]:
    """The lines right under a line (parents' reading: its row path, its code, its numbering), in its column of
    its sheet; whole: the facts of the sheet (a total line between them still ends a group)."""
    column = sorted((g for g in whole if (g["document_id"], g["sheet"], g["col_labels"], g["row_heads"] or "")
                     == (f["document_id"], f["sheet"], f["col_labels"], f["row_heads"] or "")),
                    key=lambda g: (g["page"] or 0, g["line"] or 0))
    over = parents(column)
    return [g for g in column if (p := over.get(g["id"])) is not None and p["id"] == f["id"]]


def heads_by_sums(column: list[dict]) -> set[int]:
    """The lines of one column (in their order) whose figure the lines right after them add up to: the heading
    over its items in a table that prints its levels by indentation only (其他支出 215 over 彩票公益金安排的支出
    215). A total line is never counted among the items."""
    heads: set[int] = set()
    for i, x in enumerate(column):
        if x["number"] is None or x["number"] <= 0:
            continue
        run = 0.0
        for y in column[i + 1:]:
            if y["number"] is None or _is_total(label_key(own_label(y))):
                break
            run += y["number"]
            if abs(run - x["number"]) < 0.005:
                heads.add(x["id"])
                break
            if run > x["number"]:
                break
    return heads
