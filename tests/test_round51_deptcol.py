"""A department's rows of a table of many departments, each row naming its own in a column (主管单位, 预算单位):
the department said short (林业局, 县林业局, 柳川县林业局, 县市场监管局) picks its rows only — added up, each, averaged,
ranked, counted — never the table's whole or another department's; and the departments such a table names counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import converse, engine_over, write_workbook
from tests.target_tables import Item, Unit, render

_EVALUATED = [
    ("县卫生健康局", "乡村医生补助资金", 300, 288.5, 91.5, "优"),
    ("县卫生健康局", "妇幼健康服务经费", 120, 101.2, 82.4, "良"),
    ("县卫生健康局", "疾病预防控制专项", 210, 205.3, 88.1, "良"),
    ("县林业局", "森林防火专项经费", 95, 90.25, 93.0, "优"),
    ("县林业局", "国土绿化提升资金", 410, 322.6, 76.5, "中"),
    ("县市场监督管理局", "特种设备安全检验经费", 64, 60.8, 86.0, "良"),
    ("县市场监督管理局", "计量器具强制检定经费", 38, 37.1, 90.4, "优"),
    ("县统计局", "经济普查经费", 150, 149.0, 95.5, "优"),
    ("县妇女联合会", "春蕾助学项目", 40, 38.5, 84.0, "良"),
    ("县人民政府办公室", "政务服务热线运维经费", 72, 70.4, 89.5, "良"),
    ("县人民政府办公室", "电子政务外网租赁费", 55, 55.0, 92.0, "优"),
]
_BOUGHT = [
    ("柳川县卫生健康局", "村卫生室电脑采购", "询价", 260000, "2025年3月"),
    ("柳川县卫生健康局", "健康体检服务", "公开招标", 1450000, "2025年5月"),
    ("柳川县林业局", "防火瞭望塔维修工程", "竞争性磋商", 830000, "2025年4月"),
    ("柳川县林业局", "林业有害生物监测服务", "竞争性磋商", 375000, "2025年6月"),
    ("柳川县林业局", "无人机巡护设备采购", "询价", 198000, "2025年7月"),
    ("柳川县水务局", "河道保洁服务", "公开招标", 2100000, "2025年2月"),
    ("柳川县水务局", "水质检测服务", "询价", 150000, "2025年8月"),
    ("柳川县人民医院", "医用耗材配送服务", "公开招标", 3600000, "2025年9月"),
    ("柳川县林业技术推广站", "林木种苗质量抽检服务", "询价", 86000, "2025年5月"),
    ("柳川县林业技术推广站", "林业科技培训服务", "询价", 64000, "2025年6月"),
]
# 柳川县林业局's own 项目支出绩效目标表 (loaded beside the county's tables), one of its units 林业技术推广站
_FORESTRY = render("柳川县林业局", "318.00 318.00", [
    Unit("柳川县林业局", "246.50 246.50", [
        Item("森林资源管护经费", "246.50 246.50", "落实森林资源管护责任，保护森林资源安全。",
             [("11", "管护林地面积", "≥12万亩", "≥12万亩"), ("31", "林农满意度", "≥90%", "≥90%")])]),
    Unit("柳川县林业技术推广站", "71.50 71.50", [
        Item("林业技术推广服务经费", "71.50 71.50", "推广林业实用技术，提升林农生产水平。",
             [("11", "技术培训人次", "≥800人次", "≥800人次"), ("31", "培训对象满意度", "≥90%", "≥90%")])]),
])


def _evaluation(path: Path) -> Path:
    rows: list[list] = [["柳川县2024年财政支出项目绩效评价结果表", None, None, None, None, None, None],
                        ["编制单位：柳川县财政局", None, None, None, None, "单位：万元", None],
                        ["序号", "主管单位", "项目名称", "资金情况", None, "评价结果", None],
                        [None, None, None, "预算数(万元)", "实际支出(万元)", "得分", "等级"]]
    rows += [[i, *r] for i, r in enumerate(_EVALUATED, start=1)]
    rows.append(["合计", None, None, sum(r[2] for r in _EVALUATED), round(sum(r[3] for r in _EVALUATED), 2), None, None])
    return write_workbook(path, rows, ["A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3"], sheet="评价结果")


def _meetings(path: Path) -> Path:
    """A table of departments and their units (部门名称 › 单位名称, 本级 and 小计 lines): dept_units.py's, not rows of
    a department's own."""
    rows: list[list] = [["柳川县2025年会议费预算表", None, None], [None, None, "单位：万元"], ["部门名称", "单位名称", "会议费"],
                        ["柳川县司法局", "柳川县司法局（本级）", 6.0], [None, "柳川县公证处", 1.5], [None, "小计", 7.5],
                        ["柳川县水务局", "柳川县水务局（本级）", 3.0], [None, "柳川县水文站", 0.8], [None, "小计", 3.8],
                        ["合计", None, 11.3]]
    return write_workbook(path, rows, ["A4:A6", "A7:A9"], sheet="会议费")


