"""The Telegram shell end to end: the real Application long-polls the fake Bot API server."""

from __future__ import annotations

import asyncio
import html
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from telegram.ext import Application, ContextTypes

from bot.config import Config, TelegramConfig
from bot.engine import Answer, Engine
from bot.frontends.telegram_bot import (
    APOLOGY,
    NOT_ALLOWED,
    build_application,
    run,
    safe_file_name,
    split_message,
)
from bot.store.build import load_paths
from bot.store.qlog import QuestionLog

try:  # pytest's default "prepend" import mode puts tests/ on sys.path while it has no __init__.py
    from fake_telegram import DEFAULT_GROUP_ID, Call, FakeTelegram, JSONDict, fake_telegram  # noqa: F401
except ImportError:  # tests/ became a package
    from tests.fake_telegram import DEFAULT_GROUP_ID, Call, FakeTelegram, JSONDict, fake_telegram  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "knowledge" / "000_9289cd5134f499bc.txt"
VOCABULARY = ROOT / "knowledge" / "vocabulary.toml"
CIVIL = Path(__file__).resolve().parent / "data" / "civil_affairs.txt"
ADMIN = 4242
USER = 1001
BOT = "budget_qa_bot"
MAX_UPLOAD = 200_000


@pytest.fixture
def anyio_backend() -> str:
    """PTB runs on asyncio only."""
    return "asyncio"


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory, built_copy) -> Path:
    """The seed loaded once; each test works on a copy."""
    return built_copy([SEED], tmp_path_factory.mktemp("seed") / "kb.sqlite")


@pytest.fixture
def cfg(tmp_path: Path, fake_telegram: FakeTelegram, monkeypatch: pytest.MonkeyPatch,
        seed_db: Path) -> Config:
    """A bot instance on tmp paths: the seed in the knowledge folder, already loaded, talking to the fake."""
    fake_telegram.max_poll = 0.2  # idle polls (and so shutdown) stay short
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", fake_telegram.token)
    monkeypatch.delenv("TELEGRAM_BASE_URL", raising=False)
    monkeypatch.delenv("TELEGRAM_BASE_FILE_URL", raising=False)
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    shutil.copy(SEED, knowledge / SEED.name)
    config = Config(
        knowledge=knowledge,
        vocabulary=VOCABULARY,
        db=tmp_path / "data" / "kb.sqlite",
        log_db=tmp_path / "data" / "log.sqlite",
        telegram=TelegramConfig(
            base_url=fake_telegram.base_url, base_file_url=fake_telegram.base_file_url, admins=[ADMIN],
            upload_folder=knowledge / "uploads", max_upload_bytes=MAX_UPLOAD,
        ),
    )
    config.db.parent.mkdir()
    shutil.copy(seed_db, config.db)
    return config


@pytest.fixture(scope="module")
def seed_engine(seed_db: Path) -> Engine:
    """One engine over the seed for the tests that never reload (building one takes a while)."""
    return Engine(seed_db, VOCABULARY)


