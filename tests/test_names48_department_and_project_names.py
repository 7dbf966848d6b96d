"""How staff name departments, units and projects, and what happens when a name is not held.

- A merged bureau whose name joins its words with 和 ("文化和广电旅游体育局") is said by the initials of its words
  in order, the leading word kept and any of the merged words after 和 left out: 文旅局, 文旅体局, 文广旅体局.
- A project's name is said with the standard short words of names ([label_abbreviations]: 运行维护 -> 运维),
  also in traditional characters ("城市書房運維經費").
- An abbreviation two project names share names both (asked which), never whichever was read first.
- A unit said with its place ("安吉县图书馆", where 安吉县 is also the place's own table) is that unit.
- A word said as a project's name ("维稳专项经费") that no project has is not known: never the figure of an
  indicator whose name only holds the word.
- A rate just shown ("白茶资金执行率") asked of another department's project ("X局Y呢") whose table prints no such
  rate is not known: never that project's total.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine
from bot.language.lexicon import department_forms, label_short_forms

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("names48")
    return engine_over(folder / "kb.sqlite", [ROOT / "knowledge", DATA / "general47",
                                              DATA / "samples" / "zhanjiang_rsj_2024_department_targets.xlsx",
                                              DATA / "samples" / "wuhan_donghu_rsj_2020_project_application.xlsx"])


def test_a_merged_bureau_joined_by_he_is_said_by_any_of_its_words_after_he() -> None:
    forms = department_forms("临川县文化和广电旅游体育局")
    assert {"文旅局", "文旅体局", "文广旅体局", "文广局", "临川文旅局", "临川县文旅体局"} <= forms
    # the leading word is never left out; a bureau of two words joined by 和 keeps its rule
    assert "广旅局" not in forms and "旅体局" not in forms
    assert "农水局" not in department_forms("临川县农业和水利局")
    # without 和 the rule stays as it was
    assert "文体局" not in department_forms("临川县文化旅游体育局")


@pytest.mark.parametrize(("question", "said"), [
    ("安吉文旅局最多的项目是哪个", "乡村文化礼堂星级管理提升补助经费"),
    ("文旅体局全民健身赛事活动经费多少", "全民健身赛事活动经费"),
])
def test_the_bureau_said_short_is_answered(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question, record=False)
    assert answer.status == "answered", answer.text
    assert said in answer.text


def test_a_name_with_a_standard_short_word_put_in() -> None:
    assert label_short_forms(["城市书房运行维护经费", "书房运行维护"], {"运行维护": ("运维",)}) == \
        ["书房运维", "城市书房运维经费"]


@pytest.mark.parametrize("question", ["文广旅体局城市书房运维经费", "城市書房運維經費多少", "城市书房运维经费是多少"])
def test_a_project_said_with_a_short_word_is_that_project_alone(engine: Engine, question: str) -> None:
    answer = engine.ask(question, record=False)
    assert answer.status == "answered", answer.text
    assert "42.60" in answer.text and "380.00" not in answer.text  # (not 农村生活污水治理设施运维经费 too)


def test_a_unit_said_with_its_place_is_the_unit(engine: Engine) -> None:
    for question, total in (("安吉县图书馆项目支出总共多少", "146.10"), ("安吉县博物馆项目合计多少", "213.90")):
        answer = engine.ask(question, record=False)
        assert answer.status == "answered", answer.text
        assert total in answer.text and "1265.22" not in answer.text
    top = engine.ask("安吉县图书馆最贵的项目", record=False)
    assert top.status == "answered" and "图书馆文献资源购置经费" in top.text, top.text


@pytest.mark.parametrize("turns", [("维稳专项经费多少",), ("维稳经费是多少",), ("信访工作经费", "那维稳专项经费呢")])
def test_a_project_name_no_project_has_is_not_known(seed_engine: Engine, turns: tuple[str, ...]) -> None:
    answer = converse(seed_engine, *turns)
    assert answer.status == "unknown", answer.text
    assert "有序运转" not in answer.text and "60.00" not in answer.text.split("您是不是想问")[0]


def test_a_rate_shown_asked_of_another_departments_project_is_not_its_total(engine: Engine) -> None:
    answer = converse(engine, "白茶资金执行率", "安吉文广旅体局全民健身赛事呢")
    assert answer.status == "unknown", answer.text
    assert "万元" not in answer.text


def test_a_department_after_a_units_total_is_asked_its_own_total(engine: Engine) -> None:
    """"安吉图书馆项目合计" → "白云信访局呢": that department's project total, never the unit's projects looked for in
    it; another unit of the same table is asked its own subtotal."""
    answer = converse(engine, "安吉县博物馆项目合计", "白云信访局呢")
    assert answer.status == "answered", answer.text
    assert "234.98" in answer.text and "213.90" not in answer.text
    other = converse(engine, "安吉图书馆项目合计", "安吉农业农村局呢")
    assert other.status == "answered" and "3146.00" in other.text, other.text


@pytest.mark.parametrize(("turns", "said", "not_said"), [
    (("博物馆的项目有哪些", "最贵的那个绩效目标"), "考古发掘", "乡村文化礼堂"),
    (("图书馆有哪些项目", "最便宜的那个的指标有哪些"), "全民阅读推广活动经费", "乡村文化礼堂"),
    (("博物馆的项目有哪些", "最贵的那个"), "安吉古城遗址考古发掘及保护经费", "乡村文化礼堂"),
])
def test_the_extreme_of_the_list_just_shown_is_pointed_at(engine: Engine, turns, said: str, not_said: str) -> None:
    answer = converse(engine, *turns)
    assert answer.status == "answered", answer.text
    assert said in answer.text and not_said not in answer.text


def test_a_thing_asked_of_the_extreme_is_answered_not_left_out(seed_engine: Engine) -> None:
    answer = converse(seed_engine, "有哪些项目", "最贵的那个绩效目标")
    assert answer.status == "answered" and answer.intent == "goal", answer.text
    assert "政府雇员工资经费" in answer.text


@pytest.mark.parametrize("question", ["安吉两个局分别有几个项目", "安吉的两个局各有几个项目"])
def test_every_bureau_of_a_place_said_by_its_count_is_each_of_them(engine: Engine, question: str) -> None:
    """"安吉两个局…分别": the place's two bureaus, each answered (not the place's own 分配表, nor asked which)."""
    answer = engine.ask(question, record=False)
    assert answer.status == "answered", answer.text
    assert "安吉县农业农村局 5 个项目" in answer.text and "安吉县文化和广电旅游体育局 13 个项目" in answer.text


def test_a_count_not_the_places_leaves_the_place_to_ask(engine: Engine) -> None:
    assert engine.ask("安吉三个局分别有几个项目", record=False).status != "answered"


def test_each_departments_own_indicator_named_is_shown(engine: Engine) -> None:
    """"A局和B局的群众满意度分别多少": B's 群众满意度 (≥75%) is the indicator named, not a rate standing for money."""
    answer = engine.ask("湛江人社局和安吉文广旅体局的群众满意度各是多少", record=False)
    assert answer.status == "answered", answer.text
    assert "≥75%" in answer.text and "≥90%" in answer.text and "没有找到这一项" not in answer.text


