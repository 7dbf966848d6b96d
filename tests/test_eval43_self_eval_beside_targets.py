"""A 2025 项目支出绩效自评表 (one project a sheet; its target column printed 全年目标值) loaded beside a 2026 目标表
holding projects of the same names and a 2026 政府采购预算表 (tests/data/general69, blind_69's documents):
- a form's target column printed 全年目标值 is the indicator's target (never blank beside its 全年完成值);
- a name opening with a year (2025年高标准农田建设项目补助资金) is not said by that year: a year said is the table's;
- a year said selects the table of that year: a project of the other year's table only is not in it, a kind of
  table said with a year it has no table of is not held (never the other table's figure);
- a rate asked per one thing counting something (每场多少个演员) is no money indicator's; a word said in the place
  of the name's own word (产量 for 产能) names another thing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over

DATA = Path(__file__).resolve().parent / "data" / "general69"
DOCS = [DATA / "仙居县_2025年度_项目支出绩效自评表.xlsx", DATA / "仙居县_2026年_部门政府采购预算表.xlsx",
        DATA / "仙居县市场监督管理局_2026年_项目支出绩效目标表.txt"]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("eval43") / "kb.sqlite", DOCS)


def test_a_target_column_printed_as_full_year_target_is_the_target(engine: Engine) -> None:
    target = converse(engine, "送戏下乡演出场次", "目标是多少")
    assert target.status == "answered" and "≥80场" in target.text and "（空）" not in target.text
    both = engine.ask("抽检结果按时公布率的年度指标值")
    assert "（空）" not in both.text and "≥95%" in both.text


def test_a_year_said_is_never_a_piece_of_a_name_opening_with_it(engine: Engine) -> None:
    budget = engine.ask("仙居食品抽检2025年全年预算数")
    assert budget.status == "answered" and "82.50" in budget.text and "1450" not in budget.text
    target = engine.ask("仙居市监局2026年食品安全抽检监测经费多少")
    assert target.status == "answered" and "86.50" in target.text
    other = engine.ask("白云区信访局2025年自评得分")
    assert other.status != "answered" or "95.47" not in other.text
    summed = engine.ask("2025年自评的三个项目全年预算合计")
    assert summed.status == "answered" and "1577.5" in summed.text
    assert engine.ask("高标准农田全年预算数").status == "answered"


def test_a_year_said_selects_the_table_of_that_year(engine: Engine) -> None:
    elsewhere = engine.ask("仙居市监局2025年编外人员经费多少")
    assert elsewhere.status == "unknown" and "64.32" not in elsewhere.text and "2026年" in elsewhere.text
    kind = engine.ask("仙居2025年政府采购预算合计多少")
    assert kind.status == "unknown" and "2981" not in kind.text
    held = engine.ask("仙居2026年政府采购预算合计多少")
    assert held.status == "answered" and "2981" in held.text


def test_a_rate_counting_a_thing_is_no_money_indicator(engine: Engine) -> None:
    actors = engine.ask("送戏下乡每场多少个演员")
    assert actors.status == "unknown" and "5000元" not in actors.text
    money = engine.ask("送戏下乡每场补助多少")
    assert money.status == "answered" and "5000元" in money.text


def test_a_word_in_the_place_of_the_names_own_names_another_thing(engine: Engine) -> None:
    other = engine.ask("高标准农田亩均粮食产量多少公斤")
    assert other.status == "unknown" and "110公斤" not in other.text
    own = engine.ask("高标准农田亩均粮食产能提升多少")
    assert own.status == "answered" and "110公斤" in own.text


def test_the_target_asked_is_shown_without_the_year_done(engine: Engine) -> None:
    # (结果 of 抽检结果按时公布率 is the name's word, no completion asked)
    target = engine.ask("抽检结果按时公布率的年度指标值")
    assert target.status == "answered" and "≥95%" in target.text and "93.6%" not in target.text
    both = engine.ask("抽检结果按时公布率目标和完成情况")
    assert "93.6%" in both.text


def test_a_figure_the_form_prints_as_a_dash_is_not_held(engine: Engine) -> None:
    dash = engine.ask("食品安全抽检2025年上年结转资金执行多少")
    assert dash.status == "unknown" and "—" in dash.text and "176" not in dash.text
    held = engine.ask("高标准农田上年结转资金执行了多少")
    assert held.status == "answered" and "176" in held.text


def test_a_follow_up_naming_nothing_is_of_the_form_project_talked_about(engine: Engine) -> None:
    quality = converse(engine, "送戏下乡自评", "它的质量指标完成得怎样")
    assert quality.status == "answered" and "演出节目原创率" in quality.text and "25%" in quality.text
    assert "工程验收合格率" not in quality.text
    carried = converse(engine, "送戏下乡自评", "上年结转资金呢")
    assert carried.status == "unknown" and "176" not in carried.text and "200" not in carried.text


def test_each_projects_total_score_listed(engine: Engine) -> None:
    each = engine.ask("各个自评表的总分")
    assert each.status == "answered" and all(s in each.text for s in ("98.62", "95.47", "98.33"))
    one = engine.ask("高标准农田自评总分")
    assert one.status == "answered" and "95.47" in one.text and "98.62" not in one.text


def test_a_project_asked_without_a_year_names_its_namesake_of_the_other_year(engine: Engine) -> None:
    both = engine.ask("食品安全抽检监测经费多少")
    assert both.status == "answered" and "86.50" in both.text and "2025年" in both.text
    one = engine.ask("2026年食品安全抽检监测经费多少")
    assert one.status == "answered" and "86.50" in one.text and "82.50" not in one.text


def test_a_score_of_something_the_form_prints_no_line_of_is_not_held(engine: Engine) -> None:
    for asked in ("高标准农田第三方评价得分", "高标准农田的专家评审得分"):
        answer = engine.ask(asked)
        assert answer.status == "unknown" and "95.47" not in answer.text and "10分" not in answer.text, asked
    total = engine.ask("高标准农田自评得了多少分")
    assert total.status == "answered" and "95.47" in total.text
    points = engine.ask("送戏下乡满意度得分")
    assert points.status == "answered" and "15分" in points.text


def test_the_year_before_said_of_a_project_its_table_of_that_year_lacks_is_not_held(engine: Engine) -> None:
    before = engine.ask("仙居小微企业培育经费上年多少")
    assert before.status == "unknown" and "35.00" not in before.text
    carried = converse(engine, "仙居小微企业培育经费", "那上年呢")
    assert carried.status == "unknown" and "35.00" not in carried.text


@pytest.mark.parametrize("question,figure", [
    ("送戏下乡产出指标全部得了多少分", "48.33"), ("高标准农田所有产出指标得分", "41.67"), ("高标准农田全部得分", "95.47")])
def test_all_said_of_one_project_is_its_class_or_total_never_one_indicator(engine: Engine, question: str,
                                                                           figure: str) -> None:
    # 全部 / 所有 with a project said: that project's class (or 总分), not the first indicator's score (15分, 10分)
    answer = converse(engine, question)
    assert answer.status == "answered" and figure in answer.text, answer.text
