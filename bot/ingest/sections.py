"""A general table that stacks several departments' lines, each block opened by a row "部门：某局" printing the
block's totals (a city's 部门一般公共预算支出功能分类表: 部门：住建局 … 部门：教育局 …), is read as one document per
department: each block's lines are that department's, so "教育局住房公积金" is the 教育局 block's line, "哪个部门最多"
compares the blocks, and a department the table has no block of is not loaded (never the preparer's figure).

The rows above the first block (the table's own 合计 of all departments) stay with the table's department (its
编制单位). A block's opening row is that department's 合计: it is what the block's lines add up to.

A table whose outermost row column names the department (主管部门 | 项目名称 | …: a 项目支出绩效监控表 of 农业农村局 and
水利局, each merged over its projects' rows) with no 小计 row closing a department is read the same way, one document per
department: "水利局几个项目年初预算加起来" adds that department's rows, "农业农村局1到8月一共执行了多少" is never the table's
合计, which, with the lines that name no department, is the place's the title names (2025年浏阳市…表 → 浏阳市).
"""

from __future__ import annotations

import dataclasses
import re

from bot.ingest.grid import department_from_title, place_of_title
from bot.model import Document, Fact

# "部门：宜都市教育局", "单位名称：某中心": the label of a row opening one organisation's block.
_BLOCK_ROW = re.compile(r"^(?:部门|单位|预算单位|部门单位)(?:名称)?\s*[:：]\s*(\S.*?)\s*$")
_ORGANISATION = re.compile(r"(?:局|委员会|委|办公室|中心|院|所|厅|部|处|站|馆|队|政府|办事处|学校|公司|协会|联合会|街道|镇|乡)$")
_TOTAL_LABEL = "合计"
# The header of a row column whose cells name the department each row is of.
_DEPARTMENT_HEADS = frozenset({"主管部门", "部门", "部门名称", "预算部门", "主管部门名称"})
# A department's own subtotal row: such a table is read by its 小计 rows, not split by its column here.
_ANY_SUBTOTAL = re.compile(r"小\s*计$")
# "2025年浏阳市项目支出绩效监控表": the place a title names right after its year.
_YEAR_MONTHS_PLACE = re.compile(r"^(?:19|20)\d\d年(?:度|\d{1,2}(?:[-—至~]\d{1,2})?月)?"
                         r"((?:[\u4e00-\u9fff]{1,6}?[省市])?[\u4e00-\u9fff]{1,6}?(?:自治区|省|市|区|县|州|旗))")


def _block_owner(f: Fact) -> str:
    """The organisation a fact's row opens a block of, or ""."""
    if len(f.row) != 1:
        return ""
    m = _BLOCK_ROW.match(f.row[0])
    return m.group(1) if m and _ORGANISATION.search(m.group(1)) else ""


def _blocks(facts: list[Fact]) -> list[tuple[tuple[str, int], str]]:
    """(sheet, first line) and the organisation of each block, in the table's order."""
    seen: dict[tuple[str, int], str] = {}
    for f in facts:
        if (owner := _block_owner(f)) and f.line:
            seen.setdefault((f.sheet, f.line), owner)
    return sorted(seen.items(), key=lambda item: (item[0][0], item[0][1]))


def _head_owner(f: Fact) -> str:
    """The department a fact's row names in a department column (主管部门), or ""."""
    if len(f.row) < 2 or not f.row_heads or f.row_heads[0] not in _DEPARTMENT_HEADS:
        return ""
    return f.row[0] if _ORGANISATION.search(f.row[0]) else ""


def _table_place(title: str) -> str:
    """The place a title names before or right after its year, or ""."""
    m = _YEAR_MONTHS_PLACE.match(re.sub(r"\s+", "", title))
    return place_of_title(title) or (m.group(1) if m else "")


def _split_by_column(doc: Document) -> list[Document] | None:
    """One document per department a department column names (two or more, none closed by a 小计 row), the
    department's label taken off its rows; the rest (合计, the title lines) the place's. None: no such column."""
    owners = {o for f in doc.facts if (o := _head_owner(f))}
    if len(owners) < 2 or any(_ANY_SUBTOTAL.search(label) for f in doc.facts for label in f.row) \
            or department_from_title(doc.title):
        return None  # (建宁县财政局…评价结果表: a department's own table of the projects it evaluated)
    parts: dict[str, list[Fact]] = {}
    own: list[Fact] = []
    for f in doc.facts:
        if owner := _head_owner(f):
            parts.setdefault(owner, []).append(f)
        else:
            own.append(f)
    place = _table_place(doc.title)
    out = [dataclasses.replace(doc, department=place or doc.department, facts=own)] if own else []
    out += [dataclasses.replace(doc, department=owner, facts=facts, issues=[], projects=[], units=[])
            for owner, facts in parts.items()]
    if not own:
        out[0].issues = list(doc.issues)
    return out


