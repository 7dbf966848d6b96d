"""Round 20 (dev38x): a department's 政府购买服务预算表 (预算单位 groups, a 小计 row after each, 购买方式 and 其他资金
columns) and another's 中期财政规划 (支出类别 groups, 项目类型, three year columns, blank cells for years not
planned, 三年合计, 主管科室), both of one city — asked across the two tables and in follow-ups."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over

from bot.engine import Engine

_UNITS = [("南泉市民政局本级", [("社会救助对象核查服务", "第三方入户核查", "企业", 26, 26, None, "竞争性磋商"),
                            ("婚姻登记辅助服务", "登记窗口辅助", "社会组织", 9.5, 9.5, None, "询价"),
                            ("福利彩票公益金项目评估", "项目绩效评估", "企业", 14, 8, 6, "询价")]),
          ("南泉市救助管理站", [("流浪人员护送服务", "返乡护送", "社会组织", 31, 31, None, "单一来源"),
                             ("站内安保服务", "门岗巡查", "企业", 17.2, 10, 7.2, "公开招标")]),
          ("南泉市殡葬管理所", [("遗体接运服务", "遗体接运", "企业", 40, 40, None, "公开招标"),
                             ("公墓绿化养护", "绿化养护", "企业", 8.8, 8.8, None, "询价")])]


def _services(path: Path) -> None:
    """南泉市民政局's services bought: each 预算单位 merged over its rows, a 小计 row after them, 合计 first."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "购买服务"
    ws["A1"], ws["A2"], ws["H2"] = "南泉市民政局2026年政府购买服务预算表", "部门：南泉市民政局", "单位：万元"
    ws.append(["预算单位", "购买服务项目", "购买服务内容", "承接主体类型", "预算金额", None, None, "购买方式"])
    ws.append([None, None, None, None, "合计", "财政拨款", "其他资金", None])
    for col in "ABCDH":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("E3:G3")
    every = [x for _, items in _UNITS for x in items]
    ws.append(["合计", None, None, None, *[round(sum(x[k] or 0 for x in every), 2) for k in (3, 4, 5)], None])
    ws.merge_cells("A5:D5")
    at = 6
    for unit, items in _UNITS:
        for k, (name, what, who, a, b, c, how) in enumerate(items):
            ws.append([unit if k == 0 else None, name, what, who, a, b, c, how])
        ws.append([None, "小计", None, None, *[round(sum(x[k] or 0 for x in items), 2) or None for k in (3, 4, 5)], None])
        ws.merge_cells(f"A{at}:A{at + len(items)}")
        at += len(items) + 1
    wb.save(path)


_PLAN = [("道路养护", [("城区道路日常养护", "常年性", 900, 950, 1000, "养护科"),
                      ("桥梁检测加固", "延续性", 600, 400, None, "工程科")]),
         ("公共交通", [("公交线网优化补贴", "常年性", 1500, 1600, 1700, "运输科"),
                      ("氢能公交示范购置", "一次性", 820, None, None, "运输科"),
                      ("候车亭更新", "一次性", 70, None, None, None)]),
         ("综合管理", [("交通执法装备更新", "延续性", 130, 90, 60, "执法科"),
                      ("综合交通规划修编", "一次性", 210, None, None, "规划科")])]


