"""Round 21 (dev40x): a department's 财政拨款收支总表 as a spreadsheet (收入 | 支出 over two blocks side by side, the
支出 side's 预算数 over 合计 / 一般公共预算 / 政府性基金预算, 上年结转 with its 其中 lines, a note saying blank cells are
none) and another department's 项目支出预算表 (功能分类科目编码 and 科目名称 merged over their projects, a 小计 row after
each, 项目类别, 合计 / 一般公共预算拨款 / 政府性基金 / 上年结转 / 其他, 备注), both of one county."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over

from bot.engine import Engine

# (expense class, 合计, 一般公共预算, 政府性基金预算); None: left blank (no budget)
_EXPENSES = [("一、一般公共服务支出", 52.3, 52.3, None), ("二、教育支出", None, None, None),
             ("三、科学技术支出", 12.6, 12.6, None), ("四、社会保障和就业支出", 910.4, 910.4, None),
             ("五、卫生健康支出", 7420.2, 7100.2, 320), ("六、节能环保支出", None, None, None),
             ("七、住房保障支出", 386, 386, None), ("八、其他支出", 9.5, 9.5, None)]
_INCOME = [("一、一般公共预算拨款", 8420.5), ("二、政府性基金预算拨款", 300), ("三、国有资本经营预算拨款", None)]


def _balance(path: Path) -> None:
    """青岚县卫生健康局's 财政拨款收支总表: income on the left, expense by function class on the right."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收支总表"
    ws["A1"], ws["A2"], ws["F2"] = "青岚县卫生健康局2026年部门预算财政拨款收支总表", "部门：青岚县卫生健康局", "单位：万元"
    ws.append(["收入", None, "支出", None, None, None])
    ws.append(["项目", "预算数", "项目", "预算数", None, None])
    ws.append([None, None, None, "合计", "一般公共预算", "政府性基金预算"])
    for cells in ("A3:B3", "C3:F3", "A4:A5", "B4:B5", "C4:C5", "D4:F4"):
        ws.merge_cells(cells)
    for k, (name, total, general, fund) in enumerate(_EXPENSES):
        left = _INCOME[k] if k < len(_INCOME) else (None, None)
        ws.append([left[0], left[1], name, total, general, fund])
    ws.append(["本年收入合计", 8720.5, "本年支出合计", 8791, 8471, 320])
    ws.append(["上年结转", 70.5, "年终结转结余", None, None, None])
    ws.append(["  其中：一般公共预算拨款", 50.5, None, None, None, None])
    ws.append(["        政府性基金预算拨款", 20, None, None, None, None])
    ws.append(["收入总计", 8791, "支出总计", 8791, 8471, 320])
    ws.append(["注：空白单元格表示无该项预算。"])
    wb.save(path)


# (subject code, subject, [(project, kind, 合计, 一般公共预算拨款, 政府性基金, 上年结转, 其他, 备注)])
_SUBJECTS = [
    ("2130301", "行政运行", [("水利服务中心运转经费", "运转类", 40, 40, None, None, None, "全县186个行政村"),
                         ("水文站运转经费", "运转类", 22, 20, None, None, 2, "其他为水质检测收入")]),
    ("2130306", "水利工程运行与维护", [("小型水库维修养护", "专项业务类", 180, 150, None, 30, None, "中央补助资金"),
                                ("堤防巡查经费", "专项业务类", 35, 35, None, None, None, "培训巡查员45人")]),
    ("2130311", "水资源节约管理与保护", [("节水型社会建设项目（东溪镇）", "专项业务类", 120, 120, None, None, None, "全镇农户860户"),
                                 ("节水型社会建设项目（西岭镇）", "专项业务类", 90, 80, None, 10, None, None)]),
    ("2130314", "防汛", [("防汛物资储备", "专项业务类", 26, 26, None, None, None, None)]),
    ("2130335", "农村人畜饮水", [("饮水安全巩固提升工程", "专项业务类", 300, None, 300, None, None, "土地出让收入安排")]),
]


