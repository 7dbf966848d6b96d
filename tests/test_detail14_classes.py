"""Detail lines, their basis, and text cells asked beside a figure. Each class on tables generated here
(names and figures of their own):
- the text of an indicator's column asked with the words people use for asking what a text says
  ("评价标准咋说的", "怎么说"), and 自评结果 read as the indicator's 完成值;
- a line's use (主要用于) asked: the line's own figure first, from the table that states the use, even when
  the line is printed in several tables; a figure and a use asked at once ("花了多少，主要干啥了"), where a
  final account's 决算 column is what was spent;
- a table whose figure cells are empty and whose own note says there was none (故本表无数据): the note
  is the answer, never "no such amount"."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table

from bot.engine import Engine


def _self_evaluation(path: Path) -> None:
    """梧岭县文旅局: indicators with 年度指标值, 实际完成值 and a 评价标准 text."""
    rows = [("图书借阅人次", "12万人次", "13.4万人次", 10, "完成目标值得满分，每低5%扣2分"),
            ("资金拨付及时性", "及时", "基本及时", 5, "全部及时拨付得满分，延迟拨付酌情扣分"),
            ("读者满意度", "≥90%", "94%", 10, "满意度90%以上得满分，每低1个百分点扣1分")]
    simple_table(path, "自评", "梧岭县文化和旅游局2023年公共文化服务项目绩效自评表", "E2", "",
                 ["指标名称", "年度指标值", "实际完成值", "分值", "评价标准"], rows)


def _sheet(ws, title: str, unit: str, header: list[str], rows: list[tuple]) -> None:
    ws["A1"] = title
    ws["D2"] = unit
    for c, h in enumerate(header, 1):
        ws.cell(3, c, h)
    for r, row in enumerate(rows, 4):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)


def _final_account(path: Path) -> None:
    """梧岭县档案馆, 万元: a final account of two tables. 支出决算表 prints each line's spending; 具体情况 prints
    its 年初预算, 决算 and what it was mainly used for: a line printed twice."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支出"
    _sheet(ws, "梧岭县档案馆2024年支出决算表", "单位：万元", ["科目名称", "本年支出合计", "基本支出", "项目支出"],
           [("档案数字化加工支出", 302.75, 0, 302.75), ("档案库房改造支出", 88.6, 0, 88.6), ("合计", 391.35, 0, 391.35)])
    _sheet(wb.create_sheet("具体情况"), "梧岭县档案馆2024年一般公共预算财政拨款支出决算具体情况表", "单位：万元",
           ["科目名称", "年初预算", "决算", "主要用于"],
           [("档案数字化加工支出", 318.4, 302.75, "馆藏纸质档案扫描及著录"),
            ("档案库房改造支出", 96, 88.6, "二号库房恒温恒湿系统更换"), ("合计", 414.4, 391.35, None)])
    wb.save(path)


def _empty_with_note(path: Path) -> None:
    """梧岭县气象局's final account as published (PDF): a 三公 table whose cells are empty, under it the note
    that says there were none."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("t", fontName="STSong-Light", fontSize=12, leading=16)
    rows = [["“三公”经费合计", "", "因公出国（境）费", "", "公务接待费", ""],
            ["预算数", "决算数", "预算数", "决算数", "预算数", "决算数"], [""] * 6]
    table = Table(rows, colWidths=[80] * 6)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "STSong-Light", 10),
                               ("GRID", (0, 0), (-1, -1), 0.75, colors.black),
                               ("SPAN", (0, 0), (1, 0)), ("SPAN", (2, 0), (3, 0)), ("SPAN", (4, 0), (5, 0))]))
    lines = ("梧岭县气象局2024年度部门决算", "财政拨款“三公”经费支出决算表", "单位：万元")
    notes = ("注：本表反映部门本年度“三公”经费支出预决算情况。", "说明：梧岭县气象局本年度没有财政拨款“三公”经费支出，故本表无数据。")
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [Paragraph(t, style) for t in lines] + [table] + [Paragraph(t, style) for t in notes])


def _none_in_cells(path: Path) -> None:
    """梧岭县地震局, 万元: a 三公 table whose 公务接待费 cells say 无."""
    rows = [("因公出国（境）费", 2, 1.6), ("公务接待费", "无", "无"), ("合计", 2, 1.6)]
    simple_table(path, "三公", "梧岭县地震局2024年三公经费预决算表", "C2", "单位：万元", ["项目", "预算数", "决算数"], rows)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("detail14_tables")
    _self_evaluation(d / "ziping.xlsx")
    _final_account(d / "juesuan.xlsx")
    _empty_with_note(d / "qixiang_juesuan.pdf")
    _none_in_cells(d / "dizhen_sangong.xlsx")
    return engine_over(tmp_path_factory.mktemp("detail14_db") / "kb.sqlite", [d])


@pytest.mark.parametrize("question", ["读者满意度的评价标准咋说的", "读者满意度指标的评价标准怎么说",
                                      "读者满意度评价标准怎么说的"])
def test_a_text_column_asked_how_it_reads(engine, question):
    a = _ask(engine, question)
    assert a.status == "answered", a.text
    assert "每低1个百分点扣1分" in a.text


@pytest.mark.parametrize("question,value", [("资金拨付及时性自评结果", "基本及时"), ("图书借阅人次的自评结果是啥", "13.4万人次")])
def test_self_evaluation_result_is_the_completed_value(engine, question, value):
    a = _ask(engine, question)
    assert a.status == "answered", a.text
    assert value in a.text
    assert "扣" not in a.text  # not the 评价标准 text


def test_a_use_asked_comes_with_the_line_figure(engine):
    a = _ask(engine, "档案库房改造支出干嘛用")
    assert a.status == "answered", a.text
    first = a.text.splitlines()[0]
    assert "88.6" in first  # the figure on the first line
    assert "恒温恒湿" in a.text


def test_spent_and_its_use_asked_at_once(engine):
    a = _ask(engine, "档案数字化加工支出花了多少，主要干啥了")
    assert a.status == "answered", a.text
    assert "302.75" in a.text and "扫描" in a.text
    assert "318.4" not in a.text  # what was spent is the 决算, not the 年初预算


def test_spent_of_a_final_account_is_its_jue_suan(engine):
    a = _ask(engine, "档案库房改造支出花了多少")
    assert a.status == "answered", a.text
    assert "88.6" in a.text and "96" not in a.text


def test_an_empty_table_whose_note_says_none_answers_with_the_note(engine):
    a = _ask(engine, "气象局三公经费花了多少钱")
    assert a.status == "answered", a.text
    assert "没有财政拨款“三公”经费支出" in a.text


def test_a_cell_saying_none_is_the_answer(engine):
    a = _ask(engine, "地震局公务接待费决算花了多少钱")
    assert a.status == "answered", a.text
    assert "无" in a.text and "1.6" not in a.text
