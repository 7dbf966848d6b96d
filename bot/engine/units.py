"""A funding unit (资金使用单位) asked by its name: "容县退役军人服务中心的预算", "局本级多少钱", "服务中心下面有几个
项目", "服务中心占局总预算百分之几". A project table prints each unit's subtotal line above its projects; the
question is answered from that line (or the unit's projects), never from the department's whole."""

from __future__ import annotations

import threading
import weakref
from collections import Counter
from dataclasses import dataclass, replace

from bot.answer import compose
from bot.dialogue.session import Session
from bot.dialogue.values import Answer, Frame
from bot.engine.names import _KIND
from bot.engine.turn import _restore, _Turn
from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.lexicon import (
    KnowledgeBase,
    department_places,
    lead_abbreviated_forms,
    own_unit_name,
    unit_contracted_forms,
    unit_initials,
    unit_own_name,
    unit_short_forms,
    unit_tail,
    unit_words_said_short,
)
from bot.language.normalize import compact, in_order, normalize
from bot.language.ordinals import small_number
from bot.language.rules import Rule
from bot.model import AMOUNT_LABELS
from bot.store import queries as query


@dataclass(frozen=True)
class _Unit:
    doc_id: int
    name: str
    forms: tuple[str, ...]  # how a question says it, compacted, longest first (its department's, for its own line)
    own: bool  # the department's own line (局本级): said as 本级 only
    initials: frozenset[str] = frozenset()  # forms by its words' initials (质监站): said whole only, see _whole


_UNITS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_PLACE = re.compile(r"^.{1,8}?[省市县区旗州](?=.{4})")  # "容县", "广州市白云区": the place a name starts with
_OWN_SAID = Words("follow_ups", "{own_level}")


def _units(kb: KnowledgeBase) -> tuple[_Unit, ...]:
    """The funding units of the loaded tables with the forms of their names (read once per knowledge base)."""
    units = _UNITS.get(kb)
    if units is None:
        out = []
        for row in query.funding_units(kb.conn, list(kb.documents)):
            doc = kb.documents[row["document_id"]]
            name = compact(row["name"])
            own = own_unit_name(name, doc["department_name"])
            bare = name
            while (m := _PLACE.match(bare)) and len(bare) - m.end() >= 4:
                bare = bare[m.end():]
            said = ({name, bare} if len(bare) >= 4 else {name}) | unit_short_forms(name, kb.vocab.unit_abbreviations) \
                | unit_words_said_short(name, kb.vocab.label_abbreviations) \
                | unit_contracted_forms(name, kb.vocab.unit_contractions) \
                | lead_abbreviated_forms(name, kb.vocab.department_abbreviations, kb.vocab.lead_abbreviated_contractions)
            initials = set() if own else unit_initials(name, doc["department_name"]) - said
            forms = tuple(sorted(said | initials, key=len, reverse=True))
            # the department's own line is said by its department's name (with 本级)
            out.append(_Unit(row["document_id"], row["name"], (compact(doc["department_name"]),) if own else forms, own,
                             frozenset(initials)))
        # (initials two units share, or a name the knowledge base knows otherwise, name no unit)
        shared = Counter(f for u in out for f in u.initials)
        for n, u in enumerate(out):
            if dropped := {f for f in u.initials if shared[f] > 1 or f in kb.lexicon.forms}:
                out[n] = replace(u, forms=tuple(f for f in u.forms if f not in dropped), initials=u.initials - dropped)
        units = _UNITS[kb] = tuple(out)
    return units


_BY_DEPARTMENT: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _units_of_department(kb: KnowledgeBase) -> dict[str, tuple[_Unit, ...]]:
    """The units under their department's compacted name, in _units's order (read once per knowledge base: a
    question looks its department's up, not every unit of a thousand tables)."""
    index = _BY_DEPARTMENT.get(kb)
    if index is None:
        found: dict[str, list[_Unit]] = {}
        for u in _units(kb):
            found.setdefault(compact(kb.documents[u.doc_id]["department_name"]), []).append(u)
        index = _BY_DEPARTMENT[kb] = {d: tuple(us) for d, us in found.items()}
    return index


# What else a question about a unit as a whole may say (its department, filler, the ask): nothing that
# names a project or an indicator of it (项目支出 is its projects' whole; 基本支出 is not said of it).
# (the kind of table a unit's subtotal is printed in, said: "绩效表里仲裁院一共多少钱" — a project table's unit)
_FILLER = re.compile(r"(?:项目支出|项目)?(?:绩效目标|绩效|目标)表|的|是|有|项目支出|下面|下属|底下|里面|里|其中|总共|一共|合计|总计|小计|共|多少钱|多少|几|个|项目|哪些|"
                     r"哪几|什么|预算|资金|经费|金额|钱|总额|总|占|局|单位|百分之|比例|比重|占比|几成|了|呢|吗|请问|"
                     r"财政拨款|财政专户|专户|其他资金|其它资金|财政|[,，。？?！!、\s]")
