"""Answers over labelled facts, by class of question: years (multi-year values, codes that are no years,
years in Chinese numerals), labels in people's words (the total, a subject level, shares over the table's
own total), rows filtered by a column's value, a row's text (its use), and parts a table does not break
down.

Each class is shown on the samples and on small tables generated here in a temporary directory, of a
shape no sample has (so a rule that fits one sample only fails). Every expected figure is read off the
tables by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine, Session
from bot.ingest.prose import stated_facts
from bot.language.normalize import normalize
from bot.model import Fact

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


def _budget_table(path: Path) -> None:
    """A 一般公共预算支出表 with subject codes (类 213, 款 21303, 项 2130301 …) and a 合计 row."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支出表"
    ws.append(["云溪县水利局2025年一般公共预算支出表"])
    ws.merge_cells("A1:E1")
    ws.append(["单位：万元"])
    ws.append(["科目编码", "科目名称", "合计", "基本支出", "项目支出"])
    for row in [("", "合计", 900, 600, 300), ("213", "农林水支出", 900, 600, 300), ("21303", "水利", 900, 600, 300),
                ("2130301", "行政运行", 500, 500, 0), ("2130306", "水利工程运行与维护", 250, 50, 200),
                ("2130399", "其他水利支出", 150, 50, 100)]:
        ws.append(list(row))
    wb.save(path)


