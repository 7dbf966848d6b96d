"""The answering engine: Engine.ask() = normalise -> parse -> dialogue -> answer -> log.

The CLI and the Telegram bot are thin shells over Engine.ask(). One Engine per process holds the
knowledge base, the vocabulary and the rules; a Session per conversation holds its context. The stages
live in their packages: bot/understand (question -> Parse), bot/dialogue (Parse + Session -> Frame or
a reply), bot/answer (Frame -> Answer).
"""

from __future__ import annotations

import copy
import gc
import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path

from bot.answer import compose, facts_may_answer, question_clauses
from bot.answer.respond import execute
from bot.dialogue import figures
from bot.dialogue.context import frame_for
from bot.dialogue.cues import is_followup
from bot.dialogue.session import Session
from bot.dialogue.turn import Turn
from bot.dialogue.values import ALL_LABEL, ANSWERED, CLARIFY, UNKNOWN, Answer, Frame, copy_frame
from bot.language import lazyre as re
from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import compact, full_years, normalize, small_number
from bot.language.rules import Rule, load_rules
from bot.language.vocabulary import Vocabulary, load_vocabulary
from bot.store import queries as query
from bot.store.qlog import QuestionLog
from bot.understand.parse import Parse, departments_said, understand

# The engine's public values, importable from here as before the stages had their packages.
__all__ = ["ALL_LABEL", "ANSWERED", "CLARIFY", "UNKNOWN", "Answer", "Engine", "Frame", "Session", "copy_frame"]


FREEZE_ABOVE = 100_000  # indicators


def _settle(kb: KnowledgeBase) -> None:
    """Keep a large knowledge base out of the cyclic garbage collector's full collections.

    It holds millions of objects that never change; a full collection walks all of them (0.7 s at
    1,000,000 indicators), stalling whichever question triggered it. gc.freeze() sets them aside;
    before that, unfreeze and collect, so a knowledge base replaced by a reload is not kept.
    """
    if len(kb.indicator_name) >= FREEZE_ABOVE:
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
            answer = _converse(kb, rules, session, question)
        except Exception as exc:  # never let one question take the bot down; log it for the admin
            answer = Answer(question, UNKNOWN, "抱歉，处理这个问题时出错了，请换个说法再试。", "error",
                            debug={"error": repr(exc)})
        answer.elapsed_ms = round((time.perf_counter() - started) * 1000, 3)
        if self.log is not None and record:
            self.log.record(question, answer.status, answer.intent, chat)
        return answer


