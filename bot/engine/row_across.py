"""A project followed across a place's tables of other kinds and years, in a follow-up that says only a year and
what is asked: "X多少" (a department's 2026 目标表) → "那2025年的呢" (the county's 2025 绩效评价结果汇总表, one row per
evaluated project, of many departments); "X 2025年得分" → "那2026年采购预算呢" (the county's 2026 政府采购意向公开表).

The pipeline checks the year against the conversation's department's tables only, so it says the year is not held
(or asks among rows of that year sharing a word). Here the row is looked for among the rows of every table of the
year said (any department's, any kind): the same name without its generic tail, else the one name sharing clearly
the most pairs of characters with it (城区环卫保洁市场化服务经费 / 城区环卫保洁市场化服务; 城乡视频监控联网建设运维经费 /
城乡视频监控运维服务). A row found by likeness only is said with its full name (the answer cites its table); two rows
about equally like it are asked back; a year no table of the place holds is left as the pipeline said it."""

from __future__ import annotations

from bot.answer import compose
from bot.dialogue.session import Session
from bot.dialogue.values import ANSWERED, CLARIFY, UNKNOWN, Answer
from bot.engine.names import department_spans
from bot.engine.other_year import _TOTAL, _core, _row_of
from bot.engine.turn import _restore, _Turn
from bot.engine.two_years import _YEAR
from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.lexicon import KnowledgeBase, department_places
from bot.language.normalize import compact, normalize
from bot.language.rules import Rule
from bot.store.queries import FACT_SEP

# "那2025年的呢", "26年的采购预算呢", "那25年评价得分", "26年运维服务采购预算": a year, then at most a few words
_YEAR_THEN = Words("years", rf"^(?:{{row_leads}})*(?P<year>{_YEAR.pattern})的?(?P<rest>[\u4e00-\u9fff]{{0,16}}?)"
                   r"(?:{row_asking})*[？?]?$")
_ASIDE = re.compile(rf"[（(][^）)]*[）)]|^{_YEAR.pattern}")
# what a project's own row of a 目标表 answers by (its money): the words a follow-up may ask of it
_PROJECT_MONEY = Words("years", "^(?:{project_money})*$")
_LIKE_ENOUGH = 0.5  # the share of pairs of characters two names of one project share at least
_CLEARLY = 0.15  # how much more like it the row taken is than the next


def _bare(name: str) -> str:
    """A row's name without a bracketed aside or a leading year (农村公路养护工程（2026年度）), nor its generic tail."""
    return _core(compact(_ASIDE.sub("", normalize(name).strip())))


def likeness(first: str, second: str) -> float:
    """How alike two rows' names are: 1 for the same name without its tail, else the share of their pairs of
    characters both hold (常山胡柚产业高质量发展专项资金 / 胡柚产业高质量发展专项资金: 0.89)."""
    a, b = _bare(first), _bare(second)
    if len(a) < 2 or len(b) < 2:
        return 0.0
    if a == b:
        return 1.0
    from bot.answer.facts.lookup import _pairs  # (the facts package stays off a plain question's cold path)
    pa, pb = _pairs(a), _pairs(b)
    return 2 * len(pa & pb) / (len(pa) + len(pb))


def _row_shown(kb: KnowledgeBase, earlier: Session) -> str:
    """The name of the one row the turn before showed: the row the fact answerer read the question as (without the
    department printed before it in its label), else its label's row, else the one project in focus (a project
    answered beside its like-named row of another table keeps no figure); "" when none (a listing, nothing shown)."""
    last = (earlier.figures or [{}])[-1]
    kept = earlier.facts if isinstance(earlier.facts, dict) else {}
    rows = [str(r) for r in kept.get("rows") or ()]
    if not last and kept.get("last") and len(rows) == 1 and not kept.get("unanswered"):
        return rows[0]  # (a line of words, 评价等级: no figure kept, the fact answerer's row)
    pids = earlier.focus_projects
    if not last and len(pids) == 1 and pids[0] in kb.projects:
        return kb.projects[pids[0]].name
    items = last.get("items") or []
    # (each item a figure, or a [label, value] pair of a series kept for a chart)
    labels = {str((i.get("label") if isinstance(i, dict) else i[0] if isinstance(i, list) and i else "") or "").split(" ")[0]
              for i in items} if items else {str(last.get("label") or "").split(" ")[0]}
    if last.get("unanswered") or len(labels) != 1:
        return ""
    row = _row_of({"label": labels.pop()})
    said = [r for r in rows if compact(r) in compact(row)]
    return said[0] if len(said) == 1 else row


