"""Round 53, follow-ups that take what the last answer named: "X是哪个项目的指标" → "它的经费多少" (the project the
answer named, never "an indicator is no amount"); "渝中有这个指标吗" of the indicator just shown (that department's
own indicator of the name, or said it has none: never every indicator it has); "有哪些项目" of a unit → "最多的那个多少
钱" (the most of the list shown, not of the whole department); and a line labelled with its unit in brackets
("民政局（部门单位：X） 小计（金额合计）：…") kept as the figure a "差多少" sets against the next. Tables fictional."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue import figures
from bot.dialogue.values import ANSWERED, Answer
from bot.engine import Engine
from tests.conftest import converse, engine_over

_FORESTRY = """项目支出绩效目标表（含转移支付项目）

部门名称：青禾县林业局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 121.00 121.00

青禾县林业局 56.00 56.00

    森林防火巡护经费 56.00 56.00

开展重点林区防火巡护和火情监测。

1、1-产出指标,11-数量指标,巡护天数；实施周期指标值:≥300天,年度指标值:≥300天;
2、1-产出指标,13-时效指标,火情处置及时率；实施周期指标值:100%,年度指标值:100%;

青禾县林业技术推广站 65.00 65.00

    林木良种推广经费 40.00 40.00

推广林木良种和造林实用技术。

1、1-产出指标,11-数量指标,推广面积；实施周期指标值:≥2000亩,年度指标值:≥2000亩;

    林业技术培训经费 25.00 25.00

培训基层林业技术人员。

1、1-产出指标,11-数量指标,培训人次；实施周期指标值:≥500人次,年度指标值:≥500人次;
"""

_WATER = """项目支出绩效目标表（含转移支付项目）