def _converse(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer:
    """One turn of a conversation: a follow-up that only combines the two figures before it is worked out
    from them; any other question runs the pipeline, and a follow-up answered only from a department the
    conversation is not about is asked again of the conversation's department, or not answered."""
    said, question = question, full_years(question)  # "那22年的呢": the year 2022
    depts = list(_department_names(kb))
    combined = figures.combine(session, normalize(question), _printed(kb), lambda text: _said_departments(kb, text),
                               _own_change(kb))
    if combined is not None:
        figures.remember(session, combined, depts)
        combined.question = said
        return combined
    before = session.to_dict()
    whole = _share_of_whole(kb, session, question, depts)
    if whole is not None:
        whole.question = said
        return whole
    under = _ranked_under(kb, session, question, depts) or _documents_of_last(kb, session, question)
    if under is not None:
        under.question = said
        return under
    against = _against_last(kb, rules, session, question, depts) or _part_of_named(kb, rules, session, question, depts) \
        or _two_sides(kb, rules, session, question, depts) or _each_side(kb, rules, session, question, depts)
    if against is not None:
        against.question = said
        return against
    end = _of_what_was_shown(kb, rules, session, question)
    if end is not None:
        figures.remember(session, end, depts)
        figures.keep_list(session, end)
        end.question = said
        return end
    turn = _Turn(kb, rules, session, question)
    answer = turn.run()
    named = _named_of_answer(_departments_named(kb, turn), answer)
    talk = list(session.talk_departments)
    if figures.outside_conversation(session, answer, named, depts, _incomplete(turn)):
        _restore(session, before)
        # Asked again of the conversation's department, when the turn before found what it was about.
        found = not (session.figures and session.figures[-1].get("unanswered"))
        answer = _Turn(kb, rules, session, talk[0] + question).run() if len(talk) == 1 and found else answer
        if answer.status != CLARIFY and (answer.status != ANSWERED or figures.outside_conversation(
                Session(talk_departments=talk), answer, [], depts, True)):
            _restore(session, before)
            answer = Answer(question, UNKNOWN, compose.outside_conversation(talk), "outside")
    if _total_row_instead(Session.from_dict(before), answer, question, _incomplete(turn)):
        _restore(session, before)
        answer = Answer(question, UNKNOWN, compose.total_row_not_asked(_row_of(Session.from_dict(before))),
                        "total_row")
    names_own = any(m.score >= 100 and (m.of("project") or m.of("indicator")) for m in turn.p.mentions)  # "专项资金执行了多少": a subject of its own
    answer = _ordinal_into_list(kb, rules, session, question, answer, before, named if not names_own else None)
    answer = _one_side_of_two(kb, session, question, _new_word_left_out(kb, rules, session, question, answer, before),
                              before)
    if not named and answer.status == UNKNOWN:
        named = _bureau_named(kb, question)
    figures.talk_about(session, answer, named, depts)
    figures.remember(session, answer, depts)
    figures.keep_list(session, answer)
    answer.question = said
    return answer


def _of_what_was_shown(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer | None:
    """A follow-up about the list or the year just shown: its end or an item of a kind, a stated year, the
    details listed, the extreme of the indicators shown; None when it is none of those."""
    return _end_of_list(kb, rules, session, question) or _ordinal_of_kind(kb, rules, session, question) \
        or _against_stated_year(kb, rules, session, question) or _details_listed(kb, rules, session, question) \
        or _extreme_of_listed_indicators(kb, session, question)


_NAMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _department_names(kb: KnowledgeBase) -> tuple[str, ...]:
    """The loaded departments' names, listed once per knowledge base (not once per question)."""
    names = _NAMES.get(kb)
    if names is None:
        names = _NAMES[kb] = tuple(d.name for d in kb.departments)
    return names


_OF_WHOLE = re.compile(r"^(?:那|那么)?(?:它|这个|这项|这一项|这笔)?占(?:了)?(?:总预算|预算总额|项目总预算|总额|总金额|全部预算|全部|总支出|"
                       r"整个预算|部门预算)(?:的)?(?:比例|比重|百分之几|多少|占比|几成)(?:是)?(?:多少)?(?:呢|啊)?$")


def _share_of_whole(kb: KnowledgeBase, session: Session, question: str, depts: list[str]) -> Answer | None:
    """"东湖就业补助多少" → "占总预算比例多少": a line of a table as a share of that table's own total (its
    项目支出总计), shown as a ÷ b; None when the table prints no total or the figure is no part of it."""
    last = session.figures[-1] if session.figures else {}
    if not _OF_WHOLE.match(compact(normalize(question))) or "fact" not in last or "value" not in last:
        return None
    rows = query.facts_by_id(kb.conn, [int(last["fact"])])
    doc = kb.documents.get(rows[0]["document_id"]) if rows else None
    whole = doc.get("total") if doc else None
    if doc is None or not whole or last["unit"] != (doc.get("unit") or "万元") or not 0 < last["value"] < whole:
        return None
    text = compose.share_of_table_total(last["label"], last["value"], last["unit"], whole, doc["department_name"])
    answer = Answer(question, ANSWERED, text, "combine")
    figures.remember(session, answer, depts)
    return answer


_UNDER = re.compile(r"^(?:那)?(?:它|这个|这款|这项|这一项|该款|该项)?(?:的)?(?:下面|下级|下属|下边|底下|里面|其中)(?:的)?"
                    r"(?:哪个|哪一个|哪项|哪一项|哪款|哪一款|哪条)(?:项|款|科目)?(?:的)?(?:钱|金额|预算|支出|数)?"
                    r"(?P<ext>最多|最少|最大|最小|最高|最低)(?:的)?(?:是哪个|是什么|呢|啊)?$")


_UNDER_LIST = re.compile(r"^(?:那)?(?:它|这个|这款|这项|这一项)?(?:的)?(?:下面|下级|下属|下边|底下|里面|其中)(?:的)?"
                         r"(?:(?:两|三|四|五|六|几|各)(?:个|项|款|类)?)?(?:分别|各|都)?(?:是)?"
                         r"(?:多少|多少钱|有哪些|是哪些|有哪几项|哪几项|是多少)(?:钱)?(?:呢|啊)?$")


# "302类" → "第三多的是哪项": a place in the ranking of the lines under the coded line just shown.
_UNDER_PLACE = re.compile(r"^(?:那)?(?:它|这个|这款|这项|这一项|该款|该项)?(?:的)?(?:下面|下级|下属|下边|底下|里面|其中)?(?:的)?"
                          r"(?:排)?第(?P<nth>[2-9]|[二三四五六七八九十两])(?:个|位|名)?(?P<ext>多|大|高|少|小|低)(?:的)?"
                          r"(?:是)?(?:哪个|哪一个|哪项|哪一项|哪款|哪一款|哪条|什么)(?:项|款|科目)?(?:呢|啊)?$")
_PLACE_NUM = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _ranked_under(kb: KnowledgeBase, session: Session, question: str, depts: list[str]) -> Answer | None:
    """"云溪21208这个款" → "下面哪个项最多" / "下面两项分别多少": the lines under the coded line just shown,
    ranked or in the table's order (never the line itself)."""
    text = compact(normalize(question))
    m = _UNDER.match(text) or _UNDER_PLACE.match(text)
    listed = _UNDER_LIST.match(text) if m is None else None
    nth = m.groupdict().get("nth") if m else None
    place = (int(nth) if nth.isdigit() else _PLACE_NUM[nth]) if nth else 0
    last = session.figures[-1] if session.figures else {}
    fact = last.get("fact") or (last.get("facts") or [None])[0]
    if (m is None and listed is None) or fact is None or not facts_may_answer(kb, question):
        return None
    from bot.answer.facts import ranked_under

    found = ranked_under(kb, int(fact), m.group("ext") in ("最多", "最大", "最高", "多", "大", "高") if m else None, place)
    if found is None:
        return None
    text, ids = found
    answer = Answer(question, ANSWERED, text, "facts", entities=[{"kind": "fact", "id": i} for i in ids[:20]])
    figures.remember(session, answer, depts)
    return answer


def _documents_of_last(kb: KnowledgeBase, session: Session, question: str) -> Answer | None:
    """"项目申请理由" → "依据了哪些文件": the document numbers the text just shown cites; None otherwise."""
    last = [int(i) for i in (session.facts or {}).get("last") or ()]
    if not last or not facts_may_answer(kb, question):
        return None
    from bot.answer.facts import documents_cited

    found = documents_cited(kb, question, last)
    if found is None:
        return None
    text, ids = found
    return Answer(question, ANSWERED, text, "facts", entities=[{"kind": "fact", "id": i} for i in ids])


def _against_last(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                  depts: list[str]) -> Answer | None:
    """"信访局一共多少钱" → "湛江人社局项目支出比它多多少": the figure named now is asked on its own, then set
    against the one just shown (X − it, shown); None (the session as it was) when either is not one figure."""
    asked = figures.against_last(session, normalize(question))
    if asked is None:
        return None
    subject, op = asked
    last = session.figures[-1]
    year = re.fullmatch(r"((?:19|20)\d\d)年?(?:度)?(?:的)?", subject)
    if year and re.search(r"(?:19|20)\d\d年", str(last.get("label") or "")):
        # "东湖2019年预算" → "2020年比它多多少": the same line of the other year.
        subject = str(last.get("department") or "") + re.sub(r"(?:19|20)\d\d年", year.group(1) + "年", str(last["label"]), count=1)
    column = figures.column_of_last(session) if op in ("sum", "over", "minus") else ""
    dated = re.fullmatch(r"((?:19|20)\d\d)年?(?:度)?(?:的)?(?:实际|预算|决算|执行|实际支出|预算数|决算数|执行数)", subject)
    if dated and op == "over" and last.get("department"):
        # "执法大队三公2025" → "比2024实际多多少": the same line in the table's 2024 实际 part.
        subject, column = str(last["department"]) + re.sub(r"(?:19|20)\d\d年", "", str(last["label"])) + subject, ""
    if column and compact(column) not in compact(subject):
        subject += column  # "加上X一共" after a row's 年度预算数: X's 年度预算数, not X's whole row
    before = session.to_dict()
    earlier = Session.from_dict(before)
    alone = _Turn(kb, rules, session, subject).run()
    figure = figures.figure_of(alone, depts) if alone.status == ANSWERED else None
    if figure and op == "part" and last.get("department") and figures.of_its_own_row(last, figure):
        # "卫生健康支出" → "占支出合计多少": the table's 支出合计, not the line's own 本年支出合计 column
        _restore(session, before)
        alone = _Turn(kb, rules, Session(build_id=session.build_id), str(last["department"]) + subject).run()
        figure = figures.figure_of(alone, depts) if alone.status == ANSWERED else None
        if figure and figures.of_its_own_row(last, figure):
            figure = None
    if figure and op in ("part", "percent_of") and _whole_is_the_part(kb, last, figure, subject) \
            and figures.set_against_last(Session.from_dict(before), question, op, figure) is not None:
        # "卫生健康支出" → "占支出合计多少" read as that line's own 本年支出合计: the whole is asked again of the
        # department alone (its 合计 line); a share of the line itself is never given.
        _restore(session, before)
        alone = _Turn(kb, rules, Session(build_id=session.build_id), str(last.get("department") or "") + subject).run()
        figure = figures.figure_of(alone, depts) if alone.status == ANSWERED else None
        if figure is None or _whole_is_the_part(kb, last, figure, subject):
            _restore(session, before)
            return Answer(question, UNKNOWN, compose.whole_is_the_part(subject, str(last.get("label") or "")), "combine")
    if figure and dated:
        figure["label"] += f"（{dated.group(0)}）"  # the same line's label: its part of the table said
    combined = figures.set_against_last(earlier, question, op, figure) if figure else None
    if combined is None:
        _restore(session, before)
        return None
    figures.talk_about(session, alone, _said_departments(kb, subject), depts)
    figures.remember(session, alone, depts)
    figures.remember(session, combined, depts)
    return combined


_WHOLE_SAID = re.compile(r"合计|总计|总额|总数|全部|整体|全局|全市|全县|全区|全镇")


def _whole_is_the_part(kb: KnowledgeBase, part: dict, whole: dict, said: str) -> bool:
    """Whether the figure found for the whole a share is taken of is the part itself: the same fact, or,
    where the whole is said as a total (支出合计, 全局收入), another column of the part's own line (its
    本年支出合计) rather than a total line."""
    ids = [f.get("fact") for f in (part, whole)]
    if ids[0] is not None and ids[0] == ids[1]:
        return True
    if not _WHOLE_SAID.search(compact(said)) or ids[0] is None or ids[1] is None:
        return False
    rows = query.facts_by_id(kb.conn, [int(ids[0]), int(ids[1])])
    if len(rows) != 2 or rows[0]["document_id"] != rows[1]["document_id"]:
        return False
    own = [str(r["row_labels"] or "") for r in rows]
    # (only a column printing the same figure is the part again: 基本支出 of a line is a part of its 支出合计)
    return own[0] == own[1] and not re.search(r"合计|总计|小计|总额", own[0]) and rows[0]["number"] == rows[1]["number"]


_PART_OF = re.compile(r"^(?:那|那么)?(?:它|这个|这项|这一项|这笔)占(?:了)?(?P<whole>[^占它]{2,16}?)(?:的)?"
                      r"(?:比例|比重|百分之几|百分比|占比|几成|多少)(?:是多少|多少|是)?(?:呢|啊)?$")


def _part_of_named(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                   depts: list[str]) -> Answer | None:
    """"财政局一般公共服务支出" (its 收入 and 支出 shown) → "它占一般公共预算支出多少": the line shown, as a
    share of the whole named now, asked whole of the conversation's department (the table may print it);
    None (the session as it was) when the line or the department is not one, or that is not answered."""
    m = _PART_OF.match(compact(normalize(question)))
    last = session.figures[-1] if session.figures else {}
    items = last.get("items") or ()  # a line's columns ({label, value}) or a list's items ([label, value])
    labels = [str(last["label"])] if "label" in last else [str(f.get("label") or "") if isinstance(f, dict) else ""
                                                           for f in items]
    rows = {label.split(" ")[0] for label in labels}
    dept = [str(last["department"])] if last.get("department") else list(session.talk_departments)
    if m is None or len(rows) != 1 or not dept or len(row := rows.pop()) < 2:
        return None
    before = session.to_dict()
    found = []
    for d in dept:  # "财政局" of two districts: the one whose tables answer
        answer = _Turn(kb, rules, Session.from_dict(before), f"{d}{row}占{m.group('whole')}的比例").run()
        if answer.status == ANSWERED and "%" in answer.text.split("\n")[0]:
            found.append(answer)
    if len(found) != 1:
        return None
    figures.remember(session, found[0], depts)
    return found[0]


def _two_sides(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
               depts: list[str]) -> Answer | None:
    """"信访超市经费和社工部公用经费加起来", "渝中就业补助执行数比东湖就业补助多多少": two things of two
    departments (a department said on one side at least), each asked on its own, then combined as the
    question says; None (nothing changed) unless each side is one figure and their departments differ."""
    norm = compact(normalize(question))
    covered: set[int] | None = None

    def inside(i: int) -> bool:  # the 和 of 人力资源和社会保障局 joins no two things
        nonlocal covered
        if covered is None:  # found once per question, when a join word is met
            covered = _department_name_chars(kb, norm)
        return i in covered

    for first, second, op in figures.two_sides(norm, inside):
        named = [_said_departments(kb, first), _said_departments(kb, second)]
        if not (named[0] or named[1]) or any(
                not named[k] and len(named[1 - k]) == 1 and _said_of(kb, named[1 - k][0], side)
                for k, side in enumerate((first, second))):
            continue  # "溪口文旅局景区提升占专项资金总额": the other side is of the same department
        if op == "share" and not named[1]:
            continue  # "X局项目支出占部门预算总盘子": a whole naming no department is of the part's own
        got = []
        for side in (first, second):
            alone = _Turn(kb, rules, Session(build_id=session.build_id), side).run()
            figure = _side_figure(alone, side, depts) if alone.status == ANSWERED else None
            if figure is None or not figure.get("department"):
                break
            got.append((figure, _SOURCE.findall(alone.text.split("\n")[0])))
        if len(got) != 2 or got[0][0]["department"] == got[1][0]["department"]:
            continue
        (x, xs), (y, ys) = got
        answer = figures.combine_sides(question, op, x, y, [*xs, *ys])
        if answer is not None:
            figures.remember(session, Answer(first, ANSWERED, "", "", rows=[x]), depts)
            figures.remember(session, Answer(second, ANSWERED, "", "", rows=[y]), depts)
            session.talk_departments = list(dict.fromkeys([x["department"], y["department"]]))
            return answer
    return None


def _each_side(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
               depts: list[str]) -> Answer | None:
    """"渝中的就业补助资金和东湖的就业补助各多少", "A和B谁的X高": two departments each asked its own thing on
    its own (never a row of one department's table sharing a word of the other's); after a figure, "A和B各
    多少 / 加起来 / 差多少" asks its item of each. Then both answers listed, added, set against each other or
    the larger (smaller) said with both figures; None (nothing changed) unless each side names one
    department of its own, the two differ, and each is answered."""
    norm = compact(normalize(question))
    covered: set[int] | None = None

    def inside(i: int) -> bool:  # the 和 of 人力资源和社会保障局 joins no two things
        nonlocal covered
        if covered is None:
            covered = _department_name_chars(kb, norm)
        return i in covered

    sides = figures.each_sides(norm, inside)
    if not sides or not facts_may_answer(kb, norm):
        return None
    from bot.answer.facts import only_departments

    last = session.figures[-1] if session.figures else {}
    # The split whose second side begins with its department first: "A的社会保障和就业支出和B的…" parts
    # before B, not inside the line's own name.
    sides.sort(key=lambda side: _department_said_at(kb, side[1]))
    for first, second, kind in sides:
        if kind in ("sum", "diff") and "value" not in last:
            continue  # "X和Y加起来" with no figure before: the two sides' own question (_two_sides)
        named = [_said_departments(kb, first), _said_departments(kb, second)]
        bare = [only_departments(kb, first), only_departments(kb, second)]
        follow = all(bare) and "value" in last  # "林业局住房公积金" → "林业局和水务局各多少"
        if any(len(n) != 1 for n in named) or named[0] == named[1] or any(bare) and not follow \
                or kind in ("sum", "diff") and not follow:
            continue  # "湛江和渝中的…分别多少": one item of both, asked of each by the fact answerer
        got = _ask_sides(kb, rules, session, (first, second), named, kind, follow, depts)
        answer = _sides_answer(question, kind, named, got) if got else None
        if answer is None:
            continue
        for side, (alone, figure) in zip((first, second), got, strict=True):
            figures.remember(session, Answer(side, ANSWERED, "", "", rows=[figure]) if figure else alone, depts)
        session.talk_departments = [named[0][0], named[1][0]]
        return answer
    return None


def _ask_sides(kb: KnowledgeBase, rules: list[Rule], session: Session, sides: tuple[str, str],
               named: list[list[str]], kind: str, follow: bool, depts: list[str]) -> list[tuple[Answer, dict | None]]:
    """Each side asked on its own (a follow-up naming only its department: the conversation's item, asked
    of it); a rate answering an amount is that side not found. [] when a figure needed is not there."""
    got: list[tuple[Answer, dict | None]] = []
    before = session.to_dict()
    for side, dept in zip(sides, named, strict=True):
        ask = side + "的呢" if follow else side if re.search(r"多少|几", side) else side + "多少"
        alone = _Turn(kb, rules, Session.from_dict(before) if follow else Session(build_id=session.build_id), ask).run()
        figure = _side_figure(alone, side, depts) if alone.status == ANSWERED else None
        if follow and figure is not None and figure.get("department") not in (None, "", dept[0]):
            alone, figure = Answer(ask, UNKNOWN, compose.not_in_department(dept[0]), "unknown"), None
        if alone.status == ANSWERED and figure is not None and figure.get("unit") == "%" and not _RATE_SAID.search(side) \
                and not follow:
            # "鹤川的就业补助" answered by 就业补贴发放及时率: a rate is no amount of the item asked
            alone, figure = Answer(ask, UNKNOWN, compose.not_in_department(dept[0]), "unknown"), None
        if alone.status != ANSWERED and kind != "each":
            return []
        got.append((alone, figure))
    return got if any(a.status == ANSWERED for a, _ in got) else []


def _sides_answer(question: str, kind: str, named: list[list[str]], got: list[tuple[Answer, dict | None]]) -> Answer | None:
    """Both sides' answers listed ("各多少"), added or set against each other, or whose is larger."""
    text = compose.by_department([(n[0], a.text) for n, (a, _) in zip(named, got, strict=True)])
    if kind == "each":
        return Answer(question, ANSWERED, text, "combine", rows=[f for _, f in got if f])
    fx, fy = got[0][1], got[1][1]
    if fx is None or fy is None or fx["unit"] != fy["unit"]:
        return None
    fx, fy = ({**f, "department": f.get("department") or n[0]} for f, n in ((fx, named[0]), (fy, named[1])))
    if kind in ("sum", "diff"):
        sources = [(_SOURCE.findall(a.text) or [n[0]])[0] for n, (a, _) in zip(named, got, strict=True)]
        return figures.combine_sides(question, kind, fx, fy, sources)
    big, small = (fx, fy) if fx["value"] >= fy["value"] else (fy, fx)
    winner = named[0 if (big is fx) == (kind in "多高大") else 1][0]
    head = compose.which_is_higher(winner, kind, fx["value"] == fy["value"], figures.as_shown(big["value"]),
                                   figures.as_shown(small["value"]), figures.as_shown(big["value"] - small["value"]),
                                   fx["unit"])
    return Answer(question, ANSWERED, head + "\n" + text, "combine", rows=[fx, fy])


_SOURCE = re.compile(r"（来源：([^（）]*(?:（[^（）]*）[^（）]*)*)）")
_RATE_SAID = re.compile(r"率|比例|比重|百分|占比|进度|%")

_DEPARTMENT_NAMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _compact_department_names(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """Every department's name, compacted, by its first two characters (a name of one character by that
    one). Built once per knowledge base, not once per question."""
    names = _DEPARTMENT_NAMES.get(kb)
    if names is None:
        heads: dict[str, list[str]] = {}
        for n in dict.fromkeys(compact(d.name) for d in kb.departments):
            if n:
                heads.setdefault(n[:2], []).append(n)
        names = _DEPARTMENT_NAMES[kb] = {h: tuple(ns) for h, ns in heads.items()}
    return names


def _department_said_at(kb: KnowledgeBase, text: str) -> int:
    """Where the text first says a department (by any of its forms); its length when it says none."""
    return next((a for a, _, _, refs in kb.lexicon.spans(text) if any(r.kind == "department" for r in refs)), len(text))


def _department_name_chars(kb: KnowledgeBase, norm: str) -> set[int]:
    """The positions of compacted text that some department's whole name, said there, covers."""
    covered: set[int] = set()
    heads = _compact_department_names(kb)
    for at in range(len(norm)):
        for n in (*heads.get(norm[at:at + 2], ()), *heads.get(norm[at], ())):
            if norm.startswith(n, at):
                covered.update(range(at, at + len(n)))
    return covered


_OWN_NAMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _department_project_names(kb: KnowledgeBase) -> dict[str, tuple[list, list[str]]]:
    """Per department name: its documents and its projects' names compacted (built once per knowledge base)."""
    found = _OWN_NAMES.get(kb)
    if found is None:
        docs: dict = {}  # by department_name as stored (None included, as the search compared it)
        for d, info in kb.documents.items():
            docs.setdefault(info.get("department_name"), []).append(d)
        of_doc: dict = {}
        for p in kb.projects.values():
            of_doc.setdefault(p.document_id, []).append(compact(p.name))
        found = _OWN_NAMES[kb] = {name: (ds, [n for d in ds for n in of_doc.get(d, ())]) for name, ds in docs.items()}
    return found


def _said_of(kb: KnowledgeBase, dept: str, side: str) -> bool:
    """Whether a side naming no department names a thing of dept's own tables (a label of its facts, or part
    of one of its project names): the question is then that department's alone. Read from the indexes, no
    answer built ("工会经费" beside "韶关市红十字会培训费" is the Red Cross's line)."""
    from bot.answer.facts import index_for

    text = compact(normalize(side))
    grams = {text[i:j] for i in range(len(text)) for j in range(i + 2, min(len(text), i + 24) + 1)}
    docs, own = _department_project_names(kb).get(dept, ([], []))
    idx = index_for(kb)
    if any(grams & idx.doc_keys.get(d, set()) for d in docs):
        return True
    names = list(own)
    names += [t for d in docs for t in idx.sheet_titles.get(d, ())]  # "专项资金" of its 专项资金分配 sheet
    return any(g in n for n in names for g in grams if len(g) >= 4)


def _side_figure(answer: Answer, said: str, depts: list[str]) -> dict | None:
    """One figure of an answer; of one line's budget and 执行数 ("渝中就业补助执行数"), the one said."""
    figure = figures.figure_of(answer, depts)
    if figure is not None and "value" in figure:
        return figure
    series = [r for r in answer.rows if r.get("series") and isinstance(r.get("value"), int | float)
              and re.sub(r"全年|年度|数$", "", str(r["series"])) in said]
    if len(series) != 1 or len({r.get("label") for r in answer.rows}) != 1:
        return None
    row = series[0]
    return {"label": f"{row['label']} {row['series']}", "value": float(row["value"]), "unit": row.get("unit") or "",
            "department": row.get("department") or ""}


_TOTAL_HEAD = re.compile(r"^(?:合计|总计)$")


def _row_of(earlier: Session) -> str:
    last = earlier.figures[-1] if earlier.figures else {}
    return "" if last.get("unanswered") else str(last.get("label") or "").split(" ")[0]


def _total_row_instead(earlier: Session, answer: Answer, question: str, followup: bool) -> bool:
    """"卫健局疾控经费" (not found) → "增长率多少", "柳塘镇面积" → "中央资金呢": a follow-up that says no total,
    answered only from the table's 合计 row while the turn before was about another row, or answered from a
    row it does not say after a turn that found nothing: that figure is not the row asked about."""
    if not followup or answer.status != ANSWERED or not earlier.figures or figures.TOTAL_SAID.search(compact(question)):
        return False
    heads = {str(e.get("name") or "").split(" ")[0] for e in answer.entities or () if e.get("kind") == "fact"}
    if not heads:
        return False
    last = earlier.figures[-1]
    if last.get("unanswered"):
        # After a question that found nothing, a row the follow-up does not say is a guess at what it meant
        # (the 合计 row is no guess when that question asked a total: "系统核定编制总数" → "实有人数呢").
        if last.get("of_total") and all(_TOTAL_HEAD.match(h) for h in heads):
            return False
        text = compact(question)
        short = figures.bare_followup(question) or len(text) <= 8  # "年初预算呢", "增长率多少": nothing of its own
        return short and not any(compact(re.sub(r"^\d{3,}", "", h)) in text for h in heads)
    if not all(_TOTAL_HEAD.match(h) for h in heads):
        return False
    row = _row_of(earlier)
    return bool(row) and not _TOTAL_HEAD.match(row) and " " in str(last.get("label") or "")


def _printed(kb: KnowledgeBase) -> figures.Printed | None:
    """What a table prints for the sum or share of two figures it showed (answer/facts/ reads it)."""
    if not facts_may_answer(kb, ""):
        return None

    def printed(op: str, a: dict, b: dict, value: float) -> dict | None:
        from bot.answer.facts import printed_result

        return printed_result(kb, op, a, b, value)
    return printed


def _own_change(kb: KnowledgeBase) -> Callable[[int, str], bool] | None:
    """Whether a fact's row prints its own change of a kind (answer/facts/ reads it)."""
    if not facts_may_answer(kb, ""):
        return None

    def own(fact_id: int, op: str) -> bool:
        from bot.answer.facts import own_change_printed

        return own_change_printed(kb, fact_id, op)
    return own


def _ordinal_into_list(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                       before: dict, named: list[str] | None) -> Answer:
    """"第三项多少", "比最多的少多少", "平均每个多少钱" not understood: asked again with the item of the
    last list (or of the conversation's projects) named, or the average worked out."""
    if answer.status != UNKNOWN or answer.debug.get("settled"):
        return answer  # (the table's own "not under this row": never another row's figure instead)
    earlier = Session.from_dict(before)
    projects, unit = _projects_in_talk(kb, earlier)
    average = figures.average_of(question, projects, unit) or figures.average_of_items(earlier, question)
    if average is not None:
        _restore(session, before)
        return average
    asked = figures.into_list(earlier, question) or figures.by_extreme(earlier, question, projects) \
        or figures.by_word(earlier, question) or _indicator_saying(kb, earlier, question) \
        or _indicator_by_its_characters(kb, earlier, question)
    for again in ([] if asked is not None else [figures.of_another_year(earlier, question),
                                                 _of_the_one_indicator(kb, earlier, question, named)]):
        if again is None:
            continue
        _restore(session, before)
        other = _Turn(kb, rules, session, again).run()
        if other.status == ANSWERED:
            return other
        _restore(session, before)
    if asked is None and (item := _item_of_the_list_said(kb, rules, session, question, before)) is not None:
        return item
    if asked is None:
        return _of_the_last_figure(kb, rules, session, question, answer, before, named)
    _restore(session, before)
    step = _Turn(kb, rules, session, asked)
    step.followup = True  # the item of the last list, asked in the conversation (its department)
    return step.run()


# "最高的要求是多少", "哪个最低" said of the indicators just listed, naming nothing else.
_EXTREME_OF_LISTED = re.compile(r"^(?:那|那么)?(?:其中|里面|这些|这几个|这里面)?(?:的)?(?:指标值|要求|目标值|目标|标准|指标)?"
                                r"(?:里|中)?(?:哪个|哪一个|哪项|哪一项|哪条|谁)?(?P<ext>最高|最低|最大|最小|最多|最少)(?:的)?"
                                r"(?:(?:是)?(?:哪个|哪一个|哪项|哪一项|哪条|什么|多少)|要求|指标值|目标值|目标|标准|指标|一个|那个|一项)*"
                                r"(?:是多少|是|多少|呢|啊)*$")
_TARGET_NUMBER = re.compile(r"^(?:[≥≤><=＞＜]|大于|小于|不低于|不高于|不少于|不超过|至少|达到|高于|低于)*\s*(-?\d+(?:\.\d+)?)\s*"
                           r"(%|万元|元|人次|个|人|项|件|家|户|天|日|次|小时|分|)")


def _extreme_of_listed_indicators(kb: KnowledgeBase, session: Session, question: str) -> Answer | None:
    """"湛江人社局满意度指标" (a list of indicators) → "最高的要求是多少": the listed indicator whose target
    is the highest (lowest), by the values shown — never the projects ranked by money in their place; when
    the targets are not numbers of one unit, that is said."""
    m = _EXTREME_OF_LISTED.match(compact(normalize(question)))
    listed = [key for kind, key in session.last_list if kind == "indicator"]
    if m is None or len(listed) < 2 or len(listed) != len(session.last_list):
        return None
    rows = query.indicators(kb.conn, ids=listed)
    valued = []
    for r in rows:
        value = str(r["annual_value"] or r["period_value"] or "").strip()
        number = _TARGET_NUMBER.match(value)
        valued.append((r, value, float(number.group(1)) if number else None, number.group(2) if number else None))
    if any(v is None for _, _, v, _ in valued) or len({u for _, _, _, u in valued}) != 1:
        return Answer(question, UNKNOWN, compose.indicator_values_not_ranked(len(valued)), "rank")
    high = m.group("ext") in ("最高", "最大", "最多")
    best = (max if high else min)(v for _, _, v, _ in valued)  # type: ignore[type-var]
    several = len({r["project_id"] for r in rows}) > 1  # each named with its project
    top = [(f"{r['project_name']}的{r['name']}" if several else str(r["name"]), value) for r, value, v, _ in valued if v == best]
    session.focus_indicators = [int(r["id"]) for r, _, v, _ in valued if v == best]  # "它的权重呢" next
    where = "、".join(dict.fromkeys(str(r["department_name"]) for r in rows))
    text = compose.indicator_extreme(m.group("ext"), top, len(valued), where)
    return Answer(question, ANSWERED, text, "rank")


def _end_of_list(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer | None:
    """"最后一个拟投入多少", "倒数第二个的指标值" right after a list: that one item, asked by its name (never
    every item's figure, nor a new ranking of everything); after a ranking, "倒数第二" ranks on instead."""
    last = session.frame
    if last is not None and last.intent == "rank" and "倒数" in question:
        return None
    placed = figures.from_end_as_ordinal(session, normalize(question))
    name = _full_name(kb, *placed[1]) if placed is not None else None
    if placed is not None and placed[1][0] != "project":
        # an indicator shown: by its ids (as "第三个" is), never by a name other projects' indicators share
        before = session.to_dict()
        answer = _Turn(kb, rules, session, placed[0]).run()
        if answer.status != UNKNOWN or name is None:
            return answer
        _restore(session, before)  # a field not understood of "第6个": asked of the item's full name
    asked = figures.from_end(session, normalize(question), name)  # a project: by its own full name
    if asked is None:
        return None
    step = _Turn(kb, rules, session, asked)
    step.followup = True  # the item of the last list, asked in the conversation (its department)
    return step.run()  # "表中没有…" of that item is its answer too


def _ordinal_of_kind(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer | None:
    """"第三个重点任务呢", "湛江第二个项目拟投入多少" with no list shown before: the projects of the one department
    the question or the conversation is about, listed as its table orders them, then that item asked (a place
    past the list's end said so); None (the session as it was) when the question is no such ordinal, or the
    list is not one department's."""
    text = compact(normalize(question))
    kinds = sorted((w for w in kb.vocab.concepts.get("project", ()) if not re.match(r"哪|什么", w)), key=len, reverse=True)
    m = re.match(r"^(?:那|那么)?(.{0,12}?)(第([0-9一二两三四五六七八九十]{1,2})个)(" + "|".join(map(re.escape, kinds))
                 + ")(?!的?(?:明细|指标|目标))", text)
    if m is None or not kinds or session.shown_list:
        return None
    before = session.to_dict()
    listed = _Turn(kb, rules, session, m.group(1) + m.group(4) + "有哪些").run()
    rows = listed.rows if listed.status == ANSWERED and listed.intent == "project_list" else []
    if not rows or len({r.get("department") for r in rows}) != 1:
        _restore(session, before)
        return None
    n = small_number(m.group(3)) or 0
    if not 1 <= n <= len(rows):
        _restore(session, before)
        return Answer(question, UNKNOWN, compose.fewer_listed(m.group(4), len(rows), rows[0].get("department") or ""),
                      "project_list")
    figures.keep_list(session, listed)
    session.shown_list = [str(r.get("label") or "") for r in rows]
    asked = figures.into_list(session, m.group(2) + text[m.end():])
    answer = _Turn(kb, rules, session, asked).run() if asked is not None else None
    if answer is None or answer.status != ANSWERED:
        _restore(session, before)
        return None
    return answer


# "东湖专项资金的明细", "项目支出明细呢": the lines under it asked for, as "…明细有哪些" is.
_DETAILS = re.compile(r"^(?:那|那么)?(.{2,20}?明细)(?:情况)?(?:呢|是什么|是啥|都是啥|看看|看一下)?$")


def _details_listed(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer | None:
    """"东湖专项资金的明细": the detail lines listed (the list a "第二项多少" then points into), not a project
    whose text mentions 明细; None (the session as it was) when asking for the list finds no list."""
    m = _DETAILS.match(compact(normalize(question)))
    if m is None:
        return None
    before = session.to_dict()
    listed = _Turn(kb, rules, session, m.group(1) + "有哪些").run()
    if listed.status != ANSWERED or len(figures.list_of(listed)) < 2:
        _restore(session, before)
        return None
    listed.question = question
    return listed


# "东湖项目比2019年增加多少", "较2019年增长百分之几": a figure against the year its own table states.
_AGAINST_YEAR_SAID = re.compile(r"^(?:那|那么)?(.*?)(?:比|较|相比|对比|相较|同|和|跟|与)(?:于)?((?:19|20)\d\d)年?度?(?:的)?(?:预算)?"
                                r"(?:相比|比|比较)?(?:增加|增长|减少|下降|上升|降低|多|少|变化|变动|增减)了?"
                                r"(?:多少|几|百分之几|百分之多少|多少个?百分点|几个百分点)?(?:万元|万)?(?:呢|吗)?"
                                r"(?:(?:表里|表中|表上)?(?:是)?(?:怎么说|怎么写|写)的?(?:是)?)?$")


def _against_stated_year(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str) -> Answer | None:
    """"东湖项目比2019年增加多少": the subject's figure (asked first, or the one just answered) against the one
    figure its own table states for that year (a 申报表 writes its earlier years' budgets in a text cell);
    None (the session as it was) when the table states no such figure, so the year is said not held."""
    m = _AGAINST_YEAR_SAID.match(compact(normalize(question)))
    if m is None:
        return None
    from bot.answer.facts import stated_of_year  # (only for such a question: the cold path imports no facts)

    before = session.to_dict()
    if m.group(1):
        asked = _Turn(kb, rules, session, m.group(1)).run()
        if asked.status != ANSWERED or len(asked.rows) > 1:
            _restore(session, before)
            return None
        figures.remember(session, asked, list(_department_names(kb)))
    last = session.figures[-1] if session.figures else {}
    year = int(m.group(2))
    then = stated_of_year(kb, session.doc_ids[0], year, str(last.get("unit") or "")) \
        if len(session.doc_ids) == 1 and isinstance(last.get("value"), int | float) else None
    if then is None:
        _restore(session, before)
        return None
    text = compose.against_stated_year(str(last.get("label") or ""), float(last["value"]), str(last["unit"]),
                                       last.get("year"), then, year)
    return Answer(question, ANSWERED, text, "combine")


def _full_name(kb: KnowledgeBase, kind: str, key: int) -> str | None:
    """An item of a typed list by a name no other project's item shares: a project's own name, an
    indicator's with its project's before it."""
    if kind == "project":
        return kb.projects[key].name if key in kb.projects else None
    rows = query.indicators(kb.conn, ids=[key]) if kind == "indicator" else []
    return f"{rows[0]['project_name']}{rows[0]['name']}" if len(rows) == 1 else None


def _item_of_the_list_said(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str,
                           before: dict) -> Answer | None:
    """"东湖项目支出明细第一项是啥": the list said before the ordinal shown as the conversation's list, then
    its item asked; None (the session as it was) when either is not answered."""
    m = figures.ORDINAL.search(question)
    if m is None or m.start() < 2:
        return None
    _restore(session, before)
    listed = _Turn(kb, rules, session, question[:m.start()] + "有哪些").run()
    figures.keep_list(session, listed)
    asked = figures.into_list(session, question[m.start():]) if listed.status == ANSWERED else None
    answer = _Turn(kb, rules, session, asked).run() if asked is not None else None
    if answer is None or answer.status != ANSWERED:
        _restore(session, before)
        return None
    return answer


def _of_the_one_indicator(kb: KnowledgeBase, s: Session, question: str, named: list[str] | None) -> str | None:
    """"满意度类指标是哪个" → "权重多少": a short question naming nothing of its own, after an answer about
    one indicator, asked of that indicator (its project's name and its own said)."""
    if named is None or named or len(s.focus_indicators) != 1 or len(compact(question)) > 8 \
            or understand(normalize(question), kb).mentions:  # "经济效益指标呢" names a category of its own
        return None
    rows = query.indicators(kb.conn, ids=s.focus_indicators)
    if len(rows) != 1 or rows[0]["name"] in question:
        return None
    return f"{rows[0]['project_name']}{rows[0]['name']}{question}"


_ONE_WORD_FOLLOWUP = re.compile(r"^(?:那|那么)?(?P<word>[\u4e00-\u9fff]{2,6}?)(?:的)?(?:呢|是多少|多少|有多少)$")


def _indicator_by_its_characters(kb: KnowledgeBase, s: Session, question: str) -> str | None:
    """"东湖五险净增人数" → "社保卡呢": the one indicator of the project just answered about whose name holds
    the word's characters in order (社会保障卡发卡量), asked as the last question was, of it."""
    m = _ONE_WORD_FOLLOWUP.match(compact(normalize(question)))
    pids = list(dict.fromkeys(kb.indicator_project[i] for i in s.focus_indicators if i in kb.indicator_project))
    if m is None or len(pids) != 1:
        return None
    pattern = re.compile(".*?".join(map(re.escape, m.group("word"))))
    rows = [r for r in query.indicators(kb.conn, project_ids=pids) if pattern.search(compact(r["name"]))]
    if len({r["name"] for r in rows}) != 1 or rows[0]["id"] in s.focus_indicators:
        return None
    return f"{rows[0]['project_name']}{rows[0]['name']}呢"


def _indicator_saying(kb: KnowledgeBase, s: Session, question: str) -> str | None:
    """The question about the one indicator just shown whose text says what it asks ("具体哪些单位派人进驻"
    after 信访超市's 数量指标: its 指标值 names them), asked as that indicator's value."""
    if not s.focus_indicators or len(s.focus_indicators) > 8 or len(compact(question)) > 16:
        return None
    rows = query.indicators(kb.conn, ids=s.focus_indicators)
    texts = {r["id"]: " ".join(str(r[k] or "") for k in ("period_value", "annual_value", "actual_value")) for r in rows}
    found = figures.said_by_one(question, texts)
    if found is None:
        return None
    row = next(r for r in rows if r["id"] == found)
    return f"{row['project_name']}的{row['name']}指标值是多少"


def _of_the_last_figure(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                        before: dict, named: list[str] | None) -> Answer:
    """"普陀财政局的呢", "这车主要干嘛用" not understood: the figure just shown asked again, with its label
    said (and its department, unless the follow-up names one); kept only when that is answered. named is
    None when the question names a subject of its own."""
    earlier = Session.from_dict(before)
    last = earlier.figures[-1] if earlier.figures else {}
    label = re.sub(r"^\d{3,}", "", str(last.get("label") or "")).split(" ")[0]  # "2050101行政运行 合计"
    # "财政局信息化建设" → "决算比年初预算少了多少": columns of the row just shown, the row left out; kept
    # only when the answer is of that row.
    loose = "value" in last and not named and len(compact(question)) <= 14 \
        and not re.search(r"下面|下级|下属|底下|其中|里面|明细|各项|分别", question)  # the row's own columns only
    bare = figures.bare_followup(question)
    if named is None or not label or not (bare or loose) or compact(label) in compact(question):
        return answer
    _restore(session, before)
    dept = "" if named else str(last.get("department") or "")
    again = _Turn(kb, rules, session, f"{dept}{label}{question}").run()
    rows = {re.sub(r"^\d{3,}", "", str(e.get("name") or "")).split(" ")[0]
            for e in again.entities or () if e.get("kind") == "fact"}
    if again.status == ANSWERED and (bare or bool(rows) and all(label in row for row in rows)):
        return again
    _restore(session, before)
    return answer


# What a follow-up says besides the thing it asks of ("那…呢", "多少", "去年的", "其中…部分"): none of it
# names a line.
_FOLLOWUP_FILLER = re.compile(r"那么|那|呢|吗|啊|呀|吧|的|是|多少|几|钱|了|有|数|金额|万元|亿元|元|它|这个|这项|这一项|"
                              r"今年|本年|当年|去年|上年|上一年|前年|明年|下年|(?:19|20)?\d\d年?|年度|年|一下|请问|再|又|还|请|"
                              r"其中|里面|部分|这块|那块|方面|情况|分别|各|呢")
# A change asked ("那增了多少", "比去年差多少"): a word the figure shown again does not answer.
_CHANGE_WORD = re.compile(r"[增减涨降差超剩]")


def _words_left(text: str, shown: str) -> list[str]:
    """The runs of the text that the shown text holds no two-character piece of, filler left out."""
    covered = [False] * len(text)
    for i in range(len(text)):
        for j in range(i + 2, len(text) + 1):
            if text[i:j] in shown:
                covered[i:j] = [True] * (j - i)
    runs = "".join(c if not seen else " " for c, seen in zip(text, covered, strict=True)).split()
    return [w for run in runs if (w := _FOLLOWUP_FILLER.sub("", run))]


def _answer_says(answer: Answer) -> str:
    """What an answer says it gives: its first line before its source, and its facts' names."""
    names = "".join(str(e.get("name") or "") for e in answer.entities or ())
    return compact(answer.text.split("（来源")[0] + names)


def _new_word_left_out(kb: KnowledgeBase, rules: list[Rule], session: Session, question: str, answer: Answer,
                       before: dict) -> Answer:
    """"基本支出预算多少 → 项目支出预算呢", "人民医院事业收入 → 那县中医院呢" answered from the line shown
    before: the follow-up names a thing (项目支出, 县中医院) or a change (增了多少) that neither that line nor
    the answer says. Asked again of the conversation's department (with that line, then without it), kept
    when the answer says what was named; else said not understood (never the line before given as the new
    thing's)."""
    earlier = Session.from_dict(before)
    last = earlier.figures[-1] if earlier.figures else {}
    text = compact(normalize(question))
    ids = [e.get("id") for e in answer.entities or () if e.get("kind") == "fact"]
    if answer.status != ANSWERED or "fact" not in last or "\n" in answer.text.strip() \
            or not (text.endswith("呢") or text.startswith("那")) or not _on_line_of(kb, ids, last["fact"]):
        return answer
    words = _words_left(text, compact(f"{last.get('label') or ''}{last.get('asked') or ''}") + _answer_says(answer))
    change = any(_CHANGE_WORD.search(w) for w in words)
    amount = kb.vocab.concepts.get("amount", [])
    # (a word for the amount itself, "预算呢" after a 决算 figure, is the column the reading chose, not a thing)
    words = [w for w in words if len(w) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", w)
             and re.sub("|".join(map(re.escape, sorted(amount, key=len, reverse=True))) or "^$", "", w)]
    if not change and not words:
        return answer
    dept = str(last.get("department") or "")
    asked = re.sub(r"^(?:那么|那)|呢$", "", text)
    row = re.sub(r"^\d{3,}", "", str(last.get("label") or "")).split(" ")[0]
    _restore(session, before)
    for ask in dict.fromkeys([dept + row + asked, dept + asked] if dept else []):
        fresh = Session(build_id=session.build_id, figures=list(earlier.figures),
                        talk_departments=list(earlier.talk_departments))
        again = _Turn(kb, rules, fresh, ask).run()
        again_ids = [e.get("id") for e in again.entities or () if e.get("kind") == "fact"]
        said = compact(again.text.split("（来源")[0].split("：")[0]) + "".join(
            str(e.get("name") or "") for e in again.entities or () if e.get("kind") == "fact")
        if again.status == ANSWERED and last["fact"] not in again_ids \
                and all(w in said for w in words) and (not change or re.search(r"增|减|差|比|变", said)):
            session.__dict__.update(fresh.__dict__)
            again.question = question
            return again
    word = asked if change or not words else "、".join(words)
    return Answer(question, UNKNOWN, compose.followup_not_understood(word, str(last.get("label") or "")), "unknown")


def _one_side_of_two(kb: KnowledgeBase, session: Session, question: str, answer: Answer, before: dict) -> Answer:
    """"湛江人社局和东湖分局谁的就业目标高" answered about one of the two (its goal's text): which is higher
    was not found, and that is said (never one side's answer as if it compared them)."""
    if answer.status != ANSWERED or not figures.asks_which_is_higher(normalize(question)):
        return answer
    named = list(dict.fromkeys(_said_departments(kb, question)))
    text = compact(answer.text)
    if len(named) < 2 or sum(compact(d) in text for d in named) >= 2:
        return answer  # (a name several departments share, "人社局", may name more than the two compared)
    _restore(session, before)
    return Answer(question, UNKNOWN, compose.not_compared(named), "unknown")


def _on_line_of(kb: KnowledgeBase, ids: list, fact: int) -> bool:
    """Whether an answer's one fact is the given fact or another column of its line (one document, one row)."""
    if ids == [fact]:
        return True
    if len(ids) != 1 or ids[0] is None:
        return False
    rows = query.facts_by_id(kb.conn, [int(ids[0]), int(fact)])
    return len(rows) == 2 and rows[0]["document_id"] == rows[1]["document_id"] and rows[0]["sheet"] == rows[1]["sheet"] \
        and bool(rows[0]["row_labels"]) and rows[0]["row_labels"] == rows[1]["row_labels"]


def _projects_in_talk(kb: KnowledgeBase, s: Session) -> tuple[list[tuple[str, float]], str]:
    """The projects (name, total) of the one table the conversation is about, and its money unit."""
    docs = s.doc_ids or (list(kb.documents) if len(kb.departments) == 1 else [])
    if len(docs) != 1:
        return [], ""
    rows = [p for p in kb.projects.values() if p.document_id == docs[0] and p.kind != "department"]
    return [(p.name, p.total) for p in rows], kb.documents[docs[0]].get("unit") or "万元"


def _incomplete(turn: Turn) -> bool:
    """A follow-up, or a question that names nothing of its own exactly ("老人数是多少"): its answer is
    taken in the conversation's department."""
    return is_followup(turn, turn.p) or not any(m.score >= 100 for m in turn.p.mentions)


def _named_of_answer(named: list[str], answer: Answer) -> list[str]:
    """The departments named, unless the facts answered of none of them: "东湖区呢" answered by that row of
    the table talked about named no department (东湖分局)."""
    if answer.status == ANSWERED and answer.intent == "facts" and named \
            and not any(compact(d) in compact(answer.text) for d in named):
        return []
    return named


def _departments_named(kb: KnowledgeBase, turn: Turn) -> list[str]:
    """The departments the question names, as the typed reading and the fact answerer read them."""
    named = list(dict.fromkeys([*turn.p.departments(), *turn.p.unknown_departments]))
    rows: set[str] = set()
    if facts_may_answer(kb, turn.question):
        from bot.answer.facts import departments_named, departments_read_as_rows

        named += [d for d in departments_named(kb, turn.question) if d not in named]
        rows = departments_read_as_rows(turn)  # "东湖区" a row of another table, not the 东湖 分局
    text = normalize(turn.question)
    named += [d for place, d in _places(kb).items() if place in text and d not in named]
    return [d for d in named if d not in rows]


def _bureau_named(kb: KnowledgeBase, question: str) -> list[str]:
    """The department a question not understood starts with by its bureau's short word ("卫健因公出国费多少"):
    what the conversation is about, so its follow-up ("那公务用车购置费呢") is not answered from another."""
    text = compact(normalize(question))
    return [d for word, d in _bureau_words(kb).items() if text.startswith(word)][:1]


_BUREAUS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _bureau_words(kb: KnowledgeBase) -> dict[str, str]:
    """The standard short word of one loaded department's bureau ("卫健" of 澄湖县卫生健康局), when it names
    nothing else of the knowledge base."""
    found = _BUREAUS.get(kb)
    if found is None:
        seen: dict[str, set[str]] = {}
        for dept in kb.departments:
            for long, shorts in kb.vocab.department_abbreviations.items():
                for short in shorts if long in dept.name else ():
                    seen.setdefault(short, set()).add(dept.name)
        found = _BUREAUS[kb] = {w: next(iter(ds)) for w, ds in seen.items()
                                if len(ds) == 1 and len(w) >= 2 and w not in kb.lexicon.forms}
    return found


def _said_departments(kb: KnowledgeBase, text: str) -> list[str]:
    """The departments a few words name ("社工部", "财政局的"): one side of "社工部是财政局的百分之几"."""
    norm = normalize(text)
    named = departments_said(norm, kb)
    if facts_may_answer(kb, norm):
        from bot.answer.facts import departments_named

        named += [d for d in departments_named(kb, norm) if d not in named]
    named += [d for place, d in _places(kb).items() if place in norm and d not in named]
    return named


_PLACES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _places(kb: KnowledgeBase) -> dict[str, str]:
    """Place names that stand for one department ("桐溪" of 桐溪区市场监督管理局, "青岚" of a table titled
    青岚县农业农村局…): the department a conversation is about when a question says only its place."""
    found = _PLACES.get(kb)
    if found is None:
        seen: dict[str, set[str]] = {}
        for doc in kb.documents.values():
            for text in (doc["department_name"], doc.get("form") or "", doc.get("title") or ""):
                m = re.match(r"^(?:中共)?(?:\d{4}年度?)?([\u4e00-\u9fff]{2,3}?)(?:省|市|区|县)", text or "")
                if m:
                    seen.setdefault(m.group(1), set()).add(doc["department_name"])
        found = _PLACES[kb] = {place: next(iter(ds)) for place, ds in seen.items() if len(ds) == 1}
    return found


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
        if not getattr(self, "clause", False) and question_clauses(self.question, spaces=True):
            self.before = {k: copy.deepcopy(getattr(self.session, k)) for k in ("frame", "facts", "doc_ids")}
        if not re.search(r"[\w\u4e00-\u9fff]", norm):
            answer = self.unknown("没有看懂这个问题。", norm)
        else:
            self.p = understand(norm, self.kb)
            step = frame_for(self, self.p, norm)
            answer = step if isinstance(step, Answer) else execute(self, step)
        # Issue 12 hook: without a confident answer (status unknown: nothing matched, or a year or a word
        # such as 去年 or 人均 that the typed tables cannot answer), the fact answerer (answer/facts/)
        # reads every labelled value of the tables; it also checks the year asked and a label the typed
        # answer ignored.
        if not facts_may_answer(self.kb, self.question):  # nothing for it to do: not even imported
            return answer
        from bot.answer.facts import after_typed

        return after_typed(self, answer)
