"""A mid-year performance monitoring table (项目支出绩效运行监控表) asked whether its indicators will be met.

Its indicator sheet prints, on each indicator's line, a yes/no column saying whether the year's target may be
met (是否可能完成目标（是/否）, 能否完成年度目标, 预计能否实现…). Staff ask it in their words: "哪些指标可能完不成",
"完不成的有哪些" (the lines marked 否), "能完成吗" after one indicator (that line's mark). The words are the
vocabulary's ([asking_words.monitor]); the column is found by its header, whatever an office calls it.
"""

from __future__ import annotations

import re

from bot.answer import compose
from bot.answer.facts.question import FactAnswer, _departments_in
from bot.answer.facts.values import _cite
from bot.answer.facts.words import INDICATOR_NAME_HEAD, MONEY_UNITS, MONTH_ALONE_DAYLESS, month_span
from bot.language.asking import Words
from bot.language.normalize import compact, normalize
from bot.store import queries as query

# A whole question of the lines that may miss their target ("哪些指标可能完不成", "完不成的有哪些")
_NOT_MET = Words("monitor", r"{not_met}")
# A yes or no asked of one line ("能完成吗", "能否完成年度目标")
_MET_ASKED = Words("monitor", r"{met_asked}")
_LISTED = Words("monitor", r"{listed}")
# A figure asked month by month ("各月执行数", "每个月花了多少")
_EACH_MONTH = Words("monitor", r"{each_month}")
# A follow-up saying a column and nothing else ("偏差原因", "那纠偏措施呢"): its words between these
_BARE_COLUMN = Words("monitor", r"^(?:{column_leads})?(?P<said>[\u4e00-\u9fff]{2,8}?)(?:{column_asking})?[?？]?$")
# A column of a span of months from January (1-6月执行数), and a column of one month (3月, 3月份)
_MONTH_COLUMN = MONTH_ALONE_DAYLESS


def _span_column(key: str) -> bool:
    """Whether a column's key opens with a span of months from January (1-6月执行数, 一至六月执行数)."""
    return (span := month_span(key, at_start=True)) is not None and span[0] == 1
# The header of a column of yes/no marks forecasting whether the target will be met (never 是否完成验收), and what
# its header says is reached ("年度目标" of 能否完成年度目标)
_COMPLETION_HEAD = Words("monitor", r"(?:{forecast}).{0,6}?(?:{reached})")
_REACHED = Words("monitor", r"(?:{reached})(?P<what>[\u4e00-\u9fff]{2,6})")
_MONITORING_TITLE = Words("monitor", r"{monitoring_titles}")
_FORECAST = Words("monitor", r"{forecast}")
_YES, _NO = Words("monitor", r"^(?:{yes})$"), Words("monitor", r"^(?:{no})$")
# A measure of money or another column said ("预算", "执行率"): not the indicators' marks asked
_OTHER_MEASURE = Words("monitor", r"{other_measures}")
# A figure said (a bound compared: "达不到50%"), once a year and months are taken out
_PERIOD = re.compile(r"(?:19|20)\d\d年度?|\d{1,2}(?:[-—~至到]\d{1,2})?月(?:份|底|末)?")
_FIGURE = re.compile(r"\d|百分之|[%％]")
_INDICATOR_SAID = Words("columns", r"{indicator_name_whole}")  # ("指标能完成吗")
_NAME_TAIL = Words("years", r"(?:(?!的)[\u4e00-\u9fff]){2,}?(?:{name_tails})")  # (a project named: 河道保洁专项经费)


def answer(idx, question: str, doc_ids: list[int] | None, context: dict | None) -> FactAnswer | None:
    """The lines marked 否 in a completion column, or one line's mark; None when no such column is loaded or
    nothing of it is asked."""
    text = compact(normalize(question))
    if context and (cell := _cell_of_the_line_shown(idx, text, context)) is not None:
        return cell
    if _EACH_MONTH.search(text):
        return _months_not_printed(idx, text, doc_ids)
    if not (_NOT_MET.search(text) or _MET_ASKED.search(text)):
        return None
    cells = _cells_named(idx, text, [f for f in _completion_cells(idx) if doc_ids is None or f["document_id"] in doc_ids])
    if not cells:
        return None
    if _MET_ASKED.search(text) and not _LISTED.search(text):
        return _one_line(idx, text, cells, context)
    return _lines_not_met(idx, text, cells)


def _cells_named(idx, text: str, cells: list[dict]) -> list[dict]:
    """The cells of the lines the question is about: those of the departments and the lines (a project, a kind of
    indicator, an indicator) it names. [] when it asks something else of them — a bound or figure compared
    ("执行率达不到50%"), money or another column ("X预算能完成吗") — or names a department or project holding no
    such cell (another's lines never answer it)."""
    named = set(_departments_in(text, idx))
    cells = [f for f in cells if not named or idx.docs[f["document_id"]].department in named]
    said = {p for f in cells for p in _names_of(idx, f) if p in text}
    said = {p for p in said if not any(p != q and p in q for q in said)}  # (the longest name said)
    rest = text
    for name in sorted(said | set(idx.dept_forms_said(text)), key=len, reverse=True):
        rest = rest.replace(name, "")
    if _FIGURE.search(_PERIOD.sub("", rest)) or _OTHER_MEASURE.search(rest) or _NAME_TAIL.search(_asking_out(rest)):
        return []
    if any(k in rest for k in _other_columns(idx, cells)):
        return []
    return [f for f in cells if said <= set(_names_of(idx, f))]


