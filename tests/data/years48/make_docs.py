"""Build the two fictional tables of tests/test_round48_years48.py: one department (云岭县水利局) with its 2026
项目支出绩效目标表 (the seed's text layout) and its 2025 部门整体支出绩效自评表 (key projects under 重点项目, indicators with
年度指标值 and 实际完成值), beside 云岭县档案馆's 目标表 printing no year. The same projects carry other generic tails in the two years (专项资金 / 项目, 经费 / 项目).

Run from the repository: .venv/bin/python tests/data/years48/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).parent
DEPT = "云岭县水利局"
HEAD = (f"部门名称：{DEPT}(部门) 单位：万元\n\n"
        "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n")
L1 = {"产出": "1-产出指标", "效益": "2-效益指标", "满意度": "3-满意度指标"}
L2 = {"数量": "11-数量指标", "质量": "12-质量指标", "时效": "13-时效指标", "社会": "22-社会效益",
      "服务对象": "31-服务对象满意度"}
# name, 总计, 财政拨款, goal, indicators (一级, 二级, 名称, 实施周期指标值, 年度指标值)
PROJECTS = [
    ("山塘水库除险加固专项资金", 210.00, 210.00, "完成全县病险山塘水库除险加固，消除安全隐患。",
     [("产出", "数量", "山塘除险加固座数", "≥36座", "≥12座"),
      ("产出", "时效", "除险加固主体工程完成时间", "每年10月底前", "2026年10月底前"),
      ("满意度", "服务对象", "沿线群众满意度", "≥90%", "≥90%")]),
    ("农村饮用水提质改造经费", 95.00, 95.00, "改造农村供水管网，提升农村饮用水水质。",
     [("产出", "数量", "改造供水管网长度", "≥120公里", "≥40公里"),
      ("效益", "社会", "农村供水工程水质达标率", "≥95%", "≥95%"),
      ("满意度", "服务对象", "沿线群众满意度", "≥90%", "≥92%")]),
]
KEYPROJ = [("山塘水库除险加固项目", 260.00, 300.00, 276.30), ("农村饮用水提质改造项目", 100.00, 120.00, 110.40)]
# 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分
INDS = [
    ("产出指标", "数量指标", "山塘除险加固座数", "≥10座", "11座", 20, 20),
    ("产出指标", "质量指标", "除险加固工程验收合格率", "100%", "100%", 10, 10),
    ("产出指标", "时效指标", "补助资金拨付及时率", "≥95%", "97.1%", 10, 10),
    ("效益指标", "社会效益指标", "农村供水工程水质达标率", "≥93%", "96.2%", 20, 20),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "95.5%", 20, 20),
]


def indicator_text(inds: list[tuple[str, str, str, str, str]]) -> str:
    return ",".join(f"{i}、{L1[a]},{L2[b]},{name}；实施周期指标值:{pv},年度指标值:{av};"
                    for i, (a, b, name, pv, av) in enumerate(inds, 1))


def build_targets() -> None:
    total = sum(p[1] for p in PROJECTS)
    out = ["项目支出绩效目标表（含转移支付项目）\n\n", HEAD, f"合计 {total:.2f} {total:.2f}\n\n",
           f"{DEPT} {total:.2f} {total:.2f}\n\n"]
    for name, tot, fis, goal, inds in PROJECTS:
        out.append(f"    {name} {tot:.2f} {fis:.2f}\n\n{goal}\n\n{indicator_text(inds)}\n\n")
    (HERE / f"{DEPT}2026年项目支出绩效目标表.txt").write_text("".join(out), encoding="utf-8")


def build_yearless() -> None:
    """Another department's 目标表 printing no year (a follow-up to it carries another department's year)."""
    head = HEAD.replace(DEPT, "云岭县档案馆")
    out = ["项目支出绩效目标表（含转移支付项目）\n\n", head, "合计 30.00 30.00\n\n", "云岭县档案馆 30.00 30.00\n\n",
           "    档案数字化加工经费 18.00 18.00\n\n完成馆藏档案数字化加工。\n\n"
           "1、1-产出指标,11-数量指标,数字化加工页数；实施周期指标值:≥50万页,年度指标值:≥50万页;\n\n",
           "    档案库房安防维护经费 12.00 12.00\n\n保障档案库房安全。\n\n"
           "1、1-产出指标,13-时效指标,故障修复时间；实施周期指标值:≤24小时,年度指标值:≤24小时;\n\n"]
    (HERE / "云岭县档案馆项目支出绩效目标表.txt").write_text("".join(out), encoding="utf-8")


def build_self_evaluation() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "部门整体支出绩效自评表"
    ws.merge_cells("A1:H1")
    ws["A1"] = "2025年度部门整体支出绩效自评表"
    ws.merge_cells("A2:E2")
    ws["A2"] = f"部门名称：{DEPT}（部门整体）"
    ws.merge_cells("F2:H2")
    ws["F2"] = "单位：万元"
    ws.merge_cells("A3:C4")
    ws["A3"] = "年度预算执行情况（资金类别）"
    ws.merge_cells("D3:F3")
    ws["D3"] = "预算执行情况"
    ws.merge_cells("G3:I3")
    ws["G3"] = "评价"
    for c, t in zip("DEFGHI", ["年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"], strict=True):
        ws[c + "4"] = t
    rows = [("年度资金总额", 900.00, 1000.00, 951.00, 10), *[(n, a, b, c, 5) for n, a, b, c in KEYPROJ]]
    r = 5
    for k, (name, a, b, c, score) in enumerate(rows):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        ws.cell(r, 1, ("重点项目：" if k == 1 else "") + name)
        for col, v in enumerate((a, b, c, f"{c / b * 100:.2f}%", score, round(c / b * score, 2)), 4):
            ws.cell(r, col, v)
        r += 1
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    for i, h in enumerate(heads):
        ws.cell(r, i + 1, h)
    ws.merge_cells(start_row=r, start_column=8, end_row=r, end_column=9)
    r += 1
    start = r
    for k, row in enumerate(INDS):
        for i, v in enumerate((*row, ""), 1):
            if i > 2 or k == 0 or INDS[k - 1][i - 1] != v:  # (a group's name only in its first cell, merged down)
                ws.cell(r, i, v)
        ws.merge_cells(start_row=r, start_column=8, end_row=r, end_column=9)
        r += 1
    ws.merge_cells(start_row=start, start_column=1, end_row=start + 2, end_column=1)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.cell(r, 1, "总分")
    ws.cell(r, 6, 80)
    ws.cell(r, 7, 78.6)
    wb.save(HERE / f"{DEPT}2025年度部门整体支出绩效自评表.xlsx")


if __name__ == "__main__":
    build_targets()
    build_yearless()
    build_self_evaluation()
