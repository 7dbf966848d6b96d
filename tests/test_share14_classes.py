"""Shares, ratios and multiples of labelled values (占比 / 比例 / 比重 / 百分之多少 / 是…的几倍), on fictional
tables of the shapes finance offices publish: a 支出决算表 (合计 row over 本年支出合计 / 基本支出 / 项目支出) beside a
table printing a share column of its own (占本年支出合计) on another row; a 部门整体预算绩效目标表 whose 部门预算支出
group holds 基本支出 and 项目支出 with no total printed; an allocation sheet whose 合计 row totals its columns;
a staffing table with a note that happens to say "在职人数"; an allocation by street with its sources; two
departments' tables of the same item. A share is always of what the question names, with both figures and
the division shown; when the whole is not determinable nothing is computed."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table

from bot.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = Path(__file__).resolve().parent / "data" / "samples"

_SPEND = "岚桥县林业局"  # a 支出决算表 and a table printing its own share column
_SPEND_ROWS = [("合计", 1860.40, 1302.28, 558.12), ("林业和草原支出", 1430.00, 871.88, 558.12),
               ("社会保障和就业支出", 430.40, 430.40, None)]
_OTHER = "岚桥县水务局"  # the same item (住房公积金) in another department's table
_FUND = {_SPEND: 96.30, _OTHER: 24.00}


def _first(answer) -> str:
    return answer.text.split("\n")[0]


def _pct(a: float, b: float) -> str:
    return f"{a / b * 100:.2f}%"


def _allocation(path: Path) -> None:
    """A county's allocation workbook: 分配表 (乡镇 × 分配资金 城市低保金 / 农村低保金 / 合计, a 合计 row on top)
    and a second sheet comparing with last year, so the first sheet's title is one sheet's title."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分配表"
    ws["A1"] = "枫林县2025年城乡低保资金分配表"
    ws.merge_cells("A1:E1")
    ws["E2"] = "单位：元"
    ws["A3"] = "序号"
    ws.merge_cells("A3:A4")
    ws["B3"] = "乡镇"
    ws.merge_cells("B3:B4")
    ws["C3"] = "分配资金"
    ws.merge_cells("C3:E3")
    ws["C4"], ws["D4"], ws["E4"] = "城市低保金", "农村低保金", "合计"
    towns = [("白石镇", 420000, 910000), ("青湾乡", 130000, 640000), ("柳河镇", 260000, 380000)]
    city, rural = sum(t[1] for t in towns), sum(t[2] for t in towns)
    ws.append(["合计", None, city, rural, city + rural])
    for i, (name, c, r) in enumerate(towns, 1):
        ws.append([i, name, c, r, c + r])
    other = wb.create_sheet("与上年对比")
    other["A1"] = "枫林县城乡低保资金分配与上年对比表"
    other.append(["单位：元"])
    other.append(["乡镇", "2024年分配数", "2025年分配数"])
    for name, c, r in towns:
        other.append([name, c + r - 10000, c + r])
    wb.save(path)


_CITY, _RURAL = 420000 + 130000 + 260000, 910000 + 640000 + 380000