@pytest.fixture
def engine(seed_engine: Engine, cfg: Config, monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:
    """The shared seed engine with this test's own question log."""
    log = QuestionLog(cfg.log_db)
    monkeypatch.setattr(seed_engine, "log", log)
    yield seed_engine
    log.close()


@pytest.fixture
def own_engine(cfg: Config) -> Engine:
    """An engine over this test's database, for tests that reload it."""
    return Engine(cfg.db, cfg.vocabulary, log_db=cfg.log_db)


@asynccontextmanager
async def running(cfg: Config, engine: Engine, expect_errors: bool = False) -> AsyncIterator[Application]:
    """Run the bot as run() does (post_init included), polling the fake; fail on handler errors."""
    app = build_application(cfg, engine)
    errors: list[BaseException] = []

    async def collect(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        errors.append(context.error)

    app.add_error_handler(collect)
    async with app:
        await app.post_init(app)
        await app.start()
        await app.updater.start_polling(poll_interval=0, timeout=1)
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()
    assert expect_errors or not errors, errors


def bot_messages(fake: FakeTelegram, chat_id: int) -> list[JSONDict]:
    """Messages the bot sent to a chat (rendered by the fake: HTML already parsed)."""
    return [c.result for c in fake.calls("sendMessage") if c.ok and c.result["chat"]["id"] == chat_id]


LIVENESS = 120.0  # seconds: waits are for liveness, never speed (an upload on a loaded 2-core machine takes seconds)


async def next_messages(fake: FakeTelegram, update: JSONDict, count: int = 1,
                        timeout: float = LIVENESS) -> list[JSONDict]:
    """The bot's first `count` messages in the chat of an injected update, sent after it."""
    chat_id, message_id = update["message"]["chat"]["id"], update["message"]["message_id"]
    deadline = time.monotonic() + timeout
    while True:
        later = [m for m in bot_messages(fake, chat_id) if m["message_id"] > message_id]
        if len(later) >= count:
            return later[:count]
        if time.monotonic() > deadline:
            calls = "\n  ".join(str(c) for c in fake.calls() if c.method != "getUpdates")
            raise AssertionError(f"no {count} bot message(s) after #{message_id} in {timeout}s:\n  {calls}")
        await asyncio.sleep(0.01)


async def say(fake: FakeTelegram, text: str, **kwargs: object) -> str:
    """Send a text message and return the text of the bot's next message in that chat."""
    [reply] = await next_messages(fake, fake.send_text(text, **kwargs))
    return reply["text"]


async def upload(fake: FakeTelegram, name: str, content: bytes, user_id: int = ADMIN,
                 **kwargs: object) -> str:
    [reply] = await next_messages(fake, fake.send_document(name, content, user_id=user_id, **kwargs))
    return reply["text"]


def api_errors(fake: FakeTelegram) -> list[Call]:
    """Failed calls, except the long poll that shutdown abandons (the fake then ends it with 409)."""
    return [c for c in fake.errors() if c.method != "getUpdates"]


def admin_events(engine: Engine) -> list[tuple]:
    return engine.log.conn.execute("SELECT user_id, action, allowed FROM admin_events ORDER BY id").fetchall()


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


# ----- conversations -------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_start_help_and_private_follow_up(fake_telegram: FakeTelegram, cfg: Config,
                                                engine: Engine) -> None:
    fake = fake_telegram
    async with running(cfg, engine):
        start = await say(fake, "/start")
        help_text = await say(fake, "/help")
        amount = await say(fake, "法律顾问经费多少")
        follow_up = await say(fake, "它的满意度指标呢")

    assert "问答机器人" in start and "/help" in start and "管理员" not in start
    assert engine.examples()[0] in help_text and f"@{BOT}" in help_text  # an example of the loaded tables
    assert "聘请法律顾问专项经费" in amount and "12" in amount
    assert "法律顾问服务对象满意度" in follow_up
    assert all(c.params["parse_mode"] == "HTML" for c in fake.calls("sendMessage"))
    assert not fake.calls("sendChatAction")  # quick answers need no "typing…"
    # Command menus: user commands for everyone, admin commands only in the admin's chat.
    menus = {json.dumps(c.params.get("scope"), sort_keys=True): [x["command"] for x in c.params["commands"]]
             for c in fake.calls("setMyCommands")}
    assert menus == {
        "null": ["start", "help", "projects", "ask", "chart", "export", "whoami"],
        json.dumps({"chat_id": ADMIN, "type": "chat"}): [
            "start", "help", "projects", "ask", "chart", "export", "whoami", "reload", "stats", "unanswered",
        ],
    }
    assert engine.log.stats()["answered"] >= 2
    assert not api_errors(fake)


@pytest.mark.anyio
async def test_group_answers_only_when_addressed(fake_telegram: FakeTelegram, cfg: Config,
                                                 engine: Engine) -> None:
    fake = fake_telegram
    group = {"chat_type": "group"}
    async with running(cfg, engine):
        mention_update = fake.send_text(f"@{BOT} 公务用车多少钱", **group)
        [mention] = await next_messages(fake, mention_update)
        plain = fake.send_text("法律顾问经费多少", **group)
        other_bot = fake.send_text("/ask@other_bot 法律顾问经费多少", **group)
        ask = await say(fake, f"/ask@{BOT} 信访超市的预算", **group)  # answered after the two above
        reply = await say(fake, "法律顾问经费多少", reply_to_bot=True, **group)
        usage = await say(fake, "/ask", **group)

    assert "公务用车购置经费" in mention["text"] and "15.00" in mention["text"]
    assert mention["reply_to_message"]["message_id"] == mention_update["message"]["message_id"]  # quoted
    assert "68.00" in ask and "12.00" in reply and f"/ask {engine.examples()[0]}" in usage
    quoted = [m["reply_to_message"]["message_id"] for m in bot_messages(fake, DEFAULT_GROUP_ID)]
    assert len(quoted) == 4
    assert plain["message"]["message_id"] not in quoted and other_bot["message"]["message_id"] not in quoted
    assert not api_errors(fake)


@pytest.mark.anyio
async def test_inline_queries(fake_telegram: FakeTelegram, cfg: Config, engine: Engine) -> None:
    fake = fake_telegram
    async with running(cfg, engine):
        fake.send_inline_query("法律顾问")
        fake.send_inline_query("")
        fake.send_inline_query("雇员经费")
        calls = await fake.wait_for_async("answerInlineQuery", count=3)

    answer, help_article, clarify = [c.params for c in calls]
    assert 1 <= len(answer["results"]) <= 3 and answer["cache_time"] <= 10
    article = answer["results"][0]
    assert article["type"] == "article" and len(article["title"]) <= 48
    assert "12" in article["input_message_content"]["message_text"]
    assert article["input_message_content"]["parse_mode"] == "HTML"
    assert engine.examples()[0] in help_article["results"][0]["input_message_content"]["message_text"]
    # An ambiguous query offers each option, already answered.
    texts = [r["input_message_content"]["message_text"] for r in clarify["results"]]
    assert len(texts) == 2 and "77.28" in texts[0] and "2.70" in texts[1]
    assert not api_errors(fake)


@pytest.mark.anyio
async def test_clarification_buttons_and_typed_choice(fake_telegram: FakeTelegram, cfg: Config,
                                                      engine: Engine) -> None:
    fake = fake_telegram
    async with running(cfg, engine):
        [question] = await next_messages(fake, fake.send_text("雇员经费多少"))
        buttons = [b for row in question["reply_markup"]["inline_keyboard"] for b in row]
        fake.press_button(buttons[1]["callback_data"], question)
        [edited] = await fake.wait_for_async("editMessageText")
        fake.press_button(buttons[0]["callback_data"], question, strict=False)  # pressed again: expired
        await fake.wait_for_async("answerCallbackQuery", count=2)

        await say(fake, "雇员经费多少")
        typed = await say(fake, "1")

    assert len(buttons) == 2 and "政府雇员工资经费" in buttons[0]["text"]
    assert all(len(b["callback_data"].encode()) <= 64 and b["callback_data"].isascii() for b in buttons)
    assert edited.params["message_id"] == question["message_id"]
    assert "政府雇员公用经费" in edited.result["text"] and "2.70" in edited.result["text"]
    assert "reply_markup" not in edited.result  # the choice is made: no buttons left
    first, second = (c.params for c in fake.calls("answerCallbackQuery"))
    assert "text" not in first and "过期" in second["text"]
    assert "77.28" in typed
    assert not api_errors(fake)


@pytest.mark.anyio
async def test_an_unknown_reply_offers_its_suggestions_as_buttons(fake_telegram: FakeTelegram, cfg: Config,
                                                                 engine: Engine) -> None:
    fake = fake_telegram
    async with running(cfg, engine):
        [reply] = await next_messages(fake, fake.send_text("电脑购置经费多少"))
        buttons = [b for row in reply["reply_markup"]["inline_keyboard"] for b in row]
        fake.press_button(buttons[0]["callback_data"], reply)
        [edited] = await fake.wait_for_async("editMessageText")

    assert "您是不是想问" in reply["text"] and "公务用车购置经费" in buttons[0]["text"]
    assert "15.00" in edited.result["text"]
    assert not api_errors(fake)


# ----- admin ---------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_admin_reload_stats_and_unanswered(fake_telegram: FakeTelegram, cfg: Config,
                                                 own_engine: Engine) -> None:
    fake = fake_telegram
    async with running(cfg, own_engine):
        await say(fake, "月球基地经费多少", user_id=ADMIN)
        reloaded = await say(fake, "/reload", user_id=ADMIN)
        stats = await say(fake, "/stats", user_id=ADMIN)
        unanswered = await say(fake, "/unanswered", user_id=ADMIN)
        start = await say(fake, "/start", user_id=ADMIN)

    assert "项目：6" in reloaded
    assert "未能回答：1" in stats and "合计：1" in stats
    assert "月球基地经费多少（1 次）" in unanswered
    assert "/reload" in start
    assert admin_events(own_engine) == [(ADMIN, "reload", 1), (ADMIN, "stats", 1), (ADMIN, "unanswered", 1)]
    assert not api_errors(fake)


