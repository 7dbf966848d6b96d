"""Function-classified budget tables (round 30): a county's 一般公共预算支出功能分类预算表 with 类/款/项 codes,
上年预算数 | 本年预算数 (小计 / 基本支出 / 项目支出, a merged head) | 增减额 | 增减% — the change of the whole
table asked without naming its total row, a change asked with 少了多少, a line's share of the line just shown,
one of several lines shown picked by the head it stands under, and a change asked after same-named lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

# 岚溪县 (fictional): (code, name, 上年, 本年小计, 基本支出, 项目支出); the 合计 row is their 类 lines' sum.
_LINES = [
    ("201", "一般公共服务支出", 3200, 3350, 3000, 350),
    ("20101", "人大事务", 400, 420, 380, 40),
    ("2010101", "行政运行", 400, 420, 380, 40),
    ("20106", "财政事务", 900, 950, 700, 250),
    ("2010601", "行政运行", 700, 700, 700, None),
    ("2010607", "信息化建设", 200, 250, None, 250),
    ("207", "文化旅游体育与传媒支出", 2600, 2300, 800, 1500),
    ("20701", "文化和旅游", 2600, 2300, 800, 1500),
    ("2070101", "行政运行", 800, 800, 800, None),
    ("2070109", "群众文化", 1800, 1500, None, 1500),
    ("211", "节能环保支出", 1200, 1460, 160, 1300),
    ("21101", "环境保护管理事务", 160, 160, 160, None),
    ("2110101", "行政运行", 160, 160, 160, None),
    ("21103", "污染防治", 1040, 1300, None, 1300),
    ("2110301", "大气", 640, 820, None, 820),
    ("2110302", "水体", 400, 480, None, 480),
    ("224", "灾害防治及应急管理支出", 900, 840, 600, 240),
    ("22401", "应急管理事务", 900, 840, 600, 240),
    ("2240101", "行政运行", 600, 600, 600, None),
    ("2240106", "安全监管", 300, 240, None, 240),
    ("229", "其他支出", 700, 560, None, 560),
    ("22999", "其他支出", 700, 560, None, 560),
    ("2299901", "其他支出", 700, 560, None, 560),
]


def _function_table(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "功能分类支出"
    ws.append(["岚溪县2025年一般公共预算支出功能分类预算表"])
    ws.append([None] * 7 + ["单位：万元"])
    ws.append(["科目编码", "科目名称", "上年预算数", "本年预算数", None, None, "增减额", "增减%"])
    ws.append([None, None, None, "小计", "基本支出", "项目支出", None, None])
    tops = [x for x in _LINES if len(x[0]) == 3]
    total = ("", "合计", *(sum(x[i] or 0 for x in tops) for i in range(2, 6)))
    for code, name, last, now, basic, project in [total, *_LINES]:
        ws.append([code or None, name, last, now, basic, project, now - last, round((now - last) / last * 100, 1)])
    for cells in ("A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "H3:H4"):
        ws.merge_cells(cells)
    ws.append(["注：本表为县本级一般公共预算支出；上年预算数为2024年年初预算数。"])
    wb.save(path)


@pytest.fixture(scope="module")
def lanxi(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("fn30")
    _function_table(folder / "lanxi_function.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "lanxi_function.xlsx"])


@pytest.mark.parametrize("asked", ["岚溪今年比去年增加多少", "岚溪比上年增长多少", "岚溪总支出比去年增加多少"])
def test_change_of_the_table_without_its_total_row_named(lanxi: Engine, asked: str) -> None:
    # 合计: 上年 7900 + 700 = 8600, 本年 8510: the total row's two years, never 本年 figures standing for it
    a = converse(lanxi, asked)
    assert a.status == "answered" and "-90" in a.text and "8510" in a.text and "8600" in a.text


def test_growth_of_the_total_is_its_printed_change(lanxi: Engine) -> None:
    a = converse(lanxi, "岚溪总支出增长了多少")
    assert a.status == "answered" and "增减额" in a.text and "-90" in a.text


@pytest.mark.parametrize("asked", ["群众文化比上年少了多少", "群众文化比去年减少了多少", "安全监管比上年下降了多少"])
def test_fall_asked_with_le_is_the_lines_change(lanxi: Engine, asked: str) -> None:
    # "少了多少": never 了多少 read as part of another label (得了多少分)
    a = converse(lanxi, asked)
    assert a.status == "answered" and ("300" in a.text or "60" in a.text)
    assert "得分" not in a.text


def test_share_of_a_line_under_the_line_shown(lanxi: Engine) -> None:
    a = converse(lanxi, "岚溪的污染防治", "大气占多少")
    assert a.status == "answered" and "63.08" in a.text and "1300" in a.text and "8510" not in a.text


def test_share_of_a_line_not_under_the_line_shown_is_of_the_total(lanxi: Engine) -> None:
    a = converse(lanxi, "岚溪的污染防治", "群众文化占多少")
    assert "1300" not in a.text


@pytest.mark.parametrize(("head", "figure"), [("应急管理事务下面那个", "600"), ("财政事务下面那个", "700")])
def test_one_of_the_lines_shown_by_the_head_it_stands_under(lanxi: Engine, head: str, figure: str) -> None:
    a = converse(lanxi, "岚溪行政运行", head)
    assert a.status == "answered" and "行政运行" in a.text and f"{figure}万元" in a.text
    assert "840" not in a.text and "950" not in a.text  # never the head's own figure


def test_change_after_same_named_lines_is_their_printed_change(lanxi: Engine) -> None:
    a = converse(lanxi, "岚溪其他支出", "减了多少")
    assert a.status == "answered" and "-140" in a.text and "增减额" in a.text
