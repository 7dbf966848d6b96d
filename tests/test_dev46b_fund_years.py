"""Classes of blind_46 (dev46b), on a table generated here with names and figures of its own.

Classes: a table printing two years' columns side by side (2025年预算数 | 2026年预算数 | 比上年增减) reads the
latest year's column as its own amount, the earlier one as the year before, so a department's rows added up
("水务局政府性基金一共多少") are the table's year, never last year's figures; a row's label said with a word of the question's own where the label has
another (用于法律援助的… against 用于城乡医疗救助的…) is not that row."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, Engine

# 科目编码, 科目名称, 2025年预算数, 2026年预算数, 增减额, 增减率, 主管部门
_ROWS = [
    ("212", "城乡社区支出", 900, 1020, 120, 0.13, None),
    ("21208", "\u3000国有土地使用权出让收入安排的支出", 900, 1020, 120, 0.13, None),
    ("2120801", "\u3000\u3000征地和拆迁补偿支出", 500, 430, -70, -0.14, "枫溪县自然资源局"),
    ("2120802", "\u3000\u3000土地开发支出", 100, 190, 90, 0.9, "枫溪县自然资源局"),
    ("2120803", "\u3000\u3000城市建设支出", 300, 400, 100, 0.33, "枫溪县住房和城乡建设局"),
    ("213", "农林水支出", 60, 77, 17, 0.28, None),
    ("21366", "\u3000大中型水库库区基金安排的支出", 60, 77, 17, 0.28, None),
    ("2136601", "\u3000\u3000基础设施建设和经济发展", 40, 52, 12, 0.3, "枫溪县水务局"),
    ("2136602", "\u3000\u3000解决移民遗留问题", 20, 25, 5, 0.25, "枫溪县水务局"),
    ("229", "其他支出", 90, 101, 11, 0.12, None),
    ("22960", "\u3000彩票公益金安排的支出", 90, 101, 11, 0.12, None),
    ("2296002", "\u3000\u3000用于社会福利的彩票公益金支出", 50, 58, 8, 0.16, "枫溪县民政局"),
    ("2296013", "\u3000\u3000用于城乡医疗救助的彩票公益金支出", 40, 43, 3, 0.075, "枫溪县医疗保障局"),
]


def _fund_table(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "政府性基金预算支出表"
    ws.append(["枫溪县2026年政府性基金预算支出表"] + [None] * 6)
    ws.append(["单位：万元"] + [None] * 6)
    ws.append(["科目编码", "科目名称", "2025年预算数", "2026年预算数", "比上年增减", None, "主管部门"])
    ws.append([None, None, None, None, "增减额", "增减率", None])
    for row in _ROWS:
        ws.append(list(row))
    ws.append(["合计", None, 960, 1097, 137, 0.14, None])
    for cells in ("A1:G1", "A2:G2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:G4"):
        ws.merge_cells(cells)
    wb.save(path)


@pytest.fixture(scope="module")
def fund(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("dev46b_fund")
    _fund_table(folder / "枫溪县_2026年_政府性基金预算支出表.xlsx")
    return engine_over(folder / "kb.sqlite", [folder])


@pytest.mark.parametrize(("question", "right"), [("水务局政府性基金一共多少", "77"), ("自然资源局政府性基金合计", "620")])
def test_a_departments_rows_are_added_in_the_latest_years_column(fund: Engine, question: str, right: str) -> None:
    a = converse(fund, question)
    assert a.status == ANSWERED, a.text
    assert "2026年预算数" in a.text and "2025年预算数" not in a.text, a.text
    assert f"{right}万元" in a.text, a.text


def test_the_earlier_year_is_still_answered_when_said(fund: Engine) -> None:
    a = converse(fund, "水务局政府性基金2025年预算数合计")
    assert a.status == ANSWERED, a.text
    assert "60万元" in a.text, a.text


@pytest.mark.parametrize(("question", "right"), [("政府性基金里水务局多少", "77"), ("政府性基金自然资源局多少", "620")])
def test_a_department_said_after_the_tables_name_and_before_how_much_is_its_rows(fund: Engine, question: str,
                                                                                   right: str) -> None:
    a = converse(fund, question)  # ("X里水务局多少": the 主管部门 said bare before 多少, the table's name before it)
    assert a.status == ANSWERED, a.text
    assert f"{right}万元" in a.text, a.text


def test_each_department_of_the_table_said_is_listed_with_its_rows_added_up(fund: Engine) -> None:
    a = converse(fund, "政府性基金各部门分别多少")
    assert a.status == ANSWERED, a.text
    for name, total in (("枫溪县自然资源局", "620"), ("枫溪县住房和城乡建设局", "400"), ("枫溪县水务局", "77")):
        assert f"{name}：{total}万元" in a.text, a.text


def test_each_department_without_the_table_said_is_not_its_classes(fund: Engine) -> None:
    a = converse(fund, "各部门分别多少")  # (the departments loaded are asked of, not this table's 主管部门)
    assert "按主管部门汇总" not in a.text, a.text


def test_a_label_said_with_another_word_in_its_middle_is_not_that_row(fund: Engine) -> None:
    a = converse(fund, "用于法律援助的彩票公益金多少")
    assert a.status != ANSWERED and "43" not in a.text, a.text


def test_a_label_said_short_is_still_that_row(fund: Engine) -> None:
    a = converse(fund, "用于医疗救助的彩票公益金多少")
    assert a.status == ANSWERED and "43万元" in a.text, a.text


@pytest.mark.parametrize(("question", "row", "change"), [("政府性基金哪一项减少最多", "征地和拆迁补偿支出", "-70"),
                                                         ("政府性基金哪一项增加最多", "城市建设支出", "100")])
def test_the_row_that_changed_most_in_the_table_said_by_its_title(fund: Engine, question: str, row: str,
                                                                   change: str) -> None:
    a = converse(fund, question)  # (the table named by its title, no department: its printed 增减额 ranked)
    assert a.status == ANSWERED, a.text
    assert row in a.text and f"{change}万元" in a.text, a.text


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """A 绩效自评结果汇总 whose rows print 存在的主要问题."""
    here = Path(__file__).resolve().parent
    return engine_over(tmp_path_factory.mktemp("dev46b_sum") / "kb.sqlite",
                       [here.parent / "knowledge", here / "data" / "general16" / "general16_2_绩效自评结果汇总.xlsx"])


def test_a_word_of_asking_where_the_label_has_its_own_is_no_word_swapped(summary: Engine) -> None:
    a = converse(summary, "噪声监测点位建设等级", "存在什么问题")  # (什么 where the label says 的主要)
    assert a.status == ANSWERED and "选址审批滞后" in a.text, a.text
