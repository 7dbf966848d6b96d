"""The 部门整体支出绩效目标表 class read whole, whatever its labels: a table whose key tasks are headed
年度重点任务 (or 重点工作任务) is the department-overall layout, not a general table; its department is the cell
its 部门名称 / 单位名称 label names (never the file's title); the indicator rows under a 三级指标 header merged
over two columns are rows of data, not more header; and a per-head figure over a table printing two head
counts that differ (编制 and 实有) is not given.

Two tables of the class are tested: the published 婺源 table (tests/data/general49) and a fixture built here
of another shape (单位名称, 编制人数/在职人数, a budget under two header rows, 重点工作任务, its file named by
no organisation). Expected figures are read from the rows written, never typed twice."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from bot.engine import Engine, Session
from bot.ingest.grid import read_general
from bot.ingest.layouts import DEPARTMENT_TARGETS, read_workbook

ROOT = Path(__file__).resolve().parent.parent
WUYUAN = ROOT / "tests" / "data" / "general49" / "江西省婺源县自然资源局2025年部门整体支出绩效目标表.xlsx"
ZHANJIANG = ROOT / "tests" / "data" / "samples" / "zhanjiang_rsj_2024_department_targets.xlsx"

DEPARTMENT = "青川县水利局"
STAFF = {"编制人数": 42, "在职人数": 38}
BUDGET = {"资金总额": 1280.5, "基本支出": 610.5, "项目支出": 670.0, "财政拨款": 1200.5, "其他资金": 80.0}
TASKS = {"河道堤防日常维护": 260.0, "小型水库除险加固": 330.0, "农村饮水安全巡查": 80.0}
INDICATORS = [  # (一级, 二级, 三级, 指标值)
    ("产出指标", "数量指标", "维护堤防长度", "≥45公里"),
    (None, None, "完成除险加固水库", "6座"),
    (None, "时效指标", "汛前隐患整改完成时间", "5月31日前"),
    (None, "成本指标", "部门整体支出控制数", "≤1280.5万元"),
    ("效益指标", "社会效益指标", "农村集中供水率", "≥92%"),
    (None, "生态效益指标", "河道水质达标率", "100%"),
    ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%"),
]


def _fixture(path: Path, key_tasks: str = "重点工作任务") -> Path:
    """A 部门整体支出绩效目标表 of another shape than 婺源's: 单位名称, staff as 编制人数/在职人数, the budget
    under two header rows (支出性质 / 资金来源 over their columns), 三级指标 merged over two columns."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "目标表"
    ws.append(["2025年度部门整体支出绩效目标表"])
    ws.append(["金额单位：万元"])
    ws.append(["单位名称", DEPARTMENT])
    ws.append(["人员情况", "编制人数", STAFF["编制人数"], "在职人数", STAFF["在职人数"]])
    ws.append(["年度预算", "资金总额", "按支出性质分", None, "按资金来源分", None])
    ws.append([None, None, "基本支出", "项目支出", "财政拨款", "其他资金"])
    ws.append([None, *BUDGET.values()])
    ws.append(["年度总体目标", "目标1：堤防巡查维护全覆盖。\n目标2：完成6座小型水库除险加固。"])
    ws.append([key_tasks, "任务名称", "主要内容", None, "预算金额（万元）", "期望达到的目标"])
    contents = ("堤防除险、护岸修复、巡堤查险", "大坝防渗、溢洪道改造", "水源地巡查、水质抽检")
    for (name, money), content in zip(TASKS.items(), contents, strict=True):
        ws.append([None, name, content, None, money, "安全度汛"])
    ws.append([None, "合计", None, None, sum(TASKS.values()), None])
    head = ws.max_row + 1
    ws.append(["年度绩效指标", "一级指标", "二级指标", "三级指标", None, "指标值"])
    for l1, l2, l3, value in INDICATORS:
        ws.append([None, l1, l2, l3, None, value])
    for r in range(9, head + len(INDICATORS) + 1):
        ws.merge_cells(start_row=r, end_row=r, start_column=4 if r >= head else 3, end_column=5 if r >= head else 4)
    ws.merge_cells("A1:F1")
    ws.merge_cells("C5:D5")
    ws.merge_cells("E5:F5")
    ws.merge_cells("B5:B6")
    ws.merge_cells(start_row=5, end_row=7, start_column=1, end_column=1)
    ws.merge_cells(start_row=9, end_row=head - 1, start_column=1, end_column=1)
    ws.merge_cells(start_row=head, end_row=head + len(INDICATORS), start_column=1, end_column=1)
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def fixture_path(tmp_path_factory) -> Path:
    # (named by no organisation: the department is the 单位名称 cell's, never the file's)
    return _fixture(tmp_path_factory.mktemp("dept50") / "2025年部门整体支出绩效目标表（水利）.xlsx")


