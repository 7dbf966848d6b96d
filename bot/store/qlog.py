"""The question log: every question with its status and intent, so admins see what goes unanswered.

Kept in its own SQLite file (WAL, one commit per question): reloading the knowledge base never
touches it, and a killed process loses nothing that was committed.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

# Named migrations, applied once each in this order and recorded in `migrations`, so a log written by an
# older version gains the new tables without losing a row.
MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("2026-11-30-feedback",
     "CREATE TABLE IF NOT EXISTS feedback (id INTEGER PRIMARY KEY, at TEXT NOT NULL, chat TEXT, "
     "answer_key TEXT NOT NULL, question TEXT NOT NULL, status TEXT, intent TEXT, value INTEGER NOT NULL, "
     "answer TEXT, UNIQUE (chat, answer_key))"),
)


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

    def _migrate(self) -> None:
        with self._lock, self.conn:
            self.conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            done = {r[0] for r in self.conn.execute("SELECT name FROM migrations")}
            for name, sql in MIGRATIONS:
                if name not in done:
                    self.conn.execute(sql)
                    self.conn.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                                      (name, datetime.now(UTC).isoformat(timespec="seconds")))

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

    def feedback(self, chat: str, answer_key: str, question: str, status: str, intent: str, value: int,
                 answer: str = "") -> None:
        """👍 (+1) or 👎 (-1) on one answer, with its question; pressing again changes the vote."""
        self._migrate_once()
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._lock, self.conn:
            self.conn.execute(
                "INSERT INTO feedback (at, chat, answer_key, question, status, intent, value, answer) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (chat, answer_key) DO UPDATE SET value = excluded.value, "
                "at = excluded.at",
                (now, chat, answer_key, question[:1000], status, intent, 1 if value > 0 else -1, answer[:1000]),
            )

    def feedback_counts(self) -> dict[str, int]:
        """{"up": n, "down": m}."""
        self._migrate_once()
        with self._lock:
            rows = self.conn.execute("SELECT value, count(*) FROM feedback GROUP BY value").fetchall()
        counts = {"up": 0, "down": 0}
        for value, n in rows:
            counts["up" if value > 0 else "down"] += n
        return counts

    def disliked(self, limit: int = 10) -> list[tuple[str, int]]:
        """Questions whose answers got 👎, most often first."""
        self._migrate_once()
        with self._lock:
            return self.conn.execute(
                "SELECT question, count(*) AS n FROM feedback WHERE value < 0 "
                "GROUP BY question ORDER BY n DESC, max(id) DESC LIMIT ?", (limit,)).fetchall()

    def _migrate_once(self) -> None:
        if not getattr(self, "_migrated", False):
            self._migrate()
            self._migrated = True

    def close(self) -> None:
        self.conn.close()
