"""Names in the question -> ids: projects scoped by departments, indicators inside the projects named,
indicators found by their words."""

from __future__ import annotations

import sqlite3
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from bot.answer import compose
from bot.dialogue.figures import bare_indicator_name
from bot.dialogue.turn import Turn
from bot.dialogue.values import PART_NOT_COSTED, Answer, Frame
from bot.language import lazyre as re
from bot.language.lexicon import Ref
from bot.language.normalize import compact, in_order, said_at, said_spread
from bot.store import queries as query
from bot.understand.parse import (
    Mention,
    Parse,
    asked_names,
    asked_noun,
    concept_word_set,
    fuzzy_among,
    measures_no_money,
    money_asked,
    names_asked,
    phrase_words,
    rate_left_out,
    search_words,
    word_in_place_of_another,
    words_beyond,
    words_score,
)

DONE_TIME = re.compile(r"(?:完工|竣工|完成|办结|建成)时间")


def within(ids: list[int], owners: list[int], span, owner_of) -> list[int]:
    """The ids (ascending) whose owner (project or document) is one of owners: each owner's ids are
    found by bisecting its id span, not by looking at every id (a common indicator name has tens of
    thousands)."""
    picked: list[int] = []
    for owner in set(owners):
        lo, hi = span(owner)
        picked += [i for i in ids[bisect_left(ids, lo):bisect_right(ids, hi)] if owner_of[i] == owner]
    return sorted(picked)


def named_with(t: Turn, words: list[str], p: Parse) -> bool:
    """Is the question an indicator's name said in other words, a name that holds these words itself
    ("支教人员每人每年完成课时": 每人 is part of the name, not a change of the question)?"""
    if words and not t.kb.indicator_name_holds(tuple(words)):
        return False  # no indicator's name holds them all: none of the candidates' names can
    if any(_said_with_its_name(t, m, words) for m in p.mentions):
        return True  # "人均基本公卫服务经费补助标准": the rest said in short words (公卫) the name says long
    if _named_projects_indicator_holds(t, p, words):
        return True
    # By distinct name: a common indicator name's thousands of refs are one name to test.
    names = set().union(*map(t.kb.indicator_names_of_form, (form for form, _ in t.kb.fuzzy_candidates(p.text, limit=100))))
    asked = [x for x in search_words(p, t.kb)] + list(words)
    return any(words_score(asked, name, t.kb) >= 0.8 for name in names if all(w in name for w in words))


def _named_projects_indicator_holds(t: Turn, p: Parse, words: list[str]) -> bool:
    """"安全生产培训人均成本": an indicator of the project named (人均培训成本) holds the modifier and the word said
    after it (成本), the rest of its name in the project's: the indicator is asked, not a per-head split."""
    pids = p.ids_named("project", 5)
    if not pids or len(pids) > 5:
        return False
    vocab = t.kb.vocab
    tails = []
    for w in words:
        after = p.text[p.text.find(w) + len(w):]
        toks = [x for x in t.kb.segmenter.cut(after) if len(x) >= 2 and x not in vocab.stopwords]
        if not toks:
            return False  # "人均多少钱": nothing said of what the head share is of
        tails.append(toks[0])
    spans = [t.kb.project_span(pid) for pid in pids]
    return any(all(w in name for w in [*words, *tails])
               for lo, hi in spans for i in range(lo, hi + 1) if (name := t.kb.indicator_name.get(i, "")))


def _said_with_its_name(t: Turn, m, words: list[str]) -> bool:
    """An indicator mention of a few names, each holding the words (人均) too."""
    refs = m.of("indicator")
    return bool(refs) and m.score >= 90 and len(refs) <= 20 \
        and all(all(w in t.kb.indicator_name.get(r.id, "") for w in words) for r in refs)


def _pieces_of_no_name(t: Turn, p: Parse) -> Answer | None:
    pieces = name_of_pieces(p)
    if pieces is None or any(in_order(pieces, name) for name in t.kb.compact_project_names().values()):
        return None  # ("工程质量检测经费": 建设工程质量检测经费 said short, its words read as other names')
    return t.unknown(compose.no_project_named(pieces), p.text)


def name_of_pieces(p: Parse) -> str | None:
    """"健身设施专项资金多少": words said together as one name, each a word of another project's name (健身 of 全民
    健身赛事活动经费, 设施 of …设施运维经费, 专项资金), no project's name holding them all: one name no project has,
    never those projects listed. The name as said, or None."""
    run: list = []
    for m in [*p.mentions, None]:
        named = m is not None and bool(m.of("project")) and not m.of("indicator") and not m.of("department")
        if m is not None and named and run and run[-1].end == m.start:
            run.append(m)
            continue
        ids = [{r.id for r in x.of("project")} for x in run]
        tail = _PROJECT_TAIL.match(p.text, run[-1].end) if run else None  # ("健身设施资金": the tail said after)
        if len(run) >= 2 and not set.intersection(*ids) and sum(x.end - x.start for x in run) >= 4 \
                and (_PROJECT_TAIL.fullmatch(run[-1].text[-2:]) and run[-1].end - run[-1].start <= 4 or tail):
            return "".join(x.text for x in run) + (tail.group(0) if tail else "")
        run = [m] if named else []
    return None


def _named_alone(p: Parse) -> set[Ref]:
    """The projects a mention names alone: a word many names share, said beside one of them, is a word of it."""
    return {r for m in p.mentions if len(refs := m.of("project")) == 1 and not m.of("indicator") for r in refs}


SAID_ON_AT_MOST = 3  # the longest word several names share read as a word said on the project just named


def _said_on_one_named(t: Turn, p: Parse, m) -> bool:
    """"文物巡查员工资标准多少": a short word several projects' names hold (工资 of two 政府雇员工资经费), said straight
    on from the words naming one project alone (文物…巡查 → 文物保护单位安全巡查经费; a character between, no
    joining word), is a word of what is asked of that project — never a second project to choose. Not when an
    indicator's name holds it with those words ("高校毕业生就业率": 毕业生 and 就业 of 未就业高效毕业生就业率)."""
    if len(m.text) > SAID_ON_AT_MOST:
        return False
    before = [x for x in p.mentions if x.end <= m.start and len(x.of("project")) == 1 and not x.of("indicator")]
    if not before:
        return False
    last = max(before, key=lambda x: x.end)
    gap = p.text[last.end:m.start]
    if len(gap) > 1 or re.search(r"[和与跟及、，,或]", gap):
        return False
    pieces = {last.text[k:k + 2] for k in range(len(last.text) - 1)}
    for fid in t.kb.bigram_index.get(m.text[:2], ()):
        form, refs = t.kb.fuzzy_forms[fid]
        if m.text in form and any(r.kind == "indicator" for r in refs) and any(x in form for x in pieces):
            return False
    if m.text not in p.unexplained:  # what it asks of the project must be found in its texts, or not held
        p.unexplained.append(m.text)
        p.unexplained_common = False
    return True


