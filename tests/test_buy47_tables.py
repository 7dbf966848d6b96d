"""A generic table asked as a whole or across its rows, beside the bundled project tables (政府采购预算表 of a city
whose units are printed on each row; 部门预算与决算对比表 of its departments):
- its 合计 when the place is said with the table's kind ("云溪政府采购预算合计": 市政 of 云溪市政府 is no unit
  市政园林中心 said short);
- how many rows it lists, the table named by its kind ("政府采购表一共多少条采购项目", "对比表里一共多少个部门"):
  no project or department of the other tables asked back;
- its largest row, the table said short across a column of its own ("采购预算最大的项目是哪个": 采购 is no part
  of the row 图书采购);
- an item two rows print (采购品目 广告宣传服务, 检测设备) asked one figure of: which row is asked back, never their
  sum nor the one row whose name runs on from the item (治超检测设备采购 of "检测设备采购预算"); their sum when a sum
  is said;
- a figure asked of the row a printed value selects by a word no column of it has ("执法记录仪单价多少"): said
  so with the columns it has, never the row listed as if the word were absent."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over

from bot.engine import Engine

# unit, project, 品目, 数量, 计量单位, 预算金额 (合计, 财政拨款, 其他资金), 采购方式
_BUY = [("云溪市城市管理局本级", "城市管理执法记录仪采购", "执法记录仪", 30, "台", 7.5, 7.5, None, "询价"),
        ("云溪市环境卫生服务中心", "城区道路清扫保洁服务", "环境卫生服务", 1, "项", 980, 980, None, "公开招标"),
        ("云溪市市政园林中心", "城区园林绿化养护服务", "园林绿化管理服务", 1, "项", 610.4, 610.4, None, "公开招标"),
        ("云溪市市政园林中心", "路灯维修材料采购", "照明设备", 1, "批", 21.5, 21.5, None, "询价"),
        ("云溪市茶业发展中心", "白茶品牌宣传推广服务", "广告宣传服务", 1, "项", 140, 140, None, "公开招标"),
        ("云溪市茶业发展中心", "茶叶质量安全检测仪器", "检测设备", 5, "台", 23.5, 23.5, None, "询价"),
        ("云溪市文化和旅游局本级", "山海旅游宣传推介服务", "广告宣传服务", 1, "项", 95, 75, 20, "公开招标"),
        ("云溪市图书馆", "图书采购", "图书", 9000, "册", 31, 31, None, "竞争性磋商"),
        ("云溪市交通运输综合执法大队", "治超检测设备采购", "检测设备", 2, "套", 39, 39, None, "询价"),
        ("云溪市城市管理局本级", "城市管理协管员劳务派遣服务", "劳务派遣服务", 50, "人", 180.5, 180.5, None, "公开招标"),
        ("云溪市环境卫生服务中心", "分类垃圾桶采购", "垃圾桶", 800, "个", 28, 28, None, "询价"),
        ("云溪市图书馆", "古籍数字化服务", "档案服务", 1, "项", 40, 40, None, "竞争性磋商")]

# 部门名称, 基本支出 (预算, 决算), 项目支出 (预算, 决算)
_COMPARED = [("云溪市教育局", 1500.5, 1490.2, 800, 700.4), ("云溪市林业局", 620, 611.3, 900, 812.6),
             ("云溪市民政局", 300, 297.7, 410, 380.1), ("云溪市商务局", 220.4, 225.1, 150, 120)]


def _buy(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "政府采购预算表"
    ws["A1"] = "云溪市2026年政府采购预算表"
    ws["A2"] = "单位：万元"
    for c, h in enumerate(["序号", "单位名称", "采购项目", "采购品目", "数量", "计量单位", "预算金额", None, None,
                           "采购方式"], 1):
        ws.cell(3, c, h)
    for c, h in enumerate(["合计", "财政拨款", "其他资金"], 7):
        ws.cell(4, c, h)
    for rng in ("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:I3", "J3:J4", "A5:F5"):
        ws.merge_cells(rng)
    total = round(sum(r[5] for r in _BUY), 2)
    for c, v in ((1, "合计"), (7, total), (8, round(total - 20, 2)), (9, 20)):
        ws.cell(5, c, v)
    for r, row in enumerate(_BUY, 6):
        ws.cell(r, 1, r - 5)
        for c, v in enumerate(row, 2):
            if v is not None:
                ws.cell(r, c, v)
    wb.save(path)


def _compared(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "预决算对比"
    ws["A1"] = "云溪市2025年部门预算与决算对比表"
    ws["A2"] = "单位：万元"
    for c, h in enumerate(["序号", "部门名称", "基本支出", None, "项目支出", None], 1):
        ws.cell(3, c, h)
    for c, h in enumerate(["2025年预算数", "2025年决算数", "2025年预算数", "2025年决算数"], 3):
        ws.cell(4, c, h)
    for rng in ("A3:A4", "B3:B4", "C3:D3", "E3:F3"):
        ws.merge_cells(rng)
    for r, row in enumerate(_COMPARED, 5):
        ws.cell(r, 1, r - 4)
        for c, v in enumerate(row, 2):
            ws.cell(r, c, v)
    r = 5 + len(_COMPARED)
    ws.cell(r, 2, "合计")
    for c in range(3, 7):
        ws.cell(r, c, round(sum(x[c - 2] for x in _COMPARED), 2))
    wb.save(path)


def _assets(path: Path) -> None:
    """Another table whose line holds 单价 ("单价100万元以上设备"): a word of it said is no column of the 采购 rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "资产占用"
    ws["A1"] = "云溪市民政局2025年国有资产占用情况表"
    ws["C2"] = "单位：台、辆"
    for c, h in enumerate(["序号", "项目", "数量"], 1):
        ws.cell(3, c, h)
    for r, (name, n) in enumerate([("车辆", 4), ("单价100万元以上设备", 2), ("单价50万元以上通用设备", 3)], 4):
        ws.cell(r, 1, r - 3)
        ws.cell(r, 2, name)
        ws.cell(r, 3, n)
    wb.save(path)


