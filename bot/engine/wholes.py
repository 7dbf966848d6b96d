"""Departments' wholes side by side: "婺源两个局基本支出分别多少", "A局和B局项目支出哪个多", "…加起来",
"…项目平均额哪个高". Each department's figure of the kind said (项目支出, 基本支出, 总预算, 项目平均额) is taken
from whichever of its own tables prints it — asked of that department alone, and kept only when the figure found
is of that kind (never another line of another of its tables, never another department's); a department
without it is said to lack it, and nothing is added or compared with a figure that is not there."""

from __future__ import annotations

from bot.answer import HOLDERS_FIRST as _HOLDERS_FIRST
from bot.answer import HOLDERS_LAST as _HOLDERS_LAST
from bot.answer import compose
from bot.dialogue import figures
from bot.dialogue.session import Session
from bot.dialogue.values import ANSWERED, UNKNOWN, Answer
from bot.engine.names import _place_words, _said_departments
from bot.engine.sides import (
    _DEPARTMENT_ALONE,
    _SOURCE,
    _kinds_differ,
    _said_apart,
    project_whole_of,
    project_whole_said,
)
from bot.engine.turn import _Turn
from bot.language import lazyre as re
from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import compact, format_amount, normalize
from bot.language.rules import Rule
from bot.store import queries as query

MEAN = "项目平均额"  # the kind worked out from a department's projects, not read from a line
WHOLE = "总预算"  # the kind printed under several labels
# The labels a department's whole budget is printed under, in the tables of each kind.
_WHOLE_LABELS = ("部门预算支出", "本年支出合计", "支出合计", "支出总计", "项目支出总计")
_MONEY = ("万元", "元", "亿元", "千元")

