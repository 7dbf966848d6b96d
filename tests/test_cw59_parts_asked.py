"""Confident wrong answers over every set (round 59, lane cw59), removed by class — on tables made here: the
青柳县 self-evaluation of tests/data/cw59/ and a 部门整体预算绩效目标表 made over from the 湛江 sample (other names
and figures).

Class: a part of the figure just shown asked ("X多少 → 其中Y多少") that the table does not break X into.
"财政供养人员多少 → 其中在编多少人" gave the 财政供养人员数 again as its 在编 part; "执行数 → 其中Z补贴发了多少" gave
an indicator's rate named like Z (…补贴发放及时率) as a part of the amount. Now unknown: the table lists no Y under
X. A part the table does hold (其中财政拨款) and a share of the whole (其中Y占多少) are answered as before.

Class: two things set against each other ("A比B多多少") answered with one side's figure alone — B not found (or read
as a row named like it), the difference was never worked out. Now unknown; both found, the difference as before.

Class: a follow-up naming another thing ("风力灭火机买几台 → 以水灭火装备呢") answered with the very indicator shown
before (the new words read as its project's). Now said not understood; a column of that indicator (实施周期的呢) and
another indicator the follow-up does name are answered as before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import converse, engine_over, set_cells

from bot.answer import compose
from bot.dialogue.values import Answer
from bot.engine import ANSWERED, UNKNOWN, Engine
from bot.engine.two_sides import difference_not_worked

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("cw59parts")
    shutil.copy(DATA / "cw59" / "青柳县人力资源和社会保障局_2024年_项目支出绩效自评表.xlsx", folder)
    shutil.copy(DATA / "cw59" / "青柳县人力资源和社会保障局2025年项目支出绩效目标表.txt", folder)
    target = folder / "松原县_医疗保障局_2025年_部门整体预算绩效目标表.xlsx"
    shutil.copy(DATA / "samples" / "zhanjiang_rsj_2024_department_targets.xlsx", target)
    set_cells(target, {"A1": "2025年县级部门整体预算绩效目标表", "B2": "松原县医疗保障局", "C3": 86, "E3": 3,
                       "C5": 1520.5, "C6": 3310.25})
    return engine_over(folder / "kb.sqlite", [folder])


@pytest.mark.parametrize("turns, whole", [
    (("松原县医疗保障局财政供养人员多少", "其中在编多少人"), "86"),
    (("松原医保局财政供养人员数", "其中事业编制多少人"), "86"),
])
def test_a_part_the_table_does_not_list_is_not_the_whole_again(engine: Engine, turns, whole) -> None:
    first = converse(engine, turns[0])
    assert first.status == ANSWERED and whole in first.text, first.text
    a = converse(engine, *turns)
    assert a.status == UNKNOWN, a.text
    assert f"{whole}人" not in a.text


def test_a_part_of_an_amount_is_never_an_indicators_rate(engine: Engine) -> None:
    first = converse(engine, "青柳稳岗扶持资金执行数")
    assert first.status == ANSWERED and "2980" in first.text, first.text
    a = converse(engine, "青柳稳岗扶持资金执行数", "其中困难人员补贴发了多少")
    assert a.status == UNKNOWN, a.text
    assert "2980" not in a.text and "96%" not in a.text and "99%" not in a.text
    # the indicator itself, asked as such, is still answered
    a = converse(engine, "青柳稳岗扶持资金执行数", "困难人员就业补贴发放及时率完成值")
    assert a.status == ANSWERED and "99" in a.text, a.text


def test_a_part_the_table_holds_and_a_share_are_still_answered(engine: Engine) -> None:
    a = converse(engine, "松原县医疗保障局部门预算支出多少", "其中项目支出多少")
    assert a.status == ANSWERED and "3310.25" in a.text, a.text
    a = converse(engine, "松原县医疗保障局财政供养人员多少", "下属二级单位几个")
    assert a.status == ANSWERED and "3" in a.text, a.text


@pytest.mark.parametrize("question", ["岗位援助补贴资金比蔬菜种植补贴多多少", "养老服务补助资金和果树嫁接补助相差多少"])
def test_a_difference_with_one_side_not_found_is_not_one_sides_figure(engine: Engine, question) -> None:
    a = converse(engine, question)
    assert a.status == UNKNOWN, a.text
    assert "260" not in a.text and "140" not in a.text


def test_an_answer_giving_one_sides_figure_to_a_difference_is_withheld() -> None:
    """The guard itself, on answers as the pipeline gave them (the 84 set's 香菇专项 read as nothing, and the other
    side found in two tables, listed alone): one side's figure is no difference."""
    compose.watch_difference()  # (a turn begins: Engine.ask)
    alone = Answer("q", ANSWERED, "蚕桑产业补贴资金：总计 88.50万元（来源：某表）", "amount")
    worked = Answer("q", ANSWERED, "甲更多，比乙多 12.00万元：100.5 − 88.5 = 12.00万元。（来源：某表）", "compare")
    asked = "茶园专项比蚕桑产业补贴多多少"
    # two indicator lines, each "（实施周期与年度相同）": its words are no difference worked out (review 59, #4)
    two_lines = Answer("q", ANSWERED, "1. 甲数量：指标值：4艘（实施周期与年度相同）\n2. 乙数量：指标值：20台（实施周期与年度相同）"
                       "\n两者一样、相等、更多", "indicator")
    assert difference_not_worked(asked, two_lines) is not None
    withheld = difference_not_worked(asked, alone)
    assert withheld is not None and withheld.status == UNKNOWN and "88.5" not in withheld.text
    # the wording of a worked-out difference called during the turn: the guard reads that, not the text's words
    listed = Answer("q", ANSWERED, "甲：总计 100.50万元（来源：某表）\n乙：总计 88.50万元（来源：某表）\n"
                    + compose.by_how_much("12.00", "万元"), "amount")
    assert difference_not_worked(asked, worked) is None and difference_not_worked(asked, listed) is None
    compose.watch_difference()
    # two years of one row, a row and its target, a follow-up of its own: the table's own column may answer it
    for other in ("2025年预算比2024年多多少", "执行率比序时进度低多少", "比蚕桑产业补贴少多少", "茶园专项资金多少"):
        assert difference_not_worked(other, alone) is None, other


