"""Tests proving FakeTelegram drives the real python-telegram-bot Bot and Application over HTTP."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest
from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    Update,
)
from telegram.error import BadRequest, EndPointNotFound
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

try:  # pytest's default "prepend" import mode puts tests/ on sys.path while it has no __init__.py
    from fake_telegram import PROXY_VARIABLES, FakeTelegram, UploadedFile, fake_telegram  # noqa: F401
except ImportError:  # tests/ became a package
    from tests.fake_telegram import PROXY_VARIABLES, FakeTelegram, UploadedFile, fake_telegram  # noqa: F401

WELCOME = "欢迎使用预算问答机器人"
CHOICES = InlineKeyboardMarkup([[InlineKeyboardButton("是", callback_data="yes"),
                                 InlineKeyboardButton("否", callback_data="no")]])


@pytest.fixture
def anyio_backend() -> str:
    """PTB runs on asyncio only."""
    return "asyncio"


def build_app(fake: FakeTelegram) -> Application:
    """A small bot exercising commands, echo, documents, inline queries and buttons."""

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text(WELCOME, reply_markup=CHOICES)

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text(f"echo: {update.effective_message.text}")

    async def document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        doc = update.effective_message.document
        data = await (await context.bot.get_file(doc.file_id)).download_as_bytearray()
        context.bot_data.setdefault("downloads", []).append(bytes(data))
        await update.effective_message.reply_text(f"收到 {doc.file_name} ({doc.file_size} bytes)")

    async def inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.inline_query.query
        content = InputTextMessageContent(f"关于 {query} 的回答")
        await update.inline_query.answer([InlineQueryResultArticle("1", f"答案: {query}", content)])

    async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.callback_query.answer("收到")
        await update.callback_query.edit_message_text(f"你选择了 {update.callback_query.data}")

    app = fake.builder().build()
    app.add_handlers([
        CommandHandler("start", start),
        MessageHandler(filters.TEXT & ~filters.COMMAND, echo),
        MessageHandler(filters.Document.ALL, document),
        InlineQueryHandler(inline),
        CallbackQueryHandler(button),
    ])
    return app


@asynccontextmanager
async def running(app: Application) -> AsyncIterator[Application]:
    """Poll the fake like production does; fail on handler errors or a slow shutdown."""
    handler_errors: list[BaseException] = []

    async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        handler_errors.append(context.error)

    app.add_error_handler(on_error)
    async with app:
        await app.start()
        await app.updater.start_polling(poll_interval=0, timeout=1)
        try:
            yield app
        finally:
            started = time.monotonic()
            await app.updater.stop()
            await app.stop()
            stop_seconds = time.monotonic() - started
    assert stop_seconds < 3, f"shutdown took {stop_seconds:.1f}s"
    assert not handler_errors, handler_errors


@pytest.mark.anyio
async def test_bot_get_me_and_send_message(fake_telegram: FakeTelegram) -> None:
    fake_telegram.send_text("你好", user_id=42)  # like the real API, the bot may only write to known chats
    async with fake_telegram.bot() as bot:
        me = await bot.get_me()
        sent = await bot.send_message(42, "预算 👍", reply_markup=CHOICES)

    assert me.username == "budget_qa_bot" and me.is_bot and me.supports_inline_queries
    assert me.can_join_groups and not me.can_read_all_group_messages
    assert isinstance(sent, Message)
    assert (sent.text, sent.chat.id, sent.from_user.id) == ("预算 👍", 42, me.id)
    assert sent.reply_markup == CHOICES
    [call] = fake_telegram.calls("sendMessage")
    assert call.params["chat_id"] == 42 and call.params["text"] == "预算 👍"
    assert call.params["reply_markup"] == CHOICES.to_dict()
    assert call.result["message_id"] == sent.message_id


@pytest.mark.anyio
async def test_failures_raise_telegram_errors(fake_telegram: FakeTelegram) -> None:
    fake_telegram.send_text("hi", user_id=42)
    async with fake_telegram.bot() as bot:
        with pytest.raises(BadRequest, match="(?i)chat not found"):
            await bot.send_message(7, "nobody there")
        with pytest.raises(BadRequest, match="(?i)message to edit not found"):
            await bot.edit_message_text("x", chat_id=42, message_id=999)
        with pytest.raises(BadRequest, match="(?i)unsupported start tag"):
            await bot.send_message(42, "金额 <100万>", parse_mode="HTML")
        with pytest.raises(BadRequest, match="(?i)bot_command_invalid"):
            await bot.set_my_commands([BotCommand("帮助", "help")])
        with pytest.raises(EndPointNotFound):
            await bot.do_api_request("noSuchMethod")
        sent = await bot.send_message(42, "same")
        with pytest.raises(BadRequest, match="(?i)message is not modified"):
            await bot.edit_message_text("same", chat_id=42, message_id=sent.message_id)

    assert [call.status for call in fake_telegram.errors()] == [400, 400, 400, 400, 404, 400]


@pytest.mark.anyio
async def test_commands_documents_and_file_download(fake_telegram: FakeTelegram) -> None:
    fake_telegram.send_text("hi", user_id=42)
    async with fake_telegram.bot() as bot:
        assert await bot.set_my_commands([BotCommand("start", "开始"), BotCommand("help", "帮助")])
        assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]
        assert await bot.delete_my_commands()
        assert await bot.get_my_commands() == ()
        # Uploads travel as multipart/form-data.
        sent = await bot.send_document(42, b"a,b\n1,2\n", filename="报告 \"v2\".csv",
                                       caption="<b>摘要</b> &amp; 说明", parse_mode="HTML")
        data = await (await bot.get_file(sent.document.file_id)).download_as_bytearray()

    assert sent.document.file_name == '报告 "v2".csv' and sent.caption == "摘要 & 说明"
    assert bytes(data) == b"a,b\n1,2\n"
    [call] = fake_telegram.calls("sendDocument")
    assert call.params["chat_id"] == 42
    assert call.params["document"] == UploadedFile('报告 "v2".csv', "text/csv", b"a,b\n1,2\n")
    assert fake_telegram.calls("setMyCommands")[0].params["commands"][1] == {"command": "help", "description": "帮助"}
    [got_file] = fake_telegram.calls("getFile")
    assert [c.params["file_path"] for c in fake_telegram.calls("downloadFile")] == [got_file.result["file_path"]]


def test_raw_http_encodings_and_error_statuses(fake_telegram: FakeTelegram) -> None:
    fake_telegram.send_text("hi", user_id=42)
    api = f"{fake_telegram.base_url}{fake_telegram.token}"
    markup = {"inline_keyboard": [[{"text": "ok", "callback_data": "ok"}]]}
    with httpx.Client() as client:
        by_json = client.post(f"{api}/sendMessage", json={"chat_id": 42, "text": "json", "reply_markup": markup})
        by_form = client.post(f"{api}/SENDMESSAGE", data={"chat_id": "42", "text": "form",
                                                          "reply_markup": json.dumps(markup)})
        by_query = client.get(f"{api}/sendMessage", params={"chat_id": "42", "text": "query"})
        unknown = client.post(f"{api}/noSuchMethod")
        bad_token = client.get(f"{fake_telegram.base_url}654321:WRONG/getMe")
        empty_text = client.post(f"{api}/sendMessage", data={"chat_id": "42"})
        broken_json = client.post(f"{api}/sendMessage", content=b"{", headers={"Content-Type": "application/json"})

    assert [r.status_code for r in (by_json, by_form, by_query)] == [200, 200, 200]
    assert [r.json()["result"]["text"] for r in (by_json, by_form, by_query)] == ["json", "form", "query"]
    assert [c.params["reply_markup"] for c in fake_telegram.calls("sendMessage")[:2]] == [markup, markup]
    for response, status in ((unknown, 404), (bad_token, 401), (empty_text, 400), (broken_json, 400)):
        body = response.json()
        assert (response.status_code, body["ok"], body["error_code"]) == (status, False, status), body
    assert empty_text.json()["description"] == "Bad Request: message text is empty"


@pytest.mark.anyio
async def test_get_updates_long_polls_and_honours_offset(fake_telegram: FakeTelegram) -> None:
    fake_telegram.max_poll = 0.3
    async with fake_telegram.bot() as bot:
        started = time.monotonic()
        assert await bot.get_updates(timeout=5) == ()
        assert 0.25 < time.monotonic() - started < 1  # waited, but only up to the cap

        threading.Timer(0.1, fake_telegram.send_text, args=("late",)).start()
        started = time.monotonic()
        [update] = await bot.get_updates(timeout=5)
        assert update.message.text == "late" and time.monotonic() - started < 0.3  # woke up early

        assert [u.update_id for u in await bot.get_updates(timeout=0)] == [update.update_id]  # unconfirmed
        assert await bot.get_updates(offset=update.update_id + 1, timeout=0) == ()


def test_injected_updates_look_like_the_real_server(fake_telegram: FakeTelegram) -> None:
    update = fake_telegram.send_text("/start@budget_qa_bot 👍 @some_user 你好", chat_type="group", user_id=7)
    message = Update.de_json(update, None).message

    assert message.chat.type == "group" and message.chat.id < 0 and message.chat.title
    assert message.from_user.id == 7
    assert update["message"]["entities"] == [
        {"type": "bot_command", "offset": 0, "length": 20},
        {"type": "mention", "offset": 24, "length": 10},  # the emoji counts two UTF-16 units
    ]
    assert list(message.parse_entities().values()) == ["/start@budget_qa_bot", "@some_user"]

    reply = fake_telegram.send_text("继续", chat_type="group", user_id=7, reply_to_bot=True)["message"]
    assert reply["reply_to_message"]["from"]["username"] == "budget_qa_bot"
    assert reply["reply_to_message"]["message_id"] < reply["message_id"]

    private = fake_telegram.send_text("/帮助")["message"]
    assert private["chat"] == {**private["chat"], "type": "private", "id": private["from"]["id"]}
    assert "entities" not in private  # only latin command names are commands
    with pytest.raises(ValueError, match="private chat"):
        fake_telegram.send_text("x", chat_id=5, user_id=6)


def test_wait_for_times_out_with_a_dump_of_calls(fake_telegram: FakeTelegram) -> None:
    with httpx.Client() as client:
        client.post(f"{fake_telegram.base_url}{fake_telegram.token}/sendMessage", data={"chat_id": "1", "text": "x"})
    with pytest.raises(AssertionError, match=r"(?s)found 0.*\[400\] sendMessage.*chat not found"):
        fake_telegram.wait_for("sendMessage", timeout=0.1)
    assert fake_telegram.wait_for("sendMessage", include_errors=True)[0].status == 400


def test_stop_is_prompt_during_a_long_poll(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in PROXY_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    # A poll of 30 s pending: stopping must not wait for it. The bound (10 s) is generous for a loaded
    # 2-core machine and still far below the poll's own wait, which is what a stop that waits would take.
    fake = FakeTelegram(max_poll=30).start()
    url = f"{fake.base_url}{fake.token}/getUpdates"
    poller = threading.Thread(target=lambda: httpx.post(url, data={"timeout": "30"}, timeout=40))
    poller.start()
    time.sleep(0.2)  # let the poll reach the server and start waiting
    started = time.monotonic()
    fake.stop()
    poller.join(timeout=15)
    assert time.monotonic() - started < 10 and not poller.is_alive()


@pytest.mark.anyio
async def test_application_commands_and_echo(fake_telegram: FakeTelegram) -> None:
    async with running(build_app(fake_telegram)):
        fake_telegram.send_text("/start")
        fake_telegram.send_text("hello")
        [welcome] = await fake_telegram.wait_for_async("sendMessage", lambda p: p["text"] == WELCOME)
        await fake_telegram.wait_for_async("sendMessage", lambda p: p["text"] == "echo: hello")

        group = fake_telegram.send_text("/start@budget_qa_bot", chat_type="supergroup")["message"]["chat"]["id"]
        fake_telegram.send_text("/start@other_bot", chat_type="supergroup")  # addressed elsewhere: ignored
        fake_telegram.send_text("ping", chat_type="supergroup")
        await fake_telegram.wait_for_async("sendMessage", lambda p: p["text"] == "echo: ping")
        assert not fake_telegram.errors()

    assert welcome.params["chat_id"] == 1001 and welcome.params["reply_markup"] == CHOICES.to_dict()
    group_texts = [c.params["text"] for c in fake_telegram.calls("sendMessage") if c.params["chat_id"] == group]
    assert group_texts == [WELCOME, "echo: ping"]


@pytest.mark.anyio
async def test_application_document_inline_query_and_button(fake_telegram: FakeTelegram) -> None:
    content = "项目支出绩效目标表".encode() * 100
    app = build_app(fake_telegram)
    async with running(app):
        update = fake_telegram.send_document("绩效目标表.xlsx", content, caption="请看附件")
        assert update["message"]["document"]["file_size"] == len(content)  # size is known before download
        await fake_telegram.wait_for_async("sendMessage", lambda p: p["text"].startswith("收到 绩效目标表.xlsx"))
        assert app.bot_data["downloads"] == [content]

        fake_telegram.send_inline_query("预算")
        [answer] = await fake_telegram.wait_for_async("answerInlineQuery")
        assert answer.params["results"][0]["title"] == "答案: 预算"
        assert answer.params["results"][0]["input_message_content"]["message_text"] == "关于 预算 的回答"

        fake_telegram.send_text("/start")
        [welcome] = await fake_telegram.wait_for_async("sendMessage", lambda p: p["text"] == WELCOME)
        with pytest.raises(ValueError, match="no button"):
            fake_telegram.press_button("maybe", welcome)
        fake_telegram.press_button("yes", welcome)
        [answered] = await fake_telegram.wait_for_async("answerCallbackQuery")
        [edited] = await fake_telegram.wait_for_async("editMessageText")
        assert answered.params["text"] == "收到"
        assert edited.params["message_id"] == welcome.result["message_id"]
        assert edited.result["text"] == "你选择了 yes"
        assert not fake_telegram.errors()
