"""A place's table of several departments, each a 小计 line over its units (部门支出预算表 / 部门收入预算表, blind
set 41's class). A department said by its short name is its 小计 line, never a unit's; a unit's line; the table's
合计; rankings of departments or of one department's units; counts of its units; units with a column's money or
beyond a number; shares of the whole or of the line's own 合计; two lines set against each other; follow-ups on
them (其中X, 那X呢, 下面哪个单位最多, 两个差多少). A word the table does not explain is not answered as if absent.
Tables are fictional: 澜沧县's 支出 table (小计 printed last, no codes, 基本支出 › 人员经费/公用经费 | 项目支出) and
云岭市's 收入 table (codes, 小计 first)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over

from bot.engine import Engine

# 澜沧县: (department, [(unit, 人员经费, 公用经费, 项目支出)])
_SPEND = [("澜沧县教育和体育局", [("澜沧县教育和体育局（本级）", 820.0, 140.0, 2300.0), ("澜沧县第一中学", 3100.0, 420.0, 560.0),
                          ("澜沧县民族中学", 2650.0, 380.0, 0.0), ("澜沧县体育训练中心", 310.0, 60.0, 95.5)]),
          ("澜沧县卫生健康局", [("澜沧县卫生健康局（本级）", 540.0, 90.0, 1800.0), ("澜沧县人民医院", 5200.0, 900.0, 3400.0),
                         ("澜沧县疾病预防控制中心", 760.0, 120.0, 410.0)]),
          ("澜沧县水务局", [("澜沧县水务局（本级）", 380.0, 70.0, 4600.0), ("澜沧县水土保持站", 150.0, 30.0, 0.0)])]


def _spending(path: Path) -> None:
    """Department merged over its lines, units first, its 小计 last; a two-row header (基本支出 over two columns)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门支出预算表"
    ws["A1"] = "澜沧县2026年部门支出预算表"
    ws["F2"] = "单位：万元"
    for c, h in enumerate(["部门", "单位名称", "合计", "基本支出", None, "项目支出"], 1):
        ws.cell(3, c, h)
    ws.cell(4, 4, "人员经费")
    ws.cell(4, 5, "公用经费")
    for rng in ("A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4"):
        ws.merge_cells(rng)
    r = 6
    whole = [0.0, 0.0, 0.0]
    for dept, units in _SPEND:
        first = r
        for name, a, b, p in units:
            ws.cell(r, 2, name)
            _figures(ws, r, a, b, p)
            r += 1
        sums = [sum(u[k] for u in units) for k in (1, 2, 3)]
        whole = [w + s for w, s in zip(whole, sums, strict=True)]
        ws.cell(r, 2, "小计")
        _figures(ws, r, *sums)
        ws.cell(first, 1, dept)
        ws.merge_cells(start_row=first, start_column=1, end_row=r, end_column=1)
        r += 1
    ws.cell(5, 2, "合计")
    _figures(ws, 5, *whole)
    wb.save(path)


def _figures(ws, r: int, a: float, b: float, p: float) -> None:
    ws.cell(r, 3, round(a + b + p, 2))
    for c, v in ((4, a), (5, b), (6, p)):
        if v:
            ws.cell(r, c, v)


# 云岭市: (code, department, [(code, unit, 上年结转, 财政拨款, 事业收入)])
_INCOME = [("501", "云岭市自然资源和规划局", [("501001", "云岭市自然资源和规划局（本级）", 12.0, 950.0, 0.0),
                                       ("501002", "云岭市土地储备中心", 0.0, 420.0, 35.0),
                                       ("501003", "云岭市测绘院", 6.5, 180.0, 260.0)]),
           ("502", "云岭市农业农村局", [("502001", "云岭市农业农村局（本级）", 30.0, 1300.0, 0.0),
                                 ("502002", "云岭市农业科学研究所", 0.0, 610.0, 48.0)])]