@pytest.mark.parametrize("question", ["健身设施专项资金多少", "健身设施专项资金和全民健身赛事经费加起来多少", "健身设施资金合计"])
def test_a_name_said_whole_of_other_names_words_is_not_those_projects(engine: Engine, question: str) -> None:
    """"健身设施专项资金": 健身, 设施 and 专项资金 are each words of other projects' names, none holding them all: the
    name is no project, never those three projects' money listed or added: unknown, or the 合计 of the table whose
    title holds the words (村级全民健身场地设施建设专项资金分配表)."""
    answer = engine.ask(question, record=False)
    assert "380.00" not in answer.text and "475.50" not in answer.text, answer.text
    assert (answer.status == "unknown" and "健身设施" in answer.text) \
        or (answer.status == "answered" and "537" in answer.text and "分配表" in answer.text), answer.text


@pytest.mark.parametrize(("question", "said"), [("全民健身赛事经费多少", "95.50"), ("信访超市日常运行经费多少", "68.00")])
def test_a_name_said_in_pieces_of_its_own_is_still_that_project(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question, record=False)
    assert answer.status == "answered" and said in answer.text, answer.text


def test_a_name_said_short_whose_words_read_as_other_names_is_still_that_project(tmp_path) -> None:
    """"工程质量检测经费": 建设工程质量检测经费 said without its first word; its pieces name other projects
    (工程质量…, …检测…), but one name holds them all in order: that project, not a name not held."""
    engine = engine_over(tmp_path / "kb.sqlite", [ROOT / "knowledge", DATA / "general42"])
    answer = engine.ask("工程质量检测经费", record=False)
    assert answer.status == "answered" and "42.00" in answer.text, answer.text


def test_which_of_a_places_departments_is_asked_of_every_one(tmp_path) -> None:
    """"宜都三个部门里哪个一般公共预算最少": which of them is asked; the departments are ranked (the facts' answer over
    every department), never the projects of the three ranked in their place."""
    engine = engine_over(tmp_path / "kb.sqlite", [ROOT / "knowledge", DATA / "general42"])
    answer = engine.ask("宜都三个部门里哪个一般公共预算最少", record=False)
    assert answer.status == "answered" and "宜都市住房和城乡建设局" in answer.text, answer.text
    assert "经费最少的项目" not in answer.text
