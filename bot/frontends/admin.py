"""Admin operations shared by the command line and Telegram: reload the knowledge folders, install an
upload. Everything is checked before anything on disk changes: the vocabulary and the intent rules,
every document, the new database; a failure leaves the folders and the live database as they were.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from bot.config import Config
from bot.engine import Engine
from bot.model import Document, Issue
from bot.store import queries as query
from bot.store.build import LoadSummary, iter_sources, load_paths


def rules_path(cfg: Config) -> Path:
    return cfg.vocabulary.with_name("intents.toml")


def check_language(cfg: Config) -> None:
    """Read the vocabulary and the intent rules; LoadError (Chinese, with file and line) when broken."""
    Engine.check_language(cfg.vocabulary, rules_path(cfg))


def alias_warnings(cfg: Config, engine: Engine | None = None) -> list[Issue]:
    """Aliases whose target names nothing in the knowledge base: a likely typo in vocabulary.toml."""
    own = engine is None
    if engine is None:
        engine = Engine(cfg.db, cfg.vocabulary)
    try:
        text = cfg.vocabulary.read_text(encoding="utf-8")
    except OSError:
        text = ""
    lines = text.splitlines()

    def line_of(alias: str) -> int:
        return next((no for no, line in enumerate(lines, start=1) if line.strip().startswith((f'"{alias}"', alias))), 0)

    try:
        return [Issue(str(cfg.vocabulary), line_of(alias),
                      f"别名“{alias}”的目标“{target}”在知识库中找不到对应的项目、部门或词语")
                for alias, target in engine.unmatched_aliases()]
    finally:
        if own:
            engine.kb.close()


def knowledge_paths(cfg: Config) -> list[Path]:
    """The knowledge folder, plus the upload folder if it was configured outside it."""
    upload = cfg.telegram.upload_folder.resolve()
    knowledge = cfg.knowledge.resolve()
    inside = upload == knowledge or knowledge in upload.parents
    return [cfg.knowledge] if inside or not upload.is_dir() else [cfg.knowledge, upload]


def reload_knowledge(cfg: Config, engine=None, paths: list[Path] | None = None, *, keep_existing: bool = False,
                     force: bool = False, allow_remove: bool = False,
                     parsed: dict[str, list[tuple[Document, str]]] | None = None) -> LoadSummary:
    """Check the vocabulary and rules, rebuild the database from the folders (reusing unchanged tables)
    and swap it into the engine. Nothing on disk changes unless all of it is valid."""
    check_language(cfg)
    summary = load_paths(cfg.db, paths or knowledge_paths(cfg), keep_existing, force=force,
                         allow_remove=allow_remove, uploads=cfg.telegram.upload_folder, parsed=parsed)
    if engine is not None:
        engine.reload()
        summary.vocabulary = alias_warnings(cfg, engine)
    else:
        summary.vocabulary = alias_warnings(cfg)
    return summary


# --- uploads -----------------------------------------------------------------------------------------

MAX_NAME_BYTES = 150  # file systems allow 255 bytes; room for ".", ".uploading" and a "-2" suffix


@dataclass
class UploadResult:
    summary: LoadSummary | None  # None when nothing changed
    name: str  # the file name it was saved under (or the identical file already there)
    same_as: str = ""  # an identical file already in the folders


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def _keys(found: list[tuple[Document, str]]) -> set[tuple[str, int | None, str]]:
    return {(d.department_name, d.year, d.form) for d, _ in found}


def _loaded_keys(db: Path) -> dict[Path, set[tuple[str, int | None, str]]]:
    """The (department, year, kind of table) tables each file of the live database holds."""
    import sqlite3

    out: dict[Path, set[tuple[str, int | None, str]]] = {}
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        try:
            for path, department, year, form in query.documents_by_path(conn):
                out.setdefault(Path(path).resolve(), set()).add((department, year, form))
        finally:
            conn.close()
    except sqlite3.Error:
        return {}
    return out


def install_upload(cfg: Config, engine, name: str, data: bytes, found: list[tuple[Document, str]]) -> UploadResult:
    """Save an upload (already read into `found`) in the upload folder and reload.

    Another department's file of the same name is never overwritten (the upload gets a new name); a
    file in the upload folder whose tables the upload replaces (same departments, years and kinds of table) is moved
    to .replaced/ so only one version stays. On any failure the folder and the database are restored.
    """
    folder = cfg.telegram.upload_folder.resolve()
    if Path(name).name != name or name.startswith("."):  # safe_file_name makes this impossible; never trust it
        raise ValueError(f"unsafe upload name {name!r}")
    digest = hashlib.sha256(data).hexdigest()
    if folder.is_dir():  # partial files of an upload that was killed while saving
        for partial in folder.glob(".*.uploading"):
            with contextlib.suppress(OSError):
                partial.unlink()
    for existing in iter_sources(knowledge_paths(cfg)):
        if _digest(existing) == digest:
            return UploadResult(None, existing.name, same_as=existing.name)
    keys = _keys(found)
    superseded = [f for f, old in _loaded_keys(cfg.db).items()
                  if folder in f.parents and f.exists() and old <= keys]
    target = folder / name
    stem, suffix = os.path.splitext(name)
    n = 2
    while target.exists() and target not in superseded:
        target = folder / f"{stem}-{n}{suffix}"
        n += 1
    folder.mkdir(parents=True, exist_ok=True)
    aside = folder / ".replaced"
    moved: list[tuple[Path, Path]] = []
    partial = folder / f".{target.name}.uploading"  # hidden files are skipped by the loader
    try:
        for old in superseded:
            aside.mkdir(exist_ok=True)
            dest = aside / old.name
            k = 2
            while dest.exists():
                dest = aside / f"{Path(old.name).stem}-{k}{old.suffix}"
                k += 1
            os.replace(old, dest)
            moved.append((old, dest))
        partial.write_bytes(data)
        os.replace(partial, target)
        summary = reload_knowledge(cfg, engine, parsed={str(target): found})
    except BaseException:
        partial.unlink(missing_ok=True)
        if target.exists() and target not in {old for old, _ in moved}:
            target.unlink()
        for old, dest in moved:
            with contextlib.suppress(OSError):
                os.replace(dest, old)
        raise
    return UploadResult(summary, target.name)
