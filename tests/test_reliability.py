"""Issue 10: nothing an admin, a bad file or a full disk does may lose data, leak a question, or stop
the answers. One test (or a few) per numbered item, each named after what it protects."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, load_config

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