# A source of funds asked of the unit's line (财政拨款 is no filler here: said alone it is that column).
_COLUMN_SAID = (("special_account", re.compile(r"财政专户拨款|财政专户|专户")), ("other", re.compile(r"其他资金|其它资金|自有资金")),
                ("fiscal_appropriation", re.compile(r"财政拨款|财政拨的?")))


def _column_asked(rest: str) -> str | None:
    """The one source-of-funds column the rest of a unit's question names, or None."""
    said = [c for c, words in _COLUMN_SAID if words.search(rest)]
    return said[0] if len(said) == 1 and not _SHARE_ASKED.search(rest) else None


def _sources_asked(kb: KnowledgeBase, rest: str) -> bool:
    """Whether the rest of a unit's question asks how its amount is made up (资金来源, 构成): the words of
    the vocabulary's source and breakdown concepts, as an amount question's parse reads them."""
    return any(w in rest for c in ("source", "breakdown") for w in kb.vocab.concepts.get(c, ()))


_LIST_ASKED = re.compile(r"哪些项目|哪几个项目|什么项目|项目有哪些|项目是哪些|几个项目|多少个项目|多少项目|"
                         r"的项目[呢吗啊]?[?？。]?$")  # ("妇幼保健院的项目": its projects, said as a heading, are listed)
_SHARE_ASKED = re.compile(r"占|比例|比重|百分之几|几成")


_BY_START: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _units_by_start(kb: KnowledgeBase) -> dict[str, tuple[list[tuple[_Unit, str]], dict[str, list[int]], tuple[int, ...]]]:
    """Each unit form under its first two characters (a question costs a look per two characters it holds,
    not a pass over every unit of a thousand tables), with where each form is in that list and the lengths
    of the forms: the forms said are found by the words of those lengths the text holds there, not by
    trying each of the hundreds of forms a city's name starts."""
    index = _BY_START.get(kb)
    if index is None:
        entries: dict[str, list[tuple[_Unit, str]]] = {}
        for unit in _units(kb):
            for form in unit.forms:
                entries.setdefault(form[:2], []).append((unit, form))
        index = {}
        for head, found in entries.items():
            at: dict[str, list[int]] = {}
            for n, (_, form) in enumerate(found):
                at.setdefault(form, []).append(n)
            index[head] = (found, at, tuple(sorted({len(f) for f in at})))
        _BY_START[kb] = index
    return index


_SAID: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_SAID_LOCK = threading.Lock()
SAID_CACHE = 256  # recent texts' units: one turn reads the same text's units 2-3 times (its frame, unit, follow-up)


def _units_said(kb: KnowledgeBase, text: str, own_said: bool) -> list[tuple[_Unit, str]]:
    """Each unit the text says (the text with its form said blanked), in the order of the first two
    characters of its forms in the text, then of its forms under them. Kept for recent texts (the knowledge
    base never changes under its units); a new list each call, so a caller may change it."""
    kept = _SAID.get(kb)
    if kept is None:
        kept = _SAID.setdefault(kb, {})
    found = kept.get((text, own_said))
    if found is None:
        found = tuple(_read_units_said(kb, text, own_said))
        with _SAID_LOCK:
            if len(kept) >= SAID_CACHE:
                kept.pop(next(iter(kept)), None)  # the oldest
            kept[(text, own_said)] = found
    return list(found)


def _read_units_said(kb: KnowledgeBase, text: str, own_said: bool) -> list[tuple[_Unit, str]]:
    by_start = _units_by_start(kb)
    found: list[tuple[_Unit, str]] = []
    seen: set[_Unit] = set()
    heads: set[str] = set()
    for k in range(len(text) - 1):
        head = text[k:k + 2]
        if head in heads or head not in by_start:
            continue  # (a head said again: its forms said were all taken at its first place)
        heads.add(head)
        entries, at, lengths = by_start[head]
        places: set[int] = set()
        j = k
        while j >= 0:
            for n in lengths:
                places.update(at.get(text[j:j + n], ()))
            j = text.find(head, j + 1)
        for n in sorted(places):
            unit, form = entries[n]
            if form in unit.initials and not _whole(kb, text, form):
                continue
            if unit not in seen and (not unit.own or own_said):
                seen.add(unit)
                found.append((unit, text.replace(form, " ", 1)))
    return found


