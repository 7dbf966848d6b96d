"""Shared mode end to end: two real worker processes behind a round-robin balancer, a real PostgreSQL
server (started by the test session), and the fake Bot API delivering updates to the webhook."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from fake_telegram import DEFAULT_USER_ID, FakeTelegram, fake_telegram  # noqa: F401 (fixture)

from bot.engine import Frame, Session
from bot.frontends.cluster.harness import Cluster
from bot.frontends.sessions import MemorySessionStore, SQLiteSessionStore
from bot.language.lexicon import Ref

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "knowledge" / "000_9289cd5134f499bc.txt"
CIVIL = Path(__file__).resolve().parent / "data" / "civil_affairs.txt"
WAIT = 90.0  # liveness only

# Under pytest-xdist these tests run on one worker, so the session starts one PostgreSQL server, not one
# per worker, and two clusters of worker processes never compete for the two cores.
pytestmark = pytest.mark.xdist_group("postgres")


# ----- sessions as values ----------------------------------------------------------------------------------


def test_session_round_trips_through_json_and_every_store(tmp_path: Path) -> None:
    frame = Frame(intent="amount", projects=[3], categories=[Ref("category", "满意度指标", "level2")],
                  amount_filter=("between", 10.0, 20.0), ambiguous=[[1, 2]])
    session = Session(frame=frame, focus_projects=[3], last_list=[("project", 1), ("indicator", 7)],
                      pending=[Frame(intent="amount", projects=[1], label="政府雇员工资经费")], doc_ids=[1],
                      build_id="pg7")
    assert Session.from_dict(session.to_dict()) == session
    assert Session.from_dict({**session.to_dict(), "added_by_a_newer_version": 1}) == session
    for store in (MemorySessionStore(), SQLiteSessionStore(tmp_path / "sessions.sqlite")):
        assert store.get("tg:1") == Session()
        store.put("tg:1", session)
        assert store.get("tg:1") == session
        session.focus_projects.append(4)  # a stored session is a copy, not the caller's object
        assert store.get("tg:1").focus_projects == [3]
        session.focus_projects.pop()


def test_sqlite_sessions_are_shared_by_two_connections(tmp_path: Path) -> None:
    one, two = SQLiteSessionStore(tmp_path / "s.sqlite"), SQLiteSessionStore(tmp_path / "s.sqlite")
    one.put("tg:5", Session(focus_projects=[9], build_id="x"))
    assert two.get("tg:5").focus_projects == [9]


def test_postgres_stores(postgres) -> None:
    from bot.frontends.cluster.pg import Shared

    shared = Shared(postgres.new_database(), worker="w1")
    try:
        assert shared.sessions.get("tg:1") == Session()
        shared.sessions.put("tg:1", Session(focus_projects=[2], build_id="pg1"))
        shared.sessions.put("tg:1", Session(focus_projects=[5], build_id="pg1"))
        assert shared.sessions.get("tg:1").focus_projects == [5]
        shared.log.record("法律顾问经费多少", "answered", "amount", "tg:1")
        shared.log.record("电脑多少钱", "unknown", "", "tg:1")
        shared.log.record("电脑多少钱", "unknown", "", "tg:2")
        shared.log.admin_event(1001, "upload", True, "x.txt: loaded")
        assert shared.log.stats() == {"answered": 1, "unknown": 2}
        assert shared.log.unanswered() == [("电脑多少钱", 2)]
        with shared.pool.connection() as conn:
            assert conn.execute("SELECT count(*) FROM bot_sessions").fetchone()[0] == 1  # one row per chat
            assert conn.execute("SELECT worker FROM bot_admin_events").fetchone()[0] == "w1"
    finally:
        shared.close()


def test_the_postgres_log_offers_everything_the_sqlite_log_does() -> None:
    from bot.frontends.cluster.pg import PgQuestionLog
    from bot.store.qlog import QuestionLog

    public = {name for name in vars(QuestionLog) if not name.startswith("_")}
    assert public <= set(vars(PgQuestionLog)), public - set(vars(PgQuestionLog))


# ----- two workers behind the balancer ---------------------------------------------------------------------


@pytest.fixture
def cluster(postgres, fake_telegram: FakeTelegram, tmp_path: Path) -> Iterator[Cluster]:  # noqa: F811
    fake = fake_telegram
    with Cluster(tmp_path / "cluster", postgres.new_database(), fake.token, fake.base_url, fake.base_file_url,
                 knowledge=[SEED], admins=(DEFAULT_USER_ID,)) as running:
        try:
            yield running
        finally:  # pytest shows this only for a test that failed: what each worker did, what the fake delivered
            print(f"deliveries (update_id, status): {fake.deliveries}")
            for name in running.names:
                print(f"----- worker {name} (exit {running.workers[name].poll()}) -----\n{running.log(name)}")


def rows(cluster: Cluster, sql: str, *params: object) -> list[tuple]:
    with psycopg.connect(cluster.database_url) as conn:
        return conn.execute(sql, params).fetchall()


def ask(fake: FakeTelegram, text: str, chat: int = DEFAULT_USER_ID) -> str:
    """Send a message and wait for the bot's next reply in that chat."""
    before = len([c for c in fake.calls("sendMessage") if c.ok and c.params["chat_id"] == chat])
    fake.send_text(text, chat_id=chat, user_id=chat)
    calls = fake.wait_for("sendMessage", lambda p: p["chat_id"] == chat, count=before + 1, timeout=WAIT)
    return calls[before].result["text"]


