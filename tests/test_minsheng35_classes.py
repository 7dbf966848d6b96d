"""民生实事 PROGRESS tables (minsheng35), on tables generated here with names and figures of their own.

A progress table lists projects under a merged 类别 (a 小计 closing each), with 计划投资, 累计完成投资, 完成投资比例, a
形象进度 text, a 计划完工时间 date, a 是否按期 mark and a 备注; or flat, its 类别 printed on each row. Classes: the
yes/no column filtered with its negation ("没按期的"); a year said with the works' end as a condition on the date
column ("计划2026年完工的"); a rate filtered by a figure ("完成比例100%的", "一分钱没完成"); a field the table
does not print ("施工单位", "什么时候开工") is not answered from a text that happens to hold the word."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over

from bot.engine import ANSWERED, Engine

_D = dt.datetime


def _merged_table(path: Path) -> None:
    """青禾县为民办实事 progress: 类别 merged over its rows, a 小计 per 类别, the 合计 and a note in column A."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "进展情况"
    ws.append(["青禾县2025年为民办实事项目进展情况表"])
    ws.append(["填报单位：青禾县发展和改革局　截至时间：2025年10月31日", None, None, None, None, None, None, None, None,
               "单位：万元"])
    ws.append(["序号", "类别", "项目名称", "责任单位", "建设内容", "计划投资（万元）", "累计完成投资（万元）", "完成投资比例",
               "形象进度", "计划完工时间", "是否按期", "备注"])
    groups = [
        ("学校", [
            (1, "青禾县实验中学扩建工程", "县教体局", "新建教学楼1栋，建筑面积8600平方米，增加学位900个", 5200, 3900, 0.75,
             "主体封顶，正在砌筑墙体", _D(2026, 7, 31), "是", "跨年度项目"),
            (2, "城南幼儿园新建项目", "县教体局", "新建幼儿园1所，设9个班", 1400, 1400, 1, "已竣工交付使用",
             _D(2025, 8, 31), "是", None),
            (3, "乡村学校宿舍改造", "县教体局", "改造学生宿舍26栋", 780, 390, 0.5, "14栋已完成，12栋正在施工",
             _D(2025, 11, 30), "否", "施工队伍不足，进度滞后"),
        ]),
        ("卫生健康", [
            (4, "县妇幼保健院门诊楼", "县卫健委", "新建门诊楼9800平方米，新增床位120张", 6400, 2240, 0.35, "基础施工完成",
             _D(2026, 12, 31), "是", "跨年度项目，使用专项债券"),
            (5, "村级卫生室提标改造", "县卫健委", "改造村卫生室45个", 540, 540, 1, "已全部完工", _D(2025, 9, 30), "是", None),
            (6, "县医院发热门诊改造", "县人民医院", "改造发热门诊1200平方米", 360, 0, 0, "正在办理招标手续，尚未开工",
             _D(2025, 12, 31), "否", "设计方案两次调整"),
        ]),
        ("城乡建设", [
            (7, "老旧街巷硬化工程", "县住建局", "硬化老旧街巷38条，涉及住户1850户", 2300, 1610, 0.7, "完成街巷27条",
             _D(2025, 11, 15), "是", None),
            (8, "城乡客运线路延伸", "县交通局", "新开通客运线路5条，新增站点60个", 650, 455, 0.7,
             "3条线路已开通，站点建成41个", _D(2025, 12, 31), "否", "两条线路站点用地未落实"),
            (9, "小区加装电梯试点", "县住建局", "加装电梯12部", 420, 0, 0, "居民意见征询中，尚未开工", _D(2025, 12, 31), "否",
             "居民分摊费用未谈妥"),
            (10, "集贸市场提升改造", "县商务局", "改造集贸市场2处", 300, 300, 1, "已投入使用", _D(2025, 6, 30), "是", None),
        ]),
    ]
    merges = []
    for kind, rows in groups:
        start = ws.max_row + 1
        for i, r in enumerate(rows):
            ws.append([r[0], kind if i == 0 else None, *r[1:]])
        merges.append(f"B{start}:B{ws.max_row}")
        plan, done = sum(r[4] for r in rows), sum(r[5] for r in rows)
        ws.append([None, None, "小计", None, None, plan, done, round(done / plan, 3), None, None, None, None])
    ws.append(["合计", None, None, None, None, 18350, 10835, 0.5905, None, None, None, None])
    ws.append(["注：完成投资比例=累计完成投资÷计划投资；“是否按期”以截至10月底形象进度与序时进度对比确定。"])
    for m in merges:
        ws.merge_cells(m)
    for row in ws.iter_rows(min_row=4, min_col=8, max_col=8):
        for cell in row:
            cell.number_format = "0.0%"
    for row in ws.iter_rows(min_row=4, min_col=10, max_col=10):
        for cell in row:
            cell.number_format = "yyyy-mm-dd"
    wb.save(path)


