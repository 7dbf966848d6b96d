"""Round 12 (lead): words said beside a project's name that part of one of its indicators' names holds, and a
counted noun describing the indicator just named ("…的次数指标")."""

from __future__ import annotations

from conftest import converse


def _flat(text: str) -> str:
    return "".join(text.split())


def test_part_of_an_indicator_name_is_looked_for_inside_the_named_project(seed_engine):
    # 约访 is in an indicator of both projects: the project named decides which
    a = converse(seed_engine, "法律顾问经费里的约访指标值")
    assert a.status == "answered" and "≥15次" in _flat(a.text) and "≥20名" not in _flat(a.text)
    b = converse(seed_engine, "信访工作经费的约访指标值是多少")
    assert b.status == "answered" and "≥20名" in _flat(b.text) and "≥15次" not in _flat(b.text)


def test_a_follow_up_naming_another_project_and_part_of_its_indicator(seed_engine):
    a = converse(seed_engine, "信访工作经费区领导重点约访指标值", "那法律顾问经费里的约访呢")
    assert a.status == "answered" and "≥15次" in _flat(a.text) and "≥20名" not in _flat(a.text)


def test_money_of_an_indicator_part_is_still_not_broken_down(seed_engine):
    a = converse(seed_engine, "法律顾问经费里的约访多少钱")
    assert a.status == "unknown" and "不是这样细分" in a.text


def test_a_counted_noun_before_zhibiao_describes_the_indicator(seed_engine):
    a = converse(seed_engine, "法律顾问参与区领导重点约访的次数指标")
    assert a.status == "answered" and "≥15次" in _flat(a.text)
    # a satisfaction has no 人数: not answered as if the word were absent
    b = converse(seed_engine, "法律顾问服务对象满意度的人数指标")
    assert b.status != "answered"


def test_an_ordinal_after_a_count_takes_the_item_counted_at_that_place(samples_engine):
    import re

    counted = converse(samples_engine, "东湖项目支出明细有几项")
    items = re.split(r"、", counted.text.split("：", 1)[1].split("（来源")[0])
    assert counted.status == "answered" and len(items) >= 4
    for n, word in ((3, "第三项是什么"), (2, "第二个呢")):
        a = converse(samples_engine, "东湖项目支出明细有几项", word)
        name = re.sub(r"^\d+[.、]", "", items[n - 1])
        assert a.status == "answered" and name in a.text.splitlines()[0], (word, a.text)


def test_a_count_of_things_is_never_answered_with_a_column_of_money(tmp_path):
    from conftest import engine_over, simple_table

    simple_table(tmp_path / "a.xlsx", "分配", "鹭岭区民政局2025年养老服务资金分配表", "A2", "单位：元",
                 ["街道", "长者食堂运营补助", "日间照料中心补助", "合计"],
                 [("东坪街道", 360000, 120000, 480000), ("西坪街道", 240000, 80000, 320000), ("合计", 600000, 200000, 800000)])
    engine = engine_over(tmp_path / "kb.sqlite", [tmp_path / "a.xlsx"])
    a = converse(engine, "东坪街道有几个长者食堂")
    assert a.status != "answered" and "360000" not in a.text
    b = converse(engine, "东坪街道长者食堂运营补助多少")  # the money itself is still answered
    assert b.status == "answered" and "360000" in b.text


def test_a_share_is_never_a_figure_over_itself(tmp_path):
    from conftest import engine_over, simple_table

    simple_table(tmp_path / "z.xlsx", "支出", "鹭岭区档案局2024年支出决算表", "A2", "单位：万元",
                 ["科目名称", "本年支出合计", "基本支出", "项目支出"],
                 [("合计", 300.5, 100.25, 200.25), ("一般公共服务支出", 280.5, 90.25, 190.25),
                  ("住房保障支出", 20, 10, 10)])
    engine = engine_over(tmp_path / "kb.sqlite", [tmp_path / "z.xlsx"])
    a = converse(engine, "档案局基本支出", "项目支出呢", "项目支出占多少")
    assert "100.00%" not in a.text, a.text
    assert a.status != "answered" or "66.64" in a.text, a.text  # 200.25 ÷ 300.5


def _counted_allocation(tmp_path):
    from conftest import engine_over, simple_table

    simple_table(tmp_path / "c.xlsx", "分配表", "松岭县2025年农村客运补贴资金分配表", "G2", "单位：元",
                 ["乡镇", "客运班线（条）", "候车亭数", "居家养老服务补助", "班线运营补贴", "合计"],
                 [("东坪镇", 5, 3, 150000, 120000, 270000), ("西岭乡", 2, 0, 80000, 60000, 140000),
                  ("合计", 7, 3, 230000, 180000, 410000)])
    return engine_over(tmp_path / "kb.sqlite", [tmp_path / "c.xlsx"])


