"""The <head> tags of a page: Highwire Press (Google Scholar, Zotero), Dublin Core, OpenGraph, and the JSON-LD
script; escaped here."""

from __future__ import annotations

import html

from . import jsonld


def highwire(r) -> list[tuple[str, str]]:
    meta = [("citation_title", r.title)]
    meta += [("citation_author", f"{a.family}, {a.spaced}") for a in r.authors]
    meta += [
        ("citation_publication_date", str(r.year)),
        ("citation_journal_title", r.journal),
        ("citation_volume", r.volume),
        ("citation_issue", r.issue),
        ("citation_firstpage", r.first_page),
        ("citation_lastpage", r.last_page),
        ("citation_doi", r.doi),
        ("citation_language", r.language),
    ]
    meta += [("citation_abstract", r.abstract)] if r.abstract else []
    meta += [("citation_abstract_html_url", r.home_url)]
    meta += [("citation_pdf_url", r.pdf_url)] if r.pdf_url else []
    meta += [("citation_keywords", kw) for kw in r.keywords]
    return meta + [("citation_reference", ref) for ref in r.references]


def dublin_core(r) -> list[tuple[str, str]]:
    return [
        ("DC.title", r.title),
        *[("DC.creator", f"{a.family}, {a.spaced}") for a in r.authors],
        ("DC.date", str(r.year)),
        ("DC.identifier", f"doi:{r.doi}"),
        ("DC.language", r.language),
        *([("DC.description", r.abstract)] if r.abstract else []),
        ("DC.type", "Text"),
        ("DC.source", f"{r.journal}, {r.year}, {r.volume}({r.issue}), {r.pages}"),
    ]


def opengraph(r, og_locale: str) -> list[tuple[str, str]]:
    """og:locale is the page's own language (what a reader of the link gets), the rest the article's."""
    tags = [("og:type", "article"), ("og:title", r.title), ("og:url", r.page_url), ("og:locale", og_locale)]
    return tags + ([("og:description", r.description)] if r.abstract else [])


def write(r, og_locale: str) -> str:
    e = lambda v: html.escape(str(v), quote=True)  # noqa: E731
    out = [f'<meta name="{e(k)}" content="{e(v)}">' for k, v in highwire(r) + dublin_core(r)]
    out += [f'<meta property="{e(k)}" content="{e(v)}">' for k, v in opengraph(r, og_locale)]
    out.append(f'<script type="application/ld+json">{jsonld.write(r)}</script>')
    return "\n".join(out)
