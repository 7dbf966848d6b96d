"""A kind of table said ("白云区信访局专项债用了多少", "普陀社工部三公经费决算多少", "卫健委支出预算多少") asks a
figure of a table of that kind. An answer read from another table of the department (its 项目支出绩效目标表's
total) is a confident wrong answer: when neither the answer's lines nor its tables' kind, title or section say
the kind, the department has no such table loaded, and the bot says so with the tables it has."""

from __future__ import annotations

from bot.answer import compose
from bot.dialogue.values import ANSWERED, Answer
from bot.language import lazyre as re
from bot.language.normalize import compact
from bot.store import queries as query

SUBJECT_NOT_HELD = "subject_not_held"  # the intent of the unknown said instead
_QUOTES = re.compile(r"[“”\"'‘’「」《》]")
_SOURCE_NOTE = re.compile(r"（来源：[^）]*）")


def _said_kind(turn) -> str:
    """The kind of table the question says: a specific kind anywhere (三公, 专项债, 决算 …; the longest said), or a
    whole budget (支出预算, 收入预算) said right after the department, 部门 or 的 — never a part of a spending word
    (项目支出预算, 农林水支出预算 are lines of a table, not a kind of table); "" when none is said."""
    vocab = turn.kb.vocab
    text = _QUOTES.sub("", turn.p.text or "")
    for word in vocab.table_subjects:  # (longest first)
        if word in text:
            return word
    ends = {m.end for m in turn.p.mentions if m.of("department")}
    for word in vocab.whole_table_subjects:  # (where the mentions are: the text as parsed)
        for m in re.finditer(re.escape(word), turn.p.text or ""):
            before = re.sub(r"(?:的|部门|整体)+$", "", turn.p.text[:m.start()])
            if not before or len(before) in ends:
                return word
    return ""


def _core(word: str, vocab) -> str:
    """The shortest kind word inside the word said (三公 of 三公经费, 专项债 of 专项债券): what a table must say."""
    inside = [w for w in (*vocab.table_subjects, *vocab.whole_table_subjects) if w in word]
    return min(inside, key=len) if inside else word


def _answer_docs(turn, answer: Answer) -> list[int]:
    """The documents an answer was read from: its sources, its projects' tables and its facts' tables."""
    docs: list[int] = [s["document_id"] for s in answer.source if s.get("document_id") is not None]
    docs += [turn.kb.projects[e["id"]].document_id for e in answer.entities
             if e.get("kind") == "project" and e.get("id") in turn.kb.projects]
    return [d for d in dict.fromkeys(docs) if d in turn.kb.documents]


def _what_the_answer_says(turn, answer: Answer, docs: list[int]) -> tuple[str, str]:
    """What the answer's own lines say (its text but the source note, its facts' labels and row heads), and what
    its tables say of themselves (kinds, titles, sections, the source note); 收支 read as 收入 and 支出."""
    facts = query.facts_by_id(turn.conn, [e["id"] for e in answer.entities if e.get("kind") == "fact"])
    lines = [_SOURCE_NOTE.sub("", answer.text)]
    lines += [f"{f['row_heads'] or ''}{f['row_labels'] or ''}{f['col_labels'] or ''}" for f in facts]
    tables = [*_SOURCE_NOTE.findall(answer.text), *(f["section"] or "" for f in facts)]
    tables += [f"{turn.kb.documents[d].get('form') or ''}{turn.kb.documents[d].get('title') or ''}" for d in docs]
    said, shown = (_QUOTES.sub("", compact("|".join(x))).replace("收支", "收入支出") for x in (lines, tables))
    return said, shown


def _budget_of(word: str, lines: str) -> bool:
    """"支出预算" said whole, printed as the budget of that side in a line or a title of the answer (部门预算支出,
    支出预算数, 收入来源/财政拨款 预算金额, 部门预算收支…表): the department's budget said apart — never a 决算表's
    title far before a 预算数 of its 三公 line."""
    side = word.removesuffix("预算")
    return re.search(f"{side}[^|；;，,。：:]{{0,8}}预算|预算[^|；;，,。：:]{{0,8}}{side}", lines) is not None


def _lines_asked(turn, lines: str, tables: str, docs: list[int]) -> str:
    """A kind said (专项债) that neither the answer's lines nor its tables' kinds or titles say, while lines of those
    tables do: what the question asks is those lines; "" when no such kind is said."""
    text = _QUOTES.sub("", turn.p.text or "")
    for word in turn.kb.vocab.table_subjects:
        core = _core(word, turn.kb.vocab)
        if word in text and core not in lines and core not in tables and query.documents_saying(turn.conn, docs, core):
            return word
    return ""


def subject_not_held(turn, answer: Answer) -> Answer:
    """The answer, or an unknown saying the department has no table of the kind said, when the answer is read
    from tables none of which is of it nor says it on any line (专项债务 heading rows of a debt table says it)."""
    if answer.status != ANSWERED or not (said := _said_kind(turn)):
        return answer
    core = _core(said, turn.kb.vocab)
    used = _answer_docs(turn, answer)
    docs = used or turn.kb.documents_of_departments(turn.p.departments())
    lines, tables = _what_the_answer_says(turn, answer, used)
    if answer.intent == "total" and (line := _lines_asked(turn, lines, tables, docs)):
        # (a whole of a table some of whose lines say a kind said, 政府性基金's 专项债 lines of a department's block:
        # those lines are asked, never the block's 小计 — the facts read them)
        return turn.unknown(compose.line_of_subject_not_read(line), turn.p.text, suggest=False)
    if core in lines or core in tables or query.documents_saying(turn.conn, docs, core) \
            or said in turn.kb.vocab.whole_table_subjects and _budget_of(said, f"{lines}|{tables}"):
        return answer
    depts = list(dict.fromkeys(turn.kb.documents[d]["department_name"] for d in docs))
    if len(depts) != 1:
        return answer  # (no one department the answer is of: nothing to say it lacks)
    held = [compose.table_name(turn.kb.documents[d]["department_name"], turn.kb.documents[d].get("form"),
                               turn.kb.documents[d].get("year")) for d in turn.kb.documents_of_departments(depts)]
    unknown = turn.unknown("", turn.p.text, suggest=False)
    unknown.text, unknown.intent = compose.table_subject_not_held(depts[0], said, held), SUBJECT_NOT_HELD
    return unknown