def test_a_column_counting_things_keeps_its_own_measure_under_a_table_in_yuan(tmp_path):
    engine = _counted_allocation(tmp_path)
    a = converse(engine, "东坪镇有几条班线")
    assert a.status == "answered" and "5条" in _flat(a.text) and "5元" not in _flat(a.text)
    b = converse(engine, "全县一共多少条班线")  # the column's total, never the rows counted (2)
    assert b.status == "answered" and "7条" in _flat(b.text)
    d = converse(engine, "一共几个候车亭")
    assert d.status == "answered" and "3" in d.text and "2 项" not in d.text
    c = converse(engine, "东坪镇有几个候车亭")
    assert c.status == "answered" and "3" in c.text and "元" not in c.text.split("（来源")[0]


def test_a_count_of_things_a_money_column_is_partly_named_after_is_unknown(tmp_path):
    engine = _counted_allocation(tmp_path)
    a = converse(engine, "东坪镇有几个居家养老服务站")
    assert a.status != "answered" and "150000" not in a.text


def test_a_text_result_saying_its_target_done_is_no_shortfall(tmp_path):
    from conftest import engine_over, simple_table

    simple_table(tmp_path / "e.xlsx", "自评表", "鹭岭县林业局2024年度部门整体支出绩效自评表", "H2", "单位：万元",
                 ["一级指标", "二级指标", "三级指标", "年度目标值", "实际完成值", "分值", "得分"],
                 [("产出指标", "数量指标", "培训人次", "≥500人次", "460人次", 10, 8),
                  ("效益指标", "可持续影响指标", "长效机制建立", "建立", "已建立", 10, 10),
                  ("效益指标", "社会效益指标", "宣传制度", "建立", "未建立", 10, 5)])
    engine = engine_over(tmp_path / "kb.sqlite", [tmp_path / "e.xlsx"])
    a = converse(engine, "鹭岭县林业局哪些指标没达到目标值")
    assert a.status == "answered" and "460人次" in a.text and "未建立" in a.text and "已建立" not in a.text


def test_the_rows_noun_said_ranks_the_rows_not_their_group_headings(tmp_path):
    from conftest import engine_over, simple_table

    simple_table(tmp_path / "p.xlsx", "计划", "鹭岭区2025年政府投资项目计划表", "F2", "单位：万元",
                 ["序号", "项目名称", "总投资", "2025年计划投资"],
                 [("一、续建项目", None, 60000, 20000), (1, "鹭岭医院门诊楼", 42000, 12000), (2, "鹭岭二小新建工程", 18000, 8000),
                  ("二、新开工项目", None, 30000, 9000), (1, "滨江路改造工程", 30000, 9000), ("合计", None, 90000, 29000)])
    engine = engine_over(tmp_path / "kb.sqlite", [tmp_path / "p.xlsx"])
    a = converse(engine, "哪个项目总投资最大")
    assert a.status == "answered" and "鹭岭医院门诊楼" in a.text and "续建项目" not in a.text.split("（来源")[0]


def test_the_next_place_after_the_most_points_lost_is_the_next_row_by_points_lost(tmp_path):
    from conftest import engine_over, simple_table

    simple_table(tmp_path / "s.xlsx", "自评表", "鹭岭县水务局2024年度部门整体支出绩效自评表", "G2", "单位：万元",
                 ["一级指标", "三级指标", "年度目标值", "实际完成值", "分值", "得分"],
                 [("产出指标", "管网巡查次数", "≥24次", "26次", 10, 10), ("产出指标", "资金支付及时率", "100%", "90%", 10, 7),
                  ("满意度指标", "服务对象满意度", "≥90%", "86%", 20, 16), ("产出指标", "水质达标率", "100%", "99%", 10, 9)])
    engine = engine_over(tmp_path / "kb.sqlite", [tmp_path / "s.xlsx"])
    a = converse(engine, "鹭岭县水务局哪项扣分最多", "第二多的呢")
    assert a.status == "answered" and "资金支付及时率" in a.text and "服务对象满意度" not in a.text


def test_a_qualifier_made_of_filler_characters_is_not_dropped(tmp_path):
    from conftest import engine_over, simple_table

    simple_table(tmp_path / "k.xlsx", "支出表", "鹭岭县教育局2025年部门支出预算表（按功能分类）", "D2", "单位：万元",
                 ["科目编码", "科目名称", "2025年预算数"],
                 [("205", "教育支出", 8100), ("20502", "普通教育", 6800), ("2050201", "学前教育", 2000),
                  ("2050202", "小学教育", 2800), ("", "合计", 8100)])
    engine = engine_over(tmp_path / "kb.sqlite", [tmp_path / "k.xlsx"])
    a = converse(engine, "高中教育多少")  # 高 and 中 are each a filler, 高中 is a word no line says
    assert a.status != "answered" and "8100" not in a.text.split("表中关于")[0]
    b = converse(engine, "小学教育多少")
    assert b.status == "answered" and "2800" in b.text
