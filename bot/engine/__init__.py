"""The answering engine: Engine.ask() = normalise -> parse -> dialogue -> answer -> log.

The CLI and the Telegram bot are thin shells over Engine.ask(). One Engine per process holds the
knowledge base, the vocabulary and the rules; a Session per conversation holds its context. The stages
live in their packages: bot/understand (question -> Parse), bot/dialogue (Parse + Session -> Frame or
a reply), bot/answer (Frame -> Answer).
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from pathlib import Path

from bot.answer import compose
from bot.dialogue import context
from bot.dialogue.session import Session
from bot.dialogue.turn import LaterFrames, settle
from bot.dialogue.values import ALL_LABEL, ANSWERED, CLARIFY, UNKNOWN, Answer, Frame, copy_frame
from bot.engine import names, purchases
from bot.engine.conversation import _converse
from bot.engine.turn import _restore, _Turn
from bot.engine.two_sides import difference_asked, difference_not_worked
from bot.language.lexicon import KnowledgeBase
from bot.language.rules import Rule, load_rules
from bot.language.sections import one_version
from bot.language.vocabulary import Vocabulary, load_vocabulary
from bot.store import queries as query
from bot.store.qlog import QuestionLog
from bot.understand import parse

logger = logging.getLogger(__name__)

# The engine's public values, importable from here as before the stages had their packages.
__all__ = ["ALL_LABEL", "ANSWERED", "CLARIFY", "UNKNOWN", "Answer", "Engine", "Frame", "Session", "copy_frame"]


# Indicators from which the engine's objects are frozen. A full collection walks every object the engine
# holds: measured on the 2-core machine (busy), ~90 ms at 10,000 indicators and ~150 ms at 30,000, against
# 3–13 ms once frozen, for ~0.1–0.2 s more at start (the collection below). The seed's cold `ask` stays below it.
FREEZE_ABOVE = 10_000


def _settle(kb: KnowledgeBase) -> None:
    """Keep a large knowledge base out of the cyclic garbage collector's full collections.

    It holds hundreds of thousands of objects that never change; a full collection walks all of them (0.7 s
    at 1,000,000 indicators), stalling whichever question triggered it. gc.freeze() sets them aside;
    before that, unfreeze and collect, so a knowledge base replaced by a reload is not kept.
    """
    if len(kb.indicator_name) + query.fact_max_id(kb.conn) >= FREEZE_ABOVE:
        gc.unfreeze()
        gc.collect()
        gc.freeze()


class Engine:
    """Answers questions from one knowledge base; reload() swaps in a new one atomically."""

    def __init__(self, db_path: str | Path, vocabulary: str | Path, rules: str | Path | None = None,
                 log_db: str | Path | None = None):
        self.db_path = Path(db_path)
        self.vocabulary_path = Path(vocabulary)
        self.rules_path = Path(rules) if rules else self.vocabulary_path.with_name("intents.toml")
        self.log = QuestionLog(log_db) if log_db else None
        self._lock = threading.Lock()
        self.kb, self.rules = self._open()
        self.build_id = query.build_id(self.kb.conn)
        _settle(self.kb)

    @staticmethod
    def check_language(vocabulary: str | Path, rules: str | Path | None = None) -> None:
        """Read the vocabulary and intent rules without serving them: LoadError (file, line) when broken.
        Admins' loads call this before anything on disk changes."""
        vocab_path = Path(vocabulary)
        vocab = load_vocabulary(vocab_path)
        load_rules(Path(rules) if rules else vocab_path.with_name("intents.toml"), set(vocab.concepts))

    def unmatched_aliases(self) -> list[tuple[str, str]]:
        """Aliases of the vocabulary whose target names nothing in the knowledge base (likely typos)."""
        kb = self.kb
        words = kb.vocab.words()  # an alias may also stand for a vocabulary word ("kpi" = "绩效指标")
        return [(alias, target) for alias, target in kb.vocab.aliases.items()
                if alias not in kb.lexicon.forms and target not in words]

    def _open(self) -> tuple[KnowledgeBase, list[Rule]]:
        vocab: Vocabulary = load_vocabulary(self.vocabulary_path)
        rules = load_rules(self.rules_path, set(vocab.concepts))
        kb = KnowledgeBase(self.db_path, vocab)
        context.read_ahead(kb)  # (maps over every fact: read once here, not by whichever question first needs them)
        parse.read_ahead(kb)
        names.read_ahead(kb)
        purchases.read_ahead(kb)  # (the objects of the counts of things bought: made here, not by a question)
        # The fact index, which every question of a base holding facts reads, made here too: built by the first
        # question instead, its objects (~100 per fact) came after the freeze (_settle), and a full collection
        # walked them all later, stalling one question for 0.1–0.5 s (the worst cases' max, issue 14). A base of
        # no facts (the seed) imports none of the fact answerer: its cold `ask` stays as it was.
        if query.fact_max_id(kb.conn) > 0:
            from bot.answer.facts.index import index_for

            index_for(kb)
        return kb, rules

    def reload(self) -> None:
        """Re-read the database, vocabulary and rules; on any error keep serving the old ones."""
        kb, rules = self._open()  # raises LoadError before anything is replaced
        build_id = query.build_id(kb.conn)
        with self._lock:
            old, self.kb, self.rules, self.build_id = self.kb, kb, rules, build_id
        # The old connection is left to the garbage collector: a question in flight may still use it.
        del old
        _settle(kb)

    def examples(self) -> list[str]:
        """Example questions the loaded knowledge base answers (help texts, usage hints, placeholders)."""
        from bot.answer.handlers import help_for

        with self._lock:
            kb, rules = self.kb, self.rules
        return [q for line in help_for(kb, rules, _Turn)[1] for q in line]

    def teach_suggestions(self, question: str) -> tuple[str | None, list[str]]:
        """For an admin teaching a word: the word of the question to teach and the closest names."""
        from bot.understand.teach import closest_names, word_to_teach

        kb = self.kb
        word = word_to_teach(question, kb)
        return word, (closest_names(word, kb, question) if word else [])

    def teach_alias(self, word: str, target: str) -> None:
        """Write `word` = `target` into the vocabulary file and reload; on any error the file is put back."""
        from bot.understand.teach import add_alias

        before = self.vocabulary_path.read_bytes()
        add_alias(self.vocabulary_path, word, target)
        try:
            self.reload()
        except BaseException:
            self.vocabulary_path.write_bytes(before)
            raise

    # --- the pipeline ---------------------------------------------------------------------------

    def ask(self, question: str, session: Session | None = None, chat: str = "", record: bool = True) -> Answer:
        """Answer one question (with a session, follow-ups use the conversation's context).

        record=False keeps it out of the question log (inline queries arrive on every keystroke).
        """
        started = time.perf_counter()
        with self._lock:
            kb, rules, build_id = self.kb, self.rules, self.build_id
        session = session if session is not None else Session(build_id=build_id)
        if session.build_id != build_id:
            session.reset(build_id)
        try:
            before = session.to_dict() if difference_asked(question) else None
            compose.watch_difference()  # (what the turn works out, read by difference_not_worked)
            with one_version():  # (the vocabulary stamped once for the question, not by each reader)
                answer = _converse(kb, rules, session, question)
            if before is not None and (instead := difference_not_worked(question, answer)) is not None:
                _restore(session, before)  # ("A比B多多少" answered with one side's figure alone: never given)
                answer = instead
            settle(answer, session)  # the suggestions a turn left for later, of what is shown and kept
        except Exception as exc:  # never let one question take the bot down; log it for the admin
            logger.exception("question failed: %r", question)
            answer = Answer(question, UNKNOWN, compose.ERROR_APOLOGY, "error",
                            debug={"error": repr(exc)})
            if isinstance(session.pending, LaterFrames):  # never worked out after a failure
                session.pending = []
        answer.elapsed_ms = round((time.perf_counter() - started) * 1000, 3)
        if self.log is not None and record:
            self.log.record(question, answer.status, answer.intent, chat)
        return answer
