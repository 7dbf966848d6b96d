"""Function-classified budget tables (round 30): a county's 一般公共预算支出功能分类预算表 with 类/款/项 codes,
上年预算数 | 本年预算数 (小计 / 基本支出 / 项目支出, a merged head) | 增减额 | 增减% — the change of the whole
table asked without naming its total row, a change asked with 少了多少, a line's share of the line just shown,
one of several lines shown picked by the head it stands under, and a change asked after same-named lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over

from bot.engine import Engine

# 岚溪县 (fictional): (code, name, 上年, 本年小计, 基本支出, 项目支出); the 合计 row is their 类 lines' sum.
_LINES = [
    ("201", "一般公共服务支出", 3200, 3350, 3000, 350),
    ("20101", "人大事务", 400, 420, 380, 40),
    ("2010101", "行政运行", 400, 420, 380, 40),
    ("20106", "财政事务", 900, 950, 700, 250),
    ("2010601", "行政运行", 700, 700, 700, None),
    ("2010607", "信息化建设", 200, 250, None, 250),
    ("207", "文化旅游体育与传媒支出", 2600, 2300, 800, 1500),
    ("20701", "文化和旅游", 2600, 2300, 800, 1500),
    ("2070101", "行政运行", 800, 800, 800, None),
    ("2070109", "群众文化", 1800, 1500, None, 1500),
    ("211", "节能环保支出", 1200, 1460, 160, 1300),
    ("21101", "环境保护管理事务", 160, 160, 160, None),
    ("2110101", "行政运行", 160, 160, 160, None),
    ("21103", "污染防治", 1040, 1300, None, 1300),
    ("2110301", "大气", 640, 820, None, 820),
    ("2110302", "水体", 400, 480, None, 480),
    ("224", "灾害防治及应急管理支出", 900, 840, 600, 240),
    ("22401", "应急管理事务", 900, 840, 600, 240),
    ("2240101", "行政运行", 600, 600, 600, None),
    ("2240106", "安全监管", 300, 240, None, 240),
    ("229", "其他支出", 700, 560, None, 560),
    ("22999", "其他支出", 700, 560, None, 560),
    ("2299901", "其他支出", 700, 560, None, 560),
]


def _function_table(path: Path, place: str = "岚溪县", scale: int = 1) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "功能分类支出"
    ws.append([f"{place}2025年一般公共预算支出功能分类预算表"])
    ws.append([None] * 7 + ["单位：万元"])
    ws.append(["科目编码", "科目名称", "上年预算数", "本年预算数", None, None, "增减额", "增减%"])
    ws.append([None, None, None, "小计", "基本支出", "项目支出", None, None])
    tops = [x for x in _LINES if len(x[0]) == 3]
    total = ("", "合计", *(sum(x[i] or 0 for x in tops) for i in range(2, 6)))
    for code, name, last, now, basic, project in [total, *_LINES]:
        last, now, basic, project = (x * scale if x is not None else None for x in (last, now, basic, project))
        ws.append([code or None, name, last, now, basic, project, now - last, round((now - last) / last * 100, 1)])
    for cells in ("A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "H3:H4"):
        ws.merge_cells(cells)
    ws.append(["注：本表为县本级一般公共预算支出；上年预算数为2024年年初预算数。"])
    wb.save(path)


@pytest.fixture(scope="module")
def lanxi(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("fn30")
    _function_table(folder / "lanxi_function.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "lanxi_function.xlsx"])


@pytest.mark.parametrize("asked", ["岚溪今年比去年增加多少", "岚溪比上年增长多少", "岚溪总支出比去年增加多少"])
def test_change_of_the_table_without_its_total_row_named(lanxi: Engine, asked: str) -> None:
    # 合计: 上年 7900 + 700 = 8600, 本年 8510: the total row's two years, never 本年 figures standing for it
    a = converse(lanxi, asked)
    assert a.status == "answered" and "-90" in a.text and "8510" in a.text and "8600" in a.text


def test_growth_of_the_total_is_its_printed_change(lanxi: Engine) -> None:
    a = converse(lanxi, "岚溪总支出增长了多少")
    assert a.status == "answered" and "增减额" in a.text and "-90" in a.text


@pytest.mark.parametrize("asked", ["群众文化比上年少了多少", "群众文化比去年减少了多少", "安全监管比上年下降了多少"])
def test_fall_asked_with_le_is_the_lines_change(lanxi: Engine, asked: str) -> None:
    # "少了多少": never 了多少 read as part of another label (得了多少分)
    a = converse(lanxi, asked)
    assert a.status == "answered" and ("300" in a.text or "60" in a.text)
    assert "得分" not in a.text


def test_share_of_a_line_under_the_line_shown(lanxi: Engine) -> None:
    a = converse(lanxi, "岚溪的污染防治", "大气占多少")
    assert a.status == "answered" and "63.08" in a.text and "1300" in a.text and "8510" not in a.text


def test_share_of_a_line_not_under_the_line_shown_is_of_the_total(lanxi: Engine) -> None:
    a = converse(lanxi, "岚溪的污染防治", "群众文化占多少")
    assert "1300" not in a.text


@pytest.mark.parametrize(("head", "figure"), [("应急管理事务下面那个", "600"), ("财政事务下面那个", "700")])
def test_one_of_the_lines_shown_by_the_head_it_stands_under(lanxi: Engine, head: str, figure: str) -> None:
    a = converse(lanxi, "岚溪行政运行", head)
    assert a.status == "answered" and "行政运行" in a.text and f"{figure}万元" in a.text
    assert "840" not in a.text and "950" not in a.text  # never the head's own figure


def test_change_after_same_named_lines_is_their_printed_change(lanxi: Engine) -> None:
    a = converse(lanxi, "岚溪其他支出", "减了多少")
    assert a.status == "answered" and "-140" in a.text and "增减额" in a.text


# 青岚县林业局 (fictional): a 部门收支决算对比表 — 预算数 (年初 / 调整) | 决算数 | 决算数为调整预算数的% | 备注.
_ACCOUNTS = [
    ("收入", "一、财政拨款收入", 2100, 2600, 2550, 98.08, None),
    (None, "    其中：一般公共预算财政拨款", 2000, 2400, 2360, 98.33, "年中追加森林防火补助"),
    (None, "二、事业收入", 60, 60, 45, 75, "苗木检疫服务量减少"),
    (None, "收入合计", 2160, 2660, 2595, 97.56, None),
    ("支出", "一、社会保障和就业支出", 300, 310, 306, 98.71, None),
    (None, "    其中：行政事业单位养老支出", 250, 260, 255, 98.08, None),
    (None, "二、农林水支出", 1700, 2180, 2140, 98.17, None),
    (None, "    其中：林业和草原", 1500, 1900, 1880, 98.95, None),
    (None, "          森林生态效益补偿", 200, 280, 260, 92.86, "部分补偿资金结转下年"),
    (None, "三、灾害防治及应急管理支出", 40, 90, 36, 40, "森林防火物资采购未全部完成"),
    (None, "支出合计", 2040, 2580, 2482, 96.2, None),
    ("结转", "年末结转和结余", None, None, 113, None, "主要为森林生态效益补偿结转资金"),
]


def _accounts_table(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "决算对比"
    ws.append(["青岚县林业局2024年度部门收支决算对比表"])
    ws.append(["编制单位：青岚县林业局", None, None, None, None, "单位：万元", None])
    ws.append(["项目", None, "预算数", None, "决算数", "决算数为调整预算数的%", "备注"])
    ws.append([None, None, "年初预算数", "调整预算数", None, None, None])
    for row in _ACCOUNTS:
        ws.append(list(row))
    ws.append(["注：1.调整预算数含年中追加；2.本年度无经营收入。"])
    for cells in ("A1:G1", "A2:E2", "F2:G2", "A3:B4", "C3:D3", "E3:E4", "F3:F4", "G3:G4", "A5:A8", "A9:A15"):
        ws.merge_cells(cells)
    wb.save(path)


@pytest.fixture(scope="module")
def qinglan(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("fn30_accounts")
    _accounts_table(folder / "qinglan_forestry.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "qinglan_forestry.xlsx"])


def test_the_other_end_of_the_year_is_another_line(qinglan: Engine) -> None:
    # the table prints 年末结转和结余 only: 年初 asked is never answered with 年末's 113
    a = converse(qinglan, "青岚林业局年初结转和结余多少")
    assert a.status != "answered" or "113" not in a.text


def test_a_line_named_bare_is_its_figure_not_its_note(qinglan: Engine) -> None:
    a = converse(qinglan, "青岚林业局年末结转和结余")
    assert a.status == "answered" and "113" in a.text
    assert "森林生态效益补偿结转资金" in converse(qinglan, "青岚林业局年末结转和结余备注").text


def test_a_part_said_inside_a_line_is_not_that_line(qinglan: Engine) -> None:
    # "农林水里湿地支出": 湿地 is no line of the table; never 农林水支出's own figures
    a = converse(qinglan, "青岚林业局农林水里湿地支出")
    assert a.status != "answered" and "2140" not in a.text


def test_a_part_said_inside_a_line_that_the_table_prints(qinglan: Engine) -> None:
    a = converse(qinglan, "青岚林业局农林水里林业和草原支出")
    assert a.status == "answered" and "1880" in a.text


@pytest.mark.parametrize("asked", ["青岚林业局灾害防治支出完成率", "青岚林业局灾害防治支出执行率多少"])
def test_printed_rate_is_shown_over_the_budget_it_names(qinglan: Engine, asked: str) -> None:
    # 决算数为调整预算数的% = 40: 36 ÷ 90 (调整预算数), never ÷ 40 (年初预算数)
    a = converse(qinglan, asked)
    assert a.status == "answered" and "40%" in a.text and "÷ 90" in a.text and "÷ 40" not in a.text


# 桐川县城市管理局 (fictional): a 部门整体支出绩效目标表 — 资金总额 2000 = 基本支出 800 + 项目支出 1200; four tasks.
_TASKS = [("道路清扫", 600.0), ("垃圾转运", 360.0), ("路灯维护", 180.0), ("违建整治", 60.0)]


def _city_management(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整体目标"
    ws["A1"] = "桐川县城市管理局2026年部门整体支出绩效目标表"
    ws["A2"] = "填报单位：桐川县城市管理局                 单位：万元"
    ws["A3"], ws["B3"] = "部门名称", "桐川县城市管理局"
    ws["A4"], ws["B4"], ws["C4"], ws["E4"] = "年度预算", "资金总额", "按支出性质分", "按资金来源分"
    ws["C5"], ws["D5"], ws["E5"], ws["F5"] = "基本支出", "项目支出", "财政拨款", "其他资金"
    for col, v in zip("BCDEF", (2000, 800, 1200, 1900, 100), strict=True):
        ws[f"{col}6"] = v
    for cells in ("A1:F1", "A4:A6", "B4:B5", "C4:D4", "E4:F4"):
        ws.merge_cells(cells)
    ws["A7"], ws["B7"] = "部门职能概述", "负责县城市容环境卫生和市政设施管理。"
    ws["A8"], ws["B8"] = "年度总体目标", "目标1：主次干道机械化清扫率达到80%以上。"
    ws["A9"], ws["B9"], ws["C9"], ws["D9"], ws["F9"] = "年度重点工作任务", "序号", "任务名称", "主要内容", "预算金额（万元）"
    for i, (name, money) in enumerate(_TASKS, 1):
        ws.cell(9 + i, 2, i)
        ws.cell(9 + i, 3, name)
        ws.cell(9 + i, 4, f"{name}服务采购")
        ws.cell(9 + i, 6, money)
    ws["B14"], ws["F14"] = "合计", 1200
    ws.merge_cells("B14:E14")
    ws.merge_cells("A9:A14")
    ws["A15"], ws["B15"], ws["C15"], ws["D15"], ws["E15"] = "年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"
    rows = [("产出指标", "数量指标", "清扫面积", "≥150万平方米"), (None, "时效指标", "路灯故障修复时限", "≤36小时"),
            (None, None, "违建拆除完成时间", "2026年11月底前"), ("满意度指标", "服务对象满意度指标", "市民满意度", "≥88%")]
    for r, row in enumerate(rows, 16):
        for c, v in enumerate(row, 2):
            if v is not None:
                ws.cell(r, c, v)
    for cells in ("A15:A19", "B16:B18", "C17:C18"):
        ws.merge_cells(cells)
    ws["A21"] = "填报人：沈一鸣        联系电话：0000-5551234"
    wb.save(path)


@pytest.fixture(scope="module")
def tongchuan(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("fn30_city")
    _city_management(folder / "tongchuan_cgj.xlsx")
    _function_table(folder / "lanxi_function.xlsx")  # 岚溪's lines hold no 城管: the word names the bureau
    root = Path(__file__).resolve().parent.parent
    return engine_over(folder / "kb.sqlite", [root / "knowledge", folder])


def test_task_share_of_project_spending_is_over_the_projects(tongchuan: Engine) -> None:
    # 600 ÷ 1200 (项目支出), never ÷ 2000 (资金总额, 基本支出 in it)
    a = converse(tongchuan, "道路清扫占项目支出比重")
    assert a.status == "answered" and "50.00%" in a.text and "2000" not in a.text


@pytest.mark.parametrize(("asked", "said"), [("城管那张表填报人是谁", "沈一鸣"),
                                             ("城管的时效指标有哪些", "违建拆除完成时间"),
                                             ("城管重点任务预算倒数第二", "路灯维护")])
def test_the_bureau_word_alone_names_the_one_bureau_loaded(tongchuan: Engine, asked: str, said: str) -> None:
    a = converse(tongchuan, asked)
    assert a.status == "answered" and said in a.text


def test_bare_share_after_a_line_is_over_the_line_it_stands_under(qinglan: Engine) -> None:
    # 决算 255 ÷ 306 (社会保障和就业支出), each column over the same column of the line above
    a = converse(qinglan, "青岚林业局社会保障和就业支出", "其中养老支出", "占比多少")
    assert a.status == "answered" and "83.33%" in a.text and "255 ÷ 306" in a.text


def test_share_of_a_line_the_table_lacks_is_not_the_line_shown_again(qinglan: Engine) -> None:
    # the table prints no 项目支出 line: never 支出合计's figures standing for a share
    a = converse(qinglan, "青岚林业局支出合计", "项目支出占多少")
    assert a.status != "answered"


def test_total_said_after_an_item_of_two_departments_adds_them(tmp_path: Path) -> None:
    # 岚溪 3350 + 梅坪 3350 × 3 = 13400: 合计 said last adds the two, never each table's 合计 line listed
    _function_table(tmp_path / "lanxi.xlsx")
    _function_table(tmp_path / "meiping.xlsx", "梅坪县", 3)
    engine = engine_over(tmp_path / "kb.sqlite", [tmp_path / "lanxi.xlsx", tmp_path / "meiping.xlsx"])
    a = converse(engine, "岚溪跟梅坪一般公共服务支出合计")
    assert a.status == "answered" and "13400" in a.text
