"""Confident wrong answers on a 项目支出绩效目标表 (projects, amounts, indicators), each class asked of a table
written here with names and figures of its own:
- an indicator of a named project said in other words and order, its counted measure (个数) or its cost word
  (费用) among them, is that indicator, never the count of the project's indicators nor unknown;
- a name joining two things (A与B经费, A及B经费) is named by each of them with its tail (A经费, B经费), so a short
  name two projects answer that way is asked back, never one of them taken;
- a part of the money the table does not break down (工程款) is no reason to answer the project's whole amount;
- the whole department said before its name's kind (整个部门, 整个局) is the department in scope, so a ranking
  of its projects is that ranking, not the department's summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

ANSWERED, CLARIFY, UNKNOWN = "answered", "clarify", "unknown"
FORESTRY = "柏川市青禾区林业局"


def _project(name: str, amount: float, goal: str, indicators: list[tuple[str, str, str, str, str]]) -> str:
    said = ",".join(f"{k}、{l1},{l2},{n}；实施周期指标值:{pv},年度指标值:{av};"
                    for k, (l1, l2, n, pv, av) in enumerate(indicators, 1))
    return f"    {name} {amount:.2f} {amount:.2f}\n\n{goal}\n\n{said}\n"


def forestry_table(path: Path) -> None:
    """A 项目支出绩效目标表 in the published text layout."""
    projects = [
        ("油茶林改造项目前期工作经费", 60.0, "完成油茶林改造项目勘察设计等前期工作。",
         [("1-产出指标", "11-数量指标", "完成前期勘察面积", "≥0.8万亩", "≥0.8万亩"),
          ("1-产出指标", "12-质量指标", "勘察方案评审通过率", "100%", "100%"),
          ("1-产出指标", "13-时效指标", "前期勘察完成时间", "2025年6月底前", "2025年6月底前"),
          ("1-产出指标", "14-成本指标", "亩均前期勘察费用", "≤55元/亩", "≤55元/亩"),
          ("3-满意度指标", "31-服务对象满意度", "林农满意度", "≥90%", "≥90%")]),
        ("森林村庄创建奖补资金", 210.0, "创建省级森林村庄，对验收合格的村给予奖补。",
         [("1-产出指标", "11-数量指标", "创建省级森林村庄个数", "≥9个", "≥3个"),
          ("1-产出指标", "11-数量指标", "新增村庄绿化面积", "≥600亩", "≥200亩"),
          ("1-产出指标", "12-质量指标", "森林村庄验收合格率", "100%", "100%"),
          ("1-产出指标", "13-时效指标", "奖补资金拨付及时率", "≥95%", "≥95%"),
          ("3-满意度指标", "31-服务对象满意度", "村民满意度", "≥92%", "≥92%")]),
        ("林木病虫害监测与防治经费", 18.5, "开展松材线虫病等林业有害生物监测和防治。",
         [("1-产出指标", "11-数量指标", "监测样地数量", "≥40个", "≥40个"),
          ("2-效益指标", "23-生态效益", "有害生物成灾率", "≤3‰", "≤3‰")]),
        ("古树名木保护及监测经费", 66.0, "对古树名木挂牌保护并开展长势监测。",
         [("1-产出指标", "11-数量指标", "挂牌保护古树数量", "≥500株", "≥500株"),
          ("3-满意度指标", "31-服务对象满意度", "群众满意度", "≥90%", "≥90%")]),
        ("森林防火专项经费", 41.2, "购置扑火机具，开展防火巡护。",
         [("1-产出指标", "11-数量指标", "防火巡护天数", "≥180天", "≥180天")]),
    ]
    total = sum(p[1] for p in projects)
    body = "\n".join(_project(*p) for p in projects)
    path.write_text(f"项目支出绩效目标表（含转移支付项目）\n\n部门名称：{FORESTRY}(部门) 单位：万元\n\n"
                    f"项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n"
                    f"合计 {total:.2f} {total:.2f}\n\n{FORESTRY} {total:.2f} {total:.2f}\n\n{body}", encoding="utf-8")


@pytest.fixture(scope="module")
def forestry(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("cw55_tables")
    forestry_table(d / "linye.txt")
    return engine_over(tmp_path_factory.mktemp("cw55_db") / "kb.sqlite", [d])


def _ask(engine: Engine, *turns: str):
    return converse(engine, *turns)


# --- an indicator of the named project said in other words ------------------------------------------------------

def test_a_counted_indicator_said_reordered_after_its_project_is_that_indicator(forestry):
    a = _ask(forestry, "森林村庄创建个数年度指标值")
    assert a.status == ANSWERED and "≥3个" in a.text and "指标共" not in a.text, a.text
    b = _ask(forestry, "森林村庄创建个数实施周期目标是多少")
    assert b.status == ANSWERED and "≥9个" in b.text and "≥3个" not in b.text, b.text
    c = _ask(forestry, "森林村庄创建个数年度目标", "实施周期的呢")
    assert c.status == ANSWERED and "≥9个" in c.text, c.text


def test_an_indicator_said_by_some_of_its_words_beside_its_project_is_that_indicator(forestry):
    a = _ask(forestry, "油茶林前期 亩均费用指标是多少")
    assert a.status == ANSWERED and "≤55元/亩" in a.text, a.text


def test_a_projects_own_count_of_indicators_is_still_that_count(forestry):
    a = _ask(forestry, "森林村庄创建奖补资金有几个指标")
    assert a.status == ANSWERED and "5 个" in a.text, a.text


# --- a name joining two things -----------------------------------------------------------------------------

def test_a_short_name_two_joined_names_answer_is_asked_back(forestry):
    a = _ask(forestry, "青禾区林业局那个监测经费多少")
    assert a.status == CLARIFY and "林木病虫害监测与防治经费" in a.text and "古树名木保护及监测经费" in a.text, a.text
    b = _ask(forestry, "病虫害监测经费多少")
    assert b.status == ANSWERED and "18.50" in b.text, b.text
    c = _ask(forestry, "古树名木保护经费多少")
    assert c.status == ANSWERED and "66.00" in c.text, c.text


# --- a part of the money the table does not break down ------------------------------------------------------------

def test_the_money_of_a_thing_the_project_does_not_name_is_not_its_whole_amount(forestry):
    a = _ask(forestry, "油茶林改造工程款多少")
    assert a.status == UNKNOWN and "60.00" not in a.text and "工程款" in a.text, a.text
    b = _ask(forestry, "油茶林改造财政拨款多少")  # (a source of funds said with 款 is the column)
    assert b.status == ANSWERED and "60.00" in b.text, b.text


# --- the whole department -----------------------------------------------------------------------------------------

def test_the_whole_department_said_before_a_ranking_of_its_projects_is_that_ranking(forestry):
    a = _ask(forestry, "青禾区林业局整个部门预算最少的项目是哪个")
    assert a.status == ANSWERED and "林木病虫害监测与防治经费" in a.text and "18.50" in a.text, a.text
    b = _ask(forestry, "青禾区林业局整个部门预算多少")
    assert b.status == ANSWERED and "395.70" in b.text, b.text


# --- a month of a table of whole-year figures ---------------------------------------------------------------------

def test_a_month_said_of_whole_year_figures_is_not_answered_with_the_year(forestry):
    for question in ("森林防火专项经费10月花了多少", "森林防火专项经费十月支出多少", "青禾区林业局3月预算多少"):
        a = _ask(forestry, question)
        assert a.status == UNKNOWN and "41.20" not in a.text and "395.70" not in a.text, (question, a.text)
    b = _ask(forestry, "油茶林前期勘察完成时间是不是6月底前")  # (a date a value holds is no month asked)
    assert b.status == ANSWERED and "2025年6月底前" in b.text, b.text
