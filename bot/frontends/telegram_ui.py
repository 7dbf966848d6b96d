"""Telegram keyboards around an answer: pages (下一页), follow-up buttons, 👍/👎, charts and exports,
/whoami, and teaching a word from /unanswered.

Every answered message gets one short token; its buttons carry `<kind>:<token>[:<n>]` (ASCII, far
below Telegram's 64 bytes) and the chat keeps what the token stands for (the answer, its pages, its
follow-up questions) for the last MAX_KEPT answers. Chat state lives in chat_data, like the session.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.engine import ANSWERED, Answer, Session
from bot.frontends.actions import CHART, EXPORT, Request, load_words, split_request

PAGE_LINES = 15
PAGE_SLACK = 3  # up to 18 lines go out whole: a last page of three lines helps nobody
MAX_FOLLOWUPS = 3
MAX_KEPT = 50  # answers per chat whose buttons still work
MAX_TEACH = 8  # questions offered for teaching
CALLBACK_PATTERN = r"^[qpfgxta]:[0-9a-f]{8}(?::[0-9a-z]{1,3})?$"

ENTRIES, LAST = "ui_entries", "ui_last_answer"

EXPIRED = "这个按钮已过期，请重新提问。"
THANKS = {1: "谢谢！已记录 👍", -1: "已记录 👎，管理员会查看这个回答。"}
NO_ANSWER_YET = "请先提问，例如“各项目经费多少”，再发“画个图”或“导出”；也可以一起说：“各项目经费画个图”。"
ADMIN_ONLY_TEACH = "抱歉，只有管理员可以教机器人新词。"
WHOAMI = ("您的用户 ID：{user}\n本聊天 ID：{chat}\n"
          "管理员请把用户 ID 填进 config.toml 的 [telegram] admins = [...]（限定聊天用 allowed_chats），然后重启。")


@dataclass
class Entry:
    """What one answered message's buttons refer to."""

    answer: Answer | None = None
    pages: list[str] = field(default_factory=list)  # escaped HTML, one per page
    followups: list[tuple[str, str]] = field(default_factory=list)  # (button label, question or action)
    voted: int = 0
    items: list[str] = field(default_factory=list)  # teaching: questions, then names
    word: str = ""
    question: str = ""


def _shell():
    """The Telegram front end's helpers (imported late: it imports this module)."""
    from bot.frontends import telegram_bot

    return telegram_bot


def _query(update: Update) -> CallbackQuery:
    """The button press of an update routed here (the handler is registered for callback queries only)."""
    if update.callback_query is None:
        raise ValueError("not a callback query")
    return update.callback_query


def _chat_id(update: Update) -> int:
    if update.effective_chat is None:
        raise ValueError("update without a chat")
    return update.effective_chat.id


def _chat_data(context: ContextTypes.DEFAULT_TYPE) -> dict:
    if context.chat_data is None:  # only for updates without a chat, which never reach these handlers
        raise ValueError("update without chat data")
    return context.chat_data


def _store(context: ContextTypes.DEFAULT_TYPE, entry: Entry) -> str:
    entries: OrderedDict[str, Entry] = _chat_data(context).setdefault(ENTRIES, OrderedDict())
    token = secrets.token_hex(4)
    entries[token] = entry
    while len(entries) > MAX_KEPT:
        entries.popitem(last=False)
    return token


def _entry(context: ContextTypes.DEFAULT_TYPE, token: str) -> Entry | None:
    entries = context.chat_data.get(ENTRIES) if context.chat_data is not None else None
    return entries.get(token) if entries else None


# ----- pages and keyboards -------------------------------------------------------------------------------


def paginate(text: str) -> list[str]:
    """Escaped pages of at most PAGE_LINES lines (and Telegram's 4096 units, footer included)."""
    split = _shell().split_message
    lines = text.split("\n")
    if len(lines) <= PAGE_LINES + PAGE_SLACK:
        chunks = ["\n".join(lines)]
    else:
        chunks = ["\n".join(lines[k: k + PAGE_LINES]) for k in range(0, len(lines), PAGE_LINES)]
    pages: list[str] = []
    for chunk in chunks:
        pages += split(chunk, _shell().MAX_MESSAGE - 40) or ["…"]
    return pages


def _page_text(entry: Entry, page: int) -> str:
    if len(entry.pages) == 1:
        return entry.pages[0]
    return f"{entry.pages[page]}\n（第 {page + 1}/{len(entry.pages)} 页）"