def _staffing(path: Path) -> None:
    """A staffing table: 核定编制数 (小计), 实有人数 (在职 / 离退休), 编外聘用人员, a 总计 row, and a note whose
    words include 在职人数 ("空编数=核定编制数小计-在职人数")."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "编制"
    ws["A1"] = "鹿鸣区农业农村局2024年末机构编制及实有人员情况统计表"
    ws.merge_cells("A1:F1")
    ws["F2"] = "单位：人"
    ws["A3"] = "单位名称"
    ws.merge_cells("A3:A4")
    ws["B3"] = "核定编制数"
    ws.merge_cells("B3:B4")
    ws["C3"] = "实有人数"
    ws.merge_cells("C3:D3")
    ws["C4"], ws["D4"] = "在职", "离退休"
    ws["E3"] = "编外聘用人员"
    ws.merge_cells("E3:E4")
    ws.append(["鹿鸣区农业农村局机关", 30, 28, 11, 9])
    ws.append(["鹿鸣区农技推广站", 22, 19, 6, 14])
    ws.append(["总计", 52, 47, 17, 23])
    ws.append(["注：空编数=核定编制数小计-在职人数；编外聘用人员含劳务派遣。"])
    ws.merge_cells("A8:F8")
    wb.save(path)


def _streets(path: Path) -> None:
    """An allocation by street, each row with its 分配金额 and its 资金来源 (区级财政 / 市级补助)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "资金分配"
    ws["A1"] = "南塘区2025年社区养老专项资金分配表"
    ws.merge_cells("A1:E1")
    ws["A2"] = "主管部门：南塘区民政局"
    ws["E2"] = "单位：万元"
    ws["A3"] = "编码"
    ws.merge_cells("A3:A4")
    ws["B3"] = "街道"
    ws.merge_cells("B3:B4")
    ws["C3"] = "分配金额"
    ws.merge_cells("C3:C4")
    ws["D3"] = "资金来源"
    ws.merge_cells("D3:E3")
    ws["D4"], ws["E4"] = "区级财政", "市级补助"
    ws.append(["NT01", "金沙街道", 180.0, 126.0, 54.0])
    ws.append(["NT02", "银杏街道", 95.0, 60.0, 35.0])
    ws.append(["合计", None, 275.0, 186.0, 89.0])
    wb.save(path)


def _department_targets(path: Path) -> None:
    """The published 部门整体预算绩效目标表 layout, with another department and other figures: its 部门预算支出
    group holds 基本支出 and 项目支出, and no total of the two is printed."""
    wb = openpyxl.load_workbook(SAMPLES / "zhanjiang_rsj_2024_department_targets.xlsx")
    ws = wb.active
    ws["B2"] = "云峰市民政局"
    ws["C3"], ws["E3"] = 212, 6
    ws["C5"], ws["C6"] = 3120.5, 5480.25
    wb.save(path)


