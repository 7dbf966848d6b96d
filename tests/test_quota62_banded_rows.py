"""Round 62: a table whose rows are a group merged down several rows and a band within it (a 公用经费定额表: 单位类别
merged down, 档次 / 人数区间 or a class or a school kind within it; cost columns + 合计 per head under a two-row header;
numbered 说明 rules on rows of their own under the table).

Over a fictional 青溪县 table made here (six groups, sixteen rows, other figures than any published one):
- a row said by its group and band in people's words (十六到三十人, 61人以上, 15人以下, 一百人以上, 参公单位, 一类街道,
  离休人员, 托儿所) answers the column asked — never another column's cell — and the total when none is said;
- the highest / lowest row of a column (within the serving groups), the rows counted, two rows apart, a per-head rate
  for a count of people (arithmetic shown);
- a rule printed under the table, asked in other words, answered with its sentence;
- follow-ups by band, by column, by group + band; a band its group does not print is said not held, with its bands.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over

_COLUMNS = ("办公费", "水电费", "邮电费", "差旅费", "会议费", "工会经费")
_ROWS = (  # group, band, the six figures (合计 is their sum)
    ("机关单位", "15人及以下", (2100, 1500, 700, 3100, 650, 1450)),
    (None, "16—30人", (1900, 1400, 660, 2900, 600, 1450)),
    (None, "31—60人", (1700, 1300, 610, 2700, 560, 1450)),
    (None, "61人及以上", (1550, 1180, 570, 2500, 520, 1450)),
    ("参照公务员法管理事业单位", "15人及以下", (2000, 1450, 680, 2950, 610, 1450)),
    (None, "16人及以上", (1800, 1350, 640, 2750, 570, 1450)),
    ("全额拨款事业单位", "20人及以下", (1750, 1420, 650, 2400, 500, 1350)),
    (None, "21—100人", (1600, 1320, 600, 2200, 470, 1350)),
    (None, "101人及以上", (1450, 1220, 560, 2000, 430, 1350)),
    ("街道办事处", "一类（常住人口8万以上）", (2250, 1750, 820, 3300, 700, 1450)),
    (None, "二类（常住人口8万以下）", (2080, 1620, 760, 3050, 660, 1450)),
    ("学校（含托儿所）", "小学（按教职工）", (1250, 1550, 410, 1150, 300, 1350)),
    (None, "托儿所（按教职工）", (1150, 1450, 390, 1050, 280, 1350)),
    ("离退休人员", "离休人员", (780, 290, 190, 580, "—", 290)),
    (None, "退休人员（机关）", (290, 140, 95, 190, "—", 290)),
    (None, "退休人员（事业）", (240, 115, 75, 140, "—", 290)),
)
_NOTES = ("说明：1.本表标准按单位实有在职人数核定，单位：元/人·年。",
          "2.定额不含公务用车运行维护费和物业管理费，另行核定。",
          "3.全额拨款事业单位按定额标准的80%由财政安排。",
          "4.人数档次以上年12月末实有人数为准，不累进计算。")


def _total(figures: tuple) -> int:
    return sum(f for f in figures if isinstance(f, int))


def _workbook(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "定额标准"
    width = 3 + len(_COLUMNS) + 1
    ws.append(["青溪县2025年机关事业单位公用经费定额表"] + [None] * (width - 1))
    ws.append([None] * (width - 1) + ["单位：元/人·年"])
    ws.append(["序号", "单位类别", "档次", "定额标准（元/人·年）"] + [None] * (width - 4))
    ws.append([None, None, None, *_COLUMNS, "合计"])
    for i, (group, band, figures) in enumerate(_ROWS, start=1):
        ws.append([i, group, band, *figures, _total(figures)])
    for note in _NOTES:
        ws.append([note] + [None] * (width - 1))
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    for c in (1, 2, 3):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=4, end_row=3, end_column=width)
    first = 5
    for i, (group, _, _) in enumerate(_ROWS):
        if group is None:
            continue
        last = next((j for j in range(i + 1, len(_ROWS)) if _ROWS[j][0] is not None), len(_ROWS)) - 1
        if last > i:
            ws.merge_cells(start_row=first + i, start_column=2, end_row=first + last, end_column=2)
    for k in range(len(_NOTES)):
        r = first + len(_ROWS) + k
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
    wb.save(path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("quota62")
    tables = folder / "tables"
    tables.mkdir()
    _workbook(tables / "青溪县_2025年_机关事业单位公用经费定额表.xlsx")
    return engine_over(folder / "kb.sqlite", [tables])


@pytest.mark.parametrize(("question", "shown", "not_shown"), [
    ("青溪机关单位十六到三十人的差旅费标准", "2900", ("3100", "2700")),
    ("公用经费定额 机关单位16-30人 合计多少", "8910", ("1450", "9500")),  # (never the 工会经费 cell)
    ("机关单位61人以上的定额合计每人每年多少", "7770", ("8960",)),
    ("机关单位15人以下的办公费", "2100", ("1900",)),
    ("参公单位15人及以下的定额合计", "9140", ("9500",)),
    ("全额事业单位一百零一人以上合计定额", "7010", ("7540",)),
    ("一类街道的公用经费定额合计", "10270", ("9620",)),
    ("离休人员公用经费定额合计", "2130", ("1005",)),
    ("托儿所的定额合计", "5670", ("5960",)),
])
def test_row_by_group_and_band(engine: Engine, question: str, shown: str, not_shown: tuple[str, ...]) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert shown in a.text and not any(x in a.text for x in not_shown), a.text
    assert "定额标准" in a.text and "第" in a.text, a.text  # (the sheet and row cited)


def test_highest_and_lowest_rows(engine: Engine) -> None:
    high = converse(engine, "哪个档次的公用经费定额合计最高")
    assert high.status == "answered" and "一类" in high.text and "10270" in high.text, high.text
    low = converse(engine, "公用经费定额合计最低的是哪个")
    assert low.status == "answered" and "退休人员（事业）" in low.text and "860" in low.text, low.text
    serving = converse(engine, "在职单位里定额合计最低的是哪一档")
    assert serving.status == "answered", serving.text
    assert "托儿所" in serving.text and "5670" in serving.text and "860" not in serving.text, serving.text


def test_rows_counted(engine: Engine) -> None:
    a = converse(engine, "公用经费定额表一共多少行数据")
    assert a.status == "answered" and "16" in a.text, a.text


@pytest.mark.parametrize(("question", "diff"), [
    ("机关单位15人以下比61人以上每人多多少", "1730"),  # 9500 − 7770
    ("一类街道和二类街道定额合计相差多少", "650"),  # 10270 − 9620
])
def test_two_rows_apart(engine: Engine, question: str, diff: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert f"= {diff}" in a.text, a.text


def test_rate_times_people(engine: Engine) -> None:
    a = converse(engine, "一个25人的机关单位一年公用经费定额总共多少")
    assert a.status == "answered", a.text
    assert "8910" in a.text and "× 25" in a.text and "222750" in a.text, a.text


@pytest.mark.parametrize(("question", "rule"), [
    ("公用经费定额里含不含车辆运行费", "不含公务用车运行维护费"),
    ("全额拨款事业单位财政安排比例是多少", "80%"),
    ("人数档次按什么时候的人数算", "上年12月末实有人数"),
])
def test_rule_under_the_table(engine: Engine, question: str, rule: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert rule in a.text, a.text


@pytest.mark.parametrize(("turns", "shown", "not_shown"), [
    (("机关单位16-30人的公用经费定额合计", "那31到60人呢"), "8320", "8910"),
    (("小学的公用经费定额合计", "那托儿所呢"), "5670", "6010"),
    (("参公单位16人以上的水电费", "邮电费呢"), "640", "1350"),
    (("机关单位31到60人的定额合计", "那参公单位16人以上的呢"), "8560", "8320"),
    (("一类街道的定额合计", "比二类多多少"), "= 650", "相差 -"),
])
def test_followups(engine: Engine, turns: tuple[str, ...], shown: str, not_shown: str) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered", a.text
    assert shown in a.text and not_shown not in a.text, a.text


@pytest.mark.parametrize(("turns", "band"), [
    (("全额拨款事业单位21-100人的定额合计", "那5人以下的呢"), "20人及以下"),
    (("一类街道公用经费定额合计", "那三类街道呢"), "二类"),
])
def test_band_not_printed_is_not_a_neighbours(engine: Engine, turns: tuple[str, ...], band: str) -> None:
    a = converse(engine, *turns)
    assert a.status == "unknown", a.text
    assert band in a.text, a.text  # (the bands the group has, said)
    assert not any(str(_total(f)) in a.text for _, _, f in _ROWS), a.text


def test_column_not_printed_is_not_the_total(engine: Engine) -> None:
    a = converse(engine, "机关单位15人以下的培训费定额多少")
    assert a.status == "unknown", a.text
    assert "9500" not in a.text and "2100" not in a.text and "会议费" in a.text, a.text  # (the columns it has)


def test_column_not_printed_in_a_followup(engine: Engine) -> None:
    a = converse(engine, "全额拨款事业单位21-100人的办公费", "那培训费呢")
    assert a.status == "unknown", a.text
    assert "1600" not in a.text and "7540" not in a.text and "会议费" in a.text, a.text  # (the columns it has)


def test_dash_printed_is_no_figure(engine: Engine) -> None:
    a = converse(engine, "离休人员的会议费定额")
    assert a.status == "unknown", a.text
    assert "—" in a.text and "2130" not in a.text, a.text


def test_group_said_by_its_opening_words(engine: Engine) -> None:
    a = converse(engine, "机关单位31-60人的水电费", "那全额拨款21-100人的呢")
    assert a.status == "answered", a.text
    assert "1320" in a.text and "7540" not in a.text, a.text


def test_units_under_departments_are_no_bands() -> None:
    """A department's units merged under it (each its own name, a 小计 line) are no bands: left to the general reading
    (its rankings are of departments, never of one unit)."""
    from bot.answer.facts.banded_rows import Row, Table, _banded, _Words

    w = _Words(people=("人",), below=("及以下",), above=("及以上",), through=("—",), class_word=("类",),
               totals=("合计", "小计"))
    units = [("甲局", "甲局本级"), ("甲局", "甲局执法队"), ("甲局", "小计"), ("乙局", "乙局本级"), ("乙局", "乙局中心"),
             ("丙局", "丙局本级"), ("丙局", "丙局站")]
    table = Table(1, "部门支出预算表", 2026, tuple(Row(g, b, i, {}) for i, (g, b) in enumerate(units)),
                  ("甲局", "乙局", "丙局"), ("合计",), "合计", "万元", "部门单位")
    assert not _banded(table, w)
    bands = [("甲类单位", "10人及以下"), ("甲类单位", "11—20人"), ("乙类单位", "10人及以下"), ("乙类单位", "11人及以上"),
             ("街道", "一类"), ("街道", "二类"), ("离退休人员", "离休人员")]
    table = Table(1, "定额表", 2026, tuple(Row(g, b, i, {}) for i, (g, b) in enumerate(bands)),
                  ("甲类单位", "乙类单位", "街道", "离退休人员"), ("合计",), "合计", "元", "类别档次")
    assert _banded(table, w)


# --- next to other tables -------------------------------------------------------------------------------------

_DEPARTMENTS = (  # a department-blocks table of the same county: department, its lines (code, name, 合计)
    ("青溪县医疗保障局", (("2101101", "行政单位医疗", 41.5), ("2101501", "行政运行", 377.2))),
    ("青溪县卫生健康局", (("2101101", "行政单位医疗", 58.3), ("2101102", "事业单位医疗", 96.4),
                      ("2101501", "行政运行", 512.6))),
    ("青溪县司法局", (("2101101", "行政单位医疗", 12.8), ("2040101", "行政运行", 233.1), ("30216", "培训费", 3.2))),
)


def _department_blocks(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "财政拨款支出"
    ws.append(["青溪县2025年部门财政拨款支出预算表", None, None, None, None])
    ws.append(["编制单位：青溪县财政局", None, None, None, "单位：万元"])
    ws.append(["科目编码", "科目名称", "合计", "基本支出", "项目支出"])
    whole = sum(x for _, lines in _DEPARTMENTS for _, _, x in lines)
    ws.append([None, "合计", round(whole, 2), round(whole, 2), None])
    for department, lines in _DEPARTMENTS:
        ws.append([f"部门：{department}", None, None, None, None])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=5)
        for code, name, figure in lines:
            ws.append([code, name, figure, figure, None])
    ws.merge_cells("A1:E1")
    wb.save(path)


@pytest.fixture(scope="module")
def beside(tmp_path_factory) -> Engine:
    """The banded table in a knowledge base next to a department-blocks table and a project target table."""
    import shutil

    folder = tmp_path_factory.mktemp("quota62b")
    tables = folder / "tables"
    tables.mkdir()
    _workbook(tables / "青溪县_2025年_机关事业单位公用经费定额表.xlsx")
    _department_blocks(tables / "青溪县_2025年_部门财政拨款支出预算表.xlsx")
    shutil.copy(Path(__file__).parent / "data" / "education_bureau.txt", tables / "education_bureau.txt")
    return engine_over(folder / "kb.sqlite", [tables])


@pytest.mark.parametrize("question", [
    "哪个部门行政单位医疗最多",
    "事业单位医疗最多的是哪个部门",
    "事业单位里哪个部门差旅费最多",
    "机关单位行政单位医疗多少",
])
def test_other_tables_questions_are_not_the_banded_tables(beside: Engine, question: str) -> None:
    a = converse(beside, question)
    assert not a.debug.get("banded"), a.text
    assert not any(str(_total(f)) in a.text for _, _, f in _ROWS), a.text  # (never a row of the banded table)


def test_departments_ranked_beside_a_banded_table(beside: Engine) -> None:
    a = converse(beside, "哪个部门行政单位医疗最多")
    assert a.status == "answered" and "卫生健康局" in a.text and "58.3" in a.text, a.text


@pytest.mark.parametrize(("question", "shown"), [
    ("机关单位15人以下的办公费", "2100"),
    ("哪个档次的公用经费定额合计最高", "10270"),
    ("在职单位里定额合计最低的是哪一档", "5670"),
    ("离休人员公用经费定额合计", "2130"),
])
def test_banded_questions_beside_other_tables(beside: Engine, question: str, shown: str) -> None:
    a = converse(beside, question)
    assert a.status == "answered" and a.debug.get("banded"), a.text
    assert shown in a.text, a.text


def test_unrelated_followups_leave_the_banded_table(beside: Engine) -> None:
    project = converse(beside, "机关单位16-30人的办公费", "那法律顾问经费呢")
    assert not project.debug.get("banded") and "表中没有这一列" not in project.text, project.text
    assert project.status == "answered" and "18" in project.text, project.text
    line = converse(beside, "机关单位16-30人的办公费", "那医保局的行政运行呢")
    assert not line.debug.get("banded"), line.text
    assert line.status == "answered" and "377.2" in line.text, line.text
    band = converse(beside, "机关单位16-30人的办公费", "那31到60人呢")  # (its own follow-up still its)
    assert band.status == "answered" and "1700" in band.text, band.text


@pytest.mark.parametrize(("question", "said"), [
    ("机关单位15人以下比61人以上少多少", "不是少，而是多 1730"),  # (9500 − 7770: the premise turned)
    ("机关单位61人以上比15人以下多多少", "不是多，而是少 1730"),
    ("机关单位61人以上比15人以下少多少", "相差 1730"),
])
def test_difference_asked_the_other_way(engine: Engine, question: str, said: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered", a.text
    assert said in a.text and "-1730" not in a.text, a.text


def test_tables_read_again_after_a_vocabulary_edit_and_dropped_with_the_index(tmp_path: Path) -> None:
    import gc
    import time
    import weakref

    from bot.answer.facts import banded_rows
    from bot.answer.facts.index import index_for

    tables = tmp_path / "tables"
    tables.mkdir()
    _workbook(tables / "青溪县_2025年_机关事业单位公用经费定额表.xlsx")
    from bot.store.build import load_paths

    load_paths(tmp_path / "kb.sqlite", [tables])
    import shutil

    bundled = Path(__file__).resolve().parent.parent / "knowledge"
    for toml in bundled.glob("*.toml"):  # (the intents and the others beside the vocabulary)
        shutil.copy(toml, tmp_path / toml.name)
    vocab = tmp_path / "vocabulary.toml"
    text = vocab.read_text(encoding="utf-8")
    vocab.write_text(text, encoding="utf-8")
    engine = Engine(tmp_path / "kb.sqlite", vocab)
    idx = index_for(engine.kb)
    first = banded_rows.tables(idx)
    assert first and banded_rows.tables(idx) is first  # (read once)
    time.sleep(0.02)
    vocab.write_text(text.replace('rule_heads = ["说明", "注", "备注", "附注"]', 'rule_heads = ["附注"]'),
                     encoding="utf-8")
    again = banded_rows.tables(idx)
    assert again is not first and first[0].notes and not again[0].notes  # (the notes' heads as edited)
    kept = weakref.ref(idx)
    del idx, first, again, engine
    gc.collect()
    assert kept() is None or kept() not in banded_rows._TABLES


def test_followups_of_the_row_shown_beside_other_tables(beside: Engine) -> None:
    """A cost another table prints (培训费) asked after a row is a column of that row, said not printed; a
    department named alone is told the table is not its — never another table's figure."""
    cost = converse(beside, "全额拨款事业单位21-100人的办公费", "那培训费呢")
    assert cost.status == "unknown" and "会议费" in cost.text, cost.text
    assert "3.2" not in cost.text and "1600" not in cost.text, cost.text
    other = converse(beside, "机关单位16-30人的办公费", "那司法局的呢")
    assert other.status == "unknown" and "1900" not in other.text and "233.1" not in other.text, other.text
