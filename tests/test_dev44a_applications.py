"""项目申报表 workbooks of several applications: a sheet per project (or projects stacked down one sheet), each with
its 资金来源 by year column (2026年 | 2027年 | 2028年 | 三年合计), its 支出明细 with 测算依据 and its 三级指标 grid.

- Every application loads as its own project: 执行单位, the table's own year's amounts by source, the 明细 with its
  测算依据, the indicators; its lines stand under its own name.
- "X 2027年多少", "X三年一共多少", "X三年财政拨款合计": that column of the project's 资金来源, never the own year's.
- A year the application does not hold is said not held; a year only the application holds is not one of the
  projects of the department's 目标表 beside it.
- Beside the department's 目标表 the application is asked by its words (申报, 起止年限 …): "林业局哪个项目钱最多"
  is of the 目标表, and a project in both tables is one project, not a choice between itself.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from conftest import DATA, converse, engine_over

from bot.engine import Engine
from bot.ingest.layouts import read_workbook

GENERAL44 = DATA / "general44"

_PROJECTS = [
    ("青石河堤防加固项目", "青石县水利工程建设中心", "新增项目", "2026年-2028年", (300, 260, 200), (200, 180, 150),
     [("堤身加固", 180, "加固堤段3.6公里×50万元/公里"), ("穿堤涵闸改造", 90, "涵闸6座×15万元"),
      ("防汛道路修缮", 30, "道路2公里×15万元")],
     "三年加固堤防10公里，防洪标准达到20年一遇。",
     [("产出指标", "数量指标", "加固堤段长度", "≥3.6公里"), ("产出指标", "质量指标", "工程验收合格率", "100%"),
      ("效益指标", "社会效益指标", "受益人口", "≥5万人")]),
    ("农村饮水安全巩固项目", "青石县水利局", "延续项目", "2026年-2027年", (80, 70, None), (80, 70, None),
     [("管网改造", 60, "改造管网12公里×5万元/公里"), ("水质检测", 20, "检测400批次×500元")],
     "巩固提升农村供水保障水平。",
     [("产出指标", "数量指标", "改造管网长度", "≥12公里"), ("满意度指标", "服务对象满意度指标", "群众满意度", "≥92%")]),
]


def _write_application(ws, top: int, project) -> int:
    """One application in the 2026 layout from row `top`; the next free row."""
    name, unit, kind, span, totals, fiscal, details, goal, indicators = project
    r = top
    ws.cell(r, 1, "2026年项目申报表")
    ws.cell(r + 1, 1, "单位：万元")
    ws.cell(r + 2, 1, "项目名称"), ws.cell(r + 2, 2, name)
    ws.cell(r + 3, 1, "项目主管部门"), ws.cell(r + 3, 2, "青石县水利局"), ws.cell(r + 3, 4, "执行单位"), ws.cell(r + 3, 5, unit)
    ws.cell(r + 4, 1, "项目类型"), ws.cell(r + 4, 2, kind), ws.cell(r + 4, 4, "起止年限"), ws.cell(r + 4, 5, span)
    ws.cell(r + 5, 1, "资金来源")
    for c, head in enumerate(("资金性质", "2026年", "2027年", "2028年", "三年合计"), start=2):
        ws.cell(r + 5, c, head)
    other = tuple(None if t is None else t - f for t, f in zip(totals, fiscal, strict=True))
    for k, (label, values) in enumerate((("合计", totals), ("财政拨款", fiscal), ("其他资金", other))):
        ws.cell(r + 6 + k, 2, label)
        for c, v in enumerate(values, start=3):
            if v:
                ws.cell(r + 6 + k, c, v)
        if any(values):
            ws.cell(r + 6 + k, 6, sum(v for v in values if v))
    ws.merge_cells(start_row=r + 5, start_column=1, end_row=r + 8, end_column=1)
    d = r + 9
    ws.cell(d, 1, "2026年支出明细"), ws.cell(d, 2, "支出内容"), ws.cell(d, 3, "金额"), ws.cell(d, 4, "测算依据")
    for k, (item, amount, basis) in enumerate(details, start=1):
        ws.cell(d + k, 2, item), ws.cell(d + k, 3, amount), ws.cell(d + k, 4, basis)
    end = d + len(details) + 1
    ws.cell(end, 2, "合计"), ws.cell(end, 3, sum(a for _, a, _ in details))
    ws.merge_cells(start_row=d, start_column=1, end_row=end, end_column=1)
    ws.cell(end + 1, 1, "项目绩效总目标"), ws.cell(end + 1, 2, goal)
    g = end + 2
    ws.cell(g, 1, "年度绩效指标")
    for c, head in enumerate(("一级指标", "二级指标", "三级指标", "指标值"), start=2):
        ws.cell(g, c, head)
    last = ""
    for k, (l1, l2, ind, value) in enumerate(indicators, start=1):
        if l1 != last:
            ws.cell(g + k, 2, l1)
        last = l1
        ws.cell(g + k, 3, l2), ws.cell(g + k, 4, ind), ws.cell(g + k, 5, value)
    ws.merge_cells(start_row=g, start_column=1, end_row=g + len(indicators), end_column=1)
    ws.cell(g + len(indicators) + 1, 1, "填报人：王某        审核人：李某        填报日期：2025年11月20日")
    return g + len(indicators) + 3


def _workbook(path: Path, stacked: bool = False) -> Path:
    wb = openpyxl.Workbook()
    if stacked:
        ws, row = wb.active, 1
        for project in _PROJECTS:
            row = _write_application(ws, row, project)
    else:
        wb.remove(wb.active)
        for project in _PROJECTS:
            _write_application(wb.create_sheet(project[0][:4]), 1, project)
    wb.save(path)
    return path


@pytest.mark.parametrize("stacked", [False, True])
def test_each_application_is_a_project(tmp_path: Path, stacked: bool) -> None:
    path = _workbook(tmp_path / "青石县水利局2026年项目申报表.xlsx", stacked)
    doc = read_workbook(str(path), path.read_bytes())
    assert doc is not None and doc.department == "青石县水利局" and doc.year == 2026
    assert [p.name for p in doc.projects] == ["青石河堤防加固项目", "农村饮水安全巩固项目"]
    dike, water = doc.projects
    assert dike.unit == "青石县水利工程建设中心"
    assert (dike.amounts.total, dike.amounts.fiscal_appropriation, dike.amounts.other) == (300, 200, 100)
    assert water.amounts.other is None
    assert "穿堤涵闸改造90万元（测算依据：涵闸6座×15万元）" in dike.goal
    assert [i.name for i in dike.indicators] == ["加固堤段长度", "工程验收合格率", "受益人口"]
    assert [(i.level1, i.annual_value) for i in water.indicators] == [("产出指标", "≥12公里"), ("满意度指标", "≥92%")]
    assert doc.total.total == 380
    # each project's lines under its own name: the 2027 column of the dike's 合计 is its own
    found = [f for f in doc.facts if f.section.startswith("青石河堤防加固项目") and f.row == ("合计",) and f.year == 2027]
    assert [f.value for f in found] == ["260"]


@pytest.fixture(scope="module")
def applications(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("apps")
    _workbook(folder / "青石县水利局2026年项目申报表.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "青石县水利局2026年项目申报表.xlsx"])


@pytest.mark.parametrize(("turns", "said", "unsaid"), [
    (["青石河堤防2027年多少"], ["260", "180"], ["300"]),
    (["青石河堤防三年一共多少"], ["760"], []),
    (["青石河堤防三年财政拨款合计"], ["530"], ["760"]),
    (["青石河堤防2026年多少", "2028年的呢"], ["200"], ["300"]),
    (["饮水安全2027年多少"], ["70"], ["80.00"]),
    (["申报表里有哪些项目"], ["青石河堤防加固项目", "农村饮水安全巩固项目"], []),
    (["管网改造怎么测算的"], ["12公里"], []),
])
def test_years_of_an_application(applications: Engine, turns, said, unsaid) -> None:
    answer = converse(applications, *turns)
    assert answer.status == "answered", answer.text
    for word in said:
        assert word in answer.text
    for word in unsaid:
        assert word not in answer.text


def test_a_year_not_applied_for(applications: Engine) -> None:
    answer = converse(applications, "青石河堤防2029年多少")
    assert answer.status == "unknown" and "300" not in answer.text


@pytest.fixture(scope="module")
def beside_targets(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("pair")
    for f in GENERAL44.glob("临湘市林业局*"):
        shutil.copy(f, folder / f.name)
    return engine_over(folder / "kb.sqlite", sorted(folder.glob("临湘市林业局*")))


def test_department_questions_are_of_the_targets_table(beside_targets: Engine) -> None:
    most = converse(beside_targets, "林业局哪个项目钱最多")
    assert "公益林生态效益补偿资金" in most.text and "国家储备林" not in most.text
    units = converse(beside_targets, "临湘林业局有哪几个单位")
    assert "临湘市林业局本级" in units.text and "执行单位" not in units.text
    applied = converse(beside_targets, "申报的项目哪个2026年钱最多")
    assert "国家储备林建设项目" in applied.text and "560" in applied.text


def test_a_project_in_both_tables_is_one(beside_targets: Engine) -> None:
    answer = converse(beside_targets, "油茶低改2026年多少钱")
    assert answer.status == "answered" and "58" in answer.text
    later = converse(beside_targets, "松材线虫申报表2027年预算")
    assert later.status == "answered" and "110" in later.text


def test_a_year_of_the_application_is_not_the_targets_tables(beside_targets: Engine) -> None:
    answer = converse(beside_targets, "国有林场2027年护林员工资")
    assert answer.status == "unknown" and "96.72" not in answer.text
    followed = converse(beside_targets, "公益林补偿资金", "它2027年预算多少")
    assert followed.status == "unknown" and "318.46" not in followed.text


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("储备林谁来执行", "临湘市国有林场", "临湘市林业技术推广站"),
    ("古树项目是新增还是延续", "延续项目", "新增项目"),
    ("黄盖湖湿地项目类型", "新增项目", "延续项目"),
])
def test_a_field_of_an_application(beside_targets: Engine, question: str, said: str, unsaid: str) -> None:
    answer = converse(beside_targets, question)
    assert answer.status == "answered" and said in answer.text and unsaid not in answer.text, answer.text


def test_an_application_said_short_finds_its_own_lines(beside_targets: Engine) -> None:
    """"油茶低改" names the application (and the 目标表's "…项目经费" it begins): its own lines, not another's."""
    from bot.answer.facts.answerer import Answerer
    from bot.answer.facts.index import index_for

    answerer = Answerer(index_for(beside_targets.kb))
    years = answerer.answer("油茶低改项目起止年限")
    assert years is not None and years.status == "answered" and "油茶低改 第5行" in years.text
    details = answerer.answer("黄盖湖明细有哪些")
    assert details is not None and "湿地巡护监测设施" in details.text and "古树" not in details.text
