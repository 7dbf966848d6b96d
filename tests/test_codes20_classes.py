"""Tables by 功能分类 whose lines carry subject codes of 3/5/7 digits (类/款/项), read by outline.py (blind set
20): a rank over one level said before the column ("哪个类补助镇街最多"), the next place asked "第二的是哪个",
and the 类 or 款 the line just shown stands under ("它属于哪个类")."""

from __future__ import annotations

import pytest
from conftest import converse, engine_over, simple_table

from bot.engine import Engine

_IND = "\u3000\u3000"
# 石湾区: a fund's spending by function, each 款 and 项 indented under its code's head.
_ROWS = [("合计", 5000, 3000, 2000),
         ("207文化旅游体育与传媒支出", 500, 400, 100),
         (_IND + "20707国家电影事业发展专项资金安排的支出", 500, 400, 100),
         (_IND * 2 + "2070701资助城市影院", 500, 400, 100),
         ("212城乡社区支出", 3500, 2000, 1500),
         (_IND + "21208国有土地使用权出让收入安排的支出", 3000, 1600, 1400),
         (_IND * 2 + "2120801征地和拆迁补偿支出", 1800, 1000, 800),
         (_IND * 2 + "2120803城市建设支出", 1200, 600, 600),
         (_IND + "21213城市基础设施配套费安排的支出", 500, 400, 100),
         (_IND * 2 + "2121399其他城市基础设施配套费安排的支出", 500, 400, 100),
         ("229其他支出", 1000, 600, 400),
         (_IND + "22960彩票公益金安排的支出", 1000, 600, 400),
         (_IND * 2 + "2296002用于社会福利的彩票公益金支出", 1000, 650, 350)]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("codes20")
    simple_table(folder / "shiwan_fund.xlsx", "基金支出", "石湾区2025年政府性基金预算支出表", "D2", "单位：万元",
                 ["科目编码及名称", "预算数", "区本级", "补助镇街"], _ROWS)
    return engine_over(folder / "kb.sqlite", [folder / "shiwan_fund.xlsx"])


def test_a_class_ranked_by_the_column_said_after_it(engine: Engine) -> None:
    a = converse(engine, "哪个类补助镇街最多")
    assert a.status == "answered" and "212城乡社区支出" in a.text and "1500" in a.text


def test_the_next_place_asked_with_de(engine: Engine) -> None:
    a = converse(engine, "哪个项补助镇街最多", "第二的是哪个")
    assert a.status == "answered" and "城市建设支出" in a.text and "600" in a.text


@pytest.mark.parametrize(("line", "level", "head"), [
    ("资助城市影院", "类", "207文化旅游体育与传媒支出"),
    ("征地和拆迁补偿支出", "款", "21208国有土地使用权出让收入安排的支出"),
    ("征地和拆迁补偿支出", "类", "212城乡社区支出")])
def test_the_head_of_a_level_a_line_stands_under(engine: Engine, line: str, level: str, head: str) -> None:
    a = converse(engine, line, f"它属于哪个{level}")
    assert a.status == "answered" and head in a.text.splitlines()[0]


def test_no_head_of_that_level_is_not_made_up(engine: Engine) -> None:
    # a 类 line stands under no 款: never some other line offered as its 款
    a = converse(engine, "城乡社区支出", "它属于哪个款")
    assert "属于款" not in a.text
