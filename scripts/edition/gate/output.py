"""The built site, checked by `make check` after it has built it into a temporary folder: what only the output
shows. Markup published as text ({#results-1}, [@key, 13], [^1], !!! note: a hook or an extension missing), a
page published empty, a link or anchor inside a page's text that leads nowhere (results.md#results-99), and a
whole-article page that leaves out a section. Each problem is blamed on the Markdown file the page is made
from, at the place of what went wrong when it can be found there. Plain regular expressions over the HTML
MkDocs wrote (not an HTML parser: the check must stay within `make check`'s time), and no MkDocs.
"""

from __future__ import annotations

import html
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from ..problems import Lines, Problem
from ..render import page_url
from ..syntax import holds_whole_article

_ARTICLE = re.compile(r'<article class="md-content__inner[^"]*"[^>]*>(.*?)</article>', re.S)
_NOT_TEXT = re.compile(r"<(code|pre|script|style|kbd|samp)\b.*?</\1>|<!--.*?-->", re.S)
_TAG = re.compile(r"<[^>]*>")
_H1 = re.compile(r"<h1\b.*?</h1>", re.S)
# What the engine or an extension should have turned into HTML, found in the text a reader sees.
_RAW = re.compile(
    r"\{#[A-Za-z][\w.-]*\}|\{(?:pb|em|note|article):[^{}\s]*\}"
    r"|\{(?:qk|bibliography|emendations|citation-forms|corrections|notes|glossary|whole-article)\}"
    r"|\[-?@[^\]\s]+|\[\^[^\]\s]*\]|(?:^|\n)[ \t]*(?:!!!|\?\?\?)[ \t]"
    r"|\{:[^{}\n]*\}"  # an attribute list where attr_list takes none (inside a line, under a paragraph's line)
)
_ATTR_LIST = "an attribute list is taken only at the end of a heading's line ('## Rights {: #rights }'): delete it here"
_HREF = re.compile(r'<a\b[^>]*?\bhref="([^"]*)"')
# An image or media file of a page's own (Markdown's ![..](map.png), or HTML): it must be in the site
_SRC = re.compile(r'<(?:img|source|audio|video|track)\b[^>]*?\bsrc="([^"]*)"')
# What a page's own HTML may not bring in: a script, a frame, a form, another page's head; a file from another
# site (the site makes no third-party requests); a link or attribute that runs a script. Tags are read with
# their quoted attribute values whole, so that text in a value (a title holding '<img onerror=...>') is text.
_TAGS = re.compile(r"<([a-zA-Z][\w-]*)((?:\"[^\"]*\"|'[^']*'|[^'\">])*)>")
_ATTRS = re.compile(r"([^\s\"'>/=]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s\"'>]+))?")
_ELEMENTS = {"script", "iframe", "frame", "object", "embed", "form", "base", "meta", "link"}
_LOADS = {"src", "srcset", "poster", "data", "action", "formaction", "background"}
_REMOTE = re.compile(r"\s*(?:https?:)?//", re.I)
_RUNS = re.compile(r"\s*(?:javascript|vbscript|data):", re.I)
_PDF = re.compile(r"pdf/[^/]+\.pdf")  # a language's PDF (edition/write: pdf_name)
_ID = re.compile(r'\bid="([^"]+)"')
_PARA = re.compile(r'<p\b[^>]*\bid="([^"]+)"')
_ORIGIN = "http://site.invalid"


@dataclass(frozen=True)
class Built:
    """One page of the site: where its HTML is, and the Markdown it was made from."""

    lang: str
    name: str
    url: str  # from the site's root: "ru/results/"
    source: str  # "docs/results.ru.md"
    source_text: str
    whole: bool  # a whole-article page


def check(site: Path, pages: list[Built]) -> list[Problem]:
    found: list[Problem] = []
    html_of: dict[str, str] = {}
    for page in pages:
        file = site / page.url / "index.html"
        if not file.is_file():
            found.append(Problem(page.source, 0, 0, f"the build wrote no page for it (/{page.url}): check the nav"))
            continue
        html_of[page.url] = file.read_text(encoding="utf-8")
    ids: dict = {}
    contents = {p.url: _content(html_of[p.url]) for p in pages if p.url in html_of}
    empty = {}  # the file of a page published empty -> its problem: links to it follow from it
    for page in (p for p in pages if p.url in contents):
        problems = _text(page, contents[page.url])
        found += problems
        if problems and "published empty" in problems[0].message:
            empty[f"{page.url}index.html"] = problems[0]
    for page in (p for p in pages if p.url in contents):
        for problem, file in _links(site, page, contents[page.url], html_of, ids):
            found.append(replace(problem, cause=empty.get(file)))
    found += _whole(pages, html_of)
    return found


def _content(page_html: str) -> str:
    m = _ARTICLE.search(page_html)
    return m.group(1) if m else ""


def _text(page: Built, content: str) -> list[Problem]:
    visible = html.unescape(_TAG.sub(" ", _NOT_TEXT.sub(" ", content)))
    if not _TAG.sub("", html.unescape(_H1.sub("", _NOT_TEXT.sub("", content)))).replace("¶", "").strip():
        return [
            Problem(
                page.source,
                1,
                1,
                f"the page /{page.url} is published empty: write its text (a title and at least one paragraph),"
                " or delete the page in every language and its nav entry",
            )
        ]
    found = []
    found += _foreign(page, content)
    for raw in sorted({m.group(0).strip() for m in _RAW.finditer(visible)}):
        line, col = _place(page, raw)
        found.append(
            Problem(
                page.source,
                line,
                col,
                f"'{raw}' is published as text on /{page.url}: "
                + (
                    _ATTR_LIST
                    if raw.startswith("{:")
                    else "the site did not render it (is the hook 'scripts/hooks.py' or the Markdown extension for"
                    " it missing from mkdocs.yml?); write it as the README's 'Writing a citation' says"
                ),
            )
        )
    return found


