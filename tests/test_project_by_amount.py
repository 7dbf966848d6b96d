"""A project pointed at by its exact total ("四十五万五的项目目标是啥", "15万那个项目有哪些指标"): that
project, where exactly one has that total; an amount no project has is not another project's answer."""

from __future__ import annotations

import pytest
from conftest import converse as _ask
from conftest import engine_over
from test_less_than_shown import _FARM

from bot.engine import Engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("byamount")
    (folder / "meiling_nyj.txt").write_text(_FARM, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder])


def test_the_goal_of_the_project_of_that_total(engine) -> None:
    a = _ask(engine, "45.5万的项目目标是啥")
    assert a.status == "answered", a.text
    assert "动物集中免疫" in a.text and "农技" not in a.text, a.text


def test_the_indicators_of_the_project_of_that_total(engine) -> None:
    a = _ask(engine, "十五万那个项目有哪些指标")
    assert a.status == "answered", a.text
    assert "办案件数" in a.text and "免疫密度" not in a.text, a.text


def test_a_total_no_project_has(engine) -> None:
    a = _ask(engine, "20万的项目目标是啥")
    assert "动物集中免疫" not in a.text and "农业技术推广" not in a.text and "执法办案" not in a.text, a.text
