"""Two kinds of budget tables (blind set 20, round 22): a department's spending of two years side by side by
经济分类 (each 类 a merged group closed by its 小计, columns 2024年 | 2025年 | 增减额 | 增减率), and a place's
fund spending by 功能分类 whose lines carry subject codes (类 3 digits, 款 5, 项 7) with 其中 columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine

# 青岚县教育局: two years of spending, each 类 a merged group of its items closed by 小计.
_GROUPS = [("工资福利支出", [("基本工资", 1000.0, 1040.0), ("津贴补贴", 500.0, 520.0)]),
           ("商品和服务支出", [("办公费", 40.0, 30.0), ("培训费", 80.0, 60.0), ("维修（护）费", 100.0, 110.0)]),
           ("资本性支出", [("办公设备购置", 50.0, 40.0), ("专用设备购置", 200.0, 260.0)])]


def _two_years(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "对比表"
    ws["A1"] = "青岚县教育局2025年部门预算支出与2024年对比表"
    ws["F2"] = "单位：万元"
    for c, h in enumerate(["支出类别", "经济分类科目", "2024年预算数", "2025年预算数", "增减额", "增减率（%）"], 1):
        ws.cell(3, c, h)
    r = 4
    ta = tb = 0.0
    for cat, items in _GROUPS:
        start, sa, sb = r, 0.0, 0.0
        for name, a, b in [*items, ("小计", sum(x[1] for x in items), sum(x[2] for x in items))]:
            ws.cell(r, 2, name)
            for c, v in ((3, a), (4, b), (5, round(b - a, 2)), (6, round((b - a) / a * 100, 2))):
                ws.cell(r, c, v)
            if name != "小计":
                sa, sb = sa + a, sb + b
            r += 1
        ws.cell(start, 1, cat)
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ta, tb = ta + sa, tb + sb
    ws.cell(r, 1, "合计")
    for c, v in ((3, ta), (4, tb), (5, round(tb - ta, 2)), (6, round((tb - ta) / ta * 100, 2))):
        ws.cell(r, c, v)
    wb.save(path)


@pytest.fixture(scope="module")
def years_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("codes22_years")
    _two_years(folder / "qinglan_edu.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "qinglan_edu.xlsx"])


@pytest.mark.parametrize(("asked", "fell"), [("哪类支出下降了", True), ("哪一类支出减少了", True),
                                             ("哪类支出增加了", False), ("哪一类支出增长了", False)])
def test_which_class_changed_ranks_the_classes_by_their_subtotal(years_engine: Engine, asked: str, fell: bool) -> None:
    # a 类 is its group's 小计: never the items of the first group read as "支出" (工资福利支出)
    a = converse(years_engine, f"青岚县教育局{asked}")
    assert a.status == "answered"
    assert ("商品和服务支出" in a.text) == fell and ("工资福利支出" in a.text) != fell
    assert "基本工资" not in a.text and "培训费" not in a.text


def test_how_much_it_fell_after_the_class_that_fell(years_engine: Engine) -> None:
    a = converse(years_engine, "青岚县教育局哪类支出下降了", "降了多少")
    assert a.status == "answered" and "-20" in a.text and "商品和服务支出" in a.text


@pytest.mark.parametrize("turns", [("青岚县教育局培训费", "减少多少", "减了几成"),
                                   ("青岚县教育局培训费降了几成",),
                                   ("青岚县教育局培训费", "减了几成")])
def test_how_many_tenths_it_fell_is_its_rate(years_engine: Engine, turns: tuple[str, ...]) -> None:
    a = converse(years_engine, *turns)
    assert a.status == "answered" and "-25%" in a.text


def test_how_much_alone_after_a_ranking_is_the_figure_ranked(years_engine: Engine) -> None:
    a = converse(years_engine, "青岚县教育局哪个科目增长率最高", "多少")
    assert a.status == "answered" and "专用设备购置" in a.text and "30%" in a.text and "260" not in a.text
