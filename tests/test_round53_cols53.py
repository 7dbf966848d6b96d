"""Round 53, lane cols53: which column of a general (labelled) table a row question means.

- no column named, only the table's subject (补助 of a 补助资金分配表 whose columns are 一般性补助 › 小计 / 其中…, 专项补助,
  合计) or 合计 / 一共: the table's total column — labelled 合计 (first or last), or the column adding up its neighbours
  (分配资金) — for a row, a superlative, a bound, a sum of rows, a row left out, an ordinal and a follow-up alike; no
  total column and two columns equal: each column's ranking, never the first's alone;
- a sub-column said in parts under its group ("一般性补助里运转多少");
- 比上年 / 同上年比 of a table printing the change (比上年增减, 增幅): the rows ranked, counted and listed by it; still
  refused where no such column is printed;
- rows by the ending of their names (乡 / 镇 / 街道): added up, counted, listed, a count said checked.

Fictional tables of 梅川县, 白岭县 and 青川县 (other places, names, figures and wordings than any question set's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import converse, engine_over, write_workbook

# name, 保工资补助, 运转补助, 专项补助, 上年数 (一般性补助小计 = the two parts + 12.5 of 结算补助 not printed apart)
_TOWNS = [("桂溪街道", 420.5, 180.2, 96.4, 690.0), ("兰亭街道", 380.0, 150.5, 120.0, 700.5),
          ("石埠镇", 610.8, 260.3, 410.7, 1190.1), ("云湾镇", 650.0, 240.0, 60.0, 1012.4),
          ("青岗镇", 498.4, 205.9, 305.0, 960.8), ("柳塘镇", 470.0, 190.2, 150.3, 870.0),
          ("杏坞乡", 302.6, 120.4, 88.8, 430.1), ("竹源乡", 250.0, 95.0, 140.2, 395.5),
          ("松岙乡", 265.9, 101.7, 60.4, 352.0)]


def _allotment(path: Path) -> Path:
    """合计 column first, a merged two-row header (一般性补助 over 小计 and two 其中 parts), the change and its rate
    last, the 合计 row last."""
    rows: list[tuple] = [("梅川县2026年乡镇（街道）财力补助资金分配表",) + (None,) * 9, ("单位：万元",) + (None,) * 9,
                         ("序号", "乡镇（街道）", "合计", "一般性补助", None, None, "专项补助", "上年数", "比上年增减", "增幅（%）"),
                         (None, None, None, "小计", "其中：保工资补助", "其中：运转补助", None, None, None, None)]
    tot = [0.0] * 7
    for k, (name, pay, run, special, last) in enumerate(_TOWNS, start=1):
        general = round(pay + run + 12.5, 2)
        whole = round(general + special, 2)
        change = round(whole - last, 2)
        vals = [whole, general, pay, run, special, last, change]
        tot = [round(a + b, 2) for a, b in zip(tot, vals, strict=True)]
        rows.append((k, name, *vals, round(change / last * 100, 2)))
    rows.append((None, "合计", *tot, round(tot[6] / tot[5] * 100, 2)))
    return write_workbook(path / "梅川县_2026年_乡镇财力补助资金分配表.xlsx", rows, sheet="财力补助分配",
                          merged=["A1:J1", "A2:J2", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "H3:H4", "I3:I4", "J3:J4"])


def _competing(path: Path) -> Path:
    """Two columns of the subject (人员补助, 公用补助), no total of them, no year before."""
    rows = [("白岭县2025年乡镇运转补助安排表",) + (None,) * 3, ("单位：万元",) + (None,) * 3,
            ("乡镇", "人员补助", "公用补助", "备注"),
            ("东坝镇", 120.0, 45.5, None), ("西坪镇", 98.0, 60.2, None), ("南溪乡", 66.4, 30.0, "含村干部补助"),
            ("北岭乡", 71.8, 28.9, None)]
    return write_workbook(path / "白岭县_2025年_乡镇运转补助安排表.xlsx", rows, merged=["A1:D1", "A2:D2"], sheet="运转补助")


def _summed(path: Path) -> Path:
    """The row's total under no 合计 word: 分配资金 adds up the two columns after it."""
    rows = [("青川县2026年村级组织运转经费分配表",) + (None,) * 4, ("单位：万元",) + (None,) * 4,
            ("序号", "乡镇", "分配资金", "基本经费", "绩效经费"),
            (1, "河口镇", 88.0, 60.0, 28.0), (2, "岩前镇", 73.5, 50.5, 23.0), (3, "桥头乡", 91.2, 55.2, 36.0),
            (4, "梅岭乡", 40.3, 30.0, 10.3)]
    return write_workbook(path / "青川县_2026年_村级组织运转经费分配表.xlsx", rows, merged=["A1:E1", "A2:E2"], sheet="运转经费")


