"""Questions over a place's table of departments × category × year (a 部门“三公”经费预算表 printing two years'
columns) asked without a department or across departments, and follow-ups on them: a year said selects that
year's column, the table's own 合计 row answers for the place, a category word lists the departments having
it, a short bureau name two places share is asked back. Tables generated here, figures worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over
from target_tables import Item, Unit, render

from bot.engine import Engine

_CATEGORIES = ["合计", "因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费"]


def _three_public(path: Path) -> None:
    """桐江市, 万元: its departments' 三公 budgets of 2024 and 2025 (合计 first, then the four kinds)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "三公经费"
    ws["A1"] = "桐江市2025年市级部门财政拨款“三公”经费预算表"
    ws["A2"] = "单位：万元"
    ws["A3"], ws["B3"], ws["C3"], ws["H3"] = "序号", "部门名称", "2024年预算数", "2025年预算数"
    for i, name in enumerate(_CATEGORIES * 2):
        ws.cell(4, 3 + i, name)
    for rng in ("A1:L1", "A2:L2", "A3:A4", "B3:B4", "C3:G3", "H3:L3"):
        ws.merge_cells(rng)
    rows = [("合计", None, 121.0, 9.0, 40.0, 56.0, 16.0, 98.5, 12.0, 22.0, 50.5, 14.0),
            (1, "桐江市人民政府办公室", 20.0, 0, 0, 14.0, 6.0, 18.5, 0, 0, 13.0, 5.5),
            (2, "桐江市财政局", 7.0, 0, 0, 5.0, 2.0, 6.5, 0, 0, 4.5, 2.0),
            (3, "桐江市公安局", 52.0, 0, 25.0, 24.0, 3.0, 44.0, 0, 22.0, 19.0, 3.0),
            (4, "桐江市应急管理局", 24.0, 0, 15.0, 7.0, 2.0, 9.5, 0, 0, 8.0, 1.5),
            (5, "桐江市商务局", 18.0, 9.0, 0, 6.0, 3.0, 20.0, 12.0, 0, 6.0, 2.0)]
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    ws.merge_cells("A5:B5")
    wb.save(path)


# 上海市普陀区财政局's 2024 final account (a published sample): 三公经费 is the title of one of its tables, of 2024.
_PUTUO = Path(__file__).resolve().parent / "data" / "samples" / "putuo_czj_2024_final_accounts.pdf"
# …and 中共上海市普陀区委社会工作部's (two 部门决算 loaded: "部门" of "…的部门有哪些" names neither table kind).
_PUTUO_SOCIAL = Path(__file__).resolve().parent / "data" / "samples" / "putuo_shegongbu_2024_final_accounts.pdf"


def _police_projects(path: Path) -> None:
    """桐江市公安局's own 项目支出绩效目标表 (text): projects and indicators, no figure of the 三公 kinds."""
    units = [Unit("桐江市公安局", "60.00 60.00", [
        Item("治安巡防经费", "60.00 60.00", "开展城区治安巡防，维护社会治安秩序。",
             [("11", "巡防次数", "≥300次", "≥300次"), ("31", "群众满意度", "≥90%", "≥90%")])])]
    path.write_text(render("桐江市公安局", "60.00 60.00", units), encoding="utf-8")


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("sg44_tables")
    _three_public(d / "sangong.xlsx")
    _police_projects(d / "桐江市公安局2025年项目支出绩效目标表.txt")
    return engine_over(tmp_path_factory.mktemp("sg44_db") / "kb.sqlite", [d, _PUTUO, _PUTUO_SOCIAL])


def _figures(answer) -> str:
    return answer.text.split("（来源")[0]


def test_a_year_said_without_a_department_is_the_titled_table_of_that_year(engine):
    # 三公 said alone: only 桐江市's table holds 2025 (普陀财政局's 三公 table is of 2024): its 合计 row, 2025 column
    answer = _ask(engine, "2025年三公经费合计")
    assert answer.status == "answered" and "98.5" in _figures(answer)
    assert "121" not in _figures(answer) and "普陀" not in answer.text
    # a year no table holds stays unknown, never another year's figure
    none = _ask(engine, "2026年三公经费合计")
    assert none.status == "unknown" and "2026" in none.text and "98.5" not in none.text


def test_the_change_of_the_subject_between_two_years_is_its_total_rows_total_column(engine):
    answer = _ask(engine, "2025年三公比2024年少了多少")
    assert answer.status == "answered" and "22.5" in _figures(answer)  # 98.5 - 121 = -22.5
    assert "12万元" not in _figures(answer)  # not 因公出国 of 2025 beside its 合计


def test_departments_having_a_category_in_the_year_said(engine):
    answer = _ask(engine, "2025年有因公出国费的部门")
    assert answer.status == "answered" and "商务局" in answer.text
    assert "12万元" not in _figures(answer).split("商务局")[0]  # not the 合计 row's 12 as the answer
    bought = _ask(engine, "2024年有公务用车购置费的部门")
    assert "公安局" in bought.text and "应急管理局" in bought.text
    later = _ask(engine, "2025年有公务用车购置费的部门")
    assert "公安局" in later.text and "应急管理局" not in later.text  # (0 in 2025)


def test_a_year_and_a_category_said_after_a_department_row(engine):
    # "公车购置" runs on into 公务用车购置费: not 公务用车保有量 that 公车 alone stands for
    answer = _ask(engine, "应急管理局三公经费", "2024年的公车购置呢")
    assert answer.status == "answered" and "15" in _figures(answer) and "应急管理局" in answer.text


def test_a_bureau_name_two_places_share_is_asked_back(engine):
    # 财政局: 上海市普陀区财政局 (loaded) and 桐江市财政局 (a row of 桐江市's table): which one is asked
    answer = _ask(engine, "财政局三公经费多少")
    assert answer.status == "clarify" and "普陀" in answer.text and "桐江" in answer.text
    named = _ask(engine, "桐江市财政局三公经费")
    assert named.status == "answered" and "6.5" in _figures(named)


def test_a_bureau_name_cut_short_by_the_typed_reading_is_the_row_said_whole(engine):
    # the typed reading may take "管理局" alone (应急 read as a word of something else): said whole, 应急管理局
    # is 桐江市's row, no department outside the knowledge base the conversation would then be kept to
    from bot.answer.facts.index import index_for
    from bot.answer.facts.turn import _row_said_longer

    idx = index_for(engine.kb)
    assert _row_said_longer("应急管理局三公", "管理局", idx)
    assert not _row_said_longer("管理局三公", "管理局", idx)
    assert not _row_said_longer("林业管理局三公", "管理局", idx)


def test_departments_budgeting_a_category_said_short(engine):
    # "安排公务用车购置的部门": the rows whose 2025 公务用车购置费 is above zero (公务用车购置 said without 费)
    answer = _ask(engine, "2025年安排公务用车购置的部门有哪些")
    assert answer.status == "answered" and "公安局" in answer.text and "22" in answer.text
    assert "应急管理局" not in answer.text and "人民政府办公室" not in answer.text


def test_a_loaded_department_without_figures_is_its_row_of_the_place_table(engine):
    # 桐江市公安局's own table prints projects only: its 公务用车购置费 of 2025 is its row of 桐江市's 三公 table
    answer = _ask(engine, "桐江公安局2025年公务用车购置费多少")
    assert answer.status == "answered" and "22" in _figures(answer) and "公安局" in answer.text
    projects = _ask(engine, "桐江公安局有哪些项目")
    assert "治安巡防经费" in projects.text
