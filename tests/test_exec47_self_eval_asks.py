"""A 项目支出绩效自评表 asked of its project said short ("就业补助" of 就业补助资金, the department named): the
project's table, never an indicator row sharing a few characters with it (低保就业补贴发放及时率, whose 全年执行数
cell is blank); and a column added up after one row was talked about ("…执行率" → "指标权重合计多少"): the
column's sum over the table's indicators, not that one row's figure.

Uses the sample self-evaluation form (渝中区人力资源和社会保障局, 就业补助资金: 全年预算数 7574, 全年执行数 6643,
indicator weights 15 + 5×8 + 15 + 8 + 10 + 2 + 6 + 2 + 2 = 100; 公共就业服务满意度 weighs 15).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine, Session
from tests.conftest import engine_over

SAMPLE = Path(__file__).resolve().parent / "data" / "samples" / "chongqing_yuzhong_2021_project_self_evaluation.xlsx"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("exec47se") / "kb.sqlite", [SAMPLE])


def test_project_said_short_is_its_table(engine):
    answer = engine.ask("渝中人社局就业补助全年实际执行了多少")
    assert answer.status == "answered"
    assert "6643" in answer.text and "及时率" not in answer.text


def test_project_said_short_with_its_table_kind(engine):
    answer = engine.ask("渝中人社局就业补助自评表满意度指标的权重")
    assert answer.status == "answered"
    assert "公共就业服务满意度" in answer.text and "15" in answer.text and "及时率" not in answer.text


def test_column_added_up_after_one_row(engine):
    s = Session()
    engine.ask("渝中就业补助资金执行率", s)
    text = engine.ask("指标权重合计多少", s).text
    assert "100" in text and "合计" in text


def test_column_of_the_rows_pointed_at_stays_theirs(engine):
    # one row talked about, its own column asked (no adding up): that row's figure
    s = Session()
    engine.ask("渝中就业见习补贴发放及时率完成值", s)
    text = engine.ask("权重呢", s).text
    assert "就业见习补贴发放及时率" in text and "指标权重：5" in text


def _investment_plan(path: Path) -> Path:
    """A project plan whose year's planned investment is a head over its 合计 and its sources."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2026年计划"
    ws.append(["松岭县发展和改革局2026年政府投资项目年度计划表"])
    ws.append(["单位：万元"])
    ws.append(["序号", "项目名称", "总投资", "截至2025年底累计完成投资", "2026年计划投资", None, None, "项目业主"])
    ws.append([None, None, None, None, "合计", "中央资金", "自筹", None])
    for first, last in (("A3", "A4"), ("B3", "B4"), ("C3", "C4"), ("D3", "D4"), ("E3", "G3"), ("H3", "H4")):
        ws.merge_cells(f"{first}:{last}")
    ws.append([1, "松岭至白沙公路改建工程", 9000, 4000, 3000, 2400, 600, "松岭县交通运输局"])
    ws.append([2, "松岭县城污水管网改造工程", 3000, 1000, 800, 600, 200, "松岭县住房和城乡建设局"])
    wb.save(path)
    return path


def test_investment_left_when_the_plan_is_a_head_over_its_sources(tmp_path):
    engine = engine_over(tmp_path / "kb.sqlite", [_investment_plan(tmp_path / "松岭县投资计划.xlsx")])
    text = engine.ask("松岭至白沙公路改建工程还剩多少没投").text
    assert "9000" in text and "4000" in text and "3000" in text  # 9000 − 4000 − 3000 = 2000
    assert "2000万元" in text.split("=")[-1].replace(" ", "")


def test_done_not_its_target_within_a_group(engine):
    # 管理类指标: 预算执行率 88% (90), 财务监控有效性 较有效 (有效), 管理制度健全性 较健全 (健全) differ; the other
    # three (合规, 明确, 合规) are as targeted; no row of another group is checked
    for q in ("渝中哪些管理类指标完成值不是目标值", "渝中管理类指标里完成值和目标值不一样的有哪些"):
        text = engine.ask(q).text
        assert "预算执行率" in text and "财务监控有效性" in text and "管理制度健全性" in text, q
        assert "资金使用合规性" not in text and "城镇新增就业人数" not in text and "公共就业服务满意度" not in text, q


def test_not_the_same_is_no_sameness(engine):
    # "不一样" is never read as "一样": the equal rows (零就业家庭帮扶率 100 = 100) are not what is asked
    text = engine.ask("渝中哪些指标完成值和指标值不一样").text
    assert "零就业家庭帮扶率" not in text and "新增区级创业孵化基地数量" in text


def _bond_projects(path: Path) -> Path:
    """A bond projects table: each project's whole investment, the bonds of this issue and those used so far."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "专项债券明细"
    ws.append(["松岭县财政局2025年地方政府专项债券项目明细表"])
    ws.append(["单位：万元"])
    ws.append(["序号", "项目名称", "资金情况", None, None, "备注"])
    ws.append([None, None, "项目总投资", "本次使用债券资金", "累计使用", None])
    for first, last in (("A3", "A4"), ("B3", "B4"), ("C3", "E3"), ("F3", "F4")):
        ws.merge_cells(f"{first}:{last}")
    ws.append([1, "松岭县中医院综合楼建设项目", 50000, 6000, 21000, "续建"])
    ws.append([2, "松岭县产业园标准厂房建设项目", 30000, 5000, 5000, "新建"])
    wb.save(path)
    return path


def test_whole_investment_less_the_bonds_used_so_far(tmp_path):
    engine = engine_over(tmp_path / "kb.sqlite", [_bond_projects(tmp_path / "松岭县专项债券.xlsx")])
    text = engine.ask("中医院综合楼总投资还差多少没用债").text
    assert "29000" in text and "50000" in text and "21000" in text  # 50000 − 21000 (累计使用, not this 6000)
