"""Clarification: which option a reply picks, which documents an answer draws on, and asking back."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import asdict

from bot.answer import compose
from bot.dialogue.cues import own_intent
from bot.dialogue.turn import Turn
from bot.dialogue.values import ALL_LABEL, CLARIFY, Answer, Frame, copy_frame
from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.lexicon import Department, department_places
from bot.language.normalize import compact, format_amount, small_number
from bot.language.rules import INTENTS
from bot.store import queries as query
from bot.understand.parse import Parse, phrase_words, search_words

MAX_OPTIONS = 8
COMPLETION_CHECKED = 200  # indicators of one name looked up for a 完成值, at most (a common name stays fast)


def pick_pending(t: Turn, p: Parse) -> Frame | Answer | None:
    """The option of the pending clarification that the reply picks, by number, name or department."""
    options = t.session.pending
    if p.ordinal:
        return options[p.ordinal - 1] if 1 <= p.ordinal <= len(options) else None
    typed = compact(t.question)
    same = [o for o in options if o.label and compact(o.label) == typed]
    if len(same) == 1:
        return same[0]  # "全部", or an option's whole label
    if (summed := _options_summed(t, typed, options)) is not None:
        return summed
    each = _EACH_OPTION_ASKED.match(typed)
    if (typed in t.kb.vocab.all_options or each) and options[0].projects:
        # "都要": every project offered, in one answer; "分别多少": each of them asked (their amounts, when the
        # question offered them for was how many such projects there are)
        both = Frame(**{**asdict(options[0]), "categories": list(options[0].categories)})
        both.projects = list(dict.fromkeys(pid for o in options for pid in o.projects))
        both.indicators = list(dict.fromkeys(i for o in options for i in o.indicators))
        if each and both.intent == "count" and both.count_of == "projects":
            both.intent, both.count_of, both.measure = "amount", "", "amount"
        return both
    # "检测中心的呢": a part of one option's label only (the funding unit that tells two namesakes apart)
    core = re.sub(r"^(?:那个?|是|要)|(?:的|那个|那边)?(?:呢|吧|吗)?$", "", typed)
    if len(core) >= 2 and len(inside := [o for o in options if core in compact(o.label)]) == 1:
        return inside[0]
    if (placed := _option_of_place_and_part(t, core, options)) is not None:
        return placed
    if (under := _option_of_unit(t, core, options)) is not None:
        return under
    named = {r.key for m in p.mentions for r in m.refs if r.kind == "project"}
    named_docs = set(t.docs_of(p.departments()))

    def docs(o: Frame) -> set[int]:
        return set(o.doc_ids) | {t.doc_of(pid) for pid in o.projects}

    hits = [o for o in options if (set(o.projects) & named) or (named_docs and docs(o) & named_docs)]
    if len(hits) != 1:
        return None
    if own_intent(t, p) and not _value_of_the_option(p, hits[0]):
        t.session.pending = []  # a new question that names its subject: answer it as asked
        return None
    return hits[0]


def category_of_the_options(t: Turn, p: Parse, options: list[Frame]) -> Frame | Answer | None:
    """"湄潭农饮维修养护" (which project?) → "它的可持续影响指标": 它 is the projects just offered, never every
    department's; the class asked of the one of them that has it, or the question back again among those that
    have it. None when the reply is no such question (it names a subject of its own, or no class)."""
    categories = p.categories()
    if not p.has("refer") or not categories or not all(o.projects for o in options) \
            or any(m.of("project") or m.of("indicator") for m in p.mentions):
        return None
    holding = []
    for o in options:
        rows = [r for c in categories for r in query.indicators(
            t.conn, project_ids=o.projects[-1:], category=("level1" if c.level == "level1" else "level2", str(c.key)))]
        if rows:
            opt = copy_frame(o)
            opt.intent, opt.categories, opt.indicators = "indicator_list", list(categories), []
            opt.projects = o.projects[-1:]
            holding.append(opt)
    if len(holding) == 1:
        return holding[0]
    if holding:
        return clarify(t, holding, compose.WHICH_PROJECT)
    every = copy_frame(options[0])  # none has it: each project offered says so
    every.intent, every.categories, every.indicators = "indicator_list", list(categories), []
    every.projects = list(dict.fromkeys(pid for o in options for pid in o.projects[-1:]))
    return every


def _value_of_the_option(p: Parse, option: Frame) -> bool:
    """"城镇新增就业人数多少" (which department?) → "渝中那个实际完成呢": the indicator offered, of the department
    said, its value or what was done asked; the question names nothing else of its own."""
    asked = p.has("completion", "value") or p.has("how_much") and not p.has("amount", "total", "count")
    return bool(option.indicators) and asked \
        and not any(m.of("project") or m.of("indicator") or m.of("category") for m in p.mentions)


# "两个加起来", "这两个一共多少", "都加起来呢": every option just offered, added up (the count, when said, theirs)
_OPTIONS_SUMMED = Words("follow_ups", r"^(?:那|那么)?(?:这|那|前面|上面)?(?:(?P<n>两|俩|二|三|四|五|六|七|八|\d+)(?:个|项)?|它们|都)?(?:的)?"
                             r"(?:经费|金额|资金|钱)?(?:都)?(?:{summed})"
                             r"(?:是|有|为)?(?:多少钱?)?(?:呢|啊|吧)?$")


def summed_count(typed: str) -> int | None:
    """"两个加起来", "都加起来呢": the count said of what was just shown, added up (0 when none is said); None when
    the reply asks no such sum alone."""
    m = _OPTIONS_SUMMED.match(typed)
    if m is None:
        return None
    n = m.group("n")
    return (2 if n == "俩" else small_number(n) or 0) if n else 0


def _options_summed(t: Turn, typed: str, options: list[Frame]) -> Frame | Answer | None:
    """"雇员经费多少" → (which one?) → "两个加起来": the projects offered added up, one frame of all of them (another
    count than the options' is said not to fit, never the table's total); None unless the reply only asks that
    and each option is a project's amount."""
    asked = summed_count(typed)
    if asked is None or len(options) < 2 or not all(o.projects and o.intent == "amount" for o in options):
        return None
    if (why := compose.count_not_shown(asked, len(options))) is not None:
        return t.unknown(why, typed, suggest=False)
    both = Frame(**{**asdict(options[0]), "categories": list(options[0].categories)})
    both.projects = list(dict.fromkeys(pid for o in options for pid in o.projects))
    both.intent, both.label = "sum", ""
    return both


