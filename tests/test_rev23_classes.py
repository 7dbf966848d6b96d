"""The thirteenth round's review: classes of confident wrong answers found by asking tables made here (names
and figures of their own) with every other table loaded, as staff ask them:
- a project self-evaluation whose title block prints "项目名称 | X" above the header (a form's field, not the
  header); a group's 分值 and 得分 never added to each other (效益指标一共几分: each added on its own); its 总分
  row a total (哪项扣分最多 is never the 总分 row);
- a sub-item the table does not print said with a distinguishing word (高等教育 of 教育支出, after the place
  too: 柏溪县高等教育); a row said with its table's kind after it (小学教育支出 of a 支出表), never with the
  rows whose short names end in that word (卫健支出);
- 哪一类 of rows grouped by a column of kinds (资金类别) printing no 小计: the groups by their rows added up,
  then 第二多的呢 the next group; never one project;
- "第二个是哪个单位实施的" after a list: the list's second row, not the rows whose names hold 第二;
- a standard per unit a row's text states (每个社区每年10万元) asked 每个社区补多少, never the row's total; a row
  asked bare of its amount and its count: the amount; 几个村: its count column naming 村;
- an age said of a table of age brackets (95岁 of 90-99周岁), only for what one person gets;
- a row's rate asked "总的" (X项目总的执行率): the row's own, never another department's label read across 合计.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import DATA, ROOT, VOCAB, converse, set_cells, simple_table

from bot.engine import Engine


def _evaluation(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评"
    ws.append(["石泉县文化馆2025年度非遗展示中心运行项目绩效自评表"])
    ws.append(["项目名称", "非遗展示中心运行项目", None, None, "单位：万元"])
    ws.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"])
    for row in [("产出指标", "数量指标", "展演场次", "≥40场", "44场", 20, 20, ""),
                ("产出指标", "质量指标", "展品完好率", "100%", "96%", 10, 8, "两件展品受潮"),
                ("效益指标", "社会效益", "参观人次", "≥3万人次", "3.4万人次", 25, 25, ""),
                ("效益指标", "可持续影响", "传承人培养机制", "建立", "初步建立", 15, 11, "方案待审定"),
                ("满意度指标", "服务对象满意度", "观众满意度", "≥90%", "94%", 20, 20, "")]:
        ws.append(list(row))
    ws.merge_cells("A4:A5")
    ws.merge_cells("A6:A7")
    ws.append(["总分", None, None, None, None, 90, 84, None])
    wb.save(path)


def _spending(path: Path) -> None:
    simple_table(path, "支出", "柳岸县2025年一般公共预算支出表", "D2", "单位：万元",
                 ["科目编码", "科目名称", "2025年预算数", "上年预算数"],
                 [["201", "一般公共服务支出", 9120, 8840], ["205", "教育支出", 21350, 20400],
                  ["20502", "普通教育", 18770, 17900], ["2050202", "小学教育", 7640, 7210],
                  ["208", "社会保障和就业支出", 13260, 12580], ["210", "卫生健康支出", 7710, 7390],
                  [None, "合计", 51440, 49220]])
    set_cells(path, {"A2": "编制单位：柳岸县财政局"})


def _allocation(path: Path) -> None:
    simple_table(path, "安排", "石泉县2025年文化专项资金安排表", "E2", "单位：万元",
                 ["序号", "资金类别", "项目名称", "实施单位", "安排金额"],
                 [[1, "场馆建设类", "第二文化站改造", "石泉县第二文化站", 540], [2, "场馆建设类", "城西书屋新建", "城西街道", 260],
                  [3, "场馆建设类", "图书馆外立面修缮", "石泉县图书馆", 180],
                  [4, "活动开展类", "乡村戏曲进村", "石泉县文化馆", 610], [5, "活动开展类", "第二届民俗节", "石泉县文化馆", 120],
                  [6, "人才培养类", "文艺骨干培训", "石泉县文化馆", 90], ["合计", None, None, None, 1800]])
    set_cells(path, {"A2": "编制单位：石泉县文化馆"})


def _standards(path: Path) -> None:
    simple_table(path, "测算", "柳岸县2025年村级组织运转经费测算表", "F2", "单位：万元",
                 ["序号", "补助内容", "补助标准", "村（社区）个数", "补助资金"],
                 [[1, "村级事务补助", "每村每年5万元", 96, 480], [2, "村务公开经费", "每村每年1万元", 96, 96],
                  [3, "社区治理专项经费", "每个社区每年8万元", 11, 88], ["合计", None, None, None, 664]])
    set_cells(path, {"A2": "编制单位：柳岸县委组织部"})


def _ages(path: Path) -> None:
    simple_table(path, "津贴", "柳岸县2025年高龄津贴测算表", "E2", "单位：元",
                 ["序号", "年龄段", "补贴标准（元/人·月）", "享受人数（人）", "全年资金"],
                 [[1, "80-89周岁", 60, 4310, 3103200], [2, "90-99周岁", 180, 615, 1328400],
                  [3, "100周岁及以上", 600, 19, 136800], ["合计", None, None, 4944, 4568400]])
    set_cells(path, {"A2": "编制单位：柳岸县民政局"})


def _monitor(path: Path) -> None:
    simple_table(path, "监控", "石泉县水利局2025年1-6月项目支出执行监控表", "F2", "单位：万元",
                 ["序号", "项目名称", "全年预算", "1-6月支出", "执行率", "完成情况"],
                 [[1, "山塘整治", 800, 312, "39.00%", "按计划推进"], [2, "水文监测站维护", 150, 84, "56.00%", "正常"],
                  ["合计", None, 950, 396, "41.68%", None]])


def _services(path: Path) -> None:
    simple_table(path, "购买服务", "石泉县残联2025年政府购买服务项目表", "F2", "单位：万元",
                 ["序号", "服务项目", "承接主体", "购买金额", "购买方式"],
                 [[1, "残疾人康复训练服务", "石泉县康复之家", 140, "公开招标"],
                  [2, "辅具适配评估服务", "石泉县助残社工站", 32, "竞争性磋商"],
                  [3, "盲人按摩培训", "石泉县职业培训学校", 18, "单一来源"],
                  ["合计", None, None, 190, None]])


def _debt(path: Path) -> None:
    simple_table(path, "债务", "柳岸县政府债务余额情况表", "E2", "单位：亿元",
                 ["年度", "一般债务余额", "专项债务余额", "债务余额合计"],
                 [["2022年", 21.4, 33.0, 54.4], ["2023年", 22.8, 30.1, 52.9], ["2024年", 24.0, 31.6, 55.6]])
    set_cells(path, {"A2": "编制单位：柳岸县财政局"})


def _progress(path: Path) -> None:
    simple_table(path, "进展", "石泉县2025年重点项目进展表", "F2", "单位：万元",
                 ["序号", "项目名称", "建设状态", "开工时间", "总投资"],
                 [[1, "石泉河堤加固", "在建", "2024年4月", 8600], [2, "县妇幼保健院", "已完工", "2023年2月", 12400],
                  [3, "北山公园", "在建", "2024年11月", 3900], ["合计", None, None, None, 24900]])
    set_cells(path, {"A2": "填报单位：石泉县发展和改革局"})


def _rolling(path: Path) -> None:
    simple_table(path, "滚动", "石泉县住房和城乡建设局2025-2027年项目支出滚动规划表", "F2", "单位：万元",
                 ["序号", "项目名称", "2025年", "2026年", "2027年"],
                 [[1, "城区路灯改造", 300, 420, 0], [2, "背街小巷整治", 500, 500, 650], ["合计", None, 800, 920, 650]])


@pytest.fixture(scope="module")
def engine(tmp_path_factory, built_copy) -> Engine:
    d = tmp_path_factory.mktemp("rev23")
    made = []
    for name, make in [("eval", _evaluation), ("spending", _spending), ("alloc", _allocation), ("standards", _standards),
                       ("ages", _ages), ("monitor", _monitor), ("services", _services), ("debt", _debt),
                       ("progress", _progress), ("rolling", _rolling)]:
        make(d / f"{name}.xlsx")
        made.append(d / f"{name}.xlsx")
    return Engine(built_copy([ROOT / "knowledge", DATA / "samples", *made], d / "kb.sqlite"), VOCAB)


def _answered(engine: Engine, *turns: str) -> str:
    a = converse(engine, *turns)
    assert a.status == "answered", a.text
    return a.text


# --- a project self-evaluation: its field line, 分值 and 得分 apart, 总分 a total ------------------------------


def test_a_field_line_above_the_header_is_no_header(engine: Engine) -> None:
    text = _answered(engine, "石泉县文化馆效益指标得分")
    assert text.startswith("合计 36分") and "25" in text and "11" in text


def test_a_groups_marks_and_score_are_never_added_together(engine: Engine) -> None:
    text = _answered(engine, "石泉县文化馆效益指标一共几分")
    lines = text.splitlines()
    assert len(lines) == 2 and lines[0].startswith("合计 40分") and lines[1].startswith("合计 36分")
    assert "76" not in text and "50分" not in text


def test_the_score_row_is_no_item_of_the_ranking(engine: Engine) -> None:
    text = _answered(engine, "石泉县文化馆哪项扣分最多")
    assert text.startswith("传承人培养机制 扣 4分") and "总分" not in text
    text = _answered(engine, "石泉县文化馆一共扣了多少分")
    assert text.startswith("共扣 6分")


# --- a sub-item not printed; a row said with its table's kind -----------------------------------------------


@pytest.mark.parametrize("question", ["高等教育支出多少", "柳岸县高等教育支出多少"])
def test_a_sub_item_said_with_a_distinguishing_word_is_not_its_parent(engine: Engine, question: str) -> None:
    a = converse(engine, question)
    assert a.status != "answered" or "21350" not in a.text
    assert "21350万元" not in a.text.split("（")[0]


def test_a_row_said_with_its_tables_kind_after_the_parent(engine: Engine) -> None:
    text = _answered(engine, "柳岸县教育支出多少", "小学教育支出多少")
    assert "7640" in text and "13260" not in text and "7710" not in text


# --- groups of a column of kinds, ordinals of a list --------------------------------------------------------


def test_which_kind_ranks_the_groups_added_up(engine: Engine) -> None:
    text = _answered(engine, "石泉县文化馆哪一类安排最多")
    assert text.startswith("最多的是场馆建设类") and "980" in text and "乡村戏曲进村" not in text
    text = _answered(engine, "石泉县文化馆哪类资金安排得最多", "第二多的呢")
    assert text.startswith("第2是活动开展类") and "730" in text


def test_an_ordinal_after_a_list_is_its_place_not_a_name_holding_it(engine: Engine) -> None:
    text = _answered(engine, "石泉县文化馆场馆建设类有哪些项目", "第二个是哪个单位实施的")
    assert "城西街道" in text and "第二文化站" not in text
    text = _answered(engine, "石泉县文化馆场馆建设类有哪些项目", "第一个是哪个单位实施的", "第二个是哪个单位实施的")
    assert "城西街道" in text


# --- a standard per unit, a row's amount and its count ------------------------------------------------------


@pytest.mark.parametrize(("question", "shown", "not_shown"), [
    ("社区治理专项经费每个社区多少", "每个社区每年8万元", "88"),
    ("村务公开经费每个村多少", "每村每年1万元", "96"),
    ("村级事务补助每村补多少", "每村每年5万元", "480"),
])
def test_a_standard_per_unit_its_text_states(engine: Engine, question: str, shown: str, not_shown: str) -> None:
    text = _answered(engine, question)
    assert shown in text.split("（")[0] and not_shown not in text.split("（")[0]


def test_a_row_asked_bare_is_its_amount_and_a_count_asked_its_count(engine: Engine) -> None:
    assert "480万元" in _answered(engine, "村级事务补助多少")
    text = _answered(engine, "村级事务补助涉及几个村")
    assert "96个" in text and "共 1 项" not in text


# --- ages in brackets ---------------------------------------------------------------------------------------


def test_an_age_is_the_bracket_holding_it(engine: Engine) -> None:
    text = _answered(engine, "95岁老人补贴标准是多少")
    assert text.startswith("90-99周岁") and "180元" in text and "600" not in text
    assert "615" not in converse(engine, "95岁老人有多少人").text  # the bracket's count is not the age's


# --- 总的 of a row's rate -----------------------------------------------------------------------------------


def test_a_rows_whole_rate(engine: Engine) -> None:
    text = _answered(engine, "山塘整治项目总的执行率是多少")
    assert "39.00%" in text and "41.68%" not in text


# --- a ranking after one row, which year, the earliest date, a plan over a span of years --------------------


def test_a_ranking_after_one_row_is_over_its_table(engine: Engine) -> None:
    text = _answered(engine, "盲人按摩培训是怎么采购的", "购买金额最多的是哪个")
    assert text.startswith("最多的是残疾人康复训练服务") and "共比较 3 项" in text
    text = _answered(engine, "辅具适配评估服务多少钱", "哪个最少")
    assert text.startswith("最少的是盲人按摩培训") and "共比较 1 项" not in text


def test_which_year_compares_every_years_row(engine: Engine) -> None:
    text = _answered(engine, "哪一年专项债务余额最高")
    assert text.startswith("最多的是2022年") and "33" in text


def test_the_earliest_of_a_column_of_dates(engine: Engine) -> None:
    text = _answered(engine, "石泉县发改局哪个项目最早开工")
    assert text.startswith("最早的是县妇幼保健院") and "2023年2月" in text and "2024年4月" not in text


def test_a_plan_over_a_span_of_years_holds_each_year(engine: Engine) -> None:
    text = _answered(engine, "城区路灯改造2026年比2025年多多少")
    assert "120" in text
    a = converse(engine, "石泉县住建局2026年一共多少")
    assert "没有2026年" not in a.text and "已加载的表是" not in a.text
