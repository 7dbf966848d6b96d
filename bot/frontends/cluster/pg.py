"""Everything workers share, in PostgreSQL (psycopg 3): sessions, documents, the question log, admin events.

One row per chat holds its Session (written once per turn), and with it the clarification it waits for:
a button's token is derived from that pending clarification, so any worker can answer the button.
Documents are stored as bytes with their metadata; a version counter in `bot_kb` names each set, and a
change commits with NOTIFY bot_kb so every worker rebuilds its own read-only SQLite knowledge base.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg
from psycopg.types.json import Jsonb
from psycopg_pool import ConnectionPool

from bot.engine import Session
from bot.frontends.sessions import decode

CHANNEL = "bot_kb"
_SCHEMA_LOCK = 16_016  # advisory lock: workers starting together create the tables one at a time
_SCHEMA = [
    "CREATE TABLE IF NOT EXISTS bot_sessions (chat text PRIMARY KEY, data jsonb NOT NULL, "
    "build_id text NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())",
    "CREATE TABLE IF NOT EXISTS bot_questions (id bigserial PRIMARY KEY, asked_at timestamptz NOT NULL "
    "DEFAULT now(), chat text, question text NOT NULL, status text NOT NULL, intent text, worker text)",
    "CREATE INDEX IF NOT EXISTS bot_questions_status ON bot_questions (status)",
    "CREATE TABLE IF NOT EXISTS bot_admin_events (id bigserial PRIMARY KEY, at timestamptz NOT NULL "
    "DEFAULT now(), user_id bigint, action text NOT NULL, allowed boolean NOT NULL, detail text, worker text)",
    "CREATE TABLE IF NOT EXISTS bot_documents (id bigserial PRIMARY KEY, file_name text NOT NULL, "
    "sha256 text NOT NULL, content bytea NOT NULL, added_at timestamptz NOT NULL DEFAULT now(), "
    "added_by text, active boolean NOT NULL DEFAULT true)",
    "CREATE TABLE IF NOT EXISTS bot_feedback (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), "
    "chat text, answer_key text NOT NULL, question text NOT NULL, status text, intent text, value int NOT NULL, "
    "answer text, worker text, UNIQUE (chat, answer_key))",
    # The front end's per-chat state beside the session (answers whose page/follow-up/👍 buttons still work).
    "CREATE TABLE IF NOT EXISTS bot_chat_data (chat bigint PRIMARY KEY, data bytea NOT NULL, "
    "updated_at timestamptz NOT NULL DEFAULT now())",
    "CREATE TABLE IF NOT EXISTS bot_kb (id int PRIMARY KEY CHECK (id = 1), version bigint NOT NULL)",
    "INSERT INTO bot_kb (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING",
]


def _one(cur: psycopg.Cursor[Any]) -> tuple[Any, ...]:
    """The row of a query that always has one (bot_kb's row is made with the schema)."""
    row = cur.fetchone()
    if row is None:
        raise RuntimeError("bot_kb has no row: the schema was not created")
    return row


@dataclass(frozen=True)
class StoredDocument:
    id: int
    file_name: str
    content: bytes
    added_at: datetime


class Shared:
    """A connection pool to the shared database and the stores over it."""

    def __init__(self, url: str, worker: str = "", pool_size: int = 6) -> None:
        self.url = url
        self.worker = worker
        self.pool = ConnectionPool(url, min_size=1, max_size=pool_size, kwargs={"autocommit": True},
                                   open=True, name="bot-shared")
        self.pool.wait(timeout=30)
        with self.pool.connection() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
            for statement in _SCHEMA:
                conn.execute(statement)
        self.sessions = PgSessionStore(self.pool)
        self.log = PgQuestionLog(self.pool, worker)
        self.chat_data = PgChatData(self.pool)

    def close(self) -> None:
        self.pool.close()

    # ----- documents -------------------------------------------------------------------------------------

    def version(self) -> int:
        with self.pool.connection() as conn:
            return _one(conn.execute("SELECT version FROM bot_kb WHERE id = 1"))[0]

    def documents(self, conn: psycopg.Connection | None = None) -> tuple[int, list[StoredDocument]]:
        """The current version and its active documents (one snapshot)."""
        if conn is None:
            with self.pool.connection() as own, own.transaction():
                own.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                return self.documents(own)
        version = _one(conn.execute("SELECT version FROM bot_kb WHERE id = 1"))[0]
        rows = conn.execute("SELECT id, file_name, content, added_at FROM bot_documents WHERE active "
                            "ORDER BY id").fetchall()
        return version, [StoredDocument(r[0], r[1], bytes(r[2]), r[3]) for r in rows]

    def change_documents(self, files: Sequence[tuple[str, bytes]], keep_existing: bool, added_by: str,
                         build: Callable[[int, list[StoredDocument]], object],
                         only_if_empty: bool = False) -> tuple[int, object] | None:
        """Add files (or replace every document with them) as a new version, all or nothing.

        `build(version, documents)` must build and check a knowledge base of the new set; if it raises,
        nothing is stored. The new version is committed with NOTIFY, so every worker rebuilds. The row lock
        on bot_kb makes concurrent changes from several workers take turns. With only_if_empty, nothing
        happens when documents exist already (None is returned): workers starting together seed once.
        """
        with self.pool.connection() as conn, conn.transaction():
            version = _one(conn.execute("SELECT version FROM bot_kb WHERE id = 1 FOR UPDATE"))[0]
            if only_if_empty and conn.execute("SELECT 1 FROM bot_documents WHERE active LIMIT 1").fetchone():
                return None
            if not keep_existing:
                conn.execute("UPDATE bot_documents SET active = false WHERE active")
            active = {r[0] for r in conn.execute("SELECT sha256 FROM bot_documents WHERE active")}
            for name, data in files:
                digest = hashlib.sha256(data).hexdigest()
                if digest in active:
                    continue  # the same bytes again: loading twice never duplicates a document
                active.add(digest)
                conn.execute("INSERT INTO bot_documents (file_name, sha256, content, added_by) "
                             "VALUES (%s, %s, %s, %s)", (name, digest, data, added_by))
            version += 1
            conn.execute("UPDATE bot_kb SET version = %s WHERE id = 1", (version,))
            _, documents = self.documents(conn)
            result = build(version, documents)  # raises on a bad set: the transaction rolls back
            conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, str(version)))
        return version, result


