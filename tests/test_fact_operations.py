"""Operations over labelled facts, by class: a share over the total the question names, a change against a
year-labelled column, rankings, counts and filters over the rows under a heading, the townships of a
乡镇（单位） table, follow-ups that pick a row or a column of an earlier answer, and a measure word the
figures are not in.

The tables are made here (a culture bureau's quarterly execution table and its budget workbook), of
names and figures no sample has; every expected figure is worked out by hand from them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine, Session

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
DEPT = "溪口区文化和旅游局"


def _execution_table(path: Path) -> None:
    """Quarterly execution in 元: headings 一、基本支出 / 二、项目支出 over numbered items, a 合计 row, a
    2023 column beside the 2024 budget and the 2024 quarters with their whole-year total."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "执行情况"
    ws.append([f"{DEPT}2024年度预算执行情况分析表"])
    ws.merge_cells("A1:J1")
    ws.append(["单位：元"])
    ws.append(["序号", "项目", "2023年实际数", "2024年预算数", "2024年实际支出", None, None, None, None, "执行率"])
    ws.append([None, None, None, None, "一季度", "二季度", "三季度", "四季度", "全年合计", None])
    for rng in ("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:I3", "J3:J4"):
        ws.merge_cells(rng)
    rows = [("", "一、基本支出", 5000000, 5200000, (1200000, 1300000, 1250000, 1350000)),
            ("1", "人员经费", 4000000, 4100000, (1000000, 1020000, 1010000, 1030000)),
            ("2", "公用经费", 1000000, 1100000, (200000, 280000, 240000, 320000)),
            ("", "二、项目支出", 2000000, 2500000, (400000, 600000, 700000, 700000)),
            ("3", "文物保护经费", 800000, 1000000, (150000, 250000, 300000, 250000)),
            ("4", "公共文化活动经费", 700000, 900000, (150000, 200000, 250000, 300000)),
            ("5", "旅游宣传经费", 500000, 600000, (100000, 150000, 150000, 150000)),
            ("", "合计", 7000000, 7700000, (1600000, 1900000, 1950000, 2050000))]
    for no, name, before, budget, quarters in rows:
        whole = sum(quarters)
        ws.append([no, name, before, budget, *quarters, whole, round(whole / budget, 4)])
        ws.cell(ws.max_row, 10).number_format = "0.00%"
    wb.save(path)