def _procurement(path: Path) -> Path:
    rows: list[list] = [["柳川县2025年政府采购计划表", None, None, None, None, None],
                        [None, None, None, None, "单位：元", None],
                        ["序号", "预算单位", "项目名称", "采购方式", "预算金额(元)", "计划采购时间"]]
    rows += [[i, *r] for i, r in enumerate(_BOUGHT, start=1)]
    rows.append(["合计", None, None, None, sum(r[3] for r in _BOUGHT), None])
    return write_workbook(path, rows, sheet="采购计划")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("deptcol")
    _evaluation(folder / "柳川县_2024年_财政支出项目绩效评价结果表.xlsx")
    _procurement(folder / "柳川县_2025年_政府采购计划表.xlsx")
    _meetings(folder / "柳川县_2025年_会议费预算表.xlsx")
    (folder / "柳川县林业局_2025年_项目支出绩效目标表.txt").write_text(_FORESTRY, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder])


def _ask(engine, *turns: str):
    return converse(engine, *turns)


def test_short_name_adds_up_its_procurement_rows(engine) -> None:
    a = _ask(engine, "县林业局采购计划一共多少钱")
    assert a.status == "answered" and "1403000" in a.text  # 830000 + 375000 + 198000
    assert "9113000" not in a.text  # never the table's 合计


def test_short_name_adds_up_its_evaluated_rows_in_the_column_said(engine) -> None:
    a = _ask(engine, "卫生健康局被评价的项目预算数加起来")
    assert a.status == "answered" and "630" in a.text and "1387" not in a.text
    b = _ask(engine, "林业局两个项目实际支出一共多少")
    assert b.status == "answered" and "412.85" in b.text


def test_rows_named_are_not_the_department_every_row(engine) -> None:
    a = _ask(engine, "卫生健康局乡村医生补助和妇幼健康服务经费预算数加起来")
    assert a.status == "answered" and "420" in a.text  # (300 + 120: the two rows named)
    assert "630" not in a.text  # (300 + 120 + 210: the third row was not asked)


def test_two_departments_said_are_never_one_of_them(engine) -> None:
    a = _ask(engine, "卫生健康局和水务局采购计划一共多少钱")
    assert a.status == "clarify" or "3960000" in a.text  # (1710000 + 2250000: both, or asked back)
    assert "= 1710000" not in a.text and "= 2250000" not in a.text


def test_another_year_is_never_this_table_rows(engine) -> None:
    a = _ask(engine, "县林业局2023年采购计划一共多少钱")
    assert a.status == "unknown" and "2023" in a.text
    assert "1403000" not in a.text  # (the table is 2025's)


def test_each_row_of_the_department_with_its_score(engine) -> None:
    a = _ask(engine, "林业局的项目各得了多少分")
    assert a.status == "answered" and "93" in a.text and "76.5" in a.text and "91.5" not in a.text
    assert "169.5" not in a.text  # (scores are no amounts to add up)


def test_mean_of_a_loaded_department_rows_in_another_year_table(engine) -> None:
    a = _ask(engine, "柳川林业局2024年两个评价项目平均得分")
    assert a.status == "answered" and "84.75" in a.text  # (93.0 + 76.5) / 2


