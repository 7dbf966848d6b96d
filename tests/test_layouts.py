"""Spreadsheet layouts (bot.ingest.layouts) against hand-checked expected content of three published workbooks.

The workbooks are copies of /work/shared/samples (SSTQA-zh, MIT); each *.expected.json was written from
the cells (coordinates in its "_about"), not from the reader's output.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest

from bot.ingest.layouts import (
    DEPARTMENT_TARGETS,
    LAYOUTS,
    PROJECT_APPLICATION,
    SELF_EVALUATION,
    detect,
    read_workbook,
)
from bot.model import LoadError

SAMPLES = Path(__file__).resolve().parent / "data" / "samples"
CASES = {
    "zhanjiang_rsj_2024_department_targets": DEPARTMENT_TARGETS,
    "wuhan_donghu_rsj_2020_project_application": PROJECT_APPLICATION,
    "chongqing_yuzhong_2021_project_self_evaluation": SELF_EVALUATION,
}


def _load(name: str):
    data = (SAMPLES / f"{name}.xlsx").read_bytes()
    expected = json.loads((SAMPLES / f"{name}.expected.json").read_text(encoding="utf-8"))
    return data, expected


@pytest.mark.parametrize("name", CASES)
def test_detect_by_content(name):
    wb = openpyxl.load_workbook(SAMPLES / f"{name}.xlsx", data_only=True)
    assert detect(wb) == CASES[name]


@pytest.mark.parametrize("name", CASES)
def test_read_matches_expected(name):
    data, exp = _load(name)
    doc = read_workbook(f"{name}.xlsx", data)
    assert doc.layout == exp["layout"] == CASES[name]
    assert doc.department == exp["department"]
    assert doc.unit == "万元"
    assert doc.year == exp["year"]
    assert doc.title == exp["title"]
    assert doc.total.as_dict() == pytest.approx(exp["total"])
    assert doc.total.as_dict().keys() == exp["total"].keys()
    assert [p.name for p in doc.projects] == [p["name"] for p in exp["projects"]]
    for project, want in zip(doc.projects, exp["projects"], strict=True):
        assert project.kind == want["kind"], project.name
        assert project.line == want["line"], project.name
        assert project.unit == want["unit"], project.name
        assert project.amounts.as_dict() == pytest.approx(want["amounts"]), project.name
        assert project.amounts.as_dict().keys() == want["amounts"].keys(), project.name
        for part in want["goal_contains"]:
            assert part in project.goal, (project.name, part)
        assert len(project.indicators) == len(want["indicators"]), project.name
        for seq, (ind, w) in enumerate(zip(project.indicators, want["indicators"], strict=True), start=1):
            got = {
                "line": ind.line,
                "level1": ind.level1,
                "level2": ind.level2,
                "name": ind.name,
                "period_value": ind.period_value,
                "annual_value": ind.annual_value,
            }
            if ind.actual_value is not None:
                got["actual_value"] = ind.actual_value
            assert got == w
            assert (ind.group, ind.seq) == (1, seq)
    # Every issue is a warning with a sheet row; the expected ones are there, and nothing else.
    assert all(i.level == "warning" for i in doc.issues)
    assert len(doc.issues) == len(exp["warnings"]), [str(i) for i in doc.issues]
    for line, text in exp["warnings"]:
        assert any(i.line == line and text in i.message for i in doc.issues), (line, text)


def test_counts():
    counts = {}
    for name in CASES:
        data, _ = _load(name)
        doc = read_workbook(name, data)
        counts[name] = (len(doc.projects), doc.indicator_count)
    assert counts == {
        "zhanjiang_rsj_2024_department_targets": (4, 19),
        "wuhan_donghu_rsj_2020_project_application": (1, 13),
        "chongqing_yuzhong_2021_project_self_evaluation": (1, 16),
    }


def test_no_greater_equal_variants_left():
    for name in CASES:
        data, _ = _load(name)
        doc = read_workbook(name, data)
        for p in doc.projects:
            for i in p.indicators:
                assert "\u2267" not in i.annual_value and "\u2266" not in i.annual_value


def _unrelated_workbook() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "员工通讯录"
    ws["A2"], ws["B2"] = "姓名", "电话"
    ws["A3"], ws["B3"] = "张三", 12345
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_unrelated_workbook_is_not_detected():
    data = _unrelated_workbook()
    assert detect(openpyxl.load_workbook(io.BytesIO(data), data_only=True)) is None
    with pytest.raises(LoadError) as err:
        read_workbook("项目支出绩效自评表.xlsx", data)  # a name that promises a layout does not help
    issues = err.value.issues
    assert len(issues) == 1 and issues[0].level == "error" and issues[0].line == 0
    for layout in LAYOUTS:
        assert layout in issues[0].message
    assert "支持" in issues[0].message


def test_not_a_workbook_is_a_load_error():
    with pytest.raises(LoadError):
        read_workbook("x.xlsx", b"not a zip file")


@pytest.mark.parametrize("name", CASES)
def test_misleading_file_name(name, tmp_path):
    data, exp = _load(name)
    others = [n for n in CASES if n != name]
    target = tmp_path / f"{others[0]}.xlsx"  # another layout's name
    target.write_bytes(data)
    doc = read_workbook(str(target), target.read_bytes())
    assert doc.layout == CASES[name]
    assert doc.department == exp["department"]
    assert detect(openpyxl.load_workbook(target, data_only=True)) == CASES[name]


def test_detect_finds_layout_on_a_later_sheet():
    wb = openpyxl.load_workbook(SAMPLES / "chongqing_yuzhong_2021_project_self_evaluation.xlsx")
    cover = wb.create_sheet("封面", 0)
    cover["A1"] = "目录"
    buf = io.BytesIO()
    wb.save(buf)
    doc = read_workbook("with-cover.xlsx", buf.getvalue())
    assert doc.layout == SELF_EVALUATION
    assert doc.indicator_count == 16


def test_unit_in_yuan_is_converted():
    wb = openpyxl.load_workbook(SAMPLES / "wuhan_donghu_rsj_2020_project_application.xlsx")
    ws = wb.active
    ws["F10"] = "金额（元）"
    ws["F25"] = "金额（元）"
    for cell in ("F11", "F12", "F13", "F26"):
        ws[cell] = 67300000
    ws["F8"] = 67300000
    buf = io.BytesIO()
    wb.save(buf)
    doc = read_workbook("yuan.xlsx", buf.getvalue())
    assert doc.projects[0].amounts.as_dict() == pytest.approx(
        {"total": 6730.0, "fiscal_appropriation": 6730.0}
    )
    assert any("换算为万元" in i.message for i in doc.issues)
