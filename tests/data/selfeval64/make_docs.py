"""Build the two fixture workbooks of tests/test_selfeval64_blocks.py: 部门整体支出绩效自评表 sheets made of blocks, each
under a header row of its own further down the sheet, with no label column naming the blocks.

- 青禾县农业农村局 (layout A): 预算执行情况 | 年初预算数 | … | 执行率 | 得分, then 年度总体目标 merged down over its
  header (预期目标 | 实际完成情况) and its texts, then 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 |
  得分 | 偏差原因分析及改进措施 over the indicators, a 总分 row (自评等级：优) and the 填报人 line;
- 青禾县林业局 (layout B): 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率, then straight on to 一级指标 |
  二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 (another order, no texts, no 偏差 column) and a 合计 row.

Run from the repository: python tests/data/selfeval64/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

HERE = Path(__file__).parent


def _save(name: str, title: str, rows: list[list], merges: list[str], percent: dict[str, list[int]]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    for m in merges:
        ws.merge_cells(m)
    for col, lines in percent.items():
        for r in lines:
            ws[f"{col}{r}"].number_format = "0.00%"
    wb.save(HERE / name)


def layout_a() -> None:
    rows = [
        ["2025年度部门整体支出绩效自评表"],
        ["部门名称：青禾县农业农村局", None, None, None, None, "单位：万元"],
        ["预算执行情况（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", None, 1000, 1200, 1140, 10, 0.95, 9.5],
        ["基本支出", None, 400, 420, 415, None, 0.9881, None],
        ["项目支出", None, 600, 780, 725, None, 0.9295, None],
        ["年度总体目标", "预期目标", None, None, "实际完成情况"],
        [None, "1.新建高标准农田1万亩；2.生猪出栏20万头；3.化肥使用量减少2%以上。", None, None,
         "1.新建高标准农田1.1万亩；2.生猪出栏18.5万头，未完成年度目标；3.化肥使用量减少1.5%。"],
        ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "高标准农田面积", 20, "≥1万亩", "1.1万亩", 20, None],
        [None, None, "生猪出栏量", 20, "≥20万头", "18.5万头", 17, "生猪价格低迷，养殖户主动压栏。下步加强产能调控。"],
        [None, "质量指标", "农产品抽检合格率", 20, "≥98%", "99%", 20, None],
        [None, None, "耕地质量等级提升", 10, "≥0.1个等级", "0.12个等级", 10, None],
        ["效益指标", "生态效益指标", "化肥使用量减少比例", 10, "≥2%", "1.5%", 8, "病虫害偏重发生，防治用药增加。"],
        [None, None, "秸秆综合利用率", 10, "≥95%", "96%", 10, None],
        ["总分", None, None, 100, None, None, 94.5, "自评等级：优"],
        ["填报人：张晓    联系电话：0571-6000000    填报日期：2026年3月1日"],
    ]
    merges = ["A1:H1", "A2:E2", "F2:H2", "A3:B3", "A4:B4", "A5:B5", "A6:B6", "A7:A8", "B7:D7", "E7:H7", "B8:D8",
              "E8:H8", "A10:A13", "B10:B11", "B12:B13", "A14:A15", "B14:B15", "A16:C16", "A17:H17"]
    _save("青禾县农业农村局_2025年度_部门整体支出绩效自评表.xlsx", "部门整体支出绩效自评表", rows, merges,
          {"G": [4, 5, 6]})


def layout_b() -> None:
    rows = [
        ["青禾县林业局2025年度部门整体支出绩效自评表"],
        [None, None, None, None, None, None, "单位：万元"],
        ["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["合计", 500, 560, 532, 0.95],
        ["财政拨款", 450, 500, 480, 0.96],
        ["其他资金", 50, 60, 52, 0.8667],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "人工造林面积", "≥1.5万亩", "1.62万亩", 30, 30],
        [None, None, "森林抚育面积", "≥2万亩", "1.8万亩", 20, 18],
        [None, "时效指标", "造林完成及时率", "100%", "100%", 20, 20],
        ["满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "92%", 15, 15],
        [None, None, "护林员满意度", "≥90%", "88%", 15, 14],
        ["合计", None, None, None, None, 100, 97],
    ]
    merges = ["A1:G1", "A8:A10", "B8:B9", "A11:A12", "B11:B12", "A13:E13"]
    _save("青禾县林业局_2025年度_部门整体支出绩效自评表.xlsx", "自评表", rows, merges, {"E": [4, 5, 6]})


if __name__ == "__main__":
    layout_a()
    layout_b()
