"""Round 45, a department's and a unit's whole when a place publishes a table of all its departments (coded "X局 小计"
lines over their units: 合计 / 基本支出 小计 人员经费 公用经费 / 项目支出) beside a department's own table (its 部门收支总表),
each class on a small fictional pair of tables.

Classes:
- a department with no table of its own asked its money in any words (经费, 多少钱, 预算) is its 小计 line's 合计, never
  its 本级 unit's line nor that line's 人员经费 and 公用经费;
- the units under a department listed or counted by their kind (学校, 医院): the unit lines of its block, never a line
  of one unit whose name holds the kind word (职业中等专业学校);
- a unit said short by the standard short word of its kind (职专 of 职业中等专业学校) is its line;
- two departments joined by 加 (民政局加教育局合计): the two 小计 lines added;
- a department with a table of its own said with a line that table prints (支出总计, 其他支出 of its 部门收支总表): that
  line, never its 小计 in the place's table; said with the place table's title (在一般公共预算支出表里), its 小计 there;
- a follow-up on a line of the department's block (民政局小计 → 社会福利院多少, → 本级呢, → 它本级的项目支出): that line,
  never refused as another department's answer; a line of another department's block still is;
- the place's whole said by its level (全市合计多少) when one table of that place's departments is loaded: its 合计
  line, and its part after it (其中项目支出呢) of the same line."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, write_workbook

from bot.engine import ANSWERED, UNKNOWN, Engine

_PLACE = [
    ["青岚市2026年一般公共预算财政拨款支出表"],
    ["单位：万元"],
    ["单位编码", "单位名称", "合计", "基本支出", None, None, "项目支出"],
    [None, None, None, "小计", "人员经费", "公用经费", None],
    [None, "合计", 2163.1, 1147.8, 954.3, 193.5, 1015.3],
    ["101", "青岚市财政局 小计", 512.4, 318.7, 263.9, 54.8, 193.7],
    ["101001", "  青岚市财政局（本级）", 406.3, 261.2, 217.5, 43.7, 145.1],
    ["101002", "  青岚市财政国库支付中心", 106.1, 57.5, 46.4, 11.1, 48.6],
    ["201", "青岚市教育局 小计", 1031.8, 623.4, 517.6, 105.8, 408.4],
    ["201001", "  青岚市教育局（本级）", 297.2, 96.3, 78.1, 18.2, 200.9],
    ["201002", "  青岚市第一中学", 421.7, 312.6, 259.3, 53.3, 109.1],
    ["201003", "  青岚市职业中等专业学校", 312.9, 214.5, 180.2, 34.3, 98.4],
    ["401", "青岚市民政局 小计", 618.9, 205.7, 172.8, 32.9, 413.2],
    ["401001", "  青岚市民政局（本级）", 463.5, 126.4, 103.9, 22.5, 337.1],
    ["401002", "  青岚市社会福利院", 155.4, 79.3, 68.9, 10.4, 76.1],
]
_PLACE_MERGED = ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4"]

_OWN = [
    ["青岚市财政局2026年部门收支总表"],
    ["部门名称：青岚市财政局", None, None, "单位：万元"],
    ["收    入", None, "支    出", None],
    ["项    目", "预算数", "项目（按支出功能分类）", "预算数"],
    ["一、一般公共预算拨款收入", 500.0, "一、一般公共服务支出", 430.0],
    ["二、政府性基金预算拨款收入", 20.0, "二、社会保障和就业支出", 60.0],
    ["三、事业收入", 10.0, "三、住房保障支出", 57.3],
    [None, None, "四、其他支出", 12.7],
    ["本年收入合计", 530.0, "本年支出合计", 560.0],
    ["上年结转", 30.0, "年末结转结余", None],
    ["收入总计", 560.0, "支出总计", 560.0],
]
_OWN_MERGED = ["A1:D1", "A3:B3", "C3:D3"]


@pytest.fixture(scope="module")
def qinglan(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("whole45")
    place = write_workbook(folder / "青岚市_2026年_一般公共预算财政拨款支出表.xlsx", _PLACE, _PLACE_MERGED)
    own = write_workbook(folder / "青岚市财政局_2026年_部门收支总表.xlsx", _OWN, _OWN_MERGED)
    return engine_over(folder / "kb.sqlite", [place, own])


@pytest.mark.parametrize("question", ["教育局的经费是多少", "教育局多少钱", "教育局预算多少"])
def test_a_departments_money_is_its_subtotal_line(qinglan: Engine, question: str) -> None:
    answer = converse(qinglan, question)  # 小计 1031.8, never 本级's 297.2 nor its 78.1 + 18.2
    assert answer.status == ANSWERED and "1031.8" in answer.text and "本级" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["教育局下面有哪些学校", "教育局有几所学校"])
def test_units_of_a_department_by_their_kind(qinglan: Engine, question: str) -> None:
    answer = converse(qinglan, question)  # the two schools, never 本级 counted as one
    assert answer.status == ANSWERED and "第一中学" in answer.text and "职业中等专业学校" in answer.text, answer.text
    assert "2 所学校" in answer.text and "本级" not in answer.text, answer.text


def test_no_units_of_the_kind_asked_is_no_count_of_the_others(qinglan: Engine) -> None:
    answer = converse(qinglan, "民政局有几家医院")  # 本级 and 社会福利院: neither a hospital
    assert answer.status != ANSWERED and "2 个" not in answer.text, answer.text


def test_a_unit_said_by_its_kinds_short_word(qinglan: Engine) -> None:
    answer = converse(qinglan, "职专基本支出多少")
    assert answer.status == ANSWERED and "职业中等专业学校" in answer.text and "214.5" in answer.text, answer.text


def test_two_departments_joined_by_plus(qinglan: Engine) -> None:
    answer = converse(qinglan, "民政局加教育局合计多少")
    assert answer.status == ANSWERED and "1650.7" in answer.text, answer.text


@pytest.mark.parametrize(("question", "expected"), [
    ("民政局加上教育局多少", "1650.7"), ("民政局加教育局", "1650.7"), ("民政局加教育局项目支出多少", "821.6")])
def test_two_departments_joined_by_plus_are_added_without_a_sum_word(qinglan: Engine, question: str,
                                                                      expected: str) -> None:
    answer = converse(qinglan, question)  # 618.9 + 1031.8; their 项目支出 413.2 + 408.4
    assert answer.status == ANSWERED and expected in answer.text, answer.text


def test_a_line_of_the_departments_own_table(qinglan: Engine) -> None:
    total = converse(qinglan, "青岚财政局支出总计多少")
    assert total.status == ANSWERED and "560" in total.text and "部门收支总表" in total.text, total.text
    other = converse(qinglan, "青岚财政局支出总计", "其他支出呢")
    assert other.status == ANSWERED and "12.7" in other.text and "部门收支总表" in other.text, other.text


def test_the_place_table_named_by_its_title(qinglan: Engine) -> None:
    whole = converse(qinglan, "青岚财政局在一般公共预算支出表里合计多少")
    assert whole.status == ANSWERED and "512.4" in whole.text and "部门收支总表" not in whole.text, whole.text
    own = converse(qinglan, "青岚财政局在一般公共预算支出表里合计多少", "它本级的项目支出")
    assert own.status == ANSWERED and "145.1" in own.text and "本级" in own.text, own.text


@pytest.mark.parametrize(("turns", "expected"), [
    (("民政局小计", "社会福利院多少"), "155.4"),
    (("民政局项目支出", "本级呢"), "337.1"),
    (("教育局有哪些单位", "第一中学的项目支出"), "109.1"),
    (("民政局合计", "本级的项目支出"), "337.1"),
])
def test_a_line_of_the_departments_block_followed_up(qinglan: Engine, turns: tuple[str, ...], expected: str) -> None:
    answer = converse(qinglan, *turns)
    assert answer.status == ANSWERED and expected in answer.text, answer.text


@pytest.mark.parametrize(("turns", "wrong"), [
    (("民政局小计", "第一中学多少"), "421.7"), (("教育局多少钱", "社会福利院多少"), "155.4"),
    (("财政局多少钱", "第一中学多少"), "421.7")])
def test_a_line_of_another_departments_block_is_still_refused(qinglan: Engine, turns: tuple[str, ...],
                                                             wrong: str) -> None:
    answer = converse(qinglan, *turns)  # (the place, 青岚市, in every department's name, is no department talked of)
    assert answer.status == UNKNOWN and wrong not in answer.text, answer.text


def test_the_places_whole_and_its_part(qinglan: Engine) -> None:
    whole = converse(qinglan, "全市合计多少")
    assert whole.status == ANSWERED and "2163.1" in whole.text, whole.text
    part = converse(qinglan, "全市合计多少", "其中项目支出呢")
    assert part.status == ANSWERED and "1015.3" in part.text, part.text


@pytest.mark.parametrize("question", ["全市哪个部门支出最多", "全市有几个部门", "全市有哪些部门", "全市排名第一的部门",
                                      "全市小计多少", "全市收入合计多少"])
def test_the_places_whole_only_for_one_whole_asked(qinglan: Engine, question: str) -> None:
    answer = converse(qinglan, question)  # a count, a list, a ranking, each apart, or a line it does not print
    assert "2163.1" not in answer.text, answer.text


def test_a_ranking_over_the_place_is_of_its_departments(qinglan: Engine) -> None:
    answer = converse(qinglan, "全市哪个部门支出最多")
    assert answer.status == ANSWERED and "教育局" in answer.text and "1031.8" in answer.text, answer.text


def test_the_subtotal_said_beside_the_own_line(qinglan: Engine) -> None:
    both = converse(qinglan, "财政局小计和本级分别多少")
    assert both.status == ANSWERED and "512.4" in both.text and "406.3" in both.text, both.text
    diff = converse(qinglan, "财政局小计比本级多多少")  # 512.4 - 406.3, never the 本级 line alone
    assert diff.status == ANSWERED and "106.1" in diff.text and "512.4" in diff.text, diff.text


@pytest.fixture(scope="module")
def xianju(tmp_path_factory) -> Engine:
    from pathlib import Path

    general = Path(__file__).resolve().parent / "data" / "general69"
    return engine_over(tmp_path_factory.mktemp("whole45x") / "kb.sqlite",
                       [general / "仙居县市场监督管理局_2026年_项目支出绩效目标表.txt"])


@pytest.mark.parametrize("question", ["绩效表里检验检测中心一共多少钱", "目标表里检验检测中心一共多少钱"])
def test_a_unit_of_the_project_table_named_by_its_kind(xianju: Engine, question: str) -> None:
    answer = converse(xianju, question)  # the unit's 小计 line of the 目标表, never its projects added up
    assert answer.status == ANSWERED and "71.05" in answer.text and "小计" in answer.text, answer.text
