"""A place's 部门支出预算表 (departments, each with its units and a 小计 line; 合计 / 基本支出 (小计, 人员经费,
公用经费) / 项目支出 under a two-row header; a 合计 line) beside the same place's 政府采购预算表 of the same units:
questions that say no 采购 word read the 支出预算表 — a department's 小计 and its units, a column of a unit or of
the whole, rankings of units and of departments and their follow-ups ("第二呢", "倒数第一呢", "环卫站呢")."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

# (department, [(unit, 人员经费, 公用经费, 项目支出)])
_DEPTS = [
    ("青川市城市管理局", [("青川市城市管理局本级", 410.5, 52.3, 620.0), ("青川市环境卫生站", 980.2, 71.4, 2950.6),
                   ("青川市园林所", 530.8, 44.1, 1820.3)]),
    ("青川市教育局", [("青川市教育局本级", 350.1, 40.2, 2610.0), ("青川市第一中学", 2890.4, 230.6, 390.0),
                 ("青川市实验小学", 2210.7, 160.3, 120.5)]),
    ("青川市文化体育和旅游局", [("青川市文化体育和旅游局本级", 280.4, 35.6, 1150.0), ("青川市图书馆", 130.2, 16.8, 88.4)]),
]


def _unit_row(dept: str | None, unit: str, staff: float, office: float, project: float) -> tuple:
    basic = round(staff + office, 2)
    return (dept, unit, round(basic + project, 2), basic, staff, office, project)


def _sums(rows: list[tuple]) -> list[float]:
    return [round(sum(r[c] for r in rows), 2) for c in range(2, 7)]


def _expenditure(path: Path) -> None:
    """Laid out as published: title, unit line, a two-row header (基本支出 over 小计 / 人员经费 / 公用经费), the
    合计 line, each department merged down column A over its units and its 小计 line."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门支出预算表"
    ws.append(["青川市2026年部门支出预算表"])
    ws.append(["单位：万元"])
    ws.append(["部门名称", "单位名称", "合计", "基本支出", None, None, "项目支出"])
    ws.append([None, None, None, "小计", "人员经费", "公用经费", None])
    body: list[tuple] = []
    merges = []
    every: list[tuple] = []
    for dept, units in _DEPTS:
        rows = [_unit_row(dept if i == 0 else None, *u) for i, u in enumerate(units)]
        every += rows
        start = 6 + len(body)
        body += [*rows, (None, "小计", *_sums(rows))]
        merges.append(f"A{start}:A{start + len(rows)}")
    ws.append(["合计", None, *_sums(every)])
    for r in body:
        ws.append(list(r))
    for cells in ("A1:G1", "A2:G2", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "A5:B5", *merges):
        ws.merge_cells(cells)
    wb.save(path)


def _procurement(path: Path) -> None:
    """The same place's 政府采购预算表: the same units, each with a few things bought."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "政府采购预算表"
    ws.append(["青川市2026年政府采购预算表"])
    ws.append(["单位：万元"])
    ws.append(["序号", "单位名称", "采购项目", "采购品目", "数量", "计量单位", "预算金额", None, None, "采购方式"])
    ws.append([None, None, None, None, None, None, "合计", "财政拨款", "其他资金", None])
    items = [("青川市城市管理局本级", "执法记录仪采购", "执法记录仪", 30, "台", 8.4, "询价"),
             ("青川市环境卫生站", "道路清扫保洁服务", "环境卫生服务", 1, "项", 1320.5, "公开招标"),
             ("青川市环境卫生站", "分类垃圾桶采购", "垃圾桶", 800, "个", 36.0, "询价"),
             ("青川市教育局本级", "教室照明改造", "照明设备", 1, "项", 166.2, "公开招标"),
             ("青川市教育局本级", "校园安保服务", "安保服务", 1, "项", 240.0, "公开招标"),
             ("青川市第一中学", "实验室设备采购", "实验设备", 1, "批", 88.0, "竞争性磋商"),
             ("青川市图书馆", "图书采购", "图书", 5000, "册", 25.0, "询价")]
    ws.append(["合计", None, None, None, None, None, round(sum(i[5] for i in items), 2),
               round(sum(i[5] for i in items), 2), None, None])
    for n, (unit, name, kind, qty, measure, money, how) in enumerate(items, 1):
        ws.append([n, unit, name, kind, qty, measure, money, money, None, how])
    for cells in ("A1:J1", "A2:J2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:I3", "J3:J4", "A5:F5"):
        ws.merge_cells(cells)
    wb.save(path)


# The 城市管理局's own 项目支出绩效目标表 (text, as published): its 合计 is its projects', not its 小计 line's.
_PROJECTS = """项目支出绩效目标表（含转移支付项目）