def resolve_projects(t: Turn, p: Parse, f: Frame, depts: list[str]) -> Answer | None:
    """Project mentions -> ids, scoped by a department named just before them, by the departments
    named in the question, or else (only to break a tie) by the conversation's department."""
    s, kb = t.session, t.kb
    if (inside := _inside_the_last_indicator(t, p) or _inside_the_last_project(t, p) or _pieces_of_no_name(t, p)
            or _no_other_name_inside_a_whole(t, p)) is not None:
        return inside
    dept_mentions = [m for m in p.mentions if m.of("department")]
    def named_before(m) -> list:
        return [d for d in dept_mentions if d.end in (m.start, m.start - 1)]

    # "就业补助资金和武汉的专项资金": a department before one name does not scope the other.
    each_scoped = any(named_before(m) for m in p.mentions if m.of("project"))
    # A project whose full name is said exactly: a shorter word of that name said again ("政府雇员工资经费
    # 养了多少个雇员": 雇员) is that project, not a second name to ask about.
    exact = {r.id for m in p.mentions if m.score >= 100 and len(refs := m.of("project")) == 1
             for r in refs if compact(kb.projects[r.id].name) == compact(m.text)}
    whole: tuple | None = None  # the last project named and its documents: "X里Y" asks Y inside it
    for m in p.mentions:
        refs = m.of("project")
        if not refs:
            continue
        if whole is not None and not m.of("indicator") and _INSIDE.fullmatch(p.text[whole[0].end:m.start]) \
                and (not any(t.doc_of(r.id) in whole[1] for r in refs) or _sibling_said_inside(t, m, refs, whole[2])):
            # "就业补助资金里社会保险补贴": a part of the project just named; another table's project of a like
            # name is not it (nor another project of its table: "商务执法经费里面人员经费", 编外人员经费 beside
            # it), and the whole's total is not the part's amount.
            return t.unknown(compose.part_not_printed(kb.projects[whole[2]].name, m.text), p.text, suggest=False)
        if len(refs) > 1 and not m.of("indicator") and any(
                Ref("project", pid) in refs and compact(m.text) in compact(kb.projects[pid].name) for pid in exact):
            continue
        if len(refs) > 1 and any(Ref("project", pid) in refs for pid in f.projects) and asked_noun(p, m):
            continue  # "卫生院改造要改哪些乡镇": the noun asked about, which the project named fits too
        if len(refs) > 1 and not m.of("indicator") and (refs & _named_alone(p) or _said_on_one_named(t, p, m)):
            continue  # "坡耕地治理项目每亩配套标准", "文物巡查员工资": a word of the project named, not a choice among all
        scope, before = f.doc_ids, named_before(m)
        if before:
            scope = t.docs_of([r.name for r in before[-1].of("department")])
        ids = t.one_table_of_a_pair(_in_scope(t, refs, scope)) or _of_the_places_departments(t, p, m, before, depts)
        if not ids and each_scoped and not before and joined_to_another(p, m):
            ids = sorted(r.id for r in refs)
        if not ids:
            if m.of("indicator"):
                continue
            return t.unknown(compose.no_project_said("、".join(depts), m.text), p.text)
        if len(ids) > 1 and not scope and s.doc_ids and len(kb.departments) > 1:
            ids = [i for i in ids if t.doc_of(i) in s.doc_ids] or ids
        ids = _as_said(t, p, m, ids)  # "政府雇员工资经费是六十四万多那个": the namesake of that total; 林长制经费
        if f.unit:
            if isinstance(under := _under_unit(t, f, ids, m), Answer):
                return under
            ids = under
        # ("X阳新和湛江分别多少": each place's own project of the name)
        if (each := not before and _each_its_own(t, p, f, m, ids)) or len(ids) > 1:
            f.ambiguous += [] if each else [ids]
            whole = None
        else:  # ("公路" + "养护": two words of one name, one project)
            f.projects += [] if ids[0] in f.projects else ids[:1]
            whole = (m, {t.doc_of(ids[0])}, ids[0])
    return None


def kind_said_for(t: Turn, p: Parse) -> dict[int, tuple[str, str]]:
    """Each project a mention names by a word of another kind of staff than its own ([related_kinds]: 合同工 said,
    政府雇员工资经费 found), with (the word said, the project's own word): those are asked back (respond.execute),
    never answered as the kind said."""
    asked = getattr(t.kb, "asked_back", None)
    if not asked:
        return {}
    words = _asked_back_words(t.kb, asked)
    found: dict[int, tuple[str, str]] = {}
    for m in p.mentions:
        said = compact(m.text)
        if not any(w in said for w in words):
            continue  # (none of those words said: its refs, hundreds for a name many departments share, not looked at)
        for r in m.of("project"):
            for w, own in asked.get(r.id, {}).items():
                if w in said:
                    found[r.id] = (w, own)
    return found


def _asked_back_words(kb, asked: dict[int, dict[str, str]]) -> frozenset[str]:
    """Every word of another kind a project is asked back by (the words of kb.asked_back), gathered once per
    knowledge base."""
    kept = kb.__dict__.get("_asked_back_words")
    if kept is None or kept[0] is not asked:
        kept = kb.__dict__["_asked_back_words"] = (asked, frozenset(w for ws in asked.values() for w in ws))
    return kept[1]


# A name's funding word said after it ("林长制经费", "护林的经费"), no joining word between.
_FUNDS_SAID = re.compile(r"[^和与跟及、，,或的]{0,6}?的?((?:专项|工作|补助)?(?:经费|资金))")
_FUNDS_END = re.compile(r"(?:经费|资金)$")
_JOINED = re.compile(r"[和与跟及、，,或]")
FUNDS_NAME_AT_LEAST = 4  # characters of a name said with its funding word ("防火经费")


def _as_said(t: Turn, p: Parse, m, ids: list[int]) -> list[int]:
    """The projects a name fits, narrowed by the amount said with it, its funding word and a key task beside them."""
    return _tasks_beside_projects(t, p, m, _projects_of_the_funds_said(t, p, m, _of_the_amount_said(t, p, ids) or ids))


def _tasks_beside_projects(t: Turn, p: Parse, m, ids: list[int]) -> list[int]:
    """"油茶" (油茶产业发展扶持资金 of the project table, 油茶产业高质量发展 a key task of the whole table): a department
    with a project table beside its 部门整体支出绩效目标表 has its projects in that table (context._projects_or_key_tasks);
    a name fitting both, said as a project's ("哪个项目是搞油茶…的"), is the project; its 年度重点工作任务 asked as 任务
    ("重点任务里油茶那个"); said alone, both are offered (an amount is both's). A name fitting its tasks only ("林业执法"
    of 林业执法监管) offers its projects that say it spread too (林业行政执法专项经费), or only them said as a project's."""
    kb = t.kb
    tasks = [pid for pid in ids if kb.projects[pid].kind == "task"]
    if not tasks:
        return ids
    said = [p.text[a:b] for a, b in p.concepts.get("project", [])]
    if any("任务" in w for w in said):
        return tasks  # "重点任务里油茶那个多少钱"
    projects_said = any("项目" in w for w in said)  # "哪个项目是搞油茶…的"; said alone ("三支一扶多少钱"), both offered
    if len(tasks) == len(ids):
        name = compact(m.text)
        depts = {kb.department_of(pid) for pid in tasks}
        spread = [pid for d in kb.documents_of_departments(depts) for pid in kb.projects_of_document(d)
                  if kb.projects[pid].kind == "project" and said_spread(name, compact(kb.projects[pid].name))]
        return (spread if projects_said else sorted({*ids, *spread})) if spread else ids
    if not projects_said:
        return ids
    with_projects = {kb.department_of(pid) for pid in ids if kb.projects[pid].kind == "project"}
    return [pid for pid in ids if pid not in tasks or kb.department_of(pid) not in with_projects]


def _projects_of_the_funds_said(t: Turn, p: Parse, m, ids: list[int]) -> list[int]:
    """"林长制经费", "松材线虫防控经费", "护林的经费多少": a name said with a funding word asks a project's funds. A key
    task of a department's whole table (年度重点工作任务, its name no 经费 or 资金) the name fits is not it when projects
    of that department's project tables hold the name as said (its characters in order, the funding word too): those
    projects and the other projects the name fits, each a choice of equal standing. The ids unchanged otherwise."""
    kb = t.kb
    tasks = [pid for pid in ids if kb.projects[pid].kind in ("task", "department")]
    if not tasks:
        return ids
    start = m.start  # (the name said in words the parse read apart: "松材" + "线虫" + "防控经费")
    for x in sorted(p.mentions, key=lambda x: -x.end):
        if x.end <= start and x.of("project") and not _JOINED.search(gap := p.text[x.end:start]) and len(gap) <= 4:
            start = x.start
    said = _FUNDS_SAID.match(p.text, m.end) if not _FUNDS_END.search(m.text) else None
    if said is None and not _FUNDS_END.search(m.text):
        return ids
    name = compact(p.text[start:said.start(1) if said else m.end].replace("的", "") + (said.group(1) if said else ""))
    if len(name) < FUNDS_NAME_AT_LEAST:
        return ids
    depts = {d.name for d in kb.departments_of_documents({kb.projects[pid].document_id for pid in tasks})}
    found = [pid for d in kb.documents_of_departments(depts) for pid in kb.projects_of_document(d)
             if kb.projects[pid].kind == "project" and in_order(name, compact(kb.projects[pid].name))]
    # (the other projects the name fits stay choices: "老旧小区改造经费", …改造配套基础设施建设项目 too)
    return sorted({*found, *(pid for pid in ids if pid not in tasks)}) if found else ids


