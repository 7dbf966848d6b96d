"""Round 47, a department-level 部门整体支出绩效目标表 read as its lines print it, each class on a small fictional table
(and a fictional project table of the same bureau beside it).

Classes:
- hierarchy by indentation: a line printed deeper than a "其中：" line stands under the same line (公用经费 under
  基本支出, beside 其中：人员经费), so the department's whole is 基本支出 + 项目支出 (its printed 合计), never a sum
  counting 公用经费 twice; a share is of that whole; a line printed "其中：人员经费" is the department's line said by its
  words (人员经费 → 公用经费呢: the other line, never a project whose name holds 人员经费);"""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, write_workbook
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, UNKNOWN, Engine

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
    [None, "林权登记服务", "林权登记平台运维、档案数字化整理。", 80.0, "林权登记一个工作日办结。"],
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


_PROJECTS = [
    Unit("青溪县林业局", "70.00 70.00", [
        Item("森林资源监测（第二批）经费", "40.00 40.00", "完成第二批森林资源年度监测和图斑核实。",
             [("11", "监测图斑数量", "≥800个", "≥800个"), ("12", "监测成果合格率", "100%", "100%"),
              ("14", "单个图斑监测成本", "≤500元", "≤500元"),
              ("31", "林农满意度", "≥90%", "≥90%")]),
        Item("林政执法巡查及生态修复监管经费", "30.00 30.00", "开展林政执法巡查，督促毁林地块生态修复。",
             [("11", "执法巡查次数", "≥24次", "≥24次"), ("23", "修复林地面积", "≥150亩", "≥50亩"),
              ("31", "周边群众满意度", "≥85%", "≥85%")]),
    ]),
    Unit("青溪县林权登记服务中心", "95.00 95.00", [
        Item("林权登记信息平台运行维护经费", "60.00 60.00", "保障林业信息平台稳定运行，建设数字林业一张图。",
             [("11", "平台运维系统数量", "3个", "3个"), ("11", "林地一张图建设图层数", "≥12个", "≥8个"),
              ("12", "系统正常运行率", "≥99%", "≥99%")]),
        Item("林权登记档案数字化整理经费", "20.00 20.00", "整理扫描林权档案并建立电子档案库。",
             [("11", "档案整理卷数", "≥5000卷", "≥5000卷"), ("31", "办事群众满意度", "≥95%", "≥95%")]),
        Item("林权登记窗口编外人员经费", "15.00 15.00", "保障登记窗口编外人员工资福利。",
             [("11", "编外人员人数", "3名", "3名"), ("31", "办事群众满意度", "≥95%", "≥95%")]),
    ]),
]


