"""Round 59: questions spanning several loaded documents, places or departments at once.

Over tests/data/xdoc59 (fictional: 鹭溪县 with its 人社局's and 应急管理局's project tables, its 三公 table of
departments and its 功能分类表; 棠州市's 人社局 project table):
- two places said apart, one project name: each place's own department's project (分别多少, 哪个多), a name said
  with a word between its words in one of them (城乡居民养老保险: 城乡居民基本养老保险县级补助资金);
- an indicator asked of every place (各地, 各部门): each department its own, grouped by department;
- a place's thing asked of two of its tables at once (a 功能分类表 line and its bureau's project; a unit's project
  total and its 三公 line): both answered, each with its source;
- a place's line of its table of departments (鹭溪公安局 in the 三公 table) as one side of 哪个多;
- follow-ups: a place fitting the county and its bureaus (鹭溪的呢) is the one holding the thing just shown; a
  table said short (功能表2025年预算呢) asks the thing in that table; a unit said by its tail after another unit
  (那执法队呢) is that unit."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over

DATA = Path(__file__).resolve().parent / "data" / "xdoc59"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("xdoc59") / "kb.sqlite", [DATA])


def test_two_places_each_its_own_project(engine: Engine) -> None:
    a = converse(engine, "创业担保贷款贴息资金鹭溪和棠州分别多少")
    assert a.status == "answered", a.text
    assert "96.00万元" in a.text and "870.00万元" in a.text, a.text


def test_two_places_which_is_more_with_a_name_said_short(engine: Engine) -> None:
    a = converse(engine, "城乡居民养老保险的钱 鹭溪和棠州比哪个多")
    assert a.status == "answered", a.text
    assert a.text.startswith("城乡居民养老保险政府补贴资金更多"), a.text
    assert "874.25" in a.text and "15310" in a.text, a.text


@pytest.mark.parametrize("question", ["各地城镇新增就业人数指标分别是多少", "各部门城镇新增就业人数分别多少"])
def test_indicator_of_every_place_each_its_own(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert a.text.count("城镇新增就业人数") == 2 and "≥41000人" in a.text and "≥3100人" in a.text, a.text
    assert a.text.index("【棠州市人力资源和社会保障局】") < a.text.index("≥41000人") \
        < a.text.index("【鹭溪县人力资源和社会保障局】") < a.text.index("≥3100人"), a.text


@pytest.mark.parametrize(("question", "figures"), [
    ("鹭溪就业见习补贴：功能分类表24年执行数和人社局项目金额", ("29.12万元", "33.80万元")),
    ("鹭溪公益性岗位补贴 功能表2025年预算和人社局项目分别多少", ("1362.2万元", "218.40万元")),
    ("鹭溪财政对城乡居民基本养老保险基金的补助2025年和人社局县级补助资金", ("4834万元", "874.25万元")),
    ("鹭溪就业服务中心项目合计和2025年三公经费分别多少", ("658.20万元", "2.6万元")),
])
def test_one_thing_of_two_tables_both_answered(engine: Engine, question: str, figures: tuple[str, str]) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text
    lines = a.text.split("\n")
    assert len(lines) == 2 and figures[0] in lines[0] and figures[1] in lines[1], a.text
    assert all("来源：" in line for line in lines), a.text


def test_place_line_of_its_table_of_departments_as_a_side(engine: Engine) -> None:
    a = converse(engine, "鹭溪应急局执法装备购置及维护经费和鹭溪公安局2025年公务用车购置费哪个多")
    assert a.status == "answered", a.text
    assert a.text.startswith("鹭溪县应急管理局的更多") and "27.6 − 24 = 3.6万元" in a.text, a.text
    assert "鹭溪县公安局" in a.text, a.text


def test_place_follow_up_is_the_department_holding_the_thing(engine: Engine) -> None:
    a = converse(engine, "棠州公益性岗位补贴资金多少", "鹭溪的呢")
    assert a.status == "answered", a.text
    assert "218.40万元" in a.text and "1020" not in a.text, a.text


def test_table_said_short_as_a_follow_up(engine: Engine) -> None:
    a = converse(engine, "鹭溪人社局就业见习补贴项目多少", "功能表2025年预算呢")
    assert a.status == "answered", a.text
    assert "2080711就业见习补贴 2025年预算数：43.2万元" in a.text and "功能分类表" in a.text, a.text


def test_unit_said_by_its_tail_after_another_unit(engine: Engine) -> None:
    a = converse(engine, "应急救援指挥中心合计多少", "那执法队呢")
    assert a.status == "answered", a.text
    assert a.text.startswith("鹭溪县应急管理综合行政执法队") and "99.00万元" in a.text, a.text
