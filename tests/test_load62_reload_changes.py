"""A reload that replaces a table lists what it changed in a fixed order: indicators a project no longer
has are named in the order the live table held them (they came out of a set, in an order that changed
with every run's string hashing)."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.store.build import load_paths

DATA = Path(__file__).parent / "data" / "load62"


def test_removed_indicators_listed_in_the_tables_order(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    table = folder / "统计局.txt"
    shutil.copy(DATA / "before.txt", table)
    db = tmp_path / "kb.sqlite"
    load_paths(db, [folder])
    shutil.copy(DATA / "after.txt", table)
    summary = load_paths(db, [folder])
    assert list(summary.changes) == ["测试县统计局"]
    removed = [c for c in summary.changes["测试县统计局"] if "删除指标" in c]
    assert removed == [f"“统计调查经费”删除指标“{name}”" for name in ("数据差错率", "报送及时率", "数据使用部门数", "调查体系运行")]
    assert "“统计调查经费”删除指标“数据差错率”" in summary.text()
