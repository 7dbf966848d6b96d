"""A question asking an attribute the loaded tables do not give for the thing named (a count of people of rows that
are rates, staff on the books of a project's indicators, a supplier's name of amounts, a count in a measure no
table counts in, a per-head figure of a department's projects, a count narrowed by a word the label lacks, an
organisation no project is, a name no row is): said so with what the table does give, never another column's or
row's figure, and never a question back among things none of which would answer it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA, converse, engine_over

from bot.engine import Engine


@pytest.fixture(scope="module")
def qionghai(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("unk47_qh")
    return engine_over(folder / "kb.sqlite", sorted(Path(DATA / "general41").glob("琼海市*")))


@pytest.fixture(scope="module")
def tengchong(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("unk47_tc")
    return engine_over(folder / "kb.sqlite", sorted(Path(DATA / "general26").glob("*.xlsx")))


@pytest.mark.parametrize(("question", "kind", "shown"), [
    ("湛江人社局三支一扶人数", "人数", "到岗及时率"),  # three rates: no count of people
    ("东湖分局有多少在编人员", "人数", "培训人员合格率"),  # a project's people served are no staff on the books
    ("社工部政府采购的供应商是哪家", "名称", "采购金额")])  # two amounts: no supplier's name
def test_a_kind_none_of_the_rows_holds_is_said_not_asked(samples_engine: Engine, question: str, kind: str,
                                                           shown: str) -> None:
    a = converse(samples_engine, question)
    assert a.status == "unknown" and not a.options
    assert f"没有这一项的{kind}" in a.text and shown in a.text


@pytest.mark.parametrize(("question", "measure"), [("投影仪买几台", "台"), ("不动产登记费办件量预计多少件", "件")])
def test_a_count_no_department_holds_asks_no_department(samples_engine: Engine, question: str, measure: str) -> None:
    a = converse(samples_engine, question)
    assert a.status == "unknown" and not a.options and f"没有以“{measure}”计" in a.text


def test_a_count_some_department_holds_still_asks_which(samples_engine: Engine) -> None:
    """The probe only refuses when no department counts it: a count one of them gives is still asked or answered."""
    a = converse(samples_engine, "巡查多少户")  # 东湖分局's 劳动监察网格日常巡查 counts 不低于60户/人.月
    assert a.status == "clarify" and "武汉市人力资源和社会保障局东湖新技术开发区分局" in a.text


def test_per_head_of_the_projects_is_not_worked_out(samples_engine: Engine) -> None:
    a = converse(samples_engine, "湛江人社局人均项目支出")
    assert a.status == "unknown" and "61915" not in a.text and "÷" not in a.text


def test_per_head_of_basic_spending_after_the_head_count(samples_engine: Engine) -> None:
    a = converse(samples_engine, "湛江人社局财政供养人员数", "人均基本支出多少")
    assert a.status == "answered" and "14.78" in a.text


def test_a_count_narrowed_by_a_word_the_label_lacks(qionghai: Engine) -> None:
    a = converse(qionghai, "宫颈癌筛查阳性人数多少")
    assert a.status == "unknown" and "7420" not in a.text and "宫颈癌筛查人数" in a.text


def test_the_label_itself_is_still_answered(qionghai: Engine) -> None:
    a = converse(qionghai, "宫颈癌筛查人数多少")
    assert a.status == "answered" and "7420" in a.text


@pytest.mark.parametrize("turns", [("旅文局文化馆项目多少",), ("博物馆项目合计", "文化馆呢")])
def test_an_organisation_is_no_project_lacking_its_kind(qionghai: Engine, turns: tuple[str, ...]) -> None:
    a = converse(qionghai, *turns)
    assert a.status == "unknown" and not a.options and "102.4" not in a.text and "62.00" not in a.text


def test_two_words_of_one_name_fitting_different_rows(tengchong: Engine) -> None:
    a = converse(tengchong, "城投集团利润收入", "那腾冲旅游集团的呢")
    assert a.status == "unknown" and not a.options and "680" not in a.text and "旅游集团" in a.text


def test_a_name_one_row_holds_whole_is_answered(tengchong: Engine) -> None:
    a = converse(tengchong, "腾冲市文化旅游产业投资有限公司利润收入")
    assert a.status == "answered" and "520" in a.text


@pytest.fixture(scope="module")
def yuexi(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("unk47_yx")
    return engine_over(folder / "kb.sqlite", [DATA / "general34" / "yuexi_nyncj_2025_q3_performance_monitoring.xlsx"])


@pytest.fixture(scope="module")
def laiyuan(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("unk47_ly")
    return engine_over(folder / "kb.sqlite", [DATA / "general36" / "涞源县_卫生健康局_项目支出绩效目标表.txt"])


def test_names_asked_of_figures_only(yuexi: Engine) -> None:
    a = converse(yuexi, "和美乡村精品示范村具体是哪三个村")
    assert a.status == "unknown" and "1500" not in a.text and "名称" in a.text


def test_its_figure_is_still_answered(yuexi: Engine) -> None:
    a = converse(yuexi, "和美乡村精品示范村年初预算多少")
    assert a.status == "answered" and "1500" in a.text


def test_an_institution_no_table_is_of_has_no_projects(laiyuan: Engine) -> None:
    """县医院 is only named inside a project's text (…实现县医院、中医院…互通): no project of it."""
    a = converse(laiyuan, "县医院有什么项目")
    assert a.status == "unknown" and "县域医共体信息化建设项目" not in a.text


def test_a_project_naming_it_is_still_found_by_its_words(laiyuan: Engine) -> None:
    a = converse(laiyuan, "哪个项目涉及县医院")
    assert a.status == "answered" and "县域医共体信息化建设项目" in a.text


@pytest.fixture(scope="module")
def nanyu(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("unk47_ny")
    return engine_over(folder / "kb.sqlite", [DATA / "general13" / "general13_2_staffing_statistics.xlsx"])


def test_a_column_under_two_groups_is_the_group_its_word_names(nanyu: Engine) -> None:
    """事业编制 printed under 核定编制数 (32) and under 实有在编人数 (29): 编制 names the first group, never both."""
    a = converse(nanyu, "质量技术检测中心事业编制多少")
    assert a.status == "answered" and "32人" in a.text and "29人" not in a.text


def test_the_other_group_when_its_word_is_said(nanyu: Engine) -> None:
    a = converse(nanyu, "质量技术检测中心实有在编人数事业编制多少")
    assert a.status == "answered" and "29人" in a.text
