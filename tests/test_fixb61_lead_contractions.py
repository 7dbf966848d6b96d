"""Review of round 61 (fixb61): the end 保障中心 is contracted to 中心 only after a lead said wholly by its
department short word ([lead_abbreviated_contractions] after [department_abbreviations]: 粮食和物资储备保障中心 ->
粮储中心), never after a lead said in full (医疗保障中心 is no 医疗中心, 住房保障中心 no 住房中心, 机关后勤保障中心 no
后勤中心). A fictional 柳岸县 purchase table: 粮储 subtotal 30 + 12 = 42; 医疗保障中心 18; 合计 60."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook

from bot.engine import Engine
from bot.language.lexicon import lead_abbreviated_forms, unit_contracted_forms
from bot.language.vocabulary import load_vocabulary

_ROOT = Path(__file__).resolve().parent.parent

_ROWS = [
    ["柳岸县2026年政府采购预算表"] + [None] * 7,
    ["编制单位：柳岸县财政局"] + [None] * 6 + ["单位：万元"],
    ["序号", "预算单位", "采购项目名称", "采购品目", "采购方式", "数量", "计量单位", "预算金额"],
    [1, "柳岸县粮食和物资储备保障中心", "粮情测控系统", "A02100000 测控设备", "公开招标", 1, "套", 30],
    [2, None, "储备库消防设施维护", "C16070000 运行维护服务", "询价", 1, "项", 12],
    [None, None, "小计", None, None, None, None, 42],
    [3, "柳岸县医疗保障中心", "医保业务档案数字化", "C21040000 信息服务", "竞争性磋商", 1, "项", 18],
    [None, None, "小计", None, None, None, None, 18],
    ["合计"] + [None] * 6 + [60],
]
_MERGED = ["A1:H1", "B4:B5", "A9:G9"]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("fixb61")
    table = write_workbook(d / "柳岸县_2026年_政府采购预算表.xlsx", _ROWS, _MERGED)
    return engine_over(d / "kb.sqlite", [_ROOT / "knowledge", table])


def test_the_end_contracted_only_after_a_lead_said_short() -> None:
    vocab = load_vocabulary(_ROOT / "knowledge" / "vocabulary.toml")
    abbrev, ends = vocab.department_abbreviations, vocab.lead_abbreviated_contractions
    assert {"粮储中心", "柳岸粮储中心"} <= lead_abbreviated_forms("柳岸县粮食和物资储备保障中心", abbrev, ends)
    for name, made in (("柳岸县医疗保障中心", "医疗中心"), ("柳岸县住房保障中心", "住房中心"),
                       ("柳岸县机关后勤保障中心", "后勤中心"), ("柳岸县应急信息保障中心", "应急信息中心")):
        forms = lead_abbreviated_forms(name, abbrev, ends) | unit_contracted_forms(name, vocab.unit_contractions)
        assert not any(f.endswith(made) for f in forms), (name, forms)


def test_a_buyer_said_by_its_abbreviated_lead_and_the_contracted_end(engine: Engine) -> None:
    a = converse(engine, "粮储中心采购小计多少")
    assert a.status == "answered" and "42" in a.text and "60" not in a.text, a.text


@pytest.mark.xfail(strict=True, reason="dept_units._loosely_said (older than round 61) still reads a run of four "
                   "characters in the name's order ending as it ends, 医疗中心, as the one unit it fits")
def test_a_lead_said_in_full_makes_no_short_name(engine: Engine) -> None:
    a = converse(engine, "医疗中心采购小计多少")
    assert "18" not in a.text or a.status != "answered", a.text
