"""robots.txt at the site root, naming the sitemap (only when the site's address is known)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin


def write(site_dir: str, site_url: str | None) -> None:
    if site_url:
        text = f"User-agent: *\nAllow: /\n\nSitemap: {urljoin(site_url, 'sitemap.xml')}\n"
        Path(site_dir, "robots.txt").write_text(text, encoding="utf-8")