def _bonds(path: Path) -> Path:
    """Rows named by the year of their bond and more (2019年…到期再融资) beside rows of this year's projects."""
    rows = [("青川县2025年专项债券项目发行情况表",) + (None,) * 3, ("单位：万元",) + (None,) * 3,
            ("项目名称", "发行金额", "发行期限（年）", "票面利率（%）"),
            ("青川县城东污水处理厂扩建工程", 6000, 15, 2.12), ("青川县中医院门诊楼建设项目", 8000, 20, 2.31),
            ("2019年青川县棚户区改造专项债券到期再融资", 4200, 10, 1.78), ("青川县冷链仓储中心项目", 3000, 10, 1.96)]
    return write_workbook(path / "青川县_2025年_专项债券项目发行情况表.xlsx", rows, merged=["A1:D1", "A2:D2"], sheet="发行情况")


def _engine(tmp_path_factory, name: str, make):
    root = tmp_path_factory.mktemp(name)
    docs = root / "docs"
    docs.mkdir()
    make(docs)
    return engine_over(root / "kb.sqlite", [docs])


@pytest.fixture(scope="module")
def allotment(tmp_path_factory):
    return _engine(tmp_path_factory, "cols53a", _allotment)


@pytest.fixture(scope="module")
def competing(tmp_path_factory):
    return _engine(tmp_path_factory, "cols53b", _competing)


@pytest.fixture(scope="module")
def summed(tmp_path_factory):
    return _engine(tmp_path_factory, "cols53c", _summed)


@pytest.fixture(scope="module")
def bonds(tmp_path_factory):
    return _engine(tmp_path_factory, "cols53d", _bonds)


def _ask(engine, *turns: str):
    return converse(engine, *turns)


# 1. The table's total column for a row question naming only the subject, 合计, or no column.
@pytest.mark.parametrize("question", ["石埠镇补助多少", "石埠镇补助资金合计多少", "石埠镇补助一共多少", "石埠镇多少"])
def test_a_row_said_with_the_subject_is_its_total(allotment, question):
    a = _ask(allotment, question)
    assert a.status == "answered"
    assert "1294.3" in a.text and "883.6" not in a.text  # (合计, never 一般性补助小计, the first figure column)


@pytest.mark.parametrize("question, row, figure", [
    ("哪个乡镇补助最多", "石埠镇", "1294.3"), ("补助最少的乡镇", "松岙乡", "440.5"), ("哪个乡镇最多", "石埠镇", "1294.3")])
def test_the_rows_are_ranked_by_their_total(allotment, question, row, figure):
    a = _ask(allotment, question)
    assert a.status == "answered" and row in a.text and figure in a.text
    assert "云湾镇" not in a.text and "竹源乡" not in a.text  # (the first column's most and least)


def test_the_first_few_by_their_totals(allotment):
    a = _ask(allotment, "补助最多的三个乡镇")
    assert a.status == "answered" and all(t in a.text for t in ("1294.3", "1021.8", "962.5")) and "902.5" not in a.text


def test_two_rows_added_up_by_their_totals(allotment):
    a = _ask(allotment, "石埠镇和云湾镇补助加起来")
    assert a.status == "answered" and "2256.8" in a.text


def test_a_bound_is_on_the_total(allotment):
    a = _ask(allotment, "补助超过九百万的乡镇有哪些")
    assert a.status == "answered"
    assert all(t in a.text for t in ("石埠镇", "青岗镇", "云湾镇")) and "柳塘镇" not in a.text


def test_a_row_left_out_of_the_ranking(allotment):
    a = _ask(allotment, "除了石埠镇哪个镇补助最多")
    assert a.status == "answered" and "青岗镇" in a.text and "1021.8" in a.text


def test_the_whole_of_the_table(allotment):
    a = _ask(allotment, "全县补助合计多少")
    assert a.status == "answered" and "6936.7" in a.text


