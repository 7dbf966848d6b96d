"""General tables of no known layout (gen30), on tables generated here with names and figures of their own.

Classes: a unit's 小计 line marked beside its name (the unit repeated in 单位名称, "小计" in 备注 or another
text column, its item columns blank) is the unit's subtotal, never an item of a ranking, and the 合计 line is
the table's whole ("一共多少钱": the 合计, never one row nor the 小计 lines added while a unit of one row
prints none); a 名称 column after the names that already tell each row apart (指导性目录名称) is the row's
attribute, not its items' names (nor is a category a heading over another unit's item); "X买了哪些服务" lists
the unit's rows with their amounts, never each cell nor "no amount"; a plan over years (2025-2027年…滚动规划表)
is of its first year (a series of past years keeps its latest); amount verbs (安排, 计划安排, 下达, 拨付, 规划)
ask amounts; "X局一共多少" of a department whose one table is a general table is that table's 合计 line — a
row's total column (三年合计) is never added to its own years."""

from __future__ import annotations

import sqlite3

import openpyxl
import pytest
from conftest import engine_over

from bot.engine import ANSWERED, Engine


def _purchase_table(path, total_note_col: int, merged: bool = False) -> None:
    """A 政府购买服务预算表: 合计 first, each unit's name repeated on its rows, its 小计 marked in one text column
    (total_note_col, 0-based), a unit of one row with no 小计."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "购买服务"
    ws.append(["松溪县卫生健康局2025年政府购买服务预算表"])
    ws.append(["单位：万元"])
    ws.append(["单位名称", "购买服务项目名称", "指导性目录名称", "承接主体类型", "预算金额", None, None, "购买方式", "备注"])
    ws.append([None, None, None, None, "合计", "财政拨款", "其他资金", None, None])
    for col in "ABCDHI":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("E3:G3")
    ws.append(["合计", None, None, None, 512.4, 470.4, 42, None, None])
    rows = [
        ("松溪县卫生健康局机关", "基层医疗机构绩效考核评估", "卫生健康服务", "事业单位", 66, 66, 0, "公开招标", None),
        ("松溪县卫生健康局机关", "健康教育宣传品设计制作", "宣传服务", "企业", 24.4, 24.4, 0, "询价", "延续项目"),
        ("松溪县卫生健康局机关", None, None, None, 90.4, 90.4, 0, None, None),
        ("松溪县疾病预防控制中心", "病媒生物防制服务", "公共卫生服务", "企业", 210, 180, 30, "公开招标", None),
        ("松溪县疾病预防控制中心", "实验室废弃物处置", "环境服务", "企业", 57, 45, 12, "竞争性谈判", None),
        ("松溪县疾病预防控制中心", None, None, None, 267, 225, 42, None, None),
        ("松溪县急救站", "急救车辆托管运维", "交通运输服务", "企业", 155, 155, 0, "单一来源", "新增"),
    ]
    for r in rows:
        row = list(r)
        if row[1] is None:
            row[total_note_col] = "小计"
        ws.append(row)
    ws.append(["注：本表金额不含政府采购货物。"])
    if merged:  # each unit's name merged over its rows, its 小计 line among them
        ws.merge_cells("A6:A8")
        ws.merge_cells("A9:A11")
    wb.save(path)


def _plan_table(path) -> None:
    """A 项目支出滚动规划表 over 2025-2027, a group column merged over its rows, a 合计 line last."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "规划"
    ws.append(["沅陵县水利局2025-2027年项目支出滚动规划表"])
    ws.append(["单位：万元"])
    ws.append(["项目类别", "项目名称", "实施期限", "以前年度已安排", "规划资金", None, None, None, "资金来源", "备注"])
    ws.append([None, None, None, None, "2025年", "2026年", "2027年", "三年合计", None, None])
    ws.merge_cells("E3:H3")
    data = [("运转类", "水文监测站点运维", "2023-2027", 140, 70, 72, 75, 217, "一般公共预算", "延续项目"),
            ("运转类", "河道保洁巡查", "2024-2026", 60, 88, 90, None, 178, "一般公共预算", "延续项目"),
            ("特定目标类", "山塘水库除险加固", "2025-2027", None, 900, 1300, 1100, 3300, "政府性基金", "新增项目"),
            ("特定目标类", "灌区节水改造", "2025-2026", None, 260, 140, None, 400, "上级补助", "新增项目")]
    for r in data:
        ws.append(list(r))
    ws.merge_cells("A5:A6")
    ws.merge_cells("A7:A8")
    ws.append(["合计", None, None, 200, 1318, 1602, 1175, 4095, None, None])
    wb.save(path)


