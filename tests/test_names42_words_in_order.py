"""A short name said for a project of a 目标表 names every project whose name holds the most of the words said, in
order (names42, issue 13: when two match about equally the engine asks; a confident wrong answer is the worst):
- "保洁经费": 河道日常保洁经费 (as said) and 水库库区保洁管理经费 (保洁…经费, ending in the tail) alike: asked which;
- "桥梁检测经费": 公路桥梁定期检测经费 holds all three words in order (its own cut, 公路桥|梁, hides 桥梁), the other
  检测经费 of the table only two: that one project, also for an indicator it lacks (unknown, never the other's)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

DATA = Path(__file__).resolve().parent / "data" / "names42"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("names42")
    return engine_over(folder / "kb.sqlite", [DATA / "青岚县水利局_2026年_项目支出绩效目标表.txt"])


@pytest.mark.parametrize("question", ["保洁经费多少", "青岚水利局的保洁经费多少"])
def test_two_names_holding_the_words_in_order_are_asked_about(engine: Engine, question: str) -> None:
    answer = converse(engine, question)
    assert answer.status == "clarify", answer.text
    assert "河道日常保洁经费" in answer.text and "水库库区保洁管理经费" in answer.text, answer.text


def test_the_name_holding_more_of_the_words_is_the_one(engine: Engine) -> None:
    answer = converse(engine, "桥梁检测经费多少")
    assert answer.status == "answered", answer.text
    assert "公路桥梁定期检测经费" in answer.text and "60" in answer.text, answer.text
    assert "水利工程质量安全检测经费" not in answer.text, answer.text


def test_the_name_holding_more_of_the_words_followed(engine: Engine) -> None:
    answer = converse(engine, "桥梁检测经费", "它的效益指标")
    assert answer.status == "answered", answer.text
    assert "四、五类危桥处置" in answer.text, answer.text


def test_an_indicator_the_named_project_lacks_is_unknown(engine: Engine) -> None:
    answer = converse(engine, "桥梁检测经费的满意度指标")
    assert answer.status == "unknown", answer.text
    assert "参建单位满意度" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "name"), [("检测经费多少", None), ("日常保洁经费多少", "河道日常保洁经费"),
                                                ("储备经费多少", "水旱灾害防御物资储备经费")])
def test_words_only_one_name_holds_or_both_as_said(engine: Engine, question: str, name: str | None) -> None:
    answer = converse(engine, question)
    if name is None:  # (检测经费 is said as such in both names: asked, as before)
        assert answer.status == "clarify", answer.text
    else:
        assert answer.status == "answered" and name in answer.text, answer.text


@pytest.mark.parametrize("question", ["前期工作要做几个项目", "前期工作经费有几个项目"])
def test_projects_counted_of_one_project_are_its_indicators_count(engine: Engine, question: str) -> None:
    answer = converse(engine, question)
    assert answer.status == "answered", answer.text
    assert "开展前期工作项目数" in answer.text and "5个" in answer.text, answer.text
    assert "共 3 个" not in answer.text, answer.text


def test_projects_counted_of_the_department_are_its_projects(engine: Engine) -> None:
    answer = converse(engine, "青岚水利局有几个项目")
    assert answer.status == "answered", answer.text
    assert "6 个项目" in answer.text, answer.text


def test_measure_of_an_indicator_said_with_its_middle_left_out(engine: Engine) -> None:
    answer = converse(engine, "物资储备经费参与演练的次数目标")
    assert answer.status == "answered", answer.text
    assert "参与县级防汛应急演练" in answer.text and "≥6次" in answer.text, answer.text
    assert "≥20名" not in answer.text, answer.text


def test_measure_of_an_indicator_said_short_on_the_seed(seed_engine: Engine) -> None:
    answer = converse(seed_engine, "法律顾问参与约访的次数目标")
    assert answer.status == "answered", answer.text
    assert "≥15次" in answer.text and "≥20名" not in answer.text, answer.text


SAMPLES = Path(__file__).resolve().parent / "data" / "samples"


@pytest.fixture(scope="module")
def with_accounts(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("names42_accounts")
    return engine_over(folder / "kb.sqlite", [DATA / "青岚县水利局_2026年_项目支出绩效目标表.txt",
                                              SAMPLES / "putuo_czj_2024_final_accounts.pdf",
                                              SAMPLES / "putuo_shegongbu_2024_final_accounts.pdf"])


def test_money_shown_asked_of_a_department_holding_only_a_rate(with_accounts: Engine) -> None:
    answer = converse(with_accounts, "普陀财政局政府采购", "青岚水利局呢")
    assert answer.status == "unknown", answer.text
    assert "政府采购率" not in answer.text and "251.25" not in answer.text, answer.text


def test_money_shown_asked_of_a_department_holding_it(with_accounts: Engine) -> None:
    answer = converse(with_accounts, "普陀财政局政府采购", "普陀社工部呢")
    assert answer.status == "answered", answer.text
    assert "21.07" in answer.text, answer.text


@pytest.mark.parametrize("question", ["青岚水利局有类似的吗，物资储备经费多少", "青岚水利局有没有类似的，物资储备经费多少"])
def test_the_like_asked_of_a_department_then_named(with_accounts: Engine, question: str) -> None:
    answer = converse(with_accounts, "普陀财政局政府采购", question)
    assert answer.status == "answered", answer.text
    assert "水旱灾害防御物资储备经费" in answer.text and "150" in answer.text, answer.text


def test_the_like_asked_of_a_department_not_holding_the_thing_named(with_accounts: Engine) -> None:
    answer = converse(with_accounts, "保洁经费", "普陀财政局有类似的吗，河道日常保洁经费多少")
    assert answer.status == "unknown", answer.text
    assert "普陀区财政局没有" in answer.text and "120.00" not in answer.text, answer.text


@pytest.mark.parametrize(("words", "name", "said", "held"), [
    (["养护", "经费"], "农村公路养护管理经费", "养护经费", 2),  # apart, the name ending in the last word
    (["桥梁", "检测", "经费"], "公路桥梁定期检测经费", "检测经费", 3),  # the word said before it too
    (["桥梁", "检测", "经费"], "交通工程质量安全监督检测经费", "检测经费", 2),
    (["乡村", "旅游"], "“中国最美乡村”旅游品牌创建经费", "乡村旅游", 0),  # a printed mark ends the word: not as said
    (["养护", "经费"], "公路养护管理专项资金", "养护经费", 0),  # another tail
])
def test_words_a_name_holds_in_order(words: list[str], name: str, said: str, held: int) -> None:
    from bot.understand.parse import _trailing_words_held

    assert _trailing_words_held(words, name, said, 2) == held
