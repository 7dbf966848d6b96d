"""Short names and question-changing words (names63), by class, on tables made here (tests/data/names63, fictional
青禾县).

Class 1: a row whose name holds a numbered unit ("青禾县第二中学扩建工程PPP项目") said by that unit's short name and the
name's own kind ("二中项目"): that row, never the table's 合计 nor another row.

Class 2: money paid out so far asked (已经兑付了多少, 已拨付多少, 已支付多少, 已经花了多少) of a target table that prints
only the budget: said not held, never the budget answered as if it were what was paid.

Class 3: a unit's own head count ("农业科技服务站有几个人") where no loaded table counts its people: said not held, never an
indicator of one of its projects that counts other people (带动就业人数).

Class 4: an indicator whose words are split by its project's name ("单个乡镇科技计划项目最多扶持多少" of 单个项目扶持额度):
that indicator, its lone word (单个) no word the question lacks.

Class 5: an indicator's value asked by the end of its name where a few projects each hold one (企业服务对象满意度,
农户服务对象满意度) and the question asks back which project: each option shows its own indicator and value.

Class 6: "X是哪个项目的钱": the project whose goal or indicators say X (a search of what the tables say).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, CLARIFY, UNKNOWN, Engine

DATA = Path(__file__).resolve().parent / "data" / "names63"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("names63") / "kb.sqlite", [DATA])


def test_a_numbered_unit_inside_a_row_name_said_short(engine: Engine) -> None:
    a = converse(engine, "二中项目2027年支出责任")
    assert a.status == ANSWERED and "955" in a.text and "第二中学" in a.text, a.text
    assert "3460" not in a.text and "1580" not in a.text  # (never the 合计 nor the group's 小计)
    a = converse(engine, "二中项目总投资")
    assert a.status == ANSWERED and "18000" in a.text and "12000" not in a.text, a.text
    # the full name still answers, and a school not in the table is no row of it
    a = converse(engine, "第二中学扩建项目2026年支出责任")
    assert a.status == ANSWERED and "910" in a.text, a.text
    # the unit's name said in full around the short form (第二中学 holds 二中) is the name, no 第 left unread
    a = converse(engine, "第二中学2027年支出责任多少")
    assert a.status == ANSWERED and "955" in a.text, a.text
    a = converse(engine, "第二中学总投资多少")
    assert a.status == ANSWERED and "18000" in a.text, a.text
    # a school the table does not hold is never answered with another school's row (it may list what the table has)
    a = converse(engine, "三中项目总投资")
    assert a.status != ANSWERED, a.text
    assert "18000" not in a.text.splitlines()[0].split("表中关于")[0], a.text


def test_money_paid_so_far_of_a_target_table_is_not_its_budget(engine: Engine) -> None:
    for q in ("高新技术企业认定补助资金已经兑付了多少", "高新技术企业认定补助资金已拨付多少",
              "高新技术企业认定补助资金已支付多少", "高新技术企业认定补助资金已经花了多少"):
        a = converse(engine, q)
        assert a.status == UNKNOWN and "210.00" not in a.text.splitlines()[0], (q, a.text)
    # the budget asked is still the budget, and an indicator of 兑付 is still read
    a = converse(engine, "高新技术企业认定补助资金多少")
    assert a.status == ANSWERED and "210.00" in a.text, a.text
    a = converse(engine, "高新技术企业认定补助资金的补助资金兑付及时率")
    assert a.status == ANSWERED and "≥95%" in a.text, a.text


def test_a_units_head_count_is_not_its_projects_indicator(engine: Engine) -> None:
    a = converse(engine, "农业科技服务站有几个人")
    assert a.status == UNKNOWN and "300" not in a.text and "40人" not in a.text, a.text
    assert "农业科技服务站" in a.text
    # the unit's money and its project's indicator asked by name still answer
    a = converse(engine, "农业科技服务站多少钱")
    assert a.status == ANSWERED and "265.00" in a.text, a.text
    a = converse(engine, "农技人员驻村服务经费带动就业多少人")
    assert a.status == ANSWERED and "≥300人" in a.text, a.text


def test_an_indicator_split_by_its_projects_name(engine: Engine) -> None:
    a = converse(engine, "单个乡镇科技计划项目最多扶持多少")
    assert a.status == ANSWERED and "≤18万元" in a.text and "单个项目扶持额度" in a.text, a.text
    a = converse(engine, "单个乡镇科技计划项目扶持额度多少")
    assert a.status == ANSWERED and "≤18万元" in a.text, a.text
    # the project's own money is still its money
    a = converse(engine, "乡镇科技计划项目扶持经费多少")
    assert a.status == ANSWERED and "260.00" in a.text, a.text


def test_the_question_back_shows_each_projects_own_indicator(engine: Engine) -> None:
    # one department's few: each project's own line, answered or asked back (the class's, never 示范园's of 可持续影响)
    a = converse(engine, "服务对象满意度年度指标值是多少")
    assert a.status in (ANSWERED, CLARIFY), a.text
    assert "企业服务对象满意度" in a.text and "≥91%" in a.text, a.text
    assert "农户服务对象满意度" in a.text and "≥93%" in a.text, a.text
    assert "示范园" not in a.text


def test_the_question_back_of_the_seed_shows_each_indicator(seed_engine: Engine) -> None:
    a = converse(seed_engine, "服务对象满意度年度指标值是多少")
    assert a.status == CLARIFY, a.text
    assert "信访群众服务对象满意度" in a.text and "满意度评价" in a.text, a.text
    assert "法律顾问服务对象满意度" in a.text and "完成信访工作中有关法律的工作" in a.text, a.text
    a = converse(seed_engine, "服务对象满意度年度指标值是多少", "2")
    assert a.status == ANSWERED and "完成信访工作中有关法律的工作" in a.text and "满意度评价" not in a.text, a.text


def test_which_projects_money_is_a_content_search(engine: Engine) -> None:
    a = converse(engine, "驻村服务是哪个项目的钱")
    assert a.status == ANSWERED and "农技人员驻村服务经费" in a.text, a.text
    a = converse(engine, "示范推广新品种是哪个项目的经费")
    assert a.status == ANSWERED and "农业科技示范园运行经费" in a.text, a.text


def test_a_names_leading_words_said_by_their_initials(engine: Engine) -> None:
    """Class 7: 高企 of 高新技术企业 (a four-character word and the noun it qualifies, by their first characters): both
    projects it leads, told apart by the rest of the question or added up when both are asked."""
    a = converse(engine, "高企补助和奖励一共多少")
    assert a.status == ANSWERED and "380" in a.text, a.text
    assert "扶持经费" not in a.text and "驻村" not in a.text
    a = converse(engine, "高企认定补助资金多少")
    assert a.status == ANSWERED and "210.00" in a.text and "170.00" not in a.text, a.text
    a = converse(engine, "高企奖励多少")
    assert a.status == ANSWERED and "170.00" in a.text and "210.00" not in a.text, a.text


def test_leading_initials_rule() -> None:
    from bot.language.lexicon import leading_initials

    nouns = ["企业"]
    assert leading_initials(["高新技术", "企业", "认定", "补助", "资金"], set(), nouns) == {"高新技术企业": "高企"}
    assert leading_initials(["外商投资", "企业", "服务", "经费"], set(), nouns) == {"外商投资企业": "外企"}
    # not a name's leading words, a generic word, or the whole name: none
    assert leading_initials(["乡镇", "科技计划", "项目", "经费"], set(), nouns) == {}
    assert leading_initials(["工作经费", "企业", "补助"], {"工作经费"}, nouns) == {}
    assert leading_initials(["高新技术", "企业"], set(), nouns) == {}


def test_a_listed_units_projects_are_its_project_tables(engine: Engine) -> None:
    """Class 8: a department's units listed from a table of their wage lines, then "第二个单位的项目经费合计": that unit's
    projects in the 目标表 (their 小计), never its wage line; the wage line still answers what that table prints."""
    a = converse(engine, "青禾科技局有哪些单位", "第二个单位的项目经费合计")
    assert a.status == ANSWERED and "265.00" in a.text and "204.5" not in a.text, a.text
    a = converse(engine, "青禾科技局有哪些单位", "第二个单位的合计")
    assert a.status == ANSWERED and "204.5" in a.text, a.text
    a = converse(engine, "青禾科技局有哪些单位", "第二个单位的津贴补贴")
    assert a.status == ANSWERED and "114.8" in a.text, a.text
