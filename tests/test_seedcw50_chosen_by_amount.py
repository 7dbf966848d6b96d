"""A project chosen by its money in the same sentence that asks about it ("经费最少的项目的满意度指标",
"最贵的那个项目有几个指标"): the project the money chooses is named, then what is asked is answered of it —
never the projects ranked by how many indicators they have (a ranking nobody asked for: a confident wrong
answer). Seed (广州市白云区信访局): the most money is 政府雇员工资经费 (77.28), the least 政府雇员公用经费 (2.70)."""

from __future__ import annotations

import pytest
from conftest import converse

MOST, LEAST = "政府雇员工资经费", "政府雇员公用经费"

# (question, the project chosen, a string its answer must show, one that only a wrong project's shows)
CHOSEN = [
    ("经费最多的那个项目都有哪些绩效指标", MOST, "编外人员工资支付及时性", "信访形势"),
    ("钱最少的项目有哪些指标", LEAST, "编外人员资质达标率", "信访形势"),
    ("预算最大的项目的时效指标", MOST, "编外人员工资支付及时性", "购置计划执行率"),
    ("最便宜的那个项目的质量指标是哪些", LEAST, "编外人员资质达标率", "区领导重点约访"),
    ("最贵的项目它的社会效益指标是什么", MOST, "公共服务能力", "社会大局"),
    ("金额最小的项目的社会效益指标值", LEAST, "公共服务能力效率", "沟通关系"),
    ("资金最多的项目的绩效目标是啥", MOST, "尽责成事", "机要文件交换"),
    ("预算最低的项目绩效目标写的什么", LEAST, "尽责成事", "法律顾问单位"),
    ("经费最高的项目有几个指标", MOST, "4", "9 个"),
    ("钱最多的项目的指标有几个", MOST, "4", "9 个"),
    ("信访局经费最少的项目的指标", LEAST, "编外人员资质达标率", "信访形势"),
    ("我们局钱最多的那个项目的质量指标", MOST, "编外人员聘用合规率", "政府采购率"),
    ("最贵的那个项目质量指标有哪些", MOST, "编外人员业绩量化考核完成率", "树立区委"),
    ("经费最少的一个项目的效益指标", LEAST, "公共服务能力效率", "获得感"),
]

# The project chosen has none of the kind asked: said so of that project (never another project's).
NONE_OF_IT = [
    ("经费最少的项目的满意度指标", LEAST, "法律顾问服务对象满意度"),
    ("最贵的项目的满意度指标值是多少", MOST, "满意度评价"),
    ("预算最多的项目的成本指标是多少钱", MOST, "12万元"),
    ("钱最少的项目的数量指标", LEAST, "车辆购置数量"),
    ("金额最大的项目有没有经济效益指标", MOST, "获得感"),
    ("最便宜的项目的可持续影响指标", LEAST, "最多访一次"),
]


@pytest.mark.parametrize(("q", "project", "shown", "wrong"), CHOSEN, ids=[q for q, *_ in CHOSEN])
def test_a_project_chosen_by_money_is_asked_about(seed_engine, q, project, shown, wrong) -> None:
    a = converse(seed_engine, q)
    assert a.status == "answered" and project in a.text and shown in a.text, a.text
    assert wrong not in a.text and "最多的项目（" not in a.text and "最少的项目（" not in a.text, a.text


@pytest.mark.parametrize(("q", "project", "wrong"), NONE_OF_IT, ids=[q for q, *_ in NONE_OF_IT])
def test_a_kind_the_chosen_project_lacks_is_said_missing(seed_engine, q, project, wrong) -> None:
    a = converse(seed_engine, q)
    assert project in a.text and wrong not in a.text, a.text
    assert "最多的项目（" not in a.text and "最少的项目（" not in a.text, a.text


def test_the_indicator_count_ranking_is_still_asked_by_its_words(seed_engine) -> None:
    a = converse(seed_engine, "哪个项目的指标最多")
    assert a.status == "answered" and "信访工作经费" in a.text and "聘请法律顾问专项经费" in a.text, a.text


def test_the_chosen_project_is_the_one_followed_up(seed_engine) -> None:
    a = converse(seed_engine, "钱最少的项目有哪些指标", "它多少钱")
    assert a.status == "answered" and "2.70" in a.text, a.text
