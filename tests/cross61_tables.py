"""Three tables of one fictional place (桐川县) loaded together, for questions asking two measures of one unit
from two tables: its 项目支出绩效目标表 (text: a department and its units, each with its projects), its 政府采购
预算表 (a buyer column, one row a buyer: 预算单位 | 采购项目 | 数量 | 预算金额 › 合计, 财政拨款 | 采购方式) and its 国有资产占用情况表 (one line a unit:
资产总额, 车辆数量)."""

from __future__ import annotations

from pathlib import Path

PLACE = "桐川县"
DEPT = f"{PLACE}水利局"
# unit -> its projects (name, amount 万元) in the 目标表
TARGETS = {DEPT: [("水资源调度管理经费", 64.0), ("防汛值守运行经费", 36.5)],
           f"{PLACE}河道管理中心": [("河道清淤疏浚经费", 210.0), ("堤防巡查养护经费", 47.25)],
           f"{PLACE}水文站": [("水文测报运行经费", 58.0)]}
# (预算单位, 采购项目, 数量, 计量单位, 预算金额, 采购方式)
BUYS = [(f"{PLACE}河道管理中心", "清淤作业船", 2, "艘", 96.0, "公开招标"),
        (DEPT, "防汛物资", 1, "批", 22.0, "询价"),
        (f"{PLACE}水文站", "雨量监测站点", 12, "个", 18.6, "询价"),
        (f"{PLACE}林业站", "巡护摩托车", 5, "辆", 9.5, "询价")]
# (单位名称, 资产总额 万元, 车辆数量 辆)
ASSETS = [(DEPT, 3120.4, 6), (f"{PLACE}河道管理中心", 8450.75, 11), (f"{PLACE}水文站", 1260.3, 2),
          (f"{PLACE}林业站", 905.5, 3)]


def targets_text(path: Path) -> None:
    """The 目标表 in the published text layout: the department's 合计, each unit's line, its projects indented."""
    total = sum(a for ps in TARGETS.values() for _, a in ps)
    body = ""
    for unit, projects in TARGETS.items():
        sub = sum(a for _, a in projects)
        body += f"{unit} {sub:.2f} {sub:.2f}\n\n"
        for name, amount in projects:
            body += (f"    {name} {amount:.2f} {amount:.2f}\n\n保障{name[:4]}工作正常开展。\n\n"
                     f"1、1-产出指标,11-数量指标,完成工作任务数；实施周期指标值:≥4项,年度指标值:≥4项;,"
                     f"2、3-满意度指标,31-服务对象满意度,服务对象满意度；实施周期指标值:≥90%,年度指标值:≥90%;\n\n")
    path.write_text(f"项目支出绩效目标表（含转移支付项目）\n\n部门名称：{DEPT}(部门) 单位：万元\n\n"
                    f"项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n"
                    f"合计 {total:.2f} {total:.2f}\n\n{body}", encoding="utf-8")


def purchases(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "政府采购预算表"
    ws.append([f"{PLACE}2026年政府采购预算表"])
    ws.append(["单位：万元"])
    ws.append(["序号", "预算单位", "采购项目", "数量", "计量单位", "预算金额", None, "采购方式"])
    ws.append([None, None, None, None, None, "合计", "财政拨款", None])
    total = round(sum(b[4] for b in BUYS), 2)
    ws.append(["合计", None, None, None, None, total, total, None])
    for k, (unit, item, count, measure, amount, how) in enumerate(BUYS, 1):
        ws.append([k, unit, item, count, measure, amount, amount, how])
    for cells in ("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:G3", "H3:H4"):
        ws.merge_cells(cells)
    wb.save(path)


def assets(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "国有资产占用情况表"
    ws.append([f"{PLACE}2025年行政事业单位国有资产占用情况表"])
    ws.append(["单位：万元"])
    ws.append(["序号", "单位名称", "资产总额", "车辆数量（辆）"])
    ws.append(["合计", None, round(sum(a[1] for a in ASSETS), 2), sum(a[2] for a in ASSETS)])
    for k, row in enumerate(ASSETS, 1):
        ws.append([k, *row])
    wb.save(path)


def write_all(folder: Path) -> list[Path]:
    paths = [folder / f"{DEPT}_2026年_项目支出绩效目标表.txt", folder / f"{PLACE}_2026年_政府采购预算表.xlsx",
             folder / f"{PLACE}_2025年_国有资产占用情况表.xlsx"]
    targets_text(paths[0])
    purchases(paths[1])
    assets(paths[2])
    return paths
