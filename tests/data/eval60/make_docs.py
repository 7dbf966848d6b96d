"""Writes the documents of tests/test_eval60_self_evaluations.py:
- 青溪县水利局_2025年度_项目支出绩效自评表.xlsx: one project per sheet, the one-year form (预算数 / 执行数 / 执行率 /
  分值 / 得分 over 年度资金总额 / 其中：财政拨款 / 其他资金, then 年度总体目标 and the indicators with 偏差原因);
- 青溪县水利局_2026年_项目支出绩效目标表.txt: the department's next-year targets, one project named as a form's;
- hainan_wuzhi_2024_project_self_evaluation.xlsx: another department's forms (五指区文体局, a name without its
  province), its file named in pinyin.
Run: python tests/data/eval60/make_docs.py"""

from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
QINGXI = "青溪县水利局"
# sheet, name, funds [(line, 预算数, 执行数, 分值, 得分)], indicators [(一级, 二级, 三级, 目标, 完成, 分值, 得分, 偏差原因)]
QINGXI_FORMS = [
    ("小型水库维护", "小型水库维修养护资金",
     [("年度资金总额", 400.0, 360.0, 10, 9.0), ("其中：财政拨款", 300.0, 280.0, None, None), ("其他资金", 100.0, 80.0, None, None)],
     [("产出指标", "数量指标", "维修养护水库座数", "≥40座", "42座", 20, 20, ""),
      ("产出指标", "数量指标", "清淤疏浚长度", "≥12公里", "12.5公里", 10, 10, ""),
      ("产出指标", "时效指标", "维修任务完成及时率", "≥95%", "90%", 10, 8, "汛期提前，两座水库维修顺延；下一步提前安排施工"),
      ("效益指标", "社会效益指标", "水库安全运行率", "100%", "100%", 30, 30, ""),
      ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", 20, 20, "")]),
    ("河道保洁", "河道日常保洁经费",
     [("年度资金总额", 120.0, 96.0, 10, 8.0), ("其中：财政拨款", 120.0, 96.0, None, None), ("其他资金", 0, 0, None, None)],
     [("产出指标", "数量指标", "保洁河道长度", "≥300公里", "310公里", 30, 30, ""),
      ("产出指标", "质量指标", "河面漂浮物清理率", "≥98%", "95%", 20, 17, "汛期垃圾量大，清理不及时；下一步增加保洁频次"),
      ("效益指标", "生态效益指标", "河道水质达标率", "≥90%", "92%", 20, 20, ""),
      ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "91%", 20, 20, "")]),
    ("农村饮水", "农村饮水工程维修资金",
     [("年度资金总额", 200.0, 194.0, 10, 9.7), ("其中：财政拨款", 200.0, 194.0, None, None), ("其他资金", 0, 0, None, None)],
     [("产出指标", "数量指标", "维修供水站点数", "≥25处", "26处", 30, 30, ""),
      ("效益指标", "社会效益指标", "受益人口", "≥3万人", "3.2万人", 30, 30, ""),
      ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%", "95%", 30, 30, "")]),
]
WUZHI = "五指区文体局"
WUZHI_FORMS = [
    ("全民健身", "全民健身活动经费",
     [("年度资金总额", 80.0, 76.0, 10, 9.5), ("其中：财政拨款", 80.0, 76.0, None, None), ("其他资金", 0, 0, None, None)],
     [("产出指标", "数量指标", "举办健身活动场次", "≥20场", "22场", 40, 40, ""),
      ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%", "92%", 50, 50, "")]),
    ("图书采购", "公共图书采购经费",
     [("年度资金总额", 50.0, 40.0, 10, 8.0), ("其中：财政拨款", 50.0, 40.0, None, None), ("其他资金", 0, 0, None, None)],
     [("产出指标", "数量指标", "新增图书册数", "≥1万册", "0.8万册", 40, 32, "部分书目缺货；下一步调整采购清单"),
      ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "91%", 50, 50, "")]),
]


def _workbook(path: Path, year: int, department: str, forms: list) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet, name, funds, indicators in forms:
        ws = wb.create_sheet(sheet)
        ws.merge_cells("A1:I1")
        ws["A1"] = f"{year}年度项目支出绩效自评表"
        ws.merge_cells("A2:I2")
        ws["A2"] = "单位：万元"
        ws.merge_cells("A3:B3")
        ws["A3"] = "项目名称"
        ws.merge_cells("C3:I3")
        ws["C3"] = name
        ws.merge_cells("A4:B4")
        ws["A4"] = "主管部门"
        ws.merge_cells("C4:E4")
        ws["C4"] = department
        ws["F4"] = "实施单位"
        ws.merge_cells("G4:I4")
        ws["G4"] = department
        ws.merge_cells("A5:B8")
        ws["A5"] = "项目资金（万元）"
        ws.merge_cells("C5:D5")
        for c, head in zip("EFGHI", ["预算数", "执行数", "执行率", "分值", "得分"], strict=True):
            ws[f"{c}5"] = head
        for k, (line, budget, spent, full, got) in enumerate(funds):
            r = 6 + k
            ws.merge_cells(f"C{r}:D{r}")
            ws[f"C{r}"] = line
            ws[f"E{r}"], ws[f"F{r}"] = budget, spent
            ws[f"E{r}"].number_format = ws[f"F{r}"].number_format = "0.00"
            if budget:
                ws[f"G{r}"] = round(spent / budget, 4)
                ws[f"G{r}"].number_format = "0.00%"
            else:
                ws[f"G{r}"] = "—"
            ws[f"H{r}"] = full if full is not None else "—"
            ws[f"I{r}"] = got if got is not None else "—"
        ws.merge_cells("A9:B10")
        ws["A9"] = "年度总体目标"
        ws.merge_cells("C9:E9")
        ws["C9"] = "预期目标"
        ws.merge_cells("F9:I9")
        ws["F9"] = "实际完成情况"
        ws.merge_cells("C10:E10")
        ws["C10"] = f"完成{name}年度任务。"
        ws.merge_cells("F10:I10")
        ws["F10"] = "基本完成年度任务。"
        for c, head in enumerate(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                  "偏差原因分析及改进措施"], 1):
            ws.cell(11, c, head)
        r = 12
        before: tuple = ()
        for level1, level2, indicator, target, actual, full, got, why in indicators:
            if not before or level1 != before[0]:
                ws.cell(r, 2, level1)
            if not before or (level1, level2) != before:
                ws.cell(r, 3, level2)
            for c, v in zip(range(4, 10), [indicator, target, actual, full, got, why or None], strict=True):
                ws.cell(r, c, v)
            before = (level1, level2)
            r += 1
        ws.merge_cells(start_row=12, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(12, 1, "绩效指标")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1, "总分")
        ws.cell(r, 7, 10 + sum(x[5] for x in indicators))
        ws.cell(r, 8, round(funds[0][4] + sum(x[6] for x in indicators), 2))
    wb.save(path)


TARGETS = """
项目支出绩效目标表（含转移支付项目）

部门名称：青溪县水利局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 520.00 450.00 70.00

青溪县水利局 520.00 450.00 70.00

    小型水库维修养护资金 450.00 380.00 70.00

完成全县45座小型水库维修养护，保障水库安全度汛。

1、1-产出指标,11-数量指标,维修养护水库座数；实施周期指标值:≥45座,年度指标值:≥45座;,2、3-满意度指标,31-服务对象满意度,
群众满意度；实施周期指标值:≥90%,年度指标值:≥90%;

    水资源节约宣传经费 70.00 70.00

开展节水宣传进社区、进学校活动，提高群众节水意识。

1、1-产出指标,11-数量指标,宣传活动场次；实施周期指标值:≥12场,年度指标值:≥12场;,2、3-满意度指标,31-服务对象满意度,
群众满意度；实施周期指标值:≥90%,年度指标值:≥90%;
"""


def main() -> None:
    _workbook(HERE / f"{QINGXI}_2025年度_项目支出绩效自评表.xlsx", 2025, QINGXI, QINGXI_FORMS)
    _workbook(HERE / "hainan_wuzhi_2024_project_self_evaluation.xlsx", 2024, WUZHI, WUZHI_FORMS)
    (HERE / f"{QINGXI}_2026年_项目支出绩效目标表.txt").write_text(TARGETS, encoding="utf-8")


if __name__ == "__main__":
    main()
