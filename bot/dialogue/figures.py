"""The figures a conversation has shown, and what a follow-up may do with them.

Each answered turn leaves its one figure (label, value, unit, department) in the session; a follow-up
that only says how to combine the last two ("两者差多少", "这两个加起来", "超了多少", "增长率", "执行率呢")
is answered from them, with the arithmetic shown. And a follow-up that names no department is never
answered from a department outside the conversation (the safety net under carrying the department on)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from bot.answer import compose
from bot.dialogue.session import Session
from bot.dialogue.values import ANSWERED, CLARIFY, NAMESAKES_ASKED, UNKNOWN, Answer
from bot.language import lazyre as re
from bot.language import ordinals
from bot.language.lexicon import department_forms
from bot.language.normalize import LAST_YEAR_COLUMN, compact, in_unit, ratio_said, said_spread, small_number
from bot.model import AMOUNT_LABELS

_SOURCE_LABELS = frozenset(label for column, label in AMOUNT_LABELS.items() if column != "total")

KEEP = 4  # turns remembered

# How a follow-up combines the two figures before it; checked in this order (longest words first).
_OPS: tuple[tuple[str, re.Pattern], ...] = (
    ("times", re.compile(r"(?:是)?(?:几|多少)倍")),
    ("average", re.compile(r"平均(?:每|一)?(?:个|位|名|人|户|项)?")),
    ("vacancy", re.compile(r"空编率|缺编率")),
    ("vacant", re.compile(r"空编(?:数)?(?:有)?(?:几个|多少)?|(?:还)?(?:空|缺)(?:了|出)?(?:几|多少)(?:个|人|名)?")),
    # 环比: the later period over the one before it, whatever the verb after it ("环比增长多少", "环比呢")
    ("growth_rate", re.compile(r"环比(?:增长|增加|上升|下降|减少|变化|变动)?(?:了)?(?:率|幅度|多少(?:个百分点)?|百分之几|几)?|"
                               r"增长率|增幅|涨幅|增长(?:了)?百分之几|增长(?:了)?多少(?:个)?百分点")),
    ("rate", re.compile(r"执行率|完成率|在编率|满编率|完成(?:了)?百分之几|执行(?:了)?百分之几")),
    # ("占三个部门合计的多少": 多少 / 几成 after the whole said after 占 asks the share, the join at 占)
    ("share", re.compile(r"占比|所占比例|比例|比重|占(?:了)?多少|百分之几|百分之多少|占[^占]{2,20}?的(?P<op>多少|几成)$")),
    ("change", re.compile(r"增长(?:了)?多少|增加(?:了)?多少|多(?:了|出)?多少|超(?:了|出|过)?多少|减少(?:了)?多少|"
                          r"下降(?:了)?多少|少(?:了)?多少|变化(?:了)?多少|增长了|增加了|超了|增减")),
    ("diff", re.compile(r"相差多少|差(?:了)?多少|相差|差额|差距|差值|差几")),
    ("sum", re.compile(r"加起来|加一起|加在一起|加到一起|加一块儿?|合起来|加总|一共|总共|合计|共计|之和|总和|总数")),
    # "哪个多", "谁高", "哪个贵": which of the two is the larger (the smaller), by how much
    ("more", re.compile(r"(?:哪个|哪一个|哪项|哪一项|谁)(?:的)?(?:更|比较|较)?(?:多|大|高|贵)(?:一些|一点|些)?")),
    ("fewer", re.compile(r"(?:哪个|哪一个|哪项|哪一项|谁)(?:的)?(?:更|比较|较)?(?:少|小|低|便宜)(?:一些|一点|些)?")),
)
# What else a combining follow-up may say: pointers at the two, filler, question words.
_REST = re.compile(r"(?:这|那)?两个项目|前者|后者|前一个|后一个|两者|二者|这两个|那两个|两个|这两项|两项|这俩|俩|它们|他们|这两|两|季度|数|"
                   r"(?<=几)个|(?<=几个)人|(?:个)?百分点|"
                   r"是|了|的|呢|吗|啊|一下|那么|那|这|再|算|请|帮我|帮忙|看看|看|给我|多少|几|是多少|呀|吧|么|"
                   r"[,，。？?！!、\s]")


# A question that says it is about a total ("系统核定编制总数"): its table's 合计 row is what it asks.
TOTAL_SAID = re.compile(r"合计|总计|总额|总数|总共|一共|全部|整体|总")

_POINTER = re.compile(r"两者|二者|这两|那两|这俩|它们|两个|两项")

# The departments' names by their first four characters (each with its place in the list), for the list last
# asked about: a name is looked for only where the text has its first four characters, not every name in turn.
# (One tuple, read and replaced whole: engines of two knowledge bases may ask at once.)
_NAMES_AT: list[tuple[tuple[str, ...], dict[str, list[tuple[int, str]]], list[tuple[int, str]]]] = [((), {}, [])]
_HEAD = 4  # characters: the place and the start of the bureau ("青岚区教", "茂名市人"), which few names share


def departments_in(departments: list[str], text: str) -> list[str]:
    """The departments whose names the text holds, in the order listed ([d for d in departments if d in
    text]), found from the text's own runs of four characters: a thousand names are not each searched for."""
    if len(departments) < 400:  # (a few hundred departments: searched for in turn is as quick)
        return _said_alone([d for d in departments if d in text], text)
    names = tuple(departments)
    kept, heads, short = _NAMES_AT[0]
    if names != kept:
        heads, short = {}, []
        for k, d in enumerate(names):
            if len(d) >= _HEAD:
                heads.setdefault(d[:_HEAD], []).append((k, d))
            else:
                short.append((k, d))  # (a short name, or none: looked for in turn)
        _NAMES_AT[0] = (names, heads, short)
    runs = {text[i:i + _HEAD] for i in range(len(text) - _HEAD + 1)}
    found = [at for run in runs & heads.keys() for at, d in heads[run] if d in text]
    found += [at for at, d in short if d in text]
    return _said_alone([names[k] for k in sorted(found)], text)


def _said_alone(found: list[str], text: str) -> list[str]:
    """The names found less a place's own (浏阳市, whose table's 合计 is loaded as the place's) said only inside a
    longer name found (浏阳市文化旅游广电体育局): that is the longer one's place, not a department of the text."""
    if len(found) < 2:
        return found
    return [d for d in found if not any(d != o and d in o for o in found)
            or text.count(d) > sum(text.count(o) for o in found if d != o and d in o)]


def first_department_in(departments: list[str], text: str) -> str:
    """The first department listed whose name the text holds, or "" (a place's name inside another found,
    醴陵市 of 醴陵市商务局, is that department's place: the longer one is the department)."""
    found = departments_in(departments, text)
    found = [d for d in found if not any(d != o and d in o for o in found)] or found
    return found[0] if found else ""


def remember(s: Session, answer: Answer, departments: list[str]) -> None:
    """The figure this turn showed (or none), kept for the next turns; the conversation's departments."""
    shown = answer.status == ANSWERED or answer.intent == NAMESAKES_ASKED  # (every value shown: its figures)
    figure = figure_of(answer, departments) if shown else (
        {"unanswered": True, "of_total": bool(TOTAL_SAID.search(compact(answer.question))), "asked": answer.question}
        if answer.status == UNKNOWN else None)
    if shown and _of_each_department(answer, departments):
        # one line per department: their figures (never the first department's line read as the answer's)
        figure = _each_department_line(answer, departments)
    elif figure is None and shown:
        figure = _line_said(answer, s.figures[-1] if s.figures else {}, departments) or line_items(answer, departments)
    if figure and "label" in figure:
        figure["asked"] = answer.question  # "2020年预算多少" → "前年的呢": asked again of another year
        if (year := _year_of(str(figure["label"]), answer)) is not None:
            figure["year"] = year  # a change between two answers runs from the earlier year to the later
    if answer.status == CLARIFY and not shown and answer.options and not set(answer.options) & set(departments):
        figure = {"asked_back": answer.question}  # (asked which line, not which department: "白云信访局呢" next)
    s.figures = [*s.figures[-(KEEP - 1):], figure or {}]


def _year_of(label: str, answer: Answer) -> int | None:
    """The year a figure is of: the one its label says ("2019年预算金额"), else the one the question said,
    else the year of the table its source names; None when none or several."""
    first = answer.text.splitlines()[0] if answer.text else ""
    source = compose.said_and_source(first)[1]
    for text in (label, answer.question, source):
        years = set(_YEAR_SAID.findall(text))
        if len(years) == 1:
            return int(years.pop())
        if years:
            return None
    return None


def line_items(answer: Answer, departments: list[str]) -> dict | None:
    """"财政供养人员数：737人；下属二级单位数：10个": the labelled figures of the answer's first line, kept
    so that a follow-up may set one over another ("平均每个二级单位多少人")."""
    first = compose.said_and_source(answer.text.splitlines()[0])[0] if answer.text else ""
    items = [m for part in re.split(r"[；;]", first) if (m := _LABELLED.match(part.strip()))]
    if len(items) < 2:
        return None
    return {"items": [{"label": m.group("label").strip(), "value": float(m.group("num")), "unit": m.group("unit") or ""}
                      for m in items], "department": first_department_in(departments, answer.text)}


def _of_each_department(answer: Answer, departments: list[str]) -> bool:
    """Whether the answer says one line for each of several departments, each line led by its name."""
    heads = [line.split("：", 1)[0] if "：" in line else None for line in (answer.text or "").splitlines() if line.strip()]
    if len(heads) < 2 or None in heads:
        return False  # (most answers: no set of a thousand departments' names built)
    names = set(departments)  # (a set: a thousand departments are loaded, each line is looked up once)
    return all(head in names for head in heads) and len(set(heads)) == len(heads)


def _each_department_line(answer: Answer, departments: list[str]) -> dict | None:
    """"普陀两个单位的住房公积金": one line per department, each "部门：label：figure" — the departments' figures,
    kept as a list that "加起来" adds up (each said with its department); None unless every line is such, of
    another department each, in one unit."""
    items, units, seen = [], set(), set()
    for line in answer.text.splitlines() if answer.text else ():
        said = compose.said_and_source(line)[0].strip()
        dept = head if "：" in said and (head := said.split("：", 1)[0]) in departments else None
        m = _LABELLED.match(said[len(dept) + 1:].strip()) if dept else None
        if dept is None or m is None or dept in seen or re.search(r"[+÷×=；;]", said):
            return None
        seen.add(dept)
        units.add(m.group("unit") or "")
        items.append([f"{dept} {m.group('label').strip()}", float(m.group("num"))])
    if len(items) < 2 or len(units) != 1:
        return None
    return {"items": items, "unit": units.pop(), "department": ""}


_PER_ITEM = re.compile(r"^(?:那|那么)?(?P<a>.{2,}?)平均(?:到)?每(?:个|一个|位|名|家)?(?P<b>.{2,}?)(?:有)?(?:多少|几)(?P<unit>.{0,2})$")


def average_of_items(s: Session, question: str) -> Answer | None:
    """"湛江人社局基本信息" → "财政供养人员平均每个二级单位多少人": one figure of the line just shown over
    another of it, each named by a word of its label, with the division shown."""
    last = s.figures[-1] if s.figures else {}
    m = _PER_ITEM.match(compact(question))
    if m is None or "items" not in last:
        return None

    def named(word: str) -> list[dict]:
        return [f for f in last["items"] if word in compact(f["label"])]

    a, b = named(m.group("a")), named(m.group("b"))
    if len(a) != 1 or len(b) != 1 or a[0] is b[0] or not b[0]["value"]:
        return None
    result = _num(a[0]["value"] / b[0]["value"]) + a[0]["unit"]
    return Answer(question, ANSWERED, compose.figures_combined("average", a[0], b[0], result, one_answer=True), "combine")


