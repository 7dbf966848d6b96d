"""`python -m benchmarks [--scale | --cluster | --cold-only | --load-only]`: the benchmark, outside the
product package."""

from __future__ import annotations

import argparse
from pathlib import Path


def cmd_bench(args: argparse.Namespace) -> int:
    """Synthetic city-scale benchmark: prints the figures, writes them as JSON."""
    from benchmarks.bench import RESULTS, run, run_admin, scale

    if args.cold_only or args.load_only:
        from benchmarks.bench import run_parts

        sizes = tuple(args.sizes) if args.load_only else None
        run_parts(args.cold_only, sizes, pairs=args.cold_pairs, seed=args.seed,
                  out=args.out or RESULTS / ("cold.json" if not args.load_only else "load.json"))
        return 0
    if args.admin_only:
        run_admin(args.out or RESULTS / "admin.json")
        return 0
    if args.cluster:
        from benchmarks.bench import cluster

        cluster(args.cluster_questions, args.cluster_chats, out=args.out or RESULTS / "cluster.json")
        return 0
    if args.scale:
        scale(tuple(args.sizes), per_intent=min(args.questions, 20), seed=args.seed,
              out=args.out or RESULTS / "scale.json")
        return 0
    run(args.departments, args.questions, seed=args.seed, out=args.out or RESULTS / "latest.json",
        projects=args.projects, indicators=args.indicators, telegram=not args.no_telegram,
        telegram_questions=args.telegram_questions, cold_pairs_n=args.cold_pairs)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description="性能基准（合成数据）")
    p = parser
    p.add_argument("--departments", type=int, default=1000, help="部门（文档）数，默认 1000")
    p.add_argument("--projects", type=int, default=10, help="每个部门的项目数")
    p.add_argument("--indicators", type=int, default=10, help="每个项目的指标数")
    p.add_argument("--questions", type=int, default=50, help="每种意图的问题数")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--out", type=Path, help="JSON 结果文件（默认 bench-results/latest.json 或 scale.json）")
    p.add_argument("--scale", action="store_true", help="规模曲线：1k / 3k / 10k 个部门")
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000, 10000], help="--scale 的部门数")
    p.add_argument("--cold-pairs", type=int, default=10, help="冷启动计时的轮数（ask 与 jieba 交替）")
    p.add_argument("--telegram-questions", type=int, default=1000, help="经 Telegram 路径的问题数")
    p.add_argument("--no-telegram", action="store_true", help="不测 Telegram 路径")
    p.add_argument("--cluster", action="store_true",
                   help="只测共享模式：经负载均衡的一个与两个 worker（需要 PostgreSQL 服务器程序）")
    p.add_argument("--cluster-questions", type=int, default=5000, help="共享模式的问题数")
    p.add_argument("--cluster-chats", type=int, default=500, help="共享模式的聊天数")
    p.set_defaults(func=cmd_bench)
    p.add_argument("--admin-only", action="store_true", help="只测管理员的 /reload 和上传耗时")
    p.add_argument("--cold-only", action="store_true", help="只测冷启动：ask 与 jieba 成对计时，峰值内存")
    p.add_argument("--load-only", action="store_true",
                   help="只测加载：1000 份种子大小的文档与朴素加载器对比，再按 --sizes 逐个规模加载（耗时、峰值内存）")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
