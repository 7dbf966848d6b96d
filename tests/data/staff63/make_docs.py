"""A fictional city's staffing table (青溪市, its departments' 编制 / 实有人数 / 车辆, one sheet a year; departments
with units printed as a block: the department's row, its units indented, a 小计 flush with it; a 合计 row; "单位：
人、辆") and one of its bureaus' own 项目支出绩效目标表 (a project whose name holds 编制). Figures are made up."""

from __future__ import annotations

from pathlib import Path

import openpyxl

HEAD = ["序号", "部门（单位）名称", "编制数", None, "实有人数", None, "车辆情况", None, "备注"]
SUB = [None, None, "行政编制", "事业编制", "在职", "离退休", "公务用车数量", "执法执勤用车", None]

# (序号, name, 行政编制, 事业编制, 在职, 离退休, 公务用车, 执法执勤用车); a name starting with two spaces is a unit.
YEARS = {
    2026: [
        (1, "青溪市公安局", 300, 10, 290, 150, 5, 120),
        (2, "青溪市交通运输局", None, None, None, None, None, None),
        (None, "  青溪市交通运输局本级", 20, 0, 19, 25, 2, 7),
        (None, "  青溪市公路与运输管理中心", 0, 40, 38, 30, 2, 4),
        (None, "  青溪市港航管理服务中心", 0, 25, 24, 12, 1, 3),
        (None, "小计", 20, 65, 81, 67, 5, 14),
        (3, "青溪市教育局", None, None, None, None, None, None),
        (None, "  青溪市教育局机关", 18, 0, 17, 30, 2, 0),
        (None, "  青溪市教育技术中心", 0, 12, 11, 6, 0, 0),
        (None, "小计", 18, 12, 28, 36, 2, 0),
        (4, "青溪市综合行政执法局", 70, 20, 88, 20, 2, 30),
        ("合计", None, 408, 107, 487, 273, 14, 164),
    ],
    2025: [
        (1, "青溪市公安局", 296, 10, 285, 146, 5, 115),
        (2, "青溪市交通运输局", None, None, None, None, None, None),
        (None, "  青溪市交通运输局本级", 20, 0, 20, 24, 2, 6),
        (None, "  青溪市公路与运输管理中心", 0, 42, 40, 29, 2, 4),
        (None, "  青溪市港航管理服务中心", 0, 25, 25, 11, 1, 3),
        (None, "小计", 20, 67, 85, 64, 5, 13),
        (3, "青溪市教育局", None, None, None, None, None, None),
        (None, "  青溪市教育局机关", 18, 0, 18, 29, 2, 0),
        (None, "  青溪市教育技术中心", 0, 12, 12, 5, 0, 0),
        (None, "小计", 18, 12, 30, 34, 2, 0),
        (4, "青溪市综合行政执法局", 70, 20, 86, 19, 2, 28),
        ("合计", None, 404, 109, 486, 263, 14, 154),
    ],
}

TARGETS = """项目支出绩效目标表（含转移支付项目）

部门名称：青溪市交通运输局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 180.00 170.00 10.00

青溪市交通运输局本级 120.00 110.00 10.00

    综合交通规划编制及前期研究经费 120.00 110.00 10.00

完成全市综合交通运输规划编制和重点项目前期研究。

1、1-产出指标,11-数量指标,规划编制数量；实施周期指标值:2项,年度指标值:2项;,2、3-满意度指标,31-服务对象满意度,服务对象满意度；实施周期指标值:≥90%,年度指标值:≥90%;

青溪市港航管理服务中心 60.00 60.00

    内河航道日常养护经费 60.00 60.00

开展内河航道日常养护，保障航道畅通。

1、1-产出指标,11-数量指标,航道养护里程；实施周期指标值:≥80公里,年度指标值:≥80公里;,2、3-满意度指标,31-服务对象满意度,服务对象满意度；实施周期指标值:≥90%,年度指标值:≥90%;
"""


def build(folder: Path) -> list[Path]:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for year, rows in YEARS.items():
        ws = wb.create_sheet(f"{year}年")
        ws.append([f"青溪市{year}年部门人员编制及车辆情况表"] + [None] * 8)
        ws.append([f"编制截止日期：{year}年1月1日"] + [None] * 7 + ["单位：人、辆"])
        ws.append(HEAD)
        ws.append(SUB)
        for no, name, *figures in rows:
            ws.append([no, name, *figures, None])
        for rng in ("A3:A4", "B3:B4", "C3:D3", "E3:F3", "G3:H3", "I3:I4", "A1:I1"):
            ws.merge_cells(rng)
    table = folder / "青溪市_2026年_部门人员编制及车辆情况表.xlsx"
    wb.save(table)
    targets = folder / "青溪市_交通运输局_2026年_项目支出绩效目标表.txt"
    targets.write_text(TARGETS, encoding="utf-8")
    return [table, targets]


if __name__ == "__main__":
    build(Path(__file__).resolve().parent)
