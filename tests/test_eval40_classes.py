"""A finance office's 项目支出绩效评价结果表 (each evaluated project under its 主管部门, its 预算金额, 实际支出, 执行率,
评价得分, 评价等级, 主要问题; a 合计 row labelled "9个项目" under 主管部门 合计) beside a bureau's own target table. Each
class on tables generated here (names and figures of their own):
- "评价" / "评价结果" / "评价表" said as the table's word: a grade counted ("评价结果里差的有几个"), a bureau's rows
  added up or their own rate worked out from the sums (Σ实际 ÷ Σ预算, never one row's rate) — also of a bureau loaded
  with tables of its own ("林业局的评价项目…", while "林业局项目支出合计" stays its own table's);
- the most of a column over the rows, never the 合计 row; "哪个项目评分高" ranks (评分 = 评价得分), never adds;
- the mean score (n and sum shown); rows of a grade, then a column of them added up; a row's budget less what it
  spent; a row found by a superlative, then its 主要问题;
- the same project in two tables: "评价表里那个预算呢" after a project's budget asked of its own table is that
  project's row of the evaluation table, then "差多少" the two figures' difference."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine

_ROWS = [
    [1, "青岚县教育局", "校舍维修改造资金", 900, 846, 0.94, 91, "优", "维修台账不完整", "建立维修台账"],
    [2, "青岚县教育局", "营养改善计划补助", 430, 430, 1, 96.5, "优", "无明显问题", "继续做好营养监测"],
    [3, "青岚县卫生健康局", "乡村医生补助经费", 280, 196, 0.7, 66, "中", "补助发放滞后于计划", "按季度及时发放"],
    [4, "青岚县卫生健康局", "重大疾病防控经费", 510, 489.6, 0.96, 87, "良", "缺少事前绩效评估", "开展事前绩效评估"],
    [5, "青岚县林业局", "森林防火经费", 150, 141, 0.94, 89, "良", "瞭望塔值守记录缺失", "完善值守记录"],
    [6, "青岚县林业局", "林下经济扶持资金", 200, 96, 0.48, 51.5, "差", "扶持对象遴选迟缓，资金沉淀", "加快遴选"],
    [7, "青岚县林业局", "古树名木保护经费", 36, 33.3, 0.925, 82, "良", "养护合同未备案", "规范合同备案"],
    [8, "青岚县商务局", "电商进农村补助", 620, 372, 0.6, 57, "差", "站点运营率低，资金闲置", "整合站点"],
    [9, "青岚县商务局", "外贸稳增长奖励", 240, 232.8, 0.97, 93.5, "优", "无明显问题", "保持政策连续性"],
]


def _evaluation(path: Path) -> None:
    total = [None, "合计", "9个项目", 3366, 2836.7, 0.8427, None, None, None, None]
    simple_table(path, "评价结果", "青岚县财政局2025年度财政项目支出绩效评价结果表（2024年度项目）", "I2", "金额单位：万元",
                 ["序号", "主管部门", "项目名称", "预算金额", "实际支出", "执行率", "评价得分", "评价等级", "主要问题", "整改建议"],
                 [*_ROWS, total])


def _forestry(path: Path) -> None:
    """青岚县林业局's own 2026 target table (seed text format): 森林防火经费 again, with this year's budget."""
    head = "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标"
    block = "1、1-产出指标,11-数量指标,{0}；实施周期指标值:{1},年度指标值:{1};"
    parts = ["项目支出绩效目标表", "部门名称：青岚县林业局(部门) 单位：万元", "", head, "", "合计 240.00 240.00", "",
             "青岚县林业局 240.00 240.00", "",
             "    森林防火经费 160.00 160.00", "", "开展森林火灾防控，保障林区安全。", "", block.format("巡护人次", "≥1200人次"), "",
             "    林区道路养护经费 80.00 80.00", "", "养护林区道路，保障通行。", "", block.format("养护道路里程", "≥30公里"), ""]
    path.write_text("\n".join(parts), encoding="utf-8")


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("eval40")
    _evaluation(folder / "青岚县_项目支出绩效评价结果表_2025.xlsx")
    _forestry(folder / "青岚县_林业局_2026.txt")
    return engine_over(folder / "kb.sqlite", [folder])


def test_a_grade_counted_with_the_tables_word(engine: Engine) -> None:
    answer = converse(engine, "评价结果里差的有几个")
    assert answer.status == "answered"
    assert "2 项" in answer.text and "林下经济扶持资金" in answer.text and "电商进农村补助" in answer.text


def test_a_bureau_loaded_with_its_own_table_asked_of_the_evaluation(engine: Engine) -> None:
    spent = converse(engine, "林业局的评价项目实际支出一共多少")
    assert spent.status == "answered" and "270.3" in spent.text
    rate = converse(engine, "林业局被评价项目整体执行率")
    assert rate.status == "answered"
    assert "270.3" in rate.text and "386" in rate.text and "70.03%" in rate.text
    own = converse(engine, "林业局项目支出合计")
    assert own.status == "answered" and "240" in own.text and "270.3" not in own.text


def test_the_largest_is_a_row_never_the_total(engine: Engine) -> None:
    answer = converse(engine, "评价预算金额最大的项目")
    assert answer.status == "answered"
    assert "校舍维修改造资金" in answer.text and "900" in answer.text and "3366" not in answer.text


def test_which_project_scores_high_ranks(engine: Engine) -> None:
    answer = converse(engine, "商务局哪个项目评分高")
    assert answer.status == "answered"
    assert "外贸稳增长奖励" in answer.text and "93.5" in answer.text and "150.5" not in answer.text


def test_the_mean_score_shows_n_and_sum(engine: Engine) -> None:
    answer = converse(engine, "评价的9个项目平均得分")
    assert answer.status == "answered"
    assert "79.28" in answer.text and "713.5" in answer.text


def test_the_projects_evaluated_counted(engine: Engine) -> None:
    answer = converse(engine, "绩效评价一共评了多少个项目")
    assert answer.status == "answered"
    assert ("9 个" in answer.text or "9 项" in answer.text) and "事前绩效评估" not in answer.text


def test_a_grades_rows_then_a_column_added(engine: Engine) -> None:
    answer = converse(engine, "评为差的", "实际支出加起来多少")
    assert answer.status == "answered"
    assert "468" in answer.text and "2836.7" not in answer.text


def test_a_rows_budget_less_what_it_spent(engine: Engine) -> None:
    answer = converse(engine, "乡村医生补助经费", "预算跟实际差多少")
    assert answer.status == "answered" and "84" in answer.text


def test_a_rows_problem_after_it_was_found_by_a_superlative(engine: Engine) -> None:
    answer = converse(engine, "商务局哪个项目执行率低", "它的问题")
    assert answer.status == "answered" and "站点运营率低" in answer.text and "无明显问题" not in answer.text


def test_the_same_project_in_the_evaluation_table(engine: Engine) -> None:
    first = converse(engine, "青岚2026年森林防火经费预算", "评价表里那个预算呢")
    assert first.status == "answered"
    assert "150" in first.text and "3366" not in first.text and "评价得分" not in first.text
    apart = converse(engine, "青岚2026年森林防火经费预算", "评价表里那个预算呢", "差多少")
    assert apart.status == "answered" and "10万元" in apart.text and "529.3" not in apart.text
    again = converse(engine, "森林防火经费2026年预算多少", "评价表里的呢")
    assert again.status == "answered" and "150" in again.text and "141" in again.text


def test_a_kind_of_table_said_is_not_answered_from_another_kind(engine: Engine) -> None:
    answer = converse(engine, "青岚县商务局2026年项目支出绩效目标表合计")
    assert answer.status != "answered"
    assert "860" not in answer.text and "604.8" not in answer.text


@pytest.fixture(scope="module")
def application(tmp_path_factory) -> Engine:
    """A bureau's 项目申报表 whose text cell states the two years before's budgets."""
    folder = tmp_path_factory.mktemp("eval40_application")
    simple_table(folder / "青岚县人社局_项目申报表_2025.xlsx", "申报", "青岚县人力资源和社会保障局2025年项目申报表", "D2",
                 "单位：万元", ["项目", "内容"],
                 [["项目名称", "职业技能提升培训补贴"], ["申报金额（万元）", 1100],
                  ["前两年预算安排情况", "1.2023年预算金额820万元，2024年预算金额960万元；2.当年预算较2024年增加140万元，主要因培训人数增加。"]])
    return engine_over(folder / "kb.sqlite", [folder])


def test_a_year_of_the_text_just_shown(application: Engine) -> None:
    answer = converse(application, "前两年预算安排情况", "2023年的是多少")
    assert answer.status == "answered" and "820" in answer.text and "960" not in answer.text
    later = converse(application, "前两年预算安排情况", "2024年呢")
    assert later.status == "answered" and "960" in later.text and "140" not in later.text


def _grouped_evaluation(path: Path) -> None:
    """Another office's layout: 项目名称 before 主管部门, 预算数 / 执行数 / 执行率 under a merged 预算执行 header, its
    合计 in the 序号 column."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评价汇总"
    ws.append(["白溪区2025年度重点项目绩效评价结果汇总表"])
    ws.append(["填报单位：白溪区财政局", None, None, None, None, None, None, None, None, "单位：万元"])
    ws.append(["序号", "项目名称", "主管部门", "预算执行", None, None, "评价得分", "评价等级", "主要问题", "整改措施"])
    ws.append([None, None, None, "预算数(万元)", "执行数(万元)", "执行率", None, None, None, None])
    ws.merge_cells("D3:F3")
    for c in "ABCGHIJ":
        ws.merge_cells(f"{c}3:{c}4")
    rows = [
        ("河道保洁经费", "区水务局", 300, 291, 0.97, 92, "优", "无明显问题", "保持"),
        ("农村供水维修经费", "区水务局", 520, 364, 0.7, 74.5, "中", "维修进度滞后", "倒排工期"),
        ("中小学课后服务补助", "区教育局", 410, 397.7, 0.97, 88.5, "良", "个别学校台账不全", "完善台账"),
        ("校车运营补贴", "区教育局", 260, 254.8, 0.98, 95.5, "优", "无明显问题", "保持"),
        ("教师培训经费", "区教育局", 180, 117, 0.65, 61, "中", "培训计划执行不足", "调整计划"),
        ("社区养老服务补贴", "区民政局", 640, 633.6, 0.99, 93, "优", "无明显问题", "保持"),
    ]
    for k, r in enumerate(rows, 1):
        ws.append([k, *r])
    ws.append(["合计", None, None, 2310, 2058.1, 0.891, None, None, None, None])
    wb.save(path)


@pytest.fixture(scope="module")
def grouped(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("eval40_grouped")
    _grouped_evaluation(folder / "baixi_2025_key_project_evaluation_results.xlsx")
    return engine_over(folder / "kb.sqlite", [folder])


def test_a_grouped_layouts_largest_budget_and_a_bureaus_scores(grouped: Engine) -> None:
    largest = converse(grouped, "评价预算数最大的项目")
    assert largest.status == "answered" and "社区养老服务补贴" in largest.text and "640" in largest.text
    top = converse(grouped, "教育局哪个项目得分最高")
    assert top.status == "answered" and "校车运营补贴" in top.text and "95.5" in top.text and "410" not in top.text
    low = converse(grouped, "教育局哪个项目评分最低")
    assert low.status == "answered" and "教师培训经费" in low.text and "61" in low.text and "180万元" not in low.text