def _asking_out(text: str) -> str:
    """The text without its words of asking (哪些, 可能完不成, 能完成吗): what names something."""
    return _LISTED.sub("", _MET_ASKED.sub("", _NOT_MET.sub("", text)))


def _names_of(idx, f: dict) -> list[str]:
    """The names a line may be said by (4 characters or more): its labels (project, kinds) and its indicator."""
    return [n for n in {*map(compact, (f["row_labels"] or "").split(query.FACT_SEP)), compact(_indicator_of(idx, f))}
            if len(n) >= 4]


def _other_columns(idx, cells: list[dict]) -> set[str]:
    """The headers of the tables holding the cells other than the marks' and the lines' names (执行率, 原因分析)."""
    docs = {f["document_id"] for f in cells}
    marks = {compact((f["col_labels"] or "").split(query.FACT_SEP)[-1]) for f in cells}
    return {k for d in docs for k in idx.doc_keys.get(d, ()) if k in idx.col_keys and len(k) >= 2
            and not any(k in m for m in marks) and not INDICATOR_NAME_HEAD.search(k) and not k.startswith("项目")}


def _completion_cells(idx) -> list[dict]:
    """The cells of every column of yes/no marks forecasting whether a line's target will be met (each table's own
    header), of monitoring tables only: read once per index."""
    kept = idx.__dict__.get("_completion_cells")
    if kept is None:
        ids = sorted({f for key in idx.col_keys if _COMPLETION_HEAD.search(key) for f in idx.label_facts.get(key, ())})
        facts = [f for f in (idx.facts(ids[:2000]) if ids else []) if _monitoring(idx, f["document_id"])]
        by_column: dict[tuple, list[dict]] = {}
        for f in facts:
            by_column.setdefault((f["document_id"], f["sheet"], f["col_labels"]), []).append(f)
        kept = idx.__dict__["_completion_cells"] = [
            f for fs in by_column.values() if all(_mark(f) for f in fs) for f in fs]
    return kept


def _mark(f: dict) -> bool:
    value = compact(f["value"] or "")
    return bool(_YES.search(value) or _NO.search(value))


def _monitoring(idx, doc: int) -> bool:
    """A monitoring table: its title or file says so, or it prints a span of months from January or a forecast."""
    d = idx.docs.get(doc)
    if d is None:
        return False
    if _MONITORING_TITLE.search(f"{d.form}{d.file_name}"):
        return True
    return any(_span_column(k) or (_FORECAST.search(k) and not _COMPLETION_HEAD.search(k))
               for k in idx.doc_keys.get(doc, ()) if k in idx.col_keys)


def _indicator_of(idx, f: dict) -> str:
    """The indicator a line names (its 三级指标 cell), else the line's own label."""
    for x in _line_of(idx, f):
        head = compact((x["col_labels"] or "").split(query.FACT_SEP)[-1])
        if INDICATOR_NAME_HEAD.search(head) and (x["value"] or "").strip():
            return x["value"].strip()
    return (f["row_labels"] or "").split(query.FACT_SEP)[-1]


def _project_of(f: dict) -> str:
    return (f["row_labels"] or "").split(query.FACT_SEP)[0]


def _lines_not_met(idx, text: str, cells: list[dict]) -> FactAnswer | None:
    """"哪些指标可能完不成": every line marked 否, each by its indicator and project, under the header(s) of the
    column(s) marking them."""
    if not _NOT_MET.search(text):
        return None
    chosen = [f for f in cells if _NO.search(compact(f["value"] or ""))]
    columns = list(dict.fromkeys((f["col_labels"] or "").split(query.FACT_SEP)[-1] for f in chosen or cells))
    head = compose.marked_head(compose.joined_columns(columns), "否")
    if not chosen:
        return FactAnswer("answered", compose.none_marked(head, len(cells)) + _cite(idx, cells[:1]), [])
    items = [f"{_indicator_of(idx, f)}（{_project_of(f)}）" for f in chosen]
    return FactAnswer("answered", compose.numbered_items(items, head) + _cite(idx, chosen), chosen,
                      ranked=[f["id"] for f in chosen])


