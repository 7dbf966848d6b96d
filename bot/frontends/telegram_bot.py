"""Telegram front end: a thin shell over Engine.ask() built on python-telegram-bot.

Nothing about answering lives here: handlers decide *whether* a message is a question, pass it to the
engine in a worker thread (so the event loop never blocks) and format the reply as escaped HTML.
Every chat's Session lives in a SessionStore (read before and written after each Engine.ask), so
follow-ups ("它的满意度指标呢") and clarifications work per chat, also across workers (frontends/cluster/).
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import hashlib
import html
import json
import logging
import os
import re
import secrets
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from telegram import (
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    Update,
)
from telegram.constants import ChatAction, ChatType, MessageEntityType, MessageLimit, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.config import Config
from bot.engine import CLARIFY, UNKNOWN, Answer, Engine, Session
from bot.frontends import telegram_ui
from bot.frontends.admin import MAX_NAME_BYTES, UploadResult, install_upload, reload_knowledge
from bot.frontends.sessions import MemorySessionStore, SessionStore
from bot.ingest.formats import SUPPORTED_SUFFIXES, read_documents
from bot.model import Issue, LoadError
from bot.store.build import LoadSummary, short

logger = logging.getLogger(__name__)

# bot_data / chat_data keys
ENGINE, CONFIG, OWN_ENGINE = "engine", "config", "own_engine"
LOAD_LOCK, SESSIONS, WORKER = "load_lock", "sessions", "worker"

MAX_MESSAGE = MessageLimit.MAX_TEXT_LENGTH  # 4096
MAX_QUESTION = 1000  # longer input is no question; the engine's log keeps 1000 characters anyway
MAX_BUTTONS = 10  # more options stay listed in the text and can be picked by typing their number
MAX_ISSUES = 15  # errors shown to an admin; the rest are counted
INLINE_RESULTS = 3
INLINE_CACHE_SECONDS = 5  # answers change when an admin reloads, so keep Telegram's cache short
# Only what the handlers use, so Telegram does not send (and we do not parse) anything else.
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY]
CALLBACK_RE = re.compile(r"^c:([0-9a-f]{8}):(\d{1,3})$")
SAFE_NAME_RE = re.compile(r"[^\w.\-]+")  # \w keeps Chinese file names readable

USER_COMMANDS = [
    BotCommand("start", "开始使用，查看我能做什么"),
    BotCommand("help", "提问示例"),
    BotCommand("projects", "列出所有项目及经费"),
    BotCommand("ask", "提问（群组中使用）：/ask 加问题"),
    BotCommand("chart", "把上一个回答画成图，或 /chart 问题"),
    BotCommand("export", "把上一个回答的列表导出为 Excel"),
    BotCommand("whoami", "查看我的用户 ID 和聊天 ID"),
]
ADMIN_COMMANDS = [
    BotCommand("reload", "重新加载知识库（管理员）"),
    BotCommand("stats", "提问统计（管理员）"),
    BotCommand("unanswered", "未能回答的常见问题（管理员）"),
]

APOLOGY = "抱歉，处理您的消息时出错了，请稍后再试。"
NOT_ALLOWED = "抱歉，您没有使用本机器人的权限。"
CLARIFY_EXPIRED = "这个选项已过期，请重新提问。"


# Usage hints show questions the loaded tables answer (Engine.examples), never a bundled department's.
def ask_usage(examples: list[str]) -> str:
    return f"请在命令后写上问题，例如：/ask {examples[0]}" if examples else "请在命令后写上问题：/ask 加问题"


def inline_help(examples: list[str]) -> tuple[str, str]:
    """The empty inline query's article: (title, text)."""
    if not examples:
        return "输入问题", "输入关于已加载表格的问题（知识库目前是空的）。"
    return f"输入问题，例如：{examples[0]}", "输入关于已加载表格的问题，例如：\n" + "\n".join(
        f"· {q}" for q in examples[:3])
NO_TOKEN = (
    "未设置 Telegram 机器人令牌：请把从 @BotFather 得到的令牌放进环境变量 {env}\n"
    "（例如 export {env}=123456:ABC...），或在 config.toml 的 [telegram] 中设置 token = \"...\"。\n"
    "No Telegram bot token: set the {env} environment variable (export {env}=123456:ABC...) "
    "or `token = \"...\"` in the [telegram] section of config.toml."
)


