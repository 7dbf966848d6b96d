"""Writes three fictional county budget tables of kinds the other test documents do not have, for
tests/test_kinds52_*.py:

- 青禾县自然资源局_2025年_财政拨款收支总表.xlsx: two-sided (收入 | 预算数 on the left, 支出 | 合计 | 一般公共预算 |
  政府性基金预算 | 国有资本经营预算 on the right, 财政拨款 merged over the last three), a three-row merged header,
  the sides' rows not aligned (the left side ends early), 收入总计 / 支出总计 on the last row;
- 青禾县_2025年_国有资本经营预算收支表.xlsx: 收入 and 支出 stacked under their own section rows, columns
  2024年执行数 | 2025年预算数 | 比上年增减（%） (bare numbers in the percent column);
- 青禾县_2025-2027年_中期财政规划表.xlsx: 一般公共预算支出 by class, 2024年执行数 then 规划数 merged over
  2025年 / 2026年 / 2027年 and a 三年合计;
- one_row/: the two-sided kinds under one header row, each side's label column named with its side's word
  (收入项目 | 预算数 | 支出项目 | 合计 …; a 国有资本经营预算收支总表 with 上年执行数 | 本年预算数 | 增减% on each side).

All amounts add up. Run: python tests/data/kinds52/make_kinds.py"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

# 财政拨款收支总表 ------------------------------------------------------------------------------------------------
INCOME = [  # (label, amount)
    ("一、本年收入", 4860.0),
    ("（一）一般公共预算拨款", 3920.0),
    ("（二）政府性基金预算拨款", 860.0),
    ("（三）国有资本经营预算拨款", 80.0),
    ("二、上年结转", 340.0),
    ("（一）一般公共预算拨款", 250.0),
    ("（二）政府性基金预算拨款", 90.0),
]
# (label, 一般公共预算, 政府性基金预算, 国有资本经营预算)
SPENDING = [
    ("一般公共服务支出", 210.0, 0.0, 0.0),
    ("公共安全支出", 36.0, 0.0, 0.0),
    ("社会保障和就业支出", 412.0, 0.0, 0.0),
    ("卫生健康支出", 128.0, 0.0, 0.0),
    ("节能环保支出", 356.0, 0.0, 0.0),
    ("城乡社区支出", 0.0, 950.0, 0.0),
    ("农林水支出", 640.0, 0.0, 0.0),
    ("自然资源海洋气象等支出", 2248.0, 0.0, 80.0),
    ("住房保障支出", 140.0, 0.0, 0.0),
]
CARRY_OVER = ("二、年终结转结余", 0.0, 0.0, 0.0)


def _fiscal_total(ws) -> None:
    ws["A1"] = "青禾县自然资源局2025年财政拨款收支总表"
    ws.merge_cells("A1:G1")
    ws["A2"] = "部门：青禾县自然资源局"
    ws["A3"] = "收入"
    ws.merge_cells("A3:B3")
    ws["C3"] = "支出"
    ws.merge_cells("C3:G3")
    ws["A4"], ws["B4"], ws["C4"], ws["D4"], ws["E4"] = "项目", "预算数", "项目", "合计", "财政拨款"
    for col in "ABCD":
        ws.merge_cells(f"{col}4:{col}5")
    ws.merge_cells("E4:G4")
    ws["E5"], ws["F5"], ws["G5"] = "一般公共预算", "政府性基金预算", "国有资本经营预算"
    ws["G2"] = "单位：万元"
    spent = [(name, a + b + c, a, b, c) for name, a, b, c in SPENDING]
    year = tuple(sum(row[i] for row in spent) for i in range(1, 5))
    right = [("一、本年支出", *year), *(("    " + row[0], *row[1:]) for row in spent),
             (CARRY_OVER[0], sum(CARRY_OVER[1:]), *CARRY_OVER[1:])]
    r = 6
    for i in range(max(len(INCOME), len(right))):
        if i < len(INCOME):
            ws.cell(r + i, 1, INCOME[i][0])
            ws.cell(r + i, 2, INCOME[i][1])
        if i < len(right):
            for c, v in enumerate(right[i], 3):
                ws.cell(r + i, c, v if v or c == 3 else None)
    last = r + max(len(INCOME), len(right))
    ws.cell(last, 1, "收入总计")
    ws.cell(last, 2, INCOME[0][1] + INCOME[4][1])
    ws.cell(last, 3, "支出总计")
    for c, v in enumerate(year, 4):
        ws.cell(last, c, v)
    assert INCOME[0][1] + INCOME[4][1] == year[0]
    assert INCOME[1][1] + INCOME[5][1] == year[1] and INCOME[2][1] + INCOME[6][1] == year[2]


# 国有资本经营预算收支表 ----------------------------------------------------------------------------------------
SOE_INCOME = [  # (label, 2024年执行数, 2025年预算数)
    ("利润收入", 612.0, 680.0),
    ("股利、股息收入", 148.0, 132.0),
    ("产权转让收入", 90.0, 210.0),
    ("清算收入", 0.0, 0.0),
    ("其他国有资本经营预算收入", 36.0, 42.0),
]
SOE_INCOME_MORE = [("上级补助收入", 120.0, 96.0), ("上年结转收入", 54.0, 60.0)]
SOE_SPENDING = [
    ("解决历史遗留问题及改革成本支出", 260.0, 238.0),
    ("国有企业资本金注入", 420.0, 560.0),
    ("国有企业政策性补贴", 88.0, 96.0),
    ("金融国有资本经营预算支出", 0.0, 0.0),
    ("其他国有资本经营预算支出", 28.0, 34.0),
]
SOE_SPENDING_MORE = [("国有资本经营预算调出资金", 210.0, 292.0), ("结转下年支出", 54.0, 0.0)]


def _pct(before: float, now: float) -> float | None:
    return round((now - before) / before * 100, 1) if before else None


def _soe(ws) -> None:
    ws["A1"] = "青禾县2025年国有资本经营预算收支表"
    ws.merge_cells("A1:D1")
    ws["A2"] = "编制单位：青禾县财政局"
    ws["D2"] = "单位：万元"
    ws["A3"], ws["B3"], ws["C3"], ws["D3"] = "项目", "2024年执行数", "2025年预算数", "比上年增减（%）"
    r = 4

    def line(label: str, before: float, now: float) -> None:
        nonlocal r
        ws.cell(r, 1, label)
        ws.cell(r, 2, before)
        ws.cell(r, 3, now)
        ws.cell(r, 4, _pct(before, now))
        r += 1

    def section(title: str) -> None:
        nonlocal r
        ws.cell(r, 1, title)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        r += 1

    section("一、国有资本经营预算收入")
    for label, before, now in SOE_INCOME:
        line("  " + label, before, now)
    inc = (sum(x[1] for x in SOE_INCOME), sum(x[2] for x in SOE_INCOME))
    line("本年收入合计", *inc)
    for label, before, now in SOE_INCOME_MORE:
        line(label, before, now)
    inc_all = (inc[0] + sum(x[1] for x in SOE_INCOME_MORE), inc[1] + sum(x[2] for x in SOE_INCOME_MORE))
    line("收入总计", *inc_all)
    section("二、国有资本经营预算支出")
    for label, before, now in SOE_SPENDING:
        line("  " + label, before, now)
    out = (sum(x[1] for x in SOE_SPENDING), sum(x[2] for x in SOE_SPENDING))
    line("本年支出合计", *out)
    for label, before, now in SOE_SPENDING_MORE:
        line(label, before, now)
    out_all = (out[0] + sum(x[1] for x in SOE_SPENDING_MORE), out[1] + sum(x[2] for x in SOE_SPENDING_MORE))
    line("支出总计", *out_all)
    assert inc_all == out_all, (inc_all, out_all)


# 中期财政规划表 ------------------------------------------------------------------------------------------------
PLAN = [  # (class, 2024年执行数, 2025年, 2026年, 2027年)
    ("一般公共服务支出", 21450.0, 22100.0, 22650.0, 23200.0),
    ("公共安全支出", 9820.0, 10150.0, 10400.0, 10680.0),
    ("教育支出", 58760.0, 61200.0, 63500.0, 65800.0),
    ("科学技术支出", 2140.0, 2360.0, 2600.0, 2850.0),
    ("文化旅游体育与传媒支出", 3380.0, 3250.0, 3300.0, 3350.0),
    ("社会保障和就业支出", 41200.0, 43600.0, 45900.0, 48100.0),
    ("卫生健康支出", 32680.0, 34100.0, 35700.0, 37300.0),
    ("节能环保支出", 6920.0, 7400.0, 7800.0, 8150.0),
    ("城乡社区支出", 15300.0, 14200.0, 14600.0, 15100.0),
    ("农林水支出", 38400.0, 40100.0, 41600.0, 43000.0),
    ("交通运输支出", 12750.0, 11900.0, 12300.0, 12800.0),
    ("住房保障支出", 8460.0, 8900.0, 9200.0, 9500.0),
    ("债务付息支出", 7820.0, 8300.0, 8650.0, 9000.0),
]


def _plan(ws) -> None:
    ws["A1"] = "青禾县2025-2027年中期财政规划表（一般公共预算支出）"
    ws.merge_cells("A1:G1")
    ws["G2"] = "单位：万元"
    ws["A3"], ws["B3"], ws["C3"], ws["D3"], ws["G3"] = "序号", "支出分类", "2024年执行数", "规划数", "三年合计"
    for col in "ABCG":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("D3:F3")
    ws["D4"], ws["E4"], ws["F4"] = "2025年", "2026年", "2027年"
    r = 5
    for i, (name, *values) in enumerate(PLAN, 1):
        ws.cell(r, 1, i)
        ws.cell(r, 2, name)
        for c, v in enumerate(values, 3):
            ws.cell(r, c, v)
        ws.cell(r, 7, sum(values[1:]))
        r += 1
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for c in range(3, 7):
        ws.cell(r, c, sum(row[c - 2] for row in PLAN))
    ws.cell(r, 7, sum(sum(row[2:]) for row in PLAN))
    ws.cell(r + 1, 1, "注：2026年、2027年为规划数，以当年人大批准的预算为准。")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=7)


# One header row, each side's label column named with its side's word (收入项目 | … | 支出项目 | …) ---------------------
ONE_ROW_FISCAL = [  # 白石县文化馆 财政拨款收支总表: (收入项目, 预算数, 支出项目, 合计, 一般公共预算, 政府性基金预算)
    ("一般公共预算拨款", 300.0, "文化旅游体育与传媒支出", 330.0, 280.0, 50.0),
    ("政府性基金预算拨款", 50.0, "社会保障和就业支出", 20.0, 20.0, None),
    ("上年结转", 0.0, None, None, None, None),
    ("收入总计", 350.0, "支出总计", 350.0, 300.0, 50.0),
]
ONE_ROW_SOE = [  # 白石县 国有资本经营预算收支总表: (收入项目, 上年执行数, 本年预算数, 增减%, 支出项目, …)
    ("利润收入", 500.0, 560.0, 12.0, "国有企业资本金注入", 300.0, 350.0, 16.7),
    ("股利、股息收入", 120.0, 100.0, -16.7, "国有企业政策性补贴", 80.0, 90.0, 12.5),
    ("产权转让收入", 60.0, 90.0, 50.0, "解决历史遗留问题及改革成本支出", 200.0, 180.0, -10.0),
    (None, None, None, None, "调出资金", 100.0, 130.0, 30.0),
    ("收入合计", 680.0, 750.0, 10.3, "支出合计", 680.0, 750.0, 10.3),
]


def _one_row_fiscal(ws) -> None:
    ws.append(["白石县文化馆2025年财政拨款收支总表"])
    ws.append(["单位：万元"])
    ws.append(["收入项目", "预算数", "支出项目", "合计", "一般公共预算", "政府性基金预算"])
    for row in ONE_ROW_FISCAL:
        ws.append(list(row))


def _one_row_soe(ws) -> None:
    ws.append(["白石县2025年国有资本经营预算收支总表"])
    ws.merge_cells("A1:H1")
    ws.append([None] * 7 + ["单位：万元"])
    ws.append(["收入项目", "上年执行数", "本年预算数", "增减%", "支出项目", "上年执行数", "本年预算数", "增减%"])
    for row in ONE_ROW_SOE:
        ws.append(list(row))


def write(folder: Path = HERE) -> list[Path]:
    import openpyxl

    out = []
    for name, fill, title in (("青禾县自然资源局_2025年_财政拨款收支总表.xlsx", _fiscal_total, "财政拨款收支总表"),
                              ("青禾县_2025年_国有资本经营预算收支表.xlsx", _soe, "国有资本经营预算"),
                              ("青禾县_2025-2027年_中期财政规划表.xlsx", _plan, "中期财政规划"),
                              ("one_row/白石县文化馆_2025年_财政拨款收支总表.xlsx", _one_row_fiscal, "财政拨款收支总表"),
                              ("one_row/白石县_2025年_国有资本经营预算收支总表.xlsx", _one_row_soe, "收支总表")):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = title
        fill(ws)
        (folder / name).parent.mkdir(exist_ok=True)
        wb.save(folder / name)
        out.append(folder / name)
    return out


if __name__ == "__main__":
    for p in write():
        print(p)
