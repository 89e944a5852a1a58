"""The 404 pages: the site's own (404.html at its root, in the default language's chrome, speaking every
language), and one in each other language's folder (ru/404.html), in that language's chrome. static-i18n builds
every language into the one site folder, each build writing its 404.html over the last: each is kept as it is
rendered and written where it belongs once all are built.

A host that answers a missing address with the nearest 404.html up its path (scripts/serve_static.py, Cloudflare
Pages; nginx, Apache or Netlify configured so: README) gives a reader of /ru/ the Russian one without
JavaScript. A host with one 404 page (GitHub Pages) answers with the root's, whose script opens the language's
own (overrides/404.html); without JavaScript the root's says it in every language."""

from __future__ import annotations

from pathlib import Path

_kept: dict = {}


def keep(html: str, lang: str | None) -> None:
    """A 404 page as rendered: the default language's (lang None: the outer build) or a nested build's."""
    _kept[lang] = html


def write(site_dir: str) -> None:
    for lang, html in sorted(_kept.items(), key=lambda item: item[0] is None):  # the root's last: over the others'
        folder = Path(site_dir) / (lang or "")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "404.html").write_text(html, encoding="utf-8")
    _kept.clear()