# ----- text helpers --------------------------------------------------------------------------------------


def _units(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units), so emoji never push a piece over the limit."""
    return len(text.encode("utf-16-le")) // 2


def _escaped_pieces(line: str, limit: int) -> list[str]:
    """Escape one line; hard-split it between characters (never inside an entity) when too long."""
    escaped = html.escape(line, quote=False)
    if _units(escaped) <= limit:
        return [escaped]
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        part = html.escape(char, quote=False)
        if size + _units(part) > limit:
            pieces.append("".join(current))
            current, size = [], 0
        current.append(part)
        size += _units(part)
    pieces.append("".join(current))
    return pieces


def split_message(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """HTML-escape plain text into messages of at most `limit` units each, breaking at line ends."""
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for line in text.split("\n"):
        for piece in _escaped_pieces(line, limit):
            added = _units(piece) + (1 if current else 0)  # the newline joining it to the chunk
            if current and size + added > limit:
                chunks.append("\n".join(current))
                current, size = [], 0
                added = _units(piece)
            current.append(piece)
            size += added
    chunks.append("\n".join(current))
    # Telegram refuses blank messages: drop pieces that are only line breaks or spaces.
    return [chunk.strip("\n") for chunk in chunks if chunk.strip()]


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _issues_text(issues: list[Issue]) -> str:
    """Errors for a chat: files named by their own name, not the server's folders."""
    lines = [f"· {Issue(short(i.path), i.line, i.message, i.level)}" for i in issues[:MAX_ISSUES]]
    if len(issues) > MAX_ISSUES:
        lines.append(f"……另有 {len(issues) - MAX_ISSUES} 条")
    return "\n".join(lines)


def safe_file_name(name: str) -> str:
    """A name that can only live directly inside the upload folder: no folders, no hidden files."""
    base = Path(name.replace("\\", "/")).name  # also drop Windows-style folders
    base = SAFE_NAME_RE.sub("_", base).lstrip(".")  # a leading dot would hide it from the loader
    stem, suffix = os.path.splitext(base)
    suffix = suffix.lower()[:10]
    # File systems count bytes (255), not characters: a Chinese or emoji name is shortened by its UTF-8 size.
    stem = stem.encode("utf-8")[: MAX_NAME_BYTES - len(suffix)].decode("utf-8", "ignore")
    return (stem or "upload") + suffix


