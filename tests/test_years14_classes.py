"""Years inside a document and departments by the names people use, on tables of this file's own: a
项目申报表 (the published 武汉 layout) of 2023 whose prose prints the budgets of the two years before
("2021年预算金额…，2022年预算金额…"), a branch named by its zone (…局璟峄新技术开发区分局, said
"璟峄高新区人社分局"), and a 决算 table of 2024 printing last year's figures beside this year's. A year a
table prints answers that year (去年 / 上年 counted from the table's year, in follow-ups too), a change
between the two is shown with both figures, the arithmetic and the rate; a year no table prints is said
missing, never answered with another year's figure."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table

from bot.engine import Engine
from bot.language.lexicon import department_forms
from bot.language.vocabulary import load_vocabulary

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "samples" / "wuhan_donghu_rsj_2020_project_application.xlsx"
DEPT = "岚沣市人力资源和社会保障局璟峄新技术开发区分局"
# This table's own budget lines: 2021, 2022 and its own year 2023 (the 合计 of the detail lines).
_DETAIL = [1000, 3000, 2000, 1900, 50, 50]
_OWN, _Y2022, _Y2021 = 8000, 6400, 4200


def _application(path: Path) -> None:
    """The published 项目申报表 layout with this file's department, years and figures written in."""
    import openpyxl

    wb = openpyxl.load_workbook(SAMPLE)
    ws = wb.active
    ws["A1"] = "2023年项目申报表"
    ws["C3"] = ws["F3"] = DEPT
    ws["C4"] = "林青"
    ws["C8"] = ws["F8"] = _OWN
    ws["C9"] = (f"1.前两年预算安排情况：2021年预算金额{_Y2021}万元，2022年预算金额{_Y2022}万元；\n"
                f"2.当年预算变动情况及理由：较2022年增加{_OWN - _Y2022}万元，主要因增加了就业补助。")
    for cell in ("F11", "F12", "F13"):
        ws[cell] = _OWN
    for r, v in enumerate(_DETAIL, 27):
        ws.cell(r, 6, v)
    ws["C34"] = "完成2023年度市、区下达的各项目标任务"
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("years14")
    _application(d / "lanfeng_rsj_2023_application.xlsx")
    # A 2024 决算 table printing last year's figures in a column of their own (上年决算数).
    simple_table(d / "heyang_czj_2024.xlsx", "收支", "河阳区财政局2024年收入支出决算总表", "A2", "单位：万元",
                 ["项目", "本年决算数", "上年决算数"],
                 [("收入合计", 3100, 3300), ("支出合计", 2950, 3150), ("收入支出总计", 3400, 3520)])
    # Another 财政局, whose table has no such line: "财政局…比上年" is the one whose table prints it.
    simple_table(d / "shazhou_czj_2024.xlsx", "基金", "沙洲区财政局2024年政府性基金预算支出表", "A2", "单位：万元",
                 ["项目", "预算数"], [("城乡社区支出", 800), ("合计", 800)])
    # A 2025 budget table printing last year's budget and the change as an amount only (比上年增减).
    simple_table(d / "qiaoxi_wjj_2025.xlsx", "经济分类", "桥西区卫生健康局2025年一般公共预算支出预算表", "E2", "单位：万元",
                 ["科目名称", "2024年预算数", "2025年预算数", "比上年增减"],
                 [("合计", 500, 540, 40), ("办公费", 40, 50, 10), ("咨询费", 80, 60, -20)])
    # The same kind coded by economic subject (类 3 digits, 款 5): the rows of a level filtered by their change.
    simple_table(d / "qiaodong_wjj_2025.xlsx", "经济分类", "桥东区卫生健康局2025年一般公共预算支出预算表", "E2", "单位：万元",
                 ["科目编码", "科目名称", "2024年预算数", "2025年预算数", "比上年增减"],
                 [("合计", None, 700, 690, -10), ("301", "工资福利支出", 400, 430, 30), ("30101", "基本工资", 200, 215, 15),
                  ("30102", "津贴补贴", 200, 215, 15), ("302", "商品和服务支出", 150, 160, 10),
                  ("30205", "水费", 20, 18, -2), ("30299", "其他商品和服务支出", 130, 142, 12),
                  ("310", "资本性支出", 150, 100, -50), ("31002", "办公设备购置", 150, 100, -50)])
    return engine_over(tmp_path_factory.mktemp("years14_db") / "kb.sqlite", [d])


# 1. A year the table prints as a line of its own answers that year.

def test_a_year_before_the_tables_is_its_printed_line(engine):
    answer = _ask(engine, "璟峄分局2022年预算是多少")
    assert answer.status == "answered" and str(_Y2022) in answer.text and str(_OWN) not in answer.text


def test_the_whole_budget_of_a_year_before_is_that_years_line(engine):
    answer = _ask(engine, "璟峄分局2021年项目总预算")
    assert answer.status == "answered" and str(_Y2021) in answer.text
    assert str(_OWN) not in answer.text and str(_Y2022) not in answer.text


def test_last_year_counts_from_the_tables_year(engine):
    answer = _ask(engine, "璟峄分局去年项目总预算")
    assert answer.status == "answered" and str(_Y2022) in answer.text and str(_OWN) not in answer.text


def test_a_part_of_the_budget_is_not_that_years_whole(engine):
    answer = _ask(engine, "璟峄分局2022年就业补助预算")
    assert str(_Y2022) not in answer.text  # the table prints no 2022 figure of one detail line


def test_a_year_the_table_does_not_print_is_said_missing(engine):
    answer = _ask(engine, "璟峄分局2019年项目总预算")
    assert answer.status == "unknown" and "2019" in answer.text
    assert not any(str(v) in answer.text for v in (_OWN, _Y2022, _Y2021))


