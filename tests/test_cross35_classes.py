"""Questions across documents and the conversation's context (cross35), on tables generated here with names and
figures of their own.

Classes: the totals of two departments' tables added up when a sum is asked ("A局和B局项目预算合计多少": one sum
with both figures), compared when tables print no project total (a progress table's 计划投资, an allocation's
分配金额 on their own 合计 rows), with a province said before the place ("宁夏西吉…"), or a word of a table's title
beside its department ("西吉人居环境资金"); "其中财政拨款呢" after a funding unit's amount (that unit, never every
department); an amount kept with many decimals (10891.615675) shown with two; the 期望达到的目标 of a named task
asked in a follow-up; a weight (指标权重) asked after naming a table: that table's, never another table's values;
a follow-up naming another table by its title's words ("营养改善计划里…呢") takes that table; an indicator name
shared by a department's overall table and another department's project is asked which, never one's value."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import DATA, converse, engine_over, set_cells, simple_table
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, UNKNOWN, Engine

_WATER = "澜川县水务局"
_WATER_UNITS = [
    Unit("澜川县水务局本级", "130.50 130.50", [
        Item("河道保洁经费", "88.50 88.50", "开展主要河道日常保洁，保持河面整洁。",
             [("11", "保洁河道长度", "≥45公里", "≥45公里"), ("31", "沿河群众满意度", "≥90%", "≥90%")]),
        Item("防汛物资储备经费", "42.00 42.00", "储备防汛物资，保障汛期抢险需要。",
             [("11", "储备编织袋", "≥3万条", "≥3万条")]),
    ]),
    Unit("澜川县河道管理所", "37.70 31.20 6.50", [
        Item("堤防巡查经费", "21.70 15.20 6.50", "开展堤防日常巡查和隐患排查。",
             [("11", "巡查堤防长度", "≥60公里", "≥60公里")]),
        Item("河道采砂监管经费", "16.00 16.00", "开展河道采砂执法巡查。",
             [("11", "执法巡查次数", "≥50次", "≥50次")]),
    ]),
]

_PETITION = "澜川县信访局"
_PETITION_UNITS = [
    Unit("澜川县信访局", "76.34 76.34", [
        Item("来访接待经费", "51.34 51.34", "做好群众来访接待和矛盾化解。",
             [("11", "接待来访群众", "≥2000人次", "≥2000人次")]),
        Item("信访法律援助经费", "25.00 25.00", "为信访群众提供法律咨询。",
             [("11", "法律咨询次数", "≥120次", "≥120次"), ("31", "群众满意度", "≥93%", "≥93%")]),
    ]),
]

_PROGRESS_ROWS = [  # 项目名称, 计划投资, 累计完成投资 (万元)
    ("城区供热管网改造", 5200, 3100),
    ("乡村卫生室标准化建设", 860, 860),
]
_ALLOCATION_ROWS = [  # 乡镇, 人口（人）, 分配系数, 分配金额 (万元)
    ("白石镇", 18200, 0.5862, 410.3),
    ("青岩乡", 12850, 0.4138, 289.7),
]
_MEAL_ROWS = [  # 学校, 受益学生数（人）, 补助金额（元）
    ("白石镇中心小学", 352, 352000),
    ("青岩乡九年制学校", 417, 417000),
]


def _progress(path: Path) -> None:
    rows = [list(r) for r in _PROGRESS_ROWS]
    rows.append(["合计", sum(r[1] for r in _PROGRESS_ROWS), sum(r[2] for r in _PROGRESS_ROWS)])
    simple_table(path, "推进情况", "鹤原县发展和改革局2026年重点民生实事项目推进情况表", "C2", "单位：万元",
                 ("项目名称", "计划投资（万元）", "累计完成投资（万元）"), rows)


def _allocation(path: Path) -> None:
    rows: list[list] = [["合计", sum(r[1] for r in _ALLOCATION_ROWS), 1, round(sum(r[3] for r in _ALLOCATION_ROWS), 2)]]
    rows += [list(r) for r in _ALLOCATION_ROWS]
    simple_table(path, "分配表", "松台县财政局2026年对乡镇农村人居环境整治转移支付资金因素法分配表", "D2", "单位：万元",
                 ("乡镇", "人口因素（人）", "分配系数", "分配金额（万元）"), rows)


def _meals(path: Path) -> None:
    rows = [list(r) for r in _MEAL_ROWS]
    simple_table(path, "分配表", "澜川县教育局2026年农村义务教育学生营养改善计划补助资金分配表", "C2", "单位：元",
                 ("学校名称", "受益学生数（人）", "补助金额（元）"), rows)


def _department_targets(path: Path) -> None:
    """A department-overall targets table (the published layout made over): its 基本支出 kept with six decimals,
    a task whose 期望达到的目标 says two things, satisfaction values (no weights)."""
    shutil.copyfile(DATA / "samples" / "zhanjiang_rsj_2024_department_targets.xlsx", path)
    set_cells(path, {"A1": "2026年市级部门整体预算绩效目标表", "B2": "鹤汀市人力资源和社会保障局", "C5": "4528.736281",
                     "B12": "城乡老年人长期护理补贴资金", "C12": "对经评估的失能老人按月发放长期护理补贴。", "D12": "3320",
                     "E12": "失能老人护理补贴按月足额发放。全年发放不少于1.2万人次。", "E34": "≥82%"})


def _self_evaluation(path: Path) -> None:
    """A project self-evaluation (the published layout made over): its satisfaction indicator weighs 13."""
    shutil.copyfile(DATA / "samples" / "chongqing_yuzhong_2021_project_self_evaluation.xlsx", path)
    set_cells(path, {"A1": "2025年度项目支出绩效自评表", "B2": "创业扶持资金", "I2": "周岚", "B3": "潭溪区创业服务中心",
                     "I3": "潭溪区人力资源和社会保障局", "B5": 4200, "F5": 3950, "B20": "创业服务满意度", "F20": 13})


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("cross35")
    (folder / "lanchuan_slj_2026_targets.txt").write_text(render(_WATER, "168.20 161.70 6.50", _WATER_UNITS),
                                                          encoding="utf-8")
    (folder / "lanchuan_xfj_2026_targets.txt").write_text(render(_PETITION, "76.34 76.34", _PETITION_UNITS),
                                                          encoding="utf-8")
    _progress(folder / "heyuan_2026_minsheng_progress.xlsx")
    _allocation(folder / "songtai_2026_factor_allocation.xlsx")
    _meals(folder / "lanchuan_2026_student_nutrition.xlsx")
    _department_targets(folder / "heting_rsj_2026_department_targets.xlsx")
    _self_evaluation(folder / "tanxi_rsj_2025_self_evaluation.xlsx")
    root = Path(__file__).resolve().parent.parent
    return engine_over(tmp_path_factory.mktemp("cross35_db") / "kb.sqlite", [root / "knowledge", folder])


def _ask(engine: Engine, question: str):
    return engine.ask(question, record=False)


@pytest.mark.parametrize("question", ["澜川水务局和澜川信访局项目预算合计多少", "水务局和信访局项目预算加起来多少"])
def test_two_departments_totals_added_when_a_sum_is_asked(engine: Engine, question: str) -> None:
    """168.20 + 76.34: the one sum, with both figures it is of."""
    answer = _ask(engine, question)
    assert answer.status == ANSWERED, answer.text
    assert "244.54" in answer.text and "168.20" in answer.text and "76.34" in answer.text, answer.text


def test_two_departments_totals_each_asked_are_not_added(engine: Engine) -> None:
    answer = _ask(engine, "澜川水务局和澜川信访局项目预算分别多少")
    assert "244.54" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["鹤原和松台哪个表金额大", "宁夏鹤原和松台哪个表金额大", "甘肃省松台县和鹤原县哪个表的钱多"])
def test_tables_without_a_project_total_compared_by_their_own_total_rows(engine: Engine, question: str) -> None:
    """A progress table's 合计 计划投资 (6060) against an allocation's 合计 分配金额 (700): each named, by its place."""
    answer = _ask(engine, question)
    assert answer.status == ANSWERED, answer.text
    assert "6060" in answer.text and "700" in answer.text and "鹤原县发展和改革局" in answer.text, answer.text
    assert answer.text.index("鹤原县发展和改革局") < answer.text.index("松台县财政局"), answer.text


def test_a_word_of_a_tables_title_beside_its_department(engine: Engine) -> None:
    """"松台人居环境资金": 松台's table is the 农村人居环境整治 allocation; compared with 水务局's total."""
    answer = _ask(engine, "澜川水务局和松台人居环境资金哪个多")
    assert answer.status == ANSWERED, answer.text
    assert "松台县财政局" in answer.text and "700" in answer.text and "168.20" in answer.text, answer.text


def test_a_province_alone_is_still_not_understood(engine: Engine) -> None:
    answer = _ask(engine, "宁夏有哪些项目")
    assert answer.status == UNKNOWN, answer.text


@pytest.mark.parametrize("then", ["其中财政拨款呢", "财政拨款呢", "那财政拨款呢"])
def test_a_source_of_funds_after_a_units_amount_is_that_units(engine: Engine, then: str) -> None:
    """河道管理所 37.70 (财政拨款 31.20): never every department's 财政拨款."""
    answer = converse(engine, "澜川县河道管理所多少钱", then)
    assert answer.status == ANSWERED, answer.text
    assert "31.20" in answer.text and "信访局" not in answer.text and "161.70" not in answer.text, answer.text


