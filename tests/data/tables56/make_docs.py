"""Two tables of one fictional county (临溪县) of different budgets sharing row names (城乡社区支出, 债务付息支出),
built into a folder by build(): its 政府性基金预算执行情况表 (the county's, 预算数/执行数/完成预算%) and its 财政局's
1-12月 一般公共预算支出执行情况月报表 (年初/调整预算数, 1-12月累计执行数, 占调整预算%). The 目标表 texts of two
other departments (临溪县人力资源和社会保障局, 临溪县退役军人事务局: a 就业补助 project each) sit beside this script. Figures are made up (万元)."""

from __future__ import annotations

from pathlib import Path

FUND = "临溪县财政局_2025年_政府性基金预算执行情况表.xlsx"
MONTHLY = "临溪县财政局_2025年1-12月_一般公共预算支出执行情况月报表.xlsx"
TARGETS = Path(__file__).resolve().parent / "临溪县人力资源和社会保障局_2026年_项目支出绩效目标表.txt"
VETERANS = Path(__file__).resolve().parent / "临溪县退役军人事务局_2026年_项目支出绩效目标表.txt"

FUND_ROWS = [
    ("一、国有土地使用权出让收入", 52300, 47810, 91.4),
    ("二、城市基础设施配套费收入", 2100, 2436, 116.0),
    ("三、城乡社区支出", 48600, 43920, 90.4),
    ("  国有土地使用权出让收入安排的支出", 45200, 40880, 90.4),
    ("  城市基础设施配套费安排的支出", 3400, 3040, 89.4),
    ("四、债务付息支出", 3720, 3655, 98.3),
    ("本年收入合计", 54400, 50246, 92.4),
    ("上级补助收入", 830, 830, 100.0),
    ("本年支出合计", 52320, 47575, 90.9),
    ("调出资金", 1500, 1500, 100.0),
]

MONTHLY_ROWS = [
    ("一般公共服务支出", 9120, 9480, 9311, 98.2),
    ("教育支出", 21350, 22010, 21873, 99.4),
    ("城乡社区支出", 6440, 7015, 6688, 95.3),
    ("就业补助", 1180, 1260, 1217.4387, 96.6),
    ("债务付息支出", 2240, 2240, 2236, 99.8),
    ("支出合计", 40330, 42005, 41325.4387, 98.4),
]


def build(folder: Path) -> list[Path]:
    """The two workbooks written into folder (and the 目标表 texts' paths): the files to load."""
    import openpyxl

    fund = openpyxl.Workbook()
    ws = fund.active
    ws.title = "基金执行"
    ws.append(["临溪县2025年政府性基金预算执行情况表"])
    ws.append([None, None, None, "单位：万元"])
    ws.append(["项目", "预算数", "执行数", "完成预算%"])
    for row in FUND_ROWS:
        ws.append(list(row))
    fund.save(folder / FUND)
    month = openpyxl.Workbook()
    ws = month.active
    ws.title = "1-12月"
    ws.append(["临溪县财政局2025年1-12月一般公共预算支出执行情况月报表"])
    ws.append([None, None, None, None, "单位：万元"])
    ws.append(["项目", "年初预算数", "调整预算数", "1-12月累计执行数", "占调整预算%"])
    for row in MONTHLY_ROWS:
        ws.append(list(row))
    month.save(folder / MONTHLY)
    return [folder / FUND, folder / MONTHLY, TARGETS, VETERANS]
