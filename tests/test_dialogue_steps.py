"""The dialogue's steps one at a time: each reads a parse and the session and fills a frame or returns a
reply, so each can be asked alone. Over the bundled seed; names come from its own tables."""

from __future__ import annotations

import copy

import pytest

from bot.dialogue import context
from bot.dialogue.cues import is_followup
from bot.dialogue.turn import Turn
from bot.dialogue.values import UNKNOWN, Answer, Frame
from bot.engine import Engine, Session
from bot.language.normalize import normalize
from bot.understand.parse import understand


def _turn(engine: Engine, question: str, session: Session) -> Turn:
    t = Turn(engine.kb, engine.rules, session, question)
    t.p = understand(normalize(question), engine.kb)
    return t


@pytest.fixture
def names(seed_engine: Engine) -> list[str]:
    """The seed's project names, largest budget first (at least two)."""
    rows = seed_engine.kb.conn.execute(
        "SELECT name FROM projects WHERE kind != 'department' ORDER BY total DESC, id").fetchall()
    assert len(rows) >= 2
    return [r[0] for r in rows]


def test_a_plain_question_becomes_a_frame_and_leaves_the_session_alone(seed_engine, names):
    session = Session()
    seed_engine.ask(f"{names[1]}经费多少", session)
    before = session.to_dict()
    t = _turn(seed_engine, f"{names[0]}的绩效目标是什么", session)
    frame = context.frame_for(t, t.p, t.p.text)
    assert isinstance(frame, Frame) and frame.intent == "goal"
    assert [seed_engine.kb.projects[pid].name for pid in frame.projects] == [names[0]]
    assert session.to_dict() == before  # only the answer stage records what was answered


def test_an_ordinal_points_into_the_last_list_or_says_how_long_it_is(seed_engine, names):
    session = Session()
    listed = seed_engine.ask("有哪些项目", session)
    assert listed.status == "answered" and len(session.last_list) >= 2
    t = _turn(seed_engine, "第二个", session)
    f = Frame()
    assert context._point_into_last(t, t.p, f) is None
    assert f.projects == [session.last_list[1][1]]
    too_far = len(session.last_list) + 1
    t = _turn(seed_engine, f"第{too_far}个", session)
    reply = context._point_into_last(t, t.p, Frame())
    assert isinstance(reply, Answer) and reply.status == UNKNOWN
    assert str(len(session.last_list)) in reply.text


def test_small_talk_stands_alone_and_does_not_continue_the_last_frame(seed_engine, names):
    session = Session()
    seed_engine.ask(f"{names[0]}经费多少", session)
    assert session.frame is not None
    t = _turn(seed_engine, "谢谢", session)
    f = Frame()
    assert context._earlier_frame(t, t.p, f, session.frame) is None
    assert f.intent == "smalltalk"


def test_a_follow_up_naming_another_project_takes_the_last_intent(seed_engine, names):
    session = Session()
    seed_engine.ask(f"{names[0]}的资金来源", session)
    last = session.frame
    assert last is not None and last.intent == "source"
    t = _turn(seed_engine, f"那{names[1]}呢", session)
    assert is_followup(t, t.p)
    f = context.build_frame(t, t.p)
    assert isinstance(f, Frame) and f.intent == "source"
    assert [seed_engine.kb.projects[pid].name for pid in f.projects] == [names[1]]
    # The same question with its own question word is complete: it keeps its own intent.
    t = _turn(seed_engine, f"{names[1]}经费多少", session)
    f = context.build_frame(t, t.p)
    assert isinstance(f, Frame) and f.intent == "amount"


def test_a_bare_follow_up_is_about_the_projects_just_answered(seed_engine, names):
    session = Session()
    seed_engine.ask(f"{names[0]}经费多少", session)
    t = _turn(seed_engine, "它的指标呢", session)
    f = Frame()
    assert context._carry_context(t, t.p, f, session.frame, is_followup(t, t.p), []) is None
    assert f.projects == session.focus_projects and f.projects


@pytest.mark.parametrize("first, follow", [
    ("哪个项目经费第二多", "第三个"),  # an ordinal after a ranking ranks on
    ("有哪些项目", "第二个"),  # an ordinal into the list shown
    ("", "雇员那两个加起来"),  # both projects of an ambiguous short name
])
def test_the_dialogue_leaves_the_parse_as_understood(seed_engine, first, follow):
    session = Session()
    if first:
        seed_engine.ask(first, session)
    t = _turn(seed_engine, follow, session)
    understood = copy.deepcopy(t.p)
    frame = context.build_frame(t, t.p)
    assert isinstance(frame, Frame) and frame.intent
    assert t.p == understood