def _line_said(answer: Answer, last: dict, departments: list[str]) -> dict | None:
    """"普陀财政局本年支出" answered with 本年支出合计 and the table's 总计 beside it: the figure is the line
    whose row the question says ("本年支出"), or in a follow-up ("社工部呢") the row of the figure before."""
    first = compose.said_and_source(answer.text.splitlines()[0])[0] if answer.text else ""
    items = [m for part in re.split(r"[；;]", first) if (m := _LABELLED.match(part.strip()))]
    if len(items) < 2:
        return None
    asked = compact(answer.question)
    said = [m for m in items if len(row := m.group("label").split(" ")[0]) >= 3 and row[:-2] and row[:-2] in asked]
    if len(said) != 1 and last.get("label"):
        said = [m for m in items if compact(m.group("label")) == compact(str(last["label"]))]
    if len(said) != 1:
        return None
    m = said[0]
    dept = first_department_in(departments, answer.text)
    return {"label": m.group("label").strip(), "value": float(m.group("num")), "unit": m.group("unit") or "",
            "department": dept}


def total_by_sources(answer: Answer) -> dict | None:
    """A table's total shown by its sources of funds (财政拨款 + 财政专户拨款) is the figure of that total:
    "合起来多少" after two departments' totals adds the totals, not the last one's sources."""
    rows = answer.rows
    if answer.intent != "total" or len(rows) < 2 or not all(
            str(r.get("label") or "") in _SOURCE_LABELS and isinstance(r.get("value"), int | float) for r in rows) \
            or len({r.get("department") for r in rows}) != 1 or not rows[0].get("department"):
        return None
    return {"label": "项目支出总计", "value": round(sum(float(r["value"]) for r in rows), 2),
            "unit": rows[0].get("unit") or "", "department": rows[0]["department"]}


def figure_of(answer: Answer, departments: list[str]) -> dict | None:
    """One figure: the answer's single row, or the number its first line gives a label (with the fact it
    was read from, when the answer shows one: the table may print the result of combining it)."""
    figure = _unit_of_label(_figure_of(answer, departments))
    facts = [e for e in answer.entities or () if e.get("kind") == "fact"]
    named = [e for e in facts if figure is not None and compact(str(e.get("name") or "")) == compact(figure["label"])]
    if figure is not None and (len(facts) == 1 or len(named) == 1):
        figure["fact"] = (facts if len(facts) == 1 else named)[0]["id"]
        kept = (facts if len(facts) == 1 else named)[0].get("number")
        if isinstance(kept, float) and isinstance(figure.get("value"), float) and abs(kept - figure["value"]) < 0.005:
            figure["value"] = kept  # shown rounded to two decimals: the table's own figure is what adds up
        name = str((facts if len(facts) == 1 else named)[0].get("name") or "")
        if len(name) >= 4 and compact(figure["label"]).endswith(compact(name)) and re.search(r"的[^ ]{0,4}是", figure["label"]):
            figure["label"] = name  # "排第2的单位是X 收入合计": the figure is X's 收入合计
    elif figure is not None and facts:
        figure["facts"] = [e["id"] for e in facts[:4]]  # one line's several columns: the line is known
    return figure


_LABEL_UNIT = re.compile(r"[（(](人|人次|个|家|户|次|项|件|万元|元|亿元|%)[)）]")


def same_indicator(found: Answer, shown: dict) -> bool:
    """Whether an answer that shows indicators shows the one of the figure shown before, by its name (a unit in
    brackets aside, or said with others between its characters: 信访群众服务对象满意度 of 群众满意度): "人社局城镇新增就业
    人数" → "农业农村局呢" asked again there is never its 农村新增就业人数, a name only near it. True of an answer showing no indicator, or after a figure that was no indicator's."""
    label = str(shown.get("label") or "")
    if not label.endswith(_INDICATOR_FIGURES):
        return True  # (the figure shown was no indicator's: "信访工作经费" → "它的第三个指标" asks its indicators)
    names = {bare_indicator_name(e.get("name")) for e in found.entities or () if e.get("kind") == "indicator"}
    shown_name = bare_indicator_name(label.split(" ")[0])
    return all(n == shown_name or len(shown_name) >= 4 and said_spread(shown_name, n) for n in names)


_INDICATOR_FIGURES = (" 指标值", " 全年完成值")  # (how _one_indicator_figure labels an indicator's figure)


def bare_indicator_name(name: object) -> str:
    """An indicator's name as matched across departments: a unit in brackets aside ("城镇新增就业人数（人）")."""
    return compact(re.sub(r"[（(][^（）()]*[）)]", "", str(name or "")))


def _unit_of_label(figure: dict | None) -> dict | None:
    """A figure printed bare under a label naming its unit ("城镇新增就业人数（人）" 50000): in that unit, so
    that it is set against another department's figure printed with it (39500人)."""
    if figure is None or "value" not in figure or figure.get("unit") \
            or not (m := _LABEL_UNIT.search(str(figure.get("label") or ""))):
        return figure
    return {**figure, "unit": m.group(1)}


def _figure_of(answer: Answer, departments: list[str]) -> dict | None:
    def first_dept() -> str:  # the first department the answer says, looked up only when a figure needs it
        return first_department_in(departments, answer.text)

    if (total := total_by_sources(answer)) is not None:
        return total
    if len(answer.rows) == 1:
        row = answer.rows[0]
        if isinstance(row.get("value"), int | float):
            dept = row.get("department") or first_dept()
            label = str(row.get("label") or "")
            if answer.intent == "total" and label in _SOURCE_LABELS:
                label = "项目支出总计"  # a table's total, shown by its one source of funds (财政拨款)
            figure = {"label": label, "value": float(row["value"]), "unit": row.get("unit") or "", "department": dept}
            return {**figure, "of_unit": True} if row.get("of_unit") else figure
    if answer.text and (unit_sum := _UNIT_ADDED.match(answer.text.splitlines()[0])) is not None:
        # "妇幼保健院 合计 160.8万元：a + b = 160.8万元": a unit's rows added up; its sum is the figure ("疾控呢" →
        # "两个差多少" sets the two sums apart, never the rows of the last)
        return {"label": unit_sum.group("label"), "value": float(unit_sum.group("num")),
                "unit": unit_sum.group("unit"), "department": first_dept()}
    if (series := _series_shown(answer)) is not None:
        return series
    if answer.rows:
        return _items_of(answer.rows, first_dept)  # a list: no one figure, but its items may be added up
    target = _one_indicator_figure(answer.text, completion=answer.intent == "completion")
    if target is not None:
        return {**target, "department": first_dept()}
    first = answer.text.splitlines()[0] if answer.text else ""
    said = compose.said_and_source(first)[0]
    if re.search(r"[；;]", said) and not re.search(r"[+÷×=]", said):
        return _total_of_items(said, first_dept)
    summed = _SUMMED.match(said.strip())
    if summed is not None and answer.intent == "combine":
        # "3 项合计 20589.81万元：a + b + c = …" (a list just added up): the sum is the figure shown, which
        # "占项目支出多少" sets against a whole
        return {"label": summed.group("label").replace(" ", ""), "value": float(summed.group("num")),
                "unit": summed.group("unit") or "", "department": first_dept()}
    # ("其中：公务用车购置费 2026年预算数：18万元": a part printed with its 其中： is the line's own name)
    m = _LABELLED.match(_PART_MARK.sub("", said.strip()))
    if m is None or re.search(r"[+÷×=；;]", said):
        return None
    return {"label": m.group("label").strip(), "value": float(m.group("num")), "unit": m.group("unit") or "",
            "department": first_dept()}


def _series_shown(answer: Answer) -> dict | None:
    """One thing's several columns kept for a chart (全年预算数, 全年执行数) of which the answer's first line
    says one ("就业补助资金：全年执行数 6643万元"): that column is the figure shown, so "预算数呢" → "差多少"
    sets the two apart."""
    rows = answer.rows
    series = [str(r.get("series") or "") for r in rows]
    first = answer.text.splitlines()[0] if answer.text else ""
    if len(rows) < 2 or not all(series) or len({r.get("label") for r in rows}) != 1 \
            or not all(isinstance(r.get("value"), int | float) for r in rows):
        return None
    at = {name: first.find(name) for name in series if name in first}
    if not at:
        return None
    row = rows[series.index(min(at, key=lambda name: at[name]))]
    return {"label": f"{row.get('label')} {row['series']}", "value": float(row["value"]), "unit": row.get("unit") or "",
            "department": row.get("department") or ""}


# (an organisation's rows added up in a column said, "教育局 2026年财政支出责任 合计 8128.2万元：…", the column too)
_UNIT_ADDED = re.compile(r"^(?P<label>[^：:；;+=（(\s]{2,40}(?: [^：:；;+=（(\s]{2,30})? 合计) (?P<num>-?\d+(?:\.\d+)?)(?P<unit>万元|亿元|元)：[^：]+ = "
                         r"(?P=num)(?P=unit)(?:（|$)")
_SUMMED = re.compile(r"^(?P<label>(?:以上 )?(?:\d+|两) ?项合计) (?P<num>-?\d+(?:\.\d+)?)(?P<unit>万元|亿元|元)?：")


def _averaged_or_held(question: str, op: str, a: dict, b: dict, printed: Printed | None = None) -> Answer | None:
    """The two figures averaged; of a sum, a row and the 合计 (小计) row holding it said so (_total_holding); else
    None."""
    if op == "average":
        return _average(question, a, b)
    return _total_holding(question, a, b, printed) if op == "sum" else None


_TOTAL_ROW = re.compile(r"合计|总计|小计|总额")


def _items_of(rows: list[dict], dept: Callable[[], str]) -> dict | None:
    """A list of amounts of one unit, each of another thing ("哪些项目超过六十五万"): its items, which
    "加起来是多少" adds up. Not a list holding its own total, nor one thing's several columns."""
    values = [r.get("value") for r in rows]
    if len(rows) < 2 or not all(isinstance(v, int | float) for v in values):
        return None
    labels = [str(r.get("label") or "") for r in rows]
    units = {r.get("unit") or "" for r in rows}
    heads = [label.split(" ")[0] for label in labels]
    columns = {label.partition(" ")[2] for label in labels}
    if len(units) != 1 or any(_TOTAL_ROW.search(label) for label in labels) or len(set(heads)) != len(heads) \
            or len(columns) != 1:
        return None
    shown = {r.get("department") for r in rows} - {None, ""}
    return {"items": [[label, float(v)] for label, v in zip(labels, values, strict=True) if isinstance(v, int | float)],
            "unit": units.pop(),
            "department": shown.pop() if len(shown) == 1 else dept()}


# (a label may carry its unit in brackets: "基本支出 预算金额（万元）：10891.62万元", or the unit its line is of:
# "民政局（部门单位：桐庐县民政局） 小计（金额合计）：54265000元")
_PART_MARK = re.compile(r"^其中[：:]\s*(?=\S)")
# (a table's name in its label keeps its bracketed kind: "…支出预算表（按功能分类和经济分类交叉）合计：…")
_LABELLED = re.compile(r"^(?P<label>(?:[^：:（(，,。+=÷×；;]|[（(][^）)：:]{1,16}[）)]|[（(][^）)：:0-9]{2,8}[：:][^）)：:0-9]{2,20}[）)])"
                       r"{2,60})[：:]\s*(?:总计|合计)?\s*(?:[≥≤>＞<＜]=?)?\s*(?P<num>-?\d+(?:\.\d+)?)"
                       r"(?P<unit>万元|亿元|元|%|万?(?:人次|人|个|辆|台|名|户|家|次|项|分|亩|头|吨|只))?")


_INDICATOR_LINE = re.compile(r"^\s*\d+[.、]\s*(?P<name>[^［\[：:]{2,40})(?:［[^］]*］)?[：:]\s*指标值[：:]\s*[≥≤><=＞＜]*\s*"
                             r"(?P<num>-?\d+(?:\.\d+)?)(?P<unit>万元|亿元|元|%|人|个|辆|台|名|户|家|次|项|分)?(?=[；;，,（(\s]|$)")


_COMPLETION_ALONE = re.compile(r"^(?P<name>[^［\[：:]{2,40})：全年完成值 (?P<num>-?\d+(?:\.\d+)?)"
                               r"(?P<unit>万元|亿元|元|%|人|个|辆|台|名|户|家|次|项|分)?（")


