"""Compose short Chinese answers from query rows: amounts with their unit, names, and where they come from."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence

from bot.language.normalize import format_amount
from bot.model import AMOUNT_LABELS

SOURCE_COLUMNS = ("fiscal_appropriation", "special_account", "other")


DEFAULT_FORM = "项目支出绩效目标表"


def table_name(department: str, form: str | None = None, year: int | None = None) -> str:
    """"湛江市人力资源和社会保障局2024年部门整体预算绩效目标表": whose table, of which year, of what kind."""
    return f"{department}{f'{year}年' if year else ''}{form or DEFAULT_FORM}"


def source_text(row) -> str:
    """Where a row comes from, as a person finds it: the file as loaded, the line, and whose table it is."""
    keys = row.keys()
    file_name = row["file_name"] if "file_name" in keys else ""
    line = row["line"] if "line" in keys else None
    table = table_name(row["department_name"], row["form"] if "form" in keys else None,
                       row["year"] if "year" in keys else None)
    place = " ".join(p for p in (file_name or "", f"第{line}行" if line else "") if p)
    return f"{place}，{table}" if place else table


def source_note(row) -> str:
    """The citation closing an answer line: （来源：file 第N行，department year form）."""
    return f"（来源：{source_text(row)}）"


def money(row: sqlite3.Row | dict, column: str = "total") -> str:
    return format_amount(row[column], _unit(row))


def _unit(row) -> str:
    try:
        return row["money_unit"] or "万元"
    except (IndexError, KeyError):
        return "万元"


def amount_line(row: sqlite3.Row, with_sources: bool = True) -> str:
    """"信访工作经费：总计 60.00万元（财政拨款 60.00万元）"."""
    text = f"{row['name']}：总计 {money(row)}"
    if with_sources:
        parts = [f"{AMOUNT_LABELS[c]} {money(row, c)}" for c in SOURCE_COLUMNS if row[c] is not None]
        if parts:
            text += "（" + "，".join(parts) + "）"
    return text


def sources_text(row: sqlite3.Row, asked: str | None = None) -> str:
    """All four columns, saying plainly which are blank in the table."""
    lines = [f"{row['name']} 的资金来源："]
    for c in SOURCE_COLUMNS:
        value = row[c]
        shown = money(row, c) if value is not None else "未列（0）"
        marker = "◆ " if asked == c else "· "
        lines.append(f"{marker}{AMOUNT_LABELS[c]}：{shown}")
    lines.append(f"· 总计：{money(row)}")
    return "\n".join(lines)


def indicator_line(row: sqlite3.Row, value_kind: str | None = None, numbered: int | None = None) -> str:
    """One indicator with its category and the value(s) asked for."""
    head = f"{numbered}. " if numbered is not None else ""
    category = f"［{row['level1']}/{row['level2']}］" if row["level2"] else f"［{row['level1']}］"
    if value_kind == "period":
        value = f"实施周期指标值：{row['period_value'] or '（空）'}"
    elif value_kind == "annual":
        value = f"年度指标值：{row['annual_value'] or '（空）'}"
    elif not row["period_value"]:
        value = f"指标值：{row['annual_value'] or '（空）'}"  # layouts with one value per indicator
    elif row["period_value"] == row["annual_value"]:
        value = f"指标值：{row['annual_value'] or '（空）'}（实施周期与年度相同）"
    else:
        value = f"实施周期指标值：{row['period_value'] or '（空）'}；年度指标值：{row['annual_value'] or '（空）'}"
    actual = f"；全年完成值：{row['actual_value']}" if row["actual_value"] else ""
    return f"{head}{row['name']}{category}：{value}{actual}"


def grouped_indicators(
    rows: Sequence[sqlite3.Row], value_kind: str | None = None, numbering: Iterable[int] | None = None
) -> str:
    """Indicators grouped by project (project and department named once per group)."""
    out: list[str] = []
    current = None
    numbers = iter(numbering) if numbering is not None else None
    for row in rows:
        key = (row["project_id"])
        if key != current:
            current = key
            out.append(f"【{row['project_name']}】（{row['department_name']}）")
        out.append("  " + indicator_line(row, value_kind, next(numbers) if numbers else None))
    return "\n".join(out)


def project_list(rows: Sequence[sqlite3.Row], numbered: bool = True, show_department: bool = False) -> str:
    lines = []
    for k, row in enumerate(rows, start=1):
        dept = f"（{row['department_name']}）" if show_department else ""
        lines.append(f"{k}. {row['name']}{dept}：{money(row)}" if numbered else f"{row['name']}{dept}：{money(row)}")
    return "\n".join(lines)


def percent(part: float, whole: float) -> str:
    return f"{part / whole * 100:.2f}%" if whole else "—"


_TARGET = re.compile(r"^\s*(≥|≤|>=|<=|>|<|=)?\s*(\d+(?:\.\d+)?)\s*(%|[^\d\s]*)\s*$")


def reached(target: str, actual: str) -> bool | None:
    """Did the actual value (全年完成值) reach the target ("≥90%" vs "88%")? None when not numeric."""
    t, a = _TARGET.match(target or ""), _TARGET.match(actual or "")
    if not t or not a or (a.group(1) or "") not in ("", "="):
        return None if (target or "").strip() != (actual or "").strip() else True
    if t.group(3) != a.group(3):
        return None  # different units: a person should look
    goal, got = float(t.group(2)), float(a.group(2))
    op = {">=": "≥", "<=": "≤"}.get(t.group(1) or "=", t.group(1) or "=")
    return {"≥": got >= goal, "≤": got <= goal, ">": got > goal, "<": got < goal, "=": got == goal}[op]


def not_its_indicator(where: str, phrase: str, owners: str) -> str:
    """The named project has no such indicator; say whose it is instead of answering with it."""
    return f"{where}没有“{phrase}”这个指标（“{phrase}”是{owners}的指标）。"


def unknown_text(reason: str, suggestions: list[str]) -> str:
    """What was not understood, then what could be asked instead: two lines."""
    if suggestions:
        return f"{reason}\n您是不是想问：" + "；".join(f"{k}. {q}" for k, q in enumerate(suggestions, start=1))
    return f"{reason}\n可以问项目的经费、绩效目标、绩效指标及指标值，发送“帮助”查看示例。"


def ask_amount(project: str) -> str:
    return f"{project}多少" if project.endswith(("经费", "资金", "费")) else f"{project}的经费多少"


def ask_indicator(indicator: str) -> str:
    return f"{indicator}的指标值"


_SMALLTALK = {
    "greet": "您好！可以直接问项目的经费、绩效目标、绩效指标，例如“哪个项目经费最多”；发送“帮助”查看示例。",
    "thanks": "不客气！还有问题随时问我。",
    "ack": "好的。还有问题可以继续问我。",
}


def smalltalk(kind: str) -> str:
    """A short friendly reply to a greeting, thanks or an acknowledgement."""
    return _SMALLTALK[kind]


def content_matches(words: list[str], matches: list[tuple[sqlite3.Row, str]]) -> str:
    """Projects found by what their texts say, each with the sentence that matched."""
    head = f"与“{'、'.join(words)}”有关的项目" + (f"（{len(matches)} 个）：" if len(matches) > 1 else "：")
    lines = [head]
    for k, (row, sentence) in enumerate(matches, start=1):
        num = f"{k}. " if len(matches) > 1 else ""
        lines.append(f"{num}{row['name']}（{row['department_name']}）：{money(row)}；表中写的是：{sentence}"
                     + source_note(row))
    return "\n".join(lines)


def projects_with(category: str, lacking: bool, rows: Sequence[sqlite3.Row], of: int) -> str:
    """Projects that have (or have not) indicators of a category."""
    verb = "没有" if lacking else "设有"
    what = category if category.endswith("指标") else f"{category}类指标"
    if not rows:
        return f"{of} 个项目都{'设有' if lacking else '没有'}{what}。"
    return f"{verb}{what}的项目（{len(rows)} 个，共 {of} 个项目）：\n{project_list(rows)}"


def modifier_not_held(words: list[str]) -> str:
    said = "、".join(f"“{w}”" for w in dict.fromkeys(words))
    return f"表中没有{said}这样的数据（只有本年度各项目的预算、指标和目标），无法按{said}回答。"


def year_not_held(years: list[int], held: list[int]) -> str:
    asked = "、".join(f"{y}年" for y in years)
    if held:
        return f"知识库里没有{asked}的数据（已加载的表是{'、'.join(f'{y}年' for y in held)}的）。"
    return f"知识库里没有{asked}的数据（已加载的表未注明年度，无法确认是{asked}的）。"


def goal_sentence(row, sentence: str) -> str:
    """One sentence of a project's goal that answers the question, with where it is."""
    return (f"{row['name']}的绩效目标中写的是：{sentence.strip()}"
            + source_note(row))


