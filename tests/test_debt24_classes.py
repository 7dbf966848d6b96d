"""A county's 政府债务限额和余额情况表: rows = 县本级 / a 开发区 / towns, the 合计 (全县) row first; three column
groups (本年债务限额 / 上年末债务余额 / 本年末债务余额) each over the same sub-columns (一般债务 / 专项债务 / 合计),
a 备注 column and a note. People say the sub-column before the group's word (专项债务限额, 一般债务余额), the
year end short (25年末, 24年末的专项余额) or not at all (the table's own year end), and shares or differences
of two such columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine

# (row, limit general, limit special, end of 2024 general, special, end of 2025 general, special, remark)
_ROWS = [
    ("县本级", 90120.50, 201340.80, 84010.20, 150220.40, 85230.70, 171560.90, "含再融资债券"),
    ("青岭县经济开发区", 3010.40, 40120.60, 2520.30, 30110.20, 2610.80, 35640.10, "新增专项债券用于园区道路"),
    ("白沙镇", 2110.30, 5230.10, 1820.40, 4210.30, 1930.60, 4870.20, None),
    ("柳泉镇", 1640.20, None, 1320.50, None, 1290.30, None, None),
    ("石岗镇", 2420.90, 6110.40, 2010.20, 4020.70, 2230.40, 5560.80, None),
    ("枫林乡", 1980.60, 7340.20, 1610.90, 5230.60, 1720.30, 6980.40, None),
    ("云峰乡", 1530.70, None, 1220.10, None, 1310.20, None, None),
    ("桃溪乡", 2760.80, 3120.50, 2310.40, 2050.10, 2290.70, 2480.60, "集镇污水管网"),
]


def _row(name: str, lg: float, ls: float | None, pg: float, ps: float | None, ng: float, ns: float | None,
         remark: str | None) -> tuple:
    total = [round(a + (b or 0), 2) for a, b in ((lg, ls), (pg, ps), (ng, ns))]
    return (None, name, lg, ls, total[0], pg, ps, total[1], ng, ns, total[2], remark)


def _debt_table(path: Path) -> None:
    """Laid out as published: the title, 编制单位 and 单位 line, a two-row header under merged groups, the
    合计 row first, numbered rows, a note merged over the last line."""
    import openpyxl

    rows = [(i, *_row(*r)[1:]) for i, r in enumerate(_ROWS, 1)]
    sums = [round(sum(r[c] or 0 for r in rows), 2) for c in range(2, 11)]
    head = ("序号", "地区（单位）", "2025年债务限额", None, None, "2024年末债务余额", None, None, "2025年末债务余额",
            None, None, "备注")
    sub = (None, None, "一般债务", "专项债务", "合计", "一般债务", "专项债务", "合计", "一般债务", "专项债务", "合计", None)
    simple_table(path, "债务限额和余额", "青岭县2025年政府债务限额和余额情况表", "K2", "单位：万元", head,
                 [sub, (None, "合计", *sums, None), *rows,
                  ("注：1.本表债务口径为地方政府债券形成的政府债务；2.专项债务栏空白表示该地区无专项债务。",)])
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws["A2"] = "编制单位：青岭县财政局"
    for cells in ("A1:L1", "A3:A4", "B3:B4", "C3:E3", "F3:H3", "I3:K3", "L3:L4", f"A{6 + len(rows)}:L{6 + len(rows)}"):
        ws.merge_cells(cells)
    wb.save(path)


def _merge(path: Path, *cells: str) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    for c in cells:
        wb.active.merge_cells(c)
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("debt24_tables")
    _debt_table(d / "qingling_debt.xlsx")
    # Another department whose table prints a year as a text value (成立年份 2025年).
    simple_table(d / "heshan_info.xlsx", "基本情况", "和山市档案馆2025年单位基本情况表", "C2", "单位：万元",
                 ["项目", "内容", "备注"], [["成立年份", "2025年", ""], ["编制人数", "12", ""], ["年度预算", "310.5", ""]])
    # A county whose column groups are year ends alone (2024年末 / 2025年末, each over 债务限额 / 债务余额) and
    # whose rows are grouped by the kind of debt: its words are read as before.
    simple_table(d / "lanxi_debt.xlsx", "限额及余额", "兰溪县2025年地方政府债务限额及余额情况表", "E2", "单位：万元",
                 ["项目", "2024年末", None, "2025年末", None],
                 [[None, "债务限额", "债务余额", "债务限额", "债务余额"], ["一、一般债务", 51000, 48200, 53500, 50120],
                  ["  县本级", 42000, 40100, 44000, 41350], ["二、专项债务", 87000, 80400, 93000, 88730],
                  ["  县本级", 70000, 65600, 75000, 72640]])
    _merge(d / "lanxi_debt.xlsx", "A1:E1", "A3:A4", "B3:C3", "D3:E3")
    # A budget summary whose groups (收入 / 支出) are over dated sub-columns (2025年预算数 / 2024年预算数).
    simple_table(d / "heshan_summary.xlsx", "收支总表", "和山市档案馆2025年部门收支预算总表", "E2", "单位：万元",
                 ["项目", "收入", None, "支出", None],
                 [[None, "2025年预算数", "2024年预算数", "2025年预算数", "2024年预算数"], ["财政拨款", 300.5, 280.2, 300.5, 280.2],
                  ["其他资金", 10.0, 12.4, 10.0, 12.4], ["合计", 310.5, 292.6, 310.5, 292.6]])
    _merge(d / "heshan_summary.xlsx", "A1:E1", "A3:A4", "B3:C3", "D3:E3")
    return engine_over(tmp_path_factory.mktemp("debt24_db") / "kb.sqlite", [d])


def _ask(engine: Engine, *turns: str):
    return converse(engine, *turns)


@pytest.mark.parametrize("question, figure, wrong", [
    ("县本级专项债务限额", "201340.8", "90120.5"),  # the sub-column said before its group's word
    ("青岭县本级专项债务限额", "201340.8", "90120.5"),
    ("县本级2025年末一般债务余额多少", "85230.7", "84010.2"),
    ("经济开发区专项债余额 25年末", "35640.1", "30110.2"),  # the year end said after, 专项债 short
    ("白沙镇一般债务余额", "1930.6", "1820.4"),  # no year end said: the table's own
    ("石岗镇24年末的专项余额", "4020.7", "5560.8"),  # the year before's end, said short
    ("枫林乡2025年末债务余额", "8700.7", "成立年份"),  # a year a value of another table prints is no value here
    ("枫林乡25年末债务余额", "8700.7", "成立年份"),
])
def test_a_sub_column_said_before_its_group(engine: Engine, question: str, figure: str, wrong: str) -> None:
    a = engine.ask(question)
    assert a.status == "answered" and figure in a.text and wrong not in a.text, a.text


def test_a_share_and_a_difference_of_two_crossed_columns(engine: Engine) -> None:
    # the 合计 row's 2025年末债务余额 › 专项债务 over its 2025年债务限额 › 专项债务
    total_special_end = sum(r[6] or 0 for r in _ROWS)
    total_special_limit = sum(r[2] or 0 for r in _ROWS)
    share = f"{100 * total_special_end / total_special_limit:.2f}%"
    a = engine.ask("全县专项债务余额占专项限额的比例")
    assert a.status == "answered" and share in a.text, a.text
    b = engine.ask("白沙镇和石岗镇一般债务限额差多少")
    assert b.status == "answered" and "310.6" in b.text, b.text


def _end_totals(name: str) -> tuple[float, float]:
    """A row's 合计 at the year end before and at the table's own year end."""
    r = next(r for r in _ROWS if r[0] == name)
    return round(r[3] + (r[4] or 0), 2), round(r[5] + (r[6] or 0), 2)


def test_the_balance_against_the_year_end_before(engine: Engine) -> None:
    before, now = _end_totals("枫林乡")
    a = engine.ask("枫林乡债务余额比上年末增加多少")  # the group's words alone: its 合计 at both year ends
    assert a.status == "answered" and f"{now - before:.2f}".rstrip("0").rstrip(".") in a.text, a.text
    special = sum(r[6] or 0 for r in _ROWS) - sum(r[4] or 0 for r in _ROWS)
    b = engine.ask("全县专项债务余额比上年末增加了多少")
    assert b.status == "answered" and f"{special:.2f}".rstrip("0").rstrip(".") in b.text, b.text
    c = engine.ask("桃溪乡一般债务余额比上年末是多了还是少了 差多少")  # 2290.7 against 2310.4: fell
    assert c.status == "answered" and "19.7" in c.text and "少" in c.text, c.text
    d = engine.ask("白沙镇专项债务余额增长了多少")  # the change verb alone: on the year end before
    assert d.status == "answered" and "659.9" in d.text, d.text


@pytest.mark.parametrize("question", ["白沙镇上年末债务余额", "白沙镇24年末债务余额", "白沙镇去年末的债务余额"])
def test_the_year_end_before_said_short(engine: Engine, question: str) -> None:
    before, now = _end_totals("白沙镇")
    a = engine.ask(question)
    assert a.status == "answered" and f"{before:g}" in a.text and f"{now:g}" not in a.text, a.text


@pytest.mark.parametrize("turns, figure, wrong", [
    (("石岗镇2025年末债务余额", "比上年末多多少"), "1760.3", None),  # the year end before, not a figure shown before
    (("桃溪乡一般债务余额", "比去年底少了多少"), "19.7", None),
    (("全县一般债务余额", "比上年末增加多少"), None, None),
])
def test_a_change_on_the_year_end_before_after_a_figure(engine: Engine, turns: tuple[str, ...], figure: str | None,
                                                        wrong: str | None) -> None:
    if figure is None:  # the 合计 row's 一般债务 at both year ends
        figure = f"{sum(r[5] for r in _ROWS) - sum(r[3] for r in _ROWS):.2f}".rstrip("0").rstrip(".")
    a = _ask(engine, *turns)
    assert a.status == "answered" and figure in a.text and (wrong is None or wrong not in a.text), a.text


def test_groups_that_are_only_year_ends_keep_their_reading(engine: Engine) -> None:
    a = engine.ask("兰溪县专项债务年末余额是多少")
    assert a.status == "answered" and "88730" in a.text and "93000" not in a.text, a.text


def test_towns_ranked_apart_from_the_county_rows(engine: Engine) -> None:
    # 县本级 and the 开发区 hold far more; "哪个乡镇" ranks the 乡 / 镇 rows only
    towns = [r for r in _ROWS if r[0].endswith(("乡", "镇"))]
    top = max(towns, key=lambda r: r[5] + (r[6] or 0))
    a = engine.ask("青岭县哪个乡镇2025年末债务余额最高")
    assert a.status == "answered" and top[0] in a.text and "县本级" not in a.text, a.text
    low = min(towns, key=lambda r: r[5] + (r[6] or 0))
    b = engine.ask("青岭县债务余额最少的乡镇是哪个")  # the balance at the table's own year end
    assert b.status == "answered" and low[0] in b.text and f"{low[5] + (low[6] or 0):g}" in b.text, b.text


def test_one_figure_less_another_both_named(engine: Engine) -> None:
    r = next(r for r in _ROWS if r[0] == "枫林乡")
    a = engine.ask("枫林乡一般债务限额减去年末一般债务余额还剩多少")
    assert a.status == "answered" and f"{r[1] - r[5]:.2f}".rstrip("0").rstrip(".") in a.text, a.text


@pytest.mark.parametrize("turns, figure, wrong", [
    (("枫林乡一般债务限额", "专项呢"), "7340.2", "6980.4"),  # the other sub-column of the same group only
    (("石岗镇专项债务余额", "一般债务呢"), "2230.4", "2420.9"),
    (("桃溪乡一般债务限额", "余额呢"), "2290.7", "2310.4"),  # the group of the same year by its words
    (("白沙镇专项债务余额", "限额呢"), "5230.1", "4870.2"),
    (("枫林乡一般债务限额", "专项呢", "加起来多少"), "9320.8", None),
])
def test_the_other_part_of_a_crossed_column_after_a_figure(engine: Engine, turns: tuple[str, ...], figure: str,
                                                           wrong: str | None) -> None:
    a = _ask(engine, *turns)
    assert a.status == "answered" and figure in a.text and (wrong is None or wrong not in a.text), a.text


def test_a_dated_sub_column_is_not_said_by_its_date_alone(engine: Engine) -> None:
    from bot.answer.facts.index import index_for
    from bot.answer.facts.question import read_question

    # "2024年收入合计": the year asked, then 收入 — never the sub-column 2024年预算数 said before its group 收入
    fq = read_question("和山市档案馆2024年收入合计", index_for(engine.kb))
    assert "收入2024年预算数" not in fq.text, fq.text
    a = engine.ask("和山市档案馆2024年收入合计")
    assert "310.5" not in a.text, a.text
