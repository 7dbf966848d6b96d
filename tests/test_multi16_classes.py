"""Two departments in one message, and follow-ups setting one department's figure against another's, on
tables made here (two bureaus of one county sharing its name, two 人社局 of different cities): a count
said beside a shared name is all of them; each department is asked its own item, never a row of its
table merely sharing a word of the other's; a rate is never an amount asked; the figures are combined
(sum, difference, which is higher, multiple) with the values shown. Every figure is worked out by hand.
"""

from __future__ import annotations

import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table

from bot.dialogue.values import ANSWERED, CLARIFY
from bot.engine import Engine

_BUDGET = ("项目", "预算数")


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("multi16")
    simple_table(d / "松岭县林业局收支.xlsx", "收支总表", "松岭县林业局2025年部门收支预算总表", "B2", "单位：万元", _BUDGET,
                 [("一般公共预算拨款收入", 820.5), ("事业收入", 40), ("本年收入合计", 860.5), ("住房公积金", 52.3),
                  ("林业和草原支出", 700), ("本年支出合计", 860.5)])
    simple_table(d / "松岭县水务局收支.xlsx", "收支总表", "松岭县水务局2025年部门收支预算总表", "B2", "单位：万元", _BUDGET,
                 [("一般公共预算拨款收入", 300), ("事业收入", 12.25), ("本年收入合计", 312.25), ("住房公积金", 18.6),
                  ("农林水支出", 250), ("本年支出合计", 312.25)])
    # (no unit line: 42000 is printed bare under a label naming its unit, "城镇新增就业人数（人）")
    simple_table(d / "鹤川市人社局目标.xlsx", "目标", "鹤川市人力资源和社会保障局2025年部门整体绩效目标表", "C2",
                 "填报单位：鹤川市人力资源和社会保障局", ("指标", "指标值", "说明"),
                 [("城镇新增就业人数（人）", 42000, ""), ("失业人员再就业人数（人）", 9000, ""),
                  ("职业技能培训补贴资金", "1200万元", ""), ("就业补贴发放及时率", "95%", ""),
                  ("基本支出（万元）", 2400, ""), ("项目支出（万元）", 8760, "")])
    simple_table(d / "桐江区人社局目标.xlsx", "目标", "桐江区人力资源和社会保障局2025年部门整体绩效目标表", "C2", "单位：人",
                 ("指标", "指标值", "说明"),
                 [("城镇新增就业人数", "36500人", ""), ("就业补助资金", "860万元", ""), ("就业补助发放及时率", "98%", "")])
    return engine_over(d / "kb.sqlite", [d])


def test_a_count_beside_a_shared_name_is_every_department_it_fits(engine):
    # "两个松岭单位", "松岭县两家单位": both bureaus of 松岭, each one's own row, added with the values shown
    a = _ask(engine, "两个松岭单位本年收入合计加起来多少")
    assert a.status == ANSWERED and "1172.75" in a.text and "860.5" in a.text and "312.25" in a.text, a.text
    b = _ask(engine, "松岭县两家单位住房公积金加一起")
    assert b.status == ANSWERED and "70.9" in b.text and "52.3" in b.text and "18.6" in b.text, b.text
    c = _ask(engine, "两个松岭的部门 哪个本年收入合计更多 多多少")
    assert c.status == ANSWERED and "548.25" in c.text and c.text.index("林业局") < c.text.index("多"), c.text


def test_a_count_that_is_not_how_many_share_the_name_is_not_all_of_them(engine):
    # "三个松岭单位" with two loaded: which three is not what the tables hold, never a sum of the two
    a = _ask(engine, "三个松岭单位住房公积金加起来")
    assert a.status == CLARIFY and "70.9" not in a.text and "松岭县水务局" in a.text, a.text


def test_each_department_is_asked_its_own_item(engine):
    a = _ask(engine, "鹤川的职业技能培训补贴资金和桐江的就业补助资金各多少")
    assert a.status == ANSWERED and "1200" in a.text and "860" in a.text, a.text
    assert "95%" not in a.text and "98%" not in a.text, a.text


