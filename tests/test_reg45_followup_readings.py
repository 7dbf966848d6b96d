"""Readings the round's merge broke, kept as classes: a completion follow-up whose words fit an indicator
loosely answers that indicator (not the unmet-indicator report); a 部门整体 task asked for a 标准 its own text
gives is not answered with the whole's indicators; 执行数 of a 申报表 question is never its 执行单位 (a
label synonym that asks, 谁执行, is no way of printing the label)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.session import Session
from tests.conftest import engine_over

_SAMPLES = Path(__file__).parent / "data" / "samples"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):
    files = [_SAMPLES / "chongqing_yuzhong_2021_project_self_evaluation.xlsx",
             _SAMPLES / "zhanjiang_rsj_2024_department_targets.xlsx",
             _SAMPLES / "wuhan_donghu_rsj_2020_project_application.xlsx"]
    return engine_over(tmp_path_factory.mktemp("reg45") / "kb.sqlite", files)


def _last(engine, *questions: str):
    session = Session()
    answer = None
    for q in questions:
        answer = engine.ask(q, session)
    return answer


def test_indicator_said_loosely_in_a_completion_follow_up(engine) -> None:
    # 高校毕业生 also fits a 湛江 task loosely: the talk's project must not turn the question into the report
    alone = _last(engine, "高校毕业生就业率完成了多少")
    after = _last(engine, "渝中就业补助资金效益类指标", "高校毕业生就业率完成了多少")
    for answer in (alone, after):
        assert answer.status == "answered"
        assert "就业率" in answer.text and "92%" in answer.text and "未完成的指标" not in answer.text


def test_report_still_answers_a_bare_completion_follow_up(engine) -> None:
    answer = _last(engine, "渝中就业补助资金效益类指标", "完成了多少")
    assert "未完成的指标" in answer.text


def test_task_standard_is_its_own_text_not_the_whole_indicators(engine) -> None:
    answer = _last(engine, "三支一扶资金拟投入多少", "生活补贴标准呢")
    assert "750" in answer.text and "绩效指标" not in answer.text
    indicators = _last(engine, "三支一扶资金多少", "它的满意度指标呢")
    assert "服务单位对“三支一扶”人员满意度" in indicators.text


def test_executed_amount_is_not_the_executing_unit(engine) -> None:
    for q in ("东湖分局2020年项目实际执行数", "东湖分局项目执行了多少"):
        answer = _last(engine, q)
        assert "项目执行单位" not in answer.text.split("（")[0] and not answer.text.startswith("项目执行单位"), q
    asked = _last(engine, "东湖分局2020年项目由谁执行")
    assert asked.text.startswith("项目执行单位") and "东湖新技术开发区分局" in asked.text


@pytest.fixture(scope="module")
def accounts(tmp_path_factory: pytest.TempPathFactory):
    files = [_SAMPLES / "putuo_shegongbu_2024_final_accounts.pdf"]
    return engine_over(tmp_path_factory.mktemp("reg45_accounts") / "kb.sqlite", files)


def test_a_long_asking_synonym_is_still_read_loosely(accounts) -> None:
    # 包括哪些单位 (of 单位名称) says more than an asking word and a verb: "包括哪几个单位" still reads it
    answer = _last(accounts, "社会工作部决算包括哪几个单位")
    assert answer.status == "answered" and "上海市普陀区社会工作发展服务中心" in answer.text


@pytest.fixture(scope="module")
def monitoring(tmp_path_factory: pytest.TempPathFactory):
    files = [Path(__file__).parent / "data" / "general34" / "yuexi_nyncj_2025_q3_performance_monitoring.xlsx"]
    return engine_over(tmp_path_factory.mktemp("reg45_monitoring") / "kb.sqlite", files)


@pytest.mark.parametrize("question", ["高标准农田执行数", "农业农村局的高标准农田执行数"])
def test_a_column_headed_by_its_months_is_said_without_them(monitoring, question: str) -> None:
    # 1-9月执行数: "执行数" names it (the months are the table's period), never the 执行率 beside it
    answer = _last(monitoring, question)
    assert "2131.6" in answer.text and "58.4%" not in answer.text