@pytest.mark.parametrize("key_tasks", ["重点工作任务", "年度重点任务", "年度重点工作任务"])
def test_a_department_overall_table_is_read_as_one_whatever_its_task_heading(tmp_path, key_tasks):
    path = _fixture(tmp_path / "t.xlsx", key_tasks)
    doc = read_workbook(str(path), path.read_bytes())
    assert doc is not None and doc.layout == DEPARTMENT_TARGETS, doc and doc.layout
    assert doc.department == DEPARTMENT
    assert {p.name: p.amounts.total for p in doc.projects if p.kind == "task"} == TASKS  # (合计 is no task)
    department = next(p for p in doc.projects if p.kind == "department")
    assert [i.name for i in department.indicators] == [row[2] for row in INDICATORS]
    assert doc.total.total == BUDGET["资金总额"] and doc.total.other == BUDGET["其他资金"]


def test_the_wuyuan_table_is_named_by_its_label_not_its_file_title():
    doc = read_workbook(str(WUYUAN), WUYUAN.read_bytes())
    assert doc is not None and doc.layout == DEPARTMENT_TARGETS
    label = openpyxl.load_workbook(WUYUAN).active["B3"].value
    assert doc.department == label and label not in WUYUAN.stem.replace("江西省", "", 1)[len(label):]
    assert len([p for p in doc.projects if p.kind == "task"]) == 6


def test_a_general_table_is_named_by_its_label_cell_and_never_by_a_whole_title(tmp_path):
    """Read as a general table (no layout of its own), a form's 单位名称 row still names the department; a
    file named by its title and naming no department inside gives the organisation of that title."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["2025年部门基本情况表"])
    ws.append(["单位名称", DEPARTMENT])
    ws.append(["编制人数", 42])
    ws.append(["在职人数", 38])
    doc = read_general(str(tmp_path / "基本情况.xlsx"), wb)
    assert doc.department == DEPARTMENT, doc.department
    ws["A2"], ws["B2"] = None, None
    doc = read_general(str(tmp_path / f"{DEPARTMENT}2025年部门基本情况表.xlsx"), wb)
    assert doc.department == DEPARTMENT, doc.department


def test_indicator_rows_under_a_merged_third_level_header_are_data(fixture_path):
    """三级指标 merged over two columns above names merged the same way: no sub-header under it, so every
    indicator row is a fact of its own (none swallowed into the header as a column label)."""
    doc = read_workbook(str(fixture_path), fixture_path.read_bytes())
    assert doc is not None
    values = sorted(f.value for f in doc.facts if f.section == "年度绩效指标" and f.col == ("指标值",))
    assert values == sorted(row[3] for row in INDICATORS)
    assert all(any(f.row[-1].endswith(row[2]) for f in doc.facts if f.value == row[3]) for row in INDICATORS)


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy, fixture_path) -> Engine:
    db = built_copy([fixture_path, WUYUAN, ZHANJIANG], tmp_path_factory.mktemp("dept50kb") / "kb.sqlite")
    return Engine(db, ROOT / "knowledge" / "vocabulary.toml")


def _ask(engine: Engine, *turns: str):
    session = Session()
    answer = None
    for turn in turns:
        answer = engine.ask(turn, session)
    assert answer is not None
    return answer


@pytest.mark.parametrize(("department", "rows"), [("水利局", len(INDICATORS)), ("自然资源局", 19)])
def test_the_count_of_third_level_indicators(engine, department, rows):
    answer = _ask(engine, f"{department}一共多少个三级指标")
    assert answer.status == "answered" and str(rows) in answer.text, answer.text


def test_per_head_over_two_head_counts_that_differ_is_not_given(engine):
    """编制 42 and 在职 38: which head a 人均 is over the table does not say; never one of them picked."""
    per_head = BUDGET["基本支出"] / STAFF["在职人数"]
    answer = _ask(engine, "水利局人均基本支出多少")
    assert answer.status == "unknown" and f"{per_head:.2f}" not in answer.text, answer.text
    answer = _ask(engine, "自然资源局人均基本支出多少")
    assert answer.status == "unknown" and "20.92" not in answer.text, answer.text


def test_the_labelled_values_are_answered(engine):
    for question, want in (("水利局在职人数", str(STAFF["在职人数"])), ("水利局编制人数", str(STAFF["编制人数"])),
                           ("水利局其他资金", "80"), ("自然资源局实有人数", "79"), ("婺源自然资源局人员编制多少", "86"),
                           ("自然资源局财政拨款多少钱", "4120.25")):
        answer = _ask(engine, question)
        assert answer.status == "answered" and want in answer.text, (question, answer.text)


@pytest.mark.parametrize("said", ["重点工作任务", "重点任务"])
def test_the_key_tasks_asked_by_their_heading_are_listed_as_tasks(engine, said):
    """"有哪些重点工作任务": the heading the table prints over its tasks, said, is answered by the list of the
    tasks (each with its money), so "第二个" / "最后一个" are tasks — never the section's 合计 line."""
    answer = _ask(engine, f"水利局有哪些{said}")
    assert answer.status == "answered" and all(name in answer.text for name in TASKS), answer.text
    assert "主要内容" not in answer.text, answer.text
    names = list(TASKS)
    for turn, name in (("第二个多少钱", names[1]), ("最后一个多少钱", names[-1])):
        answer = _ask(engine, f"水利局有哪些{said}", turn)
        assert answer.status == "answered" and name in answer.text and f"{TASKS[name]:.2f}" in answer.text, \
            (turn, answer.text)


