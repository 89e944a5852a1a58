"""Broken internal links in a built site: `python scripts/linkcheck.py [SITE_DIR]` prints `file:line:col: problem`.

Checked, on every HTML page of every language: each link or resource that stays on the site (href, src;
absolute URLs under the site's own address count) names a file that exists, and a #fragment names an id on
that page. Also: each page's language links (the switcher and <link rel="alternate">) lead to the same page
in the other language (the 404 page's to each language's home page), its canonical link to itself, every URL
of the sitemap and every location of each language's search index to a page and anchor that exist.

Pure Python (html.parser); the site's address is read from the home page's canonical link.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from edition.problems import Problem  # noqa: E402  (path: relative to the site directory)

ORIGIN = "http://site.invalid"  # stands for the site while resolving relative links
URL_ATTRS = {
    "a": "href",
    "area": "href",
    "link": "href",
    "script": "src",
    "img": "src",
    "source": "src",
    "iframe": "src",
    "video": "src",
    "audio": "src",
    "embed": "src",
}
NOT_FETCHED = {"preconnect", "dns-prefetch"}  # <link rel> values that name a host, not a resource


@dataclass(frozen=True)
class Link:
    url: str
    line: int
    col: int
    tag: str
    rel: str = ""
    hreflang: str = ""
    switcher: bool = False  # Material's language switcher


@dataclass
class Page:
    """What one HTML file holds: its ids and its links."""

    ids: set = field(default_factory=set)
    links: list = field(default_factory=list)


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.page = Page()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.page.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.page.ids.add(a["name"])
        attr = URL_ATTRS.get(tag)
        url = a.get(attr) if attr else None
        if url is None:
            return
        line, col = self.getpos()
        rel = (a.get("rel") or "").lower()
        if tag == "link" and set(rel.split()) & NOT_FETCHED:
            return
        self.page.links.append(
            Link(
                url.strip(),
                line,
                col + 1,
                tag,
                rel,
                a.get("hreflang") or "",
                "md-select__link" in (a.get("class") or "").split(),
            )
        )

    handle_startendtag = handle_starttag


def parse(path: Path) -> Page:
    parser = _Parser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser.page


class Site:
    """The built site: file paths relative to its root ("ru/results/index.html"), its address and base path."""

    def __init__(self, root: Path, site_url: str | None = None):
        self.root = root
        self.pages = {p.relative_to(root).as_posix(): parse(p) for p in sorted(root.rglob("*.html"))}
        self.site_url = site_url if site_url is not None else self._canonical_home()
        self.base = urlsplit(self.site_url).path if self.site_url else "/"
        if not self.base.endswith("/"):
            self.base += "/"
        if self.site_url and not self.site_url.endswith("/"):
            self.site_url += "/"

    def _canonical_home(self) -> str | None:
        home = self.pages.get("index.html")
        for link in home.links if home else []:
            if link.tag == "link" and link.rel == "canonical":
                return link.url
        return None

    @staticmethod
    def url_of(file: str) -> str:
        """Site-relative URL of a file: 'ru/results/index.html' -> 'ru/results/', '404.html' -> '404.html'."""
        return file[: -len("index.html")] if file == "index.html" or file.endswith("/index.html") else file

    def resolve(self, url: str, base_file: str) -> tuple[str, str] | None:
        """(site-relative path, fragment) of a URL met in base_file, or None when it leaves the site."""
        if self.site_url and url.startswith(self.site_url):
            url = self.base + url[len(self.site_url) :]
        absolute = urljoin(f"{ORIGIN}{self.base}{self.url_of(base_file)}", url)
        parts = urlsplit(absolute)
        if f"{parts.scheme}://{parts.netloc}" != ORIGIN:
            return None
        path = unquote(parts.path)
        if not path.startswith(self.base):
            return (path, unquote(parts.fragment))  # above the site's base path: reported as missing
        return path[len(self.base) :], unquote(parts.fragment)

    def target(self, path: str) -> str | None:
        """The file a site-relative path serves, if it exists."""
        if path.startswith("/"):
            return None
        candidates = [path + "index.html"] if path.endswith("/") or path == "" else [path, path + "/index.html"]
        for c in candidates:
            if (self.root / c).is_file():
                return c
        return None

    def check_url(self, url: str, base_file: str) -> str | None:
        """None if the URL is fine (or external), else what is wrong with it."""
        resolved = self.resolve(url, base_file)
        if resolved is None:
            return None
        path, fragment = resolved
        file = self.target(path)
        if file is None:
            return f"broken link {url!r}: no page or file at /{path}"
        if fragment and file in self.pages and fragment not in self.pages[file].ids:
            return f"broken anchor {url!r}: /{self.url_of(file)} has no id {fragment!r}"
        return None


def _external(url: str) -> bool:
    scheme = urlsplit(url).scheme.lower()
    return scheme not in ("", "http", "https")  # mailto:, tel:, data:, javascript: name no page


def check_links(site: Site) -> list[Problem]:
    problems = []
    for file, page in site.pages.items():
        for link in page.links:
            if not link.url or link.url == "#" or _external(link.url):
                continue
            message = site.check_url(link.url, file)
            if message:
                problems.append(Problem(file, link.line, link.col, message))
    return problems


def language_roots(site: Site) -> dict[str, str]:
    """hreflang -> site-relative root of that language, from the home page's language switcher."""
    home = site.pages.get("index.html")
    roots = {}
    for link in home.links if home else []:
        if link.switcher and link.hreflang:
            resolved = site.resolve(link.url, "index.html")
            if resolved:
                roots[link.hreflang] = resolved[0]
    return roots


