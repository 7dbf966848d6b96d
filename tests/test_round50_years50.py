"""One department's tables of two years (a 2026 项目支出绩效目标表 beside a 2025 项目支出绩效评价指标评分表, one sheet per
project) and the county's 2026 新增资产配置预算表 of its 财政局, all fictional (青川县文化和旅游局):
- one project's figure of two years set against each other ("X2026年比2025年预算增加多少"): both years' figures, each
  with its source, and their difference; never the one year alone;
- a follow-up switching the year ("X2025年执行数" → "2026年预算多少", and back): the project just shown, in the
  table of that year — never "the 财政局's table has no such item" because 预算 is a word of that table's title;
- an indicator said after its project's words ("节庆游客满意度") of two years: the 2026 target kept as its part;
- department-level words: "<部门>其他资金一共多少" / "占总额多少" is the 目标表's column (its unplaced third amount),
  never a sum of the 评分表's rows named by 资金; "<单位>的满意度指标都有啥" lists the unit's satisfaction indicators (not the names every
  project shares); "X目标各是多少" lists each project's value, never asks which; a short name whose words two
  projects' names both hold in order (免费…开放…补助经费) asks which, never answers the one holding them unbroken.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook
from target_tables import Item, Unit, render

from bot.engine import Engine
from bot.engine.two_years import years_compared

DEPT = "青川县文化和旅游局"
UNITS = [
    Unit(DEPT, "310.00 290.00 20.00", [
        Item("乡村旅游节庆活动经费", "210.00 190.00 20.00",
             "举办乡村旅游节庆活动，带动乡村旅游消费。",
             [("11", "节庆活动场次", "≥8场", "≥8场"),
              ("14", "节庆活动成本", "≤210万元", "≤210万元"),
              ("31", "游客满意度", "≥92%", "≥92%")]),
        Item("旅游宣传营销经费", "88.00 88.00",
             "开展线上线下旅游宣传营销，提升青川旅游知名度。",
             [("11", "宣传推文发布数量", "≥200条", "≥200条"),
              ("13", "宣传资金支付及时率", "≥90%", "≥90%"),
              ("31", "游客满意度", "≥86%", "≥86%")]),
        Item("图书馆免费开放补助经费", "12.00 12.00", "保障县图书馆免费开放。",
             [("11", "开放天数", "≥300天", "≥300天"), ("31", "读者满意度", "≥90%", "≥90%")]),
    ]),
    Unit("青川县全民健身服务中心", "74.00 74.00", [
        Item("群众体育赛事经费", "46.00 46.00",
             "举办全县群众体育赛事，推动全民健身。",
             [("11", "举办赛事场次", "≥10场", "≥10场"),
              ("31", "参赛选手满意度", "≥90%", "≥90%")]),
        Item("体育场馆免费低收费开放补助经费", "28.00 28.00",
             "保障公共健身场地免费开放。",
             [("11", "开放天数", "≥300天", "≥300天"),
              ("31", "锻炼群众满意度", "≥88%", "≥88%")]),
    ]),
]

# (sheet, project, 预算数, 执行数, 执行率, 评价总分, grid rows: 三级指标, 分值, 目标, 实际, 得分)
_SCORED = [
    ("节庆活动", "乡村旅游节庆活动经费", 190, 176.4, "92.84%", 88.5,
     [("节庆活动场次", 20, "≥8场", "9场", 20), ("资金到位率", 5, "100%", "100%", 5),
      ("游客满意度", 10, "≥90%", "88.2%", 7.5)]),
    ("旅游宣传", "旅游宣传营销经费", 80, 72, "90%", 84,
     [("宣传推文发布数量", 20, "≥180条", "205条", 20), ("游客满意度", 10, "≥85%", "86.5%", 10)]),
]


def _scorecard(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet, project, budget, spent, rate, total, grid in _SCORED:
        ws = wb.create_sheet(sheet)
        ws.append([f"{DEPT}2025年项目支出绩效评价指标评分表"])
        ws.append(["项目名称", project, None, None, "主管部门", DEPT])
        ws.append(["实施单位", DEPT, None, None, "评价机构", "青川明信会计师事务所"])
        ws.append(["预算数（万元）", budget, "执行数（万元）", spent, "执行率", rate])
        ws.append(["评价总分", total, "评价等级", "良", "评价时间", "2026年3月"])
        ws.append(["一级指标", "二级指标", "三级指标", "分值", "指标值(目标)", "实际完成值", "得分", "扣分原因"])
        for name, points, target, done, got in grid:
            ws.append(["产出", "数量指标", name, points, target, done, got, None])
        ws.append(["合计", None, None, sum(g[1] for g in grid), None, None, sum(g[4] for g in grid), None])
        for cells in ("A1:H1", "B2:D2", "F2:H2", "B3:D3", "F3:H3"):
            ws.merge_cells(cells)
    wb.save(path)


def _assets(path: Path) -> None:
    rows = [["青川县2026年新增资产配置预算表"], ["编制单位：青川县财政局", None, None, None, None, "单位：万元"],
            ["部门名称", "单位名称", "资产名称", "数量", "金额（万元）", "资金来源"],
            ["青川县卫生健康局", "青川县人民医院", "彩色超声诊断仪", 1, 96.0, "一般公共预算"],
            ["青川县卫生健康局", "青川县疾控中心", "生物安全柜", 2, 18.0, "一般公共预算"],
            ["青川县交通运输局", "青川县交通运输局（本级）", "路况巡查车", 1, 16.5, "政府性基金预算"],
            ["合计", None, None, None, 130.5, None]]
    write_workbook(path, rows, ["A1:F1", "A7:D7"], sheet="新增资产配置预算表")


FARM = "青川县农业农村局"
FARM_UNITS = [Unit(FARM, "35.00 35.00", [
    Item("休闲农业推广经费", "35.00 35.00", "推介休闲农业精品线路，吸引游客下乡。",
         [("11", "推介精品线路条数", "≥6条", "≥6条"), ("31", "游客满意度", "≥80%", "≥80%")])])]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("years50_tables")
    (d / f"{DEPT}_2026年_项目支出绩效目标表.txt").write_text(render(DEPT, "384.00 364.00 20.00", UNITS), encoding="utf-8")
    (d / f"{FARM}_2026年_项目支出绩效目标表.txt").write_text(render(FARM, "35.00 35.00", FARM_UNITS), encoding="utf-8")
    _scorecard(d / f"{DEPT}_2025年_项目支出绩效评价指标评分表.xlsx")
    _assets(d / "青川县_2026年_新增资产配置预算表.xlsx")
    return engine_over(tmp_path_factory.mktemp("years50_db") / "kb.sqlite", [d])


def _first(answer) -> str:
    return answer.text.splitlines()[0]


def test_years_compared_are_read_with_each_years_column():
    assert years_compared("旅游宣传营销经费 2026年比2025年预算增加多少") == \
        ("旅游宣传营销经费", ("预算", "预算"), (2026, 2025))
    assert years_compared("旅游宣传营销26年预算比25年执行数多了多少") == \
        ("旅游宣传营销", ("预算", "执行数"), (2026, 2025))
    assert years_compared("旅游宣传营销26年安排多少 25年执行了多少") is None  # (two parts asked, none set against)


def test_one_projects_budget_of_two_years_set_against_each_other(engine):
    a = converse(engine, "旅游宣传营销经费 2026年比2025年预算增加多少")
    assert a.status == "answered" and "增加 8万元" in _first(a)  # 88 − 80
    assert "2026年项目支出绩效目标表" in a.text and "2025年项目支出绩效评价指标评分表" in a.text
    b = converse(engine, "乡村旅游节庆2026年预算比2025年多多少")
    assert b.status == "answered" and "增加 20万元" in _first(b)  # 210 − 190
    c = converse(engine, "旅游宣传营销2026年预算比2025年执行数多了多少")
    assert c.status == "answered" and "2026年预算比2025年执行数增加 16万元" in _first(c)  # 88 − 72


def test_a_year_said_after_the_project_is_not_the_titled_table_of_that_year(engine):
    # 预算 is a word of the 财政局's 新增资产配置预算表 (2026), not what names the table here
    a = converse(engine, "旅游宣传营销经费2026年预算")
    assert a.status == "answered" and "88.00" in a.text and "财政局" not in a.text


def test_a_follow_up_switching_the_year_keeps_the_project(engine):
    a = converse(engine, "旅游宣传营销2025年执行数", "2026年预算多少")
    assert a.status == "answered" and "88.00" in a.text and "财政局" not in a.text
    b = converse(engine, "乡村旅游节庆活动经费2025年评价等级", "2026年它的预算")
    assert b.status == "answered" and "210.00" in b.text
    c = converse(engine, "2026年旅游宣传营销经费预算", "它2025年执行数呢")
    assert c.status == "answered" and "72" in c.text and "88.00" not in c.text


def test_an_indicator_said_after_its_projects_words_is_that_years_part(engine):
    # 2026 part: the 目标表's 游客满意度 of 乡村旅游节庆活动经费 (its listing holds the one line); never the listing
    # standing for both years
    a = converse(engine, "乡村旅游节庆游客满意度 2025年实际和2026年目标")
    assert "≥92%" in a.text and "≥86%" not in a.text
    assert a.status != "answered" or "88.2%" in a.text


def test_a_units_indicators_of_a_kind_are_listed(engine):
    a = converse(engine, "全民健身服务中心的满意度指标都有啥")
    assert a.status == "answered"
    assert "参赛选手满意度" in a.text and "锻炼群众满意度" in a.text and "没有名称相同" not in a.text


def test_each_asked_of_an_indicator_lists_every_project(engine):
    # (two departments' projects hold it: asked which when one value is asked, each listed when 各 is said)
    assert converse(engine, "游客满意度目标多少").status == "clarify"
    a = converse(engine, "游客满意度目标各是多少")
    assert a.status == "answered" and all(v in a.text for v in ("≥92%", "≥86%", "≥80%"))


def test_a_departments_funding_column_and_its_share(engine):
    a = converse(engine, f"{DEPT}其他资金一共多少")
    assert a.status == "answered" and "20.00" in a.text
    assert "分值" not in a.text and "未列" not in a.text  # (not 资金到位率's points; not the 评分表 as a blank line)
    b = converse(engine, f"{DEPT}其他资金占总额多少")
    assert b.status == "answered" and "5.21%" in b.text  # 20 ÷ 384


def test_a_short_name_two_projects_hold_in_order_asks_which(engine):
    a = converse(engine, "免费开放补助经费多少")
    assert a.status == "clarify"
    assert "图书馆免费开放补助经费" in a.text and "体育场馆免费低收费开放补助经费" in a.text
    whole = converse(engine, "图书馆免费开放补助经费多少")
    assert whole.status == "answered" and "12.00" in whole.text


def test_another_project_after_a_column_of_one_years_table_stays_in_that_table(engine):
    # 执行数 is the 2025 评分表's: "那X呢" is X's 执行数 there, never X's 2026 目标表 total
    a = converse(engine, "旅游宣传营销执行数", "那乡村旅游节庆呢")
    assert a.status == "answered" and "176.4" in a.text and "210.00" not in a.text
    b = converse(engine, "旅游宣传营销2025年执行数", "那乡村旅游节庆活动经费呢")
    assert b.status == "answered" and "176.4" in b.text
    # a project only the 2026 table has: said not in 2025's, never its 2026 total
    c = converse(engine, "旅游宣传营销2025年执行数", "那图书馆免费开放补助经费呢")
    assert c.status != "answered" and "12.00" not in c.text
    # the column said in the question too (评价总分 of the 评分表's block): still that table's
    d = converse(engine, "乡村旅游节庆活动经费评价总分", "那图书馆免费开放补助经费呢")
    assert d.status != "answered" and "12.00" not in d.text
    e = converse(engine, "乡村旅游节庆活动经费评价总分", "那旅游宣传营销呢")
    assert e.status == "answered" and "84" in e.text
    # a period said alone ("去年呢") is another year of the row shown, never a row named 去年
    assert "“去年”" not in converse(engine, "旅游宣传营销执行数", "去年呢").text
