"""The repository itself: nothing a merge left half-done reaches main."""

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER = re.compile(r"^(<{7} |>{7} |={7}$)", re.M)


def test_no_merge_conflict_markers() -> None:
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    texts = [f for f in files if f.endswith((".py", ".md", ".toml", ".jsonl", ".txt", ".cfg", ".ini", "Makefile"))]
    assert texts, "git ls-files listed no text files"
    marked = [f for f in texts if (ROOT / f).is_file() and MARKER.search((ROOT / f).read_text(errors="replace"))]
    assert marked == []
