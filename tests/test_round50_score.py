"""Round 50: a 项目支出绩效评价指标评分表 — one project per sheet, a block of labels each with its value on its right
above the indicator grid (项目名称, 第三方机构, 预算数 / 执行数, 综合得分, 绩效等级), the grid scored (分值 / 得分 / 扣分原因)
and closed by a 合计 line — is read as the one-project-per-sheet forms it is: the block's money is the project's, the
合计 line its 总分, the 扣分原因 its reasons; it is asked by its projects (the sheet's short name too), by a class of
indicators (分值, 得分, points lost), and beside the department's 2026 目标表 (a plain 预算 question stays the 目标表's).
On a fictional 松岭县农业农村局 workbook of three sheets."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over, simple_table
from target_tables import TITLE, Item, Unit, render

from bot.engine import ANSWERED, UNKNOWN, Engine
from bot.ingest.layouts import SELF_EVALUATION_FORMS, detect, read_workbook

_DEPT = "松岭县农业农村局"
_HEADS = ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "指标值(目标)", "实际完成值", "得分", "扣分原因"]


def _sheet(name: str, budget: float, spent: float, rate: str, score: float, grade: str, grid: list[list]) -> list[list]:
    return [
        [f"{_DEPT}2025年项目支出绩效评价指标评分表", None, None, None, None, None, None, None, None],
        ["项目名称", name, None, None, None, "主管部门", _DEPT, None, None],
        ["实施单位", "松岭县农业技术推广中心", None, None, None, "第三方机构", "松岭衡信会计师事务所", None, None],
        ["预算数（万元）", budget, "执行数（万元）", spent, None, "执行率", rate, None, None],
        ["综合得分", score, "绩效等级", grade, None, "评价时间", "2026年4月", None, None],
        _HEADS, *grid,
    ]


def _grid(deduct: dict[str, tuple[float, str]]) -> tuple[list[list], float, float]:
    """The grid of one project: each row's 得分 its 分值 unless deducted ({name: (得分, 扣分原因)})."""
    rows = [("决策", "项目立项", "立项依据充分性", 4, "充分", "充分"),
            (None, "资金投入", "预算编制科学性", 6, "科学", "较科学"),
            ("过程", "资金管理", "资金到位率", 5, "100%", "100%"),
            (None, None, "预算执行率", 5, "100%", "90%"),
            (None, "组织实施", "管理制度健全性", 10, "健全", "健全"),
            ("产出", "数量指标", "示范基地建设个数", 15, "≥6个", "5个"),
            (None, "质量指标", "技术培训合格率", 10, "≥95%", "96%"),
            (None, "时效指标", "补助发放及时率", 10, "100%", "100%"),
            ("效益", "经济效益", "亩均增收", 10, "≥800元", "650元"),
            (None, "社会效益", "带动农户数", 10, "≥300户", "320户"),
            (None, "满意度", "种养户满意度", 15, "≥90%", "88%")]
    out, full, got = [], 0.0, 0.0
    for l1, l2, name, points, target, done in rows:
        score, why = deduct.get(name, (points, None))
        out.append([l1, l2, name, points, "按完成比例得分", target, done, score, why])
        full, got = full + points, got + score
    out.append(["合计", None, None, full, None, None, None, got, None])
    return out, full, got


_PROJECTS = {  # sheet: (name, 预算数, 执行数, 执行率, 扣分, 绩效等级)
    "稻渔综合种养": ("稻渔综合种养示范推广经费", 240, 216, "90%",
                {"预算执行率": (4, "项目结余资金未及时清理"), "示范基地建设个数": (12.5, "一个基地因选址调整未建成"),
                 "亩均增收": (8, "受价格下行影响增收不及预期"), "种养户满意度": (13, "技术指导频次偏少")}, "良"),
    "农机购置补贴": ("农业机械购置补贴资金", 180, 178.2, "99%", {"预算编制科学性": (5, "测算依据不够细化")}, "优"),
    "乡村工匠": ("乡村工匠培育经费", 95, 71.25, "75%",
              {"预算执行率": (2, "培训班次延后"), "管理制度健全性": (7, "缺少学员跟踪管理制度"),
               "带动农户数": (6, "带动效果统计不全"), "种养户满意度": (9, "课程实用性不足")}, "中"),
}


