"""Round 32, the lead's own classes, on a fictional 林业局 text table.

A thing said in place of the distinguishing part of a project's name ("湿地保护经费" beside the only
"…保护经费") is another project, not one the table has: said so, never that project's amount, even when
jieba's dictionary tags the thing as a status word (z) rather than a noun.

Words left over beside a name are matched fuzzily as one fragment widened over the words next to them; a
one-character verb at its edge ("护林员要配多少人") must not pull the fragment towards another name (护林员培训合格率
for 配/培): the bare words' reading wins when it scores better, and the unit asked (人) then picks the count.

A word that places the one indicator named in its project, because another of that project's indicators holds it
("监控设备故障修复时限": 监控 of 运维视频监控点位), is no unknown thing; "几个小时内" asks a time limit.

Execution asked of a short name several projects fit, all in tables without 执行数 (a target table), is not in
the table whichever was meant: said so at once, never a question back that promises an answer.

Rows picked by a department-like value of a column (主管部门 = 区水利局) with a rate asked "合计": each row's rate
is its own, never added up (80% + 94% = 174% was answered).

A title block's meta lines as printed above an asset table, "部门（单位）：X" and "单价单位：元  金额单位：万元", are
meta lines: the header under them is read (they were taken for the header, and every column lost its name). A
"最多" that names no column, over rows of 数量 / 单价 / 金额, is of the amount (it ranked the counts).

"财政拨款部分呢", "专户那部分呢": a part of the amount named by its source, 部分 saying nothing more."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over
from target_tables import Item, Unit, render

from bot.engine import ANSWERED, Engine

openpyxl = pytest.importorskip("openpyxl")

_FORESTRY_UNIT = Unit("平溪县林业局", "104.40 104.40", [
    Item("红树林保护经费", "24.40 24.40", "对沿海红树林开展巡护和补植，建立巡护台账。",
         [("11", "补植红树林面积", "≥15亩", "≥15亩"), ("31", "周边群众满意度", "≥90%", "≥90%")]),
    Item("森林防火专项经费", "40.00 30.00 10.00", "组建专职护林队伍，开展巡山护林和防火培训。",
         [("11", "专职护林员人数", "≥30人", "≥30人"), ("12", "护林员培训合格率", "≥95%", "≥95%")]),
    Item("防火监测系统运维经费", "18.00 18.00", "对视频监控塔和预警平台进行日常运行维护。",
         [("11", "运维视频监控点位", "32个", "32个"), ("13", "设备故障修复时限", "≤48小时", "≤48小时")]),
    Item("森林资源监测经费", "22.00 22.00", "开展森林资源年度监测和林地变更调查。",
         [("11", "监测样地数量", "≥120个", "≥120个"), ("13", "监测成果提交时间", "2026年11月前", "2026年11月前")]),
])
_FORESTRY = render("平溪县林业局", "104.40 104.40", [_FORESTRY_UNIT])


@pytest.fixture(scope="module")
def forestry(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("lead32f")
    path = folder / "pingxi_forestry.txt"
    path.write_text(_FORESTRY, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [path])


@pytest.mark.parametrize("question", ["湿地保护经费多少", "湿地保护多少钱", "草原保护经费多少"])
def test_another_thing_in_place_of_the_names_head_is_not_that_project(forestry: Engine, question: str) -> None:
    answer = converse(forestry, question)
    assert answer.status != ANSWERED, answer.text
    assert "24.40" not in answer.text


def test_the_project_itself_is_still_found(forestry: Engine) -> None:
    answer = converse(forestry, "红树林保护经费多少")
    assert answer.status == ANSWERED and "24.40" in answer.text, answer.text


@pytest.mark.parametrize("question", ["护林员要配多少人", "护林员配多少人", "护林员多少人"])
def test_a_verb_at_the_edge_does_not_pull_to_another_indicator(forestry: Engine, question: str) -> None:
    answer = converse(forestry, question)
    assert answer.status == ANSWERED, answer.text
    assert "30人" in answer.text and "95%" not in answer.text


@pytest.mark.parametrize(("followup", "figure"), [("财政拨款部分呢", "30.00"), ("专户那部分呢", "10.00")])
def test_a_sources_part_in_a_followup(forestry: Engine, followup: str, figure: str) -> None:
    answer = converse(forestry, "森林防火专项经费多少", followup)
    assert answer.status == ANSWERED, answer.text
    assert figure in answer.text and "40.00" not in answer.text


@pytest.mark.parametrize("question", ["监控设备故障修复时限", "设备故障几个小时内修复", "设备故障多长时间内修复"])
def test_an_indicator_placed_by_a_word_of_its_project(forestry: Engine, question: str) -> None:
    answer = converse(forestry, question)
    assert answer.status == ANSWERED, answer.text
    assert "48小时" in answer.text


@pytest.mark.parametrize("question", ["防火经费执行率多少", "防火经费执行了多少"])
def test_execution_of_an_ambiguous_name_in_a_target_table(forestry: Engine, question: str) -> None:
    ambiguous = converse(forestry, "防火经费多少")
    assert "森林防火专项经费" in ambiguous.text and "防火监测系统运维经费" in ambiguous.text
    answer = converse(forestry, question)
    assert answer.status == "unknown", answer.text
    assert "执行" in answer.text and "请回复序号" not in answer.text


def _rated_summary(path) -> None:
    """白沙区 2025 评价结果汇总 (万元): 执行率 printed as percent cells beside 预算数 / 执行数."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "白沙区2025年度项目绩效评价结果汇总表"
    ws["G2"] = "单位：万元"
    for c, head in enumerate(("序号", "项目名称", "主管部门", "预算执行", None, None, "评价得分"), 1):
        ws.cell(3, c, head)
    for c, head in enumerate(("预算数(万元)", "执行数(万元)", "执行率"), 4):
        ws.cell(4, c, head)
    ws.merge_cells("D3:F3")
    for c in (1, 2, 3, 7):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    rows = [("山塘整治工程", "区水利局", 500, 400, 0.8, 86), ("水文站运维经费", "区水利局", 50, 47, 0.94, 91),
            ("校舍维修工程", "区教育局", 300, 300, 1, 95)]
    for i, row in enumerate(rows, 1):
        for c, v in enumerate((i, *row), 1):
            ws.cell(4 + i, c, v)
        ws.cell(4 + i, 6).number_format = "0.00%"
    wb.save(path)


