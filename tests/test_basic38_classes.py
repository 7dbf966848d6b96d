"""Tables of their own for a department's 基本支出 table by economic classification (blind set 37): 类 lines
(301 工资福利支出 …) with their 款 under them, each split into 人员经费 and 公用经费 under a merged year
header. Several 款 are asked added up ("A加B加C"), "A和B加一起" with short names, and what a 类 bought."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED, engine_over, simple_table
from conftest import converse as _ask

from bot.engine import Engine

_DEPT = "青岚县水务局"
# (code, name, total, staff, office); a None cell is left empty
_LINES = [("合计", None, 986.4, 870.0, 116.4),
          ("301", "工资福利支出", 820.0, 820.0, None),
          ("30101", "  基本工资", 240.5, 240.5, None),
          ("30102", "  津贴补贴", 198.3, 198.3, None),
          ("30103", "  奖金", 20.2, 20.2, None),
          ("30107", "  绩效工资", 150.0, 150.0, None),
          ("30108", "  机关事业单位基本养老保险缴费", 111.0, 111.0, None),
          ("30113", "  住房公积金", 100.0, 100.0, None),
          ("302", "商品和服务支出", 98.4, None, 98.4),
          ("30201", "  办公费", 14.2, None, 14.2),
          ("30211", "  差旅费", 11.3, None, 11.3),
          ("30217", "  公务接待费", 2.6, None, 2.6),
          ("30228", "  工会经费", 10.3, None, 10.3),
          ("30231", "  公务用车运行维护费", 12.8, None, 12.8),
          ("30299", "  其他商品和服务支出", 47.2, None, 47.2),
          ("303", "对个人和家庭的补助", 50.0, 50.0, None),
          ("30302", "  退休费", 50.0, 50.0, None),
          ("309", "基本建设支出", 6.0, None, 6.0),
          ("30906", "  大型修缮", 6.0, None, 6.0),
          ("310", "资本性支出", 12.0, None, 12.0),
          ("31002", "  办公设备购置", 7.5, None, 7.5),
          ("31007", "  信息网络及软件购置更新", 4.5, None, 4.5)]


def _basic_table(path: Path, dept: str = _DEPT) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "基本支出"
    ws["A1"] = f"{dept}2025年一般公共预算基本支出表"
    ws.merge_cells("A1:E1")
    ws["A2"], ws["E2"] = f"部门名称：{dept}", "单位：万元"
    ws["A3"], ws["C3"] = "部门经济分类科目", "2025年预算数"
    ws.merge_cells("A3:B3")
    ws.merge_cells("C3:E3")
    for c, h in enumerate(["科目编码", "科目名称", "合计", "人员经费", "公用经费"], 1):
        ws.cell(4, c, h)
    for r, row in enumerate(_LINES, 5):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    ws.merge_cells("A5:B5")
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("basic38")
    _basic_table(folder / f"{_DEPT}2025年一般公共预算基本支出表.xlsx")
    # another department's 决算 table printing 人员经费合计 and 公用经费合计 as rows (no such column)
    # another department's 决算 printing 人员经费合计 / 公用经费合计 as lines (no such columns)
    simple_table(folder / "青岚县档案馆2024年部门决算.xlsx", "决算", "青岚县档案馆2024年部门决算", "C2", "单位：万元",
                 ["项目", "决算数"], [("人员经费合计", 80.5), ("公用经费合计", 9.7), ("年末结转和结余", 3.2)])
    return engine_over(folder / "kb.sqlite", [folder])


def test_rows_said_with_jia_are_added(engine: Engine) -> None:
    # "A加B加C加D": 加 between lines of the table adds them (never "no 加 in the table")
    a = _ask(engine, "青岚水务局基本工资加津贴补贴加绩效工资加奖金")
    assert a.status == "answered" and "609" in a.text
    a = _ask(engine, "水务局办公费加上差旅费是多少")
    assert a.status == "answered" and "25.5" in a.text


def test_two_short_names_added_with_jia_yiqi(engine: Engine) -> None:
    # lines said by short names ("公车运维") and 加一起: the two figures added, as with 加起来
    for tail in ("加一起", "合起来多少"):
        a = _ask(engine, f"水务局公务接待和公车运维{tail}")
        assert a.status == "answered" and "15.4" in a.text, tail


def test_what_a_line_bought_is_the_lines_under_it(engine: Engine) -> None:
    # "资本性支出多少 买的什么": its amount, then the lines under it (each once, in the total column)
    a = _ask(engine, "水务局资本性支出多少 买的什么")
    assert a.status == "answered" and "12万元" in a.text
    assert "办公设备购置" in a.text and "信息网络及软件购置更新" in a.text and "公用经费：7.5" not in a.text
    a = _ask(engine, "水务局商品和服务支出都买了哪些")
    assert a.status == "answered" and "差旅费" in a.text and "公用经费" not in a.text
    # asked after the line: the one line under it when it has one, never the line itself again
    a = _ask(engine, "水务局资本性支出", "买的什么")
    assert "办公设备购置" in a.text and "信息网络" in a.text
    a = _ask(engine, "水务局基本建设支出", "都买了些啥")
    assert a.status == "answered" and "大型修缮" in a.text and "共 1 项" in a.text



def test_a_column_of_one_table_asked_of_another_department_is_its_total_line(engine: Engine) -> None:
    # "水务局人员经费" (a column of its 基本支出表's 合计 line) → "档案馆呢": the 决算's line 人员经费合计
    a = _ask(engine, "水务局人员经费", "档案馆呢")
    assert a.status == "answered" and "80.5" in a.text and "870" not in a.text
    a = _ask(engine, "水务局人员经费", "档案馆呢", "哪个多")
    assert a.status == "answered" and a.text.startswith("青岚县水务局") and "789.5" in a.text


def test_one_figure_over_the_two_just_shown_added_up(engine: Engine) -> None:
    # "A → B呢 → B占两者合计多少": B ÷ (A + B), never B over the table's own total
    a = _ask(engine, "水务局工资福利支出", "商品和服务支出呢", "商品和服务支出占两者合计多少")
    assert a.status == "answered" and "10.71%" in a.text and "9.98" not in a.text
    a = _ask(engine, "水务局工资福利支出", "商品和服务支出呢", "占两者之和的比例")
    assert a.status == "answered" and "10.71%" in a.text
    # named by its department (two departments' figures), the first one said
    a = _ask(engine, "水务局人员经费", "档案馆呢", "水务局占两者合计多少")
    assert a.status == "answered" and "91.53%" in a.text


def test_which_is_larger_then_the_two_said_as_a_choice(engine: Engine) -> None:
    # "X哪个多 A的还是B的": X of each department, the larger said with both figures
    a = _ask(engine, "人员经费哪个多 水务局的还是档案馆的")
    assert a.status == "answered" and a.text.startswith("青岚县水务局") and "789.5" in a.text
    a = _ask(engine, "人员经费谁少 水务局还是档案馆")
    assert a.status == "answered" and a.text.startswith("青岚县档案馆") and "80.5" in a.text


# The same department's 项目支出绩效目标表 in the seed's text form (two projects).
_PROJECTS = f"""
项目支出绩效目标表

