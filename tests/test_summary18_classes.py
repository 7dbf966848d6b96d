"""Summary tables of several projects, one row each, with figures and words (a 绩效自评结果汇总表: 预算, 执行,
执行率, 得分, 等级 优/良/中, 实施单位, 问题, and a note saying how the marks are given), and a 项目支出预算明细表
whose projects are split into detail lines closed by 小计. The workbooks are made here, with names and
figures of their own; every expected figure is worked out by hand in the docstrings.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine


def _selfeval(path: Path) -> None:
    """柳川市生态环境局, 万元. 预算 300+500+80+120+20 = 1020, 执行 270+400+80+72+19 = 841 (1020 − 841 = 179 not
    spent); 得分 92, 84, 96, 70, 88: mean 430 / 5 = 86; ranked from the bottom 70 (水质检测能力提升), 84
    (供水管网改造). 良: 供水管网改造 500 + 节水宣传活动 20 = 520. 柳川市供水服务中心 carries two."""
    simple_table(path, "自评汇总", "柳川市生态环境局2024年度项目支出绩效自评结果汇总表", "A2", "金额单位：万元",
                 ["序号", "项目名称", "实施单位", "年初预算数", "实际支出数", "执行率", "评价得分", "评价等级", "主要问题"],
                 [[1, "河道清淤疏浚工程", "河道管理所", 300, 270, 0.9, 92, "优", "无"],
                  [2, "供水管网改造", "柳川市供水服务中心", 500, 400, 0.8, 84, "良", "工期延误两个月"],
                  [3, "防汛物资储备", "防汛办公室", 80, 80, 1, 96, "优", "无"],
                  [4, "水质检测能力提升", "柳川市供水服务中心", 120, 72, 0.6, 70, "中", "检测设备到货迟"],
                  [5, "节水宣传活动", "宣传科", 20, 19, 0.95, 88, "良", "宣传覆盖面不足"],
                  [None, "合计", None, 1020, 841, 0.8245, None, None, None],
                  ["说明：评价等级按评价得分划分，90分（含）以上为“优”，80（含）-90分为“良”，60（含）-80分为“中”，"
                   "60分以下为“差”。"]])


def _details(path: Path) -> None:
    """柳川市体育局, 元: 青少年足球联赛 场地费 40000 + 交通费 12000 + 委托服务费 25000 = 77000; 社区健身路径维护
    维修费 30000 + 材料费 8000 = 38000; 合计 115000. 场地费 only under the league."""
    simple_table(path, "项目明细", "柳川市体育局2025年项目支出预算明细表", "A2", "单位：元",
                 ["项目名称", "支出明细", "金额", "测算依据"],
                 [["青少年足球联赛", "场地费", 40000, "8场×5000元"],
                  [None, "交通费", 12000, "队伍往返"],
                  [None, "委托服务费", 25000, "赛事运营委托"],
                  [None, "小计", 77000, None],
                  ["社区健身路径维护", "维修费", 30000, "60处×500元"],
                  [None, "材料费", 8000, "器材配件"],
                  [None, "小计", 38000, None],
                  ["合计", None, 115000, None]])


def _assets(path: Path) -> None:
    """桐溪县统计局's assets: 车辆 公务用车 3 + 应急保障用车 1 = 4 (数量 printed bare); 房屋 办公用房（平方米）
    1800 + 档案用房（平方米） 600 = 2400 (its 小计 printed bare); 原值 in 万元."""
    simple_table(path, "资产", "桐溪县统计局2024年国有资产占有使用情况表", "E2", "",
                 ["资产类别", "明细", "数量", "原值（万元）", "净值（万元）"],
                 [["车辆", "公务用车", 3, 45, 20],
                  ["车辆", "应急保障用车", 1, 30, 22.5],
                  ["车辆", "小计", 4, 75, 42.5],
                  ["房屋", "办公用房（平方米）", 1800, 520, 410],
                  ["房屋", "档案用房（平方米）", 600, 160, 130],
                  ["房屋", "小计", 2400, 680, 540],
                  ["合计", None, None, 755, 582.5]])


def _roads(path: Path) -> None:
    """柏溪县交通运输局, 万元: sector headings print their subtotals. 乡道改造 900 (上级补助 600); 村道硬化 700
    (上级补助 300); 贷款期限 10 年: 石门乡道拓宽, 东岭村道硬化; no 上级补助: 东岭村道硬化 only; 石门乡道拓宽
    上级补助 400 of 500 = 80.00%."""
    simple_table(path, "道路项目", "柏溪县交通运输局2025年农村道路项目安排表", "G2", "单位：万元",
                 ["序号", "项目名称", "建设单位", "建设期", "总投资", "上级补助", "县级配套", "贷款期限（年）"],
                 [[None, "（一）乡道改造", None, None, 900, 600, 300, None],
                  [1, "石门乡道拓宽", "县交通运输局", "2025-2026", 500, 400, 100, 10],
                  [2, "青桥乡道修复", "县公路养护中心", "2025-2025", 400, 200, 200, 15],
                  [None, "（二）村道硬化", None, None, 700, 300, 400, None],
                  [3, "东岭村道硬化", "县交通运输局", "2025-2026", 300, None, 300, 10],
                  [4, "西岭村道硬化", "县公路养护中心", "2025-2027", 400, 300, 100, 20],
                  [None, "合计", None, None, 1600, 900, 700, None]])


def _adjustments(path: Path) -> None:
    """柏溪县教育局, 万元: 调减 on 校舍维修 (20) and 课后服务 (15) only; 课后服务 15 of 60 = 25.00%."""
    simple_table(path, "调剂", "柏溪县教育局2025年部门预算调剂情况表", "F2", "单位：万元",
                 ["序号", "项目名称", "资金性质", "调整前预算", "调增", "调减", "调整后预算", "调剂原因"],
                 [[1, "校舍维修改造", "一般公共预算", 200, 0, 20, 180, "采购节约"],
                  [2, "教师能力培训", "一般公共预算", 80, 10, 0, 90, "增加培训批次"],
                  [3, "课后服务补助", "一般公共预算", 60, 0, 15, 45, "参与学生减少"],
                  [4, "学生营养午餐", "一般公共预算", 300, 25, 0, 325, "就餐人数增加"],
                  ["合计", None, None, 640, 35, 35, 640, None]])


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("summary18_tables")
    _selfeval(d / "zipingjia.xlsx")
    _details(d / "mingxi.xlsx")
    _assets(d / "zichan.xlsx")
    _roads(d / "daolu.xlsx")
    _adjustments(d / "tiaoji.xlsx")
    return engine_over(tmp_path_factory.mktemp("summary18_db") / "kb.sqlite", [d])


def _said(answer) -> str:
    return answer.text.split("（来源")[0]


def test_rows_selected_by_a_mark_are_listed_and_their_budgets_added(engine):
    listed = converse(engine, "柳川生态环境局评为良的项目有哪些")
    assert listed.status == "answered"
    assert "供水管网改造" in listed.text and "节水宣传活动" in listed.text and "河道清淤疏浚工程" not in listed.text
    added = converse(engine, "柳川生态环境局评为良的项目有哪些", "它们预算加起来")
    assert added.status == "answered" and "520" in added.text and "1020" not in added.text


def test_rows_selected_by_part_of_a_unit_name_are_counted(engine):
    answer = converse(engine, "供水服务中心负责几个项目")
    assert answer.status == "answered" and "2 项" in answer.text
    assert "水质检测能力提升" in answer.text and "防汛物资储备" not in answer.text


def test_a_score_column_is_averaged_and_in_points_not_money(engine):
    answer = converse(engine, "柳川环境局项目平均得分")  # (生态环境局 said 环境局)
    assert answer.status == "answered" and "86" in _said(answer) and "万元" not in _said(answer)
    lowest = converse(engine, "柳川生态局得分最低的项目")
    assert lowest.status == "answered" and "水质检测能力提升" in lowest.text and "70分" in lowest.text


def test_second_from_the_bottom_after_the_lowest(engine):
    answer = converse(engine, "柳川生态环境局得分最低的项目", "倒数第二呢")
    assert answer.status == "answered" and "供水管网改造" in answer.text and "84" in _said(answer)
    assert "水质检测能力提升" not in _said(answer)


def test_how_a_mark_is_given_comes_from_the_note(engine):
    answer = converse(engine, "评价等级中是怎么划分的")
    assert answer.status == "answered" and "60（含）-80分" in answer.text and "90分（含）以上" not in answer.text


def test_two_columns_joined_by_he_and_a_name_shortened(engine):
    answer = converse(engine, "水检能力提升的执行率和得分")  # (水质检测能力提升 shortened)
    assert answer.status == "answered" and "60.00%" in answer.text and "70" in _said(answer)
    assert "84" not in _said(answer)


def test_a_bare_row_then_its_unit_then_its_problem(engine):
    first = converse(engine, "水检能力提升项目")
    assert first.status == "answered" and "120" in _said(first)
    answer = converse(engine, "水检能力提升项目", "它的实施单位", "存在啥问题")
    assert answer.status == "answered" and "检测设备到货迟" in answer.text and "工期延误" not in answer.text


def test_what_is_not_spent_over_all_rows(engine):
    answer = converse(engine, "柳川生态环境局全部项目没执行的一共多少")
    assert answer.status == "answered" and "179" in _said(answer)


def test_a_line_of_the_group_just_shown(engine):
    answer = converse(engine, "青少年足球联赛", "它的交通费")
    assert answer.status == "answered" and "12000" in _said(answer)


def test_a_line_only_another_group_has_is_said_absent(engine):
    answer = converse(engine, "社区健身路径维护", "它的场地费")
    assert answer.status == "unknown" and "40000" not in answer.text and "38000" not in answer.text


def test_weituo_names_no_committee(engine):
    answer = converse(engine, "足球联赛委托服务费")
    assert answer.status == "answered" and "25000" in _said(answer)


def test_vehicles_counted_in_a_bare_quantity_column(engine):
    answer = converse(engine, "桐溪统计局车辆几辆")
    assert answer.status == "answered" and "4" in _said(answer) and "75" not in _said(answer)
    one = converse(engine, "桐溪统计局车辆", "应急保障用车几辆")
    assert one.status == "answered" and "1" in _said(one) and "30" not in _said(one)


def test_an_area_is_the_figure_in_square_metres(engine):
    answer = converse(engine, "桐溪统计局档案用房面积")
    assert answer.status == "answered" and "600" in _said(answer) and "160" not in _said(answer)
    group = converse(engine, "桐溪统计局房屋面积")
    assert group.status == "answered" and "2400" in _said(group) and "680" not in _said(group)


def test_an_area_or_a_count_the_rows_do_not_print_is_not_answered(engine):
    assert "75" not in converse(engine, "桐溪统计局车辆面积").text
    rooms = converse(engine, "桐溪统计局房屋几套")
    assert rooms.status != "answered" and "2400" not in rooms.text


def test_a_column_share_of_the_row_just_shown(engine):
    # (供水管网改造: 实际支出数 400 of 年初预算数 500 = 80.00%; 评分 and 执行率 of other rows never read as it)
    answer = converse(engine, "供水服务中心负责哪些项目", "供水管网改造", "实际支出占比")
    assert answer.status == "answered" and "80.00%" in answer.text and "400" in answer.text


def test_a_numbered_heading_printing_figures_is_its_sector_subtotal(engine):
    answer = converse(engine, "村道硬化领域上级补助小计")
    assert answer.status == "answered" and "300" in _said(answer) and "700" not in _said(answer)


def test_rows_selected_by_a_number_said_with_its_unit(engine):
    answer = converse(engine, "贷款期限10年的项目有哪些")  # (10年 is a duration here, not 2010)
    assert answer.status == "answered" and "石门乡道拓宽" in answer.text and "东岭村道硬化" in answer.text
    assert "青桥乡道修复" not in answer.text and "西岭村道硬化" not in answer.text


def test_rows_leaving_a_money_column_blank(engine):
    answer = converse(engine, "没有上级补助的项目有哪些")
    assert answer.status == "answered" and "东岭村道硬化" in answer.text and "石门乡道拓宽" not in answer.text


def test_a_named_rows_column_over_its_own_amount(engine):
    answer = converse(engine, "石门乡道拓宽上级补助比例")
    assert answer.status == "answered" and "80.00%" in answer.text


def test_rows_printing_a_change_then_the_second_of_them(engine):
    listed = converse(engine, "柏溪教育局调减了哪些项目")
    assert listed.status == "answered" and "校舍维修改造" in listed.text and "课后服务补助" in listed.text
    assert "教师能力培训" not in listed.text
    second = converse(engine, "柏溪教育局调减了哪些项目", "第二个调减多少")
    assert second.status == "answered" and "15" in _said(second) and "20万元" not in _said(second)


def test_a_change_over_the_row_before_it(engine):
    answer = converse(engine, "课后服务补助调减比例多少")
    assert answer.status == "answered" and "25.00%" in answer.text
