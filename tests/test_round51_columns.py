"""Round 51, lane columns: which column a measure word names on tables of records (one row per item, named
columns), and the measure asked that no column holds — never answered from a near column (the worst outcome).

Fictional tables of 桐溪县 (a 2025 evaluation summary of several departments' projects, a 2026 procurement
intention table with a second sheet of the share reserved for small firms), other names, figures and wordings
than any question set's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import converse, engine_over, write_workbook


def _procurement(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "采购意向"
    rows = [
        ("桐溪县2026年政府采购意向公开表", None, None, None, None, None),
        ("序号", "采购单位", "采购项目名称", "采购需求概况", "预算金额(元)", "预计采购时间"),
        (1, "桐溪县水务局", "河道保洁外包服务", "全县主要河道保洁，服务期三年", 2400000, "2026年5月"),
        (2, "桐溪县水务局", "水质监测设备采购", "采购多参数水质在线监测仪8台", 960000, "2026年7月"),
        (3, "桐溪县文化馆", "非遗展演活动承办服务", "举办非遗展演12场", 380000, "2026年9月"),
        (4, "桐溪县图书馆", "数字阅读平台运维服务", "平台运维一年", 260000, "2026年2月"),
        ("合计", None, None, None, 4000000, None),
    ]
    for row in rows:
        ws.append(list(row))
    ws.merge_cells("A1:F1")
    ws.merge_cells("A7:D7")
    ws2 = wb.create_sheet("中小企业预留")
    rows2 = [
        ("桐溪县2026年政府采购面向中小企业预留情况表", None, None, None, None, None, None),
        (None, None, None, None, None, None, "单位：元"),
        ("序号", "采购单位", "采购项目名称", "预算金额(元)", "预留措施", "预留比例", "预留金额(元)"),
        (1, "桐溪县水务局", "河道保洁外包服务", 2400000, "划分采购包", 0.4, 960000),
        (2, "桐溪县水务局", "水质监测设备采购", 960000, "联合体投标", 0.3, 288000),
        (3, "桐溪县文化馆", "非遗展演活动承办服务", 380000, "整体预留", 1, 380000),
        (4, "桐溪县图书馆", "数字阅读平台运维服务", 260000, "整体预留", 1, 260000),
        ("合计", None, None, 4000000, None, None, 1888000),
    ]
    for row in rows2:
        ws2.append(list(row))
    ws2.merge_cells("A1:G1")
    ws2.merge_cells("A8:C8")
    out = path / "桐溪县_2026年_政府采购意向公开表.xlsx"
    wb.save(out)
    return out


def _evaluation(path: Path) -> Path:
    rows = [
        ("桐溪县2025年财政重点项目绩效评价结果汇总表", None, None, None, None, None, None, None),
        ("编制单位：桐溪县财政局", None, None, None, None, None, "单位：万元", None),
        ("序号", "主管部门", "项目名称", "预算金额(万元)", "实际支出(万元)", "执行率", "评价得分", "评价等级"),
        (1, "县水务局", "农村饮水安全维修养护资金", 320, 301.5, 0.9422, 91.4, "优"),
        (2, "县水务局", "山塘水库除险加固补助", 210, 180.0, 0.8571, 83.0, "良"),
        (3, "县卫生健康局", "慢性病随访管理服务经费", 150, 121.2, 0.808, 79.5, "中"),
        (4, "县卫生健康局", "基层医疗机构设备更新资金", 260, 250.1, 0.9619, 90.2, "优"),
        (5, "县文化馆", "送戏下乡惠民演出补助", 90, 88.6, 0.9844, 86.2, "良"),
        (6, "县农业农村局", "村集体经济发展壮大扶持资金", 500, 455.0, 0.91, 88.0, "良"),
        (7, "县图书馆", "数字阅读平台运维经费", 30, 24.6, 0.82, 81.5, "良"),
        ("合计", None, None, 1560, 1471.0, 0.9429, None, None),
    ]
    return write_workbook(path / "桐溪县_2025年_财政重点项目绩效评价结果汇总表.xlsx", rows,
                          merged=["A1:H1", "A11:C11"], sheet="评价结果汇总")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    root = tmp_path_factory.mktemp("columns51")
    docs = root / "docs"
    docs.mkdir()
    _procurement(docs)
    _evaluation(docs)
    return engine_over(root / "kb.sqlite", [docs])


def _ask(engine, *turns: str):
    return converse(engine, *turns)


# -- a measure no column holds: said so, with what the table has; never a near column's figure ---------------

def test_a_rate_no_column_prints_is_not_the_execution_rate(engine):
    a = _ask(engine, "慢性病随访管理服务经费的随访率是多少")
    assert a.status == "unknown"
    assert "80.8" not in a.text and "随访率" in a.text and "执行率" in a.text  # (what the table does list)


def test_a_rate_named_by_a_word_of_the_row_is_not_another_rate(engine):
    a = _ask(engine, "山塘水库除险加固补助的加固率")
    assert a.status == "unknown" and "85.7" not in a.text


def test_the_columns_themselves_still_answer(engine):
    assert "80.8" in _ask(engine, "慢性病随访管理服务经费执行率是多少").text
    assert "86.2" in _ask(engine, "送戏下乡惠民演出补助得分").text  # 得分 of 评价得分
    assert "良" in _ask(engine, "送戏下乡惠民演出补助评价等级").text
    assert "150" in _ask(engine, "慢性病随访管理服务经费预算").text  # 预算 of 预算金额


def test_a_count_asked_after_money_is_not_the_money(engine):
    a = _ask(engine, "村集体经济发展壮大扶持资金预算多少", "具体扶持哪几个村")
    assert a.status == "unknown" and "500" not in a.text


def test_a_head_count_asked_of_a_row_of_money_is_not_the_money(engine):
    a = _ask(engine, "农村饮水安全维修养护资金预算多少", "它有多少编制")
    assert a.status == "unknown" and "320" not in a.text


# -- columns beside each other ------------------------------------------------------------------------------

def test_the_way_reserved_comes_with_its_share_and_amount(engine):
    a = _ask(engine, "河道保洁外包服务预留措施是什么")
    assert a.status == "answered"
    assert "划分采购包" in a.text and "40" in a.text and "960000" in a.text


def test_how_it_is_reserved_said_by_the_verb(engine):
    a = _ask(engine, "水质监测设备采购面向中小企业怎么预留")
    assert "联合体投标" in a.text and "30" in a.text and "288000" in a.text


def test_the_amount_reserved_alone_is_one_figure(engine):
    a = _ask(engine, "水质监测设备采购预留金额是多少")
    assert "288000" in a.text and "联合体投标" not in a.text


def test_a_column_total_of_the_second_sheet(engine):
    a = _ask(engine, "中小企业预留金额合计多少")
    assert a.status == "answered" and "1888000" in a.text and "4000000" not in a.text


# -- a row's follow-ups: what its words say ------------------------------------------------------------------

def test_when_it_is_bought_after_its_budget(engine):
    a = _ask(engine, "数字阅读平台运维服务采购预算", "什么时候采购")
    assert a.status == "answered" and "2026年2月" in a.text and "平台运维一年" not in a.text


def test_the_length_of_time_its_words_say(engine):
    a = _ask(engine, "河道保洁外包服务预算", "是一年的吗")
    assert a.status == "answered" and a.text.startswith("不是") and "三年" in a.text
    assert _ask(engine, "河道保洁外包服务预算", "是三年的吗").text.startswith("是")


def test_a_count_beside_the_budget_from_the_row_s_words(engine):
    a = _ask(engine, "水质监测设备采购预算和数量")
    assert "960000" in a.text and "8台" in a.text


def test_rows_of_a_value_of_the_second_sheet_counted(engine):
    a = _ask(engine, "预留情况表里整体预留的项目有几个")
    assert a.status == "answered" and "2 项" in a.text and "非遗展演活动承办服务" in a.text


# -- an item of the list just shown, pointed at by a part of its name ----------------------------------------

@pytest.fixture(scope="module")
def targets(tmp_path_factory):
    from tests.target_tables import water_text

    root = tmp_path_factory.mktemp("columns51_targets")
    path = root / "linchuan_water.txt"
    path.write_text(water_text(), encoding="utf-8")
    return engine_over(root / "kb.sqlite", [path])


def test_a_listed_indicator_pointed_at_by_a_word_of_its_name(targets):
    a = _ask(targets, "满意度指标有哪些", "受益群众那个的年度值")
    assert a.status == "answered" and "受益群众满意度" in a.text and "≥95%" in a.text
    assert "沿河群众" not in a.text and "≥90%" not in a.text and "≥85%" not in a.text


def test_a_word_of_several_listed_is_not_one_of_them(targets):
    a = _ask(targets, "满意度指标有哪些", "服务对象那个的年度值")  # (three lines say it: none picked by this)
    assert a.status != "answered" and "受益群众满意度" not in a.text


# -- what the guard leaves alone ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def subsidies(tmp_path_factory):
    root = tmp_path_factory.mktemp("columns51_subsidies")
    rows = [
        ("桐溪县2025年惠民补贴资金发放情况表", None, None, None),
        ("项目名称", "补贴标准", "建设内容及规模", "发放金额(万元)"),
        ("城乡居民最低生活保障金", "农村640元/人·月", "保障对象约3200人", 2450),
        ("特困人员救助供养金", "分散供养980元/人·月", "救助对象约500人", 590),
        ("乡镇污水处理站运维补助", "按处理量补助", "处理规模0.5万吨/日，运维站点12个", 180),
        ("合计", None, None, 3220),
    ]
    path = write_workbook(root / "桐溪县_2025年_惠民补贴资金发放情况表.xlsx", rows, merged=["A1:D1"], sheet="发放情况")
    return engine_over(root / "kb.sqlite", [path])


def test_a_row_said_by_the_measure_word_itself_still_answers(subsidies):
    a = _ask(subsidies, "低保标准是多少")  # (低保 names 最低生活保障金: no other 标准 asked)
    assert a.status == "answered" and "640" in a.text
    assert "980" in _ask(subsidies, "特困供养标准是多少").text


def test_a_measure_its_cell_states_still_answers(subsidies):
    a = _ask(subsidies, "污水处理站运维补助处理规模多大")
    assert a.status == "answered" and "0.5万吨" in a.text


def test_another_thing_asked_beside_the_way_is_kept(engine):
    a = _ask(engine, "河道保洁外包服务预留措施和预算金额")
    assert "划分采购包" in a.text and "2400000" in a.text


def test_money_alone_is_read_from_the_answers_facts_not_its_wording(engine):
    # (the guard reads the one fact answered, a money cell of the row, never compose's wording: no text given)
    from types import SimpleNamespace

    from bot.answer.facts.index import index_for
    from bot.answer.facts.measure_held import _counted_as_money

    idx = index_for(engine.kb)
    money = [f for d in idx.docs.values() for f in idx.facts(list(d.facts), copied=False)
             if "农村饮水安全维修养护资金" in (f["row_labels"] or "") and "预算金额" in (f["col_labels"] or "")]
    assert len(money) == 1
    turn = SimpleNamespace(kb=engine.kb)
    one = SimpleNamespace(entities=[{"kind": "fact", "id": money[0]["id"]}], intent="", text="")
    why = _counted_as_money(turn, "它有多少编制", one)
    assert "编制" in why and "农村饮水安全维修养护资金" in why
    listed = SimpleNamespace(entities=[{"kind": "fact", "id": money[0]["id"]}, {"kind": "fact", "id": money[0]["id"] + 1}],
                             intent="", text="")
    assert _counted_as_money(turn, "它有多少编制", listed) == ""  # (two figures: no money alone)