def _procurement_table(path: Path) -> None:
    """A 政府采购预算表: kinds (货物/服务/工程) and methods (公开招标/询价 …) per row, a money total column."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "采购表"
    ws.append(["云溪县林业局2025年政府采购预算表"])
    ws.merge_cells("A1:F1")
    ws.append(["单位：万元"])
    ws.append(["采购项目名称", "采购类别", "采购方式", "预算金额合计", "财政拨款", "备注"])
    for row in [("合计", "", "", 260, 240, ""), ("水文监测设备", "货物", "公开招标", 120, 120, "用于12个站点"),
                ("河道保洁服务", "服务", "公开招标", 80, 60, "其他资金为上年结转"),
                ("堤防加固工程", "工程", "竞争性磋商", 40, 40, "续建"), ("办公电脑", "货物", "询价", 20, 20, "")]:
        ws.append(list(row))
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy) -> Engine:
    tables = tmp_path_factory.mktemp("tables")
    _budget_table(tables / "yunxi_shuili_2025_budget.xlsx")
    _procurement_table(tables / "yunxi_linye_2025_procurement.xlsx")
    db = built_copy([DATA / "samples", DATA / "general2", DATA / "general3", tables],
                    tmp_path_factory.mktemp("facts_classes") / "kb.sqlite")
    return Engine(db, ROOT / "knowledge" / "vocabulary.toml")


def answered(engine: Engine, question: str, *want: str, session: Session | None = None) -> str:
    a = engine.ask(question, session)
    assert a.status == "answered", (question, a.text)
    for w in want:
        assert w in a.text, (question, w, a.text)
    return a.text


def not_answered(engine: Engine, question: str, *never: str, session: Session | None = None) -> str:
    a = engine.ask(question, session)
    assert a.status != "answered", (question, a.text)
    for w in never:
        assert w not in a.text, (question, w, a.text)
    return a.text


# --- years ---------------------------------------------------------------------------------------------


def test_a_text_cell_states_other_years_as_facts_of_their_year() -> None:
    cell = Fact(value="1.前两年预算安排情况：2018年预算金额3610万元，2019年预算金额5440万元；2.当年：2020年预算金额"
                      "5440万元，较2019年增加1290万元。", row=("项目前两年预算及当年预算变动情况",), line=9)
    facts = stated_facts([cell], 2020)
    assert {(f.year, f.number) for f in facts} == {(2018, 3610.0), (2019, 5440.0)}
    # the document's own year is the table's cells' to say; a change "较2019年增加" is no 2019 figure
    assert all(f.line == 9 and f.unit == "万元" for f in facts)


def test_a_year_of_a_multi_year_value_is_answered_with_that_years_figure(engine) -> None:
    answered(engine, "东湖分局2019年预算多少", "5440")
    answered(engine, "东湖分局前年预算多少", "3610")  # relative to the table's year, 2020
    answered(engine, "东湖分局这个项目上一年预算多少", "5440")
    text = answered(engine, "东湖分局2020年项目预算多少", "6730")
    assert "5440" not in text


def test_a_difference_of_two_years_shows_each_years_value_and_the_arithmetic(engine) -> None:
    answered(engine, "东湖 2020年预算比2019年增加了多少", "6730", "5440", "1290")


def test_a_year_the_tables_lack_is_said_with_the_years_they_have(engine) -> None:
    text = not_answered(engine, "东湖分局2021年预算多少", "6730", "5440")
    assert "2021" in text and "2019年" in text


def test_years_in_chinese_numerals_are_years() -> None:
    assert normalize("东湖分局一八年的预算") == "东湖分局2018年的预算"
    assert normalize("二〇一九年预算") == "2019年预算"
    assert normalize("三四年") == "三四年"  # "three or four years", not a year


def test_a_year_in_chinese_numerals_selects_that_year(engine) -> None:
    text = answered(engine, "东湖分局一八年的预算", "3610")
    assert "5440" not in text


# --- a code is no year -----------------------------------------------------------------------------------


def test_a_subject_code_is_a_label_not_a_year(engine) -> None:
    answered(engine, "青岚教育局 2050204 这个科目多少", "2191.9")
    text = answered(engine, "云溪县水利局2130306这个科目多少", "250")
    assert "500" not in text  # 2130301 shares six digits; a code names only its own row


def test_a_code_no_row_has_is_not_answered(engine) -> None:
    not_answered(engine, "云溪县水利局2130307这个科目多少", "900")


# --- labels in people's words ------------------------------------------------------------------------------


def test_the_total_in_peoples_words_is_the_tables_total_row(engine) -> None:
    answered(engine, "青岚县教育局一般公共预算总支出是多少", "16442.33")
    answered(engine, "云溪县水利局总支出多少", "900")


def test_a_total_of_another_kind_of_table_is_not_answered(engine) -> None:
    # a 政府采购预算表's 合计 is no 一般公共预算支出总额
    not_answered(engine, "云溪县林业局一般公共预算支出总额多少", "260")


def test_a_share_is_over_the_same_tables_total_never_a_sum_of_rows(engine) -> None:
    answered(engine, "青岚教育局基本支出占总支出的比例是多少", "89.17")
    answered(engine, "云溪县水利局基本支出占总支出的比例", "66.67", "600 ÷ 900")
    answered(engine, "云溪县水利局行政运行占比多少", "55.56", "500 ÷ 900")
    # a PDF 决算 table: the 合计 row's 基本支出 over the same row's 本年支出合计 (not over rows and subtotals)
    answered(engine, "社会工作部基本支出占比多少", "34.3", "105.58 ÷ 307.82")


def test_a_level_of_the_subject_codes_is_compared_at_that_level(engine) -> None:
    answered(engine, "青岚教育局哪个项级科目预算最多", "小学教育", "4754.18")
    answered(engine, "青岚教育局哪个款级科目预算最多", "普通教育", "11542.03")
    text = answered(engine, "云溪县水利局哪个项级科目预算最多", "行政运行", "500")
    assert "900" not in text


def test_subject_rows_are_compared_at_their_most_detailed_level(engine) -> None:
    answered(engine, "青岚县教育局哪个科目项目支出最多", "小学教育", "538.5")
    answered(engine, "云溪县水利局哪个科目项目支出最多", "水利工程运行与维护", "200")


# --- rows filtered by a column's value -----------------------------------------------------------------------


def test_rows_of_a_kind_are_listed_counted_and_summed(engine) -> None:
    text = answered(engine, "云溪县林业局服务类的采购有哪些", "河道保洁服务")
    assert "水文监测设备" not in text
    answered(engine, "云溪县林业局询价的是哪个", "办公电脑")
    answered(engine, "云溪县林业局公开招标的有几个项目", "2", "水文监测设备", "河道保洁服务")
    answered(engine, "云溪县林业局货物类采购一共多少钱", "120 + ", "20 = 140")
    answered(engine, "柏川市卫生健康局货物类采购一共多少钱", "588.1")


def test_a_kind_of_another_departments_table_is_no_filter(engine) -> None:
    # 服务 is a kind in the 采购 tables, not in 普陀财政局's: there "服务类政府采购" is its own label
    answered(engine, "普陀财政局服务类政府采购金额", "246.47")


def test_rows_whose_two_named_columns_are_equal(engine) -> None:
    text = answered(engine, "桐溪县民政局哪个科目决算和预算一样", "其他民政管理事务支出", "36.8")
    assert "行政运行" not in text
    text = answered(engine, "宁川县农业农村局哪些科室单位是满编的", "政策法规股", "种子管理站")
    assert "局领导班子" not in text


# --- a row's text ----------------------------------------------------------------------------------------


def test_what_an_item_is_used_for_comes_from_the_tables_note(engine) -> None:
    answered(engine, "东湖普惠金融发展支出主要干嘛用", "贴息")
    answered(engine, "东湖分局其他城市生活救助主要用来干嘛", "支农返汉")
    text = answered(engine, "东湖分局就业补助多少", "1195.82")
    assert "职业介绍" not in text  # the row's figure, not what the note says it is for


def test_a_use_asked_after_a_row_is_that_rows(engine) -> None:
    s = Session()
    answered(engine, "东湖其他城市生活救助多少", "10", session=s)
    text = answered(engine, "用在哪", "支农返汉", session=s)
    assert "职业介绍" not in text


# --- parts the table does not break down ---------------------------------------------------------------------


def test_a_part_named_only_in_a_rows_bracket_is_not_the_rows_amount(engine) -> None:
    s = Session()
    answered(engine, "湛江人社局促进就业专项资金", "1140", session=s)
    not_answered(engine, "创业担保贷款贴息具体多少", "1140", session=s)


def test_a_rate_per_person_and_month_comes_from_the_value_stating_it(engine) -> None:
    text = answered(engine, "湛江人社局三支一扶生活补贴每人每月多少", "750")
    assert "587.81" not in text


def test_an_execution_question_leads_with_what_was_executed(engine) -> None:
    text = answered(engine, "渝中就业补助资金全年执行了多少", "6643", "87.71%")
    assert "7574" not in text
    answered(engine, "渝中就业补助资金还有多少没执行", "931")


# --- rankings and changes --------------------------------------------------------------------------------


def test_the_largest_fall_is_over_the_change_column_of_the_items(engine) -> None:
    # 增减额: 公务用车购置及运行维护费 -32.1 is the subtotal over its 其中 rows; 公务用车保有量 is in 辆
    answered(engine, "临沣县交通运输局三公经费哪项降得最多", "公务用车购置费", "-28.5")


def test_a_place_of_the_last_ranking_is_its_next_row(engine) -> None:
    s = Session()
    answered(engine, "云溪县林业局采购哪个最贵", "水文监测设备", "120", session=s)
    answered(engine, "第二个呢", "河道保洁服务", "80", session=s)
    answered(engine, "第三个呢", "堤防加固工程", "40", session=s)


def test_an_amount_and_a_use_asked_together_are_both_answered(engine) -> None:
    answered(engine, "东湖就业补助多少 主要干嘛用", "1195.82", "职业介绍")


def test_a_follow_ups_year_is_checked_against_the_conversations_department(engine) -> None:
    s = Session()
    answered(engine, "东湖项目负责人", session=s)
    not_answered(engine, "2021年的预算呢", "6730", session=s)