def _whole(kb: KnowledgeBase, text: str, form: str) -> bool:
    """Whether a unit's initials are said whole: no name the knowledge base knows runs across either end of
    them (安监站 inside 公安监站… is no unit said)."""
    at = text.find(form)
    end = at + len(form)
    return not any(a < end and b > at and not (at <= a and b <= end) for a, b, _, _ in kb.lexicon.spans(text))


_TAILS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
# What asks about a unit as a whole rather than a project: its projects, their count, its total.
_UNIT_LEVEL = re.compile(r"哪些项目|哪几个项目|什么项目|项目有哪些|几个项目|多少个项目|多少项目|合计|小计|总计|一共|总共")


def _tails(kb: KnowledgeBase) -> dict[str, _Unit]:
    """Each unit's tail that is its alone: no other unit's name nor any department's ends so (a tail two
    names share says neither), and it is no form another unit is said by."""
    tails = _TAILS.get(kb)
    if tails is None:
        by_tail: dict[str, list[_Unit]] = {}
        for unit in _units(kb):
            if not unit.own and (tail := unit_tail(unit.name)):
                by_tail.setdefault(tail, []).append(unit)
        names = [compact(u.name) for u in _units(kb)] + [compact(d["department_name"]) for d in kb.documents.values()]
        forms = {form for u in _units(kb) for form in u.forms}
        tails = _TAILS[kb] = {tail: units[0] for tail, units in by_tail.items()
                              if len(units) == 1 and tail not in forms
                              and sum(n.endswith(tail) for n in names) == 1}
    return tails


def _unit_by_tail(kb: KnowledgeBase, text: str, unit_level: bool = False) -> list[tuple[_Unit, str]]:
    """"推广站有哪些项目", "推广站呢": a unit said by its tail alone. Only when no project's name holds that
    word (林场 of 国有林场森林防火专项经费 is the project's word), or the question asks of a unit as a whole
    (its projects, their count, its total), or asks again what was asked of another unit (unit_level): else the
    word may be a project's and the turn reads it so."""
    said = [(unit, tail) for tail, unit in _tails(kb).items() if tail in text]
    if len(said) != 1:
        return []
    unit, tail = said[0]
    if not (unit_level or _UNIT_LEVEL.search(text)) and any(tail in compact(p.name) for p in kb.projects.values()):
        return []
    # (a longer end of its name said, 综合执法队 of 市场监督管理综合执法队: the whole end is the unit's)
    name, at = compact(unit.name), text.find(tail)
    start = at
    while start > 0 and len(name) - len(tail) - (at - start) > 0 and text[start - 1] == name[len(name) - len(tail) - (at - start) - 1]:
        start -= 1
    return [(unit, text[:start] + " " + text[at + len(tail):])]


def unit_begun(kb: KnowledgeBase, text: str) -> str | None:
    """The full name of the one funding unit a side of a question begins with ("河道管理站绩效目标表项目合计",
    "长兴检测中心项目支出": its place before it), by any form of its name or its tail alone; None when it names
    none, several, or another thing first (a department's own line is no unit here)."""
    found = [(u, rest) for u, rest in (_units_said(kb, text, False) or _unit_by_tail(kb, text, True)) if not u.own]
    if len(found) != 1:
        return None
    unit, rest = found[0]
    lead = rest[:rest.find(" ")] if " " in rest else rest
    dept = kb.documents[unit.doc_id]["department_name"]
    if lead and not any(compact(f).startswith(lead) or lead.startswith(compact(f)) for f in {dept, *department_places(dept)}):
        return None  # (something said before the unit's name: the side is of that)
    return str(unit.name)


def unit_said_in_full(kb: KnowledgeBase, text: str) -> str:
    """"东阳疾控收入预算合计", "疾控实验室设备购置多少钱": one funding unit said by a standard short word of labels
    (疾控 of 疾病预防控制中心, vocabulary [label_abbreviations]) said by its name as its tables print it (its line of a
    table of units, its projects' subtotal), the place left as said; the text as it is otherwise."""
    found = [(u, rest) for u, rest in _units_said(kb, text, False) if not u.own]
    if len(found) != 1 or compact(found[0][0].name) in text:
        return text
    unit, rest = found[0]
    at = rest.find(" ")
    end = at + len(text) - len(rest) + 1
    if text[at:end] not in unit_words_said_short(unit.name, kb.vocab.label_abbreviations):
        return text  # (only a standard short word of labels, 疾控, is read as a row's word elsewhere; 体校, 质监站 are not)
    if _held_as_said(kb, text[at:end + 2]):
        return text  # ("疾控专项经费多少" where a project or a row is named 疾控专项经费: that one, never the unit's)
    bare = compact(unit.name)
    while (m := _PLACE.match(bare)) and len(bare) - m.end() >= 4:
        bare = bare[m.end():]
    # (its name without its place: the place said before it, "东阳疾控", stays as said — 东阳市 is a place's
    # department too, never the one talked about for the unit's)
    return text if text[at:end] in (bare, compact(unit.name)) else text[:at] + bare + text[end:]


