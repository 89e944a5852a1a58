"""HTML for the edition's marks in the text: citations, paragraph numbers, print pages, emendations.

Every value that comes from a data file is escaped here; brackets become entities so Markdown
never reads a rendered citation as link syntax.
"""
from __future__ import annotations

import html
import posixpath
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


def paragraph_number(pid: str, locale) -> str:
    number = pid.rsplit("-", 1)[-1]
    return (f'<a class="para-num" href="#{esc(pid)}" title="{esc(locale.para_link_title)}"'
            f' aria-label="{esc(locale.para_link_title)} {esc(number)}">{esc(number)}</a> ')


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
    return (f'<sup class="qk" tabindex="0" title="{esc(locale.quote_note)}"'
            f' aria-label="{esc(locale.quote_note)}">{esc(locale.quote_mark)}</sup>')


def translation_notice(link: str, locale, quotes: bool) -> str:
    extra = f" {esc(locale.quotes_notice)}" if quotes else ""
    return (f'<p class="edition-notice translation-notice">{esc(locale.translation_notice)}'
            f' <a href="{esc(link)}" hreflang="kk">{esc(locale.translation_link)}</a>.{extra}</p>')
