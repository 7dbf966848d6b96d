"""The question log: every question with its status and intent, so admins see what goes unanswered.

Kept in its own SQLite file (WAL, one commit per question): reloading the knowledge base never
touches it, and a killed process loses nothing that was committed.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path


class QuestionLog:
    """Append-only log of questions; safe to use from several threads."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self.conn = sqlite3.connect(self.path, check_same_thread=False, timeout=10)
        with self._lock, self.conn:
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS questions (id INTEGER PRIMARY KEY, asked_at TEXT NOT NULL, "
                "chat TEXT, question TEXT NOT NULL, status TEXT NOT NULL, intent TEXT)"
            )
            self.conn.execute("CREATE INDEX IF NOT EXISTS questions_status ON questions(status)")
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS admin_events (id INTEGER PRIMARY KEY, at TEXT NOT NULL, "
                "user_id INTEGER, action TEXT NOT NULL, allowed INTEGER NOT NULL, detail TEXT)"
            )

    def record(self, question: str, status: str, intent: str = "", chat: str = "") -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._lock, self.conn:
            self.conn.execute(
                "INSERT INTO questions (asked_at, chat, question, status, intent) VALUES (?, ?, ?, ?, ?)",
                (now, chat, question[:1000], status, intent),
            )

    def admin_event(self, user_id: int | None, action: str, allowed: bool, detail: str = "") -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._lock, self.conn:
            self.conn.execute(
                "INSERT INTO admin_events (at, user_id, action, allowed, detail) VALUES (?, ?, ?, ?, ?)",
                (now, user_id, action, int(allowed), detail[:500]),
            )

    def stats(self) -> dict[str, int]:
        with self._lock:
            rows = self.conn.execute("SELECT status, count(*) FROM questions GROUP BY status").fetchall()
        return {status: n for status, n in rows}

    def unanswered(self, limit: int = 10) -> list[tuple[str, int]]:
        """The most frequent questions the bot could not answer."""
        with self._lock:
            return self.conn.execute(
                "SELECT question, count(*) AS n FROM questions WHERE status = 'unknown' "
                "GROUP BY question ORDER BY n DESC, max(id) DESC LIMIT ?",
                (limit,),
            ).fetchall()

    def close(self) -> None:
        self.conn.close()
