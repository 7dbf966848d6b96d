"""A department's seed-format TEXT table with its own line and two units under it (rows printing fewer than
four amounts), beside another department's table sharing a project name: a project said short that is also a
cost indicator's name (the project's money, in the department named), "比B局的多多少" after one department's
figure, a short name fitting a project of each department added beside a project of one table only, the
indicators whose 年度 value is above (below) the 实施周期 one, a Latin abbreviation the project's goal says
beside its name, a count asked in the measure word an indicator is valued in (参加几项, 买几台), a word of an
indicator's own name that is also a piece of another project's name (培育), the projects whose money is not all
(all) of one source, of the department or of a unit, a bureau of a loaded place (said without 县) not loaded, which of two departments has more projects, "主要买哪些东西" (the goal), 强检 said for 强制检定."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine

_HEAD = "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标"
_KINDS = {"数量": "1-产出指标,11-数量指标", "质量": "1-产出指标,12-质量指标", "时效": "1-产出指标,13-时效指标",
          "成本": "1-产出指标,14-成本指标", "效益": "2-效益指标,22-社会效益", "满意": "3-满意度指标,31-服务对象满意度"}


def _indicators(rows: list[tuple[str, str, str, str]]) -> str:
    return ",".join(f"{k}、{_KINDS[kind]},{name}；实施周期指标值:{period},年度指标值:{annual};"
                    for k, (kind, name, period, annual) in enumerate(rows, 1))


def _project(name: str, amounts: str, goal: str, rows: list[tuple[str, str, str, str]]) -> str:
    return f"    {name} {amounts}\n\n{goal}\n\n{_indicators(rows)}\n"


def _health_table(path: Path) -> None:
    """云溪县卫生健康局: 本级 (three projects), 疾病预防控制中心, 妇幼保健院."""
    parts = [
        "项目支出绩效目标表（含转移支付项目）\n", "部门名称：云溪县卫生健康局(部门) 单位：万元", "", _HEAD, "",
        "合计 505.00 431.00 45.00 29.00", "",
        "云溪县卫生健康局 245.00 225.00 12.00 8.00", "",
        _project("医院等级评审及医疗质控经费", "45.00 45.00", "完成县人民医院等级评审（JCI）复审，开展医疗质量控制检查。",
                 [("数量", "质控检查医疗机构数", "≥90家", "≥30家"), ("时效", "JCI复审完成时间", "2026年8月底前", "2026年8月底前"),
                  ("满意", "医疗机构满意度", "≥90%", "≥90%")]),
        _project("政府雇员工资经费", "110.00 110.00", "保障局机关聘用的政府雇员工资按时发放。",
                 [("数量", "保障政府雇员人数", "21人", "21人"), ("成本", "政府雇员工资", "≦岗位档次包干经费", "110.00万元"),
                  ("满意", "雇员满意度", "≥85%", "≥85%")]),
        _project("慢性病综合防控经费", "90.00 70.00 12.00 8.00", "对全县高血压、糖尿病患者开展随访管理和健康干预。",
                 [("数量", "高血压患者规范管理人数", "≥27000人", "≥9000人"), ("成本", "综合防控经费", "≤270万元", "≤90万元"),
                  ("满意", "患者满意度", "≥85%", "≥88%")]),
        "云溪县疾病预防控制中心 190.00 166.00 24.00", "",
        _project("疫苗冷链设备购置经费", "120.00 120.00", "购置医用冰箱、冷藏车等冷链设备，保障疫苗储存运输安全。",
                 [("数量", "购置冷链设备数量", "年度计划数", "8台（套）"), ("效益", "新增疫苗储存点位", "≥40个", "≥40个"),
                  ("满意", "接种单位满意度", "≥90%", "≥90%")]),
        _project("免疫规划质控考核经费", "70.00 46.00 24.00", "参加国家和省级免疫规划质控考核，开展实验室比对，确保接种数据准确。",
                 [("数量", "参加质控考核项目", "≥12项", "≥4项"), ("满意", "受检单位满意度", "≥90%", "≥92%")]),
        "云溪县妇幼保健院 70.00 40.00 9.00 21.00", "",
        _project("母婴健康管理经费", "40.00 20.00 9.00 11.00", "开展孕产妇系统管理，创建母婴友好医院。",
                 [("数量", "新培育母婴友好医院", "≥9家", "≥3家"), ("满意", "孕产妇满意度", "≥95%", "≥90%")]),
        _project("妇幼健康品牌培育经费", "30.00 20.00 0.00 10.00", "培育妇幼健康服务品牌，提升服务影响力。",
                 [("数量", "培育服务品牌", "≥6个", "≥2个"), ("满意", "群众满意度", "≥90%", "≥90%")]),
    ]
    path.write_text("\n".join(parts), encoding="utf-8")


def _civil_table(path: Path) -> None:
    """云溪县民政局: one line of its own, a 政府雇员工资经费 too (with no cost indicator of that name)."""
    parts = ["项目支出绩效目标表\n", "部门名称：云溪县民政局(部门) 单位：万元", "", _HEAD, "", "合计 108.00 108.00", "",
             _project("政府雇员工资经费", "66.00 66.00", "保障民政局聘用的政府雇员工资按时发放。",
                      [("数量", "保障政府雇员人数", "12人", "12人")]),
             _project("公务用车购置经费", "30.00 30.00", "购置1辆执法执勤用车。", [("数量", "购置车辆数", "1辆", "1辆")]),
             _project("殡葬火化设备强制检定经费", "12.00 12.00", "对火化机、尾气处理装置等殡葬设备开展强制检定。",
                      [("数量", "强制检定设备台数", "≥6台", "≥6台")])]
    path.write_text("\n".join(parts), encoding="utf-8")


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("dev40t_tables")
    _health_table(d / "云溪县_卫生健康局_2026_项目支出绩效目标表.txt")
    _civil_table(d / "云溪县_民政局_2026_项目支出绩效目标表.txt")
    simple_table(d / "qingsong_czj_2026_expenditure.xlsx", "支出表", "青松县财政局2026年一般公共预算支出表", "B2", "单位：万元",
                 ("科目名称", "预算数"), [("一般公共服务支出", 520.00), ("教育支出", 310.00), ("合计", 830.00)])
    return engine_over(tmp_path_factory.mktemp("dev40t_db") / "kb.sqlite", [d])


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("民政局政府雇员工资", ["66.00"], ["110", "没有"]),
    ("卫健局政府雇员工资", ["110.00", "总计"], ["岗位档次"]),
    ("综合防控经费", ["慢性病综合防控经费", "总计 90.00"], ["≤90"]),  # (its sources: only when asked)
])
def test_a_cost_indicator_named_as_its_project_asks_the_project(engine: Engine, question: str, said: list[str],
                                                                unsaid: list[str]) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and all(x in a.text for x in said), a.text
    assert not any(x in a.text for x in unsaid), a.text


def test_the_cost_indicator_itself_when_an_indicator_word_is_said(engine: Engine) -> None:
    a = converse(engine, "卫健局政府雇员工资指标值")
    assert a.status == "answered" and "岗位档次包干经费" in a.text, a.text


def test_an_ellipsis_by_a_cost_indicators_name_then_added(engine: Engine) -> None:
    a = converse(engine, "医院等级评审经费", "综合防控经费呢", "两个加起来")
    assert a.status == "answered" and "135" in a.text, a.text  # 45 + 90


@pytest.mark.parametrize("turns", [("卫健局政府雇员工资", "比民政局的多多少"), ("卫健局政府雇员工资", "比民政局的差多少")])
def test_a_figure_then_another_department_named_only(engine: Engine, turns: tuple[str, str]) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered" and "44" in a.text and "云溪县民政局" in a.text, a.text  # 110 − 66


def test_a_project_the_other_department_lacks_is_not_answered(engine: Engine) -> None:
    a = converse(engine, "民政局公务用车购置经费", "比卫健局的多多少")
    assert a.status != "answered", a.text


@pytest.mark.parametrize("question", ["雇员工资和慢性病防控加一起多少", "慢性病防控和雇员工资经费一共多少"])
def test_a_name_of_two_departments_added_beside_one_tables_project(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and "200.00" in a.text and "66" not in a.text, a.text  # 90 + 110


def test_a_name_of_two_departments_added_alone_is_both(engine: Engine) -> None:
    a = converse(engine, "雇员工资加起来多少")
    assert a.status == "answered" and "176.00" in a.text, a.text  # 110 + 66


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("卫健局哪些项目年度满意度指标高于实施周期", ["患者满意度", "受检单位满意度"], ["孕产妇满意度", "医疗机构满意度"]),
    ("哪些项目实施周期满意度比年度高", ["孕产妇满意度"], ["患者满意度", "受检单位满意度"]),
])
def test_indicators_whose_one_value_is_above_the_other(engine: Engine, question: str, said: list[str],
                                                       unsaid: list[str]) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and all(x in a.text for x in said), a.text
    assert not any(x in a.text for x in unsaid), a.text


def test_an_abbreviation_the_goal_says_beside_the_projects_name(engine: Engine) -> None:
    a = converse(engine, "JCI等级评审和医疗质控经费多少")
    assert a.status == "answered" and "45.00" in a.text and "完成时间" not in a.text, a.text
    a = converse(engine, "JCI复审什么时候完成")
    assert a.status == "answered" and "2026年8月底前" in a.text, a.text


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("质控考核项目年度参加几项", ["≥4项"], ["指标共", "12项"]),
    ("参加质控考核项目多少项", ["≥4项", "≥12项"], ["一共有"]),
    ("冷链设备买了几台", ["8台"], ["指标共"]),
    ("母婴友好医院今年培育几家", ["≥3家"], ["没有", "9家"]),
])
def test_a_count_in_the_measure_word_of_an_indicator(engine: Engine, question: str, said: list[str],
                                                     unsaid: list[str]) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and all(x in a.text for x in said), a.text
    assert not any(x in a.text for x in unsaid), a.text


@pytest.mark.parametrize(("question", "said"), [("质控考核项目有几项指标", "共 2 个"), ("卫健局有几个项目", "7 个项目")])
def test_a_count_of_indicators_or_projects_stays_a_count(engine: Engine, question: str, said: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and said in a.text, a.text


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("卫健局有几个项目不全是财政拨款", ["共 4 个", "免疫规划质控考核经费", "妇幼健康品牌培育经费"], ["政府雇员工资经费"]),
    ("卫健局哪些项目全是财政拨款", ["共 3 个", "政府雇员工资经费", "疫苗冷链设备购置经费"], ["慢性病"]),
    ("妇幼保健院哪些项目不全是财政拨款", ["共 2 个", "母婴健康管理经费"], ["慢性病"]),
])
def test_projects_whose_money_is_not_all_of_one_source(engine: Engine, question: str, said: list[str],
                                                       unsaid: list[str]) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and all(x in a.text for x in said), a.text
    assert not any(x in a.text for x in unsaid), a.text


@pytest.mark.parametrize("question", ["云溪财政局一般公共服务支出", "云溪财政局一般公共预算支出表"])
def test_a_bureau_of_a_loaded_place_not_loaded_is_not_anothers(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == "unknown" and "520" not in a.text and "云溪财政局" in a.text, a.text


def test_the_loaded_bureau_of_another_place_still_answers(engine: Engine) -> None:
    a = converse(engine, "青松财政局一般公共服务支出")
    assert a.status == "answered" and "520" in a.text, a.text


@pytest.mark.parametrize("question", ["卫健局和民政局哪个项目多", "民政局和卫健局谁的项目更多"])
def test_which_of_two_departments_has_more_projects(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and "云溪县卫生健康局比云溪县民政局多 4 个项目" in a.text, a.text  # 7 vs 3


@pytest.mark.parametrize(("question", "said"), [("冷链设备购置主要买哪些东西", "医用冰箱"), ("殡葬设备强检主要检哪些东西", "火化机"),
                                                ("殡葬设备强检经费多少", "12.00")])
def test_the_things_a_project_covers_are_its_goals(engine: Engine, question: str, said: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and said in a.text, a.text
