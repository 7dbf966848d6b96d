"""perf54: a general table is read into class tables (groups._read) only for a question that says a word of some
general table's title: a value asked by its row and column reads none (kind_rows answered nothing of it anyway),
while a question saying the table's kind still reads and answers it."""

from __future__ import annotations

import pytest

from bot.answer.facts import groups
from bot.answer.facts.index import index_for
from tests.conftest import converse, engine_over, write_workbook

# (name, 责任科室, 合计, 中央补助, 县级配套)
_ROWS = [
    ("竹木加工园区道路改造资金", "县经济商务局", 540.0, 300.0, 240.0),
    ("高山蔬菜基地灌溉资金", "县农业农村局", 260.0, 110.0, 150.0),
    ("溪流护岸整治资金", "县水利局", 410.0, 210.0, 200.0),
    ("古村落保护修缮资金", "县文化广电旅游局", 175.0, 75.0, 100.0),
    ("中药材种植扶持资金", "县农业农村局", 132.5, 32.5, 100.0),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("perf54")
    rows: list[list] = [["松溪县2026年乡村振兴衔接资金绩效目标汇总表", None, None, None, None, None],
                        ["编制单位：松溪县财政局", None, None, None, "单位：万元", None],
                        ["序号", "资金名称", "责任科室", "资金额度（万元）", None, None],
                        [None, None, None, "合计", "中央补助", "县级配套"]]
    rows += [[i, *r] for i, r in enumerate(_ROWS, start=1)]
    write_workbook(folder / "松溪县_财政局_2026年_乡村振兴衔接资金绩效目标汇总表.xlsx", rows,
                   ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:F3"], sheet="衔接资金")
    return engine_over(folder / "kb.sqlite", [folder])


def _reads(monkeypatch) -> list[int]:
    read: list[int] = []
    real = groups._read

    def counted(idx, doc, ids=None):
        read.append(doc)
        return real(idx, doc, ids)
    monkeypatch.setattr(groups, "_read", counted)
    return read


def test_no_title_word_said_reads_no_class_table(engine, monkeypatch) -> None:
    idx = index_for(engine.kb)
    idx.__dict__.pop("_group_tables", None)
    assert not groups.title_said(idx, "溪流护岸整治资金中央补助是多少")
    read = _reads(monkeypatch)
    a = converse(engine, "溪流护岸整治资金中央补助是多少")
    assert a.status == "answered" and "210" in a.text
    assert read == []


def test_the_kind_said_still_reads_and_answers(engine, monkeypatch) -> None:
    idx = index_for(engine.kb)
    idx.__dict__.pop("_group_tables", None)
    assert groups.title_said(idx, "乡村振兴衔接资金一共多少项")
    read = _reads(monkeypatch)
    a = converse(engine, "乡村振兴衔接资金一共多少项")
    assert a.status == "answered" and "5 项" in a.text
    assert read
