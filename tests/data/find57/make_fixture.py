"""Build the find57 fixture (fictional 青屿县): a 市场监督管理局 项目支出绩效目标表 text whose projects are found by
the words of their goals (two of them 运维经费), the county's 机关运行经费及三公经费决算表 with a 综合执法队 row, and a
大数据发展中心's 项目支出预算表 with a row 机房运维经费; and (copied from tests/data/general51) 德清县's 政府购买服务预算表, units as rows."""
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent

TEXT = """项目支出绩效目标表（含转移支付项目）

部门名称：青屿县市场监督管理局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 530.00 530.00

青屿县市场监督管理局 530.00 530.00

    检验检测设备购置及维护经费 120.00 120.00

购置电动工具安全性能检测、不锈钢保温容器检测等专用仪器设备，保障检验检测能力。

1、1-产出指标,11-数量指标,新购检测设备台套数；实施周期指标值:≥12台套,年度指标值:≥12台套;

    五金产品质量监督检验经费 150.00 150.00

承担五金产品、电动工具、保温杯等重点产品质量监督抽查检验任务，为企业提供检验检测技术服务。

1、1-产出指标,11-数量指标,监督抽查批次；实施周期指标值:≥800批次,年度指标值:≥800批次;

    食品安全抽检监测经费 150.00 150.00

完成食品安全监督抽检和风险监测任务，及时核查处置不合格食品。

1、1-产出指标,11-数量指标,食品安全监督抽检批次；实施周期指标值:≥1200批次,年度指标值:≥1200批次;,2、1-产出指标,14-成本指标,单批次抽检成本；实施周期指标值:≤600元,年度指标值:≤600元;

    市场监管综合执法办案经费 30.00 30.00

开展商标打假、价格执法等专项执法行动，查处违法案件。

1、1-产出指标,11-数量指标,办结案件数；实施周期指标值:≥300件,年度指标值:≥300件;

    地理信息公共服务平台运维经费 46.30 46.30

保障“天地图·青屿”地理信息公共服务平台稳定运行，持续更新地理信息数据。

1、1-产出指标,11-数量指标,数据更新次数；实施周期指标值:≥4次,年度指标值:≥4次;

    政务信息网络运维经费 33.70 33.70

保障监管业务专网和视频会议系统稳定运行。

1、1-产出指标,12-质量指标,网络可用率；实施周期指标值:≥99%,年度指标值:≥99%;
"""


def build_table() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "机关运行经费及三公经费"
    ws.merge_cells("A1:G1")
    ws["A1"] = "青屿县2024年度部门机关运行经费及“三公”经费决算表"
    ws["A2"] = "编制单位：青屿县财政局"
    ws["G2"] = "单位：万元"
    groups = ["“三公”经费合计", "公务用车购置费", "公务接待费"]
    ws.cell(3, 1, "部门（单位）名称")
    ws.merge_cells("A3:A4")
    for i, g in enumerate(groups):
        c = 2 + 2 * i
        ws.cell(3, c, g)
        ws.merge_cells(start_row=3, start_column=c, end_row=3, end_column=c + 1)
        ws.cell(4, c, "2024年预算数")
        ws.cell(4, c + 1, "2024年决算数")
    rows = [["合计", 60.0, 57.3, 50.0, 47.62, 10.0, 9.68],
            ["青屿县市场监督管理局小计", 60.0, 57.3, 50.0, 47.62, 10.0, 9.68],
            ["  青屿县市场监督管理局", 12.0, 11.2, 5.0, 4.8, 7.0, 6.4],
            ["  青屿县市场监督管理综合执法队", 48.0, 46.1, 45.0, 42.82, 3.0, 3.28]]
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    wb.save(HERE / "青屿县_2024年度_部门机关运行经费及三公经费决算表.xlsx")


def build_other_table() -> None:
    """Another department's budget table with a row named like two projects of the 绩效目标表 (运维经费)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出预算表"
    ws["A1"] = "青屿县大数据发展中心2025年项目支出预算表"
    ws["A2"] = "单位：万元"
    for r, row in enumerate([["项目名称", "金额"], ["合计", 88.5], ["机房运维经费", 52.4], ["数据采集服务费", 36.1]], 3):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    wb.save(HERE / "青屿县大数据发展中心_2025年_项目支出预算表.xlsx")


if __name__ == "__main__":
    (HERE / "青屿县市场监督管理局_2025年_项目支出绩效目标表.txt").write_text(TEXT, encoding="utf-8")
    build_table()
    build_other_table()
