"""Classes of questions about the published sample layouts, tried on fictional tables of the same shapes
(other departments, names and figures): a standard stated per case inside a task's text cell, found by the
words around it (with or without the task named); a rate asked to be worked out (你算一下) rather than read;
a kind of table said (自评表) as the scope; a follow-up naming a new indicator by part of its name; a 完成值
asked alone; a completion asked where only one table reports one; two levels of classes named together
(产出指标 … 质量指标下面); a count asked of a name that is a rate; the sign of an indicator (指标性质)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.engine import Engine
from bot.store.build import load_paths
from tests.conftest import DATA, VOCAB, converse, set_cells

SAMPLES = DATA / "samples"

_TASK_TEXT = ("本项目由参保补助、个人缴费财政补贴两部分组成。参保补助按人头拨付到县；个人缴费财政补贴：对选择每年200元"
              "及以下缴费档次的，补贴标准为每人每年25元；对选择每年500元及以上缴费档次的，补贴标准为每人每年45元；"
              "所需资金由市、县按1:1比例分担。")


def _targets(folder: Path) -> Path:
    """A 部门整体预算绩效目标表 of 江屿市人社局: a task whose text states a subsidy per contribution band, and
    indicators of 西部计划 volunteers (a rate of completing service, of arriving, a share staying)."""
    path = folder / "jiangyu_2025_department_targets.xlsx"
    shutil.copyfile(SAMPLES / "zhanjiang_rsj_2024_department_targets.xlsx", path)
    set_cells(path, {"A1": "2025年市级部门整体预算绩效目标表", "B2": "江屿市人力资源和社会保障局",
                "B12": "城乡居民医疗保险参保补贴资金", "C12": _TASK_TEXT, "D12": 9000,
                "B13": "“西部计划”志愿者生活补贴", "C13": "按照每人每月600元标准发放生活补贴。", "D13": 321.5,
                "D21": "“西部计划”志愿者服务期满考核合格率（%）", "E21": "≥88%",
                "D22": "参保补贴发放准确率", "E22": 1,
                "D23": "“西部计划”志愿者到岗及时率", "E23": "≥92%",
                "D28": "全市城乡居民医保覆盖面", "D30": "服务期满继续留在基层工作人数比例", "E30": "≧40%",
                "D31": "志愿服务覆盖范围", "E31": "江屿市乡镇", "C5": 8000, "C6": 30000})
    return path


def _self_evaluation(folder: Path) -> Path:
    """A 项目支出绩效自评表 of 柳安区人社局: budget 2500, executed 2130 (85.2 %), its 预算执行率 indicator
    stated as 86 %, 城镇新增就业人数 done 23456 against 21000, a rate whose sign is "="."""
    path = folder / "liuan_2023_self_evaluation.xlsx"
    shutil.copyfile(SAMPLES / "chongqing_yuzhong_2021_project_self_evaluation.xlsx", path)
    set_cells(path, {"A1": "2023年度项目支出绩效自评表", "B2": "创业扶持资金", "I2": "宋知秋", "B3": "柳安区创业服务中心",
                "I3": "柳安区人力资源和社会保障局", "B5": 2500, "F5": 2130,
                "B7": "城镇新增就业人数21000人", "H7": "城镇新增就业人数23456人",
                "B17": "城镇新增就业人数", "D17": 21000, "G17": 23456,
                "B18": "低保家庭就业帮扶率", "C18": "=", "D18": 100, "G18": 100,
                "B19": "年末离校未就业毕业生就业率", "D19": 85, "G19": 91,
                "D21": 90, "G21": 0.86})
    return path


def _application(folder: Path) -> Path:
    """A 项目申报表 of a third department, so that a question naming none has several to choose from."""
    path = folder / "qingshi_2022_application.xlsx"
    shutil.copyfile(SAMPLES / "wuhan_donghu_rsj_2020_project_application.xlsx", path)
    dept = "青石市人力资源和社会保障局河湾分局"
    set_cells(path, {"A1": "2022年项目申报表", "C2": "技能提升专项资金", "C3": dept, "F3": dept, "C4": "林晓岚",
                "F26": 2900, "F27": 500, "F28": 1200.5, "F29": 800, "F30": 300, "F31": 20, "F32": 79.5,
                "C34": "完成2022年度技能提升各项任务"})
    return path



@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("samples16")
    for make in (_targets, _self_evaluation, _application):
        make(folder)
    db = folder / "kb.sqlite"
    load_paths(db, [folder])
    return Engine(db, VOCAB)


def test_a_standard_per_case_is_quoted_with_every_case(engine: Engine) -> None:
    a = converse(engine, "江屿城乡居民医疗保险参保补贴资金多少", "个人缴费补贴标准呢")
    assert a.status == "answered"
    assert "25元" in a.text and "45元" in a.text
    assert "600元" not in a.text  # another task's standard


def test_the_case_whose_figure_is_said_with_no_task_named(engine: Engine) -> None:
    a = converse(engine, "个人缴费财政补贴 选500元及以上档次的补多少")
    assert a.status == "answered"
    assert "45元" in a.text.split("\n")[0]
    assert "25元" not in a.text


def test_worked_out_asks_the_rate_from_the_amounts(engine: Engine) -> None:
    a = converse(engine, "柳安创业扶持资金预算执行率 你算一下")
    assert a.status == "answered"
    assert "85.2" in a.text and "86%" not in a.text
    stated = converse(engine, "柳安创业扶持资金预算执行率")
    assert "86%" in stated.text  # not asked to work it out: the indicator the table states


def test_a_kind_of_table_said_is_the_scope(engine: Engine) -> None:
    asked = converse(engine, "产出指标有几个")
    assert asked.status == "clarify"  # no kind said: which department
    a = converse(engine, "自评表有几个指标")
    assert a.status == "answered"
    assert "16" in a.text and "柳安区" in a.text
    b = converse(engine, "申报表有几个指标")
    assert b.status == "answered" and "青石市" in b.text and "柳安区" not in b.text


def test_a_follow_up_naming_a_new_indicator_by_part_of_its_name(engine: Engine) -> None:
    a = converse(engine, "江屿西部计划到岗及时率", "服务期满考核合格率呢")
    assert a.status == "answered"
    assert "88%" in a.text and "40%" not in a.text and "92%" not in a.text


def test_a_completion_value_asked_alone(engine: Engine) -> None:
    a = converse(engine, "柳安年末离校未就业毕业生就业率完成值")
    assert a.status == "answered"
    assert "91" in a.text and "85" not in a.text
    both = converse(engine, "柳安年末离校未就业毕业生就业率 目标和完成值")
    assert "85" in both.text and "91" in both.text
    missed = converse(engine, "柳安预算执行率的完成值")  # not reached: the target it fell short of is said
    assert "86%" in missed.text and "90%" in missed.text
    gap = converse(engine, "柳安城镇新增就业人数目标", "实际完成多少", "超了多少")
    assert "2456" in gap.text.split("\n")[0]  # 23456 − 21000, the completion shown read back as a figure


def test_a_completion_asked_where_one_table_reports_one(engine: Engine) -> None:
    a = converse(engine, "城镇新增就业实际完成多少人")
    assert a.status == "answered"
    assert "23456" in a.text and "21000" not in a.text


def test_two_levels_of_classes_named_together(engine: Engine) -> None:
    a = converse(engine, "江屿质量指标下面都有哪些三级指标（产出指标那块）")
    assert a.status == "answered"
    assert "志愿者服务期满考核合格率" in a.text and "参保补贴发放准确率" in a.text
    assert "医保覆盖面" not in a.text and "志愿服务覆盖范围" not in a.text  # 效益指标's 质量指标
    joined = converse(engine, "江屿产出指标和效益指标有哪些")
    assert "志愿服务覆盖范围" in joined.text and "参保补贴发放准确率" in joined.text


def test_a_count_is_not_a_rate_loosely_named(engine: Engine) -> None:
    a = converse(engine, "江屿西部计划人数")
    assert "92%" not in a.text and "88%" not in a.text
    assert a.status != "answered" or "人数" in a.text


def test_the_sign_of_an_indicator(engine: Engine) -> None:
    a = converse(engine, "低保家庭就业帮扶率指标性质是什么符号")
    assert a.status == "answered"
    assert "=" in a.text.split("（来源")[0]


def test_a_table_of_lines_added_up(engine: Engine) -> None:
    a = converse(engine, "青石明细六项加总")
    assert a.status == "answered"
    assert "2900" in a.text.split("\n")[0]


def test_the_goal_of_the_one_project_of_a_department(engine: Engine) -> None:
    a = converse(engine, "青石项目总体绩效目标")
    assert a.status == "answered"
    assert "完成2022年度技能提升各项任务" in a.text
    b = converse(engine, "青石的项目", "绩效目标呢")
    assert "完成2022年度技能提升各项任务" in b.text


def test_a_bare_value_after_nothing_found(engine: Engine) -> None:
    a = converse(engine, "青石环境效益指标", "指标值")
    assert a.status == "unknown"
    assert "绩效指标（" not in a.text  # never every indicator's


def test_two_figures_of_a_department_table_combined(engine: Engine) -> None:
    a = converse(engine, "江屿人社局基本支出", "项目支出呢", "项目支出是基本支出的几倍")
    assert a.status == "answered"
    assert "3.75" in a.text


def test_a_list_added_up_then_set_against_a_whole(engine: Engine) -> None:
    a = converse(engine, "江屿人社重点工作任务", "三项加起来", "占项目支出多少")
    assert a.status == "answered"
    assert "34.87%" in a.text  # (9000 + 321.5 + 1140) ÷ 30000

