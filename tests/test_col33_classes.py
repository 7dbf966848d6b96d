"""COLUMNS of general tables (col33), on tables generated here with names and figures of their own.

Classes: a superlative or a condition over a numeric column said by its name ("执行率最低的", "执行率低于85%的",
"执行率100%的") ranks or filters that column, never the text cells holding the word (主要问题 "执行率偏低…")."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, Engine


def _evaluation_table(path, two_rows: bool) -> None:
    """A 绩效评价结果汇总表: the execution columns under one heading (two header rows) or flat, a 合计 last,
    a 主要问题 column whose cells name 执行率 in words."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评价汇总"
    ws.append(["青禾县2025年度财政支出项目绩效评价结果汇总表"])
    ws.append(["填报单位：青禾县财政局", None, None, None, None, None, None, None, None, None, "单位：万元"])
    cols = ["预算数(万元)", "执行数(万元)", "执行率"]
    if two_rows:
        ws.append(["序号", "项目名称", "主管部门", "评价方式", "资金执行情况", None, None, "评价得分", "评价等级",
                   "主要问题", "结果应用"])
        ws.append([None, None, None, None, *cols, None, None, None, None])
        for col in "ABCDHIJK":
            ws.merge_cells(f"{col}3:{col}4")
        ws.merge_cells("E3:G3")
    else:
        ws.append(["序号", "项目名称", "主管部门", "评价方式", *cols, "评价得分", "评价等级", "主要问题", "结果应用"])
    rows = [
        (1, "乡村学校图书配送项目", "县教体局", "财政评价", 300, 297, 0.99, 92, "优", "图书目录更新慢", "维持规模"),
        (2, "城区排涝泵站维修", "县水务局", "部门评价", 840, 588, 0.7, 71, "中", "预算执行率偏低，两座泵站未完工", "压减预算15%"),
        (3, "茶叶品牌推广补助", "县农业农村局", "部门评价", 150, 150, 1, 88, "良", "无明显问题", "维持规模"),
        (4, "养老机构运营补贴", "县民政局", "财政评价", 420, 357, 0.85, 83, "良", "部分机构资金结余较多", "压减预算5%"),
        (5, "森林消防物资储备", "县应急局", "部门评价", 96, 96, 1, 90.5, "优", "无明显问题", "维持规模"),
        (6, "河道保洁服务购买", "县水务局", "部门评价", 210, 168, 0.8, 79, "中", "合同签订迟，保洁频次不足", "压减预算10%"),
    ]
    for r in rows:
        ws.append(list(r))
    ws.append(["合计", None, None, None, 2016, 1656, 0.8214, None, None, None, None])
    ws.append(["注：执行率=执行数÷预算数。"])
    for row in ws.iter_rows(min_col=7, max_col=7):
        for cell in row:
            if isinstance(cell.value, float | int) and cell.value <= 1:
                cell.number_format = "0.00%"
    wb.save(path)


