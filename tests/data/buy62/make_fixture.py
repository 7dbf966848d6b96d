"""Build the fictional 桐庐县农业农村局 2026 政府采购意向公开表 (two header rows, units on each row, a 合计 row)."""
import os

from openpyxl import Workbook

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "桐庐县农业农村局2026年政府采购意向公开表.xlsx"
A, B = "桐庐县农业农村局", "桐庐县农业技术推广中心"
ROWS = [
    (A, "2026年度农产品质量安全监测服务（上半年）", "委托检测机构完成上半年农产品定量检测600批次。", "服务", 42.00, "2026年2月", "面向中小企业预留"),
    (A, "2026年度农产品质量安全监测服务（下半年）", "委托检测机构完成下半年农产品定量检测500批次。", "服务", 36.00, "2026年8月", ""),
    (A, "无人植保飞机采购", "采购无人植保飞机12架、配套电池48块，用于统防统治。", "货物", 54.00, "2026年4月", "面向中小企业预留"),
    (A, "机关食堂餐饮服务", "提供局机关职工食堂全年餐饮服务。", "服务", 26.50, "2026年2月", ""),
    (A, "富春江渔政码头修缮工程", "对渔政执法码头护岸及栈桥进行修缮。", "工程", 48.00, "2026年5月", ""),
    (A, "农业执法快检车辆租赁服务", "租赁农业执法快检车辆3辆。", "服务", 9.60, "2026年4月", "面向中小企业预留"),
    (B, "土壤墒情监测设备采购", "采购土壤墒情自动监测站8套。", "货物", 31.20, "2026年4月", ""),
    (B, "农技推广培训服务", "组织高素质农民培训及农技人员知识更新培训。", "服务", 18.00, "2026年6月", "面向中小企业预留"),
    (B, "育秧工厂大棚改造工程", "对分水镇育秧工厂连栋大棚进行改造。", "工程", 27.50, "2026年8月", ""),
    (B, "病虫测报灯采购", "更新全县病虫害测报点的测报设备。", "货物", 7.80, "2026年2月", "面向中小企业预留"),
]


def build() -> float:
    wb = Workbook()
    ws = wb.active
    ws.title = "采购意向"
    ws.merge_cells("A1:H1")
    ws["A1"] = "桐庐县农业农村局2026年政府采购意向公开表"
    ws["H2"] = "单位：万元"
    for col, txt in (("A", "序号"), ("B", "采购单位"), ("H", "备注")):
        ws.merge_cells(f"{col}3:{col}4")
        ws[f"{col}3"] = txt
    ws.merge_cells("C3:E3")
    ws["C3"] = "采购项目"
    ws.merge_cells("F3:G3")
    ws["F3"] = "预算及时间"
    for col, txt in zip("CDEFG", ["采购项目名称", "采购需求概况", "采购品目", "预算金额（万元）", "预计采购时间"], strict=True):
        ws[f"{col}4"] = txt
    r = 5
    for i, row in enumerate(ROWS, 1):
        for c, v in enumerate([i, *row], 1):
            ws.cell(r, c, v if v != "" else None)
        ws.cell(r, 6).number_format = "0.00"
        r += 1
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    total = round(sum(x[4] for x in ROWS), 2)
    ws.cell(r, 6, total).number_format = "0.00"
    wb.save(os.path.join(HERE, NAME))
    return total


OTHER = "桐庐县林业局2026年项目支出预算表.xlsx"  # another department's table of 预算 rows (with a record column)
OTHER_ROWS = [("森林防火专项经费", "县林业局", 120.0, "全年"), ("松材线虫病防治经费", "县林业局", 86.0, "全年"),
              ("公益林补偿资金", "县林业局", 240.0, "一次性"), ("林业科技推广经费", "县林业局", 15.5, "全年")]


def build_other() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "项目支出"
    ws["A1"] = "桐庐县林业局2026年项目支出预算表"
    ws["D2"] = "单位：万元"
    for c, txt in enumerate(["项目名称", "实施单位", "预算数", "支付方式"], 1):
        ws.cell(3, c, txt)
    for r, row in enumerate(OTHER_ROWS, 4):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    ws.cell(4 + len(OTHER_ROWS), 1, "合计")
    ws.cell(4 + len(OTHER_ROWS), 3, sum(x[2] for x in OTHER_ROWS))
    wb.save(os.path.join(HERE, OTHER))


if __name__ == "__main__":
    print(build())
    build_other()
