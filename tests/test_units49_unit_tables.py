"""One department's 部门支出预算表 whose rows are its units (本级, hospitals, 卫生院 …, each with its code), grouped
under lines of their own printed above them ("一、局本级及县直医疗卫生单位小计"), and a 合计 line: asked the way
staff name units (疾控中心, 人民医院, 复兴镇, 卫健局本级, a one-character slip of the keyboard), a group of units
filtered, two columns of the row in focus, a sibling row as a follow-up, the second of a ranking of units. A
group's 小计 line or the 合计 is never answered as if it were a unit."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook

from bot.engine import Engine

# (code, unit, 人员经费, 公用经费, 项目支出)
_COUNTY = [("501001", "青禾县卫生健康局（本级）", 386.42, 92.18, 268.5), ("501002", "青禾县人民医院", 6842.36, 1126.8, 2385.0),
           ("501003", "青禾县中医院", 3915.74, 684.22, 1260.4), ("501004", "青禾县疾病预防控制中心", 812.65, 96.35, 438.2),
           ("501005", "青禾县妇幼保健院", 1536.28, 247.66, 392.8)]
_TOWNS = [("502001", "青禾县湄江街道社区卫生服务中心", 402.18, 58.4, 96.3), ("502002", "青禾县永兴镇中心卫生院", 586.72, 82.6, 124.8),
          ("502003", "青禾县复兴镇卫生院", 274.18, 38.9, 62.4), ("502004", "青禾县马山镇卫生院", 236.45, 34.2, 58.6)]


def _row(code: str | None, name: str, staff: float, office: float, project: float) -> list:
    basic = round(staff + office, 2)
    return [code, name, round(basic + project, 2), basic, staff, office, project]


def _sum(rows: list[list], label: str) -> list:
    return [None, label, *(round(sum(r[c] for r in rows), 2) for c in range(2, 7))]


def _table(path: Path) -> None:
    county, towns = [_row(*u) for u in _COUNTY], [_row(*u) for u in _TOWNS]
    write_workbook(path, [["青禾县卫生健康局2026年部门支出预算表"],
                          ["部门：青禾县卫生健康局（汇总）", None, None, None, "单位：万元"],
                          ["单位编码", "单位名称", "合计", "基本支出", None, None, "项目支出"],
                          [None, None, None, "小计", "人员经费", "公用经费", None],
                          _sum(county + towns, "合计"),
                          _sum(county, "一、局本级及县直医疗卫生单位小计"), *county,
                          _sum(towns, "二、乡镇卫生院（社区卫生服务中心）小计"), *towns],
                   ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4"], sheet="部门支出预算表")


# Another department's own 项目支出绩效目标表 (text, as published): its 合计 is its projects'.
_PROJECTS = """项目支出绩效目标表（含转移支付项目）

部门名称：青禾县水务局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 838.37 838.37

青禾县水务局 838.37 838.37

    农村饮水安全工程维修养护经费 838.37 838.37

保障农村饮水工程正常运行。

1、1-产出指标,11-数量指标,维修养护供水工程；实施周期指标值:≥120处,年度指标值:≥120处;
"""


def _basic(path: Path) -> None:
    """A third department's small table of its basic spending (人员经费 / 公用经费 / 合计)."""
    write_workbook(path, [["青禾县财政局2026年基本支出预算表"], ["单位：万元"], ["项目", "金额"], ["人员经费", 2152.26],
                          ["公用经费", 301.5], ["合计", 2453.76]], sheet="基本支出预算表")


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("units49_tables")
    _table(d / "青禾县卫生健康局2026年部门支出预算表.xlsx")
    (d / "青禾县水务局2026年项目支出绩效目标表.txt").write_text(_PROJECTS, encoding="utf-8")
    _basic(d / "青禾县财政局2026年基本支出预算表.xlsx")
    return engine_over(tmp_path_factory.mktemp("units49_db") / "kb.sqlite", [d])


def test_a_unit_said_short_with_a_key_mistyped_by_sound(engine: Engine) -> None:
    a = converse(engine, "青禾疾空中心基本支出")  # 空 for 控 (kong): 疾控中心, 疾病预防控制中心
    assert a.status == "answered" and "909" in a.text and "疾病预防控制中心" in a.text, a.text


@pytest.mark.parametrize(("text", "unit"), [("疾空中心基本支出", "青禾县疾病预防控制中心"), ("疾按中心基本支出", None),
                                         ("空控中心基本支出", None)])
