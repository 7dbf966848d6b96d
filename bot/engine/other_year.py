"""Follow-ups that move between the years of one department's tables (a 2025 预算与决算对比表 beside a 2026 目标表):
the row just shown asked in another year, and another row asked in the year just shown.

"25年高标准农田决算" → "26年安排了多少": the same row (project) in the 2026 tables — never the department's total;
when no table of that year holds it, it is said to be only in the year shown (never another figure).
"25年基本支出决算" → "项目支出呢": the row said, in the year and column just shown (2025 决算数), not another
year's table of the department."""

from __future__ import annotations

from bot.answer import compose
from bot.dialogue import figures
from bot.dialogue.session import Session
from bot.dialogue.values import ANSWERED, UNKNOWN, Answer
from bot.engine.names import _said_departments
from bot.engine.turn import _restore, _Turn
from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import compact, normalize
from bot.language.rules import Rule
from bot.store.queries import FACT_SEP

# "26年安排了多少", "它26年安排多少", "那25年决算呢": a year and what is asked of it, no row of its own
# ("25年自评里这个项目执行了多少": the table and the row pointed at said before what is asked)
_YEAR_ASKED = re.compile(r"^(?:那|那么)?(?:它|它的)?(?P<year>(?:19|20)\d\d)年度?(?:的)?"
                         r"(?:自评表?|的?表)?(?:里|中)?(?:这个项目|该项目|这个|它)?的?"
                         r"(?P<rest>(?:全年)?(?:决算数?|预算数?|执行数?|完成率|执行率|差额)?了?(?:安排了?|花了|用了)?"
                         r"(?:多少钱?|是多少|几)?(?:万元|万)?)(?:呢)?[？?]?$")
# "项目支出呢", "那项目支出呢": another row, asked like the one before
_ROW_ASKED = re.compile(r"^(?:那|那么)?(?P<row>[\u4e00-\u9fff“”]{2,14}?)(?:的)?呢[？?]?$")
_COLUMN_WORD = re.compile(r"^(?:决算|预算|执行|完成|差额|差异|原因|合计|总计|小计|金额|经费|资金|这个|那个|它|其|增长|增幅|增速|增减|变化|降幅|涨幅)")
_NUMBERING = re.compile(r"^(?:\d{3,}|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])")
_TOTAL = re.compile(r"(?:合计|总计|小计)$")
_NAME_TAIL = Words("years", "(?:建设)?(?:{name_tails})$")  # (项目, 专项经费 … : [asking_words.years])


def _row_of(figure: dict) -> str:
    """The row of a figure shown ("一、基本支出 2025年度决算数": 基本支出; a project's own name)."""
    return _NUMBERING.sub("", str(figure.get("label") or "").split(" ")[0]).strip()


def _names_row(text: str, row: str, year: int) -> bool:
    """Whether an answer's text names the row (its name with a kind of spending at its end left off), from a
    table of the year asked (its source or column says the year)."""
    core = _NAME_TAIL.sub("", compact(row)) or compact(row)
    return core in compact(compose.said_and_source(text)[0]) and (f"{year}年" in text or not re.search(r"(?:19|20)\d\d年", text))


def _year_column_of(text: str, year: int, dept: str) -> bool:
    """Whether an answer is the year's own column of the department's table ("2018年预算金额：3610万元" of the
    申报表 just shown, which prints a budget for each year): the row kept, in that year."""
    head, source = compose.said_and_source(text)
    return head.startswith(f"{year}年") and dept in source


