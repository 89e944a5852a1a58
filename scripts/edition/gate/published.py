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

# An address of another site as an attribute's value; the tag it stands in, and the attribute's name.
_ABSOLUTE = re.compile(r"=([\"'])((?:https?:)?//)")  # no re.I: it would lose the literal to skip ahead by
_TAG_NAME = re.compile(r"<([A-Za-z][\w-]*)")
_ATTR_BEFORE = re.compile(r"([^\s\"'=<>/]+)\s*\Z")
_REL = re.compile(r"\srel=[\"']([^\"']*)[\"']", re.I)
# The elements that make the browser fetch what they name, and the attributes that name it.
_LOADERS = {"img", "script", "iframe", "frame", "source", "video", "audio", "object", "embed", "track", "link", "input"}
_LOADS = {"src", "srcset", "data", "poster", "href", "xlink:href"}
_NOT_A_LOAD = {"canonical", "alternate", "prev", "next", "author", "license", "help", "search", "sitemap"}
_CSS_URL = re.compile(r"(?:url\(\s*['\"]?|@import\s+['\"])(?P<url>(?:https?:)?//[^'\")\s]+)", re.I)
_STYLES = (re.compile(r"<style\b[^>]*>(.*?)</style>", re.S), re.compile(r"style=\"([^\"]*)\""))
# An id attribute (not data-id=, aria-...): the page's own ids, theme's included.
_ID = re.compile(r"id=\"([^\"]+)\"")  # preceded by a space (not data-id=): judged in _ids, faster than a look-behind
_ARTICLE = '<article class="md-content__inner'
_NOT_TEXT = re.compile(r"<(code|pre|script|style|kbd|samp)\b.*?</\1>|<!--.*?-->", re.S)
_TAG = re.compile(r"<[^>]*>")
# '*' or '_' (one to three) against the start or the end of a word, in the text a reader sees: Markdown left it.
# Found as runs of the marks and judged by their neighbours (a regex with look-arounds was 5x slower).
_MARKS = re.compile(r"[*_]+")
_WORD, _WORD_BEFORE = re.compile(r"\w+"), re.compile(r"\w+\Z")


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
        found += _local_files(site, file, page, page_html, root, config, said)
        found += _ids(page, page_html)
        found += _emphasis(page, page_html)
    return found


def _remote(page: Built, page_html: str, root: Path, config: str, said: set) -> list[Problem]:
    urls = []
    for m in _ABSOLUTE.finditer(page_html):  # each address of another site in an attribute: is it fetched?
        start = page_html.rfind("<", 0, m.start())
        tag = _TAG_NAME.match(page_html, start)
        attr = _ATTR_BEFORE.search(page_html, start, m.start())
        if tag is None or attr is None or tag.group(1).lower() not in _LOADERS or attr.group(1).lower() not in _LOADS:
            continue
        end = page_html.find(">", m.end())
        whole = page_html[start : end + 1]
        rel = _REL.search(whole)
        if tag.group(1).lower() == "link" and rel and set(rel.group(1).lower().split()) & _NOT_A_LOAD:
            continue
        value = html.unescape(page_html[m.start() + 2 : page_html.find(m.group(1), m.start() + 2)])
        urls.append(value.split()[0])
    for style in _STYLES:  # each with a literal to skip ahead by: an alternation of the two was 3x slower
        for m in style.finditer(page_html):
            urls += [u.group("url") for u in _CSS_URL.finditer(m.group(1))]
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


# A style sheet or a script of the site itself that a page loads: it must be there, and a style sheet must load
# nothing from another site itself (an '@import' of a font service, a 'url(https://...)').
# (also the theme's logo and icon: 'theme: logo:' or 'favicon:' naming a file docs/ lacks is an image that is not there)
_OWN_FILE = re.compile(
    r"<(?:link\b[^>]*\brel=\"(?:stylesheet|icon|shortcut icon)\"[^>]*\bhref|script\b[^>]*\bsrc|img\b[^>]*\bsrc)"
    r"=\"(?P<url>(?![A-Za-z][\w+.-]*:|//)[^\"#?]+)[^\"]*\""
)


def _local_files(site: Path, file: Path, page: Built, page_html: str, root: Path, config: str, said: set) -> list:
    found = []
    for m in _OWN_FILE.finditer(page_html):
        url = html.unescape(m.group("url"))
        if url.startswith("/"):
            continue  # not written by the site (the preview's); the output checks say what leads nowhere
        target = (file.parent / url).resolve()
        if target in said:
            continue
        said.add(target)
        rel = target.relative_to(site.resolve()).as_posix() if target.is_relative_to(site.resolve()) else url
        if not target.is_file():
            path, line, col, _ = _origin(page, rel, root, config)
            found.append(
                Problem(
                    path,
                    line,
                    col,
                    f"the page /{page.url} would load '{rel}', which the site does not have: put the file in"
                    f" docs/{rel}, or delete its name",
                )
            )
        elif target.suffix == ".css":
            css = target.read_text(encoding="utf-8", errors="replace")
            urls = list(dict.fromkeys(u.group("url") for u in _CSS_URL.finditer(css)))
            if urls:
                source = f"docs/{rel}"
                where = Lines(css).line_col(css.find(urls[0])) if (root / source).is_file() else (0, 0)
                files = ", ".join(f"'{u.split('?')[0]}'" for u in urls)
                found.append(
                    Problem(
                        source if (root / source).is_file() else config,
                        *where,
                        f"the style sheet '{rel}' would load {files} from another site: the site makes no"
                        " third-party requests; copy the file into docs/assets/ and give its path, or delete it",
                    )
                )
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
    ids = Counter(m.group(1) for m in _ID.finditer(page_html) if page_html[m.start() - 1] in " \t\n")
    for pid, n in ids.items():
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
    start, end = page_html.find(_ARTICLE), page_html.rfind("</article>")
    content = page_html[page_html.find(">", start) + 1 : end] if 0 <= start < end else ""
    if "*" not in content and "_" not in content:
        return []  # the usual page: no search
    visible = html.unescape(_TAG.sub(" ", _NOT_TEXT.sub(" ", content)))
    found, seen = [], set()
    for e in _MARKS.finditer(visible):
        mark, before, after = e.group(0), visible[e.start() - 1 : e.start()], visible[e.end() : e.end() + 1]
        opens = not (before.isalnum() or (before and before in "_\\")) and (after.isalnum() or after == "_")
        closes = (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")
        if len(mark) > 3 or not (opens or closes):
            continue  # inside a word (snake_case), or standing alone ('a * b'): not an emphasis mark
        if opens:
            snippet = mark + _WORD.match(visible, e.end()).group(0)
        else:
            snippet = _WORD_BEFORE.search(visible, max(0, e.start() - 200), e.start()).group(0) + mark
        at = _unescaped(page.source_text, snippet)
        if at is None or snippet in seen:
            continue  # written '\*' on purpose, or said already
        seen.add(snippet)
        if at < 0 and page.whole:
            continue  # a section's, on the whole-article page too
        line, col = Lines(page.source_text).line_col(at + (0 if opens else len(snippet) - len(mark)))
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