def test_rates_of_a_columns_rows_are_never_added(tmp_path_factory) -> None:
    folder = tmp_path_factory.mktemp("lead32r")
    _rated_summary(folder / "baisha_2025_evaluation.xlsx")
    root = Path(__file__).resolve().parent.parent
    engine = engine_over(folder / "kb.sqlite", [root / "knowledge", folder / "baisha_2025_evaluation.xlsx"])
    answer = converse(engine, "水利局的项目执行率合计是多少")
    assert "174" not in answer.text, answer.text
    assert "山塘整治工程" in answer.text and "水文站运维经费" in answer.text


def _asset_table(path) -> None:
    """青石县教育局 2026 新增资产配置预算表: a two-line title block, then a two-level 配置计划 header."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "资产配置"
    ws["A1"] = "青石县教育局2026年新增资产配置预算表"
    ws.merge_cells("A1:H1")
    ws["A2"], ws["G2"] = "部门（单位）：青石县教育局", "单价单位：元  金额单位：万元"
    ws.merge_cells("A2:E2")
    ws.merge_cells("G2:H2")
    for c, head in enumerate(("资产类别", "单位名称", "资产名称", "计量单位", "配置计划", None, None, "资金来源"), 1):
        ws.cell(3, c, head)
    for c, head in enumerate(("数量", "单价（元）", "金额（万元）"), 5):
        ws.cell(4, c, head)
    ws.merge_cells("E3:G3")
    for c in (1, 2, 3, 4, 8):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    rows = [("通用设备", "青石县第一中学", "多媒体一体机", "台", 20, 9000, 18, "财政拨款"),
            ("通用设备", "青石县实验小学", "学生课桌椅", "套", 300, 400, 12, "财政拨款"),
            ("家具", "青石县实验小学", "图书架", "组", 15, 1600, 2.4, "其他")]
    for i, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            ws.cell(i, c, v)
    wb.save(path)


@pytest.fixture(scope="module")
def assets(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("lead32a")
    _asset_table(folder / "qingshi_jyj_2026_assets.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "qingshi_jyj_2026_assets.xlsx"])


@pytest.mark.parametrize(("question", "said"), [("图书架多少钱", "2.4万元"), ("多媒体一体机单价", "9000元")])
def test_meta_lines_of_an_asset_tables_title_block(assets: Engine, question: str, said: str) -> None:
    answer = converse(assets, question)
    assert answer.status == ANSWERED and said in answer.text, answer.text


def test_most_naming_no_column_is_of_the_amount(assets: Engine) -> None:
    answer = converse(assets, "青石教育局新增资产最多的是哪个")
    assert answer.status == ANSWERED and ("多媒体一体机" in answer.text or "第一中学" in answer.text), answer.text
    assert "18" in answer.text and "300" not in answer.text, answer.text
