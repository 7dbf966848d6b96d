"""A follow-up naming only another kind of table after a unit's figure: "河道中心资产总额" → "那采购呢", "X项目经费" →
"采购预算呢". The unit the last question said (the words before the kind of table it named) is asked the measure
of the table the follow-up names — its 采购预算 in the 政府采购预算表, its 资产总额 in the 国有资产占用情况表, its
项目支出 in the 目标表 — as a question of its own, with its own source; never the figure just shown read again in
a word it does not print (预算 of 采购预算 read as the 目标表's amount). Unanswered, it is said not found there.

The kinds and their words are the vocabulary's ([asking_words.table_named]); a kind is asked only when a loaded
table's form holds its words, and only when the last question named another kind (the same kind said again is a
follow-up on that table's own lines, the engine's to answer)."""

from __future__ import annotations

from collections.abc import Callable

from bot.answer import YEAR_ASKED, compose
from bot.dialogue.session import Session
from bot.dialogue.values import ANSWERED, UNKNOWN, Answer
from bot.language import lazyre as re
from bot.language.asking import Words, words
from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import compact, in_order, normalize
from bot.language.rules import Rule
from bot.understand.parse import organisation_said_first

# "资产最多的单位采购预算多少": the first of one kind of table's ranking, asked a measure of another kind
_FIRST_ASKED = Words("table_named", r"^(?P<ranked>.{2,}?最(?:多|高|大|少|低|小))的?(?P<who>{ranked_whos:longest})的?"
                                    r"(?P<measure>.{2,}?)(?:{follow_end:longest})*$")
_ORGANISATION = Words("departments", "(?:{organisations})$")
_NOTE = re.compile(r"[（(][^（）()]*[）)]")
_GROUP_WHOLE = Words("table_named", "(?:{group_wholes})$")
_SOURCE = re.compile(r"（来源：[^）]*）")
_FOLLOW = Words("table_named", r"^(?:{follow_lead:longest})*(?P<said>.+?)(?:{follow_end:longest})*$")

Converse = Callable[[KnowledgeBase, list, Session, str], Answer]


_BUILT: dict[str, object] = {}  # the kinds as last built, and the vocabulary lists they were built from


def _kinds() -> dict[str, tuple[tuple[str, ...], str, tuple[str, ...]]]:
    """Each kind of table: the words naming it (longest first), the measure asked of a unit, its forms' words —
    built once per version of the vocabulary's lists (words() hands out the same lists until the file changes)."""
    lists = words().get("table_named") or {}
    if _BUILT.get("of") is lists:
        return _BUILT["kinds"]  # type: ignore[return-value]
    out = {}
    for kind in lists.get("kinds", ()):
        said = tuple(sorted(lists.get(kind, ()), key=len, reverse=True))
        asked = lists.get(f"{kind}_asked", ())
        if said and asked:
            out[kind] = (said, asked[0], tuple(lists.get(f"{kind}_forms", ())))
    _BUILT.update(of=lists, kinds=out)
    return out


def kind_named(text: str) -> tuple[str, int, int] | None:
    """The kind of table a text first names, and where its word is (the first such word, the longest there)."""
    best: tuple[str, int, int] | None = None
    for kind, (said, _, _) in _kinds().items():
        for word in said:
            at = text.find(word)
            if at >= 0 and (best is None or at < best[1] or at == best[1] and len(word) > best[2] - best[1]):
                best = (kind, at, at + len(word))
    return best


def _loaded(kb: KnowledgeBase, kind: str) -> bool:
    """Whether a loaded table's form holds the kind's words."""
    return bool(_forms(kb, kind))


def _forms(kb: KnowledgeBase, kind: str) -> list[str]:
    """The forms of the loaded tables of a kind (政府采购预算表), each once."""
    words = _kinds()[kind][2]
    return list(dict.fromkeys(form for info in kb.documents.values()
                              if any(w in (form := compact(str(info.get("form") or ""))) for w in words)))


def followed_kind(question: str) -> str | None:
    """The kind of table a follow-up says and nothing else ("那采购呢", "采购预算呢"); None otherwise."""
    m = _FOLLOW.fullmatch(compact(normalize(question)))
    if m is None:
        return None
    named = kind_named(m.group("said"))
    return named[0] if named is not None and named[1] == 0 and named[2] == len(m.group("said")) else None


def organisation(kb: KnowledgeBase, said: str) -> bool:
    """Whether words said before a kind of table name an organisation as a whole (a department or unit the lexicon
    knows, a general table's buyer or unit, or a name ending as an organisation's does: 林业站, 河道管理中心) — never a
    project's words (信息化设备 of 信息化设备采购经费), which no other kind of table has a line of."""
    said = YEAR_ASKED.sub("", said).rstrip("的")
    if len(said) < 2:
        return False
    whole = any(a == 0 and b == len(said) and any(r.kind == "department" for r in refs)
                for a, b, _, refs in kb.lexicon.spans(said))
    return whole or bool(_ORGANISATION.search(said)) or organisation_said_first(kb, said) == len(said)


