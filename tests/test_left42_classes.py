"""Budget tables grouped by 功能分类 (blind set 40): a 项目支出预算表 whose projects stand under merged 科目编码 / 科目名称
cells, each group closed by its 小计 (the code printed on the items' merged cell only), with 项目类别, money columns
(合计, 一般公共预算拨款, 政府性基金, 上年结转, 其他) and 备注; and a 财政拨款收支总表 with a 收入 block left and a 支出
block right. Rows are said by parts of their names (two at once, 和 between), by an organisation said short, by a
place in their name after they were shown; groups are compared by their 小计; a list just shown is added up or
ranked on its own; a qualifier the table does not break down (学前 of 学前教育支出) is never dropped."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine

# (科目编码, 科目名称, [(项目名称, 项目类别, 一般公共预算拨款, 政府性基金, 上年结转, 其他, 备注)])
_GROUPS = [
    ("2130201", "事业运行", [("林业工作站运转经费", "运转类", 40, None, None, None, None),
                          ("森林病虫害防治检疫中心运转经费", "运转类", 22, None, None, 4, "其他为检疫服务收入")]),
    ("2130205", "森林资源培育", [("油松造林补助项目（青石镇）", "专项业务类", 300, None, None, None, "造林面积0.5万亩"),
                            ("油松造林补助项目（白沙镇）", "专项业务类", 300, None, 60, None, "造林面积0.5万亩"),
                            ("油松造林补助项目前期经费", "专项业务类", 20, None, None, None, None)]),
    ("2130209", "森林生态效益补偿", [("公益林补偿资金", "专项业务类", 900, None, None, None, "中央直达资金"),
                              ("护林员补助", "运转类", 150, None, None, None, None)]),
    ("2130234", "林业草原防灾减灾", [("森林防火物资储备", "专项业务类", 30, None, 5, None, None),
                              ("种苗质量监测", "专项业务类", 12, None, None, None, None)]),
    ("2130899", "其他林业草原支出", [("林区道路维护", "专项业务类", None, 80, None, None, "土地出让收入安排"),
                              ("林场供水设施维修", "专项业务类", None, 25, None, None, None)]),
]


def _added(items: list[tuple], at: int | None = None) -> float | None:
    """The items' figures of one money column added (at None: each item's own total)."""
    figures = [sum(x or 0 for x in i[2:6]) if at is None else (i[at] or 0) for i in items]
    return round(sum(figures), 2) or None


def _project_table(path: Path) -> None:
    """青川县林业局's 项目支出预算表 laid out as blind set 40's: two header rows, merged group cells, 小计 rows whose
    code cell is blank (the code merged over the items only)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出预算表"
    ws.append(["青川县林业局2026年项目支出预算表"] + [None] * 9)
    ws.append(["编制单位：青川县林业局"] + [None] * 8 + ["单位：万元"])
    ws.append(["功能分类科目编码", "科目名称", "项目名称", "项目类别", "预算金额", None, None, None, None, "备注"])
    ws.append([None, None, None, None, "合计", "一般公共预算拨款", "政府性基金", "上年结转", "其他", None])
    every = [i for _, _, items in _GROUPS for i in items]
    ws.append(["合计", None, None, None, _added(every), *(_added(every, k) for k in range(2, 6)), None])
    for cells in ("A1:J1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:I3", "J3:J4", "A5:D5"):
        ws.merge_cells(cells)
    for code, name, items in _GROUPS:
        first = ws.max_row + 1
        for k, (project, kind, general, fund, carried, other, note) in enumerate(items):
            ws.append([code if k == 0 else None, name if k == 0 else None, project, kind,
                       sum(x or 0 for x in (general, fund, carried, other)), general, fund, carried, other, note])
        if len(items) > 1:
            ws.merge_cells(f"A{first}:A{ws.max_row}")
            ws.merge_cells(f"B{first}:B{ws.max_row}")
        ws.append([None, None, "小计", None, _added(items), *(_added(items, k) for k in range(2, 6)), None])
    wb.save(path)


