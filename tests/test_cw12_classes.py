"""A qualifier of the question that nothing accounts for is never dropped so that a more general label
answers: "中标金额" is no 预算金额, "人员经费" no 经费 of a 三公 table, "年初预算数" no 全年预算数, "得分" no
评价标准 text that mentions 得分. Each class on tables generated here (names and figures of their own): the
question with the qualifier is not answered with the general figure, the same question without it is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table

from bot.engine import Engine

ROOT = Path(__file__).resolve().parent.parent


def _purchases(path: Path) -> None:
    """檀溪县文体局, 元: a 政府采购预算表 (品目, 方式, 预算金额), no 中标 column."""
    rows = [("智能黑板购置", "货物", "公开招标", 880000), ("体育场馆保洁服务", "服务", "竞争性磋商", 264000),
            ("合计", None, None, 1144000)]
    simple_table(path, "采购预算", "檀溪县文体局2025年政府采购预算表", "D2", "单位：元",
                 ["采购项目", "采购品目", "采购方式", "预算金额"], rows)


def _sangong(path: Path) -> None:
    """檀溪县水务局, 万元: a 三公经费 table by line with 预算数 and 决算数; no 人员经费 line."""
    rows = [("因公出国（境）费", 3, 1.2), ("公务接待费", 6, 4.5), ("公务用车运行维护费", 17, 15.8), ("合计", 26, 21.5)]
    simple_table(path, "三公经费", "檀溪县水务局2024年三公经费预决算对比表", "C2", "单位：万元",
                 ["项目", "2024年预算数", "2024年决算数"], rows)


def _execution(path: Path) -> None:
    """檀溪县人社局, 万元: projects' 全年预算数 and 全年执行数 (no 年初预算 column)."""
    rows = [("技能培训补贴", 432, 401), ("创业扶持补助", 210, 198), ("合计", 642, 599)]
    simple_table(path, "执行", "檀溪县人力资源和社会保障局2024年项目预算执行情况表", "C2", "单位：万元",
                 ["项目", "全年预算数", "全年执行数"], rows)


def _indicators(path: Path) -> None:
    """檀溪县教育局: indicators with 指标权重 and a 评价标准 text that mentions 得分 (no 得分 column)."""
    rows = [("培训合格人数", "1260人", 12, "达到目标得满分，未达到按比例得分"),
            ("培训对象满意度", "93%", 8, "不低于90%得满分，每低1个百分点扣1分")]
    simple_table(path, "指标", "檀溪县教育局2024年培训项目指标完成情况表", "D2", "",
                 ["指标名称", "全年完成值", "指标权重", "评价标准"], rows)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:

    d = tmp_path_factory.mktemp("cw12_tables")
    _purchases(d / "caigou.xlsx")
    _sangong(d / "sangong.xlsx")
    _execution(d / "zhixing.xlsx")
    _indicators(d / "zhibiao.xlsx")
    return engine_over(tmp_path_factory.mktemp("cw12_db") / "kb.sqlite", [d])


def _figure(figure: str, text: str) -> bool:
    """The figure as a number of its own in the text ("6" is not inside 26 or 1260)."""
    return re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d.])", text) is not None


def _not_with(engine: Engine, question: str, figure: str) -> None:
    a = _ask(engine, question)
    assert not (a.status == "answered" and figure in a.text), (question, a.status, a.text)


def test_a_qualifier_half_eaten_by_the_fillers_is_not_dropped(engine):
    # 中 of 中标 is no filler (as of 表中): the budget is not what was awarded
    _not_with(engine, "智能黑板中标金额多少", "880000")
    a = _ask(engine, "智能黑板预算金额多少")
    assert a.status == "answered" and "880000" in a.text, a.text


def test_a_kind_of_spending_the_table_has_no_line_for_is_not_its_total(engine):
    # 人 of 人员 is no filler either: 人员经费 is not the 三公 table's 合计
    _not_with(engine, "檀溪水务局人员经费多少", "26")
    a = _ask(engine, "檀溪水务局公务接待费预算数多少")
    assert a.status == "answered" and _figure("6", a.text.splitlines()[0]) and not _figure("26", a.text), a.text


def test_a_budget_of_another_moment_is_not_the_whole_years(engine):
    _not_with(engine, "檀溪人社局技能培训补贴年初预算数", "432")
    a = _ask(engine, "檀溪人社局技能培训补贴全年预算数")
    assert a.status == "answered" and "432" in a.text, a.text


def test_a_field_asked_is_not_a_text_that_mentions_it(engine):
    # 得分 is a field no column holds; the 评价标准 that says "…按比例得分" is not it
    a = _ask(engine, "檀溪教育局培训合格人数得分呢")
    assert not (a.status == "answered" and "评价标准" in a.text), a.text
    a = _ask(engine, "檀溪教育局培训合格人数指标权重")
    assert a.status == "answered" and _figure("12", a.text) and "1260" not in a.text, a.text


def test_a_word_beside_a_departments_name_is_part_of_it(engine):
    # "水务局" said with its county: no qualifier left over
    a = _ask(engine, "檀溪县水务局公务接待费决算数")
    assert a.status == "answered" and "4.5" in a.text, a.text


def _rows_table(path: Path) -> None:
    """檀溪县审计局: indicators under 一级/二级指标 (no 二级单位), and a purchase with its 采购方式 (no month)."""
    rows = [("产出指标", "数量指标", "审计项目数", "40个"), ("产出指标", "质量指标", "整改落实率", "95%"),
            ("效益指标", "社会效益指标", "挽回损失金额", "300万元")]
    simple_table(path, "指标", "檀溪县审计局2025年部门整体绩效指标表", "D2", "",
                 ["一级指标", "二级指标", "三级指标", "指标值"], rows)