def _sheets(path: Path, sheets: list[tuple[str, str, str, list[str], list[tuple]]]) -> None:
    """One workbook of several tables (one department's tables of a year are one file): per sheet its name,
    its title in A1, its unit line in A2, the header on row 3 and the rows from row 4."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, title, unit, header, rows in sheets:
        ws = wb.create_sheet(name)
        ws["A1"], ws["A2"] = title, unit
        ws.append(header)
        for row in rows:
            ws.append(list(row))
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("share14")
    _sheets(d / "岚桥林业决算.xlsx", [
        ("支出决算", f"{_SPEND}2024年支出决算表", "单位：万元", ["科目名称", "本年支出合计", "基本支出", "项目支出"],
         _SPEND_ROWS),
        ("拨款支出", f"{_SPEND}2024年一般公共预算财政拨款支出决算表", "单位：万元", ["项目", "金额", "占本年支出合计"],
         [("一般公共预算财政拨款支出", 1860.40, "100.00%")]),
        ("基本支出", f"{_SPEND}2024年一般公共预算基本支出决算表", "单位：万元", ["科目名称", "决算数"],
         [("住房公积金", _FUND[_SPEND]), ("办公费", 41.5)])])
    simple_table(d / "岚桥水务基本支出.xlsx", "基本支出", f"{_OTHER}2024年一般公共预算基本支出决算表", "C2",
                 "单位：万元", ["科目名称", "决算数"], [("住房公积金", _FUND[_OTHER]), ("办公费", 8.2)])
    _allocation(d / "枫林低保分配.xlsx")
    _staffing(d / "鹿鸣农业编制.xlsx")
    _streets(d / "南塘养老资金.xlsx")
    _department_targets(d / "云峰民政部门整体目标.xlsx")
    return engine_over(d / "kb.sqlite", [ROOT / "knowledge", d])


@pytest.mark.parametrize("question", ["岚桥林业局项目支出占总支出百分之多少", "岚桥林业局项目支出占本年支出比例",
                                      "岚桥林业局项目支出占本年支出合计的比重是多少"])
def test_a_department_line_as_a_share_of_its_total(engine, question):
    # 项目支出 over 本年支出合计 of the 合计 row, both figures shown — never the other table's printed 100.00%
    answer = _ask(engine, question)
    assert answer.status == "answered", answer.text
    assert _pct(558.12, 1860.40) in _first(answer) and "558.12" in _first(answer), answer.text
    assert "100.00%" not in answer.text, answer.text


def test_the_share_asked_after_the_figure_is_of_that_figure(engine):
    # "基本支出多少钱 占支出比例多少": 基本支出 ÷ 本年支出合计, not some other pair of the tables
    answer = _ask(engine, "岚桥林业局基本支出多少钱 占支出比例多少")
    assert answer.status == "answered", answer.text
    assert "1302.28" in answer.text and _pct(1302.28, 1860.40) in answer.text, answer.text
    follow = _ask(engine, "岚桥林业局基本支出多少钱", "占支出比例多少")
    assert follow.status == "answered" and _pct(1302.28, 1860.40) in _first(follow), follow.text


def test_a_part_of_a_group_with_no_total_printed(engine):
    # 项目支出 of the 部门预算支出 group (基本支出 + 项目支出), "总盘子" the whole, "大概" no qualifier
    answer = _ask(engine, "云峰民政局项目支出占部门预算总盘子的比例大概多少")
    assert answer.status == "answered", answer.text
    assert _pct(5480.25, 3120.5 + 5480.25) in _first(answer), answer.text
    assert "3120.5" in _first(answer) and "5480.25" in _first(answer), answer.text


def test_a_column_as_a_share_of_the_tables_total(engine):
    # the 合计 row's 农村低保金 over its 合计 column; the county named is the sheet's own title
    answer = _ask(engine, "枫林县农村低保金占分配总额的比重")
    assert answer.status == "answered", answer.text
    assert _pct(_RURAL, _CITY + _RURAL) in _first(answer), answer.text
    assert str(_RURAL) in _first(answer) and str(_CITY + _RURAL) in _first(answer), answer.text


def test_one_departments_item_as_a_multiple_of_anothers(engine):
    answer = _ask(engine, "岚桥林业局的住房公积金是水务局的多少倍")
    assert answer.status == "answered", answer.text
    assert f"{_FUND[_SPEND] / _FUND[_OTHER]:.2f}" in _first(answer) and "倍" in _first(answer), answer.text
    assert "96.3" in _first(answer) and "24" in _first(answer), answer.text
    share = _ask(engine, "岚桥水务局的住房公积金占林业局的百分之几")
    assert share.status == "answered" and _pct(_FUND[_OTHER], _FUND[_SPEND]) in _first(share), share.text


def test_a_share_of_a_column_a_note_also_words(engine):
    # "在职人数" is the 实有人数 › 在职 column, not the note's sentence that ends with those words
    answer = _ask(engine, "鹿鸣区农业农村局编外聘用人员占在职人数多少")
    assert answer.status == "answered" and _pct(23, 47) in _first(answer), answer.text
    follow = _ask(engine, "鹿鸣区农业农村局编外聘用人员总共多少", "占在职人数比例")
    assert follow.status == "answered" and _pct(23, 47) in _first(follow), follow.text
    assert _pct(47, 52) not in follow.text, follow.text


def test_a_share_of_its_own_row(engine):
    # "它自己" is the row the part belongs to: its 分配金额 shown just before
    answer = _ask(engine, "南塘区金沙街道分配金额", "它的市级补助", "占它自己的比例多少")
    assert answer.status == "answered", answer.text
    assert _pct(54.0, 180.0) in _first(answer), answer.text


def test_its_own_whole_is_not_another_rows(engine):
    # two different rows shown: "它自己" names neither's whole, and no share of the one over the other is made
    answer = _ask(engine, "南塘区金沙街道分配金额", "南塘区银杏街道分配金额", "占它自己的比例多少")
    assert _pct(95.0, 180.0) not in answer.text and _pct(180.0, 95.0) not in answer.text, answer.text
    assert answer.status != "answered" or "%" not in _first(answer), answer.text


def test_a_whole_said_after_a_figure_the_facts_did_not_show(engine):
    # the part is the figure just shown (项目支出), never the group's other member over it
    answer = _ask(engine, "云峰民政局项目支出", "占部门预算的比例")
    assert answer.status == "answered", answer.text
    assert _pct(5480.25, 3120.5 + 5480.25) in _first(answer), answer.text
    assert _pct(3120.5, 5480.25) not in answer.text, answer.text


def test_a_whole_the_tables_do_not_print_is_no_other_whole(engine):
    # 工资福利支出 is in none of the tables: the share over 本年支出合计 is not given in its place
    answer = _ask(engine, "岚桥林业局基本支出多少钱", "占工资福利支出的比例")
    assert _pct(1302.28, 1860.40) not in answer.text, answer.text
    # 办公费 is printed (in the 基本支出 table): the share is the figure shown over it, as asked
    named = _ask(engine, "岚桥林业局项目支出", "占办公费的比例")
    assert named.status == "answered" and _pct(558.12, 41.5) in _first(named), named.text


@pytest.mark.parametrize("question", ["岚桥林业局基本支出和项目支出各占多少", "岚桥林业局基本支出和项目支出占比分别是多少",
                                      "岚桥林业局基本支出和项目支出分别占总支出的比例"])
def test_each_ones_share_of_the_total(engine, question):
    # each item's share of its own total, never the one over the other (nor their difference)
    answer = _ask(engine, question)
    assert answer.status == "answered", answer.text
    assert _pct(1302.28, 1860.40) in answer.text and _pct(558.12, 1860.40) in answer.text, answer.text
    assert _pct(558.12, 1302.28) not in answer.text and "744.16" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "a", "b"), [("岚桥林业局的基本支出是项目支出的多少倍", 1302.28, 558.12),
                                                  ("岚桥林业局的项目支出是基本支出的几倍", 558.12, 1302.28),
                                                  ("岚桥林业局的住房公积金是办公费的几倍", 96.3, 41.5)])
def test_a_multiple_within_one_department(engine, question, a, b):
    # the first said over the second, in the order said, both figures shown
    answer = _ask(engine, question)
    assert answer.status == "answered", answer.text
    assert f"{a / b:.2f} 倍" in _first(answer) and f"{a:g}" in _first(answer) and f"{b:g}" in _first(answer), answer.text


@pytest.mark.parametrize(("question", "first", "second", "simple"), [
    ("枫林县农村低保金和城市低保金的比例", _RURAL, _CITY, None),
    ("岚桥林业局基本支出与项目支出之比", 1302.28, 558.12, "7:3"),
    ("岚桥林业局项目支出和基本支出的比例是多少", 558.12, 1302.28, "3:7")])
def test_two_figures_one_to_the_other(engine, question, first, second, simple):
    # "A和B的比例": A : B in the order said, never one as a share of the other
    answer = _ask(engine, question)
    assert answer.status == "answered", answer.text
    line = _first(answer)
    assert f"{first:.10g} : {second:.10g}" in line, answer.text
    assert simple is None or f"= {simple}" in line, answer.text
    assert _pct(min(first, second), max(first, second)) not in line, answer.text


@pytest.mark.parametrize("question", ["岚桥林业局基本支出多少，占比多少", "岚桥林业局基本支出多少钱 占支出比例多少"])
def test_a_clause_asking_the_share_of_the_figure_the_clause_before_found(engine, question):
    answer = _ask(engine, question)
    assert answer.status == "answered", answer.text
    assert "1302.28" in answer.text and _pct(1302.28, 1860.40) in answer.text, answer.text



def test_two_departments_items_as_a_share_and_one_to_the_other(engine):
    # "A局的X是B局的百分之几": A's over B's; "A局X和B局X的比例": A : B, no share of one in the other
    share = _ask(engine, "岚桥水务局的住房公积金是林业局的百分之几")
    assert share.status == "answered" and _pct(_FUND[_OTHER], _FUND[_SPEND]) in _first(share), share.text
    both = _ask(engine, "岚桥林业局住房公积金和水务局住房公积金的比例")
    assert both.status == "answered", both.text
    assert "96.3" in _first(both) and "= 4:1" in _first(both), both.text
    assert _pct(_FUND[_SPEND], _FUND[_OTHER]) not in both.text, both.text
