"""The PDF of each language: the edition's whole-article page as built, printed by WeasyPrint (CSS paged media)
into a tagged PDF/UA-1 document with the record's metadata, its fonts embedded and subset.

Made only by `make build` and `make publish` (scripts/build_site.py sets EDITION_PDF=1 for the MkDocs build,
whose hook calls `make` after every language is written): the preview (`make serve`) and a bare `mkdocs build`
skip it. WeasyPrint is imported here only, so the engine loads without it.
"""

from __future__ import annotations

from pathlib import Path

from ..write import pdf_name
from .page import break_before, document

VARIANT = "pdf/ua-1"  # tagged, with the document's language: a screen reader reads it
MAX_LAYOUTS = 4
WHOLE_PAGE = "article/"  # docs/article*.md: the whole article on one page, in reading order
STYLESHEET = Path(__file__).with_name("print.css")


def words(record, loc, edition_url: str) -> dict:
    """The words the PDF adds, from the locale and the record."""
    names = [a.family for a in record.authors]
    surnames = loc.pdf_last_name_sep.join([loc.list_sep.join(names[:-1]), names[-1]] if len(names) > 1 else names)
    head = loc.pdf_running_head.format(
        surnames=surnames,
        journal=record.journal,
        year=record.year,
        volume=record.volume,
        issue=record.issue,
        pages=record.pages,
    )
    return {"what": loc.pdf_what, "where": loc.pdf_where.format(url=edition_url), "running_head": head}


def make(site_dir, records: dict, locales: dict, link, site_url: str) -> list[Path]:
    """Write pdf/<slug>.<lang>.pdf for every language whose whole-article page was built; `link(lang, url)` is
    a page's path from the site root. Returns the files written."""
    import weasyprint

    written = []
    css = STYLESHEET.read_text(encoding="utf-8")
    for lang, record in records.items():
        page = Path(site_dir) / link(lang, WHOLE_PAGE) / "index.html"
        if not page.exists() or lang not in locales:
            continue
        page_url = site_url + link(lang, WHOLE_PAGE)
        html = document(
            page.read_text(encoding="utf-8"),
            record.for_page(page_url),
            words(record, locales[lang], site_url + link(lang, "")),
            page_url,
            css,
        )
        target = Path(site_dir) / pdf_name(lang, record.slug)
        target.parent.mkdir(parents=True, exist_ok=True)
        render(weasyprint, html, page_url).write_pdf(target, pdf_variant=VARIANT)
        written.append(target)
    return written


def render(weasyprint, html: str, base_url: str):
    """The laid-out document, every footnote on the page of its mark. WeasyPrint moves a footnote to the next
    page where the lines after its mark cannot be split (widows, orphans); the paragraph of such a mark then
    starts a page and the document is laid out again (rarely: one paragraph in the three PDFs)."""
    for _ in range(MAX_LAYOUTS - 1):
        document = weasyprint.HTML(string=html, base_url=base_url).render(pdf_variant=VARIANT)
        moved = displaced(document)
        if not moved:
            return document
        html = break_before(html, moved)
    return weasyprint.HTML(string=html, base_url=base_url).render(pdf_variant=VARIANT)


def displaced(document) -> set:
    """Ids of the footnotes that are not on the page of their mark."""
    moved = set()
    for page in document.pages:
        box = page._page_box  # WeasyPrint's page box: its footnote area holds the footnotes laid out there
        calls = {d.footnote.element.get("id") for d in box.descendants() if getattr(d, "footnote", None)}
        area = next((c for c in box.children if type(c).__name__ == "FootnoteAreaBox"), None)
        placed = {c.element.get("id") for c in (area.children if area is not None else [])}
        moved |= calls - placed
    return moved
