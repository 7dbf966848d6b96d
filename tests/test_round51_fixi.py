"""Questions over a fictional county's tables (桐溪县): its 水利局's 2026 项目支出绩效目标表 and the county's 2026
政府采购意向公开表 (published by the county, 桐溪县, its rows of many departments):
- "桐溪县X2026年多少": the county said where X is a project of a department of that county (桐溪县水利局) — the
  place's tables hold it, never "桐溪县的表中没有找到这一项";
- "水利局的工作经费是多少" where 工作经费 is the shared tail of several (not all) of its projects' names: those
  projects asked back with their amounts, never the department's whole total;
- "林业局群众满意度" → "那水利局的满意度指标呢": the class said is asked of the department named now (all its
  满意度指标), not only the indicators whose names hold the last one's;
- "河湖长制工作经费" → "防汛物资采购预计几月": a follow-up naming a row of another table of the same place (the
  county's 采购意向表) with a column that table prints: that row's cell, its name said; a row no table holds stays
  unknown;
- "河道堤防加固南岸片区施工采购多少钱" → "采购需求呢": a project's short form (河道堤防加固, of 河道堤防加固建设项目县级
  配套资金, a row of the 评价结果汇总表 too) said on into a procurement row's name (…建设项目（南岸片区）施工): that
  row, and the row in context answers the bare column after it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook
from target_tables import Item, Unit, render

from bot.engine import Engine

DEPT = "桐溪县水利局"
UNITS = [Unit(DEPT, "1218.00 1188.00 30.00", [
    Item("河道清淤疏浚县级配套资金", "430.00 400.00 30.00", "完成县域主要河道清淤疏浚。",
         [("11", "清淤河道长度", "≥35公里", "≥35公里"), ("31", "沿河群众满意度", "≥90%", "≥90%")]),
    Item("防汛抗旱工作经费", "156.00 156.00", "保障防汛抗旱物资储备和值守。",
         [("11", "防汛物资储备点数量", "≥12个", "≥12个"), ("13", "险情处置时限", "≤2小时", "≤2小时")]),
    Item("河湖长制工作经费", "88.00 88.00", "开展河湖长巡河和河湖健康评价。",
         [("11", "巡河次数", "≥600次", "≥600次"), ("31", "河湖长制工作满意度", "≥88%", "≥88%")]),
    Item("河道堤防加固建设项目县级配套资金", "300.00 300.00", "加固县域河道堤防。",
         [("11", "加固堤防长度", "≥8公里", "≥8公里")]),
    Item("农村饮用水工程运行管护经费", "244.00 244.00", "保障农村供水工程正常运行。",
         [("11", "管护供水工程数量", "≥40处", "≥40处"), ("31", "用水群众满意度", "≥90%", "≥90%")]),
])]


FORESTRY = "桐溪县林业局"
FOREST_UNITS = [Unit(FORESTRY, "120.00 120.00", [
    Item("森林防火巡护经费", "120.00 120.00", "组织护林员开展巡护。",
         [("11", "护林员人数", "≥50人", "≥50人"), ("31", "群众满意度", "≥92%", "≥92%")]),
])]


def _purchases(path: Path) -> None:
    rows = [["桐溪县2026年政府采购意向公开表"],
            ["公开日期：2025年12月20日", None, None, None, None, None],
            ["序号", "采购单位", "采购项目名称", "采购需求概况", "预算金额(元)", "预计采购时间"],
            [1, "桐溪县水利局", "2026年河道清淤疏浚（北溪段）工程", "清淤北溪河道约12公里", 2100000, "2026年4月"],
            [2, "桐溪县水利局", "2026年河道堤防加固建设项目（南岸片区）施工", "加固南岸堤防约3公里", 1700000, "2026年7月"],
            [3, "桐溪县水利局", "防汛物资采购", "采购冲锋舟、救生衣等防汛物资", 420000, "2026年3月"],
            [4, "桐溪县卫生健康局", "乡镇卫生院影像设备采购", "采购DR设备6台", 3600000, "2026年6月"],
            [5, "桐溪县教育局", "中小学食堂设备更新", "更新食堂厨具约200件", 800000, "2026年5月"],
            ["合计", None, None, None, 8620000, None]]
    write_workbook(path, rows, ["A1:F1"], sheet="采购意向")


def _evaluation(path: Path) -> None:
    rows = [["桐溪县2025年财政重点项目绩效评价结果汇总表"],
            ["编制单位：桐溪县财政局", None, None, None, None, None, None],
            ["序号", "主管部门", "项目名称", "资金执行情况", None, "评价结果", None],
            [None, None, None, "预算金额(万元)", "实际支出(万元)", "评价得分", "评价等级"],
            [1, "县水利局", "河道堤防加固建设项目县级配套资金", 280, 266.4, 90.5, "优"],
            [2, "县水利局", "小型水库除险加固补助", 150, 149.2, 88.0, "良"],
            [3, "县教育局", "中小学食堂改造补助", 260, 251.0, 92.0, "优"],
            [4, "县教育局", "学前教育普惠补助", 410, 402.3, 86.5, "良"],
            [5, "县卫生健康局", "基层医疗机构设备购置补助", 500, 470.2, 85.0, "良"],
            ["合计", None, None, 1600, 1539.1, None, None]]
    write_workbook(path, rows, ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3"], sheet="评价结果汇总")


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("fixi_tables")
    (d / f"{DEPT}_2026年_项目支出绩效目标表.txt").write_text(render(DEPT, "1218.00 1188.00 30.00", UNITS), encoding="utf-8")
    (d / f"{FORESTRY}_2026年_项目支出绩效目标表.txt").write_text(render(FORESTRY, "120.00 120.00", FOREST_UNITS),
                                                          encoding="utf-8")
    _evaluation(d / "桐溪县_2025年_财政重点项目绩效评价结果汇总表.xlsx")
    _purchases(d / "桐溪县_2026年_政府采购意向公开表.xlsx")
    return engine_over(tmp_path_factory.mktemp("fixi_db") / "kb.sqlite", [d])


def test_a_project_of_a_department_asked_with_its_county(engine):
    a = converse(engine, "桐溪县河道清淤疏浚县级配套资金2026年多少")
    assert a.status == "answered" and "430" in a.text, a.text
    b = converse(engine, "桐溪县防汛抗旱工作经费多少")
    assert b.status == "answered" and "156" in b.text, b.text


def test_a_generic_tail_several_projects_share_asked_of_their_department(engine):
    a = converse(engine, "桐溪县水利局的工作经费是多少")
    assert a.status == "clarify" and "防汛抗旱工作经费" in a.text and "河湖长制工作经费" in a.text, a.text
    assert "1218" not in a.text and "清淤" not in a.text
    b = converse(engine, "桐溪县水利局的经费是多少")  # (no name part said: the whole)
    assert b.status == "answered" and "1218" in b.text


def test_a_class_of_indicators_asked_of_another_department_after_one_indicator(engine):
    a = converse(engine, "桐溪县林业局群众满意度", "那桐溪县水利局的满意度指标呢")
    assert a.status == "answered" and all(n in a.text for n in ("沿河群众满意度", "用水群众满意度", "河湖长制工作满意度")), a.text
    b = converse(engine, "桐溪县林业局群众满意度", "那桐溪县水利局的呢")  # (no class said: the indicator's likes)
    assert b.status == "answered" and "河湖长制工作满意度" not in b.text and "群众满意度" in b.text, b.text


def test_a_follow_up_naming_a_row_of_another_table_of_the_place(engine):
    a = converse(engine, "河湖长制工作经费", "防汛物资采购预计几月")
    assert a.status == "answered" and "2026年3月" in a.text and "防汛物资采购" in a.text, a.text
    b = converse(engine, "河湖长制工作经费", "防汛物资采购预计几月", "预算多少")  # (the row kept for the next)
    assert b.status == "answered" and "420000" in b.text, b.text
    c = converse(engine, "河湖长制工作经费", "巡河船采购预计几月")
    assert c.status != "answered" and "2026年3月" not in c.text and "2026年6月" not in c.text
    d = converse(engine, "河湖长制工作经费", "它的预计采购时间")  # (the thing talked about: no row of another table)
    assert "2026年" not in d.text, d.text


def test_a_short_form_said_on_into_a_longer_row_name(engine):
    a = converse(engine, "河道堤防加固南岸片区施工采购多少钱")
    assert a.status == "answered" and "1700000" in a.text, a.text
    b = converse(engine, "河道堤防加固南岸片区施工采购多少钱", "采购需求呢")
    assert b.status == "answered" and "加固南岸堤防约3公里" in b.text, b.text
    c = converse(engine, "河道堤防加固2025年得分")  # (the short form alone: still the project's row)
    assert c.status == "answered" and "90.5" in c.text, c.text