def _held_as_said(kb: KnowledgeBase, words: str) -> bool:
    """Whether a project's name or a table's row holds a unit's short word with what is said right after it (疾控专项
    of 疾控专项经费): the words name that thing as said."""
    if len(words) < 3 or not all("\u4e00" <= c <= "\u9fff" for c in words):
        return False
    if any(words in compact(p.name) for p in kb.projects.values()):
        return True
    from bot.answer.facts.index import index_for  # (the fact answerer's: read only when a short word is said)

    return any(words in key for key in index_for(kb).label_facts)


def _unit_said(kb: KnowledgeBase, text: str, unit_level: bool = False) -> tuple[_Unit, str] | None:
    """The one unit the text says as a whole (with what else it says), or None."""
    found = _units_said(kb, text, _OWN_SAID.search(text) is not None) or _unit_by_tail(kb, text, unit_level) \
        or _own_unit_of_department_said(kb, text)
    said = _unit_and_rest(kb, found)
    if said is None and not _units_said(kb, text, True):
        # ("农技推广中心有哪些项目": its tail 推广中心 leaves 农技 unread; the name said short reads it whole)
        said = _unit_and_rest(kb, _unit_said_short(kb, text))
    return said


def _unit_and_rest(kb: KnowledgeBase, found: list[tuple[_Unit, str]]) -> tuple[_Unit, str] | None:
    """The one unit found with what else the text says, when that is only its department and filler."""
    if len(found) != 1:
        return None
    unit, rest = found[0]
    rest = _OWN_SAID.sub(" ", rest)
    # Its department, said by any of its forms (退役军人局), and the place the names start with.
    dept = kb.documents[unit.doc_id]["department_name"]
    for a, b, _, refs in reversed(kb.lexicon.spans(rest)):
        if any(r.kind == "department" for r in refs):
            rest = rest[:a] + " " + rest[b:]
    if m := _PLACE.match(compact(dept)):
        rest = rest.replace(m.group(0), " ")
    return (unit, rest) if not _FILLER.sub("", rest) else None


def _unit_said_short(kb: KnowledgeBase, text: str) -> list[tuple[_Unit, str]]:
    """"农技推广中心有哪些项目" (新昌县农业技术推广中心): a unit said short by leaving characters out of its name, as
    the lexicon reads it (one unit alone fits), when the question lists or counts its projects: else another
    table's line of a like name (a 收入预算表's unit row) is answered for the unit's projects. (Its 合计 may be
    that other table's line: left to the turn.) The same class's other half is facts/turn.py's
    _lines_of_departments_only: this reads the short name as the unit (the typed reading); that keeps the typed
    list over the facts' reading when the facts found only a line of a table of departments and their units (a
    unit named whole reaches it too, so neither replaces the other)."""
    if not _LIST_ASKED.search(text):
        return []
    said = kb.units_loosely_named(text, None)
    if len(said) != 1 or len(said[0][2]) != 1:
        return []
    start, end, ((doc_id, name),) = said[0]
    unit = next((u for u in _units(kb) if u.doc_id == doc_id and u.name == name and not u.own), None)
    return [] if unit is None else [(unit, text[:start] + " " + text[end:])]


_UNIT_KIND_END = Words("units", "(?:{long_kinds}|{kinds})$")
_ASKED_AGAIN_END = Words("units", "(?:{asked_again_ends})$")
UNIT_SAID_AT_MOST = 8  # characters of a unit's name said after its department
_PLACE_ALONE = re.compile(r".{1,8}?[省市县区旗州]")  # a place said alone before a unit's name