def _plan(path: Path) -> None:
    """南泉市交通运输局's medium-term plan: 支出类别 merged over its rows, blank cells for the years not planned."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "中期规划"
    ws["A1"], ws["A2"], ws["H2"] = "南泉市交通运输局2026—2028年中期财政规划项目表", "编制单位：南泉市交通运输局", "单位：万元"
    ws.append(["支出类别", "项目名称", "项目类型", "2026年预算", "2027年规划", "2028年规划", "三年合计", "主管科室"])
    at = 4
    every = []
    for group, items in _PLAN:
        for k, (name, kind, a, b, c, office) in enumerate(items):
            ws.append([group if k == 0 else None, name, kind, a, b, c, a + (b or 0) + (c or 0), office])
            every.append((a, b or 0, c or 0))
        ws.merge_cells(f"A{at}:A{at + len(items) - 1}")
        at += len(items)
    ws.append(["合计", None, None, *[sum(x[k] for x in every) for k in range(3)], sum(sum(x) for x in every), None])
    ws.merge_cells(f"A{at}:C{at}")
    ws.append(["注：2027年、2028年为规划数；空白表示该年度未安排。"])
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("dev38x")
    _services(folder / "nanquan_services.xlsx")
    _plan(folder / "nanquan_plan.xlsx")
    knowledge = Path(__file__).resolve().parent.parent / "knowledge"
    return engine_over(folder / "kb.sqlite", [knowledge, folder / "nanquan_services.xlsx", folder / "nanquan_plan.xlsx"])


@pytest.mark.parametrize(("turns", "want", "never"), [
    (["桥梁检测加固2026年"], ["600"], ["1000"]),  # the year's column, never the 三年合计 the plan counts in 2026
    (["桥梁检测加固2026年", "2027呢", "加起来"], ["1000", "2026年预算"], ["1400", "三年合计"]),
    (["交通局2026年合计", "2028年呢", "差多少"], ["1470"], ["7270"]),
    (["民政局购买服务合计比交通局2026年合计少多少"], ["4083.5"], ["9883.5"]),
    (["桥梁检测加固三年合计"], ["1000"], []),  # a total column said stays
])
def test_a_year_said_is_its_column_never_the_span(engine: Engine, turns: list[str], want: list[str],
                                                 never: list[str]) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered" and all(w in a.text for w in want) and not any(w in a.text for w in never), a.text


def test_rows_a_year_leaves_blank(engine: Engine) -> None:
    a = converse(engine, "2028年没有安排的项目有哪些")
    assert a.status == "answered" and all(w in a.text for w in ["桥梁检测加固", "氢能公交示范购置", "候车亭更新",
                                                                  "综合交通规划修编"]), a.text
    assert "公交线网优化补贴" not in a.text and "没有没有" not in a.text, a.text
    a = converse(engine, "2026年没有安排的项目")
    assert "没有没有" not in a.text and "每项都有" in a.text, a.text


def test_rows_of_a_text_value_added_up(engine: Engine) -> None:
    a = converse(engine, "询价方式的项目合计金额")
    assert a.status == "answered" and "32.3" in a.text and "遗体接运服务" not in a.text, a.text


def test_rows_holding_a_column_are_the_rows_never_the_subtotals(engine: Engine) -> None:
    a = converse(engine, "有其他资金的购买服务项目")
    assert a.status == "answered" and "福利彩票公益金项目评估" in a.text and "站内安保服务" in a.text, a.text
    assert "小计" not in a.text and "遗体接运服务" not in a.text, a.text



@pytest.mark.parametrize(("turns", "want", "never"), [
    (["救助管理站小计", "殡葬管理所呢", "两个差多少"], ["0.6"], ["31.2"]),  # two units' sums set apart
    (["购买服务最多的单位", "最少的呢"], ["南泉市救助管理站", "48.2"], ["婚姻登记辅助服务"]),  # the units, not rows
    (["桥梁检测加固", "是什么类型"], ["延续性"], ["道路养护"]),  # the column said (项目类型), not the group
])
def test_follow_ups_on_units_and_kinds(engine: Engine, turns: list[str], want: list[str], never: list[str]) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered" and all(w in a.text for w in want) and not any(w in a.text for w in never), a.text


@pytest.fixture(scope="module")
def with_samples(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """The two tables beside the published samples: other departments whose projects have money of their own."""
    folder = tmp_path_factory.mktemp("dev38x_samples")
    _services(folder / "nanquan_services.xlsx")
    _plan(folder / "nanquan_plan.xlsx")
    root = Path(__file__).resolve().parent
    samples = sorted((root / "data" / "samples").glob("*.xlsx"))
    return engine_over(folder / "kb.sqlite", [root.parent / "knowledge", *samples, folder / "nanquan_services.xlsx",
                                              folder / "nanquan_plan.xlsx"])


@pytest.mark.parametrize("question", ["三年合计最多的项目", "哪个项目三年合计最多"])
def test_projects_ranked_by_a_column_said(with_samples: Engine, question: str) -> None:
    a = converse(with_samples, question)
    assert a.status == "answered" and "公交线网优化补贴" in a.text and "4800" in a.text and "【" not in a.text, a.text


@pytest.mark.parametrize("question", ["福利彩票公益金项目多少", "福利彩票公益金项目经费多少钱"])
def test_a_review_of_a_thing_is_not_the_thing(engine: Engine, question: str) -> None:
    """Only the evaluation of something is listed (…项目评估): asked the thing itself, the table lacks it."""
    a = converse(engine, question)
    assert a.status != "answered" and "14万元" not in a.text, a.text


def test_the_review_asked_whole_stays_answered(engine: Engine) -> None:
    a = converse(engine, "福利彩票公益金项目评估多少")
    assert a.status == "answered" and "14" in a.text, a.text


def test_the_detail_of_a_row_the_table_does_not_write(engine: Engine) -> None:
    a = converse(engine, "综合交通规划修编", "具体修编哪些规划")
    assert a.status == "unknown" and "210" not in a.text and "规划科" not in a.text, a.text
    a = converse(engine, "综合交通规划修编", "多少")
    assert a.status == "answered" and "210" in a.text, a.text


def test_a_rows_office_asked_in_everyday_words(engine: Engine) -> None:
    a = converse(engine, "桥梁检测加固哪个科室")
    assert a.status == "answered" and "工程科" in a.text, a.text
    a = converse(engine, "候车亭更新哪个科室")  # its cell is blank: never another row's office
    assert a.status != "answered" or "科" not in a.text.split("（")[0], a.text


@pytest.mark.parametrize(("turns", "want", "never"), [
    (["民政局本级小计", "占总额多少"], ["33.79", "146.5"], ["100.00%"]),  # the unit's sum over the table's 合计
    (["城区道路日常养护2026", "占道路养护类多少"], ["60.00%", "1500"], ["38.38"]),  # the row in its class, same column
    (["运输科负责哪些项目", "2026年合计"], ["2320"], ["4230"]),  # the rows just listed, in the year said
])
def test_shares_and_sums_after_a_unit_a_row_or_an_office(engine: Engine, turns: list[str], want: list[str],
                                                          never: list[str]) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered" and all(w in a.text for w in want) and not any(w in a.text for w in never), a.text


def test_two_departments_totals_of_different_tables_set_apart(engine: Engine) -> None:
    a = converse(engine, "交通局合计比民政局购买服务多多少")
    assert a.status == "answered" and "4083.5" in a.text, a.text