def _revenue_and_spending(path: Path) -> None:
    """青川县教育局's 财政拨款收支总表: 收入 lines left, 支出 lines by 功能分类 right, one 预算数 under each."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "财政拨款收支总表"
    rows = [["青川县教育局2026年部门预算财政拨款收支总表", None, None, None, None, None],
            ["部门：青川县教育局", None, None, None, None, "单位：万元"],
            ["收入", None, "支出", None, None, None],
            ["项目", "预算数", "项目", "预算数", None, None],
            [None, None, None, "合计", "一般公共预算", "政府性基金预算"],
            ["一、一般公共预算拨款", 30521.6, "一、一般公共服务支出", 88.2, 88.2, None],
            ["二、政府性基金预算拨款", 700, "二、教育支出", 26410.4, 25810.4, 600],
            [None, None, "三、社会保障和就业支出", 3105.5, 3105.5, None],
            [None, None, "四、卫生健康支出", 1217.5, 1217.5, None],
            ["本年收入合计", 31221.6, "本年支出合计", 30821.6, 30221.6, 600],
            ["上年结转", 400, "年终结转结余", None, None, None],
            ["收入总计", 31621.6, "支出总计", 30821.6, 30221.6, 600]]
    for row in rows:
        ws.append(row)
    for cells in ("A1:F1", "A3:B3", "C3:F3", "A4:A5", "B4:B5", "C4:C5", "D4:F4"):
        ws.merge_cells(cells)
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("left42")
    _project_table(folder / "qingchuan_forestry.xlsx")
    _revenue_and_spending(folder / "qingchuan_education.xlsx")
    # another department's table printing a row 其他资金 whole
    simple_table(folder / "qingchuan_water.xlsx", "收入", "青川县水利局2026年部门收入情况表", "B2", "单位：万元",
                 ["收入来源", "预算金额"], [("财政拨款", 310), ("其他资金", 0)])
    return engine_over(folder / "kb.sqlite", [folder / "qingchuan_forestry.xlsx", folder / "qingchuan_education.xlsx",
                                              folder / "qingchuan_water.xlsx"])


def test_a_qualifier_the_table_does_not_break_down_is_never_dropped(engine: Engine) -> None:
    # 学前 is cut 学 + 前 (a word the segmenter lacks; 前 a filler elsewhere): still a part the table lacks
    a = converse(engine, "青川教育局学前教育支出")
    assert a.status != "answered" and "26410.4" not in a.text
    a = converse(engine, "青川教育局教育支出")
    assert a.status == "answered" and "26410.4" in a.text


@pytest.mark.parametrize(("question", "want", "never"), [
    ("护林和种苗两个项目合计", "162", "1948"),
    ("护林和种苗加起来多少", "162", "1948"),
    ("护林和种苗合计", "162", "1948"),
])
def test_two_rows_each_said_by_a_part_are_added(engine: Engine, question: str, want: str, never: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and want in a.text and never not in a.text


def test_two_rows_each_said_by_a_part_are_both_answered(engine: Engine) -> None:
    a = converse(engine, "护林和种苗")
    assert a.status == "answered" and "150" in a.text and "12万元" in a.text


@pytest.mark.parametrize(("question", "want", "never"), [
    ("林业局哪个科目小计最大", "森林生态效益补偿", "公益林补偿资金"),
    ("林业局哪个科目的小计最小", "林业草原防灾减灾", "种苗"),
    ("林业局哪个科目最大", "森林生态效益补偿", "公益林补偿资金"),
])
def test_groups_whose_code_stands_on_their_items_only_are_ranked_by_their_subtotals(
        engine: Engine, question: str, want: str, never: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and want in a.text and never not in a.text


@pytest.mark.parametrize(("turns", "want", "never"), [
    (("林业局政府性基金项目有哪些", "一共多少"), "105", "1948"),
    (("林业局政府性基金项目有哪些", "它们加起来"), "105", "1948"),
    (("运转类项目有哪些", "最多的那个多少钱"), "护林员补助", "公益林"),
    (("运转类项目有哪些", "其中哪个最少"), "森林病虫害", "种苗"),
    (("哪些项目有上年结转", "这几个加起来"), "65", "1948"),
])
def test_a_list_just_shown_is_added_up_or_ranked_on_its_own(engine: Engine, turns: tuple, want: str,
                                                             never: str) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered" and want in a.text and never not in a.text


def test_a_list_of_projects_leaves_the_groups_subtotals_out(engine: Engine) -> None:
    a = converse(engine, "哪些项目有上年结转")  # (no department said: the table's 合计 row is not listed)
    assert a.status == "answered" and "白沙镇" in a.text and "森林防火" in a.text and "小计" not in a.text


def test_one_of_the_rows_shown_said_by_a_place_in_its_name(engine: Engine) -> None:
    a = converse(engine, "油松造林补助项目", "白沙镇那个")
    assert a.status == "answered" and "360" in a.text and "青石镇" not in a.text
    a = converse(engine, "油松造林补助项目", "黄河镇那个")  # no row shown holds it: never one of them
    assert "360" not in a.text and "300" not in a.text


@pytest.mark.parametrize("question", ["森林病虫害中心的其他资金多少", "森林病虫害防治检疫中心运转经费其他资金多少"])
def test_a_column_said_with_the_kind_of_its_figures_of_an_organisation_said_short(engine: Engine,
                                                                                  question: str) -> None:
    # 其他资金 is the 水利局 table's row said whole; of this row it is its own column 预算金额 › 其他
    a = converse(engine, question)
    assert a.status == "answered" and "4万元" in a.text and "水利局" not in a.text


@pytest.mark.parametrize(("question", "want"), [
    ("林区道路维护用的什么资金", ["政府性基金 80", "土地出让收入安排"]),
    ("林区道路维护项目的资金来源", ["政府性基金 80", "土地出让收入安排"]),
    # the row's 备注 says what its 其他 is
    ("森林病虫害中心的其他资金是什么", ["4万元", "检疫服务收入"]),
])
def test_the_kind_of_a_rows_money_is_its_funds_columns_and_its_note(engine: Engine, question: str,
                                                                    want: list[str]) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and all(w in a.text for w in want) and "水利局" not in a.text