@pytest.fixture(scope="module")
def qingxi(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("whole47")
    whole = write_workbook(folder / "青溪县林业局_2026年_部门整体支出绩效目标表.xlsx", _WHOLE, _WHOLE_MERGED)
    projects = folder / "青溪县林业局_2026年_项目支出绩效目标表.txt"
    projects.write_text(render("青溪县林业局", "165.00 165.00", _PROJECTS), encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [whole, projects])


@pytest.mark.parametrize("question", ["青溪林业局部门预算总共多少", "林业局部门预算一共多少钱"])
def test_the_whole_counts_an_indented_line_under_its_parent_once(qingxi: Engine, question: str) -> None:
    answer = converse(qingxi, question)  # 900 + 500 as printed, never 900 + 200 + 500
    assert answer.status == ANSWERED and "1400" in answer.text and "1600" not in answer.text, answer.text


def test_a_share_is_of_the_printed_whole(qingxi: Engine) -> None:
    answer = converse(qingxi, "林业局基本支出占比多少")  # 900 / 1400, never 900 / 1600
    assert answer.status == ANSWERED and "64.29" in answer.text, answer.text


@pytest.mark.parametrize(("question", "expected"), [
    ("林业局整体绩效目标表一共几个三级指标", "共 6 个"),
    ("林业局整体绩效目标表有几个二级指标", "二级指标共 5 个"),
    ("林业局整体绩效目标表有几个一级指标", "一级指标共 3 个"),
])
def test_a_count_at_one_level_of_the_indicators(qingxi: Engine, question: str, expected: str) -> None:
    answer = converse(qingxi, question)  # never the indicators whose values are counted in 个 (监测图斑数量 …)
    assert answer.status == ANSWERED and expected in answer.text, answer.text


def test_a_project_said_short_with_a_word_left_out(qingxi: Engine) -> None:
    answer = converse(qingxi, "林权登记平台运维经费")  # 林权登记信息平台运行维护经费, 运维 = 运行维护
    assert answer.status == ANSWERED and "60.00" in answer.text, answer.text


@pytest.mark.parametrize("question", ["森林资源监测第三批经费多少", "森林资源监测三批的指标有哪些"])
def test_another_item_of_a_series_is_not_held(qingxi: Engine, question: str) -> None:
    answer = converse(qingxi, question)  # (第二批) is no 第三批
    assert answer.status == UNKNOWN and "40.00" not in answer.text and "第二批" in answer.text, answer.text


def test_the_item_of_the_series_said_is_answered(qingxi: Engine) -> None:
    answer = converse(qingxi, "森林资源监测第二批经费多少")
    assert answer.status == ANSWERED and "40.00" in answer.text, answer.text


def test_the_other_line_of_the_block_asked_next(qingxi: Engine) -> None:
    answer = converse(qingxi, "林业局人员经费", "公用经费呢")  # the department's lines, never 编外人员经费
    assert answer.status == ANSWERED and "200" in answer.text, answer.text


@pytest.mark.parametrize("question", ["林业局编制数多少", "青溪林业局人员编制有多少人"])
def test_a_head_count_by_a_label_not_printed_is_not_held(qingxi: Engine, question: str) -> None:
    answer = converse(qingxi, question)  # 财政供养人员数 64 is no 编制
    assert answer.status == UNKNOWN and "64" not in answer.text and "财政供养人员数" in answer.text, answer.text


def test_a_head_count_printed_is_answered(qingxi: Engine) -> None:
    answer = converse(qingxi, "林业局财政供养人员数")
    assert answer.status == ANSWERED and "64" in answer.text, answer.text


def test_the_other_item_of_the_same_line_asked_next(qingxi: Engine) -> None:
    answer = converse(qingxi, "林业局财政供养人员数", "那下属单位呢")
    assert answer.status == ANSWERED and "下属二级单位数" in answer.text and "3" in answer.text, answer.text


@pytest.mark.parametrize(("question", "top", "amount"), [
    ("林业局重点任务里哪个投钱最多", "林业有害生物防治", "240"),
    ("林业局哪个项目用钱最多", "林权登记信息平台运行维护经费", "60"),
])
def test_money_said_by_the_verb_it_is_spent_with(qingxi: Engine, question: str, top: str, amount: str) -> None:
    answer = converse(qingxi, question)
    assert answer.status == ANSWERED and top in answer.text and amount in answer.text, answer.text


def test_a_projects_class_of_indicators_is_its_own(qingxi: Engine) -> None:
    answer = converse(qingxi, "林政执法巡查经费", "它的生态效益指标")
    assert answer.status == ANSWERED and "修复林地面积" in answer.text and "森林覆盖率" not in answer.text, answer.text


def test_a_class_the_project_lacks_is_not_the_departments(qingxi: Engine) -> None:
    answer = converse(qingxi, "林权登记档案数字化整理经费", "它的生态效益指标")
    assert answer.status == UNKNOWN and "森林覆盖率" not in answer.text and "75%" not in answer.text, answer.text


def _other_place() -> list[list]:
    rows = [list(r) for r in _WHOLE]
    rows[1] = ["填报单位：云岭市农业农村局东坪分局                                   单位：万元"]
    rows[2] = ["部门名称", "云岭市农业农村局东坪分局"]
    rows[8] = [None, "项目支出", 730.0, "其他资金", 100.0]
    rows[9] = ["合计", "部门预算支出合计", 1630.0, "收入合计", 1630.0]
    rows[12] = [None, "春耕物资保障", "春耕农资储备和调运。", 180.0, "春耕农资供应不断档。"]
    return rows


@pytest.fixture(scope="module")
def two_places(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("whole47b")
    ours = write_workbook(folder / "青溪县林业局_2026年_部门整体支出绩效目标表.xlsx", _WHOLE, _WHOLE_MERGED)
    theirs = write_workbook(folder / "云岭市农业农村局东坪分局_2026年_部门整体支出绩效目标表.xlsx", _other_place(),
                            _WHOLE_MERGED)
    return engine_over(folder / "kb.sqlite", [ours, theirs])


@pytest.mark.parametrize("question", ["云岭东坪林业局的项目支出", "东坪林业局的项目支出"])
def test_a_place_of_one_department_with_the_bureau_of_another_is_not_loaded(two_places: Engine, question: str) -> None:
    answer = converse(two_places, question)  # neither 东坪分局's 730 nor 青溪林业局's 500
    assert answer.status == UNKNOWN and "730" not in answer.text and "500" not in answer.text, answer.text


def test_the_bureau_of_its_own_place_is_answered(two_places: Engine) -> None:
    answer = converse(two_places, "青溪林业局的项目支出")
    assert answer.status == ANSWERED and "500" in answer.text and "730" not in answer.text, answer.text


def test_whose_a_thing_is_by_the_indicator_naming_it(qingxi: Engine) -> None:
    answer = converse(qingxi, "林地一张图是哪个单位在做")
    assert answer.status == ANSWERED and "青溪县林权登记服务中心" in answer.text, answer.text


def test_a_place_in_another_departments_list_of_the_same_kind(two_places: Engine) -> None:
    answer = converse(two_places, "青溪林业局重点工作任务有哪些", "东坪分局的第一个投多少")
    assert answer.status == ANSWERED and "春耕物资保障" in answer.text and "森林防火" not in answer.text, answer.text


def test_the_figure_of_an_absent_kind_is_not_the_projects_money(qingxi: Engine) -> None:
    answer = converse(qingxi, "林权登记档案数字化整理经费有没有成本指标 多少")
    assert answer.status == UNKNOWN and "20.00" not in answer.text and "成本指标" in answer.text, answer.text
