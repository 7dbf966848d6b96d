"""Two confident-wrong classes.

1. "倒数第N个 / 最后一个 + a field" after a list of a project's indicators: the item shown (its project
   and indicator ids), as "第M个" is, never the item's bare name, which another project's indicator may
   share (and would then come first). On the seed, expected values read from its golden content.
2. 最快 / 最慢 / 快多少 of a column: faster is more of a pace (执行进度) but less of a time taken
   (平均办结时长（天）, 用时); a 快/慢 comparison naming neither kind of column is not answered from another
   column (办件量). On tables generated here (names and figures of their own).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import converse as _ask
from conftest import engine_over, simple_table

from bot.engine import Engine

_ITEM = re.compile(r"^\s*\d+\.\s*([^［\n]+)［")


def _shared_names(golden: dict) -> list[tuple[str, str]]:
    """(project, indicator name) pairs whose indicator name another seed project's indicator has too."""
    owners: dict[str, set[str]] = {}
    for p in golden["projects"]:
        for ind in p["indicators"]:
            owners.setdefault(ind["name"], set()).add(p["name"])
    return [(p["name"], ind["name"]) for p in golden["projects"] for ind in p["indicators"]
            if len(owners[ind["name"]]) > 1]


def _from_end_place(listing: str, name: str) -> tuple[int, int]:
    """The place of the (first) item `name` in a shown list, counted from its end, and the list's length."""
    items = [m.group(1).strip() for line in listing.splitlines() if (m := _ITEM.match(line))]
    return len(items) - items.index(name), len(items)


@pytest.mark.parametrize("word", ["年度指标值", "指标值"])
def test_from_end_of_a_list_is_the_item_shown_not_a_namesake(seed_engine: Engine, golden: dict, word: str) -> None:
    shared = _shared_names(golden)
    assert shared, "the seed has indicator names shared by several projects (the class tested)"
    seen, tried = set(), 0
    for project, name in shared:
        if project in seen:
            continue
        seen.add(project)
        listing = _ask(seed_engine, f"{project}的指标有哪些").text
        if f"{name}［" not in listing:
            continue
        back, total = _from_end_place(listing, name)
        said = "最后一个" if back == 1 else f"倒数第{back}个"
        answer = _ask(seed_engine, f"{project}的指标有哪些", f"{said}的{word}")
        assert answer.status == "answered", answer.text
        head = answer.text.splitlines()[0]
        assert head.startswith(f"【{project}】"), answer.text  # not another project's indicator of that name
        assert f"{name}［" in answer.text and answer.text.count("【") == 1, answer.text
        own = next(i for p in golden["projects"] if p["name"] == project for i in p["indicators"] if i["name"] == name)
        assert own["annual_value"] in answer.text, answer.text
        # the same item as counted from the start
        forward = _ask(seed_engine, f"{project}的指标有哪些", f"第{total - back + 1}个的{word}")
        assert forward.text == answer.text
        tried += 1
    assert tried >= 2


def test_last_of_a_project_list_still_answers_its_field(seed_engine: Engine, golden: dict) -> None:
    """"最后一个拟投入多少" of a list of projects: the last project's amount (the ids' turn does not read
    拟投入, so the item is asked by its own full name)."""
    unit = golden["units"][0]["name"]
    listing = _ask(seed_engine, f"{unit}有哪些项目").text
    names = [m.group(1).strip() for line in listing.splitlines() if (m := re.match(r"^\s*\d+\.\s*([^：]+)：", line))]
    assert len(names) == len(golden["projects"])
    last = next(p for p in golden["projects"] if p["name"] == names[-1])
    answer = _ask(seed_engine, f"{unit}有哪些项目", "最后一个拟投入多少")
    assert answer.status == "answered" and answer.text.startswith(last["name"]), answer.text
    assert f"{last['total']:.2f}" in answer.text


def _windows(path: Path) -> None:
    """望川县行政审批局: windows with 受理件数, 平均用时（天） and 群众满意率."""
    rows = [("户籍窗口", 6400, 2.5, 0.98), ("税务窗口", 3100, 0.8, 0.95), ("规划审批窗口", 420, 18.0, 0.9)]
    simple_table(path, "窗口", "望川县行政审批局2025年窗口办件统计表", "A2", "单位：件、天",
                 ["窗口名称", "受理件数", "平均用时（天）", "群众满意率"], rows)


def _progress(path: Path) -> None:
    """望川县农业农村局: projects' 预算 and 执行进度."""
    rows = [("高标准农田建设", 900, 0.62), ("农机购置补贴", 300, 0.91), ("乡村道路养护", 150, 0.34)]
    simple_table(path, "进度", "望川县农业农村局2025年项目执行进度表", "A2", "单位：万元",
                 ["项目名称", "预算数", "执行进度"], rows)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:

    d = tmp_path_factory.mktemp("ord12_tables")
    _windows(d / "chuangkou.xlsx")
    _progress(d / "jindu.xlsx")
    return engine_over(tmp_path_factory.mktemp("ord12_db") / "kb.sqlite", [d])


@pytest.mark.parametrize(("question", "row", "wrong"), [
    ("行政审批局哪个窗口平均用时最快", "税务窗口", "规划审批窗口"),  # the fewest days
    ("行政审批局哪个窗口平均用时最慢", "规划审批窗口", "税务窗口"),
    ("农业农村局哪个项目执行进度最快", "农机购置补贴", "乡村道路养护"),  # the largest share done
    ("农业农村局哪个项目执行进度最慢", "乡村道路养护", "农机购置补贴"),
])
def test_fastest_follows_the_column(engine: Engine, question: str, row: str, wrong: str) -> None:
    answer = _ask(engine, question)
    assert answer.status == "answered", answer.text
    head = answer.text.splitlines()[0]
    assert row in head and wrong not in head, answer.text


def test_faster_by_how_much_names_no_column_is_not_another_column(engine: Engine) -> None:
    """No column named: not the counts' difference (6400 - 3100), nor the counts beside the days."""
    for question in ("税务窗口比户籍窗口快多少", "户籍窗口比规划审批窗口慢了多少"):
        answer = _ask(engine, question)
        assert "3300" not in answer.text, answer.text
        assert answer.status != "answered" or ("受理件数" not in answer.text and "用时" in answer.text), answer.text


def test_faster_by_how_much_of_the_time_column(engine: Engine) -> None:
    answer = _ask(engine, "税务窗口比户籍窗口平均用时快多少")
    assert answer.status == "answered" and "1.7" in answer.text, answer.text  # 2.5 - 0.8 days
