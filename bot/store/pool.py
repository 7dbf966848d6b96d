"""Read a load's files in worker processes while the build writes them, in file order.

Most of a load of many text files is parsing. Where there is more than one core, forked workers parse
batches of files (and cut their project names into words) while this process writes the documents
that came back, in the order of the files, at most AHEAD batches per worker in flight: memory does not
grow with the size of the load. When the oldest batch sent is not back yet, this process reads the next
batch itself (read_here) rather than wait. Only where forking is safe: a fork start method and no other
thread in the process (a running bot reloads in a thread, so it reads the files itself).

When the build needs no document itself, a worker writes a batch's rows into an in-memory SQLite
database and sends its bytes (rows.BatchRows): the build copies them with one INSERT … SELECT per
table, where unpickling ~40 tuples per document and binding their values again cost this process more
than the rest of its writing. Otherwise documents come back pickled as their dataclasses' field values
(copyreg, registered in the workers only): the default pickling of ~50 dataclass instances per document
costs more to read back than parsing the document again.
"""

from __future__ import annotations

import copyreg
import dataclasses
import gc
import math
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from operator import attrgetter
from pathlib import Path
from typing import Any

from bot import model
from bot.language.segment import read_dictionary
from bot.model import Document, Issue, LoadError
from bot.store.rows import BatchRows, Written, name_words

MIN_FILES = 32  # fewer files: forking workers costs more than it saves
MAX_WORKERS = 4
# Files per task: one message each way per batch, not per file; and per batch a worker commits, serializes
# and empties its batch database, and this process attaches it, reads its schema and prepares one copy
# statement per table. At 8 those fixed costs were ~9 % of a load's CPU (1,000 seed-sized files, 2 workers:
# 1.02 s vs 0.92 s at 32, medians of paired runs); at 32 a batch is still ~15 ms of parsing.
BATCH = 32
AHEAD = 4  # batches in flight per worker

# What a worker returns for one file: its documents with their identities and its project names' words;
# or, when the build needs no document itself, what it needs to know of each document whose rows are in
# the batch's database (rows.Written) with its identity; or the issues that rejected the file.
Outcome = tuple[list[tuple[Document, str]], dict[str, str]] | list[tuple[Written, str]] | list[Issue]
# A batch read: each file's outcome, and the serialized database of the rows of its documents (rows.BatchRows)
# when the worker wrote them.
Batch = tuple[list[Outcome], bytes | None]


def workers_for(files: int, requested: int | None = None) -> int:
    """How many processes parse a load of `files` files to read (1: this one alone): one per idle core
    for a load of many files. `requested` overrides the choice by size and idle cores, not the safety
    conditions."""
    n = requested if requested is not None else _idle_cores() if files >= MIN_FILES else 1
    if n <= 1 or "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        return 1
    return min(n, MAX_WORKERS)


def _idle_cores() -> int:
    """Cores the machine is not already busy with (this load's own process counts as busy): on a
    machine whose cores are all taken, workers only add the cost of passing documents between
    processes (measured: a load ~1.5x slower at a load average of 12 on 2 cores). Busy is the lesser of
    the last minute's load average and the tasks runnable right now: the average also counts this
    program's own work of the last minute (a load just before, its workers), which is over."""
    cores = os.cpu_count() or 1
    try:
        busy = min(os.getloadavg()[0], _runnable_now())
    except OSError:
        return 1
    return cores if busy < cores - 0.5 else 1


def _runnable_now() -> float:
    """Tasks runnable at this instant, this process among them (Linux's /proc/loadavg: "1.02 0.80 0.61
    2/310 4711"); infinity where it cannot be read (the load average alone decides)."""
    try:
        with open("/proc/loadavg", encoding="ascii") as f:
            return float(f.read().split()[3].split("/")[0])
    except (OSError, IndexError, ValueError):
        return math.inf


def _by_fields(cls: type, get: Callable[[object], Any], single: bool) -> Callable[[object], tuple]:
    """A copyreg reducer: rebuild an instance of cls from its fields' values."""
    return lambda obj: (cls, (get(obj),) if single else get(obj))


def _init_worker() -> None:
    """Pickle the model's dataclasses as constructor calls over their field values. No cyclic garbage
    collection: a worker lives for one load and its documents hold no cycles (it saves ~5 %)."""
    gc.disable()
    for name in dir(model):
        cls = getattr(model, name)
        if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == model.__name__:
            fields = dataclasses.fields(cls)
            if all(f.init for f in fields):
                copyreg.pickle(cls, _by_fields(cls, attrgetter(*[f.name for f in fields]), len(fields) == 1))


_WORDS: dict[str, str] = {}  # a worker's project names cut so far (names repeat across departments)


def _read_batch(jobs: list[tuple[str, bytes | None]], force: bool, loaded_at: str | None) -> Batch:
    """Read each file (from its bytes, or from disk when none were sent); with loaded_at, write each
    document's rows into the batch's database here (the loading process then only copies them)."""
    from bot.ingest.formats import read_documents

    out: list[Outcome] = []
    words = _WORDS
    rows = BatchRows(loaded_at, words) if loaded_at is not None else None
    for path, data in jobs:
        try:
            found = read_documents(Path(path), data, force=force)
        except LoadError as exc:
            out.append(exc.issues)
            continue
        if rows is not None:
            for doc, _ in found:
                doc.path = path  # as the build names it
            out.append([(rows.collect(doc, digest), digest) for doc, digest in found])
            continue
        names = {p.name for doc, _ in found for p in doc.projects}
        for name in names - words.keys():
            words[name] = name_words(name)
        out.append((found, {name: words[name] for name in names}))
    return out, rows.serialized() if rows is not None else None


class ParsePool:
    """Worker processes that read batches of files; results are taken in the order they were sent. A
    worker that dies (killed, out of memory) fails the load (BrokenProcessPool) instead of hanging it."""

    def __init__(self, workers: int, force: bool, loaded_at: str | None = None):
        """loaded_at: the workers send each document's rows (stamped with it) instead of the document."""
        self.workers, self.force, self.loaded_at = workers, force, loaded_at
        read_dictionary()  # before the workers are forked: they share it
        self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                        initializer=_init_worker)

    @property
    def limit(self) -> int:
        """Batches that may be in flight at once."""
        return self.workers * AHEAD

    def send(self, jobs: list[tuple[str, bytes | None]]) -> Future[Batch]:
        return self.pool.submit(_read_batch, jobs, self.force, self.loaded_at)

    def read_here(self, jobs: list[tuple[str, bytes | None]]) -> Future[Batch]:
        """Read a batch in this process, as a worker would: what the loading process does instead of
        waiting while the workers are behind. Its documents come back as documents (nothing to pickle,
        no rows to renumber: the build writes them as it writes a file it reads itself, cutting their
        names with its own cache)."""
        from bot.ingest.formats import read_documents

        done: Future[Batch] = Future()
        out: list[Outcome] = []
        try:
            for path, data in jobs:
                try:
                    out.append((read_documents(Path(path), data, force=self.force), {}))
                except LoadError as exc:
                    out.append(exc.issues)
            done.set_result((out, None))
        except BaseException as exc:  # as a worker's: raised when the batch's result is taken
            done.set_exception(exc)
        return done

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