def _unit_not_held(kb: KnowledgeBase, text: str) -> tuple[str, str, list[str]] | None:
    """"民政局救助管理站经费多少" where 民政局's table has units but none of that name: a unit (a name ending in a unit's
    kind, 站, 中心, 所) said right after one department whose project table lists its funding units (or after a place
    of which one department's table lists units: "文成县消防救援大队"), that no unit, project or other name of the
    knowledge base holds nor says short, with nothing but the ask after it: (department, unit said, its units)."""
    # ("department" in map(…): the refs' kinds compared in C, a common name's thousands of refs among them)
    spans = [(a, b, {compact(str(r.key)) for r in refs if r.kind == "department"} if "department" in map(_KIND, refs)
              else set()) for a, b, _, refs in kb.lexicon.spans(text)]
    named = [(b, ds) for _, b, ds in spans if ds]
    if len(named) != 1:  # (no name said before it: the word may be a line of another table, 疾控中心合计)
        return None
    # (a place said, "文成县消防救援大队": of its departments, the one whose project table lists its units)
    end, depts = named[0]
    by_department = _units_of_department(kb)
    listing = [d for d in depts if len({u.doc_id for u in by_department.get(d, ())}) == 1]
    if len(listing) != 1 or len(depts) > 1 and not _PLACE_ALONE.fullmatch(text[:end]):
        return None
    units = list(by_department[listing[0]])
    if len(units) < 2:
        return None
    for size in range(UNIT_SAID_AT_MOST, 2, -1):
        said = text[end:end + size]
        if not all("\u4e00" <= c <= "\u9fff" for c in said) or not _UNIT_KIND_END.search(said) \
                or _FILLER.sub("", text[end + size:]):
            continue
        if any(said in f or f in said for u in units for f in u.forms) or _held_as_said(kb, said) \
                or any(said in f for f in kb.lexicon.forms if len(f) >= len(said)) or _said_short_of_any(kb, said) \
                or any(_held_as_said(kb, said[k:]) for k in range(1, len(said) - 2)):
            # (its end a line of another table, 中医院 of "人民医院中医院": names said together, never a unit absent)
            return None
        dept = kb.documents[units[0].doc_id]["department_name"]
        if len(depts) > 1 and not _of_departments_kind(said, dept, units):
            # ("文成县人民医院": a place said alone, the unit no word of 应急管理局 nor of its units — not that
            # department's unit to say absent, whichever of the place's departments lists units)
            return None
        return dept, said, [u.name for u in units]
    return None


def _of_departments_kind(said: str, dept: str, units: list[_Unit]) -> bool:
    """Whether the unit said, its kind left off, shares a word (two characters) with its department's name or a
    unit of it ("消防救援大队" of 应急管理局, beside 森林消防大队 and 应急救援指挥中心)."""
    stem = _UNIT_KIND_END.sub("", said)
    names = [compact(dept)] + [compact(u.name) for u in units]
    return any(stem[k:k + 2] in n for k in range(len(stem) - 1) for n in names)


_JOINED = re.compile(r"[和与及跟同、,，]")


def _said_short_of_any(kb: KnowledgeBase, said: str) -> bool:
    """Whether a unit's or a project's name holds the characters said in their order (应急指挥中心 of
    应急救援指挥中心), or the words hold a unit's own tail or join names ("图书馆和博物馆"): a name said short, or
    several, never a unit the table lacks."""
    return bool(_JOINED.search(said)) or any(tail in said for tail in _tails(kb)) \
        or any(in_order(said, compact(u.name)) for u in _units(kb)) \
        or any(in_order(said, compact(p.name)) for p in kb.projects.values())


def _departments_named(spans: list[tuple[int, int, set[str]]]) -> set[str]:
    """The departments the names said fit, a name said in adjacent pieces narrowed by each ("晋江" + "人社局"): a
    name no loaded department fits ("晋江人社局" with only 晋江's 民政局 and other places' 人社局 loaded) names none of
    them, so none is read (never the place's other department)."""
    out: set[str] = set()
    name: set[str] | None = None
    end = -1
    for a, b, ds in [x for x in spans if x[2]]:
        if name is not None and a == end:
            name &= ds
            if not name:
                return set()
        else:
            out |= name or set()
            name = set(ds)
        end = b
    return out | (name or set())


def _own_unit_of_department_said(kb: KnowledgeBase, text: str) -> list[tuple[_Unit, str]]:
    """"市场监管局机关本级的项目合计多少": the department's own line (本级) said by any name of its department the
    lexicon knows (市场监管局 of 永康市市场监督管理局), not only its full name; the one department's own unit."""
    if not _OWN_SAID.search(text) or _LIST_ASKED.search(text):
        return []  # (its projects listed or counted, filtered and asked again of another unit: the turn reads them)
    spans = [(a, b, {compact(str(r.key)) for r in refs if r.kind == "department"}) for a, b, _, refs in kb.lexicon.spans(text)]
    depts = _departments_named(spans)
    own = [u for d in depts for u in _units_of_department(kb).get(d, ()) if u.own]  # (one or none is read)
    if len(own) == 1 and any(ds and compact(kb.documents[own[0].doc_id]["department_name"]) not in ds for _, _, ds in spans):
        return []  # ("晋江人社局本级": 晋江 says 晋江市民政局 too, 人社局 another department — never 民政局's 本级)
    if len(own) != 1:
        return []
    for a, b, ds in reversed(spans):  # (its department said, blanked before 局机关 is read as the own words)
        text = text[:a] + " " + text[b:] if ds else text
    return [(own[0], text)]


