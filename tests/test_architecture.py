"""The folder listing is the pipeline: these import rules keep each stage passing data forward.

ingest → store → language → understand → dialogue → answer → engine → front ends. A stage may import the
stages before it, never one after it (the one exception: the dialogue words its replies with the answer
stage's wording, answer/compose, which itself imports nothing after language); the front ends see only
the engine's public API, the loader and the configuration; nothing in the product imports the tests.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"
# Nothing here is a tool: the benchmark and its generator live in benchmarks/, outside the product.
TOOLS: set[str] = set()


def _module(path: Path) -> str:
    rel = path.relative_to(BOT.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, package: str | None = None) -> set[str]:
    """Every module the file imports (absolute names; relative imports resolved against `package`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    if package is None:
        package = _module(path) if path.name == "__init__.py" else _module(path).rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(up + ([base] if base else []))
            out.add(base)
            out.update(f"{base}.{a.name}" for a in node.names)
    return out


MODULES = {_module(p): _imports(p) for p in sorted(BOT.rglob("*.py"))}


def _is_tool(module: str) -> bool:
    return any(module == t or module.startswith(t + ".") for t in TOOLS)


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _bot_imports(module: str) -> set[str]:
    return {m for m in MODULES[module] if m == "bot" or m.startswith("bot.")}


def test_the_rules_see_every_stage():
    stages = {_stage(m) for m in MODULES}
    assert {"ingest", "store", "language", "understand", "dialogue", "answer", "frontends", "engine", "model"} <= stages


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _stage(m) == "ingest"))
def test_ingest_imports_only_the_model(module):
    bad = {m for m in _bot_imports(module) if _stage(m) not in {"ingest", "model", ""}}
    assert not bad, f"{module} imports {bad}"


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _stage(m) not in {"frontends", "", "__main__"}
                                          and not _is_tool(m)))
def test_no_stage_imports_the_front_ends(module):
    bad = {m for m in _bot_imports(module) if _stage(m) in {"frontends", "config", "__main__"}}
    assert not bad, f"{module} imports {bad}"


# From the parse onwards the pipeline is a line: each stage imports only the ones before it.
LATER = ["understand", "dialogue", "answer", "engine", "frontends"]
WORDING = "bot.answer.compose"  # all user-facing wording; the dialogue's replies are worded there too


def _wording(module: str) -> bool:
    """`from bot.answer import compose`, or a name of compose."""
    return module in {"bot.answer", WORDING} or module.startswith(WORDING + ".")


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _stage(m) in LATER[:-1]))
def test_no_stage_imports_a_later_one(module):
    after = set(LATER[LATER.index(_stage(module)) + 1:])
    bad = {m for m in _bot_imports(module) if _stage(m) in after
           and not (_stage(module) == "dialogue" and _wording(m))}
    assert not bad, f"{module} imports {bad}"


def test_the_wording_imports_no_stage_after_language():
    bad = {m for m in _bot_imports(WORDING) if _stage(m) not in {"language", "model", ""}}
    assert not bad, f"{WORDING} imports {bad}"


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _stage(m) not in {"engine", "frontends", "", "__main__"}))
def test_only_the_front_ends_use_the_engine(module):
    assert not any(_stage(m) == "engine" for m in _bot_imports(module)), f"{module} imports the engine"


def test_a_dialogue_module_importing_a_handler_is_caught(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("from bot.answer.handlers import HANDLERS\nfrom bot.answer.compose import money\n", encoding="utf-8")
    found = {m for m in _imports(probe, package="bot.dialogue") if m.startswith("bot.")}
    after = set(LATER[LATER.index("dialogue") + 1:])
    bad = {m for m in found if _stage(m) in after and not _wording(m)}
    assert bad == {"bot.answer.handlers", "bot.answer.handlers.HANDLERS"}


ALLOWED_IN_FRONTENDS = {"frontends", "engine", "model", "config", "store", "ingest", ""}


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _stage(m) == "frontends"))
def test_front_ends_use_only_the_engine_and_the_loader(module):
    bad = {m for m in _bot_imports(module) if _stage(m) not in ALLOWED_IN_FRONTENDS and not _is_tool(m)}
    assert not bad, f"{module} imports {bad}"


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _stage(m) == "frontends"))
def test_front_ends_take_only_the_engines_public_names(module):
    import bot.engine

    names = {m.removeprefix("bot.engine.") for m in _bot_imports(module) if m.startswith("bot.engine.")}
    assert names <= set(bot.engine.__all__), f"{module} takes {names - set(bot.engine.__all__)} from the engine"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_nothing_in_the_product_imports_the_tests(module):
    text = (BOT.parent / (module.replace(".", "/") + ".py")).read_text(encoding="utf-8") \
        if (BOT.parent / (module.replace(".", "/") + ".py")).exists() else ""
    assert not any(m == "tests" or m.startswith("tests.") for m in MODULES[module]), module
    if not _is_tool(module):
        assert '"tests"' not in text and "'tests'" not in text, f"{module} reaches into tests/"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_the_product_never_imports_the_benchmarks(module):
    assert not any(m == "benchmarks" or m.startswith("benchmarks.") for m in MODULES[module]), module


def test_a_forbidden_import_is_caught(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("from bot.frontends.cli import main\nfrom ..language import normalize\n", encoding="utf-8")
    found = _imports(probe, package="bot.understand")
    assert "bot.frontends.cli" in found and _stage("bot.frontends.cli") == "frontends"
    assert "bot.language.normalize" in found


def test_no_function_in_bot_is_over_60_lines() -> None:
    """Issue 11: a function a newcomer can read whole; a longer one is split into named steps."""
    long = []
    for path in sorted(BOT.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno is not None \
                    and node.end_lineno - node.lineno + 1 > 60:
                long.append(f"{path.name}:{node.lineno} {node.name}")
    assert long == []