def followups(answer: Answer, kb) -> list[tuple[str, str]]:
    """Up to three next steps that make sense for this answer (label, question or action)."""
    out: list[tuple[str, str]] = []
    if answer.status != ANSWERED:
        return out
    numbers = [r for r in answer.rows if isinstance(r.get("value"), int | float)]
    if len(numbers) >= 2:
        out.append(("📊 画图", CHART))
    projects = [e for e in answer.entities if e.get("kind") == "project"]
    if len(projects) == 1:
        name = projects[0]["name"]
        if answer.intent not in ("indicator_list", "indicator_value", "count", "completion"):
            out.append(("它的绩效指标", f"{name}的绩效指标有哪些"))
        if answer.intent != "source":
            out.append(("资金来源", f"{name}的资金来源"))
        with contextlib.suppress(KeyError, IndexError, AttributeError):
            out.append(("本部门其他项目", f"{kb.department_of(projects[0]['id'])}有哪些项目"))
    if answer.rows:
        out.append(("导出表格", EXPORT))
    return out[:MAX_FOLLOWUPS]


def markup(token: str, entry: Entry, page: int = 0) -> InlineKeyboardMarkup | None:
    rows: list[list[InlineKeyboardButton]] = []
    if len(entry.pages) > 1:
        nav = []
        if page > 0:
            nav.append(InlineKeyboardButton("◀ 上一页", callback_data=f"p:{token}:{page - 1}"))
        if page < len(entry.pages) - 1:
            nav.append(InlineKeyboardButton("下一页 ▶", callback_data=f"p:{token}:{page + 1}"))
        rows.append(nav)
    if entry.followups:
        rows.append([InlineKeyboardButton(label, callback_data=f"q:{token}:{k}")
                     for k, (label, _target) in enumerate(entry.followups)])
    if entry.answer is not None and entry.answer.status == ANSWERED:
        rows.append([InlineKeyboardButton("👍", callback_data=f"f:{token}:u"),
                     InlineKeyboardButton("👎", callback_data=f"f:{token}:d")])
    return InlineKeyboardMarkup(rows) if rows else None


# ----- answers -------------------------------------------------------------------------------------------


def remember(context: ContextTypes.DEFAULT_TYPE, answer: Answer) -> None:
    """The chat's last answer: "画个图" and "导出" apply to it."""
    if context.chat_data is not None and answer.status == ANSWERED:
        context.chat_data[LAST] = answer


async def send_answer(context: ContextTypes.DEFAULT_TYPE, answer: Answer, message: Message | None = None,
                      chat_id: int | None = None) -> None:
    """Send an answer: first page, with page, follow-up and feedback buttons (a reply to `message`)."""
    remember(context, answer)
    entry = Entry(answer, paginate(answer.text), followups(answer, _shell()._engine(context).kb))
    token = _store(context, entry)
    text, keyboard = _page_text(entry, 0), markup(token, entry)
    if message is not None:
        await message.reply_text(text, reply_markup=keyboard)
    elif chat_id is not None:
        await context.bot.send_message(chat_id, text, reply_markup=keyboard)
    else:
        raise ValueError("send_answer needs a message to reply to or a chat id")


def split(context: ContextTypes.DEFAULT_TYPE, text: str) -> Request:
    """The question of a message and whether it also asks for a chart or an export."""
    return split_request(text, load_words(_shell()._engine(context).vocabulary_path))


async def act(update: Update, context: ContextTypes.DEFAULT_TYPE, request: Request,
              answer: Answer | None = None) -> None:
    """Send the chart (sendPhoto) and/or the spreadsheet (sendDocument) of an answer, by default the last."""
    answer = answer or (context.chat_data.get(LAST) if context.chat_data is not None else None)
    chat_id = _chat_id(update)

    async def say(text: str) -> None:
        for piece in _shell().split_message(text):
            await context.bot.send_message(chat_id, piece)

    if answer is None:
        await say(NO_ANSWER_YET)
        return
    if CHART in request.actions:
        from bot.frontends import charts

        try:
            chart = await asyncio.to_thread(charts.render, answer.rows, answer.question, request.pie)
        except charts.ChartError as exc:
            await say(str(exc))
        else:
            caption = _shell().split_message(chart.caption, charts.MAX_CAPTION)[0]
            await context.bot.send_photo(chat_id, chart.png, caption=caption, filename="chart.png")
    if EXPORT in request.actions:
        from bot.frontends.sheets import NO_ROWS, answer_workbook

        if not answer.rows:
            await say(NO_ROWS)
            return
        data = await asyncio.to_thread(answer_workbook, answer.rows, answer.question, answer.text)
        name = f"answer-{datetime.now().strftime('%Y%m%d-%H%M%S')}.xlsx"
        await context.bot.send_document(chat_id, data, filename=name,
                                        caption=_shell().split_message(f"{answer.question}（{len(answer.rows)} 项）",
                                                                       1000)[0])


