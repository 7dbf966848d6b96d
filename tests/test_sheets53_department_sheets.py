"""A workbook of one sheet per department (tests/data/sheets53, made by make_sheets.py: a county's 部门"三公"经费预算表,
each sheet a department's, named by the sheet alone — 卫健委, 公安局 — or by a 编制单位 line on a sheet called 表3) is
read as one document per department: each department's figures are its own sheet's, departments are compared and
listed side by side, a follow-up naming another department reads that one's sheet. A workbook of one department's
tables of different kinds (收支总表, 三公经费) stays one document."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse as _ask
from conftest import engine_over

from bot.engine import Engine
from bot.ingest.grid import title_place
from bot.ingest.sections import read_departments

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "sheets53"
SHEETS = DATA / "青溪县_2024年_部门三公经费预算表.xlsx"
ONE = DATA / "青溪县民政局_2024年_部门预算表.xlsx"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("sheets53")
    return engine_over(d / "kb.sqlite", [ROOT / "knowledge", *sorted((ROOT / "tests" / "data" / "samples").glob("*.xlsx")),
                                         SHEETS, ONE])


def _first(answer) -> str:
    return answer.text.split("（来源")[0]


def test_each_sheet_is_its_departments_document() -> None:
    docs = read_departments(str(SHEETS), openpyxl.load_workbook(SHEETS))
    # the sheet's name (卫健委) takes the place the title names; 表3 is the department its 编制单位 line names; the
    # sheet of their sum, naming no department, is the county's
    assert [d.department for d in docs] == ["青溪县", "青溪县卫健委", "青溪县公安局", "青溪县司法局"]
    assert {f.sheet for f in docs[2].facts} == {"公安局"}
    assert all(d.form == "部门“三公”经费预算表" and d.year == 2024 for d in docs[1:])
    assert len(docs[0].issues) == 1 and not docs[1].issues  # the file's warning is said once


def test_one_departments_sheets_of_two_kinds_stay_one_document() -> None:
    docs = read_departments(str(ONE), openpyxl.load_workbook(ONE))
    assert [d.department for d in docs] == ["青溪县民政局"]
    assert {f.sheet for f in docs[0].facts} == {"收支总表", "三公经费"}


def test_a_place_after_the_year_or_before_it() -> None:
    assert title_place("2025年1-8月浏阳市项目支出绩效监控表") == "浏阳市"
    assert title_place("青溪县2024年部门“三公”经费预算表") == "青溪县"
    assert title_place("青溪县民政局2024年部门收支总表") == ""


@pytest.mark.parametrize("turns, figure, never", [
    (["公安局公务接待费多少"], "6.8", "2.6"),
    (["司法局公务用车运行维护费"], "8.7", "54.6"),
    (["卫健委2024年三公经费合计"], "28.6", "121.4"),
    (["公安局公务接待费", "那司法局呢"], "2.6", "6.8"),
    (["民政局公务接待费"], "1.6", "6.8"),
])
def test_a_departments_figure_is_its_own_sheets(engine: Engine, turns: list[str], figure: str, never: str) -> None:
    a = _ask(engine, *turns)
    assert a.status == "answered" and figure in _first(a) and never not in _first(a), a.text


def test_departments_listed_side_by_side(engine: Engine) -> None:
    a = _ask(engine, "各部门公务接待费分别多少")
    assert a.status == "answered", a.text
    for department, figure in (("卫健委", "6.8"), ("公安局", "6.8"), ("司法局", "2.6"), ("民政局", "1.6")):
        assert any(department in line and figure in line for line in a.text.splitlines()), a.text


BUDGETS = DATA / "青溪县_2024年_部门收支总表.xlsx"  # each sheet named by its 部门名称 line alone
PROJECTS = DATA / "青溪县_2024年_部门项目明细表.xlsx"  # 部门（单位） | 项目名称 …, 青溪县卫生健康局 among the rows


@pytest.fixture(scope="module")
def county(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("sheets53_county")
    return engine_over(d / "kb.sqlite", [ROOT / "knowledge", *sorted((ROOT / "tests" / "data" / "samples").glob("*.xlsx")),
                                         SHEETS, ONE, BUDGETS, PROJECTS])


def test_each_department_listed_by_its_line_never_by_a_word_of_the_question(county: Engine) -> None:
    # 部门 of "各部门" is no line: 卫生健康局's rows of the 明细表 (its 部门（单位） column) answer nothing here
    a = _ask(county, "各部门卫生健康支出分别多少")
    assert a.status == "answered", a.text
    assert all(x in a.text for x in ("117.9", "421.4", "56.8")) and "1850000" not in a.text, a.text


@pytest.mark.parametrize("question, said, never", [
    ("三个部门卫生健康支出加起来多少", ["596.1"], []),  # 117.9 + 421.4 + 56.8
    ("哪个部门收入合计最少", ["司法局", "1408.7"], []),  # of 应急 公安 司法 and 民政局's own workbook
    ("哪个部门政府性基金预算拨款最多", ["应急管理局", "300"], []),
    # four departments print the line: which three is not said, so nothing is added (16.2 is the county's own line)
    ("三个部门公务接待费加起来多少", [], ["合计", "17.8"]),
])
def test_departments_added_up_and_ranked(county: Engine, question: str, said: list[str], never: list[str]) -> None:
    a = _ask(county, question)
    assert a.status == "answered" and all(s in _first(a) for s in said), a.text
    assert not any(n in a.text for n in never), a.text


def test_the_places_sum_is_no_department_ranked(engine: Engine) -> None:
    # the 汇总 sheet (青溪县's sum of its departments) is no department: never "the most" of them
    a = _ask(engine, "哪个部门公务接待费最多")
    assert a.status == "answered" and "16.2" not in _first(a) and "6.8" in _first(a), a.text
    head = _first(a).split("最多")[0]
    assert "卫健委" in head and "公安局" in head, a.text  # both print 6.8: the most is theirs alike


def test_departments_totals_of_the_tables_year(engine: Engine) -> None:
    # the 合计 row's 2024年预算 of a 2024 table, never its 2023年预算 column printed first
    a = _ask(engine, "公安局三公经费比司法局多多少")
    assert a.status == "answered" and "110.1" in a.text and "83.3" not in a.text, a.text
