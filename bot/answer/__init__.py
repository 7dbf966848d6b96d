"""The answer stage: a Frame -> an Answer. One handler per intent (handlers.HANDLERS), asking back and
answering for each department (respond), all wording (compose), questions over labelled facts (facts; whether
they can say anything at all is facts_may_answer below, so a plain question need not import them)."""

from __future__ import annotations

import weakref

from bot.dialogue.values import PART_NOT_COSTED  # noqa: F401  (the intent of a typed unknown: see there)
from bot.language import lazyre as re
from bot.language.asking import Words
from bot.language.normalize import compact, normalize
from bot.store import queries as query

# A year said relative to a table's own, with its offset (the fact answerer reads these).
REL_YEARS = (("大前年", -3), ("前年", -2), ("去年", -1), ("上年", -1), ("上一年", -1), ("上年度", -1),
             ("上一年度", -1), ("前一年", -1), ("前一年度", -1), ("今年", 0), ("本年", 0), ("当年", 0),
             ("本年度", 0), ("明年", 1), ("下一年", 1), ("下年", 1), ("下一年度", 1), ("后一年", 1), ("后年", 2))
# A year said alone as a follow-up, nothing else asked ("2024年呢", "那2025年的是多少", "它的26年呢", "去年呢"): one
# grammar for every reader of such a follow-up, matched whole on the compact text; `year` four digits, `short` two,
# `rel` a year said relative to a table's own. A reader that needs a year in digits reads `year` alone.
YEAR_ALONE = re.compile(r"(?:那|那么)?(?:它|其)?(?:的)?(?:(?P<year>(?:19|20)\d\d)|(?P<short>\d\d)|(?P<rel>" + "|".join(
    w for w, _ in sorted(REL_YEARS, key=lambda x: -len(x[0]))) + r"))(?:年度|年)?(?:的)?(?:是|有)?(?:是多少|多少|几|情况)?"
    r"(?:钱|万元|万)?(?:呢|啊)?[？?]?")
# "最大的减最小的", "最多的比最少的多多少", "最高和最低相差": the range of a list, one figure (read by the fact answerer
# and by the ranking of projects).
RANGE_ASKED = re.compile(r"(?:最[多大高]|最贵).{0,4}(?:减|减去|比|和|与|跟).{0,4}(?:最[少小低]|最便宜)"
                         r"|(?:最[少小低]).{0,4}(?:和|与|跟).{0,4}(?:最[多大高])|极差")
# A year is 19xx/20xx on its own: never four digits of a longer code ("2050204" is a budget subject).
YEAR_ASKED = re.compile(r"(?<![0-9.])(20\d\d|19\d\d)(?:年度|年)")
# What makes a clause an ask of its own ("负责人是谁 电话多少": two asks).
QUESTION_WORD = re.compile(r"多少|几|哪|什么|啥|谁|吗|是否|有没有|怎么样|如何|干嘛|为何")

# "哪个部门有X", "X哪些单位有": the departments holding a thing asked — the answer is which ones (and what each holds)
HOLDERS_FIRST = re.compile(r"^(?:哪些|哪几个|哪几家|哪个|哪家|有几个|几个)(?:部门|单位)(?:都|也|还)?(?:有|列了|安排了)(?P<name>.{2,40}?)(?:这个|这一)?(?:项目)?(?:呢)?$")
HOLDERS_LAST = re.compile(r"^(?P<name>.{2,40}?)(?:这个|这一)?(?:项目)?(?:哪些|哪几个|哪几家|哪个|哪家)(?:部门|单位)(?:都|也)?有(?:呢)?$")  # ("X是哪个单位的": its owner, not this)
# Where clauses part: a pause mark, or (spaces=True) a space between two Chinese words.
# "多少株", "几个": the measure word a count is asked in; "参保人数", "受益户数": a count asked by its noun
COUNT_ASKED = re.compile(r"(?:多少|几)([株棵个人户所座辆台套件名家处条次项亩])")
COUNT_NOUN = re.compile(r"(?:人数|户数|个数|数量|人次|株数|家数)$")
# Each one asked apart, said outright ("分别是多少", "各自", "各是"): never their sum. The readers that take more
# words as asking each (handlers: 各多少; facts/arithmetic: 每个, 哪 …) add theirs to these.
EACH_APART = r"分别|各自|各是"
# the intent of a typed unknown: a source of funds (其他资金) asked of a table that prints no sources at all
SOURCE_NOT_PRINTED = "source_not_printed"
# the intent of a typed unknown: a source of funds the project's line leaves blank (a row of totals is no answer)
SOURCE_LEFT_BLANK = "source_left_blank"
_FIGURE = re.compile(r"\d|[一二两三四五六七八九十百千万]")


