"""Command line: a thin shell over the library (load, ask, chat, eval, serve, export, …)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.config import Config, ConfigError, load_config
from bot.model import LoadError


def _config(args: argparse.Namespace) -> Config:
    return load_config(
        args.config,
        db=getattr(args, "db", None),
        knowledge=getattr(args, "knowledge", None),
        log_db=getattr(args, "log_db", None),
    )


def cmd_load(args: argparse.Namespace) -> int:
    """Load documents into the knowledge base; print the summary or the errors.

    The vocabulary and intent rules are checked first: a load never leaves a knowledge base the bot
    cannot answer from. A department loaded before is never dropped without --remove."""
    from bot.frontends.admin import knowledge_paths, reload_knowledge

    cfg = _config(args)
    if cfg.cluster.resolved_database_url():
        return _load_shared(cfg, args.paths or [cfg.knowledge], args.add)
    try:
        summary = reload_knowledge(cfg, paths=args.paths or knowledge_paths(cfg), keep_existing=args.add,
                                   force=args.force, allow_remove=args.remove)
    except LoadError as exc:
        print("加载失败，知识库保持不变：", file=sys.stderr)
        for issue in exc.issues:
            print(f"  {issue}", file=sys.stderr)
        return 1
    print(f"已加载到 {cfg.db}" if not summary.unchanged else f"知识库 {cfg.db} 已是这些文档，没有改动")
    print(summary.text())
    return 0


def _load_shared(cfg: Config, paths: list[Path], add: bool) -> int:
    """Shared mode: store the documents in PostgreSQL; every worker rebuilds on the notification."""
    import getpass

    from bot.frontends.cluster.pg import Shared
    from bot.frontends.cluster.worker import read_files, store_files

    try:
        files = read_files(paths)
        shared = Shared(cfg.cluster.resolved_database_url(), worker="cli")
        try:
            summary = store_files(cfg, shared, files, keep_existing=add, added_by=f"cli:{getpass.getuser()}")
            version = shared.version()
        finally:
            shared.close()
    except LoadError as exc:
        print("加载失败，共享知识库保持不变：", file=sys.stderr)
        for issue in exc.issues:
            print(f"  {issue}", file=sys.stderr)
        return 1
    print(f"已加载到共享数据库（版本 {version}），各 worker 将自动重建知识库")
    if summary is not None:
        print(summary.text())
    return 0


def _engine(cfg: Config, log: bool = True):
    from bot.engine import Engine

    return Engine(cfg.db, cfg.vocabulary, log_db=cfg.log_db if log else None)


def _ensure_db(cfg: Config, rebuild_outdated: bool = True) -> None:
    """A first run (no database yet) loads the bundled knowledge folder; so does a database built by an
    older version of the program, when it is the configured one (an explicit --db is left alone)."""
    # The schema module, not the loader: a cold `ask` does not import what a load needs.
    from bot.store.schema import SCHEMA_VERSION, clean_leftovers, schema_version_of

    clean_leftovers(cfg.db)  # temporary files of a load that was killed
    if not cfg.db.exists():
        from bot.store.build import load_paths

        load_paths(cfg.db, [cfg.knowledge], uploads=cfg.telegram.upload_folder)
    elif rebuild_outdated and schema_version_of(cfg.db) != SCHEMA_VERSION:
        from bot.store.build import load_paths

        print(f"知识库 {cfg.db} 由旧版本程序建立，正在从 {cfg.knowledge} 重新加载…", file=sys.stderr)
        summary = load_paths(cfg.db, [cfg.knowledge], uploads=cfg.telegram.upload_folder, allow_remove=True)
        if summary.removed:
            print(f"重新加载后不再有：{'、'.join(summary.removed)}", file=sys.stderr)


def _emit(answer, as_json: bool) -> None:
    if as_json:
        import json  # (only here: a plain answer's cold `ask` does not import json)

        print(json.dumps(answer.to_dict(), ensure_ascii=False), flush=True)
    else:
        print(answer.text.replace("\n", " ⏎ ") if not sys.stdout.isatty() else answer.text, flush=True)


def _output_folder(cfg: Config, args: argparse.Namespace) -> Path:
    """Where charts and exported lists go: --out-dir, else `charts/` beside the database."""
    return Path(args.out_dir) if getattr(args, "out_dir", None) else cfg.db.parent / "charts"


def _actions(request, answer, folder: Path, xlsx: Path | None = None) -> int:
    """Draw the chart / write the spreadsheet a message asked for; print where it went (1 if impossible)."""
    status = 0
    if answer is None:
        print("请先提问，或在问题里一起说，例如“各项目经费画个图”“有哪些项目 导出”。", flush=True)
        return 1
    if "chart" in request.actions:
        from bot.frontends import charts

        try:
            chart = charts.render(answer.rows, answer.question, pie=request.pie)
        except charts.ChartError as exc:
            print(exc, flush=True)
            status = 1
        else:
            print(f"图表已保存：{charts.save(chart, folder)}", flush=True)
    if "export" in request.actions or xlsx is not None:
        from bot.frontends.sheets import NO_ROWS, answer_workbook

        if not answer.rows:
            print(NO_ROWS, flush=True)
            return 1
        target = xlsx or folder / f"answer-{len(list(folder.glob('answer-*.xlsx'))) + 1}.xlsx"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(answer_workbook(answer.rows, answer.question, answer.text))
        print(f"已导出：{target.resolve()}", flush=True)
    return status


def cmd_ask(args: argparse.Namespace) -> int:
    """Answer one question, or each line of stdin on its own (no shared context)."""
    from bot.frontends.actions import load_words, split_request

    cfg = _config(args)
    _ensure_db(cfg, rebuild_outdated=args.db is None)
    engine = _engine(cfg)
    words = load_words(cfg.vocabulary)
    if args.question:
        lines = iter([(1, args.question)])
    else:
        lines = _stdin_lines()
    status = 0
    for number, q in lines:
        if q is None:  # one undecodable line gets an error answer; the rest are answered
            _emit(_undecodable(number), args.json)
            continue
        if q.strip() or args.question:
            request = split_request(q, words)
            answer = engine.ask(request.question, chat="cli") if request.question or not request.actions else None
            if answer is not None:
                _emit(answer, args.json)
            if request.actions or args.xlsx:
                status |= _actions(request, answer, _output_folder(cfg, args), args.xlsx)
    return status


def _stdin_lines():
    """(line number, text) for each stdin line; text is None when the line is not UTF-8."""
    for number, raw in enumerate(sys.stdin.buffer, start=1):
        try:
            yield number, raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            yield number, None


def _undecodable(number: int):
    from bot.engine import UNKNOWN, Answer

    return Answer("", UNKNOWN, f"第 {number} 行不是 UTF-8 编码的文字，无法读取，请检查输入的编码。", "error")


def cmd_chat(args: argparse.Namespace) -> int:
    """A conversation: an interactive prompt on a terminal, else one turn per stdin line."""
    from bot.engine import Session
    from bot.frontends.actions import load_words, split_request

    cfg = _config(args)
    _ensure_db(cfg, rebuild_outdated=args.db is None)
    engine = _engine(cfg)
    words = load_words(cfg.vocabulary)
    session = Session()
    last = None  # the last answer: "画个图" / "导出" apply to it
    interactive = sys.stdin.isatty()
    if interactive:
        depts = "、".join(d.name for d in engine.kb.departments)
        print(f"知识库：{depts}（{len(engine.kb.projects)} 个项目）。输入问题，“帮助”看示例，Ctrl-D 退出。")
    lines = _stdin_lines()  # a generator: stdin is read only when it is advanced (never when interactive)
    while True:
        number = 0
        try:
            if interactive:
                q = input("问> ")
            else:
                item = next(lines, None)
                if item is None:
                    return 0
                number, q = item
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        except UnicodeDecodeError:
            q = None
        if q is None:
            if interactive:
                print("输入不是 UTF-8 编码的文字，请重试。")
            else:
                _emit(_undecodable(number), args.json)
            continue
        q = q.rstrip("\n")
        if not q.strip():
            continue
        request = split_request(q, words)
        if request.question or not request.actions:
            last = answer = engine.ask(request.question, session, chat="chat")
            if interactive and not args.json:
                print(answer.text + ("" if request.actions else "\n"))
            else:
                _emit(answer, args.json)
        if request.actions:
            _actions(request, last, _output_folder(cfg, args))
            if interactive:
                print()


def cmd_eval(args: argparse.Namespace) -> int:
    """Score question sets; print each failure and end with `accuracy: P/N`."""
    from bot.frontends.evaluate import evaluate_files

    cfg = _config(args)
    _ensure_db(cfg, rebuild_outdated=args.db is None)
    engine = _engine(cfg, log=False)
    tally = evaluate_files(engine, args.files, verbose=args.verbose, kb=args.kb)
    print(f"confident wrong: {tally.confident_wrong}, misses: {tally.misses}")
    print(f"accuracy: {tally.passed}/{tally.total}")
    return 0 if tally.passed == tally.total else 1


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the Telegram bot (long polling, or a webhook when configured) until SIGINT/SIGTERM."""
    from bot.frontends.telegram_bot import require_token, run

    cfg = _config(args)
    if cfg.cluster.resolved_database_url():  # shared mode: this process is one webhook worker
        return cmd_worker(args)
    if not require_token(cfg):  # fail before the (slow) first load
        return 2
    _ensure_db(cfg, rebuild_outdated=args.db is None)
    return run(cfg)