_WHICH = re.compile(r"(?:哪个|哪一个|哪家|哪边|谁)(?:的)?[\u4e00-\u9fff]{0,6}?(?:更|比较|要)?(?P<word>多|少|高|低|大|小)")
_DIFF = re.compile(r"相差多少|差多少|相差|差额|差距|多多少|少多少|高多少|低多少")
_COUNT = re.compile(r"(?:这|那)?(?P<n>[两俩二三四五六七八九十几])[个家](?:部门|单位|局)?")
_JOIN = re.compile(r"[和与跟及、同,，]|以及")
_NUMBERS = {"两": 2, "俩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# What such a question says besides its departments, the kind and the operation.
_FILLER = set("的和与跟及、呢吗啊呀是多少钱万元个局部门单位家两俩二三四五六七八九十这那各都有分别自之间比较更要一下看请问查询？?，,。 ")


def _department_wholes(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                       depts: list[str]) -> Answer | None:
    """Two departments or more asked one whole each (listed, the larger said, added or set against each other);
    None (the question's other readings) unless the question says nothing else."""
    norm = compact(normalize(question))
    asked = _kind_said(kb, norm)
    if asked is None:
        return None
    kind, word = asked
    if not re.search(r"预算|支出", word) and (at := norm.find(word)) > 0 and norm[at - 1] not in _FILLER:
        return None  # (a loose word of the whole said as part of another thing's: 政府采购金额 is no 金额 of all)
    op, op_said = _op_said(kb, norm)
    if not _nothing_else(kb, norm, [word, op_said]):
        return None
    named = _departments_asked(kb, norm)
    if len(named) < 2:
        one = list(dict.fromkeys(_said_departments(kb, norm)))
        return _printed_only_in_its_table(kb, rules, session, question, one[0], kind, depts) \
            if len(one) == 1 and op == "each" else None
    got = [(dept, *_whole_of(kb, rules, session, dept, kind, depts, op == "each")) for dept in named]
    lines = [line for _, _, line in got]
    found = [(dept, figure) for dept, figure, _ in got if figure is not None]
    if not found and not re.search(r"预算|支出", word):
        return None  # ("哪个表金额大": a loose word of the whole, none found — the tables' own totals may answer it)
    if op == "each" or not found:
        status = ANSWERED if found else UNKNOWN
        answer = Answer(question, status, "\n".join(lines), "combine", rows=[f for _, f in found])
    elif len(found) < len(named):
        missing = [dept for dept, figure, _ in got if figure is None]
        text = compose.wholes_not_combined(missing, kind, op) + "\n" + "\n".join(lines)
        answer = Answer(question, UNKNOWN, text, "combine")
    else:
        answer = _combined(kb, question, op, kind, [f for _, f in found], lines)
    for dept, figure in found:  # "两个加起来" next: the two departments' figures
        figures.remember(session, Answer(dept + kind, ANSWERED, "", "", rows=[figure]), depts)
    session.talk_departments = list(named)
    return answer


def _kind_said(kb: KnowledgeBase, norm: str) -> tuple[str, str] | None:
    """The whole said (its kind and the words saying it), the longest words first; None when none is."""
    said = [(len(w), kind, w) for kind, words in kb.vocab.department_wholes.items() for w in words if w in norm]
    if not said:
        return None
    _, kind, word = max(said)
    return kind, word


def _op_said(kb: KnowledgeBase, norm: str) -> tuple[str, str]:
    """What is asked of the departments' figures: the larger (its word), their difference, their sum, or each."""
    if (m := _WHICH.search(norm)) is not None:
        return m.group("word"), m.group(0)
    if (m := _DIFF.search(norm)) is not None:
        return "diff", m.group(0)
    summed = [w for w in kb.vocab.operation_words.get("sum", ()) if w in norm]
    if summed:
        return "sum", max(summed, key=len)
    return "each", ""


def _departments_asked(kb: KnowledgeBase, norm: str) -> list[str]:
    """The departments asked of: each said by a word of its own, or a place's departments counted ("婺源两个局":
    every one of the place's, when as many are loaded as said); [] when a shared word stands alone."""
    named = list(dict.fromkeys(_said_departments(kb, norm)))
    if len(named) < 2:
        return []
    at: dict[str, tuple[int, int]] = {}
    for a, b, _, refs in kb.lexicon.spans(norm):
        for r in refs:
            at.setdefault(str(r.key), (a, b)) if r.kind == "department" else None
    named.sort(key=lambda d: at.get(d, (len(norm), len(norm))))  # in the order said: "A和B" lists A first
    apart = _said_apart(norm, named)
    if len(apart) == len(named):
        # each joined to the next ("A和B"): a place and another's bureau run together ("湛江市住建局") is one
        # department not loaded, never two
        spans = [at.get(d) for d in named]
        joined = all(x is not None and y is not None and _JOIN.search(norm[x[1]:y[0]])
                     for x, y in zip(spans, spans[1:], strict=False))
        return named if joined else []
    m = _COUNT.search(norm)
    if m is None or _NUMBERS.get(m.group("n"), 0) != len(named):
        return []  # "婺源基本支出": which of the place's departments is asked
    return named


def _nothing_else(kb: KnowledgeBase, norm: str, said: list[str]) -> bool:
    """Whether the question says nothing but departments, the whole, the operation and filler words."""
    keep = [True] * len(norm)
    for a, b, _, refs in kb.lexicon.spans(norm):
        if any(r.kind == "department" for r in refs):
            keep[a:b] = [False] * (b - a)
    for word in [w for w in said if w] + [p for p in _place_words(kb) if p in norm]:
        for m in re.finditer(re.escape(word), norm):
            keep[m.start():m.end()] = [False] * (m.end() - m.start())
    return all(c in _FILLER for c, k in zip(norm, keep, strict=True) if k)


def _whole_of(kb: KnowledgeBase, rules: list[Rule], session: Session, dept: str, kind: str,
              depts: list[str], listed: bool = False) -> tuple[dict | None, str]:
    """One department's whole of the kind and its cited line; (None, the line saying it lacks it). Listed
    only ("分别多少"), a figure its table prints with no unit is shown as printed; never added or compared."""
    if kind == MEAN:
        return _mean_of_projects(kb, dept)
    if _applications_only(kb, dept) \
            and (block := _printed_in_table_of_kind(kb, dept, "项目支出" if kind == WHOLE else kind))[0] is not None:
        return block  # (a 申报表 is one project applied for: its block of a table by departments is its 项目支出)
    if not _has_project_table(kb, dept) and (printed := part_in_whole_row(kb, dept, kind)) is not None:
        # (a department with a project table is compared by its projects' 总计, as one with only that table is)
        return {k: v for k, v in printed[0].items() if k != "document"}, printed[1]  # "A和B项目支出加起来": the department table's 项目支出, not a list of some of its projects
    alone = _Turn(kb, rules, Session(build_id=session.build_id), dept + kind).run()
    figure, line = _asked_whole(kb, alone, dept, kind, depts, listed)
    if figure is None and (spent := _spending_line(kb, dept, kind) or _executed_line(kb, dept, kind)) is not None:
        # its own reading answered with another's table beside it (a county's table listing it by its units):
        # the line of its own department-level table that prints the kind
        return spent
    return (figure, line) if figure is not None else _printed_in_table_of_kind(kb, dept, kind)


def _has_project_table(kb: KnowledgeBase, dept: str) -> bool:
    """Whether one of the department's tables lists its projects with their 总计 (a 绩效目标表, 申报表 …)."""
    return any(kb.documents[d].get("total") is not None and kb.documents[d].get("layout") != "department-targets"
               and query.project_count(kb.conn, [d]) for d in kb.documents_of_departments([dept]))


def _applications_only(kb: KnowledgeBase, dept: str) -> bool:
    """Whether the department's tables of projects with their 总计 are 项目申报表 only (each a project applied
    for, never a list of the department's spending)."""
    typed = [kb.documents[d] for d in kb.documents_of_departments([dept])
             if kb.documents[d].get("total") is not None and kb.documents[d].get("layout") != "department-targets"]
    return bool(typed) and all(d.get("layout") == "project-application" for d in typed)


def part_in_whole_row(kb: KnowledgeBase, dept: str, kind: str) -> tuple[dict, str] | None:
    """A department's 项目支出 (基本支出) as its department-level table prints it in the row of its whole (a
    部门收支预算总表's 支出合计 row, 项目支出 column), cited; None when no table of the department prints it so."""
    if kind in (MEAN, WHOLE):
        return None
    for doc_id in kb.documents_of_departments([dept]):
        row = query.spending_total_part(kb.conn, doc_id, kind)
        if row is None:
            continue
        doc = kb.documents[doc_id]
        unit = row["unit"] or doc["unit"] or "万元"
        where = "，".join(x for x in (f"{doc['file_name'] or ''} {compose.spot(row['page'], row['sheet'], row['line'])}".strip(),
                                      compose.table_name(dept, doc["form"], doc["year"])) if x)
        figure = {"label": f"{kind}（{row['row_labels']}）", "value": float(row["number"]), "unit": unit,
                  "department": dept, "fact": row["id"], "document": doc_id}
        return figure, compose.department_whole_line(dept, figure["label"], format_amount(row["number"], unit), where)
    return None


def _spending_line(kb: KnowledgeBase, dept: str, kind: str) -> tuple[dict, str] | None:
    """A department's 项目支出 (基本支出) as the spending block of its own department-level table prints it (部门预算支出
    › 项目支出), cited; None when none of its tables prints exactly one such line."""
    if kind in (MEAN, WHOLE):
        return None
    for doc_id in kb.documents_of_departments([dept]):
        doc = kb.documents[doc_id]
        if doc["department_name"] != dept:
            continue
        rows = [r for r in query.department_spending(kb.conn, doc_id) if compact(str(r["row_labels"] or "")) == kind]
        if len(rows) != 1:
            continue
        row = rows[0]
        unit = row["unit"] or doc["unit"] or "万元"
        if unit not in _MONEY:
            continue
        where = "，".join(x for x in (f"{doc['file_name'] or ''} {compose.spot(row['page'], row['sheet'], row['line'])}".strip(),
                                      compose.table_name(dept, doc["form"], doc["year"])) if x)
        figure = {"label": kind, "value": float(row["number"]), "unit": unit, "department": dept, "fact": row["id"]}
        return figure, compose.department_whole_line(dept, kind, format_amount(row["number"], unit), where)
    return None


def _executed_line(kb: KnowledgeBase, dept: str, kind: str) -> tuple[dict, str] | None:
    """A department whose self-evaluation prints the kind (项目支出) as a line of its 预算执行情况 block: that line's
    全年预算数 (the year's budget) the figure, the line shown with the block's whole beside it (年度资金总额), cited;
    None when no table of the department prints such a line."""
    if kind in (MEAN, WHOLE):
        return None
    for doc_id in kb.documents_of_departments([dept]):
        doc = kb.documents[doc_id]
        block = query.execution_block(kb.conn, doc_id)
        lines = list(dict.fromkeys(r["row_labels"] for r in block))
        own = [r for r in block if compact(str(r["row_labels"] or "")) == kind]
        if doc["department_name"] != dept or not own or lines[0] == own[0]["row_labels"]:
            continue
        row = next((r for r in own if "全年预算" in str(r["col_labels"] or "")), own[0])
        unit = row["unit"] or doc["unit"] or "万元"
        figure = {"label": f"{kind} {row['col_labels']}", "value": float(row["number"]), "unit": unit,
                  "department": dept, "fact": row["id"]}
        shown = [r for r in block if r["row_labels"] in (own[0]["row_labels"], lines[0])]
        return figure, compose.executed_line(doc, shown, own[0]["row_labels"], lines[0])
    return None


def _asked_whole(kb: KnowledgeBase, alone: Answer, dept: str, kind: str, depts: list[str],
                 listed: bool = False) -> tuple[dict | None, str]:
    """The department's whole as its own question ("<department><kind>") answers it, kept only when of the kind."""
    figure = figures.figure_of(alone, depts) if alone.status == ANSWERED else None
    if figure is not None and "value" not in figure and figure.get("items") and kind == WHOLE \
            and "部门预算支出" in alone.text.split("\n")[0]:
        # a department-level table's 部门预算支出: its spending lines added (the answer's own figure)
        figure = {"label": "部门预算支出", "value": round(sum(v for _, v in figure["items"]), 2),
                  "unit": figure.get("unit") or "", "department": figure.get("department") or dept}
    if figure is not None and "value" not in figure and kind != WHOLE and figure.get("items"):
        # the department's figure printed by two of its tables alike ("项目支出 2399.31" twice): that one figure
        named = {float(v) for label, v in figure["items"] if kind in compact(str(label))}
        if len(named) == 1:
            figure = {"label": kind, "value": named.pop(), "unit": figure.get("unit") or "",
                      "department": figure.get("department") or dept}
    if figure is not None and _of_kind(kb, figure, kind, dept, listed):
        sources = _SOURCE.findall(alone.text.split("\n")[0])
        shown = figure["label"] if kind in compact(figure["label"]) or kind == WHOLE else f"{kind}（{figure['label']}）"
        amount = format_amount(figure["value"], figure["unit"]) if figure["unit"] else f"{figure['value']:g}"
        line = compose.department_whole_line(dept, shown, amount, sources[0] if sources else "")
        return {**figure, "department": dept}, line
    return None, ""


def _printed_only_in_its_table(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, dept: str,
                               kind: str, depts: list[str]) -> Answer | None:
    """One department's whole ("白云信访局基本支出", or "基本支出呢" of it) that only a table of its titled by the
    kind prints (its 合计 row): that figure, cited; None when its own reading finds it, or nothing does."""
    if kind in (MEAN, WHOLE):
        return None
    alone = _Turn(kb, rules, Session(build_id=session.build_id), dept + kind).run()
    if _asked_whole(kb, alone, dept, kind, depts)[0] is not None:
        return None
    figure, line = _printed_in_table_of_kind(kb, dept, kind)
    if figure is None or alone.status == ANSWERED and _cites_file(alone, line):
        return None  # (its own reading is of that very table: its lines, as they are read)
    figures.remember(session, Answer(dept + kind, ANSWERED, "", "", rows=[figure]), depts)
    session.talk_departments = [dept]
    return Answer(question, ANSWERED, line, "combine", rows=[figure])


def _of_kind(kb: KnowledgeBase, figure: dict, kind: str, dept: str, listed: bool = False) -> bool:
    """Whether a figure found for a department is its whole of that kind: its own, in money (or, listed only,
    printed bare), and under the kind's word (its label, or its fact's row or column) — a 基本支出 table's 合计 is
    no 项目支出."""
    if "value" not in figure or figure.get("unit") not in (*_MONEY, *([""] if listed else [])):
        return False
    rows = query.facts_by_id(kb.conn, [int(figure["fact"])]) if figure.get("fact") is not None else []
    # (a line of a place's table of its departments, "慈溪市民政局 › 小计" of the table 慈溪市财政局 drew up: the
    # department the line stands under is whose figure it is, whoever the table is read as belonging to)
    under = any(str(r["row_labels"] or "").startswith(dept) for r in rows)
    if figure.get("department") not in (dept, "") and not under:
        return False
    labels = compact(str(figure.get("label") or ""))
    labels += "".join(compact(str(r["row_labels"] or "") + str(r["col_labels"] or "")) for r in rows)
    if kind == WHOLE:
        return any(w in labels for w in _WHOLE_LABELS) and "基本支出" not in labels
    return kind in labels


def _cites_file(answer: Answer, line: str) -> bool:
    """Whether an answer cites the file a line cites (the same table read)."""
    files = {x.split(" ")[0] for x in _SOURCE.findall(line)}
    return any(x.split(" ")[0] in files for x in _SOURCE.findall(answer.text))


def _printed_in_table_of_kind(kb: KnowledgeBase, dept: str, kind: str) -> tuple[dict | None, str]:
    """A department's table titled by the kind ("一般公共预算基本支出经济分类表"): its own 合计 row's first money
    figure is the department's whole of that kind, cited — or, its block of a place's table by departments (a
    部门项目支出预算表's 温岭市民政局 › 小计), that block's 小计; (None, lacking) when it has no such table."""
    for doc_id in kb.documents_of_departments([dept]):
        doc = kb.documents[doc_id]
        if kind == WHOLE and _spending_by_blocks(kb, doc):
            row = query.department_subtotal(kb.conn, doc_id)  # (its block's 小计 of the place's spending table)
        elif kind == WHOLE or kind not in str(doc.get("form") or ""):
            continue
        else:
            row = query.printed_total_row_amount(kb.conn, doc_id) or query.department_subtotal(kb.conn, doc_id)
        if row is None:
            continue
        unit = row["unit"] or doc["unit"] or "万元"
        where = "，".join(x for x in (f"{doc['file_name'] or ''} {compose.spot(row['page'], row['sheet'], row['line'])}".strip(),
                                      compose.table_name(dept, doc["form"], doc["year"])) if x)
        figure = {"label": f"{kind}（{row['row_labels']}）", "value": float(row["number"]), "unit": unit,
                  "department": dept, "fact": row["id"]}
        return figure, compose.department_whole_line(dept, figure["label"], format_amount(row["number"], unit), where)
    return None, compose.whole_not_listed(dept, kind)


def _spending_by_blocks(kb: KnowledgeBase, doc: dict) -> bool:
    """Whether a document is a department's block of a place's table of all its spending by departments (部门财政拨款
    支出预算表: its 小计 the department's whole; the place's 合计 line loaded from the same file as the place's), not
    of one part of it (a 项目支出 / 基本支出 table)."""
    form, dept = str(doc.get("form") or ""), str(doc.get("department_name") or "")
    return "支出" in form and not re.search(r"项目支出|基本支出", form) and any(
        o.get("file_name") == doc.get("file_name") and o.get("form") == form and o.get("department_name")
        and o["department_name"] != dept and dept.startswith(o["department_name"]) for o in kb.documents.values())


def _mean_of_projects(kb: KnowledgeBase, dept: str) -> tuple[dict | None, str]:
    """A department's projects' total over their count (its project tables'), the arithmetic shown and cited."""
    docs = [d for d in kb.documents_of_departments([dept]) if query.project_count(kb.conn, [d])]
    rows = [r for r in query.projects_in(kb.conn, docs) if r["kind"] != "department" and r["total"] is not None]
    if not rows:
        return None, compose.whole_not_listed(dept, "项目")
    unit = kb.documents[docs[0]]["unit"] or "万元"
    total = round(sum(r["total"] for r in rows), 2)
    mean = round(total / len(rows), 2)
    tables = "、".join(dict.fromkeys(compose.table_name(dept, kb.documents[d]["form"], kb.documents[d]["year"])
                                     for d in docs))
    line = compose.project_mean(dept, len(rows), f"{total:.2f}", f"{mean:.2f}", unit, tables)
    return {"label": MEAN, "value": mean, "unit": unit, "department": dept}, line


def _combined(kb: KnowledgeBase, question: str, op: str, kind: str, found: list[dict], lines: list[str]) -> Answer:
    """The figures added, set against each other (two), or the larger (smaller) said, each line after."""
    if len({f["unit"] for f in found}) != 1 and len(found) == 2:
        found = list(figures.in_one_unit(*found))
    if len({f["unit"] for f in found}) != 1 or op == "diff" and len(found) != 2:
        return Answer(question, UNKNOWN, compose.several_asked(), "combine")
    unit = found[0]["unit"]
    shown = [f"{f['value']:.2f}" for f in found]
    if op == "sum":
        total = round(sum(f["value"] for f in found), 2)
        head = compose.fact_sum([(f["department"], s) for f, s in zip(found, shown, strict=True)], f"{total:.2f}", unit)
        rows = [*found, {"label": f"{kind}合计", "value": total, "unit": unit, "department": ""}]
    else:
        ranked = sorted(found, key=lambda f: f["value"], reverse=op not in ("少", "低", "小"))
        big, small = sorted(found[:2] if op == "diff" else ranked[:2], key=lambda f: -f["value"])
        diff = f"{big['value'] - small['value']:.2f}"
        word = "多" if op == "diff" else op
        head = compose.which_is_higher(ranked[0]["department"], word, big["value"] == small["value"],
                                       f"{big['value']:.2f}", f"{small['value']:.2f}", diff, unit)
        rows = [big, small]
    note = _kinds_differ(kb, found[0], found[1]) if len(found) == 2 and kind != MEAN else ""
    return Answer(question, ANSWERED, "\n".join([head, *lines]) + note, "combine", rows=rows)


# "哪几个部门有政府雇员工资经费", "政府雇员工资经费哪些单位有": the departments whose tables list a project so named.


def _departments_holding(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                         depts: list[str]) -> Answer | None:
    """The departments whose tables list a project whose name holds the words said, each with its amount and
    table; None unless the question is only that, or when another department prints those words as a line."""
    norm = compact(normalize(question)).rstrip("？?")
    m = _HOLDERS_FIRST.match(norm) or _HOLDERS_LAST.match(norm)
    if m is None:
        return None
    name = m.group("name")
    said = compact(name)
    projects = [p for p in kb.projects.values() if said in compact(p.name)] if len(said) >= 4 else []
    if not projects:
        return None
    held: dict[str, list] = {}
    for p in projects:
        held.setdefault(kb.documents[p.document_id]["department_name"], []).append(p)
    if set(query.departments_printing(kb.conn, name, with_figure=True)) - set(held):
        # another department prints it as a line of its own tables: the facts' to answer (a line printed blank,
        # 公务用车购置 of a 三公 table with none, holds nothing of it)
        return None
    lines, rows = [], []
    for dept, projects in held.items():
        for p in projects:
            doc = kb.documents[p.document_id]
            unit = doc["unit"] or "万元"
            owner = f"{dept}（{p.unit_name}）" if p.unit_name and p.unit_name != dept else dept  # "哪个单位有": its unit
            lines.append(compose.department_whole_line(owner, p.name, format_amount(p.total, unit),
                                                       compose.table_name(dept, doc["form"], doc["year"])))
            rows.append({"label": p.name, "value": p.total, "unit": unit, "department": dept})
    session.talk_departments = list(held)
    return Answer(question, ANSWERED, compose.departments_listing_project(name, len(held), lines), "combine", rows=rows)


# "基本支出呢", "那它的基本支出是多少": a whole alone, asked of the conversation's department.
_YEAR_SAID = re.compile(r"((?:19|20)\d{2})年度?")
_KIND_ALONE = re.compile(r"(?:那|那么)?(?:它的|它|其|该局的|该部门的)?(?P<kind>[\u4e00-\u9fff]{2,8}?)(?:合计)?(?:呢|多少|是多少|有多少)(?:呢)?[？?]?")


def _whole_of_another(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                      depts: list[str]) -> Answer | None:
    """"信访局总预算" → "社工部呢": the whole just asked of one department (its question saying nothing else),
    asked of the department named now, from whichever of its tables prints it; that it lacks it, when none
    does (never its other figure). None for any other follow-up."""
    last = session.figures[-1] if session.figures else {}
    norm = compact(normalize(question))
    talk = list(session.talk_departments)
    if (k := _KIND_ALONE.fullmatch(norm)) is not None and len(talk) == 1 and (kind := _kind_said(kb, k.group("kind"))):
        # "文广旅局项目支出合计" → "基本支出呢": the conversation's department's, where only a table titled so prints it
        return _printed_only_in_its_table(kb, rules, session, question, talk[0], kind[0], depts) \
            if kind[1] == k.group("kind") else None
    m = _DEPARTMENT_ALONE.fullmatch(norm)
    asked = compact(normalize(str(last.get("asked") or "")))
    year = _YEAR_SAID.search(asked)
    asked = _YEAR_SAID.sub("", asked) if year else asked  # "泰和林业局26年项目支出" → "白云信访局呢": its year checked below
    if m is None or not asked or (kind := _kind_said(kb, asked)) is None or not _nothing_else(kb, asked, [kind[1]]):
        return None
    from bot.answer.facts import only_departments  # (not on a plain question's cold path)

    named = _said_departments(kb, m.group("dept"))
    if not only_departments(kb, m.group("dept")) or len(named) != 1 or named[0] == last.get("department") \
            or len(_said_departments(kb, asked)) != 1:
        return None
    if year is not None and any(kb.documents[d]["year"] not in (None, int(year.group(1)))
                                for d in kb.documents_of_departments(named)):
        return None  # (a table of the department of another year: the year said is not this one's to drop)
    figure, line = _whole_of(kb, rules, session, named[0], kind[0], depts)
    session.talk_departments = [named[0]]
    if figure is None:
        figures.remember(session, Answer(named[0] + kind[0], UNKNOWN, line, "unknown"), depts)
        return Answer(question, UNKNOWN, line, "unknown")
    figures.remember(session, Answer(named[0] + kind[0], ANSWERED, "", "", rows=[figure]), depts)
    return Answer(question, ANSWERED, line + _projects_whole_beside(kb, rules, session, named[0], (last, figure), depts), "combine",
                  rows=[figure])


def _projects_whole_beside(kb: KnowledgeBase, rules: list[Rule], session: Session, department: str,
                           shown: tuple[dict, dict], depts: list[str]) -> str:
    """"信访局总预算" answered by its project table's whole (项目支出总计) → "兰溪自然资源局呢" answered by that
    department's whole budget: its whole of projects too, beside it — the figure alike to the one shown ("" when
    the figure found is already of that kind, or the department's tables print none)."""
    last, figure = shown
    if not project_whole_said(last) or project_whole_said(figure):
        return ""
    found = project_whole_of(kb, rules, Session(build_id=session.build_id), department, department, depts)
    alike = figures.figure_of(found, depts) if found is not None else None
    if alike is None or alike.get("value") == figure.get("value"):
        return ""
    return "\n" + compose.projects_whole_beside(str(alike.get("label") or ""), format_amount(alike["value"], str(alike.get("unit") or "")))


def _column_of_line_answered(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                             depts: list[str]) -> Answer | None:
    """"宜都三个部门里哪个一般公共预算最少" → "它的项目支出": the column said of the department's line just answered,
    in that table (never the department's whole of that kind from another of its tables); None otherwise."""
    if not session.figures or not (session.figures[-1] or {}).get("department") or "它" not in question and "其" not in question:
        return None
    from bot.answer.facts import column_of_line_answered  # (not on a plain question's cold path)

    answer = column_of_line_answered(_Turn(kb, rules, session, question), Answer)
    if answer is not None:
        figures.remember(session, answer, depts)
    return answer
