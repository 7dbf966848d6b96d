"""Short names that must not pick one row nor make a false name, and a 小计 added to its own member (fixe63), on
tables made here (tests/data/fixe63, fictional 白沙县).

- A numbered unit said short before a project's kind ("四中项目") names every row holding that unit, whichever kind
  its name ends in (…扩建工程PPP项目 of one table, …扩建工程 of another): asked which, never one of them answered.
- A name's leading words said by their initials only where the second word is a noun the first qualifies
  (外商投资 企业 -> 外企); 集体土地 上房… makes no 集上, 国有资产 清查… no 国清.
- A 小计 row and a row of its own group (as the table's rows stand) are never added: said so, as with the 合计.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.dialogue.session import Session
from bot.engine import ANSWERED, CLARIFY, Engine

DATA = Path(__file__).resolve().parent / "data" / "fixe63"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("fixe63") / "kb.sqlite", [DATA])


def _talk(engine: Engine, *questions: str):
    s = Session()
    return [engine.ask(q, session=s, record=False) for q in questions]


def test_a_numbered_units_project_said_short_names_every_row_holding_it(engine: Engine) -> None:
    for q in ("四中项目总投资多少", "四中工程总投资多少"):
        a = converse(engine, q)
        assert a.status == CLARIFY and "16000" in a.text and "19500" in a.text, a.text
    # the full name still answers its own row
    a = converse(engine, "白沙县第四中学扩建工程PPP项目总投资多少")
    assert a.status == ANSWERED and "16000" in a.text and "19500" not in a.text, a.text


def test_leading_initials_only_of_a_noun_qualified() -> None:
    from bot.language.lexicon import leading_initials

    nouns = ["企业", "学校"]
    assert leading_initials(["外商投资", "企业", "服务", "经费"], set(), nouns) == {"外商投资企业": "外企"}
    assert leading_initials(["集体土地", "上房", "屋", "征收"], set(), nouns) == {}
    assert leading_initials(["外商投资", "企业", "服务", "经费"], set()) == {}  # (no nouns: no initials)


def test_no_false_initials_of_a_names_leading_words(engine: Engine) -> None:
    for q, figure in (("集上项目多少钱", "140"), ("国清项目多少钱", "40.00")):
        a = converse(engine, q)
        assert a.status != ANSWERED and figure not in a.text, a.text
    a = converse(engine, "外企服务经费多少")
    assert a.status == ANSWERED and "220" in a.text, a.text


def test_a_subtotal_and_its_own_member_are_not_added(engine: Engine) -> None:
    *_, a = _talk(engine, "教育小计总投资多少", "东门幼儿园新建PPP项目呢", "加起来")
    assert a.status != ANSWERED and "小计" in a.text and "38000" not in a.text, a.text
    # a row of another group is added
    *_, a = _talk(engine, "教育小计总投资多少", "污水处理厂提标PPP项目呢", "加起来")
    assert a.status == ANSWERED and "51000" in a.text, a.text