_COMPLETION_LINE = re.compile(r"^\s*\d+[.、]\s*(?P<name>[^［\[：:]{2,40})(?:［[^］]*］)?[：:].*?全年完成值[：:]\s*"
                              r"(?P<num>-?\d+(?:\.\d+)?)(?P<unit>万元|亿元|元|%|人|个|辆|台|名|户|家|次|项|分)?(?=[；;，,（(\s]|$)")


def _one_indicator_figure(text: str, completion: bool) -> dict | None:
    """The figure of an answer showing one indicator's line ("1. 城镇新增就业人数［…］：指标值：≥39500人；全年完成值：
    49358人"): its 全年完成值 after "实际完成多少" (completion), else its target ("目标 → 实际呢 → 超了多少")."""
    line_pattern, what = (_COMPLETION_LINE, "全年完成值") if completion else (_INDICATOR_LINE, "指标值")
    alone = [m for line in text.splitlines() if (m := _COMPLETION_ALONE.match(line))]
    if completion and len(alone) == 1 and len(text.splitlines()) == 1:
        # "X：全年完成值 49358人（已达到年度指标值）": the value completed, asked alone
        m = alone[0]
        return {"label": f"{m.group('name').strip()} {what}", "value": float(m.group("num")), "unit": m.group("unit") or ""}
    numbered = [line for line in text.splitlines() if re.match(r"^\s*\d+[.、]", line)]
    lines = [m for line in numbered if (m := line_pattern.match(line))]
    if len(numbered) != 1 or len(lines) != 1:
        return None
    m = lines[0]
    return {"label": f"{m.group('name').strip()} {what}", "value": float(m.group("num")), "unit": m.group("unit") or ""}


def _total_of_items(said: str, dept: Callable[[], str]) -> dict | None:
    """"合计 行政编制：111人；…；合计 核定编制数合计：152人": the columns of one row with one total among
    them; the total is the figure the line gives (编制合计 → 实有呢 → 空编率)."""
    items = [_LABELLED.match(part.strip()) for part in re.split(r"[；;]", said) if part.strip()]
    if len(items) < 2 or any(m is None for m in items):
        return None
    rows = {m.group("label").split(" ")[0] for m in items if m}
    totals = [m for m in items if m and re.search(r"(?:合计|总计)$", m.group("label").strip())]
    if len(rows) == 1 and len(totals) != 1 and re.search(r"^\d{3,}|支出$", next(iter(rows))):
        # "2010601行政运行 本年收入合计：…；… 本年支出合计：…", "一般公共服务支出 …": a spending line (of
        # the functional classification, or named a 支出); what it spent is its figure.
        totals = [m for m in items if m and re.search(r"支出合计$", m.group("label").strip())]
    heads = [m.group("label").strip().split(" ")[0] for m in items if m]
    columns = {m.group("label").strip().partition(" ")[2] for m in items if m}
    if len(columns) == 1 and len(heads) == len(set(heads)) and heads.count("合计") + heads.count("总计") == 1 \
            and all(h in ("合计", "总计") or h.endswith("小计") for h in heads):
        # "合计 项目支出：5830.7；一、…小计 项目支出：4877；…": one column of the 合计 row and the groups' 小计 under
        # it; the 合计 row's is the department's figure ("→ 茶产业项目预算 → 加起来多少")
        rows, totals = {"合计"}, [m for m in items if m and m.group("label").strip().split(" ")[0] in ("合计", "总计")]
    if len(rows) != 1 or len(totals) != 1:
        return None
    m = totals[0]
    return {"label": m.group("label").strip(), "value": float(m.group("num")), "unit": m.group("unit") or "",
            "department": dept()}


def combining_op(question: str, labels: tuple[str, ...] = ()) -> str | None:
    """The operation of a follow-up that says nothing but how to combine the two figures before it
    (besides a word of one of the figures' own labels: "平均每个老人多少元" after 老人数)."""
    text = compact(question)
    for op, pattern in _OPS:
        if pattern.search(text):
            rest = re.sub(r"万元|亿元|元", "", _REST.sub("", pattern.sub("", text)))
            return op if not rest or any(rest in compact(label) for label in labels) else None
    return None


# "湛江人社局项目支出比它多多少", "X是它的几倍": a figure named now, set against the one just shown.
_AGAINST_LAST = re.compile(r"^(?P<subject>.{2,}?)(?:比|较)(?:它|它们|这个|那个|前者|上一个|刚才的?|刚才那个|之前的|上面的?)"
                           r"(?P<op>(?:多|少|高|低|增加|减少)(?:了|出)?多少|(?:相差|差)(?:了)?多少)"
                           r"|^(?P<subject2>.{2,}?)是(?:它|这个|那个|前者|上一个|刚才的?|刚才那个)的?(?P<op2>(?:几|多少)倍|百分之几|百分之多少|多少)"
                           r"|^其中(?:的)?(?P<subject3>.{2,}?)(?P<op3>占(?:了)?(?:多少|比例|比重|百分之几|百分之多少|几成|的比例|多大比例)"
                           r"(?:是多少|多少)?)$"
                           r"|^(?:那|那么)?(?:它|这个|这项|这一项|这笔)?占(?:了)?(?P<subject4>[^占]{2,16}?)(?:的)?"
                           r"(?P<op4>比例|比重|百分之几|百分之多少|百分比|占比|几成|多少)(?:是多少|多少|是)?$"
                           r"|^(?:那|那么)?(?P<subject5>[^占它这那]{2,16}?)(?P<op5>占(?:了)?(?:多少|比例|比重|百分之几|百分之多少|几成|多大比例)"
                           r"(?:是多少|多少)?)$"
                           r"|^(?:那|那么)?(?:跟|和|与|同)(?P<subject6>.{2,}?)(?:比|相比|比较|对比)(?:一下)?"
                           r"(?P<op6>(?:谁|哪个)(?:多|少|高|低|大)|(?:多|少)(?:了)?多少|(?:相差|差)(?:了)?多少)+$"
                           # "加上养老保险基金补助一共", "比农产品质量安全监测多多少": the figure shown, with X.
                           r"|^(?:那|那么)?(?:再)?(?:它|这个|这项|这笔)?(?:加上|加|连同|算上|和|跟|与|同)(?P<subject7>[^比加占和跟与]{2,16}?)(?:的)?"
                           r"(?P<op7>一共|总共|合计|共计|加起来|总计)(?:是|有)?(?:多少)?(?:钱)?(?:呢|啊)?$"
                           r"|^(?:那|那么)?(?:它|这个|这项|这笔)?比(?P<subject8>[^比占]{2,16}?)"
                           r"(?P<op8>(?:多|少|高|低)(?:了|出)?多少|(?:相差|差)(?:了)?多少)(?:钱)?(?:呢|啊)?$"
                           # "除掉雇员工资还剩多少": the figure shown less X's
                           r"|^(?:那|那么)?(?:除掉|除去|去掉|扣除|扣掉|减去|减掉|刨去|刨除|不算)(?P<subject9>[^比加占]{2,16}?)"
                           r"(?:以外|之外|后|的话)?(?:的)?(?P<op9>还剩|剩下|剩余|还有|其余|其他|其它)(?:的)?(?:是|有)?(?:多少|几)(?:钱)?(?:呢|啊)?$"
                           # "是社工部的几倍", "它是东湖的百分之几": the figure shown over X's.
                           r"|^(?:那|那么)?(?:它|这个|这项|这笔)?(?:是|为|相当于)(?P<subject10>[^是它这那比占]{2,16}?)(?:的)?"
                           r"(?P<op10>(?:几|多少)倍|百分之几|百分之多少|多少倍)(?:呢|啊)?$"
                           # "那加上差旅费呢", "把差旅费也算上呢": the figure shown plus X's, no total word said
                           r"|^(?:那|那么)?(?:再)?(?:加上|连同|算上)(?P<subject11>[^比加占和跟与呢]{2,16}?)(?:的话)?(?:呢|啊)?$"
                           r"|^(?:那|那么)?(?:再)?把(?P<subject12>[^比加占和跟与]{2,16}?)(?:也|都)?"
                           r"(?:算上|加上|算进去|加进去|算进来|加进来)(?:的话)?(?:呢|吧|啊)?$"
                           # "那减去差旅费呢": the figure shown less X's
                           r"|^(?:那|那么)?(?:再)?(?:减去|减掉|扣除|扣掉|去掉|刨去|刨掉)(?P<subject13>[^比加占呢]{2,16}?)(?:的话)?(?:呢|啊)?$")


_ASKING_WORDS = re.compile(r"(?:多少|多大|几|什么|啥)+")


def against_last(s: Session, question: str, elsewhere: Callable[[str], bool] | None = None) -> tuple[str, str] | None:
    """"X比它多多少", "其中X占多少" after a figure: (the question asking X alone, the operation), or None.
    elsewhere tells a subject naming another department than the figure's (its own table: no typed reading
    adds a project of one table to a line of another's)."""
    last = s.figures[-1] if s.figures else {}
    m = _AGAINST_LAST.match(compact(question))
    if m is None or "value" not in last:
        return None
    subject = m.group("subject") or m.group("subject2") or m.group("subject3") or m.group("subject4") \
        or m.group("subject5") or m.group("subject6")
    if m.group("subject4") and _ASKING_WORDS.fullmatch(m.group("subject4")):
        return None  # "它占多少比例": 多少 asks, it names no whole (the typed reading takes the table's total)
    if m.group("op6"):
        return subject, "versus"  # "跟东湖的项目总预算比谁多 多多少": the larger less the smaller
    if m.group("op9"):
        return m.group("subject9"), "less"
    if m.group("op10"):
        return m.group("subject10"), "times_of" if "倍" in m.group("op10") else "percent_of"
    if (added := m.group("subject11") or m.group("subject12") or m.group("subject13")) and "fact" not in last:
        return None  # a project's total shown: the typed reading adds or takes away projects itself
    if added:
        return added, "minus" if m.group("subject13") else "sum"
    other = m.group("subject7") or m.group("subject8")
    if other and "fact" not in last and not last.get("of_unit") and not (elsewhere and elsewhere(other)):
        return None  # a project's total shown: the typed reading adds or compares projects itself
    # (a funding unit's subtotal shown, "招商合作事务中心总额" → "比电商中心少多少": no reading compares units)
    if other and re.fullmatch(r"(?:(?:19|20)?\d\d|[上去前今明本]|上一)年?度?(?:末|底|初)?(?:的)?", other):
        return None  # "比2023少了多少", "比上年末多多少": the same line of another year (end), asked as such elsewhere
    if m.group("op7"):
        return m.group("subject7"), "sum"  # "加上X一共": the figure shown plus X's
    if m.group("op8"):
        return m.group("subject8"), "over"  # "比X多多少": the figure shown less X's
    if m.group("op4"):
        return subject, "part"  # "占支出合计比例": the figure shown as a share of the one named now
    if m.group("op5"):
        # "桐岭三公2025预算" (its 合计) → "公务接待费占多少": a part of the total just shown; after any
        # other figure the whole is not said.
        # (合计 of one column, "合计 公务接待费", is no whole of another column's figure)
        label = str(last.get("label") or "")
        whole = _TOTAL_ROW.search(label) and re.search(r"(?:合计|总计|共计|总额)$", label.strip())
        return (subject, "share") if whole else None
    op = _any_op(m.group("op") or m.group("op2") or "")
    if op is None and m.group("op2") == "多少" or m.group("op3"):
        op = "share"  # "X是它的多少", "其中X占多少": X as a share of it
    return (subject, op) if op in ("change", "diff", "times", "share") else None


def column_of_last(s: Session) -> str:
    """The column words of the figure shown ("农村人居环境整治 年度预算数" -> 年度预算数), or ""."""
    last = s.figures[-1] if s.figures else {}
    label = str(last.get("label") or "")
    return label.split(" ", 1)[1] if " " in label else ""


