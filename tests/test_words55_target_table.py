"""Round 55, staff's words over a 项目支出绩效目标表 of a department with several funding units (the fictional 临溪县水利局
of tests/data/words55): an indicator said short by a verb or a part of its name with a measure word ("编几个规划",
"抢险队伍几支", "临聘人员几个" of a value in 人), a time indicator asked by when ("几月份完成", "几号之前完工"), a per-unit
indicator asked in context (the project's own, never another project's of like words), two projects joined by 加
(their sum; a short name fitting two projects beside another named is asked, never both added),
a unit by its short name ("水库中心的其他资金", "X局总预算" → "那执法队的呢"), and the department's 项目支出 asked
after another table's line ("一般公共预算收入合计" → "X局项目支出呢")."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.values import ANSWERED, CLARIFY
from bot.engine import Engine
from bot.understand.parse import understand
from tests.conftest import converse, engine_over, simple_table

_DOCS = Path(__file__).resolve().parent / "data" / "words55"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("words55")
    docs = root / "docs"
    docs.mkdir()
    for path in _DOCS.iterdir():
        (docs / path.name).write_bytes(path.read_bytes())
    # the county's revenue table beside the bureau's 目标表 (another kind of table, its lines no project's)
    simple_table(docs / "临溪县2026年一般公共预算收入预算表.xlsx", "一般公共预算收入", "临溪县2026年一般公共预算收入预算表",
                 "D2", "单位：万元", ["项目", "2025年预算数", "2026年预算数", "备注"],
                 [("税收收入", 61000, 63500, None), ("非税收入", 12000, 11800, None),
                  ("一般公共预算收入合计", 73000, 75300, None)])
    # another department's table of its projects' spending (项目支出 names more than one kind of table)
    simple_table(docs / "临溪县农业农村局2026年项目支出预算明细表.xlsx", "项目支出", "临溪县农业农村局2026年项目支出预算明细表",
                 "C2", "单位：万元", ["项目名称", "项目类别", "金额"], [("农机购置补贴", "专项业务类", 60), ("合计", None, 60)])
    return engine_over(root / "kb.sqlite", [docs])


@pytest.mark.parametrize(("turns", "value"), [
    (("水资源规划编制经费", "编几个规划"), "4项"),  # a verb of the name (编制) and a noun, the count between
    (("水库日常巡查经费多少", "抢险队伍几支"), "3支"),
    (("临聘人员工资经费", "临聘人员几个"), "6人"),  # 个 counts people: 6人, never its 合同签订率 (100%)
])
def test_an_indicator_said_short_with_a_count_is_the_projects_count(engine: Engine, turns, value) -> None:
    answer = converse(engine, *turns)
    assert answer.status == ANSWERED, answer.text
    assert value in answer.text
    assert turns[0][:4] in answer.text  # of the project talked about


@pytest.mark.parametrize(("question", "value", "other"), [
    ("水资源规划编制要几月份完成", "2026年10月底前", "2026年8月底前"),
    ("水毁工程修复几号之前完工", "2026年8月底前", "2026年10月底前"),
])
def test_a_time_asked_by_month_or_day_is_the_projects_time_indicator(engine: Engine, question, value, other) -> None:
    answer = converse(engine, question)
    assert answer.status == ANSWERED, answer.text
    assert value in answer.text and other not in answer.text


def test_a_date_asked_of_a_project_whose_time_indicator_is_a_limit_is_not_answered_by_the_limit(engine: Engine) -> None:
    answer = converse(engine, "水库日常巡查几月份完成")
    assert answer.status != ANSWERED, answer.text
    assert "2026年" not in answer.text and "险情报告时限" in answer.text  # (the limit it has, said as no date)


def test_a_when_asked_of_an_indicator_that_is_no_time_is_not_answered_by_its_value(engine: Engine) -> None:
    # 每座山塘加固补助标准 (≤25万元/座) named, asked when: no time in the table, never its value given as the answer
    # (its project's one time indicator is a rate, 拨付及时率 ≥95%: no date either, said as such)
    answer = converse(engine, "山塘加固补助标准几月份发放")
    assert answer.status != ANSWERED and "≤25万元/座" not in answer.text, answer.text


@pytest.mark.parametrize(("project", "own", "others"), [
    ("河道保洁经费", "≤2万元/公里", "≤9万元/公里"),
    ("水毁工程修复经费", "≤9万元/公里", "≤2万元/公里"),
])
def test_a_per_unit_indicator_asked_in_context_is_the_projects_own(engine: Engine, project, own, others) -> None:
    answer = converse(engine, project, "每公里补多少")
    assert answer.status == ANSWERED, answer.text
    assert own in answer.text and others not in answer.text
    assert f"【{project}】" in answer.text


def test_another_projects_indicator_named_is_never_stated_as_the_one_talked_about(engine: Engine) -> None:
    # issue 13: "<project A>" → "<indicator of project B>": B's value, if given, is said as B's
    answer = converse(engine, "河道保洁经费", "每公里堤防修复补助多少")
    assert "【河道保洁经费】" not in answer.text
    if "≤9万元/公里" in answer.text:
        assert "水毁工程修复经费" in answer.text


def test_two_projects_joined_by_jia_are_added(engine: Engine) -> None:
    answer = converse(engine, "山塘除险加水毁抢修一共多少")
    assert answer.status == ANSWERED, answer.text
    first = answer.text.splitlines()[0]
    assert "山塘除险加固补助资金" in first and "水毁工程修复经费" in first and "500.00万元" in first
    assert "300" not in first  # (a project's own amount is never printed where the sum is read)
    # 加 read as the plus between them: never a word left over ("加堤防")
    p = understand("山塘加固加堤防修复一共多少", engine.kb)
    assert not any("加" in w for w in p.unexplained), p.unexplained


def test_a_short_name_of_two_projects_beside_another_is_asked_never_both_added(engine: Engine) -> None:
    answer = converse(engine, "河道保洁加汛期巡查一共多少")
    assert answer.status == CLARIFY, answer.text
    assert "335" not in answer.text  # (170 + 130 + 35: both 巡查 projects added in)


def test_a_units_source_column_said_by_its_short_name(engine: Engine) -> None:
    answer = converse(engine, "水库中心的其他资金多少")
    assert answer.status == ANSWERED, answer.text
    assert "临溪县水库管理中心" in answer.text and "30.00万元" in answer.text
    assert "未列" not in answer.text  # the third amount printed may be it: said so, never "not printed"


@pytest.mark.parametrize(("unit", "name", "value"), [
    ("执法队", "临溪县水利综合行政执法队", "50.00万元"),  # 执法 is in two projects' names too: the unit, not which project
    ("水库中心", "临溪县水库管理中心", "330.00万元"),
])
def test_a_unit_asked_after_its_departments_whole_is_its_whole(engine: Engine, unit, name, value) -> None:
    answer = converse(engine, "临溪水利局总预算", f"那{unit}的呢")
    assert answer.status == ANSWERED, answer.text
    assert name in answer.text and value in answer.text and "980" not in answer.text


def test_a_departments_project_spending_asked_after_another_tables_line_is_its_whole(engine: Engine) -> None:
    # the department's whole said by its own words (项目支出) is asked anew, never the county's line of revenue
    answer = converse(engine, "临溪县一般公共预算收入合计", "临溪水利局项目支出呢")
    assert answer.status == ANSWERED, answer.text
    assert answer.text.splitlines()[0].startswith("临溪县水利局") and "980.00万元" in answer.text
    assert "75300" not in answer.text


@pytest.mark.parametrize("said", ["临溪水利局项目预算总额呢", "那临溪水利局2026年的项目合计呢", "水利局项目支出总额是多少"])
def test_a_departments_whole_said_by_other_words_after_another_tables_line_is_its_whole(engine: Engine, said: str) -> None:
    answer = converse(engine, "临溪县税收收入合计", said)
    assert answer.status == ANSWERED and "980.00万元" in answer.text and "63500" not in answer.text, answer.text


@pytest.mark.parametrize("said", ["临溪水利局这块呢", "水利局那边呢", "临溪水利局项目支出执行率呢"])
def test_a_department_said_with_words_not_read_after_another_tables_line_is_no_whole(engine: Engine, said: str) -> None:
    # (a filler or a word the reading leaves unread beside the department asks no whole of it: never its 980.00)
    answer = converse(engine, "临溪县一般公共预算收入合计", said)
    assert answer.status != ANSWERED and "980.00万元" not in answer.text and "75300" not in answer.text, answer.text


def test_ge_counts_only_the_thing_an_indicator_counts(tmp_path: Path) -> None:
    """个 counts any measure word of the thing the indicator counts (临聘人员几个 → 6人), never of a word that only
    qualifies it: "有几个乡镇街道分到钱" is no count of 补助乡镇（街道）抢险队伍数 (3支)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for path in _DOCS.glob("*.txt"):
        text = path.read_text(encoding="utf-8").replace("防汛抢险队伍数量", "补助乡镇（街道）抢险队伍数")
        (docs / path.name).write_text(text, encoding="utf-8")
    towns = converse(engine_over(tmp_path / "kb.sqlite", [docs]), "有几个乡镇街道分到钱")
    assert towns.status != ANSWERED, towns.text
