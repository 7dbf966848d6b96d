"""Shared fixtures: the bundled seed, its golden content, and freshly loaded knowledge bases."""

from __future__ import annotations

import json
import os
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


@pytest.fixture
def seed_db(tmp_path: Path) -> Path:
    """A knowledge base holding only the seed."""
    db = tmp_path / "kb.sqlite"
    load_paths(db, [SEED])
    return db


# Knowledge bases built once per test session (a build costs ~1-2 s): engines only read them.
VOCAB = ROOT / "knowledge" / "vocabulary.toml"


@pytest.fixture(scope="session")
def seed_engine(tmp_path_factory) -> Engine:
    db = tmp_path_factory.mktemp("seed") / "kb.sqlite"
    load_paths(db, [SEED])
    return Engine(db, VOCAB)


@pytest.fixture(scope="session")
def multi_engine(tmp_path_factory) -> Engine:
    db = tmp_path_factory.mktemp("multi") / "kb.sqlite"
    load_paths(db, [ROOT / "knowledge", DATA / "education_bureau.txt", DATA / "civil_affairs.txt"])
    return Engine(db, VOCAB)


@pytest.fixture(scope="session")
def samples_engine(tmp_path_factory) -> Engine:
    db = tmp_path_factory.mktemp("samples") / "kb.sqlite"
    load_paths(db, [DATA / "samples"])
    return Engine(db, VOCAB)


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
