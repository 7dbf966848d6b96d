"""Round 48 fixes (lane fixc48), on fictional tables:
- a question of two years whose parts each year's table answers with a DIFFERENT project sharing a pair of characters
  with the item said (河道整治项目前期及管理经费 of 2026 beside 河道整治项目 of 2025) is never paired as one item: each
  year's row is said and the reply is no confident answer; the same project under another generic tail still is;
- a bound on a numeric column of an item sheet other than its money ("发行利率不低于2.6的专项债") filters ALL the
  sheet's items by that column, in its own unit; a "哪些…" filter read over one row a name picked is never answered
  "没有符合条件的项" (nor as a list of that one row).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from bot.engine import Engine
from tests.conftest import engine_over
from tests.data.years48 import make_docs


@pytest.fixture(scope="module")
def two_years(tmp_path_factory) -> Engine:
    """云岭县水利局's two tables, the 2026 one holding a project's 前期及管理经费 beside another project, the 2025 one
    the construction project itself."""
    folder = tmp_path_factory.mktemp("fixc48_years")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(make_docs, "HERE", folder)
        mp.setattr(make_docs, "PROJECTS", [
            ("河道综合整治项目前期及管理经费", 40.00, 40.00, "开展河道综合整治项目前期论证和日常管理。",
             [("产出", "数量", "前期论证报告数", "≥2份", "≥1份")]),
            ("农村饮用水提质改造经费", 95.00, 95.00, "改造农村供水管网。",
             [("产出", "数量", "改造供水管网长度", "≥120公里", "≥40公里")]),
        ])
        mp.setattr(make_docs, "KEYPROJ", [("河道综合整治项目", 500.00, 600.00, 540.00),
                                          ("农村饮用水提质改造项目", 100.00, 120.00, 110.40)])
        make_docs.build_targets()
        make_docs.build_self_evaluation()
    return engine_over(folder / "kb.sqlite", [Path(folder)])


def test_two_years_answered_by_different_projects_are_not_one_item(two_years):
    a = two_years.ask("河道综合整治 26年安排多少 25年执行了多少")
    assert a.status != "answered"
    assert "河道综合整治项目前期及管理经费" in a.text and "40.00" in a.text
    assert "“河道综合整治项目”" in a.text and "540" in a.text and "不是同一个项目" in a.text


def test_two_years_of_the_same_project_under_another_tail_still_paired(two_years):
    a = two_years.ask("饮用水提质改造 26年安排多少 25年执行了多少")
    assert a.status == "answered"
    assert "95.00" in a.text and "110.4" in a.text and "不是同一个项目" not in a.text


_RATES = [
    ["青禾县2025年新增地方政府专项债券资金使用情况表"],
    ["单位：万元、年、%"],
    ["序号", "项目名称", "项目主管部门", "项目领域", "债券金额", "其中：用作项目资本金", "债券期限（年）", "发行利率（%）"],
    [None, "合计", None, None, 21600, 2600, None, None],
    [1, "青禾县滨河公园提升工程", "青禾县住房和城乡建设局", "市政基础设施", 6200, None, 10, 2.41],
    [2, "青禾县第二中学扩建项目", "青禾县教育局", "社会事业", 5400, 1600, 20, 2.66],
    [3, "青禾县冷链物流中心项目", "青禾县商务局", "冷链物流", 4300, None, 15, 2.52],
    [4, "青禾县人民医院住院楼工程", "青禾县卫生健康局", "社会事业", 3700, 1000, 30, 2.71],
    [5, "青禾县污水管网改造工程", "青禾县水利局", "市政基础设施", 2000, None, 20, 2.60],
]


@pytest.fixture(scope="module")
def bonds(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("fixc48_bonds")
    wb = openpyxl.Workbook()
    first = wb.active  # (the debt sheet the bonds' workbook opens with)
    first.title = "债务限额和余额"
    for row in (["青禾县2026年地方政府债务限额和余额情况表"], ["单位：万元"], ["项目", "一般债务", "专项债务"],
                ["上年末地方政府债务余额", 41000, 56000], ["本年地方政府债务限额", 47000, 69000]):
        first.append(row)
    sheet = wb.create_sheet("2025年新增专项债券")
    for row in _RATES:
        sheet.append(row)
    book = folder / "青禾县_2026年_政府债务限额和余额情况表.xlsx"
    wb.save(book)
    return engine_over(folder / "kb.sqlite", [book])


@pytest.mark.parametrize(("question", "wanted", "unwanted"), [
    ("发行利率不低于2.6的专项债", ["第二中学", "人民医院", "污水管网"], ["滨河公园", "冷链物流"]),
    ("发行利率超过2.6的专项债", ["第二中学", "人民医院"], ["污水管网", "滨河公园", "冷链物流"]),
    ("专项债发行利率低于2.55%的有哪些", ["滨河公园", "冷链物流"], ["第二中学", "人民医院", "污水管网"]),
])
def test_a_bound_on_a_rate_column_filters_every_item(bonds, question, wanted, unwanted):
    a = bonds.ask(question)
    assert a.status == "answered", a.text
    assert f"共 {len(wanted)} 项" in a.text and "共检查" not in a.text, a.text
    assert all(w in a.text for w in wanted) and not any(w in a.text for w in unwanted), a.text


def test_a_bound_on_a_rate_column_added_up(bonds):
    a = bonds.ask("专项债发行利率不低于2.6的一共多少")
    assert a.status == "answered" and "11100" in a.text, a.text  # 5400 + 3700 + 2000


def test_a_which_filter_over_one_row_is_never_a_confident_none(bonds):
    # (no subject of the sheet said, a row's name said: the pool is that one row, never every item)
    a = bonds.ask("滨河公园发行利率超过2.6的有哪些")
    assert a.status != "answered", a.text
    assert "没有符合条件" not in a.text and "滨河公园提升工程" in a.text, a.text
