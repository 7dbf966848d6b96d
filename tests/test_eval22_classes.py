"""A department's whole self-evaluation (部门整体支出绩效自评表) read as a general table, and the text and date
columns of a project investment plan (政府投资项目计划表). Each class on tables generated here (names and
figures of their own):
- a label row over its one row of figures (预算执行情况 | 年初预算数 | 全年预算数 … over 6100 | 6400 …): each
  figure named by its own label, never the figures beside it glued into the row's name; the printed 执行率
  answers the rate; what is left to spend is the year's whole budget (全年预算数) less what was spent;
- the table's 得分 (合计), its 自评等级 line under the figures, a group's (一级指标) 分值 / 得分 added up, 扣分
  (分值 − 得分) of a row, the most, the whole; the rows short of their target, the reason a row gives
  (为啥没完成), an indicator row asked bare (its target and what was done, not its 分值);
- a plan row's 建设起止年限 (什么时候开工), 建设单位 (谁负责建, an organisation by its short name 县城投公司),
  建设性质 (新建还是续建, 续建项目有哪些), what is left to invest (总投资 − 累计完成 − 本年计划), a share of a
  source its words only name (专项债占多少: unknown), a column said around a word (累计完成多少)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine

_INDICATORS = [
    ("产出指标", "数量指标", "新建公厕数量", "≥20座", "22座", 10, 10, ""),
    ("产出指标", "数量指标", "河道清淤长度", "≥8公里", "6.5公里", 10, 8, "雨季延误，剩余河段次年施工"),
    ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", 10, 10, ""),
    ("产出指标", "时效指标", "补贴发放及时率", "100%", "97%", 10, 9, "部分账户信息有误退回重发"),
    ("效益指标", "社会效益", "群众诉求办结率", "≥90%", "93%", 15, 15, ""),
    ("效益指标", "生态效益", "垃圾分类覆盖率", "≥85%", "80%", 15, 12, "山区村落转运设施不足"),
    ("满意度指标", "服务对象满意度", "居民满意度", "≥90%", "91%", 10, 10, ""),
    ("满意度指标", "服务对象满意度", "商户满意度", "≥85%", "86%", 10, 9, ""),
]


def _self_evaluation(path: Path) -> None:
    """A 部门整体支出绩效自评表 laid out as towns print it: title; 部门名称 and its name in two cells beside the
    unit; the budget's labels over their one row of figures (the row's label merged down over both); the
    year's goal; the indicator table with merged 一级 / 二级 cells, its 合计; the grade and a note under it."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整体自评"
    ws.append(["青柳镇人民政府2025年度部门整体支出绩效自评表"])
    ws.merge_cells("A1:H1")
    ws.append(["部门名称", "青柳镇人民政府", None, None, "单位：万元"])
    ws.merge_cells("B2:D2")
    ws.append(["预算执行情况", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"])
    ws.append([None, 6100, 6400, 6144, "96.0%", 10, 9])
    ws.merge_cells("A3:A4")
    ws.append(["年度总体目标", "保障镇机关正常运转，完成人居环境整治和民生保障年度任务。"])
    ws.merge_cells("B5:H5")
    ws.append(["一级指标", "二级指标", "三级指标", "年度目标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    for row in _INDICATORS:
        ws.append(list(row))
    ws.merge_cells("A7:A10")  # (merging keeps the first cell's text only)
    ws.merge_cells("B7:B8")
    ws.merge_cells("A11:A12")
    ws.merge_cells("A13:A14")
    ws.merge_cells("B13:B14")
    ws.append(["合计", None, None, None, None, 100, 92])
    ws.merge_cells("A15:E15")
    ws.append(["自评等级：优（90分及以上为优，80（含）-90分为良）。"])
    ws.merge_cells("A16:H16")
    ws.append(["注：合计分值含预算执行率10分。"])
    ws.merge_cells("A17:H17")
    wb.save(path)


def _plan(path: Path) -> None:
    simple_table(path, "计划", "青川县2026年政府投资项目计划表", "I2", "单位：万元",
                 ["序号", "项目名称", "建设性质", "建设单位", "建设起止年限", "总投资", "截至2025年底累计完成投资",
                  "2026年计划投资", "资金来源"],
                 [[1, "青川大道改建工程", "改扩建", "县交通运输局", "2024-2027", 30000, 9000, 12000, "上级补助+专项债"],
                  [2, "滨江公园新建工程", "新建", "县城市建设投资有限公司", "2026-2027", 8800, 0, 5000, "专项债"],
                  [3, "水厂扩容工程", "续建", "县水务集团", "2025-2026", 6400, 2400, 4000, "县级财政"],
                  [4, "乡村公路养护工程", "续建", "县交通运输局", "2025-2026", 2600, 1300, 1300, "上级补助"],
                  [5, "城区停车楼", "新建", "县城市建设投资有限公司", "2026-2028", 5200, 0, 1500, "社会资本"],
                  ["合计", None, None, None, None, 53000, 12700, 23800, None]])


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("eval22")
    _self_evaluation(folder / "qingliu_2025_self_eval.xlsx")
    _plan(folder / "qingchuan_2026_investment_plan.xlsx")
    return engine_over(folder / "kb.sqlite", [folder])


def ask(engine: Engine, *turns: str):
    return converse(engine, *turns)


# --- the budget's labels over their row of figures ------------------------------------------------------------


def test_a_label_over_its_figure_names_it_alone(engine):
    a = ask(engine, "青柳镇全年预算数")
    assert a.status == "answered" and "6400" in a.text
    assert "61006400" not in a.text and "预算执行情况" in a.text  # never the figures glued into the row's name
    a = ask(engine, "青柳镇全年执行数")
    assert a.status == "answered" and "6144" in a.text and "61006400" not in a.text


def test_the_printed_rate_answers_the_rate(engine):
    a = ask(engine, "青柳镇预算执行率")
    assert a.status == "answered" and "96.0%" in a.text and "100.72" not in a.text  # not 6144 ÷ 6100


def test_what_is_left_is_of_the_whole_years_budget(engine):
    a = ask(engine, "青柳镇还有多少预算没执行")
    assert a.status == "answered" and "256" in a.text and "-44" not in a.text


def test_two_budgets_said_one_after_the_other(engine):
    a = ask(engine, "青柳镇年初预算", "全年预算呢", "差多少")
    assert a.status == "answered" and "300" in a.text


# --- scores, grade, groups, points lost ----------------------------------------------------------------------


def test_the_tables_score_and_grade(engine):
    a = ask(engine, "青柳镇整体支出自评得分多少")
    assert a.status == "answered" and "92" in a.text and "自评等级" not in a.text
    a = ask(engine, "青柳镇自评等级")
    assert a.status == "answered" and "优" in a.text


def test_a_group_said_with_a_column_of_points_is_added_up(engine):
    a = ask(engine, "青柳镇效益指标得分")
    assert a.status == "answered" and "27" in a.text.split("：")[0]
    a = ask(engine, "青柳镇产出指标分值合计")
    assert a.status == "answered" and "40" in a.text.split("：")[0]
    a = ask(engine, "青柳镇满意度指标一共得了多少分")
    assert a.status == "answered" and "19" in a.text.split("：")[0]


def test_each_of_a_groups_scores_asked_apart_is_listed(engine):
    a = ask(engine, "青柳镇满意度指标的得分分别是多少")
    assert a.status == "answered" and "合计" not in a.text and "10分" in a.text and "9分" in a.text


def test_points_lost(engine):
    a = ask(engine, "补贴发放及时率扣了几分")
    assert a.status == "answered" and "1分" in a.text and "10" in a.text and "9" in a.text
    a = ask(engine, "青柳镇哪个指标扣分最多")
    assert a.status == "answered" and a.text.startswith("垃圾分类覆盖率") and "3分" in a.text
    a = ask(engine, "青柳镇一共扣了多少分")
    assert a.status == "answered" and "8分" in a.text.split("（")[0]


# --- targets, reasons, kinds of indicator --------------------------------------------------------------------


def test_rows_short_of_their_target(engine):
    a = ask(engine, "青柳镇有哪些指标没达到目标值")
    assert a.status == "answered"
    for name in ("河道清淤长度", "补贴发放及时率", "垃圾分类覆盖率"):
        assert name in a.text
    assert "居民满意度" not in a.text and "工程验收合格率" not in a.text


def test_why_a_row_fell_short_is_its_reason(engine):
    a = ask(engine, "河道清淤为啥没完成")
    assert a.status == "answered" and "雨季延误" in a.text and "垃圾分类覆盖率" not in a.text
    a = ask(engine, "青柳镇垃圾分类覆盖率多少", "为什么没达标")
    assert a.status == "answered" and "转运设施不足" in a.text
    a = ask(engine, "青柳镇有哪些指标没达标", "第一个的偏差原因")
    assert a.status == "answered" and "雨季延误" in a.text


def test_an_indicator_row_asked_bare_is_its_target_and_result(engine):
    a = ask(engine, "青柳镇居民满意度多少")
    assert a.status == "answered" and "≥90%" in a.text and "91%" in a.text and "分值" not in a.text
    a = ask(engine, "青柳镇新建公厕数量", "它的合格率呢")
    assert a.status == "answered" and "100%" in a.text and "分值" not in a.text


def test_a_kind_of_indicator_the_table_prints(engine):
    a = ask(engine, "青柳镇质量指标有哪些")
    assert a.status == "answered" and "工程验收合格率" in a.text and "新建公厕数量" not in a.text


# --- a project plan's words and dates -------------------------------------------------------------------------


def test_when_who_and_what_kind(engine):
    a = ask(engine, "滨江公园新建工程什么时候开工")
    assert a.status == "answered" and "2026-2027" in a.text and "8800" not in a.text
    a = ask(engine, "水厂扩容工程总投资", "谁负责建")
    assert a.status == "answered" and "县水务集团" in a.text
    a = ask(engine, "乡村公路养护工程是新建还是续建")
    assert a.status == "answered" and "续建" in a.text


def test_rows_of_an_organisation_said_short(engine):
    a = ask(engine, "县交通运输局负责哪几个项目")
    assert a.status == "answered" and "青川大道改建工程" in a.text and "乡村公路养护工程" in a.text
    assert "滨江公园" not in a.text
    a = ask(engine, "县城投公司负责的项目2026年计划投资合计")
    assert a.status == "answered" and "6500" in a.text


def test_rows_of_a_kind_then_their_sum(engine):
    a = ask(engine, "续建项目有哪些")
    assert a.status == "answered" and "水厂扩容工程" in a.text and "乡村公路养护工程" in a.text
    assert "滨江公园" not in a.text
    a = ask(engine, "新建项目有哪些", "这几个2026年计划投资加起来")
    assert a.status == "answered" and "6500" in a.text


def test_what_is_left_to_invest(engine):
    a = ask(engine, "青川大道改建今年干完后还剩多少没投")
    assert a.status == "answered" and "9000" in a.text.split("：")[0]
    a = ask(engine, "水厂扩容工程还差多少投资")
    assert a.status == "answered" and "0万元" in a.text.split("：")[0]


def test_a_share_of_a_source_named_only_in_words_is_unknown(engine):
    a = ask(engine, "青川大道2026年计划里专项债占多少")
    assert a.status == "unknown" and "12000" not in a.text


def test_a_column_said_around_another_word(engine):
    a = ask(engine, "青川大道改建工程累计完成多少")
    assert a.status == "answered" and "9000" in a.text


def test_share_done_by_the_years_end(engine):
    a = ask(engine, "到2026年底这些项目累计能完成总投资的百分之多少")
    assert a.status == "answered" and "68.87" in a.text  # (12700 + 23800) ÷ 53000
    a = ask(engine, "水厂扩容工程到今年底累计能完成总投资的百分之多少")
    assert a.status == "answered" and "100.00" in a.text


def test_the_tables_total_is_not_the_rows_of_a_word_or_the_rows_listed(engine):
    a = ask(engine, "县城投公司负责的项目2026年计划投资一共多少")
    assert a.status == "answered" and "6500" in a.text and "23800" not in a.text
    a = ask(engine, "新建项目有哪些", "这几个2026年计划投资加起来")
    assert a.status == "answered" and "6500" in a.text and "23800" not in a.text
    a = ask(engine, "2026年计划投资一共多少")
    assert a.status == "answered" and "23800" in a.text


def test_a_target_in_words_is_compared_as_a_figure(engine):
    a = ask(engine, "青柳镇有哪些指标没完成")
    assert a.status == "answered" and "新建公厕数量" not in a.text and "河道清淤长度" in a.text


def test_a_rule_of_points_is_no_subtraction(engine):
    a = ask(engine, "青柳镇河道清淤长度每少1公里扣几分")
    assert "扣 2分" not in a.text


def test_the_labels_of_a_level_named_by_its_header(engine):
    a = ask(engine, "青柳镇自评表的一级指标有哪些")
    assert a.status == "answered" and "产出指标、效益指标、满意度指标" in a.text and "新建公厕数量" not in a.text
    a = ask(engine, "青柳镇二级指标有哪些")
    assert a.status == "answered" and a.text.startswith("二级指标共 6 个：数量指标、质量指标")


def test_an_organisation_the_cells_print_is_no_foreign_department(engine):
    a = ask(engine, "县交通运输局的项目2026年计划合计多少")
    assert a.status == "answered" and "13300" in a.text  # 12000 + 1300
    a = ask(engine, "交通运输局的项目今年计划合计多少")
    assert a.status == "answered" and "13300" in a.text


def test_rows_starting_or_ending_in_a_year(engine):
    a = ask(engine, "哪些项目2026年完工")
    assert a.status == "answered" and "水厂扩容工程" in a.text and "乡村公路养护工程" in a.text
    assert "青川大道" not in a.text and "滨江公园" not in a.text
    a = ask(engine, "2026年开工的项目有几个")
    assert a.status == "answered" and "共 2 项" in a.text and "滨江公园新建工程" in a.text and "城区停车楼" in a.text
