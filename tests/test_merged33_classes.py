"""A general table's class column merged over several rows (round 18, merged33): 评价方式 printed once in a cell
merged down over the projects it rated, 资金性质 merged over the funds it pays for at the right of the figures.
The merged text is every covered row's class (read on each row, citing the merged cell), so the class's rows
are counted, listed and added up whole; a figure merged over rows (their shared amount) and words merged beside
a group's own merged name stay where they are printed."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import converse, engine_over

from bot.engine import Engine
from bot.ingest.grid import grid_facts

ROOT = Path(__file__).resolve().parent.parent

# 青禾县 2026 项目绩效评价结果 (万元): (名称, 主管部门, 预算数, 执行数, 得分, 等级), 评价方式 merged over each group.
_RATED = [("财政重点评价", [("乡村学校营养餐改善项目", "县教育局", 420, 399, 92.5, "优"),
                         ("县城污水管网改造工程", "县住建局", 1300, 1040, 81, "良"),
                         ("山区道路安全防护工程", "县交通局", 260, 247, 88, "良")]),
          ("部门评价", [("基层文化站运行补助", "县文旅局", 75, 60, 76.5, "中"),
                     ("农家书屋更新补助", "县文旅局", 40, 39.2, 93, "优"),
                     ("重大动物疫病防控经费", "县农业局", 180, 171, 89.5, "良"),
                     ("高标准茶园建设奖补", "县农业局", 350, 210, 64, "中")]),
          ("第三方评价", [("残疾儿童康复救助", "县残联", 95, 95, 97, "优"),
                      ("城区绿化养护服务", "县住建局", 230, 218.5, 86, "良")])]


# 结果应用 in words: the next year's budget raised or cut, no figure of it printed.
_USED = {"农家书屋更新补助": "2027年预算增加3%", "残疾儿童康复救助": "2027年预算增加8%", "高标准茶园建设奖补": "压减预算20%",
         "基层文化站运行补助": "压减预算10%"}


def _rated(path: Path) -> None:
    """青禾县财政局's evaluation summary: a two-row header, 评价方式 merged down over the projects of each way."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评价结果"
    ws["A1"], ws["A2"], ws["J2"] = "青禾县2026年度项目绩效评价结果汇总表", "填报单位：青禾县财政局", "单位：万元"
    for c, head in enumerate(("序号", "项目名称", "主管部门", "评价方式", "预算执行", None, None, "评价得分", "评价等级",
                              "结果应用"), 1):
        ws.cell(3, c, head)
    for c, head in enumerate(("预算数", "执行数", "执行率"), 5):
        ws.cell(4, c, head)
    ws.merge_cells("E3:G3")
    for c in (1, 2, 3, 4, 8, 9, 10):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    r = 5
    for way, items in _RATED:
        for k, (name, owner, budget, spent, score, grade) in enumerate(items):
            ws.append([r - 4, name, owner, way if k == 0 else None, budget, spent, round(spent / budget, 4), score, grade,
                       _USED.get(name, "维持预算规模")])
            ws.cell(r + k, 7).number_format = "0.00%"
        ws.merge_cells(f"D{r}:D{r + len(items) - 1}")
        r += len(items)
    every = [x for _, items in _RATED for x in items]
    budget, spent = sum(x[2] for x in every), sum(x[3] for x in every)
    ws.append(["合计", None, None, None, budget, spent, round(spent / budget, 4)])
    wb.save(path)


# 松坪镇 2026 专项资金安排 (万元): (名称, 金额, 支付进度, 负责站所), 资金性质 merged over its funds in the last
# column; 支付进度 is no quotient of two columns printed.
_FUNDS = [("一般公共预算", [("村级公益事业奖补", 66, 0.5, "经发办"), ("农村道路养护补助", 48, 0.8, "建设站"),
                        ("防汛物资储备经费", 12, 0.3, "应急办")]),
          ("政府性基金", [("集镇污水处理站运维", 85, 0.6, "建设站"), ("土地整治项目配套", 140, 0.2, "自然资源所")])]


