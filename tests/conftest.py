"""Shared fixtures: the bundled seed, its golden content, and freshly loaded knowledge bases."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from bot.engine import Engine
from bot.store.build import load_paths

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


@pytest.fixture(scope="session")
def built_copy(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBaseCopy:
    """built_copy(sources, db): db becomes a copy of the knowledge base load_paths(sources) builds."""
    base = tmp_path_factory.getbasetemp()
    shared = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "built-kbs"
    shared.mkdir(exist_ok=True)

    def copy(sources: Sequence[Path], db: Path) -> Path:
        key = hashlib.sha1("\n".join(str(Path(s).resolve()) for s in sources).encode()).hexdigest()[:16]
        master = shared / f"{key}.sqlite"
        with open(shared / f"{key}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # another worker may be building it right now
            if not master.exists():
                load_paths(master, list(sources))  # built beside and swapped in: complete or absent
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
