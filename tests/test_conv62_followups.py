"""Round 62, conversations over a 项目支出绩效目标表 with units under the department: "两个加起来" after a question
back that offered two projects, or after one of two projects named alike under two units (局机关… / …中心…),
adds those two — never the table's whole total; a count said that does not fit is said so. A project said by
its words' first characters with 保险 closing as 险 (长护险); a unit said short after another ("那劳动监察中心呢");
"其中X多少" of a project the table does not break down (never its total again, nor another project); a project
whose name holds every word said is answered before a budget-subject line holding only some of them.
Tables fictional."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.values import ANSWERED, CLARIFY
from bot.engine import Engine
from bot.language.lexicon import abbreviations_of
from tests.conftest import converse, engine_over

_HEAD = ("项目支出绩效目标表（含转移支付项目）\n\n部门名称：{}(部门) 单位：万元\n\n"
         "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n")


def _project(name: str, amounts: str, goal: str, indicator: str) -> str:
    return (f"    {name} {amounts}\n\n{goal}\n\n1、1-产出指标,11-数量指标,{indicator}；实施周期指标值:≥100人,"
            f"年度指标值:≥100人;,2、3-满意度指标,31-服务对象满意度,服务对象满意度；实施周期指标值:≥90%,年度指标值:≥90%;\n\n")


_LABOUR = (_HEAD.format("松岭县人力资源和社会保障局") + "合计 278.50 258.50 20.00\n\n"
           "松岭县人力资源和社会保障局 231.90 211.90 20.00\n\n"
           + _project("局机关临聘人员经费", "22.40 22.40", "保障局机关临聘人员工资及社保缴纳。", "临聘人员数")
           + _project("长期护理保险失能评估经费", "58.00 38.00 20.00", "委托第三方开展失能等级评估。", "补助人数")
           + _project("档案数字化运维经费", "31.50 31.50", "维护人事档案数字化系统稳定运行。", "档案数字化份数")
           + _project("城乡困难群众临时救助资金", "120.00 120.00", "对遭遇突发困难的群众给予临时救助。", "救助人次")
           + "松岭县社会保险管理服务中心 26.60 26.60\n\n"
           + _project("社保管理服务中心临聘人员经费", "17.60 17.60", "保障中心临聘人员工资。", "临聘人员数")
           + _project("社保卡发放服务经费", "9.00 9.00", "开展社保卡集中发放。", "发卡数")
           + "松岭县劳动保障监察服务中心 20.00 20.00\n\n"
           + _project("劳动监察专项经费", "14.00 14.00", "开展劳动用工专项检查。", "检查企业数")
           + _project("欠薪排查服务经费", "6.00 6.00", "开展欠薪隐患排查。", "排查企业数"))

_ENFORCEMENT = (_HEAD.format("松岭县综合行政执法局") + "合计 51.50 51.50\n\n松岭县综合行政执法局 51.50 51.50\n\n"
                + _project("网格员工资经费", "48.30 48.30", "保障网格员工资按时发放。", "网格员人数")
                + _project("网格员公用经费", "3.20 3.20", "保障网格员日常办公。", "网格员人数"))


def _crossed(path: Path) -> None:
    """The finance bureau's 功能×经济 table: one department's heading line, its 类/款/项 lines and 小计."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "财政拨款支出预算(功能×经济)"
    ws.append(["松岭县2025年部门财政拨款支出预算表（按功能分类和经济分类交叉）"] + [None] * 6)
    ws.append(["编制单位：松岭县财政局"] + [None] * 5 + ["单位：万元"])
    ws.append(["科目编码", "科目名称", "合计", "基本支出", None, "项目支出", None])
    ws.append([None, None, None, "小计", "工资福利支出", "小计", "对个人和家庭的补助"])
    ws.append([None, "合计", 215.0, 80.0, 80.0, 135.0, 135.0])
    ws.append(["部门：松岭县民政局"] + [None] * 6)
    ws.append(["208", "社会保障和就业支出", 215.0, 80.0, 80.0, 135.0, 135.0])
    ws.append(["20802", "  民政管理事务", 80.0, 80.0, 80.0, None, None])
    ws.append(["20820", "  临时救助", 135.0, None, None, 135.0, 135.0])
    ws.append(["2082001", "    临时救助支出", 135.0, None, None, 135.0, 135.0])
    ws.append([None, "小计", 215.0, 80.0, 80.0, 135.0, 135.0])
    for cells in ("A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3", "A6:G6"):
        ws.merge_cells(cells)
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("conv62_follow")
    (folder / "松岭县人力资源和社会保障局_2025年_项目支出绩效目标表.txt").write_text(_LABOUR, encoding="utf-8")
    (folder / "松岭县综合行政执法局_2025年_项目支出绩效目标表.txt").write_text(_ENFORCEMENT, encoding="utf-8")
    _crossed(folder / "松岭县_2025年_部门财政拨款支出预算表_功能分类和经济分类交叉.xlsx")
    return engine_over(folder / "kb.sqlite", [folder])


