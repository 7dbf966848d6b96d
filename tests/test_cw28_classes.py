"""Confident wrong answers removed by class (cw28), on tables generated here with names and figures of their own.

Classes: 率 said right after a label ("债务率") asks a rate no column prints, never
the label's figures; a follow-up naming another department after a figure of a table's 合计 line asks that
column there, never the other table's own 合计 line of another column; money asked of two counts just shown
("两个一共多少钱") adds the rows' amounts, never the counts; "资金来源怎么构成" after a column group's 合计 is that
group's other columns in the row, never a text cell naming a source; a time asked (什么时候到期) is never
answered by a 备注 that says no time; a word in Latin letters nothing explains ("COD") is not dropped; an item whose name
begins its project's name (急救药品 of 急救药品储备) is an item of a ranking, not that project's heading;
a level of funds said inside a loosely said name ("城乡省级资金") is a part asked, not that name."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import ANSWERED, UNKNOWN, Engine

# --- 2. and 3. a rate said of a label; another department's "呢" after a 合计 line ---------------------------------

# (row, 2025年债务限额, 2025年末债务余额 in 万元, 备注)
_DEBT = [("合计", 48210.6, 43980.2, None), ("县本级", 40120.3, 36610.7, None), ("杉溪镇", 4560.1, 4210.3, "杉溪湿地公园停车场"),
         ("桐木乡", 3530.2, 3159.2, "2027年6月到期")]


@pytest.fixture(scope="module")
def two_counties(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("cw28_tables")
    simple_table(d / "yunlin_debt.xlsx", "债务", "云林县2025年政府债务限额和余额情况表", "D2", "单位：万元",
                 ["地区", "2025年债务限额", "2025年末债务余额", "备注"], [list(r) for r in _DEBT])
    simple_table(d / "baishui_purchase.xlsx", "采购预算", "白水县文化旅游局2025年政府采购预算表", "C2", "单位：万元",
                 ["采购品目", "数量", "预算金额"], [["投影仪", 4, 6.8], ["档案密集架", 12, 21.5], ["合计", 16, 28.3]])
    return engine_over(tmp_path_factory.mktemp("cw28_db") / "kb.sqlite", [d])


@pytest.mark.parametrize("question", ["云林县债务率是多少", "杉溪镇的债务率多少"])
def test_a_rate_said_of_a_label_is_not_its_figures(two_counties: Engine, question: str) -> None:
    a = two_counties.ask(question, record=False)
    assert a.status == UNKNOWN and "率" in a.text, a.text


def test_the_labels_figure_is_still_answered(two_counties: Engine) -> None:
    a = two_counties.ask("杉溪镇2025年末债务余额", record=False)
    assert a.status == ANSWERED and "4210.3" in a.text, a.text


def test_a_time_asked_is_not_a_remark_saying_none(two_counties: Engine) -> None:
    a = two_counties.ask("杉溪镇的债务什么时候到期", record=False)
    assert a.status != ANSWERED and "停车场" not in a.text, a.text
    b = two_counties.ask("桐木乡的债务什么时候到期", record=False)
    assert b.status == ANSWERED and "2027年6月" in b.text, b.text


def test_another_department_after_a_total_line_is_asked_that_column(two_counties: Engine) -> None:
    first = converse(two_counties, "云林县2025年末债务余额")
    assert first.status == ANSWERED and "43980.2" in first.text, first.text
    a = converse(two_counties, "云林县2025年末债务余额", "白水县呢")
    assert "28.3" not in a.text and a.status != ANSWERED, a.text


def test_a_row_asked_again_in_another_department_still_works(two_counties: Engine) -> None:
    a = converse(two_counties, "白水县档案密集架预算金额", "投影仪呢")
    assert a.status == ANSWERED and "6.8" in a.text, a.text


# --- 4. money asked of two counts just shown ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def purchases(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("cw28_purchase")
    simple_table(d / "tanshan_purchase.xlsx", "采购明细", "檀山县卫生健康局2025年政府采购预算明细表", "H2", "单位：元、万元",
                 ["序号", "项目名称", "采购品目", "数量", "计量单位", "单价（元）", "预算金额（万元）", "采购方式"],
                 [[1, "基层医疗设备更新项目", "彩色超声诊断仪", 2, "台", 465000, 93.0, "公开招标"],
                  [None, None, "心电监护仪", 15, "台", 28000, 42.0, "询价"],
                  [2, "疫苗冷链建设项目", "医用冷藏柜", 6, "台", 12500, 7.5, "询价"],
                  [3, "急救药品储备", "急救药品", 1, "批", 600000, 60.0, "询价"],
                  [None, None, "急救药品冷藏箱", 4, "个", 2500, 1.0, "询价"],
                  [None, "合计", None, None, None, None, 203.5, None]])
    return engine_over(tmp_path_factory.mktemp("cw28_purchase_db") / "kb.sqlite", [d])


def test_money_asked_of_two_counts_is_their_rows_amounts(purchases: Engine) -> None:
    a = converse(purchases, "心电监护仪数量多少", "医用冷藏柜呢", "两个一共多少钱")
    assert a.status == ANSWERED and "49.5" in a.text and "21台" not in a.text, a.text


def test_two_counts_added_stay_counts(purchases: Engine) -> None:
    a = converse(purchases, "心电监护仪数量多少", "医用冷藏柜呢", "两个加起来多少")
    assert a.status == ANSWERED and "21" in a.text and "49.5" not in a.text, a.text


# --- 5. what a group's 合计 just shown is made of -----------------------------------------------------------------


@pytest.fixture(scope="module")
def investments(tmp_path_factory) -> Engine:
    import openpyxl

    d = tmp_path_factory.mktemp("cw28_invest")
    path = d / "qiaotou_invest.xlsx"
    simple_table(path, "投资计划", "桥头区2025年政府投资项目计划表", "H2", "单位：万元",
                 ["序号", "项目名称", "建设单位", "2025年计划投资", None, None, None, "备注"],
                 [[None, None, None, "合计", "区级财政资金", "上级补助资金", "专项债券", None],
                  [1, "桥头区中医院住院楼", "区卫生健康局", 7200, 2200, None, 5000, None],
                  [2, "东溪路排水改造工程", "区住房城乡建设局", 2950, 870, 2080, None, "上级补助为省级补助"]])
    wb = openpyxl.load_workbook(path)
    for cells in ("A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:H4"):
        wb.active.merge_cells(cells)
    wb.save(path)
    return engine_over(tmp_path_factory.mktemp("cw28_invest_db") / "kb.sqlite", [d])


def test_the_sources_of_a_group_total_shown_are_its_columns(investments: Engine) -> None:
    first = converse(investments, "东溪路排水改造工程今年计划投多少")
    assert first.status == ANSWERED and "2950" in first.text, first.text
    a = converse(investments, "东溪路排水改造工程今年计划投多少", "资金来源怎么构成")
    assert a.status == ANSWERED and "870" in a.text and "2080" in a.text, a.text
    b = converse(investments, "桥头区中医院住院楼今年计划投多少", "构成呢")
    assert b.status == ANSWERED and "2200" in b.text and "5000" in b.text and "2080" not in b.text, b.text


# --- 6. a word in Latin letters that nothing explains ---------------------------------------------------------------


@pytest.fixture(scope="module")
def monitor(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("cw28_monitor")
    simple_table(d / "nanhe_monitor.xlsx", "监控汇总", "南禾市水务局2025年1-6月项目支出绩效运行监控情况表", "H2", "单位：万元",
                 ["序号", "项目名称", "年度预算数", "1-6月执行数", "核心绩效指标", "年度指标值", "1-6月完成值", "偏差原因"],
                 [[1, "城区河道保洁", 320, 141.6, "COD平均浓度", "≤20毫克/升", "18毫克/升", "无偏差"],
                  [2, "排涝泵站运维", 185, 77.7, "泵站完好率", "≥95%", "96%", "无偏差"],
                  [3, "城乡环卫衔接资金", 240, 96, "保洁覆盖率", "≥98%", "98.5%", "无偏差"],
                  [None, "合计", 745, 315.3, None, None, None, None]])
    return engine_over(tmp_path_factory.mktemp("cw28_monitor_db") / "kb.sqlite", [d])


@pytest.mark.parametrize("turns", [("城区河道保洁COD是多少",), ("城区河道保洁", "1-6月COD是多少")])
def test_a_latin_word_left_over_is_not_answered_without(monitor: Engine, turns: tuple[str, ...]) -> None:
    a = converse(monitor, *turns)
    # (round 49: COD is read as the head of the row's one indicator named in latin, COD平均浓度, whose figure may be
    # answered; never the project's money as if the word were not said)
    assert "315.3" not in a.text and "141.6万元" not in a.text, a.text
    assert a.status != ANSWERED or "18毫克/升" in a.text, a.text


def test_the_rows_figures_are_still_answered(monitor: Engine) -> None:
    a = converse(monitor, "城区河道保洁1-6月执行数")
    assert a.status == ANSWERED and "141.6" in a.text, a.text


def test_an_item_named_like_its_project_is_ranked(purchases: Engine) -> None:
    # 急救药品 under the project 急救药品储备 is an item beside 急救药品冷藏箱, not their heading
    a = converse(purchases, "预算金额最多的品目", "第二呢")
    assert a.status == ANSWERED and "急救药品" in a.text and "60" in a.text, a.text
    b = purchases.ask("预算金额第二多的品目", record=False)
    assert b.status == ANSWERED and "急救药品" in b.text and "42" not in b.text, b.text


def test_a_level_of_funds_inside_a_loose_name_is_asked(monitor: Engine) -> None:
    # "城乡省级资金": 省级 said between 城乡 and 资金 is a part asked, not 城乡环卫衔接资金 said loosely
    a = monitor.ask("城乡省级资金多少", record=False)
    assert a.status != ANSWERED and "240" not in a.text, a.text
    b = monitor.ask("城乡环卫衔接资金年度预算数", record=False)
    assert b.status == ANSWERED and "240" in b.text, b.text
