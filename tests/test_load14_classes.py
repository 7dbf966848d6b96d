"""Load-path behaviour changed for speed (round 14, load14): the listing of a folder's table files and the
cached word list project names are cut with. Each must give what it gave before, whatever the cache holds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.language import segment
from bot.language.segment import NAME_WORD_CHARS, cut_name, release_dictionary
from bot.store.build import iter_sources, load_paths

DATA = Path(__file__).resolve().parent / "data"


def test_a_folder_lists_its_table_files_sorted_without_hidden_ones_or_linked_folders(tmp_path: Path) -> None:
    root = tmp_path / "tables"
    for rel in ("b局.txt", "a局.TXT", "c.xlsx", "d.PDF", "e.doc", ".f.txt", "sub/g.text", "sub/.h/i.txt",
                ".replaced/j.txt", "sub2/k.txt", "sub-x/l.txt"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("x", encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "m.txt").write_text("x", encoding="utf-8")
    os.symlink(outside, root / "linked")  # a linked folder is not entered (a link may loop)
    os.symlink(root / "b局.txt", root / "n.txt")  # a linked file is a file
    found = iter_sources([root])
    assert [p.relative_to(root).as_posix() for p in found] == [
        "a局.TXT", "b局.txt", "c.xlsx", "d.PDF", "n.txt", "sub/g.text", "sub-x/l.txt", "sub2/k.txt"]
    assert found == sorted(found)
    # A file named on its own is taken whatever its name.
    assert iter_sources([root / ".f.txt", root]) == [root / ".f.txt", *found]


def test_a_load_of_a_folder_reads_the_files_a_listing_finds(tmp_path: Path) -> None:
    folder = tmp_path / "kb"
    (folder / ".old").mkdir(parents=True)
    (folder / "nested").mkdir()
    (folder / "nested" / "edu.txt").write_bytes((DATA / "education_bureau.txt").read_bytes())
    (folder / ".old" / "civil.txt").write_bytes((DATA / "civil_affairs.txt").read_bytes())
    summary = load_paths(tmp_path / "kb.sqlite", [folder])
    assert summary.departments == ["广州市白云区教育局"]  # the hidden folder's table is not loaded


@pytest.fixture()
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """jieba's derived word list in an empty cache folder of this test."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    release_dictionary()
    yield tmp_path / "cache" / "budget-qa-bot"
    release_dictionary()


NAMES = ["聘请法律顾问专项经费", "信访超市日常运行经费", "政府雇员工资经费", "社区矫正工作经费", "ABC系统运维费2024",
         "𠀀生僻字项目", "（一）城乡居民医疗保险补助", "x"]


def _dictionary_words() -> set[str]:
    source = Path(segment._import_jieba().__file__).parent / "dict.txt"
    return {line.split(" ", 1)[0] for line in source.read_text(encoding="utf-8").splitlines() if line}


def test_names_are_cut_by_longest_dictionary_word_whatever_the_cache_holds(fresh_cache: Path) -> None:
    words = _dictionary_words()
    first = [cut_name(n) for n in NAMES]
    for name, pieces in zip(NAMES, first, strict=True):
        assert "".join(pieces) == name
        at = 0
        for piece in pieces:
            assert len(piece) == 1 or piece in words  # every piece of two or more characters is a word
            longer = [name[at:j] for j in range(at + len(piece) + 1, min(len(name), at + NAME_WORD_CHARS) + 1)]
            assert not any(w in words for w in longer)  # and no longer word starts there
            at += len(piece)
    assert first[0] == ["聘请", "法律顾问", "专项经费"]
    sorted_words, = fresh_cache.glob("jieba-sorted-words-*.txt")
    index, = fresh_cache.glob("jieba-sorted-words-*.size")  # (the list's size when written)

    # A damaged seal, or one of another word list, or a cut list, is derived again: the cuts stay the same.
    for damage in (lambda: index.write_bytes(b"\x00garbage"), lambda: index.write_bytes(b""),
                   lambda: sorted_words.write_bytes(sorted_words.read_bytes()[:-100]), index.unlink):
        damage()
        release_dictionary()
        assert [cut_name(n) for n in NAMES] == first
    release_dictionary()
    assert [cut_name(n) for n in NAMES] == first  # read back from the rewritten cache


def test_the_indexes_are_those_sqlite_utils_declares(tmp_path: Path) -> None:
    import sqlite3

    import sqlite_utils

    from bot.store.schema import INDEXES

    db = tmp_path / "kb.sqlite"
    load_paths(db, [DATA / "education_bureau.txt"])
    conn = sqlite3.connect(db)
    built = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
    conn.close()
    # The same indexes declared through sqlite-utils on a copy without them: the same schema text.
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(db.read_bytes())
    other = sqlite_utils.Database(copy)
    for name in built:
        other.execute(f'DROP INDEX "{name}"')
    for table, columns, unique in INDEXES:
        other.table(table).create_index(columns, index_name=f"idx_{table}_{'_'.join(columns)}", unique=unique)
    declared = {name: sql for name, sql in other.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchall()}
    assert built == declared and len(built) == len(INDEXES)


def test_a_load_from_the_cached_empty_knowledge_base_does_not_import_sqlite_utils(tmp_path: Path) -> None:
    import subprocess
    import sys

    def load_in_new_process(db: Path) -> str:  # a new knowledge base each time: nothing to reuse
        script = ("import sys; from bot.store.build import load_paths; "
                  f"s = load_paths({str(db)!r}, [{str(DATA / 'civil_affairs.txt')!r}]); "
                  "print(s.projects, 'sqlite_utils' in sys.modules)")
        return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                              cwd=Path(__file__).resolve().parent.parent, timeout=300).stdout.strip()

    runs = [load_in_new_process(tmp_path / f"kb{k}.sqlite") for k in range(2)]
    assert runs[-1] == "4 False"  # the first may have had to make the cached empty knowledge base
