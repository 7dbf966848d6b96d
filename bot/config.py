"""Configuration from config.toml, with command-line overrides of the same names."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

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


# Top-level settings (all paths); [telegram] settings are the fields of TelegramConfig.
TOP_LEVEL: dict[str, str] = {"knowledge": "str", "vocabulary": "str", "db": "str", "log_db": "str"}
SECTIONS: dict[str, type[DataclassInstance]] = {"telegram": TelegramConfig, "cluster": ClusterConfig}
_TYPE_WORDS = {"str": "字符串", "int": "整数", "float": "数字", "bool": "true 或 false", "list[int]": "整数列表（如 [123456789]）",
               "list[str]": "字符串列表",
               "table": "一节（[名称]）"}


def _kind(annotation: str) -> str:
    """The TOML shape a dataclass field accepts: paths are written as strings."""
    annotation = annotation.replace(" | None", "")
    return "str" if annotation == "Path" else annotation


def _fits(value: object, kind: str) -> bool:
    if kind == "str":
        return isinstance(value, str)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "float":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "table":
        return isinstance(value, dict)
    if kind.startswith("list["):
        inner = kind[5:-1]
        return isinstance(value, list) and all(_fits(v, inner) for v in value)
    return True


def _line_of(text: str, key: str, section: str = "") -> int:
    """The line where `key = ...` is set (inside [section] when given); 0 when not found."""
    current = ""
    for no, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("["):
            current = stripped.strip("[] ")
            if not section and current == key:
                return no
            continue
        name = stripped.split("=", 1)[0].strip().strip('"')
        if "=" in stripped and name == key and current == section:
            return no
    return 0


def _close_match(key: str, known: list[str]) -> str:
    import difflib

    match = difflib.get_close_matches(key, known, n=1)
    return f"，是不是“{match[0]}”？" if match else ""


def validate(data: dict, text: str, where: str) -> None:
    """Every key known and of the right type; the first mistakes are named with their line."""
    problems: list[str] = []

    def check(table: dict, allowed: dict[str, str], section: str) -> None:
        prefix = f"[{section}] 中" if section else ""
        for key, value in table.items():
            line = _line_of(text, key, section)
            at = f"第 {line} 行" if line else "（位置未知）"
            if key not in allowed:
                problems.append(f"{at}：{prefix}未知的设置“{key}”{_close_match(key, list(allowed))}")
            elif not _fits(value, allowed[key]):
                want = _TYPE_WORDS.get(allowed[key], allowed[key])
                problems.append(f"{at}：{prefix}“{key}”应为{want}，而不是 {value!r}")

    sections = {name: "table" for name in SECTIONS}
    check({k: v for k, v in data.items() if not (k in SECTIONS and isinstance(v, dict))},
          {**TOP_LEVEL, **sections}, "")
    for name, cls in SECTIONS.items():
        if isinstance(data.get(name), dict):
            fields = {f: _kind(str(t.type)) for f, t in cls.__dataclass_fields__.items()}
            check(data[name], fields, name)
    if isinstance(data.get("telegram"), dict):
        size = data["telegram"].get("max_upload_bytes")
        if isinstance(size, int) and not isinstance(size, bool) and size <= 0:
            line = _line_of(text, "max_upload_bytes", "telegram")
            problems.append(f"第 {line} 行：[telegram] 中“max_upload_bytes”应为正整数（字节数）")
    if problems:
        raise ConfigError(f"{where}: 配置文件有错误：\n  " + "\n  ".join(problems))


def load_config(path: str | Path | None = None, **overrides: str | Path | None) -> Config:
    """Read config.toml (or defaults when it is absent) and apply non-None overrides."""
    cfg_path = Path(path) if path else DEFAULT_CONFIG
    data: dict = {}
    if cfg_path.exists():
        try:
            text = cfg_path.read_text(encoding="utf-8")
            data = tomllib.loads(text)
        except UnicodeDecodeError as exc:
            raise ConfigError(f"{cfg_path}: 配置文件不是 UTF-8 编码") from exc
        except tomllib.TOMLDecodeError as exc:
            from bot.language.vocabulary import toml_error_line

            raise ConfigError(f"{cfg_path}: 第 {toml_error_line(exc)} 行：配置文件格式错误（TOML 语法）") from exc
        validate(data, text, str(cfg_path))
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
