"""Round 53: a table's text columns as filters, a word of the rows' names, and the kind of table a question names.

Over tests/data/cols53 (fictional: a county's 政府采购预算表 and 项目支出预算明细表, each of several departments with
小计 rows, a 部门收支预算总表 of one of them, and two 项目支出绩效目标表 whose indicators are named like a 备注 value):
- "备注写跨年度项目的有哪些", "几个项目要政府采购": the rows whose text cell prints the value, with their amounts —
  never a department asked back, nor the indicators named like the value (政府采购率) counted or offered;
- "运维的项目有哪些": every row whose own name holds the word, each with its amount, and the projects of the
  绩效目标表 named so — never which one is meant asked back;
- "哪个小计多", "项目明细小计": the 小计 rows the table prints, never a unit's own rows added up;
- "部门收支总表里的项目支出": the table of that kind among the department's tables, said short; a department with no
  table of that kind is said to have none, never answered from another of its tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine, Session
from tests.conftest import engine_over

DATA = Path(__file__).resolve().parent / "data" / "cols53"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("cols53") / "kb.sqlite", [DATA])


def _talk(engine: Engine, *turns: str):
    session, answer = Session(), None
    for turn in turns:
        answer = engine.ask(turn, session)
    assert answer is not None
    return answer


@pytest.mark.parametrize("question", ["备注写跨年度项目的有哪些", "备注是跨年度项目的有哪些"])
def test_rows_of_a_remark(engine: Engine, question: str) -> None:
    a = _talk(engine, question)
    assert a.status == "answered", a.text
    for shown in ("疫苗冷链设备运维", "540000", "山塘水库安全鉴定", "1260000"):
        assert shown in a.text, a.text
    assert "2500000" not in a.text and "河湖长制" not in a.text, a.text  # (no unit read as a project of its rows)


@pytest.mark.parametrize("question", ["几个项目要政府采购", "哪些项目要政府采购", "政府采购的项目有几个"])
def test_rows_of_a_value_not_the_indicators_named_like_it(engine: Engine, question: str) -> None:
    a = _talk(engine, question)
    assert a.status == "answered", a.text
    assert "卫生监督执法装备购置" in a.text and "河湖长制工作经费" in a.text and "共 2 项" in a.text, a.text
    assert "政府采购率" not in a.text and "指标" not in a.text, a.text


def test_rows_named_by_a_word_across_tables(engine: Engine) -> None:
    a = _talk(engine, "运维的项目有哪些")
    assert a.status == "answered", a.text
    for shown in ("120急救指挥系统运维服务", "480000", "山洪灾害预警平台运维服务", "疫苗冷链设备运维", "540000",
                  "山区集中供水工程运维经费", "128"):
        assert shown in a.text, a.text
    assert "河道保洁" not in a.text, a.text
    a = _talk(engine, "公路的项目有几个")
    assert a.status == "answered" and "共 2 项" in a.text and "农村公路路面修复工程" in a.text, a.text


@pytest.mark.parametrize("question", ["卫生健康局和水利局哪个小计多", "卫生健康局和水利局哪个项目明细小计多"])
def test_subtotals_compared_are_the_printed_ones(engine: Engine, question: str) -> None:
    a = _talk(engine, question)
    assert a.status == "answered" and "25900000" in a.text and "2500000" in a.text, a.text
    assert "25360000" not in a.text and "2090000" not in a.text, a.text  # (each bureau's own rows added, no 小计)


@pytest.mark.parametrize("question", ["水利局项目明细小计", "明细表里水利局的小计"])
def test_subtotal_of_the_detail_table_named(engine: Engine, question: str) -> None:
    a = _talk(engine, question)
    assert a.status == "answered" and "2500000" in a.text and "共 2 项" not in a.text, a.text


def test_a_kind_of_table_said_short(engine: Engine) -> None:
    a = _talk(engine, "卫生健康局项目明细小计", "部门收支总表里的项目支出呢")
    assert a.status == "answered" and "3212.5" in a.text, a.text
    a = _talk(engine, "卫生健康局部门收支总表里的项目支出")
    assert a.status == "answered" and "3212.5" in a.text, a.text
    a = _talk(engine, "水利局部门收支总表里的项目支出")
    assert a.status == "unknown" and "部门收支预算总表" in a.text, a.text
    assert "2500000" not in a.text and "1260000" not in a.text, a.text


def test_what_says_a_kind_of_table_short() -> None:
    from bot.answer.facts.question import _names_a_label, _shortens

    assert _shortens("部门收支总表", "部门收支预算总表") and _shortens("收支总表", "部门收支预算总表")
    assert _shortens("项目明细", "部门项目支出预算明细表") and _shortens("明细表", "部门项目支出预算明细表")
    assert not _shortens("部门收支预算总表", "部门收支预算总表")  # (said whole: read as the kind itself)
    assert not _shortens("项目支出", "部门项目支出预算明细表")  # (a line, not how the kind ends)
    # a word ending as the kind does without 表 is a label when a label holds that end (预算数), or the word
    assert _names_a_label("项目预算", "部门项目支出预算表", "预算数")
    assert _names_a_label("绩效自评", "项目支出绩效自评表", "绩效自评的项目")
    assert not _names_a_label("项目明细", "部门项目支出预算明细表", "金额合计")
    assert not _names_a_label("部门收支总表", "部门收支预算总表", "项目支出")
