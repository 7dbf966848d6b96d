"""Single questions whose answer is computed from, or withheld by, generated tables: a part of a project
named only by an indicator (no amount), a yes/no about a kind of indicator nothing has, a label split by
the quantity asked (空几个编), a rate defined in the question (实有除以编制), a row's share of its sheet's
total said by the sheet's subject, the largest of a printed difference column, a per-head figure after the
row and its people, a verb after a label that already says the actual, and a subject then asks parted by
spaces.

The tables are generated here in a temporary directory; every expected figure is read off them by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine, Session

ROOT = Path(__file__).resolve().parent.parent

_PROJECTS = """项目支出绩效目标表（含转移支付项目）

部门名称：青松县人力资源和社会保障局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 860.00 860.00

青松县人力资源和社会保障局 860.00 860.00

    职业技能提升补助 860.00 860.00

开展职业技能培训，按规定发放培训补贴和鉴定补贴，提升劳动者技能水平。

1、1-产出指标,11-数量指标,参加培训人数；实施周期指标值:≥3000人,年度指标值:≥3000人;,2、1-产出指标,12-质量指标,
培训补贴发放准确率；实施周期指标值:≥98%,年度指标值:≥98%;,3、3-满意度指标,31-服务对象满意度,参训人员满意度；实施周期
指标值:≥90%,年度指标值:≥90%;
"""


_COSTED = """项目支出绩效目标表（含转移支付项目）

部门名称：青松县民政局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 120.00 120.00

青松县民政局 120.00 120.00

    社区服务设施维护 120.00 120.00

维护社区服务设施，保障正常运行。

1、1-产出指标,11-数量指标,维护设施数量；实施周期指标值:≥40个,年度指标值:≥40个;,2、1-产出指标,14-成本指标,
单个设施维护费用；实施周期指标值:≤3万元,年度指标值:≤3万元;
"""


def _staffing(path: Path) -> None:
    """A 编制 table of 枫林县应急管理局: units in groups with 小计 rows, a 合计, a printed 空编数."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "编制统计"
    ws.append(["枫林县应急管理局2025年人员编制及实有人数统计表"])
    ws.append(["", "", "", "", "", "", "", "", "", "单位：人"])
    ws.append(["类别", "单位名称", "核定编制数", None, None, "实有人数", None, None, "空编数", "备注"])
    ws.append([None, None, "行政编制", "事业编制", "合计", "行政", "事业", "合计", None, None])
    for cells in ("A1:J1", "C3:E3", "F3:H3", "A3:A4", "B3:B4", "I3:I4", "J3:J4"):
        ws.merge_cells(cells)
    rows = [
        ("机关", "枫林县应急管理局机关", 30, None, 30, 27, None, 27, 3, None),
        (None, "枫林县应急管理综合行政执法大队", 20, None, 20, 19, None, 19, 1, None),
        (None, "小计", 50, None, 50, 46, None, 46, 4, None),
        ("事业单位", "枫林县应急救援保障中心", None, 25, 25, None, 20, 20, 5, None),
        (None, "小计", None, 25, 25, None, 20, 20, 5, None),
        ("合计", None, 50, 25, 75, 46, 20, 66, 9, None),
    ]
    for r in rows:
        ws.append(list(r))
    wb.save(path)