def _zhanjiang_head_count() -> tuple[str, int]:
    """湛江's one head count as its sheet prints it (财政供养人员数 | 737)."""
    ws = openpyxl.load_workbook(ZHANJIANG).active
    assert ws is not None
    row = next(r for r in ws.iter_rows(values_only=True) if r[0] == "基本信息")
    return str(row[1]), int(row[2])


def test_a_departments_people_are_its_printed_head_counts(engine):
    """"有多少人": the head counts the table prints of the department, each under its own label — never an
    indicator counted in 人; a label it does not print is said so, with the one it does and not its figure (round 47:
    实有人数 is no 财政供养人员数, and the figure beside it would be read as the answer)."""
    answer = _ask(engine, "水利局有多少人")
    assert answer.status == "answered" and all(f"{k}：{v}人" in answer.text for k, v in STAFF.items()), answer.text
    label, count = _zhanjiang_head_count()
    answer = _ask(engine, "湛江人社局实有人数")
    assert answer.status == "unknown" and label in answer.text and str(count) not in answer.text \
        and "没有“实有人数”" in answer.text, answer.text
    answer = _ask(engine, "水利局在职人数", "湛江人社局呢")
    assert answer.status == "answered" and str(count) in answer.text and "38" not in answer.text, answer.text
    answer = _ask(engine, "湛江人社局和水利局哪个人多")
    assert answer.status == "answered" and str(count) in answer.text and "42" in answer.text, answer.text


def test_the_department_budget_lines_and_sources_are_the_departments(engine):
    """预算支出 | 金额 over 合计 / 基本支出 / 项目支出 is the department's spending block (as 部门预算支出 is); its
    财政拨款 is the department's income line, never said to be its projects'."""
    for question in ("自然资源局部门预算合计", "自然资源局部门预算总额多少"):
        answer = _ask(engine, question)
        assert answer.status == "answered" and "4386.25万元" in answer.text and "项目支出总计" not in answer.text, \
            answer.text
    answer = _ask(engine, "水利局财政拨款")
    text = f"收入来源财政拨款 {BUDGET['财政拨款']:.2f}万元"
    assert answer.status == "answered" and text in answer.text and "项目支出" not in answer.text, answer.text


def test_names_printed_beside_their_count_and_two_head_counts_apart(engine):
    answer = _ask(engine, "自然资源局下属单位有哪些")
    assert answer.status == "answered" and "婺源县不动产登记中心" in answer.text, answer.text
    answer = _ask(engine, "水利局编制和在职人数差几个")
    gap = STAFF["编制人数"] - STAFF["在职人数"]
    assert answer.status == "answered" and f"多 {gap}人" in answer.text, answer.text
