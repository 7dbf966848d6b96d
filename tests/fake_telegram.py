"""A fake Telegram Bot API server on 127.0.0.1 that drives the real python-telegram-bot in tests."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import email.parser
import email.policy
import html
import itertools
import json
import mimetypes
import re
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest

if TYPE_CHECKING:
    from telegram import Bot
    from telegram.ext import ApplicationBuilder

JSONDict = dict[str, Any]
Predicate = Callable[[JSONDict], bool]

DEFAULT_USER_ID = 1001
DEFAULT_GROUP_ID = -4001
DEFAULT_SUPERGROUP_ID = -1001000000001
MAX_POLL_SECONDS = 1.0  # caps getUpdates long polling so tests and shutdown stay fast
MAX_MESSAGE_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_DOWNLOAD_SIZE = 20 * 1024 * 1024  # getFile refuses bigger files, as the real Bot API does
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")

# PTB sends every non-string parameter JSON-encoded (form fields or multipart parts): decode them back.
_JSON_PARAMS = frozenset({
    "allowed_updates", "button", "caption_entities", "commands", "disable_notification",
    "disable_web_page_preview", "drop_pending_updates", "entities", "is_personal", "link_preview_options",
    "media", "protect_content", "reply_markup", "reply_parameters", "results", "scope", "show_alert",
    "allow_sending_without_reply", "disable_content_type_detection", "is_anonymous", "options",
})
_INT_PARAMS = frozenset({
    "cache_time", "chat_id", "from_chat_id", "limit", "max_connections", "message_id", "message_thread_id",
    "offset", "reply_to_message_id", "timeout", "user_id",
})
_HTML_TAGS = frozenset({
    "a", "b", "blockquote", "code", "del", "em", "i", "ins", "pre", "s", "span", "strike", "strong",
    "tg-emoji", "tg-spoiler", "u",
})
_CHAT_ACTIONS = frozenset({
    "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
    "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note",
})
# Like the real server: only latin command names, optionally addressed to a bot ("/start@name").
_COMMAND_RE = re.compile(r"^/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@])")
_MENTION_RE = re.compile(r"(?<![A-Za-z0-9_@])@[A-Za-z0-9_]{5,32}(?![A-Za-z0-9_])")
_BOT_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
_TAG_RE = re.compile(r"<(/?)([^\s>]*)[^>]*(>?)")


class ApiError(Exception):
    """A Bot API failure, answered with a non-2xx status so PTB raises a telegram.error exception."""

    def __init__(self, status: int, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.description = description


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart request."""

    filename: str
    content_type: str
    content: bytes

    def __repr__(self) -> str:
        return f"UploadedFile({self.filename!r}, {self.content_type!r}, {len(self.content)} bytes)"


