"""Two things set against each other ("香菇专项比农业保险补贴多多少", "A和B差多少") answered with one thing's figure
alone: the difference asked was never worked out (one side not found, or read as another row), so the answer is
unknown — never one side's figure given as if it answered the comparison (a confident wrong answer)."""

from __future__ import annotations

from bot.answer import compose
from bot.dialogue.values import ANSWERED, UNKNOWN, Answer
from bot.language.asking import Words
from bot.language.normalize import compact, normalize

# a difference asked after a word setting two things against each other ([asking_words.two_sides]), the first
# said before it ("比B少多少" after A's figure is a follow-up of its own)
_DIFFERENCE_ASKED = Words("two_sides", r"..(?:{against}).+(?:{difference})")
# two years of one row, or a row and its own target: a column of the table may print the difference
_OF_ONE_ROW = Words("two_sides", r"{one_row}")


def difference_asked(question: str) -> bool:
    """Whether the question asks the difference of two things said (not of two years or a target of one row)."""
    text = compact(normalize(question))
    return bool(_DIFFERENCE_ASKED.search(text)) and not _OF_ONE_ROW.search(text)


def difference_not_worked(question: str, answer: Answer) -> Answer | None:
    """An answer to a difference asked that works none out (one thing's figure alone): unknown instead."""
    if answer.status != ANSWERED or compose.works_out_difference(answer.text) or not difference_asked(question):
        return None
    return Answer(question, UNKNOWN, compose.difference_not_worked(), "unknown", debug={"difference_not_worked": True})
