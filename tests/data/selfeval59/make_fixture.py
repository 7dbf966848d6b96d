"""Round 59 fixture: a fictional 石梁县水利局 — its 2025 项目支出绩效目标表 (text, seed layout) and its 2024
项目支出绩效自评表 (one project per sheet, the funding block headed 预算数 / 执行数 as many places print it, not
全年预算数 / 全年执行数). One project, 山塘水库除险加固补助资金, is in both, with different figures.

Run: python tests/data/selfeval59/make_fixture.py"""

from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent

TEXT = """
项目支出绩效目标表（含转移支付项目）

部门名称：石梁县水利局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 610.00 540.00 70.00

石梁县水利局 610.00 540.00 70.00

    山塘水库除险加固补助资金 430.00 380.00 50.00

完成山塘水库除险加固。

1、1-产出指标,11-数量指标,除险加固山塘座数；实施周期指标值:≥18座,年度指标值:≥18座;,2、1-产出指标,13-时效指标,资金拨付及时率；实施周期指标值:≥95%,年度指标值:≥95%;

    农村饮水工程维修养护经费 180.00 160.00 20.00

维修养护农村饮水工程。

1、1-产出指标,11-数量指标,维修养护工程处数；实施周期指标值:≥40处,年度指标值:≥40处;,2、3-满意度指标,31-服务对象满意度,受益群众满意度；实施周期指标值:≥90%,年度指标值:≥90%;
"""

SHEETS = {
    "山塘水库": ("山塘水库除险加固补助资金", [("年度资金总额", 400, 376, 0.94, 10, 9.4), ("其中：财政拨款", 350, 339.5, 0.97, "—", "—"),
                                        ("其他资金", 50, 36.5, 0.73, "—", "—")],
             [("产出指标", "数量指标", "除险加固山塘座数", "≥15座", "16座", 30, 30, None),
              ("产出指标", "时效指标", "资金拨付及时率", "≥95%", "90%", 20, 17, "汛期施工受限，部分资金延后拨付。"),
              ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "94%", 20, 20, None)], 96.4),
    "灌区节水": ("灌区节水改造经费", [("年度资金总额", 120, 90, 0.75, 10, 7.5), ("其中：财政拨款", 120, 90, 0.75, "—", "—"),
                                ("其他资金", 0, 0, 0, "—", "—")],
             [("产出指标", "数量指标", "改造渠道长度", "≥12公里", "12.5公里", 40, 40, None),
              ("满意度指标", "服务对象满意度指标", "灌区农户满意度", "≥90%", "88%", 20, 18, "部分渠段完工较晚。")], 88.5),
}


def workbook(path: Path) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for title, (name, funds, indicators, total) in SHEETS.items():
        ws = wb.create_sheet(title)
        ws.append(["2024年度项目支出绩效自评表"] + [None] * 8)
        ws.append(["单位：万元"] + [None] * 8)
        ws.append(["项目名称", None, name] + [None] * 6)
        ws.append(["主管部门", None, "石梁县水利局", None, None, "实施单位", "石梁县水利局", None, None])
        ws.append(["项目资金（万元）", None, None, None, "预算数", "执行数", "执行率", "分值", "得分"])
        for label, *values in funds:
            ws.append([None, None, label, None, *values])
        ws.append(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
        for row in indicators:
            ws.append([None, *row])
        ws.append(["总分", None, None, None, None, None, 100, total, None])
    wb.save(path)


if __name__ == "__main__":
    (HERE / "石梁县水利局_2025年_项目支出绩效目标表.txt").write_text(TEXT.lstrip("\n"), encoding="utf-8")
    workbook(HERE / "石梁县水利局_2024年度_项目支出绩效自评表.xlsx")