def acknowledged(fake: FakeTelegram, update_id: int) -> None:
    """Wait until a webhook delivery of the update was answered 200."""
    deadline = time.monotonic() + WAIT
    while (update_id, 200) not in fake.deliveries:
        assert time.monotonic() < deadline, f"update {update_id} never acknowledged: {fake.deliveries}"
        time.sleep(0.05)


def workers_of(cluster: Cluster, chat: int) -> list[str]:
    return [r[0] for r in rows(cluster, "SELECT worker FROM bot_questions WHERE chat = %s ORDER BY id", f"tg:{chat}")]


def test_a_conversation_continues_across_workers(cluster: Cluster, fake_telegram: FakeTelegram) -> None:  # noqa: F811
    fake = fake_telegram
    first = ask(fake, "法律顾问经费多少")
    second = ask(fake, "它的满意度指标呢")
    third = ask(fake, "那它的绩效目标呢")

    assert "聘请法律顾问专项经费" in first and "12.00万元" in first
    assert "聘请法律顾问专项经费的满意度指标" in second and "法律顾问服务对象满意度" in second
    assert "聘请法律顾问专项经费的绩效目标" in third
    a, b, c = workers_of(cluster, DEFAULT_USER_ID)
    assert a != b and b != c and {a, b} == {"A", "B"}  # every turn on the other worker
    [(count, build_id)] = rows(cluster, "SELECT count(*), max(build_id) FROM bot_sessions")
    assert count == 1 and build_id == "pg1"
    assert all(status == 200 for _, status in fake.deliveries)
    assert not fake.errors()


def test_a_button_is_answered_by_the_other_worker(cluster: Cluster, fake_telegram: FakeTelegram) -> None:  # noqa: F811
    fake = fake_telegram
    fake.send_text("雇员经费多少")
    [question] = fake.wait_for("sendMessage", lambda p: "reply_markup" in p, timeout=WAIT)
    buttons = [b for row in question.result["reply_markup"]["inline_keyboard"] for b in row]
    fake.press_button(buttons[1]["callback_data"], question)
    [edited] = fake.wait_for("editMessageText", timeout=WAIT)
    fake.press_button(buttons[0]["callback_data"], question, strict=False)  # pressed again: expired
    fake.wait_for("answerCallbackQuery", count=2, timeout=WAIT)

    assert "政府雇员公用经费" in edited.result["text"] and "2.70" in edited.result["text"]
    first, second = (c.params for c in fake.calls("answerCallbackQuery"))
    assert "text" not in first and "过期" in second["text"]
    asked, chosen = workers_of(cluster, DEFAULT_USER_ID)
    assert asked != chosen


