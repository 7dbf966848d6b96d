"""Round 43, warm speed (issue 14): work a turn repeated per question, or per reading of a question's sides, done
once per knowledge base — the departments a few words name kept by the words, the projects' names as printed kept
per project, the ids of a name's projects gathered only as far as a caller looks, the ids of a common form that
names no indicator kept like those of one that does. Counted, not timed: each result is the one the work it
replaces gives."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine, names
from bot.language.lexicon import Ref
from bot.understand import parse as parse_module
from bot.understand.parse import Mention, Parse

_HEAD = ("类别", "科目", "2023年执行数", "2024年预算数")
_DEPTS = ("青溪县司法局", "青溪县民政局", "青溪县水利局")


@pytest.fixture(scope="module")
def three_departments(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("perf43_general")
    for k, dept in enumerate(_DEPTS):
        rows = [("基本支出", "办公费", 100.0 + k, 110.0 + k), (None, "差旅费", 40.0 + k, 35.5 + k),
                ("项目支出", "就业补助", 8.0 + k, 9.5 + k)]
        simple_table(d / f"qingxi_{k}_2024.xlsx", "Sheet1", f"{dept}2024年部门预算支出对比表", "D2", "单位：万元",
                     _HEAD, rows)
    return engine_over(tmp_path_factory.mktemp("perf43_general_db") / "kb.sqlite", [d])


def test_departments_said_read_once_per_words(three_departments: Engine, monkeypatch) -> None:
    kb = three_departments.kb
    names._SAID.pop(kb, None)
    calls: list[str] = []
    real = names._read_said_departments

    def counting(kb, text):
        calls.append(text)
        return real(kb, text)
    monkeypatch.setattr(names, "_read_said_departments", counting)
    first = names._said_departments(kb, "青溪县民政局的")
    assert first == real(kb, "青溪县民政局的") == ["青溪县民政局"]
    first.append("changed by a caller")
    again = names._said_departments(kb, "青溪县民政局的")
    assert again == ["青溪县民政局"] and calls == ["青溪县民政局的"]  # (a copy each time; read once)
    assert names._said_departments(kb, "水利局") == ["青溪县水利局"] and calls == ["青溪县民政局的", "水利局"]


def test_departments_said_memo_is_bounded(three_departments: Engine, monkeypatch) -> None:
    kb = three_departments.kb
    monkeypatch.setattr(names, "SAID_KEPT_AT_MOST", 2)
    names._SAID.pop(kb, None)
    for text in ("司法局", "民政局", "水利局"):
        names._said_departments(kb, text)
    assert len(names._SAID[kb]) <= 2


def test_two_sides_answered_as_before(three_departments: Engine) -> None:
    answer = converse(three_departments, "青溪县司法局办公费和青溪县水利局办公费2024年预算数合计多少")
    assert answer.status == "answered" and "222" in answer.text


def _mention(kind: str, ids: range) -> Mention:
    return Mention(0, 2, "经费", {Ref(kind, i) for i in ids})


def test_ids_named_stop_past_what_the_caller_looks_at() -> None:
    p = Parse("经费", mentions=[_mention("project", range(5000)), _mention("project", range(5000, 9000))])
    assert len(p.ids_named("project", 1)) == 2
    assert len(p.ids_named("project", 5)) == 6
    few = Parse("经费", mentions=[_mention("project", range(3)), _mention("project", range(2, 5))])
    assert few.ids_named("project", 5) == {0, 1, 2, 3, 4}  # (complete when at most that many)
    assert few.ids_named("indicator", 5) == set()
    one = Parse("经费", mentions=[_mention("project", range(7, 8)), _mention("indicator", range(3))])
    assert one.ids_named("project", 1) == {7}


def test_printed_names_kept_per_project(three_departments: Engine) -> None:
    kb = three_departments.kb
    printed = parse_module._printed_names(kb)
    assert parse_module._printed_names(kb) is printed  # (one map per knowledge base)
    for pid, project in list(kb.projects.items())[:3]:
        assert parse_module._printed_name(kb, printed, pid) == (project.document_id, "".join(project.name.split()))
        assert printed[pid] == (project.document_id, "".join(project.name.split()))


def test_common_form_of_no_indicator_kept(three_departments: Engine, monkeypatch) -> None:
    kb = three_departments.kb
    monkeypatch.setattr(kb, "SHARED_REFS", 1)
    form = next(f for f, refs in kb.lexicon.forms.items() if refs and all(r.kind != "indicator" for r in refs))
    kb._form_ids.pop(form, None)
    assert kb.indicator_ids(form) == []
    assert kb._form_ids[form] == []  # (kept: the next question naming it gathers nothing again)
