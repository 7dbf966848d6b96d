"""Questions across the periods of one line of a table of months or quarters: "哪几个月实际超过预算",
"哪个月差异最大", "10月比9月多多少". The periods are a table's columns ("1月 › 预算", "1月 › 实际") or its rows
("1月", "2月" with 预算, 实际 beside them); each line's figures are read period by period."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from bot.answer import compose
from bot.answer.facts.index import FactIndex
from bot.answer.facts.question import FactAnswer, _departments_in
from bot.answer.facts.values import _cite, _shown
from bot.answer.facts.words import PERIODS_LONGEST_FIRST, _is_total, fmt_number, label_key, months_as_digits
from bot.language.normalize import compact, normalize
from bot.store import queries as query

# One period as a label prints it: a month ("1月", "10月份") or a quarter ("第一季度", "二季度").
_PERIOD_LABEL = re.compile(r"(\d{1,2})月份?|(?:第)?([一二三四1-4])季度")
# Which periods are asked ("哪几个月", "哪个月", "哪些月份", "几月份", "哪个季度").
_WHICH_PERIOD = re.compile(r"哪(?:几|些|一)?个?(?:月份?|季度)|几月份?")
# A comparison with another of the line's figures or a number ("超过预算", "低于100%").
_COMPARED = re.compile(r"(?P<op>超过了?|超出了?|高于|大于|多于|超|低于|少于|小于|不到|不足|未达到|没达到)"
                       r"(?P<target>-?\d+(?:\.\d+)?[%％]?|[\u4e00-\u9fff]{1,6})")
_ABOVE = ("超过", "超出", "高于", "大于", "多于", "超")
# The largest or the smallest asked ("最多", "最大", "最高" / "最少", "最小", "最低").
_MOST = re.compile(r"最(?:多|大|高)")
_LEAST = re.compile(r"最(?:少|小|低)")
# Two periods compared ("10月比9月多多少", "9月和10月差多少").
_TWO_PERIODS = re.compile(r"(?<![\d-])(\d{1,2})月(?:份)?(?:比|较|和|与|跟)(\d{1,2})月(?:份)?")
_DIFF_ASKED = re.compile(r"多(?:多少|了多少)|少(?:多少|了多少)|差(?:多少|额)|增加|减少|相差|变化")
_CN_QUARTERS = "一二三四"


@dataclass
class _Line:
    """One line of a table over its periods: each measure (实际, 预算) by period, in the table's order."""
    names: tuple[str, ...]
    cells: dict[str, dict[str, dict]] = field(default_factory=lambda: defaultdict(dict))
    order: list[str] = field(default_factory=list)


def _period_of(labels: list[str]) -> tuple[int, str] | None:
    """Which of a fact's labels is a period, and that period as said in answers ("4月", "第二季度")."""
    for i, x in enumerate(labels):
        m = _PERIOD_LABEL.fullmatch(label_key(x))
        if m:
            return i, f"{int(m[1])}月" if m[1] else f"第{_CN_QUARTERS[int(m[2]) - 1] if m[2].isdigit() else m[2]}季度"
    return None


def _lines(idx: FactIndex, doc: int) -> dict[tuple[str, ...], _Line]:
    """A table's lines over its periods (none when it prints no period as a column or a row)."""
    held = idx.__dict__.setdefault("_period_lines", {})
    if doc in held:
        return held[doc]
    lines: dict[tuple[str, ...], _Line] = {}
    if not any(_PERIOD_LABEL.fullmatch(k) for k in idx.doc_keys.get(doc, ())):
        held[doc] = lines  # (no label of the table is a period: its facts are not read)
        return lines
    for f in idx.facts(list(idx.docs[doc].facts), copied=False):
        if f["number"] is None:
            continue
        rows = [x for x in (f["row_labels"] or "").split(query.FACT_SEP) if x]
        cols = [x for x in (f["col_labels"] or "").split(query.FACT_SEP) if x]
        if (p := _period_of(cols)) is not None:
            measure = "".join(label_key(c) for i, c in enumerate(cols) if i != p[0])
            names = tuple(label_key(r) for r in rows)
        elif (p := _period_of(rows)) is not None:
            measure = "".join(label_key(c) for c in cols)
            names = tuple(label_key(r) for i, r in enumerate(rows) if i != p[0])
        else:
            continue
        line = lines.setdefault(names, _Line(names))
        line.cells[measure].setdefault(p[1], f)
        if p[1] not in line.order:
            line.order.append(p[1])
    held[doc] = lines
    return lines