def set_against_last(s: Session, question: str, op: str, figure: dict) -> Answer | None:
    """The figure named now (figure) set against the one shown before it: "X比它多多少" is X − it, "X是它
    的几倍" X ÷ it; None when the two are not of one unit."""
    last = s.figures[-1] if s.figures else {}
    if "value" not in last or "value" not in figure or last["unit"] != figure["unit"]:
        return None
    a, b = dict(last), dict(figure)
    if a.get("department") and b.get("department") and a["department"] != b["department"]:
        a, b = ({**f, "label": f"{f['department']} {f['label']}"} for f in (a, b))
    same = compact(a["label"]) == compact(b["label"]) and a.get("department") == b.get("department") \
        and not (a.get("fact") and b.get("fact") and a["fact"] != b["fact"])
    if same and (op in ("sum", "over", "less", "minus") or a["value"] == b["value"]):
        return None  # X is the figure shown itself: nothing to set against it (项目支出占多少: no share of itself)
    if op == "sum":
        result = _WORK["sum"](a, b)
        text = compose.figures_combined("sum", a, b, result) if result is not None else None
    elif op == "minus" and not 0 < b["value"] <= a["value"]:
        # "那减去X呢" of a larger X: how far apart the two are, the larger first, never X's figure alone
        result = _WORK["diff"](b, a)
        text = compose.figures_combined("diff", b, a, result) if result is not None else None
    elif op in ("less", "minus"):
        if not 0 < b["value"] <= a["value"]:
            return None  # a part larger than the whole is no part of it
        result = _WORK["diff"](a, b)  # "除掉X还剩多少": it − X
        text = compose.figures_combined("less", a, b, result) if result is not None else None
    elif op == "over":
        result = _WORK["change"](b, a)  # "它比X多多少": it − X
        text = compose.figures_combined("change", b, a, result) if result is not None else None
    elif op == "versus":
        a, b = (a, b) if a["value"] >= b["value"] else (b, a)
        result = _WORK["diff"](a, b)
        text = compose.figures_combined("versus", a, b, result) if result is not None else None
    elif op == "times":
        result = _WORK[op](b, a)
        text = compose.figures_combined(op, b, a, result) if result is not None else None
    elif op == "times_of":  # "是X的几倍": it ÷ X
        result = _WORK["times"](a, b)
        text = compose.figures_combined("times", a, b, result) if result is not None else None
    elif op == "percent_of":  # "是X的百分之几": it ÷ X as a percentage, X another department's same item
        if compact(a["label"]) == compact(b["label"]) or not b["value"]:
            return None
        result = _WORK["share"](b, a)
        text = compose.figures_combined("share", b, a, result) if result is not None else None
    elif op == "part":
        if compact(a["label"]) == compact(b["label"]) or a.get("fact") and a.get("fact") == b.get("fact") \
                or not 0 < a["value"] <= b["value"]:
            return None  # a share of itself, or of a smaller figure, is no part of a whole
        result = _WORK["share"](b, a)
        text = compose.figures_combined("share", b, a, result) if result is not None else None
    else:
        op = "change" if op == "diff" else op
        result = _WORK[op](a, b)
        text = compose.figures_combined(op, a, b, result) if result is not None else None
    return Answer(question, ANSWERED, text, "combine") if text is not None else None


def _any_op(question: str) -> str | None:
    """The operation a question words, whatever else it says."""
    text = compact(question)
    return next((op for op, pattern in _OPS if pattern.search(text)), None)


# Which of two figures is the whole a rate or share is taken of: the one whose label says so.
_WHOLE = {"rate": re.compile(r"预算|目标|计划|编制|应"), "share": re.compile(r"合计|总计|总额|小计|全部|总数|总"),
          "vacancy": re.compile(r"编制"), "vacant": re.compile(r"编制")}


def _oriented(op: str, a: dict, b: dict) -> tuple[dict, dict]:
    """(whole, part) for a rate or share: by the labels' words where one of them says it is the whole
    ("年初预算", "合计"), else the earlier figure is the whole."""
    words = _WHOLE.get(op)
    if words is not None and words.search(b["label"]) and not words.search(a["label"]):
        return b, a
    if op in ("change", "growth_rate"):
        # One line's two years (2025年预算数, then "上年呢"): a change runs from the earlier year to the later.
        years = [_YEAR_SAID.findall(f["label"]) for f in (a, b)]
        if all(len(y) == 1 for y in years) and years[0][0] > years[1][0]:
            return b, a
        if isinstance(a.get("year"), int) and isinstance(b.get("year"), int) and a["year"] > b["year"]:
            return b, a  # "专项资金总预算" of the 2020 table, then "2019年呢": from 2019 to 2020
        if LAST_YEAR_COLUMN.search(b["label"]) and not LAST_YEAR_COLUMN.search(a["label"]):
            return b, a  # "本年预算数", then "去年呢" (its 上年执行数): from the year before to this one
    return a, b


_YEAR_SAID = re.compile(r"(?<!\d)((?:19|20)\d\d)年")


def _pct(x: float) -> str:
    return compose.percent_shown(f"{x * 100:.2f}")


_num = compose.figure_text  # (a figure as said in a sum or a comparison)


def as_shown(x: float) -> str:
    """A figure as the combined answers show it (two decimals at most, no trailing zeros)."""
    return _num(x)


# Each operation over the earlier figure a and the later b: the result as shown, or None (a division by 0).
_WORK: dict[str, Callable[[dict, dict], str | None]] = {
    "sum": lambda a, b: _num(a["value"] + b["value"]) + a["unit"],
    "times": lambda a, b: f"{a['value'] / b['value']:.2f}倍" if b["value"] else None,
    "diff": lambda a, b: _num(a["value"] - b["value"]) + a["unit"],
    "change": lambda a, b: _num(b["value"] - a["value"]) + a["unit"],
    "growth_rate": lambda a, b: _pct((b["value"] - a["value"]) / a["value"]) if a["value"] else None,
    "rate": lambda a, b: _pct(b["value"] / a["value"]) if a["value"] else None,
    "share": lambda a, b: _pct(b["value"] / a["value"]) if a["value"] else None,
    "vacancy": lambda a, b: _pct((a["value"] - b["value"]) / a["value"]) if a["value"] else None,
    "vacant": lambda a, b: _num(a["value"] - b["value"]) + a["unit"],
    "more": lambda a, b: _num(abs(a["value"] - b["value"])) + a["unit"],
    "fewer": lambda a, b: _num(abs(a["value"] - b["value"])) + a["unit"],
}


# What the table itself prints for a result (its own total of the two rows, its own share): given by the
# engine, which reads the facts; None where the table prints none.
Printed = Callable[[str, dict, dict, float], dict | None]


# How the two sides of "X比Y多多少", "X是Y的百分之几", "X和Y加起来" are joined.
_JOIN = re.compile(r"比|是|和|与|跟|加上|加|占|除以|同")
_SIDE_FILLER = re.compile(r"的|了|呢|那|这|个|那个|这个|一共|合计|总共|总的|^的")

# Said of the two figures without pointing at either ("两个部门加起来").
_BOTH = re.compile(r"(?:这|那)?两个(?:部门|单位)|两(?:个)?部门|两家|(?:这|那)?两(?:个)?局")

Departments = Callable[[str], list[str]]


def _sides(question: str, op: str, a: dict, b: dict, said: Departments | None) -> tuple[dict, dict] | None:
    """"社工部是财政局的百分之几", "项目比基本多多少": the two figures in the order the question says them,
    each side named by its department or by a word of its label; None when the sides do not name the
    two figures one each."""
    text = compact(question)
    pattern = dict(_OPS)[op]
    m = pattern.search(text)
    if m is None:
        return None
    parts = [x for x in _JOIN.split(_SIDE_FILLER.sub("", text[: m.start()])) if x]
    if len(parts) != 2:
        return None
    picked = [_named_figure(part, a, b, said) for part in parts]
    if picked[0] is None or picked[1] is None or picked[0] is picked[1]:
        return None
    return picked[0], picked[1]


def _named_figure(part: str, a: dict, b: dict, said: Departments | None) -> dict | None:
    """The one of two figures a side names: by its department (its figures of two departments) or by a
    word of its label (two figures of one table)."""
    if a.get("department") != b.get("department") and said is not None:
        depts = set(said(part))
        hits = [f for f in (a, b) if f.get("department") in depts]
        if len(hits) == 1:
            return hits[0]
    if len(part) >= 2:
        hits = [f for f in (a, b) if part in compact(f["label"])]
        if len(hits) == 1:
            return hits[0]
        # a unit of a table named as people say a department ("卫健局" of the row 区卫生健康局)
        hits = [f for f in (a, b) if any(part in form for form in department_forms(str(f["label"]).split(" ")[0]))]
        if len(hits) == 1:
            return hits[0]
    return None


_PERIOD = re.compile(r"[一二三四1-4]季度|[0-9一二三四五六七八九十]+(?:-[0-9]+)?月|[上下]半年")


def _two_periods(a: str, b: str) -> bool:
    """Two figures of different periods of a year (一季度, 二季度): a row's printed change (同比, on last
    year) is not the change between them."""
    pa, pb = _PERIOD.findall(a), _PERIOD.findall(b)
    return bool(pa) and bool(pb) and pa != pb


_EARLIER_END = re.compile(r"(?:比|较)(?:上年末|去年末|上年底|去年底|年初)|同比")


def _not_the_two_figures(s: Session, question: str) -> Answer | bool | None:
    """Before combining: an answer that nothing can be combined (a figure before went unanswered), False when
    the question compares with something else ("比上年末多多少": the table's year end before), else None."""
    if any(f.get("unanswered") for f in s.figures[-2:]) and _POINTER.search(question) and combining_op(question):
        return Answer(question, UNKNOWN, compose.nothing_to_combine(), "combine")
    return False if _EARLIER_END.search(compact(question)) and not _POINTER.search(question) else None


def combine(s: Session, question: str, printed: Printed | None = None,
            said: Departments | None = None, own: Callable[[int, str], bool] | None = None) -> Answer | None:
    """"两者差多少" after two answered figures: the arithmetic over them, shown; None when the question is
    not such a follow-up or the two turns before did not each show one figure of the same unit."""
    if (stop := _not_the_two_figures(s, question)) is not None:
        return stop if isinstance(stop, Answer) else None
    listed = _sum_checked(s, question, printed) or _sum_of_list(s, question) or _sum_of_recent(s, question) or _share_of_both(s, question, said)
    if listed is not None:
        return listed
    if (many := _COUNT_SAID.match(compact(question))) and (small_number(many.group("n")) or 0) >= 3:
        return None  # "三年加起来": three things said, never the last two figures (the tables may print it)
    a, b = _heads_of_two_rows(*((s.figures[-2], s.figures[-1]) if len(s.figures) >= 2 else ({}, {})))
    if "items" in a and "value" in b and (_POINTER.search(question) or combining_op(question) in ("more", "fewer")):
        a = _item_of_its_kind(a, b) or a  # "财政局一般公共服务支出" (收入 and 支出 shown) → "社工部的呢" → "两个差多少"
    if "value" not in a or "value" not in b:
        return _values_not_combined(s, question) or _which_two_unclear(s, question)
    own_whole = _OWN_WHOLE.search(compact(question))
    if own_whole is not None:
        # "长桥街道分配金额" → "它的市级补助" → "占它自己的比例": the part over its own row's figure shown
        # before; of two different rows "它自己" names neither, and nothing is combined.
        if combining_op(_OWN_WHOLE.sub("", compact(question))) != "share" or not _same_row(a, b) \
                or not 0 < b["value"] <= a["value"]:
            return None
        question = _OWN_WHOLE.sub("", compact(question))
    op = combining_op(_BOTH.sub("", question), (a["label"], b["label"]))
    sides = None
    if op is None:
        op = _any_op(question)
        sides = _sides(question, op, a, b, said) if op is not None else None
        if op is None or sides is None:
            return None
    elif op in ("growth_rate", "change") and not _POINTER.search(question) and "环比" not in question \
            and not _two_periods(a["label"], b["label"]) and own is not None and "fact" in b and own(b["fact"], op):
        return None  # "增长率" of a row that prints its own: the row's column answers, asked of it
    if (a["label"], a["value"], a.get("department")) == (b["label"], b["value"], b.get("department")):
        return None
    if (early := _averaged_or_held(question, op, a, b, printed)) is not None or op == "average":
        return early
    if a["unit"] != b["unit"] or (op == "vacant" and not _WHOLE["vacant"].search(a["label"] + b["label"])):
        return None  # "空几个" is 编制 less 实有: only where one of the two is a 编制
    if a.get("department") and b.get("department") and a["department"] != b["department"]:
        # Figures of two departments: each is said with its department ("社工部是财政局的百分之几").
        said_a, said_b = ({**f, "label": f"{f['department']} {f['label']}"} for f in (a, b))
        sides = tuple(said_a if f is a else said_b for f in sides) if sides is not None else None  # type: ignore[assignment]
        a, b = said_a, said_b
    if sides is not None and op in ("change", "share", "rate", "growth_rate"):
        b, a = sides  # "X比Y多多少" is X − Y; "X是Y的百分之几" is X ÷ Y
    elif sides is not None:
        a, b = sides  # "X是Y的几倍" is X ÷ Y
    else:
        a, b = _oriented(op, a, b)
    if a is b or (a["label"], a["value"]) == (b["label"], b["value"]):
        return None  # "项目支出占多少": the one figure said is no share of itself (its whole was not shown)
    a, b = _larger_first(question, op, a, b, sides is None)
    if op in ("more", "fewer") and a["value"] == b["value"]:
        return Answer(question, ANSWERED, compose.figures_equal(a, b), "combine")
    if op == "times" and sides is None and (re.search(r"后者是前者|后一个是前一个", question) or (
            not re.search(r"前者是后者|前一个是后一个", question) and a["value"] < b["value"])):
        a, b = b, a  # "几倍": the one said first, else the larger, over the other
    return _worked_out(question, op, a, b, printed)