# ----- update processing -------------------------------------------------------------------------------


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Updates of different chats are handled concurrently; those of one chat one after another, in
    the order they arrived, so a follow-up never overtakes its question (each chat has one Session).

    The order is fixed when an update's task first runs: the application starts one task per update in
    arrival order, and the admission semaphore is sized so it never makes a task wait before that.
    """

    ADMISSION = 100_000  # updates admitted at once; the real limit is `workers`, applied in chat order

    def __init__(self, workers: int = 64):
        super().__init__(self.ADMISSION)
        self._workers = workers
        self._running: asyncio.Semaphore | None = None
        self._tails: dict[int, asyncio.Future] = {}  # chat -> done-future of its latest update

    @staticmethod
    def _key(update: object) -> int | None:
        if isinstance(update, Update):
            if update.effective_chat is not None:
                return update.effective_chat.id
            if update.effective_user is not None:  # inline queries: no chat, one user
                return update.effective_user.id
        return None

    async def do_process_update(self, update: object, coroutine) -> None:
        key = self._key(update)
        if key is None:
            await self._run(coroutine)
            return
        previous = self._tails.get(key)
        done = asyncio.get_running_loop().create_future()
        self._tails[key] = done
        try:
            if previous is not None:
                await asyncio.wait({previous})  # wait, never cancel the previous update's future
            await self._run(coroutine)
        finally:
            done.set_result(None)
            if self._tails.get(key) is done:
                del self._tails[key]

    async def _run(self, coroutine) -> None:
        if self._running is None:
            self._running = asyncio.Semaphore(self._workers)
        async with self._running:
            await coroutine

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


# ----- shared state --------------------------------------------------------------------------------------


def _engine(context: ContextTypes.DEFAULT_TYPE) -> Engine:
    return context.bot_data[ENGINE]


def _config(context: ContextTypes.DEFAULT_TYPE) -> Config:
    return context.bot_data[CONFIG]


def _sessions(context: ContextTypes.DEFAULT_TYPE) -> SessionStore:
    return context.bot_data[SESSIONS]


def _ask_in_chat(context: ContextTypes.DEFAULT_TYPE, chat: str, question: str, fresh: bool = False,
                 record: bool = True, expect_token: str | None = None) -> tuple[Answer, Session] | None:
    """One turn (in a worker thread): read the chat's session, ask, write the session back once.

    The engine resets a session built on another knowledge base. With expect_token (a pressed button),
    nothing is asked when the chat no longer waits for that clarification: None is returned.
    """
    store = _sessions(context)
    session = Session() if fresh else store.get(chat)
    if expect_token is not None and (_clarify_token(session) != expect_token
                                     or session.build_id != _engine(context).build_id):
        return None  # answered already, asked anew, or asked of a knowledge base since replaced
    extra = {} if record else {"record": False}
    answer = _engine(context).ask(question, session, chat=chat, **extra)
    store.put(chat, session)
    return answer, session


def _clarify_token(session: Session) -> str | None:
    """A short name for the clarification the session waits for (None when it waits for none): a button
    carries it, and is live only while the session (shared by every worker) still waits for that one."""
    if not session.pending:
        return None
    pending = json.dumps([session.to_dict()["pending"], session.build_id], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(pending.encode()).hexdigest()[:8]


def _chat_tag(update: Update) -> str:
    chat = update.effective_chat
    return f"tg:{chat.id}" if chat else "tg:inline"


def _is_admin(context: ContextTypes.DEFAULT_TYPE, user_id: int | None) -> bool:
    return user_id is not None and user_id in _config(context).telegram.admins


def _is_allowed(cfg: Config, update: Update) -> bool:
    """Allow-lists: empty means everyone; otherwise the user or the chat must be listed (admins always)."""
    tg = cfg.telegram
    if not tg.allowed_users and not tg.allowed_chats:
        return True
    user = update.effective_user
    chat = update.effective_chat
    user_id = user.id if user else None
    return (
        user_id in tg.admins
        or user_id in tg.allowed_users
        or (chat is not None and chat.id in tg.allowed_chats)
    )


async def _audit(context: ContextTypes.DEFAULT_TYPE, user_id: int | None, action: str, allowed: bool,
                 detail: str = "") -> None:
    log = _engine(context).log
    if log is not None:
        await asyncio.to_thread(log.admin_event, user_id, action, allowed, detail)


# ----- sending -------------------------------------------------------------------------------------------


def _message(update: Update) -> Message:
    """The update's message: the handlers asking for it are registered for message updates only."""
    message = update.effective_message
    if message is None:
        raise ValueError("this handler needs an update with a message")
    return message


def _user_id(update: Update) -> int:
    """The sender's id: the handlers asking for it get commands and documents, which always have one."""
    user = update.effective_user
    if user is None:
        raise ValueError("this handler needs an update with a sender")
    return user.id


def _chat_id(update: Update) -> int:
    """The chat's id: the handlers asking for it are registered for chat updates only."""
    chat = update.effective_chat
    if chat is None:
        raise ValueError("this handler needs an update with a chat")
    return chat.id