部门名称：白沙县水利局(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 50.00 50.00

白沙县水利局 50.00 50.00

    水库巡查经费 30.00 30.00

开展小型水库日常巡查。

1、1-产出指标,11-数量指标,巡护天数；实施周期指标值:≥200天,年度指标值:≥200天;

    河道保洁经费 20.00 20.00

保持河道水面清洁。

1、1-产出指标,12-质量指标,保洁覆盖率；实施周期指标值:≥95%,年度指标值:≥95%;
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("conv53_follow")
    (folder / "青禾县林业局_2025_项目支出绩效目标表.txt").write_text(_FORESTRY, encoding="utf-8")
    (folder / "白沙县水利局_2025_项目支出绩效目标表.txt").write_text(_WATER, encoding="utf-8")
    return engine_over(folder / "kb.sqlite", [folder])


def test_its_money_after_which_project_an_indicator_is_of(engine: Engine) -> None:
    first = converse(engine, "火情处置及时率是哪个项目的指标")
    assert first.status == ANSWERED and "森林防火巡护经费" in first.text, first.text
    answer = converse(engine, "火情处置及时率是哪个项目的指标", "它的经费多少")
    assert answer.status == ANSWERED and "56" in answer.text and "不是金额" not in answer.text, answer.text


def test_this_indicator_of_another_department_without_it(engine: Engine) -> None:
    answer = converse(engine, "青禾林业局火情处置及时率", "白沙有这个指标吗")
    assert answer.status == "unknown" and "火情处置及时率" in answer.text, answer.text
    assert "保洁覆盖率" not in answer.text and "巡护天数" not in answer.text and "100%" not in answer.text


def test_this_indicator_of_another_department_with_it(engine: Engine) -> None:
    answer = converse(engine, "森林防火巡护经费的巡护天数", "白沙水利局有这个指标吗")
    assert answer.status == ANSWERED and "≥200天" in answer.text and "300" not in answer.text, answer.text


def test_the_most_of_a_units_projects_just_listed(engine: Engine) -> None:
    listed = converse(engine, "林业技术推广站有哪些项目")
    assert listed.status == ANSWERED and "林业技术培训经费" in listed.text, listed.text
    answer = converse(engine, "林业技术推广站有哪些项目", "最多的那个多少钱")
    assert answer.status == ANSWERED and "林木良种推广经费" in answer.text and "40" in answer.text, answer.text
    assert "森林防火" not in answer.text
    least = converse(engine, "林业技术推广站有哪些项目", "最少的那个是多少钱")
    assert least.status == ANSWERED and "林业技术培训经费" in least.text, least.text


def test_a_line_labelled_with_its_unit_in_brackets_is_a_figure() -> None:
    said = Answer("民政局项目小计", ANSWERED, "民政局（部门单位：青禾县民政局） 小计（金额合计）：54265000元"
                  "（来源：青禾县_2025年_项目支出预算明细表.xlsx 第36行）", "facts")
    figure = figures.figure_of(said, ["青禾县民政局", "青禾县卫生健康局"])
    assert figure is not None and figure["value"] == 54265000.0 and figure["unit"] == "元", figure
    assert "部门单位" in figure["label"]


def test_another_department_after_a_question_not_answered(engine: Engine) -> None:
    first = converse(engine, "青禾林业局差旅费多少")
    assert first.status == "unknown", first.text
    answer = converse(engine, "青禾林业局差旅费多少", "那白沙水利局呢")
    assert answer.status == "unknown" and "50" not in answer.text and "30" not in answer.text, answer.text
    # the question before asked again of the department now named, when its tables answer it
    again = converse(engine, "青禾林业局的保洁覆盖率", "那白沙水利局呢")
    assert again.status == ANSWERED and "95%" in again.text, again.text
    # a department not loaded whose bureau word is a loaded one's (水利局): the place said now in its place
    place = converse(engine, "红石县水利局预算多少", "那白沙县的呢")
    assert place.status == ANSWERED and "50" in place.text and "白沙县水利局" in place.text, place.text


def test_a_project_of_another_department_said_by_its_own_name(engine: Engine) -> None:
    answer = converse(engine, "森林防火巡护经费多少", "那河道保洁经费呢")
    assert answer.status == ANSWERED and "20" in answer.text and "白沙县水利局" in answer.text, answer.text
    assert "56" not in answer.text
    # after a department's list the talk is of that department: no other department's project is its answer
    listed = converse(engine, "青禾县林业局有哪些项目", "那河道保洁经费呢")
    assert not (listed.status == ANSWERED and "20.00" in listed.text), listed.text


def test_a_class_counted_after_a_count_shows_the_values(engine: Engine) -> None:
    answer = converse(engine, "森林防火巡护经费有几个指标", "时效指标呢")
    assert answer.status == ANSWERED and "1 个" in answer.text and "火情处置及时率（100%）" in answer.text, answer.text
    assert "巡护天数" not in answer.text


def _balances(path: Path) -> None:
    """A county's table of its townships' debt balances (万元), one row each."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "债务余额"
    ws.append(["青禾县2024年乡镇政府债务余额情况表"])
    ws.append(["单位：万元"])
    ws.append(["地区", "2024年末债务余额", "其中：专项债务"])
    for name, total, special in (("合计", 9000, 4000), ("东溪镇", 4200, 2000), ("南岭乡", 1300, 500),
                                 ("北川镇", 3500, 1500)):
        ws.append([name, total, special])
    wb.save(path)


@pytest.fixture(scope="module")
def county(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("conv53_ends")
    _balances(folder / "青禾县_2024年_乡镇政府债务余额情况表.xlsx")
    return engine_over(folder / "kb.sqlite", [folder])


def test_the_other_end_of_a_ranking_just_shown(county: Engine) -> None:
    first = converse(county, "青禾县余额最高的乡镇")
    assert first.status == ANSWERED and "东溪镇" in first.text, first.text
    answer = converse(county, "青禾县余额最高的乡镇", "最低的呢")
    assert answer.status == ANSWERED and "南岭乡" in answer.text and "东溪镇" not in answer.text, answer.text
    back = converse(county, "青禾县余额最高的乡镇", "最低的呢", "最高的呢")
    assert back.status == ANSWERED and "东溪镇" in back.text, back.text


def test_it_after_a_department_chosen_among_several(engine: Engine) -> None:
    answer = converse(engine, "哪个部门预算最少", "它的财政拨款多少")
    assert answer.status == ANSWERED and "白沙县水利局" in answer.text and "50" in answer.text, answer.text
    assert "青禾县林业局" not in answer.text and "121" not in answer.text
    listed = converse(engine, "哪个部门项目支出最少", "它有哪些项目")
    assert listed.status == ANSWERED and "河道保洁经费" in listed.text and "森林防火" not in listed.text, listed.text
    # a project chosen is no department: 它 stays the project
    project = converse(engine, "哪个项目经费最多", "它的指标有哪些")
    assert project.status == ANSWERED and "巡护天数" in project.text and "保洁覆盖率" not in project.text, project.text


@pytest.fixture(scope="module")
def rates(tmp_path_factory) -> Engine:
    """A county bureau's execution table (执行率 of its whole) beside the seed and the sample workbooks (the 渝中
    self-evaluation's 就业补助资金 among several departments)."""
    import shutil

    import openpyxl

    from tests.conftest import SEED

    folder: Path = tmp_path_factory.mktemp("conv53_rates")
    for sample in sorted((Path(__file__).resolve().parent / "data" / "samples").glob("*.xlsx")):
        shutil.copy(sample, folder)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "执行进度"
    ws.append(["白沙县农业农村局2024年项目支出预算执行进度表"])
    ws.append(["单位：万元"])
    ws.append(["项目名称", "年初预算", "执行数", "执行率（%）"])
    for row in (("合计", 300, 240, 80.0), ("高标准农田建设", 200, 170, 85.0), ("耕地地力保护补贴", 100, 70, 70.0)):
        ws.append(list(row))
    wb.save(folder / "白沙县农业农村局_2024年_项目支出预算执行进度表.xlsx")
    return engine_over(folder / "kb.sqlite", [SEED, folder])


def test_a_rate_shown_then_another_subject_said_alone(rates: Engine) -> None:
    first = converse(rates, "白沙农业农村局整体执行率")
    assert first.status == ANSWERED and "80%" in first.text, first.text
    answer = converse(rates, "白沙农业农村局整体执行率", "渝中就业补助资金的呢")
    assert answer.status == ANSWERED and "执行率" in answer.text and "87.7" in answer.text, answer.text


def test_a_rate_shown_then_another_indicator_said_alone_is_that_indicator(engine: Engine) -> None:
    # (the rate asked again of "巡护天数那个" found the 保洁覆盖率 just shown: its figure again, a confident wrong answer)
    answer = converse(engine, "保洁覆盖率指标", "巡护天数那个呢")
    assert answer.status == ANSWERED and "巡护天数" in answer.text and "保洁覆盖率" not in answer.text, answer.text