_GRAND_TOTAL_LABEL = re.compile(r"^(?:合计|总计)(?:\s|$)")  # (a 小计 holds only its own group's rows: the table says)


def _total_holding(question: str, a: dict, b: dict, printed: Printed | None = None) -> Answer | None:
    """"职业技术学校迁建项目 → (合计 shown) → 加起来": a row's figure and its table's 合计 row of the same
    column hold one another — adding them counts the row twice: said so, never summed. Likewise a 小计 row and a
    row of its own group, as the table's rows say (printed "holds": the part's row stands under the 小计's group).
    None otherwise."""
    if a.get("unit") != b.get("unit") or a.get("department") != b.get("department"):
        return None
    totals = [bool(_GRAND_TOTAL_LABEL.search(str(f.get("label") or ""))) for f in (a, b)]
    held = printed("holds", a, b, 0.0) if totals.count(True) == 0 and printed and "fact" in a and "fact" in b \
        else None
    if held is not None:
        totals = [f["fact"] == held.get("total") for f in (a, b)]
    if totals.count(True) != 1:
        return None
    total, part = (a, b) if totals[0] else (b, a)
    columns = [x.split(" ", 1)[1] if " " in x else "" for x in (str(total["label"]), str(part["label"]))]
    if not columns[0] or columns[0] != columns[1] or not 0 <= part["value"] <= total["value"]:
        return None
    return Answer(question, UNKNOWN, compose.total_holds_the_part(str(total["label"]), str(part["label"]),
                                                                  "小计" if held is not None else "合计"), "combine")


def _heads_of_two_rows(a: dict, b: dict) -> tuple[dict, dict]:
    """"低保金发了多少" → "特困的呢" → "这两个加起来": two rows of a table, each shown with its columns (发放金额 first,
    then its sources) — the first column of each, when it is the same column of both, is what the two set together;
    as they are otherwise."""
    if not ("items" in a and "items" in b and a["items"] and b["items"]):
        return a, b
    x, y = a["items"][0], b["items"][0]
    if not (isinstance(x, dict) and isinstance(y, dict)) or x.get("unit") != y.get("unit"):
        return a, b
    heads = [str(f["label"]).rsplit(" ", 1) for f in (x, y)]
    if any(len(h) != 2 or not h[0] for h in heads) or heads[0][1] != heads[1][1] or heads[0][0] == heads[1][0]:
        return a, b
    return ({**x, "department": a.get("department") or ""}, {**y, "department": b.get("department") or ""})


# "加起来是不是等于总额", "加起来对不对得上合计": the two figures just shown added up, checked against the total
_CHECKED = re.compile(r"^(?:那|那么)?(?:这两个|这两项|两个|两项|两者|它们)?(?:加起来|加在一起|相加|合起来)"
                      r"(?:是不是|是否|对不对得上|对得上|能不能对上|能对上|对不对|等不等于)(?:等于|跟|和|与)?"
                      r"(?:总额|合计|总计|总数|总的)(?:吗|呢|没有|对不对)?$")


def _sum_checked(s: Session, question: str, printed: Printed | None) -> Answer | None:
    """"人员经费 → 公用经费呢 → 加起来对不对得上合计": the two figures added up, and the table's own total equal to
    that sum where it prints one (its section's or a total row's); where none is found, the sum with that said
    (never a yes)."""
    a, b = (s.figures[-2], s.figures[-1]) if len(s.figures) >= 2 else ({}, {})
    if not _CHECKED.match(compact(question)) or "value" not in a or "value" not in b or a["unit"] != b["unit"]:
        return None
    result = _WORK["sum"](a, b)
    if result is None:
        return None
    whole = printed("whole", a, b, a["value"] + b["value"]) if printed and "fact" in a and "fact" in b else None
    return Answer(question, ANSWERED, compose.sum_checked(a, b, result, whole), "combine")


# "基本支出占两者合计多少": one of the two figures just shown over the two added up.
_OF_BOTH = re.compile(r"占(?:了)?(?:这|那)?(?:两者|二者|两个|两项|它们|俩)(?:的)?(?:合计|总和|之和|加起来|总数|总额|总共|一共|合起来)"
                      r"(?:的)?(?:比例|比重|百分之几|百分之多少|百分比|占比|几成|多少)?(?:是多少|多少)?(?:呢|啊)?$")


def _share_of_both(s: Session, question: str, said: Departments | None) -> Answer | None:
    """"项目支出 → 基本支出呢 → 基本支出占两者合计多少": the figure named (by a word of its label, its department or
    what was asked for it), else the later one, over the two added up; None unless so asked of two figures."""
    text = compact(question)
    m = _OF_BOTH.search(text)
    a, b = (s.figures[-2], s.figures[-1]) if len(s.figures) >= 2 else ({}, {})
    if m is None or "value" not in a or "value" not in b or a["unit"] != b["unit"] or a["value"] + b["value"] <= 0:
        return None
    part_said = re.sub(r"^(?:那|那么)?(?:它|这个|这项|后者|前者)?", "", text[: m.start()]).rstrip("的")
    part = b
    if part_said:
        named = _named_figure(part_said, a, b, said) or next(
            (f for f in (a, b) if part_said in compact(str(f.get("asked") or "")) and
             part_said not in compact(str((b if f is a else a).get("asked") or ""))), None)
        if named is None:
            return None
        part = named if part_said in compact(str(named["label"])) else {**named, "label": f"{part_said}（{named['label']}）"}
    other = a if part is b or part.get("asked") == b.get("asked") and part["value"] == b["value"] else b
    if a.get("department") != b.get("department"):
        part, other = ({**f, "label": f"{f['department']} {f['label']}"} for f in (part, other))
    result = _pct(part["value"] / (a["value"] + b["value"]))
    return Answer(question, ANSWERED, compose.share_of_both(part, other, result), "combine")


def _item_of_its_kind(shown: dict, other: dict) -> dict | None:
    """Of one line's columns shown (一般公共服务支出 本年收入合计 | 本年支出合计), the one of the line's own kind
    (a 支出 line's 支出 column) to set against one figure of another answer; None when not exactly one."""
    items = [i for i in shown.get("items") or () if isinstance(i, dict)]
    rows = {str(i.get("label") or "").split(" ")[0] for i in items}
    if len(items) < 2 or len(rows) != 1:
        return None
    row = rows.pop()
    kind = next((k for k in ("支出", "收入") if row.endswith(k)), "")
    fit = [i for i in items if kind and " " in str(i["label"]) and kind in str(i["label"]).split(" ", 1)[1]
           and i.get("unit") == other.get("unit")]
    # (else a project's line, 项目类别 | 合计 | 一般公共预算拨款: its 合计 column is the line's whole)
    fit = fit or [i for i in items if " " in str(i["label"]) and i.get("unit") == other.get("unit")
                  and re.search(r"(?:合计|总计)$", str(i["label"]).split(" ", 1)[1])]
    return {**fit[0], "department": shown.get("department") or ""} if len(fit) == 1 else None


def _larger_first(question: str, op: str, a: dict, b: dict, unsaid: bool) -> tuple[dict, dict]:
    """"两者差多少": the larger less the smaller; "哪个多" ("哪个少"): the larger (smaller) first; "在职 → 编制呢 →
    超了几个": what went over, over what it went over (unless the question said which is which)."""
    if op == "diff" and a["value"] < b["value"] or op == "more" and a["value"] < b["value"] \
            or op == "fewer" and a["value"] > b["value"] \
            or op == "change" and "超" in question and b["value"] < a["value"] and unsaid:
        return b, a
    return a, b


def _worked_out(question: str, op: str, a: dict, b: dict, printed: Printed | None) -> Answer | None:
    """The two figures combined, or the table's own printed result; a sum of two figures of one
    department is a figure of its own ("两个加起来" → "占项目支出多少")."""
    if op == "share" and b["value"] > a["value"] > 0 and not _POINTER.search(question) \
            and not TOTAL_SAID.search(str(a["label"]).split(" ")[-1]):
        return None  # "项目支出占多少" after 基本支出: a part larger than the figure before it is no share of it
    result = _WORK[op](a, b)
    if result is None:
        return None
    shown = _printed_result(op, a, b, printed)
    if shown is not None:
        return Answer(question, ANSWERED, compose.printed_result(op, a, b, result, shown), "combine")
    rows = [_summed_row(2, a["value"] + b["value"], a["unit"], str(a.get("department") or ""))] \
        if op == "sum" and a.get("department") == b.get("department") else []
    return Answer(question, ANSWERED, compose.figures_combined(op, a, b, result, both_shown=True), "combine", rows=rows)


# "占它自己的比例", "占其自身多少": the whole is the thing the part belongs to, said as itself.
_OWN_WHOLE = re.compile(r"占(?:了)?(?:它|其|他)?(?:自己|自身|本身)(?:的)?")


def of_its_own_row(a: dict, b: dict) -> bool:
    """Whether figure b is figure a again, as a column of a's own line ("卫生健康支出" and "卫生健康支出
    本年支出合计", one figure): no whole a share of a can be taken over (a column of a total row over its
    total column, 基本支出 of 本年支出合计, is a share)."""
    row = str(a.get("label") or "").split(" ")[0]
    return bool(row) and str(b.get("label") or "").split(" ")[0] == row and a.get("department") == b.get("department") \
        and a.get("value") == b.get("value")


def _same_row(a: dict, b: dict) -> bool:
    """Two figures of one line of one table: the same department and the same row words before their
    columns ("DP03 长桥街道 分配金额", "DP03 长桥街道 资金来源市级补助")."""
    ra, rb = (str(f["label"]).rsplit(" ", 1)[0] if " " in str(f["label"]) else "" for f in (a, b))
    return bool(ra) and ra == rb and a.get("department") == b.get("department") and a["unit"] == b["unit"]


_INDICATOR_INTENTS = ("indicator_value", "indicator_list", "completion", "quantity")