def test_a_rate_is_never_the_amount_asked(engine):
    # 鹤川 has no 就业补助 line, only 就业补贴发放及时率: not found there, never its 95%
    a = _ask(engine, "桐江的就业补助资金和鹤川的就业补助各多少")
    assert "860" in a.text and "95%" not in a.text, a.text
    assert "鹤川市人力资源和社会保障局的表中没有" in a.text, a.text


def test_which_of_two_departments_is_higher_says_whose_and_by_how_much(engine):
    a = _ask(engine, "鹤川人社局和桐江人社局谁的城镇新增就业人数高")
    assert a.status == ANSWERED and a.text.startswith("鹤川市人力资源和社会保障局的更高") and "5500" in a.text, a.text
    assert "42000" in a.text and "36500" in a.text, a.text
    b = _ask(engine, "鹤川人社局和桐江人社局谁的城镇新增就业人数低")
    assert b.status == ANSWERED and b.text.startswith("桐江区人力资源和社会保障局的更低"), b.text


def test_the_difference_of_two_departments_figures_just_shown(engine):
    # 42000 printed bare under "城镇新增就业人数（人）", 36500人 in the other table: both in 人
    a = _ask(engine, "鹤川城镇新增就业人数", "桐江的呢", "两个差多少")
    assert a.status == ANSWERED and "5500" in a.text, a.text
    assert "9000" not in a.text, a.text


def test_the_figure_shown_as_a_multiple_of_another_departments_same_item(engine):
    # 860.5 ÷ 312.25 = 2.7558… -> 2.76
    a = _ask(engine, "林业局本年支出合计", "是水务局的几倍")
    assert a.status == ANSWERED and "2.76" in a.text and "312.25" in a.text, a.text


def test_one_figure_as_a_multiple_of_the_other_just_shown(engine):
    # a label with its unit in brackets ("基本支出（万元）") is still a figure to combine: 8760 ÷ 2400 = 3.65
    a = _ask(engine, "鹤川人社局基本支出", "项目支出呢", "项目支出是基本支出的几倍")
    assert a.status == ANSWERED and "3.65" in a.text, a.text


def test_two_departments_one_item_each_still_asked_of_each(engine):
    # "A和B的X": the item said once, after the second department, is asked of both
    a = _ask(engine, "鹤川和桐江的城镇新增就业人数分别多少")
    assert a.status == ANSWERED and "42000" in a.text and "36500" in a.text, a.text


def test_a_sum_just_shown_is_the_part_of_a_share_asked_next(engine):
    # 52.3 + 700 = 752.3; 752.3 ÷ 860.5 = 87.43 %
    a = _ask(engine, "林业局住房公积金", "林业和草原支出呢", "两个加起来", "占本年支出合计多少")
    assert a.status == ANSWERED and "87.43%" in a.text and "752.3" in a.text, a.text


def test_which_department_has_more_is_said_in_the_word_asked(engine):
    a = _ask(engine, "林业局和水务局哪个住房公积金多")
    assert a.status == ANSWERED and a.text.startswith("松岭县林业局的更多") and "33.7" in a.text, a.text


@pytest.mark.parametrize("turns, figure", [
    (("林业局住房公积金", "和水务局加起来"), "70.9"),      # 52.3 + 18.6
    (("林业局住房公积金", "跟水务局的一共多少"), "70.9"),
    (("林业局住房公积金", "是水务局的百分之几"), "281.18%"),  # 52.3 ÷ 18.6
    (("林业局住房公积金", "比水务局多多少"), "33.7"),
])
def test_the_figure_shown_set_against_another_departments_same_item(engine, turns, figure):
    a = _ask(engine, *turns)
    assert a.status == ANSWERED and figure in a.text and "18.6" in a.text and "52.3" in a.text, a.text