# "分别多少", "各是多少钱": a reply asking each of the options offered, none picked.
_EACH_OPTION_ASKED = re.compile(r"^(?:那)?(?:分别|各自|各)(?:是|有|为)?(?:多少钱?|几个|多少个)(?:呢|啊)?$")
_OWN_SAID = Words("follow_ups", "{own_level}")


def _namesakes(shown: list) -> bool:
    """Whether the projects offered are namesakes: one name, or one name with a unit's word before it
    (森林防火专项经费 of 本级 and 国有林场森林防火专项经费 of the 国有林场) in different units."""
    if any(p is None for p in shown):
        return False
    names = {compact(p.name) for p in shown}
    shortest = min(names, key=len)
    return len(names) == 1 or len(shortest) >= 4 and all(n.endswith(shortest) for n in names) \
        and len({p.unit_name for p in shown}) == len(shown)


def _option_of_place_and_part(t: Turn, core: str, options: list[Frame]) -> Frame | None:
    """"长兴检测中心的": a part of one option's label said after its department's place (without its level), as
    a unit is said (长兴县质量技术监督检测中心 of 编外人员经费（长兴县质量技术监督检测中心）)."""
    for o in options:
        docs = set(o.doc_ids) | {t.kb.projects[pid].document_id for pid in o.projects if pid in t.kb.projects}
        places = {p for d in docs for p in department_places(t.kb.documents[d]["department_name"])}
        part = next((core[len(p):] for p in places if core.startswith(p) and len(core) - len(p) >= 2), "")
        if part and part in compact(o.label):
            return o if sum(part in compact(x.label) for x in options) == 1 else None
    return None


