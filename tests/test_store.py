"""The SQLite store: schema, atomic swap, failed loads leave the previous knowledge base untouched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from bot.model import LoadError
from bot.store.build import load_paths

DATA = Path(__file__).parent / "data"


def counts(db: Path) -> tuple[int, int, int]:
    con = sqlite3.connect(db)
    try:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "projects", "indicators"))
    finally:
        con.close()


def test_seed_loads_with_schema_and_foreign_keys(seed_db):
    assert counts(seed_db) == (1, 6, 38)
    con = sqlite3.connect(seed_db)
    row = con.execute(
        "SELECT p.name, p.total, i.level1, i.level2_code, i.level2, i.annual_value, i.line, d.department_name "
        "FROM indicators i JOIN projects p ON p.id = i.project_id JOIN documents d ON d.id = i.document_id "
        "WHERE i.name = ?",
        ("车辆购置数量",),
    ).fetchone()
    assert row == ("公务用车购置经费", 15.0, "产出指标", "11", "数量指标", "1辆", 166, "广州市白云区信访局")
    fks = {fk[2] for fk in con.execute("PRAGMA foreign_key_list(indicators)")}
    assert fks == {"projects", "documents"}
    assert con.execute("SELECT sha256 FROM documents").fetchone()[0]


def test_loading_the_same_document_twice_does_not_duplicate(tmp_path, seed_path):
    db = tmp_path / "kb.sqlite"
    copy = tmp_path / "copy.txt"
    shutil.copy(seed_path, copy)
    summary = load_paths(db, [seed_path, copy])
    assert summary.documents == 1 and summary.skipped == [str(copy)]
    summary = load_paths(db, [seed_path], keep_existing=True)
    assert counts(db) == (1, 6, 38)


def test_departments_coexist(tmp_path, seed_path):
    db = tmp_path / "kb.sqlite"
    summary = load_paths(db, [seed_path, DATA / "education_bureau.txt", DATA / "civil_affairs.txt"])
    assert summary.departments == ["广州市白云区信访局", "广州市白云区教育局", "广州市白云区民政局"]
    assert counts(db) == (3, 6 + 8 + 4, 38 + 48 + 16)


@pytest.mark.parametrize(
    "bad",
    [b"", b"\x00\x01\x02" * 100, "部门名称：某局(部门) 单位：万元\n合计 1.00\n".encode()],
)
def test_failed_load_leaves_previous_database_untouched(seed_db, tmp_path, bad):
    before = seed_db.read_bytes()
    broken = tmp_path / "broken.txt"
    broken.write_bytes(bad)
    with pytest.raises(LoadError) as exc:
        load_paths(seed_db, [DATA / "education_bureau.txt", broken])
    assert str(broken) in str(exc.value)
    assert seed_db.read_bytes() == before
    assert counts(seed_db) == (1, 6, 38)
    assert not list(tmp_path.glob(".*building"))


def test_reader_keeps_old_data_while_a_load_swaps_in_new(seed_db):
    con = sqlite3.connect(seed_db)
    assert con.execute("SELECT count(*) FROM projects").fetchone()[0] == 6
    load_paths(seed_db, [DATA / "civil_affairs.txt"], allow_remove=True)
    # An open connection still sees the old file; a new one sees the new knowledge base.
    assert con.execute("SELECT count(*) FROM projects").fetchone()[0] == 6
    assert counts(seed_db) == (1, 4, 16)


def test_load_command_reports_summary_and_errors(tmp_path, seed_path, capsys):
    from bot.frontends.cli import main

    db = tmp_path / "kb.sqlite"
    assert main(["load", str(seed_path.parent), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    for fact in ("文档：1 份", "项目：6 个", "绩效指标：38 个", "警告：0 条"):
        assert fact in out
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["load", str(empty), "--db", str(db)]) == 1
    assert "empty.txt" in capsys.readouterr().err
    assert counts(db) == (1, 6, 38)


def test_a_load_keeps_no_document_once_it_is_written(tmp_path, seed_path, monkeypatch):
    """Documents stream into the build: when a file is read, none read before it is still held (a load's
    memory does not grow with the number of files), and every one of them is in the new database."""
    import gc
    import weakref

    import bot.ingest.formats as formats

    read = formats.read_documents
    earlier: list[weakref.ref] = []
    alive_at_each_read: list[int] = []

    def reading(*args, **kwargs):
        gc.collect()
        alive_at_each_read.append(sum(r() is not None for r in earlier))
        found = read(*args, **kwargs)
        earlier.extend(weakref.ref(doc) for doc, _ in found)
        return found

    monkeypatch.setattr(formats, "read_documents", reading)
    db = tmp_path / "kb.sqlite"
    load_paths(db, [seed_path, DATA / "education_bureau.txt", DATA / "civil_affairs.txt"])
    assert alive_at_each_read == [0, 0, 0]
    assert counts(db)[0] == 3


def _rows(db: Path) -> dict[str, list[tuple]]:
    """Every stored row but the load's time (the documents' loaded_at)."""
    con = sqlite3.connect(db)
    try:
        tables = ("documents", "funding_units", "projects", "indicators", "load_issues", "facts", "dictionary",
                  "segmenter")
        rows = {t: con.execute(f"SELECT * FROM [{t}] ORDER BY rowid").fetchall() for t in tables}
        loaded_at = [c[1] for c in con.execute("PRAGMA table_info(documents)")].index("loaded_at")
        rows["documents"] = [r[:loaded_at] + r[loaded_at + 1:] for r in rows["documents"]]
        return rows
    finally:
        con.close()


def test_files_read_by_worker_processes_load_exactly_as_in_one_process(tmp_path, seed_text):
    """A load of many files parsed by forked workers stores the same rows in the same order, reports
    the same warnings (file and line), and a bad file among them still rejects the whole load."""
    from bot.store.pool import BATCH, workers_for

    folder = tmp_path / "docs"
    folder.mkdir()
    n = 5 * BATCH + 3  # several batches and a partial one
    for k in range(n):
        text = seed_text.replace("广州市白云区信访局", f"测试{k:02d}局")
        if k % 7 == 3:  # a stray line: a warning naming the file and its line
            text = text.replace("\n合计", f"\n多余的一行文字{k}\n合计", 1)
        (folder / f"{k:02d}.txt").write_text(text, encoding="utf-8")
    assert workers_for(n, 2) == 2  # forking is possible here: the pool is really used
    one = load_paths(tmp_path / "one.sqlite", [folder], workers=1)
    two = load_paths(tmp_path / "two.sqlite", [folder], workers=2)
    assert one.documents == two.documents == n
    assert one.warnings == two.warnings and len(one.warnings) == len(range(3, n, 7))
    assert all(w.line > 0 and w.path.endswith(".txt") for w in two.warnings)
    assert _rows(tmp_path / "one.sqlite") == _rows(tmp_path / "two.sqlite")

    # A reload where unchanged files are reused between changed ones: the same order either way.
    for k in (1, 2, 9, 10, 11, 30):
        f = folder / f"{k:02d}.txt"
        f.write_text(f.read_text(encoding="utf-8").replace("12.00", "13.00").replace("234.98", "235.98", 1),
                     encoding="utf-8")
    for name in ("one", "two"):
        shutil.copy(tmp_path / f"{name}.sqlite", tmp_path / f"{name}-again.sqlite")
    again = [load_paths(tmp_path / f"{name}-again.sqlite", [folder], workers=w) for name, w in (("one", 1), ("two", 2))]
    assert again[0].files == again[1].files and len(again[0].files) == 6
    assert again[0].replaced == again[1].replaced and again[0].changes == again[1].changes
    assert _rows(tmp_path / "one-again.sqlite") == _rows(tmp_path / "two-again.sqlite")

    before = (tmp_path / "two.sqlite").read_bytes()
    broken = folder / f"{n // 2:02d}.txt"
    broken.write_text(broken.read_text(encoding="utf-8").replace("合计 234.98", "合计 999.98"), encoding="utf-8")
    with pytest.raises(LoadError) as exc:
        load_paths(tmp_path / "two.sqlite", [folder], workers=2)
    assert [i.path for i in exc.value.issues] == [str(broken)]
    assert (tmp_path / "two.sqlite").read_bytes() == before
    assert not list(tmp_path.glob(".*building"))


def test_a_parse_worker_that_dies_fails_the_load_and_changes_nothing(tmp_path, seed_text, seed_db, monkeypatch):
    """A worker killed mid-load (out of memory, say) is an error naming a file, not a hang, and the
    live knowledge base stays as it was."""
    import os

    import bot.ingest.formats as formats

    folder = tmp_path / "docs"
    folder.mkdir()
    for k in range(12):
        (folder / f"{k:02d}.txt").write_text(seed_text.replace("广州市白云区信访局", f"测试{k:02d}局"), encoding="utf-8")
    read = formats.read_documents

    def dies_on_the_fifth(path, *args, **kwargs):
        if Path(path).name == "05.txt":
            os._exit(1)  # in the worker process only: the load itself runs in this one
        return read(path, *args, **kwargs)

    monkeypatch.setattr(formats, "read_documents", dies_on_the_fifth)
    before = seed_db.read_bytes()
    with pytest.raises(LoadError) as exc:
        load_paths(seed_db, [folder], workers=2, allow_remove=True)
    assert "工作进程意外退出" in str(exc.value) and ".txt" in str(exc.value)
    assert seed_db.read_bytes() == before
    assert not list(tmp_path.glob(".*building"))
