"""An indicator's other columns asked as follow-ups ("户厕改造完成多少 → 目标是多少 → 得了几分"): the same
indicators, never another that merely starts alike, nor the project's 总分; a 年度重点工作任务 of a department-overall
table asked for its indicators: the whole's indicators whose names say the task's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.session import Session
from tests.conftest import engine_over

_DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):
    files = [_DATA / "general43" / "广汉市农业农村局2024年度项目支出绩效自评表.xlsx",
             _DATA / "samples" / "zhanjiang_rsj_2024_department_targets.xlsx"]
    return engine_over(tmp_path_factory.mktemp("ind44") / "kb.sqlite", files)


def _talk(engine, *questions: str) -> list[str]:
    session = Session()
    return [engine.ask(q, session).text for q in questions]


def test_completed_asked_of_a_name_two_indicators_share(engine) -> None:
    # "户厕改造" is in 农村户厕改造数量 and 户厕改造补助标准: 完成 must not drag the reading to the one starting alike
    done = engine.ask("户厕改造完成多少").text
    assert "2760户" in done


def test_target_after_completed_is_of_the_same_indicators(engine) -> None:
    done, target = _talk(engine, "户厕改造完成多少", "目标是多少")
    assert "2760户" in done
    assert "3000户" in target and "高标准农田" not in target


def test_to_be_completed_is_the_target(engine) -> None:
    assert "3000户" in engine.ask("户厕改造今年要完成多少").text


def test_points_after_an_indicator_are_its_own(engine) -> None:
    shown, points, weight = _talk(engine, "人居环境整治的满意度", "得了几分", "权重呢")
    assert "农村群众满意度" in shown
    assert "8.5" in points and "89" not in points and "项目区农户满意度" not in points
    assert "10分" in weight


def test_points_after_two_indicators_are_theirs_not_the_total(engine) -> None:
    *_, points = _talk(engine, "户厕改造完成多少", "目标是多少", "得了几分")
    assert "13" in points and "总分" not in points


def test_a_bare_total_score_after_a_project_is_still_its_total(engine) -> None:
    *_, points = _talk(engine, "农村人居环境整治专项资金多少", "得了几分")
    assert "89" in points


def test_a_task_of_a_department_table_has_the_whole_indicators_naming_it(engine) -> None:
    _, sat = _talk(engine, "三支一扶资金多少", "它的满意度指标呢")
    assert "服务单位对“三支一扶”人员满意度" in sat
    assert "部门整体" in sat  # said to be the whole's, not listed as the task's own


def test_a_kind_asked_over_departments_too_long_offers_those_having_it_with_names(engine, monkeypatch) -> None:
    from bot.answer import respond

    monkeypatch.setattr(respond, "SHORT_ANSWER", 100)  # the answer for every department is "too long" here
    answer = engine.ask("满意度指标有哪些", Session())
    assert answer.status == "clarify"
    # each department offered with the names of its own indicators of that kind; 全部 still offered
    assert "农村群众满意度" in answer.text and "服务单位对“三支一扶”人员满意度" in answer.text
    assert answer.options[-1] == "全部"




@pytest.fixture(scope="module")
def engine_two(tmp_path_factory: pytest.TempPathFactory):
    # a project named 公务用车购置经费 in one department; a 决算 printing a 公务用车购置 line in another
    files = [Path(__file__).parent.parent / "knowledge" / "000_9289cd5134f499bc.txt",
             _DATA / "samples" / "putuo_czj_2024_final_accounts.pdf"]
    return engine_over(tmp_path_factory.mktemp("ind44b") / "kb.sqlite", files)


def test_each_department_offered_for_a_line_answers_when_picked(engine_two) -> None:
    # the project named whole stands alone against a line printing no figure (the 决算's blank 公务用车购置)
    whole = engine_two.ask("公务用车购置经费多少", Session())
    assert whole.status == "answered" and "15.00" in whole.text and "putuo" not in whole.text
    session = Session()
    asked = engine_two.ask("公务用车购置多少", session)
    assert asked.status == "clarify" and "上海市普陀区财政局" in asked.options
    picked = engine_two.ask(str(asked.options.index("上海市普陀区财政局") + 1), session)
    # the department offered for the line its table prints answers from that line, never "no such project"
    assert picked.status == "answered" and "公务用车购置" in picked.text and "putuo" in picked.text
    session = Session()
    asked = engine_two.ask("公务用车购置多少", session)
    picked = engine_two.ask(str(asked.options.index("广州市白云区信访局") + 1), session)
    assert "15.00" in picked.text
