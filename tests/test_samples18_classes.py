"""Classes of questions about the published layouts (部门整体预算绩效目标表, 项目申报表, 项目支出绩效自评表) and
the lines of a final account by 功能分类, tried on fictional tables of the same shapes (other departments,
names and figures): a follow-up naming another line of the table; the N-th key task with no list shown;
a share among the N tasks; the highest value of a list of indicators; a figure against the year the
table's own text states; 明细 alone listing the lines; a field of the form asked after another; a word of
the table's kind said beside a group; a line's share of the line it is printed under, or of the table's
合计; two departments' lines compared; a column the shown figures lack; a line asked inside a leaf line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import DATA, converse, engine_over, set_cells, simple_table

SAMPLES = DATA / "samples"


def _targets(folder: Path) -> Path:
    """江屿市人社局's 部门整体预算绩效目标表: 基本支出 8000, 项目支出 30000, three key tasks (9000, 321.5, 777)."""
    path = folder / "jiangyu_2025_department_targets.xlsx"
    shutil.copyfile(SAMPLES / "zhanjiang_rsj_2024_department_targets.xlsx", path)
    set_cells(path, {"A1": "2025年市级部门整体预算绩效目标表", "B2": "江屿市人力资源和社会保障局",
                "C5": 8000, "C6": 30000, "E5": 38000, "E6": 0,
                "B12": "城乡居民医疗保险参保补贴资金", "D12": 9000,
                "B13": "“西部计划”志愿者生活补贴", "D13": 321.5,
                "B14": "创业扶持专项资金", "D14": 777,
                "D23": "“西部计划”志愿者到岗及时率", "E23": "≥92%",
                "E34": "≥70%", "E35": "≧85%", "E36": "≧97%", "E37": "≥88%"})
    return path


def _application(folder: Path) -> Path:
    """河湾分局's 2022 项目申报表 of 2900万元 in six lines; its text states the budgets of 2020 and 2021."""
    path = folder / "qingshi_2022_application.xlsx"
    shutil.copyfile(SAMPLES / "wuhan_donghu_rsj_2020_project_application.xlsx", path)
    dept = "青石市人力资源和社会保障局河湾分局"
    set_cells(path, {"A1": "2022年项目申报表", "C2": "技能提升专项资金", "C3": dept, "F3": dept, "C4": "林晓岚",
                "C8": 2900, "F8": 2900, "F11": 2900, "F12": 2900, "F13": 2900,
                "C9": "1.前两年预算安排情况：2020年预算金额2000万元，2021年预算金额2500万元；\n2.当年预算变动情况及理由："
                      "较上年有所增加，主要因扩大了培训规模。",
                "F26": 2900, "F27": 500, "F28": 1200.5, "F29": 800, "F30": 300, "F31": 20, "F32": 79.5,
                "C34": "完成2022年度技能提升各项任务"})
    return path


def _self_evaluation(folder: Path) -> Path:
    """柳安区人社局's 自评表: 实施单位 柳安区创业服务中心; its 管理类 weights 8+12+2+6+2+2."""
    path = folder / "liuan_2023_self_evaluation.xlsx"
    shutil.copyfile(SAMPLES / "chongqing_yuzhong_2021_project_self_evaluation.xlsx", path)
    set_cells(path, {"A1": "2023年度项目支出绩效自评表", "B2": "创业扶持资金", "I2": "宋知秋", "B3": "柳安区创业服务中心",
                "I3": "柳安区人力资源和社会保障局", "B5": 2500, "F5": 2130, "F22": 12})
    return path


def _accounts(path: Path, dept: str, tables: list[tuple[str, list[str], list[tuple]]], prose: str = "") -> Path:
    """A department's 部门决算 as a ruled PDF: a cover, then one table a page under its title and unit line,
    lines of 功能分类 coded by 类/款/项 (201 › 20106 › 2010601) that the reader nests by their codes."""
    import io

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("cn", fontName="STSong-Light", fontSize=10, leading=14)
    out = io.BytesIO()
    story = [Paragraph(f"{dept}2024年度部门决算", style), PageBreak()]
    for title, header, rows in tables:
        cells = [header] + [["" if v is None else f"{v:.2f}" if isinstance(v, int | float) else v for v in r] for r in rows]
        table = Table(cells)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "STSong-Light", 9),
                                   ("GRID", (0, 0), (-1, -1), 0.75, colors.black)]))
        story += [Paragraph(title, style), Paragraph("单位：万元", style), table, PageBreak()]
    if prose:
        story += [Paragraph("（三）国有资产占有使用情况说明", style), Paragraph(prose, style)]
    SimpleDocTemplate(out, pagesize=A4, invariant=1).build(story)
    path.write_bytes(out.getvalue())
    return path