def _allocation_and_execution(path: Path) -> None:
    """Two sheets of 枫林县民政局: a 养老 allocation by town (people and amounts, a 合计 column and row) and
    an execution table with quarters, 全年实际 and a signed 差异（实际-预算）."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "养老分配"
    ws.append(["枫林县民政局2025年高龄津贴资金分配表"])
    ws.merge_cells("A1:E1")
    ws.append(["", "", "", "", "单位：元"])
    ws.append(["乡镇", "80周岁以上老年人数（人）", "高龄津贴", "护理补贴", "合计"])
    for r in [("北岭镇", 400, 96000, 24000, 120000), ("南溪乡", 100, 24000, 6000, 30000),
              ("合计", 500, 120000, 30000, 150000)]:
        ws.append(list(r))
    ws2 = wb.create_sheet("执行分析")
    ws2.append(["枫林县民政局2025年预算执行情况季度分析表"])
    ws2.merge_cells("A1:G1")
    ws2.append(["", "", "", "", "", "", "单位：万元"])
    ws2.append(["项目", "年度预算", "实际支出一季度", "实际支出二季度", "全年实际", "差异（实际-预算）", "执行率"])
    for r in [("救助站运行", 200, 40, 60, 210, 10, 1.05), ("社区养老设施", 300, 20, 50, 230, -70, 0.7667),
              ("殡葬管理", 100, 30, 20, 95, -5, 0.95), ("合计", 600, 90, 130, 535, -65, 0.8917)]:
        ws2.append(list(r))
    ws3 = wb.create_sheet("基金支出")
    ws3.append(["枫林县民政局2025年政府性基金预算支出表"])
    ws3.merge_cells("A1:B1")
    ws3.append(["", "单位：元"])
    ws3.append(["科目编码及名称", "合计"])
    for r in [("229其他支出", 700000), ("22960彩票公益金安排的支出", 700000),
              ("2296002用于社会福利的彩票公益金支出", 500000), ("2296006用于残疾人事业的彩票公益金支出", 200000)]:
        ws3.append(list(r))
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy) -> Engine:
    tables = tmp_path_factory.mktemp("computed_tables")
    (tables / "qingsong_rsj_2025_projects.txt").write_text(_PROJECTS, encoding="utf-8")
    (tables / "qingsong_mzj_2025_projects.txt").write_text(_COSTED, encoding="utf-8")  # one with 成本指标
    _staffing(tables / "fenglin_yingji_2025_staffing.xlsx")
    _allocation_and_execution(tables / "fenglin_minzheng_2025_tables.xlsx")
    db = built_copy([ROOT / "tests" / "data" / "samples", tables],
                    tmp_path_factory.mktemp("computed_values") / "kb.sqlite")
    return Engine(db, ROOT / "knowledge" / "vocabulary.toml")


def ask(engine: Engine, question: str, status: str, *want: str, never: tuple[str, ...] = (),
        session: Session | None = None) -> str:
    a = engine.ask(question, session)
    assert a.status == status, (question, a.status, a.text)
    for w in want:
        assert w in a.text, (question, w, a.text)
    for w in never:
        assert w not in a.text, (question, w, a.text)
    return a.text


# --- what the table does not have ------------------------------------------------------------------------


def test_money_of_a_part_named_only_by_an_indicator_is_not_the_projects_total(engine) -> None:
    # 培训补贴 is only in the indicator 培训补贴发放准确率 (≥98%): no cost line, so no amount; never 860
    ask(engine, "青松县人社局职业技能提升补助培训补贴发了多少钱", "unknown", "培训补贴发放准确率", never=("860",))
    ask(engine, "青松县人社局职业技能提升补助多少钱", "answered", "860")


def test_a_yes_no_about_a_kind_of_indicator_nothing_has_is_not_answered(engine) -> None:
    ask(engine, "青松县人社局职业技能提升补助有成本指标吗", "unknown", "没有", "成本指标")
    text = ask(engine, "青松县人社局项目有成本指标吗", "unknown", "表中没有成本指标")
    assert "这个项目" in text and "1 个项目都" not in text
    ask(engine, "青松县人社局职业技能提升补助有满意度指标吗", "answered", "职业技能提升补助")


# --- computed from the table -----------------------------------------------------------------------------


def test_a_label_split_by_the_quantity_asked_is_that_label(engine) -> None:
    ask(engine, "枫林应急管理局一共空几个编", "answered", "9")


def test_a_rate_defined_as_one_column_over_another_is_computed_in_that_order(engine) -> None:
    # 实有人数合计 66 / 核定编制数合计 75 = 88%; the other way round 113.64 %
    ask(engine, "枫林应急管理局在编率多少（实有除以编制）", "answered", "88", never=("113.64",))
    ask(engine, "枫林应急管理局超编率多少（编制除以实有）", "answered", "113.64")


def test_a_people_column_counted_with_no_row_is_the_total_rows_figure(engine) -> None:
    # 实有 行政 of the 合计 row: 46, not a count of the rows holding that column
    ask(engine, "枫林应急管理局实有行政几个", "answered", "46", never=("共 ",))


def test_a_subject_then_asks_parted_by_spaces_are_each_asked_of_it(engine) -> None:
    ask(engine, "枫林应急管理局 行政编制合计 实有行政几个", "answered", "50", "46")


def test_a_rows_share_of_the_total_said_by_the_sheets_subject(engine) -> None:
    # 北岭镇 合计 120000 of the 合计 row's 150000 = 80%
    ask(engine, "北岭镇占高龄津贴资金总额的比例", "answered", "80.00%")


def test_the_largest_of_a_printed_difference_column_by_its_size(engine) -> None:
    ask(engine, "枫林民政局差额最大的是哪个项目", "answered", "社区养老设施", "-70")


def test_a_spending_verb_after_the_actual_label_is_that_label(engine) -> None:
    ask(engine, "枫林民政局社区养老设施全年实际花了多少", "answered", "230", never=("执行数",))


def test_per_head_after_the_row_and_its_people_is_the_rows_total_over_them(engine) -> None:
    s = Session()
    ask(engine, "北岭镇高龄津贴资金合计", "answered", "120000", session=s)
    ask(engine, "其中老人多少", "answered", "400", session=s)
    # 合计 120000 / 400 people = 300 (not 高龄津贴 96000 / 400 = 240)
    ask(engine, "平均每个老人多少元", "answered", "300", never=("240",), session=s)


def test_two_periods_asked_after_a_row_are_that_rows_two_columns(engine) -> None:
    s = Session()
    ask(engine, "枫林民政局社区养老设施年度预算多少", "answered", "300", session=s)
    ask(engine, "一季度和二季度分别多少", "answered", "20", "50", never=("300",), session=s)


def test_the_code_asked_after_a_row_is_the_code_its_label_is_printed_with(engine) -> None:
    s = Session()
    ask(engine, "枫林民政局用于残疾人事业的彩票公益金支出多少", "answered", "200000", session=s)
    ask(engine, "科目编码是多少", "answered", "2296006", never=("2296002",), session=s)


def test_a_measure_word_the_value_is_not_printed_in_is_not_answered(engine) -> None:
    # 多少亩 of a row in 元: the amount is not the area asked; the same row without the measure word is
    assert ask(engine, "北岭镇高龄津贴多少亩", "unknown").startswith("表中没有")
    assert ask(engine, "北岭镇高龄津贴多少公里", "unknown").startswith("表中没有")
    ask(engine, "北岭镇高龄津贴多少", "answered", "96000")