def test_a_slip_of_the_keyboard_only_by_sound_and_inside_the_name(engine: Engine, text: str, unit: str | None) -> None:
    """按 (an) is no slip for 控 (kong); nor is a first character mistyped (the name's start is said as meant)."""
    from bot.answer.facts import dept_units
    from bot.answer.facts.index import index_for

    idx = index_for(engine.kb)
    book = next(b for b in dept_units.all_books(idx) if b.owner)
    said = dept_units.read(idx, book, text, []).lines
    assert [x.name for x in said] == ([unit] if unit else []), said


def test_the_departments_own_unit_not_the_group_it_heads(engine: Engine) -> None:
    a = converse(engine, "卫健局本级合计多少")
    assert a.status == "answered" and "747.1" in a.text, a.text
    group = round(sum(_row(*u)[2] for u in _COUNTY), 2)
    assert "小计" not in a.text and f"{group:g}" not in a.text


def test_the_units_of_a_group_beyond_a_number_in_words(engine: Engine) -> None:
    a = converse(engine, "乡镇卫生院里项目支出超过一百万的")
    assert a.status == "answered" and "永兴镇中心卫生院" in a.text, a.text
    assert "湄江街道" not in a.text and "复兴镇" not in a.text


def test_two_columns_of_the_unit_in_focus(engine: Engine) -> None:
    a = converse(engine, "青禾卫健局本级", "人员经费和公用经费分别多少")
    assert a.status == "answered" and "386.42" in a.text and "92.18" in a.text, a.text


def test_a_sibling_unit_said_by_its_town_alone(engine: Engine) -> None:
    a = converse(engine, "永兴中心卫生院合计", "那复兴镇呢")
    assert a.status == "answered" and "375.48" in a.text and "794.12" not in a.text, a.text


def test_the_second_of_a_ranking_of_units_never_a_subtotal(engine: Engine) -> None:
    first = converse(engine, "青禾卫健局哪个单位支出最多")
    assert first.status == "answered" and "青禾县人民医院" in first.text and "小计" not in first.text, first.text
    second = converse(engine, "青禾卫健局哪个单位支出最多", "第二个呢")
    assert second.status == "answered" and "青禾县中医院" in second.text and "5860.36" in second.text, second.text


def test_a_numbered_namesake_is_not_the_unit(engine: Engine) -> None:
    a = converse(engine, "青禾县第二人民医院预算")
    assert "10354.16" not in a.text, a.text


def test_the_two_units_just_answered_added_in_their_column(engine: Engine) -> None:
    a = converse(engine, "青禾人民医院项目支出", "中医院项目支出", "两个加起来")
    assert a.status == "answered" and "3645.4" in a.text, a.text


def test_the_whole_of_the_departments_own_table(engine: Engine) -> None:
    a = converse(engine, "青禾卫健局合计多少")
    total = round(sum(_row(*u)[2] for u in _COUNTY + _TOWNS), 2)
    assert a.status == "answered" and f"{total:.2f}".rstrip("0").rstrip(".") in a.text and "小计" not in a.text, a.text


def _whole(col: int) -> str:
    return f"{round(sum(_row(*u)[col] for u in _COUNTY + _TOWNS), 2):.2f}".rstrip("0").rstrip(".")


def test_a_column_of_the_department_is_its_whole_tables_line(engine: Engine) -> None:
    a = converse(engine, "青禾卫健局人员经费")
    county = f"{round(sum(u[2] for u in _COUNTY), 2):.2f}".rstrip("0").rstrip(".")
    assert a.status == "answered" and _whole(4) in a.text and county not in a.text and "小计" not in a.text, a.text


def test_the_departments_column_set_against_another_departments_total(engine: Engine) -> None:
    a = converse(engine, "青禾卫健局项目支出和青禾水务局项目总额加起来")
    both = f"{round(float(_whole(6)) + 838.37, 2):.2f}".rstrip("0").rstrip(".")
    assert a.status == "answered" and both in a.text, a.text
    assert "青禾县卫生健康局 青禾县卫生健康局" not in a.text  # (the department named once)


def test_the_same_column_of_another_department_after_the_whole_of_this_one(engine: Engine) -> None:
    a = converse(engine, "青禾卫健局人员经费", "青禾财政局的呢")
    assert a.status == "answered" and "2152.26" in a.text and _whole(4) not in a.text, a.text


def test_another_departments_whole_after_the_whole_of_this_one(engine: Engine) -> None:
    a = converse(engine, "青禾卫健局合计", "那青禾水务局呢")
    assert a.status == "answered" and "838.37" in a.text and _whole(2) not in a.text, a.text