# 2. A change between the table's year and a year it prints: both figures, the arithmetic, the rate.

def test_growth_against_a_year_printed_as_a_line(engine):
    answer = _ask(engine, "璟峄分局2023项目预算比2022年增长多少")
    assert answer.status == "answered"
    assert f"{_OWN} - {_Y2022} = {_OWN - _Y2022}" in answer.text and "25.00%" in answer.text


def test_growth_against_last_year_said_relatively(engine):
    answer = _ask(engine, "璟峄分局项目预算比去年增加多少")
    assert answer.status == "answered" and f"{_OWN} - {_Y2022}" in answer.text


# 3. Follow-ups: a year alone, or a comparison alone, after a budget answered.

def test_last_year_after_the_budget(engine):
    answer = _ask(engine, "璟峄分局2023年项目总预算", "去年呢")
    assert answer.status == "answered" and str(_Y2022) in answer.text and str(_OWN) not in answer.text.split("（")[0]


def test_a_year_after_the_budget_said_without_a_year(engine):
    answer = _ask(engine, "璟峄分局项目总预算", "2021年呢")
    assert answer.status == "answered" and str(_Y2021) in answer.text


def test_a_comparison_after_the_budget(engine):
    answer = _ask(engine, "璟峄分局2023项目预算", "比2022年增长多少")
    assert answer.status == "answered" and str(_OWN - _Y2022) in answer.text and "25.00%" in answer.text


def test_a_rate_over_two_answers_runs_from_the_earlier_year(engine):
    answer = _ask(engine, "璟峄分局项目总预算", "2022年呢", "增长率多少")
    assert answer.status == "answered" and "25.00%" in answer.text and "-20.00%" not in answer.text


def test_a_year_not_printed_after_the_budget_is_not_answered(engine):
    answer = _ask(engine, "璟峄分局2023年项目总预算", "2019年呢")
    assert answer.status != "answered"
    assert not any(str(v) in answer.text for v in (_OWN, _Y2022, _Y2021))


# 4. A year said bare in a comparison ("比2023减少多少") is the table's year before.

def test_a_bare_year_compared_is_the_last_year_column(engine):
    answer = _ask(engine, "河阳区财政局收入支出总计比2023减少多少")
    assert answer.status == "answered" and "120" in answer.text  # 3520 − 3400
    assert "没有2023" not in answer.text


def test_a_year_compared_is_no_comparison_of_two_departments(engine):
    answer = _ask(engine, "财政局收入支出总计比上年减少多少")  # two 财政局 loaded, one table prints the line
    assert answer.status == "answered" and "120" in answer.text and "河阳" in answer.text


def test_a_bare_year_not_held_stays_unknown(engine):
    answer = _ask(engine, "河阳区财政局收入支出总计比2021减少多少")
    assert answer.status != "answered" and "120" not in answer.text


# 5. A change printed as an amount only, its rate asked: worked out over the earlier year's figure.

def test_a_rate_asked_of_a_change_printed_as_an_amount(engine):
    answer = _ask(engine, "桥西区卫生健康局办公费比上年增长多少百分比")
    assert answer.status == "answered" and "25.00%" in answer.text and "10 ÷ 40" in answer.text  # 10 / 40
    fell = _ask(engine, "桥西区卫生健康局咨询费增长率")
    assert fell.status == "answered" and "下降 25.00%" in fell.text  # −20 / 80
    whole = _ask(engine, "桥西区卫生健康局2025年比2024年增长率")
    assert whole.status == "answered" and "8.00%" in whole.text  # 40 / 500


def test_the_change_alone_asked_is_not_given_a_rate(engine):
    answer = _ask(engine, "桥西区卫生健康局办公费比上年增加多少")
    assert answer.status == "answered" and "10" in answer.text and "25.00%" not in answer.text


def test_which_class_fell_is_of_that_level(engine):
    answer = _ask(engine, "桥东区卫健局哪一类支出比上年减少了，减多少")
    assert answer.status == "answered" and "资本性支出" in answer.text and "-50" in answer.text
    assert "水费" not in answer.text and "-10" not in answer.text  # a 款, and the 合计, are no 类
    rose = _ask(engine, "桥东区卫健局哪一类支出比上年增加了")
    assert rose.status == "answered" and "工资福利支出" in rose.text and "商品和服务支出" in rose.text
    assert "基本工资" not in rose.text and "资本性支出" not in rose.text


# 6. Place types said short: 高新技术产业开发区 → 高新区 / 开发区, 经济技术开发区 → 经开区.

def test_a_branch_is_named_by_its_zone_said_short(engine):
    answer = _ask(engine, "璟峄高新区人社分局2022年预算是多少")
    assert answer.status == "answered" and str(_Y2022) in answer.text
    also = _ask(engine, "璟峄开发区人社分局2021年预算是多少")
    assert also.status == "answered" and str(_Y2021) in also.text


@pytest.mark.parametrize(("name", "said"), [
    ("澄川市人力资源和社会保障局槿湾新技术开发区分局", "槿湾高新区人社分局"),
    ("澄川市人力资源和社会保障局槿湾高新技术开发区分局", "槿湾高新区分局"),
    ("澄川市财政局槿湾经济技术开发区分局", "槿湾经开区分局"),
    ("澄川市槿湾经济技术开发区财政局", "澄川市槿湾经开区财政局"),
])
def test_place_types_are_said_short_by_rule(name, said):
    abbreviations = load_vocabulary(ROOT / "knowledge" / "vocabulary.toml").department_abbreviations
    forms = department_forms(name, abbreviations)
    assert said in forms
    # a shorter place type inside a longer one is the longer one's: no "高高新区", no "开发区开发区"
    assert not any("高高新区" in f or "开发区开发区" in f or "高新区高新区" in f for f in forms)