def _option_of_unit(t: Turn, core: str, options: list[Frame]) -> Frame | None:
    """"本级那个", "消保中心那个": of namesakes under two funding units of a table, the one listed under the unit
    said (本级: the department's own unit)."""
    own_said = _OWN_SAID.search(core) is not None
    shown = [t.kb.projects.get(o.projects[-1]) if o.projects else None for o in options]
    if len(options) < 2 or not _namesakes(shown):
        return None  # (only namesakes offered: never a suggestion of something else)
    picked = []
    for o in options:
        project = t.kb.projects.get(o.projects[-1]) if o.projects else None
        if project is None or not project.unit_name:
            continue
        doc = project.document_id
        if own_said and t.kb.own_units.get(doc) == project.unit_name \
                or any((doc, project.unit_name) in found for _, _, found in t.kb.units_said(core, {doc})):
            picked.append(o)
    return picked[0] if len(picked) == 1 else None


_TABLES_ASKED = re.compile(r"哪(?:几|些)(?:份|张|个)?(?:表|文件|文档)")  # (context._tables_asked)


def _content_of_one(t: Turn, f: Frame, choices: list[str]) -> bool:
    """Whether a content lookup naming no project is scoped to the one department whose texts hold its words."""
    if f.intent != "content" or f.projects or f.indicators or not (found := _content_held_by_one(t, choices)):
        return False
    f.doc_ids = found
    return True


def _projects_of_one(t: Turn, f: Frame, choices: list[str]) -> bool:
    """Whether projects filtered by their money ("象山那边超过一百五十万的项目") are of the one department among
    those a place names that has projects at all (the county's 财政局 prints an asset table of no projects)."""
    if f.intent != "filter" or f.projects or f.indicators:
        return False
    having = [docs for dept in dict.fromkeys(choices) if (docs := t.docs_of([dept])) and query.projects_in(t.conn, docs)]
    if len(having) != 1:
        return False
    f.doc_ids = having[0]
    return True


def _content_held_by_one(t: Turn, choices: list[str]) -> list[int]:
    """A content lookup whose words a place said could make a department of ("龙游发糕" of 龙游县 or 龙游县文化和
    广电旅游体育局): the documents of the one department among those whose projects' texts (names, goals,
    indicators) hold every word searched for; [] when none or several do (then which is asked)."""
    said = {m.text for m in t.p.mentions if m.of("department")}
    words = [compact(w) for w in search_words(t.p, t.kb) if w not in said and len(compact(w)) >= 2]
    if not words:
        return []
    holding = []
    for dept in dict.fromkeys(choices):
        docs = t.docs_of([dept])
        rows = query.projects_in(t.conn, docs) if docs else []
        texts = [compact(f"{r['name']}{r['goal'] or ''}") for r in rows]
        texts += [compact(f"{k['name']}{k['annual_value'] or ''}")
                  for k in query.indicators(t.conn, project_ids=[r["id"] for r in rows])] if rows else []
        # (each word whole, or every word of two characters or more it is cut into: "龙游发糕硬木雕刻", said with a
        # space between its examples, is 龙游发糕 and 硬木雕刻 in one sentence or two)
        pieces = [[p for p in phrase_words(w, t.kb)[0] if len(p) >= 2] or [w] for w in words]
        if texts and all(any(w in x for x in texts) or all(any(p in x for x in texts) for p in ps)
                         for w, ps in zip(words, pieces, strict=True)):
            holding.append(docs)
    return list(holding[0]) if len(holding) == 1 else []