def _not_in_year(question: str, row: str, year: int, before: dict) -> Answer:
    """The row shown is in no table of the year asked, though tables of that year are loaded."""
    shown = (Session.from_dict(before).figures or [{}])[-1].get("year")
    text = compose.project_not_in_year(row, [year], shown if isinstance(shown, int) else None)
    return Answer(question, UNKNOWN, text, "unknown", debug={"settled": True})


def _has_year(kb: KnowledgeBase, earlier: Session, year: int) -> bool:
    """Whether the department of the figure shown has a table of the year."""
    depts = _departments_shown(kb, earlier)
    return any(doc["department_name"] in depts and kb.year_of_document(d) == year for d, doc in kb.documents.items())


def _departments_shown(kb: KnowledgeBase, earlier: Session) -> set[str]:
    """The department of the figure shown, else those the fact answerer read, else the project in focus's."""
    dept = str((earlier.figures or [{}])[-1].get("department") or "")
    kept = earlier.facts if isinstance(earlier.facts, dict) else {}
    pids = [p for p in earlier.focus_projects if p in kb.projects]
    return {dept} if dept else set(kept.get("departments") or ()) or {kb.department_of(p) for p in pids[:1]}


def _column_shown(earlier: Session) -> str:
    """The column of the figure shown (its label after the row, units left off): "" when its label is the row's
    alone (a project's 总计)."""
    last = (earlier.figures or [{}])[-1]
    items = last.get("items") or []
    first = items[0] if items and isinstance(items[0], dict) else last
    return compact(_ASIDE.sub("", normalize("".join(str(first.get("label") or "").split(" ")[1:]))))


def _rows_of_year(kb: KnowledgeBase, year: int, depts: set[str]) -> dict[str, set[tuple[int, str]]]:
    """Every row's name of the tables of the year of the place of the departments shown (any department's, any
    kind), each with the table and owner of every row so named: projects of a 目标表 (their department), each label
    of a row of a labelled table (the department its line names, else the table's). Nothing when no place is known
    (another county's tables are never read)."""
    places = {p for d in depts for p in department_places(d)[-1:]}  # (the innermost: 常山 of 常山县财政局)
    if not places:
        return {}
    docs = {d for d, doc in kb.documents.items() if kb.year_of_document(d) == year
            and any(p in str(doc["department_name"]) for p in places)}
    rows: dict[str, set[tuple[int, str]]] = {}
    for p in kb.projects.values():
        if p.document_id in docs:
            rows.setdefault(p.name, set()).add((p.document_id, kb.department_of(p.id)))
    labelled = docs - {d for named in rows.values() for d, _ in named}
    if labelled:
        from bot.answer.facts.index import index_for  # (a follow-up's: the index is built by the turn before)
        idx = index_for(kb)
        for d in sorted(labelled):
            lines: dict[tuple, list[dict]] = {}
            for f in idx.facts(list(idx.docs[d].facts) if d in idx.docs else [], copied=False):
                lines.setdefault((f["sheet"], f["page"], f["line"]), []).append(f)
            for cells in lines.values():
                owner = _owner_of(cells) or str(kb.documents[d]["department_name"])
                for part in {x for f in cells for x in (f["row_labels"] or "").split(FACT_SEP)}:
                    if part and not _TOTAL.search(part):
                        rows.setdefault(part, set()).add((d, owner))
    return {name: held for name, held in rows.items() if not _a_department(kb, name)}


# a head naming projects as well as units (部门（单位）及项目名称, 单位及项目名称)
_PROJECT_HEAD = Words("follow_ups", "{project_heads}")


def _owner_of(cells: list[dict]) -> str:
    """The department a line of a labelled table names under a head of its own (主管部门, 采购单位): the label or
    text cell under it; "" when none."""
    from bot.answer.facts.groups import _UNIT_HEAD

    for f in cells:
        heads = (f["row_heads"] or "").split(FACT_SEP)
        parts = (f["row_labels"] or "").split(FACT_SEP)
        for k, (part, head) in enumerate(zip(parts, heads, strict=False)):
            if part and _UNIT_HEAD.search(head):
                # (a head of units and projects both, 部门（单位）及项目名称: a project's line under its unit's heading
                # line, whose name is the part before it)
                return compact(parts[0]) if k and parts[0] and _PROJECT_HEAD.search(head) else compact(part)
    for f in cells:
        own = (f["col_labels"] or "").split(FACT_SEP)[-1]
        if f["number"] is None and f["value"] and _UNIT_HEAD.search(own):
            return compact(str(f["value"]))
    return ""