def _funds_table(path, total_first: bool) -> None:
    """A 专项资金清单: 上年 and 本年 columns, their change, a 是否新设 column; the 合计 line first or last."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "专项清单"
    ws.append(["澄川县文化和旅游局2026年部门专项资金清单"])
    ws.append(["编制单位：澄川县文化和旅游局", None, None, None, None, None, None, None, "单位：万元"])
    before, now = ("上年预算数", "本年预算数") if total_first else ("去年安排数", "今年安排数")
    ws.append(["序号", "专项名称", "责任科室", "执行期限", before, now, "增减额", "资金用途", "是否新设"])
    rows = [
        (1, "非遗传承保护补助", "非遗科", "2023-2027年", 88, 96, 8, "传承人补助和传习所运行", "否"),
        (2, "公共文化场馆免费开放补助", "公共服务科", "2022-2026年", 210, 185, -25, "场馆免费开放运行", "否"),
        (3, "旅游市场宣传推广经费", "市场推广科", "2024-2029年", 150, 150, 0, "旅游形象宣传和节会推广", "否"),
        (4, "文物安全防护工程配套", "文物科", "2024-2026年", 320, 268, -52, "文物消防安防工程配套", "否"),
        (5, "乡村旅游示范点奖补", "产业发展科", "2026-2028年", None, 120, 120, "示范点创建奖补", "是"),
        (6, "智慧景区监测平台建设", "信息科", "2026-2027年", None, 75, 75, "景区客流监测设备", "是"),
    ]
    total = [None, "合计", None, None, 768, 894, 126, None, None]
    if total_first:
        ws.append(total)
    for r in rows:
        ws.append(list(r))
    if not total_first:
        ws.append(total)
    ws.append(["注：新设专项上年无预算安排。"])
    wb.save(path)


@pytest.fixture(scope="module", params=[True, False], ids=["two_header_rows", "flat"])
def evaluation_alone(request, tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("col33_eval_alone")
    _evaluation_table(d / "qinghe_evaluation_2025.xlsx", request.param)
    return engine_over(tmp_path_factory.mktemp("col33_eval_alone_db") / "kb.sqlite", [d])


@pytest.fixture(scope="module", params=[True, False], ids=["two_header_rows", "flat"])
def evaluation(request, tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("col33_eval")
    _evaluation_table(d / "qinghe_evaluation_2025.xlsx", request.param)
    _funds_table(d / "chengchuan_special_funds_2026.xlsx", request.param)
    # (published samples beside them: a project table whose one project is named 专项资金, an indicator table)
    samples = Path(__file__).resolve().parent / "data" / "samples"
    return engine_over(tmp_path_factory.mktemp("col33_eval_db") / "kb.sqlite",
                       [d, samples / "wuhan_donghu_rsj_2020_project_application.xlsx",
                        samples / "zhanjiang_rsj_2024_department_targets.xlsx"])


def test_the_lowest_rate_ranks_the_numeric_column(evaluation: Engine) -> None:
    a = converse(evaluation, "执行率最低的项目")
    assert a.status == ANSWERED and "城区排涝泵站维修" in a.text and "70" in a.text, a.text
    assert "主要问题" not in a.text


def test_a_rate_below_a_threshold_filters_the_numeric_column(evaluation: Engine) -> None:
    a = converse(evaluation, "执行率低于85%的项目")
    assert a.status == ANSWERED, a.text
    assert "城区排涝泵站维修" in a.text and "河道保洁服务购买" in a.text, a.text
    assert "茶叶品牌" not in a.text and "主要问题" not in a.text


def test_a_rate_equal_to_a_figure_filters_the_numeric_column(evaluation_alone: Engine) -> None:
    # (one department loaded: a KB of several asks which department first, over every one — not this class)
    a = converse(evaluation_alone, "执行率100%的有哪些")
    assert a.status == ANSWERED, a.text
    assert "茶叶品牌推广补助" in a.text and "森林消防物资储备" in a.text, a.text
    assert "排涝" not in a.text and "主要问题" not in a.text


def test_rows_fallen_risen_or_level_against_the_year_before(evaluation: Engine) -> None:
    a = converse(evaluation, "哪些专项比上年减少了")
    assert a.status == ANSWERED, a.text
    assert "公共文化场馆免费开放补助" in a.text and "文物安全防护工程配套" in a.text, a.text
    assert "非遗传承" not in a.text.split("另有")[0] and "旅游市场" not in a.text
    a = converse(evaluation, "有没有跟去年持平的专项")
    assert a.status == ANSWERED and "旅游市场宣传推广经费" in a.text, a.text
    assert "非遗传承" not in a.text and "场馆" not in a.text
    a = converse(evaluation, "哪些专项比上年增加了")
    assert a.status == ANSWERED and "非遗传承保护补助" in a.text and "文物" not in a.text, a.text


def test_a_share_of_this_years_whole_is_of_this_years_column(evaluation: Engine) -> None:
    a = converse(evaluation, "文物安全防护工程配套占本年合计的比重")
    assert a.status == ANSWERED, a.text
    assert "29.98" in a.text and "41.67" not in a.text, a.text  # 268 ÷ 894, never 320 ÷ 768


@pytest.mark.parametrize(("question", "figure", "wrong"), [
    ("专项资金本年预算合计", "894", "768"),
    ("专项资金上年合计多少", "768", "894"),
    ("评价项目预算总额", "2016", "894"),
])
def test_a_columns_whole_named_with_the_tables_kind(evaluation: Engine, question: str, figure: str, wrong: str) -> None:
    a = converse(evaluation, question)
    assert a.status == ANSWERED and figure in a.text and wrong not in a.text, a.text


@pytest.mark.parametrize(("question", "said"), [
    ("智慧景区监测平台谁负责", "信息科"),
    ("文物安全防护工程配套归哪个科室管", "文物科"),
    ("旅游市场宣传推广经费执行到哪年", "2029"),
])
def test_text_columns_asked_by_question_words(evaluation: Engine, question: str, said: str) -> None:
    a = converse(evaluation, question)
    assert a.status == ANSWERED and said in a.text, a.text


def test_what_is_left_is_the_budget_less_what_was_spent(evaluation: Engine) -> None:
    a = converse(evaluation, "城区排涝泵站维修结余了多少")
    assert a.status == ANSWERED and "252" in a.text, a.text  # 840 − 588


def test_a_yes_no_column_said_by_its_word_selects_rows(evaluation: Engine) -> None:
    a = converse(evaluation, "今年新设了哪些专项")
    assert a.status == ANSWERED, a.text
    assert "乡村旅游示范点奖补" in a.text and "智慧景区监测平台建设" in a.text and "非遗" not in a.text, a.text
    a = converse(evaluation, "新设的专项占本年预算比重多少")
    assert a.status == ANSWERED and "21.81" in a.text, a.text  # 195 ÷ 894


def test_the_longest_span_of_years_of_a_text_column(evaluation: Engine) -> None:
    a = converse(evaluation, "哪个专项执行期限最长")
    assert a.status == ANSWERED and "旅游市场宣传推广经费" in a.text and "6年" in a.text, a.text


def test_a_result_applied_is_read_from_its_column(evaluation: Engine) -> None:
    a = converse(evaluation, "河道保洁服务购买压减多少")
    assert a.status == ANSWERED and "10%" in a.text, a.text


@pytest.mark.parametrize("question", ["专项资金调整后合计多少", "专项资金2025年合计多少"])
def test_a_whole_with_a_word_not_understood_is_not_guessed(evaluation: Engine, question: str) -> None:
    a = converse(evaluation, question)
    assert not (a.status == ANSWERED and ("894" in a.text or "768" in a.text)), a.text
