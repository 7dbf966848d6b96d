"""Review 62 findings 2, 3 and 7 on a crossed 功能×经济 table of department blocks (青禾县, fictional): a word that
names no column ranks nothing (never the 合计), "那最少的呢" turns the ranking round on its column, a count said
that is not the figures shown is said not to fit, and a child column is checked under the parent said before it."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over
from test_cross62_headed_blocks import cross_table

from bot.engine import Engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("fixc62_tables")
    cross_table(d / "qinghe_cross.xlsx")
    return engine_over(tmp_path_factory.mktemp("fixc62_db") / "kb.sqlite", [d])


@pytest.mark.parametrize("follow", ["那培训费呢", "那会议费呢"])
def test_a_word_naming_no_column_ranks_nothing_after_a_ranking(engine: Engine, follow: str) -> None:
    # (合计: 教育局 5635, 农业农村局 1257.6, 水利局 980.4 — never ranked in place of a column the table lacks)
    a = converse(engine, "青禾县哪个部门项目支出最少", follow)
    assert "（合计）" not in a.text and "980.4" not in a.text and "5635" not in a.text, a.text


def test_a_content_word_naming_no_column_ranks_nothing(engine: Engine) -> None:
    a = converse(engine, "青禾县哪个部门人员经费最多")
    assert "（合计）" not in a.text and "5635" not in a.text, a.text
    a = converse(engine, "青禾县哪个部门经费最多")  # (money in everyday words: the whole, as before)
    assert a.status == "answered" and a.text.startswith("青禾县教育局") and "5635" in a.text, a.text


def test_the_fewest_asked_after_a_ranking_keeps_its_column(engine: Engine) -> None:
    a = converse(engine, "青禾县哪个部门项目支出最多", "那最少的呢")
    assert a.status == "answered" and a.text.startswith("青禾县水利局") and "470" in a.text, a.text
    assert "980.4" not in a.text, a.text
