"""The UNITS of a department (its office 机关/本级, its schools, kindergartens …) as the row labels of a table
of figures by unit, with source or kind columns and a 合计 row: which unit has the most or least, the unit at
a place of the ranking, the units of a kind (学校) that have a column, a unit's figure against another's, a
unit's share of the whole bureau or of the column just shown, whose a total's figure is, and units said by
their short names, derived by rule ("第三中学" -> 三中, "职业学校" -> 职校), never another unit's figure for a
unit the table does not hold. Every figure is worked out by hand from the tables written here.
"""

from __future__ import annotations

import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table

from bot.answer.facts.entities import rank_asked
from bot.engine import Engine

# 柳川区教育局, 万元. 支出合计 = the five kinds; a blank cell is none.
_HEADER = ["序号", "单位名称", "支出合计", "工资福利支出", "商品和服务支出", "对个人和家庭的补助", "资本性支出", "其他支出"]
_ROWS = [
    [None, "合计", 3716, 2610, 760, 63, 235, 48],
    [1, "柳川区教育局（机关）", 1160, 820, 310, None, None, 30],
    [2, "柳川区第三中学", 765, 560, 120, None, 85, None],
    [3, "柳川区实验中学", 537, 430, 95, None, None, 12],
    [4, "柳川区第二小学", 400, 300, 60, None, 40, None],
    [5, "柳川区职业学校", 669, 350, 140, 63, 110, 6],
    [6, "柳川区实验幼儿园", 185, 150, 35, None, None, None],
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("units18")
    simple_table(folder / "柳川区教育局支出预算.xlsx", "支出预算", "柳川区教育局2026年部门支出预算表", "H2", "单位：万元",
                 _HEADER, _ROWS)
    # Another department printing 商品和服务支出 blank: nothing to compute a share with.
    simple_table(folder / "石湾县民政局支出预算.xlsx", "支出", "石湾县民政局2026年部门支出预算表", "B2", "单位：万元",
                 ["项目", "2026年预算数"],
                 [["支出合计", 500], ["工资福利支出", 420], ["商品和服务支出", None], ["其他支出", 80]])
    return engine_over(folder / "kb.sqlite", [folder])


def _first(answer) -> str:
    return answer.text.split("\n")[0]


def test_the_unit_with_least_and_of_a_kind_with_most(engine):
    a = _ask(engine, "柳川区教育局支出最少的单位是哪个")
    assert a.status == "answered" and "柳川区实验幼儿园" in _first(a) and "185" in _first(a)
    # 学校: the bureau's own office (1160, the most of all) is no school
    a = _ask(engine, "柳川区教育局哪个学校支出最多")
    assert a.status == "answered" and "柳川区第三中学" in _first(a) and "765" in _first(a)
    assert "1160" not in _first(a)


def test_a_place_in_the_ranking(engine):
    a = _ask(engine, "柳川区教育局按支出合计排第三的单位")
    assert a.status == "answered" and "柳川区职业学校" in _first(a) and "669" in _first(a)
    a = _ask(engine, "柳川区教育局支出合计倒数第二的单位")
    assert a.status == "answered" and "柳川区第二小学" in _first(a) and "400" in _first(a)


def test_the_schools_having_a_column(engine):
    a = _ask(engine, "柳川哪几个学校有资本性支出")
    assert a.status == "answered"
    for name in ("柳川区第三中学", "柳川区第二小学", "柳川区职业学校"):
        assert name in a.text
    assert "柳川区实验中学" not in a.text and "柳川区实验幼儿园" not in a.text


def test_units_by_their_short_names(engine):
    a = _ask(engine, "三中比二小多多少支出")
    assert a.status == "answered" and "365" in _first(a)
    a = _ask(engine, "柳川职校的商品和服务支出")
    assert a.status == "answered" and "140" in _first(a) and "柳川区职业学校" in _first(a)
    # a unit the table does not hold is never another's figure
    a = _ask(engine, "柳川区第四中学支出多少")
    assert a.status != "answered" or "765" not in a.text


def test_share_of_the_whole_bureau_after_the_most(engine):
    a = _ask(engine, "柳川区教育局哪个单位支出最多", "它占全局支出多少")
    assert a.status == "answered" and "31.22%" in _first(a)  # 1160 ÷ 3716


def test_a_units_share_of_the_whole_bureau_asked_at_once(engine):
    a = _ask(engine, "三中支出占全局支出的比例")
    assert a.status == "answered" and "20.59%" in _first(a)  # 765 ÷ 3716


def test_two_units_added_by_the_bare_word_of_their_total(engine):
    # 支出 is 支出合计 of each, never 其他支出 added in beside it (实验中学 prints 12 there)
    a = _ask(engine, "实验中学和三中加起来支出多少")
    assert a.status == "answered" and "1302" in _first(a) and "1314" not in a.text


def test_a_units_share_of_the_column_shown(engine):
    a = _ask(engine, "柳川区教育局资本性支出合计", "三中占其中多少")
    assert a.status == "answered" and "36.17%" in _first(a)  # 85 ÷ 235, not 765 ÷ 3716
    assert "20.59" not in a.text


def test_whose_a_total_is(engine):
    a = _ask(engine, "柳川区教育局的对个人和家庭的补助", "是哪个单位的")
    assert a.status == "answered" and "柳川区职业学校" in _first(a)
    assert "柳川区第三中学" not in _first(a)


def test_a_ranked_unit_added_to_another_by_short_name(engine):
    a = _ask(engine, "柳川区教育局按支出合计排第二的单位", "它和二小加起来多少")
    assert a.status == "answered" and "1165" in _first(a)  # 765 + 400


def test_the_other_spelling_of_other(engine):
    a = _ask(engine, "柳川区教育局其它支出总共多少")
    assert a.status == "answered" and "48" in _first(a) and "3716" not in _first(a)


def test_a_share_where_another_table_prints_the_line_blank(engine):
    a = _ask(engine, "商品和服务支出占总支出百分之几")
    assert a.status == "answered" and "20.45%" in _first(a)  # 760 ÷ 3716


@pytest.mark.parametrize(("text", "rank"), [
    ("按合计排第二的单位", (2, False)),
    ("收入倒数第二的学校", (2, True)),
    ("收入第三少的单位", (3, True)),
    ("排名第10的县", (10, False)),
    ("第二中学收入多少", None),
    ("第一季度收入", None),
])
def test_rank_asked(text, rank):
    assert rank_asked(text) == rank


def _grouped(path) -> None:
    """鹿鸣县文化广电旅游局, 人: units listed under their kind (单位类别 | 单位名称), each kind with its 小计."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "编制"
    ws["A1"] = "鹿鸣县文化广电旅游局2026年人员编制统计表"
    ws["F2"] = "单位：人"
    for c, h in enumerate(["单位类别", "单位名称", "核定编制数", "实有人数", "空编数", "离退休人员"], 1):
        ws.cell(3, c, h)
    rows = [
        ("行政单位", "鹿鸣县文化广电旅游局机关", 21, 19, 2, 11),
        (None, "小计", 21, 19, 2, 11),
        ("事业单位", "鹿鸣县图书馆", 12, 14, None, 6),
        (None, "鹿鸣县文物保护所", 8, 7, 1, 2),
        (None, "鹿鸣县非遗保护室", 5, 6, None, None),
        (None, "鹿鸣县文化馆", 10, 10, None, 4),
        (None, "小计", 35, 37, 1, 12),
        ("合计", None, 56, 56, 3, 23),
    ]
    r = 4
    for row in rows:
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
        r += 1
    wb.save(path)


@pytest.fixture(scope="module")
def grouped(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("units18_grouped")
    _grouped(folder / "鹿鸣文旅编制.xlsx")
    return engine_over(folder / "kb.sqlite", [folder])


def test_grouped_units_ranked_by_their_own_names(grouped):
    # 非遗保护室 (a 室, under 单位名称) is a unit too; the kind's 小计 rows are none
    a = _ask(grouped, "鹿鸣县文化广电旅游局哪个单位实有人数最少")
    assert a.status == "answered" and "鹿鸣县非遗保护室" in _first(a) and "6人" in _first(a)
    a = _ask(grouped, "鹿鸣县文化广电旅游局哪个馆实有人数最多")
    assert a.status == "answered" and "鹿鸣县图书馆" in _first(a) and "14人" in _first(a)
    assert "机关" not in _first(a)


def test_one_column_over_another_per_unit(grouped):
    # 实有 − 编制: 图书馆 +2, 非遗保护室 +1, 文化馆 0, 文物保护所 −1, 机关 −2
    a = _ask(grouped, "鹿鸣县文化广电旅游局哪个单位实有人数超过编制最多")
    assert a.status == "answered" and "鹿鸣县图书馆" in _first(a) and "= 2人" in _first(a)
    a = _ask(grouped, "鹿鸣县文化广电旅游局哪个单位实有人数比编制少得最多")
    assert a.status == "answered" and "鹿鸣县文化广电旅游局机关" in _first(a) and "= 2人" in _first(a)


def test_units_having_a_column_above_a_threshold(grouped):
    # the condition said twice ("有空编", "空编大于一个的"): only those above it, never every unit with one
    a = _ask(grouped, "哪些单位有空编 空编大于一个的")
    assert a.status == "answered" and "鹿鸣县文化广电旅游局机关" in a.text
    assert "鹿鸣县文物保护所" not in a.text
    a = _ask(grouped, "鹿鸣县文化广电旅游局哪些单位有空编")
    assert a.status == "answered" and "鹿鸣县文物保护所" in a.text and "鹿鸣县文化广电旅游局机关" in a.text
    assert "鹿鸣县图书馆" not in a.text
