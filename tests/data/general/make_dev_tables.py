"""Write the general (no known layout) tables used to develop and test the grid reader.

Run: python tests/data/general/make_dev_tables.py  (writes the .xlsx files beside this script).
Four shapes: merged row groups, a monthly 实际/预算/差异/差异率 analysis with a two-row header, a
two-year comparison (2023年/2024年/增减额/增减率), and a staffing table with merged header groups.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent


def _title(ws, text: str, width: int, row: int = 1) -> None:
    ws.cell(row, 1, text).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    ws.cell(row, 1).alignment = Alignment(horizontal="center")


def social_security() -> Workbook:
    """Row groups as merged cells: 城区/郊县 each over its districts, with subtotals."""
    wb = Workbook()
    ws = wb.active
    ws.title = "参保情况"
    _title(ws, "江门市社会保险事业局2024年各区社会保险参保情况统计表", 6)
    ws.cell(2, 6, "单位：人、万元")
    ws.append(["区域", "区县", "参保人数（人）", "新增参保人数（人）", "基金支出（万元）", "参保率"])
    rows = [
        ("城区", "蓬江区", 412350, 8120, 52310.5, 0.9631),
        (None, "江海区", 168420, 3510, 20118.2, 0.9512),
        (None, "新会区", 356780, 6240, 41220.8, 0.9478),
        ("郊县", "台山市", 298110, 4105, 33250.0, 0.9215),
        (None, "开平市", 251060, 3880, 28730.6, 0.9302),
        (None, "鹤山市", 186540, 2950, 21140.3, 0.9356),
        (None, "恩平市", 143270, 2210, 15980.4, 0.9108),
        ("合计", None, 1816530, 31015, 212750.8, 0.9386),
    ]
    for r in rows:
        ws.append(list(r))
    ws.merge_cells("A4:A6")
    ws.merge_cells("A7:A10")
    ws.merge_cells("A11:B11")
    for row in ws.iter_rows(min_row=4, max_row=11, min_col=6, max_col=6):
        row[0].number_format = "0.00%"
    ws.cell(13, 1, "注：参保率=参保人数/应参保人数。")
    return wb


def monthly_analysis() -> Workbook:
    """Two-row header (本月 / 1-3月累计 over 实际/预算/差异/差异率) and section rows."""
    wb = Workbook()
    ws = wb.active
    ws.title = "3月分析"
    _title(ws, "珠海市香洲区卫生健康局2024年3月预算执行分析表", 9)
    ws.cell(2, 1, "编制单位：珠海市香洲区卫生健康局")
    ws.cell(2, 9, "单位：万元")
    ws.cell(3, 1, "科目")
    ws.cell(3, 2, "本月")
    ws.cell(3, 6, "1-3月累计")
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:E3")
    ws.merge_cells("F3:I3")
    for i, h in enumerate(["实际", "预算", "差异", "差异率"] * 2, start=2):
        ws.cell(4, i, h)
    data = [
        ("一、基本支出", None),
        ("工资福利支出", (820.5, 800.0, 1702.3, 1650.0)),
        ("商品和服务支出", (96.4, 120.0, 265.8, 330.0)),
        ("对个人和家庭的补助", (35.2, 30.0, 98.6, 90.0)),
        ("二、项目支出", None),
        ("公共卫生服务", (410.0, 450.0, 1130.5, 1300.0)),
        ("医疗设备购置", (0.0, 200.0, 380.0, 600.0)),
        ("卫生监督执法", (22.6, 25.0, 70.1, 75.0)),
        ("合计", (1384.7, 1625.0, 3647.3, 4045.0)),
    ]
    r = 5
    for name, vals in data:
        ws.cell(r, 1, name)
        if vals is None:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            a, b, ca, cb = vals
            for col, (x, y) in ((2, (a, b)), (6, (ca, cb))):
                ws.cell(r, col, x)
                ws.cell(r, col + 1, y)
                ws.cell(r, col + 2, round(x - y, 2))
                ws.cell(r, col + 3, round((x - y) / y, 4)).number_format = "0.00%"
        r += 1
    return wb


def two_year_comparison() -> Workbook:
    """2023年 / 2024年 / 增减额 / 增减率 columns, a merged 类别 column, a second sheet."""
    wb = Workbook()
    ws = wb.active
    ws.title = "收支对比"
    _title(ws, "肇庆市端州区财政局部门收支预算对比表", 6)
    ws.cell(2, 6, "单位：万元")
    ws.append(["类别", "项目", "2023年", "2024年", "增减额", "增减率"])
    rows = [
        ("收入", "一般公共预算拨款", 5230.0, 5618.5),
        (None, "政府性基金预算拨款", 820.0, 640.0),
        (None, "其他收入", 115.2, 130.0),
        (None, "收入合计", 6165.2, 6388.5),
        ("支出", "基本支出", 3120.4, 3266.0),
        (None, "项目支出", 3044.8, 3122.5),
        (None, "支出合计", 6165.2, 6388.5),
    ]
    for cat, name, y1, y2 in rows:
        ws.append([cat, name, y1, y2, round(y2 - y1, 2), round((y2 - y1) / y1, 4)])
        ws.cell(ws.max_row, 6).number_format = "0.00%"
    ws.merge_cells("A4:A7")
    ws.merge_cells("A8:A10")
    ws2 = wb.create_sheet("三公经费")
    _title(ws2, "肇庆市端州区财政局2024年“三公”经费预算表", 4)
    ws2.cell(2, 4, "单位：万元")
    ws2.append(["项目", "2023年预算数", "2024年预算数", "增减"])
    for name, a, b in (("因公出国（境）费", 0.0, 0.0), ("公务接待费", 6.5, 5.8), ("公务用车购置及运行费", 18.0, 16.2),
                       ("其中：公务用车购置费", 0.0, 0.0), ("公务用车运行维护费", 18.0, 16.2), ("合计", 24.5, 22.0)):
        ws2.append([name, a, b, round(b - a, 2)])
    return wb


def staffing() -> Workbook:
    """A staffing table: merged header groups (编制数 / 实有人数) over sub-columns; counts in 人."""
    wb = Workbook()
    ws = wb.active
    ws.title = "人员编制"
    _title(ws, "韶关市教育局2024年人员编制情况表", 8)
    ws.cell(2, 8, "单位：人")
    ws.cell(3, 1, "序号")
    ws.cell(3, 2, "单位名称")
    ws.cell(3, 3, "编制数")
    ws.cell(3, 5, "实有人数")
    ws.cell(3, 7, "空编数")
    ws.cell(3, 8, "退休人员")
    for cell in ("A3:A4", "B3:B4", "C3:D3", "E3:F3", "G3:G4", "H3:H4"):
        ws.merge_cells(cell)
    for i, h in enumerate(["行政编制", "事业编制", "在编人员", "编外聘用"], start=3):
        ws.cell(4, i, h)
    rows = [
        ("局机关", 45, 0, 41, 6, 4, 18),
        ("教育发展研究中心", 0, 32, 29, 3, 3, 11),
        ("韶关市第一中学", 0, 286, 271, 24, 15, 96),
        ("韶关市实验中学", 0, 198, 190, 17, 8, 61),
        ("韶关市特殊教育学校", 0, 64, 58, 9, 6, 12),
    ]
    for k, r in enumerate(rows, start=1):
        ws.append([k, *r])
    ws.append([None, "合计", 45, 580, 589, 59, 36, 198])
    return wb


def monthly_execution() -> Workbook:
    """Months as rows (1月-6月 and 合计), 预算数/执行数/执行率 columns, and a project list with text columns
    (资金来源, 责任股室) and a 支付进度 column: periods, column comparisons and rows named by a value."""
    wb = Workbook()
    ws = wb.active
    ws.title = "月度执行"
    _title(ws, "清远市清城区民政局2024年1-6月经费执行情况表", 4)
    ws.cell(2, 4, "单位：万元")
    ws.append(["月份", "预算数", "执行数", "执行率"])
    months = [(120.0, 100.0), (110.0, 118.0), (130.0, 125.0), (100.0, 104.0), (140.0, 120.0), (150.0, 160.0)]
    for m, (b, e) in enumerate(months, start=1):
        ws.append([f"{m}月", b, e, round(e / b, 4)])
        ws.cell(ws.max_row, 4).number_format = "0.00%"
    tb, te = sum(b for b, _ in months), sum(e for _, e in months)
    ws.append(["合计", tb, te, round(te / tb, 4)])
    ws.cell(ws.max_row, 4).number_format = "0.00%"
    ws2 = wb.create_sheet("项目进度")
    _title(ws2, "清远市清城区民政局2024年项目支付进度表", 5)
    ws2.cell(2, 5, "单位：万元")
    ws2.append(["项目名称", "资金来源", "责任股室", "预算金额", "已支付金额"])
    for row in (("困难群众救助", "省级补助资金", "社会救助股", 800.0, 800.0),
                ("养老服务补贴", "区级财政资金", "养老服务股", 260.0, 130.0),
                ("殡葬改革奖补", "区级财政资金", "社会事务股", 90.0, 45.0),
                ("社区治理专项", "市级补助资金", "基层政权股", 150.0, 150.0)):
        ws2.append(list(row))
    return wb


def main() -> None:
    for name, make in (("jiangmen_social_security_2024.xlsx", social_security),
                       ("zhuhai_xiangzhou_health_2024_03_analysis.xlsx", monthly_analysis),
                       ("zhaoqing_duanzhou_finance_2023_2024_comparison.xlsx", two_year_comparison),
                       ("shaoguan_education_2024_staffing.xlsx", staffing),
                       ("qingyuan_qingcheng_civil_2024_h1_execution.xlsx", monthly_execution)):
        make().save(HERE / name)


if __name__ == "__main__":
    main()