def test_mean_within_the_department_said_by_its_short_name(engine) -> None:
    a = _ask(engine, "县市场监管局评价项目平均得分")
    assert a.status == "answered" and "88.2" in a.text  # (86.0 + 90.4) / 2


def test_lowest_after_the_department_rows_were_shown(engine) -> None:
    a = _ask(engine, "卫生健康局被评价的项目", "哪个得分最低")
    assert a.status == "answered" and "妇幼健康服务经费" in a.text and "82.4" in a.text
    assert "国土绿化提升资金" not in a.text  # (76.5: the whole table's lowest, another department's)


def test_rows_of_the_department_counted(engine) -> None:
    a = _ask(engine, "水务局有几个采购计划项目")
    assert a.status == "answered" and "共 2 项" in a.text and "河道保洁服务" in a.text and "医用耗材" not in a.text


def test_departments_of_the_table_counted(engine) -> None:
    a = _ask(engine, "绩效评价涉及多少个部门")
    assert a.status == "answered" and "县统计局" in a.text
    # (owners not ending in 局/委/中心 are the column's too: counted, never dropped)
    assert "共 6 个" in a.text and "县妇女联合会" in a.text and "县人民政府办公室" in a.text


def test_an_owner_not_named_as_a_bureau_keeps_its_rows(engine) -> None:
    a = _ask(engine, "县人民政府办公室评价项目预算数加起来")
    assert a.status == "answered" and "127" in a.text  # 72 + 55
    b = _ask(engine, "妇女联合会有几个评价项目")
    assert b.status == "answered" and "春蕾助学项目" in b.text and "经济普查经费" not in b.text


def test_unit_of_a_loaded_target_table_keeps_its_project_spending(engine) -> None:
    a = _ask(engine, "林业技术推广站项目支出合计")
    assert a.status == "answered" and "71.5" in a.text and "150000" not in a.text


def test_a_department_block_of_units_is_no_column_of_row_owners(engine) -> None:
    for question in ("柳川司法局会议费一共多少", "柳川司法局支出预算合计", "司法局会议费各是多少"):
        a = _ask(engine, question)
        assert a.status == "answered" and "7.5" in a.text  # (the department's own 小计)
        assert "15万元" not in a.text and "= 15" not in a.text  # (本级 + 公证处 + its 小计 never added up together)


def test_a_bureau_no_table_prints_is_still_not_held(engine) -> None:
    a = _ask(engine, "县教育局采购计划一共多少钱")
    assert a.status == "unknown" and "县教育局" in a.text


def test_scores_asked_added_up_are_averaged_never_summed(engine) -> None:
    a = _ask(engine, "林业局评价项目得分加起来")
    assert a.status == "answered" and "84.75" in a.text  # (93.0 + 76.5) / 2, as groups.py answers a class
    assert "合计 169.5" not in a.text and "= 169.5" not in a.text



def test_the_words_asked_are_the_vocabularys_shared_lists() -> None:
    from bot.answer.facts import owned_rows
    # ([operation_words].sum / .count, [allotted_words].each, [row_text_asks.owner].heads: one list each, shared)
    assert owned_rows._SUM.search("三个项目加总") and owned_rows._EACH.search("每一项得分")
    assert owned_rows._COUNT_OWNERS.search("涉及几个主管单位") and owned_rows._COUNT_OWNERS.search("涉及多少个部门")
    assert not owned_rows._SUM.search("得分各是多少")


def test_one_rule_of_the_owner_column_for_parse_and_rows() -> None:
    from bot.language.lexicon import level_forms, owner_head, owns_row
    assert all(owner_head(h) for h in ("主管部门", "采购单位", "主管部门（单位）", "实施机构", "单位名称"))
    assert not owner_head("项目名称") and not owner_head("单位：万元")
    assert owns_row("柳川县司法局", "普法宣传经费") and not owns_row("柳川县司法局", "柳川县司法局（本级）")
    assert not owns_row("柳川县司法局", "小计")
    assert {"县教育局", "教育局"} <= level_forms("柳川县教育局") and "市教育局" not in level_forms("柳川县教育局")