def _funds(path: Path) -> None:
    """松坪镇人民政府's special funds: 资金性质 merged over each kind's rows, at the right of the figures."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "专项资金"
    ws["A1"], ws["E2"] = "松坪镇人民政府2026年专项资金安排表", "单位：万元"
    ws.append(["序号", "资金名称", "安排金额", "支付进度", "受益户数", "负责站所", "资金性质"])
    r = 4
    for kind, items in _FUNDS:
        for k, (name, amount, paid, office) in enumerate(items):
            ws.append([r - 3, name, amount, paid, 40 * (r + k), office, kind if k == 0 else None])
            ws.cell(r + k, 4).number_format = "0%"
        ws.merge_cells(f"G{r}:G{r + len(items) - 1}")
        r += len(items)
    wb.save(path)


# 石门县农业农村局 2027 专项资金清单 (万元): (名称, 主管股室, 上年预算数, 本年预算数); the 股室 printed on every row.
_LIST = [("稻谷目标价格补贴", "种植股", 300, 340), ("油菜轮作奖补", "种植股", 120, 95), ("生猪调出大县奖励", "畜牧股", 410, 380),
         ("兽药残留监测经费", "畜牧股", 35, 42), ("水产健康养殖示范", "渔业股", 60, 150), ("农机报废更新补贴", "农机股", None, 88)]


def _special_list(path: Path) -> None:
    """石门县农业农村局's special funds list: last year's and this year's budget side by side, 合计 first."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "专项清单"
    ws["A1"], ws["A2"], ws["F2"] = "石门县农业农村局2027年专项资金清单", "编制单位：石门县农业农村局", "单位：万元"
    ws.append(["序号", "专项名称", "主管股室", "上年预算数", "本年预算数", "增减额"])
    ws.append([None, "合计", None, sum(x[2] or 0 for x in _LIST), sum(x[3] for x in _LIST),
               sum(x[3] - (x[2] or 0) for x in _LIST)])
    for k, (name, office, last, this) in enumerate(_LIST, 1):
        ws.append([k, name, office, last, this, this - (last or 0)])
    wb.save(path)


