"""Teaching the bot a word (admins, from /unanswered): which word to teach, the closest names it may
mean, and writing the alias into knowledge/vocabulary.toml.

The file is edited as text, one line added to (or replaced in) its [aliases] table, so its comments and
order survive; the result is checked with the vocabulary loader before it replaces the file.
"""

from __future__ import annotations

import os
from pathlib import Path

from bot.language.lexicon import KnowledgeBase
from bot.language.normalize import normalize
from bot.language.vocabulary import load_vocabulary
from bot.model import Issue, LoadError
from bot.understand.parse import understand

MAX_CANDIDATES = 5


def word_to_teach(question: str, kb: KnowledgeBase) -> str | None:
    """The word the bot did not understand ("电脑" in "电脑购置经费多少"), else the one it guessed at."""
    p = understand(normalize(question), kb)
    if p.unexplained:
        return max(p.unexplained, key=len)
    if p.fuzzy:  # a guess the admin may correct
        return p.fuzzy[0][0]
    names = [m.text for m in p.mentions if m.of("project") or m.of("indicator")]
    return names[0] if names else None


def closest_names(word: str, kb: KnowledgeBase, question: str = "", limit: int = MAX_CANDIDATES) -> list[str]:
    """Project, indicator and department names most like the word or the rest of its question
    ("电脑购置经费" is closest to 公务用车购置经费), best first (rapidfuzz)."""
    from rapidfuzz import fuzz

    names = list(dict.fromkeys([p.name for p in kb.projects.values()] + list(kb.indicator_name.values())
                               + [d.name for d in kb.departments]))
    context = normalize(question)

    def score(name: str) -> tuple[float, int]:
        near = max(fuzz.partial_ratio(word, name), 0.9 * fuzz.partial_ratio(context, name) if context else 0)
        return -near, len(name)  # ties (common for short words): shorter names first

    return sorted(names, key=score)[:limit]


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def add_alias(path: str | Path, word: str, target: str) -> None:
    """Write `"word" = "target"` into the [aliases] table of the vocabulary file, checked, atomically."""
    path = Path(path)
    word, target = normalize(word).strip(), target.strip()
    if not word or not target or word == normalize(target):
        raise LoadError([Issue(str(path), 0, "别名和名称不能为空，也不能相同", "error")])
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    entry = f"{_toml_string(word)} = {_toml_string(target)}\n"
    start = next((k for k, line in enumerate(lines) if line.strip() == "[aliases]"), None)
    if start is None:
        lines += ["\n" if lines and lines[-1].strip() else "", "[aliases]\n", entry]
    else:
        end = next((k for k in range(start + 1, len(lines)) if lines[k].lstrip().startswith("[")), len(lines))
        existing = next((k for k in range(start + 1, end)
                         if lines[k].split("=", 1)[0].strip().strip('"') == word), None)
        if existing is not None:  # the word was taught before: it now means the new name
            lines[existing] = entry
        else:
            at = end
            while at - 1 > start and (not lines[at - 1].strip() or lines[at - 1].lstrip().startswith("#")):
                at -= 1  # after the table's last entry, before the comment introducing the next table
            if at > 0 and not lines[at - 1].endswith("\n"):
                lines[at - 1] += "\n"
            lines.insert(at, entry)
    partial = path.with_name(f".{path.name}.new")
    partial.write_text("".join(lines), encoding="utf-8")
    try:
        vocab = load_vocabulary(partial)  # raises LoadError naming the line
        if vocab.aliases.get(word) != normalize(target):
            raise LoadError([Issue(str(path), 0, f"别名“{word}”没有写入词表", "error")])
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
