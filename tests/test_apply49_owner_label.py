"""A 项目申报表 names its department by 主管部门 as often as by 项目主管部门, and some print it only in the
填报单位（盖章）：X line above the form: either is the department, so the workbook loads (a missing department is an
error that fails the whole load)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from bot.ingest.layouts import read_workbook

_FORM = Path(__file__).resolve().parent / "data" / "general48" / "贵州省湄潭县农业农村局2026年茶产业提质增效项目申报表.xlsx"


def _relabelled(tmp_path: Path, old: str, new: str | None) -> Path:
    """The application form with its 主管部门 row's label replaced (or the row's two cells emptied)."""
    wb = openpyxl.load_workbook(_FORM)
    ws = wb.active
    assert ws is not None
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == old:
                cell.value = new
                right = [c for c in row if c.column > cell.column and c.value is not None]
                if new is None and right:
                    right[0].value = None  # (the department's name beside it, too)
    out = tmp_path / "form.xlsx"
    wb.save(out)
    return out


@pytest.mark.parametrize(("old", "new"), [("主管部门", "主管部门"), ("主管部门", "项目主管部门"), ("主管部门", None)])
def test_the_department_of_an_application(tmp_path: Path, old: str, new: str | None) -> None:
    path = _relabelled(tmp_path, old, new)
    doc = read_workbook(str(path), path.read_bytes())
    assert doc is not None and doc.department == "湄潭县农业农村局", doc and doc.department
    assert not [i for i in doc.issues if i.level == "error"], doc.issues
    assert [p.name for p in doc.projects] == ["湄潭县茶产业提质增效项目"]


def test_the_years_budget_labelled_with_its_year_is_the_projects_amount(tmp_path: Path) -> None:
    """项目当年（2026年）预算 is 项目当年预算 with its year inside: the project's amount of the table's year."""
    doc = read_workbook(str(_FORM), _FORM.read_bytes())
    assert doc is not None and doc.projects[0].amounts.total == 1560, doc and doc.projects[0].amounts
