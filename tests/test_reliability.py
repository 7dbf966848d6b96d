"""Issue 10: nothing an admin, a bad file or a full disk does may lose data, leak a question, or stop
the answers. One test (or a few) per numbered item, each named after what it protects."""

from __future__ import annotations

import json
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, load_config
from bot.engine import Engine
from bot.qlog import QuestionLog

ROOT = Path(__file__).resolve().parent.parent


# --- 14: config.toml is validated at start -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "line"),
    [
        ('knowledge = "knowledge"\n[telegram]\nadmins = 1\n', "admins", 3),
        ('[telegram]\nadmins = ["1"]\n', "admins", 2),
        ('[telegram]\n\nmax_upload_bytes = "5MB"\n', "max_upload_bytes", 3),
        ('db = "data/kb.sqlite"\nknowlege = "knowledge"\n', "knowlege", 2),
        ('db = 5\n', "db", 1),
        ('[telegram]\nwebhook_port = 1.5\n', "webhook_port", 2),
        ('telegram = 3\n', "telegram", 1),
    ],
)
def test_a_mistyped_config_is_refused_with_key_and_line(tmp_path: Path, text: str, key: str, line: int) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(cfg)
    message = str(info.value)
    assert key in message and f"第 {line} 行" in message, message


def test_the_shipped_config_is_valid() -> None:
    cfg = load_config(ROOT / "config.toml")
    assert cfg.telegram.max_upload_bytes > 0 and cfg.telegram.admins == []


# --- 5: the question log never stands between a person and an answer -----------------------------

QUESTIONS = ["法律顾问经费多少", "哪个项目经费最多", "月球基地经费多少"] * 10


def _ask_batch(db: Path, questions: list[str], preexec=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--db", str(db), "--json"],
        input="\n".join(questions).encode("utf-8"), capture_output=True, cwd=ROOT, timeout=300,
        preexec_fn=preexec,
    )


def test_a_full_disk_does_not_stop_the_answers(seed_db: Path) -> None:
    _ask_batch(seed_db, QUESTIONS[:1])  # the log exists; now no file may grow by a single byte

    def no_writes() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))

    done = _ask_batch(seed_db, QUESTIONS, preexec=no_writes)
    answers = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert len(answers) == len(QUESTIONS)
    assert [a["status"] for a in answers[:3]] == ["answered", "answered", "unknown"]
    stderr = done.stderr.decode("utf-8")
    assert stderr.count("提问日志") == 1 and "无法写入" in stderr, stderr


def test_a_corrupt_question_log_is_kept_aside_and_a_new_one_started(seed_db: Path, tmp_path: Path) -> None:
    log = tmp_path / "questions.sqlite"
    garbage = b"this is no database " * 500
    log.write_bytes(garbage)
    engine = Engine(seed_db, ROOT / "knowledge" / "vocabulary.toml", log_db=log)
    assert engine.ask("法律顾问经费多少").status == "answered"
    [aside] = [p for p in tmp_path.iterdir() if p.name.startswith("questions.sqlite.unreadable")]
    assert aside.read_bytes() == garbage
    assert [q for q, _ in sqlite3.connect(log).execute("SELECT question, status FROM questions")] == ["法律顾问经费多少"]
    assert any("无法读取" in n for n in engine.log.take_notices())


def test_a_deleted_question_log_is_recreated(tmp_path: Path) -> None:
    log_path = tmp_path / "questions.sqlite"
    log = QuestionLog(log_path)
    log.record("第一个问题", "answered")
    for f in tmp_path.iterdir():
        f.unlink()
    log.record("第二个问题", "unknown")
    log.close()
    assert [q for (q,) in sqlite3.connect(log_path).execute("SELECT question FROM questions")] == ["第二个问题"]


def test_a_log_fault_is_reported_once_and_recovery_noticed(tmp_path: Path, capsys) -> None:
    log = QuestionLog(tmp_path / "questions.sqlite")
    log.conn.close()  # every write now fails the way a vanished disk does
    for _ in range(5):
        log.record("问题", "answered")
    assert capsys.readouterr().err.count("无法写入") == 1
    notices = log.take_notices()
    assert len(notices) == 1 and log.take_notices() == []
