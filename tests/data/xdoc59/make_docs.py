"""Build the xdoc59 fixture (fictional places 鹭溪县 and 棠州市; figures of their own), laid out as the published
tables are: two bureaus' 项目支出绩效目标表 (text), the county's 三公 table of its departments and its
一般公共预算支出功能分类表 (xlsx), and the county's 应急管理局 with two funding units. Run from this folder."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
P, E, S = "1-产出指标", "2-效益指标", "3-满意度指标"
SL, ZL, SX, CB, SH, MY = "11-数量指标", "12-质量指标", "13-时效指标", "14-成本指标", "22-社会效益", "31-服务对象满意度"
L1 = {SL: P, ZL: P, SX: P, CB: P, SH: E, MY: S}


def _amounts(*xs: float) -> str:
    return " ".join(f"{x:.2f}" for x in xs if x)


def project_table(dept: str, units: list[tuple[str, list[tuple]]]) -> str:
    """A 项目支出绩效目标表 as its PDF's text reads: the 合计 line, each unit's line, its projects."""
    head = f"部门名称：{dept}(部门) 单位：万元\n\n项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标\n\n"
    unit_totals = [[round(sum(p[k] for p in projects), 2) for k in (1, 2, 3)] for _, projects in units]
    total = [round(sum(t[k] for t in unit_totals), 2) for k in range(3)]
    out = ["\n项目支出绩效目标表（含转移支付项目）\n\n", head, f"合计 {_amounts(*total)}\n\n"]
    for (unit, projects), t in zip(units, unit_totals, strict=True):
        out.append(f"{unit} {_amounts(*t)}\n\n")
        for name, amount, fiscal, other, goal, indicators in projects:
            out.append(f"    {name} {_amounts(amount, fiscal, other)}\n\n{goal}\n\n")
            said = ",".join(f"{k}、{L1[l2]},{l2},{n}；实施周期指标值:{pv},年度指标值:{av};"
                            for k, (l2, n, pv, av) in enumerate(indicators, start=1))
            out.append(said + "\n\n")
    return "".join(out)


COUNTY_HR = "鹭溪县人力资源和社会保障局"
COUNTY_HR_UNITS = [
    (COUNTY_HR, [
        ("劳动监察执法经费", 27.00, 27.00, 0, "开展劳动保障监察执法，维护劳动者合法权益。",
         [(SL, "日常巡查用人单位户数", "≥900户", "≥300户"), (MY, "投诉举报人满意度", "≥90%", "≥90%")]),
    ]),
    ("鹭溪县就业服务中心", [
        ("就业创业补助资金", 310.00, 250.00, 60.00, "落实就业创业扶持政策，完成城镇新增就业目标任务。",
         [(SL, "城镇新增就业人数", "≥9000人", "≥3100人"), (ZL, "补贴资金发放准确率", "100%", "100%")]),
        ("创业担保贷款贴息资金", 96.00, 96.00, 0, "对符合条件的创业者发放创业担保贷款并给予财政贴息。",
         [(SL, "新增发放创业担保贷款", "≥2亿元", "≥7000万元"), (SX, "贴息资金拨付及时率", "100%", "100%")]),
        ("公益性岗位补贴资金", 218.40, 218.40, 0, "开发公益性岗位托底安置就业困难人员。",
         [(SL, "公益性岗位安置人数", "≥700人", "≥700人"), (CB, "乡村公益性岗位补贴标准", "≤450元/人·月", "≤450元/人·月")]),
        ("高校毕业生就业见习补贴", 33.80, 33.80, 0, "组织离校未就业高校毕业生参加就业见习。",
         [(SL, "组织就业见习人数", "≥300人", "≥100人"), (MY, "见习人员满意度", "≥90%", "≥90%")]),
    ]),
    ("鹭溪县社会保险事业中心", [
        ("城乡居民基本养老保险县级补助资金", 874.25, 874.25, 0, "落实城乡居民基本养老保险县级补助，养老金按月足额发放。",
         [(SL, "城乡居民养老保险参保人数", "≥26万人", "≥26万人"), (SH, "城乡居民基本养老保险参保率", "≥95%", "≥95%")]),
        ("被征地农民养老保险补助资金", 142.60, 100.00, 42.60, "对被征地农民参加基本养老保险给予缴费补贴。",
         [(SL, "享受补贴被征地农民人数", "≥2100人", "≥700人"), (MY, "被征地农民满意度", "≥85%", "≥85%")]),
    ]),
]

CITY_HR = "棠州市人力资源和社会保障局"
CITY_HR_UNITS = [
    (CITY_HR, [
        ("城乡居民养老保险政府补贴资金", 15310.00, 15310.00, 0, "落实城乡居民养老保险政府补贴，保障参保居民待遇按时足额发放。",
         [(SL, "城乡居民养老保险参保人数", "≥180万人", "≥180万人"), (SX, "养老金按月发放率", "100%", "100%")]),
        ("促进就业专项资金（含创业担保贷款贴息资金）", 870.00, 870.00, 0, "落实就业创业扶持政策和创业担保贷款贴息。",
         [(SL, "城镇新增就业人数", "≥41000人", "≥41000人"), (SX, "补贴资金发放及时率", "≥95%", "≥95%")]),
        ("公益性岗位补贴资金", 1020.00, 1020.00, 0, "开发城镇公益性岗位安置就业困难人员。",
         [(SL, "公益性岗位安置人数", "≥2600人", "≥2600人"), (MY, "服务对象满意度", "≥90%", "≥90%")]),
    ]),
]

COUNTY_SAFETY = "鹭溪县应急管理局"
COUNTY_SAFETY_UNITS = [
    (COUNTY_SAFETY, [
        ("安全生产监管执法专项经费", 64.50, 64.50, 0, "开展安全生产监管执法检查。",
         [(SL, "执法检查企业数", "≥400家", "≥400家"), (MY, "企业满意度", "≥90%", "≥90%")]),
    ]),
    ("鹭溪县应急救援指挥中心", [
        ("应急指挥平台运维经费", 122.30, 122.30, 0, "保障应急指挥平台稳定运行。",
         [(ZL, "平台正常运行率", "≥99%", "≥99%"), (SX, "故障响应时间", "≤2小时", "≤2小时")]),
        ("应急物资储备经费", 80.70, 80.70, 0, "储备应急救援物资。",
         [(SL, "储备物资品类", "≥40类", "≥40类"), (ZL, "物资完好率", "≥98%", "≥98%")]),
    ]),
    ("鹭溪县应急管理综合行政执法队", [
        ("执法装备购置及维护经费", 27.60, 27.60, 0, "购置和维护执法装备。",
         [(SL, "购置执法记录仪", "≥30台", "≥30台"), (ZL, "装备完好率", "≥95%", "≥95%")]),
        ("编外执法辅助人员工资经费", 71.40, 71.40, 0, "保障编外执法辅助人员工资按时发放。",
         [(SL, "编外执法辅助人员人数", "18人", "18人"), (SX, "工资发放及时率", "100%", "100%")]),
    ]),
]

# 三公 table of the county's departments: (主管部门, [(单位, 2025年 (出国, 购置, 运维, 接待))])
SANGONG = [
    ("鹭溪县公安局", [("鹭溪县公安局", (0, 24.00, 88.50, 5.10))]),
    ("鹭溪县财政局", [("鹭溪县财政局", (0, 0, 6.20, 2.80))]),
    (COUNTY_HR, [("鹭溪县人力资源和社会保障局本级", (0, 0, 3.90, 2.10)),
                 ("鹭溪县就业服务中心", (0, 0, 1.70, 0.90))]),
]

# 功能分类表 lines: (code, name, 2024 预算, 2024 执行, 2025 预算)
FUNCTIONS = [
    ("208", "社会保障和就业支出", 5917.00, 5842.28, 6239.40),
    ("20807", "就业补助", 1327.00, 1283.18, 1405.40),
    ("2080705", "公益性岗位补贴", 1290.00, 1254.06, 1362.20),
    ("2080711", "就业见习补贴", 37.00, 29.12, 43.20),
    ("20826", "财政对基本养老保险基金的补助", 4590.00, 4559.10, 4834.00),
    ("2082602", "财政对城乡居民基本养老保险基金的补助", 4590.00, 4559.10, 4834.00),
    ("221", "住房保障支出", 6830.00, 6811.40, 7025.00),
    ("2210201", "住房公积金", 6830.00, 6811.40, 7025.00),
]


def sangong_table(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "三公经费预算表"
    ws["A1"] = "鹭溪县2025年县直部门“三公”经费财政拨款预算表"
    ws["A2"] = "单位：万元"
    ws["A3"], ws["B3"], ws["C3"] = "主管部门", "单位名称", "2025年预算数"
    for k, label in enumerate(("合计", "因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费")):
        ws.cell(4, 3 + k, label)
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    ws.merge_cells("C3:G3")
    rows: list[tuple] = []
    for dept, units in SANGONG:
        values = [[round(sum(v), 2), *v] for _, v in units]
        if len(units) == 1:
            rows.append((dept, units[0][0], values[0]))
        else:
            rows.append((dept, "小计", [round(sum(v[k] for v in values), 2) for k in range(5)]))
            rows += [(None, unit, v) for (unit, _), v in zip(units, values, strict=True)]
    total = [round(sum(r[2][k] for r in rows if r[1] != "小计"), 2) for k in range(5)]  # (units, not their 小计)
    ws.cell(5, 1, "合计")
    ws.merge_cells("A5:B5")
    for k, v in enumerate(total):
        ws.cell(5, 3 + k, v)
    for r, (dept, unit, values) in enumerate(rows, start=6):
        if dept:
            ws.cell(r, 1, dept)
        ws.cell(r, 2, unit)
        for k, v in enumerate(values):
            ws.cell(r, 3 + k, v)
    wb.save(path)


def function_table(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "功能分类支出"
    ws["A1"] = "鹭溪县2025年一般公共预算支出功能分类表"
    ws["A2"] = "单位：万元"
    ws["A3"], ws["B3"], ws["C3"], ws["E3"] = "科目编码", "科目名称", "2024年", "2025年预算数"
    ws["C4"], ws["D4"] = "预算数", "执行数"
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    ws.merge_cells("C3:D3")
    ws.merge_cells("E3:E4")
    tops = [f for f in FUNCTIONS if len(f[0]) == 3]
    ws.cell(5, 1, "合计")
    ws.merge_cells("A5:B5")
    for k in range(3):
        ws.cell(5, 3 + k, round(sum(f[2 + k] for f in tops), 2))
    for r, (code, name, *values) in enumerate(FUNCTIONS, start=6):
        ws.cell(r, 1, code)
        ws.cell(r, 2, {3: "", 5: "  ", 7: "    "}[len(code)] + name)
        for k, v in enumerate(values):
            ws.cell(r, 3 + k, v)
    wb.save(path)


if __name__ == "__main__":
    (HERE / "鹭溪县_鹭溪县人力资源和社会保障局_2025年_项目支出绩效目标表.txt").write_text(
        project_table(COUNTY_HR, COUNTY_HR_UNITS), encoding="utf-8")
    (HERE / "棠州市_棠州市人力资源和社会保障局_2025年_项目支出绩效目标表.txt").write_text(
        project_table(CITY_HR, CITY_HR_UNITS), encoding="utf-8")
    (HERE / "鹭溪县_鹭溪县应急管理局_2025年_项目支出绩效目标表.txt").write_text(
        project_table(COUNTY_SAFETY, COUNTY_SAFETY_UNITS), encoding="utf-8")
    sangong_table(HERE / "鹭溪县_县直各部门_2025年_三公经费预算表.xlsx")
    function_table(HERE / "鹭溪县_全县_2025年_一般公共预算支出功能分类表.xlsx")
