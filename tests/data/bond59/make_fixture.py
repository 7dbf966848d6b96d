"""Round 59 fixture: a fictional 河岸县2026年政府债券还本付息情况表 — nine bonds named by their year of issue
("2019年江北省政府专项债券（五期）"), a code column printed after the names, 一般/专项 with a 小计 row each and a 合计,
an issue date as a date cell, 期限, 利率, amounts in 亿元 (a unit line naming 亿元 and %), a text column of where the
principal is repaid from, the balance at the year's end, and a note under the table.
Run: python tests/data/bond59/make_fixture.py"""

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent

# name, code, issued, years, rate, amount, principal due, interest, repaid from, balance
GENERAL = [
    ("2016年江北省政府一般债券（二期）", "1610207", (2016, 4, 12), 10, 3.12, 1.2, 1.2, 0.0374, "再融资债券", 0),
    ("2019年江北省政府一般债券（五期）", "1910533", (2019, 6, 3), 7, 3.41, 0.8, 0, 0.0273, "—", 0.8),
    ("2021年江北省政府再融资一般债券（三期）", "2110318", (2021, 9, 15), 5, 2.88, 0.5, 0.5, 0.0144, "一般公共预算", 0),
    ("2023年江北省政府一般债券（五期）", "2310541", (2023, 11, 2), 10, 2.66, 1.1, 0, 0.0293, "—", 1.1),
]
SPECIAL = [
    ("2017年江北省政府专项债券（八期）", "1720815", (2017, 8, 21), 10, 3.95, 2.0, 0.4, 0.079, "项目收益", 1.6),
    ("2019年江北省政府专项债券（五期）", "1920547", (2019, 5, 8), 15, 3.6, 1.5, 0, 0.054, "—", 1.5),
    ("2021年江北省政府专项债券（十四期）", "2121405", (2021, 12, 1), 5, 3.05, 0.9, 0.9, 0.0275, "再融资债券", 0),
    ("2023年江北省政府专项债券（二期）", "2320219", (2023, 2, 16), 20, 2.98, 2.4, 0, 0.0715, "—", 2.4),
    ("2023年江北省政府专项债券（十一期）", "2321108", (2023, 11, 2), 30, 2.75, 1.3, 0, 0.0358, "—", 1.3),
]


def _sums(rows) -> list[float]:
    return [round(sum(r[i] for r in rows), 4) for i in (5, 6, 7, 9)]


def main() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "还本付息"
    ws.append(["河岸县2026年政府债券还本付息情况表", *[None] * 11])
    ws.merge_cells("A1:L1")
    ws.append(["编制单位：河岸县财政局", *[None] * 10, "单位：亿元、%"])
    ws.append(["序号", "债券名称", "债券代码", "债券类别", "发行日", "期限（年）", "利率（%）", "发行额",
               "2026年应还本金", "2026年应付利息", "偿还资金来源", "年末余额"])
    k = 0
    for kind, rows in (("一般债券", GENERAL), ("专项债券", SPECIAL)):
        for name, code, issued, years, rate, amount, due, interest, source, balance in rows:
            k += 1
            ws.append([k, name, code, kind, datetime(*issued), years, rate, amount, due, interest, source, balance])
            ws.cell(ws.max_row, 5).number_format = "yyyy-mm-dd"
        a, d, i, b = _sums(rows)
        ws.append([None, f"{kind}小计", None, None, None, None, None, a, d, i, None, b])
    a, d, i, b = _sums(GENERAL + SPECIAL)
    ws.append([None, "合计", None, None, None, None, None, a, d, i, None, b])
    ws.append(["注：本表为省政府代河岸县发行并转贷的债券中由河岸县承担的部分，年末余额为2026年12月31日余额。", *[None] * 11])
    ws.merge_cells(f"A{ws.max_row}:L{ws.max_row}")
    wb.save(HERE / "河岸县_2026年_政府债券还本付息情况表.xlsx")


if __name__ == "__main__":
    main()
