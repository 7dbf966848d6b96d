"""Departments and places that are ROW LABELS of a table, not loaded documents: a county's table of some of
its bureaus (each bureau a merged row group over its lines, year columns 决算/预算), and a city's allocation
table of 街道 rows with 中央/省级/市级 parts. Asked by full name, short form (教育局, 住建局, 青梧交通局) or
place, a row answers; rankings, counts, sums and "which have" run over the rows; another department of the
same kind loaded as a document is never answered for a row, nor a row for an organisation in no table.
Every figure is worked out by hand from the tables written here.
"""

from __future__ import annotations

import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table

from bot.engine import Engine

ROOT = __import__("pathlib").Path(__file__).resolve().parent


def _bureaus(path) -> None:
    """青梧县: three bureaus, four lines each (合计 first), 万元; a blank is none spent."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "公用经费"
    ws.merge_cells("A1:G1")
    ws["A1"] = "青梧县部分部门2024—2026年公用经费预算情况表"
    ws["G2"] = "单位：万元"
    for c, h in enumerate(["单位名称", "项目", "2024年决算数", "2025年预算数", "2026年预算数",
                           "2026年比2025年增减额", "备注"], 1):
        ws.cell(3, c, h)
    groups = [
        ("青梧县教育局", [("合计", 40.5, 44, 41), ("办公费", 20.5, 22, 21), ("差旅费", 12, 14, 12),
                          ("会议费", 8, 8, 8)]),
        ("青梧县交通运输局", [("合计", 30, 27.5, 33.6), ("办公费", 18, 15.5, 16.6), ("差旅费", 12, 12, 11),
                              ("会议费", None, None, 6)]),
        ("青梧县住房和城乡建设局", [("合计", 15.2, 16, 12.4), ("办公费", 9.2, 10, 8.4), ("差旅费", 6, 6, 4),
                                    ("会议费", None, None, None)]),
    ]
    r = 4
    for name, lines in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r + len(lines) - 1, end_column=1)
        ws.cell(r, 1, name)
        for item, a, b, c in lines:
            ws.cell(r, 2, item)
            for col, v in ((3, a), (4, b), (5, c)):
                if v is not None:
                    ws.cell(r, col, v)
            ws.cell(r, 6, round((c or 0) - (b or 0), 2))
            if name == "青梧县交通运输局" and item == "会议费":
                ws.cell(r, 7, "2026年承办全县公路养护现场会")
            r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r, 1, "注：空白表示无此项支出。")
    wb.save(path)


def _streets(path) -> None:
    """云溪市: four 街道 rows, 元, with a 合计 row."""
    simple_table(path, "分街道分配表", "云溪市2026年城乡社区补助资金分配表", "G2", "单位：元",
                 ["序号", "街道", "2025年下达数", "2026年分配数", "其中：中央资金", "其中：省级资金", "其中：市级资金"],
                 [(1, "北湖街道", 500000, 620000, 310000, 186000, 124000),
                  (2, "南桥街道", 800000, 700000, 350000, 210000, 140000),
                  (3, "西岭街道", 300000, 360000, 180000, 108000, 72000),
                  (4, "东岸街道", 450000, 520000, 260000, 156000, 104000),
                  (None, "合计", 2050000, 2200000, 1100000, 660000, 440000)])


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("rows16")
    _bureaus(folder / "青梧县公用经费.xlsx")
    _streets(folder / "云溪市补助资金分配.xlsx")
    # a loaded department of the same kind as no row (湛江's 人社局): never answered for a row, nor a row for it
    return engine_over(folder / "kb.sqlite", [folder, ROOT / "data" / "samples" / "zhanjiang_rsj_2024_department_targets.xlsx"])


def ask(engine: Engine, *turns: str):
    return _ask(engine, *turns)


@pytest.mark.parametrize("question, shown, never", [
    ("青梧县教育局2026年公用经费预算", "41", ["44万"]),           # full name, the year's column
    ("青梧县交通局2025年公用经费", "27.5", ["33.6"]),               # 交通运输 -> 交通 by the abbreviation rule
    ("青梧交通局会议费2026年预算", "6", ["8万"]),                   # place without its level + short form
    ("青梧县住建局办公费2024年决算", "9.2", ["10万", "8.4"]),
    ("住建局差旅费2026年", "4", ["6万"]),                          # the short form alone: only one table has it
])
def test_a_row_by_its_names(engine, question, shown, never):
    a = ask(engine, question)
    assert a.status == "answered", a.text
    assert shown in a.text.splitlines()[0]
    assert not any(x in a.text for x in never), a.text


def test_the_table_is_the_places_not_a_bureau_called_区部(engine):
    doc = next(d for d in engine.kb.documents.values() if "公用经费" in d["file_name"])
    assert doc["department_name"] == "青梧县"


@pytest.mark.parametrize("question, shown, never", [
    ("青梧县2026年哪个部门公用经费最多", ["教育局", "41"], ["33.6"]),
    ("青梧2026年公用经费最少的部门", ["住房和城乡建设局", "12.4"], ["33.6"]),
    ("青梧县2024年哪个部门差旅费最少", ["住房和城乡建设局", "6万"], ["14万"]),
])
def test_which_row_is_largest(engine, question, shown, never):
    a = ask(engine, question)
    assert a.status == "answered", a.text
    assert all(x in a.text.splitlines()[0] for x in shown), a.text
    assert not any(x in a.text.splitlines()[0] for x in never), a.text


def test_how_many_rows(engine):
    a = ask(engine, "青梧县这张公用经费表有几个部门")
    assert a.status == "answered", a.text
    assert "3 个部门" in a.text and "合计" not in a.text.splitlines()[0].split("：")[1]


@pytest.mark.parametrize("question, total", [
    ("青梧这几个部门2026年公用经费合计", "87"),          # 41 + 33.6 + 12.4
    ("青梧各部门办公费2025年合计", "47.5"),              # 22 + 15.5 + 10
    ("青梧县几个部门差旅费2024年决算合计", "30"),        # 12 + 12 + 6
])
def test_rows_added_up(engine, question, total):
    a = ask(engine, question)
    assert a.status == "answered", a.text
    assert f"合计 {total}万元" in a.text, a.text


def test_which_rows_have_a_line(engine):
    a = ask(engine, "青梧县2026年哪个部门有会议费")
    assert a.status == "answered", a.text
    first = a.text.splitlines()[0]
    assert "教育局" in first and "交通运输局" in first and "住房和城乡建设局" not in first.split("（")[0]


@pytest.mark.parametrize("question", [
    "青梧县农业农村局2026年公用经费",   # a bureau of that place in no table
    "青梧县教育局2027年公用经费",       # a year the table has no column of
])
def test_what_no_table_holds_stays_unknown(engine, question):
    a = ask(engine, question)
    assert a.status != "answered", a.text
    assert "41" not in a.text and "87" not in a.text


def test_a_loaded_bureau_of_the_same_kind_is_not_a_row(engine):
    a = ask(engine, "湛江人社局2026年公用经费")  # 湛江's 人社局 has no such table: never 青梧's figures
    assert not any(x in a.text for x in ("41万", "33.6", "12.4")), a.text


@pytest.mark.parametrize("question, shown, never", [
    ("南桥街道2026年分到多少", "700000", ["800000"]),
    ("南桥街道今年比去年少了多少", "100000", ["120000"]),
    ("西岭街道省级资金", "108000", ["72000"]),
])
def test_place_rows_of_an_allocation(engine, question, shown, never):
    a = ask(engine, question)
    assert a.status == "answered", a.text
    assert shown in a.text.splitlines()[0], a.text
    assert not any(x in a.text.splitlines()[0] for x in never), a.text


def test_place_rows_ranked_and_added(engine):
    a = ask(engine, "云溪市2026年哪个街道分配数最多")
    assert a.status == "answered" and "南桥街道" in a.text.splitlines()[0] and "700000" in a.text, a.text
    a = ask(engine, "云溪各街道2026年中央资金合计")
    assert a.status == "answered" and "1100000" in a.text.splitlines()[0], a.text


@pytest.mark.parametrize("turns, shown, never", [
    (("北湖街道市级资金", "中央资金呢"), "310000", ["124000"]),
    (("东岸街道今年分配数", "去年呢"), "450000", ["520000"]),
    (("青梧教育局2026年公用经费", "住建局呢"), "12.4", ["41万"]),
    (("青梧交通局2026年差旅费", "比上年少多少", "增减额呢"), "-1", ["-2", "：0万元"]),  # 交通's line, not 住建局's
])
def test_follow_ups_switch_the_row_or_the_column(engine, turns, shown, never):
    a = ask(engine, *turns)
    assert a.status == "answered", a.text
    assert shown in a.text.splitlines()[0], a.text
    assert not any(x in a.text.splitlines()[0] for x in never), a.text


def test_a_line_added_to_nothing_found_is_not_answered_alone(engine):
    # the question before found nothing: "和…加起来" has nothing to add to, never the line's figure alone
    a = ask(engine, "青梧县教育局2026年物业费", "和差旅费加起来")
    assert a.status != "answered" and "12万" not in a.text, a.text
    a = ask(engine, "青梧县教育局2026年办公费", "和差旅费加起来")
    assert a.status == "answered" and "33" in a.text.splitlines()[0], a.text  # 21 + 12


def test_rows_not_all_organisations_are_not_ranked_as_such(tmp_path):
    # 局机关 is a row too, though no organisation by its name: the ranking is over every row, never over
    # the rows that look like organisations only
    simple_table(tmp_path / "t.xlsx", "2026年预算", "沙洲县林业局及所属单位2026年公务接待费预算表", "D2", "单位：元",
                 ["序号", "单位名称", "公务接待费"],
                 [(1, "局机关", 50000), (2, "县林业技术推广站", 30000), (3, "县森林防火指挥中心", 20000),
                  (None, "合计", 100000)])
    eng = engine_over(tmp_path / "kb.sqlite", [tmp_path / "t.xlsx"])
    a = ask(eng, "沙洲林业局公务接待费最多的单位")
    assert a.status == "answered" and "局机关" in a.text.splitlines()[0], a.text


def test_two_years_said_are_those_years_not_the_last_two_figures(engine):
    # the last two figures shown are 2025's and 2024's: "2026比2024" is not their difference
    a = ask(engine, "青梧县教育局2025年公用经费", "2024年呢", "2026比2024增加多少")
    assert "44 - 40.5" not in a.text and "3.5万元" not in a.text.splitlines()[0], a.text


def test_a_line_no_row_has_is_never_the_rows_totals(engine):
    # (after the round's review) 培训费 is no line of the table: the 合计 lines added up are not its sum
    a = ask(engine, "各部门2026年培训费合计多少")
    assert a.status != "answered" and "87" not in a.text, a.text


def test_a_place_said_at_another_level_is_not_the_county(engine):
    # 青梧镇 is no 青梧县 said short: never one bureau's 办公费 given as the town's
    a = ask(engine, "青梧镇2026年办公费合计")
    assert a.status != "answered" and "21万元" not in a.text.splitlines()[0], a.text
