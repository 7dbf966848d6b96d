"""Tables printing two sides beside each other (a 部门财政拨款收支总表: 收入 on the left, 支出 on the right with its fund
columns) and lists of departments' units under a "<部门>小计" line, asked the way staff follow up: a follow-up naming a
column keeps the row (上年结转 → 一般公共预算的呢: the line under it that says it); what a fund pays for is the lines with
a figure in that fund's column (or the table's note saying so); "X呢" after a line of the table is that table's line,
never a project whose longer name holds X; 其中Y after a department's rows added up is their Y column; one
department's two tables set against each other. Fictional tables (青梧县水利局, 青梧县城市管理局)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook

from bot.engine import Engine, Session

DATA = Path(__file__).resolve().parent / "data"

_TWO_SIDED = [
    ["青梧县水利局2026年部门财政拨款收支总表", None, None, None, None, None],
    ["单位：万元", None, None, None, None, None],
    ["收    入", None, "支    出", None, None, None],
    ["收入项目", "预算数", "支出项目", "合计", "一般公共预算", "政府性基金预算"],
    ["一、本年收入", 1000, "一、本年支出", 1100, 900, 200],
    ["  （一）一般公共预算拨款", 850, "  农林水支出", 700, 700, None],
    ["  （二）政府性基金预算拨款", 150, "    水利工程建设", 420, 420, None],
    ["二、上年结转", 100, "    水土保持", 280, 280, None],
    ["  （一）一般公共预算拨款", 50, "  城乡社区支出", 150, None, 150],
    ["  （二）政府性基金预算拨款", 50, "    污水处理费安排的支出", 150, None, 150],
    [None, None, "  其他支出", 50, None, 50],
    [None, None, "    彩票公益金安排的支出", 50, None, 50],
    [None, None, "  住房保障支出", 200, 200, None],
    [None, None, "    住房公积金", 200, 200, None],
    ["收入总计", 1100, "支出总计", 1100, 900, 200],
]

_ONE_COLUMN = [
    ["青梧县城市管理局2026年部门收支预算总表", None, None, None],
    ["单位：万元", None, None, None],
    ["收入", None, "支出", None],
    ["项目", "预算数", "项目", "预算数"],
    ["一、一般公共预算拨款收入", 600, "一、城乡社区支出", 640],
    ["二、政府性基金预算拨款收入", 80, "二、住房保障支出", 40],
    ["收入总计", 680, "支出总计", 680],
    ["注：政府性基金预算拨款收入全部用于城乡社区支出（道路养护）；上年结转为一般公共预算结转资金。", None, None, None],
]

# a project whose longer name holds a line's word (水土保持 of 水土保持综合治理专项经费), in the published text layout
_TARGETS = """
项目支出绩效目标表（含转移支付项目）

部门名称：青梧县水利局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 160.00 160.00

青梧县水利局 160.00 160.00

    水土保持综合治理专项经费 96.00 96.00

开展小流域水土保持综合治理，完成坡耕地
整治和生态清洁小流域建设。

1、1-产出指标,11-数量指标,治理水土流失面积；实施周期指标值:≥12平方公里
,年度指标值:≥12平方公里;,2、3-满意度指标,31-服务对象满意度,群众满意度；实施周期指标值:≥90%,年度指标值:≥90%;

    河道日常养护经费 64.00 64.00

做好县域河道日常巡查、保洁和护岸维修。