def _income(path: Path) -> None:
    """Department merged over its lines, its 小计 first, each line with a code; one header row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收入"
    ws["A1"] = "云岭市2026年部门收入预算表"
    ws["F2"] = "单位：万元"
    for c, h in enumerate(["部门", "单位编码", "单位名称", "合计", "上年结转", "财政拨款", "事业收入"], 1):
        ws.cell(3, c, h)
    r = 5
    whole = [0.0, 0.0, 0.0]
    for code, dept, units in _INCOME:
        sums = [sum(u[k] for u in units) for k in (2, 3, 4)]
        whole = [w + s for w, s in zip(whole, sums, strict=True)]
        rows = [(code, "小计", *sums), *units]
        for k, (c, name, *fig) in enumerate(rows):
            ws.cell(r + k, 2, c)
            ws.cell(r + k, 3, name)
            ws.cell(r + k, 4, round(sum(fig), 2))
            for j, v in enumerate(fig, 5):
                if v:
                    ws.cell(r + k, j, v)
        ws.cell(r, 1, dept)
        ws.merge_cells(start_row=r, start_column=1, end_row=r + len(rows) - 1, end_column=1)
        r += len(rows)
    ws.cell(4, 3, "合计")
    ws.cell(4, 4, round(sum(whole), 2))
    for j, v in enumerate(whole, 5):
        ws.cell(4, j, v)
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    root = tmp_path_factory.mktemp("rev42")
    docs = root / "docs"
    docs.mkdir()
    _spending(docs / "澜沧县_2026_部门支出预算表.xlsx")
    _income(docs / "云岭市_2026_部门收入预算表.xlsx")
    return engine_over(root / "kb.sqlite", [docs])


def _ask(engine: Engine, *turns: str):
    return converse(engine, *turns)


def test_a_department_said_short_is_its_subtotal_line(engine):
    a = _ask(engine, "卫健局支出预算多少")
    assert a.status == "answered" and "13220" in a.text and "5200" not in a.text
    a = _ask(engine, "教体局项目支出多少")  # 教育和体育局 said by the first character of its two words
    assert a.status == "answered" and "2955.5" in a.text


def test_a_unit_and_its_column(engine):
    assert "5200" in _ask(engine, "人民医院人员经费多少").text
    assert "2300" in _ask(engine, "教育和体育局本级项目支出").text
    a = _ask(engine, "民族中学项目支出多少")
    assert a.status == "answered" and "0万元" in a.text  # a blank cell: no money of that kind


def test_the_whole_of_the_table(engine):
    a = _ask(engine, "澜沧县部门支出预算合计")
    assert a.status == "answered" and "29285.5" in a.text


def test_rankings_of_departments_and_of_units(engine):
    a = _ask(engine, "哪个部门支出预算最多")
    assert "卫生健康局" in a.text and "13220" in a.text
    a = _ask(engine, "支出最少的单位是哪个")
    assert "水土保持站" in a.text and "180" in a.text
    a = _ask(engine, "教体局单位按支出排第三的是")
    assert "民族中学" in a.text and "3030" in a.text


def test_counts_lists_and_thresholds(engine):
    a = _ask(engine, "水务局下面几个单位")
    assert a.status == "answered" and "2 个" in a.text
    a = _ask(engine, "哪些单位有事业收入")
    assert all(n in a.text for n in ("土地储备中心", "测绘院", "农业科学研究所")) and "本级" not in a.text
    a = _ask(engine, "项目支出超过2000的单位")
    assert all(n in a.text for n in ("人民医院", "水务局（本级）", "教育和体育局（本级）")) and "第一中学" not in a.text


def test_shares_and_differences(engine):
    a = _ask(engine, "卫健局支出占全县合计多少")
    assert "45.14" in a.text  # 13220 / 29285.5
    a = _ask(engine, "农业农村局财政拨款占比")
    assert "96.08" in a.text  # 1910 / 1988, the department's own 合计
    a = _ask(engine, "第一中学比民族中学支出多多少")
    assert "1050" in a.text


def test_follow_ups_on_the_lines(engine):
    assert "95.5" in _ask(engine, "教体局支出预算", "其中体育训练中心项目支出多少").text
    assert "295万元" in _ask(engine, "自规局收入预算", "其中事业收入多少").text
    a = _ask(engine, "卫健局支出预算", "下面哪个单位最多")
    assert "人民医院" in a.text and "9500" in a.text
    a = _ask(engine, "人民医院支出预算", "疾控中心呢", "两个差多少")
    assert "8210" in a.text  # 9500 - 1290


def test_words_the_table_does_not_explain_are_not_dropped(engine):
    for q in ("人民医院门诊收入多少", "卫健局每月支出多少", "人民医院2024年支出"):
        a = _ask(engine, q)
        assert not (a.status == "answered" and ("9500" in a.text or "13220" in a.text)), q
    a = _ask(engine, "测绘院支出预算多少")  # a 收入 table's unit asked its 支出: not this table
    assert not (a.status == "answered" and "446.5" in a.text)


def test_lines_added_listed_each_and_counted_without_the_subject(engine):
    a = _ask(engine, "教体局和水务局支出加起来多少")
    assert "16065.5" in a.text  # 10835.5 + 5230, each shown
    a = _ask(engine, "各部门支出预算")
    assert all(x in a.text for x in ("10835.5", "13220", "5230")) and "9500" not in a.text
    a = _ask(engine, "卫健局有几个单位")
    assert a.status == "answered" and "3 个" in a.text


def test_follow_ups_naming_another_line(engine):
    a = _ask(engine, "卫健局支出预算", "水务局呢")
    assert "5230" in a.text and "13220" not in a.text
    a = _ask(engine, "人民医院支出预算", "占卫健局多少")
    assert "71.86" in a.text  # 9500 / 13220
