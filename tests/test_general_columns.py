"""General tables whose columns carry years and kinds (2023年实际数, 2024年预算数, 2024年实际支出 by quarter):
the column a question names is the one answered. The workbook is generated here; figures read off it by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine, Session

ROOT = Path(__file__).resolve().parent.parent


def _execution(path: Path) -> None:
    """枫林县交通运输局's quarterly execution analysis in 元: a two-row header, 执行率 in 0.00%."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "执行分析"
    ws.append(["枫林县交通运输局2024年度预算执行情况分析表"])
    ws.append(["单位：元"])
    ws.append(["项目", "2023年实际数", "2024年预算数", "2024年实际支出", None, None, None, None, "执行率"])
    ws.append([None, None, None, "一季度", "二季度", "三季度", "四季度", "全年合计", None])
    for cells in ("A1:I1", "D3:H3", "A3:A4", "B3:B4", "C3:C4", "I3:I4"):
        ws.merge_cells(cells)
    for r in [("一、基本支出", 500000, 520000, 120000, 130000, 125000, 135000, 510000, 0.9808),
              ("工资福利支出", 400000, 410000, 100000, 100000, 100000, 110000, 410000, 1),
              ("商品和服务支出", 100000, 110000, 20000, 30000, 25000, 25000, 100000, 0.9091),
              ("二、项目支出", 1100000, 1220000, 280000, 290000, 300000, 320000, 1190000, 0.9754),
              ("农村公路养护", 800000, 900000, 200000, 210000, 220000, 250000, 880000, 0.978),
              ("地质灾害预防控制专项", 300000, 320000, 80000, 80000, 80000, 70000, 310000, 0.9688),
              ("合计", 1600000, 1740000, 400000, 420000, 425000, 455000, 1700000, 0.977)]:
        ws.append(list(r))
        for c in range(2, 9):
            ws.cell(ws.max_row, c).number_format = "0"
        ws.cell(ws.max_row, 9).number_format = "0.00%"
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy) -> Engine:
    tables = tmp_path_factory.mktemp("column_tables")
    _execution(tables / "fenglin_jtj_2024_execution.xlsx")
    db = built_copy([ROOT / "tests" / "data" / "samples", tables],
                    tmp_path_factory.mktemp("general_columns") / "kb.sqlite")
    return Engine(db, ROOT / "knowledge" / "vocabulary.toml")


def test_the_budget_of_a_row_is_its_budget_column_not_the_actual_total(engine) -> None:
    a = engine.ask("交通运输局农村公路养护预算多少")
    assert a.status == "answered" and "900000" in a.text and "880000" not in a.text, a.text


def test_a_rate_cell_reads_with_the_decimals_its_format_prints(engine) -> None:
    a = engine.ask("交通运输局农村公路养护执行率")
    assert a.status == "answered" and "97.80%" in a.text, a.text
    a = engine.ask("交通运输局合计执行率")
    assert a.status == "answered" and "97.70%" in a.text, a.text


def test_the_budget_of_a_special_fund_row_is_its_budget_column(engine) -> None:
    a = engine.ask("交通运输局地质灾害预防控制专项预算多少")
    assert a.status == "answered" and "320000" in a.text and "2024年预算数" in a.text, a.text


def test_a_quarter_of_the_whole_table_is_its_total_row_never_every_row_added(engine) -> None:
    # headings (一、基本支出) and their items both print the quarter: the 合计 row is the total
    s = Session()
    a = engine.ask("交通运输局三季度实际支出合计", s)
    assert a.status == "answered" and "425000" in a.text and "+" not in a.text, a.text
    a = engine.ask("四季度呢", s)
    assert a.status == "answered" and "455000" in a.text and "+" not in a.text, a.text


def test_two_rows_said_together_then_heji_are_added_not_the_total_row(engine) -> None:
    # 合计 after 工资福利支出和商品和服务支出 adds their budgets (410000 + 110000), with the arithmetic shown
    a = engine.ask("交通运输局工资福利支出和商品和服务支出预算数合计多少")
    assert a.status == "answered" and "520000" in a.text and "+" in a.text and "1740000" not in a.text, a.text


def test_a_column_alone_after_a_row_is_asked_of_that_row(engine) -> None:
    """"农村公路养护预算多少" → "实际支出全年合计是多少": a question naming only a column continues with the
    row just answered, never the 合计 row."""
    s = Session()
    engine.ask("交通运输局农村公路养护预算多少", s)
    a = engine.ask("实际支出全年合计是多少", s)
    assert a.status == "answered" and "880000" in a.text and "1700000" not in a.text, a.text