def _line_said(text: str, lines: dict[tuple[str, ...], _Line], named: bool) -> _Line | None:
    """The line the question names: its own label said (with its group's, 项目支出 of 项目支出小计, counting for
    it); a table of one line needs none when its department is named. None when none is said or two lines are
    said alike."""
    if len(lines) == 1 and named:
        return next(iter(lines.values()))
    scored = []
    for names, line in lines.items():
        if not names or not names[-1] or names[-1] not in text:
            continue
        scored.append((sum(len(n) for n in names if n and n in text), line))
    if not scored:
        return None
    best = max(s for s, _ in scored)
    top = [line for s, line in scored if s == best]
    return top[0] if len(top) == 1 else None


def _measures_said(text: str, line: _Line) -> list[str]:
    """The line's measures the question says, in the order said (差异率 before its 差异)."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for m in sorted((m for m in line.cells if m), key=len, reverse=True):
        at = text.find(m)
        if at >= 0 and not any(s < at + len(m) and at < e for s, e in taken):
            taken.append((at, at + len(m)))
            found.append((at, m))
    return [m for _, m in sorted(found)]


def answer(idx: FactIndex, question: str) -> FactAnswer | None:
    """The answer to a question across a line's periods; None when the question is not one."""
    text = months_as_digits(compact(normalize(question)), idx.label_text)
    which = _WHICH_PERIOD.search(text)
    two = _TWO_PERIODS.search(text)
    span = next(((m, months) for words, months in PERIODS_LONGEST_FIRST if (m := re.search(words, text))), None)
    if which is None and span is None and (two is None or not _DIFF_ASKED.search(text[two.end():])):
        return None
    depts = _departments_in(text, idx)
    docs = [d for dept in depts for d in idx.dept_docs.get(dept, ())] if depts else list(idx.docs)
    found = [(d, line) for d in docs if (lines := _lines(idx, d)) and (line := _line_said(text, lines, bool(depts))) is not None]
    if len(found) != 1:
        return None
    line = found[0][1]
    said = _measures_said(text, line)
    if which is None and span is not None:
        if any(span[0].group() in k for k in idx.doc_keys.get(found[0][0], ())):
            return None  # (the table prints that period's column: it is read as printed)
        return _months_added(idx, line, said, span[0].group(), span[1])
    if two is not None and which is None:
        return _two_periods(idx, line, said, f"{int(two[1])}月", f"{int(two[2])}月")
    return _which_periods(idx, text, line, said)


def _line_name(line: _Line) -> str:
    """A line as answers name it: its own label, with its group's before a 小计 (项目支出小计)."""
    names = [n for n in line.names if n]
    if not names:
        return ""
    return names[-2] + names[-1] if len(names) >= 2 and _is_total(names[-1]) else names[-1]


def _default_measure(line: _Line) -> str:
    """The figure of a period when none is said: what was spent (实际), else the line's only measure."""
    return next((m for m in ("实际", "实际数", "执行数", "支出") if m in line.cells), "") or \
        (next(iter(line.cells)) if len(line.cells) == 1 else "")


def _which_periods(idx: FactIndex, text: str, line: _Line, said: list[str]) -> FactAnswer | None:
    """The periods meeting a comparison ("实际超过预算", "差异率超过100%") or the largest (smallest) one."""
    name = _line_name(line) or "各月"
    compared = _COMPARED.search(text)
    if compared is not None:
        target = compared["target"]
        other = next((m for m in said if target.startswith(m)), "")
        number = float(target.rstrip("%％")) if re.fullmatch(r"-?\d+(?:\.\d+)?[%％]?", target) else None
        if not other and number is None:
            return None
        first = next((m for m in said if m != other), "") or _default_measure(line)
        if not first or first not in line.cells:
            return None
        above = compared["op"].rstrip("了") in _ABOVE
        percent = any(f["unit"] == "%" for f in line.cells[first].values())  # (normalize drops the sign said)
        bound = other or target.rstrip("%％") + ("%" if percent else "")
        return _meeting(idx, line, name, first, other, number, above, compared["op"].rstrip("了") + bound)
    most, least = _MOST.search(text), _LEAST.search(text)
    if most is None and least is None:
        return None
    measure = said[0] if said else _default_measure(line)
    cells = line.cells.get(measure, {})
    if len(cells) < 2:
        return None
    key = max if most is not None else min
    best = key(f["number"] for f in cells.values())
    top = [p for p in line.order if p in cells and cells[p]["number"] == best]
    facts = [cells[p] for p in top]
    word = (most or least).group()  # type: ignore[union-attr]
    return FactAnswer("answered", compose.period_extreme(word, name, measure, top, _shown(facts[0]), len(cells))
                      + _cite(idx, facts), facts)


