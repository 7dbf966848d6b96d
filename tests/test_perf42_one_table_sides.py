"""Two rows of one table added up ("X局对个人和家庭的补助和电费2024年预算数合计多少") are the fact answerer's: the
two-tables step must see that one table prints both even when a row's name holds a join word (商品和服务支出,
对个人和家庭的补助: that 和 joins no two things) or a bracket said without it (维修（护）费 said 维修护费), and
never ask each side on its own first (two extra turns for every such question). Fictional table (青梧县档案馆)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook

import bot.engine.sides as sides
from bot.engine import Engine

DATA = Path(__file__).resolve().parent / "data"

_GENERAL = [
    ["青梧县档案馆2024年部门预算支出对比表", None, None, None, None, None],
    [None, None, None, None, None, "单位：万元"],
    ["类别", "科目", "2023年预算数", "2024年预算数", "增减额", "增减率"],
    ["基本支出", "对个人和家庭的补助", 100, 120, 20, "20.00%"],
    [None, "电费", 30, 33, 3, "10.00%"],
    [None, "维修（护）费", 40, 44, 4, "10.00%"],
    ["项目支出", "商品和服务支出", 200, 210, 10, "5.00%"],
    [None, "培训费", 10, 12, 2, "20.00%"],
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("perf42")
    table = write_workbook(folder / "青梧县档案馆_预算对比.xlsx", _GENERAL, ("A1:F1", "A4:A6", "A7:A8"), "Sheet1")
    return engine_over(folder / "kb.sqlite", [DATA.parent.parent / "knowledge", table])


@pytest.mark.parametrize(("question", "total"), [
    ("青梧县档案馆对个人和家庭的补助和电费2024年预算数合计多少", "153"),
    ("青梧县档案馆商品和服务支出和培训费2024年预算数合计多少", "222"),
    ("青梧县档案馆维修（护）费和电费2024年预算数合计多少", "77"),
    ("青梧县档案馆培训费和维修（护）费2024年预算数合计多少", "56"),
])
def test_two_rows_of_one_table_are_never_asked_side_by_side(engine: Engine, monkeypatch, question: str,
                                                             total: str) -> None:
    asked: list[tuple[str, str]] = []
    real = sides._figures_of_sides

    def counted(session, said, *args, **kwargs):
        asked.append(said)
        return real(session, said, *args, **kwargs)

    monkeypatch.setattr(sides, "_figures_of_sides", counted)
    a = converse(engine, question)
    assert a.status == "answered" and total in a.text.split("\n")[0], a.text
    assert asked == [], asked  # (one table's two rows: no side asked on its own)


def test_a_row_said_without_its_brackets_is_that_row(engine: Engine) -> None:
    assert sides._rows_of_one_table(engine.kb, "维修护费", "电费2024年预算数")
    assert sides._rows_of_one_table(engine.kb, "维修（护）费", "电费")
    assert not sides._rows_of_one_table(engine.kb, "维修护理费", "电费")


def test_a_join_word_inside_a_row_name_joins_nothing(engine: Engine) -> None:
    norm = "青梧县档案馆对个人和家庭的补助和电费2024年预算数合计多少"
    inside = sides._inside_row_name(engine.kb, norm)
    joins = [i for i, c in enumerate(norm) if c == "和"]
    assert [inside(i) for i in joins] == [True, False]