def row_of_another_year(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                        before: dict, depts: list[str]) -> Answer:
    """"25年高标准农田决算" → "26年安排了多少": the row just shown, asked in the year said, when the answer found is
    not of that row (the department's total): the row asked by its name in that year; when no table of that
    year holds the row, that is said (never a figure of another row). The answer as it was otherwise."""
    said = _YEAR_ASKED.match(compact(normalize(question)))
    if said is None:
        return answer
    last = (Session.from_dict(before).figures or [{}])[-1]
    if not said.group("rest"):
        return _score_not_asked(kb, rules, session, (question, int(said.group("year"))), answer, before)
    year, row, dept = int(said.group("year")), _row_of(last), str(last.get("department") or "")
    if not row or not dept or "value" not in last or last.get("year") == year or _TOTAL.search(row):
        return answer
    if answer.status == ANSWERED and (_names_row(answer.text, row, year) or _year_column_of(answer.text, year, dept)):
        return answer
    now = session.to_dict()
    found = _asked_by_name(kb, rules, session, before, (dept, year, row, said.group("rest")))
    if found is not None:
        found.question = question
        return found
    _restore(session, now)
    if answer.status == UNKNOWN:
        return answer
    _restore(session, before)
    text = compose.project_not_in_year(row, [year], last.get("year") if isinstance(last.get("year"), int) else None)
    return Answer(question, UNKNOWN, text, "unknown", debug={"settled": True})


# a 自评表's score columns and line (分值, 得分, 总分), which a figure of another kind asked again in a year is not
_SCORE = re.compile(r"分值|得分|总分")


def _score_not_asked(kb: KnowledgeBase, rules: list[Rule], session: Session, asked: tuple[str, int], answer: Answer,
                     before: dict) -> Answer:
    """"食品安全抽检监测经费多少" (2026) → "2025年的呢" answered by a 自评表's score of that year (分值, 得分, 总分) when no
    score was asked before: the row shown asked by its name in that year (its money of the 自评表); else, or after an
    answer of several items (no one figure kept), said unclear — never the score standing for what was asked."""
    (question, year), last = asked, (Session.from_dict(before).figures or [{}])[-1]
    if answer.status != ANSWERED or not _SCORE.search(compose.said_and_source(answer.text)[0]) \
            or _SCORE.search(str(last.get("label") or "") + str(last.get("asked") or "")):
        return answer
    row, dept = _row_of(last), str(last.get("department") or "")
    now = session.to_dict()
    if row and dept and "value" in last and not _TOTAL.search(row):
        _restore(session, before)
        found = _Turn(kb, rules, session, f"{dept}{year}年{row}").run()
        if found.status == ANSWERED and _names_row(found.text, row, year) and not _SCORE.search(compose.said_and_source(found.text)[0]):
            found.question = question
            return found
    _restore(session, now)
    return Answer(question, UNKNOWN, compose.year_alone_unclear(), "unknown", debug={"settled": True})


def row_in_the_year_shown(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                          before: dict, depts: list[str]) -> Answer:
    """"25年基本支出决算" → "项目支出呢": another row said alone after a figure of a year the question said, answered
    from a table of another year (the department's 2026 项目支出): that row in the year and column shown, when a
    table of that department answers so. The answer as it was otherwise."""
    said = _ROW_ASKED.match(compact(normalize(question)))
    if said is None or answer.status != ANSWERED or _COLUMN_WORD.match(said.group("row")):
        return answer
    last = (Session.from_dict(before).figures or [{}])[-1]
    year, dept, label = last.get("year"), str(last.get("department") or ""), str(last.get("label") or "")
    if not isinstance(year, int) or str(year) not in str(last.get("asked") or "") or " " not in label \
            or "fact" not in last or any(said.group("row") in d for d in depts):
        return answer
    shown = figures.figure_of(answer, depts)
    if shown is None or figures._year_of(str(shown.get("label") or ""), answer) in (None, year) \
            or shown.get("department") != dept:
        return answer
    column = re.sub(r"^(?:19|20)\d\d年度?", "", label.split(" ")[-1])
    now = session.to_dict()
    _restore(session, before)
    found = _Turn(kb, rules, session, f"{year}年{said.group('row')}{column}").run()
    again = figures.figure_of(found, depts) if found.status == ANSWERED else None
    if again is not None and figures._year_of(str(again.get("label") or ""), found) == year \
            and again.get("department") == dept \
            and said.group("row") in str(again.get("label") or ""):
        found.question = question
        return found
    _restore(session, now)
    return answer


