"""Build 临澜县's 2026 government-investment plan (a register of projects in four groups with 小计 rows, a 合计 row,
text columns, a 2026 split and 2027–2029 under a parent header, a 说明 line) and a small table of another
department of the same county (fictional county, names and figures)."""
from pathlib import Path

from openpyxl import Workbook

GROUPS = [  # group, [(name, builder, nature, stage, total, (fiscal, bond, other), (2027, 2028, 2029))]
    ("城镇基础设施", [
        ("临澜县北门片区雨污分流改造工程", "临澜县住房和城乡建设局", "新建", "前期", 18600, (1200, 2000, 300), (5200, 4100, 2600)),
        ("临澜县滨江大道延伸工程", "临澜县交通运输局", "续建", "在建", 32400, (2600, 4800, 0), (6100, 3900, 0)),
        ("临澜县城东水厂扩建项目", "临澜县水利局", "续建", "在建", 15250, (900, 2100, 650), (2300, 0, 0)),
    ]),
    ("农业农村", [
        ("临澜县高标准农田建设项目", "临澜县农业农村局", "新建", "在建", 8800, (1750, 0, 250), (2100, 1800, 0)),
        ("临澜县乡村振兴示范带项目", "临澜县农业农村局", "新建", "前期", 12600, (800, 1500, 0), (3600, 3000, 2400)),
    ]),
    ("社会事业", [
        ("临澜县第二中学扩建工程", "临澜县教育局", "新建", "前期", 21400, (1300, 1700, 0), (6200, 5400, 3900)),
        ("临澜县人民医院急诊楼项目", "临澜县卫生健康局", "续建", "在建", 26300, (3100, 3500, 400), (4700, 2200, 0)),
        ("临澜县图书馆新馆项目", "临澜县文化和旅游局", "续建", "在建", 9700, (1650, 0, 150), (1400, 0, 0)),
    ]),
    ("生态环保", [
        ("临澜县溪口湿地修复工程", "临澜县生态环境分局", "新建", "在建", 7300, (1100, 0, 420), (1900, 1200, 0)),
        ("临澜县固废处置中心项目", "临澜县综合行政执法局", "续建", "在建", 16900, (1400, 2600, 0), (3300, 2800, 0)),
    ]),
]
NUMERALS = "一二三四"


def _row(name: str, total: float, split: tuple, later: tuple) -> list:
    return [total, sum(split), *split, *later]


def _added(rows: list[list]) -> list:
    return [round(sum(r[k] for r in rows), 2) for k in range(len(rows[0]))]


def build_plan(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "投资计划"
    ws.merge_cells("A1:O1")
    ws["A1"] = "临澜县生态环境导向开发（EOD）及政府投资项目2026年度计划表"
    ws["A2"] = "编制单位：临澜县发展和改革局"
    ws["O2"] = "单位：万元"
    for col, head in zip("ABCDEFG", ["序号", "项目名称", "建设单位", "建设性质", "所处阶段", "建设年限", "总投资"]):
        ws.merge_cells(f"{col}3:{col}4")
        ws[f"{col}3"] = head
    ws.merge_cells("H3:K3"); ws["H3"] = "2026年计划投资"
    for col, head in zip("HIJK", ["合计", "财政资金", "专项债券", "其他资金"]):
        ws[f"{col}4"] = head
    ws.merge_cells("L3:N3"); ws["L3"] = "以后年度计划投资"
    for col, head in zip("LMN", ["2027年", "2028年", "2029年"]):
        ws[f"{col}4"] = head
    ws["O3"] = "备注"; ws.merge_cells("O3:O4")
    groups = [(g, [(p, _row(p[0], p[4], p[5], p[6])) for p in projects]) for g, projects in GROUPS]
    grand = _added([r for _, ps in groups for _, r in ps])
    r = 5
    ws.cell(r, 2, "合计")
    for k, v in enumerate(grand):
        ws.cell(r, 7 + k, v)
    n = 0
    for i, (group, projects) in enumerate(groups):
        r += 1
        ws.cell(r, 1, NUMERALS[i]); ws.cell(r, 2, f"{group}小计")
        for k, v in enumerate(_added([x for _, x in projects])):
            ws.cell(r, 7 + k, v)
        for p, values in projects:
            r += 1
            n += 1
            ws.cell(r, 1, str(n)); ws.cell(r, 2, p[0]); ws.cell(r, 3, p[1]); ws.cell(r, 4, p[2]); ws.cell(r, 5, p[3])
            ws.cell(r, 6, "2026-2029" if p[6][2] else "2025-2028")
            for k, v in enumerate(values):
                ws.cell(r, 7 + k, v)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=15)
    ws.cell(r, 1, f"说明：1.2026年全县一般公共预算支出预算数为268000.00万元，政府投资项目2026年计划投资合计{grand[1]:.2f}万元，"
                  f"其中财政资金占一般公共预算支出的{grand[2] / 2680:.2f}%，低于8%的警戒线。")
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=15)
    ws.cell(r, 1, "2.专项债券为已纳入2026年新增专项债券额度的项目资金；以后年度计划投资为预计数，以年度计划批复为准。")
    wb.save(path)


def build_school(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "项目支出"
    ws.merge_cells("A1:C1")
    ws["A1"] = "临澜县教育局2026年项目支出预算表"
    ws["C2"] = "单位：万元"
    ws["A3"], ws["B3"], ws["C3"] = "序号", "项目名称", "预算金额"
    for i, (name, amount) in enumerate([("学生资助补助经费", 412.5), ("校舍维修改造经费", 268.0), ("教师培训经费", 56.3)], 1):
        ws.cell(3 + i, 1, i); ws.cell(3 + i, 2, name); ws.cell(3 + i, 3, amount)
    ws.cell(7, 2, "合计"); ws.cell(7, 3, 736.8)
    wb.save(path)


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    build_plan(here / "临澜县2026年政府投资项目年度计划表.xlsx")
    build_school(here / "临澜县教育局2026年项目支出预算表.xlsx")
