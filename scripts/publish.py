"""`make publish`: the build meant for publication. It refuses to run without the site's real address.

usage: EDITION_SITE_URL=https://…/ python scripts/publish.py [--site DIR]   (default: site/)

Canonical links, hreflang alternates, the sitemap, robots.txt, the citation metadata and the paragraph
citations all carry the address, so a site built without it (MkDocs then uses the local preview address
http://127.0.0.1:8000/) must never be deployed. The address must be an http(s) URL of a real host: not
unset, not localhost or a loopback address, not an example or test name (example.org, *.test). The build itself is
`make build`'s (scripts/build_site.py: strict, atomic); afterwards no file of the site may name the local
preview address.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_site  # noqa: E402

VARIABLE = "EDITION_SITE_URL"
PREVIEW = "http://127.0.0.1:8000/"  # mkdocs.yml's default site_url
RESERVED_TLDS = ("example", "test", "invalid", "localhost", "local")  # RFC 2606, RFC 6762


def problem(url: str | None) -> str | None:
    """Why `url` cannot be the published address, or None if it can."""
    if not url or not url.strip():
        return f"{VARIABLE} is not set"
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"{VARIABLE}={url!r} is not an http(s) address such as https://<owner>.github.io/<repository>/"
    host = parts.hostname.lower().rstrip(".")
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        ip = None
    if ip is not None and (ip.is_loopback or ip.is_unspecified or ip.is_link_local):
        return f"{VARIABLE}={url!r} is a local address"
    if host == "localhost" or host.endswith(".localhost"):
        return f"{VARIABLE}={url!r} is a local address"
    if "example" in host.split(".") or host.rsplit(".", 1)[-1] in RESERVED_TLDS:
        return f"{VARIABLE}={url!r} is a placeholder (an example or test name), not the site's address"
    if parts.query or parts.fragment:
        return f"{VARIABLE}={url!r} has a query or fragment; give the address of the site's root"
    return None


def leaks(site: Path) -> list[str]:
    """Files of the built site that name the local preview address."""
    found = []
    for path in sorted(site.rglob("*")):
        if path.is_file() and path.suffix in (".html", ".xml", ".txt", ".json", ".bib", ".ris", ".js"):
            if PREVIEW.encode() in path.read_bytes():
                found.append(str(path.relative_to(site)))
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, default=None, help="where to build (default: site/)")
    args = parser.parse_args(argv)
    url = os.environ.get(VARIABLE)
    why = problem(url)
    if why:
        print(
            f"publish: refused: {why}.\n"
            f"  The published site carries its address in canonical links, hreflang alternates, the sitemap,\n"
            f"  the citation metadata and every paragraph citation. Build it for its real address:\n"
            f"    {VARIABLE}=https://<owner>.github.io/<repository>/ make publish\n"
            f"  (GitHub Actions: set the repository variable {VARIABLE}; see README.md, 'For editors').",
            file=sys.stderr,
        )
        return 2
    site = args.site or build_site.ROOT / "site"
    code = build_site.build(build_site.ROOT, site)
    if code != 0:
        return code
    bad = leaks(site)
    if bad:
        print(
            f"publish: the built site still names the local preview address {PREVIEW} in: {', '.join(bad[:10])}"
            f"{' …' if len(bad) > 10 else ''}; do not deploy it",
            file=sys.stderr,
        )
        return 1
    print(f"publish: {site} is built for {url.strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
