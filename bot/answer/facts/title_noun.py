"""A table's generic noun read as another document's project (fund58): "哪些专项资金取消了", "专项资金压减金额合计",
"专项资金清理整合表一共多少项资金" — 专项资金 is what a loaded table's title calls its rows (…专项资金清理整合情况表), and
also the whole name of a project of another department (an application's row "专项资金"). Where the typed reading took
the word for that project, the question is asked again without it: when the rest is answered from that table alone
(a column's value, a column's total, a count of its rows), that table's answer stands; otherwise the typed one.
"""

from __future__ import annotations

import re
import weakref

from bot.answer import compose
from bot.answer.facts.common import _WHY, again_on_tables
from bot.language.asking import Words
from bot.language.normalize import compact, in_order, normalize
from bot.store import queries as query
from bot.understand.parse import PROJECTS_ONLY

NOUN_AT_LEAST = 2  # characters of the noun: one character is no table's noun


def asked_of_the_table(turn, typed):
    """The answer to the question without the project's word, where the typed reading took a table's noun for a
    project and the rest is answered from that table; None otherwise."""
    if getattr(turn, "clause", False):
        return None
    p = getattr(turn, "p", None)
    if p is None or not getattr(p, "text", ""):
        return None
    for m in getattr(p, "mentions", ()):
        noun, tables = _tables_named_by(turn.kb, m)
        if not tables or typed.status == "unknown" and not _said_of_the_project(turn.kb, m, noun, typed.text):
            continue  # ("住建局专项资金多少": a "no such department" is no reading of the project; the facts read it)
        at = p.text.index(noun, m.start)
        if _organisation_before(turn.kb, p.text[:at]):
            return None  # ("住建局专项资金多少": a bureau said before the noun — its rows summed by the facts, not the rest)
        # (its row noun kept, 资金 of 专项资金: "哪些资金25年比24年增加了" reads the rows as the question said them)
        kept = next((noun[k:] for k in range(1, len(noun)) if _ROW_NOUN.fullmatch(noun[k:])), "")
        rest = p.text[:at] + kept + p.text[at + len(noun):]
        if len(compact(rest)) < NOUN_AT_LEAST:
            return None
        return again_on_tables(turn, rest, tables)
    return None


def _organisation_before(kb, before: str) -> bool:
    """Whether the words before the table's noun end with an organisation's mark (住建局, 卫健委): the rows it owns
    are asked, which the facts read with the noun kept."""
    said = compact(before)
    return len(said) >= 3 and said.endswith(tuple(kb.vocab.department_suffixes))


def _said_of_the_project(kb, m, noun: str, said: str) -> bool:
    """Whether the typed reading's "not there" is no reading of another word of the question ("没有“住建局”的数据":
    the department said, which the facts read as a row owner) — said of the project taken, or of a year."""
    quoted = re.findall(r"“([^”]+)”", said.split("\n")[0])
    return not any(q != noun for q in quoted)


def _general_titles(kb) -> tuple[tuple[int, str], ...]:
    """The general tables' titles, compacted: read once per knowledge base (never every document's title each question)."""
    found = _TITLES.get(kb)
    if found is None:
        found = _TITLES[kb] = tuple((d, compact(str(doc.get("title") or ""))) for d, doc in kb.documents.items()
                                    if doc.get("layout") == "general-table")
    return found


_TITLES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # knowledge base -> its general tables' titles


def _tables_named_by(kb, m) -> tuple[str, set[int]]:
    """The whole name of a project said in a mention naming only projects, and the loaded tables of others whose
    title holds it (专项资金 of …专项资金清理整合情况表): their rows are what the word calls them."""
    refs = m.refs
    if not refs or not _some_name_titled(kb, m.text) or m.kinds() != PROJECTS_ONLY:
        return "", set()
    projects = [kb.projects[r.key] for r in refs if r.key in kb.projects]
    own = {pr.document_id for pr in projects}
    for noun in sorted({compact(pr.name) for pr in projects}, key=len, reverse=True):
        if len(noun) < NOUN_AT_LEAST or noun not in m.text:
            continue
        tables = {d for d, title in _general_titles(kb) if d not in own and noun in title}
        if tables:
            return noun, tables
    return "", set()


def _some_name_titled(kb, text: str) -> bool:
    """Whether a piece of the words said is some loaded project's whole name (compacted) that a general table's title
    holds: else no project the words name is any table's noun, and its refs (hundreds, for a name many departments
    share) need no look. The names and the titles' text are read once per knowledge base."""
    kept = _NAMES_AND_TITLES.get(kb)
    if kept is None:
        kept = _NAMES_AND_TITLES[kb] = (frozenset(kb.compact_project_names().values()),
                                        "\x1f".join(title for _, title in _general_titles(kb)))
    names, titles = kept
    if not titles:
        return False
    return any(text[i:j] in names and text[i:j] in titles
               for i in range(len(text)) for j in range(i + NOUN_AT_LEAST, len(text) + 1))


