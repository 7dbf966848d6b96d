"""Round 60: a 部门结转结余资金情况表 (or any table of that shape) — department rows heading their projects, each
department closed by a 小计 row, a 合计; 年初结转结余, 本年收入, 本年支出, 年末结转结余 split under a merged header into
小计 / 年末结转 / 年末结余, a 结转结余率 percent column, a 结转原因 text column and a note under the table.

- 结余 (结转) said alone is the 年末结余 (年末结转) column: never a remainder worked out, never 年初结转结余, never 结转原因;
- "年末结转和结余各多少": both columns, the period's end said once;
- "哪个部门…最高", "各部门…分别多少": the departments' 小计 rows (a rate column too), "哪个项目" the projects;
- the table's title said running on into a column ("部门结转结余率") is the column's words;
- a unit said by the standard contraction of its name's end ([unit_contractions]: 质检站 of 农产品质量安全检测站), also as a follow-up after
  another department's row of the same table;
- how a label's money is handled / what it is: the note's clause beginning with it;
- a place kind no row is ("哪个乡镇最多" of a project's one row): unknown, never that row as the most.

Over tests/data/carry60 (fictional 青川县, four departments, eight projects), beside 青川县水利局's own budget table so
the bureau is a loaded department of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over, simple_table

DATA = Path(__file__).resolve().parent / "data" / "carry60"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    tmp = tmp_path_factory.mktemp("carry60")
    own = tmp / "青川县水利局_2026年_项目支出预算表.xlsx"
    simple_table(own, "项目支出", "青川县水利局2026年项目支出预算表", "D2", "单位：万元", ["序号", "项目名称", "预算金额", "备注"],
                 [[1, "山塘水库除险加固资金", 480, None], [2, "河道清淤疏浚经费", 150, None]])
    return engine_over(tmp / "kb.sqlite", [DATA, own])


@pytest.mark.parametrize("turns,shown,not_shown", [
    (["河道清淤疏浚经费结余多少"], "21万元", "尚未"),  # 年末结余 21, never 年初 12 nor a remainder
    (["客运站运营补贴结余"], "3万元", "尚未"),
    (["哪个项目结转结余率最高", "它的结余多少"], "6万元", "41万元"),  # 非遗: 年末结余 6, not the 小计 41
    (["非遗保护传承专项资金结转"], "35万元", "延期"),  # 年末结转, not 结转原因
])
def test_balance_said_alone_is_the_year_end_column(engine: Engine, turns: list[str], shown: str, not_shown: str) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered", a.text
    assert shown in a.text and not_shown not in a.text, a.text


def test_both_columns_under_the_merged_header(engine: Engine) -> None:
    a = converse(engine, "农产品抽检经费年末结转和结余各多少")
    assert a.status == "answered", a.text
    assert "6万元" in a.text and "3.5万元" in a.text, a.text


def test_departments_ranked_and_listed_by_their_subtotals(engine: Engine) -> None:
    top = converse(engine, "哪个部门结转结余率最高")
    assert top.status == "answered" and "交通运输局" in top.text and "27.66%" in top.text, top.text
    assert "29.37%" not in top.text, top.text  # (its project's rate, no department's)
    low = converse(engine, "结转结余率最低的部门")
    assert low.status == "answered" and "文化和旅游局" in low.text and "14.09%" in low.text, low.text
    each = converse(engine, "各部门2025年结转结余率分别多少")
    assert each.status == "answered", each.text
    assert all(x in each.text for x in ("23.36%", "17.76%", "14.09%", "27.66%")), each.text
    assert "25.86%" not in each.text and "23.17%" not in each.text, each.text  # (no project, no 合计)
    project = converse(engine, "哪个项目结转结余率最高")
    assert project.status == "answered" and "非遗保护传承专项资金" in project.text and "36.61%" in project.text, project.text


def test_unit_said_by_its_contraction(engine: Engine) -> None:
    a = converse(engine, "质检站结转结余率")
    assert a.status == "answered" and "17.76%" in a.text, a.text
    b = converse(engine, "水利局结转结余率", "质检站呢")
    assert b.status == "answered" and "17.76%" in b.text and "23.36%" not in b.text, b.text


def test_note_says_what_becomes_of_it(engine: Engine) -> None:
    a = converse(engine, "年末结余的钱怎么处理")
    assert a.status == "answered" and "收回统筹使用" in a.text, a.text
    b = converse(engine, "年末结转指什么")
    assert b.status == "answered" and "按原用途继续使用" in b.text and "收回" not in b.text, b.text


@pytest.mark.parametrize("question,said", [
    ("年末结余指什么", "已完成或终止后剩余"),
    ("结转结余率指什么", "÷"),  # (its defining "X=…" clause, never the 合计 row's rate)
    ("结转结余率是什么意思", "÷"),
])
def test_meaning_asked_is_the_notes_clause(engine: Engine, question: str, said: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and said in a.text and "万元" not in a.text, a.text


@pytest.mark.parametrize("question", ["本年收入指什么", "河道清淤疏浚经费是什么意思"])
def test_meaning_no_note_says_is_no_figure(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == "unknown" and "万元" not in a.text, a.text


def test_follow_ups_added(engine: Engine) -> None:
    a = converse(engine, "非遗保护传承专项资金结转", "农村公路养护资金的呢", "这两个加起来")
    assert a.status == "answered" and "225" in a.text, a.text  # 35 + 190


def test_place_kind_no_row_is_unknown(engine: Engine) -> None:
    a = converse(engine, "农村公路养护资金结转资金哪个乡镇最多")
    assert a.status == "unknown" and "190" not in a.text.split("（来源")[0], a.text
