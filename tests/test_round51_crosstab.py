"""One project followed across a county's tables of other kinds and years, all fictional (云溪县): its 林业局's 2026
项目支出绩效目标表, the county's 2025 财政重点项目绩效评价结果汇总表 (one row per evaluated project, of many departments,
its 主管部门 in a column) and the county's 2026 政府采购意向公开表 (采购单位, 采购项目名称, 预算金额（元）):
- a follow-up saying only a year and what is asked ("那2025年的呢", "26年的采购预算呢") after one project's figure: the
  same project's row in the year's table of another kind, found by its name (the same name without its generic tail,
  else clearly the most alike) — never "no such year" because the conversation's department has no table of it;
- a row found by likeness only is said with its full name; two rows about equally alike are asked back; a year no
  table holds is still said not held, and a project without a row in the year's tables gets no other row's figure;
- "评价的项目里预算最大的是哪个": the rows of the 评价结果汇总表 ranked, never another table's 项目总预算;
- "X预算" asked back among two departments' tables → "实际支出呢": the one option whose table prints that column;
- "X26年比25年增加多少" over the 目标表 and the 评价结果汇总表: the 2025 row's budget, both figures sourced.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook
from target_tables import Item, Unit, render

from bot.engine import Engine
from bot.engine.row_across import likeness

DEPT = "云溪县林业局"
UNITS = [Unit(DEPT, "364.40 334.40 30.00", [
    Item("云溪香榧产业提升专项资金", "210.00 180.00 30.00", "建设香榧标准化基地，提升香榧品牌影响力。",
         [("11", "新建香榧标准化基地面积", "≥1500亩", "≥1500亩"), ("31", "种植户满意度", "≥90%", "≥90%")]),
    Item("森林防火巡护经费", "96.40 96.40", "组织专职护林员开展森林防火巡护。",
         [("11", "专职护林员人数", "≥60人", "≥60人"), ("13", "火情处置时限", "≤2小时", "≤2小时")]),
    Item("林区道路维护经费", "58.00 58.00", "维护林区防火通道和作业道路。",
         [("11", "维护林区道路长度", "≥40公里", "≥40公里"), ("31", "林农满意度", "≥85%", "≥85%")]),
])]


def _evaluation(path: Path) -> None:
    rows = [["云溪县2025年财政重点项目绩效评价结果汇总表"],
            ["编制单位：云溪县财政局", None, None, None, None, None, "单位：万元"],
            ["序号", "主管部门", "项目名称", "预算执行", None, "评价结论", None],
            [None, None, None, "预算数（万元）", "实际支出数（万元）", "综合得分", "等级"],
            [1, "县林业局", "云溪香榧产业提升专项资金", 200, 188.6, 91.4, "优"],
            [2, "县林业局", "森林防火巡护经费", 90, 87.3, 88.0, "良"],
            [3, "县城市管理局", "城区绿化养护市场化服务经费", 860, 851.2, 87.5, "良"],
            [4, "县公安局", "雪亮工程联网建设运维经费", 300, 296.1, 91.0, "优"],
            [5, "县民政局", "社区助餐服务点运营补助", 240, 201.5, 76.2, "中"],
            [6, "县住房和城乡建设局", "老旧住宅加装电梯补助", 1500, 1288.4, 82.6, "良"],
            ["合计", None, None, 3190, 2913.1, None, None]]
    write_workbook(path, rows, ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3"], sheet="评价结果")


def _purchases(path: Path) -> None:
    rows = [["云溪县2026年政府采购意向公开表"],
            ["公开日期：2025年12月28日", None, None, None, "单位：元"],
            ["序号", "采购单位", "采购项目名称", "预算金额（元）", "预计采购月份"],
            [1, "云溪县城市管理局", "城区绿化养护市场化服务", 8600000, "2026年3月"],
            [2, "云溪县公安局", "雪亮工程运维服务", 2300000, "2026年5月"],
            [3, "云溪县水利局", "水雨情监测站运维服务", 310000, "2026年4月"],
            [4, "云溪县民政局", "社区助餐服务点运营服务（东片）", 600000, "2026年2月"],
            [5, "云溪县民政局", "社区助餐服务点运营服务（西片）", 620000, "2026年2月"],
            [6, "云溪县林业局", "香榧品牌推广服务", 500000, "2026年6月"],
            [7, "云溪县住房和城乡建设局", "老旧住宅加装电梯工程", 9000000, "2026年7月"],
            ["合计", None, None, 21930000, None]]
    write_workbook(path, rows, ["A1:E1"], sheet="采购意向")


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("crosstab_tables")
    (d / f"{DEPT}_2026年_项目支出绩效目标表.txt").write_text(render(DEPT, "364.40 334.40 30.00", UNITS), encoding="utf-8")
    _evaluation(d / "云溪县_2025年_财政重点项目绩效评价结果汇总表.xlsx")
    _purchases(d / "云溪县_2026年_政府采购意向公开表.xlsx")
    return engine_over(tmp_path_factory.mktemp("crosstab_db") / "kb.sqlite", [d])


def test_names_of_one_project_across_tables_are_alike():
    assert likeness("城区绿化养护市场化服务经费", "城区绿化养护市场化服务") == 1.0  # (the generic tail off)
    assert likeness("农村公路养护工程资金", "农村公路养护工程（2026年度）") == 1.0  # (the bracketed year off)
    assert likeness("雪亮工程联网建设运维经费", "雪亮工程运维服务") >= 0.5 > likeness("雪亮工程联网建设运维经费", "水雨情监测站运维服务")


def test_a_project_of_the_target_table_followed_into_the_evaluation_of_the_year_before(engine):
    a = converse(engine, "云溪香榧产业提升专项资金多少", "那2025年的呢")
    assert a.status == "answered" and "200" in a.text and "2025年财政重点项目绩效评价结果汇总表" in a.text
    b = converse(engine, "香榧产业提升专项2026年预算", "那25年综合得分")
    assert b.status == "answered" and "91.4" in b.text


def test_an_evaluated_project_followed_into_the_procurement_of_the_next_year(engine):
    a = converse(engine, "城区绿化养护市场化服务经费2025年得分", "那2026年采购预算呢")
    assert a.status == "answered" and "8600000" in a.text and "87.5" not in a.text
    b = converse(engine, "雪亮工程联网建设运维经费25年实际支出", "26年运维服务采购预算")
    assert b.status == "answered" and "2300000" in b.text and "310000" not in b.text
    assert "雪亮工程运维服务" in b.text.splitlines()[-1]  # (found by likeness: the row used said)


def test_a_row_only_alike_is_not_followed_when_nothing_is_asked_of_it(engine):
    # (the 采购 item's 2025: no procurement of 2025; the 2025 program named alike is another thing)
    a = converse(engine, "雪亮工程运维服务采购预算", "那2025年的呢")
    assert a.status != "answered" and "296.1" not in a.text and "300" not in a.text


def test_a_year_said_alone_asks_the_column_shown(engine):
    # (the 2025 综合得分 of a project → "2026年的呢": its 目标表 of 2026 prints no score, never its 总计 instead)
    a = converse(engine, "森林防火巡护经费2025年综合得分", "2026年的呢")
    assert "96.40" not in a.text


def test_two_rows_equally_alike_are_asked_back(engine):
    a = converse(engine, "社区助餐服务点运营补助25年得分", "26年采购预算多少")
    assert a.status == "clarify" and "东片" in a.text and "西片" in a.text


def test_a_year_no_table_holds_and_a_project_without_a_row(engine):
    a = converse(engine, "森林防火巡护经费多少", "那2023年的呢")
    assert a.status == "unknown" and "2023" in a.text
    b = converse(engine, "林区道路维护经费多少", "那2025年的呢")
    assert b.status == "unknown" and "林区道路维护经费" in b.text and "没有 2025 年的数据" not in b.text
    assert not any(v in b.text for v in ("200", "188.6", "87.3"))


def test_a_column_said_after_asked_back_is_the_one_option_printing_it(engine):
    first = converse(engine, "老旧住宅加装电梯预算")
    assert first.status == "clarify"  # (the 采购意向表's 工程 and the 评价结果汇总表's 补助)
    a = converse(engine, "老旧住宅加装电梯预算", "实际支出呢")
    assert a.status == "answered" and "1288.4" in a.text and "2025年财政重点项目绩效评价结果汇总表" in a.text
    b = converse(engine, "老旧住宅加装电梯预算", "综合得分呢")
    assert b.status == "answered" and "82.6" in b.text and "2025年财政重点项目绩效评价结果汇总表" in b.text
    c = converse(engine, "老旧住宅加装电梯预算", "预计采购月份呢")
    assert c.status == "answered" and "2026年7月" in c.text and "政府采购意向公开表" in c.text
    d = converse(engine, "老旧住宅加装电梯预算", "什么时候采购")  # (asked by a question, not by the column's name)
    assert d.status == "answered" and "2026年7月" in d.text


def test_a_column_said_after_asked_back_is_printed_whole_by_the_option(engine):
    # (财政支出 shares 支出 with 实际支出数 only: neither that row's figure nor the table's 合计 is its answer)
    a = converse(engine, "老旧住宅加装电梯预算", "财政支出呢")
    assert a.status in ("unknown", "clarify") and "1288.4" not in a.text and "2913.1" not in a.text


@pytest.fixture(scope="module")
def with_applications(tmp_path_factory) -> Engine:
    """The county's tables beside the bundled seed and the sample tables (a 项目申报表's 项目总预算, 项目当年预算 fit
    "项目里预算" loosely)."""
    d = tmp_path_factory.mktemp("crosstab_kinds")
    _evaluation(d / "云溪县_2025年_财政重点项目绩效评价结果汇总表.xlsx")
    _purchases(d / "云溪县_2026年_政府采购意向公开表.xlsx")
    root = Path(__file__).resolve().parent.parent
    samples = sorted((root / "tests" / "data" / "samples").glob("*.xlsx")) + \
        sorted((root / "tests" / "data" / "samples").glob("*.pdf"))
    return engine_over(tmp_path_factory.mktemp("crosstab_kinds_db") / "kb.sqlite", [d, root / "knowledge", *samples])


def test_the_evaluated_projects_are_the_rows_of_the_evaluation(with_applications):
    a = converse(with_applications, "评价的项目里预算最大的是哪个")
    assert a.status == "answered" and "老旧住宅加装电梯补助" in a.text and "1500" in a.text
    b = converse(with_applications, "被评价的项目中实际支出最少的是哪个")
    assert b.status == "answered" and "社区助餐服务点运营补助" not in b.text and "87.3" in b.text


def test_one_project_of_two_years_from_tables_of_two_kinds(engine):
    a = converse(engine, "香榧产业提升专项资金26年比25年增加多少")
    assert a.status == "answered" and "10万元" in a.text.splitlines()[0]  # 210 − 200
    assert "2026年项目支出绩效目标表" in a.text and "2025年财政重点项目绩效评价结果汇总表" in a.text


WATER = "青石县水务局"
WATER_UNITS = [Unit(WATER, "150.00 150.00", [
    Item("信息化运维经费", "40.00 40.00", "保障水务信息系统运行维护。",
         [("11", "运维系统数量", "≥5套", "≥5套"), ("31", "使用人员满意度", "≥90%", "≥90%")]),
    Item("河道保洁经费", "110.00 110.00", "开展城区河道日常保洁。",
         [("11", "保洁河道长度", "≥30公里", "≥30公里"), ("31", "群众满意度", "≥85%", "≥85%")]),
])]


@pytest.fixture(scope="module")
def namesakes(tmp_path_factory) -> Engine:
    """青石县: its 水务局's 2026 目标表 and the county's 2025 评价结果汇总表, where two departments each have a row
    信息化运维经费 and 河道保洁经费 is the 城管局's row only."""
    d = tmp_path_factory.mktemp("crosstab_namesakes")
    (d / f"{WATER}_2026年_项目支出绩效目标表.txt").write_text(render(WATER, "150.00 150.00", WATER_UNITS),
                                                               encoding="utf-8")
    rows = [["青石县2025年财政重点项目绩效评价结果汇总表"],
            ["编制单位：青石县财政局", None, None, None, None, None, "单位：万元"],
            ["序号", "主管部门", "项目名称", "预算执行", None, "评价结论", None],
            [None, None, None, "预算数（万元）", "实际支出数（万元）", "评价得分", "等级"],
            [1, "县水务局", "信息化运维经费", 36, 35.2, 90.5, "优"],
            [2, "县卫生健康局", "信息化运维经费", 75, 61.8, 78.0, "中"],
            [3, "县城市管理局", "河道保洁经费", 120, 118.4, 88.0, "良"],
            [4, "县城市管理局", "城区路灯维护经费", 64, 60.5, 85.5, "良"],
            ["合计", None, None, 295, 275.9, None, None]]
    write_workbook(d / "青石县_2025年_财政重点项目绩效评价结果汇总表.xlsx", rows,
                   ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3"], sheet="评价结果")
    return engine_over(tmp_path_factory.mktemp("crosstab_namesakes_db") / "kb.sqlite", [d])


def test_two_departments_rows_of_one_name_are_not_taken_for_each_other(namesakes):
    # (each department's row said with its department, never one of them as the project's)
    a = converse(namesakes, "信息化运维经费多少", "那2025年的呢")
    assert a.status != "answered" or "县水务局" in a.text and "县卫生健康局" in a.text


def test_another_departments_row_of_the_same_name_is_said_whose(namesakes):
    a = converse(namesakes, "河道保洁经费多少", "那2025年的呢")
    assert a.status == "answered" and "120" in a.text and "县城市管理局" in a.text.splitlines()[-1]


def test_no_place_known_reads_no_table(namesakes):
    from bot.engine.row_across import _rows_of_year

    assert _rows_of_year(namesakes.kb, 2025, set()) == {}  # (no department shown: no other county's tables read)
    assert "河道保洁经费" in _rows_of_year(namesakes.kb, 2025, {WATER})