_INCOME = ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "其他收入"]
_SPENDING = ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"]


def _bureau(folder: Path) -> Path:
    """柏川区财政局: 一般公共服务支出 800 (收入 812) of 1000, 信息化建设 300 under it; 电费 only by 经济分类."""
    income = [("", "合计", 1012, 1000, 12), ("201", "一般公共服务支出", 812, 800, 12), ("20106", "财政事务", 812, 800, 12),
              ("2010601", "行政运行", 512, 500, 12), ("2010607", "信息化建设", 300, 300, 0),
              ("210", "卫生健康支出", 200, 200, 0)]
    spending = [("", "合计", 1000, 700, 300), ("201", "一般公共服务支出", 800, 600, 200), ("20106", "财政事务", 800, 600, 200),
                ("2010601", "行政运行", 500, 500, 0), ("2010607", "信息化建设", 300, 100, 200),
                ("210", "卫生健康支出", 200, 100, 100), ("21011", "行政事业单位医疗", 200, 100, 100)]
    simple_table(folder / "baichuan_sjj_2024_projects.xlsx", "项目", "柏川区数据资源局2024年项目支出表", "C2", "单位：万元",
                 ["项目名称", "实施单位", "金额"], [("财政信息系统运维", "柏川区财政信息中心", 88)])
    return _accounts(folder / "baichuan_czj_2024_accounts.pdf", "柏川区财政局", [
        ("收入决算表", _INCOME, income), ("支出决算表", _SPENDING, spending),
        ("一般公共预算财政拨款基本支出决算表", ["科目编码", "科目名称", "决算数"],
         [("30201", "办公费", 31), ("30206", "电费", 6), ("31013", "公务用车购置", 25)])],
        "截至2024年12月31日，柏川区财政局共有车辆3辆，其中：主要领导干部用车1辆、执法执勤用车2辆。")


def _office(folder: Path) -> Path:
    """柏川区民政局: 一般公共服务支出 120 (收入 and 支出 alike), 信息化建设 20 under it."""
    lines = [("", "合计", 150, 150, 0), ("201", "一般公共服务支出", 120, 120, 0), ("20102", "民政事务", 120, 120, 0),
             ("2010201", "行政运行", 100, 100, 0), ("2010207", "信息化建设", 20, 20, 0), ("210", "卫生健康支出", 30, 30, 0)]
    return _accounts(folder / "baichuan_mzj_2024_accounts.pdf", "柏川区民政局", [
        ("收入决算表", _INCOME, lines), ("支出决算表", _SPENDING, lines),
        ("一般公共预算财政拨款基本支出决算表", ["科目编码", "科目名称", "决算数"], [("30201", "办公费", 4)])])


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("samples18")
    for make in (_targets, _application, _self_evaluation, _bureau, _office):
        make(folder)
    return engine_over(folder / "kb.sqlite", [folder])


# 1. A follow-up naming another line of the table ("项目支出预算呢"), read whole by another table's label.
def test_another_line_said_with_a_column_word_is_that_line(engine) -> None:
    a = converse(engine, "江屿人社局基本支出预算多少万", "项目支出预算呢")
    assert a.status == "answered" and "30000" in a.text and "8000" not in a.text


# 2. The N-th key task, with no list shown before; past the end of the list, said so.
def test_the_nth_key_task_lists_the_departments_tasks_first(engine) -> None:
    a = converse(engine, "江屿那边城乡居民医疗保险参保补贴资金拟投入多少", "第三个重点任务呢")
    assert a.status == "answered" and "777" in a.text and "321.5" not in a.text
    a = converse(engine, "江屿第二个重点任务拟投入多少")
    assert a.status == "answered" and "321.5" in a.text
    a = converse(engine, "河湾分局技能提升专项资金", "第二个项目呢")
    assert a.status == "unknown" and "1 个项目" in a.text


# 3. "N个重点任务里X占多大比例": the share of the N tasks' sum.
def test_a_share_among_the_tasks_named_by_their_count(engine) -> None:
    a = converse(engine, "江屿三个重点任务里医疗保险参保补贴占多大比例")
    assert a.status == "answered" and f"{9000 / (9000 + 321.5 + 777) * 100:.2f}%" in a.text