def split_departments(doc: Document) -> list[Document]:
    """The document, and one document per department block when the table holds two blocks or more (of
    different departments, each on one sheet), or two departments or more in a column of their own each closed
    by its 小计 row, or per department a department column names without 小计 rows; else the document
    unchanged."""
    if columned := split_department_column(doc):
        return columned
    if (by_column := _split_by_column(doc)) is not None:
        return by_column
    blocks = _blocks(doc.facts)
    owners = [owner for _, owner in blocks]
    if len(set(owners)) < 2 or len(set(owners)) != len(owners) or len({s for (s, _), _ in blocks}) != 1:
        return [doc]
    starts = [line for (_, line), _ in blocks]
    ends = starts[1:] + [None]
    parts: dict[str, list[Fact]] = {owner: [] for owner in owners}
    own: list[Fact] = []
    for f in doc.facts:
        i = next((k for k, (a, b) in enumerate(zip(starts, ends, strict=True))
                  if f.line >= a and (b is None or f.line < b) and f.sheet == blocks[0][0][0]), None)
        if i is None:
            own.append(f)
            continue
        if f.line == starts[i]:
            f = dataclasses.replace(f, row=(_TOTAL_LABEL,))  # the block's opening row: its department's 合计
        parts[owners[i]].append(f)
    # The lines above the blocks (the 合计 of them all) are the place's whose departments the blocks are, not
    # the preparer's (编制单位 宜都市财政局 drew the table up; its own lines are not these).
    out = [dataclasses.replace(doc, department=place_of_title(doc.title) or doc.department, facts=own)] if own else []
    for owner, facts in parts.items():
        out.append(dataclasses.replace(doc, department=owner, facts=facts, issues=[], projects=[], units=[]))
    if out and out[0].department != doc.department:
        out[0].issues = list(doc.issues)  # the file's warnings are said once
    return out


# The head of a column naming each row's department (部门名称 | 单位名称 | 项目名称 … of a city's 部门项目支出预算表).
_DEPARTMENT_HEAD = re.compile(r"^(?:预算)?部门(?:名称)?$")
# The head of the rows' own labels when they are the departments' projects (项目名称), not their units
_PROJECT_HEAD = re.compile(r"项目")
# "浏阳市教育局小计", "教育局 小计": a department's subtotal row, its name in the department column.
_SUBTOTAL = re.compile(r"^(\S.*?)\s*(?:部门)?小计$")
# A title that names its place after the year ("2026年浏阳市部门项目支出预算表"): the place whose departments the
# rows are.
_YEAR_PLACE = re.compile(r"^(?:19|20)\d\d年度?((?:[\u4e00-\u9fff]{1,6}?[省市])?[\u4e00-\u9fff]{1,6}?(?:省|自治区|市|区|县|州|旗))"
                         r"(?:本级)?(?:各|所属)?(?:部门|单位)")


def _column_owner(f: Fact) -> tuple[str, bool]:
    """The department a fact's row is of by the table's department column, and whether it is that department's
    小计 row (the department named in that column, "小计" after it or in the next label); ("", False) else."""
    if not f.row or not f.row_heads or not _DEPARTMENT_HEAD.match(f.row_heads[0].replace(" ", "")):
        return "", False
    head = f.row[0].strip()
    if (m := _SUBTOTAL.match(head)) and _ORGANISATION.search(m.group(1)):
        return m.group(1), len(f.row) == 1
    if not _ORGANISATION.search(head):
        return "", False
    return head, len(f.row) >= 2 and f.row[1].strip() in ("小计", "合计")


def _place_of(title: str) -> str:
    """The place a title names, before or after its year."""
    m = _YEAR_PLACE.match(re.sub(r"\s", "", title))
    return place_of_title(title) or (m.group(1) if m else "")


def split_department_column(doc: Document) -> list[Document]:
    """One document per department of a table whose first row label is each row's department (a column headed
    部门名称), whose rows are the departments' projects (项目名称) and whose every department closes on its 小计 row:
    that row is the department's whole, its other rows its lines (the department's name taken off their labels);
    what is no department's (the table's 合计) is the place's. [] when the table is not of that shape (two
    departments at least)."""
    owned = [(f, *_column_owner(f)) for f in doc.facts]
    departments = list(dict.fromkeys(owner for _, owner, _ in owned if owner))
    closed = {owner for _, owner, sub in owned if sub}
    lines = [f for f, owner, sub in owned if owner and not sub]
    if len(departments) < 2 or closed != set(departments) \
            or not lines or not all(_PROJECT_HEAD.search(f.row_heads[-1]) for f in lines):
        # (a table of departments' units, 部门名称 | 单位名称 of a 部门支出预算表, stays the place's: its units are read
        # as the departments' rows, dept_units.py)
        return []
    parts: dict[str, list[Fact]] = {owner: [] for owner in departments}
    own: list[Fact] = []
    for f, owner, subtotal in owned:
        if not owner:
            own.append(f)
        elif subtotal:  # the department's 小计: its whole, what its lines add up to
            parts[owner].append(dataclasses.replace(f, row=("小计",), row_heads=()))
        else:
            parts[owner].append(dataclasses.replace(f, row=f.row[1:], row_heads=f.row_heads[1:]))
    out = [dataclasses.replace(doc, department=_place_of(doc.title) or doc.department, facts=own)] if own else []
    for owner, facts in parts.items():
        out.append(dataclasses.replace(doc, department=owner, facts=facts, issues=[], projects=[], units=[]))
    if out and out[0].department != doc.department:
        out[0].issues = list(doc.issues)  # the file's warnings are said once
    return out