def figure_said(question: str, sentence: str) -> bool:
    """Does the sentence say how many? With a measure word asked, a figure of that word ("12株"): a
    numeral inside a phrase ("一树一档", "三支一扶") counts nothing."""
    asked = COUNT_ASKED.search(question)
    if asked is None:
        return bool(_FIGURE.search(sentence))
    return re.search(rf"(?:\d|[一二两三四五六七八九十百千万])[余多]?\s*{asked.group(1)}", sentence) is not None


_PAUSE = re.compile(r"[，,；;。？?]")
_PAUSE_OR_SPACE = re.compile(r"[，,；;。？?]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def question_clauses(question: str, spaces: bool = False) -> list[str]:
    """"信访局一共几个项目，总共多少钱": clauses that each ask their own question ([] when there is one);
    each is answered (answer/facts/), never one for the whole. With spaces=True a space between two
    asks parts them too ("东湖就业补助多少 主要干嘛用"): tried when the whole was not understood."""
    parts = [p.strip() for p in (_PAUSE_OR_SPACE if spaces else _PAUSE).split(question) if len(compact(p)) >= 2]
    # ("有没有满意度指标 哪些项目有": a later "哪些项目有" says nothing of its own; it asks the first clause again by
    # project, so it is no ask apart — alone it listed every project)
    parts = [p for i, p in enumerate(parts) if not (i and _WHICH_HAVE_IT.match(compact(p)))]
    # ("有几个满意度指标，都叫什么": a later clause asking only the names of what the one before it counted asks
    # that clause again with its names, no ask apart — alone it named nothing to look up)
    parts = [p for i, p in enumerate(parts) if not (i and _NAMES_OF_IT.match(compact(p)))]
    # (a later clause "…执行率呢" asks again of what the first asked: "全年预算多少 执行率呢" is two asks)
    return parts if len(parts) >= 2 and all(QUESTION_WORD.search(p) or i and _AND_THIS.search(p)
                                            for i, p in enumerate(parts)) else []


_AND_THIS = re.compile(r"[\u4e00-\u9fff]呢$")
_NAMES_OF_IT = Words("names_asked", r"^{leads}?{them}?{each}?叫{what}{ends}?[？?]?$")
# A clause asking only which ones have what the clause before it named: "哪些项目有", "哪几个有呢", "是哪个单位有的".
_WHICH_HAVE_IT = re.compile(r"^(?:那|那么)?(?:是)?(?:哪些|哪几个|哪几项|哪个|有哪些|有几个|几个)(?:项目|部门|单位)?"
                            r"(?:有|设了|设有|有的|都有|设的)(?:呢|吗|啊)?[？?]?$")

_HAS_FACTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def facts_may_answer(kb, question: str) -> bool:
    """Whether the fact answerer (answer/facts/) can have anything to say: only when the knowledge base
    holds labelled facts, or the question asks a year (it checks the year against every table). Otherwise
    it leaves the typed answer as it is, and a plain question's cold start need not import it."""
    has = _HAS_FACTS.get(kb)
    if has is None:
        has = _HAS_FACTS[kb] = query.fact_max_id(kb.conn) > 0
    if has:
        return True
    text = compact(normalize(question))
    return bool(YEAR_ASKED.search(text)) or any(word in text for word, _ in REL_YEARS) \
        or bool(question_clauses(question, spaces=True))


def inside_a_line_said(kb, text: str, start: int, end: int) -> bool:
    """Whether the name said at text[start:end] is only part of a longer row line of a loaded table said around it
    ("财政专项资金" holds the name of a project 专项资金): the table's line is what is asked, not that project."""
    if not facts_may_answer(kb, text):
        return False
    from bot.answer.facts import index_for

    keys = index_for(kb).row_label_keys
    return any(text[i:j] in keys for i in range(max(0, start - 8), start + 1)
               for j in range(end, min(len(text), end + 8) + 1) if (i, j) != (start, end))
