"""A 部门整体支出绩效目标表 whose 年度预算 block is a two-level header over one row of values (资金总额 |
按支出性质分: 基本支出, 项目支出 | 按资金来源分: 财政拨款, 其他资金): its sources and spending lines are read
from the cells under their labels (not "未列"), 项目支出 is its own column (never the 资金总额), and its
年度重点工作任务 (序号 / 任务名称 / 主要内容 / 预算金额, a 合计 line) rank, compare and sum like projects. The
workbooks are generated here with fictional departments and figures.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over

from bot.engine import Engine
from bot.ingest.formats import read_document

TASKS = [  # 任务名称, 主要内容, 预算金额（万元）
    ("公园绿地养护", "城区公园、街头绿地日常养护", 730.5),
    ("河道保洁", "城区河道水面漂浮物打捞", 214.0),
    ("古树名木保护", "古树名木体检及复壮", 58.2),
    ("苗圃建设", "新建苗圃一处", 122.3),
]


def _department_targets(path: Path) -> None:
    """柳塘县园林绿化局, 万元: 资金总额 1600 = 基本支出 475 + 项目支出 1125 = 财政拨款 1420 + 其他资金 180;
    tasks 730.5 + 214 + 58.2 + 122.3 = 1125 (合计 line)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整体目标"
    ws["A1"] = "柳塘县园林绿化局2026年部门整体支出绩效目标表"
    ws.merge_cells("A1:F1")
    ws["A2"] = "填报单位：柳塘县园林绿化局                 单位：万元"
    ws["A3"], ws["B3"] = "部门名称", "柳塘县园林绿化局"
    ws["A4"], ws["B4"], ws["C4"], ws["E4"] = "年度预算", "资金总额", "按支出性质分", "按资金来源分"
    ws.merge_cells("A4:A6")
    ws.merge_cells("B4:B5")
    ws.merge_cells("C4:D4")
    ws.merge_cells("E4:F4")
    ws["C5"], ws["D5"], ws["E5"], ws["F5"] = "基本支出", "项目支出", "财政拨款", "其他资金"
    for col, v in zip("BCDEF", (1600, 475, 1125, 1420, 180), strict=True):
        ws[f"{col}6"] = v
    ws["A7"], ws["B7"] = "部门职能概述", "负责县城园林绿化建设和养护管理；负责河道保洁。"
    ws["A8"], ws["B8"] = "年度总体目标", "目标1：公园绿地养护达标率达到95%以上。"
    ws["A9"], ws["B9"], ws["C9"], ws["D9"], ws["F9"] = "年度重点工作任务", "序号", "任务名称", "主要内容", "预算金额（万元）"
    for i, (name, content, money) in enumerate(TASKS, 1):
        ws.cell(9 + i, 2, i)
        ws.cell(9 + i, 3, name)
        ws.cell(9 + i, 4, content)
        ws.cell(9 + i, 6, money)
    ws["B14"], ws["F14"] = "合计", 1125
    ws.merge_cells("B14:E14")
    ws.merge_cells("A9:A14")
    ws["A15"], ws["B15"], ws["C15"], ws["D15"], ws["E15"], ws["F15"] = (
        "年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注")
    rows = [("产出指标", "数量指标", "养护绿地面积", "≥210万平方米"),
            (None, "时效指标", "苗圃建成时间", "2026年9月底前"),
            ("满意度指标", "服务对象满意度指标", "市民对绿化满意度", "≥88%")]
    for r, row in enumerate(rows, 16):
        for c, v in enumerate(row, 2):
            if v is not None:
                ws.cell(r, c, v)
    ws.merge_cells("A15:A18")
    ws["A20"] = "注：其他资金为绿地占用补偿收入。"
    ws["A21"] = "填报人：周明        联系电话：0000-7654321"
    wb.save(path)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dept29")
    _department_targets(out / "liutang_ylj_targets.xlsx")
    return out