def _own_unit_of_the_last(kb: KnowledgeBase, session: Session, text: str) -> tuple[_Unit, str] | None:
    """"应急救援指挥中心合计" → "本级呢", "救援大队有几个项目" → "局本级呢": 本级 said alone right after a unit's whole
    (its projects listed or counted) is the department's own line of that unit's table (never a table of every
    department that has a 本级)."""
    f = session.frame
    if f is None or not f.unit or f.intent not in ("total", "count", "project_list") or len(f.doc_ids) != 1 \
            or not _OWN_SAID.search(text):
        return None
    own = [u for u in _units(kb) if u.own and u.doc_id == f.doc_ids[0]]
    rest = _OWN_SAID.sub(" ", text)
    return (own[0], rest) if len(own) == 1 and own[0].name != f.unit and not _FILLER.sub("", rest) else None


def _namesake_asked(kb: KnowledgeBase, session: Session, unit: _Unit, text: str) -> bool:
    """"信访局雇员工资经费" → "那水利工程管理站的呢": a unit said with "的呢" after a project asks that project's
    namesake in the unit (its name with the unit's before it), when the unit has one; not the unit's total."""
    if not text.endswith("的呢") or len(session.focus_projects) != 1:
        return False
    names = [compact(kb.projects[pid].name) for pid in session.focus_projects if pid in kb.projects]
    theirs = [compact(p.name) for pid in kb.projects_of_document(unit.doc_id) if (p := kb.projects[pid]).unit_name == unit.name]
    return sum(any(t.endswith(n) or n.endswith(t) for n in names if len(n) >= 4 and len(t) >= 4) for t in theirs) == 1


def _option_of_unit(kb: KnowledgeBase, session: Session, unit: _Unit) -> bool:
    """"编外用工经费多少" → (which one?) → "推广站的呢": a unit said in reply to the question which of some
    projects picks the option under that unit (the clarification reads it), not the unit's total."""
    return any(kb.projects[pid].document_id == unit.doc_id and kb.projects[pid].unit_name == unit.name
               for frame in session.pending for pid in frame.projects if pid in kb.projects)


def _asked_again(kb: KnowledgeBase, session: Session, text: str) -> str | None:
    """"婺源文化馆项目有哪些" → "博物馆呢": a unit said alone after another unit's projects were listed (or counted)
    asks the same of it: "list" or "count"; None when the last answer was no unit's projects."""
    if not text.endswith("呢"):
        return None
    if session.frame is not None and session.frame.unit and session.frame.intent == "count":
        return "count"
    listed = [i for kind, i in session.last_list if kind == "project" and i in kb.projects]
    if not listed or len(listed) != len(session.last_list):
        return None
    owners = {(kb.projects[i].document_id, kb.projects[i].unit_name) for i in listed}
    return "list" if len(owners) == 1 and next(iter(owners))[1] else None


def _of_another_department_talked(kb: KnowledgeBase, session: Session, unit: _Unit, text: str) -> bool:
    """A unit said short (by the end of its name, no place nor department said) while the conversation is about
    one department only, another than the unit's: the word is that department's (a line of its table), never
    another department's unit."""
    talk = list(session.talk_departments)
    dept = kb.documents[unit.doc_id]["department_name"]
    if len(talk) != 1 or talk[0] == dept or any(form in text for form in unit.forms):
        return False  # (a form of its own name said: that unit, whatever was talked about)
    return not any(r.kind == "department" for _, _, _, refs in kb.lexicon.spans(text) for r in refs)


def _which_unit(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, text: str) -> Answer | None:
    """"质监站多少钱" where two units of a table are said so (公路工程质量监督站, 水运工程质量监督站): the same short name
    of each, nothing else said but the ask — which one is asked back, never the first answered (a reply picks that
    unit's whole, or its projects listed)."""
    found = _units_said(kb, text, _OWN_SAID.search(text) is not None)
    if len(found) < 2 or len({rest for _, rest in found}) != 1 or any(_unit_and_rest(kb, [x]) is None for x in found) \
            or _SHARE_ASKED.search(found[0][1]) or _column_asked(found[0][1]):
        return None
    intent = "project_list" if _LIST_ASKED.search(text) else "total"
    options = [Frame(intent=intent, doc_ids=[u.doc_id], unit=u.name, label=u.name,
                     projects=[r["id"] for r in query.projects_in(kb.conn, [u.doc_id]) if r["unit_name"] == u.name])
               for u, _ in found]
    from bot.dialogue.clarify import clarify  # (only when a short name is shared)

    return clarify(_Turn(kb, rules, session, question), options, compose.WHICH_UNIT)


