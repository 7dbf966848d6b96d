"""A monthly revenue table (一般公共预算收入分月完成情况表) of its own: rows are revenue lines in a hierarchy
(一般公共预算收入合计 > 一、税收收入 > 增值税 …, 二、非税收入 > …), columns the months, the months' 累计, 年初预算,
完成预算%, 上年同期, 同比增减% and a 备注. The classes: a line's 累计 / 完成预算% / 同比 / 上年同期 / 年初预算 (the words
reach the column the table prints), months as values, rankings and lists over a column within a parent,
shares of a parent, differences between columns, a year or a kind the table does not hold, follow-ups."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over

from bot.engine import Engine

# (label, months 1..8 (None: nothing paid in), 年初预算, 上年同期, 备注); 累计 / 完成预算% / 同比 are computed
_LINES: list[tuple[str, list[int | None], int, int, str | None]] = [
    ("一、税收收入", [], 0, 0, None),
    ("    其中：增值税", [3100, 2800, 2950, -420, 2600, 3300, 3050, 2900], 30000, 21000, "4月办理留抵退税"),
    ("          企业所得税", [1500, 1800, 1620, 1400, 1710, 1380, 1650, 1540], 17000, 13300, None),
    ("          煤炭资源税", [4100, 3900, 4300, 4650, 4200, 4800, 4420, 4330], 50000, 36800, None),
    ("          房产税", [210, 180, 240, 205, 190, 260, 230, 215], 2400, 1700, None),
    ("          土地增值税", [None, 320, None, None, 150, None, None, 90], 2600, 1450, "清算项目推迟"),
    ("          耕地占用税", [880, None, None, None, None, 640, None, None], 1200, 900, "园区用地集中缴纳"),
    ("二、非税收入", [], 0, 0, None),
    ("    其中：专项收入", [700, 650, 720, 690, 710, 730, 705, 695], 8000, 5800, None),
    ("          罚没收入", [300, 280, 350, 310, 295, 330, 340, 325], 2400, 2900, None),
    ("          国有资源（资产）有偿使用收入", [1200, 900, 1500, 1100, 1300, 980, 1250, 1170], 15000, 8000, "含探矿权出让收益"),
]


def _rows() -> list[list]:
    """Every line with its parents' sums and the computed columns, the grand total first."""
    def computed(label, months, start, before, note):
        total = sum(m or 0 for m in months)
        return [label, *months, *[None] * (12 - len(months)), total, start, round(total / start * 100, 1), before,
                round((total - before) / before * 100, 1), note]
    lines, parents = [], {}
    for label, months, start, before, note in _LINES:
        if not months:
            parents[label] = len(lines)
            lines.append([label, [0] * 8, 0, 0, None])
            continue
        parent = lines[max(parents.values())]
        parent[1] = [a + (b or 0) for a, b in zip(parent[1], months, strict=True)]
        parent[2] += start
        parent[3] += before
        lines.append([label, months, start, before, note])
    whole = ["一般公共预算收入合计", [sum(x) for x in zip(*(lines[i][1] for i in parents.values()), strict=True)],
             sum(lines[i][2] for i in parents.values()), sum(lines[i][3] for i in parents.values()), None]
    return [computed(*line) for line in [whole, *lines]]


