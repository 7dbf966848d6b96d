"""Review of round 60 (fixb60): a unit's short names made by one mechanism — the standard contractions of the
vocabulary's [unit_contractions], read by the lexicon and the fact index through unit_contracted_forms — never by
initials invented from any two words of its name (预控站 of a 疾病预防控制站); no short name of a generic word alone
with the kind ([asking_words.units] generic: 管理中心 of 城市管理服务中心, 数据中心, 交易中心); a unit's own name
(its places left off) read by one function; and "质监站呢" after a figure of a table where the unit has no line
(a 政府购买服务 table whose note only mentions it) a settled unknown, never the unit's project total of its
target table. Fictional 青溪县 tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.values import ANSWERED, UNKNOWN
from bot.engine import Engine
from bot.language.lexicon import generic_unit_word, unit_contracted_forms, unit_own_name
from bot.language.vocabulary import load_vocabulary
from tests.conftest import converse, engine_over, write_workbook
from tests.target_tables import Item, Unit, render

_VOCAB = Path(__file__).resolve().parent.parent / "knowledge" / "vocabulary.toml"

_UNITS = [
    Unit("青溪县住房和城乡建设局", "80.00 80.00", [
        Item("老旧小区改造前期经费", "80.00 80.00", "开展老旧小区改造前期调查和方案设计。",
             [("11", "改造小区数量", "≥6个", "≥6个")]),
    ]),
    Unit("青溪县建设工程质量安全监督站", "46.00 46.00", [
        Item("在建工程质量监督抽查经费", "30.00 30.00", "对在建房屋建筑工程开展质量监督抽查。",
             [("11", "抽查工程数量", "≥30个", "≥30个")]),
        Item("建筑起重机械安全检查经费", "16.00 16.00", "对在用建筑起重机械开展安全检查。",
             [("11", "检查台次", "≥100台次", "≥100台次")]),
    ]),
]

# 青溪县财政局's purchase table: the unit only mentioned in a note, no line of its own
_BOUGHT = [
    ("青溪县2026年政府购买服务预算表", None, None, None),
    ("编制单位：青溪县财政局", None, None, "单位：万元"),
    ("序号", "项目名称", "预算金额", "备注"),
    (1, "社区养老助餐服务", 120, None),
    (2, "建筑工地扬尘第三方巡查服务", 35, "由县建设工程质量安全监督站具体实施"),
    ("合计", None, 155, None),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root: Path = tmp_path_factory.mktemp("fixb60")
    path = root / "青溪县住房和城乡建设局_2026年_项目支出绩效目标表.txt"
    path.write_text(render("青溪县住房和城乡建设局", "126.00 126.00", _UNITS), encoding="utf-8")
    sheet = write_workbook(root / "青溪县_2026年_政府购买服务预算表.xlsx", _BOUGHT, sheet="政府购买服务预算表")
    return engine_over(root / "kb.sqlite", [path, sheet])


def _contractions() -> dict[str, tuple[str, ...]]:
    return load_vocabulary(_VOCAB).unit_contractions


def test_a_generic_word_before_the_kind_is_no_short_name() -> None:
    words = _contractions()
    assert generic_unit_word("管理") and generic_unit_word("数据") and not generic_unit_word("征收")
    for name, generic in (("青溪县城市管理服务中心", "管理中心"), ("青溪县政务数据服务中心", "数据中心"),
                          ("青溪县公共资源交易服务中心", "交易中心"), ("青溪县综合服务中心", "综合中心")):
        forms = unit_contracted_forms(name, words)
        assert generic not in forms and "青溪" + generic not in forms, (name, forms)
    assert {"征收中心", "房屋征收中心"} <= unit_contracted_forms("青溪县房屋征收服务中心", words)


def test_contractions_are_the_one_mechanism_of_short_names() -> None:
    words = _contractions()
    assert "质检站" in unit_contracted_forms("青溪县农产品质量安全检测站", words)
    assert "质检站" in unit_contracted_forms("青溪县建设工程质量检测站", words)
    # no initials invented from any two words of a name (预控站, 疫控站, 生监站)
    for name in ("青溪县疾病预防控制站", "青溪县动物疫病预防控制站", "青溪县安全生产监督管理站"):
        assert not any(f.endswith(("预控站", "疫控站", "生监站")) for f in unit_contracted_forms(name, words))


def test_a_units_own_name_without_its_places() -> None:
    assert unit_own_name("青溪县房屋征收服务中心") == ("房屋征收服务中心", ["青溪"])
    assert unit_own_name("青溪县房屋征收服务中心", "白石市青溪县住房和城乡建设局")[0] == "房屋征收服务中心"


def test_no_invented_initials_reach_a_table(engine: Engine) -> None:
    a = converse(engine, "生监站有哪些项目")
    assert a.status != ANSWERED or "质量安全监督站" not in a.text, a.text
    b = converse(engine, "质监站有哪些项目")
    assert b.status == ANSWERED and "在建工程质量监督抽查经费" in b.text, b.text


@pytest.mark.parametrize("first", ["政府购买服务2026年合计", "社区养老助餐服务预算多少"])
def test_a_unit_asked_after_a_figure_of_a_table_without_its_line(engine: Engine, first: str) -> None:
    before = converse(engine, first)
    assert before.status == ANSWERED, before.text
    a = converse(engine, first, "质监站呢")
    assert a.status == UNKNOWN, a.text
    assert "46" not in a.text and "质监站" in a.text, a.text


def test_a_unit_said_with_a_measure_of_its_own_after_such_a_figure_is_asked_that_measure(engine: Engine) -> None:
    """"X合计" → "质监站项目支出呢": not the unit said alone, so no "not in that table" — its own measure is read."""
    a = converse(engine, "政府购买服务2026年合计", "质监站项目支出呢")
    assert a.status == ANSWERED and "46" in a.text, a.text
