"""Round 60: departments and their units in two kinds of tables of one place — a 部门收入预算表 printing each
department as a coded 小计 line above its units, a department's 项目支出绩效目标表 printing each unit's line above
its projects, and a 政府采购预算表 with each unit's 小计 above its items. A unit named alone is read as the question's
words say: its projects asked, the 目标表's projects (never its 收入 line); its money asked, its line. Follow-ups
on units keep to them (本级呢, 社保中心呢, 加起来多少, 经费最多的是哪个).

Over tests/data/dept60 (fictional 溪山县; see make_fixture.py), with one published table of another place's 人社局
(so 人社局 alone names two departments) and a 决算 printing 政府采购金额."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("dept60") / "kb.sqlite",
                       [DATA / "dept60", DATA / "samples" / "zhanjiang_rsj_2024_department_targets.xlsx",
                        DATA / "samples" / "putuo_czj_2024_final_accounts.pdf"])


def test_unit_said_short_lists_its_projects(engine: Engine) -> None:
    """"农技推广中心" (溪山县农业技术推广中心 said short) with 项目 asked: its projects in the 目标表, not its 收入 line."""
    a = converse(engine, "农技推广中心有哪些项目")
    assert a.status == "answered", a.text
    assert "良种繁育推广经费" in a.text and "420.4" not in a.text and "强制免疫" not in a.text, a.text
    a = converse(engine, "农技推广中心有哪些项目", "第二个多少钱")
    assert "28.5" in a.text, a.text


def test_unit_money_is_its_line(engine: Engine) -> None:
    a = converse(engine, "农技推广中心收入多少")
    assert a.status == "answered" and "420.4" in a.text, a.text


def test_ranked_among_the_units_projects_just_listed(engine: Engine) -> None:
    a = converse(engine, "动物疫控中心有几个项目", "经费最多的是哪个")
    assert a.status == "answered", a.text
    assert "强制免疫补助经费" in a.text and "92.4" in a.text and "高标准农田" not in a.text, a.text


def test_two_lines_just_answered_added(engine: Engine) -> None:
    a = converse(engine, "民政局本级收入合计", "社会福利中心呢", "加起来多少")
    assert a.status == "answered", a.text
    assert "2880.9" in a.text, a.text


def test_department_before_its_unit_and_a_unit_said_short(engine: Engine) -> None:
    """"人社局的就业管理服务中心": the unit of that department (人社局 also names 湛江's), never its 小计 too; then
    "社保中心" (社会保险事业管理中心 with words left out) is the other unit."""
    a = converse(engine, "人社局的就业管理服务中心收入多少")
    assert a.status == "answered", a.text
    assert "260.7" in a.text and "1491.8" not in a.text, a.text
    a = converse(engine, "人社局的就业管理服务中心收入多少", "那社保中心呢")
    assert a.status == "answered", a.text
    assert "330.9" in a.text and "260.7" not in a.text, a.text


def test_shared_department_name_with_its_units(engine: Engine) -> None:
    """"人社局三个单位合计": the 人社局 with three units listed (溪山's), its 小计 line."""
    a = converse(engine, "人社局三个单位合计")
    assert a.status == "answered", a.text
    assert "1491.8" in a.text and "72807" not in a.text, a.text


def test_column_share_of_the_whole_table(engine: Engine) -> None:
    a = converse(engine, "一般公共预算拨款占全县收入的比例")
    assert a.status == "answered", a.text
    assert "95.12%" in a.text, a.text


def test_own_level_after_a_units_whole(engine: Engine) -> None:
    """"动物疫控中心项目合计" → "本级呢": the department's own line of that 目标表; then their difference."""
    a = converse(engine, "动物疫控中心项目合计", "本级呢")
    assert a.status == "answered", a.text
    assert "857.5" in a.text, a.text
    a = converse(engine, "动物疫控中心项目合计", "本级呢", "两个差多少")
    assert a.status == "answered" and "721.1" in a.text, a.text


def test_whole_carried_to_another_departments_table(engine: Engine) -> None:
    """"溪山农业农村局项目总额" → "民政局采购呢": that table's whole (合计), one figure — then the two added."""
    a = converse(engine, "溪山农业农村局项目总额", "民政局采购呢")
    assert a.status == "answered", a.text
    assert "168.5" in a.text and "90.5" not in a.text, a.text
    a = converse(engine, "溪山农业农村局项目总额", "民政局采购呢", "两个加起来")
    assert a.status == "answered" and "1274.5" in a.text, a.text


def test_each_department_of_a_table_kind_said(engine: Engine) -> None:
    """"政府采购的金额各部门分别是多少": the 决算 printing 政府采购金额 and the 政府采购预算表's 合计 (another label)."""
    a = converse(engine, "政府采购的金额各部门分别是多少")
    assert a.status == "answered", a.text
    assert "251.25" in a.text and "168.5" in a.text, a.text


def test_table_kind_said_without_its_word_before_its_whole(engine: Engine) -> None:
    """"项目支出绩效目标合计": that table's 合计 (a goal has none), not the goal asked."""
    a = converse(engine, "溪山农业农村局项目支出绩效目标合计多少")
    assert a.status == "answered", a.text
    assert "1106" in a.text, a.text
