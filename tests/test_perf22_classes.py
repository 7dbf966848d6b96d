"""Round 22, load speed: the loading process reads batches itself while the parse workers are behind; a
reload that replaces tables reads their old values through their projects."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.model import LoadError
from bot.store.build import load_paths


def _rows(db: Path) -> dict[str, list[tuple]]:
    """Every stored row but the load's time (the documents' loaded_at)."""
    con = sqlite3.connect(db)
    try:
        tables = ("documents", "funding_units", "projects", "indicators", "load_issues", "facts")
        rows = {t: con.execute(f"SELECT * FROM [{t}] ORDER BY rowid").fetchall() for t in tables}
        loaded_at = [c[1] for c in con.execute("PRAGMA table_info(documents)")].index("loaded_at")
        rows["documents"] = [r[:loaded_at] + r[loaded_at + 1:] for r in rows["documents"]]
        return rows
    finally:
        con.close()


def _folder(tmp_path: Path, seed_text: str, n: int) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for k in range(n):
        text = seed_text.replace("广州市白云区信访局", f"测试{k:02d}局")
        if k % 7 == 3:  # a stray line: a warning naming the file and its line
            text = text.replace("\n合计", f"\n多余的一行文字{k}\n合计", 1)
        (folder / f"{k:02d}.txt").write_text(text, encoding="utf-8")
    # An identical copy of an earlier file, read by the loading process: written once, reported as skipped.
    (folder / f"{n:02d}.txt").write_bytes((folder / "00.txt").read_bytes())
    return folder


@pytest.fixture
def workers_always_behind(monkeypatch):
    """Every batch sent to the workers reports itself not done until its result is taken: the loading
    process then reads every later batch itself (the path a busy pool takes, made certain)."""
    from bot.store import pool

    send, here = pool.ParsePool.send, pool.ParsePool.read_here
    counted = {"sent": 0, "here": 0}

    class _Late:
        def __init__(self, future):
            self.future = future

        def done(self) -> bool:
            return False

        def result(self):
            return self.future.result()

    def late_send(self, jobs):
        counted["sent"] += 1
        return _Late(send(self, jobs))

    def counted_here(self, jobs):
        counted["here"] += 1
        return here(self, jobs)

    monkeypatch.setattr(pool.ParsePool, "send", late_send)
    monkeypatch.setattr(pool.ParsePool, "read_here", counted_here)
    return counted


def test_batches_the_loading_process_reads_itself_load_exactly_as_in_one_process(tmp_path, seed_text,
                                                                                 workers_always_behind):
    from bot.store.pool import BATCH, workers_for

    n = 5 * BATCH + 3
    folder = _folder(tmp_path, seed_text, n)
    assert workers_for(n + 1, 2) == 2  # forking is possible here: the pool is really used
    one = load_paths(tmp_path / "one.sqlite", [folder], workers=1)
    mixed = load_paths(tmp_path / "mixed.sqlite", [folder], workers=2)
    assert workers_always_behind["sent"] >= 1 and workers_always_behind["here"] >= 4  # both kinds of batch
    assert one.documents == mixed.documents == n
    assert one.skipped == mixed.skipped == [str(folder / f"{n:02d}.txt")]
    assert one.warnings == mixed.warnings and len(one.warnings) == len(range(3, n, 7))
    assert _rows(tmp_path / "one.sqlite") == _rows(tmp_path / "mixed.sqlite")


def test_a_bad_file_the_loading_process_reads_itself_rejects_the_load(tmp_path, seed_text, seed_db,
                                                                      workers_always_behind):
    """A file refused in a batch this process read (not a worker) names that file, and nothing changes."""
    from bot.store.pool import BATCH

    folder = _folder(tmp_path, seed_text, 3 * BATCH)
    # In the third batch (read here, not by a worker), and not one with a stray line before its 合计 (that line
    # would be read as the start of the 合计 row's name: no total to contradict).
    k = next(k for k in range(2 * BATCH + 2, 3 * BATCH) if k % 7 != 3)
    broken = folder / f"{k:02d}.txt"
    broken.write_text(broken.read_text(encoding="utf-8").replace("合计 234.98", "合计 999.98"), encoding="utf-8")
    before = seed_db.read_bytes()
    with pytest.raises(LoadError) as exc:
        load_paths(seed_db, [folder], workers=2, allow_remove=True)
    assert workers_always_behind["here"] >= 1
    assert [i.path for i in exc.value.issues] == [str(broken)]
    assert seed_db.read_bytes() == before
    assert not list(tmp_path.glob(".*building"))


def test_a_reload_replacing_every_table_reports_what_changed_in_each(tmp_path, seed_text):
    """Replacing tables compares each with the one it replaces (its old values read through its projects)."""
    folder = _folder(tmp_path, seed_text, 4)
    db = tmp_path / "kb.sqlite"
    load_paths(db, [folder])
    con = sqlite3.connect(db)
    con.execute("UPDATE meta SET value = 'older' WHERE key = 'ingest_version'")  # as after an upgrade
    con.commit()
    con.close()
    f = folder / "02.txt"
    f.write_text(f.read_text(encoding="utf-8").replace("12.00", "13.00").replace("234.98", "235.98", 1),
                 encoding="utf-8")
    summary = load_paths(db, [folder])
    assert len(summary.replaced) == 4  # every table read again by the newer program
    changed = {label: lines for label, lines in summary.changes.items() if lines}
    assert list(changed) == ["测试02局"], changed
    assert any("12.00 → 13.00" in line for line in changed["测试02局"]), changed