def _each_its_own(t: Turn, p: Parse, f: Frame, m, ids: list[int]) -> bool:
    """"创业担保贷款贴息资金阳新和湛江分别多少": each place said, its own department's project of the name, taken."""
    each = _one_of_each_department(t, p, m, ids)
    f.projects.extend(pid for pid in each if pid not in f.projects)
    return bool(each)


def _one_of_each_department(t: Turn, p: Parse, m, ids: list[int]) -> list[int]:
    """Two or more departments (or places) said apart, and a project name fitting one project of each: those
    projects, one per name said, in the order said ("创业担保贷款贴息资金阳新和湛江分别多少"). A name said with
    a word between its words in one of them ("城乡居民养老保险": 城乡居民基本养老保险县级补助资金) is that
    department's project when no project of it has the name as said. [] unless every name said has one."""
    groups = p.department_groups()
    if len(groups) < 2:
        return []
    said = compact(m.text)
    picked: list[int] = []
    for group in groups:
        docs = set(t.docs_of(sorted(group)))
        own = [pid for pid in ids if t.doc_of(pid) in docs]
        if not own and docs:
            own = [pid for d in sorted(docs) for pid in t.kb.projects_of_document(d)
                   if t.kb.projects[pid].kind != "department" and _said_with_a_word_inside(said, compact(t.kb.projects[pid].name))]
        if len(own) != 1 or own[0] in picked:
            return []
        picked.append(own[0])
    return picked if len(picked) >= 2 and set(picked) & set(ids) else []


def _said_with_a_word_inside(said: str, name: str) -> bool:
    """Whether a name holds a word of six characters or more as two runs of it, in order, with other characters
    between them ("城乡居民养老保险" in 城乡居民基本养老保险县级补助资金)."""
    if len(said) < 6:
        return False
    for k in range(2, len(said) - 1):
        at = name.find(said[:k])
        if at >= 0 and name.find(said[k:], at + k) > at + k:
            return True
    return False


def _of_the_amount_said(t: Turn, p: Parse, ids: list[int]) -> list[int]:
    """The projects a name fits whose total is the amount said with it (exactly, or within the range a rough
    "六十四万多" covers); [] when no amount is said so or none fits."""
    if len(ids) < 2 or (window := p.amount_window()) is None:
        return []
    low, high = window
    totals = {pid: t.kb.projects[pid].amounts.get("total") for pid in ids}
    if low == high:
        return [pid for pid, v in totals.items() if v is not None and abs(v - low) < 0.005]
    return [pid for pid, v in totals.items() if v is not None and low - 0.005 <= v < high]


_INSIDE_OF_LAST = re.compile(r"(?:那|那么)?(?:它|这个项目|这个|这)?(?:的)?(?:里面|里头|其中|当中)(?:的)?")


def _inside_the_last_project(t: Turn, p: Parse) -> Answer | None:
    """"商务执法经费" → "里面人员经费多少": a part of the one project just talked about, said by a word naming
    only other projects of its table (编外人员经费): the part is not printed, never those projects."""
    focus = t.session.focus_projects
    said = _INSIDE_OF_LAST.match(p.text)
    first = min(p.mentions, key=lambda m: m.start, default=None)
    if said is not None and len(focus) == 1 and focus[0] in t.kb.projects:
        name = t.kb.projects[focus[0]].name
        if (measured := _part_only_measured(t, p, said.end(), focus[0])) is not None:
            # "渝中就业补助资金" → "其中社会保险补贴多少": a part its indicator only measures (…补贴发放准确率)
            answer = t.unknown(compose.part_not_costed(name, [measured[0]], measured[1]), p.text, suggest=False)
        else:
            answer = None
        if answer is not None:
            answer.intent = PART_NOT_COSTED  # (the facts may cost it in a line of their own; never by a rate)
            return answer
    if said is None or len(focus) != 1 or first is None or first.start != said.end() or first.of("indicator") \
            or focus[0] not in t.kb.projects or not (refs := first.of("project")):
        return None
    if any(t.doc_of(r.id) != t.doc_of(focus[0]) for r in refs) or not _sibling_said_inside(t, first, refs, focus[0]):
        return None
    return t.unknown(compose.part_not_printed(t.kb.projects[focus[0]].name, first.text), p.text, suggest=False)


def _no_other_name_inside_a_whole(t: Turn, p: Parse) -> Answer | None:
    """"文化馆基本支出" → "其中临聘人员工资多少": a part of a whole just answered (no project talked about) said by a word
    that only calls a table's kind of staff otherwise ([synonym_groups]: 临聘人员 of 政府雇员工资经费) names no project:
    the part is not found (the whole's table does not print it), never that project's money."""
    forms = getattr(t.kb, "synonym_forms", None)
    if not forms:
        return None
    # ("信访局一共有多少编外人员": the staff counted right after the question word, no project's money)
    counted = next((m.text for m in p.mentions if m.text in forms and _COUNT_BEFORE.search(p.text, 0, m.start)), None)
    if counted is not None:
        return t.unknown(compose.nothing_found_about([counted]), p.text, suggest=False)
    said = _INSIDE_OF_LAST.match(p.text)
    if said is None or said.end() == 0 or t.session.focus_projects:
        return None
    other = next((m.text for m in p.mentions if m.text in forms and m.start == said.end()), None)
    return None if other is None else t.unknown(compose.nothing_found_about([other]), p.text, suggest=False)


_COUNT_BEFORE = re.compile(r"(?:多少|几)(?:个|名|位)?$")


def _inside_the_last_indicator(t: Turn, p: Parse) -> Answer | None:
    """"东湖分局五险净增人数" → "其中养老保险多少": a part of the one indicator just answered (a count, a rate)
    that its value does not break down: not printed — never a line of money whose name holds the words
    (对机关事业单位养老保险基金的补助), nor the indicator's whole value. Money asked is the other readings'."""
    s = t.session
    said = _INSIDE_OF_LAST.match(p.text)
    if said is None or said.end() == 0 or len(s.focus_indicators) != 1 or s.frame is None \
            or s.frame.intent != "indicator_value" or p.has("amount") or not (name := t.kb.indicator_name.get(s.focus_indicators[0])):
        return None
    first = min(p.mentions, key=lambda m: m.start, default=None)
    if first is not None and first.of("department"):
        return None  # ("其中湛江多少": a department's, asked as before)
    part = first.text if first is not None and first.start == said.end() else _unexplained_at(p, said.end())
    if not part or compact(part) in compact(name) or part.endswith(tuple(t.kb.vocab.money_endings)):
        return None
    answer = t.unknown(compose.part_of_indicator_not_printed(name, part), p.text, suggest=False)
    answer.debug["part_not_printed"] = True  # (final: no line of another table stands for the part)
    return answer


_PART_ASKED = re.compile(r"的?([\u4e00-\u9fff]{2,12}?)(?:是|有|发了|发放了|花了)?(?:多少|几多)")


def _part_only_measured(t: Turn, p: Parse, at: int, project: int) -> tuple[str, str] | None:
    """The part said at `at` ("社会保险补贴" of "其中社会保险补贴多少") when it names money (money_endings) and the
    project's own indicator names it, measuring no money ("社会保险补贴发放准确率"): (part, that indicator's name)."""
    said = _PART_ASKED.match(p.text, at)
    part = said.group(1) if said is not None else ""
    if not part.endswith(tuple(t.kb.vocab.money_endings)):
        return None
    names = [r["name"] for r in query.indicators(t.conn, project_ids=[project])]
    return next(((part, n) for n in names if part in n and measures_no_money(n, t.kb.vocab)), None)