async def chart_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/chart [问题]: a chart of the question's answer, or of the last answer."""
    await _command_action(update, context, CHART)


async def export_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/export [问题]: the answer's list as .xlsx."""
    await _command_action(update, context, EXPORT)


async def _command_action(update: Update, context: ContextTypes.DEFAULT_TYPE, action: str) -> None:
    message = update.effective_message
    parts = ((message.text if message else None) or "").split(maxsplit=1)
    rest = parts[1] if len(parts) > 1 else ""
    request = split(context, rest) if rest else Request("")
    request.actions.add(action)
    answer = None
    if request.question:
        answer = await _ask(update, context, request.question)
        await send_answer(context, answer, update.effective_message)
    await act(update, context, request, answer)


async def _ask(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> Answer:
    shell = _shell()
    answer, _ = await asyncio.to_thread(shell._ask_in_chat, context, shell._chat_tag(update),
                                        question[: shell.MAX_QUESTION])
    return answer


async def whoami_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Anyone: their user id and this chat's id (what an admin puts into config.toml)."""
    user = update.effective_user
    chat = update.effective_chat
    text = WHOAMI.format(user=user.id if user else "（未知）", chat=chat.id if chat else "（未知）")
    await _shell()._reply(update.effective_message, text)


# ----- buttons -------------------------------------------------------------------------------------------


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Page, follow-up, feedback, chart, export and teaching buttons."""
    query = _query(update)
    kind, token, *rest = (query.data or "").split(":")
    arg = rest[0] if rest else ""
    entry = _entry(context, token)
    if entry is None:
        await query.answer(EXPIRED)
        return
    if kind == "p":
        await _turn_page(update, context, token, entry, arg)
    elif kind == "q":
        await _follow(update, context, entry, arg)
    elif kind == "f":
        await _feedback(update, context, token, entry, arg)
    elif kind in ("t", "a"):
        await _teach(update, context, kind, entry, arg)
    else:
        await query.answer(EXPIRED)


async def _turn_page(update: Update, context: ContextTypes.DEFAULT_TYPE, token: str, entry: Entry, arg: str) -> None:
    query = _query(update)
    if not arg.isdigit() or not 0 <= int(arg) < len(entry.pages):
        await query.answer(EXPIRED)
        return
    await query.answer()
    page = int(arg)
    with contextlib.suppress(BadRequest):  # pressed twice: "message is not modified"
        await query.edit_message_text(_page_text(entry, page), reply_markup=markup(token, entry, page))


async def _follow(update: Update, context: ContextTypes.DEFAULT_TYPE, entry: Entry, arg: str) -> None:
    query = _query(update)
    if not arg.isdigit() or int(arg) >= len(entry.followups) or entry.answer is None:
        await query.answer(EXPIRED)
        return
    await query.answer()
    label, target = entry.followups[int(arg)]
    if target in (CHART, EXPORT):
        await act(update, context, Request("", {target}), entry.answer)
        return
    answer = await _ask(update, context, target)
    await send_answer(context, answer, chat_id=_chat_id(update))


async def _feedback(update: Update, context: ContextTypes.DEFAULT_TYPE, token: str, entry: Entry, arg: str) -> None:
    query = _query(update)
    value = {"u": 1, "d": -1}.get(arg)
    log = _shell()._engine(context).log
    if value is None or entry.answer is None:
        await query.answer(EXPIRED)
        return
    if log is not None:
        answer = entry.answer
        await asyncio.to_thread(log.feedback, _shell()._chat_tag(update), token, answer.question, answer.status,
                                answer.intent, value, answer.text)
    entry.voted = value
    await query.answer(THANKS[value])


# ----- admin: feedback in /stats and /unanswered, teaching a word -----------------------------------------


def feedback_lines(log) -> list[str]:
    """/stats: how many answers got 👍 and 👎, and the share of 👎."""
    counts = log.feedback_counts()
    total = counts["up"] + counts["down"]
    share = f"{counts['down'] / total * 100:.1f}%" if total else "—"
    return [f"反馈：👍 {counts['up']}，👎 {counts['down']}（👎 占 {share}）"]


async def unanswered_view(context: ContextTypes.DEFAULT_TYPE, log) -> tuple[str, InlineKeyboardMarkup | None]:
    """/unanswered: unanswered questions, then answers that got 👎; a button per question to teach a word."""
    unknown, disliked = await asyncio.to_thread(lambda: (log.unanswered(), log.disliked()))
    if not unknown and not disliked:
        return "暂无未能回答的问题，也没有被点 👎 的回答。", None
    lines: list[str] = []
    items: list[str] = []
    if unknown:
        lines.append("最常见的未能回答的问题：")
        for question, n in unknown:
            items.append(question)
            lines.append(f"{len(items)}. {question}（{n} 次）")
    if disliked:
        lines.append("被点 👎 的回答：")
        for question, n in disliked:
            items.append(question)
            lines.append(f"{len(items)}. {question}（👎 {n} 次）")
    entry = Entry(items=items[:MAX_TEACH])
    token = _store(context, entry)
    lines.append("点下面的按钮，可以教机器人这个问题里的词指的是什么。")
    buttons = [[InlineKeyboardButton(f"教：{k + 1}. {_shell()._shorten(q, 30)}", callback_data=f"t:{token}:{k}")]
               for k, q in enumerate(entry.items)]
    return "\n".join(lines), InlineKeyboardMarkup(buttons)


def _teach_job(cfg, engine, word: str, target: str):
    engine.teach_alias(word, target)
    return None


async def _teach(update: Update, context: ContextTypes.DEFAULT_TYPE, kind: str, entry: Entry, arg: str) -> None:
    """Two taps: pick the question (t), then what its word means (a); admins only, each step logged."""
    shell = _shell()
    query = _query(update)
    user_id = update.effective_user.id if update.effective_user else None
    if not shell._is_admin(context, user_id):
        await shell._audit(context, user_id, "teach", False, query.data or "")
        await query.answer(ADMIN_ONLY_TEACH)
        return
    engine = shell._engine(context)
    chat_id = _chat_id(update)
    if kind == "t":
        if not arg.isdigit() or int(arg) >= len(entry.items):
            await query.answer(EXPIRED)
            return
        await query.answer()
        question = entry.items[int(arg)]
        word, names = await asyncio.to_thread(engine.teach_suggestions, question)
        if not word or not names:
            await context.bot.send_message(chat_id, shell.split_message(f"在“{question}”里找不到可以教的词。")[0])
            return
        choice = Entry(items=names, word=word, question=question)
        token = _store(context, choice)
        buttons = [[InlineKeyboardButton(shell._shorten(name, 40), callback_data=f"a:{token}:{j}")]
                   for j, name in enumerate(names)]
        buttons.append([InlineKeyboardButton("都不是", callback_data=f"a:{token}:x")])
        text = f"“{question}”里的“{word}”指的是："
        await context.bot.send_message(chat_id, shell.split_message(text)[0], reply_markup=InlineKeyboardMarkup(buttons))
        return
    if arg == "x":
        await query.answer("好的，没有修改词表。")
        with contextlib.suppress(BadRequest):
            await query.edit_message_text(shell.split_message(f"没有修改词表（“{entry.word}”）。")[0])
        return
    if not arg.isdigit() or int(arg) >= len(entry.items):
        await query.answer(EXPIRED)
        return
    await query.answer()
    target = entry.items[int(arg)]
    detail = f"{entry.word} = {target}"
    from bot.model import LoadError

    try:
        await shell._run_load(context, _teach_job, entry.word, target)
    except LoadError as exc:
        await shell._audit(context, user_id, "teach", True, f"failed: {detail}")
        await context.bot.send_message(chat_id, shell.split_message(
            f"没能写入词表，词表保持不变：\n{shell._issues_text(exc.issues)}")[0])
        return
    await shell._audit(context, user_id, "teach", True, detail)
    entry.items = []  # taught: these buttons are spent
    done = f"已学会：“{entry.word}”指“{target}”（已写入 {engine.vocabulary_path.name} 并重新加载）。"
    with contextlib.suppress(BadRequest):
        await query.edit_message_text(shell.split_message(done)[0])
    answer = await asyncio.to_thread(engine.ask, entry.question, Session(), chat=shell._chat_tag(update), record=False)
    await send_answer(context, answer, chat_id=chat_id)

