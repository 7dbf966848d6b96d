"""Round 35, the lead's own class: a choice kept for the next turn is only one the user was shown.

The typed reading of a question may end "unknown" with up to three suggestions, kept as the session's pending
choice (a reply "1" or a button asks it); when the fact answerer then answers the question, those suggestions are
never shown, and a bare "1" on the next turn asked one of them (an indicator the user never saw). And a figure per
one (人均, 每户) under one of the amount's unit is shown in the smaller unit (factor35 made the per-head of a
因素法 table unknown, which had been this display's only test)."""

from __future__ import annotations

from conftest import engine_over, simple_table

from bot.dialogue.session import Session
from bot.engine import Engine


def test_suggestions_never_shown_are_not_kept(samples_engine: Engine) -> None:
    session = Session()
    answer = samples_engine.ask("湛江人社局的基本支出预算数", session, record=False)
    assert answer.status == "answered" and "10891.62" in answer.text, answer.text
    assert answer.options == [] and session.pending == [], [f.label for f in session.pending]
    reply = samples_engine.ask("1", session, record=False)
    assert "预算执行率" not in reply.text, reply.text



def test_a_figure_per_one_under_one_of_the_amounts_unit_is_shown_in_the_smaller(tmp_path) -> None:
    # 3.6万元 over 120户 is 300元 a household: shown in 元, never rounded to "0.03万元" or "0万元"
    path = tmp_path / "baishi_2026_housing_subsidy.xlsx"
    simple_table(path, "补助表", "白石县2026年农村危房改造补助资金分配表", "A2", "单位：万元",
                 ["村名", "改造户数（户）", "补助金额（万元）"],
                 [["石桥村", 120, 3.6], ["柳湾村", 80, 2.2], ["合计", 200, 5.8]])
    engine = engine_over(tmp_path / "kb.sqlite", [path])
    answer = engine.ask("石桥村平均每户补助多少", Session(), record=False)
    assert answer.status == "answered" and "300元" in answer.text, answer.text
    assert "0.03万元" not in answer.text and "= 0万元" not in answer.text, answer.text


def test_a_column_named_total_after_zhan_is_that_column_not_the_parts_total(tmp_path) -> None:
    # "计划投资占总投资" of a table printing a column 总投资 beside 2026年计划投资: the 总投资 column is the whole
    # (4200 ÷ 15000 = 28%), never 2026年计划投资's own 合计 (which made the share unanswerable)
    path = tmp_path / "qinghe_2026_investment_plan.xlsx"
    simple_table(path, "计划表", "青禾县2026年重点项目投资计划表", "A2", "单位：万元",
                 ["项目名称", "总投资", "2026年计划投资", "责任单位"],
                 [["合计", 15000, 4200, None], ["城东污水管网", 9000, 2500, "住建局"], ["北山公园", 6000, 1700, "林业局"]])
    engine = engine_over(tmp_path / "kb.sqlite", [path])
    answer = engine.ask("青禾2026年计划投资占总投资的比例", Session(), record=False)
    assert answer.status == "answered" and "28" in answer.text.split("（来源")[0], answer.text


def test_a_clause_asking_only_which_ones_have_it_is_no_ask_apart(seed_engine: Engine) -> None:
    # "有成本指标吗 哪几个项目有": the second clause says nothing of its own; answered alone it listed all six projects
    for question in ("有成本指标吗 哪几个项目有", "有没有满意度指标，哪些项目有"):
        answer = seed_engine.ask(question, Session(), record=False)
        assert answer.status == "answered" and "共 6 个项目：" not in answer.text, answer.text
        assert "公务用车" not in answer.text and "政府雇员" not in answer.text, answer.text