@pytest.mark.anyio
async def test_non_admins_are_refused_and_logged(fake_telegram: FakeTelegram, cfg: Config,
                                                 engine: Engine) -> None:
    fake = fake_telegram
    async with running(cfg, engine):
        refusals = [await say(fake, command) for command in ("/reload", "/stats", "/unanswered")]
        refusals.append(await upload(fake, "new.txt", CIVIL.read_bytes(), user_id=USER))
        refusals.append(await say(fake, f"/reload@{BOT}", chat_type="supergroup"))

    assert all("只有管理员" in text for text in refusals), refusals
    assert not fake.calls("getFile") and not fake.calls("downloadFile")
    assert not (cfg.telegram.upload_folder / "new.txt").exists()
    actions = ("reload", "stats", "unanswered", "upload", "reload")
    assert admin_events(engine) == [(USER, action, 0) for action in actions]
    assert not api_errors(fake)


@pytest.mark.anyio
async def test_admin_uploads_a_good_document(fake_telegram: FakeTelegram, cfg: Config,
                                             own_engine: Engine) -> None:
    fake = fake_telegram
    async with running(cfg, own_engine):
        await say(fake, "法律顾问经费多少", user_id=ADMIN)  # a session that the reload must reset
        loaded = await upload(fake, "民政局 2024.txt", CIVIL.read_bytes())
        count = await say(fake, "民政局有几个项目", user_id=ADMIN)

    assert "已加载" in loaded and "项目：10" in loaded
    assert "4 个项目" in count
    assert files_under(cfg.telegram.upload_folder) == {"民政局_2024.txt"}
    assert admin_events(own_engine) == [(ADMIN, "upload", 1)]
    assert not api_errors(fake)