def _which_two_unclear(s: Session, question: str) -> Answer | None:
    """"财政局X (its 收入 and 支出 shown) → 社工部的呢 → 两个差多少": the two answers before were one figure and
    a line of several, so which two "两个" sets against each other is not clear; never the two columns of
    the last line (its 收入 less its 支出, 0) in their place."""
    if len(s.figures) < 2 or not _POINTER.search(question) \
            or combining_op(_BOTH.sub("", question)) not in ("sum", "diff", "change", "times", "share"):
        return None
    a, b = s.figures[-2], s.figures[-1]
    if not ("value" in b and "items" in a and all(isinstance(i, dict) for i in a["items"])):
        return None  # (a list shown before its one figure is "这两个"'s own reading elsewhere)
    return Answer(question, UNKNOWN, compose.which_two_unclear(), "combine")


def _values_not_combined(s: Session, question: str) -> Answer | None:
    """"区领导重点约访指标值 → 信访形势呢 → 两个一共": the answers before gave indicators' values, not two
    numbers of one unit; the projects' amounts or the table's total are not what "两个" points at."""
    if s.frame is None or s.frame.intent not in _INDICATOR_INTENTS or not _POINTER.search(question) \
            or combining_op(question) != "sum" or not s.figures \
            or any(f.get("unanswered") or "items" in f for f in s.figures[-2:]):
        return None
    return Answer(question, UNKNOWN, compose.values_not_combined(), "combine")


def _sum_of_list(s: Session, question: str) -> Answer | None:
    """"哪些项目超过六十五万" -> "加起来是多少": the items of the list just shown, added up (never the
    table's whole total), each addend shown; "两个单位加起来" the two units' lists shown in two turns."""
    if (both := _sum_of_two_lists(s, question)) is not None:
        return both
    last = s.figures[-1] if s.figures else {}
    if "items" not in last or combining_op(question) != "sum" \
            or not all(isinstance(i, list | tuple) for i in last["items"]):
        return None  # a line's labelled columns (dicts, of several units) are not a list to add up
    text = compact(question)
    said = dict(_OPS)["sum"].search(text)
    if said is not None and _COUNT_AFTER.match(text, said.end()):
        return None  # "经费超过50万的项目" → "一共几个": how many were listed, never their money added
    items = [(str(label), float(value)) for label, value in last["items"]]
    if re.search(r"(?:两|俩|二)", question) and len(items) != 2:
        return None  # "这两个加起来" after a longer list: not these items
    total = compose.amount_or_count(sum(v for _, v in items), last["unit"])
    answer = Answer(question, ANSWERED, compose.list_summed(items, last["unit"], total, last.get("department", "")),
                    "combine", rows=[_summed_row(len(items), sum(v for _, v in items), last["unit"],
                                                 str(last.get("department") or ""))])
    return answer


# "两个单位加起来多少钱": two units (departments), each the list of one answered before, not two items
_TWO_UNITS = re.compile(r"^(?:那|那么)?(?:这|那|前面|上面)?(?:两|俩|二)(?:个|家)?(?:单位|部门|局)(?:的)?")


def _sum_of_two_lists(s: Session, question: str) -> Answer | None:
    """"文化馆有几个项目" → "图书馆呢" → "两个单位加起来多少钱": the two lists just shown (each a unit's items) added
    up, every item shown; None unless "两个单位" is said and the two turns before each showed a list of one unit."""
    text = compact(question)
    m = _TWO_UNITS.match(text)
    lists = s.figures[-2:]
    if m is None or combining_op(re.sub(r"钱", "", text[m.end():])) != "sum" or len(lists) != 2 or not all(
            f.get("items") and all(isinstance(i, list | tuple) for i in f["items"]) for f in lists):
        return None
    units = {str(f.get("unit") or "") for f in lists}
    if len(units) != 1:
        return None
    unit, taken = units.pop(), [(str(label), float(v)) for f in lists for label, v in f["items"]]
    total = sum(v for _, v in taken)
    dept = {str(f.get("department") or "") for f in lists}
    return Answer(question, ANSWERED, compose.recent_summed(taken, unit, compose.amount_or_count(total, unit)),
                  "combine", rows=[_summed_row(len(taken), total, unit, dept.pop() if len(dept) == 1 else "")])


def _summed_row(n: int, value: float, unit: str, department: str) -> dict:
    """The sum just shown, as the one figure of its answer: "占项目支出多少" next is of that sum."""
    return {"label": compose.items_summed_label(n), "value": round(value, 6), "unit": unit, "department": department}


_SIDE_OPS = ("sum", "diff", "change", "times", "share")


_MANY = re.compile(r"^(?:那|那么)?(?:这|那|前面|上面|以上)?(?:的)?(?P<n>[三四五六七八九十]|\d+)(?:个|项|笔|者)?(?:的)?(?:数|项目)?")


_COUNT_SAID = re.compile(r"^(?:那|那么)?(?:这|那|前面|上面|以上)?(?P<n>[三四五六七八九十]|\d+)(?:个|项|笔|者|年|家|次)")


def _sum_of_recent(s: Session, question: str) -> Answer | None:
    """"三个加起来" after figures shown over several turns (one, then two more): the last figures the
    count says, each turn's figure or listed items taken from the latest back, added up with each addend
    shown; when the turns before did not show just that many figures of one unit, that is said (never
    the table's own total in their place)."""
    text = compact(question)
    m = _MANY.match(text)
    if m is None or combining_op(text[m.end():]) != "sum":
        return None
    n = small_number(m.group("n"))
    if n is None or n < 3:
        return None
    groups: list[list[tuple[str, float, str]]] = []
    for f in reversed(s.figures):
        if sum(map(len, groups)) >= n:
            break
        if "items" in f and all(isinstance(i, list | tuple) for i in f["items"]):
            groups.insert(0, [(str(label), float(v), f.get("unit") or "") for label, v in f["items"]])
        elif "value" in f:
            groups.insert(0, [(str(f["label"]), float(f["value"]), f.get("unit") or "")])
        else:
            break
    taken = [x for g in groups for x in g]
    if not taken:
        return None  # nothing shown before: not a follow-up over figures
    units = {u for _, _, u in taken}
    if len(taken) != n or len(units) != 1:
        return Answer(question, UNKNOWN, compose.not_that_many_figures(n, len(taken)), "combine")
    unit = units.pop()
    total = compose.amount_or_count(sum(v for _, v, _ in taken), unit)
    shown = [f for f in s.figures[-len(groups):] if f.get("department")]
    dept = str(shown[0]["department"]) if shown and len({f["department"] for f in shown}) == 1 else ""
    return Answer(question, ANSWERED, compose.recent_summed([(label, v) for label, v, _ in taken], unit, total),
                  "combine", rows=[_summed_row(n, sum(v for _, v, _ in taken), unit, dept)])


_COUNT_AFTER = re.compile(r"(?:是|有)?(?:几|多少)(?:个|项|家|条)")


def two_sides(question: str, inside: Callable[[int], bool]) -> list[tuple[str, str, str]]:
    """"信访超市经费和社工部公用经费加起来", "渝中就业补助执行数比东湖就业补助多多少": the ways the question
    parts into two things said in order and how they combine ((first, second, op) each), split at a join
    word that is no part of a name (inside(i) says the character at i is)."""
    return [(first, second, op) for at, first, second, op in _split_at_joins(question) if not inside(at)]


@lru_cache(maxsize=256)
def _split_at_joins(question: str) -> tuple[tuple[int, str, str, str], ...]:
    """two_sides' splits of a question whatever its names ((where the join word is, first, second, op) each):
    the engine asks it of one question three times, each with its own names (pure: kept by the text)."""
    text = compact(question)
    op = _any_op(text)
    if op not in _SIDE_OPS:
        return ()
    said = dict(_OPS)[op].search(text)
    assert said is not None
    if _COUNT_AFTER.match(text, said.end()):
        return ()  # "A局和B局一共有几个项目": how many things, never the two departments' money added
    head = text[: said.start("op") if "op" in said.re.groupindex and said.start("op") >= 0 else said.start()]
    out = []
    for m in _JOIN.finditer(head):
        first, second = (_SIDE_FILLER.sub("", x) for x in (head[: m.start()], head[m.end():]))
        if len(first) >= 3 and len(second) >= 3:
            out.append((m.start(), head[: m.start()], head[m.end():], op))
    return tuple(out)


# "A的X和B的Y各多少": each side asked on its own, both answers listed.
_EACH_TAIL = re.compile(r"(?:各|分别|各自)(?:都)?(?:是|为|有)?(?:多少钱?|多少万元?|几)(?:呢|啊)?$")
# "A和B谁的X高", "A的X和B的X哪个多": which side's figure is the larger (or the smaller).
_WHICH_TAIL = re.compile(r"(?:哪个部门|哪个单位|哪一个|哪家|哪个|谁)(?:的)?(?P<x>[\u4e00-\u9fff]{0,12}?)(?:更|比较|较)?"
                         r"(?P<dir>多|高|大|少|低|小)(?:一些|一点|些)?(?:呢|啊)?$")
# "A和B加起来", "A和B差多少" after a figure: its item of each, added or set against each other.
_BOTH_TAIL = re.compile(r"(?:的)?(?:(?P<sum>加起来|加在一起|加一起|加到一起|加一块儿?|合起来|一共|合计|总共)(?:是|有)?(?:多少)?|(?:相差|差|差了)多少)(?:呢|啊)?$")
_EACH_JOIN = re.compile(r"和|与|跟|以及|、")  # (及 of 及时率 joins nothing)


# "就业补助哪个多 东湖的还是渝中的": the item, which is larger, then the two it is asked of, said as a choice.
_CHOICE_AFTER = re.compile(r"^(?P<x>[\u4e00-\u9fff]{2,16}?)(?:是)?(?:哪个|哪一个|谁)(?:的)?(?:更|比较|较)?(?P<dir>多|高|大|少|低|小)"
                           r"(?:一些|一点|些)?(?:呢|啊)?[,，]?(?P<a>[\u4e00-\u9fff]{2,12}?)的?还是(?P<b>[\u4e00-\u9fff]{2,12}?)的?(?:呢|啊)?$")


def asks_which_is_higher(question: str) -> bool:
    """"A和B谁的X高", "哪个部门的X多": the question asks which of several is the larger (smaller)."""
    return _WHICH_TAIL.search(compact(question)) is not None or _CHOICE_AFTER.match(compact(question)) is not None


def asks_which_is_most(question: str) -> bool:
    """"临湘哪个部门项目支出决算最多": a superlative over rows (of a table), no two things named set side by side."""
    which = _WHICH_TAIL.search(compact(question))
    return which is not None and "最" in which.group("x")


def each_sides(question: str, inside: Callable[[int], bool]) -> list[tuple[str, str, str]]:
    """"渝中的就业补助资金和东湖的就业补助各多少", "湛江人社局和东湖分局谁的就业目标高": the ways the question
    parts into two things each asked on its own ((first, second, kind) each; kind "each", or the word
    comparing them: 多 高 大 少 低 小), split at a join word that is no part of a name; what is asked after 谁的 goes with each side."""
    text = compact(question)
    if choice := _CHOICE_AFTER.match(text):
        x = choice.group("x")
        return [(f"{choice.group('a')}的{x}", f"{choice.group('b')}的{x}", choice.group("dir"))]
    tail = _EACH_TAIL.search(text)
    which = _WHICH_TAIL.search(text) if tail is None else None
    both = _BOTH_TAIL.search(text) if tail is None and which is None else None
    if tail is None and which is None and both is None or which is not None and "最" in which.group("x"):
        return []  # "A和B哪个项目最多": each one's largest, not one figure of each
    m0 = tail or which or both
    assert m0 is not None
    head, item = text[: m0.start()], which.group("x") if which else ""
    # 多 高 大, or 少 低 小; "sum" / "diff" of the item just shown
    kind = "each" if tail else which.group("dir") if which else "sum" if both and both.group("sum") else "diff"
    out = []
    for m in _EACH_JOIN.finditer(head):
        if inside(m.start()):
            continue
        first, second = head[: m.start()] + item, head[m.end():] + item
        if len(_SIDE_FILLER.sub("", first)) >= 2 and len(_SIDE_FILLER.sub("", second)) >= 2:
            out.append((first, second, kind))
    return out


