"""Staff name an indicator or project in other words than the table's, and the bot still finds it — or
asks, showing what each candidate holds — never answering of something else.

- "农村引水维修养护经费" (饮 typed by its sound), "松才线虫 除治": a piece no name holds that is a run of one name's
  characters with one character sounding like the name's is that run, when only one run fits and the rest of the
  question then reads whole.
- "自动雨量站运维多少个": an indicator's name (运维自动雨量站数量) said with its words in another order, its measure
  left out.
- "城镇新增就业人数多少": one indicator name in projects of several departments is asked back with each project's
  own value beside it, the indicator named in the question back.
- "湄潭水务局维修养护经费" (which project?) → "它的可持续影响指标": 它 is the projects offered; the one of them with
  that class is answered, never another department's row of that class.
- "项目完工及时率" (one department's project has it, another's 自评表 prints a row of it): the question back shows
  each department's own line, the project's name among them.
- "哪个部门城镇新增就业目标最高": the highest of one indicator's values over the departments, each named (a bare
  "50000" of 城镇新增就业人数（人） is in 人, the unit its name prints).
- "派律师进驻综治信访维稳中心的是哪个项目": names of pieces of two projects (律师, the other's indicator) said as
  what one project's texts say it does: that project, never a refusal about the other's indicator.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

DATA = Path(__file__).resolve().parent / "data"
SEED = Path(__file__).resolve().parent.parent / "knowledge" / "000_9289cd5134f499bc.txt"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("names49")
    return engine_over(folder / "kb.sqlite", [
        SEED,
        *sorted((DATA / "samples").glob("*.xlsx")),
        DATA / "general48" / "贵州省湄潭县水务局2026年项目支出绩效目标表.txt",
        DATA / "general44" / "临湘市林业局2026年项目支出绩效目标表.txt",
        DATA / "general46" / "醴陵市农业农村局_2025年度_部门整体支出绩效自评表.xlsx",
        DATA / "general46" / "醴陵市商务局_2026年_项目支出绩效目标表.txt",
    ])


@pytest.mark.parametrize(("question", "amount", "project"), [
    ("湄潭水务局农村引水维修养护经费多少", "186.50", "农村饮水安全工程维修养护经费"),
    ("松才线虫 除治多少钱", "126.50", "松材线虫病疫木除治经费"),
    ("松才线虫除治多少钱", "126.50", "松材线虫病疫木除治经费"),
])
def test_a_character_typed_by_its_sound(engine: Engine, question: str, amount: str, project: str) -> None:
    answer = converse(engine, question)
    assert answer.status == "answered", answer.text
    assert project in answer.text and amount in answer.text


def test_a_character_of_another_sound_is_no_typo(engine: Engine) -> None:
    # (汽水: a word of another sound than 饮水, another thing said)
    answer = converse(engine, "湄潭水务局农村汽水维修养护经费多少")
    assert "186.50" not in answer.text or answer.status != "answered", answer.text


def test_an_indicator_said_in_another_order(engine: Engine) -> None:
    answer = converse(engine, "自动雨量站运维多少个")
    assert answer.status == "answered", answer.text
    assert "运维自动雨量站数量" in answer.text and "86个" in answer.text


def test_one_indicator_of_several_departments_asked_back_with_values(engine: Engine) -> None:
    answer = converse(engine, "城镇新增就业人数多少")
    assert answer.status == "clarify", answer.text
    head, *options = answer.text.split("\n")
    assert "城镇新增就业人数" in head
    assert all(v in answer.text for v in ("39500", "25000", "50000")), answer.text
    assert all("：" in o for o in options if o[:1].isdigit()), answer.text  # each option with its own value


def test_class_of_the_projects_offered(engine: Engine) -> None:
    answer = converse(engine, "湄潭水务局维修养护经费", "它的可持续影响指标")
    assert answer.status == "answered", answer.text
    assert "供水工程长效运行机制" in answer.text
    assert "湛江" not in answer.text and "就业局势" not in answer.text


def test_class_several_projects_offered_hold_is_asked(engine: Engine) -> None:
    answer = converse(engine, "湄潭水务局维修养护经费", "它的满意度指标")
    assert answer.status == "clarify", answer.text
    assert "灌区渠系维修养护经费" in answer.text and "湛江" not in answer.text
    picked = converse(engine, "湄潭水务局维修养护经费", "它的满意度指标", "2")
    assert picked.status == "answered" and "灌区渠系维修养护经费" in picked.text, picked.text


def test_departments_asked_back_with_each_ones_line(engine: Engine) -> None:
    answer = converse(engine, "项目完工及时率")
    assert answer.status == "clarify", answer.text
    assert "县域商业体系建设专项经费" in answer.text and "醴陵市农业农村局：" in answer.text
    assert "92%" in answer.text  # (the 自评表's row, its 实际完成值)


@pytest.mark.parametrize("question", ["哪个部门城镇新增就业目标最高", "城镇新增就业目标哪个最高"])
def test_highest_value_of_an_indicator_over_departments(engine: Engine, question: str) -> None:
    answer = converse(engine, question)
    assert answer.status == "answered", answer.text
    top = answer.text.split("；其余")[0]
    assert "湛江市人力资源和社会保障局" in top and "50000" in top
    assert "25000" in answer.text  # (the others compared are shown beside it)


def test_which_project_says_what_names_of_two_say(engine: Engine) -> None:
    answer = converse(engine, "派律师进驻综治信访维稳中心的是哪个项目")
    assert answer.status == "answered", answer.text
    assert answer.text.count("聘请法律顾问专项经费") >= 1 and "信访超市" not in answer.text


@pytest.fixture(scope="module")
def seed_engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("names49seed") / "kb.sqlite", [SEED])


def test_words_of_the_named_indicators_value_apart(seed_engine: Engine) -> None:
    # (进驻 … 镇街: two words of the named indicator's value, others between them)
    answer = converse(seed_engine, "信访超市实现区综治信访维稳中心有序运转那条，多久进驻镇街")
    assert answer.status == "answered", answer.text
    assert "每三个月进驻两个镇街" in answer.text


def test_one_indicator_of_two_projects_is_not_a_sentence_asked(seed_engine: Engine) -> None:
    # (one name that two projects' indicators share: both projects are its answer, never one by its texts)
    answer = converse(seed_engine, "增强人民群众的获得感幸福感 是哪个项目的指标")
    assert answer.status == "answered", answer.text
    assert "信访工作经费" in answer.text and "信访超市" in answer.text
