"""Round 61, a place's 国有资产占用情况表 whose departments CLOSE their units: each unit's line (本级, a station, a
library …, numbered 1, 2, 3 … down column A), then its department's "…局小计" line below them, a 合计 line last
(merged over 序号 and 单位名称), a footnote; the columns under merged headers two rows high (房屋 › 面积（平方米）/
账面价值, 车辆 › 数量（辆）/ 账面价值, 专用设备 › 账面原值 / 累计折旧 / 账面净值) and a count column of its own unit
(单价100万元以上设备（台/套）). A fictional table of another place, other departments, units and figures.

Classes:
- a department said short or in full is its 小计 line (never its 本级's, even read loosely: 综合执法局), and so is
  the one said next ("…呢");
- "各部门" / "哪个部门" rank or list the 小计 lines; "各单位" / "哪个单位" the units;
- a department's units listed, and each one's figure of the column just answered ("下面几个单位分别多少");
- "最多" of a countable thing (车辆, 车) ranks its count column (数量（辆）), never the money beside it;
- a column under a merged header said short (专用设备净值, 房屋面积) or with a figure changed in its name said
  short (单价100万以上设备), a count asked by either counter of 台/套, kept on the unit just answered;
- the place's whole of a count said by the vocabulary's word (公车 for its cars): the 合计 line's count;
- a column's unit of measure asked: its header's (平方米);
- lines closed by a 小计 that do not add up to it are not read as a department's units."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over

from bot.answer.facts import dept_units
from bot.engine import ANSWERED, Engine

openpyxl = pytest.importorskip("openpyxl")

# department -> its units: name, 资产总额, 房屋面积, 房屋账面价值, 车辆数量, 车辆账面价值, 专用设备 原值 / 折旧 / 净值,
# 单价100万元以上设备
_DEPTS = {
    "枫溪县水利局": [
        ("枫溪县水利局（本级）", 2210.4, 3100, 1320.5, 2, 30.2, 410.6, 250.1, 160.5, 1),
        ("枫溪县水利工程管理站", 5402.8, 4200, 2105.3, 7, 196.4, 980.2, 512.7, 467.5, 5),
        ("枫溪县水文监测中心", 870.6, 650, 301.2, 1, 12.5, 220.4, 130.9, 89.5, 0),
    ],
    "枫溪县文化和广电旅游体育局": [
        ("枫溪县文化和广电旅游体育局（本级）", 1630.3, 2400, 980.6, 3, 41.7, 260.8, 160.2, 100.6, 0),
        ("枫溪县图书馆", 4120.9, 9800, 3350.4, 1, 15.1, 530.7, 300.3, 230.4, 2),
    ],
    "枫溪县市场监督管理局": [
        ("枫溪县市场监督管理局（本级）", 3005.2, 3900, 1560.8, 9, 140.6, 350.1, 210.5, 139.6, 0),
        ("枫溪县食品药品检验检测中心", 2740.5, 2100, 900.9, 4, 58.8, 1820.6, 960.4, 860.2, 11),
    ],
    "枫溪县综合行政执法局": [
        ("枫溪县综合行政执法局（本级）", 1990.7, 1500, 700.3, 2, 20.1, 150.2, 90.1, 60.1, 0),
        ("枫溪县市容环境卫生管理所", 1210.4, 800, 350.6, 0, 0, 90.5, 40.2, 50.3, 1),
    ],
}


def _sums(units) -> list[float]:
    return [round(sum(u[k] for u in units), 2) for k in range(1, 10)]


def _row(ws, r: int, label: str, figures) -> None:
    ws.cell(r, 2, label)
    for c, v in enumerate(figures, 3):
        ws.cell(r, c, v)


def _make(path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "资产占用"
    ws["A1"] = "2024年枫溪县行政事业单位国有资产占用情况表"
    ws.merge_cells("A1:K1")
    ws["A2"], ws["H2"], ws["K2"] = "填报单位：枫溪县财政局", "截止日期：2024年12月31日", "单位：万元"
    for c, head in enumerate(("序号", "单位名称", "资产总额", "房屋", None, "车辆", None, "专用设备", None, None,
                              "单价100万元以上设备（台/套）"), 1):
        if head:
            ws.cell(3, c, head)
    for c, head in enumerate(("面积（平方米）", "账面价值", "数量（辆）", "账面价值", "账面原值", "累计折旧", "账面净值"), 4):
        ws.cell(4, c, head)
    for c in (1, 2, 3, 11):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    for span in ("D3:E3", "F3:G3", "H3:J3"):
        ws.merge_cells(span)
    r, seq = 5, 0
    for dept, units in _DEPTS.items():
        for unit in units:
            seq += 1
            ws.cell(r, 1, seq)
            _row(ws, r, unit[0], unit[1:])
            r += 1
        _row(ws, r, f"{dept}小计", _sums(units))
        r += 1
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for c, v in enumerate(_sums([u for us in _DEPTS.values() for u in us]), 3):
        ws.cell(r, c, v)
    ws.cell(r + 1, 1, "注：房屋面积单位为平方米，车辆数量单位为辆，设备数量单位为台（套），其余金额单位为万元。")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=11)
    wb.save(path)


@pytest.fixture(scope="module")
def fengxi(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("asset61")
    path = folder / "枫溪县_2024年_国有资产占用情况表.xlsx"
    _make(path)
    return engine_over(folder / "kb.sqlite", [path])


def _asked(engine: Engine, *questions: str):
    answer = converse(engine, *questions)
    assert answer.status == ANSWERED, answer.text
    return answer


@pytest.mark.parametrize(("turns", "said", "not_said"), [
    (("水利局资产小计",), "8483.8", "2210.4"),
    (("枫溪县水利局资产总额",), "8483.8", "2210.4"),
    (("水利局资产小计", "市场监督管理局呢"), "5745.7", "3005.2"),
    (("市场监督管理局房屋面积合计多少平方米",), "6000", "3900"),
    (("综合执法局资产总额",), "3201.1", "1990.7"),  # said short, read loosely: the department, never its 本级
    (("综合执法局本级资产总额",), "1990.7", "3201.1"),
])
def test_a_department_is_its_subtotal_below_its_units(fengxi: Engine, turns, said: str, not_said: str) -> None:
    answer = _asked(fengxi, *turns)
    assert said in answer.text and not_said not in answer.text, answer.text


def test_departments_ranked_and_listed_at_their_level(fengxi: Engine) -> None:
    answer = _asked(fengxi, "哪个部门资产总额最大")
    assert "枫溪县水利局" in answer.text and "8483.8" in answer.text and "5402.8" not in answer.text, answer.text
    answer = _asked(fengxi, "各部门资产总额分别多少")
    assert all(x in answer.text for x in ("8483.8", "5751.2", "5745.7", "3201.1")), answer.text
    assert "2210.4" not in answer.text, answer.text
    answer = _asked(fengxi, "哪个单位资产总额最大")
    assert "枫溪县水利工程管理站" in answer.text and "5402.8" in answer.text, answer.text


def test_a_departments_units_listed_and_each_figure(fengxi: Engine) -> None:
    answer = _asked(fengxi, "水利局下面有哪些单位")
    assert all(x in answer.text for x in ("枫溪县水利局（本级）", "枫溪县水利工程管理站", "枫溪县水文监测中心")), answer.text
    answer = _asked(fengxi, "水利局的资产总额", "下面几个单位分别多少")
    assert all(x in answer.text for x in ("2210.4", "5402.8", "870.6")), answer.text
    answer = _asked(fengxi, "水利局有哪些单位", "各自资产总额多少")
    assert all(x in answer.text for x in ("2210.4", "5402.8", "870.6")), answer.text


@pytest.mark.parametrize(("question", "said", "not_said"), [
    ("车辆最多的单位是哪个", "枫溪县市场监督管理局（本级）", "枫溪县水利工程管理站"),  # 9 cars, not 196.4万元 of 7
    ("哪个部门车最多", "13", "196.4"),
])
def test_most_of_a_countable_thing_ranks_its_count(fengxi: Engine, question: str, said: str, not_said: str) -> None:
    answer = _asked(fengxi, question)
    assert said in answer.text and not_said not in answer.text, answer.text


@pytest.mark.parametrize(("turns", "said", "not_said"), [
    (("检验检测中心专用设备净值",), "860.2", "1820.6"),
    (("图书馆房屋面积",), "9800", "3350.4"),
    (("管理站单价100万以上设备几台",), "5", "5402.8"),
    (("管理站资产总额", "单价100万以上设备几台"), "5台", "11台"),
])
def test_a_column_under_a_merged_header_said_short(fengxi: Engine, turns, said: str, not_said: str) -> None:
    answer = _asked(fengxi, *turns)
    assert said in answer.text and not_said not in answer.text, answer.text


def test_the_places_count_said_by_the_vocabularys_word(fengxi: Engine) -> None:
    answer = _asked(fengxi, "全县公车总共多少辆")
    assert "29" in answer.text and "辆" in answer.text, answer.text


def test_a_columns_unit_of_measure(fengxi: Engine) -> None:
    answer = _asked(fengxi, "资产表里房屋面积的单位是啥")
    assert "平方米" in answer.text, answer.text
    answer = _asked(fengxi, "车辆数量的单位是什么")
    assert "辆" in answer.text and "万元" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["资产总额用什么单位", "房屋面积以什么为单位", "房屋面积的计量单位是啥"])
def test_a_columns_unit_of_measure_said_otherwise(fengxi: Engine, question: str) -> None:
    answer = _asked(fengxi, question)
    assert answer.status == ANSWERED and "单位：" in answer.text, answer.text
    assert ("平方米" if "面积" in question else "万元") in answer.text, answer.text


@pytest.mark.parametrize("question", ["资产总额5402.8万的是什么单位", "资产总额超过5000万的是什么单位",
                                      "资产总额超过5000万的是哪个单位"])
def test_a_figure_or_a_bound_said_asks_the_organisation_not_the_measure(fengxi: Engine, question: str) -> None:
    answer = _asked(fengxi, question)
    assert "资产总额的单位" not in answer.text and "出错" not in answer.text, answer.text
    assert answer.status == ANSWERED and "水利工程管理站" in answer.text, answer.text


def _line(name: str, row: int, figures: tuple[float, ...]) -> dept_units.Line:
    line = dept_units.Line(name, "", "", row, name)
    line.cells = {c: {"number": v} for c, v in zip(("资产总额", "房屋面积"), figures, strict=True)}
    return line


def test_lines_not_adding_up_to_their_subtotal_are_no_units() -> None:
    def book(last: tuple[float, float]):
        lines = [_line("枫溪县水利局（本级）", 5, (10.0, 3.0)), _line("枫溪县水文监测中心", 6, (5.0, 2.0)),
                 _line("枫溪县水利局小计", 7, (15.0, 5.0)), _line("枫溪县图书馆", 8, (4.0, 1.0)),
                 _line("枫溪县文化和广电旅游体育局（本级）", 9, (6.0, 1.0)), _line("枫溪县文化和广电旅游体育局小计", 10, last),
                 _line("合计", 11, (25.0, 7.0))]
        return dept_units._closed_book(1, "s", "枫溪县财政局", ("收入", "支出"), lines)
    read = book((10.0, 2.0))
    assert read is not None and set(read.groups) == {"枫溪县水利局", "枫溪县文化和广电旅游体育局"}
    assert [u.name for u in read.units["枫溪县水利局"]] == ["枫溪县水利局（本级）", "枫溪县水文监测中心"]
    assert book((11.0, 2.0)) is None