def _bureau(path: Path) -> None:
    """A table of the 城市管理局 itself: a loaded department whose name a unit of the procurement plan holds."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "三公经费"
    ws["A1"] = "云溪市城市管理局2026年三公经费预算表"
    ws["C2"] = "单位：万元"
    for c, h in enumerate(["序号", "项目", "预算数"], 1):
        ws.cell(3, c, h)
    for r, (name, n) in enumerate([("合计", 12.5), ("公务接待费", 4.5), ("公务用车运行维护费", 8)], 4):
        ws.cell(r, 2, name)
        ws.cell(r, 3, n)
    wb.save(path)


# The bureau's project table (the published text layout): its projects' rows are in the procurement plan too.
_PROJECTS = """项目支出绩效目标表（含转移支付项目）

部门名称：云溪市城市管理局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 1100.00 1100.00

云溪市环境卫生服务中心 1100.00 1100.00

    城区道路清扫保洁服务经费 1000.00 1000.00

通过政府购买服务方式，委托专业保洁公司承担城区道路的清扫保洁。

1、1-产出指标,11-数量指标,清扫保洁面积；实施周期指标值:≥300万平方米,年度指标值:≥300万平方米;,2、3-满意度指标,31-服务对象满意度,群众满意度；实施周期指标值:≥90%,年度指标值:≥90%;

    垃圾分类设施更新经费 100.00 100.00

更新城区分类垃圾桶，提高垃圾分类投放准确率。

1、1-产出指标,11-数量指标,更新垃圾桶数量；实施周期指标值:≥800个,年度指标值:≥800个;
"""


def _spending(path: Path) -> None:
    """The place's table of departments and units (部门支出预算表): a unit's line answered, then followed."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门支出预算表"
    ws["A1"] = "云溪市2026年部门支出预算表"
    ws["A2"] = "单位：万元"
    for c, h in enumerate(["部门名称", "单位名称", "合计", "基本支出"], 1):
        ws.cell(3, c, h)
    for r, row in enumerate([("合计", None, 3000, 1200), ("云溪市文化和旅游局", "云溪市文化和旅游局本级", 1800, 500),
                             (None, "云溪市图书馆", 1200, 700), (None, "小计", 3000, 1200)], 4):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    ws.merge_cells("A5:A7")
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    tmp = tmp_path_factory.mktemp("buy47")
    _buy(tmp / "云溪市2026年政府采购预算表.xlsx")
    _compared(tmp / "云溪市2025年部门预算与决算对比表.xlsx")
    _assets(tmp / "云溪市民政局2025年国有资产占用情况表.xlsx")
    _bureau(tmp / "云溪市城市管理局2026年三公经费预算表.xlsx")
    _spending(tmp / "云溪市2026年部门支出预算表.xlsx")
    (tmp / "云溪市城市管理局2026年项目支出绩效目标表.txt").write_text(_PROJECTS, encoding="utf-8")
    knowledge = Path(__file__).resolve().parent.parent / "knowledge"
    return engine_over(tmp / "kb.sqlite", [knowledge] + sorted(tmp.glob("*.xlsx")) + sorted(tmp.glob("*.txt")))