def cmd_worker(args: argparse.Namespace) -> int:
    """One of several webhook workers sharing PostgreSQL ([cluster] in config.toml)."""
    from bot.frontends.cluster.webhook import run_worker

    return run_worker(_config(args), listen=getattr(args, "listen", None), port=getattr(args, "port", None),
                      name=getattr(args, "name", None))


def cmd_webhook(args: argparse.Namespace) -> int:
    """Register (once, for every worker), delete or show the webhook."""
    from bot.frontends.cluster.webhook import webhook_command

    return webhook_command(_config(args), args.action)


def cmd_export(args: argparse.Namespace) -> int:
    """Write the knowledge base as an editable spreadsheet (xlsx) or CSV files."""
    from bot.store.export import export_csv, export_xlsx

    cfg = _config(args)
    _ensure_db(cfg, rebuild_outdated=args.db is None)
    fmt = args.format or ("csv" if args.out.suffix.lower() != ".xlsx" else "xlsx")
    if fmt == "xlsx":
        print(f"已导出：{export_xlsx(cfg.db, args.out)}")
    else:
        for path in export_csv(cfg.db, args.out):
            print(f"已导出：{path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="项目支出绩效目标表问答机器人")
    parser.add_argument("--config", help="配置文件（默认：仓库中的 config.toml）")
    sub = parser.add_subparsers(dest="command", required=True)
    _add_question_commands(sub)
    _add_service_commands(sub)
    return parser


def _common(p: argparse.ArgumentParser) -> None:
    """The options every command takes."""
    p.add_argument("--config", default=argparse.SUPPRESS, help="配置文件")
    p.add_argument("--db", help="知识库数据库文件（覆盖 config.toml 的 db）")
    p.add_argument("--log-db", dest="log_db", help="提问日志数据库（覆盖 config.toml 的 log_db）")


def _add_question_commands(sub) -> None:
    """load, ask, chat, eval: filling the knowledge base and asking it."""
    p = sub.add_parser("load", help="加载文档（文件或文件夹）到知识库")
    _common(p)
    p.add_argument("paths", nargs="*", type=Path, help="文件或文件夹（默认：config.toml 的 knowledge）")
    p.add_argument("--knowledge", help="知识文件夹（覆盖 config.toml 的 knowledge）")
    p.add_argument("--add", action="store_true", help="保留已加载的文档，只添加新文档（同一部门同一年度的表被替换）")
    p.add_argument("--remove", action="store_true", help="允许删除这次没有出现的、以前加载过的部门")
    p.add_argument("--force", action="store_true", help="合计与各项目之和不符（可能不完整）的文档也加载")
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("ask", help="回答一个问题（不带问题时逐行读取标准输入）")
    _common(p)
    p.add_argument("question", nargs="?", help="问题")
    p.add_argument("--json", action="store_true", help="每个回答输出一行 JSON")
    p.add_argument("--xlsx", type=Path, help="把回答中的列表导出为 .xlsx 文件")
    p.add_argument("--out-dir", dest="out_dir", help="图表和导出文件的文件夹（默认：数据库旁的 charts/）")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("chat", help="终端对话（带上下文）")
    _common(p)
    p.add_argument("--json", action="store_true", help="每轮输出一行 JSON")
    p.add_argument("--out-dir", dest="out_dir", help="图表和导出文件的文件夹（默认：数据库旁的 charts/）")
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("eval", help="按问题集评分")
    _common(p)
    p.add_argument("files", nargs="+", type=Path, help="问题集 JSONL 文件")
    p.add_argument("-v", "--verbose", action="store_true", help="也打印通过的问题")
    p.add_argument("--kb", help="只评分 kb 字段等于此值的题目（如 seed、all；无 kb 字段的题目都评）")
    p.set_defaults(func=cmd_eval)


def _add_service_commands(sub) -> None:
    """serve, worker, webhook, export: running the bot and taking the data out."""
    p = sub.add_parser("serve", help="运行 Telegram 机器人（需要 TELEGRAM_BOT_TOKEN）")
    _common(p)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("worker", help="共享模式的 webhook worker（[cluster] database_url）")
    _common(p)
    p.add_argument("--listen", help="监听地址（覆盖 [cluster] listen）")
    p.add_argument("--port", type=int, help="端口（覆盖 [cluster] port）")
    p.add_argument("--name", help="worker 名称（日志中记录；默认 主机名:端口）")
    p.set_defaults(func=cmd_worker)

    p = sub.add_parser("webhook", help="设置（一次，供所有 worker）、删除或查看 webhook")
    _common(p)
    p.add_argument("action", choices=["set", "delete", "info"])
    p.set_defaults(func=cmd_webhook)

    p = sub.add_parser("export", help="把知识库导出为可编辑的电子表格")
    _common(p)
    p.add_argument("out", type=Path, help="输出文件（.xlsx）或文件夹（csv）")
    p.add_argument("--format", choices=["xlsx", "csv"], help="默认按输出文件名判断")
    p.set_defaults(func=cmd_export)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not hasattr(args, "config"):
        args.config = None
    try:
        return args.func(args)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    except LoadError as exc:
        for issue in exc.issues:
            print(issue, file=sys.stderr)
        return 1
