"""Departments and tables: what is loaded and what is not (unl44), on tables generated here.

A place prints one table of every department (三公经费预算表: one line a department); only some of its
departments have tables of their own (项目支出绩效目标表). Classes:
A department that is only a line of such a table, asked what only its own table holds (its projects,
indicators, goals), is unknown — the line's 三公 figures are no projects — and the answer says which of that
place's departments are loaded; the line still answers what it is of (its 三公经费).
Which tables are loaded ("你这里都有哪些部门的表", "都能查哪些单位", "有哪些柳川的表"): every loaded table, by place
(the place said only), never one department's units nor "not understood".
One department across its tables: its 三公 line answered, then "它的项目支出呢" is its own table's project total;
its units counted, then "X局呢" counts X's units (never a summary of X's table); its figures of two tables asked
together ("X局项目支出和三公经费分别多少") both given; "A局和B局的维修养护经费各多少" the item of each.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, Engine

_HEAD = ("因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费")
_LINES = [("柳川市人民政府办公室", 27.7, 0, 0, 17.2, 10.5), ("柳川市民政局", 4.6, 0, 0, 4.0, 0.6),
          ("柳川市水务局", 34.9, 0, 24.5, 8.1, 2.3)]


def _three_costs(path: Path) -> None:
    """A place's 三公经费预算表 as published: title, unit line, a two-row header, 合计 and a line a department."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "三公经费预算"
    ws["A1"] = "柳川市2025年市级部门财政拨款“三公”经费预算表"
    ws["A2"] = "单位：万元"
    ws["A3"], ws["B3"], ws["C3"] = "序号", "部门名称", "2025年预算数"
    for c, h in enumerate(("合计", *_HEAD), 3):
        ws.cell(4, c, h)
    ws.merge_cells("C3:G3")
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    total = [round(sum(line[i] for line in _LINES), 2) for i in range(1, 6)]
    ws.append(["合计", None, *total])
    for n, line in enumerate(_LINES, 1):
        ws.append([n, *line])
    wb.save(path)


_WATER = [Unit("柳川市水务局", "96.40 96.40 0.00 0.00", [
    Item("河湖长制巡查经费", "38.50 38.50 0.00 0.00", "落实河湖长制，开展河湖巡查。",
         [("11", "河湖巡查次数", "≥120次", "≥120次"), ("31", "沿河群众满意度", "≥90%", "≥90%")]),
    Item("农村供水维修养护经费", "57.90 57.90 0.00 0.00", "保障农村供水工程正常运行。",
         [("11", "维修供水工程处数", "≥30处", "≥30处")]),
])]


_CULTURE = [
    Unit("枫岭县文化体育局本级", "28.00 28.00 0.00 0.00", [
        Item("送戏下乡专项经费", "20.00 20.00 0.00 0.00", "组织剧团送戏下乡。", [("11", "送戏下乡场次", "≥60场", "≥60场")]),
        Item("文化场馆维修养护经费", "8.00 8.00 0.00 0.00", "保障文化场馆设施完好。",
             [("11", "维修场馆个数", "≥4个", "≥4个")])]),
    Unit("枫岭县图书馆", "12.00 12.00 0.00 0.00", [
        Item("图书馆免费开放经费", "12.00 12.00 0.00 0.00", "保障图书馆全年免费开放。",
             [("11", "全年开放天数", "≥300天", "≥300天")])]),
]


@pytest.fixture(scope="module")
def liuchuan(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("unl44_liuchuan")
    _three_costs(folder / "柳川市2025年部门三公经费预算表.xlsx")
    (folder / "柳川市水务局2025年项目支出绩效目标表.txt").write_text(
        render("柳川市水务局", "96.40 96.40 0.00 0.00", _WATER), encoding="utf-8")
    (folder / "枫岭县文化体育局2025年项目支出绩效目标表.txt").write_text(
        render("枫岭县文化体育局", "40.00 40.00 0.00 0.00", _CULTURE), encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder])


# --- 1. a department that is only a line of a table of every department ----------------------------------------


