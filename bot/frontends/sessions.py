"""Where conversations live between turns: a SessionStore maps a chat to its engine Session.

A front end reads the chat's session before Engine.ask and writes it back after, once per turn, and keeps
no conversation state of its own. In memory for one process (the default); in a SQLite file for several
processes on one host; in PostgreSQL for workers on several hosts (frontends/cluster/pg.py).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Protocol

from bot.engine import Session


class SessionStore(Protocol):
    """get() returns a fresh Session for a chat never seen (or whose stored one cannot be read)."""

    def get(self, chat: str) -> Session: ...

    def put(self, chat: str, session: Session) -> None: ...


def decode(data: str | dict | None) -> Session:
    """A stored session, or a fresh one when there is none or it cannot be read (never an error)."""
    if data is None:
        return Session()
    try:
        return Session.from_dict(json.loads(data) if isinstance(data, str) else data)
    except (TypeError, ValueError, KeyError):
        return Session()


def encode(session: Session) -> str:
    return json.dumps(session.to_dict(), ensure_ascii=False, separators=(",", ":"))


class MemorySessionStore:
    """One process: sessions as JSON in a dict, so a stored session is never shared by reference."""

    def __init__(self) -> None:
        self._data: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, chat: str) -> Session:
        with self._lock:
            return decode(self._data.get(chat))

    def put(self, chat: str, session: Session) -> None:
        encoded = encode(session)
        with self._lock:
            self._data[chat] = encoded


class SQLiteSessionStore:
    """Several processes on one host: one row per chat in a SQLite file (WAL, one commit per turn)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self.conn = sqlite3.connect(self.path, check_same_thread=False, timeout=10)
        with self._lock, self.conn:
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("CREATE TABLE IF NOT EXISTS sessions (chat TEXT PRIMARY KEY, data TEXT NOT NULL, "
                              "build_id TEXT NOT NULL, updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)")

    def get(self, chat: str) -> Session:
        with self._lock:
            row = self.conn.execute("SELECT data FROM sessions WHERE chat = ?", (chat,)).fetchone()
        return decode(row[0] if row else None)

    def put(self, chat: str, session: Session) -> None:
        with self._lock, self.conn:
            self.conn.execute(
                "INSERT INTO sessions (chat, data, build_id) VALUES (?, ?, ?) ON CONFLICT (chat) DO UPDATE "
                "SET data = excluded.data, build_id = excluded.build_id, updated_at = CURRENT_TIMESTAMP",
                (chat, encode(session), session.build_id),
            )

    def close(self) -> None:
        self.conn.close()
