"""Round 50 fixes: the office publishing a table of other departments' blocks, named with a question of the whole
table (a ranking, a place in it), is answered by the table — only its own row asked is refused; a change between
two years whose figure only one year's table prints (or not as one figure) is never answered by that one year's
figure alone, and two years' answers naming no row are never subtracted as one item's."""

from __future__ import annotations

from pathlib import Path

from conftest import converse, engine_over, write_workbook
from test_round50_asset import yunling  # noqa: F401  (the fixture: 云岭县财政局's table of departments' blocks)
from test_round50_years50 import engine  # noqa: F401  (a 2026 目标表 beside a 2025 评分表 of one department)

from bot.dialogue.session import Session
from bot.dialogue.values import Answer
from bot.engine import ANSWERED, UNKNOWN, Engine
from bot.engine.two_years import _one_item


def test_the_publisher_named_with_a_ranking_reaches_the_table(yunling: Engine) -> None:  # noqa: F811
    answer = converse(yunling, "云岭县财政局新增设备最多的部门")
    assert answer.status == ANSWERED, answer.text
    assert "云岭县民政局" in answer.text and "60.1" in answer.text, answer.text
    dearest = converse(yunling, "云岭县财政局新增设备哪个最贵")
    assert dearest.status == ANSWERED, dearest.text
    assert "康复训练设备" in dearest.text and "36" in dearest.text, dearest.text


def test_a_place_in_the_publishers_table_follows_its_ranking(yunling: Engine) -> None:  # noqa: F811
    session = Session()
    yunling.ask("云岭县财政局新增设备哪个最贵", session=session, record=False)
    second = yunling.ask("排第二的是什么", session=session, record=False)
    assert second.status == ANSWERED, second.text
    assert "快检车" in second.text and "28" in second.text, second.text


def test_the_publishers_own_subtotal_asked_is_still_refused(yunling: Engine) -> None:  # noqa: F811
    answer = converse(yunling, "云岭县财政局新增设备小计")
    assert answer.status == UNKNOWN, answer.text
    assert "53.7" not in answer.text and "147.8" not in answer.text, answer.text


def test_a_change_of_two_years_only_one_year_prints_is_no_answer(engine: Engine) -> None:  # noqa: F811
    # (the 2025 评分表 prints no 财政拨款: 2026's 88 alone is not the change)
    funds = converse(engine, "旅游宣传营销经费2026年比2025年财政拨款增加多少")
    assert funds.status != ANSWERED, funds.text
    assert "88" in funds.text and "2025年：表中没有找到" in funds.text and "增加" not in funds.text, funds.text
    # (the 2026 目标表 prints no 执行率: 2025's 90% alone is not the change)
    rate = converse(engine, "旅游宣传营销经费2026年比2025年执行率高多少")
    assert rate.status != ANSWERED, rate.text
    assert "90.00%" in rate.text and "2026年：表中没有找到" in rate.text, rate.text


def test_a_change_of_two_years_without_one_figure_each_shows_both(engine: Engine) -> None:  # noqa: F811
    answer = converse(engine, "乡村旅游节庆游客满意度2026年比2025年高多少")
    assert answer.status != ANSWERED, answer.text
    assert "≥92%" in answer.text and "88.2%" in answer.text, answer.text


def test_answers_naming_no_row_are_not_one_item() -> None:
    named = Answer("q", ANSWERED, "x", "fact", entities=[{"kind": "project", "id": 1, "name": "旅游宣传营销经费"}])
    bare = Answer("q", ANSWERED, "y", "fact")
    assert _one_item(named, named)
    assert not _one_item(named, bare) and not _one_item(bare, bare)


def test_money_asked_in_wan_of_a_row_is_its_amount(yunling: Engine) -> None:  # noqa: F811
    answer = converse(yunling, "福利院的护理床多少万")
    assert answer.status == ANSWERED, answer.text
    assert "22" in answer.text and "1.1" not in answer.text, answer.text


def test_two_years_of_one_plan_table_are_subtracted_there(tmp_path: Path) -> None:
    # "2028比2026" said without 年 of a three-year plan printing both years as columns: the one table's two columns,
    # never "2026年 not found" because the table counts as 2026's
    rows = [
        ["梧桐市交通运输局2026—2028年项目支出三年滚动规划表", None, None, None, None, None],
        ["编制单位：梧桐市交通运输局", None, None, None, None, "单位：万元"],
        ["序号", "项目名称", "规划资金", None, None, "资金来源"],
        [None, None, "2026年", "2027年", "2028年", None],
        ["合计", None, 1300, 1380, 1470, None],
        [1, "乡村客运班线运营补助经费", 800, 850, 900, "一般公共预算"],
        [2, "农村公路养护经费", 500, 530, 570, "一般公共预算"],
    ]
    docs = tmp_path / "plan"
    docs.mkdir()
    write_workbook(docs / "梧桐市交通运输局_2026-2028_项目支出三年滚动规划表.xlsx", rows,
                   ["A1:F1", "A3:A4", "B3:B4", "C3:E3", "F3:F4"], sheet="三年滚动规划")
    planned = engine_over(tmp_path / "kb.sqlite", [docs])
    answer = converse(planned, "乡村客运补助2028比2026多多少")
    assert answer.status == ANSWERED and "100" in answer.text and "没有找到" not in answer.text, answer.text
