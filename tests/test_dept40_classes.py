"""Classes of blind_63's last misses, on small tables of their own shape:
- a self-evaluation's row-label head word said before its column ("林业局预算执行率": the head 预算执行情况, the
  column 执行率) reads that column of the table, though another department's project has an indicator named
  预算执行率 — never "林业局 has no such indicator";
- "X完成情况" of a self-evaluation's indicator row: 完成情况 is a label of the sheet (年度总体目标's 实际完成情况)
  but not of that row, which prints 实际完成值 — that column, never "the 完成情况 cell is blank" (nor the
  人均 guard refusing a name that holds 人均 itself);
- a project named by its whole name (公务用车购置经费) is that project, not another table's shorter line
  (公务用车购置) with the rest of the name (经费) read loosely as other lines — no question back;
- a self-evaluation listing no projects asked its projects' total (alone, or "…的呢" after another department's):
  its 项目支出 line with the block's whole beside it;
- projects whose names hold a line's words said exactly (公用经费), another table printing that line: asked among the
  departments, each one's figure beside it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over, write_workbook
from tests.target_tables import Item, Unit, render

FOREST = "松溪县林业局_2025年度_部门整体支出绩效自评表.xlsx"
ACCOUNTS = "松溪县档案馆_2024年度_一般公共预算财政拨款基本支出决算表.xlsx"


def _self_evaluation(path: Path) -> None:
    write_workbook(path, [
        ["2025年度部门整体支出绩效自评表"],
        ["部门名称：松溪县林业局", None, None, None, None, "单位：万元"],
        ["预算执行情况（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", None, 800, 900, 846, 10, 0.94, 9.4],
        ["基本支出", None, 300, 310, 305, None, 0.9839, None],
        ["项目支出", None, 500, 590, 541, None, 0.9169, None],
        ["年度总体目标", "预期目标", None, None, "实际完成情况"],
        [None, "1.完成人工造林1万亩；2.林农增收。", None, None, "1.完成人工造林1.2万亩；2.林农人均可支配收入增长7.1%。"],
        ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "人工造林面积", 30, "≥1万亩", "1.2万亩", 30, None],
        [None, "质量指标", "造林成活率", 20, "≥90%", "93.5%", 20, None],
        ["效益指标", "生态效益指标", "化学农药使用量减少比例", 20, "≥3%", "3.6%", 20, None],
        [None, "经济效益指标", "林农人均可支配收入增长率", 20, "≥6%", "7.1%", 20, None],
        ["满意度指标", "服务对象满意度指标", "林农满意度", 10, "≥90%", "95%", 10, None],
        ["总分", None, None, 100, None, None, 99.4, "自评等级：优"],
    ], merged=["A1:H1", "A3:B3", "A4:B4", "A5:B5", "A6:B6", "A7:A8", "B7:D7", "E7:H7", "B8:D8", "E8:H8",
               "A10:A11", "A12:A13", "A15:C15"], sheet="部门整体支出绩效自评表")


def _accounts(path: Path, department: str = "松溪县档案馆", running: float = 18.3, cars: float = 0) -> None:
    write_workbook(path, [
        [f"{department}2024年度一般公共预算财政拨款基本支出决算表"],
        [None, None, "单位：万元"],
        ["科目编码", "科目名称", "决算数"],
        [None, "人员经费", 120.5],
        ["301", "工资福利支出", 110.2],
        [None, "公用经费", running],
        ["31013", "公务用车购置", cars],
        ["302", "商品和服务支出", 18.3],
        [None, "合计", 138.8],
    ], sheet="基本支出决算表")


def _project_evaluation(path: Path) -> None:
    write_workbook(path, [
        ["松溪县民政局2025年度项目绩效完成情况表"],
        ["部门名称：松溪县民政局", None, None, "单位：万元"],
        ["项目名称", "指标名称", "年度指标值", "全年完成值"],
        ["养老服务补贴资金", "补贴发放人数", "≥800人", "856人"],
        [None, "预算执行率", "≥95%", "97.2%"],
        [None, "老年人满意度", "≥90%", "94%"],
    ], merged=["A4:A6"], sheet="项目绩效完成情况")


def _targets(path: Path) -> None:
    path.write_text(render("松溪县人力资源和社会保障局", "102.00 102.00", [Unit("松溪县人力资源和社会保障局", "102.00 102.00", [
        Item("就业创业专项资金", "81.00 81.00", "落实就业创业扶持政策，促进城乡劳动者就业。",
             [("11", "城镇新增就业人数", "≥1200人", "≥1200人"),
              ("13", "预算执行率", "≥95%", "≥95%"),
              ("31", "服务对象满意度", "≥90%", "≥90%")]),
        Item("劳动保障监察公用经费", "6.00 6.00", "保障劳动保障监察机构日常运转。",
             [("11", "监察检查户次", "≥300户次", "≥300户次")]),
        Item("公务用车购置经费", "15.00 15.00", "按规定更新执法执勤用车，保障就业监察工作用车。",
             [("11", "购置车辆数量", "1辆", "1辆"),
              ("14", "单车购置价格", "≤15万元", "≤15万元")]),
    ])]), encoding="utf-8")


def _health_targets(path: Path) -> None:
    path.write_text(render("松溪县医疗保障局", "40.00 40.00", [Unit("松溪县医疗保障局", "40.00 40.00", [
        Item("医保经办机构公用经费补助", "40.00 40.00", "保障医保经办窗口正常运转。",
             [("11", "经办窗口数量", "≥12个", "≥12个")]),
    ])]), encoding="utf-8")


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("dept40")
    _self_evaluation(folder / FOREST)
    _accounts(folder / ACCOUNTS)
    _accounts(folder / ACCOUNTS.replace("档案馆", "地方志办公室"), "松溪县地方志办公室", 9.6)
    _project_evaluation(folder / "松溪县民政局_2025年度_项目绩效完成情况表.xlsx")
    _targets(folder / "松溪县人力资源和社会保障局_2026年_项目支出绩效目标表.txt")
    _health_targets(folder / "松溪县医疗保障局_2026年_项目支出绩效目标表.txt")
    return engine_over(folder / "kb.sqlite", [folder])


@pytest.mark.parametrize(("question", "expected", "wrong"), [
    ("林业局预算执行率", "94", "就业创业"),
    ("松溪县林业局的预算执行率是多少", "94", "就业创业"),
    ("造林成活率完成情况", "93.5%", "为空"),
    ("林农人均可支配收入增长率完成情况", "7.1%", "人均”这样"),
    ("公务用车购置经费多少", "15.00", "哪个部门"),
    ("林业局项目支出全年执行数", "541", "年度资金总额"),
])
def test_answered_from_the_table(engine, question, expected, wrong):
    answer = converse(engine, question)
    assert answer.status == "answered", answer.text
    assert expected in answer.text and wrong not in answer.text, answer.text


def test_the_indicator_itself_still_answers(engine):
    answer = converse(engine, "就业创业专项资金预算执行率")
    assert answer.status == "answered" and "≥95%" in answer.text, answer.text


def test_the_goal_block_keeps_its_own_column(engine):
    answer = converse(engine, "林业局年度总体目标完成情况")
    assert answer.status == "answered" and "1.2万亩" in answer.text, answer.text


def test_a_part_not_of_the_label_is_still_refused(engine):
    answer = converse(engine, "造林成活率人均多少")
    assert answer.status != "answered" or "93.5" not in answer.text, answer.text


def test_a_self_evaluations_projects_line_is_its_projects_total(engine):
    """"X局项目总额" of a department whose one table is a self-evaluation (no projects listed): its 预算执行情况
    block's 项目支出 line, the block's whole beside it — never "no total listed", never the whole alone; as a
    follow-up after another department's total too, and added to it by its 全年预算数."""
    alone = converse(engine, "林业局项目总额")
    assert alone.status == "answered" and "项目支出" in alone.text and "590" in alone.text, alone.text
    assert "年度资金总额" in alone.text and "900" in alone.text, alone.text
    after = converse(engine, "松溪县人力资源和社会保障局项目总额", "林业局的呢")
    assert after.status == "answered" and "590" in after.text and "102.00" not in after.text, after.text
    summed = converse(engine, "松溪县人力资源和社会保障局项目总额", "林业局的呢", "两个加起来")
    assert summed.status == "answered" and "692" in summed.text, summed.text