def combine_sides(question: str, op: str, x: dict, y: dict, sources: list[str]) -> Answer | None:
    """The two things a question names, each looked up on its own (x said first), combined as it asks:
    "X比Y多多少" is X − Y, "X是Y的几倍" X ÷ Y, "X占Y的百分之几" X ÷ Y; a figure in 元 set against one in 万元
    (two tables of one department) is first put in the other's unit, shown; None when not of one unit."""
    if x["unit"] != y["unit"]:
        x, y = in_one_unit(x, y)
        if x["unit"] != y["unit"]:
            return None
    # two departments' figures, each named by its department (once: a label may start with it already)
    x, y = ({**f, "label": f["label"] if f["label"].startswith(f["department"] or "\0") else f"{f['department']} {f['label']}"}
            for f in (x, y))
    if op == "share" and not re.search(r"占|是", compact(question)) and x["value"] and y["value"]:
        # "财政局住房公积金和社工部住房公积金的比例": the one to the other, never a share of the other
        pa, pb = (f"{v / (x['value'] + y['value']) * 100:.2f}" for v in (x["value"], y["value"]))
        text = compose.fact_proportion(x["label"], y["label"], _num(x["value"]) + x["unit"], _num(y["value"]) + y["unit"],
                                       ratio_said(x["value"], y["value"]), pa, pb)
        return Answer(question, ANSWERED, compose.with_sources(text, sources), "combine")
    a, b = (y, x) if op in ("change", "share") else (x, y)
    if op == "diff" and a["value"] < b["value"]:
        a, b = b, a
    result = _WORK[op](a, b)
    if result is None:
        return None
    return Answer(question, ANSWERED, compose.figures_combined(op, a, b, result, sources), "combine")


def in_one_unit(x: dict, y: dict) -> tuple[dict, dict]:
    """Two money figures in the larger of their units, the one moved said with both ("合计（6323900元，合632.39万元）");
    unchanged when either is no money figure."""
    scale = in_unit(1, x["unit"], y["unit"])
    if scale is None:
        return x, y

    def moved(f: dict, to: str) -> dict:
        v = in_unit(f["value"], f["unit"], to) or 0.0
        return {**f, "value": v, "unit": to, "label": compose.figure_in_unit(f["label"], f"{_num(f['value'])}{f['unit']}", f"{_num(v)}{to}")}
    return (moved(x, y["unit"]), y) if scale < 1 else (x, moved(y, x["unit"]))


def _printed_result(op: str, a: dict, b: dict, printed: Printed | None) -> dict | None:
    """"人员经费 → 公用经费呢 → 合计是多少": the table's own total of the two (105.58, where adding the
    rounded figures gives 105.59) is the answer; likewise its own printed share."""
    if printed is None or op not in ("sum", "share") or "fact" not in a or "fact" not in b:
        return None
    value = a["value"] + b["value"] if op == "sum" else b["value"] / a["value"] * 100 if a["value"] else None
    return printed(op, a, b, value) if value is not None else None


def _average(question: str, a: dict, b: dict) -> Answer | None:
    """"合计 → 其中老人多少 → 平均每个老人多少元": an amount over a count, whichever came first."""
    money = ("万元", "亿元", "元")
    amount, count = (a, b) if a["unit"] in money else (b, a)
    if amount["unit"] not in money or count["unit"] in money or not count["value"]:
        return None
    result = _num(amount["value"] / count["value"]) + amount["unit"]
    return Answer(question, ANSWERED, compose.figures_combined("average", amount, count, result), "combine")


# "哪个部门项目最多", "各单位", "所有的": departments asked of, not a filter of one department's list.
_DEPARTMENTS_SAID = re.compile(r"部门|单位|各|全部|所有|哪家|哪个局")


def outside_conversation(s: Session, answer: Answer, named: list[str], departments: list[str],
                         followup: bool) -> bool:
    """A follow-up that names no department, answered only from departments the conversation is not
    about: not to be given."""
    if not (followup and s.talk_departments and not named and answer.status == ANSWERED):
        return False
    shown = departments_in(departments, answer.text)
    shown += [r["department"] for r in answer.rows if r.get("department") and r["department"] not in shown]
    if len(s.talk_departments) == 1 and len(set(shown)) > 1 and sum(kind == "project" for kind, _ in s.last_list) >= 2 \
            and not _DEPARTMENTS_SAID.search(answer.question):
        # "湄潭水务局的项目有哪些" → "有其他资金的是哪几个": a filter of the list just shown, of its department
        # only — never every department's answer beside it
        return True
    if shown and all(any(t != p and t.startswith(p) for t in s.talk_departments) for p in set(shown)):
        return False  # (海宁市水利局 asked, then 海宁市's table of its departments: the place's table lists it too)
    if len(set(shown)) >= 2 and all(any(p != t and p.startswith(t) for t in s.talk_departments) for p in set(shown)):
        return False  # ("青禾县哪个部门…最少 → 那基本支出呢": the place's departments, ranked again)
    return bool(shown) and not set(shown) & set(s.talk_departments)


def talk_about(s: Session, answer: Answer, named: list[str], departments: list[str]) -> None:
    """The departments the conversation is about: the ones the question named, else the ones answered."""
    if named:
        s.talk_departments = list(named)
        return
    if answer.status == ANSWERED:
        shown = departments_in(departments, answer.text)
        if shown and len(shown) <= 1:
            s.talk_departments = shown


# --- the last list shown, for an ordinal that points into it ----------------------------------------------

# (a numbered organisation's name, 第二中学 / 第一人民医院, is no place in a list)
# (第三方, 第一季度, 第三产业: a party, a quarter, a sector — no place in a list)
_ORDINAL = re.compile(r"第([0-9一二两三四五六七八九十]{1,2})(?:个|项|条|名|位|家|笔|(?![多少高低大小贵方]|中学|初级中学|高级中学"
                      r"|中心|人民医院|医院|幼儿园|实验|职业|中等|技工|人民法院|人民检察院|季度|产业))")
_NUMERAL = re.compile(r"^(?:[0-9]+|[一二三四五六七八九十]+)$")
_IDENTITY = re.compile(r"^(?:是|叫)?(?:哪个|哪一个|哪项|啥|什么|谁|哪家)?(?:呢|啊|呀)?$")


def list_of(answer: Answer) -> list[str]:
    """The items of a list answer in the order shown: its rows, its numbered lines ("1. X：…"), or the
    items of "共 N 项：A、B、C"."""
    if len(answer.rows) >= 2:
        return [str(r.get("label") or "") for r in answer.rows]
    lines = answer.text.splitlines()
    numbered = [m.group(1).strip() for line in lines
                if (m := re.match(r"^\s*\d+[.、]\s*([^：:（(]+?)\s*(?:[：:（(]|$)", line))]
    if len(numbered) >= 2:
        return numbered
    # "共 3 项：A、B、C", "乡镇共 5 个：A、B…" (the level counted said first)
    m = re.match(r"^[^\s：:，。]{0,12}?共\s*\d+\s*[项个条]：(.+?)(?:（来源|$)", lines[0] if lines else "")
    if m:
        items = [x.strip() for x in m.group(1).split("、") if x.strip() and not _NUMERAL.match(x.strip())]
        return items if len(items) >= 2 else []
    return []


def keep_list(s: Session, answer: Answer) -> None:
    """The last list shown stays addressable ("第三项多少", "钱最少的那个") until another list is shown."""
    items = list_of(answer) if answer.status == ANSWERED or answer.intent == NAMESAKES_ASKED else []
    if items:
        s.shown_list = items
        values = [r.get("value") for r in answer.rows] if len(answer.rows) == len(items) else []
        s.shown_values = [float(v) if isinstance(v, int | float) else None for v in values]
        s.shown_figures, s.shown_source = _figures_of_lines(answer.text, items)
        s.listed_by = answer.intent


# "1. 醴陵市商务局：655.50万元（6 个项目）": a numbered line of a list giving its item's amount
_ITEM_FIGURE = re.compile(r"^\s*\d+[.、]\s*([^：:]+?)\s*[：:]\s*(-?[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:亿元|万元|千元|元))")
_SOURCE = re.compile(r"（来源：[^）]*）")


def _figures_of_lines(text: str, items: list[str]) -> tuple[list[str], str]:
    """Each item's amount as its numbered line said it ("" where the line said none), and the list's source."""
    lines = [m for line in text.splitlines() if (m := _ITEM_FIGURE.match(line))]
    source = _SOURCE.search(text)
    if len(lines) == len(items):  # one numbered line per item, in order (a name holding （） is cut in the list)
        return [m.group(2) for m in lines], source.group(0) if source else ""
    said = {m.group(1).strip(): m.group(2) for m in lines}
    return [said.get(item, "") for item in items], source.group(0) if source else ""


# "分别多少钱", "它们各自多少", "这三个各多少" after a list: each item's amount
_EACH = re.compile(r"^(?:那|那么)?(?:它们|他们|这些|那些|这几个|这几项|(?:这|那)?[两二三四五六七八九十][个项])?的?"
                   r"(?:分别|各自|各|每个)(?:是|有|为)?(?:多少钱|多少万元|多少万|多少元|多少|几多钱)(?:呢|啊)?$")


def each_of_list(s: Session, question: str) -> Answer | None:
    """"有几个单位" (each unit's amount shown) → "分别多少钱": the amounts of the list just shown, item by item;
    None when the list showed no amount of some item (then the question is not answered from it)."""
    if not _EACH.match(compact(question)) or len(s.shown_list) < 2 or len(s.shown_figures) != len(s.shown_list) \
            or not all(s.shown_figures):
        return None
    pairs = list(zip(s.shown_list, s.shown_figures, strict=True))
    return Answer(question, ANSWERED, compose.each_of_listed(pairs, s.shown_source), "combine")


def into_list(s: Session, question: str) -> str | None:
    """The question with its ordinal replaced by the item of the last list it points at ("第二项拟投入多少"
    -> "<second item>拟投入多少"); a bare "第三是哪个" becomes the item's name alone. None when there is
    no such ordinal or item."""
    m = _ORDINAL.search(question) or LAST_ITEM.search(question)
    if m is None or not s.shown_list:
        return None
    n = len(s.shown_list) if m.re.pattern == LAST_ITEM.pattern else small_number(m.group(1))
    if n is None or not 1 <= n <= len(s.shown_list):
        return None
    item = (_numbered_itself(s.shown_list, n) if m.re.pattern == _ORDINAL.pattern else None) or s.shown_list[n - 1]
    rest = compact(question[: m.start()] + question[m.end():])
    return item if _IDENTITY.match(rest) else question[: m.start()] + item + question[m.end():]


# "第四个单位的经费", "那第五项呢": an ordinal with its measure word opening the question, pointing into the last list
_ORDINAL_OPENING = re.compile(r"^(?:那|那么)?第([0-9一二两三四五六七八九十]{1,2})(?:个|项|条|名|位|家|笔)")


def opens_with_ordinal(question: str) -> bool:
    """"第三个单位合计多少": the question opens with an ordinal and its measure word."""
    return _ORDINAL_OPENING.match(compact(question)) is not None


def past_the_list(s: Session, question: str) -> tuple[int, int] | None:
    """(how many the last list shown has, the place asked) when the question opens with an ordinal past its end
    ("第四个单位的经费" after three units): that item is not there — never the words after it asked of every
    department. None otherwise."""
    m = _ORDINAL_OPENING.match(compact(question))
    n = small_number(m.group(1)) if m and s.shown_list else None
    return (len(s.shown_list), n) if n is not None and n > len(s.shown_list) >= 1 else None


ORDINAL = _ORDINAL  # "第一项": what the engine looks for in a question naming its list too

_FROM_END = re.compile(rf"{ordinals.FROM_END}(?:个|项|条|名|位|家|笔)?")


def _end_place(s: Session, question: str) -> tuple[re.Match, int] | None:
    """Where "倒数第二个" / "最后一个" is said and the place (from 1) of the item of the list shown it points at."""
    if not s.shown_list:
        return None
    if m := _FROM_END.search(question):
        n = ordinals.place_number(m.group("place"))
        if n is None or not 1 <= n <= len(s.shown_list):
            return None
    elif m := LAST_ITEM.search(question):
        n = 1
    else:
        return None
    return m, len(s.shown_list) - n + 1


