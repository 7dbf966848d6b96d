"""One item asked of two years in one question, over one department's tables of the two years (a 2026 目标表 beside
its 2025 自评表): "人居环境整治 26年安排多少 25年执行了多少", "强制免疫25年全年预算和26年预算分别多少",
"黄茶产值25年实际多少 26年目标多少".

Each year's part is asked on its own (the item said, the year, what is asked of it) and both answers are given, each
with its own source. A part is kept only when its answer is one figure of a table of its year that names the item
said (never the department's total, a score not asked, or a listing of a whole project); an indicator's part not so
answered is asked again by the column's own name (年度指标值, 实际完成值). When only one part is found, the other is
said not found and the reply is not a confident answer: answering one part alone would pass for the whole. Two parts
naming different projects' rows are one item only when they are the same project by the follow-up's rule (the name
without its generic tail); else each year's row is said and the reply is no confident answer (高标准农田建设项目前期及管理经费
of 2026 is not 高标准农田建设项目 of 2025, though both hold 农田)."""

from __future__ import annotations

from bot.answer import compose
from bot.dialogue import figures
from bot.dialogue.session import Session
from bot.dialogue.values import ANSWERED, UNKNOWN, Answer
from bot.engine.other_year import _core
from bot.engine.turn import _restore, _Turn
from bot.language import lazyre as re
from bot.language.asking import Words, words
from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import compact, full_years, normalize
from bot.language.rules import Rule
from bot.store.queries import FACT_SEP

_YEAR = re.compile(r"(?:19|20)\d\d年度?")
_JOIN_END = Words("years", "(?:{joins})+$")
_LEAD = Words("years", "^(?:{leads})+")
_SHARED = Words("years", "(?:{shared})$")
_ASKED = Words("years", "{asked}")
_COMPARED = Words("years", "{compared}")
_TARGET = Words("years", "{target}")
_ACTUAL = Words("years", "{actual}")
# a 自评表's score columns, which a part asks only when it says so
_SCORE = re.compile(r"分值|得分|总分")
_QUANTITY = re.compile(r"多少|几")
_NUMBERED = re.compile(r"^\s*\d+\.\s*")


def parts_of(question: str) -> tuple[str, list[tuple[int, str]]] | None:
    """The item said before the first year and each year's asking: "X2026年安排多少2025年执行了多少" →
    ("X", [(2026, "安排多少"), (2025, "执行了多少")]); an asking said once after both ("分别多少") is each part's.
    None unless two different years each ask something of their own."""
    text = compact(normalize(full_years(question))).rstrip("？?。")
    found = list(_YEAR.finditer(text))
    if len(found) != 2 or found[0].group()[:4] == found[1].group()[:4]:
        return None
    head = text[:found[0].start()]
    first = _JOIN_END.sub("", text[found[0].end():found[1].start()])
    second = _LEAD.sub("", text[found[1].end():])
    ending = ""
    if (shared := _SHARED.search(second)) is not None:
        second, ending = second[:shared.start()], "多少"
    if not head or not first or not second or not _ASKED.search(first) or not _ASKED.search(second) \
            or _COMPARED.search(first + second):
        return None
    years = (int(found[0].group()[:4]), int(found[1].group()[:4]))
    return head, [(years[0], first + ending), (years[1], second + ending)]


def _own_words(head: str, depts: list[str]) -> set[str]:
    """The pairs of characters of the item said that no department's name holds (天台 of 天台县农业农村局 is not the
    item): an answer names the item when it holds one of them."""
    return {head[i:i + 2] for i in range(len(head) - 1) if not any(head[i:i + 2] in d for d in depts)}


def _is_part(answer: Answer, year: int, own: set[str], asked: str) -> bool:
    """Whether an answer is one figure of a table of the year that names the item said."""
    if answer.status != ANSWERED:
        return False
    head, source = compose.said_and_source(answer.text)
    if f"{year}年" not in source or "\n" in head.strip() or "；" in head:
        return False  # (another year's table, a listing, several columns of a row)
    if _SCORE.search(head) and not _SCORE.search(asked) or answer.intent == "goal" and _QUANTITY.search(asked):
        return False  # (a score not asked; a project's 绩效目标 statement for a quantity asked)
    return any(w in head for w in own)