@pytest.mark.parametrize("question", ["柳川市民政局有哪些项目", "民政局有哪些项目", "柳川市民政局的项目"])
def test_a_line_of_every_departments_table_is_no_list_of_projects(liuchuan: Engine, question: str) -> None:
    a = converse(liuchuan, question)
    assert a.status != ANSWERED, a.text
    assert "4.6" not in a.text and "0.6" not in a.text, a.text
    assert "柳川市水务局" in a.text, a.text  # which of the place's departments are loaded


def test_the_line_still_answers_what_it_is_of(liuchuan: Engine) -> None:
    a = converse(liuchuan, "柳川市民政局三公经费多少")
    assert a.status == ANSWERED, a.text
    assert "4.6" in a.text


def test_a_loaded_departments_projects_still_listed(liuchuan: Engine) -> None:
    a = converse(liuchuan, "柳川市水务局有哪些项目")
    assert a.status == ANSWERED, a.text
    assert "河湖长制巡查经费" in a.text and "农村供水维修养护经费" in a.text


# --- 2. which tables are loaded ----------------------------------------------------------------------------------


@pytest.mark.parametrize("question", ["你这里都有哪些部门的表", "有哪些表", "都能查哪些单位", "知识库里的表有哪些"])
def test_which_tables_are_loaded(liuchuan: Engine, question: str) -> None:
    a = converse(liuchuan, question)
    assert a.status == ANSWERED, a.text
    for name in ("柳川市水务局", "枫岭县文化体育局", "三公"):
        assert name in a.text, a.text
    assert "图书馆免费开放" not in a.text and "资金使用单位" not in a.text, a.text


@pytest.mark.parametrize("question", ["有哪些柳川的表", "柳川的表有哪些"])
def test_which_tables_of_a_place_are_loaded(liuchuan: Engine, question: str) -> None:
    a = converse(liuchuan, question)
    assert a.status == ANSWERED, a.text
    assert "柳川市水务局" in a.text and "三公" in a.text, a.text
    assert "枫岭" not in a.text, a.text


def test_a_departments_units_still_counted(liuchuan: Engine) -> None:
    a = converse(liuchuan, "枫岭县文化体育局有几个单位")
    assert a.status == ANSWERED, a.text
    assert "枫岭县图书馆" in a.text


# --- 3. one department across its tables -------------------------------------------------------------------------


def test_its_project_total_after_its_line_of_the_places_table(liuchuan: Engine) -> None:
    a = converse(liuchuan, "柳川市水务局2025年三公经费", "它的项目支出呢")
    assert a.status == ANSWERED, a.text
    assert "96.40" in a.text, a.text


def test_units_counted_follow_up_counts_the_other_departments_units(liuchuan: Engine) -> None:
    a = converse(liuchuan, "枫岭县文化体育局有几个单位", "柳川市水务局呢")
    assert a.status == ANSWERED, a.text
    assert "资金使用单位共 1 个" in a.text, a.text


def test_one_departments_figures_of_two_tables_together(liuchuan: Engine) -> None:
    a = converse(liuchuan, "柳川市水务局项目支出和三公经费分别多少")
    assert a.status == ANSWERED, a.text
    assert "96.40" in a.text and "34.9" in a.text, a.text


def test_an_item_said_once_for_two_departments(liuchuan: Engine) -> None:
    a = converse(liuchuan, "柳川市水务局和枫岭县文化体育局的维修养护经费各多少")
    assert a.status == ANSWERED, a.text
    assert "57.90" in a.text and "8.00" in a.text, a.text


# --- 4. a department of a loaded place not loaded ----------------------------------------------------------------


@pytest.mark.parametrize("question", ["枫岭县民政局三公经费多少", "枫岭民政局有哪些项目", "枫岭县教育局经费多少"])
def test_a_loaded_places_department_not_loaded_is_unknown(liuchuan: Engine, question: str) -> None:
    a = converse(liuchuan, question)
    assert a.status != ANSWERED, a.text
    assert "4.6" not in a.text and "柳川市民政局" not in a.text, a.text  # never another place's line of that bureau
    assert "枫岭县文化体育局" in a.text, a.text  # which of the place's departments are loaded
