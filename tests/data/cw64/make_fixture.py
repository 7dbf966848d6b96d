"""Build the cw64 fixture tables (fictional 岭溪市): run from this folder.

- 岭溪市应急管理局_2025年_项目支出绩效目标表.txt: the department's projects (2025), its unit 岭溪市防汛抢险中心.
- 岭溪市应急管理局_2025年_防汛专项资金分配表.xlsx: an allocation by town with its factors as counts (山塘水库（座）)
  beside the money (2025年分配金额 合计), and a 2024年分配数 column: a 2024 figure, of another table.
- 岭溪市_2025年1-10月_部门预算执行进度表.xlsx: 按部门 (the department and its units) and 按支出类型 (the departments'
  基本支出 and 项目支出 rates only: no unit's 项目支出执行率).
- 岭溪市人力资源和社会保障局_2024年度_项目支出绩效自评表.xlsx: 预算执行率 target ≥90%, done 0.88 (shown 88%).
"""

from __future__ import annotations

import openpyxl

TARGETS = """项目支出绩效目标表（含转移支付项目）

部门名称：岭溪市应急管理局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 420.00 400.00 20.00

岭溪市应急管理局 260.00 240.00 20.00

    应急物资储备经费 180.00 160.00 20.00

储备防汛抗旱物资，保障应急调拨。

1、1-产出指标,11-数量指标,储备物资品种；实施周期指标值:≥30种,年度指标值:≥30种;,2、1-产出指标,13-时效指标,物资调拨到位时间；实施周期指标值:≤4小时,年度指标值:≤4小时;

    应急演练经费 80.00 80.00

组织综合应急演练。

1、1-产出指标,11-数量指标,组织演练次数；实施周期指标值:≥6次,年度指标值:≥6次;

岭溪市防汛抢险中心 160.00 160.00

    抢险队伍运行经费 160.00 160.00

保障抢险队伍日常运行和训练。

1、1-产出指标,11-数量指标,抢险队员培训人次；实施周期指标值:≥300人次,年度指标值:≥300人次;
"""


def allocation() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分配表"
    rows = [
        ("2025年岭溪市基层防汛专项资金分配表",),
        ("主管部门：岭溪市应急管理局", None, None, None, None, None, "单位：万元"),
        ("序号", "乡镇（街道）", "分配因素", None, "2025年分配金额", None, "2024年分配数", "备注"),
        (None, None, "常住人口（万人）", "山塘水库（座）", "合计", "省级补助", None, None),
        ("合计", None, 20.5, 33, 300, 180, 280, None),
        (None, "街道小计", 6.2, 6, 70, 42, 65, None),
        (1, "枫林街道", 6.2, 6, 70, 42, 65, "沿河防汛重点区域"),
        (None, "镇乡小计", 14.3, 27, 230, 138, 215, None),
        (2, "青溪镇", 8.2, 12, 130, 78, 120, "山区重点镇"),
        (3, "石门镇", 6.1, 15, 100, 60, 95, None),
        (None,),
        ("说明：1.分配因素中常住人口权重50%、山塘水库权重50%；2.省级补助按60%比例安排，其余由市级配套。",),
    ]
    for r in rows:
        ws.append(list(r))
    for rng in ("A1:H1", "A3:A4", "B3:B4", "C3:D3", "E3:F3", "G3:G4", "H3:H4", "A5:B5"):
        ws.merge_cells(rng)
    wb.save("岭溪市应急管理局_2025年_防汛专项资金分配表.xlsx")


