"""Words the sealed set of the eighth round showed unread, as classes: 帮我/帮忙 before the verb asked
("帮我列一下") and the whole said in a figure of speech (总盘子)."""

from __future__ import annotations

import pytest
from conftest import converse as _ask
from conftest import engine_over
from test_less_than_shown import _FARM

from bot.engine import Engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("post14")
    (folder / "meiling_nyj.txt").write_text(_FARM, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder])


@pytest.mark.parametrize("q", ["数量指标都有哪些，帮我列一下", "帮忙列一下数量指标"])
def test_a_request_word_before_the_verb(engine, q) -> None:
    a = _ask(engine, q)
    assert a.status == "answered", a.text
    assert "培训农户人次" in a.text and "办案件数" in a.text, a.text


def test_the_whole_said_as_a_plate(engine) -> None:
    a = _ask(engine, "农技推广服务经费在总盘子里占比")
    assert a.status == "answered" and "59.80%" in a.text, a.text
