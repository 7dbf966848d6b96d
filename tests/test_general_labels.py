"""General tables of shapes no layout knows, read into labelled facts: how a question's words find a value by
its labels — a department's short name that begins a row of its own table, the department's whole system,
the group a row is listed under, a sheet named by its title (against a project name of another department),
a sheet's own 合计, side-by-side blocks. The workbooks are generated here; figures read off them by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine, Session

ROOT = Path(__file__).resolve().parent.parent


def _staff(path: Path) -> None:
    """松江县市场监督管理局's staff table: a merged 单位性质 column groups the units, 小计 rows, a 合计 row
    merged across the two label columns, blank cells for none."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "人员"
    ws.append(["松江县市场监督管理局2024年人员编制情况表"])
    ws.append(["单位：人"])
    ws.append(["单位性质", "单位", "编制数", None, None, "实有人数", "离退休", None])
    ws.append([None, None, "行政", "事业", "小计", None, "离休", "退休"])
    for cells in ("A1:H1", "A3:A4", "B3:B4", "C3:E3", "F3:F4", "G3:H3"):
        ws.merge_cells(cells)
    rows = [("行政单位", "松江县市场监督管理局机关", 40, None, 40, 37, None, 12),
            (None, "小计", 40, None, 40, 37, None, 12),
            ("事业单位", "松江县食品检验所", None, 15, 15, 11, 1, 4),
            (None, "松江县计量测试所", None, 9, 9, 9, None, 2),
            (None, "小计", None, 24, 24, 20, 1, 6)]
    for r in rows:
        ws.append(list(r))
    ws.merge_cells("A5:A6")
    ws.merge_cells("A7:A9")
    ws.append(["合计", None, 40, 24, 64, 57, 1, 18])
    ws.merge_cells(f"A{ws.max_row}:B{ws.max_row}")
    wb.save(path)


def _forestry(path: Path) -> None:
    """石门县林业局's workbook: income and spending side by side, a fund shared out by 街道, and the basic
    spending with its own 合计."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收支总表"
    ws.append(["石门县林业局2025年部门收支预算总表"])
    ws.append(["单位：万元"])
    ws.append(["收入", None, "支出", None])
    ws.append(["项目", "预算数", "项目", "预算数"])
    ws.merge_cells("A1:D1")
    ws.merge_cells("A3:B3")
    ws.merge_cells("C3:D3")
    ws.append(["一、一般公共预算拨款收入", 380, "一、农林水支出", 350])
    ws.append(["二、事业收入", 20, "二、住房保障支出", 50])
    ws.append(["本年收入合计", 400, "本年支出合计", 400])
    ws = wb.create_sheet("资金分配")
    ws.append(["2025年林业专项资金分配表（按街道）"])
    ws.append(["单位：万元"])
    ws.append(["序号", "街道", "森林防火", "生态修复", "合计"])
    for r in [(1, "东城街道", 30, 70, 100), (2, "西城街道", 45, 15, 60), (3, "南山街道", 25, 55, 80),
              (None, "合计", 100, 140, 240)]:
        ws.append(list(r))
    ws = wb.create_sheet("基本支出")
    ws.append(["石门县林业局2025年一般公共预算基本支出表"])
    ws.append(["单位：万元"])
    ws.append(["科目编码", "经济分类科目", "预算数"])
    for r in [("301", "工资福利支出", 90), ("302", "商品和服务支出", 36), (None, "合计", 126)]:
        ws.append(list(r))
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy) -> Engine:
    tables = tmp_path_factory.mktemp("label_tables")
    _staff(tables / "songjiang_scjgj_2024_staff.xlsx")
    _forestry(tables / "shimen_lyj_2025_budget.xlsx")
    db = built_copy([ROOT / "tests" / "data" / "samples", tables], tmp_path_factory.mktemp("general_labels") / "kb.sqlite")
    return Engine(db, ROOT / "knowledge" / "vocabulary.toml")


def test_a_department_name_that_begins_a_row_of_its_own_table_names_that_row(engine) -> None:
    # "市场监督管理局机关" is the row 松江县市场监督管理局机关, not the 行政单位 subtotal beside it
    a = engine.ask("松江县市场监督管理局机关实有人数多少")
    assert a.status == "answered" and "37" in a.text and "机关" in a.text.splitlines()[0], a.text


def test_the_whole_system_of_a_department_is_its_total_row(engine) -> None:
    a = engine.ask("松江县市场监督管理局系统退休人员合计")
    assert a.status == "answered" and "18" in a.text and "合计" in a.text, a.text
    a = engine.ask("松江县市场监督管理局全系统实有人数多少")
    assert a.status == "answered" and "57" in a.text, a.text


def test_the_kind_of_a_row_is_the_group_it_is_listed_under(engine) -> None:
    a = engine.ask("松江县计量测试所属于什么性质的单位")
    assert a.status == "answered" and "事业单位" in a.text and "行政单位" not in a.text, a.text
    a = engine.ask("松江县市场监督管理局机关是哪一类单位")
    assert a.status == "answered" and "行政单位" in a.text, a.text


def test_which_unit_after_a_figure_is_the_rows_having_it(engine) -> None:
    a = engine.ask("松江县市场监督管理局系统离休的在哪个单位", Session())
    assert a.status == "answered" and "食品检验所" in a.text and "计量测试所" not in a.text, a.text


def test_a_sheet_said_by_its_title_beats_another_departments_project_of_that_name(engine) -> None:
    # the samples hold a project 专项资金 (东湖); "专项资金分配" says this workbook's sheet title on
    a = engine.ask("石门林业局专项资金分配给西城街道多少")
    assert a.status == "answered" and "60" in a.text and "西城街道" in a.text, a.text
    a = engine.ask("专项资金分配合计多少")
    assert a.status == "answered" and "240" in a.text, a.text
    a = engine.ask("哪个街道分到的专项资金最多")
    assert a.status == "answered" and "东城街道" in a.text and "100" in a.text, a.text


def test_a_sheets_own_total_is_named_by_its_title_not_another_sheets_total(engine) -> None:
    a = engine.ask("石门县林业局基本支出合计多少")
    assert a.status == "answered" and "126" in a.text and "400" not in a.text, a.text


def test_a_side_by_side_blocks_header_is_no_part_of_its_row_names(engine) -> None:
    a = engine.ask("石门县林业局住房保障支出多少")
    assert a.status == "answered" and "50" in a.text and "项目住房保障支出" not in a.text, a.text
    a = engine.ask("石门县林业局本年支出合计")
    assert a.status == "answered" and "400" in a.text and "项目本年支出合计" not in a.text, a.text


def test_the_part_in_brackets_said_within_the_whole_is_not_the_wholes_amount(engine) -> None:
    # the samples' 促进就业专项资金（含创业担保贷款贴息资金）: named by its department, the part is still the part
    a = engine.ask("湛江人社促进就业专项资金里创业担保贷款贴息具体多少")
    assert a.status == "unknown" and "1140" not in a.text, a.text
    a = engine.ask("湛江人社促进就业专项资金多少")
    assert a.status == "answered" and "1140" in a.text, a.text
