"""Round 63: a table of a place's departments and their units (a 部门基本支出预算明细表): each department a coded
小计 line above its units coded under it, the first unit printed by the department's own name (its 本级), a 合计
line, and two header rows (社会保障缴费 and 公用经费 merged over their sub-columns). "X局本级" is that own unit's
line, "X局" / "X局小计" / "X局基本支出" the 小计 line (the table named by a run of its title); a name two places'
departments share (人社局) is this table's when said with a run of its title, or with 本级 beside its own unit;
"不算小计" rankings run over the units; a column said alone in a follow-up keeps the line answered — the place's
合计 line too.

Over tests/data/wage63 (fictional 南屏县: six departments, sixteen units; and a 北岭市人社局 table beside it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over

DATA = Path(__file__).resolve().parent / "data" / "wage63"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("wage63") / "kb.sqlite", [DATA])


@pytest.mark.parametrize("question,shown,not_shown", [
    ("财政局本级基本工资", "210.4", "271.2"),  # (271.2: the 小计's)
    ("教育局本级津贴补贴多少", "95.3", "611.1"),
    ("教育局本级基本支出", "341.6", "2672.7"),
    ("农业农村局本级", "478", "865.2"),
    ("人力资源和社会保障局本级基本支出", "317.3", "622.9"),  # (its 和 inside the name said without the place: no two parts)
])
def test_own_level_is_the_own_unit_line(engine: Engine, question: str, shown: str, not_shown: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert shown in a.text and not_shown not in a.text and "本级" in a.text, a.text


@pytest.mark.parametrize("question,shown", [
    ("教育局基本支出", "2672.7"),
    ("教育局小计", "2672.7"),
])
def test_department_with_the_title_is_its_subtotal(engine: Engine, question: str, shown: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert shown in a.text and "341.6" not in a.text, a.text


def test_shared_name_with_the_title_is_this_tables(engine: Engine) -> None:
    """人社局 is also 北岭市's; 基本支出 is printed by this table only: 南屏县's 小计 line."""
    a = converse(engine, "人社局基本支出小计")
    assert a.status == "answered", a.text
    assert "622.9" in a.text and "南屏县人力资源和社会保障局" in a.text and "3330.5" not in a.text, a.text


def test_own_level_of_a_shared_name_beside_its_unit(engine: Engine) -> None:
    a = converse(engine, "人社局本级和就业服务中心基本支出加起来")
    assert a.status == "answered", a.text
    assert "444.2" in a.text and "317.3" in a.text and "126.9" in a.text, a.text


def test_ranking_without_subtotals_is_over_units(engine: Engine) -> None:
    a = converse(engine, "哪个单位基本支出最高（不算小计）")
    assert a.status == "answered", a.text
    assert "第一中学" in a.text and "1406.1" in a.text and "小计" not in a.text.split("（来源")[0].replace("不算小计", ""), a.text
    a = converse(engine, "哪个部门基本支出最高")  # (departments: their 小计 lines)
    assert a.status == "answered" and "2672.7" in a.text, a.text


def test_place_whole_then_a_column(engine: Engine) -> None:
    a = converse(engine, "全县基本支出合计多少")
    assert a.status == "answered" and "6399.8" in a.text, a.text
    a = converse(engine, "全县基本支出合计多少", "津贴补贴呢")
    assert a.status == "answered", a.text
    assert "1654.3" in a.text and "172.8" not in a.text, a.text  # (never the first department's 小计)


@pytest.mark.parametrize("turns,shown,not_shown", [
    (("财政局本级基本工资", "它的津贴补贴"), "150.2", "172.8"),
    (("农业农村局本级", "办公费呢"), "13.6", "25.2"),  # (a sub-column under 公用经费, said alone)
    (("教育局本级基本工资", "实验小学呢", "差多少"), "360.3", "721.5"),
])
def test_follow_ups_keep_the_own_unit_line(engine: Engine, turns: tuple[str, ...], shown: str, not_shown: str) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered", a.text
    assert shown in a.text and not_shown not in a.text, a.text


@pytest.mark.parametrize("question,shown,not_shown", [
    ("教育局小计的公用经费", "93.9", "2672.7"),  # (公用经费 prints no whole: its 办公费 and 差旅费 added)
    ("教育局社会保障缴费", "426", "282.8"),  # (社会保障缴费 prints its own 小计: that cell, never one kind)
    ("教育局本级社会保障缴费", "51", "426"),
])
def test_merged_header_is_its_printed_whole_or_its_columns_added(engine: Engine, question: str, shown: str,
                                                                 not_shown: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert shown in a.text and not_shown not in a.text, a.text
