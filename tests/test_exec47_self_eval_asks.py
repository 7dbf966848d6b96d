"""A 项目支出绩效自评表 asked of its project said short ("就业补助" of 就业补助资金, the department named): the
project's table, never an indicator row sharing a few characters with it (低保就业补贴发放及时率, whose 全年执行数
cell is blank); and a column added up after one row was talked about ("…执行率" → "指标权重合计多少"): the
column's sum over the table's indicators, not that one row's figure.

Uses the sample self-evaluation form (渝中区人力资源和社会保障局, 就业补助资金: 全年预算数 7574, 全年执行数 6643,
indicator weights 15 + 5×8 + 15 + 8 + 10 + 2 + 6 + 2 + 2 = 100; 公共就业服务满意度 weighs 15).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine, Session
from tests.conftest import engine_over

SAMPLE = Path(__file__).resolve().parent / "data" / "samples" / "chongqing_yuzhong_2021_project_self_evaluation.xlsx"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("exec47se") / "kb.sqlite", [SAMPLE])


def test_project_said_short_is_its_table(engine):
    answer = engine.ask("渝中人社局就业补助全年实际执行了多少")
    assert answer.status == "answered"
    assert "6643" in answer.text and "及时率" not in answer.text


def test_project_said_short_with_its_table_kind(engine):
    answer = engine.ask("渝中人社局就业补助自评表满意度指标的权重")
    assert answer.status == "answered"
    assert "公共就业服务满意度" in answer.text and "15" in answer.text and "及时率" not in answer.text


def test_column_added_up_after_one_row(engine):
    s = Session()
    engine.ask("渝中就业补助资金执行率", s)
    text = engine.ask("指标权重合计多少", s).text
    assert "100" in text and "合计" in text


def test_column_of_the_rows_pointed_at_stays_theirs(engine):
    # one row talked about, its own column asked (no adding up): that row's figure
    s = Session()
    engine.ask("渝中就业见习补贴发放及时率完成值", s)
    text = engine.ask("权重呢", s).text
    assert "就业见习补贴发放及时率" in text and "指标权重：5" in text
