"""Classes of blind_44 (dev44b), on tables generated here with names and figures of their own.

Classes: a text 项目支出绩效目标表 whose title says no year takes it from its file name ("…2026年项目支出绩效目标表.txt"),
so a department's tables of one year are one department; a loaded department's name said with a column only a
city's 部门预算与决算对比表 prints (决算, 执行率, 差额, its year) asks its row of that table, not its own tables; the
place's short name said before a row of its table ("枫溪财政局") is the place, not also each loaded bureau of it;
"百分之百" is 100%; a 项目申报表 beside the department's table of budgeted projects is not counted, listed or ranked
among its projects unless 申报 is said; which projects
have a source of funds, where the table leaves the third amount's column unsaid, shows each one's amount."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over, set_cells
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, Engine
from bot.ingest.text import parse_text
from bot.language.normalize import normalize

DATA = Path(__file__).resolve().parent / "data"

_UNITS = [
    Unit("枫溪县农业局本级", "70.00 60.00 0.00 10.00", [
        Item("高标准农田建设经费", "50.00 40.00 0.00 10.00", "建设高标准农田，提升耕地质量。",
             [("11", "建设农田面积", "≥2000亩", "≥2000亩")]),
        Item("农技推广经费", "20.00 20.00 0.00 0.00", "开展农技推广培训。",
             [("11", "培训人次", "≥300人次", "≥300人次")]),
    ]),
    Unit("枫溪县农业机械安全监理站", "8.50 8.50 0.00 0.00", [
        Item("农机安全检验经费", "8.50 8.50 0.00 0.00", "开展农机年度安全检验。",
             [("11", "检验农机台数", "≥500台", "≥500台")]),
    ]),
]

# the third amount of a line of three, its column not said (财政专户拨款 or 其他资金)
_THREE = [
    Unit("枫溪县农业局本级", "70.00 60.00 10.00", [
        Item("高标准农田建设经费", "50.00 40.00 10.00", "建设高标准农田，提升耕地质量。",
             [("11", "建设农田面积", "≥2000亩", "≥2000亩")]),
        Item("农技推广经费", "20.00 20.00", "开展农技推广培训。", [("11", "培训人次", "≥300人次", "≥300人次")]),
    ]),
]

# 序号, 部门名称, 基本支出 预算/决算/差额/执行率, 项目支出 预算/决算/差额/执行率
_ROWS = [
    (1, "枫溪县教育局", 900.5, 890.25, -10.25, "98.86%", 700.4, 600.3, -100.1, "85.71%"),
    (2, "枫溪县农业局", 310.2, 305.1, -5.1, "98.36%", 420.6, 388.8, -31.8, "92.44%"),
    (3, "枫溪县财政局", 120.7, 123.9, 3.2, "102.65%", 95.3, 81.6, -13.7, "85.62%"),
    (4, "枫溪县水利局", 260.1, 250.4, -9.7, "96.27%", 510.9, 430.2, -80.7, "84.20%"),
]


def _comparison(path: Path) -> None:
    """A county's 部门预算与决算对比表: two header rows with merged cells, a row per bureau, a 合计 row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "预决算对比"
    ws.append(["枫溪县2025年部门预算与决算对比表"] + [None] * 9)
    ws.append(["单位：万元"] + [None] * 9)
    ws.append(["序号", "部门名称", "基本支出", None, None, None, "项目支出", None, None, None])
    ws.append([None, None, "2025年预算数", "2025年决算数", "差额", "执行率", "2025年预算数", "2025年决算数", "差额", "执行率"])
    for row in _ROWS:
        ws.append(list(row))
    ws.append([None, "合计", 1591.5, 1569.65, -21.85, "98.63%", 1727.2, 1500.9, -226.3, "86.90%"])
    for cells in ("A1:J1", "A2:J2", "A3:A4", "B3:B4", "C3:F3", "G3:J3"):
        ws.merge_cells(cells)
    wb.save(path)


def _application(path: Path) -> None:
    """A 项目申报表 of 2026 of the same bureau (the published layout made over)."""
    shutil.copyfile(DATA / "samples" / "wuhan_donghu_rsj_2020_project_application.xlsx", path)
    set_cells(path, {"A1": "2026年项目申报表", "C2": "智慧农业示范园项目", "C3": "枫溪县农业局", "F3": "枫溪县农业局",
                     "C8": 900, "F8": 300})


