"""One place per concept (round 40): the kinds of a unit's name and the endings of an organisation's are the
vocabulary's ([asking_words.units], [asking_words.departments] organisations), read by the follow-ups, the fact
index and the department tables' reader alike, each taking the lists it reads (same behaviour as the lists they
held)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.answer.facts import dept_units, econ, index
from bot.engine import followups
from bot.language import asking, lexicon


def _kind(pattern, name: str) -> str | None:
    m = pattern.search(name)
    return m.group(0) if m else None


@pytest.mark.parametrize(("name", "follow_up", "fact_index", "initials"), [
    ("青石县交警大队", "大队", "大队", "大队"),      # (a 大队 is read whole, never 队 alone)
    ("青石县消费者权益保护委员会", None, "委员会", "委员会"),
    ("青石县爱国卫生运动办", None, "办", None),
    ("青石县实验小学", "小学", None, None),
    ("青石县职业学校", "学校", None, None),
    ("青石县文化馆", "馆", "馆", "馆"),
    ("青石县农业技术推广中心", "中心", "中心", "中心"),
    ("青石县教育局", None, None, None),
])
def test_the_kinds_of_a_units_name_each_reader_takes(name, follow_up, fact_index, initials):
    assert _kind(followups._UNIT_KIND, name) == follow_up
    assert _kind(index._UNIT_KIND, name) == fact_index
    assert _kind(lexicon._INITIALS_KIND, name) == initials


def test_the_kinds_and_the_organisations_are_the_vocabularys(tmp_path: Path) -> None:
    vocab = tmp_path / "vocabulary.toml"
    text = asking.BUNDLED.read_text(encoding="utf-8")
    assert 'school_kinds = ["校", "学校", "中学", "小学", "幼儿园"]' in text and 'office_kinds = ["办"]' in text
    vocab.write_text(text.replace('school_kinds = ["校", "学校", "中学", "小学", "幼儿园"]', 'school_kinds = ["书院"]')
                     .replace('office_kinds = ["办"]', 'office_kinds = ["室"]')
                     .replace('"街道办事处", "街道", "镇", "乡", "公司", "集团", "会", "社", "团"]',
                              '"街道办事处", "街道", "镇", "乡", "公司", "集团", "会", "社", "团", "园区"]'),
                     encoding="utf-8")
    stat = vocab.stat()
    os.utime(vocab, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    try:
        asking.use(vocab)
        assert _kind(followups._UNIT_KIND, "青石书院") == "书院" and _kind(followups._UNIT_KIND, "青石小学") is None
        assert _kind(index._UNIT_KIND, "青石县信访室") == "室" and _kind(index._UNIT_KIND, "爱卫办") is None
        assert dept_units._ORGANISATION.search("青石工业园区") and econ._ORGANISATION is dept_units._ORGANISATION
    finally:
        asking.use(asking.BUNDLED)
    assert _kind(followups._UNIT_KIND, "青石小学") == "小学" and not dept_units._ORGANISATION.search("青石工业园区")


@pytest.mark.parametrize(("name", "organisation"), [
    ("青石县教育局", True), ("街道办事处", True), ("青石县供销合作社", True), ("青石县文工团", True),
    ("人员经费", False), ("基本支出", False), ("青石县公路管理处", False),  # (处 is no department's ending here)
])
def test_a_departments_name_ends_as_the_vocabulary_says(name, organisation):
    assert bool(dept_units._ORGANISATION.search(name)) is organisation


@pytest.mark.parametrize(("question", "apart", "handlers_each", "rows_each", "group_each"), [
    ("两个项目分别多少", True, True, True, True),
    ("年初和年末各是多少", True, True, True, True),
    ("两张表合计各多少", False, True, False, False),   # (handlers: 各多少; the facts' readers do not take it)
    ("哪个项目总投资最大", False, False, True, False),  # (arithmetic's rows: any 哪; its groups: 哪些 / 哪几 only)
    ("效益指标有哪些", False, False, True, True),
    ("每项多少", False, False, True, False),
    ("效益指标得分", False, False, False, False),
])
def test_each_asked_apart_is_one_list_with_each_readers_own_words(question, apart, handlers_each, rows_each,
                                                                  group_each):
    from bot.answer import handlers
    from bot.answer.facts import answerer, arithmetic

    assert bool(answerer._EACH_SAID.search(question)) is apart and bool(arithmetic._EACH_SAID.search(question)) is apart
    assert bool(handlers._EACH_ASKED.search(question)) is handlers_each
    assert bool(arithmetic._EACH_ASKED.search(question)) is rows_each
    assert bool(arithmetic._EACH_OF_GROUP.search(question)) is group_each


def test_a_follow_up_asked_again_is_kept_only_when_answered_of_what_it_pointed_at(seed_engine):
    from bot.dialogue.session import Session

    session = Session()
    seed_engine.ask("法律顾问经费多少", session, record=False)
    own = session.focus_projects[0]
    saved = session.to_dict()
    kb, rules = seed_engine.kb, seed_engine.rules
    # answered, but of another project than the one pointed at: not kept, the session as it was
    other = next(p for p in kb.projects.values() if p.id != own and "信访工作经费" == p.name)
    assert followups._asked_of(kb, rules, session, f"{other.name}多少钱", "project", {own}) is None
    assert session.to_dict() == saved
    again = followups._asked_of(kb, rules, session, f"{other.name}多少钱", "project", {other.id})
    assert again is not None and again.status == "answered" and other.name in again.text
    assert session.focus_projects == [other.id]


def test_the_table_readers_read_the_same_general_tables():
    from types import SimpleNamespace

    docs = {d: SimpleNamespace(layout="general-table" if d % 3 else "text-project-targets") for d in range(400)}
    idx = SimpleNamespace(docs=docs)
    read = dept_units.general_tables(idx)
    assert len(read) == 200 and read == [d for d in range(400) if d % 3][:200]
    assert econ.general_tables is dept_units.general_tables


def test_a_facts_own_row_its_code_and_its_column_are_read_in_one_place():
    from bot.answer.facts import common, outline, plan_years, row_owner, staffing, values

    sep = values.query.FACT_SEP
    f = {"row_labels": f"一般公共预算{sep}2050202 高中教育", "col_labels": f"规划资金{sep}2026年"}
    assert values._own_row(f) == "2050202高中教育" and values.row_code(f) == "2050202"
    assert values.column_printed(f) == "规划资金2026年" and values._own_col(f) == "2026年"
    assert common._own_row is values._own_row and row_owner._own_col is values._own_col
    assert plan_years.column_printed is staffing.column_printed is values.column_printed
    long = {"row_labels": "20502020901 其他", "col_labels": ""}
    assert values.row_code(long) == "20502020901" and outline.code_of(long["row_labels"]) == ""  # (kept apart)


def test_a_readers_tables_of_a_document_are_read_once_per_index():
    from types import SimpleNamespace

    from bot.answer.facts import sources

    calls: list[int] = []
    idx = SimpleNamespace()

    def read(doc: int):
        calls.append(doc)
        return [doc]

    assert index.FactIndex.read_once(idx, "_probe", 3, lambda: read(3)) == [3]
    assert index.FactIndex.read_once(idx, "_probe", 3, lambda: read(3)) == [3] and calls == [3]
    assert index.FactIndex.read_once(idx, "_probe", 4, lambda: read(4)) == [4] and calls == [3, 4]
    # a reader keeps what it read under its own name: another document's read is its own
    idx = SimpleNamespace(docs={}, read_once=lambda name, key, made: index.FactIndex.read_once(idx, name, key, made))
    assert sources.source_table(idx, 9) is None and idx._source_tables == {9: None}