def unit_of_last(session: Session) -> tuple[str, str] | None:
    """The unit the last question said before the kind of table it named, and that kind ("交通局资产小计" →
    交通局, assets); None when the last turn showed no figure or named no kind after a unit."""
    last = session.figures[-1] if session.figures else None
    asked = compact(normalize(str(last.get("asked") or ""))) if last else ""
    named = kind_named(asked)
    unit = asked[:named[1]].rstrip("的") if named is not None else ""
    if last is None or named is None or len(YEAR_ASKED.sub("", unit)) < 2:
        return None  # ("2025年资产总额": a year is no unit)
    # (a line's note of what it is, 青溪县科学技术局（部门小计）, no part of its name)
    row = compact(_NOTE.sub("", str(last.get("label") or "").split(" ")[0]))
    # (the group's whole line answered, 苍南县教育局小计 of "教育局采购小计": that group's whole asked in the other table)
    return (row if _GROUP_WHOLE.search(row) and in_order(YEAR_ASKED.sub("", unit), row) else unit), named[0]


def measure_of_the_first(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                         converse: Converse) -> Answer | None:
    """"资产最多的单位采购预算多少": the ranking asked of its own table ("资产最多的单位"), then the one line it puts
    first asked the measure of the other table; both shown, the measure first. None when the question is not one
    (two kinds of tables, both loaded); the ranking's reply when it names no one line, the measure's not found
    said of the line named."""
    m = _FIRST_ASKED.fullmatch(compact(normalize(question)))
    if m is None:
        return None
    ranked, measure = kind_named(m.group("ranked")), kind_named(m.group("measure"))
    if ranked is None or measure is None or ranked[1] != 0 or measure[1] != 0 or ranked[0] == measure[0] \
            or measure[2] != len(m.group("measure")) or not (_loaded(kb, ranked[0]) and _loaded(kb, measure[0])):
        return None
    session.frame, session.facts, session.doc_ids, session.focus_projects = None, {}, [], []
    first = converse(kb, rules, session, m.group("ranked") + "的" + m.group("who"))
    rows = (session.facts or {}).get("rows") or []
    if first.status != ANSWERED or len(rows) != 1:
        return first
    session.frame, session.facts, session.doc_ids, session.focus_projects = None, {}, [], []
    found = converse(kb, rules, session, str(rows[0]) + m.group("measure"))
    if found.status == ANSWERED and not _its_own_line(kb, str(rows[0]), found):
        found = Answer(found.question, UNKNOWN, "", "unknown")  # (the table's 合计, or another's line: not the unit's)
    text = compose.measure_of_the_first(found.text if found.status == ANSWERED else compose.not_in_department(str(rows[0])),
                                        first.text)
    return Answer(question, found.status if found.status == ANSWERED else UNKNOWN, text, "combine",
                  source=[*first.source, *found.source], debug={"settled": True})


def _its_own_line(kb: KnowledgeBase, unit: str, found: Answer) -> bool:
    """Whether an answer is the unit's own: its lines shown name it (its row, 临江县政务信息中心; its group's whole,
    临江县财政局小计; its purchases listed under its name), or it is read from the unit's own table (a department's 目标表
    of its 项目支出) — never a table's 合计 of another's, shown as if the unit's."""
    name = compact(unit)
    shown = compact(_SOURCE.sub("", found.text))
    theirs = {compact(str(kb.documents[d].get("department_name") or "")) for s in found.source
              if (d := s.get("document_id")) in kb.documents}
    return name in shown or name in theirs


def unit_in_table_named(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                        converse: Converse) -> Answer | None:
    """The follow-up's answer (see the module); None when it is not one."""
    kind = followed_kind(question)
    if kind is None or not _loaded(kb, kind) or (last := unit_of_last(session)) is None or last[1] == kind:
        return None
    unit = last[0]
    measure = _kinds()[kind][1]
    if not organisation(kb, _GROUP_WHOLE.sub("", unit)):  # (a project's words: no line of another table's)
        return Answer(question, UNKNOWN, compose.unit_not_in_tables(unit, measure, _forms(kb, kind)), "unknown",
                      debug={"settled": True})
    # (a question of its own: the table shown and its lines are no context of it; the figures stay for "差多少")
    session.frame, session.facts, session.doc_ids, session.focus_projects = None, {}, [], []
    answer = converse(kb, rules, session, unit + measure)
    if answer.status == UNKNOWN:  # (said of the unit and the table asked, never a bare "nothing about 采购")
        return Answer(question, UNKNOWN, compose.unit_not_in_tables(unit, measure, _forms(kb, kind)), "unknown",
                      debug={"settled": True})
    return answer
