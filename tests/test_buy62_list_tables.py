"""Round 62: a list-shaped table of items with text fields (政府采购意向公开表: 采购项目名称, 采购需求概况, 采购品目,
预算金额, 预计采购时间, 备注; two header rows; the unit on each row; a 合计 row).

Over tests/data/buy62 (fictional: 桐庐县农业农村局's table, two units, ten rows) and the bundled seed (a project table):
- rows by a month said in people's words ("2月份要采购哪些"), then "合计多少" of those rows;
- a list by a kind (工程类) or by a remark (面向中小企业预留) followed by "加起来多少" / "金额合计呢": the rows just
  listed added up, never the department's total;
- a count asked in a unit answered from the row's text only where it states a number in that unit, else not printed;
- a row said in short asked its time in people's words (啥时候采购), rows told apart by their bracket (下半年)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over

DATA = Path(__file__).resolve().parent / "data" / "buy62"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("buy62") / "kb.sqlite", [DATA])


@pytest.mark.parametrize("question", ["2月份要采购哪些", "2月份采购哪些", "2026年2月采购哪些"])
def test_rows_of_a_month(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert "共 3 项" in a.text and "机关食堂餐饮服务" in a.text and "病虫测报灯采购" in a.text, a.text
    assert "无人植保飞机" not in a.text, a.text


def test_month_not_in_the_table_is_not_answered(engine: Engine) -> None:
    a = converse(engine, "11月份要采购哪些")  # (no row of 11月: none listed, never another month's)
    assert a.status != "answered" or "没有" in a.text, a.text
    assert "机关食堂" not in a.text and "无人植保飞机" not in a.text, a.text


def test_rows_of_a_month_added_up(engine: Engine) -> None:
    a = converse(engine, "4月份采购哪些", "合计多少")
    assert a.status == "answered", a.text
    assert "94.8万元" in a.text and "300.6" not in a.text, a.text


def test_kind_listed_then_added(engine: Engine) -> None:
    a = converse(engine, "工程类采购有哪些", "加起来多少")
    assert a.status == "answered", a.text
    assert "75.5万元" in a.text and "48 + " in a.text, a.text


def test_remark_counted_then_amounts_added(engine: Engine) -> None:
    first = converse(engine, "面向中小企业预留的有几个")
    assert "5 项" in first.text, first.text
    a = converse(engine, "面向中小企业预留的有几个", "金额合计呢")
    assert a.status == "answered", a.text
    assert "131.4万元" in a.text and "300.6" not in a.text, a.text


@pytest.mark.parametrize(("question", "shown"), [("无人植保飞机要买多少架", "12架"), ("墒情监测设备买几套", "8套")])
def test_count_stated_in_the_text(engine: Engine, question: str, shown: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert shown in a.text, a.text


def test_count_not_stated_is_not_printed(engine: Engine) -> None:
    a = converse(engine, "病虫测报灯买多少台")
    assert a.status != "answered", a.text
    assert "7.8" not in a.text or "没有" in a.text, a.text


@pytest.mark.parametrize(("question", "when", "other"), [("渔政码头修缮什么时候采购", "2026年5月", "2026年8月"),
                                                         ("监测服务下半年啥时候采购", "2026年8月", "2026年2月")])
def test_time_of_a_row_said_in_short(engine: Engine, question: str, when: str, other: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert when in a.text and other not in a.text, a.text


def test_rows_of_the_table_said_counted(engine: Engine) -> None:
    a = converse(engine, "采购意向表有几条")  # (another department's table loaded beside it: its rows not counted)
    assert a.status == "answered", a.text
    assert "共 10 项" in a.text and "森林防火" not in a.text, a.text


@pytest.mark.parametrize(("question", "shown", "name"), [("预算最高的采购项目是哪个", "54万元", "无人植保飞机采购"),
                                                         ("预算最低的采购项目是哪个", "7.8万元", "病虫测报灯采购")])
def test_ranking_over_the_table_said_by_its_heading(engine: Engine, question: str, shown: str, name: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert shown in a.text and name in a.text and "共比较 10 项" in a.text, a.text


@pytest.mark.parametrize("question", ["农技中心的采购预算合计", "推广中心采购一共多少"])
def test_unit_said_by_its_initials(engine: Engine, question: str) -> None:
    a = converse(engine, question)  # (农技中心 of 桐庐县农业技术推广中心: its rows, never another table's 合计)
    assert a.status == "answered", a.text
    assert "84.5万元" in a.text and "461.5" not in a.text, a.text


@pytest.mark.parametrize(("question", "figures"), [("机关食堂餐饮服务多少钱", ["95.00万元", "26.5万元"]),
                                                   ("农产品质量安全监测多少钱", ["95.00万元", "42万元", "36万元"])])
def test_rows_alike_across_tables_all_shown(engine: Engine, question: str, figures: list[str]) -> None:
    a = converse(engine, question)  # (the 目标表's project and the 采购意向's rows hold the name: none chosen alone)
    assert a.status in ("answered", "clarify"), a.text
    assert all(x in a.text for x in figures), a.text


def test_project_said_whole_is_its_own(engine: Engine) -> None:
    a = converse(engine, "农机购置补贴工作经费多少")
    assert a.status == "answered" and "65.00万元" in a.text and "名称相近" not in a.text, a.text


def test_department_without_the_table_kind(engine: Engine) -> None:
    a = converse(engine, "桐庐县林业局政府采购意向")  # (its 项目支出预算表 is no 采购意向表)
    assert a.status == "unknown", a.text
    assert "461.5" not in a.text and "300.6" not in a.text, a.text


def test_the_department_itself_is_its_project_table_not_its_own_rows_of_a_list_table(engine: Engine) -> None:
    # rows whose 采购单位 is the department's own full name: said with no word of that table's title, the
    # department itself is asked (its projects, its project total), never those rows counted or added up
    projects = engine.kb.conn.execute(
        "SELECT count(*), round(sum(p.total), 2) FROM projects p JOIN documents d ON d.id = p.document_id "
        "WHERE d.department_name = '桐庐县农业农村局' AND p.kind != 'department'").fetchone()
    count = converse(engine, "桐庐县农业农村局有几个项目")
    assert count.status == "answered" and f"{projects[0]} 个项目" in count.text, count.text
    whole = converse(engine, "桐庐县农业农村局总预算")
    assert whole.status == "answered" and f"{projects[1]:.2f}" in whole.text and "216.1" not in whole.text, whole.text
    rows = converse(engine, "桐庐县农业农村局采购预算合计")  # the table said: its rows
    assert rows.status == "answered" and "216.1" in rows.text, rows.text