def scope(t: Turn, f: Frame) -> Answer | None:
    """Which documents an answer draws on. Aggregates over several departments need one: the one
    named, else the conversation's, else the only one that has the category asked; else ask."""
    choices = t.dept_choices
    if choices and f.intent == "department" and _TABLES_ASKED.search(t.p.text) and not (f.projects or f.indicators):
        # "哪几份表是人社部门的": every table of the departments the word names, not a choice among them
        f.doc_ids = sorted({d for dept in t.kb.departments_named(choices) for d in dept.doc_ids})
        return None
    if asked := _asked_first(t, f, choices):
        return asked
    if f.doc_ids or len(t.kb.departments) <= 1:
        if not f.doc_ids:
            f.doc_ids = list(t.kb.documents)
        return None
    if f.indicators and not f.projects and t.p.has("completion") and len(f.indicators) <= COMPLETION_CHECKED:
        # "城镇新增就业实际完成多少人": only a table reporting what was done (a 自评表) can say; the indicator
        # of that name in tables of targets only is no second department to ask about.
        done = sorted(r["id"] for r in query.indicators(t.conn, ids=f.indicators) if r["actual_value"])
        if done:
            f.indicators = done
    if f.projects or f.indicators:
        docs = t.kb.documents_of_indicators(f.indicators) if f.indicators else []
        f.doc_ids = sorted({t.doc_of(pid) for pid in f.projects}.union(docs)) if f.projects else list(docs)
        if len(f.doc_ids) > 1 and not f.projects and t.session.doc_ids:
            inside = [d for d in f.doc_ids if d in t.session.doc_ids]
            if inside:
                f.doc_ids = inside
                f.indicators = [i for i in f.indicators if t.kb.indicator_doc[i] in inside]
        # ("哪个部门城镇新增就业目标最高": the highest of its values over every department, each one's shown)
        across = _asked_across(t, f)
        # (one department's tables, its project table and its 部门整体 table, are no choice of department)
        if len(t.kb.departments_of_documents(f.doc_ids)) > 1 and not f.projects \
                and not (across and len(f.indicators) <= ACROSS_AT_MOST) and not _one_value_everywhere(t, f):
            # (issue 13: "哪些项目的X是…" asks across the departments: each one's, grouped, never a choice — when
            # that fits one short message; else which department, with 全部 among the options)
            return _clarify_indicator_projects(t, f, across) \
                or clarify_departments(t, f, (), offer_all=across, departments=t.kb.departments_of_documents(f.doc_ids))
        return None
    if INTENTS[f.intent].every_table:
        f.doc_ids = list(t.kb.documents)  # describe every loaded table
        return None
    if not INTENTS[f.intent].aggregate:
        f.doc_ids = list(t.kb.documents)
        return None
    if t.session.doc_ids:
        f.doc_ids = list(t.session.doc_ids)
        return None
    if INTENTS[f.intent].own_tables:
        having = t.kb.documents_having(f.intent)
        if len(having) == 1:
            f.doc_ids = sorted(having)
            return None
    if f.categories:
        having = frozenset[int]().union(*(t.kb.documents_having("level1" if c.level == "level1" else "level2", str(c.key))
                               for c in f.categories))
        if len(having) == 1:
            f.doc_ids = sorted(having)
            return None
    f.doc_ids, f.every_department = _of_the_year_said(t), True
    return None


def _asked_first(t: Turn, f: Frame, choices: list[str]) -> Answer | None:
    """Which department a word naming several asks; None when it is not asked. (An indicator two projects of
    one table hold with different values is answered for both, each value beside its project: no guess, and
    no question back while a meeting waits.)"""
    if choices and (asked := _departments_said_asked(t, f, choices)):
        return asked
    return None


# "三个人社局分别多少", "人社局的都是多少": each one's asked, never which.
_EACH_ASKED = re.compile(r"分别|各|每个|都是|几个|三个|两个|都多少")


def _departments_said_asked(t: Turn, f: Frame, choices: list[str]) -> Answer | None:
    """A word naming several departments: an aggregate asks which of them (or all); an indicator held by
    more than one of them asks which project, as with no department said."""
    if INTENTS[f.intent].aggregate and not (f.projects or f.indicators):
        if _content_of_one(t, f, choices):  # ("哪个项目管龙游发糕": the one department whose texts hold the words)
            return None
        if _projects_of_one(t, f, choices):  # ("象山那边超过一百五十万的项目": the one of them with projects)
            return None
        return clarify_departments(t, f, choices, offer_all=True)
    return _indicator_of_departments_said(t, f) if f.indicators and not f.projects else None


def _indicator_of_departments_said(t: Turn, f: Frame) -> Answer | None:
    """"人社局的城镇新增就业人数是多少" with three 人社局 loaded, each holding it: a word naming several
    departments tells no more than none said ("城镇新增就业人数是多少" asks which project), so the same
    choice, each project's value beside it; a list asked ("哪些/各…") is answered for them all."""
    if not f.doc_ids or t.p.all_departments or _EACH_ASKED.search(t.p.text):
        return None
    inside = set(f.doc_ids)
    held = [i for i in f.indicators if t.kb.indicator_doc[i] in inside]
    if len(t.kb.departments_of_documents(sorted({t.kb.indicator_doc[i] for i in held}))) < 2 \
            or _each_place_one_holder(t, held):
        return None
    across = _asked_across(t, f)
    if across or f.intent != "indicator_value":
        return None
    one = copy_frame(f)
    one.indicators = held
    return _clarify_indicator_projects(t, one, False)