@pytest.fixture(scope="module")
def fengxi(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("dev44b_fengxi")
    text = render("枫溪县农业局", "78.50 68.50 0.00 10.00", _UNITS)
    (folder / "枫溪县农业局2026年项目支出绩效目标表.txt").write_text(text, encoding="utf-8")
    _comparison(folder / "枫溪县2025年部门预算与决算对比表.xlsx")
    _application(folder / "枫溪县农业局2026年项目申报表.xlsx")
    # another department of a short name the county's table has a row of (财政局)
    shutil.copy(DATA / "samples" / "putuo_czj_2024_final_accounts.pdf", folder / "putuo_czj_2024_final_accounts.pdf")
    return engine_over(folder / "kb.sqlite", [folder])


# --- 1. the year of a text table from its file name ------------------------------------------------------------


def test_a_text_tables_year_comes_from_its_file_name_when_the_title_has_none() -> None:
    text = render("枫溪县农业局", "78.50 68.50 0.00 10.00", _UNITS)
    assert parse_text(text, "x/枫溪县农业局2026年项目支出绩效目标表.txt").year == 2026
    assert parse_text(text, "x/targets.txt").year is None


def test_the_titles_year_wins_over_the_file_names() -> None:
    text = render("枫溪县农业局", "78.50 68.50 0.00 10.00", _UNITS, title="2025年项目支出绩效目标表")
    assert parse_text(text, "x/枫溪县农业局2026年项目支出绩效目标表.txt").year == 2025


def test_a_departments_tables_of_one_year_are_one_department(fengxi: Engine) -> None:
    names = {d["department_name"] for d in fengxi.kb.documents.values()}
    assert "枫溪县农业局" in names
    years = {d["year"] for d in fengxi.kb.documents.values() if d["department_name"] == "枫溪县农业局"}
    assert years == {2026}


# --- 2. a loaded bureau's row of the county's table, asked by a column only that table prints -------------------


@pytest.mark.parametrize(("question", "right"), [("农业局2025年项目支出决算多少", "388.8"),
                                                 ("农业局25年基本支出预算", "310.2"),
                                                 ("农业局基本支出执行率", "98.36%"),
                                                 ("枫溪县农业局2025年项目支出执行率", "92.44%")])
def test_a_bureaus_row_of_the_county_table_is_asked_by_its_columns(fengxi: Engine, question: str, right: str) -> None:
    a = converse(fengxi, question)
    assert a.status == ANSWERED, a.text
    assert right in a.text


def test_the_bureaus_own_table_still_answers_its_own_words(fengxi: Engine) -> None:
    a = converse(fengxi, "农业局高标准农田建设经费多少")
    assert a.status == ANSWERED, a.text
    assert "50.00" in a.text


@pytest.mark.parametrize("question", ["高标准农田建设2025年决算多少", "高标准农田建设2025年多少"])
def test_a_year_the_projects_tables_lack_is_not_answered_by_them(fengxi: Engine, question: str) -> None:
    a = converse(fengxi, question)  # (the county's table is of 2025; the bureau's own tables of 2026)
    assert a.status != ANSWERED and "50.00" not in a.text, a.text
    assert "2025" in a.text


# --- 3. the place said short before a row of its own table -----------------------------------------------------


def test_the_place_said_before_a_row_of_its_table_is_the_place(fengxi: Engine) -> None:
    a = converse(fengxi, "枫溪财政局2025年项目支出决算")
    assert a.status == ANSWERED, a.text
    assert "81.6" in a.text and "388.8" not in a.text


# --- 4. 百分之百 ------------------------------------------------------------------------------------------------


def test_one_hundred_percent_said_in_words() -> None:
    assert normalize("执行率超过百分之百的部门") == "执行率超过100%的部门"
    assert normalize("百分之八十") == "80%"


# --- 5. an application table beside the budgeted projects' table ----------------------------------------------


def test_projects_are_counted_over_the_budgeted_table(fengxi: Engine) -> None:
    a = converse(fengxi, "农业局一共几个项目")
    assert a.status == ANSWERED, a.text
    assert "3 个" in a.text


def test_the_largest_project_is_a_budgeted_one(fengxi: Engine) -> None:
    a = converse(fengxi, "农业局哪个项目钱最多")
    assert a.status == ANSWERED, a.text
    assert "高标准农田建设经费" in a.text and "智慧农业" not in a.text


def test_which_projects_have_an_unsaid_sources_amount_shows_each_amount(tmp_path: Path) -> None:
    (tmp_path / "枫溪县农业局2026年项目支出绩效目标表.txt").write_text(
        render("枫溪县农业局", "70.00 60.00 10.00", _THREE), encoding="utf-8")
    a = converse(engine_over(tmp_path / "kb.sqlite", [tmp_path]), "农业局哪些项目有其他资金")
    assert a.status == ANSWERED, a.text
    assert "高标准农田建设经费 10.00" in a.text and "农技推广经费 " not in a.text


def test_the_application_is_listed_when_asked(fengxi: Engine) -> None:
    a = converse(fengxi, "农业局申报表里有哪些项目")
    assert "智慧农业示范园项目" in a.text, a.text
