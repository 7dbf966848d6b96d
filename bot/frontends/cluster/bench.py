"""Benchmark of the shared mode: questions from many chats through the balancer, one worker vs two.

Everything real except Telegram: worker processes (`python -m bot worker`), a local PostgreSQL server,
the round-robin balancer, and the fake Bot API server of the tests delivering updates to the webhook
(up to 40 connections, like Telegram) and receiving the replies. Chats behave like people: each asks its
next question when the answer to the previous one arrived, and `concurrency` chats are asking at any
moment, until every chat has asked its share. Latency is from the update entering the fake server to the
reply reaching it; throughput is questions answered per second of the whole run.
"""

from __future__ import annotations

import json
import os
import platform
import queue
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bot.bench import SEED, summary
from bot.frontends.cluster.harness import PROXY_VARIABLES, Cluster
from bot.frontends.cluster.pgserver import LocalPostgres

QUESTIONS = ["法律顾问经费多少", "信访超市的预算", "满意度指标有哪些", "哪个项目经费最多", "公务用车的绩效目标",
             "经费超过二十万的项目", "区领导重点约访的目标值", "它的指标呢", "雇员经费多少", "今天天气怎么样"]


def drive(fake, n_questions: int, chats: int, concurrency: int, timeout: float = 600.0) -> dict:
    """Ask n_questions from `chats` chats, `concurrency` at a time; latencies of every reply."""
    replies: queue.Queue = queue.Queue()
    record = fake._record

    def timed_record(call) -> None:  # stamp each reply as the fake receives it
        record(call)
        if call.method == "sendMessage" and call.ok:
            replies.put((int(call.params["chat_id"]), time.perf_counter()))

    fake._record = timed_record
    per_chat = [n_questions // chats + (1 if k < n_questions % chats else 0) for k in range(chats)]
    asked = [0] * chats
    sent_at: dict[int, float] = {}
    latencies: list[float] = []
    waiting = list(range(chats))

    def ask(k: int) -> None:
        chat = 700_000 + k
        sent_at[chat] = time.perf_counter()
        fake.send_text(QUESTIONS[(k + asked[k]) % len(QUESTIONS)], chat_id=chat, user_id=chat)
        asked[k] += 1

    started = time.perf_counter()
    for _ in range(min(concurrency, chats)):
        ask(waiting.pop(0))
    deadline = started + timeout
    while len(latencies) < n_questions and time.perf_counter() < deadline:
        try:
            chat, at = replies.get(timeout=1.0)
        except queue.Empty:
            continue
        if chat not in sent_at:
            continue
        latencies.append((at - sent_at.pop(chat)) * 1000)
        k = chat - 700_000
        if asked[k] < per_chat[k]:
            ask(k)
        elif waiting:
            ask(waiting.pop(0))
    elapsed = time.perf_counter() - started
    fake._record = record
    return {"questions": n_questions, "chats": chats, "concurrency": concurrency, "answered": len(latencies),
            "seconds": round(elapsed, 2), "throughput_per_s": round(len(latencies) / elapsed, 1),
            **{f"{k}_ms": v for k, v in summary(latencies).items() if k != "n"}}


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _postgres_pids(data: Path) -> list[int]:
    """The server's processes: the postmaster (its pid file) and its children."""
    try:
        master = int((data / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return []
    pids = [master]
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == master:
                pids.append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    return pids


def _cpu(cluster: Cluster, pg: LocalPostgres) -> dict[str, float]:
    own = os.times()
    out = {name: _cpu_seconds(p.pid) for name, p in cluster.workers.items()}
    out["postgres"] = sum(_cpu_seconds(pid) for pid in _postgres_pids(pg.data))
    out["balancer"] = _cpu_seconds(cluster.balancer.pid) if cluster.balancer is not None else 0.0
    out["bench_process"] = own.user + own.system  # the fake Telegram server and the driver
    return out


def run(fake_server: Callable, n_questions: int = 5000, chats: int = 500, concurrency: int = 32,
        workers: tuple[int, ...] = (1, 2), out: Path | None = None) -> dict:
    """`fake_server()` makes a Bot API server to run against (the tests' fake; bot.bench passes it)."""
    for key in PROXY_VARIABLES:
        os.environ.pop(key, None)
    results: dict = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version()}, "runs": {}}
    with LocalPostgres() as pg, tempfile.TemporaryDirectory() as tmp:
        for n in workers:
            names = tuple("ABCDEFGH"[:n])
            with fake_server() as fake:
                cluster = Cluster(Path(tmp) / f"w{n}", pg.new_database(), fake.token, fake.base_url,
                                  fake.base_file_url, knowledge=[SEED], names=names)
                with cluster:
                    drive(fake, min(200, n_questions), min(50, chats), concurrency)  # warm-up, not counted
                    before = _cpu(cluster, pg)
                    r = drive(fake, n_questions, chats, concurrency)
                    after = _cpu(cluster, pg)
                    light = drive(fake, min(1000, n_questions), min(100, chats), concurrency=2)
            cpu = {k: round(after[k] - before.get(k, 0.0), 2) for k in after}
            worker_cpu = sum(cpu[name] for name in names)
            r["cpu_seconds"] = cpu
            # What one worker answers per second of one CPU of its own: the figure to size a deployment by.
            r["questions_per_worker_cpu_second"] = round(r["answered"] / max(worker_cpu, 1e-9), 1)
            r["light_load"] = light
            results["runs"][f"{n}_workers"] = r
            print(f"cluster, {n} worker(s): {r['answered']}/{r['questions']} answered from {r['chats']} chats "
                  f"({r['concurrency']} asking at a time) in {r['seconds']} s: {r['throughput_per_s']} questions/s; "
                  f"update→reply p50 {r['p50_ms']:.1f} ms, p95 {r['p95_ms']:.1f} ms, max {r['max_ms']:.1f} ms",
                  flush=True)
            print(f"  CPU seconds: {json.dumps(cpu)}; {r['questions_per_worker_cpu_second']} questions per "
                  "second of worker CPU", flush=True)
            print(f"  light load (2 chats asking at a time, {light['throughput_per_s']} questions/s): update→reply "
                  f"p50 {light['p50_ms']:.1f} ms, p95 {light['p95_ms']:.1f} ms", flush=True)
    runs = results["runs"]
    if "1_workers" in runs and "2_workers" in runs:
        ratio = runs["2_workers"]["throughput_per_s"] / max(runs["1_workers"]["throughput_per_s"], 1e-9)
        results["scaling_2_vs_1"] = round(ratio, 2)
        print(f"scaling, two workers vs one: {ratio:.2f}x (on {os.cpu_count()} CPUs shared with PostgreSQL, the "
              "balancer and the fake Telegram server)", flush=True)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"written: {out}")
    return results
