"""A 项目支出绩效目标表 published as a spreadsheet, one indicator per row (the text table's columns:
项目名称, 总计/财政拨款/其他资金, 绩效目标, 一级/二级/三级指标, 指标值), is read as typed projects and
indicators — not as a general table, where an indicator's row would be answered by another project's
goal. Project cells merged over their indicator rows, or the name printed on every row; a one- or
two-row header; a 资金使用单位 line above its projects; the 合计 line."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.conftest import engine_over

_PROJECTS = [
    ("档案数字化经费", 64.8, 60.0, 4.8, "完成馆藏档案数字化，提升查阅效率。", [
        ("产出指标", "数量指标", "数字化档案卷数", "≥20000卷", "≥8000卷"),
        ("产出指标", "时效指标", "完成时限", "2027年底前", "2026年12月底前"),
        ("满意度指标", "服务对象满意度", "查档群众满意度", "≥92%", "≥92%")]),
    ("档案库房安全运维经费", 31.5, 31.5, None, "保障库房恒温恒湿与消防安全。", [
        ("产出指标", "质量指标", "库房温湿度达标率", "≥98%", "≥98%"),
        ("效益指标", "社会效益", "档案安全事故数", "0起", "0起")]),
    ("方志编纂经费", 18.0, 18.0, None, "完成年鉴编纂出版。", [
        ("产出指标", "数量指标", "年鉴出版册数", "1册", "1册"),
        ("满意度指标", "服务对象满意度", "读者满意度", "≥85%", "≥85%")]),
]


def _workbook(path: Path, *, merged: bool = True, two_rows: bool = False, unit_line: bool = False,
              cost: bool = False) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标"
    ws.append(["鹿溪县档案馆2026年项目支出绩效目标表"])
    ws.append(["部门名称：鹿溪县档案馆", None, None, None, None, None, None, None, None, "单位：万元"])
    heads = ["项目名称", "总计", "财政拨款", "其他资金", "绩效目标", "一级指标", "二级指标", "三级指标", "实施周期指标值",
             "年度指标值"]
    if two_rows:
        ws.append(["项目名称", "资金情况", None, None, "绩效目标", "绩效指标", None, None, None, None])
        ws.append([None, *heads[1:4], None, *heads[5:]])
    else:
        ws.append(heads)
    if unit_line:
        ws.append(["鹿溪县档案馆本级", 114.3, 109.5, 4.8])
    for name, total, fiscal, other, goal, indicators in _PROJECTS:
        if cost and name == "档案数字化经费":
            indicators = [*indicators, ("成本指标", "经济成本指标", "每卷数字化成本", "≤3元", "≤3元")]
        start = ws.max_row + 1
        for i, ind in enumerate(indicators):
            first = i == 0 or not merged
            ws.append([name if first else None, *((total, fiscal, other, goal) if i == 0 else (None,) * 4), *ind])
        if merged and len(indicators) > 1:
            for col in "ABCDE":
                ws.merge_cells(f"{col}{start}:{col}{ws.max_row}")
    ws.append(["合计", 114.3, 109.5, 4.8])
    wb.save(path)
    return path


@pytest.mark.parametrize("shape", [{}, {"merged": False}, {"two_rows": True}, {"unit_line": True}])
def test_a_target_sheet_is_read_as_projects_and_indicators(tmp_path: Path, shape: dict) -> None:
    engine = engine_over(tmp_path / "kb.sqlite", [_workbook(tmp_path / "t.xlsx", **shape)])
    amount = engine.ask("档案数字化经费多少").text
    assert "64.8" in amount and "114.3" not in amount
    assert "4.8" in engine.ask("档案数字化经费其他资金多少").text
    assert "恒温恒湿" in engine.ask("库房安全运维经费的绩效目标是什么").text
    value = engine.ask("数字化档案卷数的年度指标值").text
    assert "8000" in value and "20000" not in value
    listed = engine.ask("满意度指标有哪些").text
    assert "查档群众满意度" in listed and "读者满意度" in listed and "完成时限" not in listed
    assert "档案数字化经费" in engine.ask("哪个项目钱最多").text
    count = engine.ask("方志编纂经费有几个指标").text
    assert "2" in count


def test_a_project_without_the_kind_asked_says_so(tmp_path: Path) -> None:
    """The kind asked of a named project is searched in that project only: 库房运维 has no 满意度指标,
    and the other projects' 满意度 indicators are not its answer."""
    engine = engine_over(tmp_path / "kb.sqlite", [_workbook(tmp_path / "t.xlsx")])
    answer = engine.ask("档案库房安全运维经费的满意度指标")
    assert "读者满意度" not in answer.text and "查档群众满意度" not in answer.text
    assert "没有" in answer.text