def from_end_as_ordinal(s: Session, question: str) -> tuple[str, tuple[str, int]] | None:
    """"倒数第七个的年度指标值" after a typed list whose items the turn keeps by id (last_list, as long as the
    list shown): the question with that place counted from the start ("第3个的年度指标值"), so the turn
    takes the very item shown (its project and indicator ids) as it does for "第三个", and that item's
    ref; never the item's bare name, which other projects may share. None when the list has no such ids."""
    found = _end_place(s, question)
    if found is None or len(s.last_list) != len(s.shown_list):
        return None
    m, place = found
    return f"{question[: m.start()]}第{place}个{question[m.end():]}", s.last_list[place - 1]


def from_end(s: Session, question: str, name: str | None = None) -> str | None:
    """"最后一个拟投入多少", "倒数第二个的指标值" right after a list: the question with that item of the list
    shown named instead (counted from its end; `name`, its full name, when the caller knows it); None when
    it says neither or no list was shown."""
    found = _end_place(s, question)
    if found is None:
        return None
    m, place = found
    item = name or s.shown_list[place - 1]
    rest = compact(question[: m.start()] + question[m.end():])
    return item if _IDENTITY.match(rest) else question[: m.start()] + item + question[m.end():]


LAST_ITEM = re.compile(r"最后(?:一个|一项|一条|那个|那项|这个|一位)")  # "最后一个要求多少": the last item shown


_OWN_NUMBER = re.compile(r"^(\d{1,2})[.、．](?!\d)")


def _numbered_itself(items: list[str], n: int) -> str | None:
    """The item printed with number n itself ("4.就业补助", shown fifth under a total row): the table's
    own numbering is the one the reader counts by."""
    own = [item for item in items if (m := _OWN_NUMBER.match(item)) and int(m.group(1)) == n]
    numbered = sum(1 for item in items if _OWN_NUMBER.match(item))
    return own[0] if len(own) == 1 and numbered >= 2 else None


_WORD_OF_ITEM = re.compile(r"^(?P<word>[\u4e00-\u9fff]{2,8}?)(?:那个|那项|那一项|这个|的)(?P<rest>.*)$")


def by_word(s: Session, question: str) -> str | None:
    """"东湖的数量指标有哪些" → "社保卡那个值呢": the one item of the last list whose name holds the word's
    characters in order (社保卡 of 社会保障卡发卡量), named in full; None when no one item does."""
    m = _WORD_OF_ITEM.match(compact(question))
    if m is None or not s.shown_list:
        return None
    word = m.group("word")
    pattern = re.compile(".*?".join(map(re.escape, word)))
    items = [item for item in s.shown_list if pattern.search(compact(item))]
    if len(items) != 1 or compact(items[0]) == word:
        return None
    return items[0] + m.group("rest")


# --- the conversation's projects as a whole: an extreme named by rank, an average ---------------------

_AGAINST_EXTREME = re.compile(r"(?:比|跟|和|与)(?:钱|经费|金额|预算)?(最多|最少|最高|最低|最大|最小)的(?:那个|项目|那项)?")
_EXTREME_ONE = re.compile(r"(?:钱|经费|金额|预算)?(最多|最少|最高|最低|最大|最小)的(?:那个|那项|那一项|那一个|项目|是哪个|是哪项)?")
_AVERAGE = re.compile(r"^(?:那|那么)?(?:(?:局里|单位里|我们局|我局|本局|咱局|咱们局|本单位|我们单位)的?)?"
                      r"(?:(?:全部|所有|这些|这几个|各|(?P<n>[0-9一二两三四五六七八九十]{1,3})个)?的?项目的?)?"
                      r"平均(?:每个|一个|每项)(?:项目)?的?(?:经费|金额|预算)?"
                      r"(?:多少钱|多少万元|多少万|多少元|多少|是多少|有多少钱)(?:呢)?$"  # the unit said or not
                      # "六个项目平均多少": the projects said, then only 平均 (no 每个)
                      r"|^(?:那|那么)?(?:全部|所有|这些|这几个|各|(?P<m>[0-9一二两三四五六七八九十]{1,3})个)项目的?"
                      r"(?:经费|金额|预算)?平均(?:是|有)?(?:多少钱|多少万元|多少万|多少元|多少|是多少)(?:呢)?$")


def by_extreme(s: Session, question: str, projects: list[tuple[str, float]]) -> str | None:
    """"比最多的少多少" -> "比<the largest project>少多少"; "钱最少的那个" after a list -> the smallest
    item of the list shown (or of the conversation's projects): the question with the name said."""
    text = compact(question)
    items = list(zip(s.shown_list, s.shown_values, strict=False)) if s.shown_values else projects
    items = [(n, v) for n, v in items if v is not None]
    if not items:
        return None
    if m := _AGAINST_EXTREME.search(text):
        name = _extreme(projects or items, m.group(1))
        return text[: m.start()] + text[m.start()] + name + text[m.end():]
    if m := _EXTREME_ONE.search(text):
        name, rest = _extreme(items, m.group(1)), text[: m.start()] + text[m.end():]
        return name if _IDENTITY.match(rest) else text[: m.start()] + name + text[m.end():]
    return None


def _extreme(items: list[tuple[str, float]], word: str) -> str:
    pick = max if word in ("最多", "最高", "最大") else min
    return pick(items, key=lambda nv: nv[1])[0]


def average_of(question: str, projects: list[tuple[str, float]], unit: str) -> Answer | None:
    """"一共几个项目 → 平均每个多少钱", "六个项目平均每个多少钱": the projects' total over their count, shown
    (a count said that is not theirs is no question about them)."""
    m = _AVERAGE.match(compact(question))
    if m is None or len(projects) < 2:
        return None
    said = m.group("n") or m.group("m")
    if said and small_number(said) != len(projects):
        return None  # "五个项目平均每个多少" of six: not the projects talked about
    total = sum(v for _, v in projects)
    result = _num(total / len(projects)) + unit
    return Answer(question, ANSWERED, compose.average_of_projects(len(projects), _num(total) + unit, result), "combine")


# A year the question said, with 年 or bare ("东湖分局2020项目预算"), never a figure (2020万元) or a code.
_SAID_YEAR = re.compile(r"(?<![0-9.])((?:19|20)\d\d)(?:年度|年)?(?![0-9.万元%])")
_YEAR_WORD = r"大前年|前年|去年|上年|上一年|((?:19|20)\d\d)年?度?"
_YEAR_ONLY = re.compile(rf"(?:那|那么)?({_YEAR_WORD})(?:的)?(?:呢|是多少|多少|有多少)?")
# "比2019年增长多少", "较上年增加了多少", "和去年比变化多少": the figure just answered against another year.
_AGAINST_YEAR = re.compile(rf"(?:那|那么)?(?:比|较|相比|对比|相较|同|和|跟|与)(?:于)?({_YEAR_WORD})(?:的)?(?:相比|比|比较)?"
                           r"((?:增长|增加|减少|下降|上升|降低|多|少|变化|变动|增减)(?:了)?"
                           r"(?:多少|几|百分之几|百分之多少|几个百分点|多少个百分点)?(?:呢|吗)?)")
_THIS_YEAR = re.compile(r"今年|本年度?|当年")
_YEARS_BACK = {"大前年": 3, "前年": 2, "去年": 1, "上年": 1, "上一年": 1}


def of_another_year(s: Session, question: str) -> str | None:
    """"东湖那个项目2020年预算多少" → "前年的呢": the question just answered asked again of the year the
    follow-up says (前年 counted from the year it said; said before it when it said none, so the table's own
    year counts); "→ 比2019年增长多少": the question just answered with that comparison after it. None when
    the follow-up says more than that, or the question before said several years."""
    text = compact(question)
    last = s.figures[-1] if s.figures else {}
    asked = str(last.get("asked") or "")
    said = list(_SAID_YEAR.finditer(asked))
    if not asked or len({y.group(1) for y in said}) > 1:
        return None
    if (m := _AGAINST_YEAR.fullmatch(text)) is not None:
        if said and (m.group(2) or "") == said[0].group(1):
            return None  # "2020年预算" → "比2020年增长多少": nothing to compare
        return asked + re.sub(r"^(?:那么|那)", "", text)
    m = _YEAR_ONLY.fullmatch(text)
    if m is None:
        return None
    if not said:
        word = f"{m.group(2)}年" if m.group(2) else m.group(1)
        # "X今年多少" → "去年呢": last year's X, never this year's with 去年 put before it
        return _THIS_YEAR.sub(word, asked, count=1) if _THIS_YEAR.search(asked) else word + asked
    year = said[0].group(1)
    wanted = m.group(2) or str(int(year) - _YEARS_BACK[m.group(1)])
    if wanted == year:
        return None
    return "".join(asked[:y.start()] + f"{wanted}年" + asked[y.end():] for y in said[:1]) if len(said) == 1 else \
        re.sub(rf"(?<![0-9.]){year}(?:年度|年)?(?![0-9.万元%])", f"{wanted}年", asked)


# "比年初预算多了多少" after "全年预算数": the figure just answered against another column of its line.
_AGAINST_COLUMN = re.compile(r"(?:那|那么)?(?:比|较|相比|对比|相较)(?:于)?(?P<col>[\u4e00-\u9fff]{2,8}?)(?:的)?(?:相比|比)?"
                             r"(?:增长|增加|减少|下降|上升|降低|多|少|变化|变动|增减)了?"
                             r"(?:多少|几|百分之几|百分之多少)?(?:呢|吗)?")
_NOT_A_COLUMN = re.compile(rf"^(?:{_YEAR_WORD}|它|它们|这个|那个|前者|后者|上一个|刚才|之前|上面)")


def against_another_column(s: Session, question: str) -> str | None:
    """"农业农村局全年预算数" → "比年初预算多了多少": the question just answered with that comparison after it,
    so that its line's other column is read beside it (a year or a pointer said is another follow-up's)."""
    m = _AGAINST_COLUMN.fullmatch(compact(question))
    last = s.figures[-1] if s.figures else {}
    asked = str(last.get("asked") or "")
    if m is None or not asked or _NOT_A_COLUMN.match(m.group("col")) or m.group("col") in asked:
        return None
    return asked + re.sub(r"^(?:那么|那)", "", compact(question))


def bare_followup(question: str) -> bool:
    """"普陀财政局的呢", "这车主要干嘛用", "占部门预算支出百分之几": a short follow-up marked as one (…呢,
    a pointer first, or a share with its subject left out) that asks about the figure before."""
    text = compact(question)
    return len(text) <= 12 and (text.endswith("呢") or text.startswith(("这", "那", "它", "其", "占"))) \
        and not re.search(r"[A-Za-z0-9]", text)


# --- a word of the question found in what the indicator just shown says ---------------------------------

_ASKING = re.compile(r"具体|都有|都是|哪些|哪个|哪几个|哪家|哪几家|有哪|是哪|什么|多少|是否|有没有|怎么|单位|部门|呢|吗|啊|是|有|的|了")


def said_by_one(question: str, texts: dict[int, str]) -> int | None:
    """"信访超市的数量指标" → "具体哪些单位派人进驻": the one of the indicators just shown whose text holds
    a word the question says besides its question words (进驻); None when none or several do."""
    words = [w for w in _ASKING.split(compact(question)) if len(w) >= 2]
    if not words:
        return None
    # The word's last two characters (its head: 派人进驻 -> 进驻), not a word every table says.
    heads = [w[-2:] for w in words if w[-2:] not in _COMMON]
    holding = {i for i, text in texts.items() for h in heads if h in compact(text)}
    return holding.pop() if len(holding) == 1 else None


_COMMON = {"预算", "资金", "经费", "项目", "指标", "完成", "目标", "工作", "支出", "情况", "金额", "数量", "标准", "服务", "管理",
           "年度", "实际", "计划", "人员", "时间", "多少", "比例", "满意", "调整", "执行", "实施", "效果", "质量"}