def test_follow_ups_keep_the_total_column(allotment):
    assert "962.5" in _ask(allotment, "石埠镇补助合计多少", "那云湾镇呢").text
    second = _ask(allotment, "哪个乡镇补助最多", "第二呢")
    assert "青岗镇" in second.text and "1021.8" in second.text


def test_a_column_said_beside_the_subject_is_that_column(allotment):
    a = _ask(allotment, "补助增幅最大的乡镇")
    assert a.status == "answered" and "竹源乡" in a.text and "25.84" in a.text


def test_the_total_found_by_its_figures(summed):
    """分配资金 is no 合计 by its name: its figures are the sum of the columns after it."""
    assert "88" in _ask(summed, "河口镇经费多少").text and "60" not in _ask(summed, "河口镇经费多少").text
    a = _ask(summed, "哪个乡镇经费最多")
    assert a.status == "answered" and "桥头乡" in a.text and "91.2" in a.text


def test_columns_standing_equal_are_each_ranked(competing):
    a = _ask(competing, "哪个乡镇补助最多")
    assert a.status == "answered"
    assert "东坝镇" in a.text and "120" in a.text and "西坪镇" in a.text and "60.2" in a.text


# 2. A sub-column said in parts under its group.
@pytest.mark.parametrize("question, figure", [("石埠镇一般性补助里运转多少", "260.3"), ("石埠镇一般性补助的运转多少", "260.3"),
                                              ("石埠镇一般性补助中工资多少", "610.8")])
def test_a_part_said_within_its_group(allotment, question, figure):
    a = _ask(allotment, question)
    assert a.status == "answered" and figure in a.text


# 3. The change since the year before, where the table prints it.
def test_the_greatest_fall_since_the_year_before(allotment):
    a = _ask(allotment, "比上年减少最多的乡镇")
    assert a.status == "answered" and "云湾镇" in a.text and "-49.9" in a.text


def test_the_rows_that_fell_counted(allotment):
    a = _ask(allotment, "比上年减少的乡镇有几个")
    assert a.status == "answered" and "3 个" in a.text
    assert all(t in a.text for t in ("兰亭街道", "云湾镇", "柳塘镇")) and "石埠镇" not in a.text


def test_the_rows_that_rose_of_one_kind(allotment):
    a = _ask(allotment, "同上年比增加的乡有哪些")
    assert a.status == "answered" and all(t in a.text for t in ("杏坞乡", "竹源乡", "松岙乡")) and "石埠镇" not in a.text


def test_the_greatest_fall_rate(allotment):
    a = _ask(allotment, "比上年降幅最大的是哪个乡镇")
    assert a.status == "answered" and "柳塘镇" in a.text and "-5.4" in a.text


def test_no_change_printed_is_still_refused(competing):
    a = _ask(competing, "比上年减少最多的乡镇")
    assert a.status != "answered"


# 4. Rows by the ending of their names.
def test_the_rows_of_a_kind_added_up(allotment):
    a = _ask(allotment, "街道的补助加起来多少")
    assert a.status == "answered" and "1372.6" in a.text and "石埠镇" not in a.text.split("不含")[0]
    b = _ask(allotment, "3个乡的补助合计多少")
    assert b.status == "answered" and "1462.5" in b.text


def test_a_count_said_that_differs_is_said(allotment):
    a = _ask(allotment, "4个乡的补助合计多少")
    assert a.status == "answered" and "1462.5" in a.text and "3 个" in a.text and "不是 4 个" in a.text


def test_the_rows_of_a_kind_counted_and_listed(allotment):
    a = _ask(allotment, "镇的有几个")
    assert a.status == "answered" and "4 个镇" in a.text
    b = _ask(allotment, "各街道补助分别多少")
    assert b.status == "answered" and "709.6" in b.text and "663" in b.text and "1294.3" not in b.text


def test_a_kind_the_table_has_no_row_of(competing):
    a = _ask(competing, "各街道补助分别多少")
    assert a.status != "answered"


# A row named by a year and more is one of the rows a ranking compares, never another year's figure left out.
def test_a_row_named_by_its_year_is_ranked_too(bonds):
    a = _ask(bonds, "票面利率最低的是哪个")
    assert a.status == "answered" and "2019年青川县棚户区改造专项债券到期再融资" in a.text and "1.78" in a.text


