"""A 项目支出绩效自评表 workbook (a 汇总 sheet and one sheet per project, each with its funding block 年初预算数 /
全年预算数 / 全年执行数 / 执行率 over 年度资金总额 / 财政拨款 / 上年结转资金 / 其他资金) asked as staff ask it, over two
departments' workbooks (云岭县林业局, written by tests/data/eval48/make_workbook.py, and 安吉县农业农村局):
- a project said by its leading word and a tail (菌菇专项, 菌菇资金: 菌 菇 cut apart by the dictionary);
- any column of the block by its words, the line said (财政拨款, 上年结转: no "上年" of another year) or the whole;
- two columns of one line set against each other (执行数比全年预算少多少) on the line said;
- the line just answered kept by a follow-up asking another column (财政拨款全年预算 → 执行了多少);
- two projects of two workbooks by their execution rates; a figure added to another department's;
- pieces of two names said together that no project's name holds are no two projects (never summed as such).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.session import Session
from bot.engine import Engine
from bot.language.lexicon import unknown_pairs_joined
from tests.conftest import engine_over

DATA = Path(__file__).resolve().parent / "data"
OWN = DATA / "eval48" / "云岭县林业局2025年度项目支出绩效自评表.xlsx"
ANJI = DATA / "general47" / "安吉县农业农村局2025年度项目支出绩效自评表.xlsx"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("eval48") / "kb.sqlite", [OWN, ANJI])


def _talk(engine: Engine, *questions: str):
    session = Session(build_id=engine.build_id)
    return [engine.ask(q, session=session) for q in questions][-1]


def test_two_characters_cut_apart_at_a_names_start_are_its_word() -> None:
    assert unknown_pairs_joined(["菌", "菇", "产业", "扶持"], set()) == ["菌菇", "产业", "扶持"]
    # inside a name a pair may stand for another name's words (运维 of 运行维护): left as cut
    assert unknown_pairs_joined(["设施", "运", "维", "经费"], set()) == ["设施", "运", "维", "经费"]
    assert unknown_pairs_joined(["省", "市", "县", "联动"], set()) == ["省", "市", "县", "联动"]


def test_a_project_said_by_its_leading_word_and_a_tail(engine: Engine) -> None:
    start = engine.ask("菌菇专项年初预算多少")
    assert start.status == "answered" and "菌菇产业扶持专项资金" in start.text and "300.00" in start.text
    whole = engine.ask("菌菇资金全年预算多少").text
    assert "340.00" in whole and "40.00" not in whole.replace("340.00", "")  # the whole, not 上年结转 too


def test_a_line_said_without_a_column_is_its_amounts(engine: Engine) -> None:
    carried = engine.ask("菌菇资金里上年结转多少")
    assert carried.status == "answered" and "40.00" in carried.text and "36.00" in carried.text
    assert "340" not in carried.text


def test_two_columns_of_a_line_set_against_each_other(engine: Engine) -> None:
    assert "34.00" in engine.ask("菌菇资金执行数比全年预算少多少").text  # 340 − 306
    fiscal = engine.ask("林场管护财政拨款执行数比全年预算少多少").text
    assert "22.00" in fiscal and "26.00" not in fiscal  # 440 − 418 of 财政拨款, not 520 − 494 of the whole


def test_a_follow_up_keeps_the_funding_line(engine: Engine) -> None:
    spent = _talk(engine, "国有林场森林管护项目财政拨款全年预算", "执行了多少").text
    assert "418" in spent and "494" not in spent


def test_two_workbooks_projects_by_their_rates(engine: Engine) -> None:
    text = engine.ask("菌菇资金和白茶资金哪个执行率高").text
    assert text.index("白茶") < text.index("菌菇") and "95.00%" in text and "90.00%" in text


def test_a_figure_added_to_another_departments(engine: Engine) -> None:
    summed = _talk(engine, "菌菇资金全年预算多少", "这个和安吉白茶资金加起来")
    assert summed.status == "answered" and "960" in summed.text  # 340 + 620


def test_pieces_of_two_names_said_together_are_no_two_projects(engine: Engine) -> None:
    said = engine.ask("菌菇道路经费和白茶资金加起来多少")
    assert said.status == "unknown" and "菌菇道路" in said.text
    assert "合计" not in said.text and "770" not in said.text


def test_two_projects_same_column_added_or_set_against_each_other(engine: Engine) -> None:
    spent = engine.ask("白茶资金和精品村全年执行数加起来多少").text
    assert "1624" in spent and "1770" not in spent  # 589 + 1035, never their budgets 620 + 1150
    start = engine.ask("白茶资金和菌菇资金年初预算加起来多少").text
    assert "900" in start and "920" not in start  # 600 + 300 of two workbooks, never a total beside a 年初预算数
    gap = engine.ask("白茶资金执行数比精品村少多少").text
    assert "446" in gap and "530" not in gap  # 1035 − 589, not 1150 − 620
    fiscal = engine.ask("菌菇资金和林场管护财政拨款执行数加起来").text
    assert "688" in fiscal  # 270 + 418 of the 财政拨款 lines


def test_a_side_read_as_nothing_is_said_not_found(engine: Engine) -> None:
    said = engine.ask("白茶资金和黄精资金加起来多少")
    assert said.status == "unknown" and "黄精" in said.text and "620" not in said.text
    everyday = engine.ask("白茶资金和不存在资金加起来多少")  # (存在 is an everyday word: once answered as 白茶's 620)
    assert everyday.status == "unknown" and "620" not in everyday.text
