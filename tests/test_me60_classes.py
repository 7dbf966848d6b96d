"""Two classes of the seed's kind of questions, over a fictional 项目支出绩效目标表: a which-word said after an
indicator category ("经济效益的是哪几个") asks among the indicators of the project in focus, while one said before
it or with a project word ("哪个项目有…") still asks across projects; and "局里" after a verb or preposition
("占局里总预算") is the department in scope, not the end of a department's name."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

DEPARTMENT = "澄岭市南溪区档案馆"


def _project(name: str, amount: float, indicators: list[tuple[str, str, str, str]]) -> str:
    said = ",".join(f"{k}、{l1},{l2},{n}；实施周期指标值:{v},年度指标值:{v};"
                    for k, (l1, l2, n, v) in enumerate(indicators, 1))
    return f"    {name} {amount:.2f} {amount:.2f}\n\n保障{name}顺利实施。\n\n{said}\n"


PROJECTS = [
    ("档案数字化经费", 40.0, [("1-产出指标", "11-数量指标", "数字化扫描页数", "≥50万页"),
                       ("2-效益指标", "21-经济效益", "减少查档差旅支出", "逐年下降"),
                       ("2-效益指标", "21-经济效益", "节约纸质存储成本", "≥10%"),
                       ("2-效益指标", "22-社会效益", "查档便利程度", "明显提升"),
                       ("1-产出指标", "12-质量指标", "档案安全事故发生率", "0"),
                       ("3-满意度指标", "31-服务对象满意度", "查档群众满意度", "≥90%")]),
    ("档案库房维护经费", 25.0, [("1-产出指标", "11-数量指标", "维护库房面积", "3000平方米"),
                         ("2-效益指标", "21-经济效益", "降低档案修复费用", "逐年下降"),
                         ("1-产出指标", "12-质量指标", "档案安全事故发生率", "0"),
                         ("3-满意度指标", "31-服务对象满意度", "馆员满意度", "≥85%")]),
    ("档案宣传展览经费", 15.0, [("1-产出指标", "11-数量指标", "举办展览次数", "4次"),
                         ("2-效益指标", "22-社会效益", "参观人次", "≥2万人次"),
                         ("1-产出指标", "14-成本指标", "布展补助标准", "≤2000元/场"),
                         ("1-产出指标", "13-时效指标", "每日开放时长", "≥8小时")]),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("me60_docs")
    total = sum(p[1] for p in PROJECTS)
    body = "\n".join(_project(*p) for p in PROJECTS)
    (d / "南溪区档案馆_2026年_项目支出绩效目标表.txt").write_text(
        f"项目支出绩效目标表（含转移支付项目）\n\n部门名称：{DEPARTMENT}(部门) 单位：万元\n\n"
        f"项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n"
        f"合计 {total:.2f} {total:.2f}\n\n{DEPARTMENT} {total:.2f} {total:.2f}\n\n{body}", encoding="utf-8")
    return engine_over(tmp_path_factory.mktemp("me60_db") / "kb.sqlite", [d])


@pytest.mark.parametrize("which", ["经济效益的是哪几个", "经济效益的有哪几个", "经济效益指标是哪个"])
def test_which_after_a_category_asks_among_the_project_in_focus(engine, which):
    answer = converse(engine, "档案数字化经费的效益指标有哪些", which)
    assert answer.status == "answered", answer.text
    assert "减少查档差旅支出" in answer.text and "节约纸质存储成本" in answer.text, answer.text
    assert "降低档案修复费用" not in answer.text, answer.text  # (another project's economic indicator)


@pytest.mark.parametrize("which", ["哪个项目有经济效益指标", "经济效益指标哪几个项目有"])
def test_which_project_still_asks_across_projects(engine, which):
    answer = converse(engine, "档案数字化经费的效益指标有哪些", which)
    assert answer.status == "answered", answer.text
    assert "档案数字化经费" in answer.text and "档案库房维护经费" in answer.text, answer.text


@pytest.mark.parametrize("question", ["档案数字化经费占局里总预算百分之几", "档案数字化经费占单位里预算多少"])
def test_the_bureau_said_after_a_verb_is_the_department_in_scope(engine, question):
    answer = converse(engine, question)
    assert answer.status == "answered", answer.text
    assert "40.00" in answer.text and "80.00" in answer.text and "50" in answer.text, answer.text


@pytest.mark.parametrize(("ordinal", "project", "amount"), [("第一个项目", "档案数字化经费", "40.00"),
                                                             ("第二个项目", "档案库房维护经费", "25.00"),
                                                             ("最后一个项目", "档案库房维护经费", "25.00")])
def test_a_project_ordinal_counts_the_projects_of_a_list_of_indicators(engine, ordinal, project, amount):
    # An indicator two projects hold is listed under each of them: the projects are counted.
    answer = converse(engine, "档案安全事故发生率哪些项目有", f"{ordinal}多少钱")
    assert answer.status == "answered" and project in answer.text and amount in answer.text, answer.text


def test_a_project_ordinal_past_the_projects_listed_is_unknown(engine):
    answer = converse(engine, "档案安全事故发生率哪些项目有", "第三个项目多少钱")
    assert answer.status == "unknown" and "15.00" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["效益指标有多少", "满意度指标一共有多少"])
def test_how_many_of_a_category_counts_its_indicators(engine, question):
    answer = converse(engine, question)
    counted = {"效益指标有多少": "5", "满意度指标一共有多少": "2"}[question]
    assert answer.status == "answered" and f"{counted} 个" in answer.text, answer.text


@pytest.mark.parametrize(("question", "value"), [("布展补助标准每场多少", "2000元/场"), ("档案宣传展览每天开放多久", "8小时")])
def test_a_rate_asked_per_thing_is_the_indicator_saying_it(engine, question, value):
    # "每场" is said by a value "…元/场", "每天" by a name saying 每日: the indicator, not a figure the table lacks.
    answer = converse(engine, question)
    assert answer.status == "answered" and value in answer.text, answer.text


@pytest.mark.parametrize("question", ["档案数字化经费每月多少", "档案数字化经费人均多少", "档案宣传展览每场参观人数多少"])
def test_a_rate_no_text_says_is_still_not_held(engine, question):
    answer = converse(engine, question)
    assert answer.status == "unknown" and "40.00" not in answer.text, answer.text
