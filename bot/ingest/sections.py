"""A general table that stacks several departments' lines, each block opened by a row "部门：某局" printing the
block's totals (a city's 部门一般公共预算支出功能分类表: 部门：住建局 … 部门：教育局 …), is read as one document per
department: each block's lines are that department's, so "教育局住房公积金" is the 教育局 block's line, "哪个部门最多"
compares the blocks, and a department the table has no block of is not loaded (never the preparer's figure).

The rows above the first block (the table's own 合计 of all departments) stay with the table's department (its
编制单位). A block's opening row is that department's 合计: it is what the block's lines add up to.

A table whose outermost row column names the department (部门名称, 主管部门, 部门（单位）名称 | 项目名称 | …: a city's
部门项目支出预算表, a 项目支出绩效监控表 of 农业农村局 and 水利局, a 政府购买服务预算表) is read the same way, one document
per department, by one split (split_department_column): each department's 小计 row, printed below its rows or above
them, is its whole, and a unit of it printed among its rows (不动产登记服务中心 under 自然资源和规划局's 小计) is its
row too; with no 小计 rows, each department the column names is one. "水利局几个项目年初预算加起来" adds that
department's rows, "民政局购买服务小计" is its printed 小计, never the table's 合计, which, with the lines that name no
department, is the place's the title names (2025年浏阳市…表 → 浏阳市).

A workbook of one sheet per department (a county's 部门收支预算总表 or 三公经费预算表, each sheet a department's, named by
its title, its 部门名称 / 编制单位 line or the sheet's own name) is read as one document per department
(read_departments): "教育局收支总预算多少" is the 教育局 sheet's 合计, "哪个部门总预算最大" compares the sheets. Sheets
of one department (its tables of different kinds) stay one document.
"""

from __future__ import annotations

import dataclasses
import re

from bot.ingest.grid import (
    GridReading,
    department_from_title,
    general_document,
    general_readings,
    labelled_department,
    place_of_title,
    title_place,
)
from bot.model import Document, Fact

# "部门：宜都市教育局", "单位名称：某中心": the label of a row opening one organisation's block.
_BLOCK_ROW = re.compile(r"^(?:部门|单位|预算单位|部门单位)(?:名称)?\s*[:：]\s*(\S.*?)\s*$")
# The name of an organisation a block opens with. (Not the vocabulary's [asking_words.departments] organisations:
# ingest reads no vocabulary, and this list takes 处 of 办事处 and not 办/署/集团/社/团.)
_ORGANISATION = re.compile(r"(?:局|委员会|委|办公室|中心|院|所|厅|部|处|站|馆|队|政府|办事处|学校|公司|协会|联合会|街道|镇|乡)$")
_TOTAL_LABEL = "合计"
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


def _section_owner(f: Fact) -> str:
    """The organisation a fact's block heading names (a row "部门：某局" printing no figures, its totals on the
    block's closing 小计 row), or ""."""
    m = _BLOCK_ROW.match(f.section)
    return m.group(1) if m and _ORGANISATION.search(m.group(1)) else ""


def _split_headed_sections(doc: Document) -> list[Document]:
    """One document per department of a table whose blocks open with a heading row "部门：某局" that prints no
    figures (its 小计 row below its lines is its whole): each block's lines are that department's, the lines
    under no heading (the table's 合计) the place's the title names. [] when fewer than two such blocks."""
    owners = list(dict.fromkeys(o for f in doc.facts if (o := _section_owner(f))))
    if len(owners) < 2 or len({f.sheet for f in doc.facts if _section_owner(f)}) != 1:
        return []
    parts: dict[str, list[Fact]] = {owner: [] for owner in owners}
    own: list[Fact] = []
    for f in doc.facts:
        if owner := _section_owner(f):
            parts[owner].append(dataclasses.replace(f, section=""))
        else:
            own.append(f)
    return _documents_of(doc, own, parts)


def split_departments(doc: Document) -> list[Document]:
    """The document, and one document per department block when the table holds two blocks or more (of
    different departments, each on one sheet; the block's heading row printing its totals or none), or two
    departments or more in a column of their own each closed by its 小计 row, or per department a department
    column names without 小计 rows; else the document unchanged."""
    if columned := split_department_column(doc) or _split_headed_sections(doc):
        return columned
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
    return _documents_of(doc, own, parts)


