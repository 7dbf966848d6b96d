"""Confident wrong answers by class, each asked of tables written here with names and figures of their own:
- one indicator's value asked where several projects each hold an indicator of that name, with values of their
  own ("资金拨付及时率是多少"): no one value answers it, so the bot asks which project, each one's value shown;
  a question asking every one's (分别, 哪些项目, 都), naming the project, or continuing a talk about those very
  projects is answered as before, and so is a name whose values are the same everywhere (a value printed once
  for both periods is the same value as one printed in each)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

ANSWERED, CLARIFY, UNKNOWN = "answered", "clarify", "unknown"
HARBOUR = "临潮市港务管理局"


def _project(name: str, amount: float, goal: str, indicators: list[tuple[str, str, str, str, str]]) -> str:
    said = ",".join(f"{k}、{l1},{l2},{n}；实施周期指标值:{pv},年度指标值:{av};"
                    for k, (l1, l2, n, pv, av) in enumerate(indicators, 1))
    return f"    {name} {amount:.2f} {amount:.2f}\n\n{goal}\n\n{said}\n"


def harbour_table(path: Path) -> None:
    """A 项目支出绩效目标表 in the published text layout: 补助资金兑付及时率 in three projects (two values),
    码头作业安全率 in two projects with one value, 泊位验收合格率 with one value printed once in one project and
    for both periods in the other."""
    projects = [
        ("渔港码头维修养护经费", 84.0, "完成渔港码头护岸和系泊设施维修。",
         [("1-产出指标", "11-数量指标", "维修码头泊位数", "≥6个", "≥3个"),
          ("1-产出指标", "13-时效指标", "补助资金兑付及时率", "100%", "100%"),
          ("1-产出指标", "12-质量指标", "码头作业安全率", "100%", "100%"),
          ("1-产出指标", "12-质量指标", "泊位验收合格率", "", "100%"),
          ("3-满意度指标", "31-服务对象满意度", "船东满意度", "≥90%", "≥88%")]),
        ("内河航标更新补助资金", 37.5, "更新内河航道航标并维护灯器。",
         [("1-产出指标", "11-数量指标", "更新航标数量", "≥40座", "≥20座"),
          ("1-产出指标", "13-时效指标", "补助资金兑付及时率", "≥95%", "≥92%"),
          ("1-产出指标", "12-质量指标", "码头作业安全率", "100%", "100%"),
          ("1-产出指标", "12-质量指标", "泊位验收合格率", "100%", "100%"),
          ("3-满意度指标", "31-服务对象满意度", "船东满意度", "≥85%", "≥85%")]),
        ("港口岸线巡查经费", 22.8, "开展港口岸线日常巡查。",
         [("1-产出指标", "11-数量指标", "岸线巡查次数", "≥200次", "≥100次"),
          ("1-产出指标", "13-时效指标", "补助资金兑付及时率", "100%", "100%")]),
    ]
    total = sum(p[1] for p in projects)
    body = "\n".join(_project(*p) for p in projects)
    path.write_text(f"项目支出绩效目标表（含转移支付项目）\n\n部门名称：{HARBOUR}(部门) 单位：万元\n\n"
                    f"项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n"
                    f"合计 {total:.2f} {total:.2f}\n\n{HARBOUR} {total:.2f} {total:.2f}\n\n{body}", encoding="utf-8")


@pytest.fixture(scope="module")
def harbour(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("cw50_tables")
    harbour_table(d / "gangwu.txt")
    return engine_over(tmp_path_factory.mktemp("cw50_db") / "kb.sqlite", [d])


# --- one indicator's namesakes in several projects, values of their own ---------------------------------------

def test_a_value_asked_of_namesakes_with_different_values_asks_which_project(harbour):
    a = converse(harbour, "补助资金兑付及时率年度指标值是多少")
    assert a.status == CLARIFY, a.text
    for shown in ("渔港码头维修养护经费", "内河航标更新补助资金", "港口岸线巡查经费", "≥92%"):
        assert shown in a.text, a.text
    b = converse(harbour, "临潮港务管理局船东满意度要求多少")
    assert b.status == CLARIFY and "≥88%" in b.text and "≥85%" in b.text, b.text


def test_the_project_picked_after_the_question_is_answered_alone(harbour):
    a = converse(harbour, "补助资金兑付及时率年度指标值是多少", "2")
    assert a.status == ANSWERED and "≥92%" in a.text and "渔港码头" not in a.text, a.text
    b = converse(harbour, "船东满意度指标值多少", "航标那个")
    assert b.status == ANSWERED and "≥85%" in b.text and "≥88%" not in b.text, b.text


def test_each_asked_named_or_continued_is_answered_as_a_list(harbour):
    for q in ("补助资金兑付及时率分别是多少", "哪些项目有补助资金兑付及时率", "补助资金兑付及时率都是多少"):
        a = converse(harbour, q)
        assert a.status == ANSWERED and "≥92%" in a.text and "渔港码头维修养护经费" in a.text, (q, a.text)
    named = converse(harbour, "内河航标更新补助资金的补助资金兑付及时率")
    assert named.status == ANSWERED and "≥92%" in named.text and "渔港码头" not in named.text, named.text
    later = converse(harbour, "补助资金兑付及时率年度指标值是多少", "实施周期的呢")
    assert later.status == ANSWERED and "≥95%" in later.text, later.text


def test_namesakes_of_one_value_answer_it(harbour):
    a = converse(harbour, "码头作业安全率指标值多少")
    assert a.status == ANSWERED and "100%" in a.text, a.text
    # one value, printed for the year alone in one project and for both periods in the other
    b = converse(harbour, "泊位验收合格率指标值多少")
    assert b.status == ANSWERED and "100%" in b.text and "内河航标更新补助资金" in b.text, b.text
