"""Factor-method allocation tables (因素法分配表: rows = 乡镇 / 街道, factor columns under a merged 分配因素 head with
their weights in the header, 分配系数, 分配金额, 其中 上年结转 / 本年新增, a 合计 row, a note), asked as people ask
them: the money verb (分了, 分得) for the amount column, 乡 / 镇 as the kind of the rows ("乡不算", "几个乡"), one row
against another ("A比B多分多少"), a row by one of its cells ("分配系数0.085的是哪个"), the weight of a factor, and what
the table does not state (人均, 村数) said so. The tables are made here with their own names and figures; every figure
is worked out by hand.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over

from bot.engine import Engine

# 青岚县 (万元): 镇 rows 云溪镇 126 + 石桥镇 90 + 白沙镇 75 + 东岭镇 69 = 360; 乡 rows 龙门乡 63 + 柳坪乡 51 +
# 青峰乡 50.96 + 马场乡 42 = 206.96; all 566.96. 柳坪乡 and 青峰乡 share the 分配系数 0.085.
_QINGLAN = [(1, "云溪镇", 42000, 35000, 92, 0.21, 126, 10.5, 115.5, "含县城周边8个村"),
            (2, "石桥镇", 25000, 28000, 95.5, 0.15, 90, 8, 82, None),
            (3, "龙门乡", 12000, 21000, 88, 0.105, 63, None, 63, None),
            (4, "柳坪乡", 9000, 16000, 90, 0.085, 51, 4.2, 46.8, None),
            (5, "白沙镇", 18000, 24000, 86.5, 0.125, 75, None, 75, "2024年度考核第一名"),
            (6, "青峰乡", 8000, 15000, 91, 0.085, 50.96, None, 50.96, None),
            (7, "马场乡", 7000, 13000, 79, 0.07, 42, 3.3, 38.7, "2024年度考核末位"),
            (8, "东岭镇", 14000, 20000, 93, 0.115, 69, 6, 63, None)]


def _qinglan(path: Path) -> Path:
    """A two-row header: 分配因素 merged over three factor columns whose weights the header prints."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分配表"
    ws["A1"] = "青岚县2025年对乡镇饮水安全维修养护资金因素法分配表"
    ws.merge_cells("A1:J1")
    ws["A2"], ws["H2"] = "编制单位：青岚县财政局", "单位：万元"
    ws.merge_cells("A2:E2")
    ws.merge_cells("H2:J2")
    for c, v in {1: "序号", 2: "乡镇", 3: "分配因素", 6: "分配系数", 7: "分配金额（万元）", 8: "其中", 10: "备注"}.items():
        ws.cell(3, c, v)
    for c, v in {3: "人口因素（人）\n权重40%", 4: "耕地面积因素（亩）\n权重35%", 5: "考核因素（分）\n权重25%",
                 8: "上年结转", 9: "本年新增"}.items():
        ws.cell(4, c, v)
    for cells in ("A3:A4", "B3:B4", "C3:E3", "F3:F4", "G3:G4", "H3:I3", "J3:J4"):
        ws.merge_cells(cells)
    sums = [sum(r[k] or 0 for r in _QINGLAN) for k in range(2, 9)]
    for c, v in enumerate(["合计", None, *[round(s, 2) for s in sums]], 1):
        ws.cell(5, c, v)
    ws.merge_cells("A5:B5")
    for r, row in enumerate(_QINGLAN, 6):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    ws.cell(14, 1, "注：1.分配系数=某乡镇人口/全县人口×40%+某乡镇耕地面积/全县耕地面积×35%+某乡镇考核得分/各乡镇考核得分"
                   "之和×25%；2.上年结转空白表示无结转。")
    ws.merge_cells("A14:J14")
    wb.save(path)
    return path


# 柳川区 (元), a one-row header with the weights in brackets: 街道 900000 + 720000, 镇 480000 + 420000, 乡 240000 +
# 235000 = 2995000; 红旗乡 and 新村乡 share the 分配系数 0.08.
_LIUCHUAN = [(1, "东湖街道", 52000, 48, 0.3, 900000, None),
             (2, "西湖街道", 38000, 40, 0.24, 720000, None),
             (3, "南塘镇", 21000, 30, 0.16, 480000, "含2个移民安置社区"),
             (4, "北坪镇", 18000, 25, 0.14, 420000, None),
             (5, "红旗乡", 9000, 15, 0.08, 240000, None),
             (6, "新村乡", 8000, 14, 0.08, 235000, None)]


