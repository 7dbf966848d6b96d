""""名字里带千岛湖的项目有哪些", "名称含绿道的项目", "哪些项目名字里有医院": the items of every table whose names hold
the word said — the 目标表's projects and the general tables' rows named in a name column (项目名称), grouped by table.
Never rows that merely hold the word in another label (a town 千岛湖镇 of a transfer table is no item named), nor one
table's items as if they were all."""

from __future__ import annotations

from bot.answer import compose
from bot.dialogue import figures
from bot.dialogue.session import Session
from bot.dialogue.values import ANSWERED, UNKNOWN, Answer
from bot.language.asking import Words, words
from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import compact, normalize
from bot.store import queries as query

_READER = "names_holding"
_NAMED = "(?:{names})(?:{inside})?(?:{bare}|{named_only})"  # 名字里带, 名称含有, 名字有
_LISTED = "的(?:{kinds})(?:{which}|{asks})?"
# "名字里带X的项目(有哪些)": the word before the kind listed
_WORD_FIRST = Words(_READER, r"(?:{kinds})?" + _NAMED + r"(?P<word>.{2,16}?)(?:{marks})?" + _LISTED)
# "带“X”的项目", "含X字样的工程": a bare 带/含 only before a word bounded so (带动就业的项目 is a verb's)
_BARE_FIRST = Words(_READER, r"(?:{kinds})?(?:{bare})(?:(?:{opens})(?P<quoted>.{2,16}?)(?:{closes})(?:{marks})?"
                             r"|(?P<word>.{2,16}?)(?:{marks}))" + _LISTED)
# "哪些项目名字里有X", "有哪些项目的名称含X"
_KIND_FIRST = Words(_READER, r"(?:{which})(?:{kinds})的?" + _NAMED + r"(?P<word>.{2,16}?)(?:{marks})?(?:的)?")


def word_of_names(question: str) -> str | None:
    """The word a question lists the items by whose names hold it; None for any other question."""
    text = compact(question).rstrip("？?。！!")
    m = _WORD_FIRST.fullmatch(text) or _KIND_FIRST.fullmatch(text)
    if m is not None:
        return m.group("word")
    # (quotes kept: they bound the word a bare 带/含 holds)
    bare = _BARE_FIRST.fullmatch(normalize(question).replace(" ", "").rstrip("？?。！!"))
    return (bare.group("quoted") or bare.group("word")) if bare else None


def _name_heads() -> tuple[str, ...]:
    return words().get(_READER, {}).get("heads", ())


def _table_of(kb: KnowledgeBase, doc: int) -> str:
    d = kb.documents[doc]
    return compose.table_name(d["department_name"], d.get("form"), d.get("year"))


def _source_of(kb: KnowledgeBase, doc: int) -> str:
    d = kb.documents[doc]
    return compose.source_text({"file_name": d.get("file_name") or "", "department_name": d["department_name"],
                                "form": d.get("form"), "year": d.get("year")})


def _named_by_table(kb: KnowledgeBase, word: str) -> dict[int, list[str]]:
    """Per table, the names holding the word: its projects', else the rows of its name column (项目名称)."""
    out: dict[int, list[str]] = {}
    for r in query.projects_named_holding(kb.conn, word):
        out.setdefault(r["document_id"], []).append(compact(r["name"]))
    with_projects = set(out)
    heads = _name_heads()
    for r in query.rows_named_holding(kb.conn, word):
        doc = r["document_id"]
        labels = str(r["row_labels"] or "").split(query.FACT_SEP)
        head = str(r["row_heads"] or "").split(query.FACT_SEP)[-1]
        name = compact(labels[-1])
        if doc in with_projects or doc not in kb.documents or word not in name or not any(h in head for h in heads):
            continue
        named = out.setdefault(doc, [])
        if name not in named:
            named.append(name)
    return out


def names_holding(kb: KnowledgeBase, question: str) -> Answer | None:
    """The items whose names hold the word asked, every table's, grouped by table; "none" when no name holds it;
    None when the question asks no such list."""
    word = word_of_names(question)
    if word is None:
        return None
    found = _named_by_table(kb, word)
    if not found:
        return Answer(question, UNKNOWN, compose.names_holding_none(word), "names_holding")
    if all(d in kb.documents and kb.projects_of_document(d) for d in found):
        return None  # (projects only: the typed list of projects answers, with their amounts)
    docs = sorted(found)
    text = compose.names_holding(word, [(_table_of(kb, d), found[d]) for d in docs], [_source_of(kb, d) for d in docs])
    rows = [{"label": name, "value": None, "unit": ""} for d in docs for name in found[d]]
    source = [{"document_id": d, "file_name": kb.documents[d].get("file_name") or ""} for d in docs]
    return Answer(question, ANSWERED, text, "names_holding", rows=rows, source=source)


def item_of_names_listed(session: Session, question: str) -> str:
    """"第二个多少" right after a list of names holding a word (of several tables, no one table's rows): the question
    with the item named in the ordinal's place, so no name beginning 第二 (第二中学) is read instead; as it is otherwise.
    After a department's units listed, "第三个单位合计多少" opening with its ordinal is that unit's (never every
    department's total, 单位 read as a department)."""
    if session.listed_by == "department" and figures.opens_with_ordinal(question):
        return figures.into_list(session, question) or question
    if session.listed_by not in ("names_holding", "others_of_row"):
        return question
    return figures.into_list(session, question) or question
