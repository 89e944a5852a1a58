"""Citing the article: the downloads parse with independent parsers and hold the real metadata; every page
carries the complete Google Scholar (Highwire) set, Dublin Core, OpenGraph and parseable JSON-LD; the sitemap
has hreflang alternates and x-default; "cite this" is on every page, readable without JavaScript."""

from __future__ import annotations

import json
import posixpath
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from conftest import LANGS, PAGES, soup

pytestmark = pytest.mark.site

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = yaml.safe_load((ROOT / "source/article.yml").read_text(encoding="utf-8"))
STEM = "cite/eskaliev-aitenov-2025"


def meta(doc, name):
    return [m["content"] for m in doc.find_all("meta", attrs={"name": name})]


def n_works():
    from pybtex.database import parse_file

    return len(parse_file(str(ROOT / "bibliography.bib")).entries)


@pytest.mark.parametrize("suffix", [".kk", ".ru", ".en"])
def test_bibtex_download_parses(real_site, suffix):
    import bibtexparser

    lib = bibtexparser.parse_string((real_site / f"{STEM}{suffix}.bib").read_text(encoding="utf-8"))
    assert not lib.failed_blocks and len(lib.entries) == 1
    e = lib.entries[0]
    assert e.entry_type == "article"
    fields = {k: e[k] for k in e.fields_dict}
    assert fields["doi"] == ARTICLE["doi"] and fields["year"] == "2025"
    assert fields["volume"] == "28" and fields["number"] == "4" and fields["pages"] == "1245--1259"
    lang = "en" if suffix == ".en" else "kk"  # the Russian file cites the original title too
    assert fields["title"].replace("{", "").replace("}", "") == ARTICLE["title"][lang]
    if lang == "en":  # BibTeX styles lower-case a title's words but those in braces: the proper names are braced
        assert fields["title"].startswith("The {Communist} {Party} and {Soviet} Statehood: The Institutional")
    assert fields["author"].split(" and ")[0].startswith(ARTICLE["authors"][0]["family"][lang])


@pytest.mark.parametrize("suffix", [".kk", ".ru", ".en"])
def test_ris_download_parses(real_site, suffix):
    import rispy

    entries = rispy.loads((real_site / f"{STEM}{suffix}.ris").read_text(encoding="utf-8"))
    assert len(entries) == 1
    e = entries[0]
    assert e["type_of_reference"] == "JOUR" and e["doi"] == ARTICLE["doi"]
    assert e["start_page"] == "1245" and e["end_page"] == "1259" and e["volume"] == "28"
    assert len(e["authors"]) == 2


@pytest.mark.parametrize("suffix", [".kk", ".ru", ".en"])
def test_csl_json_download_formats_with_citeproc(real_site, suffix):
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    data = json.loads((real_site / f"{STEM}{suffix}.json").read_text(encoding="utf-8"))
    source = CiteProcJSON(data)
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bib = CitationStylesBibliography(style, source, formatter.plain)
    bib.register(Citation([CitationItem(data[0]["id"])]))
    text = str(bib.bibliography()[0])
    lang = "en" if suffix == ".en" else "kk"
    assert ARTICLE["authors"][0]["family"][lang] in text and "2025" in text and "1245" in text
    assert ARTICLE["title"][lang] in text


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_highwire_set_on_every_page(real_site, lang, page):
    doc = soup(real_site, lang, page)
    for name in (
        "citation_title",
        "citation_publication_date",
        "citation_journal_title",
        "citation_volume",
        "citation_issue",
        "citation_firstpage",
        "citation_lastpage",
        "citation_doi",
        "citation_language",
        "citation_abstract_html_url",
        "citation_abstract",
        "citation_pdf_url",
    ):
        assert len(meta(doc, name)) == 1, name
    title = ARTICLE["title"]["en" if lang == "en" else "kk"]  # never the edition's own Russian translation
    assert meta(doc, "citation_title") == [title]
    assert meta(doc, "citation_doi") == [ARTICLE["doi"]]
    assert meta(doc, "citation_firstpage") == ["1245"] and meta(doc, "citation_lastpage") == ["1259"]
    assert meta(doc, "citation_volume") == ["28"] and meta(doc, "citation_issue") == ["4"]
    assert meta(doc, "citation_publication_date") == ["2025"]
    assert meta(doc, "citation_language") == ["kk"]  # the article's language on every page (README)
    assert meta(doc, "citation_pdf_url")[0].endswith(f"/pdf/eskaliev-aitenov-2025.{lang}.pdf")
    assert len(meta(doc, "citation_author")) == 2
    assert meta(doc, "citation_abstract_html_url")[0].endswith("/" + LANGS[lang])
    assert len(meta(doc, "citation_reference")) == n_works()
    assert meta(doc, "DC.identifier") == [f"doi:{ARTICLE['doi']}"]
    assert doc.find("meta", attrs={"property": "og:title"})["content"] == title
    assert doc.find("link", rel="canonical")["href"].endswith(f"/{LANGS[lang]}{'' if page == 'index' else page + '/'}")
    ld = json.loads(doc.find("script", type="application/ld+json").string)
    assert ld["@type"] == "ScholarlyArticle" and ld["identifier"]["value"] == ARTICLE["doi"]
    assert len(ld["citation"]) == n_works()