def test_an_upload_on_one_worker_is_answered_by_the_other(cluster: Cluster, fake_telegram: FakeTelegram) -> None:  # noqa: F811
    fake = fake_telegram
    assert "326.40" not in ask(fake, "困难群众救助经费多少")
    fake.send_document(CIVIL.name, CIVIL.read_bytes())
    [reply] = fake.wait_for("sendMessage", lambda p: "已加载" in p["text"] or "失败" in p["text"], timeout=WAIT)
    assert "已加载" in reply.params["text"] and "民政局" in reply.params["text"]
    [(uploader,)] = rows(cluster, "SELECT worker FROM bot_admin_events WHERE action = 'upload' AND allowed")
    other = next(name for name in cluster.names if name != uploader)
    cluster.wait_healthy(other, version=2, timeout=WAIT)  # the NOTIFY reached the other worker

    answer = ask(fake, "困难群众救助经费多少")
    assert "326.40" in answer and "民政局" in answer
    assert workers_of(cluster, DEFAULT_USER_ID)[-1] == other
    [(count,)] = rows(cluster, "SELECT count(*) FROM bot_documents WHERE active")
    assert count == 2


def test_a_worker_that_starts_later_builds_the_current_documents(cluster: Cluster,
                                                                 fake_telegram: FakeTelegram) -> None:  # noqa: F811
    fake = fake_telegram
    fake.send_document(CIVIL.name, CIVIL.read_bytes())
    fake.wait_for("sendMessage", lambda p: "已加载" in p["text"], timeout=WAIT)
    cluster.kill("B", signal.SIGTERM)
    assert cluster.workers["B"].wait(timeout=WAIT) == 0  # a graceful stop
    cluster.start_worker("B")
    assert cluster.wait_healthy("B", timeout=WAIT)["version"] == 2
    answers = [ask(fake, "困难群众救助经费多少") for _ in range(2)]  # one on each worker
    assert all("326.40" in a for a in answers)


def test_killing_a_worker_mid_conversation_loses_nothing(cluster: Cluster, fake_telegram: FakeTelegram) -> None:  # noqa: F811
    fake = fake_telegram
    first = ask(fake, "法律顾问经费多少")
    [victim] = workers_of(cluster, DEFAULT_USER_ID)
    survivor = next(name for name in cluster.names if name != victim)
    second = ask(fake, "它的满意度指标呢")  # on the survivor
    # The victim freezes, the next update is delivered to it (it is next in turn) and sits unanswered;
    # then the victim is killed: the connection breaks, Telegram delivers the update again, to the survivor.
    cluster.kill(victim, signal.SIGSTOP)
    update = fake.send_text("那它的绩效目标呢")
    cluster.wait_pending_connection(victim, timeout=WAIT)  # the delivery reached the frozen worker
    cluster.kill(victim, signal.SIGKILL)
    calls = fake.wait_for("sendMessage", lambda p: p["chat_id"] == DEFAULT_USER_ID, count=3, timeout=WAIT)
    third = calls[2].result["text"]
    fourth = ask(fake, "雇员经费多少")

    assert "12.00万元" in first and "法律顾问服务对象满意度" in second
    assert "聘请法律顾问专项经费的绩效目标" in third  # the conversation continued on the survivor
    assert "政府雇员工资经费" in fourth
    acknowledged(fake, update["update_id"])
    statuses = [status for update_id, status in fake.deliveries if update_id == update["update_id"]]
    assert statuses[0] != 200 and statuses[-1] == 200  # the update was delivered again
    logged = rows(cluster, "SELECT question, worker FROM bot_questions WHERE chat = %s ORDER BY id",
                  f"tg:{DEFAULT_USER_ID}")
    assert [q for q, _ in logged] == ["法律顾问经费多少", "它的满意度指标呢", "那它的绩效目标呢", "雇员经费多少"]
    assert [w for _, w in logged][1:] == [survivor] * 3


