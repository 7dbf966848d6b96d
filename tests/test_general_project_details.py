"""A department's project detail table (项目名称 | 项目类别 | 实施单位 | 合计 | 资金来源 … | 绩效目标 | 绩效指标)
beside a three-year rolling plan: the project's name labels its row (类别 and 实施单位 are its columns), a
绩效指标 cell listing several indicators is read item by item, and a project's amount asked plainly is
the table's own year, not the three years added up. The workbook is made here; figures worked out by hand.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse as _ask

from bot.engine import Engine
from bot.ingest.grid import read_general
from bot.store.build import load_paths

VOCAB = Path(__file__).resolve().parent.parent / "knowledge" / "vocabulary.toml"

# name, kind, unit, total, 一般公共预算, 上级转移支付, 其他资金, goal, indicators
_PROJECTS = [
    ("学生营养改善计划", "经常性项目", "县教育局本级", 300, 180, 120, None, "保障农村学生营养膳食补助按时发放。",
     "受益学生人数≥5000人；学生满意度≥92%"),
    ("校舍维修改造", "一次性项目", "县第一中学", 150, 150, None, None, "完成教学楼屋面及外墙维修。",
     "维修面积2000平方米；工程验收合格率100%；自筹资金占比≤20%"),
    ("教师培训经费", "经常性项目", "县教师发展中心", 64.5, 64.5, None, None, "开展中小学教师全员培训。",
     "培训教师≥800人次；人均培训成本增幅≤5%"),
    ("校车购置", "一次性项目", "县教育局本级", 90, 60, None, 30, "购置标准校车，保障学生上下学安全。",
     "购置校车3辆；校车安全事故发生率0%"),
]
# 2026 (the table's year), 2027, 2028 ("—" none, some years stored as text), 三年合计 worked out by hand
_PLAN = [("学生营养改善计划", 300, 310, 320, 930), ("校舍维修改造", 150, "—", "—", 150),
         ("教师培训经费", 64.5, "70.00", "75.00", 209.5), ("校车购置", 90, "—", "—", 90)]


def _details(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目明细"
    ws["A1"] = "枫林县教育局2026年项目支出预算明细表"
    ws.merge_cells("A1:K1")
    ws["K2"] = "单位：万元"
    for c, v in enumerate(["序号", "项目名称", "项目类别", "实施单位", "合计", "资金来源", None, None, None,
                           "年度绩效目标", "主要绩效指标"], 1):
        ws.cell(3, c, v)
    for c, v in enumerate(["一般公共预算", "政府性基金预算", "上级转移支付", "其他资金"], 6):
        ws.cell(4, c, v)
    for rng in ("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:I3", "J3:J4", "K3:K4"):
        ws.merge_cells(rng)
    ws.append(["合计", None, None, None, 604.5, 454.5, None, 120, 30])  # 180+150+64.5+60 = 454.5
    ws.merge_cells("A5:D5")
    for i, (name, kind, unit, total, general, upper, other, goal, indicators) in enumerate(_PROJECTS, 1):
        ws.append([i, name, kind, unit, total, general, None, upper, other, goal, indicators])
    ws.append(["注：其他资金为县第一中学事业收入。"])
    plan = wb.create_sheet("三年规划")
    plan.append(["项目支出三年滚动规划表（2026—2028年）"])
    plan.merge_cells("A1:G1")
    plan.append([None, None, None, None, None, None, "单位：万元"])
    plan.append(["序号", "项目名称", "2026年", "2027年", "2028年", "三年合计", "备注"])
    plan.append(["合计", None, 604.5, 380, 395, 1379.5])  # 310+70 = 380, 320+75 = 395
    plan.merge_cells("A4:B4")
    for i, (name, *years) in enumerate(_PLAN, 1):
        plan.append([i, name, *years, "一次性项目" if "—" in years else None])
    wb.save(path)


@pytest.fixture(scope="module")
def table(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("project-details") / "details.xlsx"
    _details(path)
    return path


@pytest.fixture(scope="module")
def engine(table: Path, tmp_path_factory) -> Engine:
    db = tmp_path_factory.mktemp("project-details-kb") / "kb.sqlite"
    load_paths(db, [table])
    return Engine(db, VOCAB)




def test_the_projects_name_labels_its_row_and_kind_and_unit_are_its_columns(table):
    doc = read_general(str(table), openpyxl.load_workbook(table))
    facts = [f for f in doc.facts if f.sheet == "项目明细" and f.line == 9 and len(f.row) == 1]  # 校车购置
    assert {f.row for f in facts} == {("校车购置",)}  # (its indicators are rows under it)
    by_col = {f.col: f.value for f in facts}
    assert by_col[("实施单位",)] == "县教育局本级" and by_col[("项目类别",)] == "一次性项目"
    assert by_col[("资金来源", "其他资金")] == "30"


def test_an_indicator_cell_is_read_item_by_item(table):
    doc = read_general(str(table), openpyxl.load_workbook(table))
    items = {f.row: f.value for f in doc.facts if f.sheet == "项目明细" and f.line == 6 and len(f.row) == 2}
    assert items == {("学生营养改善计划", "受益学生人数"): "≥5000人", ("学生营养改善计划", "学生满意度"): "≥92%"}
    whole = [f for f in doc.facts if f.line == 6 and f.col == ("主要绩效指标",)]
    assert [f.value for f in whole] == ["受益学生人数≥5000人；学生满意度≥92%"]  # the cell as printed stays


def test_a_project_asked_plainly_is_the_tables_own_year(engine):
    a = _ask(engine, "枫林教育局教师培训经费多少")
    assert a.status == "answered" and "64.5" in a.text and "209.5" not in a.text


def test_the_smallest_project_is_over_the_years_own_total(engine):
    a = _ask(engine, "枫林教育局最小的项目是哪个")
    assert a.status == "answered" and "教师培训经费" in a.text.splitlines()[0] and "64.5" in a.text


def test_an_indicators_value_is_read_by_its_name(engine):
    a = _ask(engine, "枫林教育局学生营养改善计划学生满意度要求多少")
    assert a.status == "answered" and "92" in a.text and "300" not in a.text.splitlines()[0]
    a = _ask(engine, "枫林教育局校舍维修改造", "工程验收合格率")
    assert a.status == "answered" and "100%" in a.text


def test_an_indicator_the_project_lacks_is_not_another_projects(engine):
    # 学生满意度 is 学生营养改善计划's; 校车购置 has none: neither its amount nor the other's 92%.
    a = _ask(engine, "枫林教育局校车购置学生满意度指标多少")
    assert a.status == "unknown" and "92" not in a.text and "90万元" not in a.text


def test_a_place_in_the_ranking_asked_in_one_question(engine):
    a = _ask(engine, "枫林教育局2026年项目金额排第二的")
    assert a.status == "answered" and "校舍维修改造" in a.text and "150" in a.text


def test_a_growth_word_inside_an_indicators_name_is_still_a_growth_asked(engine):
    # 人均培训成本增幅 is an indicator's name, not a rate column: 2027 over 2026 is (380 - 604.5) / 604.5.
    a = _ask(engine, "枫林教育局2027年规划比2026年增幅")
    assert a.status == "answered" and "-37.14%" in a.text


def test_a_column_group_named_gives_each_of_its_parts(engine):
    # 资金来源 over 一般公共预算 | 政府性基金预算 | 上级转移支付 | 其他资金: 校车购置 has 60 and 30 (blank others).
    a = _ask(engine, "枫林教育局校车购置资金来源")
    assert a.status == "answered" and "60" in a.text and "30" in a.text


def test_an_indicator_counting_people_answers_how_many_people(engine):
    a = _ask(engine, "枫林教育局学生营养改善计划受益学生多少人")
    assert a.status == "answered" and "5000人" in a.text and "300" not in a.text


def test_a_share_or_comparison_word_inside_an_indicators_name_asks_no_share(engine):
    # 占 and 比 of "自筹资金占比" are the indicator's name: its value, not a share or difference computed.
    a = _ask(engine, "枫林教育局校舍维修改造", "自筹资金占比控制多少")
    assert a.status == "answered" and "≤20%" in a.text


def test_the_total_of_the_rows_holding_a_kind_is_their_sum(engine):
    # 一次性项目: 校舍维修改造 150 + 校车购置 90 = 240.
    a = _ask(engine, "枫林教育局一次性项目合计多少")
    assert a.status == "answered" and "240" in a.text.splitlines()[0]
