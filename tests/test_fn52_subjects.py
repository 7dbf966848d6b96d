"""一般公共预算支出功能分类预算表 of a department with its units (round 52): 科目编码 printed over 类 | 款 | 项 sub-columns
or as one code column, a block of lines per unit opened by the unit's own total row (本级, 某中心 / 某站).

A subject is asked by its code or its name, a unit's line by the unit said in people's words, one line under
several units answered for each of them, and shares within a row over its own 合计."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

_DATA = Path(__file__).resolve().parent / "data" / "fn52"
_YUNXI = "云溪县林业局_2025年_一般公共预算支出功能分类预算表.xlsx"
_SHIMEN = "石门县水利局_2025年_一般公共预算支出功能分类预算表.xlsx"


def _engine(tmp_path_factory: pytest.TempPathFactory, *names: str) -> Engine:
    folder = tmp_path_factory.mktemp("fn52")
    for n in names:
        shutil.copy(_DATA / n, folder / n)
    return engine_over(folder / "kb.sqlite", [folder / n for n in names])


@pytest.fixture(scope="module")
def yunxi(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return _engine(tmp_path_factory, _YUNXI)


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return _engine(tmp_path_factory, _YUNXI, _SHIMEN)


def test_split_code_columns_make_one_code(yunxi: Engine) -> None:
    # 213 | 02 | 05 under 科目编码 is the subject 2130205, asked by its code
    a = converse(yunxi, "2130205是啥科目")
    assert a.status == "answered" and "森林资源培育" in a.text


def test_code_name_asked_in_words(yunxi: Engine) -> None:
    a = converse(yunxi, "2130705的科目名称是啥")
    assert a.status == "answered" and "对村民委员会和村党支部的补助" in a.text


def test_code_of_a_line_under_two_units_answers_both(yunxi: Engine) -> None:
    a = converse(yunxi, "2130205是什么科目，多少钱")
    assert a.status == "answered" and "森林资源培育" in a.text and "1180" in a.text and "420" in a.text


def test_unit_said_short_answers_its_own_line(yunxi: Engine) -> None:
    a = converse(yunxi, "推广中心的森林资源培育")
    assert a.status == "answered" and "420" in a.text and "1180" not in a.text
    a = converse(yunxi, "林业科技推广中心合计多少")
    assert a.status == "answered" and "808.4" in a.text and "3721.9" not in a.text


def test_own_unit_said_answers_its_line_only(yunxi: Engine) -> None:
    a = converse(yunxi, "林业局本级住房公积金多少")
    assert a.status == "answered" and "71.5" in a.text and "33.6" not in a.text


def test_line_of_two_units_answered_for_each(yunxi: Engine) -> None:
    a = converse(yunxi, "住房公积金多少")
    assert a.status == "answered" and "71.5" in a.text and "33.6" in a.text
    assert "本级" in a.text and "推广服务中心" in a.text  # each figure named by its unit


def test_two_units_added(yunxi: Engine) -> None:
    a = converse(yunxi, "林业局住房公积金两个单位加起来")
    assert a.status == "answered" and "105.1" in a.text


def test_column_share_within_a_units_line(yunxi: Engine) -> None:
    # 项目支出 of the 本级's 农林水支出 over that line's own 合计, never over the table's 项目支出 total
    a = converse(yunxi, "林业局本级农林水支出中项目支出占比多少")
    assert a.status == "answered" and "79.6" in a.text and "2765" not in a.text


def test_indented_single_code_column_with_units(both: Engine) -> None:
    a = converse(both, "水土保持监测站住房公积金")
    assert a.status == "answered" and "18" in a.text and "52" not in a.text
    a = converse(both, "2130314是什么科目，多少钱")
    assert a.status == "answered" and "防汛" in a.text and "300" in a.text


def test_each_departments_units_shown_when_asked_which(both: Engine) -> None:
    # two departments print the line, each under two units: asked which, each one's figures shown
    a = converse(both, "住房公积金多少")
    assert a.status == "clarify"
    for figure in ("71.5", "33.6", "52", "18"):
        assert figure in a.text

