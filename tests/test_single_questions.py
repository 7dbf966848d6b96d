"""Single questions over general tables, by class: a department said as place + short word without 局, a
whole asked (the table's own total, never rows of two levels added), rankings and lists over the units of a
table, a share over its own column's total, a list's range and a difference's size, two asks in one
question, and a text asked by its kind (什么时候设的, 几类事业单位).

The tables are generated here in a temporary directory, of shapes no sample has; every expected figure is
read off them by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine, Session
from bot.language.lexicon import department_forms

ROOT = Path(__file__).resolve().parent.parent


def _staffing(path: Path) -> None:
    """A 编制 table of 松岭县交通运输局: units in groups with 小计 rows, a 合计, a 备注 of texts."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "编制表"
    ws.append(["松岭县交通运输局2025年人员编制情况表"])
    ws.append(["", "", "", "", "", "", "", "", "单位：人"])
    ws.append(["类别", "单位名称", "核定编制数", None, None, "实有人数", None, None, "退休人员", "备注"])
    ws.append([None, None, "行政编制", "事业编制", "合计", "行政", "事业", "合计", None, None])
    for cells in ("A1:J1", "C3:E3", "F3:H3", "A3:A4", "B3:B4", "I3:I4", "J3:J4"):
        ws.merge_cells(cells)
    rows = [
        ("机关", "松岭县交通运输局（机关本级）", 20, None, 20, 18, None, 18, 25, None),
        (None, "松岭县交通运输综合行政执法大队", 15, None, 15, 15, None, 15, 6, "参照公务员法管理"),
        (None, "小计", 35, None, 35, 33, None, 33, 31, None),
        ("站所", "东坝交通运输管理站", 6, None, 6, 6, None, 6, 2, None),
        (None, "西山交通运输管理站", 5, None, 5, 4, None, 4, 1, "2024年9月新设"),
        (None, "小计", 11, None, 11, 10, None, 10, 3, None),
        ("事业单位", "松岭县公路养护中心", None, 12, 12, None, 10, 10, 9, "公益二类"),
        (None, "小计", None, 12, 12, None, 10, 10, 9, None),
        ("合计", None, 46, 12, 58, 43, 10, 53, 43, None),
    ]
    for r in rows:
        ws.append(list(r))
    wb.save(path)


def _execution(path: Path) -> None:
    """An execution table of 石门县文化广电旅游局: headings 一/二 over numbered items, a 合计 row, a signed
    差异 column."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "执行表"
    ws.append(["石门县文化广电旅游局2024年预算执行情况表"])
    ws.merge_cells("A1:F1")
    ws.append(["", "", "", "", "", "单位：万元"])
    ws.append(["序号", "项目", "年度预算", "上半年实际", "全年实际", "差异"])
    rows = [
        ("一", "基本支出", 500, 240, 490, -10),
        ("1", "人员支出", 400, 200, 398, -2),
        ("2", "日常公用支出", 100, 40, 92, -8),
        ("二", "项目支出", 300, 100, 310, 10),
        ("3", "文物保护", 180, 60, 150, -30),
        ("4", "公共文化服务", 120, 40, 160, 40),
        (None, "合计", 800, 340, 800, 0),
    ]
    for r in rows:
        ws.append(list(r))
    wb.save(path)


def _income_and_spending(path: Path) -> None:
    """Two tables of 柳河县民政局 naming the same subject: its share is over the asked column's own total."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收入表"
    ws.append(["柳河县民政局2025年部门收入预算表"])
    ws.merge_cells("A1:C1")
    ws.append(["", "", "单位：万元"])
    ws.append(["科目编码", "科目名称", "本年收入合计"])
    for r in [("", "合计", 1000), ("208", "社会保障和就业支出", 700), ("221", "住房保障支出", 300)]:
        ws.append(list(r))
    ws2 = wb.create_sheet("支出表")
    ws2.append(["柳河县民政局2025年部门支出预算表"])
    ws2.merge_cells("A1:C1")
    ws2.append(["", "", "单位：万元"])
    ws2.append(["科目编码", "科目名称", "本年支出合计"])
    for r in [("", "合计", 900), ("208", "社会保障和就业支出", 600), ("221", "住房保障支出", 300)]:
        ws2.append(list(r))
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy) -> Engine:
    tables = tmp_path_factory.mktemp("single_tables")
    _staffing(tables / "songling_jiaotong_2025_staffing.xlsx")
    _execution(tables / "shimen_wenlv_2024_execution.xlsx")
    _income_and_spending(tables / "liuhe_minzheng_2025_budget.xlsx")
    db = built_copy([ROOT / "tests" / "data" / "samples", tables],
                    tmp_path_factory.mktemp("single_questions") / "kb.sqlite")
    return Engine(db, ROOT / "knowledge" / "vocabulary.toml")