def _documents_of(doc: Document, own: list[Fact], parts: dict[str, list[Fact]]) -> list[Document]:
    """A table split by its departments: the lines of none of them (the 合计 of them all) the place's the title
    names, never the preparer's (编制单位 宜都市财政局 drew the table up), then one document per department with
    its own lines; the file's warnings said once, on the first."""
    out = [dataclasses.replace(doc, department=place_of_title(doc.title) or doc.department, facts=own)] if own else []
    for owner, facts in parts.items():
        out.append(dataclasses.replace(doc, department=owner, facts=facts, issues=[], projects=[], units=[]))
    if out and out[0].department != doc.department:
        out[0].issues = list(doc.issues)  # the file's warnings are said once
    return out


# The head of a column naming each row's department (部门名称 | 项目名称 … of a city's 部门项目支出预算表, 主管部门 of a
# 绩效监控表, 部门（单位）名称 of a 政府购买服务预算表).
_DEPARTMENT_HEAD = re.compile(r"^(?:主管|预算)?部门(?:[（(]单位[）)])?(?:名称)?$")
# The head of the rows' own labels when they are the departments' items (项目名称), not their units (单位名称)
_UNIT_HEAD = re.compile(r"^单位(?:名称)?$")
# "浏阳市教育局小计", "教育局 小计": a department's subtotal row, its name in the department column.
_SUBTOTAL = re.compile(r"^(\S.*?)\s*(?:部门)?小\s*计$")
_ANY_SUBTOTAL = re.compile(r"小\s*计$")


def _column_owner(f: Fact) -> tuple[str, bool]:
    """The organisation a fact's row names in the table's department column, and whether the row is its 小计 (the
    name with "小计" after it, or "小计" the next label); ("", False) else."""
    if not f.row or not f.row_heads or not _DEPARTMENT_HEAD.match(re.sub(r"\s", "", f.row_heads[0])):
        return "", False
    head = f.row[0].strip()
    if (m := _SUBTOTAL.match(head)) and _ORGANISATION.search(m.group(1)):
        return m.group(1), len(f.row) == 1
    if not _ORGANISATION.search(head):
        return "", False
    return head, len(f.row) >= 2 and f.row[1].strip() in ("小计", "合计")


def _subtotal_blocks(owned: list[tuple[Fact, str, bool]]) -> dict[tuple[str, int], str] | None:
    """Each line's department by the 小计 rows: the department a row names when it is one a 小计 row names; else
    (a unit of it: 不动产登记服务中心 among 自然资源和规划局's rows) the department whose 小计 opens the row's block
    when the table prints each 小计 above its rows, or closes it when below. None when a line falls in no block."""
    subtotals = sorted({(f.sheet, f.line, owner) for f, owner, sub in owned if sub})
    closed = {owner for _, _, owner in subtotals}
    first: dict[str, int] = {}
    for f, owner, sub in owned:
        if owner in closed and not sub:
            first[owner] = min(first.get(owner, f.line), f.line)
    above = sum(line < first[o] for _, line, o in subtotals if o in first) * 2 > len(first)
    out: dict[tuple[str, int], str] = {}
    for f, owner, sub in owned:
        if not owner or sub or owner in closed:
            continue
        on_sheet = [(line, o) for sheet, line, o in subtotals if sheet == f.sheet]
        block = [o for line, o in on_sheet if line < f.line][-1:] if above else \
            [o for line, o in on_sheet if line > f.line][:1]
        if not block:
            return None
        out[(f.sheet, f.line)] = block[0]
    return out


