"""The answer stage: a Frame -> an Answer. One handler per intent (handlers.HANDLERS), asking back and
answering for each department (respond), all wording (compose), questions over labelled facts (facts; whether
they can say anything at all is facts_may_answer below, so a plain question need not import them)."""

from __future__ import annotations

import weakref

from bot.language import lazyre as re
from bot.language.normalize import compact, normalize
from bot.store import queries as query

# A year said relative to a table's own, with its offset (the fact answerer reads these).
REL_YEARS = (("大前年", -3), ("前年", -2), ("去年", -1), ("上年", -1), ("上一年", -1), ("上年度", -1),
             ("上一年度", -1), ("前一年", -1), ("前一年度", -1), ("今年", 0), ("本年", 0), ("当年", 0),
             ("本年度", 0), ("明年", 1), ("下一年", 1), ("下年", 1), ("下一年度", 1), ("后一年", 1), ("后年", 2))
# A year is 19xx/20xx on its own: never four digits of a longer code ("2050204" is a budget subject).
YEAR_ASKED = re.compile(r"(?<![0-9.])(20\d\d|19\d\d)(?:年度|年)")
# What makes a clause an ask of its own ("负责人是谁 电话多少": two asks).
QUESTION_WORD = re.compile(r"多少|几|哪|什么|啥|谁|吗|是否|有没有|怎么样|如何|干嘛|为何")
# Where clauses part: a pause mark, or (spaces=True) a space between two Chinese words.
_PAUSE = re.compile(r"[，,；;。？?]")
_PAUSE_OR_SPACE = re.compile(r"[，,；;。？?]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def question_clauses(question: str, spaces: bool = False) -> list[str]:
    """"信访局一共几个项目，总共多少钱": clauses that each ask their own question ([] when there is one);
    each is answered (answer/facts/), never one for the whole. With spaces=True a space between two
    asks parts them too ("东湖就业补助多少 主要干嘛用"): tried when the whole was not understood."""
    parts = [p.strip() for p in (_PAUSE_OR_SPACE if spaces else _PAUSE).split(question) if len(compact(p)) >= 2]
    # (a later clause "…执行率呢" asks again of what the first asked: "全年预算多少 执行率呢" is two asks)
    return parts if len(parts) >= 2 and all(QUESTION_WORD.search(p) or i and _AND_THIS.search(p)
                                            for i, p in enumerate(parts)) else []


_AND_THIS = re.compile(r"[\u4e00-\u9fff]呢$")

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
