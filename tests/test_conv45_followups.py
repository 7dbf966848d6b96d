"""Follow-ups stay within what the conversation is about.

- "X起止年限" → "执行单位呢" of a workbook of one application per sheet: the field of the sheet just answered,
  never the first sheet that prints the label.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over
from test_dev44a_applications import _workbook

from bot.engine import Engine


@pytest.fixture(scope="module")
def applications(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("conv45")
    path = _workbook(folder / "青石县水利局2026年项目申报表.xlsx")
    return engine_over(folder / "kb.sqlite", [path])


@pytest.mark.parametrize(("first", "unit", "other"), [
    ("饮水安全起止年限", "青石县水利局", "青石县水利工程建设中心"),
    ("青石河堤防起止年限", "青石县水利工程建设中心", "青石县水利局"),
])
def test_field_follow_up_stays_on_the_sheet(applications: Engine, first: str, unit: str, other: str) -> None:
    answer = converse(applications, first, "执行单位呢")
    assert answer.status == "answered", answer.text
    assert f"执行单位：{unit}" in answer.text and f"执行单位：{other}" not in answer.text


ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def rows_and_projects(tmp_path_factory) -> Engine:
    """临湘's table naming each unit only as a row, beside departments whose projects have indicators."""
    folder = tmp_path_factory.mktemp("conv45rows")
    samples = sorted((ROOT / "tests" / "data" / "samples").glob("*.xlsx"))
    return engine_over(folder / "kb.sqlite", [ROOT / "knowledge", *samples, ROOT / "tests" / "data" / "general44"])


def test_indicator_of_a_row_pointed_at_is_not_held(rows_and_projects: Engine) -> None:
    """它 is the unit just answered as a row of a table: an indicator it does not print is not held, never a
    choice among other departments' projects that have it."""
    answer = converse(rows_and_projects, "临湘人社局项目支出执行率", "它的城镇新增就业人数目标呢")
    assert answer.status == "unknown", answer.text
    assert "临湘市人力资源和社会保障局" in answer.text and "渝中" not in answer.text
    # what the row does print is still its own line
    answer = converse(rows_and_projects, "临湘人社局项目支出执行率", "它的项目支出决算数呢")
    assert answer.status == "answered" and "2382.76" in answer.text, answer.text


def test_project_in_focus_asked_of_a_row(rows_and_projects: Engine) -> None:
    """这个 is the project in focus: a unit named only as a row of another table does not have it, never
    that row's figures instead."""
    answer = converse(rows_and_projects, "信访超市经费", "临湘信访局有没有这个 多少钱")
    assert answer.status == "unknown", answer.text
    assert "155.52" not in answer.text and "68" not in answer.text



@pytest.mark.parametrize(("turns", "said"), [
    (["黄盖湖明细有哪些"], ["退化湿地植被恢复", "湿地巡护监测设施", "湿地科普宣教"]),
    (["黄盖湖明细有哪些", "第二项多少钱"], ["湿地巡护监测设施", "52"]),
])
def test_lines_listed_under_a_project(rows_and_projects: Engine, turns, said) -> None:
    """"X明细有哪些": the lines the application lists under the project (so 第二项 points into them), never
    the project's total for a list asked."""
    answer = converse(rows_and_projects, *turns)
    assert answer.status == "answered", answer.text
    for word in said:
        assert word in answer.text
    assert "总计" not in answer.text


@pytest.mark.parametrize("question", ["申报表几个项目加起来多少", "申报表几个项目2026年加起来一共多少"])
def test_projects_counted_and_added_up(applications: Engine, question: str) -> None:
    """"几个项目加起来多少": the projects counted are added up; their sum is what is asked, never the count alone."""
    answer = converse(applications, question)
    assert answer.status == "answered", answer.text
    assert "380" in answer.text, answer.text


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("青石河堤防三年加固多少", "10公里", "总计"),
    ("青石河堤防多少钱", "300", "10公里"),
])
def test_quantity_stated_in_the_goal(applications: Engine, question: str, said: str, unsaid: str) -> None:
    """"储备林五年建多少": the words asked are the goal's, with a quantity after them (三年加固堤防10公里): that
    sentence answers, not the project's money; the money asked stays the money."""
    answer = converse(applications, question)
    assert answer.status == "answered", answer.text
    assert said in answer.text and unsaid not in answer.text, answer.text
