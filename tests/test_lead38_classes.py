"""Round 20, the lead's fixes after merging: a department said short before 本级 ("文旅体育局本级" of
岳溪县文化旅游体育局) is that department's own line, not a word left unexplained; another department's 本级
(not loaded) is never this one's. The table is fictional."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, Engine

_DEPT = "岳溪县文化旅游体育局"
_UNITS = [
    Unit("岳溪县文化旅游体育局本级", "212.40 212.40", [
        Item("全民健身赛事活动经费", "120.00 120.00", "举办全县全民健身赛事活动。",
             [("11", "举办赛事场次", "≥8场", "≥8场"), ("31", "参赛群众满意度", "≥90%", "≥90%")]),
        Item("旅游宣传推介经费", "92.40 92.40", "开展旅游宣传推介。",
             [("11", "推介活动次数", "≥4次", "≥4次")]),
    ]),
    Unit("岳溪县图书馆", "56.00 56.00", [
        Item("图书馆免费开放经费", "56.00 56.00", "保障图书馆免费开放。",
             [("11", "接待读者人次", "≥10万人次", "≥10万人次")]),
    ]),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("lead38")
    path = folder / "yuexi_wlt_2026.txt"
    path.write_text(render(_DEPT, "268.40 268.40", _UNITS), encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [path])


@pytest.mark.parametrize("question", ["文旅体育局本级总计多少", "文化体育局本级多少钱"])
def test_the_department_said_short_before_its_own_line(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status == ANSWERED and "212.4" in a.text and "268.4" not in a.text, a.text


def test_another_departments_own_line_is_not_this_one(engine: Engine) -> None:
    a = converse(engine, "公安局本级总计多少")
    assert "212.4" not in a.text, a.text