def _core(name: str) -> str:
    """A project's name without its generic tail (经费, 项目, 专项经费, 补助资金 …): the same project across years."""
    return _NAME_TAIL.sub("", compact(name)) or compact(name)


def _asked_by_name(kb: KnowledgeBase, rules: list[Rule], session: Session, before: dict,
                   said: tuple[str, int, str, str]) -> Answer | None:
    """The row asked in the year by its own name, else by its name without the generic tail (农村人居环境整治提升专项经费
    of 2026 is 农村人居环境整治提升项目 of the 2025 自评表): kept only when the row answered has that same name without its
    tail (never a looser likeness), the name used then said. None when neither is answered so."""
    dept, year, row, rest = said
    for name in dict.fromkeys((row, _core(row))):
        _restore(session, before)
        found = _Turn(kb, rules, session, f"{dept}{year}年{name}{rest}").run()
        if found.status != ANSWERED or not _names_row(found.text, row, year):
            continue
        if name == row:
            return found
        words = re.split(r"[ ：；\n]", compose.said_and_source(found.text)[0])
        used = next((w for w in (_NUMBERING.sub("", w) for w in words) if _core(w) == name and w != name), "")
        if used:
            found.text = f"{found.text}\n{compose.named_in_year(year, used, row)}"
            return found
    return None


# "天台农业农村局25年呢": a department and a year said alone; a rate of the figure shown before (执行率, 完成率)
_DEPARTMENT_YEAR = re.compile(r"^(?:那|那么)?(?P<dept>[\u4e00-\u9fff]{2,24}?)(?P<year>(?:19|20)\d\d)年度?的?呢[？?]?$")
_RATE = re.compile(r"执行率|完成率")


def rate_of_department_year(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                            before: dict) -> Answer:
    """"渝中就业补助资金执行率" → "天台农业农村局25年呢": the project shown is not the named department's; the rate asked
    is then the department's own of that year (its 自评表's 执行率 of the whole), when a table of that department and
    year answers it. The answer as it was otherwise."""
    said = _DEPARTMENT_YEAR.match(compact(normalize(question)))
    earlier = Session.from_dict(before)
    # (the figure shown, else what the fact answerer kept of its answer: a 自评表's line keeps no figure)
    last, kept = (earlier.figures or [{}])[-1], earlier.facts if isinstance(earlier.facts, dict) else {}
    rate = _RATE.search(str(last.get("asked") or kept.get("asked") or ""))
    if answer.status == ANSWERED or said is None or rate is None:
        return answer
    named = _said_departments(kb, said.group("dept"))
    if len(named) != 1 or named[0] in (last.get("department"), *(kept.get("departments") or ())):
        return answer
    now = session.to_dict()
    _restore(session, before)
    year = said.group("year")
    found = _Turn(kb, rules, session, f"{named[0]}{year}年{rate.group()}").run()
    head, source = compose.said_and_source(found.text)
    if found.status == ANSWERED and f"{year}年" in source and named[0] in source and rate.group() in head:
        found.question, found.text = question, f"{found.text}\n{compose.whole_rate_instead(named[0], year, rate.group())}"
        return found
    _restore(session, now)
    return answer


def item_of_another_year(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                         before: dict) -> Answer:
    """"全域旅游宣传推广2025年评价得分" → "2026年预算多少": the item the turn before was about (its project, or the
    project its fact's labels name), asked in the year said by its name in that year's table of the same
    department, when the answer found is not of that item in that year (another department's table of the year,
    another row). The answer as it was otherwise."""
    said = _YEAR_ASKED.match(compact(normalize(question)))
    if said is None or not said.group("rest"):
        return answer
    year = int(said.group("year"))
    named = _item_in_year(kb, Session.from_dict(before), year)
    if named is None:
        return answer
    dept, name = named
    if answer.status == ANSWERED and _names_row(answer.text, name, year):
        return answer
    now = session.to_dict()
    _restore(session, before)
    found = _Turn(kb, rules, session, f"{dept}{year}年{name}{said.group('rest')}").run()
    if found.status == ANSWERED and _names_row(found.text, name, year):
        found.question = question
        return found
    _restore(session, now)
    return answer