def test_two_indicators_listed_without_their_difference_are_no_answer_to_it(engine: Engine) -> None:
    """"A数量比B数量少多少" of two projects' count indicators: listing both lines (each "（实施周期与年度相同）")
    works no difference out — never answered so (review 59, #4); each asked alone is answered."""
    a = converse(engine, "补助养老机构数量比贴息贷款发放笔数少多少")
    assert a.status == UNKNOWN and "150" not in a.text, a.text
    assert converse(engine, "补助养老机构数量是多少").status == ANSWERED


def test_a_difference_of_two_things_found_is_worked_out(engine: Engine) -> None:
    a = converse(engine, "岗位援助补贴资金比养老服务补助资金多多少")
    assert a.status == ANSWERED and "120" in a.text, a.text


def test_a_follow_up_naming_another_thing_is_not_the_indicator_shown_again(engine: Engine) -> None:
    first = converse(engine, "累计培训人数多少")
    assert first.status == ANSWERED and "4500" in first.text, first.text
    a = converse(engine, "累计培训人数多少", "技能鉴定呢")
    assert a.status == UNKNOWN and "4500" not in a.text, a.text
    a = converse(engine, "累计培训人数多少", "实施周期的呢")
    assert a.status == ANSWERED and "实施周期指标值：≥4500人" in a.text, a.text
    a = converse(engine, "岗位援助人数多少", "满意度呢")
    assert a.status == ANSWERED and "≥92%" in a.text, a.text