def _owner_shown(earlier: Session, row: str) -> set[str]:
    """The department printed before the row's name in the label of the figure shown (县公安局 of a table of many
    departments' rows, whose own department is the one that drew it up); none when the label starts with the row."""
    label = compact(str((earlier.figures or [{}])[-1].get("label") or "").split(" ")[0])
    at = label.find(compact(row)) if row else -1
    return {label[:at]} if at > 1 else set()


def _same_department(owner: str, depts: set[str]) -> bool:
    """Whether a row's owner is a department shown, its leading place level aside (县林业局 of 云溪县林业局)."""
    core = owner[1:] if owner[:1] in "省市区县" and len(owner) > 3 else owner
    return any(compact(d).endswith(core) or core.endswith(compact(d)) for d in depts if d)


def _a_unit_of(kb: KnowledgeBase, owner: str, depts: set[str]) -> bool:
    """Whether a row's owner is a funding unit a department shown lists its projects under (县房屋征收服务中心 of
    住建局's 目标表): the department's own row, no other department's."""
    of_department = kb.__dict__.get("_units_of_department")  # once per knowledge base (its projects never change)
    if of_department is None:
        found: dict[str, set[str]] = {}
        for p in kb.projects.values():
            if p.unit_name:
                found.setdefault(kb.department_of(p.id), set()).add(compact(p.unit_name))
        of_department = kb.__dict__["_units_of_department"] = {d: frozenset(us) for d, us in found.items()}
    units = {u for d in depts for u in of_department.get(d, ())}
    return any(_same_department(owner, {u}) for u in units)


def _a_department(kb: KnowledgeBase, name: str) -> bool:
    """Whether a row's name is a department's name whole (采购单位, 主管部门 of a row): no project's row."""
    text = normalize(name)
    return any(a == 0 and b >= len(text) for a, b in department_spans(kb, text))


def _columns_of(kb: KnowledgeBase, doc: int) -> str:
    """The words a labelled table's columns print (its column labels and the heads of its row labels)."""
    from bot.answer.facts.index import index_for

    idx = index_for(kb)
    facts = idx.facts(list(idx.docs[doc].facts), copied=False) if doc in idx.docs else []
    return "".join({f"{f['col_labels'] or ''}{f['row_heads'] or ''}" for f in facts})


def _asked_of(kb: KnowledgeBase, rest: str, name: str, doc: int) -> str | None:
    """What the follow-up asks of the row, the words it shares with the row's name left out ("运维服务采购预算" of
    城乡视频监控运维服务: 采购预算); None when a word is left that is no column of the row's table (another thing said)."""
    left = rest
    for size in range(len(rest), 1, -1):
        for i in range(len(rest) - size + 1):
            if len(piece := rest[i:i + size]) == size and piece in name and piece in left:
                left = left.replace(piece, "", 1)
    left = left.removeprefix("的")
    if any(p.document_id == doc for p in kb.projects.values()):
        return left if _PROJECT_MONEY.match(left) else None
    columns = _columns_of(kb, doc) + str(kb.documents[doc]["form"] or "")
    return left if all(ch in columns for ch in left) else None