def department_part(department: str, text: str) -> str:
    """One department's part of an answer given for every department."""
    return f"【{department}】\n{text}"


_NUMBERED = re.compile(r"^(\s*)(\d+)\. ", re.M)


def renumbered(text: str, offset: int, listed: int) -> tuple[str, int]:
    """Shift an answer's numbered lines by offset, when they number exactly the `listed` items it
    keeps for follow-ups; returns the text and how many items it numbers (0 when not numbered so)."""
    if not listed or len(_NUMBERED.findall(text)) != listed:
        return text, 0
    return _NUMBERED.sub(lambda m: f"{m.group(1)}{int(m.group(2)) + offset}. ", text), listed


def department_ranking(order: list[tuple[str, float]], fewest: bool) -> str:
    """Departments by their tables' totals, the first named."""
    head, value = order[0]
    word = "最少" if fewest else "最多"
    lines = [f"项目经费{word}的部门是{head}：{format_amount(value)}。"]
    lines += [f"· {name}：{format_amount(v)}" for name, v in order]
    return "\n".join(lines)


def not_a_count(indicator: str, value: str | None, unit: str) -> str:
    return f"表中“{indicator}”的指标值是{value or '（空）'}，不是以“{unit}”计的数量。"


def not_an_amount(indicator: str, value: str | None) -> str:
    return f"表中“{indicator}”是绩效指标，指标值是{value or '（空）'}，不是金额。"