def _series_table(path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收支"
    ws.append(["辰溪县2019-2023年财政收支情况表"])
    ws.append(["单位：亿元"])
    ws.append(["年度", "一般公共预算收入", "一般公共预算支出"])
    for y, a, b in [(2019, 8.1, 30.2), (2020, 7.9, 31.5), (2021, 8.6, 33.0), (2022, 8.8, 34.1), (2023, 9.2, 35.6)]:
        ws.append([f"{y}年", a, b])
    wb.save(path)


@pytest.fixture(scope="module")
def purchase(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("gen30_purchase")
    _purchase_table(d / "松溪县卫生健康局_2025_政府购买服务预算表.xlsx", 8)
    return engine_over(tmp_path_factory.mktemp("gen30_purchase_db") / "kb.sqlite", [d])


@pytest.fixture(scope="module")
def purchase_marked_elsewhere(tmp_path_factory) -> Engine:
    """The same kind of table, its 小计 word printed in the 承接主体类型 column instead of 备注."""
    d = tmp_path_factory.mktemp("gen30_purchase2")
    _purchase_table(d / "松溪县卫生健康局_2025_政府购买服务预算表.xlsx", 3)
    return engine_over(tmp_path_factory.mktemp("gen30_purchase2_db") / "kb.sqlite", [d])


@pytest.fixture(scope="module")
def purchase_merged(tmp_path_factory) -> Engine:
    """The same kind of table, each unit's name merged over its rows."""
    d = tmp_path_factory.mktemp("gen30_purchase3")
    _purchase_table(d / "松溪县卫生健康局_2025_政府购买服务预算表.xlsx", 8, merged=True)
    return engine_over(tmp_path_factory.mktemp("gen30_purchase3_db") / "kb.sqlite", [d])


@pytest.fixture(scope="module")
def plan(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("gen30_plan")
    _plan_table(d / "沅陵县水利局_项目支出滚动规划表.xlsx")
    _series_table(d / "辰溪县_财政收支情况表.xlsx")
    return engine_over(tmp_path_factory.mktemp("gen30_plan_db") / "kb.sqlite", [d])


def _ask(engine: Engine, question: str):
    return engine.ask(question, record=False)


# --- a unit's 小计 marked beside its name ---------------------------------------------------------------------

@pytest.mark.parametrize("fixture", ["purchase", "purchase_marked_elsewhere", "purchase_merged"])
def test_the_dearest_item_is_over_every_item_not_the_subtotals(request, fixture: str) -> None:
    engine = request.getfixturevalue(fixture)
    a = _ask(engine, "哪个购买服务项目最贵")
    assert a.status == ANSWERED and "病媒生物防制服务" in a.text and "210" in a.text, a.text
    assert "共比较 5 项" in a.text, a.text


@pytest.mark.parametrize("question", ["购买服务一共多少钱", "松溪县卫生健康局一共多少钱"])
def test_the_whole_is_the_total_line(purchase: Engine, question: str) -> None:
    a = _ask(purchase, question)
    assert a.status == ANSWERED and "512.4" in a.text, a.text
    assert "357.4" not in a.text and "155万元" not in a.text, a.text  # never the 小计 lines added, nor a row


def test_a_units_services_are_its_rows_with_their_amounts(purchase: Engine) -> None:
    a = _ask(purchase, "疾病预防控制中心买了哪些服务")
    assert a.status == ANSWERED, a.text
    assert "病媒生物防制服务（210万元）" in a.text and "实验室废弃物处置（57万元）" in a.text, a.text
    assert "共 2 项" in a.text and "没有金额" not in a.text and "承接主体类型" not in a.text, a.text


def test_a_units_projects_are_named_not_their_catalogue(purchase: Engine) -> None:
    a = _ask(purchase, "卫生健康局机关有哪些项目")
    assert a.status == ANSWERED and "基层医疗机构绩效考核评估" in a.text and "健康教育宣传品设计制作" in a.text, a.text
    assert "卫生健康服务" not in a.text.replace("基层医疗机构", ""), a.text


@pytest.mark.parametrize("question", ["松溪县卫生健康局有哪些购买服务项目", "疾病预防控制中心有哪些购买服务项目"])
def test_the_items_listed_are_the_rows_names(purchase: Engine, question: str) -> None:
    a = _ask(purchase, question)
    assert a.status == ANSWERED and "病媒生物防制服务" in a.text and "预算金额" not in a.text, a.text
    assert "小计" not in a.text and "公共卫生服务" not in a.text, a.text


def test_the_units_are_ranked_by_their_subtotals(purchase: Engine) -> None:
    a = _ask(purchase, "哪个单位购买服务最多")
    assert a.status == ANSWERED and "疾病预防控制中心" in a.text and "267" in a.text, a.text


def test_a_units_subtotal_is_its_own(purchase: Engine) -> None:
    a = _ask(purchase, "疾病预防控制中心一共多少")
    assert a.status == ANSWERED and "267" in a.text, a.text


# --- a plan over years ------------------------------------------------------------------------------------

def test_a_plans_year_is_its_first_and_a_series_keeps_its_latest(plan: Engine) -> None:
    with sqlite3.connect(plan.db_path) as conn:
        years = dict(conn.execute("SELECT title, year FROM documents").fetchall())
    assert years["沅陵县水利局2025-2027年项目支出滚动规划表"] == 2025, years
    assert years["辰溪县2019-2023年财政收支情况表"] == 2023, years


def test_a_projects_figure_is_not_the_last_year_alone(plan: Engine) -> None:
    a = _ask(plan, "山塘水库除险加固多少")
    assert a.status == ANSWERED and "900" in a.text, a.text
    assert "2027年：1100" not in a.text, a.text


@pytest.mark.parametrize("question,figure", [("沅陵县水利局2026年安排多少", "1602"), ("沅陵县水利局2026年计划安排多少", "1602"),
                                             ("沅陵县水利局2027年规划多少", "1175"), ("沅陵县水利局2026年一共多少", "1602"),
                                             ("灌区节水改造2026年下达多少", "140")])
def test_amount_verbs_and_a_years_whole(plan: Engine, question: str, figure: str) -> None:
    a = _ask(plan, question)
    assert a.status == ANSWERED and figure in a.text, a.text


def test_a_rows_total_column_is_not_added_to_its_years(plan: Engine) -> None:
    a = _ask(plan, "沅陵县水利局一共多少")
    assert a.status == ANSWERED and "4095" in a.text and "三年合计" in a.text, a.text
    assert "5413" not in a.text, a.text  # 1318 + 4095: a year added to the three years' total


def test_an_earlier_years_column_is_not_a_year_word(plan: Engine) -> None:
    a = _ask(plan, "以前年度已安排多少")
    assert a.status == ANSWERED and "200" in a.text, a.text


def test_remarks_and_sources(plan: Engine) -> None:
    a = _ask(plan, "哪些是新增项目")
    assert a.status == ANSWERED and "山塘水库除险加固" in a.text and "灌区节水改造" in a.text, a.text
    assert "河道保洁巡查" not in a.text, a.text
    b = _ask(plan, "灌区节水改造资金来源")
    assert b.status == ANSWERED and "上级补助" in b.text, b.text
