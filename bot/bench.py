"""Benchmark: load speed, warm answer latency per intent, cold start, peak memory, at city scale.

`python -m bot bench [--departments N] [--questions M]` generates N synthetic documents in the seed's
layout (bot.synth), loads them, asks M questions of every intent and prints the figures; `--out`
writes them as JSON so runs can be compared between commits.
"""

from __future__ import annotations

import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bot.engine import Engine, Session
from bot.synth import generate_corpus

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "knowledge" / "000_9289cd5134f499bc.txt"
VOCAB = ROOT / "knowledge" / "vocabulary.toml"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    k = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "p50": round(percentile(values, 50), 3),
        "p95": round(percentile(values, 95), 3),
        "p99": round(percentile(values, 99), 3),
        "max": round(max(values), 3) if values else 0.0,
    }


def questions_for(docs: list, rng: random.Random, per_intent: int) -> list[tuple[str, list[str]]]:
    """(intent, turns) pairs drawn from the generated documents: every intent, typos and unknowns."""
    out: list[tuple[str, list[str]]] = []
    for _ in range(per_intent):
        doc = rng.choice(docs)
        dept = doc.department
        short = dept.split("市", 1)[-1] if "区" in dept else dept  # "统计局" alone names 19 departments
        p1, p2 = rng.sample(doc.projects, 2)
        ind = rng.choice(p1.indicators)
        name = p1.name
        typo = name[:2] + "一" + name[3:] if len(name) > 4 else name
        out += [
            ("amount", [f"{dept}的{name}经费多少"]),
            ("source", [f"{dept}{name}的资金来源"]),
            ("goal", [f"{dept}{name}的绩效目标是什么"]),
            ("indicator_list", [f"{dept}{name}的满意度指标有哪些"]),
            ("indicator_value", [f"{dept}{name}的{ind.name}的年度指标值"]),
            ("count", [f"{short}有几个项目"]),
            ("total", [f"{dept}的总预算是多少"]),
            ("rank", [f"{dept}哪个项目经费最多"]),
            ("filter", [f"{dept}经费超过二十万的项目"]),
            ("compare", [f"{dept}的{name}和{p2.name}哪个多"]),
            ("followup", [f"{dept}的{name}经费多少", "它的成本指标呢"]),
            ("typo", [f"{dept}的{typo}经费多少"]),
            ("unknown", [rng.choice(["今天天气怎么样", "火星探测经费多少", "某某委员会的预算"])]),
        ]
    return out


_ITEMS = ("工资福利支出", "基本工资", "津贴补贴", "奖金", "绩效工资", "社会保障缴费", "住房公积金", "办公费", "印刷费",
          "水费", "电费", "邮电费", "物业管理费", "差旅费", "维修（护）费", "租赁费", "会议费", "培训费", "公务接待费",
          "专用材料费", "劳务费", "委托业务费", "工会经费", "福利费", "公务用车运行维护费", "其他交通费用",
          "离休费", "退休费", "抚恤金", "生活补助", "医疗费补助", "奖励金", "办公设备购置", "专用设备购置",
          "信息网络及软件购置更新", "公务用车购置", "其他资本性支出", "对个人和家庭的补助", "商品和服务支出")