@pytest.mark.anyio
async def test_bad_uploads_leave_the_knowledge_base_serving(fake_telegram: FakeTelegram, cfg: Config,
                                                            own_engine: Engine) -> None:
    fake = fake_telegram
    async with running(cfg, own_engine):
        broken = await upload(fake, "broken.txt", b"\x00\x01garbage")
        still = await say(fake, "法律顾问经费多少", user_id=ADMIN)
        wrong_type = await upload(fake, "table.docx", b"PK\x03\x04")
        # A good file that cannot be loaded with the rest of the folder is taken back out.
        (cfg.knowledge / "zz_bad.txt").write_bytes(b"\x00not a table")
        undone = await upload(fake, "civil.txt", CIVIL.read_bytes())
        after = await say(fake, "法律顾问经费多少", user_id=ADMIN)

    assert "broken.txt" in broken and "未保存" in broken and "错误" in broken
    assert "12.00" in still and "12.00" in after
    assert ".txt" in wrong_type and ".xlsx" in wrong_type
    assert "已撤销" in undone and "zz_bad.txt" in undone
    assert files_under(cfg.telegram.upload_folder) == set()
    assert len(fake.calls("getFile")) == 2  # never for the spreadsheet
    assert not api_errors(fake)


@pytest.mark.anyio
async def test_oversized_upload_is_refused_before_download(fake_telegram: FakeTelegram, cfg: Config,
                                                           engine: Engine) -> None:
    fake = fake_telegram
    async with running(cfg, engine):
        refused = await upload(fake, "big.txt", CIVIL.read_bytes(), file_size=MAX_UPLOAD + 1)

    assert "太大" in refused and str(MAX_UPLOAD) in refused
    assert not fake.calls("getFile") and not fake.calls("downloadFile")
    assert not cfg.telegram.upload_folder.exists() or files_under(cfg.telegram.upload_folder) == set()


@pytest.mark.anyio
async def test_upload_names_cannot_leave_the_upload_folder(fake_telegram: FakeTelegram, cfg: Config,
                                                           own_engine: Engine, tmp_path: Path) -> None:
    fake = fake_telegram
    before = files_under(tmp_path)
    async with running(cfg, own_engine):
        loaded = await upload(fake, "../../evil.txt", CIVIL.read_bytes())

    assert "已加载 evil.txt" in loaded
    new_files = files_under(tmp_path) - before
    assert {f for f in new_files if not f.startswith("data/")} == {"knowledge/uploads/evil.txt"}
    assert not (tmp_path.parent / "evil.txt").exists()


