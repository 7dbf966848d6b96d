"""Seed-format TEXT 项目支出绩效目标表 with several 资金使用单位 (txt30), on a fictional table rendered here (its own
department, units, names and figures).

Classes: the department's own unit printed without the city (岭南县农业农村局 under 云溪市岭南县农业农村局) is its
本级, asked by any name of the department with 本级; a unit said short by leaving words out (检验检测站, 农经中心)
is that unit, its total, its projects, a comparison of two; a project named beside 本级 is the one of two namesakes
listed under it and is answered as itself, never as the unit's subtotal, and a project of another unit only is
not the unit's; a reply "本级那个" / "农经中心那个" to the question which namesake picks the one under that unit."""

from __future__ import annotations

import pytest
from conftest import SEED, converse, engine_over
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, CLARIFY, Engine

_DEPT = "云溪市岭南县农业农村局"
_UNITS = [
    Unit("岭南县农业农村局", "219.00 199.00 12.00 8.00", [
        Item("耕地质量监测经费", "45.00 45.00", "开展耕地质量等级调查评价和长期定位监测，掌握全县耕地质量变化。",
             [("11", "监测点位数量", "≥30个", "≥30个"), ("13", "监测报告完成时间", "2026年10月底前", "2026年10月底前"),
              ("31", "服务对象满意度", "≥90%", "≥90%")]),
        Item("农业保险保费补贴资金", "120.00 100.00 12.00 8.00", "落实政策性农业保险保费补贴，稳定农户种养收益。",
             [("11", "参保农户数", "≥5000户", "≥5000户"), ("13", "保费补贴拨付时间", "2026年12月底前", "2026年12月底前")]),
        Item("编外人员劳务经费", "36.00 36.00", "保障编外人员劳务费用按时发放。",
             [("11", "编外人员数量", "9人", "9人"), ("12", "劳务费按时发放率", "100%", "100%")]),
        Item("农机安全监理经费", "18.00 18.00", "开展农机安全检验和隐患排查，减少农机事故。",
             [("11", "农机年检台数", "≥800台", "≥800台"), ("13", "隐患整改时限", "≤15天", "≤15天")]),
    ]),
    Unit("岭南县农产品质量安全检验检测站", "94.00 70.00 14.00 10.00", [
        Item("农残快速检测运行经费", "30.00 30.00", "开展蔬菜水果农药残留快速检测，保障农产品质量安全。",
             [("11", "快速检测批次", "≥6000批次", "≥6000批次"), ("11", "耕地土壤监测样品数", "≥300个", "≥300个"),
              ("13", "检测结果报送时限", "≤2个工作日", "≤2个工作日")]),
        Item("检测仪器设备购置经费", "64.00 40.00 14.00 10.00", "购置液相色谱仪等检测设备，提升检测能力。",
             [("11", "购置设备台数", "≥6台", "≥6台"), ("13", "设备安装调试完成时间", "2026年8月底前", "2026年8月底前")]),
    ]),
    Unit("岭南县农村经济经营管理服务中心", "34.00 34.00", [
        Item("农村集体资产清查经费", "22.00 22.00", "开展农村集体资产清产核资，规范集体资产管理。",
             [("11", "清查村数", "≥120个", "≥120个"), ("13", "清查工作完成时间", "2026年9月底前", "2026年9月底前")]),
        Item("编外人员劳务经费", "12.00 12.00", "保障中心编外人员劳务费用按时发放。",
             [("11", "编外人员数量", "3人", "3人"), ("12", "劳务费按时发放率", "100%", "100%")]),
    ]),
]


def lingnan_text() -> str:
    return render(_DEPT, "347.00 303.00 26.00 18.00", _UNITS)


