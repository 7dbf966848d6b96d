"""Writes a fictional 青石县水利局's 2026 项目支出绩效目标表 (text) and, beside it, its 1-6月 项目支出绩效监控表 (xlsx:
序号 | 项目名称 | 实施单位 | 预算执行情况 (年初预算数, 调整后预算数, 1-6月执行数, 执行率) | 绩效指标完成情况 (绩效指标,
年度目标值, 1-6月实际完成值, 完成进度) | 偏差原因 | 是否需要调整 | 纠偏措施; two header rows, each project merged over
its indicators' rows, a 合计 row). The projects are asked by short forms only the 目标表's reading knows.
Run: python tests/data/mon63/make_docs.py"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGETS = "青石县_水利局_2026年_项目支出绩效目标表.txt"
MONITOR = "青石县_水利局_2026年1-6月_项目支出绩效监控表.xlsx"

# (项目名称, 实施单位, 年初, 调整后, 1-6月执行数, [(指标, 年度目标值, 1-6月实际完成值, 完成进度)], 偏差原因, 调整, 纠偏措施)
PROJECTS = [
    ("水资源调度规划编制及前期研究经费", "青石县水利局本级", 80, 60, 12, [
        ("规划报告编制数量", "2项", "0项", "0.0%")],
     "专项规划一项并入上级规划统筹编制", "是", "调减预算20万元"),
    ("河道日常巡查保洁经费", "青石县水利局本级", 200, 200, 96.4, [
        ("河道巡查次数", "≥600次", "318次", "53.0%"),
        ("巡查问题整改率", "≥95%", "93.2%", "未达标")],
     "无明显偏差", "否", "按计划推进"),
    ("水利工程安全运行监管经费", "青石县水利局本级", 45, 45, 21.6, [
        ("安全检查工程数", "≥60处", "31处", "51.7%"),
        ("隐患整改完成率", "100%", "100%", "已达标")],
     "无明显偏差", "否", "按计划推进"),
    ("水文站网日常运维经费", "青石县水文水资源监测中心", 150, 170, 70.2, [
        ("水文站点完好率", "≥98%", "98.6%", "已达标"),
        ("水文数据到报率", "≥99%", "99.3%", "已达标")],
     "汛前新增2处水位站需抢修，追加预算20万元", "是", "追加预算20万元，加快抢修进度"),
    ("水资源监测站点建设经费", "青石县水文水资源监测中心", 120, 120, 55.8, [
        ("新建监测站点数", "8个", "4个", "50.0%"),
        ("站点验收合格率", "100%", "100%", "已达标")],
     "无明显偏差", "否", "按计划推进"),
    ("地下水超采监测经费", "青石县水文水资源监测中心", 36, 36, 17.1, [
        ("监测井运行数", "≥40眼", "40眼", "100%"),
        ("监测数据合格率", "≥95%", "96.1%", "已达标")],
     "无明显偏差", "否", "按计划推进"),
]


def write_targets(path: Path) -> None:
    lines = ["", "项目支出绩效目标表（含转移支付项目）", "", "部门名称：青石县水利局(部门) 单位：万元", "",
             "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标", "",
             f"合计 {sum(p[2] for p in PROJECTS):.2f} {sum(p[2] for p in PROJECTS):.2f}", ""]
    units: dict[str, list] = {}
    for p in PROJECTS:
        units.setdefault(p[1], []).append(p)
    for unit, projects in units.items():
        lines += [f"{unit} {sum(p[2] for p in projects):.2f} {sum(p[2] for p in projects):.2f}", ""]
        for name, _, start, _, _, indicators, *_ in projects:
            lines += [f"    {name} {start:.2f} {start:.2f}", "", f"保障{name[:-2]}工作顺利开展。", ""]
            parts = [f"{k}、1-产出指标,11-数量指标,{ind}；实施周期指标值:{target},年度指标值:{target};"
                     for k, (ind, target, _, _) in enumerate(indicators, start=1)]
            lines += [",".join(parts), ""]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_monitor(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "1-6月绩效监控"
    ws["A1"] = "青石县水利局2026年1-6月项目支出绩效监控表"
    ws.merge_cells("A1:N1")
    ws["A2"], ws["N2"] = "填报单位：青石县水利局", "单位：万元"
    for c, h in ((1, "序号"), (2, "项目名称"), (3, "实施单位"), (4, "预算执行情况"), (8, "绩效指标完成情况"),
                 (12, "偏差原因"), (13, "是否需要调整"), (14, "纠偏措施")):
        ws.cell(3, c, h)
    for c, h in enumerate(["年初预算数", "调整后预算数", "1-6月执行数", "执行率", "绩效指标", "年度目标值",
                           "1-6月实际完成值", "完成进度"], 4):
        ws.cell(4, c, h)
    ws.merge_cells("D3:G3")
    ws.merge_cells("H3:K3")
    for c in (1, 2, 3, 12, 13, 14):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    r = 5
    for k, (name, unit, start, end, spent, indicators, why, change, fix) in enumerate(PROJECTS, start=1):
        last = r + len(indicators) - 1
        for i, row in enumerate(indicators):
            for c, v in enumerate(row, 8):
                ws.cell(r + i, c, v)
        for c, v in ((1, k), (2, name), (3, unit), (4, start), (5, end), (6, spent), (7, round(spent / end, 4)),
                     (12, why), (13, change), (14, fix)):
            ws.cell(r, c, v)
            if last > r:
                ws.merge_cells(start_row=r, start_column=c, end_row=last, end_column=c)
        r = last + 1
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    for c, i in ((4, 2), (5, 3), (6, 4)):
        ws.cell(r, c, sum(p[i] for p in PROJECTS))
    ws.cell(r, 7, round(sum(p[4] for p in PROJECTS) / sum(p[3] for p in PROJECTS), 4))
    wb.save(path)


if __name__ == "__main__":
    write_targets(HERE / TARGETS)
    write_monitor(HERE / MONITOR)