def _item_in_year(kb: KnowledgeBase, earlier: Session, year: int) -> tuple[str, str] | None:
    """The department and the name, in a table of the year, of the one item the turn before answered (of another
    year, or of that year: "2026年预算" after a 2026 project is its row, not a table titled 预算): a fact's labels
    (the 评分表 prints its project beside 执行数) or the project shown, matched to a project or a label of the
    department's tables of the year by the name without its generic tail; None unless one."""
    kept = earlier.facts if isinstance(earlier.facts, dict) else {}
    if kept.get("last"):
        from bot.answer.facts.index import index_for  # (the facts answered the turn before: built)
        facts = index_for(kb).facts(list(kept["last"])[:3])
        shown = {(f["department"], f["year"]) for f in facts}
        names = {p for f in facts for key in ("row_labels", "col_labels", "row_heads") for p in (f[key] or "").split(FACT_SEP)}
    elif len(pids := earlier.frame.projects if earlier.frame is not None else earlier.focus_projects) == 1 \
            and pids[0] in kb.projects:  # (a form's project answered whole, 评价等级, keeps no frame: its focus)
        pid = pids[0]
        shown = {(kb.department_of(pid), kb.year_of_document(kb.projects[pid].document_id))}
        names = {kb.projects[pid].name}
    else:
        return None
    if len(shown) != 1:
        return None
    dept = next(iter(shown))[0]
    cores = {_core(n) for n in names if len(_core(n)) >= 2}
    held = {name for name in _names_of_year(kb, dept, year) if _core(name) in cores}
    return (dept, held.pop()) if len(held) == 1 else None


def _names_of_year(kb: KnowledgeBase, dept: str, year: int) -> set[str]:
    """The projects' names and the labels of the department's tables of the year."""
    docs = [d for d, doc in kb.documents.items() if doc["department_name"] == dept and kb.year_of_document(d) == year]
    names = {p.name for p in kb.projects.values() if p.document_id in docs}
    if any(d not in {p.document_id for p in kb.projects.values()} for d in docs):
        from bot.answer.facts.index import index_for  # (a table of labelled values: its labels)
        idx = index_for(kb)
        names |= {k for d in docs for k in idx.doc_keys.get(d, ())}
    return names


def row_in_the_table_shown(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                           before: dict, depts: list[str]) -> Answer:
    """"全域旅游宣传推广执行数" (a 2025 评分表's) → "那文化礼堂呢" answered from a table of another year that does not
    show the column asked (the 2026 目标表's 总计): the row said, asked in the year and column shown; when that year's
    tables hold no such row, that is said — never another column's figure of another year. (The year said before is
    row_in_the_year_shown's.) The answer as it was otherwise."""
    said = _ROW_ASKED.match(compact(normalize(question)))
    if said is None or answer.status not in (ANSWERED, UNKNOWN) or _COLUMN_WORD.match(said.group("row")) \
            or _PERIOD_SAID.search(said.group("row")) or any(said.group("row") in d for d in depts):
        return answer  # (a period said, "去年呢": another year of the row shown, not another row)
    last = (Session.from_dict(before).figures or [{}])[-1]
    year, dept, column = last.get("year"), str(last.get("department") or ""), _column_shown(last)
    if not isinstance(year, int) or not dept or not column or _said_departments(kb, question) \
            or not ("fact" in last or _form_line_shown(kb, before, last, said.group("row"))) \
            or answer.status == ANSWERED and not (_of_another_column_and_year(answer, depts, (dept, year), column) or
                                                  "fact" not in last and _without_the_column(answer, depts, dept, column)):
        return answer  # (another department said: its own tables, not the one shown)
    now = session.to_dict()
    _restore(session, before)
    found = _Turn(kb, rules, session, f"{dept}{year}年{said.group('row')}{column}").run()
    again = figures.figure_of(found, depts) if found.status == ANSWERED else None
    if again is not None and figures._year_of(str(again.get("label") or ""), found) == year \
            and again.get("department") == dept and said.group("row") in str(again.get("label") or ""):
        found.question = question
        return found
    if found.status == UNKNOWN and answer.status == ANSWERED \
            and _of_another_column_and_year(answer, depts, (dept, year), column):
        # (the row is in another year's table only: said so, never its figure of another column and year)
        shown = figures.figure_of(answer, depts) or {}
        text = compose.project_not_in_year(said.group("row"), [year], figures._year_of(str(shown.get("label") or ""), answer))
        return Answer(question, UNKNOWN, text, "unknown", debug={"settled": True})
    _restore(session, now)
    return answer