class PgSessionStore:
    """Conversations: one row per chat, written once per turn."""

    def __init__(self, pool: ConnectionPool) -> None:
        self.pool = pool

    def get(self, chat: str) -> Session:
        with self.pool.connection() as conn:
            row = conn.execute("SELECT data FROM bot_sessions WHERE chat = %s", (chat,)).fetchone()
        return decode(row[0] if row else None)

    def put(self, chat: str, session: Session) -> None:
        with self.pool.connection() as conn:
            conn.execute(
                "INSERT INTO bot_sessions (chat, data, build_id) VALUES (%s, %s, %s) ON CONFLICT (chat) "
                "DO UPDATE SET data = excluded.data, build_id = excluded.build_id, updated_at = now()",
                (chat, Jsonb(session.to_dict()), session.build_id),
            )


class PgQuestionLog:
    """The question log and admin events of every worker (the interface of qlog.QuestionLog)."""

    def __init__(self, pool: ConnectionPool, worker: str = "") -> None:
        self.pool = pool
        self.worker = worker

    def take_notices(self) -> list[str]:
        """Log faults to pass on to the admins (the SQLite log's interface; PostgreSQL errors raise)."""
        return []

    def record(self, question: str, status: str, intent: str = "", chat: str = "") -> None:
        with self.pool.connection() as conn:
            conn.execute("INSERT INTO bot_questions (chat, question, status, intent, worker) "
                         "VALUES (%s, %s, %s, %s, %s)", (chat, question[:1000], status, intent, self.worker))

    def admin_event(self, user_id: int | None, action: str, allowed: bool, detail: str = "") -> None:
        with self.pool.connection() as conn:
            conn.execute("INSERT INTO bot_admin_events (user_id, action, allowed, detail, worker) "
                         "VALUES (%s, %s, %s, %s, %s)", (user_id, action, allowed, detail[:500], self.worker))

    def stats(self) -> dict[str, int]:
        with self.pool.connection() as conn:
            rows = conn.execute("SELECT status, count(*) FROM bot_questions GROUP BY status").fetchall()
        return {status: n for status, n in rows}

    def unanswered(self, limit: int = 10) -> list[tuple[str, int]]:
        with self.pool.connection() as conn:
            return [tuple(r) for r in conn.execute(
                "SELECT question, count(*) AS n FROM bot_questions WHERE status = 'unknown' "
                "GROUP BY question ORDER BY n DESC, max(id) DESC LIMIT %s", (limit,)).fetchall()]

    def feedback(self, chat: str, answer_key: str, question: str, status: str, intent: str, value: int,
                 answer: str = "") -> None:
        """👍 (+1) or 👎 (-1) on one answer; pressing again (on any worker) changes the vote."""
        with self.pool.connection() as conn:
            conn.execute(
                "INSERT INTO bot_feedback (chat, answer_key, question, status, intent, value, answer, worker) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (chat, answer_key) DO UPDATE "
                "SET value = excluded.value, at = now()",
                (chat, answer_key, question[:1000], status, intent, 1 if value > 0 else -1, answer[:1000],
                 self.worker))

    def feedback_counts(self) -> dict[str, int]:
        with self.pool.connection() as conn:
            rows = conn.execute("SELECT value, count(*) FROM bot_feedback GROUP BY value").fetchall()
        counts = {"up": 0, "down": 0}
        for value, n in rows:
            counts["up" if value > 0 else "down"] += n
        return counts

    def disliked(self, limit: int = 10) -> list[tuple[str, int]]:
        with self.pool.connection() as conn:
            return [tuple(r) for r in conn.execute(
                "SELECT question, count(*) AS n FROM bot_feedback WHERE value < 0 "
                "GROUP BY question ORDER BY n DESC, max(id) DESC LIMIT %s", (limit,)).fetchall()]

    def close(self) -> None:
        """The pool belongs to Shared, which closes it."""


class PgChatData:
    """The Telegram front end's chat_data of each chat, loaded before and saved after each of its updates.

    Pickled: it holds the front end's own objects (answers behind page, follow-up and 👍 buttons). Only
    this program writes the table, so unpickling it trusts nothing from outside.
    """

    def __init__(self, pool: ConnectionPool) -> None:
        self.pool = pool

    def get(self, chat: int) -> dict:
        with self.pool.connection() as conn:
            row = conn.execute("SELECT data FROM bot_chat_data WHERE chat = %s", (chat,)).fetchone()
        if row is None:
            return {}
        try:
            data = pickle.loads(bytes(row[0]))
        except Exception:  # written by another version: start afresh rather than fail the update
            return {}
        return data if isinstance(data, dict) else {}

    def put(self, chat: int, data: dict) -> None:
        blob = pickle.dumps(dict(data), protocol=pickle.HIGHEST_PROTOCOL)
        with self.pool.connection() as conn:
            conn.execute("INSERT INTO bot_chat_data (chat, data) VALUES (%s, %s) ON CONFLICT (chat) DO UPDATE "
                         "SET data = excluded.data, updated_at = now()", (chat, blob))