@pytest.fixture(scope="module")
def rows_engine(tmp_path_factory) -> Engine:

    d = tmp_path_factory.mktemp("cw12_rows")
    _rows_table(d / "zhibiao.xlsx")
    _purchases(d / "caigou.xlsx")
    return engine_over(tmp_path_factory.mktemp("cw12_rows_db") / "kb.sqlite", [d])


def test_rows_of_another_kind_than_the_label_said_in_part(rows_engine):
    # "二级单位" is not 二级指标 said in part: its count is not the indicators'
    a = _ask(rows_engine, "檀溪审计局下属二级单位几个")
    assert not (a.status == "answered" and "3" in a.text.splitlines()[0]), a.text
    a = _ask(rows_engine, "檀溪审计局二级指标有哪些")
    assert a.status == "answered" and "社会效益指标" in a.text, a.text


def test_a_time_asked_is_not_another_column_of_the_row(rows_engine):
    a = _ask(rows_engine, "智能黑板购置哪个月采购")
    assert a.status != "answered", a.text
    a = _ask(rows_engine, "智能黑板购置采购方式")
    assert a.status == "answered" and "公开招标" in a.text, a.text


def test_how_a_project_is_done_is_not_its_amount(seed_engine):
    from bot.store import queries

    kb = seed_engine.kb
    for row in queries.projects(kb.conn, sorted(kb.projects)[:6]):
        name, amount = row["name"], f"{row['total']:.2f}"
        a = seed_engine.ask(f"{name}咋申请", record=False)
        assert not (a.status == "answered" and amount in a.text), a.text
        a = seed_engine.ask(f"{name}多少", record=False)
        assert a.status == "answered" and amount in a.text, a.text


def test_a_part_inside_a_project_is_not_another_departments_project(multi_engine):
    from bot.store import queries

    kb = multi_engine.kb
    rows = queries.projects(kb.conn, sorted(kb.projects))
    by_doc: dict[int, list[dict]] = {}
    for r in rows:
        by_doc.setdefault(r["document_id"], []).append(r)
    (a_doc, a_rows), (_, b_rows) = list(by_doc.items())[:2]
    for whole, part in zip(a_rows[:3], b_rows[:3], strict=False):
        a = multi_engine.ask(f"{whole['name']}里{part['name']}多少", record=False)
        assert not (a.status == "answered" and f"{part['total']:.2f}" in a.text), a.text


@pytest.mark.parametrize("category", ["满意度指标", "效益指标", "产出指标"])
def test_a_count_asked_with_its_list_lists_them(seed_engine, category):
    # "有几个 列下": the list asked with the count is not dropped; it says the same count
    import re

    count = seed_engine.ask(f"{category}有几个", record=False)
    n = int(re.search(r"(\d+) 个", count.text).group(1))
    for asked in (f"{category}有几个 列下", f"{category}有几个都是啥"):
        a = seed_engine.ask(asked, record=False)
        assert a.status == "answered" and f"（{n} 个）" in a.text, a.text
        assert re.search(rf"^\s*{n}\. ", a.text, re.M) and not re.search(rf"^\s*{n + 1}\. ", a.text, re.M), a.text


def test_units_counted_are_the_rows_not_their_kinds(tmp_path):
    # "几个单位" of a table with 单位名称 and 单位类别: the units (4), not their kinds (2)
    from bot.store.build import load_paths

    rows = [(1, "行政单位", "檀溪县林业局机关", 12), (2, "事业单位", "檀溪县林业站", 8), (3, "事业单位", "檀溪县苗圃", 5),
            (4, "事业单位", "檀溪县森林防火中心", 6), ("合计", None, None, 31)]
    simple_table(tmp_path / "bianzhi.xlsx", "编制", "檀溪县林业局2025年人员编制统计表", "D2", "单位：人",
                 ["序号", "单位类别", "单位名称", "核定编制数"], rows)
    db = tmp_path / "kb.sqlite"
    load_paths(db, [tmp_path / "bianzhi.xlsx"])
    engine = Engine(db, ROOT / "knowledge" / "vocabulary.toml")
    a = _ask(engine, "檀溪林业局统计表一共几个单位")
    units = [r[2] for r in rows if r[2]]
    assert a.status == "answered" and f"{len(units)} 个" in a.text and all(u in a.text for u in units), a.text


def test_a_subjects_code_then_the_kind_of_row_it_numbers(tmp_path):
    # "214科目": 科目 after a code names the kind of row, no other label the code goes on to
    from bot.store.build import load_paths

    rows = [("214交通运输支出", 1000, 1150), ("21401公路水路运输", 800, 900), ("合计", 1000, 1150)]
    simple_table(tmp_path / "shouzhi.xlsx", "支出", "檀溪县交通运输局2025年支出预算表", "C2", "单位：万元",
                 ["功能分类", "上年预算数", "本年预算数"], rows)
    load_paths(tmp_path / "kb.sqlite", [tmp_path / "shouzhi.xlsx"])
    engine = Engine(tmp_path / "kb.sqlite", ROOT / "knowledge" / "vocabulary.toml")
    a = _ask(engine, "檀溪县交通运输局214科目本年预算多少")
    assert a.status == "answered" and _figure(str(rows[0][2]), a.text), a.text
