"""Round 32: a project or a row found by the words of its content or by staff's everyday word for it.

Over tests/data/find57 (fictional, built by make_fixture.py): a 青屿县市场监督管理局 项目支出绩效目标表 text (a
检验检测设备购置 project whose goal says 保温容器检测, a 五金产品质量监督检验 project whose goal says 保温杯) and
the county's 机关运行经费及三公经费决算表 (公务用车购置费 of a 综合执法队 row):
- "X是哪个项目的" with a loose word (检测) reading one project while another's goal says the rest (保温杯) word for
  word: the one whose goal says it is answered, never the loose one nor unknown;
- a name of several projects (运维经费) with words one goal says (天地图): that one, its money asked of its name;
- a question back among projects named alike shows another table's row of that name after the options;
- a unit said by standard short words (农技推广服务中心 of 农业技术推广服务中心) with a table kind: its row;
- "哪个文件里有成本指标": 文件里 said as 表里 is;
- a word of two characters (打假) one goal of the department named says: that project, never across departments;
- an everyday word of [aliases] (买车 = 公务用车购置) names a row of a table as it names a project."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine, Session
from tests.conftest import engine_over

DATA = Path(__file__).resolve().parent / "data" / "find57"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("find57") / "kb.sqlite", [DATA])


def _ask(engine: Engine, question: str):
    answer = engine.ask(question, Session())
    assert answer is not None
    return answer


@pytest.mark.parametrize("question", ["保温杯检测是哪个项目的", "保温杯检测是哪个项目"])
def test_goal_words_name_the_project_a_loose_word_missed(engine: Engine, question: str) -> None:
    a = _ask(engine, question)
    assert a.status == "answered", a.text
    assert "五金产品质量监督检验经费" in a.text and "检验检测设备购置及维护经费" not in a.text, a.text


def test_a_loose_word_alone_keeps_its_project(engine: Engine) -> None:
    a = _ask(engine, "检测设备是哪个项目")
    assert a.status == "answered" and "检验检测设备购置及维护经费" in a.text, a.text


def test_words_no_goal_says_stay_unknown(engine: Engine) -> None:
    a = _ask(engine, "保温壶检测是哪个项目的")  # 保温壶 in no goal: no project guessed
    assert a.status == "unknown" and "五金产品" not in a.text, a.text


@pytest.mark.parametrize("question", ["综合执法队买车花了多少", "综合执法队购车花了多少"])
def test_everyday_word_of_an_alias_names_a_table_row(engine: Engine, question: str) -> None:
    a = _ask(engine, question)
    assert a.status == "answered", a.text
    assert "42.82" in a.text and "公务用车购置费" in a.text, a.text


@pytest.mark.parametrize("question", ["天地图平台那个运维经费多少", "天地图那个运维经费多少"])
def test_goal_words_pick_one_of_a_names_projects_and_its_money_is_asked(engine: Engine, question: str) -> None:
    # 运维经费 names two projects; 天地图 is said by one goal only; 经费多少 asks that project's amount
    a = _ask(engine, question)
    assert a.status == "answered", a.text
    assert "地理信息公共服务平台运维经费" in a.text and "46.3" in a.text and "政务信息网络" not in a.text, a.text


def test_a_name_of_several_projects_alone_asks_back_and_shows_a_row_named_alike(engine: Engine) -> None:
    # 大数据发展中心's table has a row 机房运维经费: shown after the two projects offered, none chosen
    a = _ask(engine, "运维经费多少")
    assert a.status == "clarify" and "地理信息公共服务平台运维经费" in a.text and "政务信息网络运维经费" in a.text, a.text
    assert "机房运维经费" in a.text and "52.4" in a.text, a.text
    session = Session()
    engine.ask("运维经费多少", session)
    picked = engine.ask("1", session)
    assert picked.status == "answered" and "46.3" in picked.text and "52.4" not in picked.text, picked.text


def test_a_unit_said_by_standard_short_words_with_a_table_kind(engine: Engine) -> None:
    # 农技 of 农业技术 ([department_abbreviations]): the unit's row of the 政府购买服务 table
    a = _ask(engine, "农技推广服务中心政府购买服务多少")
    assert a.status == "answered", a.text
    assert "960000" in a.text and "1132.6" not in a.text, a.text


@pytest.mark.parametrize("question", ["哪个文件里有成本指标", "哪个文件里有成本指标 分别是啥"])
def test_which_file_holds_a_class_of_indicators(engine: Engine, question: str) -> None:
    # 文件里 is where they are looked for, as 表里 is: no word of a project or indicator to find
    a = _ask(engine, question)
    assert a.status == "answered", a.text
    assert "食品安全抽检监测经费" in a.text and "单批次抽检成本" in a.text, a.text


@pytest.mark.parametrize("question", ["青屿县市场监督管理局打假是哪个项目", "青屿市场监管局打假是哪个项目"])
def test_a_short_word_of_one_goal_in_the_department_named(engine: Engine, question: str) -> None:
    # 打假 (two characters) said by one goal of the department named: that project
    a = _ask(engine, question)
    assert a.status == "answered", a.text
    assert "市场监管综合执法办案经费" in a.text and "打假" in a.text, a.text


def test_a_short_word_with_no_department_is_no_guess(engine: Engine) -> None:
    a = _ask(engine, "打假是哪个项目")
    assert a.status != "answered" and "市场监管综合执法办案经费" not in a.text, a.text