def answered(engine: Engine, question: str, *want: str, never: tuple[str, ...] = (),
             session: Session | None = None) -> str:
    a = engine.ask(question, session)
    assert a.status == "answered", (question, a.text)
    for w in want:
        assert w in a.text, (question, w, a.text)
    for w in never:
        assert w not in a.text, (question, w, a.text)
    return a.text


# --- a department said as place + short word, without 局 ------------------------------------------------


def test_place_and_short_word_without_the_bureau_is_a_department_form() -> None:
    forms = department_forms("松岭县交通运输局", {"交通运输": ("交通",)})
    assert {"松岭交通", "松岭县交通"} <= forms
    assert "交通" not in forms  # without its place the short word names a kind of office, not this one


def test_department_said_without_bureau_asks_the_department_not_a_row_naming_the_word(engine) -> None:
    # 松岭交通 is the department; the 执法大队 row (its label holds 交通运输) is not the answer
    answered(engine, "松岭交通实有人数一共多少", "53", never=("15人",))


# --- the whole asked --------------------------------------------------------------------------------------


def test_a_column_asked_as_a_whole_is_the_tables_total_row(engine) -> None:
    # 支出 ends both heading rows; it picks neither: the 合计 row's 全年实际
    answered(engine, "石门文旅局年度预算支出多少", "800", never=("500", "300"))


def test_a_sum_never_adds_a_heading_row_beside_its_items(engine) -> None:
    # 基本支出 500 over 人员支出 400 + 日常公用支出 100 …: added together they make 1600
    answered(engine, "石门文旅局年度预算一共多少", "合计", "800", never=("1600",))
    answered(engine, "石门文旅局基本支出和项目支出的年度预算一共多少", "800", never=("1600",))


# --- rankings and lists over the units -------------------------------------------------------------------


def test_a_ranking_compares_every_unit_of_the_table(engine) -> None:
    text = answered(engine, "松岭交通哪个单位退休人员最多", "机关本级", "25")
    assert "共比较 1 项" not in text


def test_full_staffing_compares_each_columns_total(engine) -> None:
    # 满编: 核定编制数合计 = 实有人数合计 (东坝 6 = 6); 西山 (5 vs 4) is not
    answered(engine, "松岭交通哪个交通运输管理站是满编的", "东坝", never=("西山",))


# --- shares, ranges, sizes of differences ----------------------------------------------------------------


def test_a_share_is_over_the_asked_columns_own_total_with_two_decimals(engine) -> None:
    # 住房保障支出 300 of 本年支出合计 900 (not of its own 收入 300: 100 %)
    answered(engine, "柳河民政局住房保障支出占比", "33.33%", never=("100%",))


def test_the_range_of_a_list_is_its_largest_less_its_smallest(engine) -> None:
    # items (not headings) of 全年实际: 398 - 92
    answered(engine, "石门文旅局全年实际最大的减最小的是多少", "306")


def test_the_largest_difference_is_by_its_size(engine) -> None:
    # 差异 of the items: -2, -8, -30, 40 -> 公共文化服务 40 is the largest; 差异最小 is 人员支出 -2
    answered(engine, "石门文旅局哪个项目差异最大", "公共文化服务")
    answered(engine, "石门文旅局哪个项目差异最小", "人员支出")


# --- two asks, a text asked by its kind ------------------------------------------------------------------


def test_two_columns_of_one_row_asked_with_count_words_are_its_figures(engine) -> None:
    answered(engine, "松岭交通执法大队编制几个 实有几个", "15", never=("共 1 项",))


def test_a_time_asked_is_the_rows_text_never_a_number(engine) -> None:
    answered(engine, "西山站什么时候设的", "2024年9月")
    answered(engine, "西山站实有几个 什么时候设的", "4人", "2024年9月")


def test_a_class_asked_is_the_rows_text(engine) -> None:
    answered(engine, "松岭县公路养护中心是几类事业单位", "公益二类")


def test_parts_said_after_a_column_are_that_columns_parts(engine) -> None:
    # 编制 then 行政 / 事业: 核定编制数 › 行政 15, not 实有人数 › 行政
    answered(engine, "松岭交通执法大队编制 行政多少 事业多少", "核定编制数", "15", never=("实有",))
