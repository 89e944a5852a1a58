"""The print document of one language, made from the edition's own whole-article page as built.

What only a screen needs goes (the ¶ links beside headings, the parallel view's original, the language links,
"cite this", the tooltips); the editor's notes and the emendations' source readings become footnotes on the
page where they are marked; every other link stays, made absolute when it leaves the page, so that citations
lead to the PDF's own reference list and back. Text from the page is kept as parsed (html.parser) and written
back escaped by BeautifulSoup; the words the PDF adds come from the record and the locale, escaped here.
"""

from __future__ import annotations

import re
from html import escape
from urllib.parse import urljoin

from bs4 import BeautifulSoup

SCREEN_ONLY = (
    "a.edition-pdf",
    "a.headerlink",
    ".parallel-switch",
    ".para-orig",
    ".para-langs",
    ".cite-this",
    ".marks-key",  # the link to the site's key to the marks: the PDF's marks are its own (margins, footnotes)
    ".edition-kicker",  # "the whole article on one page": true of the web page, not of a PDF of many pages
    "input",
    "label",
)
TOOLTIP_ATTRS = ("title", "data-cite", "data-source", "tabindex", "aria-label", "role")


def body_of(html: str) -> BeautifulSoup:
    """The page's article (Material's `article.md-content__inner`), parsed."""
    page = BeautifulSoup(html, "html.parser")
    article = page.select_one("article.md-content__inner")
    if article is None:
        raise ValueError("the whole-article page has no <article class=md-content__inner>")
    return article


def footnotes(article) -> None:
    """Each note mark becomes the note's text as a footnote (CSS float: footnote); the list of notes goes."""
    notes = {li.get("id"): li for li in article.select(".notes li")}
    for mark in article.select("a.note-ref"):
        li = notes.get((mark.get("href") or "").lstrip("#"))
        if li is None:
            continue
        for extra in li.select(".note-back, .note-label"):
            extra.decompose()
        note = article.new_tag("span", attrs={"class": "footnote note", "id": f"fn-{mark.get('id', '')}"})
        note.string = li.get_text(" ", strip=True)
        mark.replace_with(note)
    for block in article.select(".notes"):
        block.decompose()


def emendations(article) -> None:
    """An emendation stays marked (dotted underline) and its tooltip, 'the source reads …', is its footnote."""
    for n, span in enumerate(article.select("span.emendation"), 1):
        said = span.get("title")
        if not said:
            continue
        note = article.new_tag("span", attrs={"class": "footnote emendation-note", "id": f"fn-em-{n}"})
        note.string = said
        span.insert_after(note)


def clean(article, page_url: str) -> None:
    """Screen-only parts out; term links to the site's Glossary become plain words; other links that leave the
    page become absolute (they open the edition's site); tooltips out (a PDF shows none)."""
    for selector in SCREEN_ONLY:
        for node in article.select(selector):
            node.decompose()
    for link in article.select("a.term"):
        link.unwrap()
    for link in article.select("a[href]"):
        href = link["href"]
        if not href.startswith("#"):
            link["href"] = urljoin(page_url, href)
    for node in article.find_all(True):
        for attr in TOOLTIP_ATTRS:
            node.attrs.pop(attr, None)


def page_marks(article) -> None:
    """A print page's number goes to the margin (CSS); a thin bar stays in the line where the page begins."""
    for mark in article.select("a.pb"):
        bar = article.new_tag("span", attrs={"class": "pb-bar"})
        bar.string = "|"
        mark.insert_before(bar)


def last_corrected(article) -> str:
    """The page's 'last corrected' line, taken out of the text (the first page's box says it)."""
    line = article.select_one(".last-corrected")
    if line is None:
        return ""
    # the text as written (get_text(" ") would space "date ."); its no-break spaces kept (str.split drops them)
    text = " ".join(re.split(r"[ \t\r\n]+", line.get_text().strip(" \t\r\n")))
    line.decompose()
    return text


def document(html: str, record, words: dict, page_url: str, stylesheet: str) -> str:
    """The print HTML: <head> with the PDF's metadata (record), the first page's box, the page's text."""
    article = body_of(html)
    footnotes(article)
    emendations(article)
    corrected = last_corrected(article)
    clean(article, page_url)
    page_marks(article)
    box = BeautifulSoup(about_box(words, corrected), "html.parser")
    first = article.find("h2")  # after the article's header (title, authors, journal line, DOI)
    if first is not None:
        first.insert_before(box)
    else:
        article.append(box)
    head = pdf_head(record, words["running_head"], stylesheet)
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(record.page_language)}">\n{head}\n<body>\n{article}\n</body>\n</html>\n'
    )


def about_box(words: dict, corrected: str) -> str:
    """What this PDF is, where the edition is, when its text was last corrected."""
    lines = [words["what"], words["where"], corrected]
    return '<div class="pdf-about">' + "".join(f"<p>{escape(x)}</p>" for x in lines if x) + "</div>"


def pdf_head(record, running_head: str, stylesheet: str) -> str:
    """The document metadata WeasyPrint writes into the PDF (Info and XMP): title, authors, subject (the
    abstract), keywords; its language is <html lang>."""
    from ..write import pdfmeta

    meta = "".join(f'<meta name="{escape(k)}" content="{escape(v)}">\n' for k, v in pdfmeta.fields(record))
    head_css = '@page { @top-center { content: "' + _css_string(running_head) + '"; } }'
    return (
        f'<head>\n<meta charset="utf-8">\n<title>{escape(record.title)}</title>\n{meta}'
        f"<style>{stylesheet}\n{head_css}</style>\n</head>"
    )


def _css_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


def break_before(html: str, footnote_ids: set) -> str:
    """The print document with each paragraph that holds one of these footnotes starting a page."""
    doc = BeautifulSoup(html, "html.parser")
    for fid in footnote_ids:
        note = doc.find(id=fid)
        block = note.find_parent(["p", "li", "dd"]) if note is not None else None
        if block is not None:
            block["class"] = [*block.get("class", []), "starts-page"]
    return str(doc)