async def _reply(message: Message, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """Reply with escaped text in Telegram-sized pieces; a keyboard goes on the last piece."""
    pieces = split_message(text)
    for index, piece in enumerate(pieces):
        last = index == len(pieces) - 1
        await message.reply_text(piece, reply_markup=markup if last else None)


TYPING_AFTER = 0.3  # seconds an answer may take before the chat shows "typing…"


async def _typing(message: Message) -> None:
    # Only a courtesy: a failed chat action must not stop the answer.
    with contextlib.suppress(TelegramError):
        await message.reply_chat_action(ChatAction.TYPING)


def _keyboard(session: Session, answer: Answer) -> InlineKeyboardMarkup | None:
    """One button per option of the session's clarification (short callback ids naming it); an unknown
    reply's "您是不是想问" suggestions are pending picks too."""
    token = _clarify_token(session)
    if answer.status not in (CLARIFY, UNKNOWN) or not answer.options or token is None:
        return None
    return InlineKeyboardMarkup([
        [InlineKeyboardButton(f"{k}. {_shorten(label, 40)}", callback_data=f"c:{token}:{k}")]
        for k, label in enumerate(answer.options[:MAX_BUTTONS], start=1)
    ])


async def _answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    """Ask the engine in a worker thread with the chat's session and reply."""
    message = _message(update)
    question = question.strip()[:MAX_QUESTION]
    if not question:
        await _reply(message, ask_usage(_engine(context).examples()))
        return
    request = telegram_ui.split(context, question)  # "画个图" / "导出", alone or with a question
    if request.actions and not request.question:
        await telegram_ui.act(update, context, request)
        return
    question = request.question or question
    work = asyncio.ensure_future(asyncio.to_thread(_ask_in_chat, context, _chat_tag(update), question))
    # Most answers take milliseconds: show "typing…" only when one does not, and save the request.
    done, _ = await asyncio.wait({work}, timeout=TYPING_AFTER)
    if not done:
        await _typing(message)
    turn = await work
    if turn is None:  # only a pressed button's stale token gives None, never a typed question
        raise RuntimeError("no answer to a typed question")
    answer, session = turn
    markup = _keyboard(session, answer)
    if markup is None:  # an answer: pages, follow-up and feedback buttons
        await telegram_ui.send_answer(context, answer, message)
    else:
        await _reply(message, answer.text, markup)
    if request.actions and answer.status != CLARIFY:  # after a clarification, "画个图" can follow the choice
        await telegram_ui.act(update, context, request, answer)
    await _pass_on_log_notices(context)


async def _pass_on_log_notices(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Tell the admins (privately) once when the question log cannot be written or was set aside."""
    log = _engine(context).log
    notices = log.take_notices() if log is not None else []
    for admin in _config(context).telegram.admins if notices else ():
        with contextlib.suppress(TelegramError):
            await context.bot.send_message(admin, "\n".join(notices))


# ----- guard and error handler ---------------------------------------------------------------------------


async def guard(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Drop updates from users and chats outside the allow-lists (politely, in private chats)."""
    if _is_allowed(_config(context), update):
        return
    chat = update.effective_chat
    if update.callback_query:
        await update.callback_query.answer(NOT_ALLOWED)
    elif update.message and chat is not None and chat.type == ChatType.PRIVATE:
        await update.message.reply_text(NOT_ALLOWED)
    raise ApplicationHandlerStop


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the exception and send the user a short apology, never a traceback."""
    update_id = update.update_id if isinstance(update, Update) else None
    logger.error("Error while handling update %s", update_id, exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat and update.effective_message:
        with contextlib.suppress(TelegramError):
            await context.bot.send_message(update.effective_chat.id, APOLOGY)


# ----- user commands and questions -----------------------------------------------------------------------


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet the user and say what the bot can do."""
    kb = _engine(context).kb
    departments = "、".join(d.name for d in kb.departments) or "（空）"
    name = update.effective_user.first_name if update.effective_user else ""
    lines = [
        f"您好{('，' + name) if name else ''}！我是项目支出绩效目标表问答机器人，按规则从表中查找答案。",
        f"当前知识库：{departments}，共 {len(kb.projects)} 个项目。",
        "",
        f"直接发问即可，例如“{next(iter(_engine(context).examples()), '有哪些项目')}”，追问“它的指标呢”。",
        "/help 查看更多示例，/projects 列出全部项目。",
        "列表回答后可以说“画个图”或“导出”（/chart、/export）；/whoami 查看您的用户 ID。",
        f"在群组里请 @{context.bot.username} 或用 /ask 提问；",
        f"在任意聊天中输入 @{context.bot.username} 加问题可内联查询。",
    ]
    if _is_admin(context, update.effective_user.id if update.effective_user else None):
        lines.append("管理员：/reload 重新加载，/stats 统计，/unanswered 未答问题；")
        lines.append("直接发送 .txt、.xlsx 或 .pdf 文档即可上传。")
    await _reply(_message(update), "\n".join(lines))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show example questions (from the engine) and how to ask in groups and inline."""
    answer = await asyncio.to_thread(_engine(context).ask, "帮助", Session(), chat=_chat_tag(update), record=False)
    username = context.bot.username
    text = (f"{answer.text}\n\n在群组里：@{username} 问题，或 /ask 问题，或回复我的消息。\n"
            f"在任意聊天中输入 @{username} 问题，可以把答案直接发出去。")
    await _reply(_message(update), text)


async def projects(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List every project with its amount; starts a new conversation so "2" then picks from the list."""
    message = _message(update)
    await _typing(message)
    turn = await asyncio.to_thread(_ask_in_chat, context, _chat_tag(update), "有哪些项目", fresh=True, record=False)
    if turn is None:  # only a pressed button's stale token gives None
        raise RuntimeError("no answer to a typed command")
    answer, session = turn
    markup = _keyboard(session, answer)
    if markup is None:
        await telegram_ui.send_answer(context, answer, message)  # a long list comes in pages
    else:
        await _reply(message, answer.text, markup)


async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer `/ask 问题` (also `/ask@botname 问题`), the way to ask in groups."""
    text = _message(update).text or ""
    parts = text.split(maxsplit=1)
    await _answer_question(update, context, parts[1] if len(parts) > 1 else "")


async def private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In a private chat every text message is a question."""
    await _answer_question(update, context, _strip_mention(_message(update), context.bot.username))


async def group_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In groups answer only when mentioned or replied to; stay silent otherwise."""
    message = _message(update)
    username = (context.bot.username or "").lower()
    mentions = message.parse_entities([MessageEntityType.MENTION]).values()
    mentioned = any(text.lower() == f"@{username}" for text in mentions)
    replied = message.reply_to_message is not None and message.reply_to_message.from_user is not None \
        and message.reply_to_message.from_user.id == context.bot.id
    if mentioned or replied:
        await _answer_question(update, context, _strip_mention(message, context.bot.username))


def _strip_mention(message: Message, username: str | None) -> str:
    text = message.text or ""
    if not username:
        return text
    return re.sub(rf"@{re.escape(username)}(?![A-Za-z0-9_])", " ", text, flags=re.IGNORECASE).strip()


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Point private users who type an unknown command at /help."""
    await _reply(_message(update), "没有这个命令。直接发送问题即可，/help 查看示例。")


async def clarify_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A pressed clarification button answers that option in the chat's session."""
    query = update.callback_query
    if query is None:  # registered as a CallbackQueryHandler: every update it gets has one
        raise ValueError("a button handler needs a callback query")
    match = CALLBACK_RE.match(query.data or "")
    turn = None
    if match is not None and update.effective_chat is not None:
        turn = await asyncio.to_thread(_ask_in_chat, context, _chat_tag(update), match.group(2),
                                       expect_token=match.group(1))
    if turn is None:
        await query.answer(CLARIFY_EXPIRED)
        return
    await query.answer()
    answer, session = turn
    telegram_ui.remember(context, answer)
    markup = _keyboard(session, answer)
    pieces = split_message(answer.text) or ["…"]
    try:
        await query.edit_message_text(pieces[0], reply_markup=markup if len(pieces) == 1 else None)
    except BadRequest:  # too old or gone: send the answer instead
        await context.bot.send_message(_chat_id(update), pieces[0],
                                       reply_markup=markup if len(pieces) == 1 else None)
    for index, piece in enumerate(pieces[1:], start=2):
        await context.bot.send_message(_chat_id(update), piece,
                                       reply_markup=markup if index == len(pieces) else None)


def _article(result_id: str, title: str, text: str, description: str = "") -> InlineQueryResultArticle:
    pieces = split_message(text, MAX_MESSAGE - 2) or ["…"]
    body = pieces[0] + ("\n…" if len(pieces) > 1 else "")
    content = InputTextMessageContent(body, parse_mode=ParseMode.HTML)
    return InlineQueryResultArticle(result_id, _shorten(title, 48), content,
                                    description=_shorten(description, 100) or None)


def _inline_results(engine: Engine, question: str) -> list[InlineQueryResultArticle]:
    """Articles for an inline query: the answer, or one answered article per clarification option."""
    session = Session()
    # Inline queries arrive on every keystroke: kept out of the question log.
    answer = engine.ask(question, session, chat="tg:inline", record=False)
    if answer.status == CLARIFY:
        results = []
        for k, label in enumerate(answer.options[:INLINE_RESULTS], start=1):
            # Each option is answered in its own copy of the session, as if the user had picked it.
            chosen = engine.ask(str(k), copy.deepcopy(session), chat="tg:inline", record=False)
            results.append(_article(f"o{k}", label, chosen.text, chosen.text.split("\n", 1)[0]))
        return results
    first_line = answer.text.split("\n", 1)[0]
    if answer.status == UNKNOWN:
        return [_article("u", "没有找到答案", answer.text, first_line)]
    names = "、".join(e["name"] for e in answer.entities if e.get("kind") == "project")
    return [_article("a", names or first_line, answer.text, first_line)]


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer an inline query with up to three articles; an empty query gets a help article."""
    query = update.inline_query
    if query is None:  # registered as an InlineQueryHandler: every update it gets has one
        raise ValueError("an inline handler needs an inline query")
    question = query.query.strip()[:MAX_QUESTION]
    if question:
        results = await asyncio.to_thread(_inline_results, _engine(context), question)
    else:
        title, text = inline_help(_engine(context).examples())
        results = [_article("help", title, text, "可问经费、目标、指标")]
    await query.answer(results, cache_time=INLINE_CACHE_SECONDS)


# ----- admin ---------------------------------------------------------------------------------------------


async def _require_admin(update: Update, context: ContextTypes.DEFAULT_TYPE, action: str, refusal: str,
                         detail: str = "") -> bool:
    """True for admins; others get a polite refusal and the attempt is logged."""
    user_id = update.effective_user.id if update.effective_user else None
    if _is_admin(context, user_id):
        return True
    await _audit(context, user_id, action, False, detail)
    await _reply(_message(update), refusal)
    return False


def _reload_knowledge(cfg: Config, engine: Engine) -> LoadSummary:
    """Rebuild the database from the knowledge folders and swap it into the engine (worker thread)."""
    return reload_knowledge(cfg, engine)


_Loaded = TypeVar("_Loaded", LoadSummary, UploadResult)


async def _run_load(context: ContextTypes.DEFAULT_TYPE, job: Callable[..., _Loaded], *args: object) -> _Loaded:
    """Run a load in a worker thread, one at a time (sessions of the old build are reset by the engine)."""
    async with context.bot_data[LOAD_LOCK]:
        return await asyncio.to_thread(job, _config(context), _engine(context), *args)


async def reload_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin: reload the knowledge folder; on errors the previous knowledge base keeps serving."""
    if not await _require_admin(update, context, "reload", "抱歉，只有管理员可以重新加载知识库。"):
        return
    message = _message(update)
    detail = any(word in (message.text or "") for word in ("详细", "detail", "all"))
    await _typing(message)
    try:
        worker = context.bot_data.get(WORKER)  # shared mode: rebuild from the shared documents
        summary = await _run_load(context, worker.reload_job if worker else _reload_knowledge)
    except LoadError as exc:
        await _audit(context, _user_id(update), "reload", True, f"failed: {len(exc.issues)} errors")
        await _reply(message, f"加载失败，知识库和文件都没有改动，仍使用原来的知识库：\n{_issues_text(exc.issues)}")
        return
    await _audit(context, _user_id(update), "reload", True, f"ok: {summary.projects} projects")
    await _reply(message, f"已重新加载知识库：\n{summary.text(detail=detail)}")


PRIVATE_ONLY = "{command} 的结果含有用户的提问，只在与我的私聊中显示：请私聊我发送 {command}。"


async def _private_only(update: Update, command: str) -> bool:
    """Admin output that contains questions is never posted to a group."""
    chat = update.effective_chat
    if chat is not None and chat.type == ChatType.PRIVATE:
        return True
    await _reply(_message(update), PRIVATE_ONLY.format(command=command))
    return False


async def stats_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin: how many questions were answered, clarified and not answered."""
    if not await _require_admin(update, context, "stats", "抱歉，只有管理员可以查看统计。"):
        return
    if not await _private_only(update, "/stats"):
        return
    await _audit(context, _user_id(update), "stats", True)
    log = _engine(context).log
    if log is None:
        await _reply(_message(update), "没有启用提问日志。")
        return
    counts = await asyncio.to_thread(log.stats)
    labels = {"answered": "已回答", "clarify": "需澄清", "unknown": "未能回答"}
    lines = [f"{label}：{counts.get(status, 0)}" for status, label in labels.items()]
    lines.append(f"合计：{sum(counts.values())}")
    lines += await asyncio.to_thread(telegram_ui.feedback_lines, log)
    await _reply(_message(update), "提问统计：\n" + "\n".join(lines))


async def unanswered_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin: the most frequent questions the bot could not answer."""
    if not await _require_admin(update, context, "unanswered", "抱歉，只有管理员可以查看未答问题。"):
        return
    if not await _private_only(update, "/unanswered"):
        return
    await _audit(context, _user_id(update), "unanswered", True)
    log = _engine(context).log
    if log is None:
        await _reply(_message(update), "暂无未能回答的问题。")
        return
    # Unanswered and 👎 questions, each with a button to teach the bot its word.
    text, markup = await telegram_ui.unanswered_view(context, log)
    await _reply(_message(update), text, markup)


async def upload_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin: validate an uploaded table, save it into the upload folder and reload; undo on failure."""
    message = _message(update)
    document = message.document
    if document is None:  # registered for filters.Document only
        raise ValueError("an upload handler needs a document")
    original = document.file_name or "upload"
    if not await _require_admin(update, context, "upload", "抱歉，只有管理员可以上传文档。", original):
        return
    user_id = _user_id(update)
    cfg = _config(context)
    name = safe_file_name(original)
    limit = cfg.telegram.max_upload_bytes
    if Path(name).suffix not in SUPPORTED_SUFFIXES:
        await _audit(context, user_id, "upload", True, f"{original}: unsupported type")
        await _reply(message, f"无法加载 {original}：只支持 {'、'.join(sorted(SUPPORTED_SUFFIXES))} 文件。")
        return
    if document.file_size is not None and document.file_size > limit:  # refuse before downloading
        await _audit(context, user_id, "upload", True, f"{original}: too large ({document.file_size} bytes)")
        await _reply(message, f"文件 {original} 太大（{document.file_size} 字节），上限 {limit} 字节。")
        return
    await _typing(message)
    data = bytes(await (await document.get_file()).download_as_bytearray())
    if len(data) > limit:
        await _audit(context, user_id, "upload", True, f"{original}: too large ({len(data)} bytes)")
        await _reply(message, f"文件 {original} 太大（{len(data)} 字节），上限 {limit} 字节。")
        return
    try:
        found = await asyncio.to_thread(read_documents, name, data)
    except LoadError as exc:
        await _audit(context, user_id, "upload", True, f"{original}: rejected")
        await _reply(message, f"文件 {original} 无法加载，未保存：\n{_issues_text(exc.issues)}")
        return
    try:
        worker = context.bot_data.get(WORKER)  # shared mode: stored in the database, announced to all
        if worker:
            target = cfg.telegram.upload_folder.resolve() / name
            result = UploadResult(await _run_load(context, worker.upload_job, target, data), name)
        else:
            result = await _run_load(context, install_upload, name, data, found)
    except LoadError as exc:
        await _audit(context, user_id, "upload", True, f"{name}: load failed")
        await _reply(message, f"{original} 加载失败，已撤销上传，仍使用原来的知识库：\n"
                              f"{_issues_text(exc.issues)}")
        return
    if result.summary is None:
        await _audit(context, user_id, "upload", True, f"{name}: identical to {result.same_as}")
        await _reply(message, f"{original} 与已加载的 {result.same_as} 完全相同，知识库没有变化。")
        return
    await _audit(context, user_id, "upload", True, f"{result.name}: loaded")
    renamed = f"（已有另一份同名文件，保存为 {result.name}）" if result.name != name else ""
    await _reply(message, f"已加载 {result.name}{renamed}，知识库已更新：\n{result.summary.text(detail=False)}")


# ----- application ---------------------------------------------------------------------------------------


async def _post_init(application: Application) -> None:
    """Publish the command menu: user commands for everyone, admin commands in each admin's chat."""
    await application.bot.set_my_commands(USER_COMMANDS)
    for admin in application.bot_data[CONFIG].telegram.admins:
        try:
            await application.bot.set_my_commands(USER_COMMANDS + ADMIN_COMMANDS,
                                                  scope=BotCommandScopeChat(admin))
        except TelegramError as exc:  # e.g. the admin has not talked to the bot yet: not fatal
            logger.warning("Cannot set admin commands for %s: %s", admin, exc)


async def _post_shutdown(application: Application) -> None:
    """Close the question log of an engine this module opened."""
    engine: Engine = application.bot_data[ENGINE]
    if application.bot_data.get(OWN_ENGINE) and engine.log is not None:
        engine.log.close()


def build_application(cfg: Config, engine: Engine | None = None, worker: object | None = None) -> Application:
    """The bot: handlers over `engine` (opened from cfg when not given), HTML output, rate limiting.

    With a cluster worker (bot/frontends/cluster/), the application has no updater (updates come from the
    ASGI webhook), sessions and documents are shared, and loads go through the shared database.
    """
    base_url, base_file_url = cfg.telegram.resolved_urls()
    builder = (
        ApplicationBuilder()
        .token(cfg.telegram.resolved_token())
        .base_url(base_url)
        .base_file_url(base_file_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    sessions: SessionStore = MemorySessionStore()
    if worker is None:
        builder.rate_limiter(AIORateLimiter(max_retries=2))
        builder.concurrent_updates(ChatOrderedProcessor())
    else:
        from bot.frontends.cluster.webhook import WebhookApplication

        builder.updater(None).application_class(WebhookApplication)
        builder.concurrent_updates(max(1, cfg.cluster.concurrent_updates))
        if cfg.cluster.max_rate > 0:
            builder.rate_limiter(AIORateLimiter(overall_max_rate=cfg.cluster.max_rate, max_retries=2))
        sessions = worker.shared.sessions  # type: ignore[attr-defined]
    application = builder.build()
    application.bot_data.update({
        ENGINE: engine if engine is not None else Engine(cfg.db, cfg.vocabulary, log_db=cfg.log_db),
        OWN_ENGINE: engine is None,
        CONFIG: cfg,
        LOAD_LOCK: asyncio.Lock(),
        SESSIONS: sessions,
        WORKER: worker,
    })
    private = filters.ChatType.PRIVATE
    new_message = filters.UpdateType.MESSAGE
    new_text = new_message & filters.TEXT & ~filters.COMMAND
    application.add_handler(TypeHandler(Update, guard), group=-1)
    application.add_handlers([
        CommandHandler("start", start),
        CommandHandler("help", help_command),
        CommandHandler("projects", projects),
        CommandHandler("ask", ask_command),
        CommandHandler("whoami", telegram_ui.whoami_command),
        CommandHandler("chart", telegram_ui.chart_command),
        CommandHandler("export", telegram_ui.export_command),
        # Loads take a while: run them beside other updates (a lock keeps them one at a time).
        CommandHandler("reload", reload_command, block=False),
        CommandHandler("stats", stats_command),
        CommandHandler("unanswered", unanswered_command),
        MessageHandler(new_message & filters.Document.ALL & private, upload_document, block=False),
        MessageHandler(new_text & private, private_text),
        MessageHandler(new_text & filters.ChatType.GROUPS, group_text),
        MessageHandler(new_message & filters.COMMAND & private, unknown_command),
        CallbackQueryHandler(telegram_ui.on_button, pattern=telegram_ui.CALLBACK_PATTERN),
        CallbackQueryHandler(clarify_button),
        InlineQueryHandler(inline_query),
    ])
    application.add_error_handler(on_error)
    return application


def require_token(cfg: Config) -> bool:
    """Whether a token is configured; if not, print how to set one."""
    if cfg.telegram.resolved_token():
        return True
    print(NO_TOKEN.format(env=cfg.telegram.token_env), file=sys.stderr)
    return False


def run(cfg: Config) -> int:
    """Serve until SIGINT/SIGTERM (polling, or a webhook when webhook_url is set); return the exit status."""
    if not require_token(cfg):
        return 2
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per getUpdates is noise
    application = build_application(cfg)
    tg = cfg.telegram
    stop_signals = (signal.SIGINT, signal.SIGTERM)
    if tg.webhook_url:
        application.run_webhook(
            listen=tg.webhook_listen,
            port=tg.webhook_port,
            url_path=urlsplit(tg.webhook_url).path.lstrip("/"),
            webhook_url=tg.webhook_url,
            secret_token=secrets.token_urlsafe(32),  # Telegram echoes it; other callers are rejected
            allowed_updates=ALLOWED_UPDATES,
            stop_signals=stop_signals,
        )
    else:
        application.run_polling(allowed_updates=ALLOWED_UPDATES, stop_signals=stop_signals)
    return 0
