"""One department across a county's tables: a table whose 实施机构 column names the department each project is of
(tests/data/xdept63, fictional 松阳县), the department said short (水利局, 县交通局) or by the conversation ("它负责的"),
filters the rows — listed, added up in the column its whole heading names (2026年财政支出责任 › 合计), never the
table's whole, an industry group's 小计 or another department's rows; and never that sum alone when a comparison
the rows' reading does not do is asked besides ("…合计比其他部门多多少")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import converse, engine_over

_DATA = Path(__file__).resolve().parent / "data" / "xdept63"


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_over(tmp_path_factory.mktemp("xdept63") / "kb.sqlite", [_DATA])


def test_rows_whose_owner_column_names_the_department_said_short_are_listed(engine) -> None:
    a = converse(engine, "水利局作为实施机构的项目有哪些")
    assert a.status == "answered"
    assert "松阴溪堤防加固工程" in a.text and "城区供水管网改造工程" in a.text
    assert "雨污分流" not in a.text and "环城北路" not in a.text  # (same group, another department; another group)


def test_the_owner_column_said_before_the_department(engine) -> None:
    a = converse(engine, "实施机构为县交通局的项目有哪些")
    assert a.status == "answered" and "共 3 项" in a.text and "松阴溪" not in a.text


def test_a_sum_in_the_column_named_by_its_heading_and_year(engine) -> None:
    a = converse(engine, "水利局实施的项目2026年支出责任合计")
    assert a.status == "answered" and "3359" in a.text  # 2570.4 + 788.6
    assert "4374.9" not in a.text and "8292.4" not in a.text  # (never the group's 小计 nor the table's 合计)
    assert "35500" not in a.text  # (never 总投资)


def test_a_sum_in_a_part_column_said(engine) -> None:
    a = converse(engine, "水利局实施的项目运营补贴支出合计")
    assert a.status == "answered" and "2409" in a.text  # 1620.4 + 788.6


def test_the_department_of_the_conversation_pointed_at(engine) -> None:
    a = converse(engine, "水利局工资福利小计", "它负责的项目2026年支出责任合计")
    assert a.status == "answered" and "3359" in a.text and "640.9" not in a.text
    b = converse(engine, "交通局工资福利小计", "它实施的项目有哪些")
    assert b.status == "answered" and "环城北路改建工程" in b.text and "松阴溪" not in b.text


def test_the_department_said_again_after_its_subtotal_line(engine) -> None:
    a = converse(engine, "水利局工资福利小计", "水利局实施的项目有哪些")
    assert a.status == "answered" and "城区供水管网改造工程" in a.text and "小计" not in a.text.splitlines()[0]


def test_a_column_of_its_own_year_said(engine) -> None:
    a = converse(engine, "交通局负责的项目2027年支出责任合计")
    assert a.status == "answered" and "3970" in a.text  # 2100 + 1350 + 520, of 以后年度 › 2027年
    assert "3917.5" not in a.text  # (the 2026 sum never stands for 2027's)


def test_a_column_said_by_its_heading_alone_is_the_rows_added_up(engine) -> None:
    a = converse(engine, "水利局支出责任")
    assert a.status == "answered" and "3359" in a.text and "35500" not in a.text


def test_one_department_two_tables_set_against_each_other(engine) -> None:
    a = converse(engine, "水利局实施的项目2026年支出责任合计比它的工资福利小计多多少")
    assert a.status == "answered" and "2718.1" in a.text  # 3359 − 640.9: the 实施机构 rows' sum against its 小计
    b = converse(engine, "交通局负责的项目支出责任和它的工资福利小计加起来")
    assert b.status == "answered" and "4783.9" in b.text  # 3917.5 + 866.4
    assert "财政局" not in b.text.split("（来源")[0]  # (each figure named by the department, never the publisher)


@pytest.mark.parametrize("question", ["水利局实施的项目2026年支出责任合计比其他部门多多少",
                                      "交通局实施的项目2026年支出责任合计比其他局多多少",
                                      "水利局实施的项目支出责任比交通局少多少"])
def test_a_comparison_left_unread_is_never_the_sum_alone(engine, question: str) -> None:
    a = converse(engine, question)  # (no other side read: never the sum answered as if no comparison were asked)
    assert not re.match(r"松阳县\S+ 2026年财政支出责任 合计 [\d.]+万元：", a.text), a.text