def general_documents(docs: list, rng: random.Random, rows: int = 24) -> list[tuple]:
    """One general table per department (read by the grid reader from plain rows, as a PDF table would be):
    budget lines by group over 2023年/2024年/增减额/增减率 columns, about 100 facts each."""
    import hashlib

    from bot.ingest.grid import GENERAL, grid_facts
    from bot.model import Document

    out = []
    for doc in docs:
        grid = [[f"{doc.department}2024年部门预算支出对比表"], ["", "", "", "", "单位：万元"],
                ["类别", "科目", "2023年预算数", "2024年预算数", "增减额", "增减率"]]
        merged = [(0, 0, 0, 5)]
        items = rng.sample(_ITEMS, rows)
        for g, group in enumerate(("基本支出", "项目支出")):
            first = len(grid)
            for item in items[g * rows // 2:(g + 1) * rows // 2]:
                a, b = round(rng.uniform(1, 900), 2), round(rng.uniform(1, 900), 2)
                grid.append([group if len(grid) == first else "", item, str(a), str(b), f"{b - a:.2f}",
                             f"{(b - a) / a * 100:.2f}%"])
            merged.append((first, 0, len(grid) - 1, 0))
        reading = grid_facts(grid, merged, sheet="Sheet1")
        general = Document(path=f"{doc.department}_预算对比.xlsx", department=doc.department, unit="万元",
                           year=2024, layout=GENERAL, form="部门预算支出对比表", facts=reading.facts)
        out.append((general, hashlib.sha256(f"general:{doc.department}".encode()).hexdigest()))
    return out


def fact_questions(docs: list, rng: random.Random, per_intent: int) -> list[tuple[str, list[str]]]:
    """Questions over the general tables: a value by its labels, a difference across years, a sum."""
    out = []
    for _ in range(per_intent):
        doc = rng.choice(docs)
        item, other = rng.sample([f.row[-1] for f in doc.facts if f.col == ("2024年预算数",)], 2)
        out += [("fact_value", [f"{doc.department}{item}2024年预算数是多少"]),
                ("fact_diff", [f"{doc.department}{item}比上年增加多少"]),
                ("fact_sum", [f"{doc.department}{item}和{other}2024年预算数合计多少"])]
    return out


def _time_command(cmd: list[str], runs: int, env: dict | None = None) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True, env=env, cwd=ROOT)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _child_peak_mb(db: Path, questions: list[str]) -> float:
    """Peak RSS (VmHWM) of a fresh process that opens the whole knowledge base and answers questions.

    getrusage's ru_maxrss is not used: on Linux a child inherits its parent's high-water mark.
    """
    code = (
        "import json,sys;from bot.engine import Engine,Session;"
        f"e=Engine({str(db)!r},{str(VOCAB)!r});s=Session()\n"
        f"for q in json.loads({json.dumps(json.dumps(questions, ensure_ascii=False))}): e.ask(q, s)\n"
        "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return int(out.stdout.strip()) / 1024


def telegram_path(db: Path, tmp: Path, n_questions: int = 1000, chats: int = 50, rate: float = 25.0) -> dict:
    """Questions from many chats through the real Application and the fake Bot API server (tests/):
    the time from injecting an update to the bot's sendMessage for that chat.

    Updates arrive at `rate` a second: AIORateLimiter keeps replies within Telegram's 30 a second, so a
    faster flood would measure the rate limiter's queue, not the bot.
    """
    import asyncio
    import threading

    sys.path.insert(0, str(ROOT / "tests"))
    from fake_telegram import FakeTelegram

    from bot.config import Config, TelegramConfig
    from bot.frontends.telegram_bot import build_application

    questions = ["法律顾问经费多少", "信访超市的预算", "满意度指标有哪些", "哪个项目经费最多", "公务用车的绩效目标",
                 "经费超过二十万的项目", "区领导重点约访的目标值", "它的指标呢", "雇员经费多少", "今天天气怎么样"]
    for key in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        os.environ.pop(key, None)
    latencies: list[float] = []
    with FakeTelegram() as fake:
        fake.max_poll = 0.2
        sent_at: dict[int, list[float]] = {}
        answered: dict[int, int] = {}
        lock = threading.Lock()
        record = fake._record

        def timed_record(call) -> None:  # stamp each reply as the fake receives it
            record(call)
            if call.method == "sendMessage" and call.ok:
                chat = int(call.params["chat_id"])
                with lock:
                    k = answered.get(chat, 0)
                    if k < len(sent_at.get(chat, [])):
                        latencies.append((time.perf_counter() - sent_at[chat][k]) * 1000)
                        answered[chat] = k + 1

        fake._record = timed_record
        cfg = Config(knowledge=tmp, vocabulary=VOCAB, db=db, log_db=tmp / "tg-log.sqlite",
                     telegram=TelegramConfig(token="123456:TEST-TOKEN", base_url=fake.base_url,
                                             base_file_url=fake.base_file_url))
        os.environ["TELEGRAM_BOT_TOKEN"] = fake.token

        async def main() -> None:
            app = build_application(cfg)
            async with app:
                await app.start()
                await app.updater.start_polling(poll_interval=0, timeout=1)
                for k in range(n_questions):
                    chat = 5000 + k % chats
                    with lock:
                        sent_at.setdefault(chat, []).append(time.perf_counter())
                    fake.send_text(questions[k % len(questions)], chat_id=chat, user_id=chat)
                    await asyncio.sleep(1 / rate)
                deadline = time.perf_counter() + 30
                while len(latencies) < n_questions and time.perf_counter() < deadline:
                    await asyncio.sleep(0.05)
                await app.updater.stop()
                await app.stop()

        asyncio.run(main())
    result = {"questions": n_questions, "chats": chats, "answered": len(latencies), "rate_per_s": rate,
              **summary(latencies)}
    print(f"telegram: {len(latencies)}/{n_questions} answered from {chats} chats; update→reply "
          f"p50 {result['p50']:.1f} ms, p95 {result['p95']:.1f} ms, max {result['max']:.1f} ms", flush=True)
    return result


def admin_path(tmp: Path, repeats: int = 3) -> dict:
    """What an admin waits for in chat, through the real Application and the fake Bot API server: the
    time from the update to the bot's reply for `/reload` of the seed plus the three sample spreadsheets,
    and for a one-file upload (a new department, then a corrected version of it). Also the first load of
    those four files into an empty database (parsing everything, deriving jieba's base words)."""
    import asyncio
    import shutil

    sys.path.insert(0, str(ROOT / "tests"))
    from fake_telegram import FakeTelegram

    from bot.config import Config, TelegramConfig
    from bot.frontends.admin import reload_knowledge
    from bot.frontends.telegram_bot import build_application

    knowledge = tmp / "admin-knowledge"
    knowledge.mkdir()
    shutil.copy(SEED, knowledge / SEED.name)
    for sample in sorted((ROOT / "tests" / "data" / "samples").glob("*.xlsx")):
        shutil.copy(sample, knowledge / sample.name)
    for name in ("vocabulary.toml", "intents.toml"):
        shutil.copy(ROOT / "knowledge" / name, knowledge / name)
    for key in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        os.environ.pop(key, None)
    admin = 4242
    civil = (ROOT / "tests" / "data" / "civil_affairs.txt").read_text(encoding="utf-8")
    uploads = [(f"部门{k}.txt", civil.replace("民政局", f"测试{k}局").encode("utf-8")) for k in range(repeats)]
    corrected = [(f"部门{k}-更正.txt", civil.replace("民政局", f"测试{k}局").replace("617.72", "617.720").encode("utf-8"))
                 for k in range(repeats)]
    out: dict = {}
    with FakeTelegram() as fake:
        fake.max_poll = 0.2
        cfg = Config(knowledge=knowledge, vocabulary=knowledge / "vocabulary.toml", db=tmp / "admin.sqlite",
                     log_db=tmp / "admin-log.sqlite",
                     telegram=TelegramConfig(token="123456:TEST-TOKEN", base_url=fake.base_url,
                                             base_file_url=fake.base_file_url, admins=[admin],
                                             upload_folder=knowledge / "uploads"))
        t = time.perf_counter()
        first = reload_knowledge(cfg)
        out["first_load_s"] = round(time.perf_counter() - t, 3)
        out["documents"] = first.documents
        os.environ["TELEGRAM_BOT_TOKEN"] = fake.token

        async def reply_time(update: dict) -> float:
            started = time.perf_counter()
            chat, after = update["message"]["chat"]["id"], update["message"]["message_id"]
            while not [c for c in fake.calls("sendMessage") if c.ok and c.result["chat"]["id"] == chat
                       and c.result["message_id"] > after]:
                if time.perf_counter() - started > 120:
                    raise TimeoutError("no reply from the bot in 120 s")
                await asyncio.sleep(0.005)
            return time.perf_counter() - started

        async def main() -> None:
            app = build_application(cfg)
            async with app:
                await app.start()
                await app.updater.start_polling(poll_interval=0, timeout=1)
                out["reload_s"] = [round(await reply_time(fake.send_text("/reload", user_id=admin)), 3)
                                   for _ in range(repeats)]
                out["upload_new_s"] = [round(await reply_time(fake.send_document(n, d, user_id=admin)), 3)
                                       for n, d in uploads]
                out["upload_corrected_s"] = [round(await reply_time(fake.send_document(n, d, user_id=admin)), 3)
                                             for n, d in corrected]
                await app.updater.stop()
                await app.stop()

        asyncio.run(main())
    print(f"admin (update→reply in Telegram): /reload of seed + 3 spreadsheets {max(out['reload_s']):.2f} s "
          f"(worst of {repeats}); one-file upload {max(out['upload_new_s']):.2f} s new, "
          f"{max(out['upload_corrected_s']):.2f} s corrected; first load into an empty database "
          f"{out['first_load_s']:.2f} s", flush=True)
    return out


def run_admin(out: Path | None = None) -> dict:
    """Only the admin timings (`python -m bot bench --admin-only`)."""
    with tempfile.TemporaryDirectory(prefix="bench-admin-") as tmp:
        results = {"machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
                   "admin": admin_path(Path(tmp))}
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return results


def run(departments: int = 1000, per_intent: int = 50, seed: int = 1, out: Path | None = None,
        cold_runs: int = 5, projects: int = 10, indicators: int = 10, telegram: bool = True,
        telegram_questions: int = 1000) -> dict:
    from bot.store.build import load_paths

    results: dict = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "size": {"departments": departments, "projects_per_department": projects,
                 "indicators_per_project": indicators},
    }
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        docs = []
        t = time.perf_counter()
        for file_name, text, doc in generate_corpus(departments, seed=seed, projects=projects,
                                                     indicators_per_project=indicators):
            (folder / file_name).write_text(text, encoding="utf-8")
            docs.append(doc)
        results["generate_s"] = round(time.perf_counter() - t, 2)

        db = Path(tmp) / "kb.sqlite"
        t = time.perf_counter()
        load = load_paths(db, [folder])
        load_s = time.perf_counter() - t
        results["load"] = {
            "seconds": round(load_s, 2), "documents": load.documents, "projects": load.projects,
            "indicators": load.indicators, "documents_per_s": round(load.documents / load_s, 1),
            "indicators_per_s": round(load.indicators / load_s), "db_mb": round(db.stat().st_size / 2**20, 1),
            "warnings": len(load.warnings),
        }
        print(f"load: {load.documents} documents, {load.projects} projects, {load.indicators} indicators "
              f"in {load_s:.2f} s ({results['load']['documents_per_s']} docs/s, "
              f"{results['load']['indicators_per_s']} indicators/s), db {results['load']['db_mb']} MB", flush=True)

        # The same documents with a general table per department: every labelled value is a fact.
        from bot.ingest.formats import read_documents
        from bot.store.build import build

        generals = general_documents(docs, random.Random(seed + 3))
        parsed = [pair for f in sorted(folder.iterdir()) for pair in read_documents(f)]
        t = time.perf_counter()
        with_facts = build(db.with_name("facts.sqlite"), parsed + generals)
        facts_s = time.perf_counter() - t
        db = db.with_name("facts.sqlite")
        results["load_with_facts"] = {"seconds": round(facts_s, 2), "documents": with_facts.documents,
                                      "indicators": with_facts.indicators, "facts": with_facts.facts,
                                      "db_mb": round(db.stat().st_size / 2**20, 1)}
        print(f"load with general tables: {with_facts.documents} documents, {with_facts.indicators} indicators, "
              f"{with_facts.facts} facts in {facts_s:.2f} s, db {results['load_with_facts']['db_mb']} MB", flush=True)

        t = time.perf_counter()
        engine = Engine(db, VOCAB)
        results["engine_start_s"] = round(time.perf_counter() - t, 2)
        t = time.perf_counter()
        engine.ask(f"{docs[0].department}{generals[0][0].facts[1].row[-1]}2024年预算数是多少")
        results["fact_index_first_use_s"] = round(time.perf_counter() - t, 2)
        latencies: dict[str, list[float]] = {}
        statuses: dict[str, dict[str, int]] = {}
        slowest = (0.0, "")
        asked = questions_for(docs, rng, per_intent) + fact_questions([g for g, _ in generals], rng, per_intent)
        for intent, turns in asked:
            session = Session()
            for turn in turns:
                t = time.perf_counter()
                answer = engine.ask(turn, session)
                ms = (time.perf_counter() - t) * 1000
                latencies.setdefault(intent, []).append(ms)
                if ms > slowest[0]:
                    slowest = (ms, turn)
            statuses.setdefault(intent, {}).setdefault(answer.status, 0)
            statuses[intent][answer.status] += 1
        every = [ms for values in latencies.values() for ms in values]
        results["latency_ms"] = {"all": summary(every), **{k: summary(v) for k, v in latencies.items()}}
        results["statuses"] = statuses
        results["slowest_question"] = {"ms": round(slowest[0], 2), "question": slowest[1]}
        sample = [t for _, turns in questions_for(docs, random.Random(seed + 1), 5) for t in turns]
        results["peak_rss_mb"] = {"engine_process": round(_child_peak_mb(db, sample), 1)}
        print(f"engine start {results['engine_start_s']} s; peak RSS of an engine process with everything "
              f"loaded, answering questions: {results['peak_rss_mb']['engine_process']} MB", flush=True)

        # Seed alone: warm latency and cold start.
        seed_db = Path(tmp) / "seed.sqlite"
        load_paths(seed_db, [SEED])
        seed_engine = Engine(seed_db, VOCAB)
        seed_questions = [json.loads(line) for line in (ROOT / "tests/questions/seed.jsonl").read_text().splitlines()]
        seed_ms = []
        for _ in range(20):
            for item in seed_questions:
                session = Session()
                for turn in item.get("conversation") or [item["q"]]:
                    t = time.perf_counter()
                    seed_engine.ask(turn, session)
                    seed_ms.append((time.perf_counter() - t) * 1000)
        results["seed_latency_ms"] = summary(seed_ms)
        ask = _time_command([sys.executable, "-m", "bot", "ask", "法律顾问经费多少", "--db", str(seed_db)], cold_runs)
        floor = _time_command([sys.executable, "-c", "import jieba; jieba.lcut('法律顾问经费多少')"], cold_runs)
        results["cold_start_s"] = {"ask": round(ask, 3), "jieba_floor": round(floor, 3), "ratio": round(ask / floor, 2)}

        # Load speed on seed-sized documents (6 projects, ~6 indicators each), as the target states.
        small = Path(tmp) / "small"
        small.mkdir()
        for file_name, text, _ in generate_corpus(1000, seed=seed + 2, projects=6, indicators_per_project=6):
            (small / file_name).write_text(text, encoding="utf-8")
        t = time.perf_counter()
        load_small = load_paths(Path(tmp) / "small.sqlite", [small])
        results["load_seed_sized"] = {"documents": load_small.documents, "indicators": load_small.indicators,
                                      "seconds": round(time.perf_counter() - t, 2)}
        if telegram:
            results["telegram"] = telegram_path(seed_db, Path(tmp), telegram_questions, chats=50)
            results["admin"] = admin_path(Path(tmp))

    _print(results)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"written: {out}")
    return results


