"""Round 55: project plan tables whose rows are projects with places and text cells (a 巩固衔接补助资金项目计划表:
项目名称, 项目类别, 建设地点 乡镇（街道）/村, 建设内容及规模, 资金规模 合计/中央/省级/县级, 受益对象, 绩效目标, 项目实施单位,
a 合计 row), over tests/data/plan55 (fictional: 青禾县, built by make_plan.py, beside a revenue table of the county):
- a place said with a word that none of its rows is, nor a column of the table (税收收入 of the revenue table, a
  project no row of the town names): not in the table, the town's rows listed — never one of them as the answer;
- a place said with words of one of its rows' names: that row's cell asked (绩效目标, 实施单位), not the town's list;
- the table's title words said with a column: the 合计 row's cell of that column, even where some row leaves it
  blank (the 项目管理费 row that shares the title's words is no answer);
- a village a 村 cell lists (石门村、溪口村): its row, and the town of its row ("X村是哪个乡的");
- follow-ups after a plan row: 谁负责实施 (its 实施单位), a count its text prints (培训几期 of "培训16期"), "这两个加起来"
  after a town's two rows listed; a row's money said in everyday words (项目资金) that another table's label holds
  loosely (项目资金来源 of an application form): the row's 合计, and its 中央资金 next;
- which town (乡镇, a column 建设地点 › 乡镇（街道）) has most money or most projects: the towns added up or counted
  (全县 no town; towns tied both named), never the largest row in their place — and never the towns where the 乡 said
  goes on a name (哪个乡村振兴项目…, of the same plan titled 乡村振兴: the project asked);
- a count its text prints in another measure word (640人次 asked 多少人) is no count of that word."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from bot.engine import Engine
from tests.conftest import converse, engine_over

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_over(tmp_path_factory.mktemp("plan55") / "kb.sqlite", [DATA / "plan55"])


@pytest.mark.parametrize("question, wrong", [
    ("白岭镇的税收收入多少", ["43600", "41200"]),
    ("石桥乡光伏项目多少钱", ["160万元", "64万元"]),
    ("白岭镇冷库项目多少钱", ["120万元", "90万元"]),
    ("白岭镇的一般公共预算收入", ["52900", "51000"]),
    ("石门村的增值税多少", ["19100", "18300"]),
])
def test_a_place_never_stands_for_the_whole_question(engine: Engine, question: str, wrong: list[str]) -> None:
    a = converse(engine, question)
    assert a.status != "answered", a.text
    assert not any(w in a.text.split("共")[0] for w in wrong), a.text


def test_the_place_and_a_word_of_its_row_name_that_rows_cell(engine: Engine) -> None:
    a = converse(engine, "溪南街道联建物业项目绩效目标")
    assert a.status == "answered" and "物业年租金收益21万元" in a.text, a.text
    a = converse(engine, "白岭镇竹笋车间谁实施")
    assert a.status == "answered" and "白岭镇人民政府" in a.text and "高山茶园" not in a.text, a.text


def test_a_level_the_table_has_no_column_of_is_not_the_total(engine: Engine) -> None:
    a = converse(engine, "巩固衔接资金市级配套一共多少")
    assert a.status != "answered" and "722" not in a.text and "141" not in a.text, a.text


def test_a_place_alone_still_lists_its_rows(engine: Engine) -> None:
    a = converse(engine, "白岭镇有哪些项目")
    assert a.status == "answered" and "竹笋加工车间" in a.text and "高山茶园" in a.text, a.text


@pytest.mark.parametrize("question, figure", [
    ("巩固衔接资金里中央资金的合计", "398"),
    ("巩固衔接资金中央资金一共多少", "398"),
    ("巩固衔接资金县级资金一共多少", "141"),
    ("巩固衔接资金的县级配套加起来多少", "141"),
])
def test_title_words_with_a_column_are_the_total_row(engine: Engine, question: str, figure: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and f"{figure}万元" in a.text and "为空" not in a.text, a.text


@pytest.mark.parametrize("question, town, wrong", [
    ("石门村是哪个乡的", "白岭镇", "石桥乡"),
    ("下坪村属于哪个镇", "石桥乡", "白岭镇"),
])
def test_the_town_of_a_village_a_cell_lists(engine: Engine, question: str, town: str, wrong: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and town in a.text and wrong not in a.text, a.text


def test_a_village_among_those_a_cell_lists_names_its_row(engine: Engine) -> None:
    a = converse(engine, "溪口村有哪些项目")
    assert a.status == "answered" and "高山茶园提质" in a.text and "竹笋" not in a.text, a.text


@pytest.mark.parametrize("turns, said, wrong", [
    (("红茶加工厂房", "谁负责实施"), "石桥乡人民政府", "产业发展"),
    (("实用人才培训", "培训几期"), "16期", "48万元"),
    (("实用人才培训", "一共培训多少人次"), "640人次", "48万元"),
    (("石桥乡有哪些项目", "这两个加起来多少钱"), "224", "没有列出"),
    (("竹笋车间项目资金",), "120万元", "项目资金来源"),
    (("竹笋车间项目资金", "其中中央资金多少"), "70万元", "120万元"),
])
def test_follow_ups_after_a_plan_row(engine: Engine, turns: tuple[str, ...], said: str, wrong: str) -> None:
    a = converse(engine, *turns)
    assert a.status == "answered" and said in a.text and wrong not in a.text, a.text


@pytest.mark.parametrize("question, said, wrong", [
    ("哪个乡镇资金最多", "石桥乡", "溪南街道集体经济联建物业项目"),
    ("哪个乡镇项目最少", "溪南街道", "全县"),
    ("哪个乡镇项目最多", "白岭镇、石桥乡", "溪南街道集体经济联建物业项目"),
    ("哪个乡镇中央资金最少", "白岭镇、溪南街道", "农村实用人才培训项目"),
])
def test_towns_ranked_never_a_row_in_their_place(engine: Engine, question: str, said: str, wrong: str) -> None:
    a = converse(engine, question)
    assert a.status == "answered" and said in a.text and wrong not in a.text, a.text


@pytest.fixture(scope="module")
def revival(tmp_path_factory) -> Engine:
    """The same plan under a title that says 乡村振兴 (its 乡 no town's)."""
    spec = importlib.util.spec_from_file_location("plan55_docs", DATA / "plan55" / "make_plan.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    folder = tmp_path_factory.mktemp("plan55v")
    title = "青禾县2027年乡村振兴示范项目计划表"
    # (its training counted in 人次 twice its people: 1280人次 of 640 受益人口)
    rows = [r[:4] + ("开展实用技术培训16期，培训1280人次",) + r[5:] if "培训" in r[0] else r for r in module.ROWS]
    module.build(folder / f"{title}.xlsx", title, rows)
    return engine_over(folder / "kb.sqlite", [folder / f"{title}.xlsx"])


@pytest.mark.parametrize("question", ["哪个乡村振兴项目资金最多", "哪个乡村振兴示范项目的资金最多"])
def test_a_town_kind_going_on_a_name_asks_of_the_projects(revival: Engine, question: str) -> None:
    a = converse(revival, question)
    assert a.status == "answered" and "溪南街道集体经济联建物业项目" in a.text and "石桥乡：" not in a.text, a.text
    assert "乡镇" not in a.text.split("（来源")[0], a.text


@pytest.mark.parametrize("question, said", [("哪个乡项目最多", "白岭镇、石桥乡"), ("哪个镇的资金最多", "石桥乡")])
def test_a_town_kind_alone_still_ranks_the_towns(revival: Engine, question: str, said: str) -> None:
    a = converse(revival, question)
    assert a.status == "answered" and said in a.text, a.text


def test_a_count_in_another_measure_word_is_no_answer(revival: Engine) -> None:
    a = converse(revival, "实用人才培训", "培训多少人")
    assert not re.search(r"1280人(?!次)", a.text), a.text
    a = converse(revival, "实用人才培训", "一共培训多少人次")
    assert a.status == "answered" and "1280人次" in a.text, a.text
