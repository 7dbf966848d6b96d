"""Quarterly execution tables (项目支出预算执行进度表 with a 合计 row first), by class of question: the
adjustment of a row (调整后 − 年初: 调增/调减, the rows adjusted down, the largest increase), what is left
to spend, the quarter columns under a merged 支出进度 header said as 一季度/四季度 (a quarter's total, the
row spending most in it, the rows with nothing in it: a blank cell), the rows a 责任科室 is responsible
for and the office of a row, a project's two funding rows (中央资金 / 省级配套), and a row named by a
part of its name.

The tables are written here, of their own names and figures (a county forestry bureau, and a staffing
table of the same county naming a unit the execution table names as an office); every expected figure
is read off them by hand.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.engine import Engine, Session

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"

# 序号, 项目名称, 年初预算, 调整后预算, 一至四季度, 累计支出, 执行率（%）, 责任科室, 备注 (None = blank)
_ROWS = [
    (1, "国有林场改革补助（中央资金）", 1800, 1950, None, 280.5, 610, 850.3, 1740.8, 89.27, "营林股", "部分林场验收滞后"),
    (2, "国有林场改革补助（省级配套）", 620, 640, None, 90, 200, 310, 600, 93.75, "营林股", None),
    (3, "森林生态效益补偿", 980.6, 980.6, None, 980.6, None, None, 980.6, 100, "资源保护股", "一次性兑付到户"),
    (4, "林木良种培育补助", 300, 336, 25.4, 80.2, 95.6, 120.3, 321.5, 95.68, "林业科技股", None),
    (5, "森林防火专项经费", 140, 140, 18.6, 30.2, 35.5, 41.8, 126.1, 90.07, "防火办", None),
    (6, "油茶产业发展专项资金", 420, 450, 36, 130.5, 120.2, 150.6, 437.3, 97.18, "林业产业股", None),
    (7, "古树名木保护", 60, 60, None, 8.5, 12.3, 20.2, 41, 68.33, "资源保护股", "保护方案评审延期"),
    (8, "林下经济扶持资金", 250, 250, None, None, 80, 95, 175, 70, "林业产业股", "扶持对象核定延后"),
    (9, "天然林保护修复", 1300, 1400, 150.8, 320.6, 400.2, 420.5, 1292.1, 92.29, "营林股", None),
    (10, "林业科技推广示范", 88, 80, 6.2, 15.6, 20.3, 30.1, 72.2, 90.25, "林业科技股", "上级资金调减8万元"),
    (11, "野生动物疫源疫病监测", 45, 45, 5.1, 9.8, 10.2, 15.3, 40.4, 89.78, "林业综合行政执法大队", None),
    (12, "林业行政执法装备", 32, 32, 3, 7.5, 8, 12.1, 30.6, 95.63, "林业综合行政执法大队", None),
    (13, "智慧林业平台运维", 50, 50, None, None, 12, 10.5, 22.5, 45, "办公室", "平台升级验收推迟"),
    (14, "森林抚育补助", None, 150, None, None, 70, 50.2, 120.2, 80.13, "营林股", "年中追加"),
    (15, "林业碳汇项目", 1600, 1820, 160.5, 400.2, 520.8, 610.4, 1691.9, 92.96, "林业产业股", None),
]
# 合计: 年初 7685.6, 调整后 8383.6, 一季度 405.6, 二季度 2354.2, 三季度 2195.1, 四季度 2737.3, 累计 7692.2, 91.75%
_TOTAL = ("合计", None, 7685.6, 8383.6, 405.6, 2354.2, 2195.1, 2737.3, 7692.2, 91.75, None, None)


def _execution_table(path: Path) -> None:
    """松溪县林业局2024年项目支出预算执行进度表: 合计 first (merged over 序号 and 项目名称), quarters under a
    merged 支出进度 header, blanks for no spending that quarter, a note under the rows."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "执行进度"
    ws.append(["松溪县林业局2024年项目支出预算执行进度表"] + [None] * 11)
    ws.append(["编报单位：松溪县林业局", None, None, None, None, None, "单位：万元"] + [None] * 5)
    ws.append(["序号", "项目名称", "年初预算", "调整后预算", "支出进度", None, None, None, "累计支出", "执行率（%）",
               "责任科室", "备注"])
    ws.append([None, None, None, None, "一季度", "二季度", "三季度", "四季度", None, None, None, None])
    ws.append(list(_TOTAL))
    for row in _ROWS:
        ws.append(list(row))
    ws.append(["注：1.执行率=累计支出÷调整后预算×100%；2.执行率低于80%的项目须在备注栏说明原因；"
               "3.数据截至2024年12月31日；4.空白表示当季无支出。"] + [None] * 11)
    for cells in ("A1:L1", "A2:F2", "G2:L2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:H3", "I3:I4", "J3:J4",
                  "K3:K4", "L3:L4", "A5:B5", f"A{6 + len(_ROWS)}:L{6 + len(_ROWS)}"):
        ws.merge_cells(cells)
    wb.save(path)


