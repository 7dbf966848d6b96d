"""Builds the fictional 青枫县 workbook of its towns' budgets (run from the repository root):
one sheet of 一般公共预算收入 / 一般公共预算支出, each with 2025年执行数 / 2026年预算数 / 增长% under it (two header
rows), the towns in row groups 街道 / 镇 / 乡 merged down column A, each group's 小计 line first; a second sheet of
上级补助 (税收返还, 一般性转移支付, 专项转移支付, 合计), each group's 小计 line last and the 合计 line at the end."""

from __future__ import annotations

from pathlib import Path

import openpyxl

OUT = Path(__file__).resolve().parent / "青枫县财政局_2026年_各乡镇（街道）财政收支预算表.xlsx"

# name -> (收入 2025, 收入 2026, 支出 2025, 支出 2026)
GROUPS = {
    "街道": {"清河街道": (5200.0, 5410.0, 6100.0, 6350.0), "白塔街道": (3100.0, 3050.0, 4200.0, 4020.0)},
    "镇": {"石桥镇": (2400.0, 2520.0, 3300.0, 3480.0), "柳溪镇": (1800.0, 1750.0, 2700.0, 2610.0),
          "云门镇": (1500.0, 1590.0, 2100.0, 2250.0)},
    "乡": {"桃源乡": (600.0, 640.0, 1500.0, 1560.0)},
}
# name -> (税收返还, 一般性转移支付, 专项转移支付)
AIDS = {"清河街道": (900.0, 120.0, 80.0), "白塔街道": (500.0, 140.0, 60.0), "石桥镇": (400.0, 310.0, 90.0),
        "柳溪镇": (300.0, 280.0, 70.0), "云门镇": (250.0, 260.0, 50.0), "桃源乡": (60.0, 420.0, 30.0)}


def _rate(a: float, b: float) -> float:
    return round((b - a) / a * 100, 1)


def _row(values: tuple[float, float, float, float]) -> list[float]:
    r1, r2, s1, s2 = values
    return [r1, r2, _rate(r1, r2), s1, s2, _rate(s1, s2)]


def _sum(rows: list[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    return tuple(round(sum(r[i] for r in rows), 2) for i in range(4))  # type: ignore[return-value]


def main() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收支预算"
    ws.append(["青枫县2026年各乡镇（街道）财政收支预算表"] + [None] * 7)
    ws.append(["单位：万元"] + [None] * 7)
    ws.append(["乡镇（街道）", None, "一般公共预算收入", None, None, "一般公共预算支出", None, None])
    ws.append([None, None, "2025年执行数", "2026年预算数", "增长%", "2025年执行数", "2026年预算数", "增长%"])
    for rng in ("A1:H1", "A2:H2", "A3:B4", "C3:E3", "F3:H3"):
        ws.merge_cells(rng)
    every = [v for towns in GROUPS.values() for v in towns.values()]
    ws.append(["合计", None, *_row(_sum(every))])
    ws.merge_cells("A5:B5")
    for group, towns in GROUPS.items():
        first = ws.max_row + 1
        ws.append([group, "小计", *_row(_sum(list(towns.values())))])
        for name, values in towns.items():
            ws.append([None, name, *_row(values)])
        ws.merge_cells(f"A{first}:A{ws.max_row}")

    aid = wb.create_sheet("上级补助")
    aid.append(["青枫县2026年各乡镇（街道）上级补助收入预算表"] + [None] * 5)
    aid.append(["单位：万元"] + [None] * 5)
    aid.append(["类别", "乡镇（街道）", "税收返还", "一般性转移支付", "专项转移支付", "合计"])
    aid.merge_cells("A1:F1")
    aid.merge_cells("A2:F2")
    totals = [0.0, 0.0, 0.0]
    for group, towns in GROUPS.items():
        first = aid.max_row + 1
        sub = [0.0, 0.0, 0.0]
        for k, name in enumerate(towns):
            a = AIDS[name]
            aid.append([group if k == 0 else None, name, *a, round(sum(a), 2)])
            sub = [x + y for x, y in zip(sub, a, strict=True)]
        aid.append([None, "小计", *sub, round(sum(sub), 2)])
        aid.merge_cells(f"A{first}:A{aid.max_row}")
        totals = [x + y for x, y in zip(totals, sub, strict=True)]
    aid.append(["合计", None, *totals, round(sum(totals), 2)])
    aid.merge_cells(f"A{aid.max_row}:B{aid.max_row}")
    wb.save(OUT)


if __name__ == "__main__":
    main()