def test_two_added_after_the_question_back_offered_two(engine: Engine) -> None:
    asked = converse(engine, "临聘人员经费多少")
    assert asked.status == CLARIFY, asked.text
    for reply in ("两个加起来", "这两个一共多少"):
        answer = converse(engine, "临聘人员经费多少", reply)
        assert answer.status == ANSWERED and "40.00" in answer.text, (reply, answer.text)
        assert "278.5" not in answer.text, answer.text
    # three said of two offered: not those, and never the table's total
    three = converse(engine, "临聘人员经费多少", "三个加起来")
    assert three.status != ANSWERED and "278.5" not in three.text and "40.00" not in three.text, three.text


def test_two_added_after_one_of_two_named_alike_under_two_units(engine: Engine) -> None:
    for first in ("局机关临聘人员经费多少", "社保管理服务中心临聘人员经费多少"):
        answer = converse(engine, first, "两个加起来")
        assert answer.status == ANSWERED and "40.00" in answer.text, (first, answer.text)
        assert "278.5" not in answer.text, answer.text
    # a project with no namesake under another unit: only one figure shown, never the table's total
    alone = converse(engine, "档案数字化运维经费多少", "两个加起来")
    assert alone.status != ANSWERED and "278.5" not in alone.text, alone.text
    # two figures shown over two turns: those two added, not the namesakes
    shown = converse(engine, "局机关临聘人员经费多少", "档案数字化运维经费呢", "两个加起来")
    assert shown.status == ANSWERED and "53.9" in shown.text, shown.text


def test_the_name_said_with_a_count_of_its_projects_adds_them(engine: Engine) -> None:
    answer = converse(engine, "网格员工资经费多少", "那两个网格员经费加起来呢")
    assert answer.status == ANSWERED and "51.50" in answer.text, answer.text


def test_an_insurance_said_by_its_initials(engine: Engine) -> None:
    words = ["失能", "人员", "照护", "保险", "评估", "经费"]
    assert "失人照险" in abbreviations_of(words, set(), {"保险": ("险",)})
    assert "失人照险" not in abbreviations_of(words, set())  # (no closing word said short: never a 险)
    assert "照险" not in abbreviations_of(words, set(), {"保险": ("险",)})  # (two characters: too easily a word)
    answer = converse(engine, "长护险评估经费多少")
    assert answer.status == ANSWERED and "58.00" in answer.text, answer.text
    compared = converse(engine, "长护险比档案数字化运维多多少")
    assert compared.status == ANSWERED and "26.50" in compared.text, compared.text


def test_a_unit_said_short_after_another(engine: Engine) -> None:
    first = converse(engine, "社保管理服务中心项目合计多少")
    assert first.status == ANSWERED and "26.60" in first.text, first.text
    answer = converse(engine, "社保管理服务中心项目合计多少", "那劳动监察中心呢")
    assert answer.status == ANSWERED and "20.00" in answer.text and "26.60" not in answer.text, answer.text


def test_a_part_the_table_does_not_break_down(engine: Engine) -> None:
    for part in ("其中评估员工资多少", "其中网格员工资多少"):
        answer = converse(engine, "长护险评估经费多少", part)
        assert answer.status != ANSWERED, answer.text
        assert "58" not in answer.text and "48.3" not in answer.text, answer.text
    assert "长期护理保险失能评估经费" in answer.text, answer.text  # what the table has is named
    column = converse(engine, "长护险评估经费多少", "其中财政拨款多少")
    assert column.status == ANSWERED and "38.00" in column.text, column.text


def test_a_project_and_a_subject_line_with_a_figure_are_asked_about(engine: Engine) -> None:
    """A project holding every word said (…临时救助资金) and another department's subject line holding some of them
    with a figure of its own (临时救助 135): two near matches, so the bot asks, each figure beside its option —
    never one of them as the answer."""
    answer = converse(engine, "临时救助资金多少")
    assert answer.status == "clarify" and "120" in answer.text and "135" in answer.text, answer.text