1、1-产出指标,11-数量指标,养护河道长度；实施周期指标值:≥80公里,年度指标值:≥80公里;
"""

_SERVICES = [
    ["青梧县2026年政府购买服务预算表", None, None, None, None, None, None, None],
    ["单位：万元", None, None, None, None, None, None, None],
    ["部门/单位", "购买服务项目", "服务类别", "承接主体类型", "预算金额", None, None, "备注"],
    [None, None, None, None, "合计", "其中：财政拨款", "其他资金", None],
    ["合计", None, None, None, 248, 218, 30, None],
    ["青梧县水利局小计", None, None, None, 90, 75, 15, None],
    ["\u3000\u3000青梧县水利局本级", "河道保洁服务", "公共服务", "企业", 60, 50, 10, None],
    ["\u3000\u3000青梧县水利局本级", "水文监测服务", "政府履职辅助性服务", "企业", 18, 13, 5, None],
    ["\u3000\u3000青梧县水利工程管理站", "闸站运行维护服务", "公共服务", "企业", 12, 12, None, None],
    ["青梧县城市管理局小计", None, None, None, 98, 88, 10, None],
    ["\u3000\u3000青梧县城市管理局本级", "道路清扫服务", "公共服务", "企业", 60, 50, 10, None],
    ["\u3000\u3000青梧县城市管理局本级", "公厕运维服务", "公共服务", "社会组织", 26, 26, None, "30座"],
    ["\u3000\u3000青梧县园林管理所", "绿化养护服务", "公共服务", "企业", 12, 12, None, None],
    ["青梧县教育局小计", None, None, None, 60, 55, 5, None],
    ["\u3000\u3000青梧县教育局本级", "校园安保服务", "公共服务", "企业", 45, 45, None, None],
    ["\u3000\u3000青梧县教育局本级", "教育评估服务", "政府履职辅助性服务", "企业", 15, 10, 5, None],
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("sides41")
    tables = [write_workbook(folder / "青梧县水利局2026年部门财政拨款收支总表.xlsx", _TWO_SIDED,
                             ("A1:F1", "A2:F2", "A3:B3", "C3:F3"), "财政拨款收支总表"),
              write_workbook(folder / "青梧县城市管理局2026年部门收支预算总表.xlsx", _ONE_COLUMN,
                             ("A1:D1", "A2:D2", "A3:B3", "C3:D3", "A8:D8"), "收支总表"),
              write_workbook(folder / "青梧县2026年政府购买服务预算表.xlsx", _SERVICES,
                             ("A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4"), "政府购买服务预算表")]
    target = folder / "青梧县水利局2026年项目支出绩效目标表.txt"
    target.write_text(_TARGETS, encoding="utf-8")
    tables.append(target)
    return engine_over(folder / "kb.sqlite", [DATA.parent.parent / "knowledge", *tables])


@pytest.mark.parametrize(("turns", "figure", "never"), [
    # the 收入 line prints no fund column: the one line under it that says the fund
    (("水利局上年结转多少", "一般公共预算的呢"), "50", "900"),
    (("水利局本年收入多少", "政府性基金的呢"), "150", "200"),
    # the 支出 line prints that column itself: its own figure
    (("水利局水利工程建设支出多少", "一般公共预算的呢"), "420", "900"),
])
def test_a_follow_up_naming_a_column_keeps_the_row(engine: Engine, turns: tuple[str, ...], figure: str, never: str) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered" and figure in a.text and never not in a.text, a.text


def test_a_column_the_row_leaves_blank_is_said_so(engine: Engine) -> None:
    a = converse(engine, "水利局水利工程建设支出多少", "政府性基金预算的呢")
    assert a.status != "answered", a.text  # its cell is blank: never 农林水支出's nor 支出总计's
    assert not any(n in a.text for n in ("200万元", "150万元", "0万元")), a.text


def test_what_a_fund_pays_for_is_the_lines_in_its_column(engine: Engine) -> None:
    a = converse(engine, "水利局政府性基金预算拨款多少", "用在哪些支出上")
    assert a.status == "answered", a.text
    assert "污水处理费安排的支出" in a.text and "彩票公益金安排的支出" in a.text, a.text
    # its headings (城乡社区支出, 其他支出) and totals are no spending of their own
    assert "城乡社区支出" not in a.text and "支出总计" not in a.text and "水利工程建设" not in a.text, a.text


def test_what_a_fund_pays_for_said_by_the_tables_note(engine: Engine) -> None:
    a = converse(engine, "城管局政府性基金预算拨款收入多少", "用在哪")
    assert a.status == "answered" and "城乡社区支出" in a.text and "道路养护" in a.text, a.text
    b = converse(engine, "城管局一般公共预算拨款收入多少", "用在哪")
    assert b.status != "answered" or "城乡社区支出" not in b.text, b.text  # the note says nothing of it


def test_a_line_said_after_a_line_of_the_table_is_that_tables(engine: Engine) -> None:
    a = converse(engine, "水利局水利工程建设支出多少", "水土保持呢")
    assert a.status == "answered" and "280" in a.text and "综合治理" not in a.text, a.text
    alone = converse(engine, "水土保持综合治理专项经费多少")  # (the project itself, named whole, still answers)
    assert alone.status == "answered" and "96" in alone.text, alone.text
    b = converse(engine, "水利局水利工程建设支出多少", "水土保持呢", "这两个加起来")
    assert b.status == "answered" and "700" in b.text, b.text


@pytest.mark.parametrize(("turns", "figure", "never"), [
    (("水利局购买服务小计", "其中财政拨款"), "75", "90"),
    (("水利局购买服务多少", "其中其他资金呢"), "15", "30"),
])
def test_part_column_of_a_departments_rows_added(engine: Engine, turns: tuple[str, ...], figure: str, never: str) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered" and figure in a.text and never not in a.text.split("：")[0], a.text


def test_one_departments_two_tables_set_against_each_other(engine: Engine) -> None:
    a = converse(engine, "水利局购买服务比支出总计少多少")
    assert a.status == "answered" and "1010" in a.text, a.text  # 1100 − 90
    b = converse(engine, "水利局购买服务和支出总计加起来")
    assert b.status == "answered" and "1190" in b.text, b.text



def test_two_rows_of_one_table_are_not_asked_side_by_side(engine: Engine, monkeypatch) -> None:
    # "水利局河道保洁服务和水文监测服务合计多少": one table's two rows — the fact answerer's question; the two-table
    # step never pays a turn per side for it (the warm benchmark's sums doubled when it did)
    import bot.engine.sides as sides
    from bot.engine.names import _department_names

    turns = []
    real = sides._Turn

    def counted(*args, **kwargs):
        turns.append(args[3])
        return real(*args, **kwargs)

    monkeypatch.setattr(sides, "_Turn", counted)
    question = "水利局河道保洁服务和水文监测服务合计多少"
    depts = list(_department_names(engine.kb))
    assert sides._department_two_tables(engine.kb, engine.rules, Session(), question, depts) is None
    assert not turns, turns
    a = converse(engine, question)
    assert a.status == "answered" and "78" in a.text, a.text  # 60 + 18