def check_languages(site: Site) -> list[Problem]:
    """Language links lead to the same page in that language; canonical links to the page itself."""
    roots = language_roots(site)
    problems = []
    if not roots:
        return [Problem("index.html", 1, 1, "no language switcher found on the home page")]
    for file, page in site.pages.items():
        own = site.url_of(file)
        root = max((r for r in roots.values() if own.startswith(r)), key=len, default="")
        rest = own[len(root) :]
        for link in page.links:
            resolved = site.resolve(link.url, file)
            if resolved is None:
                continue
            if link.hreflang in roots and (link.switcher or link.rel == "alternate"):
                # a 404 page (the root's, or a language's: ru/404.html) is no page of its own: its links lead home
                expected = roots[link.hreflang] if rest == "404.html" else roots[link.hreflang] + rest
                if resolved[0] != expected:
                    problems.append(
                        Problem(
                            file,
                            link.line,
                            link.col,
                            f"language link {link.hreflang!r} goes to /{resolved[0]}, not to /{expected}",
                        )
                    )
            elif link.rel == "canonical" and resolved[0] != own:
                problems.append(
                    Problem(
                        file, link.line, link.col, f"canonical link goes to /{resolved[0]}, not to this page /{own}"
                    )
                )
    return problems


_SITEMAP_URL = re.compile(r"<loc>\s*([^<]*?)\s*</loc>|<xhtml:link\b[^>]*\bhref=\"([^\"]*)\"")


def check_sitemap(site: Site) -> list[Problem]:
    path = site.root / "sitemap.xml"
    if not path.is_file():
        return []
    text = path.read_text(encoding="utf-8")
    problems = []
    for m in _SITEMAP_URL.finditer(text):
        url = (m.group(1) if m.group(1) is not None else m.group(2)).replace("&amp;", "&")
        line = text.count("\n", 0, m.start()) + 1
        col = m.start() - text.rfind("\n", 0, m.start())
        if not site.site_url or not url.startswith(site.site_url):
            problems.append(
                Problem(
                    "sitemap.xml",
                    line,
                    col,
                    f"{url!r} is not an address on the site ({site.site_url or 'site_url not set'})",
                )
            )
            continue
        message = site.check_url(url, "index.html")
        if message:
            problems.append(Problem("sitemap.xml", line, col, message))
    gz = site.root / "sitemap.xml.gz"
    if gz.is_file() and gzip.decompress(gz.read_bytes()) != path.read_bytes():
        problems.append(Problem("sitemap.xml.gz", 1, 1, "not the gzip of sitemap.xml (stale)"))
    return problems


def check_search(site: Site) -> list[Problem]:
    """Each language's search results link to pages and anchors that exist ('location' is relative to the
    language root, two levels above search/search_index.json)."""
    problems = []
    for index in sorted(site.root.rglob("search/search_index.json")):
        rel = index.relative_to(site.root).as_posix()
        lang_root = index.parent.parent.relative_to(site.root).as_posix()
        base_file = "index.html" if lang_root == "." else f"{lang_root}/index.html"
        text = index.read_text(encoding="utf-8")
        for doc in json.loads(text).get("docs", []):
            location = doc.get("location", "")
            message = site.check_url(location or "./", base_file)
            if message:
                at = text.find(json.dumps(location, ensure_ascii=False)[1:-1])
                line = text.count("\n", 0, max(at, 0)) + 1
                problems.append(
                    Problem(rel, line, max(at, 0) - text.rfind("\n", 0, max(at, 0)), f"search result {message}")
                )
    return problems


def check(root: Path, site_url: str | None = None) -> list[Problem]:
    """Every problem of the site at `root`, in file order."""
    site = Site(Path(root), site_url)
    return check_links(site) + check_languages(site) + check_sitemap(site) + check_search(site)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0] if args else "site")
    if not (root / "index.html").is_file():
        print(f"{root}: no built site here (run `make build` first)", file=sys.stderr)
        return 2
    problems = check(root)
    for problem in problems:
        print(problem)
    pages = sum(1 for _ in root.rglob("*.html"))
    print(
        f"{len(problems)} broken link(s) in {pages} pages of {root}"
        if problems
        else f"no broken links in {pages} pages of {root}",
        file=sys.stderr,
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