def _unexplained_at(p: Parse, at: int) -> str:
    return next((w for w in p.unexplained if p.text.startswith(w, at)), "")


def _sibling_said_inside(t: Turn, m, refs, whole: int) -> bool:
    """A word said inside a project (X里面Y) naming only other projects, no word of X's own name."""
    return all(r.id != whole for r in refs) and compact(m.text) not in compact(t.kb.projects[whole].name)


# "城市执法大队", "水利工程管理站": a word that goes on into an organisation's name names that organisation,
# not a project of the place's departments holding the word.
_ORGANISATION = re.compile(r"大队|中队|支队|站|中心|局")


def _of_the_places_departments(t: Turn, p: Parse, m, before: list, depts: list[str]) -> list[int]:
    """"福鼎市公厕经费": a place that has tables of its own (福鼎市部门支出预算表) said with a project of one of
    its departments (福鼎市城市管理局), none of its own: the projects of the departments whose names begin
    with it that the mention refers to ([] when none, or when the word goes on into an organisation's name)."""
    if _ORGANISATION.search(p.text[m.end - 1:m.end + 3]):
        return []
    names = [r.name for r in before[-1].of("department")] if before else depts
    within = t.kb.departments_beginning(names)
    return t.one_table_of_a_pair(_in_scope(t, m.of("project"), t.docs_of(within))) if within else []


def _in_scope(t: Turn, refs, scope: list[int]) -> list[int]:
    """The projects referred to inside the documents in scope (all of them when none is)."""
    if scope and len(scope) < len(refs):  # a common name: look in the departments' own projects
        return sorted(pid for d in scope for pid in t.kb.projects_of_document(d) if Ref("project", pid) in refs)
    return sorted(r.id for r in refs if not scope or t.doc_of(r.id) in scope)


def name_said_on(t: Turn, p: Parse) -> None:
    """"危桥改造专项资金里其他资金多少": a short name two projects share said straight on into words only one of
    their names holds (专项资金, though it names another table's project or is read as money words) is that one
    project; the longest such run decides, and a run of everyday words alone (资金, 经费) decides nothing."""
    kb = t.kb
    for a in sorted(p.mentions, key=lambda m: m.start):
        refs = a.of("project")
        if len(refs) < 2 or a.of("indicator") or len(refs) > 4 or not any(m is a for m in p.mentions):
            continue
        names = {r.id: compact(kb.projects[r.id].name) for r in refs if r.id in kb.projects}
        after = p.text[a.end:]
        for n in range(len(after), 1, -1):
            piece = after[:n]
            cut = any(m.start < a.end + n < m.end for m in p.mentions)
            if cut or piece in kb.vocab.stopwords or piece in concept_word_set(kb.vocab):
                continue
            fits = [pid for pid, name in names.items() if piece in name and in_order(compact(a.text) + piece, name)]
            if len(fits) == 1:
                end = a.end + n
                p.mentions = [Mention(a.start, end, a.text + piece, {Ref("project", fits[0])}, a.score) if m is a else m
                              for m in p.mentions if m is a or not (a.end <= m.start and m.end <= end)]
                for concept, spans in list(p.concepts.items()):
                    p.concepts[concept] = [(x, y) for x, y in spans if not (a.end <= x and y <= end)]
                    if not p.concepts[concept]:
                        p.concepts.pop(concept)
                p.unexplained = [w for w in p.unexplained if w not in piece]
            if fits:
                break


def _under_unit(t: Turn, f: Frame, ids: list[int], m) -> list[int] | Answer:
    """"江安本级的政府雇员工资经费": a project named beside the unit said (本级) is the one listed under it (of two
    namesakes), asked as itself, not the unit's subtotal; a project of another unit only is not the unit's."""
    kb = t.kb
    under = [i for i in ids if kb.projects[i].unit_name == f.unit]
    if under:
        f.unit = ""
        return under
    if m.of("indicator") or not all(kb.projects[i].unit_name for i in ids):
        return ids
    return t.unknown(compose.not_the_units_project(f.unit, [(kb.projects[i].name, kb.projects[i].unit_name)
                                                            for i in ids[:3]]), suggest=False)


# (the name's tail word said after the short name first: "商务执法经费里面")
_INSIDE = re.compile(r"(?:经费|资金|项目)?的?(?:里|里面|里头|中|当中|之中|其中)")


_JOIN = re.compile(r"^(?:的)?(?:和|与|跟|同|及|以及|、|还有|对比|比)$")


def joined_to_another(p: Parse, m) -> bool:
    """Whether a mention is joined to the one before or after it by 和/与/、…: "就业补助资金和武汉的专项资金"
    names two things; "渝中就业补助资金社会保险补贴" names one thing and words of it, not a project elsewhere."""
    others = sorted((o for o in p.mentions if o is not m), key=lambda o: o.start)
    before = [o for o in others if o.end <= m.start]
    after = [o for o in others if o.start >= m.end]
    gaps = ([p.text[before[-1].end:m.start]] if before else []) + ([p.text[m.end:after[0].start]] if after else [])
    return any(_JOIN.match(compact(g)) for g in gaps)


def indicators_inside(t: Turn, p: Parse, f: Frame, ids: list[int]) -> list[int] | Answer:
    """A question naming a project (or department) and an indicator asks about that project's
    indicator: one of another project is never its answer. Look for the phrase among the named
    project's own indicators; failing that, say where the indicator is instead of answering."""
    kb = t.kb
    ind_mentions = [m for m in p.mentions if m.of("indicator")]
    named = set(f.projects) | {pid for group in f.ambiguous for pid in group}
    # Projects named apart from the indicator phrase itself ("日常运行经费" names both).
    named = {pid for pid in named
             if not any(Ref("project", pid) in m.refs for m in ind_mentions)} or named
    if named and ind_mentions and not (f.doc_ids and p.departments()):
        # A project "named" by a word the indicator's own value says ("综合" of 综合办理效能75%以上, the
        # 综合服务中心's short name) names no project: the question quotes the indicator.
        said = [m for m in p.mentions if m.of("project") and not m.of("indicator")]
        values = " ".join(f"{r['annual_value'] or ''} {r['period_value'] or ''}" for r in query.indicators(t.conn, ids=ids[:20]))
        if said and all(compact(m.text) in compact(values) and m.score >= 100 for m in said):
            gone = {int(r.key) for m in said for r in m.of("project")}
            f.projects = [pid for pid in f.projects if pid not in gone]
            f.ambiguous = [g for g in f.ambiguous if not set(g) & gone]
            p.unexplained = [w for w in p.unexplained if compact(w) not in compact(values)]
            return ids
    if named:
        inside = within(ids, list(named), kb.project_span, kb.indicator_project)  # ids ascending
        where = "、".join(kb.projects[pid].name for pid in sorted(named))
    elif f.doc_ids:
        inside = within(ids, f.doc_ids, kb.indicator_span, kb.indicator_doc)
        where = "、".join(p.departments())
        # Each department named answers with its own indicator, under its own wording
        # ("城镇新增就业人数" here, "城镇新增就业人数（人）" there).
        phrases = list(dict.fromkeys(kb.indicator_name[i] for i in ids))
        for doc in f.doc_ids:
            if inside and not any(t.doc_of(kb.indicator_project[i]) == doc for i in inside):
                theirs = {i: compact(kb.indicator_name[i]) for i, pid in kb.indicator_project.items()
                          if t.doc_of(pid) == doc}
                inside += next((found for ph in map(bare_indicator_name, phrases) if (found := _named_alike(ph, theirs))), [])
        inside.sort()  # (ascending, as the ids came: the departments' steps after bisect them)
    else:
        return ids
    if inside:
        return inside
    if named:
        # A department-level table's indicators are its whole's (部门整体绩效), not one task's: "三支一扶服务期满
        # 继续在基层就业人数比例" asks that table's indicator with the task said.
        wholes = {q for d in {kb.projects[x].document_id for x in named if x in kb.projects}
                  for q in kb.projects_of_document(d) if kb.projects[q].kind == "department"}
        whole_ids = [i for i in ids if kb.indicator_project[i] in wholes]
        if whole_ids:
            f.projects, f.ambiguous = [], []
            return whole_ids
        if (held := _word_of_the_indicator(t, p, f, ids)) is not None:
            return held
    own = [i for i, pid in kb.indicator_project.items()
           if (pid in named if named else t.doc_of(pid) in f.doc_ids)]
    names = list(dict.fromkeys(kb.indicator_name[i] for i in ids))
    phrase = names[0] if len(names) == 1 else (ind_mentions[0].text if ind_mentions else names[0])
    if close := _close_among_own(kb, p, names, ind_mentions, own):
        return close
    owners = "、".join(dict.fromkeys(kb.projects[kb.indicator_project[i]].name for i in ids))
    return t.unknown(
        compose.not_its_indicator(where, phrase, owners), p.text, suggest=False)


