"""Round 48, bounds said in words: a bound that holds its figure ("不少于20年", "不超过8000万": the figure itself is
in), never read as the strict bound its last characters spell (the 超过 of 不超过); a length of time bounded after
its column ("期限超过15年") is a duration, never the year 2015. On the fictional 澄江市 bond sheet of round 47."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over
from test_round47_fixa import _BONDS, _book

from bot.engine import ANSWERED, Engine
from bot.language.normalize import full_years


@pytest.fixture(scope="module")
def chengjiang(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("mine48")
    return engine_over(folder / "kb.sqlite", [_book(folder, "澄江市", _BONDS)])


@pytest.mark.parametrize(("question", "wanted", "unwanted"), [
    ("期限不少于20年的专项债有哪些", ["中心医院门诊楼", "东湖片区", "西郊产业园"], ["北岸码头", "供水一体化"]),
    ("期限不超过15年的专项债有哪些", ["北岸码头", "供水一体化"], ["中心医院门诊楼", "东湖片区", "西郊产业园"]),
    ("专项债不超过8000万的有哪些", ["东湖片区", "西郊产业园", "供水一体化"], ["北岸码头", "中心医院门诊楼"]),
    ("专项债期限超过15年的有哪些", ["中心医院门诊楼", "东湖片区", "西郊产业园"], ["北岸码头", "供水一体化", "2015"]),
])
def test_a_bound_said_in_words_keeps_or_leaves_out_its_figure(chengjiang: Engine, question, wanted, unwanted) -> None:
    answer = converse(chengjiang, question)
    assert answer.status == ANSWERED, answer.text
    assert all(w in answer.text for w in wanted), answer.text
    assert not any(w in answer.text for w in unwanted), answer.text


@pytest.mark.parametrize(("said", "read"), [
    ("期限超过15年的有哪些", "期限超过15年的有哪些"),
    ("年限不少于10年", "年限不少于10年"),
    ("22年预算多少", "2022年预算多少"),
])
def test_a_bounded_length_of_time_is_no_year(said: str, read: str) -> None:
    assert full_years(said) == read


@pytest.fixture(scope="module")
def lancang(tmp_path_factory) -> Engine:
    from test_rev42_classes import _spending

    folder = tmp_path_factory.mktemp("mine48_units")
    _spending(folder / "澜沧县_2026_部门支出预算表.xlsx")
    return engine_over(folder / "kb.sqlite", [folder / "澜沧县_2026_部门支出预算表.xlsx"])


@pytest.mark.parametrize(("question", "wanted", "unwanted"), [
    # units' 项目支出: 本级 2300, 第一中学 560, 体育训练中心 95.5, 卫健局本级 1800, 人民医院 3400, 疾控 410, 水务局本级 4600
    ("项目支出不少于2300的单位", ["教育和体育局（本级）", "人民医院", "水务局（本级）"], ["第一中学", "卫生健康局（本级）"]),
    ("项目支出超过2300的单位", ["人民医院", "水务局（本级）"], ["教育和体育局（本级）", "第一中学"]),
    ("项目支出不超过560的单位", ["第一中学", "体育训练中心", "疾病预防控制中心"], ["人民医院", "卫生健康局（本级）"]),
])
def test_a_held_bound_over_a_table_of_units(lancang: Engine, question, wanted, unwanted) -> None:
    answer = converse(lancang, question)
    assert answer.status == ANSWERED, answer.text
    assert all(w in answer.text for w in wanted), answer.text
    assert not any(w in answer.text for w in unwanted), answer.text


@pytest.mark.parametrize("follow", ["2026呢", "那2026年呢"])
def test_the_year_of_the_figure_just_shown_keeps_its_kind(chengjiang: Engine, follow: str) -> None:
    # 专项债务 of the 2026 column → "2026呢": the same cell, never the row's 合计 (130000)
    answer = converse(chengjiang, "专项债务余额多少", follow)
    assert answer.status == ANSWERED and "88000" in answer.text, answer.text
    assert "130000" not in answer.text, answer.text


def test_every_bound_said_before_a_figure_bounds_a_duration_too() -> None:
    from bot.language.asking import words

    bounds = words()["bounds"]
    for kind in ("over", "over_held", "under", "under_held"):
        for word in bounds[kind]:
            assert full_years(f"期限{word}15年的") == f"期限{word}15年的", word


@pytest.mark.parametrize(("question", "wanted", "unwanted"), [
    ("专项债大于等于8000万的有哪些", ["北岸码头", "中心医院门诊楼", "东湖片区"], ["西郊产业园", "供水", "88000", "97000"]),
    ("专项债期限至少20年的有哪些", ["中心医院门诊楼", "东湖片区", "西郊产业园"], ["北岸码头", "供水一体化", "2020"]),
    ("专项债期限不到15年的有哪些", ["北岸码头"], ["中心医院门诊楼", "供水一体化", "2015"]),
])
def test_the_bound_words_are_one_list_for_every_reader(chengjiang: Engine, question, wanted, unwanted) -> None:
    answer = converse(chengjiang, question)
    assert answer.status == ANSWERED, answer.text
    assert all(w in answer.text for w in wanted), answer.text
    assert not any(w in answer.text for w in unwanted), answer.text


@pytest.fixture(scope="module")
def qingxi(tmp_path_factory) -> Engine:
    from test_round48_selfeval48 import qingxi as built

    return built.__wrapped__(tmp_path_factory)


@pytest.mark.parametrize(("question", "wanted", "unwanted"), [
    # the bureau's 2025 自评表 prints 项目支出 3750 / 3480; its 2026 目标表's projects add up to 80.00
    ("青溪县水利局25年项目支出多少", ["3480"], ["80.00"]),
    ("青溪县水利局2025年基本支出多少", ["1840"], ["80.00"]),
    ("青溪县水利局2026年项目支出多少", ["80.00"], ["3480"]),
])
def test_a_year_said_of_a_department_reads_its_table_of_that_year(qingxi: Engine, question, wanted, unwanted) -> None:
    answer = converse(qingxi, question)
    assert answer.status == ANSWERED, answer.text
    assert all(w in answer.text for w in wanted), answer.text
    assert not any(w in answer.text for w in unwanted), answer.text
