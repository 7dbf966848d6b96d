"""Columns of figures per one and the rows of a kind (rate32), on tables generated here with names and figures
of their own.

Classes: a column of figures per one (补助标准（元/生·天）, 单价, 人均补助标准, 拨付比例 in percent) is never added
over rows — asked of a group it gives each row's figure ("均为 5元（3 项）"), asked 一共/合计 it says so and offers
the mean; 人均 said as the start of such a column is that column, never divided again by the row's count; the
noun after 哪个/哪所/哪些 (学校) names the kind of rows asked, never a label's part (学校 of 在校学生数 / of the
title); "人数" said alone is the kind's one column counting 人; "平均X" is X's mean over the rows (合计 left out,
n and the arithmetic shown); "还差多少没拨" is the planned (应拨) less the done (已拨); "已经拨完的学校" are the
rows whose done reached the plan (or whose progress is 100%)."""

from __future__ import annotations

import openpyxl
import pytest
from conftest import engine_over

from bot.engine import ANSWERED, Engine, Session


def _meal_table(path) -> None:
    """A 营养改善计划补助拨付表: schools grouped by merged 片区 cells, 合计 first, a rate per pupil and day, a
    progress in percent."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "营养餐补助"
    ws.append(["桐溪县教育体育局2025年学生营养改善计划补助拨付表"])
    ws.append(["单位：元"])
    ws.append(["序号", "片区", "学校名称", "受益学生数（人）", "补助标准（元/生·天）", "应拨资金", "已拨资金", "拨付比例"])
    ws.append([None, "合计", None, 3300, None, 3300000, 2250000, 0.6818])
    rows = [(1, "枫溪片", "枫溪镇中心小学", 1350, 5, 1350000, 1350000, 1),
            (2, "枫溪片", "枫溪镇初级中学", 700, 5, 700000, 300000, 0.4286),
            (3, "石门片", "石门乡完全小学", 420, 5, 420000, 200000, 0.4762),
            (4, "石门片", "石门乡九年一贯制学校", 830, 6, 830000, 400000, 0.4819)]
    for r in rows:
        ws.append(list(r))
    ws.merge_cells("B5:B6")
    ws.merge_cells("B7:B8")
    for r in range(4, 9):
        ws.cell(r, 8).number_format = "0.00%"
    wb.save(path)


def _subsidy_table(path) -> None:
    """A 残疾人两项补贴发放表: towns under merged 片区 cells, a 人均 standard per person, 合计 first."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "两项补贴"
    ws.append(["临沅县残疾人联合会2025年残疾人两项补贴发放进度表"])
    ws.append(["单位：元"])
    ws.append(["序号", "片区", "乡镇名称", "享受人数（人）", "人均补助标准（元/人·年）", "应发金额", "已发放金额", "发放进度"])
    ws.append([None, "合计", None, 900, None, 810000, 540000, 0.6667])
    rows = [(1, "北片", "鹤鸣镇", 400, 900, 360000, 360000, 1),
            (2, "北片", "龙潭镇", 250, 900, 225000, 90000, 0.4),
            (3, "南片", "白沙乡", 250, 900, 225000, 90000, 0.4)]
    for r in rows:
        ws.append(list(r))
    ws.merge_cells("B5:B6")
    for r in range(4, 8):
        ws.cell(r, 8).number_format = "0.00%"
    wb.save(path)


