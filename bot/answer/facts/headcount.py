"""A department's own head count asked in staff's words ("湛江人社局有多少人", "自然资源局实有人数" of a table
printing 财政供养人员数, "哪个人多"): the labels its table prints of its people as a whole — a label holding a
word of the vocabulary's head_count_words, in 人, on a row of its own (财政供养人员数; 人员编制 and 实有人数).

Asked by a label the table does not print (编制 of a table printing 财政供养人员数 only), it is said not to be there,
with the labels it does print and no figure (never one passed off as the other); carried over from a count just
shown ("实有人数" → "湛江人社局呢"), the counts the other table prints are given under their own labels; a table
printing none is left to the rest of the engine."""

from __future__ import annotations

from collections.abc import Callable

from bot.answer import compose
from bot.answer.facts.question import FactAnswer
from bot.answer.facts.values import _cite, _name, _shown
from bot.answer.facts.words import fmt_number, label_key
from bot.language import lazyre as re
from bot.language.normalize import compact, normalize
from bot.store import queries as query

# What is left of a question asking only a head count once its department is taken out: the people said
# ("有多少人", "人数", "几个人", "人多") or a head-count label said (实有人数, 编制) with a "how many" around it.
_PEOPLE = r"(?:多少人|几个人|几人|多少名|人数|人员数|人多|人少|人)"
_AROUND = r"(?:的|呢|吗|啊|是|有|共有|一共|总共|多少|几个|几|[和与跟及、？?。，,])*"


def _stems(idx) -> list[str]:
    """The words a head-count label is said by alone (编制 for 编制人数, 在岗 for 实有人数): the vocabulary's
    [head_count_same]."""
    return [w for k, v in idx.head_count_same.items() for w in (k, *v)]


def _same_count(idx, said: str, printed: str) -> bool:
    """Is a printed label the count said: holding it, or holding a word of the same count ([head_count_same]:
    人员编制 said, 编制人数 printed; 在职 said, 实有人数 printed)? 编制 of 财政供养人员数 is another count."""
    if said in printed:
        return True
    return any(any(w in said for w in (k, *v)) and any(w in printed for w in (k, *v))
               for k, v in idx.head_count_same.items())


def _asked(rest: str, words: list[str]) -> tuple[bool, str]:
    """Does the rest of a question ask only a head count, and by which label ("" for the people as such)?"""
    said = sorted(set(words), key=len, reverse=True)
    label = "|".join(map(re.escape, said))
    m = re.fullmatch(rf"{_AROUND}(?:(?P<label>{label})(?:人员|人数|数)?{_AROUND}(?:{_PEOPLE})?|{_PEOPLE}){_AROUND}", rest)
    if m is None:
        return False, ""
    return True, m.group("label") or ""


# Two head counts set against each other ("编制和实有人数差几个", "实有比编制少几人"): what is left around them.
_APART = re.compile(r"(?:的)?(?:和|与|跟|同|比)?(?:的)?(?:相差|差|多|少)(?:了)?(?:几个|几人|几名|多少个?|多少人|几)?(?:人)?"
                    r"(?:呢|吗|啊|[？?。])*")


def _two_apart(idx, rest: str, words: list[str], counts_of: Callable[[], list[dict]]) -> tuple[dict, dict] | None:
    """The two head counts a question sets apart, in the order said; None unless it asks only that."""
    said = sorted(set(words), key=len, reverse=True)
    found = list(re.finditer(rf"(?:{'|'.join(map(re.escape, said))})(?:人员|人数|数)?", rest))
    if len(found) != 2:
        return None
    pair, counts = [], counts_of()
    for m in found:
        stem = next(w for w in said if m.group().startswith(w))
        hit = [f for f in counts if _same_count(idx, stem, label_key(_name(f)))]
        if len(hit) != 1:
            return None
        pair.append(hit[0])
    between, after = rest[found[0].end():found[1].start()], rest[found[1].end():]
    if rest[:found[0].start()] or pair[0] is pair[1] or not _APART.fullmatch(between + after):
        return None
    return pair[0], pair[1]


def _difference(idx, a: dict, b: dict) -> FactAnswer:
    d = a["number"] - b["number"]
    text = compose.fact_difference(_name(a), None, _name(b), None, fmt_number(a["number"]), fmt_number(b["number"]),
                                   d, fmt_number(abs(d)), fmt_number(d), "人")
    return FactAnswer("answered", text + _cite(idx, [a, b]), [a, b])


def head_counts(idx, doc_ids: list[int]) -> list[dict]:
    """The head counts a department's tables print of it as a whole: one label on its row, in 人."""
    out = []
    for d in doc_ids:
        for f in idx.facts(list(idx.docs[d].facts)[:6000]):
            row = (f["row_labels"] or "").split(query.FACT_SEP)
            if f["number"] is not None and f["unit"] == "人" and len(row) == 1 and not f["col_labels"] \
                    and any(w in label_key(row[0]) for w in idx.head_count_words):
                out.append(f)
    return out


def answer(idx, question: str, departments: list[str], forms: list[str], shown: tuple | list = ()) -> FactAnswer | None:
    """One department's head count, when the question (its department's name said as `forms`) asks only that,
    or names only the department right after head counts were shown ("自然资源局实有人数" → "湛江人社局呢")."""
    if len(departments) != 1:
        return None
    rest = compact(normalize(question))
    for form in sorted(forms, key=len, reverse=True):
        rest = rest.replace(compact(form), "")
    words = [*idx.head_count_words, *_stems(idx)]
    only, label = _asked(rest, words)
    said = label  # (a label the question says itself, not one carried over from the count just shown)
    docs = list(idx.dept_docs.get(departments[0], ()))
    if not only and (pair := _two_apart(idx, rest, words, lambda: head_counts(idx, docs))) is not None:
        return _difference(idx, *pair)  # "编制和实有人数差几个": the two the table prints, one less the other
    if not only and re.fullmatch(rf"(?:那|那么)?{_AROUND}", rest) and shown:
        last = idx.facts(list(shown)[:4])
        if not last or not all(f in head_counts(idx, [f["document_id"]]) for f in last) \
                or departments[0] in {f["department"] for f in last}:
            return None
        only, label = True, label_key(_name(last[0])) if len(last) == 1 else ""
    if not only or not (counts := head_counts(idx, docs)):
        return None
    named = [f for f in counts if label and _same_count(idx, label, label_key(_name(f)))]
    if said and not named:
        # "编制数多少" of a table printing 财政供养人员数 only: another count, never passed off as the one asked
        # (nor shown beside its name: the figure would be read as the answer)
        return FactAnswer("unknown", compose.head_count_not_printed(said, [_name(f) for f in counts])
                          + _cite(idx, counts), counts, settled=True)
    counts = named or counts  # (the label printed: that one; else every count under its own label)
    label = "" if named else label
    lines = [f"{_name(f)}：{_shown(f)}" for f in counts]
    text = compose.head_counts_of(lines, label)
    return FactAnswer("answered", text + _cite(idx, counts), counts)
