"""A word saying units by where they stand (下属, 下面) said before the rows' noun 单位 is no name of a row left
over: "社工部有几个下属单位纳入决算" counts the units the department's 部门决算 prints (putuo sample: one, the
社会工作发展服务中心), never "no count in 个" — while a name no row has said before 项目 ("西中项目") stays a
word left over (tests/test_reg63_register_tables.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.answer.facts.question import _units_by_place
from bot.engine import Engine

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    seed = DATA.parent.parent / "knowledge"
    return engine_over(tmp_path_factory.mktemp("fixf63") / "kb.sqlite",
                       [seed, DATA / "samples" / "putuo_shegongbu_2024_final_accounts.pdf"])


@pytest.mark.parametrize("question", ["社工部有几个下属单位纳入决算", "社工部下属单位有几个"])
def test_subordinate_units_counted(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert "共 1 个" in a.text and "社会工作发展服务中心" in a.text, a.text


def test_place_words_are_no_row_names() -> None:
    assert _units_by_place("下属") and _units_by_place("下面")
    assert not _units_by_place("西中") and not _units_by_place("三中")


def test_numbered_short_form_without_its_number_names_no_row() -> None:
    from bot.answer.facts.question import _in_full

    # "西中项目" read against 二中项目 (a short form of 第二中学扩建工程): 中项目 alone is no 二中
    assert _in_full("二中项目", "临澜县第二中学扩建工程", "西中项目总投资", 1, 4)
    assert not _in_full("二中项目", "临澜县第二中学扩建工程", "二中项目总投资", 0, 4)
    assert not _in_full("二中项目", "二中项目", "中项目", 0, 3)