def test_safe_file_name() -> None:
    assert safe_file_name("../../evil.txt") == "evil.txt"
    assert safe_file_name("..\\..\\windows.txt") == "windows.txt"
    assert safe_file_name("/etc/passwd") == "passwd"
    assert safe_file_name(".hidden.TXT") == "hidden.txt"
    assert safe_file_name("民政局 绩效<目标>表.txt") == "民政局_绩效_目标_表.txt"
    assert safe_file_name("..") == "upload" and safe_file_name("") == "upload"


# ----- output --------------------------------------------------------------------------------------------


def test_split_message_escapes_and_respects_the_limit() -> None:
    text = "\n".join([f"第{i}行 <b>&</b>" for i in range(600)] + ["&" * 5000, "结尾"])
    pieces = split_message(text)
    assert len(pieces) > 3 and all(len(p) <= 4096 for p in pieces)
    assert all("<b>" not in p for p in pieces)
    # Line breaks are kept; a line is cut only when it alone is too long, and never inside "&amp;".
    assert "".join(html.unescape(p) for p in pieces).replace("\n", "") == text.replace("\n", "")
    assert all(html.escape(html.unescape(p), quote=False) == p for p in pieces)
    assert split_message("  \n\n") == [] and split_message("a\n\n\nb") == ["a\n\n\nb"]


@pytest.mark.anyio
async def test_long_answers_come_in_pages(fake_telegram: FakeTelegram, cfg: Config, engine: Engine,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    fake = fake_telegram
    long_text = "\n".join(f"{i:04d}. <项目> & 经费 {i}.00万元" for i in range(400))
    monkeypatch.setattr(engine, "ask",
                        lambda question, session=None, chat="": Answer(question, "answered", long_text))
    pages: list[str] = []
    async with running(cfg, engine):
        [message] = await next_messages(fake, fake.send_text("所有项目"), timeout=60)
        pages.append(message["text"])
        while True:
            buttons = [b for row in message["reply_markup"]["inline_keyboard"] for b in row]
            forward = [b for b in buttons if "下一页" in b["text"]]
            if not forward:
                break
            assert all(len(b["callback_data"].encode()) <= 64 for b in buttons)
            done = len(fake.calls("editMessageText"))
            fake.press_button(forward[0]["callback_data"], message)
            [*_, edit] = await fake.wait_for_async("editMessageText", count=done + 1, timeout=60)
            message = edit.result
            pages.append(message["text"])

    assert len(fake.calls("sendMessage")) == 1  # one message, turned page by page
    assert len(pages) == 27 and all(len(p) <= 4096 and p.count("\n") <= 16 for p in pages)
    assert pages[0].endswith("（第 1/27 页）") and pages[-1].endswith("（第 27/27 页）")
    body = [p.rsplit("\n", 1)[0] for p in pages]  # without the page footer
    assert "\n".join(body) == long_text
    assert not api_errors(fake)


@pytest.mark.anyio
async def test_document_text_is_escaped(fake_telegram: FakeTelegram, cfg: Config) -> None:
    fake = fake_telegram
    seed = SEED.read_text(encoding="utf-8")
    assert "聘请法律顾问专项经费" in seed
    hostile = seed.replace("聘请法律顾问专项经费", "<script>聘请法律顾问&专项经费")
    (cfg.knowledge / SEED.name).write_text(hostile, encoding="utf-8")
    load_paths(cfg.db, [cfg.knowledge])
    engine = Engine(cfg.db, cfg.vocabulary, log_db=cfg.log_db)
    async with running(cfg, engine):
        listing = await say(fake, "/projects")
        await say(fake, "<b>月球</b> & 火星")

    sent = fake.calls("sendMessage")[0].params["text"]
    assert "&lt;script&gt;聘请法律顾问&amp;专项经费" in sent
    assert "<script>聘请法律顾问&专项经费：12.00万元" in listing
    assert not api_errors(fake)  # the fake rejects unescaped markup with 400


@pytest.mark.anyio
async def test_errors_get_an_apology_not_a_traceback(fake_telegram: FakeTelegram, cfg: Config, engine: Engine,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> Answer:
        raise RuntimeError("boom")

    monkeypatch.setattr(engine, "ask", broken)
    async with running(cfg, engine, expect_errors=True):
        reply = await say(fake_telegram, "法律顾问经费多少")

    assert reply == APOLOGY


@pytest.mark.anyio
async def test_allow_lists(fake_telegram: FakeTelegram, cfg: Config, engine: Engine) -> None:
    fake = fake_telegram
    cfg.telegram.allowed_users = [USER]
    async with running(cfg, engine):
        refused = await say(fake, "法律顾问经费多少", user_id=2002)
        fake.send_text(f"@{BOT} 法律顾问经费多少", chat_type="group", user_id=2002)  # ignored
        allowed = await say(fake, f"@{BOT} 法律顾问经费多少", chat_type="group", user_id=USER)
        admin = await say(fake, "法律顾问经费多少", user_id=ADMIN)

    assert refused == NOT_ALLOWED
    assert "12.00" in allowed and "12.00" in admin
    assert len(bot_messages(fake, DEFAULT_GROUP_ID)) == 1
    assert engine.log.stats() == {"answered": 2}


# ----- the `serve` command -------------------------------------------------------------------------------


def test_run_polls_by_default_and_uses_a_webhook_when_configured(cfg: Config, seed_engine: Engine,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, dict]] = []
    monkeypatch.setattr("bot.frontends.telegram_bot.Engine", lambda *args, **kwargs: seed_engine)  # building one is slow
    monkeypatch.setattr(Application, "run_polling", lambda self, **kwargs: calls.append(("polling", kwargs)))
    monkeypatch.setattr(Application, "run_webhook", lambda self, **kwargs: calls.append(("webhook", kwargs)))
    assert run(cfg) == 0
    cfg.telegram.webhook_url = "https://bot.example.org/tg/hook"
    cfg.telegram.webhook_port = 8443
    assert run(cfg) == 0

    (polling, options), (webhook, hook) = calls
    assert (polling, webhook) == ("polling", "webhook")
    assert options["stop_signals"] == hook["stop_signals"] == (signal.SIGINT, signal.SIGTERM)
    assert hook["webhook_url"] == "https://bot.example.org/tg/hook" and hook["url_path"] == "tg/hook"
    assert hook["port"] == 8443 and len(hook["secret_token"]) >= 32


def _serve(config: Path, env: dict[str, str]) -> subprocess.Popen:
    command = [sys.executable, "-m", "bot", "serve", "--config", str(config)]
    pipe = subprocess.PIPE
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=pipe, stderr=pipe, text=True)


