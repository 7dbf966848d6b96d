"""Round 12 (lead): words said beside a project's name that part of one of its indicators' names holds, and a
counted noun describing the indicator just named ("…的次数指标")."""

from __future__ import annotations

from conftest import converse


def _flat(text: str) -> str:
    return "".join(text.split())


def test_part_of_an_indicator_name_is_looked_for_inside_the_named_project(seed_engine):
    # 约访 is in an indicator of both projects: the project named decides which
    a = converse(seed_engine, "法律顾问经费里的约访指标值")
    assert a.status == "answered" and "≥15次" in _flat(a.text) and "≥20名" not in _flat(a.text)
    b = converse(seed_engine, "信访工作经费的约访指标值是多少")
    assert b.status == "answered" and "≥20名" in _flat(b.text) and "≥15次" not in _flat(b.text)


def test_a_follow_up_naming_another_project_and_part_of_its_indicator(seed_engine):
    a = converse(seed_engine, "信访工作经费区领导重点约访指标值", "那法律顾问经费里的约访呢")
    assert a.status == "answered" and "≥15次" in _flat(a.text) and "≥20名" not in _flat(a.text)


def test_money_of_an_indicator_part_is_still_not_broken_down(seed_engine):
    a = converse(seed_engine, "法律顾问经费里的约访多少钱")
    assert a.status == "unknown" and "不是这样细分" in a.text


def test_a_counted_noun_before_zhibiao_describes_the_indicator(seed_engine):
    a = converse(seed_engine, "法律顾问参与区领导重点约访的次数指标")
    assert a.status == "answered" and "≥15次" in _flat(a.text)
    # a satisfaction has no 人数: not answered as if the word were absent
    b = converse(seed_engine, "法律顾问服务对象满意度的人数指标")
    assert b.status != "answered"
