"""A throwaway local PostgreSQL server for the tests and the benchmark (never for production).

Uses the distribution's server binaries (Debian: /usr/lib/postgresql/<version>/bin). initdb refuses to run
as root, so as root the server runs as the `postgres` user in a data folder it owns. It listens on a free
port of 127.0.0.1 (trust authentication: it is reachable only from this machine and lives for one run),
with its socket in the data folder.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

INSTALL_HINT = (
    "PostgreSQL server binaries (initdb, pg_ctl) not found; the shared-mode tests need them. Install them "
    "with `sudo apt-get install -y postgresql` (Debian/Ubuntu; `make test` does this itself when run as "
    "root), or put a PostgreSQL bin folder on PATH."
)


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server binaries on this machine."""


def find_bin_dir() -> Path:
    """The folder holding initdb and pg_ctl: PATH first, then the newest Debian-packaged version."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    if candidates:
        return Path(candidates[-1]).parent
    raise PostgresUnavailable(INSTALL_HINT)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LocalPostgres:
    """Start with start(), stop with stop() (or use as a context manager); url() for a database in it."""

    def __init__(self) -> None:
        self.bin = find_bin_dir()
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="bot-pg-"))
        self.data = self.root / "data"
        self._as_root = os.geteuid() == 0
        self._databases = 0

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        command = [str(self.bin / args[0]), *args[1:]]
        if self._as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)

    def start(self) -> LocalPostgres:
        self.data.mkdir()
        if self._as_root:
            shutil.chown(self.root, "postgres")
            shutil.chown(self.data, "postgres")
            os.chmod(self.root, 0o755)
        done = self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                         "--no-locale", "--no-sync")
        if done.returncode:
            raise RuntimeError(f"initdb failed: {done.stderr or done.stdout}")
        for _ in range(3):  # the free port may be taken between picking it and binding it: another one then
            options = (f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 -c fsync=off "
                       "-c max_connections=200 -c shared_buffers=32MB")
            done = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.data / "server.log"), "-o", options,
                             "-w", "-t", "60", "start")
            if not done.returncode:
                return self
            log = (self.data / "server.log").read_text(errors="replace") if (self.data / "server.log").exists() else ""
            if "already in use" not in log:
                break
            self.port = free_port()
        raise RuntimeError(f"PostgreSQL did not start: {done.stderr or done.stdout}\n{log}")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "-t", "60", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> LocalPostgres:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh, empty database; its URL."""
        import psycopg

        self._databases += 1
        name = f"bot_{os.getpid()}_{self._databases}_{int(time.time() * 1000) % 100000}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)
