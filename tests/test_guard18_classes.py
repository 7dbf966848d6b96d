"""Confident wrong answers made by arithmetic and follow-ups, each class on tables generated here (names and
figures of their own): a share whose whole is the part itself (X 占 X 的 100%), a sum adding one line's
收入 and 支出 columns, "两个差多少" read as two columns of one line when two departments were asked, a
follow-up "那Y呢" whose Y is not the line shown answered with that line's figure again, a change asked in a
follow-up answered with the figure itself, a superlative after an indicator list answered from the projects'
money."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table

from bot.engine import Engine

_TRAINING = """项目支出绩效目标表（含转移支付项目）

部门名称：柘溪县人力资源和社会保障局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 260.00 260.00

柘溪县人力资源和社会保障局 260.00 260.00

    职业技能提升培训经费 180.00 180.00

开展职业技能提升培训。

1、1-产出指标,11-数量指标,培训人次；实施周期指标值:≥3000人次,年度指标值:≥3000人次;,2、3-满意度指标,31-服务对象满意度,参训人员满意度；实施周期指标值:≥88%,年度指标值:≥88%;

    劳动保障监察经费 80.00 80.00

开展劳动保障监察执法。

1、1-产出指标,11-数量指标,检查用人单位数；实施周期指标值:≥400家,年度指标值:≥400家;,2、3-满意度指标,31-服务对象满意度,投诉人满意度；实施周期指标值:≥83%,年度指标值:≥83%;,3、3-满意度指标,31-服务对象满意度,用人单位满意度；实施周期指标值:≥91%,年度指标值:≥91%;
"""


def _accounts(path: Path, dept: str, rows: list[tuple]) -> None:
    simple_table(path, "收支决算", f"{dept}2024年部门收支决算表", "C2", "单位：万元",
                 ["项目", "本年收入合计", "本年支出合计"], rows)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("guard18_tables")
    _accounts(d / "xishan.xlsx", "溪山县水利局",
              [("一般公共服务支出", 120.5, 118.3), ("农林水支出", 860, 842.6), ("卫生健康支出", 14.2, 14.2),
               ("住房保障支出", 35.6, 35.6), ("合计", 1030.3, 1010.7)])
    _accounts(d / "yunling.xlsx", "云岭县水利局",
              [("一般公共服务支出", 80.2, 79.9), ("农林水支出", 640, 655.4), ("卫生健康支出", 9.6, 9.6),
               ("合计", 729.8, 744.9)])
    simple_table(d / "shimen.xlsx", "收入预算", "石门县卫生健康局2025年部门收入预算表", "D2", "单位：元",
                 ["单位名称", "收入合计", "财政拨款收入", "事业收入"],
                 [("合计", 5000000, 3800000, 1200000), ("石门县人民医院", 2600000, 1700000, 900000),
                  ("石门县疾病预防控制中心", 1400000, 1300000, 100000), ("石门县妇幼保健院", 1000000, 800000, 200000)])
    simple_table(d / "yanqian.xlsx", "整体", "岩前县就业服务局2024年部门整体预算表", "B2", "",
                 ["项目", "预算金额（万元）"], [("基本支出", 3200.5), ("项目支出", 8400.25), ("合计", 11600.75)])
    simple_table(d / "tongjiang.xlsx", "对比", "桐江县卫生健康局2025年基本支出预算与上年对比表", "D2", "单位：万元",
                 ["科目名称", "2024年预算数", "2025年预算数", "增减额"],
                 [("基本工资", 300, 320, 20), ("住房公积金", 80, 86.5, 6.5), ("合计", 380, 406.5, 26.5)])
    (d / "zhexi_rsj.txt").write_text(_TRAINING, encoding="utf-8")
    return engine_over(tmp_path_factory.mktemp("guard18_db") / "kb.sqlite", [d])


def test_a_line_is_no_share_of_its_own_total_column(engine) -> None:
    a = _ask(engine, "溪山县水利局卫生健康支出", "占支出合计多少")
    assert "100.00%" not in a.text, a.text
    assert a.status == "answered" and "1.40%" in a.text and "1010.7" in a.text, a.text


def test_the_largest_unit_is_a_share_of_the_whole_bureau(engine) -> None:
    a = _ask(engine, "石门县卫生健康局哪个单位收入最多", "它占全局收入多少")
    assert "100.00%" not in a.text, a.text
    assert a.status == "answered" and "52.00%" in a.text and "5000000" in a.text, a.text


def test_lines_summed_once_not_in_both_their_columns(engine) -> None:
    a = _ask(engine, "溪山县水利局卫生健康支出和住房保障支出合计")
    assert "99.6" not in a.text, a.text  # 14.2 + 14.2 + 35.6 + 35.6: each line added twice
    assert a.status == "answered" and "49.8" in a.text, a.text


def test_lines_of_two_columns_summed_by_column(engine) -> None:
    a = _ask(engine, "溪山县水利局一般公共服务支出和农林水支出合计")
    assert "1941.4" not in a.text, a.text  # 收入 and 支出 of both lines added together
    assert "980.5" in a.text and "960.9" in a.text, a.text


def test_two_departments_differ_not_one_line_s_two_columns(engine) -> None:
    a = _ask(engine, "溪山县水利局一般公共服务支出", "云岭县水利局的呢", "两个差多少")
    assert " 0万元" not in a.text and "= 0" not in a.text, a.text
    assert a.status != "answered" or "38.4" in a.text, a.text


def test_a_followup_naming_another_line_is_not_the_line_before(engine) -> None:
    a = _ask(engine, "岩前县就业服务局基本支出预算多少", "项目支出预算呢")
    assert "3200.5" not in a.text, a.text
    assert a.status == "answered" and "8400.25" in a.text, a.text


def test_a_followup_naming_nothing_of_the_table_is_not_answered_with_the_figure_before(engine) -> None:
    a = _ask(engine, "岩前县就业服务局基本支出预算多少", "那设备购置费呢")
    assert "3200.5" not in a.text, a.text


def test_a_change_asked_after_a_figure_is_the_change(engine) -> None:
    a = _ask(engine, "桐江县卫生健康局住房公积金2025年预算多少", "那增了多少")
    assert a.status != "answered" or "6.5万元" in a.text.replace("86.5万元", ""), a.text  # never 86.5 alone
    b = _ask(engine, "桐江县卫生健康局住房公积金增了多少")
    assert b.status == "answered" and "6.5" in b.text, b.text


@pytest.mark.parametrize(("follow", "value", "name"), [("最高的要求是多少", "91%", "用人单位满意度"),
                                                        ("哪个最低", "83%", "投诉人满意度")])
def test_a_superlative_after_indicators_ranks_those_indicators(engine, follow, value, name) -> None:
    a = _ask(engine, "柘溪县人社局满意度指标", follow)
    assert "经费最多" not in a.text and "经费最少" not in a.text, a.text
    assert a.status == "answered" and value in a.text and name in a.text, a.text


def test_a_followup_naming_a_unit_not_in_the_table_is_not_the_unit_before(engine) -> None:
    a = _ask(engine, "石门县人民医院事业收入多少", "那县中医院呢")
    assert "2600000" not in a.text and "900000" not in a.text, a.text  # 人民医院's line, another column
    b = _ask(engine, "石门县人民医院事业收入多少", "那妇幼保健院呢")
    assert b.status == "answered" and "200000" in b.text, b.text
    c = _ask(engine, "石门县人民医院事业收入多少", "那财政拨款呢")
    assert c.status == "answered" and "1700000" in c.text, c.text


def test_which_of_two_departments_is_higher_is_not_one_side_s_answer(engine) -> None:
    a = _ask(engine, "柘溪县人社局和岩前县就业服务局谁的培训目标高")
    assert not (a.status == "answered" and "岩前县就业服务局" not in a.text), a.text  # one side's goal text
    b = _ask(engine, "溪山县水利局和云岭县水利局谁的卫生健康支出多")
    assert b.status == "answered" and "溪山县水利局" in b.text.split("\n")[0] and "4.6" in b.text, b.text