@pytest.fixture(scope="module")
def engine(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = Path(__file__).resolve().parent.parent
    return engine_over(tmp_path_factory.mktemp("dept29_db") / "kb.sqlite", [root / "knowledge", folder])


def test_two_level_budget_header_is_read_under_its_labels(folder: Path) -> None:
    doc = read_document(folder / "liutang_ylj_targets.xlsx")
    assert not doc.issues, doc.issues
    assert (doc.total.total, doc.total.fiscal_appropriation, doc.total.other) == (1600, 1420, 180)
    tasks = [(p.name, p.amounts.total) for p in doc.projects if p.kind == "task"]
    assert tasks == [(name, money) for name, _, money in TASKS]  # the 合计 line is no task
    assert doc.projects[0].goal.startswith("目标1")  # 年度总体目标 is the department's goal


@pytest.mark.parametrize(("question", "figure"), [
    ("柳塘县园林绿化局财政拨款多少", "1420"),
    ("柳塘县园林绿化局其他资金多少", "180"),
    ("柳塘县园林绿化局项目支出多少", "1125"),
])
def test_budget_lines_of_the_header(engine: Engine, question: str, figure: str) -> None:
    answer = engine.ask(question, record=False)
    assert answer.status == "answered", answer.text
    assert figure in answer.text
    assert "未列" not in answer.text
    if "项目支出" in question:
        assert "1600" not in answer.text  # the 资金总额 is not the 项目支出


def test_source_share_of_the_budget(engine: Engine) -> None:
    answer = engine.ask("柳塘县园林绿化局其他资金占资金总额百分比", record=False)
    assert answer.status == "answered", answer.text
    assert "11.25%" in answer.text


def test_key_tasks_rank_and_compare(engine: Engine) -> None:
    top = engine.ask("柳塘县园林绿化局哪个重点任务最花钱", record=False)
    assert top.status == "answered", top.text
    assert "公园绿地养护" in top.text.splitlines()[0]
    diff = engine.ask("苗圃比古树保护多多少", record=False)
    assert diff.status == "answered", diff.text
    assert "64.1" in diff.text
    both = converse(engine, "河道保洁预算多少", "苗圃建设呢", "两个一共多少")
    assert both.status == "answered", both.text
    assert "336.3" in both.text


def test_tasks_counted_without_the_department_record(engine: Engine) -> None:
    answer = converse(engine, "柳塘县园林绿化局有几个重点任务", "平均每个多少")
    assert answer.status == "answered", answer.text
    assert "281.25" in answer.text  # 1125 ÷ 4 tasks, the department's own record is no task
    count = engine.ask("柳塘县园林绿化局有几个重点任务", record=False)
    assert "4 个" in count.text


@pytest.mark.parametrize(("question", "said"), [
    ("柳塘县园林绿化局填报人是谁", "周明"),
    ("柳塘县园林绿化局联系电话", "7654321"),
    ("柳塘县园林绿化局主要职能", "河道保洁"),
    ("柳塘县园林绿化局主要职责", "河道保洁"),
])
def test_form_footer_and_function_block(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question, record=False)
    assert answer.status == "answered", answer.text
    assert said in answer.text


def _final_accounts_comparison(path: Path) -> None:
    """石桥镇财政所 决算对比表: the printed 决算数为调整预算数的% differs from 决算 ÷ 年初预算."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "对比"
    ws["A1"] = "石桥镇财政所2025年度部门收支决算对比表"
    ws["A2"], ws["E2"] = "编制单位：石桥镇财政所", "单位：万元"
    ws["A3"], ws["B3"], ws["D3"], ws["E3"] = "项目", "预算数", "决算数", "决算数为调整预算数的%"
    ws["B4"], ws["C4"] = "年初预算数", "调整预算数"
    ws.merge_cells("B3:C3")
    ws.merge_cells("A3:A4")
    ws.merge_cells("D3:D4")
    ws.merge_cells("E3:E4")
    for r, row in enumerate([("一般公共服务支出", 300, 400, 380, 95),
                             ("城乡社区支出", 120, 150, 90, 60),
                             ("支出合计", 420, 550, 470, 85.45)], 5):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    wb.save(path)


def test_printed_execution_ratio_is_ranked(tmp_path: Path) -> None:
    _final_accounts_comparison(tmp_path / "shiqiao_czs_duibi.xlsx")
    engine = engine_over(tmp_path / "kb.sqlite", [tmp_path / "shiqiao_czs_duibi.xlsx"])
    answer = engine.ask("石桥镇财政所哪一项执行比例最低", record=False)
    assert answer.status == "answered", answer.text
    assert "城乡社区支出" in answer.text and "60%" in answer.text


def test_project_of_another_department_run_together_is_not_dropped(engine: Engine) -> None:
    """"苗圃法律顾问有多少次": 苗圃 is a task of the 园林绿化局, 法律顾问 a project of the seed's 信访局: not the
    信访局's indicator answered as if 苗圃 were not said."""
    answer = engine.ask("苗圃法律顾问有多少次", record=False)
    assert answer.status != "answered", answer.text
    assert "苗圃建设" in answer.text
    alone = engine.ask("法律顾问约访有多少次", record=False)
    assert alone.status == "answered", alone.text


def test_printed_whole_asked_by_its_label(engine: Engine) -> None:
    whole = engine.ask("柳塘县园林绿化局资金总额", record=False)
    assert whole.status == "answered", whole.text
    assert "1600" in whole.text and "1125" not in whole.text  # the figure asked, not its breakdown
    share = converse(engine, "柳塘县园林绿化局资金总额多少", "基本支出呢", "占比多少")
    assert share.status == "answered", share.text
    assert "29.69%" in share.text  # 475 ÷ 1600