def project_owner(row) -> str:
    """Which department a project belongs to, and the unit that carries it out when the table names one."""
    unit = row["unit_name"]
    text = f"{row['name']}属于{row['department_name']}"
    if unit and unit != row["department_name"]:
        text += f"，实施（资金使用）单位是{unit}"
    return text + "。"


def field_not_held(words: list[str]) -> str:
    said = "、".join(f"“{w}”" for w in dict.fromkeys(words))
    return f"知识库没有记录{said}（只有项目的预算、绩效目标、指标及指标值）。"


def reached_line(row) -> str:
    """Whether one indicator's 全年完成值 reached its target."""
    verdict = reached(row["annual_value"], row["actual_value"])
    said = {True: "已完成", False: "未完成", None: "需人工判断"}[verdict]
    return f"{row['name']}：目标 {row['annual_value'] or '（空）'}，完成 {row['actual_value']}，{said}。"


def not_in_texts(project: str) -> str:
    return f"表中{project}只有预算、绩效目标和指标，没有写到这一点。"


def cannot_rank_by(category: str) -> str:
    return f"{category}的指标值多为文字或百分比，无法据此给项目排名；可以问“{category}有哪些”。"


def grand_total(value: float, unit: str = "万元") -> str:
    return f"各部门合计：{format_amount(value, unit)}"


def department_spending(doc, lines: Sequence, asked: Sequence) -> str:
    """A department-level table's own spending lines (部门预算支出: 基本支出, 项目支出 …), never the sum of
    its 年度重点工作任务: the lines asked for ("项目支出"), or all of them with their sum and the income
    side. doc is the document row; lines and asked are fact rows (asked ⊆ lines)."""
    unit = doc["unit"] or "万元"
    name = doc["department_name"]
    if asked:
        text = "；".join(f"{name}{r['row_labels']} {format_amount(r['number'], r['unit'] or unit)}" for r in asked)
        shown = list(asked)
    else:
        total = sum(r["number"] for r in lines)
        parts = " + ".join(f"{r['row_labels']} {format_amount(r['number'], r['unit'] or unit)}" for r in lines)
        text = f"{name}部门预算支出 {format_amount(total, unit)}" + (f"：{parts}" if len(lines) > 1 else "")
        income = [f"{AMOUNT_LABELS[c]} {format_amount(doc[c], unit)}" for c in SOURCE_COLUMNS if doc[c] is not None]
        if income:
            text += "（收入来源：" + "，".join(income) + "）"
        shown = list(lines)
    rows = sorted({r["line"] for r in shown})
    place = f"{doc['file_name']} {shown[0]['sheet'] + ' ' if shown[0]['sheet'] else ''}" \
            f"第{'、'.join(str(x) for x in rows)}行"
    return f"{text}。（来源：{place}，{table_name(name, doc['form'], doc['year'])}）"


def help_candidates(projects: Sequence[str], indicator: str | None, categories: Sequence[str]) -> list[list[str]]:
    """Example questions for 帮助, one list a line, made from the loaded tables' own names: projects by
    amount (largest first), an indicator and indicator categories. The caller keeps only those the
    knowledge base answers."""
    p = projects[0] if projects else None
    q = projects[1] if len(projects) > 1 else None
    cat = categories[0] if categories else None
    ask = p and (f"{p}多少" if p.endswith(("经费", "资金", "费")) else f"{p}经费多少")
    lines: list[list[str | None]] = [
        [ask, q and f"{q}的资金来源"],
        [p and f"{p}的绩效目标是什么"],
        [cat and f"{cat}有哪些", p and cat and f"{p}的{cat}"],
        [indicator and f"{indicator}的目标值"],
        [q and "哪个项目经费最多", p and "有哪些项目"],
        [q and f"{p}和{q}哪个经费多", q and f"{p}占比多少"],
        [p and "一共有几个项目", cat and f"{cat}有几个"],
    ]
    return [[x for x in line if x] for line in lines if any(line)]


def help_text(tables: Sequence[str], examples: Sequence[Sequence[str]], follow_up: str | None) -> str:
    """帮助: whose tables are loaded, example questions that the loaded tables answer, how to follow up."""
    if not tables:
        return "知识库里还没有加载任何表格。请管理员上传或加载表格后再提问。"
    named = "、".join(tables[:3]) + (f"等 {len(tables)} 份表" if len(tables) > 3 else "")
    lines = [f"我可以回答{named}里的问题，例如："]
    lines += ["· " + " / ".join(line) for line in examples]
    lines.append(f"追问可以直接说“它的指标呢”“那{follow_up}呢”。" if follow_up else "追问可以直接说“它的指标呢”。")
    return "\n".join(lines)