def progress() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "按部门"
    rows = [
        ("岭溪市2025年1-10月部门预算执行进度表",),
        ("数据截至：2025年10月31日", None, None, None, "单位：万元"),
        ("序号", "部门（单位）名称", "调整后预算数", "1-10月累计支出", "执行率", "序时进度"),
        (1, "岭溪市应急管理局", None, None, None, None),
        (None, "  岭溪市应急管理局本级", 900, 720, 0.8, 0.8333),
        (None, "  岭溪市防汛抢险中心", 400, 348, 0.87, 0.8333),
        (None, "  小计", 1300, 1068, 0.8215, 0.8333),
        (2, "岭溪市水利局", None, None, None, None),
        (None, "  岭溪市水利局本级", 1500, 1200, 0.8, 0.8333),
        (None, "  小计", 1500, 1200, 0.8, 0.8333),
    ]
    for r in rows:
        ws.append(list(r))
    ws.merge_cells("A1:F1")
    for row in ws.iter_rows(min_row=5, min_col=5, max_col=6):
        for c in row:
            c.number_format = "0.00%"
    ws = wb.create_sheet("按支出类型")
    rows = [
        ("岭溪市2025年1-10月部门预算执行进度表（分基本支出和项目支出）",),
        ("单位：万元",),
        ("序号", "部门名称", "基本支出", None, None, "项目支出", None, None, "总执行率"),
        (None, None, "调整后预算数", "1-10月支出", "执行率", "调整后预算数", "1-10月支出", "执行率", None),
        (1, "岭溪市应急管理局", 880, 770, 0.875, 420, 298, 0.7095, 0.8215),
        (2, "岭溪市水利局", 700, 600, 0.8571, 800, 600, 0.75, 0.8),
    ]
    for r in rows:
        ws.append(list(r))
    for rng in ("A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:E3", "F3:H3", "I3:I4"):
        ws.merge_cells(rng)
    for row in ws.iter_rows(min_row=5):
        for i in (4, 7, 8):
            row[i].number_format = "0.00%"
    wb.save("岭溪市_2025年1-10月_部门预算执行进度表.xlsx")


def self_evaluation() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "就业补助资金"
    rows = [
        ("2024年度项目支出绩效自评表",),
        ("单位：万元",),
        ("项目名称", None, "岭溪市就业补助资金"),
        ("主管部门", None, "岭溪市人力资源和社会保障局", None, None, "实施单位", "岭溪市人力资源和社会保障局"),
        ("项目资金（万元）", None, None, None, "预算数", "执行数", "执行率", "分值", "得分"),
        (None, None, "年度资金总额", None, 500, 440, 0.88, 10, 8.8),
        (None, None, "其中：财政拨款", None, 500, 440, 0.88, "—", "—"),
        ("年度总体目标", None, "预期目标", None, None, "实际完成情况"),
        (None, None, "促进就业创业。", None, None, "完成城镇新增就业。"),
        ("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
        ("绩效指标", "产出指标", "数量指标", "城镇新增就业人数", "≥3000人", "3400人", 30, 30, None),
        (None, "管理指标", "预算管理", "预算执行率", "≥90%", 0.88, 20, 18, "部分资金未拨付"),
        (None, "满意度指标", "服务对象满意度指标", "求职者满意度", "≥90%", "93%", 20, 20, None),
        ("总分", None, None, None, None, None, 100, 96.8, None),
    ]
    for r in rows:
        ws.append(list(r))
    for rng in ("A1:I1", "A2:I2", "A3:B3", "C3:I3", "A4:B4", "C4:E4", "G4:I4", "A5:B7", "C5:D5", "C6:D6", "C7:D7",
                "A8:B9", "C8:E8", "F8:I8", "C9:E9", "F9:I9", "A11:A13", "A14:F14"):
        ws.merge_cells(rng)
    ws["G6"].number_format = ws["G7"].number_format = ws["F12"].number_format = "0%"
    wb.save("岭溪市人力资源和社会保障局_2024年度_项目支出绩效自评表.xlsx")


if __name__ == "__main__":
    with open("岭溪市应急管理局_2025年_项目支出绩效目标表.txt", "w", encoding="utf-8") as f:
        f.write(TARGETS)
    allocation()
    progress()
    self_evaluation()