def _fact_asked_again(session: Session, text: str) -> bool:
    """Whether a unit said alone with 呢 follows a figure of a table read as labelled cells (a line's 结转结余率 of a
    table of departments and their units): the same figure asked of the unit's line there (the fact answerer's
    follow-up), never the unit's project total of another table. Only of the unit said alone: "遂昌疾控中心项目支出呢"
    asks a measure of its own (the caller checks what is said beside the unit)."""
    last = session.figures[-1] if session.figures else {}
    return bool(_ASKED_AGAIN_END.search(text)) and bool(last.get("fact")) and not last.get("of_unit")


def _no_line_in_last_table(kb: KnowledgeBase, session: Session, unit: _Unit) -> bool:
    """Whether the table (document and sheet) of the last figure, a fact, holds no line of the unit: no row label
    naming it (its whole name, or its name without its place) nor a cell that is its name (a buyer's column); a
    note that mentions it ("由县建设工程质量安全监督站具体实施") is no line of it. The figure asked again of the
    unit has nothing to be read from."""
    last = session.figures[-1] if session.figures else {}
    rows = query.facts_by_id(kb.conn, [int(last["fact"])]) if isinstance(last.get("fact"), int) else []
    if not rows:
        return False
    names = {n for n in (compact(unit.name), unit_own_name(unit.name)[0]) if len(n) >= 4}
    for f in query.facts_of_sheet(kb.conn, rows[0]["document_id"], rows[0]["sheet"] or ""):
        cell = compact(str(f["value"] or "")) if f["number"] is None else ""
        if any(n in compact(str(f["row_labels"] or "")) for n in names) or cell in names:
            return False
    return True


# The unit's own people counted ("有几个人", "多少名职工", "一共多少人"): said after its name, nothing else asked.
_STAFF_ASKED = re.compile(r"(?:的)?(?:有|一共|总共|共)?(?:几|多少)(?:个|名|位)?(?:人|员工|职工|干部|工作人员|在编人员|在职人员)"
                          r"(?:呢|吗|啊)?[?？。]?$")


def _staff_asked(kb: KnowledgeBase, text: str) -> str | None:
    """"科技创新服务中心有几个人": the one unit named and its head count asked, where no loaded table counts that
    unit's people (a staffing table would answer it): the unit's name, else None. Its projects' indicators count
    other people (带动就业人数, 培训人次), never the unit's staff."""
    m = _STAFF_ASKED.search(text)
    if m is None or m.start() == 0:
        return None
    said = _unit_said(kb, text[:m.start()])
    if said is None or said[0].own:
        return None
    unit = said[0]
    bare = unit_own_name(unit.name)[0]
    return None if query.head_count_facts(kb.conn, bare) else unit.name


def _no_unit_said(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, text: str) -> Answer | None:
    """No one unit said as a whole: its head count asked where no table counts it, which of several units, or a
    unit of the department not in its table, said so; None otherwise (the turn reads the question)."""
    if (staffed := _staff_asked(kb, text)) is not None:
        return _Turn(kb, rules, session, question).unknown(compose.unit_staff_not_held(staffed), suggest=False)
    if (which := _which_unit(kb, rules, session, question, text)) is not None:
        return which
    if (missing := _unit_not_held(kb, text)) is not None:
        return _Turn(kb, rules, session, question).unknown(compose.unit_not_in_table(*missing), suggest=False)
    return None


