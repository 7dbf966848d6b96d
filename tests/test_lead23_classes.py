"""Round 13 (lead): a word the typed reading ignores that names a table's row (合计 of a monitoring table) while a
project of another department has an indicator of the column's name."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="module")
def monitored(tmp_path_factory):
    from conftest import engine_over

    return engine_over(tmp_path_factory.mktemp("lead23") / "kb.sqlite",
                       [ROOT / "knowledge", DATA / "samples", DATA / "general18" / "general18_3_hechuan_monitor.xlsx"])


@pytest.mark.parametrize(("question", "figure", "wrong"), [
    ("合计预算执行率是多少", "59.41", "就业补助"), ("合计1-8月执行数是多少", "1062.31", "6643"),
    ("合计年度预算数是多少", "1788", "7574")])
def test_a_total_row_named_is_never_another_projects_indicator(monitored, question, figure, wrong):
    """The 合计 row of 鹤川's monitoring table (a row the question names) beside 渝中's project whose indicator
    is called 预算执行率: the row said, never that project's indicator, its 全年执行数 or its budget; which
    department may be asked, the figure is never guessed."""
    a = converse(monitored, question)
    assert wrong not in a.text, question
    assert a.status == "answered" and figure in a.text or a.status == "clarify" and "鹤川" in a.text, question


@pytest.fixture(scope="module")
def two_years(tmp_path_factory):
    from conftest import engine_over, simple_table

    d = tmp_path_factory.mktemp("lead23_years")
    simple_table(d / "y.xlsx", "对比", "岚溪县文旅局2025年部门预算支出与2024年对比表", "E2", "单位：万元",
                 ["经济分类科目", "2024年预算数", "2025年预算数", "增减额"],
                 [("会议费", 12.5, 10.2, -2.3), ("培训费", 36.8, 41.6, 4.8), ("印刷费", 8.4, 7.1, -1.3)])
    simple_table(d / "s.xlsx", "自评", "岚溪县文旅局2024年部门整体支出绩效自评表", "E2", "单位：万元",
                 ["指标", "年度目标值", "实际完成值", "分值", "得分"],
                 [("公用经费较上年变动", "≤0%", "-3.5%", 10, 9), ("重大安全事故发生起数", "0起", "0起", 10, 10)])
    return engine_over(d / "kb.sqlite", [d / "y.xlsx", d / "s.xlsx"])


def test_a_follow_up_keeps_the_year_of_the_column_said(two_years):
    """"会议费2024年预算数是多少" → "那培训费呢": the column said with its year, never the table's own year's."""
    a = converse(two_years, "会议费2024年预算数是多少", "那培训费呢")
    assert a.status == "answered" and "36.8" in a.text and "41.6" not in a.text
    b = converse(two_years, "会议费2025年预算数是多少", "那印刷费呢")
    assert b.status == "answered" and "7.1" in b.text and "8.4" not in b.text


def test_a_change_word_inside_a_rows_name_asks_no_change(two_years):
    """"公用经费较上年变动得分是多少": 较上年 is part of the row's name, no difference asked; the follow-up keeps
    the column (得分) for the next row."""
    a = converse(two_years, "公用经费较上年变动得分是多少")
    assert a.status == "answered" and "9分" in a.text.replace(" ", "")
    b = converse(two_years, "公用经费较上年变动得分是多少", "那重大安全事故发生起数呢")
    assert b.status == "answered" and "10分" in b.text.replace(" ", "") and "0起" not in b.text


@pytest.fixture(scope="module")
def rows_elsewhere_columns(tmp_path_factory):
    """A department's adjustment table whose rows (公务接待费, 合计) are columns of another department's table,
    and whose column 预算执行率 is a row (an indicator) of a third department's self-evaluation."""
    from conftest import engine_over, simple_table

    d = tmp_path_factory.mktemp("lead23_rows")
    simple_table(d / "a.xlsx", "调剂", "青枫县林业局2025年部门预算调剂情况表", "E2", "单位：万元",
                 ["项目", "调整前预算", "调整后预算", "预算执行率"],
                 [("森林防火", 210.5, 236.0, 0.64), ("公务接待费", 6.2, 5.1, 0.4), ("苗木培育", 88.0, 80.5, 0.71),
                  ("合计", 304.7, 321.6, 0.65)])
    simple_table(d / "b.xlsx", "三公", "白溪县农业局2025年三公经费预算表", "D2", "单位：万元",
                 ["单位", "公务接待费", "公务用车运行维护费", "合计"],
                 [("局机关", 3.3, 8.8, 12.1), ("农技站", 1.1, 2.4, 3.5)])
    simple_table(d / "c.xlsx", "自评", "白溪县水利局2024年部门整体支出绩效自评表", "E2", "单位：万元",
                 ["指标", "年度目标值", "实际完成值", "分值", "得分"],
                 [("预算执行率", "≥90%", "86%", 10, 8), ("群众满意度", "≥85%", "92%", 10, 10)])
    return engine_over(d / "kb.sqlite", [d / "a.xlsx", d / "b.xlsx", d / "c.xlsx"])


@pytest.mark.parametrize(("turns", "figure", "wrong"), [
    (("森林防火调整后预算是多少", "那合计呢"), "321.6", "304.7"),
    (("森林防火调整前预算是多少", "那公务接待费呢"), "6.2", "5.1"),
    (("森林防火预算执行率是多少", "那苗木培育呢"), "71", "88"),
])
def test_a_follow_up_row_keeps_the_column_asked(rows_elsewhere_columns, turns, figure, wrong):
    """"X调整后预算 → 那合计呢", "→ 那公务接待费呢", "X预算执行率 → 那Y呢": the column asked before, of the row
    named now in the same table — though another table prints that row's name as a column, or the column's
    name as a row."""
    a = converse(rows_elsewhere_columns, *turns)
    assert a.status == "answered" and figure in a.text and wrong not in a.text, turns