# 5. Funds carried over (上年结转) are this year's own money, never the year before's figure.
def _income(path: Path) -> Path:
    """Units as rows: 合计 | 上年结转 | 一般公共预算拨款 | 事业收入 (合计 adds up the three), no year before printed."""
    rows: list[tuple] = [("梅林县教育局2026年部门收入预算总表",) + (None,) * 4, ("单位：万元",) + (None,) * 4,
                         ("单位名称", "合计", "上年结转", "一般公共预算拨款", "事业收入")]
    units = [("梅林县第一中学", 10.0, 700.0, 90.0), ("梅林县实验小学", 25.0, 410.0, 35.0),
             ("梅林县职业中专", 0.0, 520.0, 160.0), ("梅林县青少年活动中心", 4.5, 96.0, 0.0)]
    rows += [(u, round(a + b + c, 2), a, b, c) for u, a, b, c in units]
    return write_workbook(path / "梅林县教育局_2026年_部门收入预算总表.xlsx", rows, merged=["A1:E1", "A2:E2"], sheet="收入总表")


def _income_with_last_year(path: Path) -> Path:
    """收入总额 (no 合计 word) adds up 上年结转 and the two incomes after it; 上年预算数 is the year before."""
    rows: list[tuple] = [("梅林县卫健局2026年部门收入预算表",) + (None,) * 5, ("单位：万元",) + (None,) * 5,
                         ("单位名称", "收入总额", "上年结转", "财政拨款", "事业收入", "上年预算数")]
    units = [("梅林县人民医院", 30.0, 900.0, 400.0, 1250.0), ("梅林县中医院", 12.0, 610.0, 180.0, 840.0),
             ("梅林县疾控中心", 6.5, 320.0, 0.0, 301.0), ("梅林县妇幼保健院", 0.0, 260.0, 75.0, 352.4)]
    rows += [(u, round(a + b + c, 2), a, b, c, last) for u, a, b, c, last in units]
    return write_workbook(path / "梅林县卫健局_2026年_部门收入预算表.xlsx", rows, merged=["A1:F1", "A2:F2"], sheet="收入预算")


@pytest.fixture(scope="module")
def incomes(tmp_path_factory):
    root = tmp_path_factory.mktemp("cols53e")
    docs = root / "docs"
    docs.mkdir()
    _income(docs)
    _income_with_last_year(docs)
    return engine_over(root / "kb.sqlite", [docs])


def _table_of(engine, form_word: str):
    from bot.answer.facts.entities import entity_table
    from bot.answer.facts.index import index_for

    idx = index_for(engine.kb)
    doc = next(d for d, x in idx.docs.items() if form_word in (x.form or "") + str(engine.kb.documents[d]["form"] or ""))
    return idx, doc, entity_table(idx, doc)


def test_carried_over_funds_are_own_money():
    from bot.answer.facts.record_columns import EARLIER
    from bot.answer.facts.whole_column import own_amount

    assert own_amount("上年结转") and own_amount("上年结余") and own_amount("一般公共预算拨款")
    assert not own_amount("上年预算数") and not own_amount("较上年增减") and not own_amount("增减率（%）")
    assert EARLIER.match("上年预算数") and EARLIER.match("去年执行数")
    assert not EARLIER.match("上年结转") and not EARLIER.match("上年结余")


def test_carried_over_is_no_year_before_of_a_change(incomes):
    from bot.answer.facts.year_change import _changes

    idx, _, table = _table_of(incomes, "收入预算总表")
    assert table is not None
    assert _changes(idx, table, False) == []  # (never 合计 − 上年结转 as a change since last year)


def test_the_change_is_against_the_year_before_beside_carried_over(incomes):
    from bot.answer.facts.whole_column import whole_column
    from bot.answer.facts.year_change import _changes

    idx, doc, table = _table_of(incomes, "部门收入预算表")
    assert table is not None
    assert whole_column(idx, doc, "收入预算").endswith("收入总额")  # (its parts include 上年结转)
    changes = {c.name: c.number for c in _changes(idx, table, False)}
    assert changes and abs(changes["梅林县人民医院"] - 80.0) < 1e-6 and abs(changes["梅林县中医院"] + 38.0) < 1e-6


# 6. The change since the year before read by the same words for a table of places as for a table of records.
def test_the_short_word_of_a_fall_ranks_places_too(allotment):
    a = _ask(allotment, "比上年少的乡镇有几个")
    assert a.status == "answered" and "3 个" in a.text
    assert all(t in a.text for t in ("兰亭街道", "云湾镇", "柳塘镇")) and "石埠镇" not in a.text


