"""Department-level figures across departments and table kinds: a column said of a department whose table prints
a 合计 row (a 部门支出预算表's 项目支出, 人员经费; a 决算's 基本支出) is that row's figure in that column — never the
row's 合计, never a group's 小计 — compared, added or asked again of another department beside a project table's
total, a 部门整体 table's 项目支出 line or a 决算's 合计 row, each cited."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA, SEED, converse, simple_table

from bot.answer.handlers import _smaller_asked
from bot.engine import Engine

# The fictional 部门支出预算表: 合计 row, two groups' 小计 rows, units under them.
WHOLE, STAFF, PROJECTS = "9000", "5200", "1300"  # the 合计 row's 合计, 人员经费 and 项目支出
BAIYUN_TOTAL = "234.98"  # the seed 信访局's 项目支出绩效目标表 total
PUTUO_STAFF = "2152.26"  # 普陀财政局's 决算 人员经费


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy) -> Engine:
    folder = tmp_path_factory.mktemp("cross49")
    table = folder / "柏川县卫生健康局2026年部门支出预算表.xlsx"
    simple_table(table, "部门支出预算表", "柏川县卫生健康局2026年部门支出预算表", "A2", "单位：万元",
                 ["单位名称", "合计", "人员经费", "公用经费", "项目支出"],
                 [["合计", 9000, 5200, 2500, 1300],
                  ["一、局本级小计", 6000, 3000, 2000, 1000],
                  ["柏川县人民医院", 6000, 3000, 2000, 1000],
                  ["二、乡镇卫生院小计", 3000, 2200, 500, 300],
                  ["柏川县城关镇卫生院", 3000, 2200, 500, 300]])
    return Engine(built_copy([SEED, DATA / "samples", table], folder / "kb.sqlite"),
                  Path(__file__).resolve().parent.parent / "knowledge" / "vocabulary.toml")


def test_a_column_said_of_a_department_is_compared_not_its_whole(engine: Engine):
    answer = converse(engine, "白云区信访局项目总额和柏川卫健局项目支出哪个多")
    assert answer.status == "answered"
    assert "1300" in answer.text and BAIYUN_TOTAL in answer.text
    assert WHOLE not in answer.text  # the 合计 row's own 合计 is not its 项目支出
    assert "表种类不同" in answer.text  # the kinds of the tables differ: said


def test_a_column_said_of_a_department_is_added(engine: Engine):
    answer = converse(engine, "柏川卫健局项目支出和白云区信访局项目总额加起来")
    assert answer.status == "answered"
    assert "1534.98" in answer.text  # 1300 + 234.98, worked out


def test_a_column_of_the_total_row_is_the_departments_figure_not_a_groups(engine: Engine):
    more = converse(engine, "柏川卫健局人员经费比普陀财政局多多少")
    assert more.status == "answered" and "3047.74" in more.text  # 5200 − 2152.26
    which = converse(engine, "柏川卫健局人员经费和普陀财政局人员经费哪个多")
    assert which.status == "answered" and "3047.74" in which.text
    assert "47.74" not in which.text.replace("3047.74", "")  # never a group's (乡镇卫生院 2200) figure


def test_the_whole_asked_again_of_another_department_is_its_own_total(engine: Engine):
    answer = converse(engine, "柏川卫健局合计", "那白云区信访局呢")
    assert answer.status == "answered" and BAIYUN_TOTAL in answer.text and WHOLE not in answer.text


def test_two_departments_then_which_asks_of_the_departments(engine: Engine):
    answer = converse(engine, "湛江人社和东湖人社哪个项目预算大")
    assert answer.status == "answered"
    assert "61915.77" in answer.text and "6730" in answer.text  # 湛江's 项目支出 line, not its whole budget
    ranked = converse(engine, "白云信访局和东湖人社哪个项目经费最多")  # 最: their projects ranked, as before
    assert "总额更大" not in ranked.text


def test_a_line_asked_again_of_another_department_by_name_takes_its_total_rows_column(engine: Engine):
    answer = converse(engine, "湛江人社局基本支出", "那普陀财政局基本支出呢")
    assert answer.status == "answered" and "2336.91" in answer.text


def test_the_departments_of_a_places_tables_are_its_inventory(engine: Engine):
    answer = converse(engine, "柏川县的表都有哪些部门")
    assert answer.status == "answered" and answer.intent == "inventory"  # the tables loaded, not one table's summary
    assert "柏川县卫生健康局2026年部门支出预算表" in answer.text
    assert "白云区" not in answer.text and "普陀" not in answer.text


def test_a_filter_after_a_departments_list_stays_in_that_department(engine: Engine):
    answer = converse(engine, "白云区信访局的项目有哪些", "有财政拨款的是哪几个")
    assert answer.status == "answered" and "信访工作经费" in answer.text
    assert "东湖" not in answer.text and "湛江" not in answer.text and "渝中" not in answer.text
    ranked = converse(engine, "白云区信访局的项目有哪些", "哪个部门项目最多")  # departments asked of: all of them
    assert "信访局" in ranked.text and "湛江" in ranked.text


def test_a_line_asked_of_no_department_offers_the_tables_printing_it_as_a_column_of_their_total_row(engine: Engine):
    answer = converse(engine, "人员经费合计多少")
    assert answer.status == "clarify", answer.text
    assert "柏川县卫生健康局" in answer.options  # its 合计 row's 人员经费, beside the 决算s' 人员经费合计 lines
    assert "上海市普陀区财政局" in answer.options and "中共上海市普陀区委社会工作部" in answer.options


def test_an_item_one_department_lacks_asked_again_of_another_by_name_alone(engine: Engine):
    answer = converse(engine, "柏川卫健局差旅费", "那社工部的呢")
    assert answer.status == "answered" and "1.15" in answer.text and "社会工作部" in answer.text
    other = converse(engine, "柏川卫健局差旅费", "那普陀财政局呢")
    assert other.status == "answered" and "1.20" in other.text and "1.15" not in other.text


def test_a_column_shown_over_the_total_row_and_its_groups_is_added_by_its_total(engine: Engine):
    answer = converse(engine, "柏川卫健局项目支出", "白云区信访局项目总额", "加起来多少")
    assert answer.status == "answered" and "1534.98" in answer.text  # 1300 + 234.98, never a 小计 added


def test_a_departments_whole_said_after_a_project_is_its_total(engine: Engine):
    answer = converse(engine, "东湖人社专项资金多少", "白云区信访局项目总计呢")
    assert answer.status == "answered" and BAIYUN_TOTAL in answer.text
    compared = converse(engine, "东湖人社专项资金多少", "白云区信访局项目总计呢", "哪个多")
    assert compared.status == "answered" and "6495.02" in compared.text  # 6730 − 234.98


def test_every_project_of_a_department_as_a_side_is_their_sum(engine: Engine):
    answer = converse(engine, "东湖人社专项资金比白云区信访局全部项目多多少")
    assert answer.status == "answered" and "6495.02" in answer.text


def test_a_heading_word_said_is_no_column_of_the_total_row(engine: Engine):
    # 支出 heads 决算数 columns of a 总计 row: "谁支出多" still compares each 决算's 本年支出合计
    answer = converse(engine, "普陀财政局和社工部谁支出多")
    assert answer.status == "answered" and "2940.05" in answer.text and "2961.68" not in answer.text


def test_the_smaller_asked_is_said_first(engine: Engine):
    # "谁的…小/少": the first line names the smaller (信访局 234.98 against 柏川's 9000), the difference worked out.
    for question in ("柏川卫健局和白云区信访局谁的总额小", "柏川卫健局和白云区信访局谁的总数小"):
        answer = converse(engine, question)
        assert answer.status == "answered"
        first = answer.text.splitlines()[0]
        assert first.startswith("广州市白云区信访局") and "8765.02" in first and "更大" not in first



@pytest.mark.parametrize("question,smaller", [
    ("人社局和民政局谁的总额多多少", False), ("水利局和财政局哪个预算高多少", False), ("哪个小计多", False),
    ("社工部和白云信访局谁的总数小", True), ("哪个部门钱最少", True), ("谁的总额更低", True)])
def test_the_direction_asked_is_the_first_size_word(question: str, smaller: bool):
    # the 少 of 多多少 and the 小 of 小计 ask no direction
    assert _smaller_asked(question) is smaller