def _word_of_the_indicator(t: Turn, p: Parse, f: Frame, ids: list[int]) -> list[int] | None:
    """"困难老人助餐补助标准": a project's short name (困难) said as a word of the indicator's own name
    (困难老年人助餐补助标准), none of that project's: the indicator asked alone, or None."""
    said = [m for m in p.mentions if m.of("project") and not m.of("indicator")]
    starts = [m.start for m in p.mentions if m.of("indicator")]
    names = {compact(t.kb.indicator_name[i]) for i in ids}

    def run_into(m) -> bool:  # said straight into the indicator's words ("水库的…" asks the 水库 project's)
        return any(0 <= s - m.end <= 1 and "的" not in p.text[m.end:s] for s in starts)

    if not said or p.departments() or len(names) != 1 or not all(
            compact(m.text) in next(iter(names)) and m.score >= 100 and run_into(m) for m in said):
        return None
    gone = {int(r.key) for m in said for r in m.of("project")}
    f.projects = [pid for pid in f.projects if pid not in gone]
    f.ambiguous = [g for g in f.ambiguous if not set(g) & gone]
    return ids


def _named_alike(word: str, names: dict[int, str]) -> list[int]:
    """The indicators of that name, a unit in brackets aside ("城镇新增就业人数（人）"), or saying it with others between
    its characters (信访群众服务对象满意度 of 群众满意度): never one only near it (农村新增就业人数 is no 城镇新增就业人数 of
    another department)."""
    return [i for i, name in names.items() if bare_indicator_name(name) == word] or spread_among(word, names)


def spread_among(word: str, names: dict[int, str]) -> list[int]:
    """The indicators whose names say a word of four characters or more with others between its characters
    ("群众满意度" in 信访群众服务对象满意度), when they are a few names at most; [] otherwise."""
    if len(word) < 4:
        return []
    found = [i for i, name in names.items() if said_spread(word, compact(name))]
    return found if len({names[i] for i in found}) <= 3 else []


def _close_among_own(kb, p: Parse, names: list[str], ind_mentions: list, own: list[int]) -> list[int]:
    """The named scope's own indicator closest to the one asked, or []. Another table's indicator named only
    in part ("公益性岗位补贴" of 公益性岗位补贴发放准确率): its words the question did not say (发放准确率) find
    nothing here (补贴发放准确率 is no 公益性岗位补贴) — what was said does."""
    in_full = [n for n in names if all(m.score >= 100 for m in ind_mentions) or compact(n) in compact(p.text)]
    exact = {compact(m.text) for m in ind_mentions if m.score >= 100} | {compact(n) for n in in_full}
    for candidate in dict.fromkeys([*in_full, *(m.text for m in ind_mentions)]):
        if compact(candidate) in exact:
            continue  # (another's indicator said in full is no typo: 农村新增就业人数 is never 城镇新增就业人数 said)
        if close := fuzzy_among(compact(candidate), {i: kb.indicator_name[i] for i in own}):
            return close
    for candidate in dict.fromkeys([*in_full, *(m.text for m in ind_mentions)]):
        if spread := spread_among(compact(candidate), {i: kb.indicator_name[i] for i in own}):
            return spread  # "信访局的群众满意度": its own 信访群众服务对象满意度
    if any(DONE_TIME.search(m.text) for m in ind_mentions):
        # "全民健身赛事活动什么时候完成" (read …完成时间): its own time the works end (赛事活动完成时间), not another's
        return [i for i in own if DONE_TIME.search(kb.indicator_name[i])]
    return []


def money_valued(t: Turn, f: Frame) -> bool:
    """Is any of the frame's indicators valued in money (元, 万元)?"""
    money = re.compile(r"[0-9][0-9.,]*\s*(?:万|亿)?元")
    return any(money.search(f"{r['annual_value'] or ''} {r['period_value'] or ''} {r['actual_value'] or ''}")
               for r in query.indicators(t.conn, ids=f.indicators))


def said_inside(t: Turn, p: Parse, f: Frame, share: float = 0.99) -> bool:
    """Do the named projects' own texts say the question's other words ("派驻")? All of them by default;
    some (`share` of them) where the question asks which ones the texts list."""
    classes = {m.text for m in p.mentions if m.of("category")}  # the class asked in is no word to find
    words = [w for w in search_words(p, t.kb, without_names=True) if w not in classes]
    words += [w for w in asked_names(p) if w not in words]
    if not words and (named := names_asked(p)):
        return _name_printed_beside(t, f, named)  # "技能竞赛叫什么名": a name its texts print beside the word
    if not words:
        return False
    rows = query.projects(t.conn, f.projects)
    units = [r["unit_name"] or "" for r in rows]
    said = [p.text[a:b] for a, b, found in t.kb.units_said(p.text, {r["document_id"] for r in rows})
            if any(unit in units for _, unit in found)]  # the unit as said ("水文勘测站" of 水文水资源勘测站)
    if all(any(w in name for name in units + said) for w in words):
        return False  # "救援大队的森林防灭火经费": the unit the project is under, no word to find in its texts
    words = words_beyond(words, units)
    for r in rows:
        texts = [*re.split(r"[。；;！!\n]", r["goal"] or "")]
        for k in query.indicators(t.conn, project_ids=[r["id"]]):  # the 实施周期 value may say it alone
            texts += [f"{k['name']}：{k['annual_value'] or ''}", f"{k['name']}：{k['period_value'] or ''}"]
        if any(words_score(words, x, t.kb) >= share for x in texts if x.strip()):
            return True  # every asked word is there ("派驻"), not just some of them
    return False


def _name_printed_beside(t: Turn, f: Frame, words: list[str]) -> bool:
    """Whether a named project's goal prints a quoted name right before one of the words ("“乐清工匠”职业技能竞赛"):
    a name asked of a thing the texts only mention ("聘请的律师叫什么") is not there to read."""
    quoted = [re.compile(r"[“《「][^”》」]{1,20}[”》」][\u4e00-\u9fff]{0,6}" + re.escape(w)) for w in words]
    return any(q.search(r["goal"] or "") for r in query.projects(t.conn, f.projects) for q in quoted)


def one_of_the_named_saying(t: Turn, p: Parse, f: Frame) -> bool:
    """"天地图那个运维经费多少": one name matching several projects (运维经费), the words left (天地图) said word
    for word by the goal or an indicator of exactly one of them: that one is named (f.projects), for the texts to
    be read within it; False (nothing changed) when none or several say them."""
    if f.projects or len(f.ambiguous) != 1 or f.indicators or not p.unexplained:
        return False
    found = []
    for r in query.projects(t.conn, f.ambiguous[0]):
        texts = [r["goal"] or ""] + [f"{k['name']}：{k['annual_value'] or ''}"
                                     for k in query.indicators(t.conn, project_ids=[r["id"]])]
        if all(any(w in compact(x) for x in texts) for w in p.unexplained):
            found.append(r["id"])
    if len(found) != 1:
        return False
    f.projects, f.ambiguous = found, []
    return True


