"""Round 42, warm speed (issue 14): work a turn did over every department, every table or every window is done
once — a session is written out without dataclasses.asdict, the departments an answer names are found by their
first characters, a department name's own-row windows are looked for only when the shortest one is a row's,
the years of every table are gathered once per knowledge base, and re's module-level calls find their compiled
pattern in a plain dict."""

from __future__ import annotations

import random
import re
from dataclasses import asdict
from types import SimpleNamespace

import pytest
from conftest import engine_over, simple_table

from benchmarks.synth import generate_corpus
from bot.answer.facts import question as question_module
from bot.answer.facts.index import index_for
from bot.dialogue import context, figures
from bot.dialogue import session as session_module
from bot.dialogue.session import Session
from bot.language import lazyre


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    """Three fictional departments in the seed's text layout, and a spending table of the first whose first
    row is the department's own office (its name and 机关)."""
    folder = tmp_path_factory.mktemp("perf42")
    docs = []
    for name, text, doc in generate_corpus(3, seed=42, projects=4, indicators_per_project=3):
        (folder / name).write_text(text, encoding="utf-8")
        docs.append(doc)
    rng = random.Random(42)
    rows = [[item, round(rng.uniform(5, 90), 2), round(rng.uniform(5, 90), 2)]
            for item in (f"{docs[0].department}机关", "办公费", "印刷费", "差旅费", "培训费")]
    simple_table(folder / "spending.xlsx", "支出", f"{docs[0].department}2025年部门预算支出对比表", "C2", "单位：万元",
                 ["科目", "2024年预算数", "2025年预算数"], rows)
    return engine_over(folder / "kb.sqlite", [folder]), docs


def _as_asdict_wrote_it(s: Session) -> dict:
    data = asdict(s)
    for frame in [data.get("frame"), *data.get("pending", [])]:
        if frame:
            frame["categories"] = [r._asdict() for r in frame["categories"]]
    return data


def test_a_session_is_written_out_as_asdict_wrote_it_without_asdict(engine, monkeypatch):
    eng, docs = engine
    session = Session()
    project = docs[0].projects[0]
    for turn in (f"{docs[0].department}{project.name}的满意度指标有哪些", "它的成本指标呢", "经费多少",
                 f"{docs[1].department}哪个项目经费最多"):
        eng.ask(turn, session)
    assert session.frame is not None and session.figures
    expected = _as_asdict_wrote_it(session)

    def refused(*_args, **_kwargs):
        raise AssertionError("a turn's session written out through dataclasses.asdict")

    monkeypatch.setattr(session_module, "asdict", refused, raising=False)
    assert session.to_dict() == expected
    assert Session.from_dict(session.to_dict()) == session
    eng.ask("它的产出指标呢", session)  # (each turn writes its session out before it is answered)
    assert session.to_dict() == _as_asdict_wrote_it(session)


class _CountingText(str):
    """A text that counts the names looked for in it."""

    looked = 0

    def __contains__(self, name: object) -> bool:
        type(self).looked += 1
        return super().__contains__(name)  # type: ignore[operator]


def test_the_departments_an_answer_names_are_found_without_searching_for_every_name():
    places = ["青岚", "桐溪", "鹭川", "云岫", "柏山", "澄湖", "临川", "汪清", "兴化", "茂名"]
    bureaus = ["教育局", "财政局", "民政局", "卫生健康局", "交通运输局", "人力资源和社会保障局", "农业农村局", "统计局",
               "审计局", "水务局", "林业局", "司法局", "信访局", "应急管理局", "市场监督管理局"]
    names = [f"{p}{k}区{b}" for k in range(5) for p in places for b in bureaus]  # 750 departments
    text = _CountingText(f"{names[600]}：办公费 12万元；{names[3]}：办公费 8万元（来源：{names[600]}2025年预算表）")
    _CountingText.looked = 0
    assert figures.departments_in(names, text) == [names[3], names[600]] == [d for d in names if d in str(text)]
    assert _CountingText.looked <= 40  # (the names of the two places said, by their first four characters; 750 in turn)
    assert figures.first_department_in(names, text) == names[3]  # the first listed, not the first said
    few = names[:20]
    assert figures.departments_in(few, text) == [names[3]] and figures.first_department_in(few, "没有部门") == ""


def test_a_department_name_followed_by_no_row_tries_one_window(engine, monkeypatch):
    eng, docs = engine
    idx = index_for(eng.kb)
    dept = docs[0].department
    holding = idx.row_keys_holding
    calls: list[str] = []

    def counted(said: str) -> list[str]:
        calls.append(said)
        return holding(said)

    monkeypatch.setattr(idx, "row_keys_holding", counted)
    text = f"{dept}项目支出合计多少"
    assert question_module._in_own_row(text, 0, len(dept), dept, idx) == []
    assert calls == [f"{dept}项"]  # (the shortest window: no row holds it, so no longer one either)
    calls.clear()
    text = f"{dept}机关2025年预算数"  # the department's own office, a row of its table
    assert question_module._in_own_row(text, 0, len(dept), dept, idx) == [dept]
    assert calls == [f"{dept}机"]


def test_the_years_of_every_table_are_gathered_once(engine, monkeypatch):
    eng, _ = engine
    years_of = eng.kb.years_of_document
    every = {y for d in eng.kb.documents for y in years_of(d)}
    calls: list[int] = []

    def counted(doc: int) -> frozenset[int]:
        calls.append(doc)
        return years_of(doc)

    monkeypatch.setattr(eng.kb, "years_of_document", counted)
    turn = SimpleNamespace(kb=eng.kb)
    assert context._years_held(turn, list(eng.kb.documents)) == every
    assert context._years_held(turn, list(eng.kb.documents)[::-1]) == every  # (every table, in any order)
    assert len(calls) <= len(eng.kb.documents)  # (walked once, not once per question)
    some = list(eng.kb.documents)[:1]
    assert context._years_held(turn, some) == set(years_of(some[0]))


@pytest.mark.parametrize(("call", "args"), [
    ("search", (r"(?P<n>\d+)万", "办公费12万元")),
    ("match", (r"第(\d)", "第3个")),
    ("fullmatch", (r"[\u4e00-\u9fff]+", "教育局")),
    ("findall", (r"\d+", "2024年12万 2025年13万")),
    ("sub", (r"\d", lambda m: str(int(m.group()) + 1), "a1b2c3", 2)),
    ("subn", (r"年", "-", "2024年2025年")),
    ("split", (r"[，,]", "甲，乙,丙，丁", 2)),
    ("search", (r"abc", "xABCx", re.I)),
    ("finditer", (r"\d+", "12 34")),
])
def test_re_calls_through_lazyre_answer_as_re_does_and_keep_their_pattern(call, args, monkeypatch):
    def seen(result) -> object:  # a match (or the matches of finditer) by what it found
        if isinstance(result, re.Match):
            return result.span(), result.groups()
        return [seen(m) for m in result] if call == "finditer" else result

    assert seen(getattr(lazyre, call)(*args)) == seen(getattr(re, call)(*args))
    flags = args[-1] if isinstance(args[-1], re.RegexFlag) else 0
    assert (args[0], flags) in lazyre._FOUND
    monkeypatch.setattr(lazyre._re, "compile", lambda *_a: pytest.fail("a kept pattern compiled again"))
    assert seen(getattr(lazyre, call)(*args)) == seen(getattr(re, call)(*args))
