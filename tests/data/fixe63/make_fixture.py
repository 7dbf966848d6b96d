"""Build the fixe63 fixture's two project tables of fictional 白沙县 (run from this folder): a 合作项目 table whose
projects stand in groups under 小计 rows, one of them 白沙县第四中学扩建工程PPP项目, and a 政府投资项目 plan of another
department holding 白沙县第四中学扩建工程 (the same school's other project, a name ending in 工程)."""

from __future__ import annotations

import openpyxl


def _save(title: str, sheet: str, rows: list[tuple], width: str, path: str) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(list(r))
    ws.merge_cells(f"A1:{width}1")
    ws.merge_cells(f"A2:{width}2")
    wb.save(path)


def main() -> None:
    _save("ppp", "支出责任", [
        ("白沙县2026年政府和社会资本合作（PPP）项目财政支出责任统计表",),
        ("单位：万元",),
        ("序号", "项目名称", "所处阶段", "总投资", "2026年支出责任", "2027年支出责任"),
        (None, "合计", None, 51000, 2700, 2840),
        ("一", "教育小计", None, 27000, 1400, 1470),
        (1, "白沙县第四中学扩建工程PPP项目", "建设期", 16000, 820, 860),
        (2, "白沙县东门幼儿园新建PPP项目", "运营期", 11000, 580, 610),
        ("二", "环保小计", None, 24000, 1300, 1370),
        (3, "白沙县污水处理厂提标PPP项目", "运营期", 24000, 1300, 1370),
    ], "F", "白沙县2026年政府和社会资本合作项目支出责任表.xlsx")
    _save("plan", "投资计划", [
        ("白沙县发展和改革局2026年政府投资项目年度计划表",),
        ("单位：万元",),
        ("序号", "项目名称", "建设性质", "总投资", "2026年计划投资"),
        (None, "合计", None, 33500, 5100),
        (1, "白沙县第四中学扩建工程", "新建", 19500, 2600),
        (2, "白沙县城西菜市场改造项目", "续建", 14000, 2500),
    ], "E", "白沙县2026年政府投资项目年度计划表.xlsx")


if __name__ == "__main__":
    main()
