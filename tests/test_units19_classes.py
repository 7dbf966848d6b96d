"""Tables whose rows are the units of a place ("松岭区2024年度行政事业单位国有资产占有情况表": 区财政局, 区教育局 …
grouped under merged 行政单位 / 事业单位 cells with 小计 and 合计; columns 资产总额, 房屋 面积（平方米）/账面价值,
车辆 数量（辆）/账面价值/其中：公务用车（辆）): whose table it is, units said as 松岭区教育局 / 教育局, counted nouns
(几辆车), 其中 columns, superlatives over the units, and follow-ups inside the table."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine

_HEAD = ("单位类别", "单位名称", "资产总额", "房屋", None, "车辆", None, None, "通用设备账面价值")
_SUB = (None, None, None, "面积（平方米）", "账面价值", "数量（辆）", "账面价值", "其中：公务用车（辆）", None)
_ROWS = [
    ("行政单位", "区财政局", 3100.5, 5200, 2400.0, 5, 92.4, 4, 310.2),
    (None, "区教育局", 7600.0, 10300, 5100.2, 8, 176.0, 5, 720.4),
    (None, "区卫生健康局", 2800.4, 3900, 1750.6, 6, 133.2, 4, 301.1),
    (None, "区农业农村局", 2300.0, 3100, 1420.0, 9, 171.8, 6, 250.0),
    (None, "区应急管理局", 1700.1, 1800, 820.3, 12, 420.6, 2, 205.0),
    (None, "小计", 17501.0, 24300, 11491.1, 40, 994.0, 21, 1786.7),
    ("事业单位", "区疾病预防控制中心", 4900.0, 6100, 2950.0, 7, 150.4, 0, 1300.0),
    (None, "区图书馆", 3000.0, 8700, 2500.0, 2, 30.5, 0, 280.0),
    (None, "区机关事务服务中心", 2000.0, 4400, 1300.0, 15, 360.1, 3, 160.0),
    (None, "小计", 9900.0, 19200, 6750.0, 24, 541.0, 3, 1740.0),
    ("合计", None, 27401.0, 43500, 18241.1, 64, 1535.0, 24, 3526.7),
]


def _assets_table(path: Path) -> None:
    """A district's table of its units' assets, laid out as published: a two-row header under merged cells,
    the units grouped by merged 单位类别 cells, each group closed by its 小计, then the 合计 and a note."""
    import openpyxl

    simple_table(path, "国有资产", "松岭区2024年度行政事业单位国有资产占有情况表", "I2", "金额单位：万元", _HEAD,
                 [_SUB, *_ROWS, ("注：车辆数量含执法执勤用车，“其中：公务用车”仅指一般公务用车。",)])
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    for cells in ("A1:I1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:H3", "I3:I4", "A5:A10", "A11:A14"):
        ws.merge_cells(cells)
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("units19_tables")
    _assets_table(d / "songling_assets.xlsx")
    # Another loaded department whose short name (财政局, 农业农村局) a unit of the district shares.
    simple_table(d / "lanshan_czj.xlsx", "收支总表", "岚山市财政局2024年部门收支总表", "D2", "单位：万元",
                 ["项目", "本年支出合计", "数量（辆）", "备注"],
                 [["基本支出", 1800.0, None, ""], ["项目支出", 900.0, None, ""], ["车辆", None, 3, "公务用车"]])
    simple_table(d / "lanshan_nyj.xlsx", "收支总表", "岚山市农业农村局2024年部门收支总表", "C2", "单位：万元",
                 ["项目", "本年支出合计", "备注"], [["基本支出", 650.0, ""], ["项目支出", 480.0, ""]])
    return engine_over(tmp_path_factory.mktemp("units19_db") / "kb.sqlite", [d])


def _ask(engine: Engine, *turns: str):
    return converse(engine, *turns)


def test_the_place_names_the_table_not_the_file(engine: Engine) -> None:
    a = _ask(engine, "松岭区财政局资产总额多少")
    assert a.status == "answered" and "3100.5" in a.text
    assert "songling_assets2024" not in a.text and "松岭区2024年行政事业单位国有资产占有情况表" in a.text


@pytest.mark.parametrize(("question", "figure"), [
    ("松岭区教育局资产总额", "7600"),
    ("教育局资产总额", "7600"),
    ("区教育局资产总额", "7600"),
    ("卫健局房屋面积", "3900"),
    ("松岭区农业农村局资产总额", "2300"),
    ("农业农村局资产总额", "2300"),  # the one table that has it (岚山's 农业农村局 prints no 资产总额)
])
def test_a_unit_said_with_its_place_or_without_its_level(engine: Engine, question: str, figure: str) -> None:
    a = _ask(engine, question)
    assert a.status == "answered" and figure in a.text, a.text
    assert "知识库里没有" not in a.text


def test_a_name_two_departments_share_is_asked(engine: Engine) -> None:
    a = _ask(engine, "财政局有几辆车")
    assert a.status == "clarify" and "岚山市财政局" in a.text and "松岭区" in a.text, a.text
    chosen = _ask(engine, "财政局有几辆车", "2")
    assert chosen.status == "answered" and "5辆" in chosen.text and "64" not in chosen.text, chosen.text
    other = _ask(engine, "财政局有几辆车", "1")
    assert other.status == "answered" and "3辆" in other.text, other.text
    # said with its place, the row: never 岚山's
    own = _ask(engine, "岚山市财政局本年支出合计")
    assert own.status == "answered" and "2700" in own.text or "1800" in own.text


@pytest.mark.parametrize(("question", "figure", "never"), [
    ("区教育局有几辆车", "8辆", "5辆"),  # 车辆 数量（辆）, not 其中：公务用车
    ("松岭区应急管理局有多少车", "12辆", "：2辆"),
    ("区教育局公务用车几辆", "5辆", "8辆"),
    ("区图书馆房屋多少平方米", "8700", "2500"),
    ("松岭区行政事业单位一共多少辆车", "64", "40"),  # the units the title covers: the whole table
    ("松岭区公务用车一共几辆", "24", "64"),
])
def test_counted_nouns_from_a_columns_unit(engine: Engine, question: str, figure: str, never: str) -> None:
    a = _ask(engine, question)
    assert a.status == "answered" and figure in a.text and never not in a.text, a.text


@pytest.mark.parametrize(("question", "unit", "never"), [
    ("松岭区哪个单位车最多", "区机关事务服务中心", "小计"),
    ("车最少的单位", "区图书馆", "小计"),
    ("车辆价值排第二的单位", "区机关事务服务中心", "房屋"),  # 360.1 of the 车辆 账面价值, not 房屋's
    ("资产总额排第二的单位", "区疾病预防控制中心", "小计"),
])
def test_superlatives_over_the_units_only(engine: Engine, question: str, unit: str, never: str) -> None:
    a = _ask(engine, question)
    assert a.status == "answered" and unit in a.text and never not in a.text, a.text


def test_two_units_compared(engine: Engine) -> None:
    more = _ask(engine, "应急管理局车比财政局多几辆")
    assert more.status == "answered" and "7辆" in more.text, more.text
    times = _ask(engine, "教育局资产总额是卫健局的几倍")
    assert times.status == "answered" and "2.71" in times.text, times.text


@pytest.mark.parametrize(("turns", "figure", "never"), [
    (("松岭区教育局资产总额", "那财政局的呢"), "3100.5", "1800"),
    (("应急管理局有几辆车", "其中公务用车呢"), "2辆", "12辆"),
    (("松岭区哪个单位车最多", "它的车辆账面价值"), "360.1", "1535"),
    (("松岭区行政单位车辆数量小计", "事业单位呢", "加起来"), "64", None),
    (("区卫生健康局资产总额", "区教育局呢", "教育局是卫健局的几倍"), "2.71", None),
    (("松岭区教育局房屋面积", "疾控中心呢", "相差多少平方米"), "4200", None),
    (("松岭区房屋面积合计", "行政单位占百分之几"), "55.86", None),
])
def test_follow_ups_inside_the_table(engine: Engine, turns: tuple[str, ...], figure: str, never: str | None) -> None:
    a = _ask(engine, *turns)
    assert a.status == "answered" and figure in a.text, a.text
    assert never is None or never not in a.text


@pytest.mark.parametrize("turns", [
    ("松岭区教育局有几辆车", "那它的校车有几辆"),  # no such column
    ("松岭区财政局有多少车", "其中执法执勤用车几辆"),  # the note mentions it; the table does not count it
    ("松岭区财政局2023年资产总额",),
    ("松岭区人社局资产总额",),
])
def test_what_the_table_lacks_stays_unknown(engine: Engine, turns: tuple[str, ...]) -> None:
    a = _ask(engine, *turns)
    assert a.status in ("unknown", "clarify") and a.status != "answered", a.text
    if turns[-1].startswith("那它的校车"):
        assert a.status == "unknown"
