"""The article's citation files (BibTeX, RIS, CSL-JSON per page language), written at the site root."""

from __future__ import annotations

from pathlib import Path


def write(site_dir: str, files: dict) -> None:
    """files: site-relative path -> content (the engine's `article.download_files`)."""
    for path, content in files.items():
        target = Path(site_dir) / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8", newline="")