@pytest.fixture(scope="module")
def applications(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("multi16_docs")
    simple_table(d / "民政申报.xlsx", "Sheet1", "青禾县民政局2025年项目申报表", "B2", "单位：万元", ["项目", "内容"],
                 [("项目名称", "养老服务补贴"),
                  ("项目申请理由", "1.依据青政发【2021】8号、青民〔2022〕15号，落实养老服务补贴政策。2.依据《老年人权益保障法》开展服务。"),
                  ("测算依据及说明", "按青财社【2023】40号标准测算"), ("申请金额", 320)])
    simple_table(d / "林业申报.xlsx", "Sheet1", "青禾县林业局2025年项目申报表", "B2", "单位：万元", ["项目", "内容"],
                 [("项目名称", "护林补贴"), ("项目申请理由", "依据青林【2020】3号。"), ("申请金额", 80)])
    return engine_over(d / "kb.sqlite", [d])


@pytest.mark.parametrize("follow", ["依据了哪些文件", "文件有哪些"])
def test_the_documents_a_text_just_shown_cites(applications, follow):
    # the 申请理由 just shown cites three; the 测算依据's 青财社【2023】40号 and the other bureau's are not its own
    a = _ask(applications, "青禾民政局项目申请理由", follow)
    assert a.status == ANSWERED and "青政发【2021】8号" in a.text and "青民〔2022〕15号" in a.text, a.text
    assert "《老年人权益保障法》" in a.text and "青财社" not in a.text and "青林" not in a.text, a.text


def test_no_documents_of_a_figure_just_shown(applications):
    a = _ask(applications, "青禾民政局申请金额", "依据了哪些文件")
    assert "青政发" not in a.text, a.text


def test_two_departments_asked_are_never_answered_with_one(engine):
    # after one bureau's figure, "两个单位加起来" is not that one figure
    a = _ask(engine, "林业局住房公积金", "两个单位加起来呢")
    assert a.status != ANSWERED or "70.9" in a.text, a.text
    assert not (a.status == ANSWERED and "52.3" in a.text and "18.6" not in a.text), a.text


@pytest.mark.parametrize("follow, figures", [
    ("林业局和水务局各多少", ("52.3", "18.6")),
    ("林业局和水务局加起来", ("70.9",)),
    ("林业局和水务局谁多", ("松岭县林业局的更多", "33.7")),
])
def test_departments_named_after_a_figure_are_each_asked_its_item(engine, follow, figures):
    a = _ask(engine, "林业局住房公积金", follow)
    assert a.status == ANSWERED and all(f in a.text for f in figures), a.text
    assert "860.5" not in a.text and "项目支出总计" not in a.text, a.text


def test_two_departments_named_after_a_figure_set_against_each_other(engine):
    a = _ask(engine, "鹤川城镇新增就业人数", "鹤川和桐江差多少")
    assert a.status == ANSWERED and "5500" in a.text and "9000" not in a.text, a.text


@pytest.fixture(scope="module")
def joined_names(tmp_path_factory) -> Engine:
    """Two bureaus whose lines have 和 in their names (社会保障和就业支出) beside a shorter line (社会保障)."""
    folder = tmp_path_factory.mktemp("joined16")
    for dept, file, figures in (("青石县教育局", "edu.xlsx", (80, 12, 300)), ("青石县民政局", "civil.xlsx", (30, 9, 350))):
        simple_table(folder / file, "支出", f"{dept}2025年一般公共预算支出表", "C2", "单位：万元", ["科目名称", "2025年预算数"],
                     [["社会保障和就业支出", figures[0]], ["社会保障", figures[1]], ["合计", figures[2]]])
    return engine_over(folder / "kb.sqlite", [folder])


def test_each_side_is_parted_before_the_second_department_not_inside_a_line(joined_names):
    # (after the round's review) the 和 of 社会保障和就业支出 joins no two things
    a = _ask(joined_names, "教育局的社会保障和就业支出和民政局的社会保障和就业支出各多少")
    assert a.status == "answered", a.text
    assert "80" in a.text and "30" in a.text and "12万元" not in a.text, a.text