def test_the_single_process_default_imports_nothing_of_the_shared_mode(tmp_path: Path) -> None:
    code = ("import sys; from bot.frontends.cli import main; import bot.frontends.telegram_bot; "
            f"main(['ask', '法律顾问经费多少', '--db', {str(tmp_path / 'kb.sqlite')!r}]); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('psycopg', 'psycopg_pool', 'starlette', "
            "'uvicorn') or m.startswith('bot.frontends.cluster')))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "DATABASE_URL": ""})
    assert done.returncode == 0, done.stderr
    assert "12.00万元" in done.stdout and done.stdout.strip().endswith("[]")


def test_the_webhook_refuses_updates_without_the_secret(cluster: Cluster) -> None:
    import urllib.error
    import urllib.request

    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}):
        request = urllib.request.Request(f"http://127.0.0.1:{cluster.ports['A']}/tg/hook", data=b"{}",
                                         headers={"Content-Type": "application/json", **headers})
        with pytest.raises(urllib.error.HTTPError) as refused:
            opener.open(request, timeout=WAIT)
        assert refused.value.code == 403


def test_bot_load_stores_documents_for_every_worker(cluster: Cluster, fake_telegram: FakeTelegram,  # noqa: F811
                                                    tmp_path: Path) -> None:
    fake = fake_telegram
    bad = tmp_path / "bad.txt"
    bad.write_text("这不是一张绩效目标表\n", encoding="utf-8")

    def load(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "bot", "load", "--config", str(cluster.config), *args],
                              cwd=ROOT, env=cluster.env, capture_output=True, text=True, timeout=300)

    refused = load(str(bad), "--add")
    assert refused.returncode == 1 and "bad.txt" in refused.stderr
    assert rows(cluster, "SELECT version FROM bot_kb") == [(1,)]  # nothing changed
    loaded = load(str(CIVIL), "--add")
    assert loaded.returncode == 0, loaded.stderr
    assert "版本 2" in loaded.stdout and "民政局" in loaded.stdout
    for name in cluster.names:
        cluster.wait_healthy(name, version=2, timeout=WAIT)
    answers = [ask(fake, "困难群众救助经费多少") for _ in cluster.names]
    assert all("326.40" in a for a in answers)
    assert sorted(workers_of(cluster, DEFAULT_USER_ID)) == sorted(cluster.names)
    replaced = load(str(CIVIL))  # without --add the documents are replaced: the seed is gone
    assert replaced.returncode == 0, replaced.stderr
    for name in cluster.names:
        cluster.wait_healthy(name, version=3, timeout=WAIT)
    assert "12.00万元" not in ask(fake, "法律顾问经费多少")


def test_answer_buttons_work_on_the_other_worker(cluster: Cluster, fake_telegram: FakeTelegram) -> None:  # noqa: F811
    fake = fake_telegram
    # A chat's front-end state is saved when its update is done, just before the acknowledgement: a person
    # presses a button long after that, the test waits for it.
    question = fake.send_text("法律顾问经费多少")
    [answer] = fake.wait_for("sendMessage", lambda p: "reply_markup" in p, timeout=WAIT)
    buttons = {b["text"]: b["callback_data"] for row in answer.result["reply_markup"]["inline_keyboard"]
               for b in row}
    acknowledged(fake, question["update_id"])
    follow_up = fake.press_button(buttons["它的绩效指标"], answer)  # the next update: on the other worker
    fake.wait_for("sendMessage", lambda p: "绩效指标" in p["text"] and "聘请法律顾问" in p["text"], timeout=WAIT)
    acknowledged(fake, follow_up["update_id"])
    fake.press_button(buttons["👍"], answer)  # and back on the first
    fake.wait_for("answerCallbackQuery", count=2, timeout=WAIT)

    assert "过期" not in str([c.params for c in fake.calls("answerCallbackQuery")])
    [(worker_of_answer,), (worker_of_follow,)] = rows(cluster, "SELECT worker FROM bot_questions ORDER BY id")
    assert worker_of_answer != worker_of_follow
    [(value, question, voter)] = rows(cluster, "SELECT value, question, worker FROM bot_feedback")
    assert (value, question, voter) == (1, "法律顾问经费多少", worker_of_answer)


def test_without_postgresql_the_message_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.frontends.cluster import pgserver

    monkeypatch.setattr(pgserver.shutil, "which", lambda name: None)
    monkeypatch.setattr(pgserver.glob, "glob", lambda pattern: [])
    with pytest.raises(pgserver.PostgresUnavailable, match="apt-get install -y postgresql"):
        pgserver.LocalPostgres()


