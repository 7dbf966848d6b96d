"""Give answered items of a question set the facts that must NOT appear, so a reply that dumps every
project cannot pass (issue: "question sets that cannot pass by dumping").

For each answered item, the names of the knowledge base's projects that neither the engine's current
(passing) answer nor the item's `contains` mention are facts a correct answer never states: up to three
of them, preferring names a dump would print first, are added to `excludes`; likewise indicator names
(`--kind indicator`) against a reply that dumps every indicator. Items that already fail are
left alone. Run once per set; the decoy test in tests/test_question_sets.py keeps the result honest.

    python tools/add_excludes.py tests/questions/seed.jsonl --db /tmp/seed.sqlite
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.engine import Engine  # noqa: E402
from bot.frontends.evaluate import score  # noqa: E402

_WS = re.compile(r"\s+")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("file", type=Path)
    ap.add_argument("--db", required=True)
    ap.add_argument("--per-item", type=int, default=3)
    ap.add_argument("--kind", choices=["project", "indicator"], default="project",
                    help="which names to exclude: projects (against a project dump) or indicators")
    args = ap.parse_args()
    engine = Engine(args.db, ROOT / "knowledge" / "vocabulary.toml")
    if args.kind == "project":
        names = [p.name for p in sorted(engine.kb.projects.values(), key=lambda p: p.id)]
    else:  # distinct indicator names, shortest last so a dump's common lines come first
        rows = engine.kb.conn.execute("SELECT DISTINCT name FROM indicators ORDER BY id").fetchall()
        names = [r[0] for r in rows if len(r[0]) >= 4]
    lines = args.file.read_text(encoding="utf-8").splitlines()
    out, changed = [], 0
    for line in lines:
        if not line.strip():
            out.append(line)
            continue
        item = json.loads(line)
        result = score(engine, item)
        if result.passed and result.answer.status == "answered" and "answered" in item["status"]:
            text = _WS.sub("", result.answer.text)
            wanted = "".join(item.get("contains", []))
            have = set(item.get("excludes", []))
            extra = [n for n in names if _WS.sub("", n) not in text and n not in wanted and n not in have
                     and not any(n in c or c in n for c in item.get("contains", []) if c)]
            if extra:
                item["excludes"] = list(item.get("excludes", [])) + extra[: args.per_item]
                changed += 1
        item.pop("_where", None)
        out.append(json.dumps(item, ensure_ascii=False))
    args.file.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{args.file.name}: {changed} items given excludes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
