"""A 部门整体表's 年度重点工作任务 and a 项目支出绩效目标表's project of like name, of one department: a source of
funds or the indicators asked are a project's (a task prints neither), so the task is no choice then; the amount
alone is both's, and still asked which."""

from __future__ import annotations

import shutil

import pytest
from conftest import DATA, converse, engine_over

from bot.engine import Engine

SAMPLE = "zhanjiang_rsj_2024_department_targets.xlsx"
DEPARTMENT = "湛江市人力资源和社会保障局"


def _targets(path) -> None:
    said = ("1、1-产出指标,11-数量指标,补贴发放人数；实施周期指标值:≥120人,年度指标值:≥120人;,"
            "2、1-产出指标,13-时效指标,补贴按月发放；实施周期指标值:按月,年度指标值:按月;,"
            "3、3-满意度指标,31-服务对象满意度,服务对象满意度；实施周期指标值:≥90%,年度指标值:≥90%;")
    path.write_text("项目支出绩效目标表（含转移支付项目）\n\n"
                    f"部门名称：{DEPARTMENT}(部门) 单位：万元\n\n"
                    "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n"
                    f"合计 500.00 450.00 50.00\n\n{DEPARTMENT} 500.00 450.00 50.00\n\n"
                    "    三支一扶人员生活补贴经费 500.00 450.00 50.00\n\n按月发放三支一扶人员生活补贴。\n\n"
                    f"{said}\n", encoding="utf-8")


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("me60_tasks")
    shutil.copy(DATA / "samples" / SAMPLE, folder / SAMPLE)
    _targets(folder / "湛江市人社局_2024年_项目支出绩效目标表.txt")
    return engine_over(tmp_path_factory.mktemp("me60_tasks_db") / "kb.sqlite", [folder])


@pytest.mark.parametrize(("question", "figure"), [("三支一扶那个项目财政拨款多少", "450"),
                                                  ("三支一扶的其他资金多少", "50"),
                                                  ("三支一扶有几个绩效指标", "3 个")])
def test_what_only_a_project_prints_is_the_projects(engine, question, figure):
    answer = converse(engine, question)
    assert answer.status == "answered" and figure in answer.text and "587.81" not in answer.text, answer.text


def test_the_amount_alone_is_still_asked_which(engine):
    answer = converse(engine, "三支一扶多少钱")
    assert answer.status == "clarify" and "587.81" in answer.text and "500.00" in answer.text, answer.text