def _write_config(tmp_path: Path) -> Path:
    knowledge = tmp_path / "served"
    knowledge.mkdir()
    shutil.copy(SEED, knowledge / SEED.name)
    config = tmp_path / "config.toml"
    config.write_text(
        f"knowledge = {json.dumps(str(knowledge))}\nvocabulary = {json.dumps(str(VOCABULARY))}\n"
        f"db = {json.dumps(str(tmp_path / 'served-data' / 'kb.sqlite'))}\n"
        f"[telegram]\nupload_folder = {json.dumps(str(knowledge / 'uploads'))}\n",
        encoding="utf-8",
    )
    return config


def test_serve_answers_and_stops_on_sigterm(fake_telegram: FakeTelegram, tmp_path: Path) -> None:
    fake = fake_telegram
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_BASE_URL": fake.base_url,
           "TELEGRAM_BASE_FILE_URL": fake.base_file_url}
    process = _serve(_write_config(tmp_path), env)
    try:
        fake.send_text("法律顾问经费多少")
        [answer] = fake.wait_for("sendMessage", timeout=LIVENESS)
        stopping = time.monotonic()
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=LIVENESS)
        stop_seconds = time.monotonic() - stopping
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()

    assert "12.00" in answer.result["text"]
    assert process.returncode == 0, stderr
    assert stop_seconds < LIVENESS and "Traceback" not in stderr
    assert (tmp_path / "served-data" / "kb.sqlite").exists()  # the first run loaded the knowledge folder


