"""Round 60, lane unit60: a target table's funding units said short, as staff say them — the end of a unit's name
contracted by a standard word of the vocabulary's [unit_contractions] (…道路运输管理所 → 运管所, …质量安全监督站 →
质监站, …服务中心 → 中心: 客运服务中心 → 客运中心), its place left off — asked alone, after another unit, set against
it, with its projects listed and then pointed at by their order; the same short name read on a table of the place's
units whose rows print the unit's full name (a 结转结余 table); a short name two units share asked back, never one
of them answered; a name said in pieces that no project has, and the names asked of things only counted, not found.
A fictional 青石县交通运输局 (tests/target_tables.py renders it as a published PDF's text) and 青石县财政局's table."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.values import ANSWERED, CLARIFY
from bot.engine import Engine
from bot.language.lexicon import unit_contracted_forms
from tests.conftest import converse, engine_over, write_workbook
from tests.target_tables import Item, Unit, render

_DEPT = "青石县交通运输局"
_UNITS = [
    Unit("青石县交通运输局", "210.00 200.00 10.00", [
        Item("农村公路安全隐患整治经费", "120.00 120.00",
             "对全县农村公路急弯陡坡、临水临崖路段开展安全隐患整治，完善防护设施。",
             [("11", "隐患整治路段数", "≥40处", "≥40处"),
              ("12", "整治工程验收合格率", "100%", "100%")]),
        Item("交通运输企业发展奖补资金", "90.00 80.00 10.00",
             "落实县政府支持交通运输业发展若干政策，对运输企业车辆更新、安全标准化达标等给予奖励补助。",
             [("11", "奖补运输企业数量", "≥15家", "≥15家"),
              ("31", "企业满意度", "≥90%", "≥90%")]),
    ]),
    Unit("青石县道路运输管理所", "73.40 73.40", [
        Item("道路运输执法检查经费", "41.20 41.20",
             "开展道路运输市场执法检查，查处非法营运行为。",
             [("11", "执法检查次数", "≥200次", "≥200次"),
              ("12", "案件办结率", "≥95%", "≥95%")]),
        Item("驾驶员培训机构监管经费", "18.70 18.70",
             "对驾驶员培训机构开展日常监管和质量信誉考核。",
             [("11", "监管培训机构数量", "12家", "12家")]),
        Item("客运站安全检查经费", "13.50 13.50",
             "对全县客运站开展安全检查，督促整改安全隐患。",
             [("11", "客运站检查次数", "≥48次", "≥48次")]),
    ]),
    Unit("青石县交通工程质量安全监督站", "55.60 55.60", [
        Item("公路工程质量监督抽检经费", "32.10 32.10",
             "对在建公路工程开展质量监督抽检和安全生产检查。",
             [("11", "抽检工程数量", "≥20个", "≥20个")]),
        Item("水运工程安全巡查经费", "23.50 23.50",
             "对在建码头、航道工程开展安全巡查。",
             [("11", "巡查次数", "≥30次", "≥30次")]),
    ]),
    Unit("青石县城乡客运服务中心", "38.00 38.00", [
        Item("城乡公交运营监管经费", "38.00 38.00",
             "对城乡公交线路运营开展监管和服务质量考核。",
             [("11", "监管公交线路数", "≥25条", "≥25条")]),
    ]),
]

# 青石县财政局's table of departments heading their units' projects (序号 一 / 二 …, a 小计 under each)
_CARRIED = [
    ("青石县2025年部门结转结余资金情况表",),
    ("填报单位：青石县财政局（汇总）", None, None, None, None, None, "单位：万元"),
    ("序号", "部门（单位）及项目名称", "年初结转结余", "本年收入", "本年支出", "年末结转结余", "结转结余率"),
    ("一", "青石县交通运输局", None, None, None, None, None),
    (1, "农村公路安全隐患整治经费", 10, 110, 100, 20, 0.1667),
    (None, "小计", 10, 110, 100, 20, 0.1667),
    ("二", "青石县道路运输管理所", None, None, None, None, None),
    (2, "道路运输执法检查经费", 4, 40, 38, 6, 0.1364),
    (None, "小计", 4, 40, 38, 6, 0.1364),
    ("三", "青石县交通工程质量安全监督站", None, None, None, None, None),
    (3, "公路工程质量监督抽检经费", 2, 30, 29, 3, 0.0938),
    (None, "小计", 2, 30, 29, 3, 0.0938),
    ("四", "青石县农业农村局", None, None, None, None, None),
    (4, "高标准农田建设资金", 50, 400, 380, 70, 0.1556),
    (None, "小计", 50, 400, 380, 70, 0.1556),
    ("合计", None, 66, 580, 547, 99, 0.1460),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("unit60")
    path = root / "青石县交通运输局_2026年_项目支出绩效目标表.txt"
    path.write_text(render(_DEPT, "377.00 367.00 10.00", _UNITS), encoding="utf-8")
    sheet = write_workbook(root / "青石县_2025年_部门结转结余资金情况表.xlsx", _CARRIED, sheet="结转结余情况")
    return engine_over(root / "kb.sqlite", [path, sheet])


def test_the_short_forms_derived_from_a_units_name() -> None:
    words = {"质量安全监督站": ("质监站",), "运输管理所": ("运管所",), "服务中心": ("中心",)}
    assert {"运管所", "道路运管所", "青石运管所"} <= unit_contracted_forms("青石县道路运输管理所", words)
    assert {"质监站", "交通工程质监站"} <= unit_contracted_forms("青石县交通工程质量安全监督站", words)
    # (a contraction shorter than three characters is said only after the words before it)
    assert {"客运中心", "城乡客运中心"} <= unit_contracted_forms("青石县城乡客运服务中心", words)
    assert "中心" not in unit_contracted_forms("青石县城乡客运服务中心", words)
    assert unit_contracted_forms("青石县公路养护中心", words) == set()


def test_a_unit_said_short_is_its_whole(engine: Engine) -> None:
    for asked, total in (("运管所多少钱", "73.40"), ("质监站一共多少", "55.60"), ("客运中心多少钱", "38.00")):
        answer = converse(engine, asked)
        assert answer.status == ANSWERED, answer.text
        assert total in answer.text, answer.text


def test_a_unit_said_short_after_the_bureaus_own_line(engine: Engine) -> None:
    answer = converse(engine, "交通运输局本级多少", "运管所呢")
    assert answer.status == ANSWERED, answer.text
    assert "73.40" in answer.text and "210.00" not in answer.text, answer.text


def test_two_units_said_short_then_set_against_each_other(engine: Engine) -> None:
    answer = converse(engine, "运管所多少钱", "质监站呢", "两个差多少")
    assert answer.status == ANSWERED, answer.text
    assert "17.8" in answer.text, answer.text  # 73.40 - 55.60


def test_a_units_projects_listed_then_pointed_at_by_order(engine: Engine) -> None:
    answer = converse(engine, "运管所有哪些项目", "第二个多少钱")
    assert answer.status == ANSWERED, answer.text
    assert "18.70" in answer.text and "41.20" not in answer.text, answer.text
    answer = converse(engine, "运管所的项目", "第三个多少钱")
    assert answer.status == ANSWERED, answer.text
    assert "13.50" in answer.text, answer.text


def test_a_unit_said_short_on_a_table_printing_its_full_name(engine: Engine) -> None:
    answer = converse(engine, "运管所结转结余率")
    assert answer.status == ANSWERED, answer.text
    assert "13.64%" in answer.text, answer.text
    answer = converse(engine, "交通运输局2025年结转结余率", "质监站呢")
    assert answer.status == ANSWERED, answer.text
    assert "9.38%" in answer.text and "16.67%" not in answer.text and "55.60" not in answer.text, answer.text


def test_a_short_name_two_units_share_is_asked_back(tmp_path: Path) -> None:
    units = [
        Unit("青石县交通运输局", "10.00 10.00", [Item("交通规划编制经费", "10.00 10.00", "编制交通规划。",
                                                   [("11", "规划编制数量", "1个", "1个")])]),
        Unit("青石县公路工程质量监督站", "20.00 20.00", [Item("公路工程抽检经费", "20.00 20.00", "抽检公路工程。",
                                                        [("11", "抽检次数", "≥10次", "≥10次")])]),
        Unit("青石县水运工程质量监督站", "30.00 30.00", [Item("水运工程抽检经费", "30.00 30.00", "抽检水运工程。",
                                                        [("11", "抽检次数", "≥12次", "≥12次")])]),
    ]
    path = tmp_path / "青石县交通运输局_2026年_项目支出绩效目标表.txt"
    path.write_text(render(_DEPT, "60.00 60.00", units), encoding="utf-8")
    engine = engine_over(tmp_path / "kb.sqlite", [path])
    answer = converse(engine, "质监站多少钱")
    assert answer.status == CLARIFY, answer.text
    assert "公路工程质量监督站" in answer.text and "水运工程质量监督站" in answer.text, answer.text
    picked = answer.options.index(next(o for o in answer.options if "水运" in o)) + 1
    answer = converse(engine, "质监站多少钱", str(picked))
    assert answer.status == ANSWERED and "30.00" in answer.text and "20.00" not in answer.text, answer.text
    answer = converse(engine, "质监站有哪些项目", str(picked))
    assert answer.status == ANSWERED and "水运工程抽检经费" in answer.text, answer.text
    assert "公路工程抽检经费" not in answer.text, answer.text


def test_a_name_said_in_pieces_of_different_projects_is_not_found(engine: Engine) -> None:
    answer = converse(engine, "交通局公路安全评估服务预算")
    assert answer.status not in (ANSWERED, CLARIFY), answer.text
    assert "120.00" not in answer.text and "13.50" not in answer.text, answer.text


def test_the_names_of_things_only_counted_are_not_listed(engine: Engine) -> None:
    answer = converse(engine, "交通运输企业发展奖补资金奖给了哪几家企业")
    assert answer.status != ANSWERED, answer.text
    assert "≥15家" not in answer.text, answer.text
    answer = converse(engine, "交通运输企业发展奖补资金奖给了几家企业")  # (how many: the count it prints)
    assert answer.status == ANSWERED and "15家" in answer.text, answer.text


def test_a_unit_said_short_on_a_places_table_of_departments_and_units(tmp_path: Path) -> None:
    rows = [
        ("青石县2025年部门支出预算表",),
        (None, None, None, None, None, None, "单位：万元"),
        ("部门名称", "单位编码", "单位名称", "合计", "基本支出", "项目支出"),
        ("青石县交通运输局", "301001", "青石县交通运输局", 800, 300, 500),
        (None, "301002", "青石县道路运输管理所", 260, 160, 100),
        (None, "301003", "青石县城乡客运服务中心", 140, 90, 50),
        (None, None, "小计", 1200, 550, 650),
        ("青石县农业农村局", "302001", "青石县农业农村局", 900, 200, 700),
        (None, "302002", "青石县农机服务站", 100, 60, 40),
        (None, None, "小计", 1000, 260, 740),
        ("合计", None, None, 2200, 810, 1390),
    ]
    path = write_workbook(tmp_path / "青石县_2025年_部门支出预算表.xlsx", rows, ["A4:A7", "A8:A10"])
    engine = engine_over(tmp_path / "kb.sqlite", [path])
    answer = converse(engine, "运管所支出多少")
    assert answer.status == ANSWERED and "260" in answer.text and "1200" not in answer.text, answer.text
    answer = converse(engine, "交通运输局小计", "客运中心呢")
    assert answer.status == ANSWERED and "140" in answer.text and "1200" not in answer.text, answer.text



def test_a_units_progress_asked_by_the_titles_word_is_its_rate(tmp_path: Path) -> None:
    rows = [
        ("青石县2026年1-10月部门预算执行进度表",),
        ("数据截至：2026年10月31日", None, None, None, "单位：万元"),
        ("序号", "部门（单位）名称", "年初预算数", "调整后预算数", "1-10月累计支出", "执行率", "序时进度"),
        (1, "青石县交通运输局", None, None, None, None, None),
        (None, "  青石县交通运输局本级", 500, 520, 410, 0.7885, 0.8333),
        (None, "  青石县道路运输管理所", 180, 186, 160.3, 0.8618, 0.8333),
        (None, "  小计", 680, 706, 570.3, 0.8078, 0.8333),
        (2, "青石县农业农村局", None, None, None, None, None),
        (None, "  青石县农业农村局本级", 900, 950, 700, 0.7368, 0.8333),
        (None, "  青石县农机服务站", 120, 125, 100, 0.8, 0.8333),
        (None, "  小计", 1020, 1075, 800, 0.7442, 0.8333),
    ]
    path = write_workbook(tmp_path / "青石县_2026年1-10月_部门预算执行进度表.xlsx", rows, sheet="按部门")
    engine = engine_over(tmp_path / "kb.sqlite", [path])
    for asked in ("运管所执行进度多少", "道路运输管理所执行进度多少"):
        answer = converse(engine, asked)
        assert answer.status == ANSWERED and "86.18%" in answer.text, answer.text
        assert "180" not in answer.text, answer.text  # (never its 年初预算数 as the progress)