def test_an_amount_kept_with_many_decimals_is_shown_with_two(engine: Engine) -> None:
    # (shown with two; the cell's own value only after it, in brackets, as a search of the workbook finds it)
    answer = _ask(engine, "鹤汀人社局基本支出预算")
    assert answer.status == ANSWERED, answer.text
    assert "4528.74万元（表中数值为4528.736281）" in answer.text, answer.text
    assert answer.text.count("4528.736281") == 1, answer.text


def test_a_coefficient_keeps_its_digits(engine: Engine) -> None:
    answer = _ask(engine, "松台白石镇分配系数是多少")
    assert answer.status == ANSWERED, answer.text
    assert "0.5862" in answer.text, answer.text


def test_the_expected_goal_of_a_task_asked_in_a_follow_up(engine: Engine) -> None:
    """The task's 期望达到的目标 (both its sentences), not every task whose text says 期望."""
    answer = converse(engine, "城乡老年人长期护理补贴资金", "期望达到什么目标")
    assert answer.status == ANSWERED, answer.text
    assert "1.2万人次" in answer.text and "就业" not in answer.text, answer.text


def test_a_weight_asked_after_naming_a_table_is_that_tables(engine: Engine) -> None:
    answer = converse(engine, "潭溪区那个自评表", "满意度指标权重多少")
    assert answer.status == ANSWERED, answer.text
    assert "13" in answer.text and "权重" in answer.text and "82" not in answer.text, answer.text


def test_a_weight_is_never_answered_with_values_of_a_table_printing_none(engine: Engine) -> None:
    """鹤汀's targets print values only: its ≥82% is no weight."""
    for question in ("满意度指标权重多少", "鹤汀人社局满意度指标权重多少"):
        answer = _ask(engine, question)
        assert "82" not in answer.text, answer.text


def test_a_follow_up_naming_another_table_by_its_title(engine: Engine) -> None:
    """"营养改善计划里…呢" after a 水务局 project: 教育局's allocation, not 水务局's table."""
    answer = converse(engine, "河道保洁经费多少", "营养改善计划里白石镇中心小学呢")
    assert answer.status == ANSWERED, answer.text
    assert "352000" in answer.text and "河道保洁" not in answer.text, answer.text


def test_an_indicator_named_alike_in_two_departments_is_asked_which(engine: Engine) -> None:
    """群众满意度: a row of 鹤汀's overall table (≥82%) and an indicator of 澜川信访局's project (≥93%): never
    one department's value alone."""
    answer = _ask(engine, "群众满意度指标值是多少")
    assert not (answer.status == ANSWERED and "82" in answer.text and "93" not in answer.text), answer.text