TEXTS_SEARCHED_AT_MOST = 200  # documents whose texts are searched for a question naming no department


def text_saying(t: Turn, p: Parse, f: Frame) -> list[int]:
    """"个人缴费财政补贴 选600元档次的补多少" with no project named: the one project whose own text says each of
    the question's words (half of a word's words at least), one of them a phrase of four characters or more
    word for word; [] when none or
    several do (a guess between texts would be a confident wrong answer)."""
    words = search_words(p, t.kb)
    if not any(len(w) >= 4 for w in words) or not f.doc_ids and len(t.kb.documents) > TEXTS_SEARCHED_AT_MOST:
        return []  # (naming no department over a large knowledge base: one text among thousands is a guess)
    figures = re.findall(r"[0-9]+(?:\.[0-9]+)?", p.text)
    found = []
    for r in query.projects_saying(t.conn, f.doc_ids, [w for w in words if len(w) >= 4]):
        text = r["goal"] or ""
        said = [w for w in words if len(w) >= 4 and w in text]
        if not said or not all(words_score([w], text, t.kb) >= 0.5 for w in words):
            continue
        # The words around the value: a figure the question says in the same text ("选600元档次"), or the
        # phrase heading a clause of its own ("个人缴费财政补贴：…"); a line of a cost list ("6.普惠金融发展
        # 支出25万元") is a label the table's lines answer, not a text to quote.
        clauses = re.split(r"[。；;！!\n]", text)
        if any(n in x and any(w in x for w in said) for n in figures for x in clauses) \
                or any(re.match(rf"[^：:]*{re.escape(w)}[^：:，,]*[：:]", x.strip()) for w in said for x in clauses):
            found.append(r["id"])
    return found if len(found) == 1 else []


# "X的是哪个项目", "哪个项目是X用的": which project is asked, the rest of the question what it does.
_WHICH_PROJECT = re.compile(r"(?:哪个|哪一个|哪项|什么|啥)项目")


def project_said_to_do(t: Turn, p: Parse, f: Frame) -> bool:
    """"抽调信访干部进驻的是哪个项目", "买编织袋救生衣的是哪个项目": no project named, the words left are what
    one does, said in no verb the parse knows (管, 涉及); True when some project's goal or indicator says most of
    them, so the content search answers with that project and its sentence (several equally: it lists them).
    "保温杯检测是哪个项目的": a project read from a loose word (检测 of 检验检测设备购置) whose texts say nothing of
    the rest, while one other project's goal says all of it: that one is asked (one only, else no guess)."""
    loose = bool(f.projects or f.ambiguous)
    if f.intent != "project_list" and not loose or f.indicators or f.categories \
            or not _WHICH_PROJECT.search(p.text) or p.has("count", "max", "min", "how_much", "total"):
        return False
    words = search_words(p, t.kb)
    docs = f.doc_ids or list(t.kb.documents)
    if not words or len(docs) > TEXTS_SEARCHED_AT_MOST:
        return False
    if not loose and len("".join(words)) >= 3 \
            and any(_texts_say(t, words, r, whole=False) for r in query.projects_in(t.conn, docs)):
        return True
    if not loose:
        # "江山农业农村局打假是哪个项目": the words left, short as they are, in one department's tables, said word
        # for word by one goal only (开展农资打假); never guessed across departments, nor among several goals
        return bool(f.doc_ids) and len([r for r in query.projects_in(t.conn, docs)
                                        if all(w in compact(r["goal"] or "") for w in p.unexplained)]) == 1
    # (the words left unread said word for word: 保温容器 of the loose one's goal is no 保温杯)
    sayers = [r["id"] for r in query.projects_in(t.conn, docs)
              if all(w in compact(r["goal"] or "") for w in p.unexplained) and _texts_say(t, words, r, whole=True)]
    named = set(f.projects) | {pid for g in f.ambiguous for pid in g}
    if len(sayers) != 1 or sayers[0] in named:
        return False
    f.projects, f.ambiguous = [], []
    return True


def _texts_say(t: Turn, words: list[str], r: sqlite3.Row, whole: bool) -> bool:
    """Whether one clause of the project's goal (a whole sentence of it when `whole`) or one of its indicators
    says each of the words."""
    texts = re.split(r"[。；;！!\n]" if whole else r"[。；;！!\n，,]", r["goal"] or "")
    texts += [f"{k['name']}：{k['annual_value'] or ''}" for k in query.indicators(t.conn, project_ids=[r["id"]])]
    return any(says_each_word(t, words, compact(x)) for x in texts if x.strip())


PHRASE_AT_LEAST = 3  # the shortest stretch of a question read alone as a phrase of a project's texts


def _loose_runs(p: Parse) -> list[tuple[int, int]]:
    """The stretches of a question made of the words not understood and the one-character question words
    between or beside them (花 of 油菜花节, read as 花钱): what a project's texts may say word for word."""
    loose = [False] * len(p.text)
    at = 0
    for w in p.unexplained:
        k = p.text.find(w, at)
        if k < 0:
            k = p.text.find(w)
        if k >= 0:
            loose[k:k + len(w)] = [True] * len(w)
            at = k + len(w)
    unexplained = list(loose)
    for a, b in (span for spans in p.concepts.values() for span in spans):
        if b - a == 1:
            loose[a] = True
    runs, start = [], None
    for k, free in enumerate([*loose, False]):
        if free and start is None:
            start = k
        elif not free and start is not None:
            if any(unexplained[start:k]):
                runs.append((start, k))
            start = None
    return runs


def _phrases_in(text: str, lo: int, hi: int, texts: list[str]) -> list[tuple[int, int]]:
    """The longest stretches of text[lo:hi] (two characters at least) some of the texts hold word for word, left
    to right."""
    for length in range(hi - lo, 1, -1):
        for k in range(lo, hi - length + 1):
            if any(text[k:k + length] in x for x in texts):
                return [*_phrases_in(text, lo, k, texts), (k, k + length), *_phrases_in(text, k + length, hi, texts)]
    return []


# A pointer said on after the things named ("安保保洁设备维修那些钱"): no word of theirs to find
_POINTER_AFTER = re.compile(r"那些|这些|那个|这个|那块|这块|那笔|这笔")


PHRASE_PROJECTS_AT_MOST = 3  # more projects saying the phrases: a common phrase, not what one project does


def phrases_of_the_texts(t: Turn, p: Parse, f: Frame) -> list[tuple[int, int]]:
    """"油菜花节晒秋节的钱从哪个项目出": which project is asked, and the words not understood (with a one-character
    question word inside them, 花) are phrases a project's goal or indicators say word for word (组织油菜花节、
    晒秋节等节庆活动). The spans of those phrases when every character not understood is in one and at most a
    few projects say them all; [] otherwise (a word no text says is something the tables do not hold)."""
    if f.projects or f.indicators or f.ambiguous or f.categories or not p.unexplained \
            or not _WHICH_PROJECT.search(p.text) or p.has("count", "max", "min", "total"):
        return []
    docs = f.doc_ids or list(t.kb.documents)
    if len(docs) > TEXTS_SEARCHED_AT_MOST:
        return []
    texts_of = {r["id"]: [compact(r["goal"] or ""), *(compact(f"{k['name']}：{k['annual_value'] or ''}")
                                                    for k in query.indicators(t.conn, project_ids=[r["id"]]))]
                for r in query.projects_in(t.conn, docs) if r["kind"] != "department"}
    every = [x for texts in texts_of.values() for x in texts]
    spans = [s for lo, hi in _loose_runs(p) for s in _phrases_in(p.text, lo, hi, every)]
    covered = {k for a, b in spans for k in range(a, b)} | {k for m in _POINTER_AFTER.finditer(p.text)
                                                          for k in range(m.start(), m.end())}
    if not any(b - a >= PHRASE_AT_LEAST for a, b in spans) or any(
            not all(k in covered for k in range(at, at + len(w))) for w in p.unexplained for at in said_at(w, p.text)):
        return []  # (two-character pieces alone are too common to name what one project does)
    saying = [pid for pid, texts in texts_of.items() if all(any(p.text[a:b] in x for x in texts) for a, b in spans)]
    return spans if 0 < len(saying) <= PHRASE_PROJECTS_AT_MOST else []


