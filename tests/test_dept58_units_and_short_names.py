"""Round 58: questions over a 项目支出绩效目标表 (the seed's text layout) of a department with several units, in staff's
words, beside the seed's department and another table.

Over tests/data/dept58 (fictional: 三江侗族自治县卫生健康局's table, three units, five projects) and a small workbook
of special funds made here:
- an autonomous county's department said without its peoples and 自治 (三江卫健局, 三江县卫健局): its units, its
  projects counted, its total;
- an indicator said by two pieces of its name in order (家庭医生…配备比例) is its value, never the project's share
  of the budget; two indicators fitting (县领导督导检查, 参与县领导督导检查) are both shown;
- a word with 相关的指标 lists the indicators whose names hold it, across projects, though a project's name holds it;
- a unit the table does not list (救护中心) is said not to be there, never asked among projects;
- the project's indicator counted in 个 whose name holds the noun said with its brackets left out (社区（小区）);
- 项目个数 of a department is its projects counted, not an indicator whose bracket is 项目;
- 哪个部门有X项目: the department and the project's amount, though another table prints X on a blank line;
- a follow-up naming whole a line of a table the conversation is not about is answered from that table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over, simple_table

DATA = Path(__file__).resolve().parent / "data" / "dept58"
KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("dept58")
    funds = folder / "三江侗族自治县财政局_2025年专项资金安排表.xlsx"
    simple_table(funds, "专项资金", "三江侗族自治县财政局2025年专项资金安排表", "D2", "单位：万元",
                 ["资金名称", "主管部门", "安排金额", "备注"],
                 [["乡村医生定额补助资金", "县卫生健康局", 135, "按人头补助"],
                  ["农村公路养护补助资金", "县交通运输局", 210, ""],
                  ["病媒生物消杀经费", None, 0, None]])
    return engine_over(folder / "kb.sqlite", [KNOWLEDGE, DATA, funds])


def test_place_said_short_of_an_autonomous_county(engine: Engine) -> None:
    units = converse(engine, "三江卫健局下面有哪几个单位")
    assert units.status == "answered" and "疾病预防控制中心" in units.text and "妇幼保健院" in units.text
    count = converse(engine, "三江县卫健局有几个项目")
    assert count.status == "answered" and "5 个项目" in count.text
    total = converse(engine, "三江卫健局项目支出合计多少")
    assert total.status == "answered" and "460.00" in total.text


def test_indicator_said_in_two_pieces(engine: Engine) -> None:
    ratio = converse(engine, "家庭医生配备比例要求")
    assert ratio.status == "answered" and "1:2000" in ratio.text and "占" not in ratio.text
    both = converse(engine, "领导督导的指标值是多少")
    assert both.status in ("answered", "clarify")
    assert "乡村医生“一站式”服务补助经费" in both.text and "病媒生物消杀经费" in both.text


def test_indicators_related_to_a_word(engine: Engine) -> None:
    listed = converse(engine, "“一站式”相关的指标有哪些")
    assert listed.status == "answered"
    assert "救助资金“一站式”结算比例" in listed.text and "村卫生室“一站式”服务覆盖率" in listed.text
    assert "补助乡村医生人数" not in listed.text


def test_unit_not_in_the_table(engine: Engine) -> None:
    missing = converse(engine, "卫健局救护中心经费多少")
    assert missing.status == "unknown" and "救护中心" in missing.text and "妇幼保健院" in missing.text
    held = converse(engine, "卫健局妇幼保健院经费多少")
    assert held.status == "answered" and "40.00" in held.text


def test_count_in_the_indicator_named_by_the_noun(engine: Engine) -> None:
    answer = converse(engine, "消杀经费多少", "要指导多少个社区小区消杀")
    assert answer.status == "answered" and "15个" in answer.text


def test_projects_counted_not_a_bracketed_indicator(engine: Engine) -> None:
    counted = converse(engine, "卫健局项目个数")
    assert counted.status == "answered" and "5 个项目" in counted.text
    named = converse(engine, "健康讲座项目个数")
    assert named.status == "answered" and "≥12个" in named.text


def test_department_holding_a_project(engine: Engine) -> None:
    answer = converse(engine, "哪个部门有病媒生物消杀项目")
    assert answer.status == "answered" and "三江侗族自治县卫生健康局" in answer.text and "60.00" in answer.text


def test_follow_up_naming_a_line_of_another_table(engine: Engine) -> None:
    answer = converse(engine, "家庭医生签约服务补助资金多少", "乡村医生定额补助资金呢")
    assert answer.status == "answered" and "135" in answer.text


def test_follow_up_after_an_indicator_is_not_another_lines_amount(engine: Engine) -> None:
    # (a ratio asked, then a line of another table: what is asked of it is that ratio, which it does not print —
    # never its 安排金额)
    answer = converse(engine, "家庭医生配备比例要求", "那乡村医生定额补助资金呢")
    assert "135" not in answer.text, answer.text