def test_serve_without_a_token(fake_telegram: FakeTelegram, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    process = _serve(_write_config(tmp_path), env)
    _, stderr = process.communicate(timeout=LIVENESS)

    assert process.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in stderr and "令牌" in stderr
    assert not fake_telegram.calls()  # nothing was contacted


@pytest.mark.anyio
async def test_a_slow_answer_shows_typing(fake_telegram: FakeTelegram, cfg: Config, engine: Engine,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    fake = fake_telegram
    ask = engine.ask

    def slow_ask(*args: object, **kwargs: object):
        time.sleep(0.6)
        return ask(*args, **kwargs)

    monkeypatch.setattr(engine, "ask", slow_ask)
    async with running(cfg, engine):
        amount = await say(fake, "法律顾问经费多少")
    assert "12" in amount
    typing = [c.params for c in fake.calls("sendChatAction")]
    assert typing == [{"chat_id": USER, "action": "typing"}]


@pytest.mark.anyio
async def test_admin_uploads_an_edited_spreadsheet(fake_telegram: FakeTelegram, cfg: Config, own_engine: Engine,
                                                   tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from bot.store.export import export_xlsx

    book = export_xlsx(cfg.db, tmp_path / "kb.xlsx")
    wb = load_workbook(book)
    for row in wb["项目"].iter_rows(min_row=2):
        if row[2].value == "公务用车购置经费":
            row[4].value = row[5].value = 16
    wb.save(book)
    fake = fake_telegram
    async with running(cfg, own_engine):
        loaded = await upload(fake, "信访局.xlsx", book.read_bytes())
        answer = await say(fake, "公务用车多少钱", user_id=ADMIN)
    assert "已" in loaded and "项目" in loaded
    # The workbook is newer than the text table of the same department: it replaces it.
    assert "16.00" in answer and "使用 信访局.xlsx" in loaded


@pytest.mark.anyio
async def test_admin_uploads_a_published_spreadsheet(fake_telegram: FakeTelegram, cfg: Config,
                                                     own_engine: Engine) -> None:
    sample = Path(__file__).parent / "data" / "samples" / "chongqing_yuzhong_2021_project_self_evaluation.xlsx"
    fake = fake_telegram
    async with running(cfg, own_engine):
        loaded = await upload(fake, "自评表.xlsx", sample.read_bytes())
        executed = await say(fake, "就业补助资金执行了多少", user_id=ADMIN)
        missed = await say(fake, "渝中区哪些指标没有完成", user_id=ADMIN)
    assert "渝中区人力资源和社会保障局" in loaded
    assert "6643.00" in executed and "87.71%" in executed
    assert "预算执行率" in missed and "88%" in missed


@pytest.mark.anyio
async def test_chats_are_answered_concurrently_each_in_order(fake_telegram: FakeTelegram, cfg: Config,
                                                             engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """A question held up in one chat does not hold up other chats, nor let its own follow-up overtake it."""
    import threading

    fake = fake_telegram
    ask = engine.ask
    held = threading.Event()
    release = threading.Event()

    def gated_ask(question: str, *args: object, **kwargs: object):
        if question == "法律顾问经费多少":
            held.set()
            release.wait(60)
        return ask(question, *args, **kwargs)

    monkeypatch.setattr(engine, "ask", gated_ask)
    async with running(cfg, engine):
        first = fake.send_text("法律顾问经费多少")
        fake.send_text("它的满意度指标呢")
        [other] = await next_messages(fake, fake.send_text("公务用车的绩效目标", chat_id=2002, user_id=2002),
                                      timeout=60)
        assert held.is_set()  # the other chat was answered while the first question was still held
        release.set()
        amount, follow_up = (m["text"] for m in await next_messages(fake, first, count=2, timeout=60))
    assert "公务用车" in other["text"]
    assert "聘请法律顾问专项经费" in amount and "12" in amount
    assert "法律顾问服务对象满意度" in follow_up  # asked after the answer: in its context
    assert not api_errors(fake)


# ----- issue 10: uploads never lose data, admin output never leaks ------------------------------------


def _department_copy(name: str) -> bytes:
    """The civil-affairs table under another department's name (same projects, another 局)."""
    return CIVIL.read_text(encoding="utf-8").replace("广州市白云区民政局", name).encode("utf-8")


@pytest.mark.anyio
async def test_two_uploads_with_one_name_keep_both_departments(fake_telegram: FakeTelegram, cfg: Config,
                                                               own_engine: Engine) -> None:
    fake = fake_telegram
    async with running(cfg, own_engine):
        first = await upload(fake, "附件1.txt", _department_copy("广州市白云区甲局"))
        second = await upload(fake, "附件1.txt", _department_copy("广州市白云区乙局"))
        again = await upload(fake, "附件1.txt", _department_copy("广州市白云区乙局"))
        first_dept = await say(fake, "甲局有几个项目", user_id=ADMIN)
        second_dept = await say(fake, "乙局有几个项目", user_id=ADMIN)

    assert "新增：广州市白云区甲局" in first
    assert "新增：广州市白云区乙局" in second and "保存为 附件1-2.txt" in second
    assert "完全相同" in again and "已更新" not in again and "跳过" not in again  # one thing said
    assert "4 个项目" in first_dept and "4 个项目" in second_dept
    assert files_under(cfg.telegram.upload_folder) == {"附件1.txt", "附件1-2.txt"}


@pytest.mark.anyio
async def test_a_corrected_upload_replaces_its_table_and_says_what_changed(
        fake_telegram: FakeTelegram, cfg: Config, own_engine: Engine) -> None:
    fake = fake_telegram
    original = _department_copy("广州市白云区甲局")
    text = original.decode("utf-8")
    corrected = text.replace("617.72", "618.72", 1)
    first_project = next(line for line in text.splitlines() if line.count(".") >= 2 and "合计" not in line
                         and "甲局" not in line and "单位" not in line)
    amount = first_project.split()[1]
    bumped = f"{float(amount) + 1:.2f}"
    corrected = corrected.replace(first_project, first_project.replace(amount, bumped), 1)
    async with running(cfg, own_engine):
        await upload(fake, "甲局.txt", original)
        replaced = await upload(fake, "甲局-更正.txt", corrected.encode("utf-8"))
    assert "替换：广州市白云区甲局：甲局.txt → 甲局-更正.txt" in replaced, replaced
    assert f"{float(amount):.2f} → {bumped}" in replaced, replaced
    # Only one version stays where the loader looks; the replaced file is kept aside, not deleted.
    assert files_under(cfg.telegram.upload_folder) == {"甲局-更正.txt", ".replaced/甲局.txt"}


@pytest.mark.anyio
async def test_admin_output_with_questions_stays_out_of_groups(fake_telegram: FakeTelegram, cfg: Config,
                                                                engine: Engine) -> None:
    fake = fake_telegram
    private_question = "身份证440111199001011234的补贴多少"
    group = {"chat_type": "group", "user_id": ADMIN}
    async with running(cfg, engine):
        await say(fake, private_question, user_id=USER)
        in_group = [await say(fake, command, **group) for command in ("/unanswered", "/stats")]
        in_private = await say(fake, "/unanswered", user_id=ADMIN)
    assert all("私聊" in text and private_question not in text for text in in_group), in_group
    assert private_question in in_private


@pytest.mark.anyio
async def test_an_upload_named_in_four_byte_characters_loads(fake_telegram: FakeTelegram, cfg: Config,
                                                             own_engine: Engine) -> None:
    fake = fake_telegram
    name = "\U00020000" * 70 + ".txt"  # 280 bytes in UTF-8: more than a file name may hold
    async with running(cfg, own_engine):
        loaded = await upload(fake, name, CIVIL.read_bytes())
    assert "已加载" in loaded and APOLOGY not in loaded
    [saved] = files_under(cfg.telegram.upload_folder)
    assert len(saved.encode("utf-8")) <= 160 and saved.endswith(".txt")


@pytest.mark.anyio
async def test_admin_replies_are_short_and_name_files_by_their_own_name(
        fake_telegram: FakeTelegram, cfg: Config, own_engine: Engine) -> None:
    bad = Path(__file__).parent / "data" / "bad"
    fake = fake_telegram
    async with running(cfg, own_engine):
        loaded = await upload(fake, "重复.txt", (bad / "duplicate_projects.txt").read_bytes().replace(
            "信访局".encode(), "丙局".encode()))
        for k in range(6):  # many warnings: projects without indicators
            text = _department_copy(f"广州市白云区丁{k}局").decode("utf-8")
            (cfg.knowledge / f"d{k}.txt").write_text(text, encoding="utf-8")
        short_reply = await say(fake, "/reload", user_id=ADMIN)
        await say(fake, "/reload 详细", user_id=ADMIN)
    assert "已加载" in loaded
    assert str(cfg.knowledge) not in loaded and str(cfg.knowledge) not in short_reply
    assert len(short_reply) < 700, short_reply
    assert "/reload 详细" in short_reply or "警告：" in short_reply


def test_waits_in_tests_are_for_liveness_not_speed() -> None:
    """A 2-core CI machine under load takes seconds for an upload: every wait is at least 60 s."""
    import inspect

    assert inspect.signature(next_messages).parameters["timeout"].default >= 60
    assert inspect.signature(FakeTelegram.wait_for).parameters["timeout"].default >= 60
    assert inspect.signature(FakeTelegram.wait_for_async).parameters["timeout"].default >= 60