def _one_line(idx, text: str, cells: list[dict], context: dict | None) -> FactAnswer | None:
    """"ODR企业培育数量能完成吗", or "能完成吗" after one indicator's line was shown: that line's mark."""
    by_line = {(f["document_id"], f["sheet"], f["line"]): f for f in cells}
    named = [f for f in cells if len(name := compact(_indicator_of(idx, f))) >= 4 and name in text]
    if not named and context:
        shown = idx.facts(_shown_ids(context))
        named = list({k: by_line[k] for f in shown if (k := (f["document_id"], f["sheet"], f["line"])) in by_line}.values())
    if not named:
        # (the project named, or the project of the line just shown: "X执行率" → "它的指标能完成吗"), only when its
        # indicators or their target are said: "X能完成吗" may ask its money
        if not _indicators_meant(text, cells):
            return None
        shown = idx.facts(_shown_ids(context)) if context else []
        return _lines_of_project(idx, text, cells) or _lines_of_project(idx, "".join(
            compact(_project_of(f)) for f in shown[:1]), cells)
    if len(named) != 1:
        return None
    return _cell_answer(idx, named[0])


def _indicators_meant(text: str, cells: list[dict]) -> bool:
    """指标 said, or what the marks' header says is reached (能否完成年度目标 → "年度目标")."""
    if _INDICATOR_SAID.search(text):
        return True
    heads = {re.split(r"[（(]", (f["col_labels"] or "").split(query.FACT_SEP)[-1])[0] for f in cells}  # (its (是/否) apart)
    return any((m := _REACHED.search(h)) is not None and m["what"] in text for h in heads)


def _months_not_printed(idx, text: str, doc_ids: list[int] | None) -> FactAnswer | None:
    """"上半年各月执行数" of tables printing only a span from January (1-6月执行数), no month of its own: said so,
    never the span's figure as if it were the months'. None when a table in scope prints a month by itself, or
    none prints a span."""
    named = set(_departments_in(text, idx))
    docs = [d for d in (doc_ids or idx.docs) if d in idx.docs and (not named or idx.docs[d].department in named)]
    spans = {k for d in docs for k in idx.doc_keys.get(d, ()) if k in idx.col_keys and _span_column(k)}
    if not spans or any(_MONTH_COLUMN.search(k) and not _span_column(k)
                        for d in docs for k in idx.doc_keys.get(d, ())):
        return None
    return FactAnswer("unknown", compose.months_not_printed(sorted(spans)[:4]), [], settled=True)


def _lines_of_project(idx, text: str, cells: list[dict]) -> FactAnswer | None:
    """"X项目的指标能完成吗": each line of the project named, with its mark (否 first said)."""
    own = [f for f in cells if len(name := compact(_project_of(f))) >= 4 and name in text]
    if not own or len({_project_of(f) for f in own}) != 1:
        return None
    column = (own[0]["col_labels"] or "").split(query.FACT_SEP)[-1]
    items = [f"{_indicator_of(idx, f)}：{(f['value'] or '').strip()}" for f in own]
    return FactAnswer("answered", compose.numbered_items(items, f"{_project_of(own[0])} {column}") + _cite(idx, own), own)


def _shown_ids(context: dict) -> list[int]:
    """The facts the last answer showed (its one figure, or the several of one line)."""
    return list(context.get("last") or ())[:12] or list(context.get("shown") or ())[:12]


def _cell_of_the_line_shown(idx, text: str, context: dict) -> FactAnswer | None:
    """"年报公示率1-6月" → "偏差原因": the cell of the one indicator line just shown (a line printing its indicator
    by name) in the one column whose header holds the words said — never the cells of every line sharing its kinds
    (产出指标/数量指标)."""
    m = _BARE_COLUMN.match(text)
    shown = idx.facts(_shown_ids(context)) if m else []
    if m is None or not shown or len({(f["document_id"], f["sheet"], f["line"]) for f in shown}) != 1 \
            or any(f["number"] is not None and (f["unit"] or "") in MONEY_UNITS for f in shown):
        return None  # (a project's money shown, 执行数, asks its own reason, not its first indicator's)
    f = shown[0]
    line = _line_of(idx, f)

    def own(x: dict) -> str:
        return compact((x["col_labels"] or "").split(query.FACT_SEP)[-1])
    if not any(INDICATOR_NAME_HEAD.search(own(x)) for x in line):
        return None
    held = [x for x in line if m["said"] in own(x) and (x["value"] or "").strip() and x["id"] not in {y["id"] for y in shown}]
    if len(held) != 1:
        return None
    return _cell_answer(idx, held[0])


def _cell_answer(idx, f: dict) -> FactAnswer:
    """One cell of an indicator's row, said with its indicator, its project and its column."""
    column = (f["col_labels"] or "").split(query.FACT_SEP)[-1]
    said = compose.line_cell(_indicator_of(idx, f), _project_of(f), column, (f["value"] or "").strip())
    return FactAnswer("answered", said + _cite(idx, [f]), [f])


def _line_of(idx, f: dict) -> list[dict]:
    """Every cell of the line a fact stands on, as the index gives facts."""
    return idx.facts([x["id"] for x in query.facts_of_row(idx.conn, f["document_id"], f["sheet"], f["line"], f["page"])])
