"""Build the fictional 云溪县 tables of tests/test_multi57_two_asks.py (run from the repository root): the county's
部门收支预算总表 (a sheet for each of 农业农村局, 林业局, each with its 农林水支出 line), its 项目支出预算明细表 in 元 (the
农业农村局's and 教育局's projects, each department closed by its 小计 row; no 林业局) and its 机关运行经费及“三公”经费决算表
(each group's 2024年预算数 beside its 2024年决算数), and the 项目支出绩效目标表 texts of the 教育局 (its
公务用车购置经费) and the 农业农村局."""

from __future__ import annotations

from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
COUNTY = "云溪县"
# department: (income lines, spending lines (name, 合计, 基本支出, 项目支出))
TOTALS = {
    "农业农村局": ([("一、一般公共预算拨款", 6120.5), ("二、政府性基金预算拨款", 300.0)],
              [("一、社会保障和就业支出", 210.3, 210.3, None), ("二、农林水支出", 6035.2, 1120.4, 4914.8),
               ("三、住房保障支出", 175.0, 175.0, None)]),
    "林业局": ([("一、一般公共预算拨款", 2861.4), ("二、单位资金", 120.0)],
            [("一、社会保障和就业支出", 96.4, 96.4, None), ("二、农林水支出", 2815.0, 640.0, 2175.0),
             ("三、住房保障支出", 70.0, 70.0, None)]),
}
PROJECTS = {
    "农业农村局": [("耕地地力保护补贴", 9200000), ("农村人居环境整治奖补", 4600000), ("动物防疫物资购置", 1300000)],
    "教育局": [("校舍安全维修改造", 7800000), ("学生资助补助", 2100000)],
}
# unit: 三公 合计 (预算, 决算), 公务接待费 (预算, 决算)
SANGONG = [("合计", 186.4, 161.25, 22.0, 17.5), ("云溪县农业农村局小计", 96.4, 83.05, 12.0, 9.5),
           ("云溪县林业局小计", 90.0, 78.2, 10.0, 8.0), ("云溪县档案馆", 5.0, None, 1.0, None)]  # (决算 not filled)


def totals_table() -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for dept, (income, spending) in TOTALS.items():
        ws = wb.create_sheet(dept)
        ws.append([f"{COUNTY}{dept}2025年部门收支预算总表"])
        ws.merge_cells("A1:F1")
        ws.append([f"部门名称：{COUNTY}{dept}", None, None, None, None, "单位：万元"])
        ws.append(["收    入", None, "支    出", None, None, None])
        ws.merge_cells("A3:B3")
        ws.merge_cells("C3:F3")
        ws.append(["项    目", "预算数", "项    目", "合计", "基本支出", "项目支出"])
        for k in range(max(len(income), len(spending))):
            left = list(income[k]) if k < len(income) else [None, None]
            ws.append(left + (list(spending[k]) if k < len(spending) else [None] * 4))
        total = round(sum(x[1] for x in spending), 2)
        basic = round(sum(x[2] or 0 for x in spending), 2)
        ws.append(["收入合计", round(sum(x[1] for x in income), 2), "支出合计", total, basic, round(total - basic, 2)])
    wb.save(HERE / f"{COUNTY}_2025年_部门收支预算总表.xlsx")


def projects_table() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出预算明细表"
    ws.append([f"{COUNTY}2025年部门项目支出预算明细表"])
    ws.merge_cells("A1:F1")
    ws.append([f"编制单位：{COUNTY}财政局", None, None, None, None, "单位：元"])
    ws.append(["序号", "部门（单位）", "项目名称", "项目类别", "金额合计", "资金来源"])
    ws.append([None, None, None, None, None, "财政拨款"])
    for rng in ("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4"):
        ws.merge_cells(rng)
    n = 0
    for dept, projects in PROJECTS.items():
        for name, amount in projects:
            n += 1
            ws.append([n, f"{COUNTY}{dept}", name, "专项业务类", amount, amount])
        total = sum(a for _, a in projects)
        ws.append([None, f"{COUNTY}{dept} 小计", None, None, total, total])
    wb.save(HERE / f"{COUNTY}_2025年_项目支出预算明细表.xlsx")


def sangong_table() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "三公经费"
    ws.append([f"{COUNTY}2024年度部门机关运行经费及“三公”经费决算表"])
    ws.merge_cells("A1:E1")
    ws.append([f"编制单位：{COUNTY}财政局", None, None, None, "单位：万元"])
    ws.append(["部门（单位）名称", "“三公”经费合计", None, "公务接待费", None])
    ws.append([None, "2024年预算数", "2024年决算数", "2024年预算数", "2024年决算数"])
    for rng in ("A3:A4", "B3:C3", "D3:E3"):
        ws.merge_cells(rng)
    for row in SANGONG:
        ws.append(list(row))
    wb.save(HERE / f"{COUNTY}_2024年度_部门机关运行经费及三公经费决算表.xlsx")


# department: its 项目支出绩效目标表's projects (name, 万元, goal, indicator, value)
TARGETS = {
    "教育局": [("公务用车购置经费", "26.00", "购置公务用车1辆，保障教育督导工作。", "购置车辆数", "1辆")],
    "农业农村局": [("耕地地力保护补贴", "920.00", "保护耕地地力，稳定粮食生产。", "补贴面积", "≥30万亩")],
}


def targets_text(dept: str) -> None:
    name = f"{COUNTY}{dept}"
    total = f"{sum(float(p[1]) for p in TARGETS[dept]):.2f}"
    s = "\n项目支出绩效目标表（含转移支付项目）\n\n" + f"部门名称：{name}(部门) 单位：万元\n\n"
    s += f"项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n合计 {total} {total}\n\n"
    s += f"{name} {total} {total}\n\n"
    for project, amount, goal, indicator, value in TARGETS[dept]:
        s += f"    {project} {amount} {amount}\n\n{goal}\n\n"
        s += f"1、1-产出指标,11-数量指标,{indicator}；实施周期指标值:{value},年度指标值:{value};\n\n"
    (HERE / f"{name}2025年项目支出绩效目标表.txt").write_text(s, encoding="utf-8")


if __name__ == "__main__":
    totals_table()
    projects_table()
    sangong_table()
    for dept in TARGETS:
        targets_text(dept)