def test_projects_holding_a_line_said_exactly_ask_with_that_line(engine):
    """"公用经费多少": projects whose names hold the words (劳动保障监察公用经费, 医保经办机构公用经费补助) and another
    tables' line of exactly those words (档案馆's and 地方志办公室's 决算 公用经费): one question back among the departments, each one's
    figure beside it — never the projects alone, as if no table printed the line itself."""
    answer = converse(engine, "公用经费多少")
    assert answer.status == "clarify", answer.text
    assert "档案馆" in answer.text and "18.3" in answer.text, answer.text
    assert "地方志办公室" in answer.text and "9.6" in answer.text, answer.text
    assert "劳动保障监察公用经费" in answer.text and "医保经办机构公用经费补助" in answer.text, answer.text
    picked = converse(engine, "公用经费多少", "松溪县档案馆")
    assert picked.status == "answered" and "18.3" in picked.text, picked.text


def test_a_line_with_its_own_figure_is_still_asked_about(tmp_path):
    """The project named whole stands alone only against lines printing no figure (blank, 0): another department's
    公务用车购置 line with a figure of its own is asked about beside it."""
    _targets(tmp_path / "松溪县人力资源和社会保障局_2026年_项目支出绩效目标表.txt")
    _accounts(tmp_path / ACCOUNTS, cars=22)
    answer = converse(engine_over(tmp_path / "kb.sqlite", [tmp_path]), "公务用车购置经费多少")
    assert answer.status == "clarify" and "档案馆" in answer.text and "人力资源" in answer.text, answer.text
