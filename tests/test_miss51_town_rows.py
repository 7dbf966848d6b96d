"""A table of towns (…镇, …乡 rows, a 县本级 and an 园区 listed among them) whose note says what the towns' rows
are ("注：乡镇债务余额为县级政府转贷乡镇使用部分") and that a blank cell means none: the towns asked by their kind
are its rows, never the note; the rows a column leaves blank are listed or counted; one kind of town (几个乡)
names that table. The table is made here; every figure is worked out by hand.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import engine_over

from bot.engine import Engine

# 地区 | 2024年债务限额 一般 / 专项 / 合计 | 2024年末债务余额 一般 / 专项 / 合计 (专项 blank: none)
_ROWS = [
    ["合计", 900, 660, 1560, 800, 560, 1360],
    ["县本级", 500, 400, 900, 450, 350, 800],
    ["青河经济开发区", 100, 150, 250, 90, 120, 210],
    ["东坝镇", 60, 30, 90, 55, 25, 80],
    ["西岭镇", 50, None, 50, 45, None, 45],
    ["南渡镇", 40, 20, 60, 35, 15, 50],
    ["柳塘乡", 50, 40, 90, 45, 30, 75],
    ["石门乡", 30, None, 30, 25, None, 25],
    ["花溪乡", 70, 20, 90, 55, 20, 75],
]
_NOTE = ("注：1.本表债务口径为地方政府债券形成的政府债务；2.乡镇（园区）债务余额为县级政府转贷乡镇（园区）使用部分；"
         "3.专项债务栏空白表示该地区无专项债务。")


def _debt(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "债务限额和余额"
    ws["A1"] = "青河县2024年政府债务限额和余额情况表"
    ws["A2"] = "单位：万元"
    ws.cell(3, 1, "地区（单位）")
    ws.cell(3, 2, "2024年债务限额")
    ws.cell(3, 5, "2024年末债务余额")
    for c, h in enumerate(["一般债务", "专项债务", "合计", "一般债务", "专项债务", "合计"], 2):
        ws.cell(4, c, h)
    for rng in ("A3:A4", "B3:D3", "E3:G3"):
        ws.merge_cells(rng)
    for r, row in enumerate(_ROWS, 5):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    ws.cell(5 + len(_ROWS), 1, _NOTE)
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def towns(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("miss51towns")
    knowledge = Path(__file__).resolve().parent.parent / "knowledge"
    return engine_over(d / "kb.sqlite", [knowledge, _debt(d / "qinghe_2024_debt_limit_balance.xlsx")])


def test_rows_left_blank_are_listed_by_name(towns: Engine) -> None:
    # 西岭镇 and 石门乡 leave 专项债务 blank in both columns; the others print it
    a = towns.ask("哪些乡镇没有专项债务", record=False)
    assert a.status == "answered"
    assert "西岭镇" in a.text and "石门乡" in a.text
    assert not any(x in a.text for x in ("东坝镇", "柳塘乡", "县本级", "（来源：）"))


def test_town_kind_after_a_ranking_is_the_rows_not_the_note(towns: Engine) -> None:
    # 2024年末 专项 among the towns: 柳塘乡 30, 东坝镇 25, 花溪乡 20 (县本级 350 and the 开发区 120 are no towns)
    a = towns.ask("2024年末专项债务余额前三的乡镇", record=False)
    assert a.status == "answered"
    assert "柳塘乡" in a.text and "东坝镇" in a.text and "花溪乡" in a.text
    assert "县本级" not in a.text and "开发区" not in a.text and "南渡镇" not in a.text


def test_one_kind_of_town_counted_names_the_table_of_towns(towns: Engine) -> None:
    a = towns.ask("表里有几个乡", record=False)
    assert a.status == "answered"
    assert "3" in a.text and "柳塘乡" in a.text and "东坝镇" not in a.text


@pytest.fixture(scope="module")
def yongxin(tmp_path_factory) -> Engine:
    """The published 永新县 debt table beside the bundled samples, whose other tables print 余额 rows too."""
    d = tmp_path_factory.mktemp("miss51yongxin")
    root = Path(__file__).resolve().parent
    samples = sorted((root / "data" / "samples").glob("*.xlsx"))
    return engine_over(d / "kb.sqlite", [root.parent / "knowledge", *samples,
                                         root / "data" / "general24" / "yongxin_2024_government_debt_limit_balance.xlsx"])


def test_column_said_by_its_last_word_among_the_towns(yongxin: Engine) -> None:
    # 余额 ends only the 年末债务余额 heads of the table of towns: its 2024 合计, the towns compared (烟阁乡
    # 12051.59 above 台岭乡 10246.97; 县本级 is no town)
    a = yongxin.ask("余额最高的乡镇", record=False)
    assert a.status == "answered"
    assert "烟阁乡" in a.text and "12051.59" in a.text and "县本级" not in a.text
