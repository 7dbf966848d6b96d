"""Shared fixtures: the bundled seed, its golden content, and freshly loaded knowledge bases."""

from __future__ import annotations

import fcntl
import hashlib
import importlib.util
import json
import logging
import os
import pickle
import shutil
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import pytest

from bot.engine import Engine, Session
from bot.ingest.formats import read_documents
from bot.model import Document
from bot.store.build import iter_sources, load_paths

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED = ROOT / "knowledge" / "000_9289cd5134f499bc.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def golden() -> dict:
    data = json.loads((DATA / "seed.golden.json").read_text(encoding="utf-8"))
    data.pop("_about", None)
    return data


# Knowledge bases built once per test run and shared by every pytest-xdist worker (a build costs ~1-5 s;
# the sample PDFs alone ~2 s): the first test that needs one builds it under a lock, every user gets its
# own byte copy, so nothing written by one test reaches another.
KnowledgeBaseCopy = Callable[[Sequence[Path], Path], Path]


def _shared(tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    """A folder of this test run that every xdist worker sees."""
    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / name
    folder.mkdir(exist_ok=True)
    return folder


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    with open(path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another worker may be making it right now
        yield


def _key(paths: Sequence[Path]) -> str:
    return hashlib.sha1("\n".join(str(Path(s).resolve()) for s in paths).encode()).hexdigest()[:16]


ReadDocuments = Callable[[Path], list[tuple[Document, str]]]


@pytest.fixture(scope="session")
def read_once(tmp_path_factory: pytest.TempPathFactory) -> ReadDocuments:
    """read_once(path): read_documents of a file, read once per run (the sample PDFs take ~1-2 s each) and
    handed out as a fresh copy each time, so a caller may change what it gets."""
    shared = _shared(tmp_path_factory, "read-docs")

    def read(path: Path) -> list[tuple[Document, str]]:
        stored = shared / f"{_key([path])}.pickle"
        with _locked(stored.with_suffix(".lock")):
            if not stored.exists():
                docs = read_documents(path, path.read_bytes())
                stored.with_suffix(".part").write_bytes(pickle.dumps(docs))
                stored.with_suffix(".part").replace(stored)
        return pickle.loads(stored.read_bytes())

    return read


@pytest.fixture(scope="session")
def parsed_pdfs(read_once: ReadDocuments) -> Callable[[Sequence[Path]], dict[str, list[tuple[Document, str]]]]:
    """parsed_pdfs(sources): the documents of every PDF under sources, for load_paths(parsed=...): a load
    over them reads the other files itself and takes these as read (the PDF reader has its own tests)."""
    def parsed(sources: Sequence[Path]) -> dict[str, list[tuple[Document, str]]]:
        return {str(p.resolve()): read_once(p) for p in iter_sources(sources) if p.suffix.lower() == ".pdf"}

    return parsed


@pytest.fixture(scope="session")
def built_copy(tmp_path_factory: pytest.TempPathFactory, parsed_pdfs) -> KnowledgeBaseCopy:
    """built_copy(sources, db): db becomes a copy of the knowledge base load_paths(sources) builds."""
    shared = _shared(tmp_path_factory, "built-kbs")

    def copy(sources: Sequence[Path], db: Path) -> Path:
        master = shared / f"{_key(sources)}.sqlite"
        with _locked(master.with_suffix(".lock")):
            if not master.exists():  # built beside and swapped in: complete or absent
                load_paths(master, list(sources), parsed=parsed_pdfs(sources))
        db.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(master, db)
        return db

    return copy


@pytest.fixture
def seed_db(tmp_path: Path, built_copy: KnowledgeBaseCopy) -> Path:
    """A knowledge base holding only the seed (this test's own file)."""
    return built_copy([SEED], tmp_path / "kb.sqlite")


# Engines over built knowledge bases, one per session: they only read them.
VOCAB = ROOT / "knowledge" / "vocabulary.toml"
MULTI = [ROOT / "knowledge", DATA / "education_bureau.txt", DATA / "civil_affairs.txt"]


@pytest.fixture(scope="session")
def seed_engine(tmp_path_factory, built_copy: KnowledgeBaseCopy) -> Engine:
    return Engine(built_copy([SEED], tmp_path_factory.mktemp("seed") / "kb.sqlite"), VOCAB)


@pytest.fixture(scope="session")
def multi_engine(tmp_path_factory, built_copy: KnowledgeBaseCopy) -> Engine:
    return Engine(built_copy(MULTI, tmp_path_factory.mktemp("multi") / "kb.sqlite"), VOCAB)


@pytest.fixture(scope="session")
def samples_engine(tmp_path_factory, built_copy: KnowledgeBaseCopy) -> Engine:
    return Engine(built_copy([DATA / "samples"], tmp_path_factory.mktemp("samples") / "kb.sqlite"), VOCAB)


# Hypothesis profiles: "ci" (default) keeps `make test` quick; run the long one locally with
# HYPOTHESIS_PROFILE=long make test.
from hypothesis import settings  # noqa: E402

settings.register_profile("ci", max_examples=60, deadline=None)
settings.register_profile("long", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def postgres():
    """A real PostgreSQL server for the whole test session (the shared-mode tests), stopped at its end.

    Not skipped when the server binaries are missing: the tests fail and say how to install them
    (`make test` installs them itself when run as root, as in CI)."""
    from bot.frontends.cluster.pgserver import LocalPostgres, PostgresUnavailable

    try:
        server = LocalPostgres().start()
    except PostgresUnavailable as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield server
    finally:
        server.stop()


def converse(engine: Engine, *turns: str):
    """The answer to the last of some questions asked in one conversation (not logged)."""
    session = Session()
    answer = None
    for turn in turns:
        answer = engine.ask(turn, session, record=False)
        assert answer.intent != "error", f"{turn!r} crashed: {answer.debug.get('error')}"  # (never a pass on it)
    assert answer is not None
    return answer


def set_cells(path: Path, cells: dict[str, object]) -> None:
    """Overwrite cells of a workbook's first sheet ("A1": title …): a published sample made over into a
    fictional department's table."""
    import openpyxl

    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    for cell, value in cells.items():
        ws[cell] = value
    wb.save(path)


def simple_table(path: Path, sheet: str, title: str, unit_at: str, unit: str, header: Sequence[str],
                 rows: Sequence[Sequence]) -> None:
    """A one-sheet workbook laid out as finance offices print a table: its title in A1, its unit line ("单位：元")
    in the cell unit_at, the header on row 3 and the rows from row 4; a None cell is left empty."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = title
    ws[unit_at] = unit
    for c, h in enumerate(header, 1):
        ws.cell(3, c, h)
    for r, row in enumerate(rows, 4):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    wb.save(path)


def write_workbook(path: Path, rows: Sequence[Sequence], merged: Sequence[str] = (), sheet: str | None = None) -> Path:
    """A one-sheet workbook as a finance office prints a table: the rows from A1 down (a None cell left empty), then
    the ranges merged ("A3:A4"); the sheet named `sheet`, else the file name's last part after "_" (部门三公经费决算表
    of 青禾县_2024年度_部门三公经费决算表.xlsx)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet or path.stem.split("_")[-1]
    for row in rows:
        ws.append(list(row))
    for cells in merged:
        ws.merge_cells(cells)
    wb.save(path)
    return path


def fixture_script(folder: Path) -> ModuleType:
    """The committed make_fixture.py of a test data folder, loaded under a name of its own: two such scripts imported
    as plain "make_fixture" in one worker would share the first one's module (the other's functions missing)."""
    spec = importlib.util.spec_from_file_location(f"make_fixture_{folder.name}", folder / "make_fixture.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def engine_over(db: Path, paths: Sequence[Path]) -> Engine:
    """An engine over the files or folders given, loaded into db with the bundled vocabulary."""
    from bot.store.build import load_paths

    load_paths(db, list(paths))
    return Engine(db, Path(__file__).resolve().parent.parent / "knowledge" / "vocabulary.toml")


class _ErrorsSeen(logging.Handler):
    """Keeps the messages of errors logged while a test runs."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.seen: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.seen.append(record.getMessage() + (f" ({record.exc_info[1]!r})" if record.exc_info else ""))


@pytest.fixture(autouse=True)
def _no_fact_answer_error(request: pytest.FixtureRequest) -> Iterator[None]:
    """An error inside the fact answerer is logged and the typed answer given instead (the bot stays up), and
    any other is logged by the engine and answered with its apology (UNKNOWN, intent "error"); in the tests either
    fails the test that met it, so a bug is never hidden behind a "没有找到" reply nor a "not answered" check met
    by the apology (whether the test asked through converse() or engine.ask)."""
    if request.node.get_closest_marker("fact_error_expected"):
        yield
        return
    seen = _ErrorsSeen()
    logs = [logging.getLogger("bot.answer.facts.turn"), logging.getLogger("bot.engine")]
    for log in logs:
        log.addHandler(seen)
    try:
        yield
    finally:
        for log in logs:
            log.removeHandler(seen)
    assert not seen.seen, f"the fact answerer or the engine failed: {seen.seen}"