@dataclass(frozen=True)
class Call:
    """One recorded Bot API request; `result` is what the fake answered (None on error)."""

    method: str
    params: JSONDict
    status: int
    result: Any = None
    description: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the fake answered with a 2xx status."""
        return 200 <= self.status < 300

    def __str__(self) -> str:
        outcome = _short(self.result) if self.ok else self.description
        return f"[{self.status}] {self.method}({_short(self.params)}) -> {outcome}"


@dataclass
class _StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    file_size: int
    content: bytes


def _short(value: object, limit: int = 300) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _entities(text: str) -> list[JSONDict]:
    """Entities the real server adds to incoming text: a leading bot_command and @mentions."""
    found = [("bot_command", m) for m in [_COMMAND_RE.match(text)] if m]
    found += [("mention", m) for m in _MENTION_RE.finditer(text)]
    return [
        {"type": kind, "offset": _utf16_len(text[: m.start()]), "length": _utf16_len(m.group())}
        for kind, m in sorted(found, key=lambda item: item[1].start())
    ]


def _strip_html(text: str) -> str:
    """Render Telegram HTML to plain text, rejecting markup the real server rejects."""
    parts: list[str] = []
    open_tags: list[str] = []
    position = 0

    def fail(reason: str, start: int) -> ApiError:
        offset = len(text[:start].encode())
        return ApiError(400, f"Bad Request: can't parse entities: {reason} at byte offset {offset}")

    for match in _TAG_RE.finditer(text):
        parts.append(text[position : match.start()])
        position = match.end()
        closing, name, terminated = match.group(1), match.group(2).lower(), match.group(3)
        if not terminated:
            raise fail("Unclosed start tag", match.start())
        if closing:
            if not open_tags or open_tags.pop() != name:
                raise fail(f'Unmatched end tag "{name}"', match.start())
        elif name in _HTML_TAGS:
            open_tags.append(name)
        else:
            raise fail(f'Unsupported start tag "{name}"', match.start())
    if open_tags:
        raise fail(f'Can\'t find end tag corresponding to start tag "{open_tags[-1]}"', len(text))
    parts.append(text[position:])
    return html.unescape("".join(parts))


def _parse_multipart(content_type: str, body: bytes) -> JSONDict:
    # The email package is the standard library's multipart parser (cgi is gone in Python 3.13).
    raw = b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    if not message.is_multipart():
        raise ApiError(400, "Bad Request: malformed multipart/form-data body")
    fields: JSONDict = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True) or b""
        filename = part.get_filename()
        if filename is None:
            fields[name] = payload.decode("utf-8")
        else:
            # httpx escapes quotes and newlines in file names the WHATWG way.
            for escaped, plain in (("%22", '"'), ("%0D", "\r"), ("%0A", "\n")):
                filename = filename.replace(escaped, plain)
            fields[name] = UploadedFile(filename, part.get_content_type(), payload)
    return fields


def _parse_request(query: str, content_type: str, body: bytes) -> JSONDict:
    """Merge query-string and body parameters, whatever encoding the client used."""
    params: JSONDict = dict(parse_qsl(query, keep_blank_values=True))
    media_type = content_type.split(";")[0].strip().lower()
    if media_type == "application/json" and body:
        try:
            decoded = json.loads(body)
        except ValueError:
            raise ApiError(400, "Bad Request: can't parse JSON body") from None
        if not isinstance(decoded, dict):
            raise ApiError(400, "Bad Request: JSON body must be an object")
        params.update(decoded)
    elif media_type == "application/x-www-form-urlencoded":
        params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    elif media_type == "multipart/form-data":
        params.update(_parse_multipart(content_type, body))
    return params


def _decode_params(raw: JSONDict) -> JSONDict:
    """Turn JSON-encoded and numeric string parameters back into Python values."""
    params: JSONDict = {}
    for key, value in raw.items():
        if isinstance(value, str) and key in _JSON_PARAMS:
            try:
                value = json.loads(value)
            except ValueError:
                raise ApiError(400, f"Bad Request: can't parse {key} JSON object") from None
        elif isinstance(value, str) and key in _INT_PARAMS and re.fullmatch(r"-?\d+", value):
            value = int(value)
        params[key] = value
    return params


def _require(params: JSONDict, name: str) -> Any:
    value = params.get(name)
    if value is None or value == "":
        raise ApiError(400, f"Bad Request: {name} is empty")
    return value


def _without_reply(message: JSONDict) -> JSONDict:
    # The real API nests only one level of reply_to_message.
    return {key: value for key, value in copy.deepcopy(message).items() if key != "reply_to_message"}


def _in_event_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a handler stuck in a long poll must never block interpreter exit

    def __init__(self, fake: FakeTelegram) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.fake = fake

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay quiet about clients that hang up (PTB cancels its long poll on shutdown)."""
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like api.telegram.org; httpx pools connections
    # Headers and body go out in two writes: with Nagle's algorithm on, the body waits for the client's
    # delayed ACK (40 ms on Linux) and every reply looks 40 ms slower than the bot really is.
    disable_nagle_algorithm = True
    server: _Server

    def setup(self) -> None:
        """Track the connection so stop() can cut idle keep-alive sockets."""
        super().setup()
        self.server.fake._track(self.connection, add=True)

    def finish(self) -> None:
        """Flush quietly: the client may already be gone."""
        with contextlib.suppress(OSError):
            super().finish()
        self.server.fake._track(self.connection, add=False)

    def handle(self) -> None:
        """Serve the connection; a dropped client is normal when polling stops."""
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            super().handle()

    def do_GET(self) -> None:
        """Serve Bot API calls with query parameters and file downloads."""
        self._respond()

    def do_POST(self) -> None:
        """Serve Bot API calls with JSON, form-urlencoded or multipart bodies."""
        self._respond()

    def log_message(self, fmt: str, *args: Any) -> None:
        """Keep test output quiet."""

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks = []
            while size := int(self.rfile.readline().split(b";")[0].strip() or b"0", 16):
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                pass  # trailers
            return b"".join(chunks)
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _respond(self) -> None:
        url = urlsplit(self.path)
        body = self._read_body()
        # PTB percent-encodes the token's ':' in file URLs; the method path is decoded the same way.
        status, content_type, payload = self.server.fake._handle(
            unquote(url.path), url.query, self.headers.get("Content-Type", ""), body
        )
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