def _liuchuan(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "柳川区2024年社区综合治理补助资金因素法分配表"
    ws["A2"], ws["F2"] = "编制单位：柳川区民政局", "单位：元"
    for c, v in enumerate(["序号", "街道（乡镇）", "常住人口（人）（权重60%）", "网格数（个）（权重40%）", "分配系数",
                           "分配资金（元）", "备注"], 1):
        ws.cell(3, c, v)
    for r, row in enumerate(_LIUCHUAN, 4):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    for c, v in enumerate(["合计", None, 146000, 172, 1, 2995000], 1):
        ws.cell(10, c, v)
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def qinglan(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("factor35q")
    return engine_over(d / "kb.sqlite", [_qinglan(d / "qinglan_2025_factor_allocation.xlsx")])


@pytest.fixture(scope="module")
def liuchuan(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("factor35l")
    return engine_over(d / "kb.sqlite", [_liuchuan(d / "liuchuan_2024_factor_allocation.xlsx")])


@pytest.fixture(scope="module")
def both(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("factor35b")
    return engine_over(d / "kb.sqlite", [_qinglan(d / "qinglan_2025_factor_allocation.xlsx"),
                                         _liuchuan(d / "liuchuan_2024_factor_allocation.xlsx")])


def _answered(engine: Engine, *turns: str) -> str:
    a = converse(engine, *turns)
    assert a.status == "answered", a.text
    return a.text


def _not_stated(engine: Engine, *turns: str) -> str:
    a = converse(engine, *turns)
    assert a.status != "answered", a.text
    return a.text


@pytest.mark.parametrize(("table", "question", "row", "figure"), [
    ("qinglan", "哪个乡分得最少", "马场乡", "42"),
    ("qinglan", "分的最少的是哪个乡", "马场乡", "42"),
    ("qinglan", "分得最多的是哪个镇", "云溪镇", "126"),
    ("liuchuan", "哪个街道分得最多", "东湖街道", "900000"),
    ("liuchuan", "分的最少的是哪个乡", "新村乡", "235000"),
])
def test_the_money_verb_ranks_the_amount_column(request, table: str, question: str, row: str, figure: str) -> None:
    text = _answered(request.getfixturevalue(table), question)
    first = text.splitlines()[0]
    assert row in first and figure in first, text
    assert "分配系数" not in first


@pytest.mark.parametrize(("table", "question", "total", "kept", "left"), [
    ("qinglan", "青岚那几个镇加起来分了多少 乡不算", "360", "东岭镇", "龙门乡"),
    ("qinglan", "乡不算，其他加起来分了多少", "360", "白沙镇", "马场乡"),
    ("liuchuan", "不算乡的话加起来分了多少", "2520000", "北坪镇", "红旗乡"),
])
def test_a_kind_of_rows_set_apart(request, table: str, question: str, total: str, kept: str, left: str) -> None:
    text = _answered(request.getfixturevalue(table), question)
    added, _, apart = text.partition("（不含")
    assert total in added and kept in added and left not in added and left in apart, text


@pytest.mark.parametrize(("question", "total", "first", "other"), [
    ("所有镇加起来分了多少", "360", "云溪镇", "龙门乡"),
    ("那几个乡加起来分了多少", "206.96", "龙门乡", "云溪镇"),
])
def test_a_kind_of_rows_added_up_by_their_ending(qinglan: Engine, question: str, total: str, first: str,
                                                 other: str) -> None:
    added, _, apart = _answered(qinglan, question).partition("（不含")
    assert total in added and first in added and other not in added and other in apart


def test_the_first_of_a_kind_said_beside_the_first_of_all(qinglan: Engine) -> None:
    """乡 said loosely ranks every town; the first …乡 row is said beside a 镇 that comes first, never alone."""
    text = _answered(qinglan, "分得最多的乡")
    first, _, second = text.partition("\n")
    assert "云溪镇" in first and "126" in first and "龙门乡" in second and "63" in second, text


@pytest.mark.parametrize(("table", "question", "count"), [
    ("qinglan", "表里有几个乡", "4"), ("qinglan", "有几个镇", "4"), ("liuchuan", "表里有几个乡", "2"),
])
def test_rows_of_a_kind_counted_by_their_ending(request, table: str, question: str, count: str) -> None:
    text = _answered(request.getfixturevalue(table), question)
    assert count in text.splitlines()[0], text


@pytest.mark.parametrize(("question", "figure", "wrong"), [
    ("石桥镇比白沙镇多分多少", "15", "分配系数"),
    ("龙门乡比柳坪乡多分了多少钱", "12", "分配系数"),
    ("南塘镇比北坪镇多分多少", "60000", "分配系数"),
])
def test_one_row_against_another_by_the_money_verb(both: Engine, question: str, figure: str, wrong: str) -> None:
    text = _answered(both, question)
    assert figure in text and wrong not in text, text


@pytest.mark.parametrize(("table", "question", "rows", "other"), [
    ("qinglan", "分配系数0.085的是哪个乡", ("柳坪乡", "青峰乡"), "马场乡"),
    ("liuchuan", "分配系数是0.08的是哪几个", ("红旗乡", "新村乡"), "北坪镇"),
    ("qinglan", "分配金额69万的是哪个镇", ("东岭镇",), "白沙镇"),
])
def test_rows_found_by_a_cell_value(request, table: str, question: str, rows: tuple[str, ...], other: str) -> None:
    text = _answered(request.getfixturevalue(table), question)
    assert all(r in text for r in rows) and other not in text and "合计" not in text.split("（来源")[0], text


@pytest.mark.parametrize(("turns", "figure"), [
    (("哪个乡镇分得最少", "它的考核得分"), "79"),  # a factor in 分 said "X得分"
    (("石桥镇考核得分", "东岭镇呢", "差几分"), "2.5"),
    (("哪个乡镇面积最大", "分了多少"), "126"),  # 面积: the column in 亩; the verb after it: that row's amount
    (("石桥镇人口", "分了多少"), "90"),
])
def test_follow_ups_on_a_row_of_factors(qinglan: Engine, turns: tuple[str, ...], figure: str) -> None:
    assert figure in _answered(qinglan, *turns).splitlines()[0]


@pytest.mark.parametrize(("table", "question", "row", "figure", "wrong"), [
    ("qinglan", "哪个乡镇面积最大", "云溪镇", "35000亩", "126"),
    ("qinglan", "面积最小的是哪个乡", "马场乡", "13000亩", "42"),
    ("qinglan", "云溪镇面积", "云溪镇", "35000亩", "126"),
])
def test_area_asked_is_the_column_in_a_unit_of_area(request, table: str, question: str, row: str, figure: str,
                                                    wrong: str) -> None:
    text = _answered(request.getfixturevalue(table), question)
    assert row in text and figure in text and wrong not in text.split("（来源")[0], text


@pytest.mark.parametrize(("table", "turns", "weight", "total"), [
    ("qinglan", ("人口因素权重多少",), "40%", "135000"),
    ("qinglan", ("耕地面积因素的权重是多少",), "35%", "172000"),
    ("qinglan", ("考核因素占多少权重",), "25%", "715"),
    ("liuchuan", ("常住人口权重多少",), "60%", "146000"),
    ("qinglan", ("青岚县饮水安全资金分配表", "人口因素权重多少"), "40%", "135000"),
])
def test_the_weight_of_a_factor_from_its_header(request, table: str, turns: tuple[str, ...], weight: str,
                                                total: str) -> None:
    """The weight the header prints, never the 合计 row's population shown under that header."""
    text = _answered(request.getfixturevalue(table), *turns)
    assert f"权重是{weight}" in text and total not in text, text


@pytest.mark.parametrize(("table", "turns", "figures", "computed"), [
    ("qinglan", ("云溪镇人均分多少钱",), ("126", "42000"), "30"),
    ("qinglan", ("马场乡分多少", "人均多少"), ("42", "7000"), "60"),
    ("liuchuan", ("南塘镇人均分了多少",), ("480000", "21000"), "22.86"),
])
def test_per_head_the_table_does_not_state(request, table: str, turns: tuple[str, ...], figures: tuple[str, ...],
                                           computed: str) -> None:
    """No 人均 column: the table does not break the money down per head; the two figures it has are shown, no
    division passed off as the table's."""
    text = _not_stated(request.getfixturevalue(table), *turns)
    assert "人均" in text and all(f in text for f in figures) and computed not in text, text


@pytest.mark.parametrize(("table", "turns"), [
    ("qinglan", ("青岚那个分配表", "云溪镇一共有多少个村")),
    ("qinglan", ("石桥镇有几个村",)),
    ("liuchuan", ("东湖街道有多少个社区",)),
    ("liuchuan", ("南塘镇有几个社区",)),  # its 备注 "含2个移民安置社区" is a part, not all its 社区
])
def test_a_count_the_table_has_no_column_for(request, table: str, turns: tuple[str, ...]) -> None:
    text = _not_stated(request.getfixturevalue(table), *turns)
    assert "共 1 项" not in text, text


def test_the_part_a_note_counts_asked_by_its_own_words(liuchuan: Engine) -> None:
    assert "2个移民安置社区" in _answered(liuchuan, "南塘镇有几个移民安置社区")
