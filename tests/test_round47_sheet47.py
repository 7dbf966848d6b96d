"""Round 47, a sheet listing items (projects) with typed columns beside another table of the same workbook, each class
on a small fictional workbook: 青屿市's 债务限额和余额 sheet (year × kind rows) and its 新增专项债券 sheet (项目名称,
项目主管部门, 债券金额, 其中：用作项目资本金, 债券期限（年）, 发行利率（%）, a 合计 row), beside a loaded bureau's
project table (青屿市文化局) so that the sheet's rows are never the only projects.

Classes:
- the items ranked by the money the sheet is about, said by its subject ("哪个项目专项债最多": 专项债 of 专项债券 names
  债券金额), a place asked too ("第二多", "→ 第二个呢") — never the other sheet's year × kind rows;
- the items of an organisation of its 主管部门 column said short (交通局, 青屿卫健局), added up with the arithmetic shown,
  or listed; the items whose figure in the one column of a unit equals the number said ("30年期的");
- an item by a short form of its name, its subject's money ("人民医院扩建用了多少专项债") or a column said in part
  ("资本金多少" right after the item was shown);
- a kind of column the sheet does not print ("…什么时候发行的") stays unknown — never its 债券期限 (a length of time)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, UNKNOWN, Engine

_DEBT = [
    ["青屿市2026年地方政府债务限额和余额情况表"],
    ["单位：万元"],
    ["项目", "2025年执行数", None, None, "2026年预算数", None, None],
    [None, "一般债务", "专项债务", "合计", "一般债务", "专项债务", "合计"],
    ["一、上年末地方政府债务余额", 50000, 90000, 140000, 52000, 99000, 151000],
    ["二、本年地方政府债务限额", 56000, 101000, 157000, 58000, 110000, 168000],
]

_BONDS = [
    ["青屿市2025年新增地方政府专项债券资金使用情况表"],
    ["单位：万元、年、%"],
    ["序号", "项目名称", "项目主管部门", "项目领域", "债券金额", "其中：用作项目资本金", "债券期限（年）", "发行利率（%）"],
    [None, "合计", None, None, 41500, 3000, None, None],
    [1, "青屿市港区疏港公路工程", "青屿市交通运输局", "交通基础设施", 12000, None, 30, 2.35],
    [2, "青屿市人民医院扩建工程", "青屿市卫生健康局", "社会事业", 9000, 2000, 20, 2.18],
    [3, "青屿市妇幼保健院迁建项目", "青屿市卫生健康局", "社会事业", 6500, None, 20, 2.18],
    [4, "青屿市滨海绿道建设项目", "青屿市交通运输局", "市政基础设施", 5000, None, 15, 2.05],
    [5, "青屿市老城区供水管网改造工程", "青屿市水务局", "市政基础设施", 9000, 1000, 30, 2.35],
]

_GOAL = "保障年度工作任务顺利完成。"
_MARKS = [("11", "完成场次", "≥10场", "≥10场"), ("31", "群众满意度", "≥90%", "≥90%")]
_PROJECTS = render("青屿市文化局", "80.00 80.00", [
    Unit("青屿市文化局", "80.00 80.00", [Item("文化惠民专项经费", "50.00 50.00", _GOAL, _MARKS),
                                     Item("非遗保护专项资金", "30.00 30.00", _GOAL, _MARKS)]),
])


def _workbook(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    first = wb.active
    first.title = "债务限额和余额"
    for row in _DEBT:
        first.append(row)
    for cells in ("A1:G1", "A2:G2", "A3:A4", "B3:D3", "E3:G3"):
        first.merge_cells(cells)
    second = wb.create_sheet("2025年新增专项债券")
    for row in _BONDS:
        second.append(row)
    for cells in ("A1:H1", "A2:H2"):
        second.merge_cells(cells)
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def qingyu(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("sheet47")
    book = _workbook(folder / "青屿市_2026年_政府债务限额和余额情况表.xlsx")
    projects = folder / "青屿市文化局2026年项目支出绩效目标表.txt"
    projects.write_text(_PROJECTS, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [book, projects])


@pytest.mark.parametrize(("turns", "wanted", "unwanted"), [
    (("青屿哪个项目专项债最多",), ["青屿市港区疏港公路工程", "12000"], ["99000", "110000"]),
    (("专项债最少的项目是哪个",), ["青屿市滨海绿道建设项目", "5000"], ["文化惠民"]),
    (("专项债第二少的项目",), ["青屿市妇幼保健院迁建项目", "6500"], []),
    (("青屿哪个项目专项债最多", "第二个呢"), ["9000"], ["99000"]),
])
def test_items_ranked_by_the_sheets_subject(qingyu: Engine, turns, wanted, unwanted) -> None:
    answer = converse(qingyu, *turns)
    assert answer.status == ANSWERED, answer.text
    assert all(w in answer.text for w in wanted), answer.text
    assert not any(w in answer.text for w in unwanted), answer.text


@pytest.mark.parametrize(("question", "wanted", "unwanted"), [
    ("青屿卫健局一共用了多少专项债", ["15500", "9000 + ", "6500"], ["12000"]),  # 9000 + 6500
    ("交通局两个项目专项债合计", ["17000"], ["9000"]),  # 12000 + 5000
    ("30年期的专项债有哪些项目", ["青屿市港区疏港公路工程", "青屿市老城区供水管网改造工程"], ["人民医院", "绿道"]),
])
def test_items_picked_by_a_column(qingyu: Engine, question: str, wanted: list[str], unwanted: list[str]) -> None:
    answer = converse(qingyu, question)
    assert answer.status == ANSWERED, answer.text
    assert all(w in answer.text for w in wanted), answer.text
    assert not any(w in answer.text for w in unwanted), answer.text


def test_the_items_picked_asked_by_name(qingyu: Engine) -> None:
    answer = converse(qingyu, "青屿水务局用了多少专项债", "哪个项目")
    assert answer.status == ANSWERED and "青屿市老城区供水管网改造工程" in answer.text, answer.text
    assert "99000" not in answer.text, answer.text


def test_an_item_by_a_short_form_of_its_name(qingyu: Engine) -> None:
    answer = converse(qingyu, "人民医院扩建用了多少专项债")
    assert answer.status == ANSWERED and "9000" in answer.text and "2000" not in answer.text, answer.text


def test_a_column_said_in_part_after_the_item(qingyu: Engine) -> None:
    answer = converse(qingyu, "老城区供水管网专项债", "资本金多少")
    assert answer.status == ANSWERED and "1000" in answer.text and "9000" not in answer.text, answer.text


def test_a_time_the_sheet_does_not_print_stays_unknown(qingyu: Engine) -> None:
    answer = converse(qingyu, "滨海绿道债券什么时候发行的")
    assert answer.status == UNKNOWN, answer.text
    assert "15年" not in answer.text, answer.text  # (its 债券期限 is how long, never when)


def test_the_other_sheets_rows_are_not_items(qingyu: Engine) -> None:
    """A question of the year × kind sheet never reads the items' sheet (its 专项债务 column is no item's money)."""
    answer = converse(qingyu, "青屿2026年末专项债务余额最多的项目")
    assert "港区疏港公路" not in answer.text, answer.text


_PLAN = [
    ["松溪县2026年政府投资项目计划表"],
    ["单位：万元"],
    ["序号", "项目名称", "主管部门", "建设性质", "计划投资（万元）", "建设期限（年）"],
    [None, "合计", None, None, 23000, None],
    [1, "松溪县城东污水处理厂扩建工程", "松溪县住房和城乡建设局", "扩建", 8000, 3],
    [2, "松溪县第三小学新建工程", "松溪县教育局", "新建", 6000, 2],
    [3, "松溪县乡村道路提升工程", "松溪县交通运输局", "改建", 4000, 2],
    [4, "松溪县体育中心建设项目", "松溪县教育局", "新建", 5000, 3],
]


@pytest.fixture(scope="module")
def songxi(tmp_path_factory) -> Engine:
    from conftest import write_workbook

    folder = tmp_path_factory.mktemp("sheet47b")
    plan = write_workbook(folder / "松溪县_2026年_政府投资项目计划表.xlsx", _PLAN, ["A1:F1", "A2:F2"])
    projects = folder / "青屿市文化局2026年项目支出绩效目标表.txt"
    projects.write_text(_PROJECTS, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [plan, projects])


@pytest.mark.parametrize(("question", "wanted", "unwanted"), [
    ("哪个项目投资最多", ["松溪县城东污水处理厂扩建工程", "8000"], ["23000"]),
    ("松溪教育局一共投资多少", ["11000"], ["8000"]),  # 6000 + 5000
    ("3年期的投资项目有哪些", ["松溪县城东污水处理厂扩建工程", "松溪县体育中心建设项目"], ["第三小学"]),
])
def test_any_sheet_of_items_by_its_subject(songxi: Engine, question: str, wanted: list[str], unwanted: list[str]) -> None:
    answer = converse(songxi, question)
    assert answer.status == ANSWERED, answer.text
    assert all(w in answer.text for w in wanted), answer.text
    assert not any(w in answer.text for w in unwanted), answer.text


_ADJUSTED = [
    ["柳塘县卫生健康局2025年度部门预算调剂情况表"],
    ["调剂批次：2025年第三季度", None, None, None, None, None, "单位：万元", None],
    ["序号", "项目名称", "资金性质", "调整前预算", "调增", "调减", "调整后预算", "调剂原因"],
    [1, "健康教育宣传经费", "一般公共预算", 30, 6, 0, 36, "工作任务增加"],
    [2, "病媒生物防制经费", "一般公共预算", 48, 0, 8, 40, "工作任务减少"],
    [3, "家庭医生签约服务经费", "一般公共预算", 210, 35.5, 0, 245.5, "签约人数增加"],
    [4, "妇幼健康服务经费", "一般公共预算", 90, 0, 5, 85, "任务调整"],
]


def test_a_run_two_money_columns_share_names_no_subject(tmp_path: Path) -> None:
    """调整 of 调整前预算 is also 调整后预算's: "调整后多少" is never read as the sheet's subject and its 调整前 figure."""
    from conftest import write_workbook

    book = write_workbook(tmp_path / "柳塘县_2025年_预算调剂情况表.xlsx", _ADJUSTED, ["A1:H1", "A2:F2"])
    engine = engine_over(tmp_path / "kb.sqlite", [book])
    answer = converse(engine, "病媒生物防制经费调整后多少")
    assert answer.status == ANSWERED and "40" in answer.text and "48" not in answer.text, answer.text