def test_sitemap_has_hreflang_alternates_and_x_default(real_site):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = ET.parse(real_site / "sitemap.xml").getroot().findall("s:url", ns)
    assert len(urls) >= len(PAGES) * len(LANGS)
    for url in urls:
        langs = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)}
        assert set(langs) == {"kk", "ru", "en", "x-default"}, url.find("s:loc", ns).text
        assert langs["x-default"] == langs["kk"]
        assert url.find("s:loc", ns).text.startswith("http")


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_cite_this_on_every_page_without_javascript(real_site, lang, page):
    box = soup(real_site, lang, page).select_one("article .cite-this")
    assert box is not None
    texts = [code.get_text() for code in box.select("pre code")]
    assert len(texts) == 3 and all(ARTICLE["doi"] in t for t in texts)
    hrefs = [a["href"] for a in box.select(".cite-downloads a")]
    assert len(hrefs) == 3
    depth = (0 if page == "index" else 1) + (1 if LANGS[lang] else 0)
    hrefs += [a["href"] for a in box.select(".cite-pdf a")]
    assert len(hrefs) == 4 and hrefs[-1].endswith(f"pdf/eskaliev-aitenov-2025.{lang}.pdf")
    for href in hrefs:
        assert (real_site / href[len("../") * depth :]).exists(), href
    button = soup(real_site, lang, page).select_one("a.edition-pdf")  # the PDF beside every page's title
    assert posixpath.normpath(button["href"]) == posixpath.normpath(hrefs[-1])
    assert box.select_one(".pdf-not-made") is None  # the build made it: no "made by make build"


def test_paragraph_numbers_carry_the_paragraph_citation(real_site):
    a = soup(real_site, "en", "results").select_one("#results-12 a.para-num")
    cite = a["data-cite"]
    assert "(Results ¶ 12, in the edition’s English translation)" in cite and cite.endswith("/en/results/#results-12")
    # GOST describes the Kazakh article in Kazakh on the English page too (its own language and script)
    assert cite.startswith("Есқалиев, С. А. Коммунистік") and "Eskaliev" not in cite
    assert " – Б. [125" in cite  # the print page: an inference (About), so in GOST's brackets for a supplied fact
    # GOST puts the date of access after a URL; edition.js fills in the reader's date when it copies
    # in the page's way of writing a date (the locale's cite_accessed_date): English names the month
    assert a["data-accessed"] == "(accessed: {d} {MMMM} {y})" and a["data-months"].split("|")[11] == "December"
    ru = soup(real_site, "ru", "results").select_one("#results-12 a.para-num")
    assert ru["data-accessed"] == "(дата обращения: {dd}.{MM}.{y})" and " – Б. [125" in ru["data-cite"]
    assert not ru.has_attr("data-months")  # GOST's figures: no names needed
    assert "(Результаты ¶ 12, в переводе издания на русский язык)" in ru["data-cite"]
    kk = soup(real_site, "kk", "results").select_one("#results-12 a.para-num")
    assert "(Нәтижелер ¶ 12). – URL:" in kk["data-cite"]  # the original: no translation to name
    script = (real_site / "assets" / "edition.js").read_text(encoding="utf-8")
    assert "dataset.accessed" in script and "dataset.months" in script


def test_a_build_that_makes_no_pdf_says_which_command_makes_it(published_server):
    """The preview and a bare `mkdocs build` make no PDF (EDITION_PDF unset): the links stay, saying so."""
    from urllib.request import urlopen

    from bs4 import BeautifulSoup

    doc = BeautifulSoup(urlopen(f"{published_server}/en/results/").read().decode("utf-8"), "html.parser")
    note = doc.select_one(".cite-this .pdf-not-made")
    assert note is not None and note.find("code").get_text() == "make build"
    assert "make build" in doc.select_one("a.edition-pdf")["title"]
