"""One worker's knowledge base in shared mode: built from the documents in PostgreSQL, rebuilt on NOTIFY.

Each worker builds its own read-only SQLite knowledge base (the fast local one the engine reads) from the
shared documents, names the build after the shared version (`pg<version>`), and swaps it into its engine.
Every worker that builds version N gets the same build id, so a conversation moves between workers.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

import psycopg

from bot.config import Config
from bot.engine import Engine
from bot.frontends.cluster.pg import CHANNEL, Shared, StoredDocument
from bot.ingest.formats import read_documents
from bot.model import Issue, LoadError
from bot.store.build import LoadSummary, iter_sources, load_paths

logger = logging.getLogger(__name__)


def build_id(version: int) -> str:
    return f"pg{version}"


def build_documents(db: Path, version: int, documents: list[StoredDocument]) -> LoadSummary:
    """Write the documents to a private folder (mtimes = upload times, so the newest table of a department
    wins as in a folder) and build the knowledge base at db; all or nothing."""
    folder = Path(tempfile.mkdtemp(prefix=".docs-", dir=db.parent))
    try:
        for doc in documents:
            path = folder / f"{doc.id:06d}_{doc.file_name}"
            path.write_bytes(doc.content)
            stamp = doc.added_at.timestamp()
            os.utime(path, (stamp, stamp))
        # The shared set is authoritative (a department it no longer holds goes); among two tables of one
        # department and year the later upload wins, by its sequence number in the file name, never by mtime.
        return load_paths(db, [folder], build_id=build_id(version), allow_remove=True, later_wins=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def read_files(paths: list[Path]) -> list[tuple[str, bytes]]:
    """The table files under paths as (name, bytes), every one checked to parse first, so errors name the
    files as the admin knows them (LoadError with the issues of all files)."""
    files: list[tuple[str, bytes]] = []
    issues: list[Issue] = []
    sources = iter_sources(paths)
    if not sources:
        raise LoadError([Issue(", ".join(map(str, paths)) or "(无)", 0, "没有找到可加载的文档", "error")])
    for path in sources:
        try:
            data = path.read_bytes()
            read_documents(path, data)
        except OSError as exc:
            issues.append(Issue(str(path), 0, f"无法读取文件：{exc.strerror or exc}", "error"))
            continue
        except LoadError as exc:
            issues.extend(exc.issues)
            continue
        files.append((path.name, data))
    if issues:
        raise LoadError(issues)
    return files


def store_files(cfg: Config, shared: Shared, files: list[tuple[str, bytes]], keep_existing: bool,
                added_by: str, only_if_empty: bool = False) -> LoadSummary | None:
    """`bot load` in shared mode: check the new set by building it in a scratch file, then commit it."""
    scratch = Path(tempfile.mkdtemp(prefix=".check-", dir=_data_dir(cfg)))
    try:
        result = shared.change_documents(
            files, keep_existing, added_by,
            lambda version, docs: build_documents(scratch / "kb.sqlite", version, docs),
            only_if_empty=only_if_empty)
        return None if result is None else result[1]  # type: ignore[return-value]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _data_dir(cfg: Config) -> Path:
    cfg.db.parent.mkdir(parents=True, exist_ok=True)
    return cfg.db.parent


class Worker:
    """The engine of one worker, kept at the shared version."""

    def __init__(self, cfg: Config, shared: Shared, name: str) -> None:
        self.cfg = cfg
        self.shared = shared
        self.name = name
        self.db = cfg.db.with_name(f"{cfg.db.stem}.{_safe(name)}.sqlite")
        self.version: int | None = None
        self.engine: Engine | None = None
        self._lock = threading.Lock()  # one build at a time in this worker
        self._stop = threading.Event()
        self._listener: threading.Thread | None = None

    # ----- building --------------------------------------------------------------------------------------

    def start(self) -> None:
        """Seed an empty shared store from the knowledge folder, build the current version, then listen."""
        if self.shared.version() == 0:
            store_files(self.cfg, self.shared, read_files([self.cfg.knowledge]), keep_existing=False,
                        added_by=f"seed:{self.name}", only_if_empty=True)
        self.sync()
        self._listener = threading.Thread(target=self._listen, name="kb-listener", daemon=True)
        self._listener.start()

    def stop(self) -> None:
        self._stop.set()
        if self._listener is not None:
            self._listener.join(timeout=5)

    def sync(self, force: bool = False) -> LoadSummary | None:
        """Build the shared documents if they are newer than this worker's knowledge base."""
        with self._lock:
            version, documents = self.shared.documents()
            if version == self.version and not force:
                return None
            summary = build_documents(self.db, version, documents)
            self._swap(version)
            logger.info("worker %s serves knowledge-base version %s", self.name, version)
            return summary

    def _swap(self, version: int) -> None:
        if self.engine is None:
            self.engine = Engine(self.db, self.cfg.vocabulary)
            self.engine.log = self.shared.log  # type: ignore[assignment]
        else:
            self.engine.reload()
        self.version = version

    def _listen(self) -> None:
        """LISTEN for new versions; after any gap (start, lost connection) check the version directly."""
        while not self._stop.is_set():
            try:
                with psycopg.connect(self.shared.url, autocommit=True) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._sync_quietly()  # whatever was committed before LISTEN took effect
                    while not self._stop.is_set():
                        for _ in conn.notifies(timeout=1.0, stop_after=1):
                            self._sync_quietly()
            except psycopg.Error as exc:
                logger.warning("worker %s lost the notification connection: %s", self.name, exc)
                self._stop.wait(1.0)

    def _sync_quietly(self) -> None:
        try:
            self.sync()
        except Exception:  # a bad build keeps the previous knowledge base serving
            logger.exception("worker %s could not build the shared knowledge base", self.name)

    # ----- jobs for the Telegram front end (run in a worker thread, signature of telegram._run_load) -----

    def reload_job(self, cfg: Config, engine: Engine) -> LoadSummary:
        """/reload: rebuild this worker's knowledge base from the shared documents (the others hold the same
        version already; new documents reach them all through NOTIFY)."""
        summary = self.sync(force=True)
        assert summary is not None  # a forced sync always builds
        return summary

    def upload_job(self, cfg: Config, engine: Engine, target: Path, data: bytes) -> LoadSummary:
        """An admin's upload: build the set with it here; only if that succeeds is it stored and announced."""
        with self._lock:
            next_db = self.db.with_name(self.db.name + ".next")

            def build(version: int, docs: list[StoredDocument]) -> LoadSummary:
                return build_documents(next_db, version, docs)

            try:
                version, summary = self.shared.change_documents(  # type: ignore[misc]
                    [(target.name, data)], keep_existing=True, added_by=f"upload:{self.name}", build=build)
                os.replace(next_db, self.db)
                self._swap(version)
            finally:
                next_db.unlink(missing_ok=True)
        return summary  # type: ignore[return-value]


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in name) or "worker"


def wait_for_version(worker: Worker, version: int, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if worker.version is not None and worker.version >= version:
            return True
        time.sleep(0.05)
    return False
