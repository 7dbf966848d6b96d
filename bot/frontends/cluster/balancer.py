"""A small round-robin TCP load balancer (asyncio), for the tests and the benchmark.

Each new connection goes to the next backend; a backend that refuses the connection is skipped (as
nginx's proxy_next_upstream does), so a dead worker costs nothing but a refused connect. In production
use nginx or HAProxy (README, "Deployment").
"""

from __future__ import annotations

import asyncio
import contextlib
import threading


class RoundRobin:
    """Listens on 127.0.0.1:port (0 = a free one) in a background thread; start() returns the port."""

    def __init__(self, backends: list[tuple[str, int]], port: int = 0) -> None:
        self.backends = list(backends)
        self.port = port
        self._next = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.AbstractServer | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._open: set[asyncio.Task] = set()  # strong references: a connection's task lives until it ends

    def start(self) -> int:
        self._thread = threading.Thread(target=self._run, name="balancer", daemon=True)
        self._thread.start()
        if not self._ready.wait(30):
            raise RuntimeError("balancer did not start")
        return self.port

    def stop(self) -> None:
        if self._loop is not None and self._server is not None and self._loop.is_running():
            asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop)
        if self._thread is not None:
            self._thread.join(timeout=5)

    async def _shutdown(self) -> None:
        """Stop accepting, then end the loop."""
        assert self._server is not None and self._loop is not None
        self._server.close()
        self._loop.stop()  # _run cancels the connections still open

    def __enter__(self) -> RoundRobin:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _run(self) -> None:
        self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", self.port,
                                                                          backlog=1024))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            self._loop.run_forever()
        finally:
            pending = asyncio.all_tasks(self._loop)
            for task in pending:
                task.cancel()
            self._loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            self._loop.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._open.add(task)
        try:
            await self._proxy(reader, writer)
        finally:
            self._open.discard(task)

    async def _proxy(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        upstream = None
        for _ in range(len(self.backends)):
            host, port = self.backends[self._next % len(self.backends)]
            self._next += 1
            try:
                upstream = await asyncio.open_connection(host, port)
                break
            except OSError:
                continue
        if upstream is None:
            writer.close()
            return
        up_reader, up_writer = upstream
        try:
            await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))
        finally:
            for w in (up_writer, writer):
                with contextlib.suppress(Exception):
                    w.close()


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Copy one direction; at its end pass the half-close on (a worker that dies closes the client's side)."""
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        writer.transport.abort()  # a reset on one side is a reset on the other: the sender retries
        return
    with contextlib.suppress(ConnectionError, OSError, RuntimeError):
        if writer.can_write_eof():
            writer.write_eof()


def main(argv: list[str] | None = None) -> None:
    """`python -m bot.frontends.cluster.balancer PORT HOST:PORT...`: serve until SIGTERM (its own process, like nginx)."""
    import argparse
    import signal

    parser = argparse.ArgumentParser(prog="python -m bot.frontends.cluster.balancer")
    parser.add_argument("port", type=int)
    parser.add_argument("backends", nargs="+", help="host:port")
    args = parser.parse_args(argv)
    backends = [(b.rsplit(":", 1)[0], int(b.rsplit(":", 1)[1])) for b in args.backends]
    balancer = RoundRobin(backends, args.port)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    balancer.start()
    print(f"balancer on 127.0.0.1:{balancer.port}", flush=True)
    stop.wait()
    balancer.stop()


if __name__ == "__main__":
    main()