def test_a_unit_line_is_the_projects_funding_unit_not_a_project(tmp_path: Path) -> None:
    engine = engine_over(tmp_path / "kb.sqlite", [_workbook(tmp_path / "t.xlsx", unit_line=True)])
    ranked = engine.ask("哪个项目钱最多").text
    assert "本级" not in ranked.split("\n")[0] and "档案数字化经费" in ranked
    assert "3" in engine.ask("一共几个项目").text


def test_cost_indicators_are_a_first_level_of_their_own(tmp_path: Path) -> None:
    """成本指标 is a 一级 since the 2021 framework, with 经济成本指标 under it: read as printed, without a
    warning, and listed when 成本指标 are asked."""
    from bot.ingest.formats import read_document

    path = _workbook(tmp_path / "t.xlsx", cost=True)
    doc = read_document(path)
    cost = [i for p in doc.projects for i in p.indicators if i.name == "每卷数字化成本"]
    assert [(i.level1, i.level2) for i in cost] == [("成本指标", "经济成本指标")]
    assert not [i for i in doc.issues if "成本" in i.message]
    listed = engine_over(tmp_path / "kb.sqlite", [path]).ask("成本指标有哪些").text
    assert "每卷数字化成本" in listed and "查档群众满意度" not in listed



def _blocks(path: Path, *, grid_in_every_block: bool = True) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["鹿溪县2026年项目支出绩效目标申报表"])
    for k, (name, money, target) in enumerate((("档案数字化经费", 64.8, "≥8000卷"), ("方志编纂经费", 18, "1册"))):
        ws.append(["项目名称", name])
        ws.append(["项目资金（万元）", "年度资金总额", money])
        ws.append([None, "其中：财政拨款", money])
        ws.append(["年度总体目标", "按期完成" + name.removesuffix("经费")])
        if grid_in_every_block or k == 0:
            ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
            ws.append(["产出指标", "数量指标", "完成数量", target])
            ws.append(["满意度指标", "服务对象满意度指标", "读者满意度", "≥9" + str(k) + "%"])
        ws.append([])
    wb.save(path)
    return path


def test_projects_stacked_in_blocks_are_read_as_projects(tmp_path: Path) -> None:
    """项目名称 beside its name, 项目资金 and 年度总体目标 by their labels, then an indicator grid of its own,
    block after block down one sheet: each block a typed project with its indicators."""
    engine = engine_over(tmp_path / "kb.sqlite", [_blocks(tmp_path / "b.xlsx")])
    assert "64.8" in engine.ask("档案数字化经费多少").text
    value = engine.ask("方志编纂经费的读者满意度").text
    assert "≥91%" in value and "≥90%" not in value
    assert "档案数字化经费" in engine.ask("哪个项目钱最多").text
    for said in ("年度总体目标是啥", "总体目标", "年度绩效目标"):  # the block's own label for its goal
        goal = engine.ask(f"方志编纂经费{said}").text
        assert "按期完成方志编纂" in goal and "18" not in goal, goal


def test_a_workbook_with_the_words_but_not_the_layout_loads_as_a_general_table(tmp_path: Path) -> None:
    """A block without its indicator grid: neither layout's, read as a general table — never refused,
    which would fail the whole load of every document with it."""
    from bot.ingest.formats import read_document

    doc = read_document(_blocks(tmp_path / "b.xlsx", grid_in_every_block=False))
    assert doc.layout == "general-table" and doc.facts
