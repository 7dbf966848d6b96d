"""A project plan whose rows are grouped under numbered heading rows, each closed by a 小计 row, its money split by
source columns under a merged header (groups54), on a table written here with names and figures of its own: 青岚县's
2025年重大项目投资计划表 — a 合计 row on top, headings 一 产业发展类 / 二 生态环保类 / 三 民生保障类 (numbered in the
序号 column, the name in the project column, no figures), each followed by its 小计（n个） row and its projects
numbered 1, 2, …; columns 项目名称, 建设性质, 建设内容及规模, 建设年限, 总投资, 截至2024年底已完成投资, 2025年计划投资 and
its 资金来源 (上级补助资金 / 政府专项债券 / 市级财政资金 / 社会资本), 实施单位, 备注.

Classes: a heading's rows listed, counted and added up in the column said ("生态环保类项目有哪些", "民生保障类有几个
项目", "产业发展类2025年计划投资小计", "今年计划投资" of the table's year), a follow-up on another heading ("那生态环保的
呢"), a heading's first row after its list; a row's money by its sources, the blank ones left out, adding up to the
figure they make up ("资金来源怎么构成", "钱从哪来"); a source column said short (专项债 of 政府专项债券) with a verb
("用了多少专项债"); "截至去年底完成多少投资" of a 2025 plan (截至2024年底已完成投资), never the 备注; a count in a measure
word with its thing, read from the row's text ("改造多少个小区"); whose a named row is ("谁负责"); the rows of one 实施单位
said short, listed and added up in the column said, "政府投资" of the title never a column. Guards: a year the
heading's column is not of is no figure of it ("产业发展类去年计划多少" never the 2025 figure)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook

from bot.engine import ANSWERED, Engine

_HEADER = ["序号", "项目名称", "建设性质", "建设内容及规模", "建设年限", "总投资", "截至2024年底已完成投资", "2025年计划投资",
           "2025年计划投资资金来源", None, None, None, "实施单位", "备注"]
_SUB = [None] * 8 + ["上级补助资金", "政府专项债券", "市级财政资金", "社会资本", None, None]
_ROWS = [
    ["青岚县2025年重大项目投资计划表"] + [None] * 13,
    [None] * 13 + ["单位：万元"],
    _HEADER,
    _SUB,
    [None, "合计（9个项目）", None, None, None, 301900, 61400, 96300, 27960, 30900, 24940, 12500, None, None],
    ["一", "产业发展类项目", None, None, None, None, None, None, None, None, None, None, None, None],
    [None, "小计（3个）", None, None, None, 151000, 39000, 44000, 9000, 15000, 10000, 10000, None, None],
    [1, "青岚县智能装备产业园基础设施工程", "续建", "新建标准厂房12万平方米，配套道路4.5公里", "2023-2026", 88000, 31000,
     25000, 5000, 8000, 4000, 8000, "县经济开发区管委会", "省重大产业项目"],
    [2, "青岚县冷链物流中心建设工程", "新建", "建设冷库3座，总库容5万吨", "2025-2027", 41000, None, 12000, 2000, 7000,
     3000, None, "县供销合作社联合社", None],
    [3, "青岚县数字经济孵化基地工程", "续建", "改造提升楼宇2栋，建筑面积3.1万平方米", "2024-2025", 22000, 8000, 7000,
     2000, None, 3000, 2000, "县经济开发区管委会", "2025年竣工"],
    ["二", "生态环保类项目", None, None, None, None, None, None, None, None, None, None, None, None],
    [None, "小计（3个）", None, None, None, 70900, 14400, 27500, 10860, 9400, 6240, 1000, None, None],
    [4, "青岚县清溪河流域生态修复工程", "续建", "治理河道24公里，新建生态缓冲带9公里", "2024-2026", 39600, 14400,
     14000, 6000, 5000, 3000, None, "县生态环境分局", "省级示范"],
    [5, "青岚县乡镇污水处理设施提标工程", "新建", "提标改造污水处理站17座，新建管网31公里", "2025-2026", 18900, None,
     8500, 3400, 4400, 700, None, "县住房和城乡建设局", None],
    [6, "青岚县废弃矿山复绿工程", "新建", "复绿废弃矿山8处，面积96公顷", "2025-2025", 12400, None, 5000, 1460, None,
     2540, 1000, "县自然资源和规划局", "含历史遗留矿山5个"],
    ["三", "民生保障类项目", None, None, None, None, None, None, None, None, None, None, None, None],
    [None, "小计（3个）", None, None, None, 80000, 8000, 24800, 8100, 6500, 8700, 1500, None, None],
    [7, "青岚县人民医院门急诊综合楼工程", "续建", "总建筑面积4.2万平方米，新增床位260张", "2024-2027", 52000, 8000,
     13000, 4000, 6500, 2500, None, "县卫生健康局", "省重点项目"],
    [8, "青岚县老旧小区综合改造工程（2025年度）", "新建", "改造老旧小区23个，惠及住户4100户", "2025-2025", 9800,
     None, 5800, 2600, None, 3200, None, "县住房和城乡建设局", "民生实事"],
    [9, "青岚县妇幼保健院迁建工程", "新建", "总建筑面积2.8万平方米，设置床位180张", "2025-2028", 18200, None, 6000,
     1500, None, 3000, 1500, "县卫生健康局", None],
]
_MERGED = ["A1:N1", "I3:L3"] + [f"{c}3:{c}4" for c in "ABCDEFGHMN"]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("groups54")
    path = write_workbook(folder / "青岚县2025年重大项目投资计划表.xlsx", _ROWS, _MERGED, sheet="重大项目计划")
    return engine_over(folder / "kb.sqlite", [Path(path)])


def _ask(engine: Engine, *turns: str):
    answer = converse(engine, *turns)
    return answer.status, answer.text.replace(" ", "")


def test_a_headings_rows_listed_counted_and_added(engine: Engine) -> None:
    status, text = _ask(engine, "生态环保类项目有哪些")
    assert status == ANSWERED
    assert all(n in text for n in ("清溪河流域生态修复工程", "乡镇污水处理设施提标工程", "废弃矿山复绿工程"))
    assert "智能装备产业园" not in text and "人民医院" not in text
    status, text = _ask(engine, "民生保障类有几个项目")
    assert status == ANSWERED and "3项" in text and "冷链物流" not in text
    status, text = _ask(engine, "产业发展类2025年计划投资小计")
    assert status == ANSWERED and "44000" in text and "151000" not in text
    status, text = _ask(engine, "民生保障类项目今年计划投资一共多少")
    assert status == ANSWERED and "24800" in text and "80000" not in text


def test_another_heading_and_the_first_row_of_a_list_followed_up(engine: Engine) -> None:
    status, text = _ask(engine, "产业发展类项目今年计划投资小计", "那生态环保的呢")
    assert status == ANSWERED and "27500" in text and "44000" not in text
    status, text = _ask(engine, "生态环保类项目有哪些", "第一个2025年计划投资多少")
    assert status == ANSWERED and "14000" in text and "清溪河" in text


def test_a_rows_money_by_its_sources(engine: Engine) -> None:
    status, text = _ask(engine, "冷链物流中心资金来源怎么构成的")
    assert status == ANSWERED
    assert "上级补助资金2000" in text and "政府专项债券7000" in text and "市级财政资金3000" in text
    assert "社会资本" not in text and "12000" in text  # (the blank source left out; the three add up to the plan)
    status, text = _ask(engine, "妇幼保健院迁建工程钱从哪来")
    assert status == ANSWERED and "1500" in text and "3000" in text and "6000" in text and "政府专项债券" not in text


def test_a_source_said_short_with_a_verb(engine: Engine) -> None:
    status, text = _ask(engine, "冷链物流中心用了多少专项债")
    assert status == ANSWERED and "7000" in text and "41000" not in text


def test_done_by_the_end_of_last_year_of_the_tables_year(engine: Engine) -> None:
    status, text = _ask(engine, "数字经济孵化基地截至去年底完成多少投资")
    assert status == ANSWERED and "8000" in text and "截至2024年底已完成投资" in text and "竣工" not in text


def test_a_count_read_from_the_rows_text(engine: Engine) -> None:
    status, text = _ask(engine, "老旧小区综合改造工程改造多少个小区")
    assert status == ANSWERED and "23个" in text
    # (a part a remark says is included is no count of the whole)
    status, text = _ask(engine, "废弃矿山复绿工程一共有多少个矿山")
    assert not (status == ANSWERED and "5个" in text)


def test_whose_a_named_row_is(engine: Engine) -> None:
    status, text = _ask(engine, "冷链物流中心谁负责")
    assert status == ANSWERED and "县供销合作社联合社" in text and "开发区" not in text


def test_the_rows_of_one_unit_said_short(engine: Engine) -> None:
    status, text = _ask(engine, "卫健局负责的政府投资项目有哪些")
    assert status == ANSWERED and "门急诊综合楼" in text and "妇幼保健院" in text and "政府专项债券" not in text
    status, text = _ask(engine, "卫健局负责的项目今年计划投资一共多少")
    assert status == ANSWERED and "19000" in text


def test_a_year_the_column_is_not_of_gives_no_figure(engine: Engine) -> None:
    status, text = _ask(engine, "产业发展类项目去年计划投资多少")
    assert status != ANSWERED and "44000" not in text and "去年" in text  # (says the year asked is not printed)


def test_the_unit_of_a_row_pointed_at_after_its_cell(engine: Engine) -> None:
    status, text = _ask(engine, "冷链物流中心谁负责", "那这家单位的支出预算一共多少呢")
    assert status != ANSWERED and "县供销合作社联合社" in text and "单位是万元" not in text
    assert "没有" in text and "41000" not in text and "96300" not in text  # (no table of its own: said so, no figure)


def test_a_source_column_said_by_its_abbreviation(engine: Engine) -> None:
    status, text = _ask(engine, "冷链物流中心用了多少市财政")  # (市级财政资金, said as staff say it)
    assert status == ANSWERED and "3000" in text and "市级财政资金" in text
    status, text = _ask(engine, "门急诊综合楼上级补助多少")
    assert status == ANSWERED and "4000" in text


# a department's table of its revenue beside the plan: "收入" is its rows' word, never the plan's
_REVENUE = [
    ["青岚县市场监督管理局2025年部门收支预算总表", None, None],
    [None, None, "单位：万元"],
    ["项目", "预算数", "上年预算数"],
    ["一、财政拨款收入", 1830.5, 1710.2],
    ["二、事业收入", 96.0, 88.0],
    ["收入合计", 1926.5, 1798.2],
]


@pytest.fixture(scope="module")
def with_revenue(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """The plan with its city's money a county's (县级财政资金), beside a department's table of its revenue."""
    folder = tmp_path_factory.mktemp("groups54r")
    rows = [[c.replace("市级", "县级") if isinstance(c, str) else c for c in r] for r in _ROWS]
    plan = write_workbook(folder / "青岚县2025年重大项目投资计划表.xlsx", rows, _MERGED, sheet="重大项目计划")
    revenue = write_workbook(folder / "青岚县市场监督管理局2025年部门收支预算总表.xlsx", _REVENUE, ["A1:C1"], sheet="收支总表")
    return engine_over(folder / "kb.sqlite", [Path(plan), Path(revenue)])


