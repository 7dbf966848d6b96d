"""Configuration from config.toml, with command-line overrides of the same names."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "config.toml"


@dataclass
class TelegramConfig:
    """The [telegram] section."""

    token: str = ""
    token_env: str = "TELEGRAM_BOT_TOKEN"
    base_url: str = "https://api.telegram.org/bot"
    base_file_url: str = "https://api.telegram.org/file/bot"
    admins: list[int] = field(default_factory=list)
    allowed_users: list[int] = field(default_factory=list)
    allowed_chats: list[int] = field(default_factory=list)
    webhook_url: str = ""
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    upload_folder: Path = Path("knowledge/uploads")
    max_upload_bytes: int = 5_000_000

    def resolved_token(self) -> str:
        """The token from the environment variable named by token_env, else from the file."""
        return os.environ.get(self.token_env, "").strip() or self.token.strip()

    def resolved_urls(self) -> tuple[str, str]:
        """Base URLs, with TELEGRAM_BASE_URL / TELEGRAM_BASE_FILE_URL taking precedence."""
        return (
            os.environ.get("TELEGRAM_BASE_URL") or self.base_url,
            os.environ.get("TELEGRAM_BASE_FILE_URL") or self.base_file_url,
        )


@dataclass
class ClusterConfig:
    """The [cluster] section: several workers sharing one PostgreSQL database (empty = one process)."""

    database_url: str = ""  # postgresql://…; DATABASE_URL overrides it
    webhook_secret: str = ""  # Telegram echoes it on every update; TELEGRAM_WEBHOOK_SECRET overrides it
    listen: str = "127.0.0.1"  # where a worker's HTTP server listens (behind the load balancer)
    port: int = 8081
    max_rate: float = 30.0  # messages a second one worker sends (Telegram's limit is per bot); 0 = no limit
    concurrent_updates: int = 8  # updates one worker handles at a time

    def resolved_database_url(self) -> str:
        return (os.environ.get("DATABASE_URL") or self.database_url).strip()

    def resolved_secret(self) -> str:
        return (os.environ.get("TELEGRAM_WEBHOOK_SECRET") or self.webhook_secret).strip()


@dataclass
class Config:
    """Paths and settings of one bot instance."""

    knowledge: Path
    vocabulary: Path
    db: Path
    log_db: Path
    telegram: TelegramConfig = field(default_factory=TelegramConfig)
    source: Path | None = None
    cluster: ClusterConfig = field(default_factory=ClusterConfig)


class ConfigError(Exception):
    """config.toml is missing or malformed."""


def load_config(path: str | Path | None = None, **overrides: str | Path | None) -> Config:
    """Read config.toml (or defaults when it is absent) and apply non-None overrides."""
    cfg_path = Path(path) if path else DEFAULT_CONFIG
    data: dict = {}
    if cfg_path.exists():
        try:
            data = tomllib.loads(cfg_path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{cfg_path}: 配置文件格式错误：{exc}") from exc
    elif path:
        raise ConfigError(f"{cfg_path}: 配置文件不存在")
    base = cfg_path.resolve().parent

    def resolve(value: str | Path) -> Path:
        p = Path(value).expanduser()
        return p if p.is_absolute() else base / p

    paths = {
        "knowledge": data.get("knowledge", "knowledge"),
        "vocabulary": data.get("vocabulary", "knowledge/vocabulary.toml"),
        "db": data.get("db", "data/kb.sqlite"),
        "log_db": data.get("log_db", ""),
    }
    for key, value in overrides.items():
        if value is not None and key in paths:
            # Command-line paths are relative to the working directory, as a user expects.
            paths[key] = Path(value).resolve()
    db = resolve(paths["db"])
    log_db = resolve(paths["log_db"]) if paths["log_db"] else db.with_name(db.stem + ".log.sqlite")
    if overrides.get("db") is not None and overrides.get("log_db") is None:
        log_db = db.with_name(db.stem + ".log.sqlite")  # a different knowledge base gets its own log
    tg_data = dict(data.get("telegram", {}))
    known = set(TelegramConfig.__dataclass_fields__)
    unknown = set(tg_data) - known
    if unknown:
        raise ConfigError(f"{cfg_path}: [telegram] 中有未知的设置：{', '.join(sorted(unknown))}")
    telegram = TelegramConfig(**tg_data)
    cluster_data = dict(data.get("cluster", {}))
    unknown = set(cluster_data) - set(ClusterConfig.__dataclass_fields__)
    if unknown:
        raise ConfigError(f"{cfg_path}: [cluster] 中有未知的设置：{', '.join(sorted(unknown))}")
    cluster = ClusterConfig(**cluster_data)
    telegram.upload_folder = resolve(telegram.upload_folder)
    return Config(
        knowledge=resolve(paths["knowledge"]),
        vocabulary=resolve(paths["vocabulary"]),
        db=db,
        log_db=log_db,
        telegram=telegram,
        source=cfg_path if cfg_path.exists() else None,
        cluster=cluster,
    )