def _print(r: dict) -> None:
    lat = r["latency_ms"]
    f = r["load_with_facts"]
    print(f"\nwarm latency (ms) over {r['load']['projects']} projects / {r['load']['indicators']} indicators / "
          f"{f['facts']} facts (database {f['db_mb']} MB; fact index built on first use in "
          f"{r['fact_index_first_use_s']} s):")
    print(f"  {'intent':<16}{'n':>6}{'p50':>9}{'p95':>9}{'p99':>9}{'max':>9}")
    for name, s in lat.items():
        print(f"  {name:<16}{s['n']:>6}{s['p50']:>9.2f}{s['p95']:>9.2f}{s['p99']:>9.2f}{s['max']:>9.2f}")
    s = r["seed_latency_ms"]
    print(f"seed only: p50 {s['p50']:.2f} ms, p95 {s['p95']:.2f} ms, max {s['max']:.2f} ms")
    print(f"slowest question: {r['slowest_question']['ms']} ms: {r['slowest_question']['question']}")
    c = r["cold_start_s"]
    print(f"cold start: ask {c['ask']} s vs `import jieba; jieba.lcut(...)` {c['jieba_floor']} s: ratio {c['ratio']}")
    s = r["load_seed_sized"]
    print(f"load of {s['documents']} seed-sized documents ({s['indicators']} indicators): {s['seconds']} s")
    print(f"statuses per intent: {json.dumps(r['statuses'], ensure_ascii=False)}")


def cluster(n_questions: int = 5000, chats: int = 500, out: Path | None = None) -> dict:
    """The shared mode (bot/frontends/cluster/bench.py): one worker vs two, against the tests' fake Bot API."""
    sys.path.insert(0, str(ROOT / "tests"))
    from fake_telegram import FakeTelegram

    from bot.frontends.cluster.bench import run as run_cluster

    return run_cluster(FakeTelegram, n_questions, chats, out=out)