# 4. The highest requirement of a list of indicators of one unit; of mixed units, none is ranked.
def test_the_highest_value_of_the_indicators_listed(engine) -> None:
    a = converse(engine, "江屿人社局满意度指标", "最高的要求是多少")
    assert a.status == "answered" and "97%" in a.text and "70%" not in a.text
    a = converse(engine, "江屿人社局满意度指标", "要求最低的是哪个")
    assert a.status == "answered" and "70%" in a.text and "97%" not in a.text
    a = converse(engine, "江屿人社局数量指标", "最高的要求是多少")
    assert a.status == "unknown" and "万元" not in a.text


# 4b. An indicator named after the table's total was shown: its value, not the total again.
def test_an_indicator_after_the_tables_total(engine) -> None:
    a = converse(engine, "江屿人社局那张表", "西部计划志愿者到岗及时率")
    assert a.status == "answered" and "92%" in a.text and "38000" not in a.text


# 5. A figure against the year its own table's text states; a year stated nowhere is not held.
def test_a_figure_against_the_year_the_text_states(engine) -> None:
    a = converse(engine, "河湾分局项目比2021年增加多少")
    assert a.status == "answered" and "400" in a.text and "16.00%" in a.text
    a = converse(engine, "技能提升专项资金较2020年增长百分之几")
    assert a.status == "answered" and "45.00%" in a.text
    a = converse(engine, "河湾分局技能提升专项资金多少", "比2021年增加多少")
    assert a.status == "answered" and "400" in a.text
    a = converse(engine, "河湾分局项目比2019年增加多少")
    assert a.status == "unknown"
    a = converse(engine, "河湾分局申报表", "2022年预算金额较2021年增加多少 表里怎么说的")
    assert a.status == "answered" and "400" in a.text


# 6. "X的明细" alone lists the lines, and an ordinal then points into them.
def test_details_alone_list_the_lines(engine) -> None:
    a = converse(engine, "河湾分局技能提升专项资金的明细")
    assert a.status == "answered" and "1200.5" in a.text and "79.5" in a.text
    a = converse(engine, "河湾分局技能提升专项资金的明细", "第二项多少", "第三项呢")
    assert a.status == "answered" and "800" in a.text and "1200.5" not in a.text


# 7. A field of the form asked after another; a word of the table's kind beside a group of indicators.
def test_a_field_of_the_form_after_another(engine) -> None:
    a = converse(engine, "柳安那个自评表联系人是谁", "实施单位是哪个")
    assert a.status == "answered" and "柳安区创业服务中心" in a.text


def test_the_tables_kind_said_beside_a_group_sums_the_group(engine) -> None:
    a = converse(engine, "柳安自评那个管理类指标权重一共多少")
    assert a.status == "answered" and "32" in a.text.splitlines()[0] and "全年完成值" not in a.text


# 8. A line's share of the line it is printed under; a follow-up share of the table's 合计.
def test_a_lines_share_of_the_line_above_it(engine) -> None:
    a = converse(engine, "柏川区财政局信息化建设占一般公共服务支出的比例")
    assert a.status == "answered" and "37.50%" in a.text and "30.00%" not in a.text


def test_a_share_of_the_total_after_a_line(engine) -> None:
    a = converse(engine, "柏川区财政局卫生健康支出", "占支出合计多少")
    assert a.status == "answered" and "20.00%" in a.text and "100.00%" not in a.text


# 9. Two departments' lines, then "两个差多少": the first line's 支出 column against the second's figure.
def test_two_departments_lines_compared(engine) -> None:
    a = converse(engine, "柏川区财政局一般公共服务支出", "柏川区民政局的呢", "两个差多少")
    assert a.status == "answered" and "680" in a.text and "692" not in a.text


# 10. A line asked inside a line that has none under it is not another table's line of that name.
def test_a_line_inside_a_leaf_line_is_not_found_elsewhere(engine) -> None:
    a = converse(engine, "柏川区财政局行政运行", "里面电费多少")
    assert a.status == "unknown" and "6" not in a.text.split("（来源")[0]
    a = converse(engine, "柏川区财政局一般公共服务支出", "里面信息化建设多少")
    assert a.status == "answered" and "300" in a.text


# 11. A count asked by its measure word (几辆车): the line counted in 辆, not a line of money naming cars.
def test_a_count_by_its_measure_word_is_the_line_counted_so(engine) -> None:
    a = converse(engine, "柏川区财政局有几辆车")
    assert a.status == "answered" and "3辆" in a.text and "25" not in a.text


# 12. A share asked of the department the conversation is about, naming both sides.
def test_a_share_naming_both_sides_keeps_the_conversations_department(engine) -> None:
    a = converse(engine, "柏川区财政局办公费多少", "信息化建设占一般公共服务支出比例")
    assert a.status == "answered" and "37.50%" in a.text
