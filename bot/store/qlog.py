"""The question log: every question with its status and intent, so admins see what goes unanswered.

Kept in its own SQLite file (WAL, one commit per question): reloading the knowledge base never
touches it, and a killed process loses nothing that was committed.

The log never stands between a person and an answer: a full disk, a corrupt or deleted file only
cost log entries. The fault is reported once (stderr, and `take_notices()` for the admins); an
unreadable file is kept aside and a new one started; a deleted file is recreated.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
import time
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

RETRY_SECONDS = 5.0  # after a write fault, how long to wait before trying the file again


def _corrupt(exc: sqlite3.Error) -> bool:
    """A file that is not (or no longer) a readable database, as opposed to a full or locked disk."""
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text or (
        isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError)
        and not isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError))


def _migrate(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = {r[0] for r in conn.execute("SELECT name FROM migrations")}
    for name, sql in MIGRATIONS:
        if name not in done:
            conn.execute(sql)
            conn.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                         (name, datetime.now(UTC).isoformat(timespec="seconds")))


class QuestionLog:
    """Append-only log of questions; safe to use from several threads; never raises on a write."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        self.conn: sqlite3.Connection | None = None
        self._inode: int | None = None
        self._fault: str | None = None  # the fault being reported, until a write succeeds again
        self._retry_at = 0.0
        self._notices: list[str] = []
        with self._lock:
            self._open()

    # --- opening, faults and recovery ------------------------------------------------------------

    def _open(self) -> None:
        """Open (or create) the file; a corrupt one is set aside first. Called with the lock held."""
        self._close()
        for attempt in range(2):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, check_same_thread=False, timeout=10)
                try:
                    with conn:
                        conn.execute("PRAGMA journal_mode=WAL")
                        # No fsync per question (WAL keeps the file consistent; a crash of the machine
                        # may lose the last few log lines, never the log): `ask` does not wait on the disk.
                        conn.execute("PRAGMA synchronous=NORMAL")
                        conn.execute(
                            "CREATE TABLE IF NOT EXISTS questions (id INTEGER PRIMARY KEY, asked_at TEXT NOT NULL, "
                            "chat TEXT, question TEXT NOT NULL, status TEXT NOT NULL, intent TEXT)"
                        )
                        conn.execute("CREATE INDEX IF NOT EXISTS questions_status ON questions(status)")
                        conn.execute(
                            "CREATE TABLE IF NOT EXISTS admin_events (id INTEGER PRIMARY KEY, at TEXT NOT NULL, "
                            "user_id INTEGER, action TEXT NOT NULL, allowed INTEGER NOT NULL, detail TEXT)"
                        )
                        _migrate(conn)
                except BaseException:
                    conn.close()
                    raise
                self.conn = conn
                self._inode = os.stat(self.path).st_ino
                return
            except sqlite3.Error as exc:
                if attempt == 0 and _corrupt(exc) and self._set_aside():
                    continue
                self._report(exc)
                return
            except OSError as exc:
                self._report(exc)
                return

    def _close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.close()
            except sqlite3.Error:
                pass
        self.conn = None

    def _set_aside(self) -> bool:
        """Rename an unreadable log to questions.sqlite.unreadable-<time> so a new one can start."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.unreadable-{stamp}")
        try:
            os.replace(self.path, aside)
            for suffix in ("-wal", "-shm"):
                side = self.path.with_name(self.path.name + suffix)
                if side.exists():
                    os.replace(side, aside.with_name(aside.name + suffix))
        except OSError as exc:
            self._report(exc)
            return False
        self._notice(f"提问日志 {self.path} 无法读取，已改名为 {aside.name} 保留，并新建了日志。")
        return True

    def _notice(self, text: str) -> None:
        print(text, file=sys.stderr, flush=True)
        self._notices.append(text)

    def _report(self, exc: BaseException) -> None:
        """Report a write fault once; questions go on being answered without being logged."""
        self._close()
        self._retry_at = time.monotonic() + RETRY_SECONDS
        if self._fault is None:
            self._fault = str(exc)
            self._notice(f"提问日志 {self.path} 无法写入（{exc}）：问题照常回答，但暂不记录，请检查磁盘。")

    def _recovered(self) -> None:
        if self._fault is not None:
            self._fault = None
            self._notice(f"提问日志 {self.path} 已恢复记录。")

    def _moved(self) -> bool:
        """The file was deleted or replaced under us: writes would go to a file nobody sees."""
        try:
            return os.stat(self.path).st_ino != self._inode
        except OSError:
            return True

    def _write(self, sql: str, params: tuple) -> None:
        with self._lock:
            for attempt in range(2):
                if self.conn is None or self._moved():
                    if self.conn is None and time.monotonic() < self._retry_at:
                        return
                    self._open()
                    if self.conn is None:
                        return
                try:
                    with self.conn:
                        self.conn.execute(sql, params)
                    self._recovered()
                    return
                except sqlite3.Error as exc:
                    if attempt == 0 and _corrupt(exc):
                        self._close()
                        if self._set_aside():
                            continue
                    self._report(exc)
                    return

    def take_notices(self) -> list[str]:
        """Fault reports not yet passed on to the admins."""
        with self._lock:
            notices, self._notices = self._notices, []
        return notices

    # --- the log ---------------------------------------------------------------------------------

    def record(self, question: str, status: str, intent: str = "", chat: str = "") -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        self._write("INSERT INTO questions (asked_at, chat, question, status, intent) VALUES (?, ?, ?, ?, ?)",
                    (now, chat, question[:1000], status, intent))

    def admin_event(self, user_id: int | None, action: str, allowed: bool, detail: str = "") -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        self._write("INSERT INTO admin_events (at, user_id, action, allowed, detail) VALUES (?, ?, ?, ?, ?)",
                    (now, user_id, action, int(allowed), detail[:500]))

    def _read(self, sql: str, params: tuple = ()) -> list:
        with self._lock:
            if self.conn is None:
                return []
            try:
                return self.conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                self._report(exc)
                return []

    def stats(self) -> dict[str, int]:
        return {status: n for status, n in self._read("SELECT status, count(*) FROM questions GROUP BY status")}

    def unanswered(self, limit: int = 10) -> list[tuple[str, int]]:
        """The most frequent questions the bot could not answer."""
        return self._read(
            "SELECT question, count(*) AS n FROM questions WHERE status = 'unknown' "
            "GROUP BY question ORDER BY n DESC, max(id) DESC LIMIT ?",
            (limit,),
        )

    def feedback(self, chat: str, answer_key: str, question: str, status: str, intent: str, value: int,
                 answer: str = "") -> None:
        """👍 (+1) or 👎 (-1) on one answer, with its question; pressing again changes the vote."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        self._write(
            "INSERT INTO feedback (at, chat, answer_key, question, status, intent, value, answer) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (chat, answer_key) DO UPDATE SET value = excluded.value, "
            "at = excluded.at",
            (now, chat, answer_key, question[:1000], status, intent, 1 if value > 0 else -1, answer[:1000]),
        )

    def feedback_counts(self) -> dict[str, int]:
        """{"up": n, "down": m}."""
        counts = {"up": 0, "down": 0}
        for value, n in self._read("SELECT value, count(*) FROM feedback GROUP BY value"):
            counts["up" if value > 0 else "down"] += n
        return counts

    def disliked(self, limit: int = 10) -> list[tuple[str, int]]:
        """Questions whose answers got 👎, most often first."""
        return self._read("SELECT question, count(*) AS n FROM feedback WHERE value < 0 "
                          "GROUP BY question ORDER BY n DESC, max(id) DESC LIMIT ?", (limit,))

    def close(self) -> None:
        with self._lock:
            self._close()
