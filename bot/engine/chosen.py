"""A project chosen by its money and asked about in one sentence ("经费最少的项目的满意度指标"): which project
that is, then the question asked of it by name."""

from __future__ import annotations

from bot.answer import compose
from bot.dialogue.session import Session
from bot.dialogue.values import ANSWERED, CLARIFY, Answer
from bot.engine.turn import _restore, _Turn
from bot.language import lazyre as re
from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import compact
from bot.language.rules import Rule

# "经费最少的项目的满意度指标", "最贵的那个项目有几个指标": the superlative is said of the money (a money word
# before it, or 最贵/最便宜), the rest asks the project's indicators or goal. Read whole, "最少…指标" would rank
# the projects by how many indicators they have (never asked): a confident wrong answer.
_CHOSEN_BY_AMOUNT = re.compile(
    r"^(?P<scope>.*?)(?P<rank>(?:经费|钱|预算|金额|资金|总额)(?:最多|最少|最大|最小|最高|最低)|最(?:贵|便宜))"
    r"的?(?:那个|那一个|一个)?项目(?P<conn>的|都有|有|里|)(?P<rest>.*(?:指标|目标).*)$")


def chosen_by_amount(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer | None:
    """The project the money superlative chooses, then the rest of the question asked of it by name; None
    unless the question is of that shape and one project is chosen (tied ones: the ranking's own answer)."""
    m = _CHOSEN_BY_AMOUNT.search(compact(question))
    if m is None:
        return None
    before = session.to_dict()
    ranked = _Turn(kb, rules, session, f"{m['scope']}{m['rank']}的项目").run()
    chosen = [e for e in ranked.entities if e.get("kind") == "project"]
    if ranked.status == CLARIFY or (ranked.status == ANSWERED and len(chosen) > 1):
        # which department, or several projects chosen (each department's, or tied): asked back, each shown,
        # before anything of theirs is answered
        if ranked.status == ANSWERED:
            ranked.text += "\n" + compose.name_one_chosen(m["rest"])
            ranked.status = CLARIFY
        ranked.question = question
        return ranked
    if ranked.status != ANSWERED or not chosen:
        _restore(session, before)
        return None
    asked = _Turn(kb, rules, session, f"{chosen[0]['name']}{m['conn']}{m['rest']}").run()
    asked.text = ranked.text.splitlines()[0] + "\n" + asked.text
    asked.question = question
    return asked