def _by_column(asked: str) -> str | None:
    """A part asked again by its column's own name: an indicator's target (年度指标值) or what was done (实际完成值)."""
    if _ACTUAL.search(asked):
        return _ACTUAL.sub("实际完成值", asked, 1)
    if _TARGET.search(asked):
        return _TARGET.sub("年度指标值", asked, 1)
    return None


def _project_then_indicator(kb: KnowledgeBase, head: str, listed: dict) -> bool:
    """Whether the item said is a listed indicator's name with words of its project's name around it ("开渔节游客
    满意度": 游客满意度 of 中国（象山）开渔节活动经费): each other piece of the item is in the project's name."""
    name, pid = str(listed.get("name") or ""), kb.indicator_project.get(listed.get("id", -1))
    if len(name) < 2 or name not in head or pid not in kb.projects:
        return False
    project = compact(kb.projects[pid].name)
    pieces = [p for p in head.split(name) if p]
    return bool(pieces) and all(p in project or all(p[i:i + 2] in project for i in range(len(p) - 1)) for p in pieces)


def _indicator_of_listing(kb: KnowledgeBase, answer: Answer, year: int, own: set[str],
                          head: str = "") -> Answer | None:
    """A listing of a project's indicators holding the one indicator whose name holds every pair of the item said
    ("黄茶产值": 天台黄茶产值 of the project's six), or whose name the item says after its project's words ("开渔节游客
    满意度"), of a table of the year: that indicator's line, with its table."""
    if answer.status != ANSWERED:
        return None
    listed = [e for e in answer.entities if e.get("kind") == "indicator"]
    named = {e["id"]: str(e.get("name")) for e in listed if all(w in str(e.get("name")) for w in own)} \
        or {e["id"]: str(e.get("name")) for e in listed if _project_then_indicator(kb, head, e)}
    if len(named) > 1 and len(named) == len(listed) and len(set(named.values())) == 1:
        return _same_indicator_listed(kb, answer, year, list(named))
    if len(named) != 1:
        return None
    (iid, name), = named.items()
    pid = kb.indicator_project.get(iid)
    if pid not in kb.projects or kb.year_of_document(kb.projects[pid].document_id) != year:
        return None
    line = next((ln for ln in answer.text.splitlines() if f"{name}［" in ln), None)
    if line is None:
        return None
    doc = kb.documents[kb.projects[pid].document_id]
    table = compose.table_name(str(doc["department_name"]), doc["form"], year)
    text = compose.indicator_of_project(kb.projects[pid].name, _NUMBERED.sub("", line),
                                        f"{doc['file_name']}，{table}" if doc["file_name"] else table)
    return Answer(answer.question, ANSWERED, text, answer.intent,
                  entities=[{"kind": "project", "id": pid, "name": kb.projects[pid].name},
                            {"kind": "indicator", "id": iid, "name": name}])


def _same_indicator_listed(kb: KnowledgeBase, answer: Answer, year: int, ids: list[int]) -> Answer | None:
    """One indicator's name listed under several projects (资金拨付及时率 of four), all of a table of the year: that
    listing is the part, its table said."""
    docs = {kb.projects[p].document_id for i in ids if (p := kb.indicator_project.get(i)) in kb.projects}
    if len(docs) != 1 or kb.year_of_document(next(iter(docs))) != year:
        return None
    doc = kb.documents[next(iter(docs))]
    table = compose.table_name(str(doc["department_name"]), doc["form"], year)
    answer.text = f"{answer.text}\n{compose.listing_source(doc['file_name'], table)}" if doc["file_name"] else answer.text
    return answer


def _budget_of(asked: str) -> str | None:
    """A part asking only how much ("多少") asked again of the row's budget: a row of a 绩效评价结果汇总表 answers
    "多少" with its several money columns (预算, 实际支出), of which a year's amount set against another year's 总计
    is its budget."""
    money = words().get("years", {}).get("money_asked", ())
    return f"{money[0]}{asked}" if money and not _ASKING_END.sub("", asked) else None