def _one_value_everywhere(t: Turn, f: Frame) -> bool:
    """"编外人员聘用合规率年度值" held by projects of two departments, every one 100%: the value is the answer
    whichever is meant (each shown where it holds), no choice to make. Only an indicator's value asked, of one
    name, of a few projects, and a value asked (值, 多少: the name alone asks which project's); values that differ
    at all still ask which."""
    if f.intent != "indicator_value" or not f.indicators or len(f.indicators) > ACROSS_AT_MOST \
            or not (f.value_kind or t.p.has("value", "how_much")) \
            or len({t.kb.indicator_name[i] for i in f.indicators}) > 1:
        return False
    rows = query.indicators(t.conn, ids=f.indicators)
    done = t.p.has("completion", "executed")
    # (the column asked, or both when neither is: the answer shows what was asked of every one)
    values = {(r["annual_value"] if f.value_kind != "period" else "", r["period_value"] if f.value_kind != "annual" else "",
               r["actual_value"] if done else "") for r in rows}
    return len(rows) == len(f.indicators) and len(values) == 1 and any(next(iter(values))[:2])


def _each_place_one_holder(t: Turn, held: list[int]) -> bool:
    """"湛江和乐清城镇新增就业目标差多少": two or more places (departments) said, each naming exactly one
    department holding the indicator — the question chose them all, to be set side by side, no choice left."""
    said = [m for m in t.p.mentions if m.of("department")]
    if len(said) < 2:
        return False
    holders = {t.kb.department_of(t.kb.indicator_project[i]) for i in held}
    each = [{r.id for r in m.of("department")} & holders for m in said]
    return all(len(h) == 1 for h in each) and len(set().union(*each)) == len(said)


def _projects_at_most(project_of: dict[int, int], indicators: list[int], most: int) -> list[int] | None:
    """The distinct projects of the indicators in order, or None past `most`: a name shared by every department
    is tens of thousands of indicators, and the choice is offered only among a few."""
    projects: dict[int, None] = {}
    for i in indicators:
        projects[project_of[i]] = None
        if len(projects) > most:
            return None
    return list(projects)


_EACH_VALUE = Words("listing", "{each_value}")  # ("X目标各是多少": each project's value listed)


def _asked_across(t: Turn, f: Frame) -> bool:
    """Whether an indicator's value is asked of every project holding it: a list or which asked ("哪些项目的X"),
    where it is asked ("哪些表有X指标": the tables' words read as which tables), each one's asked ("X目标各是多少",
    "都是多少"), or the highest (lowest) of them."""
    return f.intent == "indicator_value" and (t.p.has("list", "which", "inventory") or bool(_EACH_VALUE.search(t.p.text))
                                              or bool(f.order) and t.p.has("max", "min"))


def _clarify_indicator_projects(t: Turn, f: Frame, across: bool) -> Answer | None:
    """"编外人员工资支付及时性指标值" with the seed's project and two of another department having it: the
    projects are the choice (a department holding two of them is no answer yet), each named with its
    department. Only a few: a common indicator name in many projects still asks the department first."""
    if across:
        return None
    projects = _projects_at_most(t.kb.indicator_project, f.indicators, MAX_OPTIONS)
    if projects is None or len(projects) < 2:
        return None
    labels = _project_labels(t, projects)
    if labels is None:
        return None
    options, figures = [], []
    for pid, label in zip(projects, labels, strict=True):
        opt = copy_frame(f)
        opt.projects, opt.every_department = [pid], False
        opt.doc_ids = [t.doc_of(pid)]
        opt.indicators = [i for i in f.indicators if t.kb.indicator_project[i] == pid]
        opt.label = label
        options.append(opt)
        # each project's own values beside it: the person sees them all, and picks one only to go on
        figures.append(compose.indicator_figure(query.indicators(t.conn, ids=opt.indicators[:3]),
                                                t.p.has("completion", "executed") or f.intent == "completion", f.value_kind))
    names = [t.kb.indicator_name[i] for i in f.indicators]
    one = len({t.kb.department_of(pid) for pid in projects}) == 1
    asked = clarify(t, options, compose.which_project_of_departments(names, one_department=one), figures)
    asked.debug["projects_of_departments"] = True  # (the facts' reading of one table's row does not replace it)
    return asked


