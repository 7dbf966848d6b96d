"""A project found by what its texts say, asked in words the parse reads otherwise: "油菜花节晒秋节的钱从哪个项目出"
(花 of 油菜花节 is no 花钱) is the project whose goal says 组织油菜花节、晒秋节, answered with the sentence; words no
text says are still not held."""

from __future__ import annotations

import pytest
from conftest import SEED, converse, engine_over

from bot.engine import Engine

FESTIVALS = "组织油菜花节、晒秋节等节庆活动，"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    """The seed whose 信访工作经费's goal also organises two festivals."""
    folder = tmp_path_factory.mktemp("conv50c")
    table = folder / "柏川县文化旅游局项目支出绩效目标表.txt"
    text = SEED.read_text(encoding="utf-8").replace("广州市白云区信访局", "柏川县文化旅游局")
    table.write_text(text.replace("做好矛盾纠纷排查化解、", FESTIVALS, 1), encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [table])


@pytest.mark.parametrize("question", [
    "油菜花节晒秋节的钱从哪个项目出", "油菜花节是哪个项目的", "哪个项目是管油菜花节的", "晒秋节的钱从哪个项目出",
    "油菜花节是哪个项目出钱", "晒秋节在哪个项目列支", "油菜花节哪个项目掏钱"])
def test_a_phrase_of_a_goal_names_its_project(engine: Engine, question: str) -> None:
    answer = converse(engine, question)
    assert answer.status == "answered", answer.text
    assert "信访工作经费" in answer.text and "油菜花节" in answer.text
    assert "政府雇员工资经费" not in answer.text


def test_a_phrase_no_text_says_is_not_held(engine: Engine) -> None:
    answer = converse(engine, "国际油菜花节是哪个项目")
    assert answer.status == "unknown", answer.text
    assert "信访工作经费" not in answer.text


def test_short_pieces_said_together_with_a_longer_one(seed_engine: Engine) -> None:
    answer = converse(seed_engine, "安保保洁设备维修那些钱是哪个项目出")  # (the goal: 包括安保、保洁、设备维修护费)
    assert answer.status == "answered", answer.text
    assert "信访超市" in answer.text and "设备维修" in answer.text
