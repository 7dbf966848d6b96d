"""One question in one conversation: what every dialogue step and answer handler reads (the knowledge
base, the rules, the session, the parse) and the two ways a reply is made (answered, unknown)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answer import compose
from bot.dialogue.session import Session
from bot.dialogue.values import ANSWERED, UNKNOWN, Answer, Frame
from bot.language.lexicon import KnowledgeBase
from bot.language.rules import Rule
from bot.understand.parse import Parse


class Turn:
    """One question in one session."""

    def __init__(self, kb: KnowledgeBase, rules: list[Rule], session: Session, question: str):
        self.kb, self.rules, self.session, self.question = kb, rules, session, question
        self.conn = kb.conn
        self.p = Parse(text="")
        # A first question has no conversation to settle which department it is about.
        self.fresh = session.frame is None and not session.facts and not session.doc_ids
        self.dept_choices: list[str] = []  # departments the question's words could name (ask which)
        self.followup = False  # asked again with the item an ordinal of the last list points at
        # The last frame as the question found it, kept when the question may be asked again clause by clause
        # ("项目叫啥 总预算多少"): each clause is its own question, not a follow-up of the whole's reading.
        self.before: dict | None = None

    def run(self) -> Answer:
        """The whole pipeline for this question: the engine's turn (bot.engine.turn._Turn) runs every stage; the
        fact answerer and help build another turn of the same type to ask a question of their own."""
        raise NotImplementedError("bot.engine.turn._Turn runs the pipeline")

    def docs_of(self, depts: list[str]) -> list[int]:
        """The documents of the departments named."""
        return self.kb.documents_of_departments(depts)

    def doc_of(self, pid: int) -> int:
        """The document a project is in."""
        return self.kb.projects[pid].document_id

    def unknown(self, reason: str, text: str = "", suggest: bool = True) -> Answer:
        """Two lines: what was not understood, and up to three closest things the bot does know, which
        are kept as a pending choice (a reply "1" or a button asks it)."""
        options = self._suggestions(text or self.question) if suggest else []
        self.session.pending = options
        named = self.docs_of(self.p.departments())
        if named:  # "东湖分局…" not understood: the conversation is still about that department
            self.session.doc_ids = named
        hint = compose.unknown_text(reason, [o.label for o in options])
        return Answer(self.question, UNKNOWN, hint, "unknown", options=[o.label for o in options],
                      debug={"text": text})

    def _suggestions(self, text: str) -> list[Frame]:
        scope = set(self.session.doc_ids) if len(self.kb.departments) > 1 and self.session.doc_ids else None
        out = []
        for ref in self.kb.closest(text, 3, scope):
            if ref.kind == "project":
                name = self.kb.projects[int(ref.key)].name
                out.append(Frame(intent="amount", projects=[int(ref.key)], label=compose.ask_amount(name)))
            else:
                iid = int(ref.key)
                out.append(Frame(intent="indicator_value", indicators=[iid], projects=[self.kb.indicator_project[iid]],
                                 label=compose.ask_indicator(self.kb.indicator_name[iid])))
        return out

    def answered(self, f: Frame, text: str, projects: Sequence[int] = (), indicators: Sequence[int] = (),
                 listed: list[tuple[str, int]] | None = None, rows: list[dict] | None = None) -> Answer:
        """An answer; the session remembers what it was about (the projects, indicators and list shown),
        which the next question's follow-ups refer to."""
        s = self.session
        if projects:
            s.focus_projects = list(dict.fromkeys(projects))
            s.recent_projects = [p for p in s.recent_projects if p not in projects][-4:] + s.focus_projects
        if indicators:
            s.focus_indicators = list(dict.fromkeys(indicators))
        elif projects:
            s.focus_indicators = []
        if listed is not None:
            s.last_list = listed
        entities = [{"kind": "project", "id": pid, "name": self.kb.projects[pid].name} for pid in projects]
        entities += [{"kind": "indicator", "id": i, "name": self.kb.indicator_name[i]} for i in indicators]
        return Answer(self.question, ANSWERED, text, f.intent, entities=entities, rows=rows or [])
