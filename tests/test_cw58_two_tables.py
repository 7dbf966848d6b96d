"""Confident wrong answers of round 58 (cw58), removed by class, on tables written here (a place's 项目支出绩效目标表s
and its 行政事业性收费项目及收入预算表 with two header rows, a 小计 under each 执收单位's block and a 合计):

- a unit's fees added up read last year's 执行数 (the first money column) instead of this year's 预算数;
- "X局也有吗" after a project answered with X局's whole total (the thing asked of it is not there: say so);
- "得了几分" of a table printing no score answered with the indicator's values;
- "A和B分别多少" of two tables answered with one part only (or the first part's department carried to the second);
- "收费表合计呢" after a unit's subtotal answered with that subtotal again;
- "增减额呢" after a unit's fees added up answered with each fee's figure, never their sum."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, UNKNOWN, Engine

PLACE = "柏川市青禾区"
CIVIL = f"{PLACE}民政局"
PETITION = f"{PLACE}信访局"
FINANCE = f"{PLACE}财政局"


def _targets_table(path: Path, department: str, projects: list[tuple[str, float, str]]) -> None:
    """A 项目支出绩效目标表 in the published text layout, one quantity indicator a project."""
    total = sum(p[1] for p in projects)
    body = "".join(f"    {name} {amount:.2f} {amount:.2f}\n\n{goal}\n\n\n1、1-产出指标,11-数量指标,服务人次；实施周期指标值:"
                   f"≥100人次,年度指标值:≥100人次;,2、1-产出指标,12-质量指标,补贴发放规范性；实施周期指标值:规范发放,"
                   f"年度指标值:规范发放;\n\n" for name, amount, goal in projects)
    path.write_text(f"项目支出绩效目标表（含转移支付项目）\n\n部门名称：{department}(部门) 单位：万元\n\n"
                    f"项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n"
                    f"合计 {total:.2f} {total:.2f}\n\n{department} {total:.2f} {total:.2f}\n\n{body}", encoding="utf-8")


# (执收单位, fee, 2025年执行数, 2026年预算数): each unit's block closed by its 小计
FEES = [("区交通运输局", [("道路运输证工本费", 12.5, 14.0), ("船舶登记费", 7.5, 9.0)]),
        ("区卫生健康局", [("医疗事故鉴定费", 3.0, 4.5), ("预防接种服务费", 20.0, 22.0)])]


def _fees_table(path: Path) -> None:
    """A 行政事业性收费项目及收入预算表 as counties print it: two header rows, the unit's cell merged down its block."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收费收入预算"
    ws.append([f"{PLACE}2026年行政事业性收费项目及收入预算表"] + [None] * 9)
    ws.append([f"编制单位：{FINANCE}"] + [None] * 8 + ["单位：万元"])
    ws.append(["序号", "执收单位", "收费项目名称", "收费依据", "收费标准", "收入情况", None, None, None, "备注"])
    ws.append([None, None, None, None, None, "2025年执行数", "2026年预算数", "增减额", "增减%", None])
    no, old_all, new_all = 0, 0.0, 0.0
    for unit, fees in FEES:
        for k, (fee, old, new) in enumerate(fees):
            no += 1
            ws.append([no, unit if k == 0 else None, fee, f"青价费〔2019〕{no}号", "按件收取", old, new, round(new - old, 2),
                       round((new - old) / old * 100, 2), None])
        old_sum, new_sum = sum(f[1] for f in fees), sum(f[2] for f in fees)
        ws.append([None, None, "小计", None, None, old_sum, new_sum, round(new_sum - old_sum, 2), None, None])
        old_all, new_all = old_all + old_sum, new_all + new_sum
    ws.append(["合计", None, None, None, None, old_all, new_all, round(new_all - old_all, 2), None, None])
    for cells in ("A1:J1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:I3", "J3:J4", "B5:B7", "B8:B10",
                  f"A{ws.max_row}:E{ws.max_row}"):
        ws.merge_cells(cells)  # (the unit's cell merged down its block, its 小计 too)
    wb.save(path)