部门名称：青川市城市管理局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 4000.00 4000.00

青川市城市管理局本级 620.00 620.00

    城市管理综合执法专项经费 620.00 620.00

开展市容秩序综合执法，提升城市精细化管理水平。

1、1-产出指标,11-数量指标,开展市容专项整治行动；实施周期指标值:≥12次,年度指标值:≥12次;

青川市环境卫生站 3380.00 3380.00

    城区道路清扫保洁经费 3380.00 3380.00

保障城区道路清扫保洁，提升市容环境卫生水平。

1、1-产出指标,11-数量指标,清扫保洁面积；实施周期指标值:≥300万平方米,年度指标值:≥300万平方米;
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("dep46_tables")
    (d / "青川市城市管理局2026年项目支出绩效目标表.txt").write_text(_PROJECTS, encoding="utf-8")
    _expenditure(d / "青川市2026年部门支出预算表.xlsx")
    _procurement(d / "青川市2026年政府采购预算表.xlsx")
    return engine_over(tmp_path_factory.mktemp("dep46_db") / "kb.sqlite", [d])


def _subtotal(dept: str, col: int) -> float:
    units = next(u for d, u in _DEPTS if d == dept)
    return _sums([_unit_row(None, *u) for u in units])[col]


def _shown(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


def test_a_departments_subtotal_is_the_expenditure_tables_not_the_procurement_tables(engine: Engine) -> None:
    a = converse(engine, "教育局小计多少")
    assert a.status == "answered" and _shown(_subtotal("青川市教育局", 0)) in a.text, a.text
    assert "采购" not in a.text


def test_a_departments_units_are_listed(engine: Engine) -> None:
    a = converse(engine, "教育局下面有哪些单位")
    assert a.status == "answered"
    assert all(u in a.text for u in ("青川市教育局本级", "青川市第一中学", "青川市实验小学")), a.text
    assert "青川市图书馆" not in a.text and "教室照明改造" not in a.text


def test_the_unit_highest_in_a_column_only_this_table_prints(engine: Engine) -> None:
    a = converse(engine, "人员经费最高的单位")
    assert a.status == "answered" and "青川市第一中学" in a.text and "2890.4" in a.text, a.text


def test_each_departments_subtotal(engine: Engine) -> None:
    a = converse(engine, "各部门小计分别多少")
    assert a.status == "answered"
    assert all(_shown(_subtotal(d, 0)) in a.text for d, _ in _DEPTS), a.text


@pytest.mark.parametrize(("question", "col"), [("青川各部门人员经费合计多少", 2), ("全市基本支出一共多少", 1)])
def test_a_column_over_every_department_is_the_total_line(engine: Engine, question: str, col: int) -> None:
    whole = round(sum(_subtotal(d, col) for d, _ in _DEPTS), 2)
    a = converse(engine, question)
    assert a.status == "answered" and _shown(whole) in a.text, a.text


def test_the_departments_ranked_then_read_on(engine: Engine) -> None:
    first = converse(engine, "青川哪个部门支出最多")
    assert first.status == "answered" and "青川市教育局" in first.text, first.text
    second = converse(engine, "青川哪个部门支出最多", "第二呢")
    assert second.status == "answered" and "青川市城市管理局" in second.text, second.text
    assert _shown(_subtotal("青川市城市管理局", 0)) in second.text
    last = converse(engine, "青川哪个部门支出最多", "倒数第一呢")
    assert last.status == "answered" and "青川市文化体育和旅游局" in last.text and "第一中学" not in last.text


def test_a_department_said_short_with_its_place(engine: Engine) -> None:
    a = converse(engine, "青川文旅局本级基本支出")
    assert a.status == "answered" and _shown(280.4 + 35.6) in a.text, a.text


def test_another_line_said_after_a_units_column(engine: Engine) -> None:
    a = converse(engine, "青川市园林所人员经费", "环境卫生站呢")
    assert a.status == "answered" and "980.2" in a.text, a.text


def test_an_ordinal_beyond_a_departments_units_is_not_answered(engine: Engine) -> None:
    a = converse(engine, "城管局有哪些单位", "第四个单位是什么")
    assert a.status == "unknown" and "3 个单位" in a.text, a.text


@pytest.mark.parametrize(("question", "figure"), [
    ("教育局小计多少", _shown(_subtotal("青川市教育局", 0))),  # 小计, the label of the department's own line
    ("教育局下面有哪些单位", "青川市实验小学"),
    ("人员经费最高的单位", "2890.4"),  # a column of its own ranked over the units
    ("青川各部门人员经费合计多少", _shown(round(sum(_subtotal(d, 2) for d, _ in _DEPTS), 2))),
    ("全市基本支出一共多少", _shown(round(sum(_subtotal(d, 1) for d, _ in _DEPTS), 2))),  # 基本支出 › 小计
])
def test_the_table_of_departments_reads_these_itself(engine: Engine, question: str, figure: str) -> None:
    """Read by the table of departments and units itself (never left to a reading of another table of the place)."""
    from bot.answer.facts import dept_units
    from bot.answer.facts.answerer import Answerer
    from bot.answer.facts.index import index_for

    idx = index_for(engine.kb)
    fa = dept_units.answer(idx, Answerer(idx).peek(question), None)
    assert fa is not None and fa.status == "answered" and figure in fa.text, fa and fa.text


def test_a_share_of_two_columns_of_one_departments_line(engine: Engine) -> None:
    """Both sides name the same department: one line's 项目支出 over its own 合计, never two tables' figures."""
    part, whole = _subtotal("青川市城市管理局", 4), _subtotal("青川市城市管理局", 0)
    a = converse(engine, "城管局项目支出占城管局合计比例")
    assert a.status == "answered" and f"{100 * part / whole:.2f}%" in a.text, a.text


def test_another_line_said_right_after_is_this_tables_follow_up(engine: Engine) -> None:
    from bot.answer.facts import dept_units
    from bot.answer.facts.answerer import Answerer
    from bot.answer.facts.index import index_for

    idx = index_for(engine.kb)
    fa = dept_units.answer(idx, Answerer(idx).peek("青川市园林所人员经费"), None)
    assert fa is not None and fa.kept
    assert dept_units.names_kept_line(idx, Answerer(idx).peek("环境卫生站呢"), fa.kept)
    assert not dept_units.names_kept_line(idx, Answerer(idx).peek("环境卫生站的采购方式呢"), fa.kept)
    assert not dept_units.names_kept_line(idx, Answerer(idx).peek("它的采购项目呢"), fa.kept)


def test_a_line_said_after_another_tables_figure_takes_its_column(engine: Engine) -> None:
    """"X局项目支出" answered by another department's own table, then "教育局呢": this table's 教育局 项目支出."""
    from bot.answer.facts import dept_units
    from bot.answer.facts.answerer import Answerer
    from bot.answer.facts.index import index_for

    idx = index_for(engine.kb)
    prior = {"label": "项目支出", "value": 61915.77, "unit": "万元", "department": "湛江市人力资源和社会保障局"}
    fa = dept_units.answer(idx, Answerer(idx).peek("青川教育局呢"), None, prior)
    assert fa is not None and _shown(_subtotal("青川市教育局", 4)) in fa.text, fa and fa.text
    assert dept_units.answer(idx, Answerer(idx).peek("青川教育局呢"), None, {**prior, "label": "满意度"}) is None


def test_a_units_projects_asked_after_its_line(engine: Engine) -> None:
    """"青川环境卫生站支出合计" (its line here) → "它有哪些项目": its projects in its department's own table."""
    a = converse(engine, "青川环境卫生站支出合计", "它有哪些项目")
    assert a.status == "answered" and "城区道路清扫保洁经费" in a.text, a.text
    assert "城市管理综合执法专项经费" not in a.text and "道路清扫保洁服务" not in a.text
