"""The webhook of several workers: an ASGI app (Starlette under uvicorn) in front of PTB's Application.

PTB's custom-webhook pattern: the Application is built without an Updater, and each update Telegram
POSTs is put on the application's update_queue. The request is answered only once its update has been
processed, so a worker that dies mid-update, or cannot read the chat's shared data, gives Telegram no 200
and Telegram delivers the update again (through the load balancer, to a worker that is alive). Updates must
carry the secret token from the config (the same on every worker; `bot webhook set` registers it once).
GET /healthz says whether this worker serves, and which knowledge-base version, for the load balancer.
SIGTERM stops accepting, finishes the updates already accepted, then exits.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import signal
import socket
import sys
from collections.abc import AsyncIterator
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from telegram import Bot, Update
from telegram.ext import Application

from bot.config import Config
from bot.frontends.cluster.pg import Shared
from bot.frontends.cluster.worker import Worker

logger = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
NO_DATABASE = ("未设置共享数据库：请在 config.toml 的 [cluster] 中设置 database_url，或设置环境变量 DATABASE_URL。\n"
               "No shared database: set [cluster] database_url in config.toml or DATABASE_URL.")
NO_SECRET = ("未设置 webhook 密钥：请在 [cluster] 中设置 webhook_secret（每个 worker 相同），或设置环境变量 "
             "TELEGRAM_WEBHOOK_SECRET。\nNo webhook secret: set [cluster] webhook_secret or TELEGRAM_WEBHOOK_SECRET.")
NO_URL = "未设置 webhook 地址：请在 [telegram] 中设置 webhook_url。 No webhook URL: set [telegram] webhook_url."


class WebhookApplication(Application):
    """An Application that shares each chat's chat_data through the database (loaded before, saved after
    each update of the chat) and tells the HTTP request waiting for an update when it is processed."""

    async def process_update(self, update: object) -> None:
        shared = self.bot_data.get(_SHARED_CHAT_DATA)
        chat = update.effective_chat.id if isinstance(update, Update) and update.effective_chat else None
        unread: Exception | None = None  # the chat's data could not be read: nothing was done with the update
        try:
            if shared is not None and chat is not None:
                data = self.chat_data[chat]  # PTB's own dict for the chat (created on first use)
                try:
                    stored = await asyncio.to_thread(shared.get, chat)
                except Exception as exc:
                    logger.exception("update %s: the chat's data could not be read", _update_id(update))
                    unread = exc
                    return
                data.clear()
                data.update(stored)
            await super().process_update(update)
            if shared is not None and chat is not None:
                try:  # the answer is out: a failed save costs this turn's state, never a second answer
                    await asyncio.to_thread(shared.put, chat, self.chat_data[chat])
                except Exception:
                    logger.exception("update %s: the chat's data could not be saved", _update_id(update))
        finally:
            waiters = self.bot_data.get(_WAITERS, {})
            if isinstance(update, Update):
                for future in waiters.pop(update.update_id, []):
                    if future.done():
                        continue
                    if unread is None:
                        future.set_result(None)
                    else:  # no 200: Telegram delivers the update again, through the balancer to any worker
                        future.set_exception(unread)


def _update_id(update: object) -> object:
    return update.update_id if isinstance(update, Update) else "?"


_WAITERS = "webhook_waiters"
_SHARED_CHAT_DATA = "shared_chat_data"


def webhook_path(cfg: Config) -> str:
    return urlsplit(cfg.telegram.webhook_url).path or "/telegram"


def create_app(cfg: Config, application: Application, worker: Worker) -> Starlette:
    """The ASGI app of one worker: POST <webhook path>, GET /healthz."""
    secret = cfg.cluster.resolved_secret()
    state = {"serving": False}
    application.bot_data[_WAITERS] = {}
    application.bot_data[_SHARED_CHAT_DATA] = worker.shared.chat_data

    async def telegram_update(request: Request) -> Response:
        if not secrets.compare_digest(request.headers.get(SECRET_HEADER, ""), secret):
            return Response(status_code=403)
        if not state["serving"]:
            return Response(status_code=503)  # starting or stopping: Telegram retries, the balancer moves on
        try:
            update = Update.de_json(await request.json(), application.bot)
        except (ValueError, TypeError, KeyError):
            return Response(status_code=400)
        if update is None:
            return Response(status_code=400)
        done = asyncio.get_running_loop().create_future()
        application.bot_data[_WAITERS].setdefault(update.update_id, []).append(done)
        await application.update_queue.put(update)
        try:
            await done
        except Exception:
            return Response(status_code=500)
        return Response()

    async def healthz(request: Request) -> Response:
        body = {"worker": worker.name, "version": worker.version, "serving": state["serving"]}
        return JSONResponse(body, status_code=200 if state["serving"] else 503)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with application:
            if application.post_init is not None:
                await application.post_init(application)
            await application.start()
            state["serving"] = True
            logger.info("worker %s listening for updates at %s", worker.name, webhook_path(cfg))
            try:
                yield
            finally:
                state["serving"] = False
                await application.stop()  # handles every update already on the queue
                if application.post_stop is not None:
                    await application.post_stop(application)
        worker.stop()

    return Starlette(routes=[Route(webhook_path(cfg), telegram_update, methods=["POST"]),
                             Route("/healthz", healthz, methods=["GET"])], lifespan=lifespan)


def run_worker(cfg: Config, listen: str | None = None, port: int | None = None, name: str | None = None) -> int:
    """Serve one worker until SIGTERM/SIGINT."""
    import uvicorn

    from bot.frontends.telegram_bot import build_application, require_token

    if not cfg.cluster.resolved_database_url():
        print(NO_DATABASE, file=sys.stderr)
        return 2
    if not cfg.cluster.resolved_secret():
        print(NO_SECRET, file=sys.stderr)
        return 2
    if not require_token(cfg):
        return 2
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    host = listen or cfg.cluster.listen
    port = port or cfg.cluster.port
    name = name or f"{socket.gethostname()}:{port}"
    shared = Shared(cfg.cluster.resolved_database_url(), worker=name)
    worker = Worker(cfg, shared, name)
    try:
        worker.start()  # the knowledge base is built before the port opens
        application = build_application(cfg, worker.engine, worker=worker)
        app = create_app(cfg, application, worker)
        server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning",
                                               lifespan="on", timeout_graceful_shutdown=30))
        # uvicorn handles SIGTERM/SIGINT (stop accepting, finish requests, lifespan shutdown), then raises the
        # signal again for the handler it found: a no-op one, so a graceful stop exits with status 0.
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: None)
        server.run()
    finally:
        worker.stop()
        shared.close()
    return 0


def webhook_command(cfg: Config, action: str) -> int:
    """`bot webhook set|delete|info`: register the webhook once for every worker, with the shared secret."""
    from bot.frontends.telegram_bot import ALLOWED_UPDATES, require_token

    if not require_token(cfg):
        return 2
    url, secret = cfg.telegram.webhook_url, cfg.cluster.resolved_secret()
    if action == "set" and not url:
        print(NO_URL, file=sys.stderr)
        return 2
    if action == "set" and not secret:
        print(NO_SECRET, file=sys.stderr)
        return 2
    base_url, base_file_url = cfg.telegram.resolved_urls()

    async def call() -> object:
        async with Bot(cfg.telegram.resolved_token(), base_url=base_url, base_file_url=base_file_url) as bot:
            if action == "set":
                return await bot.set_webhook(url, secret_token=secret, allowed_updates=ALLOWED_UPDATES,
                                             max_connections=40)
            if action == "delete":
                return await bot.delete_webhook()
            return (await bot.get_webhook_info()).to_dict()

    result = asyncio.run(call())
    if action == "info":
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(f"webhook {'已设置' if action == 'set' else '已删除'}：{url if action == 'set' else ''}".rstrip("："))
    return 0
