"""The shape the engine keeps so that it stays easy to carry on: short functions with few parameters, a thin MkDocs
adapter, an engine that never imports MkDocs, and a repository that refers to nothing outside itself."""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

from conftest import ROOT

ENGINE = ROOT / "scripts" / "edition"
HOOK_FILES = [ROOT / "scripts" / "hooks.py", ROOT / "scripts" / "site_fixes.py"]
MAX_LINES, MAX_PARAMS, MAX_EVENT_LINES = 60, 6, 25


def functions(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            args = node.args
            names = [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs if a.arg not in ("self", "cls")]
            params = len(names) + bool(args.vararg) + bool(args.kwarg)
            yield node.name, node.end_lineno - node.lineno + 1, params, node.lineno


def test_engine_functions_are_short_and_take_few_parameters():
    too_long = [
        f"{path.relative_to(ROOT)}:{line}: {name} has {n} lines, {params} parameters"
        for path in sorted(ENGINE.glob("*.py"))
        for name, n, params, line in functions(path)
        if n > MAX_LINES or params > MAX_PARAMS
    ]
    assert too_long == []


def test_hook_events_are_thin():
    thick = [
        f"{path.name}:{line}: {name} has {n} lines"
        for path in HOOK_FILES
        for name, n, _, line in functions(path)
        if name.startswith("on_") and n > MAX_EVENT_LINES
    ]
    assert thick == []


def test_engine_imports_nothing_from_mkdocs():
    offenders = []
    for path in sorted(ENGINE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            names += [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            offenders += [
                f"{path.name}: {n}" for n in names if n.split(".")[0] in ("mkdocs", "material", "mkdocs_side")
            ]
    assert offenders == []


def test_no_tracked_file_refers_outside_the_repository():
    """A clone has nothing beside it: every path a file names must be inside the repository."""
    out = subprocess.run(
        ["git", "-C", str(ROOT), "grep", "-n", "-I", "-E", r"\.\./shared|\.\./\.\./\.\./\.\.|/work/"],
        capture_output=True,
        text=True,
    )
    hits = [line for line in out.stdout.splitlines() if not line.startswith("tests/test_code_shape.py:")]
    assert hits == []