# A phrase said in quotation marks ("“我们的村晚”是哪个项目"): a name, looked up word for word
_QUOTED = re.compile(r"[“「『\"]([^”」』\"]{2,24})[”」』\"]")


def quoted_name_in_texts(t: Turn, p: Parse, f: Frame) -> bool:
    """"“我们的村晚”是哪个项目", "“书香云和”活动是哪个项目的": no project named, the words not understood are all inside a
    phrase the question quotes, and the goals or indicators of one to a few projects in scope say that phrase word for
    word (with or without a self-reference the question starts it with, 我们的 of a name staff give their own
    event): the quoted phrase is such a name, and the content search answers with the project and its sentence.
    (Short words unquoted, 村晚 alone over several tables, stay unguessed.)"""
    if f.projects or f.indicators or f.ambiguous or f.categories or not p.unexplained:
        return False
    quoted = [compact(m.group(1)) for m in _QUOTED.finditer(t.question)]
    if not quoted or not all(any(w in q for q in quoted) for w in p.unexplained):
        return False
    docs = f.doc_ids or list(t.kb.documents)
    if len(docs) > TEXTS_SEARCHED_AT_MOST:
        return False
    own = tuple(sorted(t.kb.vocab.self_references, key=len, reverse=True))
    forms = {x for q in quoted for x in (q, q[len(next((s for s in own if q.startswith(s)), "")):]) if len(x) >= 2}
    saying = [r["id"] for r in query.projects_in(t.conn, docs) if r["kind"] != "department"
              and any(x in compact(r["goal"] or "") or any(x in compact(f"{k['name']}{k['annual_value'] or ''}")
                                                         for k in query.indicators(t.conn, project_ids=[r["id"]]))
                      for x in forms)]
    return 0 < len(saying) <= PHRASE_PROJECTS_AT_MOST


# A phrase searched for is said by a clause of a project's texts when most of its characters are there and at least
# half of them in stretches the clause holds word for word: "保安保洁设备维修" by 包括安保、保洁、设备维修护费等,
# "免火化费" by 免除遗体接运、暂存、火化…服务费用 (免 of 免除, 费 of 费用: the words said short).
CLAUSE_HOLDS_AT_LEAST = 0.75
CLAUSE_HOLDS_WHOLE_AT_LEAST = 0.5
_CLAUSE_END = re.compile(r"[。；;！!\n，,]")


def _clause_says(phrase: str, clause: str) -> bool:
    """Whether a clause says a phrase in its own words (see CLAUSE_HOLDS_AT_LEAST)."""
    stretches = _phrases_in(phrase, 0, len(phrase), [clause])
    whole = sum(b - a for a, b in stretches)
    if not whole:
        return False
    inside = {k for a, b in stretches for k in range(a, b)}
    held = whole + sum(1 for k, c in enumerate(phrase) if k not in inside and c in clause)
    return held >= CLAUSE_HOLDS_AT_LEAST * len(phrase) and whole >= CLAUSE_HOLDS_WHOLE_AT_LEAST * len(phrase)


def project_saying_the_words(t: Turn, words: list[str], docs: list[int]) -> tuple[sqlite3.Row, str] | None:
    """"保安保洁设备维修那些费用在哪个项目里", "哪个项目是搞网上信访和矛盾纠纷排查的", "免火化费那个是哪个项目":
    the one project of the tables in scope some clause of whose goal or indicators says each phrase searched for
    in its own words (a word said short or its characters in another order, see _clause_says), with the clause
    saying the most of them; None when no project or several do (never a guess among them)."""
    phrases = [compact(w) for w in words if len(compact(w)) >= 2]
    if not phrases or len(docs) > TEXTS_SEARCHED_AT_MOST:
        return None
    if len(docs) > 1 and all(len(w) <= 2 for w in phrases):
        return None  # ("打假是哪个项目" over several tables: two characters said in a passing clause are no answer)
    found: list[tuple[sqlite3.Row, str]] = []
    for r in query.projects_in(t.conn, docs):
        if r["kind"] == "department":
            continue
        clauses = [x.strip() for x in _CLAUSE_END.split(r["goal"] or "") if x.strip()]
        clauses += [f"{k['name']}：{k['annual_value'] or ''}" for k in query.indicators(t.conn, project_ids=[r["id"]])]
        saying = [[x for x in clauses if _clause_says(w, compact(x))] for w in phrases]
        if all(saying):
            best = max((x for xs in saying for x in xs), key=lambda x: sum(_clause_says(w, compact(x)) for w in phrases))
            found.append((r, best))
        if len(found) > 1:
            return None
    return found[0] if found else None


def project_asked_by_its_words(t: Turn, p: Parse, f: Frame) -> bool:
    """"哪个项目是搞网上信访的": which project is asked, none named, and one project's texts say the words left in
    their own words (project_saying_the_words): the content search answers with it."""
    if f.projects or f.ambiguous or f.indicators or f.categories or not _WHICH_PROJECT.search(p.text) \
            or p.has("count", "max", "min", "how_much", "total"):
        return False
    return project_saying_the_words(t, search_words(p, t.kb), f.doc_ids or list(t.kb.documents)) is not None


def project_said_by_names(t: Turn, p: Parse, f: Frame) -> int | None:
    """"派律师进驻综治信访维稳中心的是哪个项目": which project is asked, the words naming pieces of several projects
    (律师 of 聘请法律顾问专项经费, 综治信访维稳中心 of 信访超市's indicator) — what one does, said in its own texts'
    words: the one project whose goal and indicators together say every word. None when no single one does."""
    if not _WHICH_PROJECT.search(p.text) or p.has("count", "max", "min", "how_much", "total", "amount"):
        return None
    owners = [{int(r.key) for r in m.of("project")} | {t.kb.indicator_project[int(r.key)] for r in m.of("indicator")}
              for m in p.mentions]
    owners = [o for o in owners if o]
    if not owners or len(set().union(*owners)) > TEXTS_SEARCHED_AT_MOST:
        return None
    if (len(owners) < 2 or set.intersection(*owners)) and not p.unexplained:
        return None  # (one name, or names of one project, and nothing else said: its projects are the answer)
    # ("哪个项目是派律师参与接访的": 律师 names a piece of one project, 参与接访 nothing; what its texts say decides)
    words = search_words(p, t.kb)
    docs = f.doc_ids or list(t.kb.documents)
    if not words or len(docs) > TEXTS_SEARCHED_AT_MOST:
        return None
    found = []
    for r in query.projects_in(t.conn, docs):
        texts = [r["goal"] or ""] + [f"{k['name']}：{k['annual_value'] or ''}{k['period_value'] or ''}"
                                     for k in query.indicators(t.conn, project_ids=[r["id"]])]
        if says_each_word(t, words, compact("；".join(texts))):
            found.append(r["id"])
    return found[0] if len(found) == 1 else None


def says_each_word(t: Turn, phrases: list[str], text: str) -> bool:
    """Every phrase said whole, or each of its words of two characters or more word for word (买 of
    "买编织袋救生衣" may be said 补充; 飞机 of "飞机维修" must be there, 维修 alone is another thing)."""
    for phrase in phrases:
        if phrase in text:
            continue
        words = [w for w in phrase_words(phrase, t.kb)[0] if len(w) > 1]  # ("保洁安保": 保洁, 安保)
        if not words or not all(w in text for w in words):
            return False
    return True


