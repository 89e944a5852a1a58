"""One 404 page for the whole site, in the default language: static-i18n builds every language into the one
site folder, and each language's build would write its own 404.html over the last."""

from __future__ import annotations

from pathlib import Path

_kept: dict = {}


def keep(html: str) -> None:
    """The default language's 404 page, as rendered by the outer (default-language) build."""
    _kept["404"] = html


def write(site_dir: str) -> None:
    if "404" in _kept:
        (Path(site_dir) / "404.html").write_text(_kept.pop("404"), encoding="utf-8")