class FakeTelegram:
    """In-process fake of the Telegram Bot API speaking real HTTP on 127.0.0.1."""

    token = "123456:TEST-TOKEN"

    def __init__(self, username: str = "budget_qa_bot", first_name: str = "Budget QA Bot",
                 max_poll: float = MAX_POLL_SECONDS) -> None:
        self.username = username
        self.bot_user: JSONDict = {
            "id": int(self.token.split(":")[0]), "is_bot": True, "first_name": first_name, "username": username,
        }
        self.max_poll = max_poll
        self.latency = 0.0  # seconds each call but getUpdates takes, like a real round trip to Telegram
        lock = threading.RLock()
        self._cond = threading.Condition(lock)  # guards all state below; also signals new updates and calls
        # Webhook deliverers wait on their own condition (same lock): a call does not wake all of them.
        self._webhook_cond = threading.Condition(lock)
        self._calls: list[Call] = []
        self._updates: list[JSONDict] = []
        self._allowed_updates: set[str] | None = None
        self._poll_generation = 0
        self._chats: dict[int, JSONDict] = {}
        self._messages: dict[tuple[int, int], JSONDict] = {}
        self._files: dict[str, _StoredFile] = {}
        self._open_inline_queries: set[str] = set()
        self._open_callback_queries: set[str] = set()
        self._commands: dict[tuple[str, str], list[JSONDict]] = {}
        self._webhook_url = ""
        self._webhook_secret = ""
        self._deliverers: list[threading.Thread] = []
        self.deliveries: list[tuple[int, int | str]] = []  # (update_id, HTTP status or error) per webhook POST
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._file_numbers = itertools.count(1)
        self._query_ids = itertools.count(1)
        self._connections: set[socket.socket] = set()
        self._stopping = False
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._methods: dict[str, Callable[[JSONDict], Any]] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "sendChatAction": self._send_chat_action,
            "answerInlineQuery": self._answer_inline_query,
            "answerCallbackQuery": self._answer_callback_query,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "getFile": self._get_file,
            "sendDocument": self._send_document,
            "sendPhoto": self._send_photo,
            "close": lambda params: True,
            "logOut": lambda params: True,
        }
        # Bot API method names are case-insensitive.
        self._canonical = {name.lower(): name for name in self._methods}

    # ----- lifecycle -------------------------------------------------------------------------------------

    def start(self) -> FakeTelegram:
        """Start serving in a background thread."""
        self._server = _Server(self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-telegram", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop promptly: wake long polls, close keep-alive connections, join the thread."""
        with self._cond:
            if self._stopping:
                return
            self._stopping = True
            self._cond.notify_all()
            self._webhook_cond.notify_all()
        if self._server is None:
            return
        self._server.shutdown()
        with self._cond:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=2)

    def __enter__(self) -> FakeTelegram:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """The ephemeral port the server listens on."""
        if self._server is None:
            raise RuntimeError("FakeTelegram is not started")
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        """Bot API URL prefix for PTB (it appends the token)."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        """File download URL prefix for PTB (it appends the token)."""
        return f"http://127.0.0.1:{self.port}/file/bot"

    def builder(self) -> ApplicationBuilder:
        """An ApplicationBuilder pointed at this server."""
        from telegram.ext import ApplicationBuilder

        return ApplicationBuilder().token(self.token).base_url(self.base_url).base_file_url(self.base_file_url)

    def bot(self) -> Bot:
        """A telegram.Bot pointed at this server (use it as `async with fake.bot() as bot`)."""
        from telegram import Bot

        return Bot(self.token, base_url=self.base_url, base_file_url=self.base_file_url)

    # ----- recorded calls --------------------------------------------------------------------------------

    def calls(self, method: str | None = None) -> list[Call]:
        """Recorded calls (successful and failed), optionally only those of one method."""
        with self._cond:
            name = self._canonical.get(method.lower(), method) if method else None
            return [call for call in self._calls if name is None or call.method == name]

    def errors(self) -> list[Call]:
        """Recorded calls the fake answered with an error status."""
        return [call for call in self.calls() if not call.ok]

    def clear_calls(self) -> None:
        """Forget recorded calls."""
        with self._cond:
            self._calls.clear()

    def wait_for(self, method: str, predicate: Predicate | None = None, timeout: float = 120.0, count: int = 1,
                 include_errors: bool = False) -> list[Call]:
        """Block until `count` successful calls of `method` whose params match `predicate` exist."""
        if _in_event_loop():
            raise RuntimeError("wait_for() would block the event loop running the bot; use wait_for_async()")
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(found := self._matching(method, predicate, include_errors)) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._stopping:
                    raise AssertionError(self._timeout_message(method, predicate, timeout, count, found))
                self._cond.wait(remaining)
            return found

    async def wait_for_async(self, method: str, predicate: Predicate | None = None, timeout: float = 120.0,
                             count: int = 1, include_errors: bool = False) -> list[Call]:
        """Like wait_for(), but yields to the event loop so an Application in it keeps running."""
        deadline = time.monotonic() + timeout
        while True:
            with self._cond:
                found = self._matching(method, predicate, include_errors)
            if len(found) >= count:
                return found
            if time.monotonic() >= deadline:
                raise AssertionError(self._timeout_message(method, predicate, timeout, count, found))
            await asyncio.sleep(0.01)

    def _matching(self, method: str, predicate: Predicate | None, include_errors: bool) -> list[Call]:
        name = self._canonical.get(method.lower(), method)
        return [
            call for call in self._calls
            if call.method == name and (include_errors or call.ok) and (predicate is None or predicate(call.params))
        ]

    def _timeout_message(self, method: str, predicate: Predicate | None, timeout: float, count: int,
                         found: list[Call]) -> str:
        with self._cond:
            # Successful getUpdates calls are polling noise; everything else helps explain the timeout.
            relevant = [str(call) for call in self._calls if call.method != "getUpdates" or not call.ok]
        condition = f" matching {predicate!r}" if predicate else ""
        return (
            f"timed out after {timeout}s waiting for {count} {method} call(s){condition}; found {len(found)}.\n"
            "Recorded calls (getUpdates omitted):\n  " + ("\n  ".join(relevant) or "(none)")
        )

    # ----- injecting updates -----------------------------------------------------------------------------

    def send_text(self, text: str, chat_id: int | None = None, user_id: int = DEFAULT_USER_ID,
                  chat_type: str = "private", username: str | None = None, reply_to_bot: bool = False,
                  reply_to_message_id: int | None = None) -> JSONDict:
        """Queue a text message from a user, with the entities the real server would add."""
        with self._cond:
            user = self._user(user_id, username)
            chat = self._register_chat(chat_type, chat_id, user)
            target = None
            if reply_to_message_id is not None:
                target = self._messages.get((chat["id"], reply_to_message_id))
                if target is None:
                    raise ValueError(f"no message {reply_to_message_id} in chat {chat['id']}")
            elif reply_to_bot:
                target = self._last_bot_message(chat)  # before the new message, so ids stay in order
            message = self._new_message(chat, user, text=text)
            if entities := _entities(text):
                message["entities"] = entities
            if target is not None:
                message["reply_to_message"] = _without_reply(target)
            return self._queue({"message": message})

    def send_document(self, file_name: str, content: bytes, chat_id: int | None = None,
                      user_id: int = DEFAULT_USER_ID, caption: str | None = None, chat_type: str = "private",
                      username: str | None = None, file_size: int | None = None,
                      mime_type: str | None = None) -> JSONDict:
        """Queue a document upload; `file_size` can claim a bigger size than `content` to test limits."""
        with self._cond:
            user = self._user(user_id, username)
            chat = self._register_chat(chat_type, chat_id, user)
            stored = self._store_file(file_name, content, file_size)
            document = self._document_json(stored, file_name, mime_type)
            message = self._new_message(chat, user, document=document)
            if caption:
                message["caption"] = caption
                if entities := _entities(caption):
                    message["caption_entities"] = entities
            return self._queue({"message": message})

    def send_inline_query(self, query: str, user_id: int = DEFAULT_USER_ID, username: str | None = None,
                          offset: str = "") -> JSONDict:
        """Queue an inline query; the bot must answer it exactly once."""
        with self._cond:
            query_id = f"iq-{next(self._query_ids)}"
            self._open_inline_queries.add(query_id)
            inline_query = {
                "id": query_id, "from": self._user(user_id, username), "query": query, "offset": offset,
                "chat_type": "sender",
            }
            return self._queue({"inline_query": inline_query})

    def press_button(self, callback_data: str, message: Call | JSONDict | int | None = None,
                     user_id: int = DEFAULT_USER_ID, username: str | None = None, strict: bool = True) -> JSONDict:
        """Queue a callback query for a bot message (a Call, Message dict, message id, or the latest one)."""
        with self._cond:
            target = self._resolve_bot_message(message)
            if strict:
                keyboard = (target.get("reply_markup") or {}).get("inline_keyboard", [])
                offered = [button.get("callback_data") for row in keyboard for button in row]
                if callback_data not in offered:
                    raise ValueError(f"message {target['message_id']} has no button {callback_data!r}: {offered}")
            query_id = f"cq-{next(self._query_ids)}"
            self._open_callback_queries.add(query_id)
            callback_query = {
                "id": query_id, "from": self._user(user_id, username), "message": _without_reply(target),
                "chat_instance": f"ci{target['chat']['id']}", "data": callback_data,
            }
            return self._queue({"callback_query": callback_query})

    # ----- state helpers (called with self._cond held) ---------------------------------------------------

    def _user(self, user_id: int, username: str | None) -> JSONDict:
        return {
            "id": user_id, "is_bot": False, "first_name": f"User {user_id}",
            "username": username or f"user{user_id}", "language_code": "zh-hans",
        }

    def _register_chat(self, chat_type: str, chat_id: int | None, user: JSONDict) -> JSONDict:
        if chat_type == "private":
            if chat_id not in (None, user["id"]):
                raise ValueError("a private chat's id is the user's id")
            chat = {"id": user["id"], "type": "private", "first_name": user["first_name"],
                    "username": user["username"]}
        elif chat_type in ("group", "supergroup"):
            default_id = DEFAULT_GROUP_ID if chat_type == "group" else DEFAULT_SUPERGROUP_ID
            chat_id = default_id if chat_id is None else chat_id
            if chat_id >= 0:
                raise ValueError("group chat ids are negative")
            chat = {"id": chat_id, "type": chat_type, "title": f"Test {chat_type} {-chat_id}"}
        else:
            raise ValueError(f"unsupported chat type {chat_type!r}")
        self._chats[chat["id"]] = chat
        return chat

    def _new_message(self, chat: JSONDict, sender: JSONDict, **content: Any) -> JSONDict:
        message = {"message_id": next(self._message_ids), "from": sender, "chat": chat,
                   "date": int(time.time()), **content}
        self._messages[(chat["id"], message["message_id"])] = message
        return message

    def _queue(self, update: JSONDict) -> JSONDict:
        update = {"update_id": next(self._update_ids), **copy.deepcopy(update)}
        self._updates.append(update)
        self._cond.notify_all()
        self._webhook_cond.notify()
        return copy.deepcopy(update)

    def _last_bot_message(self, chat: JSONDict) -> JSONDict:
        for (chat_id, _), message in reversed(self._messages.items()):
            if chat_id == chat["id"] and message["from"]["id"] == self.bot_user["id"]:
                return message
        # Nothing sent yet: invent an earlier bot message so "reply to the bot" can still be tested.
        return self._new_message(chat, self.bot_user, text="(earlier bot message)")

    def _resolve_bot_message(self, message: Call | JSONDict | int | None) -> JSONDict:
        if isinstance(message, Call):
            message = message.result
        if message is None:
            candidates = [m for m in self._messages.values() if m["from"]["id"] == self.bot_user["id"]]
        elif isinstance(message, int):
            candidates = [m for (_, message_id), m in self._messages.items() if message_id == message]
        else:
            found = self._messages.get((message["chat"]["id"], message["message_id"]))
            candidates = [found] if found else []
        if not candidates:
            raise ValueError(f"no bot message matches {message!r}")
        return candidates[-1]

    def _store_file(self, file_name: str, content: bytes, file_size: int | None = None) -> _StoredFile:
        number = next(self._file_numbers)
        suffix = "." + file_name.rsplit(".", 1)[1] if "." in file_name else ""
        stored = _StoredFile(f"BQACAgFake{number:04d}", f"AgADFake{number:04d}", f"documents/file_{number}{suffix}",
                             len(content) if file_size is None else file_size, content)
        self._files[stored.file_id] = stored
        return stored

    @staticmethod
    def _document_json(stored: _StoredFile, file_name: str, mime_type: str | None) -> JSONDict:
        return {
            "file_id": stored.file_id, "file_unique_id": stored.file_unique_id, "file_name": file_name,
            "mime_type": mime_type or mimetypes.guess_type(file_name)[0] or "application/octet-stream",
            "file_size": stored.file_size,
        }

    def _track(self, connection: socket.socket, add: bool) -> None:
        with self._cond:
            if add:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    # ----- HTTP dispatch ---------------------------------------------------------------------------------

    def _handle(self, path: str, query: str, content_type: str, body: bytes) -> tuple[int, str, bytes]:
        """Answer one HTTP request: (status, content type, body)."""
        if path.startswith("/file/bot"):
            return self._serve_file(path)
        token, _, method = path.removeprefix("/bot").partition("/")
        name = self._canonical.get(method.lower(), method)
        params: JSONDict = {}
        try:
            if not path.startswith("/bot") or token != self.token:
                raise ApiError(401, "Unauthorized")
            params = _parse_request(query, content_type, body)
            params = _decode_params(params)
            if name not in self._methods:
                raise ApiError(404, "Not Found: method not found")
            if self.latency and name != "getUpdates":
                time.sleep(self.latency)  # each request has its own server thread: others go on
            with self._cond:
                result = self._methods[name](params)
                payload = json.dumps({"ok": True, "result": result}, ensure_ascii=False).encode()
                self._record(Call(name, params, 200, copy.deepcopy(result)))
            return 200, "application/json", payload
        except ApiError as error:
            self._record(Call(name, params, error.status, description=error.description))
            body = {"ok": False, "error_code": error.status, "description": error.description}
            return error.status, "application/json", json.dumps(body, ensure_ascii=False).encode()

    def _serve_file(self, path: str) -> tuple[int, str, bytes]:
        file_path = path.removeprefix(f"/file/bot{self.token}/")
        with self._cond:
            stored = next((f for f in self._files.values() if f.file_path == file_path), None)
            if file_path == path or stored is None:
                self._record(Call("downloadFile", {"file_path": file_path}, 404, description="Not Found"))
                return 404, "text/plain", b"Not Found"
            self._record(Call("downloadFile", {"file_path": file_path}, 200, len(stored.content)))
            mime = mimetypes.guess_type(file_path)[0] or "application/octet-stream"
            return 200, mime, stored.content

    def _record(self, call: Call) -> None:
        with self._cond:
            self._calls.append(call)
            self._cond.notify_all()

    def _known_chat(self, params: JSONDict) -> JSONDict:
        chat_id = _require(params, "chat_id")
        chat = self._chats.get(chat_id) if isinstance(chat_id, int) else None
        if chat is None:
            # The real bot can only write to chats that have talked to it; inject a message first.
            raise ApiError(400, "Bad Request: chat not found")
        return chat

    @staticmethod
    def _render(text: str, parse_mode: str | None, limit: int, empty_error: str) -> str:
        if parse_mode and parse_mode.upper() == "HTML":
            text = _strip_html(text)
        if not text.strip():
            raise ApiError(400, empty_error)
        if len(text) > limit:
            raise ApiError(400, "Bad Request: message is too long")
        return text

    def _bot_message(self, chat: JSONDict, params: JSONDict, **content: Any) -> JSONDict:
        reply = params.get("reply_parameters") or {}
        reply_id = reply.get("message_id", params.get("reply_to_message_id"))
        target = self._messages.get((chat["id"], reply_id)) if reply_id is not None else None
        if reply_id is not None and target is None and not (
            reply.get("allow_sending_without_reply") or params.get("allow_sending_without_reply")
        ):
            raise ApiError(400, "Bad Request: message to be replied not found")
        message = self._new_message(chat, self.bot_user, **content)
        if target is not None:
            message["reply_to_message"] = _without_reply(target)
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:  # only inline keyboards are echoed back
            message["reply_markup"] = markup
        return copy.deepcopy(message)

    # ----- Bot API methods (called with self._cond held) -------------------------------------------------

    def _get_me(self, params: JSONDict) -> JSONDict:
        return {**self.bot_user, "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": True, "can_connect_to_business": False, "has_main_web_app": False}

    def _get_updates(self, params: JSONDict) -> list[JSONDict]:
        if self._webhook_url:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active; "
                                "use deleteWebhook to delete the webhook first")
        offset = params.get("offset")
        if isinstance(offset, int):
            # A positive offset confirms every earlier update; a negative one keeps only the last -offset.
            self._updates = self._updates[offset:] if offset < 0 else [
                u for u in self._updates if u["update_id"] >= offset
            ]
        if "allowed_updates" in params:  # remembered across calls, like the real server
            self._allowed_updates = set(params["allowed_updates"] or []) or None
        if self._allowed_updates is not None:
            self._updates = [u for u in self._updates if self._allowed_updates.intersection(u)]
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = min(max(float(params.get("timeout") or 0), 0.0), self.max_poll)
        # A newer getUpdates ends an older one with 409, as with two bot instances polling one token.
        self._poll_generation += 1
        generation = self._poll_generation
        self._cond.notify_all()
        deadline = time.monotonic() + timeout
        while True:
            if generation != self._poll_generation:
                raise ApiError(409, "Conflict: terminated by other getUpdates request; "
                                    "make sure that only one bot instance is running")
            remaining = deadline - time.monotonic()
            if self._updates or self._stopping or remaining <= 0:
                return copy.deepcopy(self._updates[:limit])
            self._cond.wait(remaining)

    def _send_message(self, params: JSONDict) -> JSONDict:
        chat = self._known_chat(params)
        text = self._render(str(params.get("text") or ""), params.get("parse_mode"), MAX_MESSAGE_LENGTH,
                            "Bad Request: message text is empty")
        content: JSONDict = {"text": text}
        if params.get("entities"):
            content["entities"] = params["entities"]
        return self._bot_message(chat, params, **content)

    def _edit_message_text(self, params: JSONDict) -> JSONDict | bool:
        text = self._render(str(params.get("text") or ""), params.get("parse_mode"), MAX_MESSAGE_LENGTH,
                            "Bad Request: message text is empty")
        if params.get("inline_message_id"):
            return True
        chat = self._known_chat(params)
        message = self._messages.get((chat["id"], params.get("message_id")))
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        if message["from"]["id"] != self.bot_user["id"]:
            raise ApiError(400, "Bad Request: message can't be edited")
        if "text" not in message:
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        markup = params.get("reply_markup")
        markup = markup if isinstance(markup, dict) and "inline_keyboard" in markup else None
        if message["text"] == text and message.get("reply_markup") == markup:
            raise ApiError(400, "Bad Request: message is not modified: specified new message content and "
                                "reply markup are exactly the same as a current content and reply markup "
                                "of the message")
        message.update(text=text, edit_date=int(time.time()))
        message.pop("entities", None)
        message.pop("reply_markup", None)
        if params.get("entities"):
            message["entities"] = params["entities"]
        if markup:
            message["reply_markup"] = markup
        return copy.deepcopy(message)

    def _send_chat_action(self, params: JSONDict) -> bool:
        self._known_chat(params)
        if _require(params, "action") not in _CHAT_ACTIONS:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        return True

    def _answer_inline_query(self, params: JSONDict) -> bool:
        query_id = _require(params, "inline_query_id")
        results = params.get("results")
        if not isinstance(results, list):
            raise ApiError(400, "Bad Request: results must be an array")
        if query_id not in self._open_inline_queries:
            raise ApiError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
        if len(results) > 50:
            raise ApiError(400, "Bad Request: RESULTS_TOO_MUCH")
        ids = [result.get("id") for result in results]
        if len(set(ids)) != len(ids):
            raise ApiError(400, "Bad Request: RESULT_ID_DUPLICATE")
        self._open_inline_queries.discard(query_id)
        return True

    def _answer_callback_query(self, params: JSONDict) -> bool:
        query_id = _require(params, "callback_query_id")
        if query_id not in self._open_callback_queries:
            raise ApiError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
        if len(params.get("text") or "") > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        self._open_callback_queries.discard(query_id)
        return True

    @staticmethod
    def _commands_key(params: JSONDict) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(params.get("language_code") or "")

    def _set_my_commands(self, params: JSONDict) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise ApiError(400, "Bad Request: commands must be an array of at most 100 BotCommand")
        for command in commands:
            if not _BOT_COMMAND_RE.fullmatch(str(command.get("command", ""))):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        self._commands[self._commands_key(params)] = commands
        return True

    def _get_my_commands(self, params: JSONDict) -> list[JSONDict]:
        return self._commands.get(self._commands_key(params), [])

    def _delete_my_commands(self, params: JSONDict) -> bool:
        self._commands.pop(self._commands_key(params), None)
        return True

    def _set_webhook(self, params: JSONDict) -> bool:
        self._webhook_url = str(params.get("url") or "")
        self._webhook_secret = str(params.get("secret_token") or "")
        if "allowed_updates" in params:
            self._allowed_updates = set(params["allowed_updates"] or []) or None
        # Like Telegram: up to max_connections updates in flight, each POSTed until a 2xx answers it.
        wanted = min(max(int(params.get("max_connections") or 40), 1), 100)
        while len(self._deliverers) < wanted:
            thread = threading.Thread(target=self._deliver, name="fake-telegram-webhook", daemon=True)
            self._deliverers.append(thread)
            thread.start()
        self._webhook_cond.notify_all()
        return True

    def _deliver(self) -> None:
        """POST queued updates to the webhook; an update not answered with 2xx goes back to the front."""
        import urllib.error
        import urllib.request

        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        while True:
            with self._cond:
                while not self._stopping and not (self._webhook_url and self._updates):
                    self._webhook_cond.wait(1.0)
                if self._stopping:
                    return
                update = self._updates.pop(0)
                url, secret = self._webhook_url, self._webhook_secret
                if self._allowed_updates is not None and not self._allowed_updates.intersection(update):
                    continue
            request = urllib.request.Request(url, data=json.dumps(update).encode(), method="POST", headers={
                "Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret,
                "Connection": "close"})
            try:
                with opener.open(request, timeout=120) as response:
                    status: int | str = response.status
                    response.read()
            except urllib.error.HTTPError as exc:
                status = exc.code
            except (OSError, ValueError) as exc:  # refused, reset, closed without an answer
                status = type(exc).__name__
            with self._cond:
                self.deliveries.append((update["update_id"], status))
                if not (isinstance(status, int) and 200 <= status < 300):
                    self._updates.insert(0, update)  # Telegram delivers it again
                    self._webhook_cond.notify()
            if not (isinstance(status, int) and 200 <= status < 300):
                time.sleep(0.2)

    def _delete_webhook(self, params: JSONDict) -> bool:
        self._webhook_url = ""
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _get_webhook_info(self, params: JSONDict) -> JSONDict:
        return {"url": self._webhook_url, "has_custom_certificate": False,
                "pending_update_count": len(self._updates)}

    def _get_file(self, params: JSONDict) -> JSONDict:
        stored = self._files.get(_require(params, "file_id"))
        if stored is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        if stored.file_size > MAX_DOWNLOAD_SIZE:
            raise ApiError(400, "Bad Request: file is too big")
        return {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id,
                "file_size": stored.file_size, "file_path": stored.file_path}

    def _send_document(self, params: JSONDict) -> JSONDict:
        chat = self._known_chat(params)
        document = params.get("document")
        if isinstance(document, UploadedFile):
            stored = self._store_file(document.filename, document.content)
            document_json = self._document_json(stored, document.filename, document.content_type)
        elif isinstance(document, str) and document in self._files:
            stored = self._files[document]
            document_json = self._document_json(stored, stored.file_path.rsplit("/", 1)[-1], None)
        elif document:
            raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        else:
            raise ApiError(400, "Bad Request: there is no document in the request")
        content: JSONDict = {"document": document_json}
        if params.get("caption"):
            content["caption"] = self._render(str(params["caption"]), params.get("parse_mode"),
                                              MAX_CAPTION_LENGTH, "Bad Request: caption is empty")
        return self._bot_message(chat, params, **content)

    def _send_photo(self, params: JSONDict) -> JSONDict:
        chat = self._known_chat(params)
        photo = params.get("photo")
        if isinstance(photo, UploadedFile):
            if not photo.content:
                raise ApiError(400, "Bad Request: file must be non-empty")
            stored = self._store_file(photo.filename, photo.content)
        elif isinstance(photo, str) and photo in self._files:
            stored = self._files[photo]
        elif photo:
            raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        else:
            raise ApiError(400, "Bad Request: there is no photo in the request")
        size = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id, "file_size": stored.file_size,
                "width": 800, "height": 600}
        content: JSONDict = {"photo": [size]}
        if params.get("caption"):
            content["caption"] = self._render(str(params["caption"]), params.get("parse_mode"),
                                              MAX_CAPTION_LENGTH, "Bad Request: caption is empty")
        return self._bot_message(chat, params, **content)


@pytest.fixture
def fake_telegram(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeTelegram]:
    """A started FakeTelegram; proxy variables are cleared because httpx would proxy even 127.0.0.1."""
    for variable in PROXY_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    with FakeTelegram() as fake:
        yield fake
