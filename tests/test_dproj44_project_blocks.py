"""A place's 部门项目支出预算表 (部门（单位）名称 | 项目名称 | 项目类别 | 合计 | 财政拨款 › 小计/一般公共预算/政府性基金预算 |
其他资金; a 小计 row per department, the table's 合计 first): a department's 项目支出 is its block's 小计, compared with
another department's whole wherever that is printed; the departments are ranked and listed over their blocks when the
table is said as where they are ("预算表里…")."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

DATA = Path(__file__).resolve().parent / "data" / "general71"
TABLE = DATA / "温岭市_2026年_部门项目支出预算表.xlsx"
FARM = DATA / "温岭市农业农村局_2026年_项目支出绩效目标表.txt"
FILING = DATA / "温岭市应急管理局_2026年_项目申报表.xlsx"


@pytest.fixture(scope="module")
def wenling(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("dproj44") / "kb.sqlite", [TABLE, FARM, FILING])


@pytest.mark.parametrize(("turns", "figures", "never"), [
    # two departments' 项目支出: each its block's 小计, the larger said
    (("民政局和卫健局哪个项目支出多",), ["温岭市民政局的更多", "1404.35", "1177.68"], "表里没有列出"),
    # one department's whole in its 目标表, the other's only in its block of the place's table
    (("农业农村局和应急管理局哪个项目支出多",), ["温岭市农业农村局的更多", "1030.16", "658.23"], "没法比较"),
    # another department asked alike next
    (("教育局项目支出多少", "卫健局呢"), ["1177.68"], "1577.25"),
])
def test_a_departments_project_spending_is_its_blocks_subtotal(wenling: Engine, turns: tuple[str, ...],
                                                                figures: list[str], never: str) -> None:
    a = converse(wenling, *turns)
    assert a.status == "answered" and all(f in a.text for f in figures) and never not in a.text, a.text


@pytest.mark.parametrize(("question", "first", "figures"), [
    ("预算表里哪个部门项目支出最少", "温岭市文化和广电旅游体育局", ["319.78", "1590.12"]),
    ("部门项目支出预算表里哪个部门最多", "温岭市交通运输局", ["1590.12", "319.78"]),
    ("预算表里各部门项目支出分别多少", "温岭市教育局：1577.25", ["1177.68", "658.23", "1404.35", "1590.12", "319.78"]),
])
def test_the_departments_of_the_table_said_as_where_they_are(wenling: Engine, question: str, first: str,
                                                              figures: list[str]) -> None:
    a = converse(wenling, question)
    assert a.status == "answered" and (a.text.startswith(first) or first in a.text.split("\n")[1]), a.text
    assert all(f in a.text for f in figures) and "6727.41" not in a.text and "1030.16" not in a.text, a.text


@pytest.mark.parametrize(("question", "figure", "never"), [
    # the table said by its kind, no department: the place's own 合计 row, in the column said
    ("2026年部门项目支出预算总合计", "6727.41", "1577.25"),
    ("部门项目支出预算表财政拨款合计", "6327.41", "6727.41"),
    ("部门项目支出预算表政府性基金合计", "520", "6727.41"),
    ("预算表里其他资金合计多少", "400", "6727.41"),
    # its rows counted over every block (never its 小计 rows nor the 合计)
    ("部门项目支出预算表一共多少个项目", "共列 26 个项目", "32 个"),
])
def test_the_table_asked_whole(wenling: Engine, question: str, figure: str, never: str) -> None:
    a = converse(wenling, question)
    assert a.status == "answered" and figure in a.text and never not in a.text, a.text


def test_a_department_of_the_table_said_is_its_own_block(wenling: Engine) -> None:
    a = converse(wenling, "教育局部门项目支出预算表合计")
    assert a.status == "answered" and "1577.25" in a.text and "6727.41" not in a.text, a.text


def test_departments_whose_subtotal_prints_a_column(wenling: Engine) -> None:
    a = converse(wenling, "预算表里哪些部门有政府性基金")
    assert a.status == "answered", a.text
    for dept, figure in [("教育局", "200"), ("应急管理局", "15"), ("民政局", "80"), ("交通运输局", "200"),
                         ("文化和广电旅游体育局", "25")]:
        assert f"温岭市{dept}：{figure}万元" in a.text, a.text
    assert "卫生健康局" not in a.text, a.text


def test_a_year_the_table_is_not_of_is_not_its_whole(wenling: Engine) -> None:
    a = converse(wenling, "2027年部门项目支出预算合计")
    assert a.status != "answered" and "6727.41" not in a.text, a.text


@pytest.mark.parametrize(("turns", "figure", "never"), [
    # a project named, the table said short as where it is: that table's row (its 项目类别, a text column)
    (("防汛防台物资储备项目在部门预算表里是什么类别",), "特定目标类", "512.46"),
    # the project of the conversation (its 申报表's, named with its place), asked of the table said short
    (("防汛防台物资储备项目2026年预算", "它在部门预算表里财政拨款多少"), "452.46", "没有按资金来源分列"),
    (("防汛防台物资储备项目2026年预算", "部门预算表里它的其他资金呢"), "60万元", "没有按资金来源分列"),
])
def test_a_project_asked_of_the_table_said_short(wenling: Engine, turns: tuple[str, ...], figure: str,
                                                 never: str) -> None:
    a = converse(wenling, *turns)
    assert a.status == "answered" and figure in a.text and never not in a.text, a.text


@pytest.mark.parametrize(("second", "figure", "never"), [
    # a row of another department's block of the same table, said short or whole: that row
    ("卫健信息化运维呢", "86.35", "45.36"),
    ("城乡公交运营补贴呢", "826.41", "45.36"),
    # a column said alone stays with the row shown
    ("项目类别呢", "其他运转类", "特定目标类"),
])
def test_a_follow_up_to_another_block_of_the_table(wenling: Engine, second: str, figure: str, never: str) -> None:
    a = converse(wenling, "应急指挥平台运维经费", second)
    assert a.status == "answered" and figure in a.text and never not in a.text, a.text


def test_a_departments_other_rows_of_its_block(wenling: Engine) -> None:
    a = converse(wenling, "应急管理局除了防汛防台物资储备还有哪些项目")
    assert a.status == "answered", a.text
    assert all(p in a.text for p in ("安全生产执法检查及专项整治经费", "应急指挥平台运维经费", "自然灾害综合风险普查成果应用经费"))
    assert "共 3 项" in a.text and "基本公共卫生服务补助资金" not in a.text, a.text


@pytest.mark.parametrize("question", ["应急管理局项目支出多少", "应急管理局总共多少钱", "应急管理局和民政局哪个项目支出多"])
def test_a_department_with_an_application_only_spends_its_blocks_subtotal(wenling: Engine, question: str) -> None:
    # its 申报表 is one project applied for (512.46): the department's 项目支出 is its block's 小计 (658.23)
    a = converse(wenling, question)
    assert a.status == "answered" and "658.23" in a.text and "512.46" not in a.text, a.text


def test_a_departments_amount_compared_is_never_its_one_application(wenling: Engine) -> None:
    # "金额" of a department whose typed table is a 申报表: its block's 小计, never the one project's budget
    a = converse(wenling, "应急管理局和民政局哪个金额大")
    assert "658.23" in a.text and "512.46" not in a.text, a.text
