"""Tables whose rows are departments (rows45), on tables generated here with names and figures of their own.

Class: "临湘哪个部门项目支出决算最多": a place's short name before 哪个部门 / 哪些部门 / 所有部门, where the place's
own table lists its departments as rows and only one of its bureaus has a table of its own, was read as that one
bureau (nothing to ask "which" of); it is the place's table of departments.

Class: "项目支出预算最多的部门": a column label printed with its year (项目支出2025年预算数), said without it, counted
the year among what was not said, and lost to another table's label one word longer (项目支出明细预算, a project
application's); a label's year is no part of what a question says of it.

Class: "项目支出差额合计": a column only one table prints, said with 合计 (every table's word), was taken as
naming no one department's column, and the typed question back (which department) stood over that table's 合计.

Class: "基本支出最多的是哪个部门", "项目支出执行率最高的是哪一个部门": the asking word and its kind said after 的是
("…的是哪个部门") were read as an organisation named that no table loads (foreign), so the facts gave nothing and
the typed reading ranked the departments' whole budgets instead of the column asked. The kind asked over, with
its asking word, names no organisation: the column named is compared over the table's department rows (never its
合计 row)."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, Engine

_SAMPLES = Path(__file__).resolve().parent / "data" / "samples"

# (department, 基本 预算, 基本 决算, 基本 差额, 基本 执行率, 项目 预算, 项目 决算, 项目 差额, 项目 执行率)
_ROWS = [
    ("枫桥市教育局", 900.00, 880.00, -20.00, "97.78%", 600.00, 420.00, -180.00, "70.00%"),
    ("枫桥市水利局", 120.00, 126.00, 6.00, "105.00%", 300.00, 285.00, -15.00, "95.00%"),
    ("枫桥市司法局", 80.00, 81.60, 1.60, "102.00%", 40.00, 30.00, -10.00, "75.00%"),
    ("枫桥市档案馆", 30.00, 29.00, -1.00, "96.67%", 10.00, 8.00, -2.00, "80.00%"),
]


def _comparison(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "预决算对比"
    ws.append(["枫桥市2025年部门预算与决算对比表"] + [None] * 9)
    ws.append(["单位：万元"] + [None] * 9)
    ws.append(["序号", "部门名称", "基本支出", None, None, None, "项目支出", None, None, None])
    ws.append([None, None, "2025年预算数", "2025年决算数", "差额", "执行率", "2025年预算数", "2025年决算数", "差额", "执行率"])
    for i, row in enumerate(_ROWS, 1):
        ws.append([i, *row])
    ws.append([None, "合计", 1130.00, 1116.60, -13.40, "98.81%", 950.00, 743.00, -207.00, "78.21%"])
    for cells in ("A1:J1", "A2:J2", "A3:A4", "B3:B4", "C3:F3", "G3:J3"):
        ws.merge_cells(cells)
    wb.save(path)


@pytest.fixture(scope="module")
def fengqiao(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("rows45_fengqiao")
    _comparison(folder / "枫桥市2025年部门预算与决算对比表.xlsx")
    # another department's project table, whose projects are no departments to compare
    units = [Unit("柳川县农业农村局本级", "5000.00 5000.00 0.00 0.00", [
        Item("高标准农田建设项目", "5000.00 5000.00 0.00 0.00", "建设高标准农田。",
             [("11", "新建高标准农田面积", "≥2万亩", "≥2万亩")])])]
    (folder / "liuchuan_nyj_2025_project_targets.txt").write_text(
        render("柳川县农业农村局", "5000.00 5000.00 0.00 0.00", units), encoding="utf-8")
    # one bureau of the place with a table of its own, beside the place's table of all its departments
    water = [Unit("枫桥市水利局本级", "300.00 300.00 0.00 0.00", [
        Item("河道清淤工程经费", "300.00 300.00 0.00 0.00", "清淤河道。",
             [("11", "清淤河道长度", "≥12公里", "≥12公里")])])]
    (folder / "fengqiao_slj_2025_project_targets.txt").write_text(
        render("枫桥市水利局", "300.00 300.00 0.00 0.00", water), encoding="utf-8")
    # a project application whose column 项目支出明细预算 lists projects, no departments
    shutil.copy(_SAMPLES / "wuhan_donghu_rsj_2020_project_application.xlsx", folder)
    return engine_over(folder / "kb.sqlite", [folder])


@pytest.mark.parametrize(("question", "department", "figure"), [
    ("项目支出执行率最高的是哪个部门", "枫桥市水利局", "95.00%"),
    ("项目支出执行率最低的是哪一个部门", "枫桥市教育局", "70.00%"),
    ("基本支出执行率最高的是哪个部门", "枫桥市水利局", "105.00%"),
    ("基本支出决算最多的是哪个部门", "枫桥市教育局", "880"),
])
def test_a_column_compared_over_the_department_rows_asked_with_which_department(
        fengqiao: Engine, question: str, department: str, figure: str) -> None:
    a = converse(fengqiao, question)
    assert a.status == ANSWERED, a.text
    assert department in a.text and figure in a.text, a.text
    assert "柳川" not in a.text and "合计" not in a.text.split("（")[0], a.text


@pytest.mark.parametrize(("question", "department", "figure"), [
    ("枫桥哪个部门项目支出决算最多", "枫桥市教育局", "420"),
    ("枫桥哪个部门基本支出执行率最低", "枫桥市档案馆", "96.67%"),
])
def test_the_place_asked_which_department_is_its_table_of_departments_not_its_one_bureau(
        fengqiao: Engine, question: str, department: str, figure: str) -> None:
    a = converse(fengqiao, question)
    assert a.status == ANSWERED, a.text
    assert department in a.text and figure in a.text, a.text


def test_the_bureau_said_after_its_place_is_still_that_bureau(fengqiao: Engine) -> None:
    a = converse(fengqiao, "枫桥水利局河道清淤工程经费多少")
    assert a.status == ANSWERED and "300" in a.text, a.text


@pytest.mark.parametrize(("question", "wanted"), [
    ("项目支出预算最多的部门", ["枫桥市教育局", "600"]),
    ("项目支出预算最少的部门", ["枫桥市档案馆", "10"]),
    ("全市项目支出预算合计", ["950"]),
])
def test_a_label_said_without_its_year_is_said_as_much_as_one_said_with_a_word_less(
        fengqiao: Engine, question: str, wanted: list[str]) -> None:
    a = converse(fengqiao, question)
    assert a.status == ANSWERED, a.text
    assert all(w in a.text for w in wanted) and "项目支出明细预算" not in a.text, a.text


@pytest.mark.parametrize(("question", "figure"), [("项目支出差额合计", "-207"), ("基本支出决算合计", "1116.6")])
def test_a_total_said_beside_one_tables_column_asks_no_department(fengqiao: Engine, question: str, figure: str) -> None:
    a = converse(fengqiao, question)
    assert a.status == ANSWERED, a.text
    assert figure in a.text, a.text


def test_an_organisation_not_loaded_is_still_foreign(fengqiao: Engine) -> None:
    a = converse(fengqiao, "松岭市审计局项目支出执行率是多少")
    assert "松岭市审计局" not in a.text or a.status != ANSWERED, a.text
    assert not any(d in a.text and a.status == ANSWERED for d, *_ in _ROWS), a.text