@pytest.fixture(scope="module")
def merged(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("merged33")
    _rated(folder / "qinghe_2026_evaluation_results.xlsx")
    _funds(folder / "songping_2026_special_funds.xlsx")
    _special_list(folder / "shimen_2027_special_funds_list.xlsx")
    return engine_over(folder / "kb.sqlite", [ROOT / "knowledge", folder])


def test_a_merged_class_cell_is_read_on_every_row_it_covers() -> None:
    rows = [["项目名称", "评价方式", "预算数"], ["甲项目", "重点评价", "10"], ["乙项目", "", "20"], ["丙项目", "", "30"],
            ["丁项目", "部门评价", "40"]]
    facts = grid_facts(rows, [(1, 1, 3, 1)], sheet="S", first_row=1).facts
    ways = {f.row[-1]: (f.value, f.cell) for f in facts if f.col == ("评价方式",)}
    # each covered row has the class, citing the merged cell where it is printed
    assert ways == {"甲项目": ("重点评价", "B2"), "乙项目": ("重点评价", "B2"), "丙项目": ("重点评价", "B2"),
                    "丁项目": ("部门评价", "B5")}


def test_a_figure_merged_over_rows_is_not_repeated() -> None:
    rows = [["项目名称", "说明", "预算数"], ["甲项目", "新增", "90"], ["乙项目", "延续", ""], ["丙项目", "延续", "30"]]
    facts = grid_facts(rows, [(1, 2, 2, 2)], sheet="S", first_row=1).facts
    assert [f.row[-1] for f in facts if f.col == ("预算数",)] == ["甲项目", "丙项目"]


def test_words_merged_beside_a_groups_merged_name_stay_the_groups() -> None:
    rows = [["类别", "项目名称", "预算数", "备注"], ["基建类", "甲工程", "10", "分期实施"], ["", "乙工程", "20", ""],
            ["其他类", "丙事项", "5", "新增"]]
    facts = grid_facts(rows, [(1, 0, 2, 0), (1, 3, 2, 3)], sheet="S", first_row=1).facts
    assert [f.row[-1] for f in facts if f.col == ("备注",)] == ["甲工程", "丙事项"]


@pytest.mark.parametrize("question, said, unsaid", [
    ("财政重点评价了几个项目", ["共 3 项"], ["共 1 项"]),
    ("部门评价的有哪些项目", ["基层文化站运行补助", "农家书屋更新补助", "重大动物疫病防控经费", "高标准茶园建设奖补"],
     ["残疾儿童康复救助"]),
    ("部门评价的项目预算数合计", ["645"], []),
    ("第三方评价的项目预算合计多少", ["325"], ["95万元。"]),
    ("住建局有几个项目参加评价", ["共 2 项", "县城污水管网改造工程", "城区绿化养护服务"], []),
])
def test_rows_of_a_merged_class(merged: Engine, question: str, said: list[str], unsaid: list[str]) -> None:
    answer = converse(merged, question)
    assert answer.status == "answered", answer.text
    for x in said:
        assert x in answer.text, answer.text
    for x in unsaid:
        assert x not in answer.text, answer.text


@pytest.mark.parametrize("question, said", [
    ("政府性基金的资金有几项", ["共 2 项"]),
    ("一般公共预算的专项资金合计多少", ["126"]),
])
def test_rows_of_a_class_merged_right_of_the_figures(merged: Engine, question: str, said: list[str]) -> None:
    answer = converse(merged, question)
    assert answer.status == "answered", answer.text
    for x in said:
        assert x in answer.text, answer.text


def test_a_row_below_the_merged_cells_origin_says_its_class(merged: Engine) -> None:
    answer = converse(merged, "农家书屋更新补助是哪种评价方式")
    assert answer.status == "answered" and "部门评价" in answer.text, answer.text


@pytest.mark.parametrize("turns, said, unsaid", [
    # a rate of a class asked 合计: worked out from the two columns every row's rate is the quotient of
    (["住建局的项目执行率合计是多少"], ["1258.5", "1530", "82.25%", "不能相加"], ["175"]),
    (["第三方评价的项目", "执行率合计是多少"], ["96.46%"], ["195"]),
    # a rate no two columns work out: not added, the rows' mean given
    (["政府性基金的资金支付进度合计多少"], ["不能相加", "40%"], ["80%"]),
    # a class's mean of a score
    (["部门评价的项目平均得分"], ["80.75分", "÷ 4"], ["323"]),
    (["财政重点评价的项目平均执行率"], ["÷ 3"], []),
])
def test_a_classs_rates_and_scores_are_averaged_or_worked_out(merged: Engine, turns: list[str], said: list[str],
                                                               unsaid: list[str]) -> None:
    answer = converse(merged, *turns)
    assert answer.status == "answered", answer.text
    for x in said:
        assert x in answer.text, answer.text
    for x in unsaid:
        assert x not in answer.text, answer.text


def test_a_ranking_after_a_class_is_not_the_class_kept(merged: Engine) -> None:
    answer = converse(merged, "第三方评价的项目预算合计", "哪种评价方式的预算数最多")
    assert "第三方评价共 2 项" not in answer.text, answer.text


@pytest.mark.parametrize("question, said, unsaid", [
    # this year's column by default, the year said picks its column (本年 / 今年 / 上年 / 去年)
    ("种植股的专项合计多少", ["435"], ["420"]),
    ("畜牧股的专项本年一共多少", ["422"], ["445"]),
    ("畜牧股的专项今年一共多少", ["422"], ["445"]),
    ("种植股的专项上年合计", ["420"], ["435"]),
    ("畜牧股去年一共多少", ["445"], ["422"]),
])
def test_a_classs_sum_in_the_year_said(merged: Engine, question: str, said: list[str], unsaid: list[str]) -> None:
    answer = converse(merged, question)
    assert answer.status == "answered", answer.text
    for x in said:
        assert x in answer.text, answer.text
    for x in unsaid:
        assert x not in answer.text, answer.text


@pytest.mark.parametrize("question, said", [
    ("哪个股室的专项钱最多", ["种植股", "435"]),  # 340 + 95 beats 380 + 42 and 150
    ("哪个股室的专项上年最多", ["畜牧股", "445"]),
    ("哪种评价方式的预算数最少", ["第三方评价", "325"]),
])
def test_the_class_column_said_by_its_header_ranks_its_values(merged: Engine, question: str, said: list[str]) -> None:
    answer = converse(merged, question)
    assert answer.status == "answered", answer.text
    for x in said:
        assert x in answer.text, answer.text


def test_rates_are_never_added_to_rank_a_class(merged: Engine) -> None:
    answer = converse(merged, "哪种评价方式的执行率最高")
    assert "第三方评价：" not in answer.text and "195" not in answer.text, answer.text


@pytest.mark.parametrize("question, said, unsaid", [
    ("良的有几个项目", ["共 4 项", "县城污水管网改造工程"], ["残疾儿童康复救助"]),
    ("评为优的有哪些", ["乡村学校营养餐改善项目", "农家书屋更新补助", "残疾儿童康复救助"], ["城区绿化养护服务"]),
    ("青禾县哪些项目评了中", ["基层文化站运行补助", "高标准茶园建设奖补"], ["农家书屋"]),
])
def test_a_grade_of_one_character_sorts_the_rows(merged: Engine, question: str, said: list[str], unsaid: list[str]) -> None:
    answer = converse(merged, question)
    assert answer.status == "answered", answer.text
    for x in said:
        assert x in answer.text, answer.text
    for x in unsaid:
        assert x not in answer.text, answer.text


def test_a_grade_inside_a_word_is_no_grade(merged: Engine) -> None:
    answer = converse(merged, "高标准茶园建设奖补中的本年预算")
    assert "评价等级为" not in answer.text, answer.text


@pytest.mark.parametrize("question, said, unsaid", [
    ("青禾县哪些项目预算增加了", ["农家书屋更新补助", "残疾儿童康复救助", "共 2 项"], ["高标准茶园", "城区绿化"]),
    ("青禾县哪些项目第二年预算增加了", ["农家书屋更新补助", "残疾儿童康复救助", "共 2 项"], ["高标准茶园", "城区绿化"]),
    ("青禾县哪些项目预算被压减了", ["高标准茶园建设奖补", "基层文化站运行补助", "共 2 项"], ["农家书屋"]),
])
def test_a_change_stated_in_words_lists_its_rows(merged: Engine, question: str, said: list[str], unsaid: list[str]) -> None:
    answer = converse(merged, question)
    assert answer.status == "answered", answer.text
    for x in said:
        assert x in answer.text, answer.text
    for x in unsaid:
        assert x not in answer.text, answer.text


def test_a_change_no_table_prints_lists_no_rows(merged: Engine) -> None:
    answer = converse(merged, "松坪镇哪些专项资金预算增加了")
    assert answer.status == "unknown" and "看不出" in answer.text, answer.text


def test_households_asked_of_a_row_counting_none_are_not_its_score(merged: Engine) -> None:
    answer = converse(merged, "县城污水管网改造工程涉及多少户")
    assert answer.status == "unknown", answer.text
    answer = converse(merged, "土地整治项目配套受益多少户")  # (the row on line 8 of the sheet: 40 × 8)
    assert answer.status == "answered" and "320" in answer.text, answer.text


def test_a_change_in_words_asked_of_no_department(merged: Engine) -> None:
    answer = converse(merged, "哪些项目第二年预算增加了")
    assert answer.status == "answered", answer.text
    assert "农家书屋更新补助" in answer.text and "残疾儿童康复救助" in answer.text, answer.text
    assert "城区绿化养护服务" not in answer.text, answer.text


@pytest.mark.parametrize("turns, said, unsaid", [
    (["哪个股室的专项钱最多", "第二多呢"], ["畜牧股", "422"], ["种植股"]),
    (["评价得分最高的项目", "第二呢"], ["农家书屋更新补助", "93"], ["残疾儿童康复救助"]),
])
def test_the_second_after_a_superlative_of_a_general_table(merged: Engine, turns: list[str], said: list[str],
                                                            unsaid: list[str]) -> None:
    answer = converse(merged, *turns)
    assert answer.status == "answered", answer.text
    for x in said:
        assert x in answer.text, answer.text
    for x in unsaid:
        assert x not in answer.text, answer.text