def _flat_table(path: Path) -> None:
    """澄川县重点民生工程: 所属类别 on each row, rates printed as text ("35%"), dates as "2026年10月", no 小计."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "民生工程"
    ws.append(["澄川县2025年重点民生工程推进情况统计表"])
    ws.append(["填报单位：澄川县人民政府办公室", None, None, None, None, None, None, None, None, None, "金额单位：万元"])
    ws.append(["序号", "项目名称", "所属类别", "牵头单位", "主要建设内容", "计划投资", "已完成投资", "完成比例", "工程进展",
               "计划完成时间", "是否按期推进", "情况说明"])
    rows = [
        (1, "澄川二中运动场改造", "教育", "县教育局", "改造塑胶运动场2处", 310, 310, "100%", "已完工", "2025年8月", "是", None),
        (2, "乡镇寄宿制学校食堂建设", "教育", "县教育局", "新建食堂7所，新增就餐座位2100个", 1260, 630, "50%", "4所主体完工",
         "2025年12月", "否", "资金拨付滞后"),
        (3, "县第二人民医院住院楼", "医疗", "县卫生健康局", "新建住院楼，新增床位200张", 8800, 3080, "35%", "主体施工至9层",
         "2026年10月", "是", "跨年度项目"),
        (4, "社区卫生服务中心建设", "医疗", "县卫生健康局", "新建社区卫生服务中心3个", 900, 0, "0%", "土地手续办理中，未开工",
         "2025年12月", "否", "用地审批未完成"),
        (5, "农村饮水安全巩固提升", "供水", "县水利局", "铺设管网36公里，惠及2.4万人", 2160, 1728, "80%", "已铺设管网29公里",
         "2025年11月", "是", None),
        (6, "城区供热管网改造", "供水", "县住建局", "改造供热管网15公里", 3000, 900, "30%", "完成管网4.5公里", "2026年9月", "是",
         "跨年度项目"),
        (7, "敬老院适老化改造", "养老", "县民政局", "改造敬老院5所，新增床位150张", 750, 750, "100%", "已全部投入使用",
         "2025年9月", "是", None),
    ]
    for r in rows:
        ws.append(list(r))
    ws.append([None, "合计", None, None, None, 17180, 7398, "43.1%", None, None, None, None])
    wb.save(path)


_SAMPLES = Path(__file__).resolve().parent / "data" / "samples"


@pytest.fixture(scope="module")
def merged(tmp_path_factory) -> Engine:
    """The merged progress table alone beside a published sample."""
    d = tmp_path_factory.mktemp("minsheng35_merged")
    _merged_table(d / "qinghe_2025_minsheng_progress.xlsx")
    return engine_over(tmp_path_factory.mktemp("minsheng35_merged_db") / "kb.sqlite",
                       [d, _SAMPLES / "zhanjiang_rsj_2024_department_targets.xlsx"])


@pytest.fixture(scope="module")
def flat(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("minsheng35_flat")
    _flat_table(d / "chengchuan_2025_minsheng_projects.xlsx")
    return engine_over(tmp_path_factory.mktemp("minsheng35_flat_db") / "kb.sqlite",
                       [d, _SAMPLES / "zhanjiang_rsj_2024_department_targets.xlsx"])


@pytest.fixture(scope="module")
def both(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("minsheng35_both")
    _merged_table(d / "qinghe_2025_minsheng_progress.xlsx")
    _flat_table(d / "chengchuan_2025_minsheng_projects.xlsx")
    return engine_over(tmp_path_factory.mktemp("minsheng35_both_db") / "kb.sqlite", [d])


def test_the_table_note_and_total_under_a_merged_class_leave_the_rows_named_alone(merged: Engine) -> None:
    # (the 建设内容 column is an attribute of each project, never part of its name)
    a = converse(merged, "实验中学扩建工程进度咋样了")
    assert a.status == ANSWERED and "主体封顶" in a.text, a.text
    assert "新建教学楼" not in a.text, a.text


@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("没按期的项目有几个", ["乡村学校宿舍改造", "县医院发热门诊改造", "城乡客运线路延伸", "小区加装电梯试点"],
     ["城南幼儿园", "集贸市场"]),
    ("哪些项目按期的", ["城南幼儿园", "集贸市场"], ["发热门诊", "加装电梯"]),
])
def test_a_yes_no_column_with_its_negation_said_before_it(merged: Engine, question: str, said: list[str],
                                                          unsaid: list[str]) -> None:
    a = converse(merged, question)
    assert a.status == ANSWERED and all(x in a.text for x in said), a.text
    assert not any(x in a.text for x in unsaid), a.text


@pytest.mark.parametrize(("engine", "question", "said", "unsaid"), [
    ("merged", "计划2026年完工的项目", ["实验中学扩建工程", "妇幼保健院门诊楼"], ["城南幼儿园", "宿舍"]),
    ("merged", "2025年底前完工的有几个", ["共 8 项", "集贸市场"], ["实验中学", "妇幼保健院"]),
    ("flat", "哪些项目2026年完成", ["县第二人民医院住院楼", "城区供热管网改造"], ["敬老院", "运动场"]),
])
def test_a_year_of_the_works_end_is_a_condition_on_the_date_column(request, engine: str, question: str,
                                                                   said: list[str], unsaid: list[str]) -> None:
    a = converse(request.getfixturevalue(engine), question)
    assert a.status == ANSWERED and all(x in a.text for x in said), a.text
    assert not any(x in a.text for x in unsaid) and "没有 2026 年的数据" not in a.text, a.text


def test_a_year_of_the_works_of_another_departments_table_is_not_answered(both: Engine) -> None:
    a = converse(both, "澄川县计划2026年完工的项目")
    assert a.status == ANSWERED and "住院楼" in a.text and "妇幼保健院" not in a.text, a.text


@pytest.mark.parametrize(("engine", "question", "said", "unsaid"), [
    ("merged", "完成投资比例100%的项目有哪些", ["城南幼儿园", "村级卫生室", "集贸市场"], ["实验中学", "宿舍"]),
    ("merged", "完成比例100%的项目", ["城南幼儿园", "村级卫生室", "集贸市场"], ["实验中学", "宿舍"]),
    ("merged", "完成比例低于50%的项目", ["妇幼保健院", "发热门诊", "加装电梯"], ["城南幼儿园", "宿舍改造"]),
    ("merged", "哪些项目一分钱没完成", ["发热门诊", "加装电梯"], ["城南幼儿园", "妇幼保健院"]),
    ("flat", "完成比例100%的项目有哪些", ["运动场", "敬老院"], ["住院楼", "食堂"]),
])
def test_a_rate_column_filtered_by_a_figure(request, engine: str, question: str, said: list[str],
                                            unsaid: list[str]) -> None:
    a = converse(request.getfixturevalue(engine), question)
    assert a.status == ANSWERED and all(x in a.text for x in said), a.text
    assert not any(x in a.text for x in unsaid), a.text


def test_a_department_named_of_a_table_of_another_kind_is_not_answered_from_another(both: Engine) -> None:
    a = converse(both, "青禾县完成投资比例100%的项目有哪些")
    assert "运动场" not in a.text and "已完成投资" not in a.text, a.text


@pytest.mark.parametrize("question", ["妇幼保健院门诊楼施工单位是谁", "实验中学扩建工程什么时候开工的",
                                      "城南幼儿园招了多少学生"])
def test_a_field_the_table_does_not_print_is_not_answered(merged: Engine, question: str) -> None:
    a = converse(merged, question)
    assert a.status != ANSWERED, a.text


@pytest.mark.parametrize(("question", "figure", "wrong"), [
    ("妇幼保健院门诊楼计划投资占合计的比重", "34.88", "87.67"),  # 6400 ÷ 18350, never ÷ its 类别's 小计 7300
    ("妇幼保健院门诊楼计划投资占总投资多少", "34.88", "87.67"),
    ("村级卫生室提标改造累计完成投资占全部完成投资的比重", "4.98", "19.42"),  # 540 ÷ 10835, never ÷ 2780
])
def test_a_rows_share_of_the_tables_whole(merged: Engine, question: str, figure: str, wrong: str) -> None:
    a = converse(merged, question)
    assert a.status == ANSWERED and figure in a.text and wrong not in a.text, a.text


@pytest.mark.parametrize(("question", "figure", "wrong"), [
    ("学校类和卫生健康类计划投资差多少", "80", "18350"),  # 7380 − 7300
    ("城乡建设类和学校类计划投资加起来", "11050", "18350"),  # 3670 + 7380, never the 合计 of all three
    ("卫生健康类累计完成投资占全部完成投资的比重", "25.66", "38.1"),  # 2780 ÷ 10835
])
def test_classes_said_with_their_kind_word_compared_added_and_shared(merged: Engine, question: str, figure: str,
                                                                     wrong: str) -> None:
    a = converse(merged, question)
    assert a.status == ANSWERED and figure in a.text and wrong not in a.text, a.text


def test_the_class_with_the_lowest_rate_said_short(merged: Engine) -> None:
    a = converse(merged, "完成比例最低的类别")
    assert a.status == ANSWERED and "卫生健康" in a.text and "38.1" in a.text and "合计" not in a.text, a.text


@pytest.mark.parametrize(("turns", "said", "unsaid"), [
    (["城乡客运线路延伸开通了几条线路"], ["5条", "3条线路已开通"], ["共 1 项"]),
    (["城乡客运线路延伸", "开通了几条线路"], ["5条", "3条线路已开通"], ["共 1 项"]),
    (["县妇幼保健院门诊楼", "新增多少床位"], ["120张"], []),
    (["城南幼儿园设几个班"], ["9个班"], ["1所"]),
    (["老旧街巷硬化工程", "涉及多少户"], ["1850户"], []),
    (["老旧街巷硬化工程完成了多少条"], ["完成街巷27条"], []),  # (the row's own words, 老旧街巷, choose no clause)
])
def test_a_quantity_inside_a_rows_text(merged: Engine, turns: list[str], said: list[str], unsaid: list[str]) -> None:
    a = converse(merged, *turns)
    assert a.status == ANSWERED and all(x in a.text for x in said), a.text
    assert not any(x in a.text for x in unsaid), a.text


@pytest.mark.parametrize(("engine", "turns", "said"), [
    ("merged", ["城南幼儿园完工了没"], ["已竣工交付使用", "2025-08-31"]),
    ("merged", ["乡村学校宿舍改造", "建好了吗"], ["12栋正在施工", "2025-11-30"]),
    ("flat", ["澄川二中运动场改造完工了没"], ["已完工", "2025年8月"]),
])
def test_whether_the_works_are_done_is_the_progress_and_the_planned_end(request, engine: str, turns: list[str],
                                                                        said: list[str]) -> None:
    a = converse(request.getfixturevalue(engine), *turns)
    assert a.status == ANSWERED and all(x in a.text for x in said), a.text


def test_a_row_named_by_a_part_starting_with_a_verb_of_adding_then_its_reason(merged: Engine) -> None:
    # (加装 of 小区加装电梯试点 is no "加上…" to the answer before)
    a = converse(merged, "加装电梯那个项目")
    assert a.status == ANSWERED and "420" in a.text, a.text
    a = converse(merged, "加装电梯那个项目", "为啥没开工")
    assert a.status == ANSWERED and "居民分摊费用未谈妥" in a.text, a.text


@pytest.fixture(scope="module")
def beside_codes(tmp_path_factory) -> Engine:
    """The merged progress table beside a published final-accounts table whose codes hold "100" (31001)."""
    d = tmp_path_factory.mktemp("minsheng35_codes")
    _merged_table(d / "qinghe_2025_minsheng_progress.xlsx")
    return engine_over(tmp_path_factory.mktemp("minsheng35_codes_db") / "kb.sqlite",
                       [d, _SAMPLES / "putuo_czj_2024_final_accounts.pdf"])


def test_the_figure_filtered_is_no_part_of_a_code(beside_codes: Engine) -> None:
    a = converse(beside_codes, "完成投资比例100%的项目有哪些")
    assert a.status == ANSWERED and "城南幼儿园" in a.text and "集贸市场" in a.text, a.text
    assert "实验中学" not in a.text, a.text


@pytest.fixture(scope="module")
def renamed(tmp_path_factory) -> Engine:
    """The merged table with two rows renamed: a name beginning with an ordinal, a name holding 学生."""
    d = tmp_path_factory.mktemp("minsheng35_renamed")
    path = d / "qinghe_2025_minsheng_progress.xlsx"
    _merged_table(path)
    wb = openpyxl.load_workbook(path)
    wb.worksheets[0]["C5"] = "青禾县第二小学改扩建"
    wb.worksheets[0]["C6"] = "学生宿舍改造工程"
    wb.save(path)
    return engine_over(tmp_path_factory.mktemp("minsheng35_renamed_db") / "kb.sqlite", [d])


def test_a_name_beginning_with_an_ordinal_is_no_place_in_a_ranking(renamed: Engine) -> None:
    a = converse(renamed, "第二小学项目进度咋样了")
    assert a.status == ANSWERED and "已竣工交付使用" in a.text, a.text


def test_the_thing_counted_is_no_part_of_another_rows_name(renamed: Engine) -> None:
    a = converse(renamed, "县妇幼保健院门诊楼", "招了多少学生")
    assert not (a.status == ANSWERED and "学生宿舍" in a.text), a.text


@pytest.mark.parametrize("turns", [["城南幼儿园预计什么时候完工"], ["城南幼儿园新建项目", "预计什么时候完工"]])
def test_the_expected_end_is_the_planned_end_column(merged: Engine, turns: list[str]) -> None:
    a = converse(merged, *turns)
    assert a.status == ANSWERED and "2025-08-31" in a.text, a.text


def test_a_class_share_with_its_column_said_short_of_its_name(merged: Engine) -> None:
    # (完成投资 said of 累计完成投资, before 占 and again after 全部)
    a = converse(merged, "城乡建设类完成投资占全部完成投资的比重")
    assert a.status == ANSWERED and "21.83" in a.text, a.text  # 2365 ÷ 10835