def _part(kb: KnowledgeBase, rules: list[Rule], session: Session, before: dict, said: tuple[str, str, int, str],
          own: set[str]) -> Answer | None:
    """One year's part asked on its own (the year first, then the item and what is asked), and again by its
    column's name when the first answer is not the part (one indicator of a listing kept), or by its budget when
    only "多少" was asked (several columns of a row answered); None when none is."""
    dept, head, year, asked = said
    for asking in (asked, _by_column(asked), _budget_of(asked)):
        if asking is None:
            continue
        _restore(session, before)
        found = _Turn(kb, rules, session, f"{dept}{year}年{head}{asking}").run()
        if _is_part(found, year, own, asking):
            return found
        if (one := _indicator_of_listing(kb, found, year, own, head)) is not None:
            return one
    return None


def _row_named(answer: Answer) -> str:
    """The row a part's answer is of: its indicator, else its project, else its figure's row (the name before the
    column, without a group's lead such as 重点项目：); "" when the answer names none."""
    for kind in ("indicator", "project", "fact"):
        name = next((str(e.get("name") or "") for e in answer.entities if e.get("kind") == kind), "")
        if name:
            return name.split(" ")[0].rpartition("：")[2] if kind == "fact" else name
    return ""


def _rows_named(answer: Answer, kb: KnowledgeBase | None = None) -> list[str]:
    """Every row an answer's item may be named by: its indicator or project, else each label of its figure (a
    评分表's block prints 预算数（万元） before the project it is of), and each of the row labels of its fact apart (a
    绩效评价结果汇总表's row prints its 主管部门 before the project's name: the name alone is the project's)."""
    row = _row_named(answer)
    fact = next((str(e.get("name") or "") for e in answer.entities if e.get("kind") == "fact"), "")
    return [row, *(p.rpartition("：")[2] for p in fact.split(" ")[1:] if p), *_fact_rows(kb, answer)] if row else []


def _fact_rows(kb: KnowledgeBase | None, answer: Answer) -> list[str]:
    """The row labels of the one fact an answer shows, each apart ("" none when no knowledge base is given)."""
    ids = answer.ids_of("fact")
    if kb is None or len(ids) != 1:
        return []
    from bot.answer.facts.index import index_for  # (a part answered by the facts: the index is built)
    return [p for f in index_for(kb).facts(ids) for p in (f["row_labels"] or "").split(FACT_SEP) if p]


def _one_item(first: Answer, second: Answer, labels: tuple[str, str] = ("", ""), kb: KnowledgeBase | None = None) -> bool:
    """Whether two years' answers are of one item: some row each is named by (by its entities, else by the label of
    the figure read from it) is the same (see _same_row). An answer naming no row is never known to be of the
    item: two unrelated rows' figures would be subtracted."""
    rows = [_rows_named(a, kb) or [p.rpartition("：")[2] for p in label.split(" ") if p]
            for a, label in zip((first, second), labels, strict=True)]
    return all(rows) and any(_same_row(a, b) for a in rows[0] for b in rows[1])


def _has_table_of(kb: KnowledgeBase, dept: str, year: int, shown: str = "") -> bool:
    """Whether a table of the department of the year is loaded other than the one the answer shown cites (else the
    year's figure may be in the other year's table, its 上年 column, or in the table shown printing several years —
    a 2026-2028 plan read as 2026's: the pipeline's to read)."""
    return bool(dept) and any(doc["department_name"] == dept and kb.year_of_document(d) == year
                              and not (doc["file_name"] and str(doc["file_name"]) in shown)
                              for d, doc in kb.documents.items())


def _same_row(first: str, second: str) -> bool:
    """Two years' rows are one item: the same name without its generic tail (the follow-up's rule), or one the other
    under an indicator group's label printed before it (数量指标山塘除险加固座数 of a 自评表's row)."""
    short, long = sorted((_core(first), _core(second)), key=len)
    return short == long or long.endswith(short) and long[:-len(short)].endswith("指标")