def _budget_workbook(path: Path) -> None:
    """A budget workbook in 万元: the 收支总表 (its 支出总计 row), a special fund split by township with a
    county-level unit among the townships, and the 基本支出 sheet by economic subject code."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收支总表"
    ws.append([f"{DEPT}2025年部门收支预算总表"])
    ws.append(["单位：万元"])
    ws.append(["收入", None, "支出", None])
    ws.append(["项目", "预算数", "项目", "预算数"])
    for row in [("一、一般公共预算拨款收入", 900, "一、文化旅游体育与传媒支出", 960),
                ("二、事业收入", 60, "二、社会保障和就业支出", 40),
                ("本年收入合计", 960, "本年支出合计", 1000),
                ("年初结转和结余", 40, "年末结转和结余", 25),
                ("收入总计", 1000, "支出总计", 1025)]:
        ws.append(list(row))
    funds = wb.create_sheet("专项资金分配")
    funds.append(["2025年文旅专项资金分配表（按乡镇）"])
    funds.append(["单位：万元"])
    funds.append(["序号", "乡镇（单位）", "非遗保护", "景区提升", "合计"])
    for row in [(1, "东坪镇", 12, 80, 92), (2, "南溪乡", 9, 40, 49), (3, "西岭镇", 15, 60, 75),
                (4, "县本级", 30, 20, 50), (None, "合计", 66, 200, 266)]:
        funds.append(list(row))
    basic = wb.create_sheet("基本支出")
    basic.append([f"{DEPT}2025年一般公共预算基本支出表"])
    basic.append(["单位：万元"])
    basic.append(["科目编码", "经济分类科目", "预算数"])
    for row in [("301", "工资福利支出", 300), ("30101", "基本工资", 120), ("30102", "津贴补贴", 180),
                ("302", "商品和服务支出", 100), ("30201", "办公费", 30), ("30211", "差旅费", 25),
                ("30299", "其他商品和服务支出", 45), (None, "合计", 400)]:
        basic.append(list(row))
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy) -> Engine:
    tables = tmp_path_factory.mktemp("operations")
    _execution_table(tables / "xikou_wlj_2024_execution.xlsx")
    _budget_workbook(tables / "xikou_wlj_2025_budget.xlsx")
    db = built_copy([DATA / "samples", tables], tmp_path_factory.mktemp("fact_operations") / "kb.sqlite")
    return Engine(db, ROOT / "knowledge" / "vocabulary.toml")


def answered(engine: Engine, question: str, *want: str, session: Session | None = None) -> str:
    a = engine.ask(question, session)
    assert a.status == "answered", (question, a.text)
    for w in want:
        assert w in a.text, (question, w, a.text)
    return a.text


# --- shares: the whole is the total the question names ----------------------------------------------


def test_a_share_of_a_total_row_named_is_over_that_row(engine) -> None:
    # 960 / 1025 (支出总计), never over 本年支出合计 (1000: 96.00 %) nor the row's share of itself
    text = answered(engine, f"{DEPT}文化旅游体育与传媒支出占支出总计比例", "960", "1025", "93.66%")
    assert "96.00%" not in text


def test_a_share_of_a_sheet_named_by_its_title_is_over_that_sheets_total(engine) -> None:
    # "专项资金总额" is the 专项资金分配表's 合计 (200 / 266), though another department has a project
    # called 专项资金
    answered(engine, f"{DEPT}景区提升占专项资金总额的比例", "200", "266", "75.19%")
    # "基本支出表合计" is the 基本支出 sheet's 合计 (300 / 400), not 本年支出合计 of the 收支总表 (the
    # execution table's 一、基本支出 row is another table's)
    text = answered(engine, f"{DEPT}工资福利支出占基本支出表合计的比例", "300", "400", "75.00%")
    assert "1000" not in text


def test_a_sheets_title_and_total_word_name_its_total_row(engine) -> None:
    # no department named: the table whose title is said, not the projects called 专项资金 elsewhere
    text = answered(engine, "文旅专项资金分配总额多少", "266")
    assert "您问的是哪" not in text
    text = answered(engine, f"{DEPT}一般公共预算基本支出表合计多少", "400")
    assert "1000" not in text  # not 本年支出合计 of the 收支总表


# --- a change against a year-labelled column -------------------------------------------------------------


def test_a_change_on_the_year_before_compares_actual_with_actual(engine) -> None:
    # 文物保护经费: 2024 actual 全年合计 950000 against 2023年实际数 800000, +150000, 18.75 %
    text = answered(engine, f"{DEPT}文物保护经费比2023年增长多少", "950000", "800000", "150000", "18.75%")
    assert "1000000" not in text  # the 2024 budget is no actual


def test_two_years_said_each_with_the_label_compare_those_columns(engine) -> None:
    # "2023实际 … 2024年实际": 2023年实际数 800000 against the 2024 actual's whole year 950000
    answered(engine, f"{DEPT}文物保护经费2023实际比2024年实际多还是少 差多少", "950000", "800000", "150000")


def test_a_follow_up_against_a_year_is_of_the_row_just_answered(engine) -> None:
    s = Session()
    answered(engine, f"{DEPT}旅游宣传经费全年实际多少", "550000", session=s)
    # 550000 against 2023年实际数 500000
    answered(engine, "比2023年增加多少 增长率多少", "50000", "10.00%", session=s)


# --- rankings, counts and filters over the rows under a heading ------------------------------------


def test_a_superlative_inside_a_heading_compares_its_items(engine) -> None:
    # under 302 商品和服务支出: 办公费 30, 差旅费 25, 其他商品和服务支出 45
    text = answered(engine, f"{DEPT}商品和服务支出里哪项最多", "其他商品和服务支出", "45")
    assert "工资福利" not in text


def test_the_items_under_a_heading_are_counted_and_listed(engine) -> None:
    answered(engine, f"{DEPT}项目支出里有几个项目", "3", "文物保护经费", "公共文化活动经费", "旅游宣传经费")
    s = Session()
    text = answered(engine, f"{DEPT}的基本支出有哪几项", "人员经费", "公用经费", session=s)
    assert "项目支出" not in text
    # the second item shown, asked in the same department's table: 公用经费's whole-year actual
    answered(engine, "第二项全年实际多少", "1040000", session=s)


def test_a_rate_followed_by_its_number_filters_the_rows(engine) -> None:
    # 执行率: 人员经费 4060000/4100000 = 99.02 %, 公用经费 94.55 %, 公共文化活动经费 900000/900000 = 100 %,
    # 旅游宣传经费 550000/600000 = 91.67 %
    text = answered(engine, f"{DEPT}执行率100%的是哪一项", "公共文化活动经费")
    assert "人员经费" not in text and "旅游宣传经费" not in text


def test_a_filter_in_chinese_numerals_and_wan(engine) -> None:
    text = answered(engine, f"{DEPT}景区提升超过五十万的乡镇或单位有哪些", "东坪镇", "西岭镇")
    assert "南溪乡" not in text and "县本级" not in text


# --- townships, and follow-ups picking a row or a column -------------------------------------------------


def test_townships_asked_leave_out_the_county_unit(engine) -> None:
    # 非遗保护: 县本级 30 is the largest figure, but no township; of the townships 西岭镇 15
    s = Session()
    answered(engine, f"{DEPT}专项资金分配表非遗保护合计多少", "66", session=s)
    text = answered(engine, "哪个乡镇最多", "西岭镇", "15", session=s)
    assert "县本级" not in text and "92" not in text
    answered(engine, f"{DEPT}分到专项资金最少的乡镇是哪个", "南溪乡", "49")


def test_townships_counted_then_one_picked_by_its_place(engine) -> None:
    s = Session()
    text = answered(engine, f"{DEPT}有几个乡镇分到了钱", "3", "东坪镇", "南溪乡", "西岭镇", session=s)
    assert "合计" not in text.split("（来源")[0]
    answered(engine, "第三个是哪个 多少", "西岭镇", "75", session=s)


def test_a_follow_up_saying_one_word_asks_the_row_with_that_word(engine) -> None:
    s = Session()
    answered(engine, f"{DEPT}年初结转和结余", "40", session=s)
    text = answered(engine, "年末的呢", "25", session=s)
    assert "年末结转和结余" in text


# --- a measure word the figures are not in ---------------------------------------------------------------


def test_a_unit_the_figure_is_not_in_gets_no_figure(engine) -> None:
    a = engine.ask(f"{DEPT}东坪镇景区提升多少亩")
    assert a.status != "answered", a.text
    assert "80" not in a.text, a.text