部门名称：{_DEPT}(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 68.50 68.50

{_DEPT} 68.50 68.50

    法律顾问服务经费 18.50 18.50

聘请常年法律顾问一名，审查水务合同并参与行政复议应诉。

1、1-产出指标,11-数量指标,审查合同份数；实施周期指标值:≥40份,年度指标值:≥40份;

    河道巡查保洁经费 50.00 50.00

对县城三条主要河道开展日常巡查和保洁。

1、1-产出指标,11-数量指标,巡查河道长度；实施周期指标值:≥26公里,年度指标值:≥26公里;
"""


@pytest.fixture(scope="module")
def with_projects(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("basic38p")
    _basic_table(folder / f"{_DEPT}2025年一般公共预算基本支出表.xlsx")
    (folder / "qinglan_water_projects.txt").write_text(_PROJECTS, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [SEED, folder])


def test_who_carries_out_the_project_just_answered(with_projects: Engine) -> None:
    # "X项目" → "实施单位是谁": the unit of that project, never every table's summary
    for ask in ("实施单位是谁", "由谁实施", "它的执行单位是哪个"):
        a = _ask(with_projects, "信访工作经费多少", ask)
        assert a.status == "answered" and "信访局" in a.text and _DEPT not in a.text, ask


def test_the_other_side_naming_only_its_department_asks_the_same_item(with_projects: Engine) -> None:
    # "A局X那个比B局的多多少": B局's X (its 聘请法律顾问专项经费 12), never B局's total
    for q in ("水务局法律顾问那个比信访局的多多少", "水务局法律顾问比信访局多多少"):
        a = _ask(with_projects, q)
        assert a.status == "answered" and "6.5" in a.text and "234.98" not in a.text, q


def test_which_tables_are_of_a_department_word_naming_several(tmp_path: Path) -> None:
    # "哪几份表是水务局的" with two 水务局 loaded: every table of both, never "which department?"
    for dept in (_DEPT, "石门县水务局"):
        _basic_table(tmp_path / f"{dept}2025年一般公共预算基本支出表.xlsx", dept)
    engine = engine_over(tmp_path / "kb.sqlite", [tmp_path])
    for q in ("哪几份表是水务局的", "哪些表是水务局的"):
        a = _ask(engine, q)
        assert a.status == "answered" and _DEPT in a.text and "石门县水务局" in a.text, q
