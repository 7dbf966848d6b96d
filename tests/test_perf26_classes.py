"""Round 26, warm speed of fact questions: a table's facts are read as plain rows made into dicts, and a
question's reading is copied field by field; what a question reads and answers is unchanged."""

from __future__ import annotations

import copy
import sqlite3
from pathlib import Path

import pytest

from bot.answer.facts.index import index_for
from bot.answer.facts.question import read_question
from bot.store import queries as query
from tests.conftest import converse, engine_over, simple_table


@pytest.fixture
def engine(tmp_path: Path):
    """A fictional bureau's budget comparison table (two years, a few spending lines)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    rows = [["工资福利支出", 812.5, 790.25], ["办公费", 36.4, 41.0], ["差旅费", 12.75, None], ["印刷费", 8.0, 9.5],
            ["合计", 869.65, 840.75]]
    simple_table(folder / "lanqiao.xlsx", "Sheet1", "蓝桥县水务局2024年部门预算支出对比表", "C2", "单位：万元",
                 ["项目", "2024年预算数", "2023年预算数"], rows)
    return engine_over(folder / "kb.sqlite", [folder])


def test_a_tables_facts_read_as_dicts_are_the_rows_as_stored(engine) -> None:
    kb = engine.kb
    ids = [r[0] for r in kb.conn.execute("SELECT id FROM facts ORDER BY id")]
    assert len(ids) >= 8
    made = query.fact_dicts_by_id(kb.conn, ids)
    assert made == [dict(r) for r in query.facts_by_id(kb.conn, ids)]
    assert [type(v) for v in made[0].values()] == [type(v) for v in dict(query.facts_by_id(kb.conn, ids[:1])[0]).values()]
    raw = sqlite3.connect(kb.path)  # a plain connection (no tuples()): the same dicts
    raw.row_factory = sqlite3.Row
    try:
        assert query.fact_dicts_by_id(raw, ids) == made
    finally:
        raw.close()
    index = index_for(kb)
    first = index.facts(ids[:3])
    first[0]["value"] = "changed"  # a caller's copy: the index keeps its own
    assert index.facts(ids[:3])[0]["value"] != "changed"


def test_a_readings_copy_is_its_own(engine) -> None:
    index = index_for(engine.kb)
    read = read_question("蓝桥县水务局办公费和印刷费2024年预算数合计多少", index)
    assert read.mentions and read.departments
    copied = copy.deepcopy(read)
    assert copied == read and copied is not read
    copied.mentions[0].keys.add("另一个标签")
    copied.mentions.append(copy.deepcopy(read.mentions[0]))
    copied.departments.append("另一个局")
    copied.dept_names.append(("另一个局", ["另一个局"]))
    if read.dept_names:
        copied.dept_names[0][1].append("另一个局")
    copied.last_rows.add((1, "行", 1))
    assert "另一个标签" not in read.mentions[0].keys
    assert len(copied.mentions) == len(read.mentions) + 1 and "另一个局" not in read.departments
    assert all("另一个局" not in fits for _, fits in read.dept_names) and not read.last_rows


def test_fact_questions_answer_as_before(engine) -> None:
    a = converse(engine, "蓝桥县水务局办公费2024年预算数是多少")
    assert a.status == "answered" and "36.4" in a.text, a.text
    a = converse(engine, "蓝桥县水务局办公费和印刷费2024年预算数合计多少")
    assert a.status == "answered" and "44.4" in a.text, a.text
