"""Round 63, warm speed (issue 14): the steps tried before the pipeline look for the departments a question names
only when its words fit the step — a ranking over every department's whole, one thing of two tables joined by
和/与. Counted, not timed: the answers are those the steps gave when they looked first."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine, ranked, sides

_HEAD = ("类别", "科目", "2023年执行数", "2024年预算数")
_DEPTS = ("青溪县司法局", "青溪县民政局", "青溪县水利局")


@pytest.fixture(scope="module")
def three_departments(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("perf63_general")
    for k, dept in enumerate(_DEPTS):
        rows = [("基本支出", "办公费", 100.0 + k, 110.0 + k), (None, "差旅费", 40.0 + k, 35.5 + k),
                ("项目支出", "就业补助", 8.0 + k, 9.5 + k)]
        simple_table(d / f"qingxi_{k}_2024.xlsx", "Sheet1", f"{dept}2024年部门预算支出对比表", "D2", "单位：万元",
                     _HEAD, rows)
    return engine_over(tmp_path_factory.mktemp("perf63_general_db") / "kb.sqlite", [d])


def _counted(monkeypatch, module, name: str) -> list[str]:
    calls: list[str] = []
    real = getattr(module, name)

    def counting(kb, text, *rest):
        calls.append(text)
        return real(kb, text, *rest)
    monkeypatch.setattr(module, name, counting)
    return calls


@pytest.mark.parametrize("question", ["青溪县司法局办公费2024年预算数是多少", "青溪县民政局差旅费比上年增加多少"])
def test_ranking_reads_no_departments_of_another_question(three_departments: Engine, monkeypatch, question: str) -> None:
    calls = _counted(monkeypatch, ranked, "_said_departments")
    answer = converse(three_departments, question)
    assert calls == [] and answer.status == "answered"


def test_ranking_still_reads_the_departments_of_a_ranking(three_departments: Engine, monkeypatch) -> None:
    calls = _counted(monkeypatch, ranked, "_said_departments")
    assert ranked._asked(three_departments.kb, "哪个部门预算最多") == ("most", 1, "")
    assert ranked._asked(three_departments.kb, "青溪县司法局哪个部门预算最多") is None  # (not worded as one)
    assert calls == ["哪个部门预算最多"]


def test_two_tables_step_cuts_no_question_without_a_join(three_departments: Engine, monkeypatch) -> None:
    kb = three_departments.kb
    calls = _counted(monkeypatch, sides, "department_spans")
    assert sides._one_thing_of_two_tables(kb, three_departments.rules, None, "青溪县司法局办公费2024年预算数", []) is None
    assert calls == []
    sides._one_thing_of_two_tables(kb, three_departments.rules, None, "青溪县司法局办公费和就业补助", [])
    assert calls[:1] == ["青溪县司法局办公费和就业补助"]  # (joined: the step reads the names as before)


def test_sum_of_two_lines_as_before(three_departments: Engine) -> None:
    answer = converse(three_departments, "青溪县水利局办公费和差旅费2024年预算数合计多少")
    assert answer.status == "answered" and "149.5" in answer.text
