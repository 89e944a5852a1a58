"""HTML for the edition's marks in the text: citations, paragraph numbers, print pages, emendations.

Every value that comes from a data file is escaped here; brackets become entities so Markdown
never reads a rendered citation as link syntax.
"""
from __future__ import annotations

import html
import posixpath
import re
from functools import lru_cache


def esc(value: str) -> str:
    return html.escape(value, quote=True).replace("[", "&#91;").replace("]", "&#93;")


def page_url(name: str) -> str:
    """Directory URL of a page inside its language root: 'index' -> '', 'results' -> 'results/'."""
    return "" if name == "index" else f"{name}/"


def relative(from_url: str, to_url: str) -> str:
    """Relative link between two directory URLs of one language root ('introduction/' -> '../references/')."""
    path, _, anchor = to_url.partition("#")
    rel = _relpath(path, from_url)
    if rel == ".":
        return f"#{anchor}" if anchor else "./"
    return f"{rel}/" + (f"#{anchor}" if anchor else "")


@lru_cache(maxsize=4096)
def _relpath(path: str, from_url: str) -> str:
    return posixpath.relpath(path.rstrip("/") or ".", from_url.rstrip("/") or ".")


_esc_repeated = lru_cache(maxsize=65536)(esc)  # a reference's title repeats wherever the work is cited


def citation(parts, locale) -> str:
    """parts: (label, href, title, id) per cited work, in order."""
    links = locale.items_sep.join(
        f'<a class="cite" id="{esc(cid)}" href="{esc(href)}" title="{_esc_repeated(title)}">'
        f'{esc(label)}</a>'
        for label, href, title, cid in parts)
    return f'<span class="citation">{esc(locale.open)}{links}{esc(locale.close)}</span>'


def paragraph_number(pid: str, locale, cite: str | None = None, others=()) -> str:
    """The margin number: a link to the paragraph; with `cite`, its tooltip and data-cite carry the
    paragraph's citation (edition.js copies it on click). `others`: (language, href) of the same paragraph
    in the other languages."""
    number = pid.rsplit("-", 1)[-1]
    title = locale.cite_paragraph_title.format(cite=cite) if cite else locale.para_link_title
    data = f' data-cite="{esc(cite)}"' if cite else ""
    langs = ""
    if others:
        links = " ".join(f'<a href="{esc(href)}" hreflang="{esc(code)}" lang="{esc(code)}">{esc(code)}</a>'
                         for code, href in others)
        # role="group": HTML allows aria-label on a <span> only with a role that can be named
        langs = f'<span class="para-langs" role="group" aria-label="{esc(locale.para_langs_label)}">{links}</span>'
    return (f'<a class="para-num" href="#{esc(pid)}" title="{esc(title)}"{data}'
            f' aria-label="{esc(locale.para_link_title)} {esc(number)}">{esc(number)}</a>{langs} ')


def paragraph_attrs(pid: str) -> str:
    return f"\n{{: #{pid} .para }}"


def page_break(n: str, locale) -> str:
    title = locale.page_title.format(n=n)
    return (f'<a class="pb" id="p{esc(n)}" href="#p{esc(n)}" title="{esc(title)}"'
            f' aria-label="{esc(title)}">|{esc(n)}|</a>')


def emendation(record, locale) -> str:
    title = locale.emendation_title.format(source=record["source"])
    return (f'<span class="emendation" tabindex="0" title="{esc(title)}"'
            f' data-source="{esc(record["source"])}">{esc(record["reading"])}</span>')


def quote_note(locale) -> str:
    # role="img": the mark is a symbol whose meaning is its label (HTML forbids aria-label on a plain <sup>).
    return (f'<sup class="qk" tabindex="0" role="img" title="{esc(locale.quote_note)}"'
            f' aria-label="{esc(locale.quote_note)}">{esc(locale.quote_mark)}</sup>')


def translation_notice(link: str, locale, quotes: bool) -> str:
    extra = f" {esc(locale.quotes_notice)}" if quotes else ""
    return (f'<p class="edition-notice translation-notice">{esc(locale.translation_notice)}'
            f' <a href="{esc(link)}" hreflang="kk">{esc(locale.translation_link)}</a>.{extra}</p>')


def parallel_switch(locale) -> str:
    """A checkbox that shows the original beside the translation: CSS only (edition.css), so it works
    without JavaScript."""
    return (f'<p class="parallel-switch"><input type="checkbox" id="parallel" class="parallel-toggle">'
            f' <label for="parallel" class="parallel-label">{esc(locale.parallel_label)}</label></p>')


def original_paragraph(markdown: str, lang: str) -> str:
    """The original's rendered paragraph, to stand after its translation: without ids (they belong to the
    translation's own paragraph, citations and page marks) and without its margin number."""
    body = _PARA_NUM.sub("", markdown, count=1)
    body = _ID_ATTR.sub("", body)
    body = _ATTR_LINE.sub("\n{: .para-orig-text }", body)
    # the copy's citations and page marks are not the page's own (tests, search and links count those)
    body = body.replace('class="cite"', 'class="cite-orig"').replace('class="pb"', 'class="pb-orig"')
    return f'<div class="para-orig" lang="{esc(lang)}" markdown>\n\n{body}\n\n</div>'


_PARA_NUM = re.compile(r'<a class="para-num" [^>]*>[^<]*</a>(?:<span class="para-langs"[^>]*>.*?</span>)? ?', re.S)
_ID_ATTR = re.compile(r' id="[^"]*"')
_ATTR_LINE = re.compile(r"\n\{: #[^ ]+ \.para \}")


def last_corrected(date: str | None, locale) -> str:
    return (f'<p class="last-corrected"><small>{esc(locale.last_corrected.format(date=date))}</small></p>'
            if date else "")