def _scores() -> dict[str, tuple[float, float]]:
    return {sheet: _grid(deduct)[1:] for sheet, (_, _, _, _, deduct, _) in _PROJECTS.items()}


def _write(path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet, (name, budget, spent, rate, deduct, grade) in _PROJECTS.items():
        grid, _, got = _grid(deduct)
        ws = wb.create_sheet(sheet)
        for row in _sheet(name, budget, spent, rate, got, grade, grid):
            ws.append(row)
        for cells in ("A1:I1", "B2:E2", "G2:I2", "B3:E3", "G3:I3", "G4:I4", "G5:I5", "A7:A8", "A9:A11", "A12:A14",
                      "A15:A17", "B9:B10"):
            ws.merge_cells(cells)
    wb.save(path)
    return path


def _targets(path: Path) -> Path:
    """The department's 2026 目标表: two of the projects evaluated, with other money, and one of its own."""
    units = [Unit(_DEPT, "525.00 525.00", [
        Item("稻渔综合种养示范推广经费", "260.00 260.00", "建设稻渔综合种养示范基地，推广绿色种养技术。",
             [("11", "示范基地建设个数", "≥6个", "≥6个"), ("31", "种养户满意度", "≥90%", "≥90%")]),
        Item("乡村工匠培育经费", "100.00 100.00", "培育乡村工匠，开展技能培训。",
             [("11", "培训乡村工匠人数", "≥200人", "≥200人")]),
        Item("高标准农田建后管护经费", "165.00 165.00", "开展高标准农田建后管护。",
             [("11", "管护面积", "≥3万亩", "≥3万亩")])])]
    path.write_text(render(_DEPT, "525.00 525.00", units, title="2026年" + TITLE), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    return _write(tmp_path_factory.mktemp("score50") / f"{_DEPT}_2025年_项目支出绩效评价指标评分表.xlsx")


@pytest.fixture(scope="module")
def songling(book: Path, tmp_path_factory) -> Engine:
    folder = book.parent
    _targets(folder / f"{_DEPT}_2026年_项目支出绩效目标表.txt")
    # (the county's 财政局 prints a table of assets, no projects: "松岭那边…的项目" is still the bureau's)
    simple_table(folder / "松岭县_2026年_新增资产配置预算表.xlsx", "新增资产配置预算表", "松岭县2026年新增资产配置预算表", "F2",
                 "单位：万元", ["单位名称", "资产名称", "数量", "金额（万元）"],
                 [["松岭县财政局", "台式计算机", 6, 3.6], ["松岭县财政局", "复印机", 1, 2.4], ["合计", None, None, 6]])
    return engine_over(tmp_path_factory.mktemp("score50_db") / "kb.sqlite", [folder])


def test_the_sheets_are_read_as_forms_with_the_blocks_money(book: Path) -> None:
    assert detect(openpyxl.load_workbook(book)) == SELF_EVALUATION_FORMS
    doc = read_workbook(str(book), book.read_bytes())
    assert doc is not None and doc.department == _DEPT and doc.year == 2025
    assert doc.form == "项目支出绩效评价指标评分表"  # (cited as the table it is, not as a 自评表)
    money = {p.name: (p.amounts.total, p.executed) for p in doc.projects}
    assert money == {"稻渔综合种养示范推广经费": (240, 216), "农业机械购置补贴资金": (180, 178.2), "乡村工匠培育经费": (95, 71.25)}


def test_a_projects_score_by_its_sheets_short_name(songling: Engine) -> None:
    got = _scores()["稻渔综合种养"][1]
    answer = converse(songling, "稻渔综合种养绩效评价得了多少分")
    assert answer.status == ANSWERED and f"{got:g}分" in answer.text and "稻渔综合种养示范推广经费" in answer.text, answer.text


def test_the_projects_ranked_by_their_score(songling: Engine) -> None:
    answer = converse(songling, "哪个评价项目得分最低")
    assert answer.status == ANSWERED and "最低的是乡村工匠培育经费" in answer.text, answer.text


@pytest.mark.parametrize(("question", "wanted"), [
    ("农机购置补贴的第三方机构是哪家", "松岭衡信会计师事务所"),
    ("松岭县农业农村局评价的第三方机构是哪家", "松岭衡信会计师事务所"),  # every sheet's alike: said once
    ("乡村工匠绩效等级", "中"),
])
def test_the_blocks_fields(songling: Engine, question: str, wanted: str) -> None:
    answer = converse(songling, question)
    assert answer.status == ANSWERED and wanted in answer.text, answer.text


def test_a_grade_is_said_with_its_score(songling: Engine) -> None:
    got = _scores()["乡村工匠"][1]
    answer = converse(songling, "乡村工匠评价是什么等级")
    assert answer.status == ANSWERED and "中" in answer.text and f"{got:g}分" in answer.text, answer.text


@pytest.mark.parametrize(("question", "wanted"), [
    ("稻渔综合种养产出指标分值一共多少", "分值：35分"),
    ("稻渔综合种养过程指标扣了多少分", "扣分：1分"),
    # (the sheet's 效益 holds its 满意度: 8 + 10 + 13, as the sheet groups its points)
    ("稻渔综合种养效益指标得分合计", "得分：31分"),
    ("乡村工匠经济效益指标得分", "亩均增收"),
])
def test_a_class_of_indicators_added_up(songling: Engine, question: str, wanted: str) -> None:
    answer = converse(songling, question)
    assert answer.status == ANSWERED and wanted in answer.text, answer.text


def test_a_class_the_sheet_lacks_is_no_wider_class(songling: Engine) -> None:
    answer = converse(songling, "稻渔综合种养的生态效益指标得分")
    assert answer.status == UNKNOWN and "生态效益" in answer.text, answer.text


@pytest.mark.parametrize(("turns", "wanted"), [
    (("稻渔综合种养预算执行率为啥扣分",), "项目结余资金未及时清理"),
    (("乡村工匠评价里种养户满意度得分", "扣分原因呢"), "课程实用性不足"),
    (("稻渔综合种养的评价得分", "那乡村工匠呢"), f"{_scores()['乡村工匠'][1]:g}分"),
    (("稻渔综合种养评价决策指标得分", "过程指标呢"), "过程指标 得分：19分"),
    (("哪个评价项目得分最低", "它哪些指标扣分了"), "管理制度健全性"),
])
def test_scores_and_reasons_in_a_conversation(songling: Engine, turns: tuple[str, ...], wanted: str) -> None:
    answer = converse(songling, *turns)
    assert answer.status == ANSWERED and wanted in answer.text, answer.text


def test_a_project_no_sheet_scores_has_no_score(songling: Engine) -> None:
    answer = converse(songling, "稻渔综合种养的评价得分", "那高标准农田建后管护经费呢")
    assert answer.status == UNKNOWN and "165" not in answer.text, answer.text


def test_a_plain_budget_question_stays_the_target_tables(songling: Engine) -> None:
    answer = converse(songling, "稻渔综合种养示范推广经费预算多少")
    assert answer.status == ANSWERED and "260" in answer.text and "240" not in answer.text.split("（")[0], answer.text


def test_a_year_no_table_is_of_is_no_other_years_figure(songling: Engine) -> None:
    rate = converse(songling, "稻渔综合种养示范推广经费2026年预算", "它2025年的执行率")
    assert rate.status == ANSWERED and "216" in rate.text, rate.text
    answer = converse(songling, "稻渔综合种养示范推广经费2026年预算", "它2025年的执行率", "2024年的呢")
    assert answer.status == UNKNOWN and "216" not in answer.text and "2024" in answer.text, answer.text


def test_what_was_done_in_2025_beside_the_2026_target(songling: Engine) -> None:
    answer = converse(songling, "稻渔综合种养示范基地建设个数 2025年实际多少 2026年目标多少")
    assert answer.status == ANSWERED and "5个" in answer.text and "≥6个" in answer.text, answer.text
    assert "2026年项目支出绩效目标表" in answer.text, answer.text


def test_projects_over_an_amount_of_the_one_department_with_projects(songling: Engine) -> None:
    answer = converse(songling, "松岭那边超过二百万的项目")
    assert answer.status == ANSWERED and "稻渔综合种养示范推广经费" in answer.text, answer.text
    assert "乡村工匠" not in answer.text and "高标准农田" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["稻渔综合种养示范推广经费 2026年比2025年预算增加多少", "乡村工匠培育经费2026比2025预算多多少"])
def test_a_projects_budget_of_two_years_set_against_each_other(songling: Engine, question: str) -> None:
    answer = converse(songling, question)
    wanted = r"增加 20(?:\.00)?万元" if "稻渔" in question else r"增加 5(?:\.00)?万元"
    assert answer.status == ANSWERED and re.search(wanted, answer.text), answer.text
    assert "2026年项目支出绩效目标表" in answer.text and "2025年项目支出绩效评价指标评分表" in answer.text, answer.text


@pytest.mark.parametrize("question", ["稻渔综合种养评价满分多少", "稻渔综合种养评价总分满分多少", "乡村工匠培育经费的分值合计是多少"])
def test_a_projects_full_marks_are_its_total_lines_points(songling: Engine, question: str) -> None:
    """满分 of a project is the 合计 line's 分值 — never its money (the block's 预算数) nor its 总分."""
    answer = converse(songling, question)
    head = answer.text.split("（")[0]
    assert answer.status == ANSWERED and "满分" in head and "100分" in head, answer.text
    assert not re.search(r"240|95(?:\.00)?万元|84\.5|82", head), answer.text


def test_a_funding_line_of_a_form_printing_one_budget(songling: Engine) -> None:
    """财政拨款 of a project whose form prints only its 预算数: said so with that figure, no empty list of lines."""
    answer = converse(songling, "稻渔综合种养2025年财政拨款多少")
    assert answer.status == UNKNOWN and "240" in answer.text and "只有：）" not in answer.text, answer.text
    assert "财政拨款" in answer.text, answer.text


def test_namesakes_with_the_same_target_are_listed(songling: Engine) -> None:
    """种养户满意度: ≥90% the target of every project (only what was done differs): the list answers."""
    answer = converse(songling, "种养户满意度是多少")
    assert answer.status == ANSWERED and "稻渔综合种养示范推广经费" in answer.text and "乡村工匠培育经费" in answer.text, answer.text


@pytest.fixture(scope="module")
def targets_differ(book: Path, tmp_path_factory) -> Engine:
    """The 评分表 beside a 目标表 whose 乡村工匠 sets 种养户满意度 at ≥85% (its 评分表 at ≥90%)."""
    folder = tmp_path_factory.mktemp("score50_b")
    (folder / book.name).write_bytes(book.read_bytes())
    units = [Unit(_DEPT, "360.00 360.00", [
        Item("稻渔综合种养示范推广经费", "260.00 260.00", "建设稻渔综合种养示范基地。",
             [("31", "种养户满意度", "≥90%", "≥90%")]),
        Item("乡村工匠培育经费", "100.00 100.00", "培育乡村工匠。", [("31", "种养户满意度", "≥85%", "≥85%")])])]
    (folder / f"{_DEPT}_2026年_项目支出绩效目标表.txt").write_text(
        render(_DEPT, "360.00 360.00", units, title="2026年" + TITLE), encoding="utf-8")
    return engine_over(tmp_path_factory.mktemp("score50_b_db") / "kb.sqlite", [folder])


def test_namesakes_of_a_project_in_two_tables_are_one_option(targets_differ: Engine) -> None:
    """Each project printed in the 2026 目标表 and the 2025 评分表 is one option, never two (3 projects, 5 rows)."""
    answer = converse(targets_differ, "种养户满意度是多少")
    assert answer.status == "clarify" and "有 3 个项目" in answer.text, answer.text
    assert answer.options is not None and len(answer.options) == 3, answer.options
    picked = converse(targets_differ, "种养户满意度是多少", "3")
    assert picked.status == ANSWERED and "乡村工匠培育经费" in picked.text and "稻渔" not in picked.text, picked.text
    assert "≥85%" in picked.text and "≥90%" in picked.text, picked.text
