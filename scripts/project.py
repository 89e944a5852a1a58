"""The project's layout as the command-line tools see it: mkdocs.yml read once, by MkDocs' own loader
(which knows `!ENV` and the `!!python/` tags), and the edition's Project made from it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from mkdocs.utils.yaml import yaml_load

ROOT = Path(__file__).resolve().parent.parent


def read_config(root: Path = ROOT) -> dict:
    """mkdocs.yml as MkDocs reads it; {} when it is missing or unreadable (the engine's check says why)."""
    from edition.inputs import read_text

    text, _ = read_text(root / "mkdocs.yml", "mkdocs.yml", missing_ok=True)
    try:
        config = yaml_load(text) if text else {}
    except Exception:  # MkDocs' loader raises YAML and tag errors of several kinds; each is reported located
        return {}
    return config if isinstance(config, dict) else {}


def languages(config: dict) -> tuple[str, ...]:
    """Language codes, the default first (static-i18n's `languages`)."""
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            langs = plugin["i18n"]["languages"]
            default = [lang["locale"] for lang in langs if lang.get("default")]
            return tuple(default + [lang["locale"] for lang in langs if not lang.get("default")])
    return ("kk", "ru", "en")


def reading_order(nav) -> tuple[str, ...]:
    """Page names in nav order (the nav lists the default language's files: `introduction.md`), through its
    groups (`- The article: [index.md, ...]`) and titled entries (`- Title: page.md`)."""
    names: list[str] = []
    for item in nav or []:
        if isinstance(item, dict):
            for value in item.values():
                names += reading_order(value) if isinstance(value, list) else reading_order([value])
        elif isinstance(item, str) and item.endswith(".md"):
            names.append(item[:-3])
    return tuple(names)


def project(root: Path = ROOT):
    from edition import Project

    config = read_config(root)
    return Project(root=root, languages=languages(config), reading_order=reading_order(config.get("nav")))


def run_mkdocs(config: Path, site: Path, strict: bool = False, env: dict | None = None) -> subprocess.CompletedProcess:
    """`mkdocs build -q` of a config into `site`, with a fixed SOURCE_DATE_EPOCH (reproducible output)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1764000000", **(env or {}))
    cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)]
    return subprocess.run(
        cmd + (["--strict"] if strict else []), cwd=config.parent, env=env, capture_output=True, text=True
    )


def write_resolved_docs(docs: Path, root: Path = ROOT) -> None:
    """The engine's resolved Markdown of every page, as the hook hands it to MkDocs, into `docs` (with the
    front matter MkDocs reads): the input of a site built without the engine, for comparisons."""
    from edition import build
    from edition.inputs import read_text

    proj = project(root)
    result = build(proj)
    if not result.ok:
        sys.exit("the edition has problems; run `make check`")
    docs.mkdir(parents=True, exist_ok=True)
    for (lang, name), md in result.pages.items():
        src = root / "docs" / f"{name}{'' if lang == proj.languages[0] else '.' + lang}.md"
        m = re.match(r"\A---\n.*?\n---\n", read_text(src, src.name)[0] or "", re.S)
        (docs / src.name).write_text((m.group(0) if m else "") + md, encoding="utf-8")
