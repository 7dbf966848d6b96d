"""A county's transfers to its towns (blind set 22's shape): a two-level header whose group (2026年预算数) prints
a 合计 column before its kinds of transfer, the 合计 ROW first; and a government investment plan whose group
headings (一、续建项目) print their subtotals, with 总投资, 累计完成, this year's plan split by source and a text
column of measurements. Every table here is fictional (溪口县, 柳川区)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

_TOWNS = [("石桥镇", 420.5, 300.5, 80, 40, None, 401.2),
          ("柳塘乡", 515.0, 260.0, 75, 30, 150, 498.0),
          ("凤鸣镇", 388.2, 278.2, 70, 40, None, 395.6),
          ("白鹭乡", 466.0, 231.0, 65, 35, 135, 452.5),
          ("清溪镇", 352.3, 262.3, 60, 30, None, 360.1)]


def _transfers(path: Path) -> None:
    """溪口县's transfers by town: 2026年预算数 › 合计 / 均衡性转移支付 / 县级基本财力保障机制奖补 / 农村综合改革转移支付 /
    重点生态功能区转移支付, then 2025年执行数, 增减额, 增减率; the 合计 row first."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分地区"
    ws["A1"] = "溪口县2026年县对乡镇一般性转移支付分地区预算表"
    ws["A2"] = "单位：万元"
    ws.append(["序号", "地区", "2026年预算数", None, None, None, None, "2025年执行数", "增减额", "增减率（%）"])
    ws.append([None, None, "合计", "均衡性转移支付", "县级基本财力保障机制奖补", "农村综合改革转移支付",
               "重点生态功能区转移支付", None, None, None])
    for cells in ("A1:J1", "A2:J2", "A3:A4", "B3:B4", "C3:G3", "H3:H4", "I3:I4", "J3:J4"):
        ws.merge_cells(cells)

    def row(no, name, vals, before):
        change = round(vals[0] - before, 2)
        return [no, name, *vals, before, change, round(change / before * 100, 2)]

    sums = [round(sum(t[i] or 0 for t in _TOWNS), 2) for i in range(1, 7)]
    ws.append(row(None, "合计", sums[:5], sums[5]))
    for no, (name, *vals) in enumerate(_TOWNS, 1):
        ws.append(row(no, name, vals[:5], vals[5]))
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("xfer23")
    _transfers(folder / "xikou_transfers.xlsx")
    knowledge = Path(__file__).resolve().parent.parent / "knowledge"
    return engine_over(folder / "kb.sqlite", [knowledge, folder / "xikou_transfers.xlsx"])


@pytest.mark.parametrize(("question", "want", "never"), [
    ("柳塘乡转移支付多少", "515", "260"),
    ("溪口县对乡镇一般性转移支付一共多少", "2142", "1332"),
    ("哪个乡镇转移支付最多", "柳塘乡", "石桥镇 2026年预算数均衡性"),
])
def test_the_tables_subject_is_its_groups_total_column(engine: Engine, question: str, want: str, never: str) -> None:
    """转移支付, the subject its title says, fitting several kinds of transfer: the 合计 column, not those kinds."""
    a = converse(engine, question)
    assert a.status == "answered" and want in a.text and never not in a.text, a.text


def test_the_total_column_carried_to_another_row(engine: Engine) -> None:
    a = converse(engine, "凤鸣镇转移支付多少", "那白鹭乡呢")
    assert a.status == "answered" and "466" in a.text and "231" not in a.text, a.text


def test_a_kind_of_transfer_is_still_its_own_column(engine: Engine) -> None:
    a = converse(engine, "柳塘乡均衡性转移支付多少")
    assert a.status == "answered" and "260" in a.text and "515" not in a.text, a.text


def test_a_qualifier_the_table_lacks_is_not_its_total(engine: Engine) -> None:
    """专项转移支付 of a table of 一般性转移支付: not in the table, never its 合计 nor its kinds."""
    a = converse(engine, "溪口县对乡镇专项转移支付多少")
    assert a.status != "answered" and "2142" not in a.text, a.text