@pytest.mark.parametrize("question", ["县财政收入多少", "县财政一共收入多少"])
def test_a_source_said_short_beside_a_word_the_plan_does_not_read_is_not_the_plan(with_revenue: Engine,
                                                                                   question: str) -> None:
    status, text = _ask(with_revenue, question)  # (revenue, never the plan's 县级财政资金 column)
    assert "24940" not in text and "计划投资资金来源" not in text
    assert status != ANSWERED or "财政拨款收入" in text


def test_a_source_said_short_alone_or_of_a_row_is_its_column(with_revenue: Engine) -> None:
    status, text = _ask(with_revenue, "冷链物流中心用了多少县财政")
    assert status == ANSWERED and "3000" in text and "县级财政资金" in text and "1830.5" not in text
    status, text = _ask(with_revenue, "县财政一共多少")
    assert status == ANSWERED and "24940" in text and "县级财政资金" in text


def test_done_by_the_end_of_last_year_the_row_said_after_the_date(engine: Engine) -> None:
    status, text = _ask(engine, "到去年底智能装备产业园完成了多少投资")
    assert status == ANSWERED and "31000" in text


def test_a_headings_subtotal_printed_below_its_rows_stands_under_it() -> None:
    from bot.ingest.grid import grid_facts

    rows = [["某县2025年项目计划表", "", "", ""], ["序号", "项目名称", "总投资", "责任单位"],
            ["（一）", "文旅类", "", ""], ["1", "古镇保护工程", "300", "县文广旅体局"], ["2", "游客中心工程", "200", "县文广旅体局"],
            ["", "小计", "500", ""], ["（二）", "农业类", "", ""], ["3", "农田水利工程", "150", "县农业农村局"],
            ["", "小计", "150", ""], ["", "合计", "650", ""]]
    facts = grid_facts(rows).facts
    paths = {f.row for f in facts if f.col == ("总投资",)}
    assert ("文旅类", "小计") in paths and ("农业类", "小计") in paths and ("文旅类", "古镇保护工程") in paths
    assert ("合计",) in paths
