"""Command line: a thin shell over the library (load, ask, chat, eval, serve, bench, export)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .config import Config, ConfigError, load_config
from .model import LoadError


def _config(args: argparse.Namespace) -> Config:
    return load_config(
        args.config,
        db=getattr(args, "db", None),
        knowledge=getattr(args, "knowledge", None),
        log_db=getattr(args, "log_db", None),
    )


def cmd_load(args: argparse.Namespace) -> int:
    """Load documents into the knowledge base; print the summary or the errors."""
    from .store import load_paths

    cfg = _config(args)
    paths = args.paths or [cfg.knowledge]
    try:
        summary = load_paths(cfg.db, paths, keep_existing=args.add)
    except LoadError as exc:
        print("加载失败，知识库保持不变：", file=sys.stderr)
        for issue in exc.issues:
            print(f"  {issue}", file=sys.stderr)
        return 1
    print(f"已加载到 {cfg.db}")
    print(summary.text())
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="项目支出绩效目标表问答机器人")
    parser.add_argument("--config", help="配置文件（默认：仓库中的 config.toml）")
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--config", default=argparse.SUPPRESS, help="配置文件")
        p.add_argument("--db", help="知识库数据库文件（覆盖 config.toml 的 db）")
        p.add_argument("--log-db", dest="log_db", help="提问日志数据库（覆盖 config.toml 的 log_db）")

    p = sub.add_parser("load", help="加载文档（文件或文件夹）到知识库")
    common(p)
    p.add_argument("paths", nargs="*", type=Path, help="文件或文件夹（默认：config.toml 的 knowledge）")
    p.add_argument("--knowledge", help="知识文件夹（覆盖 config.toml 的 knowledge）")
    p.add_argument("--add", action="store_true", help="保留已加载的文档，只添加新文档")
    p.set_defaults(func=cmd_load)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not hasattr(args, "config"):
        args.config = None
    try:
        return args.func(args)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