def _measuring_money_if_asked(t: Turn, p: Parse, ids: set[int]) -> set[int]:
    """The indicators measuring money only, when the question's own words ask money ("应急管理员补助": never
    基层应急管理员覆盖镇); the words of a project named (河湖长制工作经费) ask none of its indicators'."""
    said = search_words(p, t.kb, without_names=True)
    if not said or not money_asked("".join(said), compact(p.text), t.kb.vocab):
        return ids
    return {i for i in ids if not measures_no_money(t.kb.indicator_name.get(i, ""), t.kb.vocab)}


def _spending_kinds_only(p: Parse, phrases: list[str], kinds: list[str]) -> bool:
    """"人员经费合计多少": the words left are kinds of spending said whole, which name a table's line (人员经费合计),
    no indicator's words (编外人员工资支付及时性)."""
    return bool(p.unexplained) and all(w in kinds for w in p.unexplained) \
        and all(any(w in u for u in p.unexplained) for w in phrases)


def indicator_by_words(t: Turn, p: Parse, f: Frame) -> list[int]:
    """Indicators whose name and value hold the question's leftover words; [] unless one name
    clearly fits best (preselected by shared character pairs, so a large knowledge base stays fast)."""
    phrases = search_words(p, t.kb)
    if not phrases or _spending_kinds_only(p, phrases, t.kb.vocab.spending_kinds):
        return []
    inside = set(f.projects) | {pid for g in f.ambiguous for pid in g}
    docs = set(f.doc_ids) or None
    asked = compact(p.text)
    # ("照料中心建设补助" is no 照料中心运营补助数量: 建设 said in the place of 运营, generic word or not)
    # (asked once per distinct name: a common indicator name stands for an indicator of every department)
    in_place: dict[str, bool] = {}

    def another_in_place(name: str) -> bool:
        known = in_place.get(name)
        if known is None:
            known = in_place[name] = word_in_place_of_another(asked, compact(name), t.kb)
        return known

    def stands(name: str) -> bool:
        return not another_in_place(name)

    # (the names in another's place are left out as the names are ranked: only those that could be chosen are asked)
    ids = {int(r.key) for form, refs in t.kb.fuzzy_candidates("".join(phrases), docs, limit=200)
           for r in refs if r.kind == "indicator"}
    ids = _measuring_money_if_asked(t, p, ids)
    # A department-level table's indicators are its whole's ("部门整体绩效"), not one task's: "三支一扶服务期满
    # 继续在基层就业比例" asks that table's indicator with the task said.
    kb = t.kb
    wholes = {q for d in {kb.projects[x].document_id for x in inside if x in kb.projects}
              for q in kb.projects_of_document(d) if kb.projects[q].kind == "department"}
    found, text = _best_by_words(t, phrases, [i for i in sorted(ids) if kb.indicator_project[i] in inside]
                                      if inside else sorted(ids), stands)
    if not found and inside and (own_words := search_words(p, kb, without_names=True)) and own_words != phrases \
            and len("".join(own_words)) >= SHORTENED_AT_LEAST:
        # "法律顾问参与约访的指标值": within the project named, its name is no word of its indicator's name
        # (参与区领导重点约访 is found by 参与 and 约访 alone; one short word left, "车辆" of "公务用车占全部车辆的
        # 百分比", names no indicator).
        own = [i for i in sorted(ids) if kb.indicator_project[i] in inside]
        found, text = _best_by_words(t, own_words, own, stands) if own else ([], "")
        if not found:
            found = _shortened_name(t, own_words, [i for i in own if stands(kb.indicator_name.get(i, ""))])
    if not found and wholes:
        # Read within that table, the names said are where to look, not words to find.
        found, text = _best_by_words(t, search_words(p, kb, without_names=True) or phrases,
                                     [i for i in sorted(ids) if kb.indicator_project[i] in wholes], stands)
        if found:
            f.projects, f.ambiguous = [], []
    if not found and inside:
        # A short project name inside the indicator's own words ("综合" of 综合办理效能) named no project.
        named = [m.text for m in p.mentions if m.of("project")]
        found, text = _best_by_words(t, phrases, sorted(ids), stands)
        if found and all(n in text for n in named):
            f.projects, f.ambiguous = [], []
        else:
            found = []
    # "临时救助金发了多少": the thing a rate indicator is of, said without its rate, is not that indicator
    found = [i for i in found if not rate_left_out("".join(phrases), kb.indicator_name.get(i, ""), p.text)]
    said = project_names_said(p)
    return [i for i in found if all(n in compact(kb.indicator_name.get(i, "")) for n in said)]


# The tails of a project's name ("…专项经费", "…补助资金", "…项目"): a word no name holds said with one is said as a
# project's name.
_PROJECT_TAIL = re.compile(r"(?:专项|工作|补助|运行|日常)?(?:经费|资金|项目)")


def project_names_said(p: Parse) -> list[str]:
    """"维稳专项经费多少": a word the parse could not place, said with a project's tail, names a project; an indicator
    whose name only holds the word ("…综治信访维稳中心的有序运转") is not what was asked. Those names, as said."""
    out = []
    for word in p.unexplained:
        at = p.text.find(word)
        if at >= 0 and (tail := _PROJECT_TAIL.match(p.text, at + len(word))):
            out.append(compact(word + tail.group(0)))
    return out


SHORTENED_AT_LEAST = 4  # characters said of a name shortened by leaving its middle out ("参与约访")


def _shortened_name(t: Turn, words: list[str], ids: list[int]) -> list[int]:
    """The indicators of the one name said with its middle left out: its first and last characters and
    others in order between ("参与接访" of 参与主任接访; "社保补贴" is no name of 社会保险补贴发放准确率, whose
    end was not said); [] unless exactly one name is."""
    said = "".join(words)
    if len(said) < SHORTENED_AT_LEAST:
        return []

    def shortens(name: str) -> bool:
        return name[:1] == said[0] and name[-1:] == said[-1] and in_order(said, name)

    names = {t.kb.indicator_name[i] for i in ids if shortens(compact(t.kb.indicator_name[i]))}
    return [i for i in ids if t.kb.indicator_name[i] in names] if len(names) == 1 else []


def _best_by_words(t: Turn, phrases: list[str], ids: list[int],
                   stands: Callable[[str], bool] | None = None) -> tuple[list[int], str]:
    """The indicators of the one name whose name and values hold the phrases best, and that text. With `stands`,
    only the names it lets stand count (asked of the best-scoring names only, as the choice needs them: the
    same choice as over the names standing alone)."""
    by_name: dict[str, tuple[float, str]] = {}
    rows = query.indicators(t.conn, ids=ids) if ids else []
    scored: dict[str, float] = {}  # (a text scored once: a common name's indicators often print the same values)
    for r in rows:
        text = f"{r['name']}：{r['annual_value'] or ''}；{r['period_value'] or ''}"
        score = scored.get(text)
        if score is None:
            score = scored[text] = words_score(phrases, text, t.kb)
        if score > by_name.get(r["name"], (-1.0, ""))[0]:
            by_name[r["name"]] = (score, compact(text))
    ranked = sorted(by_name.items(), key=lambda kv: -kv[1][0])
    if stands is not None:
        ranked = _standing_best(ranked, stands)
    if not ranked or ranked[0][1][0] < 0.8 or (len(ranked) > 1 and ranked[0][1][0] - ranked[1][1][0] < 0.2):
        return [], ""
    return [r["id"] for r in rows if r["name"] == ranked[0][0]], ranked[0][1][1]


def _standing_best(ranked: list[tuple[str, tuple[float, str]]],
                   stands: Callable[[str], bool]) -> list[tuple[str, tuple[float, str]]]:
    """The first two standing names of a ranking (best first) as far as _best_by_words looks at them: none once
    the scores fall below 0.8 with none standing yet, nor past 0.2 below the first standing one."""
    out: list[tuple[str, tuple[float, str]]] = []
    for name, (score, text) in ranked:
        if not out and score < 0.8 or out and out[0][1][0] - score >= 0.2:
            break
        if stands(name):
            out.append((name, (score, text)))
            if len(out) == 2:
                break
    return out