def split_department_column(doc: Document) -> list[Document]:
    """One document per department of a table whose first row label is each row's department (a column headed
    部门名称, 主管部门, 部门（单位）名称): its rows are that department's items (projects, purchased services, funds; the
    department's name taken off their labels), and its 小计 row, printed above its rows or below them, its whole;
    a unit's row in a department's block (its name kept on its row) is the department's. What is no department's
    (the table's 合计) is the place's. [] when the table is not of that shape (two departments at least); a table
    of departments' units (部门名称 | 单位名称, read by dept_units.py) stays the place's, and so does a table with
    no 小计 rows whose title names a department (建宁县财政局…评价结果表: the projects it evaluated)."""
    owned = [(f, *_column_owner(f)) for f in doc.facts]
    lines = [f for f, owner, sub in owned if owner and not sub]
    if not lines or any(_UNIT_HEAD.match(re.sub(r"\s", "", f.row_heads[-1])) for f in lines):
        return []
    if any(sub for _, _, sub in owned):
        blocks = _subtotal_blocks(owned)
        if blocks is None or len({o for _, o, sub in owned if sub}) < 2:
            return []
        of = {id(f): blocks.get((f.sheet, f.line), owner) for f, owner, sub in owned if owner}
    else:
        if any(_ANY_SUBTOTAL.search(label) for f in doc.facts for label in f.row) \
                or department_from_title(doc.title) or any(len(f.row) < 2 for f in lines):
            return []
        of = {id(f): owner for f, owner, _ in owned if owner}
    departments = list(dict.fromkeys(of.values()))
    if len(departments) < 2:
        return []
    # A column naming a department's units too (不动产登记服务中心 among 自然资源和规划局's rows): the column is each
    # row's unit, kept on every row (as a 单位名称 column is); else the department's name is taken off its rows.
    units = any(of[id(f)] != owner for f, owner, sub in owned if owner and not sub)
    parts: dict[str, list[Fact]] = {owner: [] for owner in departments}
    own: list[Fact] = []
    for f, owner, subtotal in owned:
        if not owner:
            own.append(f)
        elif subtotal:  # the department's 小计: its whole, what its lines add up to
            parts[owner].append(dataclasses.replace(f, row=("小计",), row_heads=()))
        elif units:
            parts[of[id(f)]].append(f)
        else:
            parts[owner].append(dataclasses.replace(f, row=f.row[1:], row_heads=f.row_heads[1:]))
    place = title_place(doc.title)
    # "2024年德清县政府购买服务预算表": the kind is 政府购买服务预算表 for each department, the place not repeated
    form = doc.form.removeprefix(place) if place and len(doc.form) > len(place) + 2 else doc.form
    out = [dataclasses.replace(doc, department=place or doc.department, form=form, facts=own)] if own else []
    for owner, facts in parts.items():
        out.append(dataclasses.replace(doc, department=owner, form=form, facts=facts, issues=[], projects=[],
                                       units=[]))
    if out and out[0].department != doc.department:
        out[0].issues = list(doc.issues)  # the file's warnings are said once
    return out


# A sheet's name that is an organisation's ("教育局", "县卫健委", "农业农村局"): whose table the sheet is when its
# title and its lines name none.
_SHEET_ORGANISATION = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}$")


def _sheet_owner(sheet: str, reading: GridReading) -> str:
    """The department a sheet's table is of: the organisation its title names, else its 部门名称 / 编制单位 line,
    else its 部门名称 row, else the sheet's own name when that is an organisation's; "" when it names none."""
    if owner := department_from_title(reading.title) or reading.department:
        return owner
    if labelled := labelled_department(reading.facts):
        return labelled[0]
    name = re.sub(r"\s", "", sheet)
    return name if _SHEET_ORGANISATION.match(name) and _ORGANISATION.search(name) else ""


def _same_owner(a: str, b: str) -> bool:
    """One organisation named with or without its place ("桐庐县教育局", "教育局")."""
    return a.endswith(b) or b.endswith(a)


def _sheet_groups(readings: list[tuple[str, GridReading]]) -> list[tuple[str, list[GridReading]]]:
    """The sheets by the department each is of, in the workbook's order (those naming none under "")."""
    groups: list[tuple[str, list[GridReading]]] = []
    for sheet, reading in readings:
        owner = _sheet_owner(sheet, reading)
        group = next((g for g in groups if owner and g[0] and _same_owner(g[0], owner) or g[0] == owner), None)
        if group is None:
            groups.append((owner, [reading]))
        else:
            group[1].append(reading)
    return groups


def read_departments(path: str, wb) -> list[Document]:
    """A workbook of general tables: one document per department when its sheets are two departments' or more
    (each sheet naming its own), else one document of all its sheets. A department named by its sheet alone
    ("教育局") takes the place the titles name ("桐庐县2025年部门三公经费预算表" → 桐庐县教育局)."""
    readings = general_readings(wb)
    groups = _sheet_groups(readings)
    if sum(1 for owner, _ in groups if owner) < 2:
        return [general_document(path, [r for _, r in readings])]
    place = next((p for _, r in readings if (p := title_place(r.title))), "")
    docs = []
    for owner, group in groups:
        named = place + owner if owner and place and not owner.startswith(place) \
            and not any(department_from_title(r.title) or r.department for r in group) else owner
        docs.append(general_document(path, group, named))
    for doc in docs[1:]:
        doc.issues = []  # the file's warnings are said once
    return docs