def write_monthly(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "1-8月"
    ws["A1"] = "河阳县2025年一般公共预算收入分月完成情况表"
    ws.merge_cells("A1:S1")
    ws["A2"] = "编制单位：河阳县财政局　　截至2025年8月31日"
    ws["R2"] = "单位：万元"
    ws["A3"], ws["B3"] = "收入项目", "2025年分月完成数"
    ws.merge_cells("B3:M3")
    for c, h in enumerate(["1-8月累计", "年初预算", "完成预算%", "上年同期", "同比增减%", "备注"], 14):
        ws.cell(3, c, h)
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws["A3"] = "收入项目"
    ws.merge_cells("A3:A4")
    for m in range(1, 13):
        ws.cell(4, m + 1, f"{m}月")
    for r, row in enumerate(_rows(), 5):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    ws.cell(r + 2, 1, "注：1.本表数据来源于国库收入月报，9月至12月数据待月度结账后填列；2.“上年同期”为2024年1-8月完成数。")
    wb.save(path)


ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("mon28")
    write_monthly(d / "河阳县2025年一般公共预算收入分月完成表.xlsx")
    # the samples beside it: other tables with 收入 lines, 执行率 and 完成年初预算 columns of their own
    return engine_over(d / "kb.sqlite", [ROOT / "knowledge", ROOT / "tests" / "data" / "samples", d])


def _answer(engine: Engine, *turns: str):
    a = _ask(engine, *turns)
    return a.status, a.text.split("（来源")[0]


# 1. A line's columns by the table's own words: 累计 (said with its verb), 同比, 上年同期, 完成预算% -------------

@pytest.mark.parametrize("question, shown, never", [
    ("增值税多少", "20280", "3100"),                      # no column said: the running total, not 1月
    ("煤炭资源税累计完成了多少", "34700", "69.4"),           # 完成 is 累计's verb, not 完成预算%
    ("房产税1-8月累计", "1730", "210"),
    ("企业所得税同比增长了多少", "-5.3%", "算差额"),          # the printed change, no difference to work out
    ("煤炭资源税同比", "-5.7%", "-3.4"),
    ("罚没收入去年同期是多少", "2900", "2530"),
    ("罚没收入完成了预算的百分之几", "105.4", "表中没有"),   # the table's 完成预算%, no other table's 预算执行率
    ("河阳总体完成了年初预算的百分之几", "69.1", "8.9"),        # over the running total, never 1月's figure
])
def test_a_lines_column_by_the_tables_words(engine, question, shown, never):
    status, text = _answer(engine, question)
    assert status == "answered" and shown in text and never not in text, text


# 2. Differences with the running total: 比上年同期, 离年初预算还差; two lines compared by their totals ------------

@pytest.mark.parametrize("question, shown", [
    ("罚没收入比去年同期少了多少", "370"),              # 2530 - 2900
    ("国有资源有偿使用收入比上年同期多了多少", "1400"),  # 9400 - 8000
    ("增值税离年初预算还差多少万元", "9720"),              # 30000 - 20280
    ("增值税比煤炭资源税少多少", "14420"),             # 20280 - 34700
])
def test_differences_against_the_running_total(engine, question, shown):
    status, text = _answer(engine, question)
    assert status == "answered" and shown in text, text


# 3. Shares of a parent and rankings within one, by the running totals -------------------------------------

@pytest.mark.parametrize("question, shown", [
    ("税收收入占一般公共预算收入的比重", "80.29"),    # 71390 / 88920
    ("非税收入的占比", "19.71"),
    ("煤炭资源税占税收收入比重", "48.61"),      # 34700 / 71390
])
def test_shares_of_a_parent(engine, question, shown):
    status, text = _answer(engine, question)
    assert status == "answered" and shown in text, text


def test_ranking_within_a_parent_is_by_the_running_total(engine):
    status, text = _answer(engine, "税收收入中哪一项最多")
    assert status == "answered" and "煤炭资源税" in text and "34700" in text and "年初预算" not in text, text


# 4. Months as values: which month, a quarter added up ------------------------------------------------------

@pytest.mark.parametrize("question, shown, never", [
    ("河阳收入最多的是哪个月", "6月", "煤炭资源税"),            # the total row's months: 12420 in 6月
    ("几月收入最少", "4月", "普陀"),                   # the one table of months, never which department
    ("煤炭资源税哪个月最多", "4800", "4100"),
    ("煤炭资源税第一季度合计", "12300", "34700"),         # 4100 + 3900 + 4300
    ("增值税二季度多少", "5480", "20280"),                  # -420 + 2600 + 3300
])
def test_months_as_values(engine, question, shown, never):
    status, text = _answer(engine, question)
    assert status == "answered" and shown in text and never not in text, text


# 5. Lists over a column within a parent: the sign of the printed change ---------------------------------------

def test_lines_that_fell_on_the_same_months_before(engine):
    status, text = _answer(engine, "税收收入中同比下降的都有哪些")
    assert status == "answered", text
    for fell in ("增值税", "企业所得税", "煤炭资源税", "土地增值税"):
        assert fell in text, text
    for rose in ("房产税", "耕地占用税", "专项收入"):
        assert rose not in text, text
    status, text = _answer(engine, "非税收入里哪几项同比下降")
    assert "专项收入" in text and "罚没收入" in text and "国有资源" not in text, text


# 6. Follow-ups over the table --------------------------------------------------------------------------------

def test_follow_ups(engine):
    status, text = _answer(engine, "罚没收入累计完成了多少", "它的年初预算呢", "完成了百分之几")
    assert status == "answered" and "105.4" in text, text
    status, text = _answer(engine, "河阳一般公共预算收入年初预算多少", "完成了百分之几")
    assert status == "answered" and "69.1" in text, text


# 7. Lines passing their plan, the printed progress by its everyday name, months with a figure --------------------

def test_lines_beyond_their_plan(engine):
    status, text = _answer(engine, "超过年初预算的有哪些")
    assert status == "answered" and "耕地占用税" in text and "罚没收入" in text, text
    assert "煤炭资源税" not in text and "增值税" not in text, text


@pytest.mark.parametrize("question, shown, never", [
    ("完成进度最差的是哪个税种", "土地增值税", "耕地占用税"),       # 21.5%: the lowest 完成预算%
    ("完成进度为69.4%的是哪几项", "煤炭资源税", "增值税"),
    ("土地增值税的完成进度", "21.5", "普陀"),
    ("耕地占用税哪些月份有入库", "6月", "2月"),                # 1月 and 6月: the other months are blank
    ("河阳县1到8月税收收入累计", "71390", "9790"),       # 1到8月 is the table's 1-8月
])
def test_progress_and_months_said_in_other_words(engine, question, shown, never):
    status, text = _answer(engine, question)
    assert status == "answered" and shown in text and never not in text, text


# 8. What the table does not hold: a whole year of what it prints for some months, another kind of budget, a line ----

@pytest.mark.parametrize("question, never", [
    ("2024年全年的税收收入是多少", "75150万元："),   # 上年同期 is 2024's first eight months, no whole year
    ("河阳的政府性基金收入是多少", "1-8月累计："),   # no 政府性基金 line (政府住房基金 is none either)
    ("个税1到8月是多少", "88920"),                # no 个人所得税 line: never the table's total
    ("河阳县2025年11月增值税多少", "2900"),      # a month not yet printed
])
def test_not_in_the_table(engine, question, never):
    status, text = _answer(engine, question)
    assert status == "unknown" and never not in text, text
