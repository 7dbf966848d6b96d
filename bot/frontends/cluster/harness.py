"""Several real worker processes behind the round-robin balancer, for the tests and the benchmark.

Given a database URL and a Bot API server (the fake one in tests/), it writes a config file, starts the
workers (`python -m bot worker`), waits until each one's /healthz answers, puts the balancer in front and
registers the webhook with `python -m bot webhook set`, as a person deploying would.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bot.frontends.cluster.pgserver import free_port

ROOT = Path(__file__).resolve().parents[3]
SECRET = "cluster-test-secret-0123456789abcdef"
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")
START_TIMEOUT = 120.0  # liveness only: a loaded 2-core machine may be slow


def _get(url: str, timeout: float = 5.0) -> tuple[int, dict]:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as exc:
        return exc.code, {}


class Cluster:
    """start() / stop(); workers[name] is the Popen of each worker, ports[name] its port."""

    def __init__(self, folder: Path, database_url: str, token: str, base_url: str, base_file_url: str,
                 knowledge: list[Path], names: tuple[str, ...] = ("A", "B"), admins: tuple[int, ...] = (),
                 concurrent_updates: int = 8) -> None:
        self.folder = folder
        self.database_url = database_url
        self.names = names
        self.ports = {name: free_port() for name in names}
        self.workers: dict[str, subprocess.Popen] = {}
        self.balancer_port = free_port()
        self.balancer: subprocess.Popen | None = None  # its own process, as nginx would be
        self.env = {k: v for k, v in os.environ.items() if k not in PROXY_VARIABLES}
        self.env.update(TELEGRAM_BOT_TOKEN=token, TELEGRAM_BASE_URL=base_url, TELEGRAM_BASE_FILE_URL=base_file_url,
                        DATABASE_URL=database_url, TELEGRAM_WEBHOOK_SECRET=SECRET, PYTHONUNBUFFERED="1")
        folder.mkdir(parents=True, exist_ok=True)
        knowledge_dir = folder / "knowledge"
        knowledge_dir.mkdir(exist_ok=True)
        for path in knowledge:
            shutil.copy(path, knowledge_dir / path.name)
        self.config = folder / "config.toml"
        self._knowledge_dir = knowledge_dir
        self._admins = list(admins)
        self._concurrent = concurrent_updates

    def _write_config(self, balancer_port: int) -> None:
        q = json.dumps
        self.config.write_text(
            f"knowledge = {q(str(self._knowledge_dir))}\n"
            f"vocabulary = {q(str(ROOT / 'knowledge' / 'vocabulary.toml'))}\n"
            f"db = {q(str(self.folder / 'data' / 'kb.sqlite'))}\n"
            f"[telegram]\nadmins = {q(self._admins)}\n"
            f"webhook_url = {q(f'http://127.0.0.1:{balancer_port}/tg/hook')}\n"
            f"upload_folder = {q(str(self._knowledge_dir / 'uploads'))}\n"
            f"[cluster]\nmax_rate = 0\nconcurrent_updates = {self._concurrent}\n",
            encoding="utf-8")

    def start(self) -> Cluster:
        port = self.balancer_port
        backends = [f"127.0.0.1:{self.ports[name]}" for name in self.names]
        self.balancer = subprocess.Popen([sys.executable, "-m", "bot.frontends.cluster.balancer", str(port), *backends],
                                         cwd=ROOT, env=self.env, stdout=subprocess.PIPE, text=True)
        assert self.balancer.stdout is not None
        if "balancer on" not in self.balancer.stdout.readline():
            raise RuntimeError("the balancer did not start")
        self._write_config(port)
        for name in self.names:
            self.start_worker(name)
        for name in self.names:
            self.wait_healthy(name)
        done = subprocess.run([sys.executable, "-m", "bot", "webhook", "set", "--config", str(self.config)],
                              cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=120)
        if done.returncode:
            raise RuntimeError(f"webhook set failed: {done.stdout}{done.stderr}")
        return self

    def start_worker(self, name: str) -> None:
        log = open(self.folder / f"worker-{name}.log", "ab")  # noqa: SIM115 (closed with the process)
        self.workers[name] = subprocess.Popen(
            [sys.executable, "-m", "bot", "worker", "--config", str(self.config), "--port", str(self.ports[name]),
             "--name", name], cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT)
        log.close()

    def health(self, name: str) -> tuple[int, dict]:
        try:
            return _get(f"http://127.0.0.1:{self.ports[name]}/healthz")
        except OSError:
            return 0, {}

    def wait_healthy(self, name: str, version: int | None = None, timeout: float = START_TIMEOUT) -> dict:
        """Wait until the worker serves (and has built at least `version`)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.workers[name].poll() is not None:
                raise RuntimeError(f"worker {name} exited:\n{self.log(name)}")
            status, body = self.health(name)
            if status == 200 and (version is None or (body.get("version") or 0) >= version):
                return body
            time.sleep(0.1)
        raise AssertionError(f"worker {name} not healthy after {timeout} s:\n{self.log(name)}")

    def log(self, name: str) -> str:
        path = self.folder / f"worker-{name}.log"
        return path.read_text(errors="replace")[-5000:] if path.exists() else ""

    def wait_pending_connection(self, name: str, timeout: float = START_TIMEOUT) -> None:
        """Wait until a connection waits in the worker's accept queue (a frozen worker holds an update)."""
        port = f"{self.ports[name]:04X}"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for table in ("/proc/net/tcp", "/proc/net/tcp6"):
                try:
                    lines = Path(table).read_text().splitlines()[1:]
                except OSError:
                    continue
                for line in lines:
                    fields = line.split()
                    # a listening socket's rx_queue is the number of connections waiting to be accepted
                    if fields[1].endswith(":" + port) and fields[3] == "0A" and int(fields[4].split(":")[1], 16):
                        return
            time.sleep(0.05)
        raise AssertionError(f"no connection reached worker {name} in {timeout} s")

    def kill(self, name: str, sig: int = signal.SIGKILL) -> None:
        self.workers[name].send_signal(sig)

    def stop(self) -> None:
        for process in self.workers.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.workers.values():
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self.balancer is not None:
            self.balancer.terminate()
            self.balancer.wait(timeout=60)

    def __enter__(self) -> Cluster:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