def _project_labels(t: Turn, projects: list[int]) -> list[str] | None:
    """"编外人员经费（长兴县市场监督管理局）": each project named with its department, or with its unit where two
    units of one department have projects of one name (编外人员经费 of 局本级 and of 检测中心); None when even
    that does not tell them apart (the department is asked instead)."""
    named = [(t.kb.projects[p].name, t.kb.department_of(p)) for p in projects]
    labels = []
    for pid, (name, department) in zip(projects, named, strict=True):
        unit = t.kb.projects[pid].unit_name
        labels.append(f"{name}（{unit}）" if named.count((name, department)) > 1 and unit else f"{name}（{department}）")
    return labels if len(set(labels)) == len(labels) else None


def _of_the_year_said(t: Turn) -> list[int]:
    """Every table, or with a year said ("2024年经费最多的项目") those holding figures of it: a table of
    another year ranked beside them would answer for a year not asked (none of that year: every table)."""
    years = set(t.p.years)
    dated = [d for d in t.kb.documents if years & t.kb.years_of_document(d)] if years else []
    return dated or list(t.kb.documents)


# The indicators a question over every department lists at once (grouped by department) before it asks which.
ACROSS_AT_MOST = 12


def clarify_departments(t: Turn, f: Frame, names: Iterable[str], offer_all: bool = False,
                        departments: list[Department] | None = None, figures: list[str] | None = None) -> Answer:
    """Ask which department; with many, show a few and say how many there are. offer_all: the
    question may be about all of them ("全部" answers for each). figures: what each department shown has
    (in their order), shown beside it.

    Only the options shown are built: a common indicator name matches nearly every department.
    """
    shown = departments if departments is not None else t.kb.departments_named(names)  # the kb's order
    prompt = compose.WHICH_DEPARTMENT
    if len(shown) > MAX_OPTIONS:
        prompt = compose.too_many_departments(len(shown))
        shown = shown[: MAX_OPTIONS]
    doc_of, ids = t.kb.indicator_doc, f.indicators
    ascending = ids == sorted(ids)  # as build_frame leaves them: then each option bisects its part
    options = []
    for dept in shown:
        opt = copy_frame(f)
        opt.doc_ids, opt.every_department = list(dept.doc_ids), False
        if ascending:
            picked = []
            for d in dept.doc_ids:
                lo, hi = t.kb.indicator_span(d)
                picked += [i for i in ids[bisect_left(ids, lo):bisect_right(ids, hi)] if doc_of[i] == d]
            opt.indicators = sorted(picked)
        else:
            docs = set(dept.doc_ids)
            opt.indicators = [i for i in ids if doc_of[i] in docs]
        opt.label = dept.name
        options.append(opt)
    if offer_all:
        everything = copy_frame(f)
        everything.doc_ids = sorted({d for o in options for d in o.doc_ids})  # every department offered
        everything.every_department = True
        everything.label = ALL_LABEL
        options.append(everything)
    shown_figures = [*figures[:len(shown)], *[""] * (len(options) - len(shown))] if figures else None
    return clarify(t, options, prompt, shown_figures)


NAMESAKE_DEPARTMENTS_SHOWN = 4  # one project's name in this many departments: each one's amount shown


