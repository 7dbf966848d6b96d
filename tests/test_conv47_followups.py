"""A follow-up that puts another subject in the place of the one just answered is answered of that subject
alone: never of the old one, of both, nor with a question back among lines the conversation was not about.

- "环卫中心项目合计多少" → "那园林中心呢": the other unit's own 小计 (a unit's line names its place before its
  department; the answer's projects say whose table it is).
- "…一期三年合计多少" → "二期呢": the row of the other phase, the column asked kept, never both phases.
- "芦溪乡债务余额" → "换成高溪乡": a switch said without 呢 is the follow-up naming the other row.
- "信访局项目支出" → "临湘的预算数": the department of the same kind in the place said (临湘市信访局's row of
  临湘's table of every department), never that table's 合计 row.
- "体校伙食补助经费" → "器材呢": the one other project of the same table whose name says 器材, never "not loaded".
- "财政局项目支出" (which department?) → "临湘的那个" → "执行率": the row of the department chosen, never the
  table's 合计 row.
- "博物馆项目合计" → "文化馆呢": a unit of the same kind that no table has is not held, never a choice among
  projects sharing 文化 with it.
- "资金拨付及时率" (shown for three projects) → "古树那个": the indicator of the one project shown whose name says
  古树, never a choice among every line of the tables saying it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("conv47")
    return engine_over(folder / "kb.sqlite", [
        DATA / "general45" / "福鼎市城市管理局2026年项目支出绩效目标表.txt",
        DATA / "general45" / "福鼎市2026年部门支出预算表.xlsx",
        DATA / "general30" / "日照市交通运输局_2026-2028_项目支出三年滚动规划表.xlsx",
        DATA / "general44" / "临湘市林业局2026年项目支出绩效目标表.txt",
        DATA / "general44" / "临湘市林业局2026年项目申报表.xlsx",
        DATA / "general24" / "yongxin_2024_government_debt_limit_balance.xlsx",
    ])


def test_another_unit_in_place_of_the_one_shown(engine: Engine) -> None:
    answer = converse(engine, "环卫中心项目合计多少", "那园林中心呢")
    assert answer.status == "answered", answer.text
    assert "福鼎市市政园林中心" in answer.text and "2341.70" in answer.text
    assert "3283.95" not in answer.text and "环境卫生服务中心" not in answer.text


@pytest.mark.parametrize(("said", "value", "other"), [("二期呢", "2000", "600"), ("那二期的呢", "2000", "600")])
def test_another_phase_in_place_of_the_one_shown(engine: Engine, said: str, value: str, other: str) -> None:
    answer = converse(engine, "日照智慧交通平台一期三年合计多少", said)
    assert answer.status == "answered", answer.text
    assert "（二期）" in answer.text and f"三年合计：{value}万元" in answer.text
    assert "（一期）" not in answer.text and f"{other}万元" not in answer.text


def test_project_of_the_indicators_shown_pointed_at_by_a_word(engine: Engine) -> None:
    shown = converse(engine, "资金拨付及时率")
    assert shown.text.count("资金拨付及时率") >= 2, shown.text  # several projects' lines shown
    answer = converse(engine, "资金拨付及时率", "古树那个")
    assert answer.status == "answered", answer.text
    assert "古树名木保护项目" in answer.text and "公益林" not in answer.text and "有害生物" not in answer.text


@pytest.mark.parametrize("said", ["换成高溪乡", "换成高溪乡呢", "那高溪乡呢"])
def test_switch_said_without_its_particle(engine: Engine, said: str) -> None:
    answer = converse(engine, "芦溪乡债务余额", said)
    assert answer.status == "answered", answer.text
    assert "高溪乡" in answer.text and "10158.69" in answer.text and "9313.2" not in answer.text


@pytest.mark.parametrize(("said", "switched"), [
    ("换成高溪乡", "那高溪乡呢"), ("改为交通运输局本级", "那交通运输局本级呢"),
    ("换成饼图", "换成饼图"), ("换届经费多少", "换届经费多少"), ("改为多少", "改为多少"),
])
def test_switch_words(said: str, switched: str) -> None:
    from bot.language.normalize import switched as switch

    assert switch(said) == switched


@pytest.fixture(scope="module")
def places(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("conv47places")
    return engine_over(folder / "kb.sqlite", [
        Path(__file__).resolve().parent.parent / "knowledge",
        DATA / "general44" / "临湘市2025年部门预算与决算对比表.xlsx",
        DATA / "general44" / "临湘市林业局2026年项目支出绩效目标表.txt",
        DATA / "samples" / "putuo_czj_2024_final_accounts.pdf",
    ])


@pytest.mark.parametrize("said", ["临湘的预算数", "那临湘的呢"])
def test_same_kind_of_department_in_the_place_said(places: Engine, said: str) -> None:
    answer = converse(places, "信访局项目支出", said)
    assert answer.status == "answered", answer.text
    assert "临湘市信访局" in answer.text and "120.03" in answer.text
    assert "234.98" not in answer.text and "59727.42" not in answer.text


def test_department_said_with_the_place_is_its_own(places: Engine) -> None:
    """"临湘林业局的呢" names a department of its own: never 临湘's 信访局."""
    answer = converse(places, "信访局项目支出", "临湘林业局的呢")
    assert "临湘市信访局" not in answer.text, answer.text


@pytest.fixture(scope="module")
def projects(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("conv47projects")
    return engine_over(folder / "kb.sqlite", [
        Path(__file__).resolve().parent.parent / "knowledge",
        DATA / "general41" / "琼海市_旅游和文化广电体育局_2025_项目支出绩效目标表.txt",
    ])


def test_other_project_of_the_table_by_a_word(projects: Engine) -> None:
    answer = converse(projects, "体校伙食补助经费", "器材呢")
    assert answer.status == "answered", answer.text
    assert "体育运动学校训练器材购置经费" in answer.text and "24.00" in answer.text and "伙食" not in answer.text
    both = converse(projects, "体校伙食补助经费", "器材呢", "哪个更多")
    assert "伙食" in both.text and "器材" in both.text, both.text


@pytest.mark.parametrize(("said", "kept"), [("约访呢", "参与区领导重点约访"), ("雇员呢", "政府雇员")])
def test_word_of_its_own_indicator_or_of_several_projects(projects: Engine, said: str, kept: str) -> None:
    """A word of the project's own indicator asks that indicator; a word of several projects asks which."""
    answer = converse(projects, "法律顾问经费", said)
    assert kept in answer.text, answer.text


def test_row_of_the_department_chosen_is_followed(places: Engine) -> None:
    asked = converse(places, "财政局项目支出")
    assert asked.status == "clarify" and "临湘" in asked.text, asked.text
    answer = converse(places, "财政局项目支出", "临湘的那个", "执行率")
    assert answer.status == "answered", answer.text
    assert "86.09%" in answer.text and "临湘市财政局" in answer.text and "合计" not in answer.text


def test_unit_of_the_same_kind_not_held(projects: Engine) -> None:
    answer = converse(projects, "博物馆项目合计", "文化馆呢")
    assert answer.status == "unknown", answer.text
    assert "文化馆" in answer.text and "102.40" not in answer.text and "文化惠民" not in answer.text
    held = converse(projects, "博物馆项目合计", "博物馆呢")  # the unit itself again
    assert held.status == "answered" and "102.40" in held.text, held.text