def test_a_worker_stopped_with_an_update_in_hand_loses_nothing(cluster: Cluster,
                                                               fake_telegram: FakeTelegram) -> None:  # noqa: F811
    fake = fake_telegram
    ask(fake, "法律顾问经费多少")
    [first] = workers_of(cluster, DEFAULT_USER_ID)
    ask(fake, "它的满意度指标呢")  # on the other worker; the next update goes to `first` again
    cluster.kill(first, signal.SIGSTOP)
    update = fake.send_text("那它的绩效目标呢")
    cluster.wait_pending_connection(first, timeout=WAIT)  # the update waits at the frozen worker
    cluster.kill(first, signal.SIGTERM)  # asked to stop while it holds the update…
    cluster.kill(first, signal.SIGCONT)
    calls = fake.wait_for("sendMessage", lambda p: p["chat_id"] == DEFAULT_USER_ID, count=3, timeout=WAIT)

    assert cluster.workers[first].wait(timeout=WAIT) == 0  # …it stops gracefully
    assert "聘请法律顾问专项经费的绩效目标" in calls[2].result["text"]  # and the update was answered, once
    questions = [r[0] for r in rows(cluster, "SELECT question FROM bot_questions WHERE chat = %s ORDER BY id",
                                    f"tg:{DEFAULT_USER_ID}")]
    assert questions == ["法律顾问经费多少", "它的满意度指标呢", "那它的绩效目标呢"]
    acknowledged(fake, update["update_id"])  # every delivery of it has ended: no second answer can follow
    assert len([c for c in fake.calls("sendMessage") if c.params["chat_id"] == DEFAULT_USER_ID]) == 3


def test_local_postgres_starts_on_another_port_when_its_own_is_taken() -> None:
    """The free port picked may be taken before the server binds it (another test's server, a client's
    ephemeral port): the server starts on another one rather than failing the session."""
    import socket

    from bot.frontends.cluster.pgserver import LocalPostgres

    server = LocalPostgres()
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", server.port))
        holder.listen()
        taken = server.port
        server.start()
        try:
            assert server.port != taken
            with psycopg.connect(server.url(), connect_timeout=10) as conn:
                assert conn.execute("select 1").fetchone() == (1,)
        finally:
            server.stop()


def test_an_update_whose_chat_data_cannot_be_read_is_not_acknowledged(fake_telegram: FakeTelegram) -> None:  # noqa: F811
    """The shared store failing before anything was done: the webhook's waiter gets the error (HTTP 500, so
    Telegram delivers the update again, maybe to another worker), never a 200 for an update dropped unseen;
    a failed save after the answer is logged and acknowledged (a second delivery would answer twice)."""
    import asyncio

    from telegram import Chat, Message, Update, User
    from telegram.ext import ApplicationBuilder

    from bot.frontends.cluster import webhook

    class Store:
        def __init__(self, fail_get: bool) -> None:
            self.fail_get, self.saved = fail_get, 0

        def get(self, chat: int) -> dict:
            if self.fail_get:
                raise OSError("the shared database is away")
            return {"kept": 1}

        def put(self, chat: int, data: dict) -> None:
            self.saved += 1
            raise OSError("the shared database is away")

    async def deliver(store: Store) -> BaseException | None:
        app = (ApplicationBuilder().application_class(webhook.WebhookApplication).token(fake_telegram.token)
               .base_url(fake_telegram.base_url).updater(None).build())
        user = User(5, "u", is_bot=False)
        message = Message(1, datetime.now(UTC), Chat(5, "private"), from_user=user, text="hi")
        done = asyncio.get_running_loop().create_future()
        app.bot_data.update({webhook._SHARED_CHAT_DATA: store, webhook._WAITERS: {7: [done]}})
        async with app:
            await app.process_update(Update(7, message=message))
        assert done.done()
        return done.exception()

    unread = asyncio.run(deliver(Store(fail_get=True)))
    assert isinstance(unread, OSError)
    saving = Store(fail_get=False)
    assert asyncio.run(deliver(saving)) is None and saving.saved == 1