def _equipment_table(path) -> None:
    """A 设备购置明细表: 单价 × 数量 = 金额 rows, a paid share in percent, 合计 last."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "设备购置"
    ws.append(["澄江县疾病预防控制中心2025年设备购置明细表"])
    ws.append(["单位：元"])
    ws.append(["序号", "设备名称", "使用科室", "单价（元）", "数量（台）", "预算金额", "已支付金额", "支付比例"])
    rows = [(1, "荧光定量PCR仪", "检验科", 260000, 2, 520000, 520000, 1),
            (2, "生物安全柜", "检验科", 48000, 4, 192000, 96000, 0.5),
            (3, "超低温冰箱", "免疫规划科", 36000, 5, 180000, 0, 0)]
    for r in rows:
        ws.append(list(r))
    ws.append([None, "合计", None, None, 11, 892000, 616000, 0.6906])
    for r in range(4, 8):
        ws.cell(r, 8).number_format = "0.00%"
    wb.save(path)


@pytest.fixture(scope="module")
def meal(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("rate32_meal")
    _meal_table(d / "桐溪县教育体育局_2025_营养改善计划补助拨付表.xlsx")
    return engine_over(tmp_path_factory.mktemp("rate32_meal_db") / "kb.sqlite", [d])


@pytest.fixture(scope="module")
def subsidy(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("rate32_subsidy")
    _subsidy_table(d / "临沅县残疾人联合会_2025_两项补贴发放进度表.xlsx")
    return engine_over(tmp_path_factory.mktemp("rate32_subsidy_db") / "kb.sqlite", [d])


@pytest.fixture(scope="module")
def equipment(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("rate32_equipment")
    _equipment_table(d / "澄江县疾病预防控制中心_2025_设备购置明细表.xlsx")
    return engine_over(tmp_path_factory.mktemp("rate32_equipment_db") / "kb.sqlite", [d])


def test_a_rate_of_a_group_is_each_rows_never_their_sum(meal: Engine) -> None:
    a = meal.ask("枫溪片补助标准")
    assert a.status == ANSWERED
    assert "均为 5元" in a.text and "10" not in a.text.split("（来源")[0], a.text


@pytest.mark.parametrize("question", ["补助标准一共多少", "补助标准合计多少"])
def test_a_rate_asked_added_up_is_said_not_to_add(meal: Engine, question: str) -> None:
    a = meal.ask(question)
    text = a.text.split("（来源")[0]
    assert "不做合计" in text and "21" not in text.replace("（5 + 5 + 5 + 6）", ""), a.text
    assert "枫溪镇中心小学 5元" in text and "石门乡九年一贯制学校 6元" in text, a.text


def test_a_price_of_one_is_never_added(equipment: Engine) -> None:
    a = equipment.ask("单价一共多少")
    text = a.text.split("（来源")[0]
    assert "不做合计" in text and "344000" not in text, a.text


def test_a_per_head_standard_added_up_is_said_not_to_add(subsidy: Engine) -> None:
    a = subsidy.ask("人均补助标准一共多少")
    assert "不做合计" in a.text and "2700" not in a.text and "均为 900元" in a.text, a.text


@pytest.mark.parametrize("question", ["鹤鸣镇人均多少钱", "鹤鸣镇人均补助标准"])
def test_a_per_head_column_said_is_read_as_printed(subsidy: Engine, question: str) -> None:
    a = subsidy.ask(question)
    assert a.status == ANSWERED
    assert "900元" in a.text and "÷" not in a.text, a.text


def test_an_amount_column_of_a_group_is_still_added(subsidy: Engine) -> None:
    a = subsidy.ask("北片应发金额合计")
    assert "585000" in a.text, a.text


@pytest.mark.parametrize("question", ["哪个学校学生最多", "哪所学校人数最多", "受益学生数最多的是哪个学校"])
def test_the_kind_of_rows_asked_is_no_label(meal: Engine, question: str) -> None:
    a = meal.ask(question)
    assert a.status == ANSWERED
    assert "最多的是枫溪镇中心小学" in a.text and "1350" in a.text, a.text


def test_rows_of_a_kind_past_a_bound(meal: Engine) -> None:
    a = meal.ask("学生超过800人的学校有哪些")
    assert a.status == ANSWERED
    assert "枫溪镇中心小学" in a.text and "石门乡九年一贯制学校" in a.text and "石门乡完全小学" not in a.text, a.text


@pytest.mark.parametrize(("engine", "question", "mean", "n"), [
    ("meal", "平均拨付比例", "59.67%", "÷ 4"),
    ("meal", "石门片平均拨付比例", "47.91%", "÷ 2"),
    ("equipment", "平均单价", "114666.67元", "÷ 3"),
    ("subsidy", "享受人数平均多少", "300人", "÷ 3"),
])
def test_a_columns_mean_over_its_rows(request, engine: str, question: str, mean: str, n: str) -> None:
    a = request.getfixturevalue(engine).ask(question)
    assert a.status == ANSWERED
    assert f"平均 {mean}" in a.text and n in a.text, a.text


def test_a_rates_mean_says_the_tables_own_total_rate(meal: Engine) -> None:
    a = meal.ask("平均拨付比例")
    assert "68.18%" in a.text, a.text


@pytest.mark.parametrize(("question", "left"), [
    ("枫溪镇初级中学还差多少没拨", "400000"),
    ("石门乡完全小学未拨多少", "220000"),
])
def test_what_is_left_to_pay_out(meal: Engine, question: str, left: str) -> None:
    a = meal.ask(question)
    assert a.status == ANSWERED
    assert left in a.text and "应拨资金" in a.text and "已拨资金" in a.text, a.text


def test_what_is_left_to_hand_out(subsidy: Engine) -> None:
    a = subsidy.ask("龙潭镇还差多少没发")
    assert a.status == ANSWERED and "135000" in a.text, a.text


@pytest.mark.parametrize("question", ["已经拨完的学校", "哪些学校已经拨完了", "哪些学校拨付完毕"])
def test_the_rows_paid_out_in_full(meal: Engine, question: str) -> None:
    a = meal.ask(question)
    assert a.status == ANSWERED
    assert "枫溪镇中心小学" in a.text and "枫溪镇初级中学" not in a.text, a.text


def test_the_items_paid_in_full(equipment: Engine) -> None:
    a = equipment.ask("已经付清的设备有哪些")
    assert a.status == ANSWERED
    assert "荧光定量PCR仪" in a.text and "生物安全柜" not in a.text, a.text


def test_a_groups_mean_is_over_its_rows_after_one_row_talked_about(meal: Engine) -> None:
    session = Session()
    meal.ask("石门乡完全小学拨付比例", session)
    a = meal.ask("石门片平均拨付比例", session)
    assert a.status == ANSWERED and "47.91%" in a.text and "÷ 2" in a.text, a.text


def test_one_rows_mean_is_not_made_up(meal: Engine) -> None:
    a = meal.ask("石门乡完全小学平均拨付比例")
    assert a.status != ANSWERED or "÷" not in a.text, a.text