def _department_of(answer: Answer, depts: list[str]) -> str:
    """The department whose table a part's answer cites (the longest name said in its source)."""
    source = compose.said_and_source(answer.text)[1]
    return max((d for d in depts if d in source), key=len, default="")


def each_year_asked(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                    depts: list[str]) -> Answer | None:
    """"X 2026年安排多少 2025年执行了多少": each year's part answered on its own, both given with their sources;
    one part found: that part and the other said not found (never a confident answer); none: None (the pipeline's)."""
    parts = parts_of(question)
    if parts is None:
        return change_between_years(kb, rules, session, question, depts)
    head, asked = parts
    own = _own_words(head, depts)
    if not own:
        return None  # (only a department said before the years: the item is in a part, not said of both)
    before = session.to_dict()
    found = [(year, _part(kb, rules, session, before, ("", head, year, asking), own)) for year, asking in asked]
    # a part not found asked again of the department the other part's table is of ("高标准农田" of two tables)
    dept = next((_department_of(a, depts) for _, a in found if a is not None), "")
    if dept and dept not in head:
        found = [(year, a or _part(kb, rules, session, before, (dept, head, year, asking), own))
                 for (year, a), (_, asking) in zip(found, asked, strict=True)]
    held = [(year, a) for year, a in found if a is not None]
    if not held:
        _restore(session, before)
        return None
    if len(held) == 1:
        _restore(session, before)
        missing = [year for year, a in found if a is None]
        return Answer(question, UNKNOWN, compose.one_year_of_two(held[0][0], held[0][1].text, missing[0]), "years",
                      debug={"settled": True})
    texts = [(year, a.text) for year, a in held]
    rows = [_row_named(a) for _, a in held]
    indicator = any(e.get("kind") == "indicator" for _, a in held for e in a.entities)
    # (an indicator is worded anew each year: not checked; nothing is subtracted here, so a part naming no row is kept)
    if not indicator and all(rows) and not _one_item(held[0][1], held[1][1]):
        _restore(session, before)
        return Answer(question, UNKNOWN, compose.different_rows_of_years(head, texts, rows), "years",
                      debug={"settled": True})
    return Answer(question, ANSWERED, compose.each_year(texts), "years",
                  entities=[e for _, a in held for e in a.entities], source=[s for _, a in held for s in a.source])


def _of_another_year(kb: KnowledgeBase, answer: Answer, year: int) -> bool:
    """Whether an answer lists indicators of projects only of tables of another year than the one asked."""
    pids = {kb.indicator_project.get(e["id"]) for e in answer.entities if e.get("kind") == "indicator"}
    years = {kb.year_of_document(kb.projects[p].document_id) for p in pids if p in kb.projects}
    return bool(years) and year not in years and None not in years


def column_of_the_year(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                       before: dict) -> Answer:
    """"天台25年农户满意度实际(呢)" answered with the 2026 目标表's indicators (their targets): the indicator asked again
    by its column's own name (实际完成值, 年度指标值), kept when a table of the year said answers it with one line;
    else the answer as it was."""
    text = compact(normalize(full_years(question))).rstrip("？?。")
    found = list(_YEAR.finditer(text))
    if answer.status != ANSWERED or len(found) != 1:
        return answer
    year = int(found[0].group()[:4])
    asking = _by_column(re.sub(r"呢$", "", text))
    if asking is None or not _of_another_year(kb, answer, year):
        return answer
    now = session.to_dict()
    _restore(session, before)
    again = _Turn(kb, rules, session, asking).run()
    head, source = compose.said_and_source(again.text)
    if again.status == ANSWERED and f"{year}年" in source and "\n" not in head.strip():
        again.question = question
        return again
    _restore(session, now)
    return answer


# "X2026年比2025年预算增加多少", "X2026年预算比2025年多多少": the later year set against the earlier by 比 (or 较)
_AGAINST_YEAR = re.compile(r"^(?P<asked>.*?)(?:相比|比|较)$")
_ASKING_END = re.compile(r"(?:是)?(?:多少|几)$")
# "2026比2025预算多多少": two years set against each other said without 年 (a year only beside the other and 比)
_BARE_YEARS_AGAINST = re.compile(r"(?<![\d.])((?:19|20)\d\d)(相比|比|较)((?:19|20)\d\d)(?![\d.年万元%％])")


