"""Round 30, load speed: a block that is nothing but indicators numbered 1, 2, 3 … is read in one pass
(text._plain_block) and must read exactly what the checking loop reads; indicators numbered 10 and more
keep their numbers (the loop took "10、1-产出指标," for another indicator starting at its second digit);
schema 7 stores no printed labels beside the code and name of each level."""

from __future__ import annotations

import random
import sqlite3

import pytest

from benchmarks.synth import generate_corpus
from bot.engine import Engine
from bot.ingest import text as text_module
from bot.ingest.text import parse_text
from bot.model import LoadError
from bot.store.build import load_paths
from bot.store.schema import SCHEMA_VERSION, TABLES
from tests.conftest import engine_over

_HEAD = """项目支出绩效目标表（含转移支付项目）

部门名称：青禾县林草服务站(部门) 单位：万元

项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标

合计 48.00 48.00

    护林巡查经费 36.00 36.00

全年开展林区巡查，保障林区安全。

"""


def _indicators(n: int, cut: int | None = None) -> str:
    """n indicators of one project, wrapped every 60 characters; `cut` loses its 年度指标值 (a cut cell)."""
    parts = []
    for k in range(1, n + 1):
        value = f"{k * 3}次"
        tail = f"年度指标值:{value};" if k != cut else "年度指标"
        parts.append(f"{k}、1-产出指标,11-数量指标,巡查点位{k}；实施周期指标值:{value},{tail}")
    text = ",".join(parts)
    return "\n".join(text[i:i + 60] for i in range(0, len(text), 60))


def _table(n: int, cut: int | None = None) -> str:
    return (_HEAD + _indicators(n, cut) + "\n\n    防火宣传经费 12.00 12.00\n\n开展防火宣传。\n\n"
            + "1、1-产出指标,11-数量指标,宣传场次；实施周期指标值:4场,年度指标值:4场;\n")


@pytest.mark.parametrize("n", [9, 10, 12, 23])
def test_indicators_numbered_past_nine_keep_their_numbers_in_one_group(n):
    doc = parse_text(_table(n), "林草.txt")
    first = doc.projects[0].indicators
    assert [(i.group, i.seq) for i in first] == [(1, k) for k in range(1, n + 1)]
    assert [i.annual_value for i in first] == [f"{k * 3}次" for k in range(1, n + 1)]
    assert not [i for i in doc.issues if "无法识别" in i.message or "跳到" in i.message]


def test_a_cut_indicator_past_nine_is_reported_and_the_next_read_on_its_own():
    doc = parse_text(_table(12, cut=10), "林草.txt")
    first = doc.projects[0].indicators
    assert [i.seq for i in first] == [k for k in range(1, 13) if k != 10]
    assert first[-2].name == "巡查点位11" and first[-2].annual_value == "33次"
    assert any("无法识别" in i.message and "巡查点位10" in i.message for i in doc.issues)


def test_the_eleventh_indicator_is_answered_with_its_own_value(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "林草.txt").write_text(_table(12), encoding="utf-8")
    engine: Engine = engine_over(tmp_path / "kb.sqlite", [tmp_path / "docs"])
    text = engine.ask("巡查点位11的年度指标值是多少").text
    assert "33次" in text and "36次" not in text


def _mutants(texts: list[str], n: int) -> list[str]:
    rng = random.Random(30)
    out = []
    for _ in range(n):
        lines = rng.choice(texts).splitlines()
        i = rng.randrange(len(lines))
        kind = rng.randrange(4)
        if kind == 0:
            lines[i] = lines[i].replace("、", " 、", 1)
        elif kind == 1:
            del lines[i:i + rng.randint(1, 4)]
        elif kind == 2:
            lines.insert(i, rng.choice(["2、", ";", "、1-", "年度指标值:", "  x ", "10、1-产出指标,"]))
        else:
            lines[i] = "    " + lines[i]
        out.append("\n".join(lines))
    return out


def test_the_one_pass_reading_of_a_block_is_what_the_checking_loop_reads(monkeypatch):
    texts = [t for _, t, _ in generate_corpus(40, seed=30, projects=4, indicators_per_project=12)]
    texts += [_table(n, cut) for n in (3, 11, 21) for cut in (None, 2, 10)]
    texts += _mutants(texts, 400)

    def read(text: str) -> object:
        try:
            return parse_text(text, "x.txt")
        except LoadError as exc:
            return exc.issues

    fast = [read(t) for t in texts]
    monkeypatch.setattr(text_module, "_plain_block", lambda *args: None)
    assert [read(t) for t in texts] == fast


def test_schema_seven_stores_each_level_as_code_and_name_only(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "林草.txt").write_text(_table(3), encoding="utf-8")
    db = tmp_path / "kb.sqlite"
    load_paths(db, [tmp_path / "docs"])
    con = sqlite3.connect(db)
    try:
        columns = [r[1] for r in con.execute("PRAGMA table_info(indicators)")]
        rows = con.execute("SELECT level1_code, level1, level2_code, level2 FROM indicators").fetchall()
        version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
    finally:
        con.close()
    assert columns == [c for c, _ in TABLES["indicators"]] and "level1_label" not in columns
    assert set(rows) == {("1", "产出指标", "11", "数量指标")}
    assert version == str(SCHEMA_VERSION) == "8"  # (8: projects, indicators and units record their page)
