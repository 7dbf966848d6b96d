"""Names said short and follow-ups over a fictional county (枫林县): its 水务局's 2026 项目支出绩效目标表 and the county's
2025 地方政府专项债券项目情况表 (主管部门, 项目单位, 发行金额, 已支出金额, 支出进度（%）), all made up.
- a project's name said with characters dropped from its middle ("河道治理专项资金" of 河道综合治理专项资金): the one
  name holding every word said, in order, is answered — never another project that merely shares some of the words;
- an amount asked by a verb jieba joins to the name's last character ("…奖补给了多少": 补给): the verb is read;
- "名字里带X的项目有哪些": the items whose names hold X, of every table, grouped by table — not a row of places;
- "X局项目总额" → "人均呢": no per-head figure, never the total again;
- a department of a table's owner column said by its first word and kind ("商务局" of 枫林县商务粮食局): its rows;
- "X有几个指标" → "Y那个呢": the count of the other project's indicators, not its amount;
- "还有别的…吗" after a row: the words after it must ask more of that table (nothing, 项目, the kind of table it is:
  专项债) — "还有其他部门吗", "还有别的一般债吗" are other questions; with no department said, all its other rows;
- a bare 带/含 lists names only before a word quoted or followed by 字样 (带动就业的项目 asks by a verb).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import converse, engine_over, write_workbook
from target_tables import Item, Unit, render

from bot.engine import Engine
from bot.engine.names_holding import word_of_names
from bot.language.asking import words

DEPT = "枫林县水务局"
UNITS = [Unit(DEPT, "913.00 913.00", [
    Item("河道综合治理专项资金", "386.00 386.00", "开展枫溪河道清淤、护岸和生态修复。",
         [("11", "河道清淤长度", "≥12公里", "≥12公里"), ("11", "护岸修复长度", "≥3公里", "≥3公里"),
          ("12", "工程验收合格率", "100%", "100%"), ("31", "沿河群众满意度", "≥90%", "≥90%")]),
    Item("河道治理船只购置补助", "42.00 42.00", "购置河道保洁船只。",
         [("11", "购置保洁船只数量", "6艘", "6艘"), ("31", "保洁人员满意度", "≥85%", "≥85%")]),
    Item("美丽庭院示范户创建奖补资金", "95.00 95.00", "对创建美丽庭院的示范户给予奖补。",
         [("11", "创建示范户数量", "≥200户", "≥200户"), ("21", "人均生活用水量下降", "≥3%", "≥3%"),
          ("21", "带动就业人数", "≥40人", "≥40人"), ("31", "受奖补农户满意度", "≥90%", "≥90%")]),
    Item("枫溪湖水源地保护经费", "180.00 180.00", "开展枫溪湖饮用水水源地巡查和隔离防护。",
         [("11", "水源地巡查次数", "≥48次", "≥48次"), ("12", "水质达标率", "100%", "100%")]),
    Item("小型水库除险加固专项资金", "60.00 60.00", "对小型水库开展除险加固。",
         [("11", "加固小型水库数量", "≥5座", "≥5座")]),
    Item("中型水库除险加固专项资金", "150.00 150.00", "对中型水库开展除险加固。",
         [("11", "加固中型水库数量", "≥1座", "≥1座")]),
])]

# (项目名称, 主管部门, 项目单位, 债券类型, 发行金额, 已支出金额, 支出进度（%）)
_BONDS = [
    ("枫林县人民医院门诊住院综合楼建设项目", "枫林县卫生健康局", "枫林县人民医院", "新增", 8000, 6400, 80),
    ("枫溪湖生态绿道二期工程", "枫林县交通运输局", "枫林县交通投资集团", "新增", 12000, 7200, 60),
    ("枫林县城区污水管网提质改造工程", "枫林县水务局", "枫林县水务集团", "新增", 5600, 5040, 90),
    ("枫林县农村供水保障工程", "枫林县水务局", "枫林县水务集团", "新增", 9000, 4500, 50),
    ("枫林县农产品冷链仓储中心项目", "枫林县农业农村局", "枫林县农业投资公司", "新增", 3500, 2100, 60),
    ("枫林县第二中学枫溪湖校区扩建工程", "枫林县教育局", "枫林县第二中学", "新增", 3000, 2700, 90),
    ("枫林县非遗展示馆改扩建工程", "枫林县商务粮食局", "枫林县文化馆", "新增", 2600, 1300, 50),
    ("枫林古镇游客服务中心建设项目", "枫林县商务粮食局", "枫林县文旅集团", "新增", 4100, 1230, 30),
]


def _bonds(path: Path) -> None:
    rows: list[list] = [["枫林县2025年地方政府专项债券项目情况表"],
                        [None, None, None, None, None, None, None, "单位：万元"],
                        ["序号", "项目名称", "主管部门", "项目单位", "债券情况", None, "使用情况", None],
                        [None, None, None, None, "债券类型", "发行金额", "已支出金额", "支出进度（%）"]]
    rows += [[n, *b] for n, b in enumerate(_BONDS, 1)]
    rows.append(["合计", None, None, None, None, sum(b[4] for b in _BONDS), sum(b[5] for b in _BONDS), None])
    write_workbook(path, rows, ["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3"], sheet="专项债券")


def _towns(path: Path) -> None:
    rows = [["枫林县2026年对乡镇转移支付表"], [None, None, "单位：万元"], ["乡镇", "转移支付", "上年数"],
            ["合计", 3000, 2900], ["枫溪湖镇", 1800, 1700], ["青石乡", 1200, 1200]]
    write_workbook(path, rows, ["A1:C1"], sheet="转移支付")


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    d = tmp_path_factory.mktemp("names53_tables")
    (d / f"{DEPT}_2026年_项目支出绩效目标表.txt").write_text(render(DEPT, "913.00 913.00", UNITS), encoding="utf-8")
    _bonds(d / "枫林县_2025年_地方政府专项债券项目情况表.xlsx")
    _towns(d / "枫林县_2026年_对乡镇转移支付表.xlsx")
    return engine_over(tmp_path_factory.mktemp("names53_db") / "kb.sqlite", [d])


@pytest.mark.parametrize("question", ["河道治理专项资金多少", "河道治理专项资金是多少钱"])
def test_a_name_said_with_characters_dropped_from_its_middle(engine, question) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert "河道综合治理专项资金" in a.text and "386" in a.text
    assert "42" not in a.text and "船只" not in a.text  # (河道治理…: the other project merely shares words)


def test_a_name_said_short_that_two_names_hold_alike_is_asked_back(engine) -> None:
    a = converse(engine, "水库加固专项资金多少")
    assert a.status == "clarify", a.text
    assert "小型水库除险加固专项资金" in a.text and "中型水库除险加固专项资金" in a.text


def test_a_count_of_indicators_of_a_name_said_short_and_its_follow_up_on_another_project(engine) -> None:
    a = converse(engine, "河道治理专项资金有几个指标")
    assert a.status == "answered" and "4" in a.text and "河道综合治理专项资金" in a.text, a.text
    b = converse(engine, "河道治理专项资金有几个指标", "船只购置那个呢")
    assert b.status == "answered" and "河道治理船只购置补助" in b.text and "2" in b.text, b.text
    assert "42" not in b.text  # (the count asked again, never the project's amount)


@pytest.mark.parametrize("verb", ["给了", "批了", "拨了", "核定了"])
def test_an_amount_verb_after_a_name_whose_last_character_joins_it(engine, verb) -> None:
    a = converse(engine, f"示范户创建奖补{verb}多少")
    assert a.status == "answered" and "95" in a.text, a.text


def test_names_holding_a_word_are_listed_over_every_table(engine) -> None:
    for question in ["名字里带枫溪湖的项目有哪些", "名称含枫溪湖的项目", "哪些项目名字里有枫溪湖", "带“枫溪湖”的项目有哪些",
                     "含枫溪湖字样的项目"]:
        a = converse(engine, question)
        assert a.status == "answered", (question, a.text)
        assert "枫溪湖水源地保护经费" in a.text and "枫溪湖生态绿道二期工程" in a.text, a.text
        assert "枫溪湖镇" not in a.text.replace("“枫溪湖”", "")  # (a town of the transfer table is no item named)
        assert a.text.index("专项债券项目情况表") < a.text.index("枫溪湖生态绿道二期工程")  # (under its table)
    none = converse(engine, "名字里带青龙山的项目有哪些")
    assert none.status == "unknown" and "青龙山" in none.text


def test_only_a_list_of_names_holding_a_word_is_read_so() -> None:
    assert word_of_names("名字里带枫溪湖的项目有哪些") == "枫溪湖"
    assert word_of_names("名称中含绿道字样的工程") == "绿道"
    assert word_of_names("枫溪湖水源地保护经费多少") is None
    assert word_of_names("带量采购的项目多少钱") is None


def test_a_share_per_head_of_a_department_s_total_is_not_the_total_again(engine) -> None:
    a = converse(engine, "枫林县水务局项目总额")
    assert a.status == "answered" and "913" in a.text, a.text
    for follow in ["人均呢", "每月多少"]:
        b = converse(engine, "枫林县水务局项目总额", follow)
        assert b.status == "unknown" and "913" not in b.text, (follow, b.text)


def test_the_other_rows_of_the_department_after_one_row_shown(engine) -> None:
    first = converse(engine, "污水管网发行金额多少")
    assert first.status == "answered" and "5600" in first.text, first.text
    for follow in ["水务局还有别的专项债吗", "枫林县水务局还有没有别的项目"]:
        a = converse(engine, "污水管网发行金额多少", follow)
        assert a.status == "answered", (follow, a.text)
        assert "枫林县农村供水保障工程" in a.text and "9000" in a.text, a.text
        assert "5600" not in a.text and "冷链" not in a.text and "绿道" not in a.text  # (the shown row left out)
    other = converse(engine, "污水管网发行金额多少", "交通运输局还有别的项目吗")
    assert other.status == "answered" and "枫溪湖生态绿道二期工程" in other.text and "供水" not in other.text
    none = converse(engine, "人民医院门诊住院综合楼发行金额多少", "卫生健康局还有别的吗")
    assert none.status == "answered" and "没有" in none.text and "8000" not in none.text.split("外")[-1], none.text


def test_an_owner_said_by_its_first_word_and_its_kind(engine) -> None:
    a = converse(engine, "商务局有几个专项债项目")
    assert a.status == "answered" and "2" in a.text, a.text
    assert "非遗展示馆" in a.text and "游客服务中心" in a.text and "供水" not in a.text


def test_an_ordinal_after_names_listed_is_their_item(engine) -> None:
    listed = converse(engine, "名字里带枫溪湖的项目有哪些")
    items = [line.split(". ", 1)[1].split("（")[0] for line in listed.text.splitlines() if line[:1].isdigit()]
    assert len(items) == 3 and "枫林县第二中学枫溪湖校区扩建工程" in items, listed.text
    for n, said in enumerate(["第一个", "第二个", "第三个"]):
        a = converse(engine, "名字里带枫溪湖的项目有哪些", f"{said}多少")
        assert a.status == "answered" and items[n] in a.text, (said, a.text)
        assert all(other not in a.text for other in items if other != items[n]), (said, a.text)


@pytest.mark.parametrize("follow", ["还有其他部门吗", "还有别的一般债吗", "还有别的三公经费吗", "水务局还有其他单位吗"])
def test_more_of_something_the_shown_table_is_not_is_no_list_of_its_rows(engine, follow) -> None:
    a = converse(engine, "污水管网发行金额多少", follow)
    assert a.intent != "others_of_row" and "农村供水保障工程" not in a.text, a.text


@pytest.mark.parametrize("follow", ["还有别的项目吗", "还有其他的吗", "还有别的专项债吗", "那还有没有其他专项债项目",
                                    "它还有别的工程吗"])
def test_more_rows_with_no_department_said_are_all_the_table_s_others(engine, follow) -> None:
    a = converse(engine, "污水管网发行金额多少", follow)
    assert a.status == "answered" and a.intent == "others_of_row", (follow, a.text)
    listed = a.text.split("：", 1)[1]
    for other, amount in [("枫林县农村供水保障工程", "9000"), ("枫溪湖生态绿道二期工程", "12000"),
                          ("枫林古镇游客服务中心建设项目", "4100")]:
        assert other in listed and amount in listed, (follow, a.text)
    assert "污水管网" not in listed and "5600" not in listed and "合计" not in listed, a.text


def test_a_bare_holding_word_takes_only_a_word_bounded_as_a_word() -> None:
    for verb in ["带动就业的项目有哪些", "含税的项目有哪些", "包含在预算中的项目有哪些", "带头示范的工程有哪些"]:
        assert word_of_names(verb) is None, verb
    assert word_of_names("带“枫溪湖”的项目有哪些") == "枫溪湖"
    assert word_of_names("含有「绿道」的工程") == "绿道"
    assert word_of_names("带枫溪湖字样的项目") == "枫溪湖"
    assert word_of_names("名称里包含绿道的项目有哪些") == "绿道"


def test_a_verb_beginning_with_a_holding_word_is_asked_as_at_first(engine) -> None:
    a = converse(engine, "带动就业的项目有哪些")
    assert a.status == "answered" and "美丽庭院示范户创建奖补资金" in a.text and "带动就业人数" in a.text, a.text
    assert "名称中含" not in a.text, a.text


def test_the_names_reader_s_words_are_each_written_once() -> None:
    lists = words()["names_holding"]
    assert not set(lists["which"]) & set(lists["asks"])
    # (名字 / 名称 said once, composed with where and how a name holds the word — no list of them joined)
    joined = [w for key, listed in lists.items() if key not in ("names", "heads") for w in listed
              for n in lists["names"] if n in w]
    assert not joined, joined
