"""The built pages, whole, checked by `make check` after the build (beside output.py, which reads the pages'
text): what a page would do that the edition never means.
- No page loads anything from another site: a script, a style sheet, a font, an image, a frame (the theme,
  mkdocs.yml's extra_css or extra_javascript, a page's own HTML). The site makes no third-party requests. A link
  a reader follows (<a href>) is no request; nor are <link rel="canonical"> or "alternate", which name pages.
- No id stands twice on a page (a heading's '{: #id }' taken twice): a link to it would lead to the first only.
- No emphasis mark is published as typed: an unclosed '*' (or '_') shows as an asterisk in the text.
Each problem is blamed on the Markdown file or mkdocs.yml it comes from, located where it can be found there.
Regular expressions over the HTML MkDocs wrote (as output.py: the check must stay within `make check`'s time).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

from ..problems import Lines, Problem
from .output import Built

# An element that makes the browser fetch something, with the attributes that say what.
_LOADING = re.compile(
    r"<(?P<tag>img|script|iframe|frame|source|video|audio|object|embed|track|link|input|image|use)\b"
    r"(?P<attrs>(?:\"[^\"]*\"|'[^']*'|[^'\">])*)>",
    re.I,
)
_ATTR = re.compile(r"(?P<key>[^\s\"'>/=]+)(?:\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'|(?P<bare>[^\s\"'>]+)))?")
_LOADS = {"src", "srcset", "data", "poster", "href", "xlink:href"}
_NOT_A_LOAD = {"canonical", "alternate", "prev", "next", "author", "license", "help", "search", "sitemap"}
_CSS_URL = re.compile(r"(?:url\(\s*['\"]?|@import\s+['\"])(?P<url>(?:https?:)?//[^'\")\s]+)", re.I)
_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style>|\bstyle=\"([^\"]*)\"", re.S | re.I)
_REMOTE = re.compile(r"\s*(?:https?:)?//", re.I)
# An id attribute (not data-id=, aria-...): the page's own ids, theme's included.
_ID = re.compile(r"<[A-Za-z][^<>]*?\sid=\"([^\"]+)\"")
_ARTICLE = re.compile(r'<article class="md-content__inner[^"]*"[^>]*>(.*?)</article>', re.S)
_NOT_TEXT = re.compile(r"<(code|pre|script|style|kbd|samp)\b.*?</\1>|<!--.*?-->", re.S)
_TAG = re.compile(r"<[^>]*>")
# '*' or '_' (one to three) against the start or the end of a word, in the text a reader sees: Markdown left it.
_EMPHASIS = re.compile(r"(?<![\w*_\\])([*_]{1,3})(?=\w)|(?<=\w)([*_]{1,3})(?![\w*_])")


def check(site: Path, pages: list[Built], root: Path, config: str = "mkdocs.yml") -> list[Problem]:
    found: list[Problem] = []
    said: set = set()  # a file from another site, said once for the site
    for page in pages:
        file = site / page.url / "index.html"
        try:
            page_html = file.read_text(encoding="utf-8")
        except OSError:
            continue  # output.py says a page was not written
        found += _remote(page, page_html, root, config, said)
        found += _ids(page, page_html)
        found += _emphasis(page, page_html)
    return found


def _remote(page: Built, page_html: str, root: Path, config: str, said: set) -> list[Problem]:
    urls = []
    for m in _LOADING.finditer(page_html):
        attrs = {
            a.group("key").lower(): html.unescape(a.group("dq") or a.group("sq") or a.group("bare") or "")
            for a in _ATTR.finditer(m.group("attrs"))
        }
        if m.group("tag").lower() == "link" and set(attrs.get("rel", "").lower().split()) & _NOT_A_LOAD:
            continue
        for key in _LOADS & attrs.keys():  # a srcset lists "file width, file width"
            named = attrs[key].split(",") if key == "srcset" else [attrs[key]]
            urls += [u.split()[0] for u in named if u.strip() and _REMOTE.match(u)]
    for m in _STYLE.finditer(page_html):
        urls += [u.group("url") for u in _CSS_URL.finditer(m.group(1) or m.group(2) or "")]
    by_place: dict = {}  # where each is named -> the files: the theme's fonts are one mistake, said once
    for url in dict.fromkeys(u.strip() for u in urls):
        if url not in said:
            said.add(url)
            by_place.setdefault(_origin(page, url, root, config), []).append(url)
    found = []
    for (path, line, col, theme), named in by_place.items():
        todo = (
            "keep 'font: false' under 'theme:' (the edition's fonts are the reader's own), and no address of another"
            " site in the theme's settings"
            if theme
            else "copy the file into docs/assets/ and give its path, or delete it"
        )
        files = ", ".join(f"'{u.split('?')[0]}'" for u in named)  # a query ('?family=...') says nothing more
        message = f"the page /{page.url} would load {files} from another site: the site makes no third-party"
        found.append(Problem(path, line, col, f"{message} requests; {todo}"))
    return found


def _origin(page: Built, url: str, root: Path, config: str) -> tuple[str, int, int, bool]:
    """Where a file from another site is named: the page's Markdown, else mkdocs.yml, else mkdocs.yml's
    'theme:' (the theme brings it in: True)."""
    at = page.source_text.find(url)
    if at >= 0:
        return (page.source, *Lines(page.source_text).line_col(at), False)
    try:
        text = (root / config).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return config, 0, 0, True
    at = text.find(url)
    if at >= 0:
        return (config, *Lines(text).line_col(at), False)
    theme = re.search(r"^theme:", text, re.M)
    return (config, *Lines(text).line_col(theme.start()), True) if theme else (config, 0, 0, True)


def _ids(page: Built, page_html: str) -> list[Problem]:
    found = []
    for pid, n in Counter(_ID.findall(page_html)).items():
        if n < 2:
            continue
        at = page.source_text.rfind(f"#{pid}")  # the later of the two, when both are written
        if at < 0 and page.whole:
            continue  # a section's, on the whole-article page too: said for the section
        line, col = Lines(page.source_text).line_col(at) if at >= 0 else (1, 1)
        found.append(
            Problem(
                page.source,
                line,
                col,
                f"id '{pid}' stands {n} times on /{page.url}: a link to it would lead to the first only; give each"
                " its own id (a heading's '{: #id }' names it once), or delete the one written here",
            )
        )
    return found


def _emphasis(page: Built, page_html: str) -> list[Problem]:
    m = _ARTICLE.search(page_html)
    if m is None or ("*" not in m.group(1) and "_" not in m.group(1)):
        return []  # the usual page: no search
    visible = html.unescape(_TAG.sub(" ", _NOT_TEXT.sub(" ", m.group(1))))
    found, seen = [], set()
    for e in _EMPHASIS.finditer(visible):
        mark = e.group(1) or e.group(2)
        word = re.search(r"\w+", visible[e.end() :] if e.group(1) else visible[: e.start()][::-1])
        if word is None:
            continue
        snippet = mark + word.group(0) if e.group(1) else word.group(0)[::-1] + mark
        at = _unescaped(page.source_text, snippet)
        if at is None or snippet in seen:
            continue  # written '\*' on purpose, or said already
        seen.add(snippet)
        if at < 0 and page.whole:
            continue  # a section's, on the whole-article page too
        line, col = Lines(page.source_text).line_col(at + (0 if e.group(1) else len(snippet) - len(mark)))
        line, col = (line, col) if at >= 0 else (0, 0)
        found.append(
            Problem(
                page.source,
                line,
                col,
                f"'{snippet}' is published with its '{mark}' as typed on /{page.url}: the emphasis it opens or"
                f" closes has no partner in its paragraph; close it ('{mark}words{mark}'), or write"
                f" '\\{mark[0]}' for a {'star' if mark[0] == '*' else 'low line'} meant as text",
            )
        )
    return found


def _unescaped(text: str, snippet: str) -> int | None:
    """Where `snippet` stands in the Markdown with its mark not escaped: -1 if nowhere, None if only escaped."""
    at, escaped = text.find(snippet), False
    while at >= 0:
        mark_at = at if snippet[0] in "*_" else at + len(snippet.rstrip("*_"))
        if text[mark_at - 1 : mark_at] != "\\":
            return at
        escaped = True
        at = text.find(snippet, at + 1)
    return None if escaped else -1
