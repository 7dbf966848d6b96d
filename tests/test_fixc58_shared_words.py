"""fixc58: the words of a one-way change column, of units said and of a reason asked are the vocabulary's, read by
one helper each (review58 findings 7 and 8)."""

from bot.answer.facts.common import _WHY
from bot.answer.facts.records import _WHY_ASKED
from bot.answer.facts.words import one_way_column, rows_headed_as_units


def test_a_one_way_column_is_read_by_one_helper() -> None:
    assert one_way_column("减少金额") == "fall"
    assert one_way_column("比上年压减额") == "fall"
    assert one_way_column("新增数（万元）") == "rise"
    assert one_way_column("增加额") == "rise"
    # a signed change, a rate or another column is no one-way column
    for label in ("增减额", "增减", "增长率", "2026年预算数", "减少金额占比", "增加减少"):
        assert one_way_column(label) == "", label


def test_rows_headed_as_units() -> None:
    assert rows_headed_as_units([{"row_heads": "序号\x1f执收单位"}])
    assert rows_headed_as_units([{"row_heads": "实施主体"}])
    assert not rows_headed_as_units([{"row_heads": "收费项目"}, {"row_heads": None}])


def test_a_reason_asked_loosely_is_a_reason_of_a_row_figure_only() -> None:
    assert _WHY.search("为啥取消") and _WHY_ASKED.search("为啥取消")
    assert _WHY_ASKED.search("咋没了") and not _WHY.search("咋没了")
    assert not _WHY_ASKED.search("水利局专项资金多少")


def test_a_name_said_without_its_level_is_the_place_forms_rule() -> None:
    from bot.language.lexicon import without_level
    assert without_level("县民政局") == "民政局"
    assert without_level("旗水利局") == "水利局"  # (a level the hand-made list of owner_year lacked)
    # a word of the name that starts with a level's character is no level
    assert without_level("市场监督管理局") == ""
    assert without_level("县委宣传部") == ""
    assert without_level("县局") == ""