def _foreign(page: Built, content: str) -> list[Problem]:
    """What the page's own HTML (or an image's address) would bring into the site that it must not."""
    found = []
    for tag in _TAGS.finditer(content):
        name = tag.group(1).lower()
        if name in _ELEMENTS:
            found.append(
                (f"<{tag.group(1)}", "the site takes no script, frame, form or head element of a page's own: remove it")
            )
            continue
        for attr in _ATTRS.finditer(tag.group(2)):
            key, value = attr.group(1).lower(), html.unescape((attr.group(2) or "").strip("\"'"))
            if key in _LOADS and _REMOTE.match(value):
                what = value.split()[0] if value.split() else value
                todo = (
                    "it would be loaded from another site, and the site makes no third-party requests: copy the"
                    " file into docs/assets/ and give its path ('assets/map.png')"
                )
                found.append((what, todo))
            elif key.startswith("on") or (key == "href" and _RUNS.match(value)):
                what = f"{attr.group(1)}=" if key.startswith("on") else value.split(":", 1)[0].strip() + ":"
                found.append((what, "it would run a script: remove it (a link leads to a page or a place)"))
    problems = []
    for what, todo in found:
        at = page.source_text.lower().find(what.lower())
        if at < 0 and page.whole:
            continue  # a section's, on the whole-article page too: said once, for the section
        line, col = Lines(page.source_text).line_col(at) if at >= 0 else (0, 0)
        problems.append(Problem(page.source, line, col, f"'{what}' on /{page.url}: {todo}"))
    return problems


def _place(page: Built, what: str) -> tuple[int, int]:
    at = page.source_text.find(what)
    return Lines(page.source_text).line_col(at) if at >= 0 else (0, 0)


def _links(site: Path, page: Built, content: str, html_of: dict, ids: dict) -> list[tuple[Problem, str | None]]:
    """(problem, the file the link leads to) for each link of the page's text that leads nowhere."""
    found = []
    hrefs = {html.unescape(h) for h in _HREF.findall(content)}  # a page cites one entry many times
    for href in hrefs | {html.unescape(h) for h in _SRC.findall(content)}:
        if not href or href == "#" or urlsplit(href).scheme not in ("", "http", "https"):
            continue
        target = urljoin(f"{_ORIGIN}/{page.url}", href)
        parts = urlsplit(target)
        if f"{parts.scheme}://{parts.netloc}" != _ORIGIN:
            continue  # another site: not checked here (the site makes no third-party requests)
        path, fragment = unquote(parts.path).lstrip("/"), unquote(parts.fragment)
        file = _file(site, path, ids)
        if file is None and _PDF.fullmatch(path) and os.environ.get("EDITION_PDF") != "1":
            continue  # the PDF of a language: made by `make build` only (edition/pdf/), linked in every build
        if file is None:
            what = "link" if href in hrefs else "image"
            message = f"{what} '{href}' on /{page.url} leads to no {'page' if what == 'link' else 'file'} (/{path}):"
            message += " correct it" if what == "link" else " put the file into docs/assets/ or correct its path"
        elif fragment and file.endswith(".html") and fragment not in _ids(site, file, html_of, ids):
            message = f"link '{href}' on /{page.url} leads to no place on its page (no id '{fragment}'): correct it"
        else:
            continue
        line, col = _place(page, f"#{fragment}" if fragment else path.rstrip("/").rsplit("/", 1)[-1])
        found.append((Problem(page.source, line, col, message), file))
    return sorted(found, key=lambda f: f[0])


def _file(site: Path, path: str, seen: dict) -> str | None:
    key = ("file", path)
    if key not in seen:
        candidates = [f"{path}index.html"] if path.endswith("/") or not path else [path, f"{path}/index.html"]
        seen[key] = next((c for c in candidates if (site / c).is_file()), None)
    return seen[key]


def _ids(site: Path, file: str, html_of: dict, ids: dict) -> set:
    if file not in ids:
        url = file.removesuffix("index.html")
        text = html_of.get(url) or (site / file).read_text(encoding="utf-8")
        ids[file] = set(_ID.findall(text))
    return ids[file]


def _whole(pages: list[Built], html_of: dict) -> list[Problem]:
    """Every section with numbered paragraphs stands on its language's whole-article page."""
    found = []
    for whole in (p for p in pages if p.whole and p.url in html_of):
        on_it = set(_PARA.findall(html_of[whole.url]))
        for page in pages:
            if page.lang != whole.lang or page.whole or page.url not in html_of:
                continue
            paras = _PARA.findall(html_of[page.url])
            missing = [pid for pid in paras if pid not in on_it]
            if paras and missing:
                found.append(
                    Problem(
                        whole.source,
                        1,
                        1,
                        f"the whole-article page /{whole.url} leaves out {len(missing)} paragraph(s) of"
                        f" {page.source} ({missing[0]} ...): list '{page.name}.md' in mkdocs.yml's nav, as a plain"
                        " entry, before the page with {bibliography}",
                    )
                )
    return found


def built_pages(result, project) -> list[Built]:
    """The pages the engine resolved, as `check` needs them."""
    pages = []
    for lang, name in result.pages:
        suffix = "" if lang == project.languages[0] else f".{lang}"
        source = f"{project.docs}/{name}{suffix}.md"
        try:
            text = (project.root / source).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            text = ""
        url = project.link(lang, page_url(name))
        pages.append(Built(lang, name, url, source, text, holds_whole_article(text)))
    return pages
