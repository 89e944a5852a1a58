"""The project's layout as the command-line scripts see it (languages read from mkdocs.yml)."""
from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


class _Loader(yaml.SafeLoader):
    """mkdocs.yml uses !!python/ tags (the slugify function); the scripts only need plain values."""


_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)


def languages(config: Path = ROOT / "mkdocs.yml") -> tuple[str, ...]:
    data = yaml.load(config.read_text(encoding="utf-8"), Loader=_Loader)
    for plugin in data.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            langs = plugin["i18n"]["languages"]
            default = [lang["locale"] for lang in langs if lang.get("default")]
            return tuple(default + [lang["locale"] for lang in langs if not lang.get("default")])
    return ("kk", "ru", "en")


def reading_order(config: Path = ROOT / "mkdocs.yml") -> tuple[str, ...]:
    data = yaml.load(config.read_text(encoding="utf-8"), Loader=_Loader)
    return tuple(item[:-3] for item in data.get("nav") or [] if isinstance(item, str) and item.endswith(".md"))


def project(root: Path = ROOT):
    from edition.edition import Project
    return Project(root=root, languages=languages(root / "mkdocs.yml"), reading_order=reading_order(root / "mkdocs.yml"))
