"""Round 23, load speed: parse workers write each batch's rows into an in-memory database sent back
whole, and the loading process copies them with SQL (ids shifted onto its own) instead of binding every
value again: what is stored is exactly what a load in one process stores."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from bot.store.build import load_paths

DATA = Path(__file__).parent / "data"


def _rows(db: Path) -> dict[str, list[tuple]]:
    """Every stored row but the load's time (the documents' loaded_at), with each value's type."""
    con = sqlite3.connect(db)
    try:
        tables = ("documents", "funding_units", "projects", "indicators", "load_issues", "facts")
        rows = {t: con.execute(f"SELECT * FROM [{t}] ORDER BY rowid").fetchall() for t in tables}
        loaded_at = [c[1] for c in con.execute("PRAGMA table_info(documents)")].index("loaded_at")
        rows["documents"] = [r[:loaded_at] + r[loaded_at + 1:] for r in rows["documents"]]
        rows["types"] = con.execute("SELECT typeof(projects.total), typeof(year), typeof(projects.line) FROM projects "
                                    "JOIN documents ON documents.id = projects.document_id").fetchall()
        return rows
    finally:
        con.close()


def _folder(tmp_path: Path, seed_text: str, n: int) -> Path:
    """n tables of fictional departments (different sizes: batches of different sizes), a stray line in
    some (warnings), identical copies in the same batch and in a later one, and a spreadsheet (facts)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for k in range(n):
        text = seed_text.replace("广州市白云区信访局", f"青禾县第{k:02d}管理所")
        if k % 5 == 1:  # fewer projects: the next batch's tables lie elsewhere in its database
            text = text.replace("\n合计", f"\n多余的一行文字{k}\n合计", 1)
        (folder / f"{k:02d}.txt").write_text(text, encoding="utf-8")
    (folder / "00a.txt").write_bytes((folder / "00.txt").read_bytes())  # the same batch as its original
    (folder / f"{n - 2:02d}a.txt").write_bytes((folder / "03.txt").read_bytes())  # a later batch
    shutil.copy(DATA / "samples" / "chongqing_yuzhong_2021_project_self_evaluation.xlsx", folder / "05x.xlsx")
    return folder


def test_a_load_by_workers_stores_exactly_what_one_process_stores(tmp_path, seed_text, monkeypatch):
    from bot.store import pool

    sent = []
    send = pool.ParsePool.send
    monkeypatch.setattr(pool.ParsePool, "send", lambda self, jobs: sent.append(len(jobs)) or send(self, jobs))
    n = 6 * pool.BATCH + 5
    folder = _folder(tmp_path, seed_text, n)
    assert pool.workers_for(n, 2) == 2
    one = load_paths(tmp_path / "one.sqlite", [folder], workers=1)
    many = load_paths(tmp_path / "many.sqlite", [folder], workers=2)
    assert sent  # batches the workers wrote
    assert one.documents == many.documents == n + 1
    assert one.skipped == many.skipped == [str(folder / "00a.txt"), str(folder / f"{n - 2:02d}a.txt")]
    assert one.warnings == many.warnings and one.warnings
    assert one.facts == many.facts > 0
    assert _rows(tmp_path / "one.sqlite") == _rows(tmp_path / "many.sqlite")


def test_workers_are_used_when_the_cores_are_idle_now_though_the_last_minute_was_busy(monkeypatch):
    """The load average also counts this program's own work of the last minute (a load just before):
    the tasks runnable right now decide too, and either one saying the machine is busy is not enough."""
    from bot.store import pool

    monkeypatch.setattr(pool.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(pool.threading, "active_count", lambda: 1)
    for average, now, expected in ((1.9, 1.0, 2), (0.2, 1.0, 2), (1.9, 2.0, 1), (12.0, 9.0, 1), (0.2, float("inf"), 2)):
        monkeypatch.setattr(pool.os, "getloadavg", lambda a=average: (a, a, a))
        monkeypatch.setattr(pool, "_runnable_now", lambda n=now: n)
        assert pool.workers_for(100) == expected, (average, now)
    assert pool.workers_for(pool.MIN_FILES - 1) == 1  # a few files: forking costs more than it saves


def test_a_worker_failing_to_write_its_batch_fails_the_load_naming_the_knowledge_base(tmp_path, seed_text,
                                                                                       monkeypatch):
    """A value SQLite cannot hold, met by a worker writing a batch's rows, is the load's error (as when the
    loading process writes it): no knowledge base is made, no building file is left."""
    import pytest

    from bot.model import LoadError
    from bot.store import pool, rows

    def overflow(self):
        raise OverflowError("Python int too large to convert to SQLite INTEGER")

    monkeypatch.setattr(rows.BatchRows, "serialized", overflow)
    monkeypatch.setattr(pool.ParsePool, "read_here", pool.ParsePool.send)  # every batch by a worker
    folder = _folder(tmp_path, seed_text, 2 * pool.BATCH)
    db = tmp_path / "kb.sqlite"
    with pytest.raises(LoadError) as exc:
        load_paths(db, [folder], workers=2)
    assert {i.path for i in exc.value.issues} == {str(db)}
    assert all("写入知识库失败" in i.message for i in exc.value.issues)
    assert not db.exists() and not list(tmp_path.glob(".*building"))


def test_a_load_reads_its_files_in_batches_of_32(tmp_path, seed_text, monkeypatch):
    """Each batch costs fixed work on both sides (a worker commits, serializes and empties its batch
    database; the loading process attaches it and prepares its copy statements): with batches of 8 that
    was ~9 % of a load's CPU, so a batch holds 32 files, each sent once (to a worker or read here)."""
    from bot.store import pool

    sizes: list[int] = []
    send, here = pool.ParsePool.send, pool.ParsePool.read_here
    monkeypatch.setattr(pool.ParsePool, "send", lambda self, jobs: sizes.append(len(jobs)) or send(self, jobs))
    monkeypatch.setattr(pool.ParsePool, "read_here", lambda self, jobs: sizes.append(len(jobs)) or here(self, jobs))
    folder = _folder(tmp_path, seed_text, 2 * pool.BATCH + 5)
    files = len(list(folder.iterdir()))
    summary = load_paths(tmp_path / "kb.sqlite", [folder], workers=2)
    assert pool.BATCH >= 32
    assert sizes == [pool.BATCH, pool.BATCH, files - 2 * pool.BATCH]
    assert summary.documents == files - 2  # the two identical copies are skipped