@pytest.fixture(scope="module")
def two_sangong(tmp_path_factory):
    """Two departments' 三公 tables beside the seed, whose project 公务用车购置经费 the typed reading knows, and
    the samples (普陀's final accounts print 公务用车运行维护费 under columns of their own)."""
    from conftest import engine_over, simple_table

    d = tmp_path_factory.mktemp("lead23_sangong")
    for name, dept, figures, cols in (("a", "苍岭县卫生健康局", (14.2, 12.9, 3.1), ["2024年预算数", "2023年决算数"]),
                                      ("b", "苍岭县民政局", (8.6, 9.3, 1.7), ["预算数", "决算数"])):
        simple_table(d / f"{name}.xlsx", "三公经费", f"{dept}2024年三公经费预算与决算表", "D2", "单位：万元",
                     ["项目", *cols],
                     [("公务用车运行维护费", figures[0], figures[1]), ("公务接待费", figures[2], figures[2] + 0.4),
                      ("合计", figures[0] + figures[2], figures[1] + figures[2] + 0.4)])
    return engine_over(d / "kb.sqlite", [ROOT / "knowledge", DATA / "samples", d / "a.xlsx", d / "b.xlsx"])


def test_a_word_inside_a_tables_row_is_no_word_the_tables_lack(two_sangong):
    """"公务用车运行维护费2024年预算数是多少": 运行维护费 is part of a row two departments print, not a part of the
    seed's 公务用车购置经费 the tables lack: which department is asked, and the reply answers."""
    a = converse(two_sangong, "公务用车运行维护费2024年预算数是多少")
    assert a.status == "clarify" and "苍岭县卫生健康局" in a.text and "苍岭县民政局" in a.text
    b = converse(two_sangong, "公务用车运行维护费2024年预算数是多少", "苍岭县卫生健康局")
    assert b.status == "answered" and "14.2" in b.text and "8.6" not in b.text


def test_a_bare_column_after_a_question_that_found_nothing_is_not_the_tables_total(two_sangong):
    """"信访工作经费的差旅费多少" (not printed) → "2023年决算数呢": no row carried; never a table's 合计."""
    a = converse(two_sangong, "信访工作经费的差旅费多少", "苍岭县卫健局2023年决算数呢")
    assert "16.4" not in a.text  # 苍岭县卫健局's 合计 of 2023


def test_a_short_word_inside_a_word_of_its_own_is_not_said_long(tmp_path):
    """社保 is 社会保险 in the vocabulary's short words; "社保卡" is a word of its own (社会保障卡), never the
    社会保险 of a line of money with 卡 dropped as noise."""
    from conftest import engine_over, simple_table

    simple_table(tmp_path / "a.xlsx", "申报", "岩溪区人社局2025年项目申报表", "D2", "单位：万元",
                 ["项目", "金额", "说明"],
                 [("就业和社会保险的管理支出", 612.4, "窗口服务"), ("社会保障卡发卡量", "5万张", "年度目标")])
    engine = engine_over(tmp_path / "kb.sqlite", [tmp_path / "a.xlsx"])
    a = converse(engine, "社保卡发卡量多少")
    assert "612.4" not in a.text
    b = converse(engine, "社保卡那个值呢")
    assert "612.4" not in b.text


@pytest.mark.parametrize(("follow_up", "figure", "never"), [
    ("里面最少的那个多少", "60.00", "2.70"), ("最少的是哪个", "60.00", "2.70"), ("其中最多的是哪个", "77.28", "相差")])
def test_a_superlative_after_a_list_of_projects_is_over_that_list(seed_engine, follow_up, figure, never):
    """"哪些项目超过50万" → "里面最少的那个多少": the least of the projects just listed (信访工作经费 60万), never
    the department's least project (政府雇员公用经费 2.70万) nor two projects compared."""
    a = converse(seed_engine, "哪些项目超过50万", follow_up)
    assert a.status == "answered" and figure in a.text and never not in a.text


def test_the_two_indicators_just_listed_added_up_are_never_the_departments_total(seed_engine):
    """"成本指标有哪些" (two, each a sum of money) → "这两个加起来多少钱": 12 + 68 = 80万元, never the department's
    项目支出总计 (234.98万元); "这三个" over two listed is not added."""
    a = converse(seed_engine, "成本指标有哪些", "这两个加起来多少钱")
    assert a.status == "answered" and "80万元" in a.text.replace(" ", "") and "234.98" not in a.text
    b = converse(seed_engine, "成本指标有哪些", "这三个加起来多少")
    assert b.status != "answered" and "234.98" not in b.text


@pytest.mark.parametrize("kind", ["可持续影响", "社会效益", "时效"])
def test_which_ones_of_a_kind_of_indicator_lists_the_indicators(seed_engine, kind):
    """"可持续影响的指标有哪几个": the indicators of that kind (有哪几个 asks the list, as 有哪些 does), not the
    projects that have one; "哪几个项目有X指标" still asks the projects."""
    a = converse(seed_engine, f"{kind}的指标有哪几个")
    assert a.status == "answered" and "设有" not in a.text.split("\n")[0]
    b = converse(seed_engine, f"哪几个项目有{kind}指标")
    assert b.status == "answered" and "设有" in b.text.split("\n")[0]
