"""Round 41: a word that names rows of several tables or departments equally well is never answered with one of
them (issue 13: "when two things match about equally, ask").

Over the seed (广州市白云区信访局's 目标表), the 渝中 and 东湖 workbooks of the samples and tests/data/general65
(龙游县's 政府购买服务预算表, its 文广旅体局's 目标表):
- words ending one row's name that another row's name holds inside (第三方评估 of 家庭医生签约服务第三方评估 and of
  教育质量监测第三方评估服务), or in two halves a word apart (保洁服务 of 文化馆场馆保洁安保服务): which row is asked
  back, and the reply "1"/"2" answers that row; the whole name said answers its row alone;
- a part of a project's name that rows of another department's table hold as well (法律顾问 of the seed's
  聘请法律顾问专项经费 and of 龙游's 购买服务 row 法律顾问服务): all shown, each with its figure and table;
  the project's whole name said answers the project alone;
- a department's row of a list table asked as what it bought ("买的法律顾问服务"): that row's amount;
- the same line in several departments' files asked "各个文件里分别多少": each one's figure answered, not asked back."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import SEED, converse, engine_over

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    samples = [DATA / "samples" / "chongqing_yuzhong_2021_project_self_evaluation.xlsx",
               DATA / "samples" / "wuhan_donghu_rsj_2020_project_application.xlsx",
               DATA / "samples" / "zhanjiang_rsj_2024_department_targets.xlsx"]
    return engine_over(tmp_path_factory.mktemp("shared41") / "kb.sqlite", [SEED, *samples, DATA / "general65"])


@pytest.mark.parametrize(("question", "names"), [
    ("保洁服务多少", ["文化馆场馆保洁安保服务", "城区道路清扫保洁服务"]),
    ("第三方评估多少钱", ["家庭医生签约服务第三方评估", "教育质量监测第三方评估服务"]),
])
def test_words_held_by_several_rows_ask_which(engine: Engine, question: str, names: list[str]) -> None:
    a = converse(engine, question)
    assert a.status == "clarify", a.text
    assert all(n in a.text for n in names), a.text


@pytest.mark.parametrize(("reply", "figure", "other"), [("1", "11.5万元", "520万元"), ("2", "520万元", "11.5万元")])
def test_reply_answers_the_row_chosen(engine: Engine, reply: str, figure: str, other: str) -> None:
    a = converse(engine, "保洁服务多少", reply)
    assert a.status == "answered", a.text
    assert figure in a.text and other not in a.text, a.text


def test_whole_name_said_answers_its_row(engine: Engine) -> None:
    a = converse(engine, "城区道路清扫保洁服务多少钱")
    assert a.status == "answered" and "520万元" in a.text and "11.5" not in a.text, a.text


@pytest.mark.parametrize(("question", "shown"), [
    ("法律顾问的钱多少", ["聘请法律顾问专项经费", "12.00万元", "法律顾问服务", "6万元"]),
    ("全民健身赛事 经费多少", ["全民健身赛事活动经费", "86.50万元", "全民健身赛事活动组织承办服务", "45万元"]),
])
def test_part_of_a_project_name_held_by_rows_elsewhere(engine: Engine, question: str, shown: list[str]) -> None:
    a = converse(engine, question)
    assert a.status in ("answered", "clarify"), a.text
    assert all(x in a.text for x in shown), a.text


@pytest.mark.parametrize(("question", "figure", "other"), [("聘请法律顾问专项经费多少", "12.00万元", "6万元"),
                                                           ("全民健身赛事活动经费多少", "86.50万元", "45万元")])
def test_project_said_whole_is_answered_alone(engine: Engine, question: str, figure: str, other: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and figure in a.text and other not in a.text, a.text


@pytest.mark.parametrize("turns", [("龙游文广旅体局买的法律顾问服务多少",),
                                   ("聘请法律顾问专项经费多少", "龙游文广旅体局买的法律顾问服务呢")])
def test_row_bought_by_the_department_named(engine: Engine, turns: tuple[str, ...]) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered", a.text
    assert "法律顾问服务" in a.text and "6万元" in a.text and "12.00" not in a.text, a.text


def test_each_file_asked_apart_is_answered(engine: Engine) -> None:
    a = converse(engine, "就业补助各个文件里分别多少")
    assert a.status == "answered", a.text
    assert "7574" in a.text and "1195.82" in a.text, a.text
    asked = converse(engine, "就业补助多少")  # (neither said apart: which of them is asked back)
    assert asked.status == "clarify", asked.text
