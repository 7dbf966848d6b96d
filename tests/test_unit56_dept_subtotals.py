"""A place's 部门支出预算表: each department merged down column A over its lines, its first line its own unit (本级)
printed by the department's name with a code, its 小计 line last; one department (民政局) has tables of its own (a
project table, a 基本支出经济分类表), and another place's 人社局 is loaded (its 部门预算总表: "人社局" alone is no line
of this table). A department said with a whole-department word reads its 小计 line, a unit its own line; comparisons,
rankings and lists of departments use one column for all; follow-ups keep the column asked (tests/data/unit56, built
with conftest.write_workbook and conftest.simple_table)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over

from bot.engine import Engine
from bot.ingest.grid import worksheet_facts

DATA = Path(__file__).resolve().parent / "data" / "unit56"
TABLE = DATA / "柏川市_2025年_部门支出预算表.xlsx"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("unit56") / "kb.sqlite", [DATA])


def test_a_subtotal_beside_a_merged_department_is_no_units_own_line() -> None:
    ws = openpyxl.load_workbook(TABLE)["部门支出预算表"]
    rows = {f.line: f.row for f in worksheet_facts(ws).facts if f.col == ("合计",)}
    assert rows[8] == ("柏川市民政局", "小计")
    # the next department's own unit stands under its own department, never under the 小计 line before it
    assert rows[9] == ("柏川市人力资源和社会保障局", "202001柏川市人力资源和社会保障局")


@pytest.mark.parametrize(("question", "figure", "never"), [
    ("柏川民政局部门支出合计", "1200", "780"),  # its 小计, never its project table's 总计
    ("柏川民政局基本支出多少", "420", "100"),
    ("残联合计多少", "400", "260"),  # 残联: the usual short name of 残疾人联合会
    ("柏川人社局本级多少", "500", "700"),  # its own unit, never 民政局's (the department of the place said)
    ("医保局本级项目支出", "1420", "1520"),
    ("柏川人社局比民政局少多少", "300", "780"),  # 小计 合计 of both: 900 − 1200, never 项目支出 780
    ("民政局基本支出占部门支出的比例", "35", "53.8"),  # 420 / 1200
])
def test_a_department_and_its_units(engine: Engine, question: str, figure: str, never: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and figure in a.text and never not in a.text, a.text


@pytest.mark.parametrize(("turns", "figure", "never"), [
    (("柏川哪个部门支出最多",), "1750", "420"),  # by 合计 (医保局), never by 基本支出 (民政局)
    (("柏川哪个部门支出最少",), "400", "150"),
    (("柏川哪个部门支出最多", "第二是谁"), "1200", "250"),
    (("柏川民政局和人社局哪个部门支出多",), "1200", "780"),
])
def test_departments_compared_in_one_column(engine: Engine, turns: tuple[str, ...], figure: str, never: str) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered" and figure in a.text and never not in a.text, a.text


def test_each_departments_whole(engine: Engine) -> None:
    a = converse(engine, "柏川各部门支出合计分别多少")
    assert a.status == "answered" and all(x in a.text for x in ("1200", "900", "1750", "400")), a.text


@pytest.mark.parametrize(("turns", "figure", "never"), [
    (("柏川民政局基本支出", "那人社局的呢"), "250", "900"),  # the column asked kept
    (("柏川人社局支出合计", "那医保局呢"), "1750", "230"),
    (("柏川民政局部门支出合计", "殡葬管理所呢"), "200", "1200"),  # the unit's own line
    (("残联合计多少", "它下面康复服务中心呢"), "140", "400"),
    (("青禾人社局基本支出", "柏川人社局呢"), "250", "900"),  # another table's row 基本支出 › 预算金额: its column here
    (("青禾人社局项目支出", "柏川人社局呢"), "650", "900"),
])
def test_follow_ups_keep_the_column(engine: Engine, turns: tuple[str, ...], figure: str, never: str) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered" and figure in a.text and never not in a.text, a.text


def test_units_of_the_department_just_answered_said_short(engine: Engine) -> None:
    a = converse(engine, "医保局小计", "本级和服务中心分别多少")
    assert a.status == "answered" and "1500" in a.text and "250" in a.text and "1750" not in a.text, a.text


@pytest.mark.parametrize(("question", "first"), [
    ("柏川民政局和人社局哪个部门支出少", "柏川市人力资源和社会保障局"),  # the smaller named when the smaller is asked
    ("柏川民政局和人社局哪个基本支出多", "柏川市民政局"),
])
def test_which_of_two_departments(engine: Engine, question: str, first: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and a.text.startswith(first) and ("更少" in a.text) == ("少" in question), a.text


def test_another_tables_item_of_a_department_printed_only_here(engine: Engine) -> None:
    # 差旅费 of 民政局's 基本支出经济分类表; 人社局 has no table but this one, which prints no 差旅费: never its 合计
    a = converse(engine, "柏川民政局差旅费", "柏川人社局呢")
    assert a.status == "unknown" and "差旅费" in a.text and "900" not in a.text, a.text
