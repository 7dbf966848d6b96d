"""Detail lines, their basis, and text cells asked beside a figure. Each class on tables generated here
(names and figures of their own):
- the text of an indicator's column asked with the words people use for asking what a text says
  ("评价标准咋说的", "怎么说"), and 自评结果 read as the indicator's 完成值;
- a line's use (主要用于) asked: the line's own figure first, from the table that states the use, even when
  the line is printed in several tables; a figure and a use asked at once ("花了多少，主要干啥了"), where a
  final account's 决算 column is what was spent;
- a 项目申报表's 明细 (项目支出明细) asked with the project's own name: its lines, never the project ranked
  among the department's projects; the list numbers the lines as the table does (its 合计 after them), so
  "第二项" is the table's second line; a line named in part asked its amount and how it was worked out;
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


def _application(path: Path) -> None:
    """梧岭县医疗保障局's 项目申报表 (the published layout): one project, 综合业务经费, its 项目支出明细 of four
    numbered lines with a 合计, and the 测算依据 note saying what each line is for."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    cells = {
        "A1": "2025年项目申报表", "A2": "项目名称", "C2": "综合业务经费", "E2": "项目代码",
        "A3": "项目主管部门", "C3": "梧岭县医疗保障局", "E3": "项目执行单位", "F3": "梧岭县医疗保障局",
        "A4": "项目负责人", "C4": "林晓", "E4": "联系电话", "F4": 55120873,
        "A5": "项目类型", "C5": " 1.部门项目 □√          2.公共项目 □",
        "A6": "项目申请理由", "C6": "依据县医保工作要点，保障医保经办和医疗救助工作正常开展。",
        "A7": "项目主要内容", "C7": "开展医保经办服务、医疗救助、信息系统运维和基金稽核检查。",
        "A8": "项目总预算", "C8": 1364, "E8": "项目当年预算", "F8": 1364,
        "A9": "项目前两年预算及当年预算变动情况", "C9": "1.前两年预算安排情况：2023年预算金额1200万元，2024年预算金额1290万元；",
        "A10": "项目资金来源", "C10": "资金来源项目", "F10": "金额",
        "C11": "合计", "F11": 1364, "C12": "1.一般公共预算财政拨款收入", "F12": 1364,
        "A13": "项目支出预算及测算依据", "B13": "项目支出明细预算", "C13": "项目支出明细", "F13": "金额",
        "C14": "合计", "F14": 1364,
        "C15": "1.医保经办服务支出", "F15": 212.5, "C16": "2.医疗救助补助", "F16": 968,
        "C17": "3.信息系统运维", "F17": 145.3, "C18": "4.稽核检查", "F18": 38.2,
        "B19": "测算依据及说明",
        "C19": "1、医保经办服务支出212.5万元，主要用于经办窗口运行及外包服务；\n2、医疗救助补助968万元，主要用于困难群众住院医疗救助；\n"
               "3、信息系统运维145.3万元，主要用于医保结算系统升级及网络租赁；\n4、稽核检查38.2万元，主要用于定点医药机构专项稽核。\n",
        "A20": "项目绩效总目标", "C20": "保障医保经办及医疗救助工作有序开展",
        "A21": "项目年度绩效指标", "C21": "一级指标", "D21": "二级指标", "E21": "指标内容", "F21": "指标值", "G21": "备注",
        "C22": "产出指标", "D22": "数量指标", "E22": "医疗救助人次", "F22": "6800人次",
        "D23": "质量指标", "E23": "结算差错率", "F23": "≤1%",
        "C24": "效益指标", "D24": "满意度指标", "E24": "参保群众满意度", "F24": 0.9,
    }
    for k, v in cells.items():
        ws[k] = v
    for r in ("A1:G1", "A2:B2", "C2:D2", "A3:B3", "C3:D3", "A4:B4", "C4:D4", "A5:B5", "C5:G5", "A6:B6", "C6:G6",
              "A7:B7", "C7:G7", "A8:B8", "C8:D8", "A9:B9", "C9:G9", "A10:B12", "C10:E10", "F10:G10", "C11:E11", "F11:G11",
              "C12:E12", "F12:G12", "A13:A19", "B13:B18", "C13:E13", "F13:G13", "C14:E14", "F14:G14", "C15:E15", "F15:G15",
              "C16:E16", "F16:G16", "C17:E17", "F17:G17", "C18:E18", "F18:G18", "C19:G19", "A20:B20", "C20:G20",
              "A21:B24", "C22:C23", "D22:D22"):
        ws.merge_cells(r)
    wb.save(path)