def clarify_projects(t: Turn, f: Frame) -> Answer:
    """Ask which project; with many (one name in hundreds of departments), show a few and say how
    many there are: only the options shown are built."""
    options = []
    group = f.ambiguous[0]
    prompt = compose.kind_said_for(*t.said_for[group[0]]) if group[0] in t.said_for else compose.WHICH_PROJECT
    if len(group) > MAX_OPTIONS:
        prompt = compose.too_many_same_named(len(group))
        group = group[: MAX_OPTIONS]
    names = [t.kb.projects[pid].name for pid in group]
    for pid in group:
        opt = copy_frame(f)
        opt.ambiguous = [g for g in f.ambiguous[1:]]
        opt.projects = [*f.projects, pid]
        opt.indicators = [i for i in f.indicators if t.kb.indicator_project[i] == pid] or f.indicators
        project = t.kb.projects[pid]
        opt.label = f"{project.name}（{t.kb.department_of(pid)}）" if len(t.kb.departments) > 1 else project.name
        if names.count(project.name) > 1 and project.unit_name:
            opt.label = f"{project.name}（{project.unit_name}）"  # one name under two funding units of a table
        options.append(opt)
    # An amount asked of projects a short name fits: each option shows its own, so the person sees them all
    # ("政府雇员经费多少钱"). A few options told apart by their labels (one project's name in two departments,
    # beside each its department) show theirs too (issue 13: the figures fit one short message); one name in many
    # departments asks which department, figures aside.
    # (Namesakes under two funding units of one table show theirs too: their labels tell them apart.)
    named = {t.kb.projects[pid].name for pid in group}
    one_table = len({t.kb.projects[pid].document_id for pid in group}) == 1 and len({o.label for o in options}) == len(group)
    few = len(group) <= NAMESAKE_DEPARTMENTS_SHOWN and len({o.label for o in options}) == len(group) \
        and not t.p.departments() and not t.p.unknown_departments  # (a department said short: which one, first)
    figures = [_amount_of(t, pid) for pid in group] \
        if f.intent in ("amount", "total") and not f.indicators and (len(named) == len(group) or one_table or few) else []
    if (f.indicators or f.categories) and few and f.intent not in ("amount", "total"):
        figures = _indicator_of_each(t, f, options)
    return clarify(t, options, prompt, figures)


def _indicators_of_option(t: Turn, o: Frame) -> list:
    """The indicators an option of a project stands for: those picked for it, else its project's in the classes
    asked (服务对象满意度 of 满意度指标)."""
    if o.indicators:
        return query.indicators(t.conn, ids=o.indicators)
    if not o.categories or not o.projects:
        return []
    return [r for c in o.categories for r in query.indicators(
        t.conn, project_ids=o.projects[-1:], category=("level1" if c.level == "level1" else "level2", str(c.key)))]


def _indicator_of_each(t: Turn, f: Frame, options: list[Frame]) -> list[str]:
    """An indicator's value asked where a few projects each hold one that fits ("服务对象满意度年度指标值" of
    信访群众服务对象满意度 and 法律顾问服务对象满意度): each option shows its own indicator and value, so the
    person sees them all in one short message; none when an option holds more than one (a list, not a line)."""
    out = []
    for o in options:
        own = _indicators_of_option(t, o)
        if len(own) != 1:
            return []
        r = own[0]
        period, annual = r["period_value"] or r["annual_value"], r["annual_value"] or r["period_value"]
        value = period if f.value_kind == "period" else annual
        if not value:
            return []
        out.append(compose.indicator_in_option(r["name"], "实施周期指标值" if f.value_kind == "period" else "年度指标值", value))
    return out


def _amount_of(t: Turn, pid: int) -> str:
    project = t.kb.projects[pid]
    if project.total is None:
        return ""
    return format_amount(project.total, t.kb.documents[project.document_id].get("unit") or "万元")


def clarify(t: Turn, options: list[Frame], prompt: str, figures: list[str] | None = None) -> Answer:
    _tell_apart(t, options)
    t.session.pending = options
    shown = figures if figures and len(figures) == len(options) else [""] * len(options)
    lines = [prompt] + [compose.option_line(k, o.label, figure)
                        for k, (o, figure) in enumerate(zip(options, shown, strict=True), start=1)]
    lines.append(compose.REPLY_BY_NUMBER)
    return Answer(t.question, CLARIFY, "\n".join(lines), "clarify", options=[o.label for o in options])


def _tell_apart(t: Turn, options: list[Frame]) -> None:
    """Options that would look alike (one department's tables of two years or files) say what differs."""
    labels = [o.label for o in options]
    for o in options:
        if labels.count(o.label) < 2:
            continue
        doc_ids = [t.doc_of(o.projects[-1])] if o.projects else list(o.doc_ids)
        docs = [t.kb.documents[d] for d in doc_ids if d in t.kb.documents]
        years = sorted({str(d["year"]) for d in docs if d.get("year")})
        files = sorted({d["file_name"] for d in docs if d.get("file_name")})
        o.label += compose.option_tables(years, files)

