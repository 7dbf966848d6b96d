"""Classes blind_66 showed unread: the everyday way of asking what a cost is charged to ("走的哪个项目"); the
items under a line of a classification table (类 › 款), answered from the one department whose line heads items;
the units of a table of units (分单位汇总) ranked and followed, not the subject lines of the department's other table."""

from __future__ import annotations

import pytest
from conftest import DATA, SEED, VOCAB
from conftest import converse as _ask

from bot.engine import Engine

_ALL = [SEED, DATA / "samples" / "putuo_czj_2024_final_accounts.pdf",
        DATA / "samples" / "putuo_shegongbu_2024_final_accounts.pdf", DATA / "general66"]


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy) -> Engine:
    return Engine(built_copy(_ALL, tmp_path_factory.mktemp("func41") / "kb.sqlite"), VOCAB)


@pytest.mark.parametrize("q", ["请律师的钱走的哪个项目", "请律师的钱在哪个项目列支"])
def test_what_a_cost_is_charged_to(seed_engine, q) -> None:
    a = _ask(seed_engine, q)
    assert a.status == "answered" and "聘请法律顾问专项经费" in a.text, a.text


@pytest.mark.parametrize("q", ["农林水支出下面有哪几款", "农林水支出有哪几款"])
def test_the_items_under_a_line_of_the_one_table_heading_items(engine, q) -> None:
    a = _ask(engine, q)
    assert a.status == "answered", a.text
    assert "乡村振兴" in a.text and "农村综合改革" in a.text and "住房改革" not in a.text, a.text


def test_items_under_a_line_several_tables_head_are_asked_which(engine) -> None:
    # (卫生健康支出 heads its 款 in the 普陀 final accounts too: which department is asked)
    assert _ask(engine, "卫生健康支出下面有哪几款").status == "clarify"


@pytest.mark.parametrize("q", ["农业农村局三个单位谁的基本支出最多", "农业农村局哪个单位基本支出最多"])
def test_units_ranked_over_the_table_of_units(engine, q) -> None:
    a = _ask(engine, q)
    assert a.status == "answered" and "本级" in a.text and "1248.6" in a.text, a.text
    assert "事业运行" not in a.text, a.text


def test_a_kind_said_alone_after_a_unit_row_is_the_units(engine) -> None:
    a = _ask(engine, "经管中心26年一般公共预算多少", "项目支出多少")
    assert a.status == "answered" and "199.5" in a.text and "2681.15" not in a.text, a.text
    whole = _ask(engine, "农业农村局一般公共预算多少", "项目支出呢")
    assert "2681.15" in whole.text, whole.text
