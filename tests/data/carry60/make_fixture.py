"""Round 60 fixture: a fictional 青川县2025年部门结转结余资金情况表 — four departments (a bureau, one of its units and
two other bureaus), each a row heading its projects and closed by a 小计 row, a 合计; columns 年初结转结余, 本年收入, 本年支出,
年末结转结余 split under a merged header into 小计 / 年末结转 / 年末结余, 结转结余率 (a percent cell), 结转原因 (text);
and a note under the table saying what 年末结转 and 年末结余 are and what becomes of the latter.
Run: python tests/data/carry60/make_fixture.py"""

from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent

# department, [(project, 年初, 收入, 支出, 年末结转, 年末结余, 原因)]
DEPARTMENTS = [
    ("青川县水利局", [
        ("山塘水库除险加固资金", 60, 520, 430, 150, 0, "两座水库加固工程跨汛期施工"),
        ("河道清淤疏浚经费", 12, 140, 131, 0, 21, "清淤工程招标节约"),
    ]),
    ("青川县农产品质量安全检测站", [
        ("农产品抽检经费", 4, 36, 30.5, 6, 3.5, "抽检样品数量少于计划"),
        ("检测设备维护经费", 0, 18, 17.2, 0.8, 0, "设备维保合同尾款次年支付"),
    ]),
    ("青川县文化和旅游局", [
        ("非遗保护传承专项资金", 22, 90, 71, 35, 6, "传承人补助延期发放"),
        ("乡村文化礼堂建设补助", 40, 210, 240, 10, 0, "部分礼堂未完成验收"),
    ]),
    ("青川县交通运输局", [
        ("农村公路养护资金", 75, 640, 505, 190, 20, "养护工程冬季停工"),
        ("客运站运营补贴", 0, 55, 52, 0, 3, "补贴对象减少形成结余"),
    ]),
]
NOTE = ("注：结转结余率=（年末结转+年末结余）÷（年初结转结余+本年收入）×100%；年末结转指项目尚未完成需按原用途继续使用的资金，"
        "年末结余指项目已完成或终止后剩余的资金，年末结余由县财政收回统筹使用。")


def _rate(start: float, income: float, carried: float, left: float) -> float:
    return round((carried + left) / (start + income), 4)


def main() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "结转结余"
    ws.append(["青川县2025年部门结转结余资金情况表", *[None] * 9])
    ws.merge_cells("A1:J1")
    ws.append(["填报单位：青川县财政局（汇总）", *[None] * 7, "单位：万元", None])
    ws.append(["序号", "部门（单位）及项目名称", "年初结转结余", "本年收入", "本年支出", "年末结转结余", None, None, "结转结余率", "结转原因"])
    ws.append([None, None, None, None, None, "小计", "年末结转", "年末结余", None, None])
    for col in "ABCDEIJ":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("F3:H3")
    n, total = 0, [0.0] * 6
    for k, (dept, projects) in enumerate(DEPARTMENTS):
        ws.append(["一二三四"[k], dept, *[None] * 8])
        sub = [0.0] * 6
        for name, start, income, spent, carried, left, why in projects:
            n += 1
            ws.append([n, name, start, income, spent, round(carried + left, 2), carried, left,
                       _rate(start, income, carried, left), why])
            for i, v in enumerate((start, income, spent, carried + left, carried, left)):
                sub[i] += v
        ws.append([None, "小计", *[round(v, 2) for v in sub], _rate(sub[0], sub[1], sub[4], sub[5]), None])
        total = [a + b for a, b in zip(total, sub, strict=True)]
    ws.append(["合计", None, *[round(v, 2) for v in total], _rate(total[0], total[1], total[4], total[5]), None])
    ws.merge_cells(f"A{ws.max_row}:B{ws.max_row}")
    ws.append([NOTE, *[None] * 9])
    ws.merge_cells(f"A{ws.max_row}:J{ws.max_row}")
    for row in ws.iter_rows(min_row=5, max_row=ws.max_row - 1, min_col=9, max_col=9):
        for cell in row:
            cell.number_format = "0.00%"
    wb.save(HERE / "青川县_2025年_部门结转结余资金情况表.xlsx")


if __name__ == "__main__":
    main()
