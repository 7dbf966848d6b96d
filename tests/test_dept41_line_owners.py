"""Departments a table of every department prints as "<部门>小计" lines over their indented units (龙游县 政府购买服务
预算表): a question about 部门 ranks them by their printed 小计 (units only when 单位 is asked); a department is
said by the short names people use for it (卫健局 of 龙游县卫生健康局), and a value listed of it is its rows only;
its 小计 is never its whole budget (部门预算总额: unknown). Two departments' 总数 compared by size are their
totals, each shown. A content lookup whose words a place could make a department of (龙游发糕) answers from the
one department whose texts hold them."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine
from bot.understand.parse import line_owner_forms, owner_form_named

DATA = Path(__file__).resolve().parent / "data"
GENERAL = DATA / "general65"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    seed = DATA.parent.parent / "knowledge"
    return engine_over(tmp_path_factory.mktemp("dept41") / "kb.sqlite",
                       [seed, DATA / "samples" / "putuo_shegongbu_2024_final_accounts.pdf", GENERAL])


def test_departments_ranked_by_their_printed_subtotals(engine: Engine) -> None:
    a = converse(engine, "哪个部门购买服务最少")
    assert a.status == "answered" and "卫生健康局" in a.text and "119.7" in a.text, a.text
    assert "职业技术学校" not in a.text and "共比较 5 个部门" in a.text, a.text
    most = converse(engine, "哪个部门购买服务最多")
    assert most.status == "answered" and most.text.startswith("龙游县住房和城乡建设局") and "693" in most.text, most.text


def test_units_ranked_when_units_are_asked(engine: Engine) -> None:
    a = converse(engine, "哪个单位购买服务最少")
    assert a.status == "answered" and "龙游县职业技术学校" in a.text and "28" in a.text, a.text


def test_departments_ranked_by_their_rows_counted(engine: Engine) -> None:
    a = converse(engine, "哪个部门购买服务项目最多")
    assert a.status == "answered" and a.text.startswith("龙游县文化和广电旅游体育局") and "8项" in a.text, a.text


def test_short_forms_of_the_lines_owners(engine: Engine) -> None:
    kb = engine.kb
    forms = line_owner_forms(kb.conn, kb.vocab.department_suffixes, kb.vocab.department_abbreviations or None)
    assert forms.get("卫健局") == 1 and forms.get("龙游卫健局") == 1 and forms.get("住建局") == 1, forms
    assert "林业局" not in forms


def test_an_owners_place_alone_names_no_organisation() -> None:
    # (a table of one line owner makes its place a form of that owner only: still no organisation said)
    forms = {"柏山区": 1, "柏山财政局": 1, "财政局": 2}
    assert not owner_form_named(forms, "柏山区", ["局", "委"])
    assert owner_form_named(forms, "柏山财政局", ["局", "委"])
    assert not owner_form_named(forms, "财政局", ["局", "委"])  # (two owners: which is not known)


@pytest.mark.parametrize(("question", "found", "never"), [
    ("卫健局的政府履职辅助性服务有哪些", ["家庭医生签约服务第三方评估", "实验室检测设备维保服务"],
     ["病媒生物防制服务", "困难群众救助家计调查服务"]),
    ("民政局的政府履职辅助性服务有哪些", ["困难群众救助家计调查服务", "福利中心食堂运营服务"],
     ["居家养老上门服务", "家庭医生签约服务第三方评估"]),
    ("住建局的政府履职辅助性服务有几项", ["物业专项维修资金审计服务"], ["文化市场技术监管服务"]),
])
def test_a_department_said_short_lists_its_own_rows(engine: Engine, question: str, found: list[str],
                                                    never: list[str]) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and all(x in a.text for x in found), a.text
    assert not any(x in a.text for x in never), a.text


def test_a_bureau_no_table_prints_is_still_not_held(engine: Engine) -> None:
    a = converse(engine, "林业局的政府履职辅助性服务有哪些")
    assert a.status == "unknown" and "林业局" in a.text, a.text


@pytest.mark.parametrize("turns", [
    ("龙游民政局购买服务小计", "龙游民政局部门预算总额呢"),
    ("龙游民政局部门预算总额",),
    ("龙游民政局购买服务小计", "民政局总预算呢"),
])
def test_a_departments_subtotal_is_never_its_whole_budget(engine: Engine, turns: tuple[str, ...]) -> None:
    a = converse(engine, *turns)
    assert a.status == "unknown" and "369.5" not in a.text, a.text


def test_the_subtotal_itself_still_answers(engine: Engine) -> None:
    a = converse(engine, "龙游民政局购买服务小计")
    assert a.status == "answered" and "369.5" in a.text, a.text


def test_two_departments_totals_compared_by_their_size(engine: Engine) -> None:
    a = converse(engine, "社工部和白云信访局谁的总数大")
    assert a.status == "answered" and "307.82" in a.text and "234.98" in a.text, a.text
    counted = converse(engine, "社工部和白云信访局谁的项目总数多")
    assert "307.82" not in counted.text, counted.text  # (a thing counted named: a count, never the totals)


@pytest.mark.parametrize("question", ["哪个项目管龙游发糕 硬木雕刻这些", "哪个项目管龙游发糕"])
def test_content_held_by_one_department(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and "非物质文化遗产保护传承经费" in a.text, a.text


def test_content_held_by_none_still_asks(engine: Engine) -> None:
    a = converse(engine, "哪个项目管龙游足球")
    assert a.status != "answered" or "非物质文化遗产" not in a.text, a.text
