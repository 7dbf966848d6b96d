"""Round 52, lane words: which column a measure word names, what a table does not hold, and one phrase naming
several rows.

- "实际" asked of a table of targets only: its target is no answer (never given as what was done);
- a column named by what the money is for (资金使用方向, 支出方向) read for "用在哪";
- a breakdown the table does not hold ("分到各乡镇多少"): never the row's total as the answer;
- a part of a name naming a few rows of different tables: each listed with its figures;
- a figure stated in a row's short text ("新增助餐点34个") read for the measure asked.

Fictional tables of 青川县 (a 2026 专项资金 summary under a two-row header, a 2025 民生实事 completion table),
other names, figures and wordings than any question set's."""

from __future__ import annotations

import pytest

from tests.conftest import converse, engine_over, write_workbook


def _special_funds(path):
    rows = [
        ("青川县2026年县级财政专项资金绩效目标汇总表", None, None, None, None, None, None, None),
        ("序号", "专项资金名称", "主管部门", "资金规模（万元）", None, None, "年度绩效目标", "核心绩效指标", "支出方向"),
        (None, None, None, "合计", "上级补助", "县级安排", None, None, None),
        (1, "湿地保护修复专项资金", "县林业局", 800, 500, 300, "修复退化湿地，提升湿地生态功能",
         "修复湿地面积≥260亩；湿地保护率≥55%", "退耕还湿、植被恢复、监测设施建设"),
        (2, "乡村产业振兴衔接资金", "县农业农村局", 1500, 1000, 500, "扶持特色产业，带动农户增收",
         "带动农户≥900户", "特色种养、冷链仓储、品牌推广"),
        (3, "城区污水管网改造资金", "县住房和城乡建设局", 900, 600, 300, "完善城区污水收集体系",
         "新建管网≥18公里", "管网新建、雨污分流改造"),
    ]
    return write_workbook(path / "青川县_财政局_2026年_县级财政专项资金绩效目标汇总表.xlsx", rows,
                          merged=["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "H2:H3", "I2:I3"],
                          sheet="专项资金")


def _projects_done(path):
    rows = [
        ("青川县2025年民生实事项目完成情况表", None, None, None, None, None, None, None, None),
        ("序号", "项目名称", "责任单位", "计划投资（万元）", "完成投资（万元）", "投资完成率（%）", "年度目标任务",
         "完成情况", "是否完成"),
        (1, "城区污水管网改造", "县住房和城乡建设局", 2000, 1850, 92.5, "新建污水管网25公里", "新建污水管网26.5公里", "是"),
        (2, "社区嵌入式养老服务站建设", "县民政局", 400, 380, 95, "建成服务站12个，新增老年助餐点30个",
         "建成服务站12个，新增老年助餐点34个", "是"),
        (3, "乡村客运站改造", "县交通运输局", 300, 240, 80, "改造客运站6个", "改造客运站5个", "否"),
    ]
    return write_workbook(path / "青川县_发展和改革局_2025年_民生实事项目完成情况表.xlsx", rows,
                          merged=["A1:I1"], sheet="民生实事")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    root = tmp_path_factory.mktemp("words52")
    docs = root / "docs"
    docs.mkdir()
    _special_funds(docs)
    _projects_done(docs)
    return engine_over(root / "kb.sqlite", [docs])


def _flat(text: str) -> str:
    return "".join(text.split())


def test_actual_asked_of_a_table_of_targets_is_not_its_target(engine):
    a = converse(engine, "湿地保护修复专项资金实际完成多少亩")
    assert a.status == "unknown"
    assert "260" not in a.text and "目标" in a.text
    b = converse(engine, "乡村产业振兴衔接资金", "实际带动了多少户")
    assert b.status == "unknown" and "900" not in b.text


def test_actual_asked_of_a_table_holding_what_was_done_is_answered(engine):
    a = converse(engine, "城区污水管网改造完成投资多少")
    assert a.status == "answered" and "1850" in _flat(a.text)


def test_column_of_what_the_money_is_for(engine):
    a = converse(engine, "湿地保护修复专项资金用在哪些方面")
    assert a.status == "answered" and "退耕还湿" in a.text
    b = converse(engine, "乡村产业振兴衔接资金", "钱用在哪")
    assert b.status == "answered" and "冷链仓储" in b.text


def test_breakdown_the_table_does_not_hold(engine):
    for q in ("乡村产业振兴衔接资金分到各乡镇多少", "乡村产业振兴衔接资金按乡镇分是多少"):
        a = converse(engine, q)
        assert a.status == "unknown", q
        assert "1500" not in a.text and "乡镇" in a.text


def test_a_part_of_a_name_naming_rows_of_two_tables_lists_each(engine):
    a = converse(engine, "污水管网改造的钱有多少")
    assert a.status == "answered"
    assert "城区污水管网改造资金" in a.text and "900" in a.text
    assert "2000" in a.text and "民生实事" in a.text
    # the whole name said: that row alone
    b = converse(engine, "城区污水管网改造资金多少")
    assert b.status == "answered" and "2000" not in b.text and "900" in b.text


def test_a_row_listed_is_chosen_next_by_its_table(engine):
    a = converse(engine, "污水管网改造的钱有多少", "民生实事那个")
    assert a.status == "answered" and "2000" in a.text and "900" not in a.text
    listed = converse(engine, "污水管网改造的钱有多少").text
    number = next(line.split(".")[0] for line in listed.splitlines() if line.split("：")[0].endswith("改造资金"))
    b = converse(engine, "污水管网改造的钱有多少", number)
    assert b.status == "answered" and "900" in b.text and "2000" not in b.text


def test_figure_stated_in_a_rows_text_is_read_for_its_measure(engine):
    a = converse(engine, "养老服务站建设新增助餐点多少")
    assert a.status == "answered"
    assert "新增老年助餐点34个" in a.text


def test_an_outlines_coded_subject_lines_are_no_namesakes(tmp_path):
    rows = [
        ("青川县2026年政府性基金预算支出表", None, None),
        ("科目编码及名称", "2025年预算数", "2026年预算数"),
        ("20831水库移民扶持基金支出", 520, 560),
        ("2083101移民补助", 300, 320),
        ("20832小型水库移民扶助基金支出", 140, 150),
        ("2083201移民补助", 80, 86),
        ("合计", 660, 710),
    ]
    docs = tmp_path / "docs"
    docs.mkdir()
    write_workbook(docs / "青川县_2026年_政府性基金预算支出表.xlsx", rows, merged=["A1:C1"], sheet="基金支出")
    a = converse(engine_over(tmp_path / "kb.sqlite", [docs]), "移民补助多少")
    assert "表中名称含" not in a.text
