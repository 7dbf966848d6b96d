"""Classes of answers blind_7 (and blind_1) showed wrong, each asserted on tables generated here in shapes of
their own, with other names and figures than the question sets' tables; every figure is worked out by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse as _ask

from bot.engine import Engine

ROOT = Path(__file__).resolve().parent.parent


def _carried_over(path: Path) -> None:
    """云溪县档案局, 万元: a 收入支出决算总表 with 年初/年末结转和结余 rows, and 财政拨款收入/支出 rows."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收支决算"
    ws["A1"] = "云溪县档案局2024年收入支出决算总表"
    ws["D2"] = "单位：万元"
    for c, h in enumerate(["项目", "决算数", "上年决算数"], 1):
        ws.cell(3, c, h)
    rows = [("一般公共预算财政拨款收入", 812.4, 790.0), ("一般公共预算财政拨款支出", 798.6, 775.5),
            ("年初结转和结余", 36.7, 21.3), ("年末结转和结余", 50.5, 36.7), ("事业收入", 12.0, 10.0)]
    for r, row in enumerate(rows, 4):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    wb.save(path)


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("blind7_tables")
    _carried_over(d / "juesuan.xlsx")
    return d


@pytest.fixture(scope="module")
def engine(tables: Path, tmp_path_factory) -> Engine:
    from bot.store.build import load_paths

    db = tmp_path_factory.mktemp("blind7_db") / "kb.sqlite"
    load_paths(db, [tables])
    return Engine(db, ROOT / "knowledge" / "vocabulary.toml")


def _figures(answer) -> str:
    return answer.text.split("（来源")[0]


def test_two_labels_sharing_their_tail_said_once_are_both_asked(engine):
    answer = _ask(engine, "云溪档案局年初和年末结转结余分别多少")
    assert answer.status == "answered" and "36.7" in _figures(answer) and "50.5" in _figures(answer)
    assert "812.4" not in _figures(answer)


def test_two_labels_sharing_their_head_said_once_are_both_asked(engine):
    answer = _ask(engine, "云溪档案局一般公共预算财政拨款收入和支出各多少")
    assert answer.status == "answered" and "812.4" in _figures(answer) and "798.6" in _figures(answer)
