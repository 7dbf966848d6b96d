"""Tables of items over year columns (a county's 一般公共预算收入预算表 and one printing only 预算数 columns): a year said
relatively is counted from the table's own year, a row's change is its printed 增减额 (else worked out) worded by its
sign, rows of one level are listed or ranked by their change or size, and a row's items are read off its sums.
Tables fictional (清溪县, 石门县)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.values import ANSWERED
from bot.engine import Engine
from tests.conftest import converse, engine_over, write_workbook

# (label, 2024年预算数, 2024年执行数, 2025年预算数, 增减额 against 2024年执行数, 增长% as a fraction)
_QINGXI = (
    ("一、税收收入", 6000, 6100, 6320, 220, 0.0361),
    ("增值税", 3000, 3050, 3200, 150, 0.0492),
    ("企业所得税", 1200, 1260, 1180, -80, -0.0635),
    ("资源税", 400, 390, 420, 30, 0.0769),
    ("契税", 900, 880, 980, 100, 0.1136),
    ("烟叶税", 500, 520, 540, 20, 0.0385),
    ("二、非税收入", 2000, 2200, 2100, -100, -0.0455),
    ("专项收入", 800, 820, 900, 80, 0.0976),
    ("罚没收入", 700, 860, 700, -160, -0.186),
    ("其他收入", 500, 520, 500, -20, -0.0385),
    ("一般公共预算收入合计", 8000, 8300, 8420, 120, 0.0145),
    ("转移性收入", 20000, 21000, 20500, -500, -0.0238),
    ("上级补助收入", 17000, 17600, 17300, -300, -0.017),
    ("返还性收入", 1000, 1000, 1000, 0, 0),
    ("一般性转移支付收入", 12000, 12500, 12300, -200, -0.016),
    ("专项转移支付收入", 4000, 4100, 4000, -100, -0.0244),
    ("调入资金", 3000, 3400, 3200, -200, -0.0588),
    ("收入总计", 28000, 29300, 28920, -380, -0.013),
)

# (label, 2024年预算数, 2025年预算数): no 执行数, no change printed
_SHIMEN = (
    ("税收收入", 3000, 3300),
    ("增值税", 1800, 2000),
    ("房产税", 700, 650),
    ("印花税", 500, 650),
    ("非税收入", 900, 1000),
    ("行政事业性收费收入", 400, 380),
    ("国有资源有偿使用收入", 500, 620),
    ("合计", 3900, 4300),
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("years55")
    write_workbook(folder / "清溪县_2025年_一般公共预算收入预算表.xlsx", [
        ["清溪县2025年一般公共预算收入预算表"],
        ["单位：万元"],
        ["项目", "2024年", None, "2025年预算数", "比2024年执行数", None, "备注"],
        [None, "预算数", "执行数", None, "增减额", "增长%", None],
        *_QINGXI], ["A1:G1", "A2:G2", "A3:A4", "B3:C3", "D3:D4", "E3:F3", "G3:G4"], sheet="一般公共预算收入")
    _percent(folder / "清溪县_2025年_一般公共预算收入预算表.xlsx", "F")
    write_workbook(folder / "石门县_2025年_一般公共预算收入表.xlsx", [
        ["石门县2025年一般公共预算收入表"],
        ["单位：万元"],
        ["项目", "2024年预算数", "2025年预算数"],
        *_SHIMEN], ["A1:C1", "A2:C2"], sheet="收入表")
    return engine_over(folder / "kb.sqlite", [folder])


def _percent(path: Path, column: str) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    for cell in wb.active[column][4:]:
        cell.number_format = "0.0%"
    wb.save(path)


@pytest.mark.parametrize(("question", "shown", "not_shown"), [
    ("清溪县契税去年执行数", "880", "900"),
    ("清溪县增值税去年多少", "3050", "4.92"),  # (去年 alone: what was done that year, never the rate column)
    ("清溪县资源税上年预算", "400", "390"),
    ("石门县房产税去年多少", "700", "650"),  # (only 预算数 printed: that year's 预算数)
])
def test_a_year_said_relatively_is_counted_from_the_tables_year(engine: Engine, question, shown, not_shown) -> None:
    answer = converse(engine, question)
    assert answer.status == ANSWERED and shown in answer.text and not_shown not in answer.text, answer.text


def test_a_year_the_table_does_not_print_is_never_another_years_figure(engine: Engine) -> None:
    answer = converse(engine, "清溪县增值税前年多少")
    assert answer.status != ANSWERED and "3050" not in answer.text and "3000" not in answer.text, answer.text


def test_a_rows_change_is_its_printed_change_worded_by_its_sign(engine: Engine) -> None:
    fell = converse(engine, "清溪县企业所得税比去年执行减少了多少")
    assert fell.status == ANSWERED and "减少 80万元" in fell.text and "1180" in fell.text and "1260" in fell.text, fell.text
    other_way = converse(engine, "清溪县契税比2024年执行数少了多少")  # (it rose: said so, never a fall)
    assert other_way.status == ANSWERED and "不是减少" in other_way.text and "增加 100万元" in other_way.text, other_way.text
    same = converse(engine, "清溪县的返还性收入较上年执行数变了没有")
    assert same.status == ANSWERED and "没有变化" in same.text, same.text
    worked = converse(engine, "石门县印花税比去年增加多少")  # (no change printed: worked out and shown)
    assert worked.status == ANSWERED and "650 - 500 = 150" in worked.text, worked.text


def test_a_rate_asked_after_a_row(engine: Engine) -> None:
    answer = converse(engine, "清溪县契税2025年预算", "增长率呢")
    assert answer.status == ANSWERED and "11.36%" in answer.text and "契税" in answer.text, answer.text


def test_rows_of_one_level_that_moved_one_way(engine: Engine) -> None:
    taxes = converse(engine, "清溪县哪些税比去年是减少的")
    assert taxes.status == ANSWERED and "企业所得税" in taxes.text and "有 1 项" in taxes.text, taxes.text
    assert "罚没收入" not in taxes.text and "契税" not in taxes.text, taxes.text
    under = converse(engine, "清溪县非税收入里哪些减少了")
    assert under.status == ANSWERED and "罚没收入" in under.text and "其他收入" in under.text, under.text
    assert "专项收入" not in under.text and "企业所得税" not in under.text, under.text


def test_the_largest_and_fastest_of_one_level(engine: Engine) -> None:
    fastest = converse(engine, "清溪县增长得最快的是哪一个税种")
    assert fastest.status == ANSWERED and "契税" in fastest.text.splitlines()[0] and "11.36%" in fastest.text, fastest.text
    largest = converse(engine, "清溪县第一大税种是哪个")
    assert largest.status == ANSWERED and "增值税" in largest.text and "3200" in largest.text, largest.text
    second = converse(engine, "石门县第二大税种")
    assert second.status == ANSWERED and "房产税" in second.text and "650" in second.text, second.text


def test_a_rows_items_by_its_sums(engine: Engine) -> None:
    # (上级补助收入 printed with no numbering or indentation: its items are the run of rows adding up to it)
    answer = converse(engine, "清溪县上级补助收入下面分哪几块")
    assert answer.status == ANSWERED and "共 3 项" in answer.text, answer.text
    assert "一般性转移支付收入" in answer.text and "调入资金" not in answer.text, answer.text
    after = converse(engine, "清溪县转移性收入多少", "它下面有哪些")
    assert after.status == ANSWERED and "上级补助收入" in after.text and "调入资金" in after.text, after.text
    assert "返还性收入" not in after.text, after.text


def test_a_departments_table_of_a_year_not_loaded(samples_engine: Engine) -> None:
    # (the 2024 决算 prints some figures of the year before beside its own: never the table of that year)
    missing = converse(samples_engine, "社工部2023年决算")
    assert missing.status != ANSWERED and "只有2024年" in missing.text, missing.text
    none = converse(samples_engine, "普陀区财政局2021年部门决算")
    assert none.status != ANSWERED and "2021" in none.text, none.text


def test_a_table_of_budgets_only_works_its_changes_out(engine: Engine) -> None:
    fell = converse(engine, "石门县哪些税比去年减少了")
    assert fell.status == ANSWERED and "房产税" in fell.text and "650 - 700 = -50" in fell.text, fell.text
    assert "印花税" not in fell.text, fell.text
    fastest = converse(engine, "石门县哪个税增长最快")  # (印花税 +30%, 增值税 +11.11%)
    assert fastest.status == ANSWERED and "印花税" in fastest.text.splitlines()[0] and "30%" in fastest.text, fastest.text


def test_a_totals_parts_and_a_ranking_in_the_year_said(engine: Engine) -> None:
    parts = converse(engine, "清溪县一般公共预算收入合计由哪些构成")
    assert parts.status == ANSWERED and "共 2 项" in parts.text and "税收收入" in parts.text, parts.text
    assert "增值税" not in parts.text, parts.text
    # (the noun said last is ranked: 税种, never 收入; in the year said)
    last_year = converse(engine, "清溪县去年执行数最大的税种")
    assert last_year.status == ANSWERED and "增值税" in last_year.text and "3050" in last_year.text, last_year.text
    taxes = converse(engine, "清溪县收入最多的税种是什么")
    assert taxes.status == ANSWERED and "增值税" in taxes.text and "一般性转移支付" not in taxes.text, taxes.text


def test_a_change_asked_without_a_year_or_by_comparing_alone(engine: Engine) -> None:
    either = converse(engine, "清溪县企业所得税是增加还是减少")
    assert either.status == ANSWERED and "减少 80万元" in either.text and "不是" not in either.text, either.text
    assert "-6.35%，约-6.4%" in either.text, either.text  # (6.35 rounded half up; a fall's rate as printed)
    compared = converse(engine, "清溪县烟叶税跟去年比")
    assert compared.status == ANSWERED and "增加 20万元" in compared.text, compared.text


def test_a_level_listed_by_its_fall_is_not_a_rows_items(engine: Engine) -> None:
    # ("…有哪些" says no 下面 / 包括: the level's rows that fell, never the items of 税收收入 listed whole)
    fell = converse(engine, "清溪县比上年下降的税种有哪些")
    assert fell.status == ANSWERED and "企业所得税" in fell.text and "增值税" not in fell.text, fell.text
    fastest_fall = converse(engine, "清溪县哪个非税收入减幅最大")  # (减幅最大: a fall's rate, never the largest row)
    assert fastest_fall.status == ANSWERED and "罚没收入" in fastest_fall.text.splitlines()[0], fastest_fall.text


@pytest.mark.parametrize("question", [
    "清溪县白沙镇去年税收多少",  # (a town: these tables are no town's)
    "清溪县白沙镇契税去年多少",
    "清溪县增值税去年完成率多少",  # (a rate, a period, per head: never the plain figure)
    "清溪县增值税去年每月多少",
    "清溪县哪个税种人均最多",
    "清溪县哪个乡镇税收最多",  # (乡镇: rows these tables do not list)
    "清溪县契税比去年增长的原因是什么",  # (the reason: never the change alone)
])
def test_a_word_not_read_here_is_never_dropped(engine: Engine, question) -> None:
    answer = converse(engine, question)
    assert answer.status != ANSWERED, answer.text


@pytest.mark.parametrize("question", ["清溪县去年契税占比多少", "清溪县哪个部门收入最多", "清溪县哪个项目收入最多"])
def test_a_share_or_a_kind_of_row_not_listed_is_no_rows_figure_or_ranking(engine: Engine, question) -> None:
    # (a share, 部门 / 项目: never the year's plain figure nor this table's ranking by a level's noun)
    answer = converse(engine, question)
    assert "2024年执行数：880" not in answer.text and "最大的收入" not in answer.text \
        and "最多的收入" not in answer.text, answer.text


def test_a_change_keeps_the_older_wording_of_a_change(engine: Engine) -> None:
    # (the printed 增减额 quoted with its sign; a rate worked out as every rate of change is,
    # "下降 7.14%（约7.1%）（50 ÷ 700）"; 增长 of 增长率 no direction said)
    fell = converse(engine, "清溪县罚没收入比去年执行减少多少")
    assert fell.status == ANSWERED and "-160万元" in fell.text and "18.6" in fell.text, fell.text
    rate = converse(engine, "石门县印花税比去年增长百分之几")
    assert rate.status == ANSWERED and "增长 30.00%（150 ÷ 500）" in rate.text and "不是" not in rate.text, rate.text
    down = converse(engine, "石门县房产税比去年的增长率")
    assert down.status == ANSWERED and "下降 7.14%" in down.text and "（50 ÷ 700）" in down.text and "不是" not in down.text, down.text


@pytest.mark.parametrize("question", ["清溪县预算最多的3个税种", "清溪县前三大税种", "清溪县倒数第二的税种"])
def test_several_rows_or_a_place_from_the_bottom_are_no_one_largest_row(engine: Engine, question) -> None:
    answer = converse(engine, question)
    assert "最大的税种" not in answer.text, answer.text


def test_a_fall_said_short_before_most_is_the_largest_fall(engine: Engine) -> None:
    answer = converse(engine, "清溪县哪个非税收入降得最多")  # (降 of 降得最多: never the largest row)
    assert answer.status == ANSWERED and "罚没收入" in answer.text.splitlines()[0], answer.text
    assert "专项收入" not in answer.text.splitlines()[0], answer.text


def test_an_amount_asked_alone_is_given_no_rate_worked_out(engine: Engine) -> None:
    answer = converse(engine, "石门县房产税比去年减少多少")  # (减少多少: the amount; no rate printed, none worked)
    assert answer.status == ANSWERED and "650 - 700 = -50" in answer.text and "7.14" not in answer.text, answer.text


def test_a_side_of_the_table_said_is_not_the_rows_named_by_its_word(tmp_path: Path) -> None:
    """"支出里降幅最大的是哪项": 支出 said as the table's side (里) holds rows not named 支出 (调出资金), so the rows whose
    names end with 支出 are no answer; a ranking that leaves the largest fall out is a confident wrong answer."""
    from tests.conftest import simple_table

    simple_table(tmp_path / "基金.xlsx", "基金支出", "桃源县2025年政府性基金预算支出表", "D2", "单位：万元",
                 ["项目", "上年执行数", "本年预算数", "增减（%）"],
                 [("一、教育支出", 100, 90, -10.0), ("二、卫生健康支出", 50, 48, -4.0), ("三、城乡社区支出", 300, 280, -6.7),
                  ("本级支出小计", 450, 418, -7.1), ("调出资金", 40, 20, -50.0), ("支出合计", 490, 438, -10.6)])
    answer = converse(engine_over(tmp_path / "kb.sqlite", [tmp_path]), "支出里降幅最大的是哪项")
    assert answer.status != ANSWERED or "调出资金" in answer.text.splitlines()[0], answer.text
