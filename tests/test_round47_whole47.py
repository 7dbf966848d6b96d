"""Round 47, a department-level 部门整体支出绩效目标表 read as its lines print it, each class on a small fictional table
(and a fictional project table of the same bureau beside it).

Classes:
- hierarchy by indentation: a line printed deeper than a "其中：" line stands under the same line (公用经费 under
  基本支出, beside 其中：人员经费), so the department's whole is 基本支出 + 项目支出 (its printed 合计), never a sum
  counting 公用经费 twice; a share is of that whole;"""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, write_workbook

from bot.engine import ANSWERED, Engine

_WHOLE = [
    ["2026年度部门整体支出绩效目标表"],
    ["填报单位：青溪县林业局                                   单位：万元"],
    ["部门名称", "青溪县林业局"],
    ["基本信息", "财政供养人员数", 64, "下属二级单位数", 3],
    ["预算整体情况", "部门预算支出", "预算金额（万元）", "收入来源", "预算金额（万元）"],
    [None, "基本支出", 900.0, "财政拨款", 1300.0],
    [None, "  其中：人员经费", 700.0, "  其中：一般公共预算", 1200.0],
    [None, "        公用经费", 200.0, "        政府性基金预算", 100.0],
    [None, "项目支出", 500.0, "其他资金", 100.0],
    ["合计", "部门预算支出合计", 1400.0, "收入合计", 1400.0],
    ["总体绩效目标", "目标1：完成森林督查图斑核查。\n目标2：建设数字林业一张图。"],
    ["年度重点工作任务", "任务名称", "主要实施内容", "拟投入的资金（万元）", "期望达到的目标（概述）"],
    [None, "森林防火", "防火巡护、瞭望塔维护及扑火队伍保障。", 180.0, "森林火灾受害率低于0.9‰。"],
    [None, "林业有害生物防治", "松材线虫病疫木除治和监测。", 240.0, "疫情发生面积下降10%。"],
    [None, "林业信息化", "建设数字林业一张图平台。", 80.0, "林业数据共享单位10个以上。"],
    [None, "合计", 500.0],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
    [None, "产出指标", "数量指标", "防火巡护天数", "≥300天"],
    [None, None, None, "疫木除治数量", "≥2万株"],
    [None, None, "质量指标", "除治合格率", "≥95%"],
    [None, None, "时效指标", "火情响应时间", "≤30分钟"],
    [None, "效益指标", "生态效益指标", "森林覆盖率", "≥75%"],
    [None, "满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"],
]
_WHOLE_MERGED = ["A1:E1", "A2:E2", "B3:E3", "A5:A9", "B11:E11", "A12:A16", "A17:A23", "B18:B21", "C18:C19"]


@pytest.fixture(scope="module")
def qingxi(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("whole47")
    whole = write_workbook(folder / "青溪县林业局_2026年_部门整体支出绩效目标表.xlsx", _WHOLE, _WHOLE_MERGED)
    return engine_over(folder / "kb.sqlite", [whole])


@pytest.mark.parametrize("question", ["青溪林业局部门预算总共多少", "林业局部门预算一共多少钱"])
def test_the_whole_counts_an_indented_line_under_its_parent_once(qingxi: Engine, question: str) -> None:
    answer = converse(qingxi, question)  # 900 + 500 as printed, never 900 + 200 + 500
    assert answer.status == ANSWERED and "1400" in answer.text and "1600" not in answer.text, answer.text


def test_a_share_is_of_the_printed_whole(qingxi: Engine) -> None:
    answer = converse(qingxi, "林业局基本支出占比多少")  # 900 / 1400, never 900 / 1600
    assert answer.status == ANSWERED and "64.29" in answer.text, answer.text