def row_in_tables_of_year(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                          before: dict) -> Answer:
    """"X多少" → "那2025年的呢" not answered, or asked back among that year's rows: the row shown, found among the rows
    of the year's tables by its name (see the module), asked with what the follow-up asks of it; kept when the
    answer names that row from a table of the year. The answer as it was otherwise."""
    said = _YEAR_THEN.match(compact(normalize(question)))
    if said is None or answer.status not in (UNKNOWN, CLARIFY) and not _whole_taken(answer, said.group("rest")):
        return answer
    row, year = _row_shown(kb, Session.from_dict(before)), int(said.group("year")[:4])
    if len(_bare(row)) < 4 or _TOTAL.search(row) or _a_department(kb, row):
        return answer
    depts = _departments_shown(kb, Session.from_dict(before))
    held = _rows_of_year(kb, year, depts)
    ranked = [r for r in sorted(((likeness(row, name), name, min(d for d, _ in rows)) for name, rows in held.items()),
                                reverse=True) if r[0] >= _LIKE_ENOUGH]
    if not ranked:  # (tables of the year loaded, none holding the row: said so, not that the year is not held)
        return _not_in_year(question, row, year, before) \
            if held and answer.status == UNKNOWN and not said.group("rest") else answer  # (another row said: the pipeline's)
    if len(ranked) > 1 and ranked[1][0] > ranked[0][0] - _CLEARLY:
        names = [name for score, name, _ in ranked if score > ranked[0][0] - _CLEARLY][:5]
        return Answer(question, CLARIFY, compose.which_fact(names), "across", options=names, debug={"settled": True})
    _, name, doc = ranked[0]
    owners = {o for _, o in held[name]}
    if _bare(name) != _bare(row) and _has_year(kb, Session.from_dict(before), year):
        return answer  # (the department's own table of the year: its rows are followed by their names only, other_year)
    asked = _asked_of(kb, _table_left_off(kb, said.group("rest"), doc), name, doc)
    if asked is None or not asked and _bare(name) != _bare(row):
        return answer  # (a row only alike, nothing asked of it: "那2025年的呢" of a 采购 item is no 2025 program's row)
    if not asked and _asked_of(kb, _column_shown(Session.from_dict(before)), name, doc) is None:
        return answer  # (nothing asked: the column shown is asked, 自评得分 of a 目标表 that prints none)
    # (asked afresh: the year, the row's full name and what is asked say it all; the conversation's department
    # is the other table's, whose rows of its own would be read first)
    fresh = Session()
    found = _Turn(kb, rules, fresh, f"{year}年{name}{asked or '多少'}").run()
    head, source = compose.said_and_source(found.text)
    # (rows of one name of two departments, 信息化运维经费: kept only when the answer names each of them)
    if len(held[name]) > 1 and not all(o in compact(found.text) for o in owners):
        return answer
    if found.status == ANSWERED and _bare(name) in compact(head) and f"{year}年" in source \
            and _of_doc(kb, found, {d for d, _ in held[name]}):
        _restore(session, fresh.to_dict())
        found.question = question
        if _bare(name) != _bare(row):
            found.text = f"{found.text}\n{compose.row_by_likeness(year, name, row)}"
        shown = _owner_shown(Session.from_dict(before), row) or depts
        if len(owners) == 1 and shown and not _same_department(owner := owners.pop(), shown) \
                and not _a_unit_of(kb, owner, shown):
            found.text = f"{found.text}\n{compose.row_of_owner(owner, name, sorted(shown)[0])}"  # (whose row it is)
        return found
    return answer


# a table named by its kind before what is asked of it ("结转结余表里本年收入"): the words of the kind, then 表里
_TABLE_SAID = Words("years", r"^(?P<kind>[\u4e00-\u9fff]{2,12}?)表(?:{table_ins})?的?")


def _whole_taken(answer: Answer, rest: str) -> bool:
    """"X多少" → "25年结转结余表里本年收入呢" answered by that table's 合计 line: the follow-up names a table and a
    column but no row, so its subject is the row shown, not the table's whole (unless a whole is said)."""
    head = compose.said_and_source(answer.text)[0] if answer.status == ANSWERED else ""
    return bool(_TABLE_SAID.match(rest)) and not _WHOLE_SAID.search(rest) \
        and bool(_TOTAL.search(_row_of({"label": head.split("：")[0]})))


_WHOLE_SAID = Words("years", "{row_wholes}")


def _table_left_off(kb: KnowledgeBase, rest: str, doc: int) -> str:
    """What a follow-up asks of the row, a table it names first left off when that table is the row's (every
    character of the kind said is in the table's title: 结转结余表 of 部门结转结余资金情况表)."""
    m = _TABLE_SAID.match(rest)
    title = compact(str(kb.documents[doc].get("title") or "") + str(kb.documents[doc].get("form") or ""))
    return rest[m.end():] if m and all(ch in title for ch in m.group("kind")) else rest


def _of_doc(kb: KnowledgeBase, found: Answer, docs: set[int]) -> bool:
    """Whether the answer found reads the tables of the row taken (its facts', else its projects')."""
    from bot.answer.facts.index import index_for

    ids = [i for i in found.ids_of("fact") if isinstance(i, int)]
    if ids:
        return all(f["document_id"] in docs for f in index_for(kb).facts(ids))
    pids = [p for p in found.ids_of("project") if p in kb.projects]
    return all(kb.projects[p].document_id in docs for p in pids)