@pytest.fixture(scope="module")
def lingnan(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("txt30")
    path = folder / "lingnan_agri.txt"
    path.write_text(lingnan_text(), encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [SEED, path])


def answered(engine: Engine, *turns: str):
    answer = converse(engine, *turns)
    assert answer.status == ANSWERED, answer.text
    return answer


# --- the department's own unit (本级) printed without its city ---------------------------------------------


@pytest.mark.parametrize("question", ["岭南农业农村局本级多少钱", "岭南县农业农村局本级一共多少预算"])
def test_the_own_unit_without_the_city_is_the_departments_own_level(lingnan, question):
    a = answered(lingnan, question)
    assert "219.00" in a.text and "347.00" not in a.text, a.text


def test_the_own_level_share_of_the_whole(lingnan):
    a = answered(lingnan, "岭南农业农村局本级占全部的比例多少")
    assert "63.11" in a.text, a.text  # 219 / 347


# --- a unit said short by leaving words out ---------------------------------------------------------------


def test_a_unit_said_short_is_that_unit(lingnan):
    a = answered(lingnan, "岭南检验检测站一共多少预算")
    assert "94.00" in a.text and "64.00" not in a.text.split("（")[0], a.text
    a = answered(lingnan, "农经中心有哪些项目")
    assert "农村集体资产清查经费" in a.text and "耕地质量监测经费" not in a.text, a.text


def test_two_units_said_short_compared(lingnan):
    a = answered(lingnan, "检验检测站比农经中心多多少")
    assert "60.00" in a.text, a.text  # 94 - 34


def test_a_project_share_of_a_unit_said_short(lingnan):
    a = answered(lingnan, "农残快速检测运行经费多少", "占检验检测站的多少")
    assert "31.91" in a.text, a.text  # 30 / 94


# --- a project named beside 本级; a reply naming the unit of one namesake ----------------------------------


def test_a_project_beside_the_own_level_is_that_project(lingnan):
    a = answered(lingnan, "岭南农业农村局本级的编外人员劳务经费多少")
    assert "36.00" in a.text and "219.00" not in a.text and "12.00" not in a.text, a.text
    a = answered(lingnan, "岭南农业农村局本级的耕地质量监测经费")
    assert "45.00" in a.text and "219.00" not in a.text, a.text


def test_a_project_of_another_unit_beside_the_own_level_is_not_answered(lingnan):
    a = converse(lingnan, "岭南农业农村局本级的农残快速检测运行经费多少")
    assert a.status != ANSWERED and "30.00" not in a.text and "219.00" not in a.text, a.text


def test_a_reply_naming_the_unit_picks_its_namesake(lingnan):
    first = converse(lingnan, "岭南农业农村局的编外人员劳务经费多少")
    assert first.status == CLARIFY, first.text
    a = answered(lingnan, "岭南农业农村局的编外人员劳务经费多少", "本级那个")
    assert "36.00" in a.text and "12.00" not in a.text, a.text
    a = answered(lingnan, "岭南农业农村局的编外人员劳务经费多少", "农经中心那个")
    assert "12.00" in a.text and "36.00" not in a.text, a.text
    a = answered(lingnan, "岭南农业农村局本级的编外人员劳务经费", "雇了几个人")
    assert "9人" in a.text and "3人" not in a.text, a.text


# --- two projects said short and added; a time asked of a project said short ------------------------------


@pytest.mark.parametrize("question", ["耕地监测和农残快检两个加一起多少", "耕地监测和农残检测两个加起来多少"])
def test_two_projects_said_short_are_both_added(lingnan, question):
    """(a piece of one name that is also a word of the other's indicator, 监测 of 耕地土壤监测样品数, is still
    the first project's: it is one of a list joined by 和)"""
    a = answered(lingnan, question)
    assert "75.00" in a.text and "耕地质量监测经费" in a.text and "农残快速检测运行经费" in a.text, a.text


@pytest.mark.parametrize(("question", "value"), [
    ("农业保险补贴资金啥时候拨付", "2026年12月底前"), ("保费补贴资金什么时候拨付", "2026年12月底前"),
    ("集体资产清查啥时候完成", "2026年9月底前"), ("仪器设备购置什么时候完成", "2026年8月底前"),
    ("岭南耕地检测站什么时候完成", None)])
def test_a_time_asked_of_a_project_said_short_is_its_time_indicator(lingnan, question, value):
    a = converse(lingnan, question)
    if value is None:  # (no such project: never another's time)
        assert "月底前" not in a.text, a.text
        return
    assert a.status == ANSWERED and value in a.text and "120.00" not in a.text, a.text


# --- the average per project of a department or unit; which unit spends a project; namesakes' counts added ---


@pytest.mark.parametrize(("question", "figures"), [
    ("岭南农业农村局平均每个项目多少钱", ("43.38", "347", "8")), ("岭南农业农村局本级平均每个项目多少钱", ("54.75", "219", "4")),
    ("检验检测站平均每个项目多少钱", ("47", "94", "2"))])
def test_the_average_per_project_of_one_said_is_its_total_over_its_count(lingnan, question, figures):
    a = answered(lingnan, question)
    assert all(x in a.text for x in figures) and "÷" in a.text, a.text


@pytest.mark.parametrize(("question", "unit"), [("农村集体资产清查经费是哪个单位的", "岭南县农村经济经营管理服务中心"),
                                                 ("农残快检经费哪个单位在用", "岭南县农产品质量安全检验检测站")])
def test_which_unit_spends_a_project_is_its_funding_unit(lingnan, question, unit):
    a = answered(lingnan, question)
    assert unit in a.text and "万元" not in a.text.split("（来源")[0], a.text


def test_namesakes_counts_asked_in_total_are_each_and_their_sum(lingnan):
    a = answered(lingnan, "岭南农业农村局编外人员一共多少人")
    assert "9人" in a.text and "3人" in a.text and "12人" in a.text, a.text
    a = converse(lingnan, "岭南农业农村局编外人员多少人")  # (not said in total: which one)
    assert a.status == CLARIFY, a.text


# --- a piece said whole of one project's name is not its table's other project sharing a word ---------------


@pytest.fixture(scope="module")
def hexi(tmp_path_factory) -> Engine:
    units = [Unit("河西区应急管理局", "118.00 118.00", [
        Item("应急物资设备购置经费", "50.00 40.00 6.00 4.00", "购置应急救援物资和设备。",
             [("11", "购置设备台套数", "≥40台套", "≥40台套")]),
        Item("特种设备安全检查经费", "20.00 20.00", "开展特种设备安全检查。", [("11", "检查次数", "≥12次", "≥12次")]),
        Item("防汛演练经费", "48.00 48.00", "组织防汛应急演练。", [("11", "演练次数", "≥3次", "≥3次")])])]
    folder = tmp_path_factory.mktemp("txt30h")
    path = folder / "hexi_emergency.txt"
    path.write_text(render("青川市河西区应急管理局", "118.00 108.00 6.00 4.00", units), encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [SEED, path])


def test_a_piece_said_whole_of_a_name_is_that_project(hexi):
    a = answered(hexi, "设备购置经费里财政专户拨款多少")
    assert "6.00" in a.text and "特种设备" not in a.text, a.text
    a = converse(hexi, "设备经费多少")  # (the shared word alone: which one)
    assert a.status == CLARIFY and "50.00" in a.text and "20.00" in a.text, a.text


def test_a_reply_saying_benji_never_picks_a_suggestion(lingnan):
    first = converse(lingnan, "农机检验率多少")  # not in the table: a suggestion of the own unit's indicator
    assert first.status != ANSWERED, first.text
    a = converse(lingnan, "农机检验率多少", "本级")
    assert "800" not in a.text, a.text


@pytest.mark.parametrize(("question", "figures"), [("检测仪器设备购置经费财政拨款和专户各多少", ("40.00", "14.00")),
                                                    ("农业保险保费补贴资金专户多少", ("12.00",))])
def test_zhuanhu_said_short_is_the_special_account_column(lingnan, question, figures):
    a = answered(lingnan, question)
    assert all(x in a.text for x in figures), a.text


@pytest.mark.parametrize("turns", [("检验检测站财政拨款占多少",), ("检验检测站一共多少钱", "财政拨款占多少")])
def test_a_column_share_of_a_unit_is_over_its_own_subtotal(lingnan, turns):
    a = answered(lingnan, *turns)
    assert "74.47" in a.text and "该单位小计" in a.text, a.text  # 70 / 94, not each project's share
