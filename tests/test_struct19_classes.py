"""Round 11, struct19: structure moved to one place per concept; the behaviour these pin down stays."""

from __future__ import annotations

from conftest import converse

from bot.engine import Engine
from bot.language.normalize import normalize
from bot.understand.parse import understand


def test_that_one_project_is_no_self_reference(seed_engine: Engine) -> None:
    """"那个" is a hesitation or a pointer back, never "our department": "那个项目…" reads no department
    and, after a project, asks of that project."""
    for q in ("那个项目的预算是多少", "那个项目里有几个指标"):
        assert understand(normalize(q), seed_engine.kb).self_reference == [], q
    a = converse(seed_engine, "信访超市日常运行经费多少", "那个项目里有几个指标")
    assert a.status == "answered" and "信访超市" in a.text and "8 个" in a.text


def test_an_ordinal_row_is_not_several_rows() -> None:
    """"第三个项目里X占多少" names one row by its place; "三个重点任务里X占多少" and "占这几个项目合计"
    take the share of several rows."""
    from bot.answer.handlers import _OF_SEVERAL

    for q in ("第三个项目里法律顾问经费占多少", "法律顾问经费占第2项的比例", "第三项里办公费占多少"):
        assert _OF_SEVERAL.search(q) is None, q
    for q in ("三个重点任务里法律顾问经费占多少", "法律顾问经费占这几个项目合计多少", "占3项合计的比例"):
        assert _OF_SEVERAL.search(q) is not None, q


def test_one_reader_of_places_said() -> None:
    """倒数第N / 第N in a ranking, a follow-up or a list item: one pattern and one number reading."""
    from bot.answer.facts.entities import rank_asked
    from bot.language import ordinals

    assert rank_asked("收入倒数第二的学校") == (2, True)
    assert rank_asked("按合计排第两名的单位") == (2, False)
    assert rank_asked("排第十二少的单位") == (12, True)
    assert [ordinals.place_number(x) for x in ("二", "两", "十二", "3", "0")] == [2, 2, 12, 3, None]


def test_a_short_indented_line_is_printed_apart_from_its_head(tmp_path) -> None:
    """An indented 基本工资 under 人员经费 is named "人员经费/基本工资", never glued into a name the table does
    not print ("人员经费基本工资")."""
    from conftest import engine_over, simple_table

    ind = "\u3000\u3000"
    path = tmp_path / "basic.xlsx"
    simple_table(path, "基本支出", "石湾区文化旅游局2024年基本支出预算表", "C2", "单位：万元", ["项目", "2023年预算数", "2024年预算数"],
                 [("基本支出合计", 980.5, 1003.2), ("人员经费", 760, 790.4), (ind + "基本工资", 260, 268.8),
                  (ind + "津贴补贴", 300, 312.6), ("公用经费", 170.5, 160.8), (ind + "印刷费", 12.5, 10),
                  (ind + "邮电费", 8, 8.8)])
    engine = engine_over(tmp_path / "kb.sqlite", [path])
    a = converse(engine, "基本工资2024年预算数是多少")
    assert a.status == "answered" and "268.8" in a.text
    assert "人员经费/基本工资" in a.text and "人员经费基本工资" not in a.text