def _projects(path: Path) -> None:
    """青岚县水利局's 项目支出预算表: code and subject merged over their projects, a 小计 row closing each."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出预算表"
    ws["A1"], ws["A2"], ws["J2"] = "青岚县水利局2026年项目支出预算表", "编制单位：青岚县水利局", "单位：万元"
    ws.append(["功能分类科目编码", "科目名称", "项目名称", "项目类别", "预算金额", None, None, None, None, "备注"])
    ws.append([None, None, None, None, "合计", "一般公共预算拨款", "政府性基金", "上年结转", "其他", None])
    for col in "ABCDJ":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("E3:I3")
    every = [p for _, _, ps in _SUBJECTS for p in ps]
    ws.append(["合计", None, None, None, *[sum(p[k] or 0 for p in every) for k in range(2, 7)], None])
    ws.merge_cells("A5:D5")
    at = 6
    for code, subject, projects in _SUBJECTS:
        for k, p in enumerate(projects):
            ws.append([code if k == 0 else None, subject if k == 0 else None, *p])
        ws.append([None, None, "小计", None, *[sum(p[k] or 0 for p in projects) or None for k in range(2, 7)], None])
        if len(projects) > 1:  # (merged over its projects; the 小计 row under them prints neither)
            ws.merge_cells(f"A{at}:A{at + len(projects) - 1}")
            ws.merge_cells(f"B{at}:B{at + len(projects) - 1}")
        at += len(projects) + 1
    ws.append(["注：本表按功能分类科目汇总。"])
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("dev40x")
    _balance(folder / "青岚县卫生健康局_2026_财政拨款收支总表.xlsx")
    _projects(folder / "青岚县水利局_2026_项目支出预算表.xlsx")
    return engine_over(folder / "kb.sqlite", [folder])


def _ask(engine: Engine, *turns: str):
    return converse(engine, *turns)


# --- the two-block 收支总表 -------------------------------------------------------------------------------------


def test_a_class_of_the_expense_side_by_its_column(engine: Engine) -> None:
    a = _ask(engine, "卫健局卫生健康支出里一般公共预算多少")
    assert a.status == "answered" and "7100.2" in a.text


def test_an_income_line_said_with_its_side(engine: Engine) -> None:
    a = _ask(engine, "卫健局一般公共预算拨款收入")
    assert a.status == "answered" and "8420.5" in a.text


def test_the_largest_expense_class(engine: Engine) -> None:
    a = _ask(engine, "卫健局支出哪一类最多")
    assert a.status == "answered" and "卫生健康支出" in a.text and "8420.5" not in a.text


def test_second_from_the_bottom_skips_classes_left_blank(engine: Engine) -> None:
    a = _ask(engine, "卫健局支出倒数第二的类")
    assert a.status == "answered" and "科学技术" in a.text


def test_classes_over_a_bound_leave_the_total_lines_out(engine: Engine) -> None:
    a = _ask(engine, "卫健局哪些支出类超过三百万")
    assert a.status == "answered"
    assert all(w in a.text for w in ("卫生健康", "社会保障和就业", "住房保障"))
    assert "支出总计" not in a.text and "本年支出合计" not in a.text and "一般公共服务" not in a.text


def test_a_place_of_the_ranking_just_shown(engine: Engine) -> None:
    a = _ask(engine, "卫健局支出最多的类", "第三呢")
    assert a.status == "answered" and "住房保障" in a.text


def test_a_difference_of_two_income_lines(engine: Engine) -> None:
    a = _ask(engine, "卫健局收入总计比本年收入合计多多少")
    assert a.status == "answered" and "70.5" in a.text


def test_a_part_of_the_line_just_answered(engine: Engine) -> None:
    a = _ask(engine, "卫健局卫生健康支出", "其中政府性基金呢")
    assert a.status == "answered" and "320" in a.text and "总计" not in a.text and "合计" not in a.text.split("：")[0]
    a = _ask(engine, "卫健局上年结转", "其中政府性基金呢")
    assert a.status == "answered" and "20万元" in a.text


def test_the_line_beside_in_the_same_column(engine: Engine) -> None:
    a = _ask(engine, "卫健局一般公共预算拨款收入", "政府性基金呢")
    assert a.status == "answered" and "300万元" in a.text and "320" not in a.text


def test_the_tables_unit(engine: Engine) -> None:
    a = _ask(engine, "卫健局这张表单位是")
    assert a.status == "answered" and "万元" in a.text


# --- the 项目支出预算表 by subject -----------------------------------------------------------------------------


def test_the_subject_code_of_a_project(engine: Engine) -> None:
    a = _ask(engine, "堤防巡查经费的科目编码")
    assert a.status == "answered" and "2130306" in a.text
    a = _ask(engine, "水文站运转经费", "科目编码是多少")
    assert a.status == "answered" and "2130301" in a.text


def test_the_last_place_of_a_ranking_over_many_rows(engine: Engine) -> None:
    a = _ask(engine, "水利局最大的项目", "倒数第一呢")
    assert a.status == "answered" and "水文站运转经费" in a.text and "22" in a.text


def test_rows_having_a_column_are_of_the_table_printing_it_as_a_column(engine: Engine) -> None:
    a = _ask(engine, "哪些项目有上年结转")
    assert a.status == "answered" and "小型水库维修养护" in a.text and "西岭镇" in a.text
    assert "卫生健康局" not in a.text and "70.5" not in a.text


@pytest.fixture(scope="module")
def with_seed(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """The project table beside the bundled seed and the sample tables (whose labels hold 覆盖 and counts)."""
    folder = tmp_path_factory.mktemp("dev40x_seed")
    _projects(folder / "青岚县水利局_2026_项目支出预算表.xlsx")
    here = Path(__file__).resolve().parent
    return engine_over(folder / "kb.sqlite", [folder, here.parent / "knowledge",
                                              *sorted((here / "data" / "samples").glob("*.xlsx"))])


def test_a_count_its_remark_states(with_seed: Engine) -> None:
    a = _ask(with_seed, "水利服务中心覆盖多少个村")
    assert a.status == "answered" and "186个行政村" in a.text
    a = _ask(with_seed, "堤防巡查培训多少人")
    assert a.status == "answered" and "45人" in a.text
    a = _ask(with_seed, "防汛物资储备覆盖多少个村")  # (no text of that row states one: never another row's)
    assert "186" not in a.text and "45" not in a.text


def test_two_projects_answered_with_their_columns_then_added_or_compared(engine: Engine) -> None:
    a = _ask(engine, "小型水库维修养护", "堤防巡查经费呢", "两个加起来")
    assert a.status == "answered" and "215" in a.text
    a = _ask(engine, "小型水库维修养护", "水利服务中心运转经费呢", "哪个多")
    assert a.status == "answered" and "小型水库" in a.text.split("更多")[0] and "140" in a.text


def test_projects_of_a_funding_column_leave_the_subtotals_out(engine: Engine) -> None:
    a = _ask(engine, "水利局上年结转项目有哪些")
    assert a.status == "answered" and "小型水库维修养护" in a.text and "西岭镇" in a.text
    assert "小计" not in a.text and "共 2 项" in a.text


def test_a_share_of_the_tables_total_said_as_such(engine: Engine) -> None:
    a = _ask(engine, "小型水库维修养护占合计的比例")
    assert a.status == "answered" and "22.14" in a.text and "83.72" not in a.text
