"""The core product on 项目支出绩效目标表 of other bureaus than the seed's (round 26), on fictional tables rendered
as PDF-extracted text (tests/target_tables.py: wrapped goals and indicator lists, page breaks inside a list,
a long name over two lines, several 资金使用单位, 财政专户拨款 and 其他资金), each loaded alone and with the seed.

Classes: a 资金使用单位 named (青峰市图书馆 under its bureau) stands for its projects — listed, counted, its
own subtotal row and its columns — not for the one project whose name holds the same word, nor for a project
of another table a word of it fits; the units themselves asked (几个资金使用单位, 哪个单位经费最多); which
projects set an indicator's value said (哪些项目的读者满意度是95%); an indicator cut in the extracted text
is reported with its line, never run into the next one and given that one's value."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED, converse, engine_over
from target_tables import culture_text, market_text, water_text

from bot.engine import ANSWERED, UNKNOWN, Engine
from bot.ingest.text import parse_text
from bot.store.build import load_paths


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def water(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("core26w")
    return engine_over(folder / "kb.sqlite", [_write(folder, "linchuan_water.txt", water_text())])


@pytest.fixture(scope="module")
def culture(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("core26c")
    return engine_over(folder / "kb.sqlite", [_write(folder, "qingfeng_culture.txt", culture_text())])


@pytest.fixture(scope="module")
def market(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("core26m")
    return engine_over(folder / "kb.sqlite", [_write(folder, "donglin_market.txt", market_text())])


@pytest.fixture(scope="module")
def together(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("core26all")
    paths = [SEED, _write(folder, "linchuan_water.txt", water_text()), _write(folder, "qingfeng_culture.txt", culture_text()),
             _write(folder, "donglin_market.txt", market_text())]
    return engine_over(folder / "kb.sqlite", paths)


def answered(engine: Engine, *turns: str):
    answer = converse(engine, *turns)
    assert answer.status == ANSWERED, answer.text
    return answer


# --- the tables load whole, with their layout, year and yield reported --------------------------------------


def test_the_fictional_tables_load_whole(tmp_path):
    for text, projects, indicators, units in ((water_text(), 10, 49, 3), (culture_text(), 9, 37, 3),
                                              (market_text(), 9, 33, 1)):
        doc = parse_text(text, "t.txt")
        assert len(doc.projects) == projects and sum(len(p.indicators) for p in doc.projects) == indicators
        assert doc.issues == [], doc.issues
        assert len(doc.units) == units
    market = parse_text(market_text(), "t.txt")
    assert [p.name for p in market.projects][4] == "12315投诉举报处置经费"
    assert [(i.group, i.seq) for i in market.projects[0].indicators] == [(1, 1), (1, 2), (1, 3), (2, 1), (2, 2)]
    ip = next(p for p in market.projects if p.name == "知识产权保护与运用专项经费")
    # three amounts printed: the third is 财政专户拨款 or 其他资金, the text does not say which (kept unplaced)
    assert (ip.amounts.total, ip.amounts.fiscal_appropriation, ip.amounts.unplaced) == (60.0, 40.0, 20.0)
    summary = load_paths(tmp_path / "kb.sqlite", [_write(tmp_path, "qingfeng_culture.txt", culture_text())])
    assert summary.files == ["qingfeng_culture.txt：项目支出绩效目标表（text-project-targets），2026年，"
                             "青峰市文化广电旅游体育局，9 个项目，37 个指标，0 个数据项"]


def test_a_cut_indicator_is_reported_and_not_run_into_the_next(tmp_path):
    """"…实施周期指标值:≤1.2元,年度指标,4、2-效益指标…": the cut one's value lost; the next is read on its own
    (its value is not the cut one's), and the load says which file and line hold the cut text."""
    text = water_text().replace("年度指标值:≤1.2元;", "年度指标")
    doc = parse_text(text, "linchuan_water.txt")
    sewage = next(p for p in doc.projects if p.name == "污水处理厂运行经费")
    assert [i.name for i in sewage.indicators] == ["日均污水处理量", "出水水质达标率", "化学需氧量削减量"]
    assert sewage.indicators[-1].annual_value == "≥1500吨"
    said = [str(i) for i in doc.issues]
    assert any("linchuan_water.txt:" in s and "吨水处理成本" in s and "无法识别" in s for s in said), said
    engine = engine_over(tmp_path / "kb.sqlite", [_write(tmp_path, "linchuan_water.txt", text)])
    a = converse(engine, "吨水处理成本是多少")
    assert "1500" not in a.text, a.text


# --- a 资金使用单位 named ---------------------------------------------------------------------------------


def test_a_unit_named_lists_and_counts_its_projects(culture, water, together):
    for engine in (culture, together):
        a = answered(engine, "图书馆有哪些项目")
        assert "3 个" in a.text and "公共数字文化建设经费" in a.text and "全民阅读推广活动经费" in a.text, a.text
        assert "博物馆" not in a.text, a.text
        a = answered(engine, "青峰市博物馆有几个项目")
        assert "3 个" in a.text and "馆藏文物保护修复经费" in a.text and "绩效指标" not in a.text, a.text
    a = answered(water, "水利工程管理所有哪些项目")
    assert "小型水库除险加固工程经费" in a.text and "水土保持监测经费" in a.text and "河湖长制" not in a.text, a.text


def test_a_units_money_is_its_own_row(culture, water, together):
    a = answered(culture, "博物馆的项目经费一共多少")
    assert "274.00" in a.text and "88.00" not in a.text, a.text
    for engine in (water, together):  # (服务中心 fits a project of the seed's table too)
        a = answered(engine, "临川县供排水服务中心一共多少钱")
        assert "669.20" in a.text, a.text
        a = answered(engine, "供排水服务中心财政专户拨款多少")
        assert "100.00" in a.text and "未列" not in a.text, a.text
    a = answered(water, "水利工程管理所其他资金多少")
    assert "30.00" in a.text, a.text


def test_a_project_named_with_the_units_word_is_that_project(culture):
    a = answered(culture, "图书馆免费开放经费多少")
    assert "96.00" in a.text and "177" not in a.text, a.text
    a = answered(culture, "图书馆的全民阅读推广活动经费多少")
    assert "22.60" in a.text and "96.00" not in a.text, a.text


def test_the_units_themselves_asked(water, culture):
    a = answered(water, "有几个资金使用单位")
    assert "3 个" in a.text and "临川县水利工程管理所" in a.text and "临川县供排水服务中心" in a.text, a.text
    assert "10 个项目" not in a.text, a.text
    a = answered(culture, "哪个单位经费最多")
    assert "经费最多的是青峰市博物馆" in a.text and "274.00" in a.text, a.text
    a = answered(culture, "下属单位有哪些")
    assert "青峰市图书馆" in a.text and "单位是万元" not in a.text, a.text


def test_the_seeds_single_unit_keeps_its_answers(together):
    """A table whose one unit is the department itself: "单位" is still the unit of money, and a project's
    unit is its department."""
    a = answered(together, "信访局的金额单位是什么")
    assert "万元" in a.text, a.text
    a = answered(together, "法律顾问经费多少")
    assert "12.00" in a.text, a.text


# --- which projects set the value said ---------------------------------------------------------------------


def test_which_projects_set_the_value_said(culture, water):
    a = answered(culture, "哪些项目的读者满意度是95%")
    assert "图书馆免费开放经费" in a.text and "公共数字文化建设经费" not in a.text, a.text
    a = answered(water, "服务对象满意度达到95%的有哪些项目")
    assert "农村饮水安全工程维修养护经费" in a.text and "水质检测经费" not in a.text, a.text
    a = converse(culture, "哪些项目的读者满意度是80%")
    assert a.status == UNKNOWN and "80" in a.text, a.text


# --- when, and how many in a work's measure word ----------------------------------------------------------


def test_when_a_project_is_done_is_its_time_indicator(water, culture, together):
    a = answered(water, "小型水库除险加固工程什么时候完工")
    assert "工程完工时间" in a.text and "2026年12月底前" in a.text and "450" not in a.text, a.text
    assert "11月底前" not in a.text, a.text  # (the same name under the pipe works: another project's)
    a = answered(culture, "公共数字文化平台什么时候上线")
    assert "平台上线时间" in a.text and "2026年9月底前" in a.text, a.text
    a = answered(culture, "全民健身赛事活动经费什么时候结束")
    assert "2026年12月底前" in a.text and "75.00" not in a.text, a.text
    # one name in two projects: both, each under its project
    a = converse(together, "工程完工时间是什么时候")  # (round 50: which project asked back, each value shown)
    assert a.status == "clarify" and "2026年12月底前" in a.text and "2026年11月底前" in a.text and "小型水库除险加固工程经费" in a.text, a.text
    # a project with no time in the table: said, never its amount
    a = converse(culture, "非物质文化遗产保护传承经费什么时候完成")
    assert a.status == UNKNOWN and "40.00" not in a.text, a.text


def test_how_many_in_a_works_measure_word(water):
    a = answered(water, "小型水库除险加固要加固几座水库")
    assert "8座" in a.text and "450" not in a.text, a.text
    a = answered(water, "农村饮水安全工程维修养护几处")
    assert "≥35处" in a.text, a.text


# --- ranked by a source column; a question word before a department's name ----------------------------------


def test_ranked_by_a_source_column(water):
    """The project with most money overall (小型水库, 450) has no 其他资金: the ranking is by the column asked."""
    a = answered(water, "哪个项目的其他资金最多")
    # 小型水库 (450 in all) prints a third amount the text does not place: ranked with it, and said so
    assert "450" not in a.text and ("小型水库" not in a.text or "看不出" in a.text), a.text
    a = answered(water, "财政专户拨款最少的项目")
    assert "农村饮水安全工程维修养护经费" in a.text and "60.00" in a.text, a.text
    a = answered(water, "财政专户拨款最多的两个项目")
    # (the third amounts of 小型水库 and 污水处理厂 are placed by their unit's subtotal and the 合计: 财政专户拨款)
    assert "150.00" in a.text and "100.00" in a.text and "60.00" not in a.text, a.text


def test_a_question_word_before_a_departments_name(together):
    a = answered(together, "列出水务局生态效益指标")
    assert "河湖水质达标率" in a.text and "列出水务局" not in a.text, a.text
    a = converse(together, "天河区水务局的预算")
    assert a.status == UNKNOWN and "天河区水务局" in a.text, a.text


# --- a shared indicator name narrowed by a word of one project's name; the highest of its values -----------


def test_a_shared_indicator_narrowed_by_a_word_of_its_project(market, together):
    for engine in (market, together):
        a = answered(engine, "药品抽检结果多久公布")
        assert "≤20天" in a.text and "≤30天" not in a.text, a.text
        a = answered(engine, "你点我检活动抽检多少批次")
        assert "≥300批次" in a.text and "2400" not in a.text, a.text
    a = converse(market, "抽检结果公布时间是多少天")  # no project word: both, each under its project, asked back
    assert "≤20天" in a.text and "≤30天" in a.text, a.text
    a = answered(market, "食品安全抽检监测经费和你点我检活动经费一共多少")
    assert "201.50" in a.text, a.text


def test_the_highest_of_an_indicators_values(market):
    a = answered(market, "群众满意度最高的项目")
    assert "药品医疗器械安全监管经费" in a.text and "你点我检" in a.text and "网络交易监测经费" not in a.text, a.text
    a = answered(market, "群众满意度最低的是哪个项目")
    assert "≥85%" in a.text and "≥90%" not in a.text, a.text


def test_ranked_and_filtered_within_a_unit(water):
    """The department's least (水资源…宣传经费, 24) is not the unit's; a bound counts the unit's projects only."""
    a = answered(water, "供排水服务中心经费最少的项目")
    assert "水质检测经费" in a.text and "45.00" in a.text and "24.00" not in a.text, a.text
    a = answered(water, "供排水服务中心有几个项目超过100万")
    assert "2 个" in a.text and "水质检测" not in a.text and "小型水库" not in a.text, a.text
    a = answered(water, "水利工程管理所经费最多的两个项目")
    assert "450.00" in a.text and "210.00" in a.text and "368" not in a.text, a.text


def test_an_amount_with_a_letter_for_a_digit_is_reported():
    """"86.5O": no amount, so it stays in the name and the columns after it shift: said, with the line."""
    text = water_text().replace("    河湖长制工作经费 86.50 86.50", "    河湖长制工作经费 86.5O 86.50")
    said = [str(i) for i in parse_text(text, "linchuan_water.txt").issues]
    assert any(s.startswith("linchuan_water.txt:11:") and "86.5O" in s and "金额" in s for s in said), said


def test_the_tables_year_asked(culture, water):
    a = answered(culture, "这个表是哪一年的")
    assert "2026年" in a.text and "(部门)" not in a.text, a.text
    a = answered(water, "这个表是哪一年的")
    assert "没有写明年度" in a.text and "2026" not in a.text, a.text


def test_projects_counted_by_a_source_column(culture, together):
    a = answered(culture, "财政专户拨款有多少个项目")
    assert "3 个" in a.text and "旅游宣传推广经费" in a.text and "9 个" not in a.text, a.text
    a = answered(culture, "有几个项目用了其他资金")
    # the one printing four amounts has 其他资金 for sure; those printing three are listed with the note
    assert "馆藏文物保护修复经费" in a.text and ("1 个" in a.text or "看不出" in a.text), a.text
    a = answered(culture, "一共有几个项目")
    assert "9 个" in a.text, a.text


def test_the_usual_short_name_of_intangible_heritage(culture):
    a = answered(culture, "非遗经费多少")
    assert "非物质文化遗产保护传承经费" in a.text and "40.00" in a.text, a.text


def test_projects_having_a_named_indicator_counted(market):
    """Four projects set 群众满意度 (33 indicators in all): the projects are counted, not the indicators."""
    for q in ("有几个项目有群众满意度指标", "有群众满意度的项目有几个"):
        a = answered(market, q)
        assert "4 个" in a.text and "网络交易监测经费" in a.text and "33" not in a.text, a.text
        assert "特种设备" not in a.text, a.text


# --- values said with their measure word, percentage bounds, two units -------------------------------------


def test_a_value_said_with_its_measure_word(water):
    """"指标值是12次的": not the 12 of 12个, of 12公里 nor of 2026年12月底前."""
    a = answered(water, "指标值是12次的指标有哪些")
    assert "河湖巡查次数" in a.text and "水质检测频次" in a.text, a.text
    assert "监测点位数量" not in a.text and "工程完工时间" not in a.text and "更换老化管网长度" not in a.text, a.text


def test_a_percentage_bound_is_on_the_values_not_money(market):
    a = answered(market, "满意度指标值低于90%的有哪些")
    assert "≥85%" in a.text and "≥90%" not in a.text and "≥95%" not in a.text and "万元" not in a.text, a.text
    a = answered(market, "满意度高于90%的指标")
    assert "≥95%" in a.text and "≥85%" not in a.text, a.text
    a = converse(market, "满意度指标值低于80%的有哪些")
    assert a.status == UNKNOWN and "80%" in a.text, a.text
    a = answered(market, "经费低于30万的项目")  # (money bounds as before)
    assert "28.00" in a.text and "24.00" in a.text, a.text


def test_two_units_named(culture):
    for q in ("图书馆和博物馆一共多少钱", "图书馆比博物馆少多少"):
        a = answered(culture, q)
        assert "177.00" in a.text and "274.00" in a.text and "451.00" in a.text and "97.00" in a.text, a.text