@pytest.fixture(scope="module")
def county(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("cw58_county")
    _targets_table(d / f"{CIVIL}_2026年项目支出绩效目标表.txt", CIVIL,
                   [("孤寡老人助餐补贴资金", 86.0, "为孤寡老人提供助餐服务。"), ("婚姻登记窗口运行经费", 14.0, "保障登记窗口运行。")])
    _targets_table(d / f"{PETITION}_2026年项目支出绩效目标表.txt", PETITION, [("来访接待中心运行经费", 31.0, "保障接待中心运行。")])
    _fees_table(d / f"{FINANCE}_2026年行政事业性收费项目及收入预算表.xlsx")
    return engine_over(tmp_path_factory.mktemp("cw58_county_db") / "kb.sqlite", [d])


def test_a_units_fees_added_up_are_this_years_budget_not_last_years_done(county):
    a = converse(county, "区交通运输局收费小计")
    assert a.status == ANSWERED and "23" in a.text and "12.5" not in a.text and "20万元" not in a.text, a.text


def test_a_department_lacking_the_project_asked_of_says_so(county):
    a = converse(county, "孤寡老人助餐补贴资金", f"{PETITION}也有吗")
    assert a.status == UNKNOWN and "没有" in a.text and "31" not in a.text, a.text
    a = converse(county, "孤寡老人助餐补贴资金", f"{PETITION}有吗")
    assert a.status == UNKNOWN and "31" not in a.text, a.text


def test_a_score_of_a_table_printing_none_is_not_the_indicators_value(county):
    a = converse(county, "孤寡老人助餐补贴资金", "补贴发放规范性得了几分")
    assert a.status == UNKNOWN and "规范发放" not in a.text, a.text
    a = converse(county, "孤寡老人助餐补贴资金", "补贴发放规范性指标值")  # (the indicator itself is still read)
    assert a.status == ANSWERED and "规范发放" in a.text, a.text


def test_two_asks_of_two_tables_are_each_answered_from_its_own(county):
    a = converse(county, "区卫生健康局收费小计和孤寡老人助餐补贴资金分别多少")
    assert a.status == ANSWERED and "26.5" in a.text and "86" in a.text, a.text
    # the first names no department, the second does: each part as said, never the second alone
    a = converse(county, "婚姻登记窗口运行经费和区交通运输局收费小计分别多少")
    assert "14" in a.text and "23" in a.text, a.text


def test_the_fee_table_named_short_asks_its_own_whole(county):
    a = converse(county, "区交通运输局收费小计", "收费表合计呢")
    assert a.status == ANSWERED and "49.5" in a.text, a.text



def test_another_column_after_a_units_sum_is_that_column_added_up(county):
    # (the unit's printed 小计 line read in that column, or its rows added up: either way the block's figure)
    a = converse(county, "区交通运输局收费小计", "增减额呢")
    assert a.status == ANSWERED and re.search(r"[=：] ?3万元", a.text) and "1.5" not in a.text, a.text
    a = converse(county, "区交通运输局收费小计", "2025年执行数呢")
    assert a.status == ANSWERED and re.search(r"[=：] ?20万元", a.text) and "12.5万元" not in a.text, a.text


def test_a_units_subtotal_is_never_the_answer_to_a_word_it_does_not_read(county):
    # (a unit's block of fees and a project elsewhere: "<unit><other thing>多少" is not the unit's 小计)
    for q in ("区卫生健康局会议费多少", "区卫生健康局孤寡老人助餐补贴资金多少"):
        a = converse(county, q)
        assert "26.5" not in a.text, (q, a.text)
    a = converse(county, "区卫生健康局收费一共多少")  # (the words the 小计 reads still reach it)
    assert a.status == ANSWERED and "26.5" in a.text, a.text


def test_each_part_asked_is_answered_or_said_not_found_never_dropped(county):
    # (the second part held by nothing of the unit's: said not found beside the first, never the first alone)
    for q, other in (("区交通运输局收费小计和培训费分别多少", "培训费"), ("区卫生健康局收费小计和办公费分别多少", "办公费")):
        a = converse(county, q)
        assert a.status != ANSWERED and other in a.text, (q, a.text)



def test_a_part_nothing_holds_is_said_left_out_of_the_engines_answer():
    # (the engine's answer shows the first part only — the department's words in it are no word of the second part)
    from bot.dialogue.values import Answer
    from bot.engine.joined import _part_left_out
    parts = ["区交通运输局收费小计多少", "区交通运输局培训费多少"]
    carried = dict.fromkeys(parts, "区交通运输局")
    engine = Answer("q", ANSWERED, "区交通运输局小计 收入情况2026年预算数：23万元", "fact")
    got = [engine, Answer(parts[1], UNKNOWN, "区交通运输局的表中没有找到这一项。", "unknown")]
    assert _part_left_out(engine, parts, got, carried)
    shown = Answer("q", ANSWERED, "区交通运输局小计 23万元；培训费 3万元", "fact")
    assert not _part_left_out(shown, parts, got, carried)
    like = ["区交通运输局有类似多少", "船舶登记费多少"]  # (a likeness asked names no thing of its own)
    assert not _part_left_out(Answer("q", ANSWERED, "船舶登记费 9万元", "fact"), like,
                              [Answer(like[0], UNKNOWN, "", "unknown"), engine], {})


def test_parts_none_of_which_the_department_holds_are_each_said_not_found():
    # (both parts carried to the bureau, neither held there: the engine's lines of other departments are no answer)
    from bot.dialogue.values import Answer
    from bot.engine.joined import _none_held_by_its_department
    parts = ["区交通运输局会议费多少", "区交通运输局培训费多少"]
    carried = dict.fromkeys(parts, "区交通运输局")
    unknown = [Answer(p, UNKNOWN, "区交通运输局的表中没有找到这一项。", "unknown") for p in parts]
    assert _none_held_by_its_department(parts, unknown, carried)
    held = [unknown[0], Answer(parts[1], ANSWERED, "培训费 3万元", "fact")]
    assert not _none_held_by_its_department(parts, held, carried)
    assert not _none_held_by_its_department(parts, unknown, {})  # (no department carried to: the engine's to answer)


def test_a_likeness_asked_of_a_department_carries_it_to_the_thing_named(county):
    # ("X局有类似的吗，Y多少": Y asked of X — never Y of another department's table, though Y is held there)
    for qs in (["区交通运输局有类似的吗，孤寡老人助餐补贴资金多少"],
               ["区交通运输局收费小计", "区卫生健康局有类似的吗，孤寡老人助餐补贴资金多少"]):
        a = converse(county, *qs)
        assert a.status != ANSWERED and "86" not in a.text, (qs, a.text)
    # (the department's own part held there, the other its own thing of another table: each from its own)
    a = converse(county, "区交通运输局收费小计和婚姻登记窗口运行经费各多少")
    assert a.status == ANSWERED and "23" in a.text and "14" in a.text, a.text


def test_one_rows_two_columns_asked_as_two_parts_stand(samples_engine):
    # (neither part is found alone — "渝中区人社局全年执行数" names no row — but the engine's answer is the
    # department's one table's row, naming each part: it stands, never "not found" twice)
    a = converse(samples_engine, "渝中区人社局就业补助资金的全年预算数和全年执行数")
    assert a.status == ANSWERED and "7574" in a.text and "6643" in a.text, a.text