# 7. A town said anywhere in the question, as the rows' names print it.
def _town_projects(path: Path) -> Path:
    rows = [("青川县2025年专项债券项目资金安排表",) + (None,) * 3, ("单位：万元",) + (None,) * 3,
            ("项目名称", "主管部门", "发行金额", "已支出金额"),
            ("青川县河口镇污水管网改造工程", "县住建局", 3200, 1500), ("青川县河口镇中心幼儿园新建工程", "县住建局", 2100, 900),
            ("青川县岩前镇农贸市场改造项目", "县住建局", 1800, 1800), ("青川县统筹城乡供水一体化工程", "县水利局", 5200, 2600),
            ("青川县乡村振兴示范带建设项目", "县农业农村局", 2600, 1200), ("青川县高标准农田建设项目", "县农业农村局", 1500, 700)]
    return write_workbook(path / "青川县_2025年_专项债券项目资金安排表.xlsx", rows, merged=["A1:D1", "A2:D2"], sheet="资金安排")


@pytest.fixture(scope="module")
def town_projects(tmp_path_factory):
    return _engine(tmp_path_factory, "cols53f", _town_projects)


@pytest.mark.parametrize("question", ["河口镇的专项债项目有哪些", "请问河口镇的专项债项目有哪些"])
def test_a_town_said_after_other_words(town_projects, question):
    from bot.answer.facts import groups
    from bot.answer.facts.index import index_for

    idx = index_for(town_projects.kb)
    tables = [t for d in idx.docs for t in groups.tables_of(idx, d)]
    said = groups._place_in_names(idx, tables, question)
    assert len(said) == 1 and said[0].value == "河口镇"
    assert sorted(r.name for r in said[0].rows) == ["青川县河口镇中心幼儿园新建工程", "青川县河口镇污水管网改造工程"]


def test_town_words_inside_names_are_no_towns(town_projects):
    from bot.answer.facts import groups
    from bot.answer.facts.index import index_for

    idx = index_for(town_projects.kb)
    assert groups._town_spans(idx, "统筹城乡和乡村振兴的项目") == []
    assert groups._town_spans(idx, "请问岩前镇的") == [(4, 5)]



@pytest.mark.parametrize("question", ["请问河口镇的专项债项目有哪些", "麻烦问下河口镇的专项债项目是哪个"])
def test_a_town_said_after_asking_words_lists_its_rows(town_projects, question):
    a = _ask(town_projects, question)
    assert a.status == "answered" and "2 项" in a.text
    assert "污水管网" in a.text and "幼儿园" in a.text and "岩前镇" not in a.text


def test_a_town_after_words_that_ask_nothing_else_is_not_taken_as_said(town_projects):
    a = _ask(town_projects, "县里河口镇的专项债项目有哪些")
    assert "5300" not in a.text  # (县里 is no word of asking: the rows are not summed as if it were)


# 8. A large file's later sheet is read whole: its total column is found however many facts come before it.
def _large_file(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    big = wb.active
    big.title = "项目明细"
    big.append(["梅林县2026年项目支出明细表"] + [None] * 10)
    big.append(["项目名称"] + [f"第{k}季度" for k in range(1, 11)])
    for n in range(1, 651):
        big.append([f"梅林县第{n}号道路养护项目"] + [float(n + k) for k in range(10)])
    small = wb.create_sheet("分配表")
    small.append(["梅林县2026年村级补助分配表", None, None, None])
    small.append(["乡镇", "分配资金", "基本经费", "绩效经费"])
    for town, a, b in [("溪口镇", 61.0, 20.5), ("石门镇", 48.0, 12.0), ("清泉乡", 39.5, 18.0), ("桃源乡", 30.0, 9.5)]:
        small.append([town, a + b, a, b])
    out = path / "梅林县_2026年_项目支出明细表.xlsx"
    wb.save(out)
    return out


def test_the_total_column_of_a_sheet_after_many_facts(tmp_path):
    from bot.answer.facts.index import index_for
    from bot.answer.facts.whole_column import whole_column

    docs = tmp_path / "docs"
    docs.mkdir()
    _large_file(docs)
    engine = engine_over(tmp_path / "kb.sqlite", [docs])
    idx = index_for(engine.kb)
    doc = next(d for d, x in idx.docs.items() if len(x.facts) > 6000)
    assert whole_column(idx, doc, "分配表") == "分配资金"