def years_compared(question: str) -> tuple[str, tuple[str, str], tuple[int, int]] | None:
    """The item said before the first year, what is asked of each year (the column said before 比 is the first
    year's, the one after the second year the second's; one said alone is both's) and the two years, first the one
    set against the other: "X2026年比2025年预算增加多少" → ("X", ("预算", "预算"), (2026, 2025)). None unless so said."""
    text = _BARE_YEARS_AGAINST.sub(r"\1年\2\3年", compact(normalize(full_years(question))).rstrip("？?。"))
    found = list(_YEAR.finditer(text))
    if len(found) != 2 or found[0].group()[:4] == found[1].group()[:4]:
        return None
    between = _AGAINST_YEAR.match(text[found[0].end():found[1].start()])
    after = text[found[1].end():]
    change = _COMPARED.search(after)
    if between is None or change is None or not text[:found[0].start()]:
        return None
    first, second = between.group("asked"), after[:change.start()]
    asked = (first or second or "多少", second or first or "多少")
    return text[:found[0].start()], asked, (int(found[0].group()[:4]), int(found[1].group()[:4]))


def change_between_years(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                         depts: list[str]) -> Answer | None:
    """"X2026年比2025年预算增加多少" over a department's tables of the two years: each year's figure of the item found
    as a part of "X 2026年预算多少 2025年预算多少" from two tables, and their difference worked out with both shown and
    sourced; None unless both are found so (the pipeline's then)."""
    said = years_compared(question)
    if said is None:
        return None
    head, asked, years = said
    own = _own_words(head, depts)
    if not own:
        return None
    before = session.to_dict()
    found = [(year, _part(kb, rules, session, before, ("", head, year, asking), own))
             for year, asking in zip(years, asked, strict=True)]
    _restore(session, before)
    held = [(year, a) for year, a in found if a is not None]
    if len(held) == 1 and _has_table_of(kb, _department_of(held[0][1], depts), years[found[0][1] is not None],
                                        held[0][1].text):
        # (the other year's table is loaded and does not print it: one year's figure alone would pass for the change)
        missing = years[found[0][1] is not None]
        return Answer(question, UNKNOWN, compose.one_year_of_two(held[0][0], held[0][1].text, missing), "years",
                      debug={"settled": True})
    if len(held) != 2 or len({compose.said_and_source(a.text)[1] for _, a in held}) == 1:
        return None  # (one table printing both years, or no year's table apart: the pipeline's own reading)
    shown = [figures.figure_of(a, depts) for _, a in held]
    texts, labels = [(year, a.text) for year, a in held], [str((f or {}).get("label") or "") for f in shown]
    rows = [_row_named(a) or label.split(" ")[0] for (_, a), label in zip(held, labels, strict=True)]
    if all(rows) and not _one_item(held[0][1], held[1][1], (labels[0], labels[1]), kb):
        return Answer(question, UNKNOWN, compose.different_rows_of_years(head, texts, rows), "years",
                      debug={"settled": True})
    if not all(rows) or any(f is None or not isinstance(f.get("value"), float) for f in shown) \
            or shown[0]["unit"] != shown[1]["unit"]:  # type: ignore[index]
        # (a row not named, or no one figure of one unit each, ≥90% and 87.6%: both years shown, nothing subtracted)
        return Answer(question, UNKNOWN, compose.years_not_subtracted(texts), "years", debug={"settled": True})
    first, second = (f for f in shown if f is not None)
    columns = (_ASKING_END.sub("", asked[0]), _ASKING_END.sub("", asked[1]))
    text = compose.change_of_years(_row_named(held[0][1]) or head, years, (first["value"], second["value"]),
                                   first["unit"], [(y, a.text) for y, a in held], columns)
    return Answer(question, ANSWERED, text, "years", entities=[e for _, a in held for e in a.entities],
                  source=[s for _, a in held for s in a.source])
