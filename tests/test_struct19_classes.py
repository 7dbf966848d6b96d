"""Round 11, struct19: structure moved to one place per concept; the behaviour these pin down stays."""

from __future__ import annotations

from bot.engine import Engine
from bot.language.normalize import normalize
from bot.understand.parse import understand
from conftest import converse


def test_that_one_project_is_no_self_reference(seed_engine: Engine) -> None:
    """"那个" is a hesitation or a pointer back, never "our department": "那个项目…" reads no department
    and, after a project, asks of that project."""
    for q in ("那个项目的预算是多少", "那个项目里有几个指标"):
        assert understand(normalize(q), seed_engine.kb).self_reference == [], q
    a = converse(seed_engine, "信访超市日常运行经费多少", "那个项目里有几个指标")
    assert a.status == "answered" and "信访超市" in a.text and "8 个" in a.text
