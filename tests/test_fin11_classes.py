"""Tables of their own for the classes of blind set 11's failures: a fund table by 类/款/项 code with
its printed 增减额 / 增减率 (a rate asked after a row is that row's printed rate, not arithmetic between two
answers), and a 三公 table by unit with a budget sheet and an actual sheet (a follow-up "比2024实际多多少"
is the same line's difference between the two sheets)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over

from bot.engine import Engine

ROOT = Path(__file__).resolve().parent.parent

_FUND = [(None, "合计", 2000, 1800, -200, "-10.00%"),
         ("212", "城乡社区支出", 1600, 1380, -220, "-13.75%"),
         ("21208", "\u3000国有土地使用权出让收入安排的支出", 1600, 1380, -220, "-13.75%"),
         ("2120801", "\u3000\u3000征地和拆迁补偿支出", 1000, 900, -100, "-10.00%"),
         ("2120803", "\u3000\u3000城市建设支出", 500, 400, -100, "-20.00%"),
         ("2120899", "\u3000\u3000其他国有土地使用权出让收入安排的支出", 100, 80, -20, "-20.00%"),
         ("229", "其他支出", 400, 420, 20, "5.00%"),
         ("22960", "\u3000彩票公益金安排的支出", 400, 420, 20, "5.00%"),
         ("2296002", "\u3000\u3000用于社会福利的彩票公益金支出", 100, 120, 20, "20.00%"),
         ("2296003", "\u3000\u3000用于体育事业的彩票公益金支出", 300, 300, None, "")]

_UNITS = ["局机关", "县水政监察大队", "县乡镇水利管理站"]
_SHEETS = {"2025年预算": [(30000, 0, 50000, 20000), (0, 150000, 40000, 6000), (0, 0, 0, 2800)],
           "2024年实际支出": [(0, 0, 45000, 18000), (0, 0, 30000, 5000), (0, 0, 0, 2100)]}


def _fund(ws) -> None:
    ws.title = "基金支出"
    ws["A1"] = "澄川市沙渚区2025年政府性基金预算支出表"
    ws["A2"], ws["F2"] = "编制单位：澄川市沙渚区财政局", "单位：万元"
    for c, h in enumerate(["科目编码", "科目名称", "2024年决算数", "2025年预算数", "增减额", "增减率"], 1):
        ws.cell(3, c, h)
    for r, row in enumerate(_FUND, 4):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)


def _sangong(ws, title: str, data: list[tuple[int, int, int, int]], note: str) -> None:
    ws["A1"] = title
    ws["G2"] = "单位：元"
    ws["A3"], ws["B3"], ws["C3"], ws["D3"], ws["E3"], ws["H3"] = (
        "序号", "单位名称", "合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费")
    ws.merge_cells("E3:G3")
    for cell in ("A3:A4", "B3:B4", "C3:C4", "D3:D4", "H3:H4"):
        ws.merge_cells(cell)
    ws["E4"], ws["F4"], ws["G4"] = "小计", "公务用车购置费", "公务用车运行维护费"
    total = [0] * 6
    for i, (unit, (abroad, buy, run, meals)) in enumerate(zip(_UNITS, data, strict=True)):
        values = [abroad + buy + run + meals, abroad, buy + run, buy, run, meals]
        total = [x + y for x, y in zip(total, values, strict=True)]
        ws.cell(5 + i, 1, i + 1)
        ws.cell(5 + i, 2, unit)
        for j, v in enumerate(values):
            if v:
                ws.cell(5 + i, 3 + j, v)
    r = 5 + len(_UNITS)
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for j, v in enumerate(total):
        if v:
            ws.cell(r, 3 + j, v)
    ws.cell(r + 1, 1, note)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    import openpyxl


    d = tmp_path_factory.mktemp("fin11")
    wb = openpyxl.Workbook()
    _fund(wb.active)
    wb.save(d / "jijin.xlsx")
    wb = openpyxl.Workbook()
    for k, (name, data) in enumerate(_SHEETS.items()):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = name
        _sangong(ws, f"梅坞县水利局及所属单位{name[:5]}“三公”经费财政拨款{name[5:]}表", data,
                 "说明：县水政监察大队2025年安排更新执法执勤用车2辆。" if k == 0 else "说明：2024年未发生公务用车购置费支出。")
    wb.save(d / "sangong.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收支总表"
    ws["A1"], ws["C2"] = "梅坞县档案局2024年收入支出决算总表", "单位：万元"
    for r, (item, value) in enumerate([("项目", "决算数"), ("本年收入合计", 300), ("年初结转和结余", 40),
                                       ("年末结转和结余", 52.5), ("其中：年末财政拨款结转和结余", 18.2),
                                       ("公务用车购置", 8), ("财政拨款“三公”经费", 5)], 3):
        ws.cell(r, 1, item)
        ws.cell(r, 2, value)
    wb.save(d / "zongbiao.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"], ws["C2"] = "梅坞县统计局2024年支出决算明细表", "单位：万元"
    for r, (item, value) in enumerate([("项目", "决算数"), ("办公费", 20), ("公务用车购置", 12)], 3):
        ws.cell(r, 1, item)
        ws.cell(r, 2, value)
    wb.save(d / "mingxi.xlsx")
    return engine_over(tmp_path_factory.mktemp("fin11_db") / "kb.sqlite", [d])


def test_a_rate_after_a_row_is_its_printed_rate(engine):
    answer = _ask(engine, "沙渚区彩票公益金安排的支出", "社会福利的呢", "增长率")
    assert answer.status == "answered" and "20.00%" in answer.text and "-71.43%" not in answer.text
    both = _ask(engine, "沙渚区彩票公益金安排的支出", "社会福利的呢", "两者差多少")  # two things said: arithmetic
    assert both.status == "answered" and "300" in both.text


def test_more_than_the_other_sheets_year_is_the_same_lines_difference(engine):
    answer = _ask(engine, "梅坞水政监察大队三公2025", "比2024实际多多少")  # 196000 − 35000
    assert answer.status == "answered" and "161000" in answer.text


def test_a_share_of_a_line_in_the_line_above_it(engine):
    # 国有土地出让收入安排支出 names 21208 and, inside a longer name, 2120899: the whole is the line 2120801 is under
    answer = _ask(engine, "2025年征地拆迁补偿占国有土地出让收入安排支出的比例")  # 900 ÷ 1380
    assert answer.status == "answered" and "65.22%" in answer.text


def test_it_as_a_share_of_a_whole_named_now(engine):
    # the line shown in both its year columns: "它" is that line, the whole is the one named now
    answer = _ask(engine, "沙渚区城乡社区支出", "它占合计多少")  # 1380 ÷ 1800
    assert answer.status == "answered" and "76.67%" in answer.text, answer.text


def test_a_row_said_in_part_is_the_one_said_most_of(engine):
    # 年末结转结余: six of 年末结转和结余's seven characters, six of 年末财政拨款结转和结余's eleven
    answer = _ask(engine, "年末结转结余 档案局")
    assert answer.status == "answered" and "52.5" in answer.text and "18.2" not in answer.text, answer.text


def test_asked_which_department_every_one_holding_it_is_offered(engine):
    # 公务用车购置 printed as such by two bureaus, inside 公务用车购置费 by the third
    answer = _ask(engine, "公务用车购置多少")
    assert answer.status == "clarify" and all(d in answer.text for d in ("档案局", "统计局", "水利局")), answer.text
    # 三公经费预算 reads as the 水利局 table's title said in part; 档案局 prints 三公经费 too
    answer = _ask(engine, "三公经费预算多少")
    assert answer.status == "clarify" and all(d in answer.text for d in ("档案局", "水利局")), answer.text


def test_a_row_by_a_short_name_of_its_own(engine):
    # 乡水站: 县乡镇水利管理站's characters in order, from its first (after the 县) to its last
    answer = _ask(engine, "乡水站接待费今年多少")
    assert answer.status == "answered" and "2800" in answer.text, answer.text
    answer = _ask(engine, "梅坞水政监察大队三公预算", "那乡水站呢")
    assert answer.status == "answered" and "2800" in answer.text, answer.text


def test_who_made_a_table_named_by_its_kind(engine):
    answer = _ask(engine, "政府性基金预算支出表是哪个单位编的")
    assert answer.status == "answered" and "澄川市沙渚区财政局" in answer.text, answer.text


def test_lines_of_one_code_level_filtered_by_their_printed_change(engine):
    answer = _ask(engine, "沙渚区哪些项级科目今年是增加的")  # of the 项 (7 digits), only 2296002 rose
    assert answer.status == "answered" and "用于社会福利的彩票公益金支出" in answer.text
    assert "彩票公益金安排的支出" not in answer.text and "征地和拆迁补偿支出" not in answer.text
    answer = _ask(engine, "沙渚区哪些项级科目今年是减少的")
    assert answer.status == "answered" and all(
        w in answer.text for w in ("征地和拆迁补偿支出", "城市建设支出", "其他国有土地使用权出让收入安排的支出"))


def test_a_count_written_in_a_note_under_a_table(engine):
    answer = _ask(engine, "梅坞水政监察大队今年更新几辆执法车")
    assert answer.status == "answered" and answer.text.startswith("2辆"), answer.text
    other = _ask(engine, "梅坞局机关今年更新几辆执法车")  # the note counts the 大队's cars, not the 局机关's
    assert "2辆" not in other.text, other.text


@pytest.fixture(scope="module")
def with_projects(tmp_path_factory) -> Engine:
    """The seed's project tables beside a staffing table of a bureau of its own."""
    import openpyxl


    d = tmp_path_factory.mktemp("fin11_staff")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "编制统计"
    ws["A1"], ws["E2"] = "梅坞县民政局2025年人员编制及实有人数统计表", "单位：人"
    for c, h in enumerate(["单位", "编制数", "在编人数", "编外聘用"], 1):
        ws.cell(3, c, h)
    for r, row in enumerate([("局机关", 20, 18, 3), ("县救助管理站", 12, 10, 7), ("合计", 32, 28, 10)], 4):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    wb.save(d / "bianzhi.xlsx")
    return engine_over(tmp_path_factory.mktemp("fin11_staff_db") / "kb.sqlite", [ROOT / "knowledge", d])


def test_a_row_only_one_department_holds_names_that_department(with_projects):
    answer = _ask(with_projects, "县救助管理站编外聘用几个人")
    assert answer.status == "answered" and "7人" in answer.text, answer.text
