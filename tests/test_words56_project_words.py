"""Staff's own words about a project table (项目支出绩效目标表), over a fictional district bureau's table
(tests/data/words56: 鹭洲市安平区民政局) loaded beside the bundled seed (广州市白云区信访局), and that bureau's final
account of a few classification lines (written here):

- a kind of staff the table calls by one word of a [synonym_groups] group (临聘人员) asked by another word of that
  group (临时工, 临时聘用人员): the projects whose names carry the table's word; asked by another kind of staff of
  [related_kinds] (编外人员, 合同工, 劳务派遣人员 — different categories under employment rules): asked back ("您说的
  合同工是指临聘人员吗？") with those projects, never answered as if it were that kind — unless the department's own
  indicators call its staff so (the seed's 政府雇员 projects measure 编外人员工资支付及时性); which words a
  department holds itself is read per department, never across all;
- a bureau said with another level of government than the loaded one's ("市民政局" when only the 区's is loaded):
  not loaded, never the loaded one's figures;
- money per one of a thing (单个 / 每个 / 一个 + the thing) of the project talked about: the indicator whose value is
  a figure per one (≤8万元/个), never the project's total;
- a name quoted ("“我们的家宴”是哪个项目"): looked up word for word in the goals, with the project and its sentence;
- a classification line said by its tail without its qualifying head ("事业单位医疗" of 行政事业单位医疗): another item,
  never that line's figure.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.dialogue.values import ANSWERED, CLARIFY, UNKNOWN
from bot.engine import Engine
from tests.conftest import converse, engine_over, write_workbook

_DATA = Path(__file__).resolve().parent / "data" / "words56"
_SEED = Path(__file__).resolve().parent.parent / "knowledge"

_FINAL = [  # (科目编码, 科目名称, 年初预算数, 决算数)
    ("210", "卫生健康支出", 45.2, 44.8),
    ("21011", "行政事业单位医疗", 45.2, 44.8),
    ("2101101", "行政单位医疗", 45.2, 44.8),
    ("208", "社会保障和就业支出", 88.6, 87.3),
    ("20805", "行政事业单位养老支出", 88.6, 87.3),
    ("2080505", "机关事业单位基本养老保险缴费支出", 60.1, 59.9),
    ("2080506", "机关事业单位职业年金缴费支出", 28.5, 27.4),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("words56")
    for f in _DATA.iterdir():
        shutil.copy(f, folder / f.name)
    write_workbook(folder / "鹭洲市安平区民政局_2024年_一般公共预算财政拨款支出决算表.xlsx", [
        ["鹭洲市安平区民政局2024年一般公共预算财政拨款支出决算表"],
        ["部门：鹭洲市安平区民政局", None, None, "单位：万元"],
        ["科目编码", "科目名称", "年初预算数", "决算数"],
        *_FINAL], sheet="支出决算")
    return engine_over(folder / "kb.sqlite", [_SEED, folder])


@pytest.mark.parametrize("question", ["安平民政局编外人员的经费多少", "安平民政局合同工的经费有哪些",
                                      "安平民政局劳务派遣人员经费多少"])
def test_a_kind_of_staff_said_otherwise_is_the_projects_of_the_tables_word(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status in (ANSWERED, CLARIFY)
    assert "临聘人员工资经费" in a.text and "临聘人员公用经费" in a.text
    assert "政府雇员" not in a.text  # (the seed's own word for its staff, another department's)


def test_a_kind_of_staff_said_otherwise_with_the_rest_of_the_name(engine: Engine) -> None:
    a = converse(engine, "安平民政局编外人员公用经费多少")
    assert a.status == CLARIFY and "您说的编外人员是指临聘人员吗" in a.text and "临聘人员公用经费" in a.text
    assert "工资经费" not in a.text
    a = converse(engine, "安平民政局编外人员公用经费多少", "1")
    assert a.status == ANSWERED and "临聘人员公用经费" in a.text and "4.80" in a.text
    for asked in ("安平民政局临时工公用经费多少", "安平民政局临时聘用人员公用经费多少"):  # (one kind, its other words)
        a = converse(engine, asked)
        assert a.status == ANSWERED and "临聘人员公用经费" in a.text and "4.80" in a.text
    # the seed's table prints 编外人员 in its indicators only: its projects are said so too
    a = converse(engine, "白云信访局编外人员工资经费多少")
    assert a.status == ANSWERED and "政府雇员工资经费" in a.text and "77.28" in a.text


@pytest.mark.parametrize("question", ["安平民政局合同工工资多少", "安平民政局劳务派遣工资经费多少"])
def test_another_kind_of_staff_is_asked_back_never_answered(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == CLARIFY and "是指临聘人员吗" in a.text and "临聘人员工资经费" in a.text


def test_the_words_a_department_holds_are_its_own(engine: Engine) -> None:
    # 临聘人员 is the 民政局's own word: a table's own word names that table's projects only (said of another
    # department's 政府雇员 projects its full form would win over the table's own name), so the 信访局 has none
    a = converse(engine, "白云信访局临聘人员工资经费多少")
    assert a.status == "unknown"
    assert "58.60" not in a.text and "77.28" not in a.text
    b = converse(engine, "临聘人员工资经费多少")
    assert b.status == "answered" and "58.60" in b.text and "77.28" not in b.text


@pytest.mark.parametrize("question", ["市民政局有哪些项目", "鹭洲市民政局临时救助资金多少", "省民政局临时救助资金多少",
                                      "市民政局行政单位医疗决算多少"])
def test_another_level_of_government_is_not_the_loaded_bureau(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == UNKNOWN
    assert "120.00" not in a.text and "临聘人员工资经费" not in a.text and "44.8" not in a.text


def test_another_level_said_in_a_follow_up(engine: Engine) -> None:
    a = converse(engine, "安平民政局有哪些项目", "市民政局的呢")
    assert a.status == UNKNOWN and "301.40" not in a.text and "临聘人员" not in a.text


@pytest.mark.parametrize("question", ["区民政局临时救助资金多少", "安平区民政局临时救助资金多少", "鹭洲市安平区民政局临时救助资金多少"])
def test_the_loaded_bureaus_own_level_is_that_bureau(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == ANSWERED and "困难群众临时救助资金" in a.text and "120.00" in a.text


@pytest.mark.parametrize("asked", ["单个服务站补助多少", "每个服务站补助多少", "一个服务站补助多少", "每个站补助多少"])
def test_money_per_one_is_the_indicator_stating_it(engine: Engine, asked: str) -> None:
    a = converse(engine, "安平民政局居家养老服务站项目", asked)
    assert a.status == ANSWERED and "≤8万元/个" in a.text
    assert "96.00" not in a.text  # (never the project's total read as the rate)


@pytest.mark.parametrize("question", ["“我们的家宴”是哪个项目", "\"我们的家宴\"是哪个项目", "“家宴”是哪个项目的"])
def test_a_quoted_name_is_looked_up_in_the_goals(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == ANSWERED and "社区邻里互助活动经费" in a.text and "我们的家宴" in a.text


def test_a_line_said_without_its_qualifying_head_is_another_item(engine: Engine) -> None:
    a = converse(engine, "安平民政局事业单位医疗多少")
    assert a.status != ANSWERED and "44.8" not in a.text
    a = converse(engine, "安平民政局行政事业单位医疗决算多少")
    assert a.status == ANSWERED and "44.8" in a.text
    a = converse(engine, "安平民政局行政单位医疗决算多少")
    assert a.status == ANSWERED and "44.8" in a.text


def test_the_staff_counted_is_no_projects_money(engine: Engine) -> None:
    a = converse(engine, "白云信访局一共有多少编外人员")
    assert a.status != ANSWERED and "79.98" not in a.text and "77.28" not in a.text
