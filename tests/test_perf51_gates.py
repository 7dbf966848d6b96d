"""Round 51, warm speed (issue 14): the readers of one kind of table (a 基本支出经济分类表, econ.py; a table of
departments and their units, dept_units.py) read the question only in a knowledge base that holds such a table;
the rest of a question's reading sifts out the filler words once unless a row said takes some of it. Counted,
not timed; the answers are the ones the slower way gives."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, simple_table

from bot.answer.facts import dept_units, econ
from bot.answer.facts import question as question_module
from bot.answer.facts.index import index_for
from bot.answer.facts.question import read_question
from bot.engine import Engine

_BUDGET_HEAD = ("类别", "科目", "2023年预算数", "2024年预算数")
_BUDGET_ROWS = [
    ("基本支出", "办公费", 120.5, 130.25),
    (None, "差旅费", 40.0, 35.5),
    (None, "培训费", 12.0, 18.0),
    ("项目支出", "印刷费", 8.0, 9.5),
    (None, "委托业务费", 300.0, 280.0),
]
_ECON_HEAD = ("科目编码", "科目名称", "合计", "青溪县卫生健康委员会（本级）", "青溪县疾病预防控制中心", "青溪县妇幼保健院")
_ECON_ROWS = [
    (None, "合计", 2630000, 1330000, 760000, 540000),
    ("301", "工资福利支出", 1900000, 900000, 600000, 400000),
    ("30101", "基本工资", 1000000, 500000, 300000, 200000),
    ("30102", "津贴补贴", 900000, 400000, 300000, 200000),
    ("302", "商品和服务支出", 730000, 430000, 160000, 140000),
    ("30201", "办公费", 420000, 230000, 100000, 90000),
    ("30211", "差旅费", 310000, 200000, 60000, 50000),
]


def _general_only(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("perf51_general")
    simple_table(d / "qingxi_sfj_2024.xlsx", "Sheet1", "青溪县司法局2024年部门预算支出对比表", "D2", "单位：万元",
                 _BUDGET_HEAD, _BUDGET_ROWS)
    return engine_over(tmp_path_factory.mktemp("perf51_general_db") / "kb.sqlite", [d])


@pytest.fixture(scope="module")
def general_engine(tmp_path_factory) -> Engine:
    return _general_only(tmp_path_factory)


@pytest.fixture(scope="module")
def econ_engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("perf51_econ")
    simple_table(d / "qingxi_wjw_2025_basic.xlsx", "基本支出", "青溪县卫生健康委员会2025年一般公共预算基本支出经济分类表",
                 "F2", "单位：元", _ECON_HEAD, _ECON_ROWS)
    return engine_over(tmp_path_factory.mktemp("perf51_econ_db") / "kb.sqlite", [d])


def _counting(monkeypatch, module, name: str) -> list[int]:
    """Count the calls of module.name (still made through)."""
    calls: list[int] = []
    real = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_no_such_table_no_reading_for_it(general_engine: Engine, monkeypatch) -> None:
    """A knowledge base without a 基本支出经济分类表 or a table of departments' units: neither reader is asked
    (each read the question afresh, on every fact question), and the fact is answered as before."""
    idx = index_for(general_engine.kb)
    assert not econ.tables(idx) and not dept_units.all_books(idx)
    econ_calls = _counting(monkeypatch, econ, "answer")
    unit_calls = _counting(monkeypatch, dept_units, "answer")
    answer = converse(general_engine, "司法局差旅费2024年预算数是多少")
    assert answer.status == "answered" and "35.5" in answer.text, answer.text
    answer = converse(general_engine, "司法局办公费和培训费2024年预算数合计多少")
    assert answer.status == "answered" and "148.25" in answer.text, answer.text
    assert econ_calls == [] and unit_calls == []


def test_such_a_table_is_still_read(econ_engine: Engine, monkeypatch) -> None:
    """Where the knowledge base holds a 基本支出经济分类表, its reader is asked and answers as before."""
    assert econ.tables(index_for(econ_engine.kb))
    econ_calls = _counting(monkeypatch, econ, "answer")
    answer = converse(econ_engine, "卫健委本级差旅费")
    assert answer.status == "answered" and "200000" in answer.text and "310000" not in answer.text, answer.text
    assert econ_calls


class _CountingPattern:
    """A compiled pattern whose sub() calls are counted."""

    def __init__(self, pattern) -> None:
        self.pattern, self.subs = pattern, 0

    def sub(self, *args, **kwargs):
        self.subs += 1
        return self.pattern.sub(*args, **kwargs)

    def __getattr__(self, name: str):
        return getattr(self.pattern, name)


def test_filler_words_sifted_once_when_no_row_is_said(general_engine: Engine, monkeypatch) -> None:
    """The rest of a question is tried for a row said by a part, then by its initials: with neither found, its
    filler words are sifted out once for both tries, and the reading is the same."""
    idx = index_for(general_engine.kb)
    question = "司法局青山绿水工程进展如何"
    before = read_question(question, idx)
    tried: list[str] = []
    for name in ("_row_by_part", "_row_by_initials"):
        monkeypatch.setattr(question_module, name, lambda fq, rest, *a, _n=name: tried.append(_n) and False)
    counting = _CountingPattern(question_module._FILLER)
    monkeypatch.setattr(question_module, "_FILLER", counting)
    after = read_question(question, idx)
    assert tried == ["_row_by_part", "_row_by_initials"]
    assert counting.subs == 1
    assert (after.rest, after.leftover, after.mentions) == (before.rest, before.leftover, before.mentions)
