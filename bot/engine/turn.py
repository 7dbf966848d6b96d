"""One question through every stage (normalise, parse, dialogue, answer): the turn the engine runs."""

from __future__ import annotations

import copy

from bot.answer import compose, facts_may_answer, question_clauses, scorecard
from bot.answer.respond import execute
from bot.answer.subjects import subject_not_held
from bot.dialogue.context import frame_for
from bot.dialogue.session import Session
from bot.dialogue.turn import LaterFrames, Turn
from bot.dialogue.values import Answer
from bot.language import lazyre as re
from bot.language.normalize import normalize
from bot.understand.parse import Parse, understand

_WORD_CHARACTER = re.compile(r"[\w\u4e00-\u9fff]")  # a question with none is no question


def _restore(session: Session, saved: dict) -> None:
    """Put a session back as it was before a turn whose answer is not given."""
    session.__dict__.update(Session.from_dict(saved).__dict__)


class _Turn(Turn):
    """A turn that runs the whole pipeline: what the fact answerer builds to ask a question again."""

    def run(self) -> Answer:
        """One question through the stages: normalise, parse, the dialogue (a frame or a reply), the
        answer."""
        norm = normalize(self.question)
        self.p = Parse(text=norm)
        # before this turn moves them: what a follow-up's project and indicator are
        focus = (list(self.session.focus_projects), list(self.session.focus_indicators), list(self.session.doc_ids))
        last_form, self.session.form_asked = self.session.form_asked, ""
        if not getattr(self, "clause", False) and question_clauses(self.question, spaces=True):
            self.before = {k: copy.deepcopy(getattr(self.session, k)) for k in ("frame", "facts", "doc_ids")}
        if not _WORD_CHARACTER.search(norm):
            answer = self.unknown(compose.NOT_UNDERSTOOD, norm)
        else:
            self.p = understand(norm, self.kb)
            step = frame_for(self, self.p, norm)
            answer = step if isinstance(step, Answer) else execute(self, step)
            suggested = self.session.pending if isinstance(self.session.pending, LaterFrames) else None
            if (whole := scorecard.answer(self, focus, last_form)) is not None:
                if suggested is not None and self.session.pending is suggested:
                    # (the typed reading's suggestions were never shown: a later 它 or "1" is not one of them)
                    self.session.pending = []
                return whole  # a form workbook's project asked whole (its 总分, 实施单位, 偏差原因, the ranking)
        # Issue 12 hook: without a confident answer (status unknown: nothing matched, or a year or a word
        # such as 去年 or 人均 that the typed tables cannot answer), the fact answerer (answer/facts/)
        # reads every labelled value of the tables; it also checks the year asked and a label the typed
        # answer ignored.
        # A kind of table said (三公, 专项债) that the typed reading's tables are not of: never their figure; the
        # facts may still find it in a table of that kind (a 部门支出预算表's line of the department).
        answer = subject_not_held(self, answer)
        if self.picked and answer.status in ("answered", "clarify"):
            # "防火经费多少" → "林场的": the option picked ("它的绩效目标": asked again which), never a table line of
            # the words read afresh
            return answer
        if not facts_may_answer(self.kb, self.question):  # nothing for it to do: not even imported
            return answer
        from bot.answer.facts import after_typed

        return subject_not_held(self, after_typed(self, answer))