def _execution(path: Path) -> None:
    """梧岭县林业局, 万元: a mid-year execution table (执行数), no 决算 column."""
    rows = [("护林员补助", 120, 47.5), ("林业有害生物防治", 80, 12.3), ("合计", 200, 59.8)]
    simple_table(path, "执行", "梧岭县林业局2025年上半年预算执行情况表", "C2", "单位：万元", ["项目", "全年预算数", "执行数"], rows)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("detail14_tables")
    _self_evaluation(d / "ziping.xlsx")
    _final_account(d / "juesuan.xlsx")
    _empty_with_note(d / "qixiang_juesuan.pdf")
    _none_in_cells(d / "dizhen_sangong.xlsx")
    _application(d / "yibao_shenbao.xlsx")
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


def test_jue_suan_asked_of_an_execution_table_is_not_its_execution(tmp_path):
    # 决算 answers 花了 in a final account; the other way round a year's 执行数 so far is no 决算 (a knowledge
    # base holding no 决算 at all)
    _execution(tmp_path / "linye_zhixing.xlsx")
    only = engine_over(tmp_path / "kb.sqlite", [tmp_path / "linye_zhixing.xlsx"])
    a = _ask(only, "林业局护林员补助决算多少")
    assert "47.5" not in a.text, a.text
    assert "47.5" in _ask(only, "林业局护林员补助执行了多少").text


def test_an_empty_table_whose_note_says_none_answers_with_the_note(engine):
    a = _ask(engine, "气象局三公经费花了多少钱")
    assert a.status == "answered", a.text
    assert "没有财政拨款“三公”经费支出" in a.text


def test_a_cell_saying_none_is_the_answer(engine):
    a = _ask(engine, "地震局公务接待费决算花了多少钱")
    assert a.status == "answered", a.text
    assert "无" in a.text and "1.6" not in a.text


def test_the_detail_lines_listed_and_the_second_asked(engine):
    a = _ask(engine, "医保局综合业务经费支出明细有哪些")
    assert a.status == "answered", a.text
    assert all(x in a.text for x in ("医保经办服务支出", "医疗救助补助", "信息系统运维", "稽核检查"))
    second_listed = next(line for line in a.text.splitlines() if line.startswith("2."))
    assert "医疗救助补助" in second_listed  # the list's second line is the table's second line, not its 合计
    second = _ask(engine, "医保局综合业务经费支出明细有哪些", "第二项是什么")
    assert second.status == "answered", second.text
    assert "医疗救助补助" in second.text and "968" in second.text
    assert "医保经办" not in second.text


@pytest.mark.parametrize("question", ["医保局综合业务经费明细里最大的是哪一块", "综合业务经费明细哪项最多"])
def test_the_largest_detail_line_not_the_largest_project(engine, question):
    a = _ask(engine, question)
    assert a.status == "answered", a.text
    assert "医疗救助补助" in a.text and "968" in a.text
    assert "1364" not in a.text


def test_a_detail_line_named_in_part_with_its_basis(engine):
    a = _ask(engine, "医保局信息系统运维多少 怎么测算的")
    assert a.status == "answered", a.text
    assert "145.3" in a.text.splitlines()[0]
    assert "结算系统升级" in a.text


def test_a_sum_of_the_items_said_adds_them_with_the_arithmetic(engine):
    a = _ask(engine, "医保局项目支出明细 四项加一起多少")
    assert a.status == "answered", a.text
    assert "212.5 + " in a.text and "= 1364" in a.text


def test_a_sum_said_of_more_or_fewer_items_than_listed_is_not_guessed(engine):
    # "三项加一起" of four lines: which three is not said; the four are never added as if they were three
    a = _ask(engine, "医保局项目支出明细 三项加一起多少")
    assert a.status != "answered", a.text
    assert "= 1364" not in a.text