def test_the_tables_total_with_the_place_said(engine: Engine) -> None:
    a = converse(engine, "云溪市政府采购预算合计多少")
    assert a.status == "answered" and "2196.4" in a.text, a.text
    assert "园林" not in a.text


@pytest.mark.parametrize("question,count", [("政府采购表一共多少条采购项目", "12"), ("对比表里一共多少个部门", "4")])
def test_rows_of_a_table_named_by_its_kind_counted(engine: Engine, question: str, count: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and f"共有 {count} 个" in a.text or f"共 {count} 个" in a.text, a.text


@pytest.mark.parametrize("question", ["采购预算最大的项目是哪个", "政府采购预算最大的项目是哪个"])
def test_largest_row_of_the_table_said_short(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and "城区道路清扫保洁服务" in a.text and "980" in a.text, a.text


@pytest.mark.parametrize("question,rows", [
    ("广告宣传服务采购预算多少", ("白茶品牌宣传推广服务", "山海旅游宣传推介服务")),
    ("检测设备采购预算", ("茶叶质量安全检测仪器", "治超检测设备采购"))])
def test_an_item_of_two_rows_is_asked_back(engine: Engine, question: str, rows: tuple[str, str]) -> None:
    a = converse(engine, question)
    assert a.status == "clarify" and all(r in a.text for r in rows), a.text


def test_the_row_chosen_after_the_item_was_asked_back(engine: Engine) -> None:
    a = converse(engine, "广告宣传服务采购预算多少", "2")
    assert a.status == "answered" and "95" in a.text and "140" not in a.text, a.text


def test_the_items_rows_added_when_a_sum_is_said(engine: Engine) -> None:
    a = converse(engine, "广告宣传服务采购预算一共多少")
    assert a.status == "answered" and "235" in a.text, a.text


def test_the_row_said_beyond_its_item_is_answered(engine: Engine) -> None:
    a = converse(engine, "治超检测设备采购预算")
    assert a.status == "answered" and "39" in a.text and "23.5" not in a.text, a.text


def test_a_column_the_row_lacks_is_not_answered(engine: Engine) -> None:
    a = converse(engine, "执法记录仪单价多少")
    assert a.status == "unknown" and "7.5" not in a.text and "单价" in a.text, a.text


def test_the_facts_say_the_columns_the_row_has(engine: Engine) -> None:
    from bot.answer.facts.answerer import Answerer
    from bot.answer.facts.index import index_for

    fa = Answerer(index_for(engine.kb)).answer("执法记录仪单价多少")
    assert fa is not None and fa.status == "unknown" and "数量" in fa.text and "采购方式" in fa.text, fa


@pytest.mark.parametrize(("asked", "a_column"), [("执法记录仪决算数多少", True), ("执法记录仪公务接待费多少", False)])
def test_a_word_the_one_row_lacks_says_its_columns_only_when_a_columns_word(engine: Engine, asked: str,
                                                                           a_column: bool) -> None:
    # (决算数 is a column of another table: the row's own columns are said; 公务接待费 is another table's row: the
    # rows of the value listed, never as if it were a column this table lacks)
    from bot.answer.facts.answerer import Answerer
    from bot.answer.facts.index import index_for

    fa = Answerer(index_for(engine.kb)).answer(asked)
    assert fa is not None and fa.status == "unknown" and "7.5" not in fa.text, fa
    assert ("采购方式" in fa.text) == a_column, fa.text


def test_two_units_rows_compared(engine: Engine) -> None:
    a = converse(engine, "图书馆和环境卫生服务中心采购哪个多")
    assert a.status == "answered" and a.text.startswith("云溪市环境卫生服务中心更多"), a.text
    assert "1008" in a.text and "71" in a.text and "937" in a.text, a.text


def test_two_units_rows_added(engine: Engine) -> None:
    a = converse(engine, "图书馆和环境卫生服务中心采购一共多少")
    assert a.status == "answered" and "1079" in a.text, a.text


def test_a_loaded_departments_rows_compared_with_a_units(engine: Engine) -> None:
    a = converse(engine, "城管局采购和图书馆采购哪个多")
    assert a.status == "answered" and "188" in a.text and "71" in a.text and "12.5" not in a.text, a.text


@pytest.mark.parametrize("question", ["路灯维修材料多少", "采购表里路灯维修材料多少"])
def test_a_bare_how_much_of_a_budget_row_is_its_amount(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and "21.5万元" in a.text and "1批" not in a.text, a.text


def test_a_count_asked_in_its_unit_stays_the_count(engine: Engine) -> None:
    a = converse(engine, "图书采购多少册")
    assert a.status == "answered" and "9000册" in a.text, a.text


@pytest.mark.parametrize("turns", [("清扫保洁经费多少", "它的采购方式"), ("清扫保洁经费多少", "采购表里它用什么方式")])
def test_a_projects_row_of_the_procurement_plan_followed(engine: Engine, turns: tuple[str, str]) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered" and "城区道路清扫保洁服务" in a.text and "公开招标" in a.text, a.text


def test_a_units_rows_of_the_procurement_plan_followed(engine: Engine) -> None:
    a = converse(engine, "云溪市图书馆基本支出", "它的采购项目呢")
    assert a.status == "answered" and "图书采购" in a.text and "古籍数字化服务" in a.text, a.text


@pytest.fixture(scope="module")
def intentions(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """A published 政府采购意向公开表 whose rows of three hospitals share one name (DR设备采购)."""
    tmp = tmp_path_factory.mktemp("buy47b")
    here = Path(__file__).resolve().parent
    return engine_over(tmp / "kb.sqlite", [here.parent / "knowledge",
                                           here / "data" / "general31" / "宝鸡市陈仓区_卫生健康局_2025_政府采购意向公开表.xlsx"])


def test_a_row_name_three_units_share_is_asked_back(intentions: Engine) -> None:
    a = converse(intentions, "DR设备采购预算多少")
    assert a.status == "clarify" and "人民医院DR设备采购" in a.text and "中医医院DR设备采购" in a.text, a.text
    a = converse(intentions, "DR设备采购预算多少", "2")
    assert a.status == "answered" and "中医医院" in a.text and "112" in a.text and "138" not in a.text, a.text


def test_a_row_name_three_units_share_added_when_asked(intentions: Engine) -> None:
    a = converse(intentions, "DR设备采购预算一共多少")
    assert a.status == "answered" and "328" in a.text, a.text


def test_part_of_a_departments_rows_just_added(engine: Engine) -> None:
    a = converse(engine, "城管局采购预算合计", "其中公开招标的多少")
    assert a.status == "answered" and "180.5万元" in a.text and "980" not in a.text, a.text


def test_a_word_no_column_has_asked_of_a_shared_row_name_is_not_asked_back(intentions: Engine) -> None:
    a = converse(intentions, "DR设备采购是什么品牌")
    assert a.status == "unknown" and "112" not in a.text and "138" not in a.text, a.text


@pytest.fixture(scope="module")
def debt(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """A 地方政府债务限额及余额情况表 whose title runs on from its own column 债务限额."""
    here = Path(__file__).resolve().parent
    return engine_over(tmp_path_factory.mktemp("buy47c") / "kb.sqlite",
                       [here.parent / "knowledge", here / "data" / "general18" / "general18_1_chengxi_debt.xlsx"])


def test_a_column_said_whole_is_not_the_title_of_its_table(debt: Engine) -> None:
    a = converse(debt, "澄溪一般债务限额 2024年末的")
    assert a.status == "answered" and "443000" in a.text and "425020" not in a.text, a.text
