"""Tables of their own for hierarchies of row labels (blind sets 15-17): a 基本支出 comparison whose lines stand
under their heads by indentation (full-width spaces, ASCII spaces, or the cell's alignment indent), "其中："
lines, and the one reader of a table's row hierarchy (bot/answer/facts/outline.py) the layers share. The
questions: the lines under a head (下面有哪些明细, 下面第三项, 最后一项), a line's change (增加还是减少, 那增了多少),
the lines that fell between two years said short (24年比23年)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table

from bot.answer.facts.outline import parents, path_of, under_by_code, under_by_path
from bot.engine import Engine
from bot.store import queries as query

_IND = "\u3000\u3000"
# 石湾区文化旅游局: two years' basic spending, each head's lines indented under it.
_LINES = [("基本支出合计", 980.5, 1003.2, 22.7, 0.0232),
          ("人员经费", 760, 790.4, 30.4, 0.04),
          (_IND + "基本工资", 260, 268.8, 8.8, 0.0338),
          (_IND + "津贴补贴", 300, 312.6, 12.6, 0.042),
          (_IND + "职业年金缴费", 80, 84, 4, 0.05),
          (_IND + "医疗保险缴费", 120, 125, 5, 0.0417),
          ("公用经费", 170.5, 160.8, -9.7, -0.0569),
          (_IND + "印刷费", 12.5, 10, -2.5, -0.2),
          (_IND + "邮电费", 8, 8.8, 0.8, 0.1),
          (_IND + "取暖费", 40, 36, -4, -0.1),
          (_IND + "工会经费", 110, 106, -4, -0.0364),
          ("对个人和家庭的补助", 50, 52, 2, 0.04),
          (_IND + "抚恤金", 30, 33, 3, 0.1),
          (_IND + "奖励金", 20, 19, -1, -0.05)]
_HEADER = ["项目", "2023年预算数", "2024年预算数", "增减额", "增减率"]


def _table(folder: Path, name: str, lines, indent_style: str = "fullwidth") -> Path:
    import openpyxl
    from openpyxl.styles import Alignment

    path = folder / name
    rows = []
    for label, *rest in lines:
        if indent_style == "ascii":
            label = label.replace("\u3000", "  ")
        elif indent_style == "alignment":
            label = label.lstrip("\u3000")
        rows.append([label, *rest])
    simple_table(path, "基本支出对比", "石湾区文化旅游局2024年一般公共预算基本支出预算与上年对比表", "E2", "单位：万元",
                 _HEADER, rows)
    if indent_style == "alignment":
        wb = openpyxl.load_workbook(path)
        ws = wb.active
        for r, (label, *_rest) in enumerate(lines, 4):
            if label.startswith("\u3000"):
                ws.cell(r, 1).alignment = Alignment(indent=2)
        for r in range(4, 4 + len(lines)):
            ws.cell(r, 5).number_format = "0.00%"
        wb.save(path)
    else:
        import openpyxl as ox
        wb = ox.load_workbook(path)
        for r in range(4, 4 + len(lines)):
            wb.active.cell(r, 5).number_format = "0.00%"
        wb.save(path)
    return path


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("hier18")
    _table(folder, "shiwan_basic.xlsx", _LINES)
    return engine_over(folder / "kb.sqlite", [folder / "shiwan_basic.xlsx"])


def _rows_of(engine_db: Path) -> list[str]:
    import sqlite3

    con = sqlite3.connect(engine_db)
    try:
        return [r[0] for r in con.execute("SELECT row_labels FROM facts WHERE col_labels = '增减额' ORDER BY line")]
    finally:
        con.close()


@pytest.mark.parametrize("style", ["fullwidth", "ascii", "alignment"])
def test_indented_lines_stand_under_their_head(tmp_path, style):
    from bot.store.build import load_paths

    path = _table(tmp_path, f"t_{style}.xlsx", _LINES, style)
    load_paths(tmp_path / "kb.sqlite", [path])
    rows = _rows_of(tmp_path / "kb.sqlite")
    sep = query.FACT_SEP
    assert rows[0] == "基本支出合计" and rows[1] == "人员经费"
    assert rows[2] == f"人员经费{sep}基本工资"
    assert rows[7] == f"公用经费{sep}印刷费"
    assert rows[13] == f"对个人和家庭的补助{sep}奖励金"


def test_flush_labels_keep_no_path(tmp_path):
    from bot.store.build import load_paths

    flat = [(label.lstrip("\u3000"), *rest) for label, *rest in _LINES]
    path = _table(tmp_path, "flat.xlsx", flat)
    load_paths(tmp_path / "kb.sqlite", [path])
    assert all(query.FACT_SEP not in r for r in _rows_of(tmp_path / "kb.sqlite"))


def test_lines_flush_with_qizhong_words_are_its_siblings(tmp_path):
    from bot.store.build import load_paths

    lines = [("合计", 90, 70, -20, -0.2222),
             ("公务用车购置及运行维护费", 60, 45, -15, -0.25),
             ("  其中：公务用车购置费", 35, 22, -13, -0.3714),
             ("        公务用车运行维护费", 25, 23, -2, -0.08),
             ("公务接待费", 30, 25, -5, -0.1667)]
    path = _table(tmp_path, "qizhong.xlsx", lines)
    load_paths(tmp_path / "kb.sqlite", [path])
    rows = _rows_of(tmp_path / "kb.sqlite")
    sep = query.FACT_SEP
    assert rows[2] == f"公务用车购置及运行维护费{sep}公务用车购置费"  # (the mark said by the line it stands under)
    assert rows[3] == f"公务用车购置及运行维护费{sep}公务用车运行维护费"
    assert rows[4] == "公务接待费"


def test_lines_under_a_head_are_listed_without_the_head(engine):
    a = engine.ask("石湾文化旅游局公用经费下面有哪些明细")
    assert a.status == "answered"
    for line in ("印刷费", "邮电费", "取暖费", "工会经费"):
        assert line in a.text
    assert "共 4 项" in a.text and "抚恤金" not in a.text and "基本工资" not in a.text
    b = engine.ask("石湾文化旅游局对个人和家庭的补助下面有哪些")
    assert b.status == "answered" and "共 2 项" in b.text and "抚恤金" in b.text and "奖励金" in b.text


def test_last_line_of_a_list_then_its_change(engine):
    a = _ask(engine, "石湾文化旅游局公用经费下面有哪些明细", "最后一项增减额多少")
    assert a.status == "answered" and "工会经费" in a.text and "-4万元" in a.text


def test_nth_line_under_the_line_shown_then_its_rate(engine):
    a = _ask(engine, "石湾文化旅游局人员经费", "下面第三项是什么")
    assert a.status == "answered" and "职业年金缴费" in a.text and "津贴补贴" not in a.text
    b = _ask(engine, "石湾文化旅游局人员经费", "下面第三项是什么", "它增长率多少")
    assert b.status == "answered" and "5.00%" in b.text and "4.17" not in b.text


def test_direction_and_size_of_a_lines_change(engine):
    a = _ask(engine, "石湾文化旅游局奖励金", "增加还是减少 多少")
    assert a.status == "answered" and "-1万元" in a.text and "抚恤金" not in a.text
    b = _ask(engine, "石湾文化旅游局抚恤金今年多少", "那增了多少")
    assert b.status == "answered" and "3万元" in b.text and "-1" not in b.text


def test_lines_that_fell_between_two_years_said_short(engine):
    a = engine.ask("石湾文化旅游局哪些项目24年比23年减少了")
    assert a.status == "answered"
    for line in ("印刷费", "取暖费", "工会经费", "奖励金"):
        assert line in a.text
    assert "邮电费" not in a.text and "抚恤金" not in a.text


def _f(i: int, row: str, line: int) -> dict:
    return {"id": i, "row_labels": row, "line": line, "section": "", "number": 1.0}


def test_one_reader_of_the_hierarchy():
    sep = query.FACT_SEP
    by_path = [_f(1, "人员经费", 1), _f(2, f"人员经费{sep}基本工资", 2), _f(3, "公用经费", 3),
               _f(4, f"公用经费{sep}印刷费", 4)]
    up = parents(by_path)
    assert up[1] is None and up[2]["id"] == 1 and up[4]["id"] == 3
    assert [g["id"] for g in under_by_path(by_path[2], by_path)] == [4]
    coded = [_f(5, "205教育支出", 1), _f(6, "20502普通教育", 2), _f(7, "2050201学前教育", 3), _f(8, "20503职业教育", 4)]
    up = parents(coded)
    assert up[6]["id"] == 5 and up[7]["id"] == 6 and up[8]["id"] == 5
    assert [g["id"] for g in under_by_code(coded[0], coded)] == [6, 8]
    numbered = [_f(9, "一、基本支出", 1), _f(10, "人员经费", 2), _f(11, "二、项目支出", 3), _f(12, "会议补助", 4),
                _f(13, "合计", 5)]
    up = parents(numbered)
    assert up[10]["id"] == 9 and up[12]["id"] == 11 and up[13] is None
    assert path_of(by_path[1]) == ("人员经费", "基本工资")


# 青苇乡人民政府: a workbook with one sheet per year, each printing 本年 and 上年 and their change.
_YEARS = {2023: [("基本支出", 1500, 1420, 80, "人员调入3名"), ("项目支出", 700, 820, -120, "道路项目完工"),
                 ("合计", 2200, 2240, -40, None)],
          2024: [("基本支出", 1530, 1500, 30, "工资标准调整"), ("项目支出", 910, 700, 210, "新增防汛项目"),
                 ("合计", 2440, 2200, 240, None)]}


@pytest.fixture(scope="module")
def year_sheets(tmp_path_factory) -> Engine:
    import openpyxl

    folder = tmp_path_factory.mktemp("hier18_years")
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for year, lines in _YEARS.items():
        ws = wb.create_sheet(f"{year}年")
        ws["A1"] = f"青苇乡人民政府{year}年部门预算收支变动情况说明表"
        for c, h in enumerate(["项目", "本年预算（万元）", "上年预算（万元）", "增减额（万元）", "变动原因"], 1):
            ws.cell(2, c, h)
        for r, line in enumerate(lines, 3):
            for c, v in enumerate(line, 1):
                if v is not None:
                    ws.cell(r, c, v)
    wb.save(folder / "qingwei_changes.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "qingwei_changes.xlsx"])


def test_change_of_a_row_on_the_sheet_of_the_year_asked(year_sheets):
    a = year_sheets.ask("青苇乡2023年项目支出减少了多少")
    assert a.status == "answered" and "-120万元" in a.text and "210" not in a.text
    b = year_sheets.ask("青苇乡2024基本支出增加多少")
    assert b.status == "answered" and "30万元" in b.text and "80万元" not in b.text
    c = year_sheets.ask("青苇乡2024年合计比上年多多少")
    assert c.status == "answered" and "240万元" in c.text and "-40" not in c.text


def test_change_after_the_row_of_a_year_was_shown(year_sheets):
    a = _ask(year_sheets, "青苇乡2024项目支出", "比上年增了多少")
    assert a.status == "answered" and "210万元" in a.text and "-120" not in a.text
    b = _ask(year_sheets, "青苇乡2024年合计", "比2023增长百分之几")
    assert b.status == "answered" and "10.91%" in b.text
