"""`make check`: the editor's whole gate. Runs the real build (MkDocs, strict, in this process, as `make build`
runs it) into a temporary folder, so that whatever it passes `make build` builds; then checks the built site
(edition/gate/output.py: markup published as text, empty pages, broken links and anchors, the whole-article
page; edition/gate/published.py: a file from another site, an id twice on a page, emphasis left as typed). The
engine runs once, inside the build (scripts/hooks.py); its problems are read from there. Lists every problem
with its location, the cause first; exits non-zero if any is an error.

usage: python scripts/check.py [PROJECT]   (default: this repository)
"""

from __future__ import annotations

import logging
import os
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_site import epoch_of  # noqa: E402
from project import ROOT, project  # noqa: E402


class _Collect(logging.Handler):
    """MkDocs' own warnings and errors (its strict mode fails on them): each becomes a problem."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)


def check(root: Path, site: Path | None = None, epoch: str | int | None = None):
    """(the engine's Result or None, the diagnostics of the whole gate). `site`: build into this folder and
    keep it (`make build` swaps it in when there is no error); by default a temporary folder, removed."""
    from edition import build as engine_build
    from edition.diagnostics import Diagnostics

    proj = project(root)
    config_file = root / proj.config
    if not config_file.is_file():  # the engine alone (no site): its gate is the whole gate
        result = engine_build(proj)
        return result, Diagnostics(result.problems)
    collect = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collect)
    old_level, logger.level = logger.level, logging.WARNING  # no INFO lines: every problem is in the report
    old_epoch = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch_of(root) if epoch is None else epoch)
    try:
        with tempfile.TemporaryDirectory(prefix=".check-") as tmp:
            result, found = _build(root, proj, Path(site or tmp), collect)
            if result is None:  # MkDocs never ran the engine (no hook, or mkdocs.yml refused): run it alone
                result = engine_build(proj)
                found = Diagnostics(result.problems) + found
            return result, _blame(found, proj)
    finally:
        logger.removeHandler(collect)
        logger.level = old_level
        if old_epoch is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old_epoch


def _build(root: Path, proj, site: Path, collect: _Collect):
    from mkdocs.commands import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    from edition.diagnostics import Diagnostics
    from edition.gate import output, published

    found = Diagnostics()
    if _unsafe_for_mkdocs(root, proj, found):
        return None, found  # MkDocs would take minutes over it; the engine's check says where and why
    try:
        config = load_config(config_file=str(root / proj.config), strict=True, site_dir=str(site))
    except (MkDocsException, Exception) as e:  # noqa: BLE001  (any refusal of mkdocs.yml is the editor's to fix)
        found += _mkdocs_problems(proj, collect, "mkdocs.yml was refused: " + " ".join(str(e).split()))
        return None, found
    state = _hook_state(config)
    if state is None:
        return None, found  # the engine's check says which hook is missing; nothing is built without it
    config.plugins.on_startup(command="build", dirty=False)
    try:
        mkdocs_build.build(config)
        built = True
    except (MkDocsException, SystemExit):
        built = False
    except Exception as e:  # noqa: BLE001  (a crash of a plugin is a refusal, said as one)
        found += _mkdocs_problems(proj, collect, f"the build failed: {type(e).__name__}: {e}")
        built = False
    finally:
        config.plugins.on_shutdown()
    result = state.get("result")
    if result is None:
        found += _mkdocs_problems(proj, collect, "the build stopped before the edition's engine ran")
        return None, found
    found = Diagnostics(result.problems) + found
    if not result.ok:
        return result, found  # the build was refused for these: its own problems are follow-ons
    found += _mkdocs_problems(proj, collect, None if built else "the build failed")
    if built:
        start = len(found)
        pages = output.built_pages(result, state["project"])
        found += output.check(site, pages)
        found += published.check(site, pages, root, proj.config)
        found.coded("output", start)
    return result, found


def _unsafe_for_mkdocs(root: Path, proj, found) -> bool:
    """mkdocs.yml is too large or holds an alias: MkDocs' loader would expand what nested aliases make of it (a
    "billion laughs" of nine levels took it minutes), so it is not handed to MkDocs at all. The engine's check
    says where an alias is; a size is said here."""
    from edition.siteconfig import unsafe

    problem = unsafe(root / proj.config, proj.config)
    if problem is not None and "alias" not in problem.message:
        found.add("config", problem.path, problem.line, problem.col, problem.message)
    return problem is not None


def _hook_state(config):
    """The edition hook's state (the engine's result lives there after the build), or None without it."""
    for module in (config.get("hooks") or {}).values():
        state = getattr(module, "_state", None)
        if isinstance(state, dict) and hasattr(module, "on_config"):
            return state
    return None


def _mkdocs_problems(proj, collect: _Collect, fallback: str | None) -> list:
    from edition.diagnostics import Diagnostics

    found = Diagnostics()
    for record in collect.records:
        message = record.getMessage().strip()
        if message.startswith("The edition has problems") or not message:
            continue
        if _DOC_LINK.search(message) and "target is not found" in message:
            message += " Correct the link, or add the file it names to docs/."
        found.add("output", *_located(proj, message), f"MkDocs: {message}")
    collect.records.clear()
    if fallback and not found:
        found.add("output", proj.config, 0, 0, fallback)
    return found


_DOC_LINK = re.compile(r"Doc file '([^']+)' contains a link '([^']+)'")


def _located(proj, message: str) -> tuple[str, int, int]:
    """Where MkDocs' message about a page's link is in that page's Markdown; else mkdocs.yml."""
    m = _DOC_LINK.search(message)
    if m:
        path = f"{proj.docs}/{m.group(1)}"
        try:
            text = (proj.root / path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return path, 0, 0
        at = text.find(f"({m.group(2)}")
        if at >= 0:
            line = text.count("\n", 0, at) + 1
            return path, line, at - text.rfind("\n", 0, at) + 1
        return path, 0, 0
    return proj.config, 0, 0


def _blame(found, proj):
    """One mistake, one count: what MkDocs says about mkdocs.yml follows from what the edition found wrong in it
    (a malformed line, an alias, a plugin missing), and is folded under the first of those."""
    found.once()
    cause = next((p for p in found if p.path == proj.config and p.line and p.severity == "error"), None)
    if cause is not None:
        said = ("MkDocs:", "mkdocs.yml was refused", "the build failed", "the build stopped before")
        found.blame(cause, [p for p in found if p.message.startswith(said)])
    return found


def main(argv=None) -> int:
    from edition import report

    root = Path(argv[0]).resolve() if argv else ROOT
    result, found = check(root)
    print(report(found))
    return 0 if not [p for p in found if p.severity == "error"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