_NAMES_AND_TITLES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # kb -> its projects' names, titles' text


# "专项资金清理整合表一共多少项资金", "收费表合计呢": the words after a table's title said short, asking its rows' count
# (maybe a word of its title as their noun) or its 合计 line.
_TITLED = Words("title_noun", r"^(?:{leading})?(?P<title>[\u4e00-\u9fff]{2,24}?)表(?P<rest>.*)$")
_COUNT = Words("title_noun", r"^(?:{places})*(?:{whole})?(?:{have})?(?:{counted})(?:{units})"
                             r"(?P<noun>[\u4e00-\u9fff]{0,4}?)(?:{tail})?$")
_TOTAL = Words("title_noun", r"^(?:{places})*(?:{total})(?:{figure})?(?:{tail})?$")
_FILLER = Words("title_noun", r"(?:{tail}|{why_fillers})")
COUNT_ASKED, TOTAL_ASKED = "一共多少项", "合计"


def titled_table_asked(kb, question: str) -> tuple[int, str] | None:
    """The one loaded general table a question names by its title said short, and what is asked of it (its rows
    counted, its 合计 line), as the question the facts answer of that table alone; None when it is not such."""
    text = compact(normalize(question))
    said = _TITLED.fullmatch(text)
    if said is None:
        return None
    title, rest = said["title"], said["rest"]
    if (count := _COUNT.fullmatch(rest)) is not None:
        if count["noun"] and count["noun"] not in title:
            return None  # ("…表有多少个村": not its rows)
        asked = COUNT_ASKED
    elif _TOTAL.fullmatch(rest):
        asked = TOTAL_ASKED
    else:
        return None
    fit = [d for d, doc in kb.documents.items()
           if doc.get("layout") == "general-table" and in_order(title + "表", compact(normalize(str(doc.get("title") or ""))))]
    return (fit[0], asked) if len(fit) == 1 else None


def why_of_its_value(idx, question: str, last: list[int]) -> str | None:
    """"小微企业园补助资金" → "为啥取消" (or "X为啥取消"): the reason asked of the value the one row named or just
    shown prints in a text column (取消 of its 整合方式) — its 备注, never the rows of that value listed: the question
    without the value, or None."""
    text = compact(normalize(question))
    why = _WHY.search(text)
    if why is None:
        return None
    before, after = text[:why.start()], _FILLER.sub("", text[why.end():])
    if not after:
        return None
    if not last and before:
        from bot.answer.facts.answerer import Answerer  # (only for a reason asked of a row's value)

        fa = Answerer(idx).answer(before, None, None)
        last = [f["id"] for f in fa.facts] if fa is not None and fa.status == "answered" else []
    shown = idx.facts(list(last)[:20])
    if not shown or len({(f["document_id"], f["sheet"], f["line"]) for f in shown}) != 1:
        return None
    row = query.facts_of_row(idx.conn, shown[0]["document_id"], shown[0]["sheet"], shown[0]["line"], shown[0]["page"])
    if not any(x["number"] is None and compact(x["value"] or "") == after for x in row):
        return None
    return before + why.group()


# "美丽乡村精品村建几个村": the thing a count asks, after the count word and its measure word, at the question's end.
_NOUN_COUNTED = Words("title_noun", r"(?:{counted})(?:{measure_words})?(?P<noun>[\u4e00-\u9fff]{1,3}?)(?:{tail})?$")
_ROW_NOUN = Words("title_noun", "(?:{row_nouns})")
# a count of rows as the answer gives it ("县公安局 共 5 项：A、B（来源…）")
_ROWS_COUNTED = re.compile(r"^[^\n：]*?共 \d+ 项：(?P<rows>[^（\n]+)")


NAMED_ROWS_AT_MOST = 3  # rows a question names by their words ("美丽乡村精品村": one row)
NAME_RUN = 4  # characters of a row's name said as they stand: the question names that row


def noun_not_counted(question: str, text: str) -> str | None:
    """What is said instead of a count of the rows a question names where it counts another thing (村 of
    "美丽乡村精品村建几个村": rows of funds are no villages); None when the answer is no such count or counts it."""
    said = _NOUN_COUNTED.search(compact(normalize(question)))
    counted = _ROWS_COUNTED.match(text)
    if said is None or counted is None or _ROW_NOUN.fullmatch(noun := said["noun"]):
        return None
    rows = [r.strip() for r in counted["rows"].split("、") if r.strip()]
    text = compact(normalize(question))
    if not rows or len(rows) > NAMED_ROWS_AT_MOST or any(r.endswith(noun) for r in rows) \
            or not all(any(r[i:i + NAME_RUN] in text for i in range(len(r) - NAME_RUN + 1)) for r in rows):
        return None  # (rows the question does not name, "城区有几所学校" of 第一小学 …: the rows are what it counts)
    return compose.noun_not_counted(rows, noun)