def _staff_table(path: Path) -> None:
    """松溪县2025年部门人员编制情况表: units under their 主管部门, one of them the 执法大队 the execution table
    names as an office."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "编制"
    ws.append(["中共松溪县委机构编制委员会办公室2025年松溪县部门人员编制情况表", None, None, None])
    ws.append(["单位：人", None, None, None])
    ws.append(["主管部门", "单位名称", "编制数", "在职人数"])
    for row in [("松溪县林业局", "林业局本级", 18, 17), (None, "县林业综合行政执法大队", 12, 11),
                (None, "县国有林场", 30, 26), ("松溪县水利局", "水利局本级", 15, 15),
                (None, "县水利综合行政执法大队", 10, 9)]:
        ws.append(list(row))
    ws.merge_cells("A4:A6")
    ws.merge_cells("A7:A8")
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy) -> Engine:
    tables = tmp_path_factory.mktemp("exec25_tables")
    _execution_table(tables / "songxi_lyj_2024_budget_execution.xlsx")
    _staff_table(tables / "songxi_county_2025_staffing.xlsx")
    db = built_copy([ROOT / "knowledge", DATA / "samples", tables], tmp_path_factory.mktemp("exec25") / "kb.sqlite")
    return Engine(db, ROOT / "knowledge" / "vocabulary.toml")


def answered(engine: Engine, question: str, *want: str, never: tuple[str, ...] = (),
             session: Session | None = None) -> str:
    a = engine.ask(question, session)
    assert a.status == "answered", (question, a.text)
    said = re.sub(r"（来源[^）]*）", "", a.text)
    for w in want:
        assert w in said, (question, w, a.text)
    for w in never:
        assert w not in said, (question, w, a.text)
    return a.text


# --- quarters said as 一季度 … 四季度 under a merged 支出进度 header, no department named -------------------------


def test_a_quarter_asked_alone_is_that_column_of_the_one_table_printing_quarters(engine):
    answered(engine, "四季度一共支出多少", "2737.3", never=("7692.2",))


def test_the_row_spending_most_in_a_quarter_said_with_money_words(engine):
    answered(engine, "一季度花钱最多的项目", "林业碳汇项目", "160.5")


def test_rows_with_nothing_in_a_quarter_are_the_blank_cells(engine):
    text = answered(engine, "一季度没有支出的项目有几个", "7", "古树名木保护", "森林抚育补助",
                    never=("林业碳汇项目", "林木良种培育补助"))
    # the two funding rows of one project, told apart by their brackets only, are two rows
    assert "国有林场改革补助（中央资金）" in text and "国有林场改革补助（省级配套）" in text


# --- 调增 / 调减: 调整后预算 less 年初预算 of each row -------------------------------------------------------------


def test_the_rows_adjusted_down_are_those_whose_adjusted_budget_is_below_the_first(engine):
    answered(engine, "麻烦看下哪些项目预算调减了", "林业科技推广示范", "8", never=("林业碳汇项目",))


def test_the_row_adjusted_up_most(engine):
    answered(engine, "调增最多的项目是哪个", "林业碳汇项目", "220", never=("国有林场",))


def test_the_adjustment_of_a_row_named_and_of_the_row_talked_about(engine):
    answered(engine, "天然林保护修复调增了多少", "1400 - 1300 = 100")
    s = Session()
    answered(engine, "林木良种培育补助调整后预算", "336", session=s)
    answered(engine, "年初呢", "300", session=s)
    answered(engine, "调增了多少", "336 - 300 = 36", session=s)


def test_why_a_row_was_adjusted_down_is_its_remark(engine):
    s = Session()
    answered(engine, "林业科技推广示范调整后预算", "80", session=s)
    answered(engine, "为什么调减", "上级资金调减8万元", session=s)


# --- 责任科室: the office of a row -----------------------------------------------------------------------------


def test_the_office_responsible_for_a_row(engine):
    answered(engine, "古树名木保护是哪个科室负责的", "资源保护股", never=("编制",))


def test_the_office_asked_after_a_figure_of_the_row(engine):
    s = Session()
    answered(engine, "林下经济扶持资金执行率", "70", session=s)
    answered(engine, "负责科室呢", "林业产业股", session=s)


# --- a ranking or a bound over rows, no department named ---------------------------------------------------


def test_a_bound_over_rows_is_not_the_note_saying_the_same_words(engine):
    # (the note says "执行率低于80%的项目须在备注栏说明原因"; another department's one project has a 执行率 too)
    s = Session()
    answered(engine, "执行率低于百分之八十的有哪些", "古树名木保护", "林下经济扶持资金", "智慧林业平台运维",
             never=("森林抚育补助", "就业补助资金"), session=s)
    answered(engine, "它们调整后预算加起来多少", "360", session=s)


def test_a_ranking_over_rows_is_of_the_table_with_rows_not_of_one_project(engine):
    answered(engine, "执行率前三名", "森林生态效益补偿", "油茶产业发展专项资金", "林木良种培育补助",
             never=("就业补助资金",))
    s = Session()
    answered(engine, "执行率最低的项目是哪个", "智慧林业平台运维", "45", session=s)
    answered(engine, "倒数第二呢", "古树名木保护", "68.33", session=s)


# --- a project's two funding rows, told apart by their brackets --------------------------------------------


def test_a_funding_row_said_with_its_bracket_words_and_the_other_one_after(engine):
    s = Session()
    answered(engine, "国有林场改革补助中央资金累计支出", "1740.8", never=("600",), session=s)
    answered(engine, "省级配套的呢", "国有林场改革补助（省级配套）", "600", never=("620", "1740.8"), session=s)
    answered(engine, "这两个加起来", "2340.8", session=s)


# --- a row said with a word of its name left out -----------------------------------------------------------


def test_a_row_said_without_a_middle_word_is_that_row_not_another_tables_project(engine):
    # (专项资金 ends another department's project name; 发展 is left out of 油茶产业发展专项资金)
    answered(engine, "油茶产业专项资金累计支出多少", "油茶产业发展专项资金", "437.3", never=("促进就业",))
    answered(engine, "油茶产业发展专项资金", "420", never=("促进就业",))


# --- what the table does not have, asked after one of its rows ------------------------------------------------


def unknown(engine: Engine, question: str, never: tuple[str, ...], session: Session) -> None:
    a = engine.ask(question, session)
    assert a.status == "unknown", (question, a.text)
    for w in never:
        assert w not in a.text, (question, w, a.text)


def test_last_year_of_a_figure_of_a_table_of_one_year_is_not_held(engine):
    # (another loaded department has tables of other years: never this one's figure for that year)
    s = Session()
    answered(engine, "林木良种培育补助执行率", "95.68", session=s)
    unknown(engine, "上年呢", ("95.68",), s)


def test_a_count_in_households_of_a_row_printing_money_is_not_held(engine):
    s = Session()
    answered(engine, "森林生态效益补偿", "980.6", session=s)
    unknown(engine, "补偿了多少户", ("980.6",), s)


def test_a_follow_up_switching_to_another_row_keeps_the_column(engine):
    s = Session()
    answered(engine, "森林防火专项经费二季度支出", "30.2", session=s)
    answered(engine, "换成林木良种呢", "林木良种培育补助", "80.2", never=("30.2",), session=s)


def test_spent_so_far_of_a_row_pointed_at_as_a_project(engine):
    answered(engine, "古树那个项目累计花了多少", "古树名木保护", "41", never=("60",))


def test_how_a_rate_is_worked_out_is_the_notes_definition(engine):
    answered(engine, "松溪那个进度表执行率怎么算的", "执行率=累计支出÷调整后预算×100%")


def test_rows_of_an_office_said_by_the_end_of_its_name(engine):
    # (the staffing table names 县林业综合行政执法大队 and 县水利综合行政执法大队 as units too)
    answered(engine, "执法大队负责的项目执行率分别多少", "89.78", "95.63", never=("编制",))


def test_a_short_first_question_naming_a_row_then_a_year_the_table_lacks(engine):
    s = Session()
    answered(engine, "油茶产业专项资金", "油茶产业发展专项资金", never=("促进就业",), session=s)
    unknown(engine, "2025年安排了多少", ("420", "437.3", "450"), s)


def test_what_is_left_not_spent_is_the_adjusted_budget_less_what_was_spent(engine):
    answered(engine, "松溪县林业局还有多少预算没支出", "8383.6 - 7692.2 = 691.4", never=("7685.6",))
    answered(engine, "林下经济扶持资金还有多少没支出", "250 - 175 = 75")


# --- a column said by the part of its header before 及 ------------------------------------------------------


def _monitor_table(path: Path) -> None:
    """松溪县水利局 1-6月 monitoring table whose last column is 偏差原因及纠偏措施."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "监控"
    ws.append(["松溪县水利局2024年1-6月项目支出绩效运行监控表"])
    ws.append(["单位：万元"])
    ws.append(["项目名称", "年度预算", "1-6月执行数", "预算执行率", "偏差原因及纠偏措施"])
    for row in [("河道清淤", 120, 30, "25.00%", "枯水期施工窗口推迟；下半年集中实施"),
                ("小型水库维修", 80, 60, "75.00%", "无"),
                ("农村供水维护", 50, 40, "80.00%", "无")]:
        ws.append(list(row))
    wb.save(path)


@pytest.fixture(scope="module")
def monitor_engine(tmp_path_factory, built_copy) -> Engine:
    tables = tmp_path_factory.mktemp("exec25_monitor")
    _monitor_table(tables / "songxi_slj_2024_monitor.xlsx")
    db = built_copy([ROOT / "knowledge", DATA / "samples", tables], tmp_path_factory.mktemp("exec25m") / "kb.sqlite")
    return Engine(db, ROOT / "knowledge" / "vocabulary.toml")


def test_a_column_said_by_its_first_part_after_the_row_ranked(monitor_engine):
    s = Session()
    answered(monitor_engine, "松溪县水利局执行率最低的项目是哪个", "河道清淤", session=s)
    answered(monitor_engine, "它的偏差原因", "枯水期施工窗口推迟", session=s)
