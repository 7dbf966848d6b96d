"""One question in one conversation: what every dialogue step and answer handler reads (the knowledge
base, the rules, the session, the parse) and the two ways a reply is made (answered, unknown)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

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
        self.picked = False  # the reply is of the options the last answer offered: one picked, or asked of again
        # The last frame as the question found it, kept when the question may be asked again clause by clause
        # ("项目叫啥 总预算多少"): each clause is its own question, not a follow-up of the whole's reading.
        self.before: dict | None = None
        # The source of funds the last question asked (its frame's column), as the question found it: a follow-up
        # "三年合计多少" of that source ("…财政拨款" → "三年合计多少") is read after the new frame replaced it.
        self.earlier_column: str | None = getattr(session.frame, "column", None)
        # Projects named by a word of another kind of staff ([related_kinds]: 合同工 of 政府雇员工资经费): each with
        # the word said and its own word, which the question back names ("您说的合同工是指政府雇员吗？").
        self.said_for: dict[int, tuple[str, str]] = {}

    def run(self) -> Answer:
        """The whole pipeline for this question: the engine's turn (bot.engine.turn._Turn) runs every stage; the
        fact answerer and help build another turn of the same type to ask a question of their own."""
        raise NotImplementedError("bot.engine.turn._Turn runs the pipeline")

    def docs_of(self, depts: list[str]) -> list[int]:
        """The documents of the departments named; a 申报表 beside a department's 目标表 only when the question
        asks it by its own words ("林业局哪个项目钱最多" is of the 目标表, which lists the department's projects)."""
        return self.tables_asked(self.kb.documents_of_departments(depts))

    def tables_asked(self, docs: list[int]) -> list[int]:
        """The documents less a 申报表 beside its department's 目标表 that the question does not ask by its words
        (申报, its own fields, a year only it holds): the same projects applied for are not more projects."""
        if self.kb.applications_beside and not self.kb.applications_asked(self.p.text or self.question, self.p.years):
            return self.without_applications(docs)
        return docs

    def without_applications(self, docs: list[int], kept: Iterable[int] = ()) -> list[int]:
        """The documents less each 申报表 beside its department's 目标表, but those kept (the tables of the
        projects named): the one place such a pair is told apart; docs unchanged when nothing is left."""
        beside, kept = self.kb.applications_beside, set(kept)
        return [d for d in docs if d not in beside or d in kept] or docs

    def one_table_of_a_pair(self, ids: list[int]) -> list[int]:
        """Projects named in a department's 目标表 and in its 申报表 alike ("油茶低改"): one project, the
        application's when the question asks it by its words (申报, 起止年限, a year only it holds), else the
        目标表's; ids unchanged when they are not of such a pair."""
        beside = self.kb.applications_beside
        apps = [i for i in ids if self.doc_of(i) in beside]
        if len(ids) < 2 or not apps or len(apps) == len(ids):
            return ids
        depts = {self.kb.documents[self.doc_of(i)]["department_name"] for i in apps}
        others = [i for i in ids if self.doc_of(i) not in beside]
        if {self.kb.documents[self.doc_of(i)]["department_name"] for i in others} != depts:
            return ids
        return apps if self.kb.applications_asked(self.p.text or self.question, self.p.years) else others

    def doc_of(self, pid: int) -> int:
        """The document a project is in."""
        return self.kb.projects[pid].document_id

    def unknown(self, reason: str, text: str = "", suggest: bool = True) -> Answer:
        """Two lines: what was not understood, and up to three closest things the bot does know, which
        are kept as a pending choice (a reply "1" or a button asks it). The suggestions are worked out on
        first read (of the text, the options or the pending choice): a fact answer that replaces this
        one, as it does most "unknown"s of a general table's line, never needs them."""
        debug = {"text": text}
        if not suggest:
            self.session.pending = []
            answer = Answer(self.question, UNKNOWN, compose.unknown_text(reason, []), "unknown", debug=debug)
        else:
            scope = set(self.session.doc_ids) if len(self.kb.departments) > 1 and self.session.doc_ids else None
            asked = text or self.question
            later = _Later(lambda: self._suggestions(asked, scope))
            self.session.pending = LaterFrames(later=later)
            answer = _Suggesting(self.question, UNKNOWN, reason, "unknown", debug=debug)
            answer.later, answer.reason = later, reason
        named = self.docs_of(self.p.departments())
        if named:  # "东湖分局…" not understood: the conversation is still about that department
            self.session.doc_ids = named
        return answer

    def _suggestions(self, text: str, scope: set[int] | None) -> list[Frame]:
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


class _Later:
    """An unknown's suggestions, worked out once, on first use."""

    __slots__ = ("work", "frames")

    def __init__(self, work: Callable[[], list[Frame]]):
        self.work: Callable[[], list[Frame]] | None = work
        self.frames: list[Frame] = []

    def get(self) -> list[Frame]:
        if self.work is not None:
            self.frames, self.work = self.work(), None
        return self.frames


class LaterFrames(list):
    """session.pending holding suggestions not yet worked out: filled on its first read (a later turn's
    pick, the session saved); never worked out when the pending choice is replaced before any read.
    Copies and pickles are plain lists."""

    def __init__(self, items: Iterable[Frame] = (), later: _Later | None = None):
        super().__init__(items)
        self._later = later

    def _fill(self) -> None:
        if self._later is not None:
            later, self._later = self._later, None
            list.extend(self, later.get())

    def __len__(self) -> int:
        self._fill()
        return list.__len__(self)

    def __iter__(self) -> Iterator[Frame]:
        self._fill()
        return list.__iter__(self)

    def __getitem__(self, k):  # type: ignore[no-untyped-def]
        self._fill()
        return list.__getitem__(self, k)

    def __contains__(self, x: object) -> bool:
        self._fill()
        return list.__contains__(self, x)

    def __eq__(self, other: object) -> bool:
        self._fill()
        return list.__eq__(self, other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        self._fill()
        return list.__repr__(self)

    def __reduce_ex__(self, protocol):  # type: ignore[no-untyped-def]
        return (list, (list(self),))


class _Suggesting(Answer):
    """An unknown whose suggestions ("您是不是想问") are worked out on the first read of its text or options
    (a write reads them first: what is written replaces what they made)."""

    later: _Later | None = None
    reason = ""

    def _settle(self) -> None:
        later = self.__dict__.pop("later", None)
        if later is not None:
            labels = [o.label for o in later.get()]
            self.__dict__["options"] = labels
            self.__dict__["text"] = compose.unknown_text(self.reason, labels)

    @property  # type: ignore[override]
    def text(self) -> str:
        self._settle()
        return self.__dict__["text"]

    @text.setter
    def text(self, value: str) -> None:
        self._settle()
        self.__dict__["text"] = value

    @property  # type: ignore[override]
    def options(self) -> list[str]:
        self._settle()
        return self.__dict__["options"]

    @options.setter
    def options(self, value: list[str]) -> None:
        self._settle()
        self.__dict__["options"] = value


def reason_of(answer: Answer) -> str:
    """What an "unknown" says was not understood, read without working out its suggestions: for a test of
    how its text starts (the suggestions follow on a line of their own)."""
    return answer.reason if isinstance(answer, _Suggesting) else answer.text


def settle(answer: Answer, session: Session) -> None:
    """What a turn leaves to be worked out later, worked out now: the suggestions of the answer shown and
    of the choice the session keeps pending (a reply "1" picks from it)."""
    answer.text  # noqa: B018 - a read works the suggestions out
    if isinstance(session.pending, LaterFrames):
        session.pending = list(session.pending)