def _meeting(idx: FactIndex, line: _Line, name: str, first: str, other: str, number: float | None,
             above: bool, said: str) -> FactAnswer | None:
    """The periods whose first measure is above (below) the other measure or the number said."""
    cells, against = line.cells[first], line.cells.get(other, {})
    if other and not against:
        return None
    meet, shown = [], []
    for p in line.order:
        f = cells.get(p)
        g = against.get(p) if other else None
        if f is None or other and g is None:
            continue
        bound = g["number"] if g is not None else number
        if bound is None or not (f["number"] > bound if above else f["number"] < bound):
            continue
        meet.append(compose.period_compared(p, first, _shown(f), other, _shown(g) if g is not None else ""))
        shown += [f] + ([g] if g is not None else [])
    condition = f"{first}{said}"
    if not meet:
        return FactAnswer("answered", compose.no_period_meets(name, condition, len(cells)) + _cite(idx, list(cells.values())[:1]),
                          list(cells.values())[:1])
    return FactAnswer("answered", compose.periods_meeting(name, condition, meet, len(cells)) + _cite(idx, shown), shown)


def _months_added(idx: FactIndex, line: _Line, said: list[str], word: str, months: tuple[int, ...]) -> FactAnswer | None:
    """"上半年实际多少", "一季度实际支出" of a line printed month by month (no column of that period): its months'
    figures added up. None when a month is missing or the figure is a rate (差异率 is never added)."""
    measure = said[0] if said else _default_measure(line)
    cells = line.cells.get(measure, {})
    facts = [cells.get(f"{m}月") for m in months]
    if not cells or any(f is None for f in facts) or any(f["unit"] == "%" for f in cells.values()):
        return None
    used = [f for f in facts if f is not None]
    total = fmt_number(round(sum(f["number"] for f in used), 2))
    return FactAnswer("answered", compose.months_added(_line_name(line), word, f"{months[0]}-{months[-1]}月", measure,
                                                       [(f"{m}月", fmt_number(f["number"])) for m, f in zip(months, used, strict=True)],
                                                       total, used[0]["unit"] or "") + _cite(idx, used), used,
                      total=(float(total), used[0]["unit"] or ""))


def _two_periods(idx: FactIndex, line: _Line, said: list[str], a: str, b: str) -> FactAnswer | None:
    """"10月比9月多多少": the line's figure of one period less that of the other."""
    measure = said[0] if said else _default_measure(line)
    cells = line.cells.get(measure, {})
    if a not in cells or b not in cells:
        return None
    fa, fb = cells[a], cells[b]
    name = _line_name(line)
    diff = fmt_number(round(fa["number"] - fb["number"], 2))
    return FactAnswer("answered", compose.periods_difference(name, measure, (a, _shown(fa)), (b, _shown(fb)), diff,
                                                             fa["unit"] or "") + _cite(idx, [fa, fb]), [fa, fb])


# A column group of one period: a month, a quarter, a span of months or their running total ("1-10月累计").
_PERIOD_GROUP = re.compile(r"(?:\d{1,2}[-至到])?\d{1,2}月份?(?:累计)?|(?:第)?[一二三四1-4]季度|[上下]半年|累计")


def of_the_period_asked(facts: list[dict], text: str, done: tuple[str, ...], plan: tuple[str, ...]) -> list[dict]:
    """A row's figures of one period group when its columns print each period's plan and what was done
    ("1月 › 预算", "1月 › 实际", …, "1-10月累计 › 实际"): the group the question says ("10月", "1-10月累计"), else
    the running total — a rate is of one period's two figures, never one month's 实际 over another's 预算. The
    facts as they are when the row prints no such groups."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for f in facts:
        cols = [label_key(x) for x in (f["col_labels"] or "").split(query.FACT_SEP) if x]
        if len(cols) >= 2 and _PERIOD_GROUP.fullmatch(cols[0]):
            groups[cols[0]].append(f)
    whole = [g for g, fs in groups.items() if any(w in (f["col_labels"] or "") for f in fs for w in done)
             and any(w in (f["col_labels"] or "") for f in fs for w in plan)]
    if len(whole) < 2:
        return facts
    said = [g for g in whole if g in text]
    group = max(said, key=len) if said else next((g for g in whole if "累计" in g), "")
    return groups[group] if group else facts