def _form_line_shown(kb: KnowledgeBase, before: dict, last: dict, row: str) -> bool:
    """Whether the figure shown is a line of the block of the form's project shown (执行数 of a 评分表's sheet, which
    keeps no fact) and the row said is another project's name (never a line of the block: "得分呢")."""
    pids = Session.from_dict(before).focus_projects
    forms = kb.form_documents
    return len(pids) == 1 and pids[0] in kb.projects and kb.projects[pids[0]].document_id in forms \
        and kb.projects[pids[0]].name in str(last.get("label") or "").split(" ") \
        and any(row in p.name for p in kb.projects.values() if p.document_id in forms)


def _without_the_column(answer: Answer, depts: list[str], dept: str, column: str) -> bool:
    """Whether an answer is of the department's tables (its one figure's, else the source it names) and does not show
    the column shown: another year's table (the 2026 目标表's 总计), or another line of that year's (a sheet's 合计)."""
    head, source = compose.said_and_source(answer.text)
    shown = figures.figure_of(answer, depts)
    return _bare_column(column) not in compact(head) \
        and (shown.get("department") == dept if shown is not None else dept in source)


def _of_another_column_and_year(answer: Answer, depts: list[str], table: tuple[str, int], column: str) -> bool:
    """Whether an answer's figure is of the department's table of another year than the one shown, not showing the
    column shown."""
    shown, (dept, year) = figures.figure_of(answer, depts), table
    return shown is not None and shown.get("department") == dept \
        and figures._year_of(str(shown.get("label") or ""), answer) not in (None, year) \
        and _bare_column(column) not in compact(compose.said_and_source(answer.text)[0])


# a year or a period said ("去年", "上年度", "2024年", "1-6月"), never a row's name
_PERIOD_SAID = re.compile(r"^(?:去|上|前|今|本|明|下|当|大前|上上|后)一?年度?$|(?:19|20)?\d\d年|\d+月|季度$")
_UNIT_SAID = re.compile(r"[（(][^）)]*[）)]$")


def _bare_column(column: str) -> str:
    """A column without its unit (执行数 of 执行数（万元）)."""
    return _UNIT_SAID.sub("", compact(column))


def _column_shown(figure: dict) -> str:
    """The column of a figure shown: of its label's two parts, the one that is no project's name (a name ends in its
    generic tail: 经费, 资金 …), else the one the question did not say as the row ("执行数（万元） 全域旅游宣传推广经费"
    asked as 全域旅游宣传推广执行数: 执行数（万元）); "" unless one."""
    parts = [p for p in str(figure.get("label") or "").split(" ") if p]
    asked = compact(str(figure.get("asked") or ""))
    named = [p for p in parts if _core(p) != compact(p)]
    columns = [p for p in parts if p not in named] if len(named) == 1 else \
        [p for p in parts if _core(p) not in asked and compact(p) not in asked]
    return columns[0] if len(parts) == 2 and len(columns) == 1 else ""