def unit_asked(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer | None:
    """The answer to a question about a funding unit as a whole, or None (nothing changed)."""
    text = compact(normalize(question))
    again = _asked_again(kb, session, text)
    if again is None and session.frame is not None and session.frame.intent == "total" \
            and (session.frame.unit or not session.frame.projects):
        # ("应急救援指挥中心合计多少" → "那执法队呢": after a unit's whole, or its department's ("X局总预算" → "那执法队
        # 的呢"), that unit's whole, as 执法队呢; after another thing, "那永康执法队的呢" asks that thing of the unit —
        # the turn's to read)
        text = re.sub(r"^那么?", "", text)
    said = _unit_said(kb, text, again is not None) or _own_unit_of_the_last(kb, session, text)
    if said is None:
        return _no_unit_said(kb, rules, session, question, text)
    unit, rest = said
    if not unit.own and _fact_asked_again(session, text) and not _ASKED_AGAIN_END.sub("", rest.strip()).strip("的 "):
        if _no_line_in_last_table(kb, session, unit):  # ("政府购买服务2026年合计" → "质监站呢": not its project total)
            said_as = re.sub(r"^那么?|的?呢$", "", text)
            return _Turn(kb, rules, session, question).unknown(compose.unit_not_in_last_table(said_as), suggest=False)
        return None  # ("住建局结转结余率" → "质监站呢": that figure of the unit's line in the table just answered from)
    if _of_another_department_talked(kb, session, unit, text):
        return None  # ("市场监管局本级采购小计" → "执法队呢": 市场监管局's line of that name, not 应急局's unit)
    if _namesake_asked(kb, session, unit, text) or _option_of_unit(kb, session, unit):
        return None  # the project just answered, of this unit: the turn reads it (context._namesake_in_unit_said)
    if _SHARE_ASKED.search(rest) and any(words.search(rest) for _, words in _COLUMN_SAID):
        return None  # "检验检测站财政拨款占多少": a column's share of the unit's own subtotal, the turn's to read
    turn = _Turn(kb, rules, session, question)
    row = next(r for r in query.funding_units(kb.conn, [unit.doc_id]) if r["name"] == unit.name)
    doc = kb.documents[unit.doc_id]
    projects = [r for r in query.projects_in(kb.conn, [unit.doc_id]) if r["unit_name"] == unit.name]
    f = Frame(doc_ids=[unit.doc_id], projects=[r["id"] for r in projects], unit=unit.name)
    session.doc_ids = [unit.doc_id]
    if _LIST_ASKED.search(text) or again:
        counted = "几" in rest or "多少" in rest or again == "count"
        f.intent = "count" if counted else "project_list"
        # ("国有林场几个项目" → "列一下": counted, listed next; "…有哪些项目" → "经费最多的是哪个": of the unit)
        session.frame = f
        listed = [("project", r["id"]) for r in projects]  # (kind, id): "第二个" is the second project
        return turn.answered(f, compose.unit_projects(row, doc, projects, counted=counted),
                             projects=f.projects, listed=listed,
                             rows=[{"label": r["name"], "value": r["total"], "unit": doc["unit"],
                                    "department": doc["department_name"]} for r in projects])
    if column := _column_asked(rest):  # "一中的财政专户拨款": that column of the unit's line
        f.intent, session.frame, session.focus_projects = "total", f, list(f.projects)
        return turn.answered(f, compose.unit_column(row, doc, column), projects=f.projects,
                             rows=[{"label": f"{row['name']} {AMOUNT_LABELS[column]}", "value": row[column],
                                    "unit": doc["unit"], "department": doc["department_name"]}])
    f.intent = "share" if _SHARE_ASKED.search(rest) else "total"
    # "其中财政拨款呢" next asks of this unit (its projects in focus), never of every department
    session.frame, session.focus_projects = f, list(f.projects)
    text_out = compose.unit_share(row, doc) if f.intent == "share" else \
        compose.unit_total(row, doc, len(projects), _sources_asked(kb, rest))
    value = row["total"] if f.intent == "total" else None
    # (its projects in focus: "其中财政拨款呢" next is the unit's column, not every department's)
    return turn.answered(f, text_out, projects=f.projects, rows=[{"label": row["name"], "value": value, "unit": doc["unit"],
                                             "department": doc["department_name"], "of_unit": True}]
                         if value is not None else None)


# "第二个单位的项目经费合计" after a list of a department's units: the place in the list, what is asked of its projects.
_NTH_UNIT_PROJECTS = re.compile(r"^(?:那|那么)?第([0-9一二两三四五六七八九十]{1,2})个(?:单位)?的?(?P<rest>.*项目.*)$")


def listed_unit_projects(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer | None:
    """"武义科技局有哪些单位" (a table of departments and their units: its 工资 lines) → "第二个单位的项目经费合计": the
    unit at that place of the list, asked of its projects, is that unit of a project table (its 小计, its projects),
    never its line of the table the list came from; said not held when no project table holds the unit; None when
    the place names no unit of the list."""
    kept = session.facts.get("dept_units") if isinstance(session.facts, dict) else None
    m = _NTH_UNIT_PROJECTS.match(compact(normalize(question)))
    if not kept or m is None:
        return None
    listed = kept.get("listed") or []
    n = small_number(m.group(1)) or 0
    if not 1 <= n <= len(listed):
        return None
    name = re.sub(r"^[a-z]{0,4}\d{2,}(?=[\u4e00-\u9fff])", "", compact(str(listed[n - 1])))
    if _unit_said(kb, name) is None:  # (no project table holds it: never its line of the list's table for its projects)
        return _Turn(kb, rules, session, question).unknown(compose.unit_projects_not_held(name), suggest=False)
    before = session.to_dict()
    answer = unit_asked(kb, rules, session, name + m.group("rest"))
    if answer is None or answer.status != "answered":
        _restore(session, before)
        return None
    return answer
